import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatPath, type Issue, ReturnLiabilityError, RuleSetError } from '../errors.js';
import { type CalendarOptions, createCalendar } from '../facts/calendar.js';
import type { EvaluatorOptions } from '../decide/evaluator.js';
import { isRuleSet, type RuleSet } from '../rule-set/load.js';
import * as builtIns from '../rules.js';
import { FileError } from '../node/errors.js';
import { neutralizeControls } from '../text/safe-text.js';
import { type FileIssue, loadRuleSetFile, parseJsonText, readTextFile } from '../node/files.js';

/** Where the command reads and writes; `process` streams in the binary, fakes in tests. */
export interface CliIo {
  stdin: AsyncIterable<string | Uint8Array> & NodeJS.ReadableStream;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
}

/** Exit codes: success, a decision or check failed, bad usage or unusable input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Wrong command line: unknown command or option, missing argument, bad value. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Unusable input, already worded for stderr (one or more lines naming file, line and path). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** The label of standard input in messages. */
export const STDIN = '<stdin>';

/** Built-in rule sets by id, from whatever `src/rules.ts` exports. */
export const BUILT_IN_RULE_SETS: ReadonlyMap<string, RuleSet> = new Map(
  Object.values(builtIns)
    .filter(isRuleSet)
    .map((ruleSet) => [ruleSet.id, ruleSet]),
);

/** `parseArgs` in strict mode, with its errors turned into {@link UsageError}s. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

/** Checks an option's value against its allowed values. */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
  }
  return value as T;
}

/** Parses a positive integer option. */
export function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer; got ${JSON.stringify(value)}`);
  return n;
}

/** Reads all of standard input as UTF-8. */
export async function readStdin(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
}

/** Reads a file, or standard input for `-`; returns the text and the name to use in messages. */
export async function readInput(io: CliIo, file: string): Promise<{ text: string; name: string }> {
  if (file === '-') return { text: await readStdin(io), name: STDIN };
  return { text: await readTextFile(file), name: file };
}

/**
 * Is a parsed document a parcel (several items, one label) rather than a return case? It is when
 * it is an object with an own `items` key: a case has no such key, so even a malformed `items`
 * gets the parcel's error messages (`items: required; expected an array …`).
 */
export function isParcelDocument(value: unknown): value is Record<string, unknown> & { items: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, 'items');
}

/** `file:line:column: path: message` for each issue. */
export function issueLines(file: string, issues: readonly (Issue | FileIssue)[], more = 0): string[] {
  const lines = issues.map((issue) => {
    const at = 'line' in issue ? `${file}:${issue.line}:${issue.column}` : file;
    // Paths and messages quote the input: no control or bidi-override character reaches the terminal.
    return neutralizeControls(`${at}: ${formatPath(issue.path)}: ${issue.message}`);
  });
  return more > 0 ? [...lines, `${neutralizeControls(file)}: … and ${more} more ${more === 1 ? 'issue' : 'issues'} not shown`] : lines;
}

/** `(N issues)` for an error that may carry only the first issues. */
export function issueCount(error: { issues: readonly unknown[]; more: number }): string {
  const count = error.issues.length + error.more;
  return `${count} ${count === 1 ? 'issue' : 'issues'}`;
}

/**
 * A rule set from a built-in id or a file.
 * @throws {InputError} naming the file (and line and JSON path for invalid documents)
 */
export async function resolveRuleSet(spec: string): Promise<RuleSet> {
  const builtIn = BUILT_IN_RULE_SETS.get(spec);
  if (builtIn !== undefined) return builtIn;
  try {
    return await loadRuleSetFile(spec);
  } catch (error) {
    if (FileError.is(error) && error.code === 'file_not_found' && !/[/\\.]/.test(spec)) {
      throw new InputError(
        `unknown rule set "${spec}": no such file, and not a built-in id (built-in: ${[...BUILT_IN_RULE_SETS.keys()].join(', ')})`,
      );
    }
    if (RuleSetError.is(error)) {
      throw new InputError([`${spec}: invalid rule set (${issueCount(error)}):`, ...issueLines(spec, error.issues, error.more)].join('\n'));
    }
    throw error;
  }
}

/**
 * Evaluator options from `--floor <file|id>` (repeatable: statutory rule sets the decision may not
 * fall below) and `--calendar <file>` (a JSON file of `createCalendar` options, e.g.
 * `{ "nonWorkingDates": ["2025-10-01"], "workingDates": ["2025-09-28"] }`).
 * @throws {InputError} naming the file for an unreadable, malformed or invalid floor or calendar
 */
export async function evaluatorOptions(values: { floor?: string[] | undefined; calendar?: string | undefined }): Promise<EvaluatorOptions> {
  const options: EvaluatorOptions = {};
  if (values.floor !== undefined && values.floor.length > 0) options.floor = await Promise.all(values.floor.map(resolveRuleSet));
  if (values.calendar !== undefined) {
    const file = values.calendar;
    const json = parseJson(await readTextFile(file), file);
    try {
      options.calendar = createCalendar(json as CalendarOptions);
    } catch (error) {
      if (ReturnLiabilityError.is(error)) throw new InputError(`${file}: ${error.message}`);
      throw error;
    }
  }
  return options;
}

/** Parses JSON text; syntax errors become an {@link InputError} with file, line and column. */
export function parseJson(text: string, name: string): unknown {
  try {
    return parseJsonText(text, name);
  } catch (error) {
    if (FileError.is(error)) throw new InputError(error.message);
    throw error;
  }
}

/**
 * Writes an error to stderr and returns the exit code: 2 for usage and input problems, 1 for
 * failed decisions and anything unexpected.
 */
export function reportError(io: CliIo, error: unknown): number {
  if (error instanceof UsageError) {
    io.stderr.write(`return-liability: ${error.message}\nRun "return-liability --help" for usage.\n`);
    return EXIT.usage;
  }
  if (error instanceof InputError || FileError.is(error)) {
    io.stderr.write(`${error.message}\n`);
    return EXIT.usage;
  }
  if (ReturnLiabilityError.is(error)) {
    io.stderr.write(`${error.message}\n`);
    return error.code === 'invalid_option' ? EXIT.usage : EXIT.failed;
  }
  io.stderr.write(`return-liability: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.failed;
}
