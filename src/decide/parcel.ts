/**
 * Pipeline (parcels): several items, one label. Each item is decided by the rules like a one-item
 * case; the label is apportioned to the returnable items by the rule set's `parcel.labelSplit`; the
 * negotiated split, the coverage, the original delivery and the replacement leg are applied once,
 * over the whole parcel; the item decisions then add up to the parcel's.
 */
import type { ParsedParcel } from '../case/parcel.js';
import type { ReturnCase } from '../case/schema.js';
import type { CaseFacts } from '../facts/read.js';
import { allocateByWeights } from '../money/allocate.js';
import { type Money, PARTIES, type Party } from '../money/money.js';
import type { Allocation, Decision, Line, ParcelDecision, Share, TraceEntry, UnexplainedDecision, UnexplainedParcelDecision, Warning } from '../model/decision.js';
import type { RuleDefinition } from '../rule-set/schema.js';
import { parcelText } from '../text/parcel-text.js';
import { allocateItems, allocateReturnless, type ItemCosts, type OutboundInPlay, outboundInPlay } from './allocate.js';
import type { Deliberation, DeliberationOptions, Deliberator } from './deliberate.js';
import { traceOf } from './explain.js';
import { splitLabel, type SplitItem } from './label-split.js';
import { matchRules, type MatchResult } from './match.js';
import { idOrder } from './negotiation.js';
import { mergeSettlements } from './settlement.js';
import { sumTotals } from './shares.js';
import { toBasisPoints } from '../rule-set/load.js';

/** A parcel decided under one rule set, with its items' deliberations (for floors). */
export interface ParcelDeliberation {
  readonly decision: ParcelDecision | UnexplainedParcelDecision;
  /** The parcel's label (`costs.returnShipping`). */
  readonly label: Money;
  readonly items: readonly Deliberation[];
  readonly locale: Deliberation['locale'];
}

/** An item matched elsewhere (the json-rules-engine reference): its facts, matches and trace. */
export interface ItemMatch {
  readonly facts: CaseFacts;
  readonly match: MatchResult;
  readonly trace: () => TraceEntry[];
}

/** The one-item case an item of a parcel stands for; its case id is the item's id. */
export function itemCase(item: ParsedParcel['items'][number]): ReturnCase {
  return { ...item.case, id: item.id };
}

interface Decided {
  readonly trace: (() => TraceEntry[]) | undefined;
  readonly id: string;
  readonly index: number;
  readonly case: ReturnCase;
  readonly weightGrams: number | undefined;
  readonly facts: CaseFacts;
  readonly rule: Readonly<RuleDefinition>;
}

const valueOf = (c: ReturnCase): number | undefined => (c.item?.price === undefined ? undefined : c.item.price.amount * (c.item.quantity ?? 1));

/** Splits `total` over items by value when each has a price (and not all are 0), else per unit; ties to the lowest id. */
function spread(total: number, items: readonly Decided[]): number[] {
  if (items.length === 0) return [];
  const values = items.map((item) => valueOf(item.case));
  const weights = values.some((v) => v === undefined) || values.every((v) => v === 0) ? items.map((item) => item.case.item?.quantity ?? 1) : (values as number[]);
  return allocateByWeights(total, weights, idOrder(items.map((item) => item.id)));
}

