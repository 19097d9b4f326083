import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator, wrap } from '../src/decide/evaluator.js';
import type { Decision, Line } from '../src/index.js';
import { NoRuleMatchedError, ReturnCaseError, ReturnLiabilityError, RuleConflictError } from '../src/errors.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { marketplaceStandard } from '../src/rules.js';
import { alwaysRule, baseCase, deepFreeze, errorOf, failure, ruleSetDocument, thrown, usd, validCaseArb, type Json } from './helpers.js';

/** An evaluator for a rule set whose only rule always matches with the given params. */
const onlyRule = (params: Json, options = {}) => createEvaluator(loadRuleSet(ruleSetDocument({ rules: [alwaysRule('only', 1, params)] })), options);
/** An evaluator for a rule set with the given rules. */
const rules = (...list: Json[]) => createEvaluator(loadRuleSet(ruleSetDocument({ rules: list })));
const condition = (fact: string, operator: string, value: unknown) => ({ all: [{ fact, operator, value }] });

/** `[party, amount, via]` per share of a line: compact to compare. */
const sharesOf = (line: Line | undefined) => line?.shares.map((share) => [share.party, share.amount.amount, share.via]);
const line = (decision: Decision, cost: Line['cost']) => decision.lines.find((l) => l.cost === cost);
const codes = (decision: Decision) => decision.warnings.map((warning) => warning.code);

describe('hit policy', () => {
  const low = { ...alwaysRule('low', 1, { code: 'low' }) };
  const high = { ...alwaysRule('high', 50, { code: 'high', shares: { seller: 100 } }) };

  it('picks the highest-priority matching rule, wherever it is in the file', async () => {
    expect((rules(low, high).decide(baseCase())).rule).toEqual({ name: 'high', priority: 50 });
    expect((rules(high, low).decide(baseCase())).code).toBe('high');
  });

  it('ignores higher-priority rules that do not match', async () => {
    const unmatched = { ...alwaysRule('never', 99, { code: 'never' }), conditions: condition('qualityDefect', 'equal', true) };
    expect((rules(unmatched, low).decide(baseCase())).code).toBe('low');
  });

  it('throws RuleConflictError naming both rules when top-priority matches disagree', async () => {
    const a = alwaysRule('rule-a', 5, { code: 'a', shares: { seller: 100 } });
    const b = alwaysRule('rule-b', 5, { code: 'b', shares: { buyer: 100 } });
    const error = failure(() => rules(low, a, b).decide(baseCase()));
    expect(error).toBeInstanceOf(RuleConflictError);
    expect(error).toMatchObject({ name: 'RuleConflictError', code: 'rule_conflict', rules: ['rule-a', 'rule-b'], priority: 5 });
    expect(error.message).toMatchInlineSnapshot(
      `"Rule set "test-rules": rules "rule-a" and "rule-b" all match at priority 5 with different outcomes; give one a higher priority or narrow its conditions."`,
    );
  });

  it('treats rules with the same code but different shares as a conflict', async () => {
    const a = alwaysRule('rule-a', 5, { shares: { seller: 50, buyer: 50 } });
    const b = alwaysRule('rule-b', 5, { shares: { buyer: 50, seller: 49, platform: 1 } });
    expect((failure(() => rules(a, b).decide(baseCase()))).code).toBe('rule_conflict');
  });

  it('accepts a tie with an identical outcome and reports the first rule in file order', async () => {
    const a = alwaysRule('rule-a', 5, { code: 'same', shares: { seller: 50, buyer: 50 } });
    // Same outcome with the share keys in another order and different wording.
    const b = alwaysRule('rule-b', 5, { code: 'same', shares: { buyer: 50, seller: 50 }, text: { en: 'Other words.', 'zh-CN': '别的说法。' } });
    const decision = rules(a, b).decide(baseCase());
    expect(decision.rule.name).toBe('rule-a');
    expect(decision.trace.filter((entry) => entry.matched).map((entry) => entry.rule)).toEqual(['rule-a', 'rule-b']);
  });

  it('throws NoRuleMatchedError when nothing matches, naming the case', async () => {
    const evaluator = rules({ ...alwaysRule('defects-only', 1), conditions: condition('qualityDefect', 'equal', true) });
    const error = failure(() => evaluator.decide(baseCase({ id: 'R-42' })));
    expect(error).toBeInstanceOf(NoRuleMatchedError);
    expect(error.code).toBe('no_rule_matched');
    expect(error.message).toMatchInlineSnapshot(`"Rule set "test-rules" has no rule matching case "R-42"; add a low-priority fallback rule."`);
  });
});

