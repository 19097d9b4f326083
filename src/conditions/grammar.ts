/**
 * The condition grammar: json-rules-engine's format (`all` / `any` / `not`, and `fact` compared
 * with a literal `value` by an `operator`), as TypeScript types, as the one validating walk the
 * loader uses, as the one leaf walk everything else uses, and as the JSON Schema the published
 * schema embeds.
 */
import type { Issue } from '../errors.js';
import type { FactLookup } from '../facts/scope.js';
import { BASE_FACT_NAMES, FACT_CATALOGUE, WINDOW_FACT_PREFIX } from '../facts/table.js';
import { isOperator, OPERATOR_TABLE, OPERATORS, type Operator, operatorsFor } from './operators.js';
import type { FactKind } from '../facts/table.js';

type Path = (string | number)[];

/** The value a leaf compares its fact with. */
export type ConditionValue = string | number | boolean | (string | number)[];
/** A leaf condition: compares one fact with a literal value. */
export interface FactCondition {
  fact: string;
  operator: Operator;
  value: ConditionValue;
}
/** A condition: a leaf, or `all` / `any` of conditions, or `not` one. */
export type Condition = FactCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };
/** The root of a rule's conditions: never a bare leaf. */
export type TopLevelCondition = { all: Condition[] } | { any: Condition[] } | { not: Condition };

/**
 * The walk: visits every leaf of a conditions tree, depth first (the order of the decision trace),
 * saying whether an odd number of `not`s encloses it.
 */
export function forEachLeaf(condition: Readonly<Condition>, visit: (leaf: FactCondition, negated: boolean) => void): void {
  const walk = (node: Readonly<Condition>, negated: boolean): void => {
    if ('fact' in node) visit(node, negated);
    else if ('all' in node) for (const child of node.all) walk(child, negated);
    else if ('any' in node) for (const child of node.any) walk(child, negated);
    else walk(node.not, !negated);
  };
  walk(condition, false);
}

/** Every leaf of a conditions tree, depth first. */
export function leavesOf(condition: Readonly<Condition>): FactCondition[] {
  const leaves: FactCondition[] = [];
  forEachLeaf(condition, (leaf) => leaves.push(leaf));
  return leaves;
}

/** Keys json-rules-engine knows but rule sets may not use, and why. */
const NOT_ALLOWED_KEYS: ReadonlyMap<string, string> = new Map([
  ['path', 'JSONPath "path" is not allowed: facts are flat, so name the fact directly'],
  ['params', 'fact "params" are not allowed: facts take no parameters'],
  ['condition', 'shared condition references are not supported; write the condition inline'],
  ['priority', 'condition priorities are not supported; every condition is evaluated (use the rule priority)'],
]);

const BRANCH_KEYS = ['all', 'any', 'not', 'fact'] as const;

