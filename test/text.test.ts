import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../src/decide/evaluator.js';
import { PARTIES } from '../src/money/money.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { PLACEHOLDERS, SUPPORTED_LOCALES } from '../src/rule-set/schema.js';
import { catalogues } from '../src/text/catalogue.js';
import { alwaysRule, baseCase, ruleSetDocument, usd, type Json } from './helpers.js';

const ALL_PLACEHOLDERS = PLACEHOLDERS.map((name) => `${name}={${name}}`).join(' ');

/** An evaluator whose only rule tests the `week` window (so {windowDays} is allowed) and has the given params. */
function evaluatorWith(params: Json = {}) {
  const rule = { ...alwaysRule('only', 1, params), conditions: { any: [{ fact: 'window.week', operator: 'equal', value: true }, { fact: 'returnShippingAmount', operator: 'greaterThanInclusive', value: 0 }] } };
  return createEvaluator(loadRuleSet(ruleSetDocument({ windows: { week: { days: 7 } }, rules: [rule] })));
}

const decideText = async (params: Json, input: Json, locale: string) => (evaluatorWith(params).decide(input, { locale })).text;

describe('summary: the rule’s text with its placeholders filled', () => {
  const params = { shares: { seller: 40, platform: 30, insurer: 20, carrier: 10 }, text: { en: ALL_PLACEHOLDERS, 'zh-CN': ALL_PLACEHOLDERS } };
  const input = baseCase({ costs: { returnShipping: usd(1000) }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' } });

  it('in en', async () => {
    expect((await decideText(params, input, 'en')).summary).toBe(
      'returnShipping=$10.00 buyerAmount=$0.00 sellerAmount=$4.00 platformAmount=$3.00 insurerAmount=$2.00 carrierAmount=$1.00 windowDays=7 daysSinceDelivery=3',
    );
  });

  it('in zh-CN, with money formatted for that locale', async () => {
    expect((await decideText(params, input, 'zh-CN')).summary).toBe(
      'returnShipping=US$10.00 buyerAmount=US$0.00 sellerAmount=US$4.00 platformAmount=US$3.00 insurerAmount=US$2.00 carrierAmount=US$1.00 windowDays=7 daysSinceDelivery=3',
    );
  });

  it.each([
    [{ days: 7 }, '2026-03-02', '7'],
    [{ months: 1 }, '2026-01-31', '28'],
    [{ months: 1 }, '2026-03-02', '31'],
    [{ days: 14, months: 12 }, '2026-03-02', '379'],
  ])('{windowDays} of window %j delivered on %s is %s: the days from delivery to its last day', (window, deliveredAt, days) => {
    const rule = { ...alwaysRule('in-window', 2, { text: { en: '{windowDays}', 'zh-CN': '{windowDays}' } }), conditions: { all: [{ fact: 'window.w', operator: 'equal', value: true }] } };
    const evaluator = createEvaluator(loadRuleSet(ruleSetDocument({ windows: { w: window }, rules: [rule, alwaysRule('fallback', 1)] })));
    expect(evaluator.decide(baseCase({ dates: { deliveredAt, requestedAt: deliveredAt } })).text.summary).toBe(days);
  });

  it.each([
    ['JPY', 1500, 'en', '¥1,500'],
    ['JPY', 1500, 'zh-CN', 'JP¥1,500'],
    ['KWD', 1500, 'en', 'KWD\u00a01.500'],
  ])('formats %s in %s', async (currency, amount, locale, text) => {
    const summary = (await decideText({}, baseCase({ costs: { returnShipping: { amount, currency } } }), locale)).summary;
    expect(summary).toContain(text);
  });

  it('party amounts come from the final split, after negotiation and coverage', async () => {
    const text = { en: 'seller {sellerAmount}, platform {platformAmount}, buyer {buyerAmount}', 'zh-CN': '-' };
    const input2 = baseCase({ negotiatedSplit: { sellerPercent: 30 }, coverage: { kind: 'return_guarantee', payer: 'platform', limit: usd(500) } });
    expect((await decideText({ text }, input2, 'en')).summary).toBe('seller $3.00, platform $5.00, buyer $2.00');
  });
});

describe('details: one sentence per share, then what happened, then the basis', () => {
  it('rule shares and the citation, in en and zh-CN', async () => {
    const params = { shares: { seller: 66.67, buyer: 33.33 }, citation: 'Test policy §1' };
    const input = baseCase({ costs: { returnShipping: usd(900) } });
    expect((await decideText(params, input, 'en')).details).toEqual([
      'The seller pays $6.00 (66.67%) of return shipping.',
      'The buyer pays $3.00 (33.33%) of return shipping.',
      'Basis: Test policy §1.',
    ]);
    expect((await decideText(params, input, 'zh-CN')).details).toEqual(['卖家承担退货运费US$6.00（66.67%）。', '买家承担退货运费US$3.00（33.33%）。', '依据：Test policy §1。']);
  });

  it('names each cost line', async () => {
    const params = { shares: { seller: 100 }, outbound: 'buyer' };
    const input = baseCase({ costs: { returnShipping: usd(100), outboundShipping: usd(200), replacementShipping: usd(300) } });
    expect((await decideText(params, input, 'en')).details).toEqual([
      'The seller pays $1.00 (100%) of return shipping.',
      'The buyer pays $2.00 (100%) of the original delivery.',
      'The seller pays $3.00 (100%) of shipping the replacement or repaired item back.',
    ]);
  });

  it('an applied negotiated split', async () => {
    const input = baseCase({ negotiatedSplit: { sellerPercent: 25 } });
    expect((await decideText({}, input, 'en')).details).toEqual([
      'The seller pays $2.50 (25%) of return shipping, as agreed between buyer and seller.',
      'The buyer pays $7.50 (75%) of return shipping, as agreed between buyer and seller.',
      'Buyer and seller agreed a split; the seller takes $2.50 of the return shipping.',
    ]);
    expect((await decideText({}, input, 'zh-CN')).details).toEqual([
      '卖家承担退货运费US$2.50（25%），按买卖双方约定。',
      '买家承担退货运费US$7.50（75%），按买卖双方约定。',
      '买卖双方已协商分摊，卖家承担退货运费US$2.50。',
    ]);
  });

  it('a rejected negotiated split', async () => {
    const params = { shares: { seller: 100 }, negotiation: 'seller_may_pay_more' };
    const input = baseCase({ negotiatedSplit: { sellerAmount: usd(200) } });
    expect((await decideText(params, input, 'en')).details.at(-1)).toBe(
      'The agreed split was not applied: it would have the seller pay $2.00, less than the $10.00 the seller owes here.',
    );
    expect((await decideText(params, input, 'zh-CN')).details.at(-1)).toBe('协商分摊未被采用：按约定卖家仅承担US$2.00，低于卖家依规应承担的US$10.00。');
  });

  it('an ignored negotiated split', async () => {
    const input = baseCase({ negotiatedSplit: { sellerPercent: 50 } });
    expect((await decideText({ negotiation: 'none' }, input, 'en')).details.at(-1)).toBe('The agreed split was not applied: this rule does not allow negotiation.');
    expect((await decideText({ negotiation: 'none' }, input, 'zh-CN')).details.at(-1)).toBe('协商分摊未被采用：该规则不允许协商。');
  });

  it('coverage applied up to a limit, with the remainder', async () => {
    const input = baseCase({ coverage: { kind: 'return_shipping_insurance', payer: 'insurer', limit: usd(600) } });
    expect((await decideText({}, input, 'en')).details).toEqual([
      'The insurer pays $6.00 (60%) of return shipping under return-shipping insurance.',
      'The buyer pays $4.00 (40%) of return shipping.',
      'Return-shipping insurance pays $6.00 for the buyer (limit $6.00); $4.00 above the limit stays with the buyer.',
    ]);
    expect((await decideText({}, input, 'zh-CN')).details).toEqual([
      '保险公司承担退货运费US$6.00（60%），由退货运费险支付。',
      '买家承担退货运费US$4.00（40%）。',
      '退货运费险为买家支付US$6.00（上限US$6.00）；超出上限的US$4.00仍由买家承担。',
    ]);
  });

  it('coverage applied in full, without a limit', async () => {
    const input = baseCase({ coverage: { kind: 'return_guarantee', payer: 'platform' } });
    expect((await decideText({}, input, 'en')).details.at(-1)).toBe('The return guarantee pays $10.00 for the buyer.');
    expect((await decideText({}, input, 'zh-CN')).details.at(-1)).toBe('退货保障服务为买家支付US$10.00。');
  });

  it.each([
    ['rule_excludes', { coverage: false }, {}, 'the deciding rule does not allow coverage', '适用的规则不允许保障赔付'],
    ['reason_not_covered', {}, { reasons: ['wrong_item'] }, 'it does not cover this return reason', '不保障此退货原因'],
    ['not_first_return', {}, { firstReturnOnly: true }, 'it covers only the first return on an order', '仅保障订单的首次退货'],
    ['nothing_to_cover', { shares: { seller: 100 } }, {}, 'its beneficiary pays nothing for return shipping', '受益方无需承担退货运费'],
  ])('coverage not applied: %s', async (_reason, params, coverage, en, zh) => {
    const input = baseCase({ priorReturns: 1, coverage: { kind: 'return_guarantee', payer: 'platform', ...coverage } });
    expect((await decideText(params, input, 'en')).details.at(-1)).toBe(`The return guarantee does not pay here: ${en}.`);
    expect((await decideText(params, input, 'zh-CN')).details.at(-1)).toBe(`退货保障服务在本次退货中不予赔付：${zh}。`);
  });

  it('outbound not decided', async () => {
    const input = baseCase({ costs: { returnShipping: usd(1000), outboundShipping: usd(500) } });
    expect((await decideText({}, input, 'en')).details.at(-1)).toBe('The rule set does not say who bears the original delivery cost.');
    expect((await decideText({}, input, 'zh-CN')).details.at(-1)).toBe('规则未规定原发货运费由谁承担。');
  });
});

describe('catalogues', () => {
  it.each(SUPPORTED_LOCALES.filter((locale) => locale in catalogues))('%s names every party and cost line', (locale) => {
    const catalogue = catalogues[locale];
    for (const party of PARTIES) expect(catalogue.party[party]).toBeTruthy();
    expect(Object.keys(catalogue.cost).sort()).toEqual(['outboundShipping', 'replacementShipping', 'returnShipping']);
  });
});
