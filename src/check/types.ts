import type { ReturnCase } from '../case/schema.js';
import type { Calendar } from '../facts/windows.js';

/** One thing a rule author should hear about a rule set. */
export interface CheckFinding {
  /** `error` findings make decisions fail; `warning` findings are worth a look. */
  severity: 'error' | 'warning';
  /**
   * Stable machine code. Errors: `gap`, `conflict`, `fault_billed_to_buyer`. Warnings: `shadowed`,
   * `unreachable`, `unused_window`, `undisclosed_window`, `missing_disclosure`, `untranslated_text`,
   * `outbound_not_decided`, `impossible_value`, `threshold_currencies_disjoint`, `fault_negotiable`,
   * `text_names_non_payer`.
   */
  code: string;
  message: string;
  /** The rules concerned, e.g. both rules of a conflict. */
  rules?: string[];
  /** A complete, valid case that shows the problem through `decide()`. */
  example?: ReturnCase;
}

/** How much of the fact space the check decided. */
export interface CheckCoverage {
  /** Cases decided (combinations no real case can have are skipped, not counted). */
  cases: number;
  /** `true` when every combination of the fact space was decided; `false` for a seeded sample. */
  exhaustive: boolean;
  /** Size of the fact space: the number of combinations of the values the rules can tell apart. */
  combinations: number;
}

/** The result of `checkRuleSet`. */
export interface CheckResult {
  /** `true` when there is no `error` finding. */
  ok: boolean;
  /** Errors first, then warnings. */
  findings: CheckFinding[];
  coverage: CheckCoverage;
}

/** Options for `checkRuleSet`. */
export interface CheckOptions {
  /** Decide every combination when there are at most this many. Default 25 000. */
  exhaustiveLimit?: number;
  /** Otherwise, decide this many distinct combinations drawn with a seeded generator. Default 10 000. */
  sampleSize?: number;
  /** Seed of the sample; the same seed gives the same findings. Default 1. */
  seed?: number;
  /** Non-working days for windows with `extendPastHolidays`, as for `createEvaluator`. */
  calendar?: Calendar;
}
