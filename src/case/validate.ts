import { FORBIDDEN_KEYS } from '../internal/untrusted.js';
import {
  ATTRIBUTE_NAME,
  CHANNELS,
  COVERAGE_BENEFICIARIES,
  COVERAGE_KINDS,
  COVERAGE_PAYERS,
  CURRENCY_CODE,
  FREE_SHIPPING,
  ISO_DATE_TIME,
  ITEM_CONDITIONS,
  JURISDICTION_CODE,
  LABEL_SOURCES,
  MAX_ATTRIBUTES,
  MAX_QUANTITY,
  RESOLUTIONS,
  RETURN_REASONS,
  type ReturnCase,
} from './schema.js';

/** Returned by a reader for a value the schema would refuse (or that this module will not vouch for). */
const FAIL: unique symbol = Symbol('fail');
/** Validates one value and returns a fresh copy of it, or {@link FAIL}. */
type Reader = (value: unknown) => unknown;
/** One key of a strict object: its name, its reader, and whether it may be absent (or `undefined`). */
type Field = readonly [name: string, read: Reader, optional: boolean];

const getOwn = Object.getOwnPropertyDescriptor;
const ownKeys = Reflect.ownKeys;
const keysOf = Object.keys;
const protoOf = Object.getPrototypeOf;

/** The value of an own, enumerable data property; `FAIL` for a getter, setter or hidden property. */
function dataValue(descriptor: PropertyDescriptor): unknown {
  // A getter could answer zod differently from us, and zod's unknown-key check skips hidden keys.
  return descriptor.enumerable === true && 'value' in descriptor ? descriptor.value : FAIL;
}

/** Length in code points, as zod measures strings: a surrogate pair counts once, a lone surrogate once. */
function codePoints(value: string): number {
  let count = value.length;
  for (let index = 0; index < value.length - 1; index += 1) {
    if ((value.charCodeAt(index) & 0xfc00) === 0xd800 && (value.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      index += 1;
    }
  }
  return count;
}

/** A string of `min` to `max` code points. */
const text = (min: number, max: number): Reader => (value) => {
  if (typeof value !== 'string') return FAIL;
  const units = value.length;
  // Only where units and code points could fall on different sides of a bound is counting needed.
  const length = units > max || (units >= min && units < 2 * min) ? codePoints(value) : units;
  return length >= min && length <= max ? value : FAIL;
};
const matching = (pattern: RegExp): Reader => (value) => (typeof value === 'string' && pattern.test(value) ? value : FAIL);
// z.int() is a safe integer; -0 passes it, and zod keeps it as -0.
const integer = (min: number, max: number): Reader => (value) => (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max ? value : FAIL);
const boolean: Reader = (value) => (typeof value === 'boolean' ? value : FAIL);
const oneOf = (values: readonly string[]): Reader => {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return (value) => (allowed.has(value) ? value : FAIL);
};

/** A strict object: a plain object whose own keys are all fields, each valid, the required ones present. */
function strictObject(fields: readonly Field[]): Reader {
  return (value) => {
    if (typeof value !== 'object' || value === null || protoOf(value) !== Object.prototype) return FAIL;
    const copy: Record<string, unknown> = {};
    let seen = 0;
    // In schema order, so the copy's keys come out in the order zod's would.
    for (const [name, read, optional] of fields) {
      // zod reads `input[key]` and tests `key in input`, so an inherited or hidden key counts for it.
      if (!(name in value)) {
        if (optional) continue;
        return FAIL;
      }
      const descriptor = getOwn(value, name);
      const raw = descriptor === undefined ? FAIL : dataValue(descriptor);
      // zod keeps an optional key given as `undefined`, with the value `undefined`.
      const parsed = raw === FAIL ? FAIL : raw === undefined && optional ? undefined : read(raw);
      if (parsed === FAIL) return FAIL;
      copy[name] = parsed;
      seen += 1;
    }
    // zod's unknown-key check walks enumerable string keys; symbols and hidden keys it ignores, as
    // does this count. (Inherited enumerable keys are ruled out once, in fastParseCase.)
    return keysOf(value).length === seen ? copy : FAIL;
  };
}

/** An array of at most `max` valid entries, without holes or other enumerable properties. */
function arrayOf(read: Reader, max: number): Reader {
  return (value) => {
    if (!Array.isArray(value) || protoOf(value) !== Array.prototype) return FAIL;
    const length = value.length;
    if (length > max) return FAIL;
    const copy: unknown[] = [];
    for (let index = 0; index < length; index += 1) {
      const descriptor = getOwn(value, index);
      const raw = descriptor === undefined ? FAIL : dataValue(descriptor);
      const parsed = raw === FAIL ? FAIL : read(raw);
      if (parsed === FAIL) return FAIL;
      copy.push(parsed);
    }
    // Every index is an own enumerable key by now: one more key would be a property zod ignores.
    return keysOf(value).length === length ? copy : FAIL;
  };
}

const shortText = text(0, 200);

/** `attributes`: camelCase keys, each a string of at most 200 characters, a finite number or a boolean. */
const attributes: Reader = (value) => {
  if (typeof value !== 'object' || value === null || protoOf(value) !== Object.prototype) return FAIL;
  const keys = ownKeys(value);
  if (keys.length > MAX_ATTRIBUTES) return FAIL;
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    // No integer-like key is camelCase, so `ownKeys` yields these in insertion order, as zod's walk does.
    // zod's record skips a `__proto__` key and keeps `constructor`; both are inspectStructure's to refuse.
    if (typeof key !== 'string' || !ATTRIBUTE_NAME.test(key) || FORBIDDEN_KEYS.has(key)) return FAIL;
    const descriptor = getOwn(value, key);
    const item = descriptor === undefined ? FAIL : dataValue(descriptor);
    const valid = typeof item === 'string' ? shortText(item) !== FAIL : typeof item === 'number' ? Number.isFinite(item) : typeof item === 'boolean';
    if (!valid) return FAIL;
    copy[key] = item;
  }
  return copy;
};

