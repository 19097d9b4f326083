import { parseReturnCase } from '../case/parse.js';
import type { ReturnCase } from '../case/schema.js';
import { ReturnLiabilityError, RuleSetError } from '../errors.js';
import { type Calendar, weekendCalendar } from '../facts/windows.js';
import { parseParcelItems, type ReturnParcel } from '../case/parcel.js';
import type { Decision, ParcelDecision, UnexplainedDecision, UnexplainedParcelDecision } from '../model/decision.js';
import { guarded, readOptionBag, readOptionList } from '../internal/untrusted.js';
import { isRuleSet, type RuleSet } from '../rule-set/load.js';
import { createDeliberator, type Deliberation, type Deliberator } from './deliberate.js';
import { applyFloors, applyParcelFloors, floorRuleSets } from './floor.js';
import { deliberateParcel } from './parcel.js';

/** Options for {@link createEvaluator}. */
export interface EvaluatorOptions {
  /** Non-working days for windows with `extendPastHolidays`; default: Saturdays and Sundays. */
  calendar?: Calendar;
  /** Locale of decision texts when `decide` is not given one; default: the rule set's `defaultLocale`. */
  defaultLocale?: string;
  /**
   * Statutory rule sets the decision may not fall below. The policy's decision stands unless a
   * floor allows a return the policy refuses, or has the buyer pay less in total across all lines;
   * then that floor's decision stands, with `overriddenBy` set.
   */
  floor?: RuleSet | readonly RuleSet[];
}

/** Options for one decision. */
export interface DecideOptions {
  /** Locale of the decision text; falls back to the rule set's `defaultLocale` with a warning. */
  locale?: string;
  /**
   * Write the explanation (`text` and `trace`); default `true`. `false` skips both for bulk work
   * such as simulations, and the result's type says they are absent.
   */
  explain?: boolean;
}

/** The result of {@link Evaluator.safeDecide}. */
export type SafeDecision<D = Decision> = { ok: true; decision: D } | { ok: false; error: ReturnLiabilityError };

/** Decides return cases under one rule set. Build it once and reuse it. */
export interface Evaluator {
  readonly ruleSet: RuleSet;
  /**
   * Decides who pays what for a return case. Synchronous: it returns the decision (code that
   * `await`s it keeps working).
   *
   * @param input - an unknown value, validated as a return case
   * @param options - locale of the text; `explain: false` to skip text and trace
   * @throws {ReturnCaseError} invalid input, including `attributes` the rule set does not declare
   *   and thresholds the case cannot be measured against
   * @throws {RuleConflictError} two top-priority rules match with different outcomes
   * @throws {NoRuleMatchedError} no rule matches
   * @throws {ReturnLiabilityError} anything else (e.g. `calendar_error`), with the underlying error as `cause`
   * @example
   * const decision = evaluator.decide(returnCase, { locale: 'zh-CN' });
   * const bare = evaluator.decide(returnCase, { explain: false }); // no text, no trace
   */
  decide(input: unknown, options?: DecideOptions & { explain?: true }): Decision;
  decide(input: unknown, options: DecideOptions & { explain: false }): UnexplainedDecision;
  decide(input: unknown, options?: DecideOptions): Decision | UnexplainedDecision;
  /** Like {@link Evaluator.decide}, but returns the error instead of throwing it. */
  safeDecide(input: unknown, options?: DecideOptions & { explain?: true }): SafeDecision;
  safeDecide(input: unknown, options: DecideOptions & { explain: false }): SafeDecision<UnexplainedDecision>;
  safeDecide(input: unknown, options?: DecideOptions): SafeDecision<Decision | UnexplainedDecision>;
  /**
   * Decides a parcel: several items of one order returned together with one label. Each item is
   * decided by the rules like a one-item case (its own reason, findings, item; the parcel's dates,
   * seller, coverage, jurisdiction, attributes); the label is apportioned to the returnable items by
   * the rule set's `parcel.labelSplit`; the negotiated split and coverage apply once, over the whole
   * label. Synchronous.
   *
   * @param input - an unknown value, validated as a {@link ReturnParcel}
   * @throws {ReturnCaseError} invalid input, with paths such as `items[2].reason`
   * @throws {RuleConflictError} / {NoRuleMatchedError} for an item (named by its id)
   * @example
   * const parcel = evaluator.decideParcel({
   *   costs: { returnShipping: money('9.80', 'USD') },
   *   dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' },
   *   items: [
   *     { id: 'kettle', reason: 'quality_defect', findings: { qualityDefect: true } },
   *     { id: 'mug-set', reason: 'changed_mind' },
   *   ],
   * });
   * parcel.labelSplit; // { method: 'seller_fault_carries', portions: [{ item: 'kettle', amount: 980 USD }, { item: 'mug-set', amount: 0 USD }] }
   */
  decideParcel(input: unknown, options?: DecideOptions & { explain?: true }): ParcelDecision;
  decideParcel(input: unknown, options: DecideOptions & { explain: false }): UnexplainedParcelDecision;
  decideParcel(input: unknown, options?: DecideOptions): ParcelDecision | UnexplainedParcelDecision;
  /** Like {@link Evaluator.decideParcel}, but returns the error instead of throwing it. */
  safeDecideParcel(input: unknown, options?: DecideOptions & { explain?: true }): SafeDecision<ParcelDecision>;
  safeDecideParcel(input: unknown, options: DecideOptions & { explain: false }): SafeDecision<UnexplainedParcelDecision>;
  safeDecideParcel(input: unknown, options?: DecideOptions): SafeDecision<ParcelDecision | UnexplainedParcelDecision>;
}

