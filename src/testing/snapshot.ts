import { CHANGE_KINDS, compareReduced, reducedLines, type ChangeKind, type Compared, type ComparedLine, type DecisionChange } from '../decide/compare.js';
import type { Evaluator } from '../decide/evaluator.js';
import type { CostLine, Decision, ParcelDecision } from '../model/decision.js';
import { PARTIES, type Party } from '../money/money.js';

/** One cost line of a decision as a snapshot keeps it (format 3): its total and each party's share. */
export interface LineSnapshot {
  cost: CostLine;
  currency: string;
  /** Minor units. */
  total: number;
  /** One entry per party with a share, in the decision's order; minor units. */
  shares: Array<{ party: Party; amount: number }>;
}

/** What the buyer is refunded (format 3); `null` when the decision has no settlement. */
export type RefundSnapshot = { currency: string; amount: number } | null;

/** How one case was decided, reduced to what a policy review compares. */
export interface CaseSnapshot {
  /** The case's `id`, its index as `#0`, `#1`, … when it has none, or the caller's key. */
  caseId: string;
  /** `error` when deciding failed (invalid case, rule conflict, no rule matched, …). */
  outcome: Decision['outcome'] | 'error';
  /** The winning rule's code, or the error's code. */
  code: string;
  /** The winning rule's name; `null` for an error. */
  rule: string | null;
  /** Currency of the amounts; `null` when nobody pays. */
  currency: string | null;
  /** Minor units per paying party, in the order seller, platform, insurer, carrier, buyer. */
  totals: Partial<Record<Party, number>>;
  /** Each cost line and who pays what of it (format 3; absent in snapshots of formats 1 and 2, empty for an error). */
  lines?: LineSnapshot[];
  /** What the buyer is refunded (format 3; absent in formats 1 and 2). */
  refund?: RefundSnapshot;
  /** Absent: only a {@link ParcelSnapshot} has a `kind`. */
  kind?: never;
}

/** How one item of a parcel was decided. */
export interface ItemSnapshot {
  /** The item's `id`. */
  item: string;
  outcome: Decision['outcome'];
  /** The winning rule's code. */
  code: string;
  /** The winning rule's name. */
  rule: string;
}

/**
 * How one parcel was decided (snapshot formats 2 and 3): each item's outcome and winning rule, and what
 * each party pays for the whole parcel.
 */
export interface ParcelSnapshot {
  /** The parcel's `id`, its index as `#0`, `#1`, … when it has none, or the caller's key. */
  caseId: string;
  kind: 'parcel';
  /** `allocated` when at least one item is returnable, `not_returnable` when none is, `error` when deciding failed. */
  outcome: Decision['outcome'] | 'error';
  /** The error's code; `null` when the parcel was decided (the items carry the rules' codes). */
  code: string | null;
  /** Currency of the amounts; `null` when nobody pays. */
  currency: string | null;
  /** Minor units per paying party for the whole parcel, in the order seller, platform, insurer, carrier, buyer. */
  totals: Partial<Record<Party, number>>;
  /** The parcel's cost lines (the label, split over its items); format 3, empty for an error. */
  lines?: LineSnapshot[];
  /** What the buyer is refunded for the whole parcel (format 3). */
  refund?: RefundSnapshot;
  /** Each item, in the parcel's order; empty for an error. */
  items: ItemSnapshot[];
}

/**
 * A JSON-serialisable record of how a rule set decides a set of cases; see {@link snapshotDecisions}.
 * {@link snapshotDecisions} writes format 3: every entry carries its cost lines and refund, so
 * {@link diffDecisions} compares exactly as `compareDecisions` does. Older snapshots are still read:
 * format 1 (no `format`, cases only) and format 2 (with parcels), both without lines or refund.
 */
export interface DecisionSnapshot {
  /** The snapshot format: `3` as written now; absent (1) or `2` in older snapshots. */
  format?: 2 | 3;
  ruleSet: { id: string; version: string; digest: string };
  cases: Array<CaseSnapshot | ParcelSnapshot>;
}

