/**
 * Which objects are loaded rule sets. Kept apart from the loader so that code that only reads rule
 * sets (the engine-free policy text) can check one without bundling the loader's validation.
 */
import type { RuleSet } from './load.js';

const loaded = new WeakSet<object>();

/** Records a rule set the loader has validated and frozen. */
export function markLoaded(ruleSet: RuleSet): void {
  loaded.add(ruleSet);
}

/**
 * Was `value` returned by `loadRuleSet` (or imported from `return-liability/rules`)? Only such rule
 * sets are accepted by `createEvaluator`, `describePolicy` and `checkRuleSet`: a look-alike object
 * has never been validated.
 */
export function isRuleSet(value: unknown): value is RuleSet {
  return typeof value === 'object' && value !== null && loaded.has(value);
}
