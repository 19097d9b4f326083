import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cnConsumerLawJson from '../rules/cn-consumer-law.json' with { type: 'json' };
import { createCalendar } from '../src/facts/calendar.js';
import type { Calendar } from '../src/facts/windows.js';
import { createEvaluator } from '../src/decide/evaluator.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { cnConsumerLaw } from '../src/rules.js';
import type { Json } from './helpers.js';
import { arbitraryCase, expectCompleteText, merge, outcomeOf, type Row, statuteTable } from './statute-helpers.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

/** Changed mind, ¥12.00 return shipping; signed for on Monday 2 March 2026, requested on day 3, Beijing time. */
const base: Json = {
  reason: 'changed_mind',
  costs: { returnShipping: cny(1200) },
  dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' },
  timeZone: 'Asia/Shanghai',
  jurisdiction: 'CN',
};

/** National Day and Mid-Autumn Festival 2025 (国办发明电〔2024〕12号): 1–8 October off, 28 September and 11 October worked. */
const nationalDay2025 = createCalendar({
  nonWorkingDates: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'],
  workingDates: ['2025-09-28', '2025-10-11'],
  validFrom: '2025-09-01',
  validThrough: '2025-10-31',
});
/** Sunday 8 March 2026 declared a working day, to show a make-up working day does not move the window. */
const workingSunday = createCalendar({ workingDates: ['2026-03-08'] });

const defect = { reason: 'quality_defect', findings: { qualityDefect: true } };
const outbound = (freeShipping: string, thresholdStillMet?: boolean): Json => ({
  costs: { outboundShipping: cny(800) },
  seller: { freeShipping, ...(thresholdStillMet === undefined ? {} : { thresholdStillMet }) },
});
const NR = 'not_returnable' as const;

/** The citation each rule carries, pinned. */
const CITATIONS: Record<string, string> = {
  'seller-fault': 'CPL art. 24 para. 2 (消费者权益保护法第二十四条第二款)',
  'transit-damage': 'E-Commerce Law art. 20 (电子商务法第二十条)',
  'not-a-distance-sale': 'CPL art. 25 para. 1 (消费者权益保护法第二十五条第一款)',
  'excluded-custom-made': 'CPL art. 25 para. 1 item 1 (消费者权益保护法第二十五条第一款第一项)',
  'excluded-perishable': 'CPL art. 25 para. 1 item 2 (消费者权益保护法第二十五条第一款第二项)',
  'excluded-unsealed-digital': 'CPL art. 25 para. 1 item 3 (消费者权益保护法第二十五条第一款第三项)',
  'excluded-newspaper': 'CPL art. 25 para. 1 item 4 (消费者权益保护法第二十五条第一款第四项)',
  'excluded-by-nature-confirmed': 'CPL art. 25 para. 2 (消费者权益保护法第二十五条第二款); Penalties Measures art. 9(2) (侵害消费者权益行为处罚办法第九条)',
  'not-intact': 'CPL art. 25 para. 3 (消费者权益保护法第二十五条第三款); Penalties Measures art. 9(3) (侵害消费者权益行为处罚办法第九条)',
  'past-no-reason-window': 'CPL art. 25 para. 1 (消费者权益保护法第二十五条第一款); Civil Code arts. 201, 203 (民法典第二百零一条、第二百零三条)',
  'no-reason-free-returns-free-shipping': 'CPL art. 25 para. 3 (消费者权益保护法第二十五条第三款：另有约定的，按照约定); Seven-Day Returns Measures (2017)',
  'no-reason-free-returns': 'CPL art. 25 para. 3 (消费者权益保护法第二十五条第三款：另有约定的，按照约定)',
  'no-reason-free-shipping': 'CPL art. 25 para. 3 (消费者权益保护法第二十五条第三款); Seven-Day Returns Measures (2017)',
  'no-reason-threshold-lost': 'CPL art. 25 para. 3 (消费者权益保护法第二十五条第三款); Seven-Day Returns Measures (2017)',
  'no-reason-return': 'CPL art. 25 paras. 1, 3 (消费者权益保护法第二十五条第一款、第三款)',
};

/** The evaluator without a holiday calendar (weekends only). */
const plain = createEvaluator(cnConsumerLaw);

