/**
 * Shared by the fuzz tests of the public surface (surface-*.fuzz.test.ts). Targets: decide, decideParcel, parseReturnCase and loadRuleSet (declared facts,
 * attributes, thresholds, fees and caps), over the precompiled built-in rule sets and rule files
 * mutated from valid ones. Properties: only ReturnLiabilityError subclasses escape, each with a
 * non-empty code (and never `evaluation_failed`, which is a crash inside the library); on success
 * every line's shares are non-negative and sum exactly to it, the refund is not negative, a second
 * call gives a deep-equal result, and the (deep-frozen) input is unchanged.
 *
 * FUZZ_RUNS sets the runs per target: 10,000 in `npm test`, `npm run fuzz` uses 100,000.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { createEvaluator, ReturnLiabilityError, type RuleSet } from '../../src/index.js';
import { cnConsumerLaw, euConsumerRights, marketplaceStandard } from '../../src/rules.js';
import { deepFreeze, expectConsistentMoney, type Mutation } from './fixtures.js';

export const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
/** Generous: 10,000 small inputs take a second or two; the bench mode takes ten times as long. */
export const TIMEOUT = Math.max(60_000, RUNS * 3);

/** Passes if `run` returns or throws a ReturnLiabilityError with a code; returns the result, or undefined. */
export function typedOrResult<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!ReturnLiabilityError.is(error)) throw error;
    expect(typeof error.code === 'string' && error.code.length > 0).toBe(true);
    if (error.code === 'evaluation_failed') throw error;
    return undefined;
  }
}

export type AnyDecision = { lines: unknown[]; totals: unknown; settlement?: { refund: { amount: number }; parts: { amount: { amount: number } }[] } };

/** Lines sum exactly, no share is negative, the refund is not negative and its parts sum to it. */
export function expectSoundDecision(decision: AnyDecision): void {
  expectConsistentMoney(decision as never);
  const settlement = decision.settlement;
  if (settlement !== undefined) {
    expect(settlement.refund.amount).toBeGreaterThanOrEqual(0);
    expect(settlement.parts.reduce((sum, part) => sum + part.amount.amount, 0)).toBe(settlement.refund.amount);
  }
}

/** Calls `run(input)` twice on a deep-frozen input; checks the properties above. */
export function checkTarget(run: (input: unknown) => unknown, input: unknown, sound?: (result: never) => void): void {
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
export const mutations = fc.array(mutation, { minLength: 0, maxLength: 3 });

const BUILT_IN: readonly RuleSet[] = [marketplaceStandard, cnConsumerLaw, euConsumerRights];
export const evaluators = BUILT_IN.map((ruleSet) => createEvaluator(ruleSet));
export const withFloor = createEvaluator(marketplaceStandard, { floor: [cnConsumerLaw] });

