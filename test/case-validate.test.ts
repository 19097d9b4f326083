/**
 * The hand-written validator in src/case/fast-parse.ts against zod's `returnCaseSchema`: on any
 * input it returns `undefined` or exactly what zod returns, it never accepts what zod refuses, and
 * on plain data it accepts everything zod accepts (so the fast path is taken, not just safe).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { core } from 'zod/mini';
import { fastParseCase } from '../src/case/fast-parse.js';
import {
  ATTRIBUTE_NAME,
  CHANNELS,
  COVERAGE_BENEFICIARIES,
  COVERAGE_KINDS,
  COVERAGE_PAYERS,
  FREE_SHIPPING,
  ISO_DATE_TIME,
  ITEM_CONDITIONS,
  LABEL_SOURCES,
  MAX_ATTRIBUTES,
  MAX_QUANTITY,
  RESOLUTIONS,
} from '../src/case/schema.js';
import { CASE_LIMITS } from '../src/case/parse.js';
import { inspectStructure } from '../src/internal/untrusted.js';
import { parseReturnCase, RETURN_REASONS, returnCaseSchema } from '../src/index.js';

type Json = Record<string, unknown>;
type Path = (string | number)[];

/** Every object and array inside `value`, the root included. */
function objectsIn(value: unknown, into: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    into.push(value);
    for (const child of Object.values(value)) objectsIn(child, into);
  }
  return into;
}

/**
 * Checks `fastParseCase(input)` against zod and says what happened. With `plain`, the input is
 * plain data, and the fast path must then accept whatever zod accepts — unless the input has a
 * key that `inspectStructure` refuses before either parser runs (zod's records let `__proto__`,
 * `constructor` and `prototype` keys through; the fast path leaves those to zod).
 */
function agree(input: unknown, plain: boolean): 'accepted' | 'rejected' | 'fell back' {
  const expected = returnCaseSchema.safeParse(input);
  const actual = fastParseCase(input);
  if (!expected.success) {
    expect(actual).toBeUndefined();
    return 'rejected';
  }
  if (actual === undefined) {
    if (plain && inspectStructure(input, CASE_LIMITS).length === 0) expect.fail(`zod accepts this plain input but the fast path does not: ${String(JSON.stringify(input))}`);
    return 'fell back';
  }
  // toStrictEqual tells -0 from 0, an absent key from an undefined one, and checks prototypes.
  expect(actual).toStrictEqual(expected.data);
  // The same keys in the same order, as callers may serialize the case.
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected.data));
  const inputObjects = new Set(objectsIn(input));
  expect(objectsIn(actual).filter((object) => inputObjects.has(object))).toEqual([]);
  return 'accepted';
}

// ---- Valid cases: every field, optional ones absent, present or explicitly undefined ----

/** Plain objects only: fast-check may otherwise build records with a null prototype. */
const plainRecord = (model: Record<string, fc.Arbitrary<unknown>>, requiredKeys: string[] = []): fc.Arbitrary<Json> =>
  fc.record(model, { requiredKeys, noNullPrototype: true });
/** An optional field's value: usually a real one, sometimes an explicit `undefined` (zod keeps the key). */
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 9, arbitrary }, { weight: 1, arbitrary: fc.constant(undefined) });
// zod counts code points, so a string of `max` emoji (twice as many UTF-16 units) still fits.
const text = (min: number, max: number) =>
  fc.oneof(fc.string({ minLength: min, maxLength: max }), fc.string({ minLength: min, maxLength: max, unit: 'binary' }), fc.constantFrom('x'.repeat(min), '😀'.repeat(max), `${'😀'.repeat(max - 1)}\ud800`));
