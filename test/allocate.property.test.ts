import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReturnCase } from '../src/case/parse.js';
import { allocate } from '../src/decide/allocate.js';
import { createEvaluator } from '../src/decide/evaluator.js';
import type { Line } from '../src/index.js';
import { allocateByWeights, allocateByBasisPoints } from '../src/money/allocate.js';
import { currencyDigits, money, toDecimalString } from '../src/money/money.js';
import { loadRuleSet, toBasisPoints } from '../src/rule-set/load.js';
import type { LiabilityParams } from '../src/rule-set/schema.js';
import { alwaysRule, amountArb, liabilityParams, ruleSetDocument, sharesArb, validCaseArb } from './helpers.js';

/** Every line's shares sum exactly to its total, none is negative, all in the line's currency. */
function expectExactLines(lines: readonly Line[]): void {
  for (const line of lines) {
    expect(line.shares.reduce((sum, share) => sum + share.amount.amount, 0)).toBe(line.total.amount);
    for (const share of line.shares) {
      expect(Number.isSafeInteger(share.amount.amount)).toBe(true);
      expect(share.amount.amount).toBeGreaterThanOrEqual(0);
      expect(share.amount.currency).toBe(line.total.currency);
    }
  }
}

const ruleParamsArb = fc.record({
  shares: sharesArb,
  replacementShares: fc.option(sharesArb, { nil: undefined }),
  outbound: fc.constantFrom(undefined, 'seller', 'buyer', 'seller_up_to_standard'),
  negotiation: fc.constantFrom('any', 'seller_may_pay_more', 'none'),
  coverage: fc.boolean(),
});

