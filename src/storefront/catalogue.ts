/** Sentences of checkout quotes, per locale. */
import type { ReturnReason } from '../case/schema.js';
import type { SupportedLocale } from '../rule-set/schema.js';

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
  /** One sentence for a whole cart sent back in one parcel for one reason: `refused` items cannot be returned. */
  parcelSummary(reason: ReturnReason, count: number, refused: number, consequence: QuoteConsequence): string;
}

const enCondition: Record<ReturnReason, string> = {
  quality_defect: 'If the item is defective',
  wrong_item: 'If you receive the wrong item',
  not_as_described: 'If the item is not as described',
  damaged_in_transit: 'If the item arrives damaged',
  missing_parts: 'If parts are missing',
  late_delivery: 'If the item arrives after the promised date',
  changed_mind: 'If you change your mind',
  does_not_fit: 'If it does not fit',
  ordered_by_mistake: 'If you ordered it by mistake',
  better_price_found: 'If you find a better price',
  other: 'For any other reason',
};

/** The conditions for several items at once. */
const enParcelCondition: Record<ReturnReason, string> = {
  quality_defect: 'if the items are defective',
  wrong_item: 'if you receive the wrong items',
  not_as_described: 'if the items are not as described',
  damaged_in_transit: 'if the items arrive damaged',
  missing_parts: 'if parts are missing',
  late_delivery: 'if the items arrive after the promised date',
  changed_mind: 'if you change your mind',
  does_not_fit: 'if they do not fit',
  ordered_by_mistake: 'if you ordered them by mistake',
  better_price_found: 'if you find a better price',
  other: 'for any other reason',
};

const zhCondition: Record<ReturnReason, string> = {
  quality_defect: '如商品有质量问题',
  wrong_item: '如收到的商品发错了',
  not_as_described: '如商品与描述不符',
  damaged_in_transit: '如商品在运输途中损坏',
  missing_parts: '如商品缺少配件',
  late_delivery: '如商品晚于承诺的日期送达',
  changed_mind: '如您不想要了',
  does_not_fit: '如尺码不合适',
  ordered_by_mistake: '如您拍错了',
  better_price_found: '如您在别处看到更便宜的',
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
  parcelSummary(reason, count, refused, c) {
    const all = count === 2 ? 'both items' : `all ${count} items`;
    const condition = `Returning ${all} in one parcel: ${enParcelCondition[reason]}`;
    const verb = (n: number) => (n === 1 ? 'pays' : 'pay');
    const except = refused === 0 ? '' : ` (${refused === 1 ? 'one item' : `${refused} items`} cannot be returned)`;
    switch (c.kind) {
      case 'not_returnable':
        return `${condition}, none of them can be returned.`;
      case 'free':
        return `${condition}${except}, the label costs you nothing.`;
      case 'others_pay':
        return `${condition}${except}, ${c.payers} ${verb(c.count)} for the label; you pay nothing.`;
      case 'buyer_pays':
        return `${condition}${except}, you pay about ${c.amount} for the one label.`;
      case 'buyer_pays_part':
        return `${condition}${except}, you pay about ${c.amount} and ${c.payers} ${verb(c.count)} the rest of the label.`;
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
    better_price_found: '在别处看到更便宜的',
    other: '其他原因',
  },
  summary(reason, within, c) {
    const condition = zhCondition[reason] + (within === undefined ? '' : `（收到商品后${within}内）`);
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
  parcelSummary(reason, count, refused, c) {
    const condition = `${zhCondition[reason]}，将${count}件商品装在一个包裹里一起退回`;
    const except = refused === 0 ? '' : `（其中${refused}件不支持退货）`;
    switch (c.kind) {
      case 'not_returnable':
        return `${zhCondition[reason]}，这${count}件商品均不支持退货。`;
      case 'free':
        return `${condition}${except}，您无需支付退货运费。`;
      case 'others_pay':
        return `${condition}${except}，退货运费由${c.payers}承担，您无需支付。`;
      case 'buyer_pays':
        return `${condition}${except}，共用一张退货面单，运费约${c.amount}，由您承担。`;
      case 'buyer_pays_part':
        return `${condition}${except}，共用一张退货面单，您承担约${c.amount}，其余由${c.payers}承担。`;
    }
  },
};

/** Checkout-quote catalogues by locale. */
export const quoteCatalogues = { en: quoteEn, 'zh-CN': quoteZhCN } as Record<SupportedLocale, QuoteCatalogue>;
