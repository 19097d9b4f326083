// Helpers shared by the bench's parts: the rule sets, facts for the upstream engine, timing.

import { cnConsumerLaw, euConsumerRights, marketplaceStandard } from '../dist/rules.js';

/** The built-in rule sets, by id. */
export const RULE_SETS = { [marketplaceStandard.id]: marketplaceStandard, [cnConsumerLaw.id]: cnConsumerLaw, [euConsumerRights.id]: euConsumerRights };

/**
 * The facts upstream json-rules-engine needs for a case: every fact the rules name, with the value
 * decide() used, read off a full decision's trace (`trace[].conditions[].fact/actual`). The trace
 * lists every condition of every rule, so every named fact is there; with the default weekend
 * calendar no window is unknown, so every condition carries its `actual`.
 */
export function factsOf(decision) {
  const facts = {};
  for (const entry of decision.trace) {
    for (const condition of entry.conditions) {
      if (!('actual' in condition)) throw new Error(`fact ${condition.fact} has no value in the trace of rule ${entry.rule}`);
      facts[condition.fact] = condition.actual;
    }
  }
  return facts;
}

/** Indexes (rule-set order) of the rules an upstream `engine.run()` result matched; events carry `{ index }`. */
export function matchedIndexes(result) {
  return result.results.map((r) => r.event.params.index).sort((a, b) => a - b);
}

/** The hit policy on the engine's side: the highest priority wins; ties go to the first in rule-set order. */
export function winnerOf(ruleSet, matched) {
  let best = -1;
  for (const index of matched) if (best < 0 || ruleSet.rules[index].priority > ruleSet.rules[best].priority) best = index;
  return best;
}

export function median(values) {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** 1234567 → "1,234,567". */
export const thousands = (n) => n.toLocaleString('en-US');
