import type { Money, Party } from '../money/money.js';

/** The cost lines a decision can allocate. */
export type CostLine = 'returnShipping' | 'outboundShipping' | 'replacementShipping';

/** How a share came about: the winning rule, the buyer–seller agreement, or coverage. */
export type ShareSource = 'rule' | 'negotiated_split' | 'coverage';

/** One party's part of one cost line. */
export interface Share {
  party: Party;
  amount: Money;
  /** The share as a percentage of the line total (two decimals). */
  percent: number;
  via: ShareSource;
}

/** One cost given in the case, split among the parties; the amounts sum exactly to `total`. */
export interface Line {
  cost: CostLine;
  total: Money;
  shares: Share[];
}

/** One condition of a rule as evaluated on the case. */
export interface TraceCondition {
  fact: string;
  operator: string;
  expected: unknown;
  actual: unknown;
  result: boolean | 'not_evaluated';
}

/** One rule of the rule set as evaluated on the case, in rule-set order. */
export interface TraceEntry {
  rule: string;
  priority: number;
  matched: boolean;
  conditions: TraceCondition[];
}

/** Something the caller should know: the rule set was silent, an agreement was ignored, … */
export interface Warning {
  code: string;
  message: string;
}

/** The answer for one return case (DESIGN §7). */
export interface Decision {
  caseId?: string;
  ruleSet: { id: string; version: string; digest: string };
  outcome: 'allocated' | 'not_returnable';
  /** The winning rule's machine code. */
  code: string;
  rule: { name: string; priority: number; citation?: string };
  /** One line per cost given in the case (empty when not returnable). */
  lines: Line[];
  /** What each party pays across all lines. */
  totals: Partial<Record<Party, Money>>;
  text: { locale: string; summary: string; details: string[] };
  trace: TraceEntry[];
  warnings: Warning[];
  /** Set when a statutory floor rule set overrode the policy's decision. */
  overriddenBy?: { ruleSet: string; rule: string; citation?: string };
}
