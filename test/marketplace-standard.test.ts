import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../src/decide/evaluator.js';
import type { Decision } from '../src/index.js';
import type { Party } from '../src/money/money.js';
import * as builtIn from '../src/rules.js';
import { marketplaceStandard } from '../src/rules.js';
import { englishWords } from './english-words.js';
import { usd, type Json } from './helpers.js';

const evaluator = createEvaluator(marketplaceStandard);

/** Who pays what, per cost line, in cents: `{ returnShipping: { seller: 1000 } }`. */
type Payers = Partial<Record<Decision['lines'][number]['cost'], Partial<Record<Party, number>>>>;

interface Row {
  /** The situation, in the policy's words. */
  situation: string;
  reason?: string;
  findings?: Json;
  seller?: Json;
  /** Days from delivery to request; default 5. */
  days?: number;
  extra?: Json;
  code: string;
  pays: Payers;
  warnings?: string[];
}

const DELIVERED = '2026-03-02';
const dayAfterDelivery = (days: number) => new Date(Date.UTC(2026, 2, 2 + days)).toISOString().slice(0, 10);

/** A $10.00 return of an item delivered on 2 March 2026, with $5.00 original delivery. */
function caseFor(row: Row): Json {
  const { costs, ...extra } = (row.extra ?? {}) as { costs?: Json };
  return {
    reason: row.reason ?? 'changed_mind',
    ...(row.findings === undefined ? {} : { findings: row.findings }),
    ...(row.seller === undefined ? {} : { seller: row.seller }),
    costs: { returnShipping: usd(1000), outboundShipping: usd(500), ...costs },
    dates: { deliveredAt: DELIVERED, requestedAt: dayAfterDelivery(row.days ?? 5) },
    ...extra,
  };
}

function payers(decision: Decision): Payers {
  const out: Payers = {};
  for (const line of decision.lines) out[line.cost] = Object.fromEntries(line.shares.map((share) => [share.party, share.amount.amount]));
  return out;
}

const winners = new Set<string>();

async function check(row: Row): Promise<void> {
  const decision = evaluator.decide(caseFor(row));
  winners.add(decision.rule.name);
  expect(decision.code).toBe(row.code);
  expect(payers(decision)).toEqual(row.pays);
  expect(decision.warnings.map((warning) => warning.code)).toEqual(row.warnings ?? []);
  for (const line of decision.lines) expect(line.shares.reduce((sum, share) => sum + share.amount.amount, 0)).toBe(line.total.amount);
  // Every placeholder of the rule's text is filled, in every locale, and no English is left in the others.
  for (const locale of marketplaceStandard.locales) {
    const text = evaluator.decide(caseFor(row), { locale }).text;
    expect(text.locale).toBe(locale);
    expect(text.summary).not.toMatch(/[{}]/);
    if (locale !== 'en') expect([text.summary, ...text.details].flatMap((line) => englishWords(line, locale)), locale).toEqual([]);
  }
}

const sellerPaysAll: Payers = { returnShipping: { seller: 1000 }, outboundShipping: { seller: 500 } };
const buyerPaysAll: Payers = { returnShipping: { buyer: 1000 }, outboundShipping: { buyer: 500 } };
const guarantee = { kind: 'return_guarantee', payer: 'platform', limit: usd(600), firstReturnOnly: true };

