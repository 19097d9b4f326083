/**
 * The buyer-facing return policy of a rule set, grouped the way a buyer reads it. Built only from
 * the rule set (each rule's `disclosure`, its shares, its windows), so the policy shown at checkout
 * is the policy that decides cases. Imports no rule engine: `return-liability/policy` stays small.
 */
import { ReturnLiabilityError, RuleSetError } from '../errors.js';
import type { RuleSet } from '../rule-set/load.js';
import { isRuleSet } from '../rule-set/registry.js';
import { forEachLeaf } from '../conditions/grammar.js';
import type { Condition, ConditionValue, RuleDefinition, SupportedLocale } from '../rule-set/schema.js';
import { formatMoney, PARTIES, type Party } from '../money/money.js';
import { POLICY_SECTION_KINDS, type PolicyCatalogue, type PolicySectionKind, policyCatalogues } from './catalogue.js';
import { citationIn } from '../rule-set/citation.js';
import { chooseLocale, fallbackMessage } from '../text/locale.js';

export type { PolicySectionKind } from './catalogue.js';

/** One line of a policy section. */
export interface PolicyItem {
  /**
   * The sentence shown to the buyer: a rule's `disclosure`, or a generated line (a time limit, a
   * rule's restocking fee or cap, how a parcel shares its label). Plain text, not HTML.
   */
  text: string;
  /** The rule's `citation`, when it has one (on the line of its `disclosure`). */
  citation?: string;
  /** The name of the rule this line discloses or was generated from; absent on the generated line about parcels. */
  rule?: string;
  /** On generated time-limit lines: the window they describe. */
  window?: string;
  /**
   * On lines generated from a liability rule's params, right after its disclosure:
   * `restocking_fee` for its `fees.restocking`, `cap` for one party's entry in its `caps`.
   */
  about?: 'restocking_fee' | 'cap';
  /** On generated `cap` lines: the party whose share of return shipping is capped. */
  party?: Party;
}

/** A group of policy lines under one heading. */
export interface PolicySection {
  kind: PolicySectionKind;
  heading: string;
  items: PolicyItem[];
}

/** A rule set's return policy in one locale, ready for {@link policyToText}, {@link policyToMarkdown} or {@link policyToHtml}. */
export interface PolicyDocument {
  title: string;
  /** The locale the document is written in (the requested one, or the rule set's fallback). */
  locale: SupportedLocale;
  /** Which rule set, exactly, the document was built from. */
  ruleSet: { id: string; version: string; digest: string };
  /** Non-empty sections only, in the order of {@link POLICY_SECTION_KINDS}. */
  sections: PolicySection[];
  /** Present when the requested locale was not available: `locale_fallback`, saying which was used instead. */
  warnings?: Array<{ code: string; message: string }>;
}

/** Options for {@link describePolicy}. */
export interface DescribePolicyOptions {
  /** The shopper's language tag, e.g. `'zh-CN'` or `navigator.language`; default: the rule set's `defaultLocale`. */
  locale?: string;
}

/** Facts that mean "there is an agreement or a guarantee": a free-returns promise, an agreed split, coverage. */
const AGREEMENT_FACTS = new Set(['sellerFreeReturns', 'hasNegotiatedSplit', 'hasCoverage', 'coverageKind']);
const WINDOW_PREFIX = 'window.';

interface FactTest {
  fact: string;
  operator: string;
  value: ConditionValue;
  /** Under an odd number of `not`s. */
  negated: boolean;
}

function factTests(condition: Condition): FactTest[] {
  const tests: FactTest[] = [];
  forEachLeaf(condition, (leaf, negated) => tests.push({ fact: leaf.fact, operator: leaf.operator, value: leaf.value, negated }));
  return tests;
}

/**
 * Does the test ask for the fact to be set (true, or a value other than `'none'`)? Absent input is
 * `false` or `'none'`, so this reads a condition the way a buyer would: "when the
 * seller promised free returns", "when the window has passed" (a window fact that must be false).
 */
function asksForPresence(test: FactTest): boolean {
  const absent = (value: unknown) => value === false || value === 'none';
  const list = Array.isArray(test.value) ? (test.value as unknown[]) : [];
  const present =
    test.operator === 'equal' ? !absent(test.value)
    : test.operator === 'notEqual' ? absent(test.value)
    : test.operator === 'in' ? list.length > 0 && !list.some(absent)
    : test.operator === 'notIn' ? list.some(absent)
    : false;
  return test.negated ? !present : present;
}

