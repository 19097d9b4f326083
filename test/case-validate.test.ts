/**
 * The hand-written validator in src/case/validate.ts against zod, its oracle. On any input —
 * valid cases, mutated ones, arbitrary JavaScript values, getters, Proxies — `validateCase` returns
 * exactly what `returnCaseSchema.safeParse` returns, or exactly the issues (path, code, message, in
 * order) that `fromZodIssues` makes of zod's; and `parseReturnCase`, which no longer imports zod,
 * has exactly the outcome of the zod-based `parseReturnCase` it replaced (kept below as the oracle).
 */
import { build } from 'esbuild';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { core } from 'zod/mini';
import { isRealDateTime } from '../src/case/dates.js';
import { CASE_LIMITS, parseReturnCase, semanticIssues } from '../src/case/parse.js';
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
  RETURN_REASONS,
} from '../src/case/vocabulary.js';
import { type ReturnCase, returnCaseSchema } from '../src/case/schema.js';
import { FAST_BOUNDS, fastValidateCase, validateCase } from '../src/case/validate.js';
import { ReturnCaseError } from '../src/errors.js';
import { snapshotUntrusted, inspectStructure } from '../src/internal/untrusted.js';
import { fromZodIssues } from '../src/internal/zod-issues.js';

type Json = Record<string, unknown>;
type Path = (string | number)[];

// ---- The oracles ----

/**
 * parseReturnCase as it was before it stopped importing zod: zod decides and reports the structure
 * of the input's snapshot (read once, plain data only, -0 as 0).
 */
function zodParseReturnCase(untrusted: unknown): ReturnCase {
  const snapshot = snapshotUntrusted(untrusted, CASE_LIMITS);
  if (snapshot.issues.length > 0) throw new ReturnCaseError(snapshot.issues);
  const input = snapshot.value;
  const result = returnCaseSchema.safeParse(input);
  if (!result.success) {
    const detailed = returnCaseSchema.safeParse(input, { reportInput: true });
    throw new ReturnCaseError(fromZodIssues(detailed.error?.issues ?? result.error.issues));
  }
  const issues = semanticIssues(result.data);
  if (issues.length > 0) throw new ReturnCaseError(issues);
  return result.data;
}

/** What a parser did with an input: the value it returned, or what it threw. */
type Outcome = { returned: unknown } | { threw: string; issues?: unknown; message?: string };

function outcomeOf(parse: (input: unknown) => unknown, input: unknown): Outcome {
  try {
    return { returned: parse(input) };
  } catch (error) {
    if (ReturnCaseError.is(error)) return { threw: error.name, issues: error.issues, message: error.message };
    return { threw: String(error) };
  }
}

/** Every object and array inside `value`, the root included. */
function objectsIn(value: unknown, into: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    into.push(value);
    for (const child of Object.values(value)) objectsIn(child, into);
  }
  return into;
}

/** `actual` is `expected`, down to -0, absent versus undefined keys, prototypes and key order, and shares nothing with `input`. */
function expectSameValue(actual: unknown, expected: unknown, input: unknown): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  const inputObjects = new Set(objectsIn(input));
  expect(objectsIn(actual).filter((object) => inputObjects.has(object))).toEqual([]);
}

/** `parseReturnCase(make())` has the outcome the zod-based one has. `make` is called once per parser, for inputs a parse may change. */
function sameOutcome(make: () => unknown): 'returned' | 'threw' {
  const input = make();
  const expected = outcomeOf(zodParseReturnCase, make());
  const actual = outcomeOf(parseReturnCase, input);
  if ('returned' in expected && 'returned' in actual) {
    expectSameValue(actual.returned, expected.returned, input);
    return 'returned';
  }
  expect(actual).toStrictEqual(expected);
  return 'threw';
}

/**
 * `validateCase(input)` says what zod says about `input` (the semantic checks aside), in or out of
 * zod's order of reads; and its fast path, `fastValidateCase`, accepts only what zod accepts and
 * inspectStructure passes, with zod's data.
 */
