/**
 * A locale whose pack is not imported is refused. Vitest runs each test file in its own module
 * graph: this file imports neither a locale entry (return-liability/locales/<tag>) nor anything that
 * registers one (return-liability/rules, whose marketplace-standard is written in pt-BR, ko and ja;
 * return-liability/node; the CLI).
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator, loadRuleSet } from '../src/index.js';
import { describePolicy } from '../src/policy.js';
import { alwaysRule, baseCase, ruleSetDocument, ruleSetIssues } from './helpers.js';

describe('a locale whose pack is not imported', () => {
  const texts = (locale: string) => ({ en: 'x', [locale]: 'x' });
  const inLocales = (locale: string, defaultLocale: string) =>
    ruleSetDocument({ locales: ['en', locale], defaultLocale, title: texts(locale), rules: [alwaysRule('fallback', 1, { text: texts(locale), disclosure: texts(locale) })] });

  it.each(['pt-BR', 'ko', 'ja'])('a rule set whose default locale is %s is refused with the import to add', (locale) => {
    const issues = ruleSetIssues(() => loadRuleSet(inLocales(locale, locale))).filter((issue) => issue.code === 'unsupported_locale');
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([[['defaultLocale'], expect.stringContaining(`import 'return-liability/locales/${locale}'`)]]);
  });

  it.each(['pt-BR', 'ko', 'ja'])('a rule set that also declares %s loads, and answers a request for it in its default locale with a warning naming the import', (locale) => {
    const ruleSet = loadRuleSet(inLocales(locale, 'en'));
    const decision = createEvaluator(ruleSet).decide(baseCase(), { locale });
    expect(decision.text.locale).toBe('en');
    expect(decision.warnings).toEqual([{ code: 'locale_fallback', message: expect.stringContaining(`import 'return-liability/locales/${locale}'`) }]);
    expect(describePolicy(ruleSet, { locale }).warnings?.[0]?.message).toContain(`import 'return-liability/locales/${locale}'`);
  });

  it('an English or Chinese rule set still decides and describes itself in both', () => {
    const ruleSet = loadRuleSet(ruleSetDocument());
    expect(createEvaluator(ruleSet).decide(baseCase(), { locale: 'zh-CN' }).text.locale).toBe('zh-CN');
    expect(describePolicy(ruleSet, { locale: 'ja' }).locale).toBe('en');
  });
});
