import { parseReturnCase } from '../case/parse.js';
import type { ReturnCase } from '../case/schema.js';

/**
 * Overrides for {@link aReturnCase}: any part of a return case, at any depth. Objects are merged
 * into the defaults; arrays and other values replace them; `undefined` removes the key.
 */
export type CaseOverrides = DeepOverride<ReturnCase>;

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
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
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
  if (!isPlainObject(overrides)) throw new TypeError(`aReturnCase: overrides must be a plain object, got ${overrides === null ? 'null' : typeof overrides}`);
  return parseReturnCase(deepMerge(defaults(), overrides));
}
