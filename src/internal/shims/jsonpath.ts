/**
 * Stands in for `jsonpath-plus` when json-rules-engine is bundled (see
 * `scripts/slim-rules-engine.mjs`). json-rules-engine calls it only for conditions with a JSONPath
 * `path`, which `loadRuleSet` refuses (facts are flat, DESIGN §4), so it is never reached.
 */
export function JSONPath(): never {
  throw new Error('JSONPath "path" conditions are not supported: rule sets name flat facts directly');
}