/** One field of a case that is decided differently. `null` stands for "absent" (e.g. a case only one snapshot has). */
export interface FieldChange {
  /**
   * `outcome`, `code`, `rule` or `totals.<party>`; for a parcel also `items["<id>"].outcome`,
   * `items["<id>"].code` and `items["<id>"].rule`.
   */
  field: string;
  before: string | number | null;
  after: string | number | null;
}

/** A case decided differently in two snapshots. */
export interface CaseDiff {
  caseId: string;
  /** The kinds of change, as `compareDecisions` names them, in its order (`outcome`, `code`, `payer`, `amount`, `refund`). */
  kinds: ChangeKind[];
  changes: FieldChange[];
}

/**
 * The cases to snapshot: an array (each case is named by its `id`, or by its index as `#0`, `#1`,
 * … when it has none) or an object whose keys name the cases. An object with an `items` key is a
 * parcel, decided with `decideParcel`.
 */
export type SnapshotCases = readonly unknown[] | Readonly<Record<string, unknown>>;

function namedCases(cases: SnapshotCases): Array<[string, unknown]> {
  if (typeof cases !== 'object' || cases === null) throw new TypeError('snapshotDecisions: cases must be an array or an object of named cases');
  const named: Array<[string, unknown]> = Array.isArray(cases)
    ? cases.map((c: unknown, index): [string, unknown] => {
        const id: unknown = typeof c === 'object' && c !== null ? (c as { id?: unknown }).id : undefined;
        return [typeof id === 'string' && id !== '' ? id : `#${index}`, c];
      })
    : Object.entries(cases);
  const seen = new Set<string>();
  for (const [caseId] of named) {
    if (seen.has(caseId)) throw new Error(`snapshotDecisions: two cases are named ${JSON.stringify(caseId)}; case names must be unique so that snapshots can be compared`);
    seen.add(caseId);
  }
  return named;
}

/** The paying parties' minor units, and their currency (`null` when nobody pays). */
function paid(decision: Pick<Decision, 'totals'>): { currency: string | null; totals: Partial<Record<Party, number>> } {
  const totals: Partial<Record<Party, number>> = {};
  let currency: string | null = null;
  for (const party of PARTIES) {
    const amount = decision.totals[party];
    if (amount === undefined || amount.amount === 0) continue;
    totals[party] = amount.amount;
    currency = amount.currency;
  }
  return { currency, totals };
}

function refundOf(decision: Decision | ParcelDecision): RefundSnapshot {
  const refund = decision.settlement?.refund;
  return refund === undefined ? null : { currency: refund.currency, amount: refund.amount };
}

function toCaseSnapshot(caseId: string, decision: Decision): CaseSnapshot {
  const { currency, totals } = paid(decision);
  return { caseId, outcome: decision.outcome, code: decision.code, rule: decision.rule.name, currency, totals, lines: reducedLines(decision.lines), refund: refundOf(decision) };
}

function toParcelSnapshot(caseId: string, decision: ParcelDecision): ParcelSnapshot {
  const { currency, totals } = paid(decision);
  const items = decision.items.map((item): ItemSnapshot => ({ item: item.caseId ?? '', outcome: item.outcome, code: item.code, rule: item.rule.name }));
  const outcome = items.some((item) => item.outcome === 'allocated') ? 'allocated' : 'not_returnable';
  return { caseId, kind: 'parcel', outcome, code: null, currency, totals, lines: reducedLines(decision.lines), refund: refundOf(decision), items };
}

/** A parcel rather than a case: an object with an own `items` key (as the CLI reads documents). */
function isParcelInput(input: unknown): boolean {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && Object.hasOwn(input, 'items');
}