function agree(input: unknown): 'accepted' | 'rejected' | 'threw' {
  let expected: ReturnType<typeof returnCaseSchema.safeParse>;
  try {
    expected = returnCaseSchema.safeParse(input, { reportInput: true });
  } catch (error) {
    // A Proxy trap that throws: the validator meets it at the same point and lets it through; the fast path does not vouch.
    expect(() => validateCase(input)).toThrow((error as Error).message);
    expect(() => validateCase(input, false)).toThrow();
    expect(fastValidateCase(input)).toBeUndefined();
    return 'threw';
  }
  const actual = validateCase(input);
  // Out of zod's order of reads (as parseReturnCase validates), the same result.
  expect(validateCase(input, false)).toStrictEqual(actual);
  const fast = fastValidateCase(input);
  if (fast !== undefined) {
    expect(expected.success).toBe(true);
    expectSameValue(fast, expected.data, input);
    // parseReturnCase runs the fast path on the input's snapshot, which refuses what is not plain data.
    expect(inspectStructure(input, CASE_LIMITS).filter((issue) => issue.code !== 'not_plain_data' && issue.code !== 'unreadable')).toEqual([]);
  }
  if (expected.success) {
    expect(actual.success).toBe(true);
    if (actual.success) expectSameValue(actual.data, expected.data, input);
    return 'accepted';
  }
  expect(actual).toStrictEqual({ success: false, issues: fromZodIssues(expected.error.issues) });
  return 'rejected';
}

/**
 * A valid case of plain data with real dates, that inspectStructure passes: the fast path must take
 * it (only its speed depends on this; a date that is not real it leaves to the long way).
 */
function expectFast(input: unknown): boolean {
  const { attributes, dates, negotiatedSplit } = input as Record<string, Json | undefined>;
  const texts = [...Object.values(dates ?? {}), negotiatedSplit?.['agreedAt']].filter((text): text is string => typeof text === 'string');
  const keys = Object.keys(attributes ?? {});
  if (inspectStructure(input, CASE_LIMITS).length > 0 || keys.some((key) => key.length > FAST_BOUNDS.maxKeyLength) || !texts.every(isRealDateTime)) return false;
  expect(fastValidateCase(input)).toStrictEqual((validateCase(input) as { data: unknown }).data);
  return true;
}

/** `value` behind Proxies, at every depth, that log each operation on it. */
function logged(value: unknown, log: string[], path = '$'): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const at = (property: PropertyKey) => `${path}.${String(property)}`;
  return new Proxy(value, {
    get: (target, property, receiver) => {
      log.push(`get ${at(property)}`);
      return logged(Reflect.get(target, property, receiver), log, at(property));
    },
    has: (target, property) => (log.push(`has ${at(property)}`), Reflect.has(target, property)),
    ownKeys: (target) => (log.push(`ownKeys ${path}`), Reflect.ownKeys(target)),
    getOwnPropertyDescriptor: (target, property) => (log.push(`describe ${at(property)}`), Reflect.getOwnPropertyDescriptor(target, property)),
    getPrototypeOf: (target) => (log.push(`prototype ${path}`), Reflect.getPrototypeOf(target)),
  });
}

