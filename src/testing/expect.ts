import { SETTLEMENT_ORDER } from '../decide/settlement.js';
import type { Decision, ParcelDecision, Settlement, SettlementPartKind, UnexplainedDecision, UnexplainedParcelDecision } from '../model/decision.js';
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

/**
 * What {@link expectRefund} can check: the refund alone (minor units of `settlement.refund`), or
 * `refund` and/or `parts`, the signed minor units per part kind as in `settlement.parts` (goods and
 * reimbursements positive, deductions negative). Kinds not named in `parts` must be absent or 0.
 */
export type ExpectedRefund = number | { refund?: number; parts?: Partial<Record<SettlementPartKind, number>> };

/** Reads an {@link ExpectedRefund}, refusing the wrong shape with a TypeError. */
function readExpectedRefund(expected: unknown): { refund?: number; parts?: Partial<Record<SettlementPartKind, number>> } {
  const shape = 'a refund in minor units such as 2400, or { refund?, parts? } such as { refund: 2040, parts: { goods: 2400, restocking_fee: -360 } }';
  const want = typeof expected === 'number' ? { refund: expected } : expected;
  if (typeof want !== 'object' || want === null || Array.isArray(want)) throw new TypeError(`expectRefund: expected ${shape}`);
  const unknownKey = Object.keys(want).find((key) => key !== 'refund' && key !== 'parts');
  if (unknownKey !== undefined) throw new TypeError(`expectRefund: expected ${shape}; unknown key ${JSON.stringify(unknownKey)}`);
  const { refund, parts } = want as { refund?: unknown; parts?: unknown };
  if (refund === undefined && parts === undefined) throw new TypeError(`expectRefund: name the refund, the parts or both; expected ${shape}`);
  if (refund !== undefined && (!Number.isSafeInteger(refund) || (refund as number) < 0)) {
    throw new TypeError(`expectRefund: the refund must be non-negative integer minor units (a refund is never below zero), got ${String(refund)}`);
  }
  if (parts !== undefined) {
    if (typeof parts !== 'object' || parts === null || Array.isArray(parts)) throw new TypeError('expectRefund: parts must be an object of signed minor units by kind, such as { goods: 2400, restocking_fee: -360 }');
    for (const [kind, amount] of Object.entries(parts)) {
      if (!(SETTLEMENT_ORDER as readonly string[]).includes(kind)) throw new TypeError(`expectRefund: unknown settlement part ${JSON.stringify(kind)}; kinds are ${SETTLEMENT_ORDER.join(', ')}`);
      if (!Number.isSafeInteger(amount)) throw new TypeError(`expectRefund: the amount for ${kind} must be integer minor units (deductions negative), got ${String(amount)}`);
    }
  }
  return want as { refund?: number; parts?: Partial<Record<SettlementPartKind, number>> };
}

/** Why a decision has no settlement, for the failure message. */
function noSettlementReason(decision: AnyCaseDecision | AnyParcelDecision): string {
  if (isParcelDecision(decision)) {
    return decision.items.every((item) => item.outcome === 'not_returnable')
      ? 'no item of the parcel is returnable, so nothing is refunded'
      : 'no returnable item gives item.price';
  }
  return decision.outcome === 'not_returnable' ? 'the decision is not_returnable, so nothing is refunded' : 'the case gives no item.price (aReturnCase() gives none by default)';
}

