import type { Issue } from '../errors.js';

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

interface Entry {
  value: unknown;
  key: string | number | undefined;
  parent: Entry | undefined;
  depth: number;
}

function pathOf(entry: Entry | undefined): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at = entry; at !== undefined && at.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The common case, checked without allocating: is the value free of forbidden keys and inside the
 * limits? Recursion stops at `maxNesting`, so hostile nesting cannot overflow the stack here either.
 */
function isClean(value: unknown, limits: StructureLimits, depth: number, budget: { nodes: number }): boolean {
  if (typeof value === 'string') return value.length <= limits.maxStringLength;
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) {
    if (depth >= limits.maxNesting || limits.topLevelArrays !== undefined || value.length > limits.maxArrayLength) return false;
    if ((budget.nodes -= value.length) < 0) return false;
    for (const child of value) if (!isClean(child, limits, depth + 1, budget)) return false;
    return true;
  }
  if (!isPlainObject(value)) return true;
  if (depth >= limits.maxNesting) return false;
  const keys = Object.keys(value);
  if ((budget.nodes -= keys.length) < 0) return false;
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key) || key.length > limits.maxStringLength) return false;
    if (!isClean((value as Record<string, unknown>)[key], limits, depth + 1, budget)) return false;
  }
  return true;
}

/**
 * Walks an untrusted value before any schema does and reports forbidden keys and values beyond
 * the limits, each with its path. The walk is iterative, so hostile nesting cannot overflow the
 * stack, and it stops at the first value past `maxNodes`, so its cost is bounded by the limits
 * rather than by the input. Only plain objects and arrays are entered; anything else is left for
 * the schema to reject.
 */
export function inspectStructure(input: unknown, limits: StructureLimits): Issue[] {
  if (isClean(input, limits, 0, { nodes: limits.maxNodes - 1 })) return [];
  // Something is off: walk again, iteratively, to report every problem with its path.
  const issues: Issue[] = [];
  const hint = (name: keyof NonNullable<StructureLimits['hints']>) => limits.hints?.[name] ?? '';
  const stack: Entry[] = [{ value: input, key: undefined, parent: undefined, depth: 0 }];
  // Values are counted when they are found, before they are visited, so a huge object or array
  // is refused without walking it.
  let nodes = 1;
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    const { value } = entry;
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        issues.push({ path: pathOf(entry), code: 'string_too_long', message: `a string of ${value.length} characters; the limit is ${limits.maxStringLength}${hint('maxStringLength')}` });
      }
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (!Array.isArray(value) && !isPlainObject(value)) continue;
    if (entry.depth >= limits.maxNesting) {
      issues.push({ path: pathOf(entry), code: 'too_deep', message: `objects and arrays nest deeper than ${limits.maxNesting} levels${hint('maxNesting')}` });
      continue;
    }
    let keys: string[] = [];
    if (Array.isArray(value)) {
      const overrides = limits.topLevelArrays;
      const special = entry.depth === 1 && typeof entry.key === 'string' && overrides !== undefined && Object.hasOwn(overrides, entry.key) ? overrides[entry.key] : undefined;
      const max = special?.max ?? limits.maxArrayLength;
      if (value.length > max) {
        issues.push(special === undefined
          ? { path: pathOf(entry), code: 'array_too_long', message: `an array of ${value.length} entries; the limit is ${max}${hint('maxArrayLength')}` }
          : { path: pathOf(entry), code: special.code, message: `${value.length} ${special.noun}; the limit is ${max}${special.hint}` });
        continue;
      }
    } else {
      keys = Object.keys(value);
    }
    if (nodes + (Array.isArray(value) ? value.length : keys.length) > limits.maxNodes) {
      issues.push({ path: [], code: 'too_large', message: `the input has more than ${limits.maxNodes} values${hint('maxNodes')}` });
      break;
    }
    const children: Entry[] = [];
    if (Array.isArray(value)) {
      value.forEach((child: unknown, index) => children.push({ value: child, key: index, parent: entry, depth: entry.depth + 1 }));
    } else {
      for (const key of keys) {
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({ path: [...pathOf(entry), key], code: 'forbidden_key', message: `the key ${JSON.stringify(key)} is not allowed anywhere (it could tamper with object prototypes)` });
          continue;
        }
        if (key.length > limits.maxStringLength) {
          issues.push({ path: pathOf(entry), code: 'string_too_long', message: `a key of ${key.length} characters; the limit is ${limits.maxStringLength}${hint('maxStringLength')}` });
          continue;
        }
        children.push({ value: (value as Record<string, unknown>)[key], key, parent: entry, depth: entry.depth + 1 });
      }
    }
    nodes += children.length;
    // Reversed so that issues come out in document order.
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as Entry);
  }
  return issues;
}
