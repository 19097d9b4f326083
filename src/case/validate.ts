/**
 * The return case's structure, validated without zod: the constants `returnCaseSchema` (in
 * ./schema.ts) is built from, and a hand-written interpreter of that schema that reports exactly
 * the issues zod would, in zod's order and with the same messages. `parseReturnCase` uses only
 * this module, so a browser bundle of it carries no zod; the zod schema remains the definition
 * (it generates the published JSON Schema) and, in test/case-validate.test.ts, the oracle.
 *
 * The vocabulary both are built from lives in ./vocabulary.ts.
 */
import type { core } from 'zod/mini';
import type { Issue } from '../errors.js';
// zod-issues.ts imports only zod's types: the wording of issues comes without any zod code.
import { fromZodIssues } from '../internal/zod-issues.js';
import type { ReturnCase } from './schema.js';

export type { ReturnCase };

import {
  RETURN_REASONS,
  CHANNELS,
  RESOLUTIONS,
  ITEM_CONDITIONS,
  FREE_SHIPPING,
  COVERAGE_KINDS,
  COVERAGE_PAYERS,
  COVERAGE_BENEFICIARIES,
  LABEL_SOURCES,
  MAX_QUANTITY,
  MAX_ATTRIBUTES,
  ATTRIBUTE_NAME,
  ISO_DATE_TIME,
  CURRENCY_CODE,
  JURISDICTION_CODE,
} from './vocabulary.js';


/** The custom messages of the schema's checks, as ./schema.ts gives them to zod (the differential test compares them). */
const MESSAGES = Object.freeze({
  isoDateTime: 'expected an ISO 8601 date or date-time such as "2026-03-01" or "2026-03-01T10:00:00Z"',
  currency: 'expected an ISO 4217 currency code such as "USD"',
  attributeName: 'expected a camelCase attribute name such as "customerTier"',
  tooManyAttributes: `at most ${MAX_ATTRIBUTES} attributes`,
  jurisdiction: 'expected an ISO 3166-1 alpha-2 code such as "CN" or "DE"',
});

// ---- The interpreter: each piece mirrors one zod 4 construct (node_modules/zod/v4/core) ----

/**
 * An issue as zod raises it, before `finalizeIssue`: a path relative to the value that raised it
 * (prefixed on the way up, as zod's `prefixIssues` does), and `continue`, which tells whether the
 * issue aborts the checks that follow. Only what `fromZodIssues` reads is filled in; `message` is
 * set where zod's would be one of the schema's custom messages, and is otherwise zod/mini's default.
 */
type RawIssue = core.$ZodIssue & { continue?: boolean };
/** Validates a value, appends its issues to `issues`, and returns what zod's `payload.value` would be. */
type Schema = (value: unknown, issues: RawIssue[]) => unknown;
/** A zod check: `when` (if any) decides whether it runs after an issue, instead of "only if none aborted". */
interface Check {
  readonly when?: (value: unknown) => boolean;
  readonly check: (value: unknown, issues: RawIssue[]) => void;
}

/** zod/mini's message when no error map applies; fromZodIssues words these issues itself. */
const DEFAULT_MESSAGE = 'Invalid input';

/** `util.aborted`: does an issue from `start` on stop the checks that follow? */
function aborted(issues: readonly RawIssue[], start: number): boolean {
  for (let index = start; index < issues.length; index += 1) if ((issues[index] as RawIssue).continue !== true) return true;
  return false;
}

/** `util.explicitlyAborted`: an issue from `start` on with `continue: false` (the checks with `when` honour only these). */
function explicitlyAborted(issues: readonly RawIssue[], start: number): boolean {
  for (let index = start; index < issues.length; index += 1) if ((issues[index] as RawIssue).continue === false) return true;
  return false;
}

/** `util.prefixIssues`: the issues from `start` on were raised inside `key`. */
function prefix(issues: RawIssue[], start: number, key: PropertyKey): void {
  for (let index = start; index < issues.length; index += 1) (issues[index] as RawIssue).path.unshift(key);
}

function invalidType(expected: string, input: unknown, extra?: { format: string; continue: false }): RawIssue {
  return { code: 'invalid_type', expected, input, path: [], message: DEFAULT_MESSAGE, ...extra };
}

/**
 * `$ZodType.run` for a schema with checks: parse, then each check in order. A check with `when`
 * runs, even after a type error, unless an issue explicitly aborted and if `when` says so; any
 * other check runs only while no issue has aborted.
 */
function checked(parse: Schema, checks: readonly Check[]): Schema {
  return (input, issues) => {
    const start = issues.length;
    const value = parse(input, issues);
    let isAborted = aborted(issues, start);
    for (const { when, check } of checks) {
      if (when !== undefined) {
        if (explicitlyAborted(issues, start) || !when(value)) continue;
      } else if (isAborted) {
        continue;
      }
      const before = issues.length;
      check(value, issues);
      if (issues.length !== before && !isAborted) isAborted = aborted(issues, before);
    }
    return value;
  };
}

