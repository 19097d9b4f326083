import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import jpJson from '../rules/jp-specified-commercial-transactions.json' with { type: 'json' };
import { createEvaluator } from '../src/decide/evaluator.js';
import { describePolicy } from '../src/policy/describe.js';
import { policyToText } from '../src/policy/render.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { jpSpecifiedCommercialTransactions as jp, marketplaceStandard } from '../src/rules.js';
import type { Json } from './helpers.js';
import { arbitraryCase, merge, outcomeOf, type Row } from './statute-helpers.js';
import { type Citations, latinWords, statuteTableInLocales } from './statute-locale-helpers.js';

const jpy = (amount: number) => ({ amount, currency: 'JPY' });

/** Changed mind, ¥800 return shipping; delivered on Wednesday 4 March 2026 (day 1), returned on day 3, Tokyo time. */
const base: Json = {
  reason: 'changed_mind',
  costs: { returnShipping: jpy(800) },
  dates: { deliveredAt: '2026-03-04', requestedAt: '2026-03-06' },
  timeZone: 'Asia/Tokyo',
  jurisdiction: 'JP',
};
const caseFor = (overrides: Json) => merge(base, overrides);

const defect = { reason: 'quality_defect', findings: { qualityDefect: true } };
const on = (requestedAt: string, deliveredAt?: string) => ({ dates: { requestedAt, ...(deliveredAt === undefined ? {} : { deliveredAt }) } });
const outbound = (freeShipping = 'none'): Json => ({ costs: { outboundShipping: jpy(600) }, seller: { freeShipping } });
const specialTerms = { attributes: { returnSpecialTermsShown: true } };
const NR = 'not_returnable' as const;

const act = (ja: string, en: string, zh: string) => ({ ja: `特定商取引法${ja}`, en: `Act on Specified Commercial Transactions ${en}`, 'zh-CN': `日本《特定商业交易法》${zh}` });

/** The citation each rule carries in each locale, pinned. */
const CITATIONS: Citations = {
  'seller-fault-remedy': { ja: '民法第562条第1項、第485条', en: 'Civil Code arts. 562(1), 485', 'zh-CN': '日本《民法》第562条第1款、第485条' },
  'seller-fault': { ja: '民法第562条～第564条、第545条', en: 'Civil Code arts. 562–564, 545', 'zh-CN': '日本《民法》第562条至第564条、第545条' },
  'not-mail-order': act('第2条第2項、第15条の3第1項', 'arts. 2(2), 15-3(1)', '第2条第2款、第15条之3第1款'),
  'return-special-terms-shown': act('第15条の3第1項ただし書', 'art. 15-3(1) proviso', '第15条之3第1款但书'),
  'past-statutory-return-period': act('第15条の3第1項', 'art. 15-3(1)', '第15条之3第1款'),
  'statutory-return-seller-pays': act('第15条の3第1項、第2項', 'art. 15-3(1), (2)', '第15条之3第1款、第2款'),
  'statutory-return': act('第15条の3第1項、第2項', 'art. 15-3(1), (2)', '第15条之3第1款、第2款'),
};

