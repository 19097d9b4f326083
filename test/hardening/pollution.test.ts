/**
 * `__proto__`, `constructor` and `prototype` keys anywhere in a case or a rule file are refused
 * with a path, and nothing — no prototype, no parsed object — is polluted by them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseReturnCase } from '../../src/case/parse.js';
import { createEvaluator } from '../../src/decide/evaluator.js';
import { ReturnCaseError, RuleSetError, type Issue } from '../../src/errors.js';
import { loadRuleSet } from '../../src/rule-set/load.js';
import { marketplaceStandard } from '../../src/rules.js';
import { pathsOf, standardDocument, VALID_CASES } from './fixtures.js';

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;
const builtIns = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const before = builtIns.map((proto) => Object.getOwnPropertyNames(proto).sort());

afterAll(() => {
  // Nothing any test here did added or replaced a property of a built-in prototype.
  expect(builtIns.map((proto) => Object.getOwnPropertyNames(proto).sort())).toEqual(before);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

/** Adds `key` as an own property at `path` the way JSON.parse does (assignment would set the prototype). */
function withKey(document: unknown, path: readonly (string | number)[], key: string): unknown {
  const text = JSON.stringify(document);
  const copy = JSON.parse(text) as Record<string | number, unknown>;
  let target: Record<string | number, unknown> = copy;
  for (const segment of path) target = target[segment] as Record<string | number, unknown>;
  Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
  // Round-trip through JSON text, so the key arrives exactly as an untrusted file would bring it.
  return JSON.parse(JSON.stringify(copy));
}

function issuesOf(fn: () => unknown, errorClass: typeof ReturnCaseError | typeof RuleSetError): readonly Issue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(errorClass);
    return (error as ReturnCaseError | RuleSetError).issues;
  }
  return expect.unreachable('expected the call to throw');
}

/** Paths of the objects (not arrays, not primitives) inside a document. */
function objectPaths(document: unknown): (string | number)[][] {
  return pathsOf(document).filter((path) => {
    let value: unknown = document;
    for (const segment of path) value = (value as Record<string | number, unknown>)[segment];
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  });
}

describe('return cases', () => {
  it.each(FORBIDDEN)('refuses a %s key in every object of every case, with its path', (key) => {
    let checked = 0;
    for (const valid of VALID_CASES) {
      for (const path of objectPaths(valid)) {
        expect(issuesOf(() => parseReturnCase(withKey(valid, path, key)), ReturnCaseError)).toEqual([
          { path: [...path, key], code: 'forbidden_key', message: `the key ${JSON.stringify(key)} is not allowed anywhere (it could tamper with object prototypes)` },
        ]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('refuses them from object literals too, and decide() reports them as an invalid case', async () => {
    const input = { ...VALID_CASES[0], costs: { returnShipping: { amount: 100, currency: 'USD', constructor: 'x' } } };
    expect(issuesOf(() => parseReturnCase(input), ReturnCaseError).map((issue) => issue.path)).toEqual([['costs', 'returnShipping', 'constructor']]);
    const result = createEvaluator(marketplaceStandard).safeDecide({ ...VALID_CASES[0], ['__proto__']: { reason: 'quality_defect' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid_case');
  });

  it('gives parsed cases ordinary prototypes and only the keys of the input', () => {
    for (const input of VALID_CASES) {
      const parsed = parseReturnCase(input);
      for (const path of objectPaths(parsed)) {
        const value = path.reduce<unknown>((o, s) => (o as Record<string | number, unknown>)[s], parsed);
        expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      }
      expect(parsed).toEqual(input);
    }
  });
});

describe('rule files', () => {
  it.each(FORBIDDEN)('refuses a %s key in every object of a rule file, with its path', (key) => {
    const document = standardDocument();
    const paths = objectPaths(document);
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) {
      const issues = issuesOf(() => loadRuleSet(withKey(document, path, key)), RuleSetError);
      expect(issues).toEqual([expect.objectContaining({ path: [...path, key], code: 'forbidden_key' })]);
    }
  });

  it('refuses the keys where zod would let any key pass: windows, shares and texts', () => {
    const windows = JSON.parse('{"dispute":{"days":15},"constructor":{"days":3}}') as unknown;
    expect(issuesOf(() => loadRuleSet({ ...standardDocument(), windows }), RuleSetError).map((i) => i.path)).toEqual([['windows', 'constructor']]);
    const document = standardDocument();
    (document.rules[1]!.event.params as Record<string, unknown>)['shares'] = JSON.parse('{"seller":100,"__proto__":{"buyer":50}}');
    document.title = JSON.parse('{"en":"t","zh-CN":"t","__proto__":{"fr":"t"}}') as typeof document.title;
    expect(issuesOf(() => loadRuleSet(document), RuleSetError).map((i) => i.path)).toEqual([['title', '__proto__'], ['rules', 1, 'event', 'params', 'shares', '__proto__']]);
  });

  it('gives every object of a loaded rule set an ordinary prototype', () => {
    const ruleSet = loadRuleSet(standardDocument());
    for (const path of objectPaths(ruleSet)) {
      const value = path.reduce<unknown>((o, s) => (o as Record<string | number, unknown>)[s], ruleSet);
      expect([Object.prototype, null]).toContain(Object.getPrototypeOf(value));
    }
  });
});
