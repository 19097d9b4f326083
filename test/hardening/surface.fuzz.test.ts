/**
 * Fuzzing the public surface: decide, decideParcel, parseReturnCase and loadRuleSet (declared facts,
 * attributes, thresholds, fees and caps), over the precompiled built-in rule sets and rule files
 * mutated from valid ones. Properties: only ReturnLiabilityError subclasses escape, each with a
 * non-empty code (and never `evaluation_failed`, which is a crash inside the library); on success
 * every line's shares are non-negative and sum exactly to it, the refund is not negative, a second
 * call gives a deep-equal result, and the (deep-frozen) input is unchanged.
 *
 * FUZZ_RUNS sets the runs per target: 10,000 in `npm test`, `npm run fuzz` uses 100,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator, loadRuleSet, parseReturnCase, parseReturnParcel, ReturnLiabilityError, type RuleSet } from '../../src/index.js';
import { cnConsumerLaw, euConsumerRights, marketplaceStandard } from '../../src/rules.js';
import { aReturnParcel } from '../../src/testing.js';
import { alwaysRule, liabilityParams, ruleSetDocument } from '../helpers.js';
import { deepFreeze, expectConsistentMoney, mutate, type Mutation, VALID_CASES } from './fixtures.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
/** Generous: 10,000 small inputs take a second or two; the bench mode takes ten times as long. */
const TIMEOUT = Math.max(60_000, RUNS * 3);

/** Passes if `run` returns or throws a ReturnLiabilityError with a code; returns the result, or undefined. */
function typedOrResult<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!ReturnLiabilityError.is(error)) throw error;
    expect(typeof error.code === 'string' && error.code.length > 0).toBe(true);
    if (error.code === 'evaluation_failed') throw error;
    return undefined;
  }
}

type AnyDecision = { lines: unknown[]; totals: unknown; settlement?: { refund?: { amount: number } } };

function expectSoundDecision(decision: AnyDecision): void {
  expectConsistentMoney(decision as never);
  const refund = decision.settlement?.refund?.amount;
  if (refund !== undefined) expect(refund).toBeGreaterThanOrEqual(0);
}

/** Calls `run(input)` twice on a deep-frozen input; checks the properties above. */
function checkTarget(run: (input: unknown) => unknown, input: unknown, sound?: (result: never) => void): void {
  // JSON, not toStrictEqual: an own "constructor" key (which must be refused) would confuse the type check.
  const before = JSON.stringify(input);
  deepFreeze(input);
  const first = typedOrResult(() => run(input));
  expect(JSON.stringify(input)).toBe(before);
  if (first === undefined) return;
  sound?.(first as never);
  expect(typedOrResult(() => run(input))).toStrictEqual(first);
}

const edgeValue = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  fc.constantFrom(-0, -1, 0.5, 1e21, Number.MAX_SAFE_INTEGER + 1, 50.000000001, 1e-300, '', '0050-03-01', '9999-12-31T23:59:59Z', 'USD', 'JPY', 'XXX', 'Asia/Shanghai'),
  fc.constantFrom('__proto__', 'constructor', 'toString', '\u001b[2J', '\u202E'),
);
const keyName = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'valueOf', 'amount', 'currency', 'attributes', 'sellerPercent', 'price'));
const mutation: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), op: fc.constantFrom('set', 'delete', 'add'), key: keyName, value: edgeValue });
const mutations = fc.array(mutation, { minLength: 0, maxLength: 3 });

const BUILT_IN: readonly RuleSet[] = [marketplaceStandard, cnConsumerLaw, euConsumerRights];
const evaluators = BUILT_IN.map((ruleSet) => createEvaluator(ruleSet));
const withFloor = createEvaluator(marketplaceStandard, { floor: [cnConsumerLaw] });

describe(`public surface, fuzzed (${RUNS} inputs per target)`, () => {
  it('parseReturnCase', () => {
    fc.assert(fc.property(fc.constantFrom(...VALID_CASES), mutations, (base, edits) => checkTarget(parseReturnCase, mutate(base, structuredClone(edits)))), { numRuns: RUNS });
  }, TIMEOUT);

  it('decide, over the precompiled built-in rule sets and a floor', () => {
    fc.assert(
      fc.property(fc.nat(3), fc.constantFrom(...VALID_CASES), mutations, fc.boolean(), (which, base, edits, explain) => {
        const evaluator = evaluators[which] ?? withFloor;
        checkTarget((input) => evaluator.decide(input, { explain }), mutate(base, structuredClone(edits)), expectSoundDecision);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('decideParcel and parseReturnParcel', () => {
    const parcel = aReturnParcel();
    fc.assert(
      fc.property(fc.nat(3), mutations, (which, edits) => {
        const input = mutate(parcel, structuredClone(edits));
        const evaluator = evaluators[which] ?? withFloor;
        checkTarget((value) => evaluator.decideParcel(value, { explain: false }), input, (decision: { items: AnyDecision[] } & AnyDecision) => {
          expectSoundDecision(decision);
        });
        checkTarget(parseReturnParcel, mutate(parcel, structuredClone(edits)));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

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
        checkTarget((value) => {
          const ruleSet = loadRuleSet(value);
          return { digest: ruleSet.digest, rules: ruleSet.rules };
        }, input);
        const ruleSet = typedOrResult(() => loadRuleSet(input));
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
