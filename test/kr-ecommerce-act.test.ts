import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import krEcommerceActJson from '../rules/kr-ecommerce-act.json' with { type: 'json' };
import { createCalendar, type CalendarOptions } from '../src/facts/calendar.js';
import { createEvaluator } from '../src/decide/evaluator.js';
import { describePolicy } from '../src/policy/describe.js';
import { policyToText } from '../src/policy/render.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { krEcommerceAct, marketplaceStandard } from '../src/rules.js';
import type { Json } from './helpers.js';
import { arbitraryCase, merge, outcomeOf, type Row } from './statute-helpers.js';
import { type Citations, latinWords, statuteTableInLocales } from './statute-locale-helpers.js';

const krw = (amount: number) => ({ amount, currency: 'KRW' });

/** Changed mind, ₩3,000 return shipping; supplied on Wednesday 4 March 2026, withdrawn on day 2, Seoul time. */
const base: Json = {
  reason: 'changed_mind',
  costs: { returnShipping: krw(3000) },
  dates: { deliveredAt: '2026-03-04', requestedAt: '2026-03-06' },
  timeZone: 'Asia/Seoul',
  jurisdiction: 'KR',
};
const caseFor = (overrides: Json) => merge(base, overrides);

/** The example calendar of Korean public holidays in 2026 shipped in examples/calendars/. */
const holidays2026 = createCalendar(JSON.parse(readFileSync(new URL('../examples/calendars/kr-2026.json', import.meta.url), 'utf8')) as CalendarOptions);

const defect = { reason: 'quality_defect', findings: { qualityDefect: true } };
const on = (requestedAt: string, deliveredAt?: string) => ({ dates: { requestedAt, ...(deliveredAt === undefined ? {} : { deliveredAt }) } });
const outbound = (freeShipping = 'none'): Json => ({ costs: { outboundShipping: krw(3000) }, seller: { freeShipping } });
const item = (fields: Json) => ({ item: fields });
const marked = (fields: Json) => item({ ...fields, confirmedNonReturnable: true });
const NR = 'not_returnable' as const;

const act = (ko: string, en: string, zh: string) => ({
  ko: `「전자상거래 등에서의 소비자보호에 관한 법률」 ${ko}`,
  en: `Act on Consumer Protection in Electronic Commerce ${en}`,
  'zh-CN': `韩国《电子商务等消费者保护法》${zh}`,
});
const excluded = (item: number) => act(`제17조제2항제${item}호, 제6항`, `art. 17(2)(${item}), (6)`, `第17条第2款第${item}项、第6款`);

/** The citation each rule carries in each locale, pinned. */
const CITATIONS: Citations = {
  'seller-fault-remedy': {
    ko: '「민법」 제581조제2항, 제582조; 소비자분쟁해결기준(「소비자기본법 시행령」 제8조)',
    en: 'Civil Act arts. 581(2), 582; Consumer Dispute Settlement Criteria (Framework Act on Consumers, Enforcement Decree art. 8)',
    'zh-CN': '韩国《民法》第581条第2款、第582条；《消费者纠纷解决标准》（《消费者基本法实施令》第8条）',
  },
  'seller-fault': act('제17조제3항, 제18조제10항', 'arts. 17(3), 18(10)', '第17条第3款、第18条第10款'),
  'not-as-contracted-period-over': act('제17조제3항', 'art. 17(3)', '第17条第3款'),
  'not-a-distance-sale': act('제2조제2호, 제17조제1항', 'arts. 2(2), 17(1)', '第2条第2项、第17条第1款'),
  'damaged-by-consumer': act('제17조제2항제1호', 'art. 17(2)(1)', '第17条第2款第1项'),
  'excluded-used-marked': excluded(2),
  'excluded-perishable-marked': excluded(3),
  'excluded-copyable-unsealed-marked': excluded(4),
  'excluded-digital-started-marked': excluded(5),
  'excluded-custom-made-consented': {
    ko: '「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제2항제6호; 같은 법 시행령 제21조',
    en: 'Act on Consumer Protection in Electronic Commerce art. 17(2)(6); its Enforcement Decree art. 21',
    'zh-CN': '韩国《电子商务等消费者保护法》第17条第2款第6项；该法实施令第21条',
  },
  'past-withdrawal-period': {
    ko: '「전자상거래 등에서의 소비자보호에 관한 법률」 제17조제1항; 「민법」 제157조, 제161조',
    en: 'Act on Consumer Protection in Electronic Commerce art. 17(1); Civil Act arts. 157, 161',
    'zh-CN': '韩国《电子商务等消费者保护法》第17条第1款；韩国《民法》第157条、第161条',
  },
  'withdrawal-seller-pays': act('제17조제1항, 제18조제9항, 제35조', 'arts. 17(1), 18(9), 35', '第17条第1款、第18条第9款、第35条'),
  withdrawal: act('제17조제1항, 제18조제9항', 'arts. 17(1), 18(9)', '第17条第1款、第18条第9款'),
};

