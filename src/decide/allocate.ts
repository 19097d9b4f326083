/** Pipeline step: every cost of the case split among the parties under a liability rule. */
import type { ReturnCase } from '../case/schema.js';
import type { Allocation, Line } from '../model/decision.js';
import type { LiabilityParams } from '../rule-set/schema.js';
import { applyCoverage } from './coverage.js';
import { applyNegotiation } from './negotiation.js';
import { type Part, percentOf, sellerAndBuyer, splitByShares, sumTotals, toLine } from './shares.js';

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