/** Where a buyer looks for a rule: by who pays, or why it cannot be returned. */
function classify(rule: Readonly<RuleDefinition>, tests: readonly FactTest[]): { kind: PolicySectionKind; closes?: string } {
  if (rule.event.type === 'not_returnable') {
    const closing = tests.find((test) => test.fact.startsWith(WINDOW_PREFIX) && !asksForPresence(test));
    return closing === undefined ? { kind: 'not_returnable' } : { kind: 'time_limits', closes: closing.fact.slice(WINDOW_PREFIX.length) };
  }
  // Kept and refunded without a return: the seller bears it all.
  if (rule.event.type === 'returnless') return { kind: 'seller_pays' };
  if (tests.some((test) => AGREEMENT_FACTS.has(test.fact) && asksForPresence(test))) return { kind: 'agreements' };
  const shares = rule.event.params.shares;
  if ((shares.buyer ?? 0) > 0) return { kind: 'buyer_pays' };
  if ((shares.seller ?? 0) > 0) return { kind: 'seller_pays' };
  // The platform, an insurer or the carrier pays: a guarantee the buyer can count on.
  return { kind: 'agreements' };
}

const percentFormats = new Map<string, Intl.NumberFormat>();

function formatPercent(percent: number, locale: SupportedLocale): string {
  let format = percentFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    percentFormats.set(locale, format);
  }
  return format.format(percent / 100);
}

/** Minor units per currency, formatted, in the order the rule names them. */
function amountsIn(perCurrency: Readonly<Record<string, number>>, locale: SupportedLocale): string[] {
  return Object.entries(perCurrency).map(([currency, amount]) => formatMoney({ amount, currency }, locale));
}

/**
 * The lines a liability rule's charges add after its disclosure: its restocking fee, then its caps
 * in party order. A cap on a party the rule's shares give nothing is left out (it never applies),
 * and so is a cap on the buyer when the buyer is the rule's only payer (nobody else takes the rest).
 */
function chargeLines(rule: Readonly<RuleDefinition>, catalogue: PolicyCatalogue, locale: SupportedLocale): PolicyItem[] {
  if (rule.event.type !== 'liability') return [];
  const { fees, caps, shares } = rule.event.params;
  const lines: PolicyItem[] = [];
  const restocking = fees?.restocking;
  if (restocking !== undefined && restocking.percent > 0) {
    const max = restocking.max === undefined ? [] : amountsIn(restocking.max, locale);
    lines.push({ text: catalogue.restockingFee(formatPercent(restocking.percent, locale), max), rule: rule.name, about: 'restocking_fee' });
  }
  const payers = PARTIES.filter((party) => (shares[party] ?? 0) > 0);
  for (const party of PARTIES) {
    const cap = caps?.[party];
    if (cap === undefined || !payers.includes(party)) continue;
    // As the decision does: the excess goes to the rule's other payers, or to the buyer.
    const others = payers.filter((payer) => payer !== party);
    const rest: Party[] = others.length > 0 ? others : ['buyer'];
    if (rest.includes(party)) continue;
    lines.push({ text: catalogue.cap(party, amountsIn(cap, locale), rest), rule: rule.name, about: 'cap', party });
  }
  return lines;
}

function assertRuleSet(ruleSet: unknown): asserts ruleSet is RuleSet {
  if (!isRuleSet(ruleSet)) {
    throw new RuleSetError([{ path: [], code: 'not_loaded', message: 'expected a rule set returned by loadRuleSet() or imported from return-liability/rules' }]);
  }
}

