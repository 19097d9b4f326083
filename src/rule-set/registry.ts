/**
 * Which objects are loaded rule sets. Kept apart from the loader so that code that only reads rule
 * sets (the engine-free policy text, the precompiled built-in sets) does not bundle its validation.
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

/** Freezes an object graph in place. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A rule set from trusted build output: what `loadRuleSet` returned for a rule file at build time,
 * written out with its digest (`npm run schemas` writes the built-in sets so). It is frozen and
 * accepted as loaded without validating it again — never use it for JSON from elsewhere, which goes
 * through `loadRuleSet`.
 */
export function trustedRuleSet(ruleSet: RuleSet): RuleSet {
  deepFreeze(ruleSet);
  markLoaded(ruleSet);
  return ruleSet;
}