function optionError(message: string): ReturnLiabilityError {
  return new ReturnLiabilityError('invalid_option', message);
}

/** Reads `decide()` options defensively: they may come from anywhere. */
export function readOptions(options: unknown): { locale: string | undefined; explain: boolean } {
  if (options === undefined) return { locale: undefined, explain: true };
  if (options === null || typeof options !== 'object') throw optionError('decide() options must be an object');
  const { locale, explain } = readOptionBag(options, 'decide() options', ['locale', 'explain']) ?? {};
  if (locale !== undefined && typeof locale !== 'string') {
    throw optionError(`options.locale must be a language tag such as "en" or "zh-CN", got ${typeof locale}`);
  }
  if (explain !== undefined && typeof explain !== 'boolean') throw optionError(`options.explain must be true or false, got ${typeof explain}`);
  return { locale, explain: explain ?? true };
}

/**
 * Creates an evaluator for a rule set. Every rule's conditions are compiled once (per rule set) into
 * plain closures; `decide` is synchronous.
 *
 * @param ruleSet - a rule set from `loadRuleSet` or `return-liability/rules`
 * @param options - calendar for holiday-aware windows, default locale, statutory floor
 * @throws {RuleSetError} when `ruleSet` or a `floor` rule set did not come from `loadRuleSet`
 * @throws {ReturnLiabilityError} `invalid_option` for a malformed calendar or unknown locale
 * @example
 * const evaluator = createEvaluator(marketplaceStandard);
 * const decision = evaluator.decide(returnCase, { locale: 'zh-CN' });
 * // The same policy, never below mainland China's consumer law:
 * const lawful = createEvaluator(marketplaceStandard, { floor: cnConsumerLaw });
 */
export function createEvaluator(ruleSet: RuleSet, options: EvaluatorOptions = {}): Evaluator {
  const { policy, floors } = prepareDeliberators(ruleSet, options);
  const decide = (input: unknown, decideOptions?: DecideOptions): Decision | UnexplainedDecision => {
    try {
      const settings = readOptions(decideOptions);
      const returnCase = parseReturnCase(input);
      return withoutNegativeZero(decideCase(policy, floors, returnCase, settings));
    } catch (error) {
      throw wrap(error);
    }
  };
  const decideParcel = (input: unknown, decideOptions?: DecideOptions): ParcelDecision | UnexplainedParcelDecision => {
    try {
      const settings = readOptions(decideOptions);
      const parsed = parseParcelItems(input);
      const deliberation = deliberateParcel(policy, parsed, settings);
      if (floors.length === 0) return withoutNegativeZero(deliberation.decision);
      const floorSettings = { locale: deliberation.locale, explain: settings.explain };
      return withoutNegativeZero(applyParcelFloors(
        deliberation,
        floors.map((floor) => ({ ruleSet: floor.ruleSet, deliberation: deliberateParcel(floor, parsed, floorSettings) })),
      ));
    } catch (error) {
      throw wrap(error);
    }
  };
  const safely =
    <T>(run: (input: unknown, options?: DecideOptions) => T) =>
    (input: unknown, decideOptions?: DecideOptions): SafeDecision<T> => {
      try {
        return { ok: true, decision: run(input, decideOptions) };
      } catch (error) {
        return { ok: false, error: wrap(error) };
      }
    };
  return {
    ruleSet,
    decide: decide as Evaluator['decide'],
    safeDecide: safely(decide) as Evaluator['safeDecide'],
    decideParcel: decideParcel as Evaluator['decideParcel'],
    safeDecideParcel: safely(decideParcel) as Evaluator['safeDecideParcel'],
  };
}

