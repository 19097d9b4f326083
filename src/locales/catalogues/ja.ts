/**
 * The Japanese catalogues: decision texts, parcel texts, policy documents and checkout quotes. Data
 * only — `return-liability/locales/ja` registers them; the built-in rule sets that are written in
 * Japanese register them too (see `withLocales`).
 *
 * @module
 */
import type { SettlementPartKind } from '../../model/decision.js';
import type { Party } from '../../money/money.js';
import type { ReturnReason } from '../../case/schema.js';
import { joinList } from '../../policy/catalogue.js';
import type { LocalePack } from '../pack.js';

const decision: LocalePack['decision'] = {
  sentenceGap: '',
  party: { seller: '販売者', buyer: '購入者', platform: 'プラットフォーム', insurer: '保険会社', carrier: '配送業者' },
  cost: { returnShipping: '返品送料', outboundShipping: '当初の配送料', replacementShipping: '交換品・修理品の返送料' },
  coverageKind: { return_guarantee: '返品保証サービス', return_shipping_insurance: '返品送料保険' },
  share: (party, amount, percent, cost, via, kind) =>
    (via === 'coverage' ? `${kind}により、` : via === 'negotiated_split' ? '購入者と販売者の合意により、' : '') +
    `${party}が${cost}${amount}（${percent}）を負担します。`,
  coverageApplied: (kind, _payer, amount, limit, beneficiary, remainder) =>
    `${kind}が${beneficiary}に代わって${amount}${limit === undefined ? '' : `（上限${limit}）`}を支払います。` +
    (remainder === '' ? '' : `上限を超える${remainder}は${beneficiary}が負担します。`),
  coverageNotApplied: (kind, reason) =>
    `${
      reason === 'rule_excludes' ? '適用されるルールが保証を認めていない'
      : reason === 'reason_not_covered' ? 'この返品理由は保証の対象外である'
      : reason === 'not_first_return' ? '保証の対象は注文ごとの最初の返品のみである'
      : '保証を受ける側が返品送料を負担しない'
    }ため、今回の返品には${kind}が適用されません。`,
  negotiationApplied: (sellerAmount) => `購入者と販売者が分担に合意したため、販売者が返品送料のうち${sellerAmount}を負担します。`,
  negotiationRejected: (agreed, required) =>
    `合意どおりでは販売者の負担が${agreed}となり、この場合に販売者が負担すべき${required}を下回るため、合意した分担は適用されませんでした。`,
  negotiationIgnored: () => 'このルールでは分担の合意が認められないため、合意した分担は適用されませんでした。',
  outboundNotDecided: () => 'このルールセットは、当初の配送料を誰が負担するかを定めていません。',
  basis: (citation) => `根拠：${citation}。`,
  overridden: (ruleSet, rule, citation, policyRule) =>
    `ポリシーのルール「${policyRule}」では購入者が法律の認める以上に不利になるため、${ruleSet}（ルール「${rule}」${citation === undefined ? '' : `、${citation}`}）に基づいて判断します。`,
  capApplied: (party, cap, excess, to) => `${party}は返品送料を${cap}まで負担し、残りの${excess}は${to}が負担します。`,
  settlement: (refund, parts) => {
    const plus = parts.filter((p) => p.kind === 'goods' || p.kind === 'outbound_shipping' || p.kind === 'return_shipping_reimbursed');
    const less = parts.filter((p) => !plus.includes(p) && p.amount !== '');
    const word: Record<SettlementPartKind, (amount: string) => string> = {
      goods: (a) => `商品代金${a}`,
      outbound_shipping: (a) => `当初の配送料${a}`,
      return_shipping_reimbursed: (a) => `返品送料${a}`,
      return_shipping_deducted: (a) => `返品送料${a}`,
      restocking_fee: (a) => `返品手数料${a}`,
      diminished_value: (a) => `確認に必要な範囲を超える使用による価値の減少分${a}`,
    };
    const credited = plus.map((p) => word[p.kind](p.amount)).join('、');
    const kept = less.map((p) => word[p.kind](p.amount)).join('、');
    if (less.length === 0) return plus.length <= 1 ? `${credited === '' ? refund : credited}を返金します。` : `${credited}、合計${refund}を返金します。`;
    return `${credited === '' ? '' : `${credited}から`}${kept}を差し引き、${refund}を返金します。`;
  },
  deductionCapped: () => '差し引く額が返金額を上回るため、返金額の範囲内でのみ差し引きます。購入者が追加で支払う必要はありません。',
  returnless: () => '商品は返送不要で、購入者の手元に残ります。',
};

