/**
 * The mergeable summary of a simulation: every figure is a count or a sum (which add), a bounded
 * list of the smallest line numbers (invalid lines), or a bounded top list with a total order
 * (money moved, then line number). So summaries of shards — or of a worker's batches — merge into
 * exactly the summary of the whole run, in any order.
 */
import { compareReduced, reduce, reducedFailure, type DecisionChange } from '../decide/compare.js';
import type { SafeDecision } from '../decide/evaluator.js';
import type { Line, UnexplainedDecision, UnexplainedParcelDecision } from '../model/decision.js';
import { PARTIES } from '../money/money.js';
import { InputError } from './io.js';

/** The summary format this version writes and reads. */
export const SUMMARY_FORMAT = 1;
/** Invalid lines whose errors a summary keeps (those with the smallest line numbers); the rest are counted. */
export const KEPT_INVALID_LINES = 20;
export const CHANGE_KIND_NAMES = ['outcome', 'code', 'payer', 'amount', 'refund'] as const;

type Units = number | string;
/** currency → party → minor units. */
type PartyTotals = Map<string, Map<string, bigint>>;

export interface ResultJson { outcome: string; code: string; payers: string[] }
export interface TopCase {
  line: number;
  caseId?: string;
  kind: 'case' | 'parcel';
  reason: string;
  moved: number;
  before: ResultJson;
  after: ResultJson;
  changes: DecisionChange[] | Array<{ kind: 'outcome'; before: string; after: string }>;
}
export interface InvalidLine { line: number; errors: string[] }
export interface RuleSetMeta { id: string; version: string; digest: string }

export interface SummaryJson {
  format: number;
  file: string;
  top: number;
  casesRead: number;
  parcels: { count: number; items: number };
  invalid: { count: number; first: InvalidLine[] };
  ruleSets: Array<RuleSetMeta & { failed: number; outcomes: Record<string, number>; codes: Record<string, number>; totals: Record<string, Record<string, Units>> }>;
  changed?: {
    count: number;
    kinds: Record<string, number>;
    money: Record<string, Record<string, { before: Units; after: Units; delta: Units }>>;
    refund: Record<string, { before: Units; after: Units; delta: Units }>;
    byReason: Record<string, Record<string, Record<string, Units>>>;
    byCode: Record<string, Record<string, Record<string, Units>>>;
    top: Record<string, TopCase[]>;
  };
}

const byKey = <T>(entries: Iterable<[string, T]>): Array<[string, T]> => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const units = (value: bigint): Units => (value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString());
const partyOrder = (party: string) => {
  const index = (PARTIES as readonly string[]).indexOf(party);
  return index === -1 ? PARTIES.length : index;
};

function addUnits(map: PartyTotals, currency: string, party: string, amount: bigint): void {
  let byParty = map.get(currency);
  if (byParty === undefined) map.set(currency, (byParty = new Map()));
  byParty.set(party, (byParty.get(party) ?? 0n) + amount);
}

function partyTotalsJson(map: PartyTotals): Record<string, Record<string, Units>> {
  return Object.fromEntries(byKey(map).map(([currency, byParty]) => [currency, Object.fromEntries([...byParty].sort(([a], [b]) => partyOrder(a) - partyOrder(b)).map(([party, v]) => [party, units(v)]))]));
}

const addCount = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n);

/** Top cases first: more money moved, then the smaller line number. */
const topOrder = (a: TopCase, b: TopCase) => b.moved - a.moved || a.line - b.line;

/** A bounded list kept in {@link topOrder}: inserting costs O(limit), memory never exceeds `limit` entries. */
function insertBounded<T>(list: T[], item: T, limit: number, order: (a: T, b: T) => number): void {
  if (limit <= 0) return;
  if (list.length >= limit && order(item, list[list.length - 1] as T) >= 0) return;
  let at = list.length;
  while (at > 0 && order(item, list[at - 1] as T) < 0) at--;
  list.splice(at, 0, item);
  if (list.length > limit) list.pop();
}

/** The result of one line under one rule set, or the error code when it was not decided. */
type Decided = SafeDecision<UnexplainedDecision> | SafeDecision<UnexplainedParcelDecision>;

function payersOf(lines: readonly Line[]): string[] {
  const line = lines.find((l) => l.cost === 'returnShipping');
  return line === undefined ? [] : line.shares.filter((s) => s.amount.amount > 0 || line.total.amount === 0).map((s) => s.party);
}

