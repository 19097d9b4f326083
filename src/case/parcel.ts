/**
 * A return parcel: several items of one order sent back together with one label. Each item is
 * validated as the one-item case it stands for — the parcel's fields with the item's reason,
 * findings, item, resolution and inspection — so every rule about a case applies to it, and its
 * errors carry the item's path (`items[2].reason`).
 */
import { ReturnCaseError, type Issue } from '../errors.js';
import { snapshotUntrusted, type StructureLimits } from '../internal/untrusted.js';
import { parseReturnCase } from './parse.js';
import type { ReturnCase } from './schema.js';

/** The fields of a case that belong to each item of a parcel. */
export const ITEM_FIELDS = ['reason', 'findings', 'item', 'resolution', 'inspection'] as const;
type ItemField = (typeof ITEM_FIELDS)[number];

/** Most items in one parcel. */
export const MAX_PARCEL_ITEMS = 100;

/** One item of a parcel, as given. */
export interface ParcelItem {
  /** Unique within the parcel; decisions name the item by it. */
  id: string;
  reason: ReturnCase['reason'];
  findings?: ReturnCase['findings'];
  item?: ReturnCase['item'];
  resolution?: ReturnCase['resolution'];
  inspection?: ReturnCase['inspection'];
  /** Weight of the item line in grams (all its units), for the `by_weight` label split; a positive integer. */
  weightGrams?: number;
}

/** Several items returned in one parcel with one label (`costs.returnShipping`). */
export type ReturnParcel = Omit<ReturnCase, ItemField> & { items: ParcelItem[] };

/** A validated parcel: its items, each with the one-item case it stands for. */
export interface ParsedParcel {
  readonly parcel: ReturnParcel;
  readonly items: ReadonlyArray<{ readonly id: string; readonly weightGrams: number | undefined; readonly case: ReturnCase }>;
}

/** Bounds on the raw parcel, checked first: a hundred items of the largest valid cases fit well inside. */
export const PARCEL_LIMITS: StructureLimits = Object.freeze({ maxStringLength: 1_000, maxArrayLength: 1_000, maxNodes: 200_000, maxNesting: 16 });

