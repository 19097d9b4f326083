import { parseReturnCase } from '../case/parse.js';
import { toFacts } from '../case/facts.js';
import type { ReturnCase } from '../case/schema.js';
import { type Calendar, weekendCalendar } from '../case/windows.js';
import { NoRuleMatchedError, ReturnLiabilityError, RuleConflictError, RuleSetError } from '../errors.js';
import { isRuleSet, type RuleSet } from '../rule-set/load.js';
import type { RuleDefinition } from '../rule-set/schema.js';
import { decisionText } from '../text/decision-text.js';
import { languageOf, resolveLocale } from '../text/locale.js';
import { allocate, type Allocation } from './allocate-lines.js';
import { EnginePool, referencedFacts, runEngine } from './engine.js';
import { createFloorCheck, floorRuleSets } from './floor.js';
import type { Decision, Warning } from './types.js';

/** Options for {@link createEvaluator}. */
export interface EvaluatorOptions {
  /** Non-working days for windows with `extendPastHolidays`; default: Saturdays and Sundays. */
  calendar?: Calendar;
  /** Locale of decision texts when `decide` is not given one; default: the rule set's `defaultLocale`. */
  defaultLocale?: string;
  /**
   * Statutory rule sets the decision may not fall below (LAW.md §D). The policy's decision stands
   * unless a floor allows a return the policy refuses, or has the buyer pay less in total across all
   * lines; then that floor's decision stands, with `overriddenBy` set. See `createFloorCheck`.
   */
  floor?: RuleSet | readonly RuleSet[];
}

/** Options for one decision. */
export interface DecideOptions {
  /** Locale of the decision text; falls back to the rule set's `defaultLocale` with a warning. */
  locale?: string;
}

/** The result of {@link Evaluator.safeDecide}. */
export type SafeDecision = { ok: true; decision: Decision } | { ok: false; error: ReturnLiabilityError };

/** Decides return cases under one rule set. Build it once and reuse it. */
export interface Evaluator {
  readonly ruleSet: RuleSet;
  /**
   * Decides who pays what for a return case.
   * @param input - an unknown value, validated as a return case
   * @throws {ReturnCaseError} invalid input
   * @throws {RuleConflictError} two top-priority rules match with different outcomes
   * @throws {NoRuleMatchedError} no rule matches
   * @throws {ReturnLiabilityError} anything else, with the underlying error as `cause`
   */
  decide(input: unknown, options?: DecideOptions): Promise<Decision>;
  /** Like {@link Evaluator.decide}, but returns the error instead of throwing it. */
  safeDecide(input: unknown, options?: DecideOptions): Promise<SafeDecision>;
}

