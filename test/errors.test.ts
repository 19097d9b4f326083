import { describe, expect, it } from 'vitest';
import {
  formatPath,
  NoRuleMatchedError,
  ReturnCaseError,
  ReturnLiabilityError,
  RuleConflictError,
  RuleSetError,
  type Issue,
} from '../src/errors.js';

const issue: Issue = { path: ['costs', 'returnShipping', 'amount'], code: 'invalid_type', message: 'expected an integer, got 12.5' };

const instances = [
  ['ReturnCaseError', 'invalid_case', new ReturnCaseError([issue]), ReturnCaseError],
  ['RuleSetError', 'invalid_rule_set', new RuleSetError([issue]), RuleSetError],
  ['RuleConflictError', 'rule_conflict', new RuleConflictError('shop', ['a', 'b'], 10), RuleConflictError],
  ['NoRuleMatchedError', 'no_rule_matched', new NoRuleMatchedError('shop'), NoRuleMatchedError],
] as const;

describe('error classes', () => {
  it.each(instances)('%s has its name and stable code and is a ReturnLiabilityError', (name, code, error, Class) => {
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(ReturnLiabilityError);
    expect(error).toBeInstanceOf(Class);
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(String(error)).toMatch(new RegExp(`^${name}: `));
  });

  it.each(instances)('%s.is() recognises its own class only', (_name, _code, error, Class) => {
    expect(ReturnLiabilityError.is(error)).toBe(true);
    for (const [otherName, , , OtherClass] of instances) expect(OtherClass.is(error), otherName).toBe(OtherClass === Class);
    expect(Class.is(new Error('plain'))).toBe(false);
  });

  it('recognises errors across realms and package copies by brand, not prototype', () => {
    // What another copy of the library would throw: a different class with the same brand and name.
    const foreign = Object.defineProperty(new Error('from another copy'), Symbol.for('return-liability.error'), { value: true });
    foreign.name = 'RuleSetError';
    expect(foreign instanceof ReturnLiabilityError).toBe(false);
    expect(ReturnLiabilityError.is(foreign)).toBe(true);
    expect(RuleSetError.is(foreign)).toBe(true);
    expect(ReturnCaseError.is(foreign)).toBe(false);
  });

  it.each([null, undefined, 'RuleSetError', 42, {}, { name: 'RuleSetError', code: 'invalid_rule_set' }])('is() is false for %j', (value) => {
    expect(ReturnLiabilityError.is(value)).toBe(false);
    expect(RuleSetError.is(value)).toBe(false);
  });

  it('keeps a cause', () => {
    const cause = new RangeError('Intl failed');
    expect(new ReturnLiabilityError('evaluation_failed', 'wrapped', { cause }).cause).toBe(cause);
    expect(new ReturnCaseError([issue], { cause }).cause).toBe(cause);
  });

  it('carries issues on ReturnCaseError and RuleSetError', () => {
    expect(new ReturnCaseError([issue]).issues).toEqual([issue]);
    expect(new RuleSetError([issue]).issues).toEqual([issue]);
  });

  it('carries the conflicting rules and their priority on RuleConflictError', () => {
    const error = new RuleConflictError('shop', ['a', 'b', 'c'], 10);
    expect(error.rules).toEqual(['a', 'b', 'c']);
    expect(error.priority).toBe(10);
    expect(error.message).toContain('rules "a" and "b" and "c"');
  });

  it('NoRuleMatchedError names the case when it has an id', () => {
    expect(new NoRuleMatchedError('shop').message).toContain('matching the case;');
    expect(new NoRuleMatchedError('shop', 'R-9').message).toContain('matching case "R-9";');
  });
});

describe('issue messages', () => {
  it('list each issue with its path', () => {
    const error = new RuleSetError(
      [
        { path: ['rules', 3, 'conditions', 'all', 0, 'fact'], code: 'unknown_fact', message: 'unknown fact "colour"' },
        { path: [], code: 'unrecognized_keys', message: 'unknown key "author"' },
      ],
      { subject: 'Invalid rule set "shop"' },
    );
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid rule set "shop" (2 issues):
        - rules[3].conditions.all[0].fact: unknown fact "colour"
        - (root): unknown key "author""
    `);
  });

  it('show at most ten issues and count the rest', () => {
    const many = Array.from({ length: 13 }, (_, index) => ({ path: ['rules', index], code: 'x', message: `problem ${index}` }));
    const lines = new ReturnCaseError(many).message.split('\n');
    expect(lines[0]).toBe('Invalid return case (13 issues):');
    expect(lines).toHaveLength(12);
    expect(lines.at(-2)).toBe('  - rules[9]: problem 9');
    expect(lines.at(-1)).toBe('  … and 3 more');
  });
});

describe('formatPath', () => {
  it.each<[Array<string | number>, string]>([
    [[], '(root)'],
    [['reason'], 'reason'],
    [['costs', 'returnShipping', 'amount'], 'costs.returnShipping.amount'],
    [['rules', 3, 'conditions', 'all', 0], 'rules[3].conditions.all[0]'],
    [[0, 'fact'], '[0].fact'],
    [['title', 'zh-CN'], 'title["zh-CN"]'],
    [['windows', 'No-Reason', 'days'], 'windows["No-Reason"].days'],
    [['a b'], '["a b"]'],
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