const ITEM_KEYS: ReadonlySet<string> = new Set([...ITEM_FIELDS, 'id', 'weightGrams']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the items of a parcel are not allowed to be, before each is validated as a case. */
function shapeIssues(input: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const items = input['items'];
  if (!Array.isArray(items)) {
    issues.push({ path: ['items'], code: 'invalid_type', message: 'required; expected an array of 1 to 100 items, each { id, reason, … }' });
    return issues;
  }
  if (items.length === 0) issues.push({ path: ['items'], code: 'too_small', message: 'a parcel has at least one item' });
  if (items.length > MAX_PARCEL_ITEMS) issues.push({ path: ['items'], code: 'too_big', message: `a parcel has at most ${MAX_PARCEL_ITEMS} items; got ${items.length}` });
  for (const field of ITEM_FIELDS) {
    if (Object.hasOwn(input, field)) issues.push({ path: [field], code: 'unrecognized_keys', message: `"${field}" belongs to each item of a parcel (items[i].${field}), not to the parcel` });
  }
  const seen = new Map<string, number>();
  items.forEach((item: unknown, index) => {
    if (!isPlainObject(item)) {
      issues.push({ path: ['items', index], code: 'invalid_type', message: 'expected an item object { id, reason, … }' });
      return;
    }
    for (const key of Object.keys(item)) {
      if (!ITEM_KEYS.has(key)) {
        issues.push({ path: ['items', index, key], code: 'unrecognized_keys', message: `unknown key ${JSON.stringify(key)} in a parcel item; expected ${[...ITEM_KEYS].join(', ')}` });
      }
    }
    const id = item['id'];
    if (typeof id !== 'string' || id.length === 0 || id.length > 200) {
      issues.push({ path: ['items', index, 'id'], code: 'invalid_type', message: 'required; expected a string of 1 to 200 characters naming the item' });
    } else {
      const first = seen.get(id);
      if (first !== undefined) issues.push({ path: ['items', index, 'id'], code: 'duplicate_item_id', message: `item id ${JSON.stringify(id)} is already used by items[${first}]` });
      else seen.set(id, index);
    }
    const weight = item['weightGrams'];
    if (weight !== undefined && !(Number.isSafeInteger(weight) && (weight as number) > 0)) {
      issues.push({ path: ['items', index, 'weightGrams'], code: 'invalid_weight', message: `expected a positive whole number of grams, got ${JSON.stringify(weight) ?? String(weight)}` });
    }
  });
  return issues;
}

/** A path of a one-item case's issue, as a path into the parcel. */
function parcelPath(path: readonly (string | number)[], index: number): (string | number)[] {
  const head = path[0];
  return typeof head === 'string' && (ITEM_FIELDS as readonly string[]).includes(head) ? ['items', index, ...path] : [...path];
}

/**
 * Validates unknown input as a {@link ReturnParcel}.
 *
 * @param input - parsed JSON or an object literal
 * @returns a new, validated parcel (the input is not modified)
 * @throws {ReturnCaseError} listing every problem with its path: no items or more than 100, an item
 *   that is not an object, an unknown key, a missing or duplicate `id`, a `weightGrams` that is not a
 *   positive integer, a per-item field given at the parcel level, and everything {@link parseReturnCase}
 *   finds in an item's case
 * @example
 * const parcel = parseReturnParcel({
 *   costs: { returnShipping: money('9.80', 'USD') },
 *   dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' },
 *   items: [{ id: 'kettle', reason: 'quality_defect' }, { id: 'mug-set', reason: 'changed_mind' }],
 * });
 */
export function parseReturnParcel(input: unknown): ReturnParcel {
  return parseParcelItems(input).parcel;
}

/**
 * Validates unknown input as a {@link ReturnParcel}, keeping each item's one-item case.
 *
 * @returns the parcel and, per item in input order, the one-item case it stands for
 * @throws {ReturnCaseError} listing every problem with its path: no items or more than 100, an item
 *   that is not an object, an unknown key, a missing or duplicate `id`, a `weightGrams` that is not a
 *   positive integer, a per-item field given at the parcel level, and everything `parseReturnCase`
 *   finds in an item's case (at `items[i].…` for the item's own fields; a parcel field is reported once)
 */
export function parseParcelItems(untrusted: unknown): ParsedParcel {
  // Read once into a copy of plain data; forbidden keys, oversized or non-plain input are refused.
  const snapshot = snapshotUntrusted(untrusted, PARCEL_LIMITS);
  if (snapshot.issues.length > 0) throw new ReturnCaseError(snapshot.issues);
  const input = snapshot.value;
  if (!isPlainObject(input)) {
    throw new ReturnCaseError([{ path: [], code: 'invalid_type', message: 'expected a parcel object { items: [...], costs, dates, … }' }]);
  }
  const issues = shapeIssues(input);
  const rawItems = Array.isArray(input['items']) ? (input['items'] as unknown[]) : [];
  const shared: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (key !== 'items' && !(ITEM_FIELDS as readonly string[]).includes(key)) shared[key] = value;

  const items: Array<{ id: string; weightGrams: number | undefined; case: ReturnCase }> = [];
  const reported = new Set<string>();
  rawItems.slice(0, MAX_PARCEL_ITEMS).forEach((raw, index) => {
    if (!isPlainObject(raw)) return;
    const candidate: Record<string, unknown> = { ...shared };
    for (const field of ITEM_FIELDS) if (Object.hasOwn(raw, field)) candidate[field] = raw[field];
    try {
      items.push({ id: String(raw['id']), weightGrams: raw['weightGrams'] as number | undefined, case: parseReturnCase(candidate) });
    } catch (error) {
      if (!ReturnCaseError.is(error)) throw error;
      for (const issue of error.issues) {
        const path = parcelPath(issue.path, index);
        // A problem with a parcel field shows up in every item's case: report it once.
        const key = `${JSON.stringify(path)}\u0000${issue.code}`;
        if (path[0] !== 'items' && reported.has(key)) continue;
        reported.add(key);
        issues.push({ path, code: issue.code, message: issue.message });
      }
    }
  });
  if (issues.length > 0) throw new ReturnCaseError(issues);
  const parcel = { ...(items[0]?.case ?? {}) } as Record<string, unknown>;
  for (const field of ITEM_FIELDS) delete parcel[field];
  parcel['items'] = items.map((item) => {
    const out: Record<string, unknown> = { id: item.id };
    for (const field of ITEM_FIELDS) if (item.case[field] !== undefined) out[field] = item.case[field];
    if (item.weightGrams !== undefined) out['weightGrams'] = item.weightGrams;
    return out;
  });
  return { parcel: parcel as ReturnParcel, items };
}
