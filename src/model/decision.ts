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
  /** The fact's value; absent when the fact is unknown for this case (`result` is then `'not_evaluated'`). */
  actual?: unknown;
  /** The condition's own result, before any enclosing `not`. */
  result: boolean | 'not_evaluated';
}

/** One rule of the rule set as evaluated on the case, in rule-set order. */
export interface TraceEntry {
  rule: string;
  priority: number;
  matched: boolean;
  /**
   * Set when the rule could not be evaluated because a fact it needs is unknown for this case (a
   * window whose end the holiday calendar does not reach); `matched` is then `false`. Such a rule
   * ranks below the winning rule, so it cannot change the decision.
   */
  undetermined?: true;
  conditions: TraceCondition[];
}

/** Something the caller should know: the rule set was silent, an agreement was ignored, … */
export interface Warning {
  code: string;
  message: string;
}

/** What happened to the case's negotiated split. */
export type NegotiationNote =
  | { status: 'applied'; sellerAmount: number }
  | { status: 'rejected'; agreedSellerAmount: number; ruleSellerAmount: number }
  | { status: 'ignored' };

/** What happened to the case's coverage. */
export type CoverageNote =
  | { status: 'applied'; amount: number; remainder: number; limit: number | undefined }
  | { status: 'not_applied'; reason: 'rule_excludes' | 'reason_not_covered' | 'not_first_return' | 'nothing_to_cover' };

/** A party's share of return shipping held at its cap; the excess went to `to`. */
export interface CapNote {
  party: Party;
  cap: number;
  excess: number;
  to: Party[];
}

/** The money side of a liability decision, with notes for the explanation. */
export interface Allocation {
  lines: Line[];
  totals: Partial<Record<Party, Money>>;
  /** Caps of the rule that held a party's share of return shipping. */
  caps?: CapNote[];
  negotiation: NegotiationNote | undefined;
  coverage: CoverageNote | undefined;
  outbound: 'not_decided' | 'standard_unknown' | 'partial_return' | undefined;
}

/** The answer for one return case. */
export interface Decision {
  caseId?: string;
  ruleSet: { id: string; version: string; digest: string };
  /** `returnless`: the buyer keeps the item and is refunded without sending it back. */
  outcome: 'allocated' | 'not_returnable' | 'returnless';
  /** The winning rule's machine code. */
  code: string;
  rule: { name: string; priority: number; citation?: string };
  /** One line per cost given in the case (empty when not returnable). */
  lines: Line[];
  /** What each party pays across all lines. */
  totals: Partial<Record<Party, Money>>;
  /** What the buyer is refunded, when `item.price` is given and the item is returnable (or returnless). */
  settlement?: Settlement;
  /** The explanation in the buyer's language: the rule's sentence, then one line per fact of the split. */
  text: { locale: string; summary: string; details: string[] };
  /** Every rule of the rule set as evaluated on the case, in rule-set order. */
  trace: TraceEntry[];
  warnings: Warning[];
  /** Set when a statutory floor rule set overrode the policy's decision. */
  overriddenBy?: { ruleSet: string; rule: string; citation?: string };
}

/**
 * A decision made with `explain: false`, for bulk work: everything but the explanation. `text` and
 * `trace` are absent, and the type says so.
 */
export type UnexplainedDecision = Omit<Decision, 'text' | 'trace'> & { text?: never; trace?: never };

/** The kinds of settlement part, in the order they are listed and deductions are applied. */
export type SettlementPartKind =
  | 'goods'
  | 'outbound_shipping'
  | 'return_shipping_reimbursed'
  | 'return_shipping_deducted'
  | 'restocking_fee'
  | 'diminished_value';

/** One signed part of a refund: + paid to the buyer, − kept from the buyer. */
export interface SettlementPart {
  kind: SettlementPartKind;
  amount: Money;
}

/** What the buyer is refunded in total (never below zero), and its parts, which sum to it exactly. */
export interface Settlement {
  refund: Money;
  parts: SettlementPart[];
}

/** How a parcel's label was apportioned, and each returnable item's portion (summing to the label). */
export interface LabelSplitResult {
  method: 'seller_fault_carries' | 'by_value' | 'by_weight' | 'equal';
  portions: Array<{ item: string; amount: Money }>;
}

/** The answer for a parcel: several items returned together with one label. */
export interface ParcelDecision {
  caseId?: string;
  ruleSet: { id: string; version: string; digest: string };
  labelSplit: LabelSplitResult;
  /** One decision per item, in input order; each `caseId` is the item's id, each carries its portion. */
  items: Decision[];
  /** The parcel's cost lines: the items' shares summed per party and source. */
  lines: Line[];
  /** What each party pays across all lines: the sum of the items' totals. */
  totals: Partial<Record<Party, Money>>;
  /** The items' settlements merged by part kind (each item carries its portion, so the label counts once). */
  settlement?: Settlement;
  /** Why the label is split as it is, who pays what in all, then one line per item. */
  text: { locale: string; summary: string; details: string[] };
  warnings: Warning[];
  /** Set when a statutory floor rule set overrode the policy's decision of the parcel. */
  overriddenBy?: { ruleSet: string; rule: string; citation?: string };
}

/** A parcel decision made with `explain: false`: no texts, no traces, and the type says so. */
export type UnexplainedParcelDecision = Omit<ParcelDecision, 'text' | 'items'> & { items: UnexplainedDecision[]; text?: never };
