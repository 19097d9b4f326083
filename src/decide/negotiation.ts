/** Pipeline step: the split buyer and seller agreed, within what the winning rule allows. */
import type { ReturnCase } from '../case/schema.js';
import { allocateByBasisPoints, FULL_BASIS_POINTS } from '../money/allocate.js';
import type { NegotiationNote } from '../model/decision.js';
import type { LiabilityParams } from '../rule-set/schema.js';
import { amountOf, type Part, percentOf, sellerAndBuyer } from './shares.js';

/**
 * Applies the case's negotiated split to the return leg. Under `negotiation: 'none'` it is ignored;
 * under `'seller_may_pay_more'` it is rejected when it would lower the seller's part.
 */
export function applyNegotiation(c: ReturnCase, rule: LiabilityParams, parts: Part[]): { parts: Part[]; note: NegotiationNote | undefined } {
  const split = c.negotiatedSplit;
  if (split === undefined) return { parts, note: undefined };
  if (rule.negotiation === 'none') return { parts, note: { status: 'ignored' } };
  const total = c.costs.returnShipping.amount;
  let agreedSeller: number;
  let agreedPercent: number;
  if (split.sellerPercent !== undefined) {
    const basisPoints = Math.round(split.sellerPercent * 100);
    agreedSeller = allocateByBasisPoints(total, [
      { party: 'seller', basisPoints },
      { party: 'buyer', basisPoints: FULL_BASIS_POINTS - basisPoints },
    ])[0] ?? 0;
    agreedPercent = split.sellerPercent;
  } else {
    agreedSeller = split.sellerAmount?.amount ?? 0;
    agreedPercent = percentOf(agreedSeller, total);
  }
  const ruleSeller = amountOf(parts, 'seller');
  if (rule.negotiation === 'seller_may_pay_more' && agreedSeller < ruleSeller) {
    return { parts, note: { status: 'rejected', agreedSellerAmount: agreedSeller, ruleSellerAmount: ruleSeller } };
  }
  return { parts: sellerAndBuyer(total, agreedSeller, agreedPercent, 'negotiated_split'), note: { status: 'applied', sellerAmount: agreedSeller } };
}
