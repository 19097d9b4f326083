/**
 * Fuzzing: untrusted cases and rule files, arbitrary or mutated from valid ones, never produce
 * anything but a decision or a ReturnLiabilityError subclass. Runs per property are stated below.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReturnCase } from '../../src/case/parse.js';
import { RETURN_REASONS } from '../../src/index.js';
import { createEvaluator } from '../../src/decide/evaluator.js';
import type { Decision } from '../../src/index.js';
import { ReturnCaseError, ReturnLiabilityError, RuleSetError } from '../../src/errors.js';
import { loadRuleSet } from '../../src/rule-set/load.js';
import { marketplaceStandard } from '../../src/rules.js';
import { expectConsistentMoney, mutate, standardDocument, VALID_CASES, type Mutation } from './fixtures.js';

/** Runs of each property over arbitrary or mutated cases. */
const CASE_RUNS = 2_000;
/** Runs of each property over arbitrary or mutated rule files (each run that loads builds an engine). */
const RULE_FILE_RUNS = 1_000;

const evaluator = createEvaluator(marketplaceStandard);

/** Calls `fn`; passes if it returns or throws an instance of `errorClass`, and rethrows anything else. */
function returnsOrThrows(fn: () => unknown, errorClass: abstract new (...args: never[]) => ReturnLiabilityError): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof errorClass)) throw error;
  }
}

/**
 * Decides `input`; passes on a consistent decision or a typed ReturnLiabilityError, and rethrows
 * anything else. `decide` wraps unexpected failures as `evaluation_failed`; that is a crash inside
 * the library, so it fails the property too.
 */
async function decidesOrRejects(decide: (input: unknown) => Decision, input: unknown): Promise<void> {
  try {
    expectConsistentMoney(decide(input));
  } catch (error) {
    if (!(error instanceof ReturnLiabilityError) || error.code === 'evaluation_failed') throw error;
  }
}

/** Values that probe edges: forbidden keys' favourite targets, huge and unsafe numbers, long strings. */
const edgeValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, -1, 0.1, 1e308, -0, '', 'x'.repeat(2_000), '2026-02-30', 'Not/AZone', 'XXX', 'usd'),
  fc.constantFrom(...RETURN_REASONS, 'distance', 'exchange', 'return_guarantee', 'insurer', 'threshold', 'used'),
);
const keyName = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'amount', 'currency', 'id'));
const mutation: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), op: fc.constantFrom('set', 'delete', 'add'), key: keyName, value: edgeValue });

const money = fc.record(
  { amount: fc.oneof(fc.nat(), fc.maxSafeNat(), fc.integer(), fc.double()), currency: fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'XXX', 'usd', '') },
  { requiredKeys: [] },
);
const date = fc.oneof(fc.constantFrom('2026-03-01', '2026-03-05T10:00:00Z', '2026-03-05T10:00:00+08:00', '2026-13-01', '2026-03-01T25:00'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
/** Case-shaped values: the right keys with plausible or arbitrary values, so semantic checks are reached too. */
const caseLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.jsonValue()),
    reason: fc.oneof(fc.constantFrom(...RETURN_REASONS), fc.jsonValue()),
    costs: fc.oneof(fc.record({ returnShipping: money, outboundShipping: money, standardOutboundShipping: money, replacementShipping: money }, { requiredKeys: ['returnShipping'] }), fc.jsonValue()),
    dates: fc.oneof(fc.record({ deliveredAt: date, requestedAt: date, orderedAt: date }, { requiredKeys: ['deliveredAt', 'requestedAt'] }), fc.jsonValue()),
    timeZone: fc.constantFrom('UTC', 'Asia/Shanghai', 'Europe/Berlin', 'Mars/Olympus', ''),
    negotiatedSplit: fc.record({ sellerPercent: fc.oneof(fc.double(), fc.integer({ min: 0, max: 100 })), sellerAmount: money }, { requiredKeys: [] }),
    coverage: fc.record({ kind: fc.constantFrom('return_guarantee', 'return_shipping_insurance'), payer: fc.constantFrom('insurer', 'platform'), limit: money, firstReturnOnly: fc.boolean() }, { requiredKeys: [] }),
    seller: fc.record({ freeReturns: fc.boolean(), freeShipping: fc.constantFrom('none', 'unconditional', 'threshold'), thresholdStillMet: fc.boolean() }, { requiredKeys: [] }),
    priorReturns: fc.oneof(fc.nat(), fc.integer(), fc.double()),
  },
  { requiredKeys: [] },
);