describe('marketplace-standard: past-dispute-window (returns are opened within 15 days of delivery)', () => {
  it.each<Row>([
    { situation: 'changed mind, day 15: still in time', days: 15, code: 'buyer_reasons', pays: buyerPaysAll },
    { situation: 'changed mind, day 16: too late', days: 16, code: 'past_dispute_window', pays: {} },
    { situation: 'defect found, day 16: too late even for seller fault', findings: { qualityDefect: true }, days: 16, code: 'past_dispute_window', pays: {} },
    { situation: 'seller offers free returns, day 30: too late', seller: { freeReturns: true }, days: 30, code: 'past_dispute_window', pays: {} },
    { situation: 'day 15 falls on a Sunday: a Monday request (day 16) is too late, the window is not extended', extra: { dates: { deliveredAt: '2026-02-14', requestedAt: '2026-03-02' } }, code: 'past_dispute_window', pays: {} },
    {
      situation: '00:30 in Shanghai on day 16 (16:30Z on day 15): too late in the buyer’s time zone',
      extra: { timeZone: 'Asia/Shanghai', dates: { deliveredAt: '2026-03-02T12:00:00+08:00', requestedAt: '2026-03-17T16:30:00Z' } },
      code: 'past_dispute_window',
      pays: {},
    },
    {
      situation: 'a late case with an agreed split and coverage: nothing is allocated, with a warning',
      days: 20,
      extra: { negotiatedSplit: { sellerPercent: 50 }, coverage: guarantee },
      code: 'past_dispute_window',
      pays: {},
      warnings: ['not_returnable'],
    },
  ])('$situation → $code', check);

  it('says how late the request is', async () => {
    const decision = evaluator.decide(caseFor({ situation: '', days: 16, code: '', pays: {} }));
    expect(decision.outcome).toBe('not_returnable');
    expect(decision.totals).toEqual({});
    expect(decision.text.summary).toContain('15');
    expect(decision.text.summary).toContain('16');
  });
});

describe('marketplace-standard: seller-fault (defect, wrong item, not as described, missing parts, transit damage → seller pays)', () => {
  it.each<Row>([
    { situation: 'inspection found a quality defect', findings: { qualityDefect: true }, code: 'seller_fault', pays: sellerPaysAll },
    { situation: 'the wrong item was sent', findings: { wrongItem: true }, code: 'seller_fault', pays: sellerPaysAll },
    { situation: 'the item is not as described', findings: { notAsDescribed: true }, code: 'seller_fault', pays: sellerPaysAll },
    { situation: 'parts are missing', findings: { missingParts: true }, code: 'seller_fault', pays: sellerPaysAll },
    { situation: 'damaged in transit', findings: { damagedInTransit: true }, code: 'seller_fault', pays: sellerPaysAll },
    { situation: 'buyer states a quality defect', reason: 'quality_defect', code: 'seller_fault', pays: sellerPaysAll },
    { situation: 'buyer states the wrong item', reason: 'wrong_item', code: 'seller_fault', pays: sellerPaysAll },
    { situation: 'buyer states not as described', reason: 'not_as_described', code: 'seller_fault', pays: sellerPaysAll },
    { situation: 'buyer states missing parts', reason: 'missing_parts', code: 'seller_fault', pays: sellerPaysAll },
    { situation: 'buyer states transit damage', reason: 'damaged_in_transit', code: 'seller_fault', pays: sellerPaysAll },
    { situation: 'defect on day 15, the last day', findings: { qualityDefect: true }, days: 15, code: 'seller_fault', pays: sellerPaysAll },
    { situation: 'defect while the seller also offers free returns: seller fault decides', findings: { qualityDefect: true }, seller: { freeReturns: true }, code: 'seller_fault', pays: sellerPaysAll },
    {
      situation: 'exchange of a defective item: the seller also pays shipping the replacement',
      findings: { qualityDefect: true },
      extra: { resolution: 'exchange', costs: { replacementShipping: usd(700) } },
      code: 'seller_fault',
      pays: { ...sellerPaysAll, replacementShipping: { seller: 700 } },
    },
    {
      situation: 'an agreement to split a defect return 40/60 is rejected',
      findings: { qualityDefect: true },
      extra: { negotiatedSplit: { sellerPercent: 40 } },
      code: 'seller_fault',
      pays: sellerPaysAll,
      warnings: ['negotiation_rejected'],
    },
    {
      situation: 'the seller agrees to pay the full amount: allowed',
      findings: { qualityDefect: true },
      extra: { negotiatedSplit: { sellerAmount: usd(1000) } },
      code: 'seller_fault',
      pays: sellerPaysAll,
    },
    {
      situation: 'a guarantee for the seller covers $6.00 of the seller’s cost',
      findings: { qualityDefect: true },
      extra: { coverage: { ...guarantee, beneficiary: 'seller' } },
      code: 'seller_fault',
      pays: { returnShipping: { seller: 400, platform: 600 }, outboundShipping: { seller: 500 } },
    },
    {
      situation: 'a guarantee for the buyer pays nothing: the buyer owes nothing',
      findings: { wrongItem: true },
      extra: { coverage: guarantee },
      code: 'seller_fault',
      pays: sellerPaysAll,
    },
  ])('$situation → $code', check);
});