const money = strictObject([
  ['amount', integer(0, Number.MAX_SAFE_INTEGER), false],
  ['currency', matching(CURRENCY_CODE), false],
]);
const date = matching(ISO_DATE_TIME);
const reason = oneOf(RETURN_REASONS);
const percent: Reader = (value) => (typeof value === 'number' && value >= 0 && value <= 100 ? value : FAIL);

/** `returnCaseSchema`, field for field; test/case-fast-parse.test.ts checks the two agree. */
const returnCase = strictObject([
  ['id', text(1, 200), true],
  ['channel', oneOf(CHANNELS), true],
  ['resolution', oneOf(RESOLUTIONS), true],
  ['reason', reason, false],
  [
    'findings',
    strictObject([
      ['qualityDefect', boolean, true],
      ['wrongItem', boolean, true],
      ['notAsDescribed', boolean, true],
      ['damagedInTransit', boolean, true],
      ['missingParts', boolean, true],
    ]),
    true,
  ],
  [
    'item',
    strictObject([
      ['category', text(1, 200), true],
      ['tags', arrayOf(text(1, 100), 100), true],
      ['condition', oneOf(ITEM_CONDITIONS), true],
      ['confirmedNonReturnable', boolean, true],
      ['price', money, true],
      ['quantity', integer(1, MAX_QUANTITY), true],
    ]),
    true,
  ],
  ['order', strictObject([['value', money, true]]), true],
  [
    'costs',
    strictObject([
      ['returnShipping', money, false],
      ['outboundShipping', money, true],
      ['standardOutboundShipping', money, true],
      ['replacementShipping', money, true],
    ]),
    false,
  ],
  [
    'dates',
    strictObject([
      ['deliveredAt', date, false],
      ['requestedAt', date, false],
      ['orderedAt', date, true],
      ['promisedBy', date, true],
    ]),
    false,
  ],
  ['labelSource', oneOf(LABEL_SOURCES), true],
  ['inspection', strictObject([['diminishedValue', money, true]]), true],
  ['attributes', attributes, true],
  ['timeZone', text(1, 100), true],
  [
    'seller',
    strictObject([
      ['freeReturns', boolean, true],
      ['disclosedReturnCosts', boolean, true],
      ['disclosedWithdrawalRight', boolean, true],
      ['freeShipping', oneOf(FREE_SHIPPING), true],
      ['thresholdStillMet', boolean, true],
    ]),
    true,
  ],
  [
    'negotiatedSplit',
    strictObject([
      ['sellerPercent', percent, true],
      ['sellerAmount', money, true],
      ['agreedAt', date, true],
    ]),
    true,
  ],
  [
    'coverage',
    strictObject([
      ['kind', oneOf(COVERAGE_KINDS), false],
      ['payer', oneOf(COVERAGE_PAYERS), false],
      ['beneficiary', oneOf(COVERAGE_BENEFICIARIES), true],
      ['limit', money, true],
      ['reasons', arrayOf(reason, RETURN_REASONS.length), true],
      ['firstReturnOnly', boolean, true],
    ]),
    true,
  ],
  ['priorReturns', integer(0, Number.MAX_SAFE_INTEGER), true],
  ['jurisdiction', matching(JURISDICTION_CODE), true],
]);

/**
 * Validates plain data against `returnCaseSchema` without zod, for the common case of valid input.
 *
 * @param input - parsed JSON or an object literal
 * @returns a fresh copy (sharing no object or array with `input`, keys in schema order) deep-equal
 *   to what `returnCaseSchema.safeParse(input).data` would be; or `undefined` when zod would refuse
 *   the input, and whenever the input is not plain data — class instances, null or foreign
 *   prototypes, getters, non-enumerable fields, symbol keys in `attributes`, sparse arrays, arrays
 *   with extra properties, a `__proto__`/`constructor`/`prototype` attribute, a tampered
 *   `Object.prototype`. The caller then falls back to zod, which decides and reports. (Symbol and
 *   non-enumerable keys that are not fields zod ignores, and so does this.) Never throws, not even
 *   for a Proxy whose traps throw.
 */
export function fastParseCase(input: unknown): ReturnCase | undefined {
  try {
    // zod's unknown-key check walks `for…in`, which sees enumerable keys added to Object.prototype.
    for (const _inherited in Object.prototype) return undefined;
    const parsed = returnCase(input);
    // The table above mirrors the schema, so what passes it has the schema's output type.
    return parsed === FAIL ? undefined : (parsed as ReturnCase);
  } catch {
    // Only a Proxy trap can throw here; the slow path meets it again and reports as it always has.
    return undefined;
  }
}
