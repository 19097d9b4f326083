/**
 * A decision, policy or quote in zh-CN carries no English citation, for every built-in rule set that
 * declares zh-CN: whatever `return-liability/rules` exports, so a set added later is covered too.
 *
 * The rule (docs/rule-sets/citations.md): a Chinese citation names its statute in 《》 and has no Latin
 * letters, except an EU document number as it is officially written ("(EU) 2019/771", "2011/83/EU")
 * and the letter of an article's point in full-width parentheses ("第16条第（c）项"), and a Brazilian
 * court decision's number as it is officially written ("REsp 1.340.604/RJ").
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator, describePolicy, policyToText, quoteReturnCosts, RETURN_REASONS, isRuleSet, type RuleSet } from '../src/index.js';
import * as builtIn from '../src/rules.js';
import { citationIn } from '../src/rule-set/citation.js';

/** Built-in sets that are a business's policy, not a statute: their citations name the policy's sections. */
const POLICIES = new Set(['marketplace-standard']);

const ALLOWED_LATIN = [/\(EU\) \d{4}\/\d+/g, /\d{4}\/\d+\/EU/g, /（[a-z]）/g, /REsp [\d.]+\/[A-Z]{2}/g];

/** The Latin letters left in a Chinese citation once the allowed document numbers and point letters are removed. */
export function latinIn(zh: string): string[] {
  let rest = zh;
  for (const allowed of ALLOWED_LATIN) rest = rest.replace(allowed, '');
  return rest.match(/[A-Za-z]+/g) ?? [];
}

const sets = Object.entries(builtIn).filter((entry): entry is [string, RuleSet] => isRuleSet(entry[1]) && entry[1].locales.includes('zh-CN'));

/** A table of cases every set can decide or refuse: every reason, with and without a finding, refund or exchange, three channels, a few items and days. */
function casesFor(currency: string): unknown[] {
  const findingOf: Record<string, string> = { quality_defect: 'qualityDefect', wrong_item: 'wrongItem', not_as_described: 'notAsDescribed', damaged_in_transit: 'damagedInTransit', missing_parts: 'missingParts' };
  const out: unknown[] = [];
  for (const reason of RETURN_REASONS)
    for (const found of [false, true])
      for (const resolution of ['refund', 'exchange'])
        for (const channel of ['distance', 'off_premises', 'in_store'])
          for (const tags of [[], ['custom_made'], ['bulky', 'delivered_at_conclusion']])
            for (const requestedAt of ['2026-03-05', '2026-04-20', '2028-06-01']) {
              const finding = findingOf[reason];
              out.push({
                reason,
                resolution,
                channel,
                ...(found && finding !== undefined ? { findings: { [finding]: true } } : {}),
                item: { tags, price: { amount: 5000, currency } },
                costs: { returnShipping: { amount: 1200, currency }, outboundShipping: { amount: 800, currency } },
                dates: { deliveredAt: '2026-03-02', requestedAt },
              });
            }
  return out;
}

describe.each(sets)('zh-CN output of %s has no English citation', (_name, set) => {
  const enCitations = set.rules.flatMap((rule) => {
    const en = citationIn(rule.event.params.citation, 'en');
    return en === undefined || en === citationIn(rule.event.params.citation, 'zh-CN') ? [] : [en];
  });

  it('every rule has a Chinese citation', () => {
    for (const rule of set.rules) {
      const zh = citationIn(rule.event.params.citation, 'zh-CN');
      expect(zh, rule.name).toBeDefined();
      expect([rule.name, latinIn(zh ?? '')]).toEqual([rule.name, []]);
      // A statute is named in 《》; a marketplace cites its own policy's sections.
      if (!POLICIES.has(set.id)) expect(zh, rule.name).toMatch(/《[^》]+》/);
    }
  });

  it('decisions of a table of cases', () => {
    const evaluator = createEvaluator(set);
    const currency = set.id === 'eu-consumer-rights' ? 'EUR' : 'CNY';
    let decided = 0;
    for (const input of casesFor(currency)) {
      const result = evaluator.safeDecide(input, { locale: 'zh-CN' });
      if (!result.ok) continue;
      decided += 1;
      const { decision } = result;
      expect(latinIn(decision.rule.citation ?? '')).toEqual([]);
      const text = [decision.text.summary, ...decision.text.details].join('\n');
      for (const en of enCitations) expect(text).not.toContain(en);
      for (const line of decision.text.details.filter((d) => d.startsWith('依据'))) expect(latinIn(line)).toEqual([]);
    }
    expect(decided).toBeGreaterThan(100);
  }, 20_000);

  it('the policy (describePolicy, policyToText)', () => {
    const doc = describePolicy(set, { locale: 'zh-CN' });
    expect(doc.locale).toBe('zh-CN');
    for (const section of doc.sections) for (const item of section.items) expect(latinIn(item.citation ?? '')).toEqual([]);
    const text = policyToText(doc);
    for (const en of enCitations) expect(text).not.toContain(en);
    for (const line of text.split('\n').filter((l) => l.trim().startsWith('依据'))) expect(latinIn(line)).toEqual([]);
  });

  // Quotes carry no citation; this holds for every set, pending or not.
  it('quotes', () => {
    const currency = set.id === 'eu-consumer-rights' ? 'EUR' : 'CNY';
    const quotes = quoteReturnCosts(createEvaluator(set), { costs: { returnShipping: { amount: 1200, currency } } }, { locale: 'zh-CN' });
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(quote.locale).toBe('zh-CN');
      for (const en of enCitations) expect(quote.summary).not.toContain(en);
      expect(latinIn(quote.summary.replace(/[A-Z]{1,3}\$/g, ''))).toEqual([]);
    }
  });
});

describe('the rule for Latin letters in Chinese citations', () => {
  it.each([
    ['《消费者权益保护法》第二十五条第一款第（一）项', []],
    ['《货物销售指令》（(EU) 2019/771）第14条第1款第（a）项', []],
    ['《消费者权利指令》（2011/83/EU）第16条第（c）项', []],
    ['CPL art. 25 (消费者权益保护法第二十五条)', ['CPL', 'art']],
    ['Marketplace return policy', ['Marketplace', 'return', 'policy']],
  ] as const)('%s', (citation, latin) => {
    expect(latinIn(citation)).toEqual(latin);
  });
});
