import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createEvaluator, type SafeDecision } from '../decide/evaluator.js';
import type { Line, UnexplainedDecision, UnexplainedParcelDecision } from '../model/decision.js';
import { formatPath, ReturnCaseError } from '../errors.js';
import { currencyDigits, PARTIES } from '../money/money.js';
import { FileError } from '../node/errors.js';
import { findJsonSyntaxError, positionAt } from '../node/json-text.js';
import type { RuleSet } from '../rule-set/load.js';
import { type CliIo, evaluatorOptions, EXIT, isParcelDocument, oneOf, positiveInteger, resolveRuleSet, STDIN, UsageError } from './io.js';
import { parseCommand, SIMULATE } from './commands.js';

/** Invalid lines whose errors are kept for the report; the rest are only counted. */
const SHOWN_INVALID_LINES = 5;
const DEFAULT_SHOWN_CHANGES = 20;
const PROGRESS_INTERVAL_MS = 100;

/** What a case came to under one rule set, for tallies and comparison. */
interface Result {
  /** `allocated`, `not_returnable`, or the code of a failed decision (`no_rule_matched`, `rule_conflict`, …). */
  outcome: string;
  code: string;
  /** Who pays return shipping. */
  payers: string[];
}

/** What one item of a parcel came to. */
interface ItemResult {
  item: string;
  outcome: string;
  code: string;
  /** Who pays the item's portion of the label (on a zero portion: who would pay). */
  payers: string[];
}

/**
 * What a parcel came to: `allocated` when at least one item is returnable, `not_returnable` when
 * none is; who pays the label; the label split's method; and each item's result.
 */
interface ParcelResult {
  outcome: string;
  labelSplit: string;
  payers: string[];
  items: ItemResult[];
}

type AnyResult = Result | ParcelResult;

const isParcelResult = (result: AnyResult): result is ParcelResult => 'items' in result;

/** Running totals for one rule set; their size depends on the codes and currencies seen, not on the case count. */
class Tally {
  readonly outcomes = new Map<string, number>();
  readonly codes = new Map<string, number>();
  /** currency → party → minor units; bigint, so millions of cases cannot overflow. */
  readonly totals = new Map<string, Map<string, bigint>>();
  failed = 0;

  constructor(readonly ruleSet: RuleSet) {}

  /** Counts a case or parcel: one outcome per line; one code per case and per item of a parcel. */
  add(result: AnyResult, decision: UnexplainedDecision | UnexplainedParcelDecision | undefined): void {
    this.outcomes.set(result.outcome, (this.outcomes.get(result.outcome) ?? 0) + 1);
    if (decision === undefined) {
      this.failed++;
      return;
    }
    for (const code of isParcelResult(result) ? result.items.map((item) => item.code) : [(result as Result).code]) this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
    for (const party of PARTIES) {
      const amount = decision.totals[party];
      if (amount === undefined) continue;
      let byParty = this.totals.get(amount.currency);
      if (byParty === undefined) this.totals.set(amount.currency, (byParty = new Map()));
      byParty.set(party, (byParty.get(party) ?? 0n) + BigInt(amount.amount));
    }
  }

  toJson() {
    const totals: Record<string, Record<string, number | string>> = {};
    for (const currency of [...this.totals.keys()].sort()) {
      const byParty = this.totals.get(currency) ?? new Map<string, bigint>();
      // Minor units; a string only beyond Number.MAX_SAFE_INTEGER.
      totals[currency] = Object.fromEntries([...byParty].map(([party, units]) => [party, units <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(units) : units.toString()]));
    }
    return {
      id: this.ruleSet.id,
      version: this.ruleSet.version,
      digest: this.ruleSet.digest,
      outcomes: Object.fromEntries(this.outcomes),
      codes: Object.fromEntries([...this.codes].sort(([a], [b]) => (a < b ? -1 : 1))),
      totals,
    };
  }
}