/**
 * Decides every case and records, per case, the outcome, the winning rule and what each party
 * pays. Store the result (e.g. `JSON.stringify(snapshot, null, 2)`) next to a rule file; after an
 * edit, snapshot again and {@link diffDecisions} shows which returns would now be decided
 * differently. The snapshot is plain JSON with a fixed field order, so the same rule set and cases
 * always give the same text. Errors are recorded, not thrown: a rule edit that makes a case
 * conflict or match nothing is a change the review must see.
 *
 * Inputs with an `items` key are parcels, decided with `decideParcel`: their entry is a
 * {@link ParcelSnapshot} (`kind: 'parcel'`, each item's outcome, code and rule, the parcel's
 * totals and lines). Every entry records its cost lines (who pays what of each) and the buyer's
 * refund, so the snapshot has `format: 3`.
 *
 * @param evaluator - from `createEvaluator`
 * @param cases - an array (named by `id`, else `#index`) or an object of named cases and parcels
 * @returns the snapshot, cases in the given order
 * @throws {Error} when two cases have the same name
 * @example
 * const before = snapshotDecisions(createEvaluator(currentRules), pastCases);
 * const after = snapshotDecisions(createEvaluator(editedRules), pastCases);
 * console.table(diffDecisions(before, after));
 * snapshotDecisions(evaluator, [aReturnCase({ id: 'c-1' }), aReturnParcel({ id: 'p-1' })]).format; // 2
 */
export function snapshotDecisions(evaluator: Evaluator, cases: SnapshotCases): DecisionSnapshot {
  const named = namedCases(cases);
  const snapshots: Array<CaseSnapshot | ParcelSnapshot> = [];
  for (const [caseId, input] of named) {
    if (isParcelInput(input)) {
      const result = evaluator.safeDecideParcel(input);
      snapshots.push(result.ok
        ? toParcelSnapshot(caseId, result.decision)
        : { caseId, kind: 'parcel', outcome: 'error', code: result.error.code, currency: null, totals: {}, lines: [], refund: null, items: [] });
      continue;
    }
    const result = evaluator.safeDecide(input);
    snapshots.push(result.ok
      ? toCaseSnapshot(caseId, result.decision)
      : { caseId, outcome: 'error', code: result.error.code, rule: null, currency: null, totals: {}, lines: [], refund: null });
  }
  const { id, version, digest } = evaluator.ruleSet;
  return { format: 3, ruleSet: { id, version, digest }, cases: snapshots };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAmount = (value: unknown): value is number => Number.isSafeInteger(value);

function isLineSnapshot(value: unknown): value is LineSnapshot {
  if (!isRecord(value)) return false;
  return (
    typeof value['cost'] === 'string' &&
    typeof value['currency'] === 'string' &&
    isAmount(value['total']) &&
    Array.isArray(value['shares']) &&
    (value['shares'] as unknown[]).every((share) => isRecord(share) && (PARTIES as readonly unknown[]).includes(share['party']) && isAmount(share['amount']))
  );
}

/** Format 3's lines and refund: both present and well formed, or (formats 1 and 2) both absent. */
function hasMoneyFields(entry: Record<string, unknown>, format: number): boolean {
  if (format < 3) return entry['lines'] === undefined && entry['refund'] === undefined;
  const refund = entry['refund'];
  return (
    Array.isArray(entry['lines']) &&
    (entry['lines'] as unknown[]).every(isLineSnapshot) &&
    (refund === null || (isRecord(refund) && typeof refund['currency'] === 'string' && isAmount(refund['amount'])))
  );
}

function isCaseSnapshot(value: unknown): value is CaseSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return typeof c['caseId'] === 'string' && typeof c['outcome'] === 'string' && typeof c['code'] === 'string' && typeof c['totals'] === 'object' && c['totals'] !== null;
}

function isItemSnapshot(value: unknown): value is ItemSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const i = value as Record<string, unknown>;
  return typeof i['item'] === 'string' && typeof i['outcome'] === 'string' && typeof i['code'] === 'string' && typeof i['rule'] === 'string';
}

function isParcelSnapshot(value: unknown): value is ParcelSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    p['kind'] === 'parcel' &&
    typeof p['caseId'] === 'string' &&
    typeof p['outcome'] === 'string' &&
    (typeof p['code'] === 'string' || p['code'] === null) &&
    typeof p['totals'] === 'object' &&
    p['totals'] !== null &&
    Array.isArray(p['items']) &&
    (p['items'] as unknown[]).every(isItemSnapshot)
  );
}

