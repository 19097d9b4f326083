/**
 * The Korean catalogues: decision texts, parcel texts, policy documents and checkout quotes. Data
 * only — `return-liability/locales/ko` registers them; the built-in rule sets that are written in
 * Korean register them too (see `withLocales`).
 *
 * @module
 */
import type { SettlementPartKind } from '../../model/decision.js';
import type { Party } from '../../money/money.js';
import type { ReturnReason } from '../../case/schema.js';
import { joinList } from '../../policy/catalogue.js';
import type { LocalePack } from '../pack.js';

/** Whether the last sound of a word has a final consonant (받침): Hangul syllables and digits as read. */
function hasFinalConsonant(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const code = word.charCodeAt(i);
    if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
    // 영, 일, 삼, 육, 칠, 팔 end in a consonant; 이, 사, 오, 구 do not.
    if (code >= 0x30 && code <= 0x39) return '013678'.includes(word[i] as string);
    if (/[A-Za-z]/.test(word[i] as string)) return false;
  }
  return false;
}

/** The subject particle: "판매자가", "플랫폼이". */
const subject = (word: string) => `${word}${hasFinalConsonant(word) ? '이' : '가'}`;

const list = (items: readonly string[]) => joinList('ko', items, 'conjunction');

const decision: LocalePack['decision'] = {
  sentenceGap: ' ',
  party: { seller: '판매자', buyer: '구매자', platform: '플랫폼', insurer: '보험사', carrier: '운송사' },
  cost: { returnShipping: '반품 배송비', outboundShipping: '최초 배송비', replacementShipping: '교환품·수리품 재발송 배송비' },
  coverageKind: { return_guarantee: '반품 보장 서비스', return_shipping_insurance: '반품 배송비 보험' },
  share: (party, amount, percent, cost, via, kind) =>
    (via === 'coverage' ? `${kind}에 따라 ` : via === 'negotiated_split' ? '구매자와 판매자의 합의에 따라 ' : '') +
    `${cost} 중 ${party} 부담분은 ${amount}(${percent})입니다.`,
  coverageApplied: (kind, _payer, amount, limit, beneficiary, remainder) =>
    `${subject(kind)} ${beneficiary} 대신 지급하는 금액은 ${amount}${limit === undefined ? '' : `(한도 ${limit})`}` +
    (remainder === '' ? '입니다.' : `이며, 한도를 넘는 금액(${remainder})은 ${subject(beneficiary)} 부담합니다.`),
  coverageNotApplied: (kind, reason) =>
    `${
      reason === 'rule_excludes' ? '적용된 규칙이 보장을 허용하지 않으므로'
      : reason === 'reason_not_covered' ? '이 반품 사유는 보장 대상이 아니므로'
      : reason === 'not_first_return' ? '주문당 첫 번째 반품만 보장하므로'
      : '보장 대상자가 반품 배송비를 부담하지 않으므로'
    } 이번 반품에는 ${subject(kind)} 적용되지 않습니다.`,
  negotiationApplied: (sellerAmount) => `구매자와 판매자가 분담에 합의하여, 반품 배송비 중 판매자 부담분은 ${sellerAmount}입니다.`,
  negotiationRejected: (agreed, required) =>
    `합의한 분담은 적용되지 않았습니다. 합의대로라면 판매자 부담분은 ${agreed}이며, 이는 이 경우 판매자가 부담해야 하는 ${required}보다 적습니다.`,
  negotiationIgnored: () => '이 규칙은 분담 합의를 허용하지 않으므로 합의한 분담은 적용되지 않았습니다.',
  outboundNotDecided: () => '이 규칙 세트는 최초 배송비를 누가 부담할지 정하지 않습니다.',
  basis: (citation) => `근거: ${citation}.`,
  overridden: (ruleSet, rule, citation, policyRule) =>
    `정책 규칙 “${policyRule}”에 따르면 구매자가 법이 허용하는 것보다 불리해지므로, ${ruleSet}(규칙 “${rule}”${citation === undefined ? '' : `, ${citation}`})에 따라 결정합니다.`,
  capApplied: (party, cap, excess, to) =>
    `${subject(party)} 부담하는 반품 배송비는 ${cap}까지이며, 나머지 금액(${excess})은 ${subject(to)} 부담합니다.`,
  settlement: (refund, parts) => {
    const plus = parts.filter((p) => p.kind === 'goods' || p.kind === 'outbound_shipping' || p.kind === 'return_shipping_reimbursed');
    const less = parts.filter((p) => !plus.includes(p) && p.amount !== '');
    const word: Record<SettlementPartKind, (amount: string) => string> = {
      goods: (a) => `상품 대금 ${a}`,
      outbound_shipping: (a) => `최초 배송비 ${a}`,
      return_shipping_reimbursed: (a) => `반품 배송비 ${a}`,
      return_shipping_deducted: (a) => `반품 배송비 ${a}`,
      restocking_fee: (a) => `반품 처리 수수료 ${a}`,
      diminished_value: (a) => `확인에 필요한 범위를 넘는 사용으로 인한 가치 감소분 ${a}`,
    };
    const breakdown = [
      ...(plus.length === 0 ? [] : [`${plus.map((p) => word[p.kind](p.amount)).join(', ')} 환급`]),
      ...(less.length === 0 ? [] : [`${less.map((p) => word[p.kind](p.amount)).join(', ')} 차감`]),
    ];
    return `환불 금액은 ${refund}${breakdown.length === 0 ? '' : `(${breakdown.join(', ')})`}입니다.`;
  },
  deductionCapped: () => '차감할 금액이 환불 금액보다 많아 환불 금액까지만 차감하며, 구매자가 추가로 낼 금액은 없습니다.',
  returnless: () => '구매자는 상품을 반송하지 않고 그대로 보관합니다.',
};

