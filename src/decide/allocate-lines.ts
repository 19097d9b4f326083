import type { ReturnCase } from '../case/schema.js';
import { allocateByBasisPoints, FULL_BASIS_POINTS, percentOf } from '../money/allocate.js';
import { type Money, PARTIES, type Party } from '../money/money.js';
import { toBasisPoints } from '../rule-set/load.js';
import type { LiabilityParams, Shares } from '../rule-set/schema.js';
import type { CostLine, Line, Share, ShareSource } from './types.js';

/** What happened to the case's negotiated split. */
export type NegotiationNote =
  | { status: 'applied'; sellerAmount: number }
  | { status: 'rejected'; agreedSellerAmount: number; ruleSellerAmount: number }
  | { status: 'ignored' };

/** What happened to the case's coverage. */
export type CoverageNote =
  | { status: 'applied'; amount: number; remainder: number; limit: number | undefined }
  | { status: 'not_applied'; reason: 'rule_excludes' | 'reason_not_covered' | 'not_first_return' | 'nothing_to_cover' };

/** The money side of a liability decision, with notes for the explanation. */
export interface Allocation {
  lines: Line[];
  totals: Partial<Record<Party, Money>>;
  negotiation: NegotiationNote | undefined;
  coverage: CoverageNote | undefined;
  outbound: 'not_decided' | 'standard_unknown' | undefined;
}

interface Part {
  party: Party;
  amount: number;
  percent: number;
  via: ShareSource;
}

const partyRank = Object.fromEntries(PARTIES.map((party, index) => [party, index])) as Record<Party, number>;

function splitByShares(total: number, shares: Shares): Part[] {
  const weights = toBasisPoints(shares)
    .filter((w) => w.basisPoints > 0)
    .sort((a, b) => partyRank[a.party] - partyRank[b.party]);
  const amounts = allocateByBasisPoints(total, weights);
  return weights.map((w, i) => ({ party: w.party, amount: amounts[i] ?? 0, percent: w.basisPoints / 100, via: 'rule' }));
}

function sellerAndBuyer(total: number, sellerAmount: number, sellerPercent: number, via: ShareSource): Part[] {
  return [
    { party: 'seller', amount: sellerAmount, percent: sellerPercent, via },
    { party: 'buyer', amount: total - sellerAmount, percent: Math.round((100 - sellerPercent) * 100) / 100, via },
  ];
}

function toLine(cost: CostLine, total: Money, parts: Part[]): Line {
  // Zero shares are noise, except on a zero-cost line, where they still say who would pay.
  const kept = total.amount === 0 ? parts : parts.filter((part) => part.amount > 0);
  const shares: Share[] = kept
    .sort((a, b) => partyRank[a.party] - partyRank[b.party])
    .map((part) => ({ party: part.party, amount: { amount: part.amount, currency: total.currency }, percent: part.percent, via: part.via }));
  return { cost, total: { ...total }, shares };
}

function applyNegotiation(c: ReturnCase, rule: LiabilityParams, parts: Part[]): { parts: Part[]; note: NegotiationNote | undefined } {
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
  const ruleSeller = parts.filter((p) => p.party === 'seller').reduce((sum, p) => sum + p.amount, 0);
  if (rule.negotiation === 'seller_may_pay_more' && agreedSeller < ruleSeller) {
    return { parts, note: { status: 'rejected', agreedSellerAmount: agreedSeller, ruleSellerAmount: ruleSeller } };
  }
  return { parts: sellerAndBuyer(total, agreedSeller, agreedPercent, 'negotiated_split'), note: { status: 'applied', sellerAmount: agreedSeller } };
}