describe('marketplace-standard: late-delivery (returned because it came after the promised date → seller pays)', () => {
  const promisedBy = (date: string) => ({ dates: { deliveredAt: DELIVERED, requestedAt: dayAfterDelivery(5), promisedBy: date } });
  it.each<Row>([
    { situation: 'delivered the day after the promised date', reason: 'late_delivery', extra: promisedBy('2026-03-01'), code: 'seller_late_delivery', pays: sellerPaysAll },
    { situation: 'delivered a week late', reason: 'late_delivery', extra: promisedBy('2026-02-23'), code: 'seller_late_delivery', pays: sellerPaysAll },
    { situation: 'delivered on the promised day: not late', reason: 'late_delivery', extra: promisedBy('2026-03-02'), code: 'no_fault_found', pays: buyerPaysAll },
    { situation: 'delivered before the promised date', reason: 'late_delivery', extra: promisedBy('2026-03-05'), code: 'no_fault_found', pays: buyerPaysAll },
    { situation: 'late, but returned for a change of mind: the lateness is not why', reason: 'changed_mind', extra: promisedBy('2026-03-01'), code: 'buyer_reasons', pays: buyerPaysAll },
    {
      situation: 'late, returned on day 16: too late to open a return',
      reason: 'late_delivery',
      extra: { dates: { deliveredAt: DELIVERED, requestedAt: dayAfterDelivery(16), promisedBy: '2026-03-01' } },
      code: 'past_dispute_window',
      pays: {},
    },
    {
      situation: 'late, and a 40/60 split is agreed: rejected, the seller pays',
      reason: 'late_delivery',
      extra: { ...promisedBy('2026-03-01'), negotiatedSplit: { sellerPercent: 40 } },
      code: 'seller_late_delivery',
      pays: sellerPaysAll,
      warnings: ['negotiation_rejected'],
    },
  ])('$situation → $code', check);

  // Says why the seller pays, in every locale; the buyer is never told "late, so you pay" without a reason.
  it.each([
    ['en', 'The item was delivered after the promised date, so the seller pays the return shipping of $10.00.', 'Basis: Marketplace return policy: delivery after the promised date.'],
    ['zh-CN', '商品晚于承诺的日期送达，退货运费US$10.00由卖家承担。', '依据：平台退货政策：晚于承诺时间送达。'],
    ['pt-BR', 'O item foi entregue depois da data prometida, por isso o vendedor paga o frete de devolução de US$\u00a010,00.', 'Fundamento: Política de devoluções da plataforma: entrega depois da data prometida.'],
    ['ko', '상품이 약속한 배송일보다 늦게 도착했으므로 반품 배송비(US$10.00)는 판매자가 부담합니다.', '근거: 마켓플레이스 반품 정책: 약속한 배송일 이후 도착.'],
    ['ja', '商品がお届け予定日より遅れて到着したため、返品送料$10.00は販売者が負担します。', '根拠：マーケットプレイス返品ポリシー：お届け予定日を過ぎた到着。'],
  ])('explains a proven late delivery in %s', (locale, summary, basis) => {
    const text = evaluator.decide(caseFor({ situation: '', reason: 'late_delivery', extra: promisedBy('2026-03-01'), code: '', pays: {} }), { locale }).text;
    expect([text.summary, text.details.at(-1)]).toEqual([summary, basis]);
  });

  it('an unproven late delivery says no fault of the seller was found, in every locale', () => {
    const summaries = marketplaceStandard.locales.map((locale) => evaluator.decide(caseFor({ situation: '', reason: 'late_delivery', code: '', pays: {} }), { locale }).text.summary);
    expect(summaries).toEqual([
      'No fault of the seller was found: return shipping ($10.00) is the buyer\'s cost, and the buyer pays $10.00 of it.',
      '经核实不属于卖家责任，退货运费（US$10.00）由买家承担，买家实付US$10.00。',
      'Não foi constatada falha do vendedor: o frete de devolução (US$\u00a010,00) fica por conta do comprador, que paga US$\u00a010,00.',
      '판매자 귀책 사유가 확인되지 않았으므로 반품 배송비(US$10.00)는 구매자 부담이며, 구매자가 실제로 내는 금액은 US$10.00입니다.',
      '販売者の責任が確認されなかったため、返品送料（$10.00）は購入者の負担となり、購入者が実際に支払う額は$10.00です。',
    ]);
  });
});