describe('the decision record', () => {
  it('echoes the case id and identifies the rule set and rule', async () => {
    const evaluator = onlyRule({ code: 'echo', citation: 'Test art. 1' });
    const decision = evaluator.decide(baseCase({ id: 'R-1' }));
    expect(decision).toMatchObject({
      caseId: 'R-1',
      ruleSet: { id: 'test-rules', version: '1.0.0', digest: evaluator.ruleSet.digest },
      outcome: 'allocated',
      code: 'echo',
      rule: { name: 'only', priority: 1, citation: 'Test art. 1' },
      warnings: [],
    });
  });

  it('leaves caseId and citation out when the case and rule have none', async () => {
    const decision = onlyRule({}).decide(baseCase());
    expect(decision).not.toHaveProperty('caseId');
    expect(decision.rule).not.toHaveProperty('citation');
  });

  it('allocates multi-party shares exactly, in party order', async () => {
    const decision = onlyRule({ shares: { buyer: 25, platform: 25, seller: 50 } }).decide(baseCase({ costs: { returnShipping: usd(1001) } }));
    // 500.5 / 250.25 / 250.25: the leftover cent goes to the largest remainder, the seller's .5.
    expect(sharesOf(decision.lines[0])).toEqual([
      ['seller', 501, 'rule'],
      ['platform', 250, 'rule'],
      ['buyer', 250, 'rule'],
    ]);
    expect(decision.lines[0]?.shares.map((share) => share.percent)).toEqual([50, 25, 25]);
  });

  it('keeps zero shares on a zero-cost line, so it still says who would pay', async () => {
    const decision = onlyRule({ shares: { seller: 40, buyer: 60 } }).decide(baseCase({ costs: { returnShipping: usd(0) } }));
    expect(sharesOf(decision.lines[0])).toEqual([
      ['seller', 0, 'rule'],
      ['buyer', 0, 'rule'],
    ]);
  });

  it('drops zero shares on a line with a cost', async () => {
    const decision = onlyRule({ shares: { seller: 99.99, buyer: 0.01 } }).decide(baseCase({ costs: { returnShipping: usd(10) } }));
    expect(sharesOf(decision.lines[0])).toEqual([['seller', 10, 'rule']]);
  });

  it('sums totals per party across all lines', async () => {
    const decision = onlyRule({ shares: { seller: 50, buyer: 50 }, outbound: 'buyer', replacementShares: { seller: 100 } }).decide(
      baseCase({ resolution: 'exchange', costs: { returnShipping: usd(1000), outboundShipping: usd(300), replacementShipping: usd(700) } }),
    );
    expect(decision.totals).toEqual({ seller: usd(1200), buyer: usd(800) });
  });

  it('gives a not_returnable decision no lines and no totals', async () => {
    const evaluator = rules({
      name: 'refuse',
      priority: 1,
      conditions: condition('returnShippingAmount', 'greaterThanInclusive', 0),
      event: { type: 'not_returnable', params: { code: 'refused', text: { en: 'No.', 'zh-CN': '不。' }, disclosure: { en: 'No.', 'zh-CN': '不。' } } },
    });
    const decision = evaluator.decide(baseCase({ costs: { returnShipping: usd(1000), outboundShipping: usd(500) } }));
    expect(decision).toMatchObject({ outcome: 'not_returnable', code: 'refused', lines: [], totals: {}, warnings: [] });
    expect(decision.text.summary).toBe('No.');
    const withExtras = evaluator.decide(baseCase({ negotiatedSplit: { sellerPercent: 50 } }));
    expect(codes(withExtras)).toEqual(['not_returnable']);
  });
});

