import { ReturnLiabilityError } from '../errors.js';
import type { CostLine, Decision, Line, ParcelDecision, UnexplainedDecision, UnexplainedParcelDecision } from '../model/decision.js';
import { PARTIES, type Party } from '../money/money.js';

/** A decision of a case or of a parcel, explained or not. */
export type ComparableDecision = Decision | UnexplainedDecision | ParcelDecision | UnexplainedParcelDecision;

/** The kinds of change {@link compareDecisions} reports, in the order it reports them. */
export const CHANGE_KINDS = ['outcome', 'code', 'payer', 'amount', 'refund'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * One difference between two decisions of the same case. `item` names the parcel item (its
 * `caseId`) when the change is an item's; it is absent for a case and for a parcel's own lines.
 */
export type DecisionChange =
  | { kind: 'outcome'; item?: string; before: string | null; after: string | null }
  | { kind: 'code'; item?: string; before: string | null; after: string | null }
  | { kind: 'payer'; cost: CostLine; before: Party[]; after: Party[] }
  | { kind: 'amount'; cost: CostLine; party: Party; currency: string; before: number; after: number; delta: number }
  | { kind: 'refund'; currency: string; before: number | null; after: number | null; delta: number };

/** What {@link compareDecisions} found: `changed` is `changes.length > 0`. */
export interface DecisionComparison {
  changed: boolean;
  changes: DecisionChange[];
}

const isParcel = (decision: ComparableDecision): decision is ParcelDecision | UnexplainedParcelDecision => 'labelSplit' in decision;

/** One cost line reduced to what a comparison reads: its total and each party's share, in one currency. */
export interface ComparedLine {
  readonly cost: CostLine;
  readonly currency: string;
  readonly total: number;
  readonly shares: ReadonlyArray<{ readonly party: Party; readonly amount: number }>;
}

/**
 * A decision reduced to what {@link compareDecisions} reads. The testing kit's snapshots hold this
 * much, so `diffDecisions` compares with the same function.
 * @internal
 */
export interface Compared {
  readonly outcome: string;
  readonly code: string | null;
  /** A parcel's items by id, in order; absent for a single case. */
  readonly items?: ReadonlyArray<{ readonly id: string; readonly outcome: string; readonly code: string }>;
  readonly lines: readonly ComparedLine[];
  readonly refund: { readonly currency: string; readonly amount: number } | null;
}

/** Who pays a line: the parties with a share above zero (on a zero-cost line, everyone with a share: who would pay). */
function payers(line: ComparedLine | undefined): Party[] {
  if (line === undefined) return [];
  return line.shares.filter((share) => share.amount > 0 || line.total === 0).map((share) => share.party);
}

/** Each party's share of a line, by `party currency` (a party's shares of one line add up). */
function sharesOf(line: ComparedLine | undefined): Map<string, number> {
  const shares = new Map<string, number>();
  for (const share of line?.shares ?? []) {
    const key = `${share.party} ${line?.currency ?? ''}`;
    shares.set(key, (shares.get(key) ?? 0) + share.amount);
  }
  return shares;
}

const partyOrder = (key: string) => PARTIES.indexOf(key.split(' ')[0] as Party);

function lineChanges(before: readonly ComparedLine[], after: readonly ComparedLine[], out: DecisionChange[]): void {
  // Cost lines in first-seen order over both decisions.
  for (const cost of new Set([...before, ...after].map((line) => line.cost))) {
    const was = before.find((line) => line.cost === cost);
    const now = after.find((line) => line.cost === cost);
    const payersBefore = payers(was);
    const payersAfter = payers(now);
    if (payersBefore.join() !== payersAfter.join()) out.push({ kind: 'payer', cost, before: payersBefore, after: payersAfter });
    const sharesBefore = sharesOf(was);
    const sharesAfter = sharesOf(now);
    const keys = [...new Set([...sharesBefore.keys(), ...sharesAfter.keys()])].sort((a, b) => partyOrder(a) - partyOrder(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const key of keys) {
      const [party, currency] = key.split(' ') as [Party, string];
      const b = sharesBefore.get(key) ?? 0;
      const a = sharesAfter.get(key) ?? 0;
      if (a !== b) out.push({ kind: 'amount', cost, party, currency, before: b, after: a, delta: a - b });
    }
  }
}

function refundChanges(was: Compared['refund'], now: Compared['refund'], out: DecisionChange[]): void {
  if (was === null && now === null) return;
  if (was !== null && now !== null && was.currency !== now.currency) {
    // Never compared across currencies: the old refund goes, the new one comes.
    out.push({ kind: 'refund', currency: was.currency, before: was.amount, after: null, delta: -was.amount });
    out.push({ kind: 'refund', currency: now.currency, before: null, after: now.amount, delta: now.amount });
    return;
  }
  const currency = (was ?? now)?.currency ?? '';
  const b = was?.amount ?? null;
  const a = now?.amount ?? null;
  if (b !== a) out.push({ kind: 'refund', currency, before: b, after: a, delta: (a ?? 0) - (b ?? 0) });
}

/**
 * The changes between two reduced decisions, in the order {@link compareDecisions} documents.
 * @internal
 */
export function compareReduced(before: Compared, after: Compared): DecisionChange[] {
  const changes: DecisionChange[] = [];
  if (before.items !== undefined || after.items !== undefined) {
    const beforeItems = new Map((before.items ?? []).map((item) => [item.id, item]));
    const afterItems = new Map((after.items ?? []).map((item) => [item.id, item]));
    const ids = [...new Set([...beforeItems.keys(), ...afterItems.keys()])];
    if (before.outcome === 'error' || after.outcome === 'error') {
      if (before.outcome !== after.outcome) changes.push({ kind: 'outcome', before: before.outcome, after: after.outcome });
    }
    for (const id of ids) {
      const was = beforeItems.get(id);
      const now = afterItems.get(id);
      if (was?.outcome !== now?.outcome) changes.push({ kind: 'outcome', item: id, before: was?.outcome ?? null, after: now?.outcome ?? null });
    }
    if ((before.outcome === 'error' || after.outcome === 'error') && before.code !== after.code) changes.push({ kind: 'code', before: before.code, after: after.code });
    for (const id of ids) {
      const was = beforeItems.get(id);
      const now = afterItems.get(id);
      if (was?.code !== now?.code) changes.push({ kind: 'code', item: id, before: was?.code ?? null, after: now?.code ?? null });
    }
  } else {
    if (before.outcome !== after.outcome) changes.push({ kind: 'outcome', before: before.outcome, after: after.outcome });
    if (before.code !== after.code) changes.push({ kind: 'code', before: before.code, after: after.code });
  }
  lineChanges(before.lines, after.lines, changes);
  refundChanges(before.refund, after.refund, changes);
  return changes;
}

/** A decision's cost lines as {@link ComparedLine}s, one share per party (a party's shares of a line add up). @internal */
export function reducedLines(lines: readonly Line[]): Array<{ cost: CostLine; currency: string; total: number; shares: Array<{ party: Party; amount: number }> }> {
  return lines.map((line) => {
    const shares: Array<{ party: Party; amount: number }> = [];
    for (const share of line.shares) {
      const same = shares.find((s) => s.party === share.party);
      if (same === undefined) shares.push({ party: share.party, amount: share.amount.amount });
      else same.amount += share.amount.amount;
    }
    return { cost: line.cost, currency: line.total.currency, total: line.total.amount, shares };
  });
}

/** What a case or parcel that failed to decide is compared as: outcome `error`, the error's code, no money. @internal */
export function reducedFailure(code: string, parcel: boolean): Compared {
  return { outcome: 'error', code, ...(parcel ? { items: [] } : {}), lines: [], refund: null };
}

/** A decision reduced for comparison. @internal */
export function reduce(decision: ComparableDecision): Compared {
  const refund = decision.settlement?.refund;
  const common = { lines: reducedLines(decision.lines), refund: refund === undefined ? null : { currency: refund.currency, amount: refund.amount } };
  if (!isParcel(decision)) return { outcome: decision.outcome, code: decision.code, ...common };
  const items = decision.items.map((item, index) => ({ id: item.caseId ?? `#${index}`, outcome: item.outcome, code: item.code }));
  return { outcome: items.some((item) => item.outcome === 'allocated') ? 'allocated' : 'not_returnable', code: null, items, ...common };
}

/**
 * Compares two decisions of the same case (or parcel), e.g. under the current and an edited rule
 * set, and lists every difference:
 *
 * - `outcome`: `allocated`, `not_returnable` or `returnless` changed (for a parcel: an item's,
 *   named by `item`; an item only one side has shows `null` on the other);
 * - `code`: the deciding rule's code changed (for a parcel: an item's);
 * - `payer`: who pays a cost line changed (the parties with a share above zero);
 * - `amount`: a party's share of a cost line changed, in minor units of the line's currency;
 * - `refund`: what the buyer is refunded changed (`null`: no settlement on that side).
 *
 * For a parcel the cost lines and refund are the parcel's (the label, split over its items); the
 * items are matched by `caseId`. Amounts are never compared across currencies. The function is
 * pure and keeps nothing; it works on explained and unexplained (`explain: false`) decisions.
 *
 * @param before - the decision under the current rules
 * @param after - the decision of the same case under the edited rules
 * @returns the changes in a fixed order (outcome, code, then each cost line's payer and amounts, then the refund)
 * @throws {ReturnLiabilityError} `invalid_option` when one is a case's decision and the other a parcel's
 * @example
 * compareDecisions(before, after);
 * // { changed: true, changes: [{ kind: 'amount', cost: 'returnShipping', party: 'seller', currency: 'EUR', before: 700, after: 500, delta: -200 }, …] }
 */
export function compareDecisions(before: ComparableDecision, after: ComparableDecision): DecisionComparison {
  if (typeof before !== 'object' || before === null || typeof after !== 'object' || after === null) {
    throw new ReturnLiabilityError('invalid_option', 'compareDecisions: before and after must be decisions from decide() or decideParcel()');
  }
  if (isParcel(before) !== isParcel(after)) {
    throw new ReturnLiabilityError('invalid_option', 'compareDecisions: one decision is a parcel’s and the other a single case’s; compare decisions of the same input');
  }
  const changes = compareReduced(reduce(before), reduce(after));
  return { changed: changes.length > 0, changes };
}
