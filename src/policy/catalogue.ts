/**
 * The generic sentences of buyer-facing policy documents and checkout quotes, in every built-in
 * locale. Policy substance comes from the rule set; only headings and connecting words live here.
 * Two separate objects so that `return-liability/policy` bundles only the first.
 */
import type { ReturnReason } from '../case/schema.js';
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

/** How the buyer's side of a quoted return turns out; amounts arrive formatted. */
export type QuoteConsequence =
  | { kind: 'not_returnable' }
  | { kind: 'free' }
  | { kind: 'others_pay'; payers: string; count: number }
  | { kind: 'buyer_pays'; amount: string }
  | { kind: 'buyer_pays_part'; amount: string; payers: string; count: number };

/** Sentences of checkout quotes. */
export interface QuoteCatalogue {
  /** Short label of a return reason, for a table column. */
  reason: Record<ReturnReason, string>;
  /** One sentence: the reason as a condition, the time limit if one applies, and who pays. */
  summary(reason: ReturnReason, within: string | undefined, consequence: QuoteConsequence): string;
}

const enCondition: Record<ReturnReason, string> = {
  quality_defect: 'If the item is defective',
  wrong_item: 'If you receive the wrong item',
  not_as_described: 'If the item is not as described',
  damaged_in_transit: 'If the item arrives damaged',
  missing_parts: 'If parts are missing',
  late_delivery: 'If the item arrives late',
  changed_mind: 'If you change your mind',
  does_not_fit: 'If it does not fit',
  ordered_by_mistake: 'If you ordered it by mistake',
  better_price_found: 'If you find a better price',
  other: 'For any other reason',
};

const zhCondition: Record<ReturnReason, string> = {
  quality_defect: '如商品有质量问题',
  wrong_item: '如收到的商品发错了',
  not_as_described: '如商品与描述不符',
  damaged_in_transit: '如商品在运输途中损坏',
  missing_parts: '如商品缺少配件',
  late_delivery: '如商品延迟送达',
  changed_mind: '如您不想要了',
  does_not_fit: '如尺码不合适',
  ordered_by_mistake: '如您拍错了',
  better_price_found: '如您找到了更低的价格',
  other: '如因其他原因退货',
};

const quoteEn: QuoteCatalogue = {
  reason: {
    quality_defect: 'Defective',
    wrong_item: 'Wrong item',
    not_as_described: 'Not as described',
    damaged_in_transit: 'Damaged in transit',
    missing_parts: 'Missing parts',
    late_delivery: 'Arrived late',
    changed_mind: 'Changed mind',
    does_not_fit: 'Does not fit',
    ordered_by_mistake: 'Ordered by mistake',
    better_price_found: 'Better price found',
    other: 'Other reason',
  },
  summary(reason, within, c) {
    const condition = enCondition[reason] + (within === undefined ? '' : ` (within ${within} of delivery)`);
    const verb = (count: number) => (count === 1 ? 'pays' : 'pay');
    switch (c.kind) {
      case 'not_returnable':
        return `${condition}, the item cannot be returned.`;
      case 'free':
        return `${condition}, return shipping costs you nothing.`;
      case 'others_pay':
        return `${condition}, ${c.payers} ${verb(c.count)} return shipping; you pay nothing.`;
      case 'buyer_pays':
        return `${condition}, you pay about ${c.amount} for return shipping.`;
      case 'buyer_pays_part':
        return `${condition}, you pay about ${c.amount} and ${c.payers} ${verb(c.count)} the rest of return shipping.`;
    }
  },
};

const quoteZhCN: QuoteCatalogue = {
  reason: {
    quality_defect: '质量问题',
    wrong_item: '发错货',
    not_as_described: '与描述不符',
    damaged_in_transit: '运输途中损坏',
    missing_parts: '缺少配件',
    late_delivery: '延迟送达',
    changed_mind: '不想要了',
    does_not_fit: '尺码不合适',
    ordered_by_mistake: '拍错了',
    better_price_found: '找到更低价格',
    other: '其他原因',
  },
  summary(reason, within, c) {
    const condition = zhCondition[reason] + (within === undefined ? '' : `（签收后${within}内）`);
    switch (c.kind) {
      case 'not_returnable':
        return `${condition}，该商品不支持退货。`;
      case 'free':
        return `${condition}，您无需支付退货运费。`;
      case 'others_pay':
        return `${condition}，退货运费由${c.payers}承担，您无需支付。`;
      case 'buyer_pays':
        return `${condition}，退货运费约${c.amount}，由您承担。`;
      case 'buyer_pays_part':
        return `${condition}，您承担退货运费约${c.amount}，其余由${c.payers}承担。`;
    }
  },
};

/** Checkout-quote catalogues by locale. */
export const quoteCatalogues: Readonly<Record<SupportedLocale, QuoteCatalogue>> = { en: quoteEn, 'zh-CN': quoteZhCN };