/** `validateCase` performs the reads zod's parse (and fromZodIssues) performs, in the same order, and throws where it throws. */
function sameReads(input: unknown): void {
  const trace = (run: (input: unknown) => void) => {
    const reads: string[] = [];
    try {
      run(logged(input, reads));
      return { reads };
    } catch (error) {
      // A method of a Map or typed array, say, called on its Proxy.
      return { reads, threw: String(error) };
    }
  };
  const expected = trace((proxy) => {
    const result = returnCaseSchema.safeParse(proxy, { reportInput: true });
    if (!result.success) fromZodIssues(result.error.issues);
  });
  expect(trace(validateCase)).toEqual(expected);
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
const money = plainRecord({ amount: fc.oneof(fc.nat(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER)), currency: fc.oneof(fc.stringMatching(/^[A-Z]{3}$/), fc.constantFrom('USD', 'EUR')) }, ['amount', 'currency']);
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
    dates: plainRecord({ deliveredAt: date, requestedAt: date, orderedAt: optional(date), promisedBy: optional(date), qualityGuaranteeEndsAt: optional(date) }, ['deliveredAt', 'requestedAt']),
    labelSource: optional(fc.constantFrom(...LABEL_SOURCES)),
    inspection: optional(plainRecord({ diminishedValue: optional(money) })),
    attributes: optional(attributes),
    timeZone: optional(fc.oneof(text(1, 100), fc.constantFrom('UTC', 'Asia/Shanghai', 'Europe/Berlin'))),
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

/** A case that parseReturnCase accepts, semantic checks included (one currency, a known zone, ordered dates). */
const soundCase = fc.record({ tier: fc.constantFrom('gold', 'silver'), amount: fc.nat({ max: 10_000 }) }).map(({ tier, amount }) => ({
  id: 'order-7/return-1',
  reason: 'changed_mind',
  item: { category: 'shoes', tags: ['bulky', 'fragile'], quantity: 2, price: { amount: 5000, currency: 'USD' } },
  costs: { returnShipping: { amount, currency: 'USD' }, outboundShipping: { amount: 500, currency: 'USD' } },
  dates: { orderedAt: '2026-02-20', deliveredAt: '2026-03-01T10:00', requestedAt: '2026-03-05' },
  attributes: { customerTier: tier, basketSize: 3 },
  timeZone: 'Europe/Berlin',
  seller: { freeShipping: 'threshold', thresholdStillMet: true },
  negotiatedSplit: { sellerPercent: 40 },
  coverage: { kind: 'return_guarantee', payer: 'platform', reasons: ['changed_mind', 'other'] },
}));

// ---- Mutations: several at once — values replaced, keys deleted or added, declared fields set ----

const longText = (length: number) => 'x'.repeat(length);
const manyAttributes = (count: number, last: unknown = 1) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`attribute${index}`, index === count - 1 ? last : index]));

/** Values that break some field, sit just inside or outside a bound, are valid elsewhere, or nest wrong types. */
const odd = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(
    undefined, null, true, false, 0, -0, 1, -1, 0.5, 1.5, 33.333, 100, 100.0001, -0.0001, MAX_QUANTITY, MAX_QUANTITY + 1,
    Number.MAX_SAFE_INTEGER, 2 ** 53, -(2 ** 53), 2 ** 60, -(2 ** 60), 1e308, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
    '', 'x', ' ', 'USD', 'usd', 'US', 'CN', 'de', 'changed_mind', 'CHANGED_MIND', 'other', 'distance', 'refund', 'used', 'buyer', 'platform', 'insurer', 'threshold', 'return_guarantee',
    '2026-03-01', '2026-03-01T10:00:00Z', '2026-3-1', '2026-03-01T10:00:00.1234567890Z', '2026-03-01\n', '2026-03-01T10:00+0800', 'Asia/Shanghai', 'Mars/Olympus',
    longText(99), longText(100), longText(101), longText(199), longText(200), longText(201), longText(999), '😀'.repeat(100), '😀'.repeat(101), '\udc00'.repeat(101), `${'😀'.repeat(199)}\ud800\ud800`,
    [], {}, [[]], [{}], ['bulky'], [''], [1, null, longText(101)], ['changed_mind', 'nope'], [undefined], Array.from({ length: 100 }, () => 'a'), Array.from({ length: 101 }, () => 'a'),
    Array.from({ length: 101 }, () => 1), Array.from({ length: 11 }, () => 'other'), Array.from({ length: 12 }, () => 'other'), Array.from({ length: 12 }, () => 5),
    { amount: 1, currency: 'USD' }, { amount: 1, currency: 'USD', extra: 1 }, { amount: 1.5, currency: 'USD' }, { amount: '1', currency: 1 }, { amount: -1 }, { currency: 'EUR' },
    { returnShipping: [] }, { returnShipping: { amount: 2 ** 60, currency: 'usd', fee: 1 }, extra: { nested: true } }, { deliveredAt: 1, requestedAt: '2026-13-45', extra: 1 },
    { tags: 'bulky', quantity: 0.5, price: { amount: null } }, { kind: 'x', payer: 'y', reasons: 'changed_mind', extra: 1 }, { sellerPercent: Number.NaN, sellerAmount: [], agreedAt: 5 },
    { qualityDefect: true }, { qualityDefect: 'yes', wrongItem: 0 }, { value: { amount: 1, currency: 'USD' } }, { diminishedValue: 1 }, { freeShipping: 'threshold', thresholdStillMet: 'no' },
    { tier: 'gold' }, { a: Number.NaN }, { a: [] }, { a: {} }, { a: null }, { camelCase: longText(201) }, { Upper: 1 }, { '1': 1 }, { 'has-dash': true, ok: longText(300) },
    { length: 500 }, { length: 'many' }, { length: 0 },
    manyAttributes(MAX_ATTRIBUTES), manyAttributes(MAX_ATTRIBUTES + 1), manyAttributes(MAX_ATTRIBUTES + 1, longText(201)), manyAttributes(MAX_ATTRIBUTES + 1, null), manyAttributes(MAX_ATTRIBUTES + 1, Number.NaN),
  ) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ maxLength: 250 }) },
);
const key = fc.constantFrom('extra', 'Extra', 'id', 'amount', 'currency', 'tier', 'customerTier', 'Bad', 'a1', '0', '__proto__', 'constructor', 'toString', 'deliveredAt', 'reason', 'kind', 'tags', 'valueOf');
type Edit = { at: number; op: 'set' | 'delete' | 'add' | 'field'; key: string; value: unknown };
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(), op: fc.constantFrom('set', 'set', 'delete', 'add', 'field', 'field'), key, value: odd });

function pathsOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((child: unknown, index) => pathsOf(child, [...path, index], into));
  else if (typeof value === 'object' && value !== null) for (const [name, child] of Object.entries(value)) pathsOf(child, [...path, name], into);
  return into;
}

/** Paths to the fields a schema declares, optional wrappers unwrapped (records and arrays are leaves). */
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
const FIELD_PATHS = schemaPaths(returnCaseSchema);

/**
 * Applies edits to a copy of `document`. `set`, `delete` and `add` pick one of the document's
 * paths (`at` modulo their number); `field` sets a field the schema declares, creating the objects
 * on the way. Values are copied too (constants must not change between runs) unless `copyValues` is false.
 */
function edited(document: unknown, edits: readonly Edit[], copyValues = true): unknown {
  let result = structuredClone(document);
  for (const { at, op, key: name, value: raw } of edits) {
    const value = copyValues ? structuredClone(raw) : raw;
    if (op === 'field') {
      const path = FIELD_PATHS[at % FIELD_PATHS.length] as string[];
      let parent: unknown = result;
      for (const segment of path.slice(0, -1)) {
        if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) break;
        const node = parent as Json;
        if (typeof node[segment] !== 'object' || node[segment] === null) node[segment] = {};
        parent = node[segment];
      }
      if (typeof parent === 'object' && parent !== null && !Array.isArray(parent)) (parent as Json)[path[path.length - 1] as string] = value;
      continue;
    }
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

const mutatedCase = fc.tuple(fc.oneof(validCase, soundCase), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([valid, edits]) => edited(valid, edits));
const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true });
/** A valid case with one arbitrary value set somewhere: one only, as a second could land inside the first's value (a boxed string, say). */
const withAnything = fc.tuple(validCase, anything, fc.nat(), fc.boolean()).map(([valid, value, at, field]) => edited(valid, [{ at, op: field ? 'field' : 'set', key: 'extra', value }], false));

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
  dates: { orderedAt: '2026-02-20T09:00:00+08:00', deliveredAt: '2026-03-01T10:00', requestedAt: '2026-03-05T12:30:00.250Z', promisedBy: '2026-02-28', qualityGuaranteeEndsAt: '2029-03-01' },
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

