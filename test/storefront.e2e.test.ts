/**
 * End to end: serves examples/storefront/ on localhost, drives Debian's Chromium with
 * playwright-core, and checks that the checkout page shows the policy in both languages, a quote
 * table equal to `quoteReturnCosts` run in Node, and the JSON-LD `toMerchantReturnPolicy` gives.
 * Saves test-artifacts/storefront.png (and -zh.png).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvaluator, formatMoney, quoteReturnCosts, toMerchantReturnPolicy, type ReturnDraft, type SupportedLocale } from '../src/index.js';
import { marketplaceStandard } from '../src/rules.js';
import { buildStorefront } from '../examples/storefront/build.mjs';
import cart from '../examples/storefront/cart.json' with { type: 'json' };

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('../examples/storefront/', import.meta.url));
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const available = existsSync(CHROMIUM);
const inCi = Boolean(process.env['CI']);

if (!available && !inCi) {
  console.warn(`storefront e2e skipped: ${CHROMIUM} not found (install Debian's chromium package; in CI this test is required)`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A static file server for the storefront directory, on 127.0.0.1 and a free port. */
async function serve(directory: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(directory, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(directory.endsWith(sep) ? directory : directory + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Row {
  reason: string;
  cells: string[];
}

async function tableRows(page: Page): Promise<Row[]> {
  return page.$$eval('#quote tbody tr', (rows) =>
    rows.map((row) => ({ reason: (row as HTMLElement).dataset['reason'] ?? '', cells: Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '') })),
  );
}

async function expectedRows(locale: SupportedLocale): Promise<Row[]> {
  const quotes = quoteReturnCosts(createEvaluator(marketplaceStandard), cart.draft as ReturnDraft, { locale });
  return quotes.map((quote) => ({
    reason: quote.reason,
    cells: [quote.label, quote.summary, quote.buyerPays === undefined ? '—' : formatMoney(quote.buyerPays, locale)],
  }));
}

describe.skipIf(!available && !inCi)('storefront checkout in Chromium', () => {
  let server: Server | undefined;
  let origin = '';
  let browser: Browser | undefined;
  let page: Page;
  const external: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    await buildStorefront();
    ({ server, origin } = await serve(root));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 960, height: 900 }, locale: 'en-US' });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // The page must work without a network: anything not from our server is refused and recorded.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      external.push(url);
      return route.abort();
    });
    await mkdir(artifacts, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)));
  });

  it('shows the policy, the quote table and the JSON-LD in English', async () => {
    await page.goto(`${origin}/?lang=en`);
    await page.waitForSelector('body[data-ready="en"], body[data-error]');
    expect(await page.getAttribute('body', 'data-error')).toBeNull();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    expect(await page.textContent('section[data-section="seller_pays"] h3')).toBe('When the seller pays');
    expect(await page.textContent('section[data-section="buyer_pays"] h3')).toBe('When you pay');
    expect(await page.textContent('section[data-section="seller_pays"] li')).toContain('the seller pays return shipping');

    expect(await tableRows(page)).toEqual(await expectedRows('en'));

    const jsonLd = JSON.parse((await page.textContent('script[type="application/ld+json"]')) ?? 'null');
    const { costs, ...purchase } = cart.draft as ReturnDraft;
    expect(jsonLd).toEqual(
      toMerchantReturnPolicy(marketplaceStandard, { applicableCountry: cart.applicableCountry, returnShipping: costs.returnShipping, draft: purchase }),
    );
    expect(jsonLd).toMatchObject({ '@type': 'MerchantReturnPolicy', merchantReturnDays: 15, applicableCountry: 'US' });

    await page.screenshot({ path: join(artifacts, 'storefront.png'), fullPage: true });
  }, 30_000);

  it('switches to Chinese with the 中文 button', async () => {
    await page.click('button[data-lang="zh-CN"]');
    await page.waitForSelector('body[data-ready="zh-CN"], body[data-error]');
    expect(await page.getAttribute('body', 'data-error')).toBeNull();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.getAttribute('button[data-lang="zh-CN"]', 'aria-pressed')).toBe('true');

    expect(await page.textContent('section[data-section="seller_pays"] h3')).toBe('卖家承担运费的情形');
    expect(await page.textContent('section[data-section="buyer_pays"] h3')).toBe('您承担运费的情形');
    expect(await page.textContent('section[data-section="buyer_pays"] li')).toContain('退货运费由您承担');

    expect(await tableRows(page)).toEqual(await expectedRows('zh-CN'));
    await page.screenshot({ path: join(artifacts, 'storefront-zh.png'), fullPage: true });

    // And back: the choice is not one-way.
    await page.click('button[data-lang="en"]');
    await page.waitForSelector('body[data-ready="en"]');
    expect(await page.textContent('section[data-section="buyer_pays"] h3')).toBe('When you pay');
  }, 30_000);

  it.each([
    ['pt-BR', 'Quando o vendedor paga', 'Kit de café coado em cerâmica'],
    ['ko', '판매자가 배송비를 부담하는 경우', '세라믹 핸드드립 커피 세트'],
    ['ja', '販売者が送料を負担する場合', '陶器のハンドドリップコーヒーセット'],
  ] as const)('switches to %s with its button', async (locale, heading, product) => {
    await page.click(`button[data-lang="${locale}"]`);
    await page.waitForSelector(`body[data-ready="${locale}"], body[data-error]`);
    expect(await page.getAttribute('body', 'data-error')).toBeNull();
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.textContent('section[data-section="seller_pays"] h3')).toBe(heading);
    expect(await page.textContent('#product-name')).toBe(product);
    expect(await tableRows(page)).toEqual(await expectedRows(locale));
  }, 30_000);

  it('needed no network and logged no errors', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
