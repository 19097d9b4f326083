/**
 * Pipeline step: every cost split among the parties. One item or a parcel's many, the same way: each
 * item's return-shipping portion by its rule's shares, then the negotiated split and the coverage
 * once over the whole label, then the original delivery and the replacement leg. A single case is a
 * parcel of one item whose portion is the whole label.
 */
import type { ReturnCase } from '../case/schema.js';
import { allocateByWeights } from '../money/allocate.js';
import type { Allocation, CoverageNote, Line, NegotiationNote } from '../model/decision.js';
import type { LiabilityParams, ReturnlessParams } from '../rule-set/schema.js';
import { applyCaps } from './caps.js';
import { applyCoverage } from './coverage.js';
import { applyNegotiation } from './negotiation.js';
import { type Part, percentOf, sellerAndBuyer, splitByShares, sumTotals, toLine } from './shares.js';

/** One returnable item to allocate: its case (the parcel's fields with its own), rule and amounts. */
export interface ItemCosts {
  /** The item's id in its parcel (rounding ties go to the lowest); `''` for a single case. */
  readonly id: string;
  /** The item's one-item case: reason, coverage, negotiated split and costs come from it. */
  readonly case: ReturnCase;
  readonly rule: LiabilityParams;
  /** Its portion of the label (`costs.returnShipping`). */
  readonly portion: number;
  /**
   * Its part of the original delivery and of the cheapest standard delivery; absent: the case has no
   * outbound cost; `not_in_play`: a partial return under `whole_order_only`.
   */
  readonly outbound?: { readonly amount: number; readonly standard: number | undefined } | 'not_in_play' | undefined;
  /** Its part of the replacement leg; absent: no replacement line. */
  readonly replacement?: number | undefined;
}

function outboundParts(rule: LiabilityParams, amount: number, standard: number | undefined): { parts: Part[] | undefined; note: Allocation['outbound'] } {
  switch (rule.outbound) {
    case undefined:
      return { parts: undefined, note: 'not_decided' };
    case 'seller':
    case 'buyer':
      return { parts: [{ party: rule.outbound, amount, percent: 100, via: 'rule' }], note: undefined };
    case 'seller_up_to_standard': {
      const sellerAmount = Math.min(amount, standard ?? amount);
      return {
        parts: sellerAndBuyer(amount, sellerAmount, amount === 0 ? 100 : percentOf(sellerAmount, amount), 'rule'),
        note: standard === undefined ? 'standard_unknown' : undefined,
      };
    }
  }
}

/**
 * Allocates the costs of returnable items that share one label. The negotiated split and the
 * coverage of the first item's case (a parcel's are the same for every item) apply once, over the
 * whole label: see {@link applyNegotiation} and {@link applyCoverage}.
 *
 * @returns one allocation per item, in the order given
 */
export function allocateItems(items: readonly ItemCosts[]): Allocation[] {
  const capped = items.map((item) => applyCaps(splitByShares(item.portion, item.rule.shares), item.rule, item.portion, item.case.costs.returnShipping.currency));
  const base = capped.map((c) => c.parts);
  const negotiated = applyNegotiation(items, base);
  const covered = applyCoverage(items, negotiated.parts);
  return items.map((item, index) => {
    const currency = item.case.costs.returnShipping.currency;
    const lines: Line[] = [toLine('returnShipping', { amount: item.portion, currency }, covered.parts[index] as Part[])];
    let outboundNote: Allocation['outbound'];
    if (item.outbound === 'not_in_play') outboundNote = 'partial_return';
    else if (item.outbound !== undefined) {
      const outbound = outboundParts(item.rule, item.outbound.amount, item.outbound.standard);
      outboundNote = outbound.note;
      if (outbound.parts !== undefined) lines.push(toLine('outboundShipping', { amount: item.outbound.amount, currency }, outbound.parts));
    }
    if (item.replacement !== undefined) {
      lines.push(toLine('replacementShipping', { amount: item.replacement, currency }, splitByShares(item.replacement, item.rule.replacementShares ?? item.rule.shares)));
    }
    const negotiation: NegotiationNote | undefined = negotiated.notes[index];
    const coverage: CoverageNote | undefined = covered.notes[index];
    const allocation: Allocation = { lines, totals: sumTotals(lines), negotiation, coverage, outbound: outboundNote };
    // An applied agreement replaces the rule's shares, caps included: its note would contradict the split.
    const caps = negotiation?.status === 'applied' ? [] : (capped[index]?.notes ?? []);
    if (caps.length > 0) allocation.caps = caps;
    return allocation;
  });
}

