import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createEvaluator, type SafeDecision } from '../decide/evaluator.js';
import type { UnexplainedDecision } from '../model/decision.js';
import { formatPath, ReturnCaseError } from '../errors.js';
import { currencyDigits, PARTIES } from '../money/money.js';
import { FileError } from '../node/errors.js';
import { findJsonSyntaxError, positionAt } from '../node/json-text.js';
import type { RuleSet } from '../rule-set/load.js';
import { type CliIo, EVALUATOR_OPTIONS, evaluatorOptions, EXIT, oneOf, parseCommandLine, positiveInteger, resolveRuleSet, STDIN, UsageError } from './io.js';

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

/** Running totals for one rule set; their size depends on the codes and currencies seen, not on the case count. */
class Tally {
  readonly outcomes = new Map<string, number>();
  readonly codes = new Map<string, number>();
  /** currency → party → minor units; bigint, so millions of cases cannot overflow. */
  readonly totals = new Map<string, Map<string, bigint>>();
  failed = 0;

  constructor(readonly ruleSet: RuleSet) {}

  add(result: Result, decision: UnexplainedDecision | undefined): void {
    this.outcomes.set(result.outcome, (this.outcomes.get(result.outcome) ?? 0) + 1);
    if (decision === undefined) {
      this.failed++;
      return;
    }
    this.codes.set(result.code, (this.codes.get(result.code) ?? 0) + 1);
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

function resultOf(decided: SafeDecision<UnexplainedDecision>): { result: Result; decision: UnexplainedDecision | undefined } {
  if (!decided.ok) return { result: { outcome: decided.error.code, code: decided.error.code, payers: [] }, decision: undefined };
  const { decision } = decided;
  const line = decision.lines.find((l) => l.cost === 'returnShipping');
  // On a zero-cost line the shares still say who would pay.
  const payers = line === undefined ? [] : line.shares.filter((s) => s.amount.amount > 0 || line.total.amount === 0).map((s) => s.party);
  return { result: { outcome: decision.outcome, code: decision.code, payers }, decision };
}

const describeResult = (r: Result) => `${r.outcome} ${r.code}${r.payers.length > 0 ? ` [${r.payers.join('+')}]` : ''}`;

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
 */
export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    rules: { type: 'string' },
    compare: { type: 'string' },
    format: { type: 'string' },
    'max-changes': { type: 'string' },
    progress: { type: 'boolean' },
    'no-progress': { type: 'boolean' },
    ...EVALUATOR_OPTIONS,
  });
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
  let invalidCount = 0;
  const invalid: Array<{ line: number; errors: string[] }> = [];
  let changedCount = 0;
  const changed: Array<{ line: number; caseId?: string; before: Result; after: Result }> = [];

  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      casesRead++;
      progress?.update(casesRead, bytesRead());
      let value: unknown;
      const results: Result[] = [];
      try {
        value = JSON.parse(lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line);
        for (const [index, evaluator] of evaluators.entries()) {
          const decided = evaluator.safeDecide(value, { explain: false });
          // Invalid cases are invalid under every rule set: report the line once and skip it.
          if (!decided.ok && ReturnCaseError.is(decided.error)) throw decided.error;
          const { result, decision } = resultOf(decided);
          tallies[index]?.add(result, decision);
          results.push(result);
        }
      } catch (error) {
        invalidCount++;
        if (invalid.length < SHOWN_INVALID_LINES) invalid.push({ line: lineNumber, errors: invalidLineErrors(line, error) });
        continue;
      }
      const [before, after] = results;
      if (before !== undefined && after !== undefined && (before.outcome !== after.outcome || before.payers.join() !== after.payers.join())) {
        changedCount++;
        if (changed.length < maxChanges) {
          const id = (value as { id?: unknown }).id;
          changed.push({ line: lineNumber, ...(typeof id === 'string' ? { caseId: id } : {}), before, after });
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
    invalid: { count: invalidCount, first: invalid },
    ruleSets: tallies.map((tally) => tally.toJson()),
    ...(compared === undefined ? {} : { changed: { count: changedCount, first: changed } }),
  };
  io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : simulationText(report, tallies));
  // Cases that no rule decides (or that conflict) are a failure of the rule set; invalid lines are not.
  return tallies.some((tally) => tally.failed > 0) ? EXIT.failed : EXIT.ok;
}

function simulationText(
  report: { file: string; casesRead: number; invalid: { count: number; first: Array<{ line: number; errors: string[] }> }; changed?: { count: number; first: Array<{ line: number; caseId?: string; before: Result; after: Result }> } },
  tallies: readonly Tally[],
): string {
  const out = [`${report.file}: ${report.casesRead} cases read, ${report.invalid.count} invalid ${report.invalid.count === 1 ? 'line' : 'lines'} skipped`];
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
      out.push(`  line ${change.line}${change.caseId === undefined ? '' : ` (${change.caseId})`}: ${describeResult(change.before)} → ${describeResult(change.after)}`);
    }
    if (report.changed.count > report.changed.first.length) out.push(`  … and ${report.changed.count - report.changed.first.length} more`);
  }
  return `${out.join('\n')}\n`;
}