/** `util.codePointLength`: a surrogate pair counts once, a lone surrogate once. */
function codePointLength(value: string): number {
  let count = value.length;
  for (let index = 0; index < value.length - 1; index += 1) {
    if ((value.charCodeAt(index) & 0xfc00) === 0xd800 && (value.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      index += 1;
    }
  }
  return count;
}

/** `util.getLengthableOrigin`. */
const lengthOrigin = (value: unknown): string => (Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown');

/**
 * The default `when` of zod's length checks: any non-nullish value with a `length`. So a length
 * check also judges a value that failed its type: `id: []` is "not a string" and "under 1 entry".
 */
const hasLength = (value: unknown): boolean => value !== null && value !== undefined && (value as { length?: unknown }).length !== undefined;

/** `z.minLength(min)`; the comparisons are zod's, so a `length` that is not a number fails as it does there. */
const minLength = (min: number): Check => ({
  when: hasLength,
  check: (value, issues) => {
    const units = (value as { length: number }).length;
    const length = typeof value === 'string' && units >= min && units < min * 2 ? codePointLength(value) : units;
    if (length >= min) return;
    issues.push({ origin: lengthOrigin(value), code: 'too_small', minimum: min, inclusive: true, input: value, path: [], message: DEFAULT_MESSAGE, continue: true });
  },
});

/** `z.maxLength(max)`. */
const maxLength = (max: number): Check => ({
  when: hasLength,
  check: (value, issues) => {
    const units = (value as { length: number }).length;
    const length = typeof value === 'string' && units > max ? codePointLength(value) : units;
    if (length <= max) return;
    issues.push({ origin: lengthOrigin(value), code: 'too_big', maximum: max, inclusive: true, input: value, path: [], message: DEFAULT_MESSAGE, continue: true });
  },
});

/** `z.regex(pattern, { message })`. */
const regex = (pattern: RegExp, message: string): Check => ({
  check: (value, issues) => {
    pattern.lastIndex = 0;
    if (pattern.test(value as string)) return;
    issues.push({ code: 'invalid_format', format: 'regex', input: value as string, pattern: pattern.toString(), path: [], message, continue: true });
  },
});

/** `z.minimum(min)` / `z.nonnegative()` (it runs on finite numbers only: the type check aborts otherwise). */
const gte = (min: number): Check => ({
  check: (value, issues) => {
    if ((value as number) >= min) return;
    issues.push({ origin: 'number', code: 'too_small', minimum: min, inclusive: true, input: value, path: [], message: DEFAULT_MESSAGE, continue: true });
  },
});

/** `z.maximum(max)`. */
const lte = (max: number): Check => ({
  check: (value, issues) => {
    if ((value as number) <= max) return;
    issues.push({ origin: 'number', code: 'too_big', maximum: max, inclusive: true, input: value, path: [], message: DEFAULT_MESSAGE, continue: true });
  },
});

/** `z.int()`'s own check: an integer (else abort), and a safe one (else report, and go on). -0 passes, and stays -0. */
const safeInteger: Check = {
  check: (value, issues) => {
    const input = value as number;
    if (!Number.isInteger(input)) {
      issues.push(invalidType('int', input, { format: 'safeint', continue: false }));
    } else if (!Number.isSafeInteger(input)) {
      issues.push(
        input > 0
          ? { input, code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, origin: 'int', inclusive: true, path: [], message: DEFAULT_MESSAGE, continue: true }
          : { input, code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, origin: 'int', inclusive: true, path: [], message: DEFAULT_MESSAGE, continue: true },
      );
    }
  },
};

const stringType: Schema = (value, issues) => {
  if (typeof value !== 'string') issues.push(invalidType('string', value));
  return value;
};
/** `z.number()`: finite (NaN and ±Infinity are refused as "not a number"). */
const numberType: Schema = (value, issues) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) issues.push(invalidType('number', value));
  return value;
};
const booleanType: Schema = (value, issues) => {
  if (typeof value !== 'boolean') issues.push(invalidType('boolean', value));
  return value;
};