describe('validateCase agrees with returnCaseSchema', () => {
  it('knows every field of the schema (a new field needs the validator, and this file, updated)', () => {
    const present = new Set(pathsOf(EVERY_FIELD).map((path) => path.join('.')));
    expect(FIELD_PATHS.map((path) => path.join('.')).filter((path) => !present.has(path))).toEqual([]);
    expect(agree(EVERY_FIELD)).toBe('accepted');
    expect(fastValidateCase(EVERY_FIELD)).toBeDefined();
  });

  it('accepts every valid case, exactly as zod parses it, on the fast path too (400 runs)', () => {
    let fast = 0;
    fc.assert(
      fc.property(validCase, (input) => {
        expect(agree(input)).toBe('accepted');
        if (expectFast(input)) fast += 1;
      }),
      { numRuns: 400 },
    );
    // About one in seven has only real dates (the others, the fast path leaves to the long way).
    expect(fast).toBeGreaterThan(20);
  }, 10_000);

  it('reports exactly zod’s issues, in zod’s order, for cases with up to six mutations (1,000 runs)', () => {
    const outcomes = { accepted: 0, rejected: 0, threw: 0 };
    fc.assert(
      fc.property(mutatedCase, (input) => {
        outcomes[agree(input)] += 1;
      }),
      { numRuns: 1_000 },
    );
    // Both sides of the comparison were exercised.
    expect(outcomes.accepted).toBeGreaterThan(20);
    expect(outcomes.rejected).toBeGreaterThan(700);
  }, 10_000);

  it('agrees on arbitrary values, alone or inside a case (null prototypes, sparse arrays, maps, boxed strings, …; 600 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(anything, withAnything), (input) => {
        agree(input);
      }),
      { numRuns: 600 },
    );
  }, 10_000);
});

describe('parseReturnCase has the outcome of the zod-based parseReturnCase', () => {
  it('on valid and sound cases (300 runs)', () => {
    const outcomes = { returned: 0, threw: 0 };
    fc.assert(
      fc.property(fc.oneof(validCase, soundCase), (input) => {
        outcomes[sameOutcome(() => structuredClone(input))] += 1;
      }),
      { numRuns: 300 },
    );
    expect(outcomes.returned).toBeGreaterThan(50);
  }, 10_000);

  it('on mutated cases (1,000 runs)', () => {
    const outcomes = { returned: 0, threw: 0 };
    fc.assert(
      fc.property(mutatedCase, (input) => {
        outcomes[sameOutcome(() => structuredClone(input))] += 1;
      }),
      { numRuns: 1_000 },
    );
    expect(outcomes.threw).toBeGreaterThan(700);
  }, 10_000);

  it('on arbitrary values (400 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(anything, withAnything), (input) => {
        // Arbitrary values may not survive structuredClone (symbols); neither parser modifies its input.
        sameOutcome(() => input);
      }),
      { numRuns: 400 },
    );
  }, 10_000);
});

