import type { Party } from '../money/money.js';
import type { SupportedLocale } from '../rule-set/schema.js';
import type { COVERAGE_KINDS } from '../case/vocabulary.js';
import type { CostLine, CoverageNote, SettlementPartKind, ShareSource } from '../model/decision.js';

type CoverageKind = (typeof COVERAGE_KINDS)[number];
type CoverageMiss = Extract<CoverageNote, { status: 'not_applied' }>['reason'];

/**
 * The generic sentences of decision texts. Amounts arrive formatted; every locale must provide
 * every entry, so a missing key does not compile.
 */
export interface Catalogue {
  /** What goes between two sentences: a space in most languages, nothing in Chinese or Japanese. */
  sentenceGap: string;
  party: Record<Party, string>;
  cost: Record<CostLine, string>;
  coverageKind: Record<CoverageKind, string>;
  share(party: string, amount: string, percent: string, cost: string, via: ShareSource, coverageKind: string): string;
  coverageApplied(kind: string, payer: string, amount: string, limit: string | undefined, beneficiary: string, remainder: string): string;
  coverageNotApplied(kind: string, reason: CoverageMiss): string;
  negotiationApplied(sellerAmount: string): string;
  negotiationRejected(agreed: string, required: string): string;
  negotiationIgnored(): string;
  outboundNotDecided(): string;
  basis(citation: string): string;
  /** A statutory floor replaced the policy's decision: `ruleSet` is the floor's title, `policyRule` the policy rule it replaced. */
  overridden(ruleSet: string, rule: string, citation: string | undefined, policyRule: string): string;
  /** A cap held `party`'s share of return shipping at `cap`; `excess` went to `to` (a list in words). */
  capApplied(party: string, cap: string, excess: string, to: string, toIsBuyer: boolean): string;
  /** The refund and its parts; amounts arrive formatted (deductions without their sign). */
  settlement(refund: string, parts: ReadonlyArray<{ kind: SettlementPartKind; amount: string }>): string;
  /** A deduction was cut so that the refund does not go below zero. */
  deductionCapped(): string;
  /** The item is kept and refunded without a return. */
  returnless(): string;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const en: Catalogue = {
  sentenceGap: ' ',
  party: { seller: 'the seller', buyer: 'the buyer', platform: 'the platform', insurer: 'the insurer', carrier: 'the carrier' },
  cost: { returnShipping: 'return shipping', outboundShipping: 'the original delivery', replacementShipping: 'shipping the replacement or repaired item back' },
  coverageKind: { return_guarantee: 'the return guarantee', return_shipping_insurance: 'return-shipping insurance' },
  share: (party, amount, percent, cost, via, kind) =>
    `${capitalize(party)} pays ${amount} (${percent}) of ${cost}` +
    (via === 'coverage' ? ` under ${kind}.` : via === 'negotiated_split' ? ', as agreed between buyer and seller.' : '.'),
  coverageApplied: (kind, payer, amount, limit, beneficiary, remainder) =>
    `${capitalize(kind)} pays ${amount} for ${beneficiary}` +
    (limit === undefined ? '' : ` (limit ${limit})`) +
    (remainder === '' ? '.' : `; ${remainder} above the limit stays with ${beneficiary}.`),
  coverageNotApplied: (kind, reason) =>
    `${capitalize(kind)} does not pay here: ${
      reason === 'rule_excludes' ? 'the deciding rule does not allow coverage'
      : reason === 'reason_not_covered' ? 'it does not cover this return reason'
      : reason === 'not_first_return' ? 'it covers only the first return on an order'
      : 'its beneficiary pays nothing for return shipping'
    }.`,
  negotiationApplied: (sellerAmount) => `Buyer and seller agreed a split; the seller takes ${sellerAmount} of the return shipping.`,
  negotiationRejected: (agreed, required) =>
    `The agreed split was not applied: it would have the seller pay ${agreed}, less than the ${required} the seller owes here.`,
  negotiationIgnored: () => 'The agreed split was not applied: this rule does not allow negotiation.',
  outboundNotDecided: () => 'The rule set does not say who bears the original delivery cost.',
  basis: (citation) => `Basis: ${citation}.`,
  overridden: (ruleSet, rule, citation, policyRule) =>
    `The policy's rule "${policyRule}" would leave the buyer worse off than the law allows, so ${ruleSet} (rule "${rule}"${citation === undefined ? '' : `, ${citation}`}) decides.`,
  capApplied: (party, cap, excess, to, toIsBuyer) =>
    `${capitalize(party)} pays return shipping up to ${cap}; ${toIsBuyer ? `the buyer pays the remaining ${excess}` : `the remaining ${excess} goes to ${to}`}.`,
  settlement: (refund, parts) => {
    const plus = parts.filter((p) => p.kind === 'goods' || p.kind === 'outbound_shipping' || p.kind === 'return_shipping_reimbursed');
    const less = parts.filter((p) => !plus.includes(p) && p.amount !== '');
    const word: Record<SettlementPartKind, (amount: string) => string> = {
      goods: (a) => `${a} for the goods`,
      outbound_shipping: (a) => `${a} for the original delivery`,
      return_shipping_reimbursed: (a) => `${a} for the return label`,
      return_shipping_deducted: (a) => `${a} for the return label`,
      restocking_fee: (a) => `a ${a} restocking fee`,
      diminished_value: (a) => `${a} for the loss in value from handling`,
    };
    const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
    const credited = plus.length === 0 ? '' : `: ${list(plus.map((p) => word[p.kind](p.amount)))}`;
    const kept = less.length === 0 ? '' : `${plus.length === 0 ? ':' : ','} less ${list(less.map((p) => word[p.kind](p.amount)))}`;
    return `Refund ${refund}${credited}${kept}.`;
  },
  deductionCapped: () => 'The deductions exceed what is refunded, so they are kept only up to the refund; the buyer is not asked to pay more.',
  returnless: () => 'The buyer keeps the item; nothing is sent back.',
};

const zhCN: Catalogue = {
  sentenceGap: '',
  party: { seller: '卖家', buyer: '买家', platform: '平台', insurer: '保险公司', carrier: '承运人' },
  cost: { returnShipping: '退货运费', outboundShipping: '原发货运费', replacementShipping: '换货或维修后寄回的运费' },
  coverageKind: { return_guarantee: '退货保障服务', return_shipping_insurance: '退货运费险' },
  share: (party, amount, percent, cost, via, kind) =>
    `${party}承担${cost}${amount}（${percent}）` + (via === 'coverage' ? `，由${kind}支付。` : via === 'negotiated_split' ? '，按买卖双方约定。' : '。'),
  coverageApplied: (kind, payer, amount, limit, beneficiary, remainder) =>
    `${kind}为${beneficiary}支付${amount}` + (limit === undefined ? '' : `（上限${limit}）`) + (remainder === '' ? '。' : `；超出上限的${remainder}仍由${beneficiary}承担。`),
  coverageNotApplied: (kind, reason) =>
    `${kind}在本次退货中不予赔付：${
      reason === 'rule_excludes' ? '适用的规则不允许保障赔付'
      : reason === 'reason_not_covered' ? '不保障此退货原因'
      : reason === 'not_first_return' ? '仅保障订单的首次退货'
      : '受益方无需承担退货运费'
    }。`,
  negotiationApplied: (sellerAmount) => `买卖双方已协商分摊，卖家承担退货运费${sellerAmount}。`,
  negotiationRejected: (agreed, required) => `协商分摊未被采用：按约定卖家仅承担${agreed}，低于卖家依规应承担的${required}。`,
  negotiationIgnored: () => '协商分摊未被采用：该规则不允许协商。',
  outboundNotDecided: () => '规则未规定原发货运费由谁承担。',
  basis: (citation) => `依据：${citation}。`,
  overridden: (ruleSet, rule, citation, policyRule) =>
    `按政策规则“${policyRule}”处理，买家所得保护低于法律规定，因此改由${ruleSet}（规则“${rule}”${citation === undefined ? '' : `，${citation}`}）决定。`,
  capApplied: (party, cap, excess, to, toIsBuyer) =>
    `${party}承担退货运费，以${cap}为限；${toIsBuyer ? `其余${excess}由买家承担` : `其余${excess}由${to}承担`}。`,
  settlement: (refund, parts) => {
    const plus = parts.filter((p) => p.kind === 'goods' || p.kind === 'outbound_shipping' || p.kind === 'return_shipping_reimbursed');
    const less = parts.filter((p) => !plus.includes(p) && p.amount !== '');
    const word: Record<SettlementPartKind, (amount: string) => string> = {
      goods: (a) => `货款${a}`,
      outbound_shipping: (a) => `原发货运费${a}`,
      return_shipping_reimbursed: (a) => `退货运费${a}`,
      return_shipping_deducted: (a) => `退货运费${a}`,
      restocking_fee: (a) => `重新上架费${a}`,
      diminished_value: (a) => `因超出查验需要使用而造成的贬值${a}`,
    };
    const credited = plus.length === 0 ? '' : `：退还${plus.map((p) => word[p.kind](p.amount)).join('、')}`;
    const kept = less.length === 0 ? '' : `${plus.length === 0 ? '：' : '，'}扣除${less.map((p) => word[p.kind](p.amount)).join('、')}`;
    return `退款${refund}${credited}${kept}。`;
  },
  deductionCapped: () => '应扣除的金额超过应退金额，仅在应退金额范围内扣除，买家无需另行补缴。',
  returnless: () => '买家无需寄回商品，直接退款。',
};

/**
 * The message catalogues by locale. `en` and `zh-CN` are built in; a locale entry
 * (`return-liability/locales/<tag>`) adds its own when imported, and choosing a locale refuses one
 * that is not loaded, so a lookup here always finds its catalogue.
 */
export const catalogues = { en, 'zh-CN': zhCN } as Record<SupportedLocale, Catalogue>;