describe('marketplace-standard: seller-free-returns (the seller promised free returns)', () => {
  const freeReturns = { freeReturns: true };
  it.each<Row>([
    { situation: 'changed mind', seller: freeReturns, code: 'seller_free_returns', pays: { returnShipping: { seller: 1000 }, outboundShipping: { buyer: 500 } } },
    { situation: 'does not fit', reason: 'does_not_fit', seller: freeReturns, code: 'seller_free_returns', pays: { returnShipping: { seller: 1000 }, outboundShipping: { buyer: 500 } } },
    { situation: 'any other reason', reason: 'other', seller: freeReturns, code: 'seller_free_returns', pays: { returnShipping: { seller: 1000 }, outboundShipping: { buyer: 500 } } },
    {
      situation: 'exchange: the replacement leg follows the return shares',
      seller: freeReturns,
      extra: { resolution: 'exchange', costs: { replacementShipping: usd(700) } },
      code: 'seller_free_returns',
      pays: { returnShipping: { seller: 1000 }, outboundShipping: { buyer: 500 }, replacementShipping: { seller: 700 } },
    },
    {
      situation: 'an agreement that the buyer pays half is rejected',
      seller: freeReturns,
      extra: { negotiatedSplit: { sellerPercent: 50 } },
      code: 'seller_free_returns',
      pays: { returnShipping: { seller: 1000 }, outboundShipping: { buyer: 500 } },
      warnings: ['negotiation_rejected'],
    },
  ])('$situation → $code', check);
});

describe('marketplace-standard: seller-free-returns-free-shipping (free returns on an order that shipped free)', () => {
  it.each<Row>([
    { situation: 'unconditional free delivery stays free', seller: { freeReturns: true, freeShipping: 'unconditional' }, code: 'seller_free_returns', pays: sellerPaysAll },
    { situation: 'threshold free delivery still met', seller: { freeReturns: true, freeShipping: 'threshold', thresholdStillMet: true }, code: 'seller_free_returns', pays: sellerPaysAll },
    {
      situation: 'threshold no longer met: the original delivery is the buyer’s again',
      seller: { freeReturns: true, freeShipping: 'threshold', thresholdStillMet: false },
      code: 'seller_free_returns',
      pays: { returnShipping: { seller: 1000 }, outboundShipping: { buyer: 500 } },
    },
  ])('$situation → $code', check);
});

describe('marketplace-standard: buyer-reasons-free-shipping (own reasons on an order that shipped free)', () => {
  const buyerPaysReturnOnly: Payers = { returnShipping: { buyer: 1000 }, outboundShipping: { seller: 500 } };
  it.each<Row>([
    { situation: 'changed mind, unconditional free delivery', seller: { freeShipping: 'unconditional' }, code: 'buyer_reasons', pays: buyerPaysReturnOnly },
    { situation: 'does not fit, threshold still met', reason: 'does_not_fit', seller: { freeShipping: 'threshold', thresholdStillMet: true }, code: 'buyer_reasons', pays: buyerPaysReturnOnly },
    { situation: 'changed mind, threshold no longer met: the buyer pays both legs', seller: { freeShipping: 'threshold', thresholdStillMet: false }, code: 'buyer_reasons', pays: buyerPaysAll },
    {
      situation: 'the seller agrees to take half of the return leg',
      seller: { freeShipping: 'unconditional' },
      extra: { negotiatedSplit: { sellerPercent: 50 } },
      code: 'buyer_reasons',
      pays: { returnShipping: { seller: 500, buyer: 500 }, outboundShipping: { seller: 500 } },
    },
  ])('$situation → $code', check);
});