const isParcel = (entry: CaseSnapshot | ParcelSnapshot): entry is ParcelSnapshot => entry.kind === 'parcel';

function checkSnapshot(value: unknown, name: string): asserts value is DecisionSnapshot {
  const snapshot = typeof value === 'object' && value !== null ? (value as { cases?: unknown; format?: unknown }) : undefined;
  const cases = snapshot?.cases;
  if (!Array.isArray(cases)) throw new TypeError(`diffDecisions: ${name} is not a snapshot from snapshotDecisions() (it has no cases array)`);
  const format = snapshot?.format ?? 1;
  if (format !== 1 && format !== 2 && format !== 3) {
    throw new TypeError(`diffDecisions: ${name} has snapshot format ${JSON.stringify(format)}; this version of return-liability reads formats 1, 2 and 3`);
  }
  const money = format === 3 ? ', lines, refund' : '';
  cases.forEach((c: unknown, index) => {
    const kind = typeof c === 'object' && c !== null ? (c as { kind?: unknown }).kind : undefined;
    if (kind === 'parcel') {
      if (format === 1 || !isParcelSnapshot(c) || !hasMoneyFields(c as unknown as Record<string, unknown>, format)) {
        throw new TypeError(`diffDecisions: ${name}.cases[${index}] is not a format ${format} parcel snapshot (caseId, kind, outcome, code, totals${money}, items of { item, outcome, code, rule })`);
      }
    } else if (kind !== undefined || !isCaseSnapshot(c) || !hasMoneyFields(c as unknown as Record<string, unknown>, format)) {
      throw new TypeError(`diffDecisions: ${name}.cases[${index}] is not a format ${format} case snapshot (caseId, outcome, code, totals${money})`);
    }
  });
}

type FieldValue = string | number | null;
type Entry = CaseSnapshot | ParcelSnapshot;

/** The identity fields, in order, with their values in one entry (none for a missing entry). */
function fieldsOf(entry: Entry | undefined): Map<string, FieldValue> {
  if (entry === undefined) return new Map();
  const totals = PARTIES.map((party): [string, number] => [`totals.${party}`, entry.totals[party] ?? 0]);
  if (!isParcel(entry)) return new Map<string, FieldValue>([['outcome', entry.outcome], ['code', entry.code], ['rule', entry.rule], ...totals]);
  const items = entry.items.flatMap((item): Array<[string, FieldValue]> => {
    const at = `items[${JSON.stringify(item.item)}]`;
    return [[`${at}.outcome`, item.outcome], [`${at}.code`, item.code], [`${at}.rule`, item.rule]];
  });
  return new Map<string, FieldValue>([['outcome', entry.outcome], ['code', entry.code], ...totals, ...items]);
}

/** An entry as `compareDecisions` reads a decision; a missing entry is compared as having no outcome. */
function reduced(entry: Entry | undefined, parcel: boolean, withMoney: boolean): Compared {
  if (entry === undefined) return { outcome: '(absent)', code: null, ...(parcel ? { items: [] } : {}), lines: [], refund: null };
  const lines: readonly ComparedLine[] = withMoney ? (entry.lines ?? []) : [];
  const refund = withMoney ? (entry.refund ?? null) : null;
  if (!isParcel(entry)) return { outcome: entry.outcome, code: entry.code, lines, refund };
  return { outcome: entry.outcome, code: entry.code, items: entry.items.map((item) => ({ id: item.item, outcome: item.outcome, code: item.code })), lines, refund };
}

/** Format 1 and 2 entries have no lines or refund: their money is compared on the per-party totals. */
function totalsChanged(before: Entry | undefined, after: Entry | undefined): boolean {
  return PARTIES.some((party) => (before?.totals[party] ?? 0) !== (after?.totals[party] ?? 0));
}