describe(`untrusted cases (${CASE_RUNS} runs per property)`, () => {
  it('parseReturnCase: arbitrary JSON is accepted or refused with a ReturnCaseError', () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => returnsOrThrows(() => parseReturnCase(input), ReturnCaseError)), { numRuns: CASE_RUNS });
  });

  it('parseReturnCase: arbitrary JavaScript values (maps, dates, null prototypes, sparse arrays, …) are refused with a ReturnCaseError', () => {
    const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true });
    fc.assert(fc.property(anything, (input) => returnsOrThrows(() => parseReturnCase(input), ReturnCaseError)), { numRuns: CASE_RUNS });
  });

  it('decide: case-shaped values give a consistent decision or a ReturnLiabilityError', async () => {
    await fc.assert(fc.asyncProperty(caseLike, (input) => decidesOrRejects(evaluator.decide, input)), { numRuns: CASE_RUNS });
  });

  it('decide: mutated valid cases give a consistent decision or a ReturnLiabilityError', async () => {
    const mutated = fc.tuple(fc.constantFrom(...VALID_CASES), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([valid, edits]) => mutate(valid, edits));
    await fc.assert(fc.asyncProperty(mutated, (input) => decidesOrRejects(evaluator.decide, input)), { numRuns: CASE_RUNS });
  });

  it('safeDecide never rejects: it returns the decision or the error', async () => {
    const mutated = fc.tuple(fc.constantFrom(...VALID_CASES), fc.array(mutation, { maxLength: 3 })).map(([valid, edits]) => mutate(valid, edits));
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, fc.jsonValue()), async (input) => {
        const result = evaluator.safeDecide(input);
        expect(result.ok || (result.error instanceof ReturnLiabilityError && result.error.code !== 'evaluation_failed')).toBe(true);
      }),
      { numRuns: CASE_RUNS },
    );
  });
});

describe(`untrusted rule files (${RULE_FILE_RUNS} runs per property)`, () => {
  it('loadRuleSet: arbitrary JSON is refused with a RuleSetError', () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => returnsOrThrows(() => loadRuleSet(input), RuleSetError)), { numRuns: RULE_FILE_RUNS });
  });

  it('mutated valid rule files load or are refused with a RuleSetError; those that load decide every case or fail with a ReturnLiabilityError', async () => {
    const mutated = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((edits) => mutate(standardDocument(), edits));
    let loaded = 0;
    await fc.assert(
      fc.asyncProperty(mutated, async (document) => {
        let ruleSet;
        try {
          ruleSet = loadRuleSet(document);
        } catch (error) {
          if (error instanceof RuleSetError) return;
          throw error;
        }
        loaded += 1;
        const mutatedEvaluator = createEvaluator(ruleSet);
        for (const input of VALID_CASES) await decidesOrRejects(mutatedEvaluator.decide, input);
      }),
      { numRuns: RULE_FILE_RUNS },
    );
    // Most single edits break a rule file, but some must load, or deciding under them was never tested.
    expect(loaded).toBeGreaterThan(0);
  });
});

describe('regressions found by fuzzing', () => {
  it('a rule without conditions is refused with a RuleSetError (it used to crash with a TypeError)', () => {
    const document = standardDocument() as { rules: Array<{ conditions?: unknown }> };
    delete document.rules[2]?.conditions;
    let error: unknown;
    try {
      loadRuleSet(document);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).issues).toEqual([{ path: ['rules', 2, 'conditions'], code: 'invalid_type', message: 'required; expected a condition object with all, any or not' }]);
  });
});
