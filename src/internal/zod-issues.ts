import type { core } from 'zod/mini';
import type { Issue } from '../errors.js';

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

const expectedNames: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  record: 'an object',
};

/**
 * Turns zod issues into this library's {@link Issue}s with messages written for people: what was
 * found, where, and what was expected. zod/mini carries no message locale, so the wording is ours.
 */
export function fromZodIssues(issues: readonly core.$ZodIssue[], customMessages?: (issue: core.$ZodIssue) => string | undefined): Issue[] {
  return issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    code: issue.code === 'custom' ? ((issue.params?.['code'] as string | undefined) ?? 'invalid_value') : issue.code,
    message: customMessages?.(issue) ?? describeIssue(issue),
  }));
}

function describeIssue(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `required; expected ${expectedNames[issue.expected] ?? issue.expected}`;
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return Number.isInteger(issue.input)
          ? `${issue.input} is beyond the largest exact integer (${Number.MAX_SAFE_INTEGER})`
          : `expected an integer, got ${issue.input}`;
      }
      return `expected ${expectedNames[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`;
    }
    case 'unrecognized_keys': {
      // Name a few: hostile input can carry thousands of keys.
      const shown = issue.keys.slice(0, 10).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}…` : k));
      const more = issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : '';
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${shown.join(', ')}${more}`;
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `expected at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`;
      if (issue.origin === 'string') return `expected at least ${issue.minimum} characters`;
      return `expected a number ${issue.inclusive ? '≥' : '>'} ${issue.minimum}, got ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'array') return `expected at most ${issue.maximum} entries`;
      if (issue.origin === 'string') return `expected at most ${issue.maximum} characters`;
      return `expected a number ${issue.inclusive ? '≤' : '<'} ${issue.maximum}, got ${describeValue(issue.input)}`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid ${issue.format}: ${describeValue(issue.input)}`;
    case 'invalid_union':
      // A discriminated union whose discriminator matched no option: the path ends at the discriminator.
      if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined && typeof issue.input === 'object' && issue.input !== null) {
        const found = (issue.input as Record<string, unknown>)[issue.discriminator];
        return `expected one of ${issue.options.map((option) => JSON.stringify(option)).join(', ')}, got ${describeValue(found)}`;
      }
      return `does not match any allowed shape (got ${describeValue(issue.input)})`;
    case 'invalid_key':
      return `invalid key ${describeValue(issue.input).replace(/^the string /, '')}: ${issue.issues.map(describeIssue).join('; ')}`;
    default:
      return issue.message;
  }
}
