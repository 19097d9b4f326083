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
  it('a rule set in a known locale whose catalogues are not loaded is refused with the import to add', () => {
    const issues = ruleSetIssues(() =>
      loadRuleSet(ruleSetDocument({ locales: ['en', 'zh-CN', 'ja'], title: { en: 'T', 'zh-CN': 'T', ja: 'T' } })),
    ).filter((issue) => issue.code === 'unsupported_locale');
    // Only while nothing in this test file imported return-liability/locales/ja.
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([[['locales', 2], expect.stringContaining("import 'return-liability/locales/ja'")]]);
  });


  it.each(['pt-BR', 'ko', 'ja'])('%s is refused with the import to add', (locale) => {
    const issues = ruleSetIssues(() => loadRuleSet(ruleSetDocument({ locales: ['en', locale], title: { en: 'T', [locale]: 'T' }, rules: [alwaysRule('fallback', 1, { text: { en: 'x', [locale]: 'x' }, disclosure: { en: 'x', [locale]: 'x' } })] })));
    expect(issues.filter((issue) => issue.code === 'unsupported_locale').map((issue) => issue.message)).toEqual([expect.stringContaining(`import 'return-liability/locales/${locale}'`)]);
  });

  it('an English or Chinese rule set still decides and describes itself in both', () => {
    const ruleSet = loadRuleSet(ruleSetDocument());
    expect(createEvaluator(ruleSet).decide(baseCase(), { locale: 'zh-CN' }).text.locale).toBe('zh-CN');
    expect(describePolicy(ruleSet, { locale: 'ja' }).locale).toBe('en');
  });
});
