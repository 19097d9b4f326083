import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFacts } from '../src/facts/read.js';
import { parseReturnCase } from '../src/case/parse.js';
import { weekendCalendar } from '../src/facts/windows.js';
import { exampleCase } from '../src/check/example-case.js';
import { buildFactSpace, factsAt } from '../src/check/fact-space.js';
import { checkRuleSet, type CheckFinding } from '../src/check.js';
import {
  createEvaluator,
  isRuleSet,
  loadRuleSet,
  NoRuleMatchedError,
  ReturnLiabilityError,
  RuleConflictError,
  RuleSetError,
  type RuleSet,
} from '../src/index.js';
import * as builtIns from '../src/rules.js';
import { thrown } from './helpers.js';

type Json = Record<string, unknown>;

const fixture = (name: string): Json => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Json;
const load = (name: string): RuleSet => loadRuleSet(fixture(name));
const codes = (findings: readonly CheckFinding[]) => findings.map((f) => `${f.severity} ${f.code}`);

/** A liability rule with every required field, for small inline rule sets. */
function rule(name: string, priority: number, conditions: Json, params: Json = {}): Json {
  const merged: Json = {
    code: name.replaceAll('-', '_'),
    shares: { buyer: 100 },
    outbound: 'buyer',
    negotiation: 'any',
    coverage: true,
    text: { en: 'Return shipping {returnShipping}.' },
    disclosure: { en: `Policy sentence of ${name}.` },
    ...params,
  };
  // `undefined` in `params` removes a field.
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return { name, priority, conditions, event: { type: 'liability', params: merged } };
}
const always = { all: [{ fact: 'returnShippingAmount', operator: 'greaterThanInclusive', value: 0 }] };
const inline = (rules: Json[], extra: Json = {}): RuleSet =>
  loadRuleSet({ id: 'inline', version: '1', title: { en: 'Inline' }, locales: ['en'], defaultLocale: 'en', source: 'test', rules, ...extra });

