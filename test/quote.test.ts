/**
 * quoteReturnCosts: one representative return per reason, decided by the evaluator that decides
 * real returns, with the window it depends on and one sentence per reason.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../src/decide/evaluator.js';
import { NoRuleMatchedError, ReturnCaseError, ReturnLiabilityError } from '../src/errors.js';
import { quoteReturnCosts, type ReturnDraft, type ReturnQuote } from '../src/storefront/quote.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { marketplaceStandard } from '../src/rules.js';
import { alwaysRule, liabilityParams, pathsAndCodes, failure, ruleSetDocument, usd, type Json, fact, notReturnableRule } from './helpers.js';

const marketplace = createEvaluator(marketplaceStandard);
const draft: ReturnDraft = { costs: { returnShipping: usd(690), outboundShipping: usd(399) } };

const OWN_REASONS = ['late_delivery', 'changed_mind', 'does_not_fit', 'ordered_by_mistake', 'better_price_found', 'other'];
const FAULTS = ['quality_defect', 'wrong_item', 'not_as_described', 'damaged_in_transit', 'missing_parts'];
const sellerFault = {
  name: 'fault',
  priority: 100,
  conditions: { any: FAULTS.map((reason) => fact('reason', 'equal', reason)) },
  event: { type: 'liability', params: liabilityParams({ code: 'seller_fault', shares: { seller: 100 } }) },
};

const row = (quote: ReturnQuote) => [quote.reason, quote.outcome, quote.code, quote.buyerPays?.amount, quote.within?.name];

describe('quoteReturnCosts on the marketplace standard', () => {
  it('quotes every reason: the seller pays for faults, the buyer for own reasons, within the 15-day window', async () => {
    const quotes = quoteReturnCosts(marketplace, draft);
    expect(quotes.map(row)).toEqual([
      ['quality_defect', 'allocated', 'seller_fault', 0, 'dispute'],
      ['wrong_item', 'allocated', 'seller_fault', 0, 'dispute'],
      ['not_as_described', 'allocated', 'seller_fault', 0, 'dispute'],
      ['damaged_in_transit', 'allocated', 'seller_fault', 0, 'dispute'],
      ['missing_parts', 'allocated', 'seller_fault', 0, 'dispute'],
      // A late delivery is quoted as one after the promised date: the seller's fault.
      ['late_delivery', 'allocated', 'seller_late_delivery', 0, 'dispute'],
      ['changed_mind', 'allocated', 'buyer_reasons', 690, 'dispute'],
      ['does_not_fit', 'allocated', 'buyer_reasons', 690, 'dispute'],
      ['ordered_by_mistake', 'allocated', 'buyer_reasons', 690, 'dispute'],
      ['better_price_found', 'allocated', 'buyer_reasons', 690, 'dispute'],
      ['other', 'allocated', 'no_fault_found', 690, 'dispute'],
    ]);
    // The original delivery is in the totals, not in what the buyer pays to send the item back.
    expect(quotes[6]?.totals).toEqual({ buyer: usd(1089) });
    expect(quotes[0]?.totals).toEqual({ seller: usd(1089) });
    expect(quotes[6]?.within).toEqual({ name: 'dispute', days: 15 });
  });

  it('says who pays in one sentence per reason, in English and Chinese', async () => {
    const en = quoteReturnCosts(marketplace, draft, { reasons: ['quality_defect', 'changed_mind'] });
    expect(en.map((quote) => [quote.label, quote.summary])).toEqual([
      ['Defective', 'If the item is defective (within 15 days of delivery), the seller pays return shipping; you pay nothing.'],
      ['Changed mind', 'If you change your mind (within 15 days of delivery), you pay about $6.90 for return shipping.'],
    ]);
    const zh = quoteReturnCosts(marketplace, draft, { locale: 'zh-CN', reasons: ['quality_defect', 'changed_mind'] });
    expect(zh.map((quote) => [quote.locale, quote.label, quote.summary])).toEqual([
      ['zh-CN', '质量问题', '如商品有质量问题（收到商品后15天内），退货运费由卖家承担，您无需支付。'],
      ['zh-CN', '不想要了', '如您不想要了（收到商品后15天内），退货运费约US$6.90，由您承担。'],
    ]);
  });

  it.each([
    ['en', 'If the item arrives after the promised date (within 15 days of delivery), the seller pays return shipping; you pay nothing.'],
    ['zh-CN', '如商品晚于承诺的日期送达（收到商品后15天内），退货运费由卖家承担，您无需支付。'],
    ['pt-BR', 'Se o item chegar depois da data prometida (em até 15 dias após o recebimento), o vendedor paga o frete de devolução; você não paga nada.'],
    ['ko', '상품이 약속한 배송일보다 늦게 도착한 경우(상품 수령 후 15일 이내), 반품 배송비는 판매자가 부담하며 고객님이 내실 금액은 없습니다.'],
    ['ja', '商品がお届け予定日より遅れて届いた場合（商品到着後15日以内）、返品送料は販売者が負担し、お客様のご負担はありません。'],
  ])('quotes a late delivery as one after the promised date, which the seller pays for (%s)', (locale, summary) => {
    const [late] = quoteReturnCosts(marketplace, draft, { locale, reasons: ['late_delivery'] });
    expect([late?.locale, late?.rule, late?.summary]).toEqual([locale, 'late-delivery', summary]);
  });

  it('decides exactly the documented representative return', async () => {
    const [defect, remorse] = quoteReturnCosts(marketplace, draft, { reasons: ['quality_defect', 'changed_mind'] });
    const dates = { deliveredAt: '2026-01-05', requestedAt: '2026-01-06' };
    const decidedDefect = marketplace.decide({ ...draft, reason: 'quality_defect', findings: { qualityDefect: true }, item: { condition: 'opened' }, dates });
    const decidedRemorse = marketplace.decide({ ...draft, reason: 'changed_mind', item: { condition: 'intact' }, dates });
    expect(defect?.totals).toEqual(decidedDefect.totals);
    expect(remorse?.totals).toEqual(decidedRemorse.totals);
    expect([defect?.rule, remorse?.rule]).toEqual([decidedDefect.rule.name, decidedRemorse.rule.name]);
  });

  it.each([
    ['a free-returns promise', { seller: { freeReturns: true } }, 'If you change your mind (within 15 days of delivery), the seller pays return shipping; you pay nothing.', 0],
    [
      'a guarantee with a limit below the cost',
      { coverage: { kind: 'return_guarantee', payer: 'platform', limit: usd(500) } },
      'If you change your mind (within 15 days of delivery), you pay about $1.90 and the platform pays the rest of return shipping.',
      190,
    ],
    ['no return-shipping cost', { costs: { returnShipping: usd(0) } }, 'If you change your mind (within 15 days of delivery), return shipping costs you nothing.', 0],
  ])('with %s', async (_, extra, summary, buyerPays) => {
    const [quote] = quoteReturnCosts(marketplace, { ...draft, ...extra } as ReturnDraft, { reasons: ['changed_mind'] });
    expect(quote?.summary).toBe(summary);
    expect(quote?.buyerPays).toEqual(usd(buyerPays));
  });

  it('names every party that pays, in party order', async () => {
    const sellerCovered: ReturnDraft = { ...draft, coverage: { kind: 'return_shipping_insurance', payer: 'insurer', beneficiary: 'seller', limit: usd(500) } };
    const [en] = quoteReturnCosts(marketplace, sellerCovered, { reasons: ['quality_defect'] });
    expect(en?.summary).toBe('If the item is defective (within 15 days of delivery), the seller and the insurer pay return shipping; you pay nothing.');
    expect(en?.totals).toEqual({ seller: usd(589), insurer: usd(500) });
    const [zh] = quoteReturnCosts(marketplace, sellerCovered, { locale: 'zh-CN', reasons: ['quality_defect'] });
    expect(zh?.summary).toBe('如商品有质量问题（收到商品后15天内），退货运费由卖家和保险公司承担，您无需支付。');
  });

  it('includes the replacement leg of an exchange in what the buyer pays', async () => {
    const exchange: ReturnDraft = { costs: { returnShipping: usd(690), replacementShipping: usd(500) }, resolution: 'exchange' };
    const [quote] = quoteReturnCosts(marketplace, exchange, { reasons: ['does_not_fit'] });
    expect(quote?.buyerPays).toEqual(usd(1190));
  });

  it('quotes the requested reasons in the requested order, and falls back to the default locale', async () => {
    const quotes = quoteReturnCosts(marketplace, draft, { reasons: ['other', 'wrong_item'], locale: 'de-DE' });
    expect(quotes.map((quote) => [quote.reason, quote.locale])).toEqual([
      ['other', 'en'],
      ['wrong_item', 'en'],
    ]);
  });
});

describe('quoteReturnCosts refunds', () => {
  const priced: ReturnDraft = { ...draft, item: { price: usd(2400) } };

  it('quotes the expected refund when the item has a price: the representative decision’s settlement', async () => {
    const [defect, remorse] = quoteReturnCosts(marketplace, priced, { reasons: ['quality_defect', 'changed_mind'] });
    // A fault: the price, the original delivery and the buyer's own label come back.
    expect(defect?.refund).toEqual(usd(2400 + 399 + 690));
    // A change of mind: the price only; the buyer bears both legs.
    expect(remorse?.refund).toEqual(usd(2400));
    const decided = marketplace.decide({ ...priced, reason: 'quality_defect', findings: { qualityDefect: true }, item: { price: usd(2400), condition: 'opened' }, dates: { deliveredAt: '2026-01-05', requestedAt: '2026-01-06' } });
    expect(defect?.refund).toEqual(decided.settlement?.refund);
  });

  it('deducts the buyer’s share of a merchant’s or platform’s label instead of reimbursing others’ share of the buyer’s', async () => {
    for (const labelSource of ['merchant', 'platform'] as const) {
      const [defect, remorse] = quoteReturnCosts(marketplace, { ...priced, labelSource }, { reasons: ['quality_defect', 'changed_mind'] });
      expect([defect?.refund, remorse?.refund]).toEqual([usd(2400 + 399), usd(2400 - 690)]);
      // Who pays what does not change.
      expect(remorse?.buyerPays).toEqual(usd(690));
    }
  });

  it('counts the quantity and keeps a rule’s restocking fee', async () => {
    const restocking = createEvaluator(
      loadRuleSet(ruleSetDocument({ rules: [sellerFault, alwaysRule('own-reasons', 1, { fees: { restocking: { percent: 15, max: { USD: 1000 } } } })] })),
    );
    const [remorse, defect] = quoteReturnCosts(restocking, { ...draft, item: { price: usd(2400), quantity: 2 } }, { reasons: ['changed_mind', 'quality_defect'] });
    // 15% of $48.00 is $7.20, under the $10.00 maximum.
    expect(remorse?.refund).toEqual(usd(4800 - 720));
    // The test rule leaves the original delivery with the buyer: only the label comes back with the price.
    expect(defect?.refund).toEqual(usd(4800 + 690));
    const [expensive] = quoteReturnCosts(restocking, { ...draft, item: { price: usd(20000) } }, { reasons: ['changed_mind'] });
    expect(expensive?.refund).toEqual(usd(20000 - 1000));
  });

  it('quotes no refund without a price, nor when the item cannot be returned', async () => {
    const [unpriced] = quoteReturnCosts(marketplace, draft, { reasons: ['changed_mind'] });
    expect(unpriced).not.toHaveProperty('refund');
    const refusing = createEvaluator(loadRuleSet(ruleSetDocument({ rules: [notReturnableRule('final-sale', 10, { all: [fact('reason', 'equal', 'changed_mind')] }), alwaysRule('other', 1)] })));
    const [refused, other] = quoteReturnCosts(refusing, priced, { reasons: ['changed_mind', 'other'] });
    expect(refused).not.toHaveProperty('refund');
    expect(other?.refund).toEqual(usd(2400));
  });

  it('finds the window after which a restocking fee applies, though the same party pays return shipping', async () => {
    const evaluator = createEvaluator(
      loadRuleSet(
        ruleSetDocument({
          windows: { week: { days: 7 } },
          rules: [
            { name: 'early', priority: 10, conditions: { all: [fact('window.week', 'equal', true)] }, event: { type: 'liability', params: liabilityParams() } },
            alwaysRule('late', 1, { fees: { restocking: { percent: 10 } } }),
          ],
        }),
      ),
    );
    const [quote] = quoteReturnCosts(evaluator, priced, { reasons: ['changed_mind'] });
    expect([quote?.rule, quote?.refund, quote?.within]).toEqual(['early', usd(2400), { name: 'week', days: 7 }]);
    // Without a price there is no fee to tell the two apart.
    const [unpriced] = quoteReturnCosts(evaluator, draft, { reasons: ['changed_mind'] });
    expect(unpriced?.within).toBeUndefined();
  });

  it('refuses an inspection in a draft', async () => {
    const error = failure(() => quoteReturnCosts(marketplace, { ...priced, inspection: { diminishedValue: usd(100) } } as ReturnDraft));
    expect(pathsAndCodes((error as ReturnCaseError).issues)).toEqual([[['inspection'], 'not_in_draft']]);
  });
});

describe('quoteReturnCosts on other rule sets', () => {
  /** Own reasons: 5 days (extended past weekends); faults: 24 months; custom-made items excluded from own-reason returns. */
  const windowed = createEvaluator(
    loadRuleSet(
      ruleSetDocument({
        windows: { remorse: { days: 5, extendPastHolidays: true }, guarantee: { months: 24 } },
        rules: [
          notReturnableRule('past-remorse', 300, { all: [fact('reason', 'in', OWN_REASONS), fact('window.remorse', 'equal', false)] }),
          notReturnableRule('past-guarantee', 300, { all: [fact('reason', 'in', FAULTS), fact('window.guarantee', 'equal', false)] }),
          notReturnableRule('custom-made', 200, { all: [fact('reason', 'in', OWN_REASONS), fact('itemTags', 'contains', 'custom_made')] }),
          sellerFault,
          alwaysRule('own-reasons', 1),
        ],
      }),
    ),
  );

  it('finds the window each outcome depends on, even one that a weekend would extend', async () => {
    // From the Monday delivery, 5 days end on a Saturday: the probe must not land inside the extension.
    const quotes = quoteReturnCosts(windowed, draft, { reasons: ['changed_mind', 'quality_defect'] });
    expect(quotes.map((quote) => [quote.reason, quote.within])).toEqual([
      ['changed_mind', { name: 'remorse', days: 5, extendPastHolidays: true }],
      ['quality_defect', { name: 'guarantee', months: 24 }],
    ]);
    expect(quotes.map((quote) => quote.summary)).toEqual([
      'If you change your mind (within 5 days of delivery), you pay about $6.90 for return shipping.',
      'If the item is defective (within 24 months of delivery), the seller pays return shipping; you pay nothing.',
    ]);
  });

  it('says when an item cannot be returned for a reason', async () => {
    const customMade: ReturnDraft = { ...draft, item: { tags: ['custom_made'] } };
    const [remorse, defect] = quoteReturnCosts(windowed, customMade, { reasons: ['changed_mind', 'quality_defect'] });
    expect(remorse).toMatchObject({ outcome: 'not_returnable', code: 'custom_made', rule: 'custom-made', totals: {} });
    expect(remorse?.buyerPays).toBeUndefined();
    expect(remorse?.within).toBeUndefined();
    expect(remorse?.summary).toBe('If you change your mind, the item cannot be returned.');
    expect(defect?.outcome).toBe('allocated');
    const [zh] = quoteReturnCosts(windowed, customMade, { locale: 'zh-CN', reasons: ['changed_mind'] });
    expect(zh?.summary).toBe('如您不想要了，该商品不支持退货。');
  });

  it('asks on the delivery day itself when a window ends that day', async () => {
    const sameDay = createEvaluator(
      loadRuleSet(ruleSetDocument({ windows: { same_day: { days: 0 } }, rules: [notReturnableRule('too-late', 10, { all: [fact('window.same_day', 'equal', false)] }), alwaysRule('own-reasons', 1)] })),
    );
    const [quote] = quoteReturnCosts(sameDay, draft, { reasons: ['changed_mind'] });
    expect([quote?.outcome, quote?.within?.name]).toEqual(['allocated', 'same_day']);
    expect(quote?.summary).toBe('If you change your mind (within 0 days of delivery), you pay about $6.90 for return shipping.');
  });

  it('reports no window when none changes the outcome', async () => {
    const timeless = createEvaluator(loadRuleSet(ruleSetDocument({ rules: [sellerFault, alwaysRule('own-reasons', 1)] })));
    const quotes = quoteReturnCosts(timeless, draft, { reasons: ['changed_mind', 'wrong_item'] });
    expect(quotes.map((quote) => quote.within)).toEqual([undefined, undefined]);
    expect(quotes[1]?.summary).toBe('If you receive the wrong item, the seller pays return shipping; you pay nothing.');
  });

  it('passes rule-set errors through', async () => {
    const faultsOnly = createEvaluator(loadRuleSet(ruleSetDocument({ rules: [sellerFault] })));
    expect(failure(() => quoteReturnCosts(faultsOnly, draft, { reasons: ['changed_mind'] }))).toBeInstanceOf(NoRuleMatchedError);
  });
});

