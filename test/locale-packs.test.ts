/**
 * The locale packs (return-liability/locales/pt-BR, /ko, /ja): importing an entry registers its
 * catalogues, and every sentence they write is in that language. The refusal of a locale whose pack
 * is not imported is tested in test/locales.test.ts, which imports none of them.
 */
import { describe, expect, it } from 'vitest';
import { ptBR } from '../src/locales/pt-BR.js';
import { ko } from '../src/locales/ko.js';
import { ja } from '../src/locales/ja.js';
import { createEvaluator, loadRuleSet, quoteCartReturnCosts, quoteReturnCosts, money, RETURN_REASONS, type CartDraft } from '../src/index.js';
import { describePolicy, policyToText } from '../src/policy.js';
import type { LocalePack } from '../src/locales/pack.js';
import { catalogues } from '../src/text/catalogue.js';
import { parcelCatalogues } from '../src/text/parcel-text.js';
import { policyCatalogues } from '../src/policy/catalogue.js';
import { quoteCatalogues } from '../src/storefront/catalogue.js';
import { englishWords, learnEnglish } from './english-words.js';
import { alwaysRule, baseCase, fact, notReturnableRule, ruleSetDocument } from './helpers.js';

const PACKS: readonly LocalePack[] = [ptBR, ko, ja];

const PARTIES = ['seller', 'buyer', 'platform', 'insurer', 'carrier'] as const;

/** Every sentence a pack can write, with each variant of every enumerated argument. */
function everySentence(pack: LocalePack, amount: string): string[] {
  const { decision: d, parcel: p, policy: y, quote: q } = pack;
  const out: string[] = [...Object.values(d.party), ...Object.values(d.cost), ...Object.values(d.coverageKind)];
  for (const via of ['rule', 'negotiated_split', 'coverage'] as const) out.push(d.share(d.party.seller, amount, '50%', d.cost.returnShipping, via, d.coverageKind.return_guarantee));
  out.push(d.coverageApplied(d.coverageKind.return_shipping_insurance, d.party.insurer, amount, amount, d.party.buyer, amount));
  out.push(d.coverageApplied(d.coverageKind.return_guarantee, d.party.platform, amount, undefined, d.party.buyer, ''));
  for (const reason of ['rule_excludes', 'reason_not_covered', 'not_first_return', 'nothing_to_cover'] as const) {
    out.push(d.coverageNotApplied(d.coverageKind.return_guarantee, reason));
  }
  out.push(d.negotiationApplied(amount), d.negotiationRejected(amount, amount), d.negotiationIgnored(), d.outboundNotDecided(), d.basis('ISO 3166'));
  out.push(d.overridden('ISO', 'rule-name', undefined, 'other-rule').replace(/rule-name|other-rule/g, ''));
  out.push(d.capApplied(d.party.seller, amount, amount, d.party.buyer, true), d.capApplied(d.party.seller, amount, amount, d.party.platform, false));
  const kinds = ['goods', 'outbound_shipping', 'return_shipping_reimbursed', 'return_shipping_deducted', 'restocking_fee', 'diminished_value'] as const;
  out.push(d.settlement(amount, kinds.map((kind) => ({ kind, amount }))), d.settlement(amount, [{ kind: 'goods', amount }]));
  out.push(d.settlement(amount, [{ kind: 'restocking_fee', amount }]), d.settlement(amount, []), d.deductionCapped(), d.returnless());

  const item = p.quote('kettle');
  const others = [p.quote('mug'), p.quote('spoon')];
  for (const seller of ['all', 'part', 'none'] as const) {
    for (const rest of [[], others.slice(0, 1), others]) {
      out.push(p.split({ method: 'seller_fault_carries', label: amount, carrier: { item, seller }, others: rest, portions: [], fellBack: false }));
    }
  }
  for (const method of ['by_value', 'by_weight', 'equal'] as const) {
    for (const fellBack of [false, true]) {
      out.push(p.split({ method, label: amount, others: [], portions: [item, ...others].map((i) => ({ item: i, amount })), fellBack }));
    }
  }
  out.push(p.nothingReturnable(), p.totals([]), p.totals([{ party: d.party.seller, amount }, { party: d.party.buyer, amount }]), p.notReturnable(item), p.item(item, 'x'));

  out.push(...Object.values(y.heading), ...Object.values(y.party));
  for (const window of [{ days: 1 }, { days: 15 }, { months: 1 }, { months: 12, days: 14 }]) {
    out.push(y.windowLength(window));
    for (const extend of [false, true]) out.push(y.windowCounting(y.windowLength(window), extend));
  }
  out.push(y.basis('ISO'));
  for (const split of ['seller_fault_carries', 'by_value', 'by_weight', 'equal'] as const) {
    for (const outbound of ['pro_rata', 'whole_order_only'] as const) out.push(y.parcel(split, outbound));
  }
  out.push(y.restockingFee('15%', []), y.restockingFee('15%', [amount, amount]));
  for (const party of PARTIES) out.push(y.cap(party, [amount], ['buyer']), y.cap(party, [amount, amount], ['seller', 'platform']));

  const consequences = [
    { kind: 'not_returnable' },
    { kind: 'free' },
    { kind: 'others_pay', payers: d.party.seller, count: 1 },
    { kind: 'others_pay', payers: `${d.party.seller}, ${d.party.platform}`, count: 2 },
    { kind: 'buyer_pays', amount },
    { kind: 'buyer_pays_part', amount, payers: d.party.platform, count: 1 },
  ] as const;
  for (const reason of RETURN_REASONS) {
    out.push(q.reason[reason]);
    for (const c of consequences) {
      out.push(q.summary(reason, undefined, c), q.summary(reason, y.windowLength({ days: 15 }), c));
      for (const [count, refused] of [[2, 0], [3, 1], [4, 2]] as const) out.push(q.parcelSummary(reason, count, refused, c));
    }
  }
  return out;
}