describe('marketplace-standard: buyer-reasons (the buyer’s own reasons → buyer pays, unless agreed or covered)', () => {
  it.each<Row>([
    { situation: 'changed mind', reason: 'changed_mind', code: 'buyer_reasons', pays: buyerPaysAll },
    { situation: 'does not fit', reason: 'does_not_fit', code: 'buyer_reasons', pays: buyerPaysAll },
    { situation: 'ordered by mistake', reason: 'ordered_by_mistake', code: 'buyer_reasons', pays: buyerPaysAll },
    { situation: 'found a better price', reason: 'better_price_found', code: 'buyer_reasons', pays: buyerPaysAll },
    { situation: 'changed mind on the delivery day', days: 0, code: 'buyer_reasons', pays: buyerPaysAll },
    {
      situation: 'the seller agrees to take 30%',
      extra: { negotiatedSplit: { sellerPercent: 30 } },
      code: 'buyer_reasons',
      pays: { returnShipping: { seller: 300, buyer: 700 }, outboundShipping: { buyer: 500 } },
    },
    {
      situation: 'the seller agrees to take $3.33',
      extra: { negotiatedSplit: { sellerAmount: usd(333) } },
      code: 'buyer_reasons',
      pays: { returnShipping: { seller: 333, buyer: 667 }, outboundShipping: { buyer: 500 } },
    },
    {
      situation: 'first return under a $6.00 guarantee: the platform pays $6.00',
      extra: { coverage: guarantee, priorReturns: 0 },
      code: 'buyer_reasons',
      pays: { returnShipping: { platform: 600, buyer: 400 }, outboundShipping: { buyer: 500 } },
    },
    {
      situation: 'second return under a first-return-only guarantee: the buyer pays',
      extra: { coverage: guarantee, priorReturns: 1 },
      code: 'buyer_reasons',
      pays: buyerPaysAll,
    },
    {
      situation: 'insurance without a limit pays all of it',
      extra: { coverage: { kind: 'return_shipping_insurance', payer: 'insurer' } },
      code: 'buyer_reasons',
      pays: { returnShipping: { insurer: 1000 }, outboundShipping: { buyer: 500 } },
    },
    {
      situation: 'insurance for defects only does not pay for a change of mind',
      extra: { coverage: { kind: 'return_shipping_insurance', payer: 'insurer', reasons: ['quality_defect'] } },
      code: 'buyer_reasons',
      pays: buyerPaysAll,
    },
    {
      situation: 'seller takes 30%, then a $6.00 guarantee covers the buyer’s part',
      extra: { negotiatedSplit: { sellerPercent: 30 }, coverage: guarantee },
      code: 'buyer_reasons',
      pays: { returnShipping: { seller: 300, platform: 600, buyer: 100 }, outboundShipping: { buyer: 500 } },
    },
  ])('$situation → $code', check);
});

describe('marketplace-standard: other-reasons (fallback: no seller fault found → buyer pays)', () => {
  it.each<Row>([
    { situation: 'other reason', reason: 'other', code: 'no_fault_found', pays: buyerPaysAll },
    { situation: 'late delivery, no fault found', reason: 'late_delivery', code: 'no_fault_found', pays: buyerPaysAll },
    { situation: 'other reason with free return shipping', reason: 'other', extra: { costs: { returnShipping: usd(0) } }, code: 'no_fault_found', pays: { returnShipping: { buyer: 0 }, outboundShipping: { buyer: 500 } } },
    {
      situation: 'other reason, the seller agrees to take it all',
      reason: 'other',
      extra: { negotiatedSplit: { sellerPercent: 100 } },
      code: 'no_fault_found',
      pays: { returnShipping: { seller: 1000 }, outboundShipping: { buyer: 500 } },
    },
  ])('$situation → $code', check);
});

