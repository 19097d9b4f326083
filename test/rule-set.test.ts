import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../src/decide/evaluator.js';
import { RuleSetError } from '../src/errors.js';
import { isRuleSet, loadRuleSet } from '../src/rule-set/load.js';
import { marketplaceStandard } from '../src/rules.js';
import { alwaysRule, liabilityParams, pathsAndCodes, ruleSetDocument, ruleSetIssues, thrown, type Json } from './helpers.js';

/** A rule set whose only rule has the given conditions. */
const withConditions = (conditions: unknown) => ruleSetDocument({ rules: [{ ...alwaysRule('only', 1), conditions }] });
/** A rule set whose only rule has the given event params. */
const withParams = (params: Json) => ruleSetDocument({ rules: [alwaysRule('only', 1, params)] });
const leaf = (condition: Json) => withConditions({ all: [condition] });
const at = (...rest: Array<string | number>) => ['rules', 0, ...rest];
const leafAt = (...rest: Array<string | number>) => at('conditions', 'all', 0, ...rest);
const textAt = (...rest: Array<string | number>) => at('event', 'params', ...rest);

describe('loadRuleSet: a valid document', () => {
  it('returns a frozen rule set with its windows and the windows each rule uses', () => {
    const ruleSet = loadRuleSet(
      ruleSetDocument({
        rules: [
          { ...alwaysRule('in-week', 2), conditions: { all: [{ fact: 'window.week', operator: 'equal', value: true }] } },
          alwaysRule('fallback', 1),
        ],
      }),
    );
    expect(ruleSet).toMatchObject({ id: 'test-rules', version: '1.0.0', defaultLocale: 'en', locales: ['en', 'zh-CN'], windows: { week: { days: 7 } } });
    expect(ruleSet.windowsByRule).toEqual({ 'in-week': ['week'], fallback: [] });
    expect(Object.isFrozen(ruleSet)).toBe(true);
    expect(Object.isFrozen(ruleSet.rules[0]?.conditions)).toBe(true);
    expect(isRuleSet(ruleSet)).toBe(true);
  });

  it('accepts every operator on the fact kinds it applies to, and nested all / any / not', () => {
    const conditions = {
      all: [
        { fact: 'qualityDefect', operator: 'notEqual', value: true },
        { fact: 'daysSinceDelivery', operator: 'lessThanInclusive', value: 30 },
        { fact: 'priorReturns', operator: 'in', value: [0, 1] },
        { fact: 'itemTags', operator: 'doesNotContain', value: 'final_sale' },
        { fact: 'jurisdiction', operator: 'notIn', value: ['US'] },
        { any: [{ fact: 'reason', operator: 'equal', value: 'other' }, { not: { fact: 'channel', operator: 'equal', value: 'in_store' } }] },
      ],
    };
    expect(() => loadRuleSet(withConditions(conditions))).not.toThrow();
  });

  it('has a digest that ignores key order and whitespace but not content', () => {
    const document = ruleSetDocument();
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(document).reverse()), null, 2)) as Json;
    const digest = loadRuleSet(document).digest;
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(loadRuleSet(reordered).digest).toBe(digest);
    expect(loadRuleSet(ruleSetDocument({ version: '1.0.1' })).digest).not.toBe(digest);
  });

  it('does not keep a reference to the caller’s document', () => {
    const document = ruleSetDocument();
    const ruleSet = loadRuleSet(document);
    (document['rules'] as Json[]).push(alwaysRule('late-addition', 5));
    expect(ruleSet.rules.map((rule) => rule.name)).toEqual(['fallback']);
  });
});