describe('negotiated split', () => {
  const split = (negotiatedSplit: Json) => baseCase({ negotiatedSplit });

  it('"any": a percent agreement replaces the rule’s shares', async () => {
    const decision = onlyRule({ shares: { buyer: 100 }, negotiation: 'any' }).decide(split({ sellerPercent: 30 }));
    expect(sharesOf(decision.lines[0])).toEqual([
      ['seller', 300, 'negotiated_split'],
      ['buyer', 700, 'negotiated_split'],
    ]);
    expect(decision.warnings).toEqual([]);
  });

  it('"any": an amount agreement replaces the rule’s shares, with percents to two decimals', async () => {
    const decision = onlyRule({ shares: { buyer: 100 }, negotiation: 'any' }).decide(split({ sellerAmount: usd(333) }));
    expect(sharesOf(decision.lines[0])).toEqual([
      ['seller', 333, 'negotiated_split'],
      ['buyer', 667, 'negotiated_split'],
    ]);
    expect(decision.lines[0]?.shares.map((share) => share.percent)).toEqual([33.3, 66.7]);
  });

  it('"any": may move cost onto the buyer', async () => {
    const decision = onlyRule({ shares: { seller: 100 }, negotiation: 'any' }).decide(split({ sellerPercent: 0 }));
    expect(sharesOf(decision.lines[0])).toEqual([['buyer', 1000, 'negotiated_split']]);
  });

  it('"any": a half-cent split gives the odd cent to the seller', async () => {
    const decision = onlyRule({ negotiation: 'any' }).decide(baseCase({ costs: { returnShipping: usd(1) }, negotiatedSplit: { sellerPercent: 50 } }));
    expect(sharesOf(decision.lines[0])).toEqual([['seller', 1, 'negotiated_split']]);
  });

  it('"seller_may_pay_more": applied when the seller pays more than the rule says', async () => {
    const decision = onlyRule({ shares: { seller: 50, buyer: 50 }, negotiation: 'seller_may_pay_more' }).decide(split({ sellerPercent: 80 }));
    expect(sharesOf(decision.lines[0])).toEqual([
      ['seller', 800, 'negotiated_split'],
      ['buyer', 200, 'negotiated_split'],
    ]);
    expect(decision.warnings).toEqual([]);
  });

  it('"seller_may_pay_more": applied when the seller pays exactly the rule’s share', async () => {
    const decision = onlyRule({ shares: { seller: 100 }, negotiation: 'seller_may_pay_more' }).decide(split({ sellerAmount: usd(1000) }));
    expect(sharesOf(decision.lines[0])).toEqual([['seller', 1000, 'negotiated_split']]);
  });

  it('"seller_may_pay_more": rejected, with a warning, when it lowers the seller’s share', async () => {
    const decision = onlyRule({ shares: { seller: 100 }, negotiation: 'seller_may_pay_more' }).decide(split({ sellerPercent: 50 }));
    expect(sharesOf(decision.lines[0])).toEqual([['seller', 1000, 'rule']]);
    expect(decision.warnings).toEqual([{ code: 'negotiation_rejected', message: expect.stringContaining('"only"') }]);
    expect(decision.text.details).toContain('The agreed split was not applied: it would have the seller pay $5.00, less than the $10.00 the seller owes here.');
  });

  it('"none": ignored, with a warning', async () => {
    const decision = onlyRule({ shares: { buyer: 100 }, negotiation: 'none' }).decide(split({ sellerPercent: 100 }));
    expect(sharesOf(decision.lines[0])).toEqual([['buyer', 1000, 'rule']]);
    expect(decision.warnings).toEqual([{ code: 'negotiation_ignored', message: expect.stringContaining('does not allow negotiation') }]);
  });

  it('applies only to return shipping, not to the other legs', async () => {
    const decision = onlyRule({ shares: { buyer: 100 }, negotiation: 'any', outbound: 'buyer' }).decide(
      baseCase({ resolution: 'exchange', costs: { returnShipping: usd(1000), outboundShipping: usd(400), replacementShipping: usd(600) }, negotiatedSplit: { sellerPercent: 100 } }),
    );
    expect(sharesOf(line(decision, 'returnShipping'))).toEqual([['seller', 1000, 'negotiated_split']]);
    expect(sharesOf(line(decision, 'outboundShipping'))).toEqual([['buyer', 400, 'rule']]);
    expect(sharesOf(line(decision, 'replacementShipping'))).toEqual([['buyer', 600, 'rule']]);
  });
});

