/** Pipeline step: the explanation — the decision text in the buyer's language and the rule-by-rule trace. */
import type { FactValues } from '../conditions/compile.js';
import { UNKNOWN } from '../facts/table.js';
import type { TraceCondition, TraceEntry } from '../model/decision.js';
import type { CompiledRuleSet } from './match.js';

export { decisionText } from '../text/decision-text.js';

const copy = (value: unknown) => (Array.isArray(value) ? [...value] : value);

/**
 * The trace: every rule in rule-set order with each of its conditions, depth first, as evaluated on
 * the case. A condition's `result` is its own, before an enclosing `not`; a condition on an unknown
 * fact is `'not_evaluated'`, and a rule that could therefore not be decided is `undetermined`.
 */
export function traceOf(compiled: CompiledRuleSet, facts: FactValues): TraceEntry[] {
  return compiled.rules.map(({ rule, test, leaves }) => {
    const conditions: TraceCondition[] = leaves.map(({ condition, test: leafTest }) => {
      const actual = facts[condition.fact];
      if (actual === UNKNOWN) return { fact: condition.fact, operator: condition.operator, expected: copy(condition.value), result: 'not_evaluated' };
      return { fact: condition.fact, operator: condition.operator, expected: copy(condition.value), actual: copy(actual), result: leafTest(facts) === true };
    });
    const result = test(facts);
    const entry: TraceEntry = { rule: rule.name, priority: rule.priority, matched: result === true, conditions };
    if (result === undefined) entry.undetermined = true;
    return entry;
  });
}