const ROWS: Row[] = [
  // One row per rule (B1–B11), then the boundaries and combinations around it.
  ['B1 quality defect: the seller pays', defect, 'seller-fault', { seller: 1200 }],
  ['B1 wrong item', { reason: 'wrong_item', findings: { wrongItem: true } }, 'seller-fault', { seller: 1200 }],
  ['B1 not as described', { reason: 'not_as_described', findings: { notAsDescribed: true } }, 'seller-fault', { seller: 1200 }],
  ['B1 missing parts', { reason: 'missing_parts', findings: { missingParts: true } }, 'seller-fault', { seller: 1200 }],
  ['B1 a defect after the 7 days: the seller still pays', { ...defect, dates: { requestedAt: '2026-04-30' } }, 'seller-fault', { seller: 1200 }],
  ['B1 a defect, exchanged: the seller pays both legs', { ...defect, resolution: 'exchange', costs: { replacementShipping: cny(1000) } }, 'seller-fault', { seller: 2200 }],
  ['B1 a defect: the original delivery is the seller\'s too', { ...defect, ...outbound('none') }, 'seller-fault', { seller: 2000 }],
  ['B12 a split agreed onto the buyer does not apply to a defect', { ...defect, negotiatedSplit: { sellerPercent: 0 } }, 'seller-fault', { seller: 1200 }],
  ['B1 a defect in a shop purchase', { ...defect, channel: 'in_store' }, 'seller-fault', { seller: 1200 }],
  ['a stated defect without a finding is a no-reason return', { reason: 'quality_defect' }, 'no-reason-return', { buyer: 1200 }],
  ['B2 damaged in transit', { reason: 'damaged_in_transit', findings: { damagedInTransit: true } }, 'transit-damage', { seller: 1200 }],
  ['B3 bought in a shop: no statutory no-reason return', { channel: 'in_store' }, 'not-a-distance-sale', NR],
  ['B3 bought off premises: no statutory no-reason return', { channel: 'off_premises' }, 'not-a-distance-sale', NR],

  ['B4 custom-made', { item: { tags: ['custom_made'] } }, 'excluded-custom-made', NR],
  ['B4 custom-made with a defect', { ...defect, item: { tags: ['custom_made'] } }, 'seller-fault', { seller: 1200 }],
  ['B4 perishable', { item: { tags: ['perishable'] } }, 'excluded-perishable', NR],
  ['B4 perishable with a defect', { ...defect, item: { tags: ['perishable'] } }, 'seller-fault', { seller: 1200 }],
  ['B4 downloaded or unsealed digital goods', { item: { tags: ['digital_unsealed'] } }, 'excluded-unsealed-digital', NR],
  ['B4 an unsealed recording', { item: { tags: ['media_seal_broken'] } }, 'excluded-unsealed-digital', NR],
  ['B4 unsealed digital goods with a defect', { ...defect, item: { tags: ['digital_unsealed'] } }, 'seller-fault', { seller: 1200 }],
  ['B4 a delivered newspaper', { item: { tags: ['newspaper'] } }, 'excluded-newspaper', NR],
  ['B4 a delivered newspaper with a defect', { ...defect, item: { tags: ['newspaper'] } }, 'seller-fault', { seller: 1200 }],
  ['B5 unsuitable by nature, confirmed at purchase', { item: { tags: ['unsuitable_by_nature'], confirmedNonReturnable: true } }, 'excluded-by-nature-confirmed', NR],
  ['B5 unsuitable by nature, not confirmed', { item: { tags: ['unsuitable_by_nature'], confirmedNonReturnable: false } }, 'no-reason-return', { buyer: 1200 }],
  ['B5 unsuitable by nature, confirmed, with a defect', { ...defect, item: { tags: ['unsuitable_by_nature'], confirmedNonReturnable: true } }, 'seller-fault', { seller: 1200 }],
  ['B5 a confirmation alone excludes nothing', { item: { confirmedNonReturnable: true } }, 'no-reason-return', { buyer: 1200 }],
  ['B5 a shop\'s "final sale" label excludes nothing', { item: { tags: ['final_sale'] } }, 'no-reason-return', { buyer: 1200 }],
  ['B6 opened to inspect is still intact', { item: { condition: 'opened' } }, 'no-reason-return', { buyer: 1200 }],
  ['B6 intact', { item: { condition: 'intact' } }, 'no-reason-return', { buyer: 1200 }],
  ['B6 used beyond inspection', { item: { condition: 'used' } }, 'not-intact', NR],
  ['B6 damaged by the buyer', { item: { condition: 'damaged_by_buyer' } }, 'not-intact', NR],
  ['B6 a one-time hygiene seal broken', { item: { tags: ['hygiene_seal_broken'], condition: 'opened' } }, 'not-intact', NR],
  ['B6 used, with a defect', { ...defect, item: { condition: 'used' } }, 'seller-fault', { seller: 1200 }],

  ['B7 no reason: the buyer pays', {}, 'no-reason-return', { buyer: 1200 }],
  ['B7 agreed otherwise: a 50 % split', { negotiatedSplit: { sellerPercent: 50 } }, 'no-reason-return', { seller: 600, buyer: 600 }],
  ['B7 the seller promised free returns', { seller: { freeReturns: true } }, 'no-reason-free-returns', { seller: 1200 }],
  ['B9 paid delivery is not refunded', outbound('none'), 'no-reason-return', { buyer: 2000 }],
  ['B9 unconditional free shipping: the buyer pays only the return leg', outbound('unconditional'), 'no-reason-free-shipping', { seller: 800, buyer: 1200 }],
  ['B9 threshold free shipping still met', outbound('threshold', true), 'no-reason-free-shipping', { seller: 800, buyer: 1200 }],
  ['B9 threshold free shipping lost: the outbound is charged', outbound('threshold', false), 'no-reason-threshold-lost', { buyer: 2000 }],
  ['B9 threshold with thresholdStillMet absent counts as lost', outbound('threshold'), 'no-reason-threshold-lost', { buyer: 2000 }],
  ['B7+B9 free returns and unconditional free shipping', merge(outbound('unconditional'), { seller: { freeReturns: true } }), 'no-reason-free-returns-free-shipping', { seller: 2000 }],
  ['B7+B9 free returns and threshold still met', merge(outbound('threshold', true), { seller: { freeReturns: true } }), 'no-reason-free-returns-free-shipping', { seller: 2000 }],
  ['B7+B9 free returns and threshold lost', merge(outbound('threshold', false), { seller: { freeReturns: true } }), 'no-reason-free-returns', { seller: 1200, buyer: 800 }],
  ['B7+B9 free returns, paid delivery', merge(outbound('none'), { seller: { freeReturns: true } }), 'no-reason-free-returns', { seller: 1200, buyer: 800 }],
  ['B10 insurance with a limit below the cost', { coverage: { kind: 'return_shipping_insurance', payer: 'insurer', limit: cny(500) } }, 'no-reason-return', { insurer: 500, buyer: 700 }],
  ['B10 insurance without a limit', { coverage: { kind: 'return_shipping_insurance', payer: 'insurer' } }, 'no-reason-return', { insurer: 1200 }],
  ['B10 insurance pays only the return leg', merge(outbound('threshold', false), { coverage: { kind: 'return_shipping_insurance', payer: 'insurer', limit: cny(500) } }), 'no-reason-threshold-lost', { insurer: 500, buyer: 1500 }],
  ['B11 a platform guarantee pays', { coverage: { kind: 'return_guarantee', payer: 'platform', firstReturnOnly: true } }, 'no-reason-return', { platform: 1200 }],
  ['B11 a first-return-only guarantee on a second return', { priorReturns: 1, coverage: { kind: 'return_guarantee', payer: 'platform', firstReturnOnly: true } }, 'no-reason-return', { buyer: 1200 }],

  // B8: day 0 is the day of signing; the last day is day 7, to 24:00 Beijing time, moved past rest days.
  ['B8 on the day of signing', { dates: { requestedAt: '2026-03-02T20:00:00' } }, 'no-reason-return', { buyer: 1200 }],
  ['B8 the last day (day 7, Monday 9 March)', { dates: { requestedAt: '2026-03-09' } }, 'no-reason-return', { buyer: 1200 }],
  ['B8 the day after the last day', { dates: { requestedAt: '2026-03-10' } }, 'past-no-reason-window', NR],
  ['B8 23:59:59 Beijing time on the last day', { dates: { requestedAt: '2026-03-09T23:59:59+08:00' } }, 'no-reason-return', { buyer: 1200 }],
  ['B8 a local time without offset is Beijing time', { dates: { requestedAt: '2026-03-09T23:30' } }, 'no-reason-return', { buyer: 1200 }],
  ['B8 00:00 Beijing time after the last day', { dates: { requestedAt: '2026-03-10T00:00:00+08:00' } }, 'past-no-reason-window', NR],
  ['B8 16:30 UTC on the last day is already the next day in Beijing', { dates: { requestedAt: '2026-03-09T16:30:00Z' } }, 'past-no-reason-window', NR],
  ['B8 a last day on a Sunday moves to Monday', { dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-09' } }, 'no-reason-return', { buyer: 1200 }],
  ['B8 … and the Tuesday is late', { dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-10' } }, 'past-no-reason-window', NR],
  ['B8 a last day on a make-up working Sunday does not move', { dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-09' } }, 'past-no-reason-window', NR, workingSunday],
  ['B8 a last day on National Day moves past the holiday (Thursday 9 October)', { dates: { deliveredAt: '2025-09-24', requestedAt: '2025-10-09' } }, 'no-reason-return', { buyer: 1200 }, nationalDay2025],
  ['B8 … and the day after is late', { dates: { deliveredAt: '2025-09-24', requestedAt: '2025-10-10' } }, 'past-no-reason-window', NR, nationalDay2025],
  ['B8 without the holiday list, 1 October 2025 is an ordinary Wednesday', { dates: { deliveredAt: '2025-09-24', requestedAt: '2025-10-02' } }, 'past-no-reason-window', NR],
  ['B1 a defect long after the window', { ...defect, dates: { deliveredAt: '2025-09-24', requestedAt: '2025-10-30' } }, 'seller-fault', { seller: 1200 }, nationalDay2025],
];

describe('cn-consumer-law', () => {
  it('loads with no error, and the built-in export is that document', () => {
    expect(loadRuleSet(structuredClone(cnConsumerLawJson)).digest).toBe(cnConsumerLaw.digest);
    expect(cnConsumerLaw.id).toBe('cn-consumer-law');
  });

  it('says which texts it follows and as of which date', () => {
    expect(cnConsumerLaw.source).toContain('as in force on 2026-11-28');
    for (const text of ['消费者权益保护法', '民法典', '电子商务法', '侵害消费者权益行为处罚办法', '网络购买商品七日无理由退货暂行办法']) {
      expect(cnConsumerLaw.source).toContain(text);
    }
  });

  it('gives every rule its citation', () => {
    expect(Object.fromEntries(cnConsumerLaw.rules.map((rule) => [rule.name, rule.event.params.citation]))).toEqual(CITATIONS);
  });

  it('counts 7 days from the day after signing and extends past rest days and holidays', () => {
    expect(cnConsumerLaw.windows).toEqual({ no_reason: { days: 7, extendPastHolidays: true } });
  });

  statuteTable(cnConsumerLaw, ROWS, (overrides) => merge(base, overrides), CITATIONS);

  it('explains a no-reason return in both locales', async () => {
    const input = merge(base, { coverage: { kind: 'return_shipping_insurance', payer: 'insurer', limit: cny(500) } });
    const en = plain.decide(input, { locale: 'en' });
    const zh = plain.decide(input, { locale: 'zh-CN' });
    expect(en.text.summary).toBe(
      "Returned without a reason within 7 days: the return shipping (CN¥12.00) is the buyer's cost unless agreed otherwise, and the buyer pays CN¥7.00. The original delivery is not refunded.",
    );
    expect(zh.text.summary).toBe('在7日内无理由退货：除另有约定外，退货运费（¥12.00）由买家承担，买家实付¥7.00。原发货运费不予退还。');
  });

  it('decides every combination of the facts it tests, with exact money', async () => {
    const evaluator = plain;
    await fc.assert(
      fc.asyncProperty(arbitraryCase('CNY', 'Asia/Shanghai'), async (input) => {
        const decision = evaluator.decide(input);
        for (const line of decision.lines) {
          expect(line.shares.reduce((sum, share) => sum + share.amount.amount, 0)).toBe(line.total.amount);
        }
        const fault = Object.values((input['findings'] ?? {}) as Record<string, boolean>).some(Boolean);
        // Seller fault wins over every exclusion and window, and the buyer then pays nothing.
        if (fault) expect(decision.totals.buyer?.amount ?? 0).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
