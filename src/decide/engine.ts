import { Engine, type RuleResult, type RuleProperties } from 'json-rules-engine';
import type { Facts } from '../case/facts.js';
import type { RuleSet } from '../rule-set/load.js';
import type { Condition } from '../rule-set/schema.js';
import type { TraceCondition, TraceEntry } from './types.js';

/** The json-rules-engine rule for a rule-set rule; the event carries only the rule's index. */
function toEngineRules(ruleSet: RuleSet): RuleProperties[] {
  return ruleSet.rules.map((rule, index) => ({
    name: rule.name,
    priority: rule.priority,
    // json-rules-engine annotates the condition objects it is given; hand it a private copy.
    conditions: structuredClone(rule.conditions) as RuleProperties['conditions'],
    event: { type: rule.event.type, params: { index } },
  }));
}

/** Builds the engine for a rule set once; it is reused for every case. */
function buildEngine(ruleSet: RuleSet): Engine {
  return new Engine(toEngineRules(ruleSet), { allowUndefinedFacts: false });
}

/** The facts a rule set's conditions name; only these are handed to the engine. */
export function referencedFacts(ruleSet: RuleSet): string[] {
  const names = new Set<string>();
  const visit = (node: Condition): void => {
    if ('all' in node) node.all.forEach(visit);
    else if ('any' in node) node.any.forEach(visit);
    else if ('not' in node) visit(node.not);
    else names.add(node.fact);
  };
  for (const rule of ruleSet.rules) visit(rule.conditions as Condition);
  return [...names];
}

/**
 * Engines for one rule set, handed out one run at a time. json-rules-engine keeps one `status` per
 * Engine: the first run to finish sets it to "finished", and every other run of that engine still in
 * progress then skips its remaining rules. So concurrent decide() calls each take an idle engine;
 * a second engine is built only when one is busy, up to `maxEngines`, after which calls wait their
 * turn. Sequential use only ever touches the first engine, built with the evaluator.
 */
export class EnginePool {
  private readonly idle: Engine[];
  private readonly waiting: Array<(engine: Engine) => void> = [];
  private size = 1;

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly maxEngines = 8,
  ) {
    this.idle = [buildEngine(ruleSet)];
  }

  /** Runs `use` with an engine that no other run is using. */
  async use<T>(use: (engine: Engine) => Promise<T>): Promise<T> {
    let engine = this.idle.pop();
    if (engine === undefined) {
      if (this.size < this.maxEngines) {
        this.size += 1;
        engine = buildEngine(this.ruleSet);
      } else {
        engine = await new Promise<Engine>((resolve) => this.waiting.push(resolve));
      }
    }
    try {
      return await use(engine);
    } finally {
      const next = this.waiting.shift();
      if (next === undefined) this.idle.push(engine);
      else next(engine);
    }
  }
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

/**
 * Runs the engine on the facts of one case.
 * @param factNames - the facts the rules reference (see {@link referencedFacts}); the engine gets only these
 */
export async function runEngine(engines: EnginePool, ruleSet: RuleSet, facts: Facts, factNames: readonly string[]): Promise<EngineOutcome> {
  const all = facts as unknown as Record<string, unknown>;
  const runtimeFacts: Record<string, unknown> = {};
  for (const name of factNames) runtimeFacts[name] = all[name];
  const { results, failureResults } = await engines.use((engine) => engine.run(runtimeFacts));
  // Rule results carry the rule's index in the event params (see toEngineRules).
  const byIndex: (RuleResult | undefined)[] = new Array(ruleSet.rules.length);
  for (const result of results) byIndex[result.event?.params?.['index'] as number] = result;
  for (const result of failureResults) byIndex[result.event?.params?.['index'] as number] = result;
  const matched: number[] = [];
  const trace: TraceEntry[] = [];
  ruleSet.rules.forEach((rule, index) => {
    const result = byIndex[index];
    const isMatch = result?.result === true;
    if (isMatch) matched.push(index);
    const conditions: TraceCondition[] = [];
    flatten((result?.conditions ?? rule.conditions) as EvaluatedNode, facts, conditions);
    trace.push({ rule: rule.name, priority: rule.priority, matched: isMatch, conditions });
  });
  return { matched, trace };
}