const boolean = optional(fc.boolean());
const money = plainRecord({ amount: fc.oneof(fc.nat(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER)), currency: fc.stringMatching(/^[A-Z]{3}$/) }, ['amount', 'currency']);
const date = fc.oneof(
  fc.constantFrom('2026-03-01', '2026-03-01T10:00', '2026-03-01T10:00:00Z', '2026-03-01T10:00:00.123456789+08:00', '2026-02-30'),
  fc.date({ noInvalidDate: true, min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z') }).map((d) => d.toISOString()),
  fc.stringMatching(ISO_DATE_TIME),
);
const reason = fc.constantFrom(...RETURN_REASONS);
const attributeValue = fc.oneof(text(0, 200), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean());
const attributes = fc.oneof(
  fc.dictionary(fc.stringMatching(ATTRIBUTE_NAME), attributeValue, { maxKeys: 8, noNullPrototype: true }),
  fc.constant(Object.fromEntries(Array.from({ length: MAX_ATTRIBUTES }, (_, index) => [`attribute${index}`, index]))),
);

const validCase = plainRecord(
  {
    id: optional(text(1, 200)),
    channel: optional(fc.constantFrom(...CHANNELS)),
    resolution: optional(fc.constantFrom(...RESOLUTIONS)),
    reason,
    findings: optional(plainRecord({ qualityDefect: boolean, wrongItem: boolean, notAsDescribed: boolean, damagedInTransit: boolean, missingParts: boolean })),
    item: optional(
      plainRecord({
        category: optional(text(1, 200)),
        tags: optional(fc.oneof(fc.array(text(1, 100), { maxLength: 5 }), fc.constant(Array.from({ length: 100 }, () => 'bulky')))),
        condition: optional(fc.constantFrom(...ITEM_CONDITIONS)),
        confirmedNonReturnable: boolean,
        price: optional(money),
        quantity: optional(fc.oneof(fc.integer({ min: 1, max: MAX_QUANTITY }), fc.constantFrom(1, MAX_QUANTITY))),
      }),
    ),
    order: optional(plainRecord({ value: optional(money) })),
    costs: plainRecord({ returnShipping: money, outboundShipping: optional(money), standardOutboundShipping: optional(money), replacementShipping: optional(money) }, ['returnShipping']),
    dates: plainRecord({ deliveredAt: date, requestedAt: date, orderedAt: optional(date), promisedBy: optional(date) }, ['deliveredAt', 'requestedAt']),
    labelSource: optional(fc.constantFrom(...LABEL_SOURCES)),
    inspection: optional(plainRecord({ diminishedValue: optional(money) })),
    attributes: optional(attributes),
    timeZone: optional(text(1, 100)),
    seller: optional(
      plainRecord({
        freeReturns: boolean,
        disclosedReturnCosts: boolean,
        disclosedWithdrawalRight: boolean,
        freeShipping: optional(fc.constantFrom(...FREE_SHIPPING)),
        thresholdStillMet: boolean,
      }),
    ),
    negotiatedSplit: optional(
      plainRecord({ sellerPercent: optional(fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, -0, 33.33, 100))), sellerAmount: optional(money), agreedAt: optional(date) }),
    ),
    coverage: optional(
      plainRecord(
        {
          kind: fc.constantFrom(...COVERAGE_KINDS),
          payer: fc.constantFrom(...COVERAGE_PAYERS),
          beneficiary: optional(fc.constantFrom(...COVERAGE_BENEFICIARIES)),
          limit: optional(money),
          reasons: optional(fc.oneof(fc.array(reason, { maxLength: RETURN_REASONS.length }), fc.constant([...RETURN_REASONS]))),
          firstReturnOnly: boolean,
        },
        ['kind', 'payer'],
      ),
    ),
    priorReturns: optional(fc.oneof(fc.nat(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER))),
    jurisdiction: optional(fc.stringMatching(/^[A-Z]{2}$/)),
  },
  ['reason', 'costs', 'dates'],
);

// ---- Mutations of valid cases: a value replaced, a key deleted, or a key added ----

