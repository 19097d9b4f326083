/**
 * Checkout quotes: before purchase, decide one representative return per reason with the same
 * evaluator that will decide the real return, and say in one sentence who would pay.
 */
import { type CalendarDay, calendarDaysBetween, dayOfWeek, formatCalendarDay, toCalendarDay } from '../case/dates.js';
import { faultFindingOf } from '../facts/table.js';
import { parseReturnCase } from '../case/parse.js';
import type { ReturnCase, ReturnReason } from '../case/schema.js';
import { RETURN_REASONS } from '../case/vocabulary.js';
import { lastDayOfWindow, weekendCalendar, type WindowDefinition } from '../facts/windows.js';
import type { Evaluator } from '../decide/evaluator.js';
import type { Decision } from '../model/decision.js';
import { type Issue, ReturnCaseError, ReturnLiabilityError } from '../errors.js';
import { formatMoney, type Money, PARTIES, type Party } from '../money/money.js';
import type { SupportedLocale } from '../rule-set/schema.js';
import { catalogues } from '../text/catalogue.js';
import { policyCatalogues } from '../policy/catalogue.js';
import { type QuoteConsequence, quoteCatalogues } from './catalogue.js';
import { resolveLocale } from '../text/locale.js';

/**
 * What is known about a return at purchase time: the return case without the parts only a real
 * return has (`reason`, `dates`, `findings`, `negotiatedSplit`, `priorReturns`, `id`,
 * `item.condition`, `inspection`). Fields mean what they mean in {@link ReturnCase}.
 *
 * @example
 * const draft: ReturnDraft = {
 *   costs: { returnShipping: money('6.90', 'USD'), outboundShipping: money('3.99', 'USD') },
 *   item: { category: 'kitchen', price: money('24.00', 'USD') },
 *   seller: { disclosedReturnCosts: true },
 *   jurisdiction: 'US',
 * };
 */
export interface ReturnDraft {
  /** The expected costs: `returnShipping` (required) is the estimated return label. */
  costs: ReturnCase['costs'];
  item?: Omit<NonNullable<ReturnCase['item']>, 'condition'>;
  seller?: ReturnCase['seller'];
  coverage?: ReturnCase['coverage'];
  jurisdiction?: string;
  channel?: ReturnCase['channel'];
  resolution?: ReturnCase['resolution'];
  /**
   * Who will buy the return label: `'buyer'` (the default: the buyer sends the item back at their
   * own expense and is reimbursed what others owe), `'merchant'` or `'platform'` (a prepaid label;
   * the buyer's share is deducted from the refund). It moves money in `refund`, not in who pays.
   */
  labelSource?: ReturnCase['labelSource'];
  /** IANA zone in which the shopper's days are counted; default `'UTC'`. */
  timeZone?: string;
}

/** The window a quoted outcome depends on: after it, the same return is decided differently. */
export interface QuoteWindow {
  /** The rule set's window name. */
  name: string;
  days?: number | undefined;
  months?: number | undefined;
  extendPastHolidays?: boolean | undefined;
}

/** One row of a checkout quote: what a return for one reason would cost the buyer. */
export interface ReturnQuote {
  reason: ReturnReason;
  /** Short label of the reason in the quote's locale, for a table column. */
  label: string;
  outcome: Decision['outcome'];
  /** The deciding rule's machine code and name. */
  code: string;
  rule: string;
  /** What each party pays across every cost line of the representative return. */
  totals: Decision['totals'];
  /**
   * When returnable: what the buyer pays to send the item back — their shares of the return leg
   * and, for exchanges and repairs, of the replacement leg. The original delivery is not included
   * (the buyer paid for it at purchase); it is in `totals`.
   */
  buyerPays?: Money;
  /**
   * The refund the buyer can expect, when the draft's item has a `price` and the item can be
   * returned: the representative decision's `settlement.refund` — the price × quantity on a refund
   * (nothing on an exchange or repair) and the part of the original delivery others bear, plus
   * (with the buyer's own label, `labelSource` `'buyer'`) the return shipping others owe, or less
   * (with a merchant's or platform's label) the buyer's share of it; less the rule's restocking
   * fee. Never below zero. Absent without a price, and when the item cannot be returned.
   */
  refund?: Money;
  /** Set when the outcome holds only within a window: a request after it is decided differently. */
  within?: QuoteWindow;
  /** One sentence in the quote's locale, e.g. "If you change your mind (within 15 days of delivery), you pay about $6.90 for return shipping." */
  summary: string;
  /** The locale of `label` and `summary`. */
  locale: SupportedLocale;
}

