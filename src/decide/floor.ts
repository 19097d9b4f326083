/**
 * Pipeline step: law as a floor. A policy's decision stands unless a statutory rule set would leave
 * the buyer better off; then the statutory decision stands and says so.
 */
import { RuleSetError } from '../errors.js';
import { formatMoney } from '../money/money.js';
import type { Decision, ParcelDecision, UnexplainedDecision, UnexplainedParcelDecision, Warning } from '../model/decision.js';
import type { SupportedLocale } from '../rule-set/schema.js';
import { isRuleSet, type RuleSet } from '../rule-set/load.js';
import { catalogues } from '../text/catalogue.js';
import type { Deliberation } from './deliberate.js';
import type { ParcelDeliberation } from './parcel.js';

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

type AnyDecision = Decision | UnexplainedDecision;

/** What a winning floor's decision is given: `overriddenBy`, the warning, and the explanation first in `text.details`. */
function overridden<D extends { warnings: Warning[]; text?: { locale: string; summary: string; details: string[] } }>(
  floorDecision: D,
  floor: { ruleSet: RuleSet; locale: SupportedLocale },
  rule: { name: string; citation?: string | undefined },
  policyRule: string,
  message: string,
): D & { overriddenBy: NonNullable<Decision['overriddenBy']> } {
  const { name, citation } = rule;
  const result = {
    ...floorDecision,
    warnings: [...floorDecision.warnings, { code: 'overridden_by_floor', message }],
    overriddenBy: { ruleSet: floor.ruleSet.id, rule: name, ...(citation === undefined ? {} : { citation }) },
  };
  if (floorDecision.text !== undefined) {
    const title = floor.ruleSet.title[floor.locale] ?? floor.ruleSet.id;
    result.text = { ...floorDecision.text, details: [catalogues[floor.locale].overridden(title, name, citation, policyRule), ...floorDecision.text.details] };
  }
  return result;
}



/**
 * The buyer's net cost of a decision, in minor units: their shares of every cost line, plus the
 * fees and deductions the settlement keeps from them (restocking fee, diminished value).
 */
function buyerTotal(decision: Pick<AnyDecision, 'totals' | 'settlement'>): number {
  let charges = 0;
  for (const part of decision.settlement?.parts ?? []) {
    if (part.kind === 'restocking_fee' || part.kind === 'diminished_value') charges -= part.amount.amount;
  }
  return (decision.totals.buyer?.amount ?? 0) + charges;
}

/**
 * Does `floor` leave the buyer better off than `policy`? Only an allowed return can: a floor that
 * refuses never overrides, a policy refusal loses to any floor that allows the return (or refunds
 * without one), and between two allowed returns the buyer's net cost decides — shipping shares plus
 * fees and deductions (equal: the policy stands).
 */
export function isBetterForBuyer(floor: AnyDecision, policy: AnyDecision): boolean {
  if (floor.outcome === 'not_returnable') return false;
  if (policy.outcome === 'not_returnable') return true;
  return buyerTotal(floor) < buyerTotal(policy);
}

function describe(decision: AnyDecision): string {
  if (decision.outcome === 'not_returnable') return 'refuses the return';
  if (decision.outcome === 'returnless') return 'refunds without a return';
  const currency = decision.lines[0]?.total.currency ?? decision.settlement?.refund.currency;
  const amount = buyerTotal(decision);
  return `has the buyer pay ${currency === undefined ? amount : formatMoney({ amount, currency }, 'en')}`;
}

/**
 * The decision that stands. Every floor has decided the policy's case (same calendar, in the
 * locale of the policy's decision where the floor has it); among the floors that leave the buyer
 * better off, the one with the lowest buyer total wins, the earlier one on a tie. The winning
 * decision is the floor's own — its `ruleSet`, `rule`, `code`, `lines`, `totals` and `trace` — with
 * `overriddenBy` set, the override explained as the first line of `text.details`, and its warnings
 * followed by an `overridden_by_floor` warning naming the policy's rule. When no floor wins, the
 * policy's decision is returned unchanged.
 *
 * @param policy - the policy's deliberation
 * @param floors - each floor rule set with its deliberation of the same case
 */