/** Outcome, code and label payers of a decided line; a parcel is `allocated` when any item is. */
export function resultOf(decided: Decided): ResultJson {
  if (!decided.ok) return { outcome: decided.error.code, code: decided.error.code, payers: [] };
  const decision = decided.decision;
  if ('labelSplit' in decision) {
    const outcome = decision.items.some((item) => item.outcome === 'allocated') ? 'allocated' : 'not_returnable';
    return { outcome, code: decision.labelSplit.method, payers: payersOf(decision.lines) };
  }
  return { outcome: decision.outcome, code: decision.code, payers: payersOf(decision.lines) };
}

/** The codes counted for a line: a case's code, or each item's code of a parcel. */
function codesOf(decided: Decided): string[] {
  if (!decided.ok) return [];
  const decision = decided.decision;
  return 'labelSplit' in decision ? decision.items.map((item) => item.code) : [decision.code];
}

/** Per-currency party totals plus refund of a decided line (empty when it failed). */
function moneyOf(decided: Decided): { totals: Map<string, Map<string, number>>; refund: Map<string, number> } {
  const totals = new Map<string, Map<string, number>>();
  const refund = new Map<string, number>();
  if (!decided.ok) return { totals, refund };
  for (const party of PARTIES) {
    const amount = decided.decision.totals[party];
    if (amount === undefined) continue;
    let byParty = totals.get(amount.currency);
    if (byParty === undefined) totals.set(amount.currency, (byParty = new Map()));
    byParty.set(party, amount.amount);
  }
  const settled = decided.decision.settlement?.refund;
  if (settled !== undefined) refund.set(settled.currency, settled.amount);
  return { totals, refund };
}

class Tally {
  readonly outcomes = new Map<string, number>();
  readonly codes = new Map<string, number>();
  readonly totals: PartyTotals = new Map();
  readonly refund = new Map<string, bigint>();
  failed = 0;
}

/** A simulation's running summary; its size depends on the codes, reasons and currencies seen, not on the line count. */
export class Summary {
  casesRead = 0;
  parcels = 0;
  parcelItems = 0;
  invalidCount = 0;
  readonly invalid: InvalidLine[] = [];
  readonly tallies: Tally[];
  changedCount = 0;
  readonly kinds = new Map<string, number>(CHANGE_KIND_NAMES.map((kind) => [kind, 0]));
  readonly byReason = new Map<string, PartyTotals>();
  readonly byCode = new Map<string, PartyTotals>();
  readonly topByCurrency = new Map<string, TopCase[]>();

  constructor(readonly file: string, readonly top: number, readonly ruleSets: readonly RuleSetMeta[]) {
    this.tallies = ruleSets.map(() => new Tally());
  }

  get comparing(): boolean {
    return this.ruleSets.length > 1;
  }

  /** Adds an invalid line; a parcel (a document with `items`) counts as a parcel even when invalid. */
  addInvalid(line: number, errors: string[], parcelItems?: number): void {
    this.casesRead++;
    if (parcelItems !== undefined) {
      this.parcels++;
      this.parcelItems += parcelItems;
    }
    this.invalidCount++;
    insertBounded(this.invalid, { line, errors }, KEPT_INVALID_LINES, (a, b) => a.line - b.line);
  }