const parcel: LocalePack['parcel'] = {
  quote: (item) => `「${item}」`,
  list: (items) => items.join('、'),
  split(s) {
    const portions = s.portions.map((p) => `${p.item}${p.amount}`).join('、');
    switch (s.method) {
      case 'seller_fault_carries': {
        const carrier = s.carrier ?? { item: '', seller: 'none' };
        const rest = s.others.length === 0 ? '' : `${s.others.join('、')}は追加費用なしで同梱して返送します。`;
        if (carrier.seller === 'none') {
          return `販売者負担で返品される商品がないため、返送伝票全体（${s.label}）を商品ID順で最初の${carrier.item}に割り当てます。${rest}`;
        }
        const why = carrier.seller === 'all' ? '販売者負担で返品されるため' : '一部が販売者負担で返品されるため';
        return `${carrier.item}は${why}、返送伝票全体（${s.label}）をこの商品に割り当てます。${rest}`;
      }
      case 'by_value':
        return `返送伝票（${s.label}）の費用は、商品の金額に応じて按分します：${portions}。`;
      case 'by_weight':
        return `返送伝票（${s.label}）の費用は、商品の重量に応じて按分します：${portions}。`;
      case 'equal':
        return s.fellBack
          ? `価格のない商品があるため、返送伝票（${s.label}）の費用は点数で均等に按分します：${portions}。`
          : `返送伝票（${s.label}）の費用は、点数で均等に按分します：${portions}。`;
    }
  },
  nothingReturnable: () => '返品できる商品がないため、返送伝票の費用は誰も負担しません。',
  totals: (pays) => (pays.length === 0 ? '誰も費用を負担しません。' : `合計で${pays.map((p) => `${p.party}が${p.amount}`).join('、')}を負担します。`),
  notReturnable: (item) => `${item}は返品できないため、返送伝票の費用を負担しません。`,
  item: (item, summary) => `${item}：${summary}`,
};

const policyParty: Record<Party, string> = { seller: '販売者', buyer: 'お客様', platform: 'プラットフォーム', insurer: '保険会社', carrier: '配送業者' };

const policy: LocalePack['policy'] = {
  heading: {
    seller_pays: '販売者が送料を負担する場合',
    buyer_pays: 'お客様が送料を負担する場合',
    agreements: '合意と保証',
    not_returnable: '返品できないもの',
    several_items: '複数の商品をまとめて返品する場合',
    time_limits: '返品期限',
  },
  windowLength: ({ days = 0, months = 0 }) => (months === 0 ? `${days}日` : days === 0 ? `${months}か月` : `${months}か月と${days}日`),
  windowCounting: (length, extend) =>
    `${length}の期限：商品を受け取った日の翌日から数え、最終日の24時に終わります。` +
    (extend ? '最終日が土曜・日曜または祝日にあたる場合は、翌営業日まで延長されます。' : ''),
  basis: (citation) => `根拠：${citation}`,
  parcel: (split, outbound) =>
    `複数の商品を一つの荷物で返品する場合、返送伝票は1枚で済みます。${
      split === 'seller_fault_carries' ? 'そのうち1点が販売者負担で返品されるときは、伝票の費用全体をその商品に割り当て、ほかの商品は追加費用なしで同梱できます。'
      : split === 'by_value' ? '費用は各商品の価格に応じて按分します。'
      : split === 'by_weight' ? '費用は各商品の重量に応じて按分します。'
      : '費用は点数で均等に按分します。'
    }${
      outbound === 'pro_rata'
        ? '注文の一部だけを返品する場合、当初の配送料は返品する商品の金額の割合で計算します。'
        : '当初の配送料は、注文全体を返品する場合にのみ考慮します。'
    }`,
  party: policyParty,
  restockingFee: (percent, max) =>
    `返品手数料として商品価格の${percent}${max.length === 0 ? '' : `（上限${joinList('ja', max, 'disjunction')}）`}がかかります。`,
  cap: (party, amounts, rest) =>
    `${policyParty[party]}が負担する返品送料は${joinList('ja', amounts, 'disjunction')}までで、残りは${rest.map((p) => policyParty[p]).join('と')}が負担します。`,
};