describe('allocateByBasisPoints', () => {
  it('splits any total up to 10^12 exactly: parts sum to the total, none negative, each within one unit of its exact share', () => {
    fc.assert(
      fc.property(amountArb, sharesArb, (total, shares) => {
        const weights = toBasisPoints(shares);
        const amounts = allocateByBasisPoints(total, weights);
        expect(amounts.reduce((sum, amount) => sum + amount, 0)).toBe(total);
        amounts.forEach((amount, index) => {
          const exact = (BigInt(total) * BigInt(weights[index]?.basisPoints ?? 0) * 1000n) / 10_000n; // thousandths of a unit
          expect(amount).toBeGreaterThanOrEqual(0);
          expect(BigInt(amount) * 1000n - exact).toBeGreaterThan(-1000n);
          expect(BigInt(amount) * 1000n - exact).toBeLessThan(1000n);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the BigInt method on totals near the largest safe integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MAX_SAFE_INTEGER - 1_000_000, max: Number.MAX_SAFE_INTEGER }), sharesArb, (total, shares) => {
        const amounts = allocateByBasisPoints(total, toBasisPoints(shares));
        expect(amounts.reduce((sum, amount) => sum + BigInt(amount), 0n)).toBe(BigInt(total));
        for (const amount of amounts) expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never gives the buyer a rounding tie: on equal remainders any other party gets the unit first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('seller', 'platform', 'insurer', 'carrier') as fc.Arbitrary<'seller'>, (total, other) => {
        const [buyer = 0, party = 0] = allocateByBasisPoints(total, [
          { party: 'buyer', basisPoints: 5_000 },
          { party: other, basisPoints: 5_000 },
        ]);
        expect(party - buyer).toBe(total % 2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('allocate (every cost line of a liability decision)', () => {
  it('keeps every line exact for random cases and rule params', () => {
    fc.assert(
      fc.property(validCaseArb, ruleParamsArb, (input, params) => {
        const rule = liabilityParams(params) as unknown as LiabilityParams;
        const returnCase = parseReturnCase(input);
        const allocation = allocate(returnCase, rule, 'pro_rata');
        expectExactLines(allocation.lines);
        // One line per cost the case gives (outbound only when the rule decides it).
        const costs = returnCase.costs;
        const expected = ['returnShipping', ...(costs.outboundShipping !== undefined && rule.outbound !== undefined ? ['outboundShipping'] : []), ...(costs.replacementShipping !== undefined ? ['replacementShipping'] : [])];
        expect(allocation.lines.map((line) => line.cost)).toEqual(expected);
        // Totals are the per-party sums over all lines.
        const sum = Object.values(allocation.totals).reduce((total, value) => total + value.amount, 0);
        expect(sum).toBe(allocation.lines.reduce((total, line) => total + line.total.amount, 0));
      }),
      { numRuns: 1000 },
    );
  });

  it('applies "seller_may_pay_more" agreements only when the seller pays at least the rule’s amount', () => {
    fc.assert(
      fc.property(validCaseArb, sharesArb, (input, shares) => {
        const returnCase = parseReturnCase(input);
        const rule = liabilityParams({ shares, negotiation: 'seller_may_pay_more', coverage: false }) as unknown as LiabilityParams;
        const ruleOnly = allocate({ ...returnCase, negotiatedSplit: undefined } as never, rule, 'pro_rata');
        const sellerOf = (lines: readonly Line[]) => lines[0]?.shares.filter((s) => s.party === 'seller').reduce((sum, s) => sum + s.amount.amount, 0) ?? 0;
        expect(sellerOf(allocate(returnCase, rule, 'pro_rata').lines)).toBeGreaterThanOrEqual(sellerOf(ruleOnly.lines));
      }),
      { numRuns: 500 },
    );
  });
});

describe('decide (through a loaded rule set)', () => {
  it('keeps every line exact for random rule sets and cases', async () => {
    await fc.assert(
      fc.asyncProperty(ruleParamsArb, validCaseArb, async (params, input) => {
        const ruleSet = loadRuleSet(ruleSetDocument({ rules: [alwaysRule('only', 1, JSON.parse(JSON.stringify(params)))] }));
        const decision = createEvaluator(ruleSet).decide(input);
        expectExactLines(decision.lines);
      }),
      { numRuns: 150 },
    );
  });
});

describe('money() is exact', () => {
  const decimalOf = (minor: bigint, digits: number) => {
    const text = minor.toString().padStart(digits + 1, '0');
    return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  };

  it.each(['JPY', 'USD', 'KWD'])('%s: money(decimal) is the exact minor units, and toDecimalString inverts it', (currency) => {
    const digits = currencyDigits(currency) ?? -1;
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }), (minor) => {
        const decimal = decimalOf(minor, digits);
        const value = money(decimal, currency);
        expect(value).toEqual({ amount: Number(minor), currency });
        expect(toDecimalString(value)).toBe(decimal);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts fewer decimals than the currency has, padding with zeros', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 99 }), (whole, fraction) => {
        expect(money(`${whole}.${fraction}`, 'KWD').amount).toBe(whole * 1000 + Number(String(fraction).padEnd(3, '0')));
      }),
      { numRuns: 500 },
    );
  });
});

describe('allocateByWeights (label portions, coverage and split spreads)', () => {
  /** The definition, in BigInt: floor shares, then the leftover units to the largest remainders, ties in `order`. */
  function reference(total: number, weights: number[], order: number[]): number[] {
    const sum = weights.reduce((a, b) => a + BigInt(b), 0n);
    const parts = weights.map((w) => ({ amount: (BigInt(total) * BigInt(w)) / sum, remainder: (BigInt(total) * BigInt(w)) % sum }));
    let left = BigInt(total) - parts.reduce((a, p) => a + p.amount, 0n);
    const rank = new Map(order.map((index, position) => [index, position]));
    const byRemainder = parts.map((_, i) => i).sort((a, b) => (parts[a]!.remainder === parts[b]!.remainder ? rank.get(a)! - rank.get(b)! : parts[a]!.remainder > parts[b]!.remainder ? -1 : 1));
    for (const i of byRemainder) if (left > 0n) ((parts[i]!.amount += 1n), (left -= 1n));
    return parts.map((p) => Number(p.amount));
  }

  it('matches the BigInt definition for small and huge amounts, sums exactly, and breaks ties by the order given', () => {
    const weights = fc.array(fc.oneof(fc.nat({ max: 1_000 }), fc.nat({ max: Number.MAX_SAFE_INTEGER })), { minLength: 1, maxLength: 6 }).filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(weights, fc.oneof(fc.nat({ max: 100_000 }), fc.nat({ max: Number.MAX_SAFE_INTEGER })), (w, total) => {
        const order = w.map((_, i) => i).reverse();
        const parts = allocateByWeights(total, w, order);
        expect(parts).toEqual(reference(total, w, order));
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      }),
      { numRuns: 2_000 },
    );
    // Three equal weights, 100 units: the extra unit goes to the first in the tie order.
    expect(allocateByWeights(100, [1, 1, 1], [2, 0, 1])).toEqual([33, 33, 34]);
    expect(allocateByWeights(0, [0, 0], undefined)).toEqual([0, 0]);
    expect(() => allocateByWeights(5, [0, 0])).toThrow(RangeError);
    expect(() => allocateByWeights(5, [1.5])).toThrow(RangeError);
  });
});
