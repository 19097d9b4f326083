/**
 * End to end: builds examples/playground/, serves it on localhost, drives Debian's Chromium with
 * playwright-core, and checks that the page starts with marketplace-standard loaded and clean,
 * shows load errors at their JSON path, and — after an edit that leaves a reason uncovered — shows
 * the checker's gap finding with an example case that the case form then fails to decide.
 * Saves test-artifacts/playground.png.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describePolicy } from '../src/policy.js';
import { marketplaceStandard } from '../src/rules.js';
import { buildPlayground } from '../examples/playground/build.mjs';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('../examples/playground/', import.meta.url));
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const available = existsSync(CHROMIUM);
const inCi = Boolean(process.env['CI']);
const TIMEOUT = Number(process.env["PLAYGROUND_TIMEOUT"] ?? 60_000);

if (!available && !inCi) {
  console.warn(`playground e2e skipped: ${CHROMIUM} not found (install Debian's chromium package; in CI this test is required)`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

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

/** Replaces the first occurrence of `find` (after `after`, when given) in the editor, as a user's edit would. */
async function edit(page: Page, find: string, replace: string, after = ''): Promise<void> {
  const done = await page.evaluate(
    ({ find, replace, after }) => {
      const view = (globalThis as unknown as { playground: { editor: { state: { doc: { toString(): string } }; dispatch(spec: unknown): void } } }).playground.editor;
      const text = view.state.doc.toString();
      const from = text.indexOf(find, after === '' ? 0 : text.indexOf(after));
      if (from === -1 || (after !== '' && text.indexOf(after) === -1)) return false;
      view.dispatch({ changes: { from, to: from + find.length, insert: replace }, selection: { anchor: from + replace.length }, scrollIntoView: true, userEvent: 'input' });
      return true;
    },
    { find, replace, after },
  );
  expect(done, `edit: ${JSON.stringify(find)} not found`).toBe(true);
}

/** Waits until the page has analysed the text again (the analysis is debounced). */
async function nextRevision(page: Page, previous: string | null): Promise<void> {
  await page.waitForFunction((previous) => document.body.dataset['revision'] !== previous, previous, { timeout: TIMEOUT });
}

