/** The explanation of a parcel decision: why the label is split as it is, who pays what, item by item. */
import { formatMoney, type Money, PARTIES, type Party } from '../money/money.js';
import type { Decision, LabelSplitResult, Settlement, UnexplainedDecision } from '../model/decision.js';
import type { SupportedLocale } from '../rule-set/schema.js';
import { catalogues } from './catalogue.js';

/** What the parcel summary is made from; amounts arrive formatted. */
interface SplitSentence {
  method: LabelSplitResult['method'];
  label: string;
  /** `seller_fault_carries`: the item the label goes with, and whether its return is at the seller's cost (all of it, part of it, none). */
  carrier?: { item: string; seller: 'all' | 'part' | 'none' };
  /** The other returnable items. */
  others: string[];
  /** Each returnable item with its portion, for the proportional methods. */
  portions: Array<{ item: string; amount: string }>;
  /** `by_value` was asked for, but not every item has a price. */
  fellBack: boolean;
}

export interface ParcelCatalogue {
  quote(item: string): string;
  list(items: readonly string[]): string;
  split(s: SplitSentence): string;
  /** Nothing in the parcel can be returned. */
  nothingReturnable(): string;
  /** Who pays what across the parcel; `pays` arrives as "party amount" pairs already in words. */
  totals(pays: ReadonlyArray<{ party: string; amount: string }>): string;
  notReturnable(item: string): string;
  item(item: string, summary: string): string;
}

const en: ParcelCatalogue = {
  quote: (item) => `“${item}”`,
  list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
  split(s) {
    const portions = en.list(s.portions.map((p) => `${p.item} ${p.amount}`));
    switch (s.method) {
      case 'seller_fault_carries': {
        const carrier = s.carrier as NonNullable<SplitSentence['carrier']>;
        const rest = s.others.length === 0 ? '' : `; ${en.list(s.others)} ${s.others.length === 1 ? 'travels' : 'travel'} with it at no extra cost`;
        if (carrier.seller === 'none') return `No item is returned at the seller’s cost, so the whole label (${s.label}) goes with ${carrier.item}, the first by item id${rest}.`;
        const why = carrier.seller === 'all' ? 'is returned at the seller’s cost' : 'is returned partly at the seller’s cost';
        return `${carrier.item} ${why}, so the whole label (${s.label}) goes with it${rest}.`;
      }
      case 'by_value':
        return `The label (${s.label}) is shared by the value of the items: ${portions}.`;
      case 'by_weight':
        return `The label (${s.label}) is shared by the weight of the items: ${portions}.`;
      case 'equal':
        return s.fellBack
          ? `Not every item has a price, so the label (${s.label}) is shared equally per unit: ${portions}.`
          : `The label (${s.label}) is shared equally per unit: ${portions}.`;
    }
  },
  nothingReturnable: () => 'None of the items can be returned, so nobody pays for the label.',
  totals: (pays) => (pays.length === 0 ? 'Nobody pays anything.' : `In all, ${en.list(pays.map((p) => `${p.party} pays ${p.amount}`))}.`),
  notReturnable: (item) => `${item} cannot be returned and takes no part of the label.`,
  item: (item, summary) => `${item}: ${summary}`,
};

