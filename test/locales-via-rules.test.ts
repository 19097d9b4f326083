/**
 * A built-in rule set brings only the pack of its default locale; its other locales are the app's
 * choice. This file imports the marketplace module on its own (as a bundle that imports only
 * `marketplaceStandard` would have it) and the Japanese set, and no locale entry until the end.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator, loadRuleSet, quoteReturnCosts } from '../src/index.js';
import { describePolicy } from '../src/policy.js';
import { marketplaceStandard } from '../src/built-in/marketplace-standard.js';
import { jpSpecifiedCommercialTransactions } from '../src/built-in/jp-specified-commercial-transactions.js';
import { alwaysRule, baseCase, ruleSetDocument } from './helpers.js';

describe('a built-in set and the packs of its locales', () => {
  it.each(['pt-BR', 'ko'])('marketplace-standard in %s before the entry is imported: the default locale, and a warning naming the import', (locale) => {
    const decision = createEvaluator(marketplaceStandard).decide(baseCase(), { locale });
    expect(decision.text.locale).toBe('en');
    expect(decision.warnings).toEqual([
      { code: 'locale_fallback', message: `rule set "marketplace-standard" has ${locale}, but its catalogues are not loaded (import 'return-liability/locales/${locale}'); using en` },
    ]);
    const policy = describePolicy(marketplaceStandard, { locale });
    expect([policy.locale, policy.warnings?.[0]?.message]).toEqual(['en', expect.stringContaining(`import 'return-liability/locales/${locale}'`)]);
  });

  it('a set whose default locale is outside the core brings that pack: jp-specified-commercial-transactions works in ja', () => {
    const decision = createEvaluator(jpSpecifiedCommercialTransactions).decide(
      { ...baseCase(), costs: { returnShipping: { amount: 800, currency: 'JPY' } } },
      { locale: 'ja' },
    );
    expect(decision.text.locale).toBe('ja');
    expect(decision.warnings.map((warning) => warning.code)).not.toContain('locale_fallback');
    // …and so marketplace-standard, which declares ja too, now works in it.
    expect(createEvaluator(marketplaceStandard).decide(baseCase(), { locale: 'ja-JP' }).text.locale).toBe('ja');
  });

  it.each([
    ['pt-BR', 'Quando o vendedor paga'],
    ['ko', '판매자가 배송비를 부담하는 경우'],
    ['ja', '販売者が送料を負担する場合'],
  ])('after importing its entry, marketplace-standard decides, describes and quotes in %s', async (locale, heading) => {
    await import(`../src/locales/${locale}.ts`);
    const decision = createEvaluator(marketplaceStandard).decide(baseCase(), { locale });
    expect([decision.text.locale, decision.warnings]).toEqual([locale, []]);
    expect(describePolicy(marketplaceStandard, { locale }).sections[0]?.heading).toBe(heading);
    expect(quoteReturnCosts(createEvaluator(marketplaceStandard), { costs: baseCase().costs as never }, { locale, reasons: ['changed_mind'] })[0]?.locale).toBe(locale);
    // Registered for the whole program: a loaded rule set in the language works too.
    const texts = { en: 'x', [locale]: 'x' };
    const own = loadRuleSet(ruleSetDocument({ locales: ['en', locale], title: texts, rules: [alwaysRule('fallback', 1, { text: texts, disclosure: texts })] }));
    expect(own.locales).toEqual(['en', locale]);
  });

  it.each([
    ['ja-JP', 'ja'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['ko-KR', 'ko'],
    ['JA', 'ja'],
  ])('a browser tag %s picks %s', (tag, locale) => {
    const decision = createEvaluator(marketplaceStandard).decide(baseCase(), { locale: tag });
    expect([decision.text.locale, decision.warnings]).toEqual([locale, []]);
  });
});
