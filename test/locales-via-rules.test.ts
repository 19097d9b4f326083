/**
 * A built-in rule set brings the packs of its locales with it: importing return-liability/rules
 * alone is enough for marketplace-standard in pt-BR, ko and ja. This file imports no locale entry.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator, loadRuleSet, quoteReturnCosts } from '../src/index.js';
import { describePolicy } from '../src/policy.js';
import { marketplaceStandard } from '../src/rules.js';
import { alwaysRule, baseCase, ruleSetDocument } from './helpers.js';

describe('return-liability/rules registers the languages of its rule sets', () => {
  it.each([
    ['pt-BR', 'Quando o vendedor paga'],
    ['ko', '판매자가 배송비를 부담하는 경우'],
    ['ja', '販売者が送料を負担する場合'],
  ])('marketplace-standard decides, describes and quotes in %s', (locale, heading) => {
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
