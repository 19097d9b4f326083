import { addMonthsToDay, type CalendarDay } from '../case/dates.js';
import type { ReturnCase } from '../case/schema.js';
import type { Allocation, Settlement } from '../model/decision.js';
import type { Decision } from '../model/decision.js';
import { formatMoney, type PARTIES } from '../money/money.js';
import type { RuleDefinition, SupportedLocale } from '../rule-set/schema.js';
import type { RuleSet } from '../rule-set/load.js';
import { citationIn } from '../rule-set/citation.js';
import { catalogues } from './catalogue.js';

const percentFormatters = new Map<string, Intl.NumberFormat>();

/** Formatted percentages by locale: a handful of values (100 %, 50 %, …) recur in every decision. */
const formattedPercents = new Map<string, string>();

function formatPercent(percent: number, locale: string): string {
  const key = `${locale}\u0000${percent}`;
  const known = formattedPercents.get(key);
  if (known !== undefined) return known;
  if (formattedPercents.size >= 4_096) formattedPercents.clear();
  let formatter = percentFormatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    percentFormatters.set(locale, formatter);
  }
  const text = formatter.format(percent / 100);
  formattedPercents.set(key, text);
  return text;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** `a and b`, `a、b`: a conjunction in the locale's words. */
function listIn(locale: string, items: readonly string[]): string {
  let format = listFormats.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/**
 * Fills `{name}` placeholders, asking `resolve` only for the names the template uses (formatting
 * money is the costly part). Validated rule texts only name known placeholders.
 */
function fillTemplate(template: string, resolve: (name: string) => string | undefined): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => resolve(name) ?? whole);
}

/** Everything the decision text is made from. */
export interface TextInput {
  ruleSet: RuleSet;
  rule: Readonly<RuleDefinition>;
  returnCase: ReturnCase;
  daysSinceDelivery: number;
  /** The delivery day, from which a window's length in days is counted. */
  delivered: CalendarDay;
  allocation: Allocation | undefined;
  /** The settlement, when the case has a price. */
  settlement?: { settlement: Settlement; capped: boolean } | undefined;
  locale: SupportedLocale;
}

/** Writes the decision's `text`: the rule's sentence filled in, then one detail line per fact of the split. */
export function decisionText(input: TextInput): Decision['text'] {
  const { rule, returnCase, allocation, locale } = input;
  const catalogue = catalogues[locale];
  const fmt = (amount: number) => formatMoney({ amount, currency: returnCase.costs.returnShipping.currency }, locale);
  const returnLine = allocation?.lines[0];
  const partyAmount = (party: (typeof PARTIES)[number]) =>
    fmt(returnLine?.shares.filter((s) => s.party === party).reduce((sum, s) => sum + s.amount.amount, 0) ?? 0);
  const windowName = input.ruleSet.windowsByRule[rule.name]?.[0];
  const window = windowName === undefined ? undefined : input.ruleSet.windows[windowName];
  const resolve = (name: string): string | undefined => {
    switch (name) {
      case 'returnShipping': return formatMoney(returnCase.costs.returnShipping, locale);
      case 'buyerAmount': return partyAmount('buyer');
      case 'sellerAmount': return partyAmount('seller');
      case 'platformAmount': return partyAmount('platform');
      case 'insurerAmount': return partyAmount('insurer');
      case 'carrierAmount': return partyAmount('carrier');
      // Days from delivery to the window's last day before any holiday extension: the window's
      // `days` for a days-only window; for one with months, the count from this delivery day.
      case 'windowDays': return String(window === undefined ? 0 : addMonthsToDay(input.delivered + (window.days ?? 0), window.months ?? 0) - input.delivered);
      case 'daysSinceDelivery': return String(input.daysSinceDelivery);
      default: return undefined;
    }
  };
  const summary = fillTemplate(rule.event.params.text[locale] ?? '', resolve);
  const details: string[] = [];
  const coverageKind = returnCase.coverage === undefined ? '' : catalogue.coverageKind[returnCase.coverage.kind];

  if (allocation !== undefined) {
    for (const line of allocation.lines) {
      for (const share of line.shares) {
        details.push(
          catalogue.share(catalogue.party[share.party], formatMoney(share.amount, locale), formatPercent(share.percent, locale), catalogue.cost[line.cost], share.via, coverageKind),
        );
      }
    }
    const negotiation = allocation.negotiation;
    if (negotiation?.status === 'applied') details.push(catalogue.negotiationApplied(fmt(negotiation.sellerAmount)));
    else if (negotiation?.status === 'rejected') details.push(catalogue.negotiationRejected(fmt(negotiation.agreedSellerAmount), fmt(negotiation.ruleSellerAmount)));
    else if (negotiation?.status === 'ignored') details.push(catalogue.negotiationIgnored());

    const coverage = allocation.coverage;
    if (coverage !== undefined && returnCase.coverage !== undefined) {
      const payer = catalogue.party[returnCase.coverage.payer];
      const beneficiary = catalogue.party[returnCase.coverage.beneficiary ?? 'buyer'];
      if (coverage.status === 'applied') {
        details.push(
          catalogue.coverageApplied(coverageKind, payer, fmt(coverage.amount), coverage.limit === undefined ? undefined : fmt(coverage.limit), beneficiary, coverage.remainder > 0 ? fmt(coverage.remainder) : ''),
        );
      } else {
        details.push(catalogue.coverageNotApplied(coverageKind, coverage.reason));
      }
    }
    if (allocation.outbound === 'not_decided') details.push(catalogue.outboundNotDecided());
  }
  if (rule.event.type === 'returnless') details.push(catalogue.returnless());
  for (const cap of allocation?.caps ?? []) {
    const to = listIn(locale, cap.to.map((party) => catalogue.party[party]));
    details.push(catalogue.capApplied(catalogue.party[cap.party], fmt(cap.cap), fmt(cap.excess), to, cap.to.length === 1 && cap.to[0] === 'buyer'));
  }
  const settled = input.settlement;
  if (settled !== undefined) {
    const parts = settled.settlement.parts
      .filter((part) => part.amount.amount !== 0 || part.kind === 'goods')
      .map((part) => ({ kind: part.kind, amount: formatMoney({ amount: Math.abs(part.amount.amount), currency: part.amount.currency }, locale) }));
    details.push(catalogue.settlement(formatMoney(settled.settlement.refund, locale), parts));
    if (settled.capped) details.push(catalogue.deductionCapped());
  }
  const citation = citationIn(rule.event.params.citation, locale);
  if (citation !== undefined) details.push(catalogue.basis(citation));
  return { locale, summary, details };
}
