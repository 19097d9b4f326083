import type { ReturnCase } from '../case/schema.js';
import { forEachLeaf } from '../conditions/grammar.js';
import { createEvaluator } from '../decide/evaluator.js';
import { BASE_FACT_NAMES, FACT_TABLE } from '../facts/table.js';
import type { Calendar } from '../facts/windows.js';
import { PARTIES, type Party } from '../money/money.js';
import type { RuleSet } from '../rule-set/load.js';
import type { RuleDefinition } from '../rule-set/schema.js';
import { catalogues } from '../text/catalogue.js';
import type { CheckFinding } from './types.js';

/** Inspection findings that confirm a seller fault, and the reasons they confirm. */
const FAULT_FINDINGS: ReadonlyMap<string, string> = new Map(
  BASE_FACT_NAMES.flatMap((name) => {
    const confirms = (FACT_TABLE[name] as { confirms?: string }).confirms;
    return confirms === undefined ? [] : [[name, confirms] as const];
  }),
);
const FAULT_REASONS: ReadonlySet<string> = new Set(FAULT_FINDINGS.values());

/**
 * Does the rule apply because of a seller fault? It does when its conditions test, outside any
 * `not`, that an inspection finding confirming a fault is true (`findings.qualityDefect` …), or that
 * the stated reason is a fault reason (`quality_defect` …) — unless the rule also tests that a fault
 * finding is false or absent (e.g. "a defect was claimed but inspection found none"). A finding
 * tested both ways is a contradiction, not a fault.
 */
export function faultTests(rule: Readonly<RuleDefinition>): string[] {
  const confirmed: string[] = [];
  const stated: string[] = [];
  const denied = new Set<string>();
  forEachLeaf(rule.conditions, (leaf, negated) => {
    const { fact, operator, value } = leaf;
    if (FAULT_FINDINGS.has(fact)) {
      const saysTrue = (operator === 'equal' && value === true) || (operator === 'notEqual' && value === false);
      const saysFalse = (operator === 'equal' && value === false) || (operator === 'notEqual' && value === true);
      if (saysTrue !== negated && (saysTrue || saysFalse)) confirmed.push(fact);
      else if (saysFalse !== negated && (saysTrue || saysFalse)) denied.add(fact);
    } else if (fact === 'reason' && !negated) {
      const values = Array.isArray(value) ? value : [value];
      if ((operator === 'equal' || operator === 'in') && values.length > 0 && values.every((v) => FAULT_REASONS.has(String(v)))) stated.push(`reason ${values.map((v) => JSON.stringify(v)).join(' or ')}`);
    }
  });
  // A finding tested both true and false is a contradiction (an unreachable rule), not a fault.
  const faults = confirmed.filter((fact) => !denied.has(fact));
  if (faults.length > 0) return faults;
  return denied.size > 0 ? [] : stated;
}