/**
 * Checks what the buyer is refunded: a decision's `settlement` — or, for a parcel, the parcel's
 * (its items' settlements merged). `expected` is the refund in minor units, or `{ refund?, parts? }`
 * where `parts` are signed minor units per kind as in `settlement.parts` (`goods`,
 * `outbound_shipping`, `return_shipping_reimbursed` positive; `return_shipping_deducted`,
 * `restocking_fee`, `diminished_value` negative); kinds not named in `parts` must be absent or 0.
 * To check one item of a parcel, pass the item's decision: `expectRefund(parcel.items[0], …)`.
 *
 * @param decision - a decision from `evaluator.decide()` or `evaluator.decideParcel()`
 * @param expected - e.g. `2400`, or `{ refund: 2040, parts: { goods: 2400, restocking_fee: -360 } }`
 * @returns nothing; it returns normally when the refund (and the parts named) are as expected
 * @throws {Error} an `AssertionError` listing the refund and each part involved, expected and
 *   actual, with the decision's parts (and, for a parcel, each item's refund); or saying why there
 *   is no settlement (no `item.price`, or not returnable)
 * @throws {TypeError} for an expectation of the wrong shape (a negative or fractional refund, an
 *   unknown part kind, an unknown key), or when `decision` is not a decision
 * @example
 * // Under marketplaceStandard: a change of mind, $24.00, with the merchant's $10.00 label.
 * const decision = evaluator.decide(aReturnCase({ item: { price: { amount: 2400, currency: 'USD' } }, labelSource: 'merchant' }));
 * expectRefund(decision, 1400);
 * expectRefund(decision, { refund: 1400, parts: { goods: 2400, return_shipping_deducted: -1000 } }); // other parts absent or 0
 * expectRefund(evaluator.decideParcel(aReturnParcel()), { refund: 6000, parts: { goods: 5000, return_shipping_reimbursed: 1000 } });
 */
export function expectRefund(decision: AnyCaseDecision | AnyParcelDecision, expected: ExpectedRefund): void {
  checkDecision(decision, 'expectRefund');
  const want = readExpectedRefund(expected);
  const subject = isParcelDecision(decision) ? describeParcel(decision) : describeCase(decision);
  const settlement: Settlement | undefined = decision.settlement;
  if (settlement === undefined) throw assertionError(`No refund to check for ${subject}: it has no settlement, because ${noSettlementReason(decision)}.`);

  const currency = settlement.refund.currency;
  const show = (amount: number) => `${amount} (${currency} ${toDecimalString({ amount, currency })})`;
  const rows: string[] = [];
  const hints: string[] = [];
  let differs = false;
  if (want.refund !== undefined) {
    const mismatch = want.refund !== settlement.refund.amount;
    differs ||= mismatch;
    rows.push(`  ${mismatch ? '✗' : '✓'} refund: expected ${show(want.refund)}, is ${show(settlement.refund.amount)}`);
  }
  if (want.parts !== undefined) {
    for (const kind of SETTLEMENT_ORDER) {
      const named = Object.hasOwn(want.parts, kind);
      const wanted = want.parts[kind] ?? 0;
      const actual = settlement.parts.find((part) => part.kind === kind)?.amount.amount ?? 0;
      if (!named && actual === 0) continue;
      const mismatch = wanted !== actual;
      differs ||= mismatch;
      rows.push(`  ${mismatch ? '✗' : '✓'} ${kind}: expected ${named ? show(wanted) : 'absent or 0'}, is ${show(actual)}`);
      if (mismatch && wanted !== 0 && wanted === -actual) hints.push(`  ${kind} is ${actual < 0 ? 'a deduction' : 'paid to the buyer'}: parts are signed as in settlement.parts (deductions negative).`);
    }
  }
  if (!differs) return;
  const parts = settlement.parts.map((part) => `${part.kind} ${part.amount.amount}`).join(', ');
  const lines = [`Refund differs for ${subject}:`, ...rows, ...hints, `  settlement: refund ${settlement.refund.amount} = ${parts === '' ? 'no parts' : parts}`];
  if (isParcelDecision(decision)) {
    lines.push(`  items: ${decision.items.map((item) => `${item.caseId ?? '?'} ${item.settlement === undefined ? 'no settlement' : item.settlement.refund.amount}`).join(', ')}`);
  }
  if (decision.warnings.some((warning) => warning.code === 'deduction_capped')) lines.push('  Deductions were cut so that the refund is not below zero (warning deduction_capped).');
  throw assertionError(lines.join('\n'));
}
