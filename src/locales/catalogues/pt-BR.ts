/**
 * The Brazilian Portuguese catalogues: decision texts, parcel texts, policy documents and checkout quotes. Data
 * only — `return-liability/locales/pt-BR` registers them; the built-in rule sets that are written in
 * Brazilian Portuguese register them too (see `withLocales`).
 *
 * @module
 */
import type { SettlementPartKind } from '../../model/decision.js';
import type { Party } from '../../money/money.js';
import type { ReturnReason } from '../../case/schema.js';
import { joinList } from '../../policy/catalogue.js';
import type { LocalePack } from '../pack.js';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `de` + a noun with its article, contracted as Portuguese writes it: "do vendedor", "da plataforma". */
function de(noun: string): string {
  const match = /^(o|a|os|as) /.exec(noun);
  return match === null ? `de ${noun}` : `d${noun}`;
}

const and = (items: readonly string[]) => joinList('pt-BR', items, 'conjunction');
/** The verb after one payer or several: "paga", "pagam". */
const pays = (count: number) => (count === 1 ? 'paga' : 'pagam');

const decision: LocalePack['decision'] = {
  sentenceGap: ' ',
  party: { seller: 'o vendedor', buyer: 'o comprador', platform: 'a plataforma', insurer: 'a seguradora', carrier: 'a transportadora' },
  cost: {
    returnShipping: 'o frete de devolução',
    outboundShipping: 'o frete da entrega original',
    replacementShipping: 'o frete de reenvio do item trocado ou consertado',
  },
  coverageKind: { return_guarantee: 'a garantia de devolução', return_shipping_insurance: 'o seguro do frete de devolução' },
  share: (party, amount, percent, cost, via, kind) =>
    `${capitalize(party)} paga ${amount} (${percent}) ${de(cost)}` +
    (via === 'coverage' ? `, com cobertura ${de(kind)}.` : via === 'negotiated_split' ? ', conforme o combinado entre comprador e vendedor.' : '.'),
  coverageApplied: (kind, _payer, amount, limit, beneficiary, remainder) =>
    `${capitalize(kind)} paga ${amount} em nome ${de(beneficiary)}` +
    (limit === undefined ? '' : ` (limite de ${limit})`) +
    (remainder === '' ? '.' : `; os ${remainder} acima do limite ficam a cargo ${de(beneficiary)}.`),
  coverageNotApplied: (kind, reason) =>
    `${capitalize(kind)} não cobre esta devolução: ${
      reason === 'rule_excludes' ? 'a regra aplicada não admite cobertura'
      : reason === 'reason_not_covered' ? 'este motivo de devolução não está coberto'
      : reason === 'not_first_return' ? 'só a primeira devolução de cada pedido tem cobertura'
      : 'o beneficiário não paga nada do frete de devolução'
    }.`,
  negotiationApplied: (sellerAmount) => `Comprador e vendedor combinaram uma divisão; o vendedor arca com ${sellerAmount} do frete de devolução.`,
  negotiationRejected: (agreed, required) =>
    `A divisão combinada não foi aplicada: por ela o vendedor pagaria ${agreed}, menos do que os ${required} que lhe cabem neste caso.`,
  negotiationIgnored: () => 'A divisão combinada não foi aplicada: esta regra não admite negociação.',
  outboundNotDecided: () => 'As regras não definem quem arca com o frete da entrega original.',
  basis: (citation) => `Fundamento: ${citation}.`,
  overridden: (ruleSet, rule, citation, policyRule) =>
    `A regra “${policyRule}” da política deixaria o comprador em situação pior do que a lei permite; por isso, quem decide é ${ruleSet} (regra “${rule}”${citation === undefined ? '' : `, ${citation}`}).`,
  capApplied: (party, cap, excess, to, toIsBuyer) =>
    `${capitalize(party)} paga o frete de devolução até ${cap}; ${toIsBuyer ? `o comprador paga os ${excess} restantes` : `os ${excess} restantes ficam com ${to}`}.`,
  settlement: (refund, parts) => {
    const plus = parts.filter((p) => p.kind === 'goods' || p.kind === 'outbound_shipping' || p.kind === 'return_shipping_reimbursed');
    const less = parts.filter((p) => !plus.includes(p) && p.amount !== '');
    const word: Record<SettlementPartKind, (amount: string) => string> = {
      goods: (a) => `${a} pelos produtos`,
      outbound_shipping: (a) => `${a} pelo frete da entrega original`,
      return_shipping_reimbursed: (a) => `${a} pela etiqueta de devolução`,
      return_shipping_deducted: (a) => `${a} da etiqueta de devolução`,
      restocking_fee: (a) => `${a} de taxa de reposição de estoque`,
      diminished_value: (a) => `${a} pela perda de valor causada por manuseio além do necessário para examinar o item`,
    };
    const credited = plus.length === 0 ? '' : `: ${and(plus.map((p) => word[p.kind](p.amount)))}`;
    const kept = less.length === 0 ? '' : `${plus.length === 0 ? ':' : ','} descontados ${and(less.map((p) => word[p.kind](p.amount)))}`;
    return `Reembolso de ${refund}${credited}${kept}.`;
  },
  deductionCapped: () => 'Os descontos superam o valor a reembolsar, por isso só são aplicados até esse valor; o comprador não precisa pagar nada a mais.',
  returnless: () => 'O comprador fica com o item; nada precisa ser devolvido.',
};

