/**
 * The decision pipeline for one rule set, on a validated case: facts → matched rules → hit policy
 * → money → explanation. How the rules are matched is the caller's: the compiled closures here, or
 * upstream json-rules-engine in the reference entry — everything after matching is shared.
 */
import type { ReturnCase } from '../case/schema.js';
import { ReturnCaseError } from '../errors.js';
import { type CaseFacts, createFactReader } from '../facts/read.js';
import { attributeIssues } from '../facts/scope.js';
import type { Calendar } from '../facts/windows.js';
import type { Allocation, Decision, TraceEntry, UnexplainedDecision, Warning } from '../model/decision.js';
import { citationIn } from '../rule-set/citation.js';
import type { RuleSet } from '../rule-set/load.js';
import type { RuleDefinition, SupportedLocale } from '../rule-set/schema.js';
import { chooseLocale, fallbackMessage } from '../text/locale.js';
import { allocate, allocateReturnless, itemValue, outboundInPlay } from './allocate.js';
import { settle } from './settlement.js';
import { decisionText, traceOf } from './explain.js';
import { pickWinner } from './hit-policy.js';
import { type CompiledRuleSet, compileRuleSet, matchRules, type MatchResult } from './match.js';

/** How one case is to be decided and explained. */
export interface DeliberationOptions {
  /** The locale tag asked for; resolved against the rule set's locales. */
  readonly locale: string | undefined;
  /** Write `text` and `trace`. */
  readonly explain: boolean;
}

/** One decision with its intermediate results, for composition (statutory floors). */
export interface Deliberation {
  readonly decision: Decision | UnexplainedDecision;
  readonly returnCase: ReturnCase;
  readonly rule: Readonly<RuleDefinition>;
  readonly allocation: Allocation | undefined;
  /** The locale the decision speaks. */
  readonly locale: SupportedLocale;
}

/** Decides validated cases under one rule set; the rule matching is supplied per call. */
export interface Deliberator {
  readonly ruleSet: RuleSet;
  readonly compiled: CompiledRuleSet;
  /** The facts of a case that the rules name (validates `attributes` against the declared facts). */
  facts(returnCase: ReturnCase): CaseFacts;
  /** The hit policy: the winning rule of the matches (throws as `pickWinner` does). */
  winner(returnCase: ReturnCase, facts: CaseFacts, match: MatchResult): Readonly<RuleDefinition>;
  /** The decision of a winning rule with its allocation: warnings, explanation. */
  finish(
    returnCase: ReturnCase,
    facts: CaseFacts,
    rule: Readonly<RuleDefinition>,
    allocation: Allocation | undefined,
    options: DeliberationOptions,
    trace: () => TraceEntry[],
  ): Deliberation;
  /** Everything after matching: hit policy, money, warnings, explanation. */
  conclude(returnCase: ReturnCase, facts: CaseFacts, match: MatchResult, options: DeliberationOptions, trace: () => TraceEntry[]): Deliberation;
  /** The whole pipeline with the compiled rules. */
  deliberate(returnCase: ReturnCase, options: DeliberationOptions): Deliberation;
}

/**
 * Builds the pipeline for one rule set.
 *
 * @param undeclaredAttributes - `'reject'` an attribute the rule set does not declare (a policy),
 *   or `'ignore'` it (a floor: the attributes are the policy's)
 */
