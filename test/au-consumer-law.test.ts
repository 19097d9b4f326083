import { describe, expect, it } from 'vitest';
import auJson from '../rules/au-consumer-law.json' with { type: 'json' };
import { createEvaluator } from '../src/decide/evaluator.js';
import { describePolicy, policyToText } from '../src/index.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { auConsumerLaw, marketplaceStandard } from '../src/rules.js';
import { alwaysRule, type Json, ruleSetDocument } from './helpers.js';
import { merge, outcomeOf, type Row, statuteTable } from './statute-helpers.js';

const aud = (amount: number) => ({ amount, currency: 'AUD' });

/** Changed mind, A$12.00 return shipping; delivered on Monday 2 March 2026, asked on day 3, Sydney time. */
const base: Json = {
  reason: 'changed_mind',
  costs: { returnShipping: aud(1200) },
  dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' },
  timeZone: 'Australia/Sydney',
  jurisdiction: 'AU',
};
const defect = { reason: 'quality_defect', findings: { qualityDefect: true } };
const major = { attributes: { majorFailure: true } };
const paidDelivery = { costs: { outboundShipping: aud(900) } };
const NR = 'not_returnable' as const;

const CITATIONS: Record<string, Record<string, string>> = Object.fromEntries(
  (auJson.rules as Array<{ name: string; event: { params: { citation: Record<string, string> } } }>).map((rule) => [rule.name, rule.event.params.citation]),
);

const ROWS: Row[] = [
  // No change-of-mind right in law.
  ['no change-of-mind right', {}, 'no-change-of-mind-right', NR],
  ['does not fit: no right either', { reason: 'does_not_fit' }, 'no-change-of-mind-right', NR],
  ['a stated defect without a finding is refused', { reason: 'quality_defect' }, 'no-change-of-mind-right', NR],
  ['a seller promise of free returns is the store\'s, not the law\'s', { seller: { freeReturns: true } }, 'no-change-of-mind-right', NR],
  ['no statutory period: a change of mind on day 1 is refused as on day 100', { dates: { requestedAt: '2026-03-03' } }, 'no-change-of-mind-right', NR],
  // Consumer guarantees (ss. 54–59): minor failure, the supplier chooses; major failure, the consumer does.
  ['minor failure, refund: the supplier pays', defect, 'minor-failure', { seller: 1200 }],
  ['minor failure, refund: the delivery paid is refunded too', merge(defect, paidDelivery), 'minor-failure', { seller: 2100 }],
  ['minor failure, wrong item', { reason: 'wrong_item', findings: { wrongItem: true } }, 'minor-failure', { seller: 1200 }],
  ['damaged in transit', { reason: 'damaged_in_transit', findings: { damagedInTransit: true } }, 'minor-failure', { seller: 1200 }],
  ['no fixed period: a fault two years on is still the supplier\'s', { ...defect, dates: { requestedAt: '2028-03-05' } }, 'minor-failure', { seller: 1200 }],
  ['a split agreed onto the buyer does not apply to a fault', { ...defect, negotiatedSplit: { sellerPercent: 0 } }, 'minor-failure', { seller: 1200 }],
  ['a repair: both legs on the supplier', { ...defect, resolution: 'repair', costs: { replacementShipping: aud(1200) } }, 'failure-repair-or-replacement', { seller: 2400 }],
  ['a replacement keeps the contract: the delivery paid is not refunded', merge({ ...defect, resolution: 'exchange' }, paidDelivery), 'failure-repair-or-replacement', { seller: 1200, buyer: 900 }],
  ['major failure, refund', merge(defect, major), 'major-failure-refund', { seller: 1200 }],
  ['major failure, replacement', merge({ ...defect, resolution: 'exchange', costs: { replacementShipping: aud(1200) } }, major), 'failure-repair-or-replacement', { seller: 2400 }],
  ['s. 263: major failure, bulky goods: the supplier collects', merge({ ...defect, item: { tags: ['bulky'] } }, major), 'major-failure-bulky-collection', { seller: 1200 }],
  ['s. 263: bulky with a minor failure: the supplier still pays', { ...defect, item: { tags: ['bulky'] } }, 'minor-failure', { seller: 1200 }],
  ['a major failure attribute without a finding is refused', major, 'no-change-of-mind-right', NR],
  ['a fault in a shop purchase', { ...defect, channel: 'in_store' }, 'minor-failure', { seller: 1200 }],
];

