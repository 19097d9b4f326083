import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import brConsumerCodeJson from '../rules/br-consumer-code.json' with { type: 'json' };
import { createCalendar, type CalendarOptions } from '../src/facts/calendar.js';
import { createEvaluator } from '../src/decide/evaluator.js';
import { describePolicy } from '../src/policy/describe.js';
import { policyToText } from '../src/policy/render.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { brConsumerCode, marketplaceStandard } from '../src/rules.js';
import type { Json } from './helpers.js';
import { arbitraryCase, merge, outcomeOf, type Row } from './statute-helpers.js';
import { type Citations, latinWords, statuteTableInLocales } from './statute-locale-helpers.js';

const brl = (amount: number) => ({ amount, currency: 'BRL' });

/** Changed mind, R$25.00 return postage; received on Monday 2 March 2026, withdrawn on day 3, São Paulo time. */
const base: Json = {
  reason: 'changed_mind',
  costs: { returnShipping: brl(2500) },
  dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' },
  timeZone: 'America/Sao_Paulo',
  jurisdiction: 'BR',
};
const caseFor = (overrides: Json) => merge(base, overrides);

/** The example calendar of Brazil's national holidays in 2026 shipped in examples/calendars/. */
const holidays2026 = createCalendar(JSON.parse(readFileSync(new URL('../examples/calendars/br-2026.json', import.meta.url), 'utf8')) as CalendarOptions);

const defect = { reason: 'quality_defect', findings: { qualityDefect: true } };
const on = (requestedAt: string, deliveredAt?: string) => ({ dates: { requestedAt, ...(deliveredAt === undefined ? {} : { deliveredAt }) } });
const outbound = (freeShipping = 'none'): Json => ({ costs: { outboundShipping: brl(1500) }, seller: { freeShipping } });
const nonDurable = { attributes: { durableGoods: false } };
const hidden = { attributes: { hiddenDefect: true } };
const NR = 'not_returnable' as const;

const cdc = (pt: string, en: string, zh: string) => ({ 'pt-BR': `CDC (Lei 8.078/1990), ${pt}`, en: `Consumer Defence Code (Law 8,078/1990) ${en}`, 'zh-CN': `巴西《消费者保护法典》（第8.078/1990号法律）${zh}` });

/** The citation each rule carries in each locale, pinned. */
const CITATIONS: Citations = {
  'defect-claim-lapsed-durable': cdc('art. 26, II e § 1º', 'art. 26(II) and § 1', '第26条第二项及第1款'),
  'defect-claim-lapsed-non-durable': cdc('art. 26, I e § 1º', 'art. 26(I) and § 1', '第26条第一项及第1款'),
  'seller-fault-remedy': cdc('arts. 6º, VI, 18, caput e § 1º, I, e 19, II e III', 'arts. 6(VI), 18 (head and § 1(I)), 19(II)–(III)', '第6条第六项、第18条正文及第1款第一项、第19条第二项和第三项'),
  'seller-fault': cdc('arts. 6º, VI, 18, § 1º, II, e 19, IV', 'arts. 6(VI), 18 § 1(II), 19(IV)', '第6条第六项、第18条第1款第二项、第19条第四项'),
  'no-withdrawal-in-store': cdc('art. 49, caput', 'art. 49 (head)', '第49条正文'),
  'past-withdrawal-period': {
    'pt-BR': 'CDC (Lei 8.078/1990), art. 49, caput; Código Civil, art. 132, caput e § 1º',
    en: 'Consumer Defence Code (Law 8,078/1990) art. 49 (head); Civil Code art. 132 (head and § 1)',
    'zh-CN': '巴西《消费者保护法典》（第8.078/1990号法律）第49条正文；巴西《民法典》第132条正文及第1款',
  },
  withdrawal: {
    'pt-BR': 'CDC (Lei 8.078/1990), art. 49, caput e parágrafo único; Decreto 7.962/2013, art. 5º; STJ, REsp 1.340.604/RJ (2013)',
    en: 'Consumer Defence Code (Law 8,078/1990) art. 49 and sole paragraph; Decree 7,962/2013 art. 5; STJ, REsp 1,340,604/RJ (2013)',
    'zh-CN': '巴西《消费者保护法典》（第8.078/1990号法律）第49条正文及唯一附款；第7.962/2013号法令第5条；巴西高等法院REsp 1.340.604/RJ号判决（2013年）',
  },
};

