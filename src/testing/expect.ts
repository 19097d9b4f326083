import type { Decision } from '../model/decision.js';
import { PARTIES, type Party, toDecimalString } from '../money/money.js';

/** What {@link expectOutcome} can check: the outcome alone, or with the winning rule's code and name. */
export type ExpectedOutcome = Decision['outcome'] | { outcome?: Decision['outcome']; code?: string; rule?: string };

/** A failed expectation; test runners report it like their own assertion errors. */
function assertionError(message: string): Error {
  const error = new Error(message);
  error.name = 'AssertionError';
  return error;
}

/** Refuses what is plainly not a decision, naming the usual slip (a missing `await`). */
function checkDecision(decision: unknown, helper: string): asserts decision is Decision {
  if (decision instanceof Promise) throw new TypeError(`${helper}: got a Promise; pass the decision itself (evaluator.decide() is synchronous; await the reference evaluator's decide())`);
  if (typeof decision !== 'object' || decision === null || !('outcome' in decision) || !('totals' in decision)) {
    const hint = typeof decision === 'object' && decision !== null && 'ok' in decision ? ' (got a safeDecide() result; pass its .decision)' : '';
    throw new TypeError(`${helper}: expected a Decision from evaluator.decide()${hint}`);
  }
}

function describeCase(decision: Decision): string {
  const id = decision.caseId === undefined ? 'the case' : `case ${JSON.stringify(decision.caseId)}`;
  return `${id} (rule "${decision.rule.name}", code ${decision.code})`;
}

/**
 * Checks what each party pays across all cost lines of a decision. Parties not named must pay 0.
 *
 * @param decision - a decision from `evaluator.decide()`
 * @param expected - minor units per party, e.g. `{ buyer: 1000 }`
 * @throws {Error} an `AssertionError` listing, for every party involved, what it was expected to
 *   pay and what it pays, when any differs
 * @throws {TypeError} when `expected` names an unknown party or an amount that is not a
 *   non-negative integer
 * @example
 * expectTotals(evaluator.decide(aReturnCase()), { buyer: 1000 });
 */
export function expectTotals(decision: Decision, expected: Partial<Record<Party, number>>): void {
  checkDecision(decision, 'expectTotals');
  if (typeof expected !== 'object' || expected === null) throw new TypeError('expectTotals: expected amounts must be an object such as { buyer: 1000 }');
  for (const [party, amount] of Object.entries(expected)) {
    if (!(PARTIES as readonly string[]).includes(party)) {
      throw new TypeError(`expectTotals: unknown party ${JSON.stringify(party)}; parties are ${PARTIES.join(', ')}`);
    }
    if (!Number.isSafeInteger(amount) || (amount as number) < 0) {
      throw new TypeError(`expectTotals: the amount for ${party} must be non-negative integer minor units, got ${String(amount)}`);
    }
  }
  const currency = Object.values(decision.totals)[0]?.currency ?? decision.lines[0]?.total.currency;
  const show = (amount: number) => (currency === undefined ? String(amount) : `${amount} (${currency} ${toDecimalString({ amount, currency })})`);
  const rows: string[] = [];
  let differs = false;
  for (const party of PARTIES) {
    const want = expected[party] ?? 0;
    const actual = decision.totals[party]?.amount ?? 0;
    if (want === 0 && actual === 0 && !Object.hasOwn(expected, party)) continue;
    const mismatch = want !== actual;
    differs ||= mismatch;
    rows.push(`  ${mismatch ? '✗' : '✓'} ${party}: expected ${show(want)}, pays ${show(actual)}`);
  }
  if (!differs) return;
  const outcome = decision.outcome === 'allocated' ? '' : `\n  The decision is ${decision.outcome}, so nobody pays anything.`;
  throw assertionError(`Totals differ for ${describeCase(decision)}:\n${rows.join('\n')}${outcome}`);
}

/**
 * Checks a decision's outcome and, optionally, the winning rule's code and name.
 *
 * @param decision - a decision from `evaluator.decide()`
 * @param expected - `'allocated'` or `'not_returnable'`, or `{ outcome?, code?, rule? }`
 * @throws {Error} an `AssertionError` saying what was expected, what the decision is, and its summary
 * @example
 * expectOutcome(decision, 'not_returnable');
 * expectOutcome(decision, { outcome: 'allocated', code: 'seller_fault' });
 */
export function expectOutcome(decision: Decision, expected: ExpectedOutcome): void {
  checkDecision(decision, 'expectOutcome');
  const want = typeof expected === 'string' ? { outcome: expected } : expected;
  const unknownKey = typeof want === 'object' && want !== null ? Object.keys(want).find((key) => !['outcome', 'code', 'rule'].includes(key)) : undefined;
  if (typeof want !== 'object' || want === null || unknownKey !== undefined) {
    throw new TypeError(`expectOutcome: expected 'allocated', 'not_returnable' or { outcome?, code?, rule? }${unknownKey === undefined ? '' : `; unknown key ${JSON.stringify(unknownKey)}`}`);
  }
  const actual = { outcome: decision.outcome, code: decision.code, rule: decision.rule.name };
  const wrong = (['outcome', 'code', 'rule'] as const).filter((field) => want[field] !== undefined && want[field] !== actual[field]);
  if (wrong.length === 0) return;
  const rows = wrong.map((field) => `  ${field}: expected ${JSON.stringify(want[field])}, got ${JSON.stringify(actual[field])}`);
  throw assertionError(`Unexpected decision for ${describeCase(decision)}:\n${rows.join('\n')}\n  summary: ${decision.text.summary}`);
}
