/**
 * The generic sentences of buyer-facing policy documents, in every built-in locale. Policy
 * substance comes from the rule set; only headings and connecting words live here.
 */
import type { Party } from '../money/money.js';
import type { SupportedLocale } from '../rule-set/schema.js';

/** The sections of a policy document, in the order a buyer reads them. */
export const POLICY_SECTION_KINDS = ['seller_pays', 'buyer_pays', 'agreements', 'not_returnable', 'several_items', 'time_limits'] as const;

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
  /** How one label is shared when several items go back in one parcel, and what happens to the original delivery on a partial return. */
  parcel(labelSplit: 'seller_fault_carries' | 'by_value' | 'by_weight' | 'equal', outbound: 'pro_rata' | 'whole_order_only'): string;
  /** Who pays, as the policy addresses the buyer: the buyer is "you". */
  party: Record<Party, string>;
  /** A rule's restocking fee: `percent` formatted (e.g. "15%"); `max` the formatted maximum in each currency the rule names (none: no maximum). */
  restockingFee(percent: string, max: readonly string[]): string;
  /** A rule's cap on what `party` pays of return shipping: `amounts` the formatted cap in each currency named; `rest` the parties who pay the excess. */
  cap(party: Party, amounts: readonly string[], rest: readonly Party[]): string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const listFormats = new Map<string, Intl.ListFormat>();

/** `a, b or c` / `a, b and c` in the locale's words (formatters cached). */
export function joinList(locale: SupportedLocale, items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  const key = `${locale}\u0000${type}`;
  let format = listFormats.get(key);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { style: 'long', type });
    listFormats.set(key, format);
  }
  return format.format(items);
}

const en: PolicyCatalogue = {
  heading: {
    seller_pays: 'When the seller pays',
    buyer_pays: 'When you pay',
    agreements: 'Agreements and guarantees',
    not_returnable: 'What cannot be returned',
    several_items: 'Returning several items together',
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
  parcel: (split, outbound) =>
    `Several items returned in one parcel share one return label: ${
      split === 'seller_fault_carries' ? 'if one of them goes back at the seller’s cost, the whole label goes with it and the others travel free'
      : split === 'by_value' ? 'its cost is shared in proportion to the price of each item'
      : split === 'by_weight' ? 'its cost is shared in proportion to the weight of each item'
      : 'its cost is shared equally per item'
    }. ${
      outbound === 'pro_rata'
        ? 'When only part of an order comes back, the original delivery counts in proportion to the value of the items returned.'
        : 'The original delivery is taken into account only when the whole order comes back.'
    }`,
  party: { seller: 'the seller', buyer: 'you', platform: 'the platform', insurer: 'the insurer', carrier: 'the carrier' },
  restockingFee: (percent, max) =>
    `A restocking fee of ${percent} of the price applies${max.length === 0 ? '' : ` (at most ${joinList('en', max, 'disjunction')})`}.`,
  cap: (party, amounts, rest) => {
    // "you pay", "the seller pays", "the platform and you pay".
    const verb = (payers: readonly Party[]) => (payers.length === 1 && payers[0] !== 'buyer' ? 'pays' : 'pay');
    const payers = joinList('en', rest.map((p) => en.party[p]), 'conjunction');
    return `${capitalize(en.party[party])} ${verb([party])} return shipping up to ${joinList('en', amounts, 'disjunction')}; ${payers} ${verb(rest)} the rest.`;
  },
};

const zhCN: PolicyCatalogue = {
  heading: {
    seller_pays: '卖家承担运费的情形',
    buyer_pays: '您承担运费的情形',
    agreements: '约定与保障',
    not_returnable: '不支持退货的情形',
    several_items: '多件商品一起退回',
    time_limits: '退货时限',
  },
  windowLength: ({ days = 0, months = 0 }) =>
    months === 0 ? `${days}天` : days === 0 ? `${months}个月` : `${months}个月零${days}天`,
  windowCounting: (length, extend) =>
    `${length}期限：自收到商品的次日起算，至最后一日24时止` + (extend ? '；最后一日为周末或节假日的，顺延至其后第一个工作日。' : '。'),
  basis: (citation) => `依据：${citation}`,
  parcel: (split, outbound) =>
    `多件商品装在同一个包裹里退回时，共用一张退货面单：${
      split === 'seller_fault_carries' ? '其中有一件须由卖家承担退货运费的，整张面单计入该商品，其余商品随同寄回，不另计运费'
      : split === 'by_value' ? '运费按各件商品的价格比例分摊'
      : split === 'by_weight' ? '运费按各件商品的重量比例分摊'
      : '运费按件数平均分摊'
    }。${outbound === 'pro_rata' ? '只退回订单中的部分商品时，原发货运费按退回商品的金额比例计算。' : '只有整单退回时，才考虑原发货运费。'}`,
  party: { seller: '卖家', buyer: '您', platform: '平台', insurer: '保险公司', carrier: '承运人' },
  restockingFee: (percent, max) => `退货时收取商品价格${percent}的重新上架费${max.length === 0 ? '' : `（最高${joinList('zh-CN', max, 'disjunction')}）`}。`,
  cap: (party, amounts, rest) =>
    `${zhCN.party[party]}承担退货运费，最高${joinList('zh-CN', amounts, 'disjunction')}；其余由${joinList('zh-CN', rest.map((p) => zhCN.party[p]), 'conjunction')}承担。`,
};

/** Policy-document catalogues by locale (`en` and `zh-CN` built in; a locale entry adds its own). */
export const policyCatalogues = { en, 'zh-CN': zhCN } as Record<SupportedLocale, PolicyCatalogue>;
