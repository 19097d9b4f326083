/**
 * Fuzzing rule files: loadRuleSet over a small document with declared facts, attributes, thresholds,
 * fees and caps, mutated; what loads decides. Properties in fuzz-surface.ts; FUZZ_RUNS inputs
 * (10,000 in `npm test`, 100,000 with `npm run fuzz`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator, loadRuleSet, type RuleSet } from '../../src/index.js';
import { alwaysRule, liabilityParams, ruleSetDocument } from '../helpers.js';
import { checkTarget, expectSoundDecision, mutations, RUNS, TIMEOUT } from './fuzz-surface.js';
import { mutate, VALID_CASES } from './fixtures.js';

describe(`rule files, fuzzed (${RUNS} inputs)`, () => {
  it('loadRuleSet: declared facts, attributes, thresholds, fees and caps, mutated; what loads decides', () => {
    // Small, so that 10,000 runs stay cheap: a declared fact, a threshold, and a rule with a restocking fee and a cap.
    const document = ruleSetDocument({
      facts: { customerTier: { type: 'enum', values: ['standard', 'plus'], default: 'standard' } },
      thresholds: { big_order: { measure: 'itemValue', amounts: { USD: 11000, EUR: 10000 } } },
      rules: [
        alwaysRule('fallback', 1),
        {
          ...alwaysRule('plus-or-big', 2, liabilityParams({ shares: { seller: 60, buyer: 40 }, fees: { restocking: { percent: 10 } }, caps: { buyer: { USD: 500, EUR: 500 } } })),
          conditions: { any: [{ fact: 'customerTier', operator: 'equal', value: 'plus' }, { fact: 'threshold.big_order', operator: 'equal', value: true }] },
        },
      ],
    });
    const valid = loadRuleSet(document);
    const attributeCase = { ...VALID_CASES[0], attributes: { customerTier: 'plus' } };
    let loaded = 0;
    fc.assert(
      fc.property(mutations, fc.nat(VALID_CASES.length), (edits, which) => {
        const input = mutate(document, structuredClone(edits));
        let ruleSet: RuleSet | undefined;
        checkTarget((value) => {
          ruleSet = loadRuleSet(value);
          return { digest: ruleSet.digest, rules: ruleSet.rules };
        }, input);
        if (ruleSet === undefined) return;
        loaded += 1;
        const evaluator = createEvaluator(ruleSet);
        checkTarget((value) => evaluator.decide(value, { explain: false }), structuredClone(VALID_CASES[which] ?? attributeCase), expectSoundDecision);
      }),
      { numRuns: RUNS },
    );
    expect(valid.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded).toBeGreaterThan(0);
  }, TIMEOUT);
});