/** What walking one rule's conditions found. */
export interface ConditionReport {
  issues: Issue[];
  /** Window names the conditions reference, in order of first use. */
  windows: string[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/**
 * Validates a rule's `conditions` tree as raw JSON, so that every problem gets a precise message and
 * a path into the file: node shape, unknown facts, windows and thresholds, operators that do not
 * apply to a fact, and values of the wrong type or outside a fact's values.
 *
 * @param root - the raw `conditions` value
 * @param path - where it sits in the document
 * @param facts - the facts of the rule set
 * @param maxDepth - deepest nesting of all / any / not allowed
 */
export function checkConditions(root: unknown, path: Path, facts: FactLookup, maxDepth: number): ConditionReport {
  const report: ConditionReport = { issues: [], windows: [] };
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
    if (!isObject(node)) {
      add(at, 'invalid_condition', `expected a condition object with one of ${top ? 'all, any or not' : 'all, any, not or fact'}, got ${describe(node)}`);
      return;
    }
    for (const key of Object.keys(node)) {
      const reason = NOT_ALLOWED_KEYS.get(key);
      if (reason !== undefined) add([...at, key], `${key}_not_allowed`, reason);
    }
    const branches = BRANCH_KEYS.filter((key) => Object.hasOwn(node, key));
    if (branches.length !== 1) {
      add(
        at,
        'invalid_condition',
        branches.length === 0
          ? `a condition needs one of ${top ? 'all, any or not' : 'all, any, not or fact'}`
          : `a condition has exactly one of all, any, not or fact; found ${branches.join(', ')}`,
      );
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
      if (key !== branch && !NOT_ALLOWED_KEYS.has(key)) add([...at, key], 'unrecognized_keys', `unknown key ${JSON.stringify(key)} beside "${branch}"`);
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
      if (key !== 'fact' && key !== 'operator' && key !== 'value' && !NOT_ALLOWED_KEYS.has(key)) {
        add([...at, key], 'unrecognized_keys', `unknown key ${JSON.stringify(key)} in a fact condition; expected fact, operator and value`);
      }
    }
    const { fact, operator, value } = node;
    if (typeof fact !== 'string') {
      add([...at, 'fact'], 'invalid_type', `expected a fact name, got ${describe(fact)}`);
      return;
    }
    const entry = facts.get(fact);
    if (entry === undefined) {
      const unknown = facts.unknown(fact);
      add([...at, 'fact'], unknown.code, unknown.message);
      return;
    }
    if (fact.startsWith(WINDOW_FACT_PREFIX)) {
      const name = fact.slice(WINDOW_FACT_PREFIX.length);
      if (!report.windows.includes(name)) report.windows.push(name);
    }
    if (!isOperator(operator)) {
      add([...at, 'operator'], 'unknown_operator', `unknown operator ${describe(operator)}; expected one of ${OPERATORS.join(', ')}`);
      return;
    }
    const definition = OPERATOR_TABLE[operator];
    if (!(definition.kinds as readonly string[]).includes(entry.kind)) {
      add([...at, 'operator'], 'operator_not_applicable', `operator "${operator}" does not apply to ${entry.kind} fact "${fact}"; use ${operatorsFor(entry.kind).join(' or ')}`);
      return;
    }
    if (!Object.hasOwn(node, 'value')) {
      add([...at, 'value'], 'invalid_type', 'required; the value to compare the fact with');
      return;
    }
    if (definition.operand === 'list') {
      if (!Array.isArray(value) || value.length === 0) {
        add([...at, 'value'], 'invalid_value', `"${operator}" takes a non-empty array of values, got ${describe(value)}`);
        return;
      }
      value.forEach((element, index) => checkScalar(element, [...at, 'value', index]));
    } else {
      checkScalar(value, [...at, 'value']);
    }

    function checkScalar(candidate: unknown, where: Path): void {
      const kind = entry!.kind;
      const ok = kind === 'boolean' ? typeof candidate === 'boolean' : kind === 'integer' ? Number.isSafeInteger(candidate) : typeof candidate === 'string';
      if (!ok) {
        const expected = kind === 'boolean' ? 'true or false' : kind === 'integer' ? 'an integer' : 'a string';
        const noun = kind === 'tags' ? 'a list of tags' : kind === 'integer' ? 'an integer' : kind === 'enum' ? 'an enum' : `a ${kind}`;
        add(where, 'invalid_value', `fact "${fact}" is ${noun}; expected ${expected}, got ${describe(candidate)}`);
        return;
      }
      const values = entry!.values;
      if (kind === 'enum' && values !== undefined && !values.includes(candidate as string)) {
        add(where, 'invalid_value', `fact "${fact}" is never ${JSON.stringify(candidate)}; its values are ${values.join(', ')}`);
      }
    }
  }
}

/** The JSON Schema of the value a fact of `kind` is compared with by a scalar operator. */
function scalarSchema(kind: string, values: readonly string[] | undefined): Record<string, unknown> {
  if (kind === 'boolean') return { type: 'boolean' };
  if (kind === 'integer') return { type: 'integer' };
  return kind === 'enum' && values !== undefined ? { type: 'string', enum: [...values] } : { type: 'string' };
}

/**
 * What a leaf may say about facts of one kind: its operators and, per operator, the value — a
 * scalar of the fact's type, or a non-empty list of them for `in` / `notIn`.
 */
function leafRule(kind: FactKind, values: readonly string[] | undefined): Record<string, unknown> {
  const operators = operatorsFor(kind);
  const lists = operators.filter((operator) => OPERATOR_TABLE[operator].operand === 'list');
  const scalar = scalarSchema(kind, values);
  return {
    type: 'object',
    properties: {
      operator: { enum: operators },
      value: lists.length === 0 ? scalar : { anyOf: [scalar, { type: 'array', minItems: 1, items: scalar }] },
    },
    // A list for in / notIn, a scalar for every other operator.
    ...(lists.length === 0
      ? {}
      : {
          allOf: [
            {
              if: { type: 'object', properties: { operator: { enum: lists } }, required: ['operator'] },
              then: { type: 'object', properties: { value: { type: 'array' } } },
              else: { type: 'object', properties: { value: { not: { type: 'array' } } } },
            },
          ],
        }),
  };
}

/**
 * The condition `$defs` of the published JSON Schema: `condition` and `topLevelCondition`. A leaf
 * names a fact of the catalogue, `window.<name>`, `threshold.<name>` or a declared fact; for a
 * built-in, window or threshold fact it may use only the operators of the fact's kind, with values of
 * its type (one of its values, for an enum). Which windows, thresholds and declared facts exist, and
 * the operators and values of declared facts, only the loader checks.
 */
export function conditionJsonSchemaDefs(): Record<string, unknown> {
  const ref = { $ref: '#/$defs/condition' };
  const branches = (child: unknown) => [
    { type: 'object', properties: { all: { type: 'array', minItems: 1, items: child } }, required: ['all'], additionalProperties: false },
    { type: 'object', properties: { any: { type: 'array', minItems: 1, items: child } }, required: ['any'], additionalProperties: false },
    { type: 'object', properties: { not: child }, required: ['not'], additionalProperties: false },
  ];
  const windowPattern = '^window\\.[a-z][a-z0-9_]*$';
  const thresholdPattern = '^threshold\\.[a-z][a-z0-9_]*$';
  const fact = {
    anyOf: [
      ...BASE_FACT_NAMES.map((name) => ({ const: name, description: FACT_CATALOGUE[name].description })),
      { type: 'string', pattern: windowPattern, description: 'window.<name>: is the request inside the named window' },
      { type: 'string', pattern: thresholdPattern, description: "threshold.<name>: is the measured amount at least the named threshold in the case's currency" },
      { type: 'string', pattern: '^[a-z][A-Za-z0-9]*$', description: "a fact the rule set declares in \"facts\"; a case supplies it in attributes" },
    ],
  };
  const scalar = { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] };
  const perFact = [
    ...BASE_FACT_NAMES.map((name) => ({
      if: { type: 'object', properties: { fact: { const: name } }, required: ['fact'] },
      then: leafRule(FACT_CATALOGUE[name].kind, FACT_CATALOGUE[name].values),
    })),
    ...[windowPattern, thresholdPattern].map((pattern) => ({
      if: { type: 'object', properties: { fact: { type: 'string', pattern } }, required: ['fact'] },
      then: leafRule('boolean', undefined),
    })),
  ];
  return {
    condition: {
      description: 'A json-rules-engine condition: all, any, not, or a fact compared with a value.',
      anyOf: [
        {
          type: 'object',
          properties: {
            fact,
            operator: { enum: OPERATORS },
            value: { anyOf: [scalar, { type: 'array', minItems: 1, items: { anyOf: [{ type: 'string' }, { type: 'number' }] } }] },
          },
          required: ['fact', 'operator', 'value'],
          additionalProperties: false,
          allOf: perFact,
        },
        ...branches(ref),
      ],
    },
    topLevelCondition: { description: "A rule's conditions: all, any or not at the top.", anyOf: branches(ref) },
  };
}