/**
 * Writes a rule set's return policy for buyers, in one locale.
 *
 * Every rule contributes its `disclosure` once, to the section a buyer would look in:
 * - **When the seller pays** / **When you pay**: liability rules, by who carries the return-shipping
 *   shares (any buyer share → "you pay"), and `returnless` rules (the buyer keeps the item and is
 *   refunded: the seller bears it) under "the seller pays";
 * - **Agreements and guarantees**: liability rules that apply because of a free-returns promise, an
 *   agreed split or coverage, and rules where only the platform, an insurer or the carrier pays;
 * - **What cannot be returned**: `not_returnable` rules;
 * - **Returning several items together**: a generated line on how the rule set's `parcel.labelSplit`
 *   shares one label among the items of a parcel, and what `parcel.outbound` does on a partial return;
 * - **Time limits**: `not_returnable` rules that apply once a window has passed, then for every
 *   window a rule uses, a generated line with its length and how it is counted.
 * A liability rule's charges follow its disclosure, in its section, as generated lines carrying the
 * rule's name (`about`): its restocking fee ("A restocking fee of 15% of the price applies (at most
 * €10.00)."), then each cap on a party's share of return shipping, in party order ("The seller
 * pays return shipping up to £5.00; you pay the rest."), with the amount in every currency the rule
 * names. Within a section, lines keep rule-set order. Empty sections are left out.
 *
 * @param ruleSet - a rule set from `loadRuleSet` or `return-liability/rules`
 * @param options - `locale`: a language tag, matched to the rule set's locales (`en-US` → `en`);
 *   unknown tags fall back to the rule set's `defaultLocale` (see `document.locale`)
 * @returns the policy document; render it with {@link policyToText}, {@link policyToMarkdown} or {@link policyToHtml}
 * @throws {RuleSetError} `not_loaded` when `ruleSet` is not a rule set
 * @throws {ReturnLiabilityError} `invalid_option` for malformed options
 * @example
 * const policy = describePolicy(marketplaceStandard, { locale: 'zh-CN' });
 * element.innerHTML = policyToHtml(policy); // every rule text is escaped
 */
export function describePolicy(ruleSet: RuleSet, options: DescribePolicyOptions = {}): PolicyDocument {
  assertRuleSet(ruleSet);
  if (typeof options !== 'object' || options === null) throw new ReturnLiabilityError('invalid_option', 'describePolicy() options must be an object');
  const choice = chooseLocale(options.locale, ruleSet);
  const { locale, fellBack } = choice;
  const catalogue = policyCatalogues[locale];

  const items: Record<PolicySectionKind, PolicyItem[]> = { seller_pays: [], buyer_pays: [], agreements: [], not_returnable: [], several_items: [], time_limits: [] };
  items.several_items.push({ text: catalogue.parcel(ruleSet.parcel.labelSplit, ruleSet.parcel.outbound) });
  const closingRules = new Map<string, PolicyItem[]>();
  const firstUser = new Map<string, string>();
  for (const rule of ruleSet.rules) {
    const tests = factTests(rule.conditions);
    for (const test of tests) {
      const window = test.fact.startsWith(WINDOW_PREFIX) ? test.fact.slice(WINDOW_PREFIX.length) : undefined;
      if (window !== undefined && !firstUser.has(window)) firstUser.set(window, rule.name);
    }
    const citation = citationIn(rule.event.params.citation, locale);
    const item: PolicyItem = { text: rule.event.params.disclosure[locale] ?? '', ...(citation === undefined ? {} : { citation }), rule: rule.name };
    const { kind, closes } = classify(rule, tests);
    if (closes === undefined) items[kind].push(item, ...chargeLines(rule, catalogue, locale));
    else closingRules.set(closes, [...(closingRules.get(closes) ?? []), item]);
  }
  // Time limits follow the windows' declaration order; a window no rule uses decides nothing.
  for (const [name, window] of Object.entries(ruleSet.windows)) {
    const user = firstUser.get(name);
    if (user === undefined) continue;
    const closing = closingRules.get(name) ?? [];
    const counting = catalogue.windowCounting(catalogue.windowLength(window), window.extendPastHolidays === true);
    items.time_limits.push(...closing, { text: counting, rule: closing[0]?.rule ?? user, window: name });
  }

  return {
    title: ruleSet.title[locale] ?? ruleSet.id,
    locale,
    ruleSet: { id: ruleSet.id, version: ruleSet.version, digest: ruleSet.digest },
    sections: POLICY_SECTION_KINDS.filter((kind) => items[kind].length > 0).map((kind) => ({ kind, heading: catalogue.heading[kind], items: items[kind] })),
    ...(fellBack
      ? { warnings: [{ code: 'locale_fallback', message: fallbackMessage(options.locale, choice, ruleSet.id) }] }
      : {}),
  };
}