/**
 * Validates `createEvaluator`'s arguments and builds the pipelines: one for the policy, one per floor.
 * Shared with the json-rules-engine reference entry.
 */
export function prepareDeliberators(ruleSet: RuleSet, untrustedOptions: EvaluatorOptions): { policy: Deliberator; floors: Deliberator[] } {
  if (!isRuleSet(ruleSet)) {
    throw new RuleSetError([{ path: [], code: 'not_loaded', message: 'expected a rule set returned by loadRuleSet() or imported from return-liability/rules' }]);
  }
  if (untrustedOptions === null || typeof untrustedOptions !== 'object') throw optionError('createEvaluator() options must be an object');
  // Read once, own properties only; a throwing getter or trap is an invalid_option error.
  const options = (readOptionBag(untrustedOptions, 'createEvaluator() options', ['calendar', 'defaultLocale', 'floor']) ?? {}) as EvaluatorOptions;
  const calendar = options.calendar ?? weekendCalendar;
  if (typeof calendar !== 'object' || calendar === null || typeof guarded('options.calendar.isNonWorkingDay', () => calendar.isNonWorkingDay) !== 'function') {
    throw optionError('options.calendar must be an object with an isNonWorkingDay(date: string): boolean method');
  }
  const defaultLocale = options.defaultLocale ?? ruleSet.defaultLocale;
  if (!ruleSet.locales.includes(defaultLocale)) {
    throw optionError(`options.defaultLocale ${JSON.stringify(defaultLocale)} is not one of the rule set's locales (${ruleSet.locales.join(', ')})`);
  }
  const policy = createDeliberator(ruleSet, calendar, defaultLocale);
  // Floors share the calendar; each speaks the policy's default locale when it has it.
  const floorOption = guarded('options.floor', () => Array.isArray(options.floor)) ? readOptionList(options.floor as readonly RuleSet[], 'options.floor') : options.floor;
  const floors = floorRuleSets(floorOption).map((floor) =>
    createDeliberator(floor, calendar, floor.locales.includes(defaultLocale) ? defaultLocale : floor.defaultLocale, 'ignore'),
  );
  return { policy, floors };
}

/** A validated case under a policy and its floors: the floors decide the same case in the policy's locale. */
function decideCase(
  policy: Deliberator,
  floors: readonly Deliberator[],
  returnCase: ReturnCase,
  settings: { locale: string | undefined; explain: boolean },
): Decision | UnexplainedDecision {
  const deliberation = policy.deliberate(returnCase, settings);
  if (floors.length === 0) return deliberation.decision;
  const floorSettings = { locale: deliberation.locale, explain: settings.explain };
  return applyFloors(
    deliberation,
    floors.map((floor): { ruleSet: RuleSet; deliberation: Deliberation } => ({ ruleSet: floor.ruleSet, deliberation: floor.deliberate(returnCase, floorSettings) })),
  );
}

/**
 * A decision with every `-0` in it written as `0` (JSON would print both as `0`, but `Object.is`,
 * `1 / x` and deep equality tell them apart). Frozen parts (shared with a rule set) and the trace
 * (facts of the normalized case, rule values) are left alone.
 */
export function withoutNegativeZero<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || Object.isFrozen(node)) continue;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      // The trace holds facts read from the (already normalized) case and frozen rule values.
      if (key === 'trace') continue;
      const child = record[key];
      if (Object.is(child, -0)) record[key] = 0;
      else if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return value;
}

/** Wraps anything that is not already one of ours, keeping it as `cause`. */
export function wrap(error: unknown): ReturnLiabilityError {
  if (ReturnLiabilityError.is(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ReturnLiabilityError('evaluation_failed', `Deciding the case failed unexpectedly: ${detail}`, { cause: error });
}