const ROWS: Row[] = [
  // Withdrawal (art. 17(1), 18(9)): 7 days, any reason, the consumer pays the return, no penalty.
  ['withdrawal: the consumer pays the return shipping', {}, 'withdrawal', { buyer: 3000 }],
  ['withdrawal: a paid delivery is not refunded', outbound(), 'withdrawal', { buyer: 6000 }],
  ['withdrawal: a free delivery may be charged back', outbound('unconditional'), 'withdrawal', { buyer: 6000 }],
  ['withdrawal: an agreed split applies', { negotiatedSplit: { sellerPercent: 50 } }, 'withdrawal', { seller: 1500, buyer: 1500 }],
  ['withdrawal: the seller promised free returns', { seller: { freeReturns: true } }, 'withdrawal-seller-pays', { seller: 3000 }],
  ['withdrawal: free returns, the paid delivery stays with the buyer', merge(outbound(), { seller: { freeReturns: true } }), 'withdrawal-seller-pays', { seller: 3000, buyer: 3000 }],
  ['a stated defect without a finding is a withdrawal', { reason: 'quality_defect' }, 'withdrawal', { buyer: 3000 }],

  // Exclusions (art. 17(2)): 1 binds always, 2–5 and made-to-order only when marked or consented beforehand.
  ['opened to check the contents stays returnable', item({ condition: 'opened' }), 'withdrawal', { buyer: 3000 }],
  ['opened to check the contents, even with a mark', marked({ condition: 'opened' }), 'withdrawal', { buyer: 3000 }],
  ['damaged by the consumer: excluded without any mark', item({ condition: 'damaged_by_buyer' }), 'damaged-by-consumer', NR],
  ['used, marked beforehand: excluded', marked({ condition: 'used' }), 'excluded-used-marked', NR],
  ['used, not marked: still returnable', item({ condition: 'used' }), 'withdrawal', { buyer: 3000 }],
  ['perishable, marked: excluded', marked({ tags: ['perishable'] }), 'excluded-perishable-marked', NR],
  ['perishable, not marked: still returnable', item({ tags: ['perishable'] }), 'withdrawal', { buyer: 3000 }],
  ['copyable goods unsealed, marked: excluded', marked({ tags: ['media_seal_broken'] }), 'excluded-copyable-unsealed-marked', NR],
  ['copyable goods unsealed, not marked: still returnable', item({ tags: ['media_seal_broken'] }), 'withdrawal', { buyer: 3000 }],
  ['digital content started, marked: excluded', marked({ tags: ['digital_unsealed'] }), 'excluded-digital-started-marked', NR],
  ['digital content started, not marked: still returnable', item({ tags: ['digital_unsealed'] }), 'withdrawal', { buyer: 3000 }],
  ['made to order with prior written consent: excluded', marked({ tags: ['custom_made'] }), 'excluded-custom-made-consented', NR],
  ['made to order without consent: still returnable', item({ tags: ['custom_made'] }), 'withdrawal', { buyer: 3000 }],
  ['a mark alone excludes nothing', marked({}), 'withdrawal', { buyer: 3000 }],
  ['a shop\'s "final sale" label excludes nothing', marked({ tags: ['final_sale'] }), 'withdrawal', { buyer: 3000 }],
  ['bought in a shop: not a distance sale', { channel: 'in_store' }, 'not-a-distance-sale', NR],
  ['bought door to door: another Act, not assessed', { channel: 'off_premises' }, 'not-a-distance-sale', NR],

  // Counting (Civil Act arts. 157, 161): day 0 is supply, the last day is day 7, moved past Saturdays and public holidays.
  ['the last day (day 7, Wednesday 11 March)', on('2026-03-11'), 'withdrawal', { buyer: 3000 }],
  ['the day after the last day', on('2026-03-12'), 'past-withdrawal-period', NR],
  ['23:59 Seoul time on the last day', on('2026-03-11T23:59:00+09:00'), 'withdrawal', { buyer: 3000 }],
  ['15:30 UTC on the last day is already the next day in Seoul', on('2026-03-11T15:30:00Z'), 'past-withdrawal-period', NR],
  ['a last day on a Saturday moves to Monday', on('2026-03-16', '2026-03-07'), 'withdrawal', { buyer: 3000 }],
  ['… and the Tuesday is late', on('2026-03-17', '2026-03-07'), 'past-withdrawal-period', NR],
  ['a last day in Chuseok (24–26 September) moves to Monday 28 September', on('2026-09-28', '2026-09-17'), 'withdrawal', { buyer: 3000 }, holidays2026],
  ['… and the Tuesday is late', on('2026-09-29', '2026-09-17'), 'past-withdrawal-period', NR, holidays2026],
  ['without the holiday list, 24 September is an ordinary Thursday', on('2026-09-25', '2026-09-17'), 'past-withdrawal-period', NR],
  ['a last day on a substitute holiday (2 March) moves to Tuesday', on('2026-03-03', '2026-02-23'), 'withdrawal', { buyer: 3000 }, holidays2026],

  // Not as advertised or contracted (art. 17(3), 18(10)): the seller pays, within 3 months of supply, whatever the exclusions.
  ['a defect: the seller pays the return and refunds the delivery', merge(defect, outbound()), 'seller-fault', { seller: 6000 }],
  ['a defect', defect, 'seller-fault', { seller: 3000 }],
  ['wrong item', { reason: 'wrong_item', findings: { wrongItem: true } }, 'seller-fault', { seller: 3000 }],
  ['not as advertised', { reason: 'not_as_described', findings: { notAsDescribed: true } }, 'seller-fault', { seller: 3000 }],
  ['missing parts', { reason: 'missing_parts', findings: { missingParts: true } }, 'seller-fault', { seller: 3000 }],
  ['damaged on the way', { reason: 'damaged_in_transit', findings: { damagedInTransit: true } }, 'seller-fault', { seller: 3000 }],
  ['a defect wins over a marked exclusion', merge(defect, marked({ condition: 'used' })), 'seller-fault', { seller: 3000 }],
  ['a defect: a split agreed onto the buyer does not apply', { ...defect, negotiatedSplit: { sellerPercent: 0 } }, 'seller-fault', { seller: 3000 }],
  ['a defect on day 60', { ...defect, ...on('2026-05-03') }, 'seller-fault', { seller: 3000 }],
  ['the last day of the 3 months (4 June)', { ...defect, ...on('2026-06-04') }, 'seller-fault', { seller: 3000 }],
  ['the day after the 3 months', { ...defect, ...on('2026-06-05') }, 'not-as-contracted-period-over', NR],
  ['3 months ending on Saturday 6 June run to Monday', { ...defect, ...on('2026-06-08', '2026-03-06') }, 'seller-fault', { seller: 3000 }, holidays2026],
  ['… and the Tuesday is late', { ...defect, ...on('2026-06-09', '2026-03-06') }, 'not-as-contracted-period-over', NR, holidays2026],
  ['a defect, exchanged: both legs on the seller, the delivery not refunded', merge(merge(defect, outbound()), { resolution: 'exchange', costs: { replacementShipping: krw(3000) } }), 'seller-fault-remedy', { seller: 6000, buyer: 3000 }],
  ['a defect, repaired after the 3 months', { ...defect, resolution: 'repair', costs: { replacementShipping: krw(3000) }, ...on('2026-07-01') }, 'seller-fault-remedy', { seller: 6000 }],
  ['a defect in a shop purchase, refund: not this Act', { ...defect, channel: 'in_store' }, 'not-a-distance-sale', NR],
  ['a defect in a shop purchase, exchange: the Civil Act', { ...defect, channel: 'in_store', resolution: 'exchange' }, 'seller-fault-remedy', { seller: 3000 }],
];