const parcel: LocalePack['parcel'] = {
  quote: (item) => `“${item}”`,
  list: (items) => and(items),
  split(s) {
    const portions = and(s.portions.map((p) => `${p.item} (${p.amount})`));
    switch (s.method) {
      case 'seller_fault_carries': {
        const carrier = s.carrier ?? { item: '', seller: 'none' };
        const rest = s.others.length === 0 ? '' : `; ${and(s.others)} ${s.others.length === 1 ? 'vai' : 'vão'} junto sem custo extra`;
        if (carrier.seller === 'none') {
          return `Nenhum item volta por conta do vendedor, então a etiqueta inteira (${s.label}) fica com ${carrier.item}, o primeiro pelo código do item${rest}.`;
        }
        const why = carrier.seller === 'all' ? 'volta por conta do vendedor' : 'volta em parte por conta do vendedor';
        return `${carrier.item} ${why}, então a etiqueta inteira (${s.label}) fica com ele${rest}.`;
      }
      case 'by_value':
        return `A etiqueta (${s.label}) é dividida pelo valor dos itens: ${portions}.`;
      case 'by_weight':
        return `A etiqueta (${s.label}) é dividida pelo peso dos itens: ${portions}.`;
      case 'equal':
        return s.fellBack
          ? `Nem todos os itens têm preço, então a etiqueta (${s.label}) é dividida igualmente por unidade: ${portions}.`
          : `A etiqueta (${s.label}) é dividida igualmente por unidade: ${portions}.`;
    }
  },
  nothingReturnable: () => 'Nenhum dos itens pode ser devolvido, então ninguém paga pela etiqueta.',
  totals: (payers) => (payers.length === 0 ? 'Ninguém paga nada.' : `No total, ${and(payers.map((p) => `${p.party} paga ${p.amount}`))}.`),
  notReturnable: (item) => `${item} não pode ser devolvido e não entra na divisão da etiqueta.`,
  item: (item, summary) => `${item}: ${summary}`,
};

const policyParty: Record<Party, string> = { seller: 'o vendedor', buyer: 'você', platform: 'a plataforma', insurer: 'a seguradora', carrier: 'a transportadora' };
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const policy: LocalePack['policy'] = {
  heading: {
    seller_pays: 'Quando o vendedor paga',
    buyer_pays: 'Quando você paga',
    agreements: 'Acordos e garantias',
    not_returnable: 'O que não pode ser devolvido',
    several_items: 'Devolução de vários itens juntos',
    time_limits: 'Prazos',
  },
  windowLength: ({ days = 0, months = 0 }) =>
    months === 0 ? plural(days, 'dia', 'dias')
    : days === 0 ? plural(months, 'mês', 'meses')
    : `${plural(months, 'mês', 'meses')} e ${plural(days, 'dia', 'dias')}`,
  windowCounting: (length, extend) =>
    `Prazo de ${length}: contado a partir do dia seguinte ao recebimento e encerrado à meia-noite do último dia` +
    (extend ? '; se o último dia cair em fim de semana ou feriado, o prazo vai até o dia útil seguinte.' : '.'),
  basis: (citation) => `Fundamento: ${citation}`,
  parcel: (split, outbound) =>
    `Vários itens devolvidos no mesmo pacote usam uma só etiqueta de devolução: ${
      split === 'seller_fault_carries' ? 'se um deles volta por conta do vendedor, a etiqueta inteira fica com ele e os demais vão junto sem custo'
      : split === 'by_value' ? 'o custo é dividido na proporção do preço de cada item'
      : split === 'by_weight' ? 'o custo é dividido na proporção do peso de cada item'
      : 'o custo é dividido igualmente entre os itens'
    }. ${
      outbound === 'pro_rata'
        ? 'Quando só parte do pedido é devolvida, o frete da entrega original conta na proporção do valor dos itens devolvidos.'
        : 'O frete da entrega original só é levado em conta quando o pedido inteiro é devolvido.'
    }`,
  party: policyParty,
  restockingFee: (percent, max) =>
    `É cobrada uma taxa de reposição de estoque de ${percent} do preço${max.length === 0 ? '' : ` (no máximo ${joinList('pt-BR', max, 'disjunction')})`}.`,
  cap: (party, amounts, rest) =>
    `${capitalize(policyParty[party])} paga o frete de devolução até ${joinList('pt-BR', amounts, 'disjunction')}; ` +
    `${and(rest.map((p) => policyParty[p]))} ${pays(rest.length)} o restante.`,
};

