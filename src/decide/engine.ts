import { Engine, type RuleResult, type RuleProperties } from 'json-rules-engine';
import type { Facts } from '../case/facts.js';
import type { RuleSet } from '../rule-set/load.js';
import type { Condition } from '../rule-set/schema.js';
import type { TraceCondition, TraceEntry } from './types.js';

/** The json-rules-engine rule for a rule-set rule; the event carries only the rule's index. */
export function toEngineRules(ruleSet: RuleSet): RuleProperties[] {
  return ruleSet.rules.map((rule, index) => ({
    name: rule.name,
    priority: rule.priority,
    // json-rules-engine annotates the condition objects it is given; hand it a private copy.
    conditions: structuredClone(rule.conditions) as RuleProperties['conditions'],
    event: { type: rule.event.type, params: { index } },
  }));
}

/** Builds the engine for a rule set once; it is reused for every case. */
export function buildEngine(ruleSet: RuleSet): Engine {
  return new Engine(toEngineRules(ruleSet), { allowUndefinedFacts: false });
}

/** Which rules matched, by index, and the trace of every rule in rule-set order. */
export interface EngineOutcome {
  matched: number[];
  trace: TraceEntry[];
}

interface EvaluatedNode {
  all?: EvaluatedNode[];
  any?: EvaluatedNode[];
  not?: EvaluatedNode;
  fact?: string;
  operator?: string;
  value?: unknown;
  result?: boolean;
  factResult?: unknown;
}

function flatten(node: EvaluatedNode | undefined, facts: Facts, into: TraceCondition[]): void {
  if (node === undefined) return;
  if (node.all !== undefined) for (const child of node.all) flatten(child, facts, into);
  else if (node.any !== undefined) for (const child of node.any) flatten(child, facts, into);
  else if (node.not !== undefined) flatten(node.not, facts, into);
  else if (node.fact !== undefined) {
    const evaluated = typeof node.result === 'boolean';
    into.push({
      fact: node.fact,
      operator: node.operator ?? '',
      expected: node.value,
      actual: evaluated ? node.factResult : (facts as unknown as Record<string, unknown>)[node.fact],
      result: evaluated ? (node.result as boolean) : 'not_evaluated',
    });
  }
}

/** Runs the engine on the facts of one case. */
export async function runEngine(engine: Engine, ruleSet: RuleSet, facts: Facts): Promise<EngineOutcome> {
  const { results, failureResults } = await engine.run(facts as unknown as Record<string, unknown>);
  const byName = new Map<string, RuleResult>();
  for (const result of results) byName.set(result.name, result);
  for (const result of failureResults) byName.set(result.name, result);
  const matched: number[] = [];
  const trace = ruleSet.rules.map((rule, index): TraceEntry => {
    const result = byName.get(rule.name);
    const isMatch = result?.result === true;
    if (isMatch) matched.push(index);
    const conditions: TraceCondition[] = [];
    flatten((result?.conditions ?? (rule.conditions as Condition)) as EvaluatedNode, facts, conditions);
    return { rule: rule.name, priority: rule.priority, matched: isMatch, conditions };
  });
  return { matched, trace };
}
