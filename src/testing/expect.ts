import type { Decision, ParcelDecision, UnexplainedDecision, UnexplainedParcelDecision } from '../model/decision.js';
import { PARTIES, type Party, toDecimalString } from '../money/money.js';

/** What {@link expectOutcome} can check: the outcome alone, or with the winning rule's code and name. */
export type ExpectedOutcome = Decision['outcome'] | { outcome?: Decision['outcome']; code?: string; rule?: string };

/**
 * What {@link expectOutcome} can check on a parcel: an {@link ExpectedOutcome} that every item must
 * meet, and/or `items`, an {@link ExpectedOutcome} per item id. Items not named in `items` are
 * checked only against the top-level fields; naming an id the parcel does not have fails.
 */
export type ExpectedParcelOutcome =
  | Decision['outcome']
  | { outcome?: Decision['outcome']; code?: string; rule?: string; items?: Readonly<Record<string, ExpectedOutcome>> };

type AnyCaseDecision = Decision | UnexplainedDecision;
type AnyParcelDecision = ParcelDecision | UnexplainedParcelDecision;

/** A failed expectation; test runners report it like their own assertion errors. */
function assertionError(message: string): Error {
  const error = new Error(message);
  error.name = 'AssertionError';
  return error;
}

function isParcelDecision(decision: AnyCaseDecision | AnyParcelDecision): decision is AnyParcelDecision {
  return 'labelSplit' in decision && Array.isArray((decision as { items?: unknown }).items);
}

/** Refuses what is plainly not a decision, naming the usual slip (a missing `await`). */
function checkDecision(decision: unknown, helper: string): asserts decision is AnyCaseDecision | AnyParcelDecision {
  if (decision instanceof Promise) throw new TypeError(`${helper}: got a Promise; pass the decision itself (evaluator.decide() is synchronous; await the reference evaluator's decide())`);
  if (typeof decision !== 'object' || decision === null || !('totals' in decision)) throw notADecision(decision, helper);
  const parcel = 'labelSplit' in decision && Array.isArray((decision as { items?: unknown }).items);
  if (!parcel && !('outcome' in decision)) throw notADecision(decision, helper);
}

function notADecision(decision: unknown, helper: string): TypeError {
  const hint = typeof decision === 'object' && decision !== null && 'ok' in decision ? ' (got a safeDecide() or safeDecideParcel() result; pass its .decision)' : '';
  return new TypeError(`${helper}: expected a Decision from evaluator.decide() or a ParcelDecision from evaluator.decideParcel()${hint}`);
}

function describeCase(decision: AnyCaseDecision): string {
  const id = decision.caseId === undefined ? 'the case' : `case ${JSON.stringify(decision.caseId)}`;
  return `${id} (rule "${decision.rule.name}", code ${decision.code})`;
}

function describeParcel(decision: AnyParcelDecision): string {
  const id = decision.caseId === undefined ? 'the parcel' : `parcel ${JSON.stringify(decision.caseId)}`;
  return `${id} (${decision.items.map((item) => `${item.caseId ?? '?'}: ${item.code}`).join(', ')})`;
}

/**
 * Checks what each party pays across all cost lines of a decision — or, for a parcel, across the
 * whole parcel (its `totals`, the sum of its items'). Parties not named must pay 0. To check one
 * item of a parcel, pass the item's decision: `expectTotals(parcel.items[0], …)`.
 *
 * @param decision - a decision from `evaluator.decide()` or `evaluator.decideParcel()`
 * @param expected - minor units per party, e.g. `{ buyer: 1000 }`
 * @returns nothing; it returns normally when every party pays what was expected
 * @throws {Error} an `AssertionError` listing, for every party involved, what it was expected to
 *   pay and what it pays, when any differs
 * @throws {TypeError} when `expected` names an unknown party or an amount that is not a
 *   non-negative integer, or `decision` is not a decision
 * @example
 * expectTotals(evaluator.decide(aReturnCase()), { buyer: 1000 });
 * expectTotals(evaluator.decideParcel(aReturnParcel()), { seller: 1000 });
 */
export function expectTotals(decision: AnyCaseDecision | AnyParcelDecision, expected: Partial<Record<Party, number>>): void {
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
  if (isParcelDecision(decision)) {
    const refused = decision.items.every((item) => item.outcome === 'not_returnable') ? '\n  No item of the parcel is returnable, so nobody pays anything.' : '';
    throw assertionError(`Totals differ for ${describeParcel(decision)}:\n${rows.join('\n')}${refused}`);
  }
  const outcome = decision.outcome === 'allocated' ? '' : `\n  The decision is ${decision.outcome}, so nobody pays anything.`;
  throw assertionError(`Totals differ for ${describeCase(decision)}:\n${rows.join('\n')}${outcome}`);
}

const FIELDS = ['outcome', 'code', 'rule'] as const;