const condition: Record<ReturnReason, string> = {
  quality_defect: '商品に不良がある場合',
  wrong_item: '注文と違う商品が届いた場合',
  not_as_described: '商品が説明と異なる場合',
  damaged_in_transit: '商品が配送中に破損した場合',
  missing_parts: '部品が欠けている場合',
  late_delivery: '商品がお届け予定日より遅れて届いた場合',
  changed_mind: '不要になった場合',
  does_not_fit: 'サイズが合わない場合',
  ordered_by_mistake: '注文を間違えた場合',
  better_price_found: 'ほかの店でもっと安く売られていた場合',
  other: 'その他の理由の場合',
};

/** The reason as the cause of sending the items back: "…ため". */
const cause: Record<ReturnReason, string> = {
  quality_defect: '商品に不良があるため',
  wrong_item: '注文と違う商品が届いたため',
  not_as_described: '商品が説明と異なるため',
  damaged_in_transit: '商品が配送中に破損したため',
  missing_parts: '部品が欠けているため',
  late_delivery: '商品がお届け予定日より遅れて届いたため',
  changed_mind: '不要になったため',
  does_not_fit: 'サイズが合わないため',
  ordered_by_mistake: '注文を間違えたため',
  better_price_found: 'ほかの店でもっと安く売られていたため',
  other: 'その他の理由で',
};

const quote: LocalePack['quote'] = {
  reason: {
    quality_defect: '不良品',
    wrong_item: '商品違い',
    not_as_described: '説明と異なる',
    damaged_in_transit: '配送中の破損',
    missing_parts: '部品の欠品',
    late_delivery: '到着の遅れ',
    changed_mind: '不要になった',
    does_not_fit: 'サイズが合わない',
    ordered_by_mistake: '注文間違い',
    better_price_found: 'ほかの店のほうが安い',
    other: 'その他',
  },
  summary(reason, within, c) {
    const when = condition[reason] + (within === undefined ? '' : `（商品到着後${within}以内）`);
    switch (c.kind) {
      case 'not_returnable':
        return `${when}、この商品は返品できません。`;
      case 'free':
        return `${when}、返品送料はかかりません。`;
      case 'others_pay':
        return `${when}、返品送料は${c.payers}が負担し、お客様のご負担はありません。`;
      case 'buyer_pays':
        return `${when}、返品送料約${c.amount}はお客様のご負担となります。`;
      case 'buyer_pays_part':
        return `${when}、返品送料のうち約${c.amount}をお客様が、残りを${c.payers}が負担します。`;
    }
  },
  parcelSummary(reason, count, refused, c) {
    const when = `${cause[reason]}${count}点を一つの荷物でまとめて返品する場合`;
    const except = refused === 0 ? '' : `（うち${refused}点は返品できません）`;
    switch (c.kind) {
      case 'not_returnable':
        return `${condition[reason]}、${count === 2 ? '2点とも' : `${count}点すべて`}返品できません。`;
      case 'free':
        return `${when}${except}、返送伝票の費用はかかりません。`;
      case 'others_pay':
        return `${when}${except}、返送伝票の費用は${c.payers}が負担し、お客様のご負担はありません。`;
      case 'buyer_pays':
        return `${when}${except}、返送伝票1枚分の送料約${c.amount}はお客様のご負担となります。`;
      case 'buyer_pays_part':
        return `${when}${except}、返送伝票の送料のうち約${c.amount}をお客様が、残りを${c.payers}が負担します。`;
    }
  },
};

/** The Japanese catalogues; registered by `return-liability/locales/ja`. */
export const ja: LocalePack = { locale: 'ja', decision, parcel, policy, quote };