const ROWS: Row[] = [
  // Withdrawal (art. 49): 7 days, no reason, the supplier pays both legs, no exclusions.
  ['withdrawal: the supplier pays the return postage', {}, 'withdrawal', { seller: 2500 }],
  ['withdrawal: a paid delivery is refunded too', outbound(), 'withdrawal', { seller: 4000 }],
  ['withdrawal: a free delivery stays free', outbound('unconditional'), 'withdrawal', { seller: 4000 }],
  ['withdrawal from an off-premises (door-to-door) purchase', { channel: 'off_premises' }, 'withdrawal', { seller: 2500 }],
  ['withdrawal: a split agreed onto the buyer does not apply', { negotiatedSplit: { sellerPercent: 0 } }, 'withdrawal', { seller: 2500 }],
  ['withdrawal: the CDC excludes no kind of goods', { item: { tags: ['custom_made', 'perishable', 'hygiene_seal_broken', 'media_seal_broken', 'digital_unsealed', 'final_sale'], confirmedNonReturnable: true } }, 'withdrawal', { seller: 2500 }],
  ['withdrawal: an opened item', { item: { condition: 'opened' } }, 'withdrawal', { seller: 2500 }],
  ['withdrawal: a used item (the CDC lists no exclusion)', { item: { condition: 'used' } }, 'withdrawal', { seller: 2500 }],
  ['withdrawal: an exchange without a defect is a new delivery at the buyer\'s cost', { resolution: 'exchange', costs: { replacementShipping: brl(2000) } }, 'withdrawal', { seller: 2500, buyer: 2000 }],
  ['a stated defect without a finding is a withdrawal', { reason: 'quality_defect' }, 'withdrawal', { seller: 2500 }],
  ['bought in the shop: no right of withdrawal', { channel: 'in_store' }, 'no-withdrawal-in-store', NR],
  ['bought in the shop, a stated defect without a finding', { channel: 'in_store', reason: 'quality_defect' }, 'no-withdrawal-in-store', NR],

  // Counting (art. 49; Civil Code art. 132): day 0 is receipt, the last day is day 7, calendar days, a last non-working day moves on.
  ['on the day of receipt', on('2026-03-02T20:00:00'), 'withdrawal', { seller: 2500 }],
  ['the last day (day 7, Monday 9 March)', on('2026-03-09'), 'withdrawal', { seller: 2500 }],
  ['the day after the last day', on('2026-03-10'), 'past-withdrawal-period', NR],
  ['23:30 São Paulo time on the last day, given in UTC', on('2026-03-10T02:30:00Z'), 'withdrawal', { seller: 2500 }],
  ['00:00 São Paulo time after the last day', on('2026-03-10T00:00:00-03:00'), 'past-withdrawal-period', NR],
  ['weekends inside the period count: received Wednesday, the next Wednesday is the last day', on('2026-03-11', '2026-03-04'), 'withdrawal', { seller: 2500 }],
  ['… and Thursday is late', on('2026-03-12', '2026-03-04'), 'past-withdrawal-period', NR],
  ['a last day on a Sunday moves to Monday', on('2026-03-09', '2026-03-01'), 'withdrawal', { seller: 2500 }],
  ['… and the Tuesday is late', on('2026-03-10', '2026-03-01'), 'past-withdrawal-period', NR],
  ['a last day on Tiradentes (21 April) moves to Wednesday', on('2026-04-22', '2026-04-14'), 'withdrawal', { seller: 2500 }, holidays2026],
  ['… and Thursday is late', on('2026-04-23', '2026-04-14'), 'past-withdrawal-period', NR, holidays2026],
  ['without the holiday list, 21 April is an ordinary Tuesday', on('2026-04-22', '2026-04-14'), 'past-withdrawal-period', NR],

  // Defects (arts. 18, 19, 26): the supplier pays, in the shop too, within 30 or 90 days.
  ['a defect: the supplier pays the return postage', defect, 'seller-fault', { seller: 2500 }],
  ['a defect: the original delivery is refunded', { ...defect, ...outbound() }, 'seller-fault', { seller: 4000 }],
  ['wrong item', { reason: 'wrong_item', findings: { wrongItem: true } }, 'seller-fault', { seller: 2500 }],
  ['not as advertised', { reason: 'not_as_described', findings: { notAsDescribed: true } }, 'seller-fault', { seller: 2500 }],
  ['missing parts (art. 19)', { reason: 'missing_parts', findings: { missingParts: true } }, 'seller-fault', { seller: 2500 }],
  ['damaged on the way', { reason: 'damaged_in_transit', findings: { damagedInTransit: true } }, 'seller-fault', { seller: 2500 }],
  ['a defect in a shop purchase', { ...defect, channel: 'in_store' }, 'seller-fault', { seller: 2500 }],
  ['a defect: a split agreed onto the buyer does not apply', { ...defect, negotiatedSplit: { sellerPercent: 0 } }, 'seller-fault', { seller: 2500 }],
  ['a defect, exchanged: both legs on the supplier, the original delivery not refunded', { ...defect, resolution: 'exchange', costs: { replacementShipping: brl(2000), outboundShipping: brl(1500) } }, 'seller-fault-remedy', { seller: 4500, buyer: 1500 }],
  ['a defect, repaired', { ...defect, resolution: 'repair', costs: { replacementShipping: brl(2000) } }, 'seller-fault-remedy', { seller: 4500 }],
  ['durable goods, day 40: inside the 90 days', { ...defect, ...on('2026-04-11') }, 'seller-fault', { seller: 2500 }],
  ['durable goods, day 90 is Sunday 31 May: the period runs to Monday', { ...defect, ...on('2026-06-01') }, 'seller-fault', { seller: 2500 }],
  ['durable goods, Tuesday 2 June is late', { ...defect, ...on('2026-06-02') }, 'defect-claim-lapsed-durable', NR],
  ['durable goods, late for an exchange too', { ...defect, resolution: 'exchange', ...on('2026-06-02') }, 'defect-claim-lapsed-durable', NR],
  ['non-durable goods, day 30 (1 April)', { ...defect, ...nonDurable, ...on('2026-04-01') }, 'seller-fault', { seller: 2500 }],
  ['non-durable goods, day 31 is late', { ...defect, ...nonDurable, ...on('2026-04-02') }, 'defect-claim-lapsed-non-durable', NR],
  ['a hidden defect counts from when it shows up (the request date)', { ...defect, ...hidden, ...on('2026-10-01') }, 'seller-fault', { seller: 2500 }],
  ['a hidden defect in non-durable goods', { ...defect, attributes: { durableGoods: false, hiddenDefect: true }, ...on('2026-06-01') }, 'seller-fault', { seller: 2500 }],
];

