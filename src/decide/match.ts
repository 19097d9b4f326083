/**
 * Pipeline step: which rules match. Every rule's conditions are compiled once per rule set (and
 * shared by every evaluator and the checker), then run as plain closures on a case's facts.
 */
import { compileConditions, type CompiledLeaf, type FactValues, type Test } from '../conditions/compile.js';
import { leavesOf } from '../conditions/grammar.js';
import { WINDOW_FACT_PREFIX } from '../facts/table.js';
import type { RuleSet } from '../rule-set/load.js';
import type { RuleDefinition } from '../rule-set/schema.js';

/** One rule, compiled. */
export interface CompiledRule {
  readonly index: number;
  readonly rule: Readonly<RuleDefinition>;
  readonly test: Test;
  readonly leaves: readonly CompiledLeaf[];
  /** The parts of the event that decide money; rules that agree on these do not conflict. */
  readonly outcomeKey: string;
}

/** A rule set's rules, compiled. */
export interface CompiledRuleSet {
  readonly ruleSet: RuleSet;
  readonly rules: readonly CompiledRule[];
  /** The facts the conditions name, in order of first use. */
  readonly factNames: readonly string[];
  /** Rules grouped by priority, highest first; rule-set order within a group. */
  readonly levels: readonly (readonly CompiledRule[])[];
}

/** Which rules matched, and which could not be decided because a fact they need is unknown. */
export interface MatchResult {
  /** Indexes of matching rules (with `all: false`, only those at the highest matching priority). */
  readonly matched: readonly number[];
  /** Indexes of rules whose result is unknown (with `all: false`, only those at or above the highest match). */
  readonly undetermined: readonly number[];
}

function outcomeKey(rule: Readonly<RuleDefinition>): string {
  const sorted = (map: object | undefined): unknown =>
    map === undefined ? null : Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, typeof v === 'object' && v !== null ? sorted(v) : v]);
  const event = rule.event;
  if (event.type === 'not_returnable') return JSON.stringify(['not_returnable', event.params.code]);
  if (event.type === 'returnless') return JSON.stringify(['returnless', event.params.code, event.params.outbound ?? null]);
  const e = event.params;
  return JSON.stringify([
    'liability', e.code, sorted(e.shares), sorted(e.replacementShares), e.outbound ?? null, e.negotiation, e.coverage,
    sorted(e.caps), sorted(e.fees), e.diminishedValue ?? 'waive',
  ]);
}

const compiledSets = new WeakMap<RuleSet, CompiledRuleSet>();

/** The compiled rules of a loaded rule set, compiled on first use. */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  let compiled = compiledSets.get(ruleSet);
  if (compiled !== undefined) return compiled;
  // Only window facts can be unknown (a calendar that cannot answer); only their leaves check for it.
  const mayBeUnknown = (fact: string) => fact.startsWith(WINDOW_FACT_PREFIX);
  const factNames: string[] = [];
  const rules = ruleSet.rules.map((rule, index) => {
    for (const leaf of leavesOf(rule.conditions)) if (!factNames.includes(leaf.fact)) factNames.push(leaf.fact);
    const { test, leaves } = compileConditions(rule.conditions, mayBeUnknown);
    return { index, rule, test, leaves, outcomeKey: outcomeKey(rule) };
  });
  const priorities = [...new Set(ruleSet.rules.map((rule) => rule.priority))].sort((a, b) => b - a);
  const levels = priorities.map((priority) => rules.filter((rule) => rule.rule.priority === priority));
  compiled = { ruleSet, rules, factNames, levels };
  compiledSets.set(ruleSet, compiled);
  return compiled;
}

/**
 * Runs the compiled rules on a case's facts.
 *
 * @param all - evaluate every rule (for the trace and the checker); otherwise stop after the
 *   highest priority at which a rule matches, since no lower rule can change the outcome
 */
export function matchRules(compiled: CompiledRuleSet, facts: FactValues, all: boolean): MatchResult {
  const matched: number[] = [];
  const undetermined: number[] = [];
  if (all) {
    for (const rule of compiled.rules) {
      const result = rule.test(facts);
      if (result === true) matched.push(rule.index);
      else if (result === undefined) undetermined.push(rule.index);
    }
    return { matched, undetermined };
  }
  for (const level of compiled.levels) {
    for (const rule of level) {
      const result = rule.test(facts);
      if (result === true) matched.push(rule.index);
      else if (result === undefined) undetermined.push(rule.index);
    }
    if (matched.length > 0) break;
  }
  return { matched, undetermined };
}
