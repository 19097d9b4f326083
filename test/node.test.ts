import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator, isRuleSet, RuleSetError } from '../src/index.js';
import {
  FileError,
  findJsonSyntaxError,
  loadRuleSetFile,
  locateJsonPath,
  parseJsonText,
  positionAt,
  readTextFile,
  type FileIssue,
} from '../src/node/index.js';

const ROOT = new URL('..', import.meta.url).pathname;
const scratch = () => mkdtempSync(join(tmpdir(), 'return-liability-node-'));

async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('loadRuleSetFile', () => {
  it('loads a rule-set file into a rule set the evaluator accepts', async () => {
    const ruleSet = await loadRuleSetFile(join(ROOT, 'rules/marketplace-standard.json'));
    expect(isRuleSet(ruleSet)).toBe(true);
    expect(ruleSet.id).toBe('marketplace-standard');
    const decision = createEvaluator(ruleSet).decide({
      reason: 'changed_mind',
      costs: { returnShipping: { amount: 690, currency: 'USD' } },
      dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' },
    });
    expect(decision.code).toBe('buyer_reasons');
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const file = join(scratch(), 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(join(ROOT, 'test/fixtures/rules-clean.json'), 'utf8')}`);
    expect((await loadRuleSetFile(file)).id).toBe('fixture-clean');
  });

  it('throws FileError file_not_found naming the file', async () => {
    const error = await thrownBy(loadRuleSetFile('no/such/rules.json'));
    expect(FileError.is(error)).toBe(true);
    expect(error).toMatchObject({ code: 'file_not_found', file: 'no/such/rules.json', line: undefined, message: 'no/such/rules.json: no such file' });
  });

  it('throws FileError file_unreadable for a directory', async () => {
    const dir = scratch();
    expect(await thrownBy(readTextFile(dir))).toMatchObject({ name: 'FileError', code: 'file_unreadable', message: `${dir}: is a directory, not a file` });
  });

  it('throws FileError invalid_json with the line and column of the syntax error', async () => {
    const file = join(scratch(), 'broken.json');
    writeFileSync(file, '{\n  "id": "x",\n  "rules": [,]\n}\n');
    const error = await thrownBy(loadRuleSetFile(file));
    expect(error).toMatchObject({ code: 'invalid_json', file, line: 3, column: 13, message: `${file}:3:13: invalid JSON: expected a JSON value, found ","` });
    expect((error as FileError).cause).toBeInstanceOf(SyntaxError);
  });

  it('throws RuleSetError naming the file, each issue with the line and column of its JSON path', async () => {
    const file = join(ROOT, 'test/fixtures/rules-invalid.json');
    const error = await thrownBy(loadRuleSetFile(file));
    expect(RuleSetError.is(error)).toBe(true);
    const { message, issues } = error as RuleSetError;
    expect(message.split('\n')[0]).toBe(`Invalid rule set in ${file} (2 issues):`);
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = (issue: FileIssue) => lines[issue.line - 1]?.slice(issue.column - 1);
    const [fact, priority] = issues as FileIssue[];
    expect(fact).toMatchObject({ path: ['rules', 1, 'conditions', 'any', 0, 'fact'], code: 'unknown_fact' });
    expect(at(fact as FileIssue)).toMatch(/^"qualityDefekt"/);
    expect(priority?.path).toEqual(['rules', 2, 'priority']);
    expect(at(priority as FileIssue)).toMatch(/^0,/);
  });
});

describe('JSON positions', () => {
  it.each([
    ['{"a":}', 5, 'expected a JSON value, found "}"'],
    ['{"a": 1,}', 8, 'expected a double-quoted property name, found "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 13, `expected ',' or '}' after a property value, found "\\""`],
    ['[1, 2', 5, "expected ',' or ']' after an array element, found the end of the input"],
    ['', 0, 'expected a JSON value, found the end of the input'],
    ['"abc', 4, 'an unterminated string'],
    ['"a\nb"', 2, 'a control character (such as a line break) inside a string'],
    ['"\\x"', 2, 'invalid escape in a string'],
    ['{"a" 1}', 5, `expected ':' after a property name, found "1"`],
    ['1 2', 2, 'unexpected "2" after the JSON value'],
    ["{'a': 1}", 1, `expected a double-quoted property name, found "'"`],
  ])('finds the syntax error in %j at offset %i', (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(findJsonSyntaxError(text)).toEqual({ offset, message });
  });

  it('finds no syntax error in valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  it('turns offsets into 1-based lines and columns', () => {
    expect(positionAt('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\ncd\n', 99)).toEqual({ line: 3, column: 1 });
    expect(parseJsonText('[1]', 'x.json')).toEqual([1]);
  });

  it('locates the value at any existing path', () => {
    const pathsOf = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
      if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
      if (typeof value === 'object' && value !== null) return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
      return [prefix];
    };
    const at = (value: unknown, path: readonly (string | number)[]) => path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], value);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        // Compact JSON: the located text starts with exactly the value's own JSON.
        const text = JSON.stringify(value);
        for (const path of pathsOf(value)) {
          if (path.some((key) => key === '__proto__')) continue;
          const { line, column } = locateJsonPath(text, path);
          expect(line).toBe(1);
          expect(text.slice(column - 1).startsWith(JSON.stringify(at(value, path)))).toBe(true);
        }
      }),
    );
  });

  it('locates a missing path at its deepest existing parent', () => {
    const text = '{\n  "a": {\n    "b": [10, 20]\n  }\n}';
    expect(locateJsonPath(text, ['a', 'b', 1])).toEqual({ line: 3, column: 15 });
    expect(locateJsonPath(text, ['a', 'missing'])).toEqual({ line: 2, column: 8 });
    expect(locateJsonPath(text, ['a', 'b', 5])).toEqual({ line: 3, column: 10 });
    expect(locateJsonPath(text, [])).toEqual({ line: 1, column: 1 });
  });
});