/** Minor units as a decimal amount in the currency's digits: 123456n USD → "1234.56". */
function decimal(units: bigint, currency: string): string {
  const digits = currencyDigits(currency) ?? 2;
  const text = units.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Who pays return shipping: the parties with a share of the line (on a zero-cost line the shares still say who would pay). */
function payersOf(lines: readonly Line[]): string[] {
  const line = lines.find((l) => l.cost === 'returnShipping');
  return line === undefined ? [] : line.shares.filter((s) => s.amount.amount > 0 || line.total.amount === 0).map((s) => s.party);
}

function resultOf(decided: SafeDecision<UnexplainedDecision>): { result: Result; decision: UnexplainedDecision | undefined } {
  if (!decided.ok) return { result: { outcome: decided.error.code, code: decided.error.code, payers: [] }, decision: undefined };
  const { decision } = decided;
  return { result: { outcome: decision.outcome, code: decision.code, payers: payersOf(decision.lines) }, decision };
}

function parcelResultOf(decided: SafeDecision<UnexplainedParcelDecision>): { result: AnyResult; decision: UnexplainedParcelDecision | undefined } {
  if (!decided.ok) return { result: { outcome: decided.error.code, code: decided.error.code, payers: [] }, decision: undefined };
  const { decision } = decided;
  const items = decision.items.map((item): ItemResult => ({ item: item.caseId ?? '', outcome: item.outcome, code: item.code, payers: payersOf(item.lines) }));
  const outcome = items.some((item) => item.outcome === 'allocated') ? 'allocated' : 'not_returnable';
  return { result: { outcome, labelSplit: decision.labelSplit.method, payers: payersOf(decision.lines), items }, decision };
}

const payerList = (payers: readonly string[]) => (payers.length > 0 ? ` [${payers.join('+')}]` : '');
const describeResult = (r: Result | ItemResult) => `${r.outcome} ${r.code}${payerList(r.payers)}`;
const describeAny = (r: AnyResult) => (isParcelResult(r) ? `parcel ${r.outcome}${payerList(r.payers)}` : describeResult(r));

/**
 * Is a line decided differently under the compared rule set? A case: another outcome or other
 * payers (a new code with the same payers is not a change). A parcel: another outcome or label
 * payers for the parcel, or for any of its items.
 */
function hasChanged(before: AnyResult, after: AnyResult): boolean {
  if (before.outcome !== after.outcome || before.payers.join() !== after.payers.join()) return true;
  if (!isParcelResult(before) || !isParcelResult(after)) return isParcelResult(before) !== isParcelResult(after);
  return changedItems(before, after).length > 0;
}

/** The items of a parcel whose outcome or payers changed, by id. */
function changedItems(before: ParcelResult, after: ParcelResult): string[] {
  const afterById = new Map(after.items.map((item) => [item.item, item]));
  const ids = [...new Set([...before.items.map((item) => item.item), ...after.items.map((item) => item.item)])];
  const byId = new Map(before.items.map((item) => [item.item, item]));
  return ids.filter((id) => {
    const was = byId.get(id);
    const now = afterById.get(id);
    return was === undefined || now === undefined || was.outcome !== now.outcome || was.payers.join() !== now.payers.join();
  });
}

/** A line that is not JSON, or not a valid case: its errors, worded for people. */
function invalidLineErrors(line: string, error: unknown): string[] {
  if (error instanceof SyntaxError) {
    const problem = findJsonSyntaxError(line) ?? { offset: 0, message: error.message };
    return [`invalid JSON at column ${positionAt(line, problem.offset).column}: ${problem.message}`];
  }
  if (ReturnCaseError.is(error)) return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  return [String(error)];
}

/** A progress bar on stderr, redrawn at most every 100 ms. */
function progressBar(io: CliIo, total: number | undefined): { update(cases: number, bytes: number): void; done(): void } {
  let last = 0;
  return {
    update(cases, bytes) {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      const width = 30;
      const bar = total === undefined || total === 0 ? '' : (() => {
        const fraction = Math.min(1, bytes / total);
        const filled = Math.round(fraction * width);
        return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(fraction * 100)}% `;
      })();
      io.stderr.write(`\r${bar}${cases} cases`);
    },
    done() {
      if (last !== 0) io.stderr.write('\r\x1b[K');
    },
  };
}

/**
 * `simulate <cases.jsonl|-> --rules <a> [--compare <b>] [--format text|json] [--max-changes <n>]
 * [--progress|--no-progress]`: decides every line of a JSON Lines file, streaming (memory does not
 * grow with the file), and reports counts, invalid lines, outcomes, totals, and changed cases.
 *
 * A line with an `items` key is a parcel, decided with `decideParcel`. It counts as one line (one
 * outcome: `allocated` when at least one item is returnable, else `not_returnable`); `codes`
 * counts each of its items' codes; its totals join the per-party and currency totals; and with
 * `--compare` it is listed when its outcome or label payers, or any item's outcome or payers, change.
 */
export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, SIMULATE);
  if (values.rules === undefined) throw new UsageError('simulate needs --rules <file|built-in id>');
  if (positionals.length !== 1) throw new UsageError(`simulate takes one JSON Lines file (or - for standard input); got ${positionals.length}`);
  const format = oneOf('format', values.format, ['text', 'json'] as const, 'text');
  const maxChanges = positiveInteger('max-changes', values['max-changes']) ?? DEFAULT_SHOWN_CHANGES;
  const file = positionals[0] as string;

  const primary = await resolveRuleSet(values.rules);
  const compared = values.compare === undefined ? undefined : await resolveRuleSet(values.compare);
  const options = await evaluatorOptions(values);
  const evaluators = [primary, ...(compared === undefined ? [] : [compared])].map((ruleSet) => createEvaluator(ruleSet, options));
  const tallies = evaluators.map((evaluator) => new Tally(evaluator.ruleSet));

  let input: NodeJS.ReadableStream & AsyncIterable<unknown>;
  let size: number | undefined;
  let bytesRead: () => number = () => 0;
  if (file === '-') {
    input = io.stdin;
  } else {
    try {
      const info = await stat(file);
      if (info.isDirectory()) throw new FileError('file_unreadable', file, 'is a directory, not a file');
      size = info.size;
    } catch (cause) {
      if (FileError.is(cause)) throw cause;
      const code = (cause as { code?: unknown }).code;
      throw code === 'ENOENT' ? new FileError('file_not_found', file, 'no such file', { cause }) : new FileError('file_unreadable', file, `cannot be read (${String(code ?? cause)})`, { cause });
    }
    const stream = createReadStream(file, { encoding: 'utf8' });
    input = stream;
    bytesRead = () => stream.bytesRead;
  }
  const showProgress = values['no-progress'] === true ? false : values.progress === true || io.stderr.isTTY === true;
  const progress = showProgress ? progressBar(io, size) : undefined;

  let lineNumber = 0;
  let casesRead = 0;
  let parcelsRead = 0;
  let parcelItems = 0;
  let invalidCount = 0;
  const invalid: Array<{ line: number; errors: string[] }> = [];
  let changedCount = 0;
  const changed: Change[] = [];

  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      casesRead++;
      progress?.update(casesRead, bytesRead());
      let value: unknown;
      const decided: Array<ReturnType<typeof resultOf> | ReturnType<typeof parcelResultOf>> = [];
      try {
        const parsed: unknown = JSON.parse(lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line);
        value = parsed;
        const parcel = isParcelDocument(parsed);
        if (parcel) {
          parcelsRead++;
          if (Array.isArray(parsed.items)) parcelItems += parsed.items.length;
        }
        for (const evaluator of evaluators) {
          const outcome = parcel ? evaluator.safeDecideParcel(value, { explain: false }) : evaluator.safeDecide(value, { explain: false });
          // Invalid cases are invalid under every rule set: report the line once and skip it. (A
          // parcel that one rule set splits by weight can lack weights for it alone: still invalid.)
          if (!outcome.ok && ReturnCaseError.is(outcome.error)) throw outcome.error;
          decided.push(parcel ? parcelResultOf(outcome as SafeDecision<UnexplainedParcelDecision>) : resultOf(outcome as SafeDecision<UnexplainedDecision>));
        }
      } catch (error) {
        invalidCount++;
        if (invalid.length < SHOWN_INVALID_LINES) invalid.push({ line: lineNumber, errors: invalidLineErrors(line, error) });
        continue;
      }
      // Tallied only once the line is valid under every rule set, so that all tallies count the same lines.
      for (const [index, { result, decision }] of decided.entries()) tallies[index]?.add(result, decision);
      const [before, after] = decided.map((d) => d.result);
      if (before !== undefined && after !== undefined && hasChanged(before, after)) {
        changedCount++;
        if (changed.length < maxChanges) {
          const id = (value as { id?: unknown }).id;
          const items = isParcelResult(before) && isParcelResult(after) ? { changedItems: changedItems(before, after) } : {};
          changed.push({ line: lineNumber, ...(typeof id === 'string' ? { caseId: id } : {}), before, after, ...items });
        }
      }
    }
  } catch (cause) {
    // Reading failed part-way (permissions, a vanished file, a broken pipe): never report a partial run as a result.
    throw new FileError('file_unreadable', file === '-' ? STDIN : file, `reading failed after line ${lineNumber}: ${(cause as Error).message}`, { cause });
  } finally {
    progress?.done();
  }

  const report = {
    file: file === '-' ? STDIN : file,
    casesRead,
    parcels: { count: parcelsRead, items: parcelItems },
    invalid: { count: invalidCount, first: invalid },
    ruleSets: tallies.map((tally) => tally.toJson()),
    ...(compared === undefined ? {} : { changed: { count: changedCount, first: changed } }),
  };
  io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : simulationText(report, tallies));
  // Cases that no rule decides (or that conflict) are a failure of the rule set; invalid lines are not.
  return tallies.some((tally) => tally.failed > 0) ? EXIT.failed : EXIT.ok;
}

/** A line decided differently under the compared rule set; for a parcel, with the ids of the items that changed. */
interface Change {
  line: number;
  caseId?: string;
  before: AnyResult;
  after: AnyResult;
  changedItems?: string[];
}

function simulationText(
  report: { file: string; casesRead: number; parcels: { count: number; items: number }; invalid: { count: number; first: Array<{ line: number; errors: string[] }> }; changed?: { count: number; first: Change[] } },
  tallies: readonly Tally[],
): string {
  const { parcels } = report;
  const ofWhich = parcels.count === 0 ? '' : ` (${parcels.count} ${parcels.count === 1 ? 'parcel' : 'parcels'} of ${parcels.items} ${parcels.items === 1 ? 'item' : 'items'})`;
  const out = [`${report.file}: ${report.casesRead} cases read${ofWhich}, ${report.invalid.count} invalid ${report.invalid.count === 1 ? 'line' : 'lines'} skipped`];
  for (const { line, errors } of report.invalid.first) for (const error of errors) out.push(`  line ${line}: ${error}`);
  if (report.invalid.count > report.invalid.first.length) out.push(`  … and ${report.invalid.count - report.invalid.first.length} more invalid lines`);
  for (const tally of tallies) {
    out.push('', `${tally.ruleSet.id} ${tally.ruleSet.version}`, '  outcomes:');
    for (const [outcome, count] of tally.outcomes) out.push(`    ${outcome.padEnd(24)} ${count}`);
    out.push('  codes:');
    for (const [code, count] of [...tally.codes].sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`    ${code.padEnd(24)} ${count}`);
    out.push('  totals:');
    for (const currency of [...tally.totals.keys()].sort()) {
      const byParty = tally.totals.get(currency) ?? new Map<string, bigint>();
      const parties = PARTIES.filter((party) => byParty.has(party)).map((party) => `${party} ${decimal(byParty.get(party) ?? 0n, currency)}`);
      out.push(`    ${currency}  ${parties.join(', ')}`);
    }
  }
  if (report.changed !== undefined) {
    out.push('', `changed outcome or payer: ${report.changed.count} ${report.changed.count === 1 ? 'case' : 'cases'}`);
    for (const change of report.changed.first) {
      out.push(`  line ${change.line}${change.caseId === undefined ? '' : ` (${change.caseId})`}: ${describeAny(change.before)} → ${describeAny(change.after)}`);
      const { before, after } = change;
      if (!isParcelResult(before) || !isParcelResult(after)) continue;
      for (const id of change.changedItems ?? []) {
        const was = before.items.find((item) => item.item === id);
        const now = after.items.find((item) => item.item === id);
        out.push(`    item ${id}: ${was === undefined ? 'absent' : describeResult(was)} → ${now === undefined ? 'absent' : describeResult(now)}`);
      }
    }
    if (report.changed.count > report.changed.first.length) out.push(`  … and ${report.changed.count - report.changed.first.length} more`);
  }
  return `${out.join('\n')}\n`;
}
