import { type Issue, ReturnLiabilityError } from '../errors.js';

/**
 * Keys that reach `Object.prototype` or a constructor when a parser or merge assigns them. zod's
 * records copy input keys with plain assignment, so a `__proto__` key from `JSON.parse` would
 * replace the prototype of the parsed object; they are rejected before zod sees the input.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Bounds on the shape of an untrusted JSON value. */
export interface StructureLimits {
  /** Longest string value or object key, in UTF-16 code units. */
  readonly maxStringLength: number;
  /** Most entries in one array. */
  readonly maxArrayLength: number;
  /** Most values in the whole input (objects, arrays and primitives, the root included). */
  readonly maxNodes: number;
  /** Deepest nesting of objects and arrays (the root is depth 0). */
  readonly maxNesting: number;
  /** Per top-level key, a different array limit and the wording of its issue (e.g. `rules`). */
  readonly topLevelArrays?: Readonly<Record<string, { max: number; code: string; noun: string; hint: string }>>;
  /** Appended to the message of each limit, e.g. which option raises it. */
  readonly hints?: Partial<Record<'maxStringLength' | 'maxArrayLength' | 'maxNodes' | 'maxNesting', string>>;
}

/**
 * Plain data, the only kind of object an untrusted input may hold: an array (`Array.isArray`, so
 * from any realm), or an object whose prototype is `null` or some realm's `Object.prototype` (an
 * object whose `Object.prototype.toString` tag is `Object` and whose prototype has no prototype of
 * its own and an own `constructor` named `Object`). Class instances, dates, maps, functions and the
 * like are not. Throws whatever a Proxy trap throws; {@link snapshotUntrusted} catches it.
 */
export function plainKind(value: object): 'array' | 'object' | undefined {
  if (Array.isArray(value)) return 'array';
  if (typeof value !== 'object') return undefined;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return 'object';
  if (typeof proto !== 'object' || Object.getPrototypeOf(proto) !== null) return undefined;
  if (Object.prototype.toString.call(value) !== '[object Object]') return undefined;
  const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value as unknown;
  return typeof ctor === 'function' && ctor.name === 'Object' ? 'object' : undefined;
}

interface Entry {
  value: unknown;
  key: string | number | undefined;
  parent: Entry | undefined;
  depth: number;
  /** Where the copy goes: the parent's copy and the key in it. */
  into: Record<string | number, unknown> | undefined;
}

function pathOf(entry: Entry | undefined): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at = entry; at !== undefined && at.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** The result of {@link snapshotUntrusted}: the copy when there are no issues. */
export interface Snapshot {
  readonly value: unknown;
  readonly issues: Issue[];
}

const UNREADABLE = 'reading this value threw an exception (a getter or Proxy trap); only plain data is accepted';

/**
 * Copies an untrusted value once, before any schema or check looks at it, and reports forbidden
 * keys, values beyond the limits and anything that is not plain data ({@link plainKind}), each with
 * its path. Each pass reads every property once (own enumerable string keys only; inherited ones
 * are never read) and measures the limits on what it read, so a getter or Proxy cannot show the
 * limits one value and the schema another: everything after this works on the copy. (A valid
 * input is read in one pass; when that pass meets anything to report, a second pass reads again
 * and reports on, and copies, what it read.) A getter or trap that throws is reported as
 * `unreadable`, a non-plain object as `not_plain_data`, a `__proto__`, `constructor` or
 * `prototype` own key as `forbidden_key` (refused, never dropped). `-0` is copied as `0`.
 *
 * The walk is iterative, so hostile nesting cannot overflow the stack, and it stops at the first
 * value past `maxNodes`, so its cost is bounded by the limits rather than by the input.
 */