const ROWS: Row[] = [
  // The statutory right of return (art. 15-3): 8 days counting the day of delivery, at the buyer's cost.
  ['statutory return: the buyer pays the return shipping', {}, 'statutory-return', { buyer: 800 }],
  ['statutory return: the original delivery is not refunded', outbound(), 'statutory-return', { buyer: 1400 }],
  ['statutory return: an agreed split applies', { negotiatedSplit: { sellerPercent: 50 } }, 'statutory-return', { seller: 400, buyer: 400 }],
  ['statutory return: the seller promised free returns', { seller: { freeReturns: true } }, 'statutory-return-seller-pays', { seller: 800 }],
  ['statutory return: no kind of goods is excluded, used ones included', { item: { tags: ['custom_made', 'perishable', 'hygiene_seal_broken', 'media_seal_broken'], condition: 'used' } }, 'statutory-return', { buyer: 800 }],
  ['a stated defect without a finding is a statutory return', { reason: 'quality_defect' }, 'statutory-return', { buyer: 800 }],
  ['a shown return special term replaces the statutory right', specialTerms, 'return-special-terms-shown', NR],
  ['… even on day 1', { ...specialTerms, ...on('2026-03-04') }, 'return-special-terms-shown', NR],
  ['a special term not shown changes nothing', { attributes: { returnSpecialTermsShown: false } }, 'statutory-return', { buyer: 800 }],
  ['bought in a shop: not mail order', { channel: 'in_store' }, 'not-mail-order', NR],
  ['bought door to door: cooling-off is another regime, not assessed', { channel: 'off_premises' }, 'not-mail-order', NR],

  // Counting: the day of delivery is day 1, so day 8 is delivery + 7; no roll-over.
  ['day 1, the day of delivery', on('2026-03-04T21:00:00'), 'statutory-return', { buyer: 800 }],
  ['day 8 (Wednesday 11 March), the last day', on('2026-03-11'), 'statutory-return', { buyer: 800 }],
  ['day 9 is late', on('2026-03-12'), 'past-statutory-return-period', NR],
  ['23:59 Tokyo time on day 8', on('2026-03-11T23:59:00+09:00'), 'statutory-return', { buyer: 800 }],
  ['15:30 UTC on day 8 is already day 9 in Tokyo', on('2026-03-11T15:30:00Z'), 'past-statutory-return-period', NR],
  ['a day 8 on a Saturday does not move', on('2026-03-16', '2026-03-07'), 'past-statutory-return-period', NR],
  ['… the Saturday itself is in time', on('2026-03-14', '2026-03-07'), 'statutory-return', { buyer: 800 }],
  ['a day 8 on a public holiday (Vernal Equinox Day, 20 March) does not move', on('2026-03-21', '2026-03-13'), 'past-statutory-return-period', NR],

  // Non-conformity (Civil Code arts. 562–564): the seller pays, whatever the channel, the special term or the 8 days.
  ['a defect: the seller pays the return and refunds the delivery', merge(defect, outbound()), 'seller-fault', { seller: 1400 }],
  ['a defect', defect, 'seller-fault', { seller: 800 }],
  ['wrong item', { reason: 'wrong_item', findings: { wrongItem: true } }, 'seller-fault', { seller: 800 }],
  ['not as described', { reason: 'not_as_described', findings: { notAsDescribed: true } }, 'seller-fault', { seller: 800 }],
  ['missing parts', { reason: 'missing_parts', findings: { missingParts: true } }, 'seller-fault', { seller: 800 }],
  ['damaged before delivery', { reason: 'damaged_in_transit', findings: { damagedInTransit: true } }, 'seller-fault', { seller: 800 }],
  ['a defect with a return special term shown', { ...defect, ...specialTerms }, 'seller-fault', { seller: 800 }],
  ['a defect after the 8 days', { ...defect, ...on('2026-06-01') }, 'seller-fault', { seller: 800 }],
  ['a defect in a shop purchase', { ...defect, channel: 'in_store' }, 'seller-fault', { seller: 800 }],
  ['a defect: a split agreed onto the buyer does not apply', { ...defect, negotiatedSplit: { sellerPercent: 0 } }, 'seller-fault', { seller: 800 }],
  ['a defect, replaced: both legs on the seller, the delivery not refunded', merge(merge(defect, outbound()), { resolution: 'exchange', costs: { replacementShipping: jpy(800) } }), 'seller-fault-remedy', { seller: 1600, buyer: 600 }],
  ['a defect, repaired', { ...defect, resolution: 'repair', costs: { replacementShipping: jpy(800) } }, 'seller-fault-remedy', { seller: 1600 }],
];