describe('checkRuleSet: planted problems', () => {
  it('finds a gap, with an example that makes decide() throw NoRuleMatchedError', async () => {
    const ruleSet = load('rules-gap.json');
    const result = checkRuleSet(ruleSet);
    expect(result.ok).toBe(false);
    expect(result.coverage).toEqual({ cases: 20, exhaustive: true, combinations: 20 });
    expect(codes(result.findings)).toEqual(['error gap']);
    const [gap] = result.findings;
    expect(gap?.message).toBe(
      'No rule decides cases where reason is "other" (or any value no rule names) and qualityDefect is false and window.returns is true ' +
        '(1 of 20 cases); decide() throws NoRuleMatchedError. Add a rule or a low-priority fallback.',
    );
    const error = thrown(() => createEvaluator(ruleSet).decide(gap?.example));
    expect(NoRuleMatchedError.is(error)).toBe(true);
  });

  it('finds a conflict, naming both rules, with an example that reproduces the RuleConflictError', async () => {
    const ruleSet = load('rules-conflict.json');
    const result = checkRuleSet(ruleSet);
    expect(result.ok).toBe(false);
    expect(codes(result.findings)).toEqual(['error conflict']);
    const [conflict] = result.findings;
    expect(conflict?.rules).toEqual(['seller-free-returns', 'buyer-reasons']);
    expect(conflict?.message).toContain('where reason is "changed_mind" and sellerFreeReturns is true');
    expect(conflict?.message).toContain('(4 of 40 cases)');
    const error = thrown(() => createEvaluator(ruleSet).decide(conflict?.example));
    expect(RuleConflictError.is(error)).toBe(true);
    expect((error as RuleConflictError).rules).toEqual(conflict?.rules);
  });

  it('finds a shadowed rule, with a case it matches but a higher-priority rule decides', async () => {
    const ruleSet = load('rules-shadowed.json');
    const result = checkRuleSet(ruleSet);
    expect(result.ok).toBe(true);
    expect(codes(result.findings)).toEqual(['warning shadowed']);
    const [shadowed] = result.findings;
    expect(shadowed?.rules).toEqual(['defect-discount', 'seller-fault']);
    expect(shadowed?.message).toBe('Rule "defect-discount" (priority 20) matches 10 of 40 cases but decides none: "seller-fault" (priority 50) takes them.');
    const decision = createEvaluator(ruleSet).decide(shadowed?.example);
    expect(decision.rule.name).toBe('seller-fault');
    expect(decision.trace.find((entry) => entry.rule === 'defect-discount')?.matched).toBe(true);
  });

  it('calls a rule that always ties with an identical earlier rule shadowed too', async () => {
    const result = checkRuleSet(inline([rule('first', 5, always), rule('twin', 5, always, { code: 'first' }), rule('fallback', 1, always)]));
    const twin = result.findings.find((f) => f.rules?.[0] === 'twin');
    expect(twin?.code).toBe('shadowed');
    expect(twin?.message).toContain('"first" (priority 5, same outcome)');
    expect(result.findings.find((f) => f.rules?.[0] === 'fallback')?.code).toBe('shadowed');
  });

  it('reports a rule no case can satisfy as unreachable', async () => {
    const contradiction = { all: [{ fact: 'qualityDefect', operator: 'equal', value: true }, { fact: 'qualityDefect', operator: 'equal', value: false }] };
    const result = checkRuleSet(inline([rule('never', 9, contradiction), rule('fallback', 1, always)]));
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'unreachable', rules: ['never'] }),
    ]);
  });

  it('groups gaps into regions: a rule set that decides nothing has one gap covering every case', async () => {
    const never = { all: [{ fact: 'priorReturns', operator: 'lessThan', value: 0 }] };
    const result = checkRuleSet(inline([rule('never', 1, never)]));
    expect(codes(result.findings)).toEqual(['error gap', 'warning unreachable']);
    expect(result.findings[0]?.message).toMatch(/^No rule decides any case \(2 of 2 cases\)/);
  });

  it('passes the clean fixture and every built-in rule set with no errors', async () => {
    expect((checkRuleSet(load('rules-clean.json'))).findings).toEqual([]);
    const sets = Object.values(builtIns).filter(isRuleSet);
    expect(sets.map((set) => set.id)).toContain('marketplace-standard');
    for (const ruleSet of sets) {
      const result = checkRuleSet(ruleSet);
      expect(result.findings.filter((f) => f.severity === 'error'), ruleSet.id).toEqual([]);
      expect(result.ok).toBe(true);
    }
  }, 120_000);

  it('decides the marketplace standard exhaustively', async () => {
    const result = checkRuleSet(builtIns.marketplaceStandard);
    expect(result.coverage).toEqual({ cases: 11264, exhaustive: true, combinations: 22528 });
  });
});