/** Party names of each locale's text catalogue, without an article ("the seller" → "seller"). */
function partyNames(locale: string): Array<{ party: Party; name: string }> | undefined {
  const catalogue = (catalogues as Record<string, { party: Record<Party, string> } | undefined>)[locale];
  if (catalogue === undefined) return undefined;
  return PARTIES.map((party) => ({ party, name: catalogue.party[party].replace(/^the /i, '') }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words that make a clause say something other than "this party pays": negation, reported speech. */
const NOT_A_STATEMENT: Readonly<Record<string, RegExp>> = {
  en: /\b(?:not|never|no|unless|told|informed)\b|n't\b/i,
  'zh-CN': /[未不无没]|告知|通知/,
};

/**
 * The parties a text names as paying: "the seller pays / bears / covers" in English, "卖家承担 /
 * 由卖家支付 / 卖家负担" in Chinese, in a clause that states it (not "was not told that the buyer
 * pays", "未被告知退货费用由买家承担"). A party merely mentioned ("no fault of the seller was found")
 * is not named as paying.
 */
export function namedPayers(text: string, locale: string): Party[] {
  const names = partyNames(locale);
  if (names === undefined) return [];
  const clauses = text.split(locale === 'zh-CN' ? /[，。；：！？,;:]/ : /[.;:!?]\s|,\s|[.;:!?]$/).filter((clause) => !(NOT_A_STATEMENT[locale]?.test(clause) ?? false));
  const payers: Party[] = [];
  for (const { party, name } of names) {
    const pattern = locale === 'zh-CN' ? new RegExp(`${escape(name)}(?:承担|支付|负担|付)`) : new RegExp(`\\bthe ${escape(name)} (?:pays|bears|covers)\\b`, 'i');
    if (clauses.some((clause) => pattern.test(clause))) payers.push(party);
  }
  return payers;
}

/**
 * Authoring lints on liability rules:
 * - `fault_billed_to_buyer` (error): a rule that applies because of a seller fault gives the buyer a
 *   share of return shipping (or of a replacement's shipping); the decision would bill the buyer for
 *   a defect the rule itself establishes.
 * - `fault_negotiable` (warning): such a rule allows `negotiation: "any"`, so an agreed split can make
 *   the buyer pay for the fault; `seller_may_pay_more` keeps agreements in the buyer's favour.
 * - `text_names_non_payer` (warning): a rule's text names a party as paying ("the seller pays …") who
 *   pays nothing on the rule's example case (a case the rule decides); `example` is that case.
 */
export function authoringFindings(ruleSet: RuleSet, winners: ReadonlyMap<number, ReturnCase>, calendar: Calendar): CheckFinding[] {
  const findings: CheckFinding[] = [];
  let evaluator: ReturnType<typeof createEvaluator> | undefined;
  ruleSet.rules.forEach((rule, index) => {
    if (rule.event.type !== 'liability') return;
    const params = rule.event.params;
    const fault = faultTests(rule);
    if (fault.length > 0) {
      const because = `tests ${[...new Set(fault)].join(', ')}`;
      for (const [key, shares] of [['shares', params.shares], ['replacementShares', params.replacementShares]] as const) {
        if ((shares?.buyer ?? 0) > 0) {
          findings.push({
            severity: 'error',
            code: 'fault_billed_to_buyer',
            message: `Rule "${rule.name}" ${because} (a seller fault) yet gives the buyer ${shares?.buyer}% in ${key}; the buyer would pay for the seller's fault. Give that share to the seller (or the platform, an insurer, the carrier).`,
            rules: [rule.name],
          });
        }
      }
      if (params.negotiation === 'any') {
        findings.push({
          severity: 'warning',
          code: 'fault_negotiable',
          message: `Rule "${rule.name}" ${because} (a seller fault) yet allows negotiation "any": an agreed split could make the buyer pay for the seller's fault. Use "seller_may_pay_more" or "none".`,
          rules: [rule.name],
        });
      }
    }
    const example = winners.get(index);
    if (example === undefined) return;
    const named = ruleSet.locales.map((locale) => ({ locale, payers: namedPayers(params.text[locale] ?? '', locale) }));
    if (named.every(({ payers }) => payers.length === 0)) return;
    evaluator ??= createEvaluator(ruleSet, { calendar });
    // A free return (return shipping 0) says nothing about who pays: give the example a cost.
    const costly: ReturnCase = example.costs.returnShipping.amount > 0 ? example : { ...example, costs: { ...example.costs, returnShipping: { ...example.costs.returnShipping, amount: 690 } } };
    let totals: Partial<Record<Party, { amount: number }>>;
    try {
      const decision = evaluator.decide(costly, { explain: false });
      if (decision.rule.name !== rule.name) return;
      totals = decision.totals;
    } catch {
      return;
    }
    for (const { locale, payers } of named) {
      const idle = payers.filter((party) => (totals[party]?.amount ?? 0) === 0);
      if (idle.length === 0) continue;
      findings.push({
        severity: 'warning',
        code: 'text_names_non_payer',
        message: `Rule "${rule.name}": the "${locale}" text says ${idle.map((p) => `the ${p}`).join(' and ')} ${idle.length === 1 ? 'pays' : 'pay'}, but on the example case (which it decides) ${idle.length === 1 ? 'that party pays' : 'they pay'} nothing.`,
        rules: [rule.name],
        example: costly,
      });
    }
  });
  return findings;
}
