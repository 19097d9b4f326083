/**
 * The edge worker in a real edge runtime: bundled for the browser platform with esbuild, evaluated
 * in @edge-runtime/vm (the runtime Vercel's Edge Functions run on, with Web APIs only and no Node
 * built-ins), and called through its `fetch`.
 */
import { EdgeVM } from '@edge-runtime/vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvaluator, describePolicy, money, quoteReturnCosts, type ReturnDraft } from 'return-liability';
import { marketplaceStandard } from 'return-liability/rules';
import { buildWorker } from './build.mjs';

interface Handler {
  fetch(request: Request): Promise<Response>;
}

describe('edge worker in @edge-runtime/vm', () => {
  let vm: EdgeVM;
  let handler: Handler;
  const call = (path: string, init?: RequestInit) => handler.fetch(new vm.context.Request(`https://shop.example${path}`, init));

  beforeAll(async () => {
    const { code } = await buildWorker({ format: 'iife' });
    vm = new EdgeVM();
    expect(vm.evaluate('typeof require')).toBe('undefined'); // no Node module system in there
    vm.evaluate(code ?? '');
    handler = vm.evaluate<Handler>('worker.default');
  }, 30_000);

  it('serves the policy in the shopper’s language, escaped, as HTML or as the document', async () => {
    const english = await call('/policy', { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    expect(english.status).toBe(200);
    expect(english.headers.get('content-language')).toBe('en');
    const html = await english.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(describePolicy(marketplaceStandard, { locale: 'en' }).sections[0]?.items[0]?.text.replace(/'/g, '&#39;').replace(/"/g, '&quot;') ?? 'missing');

    const chinese = await call('/policy?lang=zh-CN', { headers: { accept: 'application/json' } });
    expect(await chinese.json()).toEqual(JSON.parse(JSON.stringify(describePolicy(marketplaceStandard, { locale: 'zh-CN' }))));
  });

  it('quotes return costs exactly as the library does in Node', async () => {
    const draft: ReturnDraft = { costs: { returnShipping: money('6.90', 'USD') }, seller: { disclosedReturnCosts: true } };
    const response = await call('/quote?lang=en', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(draft) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ruleSet: { digest: string }; quotes: unknown };
    expect(body.ruleSet.digest).toBe(marketplaceStandard.digest);
    expect(body.quotes).toEqual(JSON.parse(JSON.stringify(quoteReturnCosts(createEvaluator(marketplaceStandard), draft, { locale: 'en' }))));
  });

  it('answers bad requests with the error code and path', async () => {
    const invalid = await call('/quote', { method: 'POST', body: JSON.stringify({ reason: 'changed_mind', costs: { returnShipping: money('6.90', 'USD') } }) });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { error: { code: string; issues: Array<{ path: unknown[] }> } };
    expect(body.error.code).toBe('invalid_case');
    expect(body.error.issues.map((issue) => issue.path)).toContainEqual(['reason']);
    expect((await call('/quote', { method: 'POST', body: '{' })).status).toBe(400);
    expect((await call('/quote')).status).toBe(405);
    expect((await call('/nowhere')).status).toBe(404);
  });
});
