/**
 * End to end: `simulate --format html` writes one self-contained page; Debian's Chromium (through
 * playwright-core) renders it with its three SVG charts and the table of top cases, loads nothing
 * from the network, and runs no script. Saves test-artifacts/simulate-report.png.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './cli-build.js';

const CHROMIUM = '/usr/bin/chromium';
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const available = existsSync(CHROMIUM);
const inCi = Boolean(process.env['CI']);
if (!available && !inCi) console.warn(`simulate HTML e2e skipped: ${CHROMIUM} not found (install Debian's chromium package; in CI this test is required)`);

const directory = mkdtempSync(join(tmpdir(), 'return-liability-html-'));
const dates = { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' };
const lines = [
  // Free returns under marketplace-standard, the buyer's under rules-clean: changed, so listed.
  { id: '<script>alert(1)</script>', reason: 'does_not_fit', seller: { freeReturns: true }, costs: { returnShipping: { amount: 700, currency: 'USD' } }, dates },
  { id: 'fit', reason: 'does_not_fit', seller: { freeReturns: true }, costs: { returnShipping: { amount: 300, currency: 'EUR' } }, dates },
  { id: 'defect', reason: 'quality_defect', findings: { qualityDefect: true }, costs: { returnShipping: { amount: 500, currency: 'USD' } }, dates },
  { id: 'free', reason: 'does_not_fit', costs: { returnShipping: { amount: 900, currency: 'USD' } }, order: { value: { amount: 10000, currency: 'USD' } }, dates },
].map((c) => JSON.stringify(c));
const casesFile = join(directory, 'cases.jsonl');
writeFileSync(casesFile, `${lines.join('\n')}\n`);
const page = join(directory, 'report.html');

describe.skipIf(!available && !inCi)('simulate --format html in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    ensureBuilt(['dist/cli.js', 'dist/simulate-worker.js']);
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'simulate', casesFile, '--rules', 'marketplace-standard', '--compare', join(ROOT, 'test/fixtures/rules-clean.json'), '--format', 'html', '--workers', '1'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    writeFileSync(page, result.stdout);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the charts and the top cases, escapes input, requests nothing and runs no script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const tab = await context.newPage();
    const requests: string[] = [];
    tab.on('request', (request) => requests.push(request.url()));
    const dialogs: string[] = [];
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const url = pathToFileURL(page).href;
    await tab.goto(url);
    for (const id of ['chart-parties', 'chart-reasons', 'chart-outcomes']) {
      const bars = await tab.locator(`svg#${id} rect`).count();
      expect(bars, id).toBeGreaterThan(0);
      const box = await tab.locator(`svg#${id}`).boundingBox();
      expect(box?.width ?? 0, id).toBeGreaterThan(100);
    }
    const labels = await tab.locator('svg#chart-parties text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['seller (EUR)', 'buyer (EUR)', '-3.00 EUR', '+3.00 EUR']));
    const cells = await tab.locator('#top-cases tbody tr td:nth-child(2)').allTextContents();
    expect(cells).toEqual(['fit', '<script>alert(1)</script>']);
    expect(await tab.locator('script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    await mkdir(artifacts, { recursive: true });
    await tab.screenshot({ path: join(artifacts, 'simulate-report.png'), fullPage: true });
    await context.close();
  }, 60_000);
});
