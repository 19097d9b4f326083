/**
 * `return-liability/json-rules-engine`: deciding through upstream json-rules-engine, the reference
 * for what a rule means. Rule files are json-rules-engine's condition format and run unmodified in
 * it; this entry matches rules with an upstream `Engine` and shares every other step (facts, hit
 * policy, money, text) with `createEvaluator`, so the two give identical decisions. It is slower and
 * asynchronous — use it to test, not to serve.
 *
 * json-rules-engine 7.3.x is an optional peer dependency: install it to use this entry.
 *
 * @packageDocumentation
 */
import { Engine, type RuleProperties, type RuleResult } from 'json-rules-engine';
import { parseReturnCase } from './case/parse.js';
import type { FactValues } from './conditions/compile.js';
import type { Deliberation, Deliberator } from './decide/deliberate.js';
import { type DecideOptions, type EvaluatorOptions, prepareDeliberators, readOptions, type SafeDecision, wrap } from './decide/evaluator.js';
import { parseParcelItems, type ParsedParcel } from './case/parcel.js';
import { applyFloors, applyParcelFloors } from './decide/floor.js';
import { deliberateParcel, type ItemMatch, itemCase } from './decide/parcel.js';
import type { MatchResult } from './decide/match.js';
import type { Decision, ParcelDecision, TraceCondition, TraceEntry, UnexplainedDecision, UnexplainedParcelDecision } from './model/decision.js';
import type { RuleSet } from './rule-set/load.js';

/** Decides return cases through upstream json-rules-engine; the same decisions as `createEvaluator`, asynchronously. */
export interface ReferenceEvaluator {
  readonly ruleSet: RuleSet;
  /** As `Evaluator.decide`, through json-rules-engine. */
  decide(input: unknown, options?: DecideOptions & { explain?: true }): Promise<Decision>;
  decide(input: unknown, options: DecideOptions & { explain: false }): Promise<UnexplainedDecision>;
  decide(input: unknown, options?: DecideOptions): Promise<Decision | UnexplainedDecision>;
  /** As `Evaluator.safeDecide`, through json-rules-engine. */
  safeDecide(input: unknown, options?: DecideOptions): Promise<SafeDecision<Decision | UnexplainedDecision>>;
  /** As `Evaluator.decideParcel`, each item matched through json-rules-engine. */
  decideParcel(input: unknown, options?: DecideOptions & { explain?: true }): Promise<ParcelDecision>;
  decideParcel(input: unknown, options: DecideOptions & { explain: false }): Promise<UnexplainedParcelDecision>;
  decideParcel(input: unknown, options?: DecideOptions): Promise<ParcelDecision | UnexplainedParcelDecision>;
}

/** What one json-rules-engine run gave: the matching rules by index, and the trace. */
export interface EngineRun {
  matched: number[];
  trace: TraceEntry[];
}

/** The json-rules-engine rules of a rule set; each event carries its rule's index. */
export function toEngineRules(ruleSet: RuleSet): RuleProperties[] {
  return ruleSet.rules.map((rule, index) => ({
    name: rule.name,
    priority: rule.priority,
    // json-rules-engine annotates the condition objects it is given; hand it a private copy.
    conditions: structuredClone(rule.conditions) as RuleProperties['conditions'],
    event: { type: rule.event.type, params: { index } },
  }));
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

function flatten(node: EvaluatedNode | undefined, facts: FactValues, into: TraceCondition[]): void {
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
      actual: evaluated ? node.factResult : facts[node.fact],
      result: evaluated ? (node.result as boolean) : 'not_evaluated',
    });
  }
}

/**
 * Runs a rule set's rules in a fresh upstream json-rules-engine `Engine` on a set of facts (a
 * fresh engine each time: an engine keeps one run state, so concurrent runs must not share one).
 *
 * @param facts - a value for every fact the rules name
 * @returns the matching rules by index (rule-set order) and the trace in rule-set order
 */
export async function runEngine(ruleSet: RuleSet, facts: FactValues): Promise<EngineRun> {
  const engine = new Engine(toEngineRules(ruleSet), { allowUndefinedFacts: false });
  const { results, failureResults } = await engine.run({ ...facts });
  const byIndex: (RuleResult | undefined)[] = new Array(ruleSet.rules.length);
  for (const result of [...results, ...failureResults]) byIndex[result.event?.params?.['index'] as number] = result;
  const matched: number[] = [];
  const trace: TraceEntry[] = ruleSet.rules.map((rule, index) => {
    const result = byIndex[index];
    const isMatch = result?.result === true;
    if (isMatch) matched.push(index);
    const conditions: TraceCondition[] = [];
    flatten((result?.conditions ?? rule.conditions) as EvaluatedNode, facts, conditions);
    return { rule: rule.name, priority: rule.priority, matched: isMatch, conditions };
  });
  return { matched, trace };
}