  /** Adds a line decided under every rule set (one result per rule set, in order). */
  addDecided(line: number, input: Record<string, unknown>, parcelItems: number | undefined, decided: readonly Decided[]): void {
    this.casesRead++;
    if (parcelItems !== undefined) {
      this.parcels++;
      this.parcelItems += parcelItems;
    }
    decided.forEach((d, index) => {
      const tally = this.tallies[index] as Tally;
      addCount(tally.outcomes, resultOf(d).outcome);
      if (!d.ok) {
        tally.failed++;
        return;
      }
      for (const code of codesOf(d)) addCount(tally.codes, code);
      const { totals, settlement } = d.decision;
      for (const party of PARTIES) {
        const amount = totals[party];
        if (amount !== undefined) addUnits(tally.totals, amount.currency, party, BigInt(amount.amount));
      }
      const refund = settlement?.refund;
      if (refund !== undefined) tally.refund.set(refund.currency, (tally.refund.get(refund.currency) ?? 0n) + BigInt(refund.amount));
    });
    const [before, after] = decided;
    if (before === undefined || after === undefined) return;
    const changes = changesOf(before, after, parcelItems !== undefined);
    if (changes.length === 0) return;
    this.changedCount++;
    for (const kind of new Set(changes.map((change) => change.kind))) addCount(this.kinds, kind);
    const parcel = parcelItems !== undefined;
    const reason = parcel ? '(parcel)' : typeof input['reason'] === 'string' ? input['reason'] : '(none)';
    const code = parcel ? '(parcel)' : resultOf(after).code;
    const was = moneyOf(before);
    const now = moneyOf(after);
    const moved = new Map<string, number>();
    const currencies = new Set([...was.totals.keys(), ...now.totals.keys(), ...was.refund.keys(), ...now.refund.keys()]);
    for (const currency of currencies) {
      const b = was.totals.get(currency) ?? new Map<string, number>();
      const a = now.totals.get(currency) ?? new Map<string, number>();
      // Money moved: what the parties who pay more now pay more (or, when the total shrinks, what
      // the others pay less), plus the change of the refund.
      let more = 0;
      let less = 0;
      for (const party of PARTIES) {
        const delta = (a.get(party) ?? 0) - (b.get(party) ?? 0);
        if (delta === 0) continue;
        if (delta > 0) more += delta;
        else less -= delta;
        addUnits(mapOf(this.byReason, reason), currency, party, BigInt(delta));
        addUnits(mapOf(this.byCode, code), currency, party, BigInt(delta));
      }
      moved.set(currency, Math.max(more, less) + Math.abs((now.refund.get(currency) ?? 0) - (was.refund.get(currency) ?? 0)));
    }
    if (moved.size === 0) moved.set('(none)', 0);
    const caseId = input['id'];
    for (const [currency, sum] of moved) {
      let list = this.topByCurrency.get(currency);
      if (list === undefined) this.topByCurrency.set(currency, (list = []));
      const entry: TopCase = { line, ...(typeof caseId === 'string' ? { caseId } : {}), kind: parcel ? 'parcel' : 'case', reason, moved: sum, before: resultOf(before), after: resultOf(after), changes };
      insertBounded(list, entry, this.top, topOrder);
    }
  }

  /** Adds another summary of the same run (a shard's, a batch's) to this one. */
  merge(other: SummaryJson): void {
    this.casesRead += other.casesRead;
    this.parcels += other.parcels.count;
    this.parcelItems += other.parcels.items;
    this.invalidCount += other.invalid.count;
    for (const entry of other.invalid.first) insertBounded(this.invalid, entry, KEPT_INVALID_LINES, (a, b) => a.line - b.line);
    other.ruleSets.forEach((ruleSet, index) => {
      const tally = this.tallies[index] as Tally;
      tally.failed += ruleSet.failed;
      for (const [outcome, n] of Object.entries(ruleSet.outcomes)) addCount(tally.outcomes, outcome, n);
      for (const [code, n] of Object.entries(ruleSet.codes)) addCount(tally.codes, code, n);
      for (const [currency, byParty] of Object.entries(ruleSet.totals)) for (const [party, v] of Object.entries(byParty)) addUnits(tally.totals, currency, party, BigInt(v));
    });
    const changed = other.changed;
    if (changed === undefined) return;
    this.changedCount += changed.count;
    for (const [kind, n] of Object.entries(changed.kinds)) addCount(this.kinds, kind, n);
    const [before, after] = this.tallies as [Tally, Tally];
    for (const [currency, value] of Object.entries(changed.refund)) {
      // Refund totals per rule set travel in `changed.refund` (before, after).
      before.refund.set(currency, (before.refund.get(currency) ?? 0n) + BigInt(value.before));
      after.refund.set(currency, (after.refund.get(currency) ?? 0n) + BigInt(value.after));
    }
    for (const [target, source] of [[this.byReason, changed.byReason], [this.byCode, changed.byCode]] as const) {
      for (const [key, byCurrency] of Object.entries(source)) for (const [currency, byParty] of Object.entries(byCurrency)) for (const [party, v] of Object.entries(byParty)) addUnits(mapOf(target, key), currency, party, BigInt(v));
    }
    for (const [currency, list] of Object.entries(changed.top)) {
      let mine = this.topByCurrency.get(currency);
      if (mine === undefined) this.topByCurrency.set(currency, (mine = []));
      for (const entry of list) insertBounded(mine, entry, this.top, topOrder);
    }
  }

