import { describe, expect, it } from 'vitest';
import ukJson from '../rules/uk-consumer-contracts.json' with { type: 'json' };
import { createEvaluator } from '../src/decide/evaluator.js';
import { describePolicy, policyToText } from '../src/index.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { marketplaceStandard, ukConsumerContracts } from '../src/rules.js';
import { alwaysRule, type Json, ruleSetDocument } from './helpers.js';
import { merge, outcomeOf, type Row, statuteTable } from './statute-helpers.js';

const gbp = (amount: number) => ({ amount, currency: 'GBP' });

/**
 * Changed mind, £4.50 return shipping; delivered on Monday 2 March 2026, cancelled on day 3, London
 * time; the trader told the buyer of the right to cancel and that the buyer pays returns.
 */
const base: Json = {
  reason: 'changed_mind',
  costs: { returnShipping: gbp(450) },
  dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' },
  timeZone: 'Europe/London',
  jurisdiction: 'GB',
  seller: { disclosedWithdrawalRight: true, disclosedReturnCosts: true },
};
const defect = { reason: 'quality_defect', findings: { qualityDefect: true } };
const requested = (requestedAt: string) => ({ dates: { requestedAt } });
/** Paid express delivery (£8.00) where the least expensive standard delivery was £3.00. */
const express = { costs: { outboundShipping: gbp(800), standardOutboundShipping: gbp(300) }, seller: { freeShipping: 'none' } };
const freeDelivery = { costs: { outboundShipping: gbp(300) }, seller: { freeShipping: 'unconditional' } };
const notDisclosed = (flag: 'disclosedWithdrawalRight' | 'disclosedReturnCosts') => ({ seller: { [flag]: false } });
const bulkyOffPremises = { channel: 'off_premises', item: { tags: ['bulky', 'delivered_at_conclusion'] } };
const withPrice = (diminished: number) => ({ item: { price: gbp(10_000) }, inspection: { diminishedValue: gbp(diminished) } });
const NR = 'not_returnable' as const;

const CITATIONS: Record<string, Record<string, string>> = Object.fromEntries(
  (ukJson.rules as Array<{ name: string; event: { params: { citation: Record<string, string> } } }>).map((rule) => [rule.name, rule.event.params.citation]),
);

