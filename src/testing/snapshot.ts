import type { Evaluator } from '../decide/evaluator.js';
import type { Decision } from '../model/decision.js';
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
}

/** A JSON-serialisable record of how a rule set decides a set of cases; see {@link snapshotDecisions}. */
export interface DecisionSnapshot {
  ruleSet: { id: string; version: string; digest: string };
  cases: CaseSnapshot[];
}

/** One field of a case that is decided differently. `null` stands for "absent" (e.g. a case only one snapshot has). */
export interface FieldChange {
  /** `outcome`, `code`, `rule` or `totals.<party>`. */
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
 * … when it has none) or an object whose keys name the cases.
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

function toCaseSnapshot(caseId: string, decision: Decision): CaseSnapshot {
  const totals: Partial<Record<Party, number>> = {};
  let currency: string | null = null;
  for (const party of PARTIES) {
    const paid = decision.totals[party];
    if (paid === undefined || paid.amount === 0) continue;
    totals[party] = paid.amount;
    currency = paid.currency;
  }
  return { caseId, outcome: decision.outcome, code: decision.code, rule: decision.rule.name, currency, totals };
}

/**
 * Decides every case and records, per case, the outcome, the winning rule and what each party
 * pays. Store the result (e.g. `JSON.stringify(snapshot, null, 2)`) next to a rule file; after an
 * edit, snapshot again and {@link diffDecisions} shows which returns would now be decided
 * differently. The snapshot is plain JSON with a fixed field order, so the same rule set and cases
 * always give the same text. Errors are recorded, not thrown: a rule edit that makes a case
 * conflict or match nothing is a change the review must see.
 *
 * @param evaluator - from `createEvaluator`
 * @param cases - an array (named by `id`, else `#index`) or an object of named cases
 * @returns the snapshot, cases in the given order
 * @throws {Error} when two cases have the same name
 * @example
 * const before = snapshotDecisions(createEvaluator(currentRules), pastCases);
 * const after = snapshotDecisions(createEvaluator(editedRules), pastCases);
 * console.table(diffDecisions(before, after));
 */
export function snapshotDecisions(evaluator: Evaluator, cases: SnapshotCases): DecisionSnapshot {
  const named = namedCases(cases);
  const snapshots: CaseSnapshot[] = [];
  for (const [caseId, input] of named) {
    const result = evaluator.safeDecide(input);
    snapshots.push(result.ok
      ? toCaseSnapshot(caseId, result.decision)
      : { caseId, outcome: 'error', code: result.error.code, rule: null, currency: null, totals: {} });
  }
  const { id, version, digest } = evaluator.ruleSet;
  return { ruleSet: { id, version, digest }, cases: snapshots };
}

function isCaseSnapshot(value: unknown): value is CaseSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return typeof c['caseId'] === 'string' && typeof c['outcome'] === 'string' && typeof c['code'] === 'string' && typeof c['totals'] === 'object' && c['totals'] !== null;
}

function checkSnapshot(value: unknown, name: string): asserts value is DecisionSnapshot {
  const cases: unknown = typeof value === 'object' && value !== null ? (value as { cases?: unknown }).cases : undefined;
  if (!Array.isArray(cases)) throw new TypeError(`diffDecisions: ${name} is not a snapshot from snapshotDecisions() (it has no cases array)`);
  const bad = cases.findIndex((c: unknown) => !isCaseSnapshot(c));
  if (bad !== -1) throw new TypeError(`diffDecisions: ${name}.cases[${bad}] is not a case snapshot (caseId, outcome, code, totals)`);
}

/** The fields compared, with their value in one case snapshot (`null` for a missing case). */
function fieldsOf(c: CaseSnapshot | undefined): Array<[string, string | number | null]> {
  return [
    ['outcome', c?.outcome ?? null],
    ['code', c?.code ?? null],
    ['rule', c?.rule ?? null],
    ...PARTIES.map((party): [string, number | null] => [`totals.${party}`, c === undefined ? null : (c.totals[party] ?? 0)]),
  ];
}

/** Is the case decided differently: another outcome, another error, or other amounts? */
function isDecidedDifferently(before: CaseSnapshot | undefined, after: CaseSnapshot | undefined): boolean {
  if (before === undefined || after === undefined) return true;
  if (before.outcome !== after.outcome) return true;
  if (before.outcome === 'error' && before.code !== after.code) return true;
  return PARTIES.some((party) => (before.totals[party] ?? 0) !== (after.totals[party] ?? 0));
}

/**
 * Lists the cases whose outcome or totals differ between two snapshots — the review step when a
 * policy owner edits a rule file. A listed case shows every field that changed, including the
 * winning rule's code and name; a case that only moved to another rule with the same money is
 * not listed. Cases are matched by `caseId`; a case only one snapshot has is listed with `null`
 * on the other side. Order: the cases of `before`, then those only `after` has.
 *
 * @param before - the snapshot under the current rules
 * @param after - the snapshot under the edited rules
 * @returns the changed cases; empty when every case is decided the same way
 * @example
 * diffDecisions(before, after);
 * // [{ caseId: 'c-17', changes: [{ field: 'totals.seller', before: 690, after: 0 },
 * //                              { field: 'totals.buyer', before: 0, after: 690 }] }]
 */
export function diffDecisions(before: DecisionSnapshot, after: DecisionSnapshot): CaseDiff[] {
  checkSnapshot(before, 'before');
  checkSnapshot(after, 'after');
  const afterById = new Map(after.cases.map((c) => [c.caseId, c]));
  const beforeIds = new Set(before.cases.map((c) => c.caseId));
  const pairs: Array<[string, CaseSnapshot | undefined, CaseSnapshot | undefined]> = [
    ...before.cases.map((c): [string, CaseSnapshot, CaseSnapshot | undefined] => [c.caseId, c, afterById.get(c.caseId)]),
    ...after.cases.filter((c) => !beforeIds.has(c.caseId)).map((c): [string, undefined, CaseSnapshot] => [c.caseId, undefined, c]),
  ];
  const diffs: CaseDiff[] = [];
  for (const [caseId, was, now] of pairs) {
    if (!isDecidedDifferently(was, now)) continue;
    const nowFields = new Map(fieldsOf(now));
    const changes = fieldsOf(was)
      .map(([field, value]): FieldChange => ({ field, before: value, after: nowFields.get(field) ?? null }))
      .filter((change) => change.before !== change.after);
    diffs.push({ caseId, changes });
  }
  return diffs;
}
