/**
 * An edge fetch handler (`export default { fetch }`, as Cloudflare Workers, Vercel Edge and Deno
 * Deploy take it) for a checkout page: the return policy in the shopper's language, and what a
 * return would cost for each reason. Web APIs only (Request, Response, URL); the rule set is bundled.
 *
 *   GET  /policy[?lang=zh-CN]      the policy as HTML (Accept: application/json for the document);
 *                                  without ?lang, the Accept-Language header picks the locale
 *   POST /quote                    a ReturnDraft as JSON → the quote for each return reason
 */
import { createEvaluator, describePolicy, policyToHtml, quoteReturnCosts, ReturnLiabilityError, ReturnCaseError, type ReturnDraft } from 'return-liability';
import { marketplaceStandard } from 'return-liability/rules';

const ruleSet = marketplaceStandard;
const evaluator = createEvaluator(ruleSet); // once per isolate, reused across requests

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/** The requested locale: ?lang=, else the first Accept-Language tag; describePolicy falls back to the rule set's default. */
function localeOf(request: Request, url: URL): string {
  return url.searchParams.get('lang') ?? request.headers.get('accept-language')?.split(',')[0]?.split(';')[0]?.trim() ?? ruleSet.defaultLocale;
}

async function quote(request: Request, url: URL): Promise<Response> {
  let draft: unknown;
  try {
    draft = await request.json();
  } catch {
    return json({ error: { code: 'invalid_json', message: 'the body is not JSON' } }, 400);
  }
  try {
    const quotes = quoteReturnCosts(evaluator, draft as ReturnDraft, { locale: localeOf(request, url) });
    return json({ ruleSet: { id: ruleSet.id, version: ruleSet.version, digest: ruleSet.digest }, quotes });
  } catch (error) {
    if (error instanceof ReturnCaseError) return json({ error: { code: error.code, message: error.message, issues: error.issues } }, 400);
    if (ReturnLiabilityError.is(error)) return json({ error: { code: error.code, message: error.message } }, 422);
    throw error;
  }
}

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/policy' && request.method === 'GET') {
      const policy = describePolicy(ruleSet, { locale: localeOf(request, url) });
      if (request.headers.get('accept')?.includes('application/json')) return json(policy);
      // policyToHtml escapes every rule text.
      const page = `<!doctype html><html lang="${policy.locale}"><meta charset="utf-8"><title>${policy.title.replace(/[<&"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>${policyToHtml(policy)}</html>`;
      return new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-language': policy.locale, 'cache-control': 'public, max-age=300' } });
    }
    if (url.pathname === '/quote') {
      if (request.method !== 'POST') return json({ error: { code: 'method_not_allowed', message: 'POST a return draft as JSON' } }, 405);
      return quote(request, url);
    }
    return json({ error: { code: 'not_found', message: `no route ${url.pathname}` } }, 404);
  },
};
