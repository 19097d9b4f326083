/**
 * Stands in for `hash-it` when json-rules-engine is bundled (see `scripts/slim-rules-engine.mjs`).
 * json-rules-engine turns `{ params, id }` of each fact into a key of its fact-value cache. The engine
 * builds that object the same way every time and this library's facts take no params, so its JSON
 * text is an exact key — equal for the same fact, different otherwise — and cheap to compute.
 */
export default function hash(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}
