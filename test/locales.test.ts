import { describe, expect, it } from 'vitest';
import { createEvaluator, loadRuleSet } from '../src/index.js';
import { describePolicy, policyToText } from '../src/policy.js';
// The built-in modules themselves, not return-liability/rules: that entry also holds sets in ja, ko and
// pt-BR, which register their catalogues when imported, and this file needs ja left unloaded.
import { cnConsumerLaw } from '../src/built-in/cn-consumer-law.js';
import { marketplaceStandard } from '../src/built-in/marketplace-standard.js';
import { alwaysRule, baseCase, ruleSetDocument, ruleSetIssues } from './helpers.js';

const cited = (citation: unknown) => loadRuleSet(ruleSetDocument({ rules: [alwaysRule('fallback', 1, { citation })] }));

describe('per-locale citations', () => {
  const ruleSet = cited({ en: 'Consumer Code art. 49', 'zh-CN': '《消费者保护法》第四十九条' });

  it('decision and policy show the requested locale’s citation', () => {
    const evaluator = createEvaluator(ruleSet);
    expect(evaluator.decide(baseCase(), { locale: 'zh-CN' }).rule.citation).toBe('《消费者保护法》第四十九条');
    expect(evaluator.decide(baseCase(), { locale: 'zh-CN' }).text.details.at(-1)).toBe('依据：《消费者保护法》第四十九条。');
    expect(evaluator.decide(baseCase()).rule.citation).toBe('Consumer Code art. 49');
    expect(evaluator.decide(baseCase(), { explain: false }).rule.citation).toBe('Consumer Code art. 49');
    const zh = policyToText(describePolicy(ruleSet, { locale: 'zh-CN' }));
    expect(zh).toContain('依据：《消费者保护法》第四十九条');
    expect(zh).not.toContain('Consumer Code');
  });

  it('a plain string is every locale’s citation', () => {
    expect(createEvaluator(cited('Art. 1')).decide(baseCase(), { locale: 'zh-CN' }).rule.citation).toBe('Art. 1');
  });

  it('a per-locale citation must cover every declared locale, and only those', () => {
    expect(ruleSetIssues(() => cited({ en: 'Art. 1' })).map((issue) => [issue.path, issue.code])).toEqual([
      [['rules', 0, 'event', 'params', 'citation'], 'missing_text'],
    ]);
    expect(ruleSetIssues(() => cited({ en: 'Art. 1', 'zh-CN': '第一条', fr: 'Art. 1' })).map((issue) => [issue.path, issue.code])).toEqual([
      [['rules', 0, 'event', 'params', 'citation', 'fr'], 'undeclared_locale'],
    ]);
    expect(ruleSetIssues(() => cited({ en: '', 'zh-CN': '第一条' })).map((issue) => issue.path)).toEqual([['rules', 0, 'event', 'params', 'citation', 'en']]);
  });
});

describe('locale matching never changes script silently', () => {
  // cn-consumer-law has only zh-CN (Simplified) and en.
  it.each(['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'ZH_tw'])('%s falls back to the default locale with a warning', (tag) => {
    const decision = createEvaluator(marketplaceStandard).decide(baseCase(), { locale: tag });
    expect(decision.text.locale).toBe(marketplaceStandard.defaultLocale);
    expect(decision.warnings.map((warning) => warning.code)).toContain('locale_fallback');
    const policy = describePolicy(cnConsumerLaw, { locale: tag });
    expect(policy.locale).toBe(cnConsumerLaw.defaultLocale);
    expect(policy.warnings?.map((warning) => warning.code)).toEqual(['locale_fallback']);
  });

  it.each(['zh', 'zh-CN', 'zh-cn', 'zh-Hans', 'zh-Hans-CN', 'zh-SG'])('%s is Simplified Chinese', (tag) => {
    const decision = createEvaluator(marketplaceStandard).decide(baseCase(), { locale: tag });
    expect(decision.text.locale).toBe('zh-CN');
    expect(decision.warnings.map((warning) => warning.code)).not.toContain('locale_fallback');
    expect(describePolicy(marketplaceStandard, { locale: tag }).warnings).toBeUndefined();
  });

  it('a language the rule set lacks falls back with a warning in the policy too', () => {
    expect(describePolicy(marketplaceStandard, { locale: 'fr-FR' }).warnings?.[0]?.message).toMatch(/"fr-FR" is not available/);
    expect(describePolicy(marketplaceStandard, { locale: 'en-GB' }).warnings).toBeUndefined();
  });
});

describe('locales that ship as their own entry', () => {
  it('an unknown locale is refused with the list of supported ones', () => {
    const issues = ruleSetIssues(() => loadRuleSet(ruleSetDocument({ locales: ['en', 'zh-CN', 'fr'], title: { en: 'T', 'zh-CN': 'T', fr: 'T' } })));
    expect(issues.find((issue) => issue.code === 'unsupported_locale')?.message).toMatch(/supported: en, zh-CN, pt-BR, ko, ja/);
  });
});