/** Sums the items' lines per cost: one share per party and source, percentages of the parcel's total. */
function parcelLines(allocations: readonly Allocation[], label: Money): Line[] {
  const byCost = new Map<Line['cost'], { total: number; shares: Map<string, Share> }>();
  for (const allocation of allocations) {
    for (const line of allocation.lines) {
      let entry = byCost.get(line.cost);
      if (entry === undefined) byCost.set(line.cost, (entry = { total: 0, shares: new Map() }));
      entry.total += line.total.amount;
      for (const share of line.shares) {
        const key = `${share.party}\u0000${share.via}`;
        const known = entry.shares.get(key);
        entry.shares.set(key, { party: share.party, amount: { amount: (known?.amount.amount ?? 0) + share.amount.amount, currency: label.currency }, percent: 0, via: share.via });
      }
    }
  }
  const rank = (party: Party) => PARTIES.indexOf(party as (typeof PARTIES)[number]);
  const viaRank = (via: Share['via']) => ['rule', 'negotiated_split', 'coverage'].indexOf(via);
  const lines: Line[] = [];
  for (const cost of ['returnShipping', 'outboundShipping', 'replacementShipping'] as const) {
    const entry = byCost.get(cost);
    if (entry === undefined) continue;
    const total = cost === 'returnShipping' ? label.amount : entry.total;
    const shares = [...entry.shares.values()]
      .filter((share) => share.amount.amount > 0 || total === 0)
      .sort((a, b) => rank(a.party) - rank(b.party) || viaRank(a.via) - viaRank(b.via))
      .map((share) => ({ ...share, percent: total === 0 ? 0 : Math.round((share.amount.amount * 10_000) / total) / 100 }));
    lines.push({ cost, total: { amount: total, currency: label.currency }, shares });
  }
  return lines;
}

/**
 * Decides a validated parcel under one rule set.
 *
 * @throws {NoRuleMatchedError} / {RuleConflictError} naming the item (its id is the case id)
 * @throws {ReturnCaseError} `weight_required` for `by_weight` without every weight; threshold and attribute errors as for cases
 */