/** `z.string().check(z.minLength(min), z.maxLength(max))`, or without the minimum when it is 0. */
const text = (min: number, max: number): Schema => checked(stringType, min > 0 ? [minLength(min), maxLength(max)] : [maxLength(max)]);
/** `z.string().check(z.regex(pattern, { message }))`. */
const matching = (pattern: RegExp, message: string): Schema => checked(stringType, [regex(pattern, message)]);
/** `z.int().check(z.minimum(min)[, z.maximum(max)])`; `z.nonnegative()` is `z.minimum(0)`. */
const integer = (min: number, max?: number): Schema => checked(numberType, max === undefined ? [safeInteger, gte(min)] : [safeInteger, gte(min), lte(max)]);
/** `z.enum(values)`. */
function oneOf(values: readonly string[]): Schema {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return (value, issues) => {
    if (!allowed.has(value)) issues.push({ code: 'invalid_value', values: [...values], input: value, path: [], message: DEFAULT_MESSAGE });
    return value;
  };
}

/** `util.isObject`: what z.object() takes apart — any object but an array, whatever its prototype. */
const isObject = (value: unknown): value is Record<PropertyKey, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One key of a strict object: its name, its schema, and whether it is `z.optional(…)`. */
type Field = readonly [name: string, schema: Schema, optional: boolean];

/**
 * `z.strictObject(shape)`: each field in shape order (read as `input[key]`, then `key in input`,
 * as zod does, so a getter or an inherited key counts), then one `unrecognized_keys` issue naming
 * every other key `for…in` yields (inherited enumerable ones too). That issue does not abort.
 */
function strictObject(fields: readonly Field[]): Schema {
  const known: ReadonlySet<string> = new Set(fields.map(([name]) => name));
  return (input, issues) => {
    if (!isObject(input)) {
      issues.push(invalidType('object', input));
      return input;
    }
    const copy: Record<string, unknown> = {};
    for (const [key, schema, optional] of fields) {
      const value = input[key];
      const start = issues.length;
      // z.optional passes `undefined` without asking the inner schema.
      const parsed = optional && value === undefined ? undefined : schema(value, issues);
      const present = key in input;
      if (optional) {
        // An absent optional key contributes nothing, not even the issues of whatever was read for it.
        if (!present) {
          issues.length = start;
          continue;
        }
      } else if (!present) {
        prefix(issues, start, key);
        if (issues.length === start) issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key], message: DEFAULT_MESSAGE });
        continue;
      }
      prefix(issues, start, key);
      copy[key] = parsed;
    }
    let unknown: string[] | undefined;
    for (const key in input) if (!known.has(key)) (unknown ??= []).push(key);
    if (unknown !== undefined) issues.push({ code: 'unrecognized_keys', keys: unknown, input, path: [], message: DEFAULT_MESSAGE, continue: true });
    return copy;
  };
}

/**
 * `z.array(element).check(z.maxLength(max))`: an array longer than `max` is refused before any
 * entry is read (zod's `capSize`), with an issue that aborts; otherwise each entry, holes read as
 * `undefined`, then the length check — which, like every length check, also judges a non-array
 * with a `length` (a string given for `tags` is "not an array" and maybe "over 100 characters").
 */
function arrayOf(element: Schema, max: number): Schema {
  const lengthCheck = maxLength(max);
  const parse: Schema = (input, issues) => {
    if (Array.isArray(input) && input.length > max && hasLength(input)) {
      const start = issues.length;
      lengthCheck.check(input, issues);
      (issues[start] as RawIssue).continue = false;
      return input;
    }
    if (!Array.isArray(input)) {
      issues.push(invalidType('array', input));
      return input;
    }
    const copy: unknown[] = new Array(input.length);
    for (let index = 0; index < input.length; index += 1) {
      const start = issues.length;
      copy[index] = element(input[index], issues);
      prefix(issues, start, index);
    }
    return copy;
  };
  return checked(parse, [lengthCheck]);
}

/** `z.union(options)`: the first option without issues; else the one option that did not abort; else `invalid_union`. */
function union(options: readonly Schema[]): Schema {
  return (value, issues) => {
    const results: RawIssue[][] = [];
    for (const option of options) {
      const own: RawIssue[] = [];
      const parsed = option(value, own);
      if (own.length === 0) return parsed;
      results.push(own);
    }
    const standing = results.filter((own) => !aborted(own, 0));
    if (standing.length === 1) issues.push(...(standing[0] as RawIssue[]));
    // The options' own issues are in zod's `errors`, which fromZodIssues does not read.
    else issues.push({ code: 'invalid_union', errors: [], input: value, path: [], message: DEFAULT_MESSAGE });
    return value;
  };
}

const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;

/** `util.isPlainObject`, which z.record() asks for: a class instance is not one, a null prototype is. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const constructor: unknown = value['constructor'];
  if (constructor === undefined || typeof constructor !== 'function') return true;
  const prototype: unknown = (constructor as { prototype?: unknown }).prototype;
  return isObject(prototype) && hasOwn.call(prototype, 'isPrototypeOf');
}

/**
 * `z.record(z.string().check(z.regex(ATTRIBUTE_NAME)), value).check(z.refine(at most MAX_ATTRIBUTES))`:
 * own enumerable keys in `Reflect.ownKeys` order (`__proto__` skipped), a bad key reported as
 * `invalid_key` (and its value not read), then the refinement — only if no issue aborted, so a
 * too-long string (which does not abort) still lets "at most 100 attributes" through.
 */
