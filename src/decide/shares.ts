/** Parts of a cost line as the pipeline steps pass them along, and their conversion to a {@link Line}. */
import { allocateByBasisPoints, percentOf } from '../money/allocate.js';
import { type Money, PARTIES, type Party } from '../money/money.js';
import type { CostLine, Line, Share, ShareSource } from '../model/decision.js';
import { toBasisPoints } from '../rule-set/load.js';
import type { Shares } from '../rule-set/schema.js';

/** One party's part of a cost, before it becomes a {@link Share}. */
export interface Part {
  party: Party;
  amount: number;
  percent: number;
  via: ShareSource;
}

const partyRank = Object.fromEntries(PARTIES.map((party, index) => [party, index])) as Record<Party, number>;

/** A rule's shares as basis points in party order, without zero shares; computed once per (frozen) share map. */
const weightsOf = new WeakMap<Shares, Array<{ party: keyof Shares; basisPoints: number }>>();

/** Splits `total` by a rule's percentages, exactly (largest remainder, ties in party order). */
export function splitByShares(total: number, shares: Shares): Part[] {
  let weights = weightsOf.get(shares);
  if (weights === undefined) {
    weights = toBasisPoints(shares)
      .filter((w) => w.basisPoints > 0)
      .sort((a, b) => partyRank[a.party] - partyRank[b.party]);
    weightsOf.set(shares, weights);
  }
  const amounts = allocateByBasisPoints(total, weights);
  return weights.map((w, i): Part => ({ party: w.party, amount: amounts[i] ?? 0, percent: w.basisPoints / 100, via: 'rule' }));
}

/** A seller part and a buyer part that make up `total`. */
export function sellerAndBuyer(total: number, sellerAmount: number, sellerPercent: number, via: ShareSource): Part[] {
  return [
    { party: 'seller', amount: sellerAmount, percent: sellerPercent, via },
    { party: 'buyer', amount: total - sellerAmount, percent: Math.round((100 - sellerPercent) * 100) / 100, via },
  ];
}

/** What `party` pays of the parts. */
export function amountOf(parts: readonly Part[], party: Party): number {
  let sum = 0;
  for (const part of parts) if (part.party === party) sum += part.amount;
  return sum;
}

export { percentOf };

/** The line of a cost: its parts as shares in party order. */
export function toLine(cost: CostLine, total: Money, parts: Part[]): Line {
  // Zero shares are noise, except on a zero-cost line, where they still say who would pay.
  const kept = total.amount === 0 ? parts : parts.filter((part) => part.amount > 0);
  const shares: Share[] = kept
    .sort((a, b) => partyRank[a.party] - partyRank[b.party])
    .map((part) => ({ party: part.party, amount: { amount: part.amount, currency: total.currency }, percent: part.percent, via: part.via }));
  return { cost, total: { amount: total.amount, currency: total.currency }, shares };
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