describe('marketplace-standard: the file', () => {
  it('has a table row won by each of its rules', () => {
    // Runs after the tables above (vitest runs tests in file order).
    expect([...winners].sort()).toEqual(marketplaceStandard.rules.map((rule) => rule.name).sort());
  });

  it('ends with the lowest-priority fallback, which matches every case', () => {
    // Otherwise the file reads as the policy does: each general rule before its free-shipping variant.
    const priorities = marketplaceStandard.rules.map((rule) => rule.priority);
    expect(marketplaceStandard.rules.at(-1)?.priority).toBe(Math.min(...priorities));
    expect(marketplaceStandard.rules.map((rule) => rule.name)).toEqual([
      'past-dispute-window',
      'seller-fault',
      'late-delivery',
      'seller-free-returns',
      'seller-free-returns-free-shipping',
      'buyer-reasons',
      'buyer-reasons-free-shipping',
      'other-reasons',
    ]);
    expect(marketplaceStandard.rules.at(-1)?.conditions).toEqual({ all: [{ fact: 'returnShippingAmount', operator: 'greaterThanInclusive', value: 0 }] });
  });

  it('is written in five languages, each with its own citations', () => {
    expect(marketplaceStandard.locales).toEqual(['en', 'zh-CN', 'pt-BR', 'ko', 'ja']);
    for (const rule of marketplaceStandard.rules) {
      const citation = rule.event.params.citation as Record<string, string>;
      expect(Object.keys(citation), rule.name).toEqual(['en', 'zh-CN', 'pt-BR', 'ko', 'ja']);
      for (const locale of ['zh-CN', 'pt-BR', 'ko', 'ja']) {
        expect(englishWords(citation[locale] ?? 'missing', locale), `${rule.name} ${locale}`).toEqual([]);
        expect(englishWords(rule.event.params.disclosure[locale] ?? 'missing', locale), `${rule.name} ${locale}`).toEqual([]);
        expect(englishWords(marketplaceStandard.title[locale] ?? 'missing', locale)).toEqual([]);
      }
    }
  });

  it('says "within 15 days", not "whatever the reason", of a free-returns promise; and 在别处看到更便宜的, not 找到更低价格', () => {
    const disclosure = (name: string, locale: string) => marketplaceStandard.rules.find((rule) => rule.name === name)?.event.params.disclosure[locale];
    expect(disclosure('seller-free-returns', 'en')).toContain('within 15 days of delivery');
    expect(disclosure('seller-free-returns', 'en')).not.toContain('whatever the reason');
    expect(disclosure('seller-free-returns', 'zh-CN')).toContain('15天内');
    expect(disclosure('seller-free-returns', 'zh-CN')).not.toContain('无论退货原因');
    expect(disclosure('buyer-reasons', 'zh-CN')).toContain('在别处看到更便宜的');
    expect(JSON.stringify(marketplaceStandard)).not.toContain('找到更低价格');
  });

  it('never says 且未发现卖家责任, a translated phrase, in any built-in set', () => {
    for (const ruleSet of [builtIn.marketplaceStandard, builtIn.cnConsumerLaw, builtIn.euConsumerRights, builtIn.brConsumerCode, builtIn.krEcommerceAct, builtIn.jpSpecifiedCommercialTransactions, builtIn.ukConsumerContracts, builtIn.auConsumerLaw]) expect(JSON.stringify(ruleSet), ruleSet.id).not.toContain('且未发现卖家责任');
  });

  it('gives every rule a citation and buyer-facing disclosure in each locale', () => {
    for (const rule of marketplaceStandard.rules) {
      expect(rule.event.params.citation, rule.name).toBeTruthy();
      for (const locale of marketplaceStandard.locales) expect(rule.event.params.disclosure[locale], `${rule.name} ${locale}`).toBeTruthy();
    }
  });
});