const condition: Record<ReturnReason, string> = {
  quality_defect: 'Se o item tiver defeito',
  wrong_item: 'Se você receber o item errado',
  not_as_described: 'Se o item for diferente do anunciado',
  damaged_in_transit: 'Se o item chegar danificado',
  missing_parts: 'Se faltarem peças',
  late_delivery: 'Se o item chegar depois da data prometida',
  changed_mind: 'Se você desistir da compra',
  does_not_fit: 'Se não servir',
  ordered_by_mistake: 'Se você tiver feito o pedido por engano',
  better_price_found: 'Se você encontrar mais barato em outro lugar',
  other: 'Por qualquer outro motivo',
};

const parcelCondition: Record<ReturnReason, string> = {
  quality_defect: 'se os itens tiverem defeito',
  wrong_item: 'se você receber os itens errados',
  not_as_described: 'se os itens forem diferentes do anunciado',
  damaged_in_transit: 'se os itens chegarem danificados',
  missing_parts: 'se faltarem peças',
  late_delivery: 'se os itens chegarem depois da data prometida',
  changed_mind: 'se você desistir da compra',
  does_not_fit: 'se não servirem',
  ordered_by_mistake: 'se você tiver feito o pedido por engano',
  better_price_found: 'se você encontrar mais barato em outro lugar',
  other: 'por qualquer outro motivo',
};

const quote: LocalePack['quote'] = {
  reason: {
    quality_defect: 'Com defeito',
    wrong_item: 'Item errado',
    not_as_described: 'Diferente do anunciado',
    damaged_in_transit: 'Danificado no transporte',
    missing_parts: 'Faltam peças',
    late_delivery: 'Entregue com atraso',
    changed_mind: 'Desistência',
    does_not_fit: 'Não serviu',
    ordered_by_mistake: 'Pedido por engano',
    better_price_found: 'Mais barato em outro lugar',
    other: 'Outro motivo',
  },
  summary(reason, within, c) {
    const when = condition[reason] + (within === undefined ? '' : ` (em até ${within} após o recebimento)`);
    switch (c.kind) {
      case 'not_returnable':
        return `${when}, o item não pode ser devolvido.`;
      case 'free':
        return `${when}, a devolução não custa nada para você.`;
      case 'others_pay':
        return `${when}, ${c.payers} ${pays(c.count)} o frete de devolução; você não paga nada.`;
      case 'buyer_pays':
        return `${when}, você paga cerca de ${c.amount} pelo frete de devolução.`;
      case 'buyer_pays_part':
        return `${when}, você paga cerca de ${c.amount} e ${c.payers} ${pays(c.count)} o restante do frete de devolução.`;
    }
  },
  parcelSummary(reason, count, refused, c) {
    const all = count === 2 ? 'os dois itens' : `os ${count} itens`;
    const when = `Devolvendo ${all} no mesmo pacote: ${parcelCondition[reason]}`;
    const except = refused === 0 ? '' : ` (${refused === 1 ? 'um item não pode ser devolvido' : `${refused} itens não podem ser devolvidos`})`;
    switch (c.kind) {
      case 'not_returnable':
        return `${when}, nenhum deles pode ser devolvido.`;
      case 'free':
        return `${when}${except}, a etiqueta não custa nada para você.`;
      case 'others_pay':
        return `${when}${except}, ${c.payers} ${pays(c.count)} a etiqueta; você não paga nada.`;
      case 'buyer_pays':
        return `${when}${except}, você paga cerca de ${c.amount} pela etiqueta única.`;
      case 'buyer_pays_part':
        return `${when}${except}, você paga cerca de ${c.amount} e ${c.payers} ${pays(c.count)} o restante da etiqueta.`;
    }
  },
};

/** The Brazilian Portuguese catalogues; registered by `return-liability/locales/pt-BR`. */
export const ptBR: LocalePack = { locale: 'pt-BR', decision, parcel, policy, quote };