describe('au-consumer-law', () => {
  const plain = createEvaluator(auConsumerLaw);

  it('loads with no error, and the built-in export is that document', () => {
    expect(loadRuleSet(structuredClone(auJson)).digest).toBe(auConsumerLaw.digest);
    expect(auConsumerLaw.id).toBe('au-consumer-law');
    expect(auConsumerLaw.locales).toEqual(['en', 'zh-CN']);
  });

  it('says which texts it follows and as of which date, and declares no statutory period', () => {
    expect(auConsumerLaw.source).toContain('as in force on 2026-12-01');
    for (const text of ['Competition and Consumer Act 2010', 'Sch. 2', 'no statutory period', 'Not modelled']) expect(auConsumerLaw.source).toContain(text);
    expect(auConsumerLaw.windows).toEqual({});
  });

  it('gives every rule a citation in both locales', () => {
    for (const rule of auConsumerLaw.rules) expect(Object.keys(rule.event.params.citation as object), rule.name).toEqual(['en', 'zh-CN']);
  });

  statuteTable(auConsumerLaw, ROWS, (overrides) => merge(base, overrides), CITATIONS);

  it('charges no restocking fee and deducts nothing on faulty goods', () => {
    const decision = plain.decide(merge(base, merge(defect, { item: { price: aud(10_000) }, inspection: { diminishedValue: aud(3000) } })));
    expect(decision.settlement?.parts.map((p) => p.kind)).toEqual(['goods', 'return_shipping_reimbursed']);
    expect(decision.settlement?.refund).toEqual(aud(11_200));
  });

  it('explains a refusal and a major failure in both locales', () => {
    const en = plain.decide(base, { locale: 'en' });
    const zh = plain.decide(base, { locale: 'zh-CN' });
    expect(en.text.summary).toBe("Australian law gives no right to return goods because the buyer changed their mind, and no failure of the goods was found; a store's own returns policy may offer more.");
    expect(zh.text.summary).toBe('澳大利亚法律未赋予因改变主意而退货的权利，且商品未被查出质量问题；商家自己的退货政策可以提供更优条件。');
    const zhMajor = plain.decide(merge(base, merge(defect, major)), { locale: 'zh-CN' });
    expect(zhMajor.text.details.at(-1)).toBe('依据：《澳大利亚消费者法》（《2010年竞争与消费者法》附表2）第54条至第56条、第259条第3款至第4款、第260条、第263条。');
  });

  it('matches its policy snapshot in each locale', () => {
    for (const locale of auConsumerLaw.locales) expect(policyToText(describePolicy(auConsumerLaw, { locale }))).toMatchSnapshot(locale);
  });

  describe('as a floor under marketplace-standard', () => {
    const floored = createEvaluator(marketplaceStandard, { floor: auConsumerLaw });
    const marketplace = createEvaluator(marketplaceStandard);
    // A refusal by the floor never overrides: the marketplace's change-of-mind return stands.
    it.each([
      ['a change of mind: the law refuses, the marketplace allows it, the marketplace stands', {}, 'marketplace-standard', 1200],
      ['a change of mind after the marketplace window: both refuse', { dates: { requestedAt: '2026-04-30' } }, 'marketplace-standard', 0],
      ['a defect: the seller pays under both', defect, 'marketplace-standard', 0],
      ['a defect after the marketplace window: the law lets it through', { ...defect, dates: { requestedAt: '2026-06-01' } }, 'au-consumer-law', 0],
    ] as const)('%s', (_label, overrides, decides, buyer) => {
      const input = merge(base, overrides);
      const decision = floored.decide(input);
      expect(decision.ruleSet.id).toBe(decides);
      if (decides === 'marketplace-standard') expect(decision).toEqual(marketplace.decide(input));
      expect(decision.totals.buyer?.amount ?? 0).toBe(buyer);
      expect(floored.decide(input, { locale: 'zh-CN' }).ruleSet.id).toBe(decides);
    });

    it('overrides a shop that charges a restocking fee on a faulty item', () => {
      const shop = loadRuleSet(ruleSetDocument({ id: 'restocking-shop', rules: [alwaysRule('restock', 1, { code: 'restock', shares: { seller: 100 }, fees: { restocking: { percent: 15 } } })] }));
      const input = merge(base, merge(defect, { item: { price: aud(10_000) } }));
      expect(createEvaluator(shop).decide(input).settlement?.parts.some((p) => p.kind === 'restocking_fee')).toBe(true);
      const decision = createEvaluator(shop, { floor: auConsumerLaw }).decide(input);
      expect([decision.ruleSet.id, decision.rule.name, outcomeOf(decision)]).toEqual(['au-consumer-law', 'minor-failure', { seller: 1200 }]);
      expect(decision.settlement?.parts.some((p) => p.kind === 'restocking_fee')).toBe(false);
    });
  });
});
