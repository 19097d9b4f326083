/**
 * The return case's structure, validated without zod: the constants `returnCaseSchema` (in
 * ./schema.ts) is built from, and a hand-written interpreter of that schema that reports exactly
 * the issues zod would, in zod's order and with the same messages. `parseReturnCase` uses only
 * this module, so a browser bundle of it carries no zod; the zod schema remains the definition
 * (it generates the published JSON Schema) and, in test/case-validate.test.ts, the oracle.
 *
 * Each piece of the interpreter also has a fast path (`fast`), for valid input: one pass that
 * validates and copies, with none of the interpreter's bookkeeping, and that gives up — returns
 * FAIL — at the first doubt. `fastValidateCase` runs it; validateCase does not, and reads the input
 * exactly as zod does unless told otherwise (parseReturnCase does: it never promised zod's reads).
 *
 * The vocabulary both are built from lives in ./vocabulary.ts.
 */
import type { core } from 'zod/mini';
import type { Issue } from '../errors.js';
// zod-issues.ts imports only zod's types: the wording of issues comes without any zod code.
import { fromZodIssues } from '../internal/zod-issues.js';
import { FORBIDDEN_KEYS } from '../internal/untrusted.js';
import { isRealDateTime } from './dates.js';
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
type Parse = (value: unknown, issues: RawIssue[]) => unknown;

/** The fast path's answer when it does not vouch for a value: an issue, or merely the doubt of one. */
const FAIL: unique symbol = Symbol('fail');
/**
 * The fast path of a schema: the value the schema would return (a fresh copy for objects and
 * arrays), or FAIL — never a value for input the schema refuses. It notes what it read in `facts`
 * (see {@link CaseFacts}). It asks the input the questions zod asks — which keys (`for…in`, own
 * keys), what value (`input[key]`), whether `key in input` — each at most once, though not all of
 * them, nor in zod's order.
 */
type Fast = (value: unknown, facts: CaseFacts) => unknown;
/** A schema: its exact interpreter, called as a function, and its fast path. */
type Schema = Parse & { readonly fast: Fast };
const schema = (parse: Parse, fast: Fast): Schema => Object.assign(parse, { fast });
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
function checked(parse: Parse, checks: readonly Check[]): Parse {
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

const stringType: Parse = (value, issues) => {
  if (typeof value !== 'string') issues.push(invalidType('string', value));
  return value;
};
/** `z.number()`: finite (NaN and ±Infinity are refused as "not a number"). */
const numberType = schema(
  (value, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) issues.push(invalidType('number', value));
    return value;
  },
  (value) => (typeof value === 'number' && Number.isFinite(value) ? value : FAIL),
);
const booleanType = schema(
  (value, issues) => {
    if (typeof value !== 'boolean') issues.push(invalidType('boolean', value));
    return value;
  },
  (value) => (typeof value === 'boolean' ? value : FAIL),
);

/** `z.string().check(z.minLength(min), z.maxLength(max))`, or without the minimum when it is 0. */
const text = (min: number, max: number): Schema =>
  schema(checked(stringType, min > 0 ? [minLength(min), maxLength(max)] : [maxLength(max)]), (value) => {
    if (typeof value !== 'string') return FAIL;
    // Code points are counted only where they and UTF-16 units could fall on different sides of a bound, as the checks do.
    const units = value.length;
    if (units < min * 2 && (units < min || codePointLength(value) < min)) return FAIL;
    return units > max && codePointLength(value) > max ? FAIL : value;
  });
/** `z.string().check(z.regex(pattern, { message }))`. */
const matching = (pattern: RegExp, message: string): Schema =>
  schema(checked(stringType, [regex(pattern, message)]), (value) => {
    if (typeof value !== 'string') return FAIL;
    pattern.lastIndex = 0;
    return pattern.test(value) ? value : FAIL;
  });
/** `z.int().check(z.minimum(min)[, z.maximum(max)])`; `z.nonnegative()` is `z.minimum(0)`. -0 passes, and stays -0. */
const integer = (min: number, max?: number): Schema =>
  schema(checked(numberType, max === undefined ? [safeInteger, gte(min)] : [safeInteger, gte(min), lte(max)]), (value) =>
    Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= (max ?? Number.MAX_SAFE_INTEGER) ? value : FAIL,
  );
/** `z.enum(values)`. */
function oneOf(values: readonly string[]): Schema {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return schema(
    (value, issues) => {
      if (!allowed.has(value)) issues.push({ code: 'invalid_value', values: [...values], input: value, path: [], message: DEFAULT_MESSAGE });
      return value;
    },
    (value) => (allowed.has(value) ? value : FAIL),
  );
}

