/**
 * Law as a floor (LAW.md §D): a policy's decision stands unless a statutory rule set would leave the
 * buyer better off; then the statutory decision stands and says so.
 */
import { RuleSetError } from '../errors.js';
import { formatMoney } from '../money/money.js';
import { isRuleSet, type RuleSet } from '../rule-set/load.js';
import type { SupportedLocale } from '../rule-set/schema.js';
import { catalogues } from '../text/catalogue.js';
import type { DecideOptions, Deliberation } from './evaluator.js';
import type { Decision } from './types.js';

/** Decides one case under one rule set, keeping the intermediate results. */
export type Deliberate = (input: unknown, options?: DecideOptions, validated?: boolean) => Promise<Deliberation>;

/** Applies the floors to a policy's deliberation and returns the decision that stands. */
export type FloorCheck = (deliberation: Deliberation) => Promise<Decision>;

/**
 * Validates the `floor` option of `createEvaluator`.
 *
 * @param option - one loaded rule set, an array of them (an empty array means no floor), or `undefined`
 * @returns the floors, in the order given
 * @throws {RuleSetError} `not_loaded` at path `floor` or `floor[i]` for anything not from `loadRuleSet`
 */
export function floorRuleSets(option: unknown): RuleSet[] {
  if (option === undefined) return [];
  const list: unknown[] = Array.isArray(option) ? option : [option];
  const issues = list.flatMap((floor, index) =>
    isRuleSet(floor)
      ? []
      : [{ path: Array.isArray(option) ? ['floor', index] : ['floor'], code: 'not_loaded', message: 'expected a rule set returned by loadRuleSet() or imported from return-liability/rules' }],
  );
  if (issues.length > 0) throw new RuleSetError(issues, { subject: 'Invalid options.floor' });
  return list as RuleSet[];
}

/** What the buyer pays across all lines of a decision, in minor units. */
function buyerTotal(decision: Decision): number {
  return decision.totals.buyer?.amount ?? 0;
}

/**
 * Does `floor` leave the buyer better off than `policy`? Only an allowed return can: a floor that
 * refuses never overrides, a policy refusal loses to any floor that allows the return, and between
 * two allocations the buyer's total across all lines decides (equal totals: the policy stands).
 */
export function isBetterForBuyer(floor: Decision, policy: Decision): boolean {
  if (floor.outcome === 'not_returnable') return false;
  if (policy.outcome === 'not_returnable') return true;
  return buyerTotal(floor) < buyerTotal(policy);
}

function describe(decision: Decision): string {
  if (decision.outcome === 'not_returnable') return 'refuses the return';
  const currency = decision.lines[0]?.total.currency;
  const amount = buyerTotal(decision);
  return `has the buyer pay ${currency === undefined ? amount : formatMoney({ amount, currency }, 'en')}`;
}

/**
 * Builds the floor check for an evaluator. Every floor decides every case (under the same calendar,
 * in the locale of the policy's decision); among the floors that leave the buyer better off, the one
 * with the lowest buyer total wins, the earlier one in `floor` on a tie. The winning decision is the
 * floor's own — its `ruleSet`, `rule`, `code`, `lines`, `totals` and `trace` — with `overriddenBy`
 * set, the override explained as the first line of `text.details`, and its warnings followed by an
 * `overridden_by_floor` warning naming the policy's rule. When no floor wins, the policy's decision
 * is returned unchanged. A floor that matches no rule or has conflicting rules is an error: the
 * library cannot tell whether the policy is above the law, so it does not guess.
 *
 * @param floors - the floor rule sets, each with its deliberation
 * @returns `undefined` when there are no floors
 */
export function createFloorCheck(floors: ReadonlyArray<{ ruleSet: RuleSet; deliberate: Deliberate }>): FloorCheck | undefined {
  if (floors.length === 0) return undefined;
  return async function applyFloor(deliberation) {
    const decision = deliberation.decision;
    let best: { ruleSet: RuleSet; decision: Decision } | undefined;
    for (const floor of floors) {
      const result = await floor.deliberate(deliberation.returnCase, { locale: decision.text.locale }, true);
      const candidate = result.decision;
      if (isBetterForBuyer(candidate, best?.decision ?? decision)) best = { ruleSet: floor.ruleSet, decision: candidate };
    }
    if (best === undefined) return decision;

    const floorDecision = best.decision;
    const locale = floorDecision.text.locale as SupportedLocale;
    const catalogue = catalogues[locale];
    const { name, citation } = floorDecision.rule;
    const title = best.ruleSet.title[locale] ?? best.ruleSet.id;
    return {
      ...floorDecision,
      text: { ...floorDecision.text, details: [catalogue.overridden(title, name, citation, decision.rule.name), ...floorDecision.text.details] },
      warnings: [
        ...floorDecision.warnings,
        {
          code: 'overridden_by_floor',
          message:
            `rule "${decision.rule.name}" of "${decision.ruleSet.id}" ${describe(decision)}; ` +
            `floor "${best.ruleSet.id}" rule "${name}"${citation === undefined ? '' : ` (${citation})`} ${describe(floorDecision)}, so the floor decides`,
        },
      ],
      overriddenBy: { ruleSet: best.ruleSet.id, rule: name, ...(citation === undefined ? {} : { citation }) },
    };
  };
}