export function applyFloors(policy: Deliberation, floors: ReadonlyArray<{ ruleSet: RuleSet; deliberation: Deliberation }>): AnyDecision {
  const decision = policy.decision;
  let best: { ruleSet: RuleSet; deliberation: Deliberation } | undefined;
  for (const floor of floors) {
    if (isBetterForBuyer(floor.deliberation.decision, best?.deliberation.decision ?? decision)) best = floor;
  }
  if (best === undefined) return decision;

  const floorDecision = best.deliberation.decision;
  const { name, citation } = floorDecision.rule;
  return overridden(
    floorDecision,
    { ruleSet: best.ruleSet, locale: best.deliberation.locale },
    floorDecision.rule,
    decision.rule.name,
    `rule "${decision.rule.name}" of "${decision.ruleSet.id}" ${describe(decision)}; ` +
      `floor "${best.ruleSet.id}" rule "${name}"${citation === undefined ? '' : ` (${citation})`} ${describe(floorDecision)}, so the floor decides`,
  );
}

type AnyParcelDecision = ParcelDecision | UnexplainedParcelDecision;

/**
 * Does `floor` leave the buyer of a parcel better off than `policy`? Never when it refuses an item
 * the policy accepts; otherwise when it allows an item the policy refuses, or has the buyer pay less
 * for the whole parcel (net of fees and deductions). (Items are not compared by money
 * one by one: each rule set apportions the label its own way.)
 */
export function isParcelBetterForBuyer(floor: ParcelDeliberation, policy: ParcelDeliberation): boolean {
  // A floor that refuses an item the policy accepts never decides: the law is a floor, not a ceiling.
  const refusedByFloor = floor.decision.items.some((item, i) => item.outcome === 'not_returnable' && policy.decision.items[i]?.outcome !== 'not_returnable');
  if (refusedByFloor) return false;
  const refusedByPolicy = policy.decision.items.some((item, i) => item.outcome === 'not_returnable' && floor.decision.items[i]?.outcome !== 'not_returnable');
  return refusedByPolicy || buyerTotal(floor.decision) < buyerTotal(policy.decision);
}

/**
 * The parcel decision that stands: the policy's, unless a floor leaves the buyer better off (see
 * {@link isParcelBetterForBuyer}); among such floors the lowest buyer total wins, the earlier on a
 * tie. A winning floor's decision is its own, with `overriddenBy` (naming the floor's rule for the
 * first item it decides differently), the override explained first in `text.details`, and an
 * `overridden_by_floor` warning.
 */
export function applyParcelFloors(policy: ParcelDeliberation, floors: ReadonlyArray<{ ruleSet: RuleSet; deliberation: ParcelDeliberation }>): AnyParcelDecision {
  let best: { ruleSet: RuleSet; deliberation: ParcelDeliberation } | undefined;
  for (const floor of floors) {
    if (isParcelBetterForBuyer(floor.deliberation, best?.deliberation ?? policy)) best = floor;
  }
  if (best === undefined) return policy.decision;
  const floorDecision = best.deliberation.decision;
  const index = Math.max(
    0,
    floorDecision.items.findIndex((item, i) => item.rule.name !== policy.decision.items[i]?.rule.name || item.outcome !== policy.decision.items[i]?.outcome),
  );
  const floorItem = floorDecision.items[index] as Decision | UnexplainedDecision;
  const policyItem = policy.decision.items[index] as Decision | UnexplainedDecision;
  const { name, citation } = floorItem.rule;
  const buyer = (d: AnyParcelDecision) => formatMoney({ amount: buyerTotal(d), currency: policy.label.currency }, 'en');
  const refused = policy.decision.items.filter((item) => item.outcome === 'not_returnable').length;
  const refusals = refused === 0 ? '' : refused === policy.decision.items.length ? ' and every item is refused' : ` and ${refused === 1 ? 'one item is' : `${refused} items are`} refused`;
  return overridden(
    floorDecision,
    { ruleSet: best.ruleSet, locale: best.deliberation.locale },
    floorItem.rule,
    policyItem.rule.name,
    `under "${policy.decision.ruleSet.id}" the buyer of the parcel pays ${buyer(policy.decision)}${refusals}; ` +
      `floor "${best.ruleSet.id}" (rule "${name}"${citation === undefined ? '' : `, ${citation}`}) has the buyer pay ${buyer(floorDecision)}, so the floor decides`,
  );
}