/** Reads an {@link ExpectedOutcome}; `allowItems` for a parcel's top level. */
function readExpected(expected: unknown, allowItems: boolean, where: string): { outcome?: string; code?: string; rule?: string; items?: Record<string, unknown> } {
  const want = typeof expected === 'string' ? { outcome: expected } : expected;
  const keys = allowItems ? [...FIELDS, 'items'] : [...FIELDS];
  const shape = allowItems ? "'allocated', 'not_returnable' or { outcome?, code?, rule?, items? }" : "'allocated', 'not_returnable' or { outcome?, code?, rule? }";
  if (typeof want !== 'object' || want === null || Array.isArray(want)) throw new TypeError(`expectOutcome: ${where}expected ${shape}`);
  const unknownKey = Object.keys(want).find((key) => !keys.includes(key));
  if (unknownKey !== undefined) {
    const hint = unknownKey === 'items' ? ' (items applies to a parcel decision from evaluator.decideParcel())' : '';
    throw new TypeError(`expectOutcome: ${where}expected ${shape}; unknown key ${JSON.stringify(unknownKey)}${hint}`);
  }
  const items = (want as { items?: unknown }).items;
  if (items !== undefined && (typeof items !== 'object' || items === null || Array.isArray(items))) {
    throw new TypeError("expectOutcome: items must be an object of expectations by item id, such as { kettle: { code: 'seller_fault' } }");
  }
  return want as { outcome?: string; code?: string; rule?: string; items?: Record<string, unknown> };
}

/** The fields of `want` that `decision` does not meet, worded as rows. */
function mismatches(decision: AnyCaseDecision, want: { outcome?: string; code?: string; rule?: string }, indent: string): string[] {
  const actual = { outcome: decision.outcome, code: decision.code, rule: decision.rule.name };
  return FIELDS.filter((field) => want[field] !== undefined && want[field] !== actual[field]).map(
    (field) => `${indent}${field}: expected ${JSON.stringify(want[field])}, got ${JSON.stringify(actual[field])}`,
  );
}

/**
 * Checks a decision's outcome and, optionally, the winning rule's code and name.
 *
 * For a parcel (from `evaluator.decideParcel()`), the top-level `outcome`, `code` and `rule` must
 * hold for every item, and `items` checks items by id, each with its own {@link ExpectedOutcome};
 * items not named in `items` are not checked individually, and an id the parcel does not have
 * fails.
 *
 * @param decision - a decision from `evaluator.decide()`, or a parcel decision
 * @param expected - `'allocated'` or `'not_returnable'`, or `{ outcome?, code?, rule? }`; for a
 *   parcel also `{ items: { [id]: … } }`
 * @returns nothing; it returns normally when the decision is as expected
 * @throws {Error} an `AssertionError` saying what was expected, what the decision is (item by item
 *   for a parcel), and its summary
 * @throws {TypeError} for an expectation of the wrong shape (an unknown key; `items` on a case)
 * @example
 * expectOutcome(decision, 'not_returnable');
 * expectOutcome(decision, { outcome: 'allocated', code: 'seller_fault' });
 * expectOutcome(evaluator.decideParcel(aReturnParcel()), {
 *   outcome: 'allocated', // every item
 *   items: { kettle: { code: 'seller_fault' }, 'mug-set': { code: 'buyer_reasons' } },
 * });
 */
export function expectOutcome(decision: AnyCaseDecision, expected: ExpectedOutcome): void;
export function expectOutcome(decision: AnyParcelDecision, expected: ExpectedParcelOutcome): void;
export function expectOutcome(decision: AnyCaseDecision | AnyParcelDecision, expected: ExpectedOutcome | ExpectedParcelOutcome): void {
  checkDecision(decision, 'expectOutcome');
  if (isParcelDecision(decision)) return expectParcelOutcome(decision, expected);
  const want = readExpected(expected, false, '');
  const rows = mismatches(decision, want, '  ');
  if (rows.length === 0) return;
  const summary = decision.text === undefined ? '' : `\n  summary: ${decision.text.summary}`;
  throw assertionError(`Unexpected decision for ${describeCase(decision)}:\n${rows.join('\n')}${summary}`);
}

function expectParcelOutcome(decision: AnyParcelDecision, expected: unknown): void {
  const want = readExpected(expected, true, '');
  const perItem = Object.entries(want.items ?? {}).map(([id, itemExpected]) => [id, readExpected(itemExpected, false, `items[${JSON.stringify(id)}]: `)] as const);
  const byId = new Map(decision.items.map((item) => [item.caseId, item]));
  const rows: string[] = [];
  for (const item of decision.items) {
    const wrong = [...mismatches(item, want, '    '), ...mismatches(item, perItem.find(([id]) => id === item.caseId)?.[1] ?? {}, '    ')];
    // A field expected both for every item and for this one is reported once.
    const unique = [...new Set(wrong)];
    if (unique.length > 0) rows.push(`  item ${JSON.stringify(item.caseId)}:`, ...unique);
  }
  for (const [id] of perItem) {
    if (!byId.has(id)) rows.push(`  item ${JSON.stringify(id)}: not in the parcel (items: ${decision.items.map((item) => item.caseId).join(', ')})`);
  }
  if (rows.length === 0) return;
  const summary = decision.text === undefined ? '' : `\n  summary: ${decision.text.summary}`;
  throw assertionError(`Unexpected decision for ${describeParcel(decision)}:\n${rows.join('\n')}${summary}`);
}
