/**
 * Deciding never modifies its input or the rule set: inputs are deep-frozen (any write would
 * throw) and compared with pristine copies afterwards.
 */
import { describe, expect, it } from 'vitest';
import { parseReturnCase } from '../../src/case/parse.js';
import { createEvaluator } from '../../src/decide/evaluator.js';
import { loadRuleSet } from '../../src/rule-set/load.js';
import { digestOf } from '../../src/rule-set/digest.js';
import { marketplaceStandard } from '../../src/rules.js';
import { deepFreeze, standardDocument, VALID_CASES } from './fixtures.js';

/** Every object and array inside `value`, the root included. */
function objectsIn(value: unknown, into: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    into.push(value);
    for (const child of Object.values(value)) objectsIn(child, into);
  }
  return into;
}

describe('immutability', () => {
  it('loadRuleSet accepts a deep-frozen document and leaves it as it was', () => {
    const pristine = standardDocument();
    const document = deepFreeze(standardDocument());
    const ruleSet = loadRuleSet(document);
    expect(document).toEqual(pristine);
    expect(ruleSet.digest).toBe(marketplaceStandard.digest);
    // The rule set shares no object with the document it came from.
    const documentObjects = new Set(objectsIn(document));
    expect(objectsIn(ruleSet).filter((object) => documentObjects.has(object))).toEqual([]);
  });

  it('decide and parseReturnCase accept deep-frozen cases and leave them as they were', async () => {
    const evaluator = createEvaluator(marketplaceStandard);
    for (const valid of VALID_CASES) {
      const input = deepFreeze(structuredClone(valid));
      for (const locale of ['en', 'zh-CN', 'fr']) evaluator.decide(input, deepFreeze({ locale }));
      expect(parseReturnCase(input)).not.toBe(input);
      expect(input).toEqual(valid);
    }
  });

  it('decide leaves the rule set as it was, and a decision shares nothing with it or with the input', async () => {
    const ruleSet = loadRuleSet(standardDocument());
    const before = structuredClone(ruleSet);
    const evaluator = createEvaluator(ruleSet);
    const ruleSetObjects = new Set(objectsIn(ruleSet));
    for (const valid of VALID_CASES) {
      const input = structuredClone(valid);
      const decision = evaluator.decide(input);
      const inputObjects = new Set(objectsIn(input));
      expect(objectsIn(decision).filter((object) => ruleSetObjects.has(object) || inputObjects.has(object))).toEqual([]);
    }
    expect(Object.isFrozen(ruleSet)).toBe(true);
    expect(objectsIn(ruleSet).every((object) => Object.isFrozen(object))).toBe(true);
    expect(structuredClone(ruleSet)).toEqual(before);
    // The digest is that of the document; a set that declares no facts or thresholds has none in it.
    const { digest, windowsByRule, facts, thresholds, ...document } = ruleSet;
    expect([facts, thresholds]).toEqual([{}, {}]);
    expect(digestOf({ $schema: standardDocument().$schema, ...document })).toBe(digest);
    expect(windowsByRule).toEqual(before.windowsByRule);
  });

  it('a caller who changes a decision does not change later decisions', async () => {
    const evaluator = createEvaluator(marketplaceStandard);
    const first = evaluator.decide(VALID_CASES[0]);
    const expected = JSON.stringify(first);
    for (const object of objectsIn(first)) {
      if (Array.isArray(object)) object.length = 0;
      else for (const key of Object.keys(object)) (object as Record<string, unknown>)[key] = 'changed';
    }
    expect(JSON.stringify(evaluator.decide(VALID_CASES[0]))).toBe(expected);
  });
});
