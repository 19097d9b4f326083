import type { Issue } from '../errors.js';
import { describeFact, WINDOW_FACT_PREFIX, type FactKind } from '../case/facts.js';
import { OPERATORS, type Operator } from './schema.js';

type Path = (string | number)[];

const OPERATORS_BY_KIND: Record<FactKind, readonly Operator[]> = {
  boolean: ['equal', 'notEqual'],
  integer: ['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'in', 'notIn'],
  enum: ['equal', 'notEqual', 'in', 'notIn'],
  string: ['equal', 'notEqual', 'in', 'notIn'],
  tags: ['contains', 'doesNotContain'],
};

const NOT_ALLOWED_KEYS: Record<string, string> = {
  path: 'JSONPath "path" is not allowed: facts are flat, so name the fact directly',
  params: 'fact "params" are not allowed: facts take no parameters',
  condition: 'shared condition references are not supported; write the condition inline',
  priority: 'condition priorities are not supported; every condition is evaluated (use the rule priority)',
};

const BRANCH_KEYS = ['all', 'any', 'not', 'fact'] as const;

/** What walking one rule's conditions found. */
export interface ConditionReport {
  issues: Issue[];
  /** Window names the conditions reference, in order of first use. */
  windows: string[];
  /** Base and window facts the conditions reference. */
  facts: string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${String(value)}`;
}

/**
 * Validates a rule's `conditions` tree as raw JSON, so that every problem gets a precise message and
 * a path into the file: node shape, unknown facts and windows, operators that do not apply to a
 * fact, and values of the wrong type or outside a fact's enumeration.
 */
export function checkConditions(root: unknown, path: Path, windowNames: ReadonlySet<string>, maxDepth: number): ConditionReport {
  const report: ConditionReport = { issues: [], windows: [], facts: [] };
  walk(root, path, 0, true);
  return report;

  function add(at: Path, code: string, message: string): void {
    report.issues.push({ path: at, code, message });
  }

  function walk(node: unknown, at: Path, depth: number, top: boolean): void {
    if (depth > maxDepth) {
      add(at, 'too_deep', `conditions nest deeper than ${maxDepth} levels`);
      return;
    }
    if (!isPlainObject(node)) {
      add(at, 'invalid_condition', `expected a condition object with one of ${top ? 'all, any or not' : 'all, any, not or fact'}, got ${describe(node)}`);
      return;
    }
    for (const key of Object.keys(node)) {
      const reason = NOT_ALLOWED_KEYS[key];
      if (reason !== undefined) add([...at, key], `${key}_not_allowed`, reason);
    }
    const branches = BRANCH_KEYS.filter((key) => Object.hasOwn(node, key));
    if (branches.length !== 1) {
      add(at, 'invalid_condition', branches.length === 0
        ? `a condition needs one of ${top ? 'all, any or not' : 'all, any, not or fact'}`
        : `a condition has exactly one of all, any, not or fact; found ${branches.join(', ')}`);
      return;
    }
    const branch = branches[0] as (typeof BRANCH_KEYS)[number];
    if (branch === 'fact') {
      if (top) {
        add(at, 'invalid_condition', 'the top level of conditions must be all, any or not; wrap the fact condition in "all"');
        return;
      }
      checkFactCondition(node, at);
      return;
    }
    for (const key of Object.keys(node)) {
      if (key !== branch && NOT_ALLOWED_KEYS[key] === undefined) add([...at, key], 'unrecognized_keys', `unknown key ${JSON.stringify(key)} beside "${branch}"`);
    }
    const inner = node[branch];
    if (branch === 'not') {
      walk(inner, [...at, 'not'], depth + 1, false);
      return;
    }
    if (!Array.isArray(inner)) {
      add([...at, branch], 'invalid_condition', `"${branch}" takes an array of conditions, got ${describe(inner)}`);
      return;
    }
    if (inner.length === 0) add([...at, branch], 'empty_condition', `"${branch}" has no conditions`);
    inner.forEach((child, index) => walk(child, [...at, branch, index], depth + 1, false));
  }

  function checkFactCondition(node: Record<string, unknown>, at: Path): void {
    for (const key of Object.keys(node)) {
      if (key !== 'fact' && key !== 'operator' && key !== 'value' && NOT_ALLOWED_KEYS[key] === undefined) {
        add([...at, key], 'unrecognized_keys', `unknown key ${JSON.stringify(key)} in a fact condition; expected fact, operator and value`);
      }
    }
    const { fact, operator, value } = node;
    if (typeof fact !== 'string') {
      add([...at, 'fact'], 'invalid_type', `expected a fact name, got ${describe(fact)}`);
      return;
    }
    const descriptor = describeFact(fact, windowNames);
    if (descriptor === undefined) {
      if (fact.startsWith(WINDOW_FACT_PREFIX)) {
        const declared = [...windowNames].join(', ') || 'none';
        add([...at, 'fact'], 'unknown_window', `unknown window ${JSON.stringify(fact.slice(WINDOW_FACT_PREFIX.length))}; this rule set declares: ${declared}`);
      } else {
        add([...at, 'fact'], 'unknown_fact', `unknown fact ${JSON.stringify(fact)}; see the fact catalogue (e.g. reason, qualityDefect, daysSinceDelivery, window.<name>)`);
      }
      return;
    }
    if (!report.facts.includes(fact)) report.facts.push(fact);
    if (fact.startsWith(WINDOW_FACT_PREFIX)) {
      const name = fact.slice(WINDOW_FACT_PREFIX.length);
      if (!report.windows.includes(name)) report.windows.push(name);
    }
    if (typeof operator !== 'string' || !(OPERATORS as readonly string[]).includes(operator)) {
      add([...at, 'operator'], 'unknown_operator', `unknown operator ${describe(operator)}; expected one of ${OPERATORS.join(', ')}`);
      return;
    }
    const allowed = OPERATORS_BY_KIND[descriptor.kind];
    if (!allowed.includes(operator as Operator)) {
      add([...at, 'operator'], 'operator_not_applicable', `operator "${operator}" does not apply to ${descriptor.kind} fact "${fact}"; use ${allowed.join(' or ')}`);
      return;
    }
    if (!Object.hasOwn(node, 'value')) {
      add([...at, 'value'], 'invalid_type', 'required; the value to compare the fact with');
      return;
    }
    const listOperator = operator === 'in' || operator === 'notIn';
    if (listOperator) {
      if (!Array.isArray(value) || value.length === 0) {
        add([...at, 'value'], 'invalid_value', `"${operator}" takes a non-empty array of values, got ${describe(value)}`);
        return;
      }
      value.forEach((element, index) => checkScalar(element, [...at, 'value', index]));
    } else {
      checkScalar(value, [...at, 'value']);
    }

    function checkScalar(candidate: unknown, where: Path): void {
      const kind = descriptor!.kind;
      const ok =
        kind === 'boolean' ? typeof candidate === 'boolean'
        : kind === 'integer' ? Number.isSafeInteger(candidate)
        : typeof candidate === 'string';
      if (!ok) {
        const expected = kind === 'boolean' ? 'true or false' : kind === 'integer' ? 'an integer' : 'a string';
        add(where, 'invalid_value', `fact "${fact}" is ${kind === 'tags' ? 'a list of tags' : kind === 'integer' ? 'an integer' : `a ${kind}`}; expected ${expected}, got ${describe(candidate)}`);
        return;
      }
      if (kind === 'enum' && descriptor!.values !== undefined && !descriptor!.values.includes(candidate as string)) {
        add(where, 'invalid_value', `fact "${fact}" is never ${JSON.stringify(candidate)}; its values are ${descriptor!.values.join(', ')}`);
      }
    }
  }
}