/** Options for {@link quoteReturnCosts}. */
export interface QuoteOptions {
  /** The shopper's language tag; matched like `describePolicy`'s. Default: the rule set's `defaultLocale`. */
  locale?: string;
  /** Which reasons to quote, in this order; default all of `RETURN_REASONS`. */
  reasons?: readonly ReturnReason[];
}

/** Reasons that mean the seller is at fault, and the inspection finding that establishes it. */

/** Keys a draft must not have, and why. */
const NOT_IN_DRAFT: Record<string, string> = {
  reason: 'a draft has no reason: quoteReturnCosts decides one representative return per reason',
  dates: 'a draft has no dates: quoteReturnCosts picks representative dates inside the windows',
  findings: 'a draft has no findings: they are set for the seller-fault reasons',
  negotiatedSplit: 'a draft has no negotiated split: nothing has been agreed before purchase',
  priorReturns: 'a draft has no prior returns: a quote is for the first return on the order',
  id: 'a draft has no id: quotes are not stored cases',
  inspection: 'a draft has no inspection: a quoted return comes back unused',
};

/** A Monday, so that short windows end on weekdays under the default calendar. */
export const DELIVERED = toCalendarDay('2026-01-05', 'UTC');
const WEDNESDAY = 3;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The representative return case for a reason, as unvalidated input for `decide`. */
export function representativeCase(draft: Record<string, unknown>, reason: ReturnReason, delivered: CalendarDay, requested: CalendarDay): Record<string, unknown> {
  const finding = faultFindingOf(reason);
  // Returned unused for the buyer's own reasons; opened when a fault is what shows up on opening it.
  const condition = finding === undefined ? 'intact' : 'opened';
  const item = draft['item'];
  return {
    ...draft,
    reason,
    ...(finding === undefined ? {} : { findings: { [finding]: true } }),
    // A malformed item is passed through untouched, so validation reports it at its own path.
    item: item === undefined || isPlainObject(item) ? { ...item, condition } : item,
    // A late delivery is one that came after the promised date: quoted so, a rule set that makes the
    // seller pay for a proven delay quotes that, and the sentence says what "late" means.
    dates: {
      deliveredAt: formatCalendarDay(delivered),
      requestedAt: formatCalendarDay(requested),
      ...(reason === 'late_delivery' ? { promisedBy: formatCalendarDay(delivered - 1) } : {}),
    },
  };
}

/**
 * Validates a draft: the keys only a real return has are refused (`not_in_draft`), the rest is
 * validated as a return case, so issues carry the draft's own paths.
 */
export function checkDraft(draft: unknown): Record<string, unknown> {
  if (!isPlainObject(draft)) {
    throw new ReturnCaseError([{ path: [], code: 'invalid_type', message: `expected a return draft object with costs, item, seller, …; got ${draft === null ? 'null' : Array.isArray(draft) ? 'an array' : typeof draft}` }]);
  }
  const issues: Issue[] = [];
  for (const [key, why] of Object.entries(NOT_IN_DRAFT)) if (Object.hasOwn(draft, key)) issues.push({ path: [key], code: 'not_in_draft', message: why });
  if (isPlainObject(draft['item']) && Object.hasOwn(draft['item'], 'condition')) {
    issues.push({ path: ['item', 'condition'], code: 'not_in_draft', message: 'a draft has no item condition: a quoted return comes back unused (opened when faulty)' });
  }
  if (issues.length > 0) throw new ReturnCaseError(issues);
  parseReturnCase(representativeCase(draft, 'other', DELIVERED, DELIVERED));
  return draft;
}

export function checkReasons(reasons: unknown): readonly ReturnReason[] {
  if (reasons === undefined) return RETURN_REASONS;
  if (!Array.isArray(reasons) || reasons.length === 0) {
    throw new ReturnLiabilityError('invalid_option', 'options.reasons must be a non-empty array of return reasons');
  }
  reasons.forEach((reason: unknown, index) => {
    if (!(RETURN_REASONS as readonly unknown[]).includes(reason)) {
      throw new ReturnLiabilityError('invalid_option', `options.reasons[${index}] is ${JSON.stringify(reason)}; expected one of ${RETURN_REASONS.join(', ')}`);
    }
  });
  return reasons as ReturnReason[];
}