const parcel: LocalePack['parcel'] = {
  quote: (item) => `‘${item}’`,
  list: (items) => items.join(', '),
  split(s) {
    const portions = s.portions.map((p) => `${p.item} ${p.amount}`).join(', ');
    switch (s.method) {
      case 'seller_fault_carries': {
        const carrier = s.carrier ?? { item: '', seller: 'none' };
        const rest = s.others.length === 0 ? '' : ` ${s.others.join(', ')} 상품은 추가 비용 없이 함께 반송됩니다.`;
        if (carrier.seller === 'none') {
          return `판매자 부담으로 반품되는 상품이 없으므로, 반품 송장 전체(${s.label})를 상품 번호가 가장 앞선 ${carrier.item} 상품에 배정합니다.${rest}`;
        }
        const why = carrier.seller === 'all' ? '판매자 부담으로 반품되므로' : '일부 판매자 부담으로 반품되므로';
        return `${carrier.item} 상품은 ${why} 반품 송장 전체(${s.label})를 이 상품에 배정합니다.${rest}`;
      }
      case 'by_value':
        return `반품 송장(${s.label}) 비용은 상품 금액에 비례해 나눕니다: ${portions}.`;
      case 'by_weight':
        return `반품 송장(${s.label}) 비용은 상품 무게에 비례해 나눕니다: ${portions}.`;
      case 'equal':
        return s.fellBack
          ? `가격이 없는 상품이 있어 반품 송장(${s.label}) 비용을 수량에 따라 균등하게 나눕니다: ${portions}.`
          : `반품 송장(${s.label}) 비용은 수량에 따라 균등하게 나눕니다: ${portions}.`;
    }
  },
  nothingReturnable: () => '반품할 수 있는 상품이 없으므로 누구도 반품 송장 비용을 내지 않습니다.',
  totals: (pays) => (pays.length === 0 ? '아무도 비용을 내지 않습니다.' : `합계: ${pays.map((p) => `${p.party} ${p.amount}`).join(', ')}.`),
  notReturnable: (item) => `${item} 상품은 반품할 수 없으며 반품 송장 비용을 나누어 내지 않습니다.`,
  item: (item, summary) => `${item}: ${summary}`,
};

const policyParty: Record<Party, string> = { seller: '판매자', buyer: '고객님', platform: '플랫폼', insurer: '보험사', carrier: '운송사' };

const policy: LocalePack['policy'] = {
  heading: {
    seller_pays: '판매자가 배송비를 부담하는 경우',
    buyer_pays: '고객님이 배송비를 부담하는 경우',
    agreements: '합의 및 보장',
    not_returnable: '반품할 수 없는 경우',
    several_items: '여러 상품을 함께 반품할 때',
    time_limits: '반품 기한',
  },
  windowLength: ({ days = 0, months = 0 }) => (months === 0 ? `${days}일` : days === 0 ? `${months}개월` : `${months}개월 ${days}일`),
  windowCounting: (length, extend) =>
    `${length} 기한: 상품을 받은 다음 날부터 세어 마지막 날 자정에 끝납니다.` +
    (extend ? ' 마지막 날이 주말이나 공휴일이면 그다음 영업일까지 연장됩니다.' : ''),
  basis: (citation) => `근거: ${citation}`,
  parcel: (split, outbound) =>
    `여러 상품을 한 상자에 담아 반품하면 반품 송장 하나를 함께 씁니다. ${
      split === 'seller_fault_carries' ? '그중 한 상품이 판매자 부담으로 반품되면 송장 비용 전체를 그 상품에 배정하고, 나머지 상품은 추가 비용 없이 함께 보냅니다.'
      : split === 'by_value' ? '송장 비용은 각 상품의 가격에 비례해 나눕니다.'
      : split === 'by_weight' ? '송장 비용은 각 상품의 무게에 비례해 나눕니다.'
      : '송장 비용은 상품 수에 따라 균등하게 나눕니다.'
    } ${
      outbound === 'pro_rata'
        ? '주문의 일부만 반품하면 최초 배송비는 반품한 상품의 금액 비율만큼 계산합니다.'
        : '최초 배송비는 주문 전체를 반품할 때만 고려합니다.'
    }`,
  party: policyParty,
  restockingFee: (percent, max) =>
    `상품 가격의 ${percent}에 해당하는 반품 처리 수수료${max.length === 0 ? '' : `(최대 ${joinList('ko', max, 'disjunction')})`}가 부과됩니다.`,
  cap: (party, amounts, rest) =>
    `${subject(policyParty[party])} 부담하는 반품 배송비는 최대 ${joinList('ko', amounts, 'disjunction')}이며, 나머지는 ${subject(list(rest.map((p) => policyParty[p])))} 부담합니다.`,
};