describe('coverage', () => {
  const guarantee = (coverage: Json = {}) => ({ kind: 'return_guarantee', payer: 'platform', ...coverage });
  const buyerPays = onlyRule({ shares: { buyer: 100 } });

  it('pays up to its limit; the rest stays with the beneficiary', async () => {
    const decision = buyerPays.decide(baseCase({ coverage: guarantee({ limit: usd(600) }) }));
    expect(sharesOf(decision.lines[0])).toEqual([
      ['platform', 600, 'coverage'],
      ['buyer', 400, 'rule'],
    ]);
    expect(decision.lines[0]?.shares.map((share) => share.percent)).toEqual([60, 40]);
  });

  it('pays everything when there is no limit', async () => {
    const decision = buyerPays.decide(baseCase({ coverage: { kind: 'return_shipping_insurance', payer: 'insurer' } }));
    expect(sharesOf(decision.lines[0])).toEqual([['insurer', 1000, 'coverage']]);
  });

  it('pays the whole cost when the limit is above it', async () => {
    const decision = buyerPays.decide(baseCase({ coverage: guarantee({ limit: usd(5000) }) }));
    expect(sharesOf(decision.lines[0])).toEqual([['platform', 1000, 'coverage']]);
  });

  it('does not pay for a reason it does not cover', async () => {
    const decision = buyerPays.decide(baseCase({ coverage: guarantee({ reasons: ['quality_defect'] }) }));
    expect(sharesOf(decision.lines[0])).toEqual([['buyer', 1000, 'rule']]);
    expect(decision.text.details).toContain('The return guarantee does not pay here: it does not cover this return reason.');
  });

  it('pays for a reason it covers', async () => {
    const decision = buyerPays.decide(baseCase({ coverage: guarantee({ reasons: ['quality_defect', 'changed_mind'] }) }));
    expect(sharesOf(decision.lines[0])).toEqual([['platform', 1000, 'coverage']]);
  });

  it.each([
    [0, [['platform', 1000, 'coverage']]],
    [1, [['buyer', 1000, 'rule']]],
  ])('firstReturnOnly with priorReturns %i', async (priorReturns, expected) => {
    const decision = buyerPays.decide(baseCase({ priorReturns, coverage: guarantee({ firstReturnOnly: true }) }));
    expect(sharesOf(decision.lines[0])).toEqual(expected);
  });

  it('without firstReturnOnly pays on later returns too', async () => {
    const decision = buyerPays.decide(baseCase({ priorReturns: 3, coverage: guarantee() }));
    expect(sharesOf(decision.lines[0])).toEqual([['platform', 1000, 'coverage']]);
  });

  it('takes over the seller’s share when the seller is the beneficiary', async () => {
    const decision = onlyRule({ shares: { seller: 70, buyer: 30 } }).decide(baseCase({ coverage: guarantee({ beneficiary: 'seller', limit: usd(500) }) }));
    expect(sharesOf(decision.lines[0])).toEqual([
      ['seller', 200, 'rule'],
      ['platform', 500, 'coverage'],
      ['buyer', 300, 'rule'],
    ]);
  });

  it('pays nothing when its beneficiary owes nothing', async () => {
    const decision = onlyRule({ shares: { seller: 100 } }).decide(baseCase({ coverage: guarantee() }));
    expect(sharesOf(decision.lines[0])).toEqual([['seller', 1000, 'rule']]);
    expect(decision.text.details).toContain('The return guarantee does not pay here: its beneficiary pays nothing for return shipping.');
  });

  it('does not apply under a rule with coverage: false', async () => {
    const decision = onlyRule({ shares: { buyer: 100 }, coverage: false }).decide(baseCase({ coverage: guarantee() }));
    expect(sharesOf(decision.lines[0])).toEqual([['buyer', 1000, 'rule']]);
    expect(decision.text.details).toContain('The return guarantee does not pay here: the deciding rule does not allow coverage.');
  });

  it('with a zero limit pays nothing', async () => {
    const decision = buyerPays.decide(baseCase({ coverage: guarantee({ limit: usd(0) }) }));
    expect(sharesOf(decision.lines[0])).toEqual([['buyer', 1000, 'rule']]);
  });

  it('applies after the negotiated split', async () => {
    const decision = buyerPays.decide(baseCase({ negotiatedSplit: { sellerPercent: 30 }, coverage: guarantee({ limit: usd(500) }) }));
    expect(sharesOf(decision.lines[0])).toEqual([
      ['seller', 300, 'negotiated_split'],
      ['platform', 500, 'coverage'],
      ['buyer', 200, 'negotiated_split'],
    ]);
  });

  it('covers only return shipping', async () => {
    const decision = onlyRule({ shares: { buyer: 100 }, outbound: 'buyer' }).decide(
      baseCase({ costs: { returnShipping: usd(1000), outboundShipping: usd(500) }, coverage: guarantee() }),
    );
    expect(sharesOf(line(decision, 'outboundShipping'))).toEqual([['buyer', 500, 'rule']]);
  });
});