describe('br-consumer-code', () => {
  it('loads with no error, and the built-in export is that document', () => {
    expect(loadRuleSet(structuredClone(brConsumerCodeJson)).digest).toBe(brConsumerCode.digest);
    expect([brConsumerCode.id, brConsumerCode.locales, brConsumerCode.defaultLocale]).toEqual(['br-consumer-code', ['pt-BR', 'en', 'zh-CN'], 'pt-BR']);
  });

  it('says which texts it follows and as of which date, and that it charges no fee', () => {
    expect(brConsumerCode.source).toContain('as in force on 2026-12-01');
    for (const text of ['Lei 8.078/1990', 'arts. 6(VI), 18, 19, 26, 49', 'Código Civil', 'art. 132', 'Decreto 7.962/2013', 'REsp 1.340.604/RJ', 'Fees: none']) {
      expect(brConsumerCode.source).toContain(text);
    }
  });

  it('gives every rule its citation in every locale', () => {
    expect(Object.fromEntries(brConsumerCode.rules.map((rule) => [rule.name, rule.event.params.citation]))).toEqual(CITATIONS);
  });

  it('counts 7 calendar days, and 30 or 90 for defects, moved past non-working last days', () => {
    expect(brConsumerCode.windows).toEqual({
      withdrawal: { days: 7, extendPastHolidays: true },
      defect_non_durable: { days: 30, extendPastHolidays: true },
      defect_durable: { days: 90, extendPastHolidays: true },
    });
  });

  it('declares durability and hidden defects as facts, durable and apparent by default', () => {
    expect(Object.fromEntries(Object.entries(brConsumerCode.facts).map(([name, fact]) => [name, [fact.type, fact.default]]))).toEqual({
      durableGoods: ['boolean', true],
      hiddenDefect: ['boolean', false],
    });
  });

  it('charges no fee and deducts nothing on any rule', () => {
    for (const rule of brConsumerCode.rules) {
      if (rule.event.type !== 'liability') continue;
      expect([rule.name, rule.event.params.fees, rule.event.params.diminishedValue ?? 'waive']).toEqual([rule.name, undefined, 'waive']);
    }
  });

  statuteTableInLocales(brConsumerCode, ROWS, caseFor, CITATIONS);

  it('refunds everything on a withdrawal, delivery included, and keeps nothing back', () => {
    const input = caseFor({ ...outbound(), item: { price: brl(19990) }, labelSource: 'buyer', inspection: { diminishedValue: brl(3000) } });
    const decision = createEvaluator(brConsumerCode).decide(input);
    expect(decision.settlement).toEqual({
      refund: brl(19990 + 1500 + 2500),
      parts: [
        { kind: 'goods', amount: brl(19990) },
        { kind: 'outbound_shipping', amount: brl(1500) },
        { kind: 'return_shipping_reimbursed', amount: brl(2500) },
      ],
    });
  });

  it('explains a withdrawal in each locale', () => {
    const evaluator = createEvaluator(brConsumerCode);
    const summaries = Object.fromEntries(brConsumerCode.locales.map((locale) => [locale, evaluator.decide(caseFor(outbound()), { locale }).text.summary]));
    expect(summaries).toEqual({
      'pt-BR': 'O comprador desistiu da compra dentro dos 7 dias. Tudo o que ele pagou deve ser devolvido, fretes incluídos: o vendedor paga a devolução (R$\u00a025,00) e reembolsa a entrega original.',
      en: 'The buyer withdrew within the 7 days. Everything the buyer paid is returned, shipping included: the seller pays the return shipping (R$25.00) and refunds the original delivery.',
      'zh-CN': '买家在7日内行使了反悔权。买家支付的全部款项均应退还，运费也不例外：退货运费（R$25.00）由卖家承担，原配送费用一并退还。',
    });
  });

  describe('as a floor under marketplace-standard', () => {
    const evaluator = createEvaluator(marketplaceStandard, { floor: brConsumerCode });

    it('overrides the buyer-paid return of a changed mind: the supplier pays both legs', () => {
      const input = caseFor(outbound());
      expect(outcomeOf(createEvaluator(marketplaceStandard).decide(input))).toEqual({ buyer: 4000 });
      const decision = evaluator.decide(input);
      expect([decision.rule.name, outcomeOf(decision), decision.overriddenBy]).toEqual(['withdrawal', { seller: 4000 }, { ruleSet: 'br-consumer-code', rule: 'withdrawal', citation: CITATIONS['withdrawal']?.['en'] }]);
    });

    it('overrides the marketplace refusing a defect reported after its 15 days', () => {
      const input = caseFor({ ...defect, ...on('2026-04-20') });
      expect(createEvaluator(marketplaceStandard).decide(input).outcome).toBe('not_returnable');
      const decision = evaluator.decide(input);
      expect([decision.rule.name, outcomeOf(decision), decision.overriddenBy?.ruleSet]).toEqual(['seller-fault', { seller: 2500 }, 'br-consumer-code']);
    });

    it('lets the marketplace stand where it gives more than the law: a changed mind on day 10', () => {
      const decision = evaluator.decide(caseFor(on('2026-03-12')));
      expect([decision.ruleSet.id, decision.rule.name, outcomeOf(decision), decision.overriddenBy]).toEqual(['marketplace-standard', 'buyer-reasons', { buyer: 2500 }, undefined]);
    });

    it('says which statute decided, in Chinese with the Chinese citation', () => {
      const decision = evaluator.decide(caseFor({}), { locale: 'zh-CN' });
      expect(decision.text.locale).toBe('zh-CN');
      expect(decision.text.details[0]).toContain(CITATIONS['withdrawal']?.['zh-CN']);
      expect(decision.text.details.join('\n')).not.toContain(CITATIONS['withdrawal']?.['en']);
    });
  });

  describe('policy', () => {
    it.each(brConsumerCode.locales)('reads as policy text in %s', (locale) => {
      const doc = describePolicy(brConsumerCode, { locale });
      expect(doc.locale).toBe(locale);
      const text = policyToText(doc);
      if (locale === 'zh-CN') expect(latinWords(text)).toEqual([]);
      expect(text).toMatchSnapshot();
    });
  });

  it('decides every combination of the facts it tests, with exact money', () => {
    const evaluator = createEvaluator(brConsumerCode);
    fc.assert(
      fc.property(arbitraryCase('BRL', 'America/Sao_Paulo'), (input) => {
        const decision = evaluator.decide(input);
        for (const line of decision.lines) expect(line.shares.reduce((sum, share) => sum + share.amount.amount, 0)).toBe(line.total.amount);
        const fault = Object.values((input['findings'] ?? {}) as Record<string, boolean>).some(Boolean);
        const requestedAt = (input['dates'] as { requestedAt: string }).requestedAt;
        // A fault within the 90 days of durable goods is the supplier's; so is the return leg of every withdrawal.
        if (fault && requestedAt <= '2026-05-31') expect(decision.code).toBe('seller_fault');
        const returnLine = decision.lines.find((line) => line.cost === 'returnShipping');
        if (decision.outcome === 'allocated') expect(returnLine?.shares.find((share) => share.party === 'buyer')?.amount.amount ?? 0).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
