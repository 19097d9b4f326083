/**
 * Limits on untrusted input: documented defaults, configurable for rule files, clear errors with
 * paths, and refusals whose cost does not grow with the input (no stack overflow on hostile nesting).
 */
import { describe, expect, it } from 'vitest';
// marketplace-standard.json is written in these languages too: loading the file needs their packs.
import '../../src/locales/pt-BR.js';
import '../../src/locales/ko.js';
import '../../src/locales/ja.js';
import { CASE_LIMITS, parseReturnCase } from '../../src/case/parse.js';
import { ReturnCaseError, ReturnLiabilityError, RuleSetError, type Issue } from '../../src/errors.js';
import { DEFAULT_RULE_SET_LIMITS, loadRuleSet, type RuleSetLimits } from '../../src/rule-set/load.js';
import { standardDocument, VALID_CASES } from './fixtures.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return expect.unreachable('expected the call to throw');
}

function ruleSetIssues(document: unknown, limits?: RuleSetLimits): readonly Issue[] {
  const error = thrown(() => loadRuleSet(document, limits === undefined ? {} : { limits }));
  expect(error).toBeInstanceOf(RuleSetError);
  return (error as RuleSetError).issues;
}

function caseIssues(input: unknown): readonly Issue[] {
  const error = thrown(() => parseReturnCase(input));
  expect(error).toBeInstanceOf(ReturnCaseError);
  return (error as ReturnCaseError).issues;
}

const leaf = { fact: 'qualityDefect', operator: 'equal', value: true };

/** A condition `depth` levels deep: `{ all: [ { any: [ … leaf … ] } ] }`, alternating all and any. */
function nested(depth: number): unknown {
  let condition: unknown = leaf;
  for (let level = depth; level >= 1; level -= 1) condition = { [level % 2 === 0 ? 'any' : 'all']: [condition] };
  return condition;
}

/** A chain of `depth` nots around a leaf. */
function nots(depth: number): unknown {
  let condition: unknown = leaf;
  for (let level = 0; level < depth; level += 1) condition = { not: condition };
  return condition;
}

/** The standard rule file with rule `seller-fault` given other conditions. */
function withConditions(conditions: unknown) {
  const document = standardDocument();
  document.rules[1]!.conditions = conditions as never;
  return document;
}

/** `count` copies of the fallback rule, with unique names. */
function manyRules(count: number) {
  const document = standardDocument();
  const fallback = document.rules[4]!;
  document.rules = Array.from({ length: count }, (_, index) => ({ ...fallback, name: `rule-${index}` }));
  return document;
}