export function deliberateParcel(deliberator: Deliberator, parsed: ParsedParcel, options: DeliberationOptions, matched?: readonly ItemMatch[]): ParcelDeliberation {
  const { ruleSet, compiled } = deliberator;
  const label = parsed.parcel.costs.returnShipping;
  // 1. Each item by the rules, as a one-item case (its facts see the whole label).
  const decided: Decided[] = parsed.items.map((item, index) => {
    const c = itemCase(item);
    const given = matched?.[index];
    const facts = given?.facts ?? deliberator.facts(c);
    const match = given?.match ?? matchRules(compiled, facts.values, false);
    return { id: item.id, index, case: c, weightGrams: item.weightGrams, facts, rule: deliberator.winner(c, facts, match), trace: given?.trace };
  });
  const returnable = decided.filter((item) => item.rule.event.type === 'liability');
  const sellerBasisPoints = (item: Decided) =>
    item.rule.event.type === 'liability' ? (toBasisPoints(item.rule.event.params.shares).find((s) => s.party === 'seller')?.basisPoints ?? 0) : 0;

  // 2. The label, apportioned.
  const splitItems: SplitItem[] = returnable.map((item) => ({
    id: item.id,
    index: item.index,
    value: valueOf(item.case),
    units: item.case.item?.quantity ?? 1,
    weightGrams: item.weightGrams,
    sellerBasisPoints: sellerBasisPoints(item),
  }));
  const split = returnable.length === 0 ? undefined : splitLabel(ruleSet.parcel.labelSplit, label.amount, splitItems);

  // 3. The original delivery and the replacement leg, once for the parcel. The delivery goes with
  //    every refunded item: those sent back and those refunded without a return.
  const refunded = decided.filter((item) => item.rule.event.type !== 'not_returnable');
  const refundedValues = refunded.map((item) => valueOf(item.case));
  const returnedValue = refundedValues.some((v) => v === undefined) ? undefined : (refundedValues as number[]).reduce((a, b) => a + b, 0);
  const outbound = outboundInPlay(parsed.parcel as unknown as ReturnCase, returnedValue, ruleSet.parcel.outbound);
  const outboundAmounts = outbound === undefined || outbound === 'not_in_play' ? undefined : spread(outbound.amount, refunded);
  const standardAmounts = outbound === undefined || outbound === 'not_in_play' || outbound.standard === undefined ? undefined : spread(outbound.standard, refunded);
  const outboundOf = (item: Decided): OutboundInPlay => {
    if (outbound === undefined || outbound === 'not_in_play') return outbound;
    const at = refunded.indexOf(item);
    return { amount: outboundAmounts?.[at] as number, standard: standardAmounts?.[at] };
  };
  const replacement = parsed.parcel.costs.replacementShipping;
  const remedied = returnable.filter((item) => item.case.resolution === 'exchange' || item.case.resolution === 'repair');
  const replacementTargets = remedied.length > 0 ? remedied : returnable;
  const replacementAmounts = replacement === undefined ? undefined : spread(replacement.amount, replacementTargets);

  // 4. Money, with the negotiated split and the coverage over the whole label.
  const costs: ItemCosts[] = returnable.map((item, i) => ({
    id: item.id,
    case: item.case,
    rule: (item.rule.event as Extract<RuleDefinition['event'], { type: 'liability' }>).params,
    portion: split?.portions[i] as number,
    outbound: outboundOf(item),
    replacement: replacementAmounts === undefined ? undefined : replacementTargets.includes(item) ? (replacementAmounts[replacementTargets.indexOf(item)] as number) : undefined,
  }));
  const allocations = allocateItems(costs);

  // 5. Each item's decision, carrying its portion.
  const itemAllocations = decided.map((item) => {
    const at = returnable.indexOf(item);
    return at >= 0 ? allocations[at]
      : item.rule.event.type === 'returnless' ? allocateReturnless(item.case, item.rule.event.params, outboundOf(item))
      : undefined;
  });
  const itemDeliberations = decided.map((item, index) => {
    const at = returnable.indexOf(item);
    const allocation = itemAllocations[index];
    const own: ReturnCase = at < 0 ? item.case : { ...item.case, costs: { ...item.case.costs, returnShipping: { amount: costs[at]?.portion as number, currency: label.currency } } };
    return deliberator.finish(own, item.facts, item.rule, allocation, options, item.trace ?? (() => traceOf(compiled, item.facts.values)));
  });
  const items = itemDeliberations.map((d) => d.decision);
  const locale = itemDeliberations[0]?.locale ?? (ruleSet.defaultLocale as Deliberation['locale']);

  // 6. The parcel: lines and totals are the items' sums.
  const lines = parcelLines(itemAllocations.filter((a): a is Allocation => a !== undefined), label);
  // The sum of the items' totals, party by party; like the parcel's lines, it leaves out a party
  // whose shares all come to zero on a label that costs something.
  const totals = sumTotals(lines);
  const warnings: Warning[] = [];
  if (split?.fellBack) warnings.push({ code: 'label_split_fallback', message: `not every returnable item has item.price, so the label is split equally per unit instead of by value` });
  for (const item of decided) {
    if (item.rule.event.type === 'not_returnable') warnings.push({ code: 'not_returnable_item', message: `item "${item.id}" is not returnable (rule "${item.rule.name}"); it takes no part of the label` });
    if (item.rule.event.type === 'returnless') warnings.push({ code: 'returnless_item', message: `item "${item.id}" is refunded without being sent back (rule "${item.rule.name}"); it takes no part of the label` });
  }
  const labelSplit = {
    method: split?.method ?? ruleSet.parcel.labelSplit,
    portions: returnable.map((item, i) => ({ item: item.id, amount: { amount: split?.portions[i] as number, currency: label.currency } })),
  };
  const decision = {} as ParcelDecision;
  if (parsed.parcel.id !== undefined) decision.caseId = parsed.parcel.id;
  decision.ruleSet = { id: ruleSet.id, version: ruleSet.version, digest: ruleSet.digest };
  decision.labelSplit = labelSplit;
  decision.items = items as Decision[];
  decision.lines = lines;
  decision.totals = totals;
  const settlement = mergeSettlements(items.map((item) => item.settlement), label.currency);
  if (settlement !== undefined) decision.settlement = settlement;
  if (options.explain) {
    const carrier = split?.carrier === undefined ? undefined : returnable[split.carrier];
    decision.text = parcelText({
      locale,
      label,
      split: labelSplit,
      fellBack: split?.fellBack ?? false,
      carrier: carrier === undefined ? undefined : { id: carrier.id, sellerBasisPoints: sellerBasisPoints(carrier) },
      items: items as ReadonlyArray<Decision | UnexplainedDecision>,
      totals,
      settlement,
    });
  }
  decision.warnings = warnings;
  return { decision, label, items: itemDeliberations, locale };
}