describe('kr-ecommerce-act', () => {
  it('loads with no error, and the built-in export is that document', () => {
    expect(loadRuleSet(structuredClone(krEcommerceActJson)).digest).toBe(krEcommerceAct.digest);
    expect([krEcommerceAct.id, krEcommerceAct.locales, krEcommerceAct.defaultLocale]).toEqual(['kr-ecommerce-act', ['ko', 'en', 'zh-CN'], 'ko']);
  });

  it('says which texts it follows and as of which date, that the request date stands for discovery, and that it charges no fee', () => {
    expect(krEcommerceAct.source).toContain('as in force on 2026-12-01');
    for (const text of ['전자상거래 등에서의 소비자보호에 관한 법률', 'arts. 2, 17, 18, 35', '시행령', '민법', '14-0404', '20-0108', 'the request date stands for it', 'Fees: none']) {
      expect(krEcommerceAct.source).toContain(text);
    }
  });

  it('gives every rule its citation in every locale', () => {
    expect(Object.fromEntries(krEcommerceAct.rules.map((rule) => [rule.name, rule.event.params.citation]))).toEqual(CITATIONS);
  });

  it('counts 7 days and 3 months from supply, moved past Saturdays and public holidays', () => {
    expect(krEcommerceAct.windows).toEqual({ withdrawal: { days: 7, extendPastHolidays: true }, not_as_contracted: { months: 3, extendPastHolidays: true } });
  });

  it('charges no fee and deducts nothing on any rule', () => {
    for (const rule of krEcommerceAct.rules) {
      if (rule.event.type !== 'liability') continue;
      expect([rule.name, rule.event.params.fees, rule.event.params.diminishedValue ?? 'waive']).toEqual([rule.name, undefined, 'waive']);
    }
  });

  statuteTableInLocales(krEcommerceAct, ROWS, caseFor, CITATIONS);

  it('explains a withdrawal in each locale', () => {
    const evaluator = createEvaluator(krEcommerceAct);
    const summaries = Object.fromEntries(krEcommerceAct.locales.map((locale) => [locale, evaluator.decide(caseFor(outbound()), { locale }).text.summary]));
    expect(summaries).toEqual({
      ko: '구매자가 7일 이내에 청약을 철회했으므로 반품 배송비(₩3,000)는 구매자가 부담하며, 그중 구매자가 내는 금액은 ₩3,000입니다. 처음 배송비도 구매자가 부담하고, 판매자는 위약금이나 손해배상을 청구할 수 없습니다.',
      en: "The buyer withdrew within 7 days, so the return shipping (₩3,000) is the buyer's cost, of which the buyer pays ₩3,000; the original delivery is the buyer's too. The seller may not charge a penalty or damages.",
      'zh-CN': '买家在7日内撤回，退货运费（₩3,000）由买家承担，买家实付₩3,000；原配送费用也由买家承担。卖家不得收取违约金或要求赔偿。',
    });
  });

  describe('as a floor under marketplace-standard', () => {
    const evaluator = createEvaluator(marketplaceStandard, { floor: krEcommerceAct });

    it('overrides the marketplace refusing goods not as contracted after its 15 days', () => {
      const input = caseFor({ ...defect, ...on('2026-04-13') });
      expect(createEvaluator(marketplaceStandard).decide(input).outcome).toBe('not_returnable');
      const decision = evaluator.decide(input);
      expect([decision.rule.name, outcomeOf(decision), decision.overriddenBy]).toEqual(['seller-fault', { seller: 3000 }, { ruleSet: 'kr-ecommerce-act', rule: 'seller-fault', citation: CITATIONS['seller-fault']?.['en'] }]);
    });

    it('lets the marketplace stand where it keeps a free delivery free', () => {
      const decision = evaluator.decide(caseFor(outbound('unconditional')));
      expect([decision.ruleSet.id, decision.rule.name, outcomeOf(decision), decision.overriddenBy]).toEqual(['marketplace-standard', 'buyer-reasons-free-shipping', { seller: 3000, buyer: 3000 }, undefined]);
    });

    it('lets the marketplace stand where it takes back what the Act excludes', () => {
      const decision = evaluator.decide(caseFor(marked({ condition: 'used' })));
      expect([decision.ruleSet.id, decision.outcome, decision.overriddenBy]).toEqual(['marketplace-standard', 'allocated', undefined]);
    });

    it('cites the Korean statute in Chinese when it decides in Chinese', () => {
      const decision = evaluator.decide(caseFor({ ...defect, ...on('2026-04-13') }), { locale: 'zh-CN' });
      expect(decision.text.details[0]).toContain(CITATIONS['seller-fault']?.['zh-CN']);
      expect(decision.text.details.join('\n')).not.toContain('Act on Consumer Protection');
    });
  });

  describe('policy', () => {
    it.each(krEcommerceAct.locales)('reads as policy text in %s', (locale) => {
      const doc = describePolicy(krEcommerceAct, { locale });
      expect(doc.locale).toBe(locale);
      const text = policyToText(doc);
      if (locale !== 'en') expect(latinWords(text)).toEqual([]);
      expect(text).toMatchSnapshot();
    });
  });

  it('decides every combination of the facts it tests, with exact money', () => {
    const evaluator = createEvaluator(krEcommerceAct);
    fc.assert(
      fc.property(arbitraryCase('KRW', 'Asia/Seoul'), (input) => {
        const decision = evaluator.decide(input);
        for (const line of decision.lines) expect(line.shares.reduce((sum, share) => sum + share.amount.amount, 0)).toBe(line.total.amount);
        const fault = Object.values((input['findings'] ?? {}) as Record<string, boolean>).some(Boolean);
        const requestedAt = (input['dates'] as { requestedAt: string }).requestedAt;
        // Within 3 months of supply, goods not as contracted bought at a distance are the seller's, whatever the exclusions.
        if (fault && input['channel'] === 'distance' && requestedAt <= '2026-06-02') expect(decision.code).toBe('seller_fault');
      }),
      { numRuns: 300 },
    );
  });
});
