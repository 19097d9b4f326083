/**
 * Deciding lines of a simulation: shared by the command (one worker: in process) and the worker
 * threads (`simulate-worker.ts`), so that every `--workers` count runs the same code.
 */
import { createEvaluator, type Evaluator, type SafeDecision } from '../decide/evaluator.js';
import { formatPath, ReturnCaseError } from '../errors.js';
import type { UnexplainedDecision, UnexplainedParcelDecision } from '../model/decision.js';
import { PARTIES } from '../money/money.js';
import { findJsonSyntaxError, positionAt } from '../node/json-text.js';
import { evaluatorOptions, isParcelDocument, resolveRuleSet } from './io.js';
import { resultOf, Summary, type SummaryJson } from './simulate-summary.js';

/** What a worker needs to decide lines as the command does: plain strings, so it crosses threads. */
export interface RunConfig {
  rules: string;
  compare?: string | undefined;
  floor?: string[] | undefined;
  calendar?: string | undefined;
  file: string;
  top: number;
  /** Per-case output to produce alongside the summary. */
  rows?: 'jsonl' | 'csv' | undefined;
}

/** One line of input: its text, or `tooLong` when it was longer than the line limit. */
export interface InputLine {
  line: number;
  text?: string;
  tooLong?: number;
}

const itemCount = (parcel: unknown) => {
  const items = (parcel as { items?: unknown }).items;
  return Array.isArray(items) ? items.length : 0;
};

type Decided = SafeDecision<UnexplainedDecision> | SafeDecision<UnexplainedParcelDecision>;

/** The evaluators of a run: the primary rule set, then the compared one. */
export async function evaluatorsFor(config: RunConfig): Promise<Evaluator[]> {
  const options = await evaluatorOptions({ floor: config.floor, calendar: config.calendar });
  const specs = [config.rules, ...(config.compare === undefined ? [] : [config.compare])];
  return Promise.all(specs.map(async (spec) => createEvaluator(await resolveRuleSet(spec), options)));
}

export function newSummary(config: RunConfig, evaluators: readonly Evaluator[]): Summary {
  return new Summary(config.file, config.top, evaluators.map(({ ruleSet: { id, version, digest } }) => ({ id, version, digest })));
}

/** A line that is not JSON, or not a valid case: its errors, worded for people. */
function invalidLineErrors(line: string, error: unknown): string[] {
  if (error instanceof SyntaxError) {
    const problem = findJsonSyntaxError(line) ?? { offset: 0, message: error.message };
    return [`invalid JSON at column ${positionAt(line, problem.offset).column}: ${problem.message}`];
  }
  if (ReturnCaseError.is(error)) return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (error instanceof Error) return [error.message];
  return [String(error)];
}

/** A CSV cell, quoted, and prefixed with `'` when a spreadsheet would read it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\t\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

const side = (prefix: string) => [`${prefix}outcome`, `${prefix}code`, `${prefix}currency`, ...PARTIES.map((party) => `${prefix}${party}`), `${prefix}refund`];
/** The CSV header: line, id, kind, reason, the decision's columns (and, comparing, the compared decision's), changes. */
export function csvHeader(comparing: boolean): string {
  const columns = ['line', 'caseId', 'kind', 'reason', ...side(''), ...(comparing ? [...side('after_'), 'changes'] : []), 'errors'];
  return `${columns.join(',')}\r\n`;
}

function sideCells(decided: Decided | undefined): unknown[] {
  if (decided === undefined) return side('').map(() => '');
  const result = resultOf(decided);
  if (!decided.ok) return [result.outcome, result.code, '', ...PARTIES.map(() => ''), ''];
  const { totals, settlement } = decided.decision;
  const currency = PARTIES.map((party) => totals[party]?.currency).find((c) => c !== undefined) ?? settlement?.refund.currency ?? '';
  return [result.outcome, result.code, currency, ...PARTIES.map((party) => totals[party]?.amount ?? ''), settlement?.refund.amount ?? ''];
}