const base = (): Json => ({ reason: 'changed_mind', costs: { returnShipping: { amount: 1000, currency: 'USD' } }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-06' } });
const withItem = (item: unknown): Json => ({ ...base(), item });
const withAttributes = (attributes: unknown): Json => ({ ...base(), attributes });
const sparse = (length: number, entries: Record<number, unknown>) => Object.assign(new Array<unknown>(length), entries);

describe('validateCase matches zod where zod is subtle', () => {
  it.each<[string, () => unknown]>([
    ['nothing at all', () => undefined],
    ['an empty object', () => ({})],
    ['an array for the case', () => [base()]],
    ['a missing required key in a nested object', () => ({ ...base(), costs: {}, dates: { deliveredAt: '2026-03-02' } })],
    ['an array where a string is expected (a length check still runs)', () => ({ ...base(), id: [] })],
    ['an object with a length where a string is expected', () => ({ ...base(), id: { length: 500 }, category: { length: 'many' } })],
    ['a string where tags are expected (longer than 100 characters)', () => withItem({ tags: longText(150) })],
    ['101 tags (refused before any is read)', () => withItem({ tags: Array.from({ length: 101 }, () => 1) })],
    ['12 coverage reasons', () => ({ ...base(), coverage: { kind: 'return_guarantee', payer: 'platform', reasons: Array.from({ length: 12 }, () => 'nope') } })],
    ['tags with holes, empty and overlong entries', () => withItem({ tags: sparse(4, { 1: '', 3: longText(101) }) })],
    ['floats, unsafe integers, NaN and infinities as integers', () => ({ ...base(), priorReturns: -(2 ** 53), item: { quantity: 2 ** 60 }, costs: { returnShipping: { amount: 1.5, currency: 'USD' }, outboundShipping: { amount: Number.NaN, currency: 'USD' }, replacementShipping: { amount: Number.NEGATIVE_INFINITY, currency: 'USD' } } })],
    ['-0 everywhere it is allowed', () => ({ ...base(), priorReturns: -0, costs: { returnShipping: { amount: -0, currency: 'USD' } }, negotiatedSplit: { sellerPercent: -0 } })],
    ['percentages out of range', () => ({ ...base(), negotiatedSplit: { sellerPercent: 100.5, sellerAmount: { amount: -1, currency: 'usd' } } })],
    ['unknown keys at every level', () => ({ ...base(), extra: 1, costs: { returnShipping: { amount: 1, currency: 'USD', fee: 2 }, tip: 1 }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-06', when: 'now' }, findings: { broken: true, scratched: true } })],
    ['a type error and unknown keys in the same object', () => ({ ...base(), costs: { returnShipping: 'free', a: 1, b: 2 } })],
    ['wrong enums everywhere', () => ({ ...base(), reason: 'CHANGED_MIND', channel: 'online', resolution: 1, labelSource: null, seller: { freeShipping: 'always' }, coverage: { kind: 'warranty' } })],
    ['101 attributes', () => withAttributes(manyAttributes(101))],
    ['101 attributes, one a string over 200 characters (the count is still checked)', () => withAttributes(manyAttributes(101, longText(201)))],
    ['101 attributes, one of a wrong type (the count is not checked)', () => withAttributes(manyAttributes(101, null))],
    ['101 attributes, one with a bad name (the count is not checked)', () => withAttributes({ ...manyAttributes(100), BadName: 1 })],
    ['attribute names: camelCase, capitalised, numeric, dashed, symbols', () => withAttributes({ ok: 1, Upper: 1, 7: true, 'has-dash': 'x', [Symbol('note')]: 1 })],
    ['attribute values of every wrong type', () => withAttributes({ a: null, b: [], c: {}, d: Number.NaN, e: Number.POSITIVE_INFINITY, f: longText(201), g: 10n })],
    ['attributes that are an array', () => withAttributes([1])],
    ['attributes that are a Map', () => withAttributes(new Map([['a', 1]]))],
    ['attributes that are a class instance', () => withAttributes(new (class Bag {})())],
    ['attributes with a null prototype', () => withAttributes(Object.assign(Object.create(null) as Json, { tier: 'gold' }))],
    ['regex-checked strings', () => ({ ...base(), jurisdiction: 'de', costs: { returnShipping: { amount: 1, currency: 'usd' } }, dates: { deliveredAt: '2026-3-2', requestedAt: '2026-03-06T10:00:00.1234567890Z' }, negotiatedSplit: { agreedAt: '' } })],
    ['strings measured in code points', () => ({ ...base(), id: '😀'.repeat(200), timeZone: '😀'.repeat(101), item: { category: `${'😀'.repeat(199)}\ud800\ud800`, tags: ['\udc00'.repeat(101)] } })],
    ['boxed values, dates, maps and typed arrays in place of fields', () => ({ ...base(), id: new String(''), timeZone: Object('x'.repeat(101)) as unknown, item: { tags: new Uint8Array(101), category: new Date(0) }, findings: new Map(), order: new Set([1]) })],
    ['optional keys present as undefined', () => ({ ...base(), id: undefined, item: undefined, attributes: undefined, coverage: { kind: 'return_guarantee', payer: 'platform', limit: undefined } })],
    ['required keys present as undefined', () => ({ ...base(), reason: undefined, costs: { returnShipping: undefined } })],
  ])('%s', (_label, make) => {
    agree(make());
    sameOutcome(make);
    sameReads(make());
  });

  it('reads getters, non-enumerable, inherited and symbol keys as zod does', () => {
    const inputs: unknown[] = [
      Object.defineProperty(base(), 'id', { get: () => 'from-a-getter', enumerable: true }),
      Object.defineProperty(base(), 'id', { get: () => 42, enumerable: true }),
      Object.defineProperty(base(), 'id', { value: 'hidden', enumerable: false }),
      Object.defineProperty(base(), 'note', { value: 1, enumerable: false }),
      { ...base(), [Symbol('note')]: 1 },
      Object.assign(Object.create({ id: 'inherited', extra: 1 }) as Json, base()),
      Object.assign(Object.create(null) as Json, base()),
      { ...base(), costs: Object.assign(Object.create(null) as Json, base()['costs']) },
      Object.assign(new (class Case {})(), base()),
      withItem({ tags: Object.assign(['bulky'], { note: 'x' }) }),
      withItem({ tags: Object.setPrototypeOf(['bulky'], (class extends Array {}).prototype) as unknown[] }),
      withAttributes(Object.defineProperty({ tier: 'gold' }, 'hidden', { value: [], enumerable: false })),
      withAttributes(Object.defineProperty({ tier: 'gold' }, 'computed', { get: () => 'x'.repeat(300), enumerable: true })),
      withAttributes({ constructor: 'not a function', tier: 'gold' }),
      withAttributes(JSON.parse('{"__proto__": 1, "tier": "gold"}') as Json),
      JSON.parse('{"__proto__": {"id": "x"}, "reason": "other"}') as Json,
      new Proxy(base(), {}),
      new Proxy(base(), { get: (target, property) => (property === 'reason' ? 'nope' : Reflect.get(target, property)) }),
      new Proxy(base(), { has: (target, property) => property !== 'costs' && Reflect.has(target, property) }),
    ];
    for (const input of inputs) agree(input);
  });

  it('reads the input as zod does: the same Proxy traps, in the same order (300 mutated cases)', () => {
    fc.assert(
      fc.property(mutatedCase, (input) => {
        sameReads(input);
      }),
      { numRuns: 300 },
    );
  }, 10_000);

  it('lets a Proxy trap’s error through, as zod does', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const revocable = Proxy.revocable(base(), {});
    revocable.revoke();
    const inputs = [
      new Proxy(base(), { getPrototypeOf: trap }),
      new Proxy(base(), { ownKeys: trap }),
      new Proxy(base(), { get: trap }),
      revocable.proxy,
      { ...base(), dates: new Proxy(base()['dates'] as Json, { has: trap }) },
      withAttributes(new Proxy({ tier: 'gold' }, { ownKeys: trap })),
    ];
    for (const input of inputs) expect(agree(input)).toBe('threw');
  });

  it('sees keys added to Object.prototype, as zod’s for…in does', () => {
    const prototype = Object.prototype as Json;
    try {
      prototype['tampered'] = true;
      expect(agree(base())).toBe('rejected');
      expect(agree(withAttributes({ tier: 'gold' }))).toBe('rejected');
    } finally {
      delete prototype['tampered'];
    }
    try {
      // Hidden, so for…in does not see it, but zod reads it as the case's id.
      Object.defineProperty(prototype, 'id', { value: 'inherited', writable: true, configurable: true });
      expect(agree(base())).toBe('accepted');
      Object.defineProperty(prototype, 'id', { value: 7, writable: true, configurable: true });
      expect(agree(base())).toBe('rejected');
    } finally {
      delete prototype['id'];
    }
    expect(validateCase(base())).toStrictEqual({ success: true, data: base() });
  });

  it('parseReturnCase reads hidden keys of Object.prototype as before, in the schema and in the semantic checks', () => {
    const prototype = Object.prototype as Json;
    const hidden: Array<[string, unknown]> = [
      ['timeZone', 'Mars/Olympus'],
      ['price', { amount: 1, currency: 'EUR' }],
      ['outboundShipping', { amount: 1, currency: 'EUR' }],
      ['thresholdStillMet', true],
      ['sellerPercent', 50],
    ];
    // Null prototypes: the input does not inherit the key, but the validated copy does.
    const inputs = [
      base,
      () => Object.assign(Object.create(null) as Json, base()),
      () => withItem(Object.assign(Object.create(null) as Json, { tags: ['bulky'] })),
      () => ({ ...base(), costs: Object.assign(Object.create(null) as Json, base()['costs']) }),
      () => ({ ...base(), seller: Object.assign(Object.create(null) as Json, { freeShipping: 'none' }) }),
      () => ({ ...base(), negotiatedSplit: Object.assign(Object.create(null) as Json, { sellerAmount: { amount: 1, currency: 'USD' } }) }),
    ];
    for (const [key, value] of hidden) {
      try {
        Object.defineProperty(prototype, key, { value, writable: true, configurable: true });
        for (const make of inputs) {
          agree(make());
          sameOutcome(make);
        }
      } finally {
        delete prototype[key];
      }
    }
  });

  it('the fast path fits inside CASE_LIMITS, so parseReturnCase takes it', () => {
    expect(CASE_LIMITS.topLevelArrays).toBeUndefined();
    expect(CASE_LIMITS.maxStringLength).toBeGreaterThanOrEqual(FAST_BOUNDS.maxStringLength);
    expect(FAST_BOUNDS.maxStringLength).toBeGreaterThanOrEqual(FAST_BOUNDS.maxKeyLength);
    expect(CASE_LIMITS.maxArrayLength).toBeGreaterThanOrEqual(FAST_BOUNDS.maxArrayLength);
    expect(CASE_LIMITS.maxNesting).toBeGreaterThanOrEqual(FAST_BOUNDS.maxNesting);
    expect(CASE_LIMITS.maxNodes).toBeGreaterThanOrEqual(FAST_BOUNDS.maxNodes);
    // The fullest case there is, at every bound: inspectStructure passes it under FAST_BOUNDS themselves.
    const fullest = {
      ...EVERY_FIELD,
      id: '😀'.repeat(200),
      item: { ...(EVERY_FIELD['item'] as Json), category: '😀'.repeat(200), tags: Array.from({ length: 100 }, () => '😀'.repeat(100)) },
      attributes: { ...manyAttributes(MAX_ATTRIBUTES - 1), [`a${'b'.repeat(FAST_BOUNDS.maxKeyLength - 1)}`]: '😀'.repeat(200) },
      timeZone: 'Asia/Shanghai',
      coverage: { ...(EVERY_FIELD['coverage'] as Json), reasons: [...RETURN_REASONS] },
    };
    expect(fastValidateCase(fullest)).toBeDefined();
    const { maxStringLength, maxArrayLength, maxNesting, maxNodes } = FAST_BOUNDS;
    expect(inspectStructure(fullest, { maxStringLength, maxArrayLength, maxNesting, maxNodes })).toEqual([]);
  });

  it('accepts a deep-frozen case and returns an unfrozen copy', () => {
    const input = { ...base(), item: { tags: ['bulky'] }, attributes: { tier: 'gold' } };
    for (const object of objectsIn(input)) Object.freeze(object);
    expect(agree(input)).toBe('accepted');
    const result = validateCase(input);
    expect(result.success && Object.isFrozen(result.data)).toBe(false);
  });
});

describe('parseReturnCase bundles without zod', () => {
  it('a browser bundle of src/case/parse.ts has no module from zod', async () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['src/case/parse.ts'],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => /node_modules[\\/]zod[\\/]|src[\\/]case[\\/]schema\.ts$/.test(input))).toEqual([]);
    expect(result.outputFiles[0]?.text).not.toContain('zod');
  }, 10_000);
});