describe('loadRuleSet: errors point into the JSON', () => {
  it.each<[string, unknown, Array<[Array<string | number>, string]>]>([
    ['an unknown fact', leaf({ fact: 'colour', operator: 'equal', value: 'red' }), [[leafAt('fact'), 'unknown_fact']]],
    ['an unknown operator', leaf({ fact: 'reason', operator: 'startsWith', value: 'changed' }), [[leafAt('operator'), 'unknown_operator']]],
    ['contains on a boolean fact', leaf({ fact: 'qualityDefect', operator: 'contains', value: true }), [[leafAt('operator'), 'operator_not_applicable']]],
    ['lessThan on an enum fact', leaf({ fact: 'reason', operator: 'lessThan', value: 'other' }), [[leafAt('operator'), 'operator_not_applicable']]],
    ['equal on the tags fact', leaf({ fact: 'itemTags', operator: 'equal', value: 'bulky' }), [[leafAt('operator'), 'operator_not_applicable']]],
    ['a JSONPath "path" key', leaf({ fact: 'reason', operator: 'equal', value: 'other', path: '$.reason' }), [[leafAt('path'), 'path_not_allowed']]],
    ['fact "params"', leaf({ fact: 'reason', operator: 'equal', value: 'other', params: {} }), [[leafAt('params'), 'params_not_allowed']]],
    ['an unknown key in a fact condition', leaf({ fact: 'reason', operator: 'equal', value: 'other', note: 'x' }), [[leafAt('note'), 'unrecognized_keys']]],
    ['an enum value typo', leaf({ fact: 'reason', operator: 'equal', value: 'chnaged_mind' }), [[leafAt('value'), 'invalid_value']]],
    ['an enum value typo inside a list', leaf({ fact: 'reason', operator: 'in', value: ['changed_mind', 'doesnt_fit'] }), [[leafAt('value', 1), 'invalid_value']]],
    ['a string where a boolean is expected', leaf({ fact: 'qualityDefect', operator: 'equal', value: 'true' }), [[leafAt('value'), 'invalid_value']]],
    ['a fraction where an integer is expected', leaf({ fact: 'daysSinceDelivery', operator: 'lessThan', value: 7.5 }), [[leafAt('value'), 'invalid_value']]],
    ['"in" with a scalar', leaf({ fact: 'reason', operator: 'in', value: 'other' }), [[leafAt('value'), 'invalid_value']]],
    ['a missing value', leaf({ fact: 'reason', operator: 'equal' }), [[leafAt('value'), 'invalid_type']]],
    ['an undeclared window', leaf({ fact: 'window.month', operator: 'equal', value: true }), [[leafAt('fact'), 'unknown_window']]],
    ['a bare fact condition at the top', withConditions({ fact: 'reason', operator: 'equal', value: 'other' }), [[at('conditions'), 'invalid_condition']]],
    ['an empty "all"', withConditions({ all: [] }), [[at('conditions', 'all'), 'empty_condition']]],
    ['both "all" and "any" in one node', withConditions({ all: [], any: [] }), [[at('conditions'), 'invalid_condition']]],
    ['a nested problem deep in any / not', withConditions({ any: [{ not: { fact: 'colour', operator: 'equal', value: 1 } }] }), [[at('conditions', 'any', 0, 'not', 'fact'), 'unknown_fact']]],
    ['shares summing to 90', withParams({ shares: { seller: 60, buyer: 30 } }), [[textAt('shares'), 'shares_not_100']]],
    ['shares summing to 100.01', withParams({ shares: { seller: 50.01, buyer: 50 } }), [[textAt('shares'), 'shares_not_100']]],
    ['replacement shares summing to 110', withParams({ replacementShares: { seller: 110 } }), [[textAt('replacementShares', 'seller'), 'too_big']]],
    ['a share with 3 decimals', withParams({ shares: { seller: 33.335, buyer: 66.665 } }), [[textAt('shares', 'seller'), 'invalid_percent'], [textAt('shares', 'buyer'), 'invalid_percent']]],
    ['a share for an unknown party', withParams({ shares: { merchant: 100 } }), [[textAt('shares'), 'unrecognized_keys']]],
    ['a duplicate rule name', ruleSetDocument({ rules: [alwaysRule('same', 2), alwaysRule('same', 1)] }), [[['rules', 1, 'name'], 'duplicate_rule_name']]],
    ['text missing for a declared locale', withParams({ text: { en: 'Only English.' } }), [[textAt('text'), 'missing_text']]],
    ['a disclosure missing for a declared locale', withParams({ disclosure: { 'zh-CN': '只有中文。' } }), [[textAt('disclosure'), 'missing_text']]],
    ['an unknown placeholder', withParams({ text: { en: 'You get {refund}.', 'zh-CN': '退款{refund}。' } }), [[textAt('text', 'en'), 'unknown_placeholder'], [textAt('text', 'zh-CN'), 'unknown_placeholder']]],
    ['a placeholder in a disclosure', withParams({ disclosure: { en: 'Costs {returnShipping}.', 'zh-CN': '说明。' } }), [[textAt('disclosure', 'en'), 'unknown_placeholder']]],
    ['{windowDays} in a rule that tests no window', withParams({ text: { en: 'Within {windowDays} days.', 'zh-CN': '说明。' } }), [[textAt('text', 'en'), 'unknown_placeholder']]],
    ['a rule name that is not kebab-case', ruleSetDocument({ rules: [alwaysRule('Seller Fault', 1)] }), [[['rules', 0, 'name'], 'invalid_format']]],
    ['a code that is not snake_case', withParams({ code: 'SellerFault' }), [[textAt('code'), 'invalid_format']]],
    ['an unknown negotiation mode', withParams({ negotiation: 'sometimes' }), [[textAt('negotiation'), 'invalid_value']]],
    ['an unknown outbound mode', withParams({ outbound: 'platform' }), [[textAt('outbound'), 'invalid_value']]],
    ['a liability rule without negotiation', withParams({ negotiation: undefined }), [[textAt('negotiation'), 'invalid_value']]],
    ['an unknown event type', ruleSetDocument({ rules: [{ ...alwaysRule('only', 1), event: { type: 'refund', params: liabilityParams() } }] }), [[at('event', 'type'), 'invalid_union']]],
    ['shares on a not_returnable rule', ruleSetDocument({ rules: [{ ...alwaysRule('only', 1), event: { type: 'not_returnable', params: liabilityParams() } }] }), [[textAt(), 'unrecognized_keys']]],
    ['priority 0', ruleSetDocument({ rules: [alwaysRule('only', 0)] }), [[at('priority'), 'too_small']]],
    ['no rules', ruleSetDocument({ rules: [] }), [[['rules'], 'too_small']]],
    ['a window without days or months', ruleSetDocument({ windows: { week: {} } }), [[['windows', 'week'], 'empty_window']]],
    ['a window name that is not snake_case', ruleSetDocument({ windows: { 'No-Reason': { days: 7 } } }), [[['windows', 'No-Reason'], 'invalid_key']]],
    ['negative window days', ruleSetDocument({ windows: { week: { days: -1 } } }), [[['windows', 'week', 'days'], 'too_small']]],
    ['an unknown top-level key', ruleSetDocument({ author: 'me' }), [[[], 'unrecognized_keys']]],
    ['null instead of a document', null, [[[], 'invalid_type']]],
  ])('%s', (_label, document, expected) => {
    expect(pathsAndCodes(ruleSetIssues(() => loadRuleSet(document)))).toEqual(expected);
  });

  it('rejects a locale without a built-in catalogue, and texts for undeclared locales', () => {
    const issues = ruleSetIssues(() => loadRuleSet(ruleSetDocument({ locales: ['en', 'fr'] })));
    expect(pathsAndCodes(issues)).toEqual([
      [['locales', 1], 'unsupported_locale'],
      [['title'], 'missing_text'],
      [['title', 'zh-CN'], 'undeclared_locale'],
      [textAt('text'), 'missing_text'],
      [textAt('text', 'zh-CN'), 'undeclared_locale'],
      [textAt('disclosure'), 'missing_text'],
      [textAt('disclosure', 'zh-CN'), 'undeclared_locale'],
    ]);
  });

  it('rejects a defaultLocale that is not declared', () => {
    const issues = ruleSetIssues(() => loadRuleSet(ruleSetDocument({ defaultLocale: 'de' })));
    expect(pathsAndCodes(issues)).toEqual([[['defaultLocale'], 'unknown_locale']]);
  });

  it('rejects conditions nested deeper than the limit', () => {
    let conditions: Json = { all: [{ fact: 'reason', operator: 'equal', value: 'other' }] };
    for (let depth = 0; depth < 5; depth++) conditions = { not: conditions };
    expect(() => loadRuleSet(withConditions(conditions))).not.toThrow();
    const issues = ruleSetIssues(() => loadRuleSet(withConditions(conditions), { limits: { maxConditionDepth: 3 } }));
    expect(issues.map((issue) => issue.code)).toEqual(['too_deep']);
  });

  it('reports every problem of a document at once', () => {
    const document = ruleSetDocument({
      rules: [
        { ...alwaysRule('first', 2), conditions: { all: [{ fact: 'colour', operator: 'equal', value: 'red' }] } },
        alwaysRule('first', 1, { shares: { seller: 50 } }),
      ],
    });
    expect(pathsAndCodes(ruleSetIssues(() => loadRuleSet(document)))).toEqual([
      [leafAt('fact'), 'unknown_fact'],
      [['rules', 1, 'name'], 'duplicate_rule_name'],
      [['rules', 1, 'event', 'params', 'shares'], 'shares_not_100'],
    ]);
  });

  it('names the rule set, the JSON path and what was expected', () => {
    const error = thrown(() => loadRuleSet(leaf({ fact: 'qualityDefect', operator: 'contains', value: true }))) as RuleSetError;
    expect(error.code).toBe('invalid_rule_set');
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid rule set "test-rules" (1 issue):
        - rules[0].conditions.all[0].operator: operator "contains" does not apply to boolean fact "qualityDefect"; use equal or notEqual"
    `);
  });

  it('lists the declared windows when a window is unknown', () => {
    const [issue] = ruleSetIssues(() => loadRuleSet(leaf({ fact: 'window.month', operator: 'equal', value: true })));
    expect(issue?.message).toMatchInlineSnapshot(`"unknown window "month"; this rule set declares: week"`);
  });

  it('lists the valid values of an enum fact on a typo', () => {
    const [issue] = ruleSetIssues(() => loadRuleSet(leaf({ fact: 'itemCondition', operator: 'equal', value: 'unused' })));
    expect(issue?.message).toMatchInlineSnapshot(`"fact "itemCondition" is never "unused"; its values are intact, opened, used, damaged_by_buyer, none"`);
  });

  it('says an integer fact takes an integer', () => {
    const [issue] = ruleSetIssues(() => loadRuleSet(leaf({ fact: 'priorReturns', operator: 'equal', value: '0' })));
    expect(issue?.message).toMatchInlineSnapshot(`"fact "priorReturns" is an integer; expected an integer, got "0""`);
  });

  it('explains an invalid window name', () => {
    const [issue] = ruleSetIssues(() => loadRuleSet(ruleSetDocument({ windows: { 'No-Reason': { days: 7 } } })));
    expect(issue?.message).toMatchInlineSnapshot(`"invalid key "No-Reason": expected a snake_case window name"`);
  });

  it('names the allowed event types', () => {
    const document = ruleSetDocument({ rules: [{ ...alwaysRule('only', 1), event: { type: 'refund', params: liabilityParams() } }] });
    const [issue] = ruleSetIssues(() => loadRuleSet(document));
    expect(issue?.message).toMatchInlineSnapshot(`"expected one of "liability", "not_returnable", "returnless", got the string "refund""`);
  });
});

describe('createEvaluator: only loaded rule sets', () => {
  it.each([
    ['a raw document', ruleSetDocument()],
    ['a copy of a loaded rule set', { ...marketplaceStandard }],
    ['a structured clone of a loaded rule set', structuredClone(marketplaceStandard)],
  ])('rejects %s with not_loaded', (_label, candidate) => {
    const error = thrown(() => createEvaluator(candidate as never));
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).issues).toEqual([{ path: [], code: 'not_loaded', message: expect.stringContaining('loadRuleSet()') }]);
  });

  it('accepts the built-in and freshly loaded rule sets', () => {
    expect(isRuleSet(marketplaceStandard)).toBe(true);
    expect(createEvaluator(loadRuleSet(ruleSetDocument())).ruleSet.id).toBe('test-rules');
  });
});
