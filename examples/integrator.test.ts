/**
 * How a shop tests its own code against return-liability with vitest, using the testing kit
 * (`return-liability/testing`). The same kit works under any runner: see integrator.node-test.mjs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEvaluator, loadRuleSet, type Decision, type ParcelDecision, type ReturnCase } from 'return-liability';
import { marketplaceStandard } from 'return-liability/rules';
import { aReturnCase, aReturnParcel, diffDecisions, expectOutcome, expectTotals, snapshotDecisions } from 'return-liability/testing';

// ── The shop's own code (in a real app: src/returns.ts) ─────────────────────────────────────────

/** A return request as the shop's order system stores it. */
interface ReturnRequest {
  orderId: string;
  reason: ReturnCase['reason'];
  labelCents: number;
  deliveredAt: string;
  requestedAt: string;
  defectConfirmed?: boolean;
}

const evaluator = createEvaluator(marketplaceStandard);

/** Maps the shop's request to a return case. */
function toReturnCase(request: ReturnRequest): ReturnCase {
  return {
    id: request.orderId,
    reason: request.reason,
    ...(request.defectConfirmed === undefined ? {} : { findings: { qualityDefect: request.defectConfirmed } }),
    costs: { returnShipping: { amount: request.labelCents, currency: 'USD' } },
    dates: { deliveredAt: request.deliveredAt, requestedAt: request.requestedAt },
  };
}

/** What the shop deducts from the buyer's refund for the return label, or `null` when the return is refused. */
function labelDeduction(decision: Decision): number | null {
  if (decision.outcome === 'not_returnable') return null;
  return decision.totals.buyer?.amount ?? 0;
}

/** The same for a parcel (several items, one label): what the buyer pays of the label in all. */
function parcelLabelDeduction(decision: ParcelDecision): number {
  return decision.totals.buyer?.amount ?? 0;
}

// ── The shop's tests ─────────────────────────────────────────────────────────────────────────────

describe('mapping requests to return cases', () => {
  it('builds the case the library expects', () => {
    const request: ReturnRequest = { orderId: 'A-1001', reason: 'changed_mind', labelCents: 1000, deliveredAt: '2026-03-02T10:00:00Z', requestedAt: '2026-03-05T10:00:00Z' };
    // aReturnCase is valid by construction: the mapping must produce the same case.
    expect(toReturnCase(request)).toEqual(aReturnCase({ id: 'A-1001' }));
  });
});

describe('label deductions', () => {
  it('deducts the label from a buyer who changed their mind', async () => {
    const decision = evaluator.decide(aReturnCase());
    expectOutcome(decision, { outcome: 'allocated', code: 'buyer_reasons' });
    expectTotals(decision, { buyer: 1000 });
    expect(labelDeduction(decision)).toBe(1000);
  });

  it('deducts nothing when inspection confirms a defect: the seller pays', async () => {
    const decision = evaluator.decide(aReturnCase({ reason: 'quality_defect', findings: { qualityDefect: true } }));
    expectTotals(decision, { seller: 1000 });
    expect(labelDeduction(decision)).toBe(0);
  });

  it('deducts the agreed part when buyer and seller split the label', async () => {
    const decision = evaluator.decide(aReturnCase({ reason: 'does_not_fit', negotiatedSplit: { sellerPercent: 40 } }));
    expectTotals(decision, { seller: 400, buyer: 600 });
    expect(labelDeduction(decision)).toBe(600);
  });

  it('refuses a return requested after the 15-day window', async () => {
    const decision = evaluator.decide(aReturnCase({ dates: { requestedAt: '2026-03-20T10:00:00Z' } }));
    expectOutcome(decision, 'not_returnable');
    expect(labelDeduction(decision)).toBeNull();
  });
});

