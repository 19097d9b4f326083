/**
 * Stands in for `clone` when json-rules-engine is bundled (see `scripts/slim-rules-engine.mjs`).
 * The engine clones each rule's condition tree and event for every run (its RuleResult). Those are
 * JSON values and the engine's own Condition objects — no cycles, dates, maps or buffers — so a
 * structural copy that keeps each object's prototype is an exact replacement, and much faster than
 * the general-purpose package (which tracks visited objects to handle cycles).
 */
export default function clone<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(clone) as T;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = clone((value as Record<string, unknown>)[key]);
  return copy as T;
}
