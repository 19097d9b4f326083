/** Pipeline step: the hit policy. The highest priority wins; tied top rules must agree on the outcome. */
import { NoRuleMatchedError, RuleConflictError } from '../errors.js';
import type { CompiledRuleSet, MatchResult } from './match.js';

/** What the hit policy makes of the matched rules. */
export type Verdict =
  | { readonly kind: 'winner'; readonly index: number }
  | { readonly kind: 'gap' }
  | { readonly kind: 'conflict'; readonly indexes: readonly number[]; readonly priority: number }
  /** A rule that could not be decided ranks at or above the best match: the outcome depends on an unknown fact. */
  | { readonly kind: 'undetermined' };

/** Applies the hit policy without throwing (the checker calls it for every point of a fact space). */
export function resolveWinner(compiled: CompiledRuleSet, match: MatchResult): Verdict {
  const rules = compiled.rules;
  let top = -Infinity;
  for (const index of match.matched) top = Math.max(top, rules[index]?.rule.priority ?? -Infinity);
  for (const index of match.undetermined) {
    if ((rules[index]?.rule.priority ?? -Infinity) >= top) return { kind: 'undetermined' };
  }
  if (match.matched.length === 0) return { kind: 'gap' };
  let first = -1;
  let conflicting: number[] | undefined;
  for (const index of match.matched) {
    if (rules[index]?.rule.priority !== top) continue;
    if (first < 0) first = index;
    else if (rules[index]?.outcomeKey !== rules[first]?.outcomeKey) (conflicting ??= [first]).push(index);
  }
  return conflicting === undefined ? { kind: 'winner', index: first } : { kind: 'conflict', indexes: conflicting, priority: top };
}

/**
 * Picks the winning rule.
 *
 * @param unknownErrors - why facts are unknown for this case; when a rule that could not be
 *   decided ranks at or above the best match (or nothing matched), the decision depends on that
 *   fact, and its error is thrown
 * @returns the index of the winning rule
 * @throws {RuleConflictError} tied top rules with different outcomes
 * @throws {NoRuleMatchedError} no rule matches
 */
export function pickWinner(compiled: CompiledRuleSet, match: MatchResult, caseId: string | undefined, unknownErrors: ReadonlyMap<string, unknown>): number {
  const verdict = resolveWinner(compiled, match);
  switch (verdict.kind) {
    case 'winner':
      return verdict.index;
    case 'gap':
      throw new NoRuleMatchedError(compiled.ruleSet.id, caseId);
    case 'conflict':
      throw new RuleConflictError(compiled.ruleSet.id, verdict.indexes.map((index) => compiled.rules[index]?.rule.name ?? ''), verdict.priority);
    case 'undetermined':
      throw unknownErrors.values().next().value;
  }
}
