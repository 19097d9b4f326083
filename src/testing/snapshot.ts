import type { Evaluator } from '../decide/evaluator.js';
import type { Decision, ParcelDecision } from '../model/decision.js';
import { PARTIES, type Party } from '../money/money.js';

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
 * How one parcel was decided (snapshot format 2): each item's outcome and winning rule, and what
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
  /** Each item, in the parcel's order; empty for an error. */
  items: ItemSnapshot[];
}

/**
 * A JSON-serialisable record of how a rule set decides a set of cases; see {@link snapshotDecisions}.
 * A snapshot of cases only has no `format` (format 1, unchanged); one that holds a parcel has
 * `format: 2`.
 */
export interface DecisionSnapshot {
  /** The snapshot format: absent (1) for cases only, `2` when `cases` holds a {@link ParcelSnapshot}. */
  format?: 2;
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

/** A case whose outcome or totals changed between two snapshots. */
export interface CaseDiff {
  caseId: string;
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

function toCaseSnapshot(caseId: string, decision: Decision): CaseSnapshot {
  const { currency, totals } = paid(decision);
  return { caseId, outcome: decision.outcome, code: decision.code, rule: decision.rule.name, currency, totals };
}

function toParcelSnapshot(caseId: string, decision: ParcelDecision): ParcelSnapshot {
  const { currency, totals } = paid(decision);
  const items = decision.items.map((item): ItemSnapshot => ({ item: item.caseId ?? '', outcome: item.outcome, code: item.code, rule: item.rule.name }));
  const outcome = items.some((item) => item.outcome === 'allocated') ? 'allocated' : 'not_returnable';
  return { caseId, kind: 'parcel', outcome, code: null, currency, totals, items };
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
 * totals), and the snapshot then has `format: 2`. A snapshot of cases only is unchanged (no `format`).
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
  let parcels = false;
  for (const [caseId, input] of named) {
    if (isParcelInput(input)) {
      parcels = true;
      const result = evaluator.safeDecideParcel(input);
      snapshots.push(result.ok
        ? toParcelSnapshot(caseId, result.decision)
        : { caseId, kind: 'parcel', outcome: 'error', code: result.error.code, currency: null, totals: {}, items: [] });
      continue;
    }
    const result = evaluator.safeDecide(input);
    snapshots.push(result.ok
      ? toCaseSnapshot(caseId, result.decision)
      : { caseId, outcome: 'error', code: result.error.code, rule: null, currency: null, totals: {} });
  }
  const { id, version, digest } = evaluator.ruleSet;
  return { ...(parcels ? { format: 2 as const } : {}), ruleSet: { id, version, digest }, cases: snapshots };
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
  const format = snapshot?.format;
  if (format !== undefined && format !== 1 && format !== 2) {
    throw new TypeError(`diffDecisions: ${name} has snapshot format ${JSON.stringify(format)}; this version of return-liability reads formats 1 and 2`);
  }
  cases.forEach((c: unknown, index) => {
    const kind = typeof c === 'object' && c !== null ? (c as { kind?: unknown }).kind : undefined;
    if (kind === 'parcel') {
      if (!isParcelSnapshot(c)) throw new TypeError(`diffDecisions: ${name}.cases[${index}] is not a parcel snapshot (caseId, kind, outcome, code, totals, items of { item, outcome, code, rule })`);
    } else if (kind !== undefined || !isCaseSnapshot(c)) {
      throw new TypeError(`diffDecisions: ${name}.cases[${index}] is not a case snapshot (caseId, outcome, code, totals)`);
    }
  });
}

type FieldValue = string | number | null;

/** The fields compared, in order, with their values in one entry (none for a missing entry). */
function fieldsOf(entry: CaseSnapshot | ParcelSnapshot | undefined): Map<string, FieldValue> {
  if (entry === undefined) return new Map();
  const totals = PARTIES.map((party): [string, number] => [`totals.${party}`, entry.totals[party] ?? 0]);
  if (!isParcel(entry)) return new Map<string, FieldValue>([['outcome', entry.outcome], ['code', entry.code], ['rule', entry.rule], ...totals]);
  const items = entry.items.flatMap((item): Array<[string, FieldValue]> => {
    const at = `items[${JSON.stringify(item.item)}]`;
    return [[`${at}.outcome`, item.outcome], [`${at}.code`, item.code], [`${at}.rule`, item.rule]];
  });
  return new Map<string, FieldValue>([['outcome', entry.outcome], ['code', entry.code], ...totals, ...items]);
}

/**
 * Is the entry decided differently: another outcome, another error, or other amounts? For a
 * parcel also: other items, or an item with another outcome.
 */
function isDecidedDifferently(before: CaseSnapshot | ParcelSnapshot | undefined, after: CaseSnapshot | ParcelSnapshot | undefined): boolean {
  if (before === undefined || after === undefined) return true;
  if (isParcel(before) !== isParcel(after)) return true;
  if (before.outcome !== after.outcome) return true;
  if (before.outcome === 'error' && before.code !== after.code) return true;
  if (PARTIES.some((party) => (before.totals[party] ?? 0) !== (after.totals[party] ?? 0))) return true;
  if (!isParcel(before) || !isParcel(after)) return false;
  // Items are matched by id: the same items in another order are the same parcel.
  const afterItems = new Map(after.items.map((item) => [item.item, item]));
  return before.items.length !== after.items.length || before.items.some((item) => item.outcome !== afterItems.get(item.item)?.outcome);
}

/**
 * Lists the cases whose outcome or totals differ between two snapshots — the review step when a
 * policy owner edits a rule file. A listed case shows every field that changed, including the
 * winning rule's code and name; a case that only moved to another rule with the same money is
 * not listed. Cases are matched by `caseId`; a case only one snapshot has is listed with `null`
 * on the other side. Order: the cases of `before`, then those only `after` has.
 *
 * A parcel is listed when its totals change, when it now fails (or no longer fails) to decide, or
 * when an item's outcome changes or items are added or removed; its changes then include every
 * item field that changed (`items["kettle"].code`, …). An item that only moved to another rule,
 * with the same parcel totals, does not list the parcel.
 *
 * @param before - the snapshot under the current rules
 * @param after - the snapshot under the edited rules
 * @returns the changed cases; empty when every case is decided the same way
 * @throws {TypeError} when either is not a snapshot (no `cases` array, a malformed entry, an
 *   unknown `format`)
 * @example
 * diffDecisions(before, after);
 * // [{ caseId: 'c-17', changes: [{ field: 'totals.seller', before: 690, after: 0 },
 * //                              { field: 'totals.buyer', before: 0, after: 690 }] }]
 */
export function diffDecisions(before: DecisionSnapshot, after: DecisionSnapshot): CaseDiff[] {
  checkSnapshot(before, 'before');
  checkSnapshot(after, 'after');
  type Entry = CaseSnapshot | ParcelSnapshot;
  const afterById = new Map<string, Entry>(after.cases.map((c) => [c.caseId, c]));
  const beforeIds = new Set(before.cases.map((c) => c.caseId));
  const pairs: Array<[string, Entry | undefined, Entry | undefined]> = [
    ...before.cases.map((c): [string, Entry, Entry | undefined] => [c.caseId, c, afterById.get(c.caseId)]),
    ...after.cases.filter((c) => !beforeIds.has(c.caseId)).map((c): [string, undefined, Entry] => [c.caseId, undefined, c]),
  ];
  const diffs: CaseDiff[] = [];
  for (const [caseId, was, now] of pairs) {
    if (!isDecidedDifferently(was, now)) continue;
    const wasFields = fieldsOf(was);
    const nowFields = fieldsOf(now);
    const names = [...wasFields.keys(), ...[...nowFields.keys()].filter((name) => !wasFields.has(name))];
    const changes = names
      .map((field): FieldChange => ({ field, before: wasFields.get(field) ?? null, after: nowFields.get(field) ?? null }))
      .filter((change) => change.before !== change.after);
    diffs.push({ caseId, changes });
  }
  return diffs;
}
