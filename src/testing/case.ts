import { parseReturnParcel, type ReturnParcel } from '../case/parcel.js';
import { CASE_LIMITS, parseReturnCase } from '../case/parse.js';
import type { ReturnCase } from '../case/schema.js';
import { ReturnCaseError } from '../errors.js';
import { snapshotUntrusted } from '../internal/untrusted.js';

/**
 * Overrides for {@link aReturnCase}: any part of a return case, at any depth. Objects are merged
 * into the defaults; arrays and other values replace them; `undefined` removes the key.
 */
export type CaseOverrides = DeepOverride<ReturnCase>;

/**
 * Overrides for {@link aReturnParcel}: any part of a parcel, at any depth, merged like
 * {@link CaseOverrides}. `items` is an array, so it replaces the default items whole.
 */
export type ParcelOverrides = DeepOverride<ReturnParcel>;

type DeepOverride<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepOverride<Exclude<T[K], undefined>> | undefined }
    : T;

/** The default case: a buyer who changed their mind, USD 10.00 return shipping, three days after delivery. */
function defaults(): Record<string, unknown> {
  return {
    reason: 'changed_mind',
    costs: { returnShipping: { amount: 1000, currency: 'USD' } },
    dates: { deliveredAt: '2026-03-02T10:00:00Z', requestedAt: '2026-03-05T10:00:00Z' },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The overrides, read once into a copy of plain data (the case limits apply), so that a getter or
 * Proxy trap is read once and whatever it throws is a `ReturnCaseError` with its path.
 */
function readOverrides(overrides: unknown, helper: string): Record<string, unknown> {
  const snapshot = snapshotUntrusted(overrides, CASE_LIMITS);
  if (snapshot.issues.length > 0) throw new ReturnCaseError(snapshot.issues);
  const copy = snapshot.value;
  if (!isPlainObject(copy)) {
    const got = copy === null ? 'null' : Array.isArray(copy) ? 'an array' : typeof copy;
    throw new ReturnCaseError([{ path: [], code: 'invalid_type', message: `${helper}: overrides must be a plain object, got ${got}` }]);
  }
  return copy;
}

/**
 * Merges `override` into a copy of `base`. Keys are defined, not assigned, so a `__proto__` key in
 * an override stays an ordinary key (which `parseReturnCase` then refuses) instead of replacing a
 * prototype.
 */
export function deepMerge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(override)) {
    const value = override[key];
    if (value === undefined) {
      delete merged[key];
      continue;
    }
    const current = Object.hasOwn(merged, key) ? merged[key] : undefined;
    const next = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
    Object.defineProperty(merged, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

/**
 * A valid {@link ReturnCase} for tests: the buyer changed their mind, return shipping is USD 10.00
 * (1000 minor units), the parcel was delivered on 2026-03-02 and the return requested three days
 * later. Overrides are deep-merged (arrays are replaced, not merged; `undefined` removes a key) and
 * the result is validated, so a test cannot build a case the library would refuse.
 *
 * @param overrides - the parts that matter to the test
 * @returns a new, validated case
 * @throws {ReturnCaseError} when the overrides make the case invalid
 * @example
 * aReturnCase({ reason: 'quality_defect', findings: { qualityDefect: true } });
 * aReturnCase({ costs: { returnShipping: { amount: 1500, currency: 'EUR' } }, jurisdiction: 'DE' });
 * aReturnCase({ dates: { requestedAt: '2026-03-30T10:00:00Z' } }); // 28 days after delivery
 */
export function aReturnCase(overrides: CaseOverrides = {}): ReturnCase {
  return parseReturnCase(deepMerge(defaults(), readOverrides(overrides, 'aReturnCase')));
}

/**
 * The default parcel: the {@link aReturnCase} defaults (USD 10.00 label, requested three days after
 * delivery) with two items instead of a reason — a kettle with a confirmed defect (USD 40.00) and a
 * mug set the buyer changed their mind about (USD 10.00).
 */
function parcelDefaults(): Record<string, unknown> {
  const { reason: _reason, ...shared } = defaults();
  return {
    ...shared,
    items: [
      { id: 'kettle', reason: 'quality_defect', findings: { qualityDefect: true }, item: { price: { amount: 4000, currency: 'USD' } } },
      { id: 'mug-set', reason: 'changed_mind', item: { price: { amount: 1000, currency: 'USD' } } },
    ],
  };
}

/**
 * A valid {@link ReturnParcel} for tests: two items of one order returned with one label of USD
 * 10.00 (1000 minor units), delivered on 2026-03-02 and requested three days later —
 *
 * - `kettle`: `quality_defect` with `findings: { qualityDefect: true }`, price USD 40.00;
 * - `mug-set`: `changed_mind`, price USD 10.00.
 *
 * Under `marketplaceStandard` (label split `seller_fault_carries`) the kettle carries the whole
 * label and the seller pays 1000; under a `by_value` split the seller pays 800 and the buyer 200.
 * Overrides are deep-merged as for {@link aReturnCase} (objects merged, arrays replaced,
 * `undefined` removes a key); `items` is an array, so it replaces both items whole. The result is
 * validated with `parseReturnParcel`.
 *
 * @param overrides - the parts that matter to the test
 * @returns a new, validated parcel
 * @throws {ReturnCaseError} when the overrides make the parcel invalid, with paths such as
 *   `items[1].reason`
 * @throws {ReturnCaseError} `invalid_type` when `overrides` is not a plain object
 * @example
 * aReturnParcel({ id: 'P-7' });
 * aReturnParcel({ items: [{ id: 'shoes', reason: 'does_not_fit' }, { id: 'belt', reason: 'wrong_item' }] });
 * aReturnParcel({ costs: { returnShipping: { amount: 1500 } }, seller: { freeReturns: true } });
 */
export function aReturnParcel(overrides: ParcelOverrides = {}): ReturnParcel {
  return parseReturnParcel(deepMerge(parcelDefaults(), readOverrides(overrides, 'aReturnParcel')));
}
