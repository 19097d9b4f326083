/**
 * Stands in for `hash-it` when json-rules-engine is bundled (see `scripts/slim-rules-engine.mjs`).
 * json-rules-engine turns `{ id, params }` of each fact into a key of its fact-value cache. This
 * library's facts are flat JSON values without params, for which the canonical JSON text (RFC 8785,
 * already bundled for rule-set digests) is an exact key: equal for equal values, different otherwise.
 */
import canonicalize from 'canonicalize';

/** The cache key of a fact: its canonical JSON text. */
export default function hash(value: unknown): string {
  return canonicalize(value) ?? 'undefined';
}