/** A window as a probe: a delivery day whose nominal last day is a Wednesday, and the day after it. */
interface Probe {
  window: QuoteWindow;
  length: number;
  delivered: CalendarDay;
  after: CalendarDay;
}

/** The window's last day without holiday extension: delivery day + days + months. */
function nominalLastDay(delivered: CalendarDay, window: WindowDefinition): CalendarDay {
  return lastDayOfWindow(delivered, { days: window.days, months: window.months }, weekendCalendar);
}

/** Length of a window in days, counted from the representative delivery day. */
export function windowLengthInDays(window: WindowDefinition): number {
  return calendarDaysBetween(DELIVERED, nominalLastDay(DELIVERED, window));
}

function probesFor(evaluator: Evaluator): Probe[] {
  const { windows, windowsByRule } = evaluator.ruleSet;
  const used = new Set(Object.values(windowsByRule).flat());
  const probes: Probe[] = [];
  for (const [name, definition] of Object.entries(windows)) {
    if (!used.has(name)) continue;
    // A last day in mid-week keeps a holiday-extended window from swallowing the probe.
    let delivered = DELIVERED;
    for (let shift = 0; shift < 7; shift++) {
      delivered = DELIVERED + shift;
      if (dayOfWeek(nominalLastDay(delivered, definition)) === WEDNESDAY) break;
    }
    const window: QuoteWindow = { name, ...definition };
    probes.push({ window, length: windowLengthInDays(definition), delivered, after: nominalLastDay(delivered, definition) + 1 });
  }
  return probes.sort((a, b) => a.length - b.length);
}

/**
 * What a buyer cares about in a decision: can it be returned (or kept), who pays what, and what
 * comes back. Equal keys mean "decided the same way" even when another rule decided it (a refusal
 * is a refusal).
 */
function outcomeKey(decision: Decision): string {
  return decision.outcome === 'not_returnable' ? 'not_returnable' : JSON.stringify([decision.outcome, decision.lines, decision.settlement ?? null]);
}

const listFormats = new Map<string, Intl.ListFormat>();

function joinParties(parties: readonly Party[], locale: SupportedLocale): string {
  let format = listFormats.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(parties.map((party) => catalogues[locale].party[party]));
}

export function buyerSide(decision: Pick<Decision, 'outcome' | 'lines'>, locale: SupportedLocale): { consequence: QuoteConsequence; buyerPays?: Money } {
  if (decision.outcome === 'not_returnable') return { consequence: { kind: 'not_returnable' } };
  const currency = decision.lines[0]?.total.currency ?? 'XXX';
  let buyer = 0;
  const others = new Set<Party>();
  for (const line of decision.lines) {
    if (line.cost === 'outboundShipping') continue;
    for (const share of line.shares) {
      if (share.party === 'buyer') buyer += share.amount.amount;
      else if (share.amount.amount > 0) others.add(share.party);
    }
  }
  const buyerPays = { amount: buyer, currency };
  const payerList = PARTIES.filter((party) => others.has(party));
  const payers = joinParties(payerList, locale);
  const amount = formatMoney(buyerPays, locale);
  const consequence: QuoteConsequence =
    buyer === 0
      ? payerList.length === 0 ? { kind: 'free' } : { kind: 'others_pay', payers, count: payerList.length }
      : payerList.length === 0 ? { kind: 'buyer_pays', amount } : { kind: 'buyer_pays_part', amount, payers, count: payerList.length };
  return { consequence, buyerPays };
}