function attributeRecord(value: Schema): Schema {
  const name = checked(stringType, [regex(ATTRIBUTE_NAME, MESSAGES.attributeName)]);
  const parse: Schema = (input, issues) => {
    if (!isPlainObject(input)) {
      issues.push(invalidType('record', input));
      return input;
    }
    const copy: Record<string, unknown> = {};
    for (const key of Reflect.ownKeys(input)) {
      if (key === '__proto__' || !isEnumerable.call(input, key)) continue;
      const keyIssues: RawIssue[] = [];
      name(key, keyIssues);
      if (keyIssues.length > 0) {
        issues.push({ code: 'invalid_key', origin: 'record', issues: keyIssues, input: key, path: [key], message: DEFAULT_MESSAGE });
        continue;
      }
      const start = issues.length;
      const parsed = value(input[key], issues);
      prefix(issues, start, key);
      copy[key as string] = parsed;
    }
    return copy;
  };
  const atMost: Check = {
    check: (record, issues) => {
      if (Object.keys(record as object).length <= MAX_ATTRIBUTES) return;
      issues.push({ code: 'custom', input: record, path: [], message: MESSAGES.tooManyAttributes, continue: true });
    },
  };
  return checked(parse, [atMost]);
}

// ---- returnCaseSchema, field for field ----

const money = strictObject([
  ['amount', integer(0), false],
  ['currency', matching(CURRENCY_CODE, MESSAGES.currency), false],
]);
const date = matching(ISO_DATE_TIME, MESSAGES.isoDateTime);
const reason = oneOf(RETURN_REASONS);
const percent = checked(numberType, [gte(0), lte(100)]);
const id = text(1, 200);

/** `returnCaseSchema`; test/case-validate.test.ts checks the two agree, on every input it can think of. */
const returnCase = strictObject([
  ['id', id, true],
  ['channel', oneOf(CHANNELS), true],
  ['resolution', oneOf(RESOLUTIONS), true],
  ['reason', reason, false],
  [
    'findings',
    strictObject([
      ['qualityDefect', booleanType, true],
      ['wrongItem', booleanType, true],
      ['notAsDescribed', booleanType, true],
      ['damagedInTransit', booleanType, true],
      ['missingParts', booleanType, true],
    ]),
    true,
  ],
  [
    'item',
    strictObject([
      ['category', text(1, 200), true],
      ['tags', arrayOf(text(1, 100), 100), true],
      ['condition', oneOf(ITEM_CONDITIONS), true],
      ['confirmedNonReturnable', booleanType, true],
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
  ['attributes', attributeRecord(union([text(0, 200), numberType, booleanType])), true],
  ['timeZone', text(1, 100), true],
  [
    'seller',
    strictObject([
      ['freeReturns', booleanType, true],
      ['disclosedReturnCosts', booleanType, true],
      ['disclosedWithdrawalRight', booleanType, true],
      ['freeShipping', oneOf(FREE_SHIPPING), true],
      ['thresholdStillMet', booleanType, true],
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
      ['firstReturnOnly', booleanType, true],
    ]),
    true,
  ],
  ['priorReturns', integer(0), true],
  ['jurisdiction', matching(JURISDICTION_CODE, MESSAGES.jurisdiction), true],
]);

/** What {@link validateCase} found: the validated case, or every issue. */
export type CaseValidation = { readonly success: true; readonly data: ReturnCase } | { readonly success: false; readonly issues: Issue[] };

/**
 * Validates a value against the structure of `returnCaseSchema` (not the semantic checks of
 * `parseReturnCase`), without zod.
 *
 * @param input - any value
 * @returns `{ success: true, data }` with a fresh copy (sharing no object or array with `input`,
 *   keys in schema order) equal to `returnCaseSchema.safeParse(input).data`; or `{ success: false,
 *   issues }`, the same issues, in the same order and with the same messages, as
 *   `fromZodIssues(returnCaseSchema.safeParse(input, { reportInput: true }).error.issues)`. Getters,
 *   Proxies, inherited and non-enumerable keys are read the way zod reads them; what a Proxy trap
 *   throws propagates, as it does from zod.
 */
export function validateCase(input: unknown): CaseValidation {
  const issues: RawIssue[] = [];
  const data = returnCase(input, issues);
  // The table above mirrors the schema, so what passes it has the schema's output type.
  return issues.length === 0 ? { success: true, data: data as ReturnCase } : { success: false, issues: fromZodIssues(issues) };
}
