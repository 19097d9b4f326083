/**
 * Storefront checkout: shows the return policy in the shopper's language, what a return of the item
 * in the cart would cost for each reason, and the same policy as schema.org JSON-LD for search
 * engines — all decided in the browser by the rule set that decides real returns.
 * Built into dist/app.js by build.mjs.
 */
// The page offers Portuguese, Korean and Japanese too: their catalogues come with these imports.
import 'return-liability/locales/pt-BR';
import 'return-liability/locales/ko';
import 'return-liability/locales/ja';
import {
  createEvaluator,
  describePolicy,
  formatMoney,
  policyToHtml,
  quoteReturnCosts,
  toMerchantReturnPolicy,
  type ReturnDraft,
  type SupportedLocale,
} from 'return-liability';
// marketplace-standard is written in five languages and brings the pt-BR, ko and ja catalogues with it.
import { marketplaceStandard } from 'return-liability/rules';
import cart from './cart.json' with { type: 'json' };

const ruleSet = marketplaceStandard;
const evaluator = createEvaluator(ruleSet);
const draft: ReturnDraft = cart.draft;

/** The page's own words; the policy and the quotes bring theirs. */
const chrome: Partial<Record<SupportedLocale, Record<string, string>>> & { en: Record<string, string> } = {
  en: { checkout: 'Checkout', quoteHeading: 'Returning this item', reasonColumn: 'Reason', whoPaysColumn: 'What happens', youPayColumn: 'You pay', notReturnable: '—' },
  'zh-CN': { checkout: '结算', quoteHeading: '如需退货', reasonColumn: '退货原因', whoPaysColumn: '说明', youPayColumn: '您需支付', notReturnable: '—' },
  'pt-BR': { checkout: 'Finalizar compra', quoteHeading: 'Se quiser devolver este item', reasonColumn: 'Motivo', whoPaysColumn: 'O que acontece', youPayColumn: 'Você paga', notReturnable: '—' },
  ko: { checkout: '주문하기', quoteHeading: '이 상품을 반품하려면', reasonColumn: '반품 사유', whoPaysColumn: '안내', youPayColumn: '고객 부담', notReturnable: '—' },
  ja: { checkout: 'ご購入手続き', quoteHeading: 'この商品を返品する場合', reasonColumn: '返品理由', whoPaysColumn: 'ご案内', youPayColumn: 'お客様のご負担', notReturnable: '—' },
};

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`missing ${selector}`);
  return found;
}

let latest = 0;

async function render(requested: string): Promise<void> {
  const run = ++latest;
  const policy = describePolicy(ruleSet, { locale: requested });
  const locale = policy.locale;
  const quotes = quoteReturnCosts(evaluator, draft, { locale });
  if (run !== latest) return; // a later click won

  document.documentElement.lang = locale;
  document.querySelectorAll<HTMLElement>('[data-text]').forEach((node) => {
    node.textContent = (chrome[locale] ?? chrome.en)[node.dataset['text'] ?? ''] ?? '';
  });
  document.querySelectorAll<HTMLButtonElement>('button[data-lang]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === locale));
  });
  element('#product-name').textContent = (cart.product.name as Partial<Record<SupportedLocale, string>>)[locale] ?? cart.product.name.en;
  element('#product-price').textContent = formatMoney(cart.product.price, locale);

  // policyToHtml escapes every rule text, so the fragment is safe for innerHTML.
  element('#policy').innerHTML = policyToHtml(policy);

  const rows = quotes.map((quote) => {
    const row = document.createElement('tr');
    row.dataset['reason'] = quote.reason;
    row.dataset['outcome'] = quote.outcome;
    const cells = [quote.label, quote.summary, quote.buyerPays === undefined ? (chrome[locale] ?? chrome.en)['notReturnable'] ?? '' : formatMoney(quote.buyerPays, locale)];
    cells.forEach((text, index) => {
      const cell = document.createElement('td');
      cell.textContent = text;
      if (index === 2) cell.className = 'amount';
      row.append(cell);
    });
    return row;
  });
  element('#quote tbody').replaceChildren(...rows);
  document.body.dataset['ready'] = locale;
}

async function start(): Promise<void> {
  const { costs: _costs, ...purchase } = draft;
  const jsonLd = toMerchantReturnPolicy(ruleSet, {
    applicableCountry: cart.applicableCountry,
    returnShipping: draft.costs.returnShipping,
    draft: purchase,
  });
  // `<` escaped so that no rule text can close the script element when the page is serialised.
  element('#return-policy-jsonld').textContent = JSON.stringify(jsonLd).replace(/</g, '\\u003c');

  document.querySelectorAll<HTMLButtonElement>('button[data-lang]').forEach((button) => {
    button.addEventListener('click', () => {
      const lang = button.dataset['lang'] ?? 'en';
      history.replaceState(null, '', `?lang=${encodeURIComponent(lang)}`);
      render(lang).catch(fail);
    });
  });
  await render(new URLSearchParams(location.search).get('lang') ?? navigator.language);
}

function fail(error: unknown): void {
  document.body.dataset['error'] = error instanceof Error ? error.message : String(error);
  element('main').prepend(Object.assign(document.createElement('pre'), { textContent: document.body.dataset['error'] }));
}

start().catch(fail);