function applyCoverage(c: ReturnCase, rule: LiabilityParams, parts: Part[]): { parts: Part[]; note: CoverageNote | undefined } {
  const coverage = c.coverage;
  if (coverage === undefined) return { parts, note: undefined };
  if (!rule.coverage) return { parts, note: { status: 'not_applied', reason: 'rule_excludes' } };
  if (coverage.reasons !== undefined && !coverage.reasons.includes(c.reason)) return { parts, note: { status: 'not_applied', reason: 'reason_not_covered' } };
  if (coverage.firstReturnOnly && (c.priorReturns ?? 0) > 0) return { parts, note: { status: 'not_applied', reason: 'not_first_return' } };
  const beneficiary = coverage.beneficiary ?? 'buyer';
  const owed = parts.filter((p) => p.party === beneficiary).reduce((sum, p) => sum + p.amount, 0);
  if (owed === 0) return { parts, note: { status: 'not_applied', reason: 'nothing_to_cover' } };
  const limit = coverage.limit?.amount;
  const covered = limit === undefined ? owed : Math.min(owed, limit);
  if (covered === 0) return { parts, note: { status: 'applied', amount: 0, remainder: owed, limit } };
  const total = c.costs.returnShipping.amount;
  let left = covered;
  const next: Part[] = parts.map((part) => {
    if (part.party !== beneficiary || left === 0) return part;
    const taken = Math.min(part.amount, left);
    left -= taken;
    const amount = part.amount - taken;
    return { ...part, amount, percent: percentOf(amount, total) };
  });
  next.push({ party: coverage.payer, amount: covered, percent: percentOf(covered, total), via: 'coverage' });
  return { parts: next, note: { status: 'applied', amount: covered, remainder: owed - covered, limit } };
}

function outboundParts(c: ReturnCase, rule: LiabilityParams): { parts: Part[] | undefined; note: Allocation['outbound'] } {
  const outbound = c.costs.outboundShipping;
  if (outbound === undefined) return { parts: undefined, note: undefined };
  const total = outbound.amount;
  switch (rule.outbound) {
    case undefined:
      return { parts: undefined, note: 'not_decided' };
    case 'seller':
    case 'buyer':
      return { parts: [{ party: rule.outbound, amount: total, percent: 100, via: 'rule' }], note: undefined };
    case 'seller_up_to_standard': {
      const standard = c.costs.standardOutboundShipping?.amount;
      const sellerAmount = Math.min(total, standard ?? total);
      return {
        parts: sellerAndBuyer(total, sellerAmount, total === 0 ? 100 : percentOf(sellerAmount, total), 'rule'),
        note: standard === undefined ? 'standard_unknown' : undefined,
      };
    }
  }
}

/**
 * Splits every cost of the case under a liability rule: the rule's shares, then the negotiated
 * split, then coverage on the return leg; the rule's `outbound` on the original delivery; the
 * rule's `replacementShares` (default: `shares`) on the replacement leg.
 */
export function allocate(c: ReturnCase, rule: LiabilityParams): Allocation {
  const returnShipping = c.costs.returnShipping;
  const negotiated = applyNegotiation(c, rule, splitByShares(returnShipping.amount, rule.shares));
  const covered = applyCoverage(c, rule, negotiated.parts);
  const lines: Line[] = [toLine('returnShipping', returnShipping, covered.parts)];

  const outbound = outboundParts(c, rule);
  if (outbound.parts !== undefined && c.costs.outboundShipping !== undefined) {
    lines.push(toLine('outboundShipping', c.costs.outboundShipping, outbound.parts));
  }
  const replacement = c.costs.replacementShipping;
  if (replacement !== undefined) {
    lines.push(toLine('replacementShipping', replacement, splitByShares(replacement.amount, rule.replacementShares ?? rule.shares)));
  }
  return { lines, totals: sumTotals(lines), negotiation: negotiated.note, coverage: covered.note, outbound: outbound.note };
}

/** What each party pays across all lines, in party order. */
export function sumTotals(lines: readonly Line[]): Partial<Record<Party, Money>> {
  const sums = new Map<Party, number>();
  for (const line of lines) for (const share of line.shares) sums.set(share.party, (sums.get(share.party) ?? 0) + share.amount.amount);
  const currency = lines[0]?.total.currency ?? '';
  const totals: Partial<Record<Party, Money>> = {};
  for (const party of PARTIES) {
    const amount = sums.get(party);
    if (amount !== undefined) totals[party] = { amount, currency };
  }
  return totals;
}