/** `util.isObject`: what z.object() takes apart — any object but an array, whatever its prototype. */
const isObject = (value: unknown): value is Record<PropertyKey, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One key of a strict object: its name, its schema, and whether it is `z.optional(…)`. */
type Field = readonly [name: string, schema: Schema, optional: boolean];
/** Notes a strict object's fields in `facts`: as its fast path read them, in schema order, undefined where absent. */
type Note = (values: readonly unknown[], facts: CaseFacts) => void;

/**
 * `z.strictObject(shape)`: each field in shape order (read as `input[key]`, then `key in input`,
 * as zod does, so a getter or an inherited key counts), then one `unrecognized_keys` issue naming
 * every other key `for…in` yields (inherited enumerable ones too). That issue does not abort.
 *
 * Its fast path reads the fields as `for…in` yields them, which must be fields only, every required
 * one among them: on plain objects that is fast, where `input[key]` of each key a case lacks, on
 * objects of ever different shapes, costs a property lookup the engine cannot cache. A field must
 * then be `key in input` exactly when `for…in` yielded it (else it does not vouch: a hidden or
 * inherited field, which zod would read, or a Proxy whose traps disagree); the present ones are
 * checked in shape order, into a copy with the keys zod's has.
 */
function strictObject(fields: readonly Field[], note?: Note): Schema {
  const known: ReadonlySet<string> = new Set(fields.map(([name]) => name));
  const index = new Map(fields.map(([name], at) => [name, at]));
  const parse: Parse = (input, issues) => {
    if (!isObject(input)) {
      issues.push(invalidType('object', input));
      return input;
    }
    const copy: Record<string, unknown> = {};
    // Out of zod's order, `for…in` comes first, and reads the fields it yields (see validateCase).
    let yielded: unknown[] | undefined;
    let seen = 0;
    let unknown: string[] | undefined;
    if (!inZodOrder) {
      yielded = new Array(fields.length);
      for (const key in input) {
        const at = index.get(key);
        if (at === undefined) {
          (unknown ??= []).push(key);
        } else {
          yielded[at] = input[key];
          seen |= 1 << at;
        }
      }
    }
    for (let at = 0; at < fields.length; at += 1) {
      const [key, schema, optional] = fields[at] as Field;
      let present = false;
      let value: unknown;
      if (yielded === undefined) {
        value = input[key];
      } else {
        present = key in input;
        // zod would read an absent optional key too, only to drop what it found.
        value = (seen & (1 << at)) !== 0 ? yielded[at] : present || !optional ? input[key] : undefined;
      }
      const start = issues.length;
      // z.optional passes `undefined` without asking the inner schema.
      const parsed = optional && value === undefined ? undefined : schema(value, issues);
      if (yielded === undefined) present = key in input;
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
    if (yielded === undefined) for (const key in input) if (!known.has(key)) (unknown ??= []).push(key);
    if (unknown !== undefined) issues.push({ code: 'unrecognized_keys', keys: unknown, input, path: [], message: DEFAULT_MESSAGE, continue: true });
    return copy;
  };
  const names = fields.map(([name]) => name);
  const readers = fields.map(([, field]) => field.fast);
  let required = 0;
  fields.forEach(([, , optional], at) => {
    if (!optional) required |= 1 << at;
  });
  const fast: Fast = (input, facts) => {
    if (!isObject(input)) return FAIL;
    const values: unknown[] = new Array(names.length);
    let seen = 0;
    for (const key in input) {
      const at = index.get(key);
      if (at === undefined) return FAIL;
      values[at] = input[key];
      seen |= 1 << at;
    }
    if ((seen & required) !== required) return FAIL;
    const copy: Record<string, unknown> = {};
    for (let at = 0; at < names.length; at += 1) {
      const key = names[at] as string;
      const bit = 1 << at;
      if ((seen & bit) === 0 ? key in input : !(key in input)) return FAIL;
      if ((seen & bit) === 0) continue;
      let value = values[at];
      // z.optional passes `undefined` through; a required field fails on it.
      if (value !== undefined || (required & bit) !== 0) {
        value = (readers[at] as Fast)(value, facts);
        if (value === FAIL) return FAIL;
        values[at] = value;
      }
      copy[key] = value;
    }
    note?.(values, facts);
    return copy;
  };
  return schema(parse, fast);
}

/** What `for…of` on an array calls; inspectStructure iterates arrays with it, zod reads them by index. */
const arrayValues: unknown = Array.prototype[Symbol.iterator];

/**
 * `z.array(element).check(z.maxLength(max))`: an array longer than `max` is refused before any
 * entry is read (zod's `capSize`), with an issue that aborts; otherwise each entry, holes read as
 * `undefined`, then the length check — which, like every length check, also judges a non-array
 * with a `length` (a string given for `tags` is "not an array" and maybe "over 100 characters").
 */
function arrayOf(element: Schema, max: number): Schema {
  const lengthCheck = maxLength(max);
  const parse: Parse = (input, issues) => {
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
  const read = element.fast;
  return schema(checked(parse, [lengthCheck]), (input, facts) => {
    if (!Array.isArray(input)) return FAIL;
    const length = input.length;
    // Another iterator would show inspectStructure other entries than zod reads.
    if (length > max || (input as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== arrayValues) return FAIL;
    const copy: unknown[] = new Array(length);
    for (let index = 0; index < copy.length; index += 1) if ((copy[index] = read(input[index], facts)) === FAIL) return FAIL;
    return copy;
  });
}

/** `z.union(options)`: the first option without issues; else the one option that did not abort; else `invalid_union`. */
function union(options: readonly Schema[]): Schema {
  const parse: Parse = (value, issues) => {
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
  // The first option whose fast path takes the value is the first without issues only if each
  // fast path takes all its schema does: so far, a union's options are strings, numbers and booleans.
  return schema(parse, (value, facts) => {
    for (const option of options) {
      const parsed = option.fast(value, facts);
      if (parsed !== FAIL) return parsed;
    }
    return FAIL;
  });
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
  const name = matching(ATTRIBUTE_NAME, MESSAGES.attributeName);
  const parse: Parse = (input, issues) => {
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
  // Own enumerable string keys are what `Object.keys` lists, in `Reflect.ownKeys` order; a symbol
  // key, which zod refuses when it is enumerable, the fast path leaves to the long way either way.
  const fast: Fast = (input, facts) => {
    if (!isPlainObject(input) || Object.getOwnPropertySymbols(input).length > 0) return FAIL;
    const keys = Object.keys(input);
    if (keys.length > MAX_ATTRIBUTES) return FAIL;
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      // Keys inspectStructure refuses (forbidden or overlong ones) are left to it, however well formed;
      // so is `__proto__`, which zod skips.
      if (key.length > FAST_BOUNDS.maxKeyLength || FORBIDDEN_KEYS.has(key) || name.fast(key, facts) === FAIL) return FAIL;
      const parsed = value.fast(input[key], facts);
      if (parsed === FAIL) return FAIL;
      copy[key] = parsed;
    }
    return copy;
  };
  return schema(checked(parse, [atMost]), fast);
}

// ---- returnCaseSchema, field for field ----

type Money = { amount: number; currency: string };

const amount = integer(0);
const currency = matching(CURRENCY_CODE, MESSAGES.currency);
const money = schema(
  strictObject([
    ['amount', amount, false],
    ['currency', currency, false],
  ]),
  // The commonest object of a case, its fast path written out.
  (input, facts) => {
    if (!isObject(input)) return FAIL;
    let amountValue: unknown = FAIL;
    let currencyValue: unknown = FAIL;
    for (const key in input) {
      if (key === 'amount') amountValue = input[key];
      else if (key === 'currency') currencyValue = input[key];
      else return FAIL;
    }
    return !('amount' in input) || !('currency' in input) || amount.fast(amountValue, facts) === FAIL || currency.fast(currencyValue, facts) === FAIL
      ? FAIL
      : { amount: amountValue, currency: currencyValue };
  },
);
/**
 * Its fast path takes real dates only: what isRealDateTime (./dates.ts) takes matches ISO_DATE_TIME,
 * and a date that is not real fails the semantic checks anyway, on the long way. Its parse is
 * cached, for the semantic checks and the decision.
 */
const date = schema(matching(ISO_DATE_TIME, MESSAGES.isoDateTime), (value) => (typeof value === 'string' && isRealDateTime(value) ? value : FAIL));
const reason = oneOf(RETURN_REASONS);
const percent = schema(checked(numberType, [gte(0), lte(100)]), (value) => (typeof value === 'number' && value >= 0 && value <= 100 ? value : FAIL));
const id = text(1, 200);

/** `returnCaseSchema`; test/case-validate.test.ts checks the two agree, on every input it can think of. The notes fill in CaseFacts. */
const returnCase = strictObject(
  [
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
      strictObject(
        [
          ['category', text(1, 200), true],
          ['tags', arrayOf(text(1, 100), 100), true],
          ['condition', oneOf(ITEM_CONDITIONS), true],
          ['confirmedNonReturnable', booleanType, true],
          ['price', money, true],
          ['quantity', integer(1, MAX_QUANTITY), true],
        ],
        (v, facts) => void (facts.price = v[4] as Money | undefined),
      ),
      true,
    ],
    ['order', strictObject([['value', money, true]], (v, facts) => void (facts.orderValue = v[0] as Money | undefined)), true],
    [
      'costs',
      strictObject(
        [
          ['returnShipping', money, false],
          ['outboundShipping', money, true],
          ['standardOutboundShipping', money, true],
          ['replacementShipping', money, true],
        ],
        (v, facts) => {
          facts.returnShipping = v[0] as Money;
          facts.outboundShipping = v[1] as Money | undefined;
          facts.standardOutboundShipping = v[2] as Money | undefined;
          facts.replacementShipping = v[3] as Money | undefined;
        },
      ),
      false,
    ],
    [
      'dates',
      strictObject(
        [
          ['deliveredAt', date, false],
          ['requestedAt', date, false],
          ['orderedAt', date, true],
          ['promisedBy', date, true],
          ['qualityGuaranteeEndsAt', date, true],
        ],
        (v, facts) => {
          facts.deliveredAt = v[0] as string;
          facts.requestedAt = v[1] as string;
          facts.orderedAt = v[2] as string | undefined;
          facts.promisedBy = v[3] as string | undefined;
          facts.qualityGuaranteeEndsAt = v[4] as string | undefined;
        },
      ),
      false,
    ],
    ['labelSource', oneOf(LABEL_SOURCES), true],
    ['inspection', strictObject([['diminishedValue', money, true]], (v, facts) => void (facts.diminishedValue = v[0] as Money | undefined)), true],
    ['attributes', attributeRecord(union([text(0, 200), numberType, booleanType])), true],
    ['timeZone', text(1, 100), true],
    [
      'seller',
      strictObject(
        [
          ['freeReturns', booleanType, true],
          ['disclosedReturnCosts', booleanType, true],
          ['disclosedWithdrawalRight', booleanType, true],
          ['freeShipping', oneOf(FREE_SHIPPING), true],
          ['thresholdStillMet', booleanType, true],
        ],
        (v, facts) => {
          facts.freeShipping = v[3] as string | undefined;
          facts.thresholdStillMet = v[4] as boolean | undefined;
        },
      ),
      true,
    ],
    [
      'negotiatedSplit',
      strictObject(
        [
          ['sellerPercent', percent, true],
          ['sellerAmount', money, true],
          ['agreedAt', date, true],
        ],
        (v, facts) => {
          facts.sellerPercent = v[0] as number | undefined;
          facts.sellerAmount = v[1] as Money | undefined;
          facts.agreedAt = v[2] as string | undefined;
        },
      ),
      true,
    ],
    [
      'coverage',
      strictObject(
        [
          ['kind', oneOf(COVERAGE_KINDS), false],
          ['payer', oneOf(COVERAGE_PAYERS), false],
          ['beneficiary', oneOf(COVERAGE_BENEFICIARIES), true],
          ['limit', money, true],
          ['reasons', arrayOf(reason, RETURN_REASONS.length), true],
          ['firstReturnOnly', booleanType, true],
        ],
        (v, facts) => void (facts.limit = v[3] as Money | undefined),
      ),
      true,
    ],
    ['priorReturns', integer(0), true],
    ['jurisdiction', matching(JURISDICTION_CODE, MESSAGES.jurisdiction), true],
  ],
  (v, facts) => {
    facts.timeZone = v[12] as string | undefined;
    facts.split = v[14] !== undefined;
  },
);

/** What {@link validateCase} found: the validated case, or every issue. */
export type CaseValidation = { readonly success: true; readonly data: ReturnCase } | { readonly success: false; readonly issues: Issue[] };

/** Does the interpreter read the input in zod's order? (Set by {@link validateCase} for its run.) */
let inZodOrder = true;

/**
 * Validates a value against the structure of `returnCaseSchema` (not the semantic checks of
 * `parseReturnCase`), without zod.
 *
 * @param input - any value
 * @param zodOrder - read the input exactly as zod does (the default); when false, a strict object's
 *   fields are read as `for…in` yields them (before `key in input`, which is asked of every field), and
 *   `input[key]` is read only for a field that is `in` the object without being yielded, or that is
 *   required: fewer and faster reads, with the same result for input that answers each question the
 *   same way each time, without side effects
 * @returns `{ success: true, data }` with a fresh copy (sharing no object or array with `input`,
 *   keys in schema order) equal to `returnCaseSchema.safeParse(input).data`; or `{ success: false,
 *   issues }`, the same issues, in the same order and with the same messages, as
 *   `fromZodIssues(returnCaseSchema.safeParse(input, { reportInput: true }).error.issues)`. Getters,
 *   Proxies, inherited and non-enumerable keys are read the way zod reads them; what a Proxy trap
 *   throws propagates, as it does from zod.
 */
export function validateCase(input: unknown, zodOrder = true): CaseValidation {
  const issues: RawIssue[] = [];
  const outer = inZodOrder;
  inZodOrder = zodOrder;
  let data: unknown;
  try {
    data = returnCase(input, issues);
  } finally {
    // A getter may have validated another case meanwhile; each run keeps its own order.
    inZodOrder = outer;
  }
  // The table above mirrors the schema, so what passes it has the schema's output type.
  return issues.length === 0 ? { success: true, data: data as ReturnCase } : { success: false, issues: fromZodIssues(issues) };
}

/**
 * What the semantic checks of parseReturnCase read of a case — every Money value, the dates, the
 * zone, the split and the seller's shipping — as the fast path notes it on the way.
 */
export interface CaseFacts {
  returnShipping: Money;
  outboundShipping: Money | undefined;
  standardOutboundShipping: Money | undefined;
  replacementShipping: Money | undefined;
  price: Money | undefined;
  sellerAmount: Money | undefined;
  limit: Money | undefined;
  orderValue: Money | undefined;
  diminishedValue: Money | undefined;
  timeZone: string | undefined;
  deliveredAt: string;
  requestedAt: string;
  orderedAt: string | undefined;
  promisedBy: string | undefined;
  qualityGuaranteeEndsAt: string | undefined;
  /** Is there a negotiatedSplit? */
  split: boolean;
  sellerPercent: number | undefined;
  agreedAt: string | undefined;
  thresholdStillMet: boolean | undefined;
  freeShipping: string | undefined;
}

/** Facts with nothing noted yet: the optional ones undefined (the fast path notes the required ones whenever it accepts). */
export const noFacts = (): CaseFacts => ({
  returnShipping: { amount: 0, currency: '' },
  outboundShipping: undefined,
  standardOutboundShipping: undefined,
  replacementShipping: undefined,
  price: undefined,
  sellerAmount: undefined,
  limit: undefined,
  orderValue: undefined,
  diminishedValue: undefined,
  timeZone: undefined,
  deliveredAt: '',
  requestedAt: '',
  orderedAt: undefined,
  promisedBy: undefined,
  qualityGuaranteeEndsAt: undefined,
  split: false,
  sellerPercent: undefined,
  agreedAt: undefined,
  thresholdStillMet: undefined,
  freeShipping: undefined,
});

/**
 * The least structure limits under which inspectStructure finds nothing in a case that
 * {@link fastValidateCase} accepts: its strings have at most 200 code points (400 UTF-16 units; an
 * attribute key it takes has at most `maxKeyLength` units), its arrays at most 100 entries, its
 * objects and arrays sit at depth 2 at most, and it holds fewer than 300 values. It has no forbidden
 * key either: its objects' keys are the schema's, and it leaves forbidden attribute names to the long way.
 */
export const FAST_BOUNDS = Object.freeze({ maxStringLength: 400, maxKeyLength: 200, maxArrayLength: 100, maxNesting: 3, maxNodes: 300 });

/**
 * The fast path of {@link validateCase}, for valid input: one pass that validates and copies.
 *
 * @param input - any value
 * @param facts - where to note what the semantic checks read: when the case is accepted, what they
 *   would read of the returned copy (while Object.prototype has none of those keys)
 * @returns `undefined` whenever the input is not valid — and for some valid but unusual input: a
 *   date that is not a real one, an attribute key inspectStructure refuses (`constructor`,
 *   `__proto__`, one longer than `FAST_BOUNDS.maxKeyLength`), a field that is hidden or inherited,
 *   a symbol key in `attributes`, a Proxy whose traps disagree, an array with another iterator
 *   than the built-in one; and when a
 *   getter or Proxy trap throws. Otherwise exactly the data `validateCase(input)` returns, provided
 *   the input answers each question the same way each time, without side effects (as plain data
 *   does). Unlike validateCase, it does not read the input in zod's order.
 */
export function fastValidateCase(input: unknown, facts: CaseFacts = noFacts()): ReturnCase | undefined {
  try {
    const data = returnCase.fast(input, facts);
    // The table above mirrors the schema, so what passes it has the schema's output type.
    return data === FAIL ? undefined : (data as ReturnCase);
  } catch {
    // A getter or Proxy trap threw: the long way meets it again.
    return undefined;
  }
}