/** The parts of a rule's event that decide money; rules that agree on these do not conflict. */
function outcomeKey(rule: Readonly<RuleDefinition>): string {
  const p = rule.event.params;
  if (rule.event.type === 'not_returnable') return JSON.stringify(['not_returnable', p.code]);
  const e = rule.event.params;
  const sorted = (shares: object | undefined) => (shares === undefined ? null : Object.entries(shares).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify(['liability', e.code, sorted(e.shares), sorted(e.replacementShares), e.outbound ?? null, e.negotiation, e.coverage]);
}

function optionError(message: string): ReturnLiabilityError {
  return new ReturnLiabilityError('invalid_option', message);
}

/** One decision with its intermediate results, for composition (e.g. statutory floors). */
export interface Deliberation {
  decision: Decision;
  returnCase: ReturnCase;
  rule: Readonly<RuleDefinition>;
  allocation: Allocation | undefined;
}

/**
 * Creates an evaluator for a rule set; the json-rules-engine `Engine` is built once, here.
 *
 * @param ruleSet - a rule set from `loadRuleSet` or `return-liability/rules`
 * @param options - calendar for holiday-aware windows, default locale, statutory floor
 * @throws {RuleSetError} when `ruleSet` or a `floor` rule set did not come from `loadRuleSet`
 * @throws {ReturnLiabilityError} `invalid_option` for a malformed calendar or unknown locale
 * @example
 * const evaluator = createEvaluator(marketplaceStandard);
 * const decision = await evaluator.decide(returnCase, { locale: 'zh-CN' });
 * // The same policy, never below mainland China's consumer law:
 * const lawful = createEvaluator(marketplaceStandard, { floor: cnConsumerLaw });
 */
export function createEvaluator(ruleSet: RuleSet, options: EvaluatorOptions = {}): Evaluator {
  if (!isRuleSet(ruleSet)) {
    throw new RuleSetError([{ path: [], code: 'not_loaded', message: 'expected a rule set returned by loadRuleSet() or imported from return-liability/rules' }]);
  }
  const calendar = options.calendar ?? weekendCalendar;
  if (typeof calendar !== 'object' || calendar === null || typeof calendar.isNonWorkingDay !== 'function') {
    throw optionError('options.calendar must be an object with an isNonWorkingDay(date: string): boolean method');
  }
  const defaultLocale = options.defaultLocale ?? ruleSet.defaultLocale;
  if (!ruleSet.locales.includes(defaultLocale)) {
    throw optionError(`options.defaultLocale ${JSON.stringify(defaultLocale)} is not one of the rule set's locales (${ruleSet.locales.join(', ')})`);
  }
  const deliberate = createDeliberation(ruleSet, calendar, defaultLocale);
  // Floors share the calendar; each speaks the policy's default locale when it has it.
  const floorCheck = createFloorCheck(
    floorRuleSets(options.floor).map((floor) => ({
      ruleSet: floor,
      deliberate: createDeliberation(floor, calendar, floor.locales.includes(defaultLocale) ? defaultLocale : floor.defaultLocale),
    })),
  );
  const decide = async (input: unknown, decideOptions?: DecideOptions): Promise<Decision> => {
    try {
      const deliberation = await deliberate(input, decideOptions);
      return floorCheck === undefined ? deliberation.decision : await floorCheck(deliberation);
    } catch (error) {
      throw wrap(error);
    }
  };
  return {
    ruleSet,
    decide,
    async safeDecide(input, decideOptions) {
      try {
        return { ok: true, decision: await decide(input, decideOptions) };
      } catch (error) {
        return { ok: false, error: wrap(error) };
      }
    },
  };
}

/** Wraps anything that is not already one of ours, keeping it as `cause`. */
export function wrap(error: unknown): ReturnLiabilityError {
  if (ReturnLiabilityError.is(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ReturnLiabilityError('evaluation_failed', `Deciding the case failed unexpectedly: ${detail}`, { cause: error });
}

/**
 * The decision pipeline for one rule set: parse → facts → rules → hit policy → money → text.
 * Internal; `createEvaluator` is the public face.
 */
export function createDeliberation(ruleSet: RuleSet, calendar: Calendar, defaultLocale: string) {
  const engines = new EnginePool(ruleSet);
  const outcomeKeys = ruleSet.rules.map(outcomeKey);
  const factNames = referencedFacts(ruleSet);

  /**
   * @param validated - `input` is a ReturnCase that `parseReturnCase` already returned (a floor
   *   deciding the policy's case): it is not validated again
   */
  return async function deliberate(input: unknown, decideOptions: DecideOptions = {}, validated = false): Promise<Deliberation> {
    if (decideOptions === null || typeof decideOptions !== 'object') throw optionError('decide() options must be an object');
    const returnCase = validated ? (input as ReturnCase) : parseReturnCase(input);
    const warnings: Warning[] = [];
    const requested = decideOptions.locale ?? defaultLocale;
    // A tag of a declared locale's language is that locale (en-US → en, zh → zh-CN), as in describePolicy.
    const locale = resolveLocale(requested, ruleSet);
    if (languageOf(locale) !== languageOf(requested)) {
      warnings.push({ code: 'locale_fallback', message: `locale ${JSON.stringify(requested)} is not available in rule set "${ruleSet.id}"; using ${locale}` });
    }

    const facts = toFacts(returnCase, ruleSet.windows, calendar);
    const { matched, trace } = await runEngine(engines, ruleSet, facts, factNames);
    if (matched.length === 0) throw new NoRuleMatchedError(ruleSet.id, returnCase.id);

    // Hit policy: the highest priority wins; a tie at the top must agree on the outcome.
    let top = -Infinity;
    for (const index of matched) top = Math.max(top, ruleSet.rules[index]?.priority ?? -Infinity);
    const winners = matched.filter((index) => ruleSet.rules[index]?.priority === top);
    const first = winners[0] as number;
    const distinct = winners.filter((index) => outcomeKeys[index] !== outcomeKeys[first]);
    if (distinct.length > 0) {
      throw new RuleConflictError(ruleSet.id, [first, ...distinct].map((index) => ruleSet.rules[index]?.name ?? ''), top);
    }
    const rule = ruleSet.rules[first] as Readonly<RuleDefinition>;

    let allocation: Allocation | undefined;
    if (rule.event.type === 'liability') {
      allocation = allocate(returnCase, rule.event.params);
      if (allocation.negotiation?.status === 'ignored') {
        warnings.push({ code: 'negotiation_ignored', message: `rule "${rule.name}" does not allow negotiation; the agreed split was ignored` });
      } else if (allocation.negotiation?.status === 'rejected') {
        warnings.push({ code: 'negotiation_rejected', message: `the agreed split would lower the seller's share under rule "${rule.name}"; it was not applied` });
      }
      if (allocation.outbound === 'not_decided') {
        warnings.push({ code: 'outbound_not_decided', message: `rule "${rule.name}" does not say who bears outboundShipping; no outbound line was produced` });
      } else if (allocation.outbound === 'standard_unknown') {
        warnings.push({ code: 'standard_outbound_unknown', message: 'costs.standardOutboundShipping is missing; the whole outbound delivery was treated as standard delivery' });
      }
    } else if (returnCase.negotiatedSplit !== undefined || returnCase.coverage !== undefined) {
      warnings.push({ code: 'not_returnable', message: 'the case is not returnable; its negotiated split and coverage were not applied' });
    }

    const citation = rule.event.params.citation;
    // Built field by field rather than with object spread, which leaves V8 a slow object to fill.
    const decision = {} as Decision;
    if (returnCase.id !== undefined) decision.caseId = returnCase.id;
    decision.ruleSet = { id: ruleSet.id, version: ruleSet.version, digest: ruleSet.digest };
    decision.outcome = rule.event.type === 'liability' ? 'allocated' : 'not_returnable';
    decision.code = rule.event.params.code;
    decision.rule = { name: rule.name, priority: rule.priority };
    if (citation !== undefined) decision.rule.citation = citation;
    decision.lines = allocation?.lines ?? [];
    decision.totals = allocation?.totals ?? {};
    decision.text = decisionText({ ruleSet, rule, returnCase, daysSinceDelivery: facts.daysSinceDelivery, allocation, locale });
    decision.trace = trace;
    decision.warnings = warnings;
    return { decision, returnCase, rule, allocation };
  };
}
