import { PARTIES, type Party } from './money.js';

/** A percentage expressed in basis points (1/100 of a percent): 100% is 10 000. */
export const FULL_BASIS_POINTS = 10_000;

const tieRank: Record<Party, number> = Object.fromEntries(PARTIES.map((party, index) => [party, index])) as Record<Party, number>;

/**
 * Splits `total` minor units by basis points with the largest-remainder method, so the parts sum
 * exactly to `total`. Each part first gets `floor(total × bp / 10 000)`; the units left over go one
 * each to the largest fractional remainders, ties broken in the order seller, platform, insurer,
 * carrier, buyer (the buyer never absorbs a rounding tie). Exact for any safe-integer total (BigInt).
 *
 * @param total - non-negative integer minor units
 * @param weights - basis points per party, summing to 10 000
 * @returns the amount for each weight, in the same order
 */
export function allocateByBasisPoints(total: number, weights: readonly { party: Party; basisPoints: number }[]): number[] {
  if (total * FULL_BASIS_POINTS <= Number.MAX_SAFE_INTEGER) return allocateSmall(total, weights);
  const bigTotal = BigInt(total);
  const full = BigInt(FULL_BASIS_POINTS);
  const parts = weights.map((weight, index) => {
    const scaled = bigTotal * BigInt(weight.basisPoints);
    return { index, party: weight.party, amount: scaled / full, remainder: scaled % full };
  });
  let leftover = bigTotal - parts.reduce((sum, part) => sum + part.amount, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? tieRank[a.party] - tieRank[b.party] || a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const part of byRemainder) {
    if (leftover === 0n) break;
    if (part.remainder === 0n) continue;
    part.amount += 1n;
    leftover -= 1n;
  }
  return parts.map((part) => Number(part.amount));
}

/** The same method in plain numbers, exact while `total × 10 000` is a safe integer (the usual case). */
function allocateSmall(total: number, weights: readonly { party: Party; basisPoints: number }[]): number[] {
  const amounts: number[] = [];
  const remainders: number[] = [];
  let leftover = total;
  for (const weight of weights) {
    const scaled = total * weight.basisPoints;
    const amount = Math.floor(scaled / FULL_BASIS_POINTS);
    amounts.push(amount);
    remainders.push(scaled - amount * FULL_BASIS_POINTS);
    leftover -= amount;
  }
  if (leftover > 0) {
    const order = weights.map((_, index) => index);
    order.sort((a, b) => (remainders[b] as number) - (remainders[a] as number) || tieRank[weights[a]!.party] - tieRank[weights[b]!.party] || a - b);
    for (const index of order) {
      if (leftover === 0) break;
      if (remainders[index] === 0) continue;
      amounts[index] = (amounts[index] as number) + 1;
      leftover -= 1;
    }
  }
  return amounts;
}

/** `amount` as a percentage of `total`, rounded half up to two decimals (0 when `total` is 0). */
export function percentOf(amount: number, total: number): number {
  if (total === 0) return 0;
  if (amount * 20_000 + total <= Number.MAX_SAFE_INTEGER) return Math.floor((amount * 20_000 + total) / (2 * total)) / 100;
  const basisPoints = (BigInt(amount) * 20_000n + BigInt(total)) / (2n * BigInt(total));
  return Number(basisPoints) / 100;
}

/**
 * Splits `total` minor units in proportion to integer `weights` with the largest-remainder method,
 * so the parts sum exactly to `total`: each part first gets `floor(total × weight / Σ weights)`, and
 * the units left over go one each to the largest remainders, ties to the part that comes first in
 * `tieOrder` (a permutation of the indexes; default index order). Exact for any safe integers
 * (BigInt). All weights 0 splits nothing: every part is 0 unless `total` is 0 too.
 *
 * @throws {RangeError} for a negative or non-integer weight, or weights summing to 0 with `total` > 0
 */
export function allocateByWeights(total: number, weights: readonly number[], tieOrder?: readonly number[]): number[] {
  let plainSum = 0;
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) throw new RangeError('allocateByWeights: weights must be non-negative safe integers');
    plainSum += w;
  }
  // The usual case, in plain numbers: exact while total × Σ weights is a safe integer.
  if (plainSum > 0 && total * plainSum <= Number.MAX_SAFE_INTEGER) return allocateSmallByWeights(total, weights, plainSum, tieOrder);
  const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
  if (sum === 0n) {
    if (total !== 0) throw new RangeError('allocateByWeights: weights sum to 0');
    return weights.map(() => 0);
  }
  const bigTotal = BigInt(total);
  const parts = weights.map((weight) => {
    const scaled = bigTotal * BigInt(weight);
    return { amount: scaled / sum, remainder: scaled % sum };
  });
  let leftover = bigTotal - parts.reduce((acc, part) => acc + part.amount, 0n);
  const rank = new Array<number>(weights.length);
  (tieOrder ?? weights.map((_, i) => i)).forEach((index, position) => (rank[index] = position));
  const order = weights.map((_, i) => i).sort((a, b) => {
    const ra = parts[a]!.remainder;
    const rb = parts[b]!.remainder;
    return ra === rb ? (rank[a] as number) - (rank[b] as number) : ra > rb ? -1 : 1;
  });
  for (const index of order) {
    if (leftover === 0n) break;
    parts[index]!.amount += 1n;
    leftover -= 1n;
  }
  return parts.map((part) => Number(part.amount));
}

function allocateSmallByWeights(total: number, weights: readonly number[], sum: number, tieOrder: readonly number[] | undefined): number[] {
  const amounts: number[] = [];
  const remainders: number[] = [];
  let leftover = total;
  for (const weight of weights) {
    const scaled = total * weight;
    const amount = Math.floor(scaled / sum);
    amounts.push(amount);
    remainders.push(scaled - amount * sum);
    leftover -= amount;
  }
  if (leftover === 0) return amounts;
  const rank = new Array<number>(weights.length);
  (tieOrder ?? weights.map((_, i) => i)).forEach((index, position) => (rank[index] = position));
  const order = weights.map((_, i) => i).sort((a, b) => (remainders[b] as number) - (remainders[a] as number) || (rank[a] as number) - (rank[b] as number));
  for (const index of order) {
    if (leftover === 0) break;
    amounts[index] = (amounts[index] as number) + 1;
    leftover -= 1;
  }
  return amounts;
}
