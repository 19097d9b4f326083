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
const CITATIONS: Record<string, Record<string, string>> = {
  'notice-period-passed': { en: "Civil Code art. 621 para. 2", 'zh-CN': "《民法典》第六百二十一条第二款" },
  'seller-fault-exchange-or-repair': { en: "CPL art. 24; Civil Code arts. 582, 610", 'zh-CN': "《消费者权益保护法》第二十四条；《民法典》第五百八十二条、第六百一十条" },
  'seller-fault': { en: "CPL art. 24; Civil Code arts. 582, 610, 621 para. 2", 'zh-CN': "《消费者权益保护法》第二十四条；《民法典》第五百八十二条、第六百一十条、第六百二十一条第二款" },
  'transit-damage-exchange-or-repair': { en: "E-Commerce Law art. 20; CPL art. 24 para. 2", 'zh-CN': "《电子商务法》第二十条；《消费者权益保护法》第二十四条第二款" },
  'transit-damage': { en: "E-Commerce Law art. 20", 'zh-CN': "《电子商务法》第二十条" },
  'not-a-distance-sale': { en: "CPL art. 25 para. 1", 'zh-CN': "《消费者权益保护法》第二十五条第一款" },
  'excluded-custom-made': { en: "CPL art. 25 para. 1 item 1", 'zh-CN': "《消费者权益保护法》第二十五条第一款第（一）项" },
  'excluded-perishable': { en: "CPL art. 25 para. 1 item 2", 'zh-CN': "《消费者权益保护法》第二十五条第一款第（二）项" },
  'excluded-unsealed-digital': { en: "CPL art. 25 para. 1 item 3", 'zh-CN': "《消费者权益保护法》第二十五条第一款第（三）项" },
  'excluded-newspaper': { en: "CPL art. 25 para. 1 item 4", 'zh-CN': "《消费者权益保护法》第二十五条第一款第（四）项" },
  'excluded-by-nature-confirmed': { en: "CPL art. 25 para. 2; Implementing Regulation (2024) art. 19; Penalties Measures art. 9 item 2", 'zh-CN': "《消费者权益保护法》第二十五条第二款；《消费者权益保护法实施条例》第十九条；《侵害消费者权益行为处罚办法》第九条第（二）项" },
  'not-intact': { en: "CPL art. 25 para. 3; Implementing Regulation (2024) art. 19; Penalties Measures art. 9 item 3", 'zh-CN': "《消费者权益保护法》第二十五条第三款；《消费者权益保护法实施条例》第十九条；《侵害消费者权益行为处罚办法》第九条第（三）项" },
  'past-no-reason-window': { en: "CPL art. 25 para. 1; Civil Code arts. 201, 203, 512", 'zh-CN': "《消费者权益保护法》第二十五条第一款；《民法典》第二百零一条、第二百零三条、第五百一十二条" },
  'late-delivery-free-shipping': { en: "CPL art. 25 paras. 1, 3; Civil Code art. 563; Seven-Day Returns Measures (2017, amended 2020)", 'zh-CN': "《消费者权益保护法》第二十五条第一款、第三款；《民法典》第五百六十三条；《网络购买商品七日无理由退货暂行办法》（2017年公布，2020年修订）" },
  'late-delivery': { en: "CPL art. 25 paras. 1, 3; Civil Code art. 563", 'zh-CN': "《消费者权益保护法》第二十五条第一款、第三款；《民法典》第五百六十三条" },
  'no-reason-free-returns-free-shipping': { en: "CPL art. 25 para. 3 (as agreed otherwise); Seven-Day Returns Measures (2017, amended 2020)", 'zh-CN': "《消费者权益保护法》第二十五条第三款（“经营者和消费者另有约定的，按照约定”）；《网络购买商品七日无理由退货暂行办法》（2017年公布，2020年修订）" },
  'no-reason-free-returns': { en: "CPL art. 25 para. 3 (as agreed otherwise)", 'zh-CN': "《消费者权益保护法》第二十五条第三款（“经营者和消费者另有约定的，按照约定”）" },
  'no-reason-free-shipping': { en: "CPL art. 25 para. 3; Seven-Day Returns Measures (2017, amended 2020)", 'zh-CN': "《消费者权益保护法》第二十五条第三款；《网络购买商品七日无理由退货暂行办法》（2017年公布，2020年修订）" },
  'no-reason-threshold-lost': { en: "CPL art. 25 para. 3; Seven-Day Returns Measures (2017, amended 2020)", 'zh-CN': "《消费者权益保护法》第二十五条第三款；《网络购买商品七日无理由退货暂行办法》（2017年公布，2020年修订）" },
  'no-reason-return': { en: "CPL art. 25 paras. 1, 3", 'zh-CN': "《消费者权益保护法》第二十五条第一款、第三款" },
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
  ['B1 a defect, exchanged: the seller pays both legs', { ...defect, resolution: 'exchange', costs: { replacementShipping: cny(1000) } }, 'seller-fault-exchange-or-repair', { seller: 2200 }],
  // Second reading: an exchange or repair keeps the contract, so the original delivery is not refunded.
  ['B1 an exchange keeps the contract: the original delivery is not refunded', merge({ ...defect, resolution: 'exchange', costs: { replacementShipping: cny(1000) } }, outbound('none')), 'seller-fault-exchange-or-repair', { seller: 2200, buyer: 800 }],
  ['B1 a repair keeps the contract: the original delivery is not refunded', merge({ ...defect, resolution: 'repair' }, outbound('none')), 'seller-fault-exchange-or-repair', { seller: 1200, buyer: 800 }],
  ['B2 transit damage exchanged: the original delivery is not refunded', merge({ reason: 'damaged_in_transit', findings: { damagedInTransit: true }, resolution: 'exchange', costs: { replacementShipping: cny(1000) } }, outbound('none')), 'transit-damage-exchange-or-repair', { seller: 2200, buyer: 800 }],
  ['B2 transit damage refunded: the original delivery comes back', merge({ reason: 'damaged_in_transit', findings: { damagedInTransit: true } }, outbound('none')), 'transit-damage', { seller: 2000 }],
  // Civil Code art. 621(2): two years from receipt, or a longer quality-guarantee period.
  ['B1 the last day of the two-year notice period', { ...defect, dates: { requestedAt: '2028-03-02' } }, 'seller-fault', { seller: 1200 }],
  ['B1 the day after the two-year notice period', { ...defect, dates: { requestedAt: '2028-03-03' } }, 'notice-period-passed', NR],
  ['B1 an exchange asked after two years', { ...defect, resolution: 'exchange', dates: { requestedAt: '2028-03-03' } }, 'notice-period-passed', NR],
  ['B2 transit damage reported after two years', { reason: 'damaged_in_transit', findings: { damagedInTransit: true }, dates: { requestedAt: '2028-03-03' } }, 'notice-period-passed', NR],
  ['B1 a three-year quality guarantee still running', { ...defect, dates: { requestedAt: '2028-09-01', qualityGuaranteeEndsAt: '2029-03-02' } }, 'seller-fault', { seller: 1200 }],
  ['B1 … its last day', { ...defect, dates: { requestedAt: '2029-03-02', qualityGuaranteeEndsAt: '2029-03-02' } }, 'seller-fault', { seller: 1200 }],
  ['B1 … the day after it ended', { ...defect, dates: { requestedAt: '2029-03-03', qualityGuaranteeEndsAt: '2029-03-02' } }, 'notice-period-passed', NR],
  ['B1 a shorter guarantee does not shorten the two years', { ...defect, dates: { requestedAt: '2027-06-01', qualityGuaranteeEndsAt: '2026-09-02' } }, 'seller-fault', { seller: 1200 }],
  ['a return without a fault after two years is simply late', { dates: { requestedAt: '2028-03-03' } }, 'past-no-reason-window', NR],
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
  // Late delivery alone is not a fault route: a no-reason return, its texts say why.
  ['late delivery (proven) is a no-reason return: the buyer pays', { reason: 'late_delivery', dates: { promisedBy: '2026-02-27' } }, 'late-delivery', { buyer: 1200 }],
  ['late delivery with paid delivery: not refunded', merge({ reason: 'late_delivery' }, outbound('none')), 'late-delivery', { buyer: 2000 }],
  ['late delivery, shipped free', merge({ reason: 'late_delivery' }, outbound('unconditional')), 'late-delivery-free-shipping', { seller: 800, buyer: 1200 }],
  ['late delivery, threshold still met', merge({ reason: 'late_delivery' }, outbound('threshold', true)), 'late-delivery-free-shipping', { seller: 800, buyer: 1200 }],
  ['late delivery, threshold lost', merge({ reason: 'late_delivery' }, outbound('threshold', false)), 'late-delivery', { buyer: 2000 }],
  ['late delivery, the seller promised free returns', { reason: 'late_delivery', seller: { freeReturns: true } }, 'no-reason-free-returns', { seller: 1200 }],
  ['late delivery after the 7 days', { reason: 'late_delivery', dates: { requestedAt: '2026-03-10' } }, 'past-no-reason-window', NR],
  ['late delivery of a custom-made item', { reason: 'late_delivery', item: { tags: ['custom_made'] } }, 'excluded-custom-made', NR],
  ['late delivery with a defect found: the seller pays', { reason: 'late_delivery', findings: { qualityDefect: true } }, 'seller-fault', { seller: 1200 }],
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
    expect(cnConsumerLaw.source).toContain('as in force on 2026-12-01');
    for (const text of ['消费者权益保护法', '消费者权益保护法实施条例', '民法典', '电子商务法', '侵害消费者权益行为处罚办法', '网络购买商品七日无理由退货暂行办法', '2017, amended 2020']) {
      expect(cnConsumerLaw.source).toContain(text);
    }
  });

  it('gives every rule its citation', () => {
    expect(Object.fromEntries(cnConsumerLaw.rules.map((rule) => [rule.name, rule.event.params.citation]))).toEqual(CITATIONS);
  });

  it('counts 7 days from the day after signing and extends past rest days and holidays', () => {
    expect(cnConsumerLaw.windows).toEqual({ no_reason: { days: 7, extendPastHolidays: true }, notice_period: { months: 24 } });
  });

  statuteTable(cnConsumerLaw, ROWS, (overrides) => merge(base, overrides), CITATIONS);

  /** The rule's text or disclosure in a locale. */
  const said = (rule: string, field: 'text' | 'disclosure', locale: string): string => {
    const found = cnConsumerLaw.rules.find((r) => r.name === rule);
    if (found === undefined) throw new Error(`no rule ${rule}`);
    return found.event.params[field][locale] ?? '';
  };
  const RETURN_AS_THE_LAW_PROVIDES = { en: 'returned, exchanged or repaired as the law provides, at the seller\'s cost', 'zh-CN': '可依法退货、换货或维修，费用由卖家承担' };

  // Corrections of the second reading: [what, rule, field, locale, must contain, must not contain].
  it.each([
    ['custom-made: no promise of a return', 'excluded-custom-made', 'disclosure', 'en', RETURN_AS_THE_LAW_PROVIDES.en, 'you can still return them'],
    ['perishable: no promise of a return', 'excluded-perishable', 'disclosure', 'en', RETURN_AS_THE_LAW_PROVIDES.en, 'you can still return them'],
    ['unsealed digital: no promise of a return', 'excluded-unsealed-digital', 'disclosure', 'en', RETURN_AS_THE_LAW_PROVIDES.en, 'you can still return them'],
    ['定作：不承诺“仍可退货”', 'excluded-custom-made', 'disclosure', 'zh-CN', RETURN_AS_THE_LAW_PROVIDES['zh-CN'], '仍可退货'],
    ['鲜活易腐：不承诺“仍可退货”', 'excluded-perishable', 'disclosure', 'zh-CN', RETURN_AS_THE_LAW_PROVIDES['zh-CN'], '仍可退货'],
    ['数字化商品：不承诺“仍可退货”', 'excluded-unsealed-digital', 'disclosure', 'zh-CN', RETURN_AS_THE_LAW_PROVIDES['zh-CN'], '仍可退货'],
    ['a refusal reads as Chinese, not as a translation', 'excluded-custom-made', 'text', 'zh-CN', '商品也没有质量问题等卖家方面的原因', '且未发现卖家责任'],
    ['seller fault: 卖家, not 经营者, in a buyer-facing sentence', 'seller-fault', 'text', 'zh-CN', '运输等必要费用由卖家承担', '经营者'],
    ['the no-reason return states the law, not insurance', 'no-reason-return', 'disclosure', 'en', 'unless you agreed otherwise with the seller', 'insurance'],
    ['无理由退货不提保险', 'no-reason-return', 'disclosure', 'zh-CN', '除与卖家另有约定外', '赔付'],
    ['seller fault names the notice period', 'seller-fault', 'disclosure', 'en', 'within two years of receipt, or within the quality-guarantee period if it is longer', 'also after the 7-day period'],
    ['质量问题两年内告知', 'seller-fault', 'disclosure', 'zh-CN', '请在签收后两年内提出', '超过七日亦同。'],
    ['after the 7 days: return only where rescission is allowed', 'seller-fault', 'disclosure', 'en', 'where the conditions for ending the contract are met, otherwise an exchange or repair', 'you can still return'],
    ['unsuitable by nature: the seller must mark it, the buyer confirm it', 'excluded-by-nature-confirmed', 'disclosure', 'en', 'marked this clearly and you confirmed it yourself', 'pre-'],
    ['an exchange keeps the contract', 'seller-fault-exchange-or-repair', 'text', 'en', 'the original delivery is not refunded', 'refunded with the goods'],
    ['换货不退原发货运费', 'seller-fault-exchange-or-repair', 'text', 'zh-CN', '原发货运费不予退还', '随货款一并退还'],
    ['a late delivery says why the buyer pays', 'late-delivery', 'text', 'en', 'Late delivery alone does not make the return the seller\'s responsibility', 'seller pays'],
    ['延迟送达说明理由', 'late-delivery', 'text', 'zh-CN', '仅延迟送达并不使退货成为卖家的责任', '由卖家支付'],
  ] as const)('second reading: %s', (_what, rule, field, locale, phrase, absent) => {
    expect(said(rule, field, locale)).toContain(phrase);
    expect(said(rule, field, locale)).not.toContain(absent);
  });

  it('cites the 2024 Implementing Regulation beside the Penalties Measures where exclusions and intactness are decided', () => {
    for (const rule of ['excluded-by-nature-confirmed', 'not-intact']) {
      const citation = cnConsumerLaw.rules.find((r) => r.name === rule)?.event.params.citation as Record<string, string>;
      expect(citation['en']).toContain('Implementing Regulation (2024) art. 19');
      expect(citation['zh-CN']).toContain('《消费者权益保护法实施条例》第十九条');
      expect(citation['zh-CN']).toMatch(/《侵害消费者权益行为处罚办法》第九条第（[二三]）项/);
    }
  });

  it('never puts 卖家 and 经营者 in one sentence, and says nothing of insurance or 赔付 in a statement of the law', () => {
    const zh = cnConsumerLaw.rules.flatMap((rule) => [rule.event.params.text['zh-CN'] ?? '', rule.event.params.disclosure['zh-CN'] ?? '']);
    for (const sentence of zh.flatMap((text) => text.split(/[。；]/))) expect(sentence.includes('卖家') && sentence.includes('经营者')).toBe(false);
    for (const text of zh) for (const word of ['赔付', '运费险', '平台退货保障', '且未发现卖家责任']) expect(text).not.toContain(word);
  });

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
        // Within the two-year notice period seller fault wins over every exclusion and window; the
        // buyer then pays nothing but, on an exchange or repair, the original delivery (not refunded).
        const requestedAt = (input['dates'] as { requestedAt: string }).requestedAt;
        if (fault && requestedAt <= '2028-03-02') {
          const kept = decision.lines.find((line) => line.cost === 'outboundShipping')?.shares.find((share) => share.party === 'buyer')?.amount.amount ?? 0;
          expect(decision.totals.buyer?.amount ?? 0).toBe(input['resolution'] === 'refund' ? 0 : kept);
          expect(decision.code).toBe(input['resolution'] === 'refund' ? 'seller_fault' : 'seller_fault_remedy');
        }
      }),
      { numRuns: 300 },
    );
  });
});