const zhCN: ParcelCatalogue = {
  quote: (item) => `“${item}”`,
  list: (items) => items.join('、'),
  split(s) {
    const portions = s.portions.map((p) => `${p.item}${p.amount}`).join('，');
    switch (s.method) {
      case 'seller_fault_carries': {
        const carrier = s.carrier as NonNullable<SplitSentence['carrier']>;
        const rest = s.others.length === 0 ? '' : `；${zhCN.list(s.others)}随同寄回，不另计运费`;
        if (carrier.seller === 'none') return `没有商品须由卖家承担退货运费，整张退货面单（${s.label}）计入按编号排在最前的${carrier.item}${rest}。`;
        const why = carrier.seller === 'all' ? '须由卖家承担退货运费' : '的退货运费部分由卖家承担';
        return `${carrier.item}${why}，整张退货面单（${s.label}）计入该商品${rest}。`;
      }
      case 'by_value':
        return `退货面单（${s.label}）按商品金额分摊：${portions}。`;
      case 'by_weight':
        return `退货面单（${s.label}）按商品重量分摊：${portions}。`;
      case 'equal':
        return s.fellBack ? `并非每件商品都有价格，退货面单（${s.label}）按件数平均分摊：${portions}。` : `退货面单（${s.label}）按件数平均分摊：${portions}。`;
    }
  },
  nothingReturnable: () => '包裹中的商品均不可退货，无需任何一方支付退货运费。',
  totals: (pays) => (pays.length === 0 ? '各方均无需付费。' : `合计：${pays.map((p) => `${p.party}承担${p.amount}`).join('，')}。`),
  notReturnable: (item) => `${item}不可退货，不分摊退货运费。`,
  item: (item, summary) => `${item}：${summary}`,
};

/** Parcel-text catalogues by locale (see `catalogues`). */
export const parcelCatalogues = { en, 'zh-CN': zhCN } as Record<SupportedLocale, ParcelCatalogue>;

/** Everything the parcel text is made from. */
export interface ParcelTextInput {
  locale: SupportedLocale;
  label: Money;
  split: LabelSplitResult;
  fellBack: boolean;
  /** For `seller_fault_carries`: the carrying item's id and the seller's basis points of its return shipping. */
  carrier: { id: string; sellerBasisPoints: number } | undefined;
  items: ReadonlyArray<Decision | UnexplainedDecision>;
  totals: Partial<Record<Party, Money>>;
  /** The parcel's merged settlement, when the items have prices. */
  settlement?: Settlement | undefined;
}

/** Writes a parcel decision's `text`: the split and the totals as the summary, then a line per item. */
export function parcelText(input: ParcelTextInput): { locale: string; summary: string; details: string[] } {
  const { locale } = input;
  const catalogue = parcelCatalogues[locale];
  const words = catalogues[locale];
  const fmt = (money: Money) => formatMoney(money, locale);
  const quoted = (id: string) => catalogue.quote(id);
  const returnable = input.split.portions.map((p) => p.item);
  const sentences: string[] = [];
  if (returnable.length === 0) sentences.push(catalogue.nothingReturnable());
  else {
    const carrier = input.carrier;
    sentences.push(
      catalogue.split({
        method: input.split.method,
        label: fmt(input.label),
        ...(carrier === undefined
          ? {}
          : { carrier: { item: quoted(carrier.id), seller: carrier.sellerBasisPoints >= 10_000 ? 'all' : carrier.sellerBasisPoints > 0 ? 'part' : 'none' } }),
        others: returnable.filter((id) => id !== carrier?.id).map(quoted),
        portions: input.split.portions.map((p) => ({ item: quoted(p.item), amount: fmt(p.amount) })),
        fellBack: input.fellBack,
      }),
    );
    const pays = PARTIES.flatMap((party) => {
      const amount = input.totals[party];
      return amount === undefined || amount.amount === 0 ? [] : [{ party: words.party[party], amount: fmt(amount) }];
    });
    sentences.push(catalogue.totals(pays));
  }
  for (const item of input.items) if (item.outcome === 'not_returnable') sentences.push(catalogue.notReturnable(quoted(item.caseId ?? '')));
  const settlement = input.settlement;
  if (settlement !== undefined) {
    const parts = settlement.parts
      .filter((part) => part.amount.amount !== 0 || part.kind === 'goods')
      .map((part) => ({ kind: part.kind, amount: fmt({ amount: Math.abs(part.amount.amount), currency: part.amount.currency }) }));
    sentences.push(words.settlement(fmt(settlement.refund), parts));
  }
  const details = input.items.map((item) => catalogue.item(quoted(item.caseId ?? ''), item.text?.summary ?? ''));
  return { locale, summary: sentences.join(words.sentenceGap), details };
}
