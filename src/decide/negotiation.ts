/** Pipeline step: the split buyer and seller agreed, within what the winning rules allow. */
import { allocateByBasisPoints, allocateByWeights, FULL_BASIS_POINTS } from '../money/allocate.js';
import type { NegotiationNote } from '../model/decision.js';
import type { ItemCosts } from './allocate.js';
import { amountOf, type Part, percentOf, sellerAndBuyer } from './shares.js';

/** Item indexes in the order of their ids (code units): rounding ties go to the lowest id. */
export function idOrder(ids: readonly string[]): number[] {
  return ids.map((_, i) => i).sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : a - b));
}

/**
 * Applies the negotiated split to the return leg of every item, once over the whole label: a
 * `sellerPercent` to every portion, a `sellerAmount` spread over the portions in proportion
 * (largest remainder, ties to the lowest item id). It is ignored when any item's rule says
 * `negotiation: 'none'`, and rejected when it would lower the seller's part of an item whose rule
 * says `seller_may_pay_more`.
 *
 * @param parts - each item's parts of its portion under its rule
 * @returns the parts after the split, and one note per item
 */
export function applyNegotiation(items: readonly ItemCosts[], parts: Part[][]): { parts: Part[][]; notes: (NegotiationNote | undefined)[] } {
  const split = items[0]?.case.negotiatedSplit;
  const none = items.map(() => undefined);
  if (split === undefined) return { parts, notes: none };
  if (items.some((item) => item.rule.negotiation === 'none')) return { parts, notes: items.map(() => ({ status: 'ignored' })) };
  const portions = items.map((item) => item.portion);
  let agreed: number[];
  let percents: number[];
  if (split.sellerPercent !== undefined) {
    const basisPoints = Math.round(split.sellerPercent * 100);
    agreed = portions.map(
      (portion) => allocateByBasisPoints(portion, [{ party: 'seller', basisPoints }, { party: 'buyer', basisPoints: FULL_BASIS_POINTS - basisPoints }])[0] ?? 0,
    );
    percents = portions.map(() => split.sellerPercent as number);
  } else {
    const amount = split.sellerAmount?.amount ?? 0;
    const total = portions.reduce((a, b) => a + b, 0);
    agreed = total === 0 ? portions.map(() => 0) : allocateByWeights(amount, portions, idOrder(items.map((item) => item.id)));
    percents = agreed.map((a, i) => percentOf(a, portions[i] as number));
  }
  const rejected = items.some((item, i) => item.rule.negotiation === 'seller_may_pay_more' && (agreed[i] as number) < amountOf(parts[i] as Part[], 'seller'));
  if (rejected) {
    return {
      parts,
      notes: items.map((_, i) => ({ status: 'rejected', agreedSellerAmount: agreed[i] as number, ruleSellerAmount: amountOf(parts[i] as Part[], 'seller') })),
    };
  }
  return {
    parts: items.map((item, i) => sellerAndBuyer(item.portion, agreed[i] as number, percents[i] as number, 'negotiated_split')),
    notes: agreed.map((sellerAmount) => ({ status: 'applied', sellerAmount })),
  };
}