/** The field each change of a line or refund shows as. */
function moneyField(change: DecisionChange): FieldChange | undefined {
  if (change.kind === 'amount') return { field: `lines.${change.cost}.${change.party}`, before: change.before, after: change.after };
  if (change.kind === 'payer') return { field: `lines.${change.cost}.payers`, before: change.before.join('+') || null, after: change.after.join('+') || null };
  if (change.kind === 'refund') return { field: `refund.${change.currency}`, before: change.before, after: change.after };
  return undefined;
}

/**
 * Lists the cases decided differently in two snapshots — the review step when a policy owner
 * edits a rule file. "Differently" means what `compareDecisions` means, and `simulate --compare`
 * counts: another outcome, another deciding code, another payer or amount on any cost line, or
 * another refund (the change `kinds`). A listed case shows every field that changed: `outcome`,
 * `code`, `rule`, `totals.<party>`, for a parcel the items' fields (`items["kettle"].code`, …),
 * and from format 3 on `lines.<cost>.<party>`, `lines.<cost>.payers` and `refund.<currency>`. A
 * case that only moved to another rule name with the same code and money is not listed.
 *
 * Cases are matched by `caseId`; a case only one snapshot has is listed with `null` on the other
 * side. Order: the cases of `before`, then those only `after` has. When either snapshot is of
 * format 1 or 2 (no lines or refund), money is compared on the per-party totals and reported as
 * kind `amount`.
 *
 * @param before - the snapshot under the current rules
 * @param after - the snapshot under the edited rules
 * @returns the changed cases; empty when every case is decided the same way
 * @throws {TypeError} when either is not a snapshot (no `cases` array, a malformed entry, an
 *   unknown `format`)
 * @example
 * diffDecisions(before, after);
 * // [{ caseId: 'c-17', kinds: ['payer', 'amount'], changes: [{ field: 'totals.seller', before: 690, after: 0 }, …,
 * //   { field: 'lines.returnShipping.payers', before: 'seller', after: 'buyer' }, …] }]
 */
export function diffDecisions(before: DecisionSnapshot, after: DecisionSnapshot): CaseDiff[] {
  checkSnapshot(before, 'before');
  checkSnapshot(after, 'after');
  const withMoney = before.format === 3 && after.format === 3;
  const afterById = new Map<string, Entry>(after.cases.map((c) => [c.caseId, c]));
  const beforeIds = new Set(before.cases.map((c) => c.caseId));
  const pairs: Array<[string, Entry | undefined, Entry | undefined]> = [
    ...before.cases.map((c): [string, Entry, Entry | undefined] => [c.caseId, c, afterById.get(c.caseId)]),
    ...after.cases.filter((c) => !beforeIds.has(c.caseId)).map((c): [string, undefined, Entry] => [c.caseId, undefined, c]),
  ];
  const diffs: CaseDiff[] = [];
  for (const [caseId, was, now] of pairs) {
    const parcel = (was ?? now)?.kind === 'parcel';
    const kindChanged = was !== undefined && now !== undefined && isParcel(was) !== isParcel(now);
    const decisionChanges = kindChanged ? [] : compareReduced(reduced(was, parcel, withMoney), reduced(now, parcel, withMoney));
    const kinds = new Set<ChangeKind>(kindChanged ? ['outcome'] : decisionChanges.map((change) => change.kind));
    if (!withMoney && totalsChanged(was, now)) kinds.add('amount');
    if (kinds.size === 0) continue;
    const wasFields = fieldsOf(was);
    const nowFields = fieldsOf(now);
    const names = [...wasFields.keys(), ...[...nowFields.keys()].filter((name) => !wasFields.has(name))];
    const changes = names
      .map((field): FieldChange => ({ field, before: wasFields.get(field) ?? null, after: nowFields.get(field) ?? null }))
      .filter((change) => change.before !== change.after);
    // A case only one snapshot has shows its money in the totals (with null on the other side).
    for (const change of was !== undefined && now !== undefined ? decisionChanges : []) {
      const field = moneyField(change);
      if (field !== undefined) changes.push(field);
    }
    diffs.push({ caseId, kinds: CHANGE_KINDS.filter((kind) => kinds.has(kind)), changes });
  }
  return diffs;
}