const ROWS: Row[] = [
  // Faults (CRA 2015): the 30-day short-term right to reject, repair or replacement, the final right to reject.
  ['CRA s. 22: a defect rejected within 30 days', defect, 'fault-short-term-right-to-reject', { seller: 450 }],
  ['CRA s. 22: the wrong item', { reason: 'wrong_item', findings: { wrongItem: true } }, 'fault-short-term-right-to-reject', { seller: 450 }],
  ['CRA s. 29: damaged before the buyer took possession', { reason: 'damaged_in_transit', findings: { damagedInTransit: true } }, 'fault-short-term-right-to-reject', { seller: 450 }],
  ['CRA s. 22: day 30 is the last day of the short-term right', { ...defect, ...requested('2026-04-01') }, 'fault-short-term-right-to-reject', { seller: 450 }],
  ['CRA s. 22: the original delivery comes back on rejection', merge(defect, express), 'fault-short-term-right-to-reject', { seller: 1250 }],
  ['CRA s. 22: a split agreed onto the buyer does not apply to a fault', { ...defect, negotiatedSplit: { sellerPercent: 0 } }, 'fault-short-term-right-to-reject', { seller: 450 }],
  ['CRA s. 22: a fault in a shop purchase', { ...defect, channel: 'in_store' }, 'fault-short-term-right-to-reject', { seller: 450 }],
  ['CRA s. 23: a repair, postage both ways on the seller', { ...defect, resolution: 'repair', costs: { replacementShipping: gbp(450) } }, 'fault-repair-or-replacement', { seller: 900 }],
  ['CRA s. 23: a replacement keeps the contract: the original delivery is not refunded', merge({ ...defect, resolution: 'exchange' }, express), 'fault-repair-or-replacement', { seller: 450, buyer: 800 }],
  ['CRA s. 24: day 31, within six months: final right to reject, no deduction for use', merge({ ...defect, ...requested('2026-04-02') }, withPrice(2000)), 'fault-final-right-to-reject-first-six-months', { seller: 450 }],
  ['CRA s. 19(14): the last day of the six months', { ...defect, ...requested('2026-09-02') }, 'fault-final-right-to-reject-first-six-months', { seller: 450 }],
  ['CRA s. 24(8): after six months a deduction for use may be made', merge({ ...defect, ...requested('2026-09-03') }, withPrice(2000)), 'fault-final-right-to-reject', { seller: 450 }],
  ['CRA: years later the trader still bears the costs of return', { ...defect, ...requested('2029-03-02') }, 'fault-final-right-to-reject', { seller: 450 }],
  ['a stated defect without a finding is a cancellation', { reason: 'quality_defect' }, 'cancellation', { buyer: 450 }],

  // CCR 2013: the right to cancel exists for distance and off-premises contracts.
  ['reg. 29: bought in a shop: no right to cancel', { channel: 'in_store' }, 'not-a-distance-sale', NR],
  ['reg. 29: off premises: cancellation', { channel: 'off_premises' }, 'cancellation', { buyer: 450 }],
  ['reg. 28(1)(b): made to specification', { item: { tags: ['custom_made'] } }, 'excluded-custom-made', NR],
  ['reg. 28(1)(b) with a fault', { ...defect, item: { tags: ['custom_made'] } }, 'fault-short-term-right-to-reject', { seller: 450 }],
  ['reg. 28(1)(c): perishable', { item: { tags: ['perishable'] } }, 'excluded-perishable', NR],
  ['reg. 28(3)(a): hygiene seal broken after delivery', { item: { tags: ['hygiene_seal_broken'] } }, 'excluded-hygiene-seal', NR],
  ['reg. 28(3)(a) with a fault', { ...defect, item: { tags: ['hygiene_seal_broken'] } }, 'fault-short-term-right-to-reject', { seller: 450 }],
  ['reg. 28(3)(b): sealed media unsealed', { item: { tags: ['media_seal_broken'] } }, 'excluded-unsealed-media', NR],
  ['a "final sale" label excludes nothing', { item: { tags: ['final_sale'] } }, 'cancellation', { buyer: 450 }],

  // reg. 30: 14 days after the day of physical possession, with no weekend or holiday roll-over.
  ['reg. 30: day 14 (Monday 16 March)', requested('2026-03-16'), 'cancellation', { buyer: 450 }],
  ['reg. 30: day 15', requested('2026-03-17'), 'past-cancellation-period', NR],
  ['reg. 30: a last day on a Sunday does not move (delivered Sunday 1 March, day 14 Sunday 15 March)', { dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-15' } }, 'cancellation', { buyer: 450 }],
  ['reg. 30: … and Monday 16 March is late', { dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-16' } }, 'past-cancellation-period', NR],
  ['reg. 30: a last day on Christmas Day does not move', { dates: { deliveredAt: '2026-12-11', requestedAt: '2026-12-26' } }, 'past-cancellation-period', NR],
  ['reg. 30: sent at 23:30 London time on the last day', requested('2026-03-16T23:30:00Z'), 'cancellation', { buyer: 450 }],
  ['reg. 31: right not disclosed: day 20 is in time', merge(requested('2026-03-22'), notDisclosed('disclosedWithdrawalRight')), 'cancellation', { buyer: 450 }],
  ['reg. 31: the last day of the extended period (16 March 2027)', merge(requested('2027-03-16'), notDisclosed('disclosedWithdrawalRight')), 'cancellation', { buyer: 450 }],
  ['reg. 31: the day after the extended period', merge(requested('2027-03-17'), notDisclosed('disclosedWithdrawalRight')), 'past-extended-cancellation-period', NR],

  // reg. 35: who pays the return leg; reg. 34: outbound refund and diminished value.
  ['reg. 35: the buyer pays the direct cost of return', {}, 'cancellation', { buyer: 450 }],
  ['reg. 35: return costs not disclosed: the trader pays', notDisclosed('disclosedReturnCosts'), 'cancellation-costs-not-disclosed', { seller: 450 }],
  ['reg. 35: the trader agreed to pay returns', { seller: { freeReturns: true } }, 'cancellation-trader-pays', { seller: 450 }],
  ['reg. 35: bulky off-premises goods delivered at conclusion: the trader collects', bulkyOffPremises, 'cancellation-bulky-off-premises', { seller: 450 }],
  ['reg. 35: bulky off-premises goods delivered later: the buyer pays', { channel: 'off_premises', item: { tags: ['bulky'] } }, 'cancellation', { buyer: 450 }],
  ['reg. 34(2)–(3): an express supplement stays with the buyer', express, 'cancellation', { seller: 300, buyer: 950 }],
  ['reg. 34(2): free delivery stays free', freeDelivery, 'cancellation-free-delivery', { seller: 300, buyer: 450 }],
  ['reg. 34 + 35: trader pays returns, express delivery', merge(express, { seller: { freeReturns: true } }), 'cancellation-trader-pays', { seller: 750, buyer: 500 }],
  ['reg. 34 + 35: trader pays returns, free delivery', merge(freeDelivery, { seller: { freeReturns: true } }), 'cancellation-trader-pays-free-delivery', { seller: 750 }],
  ['reg. 34 + 35: costs not disclosed, free delivery', merge(freeDelivery, notDisclosed('disclosedReturnCosts')), 'cancellation-costs-not-disclosed-free-delivery', { seller: 750 }],
  ['reg. 34 + 35: bulky, free delivery', merge(bulkyOffPremises, freeDelivery), 'cancellation-bulky-off-premises-free-delivery', { seller: 750 }],
  ['reg. 34(9): diminished value is deducted on cancellation', withPrice(1500), 'cancellation', { buyer: 450 }],
  ['an agreed 50 % split', { negotiatedSplit: { sellerPercent: 50 } }, 'cancellation', { seller: 225, buyer: 225 }],
];

describe('uk-consumer-contracts', () => {
  const plain = createEvaluator(ukConsumerContracts);

  it('loads with no error, and the built-in export is that document', () => {
    expect(loadRuleSet(structuredClone(ukJson)).digest).toBe(ukConsumerContracts.digest);
    expect(ukConsumerContracts.id).toBe('uk-consumer-contracts');
    expect(ukConsumerContracts.locales).toEqual(['en', 'zh-CN']);
  });

  it('says which texts it follows and as of which date', () => {
    expect(ukConsumerContracts.source).toContain('as in force on 2026-12-01');
    for (const text of ['SI 2013/3134', 'Consumer Rights Act 2015', 'Not modelled']) expect(ukConsumerContracts.source).toContain(text);
  });

  it('gives every rule a citation in both locales', () => {
    for (const rule of ukConsumerContracts.rules) expect(Object.keys(rule.event.params.citation as object), rule.name).toEqual(['en', 'zh-CN']);
  });

  it('declares windows that never roll over weekends or holidays', () => {
    expect(ukConsumerContracts.windows).toEqual({
      cancellation: { days: 14 },
      cancellation_extended: { days: 14, months: 12 },
      short_term_reject: { days: 30 },
      presumption: { months: 6 },
    });
  });

  statuteTable(ukConsumerContracts, ROWS, (overrides) => merge(base, overrides), CITATIONS);

  it.each([
    ['reg. 34(9): a cancellation deducts diminished value', withPrice(1500), 'cancellation', 1500],
    ['CRA s. 24(10): no deduction for use within six months', merge({ ...defect, ...requested('2026-04-02') }, withPrice(2000)), 'fault-final-right-to-reject-first-six-months', undefined],
    ['CRA s. 24(8): a deduction for use after six months', merge({ ...defect, ...requested('2026-09-03') }, withPrice(2000)), 'fault-final-right-to-reject', 2000],
    ['CRA s. 22: no deduction on the short-term right to reject', merge(defect, withPrice(2000)), 'fault-short-term-right-to-reject', undefined],
  ] as const)('settlement: %s', (_label, overrides, rule, deducted) => {
    const decision = plain.decide(merge(base, overrides));
    expect(decision.rule.name).toBe(rule);
    const part = decision.settlement?.parts.find((p) => p.kind === 'diminished_value');
    expect(part?.amount.amount).toBe(deducted === undefined ? undefined : -deducted);
    expect(decision.settlement?.parts.some((p) => p.kind === 'restocking_fee')).toBe(false);
  });

  it('explains a cancellation and a rejection in both locales', () => {
    const en = plain.decide(merge(base, express), { locale: 'en' });
    const zh = plain.decide(merge(base, express), { locale: 'zh-CN' });
    expect(en.text.summary).toBe(
      "The buyer cancelled in time and was told beforehand that returns are at the buyer's cost, so the buyer bears the direct cost of return (£4.50) and pays £4.50. The seller refunds the original delivery up to its least expensive standard delivery.",
    );
    expect(zh.text.summary).toBe('买家在期限内取消，且事先已被告知退货费用由买家承担，退货的直接费用（£4.50）由买家承担，买家实付£4.50。卖家退还原配送费用，以其提供的最便宜常规配送为限。');
    expect(zh.text.details.at(-1)).toBe('依据：《2013年消费者合同（信息、取消及附加费用）条例》第29条第1款、第34条第2款至第3款、第34条第9款、第35条。');
  });

  it('tells the buyer in the policy that the period does not move past weekends or bank holidays', () => {
    expect(policyToText(describePolicy(ukConsumerContracts, { locale: 'en' }))).toContain('does not move when its last day is a weekend or bank holiday');
    expect(policyToText(describePolicy(ukConsumerContracts, { locale: 'zh-CN' }))).toContain('不予顺延');
  });

  it('matches its policy snapshot in each locale', () => {
    for (const locale of ukConsumerContracts.locales) expect(policyToText(describePolicy(ukConsumerContracts, { locale }))).toMatchSnapshot(locale);
  });

  describe('as a floor under marketplace-standard', () => {
    const floored = createEvaluator(marketplaceStandard, { floor: ukConsumerContracts });
    const marketplace = createEvaluator(marketplaceStandard);
    // [situation, case overrides, who decides, what the buyer pays in total]
    it.each([
      ['a change of mind on day 20 with the right not disclosed: the statute allows it', merge(requested('2026-03-22'), notDisclosed('disclosedWithdrawalRight')), 'uk-consumer-contracts', 450],
      ['a change of mind on day 3: the marketplace decides (the same cost)', {}, 'marketplace-standard', 450],
      ['return costs not disclosed: the statute makes the seller pay', notDisclosed('disclosedReturnCosts'), 'uk-consumer-contracts', 0],
      ['a defect: the seller pays under both', defect, 'marketplace-standard', 0],
      ['a defect after the marketplace window: the statute lets it through', { ...defect, ...requested('2026-05-01') }, 'uk-consumer-contracts', 0],
      ['a custom-made item: the statute refuses, which never overrides', { item: { tags: ['custom_made'] } }, 'marketplace-standard', 450],
    ] as const)('%s', (_label, overrides, decides, buyer) => {
      const input = merge(base, overrides);
      const decision = floored.decide(input);
      expect(decision.ruleSet.id).toBe(decides);
      if (decides === 'marketplace-standard') expect(decision).toEqual(marketplace.decide(input));
      expect(decision.totals.buyer?.amount ?? 0).toBe(buyer);
      expect(floored.decide(input, { locale: 'zh-CN' }).ruleSet.id).toBe(decides);
    });

    it('overrides a shop that charges a restocking fee on a cancellation', () => {
      const shop = loadRuleSet(ruleSetDocument({ id: 'restocking-shop', rules: [alwaysRule('restock', 1, { code: 'restock', shares: { buyer: 100 }, fees: { restocking: { percent: 15 } } })] }));
      const decision = createEvaluator(shop, { floor: ukConsumerContracts }).decide(merge(base, { item: { price: gbp(10_000) } }));
      expect([decision.ruleSet.id, decision.rule.name, outcomeOf(decision)]).toEqual(['uk-consumer-contracts', 'cancellation', { buyer: 450 }]);
      expect(decision.overriddenBy?.rule).toBe('cancellation');
    });
  });
});
