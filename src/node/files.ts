import { readFile } from 'node:fs/promises';
import type { Issue } from '../errors.js';
import { RuleSetError } from '../errors.js';
import { loadRuleSet, type LoadRuleSetOptions, type RuleSet } from '../rule-set/load.js';
import { FileError } from './errors.js';
import { findJsonSyntaxError, locateJsonPaths, positionAt } from './json-text.js';

/** An {@link Issue} in a file, with the 1-based line and column where the value at its path starts. */
export interface FileIssue extends Issue {
  readonly line: number;
  readonly column: number;
}

/**
 * Reads a text file as UTF-8 (a leading byte-order mark is dropped).
 * @throws {FileError} `file_not_found` or `file_unreadable`, naming the file
 */
export async function readTextFile(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    if (code === 'ENOENT') throw new FileError('file_not_found', file, 'no such file', { cause });
    if (code === 'EISDIR') throw new FileError('file_unreadable', file, 'is a directory, not a file', { cause });
    throw new FileError('file_unreadable', file, `cannot be read (${String(code ?? cause)})`, { cause });
  }
}

/**
 * Parses JSON text, or throws a {@link FileError} `invalid_json` with the line and column of the
 * first syntax error.
 * @param text - the JSON text
 * @param file - the name to put in errors
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const problem = findJsonSyntaxError(text) ?? { offset: 0, message: (cause as Error).message };
    throw new FileError('invalid_json', file, `invalid JSON: ${problem.message}`, { position: positionAt(text, problem.offset), cause });
  }
}

/** Adds to each issue the line and column of its path in `text`. */
export function locateIssues(text: string, issues: readonly Issue[]): FileIssue[] {
  const positions = locateJsonPaths(text, issues.map((issue) => issue.path));
  return issues.map((issue, index) => ({ ...issue, ...positions[index] }) as FileIssue);
}

/**
 * Reads, parses and validates a rule-set file.
 *
 * @param file - path of a rule-set JSON file
 * @param options - limits, as for `loadRuleSet`
 * @returns the validated rule set
 * @throws {FileError} the file is missing, unreadable, or not JSON (with line and column)
 * @throws {RuleSetError} the document is invalid; the message names the file, and each issue is a
 *   {@link FileIssue} with the line and column of its JSON path
 * @example
 * const ruleSet = await loadRuleSetFile('rules/my-shop.json');
 */
export async function loadRuleSetFile(file: string, options: LoadRuleSetOptions = {}): Promise<RuleSet> {
  const text = await readTextFile(file);
  const json = parseJsonText(text, file);
  try {
    return loadRuleSet(json, options);
  } catch (error) {
    if (!RuleSetError.is(error)) throw error;
    throw new RuleSetError(locateIssues(text, error.issues), { subject: `Invalid rule set in ${file}`, cause: error, more: error.more });
  }
}
