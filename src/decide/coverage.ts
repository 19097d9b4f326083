/** Pipeline step: a return guarantee or return-shipping insurance takes over its beneficiary's part, up to its limit. */
import { allocateByWeights } from '../money/allocate.js';
import type { CoverageNote } from '../model/decision.js';
import type { ItemCosts } from './allocate.js';
import { idOrder } from './negotiation.js';
import { amountOf, type Part, percentOf } from './shares.js';

type Miss = Extract<CoverageNote, { status: 'not_applied' }>['reason'];

/**
 * Applies the case's coverage to the return leg, once over the whole label: a parcel counts as one
 * return for `firstReturnOnly` and for `limit`. An item is covered when its rule allows coverage
 * and its reason is among `reasons`; what the coverage pays is spread over the covered items'
 * beneficiary parts in proportion (largest remainder, ties to the lowest item id).
 *
 * @returns the parts after coverage, and one note per item
 */
export function applyCoverage(items: readonly ItemCosts[], parts: Part[][]): { parts: Part[][]; notes: (CoverageNote | undefined)[] } {
  const coverage = items[0]?.case.coverage;
  if (coverage === undefined) return { parts, notes: items.map(() => undefined) };
  const beneficiary = coverage.beneficiary ?? 'buyer';
  const misses: (Miss | undefined)[] = items.map((item) => {
    if (!item.rule.coverage) return 'rule_excludes';
    if (coverage.reasons !== undefined && !coverage.reasons.includes(item.case.reason)) return 'reason_not_covered';
    if (coverage.firstReturnOnly && (item.case.priorReturns ?? 0) > 0) return 'not_first_return';
    return undefined;
  });
  const owed = items.map((_, i) => (misses[i] === undefined ? amountOf(parts[i] as Part[], beneficiary) : 0));
  const totalOwed = owed.reduce((a, b) => a + b, 0);
  const missNote = (i: number): CoverageNote => ({ status: 'not_applied', reason: misses[i] ?? 'nothing_to_cover' });
  if (totalOwed === 0) return { parts, notes: items.map((_, i) => missNote(i)) };
  const limit = coverage.limit?.amount;
  const covered = limit === undefined ? totalOwed : Math.min(totalOwed, limit);
  const shares = allocateByWeights(covered, owed, idOrder(items.map((item) => item.id)));
  const next = items.map((item, i) => {
    const own = parts[i] as Part[];
    const share = shares[i] as number;
    if (misses[i] !== undefined || share === 0) return own;
    let left = share;
    const taken: Part[] = own.map((part) => {
      if (part.party !== beneficiary || left === 0) return part;
      const take = Math.min(part.amount, left);
      left -= take;
      const amount = part.amount - take;
      return { ...part, amount, percent: percentOf(amount, item.portion) };
    });
    taken.push({ party: coverage.payer, amount: share, percent: percentOf(share, item.portion), via: 'coverage' });
    return taken;
  });
  const notes = items.map((_, i): CoverageNote => {
    if (misses[i] !== undefined) return missNote(i);
    if ((owed[i] as number) === 0) return { status: 'not_applied', reason: 'nothing_to_cover' };
    return { status: 'applied', amount: shares[i] as number, remainder: (owed[i] as number) - (shares[i] as number), limit };
  });
  return { parts: next, notes };
}