/** Values that break some field, sit just inside or outside a bound, or are valid elsewhere. */
const odd = fc.oneof(
  fc.constantFrom<unknown>(
    undefined, null, true, false, 0, -0, 1, -1, 0.5, 1.5, 33.333, 100, 100.0001, MAX_QUANTITY, MAX_QUANTITY + 1,
    Number.MAX_SAFE_INTEGER, 2 ** 53, -(2 ** 53), 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
    '', 'x', 'USD', 'usd', 'US', 'CN', 'de', 'changed_mind', 'other', 'distance', 'buyer', 'platform', 'threshold', 'return_guarantee',
    '2026-03-01', '2026-03-01T10:00:00Z', '2026-3-1', '2026-03-01T10:00:00.1234567890Z', '2026-03-01\n', '2026-03-01T10:00+0800',
    'x'.repeat(100), 'x'.repeat(101), 'x'.repeat(200), 'x'.repeat(201), '😀'.repeat(100), '😀'.repeat(101), '\udc00'.repeat(101), `${'😀'.repeat(199)}\ud800\ud800`,
    [], {}, ['bulky'], [''], ['changed_mind', 'nope'], Array.from({ length: 101 }, () => 'a'), Array.from({ length: 12 }, () => 'other'),
    { amount: 1, currency: 'USD' }, { amount: 1, currency: 'USD', extra: 1 }, { amount: 1.5, currency: 'USD' }, { qualityDefect: true }, { tier: 'gold' },
    { a: Number.NaN }, { camelCase: 'x'.repeat(201) }, { Upper: 1 }, { '1': 1 },
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.double(),
);
const key = fc.constantFrom('extra', 'id', 'amount', 'tier', 'customerTier', 'Bad', 'a1', '__proto__', 'constructor', 'toString', 'deliveredAt');
type Edit = { at: number; op: 'set' | 'delete' | 'add'; key: string; value: unknown };
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(), op: fc.constantFrom('set', 'set', 'delete', 'add'), key, value: odd });

function pathsOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((child: unknown, index) => pathsOf(child, [...path, index], into));
  else if (typeof value === 'object' && value !== null) for (const [name, child] of Object.entries(value)) pathsOf(child, [...path, name], into);
  return into;
}

/**
 * Applies edits to a copy of `document`; each edit's `at` picks a path, modulo their number. Values
 * are copied too (constants must not change between runs) unless `copyValues` is false.
 */