export function createDeliberator(ruleSet: RuleSet, calendar: Calendar, defaultLocale: string, undeclaredAttributes: 'reject' | 'ignore' = 'reject'): Deliberator {
  const compiled = compileRuleSet(ruleSet);
  const read = createFactReader(ruleSet, compiled.factNames, calendar);
  const hasDeclaredFacts = Object.keys(ruleSet.facts).length > 0;

  const facts = (returnCase: ReturnCase): CaseFacts => {
    if (returnCase.attributes !== undefined || hasDeclaredFacts) {
      let issues = attributeIssues(returnCase, ruleSet.facts);
      if (undeclaredAttributes === 'ignore') issues = issues.filter((issue) => issue.code !== 'unknown_attribute');
      if (issues.length > 0) throw new ReturnCaseError(issues);
    }
    return read(returnCase);
  };

  const winner: Deliberator['winner'] = (returnCase, caseFacts, match) =>
    compiled.rules[pickWinner(compiled, match, returnCase.id, caseFacts.unknown)]?.rule as Readonly<RuleDefinition>;

  const finish: Deliberator['finish'] = (returnCase, caseFacts, rule, allocation, options, trace) => {
    const warnings: Warning[] = [];
    const requested = options.locale ?? defaultLocale;
    // A tag of a declared locale's language is that locale (en-US → en, zh → zh-CN), as in describePolicy.
    const choice = chooseLocale(requested, ruleSet);
    const { locale } = choice;
    if (choice.fellBack) {
      warnings.push({ code: 'locale_fallback', message: fallbackMessage(requested, choice, ruleSet.id) });
    }

    if (allocation !== undefined) {
      if (allocation.negotiation?.status === 'ignored') {
        warnings.push({ code: 'negotiation_ignored', message: `rule "${rule.name}" does not allow negotiation; the agreed split was ignored` });
      } else if (allocation.negotiation?.status === 'rejected') {
        warnings.push({ code: 'negotiation_rejected', message: `the agreed split would lower the seller's share under rule "${rule.name}"; it was not applied` });
      }
      if (allocation.outbound === 'not_decided') {
        warnings.push({ code: 'outbound_not_decided', message: `rule "${rule.name}" does not say who bears outboundShipping; no outbound line was produced` });
      } else if (allocation.outbound === 'partial_return') {
        warnings.push({ code: 'outbound_not_in_play', message: `only part of the order comes back and rule set "${ruleSet.id}" takes the original delivery into account only when the whole order is returned (parcel.outbound "whole_order_only"); no outbound line was produced` });
      } else if (allocation.outbound === 'standard_unknown') {
        warnings.push({ code: 'standard_outbound_unknown', message: 'costs.standardOutboundShipping is missing; the whole outbound delivery was treated as standard delivery' });
      }
    }
    if (rule.event.type !== 'liability' && (returnCase.negotiatedSplit !== undefined || returnCase.coverage !== undefined)) {
      warnings.push(
        rule.event.type === 'returnless'
          ? { code: 'returnless', message: 'the item is refunded without being sent back; its negotiated split and coverage were not applied' }
          : { code: 'not_returnable', message: 'the case is not returnable; its negotiated split and coverage were not applied' },
      );
    }
    const settled = settle(returnCase, rule, allocation);
    if (settled?.capped) warnings.push({ code: 'deduction_capped', message: 'the deductions exceed what is refunded; they were cut so that the refund is not below zero' });

    const citation = citationIn(rule.event.params.citation, locale);
    // Built field by field rather than with object spread, which leaves V8 a slow object to fill.
    const decision = {} as Decision;
    if (returnCase.id !== undefined) decision.caseId = returnCase.id;
    decision.ruleSet = { id: ruleSet.id, version: ruleSet.version, digest: ruleSet.digest };
    decision.outcome = rule.event.type === 'liability' ? 'allocated' : rule.event.type;
    decision.code = rule.event.params.code;
    decision.rule = { name: rule.name, priority: rule.priority };
    if (citation !== undefined) decision.rule.citation = citation;
    decision.lines = allocation?.lines ?? [];
    decision.totals = allocation?.totals ?? {};
    if (settled !== undefined) decision.settlement = settled.settlement;
    if (options.explain) {
      decision.text = decisionText({ ruleSet, rule, returnCase, daysSinceDelivery: caseFacts.daysSinceDelivery, delivered: caseFacts.delivered, allocation, settlement: settled, locale });
      decision.trace = trace();
    }
    decision.warnings = warnings;
    return { decision, returnCase, rule, allocation, locale };
  };

  const conclude: Deliberator['conclude'] = (returnCase, caseFacts, match, options, trace) => {
    const rule = winner(returnCase, caseFacts, match);
    const allocation =
      rule.event.type === 'liability' ? allocate(returnCase, rule.event.params, ruleSet.parcel.outbound)
      : rule.event.type === 'returnless' ? allocateReturnless(returnCase, rule.event.params, outboundInPlay(returnCase, itemValue(returnCase), ruleSet.parcel.outbound))
      : undefined;
    return finish(returnCase, caseFacts, rule, allocation, options, trace);
  };

  return {
    ruleSet,
    compiled,
    facts,
    winner,
    finish,
    conclude,
    deliberate(returnCase, options) {
      const caseFacts = facts(returnCase);
      const match = matchRules(compiled, caseFacts.values, false);
      return conclude(returnCase, caseFacts, match, options, () => traceOf(compiled, caseFacts.values));
    },
  };
}