  toJSON(): SummaryJson {
    const json: SummaryJson = {
      format: SUMMARY_FORMAT,
      file: this.file,
      top: this.top,
      casesRead: this.casesRead,
      parcels: { count: this.parcels, items: this.parcelItems },
      invalid: { count: this.invalidCount, first: this.invalid },
      ruleSets: this.ruleSets.map((meta, index) => {
        const tally = this.tallies[index] as Tally;
        return { id: meta.id, version: meta.version, digest: meta.digest, failed: tally.failed, outcomes: Object.fromEntries(byKey(tally.outcomes)), codes: Object.fromEntries(byKey(tally.codes)), totals: partyTotalsJson(tally.totals) };
      }),
    };
    if (!this.comparing) return json;
    const [before, after] = this.tallies as [Tally, Tally];
    const money: Record<string, Record<string, { before: Units; after: Units; delta: Units }>> = {};
    for (const currency of [...new Set([...before.totals.keys(), ...after.totals.keys()])].sort()) {
      const b = before.totals.get(currency) ?? new Map<string, bigint>();
      const a = after.totals.get(currency) ?? new Map<string, bigint>();
      const parties = [...new Set([...b.keys(), ...a.keys()])].sort((x, y) => partyOrder(x) - partyOrder(y));
      money[currency] = Object.fromEntries(parties.map((party) => {
        const was = b.get(party) ?? 0n;
        const now = a.get(party) ?? 0n;
        return [party, { before: units(was), after: units(now), delta: units(now - was) }];
      }));
    }
    const refund = Object.fromEntries([...new Set([...before.refund.keys(), ...after.refund.keys()])].sort().map((currency) => {
      const was = before.refund.get(currency) ?? 0n;
      const now = after.refund.get(currency) ?? 0n;
      return [currency, { before: units(was), after: units(now), delta: units(now - was) }];
    }));
    const grouped = (map: Map<string, PartyTotals>) => Object.fromEntries(byKey(map).map(([key, totals]) => [key, partyTotalsJson(totals)]));
    json.changed = {
      count: this.changedCount,
      kinds: Object.fromEntries(CHANGE_KIND_NAMES.map((kind) => [kind, this.kinds.get(kind) ?? 0])),
      money,
      refund,
      byReason: grouped(this.byReason),
      byCode: grouped(this.byCode),
      top: Object.fromEntries(byKey(this.topByCurrency)),
    };
    return json;
  }

  /** A summary to merge into, for the run a summary document describes. */
  static like(json: SummaryJson): Summary {
    return new Summary(json.file, json.top, json.ruleSets.map(({ id, version, digest }) => ({ id, version, digest })));
  }
}

function mapOf(map: Map<string, PartyTotals>, key: string): PartyTotals {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = new Map()));
  return value;
}

/**
 * The changes between two results of a line, as `compareDecisions` and the testing kit's
 * `diffDecisions` find them; a failed side is outcome `error` with the error's code and no money.
 */
function changesOf(before: Decided, after: Decided, parcel: boolean): TopCase['changes'] {
  const reduced = (decided: Decided) => (decided.ok ? reduce(decided.decision) : reducedFailure(decided.error.code, parcel));
  return compareReduced(reduced(before), reduced(after));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks that a parsed document is a simulation summary this version reads.
 * @throws {InputError} naming the file: not a summary, an unknown `format`, or a malformed field
 */
export function checkSummary(value: unknown, name: string): SummaryJson {
  if (!isRecord(value) || !('format' in value)) throw new InputError(`${name}: not a simulate summary (no "format" field); write one with simulate --format json`);
  if (value['format'] !== SUMMARY_FORMAT) throw new InputError(`${name}: summary format ${JSON.stringify(value['format'])} is not supported; this version of return-liability reads format ${SUMMARY_FORMAT}`);
  const ok =
    typeof value['file'] === 'string' &&
    Number.isSafeInteger(value['top']) &&
    Number.isSafeInteger(value['casesRead']) &&
    isRecord(value['parcels']) &&
    isRecord(value['invalid']) &&
    Array.isArray((value['invalid'] as Record<string, unknown>)['first']) &&
    Array.isArray(value['ruleSets']) &&
    (value['ruleSets'] as unknown[]).every((r) => isRecord(r) && typeof r['digest'] === 'string' && isRecord(r['outcomes']) && isRecord(r['codes']) && isRecord(r['totals']) && Number.isSafeInteger(r['failed'])) &&
    (value['changed'] === undefined || (isRecord(value['changed']) && isRecord((value['changed'] as Record<string, unknown>)['top'])));
  if (!ok) throw new InputError(`${name}: malformed simulate summary (format ${SUMMARY_FORMAT}: file, top, casesRead, parcels, invalid, ruleSets, changed)`);
  return value as unknown as SummaryJson;
}