export function snapshotUntrusted(input: unknown, limits: StructureLimits): Snapshot {
  // Most inputs are small, valid plain data: copy them in one recursive pass without bookkeeping.
  // Anything unusual (an issue, a throwing read, a top-level array with its own limit) bails out,
  // and the walk below copies again and reports every issue with its path.
  if (limits.topLevelArrays === undefined) {
    const budget = { nodes: 1 };
    try {
      const copy = quickCopy(input, 0, limits, budget);
      if (copy !== BAIL) return { value: copy, issues: [] };
    } catch {
      // A getter or Proxy trap threw: the walk reports it with its path.
    }
  }
  const issues: Issue[] = [];
  const hint = (name: keyof NonNullable<StructureLimits['hints']>) => limits.hints?.[name] ?? '';
  const root: Record<string, unknown> = {};
  const stack: Entry[] = [{ value: input, key: undefined, parent: undefined, depth: 0, into: root }];
  // Values are counted when they are found, before they are visited, so a huge object or array
  // is refused without walking it.
  let nodes = 1;
  const place = (entry: Entry, copy: unknown) => {
    if (entry.into !== undefined) entry.into[entry.key ?? 'root'] = copy;
  };
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    const { value } = entry;
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        issues.push({ path: pathOf(entry), code: 'string_too_long', message: `a string of ${value.length} characters; the limit is ${limits.maxStringLength}${hint('maxStringLength')}` });
      }
      place(entry, value);
      continue;
    }
    if (typeof value === 'function') {
      issues.push({ path: pathOf(entry), code: 'not_plain_data', message: 'a function; only plain data (objects, arrays, strings, numbers, booleans, null) is accepted' });
      continue;
    }
    if (typeof value !== 'object' || value === null) {
      place(entry, Object.is(value, -0) ? 0 : value);
      continue;
    }
    let kind: 'array' | 'object' | undefined;
    try {
      kind = plainKind(value);
    } catch {
      issues.push({ path: pathOf(entry), code: 'unreadable', message: UNREADABLE });
      continue;
    }
    if (kind === undefined) {
      issues.push({ path: pathOf(entry), code: 'not_plain_data', message: 'an object that is not plain data (a class instance, date, map or similar); only plain objects and arrays are accepted' });
      continue;
    }
    if (entry.depth >= limits.maxNesting) {
      issues.push({ path: pathOf(entry), code: 'too_deep', message: `objects and arrays nest deeper than ${limits.maxNesting} levels${hint('maxNesting')}` });
      continue;
    }
    const children: Entry[] = [];
    let copy: Record<string | number, unknown>;
    try {
      if (kind === 'array') {
        const array = value as unknown[];
        const length = array.length;
        const overrides = limits.topLevelArrays;
        const special = entry.depth === 1 && typeof entry.key === 'string' && overrides !== undefined && Object.hasOwn(overrides, entry.key) ? overrides[entry.key] : undefined;
        const max = special?.max ?? limits.maxArrayLength;
        if (length > max) {
          issues.push(special === undefined
            ? { path: pathOf(entry), code: 'array_too_long', message: `an array of ${length} entries; the limit is ${max}${hint('maxArrayLength')}` }
            : { path: pathOf(entry), code: special.code, message: `${length} ${special.noun}; the limit is ${max}${special.hint}` });
          continue;
        }
        if (nodes + length > limits.maxNodes) {
          issues.push({ path: [], code: 'too_large', message: `the input has more than ${limits.maxNodes} values${hint('maxNodes')}` });
          break;
        }
        copy = new Array(length) as unknown as Record<number, unknown>;
        for (let index = 0; index < length; index += 1) {
          children.push({ value: undefined, key: index, parent: entry, depth: entry.depth + 1, into: copy });
        }
      } else {
        const keys = Object.keys(value);
        if (nodes + keys.length > limits.maxNodes) {
          issues.push({ path: [], code: 'too_large', message: `the input has more than ${limits.maxNodes} values${hint('maxNodes')}` });
          break;
        }
        copy = {};
        for (const key of keys) {
          if (FORBIDDEN_KEYS.has(key)) {
            issues.push({ path: [...pathOf(entry), key], code: 'forbidden_key', message: `the key ${JSON.stringify(key)} is not allowed anywhere (it could tamper with object prototypes)` });
            continue;
          }
          if (key.length > limits.maxStringLength) {
            issues.push({ path: pathOf(entry), code: 'string_too_long', message: `a key of ${key.length} characters; the limit is ${limits.maxStringLength}${hint('maxStringLength')}` });
            continue;
          }
          children.push({ value: undefined, key, parent: entry, depth: entry.depth + 1, into: copy });
        }
      }
    } catch {
      issues.push({ path: pathOf(entry), code: 'unreadable', message: UNREADABLE });
      continue;
    }
    // Each property is read once, here; the limits are then measured on what was read.
    let readable = true;
    for (const child of children) {
      try {
        child.value = (value as Record<string | number, unknown>)[child.key as string | number];
      } catch {
        issues.push({ path: pathOf(child), code: 'unreadable', message: UNREADABLE });
        readable = false;
      }
    }
    if (!readable) continue;
    place(entry, copy);
    nodes += children.length;
    // Reversed so that issues come out in document order.
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as Entry);
  }
  return { value: root['root'], issues };
}