describe.skipIf(!available && !inCi)('rule-set playground in Chromium', () => {
  let server: Server | undefined;
  let origin = '';
  let browser: Browser | undefined;
  let page: Page;
  const external: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const started = performance.now();
    const { bytes } = await buildPlayground();
    console.info(`playground bundle: ${Math.round(bytes / 1024)} kB, built in ${Math.round(performance.now() - started)} ms`);
    ({ server, origin } = await serve(root));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      external.push(url);
      return route.abort();
    });
    await mkdir(artifacts, { recursive: true });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)));
  });

  it('starts with marketplace-standard loaded, checked clean, as a table and a policy in each locale', async () => {
    const started = performance.now();
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-state]');
    console.info(`playground first analysis: ${Math.round(performance.now() - started)} ms after navigation`);
    expect(await page.getAttribute('body', 'data-state')).toBe('ok');
    expect(await page.textContent('#status')).toMatch(/^marketplace-standard \d+\.\d+\.\d+ loads\. No gaps or conflicts/);
    expect(await page.$$eval('#findings li.error', (items) => items.length)).toBe(0);

    // The decision table: one row per rule, highest priority first, conditions in words.
    const rules = await page.$$eval('#table tbody tr', (rows) => rows.map((row) => (row as HTMLElement).dataset['rule']));
    const ranked = [...marketplaceStandard.rules].sort((a, b) => b.priority - a.priority).map((rule) => rule.name);
    expect(rules).toEqual(ranked);
    const buyerRow = await page.$$eval('#table tbody tr[data-rule="buyer-reasons"] td', (cells) => cells.map((cell) => cell.textContent));
    expect(buyerRow).toContain('reason ∈ {changed_mind, does_not_fit, ordered_by_mistake, better_price_found}');
    expect(buyerRow).toContain('buyer 100%');

    // The policy in both of the rule set's locales, as describePolicy writes it.
    for (const locale of ['en', 'zh-CN'] as const) {
      const expected = describePolicy(marketplaceStandard, { locale });
      expect(await page.textContent(`.policy[data-locale="${locale}"] h3`)).toBe(`${expected.title} (${locale})`);
      expect(await page.$$eval(`.policy[data-locale="${locale}"] li`, (items) => items.map((item) => item.textContent))).toEqual(
        expected.sections.flatMap((section) => section.items.map((item) => item.text)),
      );
    }

    // The case form decides the default case with its trace.
    expect(await page.getAttribute('#decision', 'data-outcome')).toBe('allocated');
    expect(await page.$$eval('#decision table.trace tbody tr', (rows) => rows.length)).toBe(marketplaceStandard.rules.length);
  }, TIMEOUT);

  it('shows a load error at its JSON path as an editor diagnostic', async () => {
    const previous = await page.getAttribute('body', 'data-revision');
    await edit(page, '"fact": "damagedInTransit"', '"fact": "damagedInTransport"');
    await nextRevision(page, previous);
    expect(await page.getAttribute('body', 'data-state')).toBe('invalid');
    const problems = await page.$$eval('#load-errors li', (items) => items.map((item) => item.textContent ?? ''));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^rules\[1\]\.conditions\.any\[4\]\.fact unknown fact "damagedInTransport"/);
    // The diagnostic underlines the fact's value in the editor.
    await page.waitForSelector('.cm-lintRange-error');
    expect(await page.$$eval('.cm-lintRange-error', (ranges) => ranges.map((range) => range.textContent).join(''))).toBe('"damagedInTransport"');

    const again = await page.getAttribute('body', 'data-revision');
    await edit(page, '"fact": "damagedInTransport"', '"fact": "damagedInTransit"');
    await nextRevision(page, again);
    expect(await page.getAttribute('body', 'data-state')).toBe('ok');
  }, TIMEOUT);

  it('shows the gap an edit opens, with an example case the case form cannot decide', async () => {
    // The fallback rule now only takes "late_delivery" and "other"; then "better_price_found" leaves the buyer's reasons.
    let previous = await page.getAttribute('body', 'data-revision');
    await edit(page, '"fact": "returnShippingAmount",\n            "operator": "greaterThanInclusive",\n            "value": 0', '"fact": "reason",\n            "operator": "in",\n            "value": ["late_delivery", "other"]', '"name": "other-reasons"');
    await nextRevision(page, previous);
    expect(await page.$$eval('#findings li.error', (items) => items.length)).toBe(0);

    previous = await page.getAttribute('body', 'data-revision');
    await edit(page, ',\n              "better_price_found"', '', '"name": "buyer-reasons"');
    await nextRevision(page, previous);

    const gap = page.locator('#findings li[data-code="gap"]');
    await gap.first().waitFor({ timeout: TIMEOUT });
    expect(await gap.first().textContent()).toContain('better_price_found');
    const example = JSON.parse((await gap.first().locator('pre.example').textContent()) ?? 'null');
    expect(example).toMatchObject({ reason: 'better_price_found' });
    expect(await page.textContent('#status')).toMatch(/loads\. \d+ errors?/);
    // The editor marks the gap too, on the rules array (scrolled to the top, where it is).
    await page.evaluate(() => {
      (globalThis as unknown as { playground: { editor: { scrollDOM: HTMLElement } } }).playground.editor.scrollDOM.scrollTop = 0;
    });
    await page.waitForSelector('.cm-lintRange-error');
    expect(await page.textContent('.cm-lintRange-error')).toBe('"rules"');

    await gap.first().locator('button.try').click();
    await page.waitForSelector('#decision[data-outcome="error"]');
    expect(await page.textContent('#decision')).toContain('no_rule_matched');

    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.screenshot({ path: join(artifacts, 'playground.png'), fullPage: true });
  }, TIMEOUT);

  it('needed no network and logged no errors', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