/**
 * The part of the original delivery that goes with the returned goods. `whole_order_only`: all of
 * it when every item of the order comes back, none otherwise. `pro_rata`: the returned goods' value
 * over `order.value`, exactly (largest remainder, the returned part first on a tie). Without
 * `order.value` (or without the returned goods' value) the return is taken to be the whole order.
 *
 * @param returnedValue - price × quantity of the returned goods, when every one has a price
 * @returns `undefined` without an outbound cost, `not_in_play` when no part of it goes with the goods
 */
export function outboundInPlay(
  c: ReturnCase,
  returnedValue: number | undefined,
  mode: 'pro_rata' | 'whole_order_only',
): { amount: number; standard: number | undefined } | 'not_in_play' | undefined {
  const outbound = c.costs.outboundShipping;
  if (outbound === undefined) return undefined;
  const standard = c.costs.standardOutboundShipping?.amount;
  const orderValue = c.order?.value?.amount;
  if (orderValue === undefined || returnedValue === undefined || returnedValue >= orderValue) return { amount: outbound.amount, standard };
  if (mode === 'whole_order_only') return 'not_in_play';
  const share = (total: number) => allocateByWeights(total, [returnedValue, orderValue - returnedValue])[0] as number;
  return { amount: share(outbound.amount), standard: standard === undefined ? undefined : share(standard) };
}

/**
 * Splits every cost of a one-item case under a liability rule: the rule's shares, then the
 * negotiated split, then coverage on the return leg; the rule's `outbound` on the part of the
 * original delivery in play; the rule's `replacementShares` (default: `shares`) on the replacement leg.
 */
export function allocate(c: ReturnCase, rule: LiabilityParams, outboundMode: 'pro_rata' | 'whole_order_only'): Allocation {
  const [allocation] = allocateItems([
    { id: '', case: c, rule, portion: c.costs.returnShipping.amount, outbound: outboundInPlay(c, itemValue(c), outboundMode), replacement: c.costs.replacementShipping?.amount },
  ]);
  return allocation as Allocation;
}

/** The part of the original delivery in play for an item: see {@link outboundInPlay}. */
export type OutboundInPlay = ReturnType<typeof outboundInPlay>;

/** Price × quantity of a case's item, when it has a price. */
export function itemValue(c: ReturnCase): number | undefined {
  const price = c.item?.price;
  return price === undefined ? undefined : price.amount * (c.item?.quantity ?? 1);
}

/**
 * The costs of a returnless refund: nothing comes back, so there is no return-shipping line; the
 * rule's `outbound` (when it has one) decides the part of the original delivery in play.
 *
 * @param outbound - the item's part of the original delivery (a case's own: `outboundInPlay(c, itemValue(c), mode)`)
 */
export function allocateReturnless(c: ReturnCase, rule: ReturnlessParams, outbound: OutboundInPlay): Allocation {
  const lines: Line[] = [];
  let note: Allocation['outbound'];
  if (outbound === 'not_in_play') note = 'partial_return';
  else if (outbound !== undefined) {
    const parts = outboundParts({ outbound: rule.outbound } as LiabilityParams, outbound.amount, outbound.standard);
    note = parts.note;
    if (parts.parts !== undefined) lines.push(toLine('outboundShipping', { amount: outbound.amount, currency: c.costs.returnShipping.currency }, parts.parts));
  }
  return { lines, totals: sumTotals(lines), negotiation: undefined, coverage: undefined, outbound: note };
}