describe('rule-file limits', () => {
  it('has documented, generous defaults that the built-in rule set stays far inside', () => {
    expect(DEFAULT_RULE_SET_LIMITS).toEqual({ maxConditionDepth: 32, maxRules: 1_000, maxStringLength: 10_000, maxArrayLength: 1_000, maxDocumentNodes: 100_000 });
    expect(Object.isFrozen(DEFAULT_RULE_SET_LIMITS)).toBe(true);
    expect(() => loadRuleSet(standardDocument(), { limits: { maxDocumentNodes: 1_000, maxStringLength: 1_000, maxArrayLength: 10, maxRules: 10, maxConditionDepth: 2 } })).not.toThrow();
  });

  it('limits the number of rules', () => {
    expect(ruleSetIssues(manyRules(1_001))).toEqual([{ path: ['rules'], code: 'too_many_rules', message: '1001 rules; the limit is 1000 (options.limits.maxRules)' }]);
    expect(ruleSetIssues(standardDocument(), { maxRules: 6 }).map((issue) => issue.code)).toEqual(['too_many_rules']);
    // maxRules, not maxArrayLength, governs the rules array.
    expect(loadRuleSet(manyRules(1_500), { limits: { maxRules: 1_500 } }).rules).toHaveLength(1_500);
  });

  it('limits the nesting of conditions, counting all, any and not', () => {
    expect(() => loadRuleSet(withConditions(nested(32)))).not.toThrow();
    expect(() => loadRuleSet(withConditions(nots(32)))).not.toThrow();
    const issues = ruleSetIssues(withConditions(nested(33)));
    expect(issues.map((issue) => [issue.code, issue.message])).toEqual([['too_deep', 'conditions nest deeper than 32 levels']]);
    expect(issues[0]?.path.slice(0, 5)).toEqual(['rules', 1, 'conditions', 'all', 0]);
    expect(ruleSetIssues(withConditions(nested(3)), { maxConditionDepth: 2 }).map((issue) => issue.code)).toEqual(['too_deep']);
  });

  it('refuses hostile nesting with a RuleSetError, not a stack overflow', () => {
    const issues = ruleSetIssues(withConditions(nots(200_000)));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('too_deep');
    expect(issues[0]?.message).toBe('objects and arrays nest deeper than 74 levels; conditions may nest at most 32 levels (options.limits.maxConditionDepth)');
    // Even when the caller raised the depth limit far beyond what the stack can walk.
    const raised = thrown(() => loadRuleSet(withConditions(nots(200_000)), { limits: { maxConditionDepth: 1_000_000, maxDocumentNodes: 10_000_000 } }));
    expect(raised).toBeInstanceOf(RuleSetError);
    expect((raised as RuleSetError).issues).toEqual([{ path: [], code: 'too_deep', message: 'conditions nest too deeply to check (options.limits.maxConditionDepth is 1000000)' }]);
    expect((raised as RuleSetError).cause).toBeInstanceOf(RangeError);
  });

  it('limits string lengths, keys included', () => {
    const document = standardDocument();
    document.rules[1]!.event.params.text.en = 'x'.repeat(10_001);
    expect(ruleSetIssues(document)).toEqual([
      { path: ['rules', 1, 'event', 'params', 'text', 'en'], code: 'string_too_long', message: 'a string of 10001 characters; the limit is 10000 (options.limits.maxStringLength)' },
    ]);
    const longKey = { ...standardDocument(), windows: { ['w'.repeat(10_001)]: { days: 1 } } };
    expect(ruleSetIssues(longKey).map((issue) => [issue.path, issue.code])).toEqual([[['windows'], 'string_too_long']]);
    expect(ruleSetIssues(standardDocument(), { maxStringLength: 100 }).every((issue) => issue.code === 'string_too_long')).toBe(true);
  });

  it('limits array sizes', () => {
    const values = Array.from({ length: 1_001 }, (_, index) => `category-${index}`);
    const issues = ruleSetIssues(withConditions({ all: [{ fact: 'itemCategory', operator: 'in', value: values }] }));
    expect(issues).toEqual([
      { path: ['rules', 1, 'conditions', 'all', 0, 'value'], code: 'array_too_long', message: 'an array of 1001 entries; the limit is 1000 (options.limits.maxArrayLength)' },
    ]);
    expect(() => loadRuleSet(withConditions({ all: [{ fact: 'itemCategory', operator: 'in', value: values.slice(0, 1_000) }] }))).not.toThrow();
    expect(ruleSetIssues(standardDocument(), { maxArrayLength: 5 }).map((issue) => issue.path)).toEqual([['rules', 1, 'conditions', 'any']]);
    // Only `rules` has its own limit, whatever the other top-level keys are called.
    expect(ruleSetIssues({ ...standardDocument(), toString: values })).toEqual([
      { path: ['toString'], code: 'array_too_long', message: 'an array of 1001 entries; the limit is 1000 (options.limits.maxArrayLength)' },
    ]);
  });

  it('limits the document size, counted in JSON values', () => {
    // 900 rules with 100-value lists: well under every other limit, about 120 000 values in all.
    const document = manyRules(900);
    for (const rule of document.rules) {
      rule.conditions = { all: [{ fact: 'itemCategory', operator: 'notIn', value: Array.from({ length: 100 }, (_, index) => `c${index}`) }] } as never;
    }
    expect(ruleSetIssues(document)).toEqual([{ path: [], code: 'too_large', message: 'the input has more than 100000 values (options.limits.maxDocumentNodes)' }]);
    expect(() => loadRuleSet(document, { limits: { maxDocumentNodes: 200_000 } })).not.toThrow();
    expect(ruleSetIssues(standardDocument(), { maxDocumentNodes: 100 }).map((issue) => issue.code)).toEqual(['too_large']);
  });

  it('refuses limits that are not positive integers', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10']) {
      const error = thrown(() => loadRuleSet(standardDocument(), { limits: { maxRules: bad as number } }));
      expect(ReturnLiabilityError.is(error)).toBe(true);
      expect((error as ReturnLiabilityError).code).toBe('invalid_option');
      expect((error as Error).message).toBe(`options.limits.maxRules must be a positive integer, got ${String(bad)}`);
    }
    expect((thrown(() => loadRuleSet(standardDocument(), { limits: null as never })) as ReturnLiabilityError).code).toBe('invalid_option');
  });
});

describe('case limits', () => {
  it('are fixed and far above any valid case', () => {
    expect(CASE_LIMITS).toEqual({ maxStringLength: 1_000, maxArrayLength: 1_000, maxNodes: 10_000, maxNesting: 16 });
    for (const input of VALID_CASES) expect(() => parseReturnCase(input)).not.toThrow();
  });

  it('refuse long strings before the schema looks at them; shorter ones still meet the schema’s own limits', () => {
    expect(caseIssues({ ...VALID_CASES[0], id: 'x'.repeat(1_001) })).toEqual([{ path: ['id'], code: 'string_too_long', message: 'a string of 1001 characters; the limit is 1000' }]);
    expect(caseIssues({ ...VALID_CASES[0], id: 'x'.repeat(201) })).toEqual([{ path: ['id'], code: 'too_big', message: 'expected at most 200 characters' }]);
  });

  it('refuse large arrays, many values and deep nesting, each with a clear error', () => {
    const tags = Array.from({ length: 1_001 }, () => 'bulky');
    expect(caseIssues({ ...VALID_CASES[0], item: { tags } })).toEqual([{ path: ['item', 'tags'], code: 'array_too_long', message: 'an array of 1001 entries; the limit is 1000' }]);
    const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, index]));
    expect(caseIssues({ ...VALID_CASES[0], extra: wide })).toEqual([{ path: [], code: 'too_large', message: 'the input has more than 10000 values' }]);
    let deep: unknown = {};
    for (let level = 0; level < 200_000; level += 1) deep = { deeper: deep };
    const issues = caseIssues({ ...VALID_CASES[0], extra: deep });
    expect(issues.map((issue) => [issue.code, issue.message])).toEqual([['too_deep', 'objects and arrays nest deeper than 16 levels']]);
  });

  it('name at most ten unknown keys in a message', () => {
    const extra = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`unknown${index}`, true]));
    const [issue] = caseIssues({ ...VALID_CASES[0], ...extra });
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.message).toBe(`unknown keys ${Array.from({ length: 10 }, (_, index) => `"unknown${index}"`).join(', ')} and 40 more`);
  });
});