describe('checkRuleSet: rule-author warnings', () => {
  it('warns about unused and undisclosed windows, blank or untranslated disclosures, silent outbound and impossible values', async () => {
    const ruleSet = loadRuleSet({
      id: 'warnings',
      version: '1',
      title: { en: 'Warnings', 'zh-CN': '警告' },
      locales: ['en', 'zh-CN'],
      defaultLocale: 'en',
      source: 'test',
      windows: { returns: { days: 30 }, spare: { days: 7 } },
      rules: [
        {
          name: 'late',
          priority: 100,
          conditions: { all: [{ fact: 'window.returns', operator: 'equal', value: false }] },
          event: { type: 'not_returnable', params: { code: 'late', text: { en: 'Late.', 'zh-CN': '逾期。' }, disclosure: { en: 'Return within a month.', 'zh-CN': '请在三十天内退货。' } } },
        },
        rule('german', 10, { all: [{ fact: 'jurisdiction', operator: 'equal', value: 'de' }] }, {
          outbound: undefined,
          text: { en: 'German {returnShipping}.', 'zh-CN': '德国{returnShipping}。' },
          disclosure: { en: 'Same words.', 'zh-CN': 'Same words.' },
        }),
        rule('fallback', 1, always, { text: { en: 'Pay {returnShipping}.', 'zh-CN': '支付{returnShipping}。' }, disclosure: { en: '  ', 'zh-CN': '您承担运费。' } }),
      ],
    });
    const result = checkRuleSet(ruleSet);
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.code, f.rules])).toEqual([
      ['unreachable', ['german']],
      ['undisclosed_window', ['late']],
      ['unused_window', undefined],
      ['untranslated_text', ['german']],
      ['outbound_not_decided', ['german']],
      ['impossible_value', ['german']],
      ['missing_disclosure', ['fallback']],
    ]);
    const message = (code: string) => result.findings.find((f) => f.code === code)?.message;
    expect(message('undisclosed_window')).toBe('No "en" disclosure of the rules testing window "returns" states its length (30 days); buyers should learn the deadline before they buy.');
    expect(message('unused_window')).toContain('Window "spare" is declared but no rule tests window.spare');
    expect(message('impossible_value')).toContain('compares jurisdiction with "de", which no valid case has');
    expect(message('missing_disclosure')).toContain('Rule "fallback" has no "en" disclosure');
  });

  it('accepts a window length written in Chinese numerals', async () => {
    const late = (zh: string) => ({
      name: 'late',
      priority: 100,
      conditions: { all: [{ fact: 'window.returns', operator: 'equal', value: false }] },
      event: { type: 'not_returnable', params: { code: 'late', text: { 'zh-CN': '逾期。' }, disclosure: { 'zh-CN': zh } } },
    });
    const doc = (zh: string) => ({
      id: 'zh', version: '1', title: { 'zh-CN': '规则' }, locales: ['zh-CN'], defaultLocale: 'zh-CN', source: 'test',
      windows: { returns: { days: 15 } },
      rules: [late(zh), rule('fallback', 1, always, { text: { 'zh-CN': '运费{returnShipping}。' }, disclosure: { 'zh-CN': '您承担运费。' } })],
    });
    for (const stated of ['请在签收后十五天内退货。', '请在签收后15天内退货。']) {
      expect((checkRuleSet(loadRuleSet(doc(stated)))).findings, stated).toEqual([]);
    }
    expect(codes((checkRuleSet(loadRuleSet(doc('请在签收后115天内退货。')))).findings)).toEqual(['warning undisclosed_window']);
  });
});