const BAIL: unique symbol = Symbol('bail');

/**
 * The plain copy of `value`, or {@link BAIL} at the first thing {@link snapshotUntrusted}'s walk
 * would report. Recursion is bounded by `maxNesting`.
 */
function quickCopy(value: unknown, depth: number, limits: StructureLimits, budget: { nodes: number }): unknown {
  if (typeof value === 'string') return value.length > limits.maxStringLength ? BAIL : value;
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function') return BAIL;
    return Object.is(value, -0) ? 0 : value;
  }
  if (depth >= limits.maxNesting) return BAIL;
  if (Array.isArray(value)) {
    const length = value.length;
    if (length > limits.maxArrayLength || (budget.nodes += length) > limits.maxNodes) return BAIL;
    const copy = new Array<unknown>(length);
    for (let index = 0; index < length; index += 1) {
      const item = quickCopy(value[index], depth + 1, limits, budget);
      if (item === BAIL) return BAIL;
      copy[index] = item;
    }
    return copy;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return BAIL;
  const keys = Object.keys(value);
  if ((budget.nodes += keys.length) > limits.maxNodes) return BAIL;
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key) || key.length > limits.maxStringLength) return BAIL;
    const item = quickCopy((value as Record<string, unknown>)[key], depth + 1, limits, budget);
    if (item === BAIL) return BAIL;
    copy[key] = item;
  }
  return copy;
}

/**
 * The issues {@link snapshotUntrusted} finds, without keeping the copy. Prefer the snapshot:
 * checking the input and then reading it again trusts a getter or Proxy to answer the same twice.
 */
export function inspectStructure(input: unknown, limits: StructureLimits): Issue[] {
  return snapshotUntrusted(input, limits).issues;
}

/**
 * Runs a read of caller-supplied options, turning whatever a getter or Proxy trap throws into a
 * `ReturnLiabilityError` (`invalid_option` by default) that names what was read. Errors of this
 * library pass through unchanged.
 */
export function guarded<T>(what: string, read: () => T, code = 'invalid_option'): T {
  try {
    return read();
  } catch (error) {
    if (ReturnLiabilityError.is(error)) throw error;
    throw new ReturnLiabilityError(code, `${what} could not be read: a getter or Proxy trap threw`, { cause: error });
  }
}

/**
 * Reads an options object once: its own enumerable properties (never inherited ones), each read a
 * single time, into a fresh object. `undefined` gives `undefined`; anything but a plain object
 * ({@link plainKind}) is refused. With `strict`, a key not in `known` is refused too (a misspelt
 * limit must not be ignored). Every failure is a `ReturnLiabilityError` with code `invalid_option`.
 */
export function readOptionBag<K extends string>(
  value: unknown,
  name: string,
  known: readonly K[],
  strict = false,
): Partial<Record<K, unknown>> | undefined {
  if (value === undefined) return undefined;
  return guarded(name, () => {
    if (typeof value !== 'object' || value === null || plainKind(value) !== 'object') {
      throw new ReturnLiabilityError('invalid_option', `${name} must be a plain object${Array.isArray(value) ? ', not an array' : ''}`);
    }
    const out: Partial<Record<K, unknown>> = {};
    for (const key of Object.keys(value)) {
      if (!(known as readonly string[]).includes(key)) {
        if (strict) throw new ReturnLiabilityError('invalid_option', `${name}.${key} is not an option; expected one of ${known.join(', ')}`);
        continue;
      }
      out[key as K] = (value as Record<string, unknown>)[key];
    }
    return out;
  });
}

/** Reads an array option once into a fresh array (at most `max` entries), as {@link readOptionBag} reads objects. */
export function readOptionList(value: readonly unknown[], name: string, max = 1_000): unknown[] {
  return guarded(name, () => {
    const length = value.length;
    if (length > max) throw new ReturnLiabilityError('invalid_option', `${name} has ${length} entries; the limit is ${max}`);
    return Array.from({ length }, (_, index) => value[index]);
  });
}