/** Decides one validated case under one rule set, matching through json-rules-engine. */
async function deliberate(deliberator: Deliberator, returnCase: ReturnType<typeof parseReturnCase>, settings: { locale: string | undefined; explain: boolean }): Promise<Deliberation> {
  const facts = deliberator.facts(returnCase);
  // json-rules-engine has no notion of an unknown fact: the reference needs every fact it names.
  const unknown = facts.unknown.values().next();
  if (unknown.done !== true) throw unknown.value;
  const run = await runEngine(deliberator.ruleSet, facts.values);
  const match: MatchResult = { matched: run.matched, undetermined: [] };
  return deliberator.conclude(returnCase, facts, match, settings, () => run.trace);
}

/**
 * Creates an evaluator that decides through upstream json-rules-engine. It takes the same rule sets
 * and options as `createEvaluator` and gives the same decisions, but asynchronously and slower; one
 * difference: a window the calendar cannot answer for fails the case even when the decision does
 * not depend on it (json-rules-engine has no notion of an unknown fact).
 *
 * @param ruleSet - a rule set from `loadRuleSet` or `return-liability/rules`
 * @param options - as for `createEvaluator`
 * @throws {RuleSetError} when `ruleSet` or a floor did not come from `loadRuleSet`
 * @throws {ReturnLiabilityError} `invalid_option` for a malformed calendar or unknown locale
 * @example
 * import { createReferenceEvaluator } from 'return-liability/json-rules-engine';
 * const reference = createReferenceEvaluator(marketplaceStandard);
 * const decision = await reference.decide(returnCase); // deep-equals createEvaluator(…).decide(returnCase)
 */
export function createReferenceEvaluator(ruleSet: RuleSet, options: EvaluatorOptions = {}): ReferenceEvaluator {
  const { policy, floors } = prepareDeliberators(ruleSet, options);
  /** The policy's deliberation, then each floor's in the policy's locale, then the floors applied. */
  const underFloors =
    <I, D extends { decision: unknown; locale: string }, R>(
      parse: (input: unknown) => I,
      run: (deliberator: Deliberator, input: I, settings: { locale: string | undefined; explain: boolean }) => Promise<D>,
      apply: (policy: D, floors: Array<{ ruleSet: RuleSet; deliberation: D }>) => R,
    ) =>
    async (input: unknown, decideOptions?: DecideOptions): Promise<R> => {
      try {
        const settings = readOptions(decideOptions);
        const parsed = parse(input);
        const deliberation = await run(policy, parsed, settings);
        if (floors.length === 0) return deliberation.decision as R;
        const floorSettings = { locale: deliberation.locale, explain: settings.explain };
        const decided: Array<{ ruleSet: RuleSet; deliberation: D }> = [];
        for (const floor of floors) decided.push({ ruleSet: floor.ruleSet, deliberation: await run(floor, parsed, floorSettings) });
        return apply(deliberation, decided);
      } catch (error) {
        throw wrap(error);
      }
    };
  const parcelUnder = async (deliberator: Deliberator, parsed: ParsedParcel, settings: { locale: string | undefined; explain: boolean }) => {
    const matched: ItemMatch[] = [];
    for (const item of parsed.items) {
      const facts = deliberator.facts(itemCase(item));
      const unknown = facts.unknown.values().next();
      if (unknown.done !== true) throw unknown.value;
      const run = await runEngine(deliberator.ruleSet, facts.values);
      matched.push({ facts, match: { matched: run.matched, undetermined: [] }, trace: () => run.trace });
    }
    return deliberateParcel(deliberator, parsed, settings, matched);
  };
  const decide = underFloors(parseReturnCase, deliberate, applyFloors);
  const decideParcel = underFloors(parseParcelItems, parcelUnder, applyParcelFloors);
  return {
    ruleSet,
    decideParcel: decideParcel as ReferenceEvaluator['decideParcel'],
    decide: decide as ReferenceEvaluator['decide'],
    async safeDecide(input, decideOptions) {
      try {
        return { ok: true, decision: await decide(input, decideOptions) };
      } catch (error) {
        return { ok: false, error: wrap(error) };
      }
    },
  };
}