/**
 * Quotes return costs for the checkout: for each reason, decides one representative return of the
 * item in the cart with `evaluator` — the evaluator the back end will decide real returns with —
 * and says in one sentence who would pay.
 *
 * The representative return: delivered on Monday 2026-01-05 (a fixed date, so quotes are
 * reproducible) and requested the next day, which is inside every window of one day or more (on
 * the delivery day itself when the rule set has a zero-day window). For the seller-fault reasons
 * (`quality_defect`, `wrong_item`, `not_as_described`, `damaged_in_transit`, `missing_parts`)
 * inspection confirms the fault and the item comes back opened; for the others it comes back
 * unused (`intact`). Then, for each window a rule uses, shortest first, the same return is decided
 * again one day after the window's nominal last day (the delivery day shifted so that last day is a
 * Wednesday, clear of weekend extensions); the first window after which the decision changes (who
 * pays what, or the refund) is the row's `within`. Windows of `floor` rule sets are not probed.
 *
 * @param evaluator - from `createEvaluator`
 * @param draft - what is known at purchase time; see {@link ReturnDraft}
 * @param options - `locale` (a language tag, matched to the rule set's locales) and `reasons`
 * @returns one {@link ReturnQuote} per reason, in the order of `options.reasons` (default:
 *   `RETURN_REASONS`); with the item's `price` in the draft, each returnable row has the expected `refund`
 * @throws {ReturnCaseError} for an invalid draft, with paths into it (`not_in_draft` for `reason`, `dates`, …)
 * @throws {ReturnLiabilityError} `invalid_option` for a bad evaluator or options; a rule-set error
 *   (`NoRuleMatchedError`, `RuleConflictError`) from deciding a representative return
 * @example
 * const quotes = quoteReturnCosts(createEvaluator(marketplaceStandard), draft, { locale: 'en' });
 * // quotes[6].summary: "If you change your mind (within 15 days of delivery), you pay about $6.90 for return shipping."
 */
export function quoteReturnCosts(evaluator: Evaluator, draft: ReturnDraft, options: QuoteOptions = {}): ReturnQuote[] {
  return quoteDecisions(evaluator, draft, options).map((row) => row.quote);
}

/**
 * {@link quoteReturnCosts} with the representative decision behind each quote, for callers that
 * need more of it (the JSON-LD's restocking fee). Same arguments, checks and errors.
 */
export function quoteDecisions(evaluator: Evaluator, draft: ReturnDraft, options: QuoteOptions = {}): Array<{ quote: ReturnQuote; decision: Decision }> {
  if (typeof evaluator !== 'object' || evaluator === null || typeof evaluator.decide !== 'function' || typeof evaluator.safeDecide !== 'function' || evaluator.ruleSet === undefined) {
    throw new ReturnLiabilityError('invalid_option', 'quoteReturnCosts() needs an evaluator from createEvaluator()');
  }
  if (typeof options !== 'object' || options === null) throw new ReturnLiabilityError('invalid_option', 'quoteReturnCosts() options must be an object');
  const locale = resolveLocale(options.locale, evaluator.ruleSet);
  const reasons = checkReasons(options.reasons);
  const input = checkDraft(draft);
  const catalogue = quoteCatalogues[locale];
  const probes = probesFor(evaluator);
  // Inside every window: the day after delivery, unless a window ends on the delivery day itself.
  const requested = probes.some((probe) => probe.length < 1) ? DELIVERED : DELIVERED + 1;

  const rows: Array<{ quote: ReturnQuote; decision: Decision }> = [];
  for (const reason of reasons) {
    const decision = evaluator.decide(representativeCase(input, reason, DELIVERED, requested), { locale });
    let within: QuoteWindow | undefined;
    for (const probe of probes) {
      const later = evaluator.safeDecide(representativeCase(input, reason, probe.delivered, probe.after), { locale });
      if (!later.ok || outcomeKey(later.decision) !== outcomeKey(decision)) {
        within = probe.window;
        break;
      }
    }
    const { consequence, buyerPays } = buyerSide(decision, locale);
    const withinText = within === undefined ? undefined : policyCatalogues[locale].windowLength(within);
    const refund = decision.settlement?.refund;
    const quote: ReturnQuote = {
      reason,
      label: catalogue.reason[reason],
      outcome: decision.outcome,
      code: decision.code,
      rule: decision.rule.name,
      totals: decision.totals,
      ...(buyerPays === undefined ? {} : { buyerPays }),
      ...(refund === undefined ? {} : { refund }),
      ...(within === undefined ? {} : { within }),
      summary: catalogue.summary(reason, withinText, consequence),
      locale,
    };
    rows.push({ quote, decision });
  }
  return rows;
}
