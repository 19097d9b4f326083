/**
 * The operator table: what each condition operator means, with json-rules-engine's semantics
 * exactly (its `engine-default-operators`: a fact-value validator, then a strict comparison), and
 * which kinds of fact and value it applies to. The compiler, the loader's checks and the checker all
 * read this one table.
 */
import type { FactKind } from '../facts/table.js';

/** What a comparison takes on its right-hand side: one value, or a list of values. */
export type OperandShape = 'scalar' | 'list';

/** One operator. */
export interface OperatorDefinition {
  /** The fact kinds the operator applies to; the loader refuses it on any other. */
  readonly kinds: readonly FactKind[];
  /** `list` operators take a non-empty array of values; `scalar` ones a single value. */
  readonly operand: OperandShape;
  /** Does `fact` compare true with `value`? json-rules-engine 7.3's definition, verbatim in effect. */
  readonly holds: (fact: unknown, value: unknown) => boolean;
}

/** json-rules-engine's `numberValidator`: the fact parses as a number. */
const isNumeric = (fact: unknown) => Number.parseFloat(fact as string).toString() !== 'NaN';
const indexOf = (list: unknown, value: unknown) => (list as unknown[]).indexOf(value);

const ORDERED: readonly FactKind[] = ['integer'];
const EQUATABLE: readonly FactKind[] = ['boolean', 'integer', 'enum', 'string'];
const LISTABLE: readonly FactKind[] = ['integer', 'enum', 'string'];

/** json-rules-engine's built-in operators that rule sets may use (decorators are not allowed). */
export const OPERATOR_TABLE = {
  equal: { kinds: EQUATABLE, operand: 'scalar', holds: (a, b) => a === b },
  notEqual: { kinds: EQUATABLE, operand: 'scalar', holds: (a, b) => a !== b },
  in: { kinds: LISTABLE, operand: 'list', holds: (a, b) => indexOf(b, a) > -1 },
  notIn: { kinds: LISTABLE, operand: 'list', holds: (a, b) => indexOf(b, a) === -1 },
  contains: { kinds: ['tags'], operand: 'scalar', holds: (a, b) => Array.isArray(a) && a.indexOf(b) > -1 },
  doesNotContain: { kinds: ['tags'], operand: 'scalar', holds: (a, b) => Array.isArray(a) && a.indexOf(b) === -1 },
  lessThan: { kinds: ORDERED, operand: 'scalar', holds: (a, b) => isNumeric(a) && (a as number) < (b as number) },
  lessThanInclusive: { kinds: ORDERED, operand: 'scalar', holds: (a, b) => isNumeric(a) && (a as number) <= (b as number) },
  greaterThan: { kinds: ORDERED, operand: 'scalar', holds: (a, b) => isNumeric(a) && (a as number) > (b as number) },
  greaterThanInclusive: { kinds: ORDERED, operand: 'scalar', holds: (a, b) => isNumeric(a) && (a as number) >= (b as number) },
} as const satisfies Record<string, OperatorDefinition>;

/** A condition operator. */
export type Operator = keyof typeof OPERATOR_TABLE;

/** The operators, in table order. */
export const OPERATORS = Object.keys(OPERATOR_TABLE) as Operator[];

/** Is `name` an operator of the table? */
export function isOperator(name: unknown): name is Operator {
  return typeof name === 'string' && Object.hasOwn(OPERATOR_TABLE, name);
}

/** The operators that apply to a kind of fact, in table order. */
export function operatorsFor(kind: FactKind): Operator[] {
  return OPERATORS.filter((name) => (OPERATOR_TABLE[name].kinds as readonly FactKind[]).includes(kind));
}