/** The reason as a case: "…한 경우". */
const condition: Record<ReturnReason, string> = {
  quality_defect: '상품에 불량이 있는 경우',
  wrong_item: '주문과 다른 상품을 받은 경우',
  not_as_described: '상품이 설명과 다른 경우',
  damaged_in_transit: '상품이 배송 중 파손된 경우',
  missing_parts: '구성품이 빠진 경우',
  late_delivery: '상품이 약속한 배송일보다 늦게 도착한 경우',
  changed_mind: '단순 변심인 경우',
  does_not_fit: '사이즈가 맞지 않는 경우',
  ordered_by_mistake: '주문을 잘못한 경우',
  better_price_found: '다른 곳에서 더 싸게 파는 것을 본 경우',
  other: '그 밖의 사유인 경우',
};

/** The reason as a cause of sending the items back: "…(으)로", "…해서". */
const cause: Record<ReturnReason, string> = {
  quality_defect: '상품 불량으로',
  wrong_item: '주문과 다른 상품을 받아서',
  not_as_described: '상품이 설명과 달라서',
  damaged_in_transit: '상품이 배송 중 파손되어',
  missing_parts: '구성품이 빠져서',
  late_delivery: '상품이 약속한 배송일보다 늦게 도착해서',
  changed_mind: '단순 변심으로',
  does_not_fit: '사이즈가 맞지 않아서',
  ordered_by_mistake: '주문을 잘못해서',
  better_price_found: '다른 곳에서 더 싸게 파는 것을 봐서',
  other: '그 밖의 사유로',
};

const quote: LocalePack['quote'] = {
  reason: {
    quality_defect: '상품 불량',
    wrong_item: '오배송',
    not_as_described: '상품 설명과 다름',
    damaged_in_transit: '배송 중 파손',
    missing_parts: '구성품 누락',
    late_delivery: '배송 지연',
    changed_mind: '단순 변심',
    does_not_fit: '사이즈 안 맞음',
    ordered_by_mistake: '주문 실수',
    better_price_found: '다른 곳이 더 저렴함',
    other: '기타 사유',
  },
  summary(reason, within, c) {
    const when = condition[reason] + (within === undefined ? '' : `(상품 수령 후 ${within} 이내)`);
    switch (c.kind) {
      case 'not_returnable':
        return `${when}에는 반품할 수 없습니다.`;
      case 'free':
        return `${when}, 반품 배송비는 무료입니다.`;
      case 'others_pay':
        return `${when}, 반품 배송비는 ${subject(c.payers)} 부담하며 고객님이 내실 금액은 없습니다.`;
      case 'buyer_pays':
        return `${when}, 고객님이 부담하실 반품 배송비는 약 ${c.amount}입니다.`;
      case 'buyer_pays_part':
        return `${when}, 고객님이 부담하실 반품 배송비는 약 ${c.amount}이며 나머지는 ${subject(c.payers)} 부담합니다.`;
    }
  },
  parcelSummary(reason, count, refused, c) {
    const when = `${cause[reason]} 상품 ${count}개를 한 상자에 담아 함께 반품하면`;
    const except = refused === 0 ? '' : `(그중 ${refused}개는 반품 불가)`;
    switch (c.kind) {
      case 'not_returnable':
        return `${condition[reason]}에는 상품 ${count}개 모두 반품할 수 없습니다.`;
      case 'free':
        return `${when}${except} 반품 배송비는 무료입니다.`;
      case 'others_pay':
        return `${when}${except} 반품 송장 비용은 ${subject(c.payers)} 부담하며 고객님이 내실 금액은 없습니다.`;
      case 'buyer_pays':
        return `${when}${except} 고객님이 부담하실 반품 송장 비용은 약 ${c.amount}입니다.`;
      case 'buyer_pays_part':
        return `${when}${except} 고객님이 부담하실 금액은 약 ${c.amount}이며 나머지 송장 비용은 ${subject(c.payers)} 부담합니다.`;
    }
  },
};

/** The Korean catalogues; registered by `return-liability/locales/ko`. */
export const ko: LocalePack = { locale: 'ko', decision, parcel, policy, quote };