describe('quoteReturnCosts input', () => {
  async function draftIssues(value: unknown) {
    const error = failure(() => quoteReturnCosts(marketplace, value as ReturnDraft));
    expect(error).toBeInstanceOf(ReturnCaseError);
    return pathsAndCodes((error as ReturnCaseError).issues);
  }

  it('refuses what only a real return has, naming each field', async () => {
    expect(await draftIssues({ ...draft, reason: 'changed_mind', dates: {}, findings: {}, negotiatedSplit: {}, priorReturns: 1, id: 'x', item: { condition: 'used' } })).toEqual([
      [['reason'], 'not_in_draft'],
      [['dates'], 'not_in_draft'],
      [['findings'], 'not_in_draft'],
      [['negotiatedSplit'], 'not_in_draft'],
      [['priorReturns'], 'not_in_draft'],
      [['id'], 'not_in_draft'],
      [['item', 'condition'], 'not_in_draft'],
    ]);
    const error = failure(() => quoteReturnCosts(marketplace, { ...draft, reason: 'changed_mind' } as ReturnDraft));
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid return case (1 issue):
        - reason: a draft has no reason: quoteReturnCosts decides one representative return per reason"
    `);
  });

  it.each([
    ['a float amount', { costs: { returnShipping: { amount: 6.9, currency: 'USD' } } }, [[['costs', 'returnShipping', 'amount'], 'invalid_type']]],
    ['an unknown key', { ...draft, colour: 'red' }, [[[], 'unrecognized_keys']]],
    ['mixed currencies', { costs: { returnShipping: usd(690), outboundShipping: { amount: 399, currency: 'EUR' } } }, [[['costs', 'outboundShipping', 'currency'], 'mixed_currencies']]],
    ['an unknown time zone', { ...draft, timeZone: 'Mars/Olympus' }, [[['timeZone'], 'unknown_time_zone']]],
    ['an item that is not an object', { ...draft, item: 'mug' }, [[['item'], 'invalid_type']]],
    ['no costs', {}, [[['costs'], 'invalid_type']]],
  ])('validates the rest as a return case: %s', async (_, value, expected) => {
    expect(await draftIssues(value)).toEqual(expected);
  });

  it.each([null, 'draft', [draft]])('refuses %j as a draft', async (value) => {
    expect(await draftIssues(value)).toEqual([[[], 'invalid_type']]);
  });

  it.each([
    [{ reasons: [] }, 'options.reasons must be a non-empty array of return reasons'],
    [{ reasons: ['changed_mind', 'bored'] }, 'options.reasons[1] is "bored"; expected one of quality_defect, wrong_item, not_as_described, damaged_in_transit, missing_parts, late_delivery, changed_mind, does_not_fit, ordered_by_mistake, better_price_found, other'],
    [{ locale: 42 }, 'options.locale must be a language tag such as "en" or "zh-CN", got number'],
  ])('refuses options %j', async (options, message) => {
    const error = failure(() => quoteReturnCosts(marketplace, draft, options as never));
    expect([error.code, error.message]).toEqual(['invalid_option', message]);
  });

  it('needs an evaluator', async () => {
    const error = failure(() => quoteReturnCosts({ decide: () => undefined } as never, draft));
    expect(error).toBeInstanceOf(ReturnLiabilityError);
    expect([error.code, error.message]).toEqual(['invalid_option', 'quoteReturnCosts() needs an evaluator from createEvaluator()']);
  });
});

describe('quoteReturnCosts windows', () => {
  it('ignores a window after which another rule decides the same money', async () => {
    // After 7 days a defect is "repaired" rather than "refunded" — still entirely at the seller's cost.
    const evaluator = createEvaluator(
      loadRuleSet(
        ruleSetDocument({
          windows: { week: { days: 7 } },
          rules: [
            { ...sellerFault, name: 'fault-early', conditions: { all: [sellerFault.conditions, fact('window.week', 'equal', true)] } },
            { ...sellerFault, name: 'fault-late', priority: 90, event: { type: 'liability', params: liabilityParams({ code: 'seller_repair', shares: { seller: 100 } }) } },
            alwaysRule('own-reasons', 1),
          ],
        }),
      ),
    );
    const [quote] = quoteReturnCosts(evaluator, draft, { reasons: ['quality_defect'] });
    expect([quote?.rule, quote?.within]).toEqual(['fault-early', undefined]);
  });
});