function sideJson(decided: Decided) {
  const result = resultOf(decided);
  if (!decided.ok) return { ...result, error: decided.error.message };
  const { totals, settlement } = decided.decision;
  return { ...result, totals, ...(settlement === undefined ? {} : { refund: settlement.refund }) };
}

/**
 * Decides one input line under every rule set and adds it to the summary; with `rows`, appends
 * its per-case output. A line invalid under one rule set is invalid for all: it is reported once.
 */
export function processLine(summary: Summary, evaluators: readonly Evaluator[], input: InputLine, config: RunConfig, rows: string[] | undefined): void {
  const { line } = input;
  const invalid = (errors: string[], parcelItems?: number) => {
    summary.addInvalid(line, errors, parcelItems);
    if (rows === undefined) return;
    if (config.rows === 'jsonl') rows.push(`${JSON.stringify({ line, invalid: errors })}\n`);
    else rows.push(`${[line, '', 'invalid', '', ...side('').map(() => ''), ...(evaluators.length > 1 ? [...side('').map(() => ''), ''] : []), errors.join('; ')].map(csvCell).join(',')}\r\n`);
  };
  if (input.tooLong !== undefined) return invalid([`line longer than ${input.tooLong} bytes (the limit of a line); skipped`]);
  const text = input.text ?? '';
  let parsed: unknown;
  const decided: Decided[] = [];
  let parcel = false;
  try {
    parsed = JSON.parse(line === 1 ? text.replace(/^\uFEFF/, '') : text);
    parcel = isParcelDocument(parsed);
    for (const evaluator of evaluators) {
      const outcome: Decided = parcel ? evaluator.safeDecideParcel(parsed, { explain: false }) : evaluator.safeDecide(parsed, { explain: false });
      // Invalid cases are invalid under every rule set: report the line once and skip it. (A
      // parcel that one rule set splits by weight can lack weights for it alone: still invalid.)
      if (!outcome.ok && ReturnCaseError.is(outcome.error)) throw outcome.error;
      decided.push(outcome);
    }
  } catch (error) {
    return invalid(invalidLineErrors(text, error), parcel ? itemCount(parsed) : undefined);
  }
  const record = parsed as Record<string, unknown>;
  const items = parcel ? itemCount(parsed) : undefined;
  if (rows === undefined) {
    summary.addDecided(line, record, items, decided);
    return;
  }
  const changesBefore = summary.changedCount;
  const kindsBefore = new Map(summary.kinds);
  summary.addDecided(line, record, items, decided);
  const changed = summary.changedCount > changesBefore ? [...summary.kinds].filter(([kind, n]) => n > (kindsBefore.get(kind) ?? 0)).map(([kind]) => kind) : [];
  const caseId = typeof record['id'] === 'string' ? record['id'] : undefined;
  const reason = typeof record['reason'] === 'string' ? record['reason'] : '';
  const [before, after] = decided as [Decided, Decided | undefined];
  if (config.rows === 'jsonl') {
    rows.push(`${JSON.stringify({ line, ...(caseId === undefined ? {} : { caseId }), kind: parcel ? 'parcel' : 'case', ...(reason === '' ? {} : { reason }), decision: sideJson(before), ...(after === undefined ? {} : { compared: sideJson(after), changes: changed }) })}\n`);
  } else {
    const cells = [line, caseId, parcel ? 'parcel' : 'case', reason, ...sideCells(before), ...(after === undefined ? [] : [...sideCells(after), changed.join(' ')]), ''];
    rows.push(`${cells.map(csvCell).join(',')}\r\n`);
  }
}

/** A batch for a worker thread. */
export interface BatchTask {
  config: RunConfig;
  lines: InputLine[];
}
export interface BatchResult {
  summary: SummaryJson;
  rows: string;
}