function edited(document: unknown, edits: readonly Edit[], copyValues = true): unknown {
  let result = structuredClone(document);
  for (const { at, op, key: name, value: raw } of edits) {
    const value = copyValues ? structuredClone(raw) : raw;
    const paths = pathsOf(result);
    const path = paths[at % paths.length] ?? [];
    if (path.length === 0) {
      if (op === 'set') result = value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((node, segment) => (node as Json)[segment], result) as Json & unknown[];
    const last = path[path.length - 1] as string | number;
    if (op === 'set') parent[last] = value;
    else if (op === 'delete' && Array.isArray(parent)) parent.splice(last as number, 1);
    else if (op === 'delete') delete parent[last];
    // defineProperty, so that "__proto__" becomes an own key as JSON.parse makes it.
    else if (!Array.isArray(parent)) Object.defineProperty(parent, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/** Paths to the objects a schema declares, optional wrappers unwrapped (records and arrays are leaves). */
function schemaPaths(schema: core.$ZodType, path: string[] = [], into: string[][] = []): string[][] {
  const def = schema._zod.def;
  if (def.type === 'optional') return schemaPaths((def as core.$ZodOptionalDef).innerType, path, into);
  if (def.type === 'object') {
    for (const [name, field] of Object.entries((def as core.$ZodObjectDef).shape)) {
      into.push([...path, name]);
      schemaPaths(field, [...path, name], into);
    }
  }
  return into;
}

/** A case with every field the schema has. */
const EVERY_FIELD: Json = {
  id: 'order-1/return-1',
  channel: 'distance',
  resolution: 'exchange',
  reason: 'quality_defect',
  findings: { qualityDefect: true, wrongItem: false, notAsDescribed: false, damagedInTransit: false, missingParts: false },
  item: { category: 'shoes', tags: ['bulky'], condition: 'opened', confirmedNonReturnable: false, price: { amount: 5000, currency: 'USD' }, quantity: 2 },
  order: { value: { amount: 9000, currency: 'USD' } },
  costs: {
    returnShipping: { amount: 1000, currency: 'USD' },
    outboundShipping: { amount: 800, currency: 'USD' },
    standardOutboundShipping: { amount: 500, currency: 'USD' },
    replacementShipping: { amount: 900, currency: 'USD' },
  },
  dates: { orderedAt: '2026-02-20T09:00:00+08:00', deliveredAt: '2026-03-01T10:00', requestedAt: '2026-03-05T12:30:00.250Z', promisedBy: '2026-02-28' },
  labelSource: 'merchant',
  inspection: { diminishedValue: { amount: 100, currency: 'USD' } },
  attributes: { customerTier: 'gold', basketSize: 3, firstOrder: false },
  timeZone: 'Asia/Shanghai',
  seller: { freeReturns: false, disclosedReturnCosts: true, disclosedWithdrawalRight: true, freeShipping: 'threshold', thresholdStillMet: false },
  // Both kinds of split (parseReturnCase wants one; the schema allows both).
  negotiatedSplit: { sellerPercent: 40, sellerAmount: { amount: 400, currency: 'USD' }, agreedAt: '2026-03-06' },
  coverage: { kind: 'return_guarantee', payer: 'platform', beneficiary: 'buyer', limit: { amount: 600, currency: 'USD' }, reasons: ['quality_defect'], firstReturnOnly: true },
  priorReturns: 0,
  jurisdiction: 'CN',
};

describe('fastParseCase agrees with returnCaseSchema', () => {
  it('knows every field of the schema (a new field needs the fast path, and this file, updated)', () => {
    const present = new Set(pathsOf(EVERY_FIELD).map((path) => path.join('.')));
    expect(schemaPaths(returnCaseSchema).map((path) => path.join('.')).filter((path) => !present.has(path))).toEqual([]);
    expect(agree(EVERY_FIELD, true)).toBe('accepted');
  });

  it('accepts every valid case, exactly as zod parses it', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        expect(agree(input, true)).toBe('accepted');
      }),
      { numRuns: 400 },
    );
  }, 10_000);

  it('refuses what zod refuses and accepts what zod accepts, on mutated cases', () => {
    const outcomes = { accepted: 0, rejected: 0, 'fell back': 0 };
    fc.assert(
      fc.property(validCase, fc.array(edit, { minLength: 1, maxLength: 3 }), (valid, edits) => {
        outcomes[agree(edited(valid, edits), true)] += 1;
      }),
      { numRuns: 1_000 },
    );
    // Both sides of the comparison were exercised.
    expect(outcomes.accepted).toBeGreaterThan(50);
    expect(outcomes.rejected).toBeGreaterThan(300);
  }, 10_000);

  it('returns undefined or zod’s result for arbitrary values (null prototypes, sparse arrays, maps, …)', () => {
    const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true });
    // One edit only: a second could land inside the first's value (a boxed string, say).
    const shaped = fc.tuple(validCase, anything, fc.nat()).map(([valid, value, at]) => edited(valid, [{ at, op: 'set', key: 'extra', value }], false));
    fc.assert(
      fc.property(fc.oneof(anything, shaped), (input) => {
        agree(input, false);
      }),
      { numRuns: 500 },
    );
  }, 10_000);
});