const en: LocalePack = { locale: 'en' as LocalePack['locale'], decision: catalogues.en, parcel: parcelCatalogues.en, policy: policyCatalogues.en, quote: quoteCatalogues.en };
learnEnglish(everySentence(en, '$12.50'));

describe('the English-word check', () => {
  it('finds English in each script', () => {
    expect(englishWords('O vendedor pays R$ 5,00.', 'pt-BR')).toEqual(['pays']);
    expect(englishWords('판매자 부담분은 return shipping ₩3,000입니다.', 'ko')).toEqual(['return', 'shipping']);
    expect(englishWords('根拠：ISO 3166、Basis。', 'ja')).toEqual(['Basis']);
    expect(englishWords('a etiqueta do vendedor', 'pt-BR')).toEqual([]);
    expect(englishWords('o seller e a label', 'pt-BR')).toEqual(['seller', 'label']);
  });
});

describe.each(PACKS.map((pack) => [pack.locale, pack] as const))('the %s pack', (locale, pack) => {
  const amount = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(12.5);

  it('writes no English: every sentence, every variant', () => {
    const sentences = everySentence(pack, amount);
    expect(sentences.length).toBeGreaterThan(300);
    expect(sentences.filter((s) => s.trim() === '')).toEqual([]);
    expect(sentences.flatMap((s) => englishWords(s, locale).map((word) => `${word} in ${s}`))).toEqual([]);
  });

  it('is registered: a rule set in this locale loads, decides, and writes its policy and quotes in it', () => {
    const texts = (en: string, zh: string, own: string) => ({ en, 'zh-CN': zh, [locale]: own });
    const ruleSet = loadRuleSet(
      ruleSetDocument({
        locales: ['en', 'zh-CN', locale],
        title: texts('Test rules', '测试规则', `«${locale}»`),
        rules: [
          { ...notReturnableRule('perishable', 5, { all: [fact('itemCategory', 'equal', 'food')] }), event: { type: 'not_returnable', params: { code: 'perishable', text: texts('No.', '不。', '—'), disclosure: texts('No.', '不。', '—') } } },
          alwaysRule('fallback', 1, { shares: { buyer: 60, seller: 40 }, text: texts('{buyerAmount}', '{buyerAmount}', '{buyerAmount}'), disclosure: texts('D.', '说明。', '·'), citation: texts('Art. 1', '第一条', '§ 1') }),
        ],
      }),
    );
    expect(ruleSet.locales).toContain(locale);
    const decision = createEvaluator(ruleSet).decide(baseCase({ item: { price: money('40.00', 'USD') } }), { locale });
    expect(decision.text.locale).toBe(locale);
    expect(decision.warnings.map((w) => w.code)).not.toContain('locale_fallback');
    const $6 = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(6);
    const $4 = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(4);
    const { decision: d } = pack;
    expect(decision.text.details).toEqual([
      d.share(d.party.seller, $4, new Intl.NumberFormat(locale, { style: 'percent' }).format(0.4), d.cost.returnShipping, 'rule', ''),
      d.share(d.party.buyer, $6, new Intl.NumberFormat(locale, { style: 'percent' }).format(0.6), d.cost.returnShipping, 'rule', ''),
      expect.any(String),
      d.basis('§ 1'),
    ]);
    for (const detail of decision.text.details) expect(englishWords(detail, locale)).toEqual([]);

    const policy = describePolicy(ruleSet, { locale });
    expect(policy.locale).toBe(locale);
    expect(policy.sections.map((s) => s.heading)).toEqual(policy.sections.map((s) => pack.policy.heading[s.kind]));
    expect(englishWords(policyToText(policy).replace(`«${locale}»`, ''), locale)).toEqual([]);

    const evaluator = createEvaluator(ruleSet);
    const quotes = quoteReturnCosts(evaluator, { costs: { returnShipping: money('10.00', 'USD') } }, { locale });
    expect(quotes.map((row) => row.label)).toEqual(RETURN_REASONS.map((reason) => pack.quote.reason[reason]));
    for (const row of quotes) expect(englishWords(row.summary, locale)).toEqual([]);
    const cart: CartDraft = { costs: { returnShipping: money('9.80', 'USD') }, items: [{ id: 'kettle', item: { price: money('39.90', 'USD') } }, { id: 'spoon', item: { category: 'food' } }] };
    const parcel = quoteCartReturnCosts(evaluator, cart, { reasons: ['changed_mind'], locale }).parcel[0];
    expect(parcel?.refused).toEqual(['spoon']);
    expect(englishWords(parcel?.summary ?? 'missing', locale)).toEqual([]);
  });
});

describe('Korean particles follow the word before them', () => {
  it('이 after a final consonant, 가 after a vowel', () => {
    expect(ko.policy.cap('platform', ['₩1,000'], ['buyer'])).toBe('플랫폼이 부담하는 반품 배송비는 최대 ₩1,000이며, 나머지는 고객님이 부담합니다.');
    expect(ko.policy.cap('seller', ['₩1,000'], ['platform', 'buyer'])).toBe('판매자가 부담하는 반품 배송비는 최대 ₩1,000이며, 나머지는 플랫폼 및 고객님이 부담합니다.');
    expect(ko.decision.capApplied('보험사', '₩3,000', '₩500', '구매자', true)).toBe('보험사가 부담하는 반품 배송비는 ₩3,000까지이며, 나머지 금액(₩500)은 구매자가 부담합니다.');
  });
});