describe('parcels', () => {
  it('deducts nothing when the changed-mind mug set travels with the defective kettle', () => {
    // aReturnParcel: a defective kettle and a mug set the buyer changed their mind about, one USD 10.00 label.
    const decision = evaluator.decideParcel(aReturnParcel({ id: 'A-1002' }));
    expectOutcome(decision, { outcome: 'allocated', items: { kettle: { code: 'seller_fault' }, 'mug-set': { code: 'buyer_reasons' } } });
    // marketplace-standard: the item returned at the seller's cost carries the whole label.
    expect(decision.labelSplit.portions.map((portion) => [portion.item, portion.amount.amount])).toEqual([['kettle', 1000], ['mug-set', 0]]);
    expectTotals(decision, { seller: 1000 });
    expect(parcelLabelDeduction(decision)).toBe(0);
  });
});

describe('reviewing a policy change', () => {
  // Past returns, e.g. exported from the order system; kept next to the rule file.
  const pastReturns = [
    aReturnCase({ id: 'R-1', reason: 'changed_mind' }),
    aReturnCase({ id: 'R-2', reason: 'does_not_fit', costs: { returnShipping: { amount: 790, currency: 'USD' } } }),
    aReturnCase({ id: 'R-3', reason: 'quality_defect' }),
    aReturnCase({ id: 'R-4', reason: 'does_not_fit', dates: { requestedAt: '2026-04-01T10:00:00Z' } }),
  ];

  // The shop's rule file as it is today (here: the built-in marketplace-standard file).
  const currentFile = readFileSync(new URL('../rules/marketplace-standard.json', import.meta.url), 'utf8');

  /** The edit under review: the shop pays half the label when clothes do not fit. */
  function withFitGuarantee(): unknown {
    const document = JSON.parse(currentFile) as { version: string; rules: unknown[] };
    document.version = '1.2.0';
    document.rules.push({
      name: 'fit-guarantee',
      priority: 15,
      conditions: { all: [{ fact: 'reason', operator: 'equal', value: 'does_not_fit' }] },
      event: {
        type: 'liability',
        params: {
          code: 'fit_guarantee',
          shares: { seller: 50, buyer: 50 },
          outbound: 'buyer',
          negotiation: 'seller_may_pay_more',
          coverage: true,
          // In every language the rule set is written in.
          text: {
            en: 'Our fit guarantee pays half of the {returnShipping} return shipping.',
            'zh-CN': '尺码保障承担一半退货运费（共{returnShipping}）。',
            'pt-BR': 'Nossa garantia de tamanho paga metade do frete de devolução de {returnShipping}.',
            ko: '사이즈 보장에 따라 반품 배송비({returnShipping})의 절반을 저희가 부담합니다.',
            ja: 'サイズ保証により、返品送料{returnShipping}の半額を当店が負担します。',
          },
          disclosure: {
            en: 'If it does not fit, we pay half of the return shipping.',
            'zh-CN': '尺码不合适的，我们承担一半退货运费。',
            'pt-BR': 'Se não servir, pagamos metade do frete de devolução.',
            ko: '사이즈가 맞지 않으면 반품 배송비의 절반을 저희가 부담합니다.',
            ja: 'サイズが合わない場合は、返品送料の半額を当店が負担します。',
          },
        },
      },
    });
    return document;
  }

  it('changes exactly the returns the policy owner meant to change', async () => {
    const before = snapshotDecisions(createEvaluator(loadRuleSet(JSON.parse(currentFile))), pastReturns);
    const after = snapshotDecisions(createEvaluator(loadRuleSet(withFitGuarantee())), pastReturns);
    // R-4 was outside the return window, so the new rule does not reach it.
    expect(diffDecisions(before, after)).toEqual([
      {
        caseId: 'R-2',
        kinds: ['code', 'payer', 'amount'],
        changes: [
          { field: 'code', before: 'buyer_reasons', after: 'fit_guarantee' },
          { field: 'rule', before: 'buyer-reasons', after: 'fit-guarantee' },
          { field: 'totals.seller', before: 0, after: 395 },
          { field: 'totals.buyer', before: 790, after: 395 },
          { field: 'lines.returnShipping.payers', before: 'buyer', after: 'seller+buyer' },
          { field: 'lines.returnShipping.seller', before: 0, after: 395 },
          { field: 'lines.returnShipping.buyer', before: 790, after: 395 },
        ],
      },
    ]);
  });
});