describe('fastParseCase leaves what is not plain data to zod', () => {
  const base = (): Json => ({ reason: 'changed_mind', costs: { returnShipping: { amount: 1000, currency: 'USD' } }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-06' }, item: { tags: ['bulky'] } });
  const withGetter = () => Object.defineProperty(base(), 'id', { get: () => 'from-a-getter', enumerable: true });
  const withHidden = () => Object.defineProperty(base(), 'id', { value: 'hidden', enumerable: false });
  const nullPrototype = () => Object.assign(Object.create(null) as Json, base());
  const nestedNullPrototype = () => ({ ...base(), costs: Object.assign(Object.create(null) as Json, base()['costs']) });
  const instance = () => Object.assign(new (class Case {})(), base());
  const tags = (value: unknown[]) => ({ ...base(), item: { tags: value } });
  const withExtra = () => Object.assign(['bulky'], { note: 'x' });

  it.each<[string, () => unknown]>([
    ['a getter', withGetter],
    ['a non-enumerable key', withHidden],
    ['a null-prototype case', nullPrototype],
    ['a null-prototype nested object', nestedNullPrototype],
    ['a class instance', instance],
    ['an array with an extra property', () => tags(withExtra())],
    ['an array subclass', () => tags(Object.setPrototypeOf(['bulky'], (class extends Array {}).prototype) as unknown[])],
    ['a sparse array', () => tags(Object.assign(new Array<string>(2), { 1: 'bulky' }))],
  ])('returns undefined for %s, and parseReturnCase still gives zod’s answer', (_label, make) => {
    expect(fastParseCase(make())).toBeUndefined();
    const zod = returnCaseSchema.safeParse(make());
    if (zod.success) expect(parseReturnCase(make())).toStrictEqual(zod.data);
    else expect(() => parseReturnCase(make())).toThrow('Invalid return case');
  });

  it('ignores symbol and non-enumerable keys that are not fields, as zod does, but not symbols in attributes, which zod refuses', () => {
    expect(agree({ ...base(), [Symbol('note')]: 1 }, true)).toBe('accepted');
    expect(agree(Object.defineProperty(base(), 'note', { value: 1, enumerable: false }), true)).toBe('accepted');
    expect(agree({ ...base(), attributes: { tier: 'gold', [Symbol('note')]: 1 } }, true)).toBe('rejected');
  });

  it('never throws, even for a Proxy whose traps throw', () => {
    const hostile = new Proxy(base(), {
      getPrototypeOf: () => {
        throw new Error('trap');
      },
    });
    const revocable = Proxy.revocable(base(), {});
    revocable.revoke();
    const nestedHostile = { ...base(), dates: new Proxy(base()['dates'] as Json, { ownKeys: () => { throw new Error('trap'); } }) };
    for (const input of [hostile, revocable.proxy, nestedHostile]) expect(fastParseCase(input)).toBeUndefined();
    // A Proxy that behaves as plain data is plain data as far as anyone can tell.
    agree(new Proxy(base(), {}), false);
  });

  it('refuses inputs zod would see differently because Object.prototype was tampered with', () => {
    const prototype = Object.prototype as Json;
    try {
      prototype['tampered'] = true;
      expect(returnCaseSchema.safeParse(base()).success).toBe(false);
      expect(fastParseCase(base())).toBeUndefined();
    } finally {
      delete prototype['tampered'];
    }
    try {
      // Hidden, so zod's unknown-key walk does not see it, but it reads it as the case's id.
      Object.defineProperty(prototype, 'id', { value: 'inherited', writable: true, configurable: true });
      expect(fastParseCase(base())).toBeUndefined();
    } finally {
      delete prototype['id'];
    }
    expect(fastParseCase(base())).toStrictEqual(base());
  });

  it('accepts a deep-frozen case and returns an unfrozen copy', () => {
    const input = base();
    for (const object of objectsIn(input)) Object.freeze(object);
    expect(agree(input, true)).toBe('accepted');
    expect(Object.isFrozen(fastParseCase(input))).toBe(false);
  });
});
