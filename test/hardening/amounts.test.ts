/**
 * Amounts up to Number.MAX_SAFE_INTEGER minor units are exact, or refused with a clear error —
 * never rounded. Property runs are stated below.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReturnCase } from '../../src/case/parse.js';
import { createEvaluator } from '../../src/decide/evaluator.js';
import { ReturnCaseError, type Issue } from '../../src/errors.js';
import { money } from '../../src/money/money.js';
import { loadRuleSet } from '../../src/rule-set/load.js';
import { marketplaceStandard } from '../../src/rules.js';
import { expectConsistentMoney } from './fixtures.js';

/** Runs of each property over large amounts. */
const AMOUNT_RUNS = 1_000;
const MAX = Number.MAX_SAFE_INTEGER;
const usd = (amount: number) => ({ amount, currency: 'USD' });
const aCase = (costs: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  reason: 'changed_mind',
  costs,
  dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-04' },
  ...extra,
});

/** Rules with awkward shares, so that every split of a large amount has remainders to place. */
const thirds = loadRuleSet({
  id: 'thirds',
  version: '1.0.0',
  title: { en: 'Thirds' },
  locales: ['en'],
  defaultLocale: 'en',
  source: 'tests',
  rules: [
    {
      name: 'thirds',
      priority: 1,
      conditions: { all: [{ fact: 'returnShippingAmount', operator: 'greaterThanInclusive', value: 0 }] },
      event: {
        type: 'liability',
        params: {
          code: 'thirds',
          shares: { seller: 33.33, platform: 33.33, buyer: 33.34 },
          replacementShares: { seller: 0.01, buyer: 99.99 },
          outbound: 'seller_up_to_standard',
          negotiation: 'any',
          coverage: true,
          text: { en: 'Return shipping {returnShipping}: seller {sellerAmount}, buyer {buyerAmount}.' },
          disclosure: { en: 'Shared.' },
        },
      },
    },
  ],
});

function caseIssues(input: unknown): readonly Issue[] {
  try {
    parseReturnCase(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ReturnCaseError);
    return (error as ReturnCaseError).issues;
  }
  return expect.unreachable('expected the case to be refused');
}

describe('large amounts', () => {
  it('decides a return costing Number.MAX_SAFE_INTEGER minor units exactly, in the money and in the text', async () => {
    const decision = createEvaluator(marketplaceStandard).decide(aCase({ returnShipping: usd(MAX) }));
    expect(decision.totals).toEqual({ buyer: usd(MAX) });
    expect(decision.text.summary).toContain('$90,071,992,547,409.91');
    const split = createEvaluator(thirds).decide(aCase({ returnShipping: usd(MAX) }));
    expectConsistentMoney(split);
    // MAX × 33.33% = 3002099511605172.3003 (twice) and MAX × 33.34% = 3003000231530646.3994: the
    // floors leave one unit, which goes to the largest remainder: the buyer's.
    expect(split.lines[0]?.shares.map((share) => [share.party, share.amount.amount])).toEqual([
      ['seller', 3_002_099_511_605_172],
      ['platform', 3_002_099_511_605_172],
      ['buyer', 3_003_000_231_530_647],
    ]);
    expect(split.text.summary).toBe('Return shipping $90,071,992,547,409.91: seller $30,020,995,116,051.72, buyer $30,030,002,315,306.47.');
  });

  it(`splits any costs whose sum is a safe integer exactly, and refuses larger sums (${AMOUNT_RUNS} runs)`, async () => {
    const evaluator = createEvaluator(thirds);
    const amount = fc.oneof(fc.maxSafeNat(), fc.integer({ min: MAX - 1_000, max: MAX }), fc.nat(10_000));
    await fc.assert(
      fc.asyncProperty(amount, amount, amount, amount, fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }), async (back, outbound, replacement, standard, sellerBasisPoints) => {
        const costs = { returnShipping: usd(back), outboundShipping: usd(outbound), standardOutboundShipping: usd(standard), replacementShipping: usd(replacement) };
        const extra = sellerBasisPoints === undefined ? {} : { negotiatedSplit: { sellerPercent: sellerBasisPoints / 100 } };
        const input = aCase(costs, { resolution: 'exchange', coverage: { kind: 'return_guarantee', payer: 'platform', limit: usd(standard) }, ...extra });
        const sum = BigInt(back) + BigInt(outbound) + BigInt(replacement);
        const result = evaluator.safeDecide(input);
        if (sum > BigInt(MAX)) {
          expect(result.ok).toBe(false);
          expect(!result.ok && (result.error as ReturnCaseError).issues.map((issue) => [issue.path, issue.code])).toEqual([[['costs'], 'amount_too_large']]);
          return;
        }
        if (!result.ok) throw result.error;
        expectConsistentMoney(result.decision);
        expect(result.decision.lines.map((line) => line.total.amount)).toEqual([back, outbound, replacement]);
      }),
      { numRuns: AMOUNT_RUNS },
    );
  });

  it('refuses cost lines that add up beyond the largest exact total, saying by how much', () => {
    expect(caseIssues(aCase({ returnShipping: usd(MAX), outboundShipping: usd(1) }))).toEqual([
      {
        path: ['costs'],
        code: 'amount_too_large',
        message: 'returnShipping, outboundShipping and replacementShipping add up to 9007199254740992 minor units, beyond the largest exact total (9007199254740991)',
      },
    ]);
    // Amounts that are not cost lines do not add to the total.
    expect(() => parseReturnCase(aCase({ returnShipping: usd(MAX), standardOutboundShipping: usd(MAX) }, { item: { price: usd(MAX) }, coverage: { kind: 'return_guarantee', payer: 'platform', limit: usd(MAX) } }))).not.toThrow();
  });

  it('refuses amounts that are not exact integers instead of rounding them', () => {
    const at = ['costs', 'returnShipping', 'amount'];
    expect(caseIssues(aCase({ returnShipping: usd(MAX + 1) }))).toEqual([{ path: at, code: 'too_big', message: 'expected a number ≤ 9007199254740991, got the integer 9007199254740992' }]);
    expect(caseIssues(aCase({ returnShipping: usd(1e300) })).map((issue) => [issue.path, issue.code])).toEqual([[at, 'too_big']]);
    expect(caseIssues(aCase({ returnShipping: usd(10.5) })).map((issue) => [issue.path, issue.code])).toEqual([[at, 'invalid_type']]);
    expect(caseIssues(aCase({ returnShipping: usd(-1) })).map((issue) => [issue.path, issue.code])).toEqual([[at, 'too_small']]);
    expect(caseIssues(aCase({ returnShipping: { amount: '1000', currency: 'USD' } })).map((issue) => [issue.path, issue.code])).toEqual([[at, 'invalid_type']]);
  });

  it('builds the largest exact amount from a decimal string, and refuses one unit more', () => {
    expect(money('90071992547409.91', 'USD')).toEqual(usd(MAX));
    expect(money('9007199254740991', 'JPY')).toEqual({ amount: MAX, currency: 'JPY' });
    expect(() => money('90071992547409.92', 'USD')).toThrow(/exceeds the largest exact amount \(9007199254740991 minor units\)/);
    expect(() => money('9007199254740.992', 'KWD')).toThrow(ReturnCaseError);
  });
});
