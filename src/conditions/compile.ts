/**
 * The condition compiler: each rule's condition tree becomes plain closures once, when an evaluator
 * is built (no `eval`, no `new Function`, so it runs under a strict Content-Security-Policy).
 *
 * Results are three-valued: `true`, `false`, or `undefined` when a fact the rule needs is
 * {@link UNKNOWN} (a window past the end of the holiday calendar). `all`, `any` and `not` combine
 * them as Kleene logic does, so a rule whose outcome does not depend on the unknown fact still
 * gets a definite answer.
 */
import { UNKNOWN } from '../facts/table.js';
import { OPERATOR_TABLE } from './operators.js';
import { type Condition, type FactCondition, leavesOf, type TopLevelCondition } from './grammar.js';

/** Fact values by name; a fact the case could not produce is {@link UNKNOWN}. */
export type FactValues = Readonly<Record<string, unknown>>;

/** `true`, `false`, or `undefined` when it depends on an {@link UNKNOWN} fact. */
export type Truth = boolean | undefined;

/** A compiled condition. */
export type Test = (facts: FactValues) => Truth;

/** One leaf of a compiled rule, for the trace. */
export interface CompiledLeaf {
  readonly condition: Readonly<FactCondition>;
  readonly test: Test;
}

/** A rule's conditions, compiled. */
export interface CompiledConditions {
  /** The whole tree; `all` and `any` stop at the first child that settles them. */
  readonly test: Test;
  /** Every leaf, depth first, as the trace lists them. */
  readonly leaves: readonly CompiledLeaf[];
}

function compileLeaf(leaf: Readonly<FactCondition>, mayBeUnknown: (fact: string) => boolean): Test {
  const { fact, value } = leaf;
  const holds = OPERATOR_TABLE[leaf.operator].holds;
  // The common operators get their own closure: no call through the table on the hot path.
  let test: (actual: unknown) => boolean;
  switch (leaf.operator) {
    case 'equal':
      test = (actual) => actual === value;
      break;
    case 'notEqual':
      test = (actual) => actual !== value;
      break;
    default:
      test = (actual) => holds(actual, value);
  }
  if (!mayBeUnknown(fact)) return (facts) => test(facts[fact]);
  return (facts) => {
    const actual = facts[fact];
    return actual === UNKNOWN ? undefined : test(actual);
  };
}

function compileNode(node: Readonly<Condition>, mayBeUnknown: (fact: string) => boolean): Test {
  if ('fact' in node) return compileLeaf(node, mayBeUnknown);
  if ('not' in node) {
    const inner = compileNode(node.not, mayBeUnknown);
    return (facts) => {
      const result = inner(facts);
      return result === undefined ? undefined : !result;
    };
  }
  const isAll = 'all' in node;
  const children = (isAll ? node.all : node.any).map((child) => compileNode(child, mayBeUnknown));
  if (children.length === 1) return children[0] as Test;
  // all: false settles it; any: true settles it. An unknown child leaves the result unknown unless settled.
  const settles = !isAll;
  return (facts) => {
    let unknown = false;
    for (let i = 0; i < children.length; i++) {
      const result = (children[i] as Test)(facts);
      if (result === settles) return settles;
      if (result === undefined) unknown = true;
    }
    return unknown ? undefined : !settles;
  };
}

/**
 * Compiles a rule's conditions.
 *
 * @param conditions - a validated conditions tree
 * @param mayBeUnknown - whether a fact can be {@link UNKNOWN}; only those leaves pay for the check
 */
export function compileConditions(conditions: Readonly<TopLevelCondition>, mayBeUnknown: (fact: string) => boolean): CompiledConditions {
  return {
    test: compileNode(conditions, mayBeUnknown),
    leaves: leavesOf(conditions).map((condition) => ({ condition, test: compileLeaf(condition, mayBeUnknown) })),
  };
}
