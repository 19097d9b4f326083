/**
 * The error hierarchy. Every error the library throws is a {@link ReturnLiabilityError};
 * callers branch on `code` (stable, snake_case), never on message text.
 */

/** One problem found in an input, located by a path into that input. */
export interface Issue {
  /** Where the problem is: object keys and array indexes from the root of the input. */
  readonly path: readonly (string | number)[];
  /** Stable machine code, e.g. `invalid_type`, `unknown_fact`. */
  readonly code: string;
  /** What was wrong and what was expected. */
  readonly message: string;
}

const brand = Symbol.for('return-liability.error');

/** Base class of every error thrown by return-liability. */
export class ReturnLiabilityError extends Error {
  override readonly name: string = 'ReturnLiabilityError';
  /** Stable machine code. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    Object.defineProperty(this, brand, { value: true });
  }

  /**
   * Is `value` an error from this library? Works across realms and duplicate package copies,
   * unlike `instanceof`.
   */
  static is(value: unknown): value is ReturnLiabilityError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
  }
}

/**
 * Most issues an error carries. Beyond it, `issues` holds the first `MAX_REPORTED_ISSUES` in
 * order and `more` counts the rest, so that refusing a hostile input (and locating each issue in
 * its file) costs no more than reporting this many.
 */
export const MAX_REPORTED_ISSUES = 100;

function formatIssues(subject: string, issues: readonly Issue[], more: number): string {
  const total = issues.length + more;
  const shown = issues.slice(0, 10).map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
  const rest = total > 10 ? [`  … and ${total - 10} more`] : [];
  return [`${subject} (${total} ${total === 1 ? 'issue' : 'issues'}):`, ...shown, ...rest].join('\n');
}

/** The issues kept and the count of those left out. */
function bounded(issues: readonly Issue[], more = 0): { kept: readonly Issue[]; more: number } {
  if (issues.length <= MAX_REPORTED_ISSUES) return { kept: issues, more };
  return { kept: issues.slice(0, MAX_REPORTED_ISSUES), more: more + issues.length - MAX_REPORTED_ISSUES };
}

/** Renders a path like `rules[3].conditions.all[0].fact`; the root is `(root)`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** A return case (or a money value) is invalid. `issues` locate each problem in the input. */
export class ReturnCaseError extends ReturnLiabilityError {
  override readonly name = 'ReturnCaseError' as const;
  /** The problems found, at most `MAX_REPORTED_ISSUES`. */
  readonly issues: readonly Issue[];
  /** How many more problems were found than `issues` holds (0 unless the list was truncated). */
  readonly more: number;

  constructor(issues: readonly Issue[], options?: { cause?: unknown; more?: number }) {
    const { kept, more } = bounded(issues, options?.more);
    super('invalid_case', formatIssues('Invalid return case', kept, more), options?.cause === undefined ? undefined : { cause: options.cause });
    this.issues = kept;
    this.more = more;
  }

  static override is(value: unknown): value is ReturnCaseError {
    return ReturnLiabilityError.is(value) && value.name === 'ReturnCaseError';
  }
}

/** A rule-set document is invalid. `issues` carry paths into the JSON document. */
export class RuleSetError extends ReturnLiabilityError {
  override readonly name = 'RuleSetError' as const;
  /** The problems found, at most `MAX_REPORTED_ISSUES`. */
  readonly issues: readonly Issue[];
  /** How many more problems were found than `issues` holds (0 unless the list was truncated). */
  readonly more: number;

  constructor(issues: readonly Issue[], options?: { cause?: unknown; subject?: string; more?: number }) {
    const { kept, more } = bounded(issues, options?.more);
    super('invalid_rule_set', formatIssues(options?.subject ?? 'Invalid rule set', kept, more), options?.cause === undefined ? undefined : { cause: options.cause });
    this.issues = kept;
    this.more = more;
  }

  static override is(value: unknown): value is RuleSetError {
    return ReturnLiabilityError.is(value) && value.name === 'RuleSetError';
  }
}

/** Two or more rules matched at the top priority with different outcomes. */
export class RuleConflictError extends ReturnLiabilityError {
  override readonly name = 'RuleConflictError' as const;
  /** Names of the conflicting rules, in rule-set order. */
  readonly rules: readonly string[];
  readonly priority: number;

  constructor(ruleSetId: string, rules: readonly string[], priority: number) {
    super(
      'rule_conflict',
      `Rule set "${ruleSetId}": rules ${rules.map((r) => `"${r}"`).join(' and ')} all match at priority ${priority} ` +
        'with different outcomes; give one a higher priority or narrow its conditions.',
    );
    this.rules = rules;
    this.priority = priority;
  }

  static override is(value: unknown): value is RuleConflictError {
    return ReturnLiabilityError.is(value) && value.name === 'RuleConflictError';
  }
}

/** No rule of the rule set matched the case. Rule sets should end with a low-priority fallback. */
export class NoRuleMatchedError extends ReturnLiabilityError {
  override readonly name = 'NoRuleMatchedError' as const;

  constructor(ruleSetId: string, caseId?: string) {
    super(
      'no_rule_matched',
      `Rule set "${ruleSetId}" has no rule matching ${caseId === undefined ? 'the case' : `case "${caseId}"`}; ` +
        'add a low-priority fallback rule.',
    );
  }

  static override is(value: unknown): value is NoRuleMatchedError {
    return ReturnLiabilityError.is(value) && value.name === 'NoRuleMatchedError';
  }
}
