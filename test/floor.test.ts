import { describe, expect, expectTypeOf, it } from 'vitest';
import { citationIn } from '../src/rule-set/citation.js';
import { createEvaluator, type EvaluatorOptions } from '../src/decide/evaluator.js';
import { isBetterForBuyer } from '../src/decide/floor.js';
import type { Decision } from '../src/index.js';
import { NoRuleMatchedError, RuleSetError } from '../src/errors.js';
import { loadRuleSet, type RuleSet } from '../src/rule-set/load.js';
import { cnConsumerLaw, euConsumerRights, marketplaceStandard } from '../src/rules.js';
import { alwaysRule, type Json, liabilityParams, failure, ruleSetDocument, ruleSetIssues, thrown, notReturnableRule } from './helpers.js';
import { merge, outcomeOf } from './statute-helpers.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** A changed-mind return on day 3 under each statute's usual conditions. */
const cnCase: Json = { reason: 'changed_mind', costs: { returnShipping: cny(1200) }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' }, timeZone: 'Asia/Shanghai' };
const euCase: Json = {
  reason: 'changed_mind',
  costs: { returnShipping: eur(900) },
  dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' },
  timeZone: 'Europe/Berlin',
  seller: { disclosedWithdrawalRight: true, disclosedReturnCosts: true },
};
const defect = { reason: 'quality_defect', findings: { qualityDefect: true } };
const day = (requestedAt: string) => ({ dates: { requestedAt } });

const STATUTES: Array<[name: string, floor: RuleSet, base: Json, returnShipping: number]> = [
  ['cn-consumer-law', cnConsumerLaw, cnCase, 1200],
  ['eu-consumer-rights', euConsumerRights, euCase, 900],
];

const windowIs = (name: string, value: boolean) => ({ all: [{ fact: `window.${name}`, operator: 'equal', value }] });
const defectFound = { any: [{ fact: 'qualityDefect', operator: 'equal', value: true }] };

/** A shop that charges the buyer for every return, defects included. */
const buyerPaysEverything = loadRuleSet(
  ruleSetDocument({ id: 'buyer-pays-everything', rules: [alwaysRule('buyer-pays', 1, { code: 'buyer_pays', outbound: 'buyer' })] }),
);
/** A shop that takes back anything within 60 days at its own cost, beyond either legal window. */
const freeReturns60Days = loadRuleSet(
  ruleSetDocument({
    id: 'free-returns-60-days',
    windows: { generous: { days: 60 } },
    rules: [notReturnableRule('past-60-days', 100, windowIs('generous', false)), alwaysRule('free-returns', 1, { code: 'free_returns', shares: { seller: 100 }, outbound: 'seller' })],
  }),
);
/** A shop that refuses every return, defects included, after its own 5-day window. */
const strict5Days = loadRuleSet(
  ruleSetDocument({
    id: 'strict-5-days',
    windows: { own: { days: 5 } },
    rules: [
      notReturnableRule('past-own-window', 100, windowIs('own', false)),
      { name: 'defect', priority: 50, conditions: defectFound, event: { type: 'liability', params: liabilityParams({ code: 'defect', shares: { seller: 100 } }) } },
      alwaysRule('buyer-reasons', 1),
    ],
  }),
);

describe('law as a floor', () => {
  describe.each(STATUTES)('under %s', (statute, floor, base, returnShipping) => {
    const seller = { seller: returnShipping };

    it('overrides a shop that charges the buyer for a defect', async () => {
      const input = merge(base, defect);
      const policy = createEvaluator(buyerPaysEverything).decide(input);
      expect(outcomeOf(policy)).toEqual({ buyer: returnShipping });
      const decision = createEvaluator(buyerPaysEverything, { floor }).decide(input);
      expect(outcomeOf(decision)).toEqual(seller);
      expect(decision.overriddenBy).toEqual({ ruleSet: statute, rule: 'seller-fault', citation: citationIn(floor.rules.find((rule) => rule.name === 'seller-fault')?.event.params.citation, 'en') });
    });

    it('lets a shop that offers free returns beyond the legal window stand', async () => {
      const evaluator = createEvaluator(freeReturns60Days, { floor });
      for (const requestedAt of ['2026-03-05', '2026-03-31', '2026-05-01']) {
        const decision = evaluator.decide(merge(base, day(requestedAt)));
        expect([decision.ruleSet.id, decision.rule.name, outcomeOf(decision)]).toEqual(['free-returns-60-days', 'free-returns', seller]);
        expect(decision.overriddenBy).toBeUndefined();
      }
    });

    it("overrides a shop that refuses a defect return after its own window", async () => {
      const input = merge(base, { ...defect, ...day('2026-04-15') });
      expect((createEvaluator(strict5Days).decide(input)).outcome).toBe('not_returnable');
      const decision = createEvaluator(strict5Days, { floor }).decide(input);
      expect([decision.rule.name, outcomeOf(decision), decision.overriddenBy?.ruleSet]).toEqual(['seller-fault', seller, statute]);
    });

    it("overrides a shop's refusal of a no-reason return inside the legal window", async () => {
      const input = merge(base, day('2026-03-08'));
      const decision = createEvaluator(strict5Days, { floor }).decide(input);
      expect([decision.outcome, decision.overriddenBy?.ruleSet]).toEqual(['allocated', statute]);
    });

    it('lets a refusal stand where the law refuses too', async () => {
      const decision = createEvaluator(strict5Days, { floor }).decide(merge(base, day('2026-04-15')));
      expect([decision.ruleSet.id, decision.rule.name, decision.overriddenBy]).toEqual(['strict-5-days', 'past-own-window', undefined]);
    });

    it('lets a policy that charges exactly what the law allows stand (a tie is not worse)', async () => {
      const decision = createEvaluator(buyerPaysEverything, { floor }).decide(base);
      expect([decision.ruleSet.id, outcomeOf(decision), decision.overriddenBy]).toEqual(['buyer-pays-everything', { buyer: returnShipping }, undefined]);
    });

    it('never lets a floor that refuses override a policy that allows', async () => {
      const decision = createEvaluator(buyerPaysEverything, { floor }).decide(merge(base, day('2026-05-01')));
      expect([decision.ruleSet.id, decision.outcome]).toEqual(['buyer-pays-everything', 'allocated']);
    });
  });

  describe('the decision when a floor wins', () => {
    const input = merge(cnCase, defect);

    it("is the floor's decision: rule set, rule, code, lines, totals and trace", async () => {
      const decision = createEvaluator(buyerPaysEverything, { floor: cnConsumerLaw }).decide(input);
      const floorAlone = createEvaluator(cnConsumerLaw).decide(input);
      expect(decision.ruleSet).toEqual({ id: 'cn-consumer-law', version: '1.1.0', digest: cnConsumerLaw.digest });
      for (const key of ['outcome', 'code', 'rule', 'lines', 'totals', 'trace'] as const) expect(decision[key]).toEqual(floorAlone[key]);
      expect(decision.text.summary).toBe(floorAlone.text.summary);
      expect(decision.text.details.slice(1)).toEqual(floorAlone.text.details);
    });

    it('says so in both locales', async () => {
      const evaluator = createEvaluator(buyerPaysEverything, { floor: cnConsumerLaw });
      const en = evaluator.decide(input, { locale: 'en' });
      const zh = evaluator.decide(input, { locale: 'zh-CN' });
      expect(en.text.details[0]).toBe(
        'The policy\'s rule "buyer-pays" would leave the buyer worse off than the law allows, so Mainland China consumer law for online purchases (rule "seller-fault", CPL art. 24; Civil Code arts. 582, 610, 621 para. 2) decides.',
      );
      expect(zh.text.details[0]).toBe(
        '按政策规则“buyer-pays”处理，买家所得保护低于法律规定，因此改由中国大陆网络购物退货法律规定（规则“seller-fault”，《消费者权益保护法》第二十四条；《民法典》第五百八十二条、第六百一十条、第六百二十一条第二款）决定。',
      );
      expect(zh.text.summary).toBe('商品不符合质量要求（存在质量问题、发错货、与描述不符或缺件），运输等必要费用由卖家承担：退货运费¥12.00由卖家支付，买家已付的原发货运费随货款一并退还。');
    });

    it("keeps the floor's warnings and adds one naming the policy's rule", async () => {
      const decision = createEvaluator(buyerPaysEverything, { floor: cnConsumerLaw }).decide(input);
      expect(decision.warnings).toEqual([
        {
          code: 'overridden_by_floor',
          message:
            'rule "buyer-pays" of "buyer-pays-everything" has the buyer pay CN¥12.00; floor "cn-consumer-law" rule "seller-fault" (CPL art. 24; Civil Code arts. 582, 610, 621 para. 2) has the buyer pay CN¥0.00, so the floor decides',
        },
      ]);
      const refused = createEvaluator(strict5Days, { floor: cnConsumerLaw }).decide(merge(input, day('2026-04-15')));
      expect(refused.warnings.at(-1)?.message).toMatch(/^rule "past-own-window" of "strict-5-days" refuses the return; floor "cn-consumer-law"/);
    });

    it('is deterministic', async () => {
      const evaluator = createEvaluator(buyerPaysEverything, { floor: [cnConsumerLaw, euConsumerRights] });
      expect(JSON.stringify(evaluator.decide(input))).toBe(JSON.stringify(evaluator.decide(input)));
    });
  });

  describe('what counts as worse off', () => {
    it("counts every line: a policy charging the whole express delivery is below the EU refund cap", async () => {
      const input = merge(euCase, { costs: { outboundShipping: eur(1500), standardOutboundShipping: eur(500) }, seller: { freeShipping: 'none' } });
      const decision = createEvaluator(buyerPaysEverything, { floor: euConsumerRights }).decide(input);
      expect([decision.rule.name, outcomeOf(decision)]).toEqual(['withdrawal', { seller: 500, buyer: 1900 }]);
    });

    it('refuses to let an agreed split push a defect onto the buyer (LAW B12)', async () => {
      const input = merge(cnCase, { ...defect, negotiatedSplit: { sellerPercent: 0 } });
      const anySplit = loadRuleSet(ruleSetDocument({ id: 'any-split', rules: [alwaysRule('seller-unless-agreed', 1, { shares: { seller: 100 }, negotiation: 'any' })] }));
      expect(outcomeOf(createEvaluator(anySplit).decide(input))).toEqual({ buyer: 1200 });
      const decision = createEvaluator(anySplit, { floor: cnConsumerLaw }).decide(input);
      expect([outcomeOf(decision), decision.warnings.map((w) => w.code)]).toEqual([{ seller: 1200 }, ['negotiation_rejected', 'overridden_by_floor']]);
    });

    it('corrects marketplace-standard where it refuses a defect reported after its 15-day window', async () => {
      const input = merge(merge(cnCase, defect), day('2026-03-25'));
      expect((createEvaluator(marketplaceStandard).decide(input)).outcome).toBe('not_returnable');
      const decision = createEvaluator(marketplaceStandard, { floor: cnConsumerLaw }).decide(input);
      expect([decision.rule.name, decision.overriddenBy?.ruleSet, outcomeOf(decision)]).toEqual(['seller-fault', 'cn-consumer-law', { seller: 1200 }]);
    });

    it('lets marketplace-standard stand where it keeps the free delivery of a free-returns order free, as the law does', async () => {
      const input = merge(cnCase, { costs: { outboundShipping: cny(800) }, seller: { freeReturns: true, freeShipping: 'unconditional' } });
      const decision = createEvaluator(marketplaceStandard, { floor: cnConsumerLaw }).decide(input);
      expect([decision.rule.name, decision.overriddenBy, outcomeOf(decision)]).toEqual(['seller-free-returns-free-shipping', undefined, { seller: 2000 }]);
    });

    it.each<[string, Decision['outcome'], number, Decision['outcome'], number, boolean]>([
      ['a refusal loses to an allowed return', 'not_returnable', 0, 'allocated', 5000, true],
      ['a floor refusal never wins', 'allocated', 5000, 'not_returnable', 0, false],
      ['two refusals: the policy stands', 'not_returnable', 0, 'not_returnable', 0, false],
      ['the buyer pays less under the floor', 'allocated', 1000, 'allocated', 999, true],
      ['the buyer pays the same', 'allocated', 1000, 'allocated', 1000, false],
      ['the buyer pays more under the floor', 'allocated', 999, 'allocated', 1000, false],
    ])('%s', (_label, policyOutcome, policyBuyer, floorOutcome, floorBuyer, expected) => {
      const decision = (outcome: Decision['outcome'], buyer: number) =>
        ({ outcome, totals: outcome === 'allocated' ? { buyer: eur(buyer) } : {} }) as Decision;
      expect(isBetterForBuyer(decision(floorOutcome, floorBuyer), decision(policyOutcome, policyBuyer))).toBe(expected);
    });
  });

  describe('several floors', () => {
    const buyerPays = (id: string, buyer: number) =>
      loadRuleSet(ruleSetDocument({ id, rules: [alwaysRule('split', 1, { code: 'split', shares: { buyer, seller: 100 - buyer } })] }));
    const half = buyerPays('half', 50);
    const quarter = buyerPays('quarter', 25);
    const quarterToo = buyerPays('quarter-too', 25);

    it('the floor with the lowest buyer total wins', async () => {
      const decision = createEvaluator(buyerPaysEverything, { floor: [half, quarter, quarterToo] }).decide(cnCase);
      expect([decision.overriddenBy?.ruleSet, outcomeOf(decision)]).toEqual(['quarter', { seller: 900, buyer: 300 }]);
    });

    it('on a tie, the earlier floor wins', async () => {
      const decision = createEvaluator(buyerPaysEverything, { floor: [quarterToo, quarter] }).decide(cnCase);
      expect(decision.overriddenBy?.ruleSet).toBe('quarter-too');
    });

    it('a refused return goes to the best floor that allows it', async () => {
      const decision = createEvaluator(strict5Days, { floor: [half, cnConsumerLaw, quarter] }).decide(merge(cnCase, day('2026-04-15')));
      expect([decision.overriddenBy?.ruleSet, outcomeOf(decision)]).toEqual(['quarter', { seller: 900, buyer: 300 }]);
    });

    it('an empty list is no floor', async () => {
      const input = merge(cnCase, defect);
      expect(createEvaluator(buyerPaysEverything, { floor: [] }).decide(input)).toEqual(createEvaluator(buyerPaysEverything).decide(input));
    });
  });

  describe('floor rule sets', () => {
    it('are typed as one rule set or a list of them', () => {
      expectTypeOf<EvaluatorOptions['floor']>().toEqualTypeOf<RuleSet | readonly RuleSet[] | undefined>();
      // @ts-expect-error a rule set's id is not a rule set
      expect(() => createEvaluator(buyerPaysEverything, { floor: 'cn-consumer-law' })).toThrow(RuleSetError);
    });

    it('must be loaded rule sets', () => {
      const document = ruleSetDocument();
      expect(ruleSetIssues(() => createEvaluator(buyerPaysEverything, { floor: document as unknown as RuleSet }))).toEqual([
        { path: ['floor'], code: 'not_loaded', message: 'expected a rule set returned by loadRuleSet() or imported from return-liability/rules' },
      ]);
      const issues = ruleSetIssues(() => createEvaluator(buyerPaysEverything, { floor: [cnConsumerLaw, null, euConsumerRights, 'eu'] as unknown as RuleSet[] }));
      expect(issues.map((issue) => issue.path)).toEqual([['floor', 1], ['floor', 3]]);
      const error = thrown(() => createEvaluator(buyerPaysEverything, { floor: {} as RuleSet })) as RuleSetError;
      expect(error.message).toMatch(/^Invalid options\.floor \(1 issue\):\n {2}- floor: expected a rule set/);
    });

    it('must decide every case: a floor without a matching rule is an error, not a pass', async () => {
      const partial = loadRuleSet(ruleSetDocument({ id: 'defects-only', rules: [{ name: 'defect', priority: 1, conditions: defectFound, event: { type: 'liability', params: liabilityParams({ shares: { seller: 100 } }) } }] }));
      const evaluator = createEvaluator(buyerPaysEverything, { floor: partial });
      const error = failure(() => evaluator.decide(cnCase));
      expect(NoRuleMatchedError.is(error) && error.message).toMatch(/^Rule set "defects-only" has no rule matching/);
      const safe = evaluator.safeDecide(cnCase);
      expect(safe.ok ? 'ok' : safe.error.code).toBe('no_rule_matched');
      expect(((evaluator.safeDecide(merge(cnCase, defect))) as { ok: true; decision: Decision }).decision.overriddenBy?.ruleSet).toBe('defects-only');
    });

    it("speak the policy's locale, or fall back to their own with a warning", async () => {
      const englishOnly = loadRuleSet(
        ruleSetDocument({
          id: 'english-only',
          title: { en: 'English-only law' },
          locales: ['en'],
          rules: [alwaysRule('seller-pays', 1, { shares: { seller: 100 }, text: { en: 'The seller pays.' }, disclosure: { en: 'The seller pays.' } })],
        }),
      );
      const decision = createEvaluator(buyerPaysEverything, { floor: englishOnly }).decide(cnCase, { locale: 'zh-CN' });
      expect(decision.text.locale).toBe('en');
      expect(decision.text.details[0]).toContain('so English-only law (rule "seller-pays") decides.');
      expect(decision.warnings.map((warning) => warning.code)).toEqual(['locale_fallback', 'overridden_by_floor']);
    });

    it('use the evaluator\'s calendar', async () => {
      // Delivered Sunday 1 March: day 7 is Sunday 8 March. With a calendar where it is a working day, 9 March is late.
      const calendar = { isNonWorkingDay: () => false };
      const input = merge(cnCase, { dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-09' } });
      const refusing = createEvaluator(strict5Days, { floor: cnConsumerLaw, calendar });
      expect((refusing.decide(input)).overriddenBy).toBeUndefined();
      const weekend = createEvaluator(strict5Days, { floor: cnConsumerLaw });
      expect((weekend.decide(input)).overriddenBy?.rule).toBe('no-reason-return');
    });
  });
});
