/**
 * Table tests for statutory rule sets written in more locales than en and zh-CN (br-consumer-code,
 * kr-ecommerce-act, jp-specified-commercial-transactions): every row is decided in each of the set's
 * locales, each decision carries that locale's citation, and no text of a non-Latin locale carries
 * English words.
 */
import { expect, it } from 'vitest';
import { createEvaluator, type Evaluator, type EvaluatorOptions } from '../src/decide/evaluator.js';
import type { Calendar } from '../src/facts/windows.js';
import type { Decision } from '../src/index.js';
import type { RuleSet } from '../src/rule-set/load.js';
import type { Json } from './helpers.js';
import { outcomeOf, type Row, unreached } from './statute-helpers.js';

/** A rule's citation in every locale of its rule set. */
export type Citations = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Names that stay in Latin letters in every language: case numbers and court acronyms. Anything
 * else of two or more Latin letters in a ja, ko or zh-CN text is English left behind.
 */
const LATIN_NAMES = ['REsp', 'RJ', 'STJ'];

/** Runs of Latin letters in `text` that are not names, after the currency signs of formatted amounts (R$, JP¥, US$) are removed. */
export function latinWords(text: string): string[] {
  const words = text.replace(/[A-Z]{0,3}[$¥￥₩€£]/g, '').match(/[A-Za-z]{2,}/g) ?? [];
  return words.filter((word) => !LATIN_NAMES.includes(word));
}

/** Locales written in a non-Latin script: their texts must not carry English words. */
const NON_LATIN = new Set(['ja', 'ko', 'zh-CN']);

/** Checks one decision in `locale`: its locale, texts filled in, the locale's citation as the basis, no English left. */
export function expectDecisionIn(decision: Decision, locale: string, citation: string | undefined): void {
  expect(decision.text.locale).toBe(locale);
  expect(decision.warnings.map((warning) => warning.code)).not.toContain('locale_fallback');
  expect(decision.text.summary).not.toBe('');
  expect(decision.text.summary).not.toMatch(/[{}]/);
  expect(decision.rule.citation).toBe(citation);
  if (citation !== undefined) expect(decision.text.details.at(-1)).toContain(citation);
  if (NON_LATIN.has(locale)) {
    for (const line of [decision.text.summary, ...decision.text.details]) expect(latinWords(line), line).toEqual([]);
  }
}

/**
 * The table tests of a statutory rule set in each of its locales: the winning rule and what each
 * party pays, then for every locale the texts and that locale's citation; and a check that the rows
 * reach every rule.
 */
export function statuteTableInLocales(ruleSet: RuleSet, rows: readonly Row[], caseFor: (overrides: Json) => Json, citations: Citations): void {
  const evaluators = new Map<Calendar | undefined, Evaluator>();
  const evaluatorFor = (calendar: Calendar | undefined): Evaluator => {
    let evaluator = evaluators.get(calendar);
    if (evaluator === undefined) {
      const options: EvaluatorOptions = calendar === undefined ? {} : { calendar };
      evaluator = createEvaluator(ruleSet, options);
      evaluators.set(calendar, evaluator);
    }
    return evaluator;
  };

  it.each(rows)('%s', (_label, overrides, rule, expected, calendar) => {
    const evaluator = evaluatorFor(calendar);
    const input = caseFor(overrides);
    const decision = evaluator.decide(input);
    expect([decision.rule.name, outcomeOf(decision)]).toEqual([rule, expected]);
    expect(decision.text.locale).toBe(ruleSet.defaultLocale);
    for (const locale of ruleSet.locales) {
      const localized = evaluator.decide(input, { locale });
      expect([localized.rule.name, outcomeOf(localized)]).toEqual([rule, expected]);
      expectDecisionIn(localized, locale, citations[rule]?.[locale]);
    }
  });

  it('reaches every rule from the table', () => {
    const reached = new Set<string>();
    for (const [, overrides, , , calendar] of rows) reached.add(evaluatorFor(calendar).decide(caseFor(overrides)).rule.name);
    expect(unreached(ruleSet, reached)).toEqual([]);
  });
}