describe('checkRuleSet: the fact space', () => {
  it('tries 0 and c−1, c, c+1 around each integer constant, and one value for all values no rule names', () => {
    const space = buildFactSpace(load('rules-every-fact.json'), weekendCalendar);
    const values = (name: string) => space.dims.find((d) => d.name === name)?.values.map((v) => Object.values(v.facts)[0]);
    expect(values('returnShippingAmount')).toEqual([0, 1, 999, 1000, 1001]);
    expect(values('priorReturns')).toEqual([0, 1, 2]);
    expect(values('reason')).toEqual(['quality_defect', 'wrong_item', 'late_delivery', 'changed_mind', 'does_not_fit', 'other']);
    expect(values('jurisdiction')).toEqual(['DE', 'none', 'ZZ']);
    expect(values('itemCondition')).toEqual(['used', 'damaged_by_buyer', 'none']);
    expect(values('coverage')).toEqual([false, true, true]);
    // daysSinceDelivery: 0, 29–31 around the constant, and the last day of each window and the day after.
    const time = space.dims.find((d) => d.name === 'time')?.values.map((v) => v.facts);
    expect(time).toContainEqual({ daysSinceDelivery: 14, 'window.returns': true, 'window.undisclosed': true });
    expect(time).toContainEqual({ daysSinceDelivery: 15, 'window.returns': false, 'window.undisclosed': true });
    // Delivered on a Saturday, day 15 falls on a Sunday: extendPastHolidays keeps it inside the window.
    expect(time).toContainEqual({ daysSinceDelivery: 16, 'window.returns': true, 'window.undisclosed': true });
    expect(time).toContainEqual({ daysSinceDelivery: 31, 'window.returns': false, 'window.undisclosed': true });
    expect(time?.some((facts) => facts['window.undisclosed'] === false)).toBe(true);
    expect(time?.some((facts) => facts['window.returns'] === true && facts['window.undisclosed'] === false)).toBe(false);
  });

  it('builds, for any point, a valid case whose facts are the point', () => {
    const ruleSet = load('rules-every-fact.json');
    const space = buildFactSpace(ruleSet, weekendCalendar);
    const point = fc.tuple(...space.dims.map((dim) => fc.nat({ max: dim.values.length - 1 })));
    fc.assert(
      fc.property(point, (indexes) => {
        const wanted = factsAt(space, indexes);
        const time = space.dims.findIndex((d) => d.name === 'time');
        const example = exampleCase(wanted, space.facts, 'EUR', space.dims[time]?.values[indexes[time] ?? 0]?.time);
        const impossible =
          (wanted['thresholdStillMet'] === true && 'freeShipping' in wanted && wanted['freeShipping'] !== 'threshold') ||
          // An item-value threshold needs a price.
          ('threshold.big_order' in wanted && wanted['hasItemPrice'] === false);
        if (impossible) {
          expect(example).toBeUndefined();
          return;
        }
        const facts = toFacts(parseReturnCase(example), ruleSet, weekendCalendar) as unknown as Json;
        for (const [name, value] of Object.entries(wanted)) {
          if (name === 'itemTags') expect([...(facts[name] as string[])].sort()).toEqual([...(value as string[])].sort());
          else expect(facts[name], name).toBe(value);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('skips combinations no real case has and counts only the cases it decides', async () => {
    const threshold = { any: [{ fact: 'freeShipping', operator: 'equal', value: 'threshold' }, { fact: 'thresholdStillMet', operator: 'equal', value: true }] };
    const result = checkRuleSet(inline([rule('threshold', 5, threshold), rule('fallback', 1, always)]));
    // freeShipping ('threshold', 'none') × thresholdStillMet (2) × returnShippingAmount (0, 1);
    // thresholdStillMet true needs threshold free shipping, which rules out 2 combinations.
    expect(result.coverage).toEqual({ cases: 6, exhaustive: true, combinations: 8 });
  });

  it('samples large spaces with a seed, says so, and still finds a planted gap', async () => {
    const doc = fixture('rules-every-fact.json');
    const clean = checkRuleSet(loadRuleSet(doc), { sampleSize: 500 });
    expect(clean.coverage).toEqual({ cases: 500, exhaustive: false, combinations: 825_564_856_320 });
    expect(clean.findings).toEqual([]);

    const withoutFallback = loadRuleSet({ ...doc, rules: (doc['rules'] as Json[]).filter((r) => r['name'] !== 'fallback') });
    const first = checkRuleSet(withoutFallback, { sampleSize: 500, seed: 7 });
    expect(first.ok).toBe(false);
    const gap = first.findings.find((f) => f.code === 'gap');
    expect(gap?.message).toContain('sampled cases); changing any one of the facts named lets a rule decide');
    const error = thrown(() => createEvaluator(withoutFallback).decide(gap?.example));
    expect(NoRuleMatchedError.is(error)).toBe(true);
    expect(checkRuleSet(withoutFallback, { sampleSize: 500, seed: 7 })).toEqual(first);
  });

  it('decides every combination up to exhaustiveLimit and samples beyond it', async () => {
    const ruleSet = builtIns.marketplaceStandard;
    expect((checkRuleSet(ruleSet, { exhaustiveLimit: 22528 })).coverage.exhaustive).toBe(true);
    expect((checkRuleSet(ruleSet, { exhaustiveLimit: 22527, sampleSize: 100 })).coverage).toEqual({ cases: 100, exhaustive: false, combinations: 22528 });
  });
});

describe('checkRuleSet: bad input', () => {
  it('rejects a rule set that did not come from loadRuleSet', async () => {
    expect(() => checkRuleSet({ id: 'x' } as unknown as RuleSet)).toThrow(RuleSetError);
  });

  it.each([
    [{ exhaustiveLimit: 0 }, 'options.exhaustiveLimit must be a positive integer, got 0'],
    [{ sampleSize: 1.5 }, 'options.sampleSize must be a positive integer, got 1.5'],
    [{ seed: Number.NaN }, 'options.seed must be an integer, got NaN'],
  ])('rejects options %j', async (options, message) => {
    const error = thrown(() => checkRuleSet(builtIns.marketplaceStandard, options));
    expect(ReturnLiabilityError.is(error) && error.code).toBe('invalid_option');
    expect((error as Error).message).toBe(message);
  });
});