describe('outbound shipping', () => {
  const costs = (extra: Json) => baseCase({ costs: { returnShipping: usd(1000), outboundShipping: usd(800), ...extra } });

  it.each([
    ['seller', {}, [['seller', 800, 'rule']], []],
    ['buyer', {}, [['buyer', 800, 'rule']], []],
    ['seller_up_to_standard', { standardOutboundShipping: usd(500) }, [['seller', 500, 'rule'], ['buyer', 300, 'rule']], []],
    ['seller_up_to_standard', { standardOutboundShipping: usd(800) }, [['seller', 800, 'rule']], []],
    ['seller_up_to_standard', { standardOutboundShipping: usd(1200) }, [['seller', 800, 'rule']], []],
    ['seller_up_to_standard', {}, [['seller', 800, 'rule']], ['standard_outbound_unknown']],
  ])('"%s" with %j', async (outbound, extra, expected, warnings) => {
    const decision = onlyRule({ outbound }).decide(costs(extra));
    expect(sharesOf(line(decision, 'outboundShipping'))).toEqual(expected);
    expect(codes(decision)).toEqual(warnings);
  });

  it('a rule without "outbound" produces no outbound line and warns outbound_not_decided', async () => {
    const decision = onlyRule({}).decide(costs({}));
    expect(decision.lines.map((l) => l.cost)).toEqual(['returnShipping']);
    expect(codes(decision)).toEqual(['outbound_not_decided']);
    expect(decision.text.details).toContain('The rule set does not say who bears the original delivery cost.');
  });

  it('a case without outbound shipping gets no outbound line and no warning', async () => {
    const decision = onlyRule({ outbound: 'seller' }).decide(baseCase());
    expect(decision.lines.map((l) => l.cost)).toEqual(['returnShipping']);
    expect(decision.warnings).toEqual([]);
  });
});

