/**
 * The generic sentences of buyer-facing policy documents, in every built-in locale. Policy
 * substance comes from the rule set; only headings and connecting words live here.
 */
import type { SupportedLocale } from '../rule-set/schema.js';

/** The sections of a policy document, in the order a buyer reads them. */
export const POLICY_SECTION_KINDS = ['seller_pays', 'buyer_pays', 'agreements', 'not_returnable', 'time_limits'] as const;

/** What a policy section is about. */
export type PolicySectionKind = (typeof POLICY_SECTION_KINDS)[number];

/** A window's length as the rule set declares it. */
export interface WindowLength {
  readonly days?: number | undefined;
  readonly months?: number | undefined;
}

/** Headings and generated sentences of a policy document. */
export interface PolicyCatalogue {
  heading: Record<PolicySectionKind, string>;
  /** A window's length, e.g. "15 days", "12 months and 14 days". */
  windowLength(window: WindowLength): string;
  /** How a window is counted: day 0 is delivery, the last day ends at midnight. */
  windowCounting(length: string, extendPastHolidays: boolean): string;
  /** Label in front of a rule's citation. */
  basis(citation: string): string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const en: PolicyCatalogue = {
  heading: {
    seller_pays: 'When the seller pays',
    buyer_pays: 'When you pay',
    agreements: 'Agreements and guarantees',
    not_returnable: 'What cannot be returned',
    time_limits: 'Time limits',
  },
  windowLength: ({ days = 0, months = 0 }) =>
    months === 0 ? plural(days, 'day', 'days')
    : days === 0 ? plural(months, 'month', 'months')
    : `${plural(months, 'month', 'months')} and ${plural(days, 'day', 'days')}`,
  windowCounting: (length, extend) =>
    `Time limit of ${length}: counted from the day after delivery, ending at midnight on the last day` +
    (extend ? ', or on the next working day if the last day is a weekend or public holiday.' : '.'),
  basis: (citation) => `Basis: ${citation}`,
};

const zhCN: PolicyCatalogue = {
  heading: {
    seller_pays: '卖家承担运费的情形',
    buyer_pays: '您承担运费的情形',
    agreements: '约定与保障',
    not_returnable: '不支持退货的情形',
    time_limits: '退货时限',
  },
  windowLength: ({ days = 0, months = 0 }) =>
    months === 0 ? `${days}天` : days === 0 ? `${months}个月` : `${months}个月零${days}天`,
  windowCounting: (length, extend) =>
    `${length}期限：自签收次日起算，至最后一日24时止` + (extend ? '；最后一日为周末或法定节假日的，顺延至其后第一个工作日。' : '。'),
  basis: (citation) => `依据：${citation}`,
};

/** Policy-document catalogues by locale. */
export const policyCatalogues: Readonly<Record<SupportedLocale, PolicyCatalogue>> = { en, 'zh-CN': zhCN };