describe('jp-specified-commercial-transactions', () => {
  it('loads with no error, and the built-in export is that document', () => {
    expect(loadRuleSet(structuredClone(jpJson)).digest).toBe(jp.digest);
    expect([jp.id, jp.locales, jp.defaultLocale]).toEqual(['jp-specified-commercial-transactions', ['ja', 'en', 'zh-CN'], 'ja']);
  });

  it('says which texts it follows and as of which date, how the 8 days count, and that it charges no fee', () => {
    expect(jp.source).toContain('as in force on 2026-12-01');
    for (const text of ['特定商取引に関する法律', '15-3', '12-6', '民法', 'that day being day 1', 'returnSpecialTermsShown', 'Fees: none']) expect(jp.source).toContain(text);
  });

  it('gives every rule its citation in every locale', () => {
    expect(Object.fromEntries(jp.rules.map((rule) => [rule.name, rule.event.params.citation]))).toEqual(CITATIONS);
  });

  it('counts the 8 days as delivery + 7 and never moves them', () => {
    expect(jp.windows).toEqual({ statutory_return: { days: 7 } });
  });

  it('declares returnSpecialTermsShown, false unless a case says so', () => {
    expect(Object.fromEntries(Object.entries(jp.facts).map(([name, fact]) => [name, [fact.type, fact.default]]))).toEqual({ returnSpecialTermsShown: ['boolean', false] });
  });

  it('charges no fee and deducts nothing on any rule', () => {
    for (const rule of jp.rules) {
      if (rule.event.type !== 'liability') continue;
      expect([rule.name, rule.event.params.fees, rule.event.params.diminishedValue ?? 'waive']).toEqual([rule.name, undefined, 'waive']);
    }
  });

  statuteTableInLocales(jp, ROWS, caseFor, CITATIONS);

  it('refuses a returnSpecialTermsShown that is not a boolean, at its path', () => {
    const result = createEvaluator(jp).safeDecide(caseFor({ attributes: { returnSpecialTermsShown: 'yes' } }));
    expect(result.ok ? [] : (result.error as { issues?: { path: unknown }[] }).issues?.map((issue) => issue.path)).toEqual([['attributes', 'returnSpecialTermsShown']]);
  });

  it('explains a statutory return in each locale', () => {
    const evaluator = createEvaluator(jp);
    const summaries = Object.fromEntries(jp.locales.map((locale) => [locale, evaluator.decide(caseFor({}), { locale }).text.summary]));
    expect(summaries).toEqual({
      ja: '商品を受け取った日から数えて8日以内の申出のため、法定の返品権により返品できます。返送料（￥800）は購入者の負担で、購入者の支払額は￥800です。当初の配送料は返金されません。',
      en: 'The request came within 8 days of delivery, counting the day of delivery, so the item can be returned under the statutory right of return. The buyer bears the return shipping (¥800) and pays ¥800 of it; the original delivery is not refunded.',
      'zh-CN': '申请在以收货当日起算的8日内提出，可依法定退货权退货。退货运费（JP¥800）由买家承担，买家实付JP¥800；原配送费用不予退还。',
    });
  });

  describe('as a floor under marketplace-standard', () => {
    const evaluator = createEvaluator(marketplaceStandard, { floor: jp });

    it('overrides the marketplace refusing a defect reported after its 15 days', () => {
      const input = caseFor({ ...defect, ...on('2026-04-10') });
      expect(createEvaluator(marketplaceStandard).decide(input).outcome).toBe('not_returnable');
      const decision = evaluator.decide(input);
      expect([decision.rule.name, outcomeOf(decision), decision.overriddenBy]).toEqual(['seller-fault', { seller: 800 }, { ruleSet: 'jp-specified-commercial-transactions', rule: 'seller-fault', citation: CITATIONS['seller-fault']?.['en'] }]);
    });

    it('lets the marketplace stand where it charges what the statute allows: a changed mind on day 3', () => {
      const decision = evaluator.decide(caseFor(outbound()));
      expect([decision.ruleSet.id, decision.rule.name, outcomeOf(decision), decision.overriddenBy]).toEqual(['marketplace-standard', 'buyer-reasons', { buyer: 1400 }, undefined]);
    });

    it('lets the marketplace stand where it gives more: 15 days instead of 8', () => {
      const decision = evaluator.decide(caseFor(on('2026-03-16')));
      expect([decision.ruleSet.id, decision.outcome, decision.overriddenBy]).toEqual(['marketplace-standard', 'allocated', undefined]);
    });

    it('cites the Civil Code in Chinese when it decides in Chinese', () => {
      const decision = evaluator.decide(caseFor({ ...defect, ...on('2026-04-10') }), { locale: 'zh-CN' });
      expect(decision.text.details[0]).toContain(CITATIONS['seller-fault']?.['zh-CN']);
      expect(decision.text.details.join('\n')).not.toContain('Civil Code');
    });
  });

  describe('policy', () => {
    it.each(jp.locales)('reads as policy text in %s', (locale) => {
      const doc = describePolicy(jp, { locale });
      expect(doc.locale).toBe(locale);
      const text = policyToText(doc);
      if (locale !== 'en') expect(latinWords(text)).toEqual([]);
      expect(text).toMatchSnapshot();
    });
  });

  it('decides every combination of the facts it tests, with exact money', () => {
    const evaluator = createEvaluator(jp);
    fc.assert(
      fc.property(arbitraryCase('JPY', 'Asia/Tokyo'), fc.boolean(), (input, shown) => {
        const decision = evaluator.decide({ ...input, attributes: { returnSpecialTermsShown: shown } });
        for (const line of decision.lines) expect(line.shares.reduce((sum, share) => sum + share.amount.amount, 0)).toBe(line.total.amount);
        const fault = Object.values((input['findings'] ?? {}) as Record<string, boolean>).some(Boolean);
        // Non-conformity is always the seller's; without it, a shown special term leaves nothing to the statute.
        if (fault) expect(decision.code).toBe('seller_fault');
        else if (shown) expect(decision.outcome).toBe('not_returnable');
      }),
      { numRuns: 300 },
    );
  });
});