describe('replacement shipping', () => {
  const exchange = baseCase({ resolution: 'exchange', costs: { returnShipping: usd(1000), replacementShipping: usd(601) } });

  it('uses replacementShares when the rule has them', async () => {
    const decision = onlyRule({ shares: { buyer: 100 }, replacementShares: { seller: 50, buyer: 50 } }).decide(exchange);
    expect(sharesOf(line(decision, 'replacementShipping'))).toEqual([
      ['seller', 301, 'rule'],
      ['buyer', 300, 'rule'],
    ]);
  });

  it('defaults to the rule’s shares', async () => {
    const decision = onlyRule({ shares: { seller: 75, buyer: 25 } }).decide(exchange);
    expect(sharesOf(line(decision, 'replacementShipping'))).toEqual([
      ['seller', 451, 'rule'],
      ['buyer', 150, 'rule'],
    ]);
  });

  it('lists lines in the order return, outbound, replacement', async () => {
    const decision = onlyRule({ outbound: 'seller' }).decide(baseCase({ costs: { replacementShipping: usd(1), outboundShipping: usd(2), returnShipping: usd(3) } }));
    expect(decision.lines.map((l) => l.cost)).toEqual(['returnShipping', 'outboundShipping', 'replacementShipping']);
  });
});

describe('trace', () => {
  const evaluator = rules(
    { ...alwaysRule('defect', 10, { code: 'defect', shares: { seller: 100 } }), conditions: { any: [{ fact: 'qualityDefect', operator: 'equal', value: true }, { fact: 'reason', operator: 'in', value: ['quality_defect', 'wrong_item'] }] } },
    { ...alwaysRule('in-week', 5, { code: 'in_week' }), conditions: { all: [{ fact: 'window.week', operator: 'equal', value: true }, { not: { fact: 'itemTags', operator: 'contains', value: 'final_sale' } }] } },
    alwaysRule('fallback', 1, { code: 'fallback' }),
  );

  it('lists every rule in file order with whether it matched and each condition’s expected and actual value', async () => {
    const decision = evaluator.decide(baseCase({ item: { tags: ['bulky'] } }));
    expect(decision.code).toBe('in_week');
    expect(decision.trace).toEqual([
      {
        rule: 'defect',
        priority: 10,
        matched: false,
        conditions: [
          { fact: 'qualityDefect', operator: 'equal', expected: true, actual: false, result: false },
          { fact: 'reason', operator: 'in', expected: ['quality_defect', 'wrong_item'], actual: 'changed_mind', result: false },
        ],
      },
      {
        rule: 'in-week',
        priority: 5,
        matched: true,
        conditions: [
          { fact: 'window.week', operator: 'equal', expected: true, actual: true, result: true },
          { fact: 'itemTags', operator: 'contains', expected: 'final_sale', actual: ['bulky'], result: false },
        ],
      },
      {
        rule: 'fallback',
        priority: 1,
        matched: true,
        conditions: [{ fact: 'returnShippingAmount', operator: 'greaterThanInclusive', expected: 0, actual: 1000, result: true }],
      },
    ]);
  });

  it('records the conditions that made a rule match', async () => {
    const decision = evaluator.decide(baseCase({ reason: 'wrong_item', dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-20' } }));
    expect(decision.code).toBe('defect');
    expect(decision.trace.map((entry) => [entry.rule, entry.matched])).toEqual([
      ['defect', true],
      ['in-week', false],
      ['fallback', true],
    ]);
    expect(decision.trace[0]?.conditions[1]).toMatchObject({ fact: 'reason', actual: 'wrong_item', result: true });
    expect(decision.trace[1]?.conditions[0]).toMatchObject({ fact: 'window.week', actual: false, result: false });
  });
});

describe('locales', () => {
  it('writes the text in the requested locale', async () => {
    const decision = onlyRule({}).decide(baseCase(), { locale: 'zh-CN' });
    expect(decision.text).toEqual({ locale: 'zh-CN', summary: '退货运费US$10.00。', details: ['买家承担退货运费US$10.00（100%）。'] });
    expect(decision.warnings).toEqual([]);
  });

  it('falls back to the default locale with a warning', async () => {
    const decision = onlyRule({}).decide(baseCase(), { locale: 'de' });
    expect(decision.text.locale).toBe('en');
    expect(decision.text.summary).toBe('Return shipping is $10.00.');
    expect(decision.warnings).toEqual([{ code: 'locale_fallback', message: 'locale "de" is not available in rule set "test-rules"; using en' }]);
  });

  it('takes a tag of a declared locale’s language as that locale, without a warning (en-US → en, zh → zh-CN)', async () => {
    const american = onlyRule({}).decide(baseCase(), { locale: 'en-US' });
    expect([american.text.locale, american.warnings]).toEqual(['en', []]);
    const chinese = onlyRule({}).decide(baseCase(), { locale: 'zh' });
    expect([chinese.text.locale, chinese.warnings]).toEqual(['zh-CN', []]);
  });

  it('rejects a locale that is not a string', async () => {
    const error = thrown(() => onlyRule({}).decide(baseCase(), { locale: 7 as unknown as string }));
    expect(error).toMatchObject({ code: 'invalid_option' });
  });

  it('falls back when the rule set does not declare a supported locale', async () => {
    const englishOnly = ruleSetDocument({
      locales: ['en'],
      title: { en: 'English only' },
      rules: [alwaysRule('only', 1, { text: { en: 'English.' }, disclosure: { en: 'English.' } })],
    });
    const decision = await createEvaluator(loadRuleSet(englishOnly)).decide(baseCase(), { locale: 'zh-CN' });
    expect(decision.text.locale).toBe('en');
    expect(codes(decision)).toEqual(['locale_fallback']);
  });

  it('uses the evaluator’s defaultLocale when decide() names none', async () => {
    const decision = onlyRule({}, { defaultLocale: 'zh-CN' }).decide(baseCase());
    expect(decision.text.locale).toBe('zh-CN');
  });
});

describe('options and failures', () => {
  it('rejects a defaultLocale the rule set does not declare', () => {
    const error = thrown(() => onlyRule({}, { defaultLocale: 'fr' }));
    expect(error).toMatchObject({ code: 'invalid_option', message: expect.stringContaining('"fr"') });
  });

  it('rejects a calendar without isNonWorkingDay', () => {
    expect(thrown(() => onlyRule({}, { calendar: {} }))).toMatchObject({ code: 'invalid_option' });
  });

  it('rejects decide() options that are not an object', async () => {
    expect(failure(() => onlyRule({}).decide(baseCase(), null as never))).toMatchObject({ code: 'invalid_option' });
  });

  it('uses the calendar option for windows that extend past holidays', async () => {
    const document = ruleSetDocument({
      windows: { week: { days: 7, extendPastHolidays: true } },
      rules: [
        { ...alwaysRule('late', 2, { code: 'late' }), conditions: condition('window.week', 'equal', false) },
        alwaysRule('fallback', 1, { code: 'in_time' }),
      ],
    });
    const ruleSet = loadRuleSet(document);
    // Delivered Wednesday 25 February; day 7 is Wednesday 4 March; requested Thursday 5 March.
    const input = baseCase({ dates: { deliveredAt: '2026-02-25', requestedAt: '2026-03-05' } });
    expect((createEvaluator(ruleSet).decide(input)).code).toBe('late');
    const holiday = { isNonWorkingDay: (date: string) => date === '2026-03-04' };
    expect((createEvaluator(ruleSet, { calendar: holiday }).decide(input)).code).toBe('in_time');
  });

  it('rejects a calendar failure as a calendar_error with its cause', async () => {
    const outage = new Error('holiday service down');
    const inTime = { ...alwaysRule('in-time', 2), conditions: { all: [{ fact: 'window.week', operator: 'equal', value: true }] } };
    const evaluator = createEvaluator(loadRuleSet(ruleSetDocument({ windows: { week: { days: 7, extendPastHolidays: true } }, rules: [inTime, alwaysRule('fallback', 1)] })), {
      calendar: { isNonWorkingDay: () => { throw outage; } },
    });
    const error = failure(() => evaluator.decide(baseCase()));
    expect(error).toMatchObject({ code: 'calendar_error' });
    expect(error.cause).toBe(outage);
  });

  it('rejects invalid input with a ReturnCaseError', async () => {
    const error = failure(() => onlyRule({}).decide({ reason: 'changed_mind' }));
    expect(error).toBeInstanceOf(ReturnCaseError);
  });

  it('safeDecide returns the decision or the error instead of throwing', async () => {
    const evaluator = onlyRule({});
    const ok = evaluator.safeDecide(baseCase());
    expect(ok.ok && ok.decision.code).toBe('test_liability');
    const failed = evaluator.safeDecide('not a case');
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.error).toBeInstanceOf(ReturnCaseError);
  });

  it('wraps a foreign error once, keeping it as the cause', () => {
    const cause = new TypeError('engine exploded');
    const wrapped = wrap(cause);
    expect(wrapped).toBeInstanceOf(ReturnLiabilityError);
    expect(wrapped).toMatchObject({ code: 'evaluation_failed', message: 'Deciding the case failed unexpectedly: engine exploded', cause });
    expect(wrap(wrapped)).toBe(wrapped);
    expect(wrap('a string').message).toBe('Deciding the case failed unexpectedly: a string');
  });
});

describe('properties of decide()', () => {
  const standard = createEvaluator(marketplaceStandard);
  /** Codes decide() may fail with on bad input; `evaluation_failed` would mean an unexpected crash. */
  const inputErrorCodes = ['invalid_case', 'invalid_option'];

  it('decides the same input the same way every time, byte for byte', async () => {
    const fresh = createEvaluator(marketplaceStandard);
    await fc.assert(
      fc.asyncProperty(validCaseArb, fc.constantFrom('en', 'zh-CN'), async (input, locale) => {
        const first = standard.decide(input, { locale });
        const second = standard.decide(input, { locale });
        expect(second).toEqual(first);
        expect(JSON.stringify(fresh.decide(input, { locale }))).toBe(JSON.stringify(first));
      }),
      { numRuns: 300 },
    );
  });

  it('never modifies its input (deep-frozen, compared with a clone taken before)', async () => {
    await fc.assert(
      fc.asyncProperty(validCaseArb, async (input) => {
        const before = structuredClone(input);
        deepFreeze(input);
        const result = standard.safeDecide(input);
        expect(result.ok ? undefined : result.error).toBeUndefined();
        expect(input).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects anything at all only with a ReturnLiabilityError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (input) => {
        const error = errorOf(() => standard.decide(input));
        if (error !== undefined) {
          expect(ReturnLiabilityError.is(error)).toBe(true);
          expect(inputErrorCodes).toContain((error as ReturnLiabilityError).code);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('rejects any JSON value that is not a case with a ReturnCaseError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (input) => {
        const result = standard.safeDecide(input);
        expect(result.ok).toBe(false);
        expect(!result.ok && ReturnCaseError.is(result.error)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  /** A valid case with one field (at any depth) replaced by an arbitrary value or removed. */
  const mutatedCaseArb = fc
    .tuple(validCaseArb, fc.nat(), fc.oneof(fc.anything(), fc.jsonValue(), fc.constant(undefined)), fc.boolean())
    .map(([input, pick, value, remove]) => {
      const paths: string[][] = [];
      const walk = (node: unknown, path: string[]) => {
        if (typeof node !== 'object' || node === null) return;
        for (const [key, child] of Object.entries(node)) {
          paths.push([...path, key]);
          walk(child, [...path, key]);
        }
      };
      walk(input, []);
      const path = paths[pick % paths.length] ?? ['reason'];
      let parent = input as Record<string, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
      const key = path.at(-1) ?? 'reason';
      if (remove) delete parent[key];
      else parent[key] = value;
      return input;
    });

  it('decides or rejects mutated valid cases with a typed error, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedCaseArb, fc.constantFrom('en', 'zh-CN', 'xx'), async (input, locale) => {
        const result = standard.safeDecide(input, { locale });
        if (result.ok) {
          for (const line of result.decision.lines) expect(line.shares.reduce((sum, share) => sum + share.amount.amount, 0)).toBe(line.total.amount);
        } else {
          expect(ReturnLiabilityError.is(result.error)).toBe(true);
          expect(inputErrorCodes).toContain(result.error.code);
          if (ReturnCaseError.is(result.error)) expect(result.error.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
