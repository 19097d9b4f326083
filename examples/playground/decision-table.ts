/**
 * The decision-table view of a rule set: one row per rule in priority order (highest first, then
 * file order, as `decide()` ranks them), one column per fact the rules test, and each cell the
 * rule's conditions on that fact in words — "reason ∈ {quality_defect, wrong_item}" — followed by
 * what the rule decides and who pays. Pure data, so that it can be tested without a browser.
 */
import type { Condition, FactCondition, RuleSet } from 'return-liability';

/** How a rule's conditions combine: the top-level group, and any nested group a leaf sits in. */
export type Combinator = 'all' | 'any' | 'none';

/** One condition of a rule, in words. */
export interface TableCondition {
  /** E.g. `∈ {changed_mind, does_not_fit}`, `= true`, `≥ 0`. */
  text: string;
  /** The nested group this condition belongs to (1-based, per rule); absent at the top level. */
  group?: number;
}

export interface TableRow {
  rule: string;
  priority: number;
  /** How the rule's top-level conditions combine. */
  match: Combinator;
  /** Nested groups, numbered as the conditions refer to them. */
  groups: Array<{ group: number; combinator: Combinator }>;
  /** Conditions per fact column; a fact the rule does not test is absent. */
  cells: Record<string, TableCondition[]>;
  /** `liability`, `not_returnable`, … and the rule's code. */
  outcome: string;
  code: string;
  /** E.g. `seller 100%` or `buyer 60% · seller 40%`; empty when nobody pays. */
  payer: string;
}

export interface DecisionTable {
  /** The facts tested, in order of first use. */
  columns: string[];
  rows: TableRow[];
}

const SYMBOLS: Record<string, string> = {
  equal: '=',
  notEqual: '≠',
  in: '∈',
  notIn: '∉',
  contains: 'contains',
  doesNotContain: 'does not contain',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
};

function literal(value: unknown): string {
  if (Array.isArray(value)) return `{${value.map(literal).join(', ')}}`;
  return typeof value === 'string' ? value : String(value);
}

/** A condition in words, without its fact: `∈ {defective, wrong_item}`. */
export function describeCondition(leaf: FactCondition, negated = false): string {
  const text = `${SYMBOLS[leaf.operator] ?? leaf.operator} ${literal(leaf.value)}`;
  return negated ? `not (${text})` : text;
}

function combinatorOf(node: Condition): Combinator | undefined {
  if ('all' in node) return 'all';
  if ('any' in node) return 'any';
  if ('not' in node) return 'none';
  return undefined;
}

function payerOf(params: Record<string, unknown>): string {
  const shares = params['shares'];
  if (typeof shares !== 'object' || shares === null) return '';
  return Object.entries(shares as Record<string, number>)
    .filter(([, percent]) => percent > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([party, percent]) => `${party} ${percent}%`)
    .join(' · ');
}

/** Builds the decision table of a loaded rule set. */
export function decisionTable(ruleSet: RuleSet): DecisionTable {
  const columns: string[] = [];
  const ranked = ruleSet.rules.map((rule, index) => ({ rule, index })).sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index);
  const rows = ranked.map(({ rule }): TableRow => {
    const cells: Record<string, TableCondition[]> = {};
    const groups: TableRow['groups'] = [];
    const top = rule.conditions as Condition;
    const visit = (node: Condition, group: number | undefined, negated: boolean): void => {
      if ('fact' in node) {
        if (!columns.includes(node.fact)) columns.push(node.fact);
        (cells[node.fact] ??= []).push({ text: describeCondition(node, negated), ...(group === undefined ? {} : { group }) });
        return;
      }
      const children = 'all' in node ? node.all : 'any' in node ? node.any : [node.not];
      for (const child of children) {
        const nested = combinatorOf(child);
        if (nested === undefined || ('not' in child && 'fact' in child.not)) {
          // A leaf, or `not` of a single leaf (shown as "not (…)") stays in its parent's group.
          visit('not' in child ? child.not : child, group, 'not' in child ? !negated : negated);
          continue;
        }
        const number = groups.length + 1;
        groups.push({ group: number, combinator: nested });
        visit(child, number, negated);
      }
    };
    visit(top, undefined, false);
    const params = rule.event.params as unknown as Record<string, unknown>;
    return {
      rule: rule.name,
      priority: rule.priority,
      match: combinatorOf(top) ?? 'all',
      groups,
      cells,
      outcome: rule.event.type,
      code: typeof params['code'] === 'string' ? params['code'] : '',
      payer: payerOf(params),
    };
  });
  return { columns, rows };
}
