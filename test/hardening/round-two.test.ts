/**
 * Hostile input, second round: each defect found by attacking the library has a test here, through
 * the public entries.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createCalendar,
  createEvaluator,
  describePolicy,
  formatMoney,
  loadRuleSet,
  money,
  parseReturnCase,
  policyToHtml,
  policyToMarkdown,
  policyToText,
  ReturnCaseError,
  ReturnLiabilityError,
  RuleSetError,
} from '../../src/index.js';
import { loadRuleSetFile, locateJsonPath } from '../../src/node/index.js';
import { marketplaceStandard } from '../../src/rules.js';
import { aReturnCase } from '../../src/testing.js';
import { alwaysRule, baseCase, liabilityParams, ruleSetDocument, usd } from '../helpers.js';

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};
/** The error `run` throws, which must be one of ours, with a code. */
const ours = (run: () => unknown): ReturnLiabilityError => {
  const error = thrown(run);
  expect(ReturnLiabilityError.is(error), String(error)).toBe(true);
  expect((error as ReturnLiabilityError).code).not.toBe('');
  return error as ReturnLiabilityError;
};
const codes = (error: unknown) => (error as { issues: { code: string }[] }).issues.map((issue) => issue.code);

const ruleWithCondition = (condition: unknown) =>
  ruleSetDocument({ rules: [alwaysRule('fallback', 1), { ...alwaysRule('second', 2), conditions: { any: [condition] } }] });

describe('1. refusing a big rule file is linear and its report bounded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-big-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports at most 100 issues, counts the rest in `more`, and locates each on its line', async () => {
    const rules = Array.from({ length: 300 }, (_, index) => ({ ...alwaysRule(`rule-${index}`, index + 1), description: 'x'.repeat(20_000) }));
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(ruleSetDocument({ rules }), null, 2));
    const error = (await loadRuleSetFile(file).catch((e: unknown) => e)) as RuleSetError;
    expect(RuleSetError.is(error)).toBe(true);
    expect(error.issues).toHaveLength(100);
    expect(error.more).toBe(200);
    expect(error.message).toMatch(/\(300 issues\)/);
    const lines = (error.issues as unknown as { line: number }[]).map((issue) => issue.line);
    expect(lines.every((line, index) => index === 0 || line > (lines[index - 1] as number))).toBe(true);
  }, 20_000);

  it('locateJsonPath finds a path, and the deepest existing parent of a missing one', () => {
    const text = '{\n  "a": [\n    1,\n    { "b": "x" }\n  ],\n  "c": {"d": 2}\n}';
    expect(locateJsonPath(text, ['a', 1, 'b'])).toEqual({ line: 4, column: 12 });
    expect(locateJsonPath(text, ['a', 1, 'missing'])).toEqual({ line: 4, column: 5 });
    expect(locateJsonPath(text, ['c', 'd'])).toEqual({ line: 6, column: 14 });
    expect(locateJsonPath(text, [])).toEqual({ line: 1, column: 1 });
  });
});

describe('2. null-prototype objects in conditions', () => {
  const bare = () => Object.create(null) as object;
  it.each([
    ['value', { fact: 'reason', operator: 'equal', value: bare() }],
    ['fact', { fact: bare(), operator: 'equal', value: 'x' }],
    ['any', { any: bare() }],
    ['an in list', { fact: 'reason', operator: 'in', value: ['changed_mind', bare()] }],
  ])('a null-prototype %s is a RuleSetError, not a TypeError', (_, condition) => {
    expect(RuleSetError.is(ours(() => loadRuleSet(ruleWithCondition(condition))))).toBe(true);
  });
});

describe('3. plain data from another realm, and what is not plain data', () => {
  const foreign = (value: unknown): unknown => runInNewContext(`JSON.parse(${JSON.stringify(JSON.stringify(value))})`);

  it('a foreign-realm document loads like a local one', () => {
    const local = loadRuleSet(ruleSetDocument());
    expect(loadRuleSet(foreign(ruleSetDocument())).digest).toBe(local.digest);
  });
  it('a __proto__ key from another realm is refused, not dropped', () => {
    const doc = runInNewContext(`JSON.parse('{"__proto__": {"x": 1}, "id": "a"}')`);
    expect(codes(ours(() => loadRuleSet(doc)))).toContain('forbidden_key');
    const input = runInNewContext(`JSON.parse(${JSON.stringify(JSON.stringify({ ...baseCase(), costs: { returnShipping: usd(1) } }).replace('"costs"', '"__proto__":{},"costs"'))})`);
    expect(codes(ours(() => parseReturnCase(input)))).toContain('forbidden_key');
  });
  it('maxRules and maxStringLength hold for a foreign-realm document', () => {
    const many = foreign(ruleSetDocument({ rules: Array.from({ length: 1_500 }, (_, index) => alwaysRule(`r${index}`, index + 1)) }));
    expect(codes(ours(() => loadRuleSet(many)))).toContain('too_many_rules');
    const long = foreign(ruleSetDocument({ source: 'x'.repeat(2_000_000) }));
    expect(codes(ours(() => loadRuleSet(long)))).toContain('string_too_long');
  });
  it('class instances are refused as not plain data', () => {
    class Document {
      constructor() {
        Object.assign(this, ruleSetDocument());
      }
    }
    expect(codes(ours(() => loadRuleSet(new Document())))).toEqual(['not_plain_data']);
    expect(codes(ours(() => parseReturnCase(new Date())))).toEqual(['not_plain_data']);
  });
  it('an inherited reason is never read', () => {
    const { reason, ...rest } = baseCase();
    const input = Object.assign(Object.create({ reason }), rest);
    expect(codes(ours(() => parseReturnCase(input)))).toContain('not_plain_data');
    const withNullProto = Object.assign(Object.create(null), rest);
    // A null prototype is plain data: the case is read (and refused for the missing reason only).
    expect((ours(() => parseReturnCase(withNullProto)) as ReturnCaseError).issues.map((issue) => issue.path)).toEqual([['reason']]);
  });
});

describe('5. formatMoney refuses what Intl cannot format', () => {
  it.each([
    ['an invalid locale tag', () => formatMoney(usd(100), 'not a locale!!'), 'invalid_locale'],
    ['a two-letter currency', () => formatMoney({ amount: 100, currency: 'US' }, 'en'), 'invalid_case'],
    ['null', () => formatMoney(null as never, 'en'), 'invalid_case'],
    ['a fractional amount', () => formatMoney(usd(1.5), 'en'), 'invalid_case'],
    ['an amount of 1e21', () => formatMoney(usd(1e21), 'en'), 'invalid_case'],
  ])('%s', (_, run, code) => {
    expect(ours(run).code).toBe(code);
  });
  it('still formats valid Money', () => expect(formatMoney(usd(1240), 'en')).toBe('$12.40'));
});

describe('6. money() with hostile arguments', () => {
  it.each([
    ['a bigint amount', () => money(10n as never, 'USD')],
    ['a bigint currency', () => money('1', 10n as never)],
    ['a symbol currency', () => money('1', Symbol('x') as never)],
  ])('%s is a ReturnCaseError', (_, run) => expect(ReturnCaseError.is(ours(run))).toBe(true));
  it('a 5,000,000-digit string is refused by its length, fast', () => {
    const started = performance.now();
    expect(codes(ours(() => money('9'.repeat(5_000_000), 'USD')))).toEqual(['invalid_amount']);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('7. condition keys named like Object.prototype methods', () => {
  it.each(['toString', 'valueOf', 'hasOwnProperty'])('%s gets a string message', (key) => {
    const error = ours(() => loadRuleSet(ruleWithCondition({ fact: 'reason', operator: 'equal', value: 'x', [key]: 1 }))) as RuleSetError;
    for (const issue of error.issues) expect(typeof issue.message).toBe('string');
  });
});

describe('8. percents are checked to exactly two decimals', () => {
  it.each([
    [{ seller: 99.999999999, buyer: 1e-9 }],
    [{ seller: 50.000000001, buyer: 49.999999999 }],
    [{ seller: 1e-300, buyer: 100 }],
  ])('rule shares %o are refused', (shares) => {
    expect(codes(ours(() => loadRuleSet(ruleSetDocument({ rules: [alwaysRule('a', 1, liabilityParams({ shares }))] }))))).toContain('invalid_percent');
  });
  it.each([50.000000001, 1e-300, 33.333])('sellerPercent %d is refused', (sellerPercent) => {
    expect(codes(ours(() => parseReturnCase(baseCase({ negotiatedSplit: { sellerPercent, agreedAt: '2026-03-05' } }))))).toContain('invalid_percent');
  });
  it('two-decimal values such as 0.29 and 33.33 pass', () => {
    expect(() => loadRuleSet(ruleSetDocument({ rules: [alwaysRule('a', 1, liabilityParams({ shares: { seller: 66.67, buyer: 33.33 } }))] }))).not.toThrow();
    expect(() => loadRuleSet(ruleSetDocument({ rules: [alwaysRule('a', 1, liabilityParams({ shares: { seller: 99.71, buyer: 0.29 } }))] }))).not.toThrow();
  });
});

describe('9. -0 never reaches a decision', () => {
  it('amount: -0 and sellerPercent: -0 decide with 0', () => {
    const evaluator = createEvaluator(marketplaceStandard);
    const decision = evaluator.decide(baseCase({ reason: 'damaged_in_transit', costs: { returnShipping: { amount: -0, currency: 'USD' } } }));
    const numbers: number[] = [];
    JSON.stringify(decision, (_key, value: unknown) => (typeof value === 'number' && numbers.push(value), value));
    const walk = (value: unknown): void => {
      if (typeof value === 'number') expect(Object.is(value, -0)).toBe(false);
      else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    };
    walk(decision);
    const parsed = parseReturnCase(baseCase({ costs: { returnShipping: usd(-0) } }));
    expect(Object.is(parsed.costs.returnShipping.amount, 0)).toBe(true);
    const split = parseReturnCase(baseCase({ negotiatedSplit: { sellerPercent: -0, agreedAt: '2026-03-05' } }));
    expect(Object.is(split.negotiatedSplit?.sellerPercent, 0)).toBe(true);
  });
});

describe('10. years 0001–9999', () => {
  it.each([
    ['0001-01-01', '0001-01-05'],
    ['0050-02-27', '0050-03-02'],
    ['0099-12-30', '0100-01-02'],
    ['9999-12-01', '9999-12-05'],
  ])('%s → %s is a real date range and decides', (deliveredAt, requestedAt) => {
    const parsed = parseReturnCase(baseCase({ dates: { deliveredAt, requestedAt } }));
    expect(parsed.dates.deliveredAt).toBe(deliveredAt);
    const decision = createEvaluator(marketplaceStandard).decide(baseCase({ dates: { deliveredAt, requestedAt } }));
    expect(decision.outcome).toBeDefined();
  });
  it('local times in a time zone in year 0050 are read as year 50, not 1950', () => {
    const parsed = parseReturnCase(baseCase({ timeZone: 'Asia/Shanghai', dates: { deliveredAt: '0050-03-01T10:00:00', requestedAt: '0050-03-03T10:00:00' } }));
    expect(parsed.dates.requestedAt).toBe('0050-03-03T10:00:00');
    const decision = createEvaluator(marketplaceStandard).decide(parsed, { explain: false });
    expect(decision.outcome).toBeDefined();
  });
});

describe('11. limits options', () => {
  it('a misspelt limit is refused', () => {
    expect(ours(() => loadRuleSet(ruleSetDocument(), { limits: { maxRule: 1 } as never })).code).toBe('invalid_option');
  });
  it('limits: [] is refused', () => {
    expect(ours(() => loadRuleSet(ruleSetDocument(), { limits: [] as never })).code).toBe('invalid_option');
  });
});

describe('12. bad arguments are typed errors', () => {
  it.each([
    ['createEvaluator(rs, null)', () => createEvaluator(marketplaceStandard, null as never)],
    ['policyToHtml(null)', () => policyToHtml(null as never)],
    ['policyToMarkdown({})', () => policyToMarkdown({} as never)],
    ['policyToText({ sections: null })', () => policyToText({ sections: null } as never)],
    ['createCalendar({ nonWorkingDates: [1n] })', () => createCalendar({ nonWorkingDates: [1n] } as never)],
  ])('%s', (_, run) => {
    ours(run);
  });
});

describe('13. throwing getters and proxy traps', () => {
  const boom = () => {
    throw new Error('boom');
  };
  const getterThrows = <T extends object>(base: T, key: string): T => Object.defineProperty({ ...base }, key, { get: boom, enumerable: true });
  const trapThrows = (base: object) => new Proxy(base, { ownKeys: boom });

  it('parseReturnCase', () => {
    const error = ours(() => parseReturnCase(getterThrows(baseCase(), 'reason'))) as ReturnCaseError;
    expect(error.issues[0]).toMatchObject({ path: ['reason'], code: 'unreadable' });
    expect(codes(ours(() => parseReturnCase(trapThrows(baseCase()))))).toEqual(['unreadable']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(codes(ours(() => parseReturnCase(proxy)))).toEqual(['unreadable']);
  });
  it('a getter short when measured and long when copied is measured once, on the copy', () => {
    let reads = 0;
    const input = Object.defineProperty(baseCase(), 'reason', { enumerable: true, get: () => (reads++ === 0 ? 'changed_mind' : 'x'.repeat(5_000_000)) });
    expect(parseReturnCase(input).reason).toBe('changed_mind');
    expect(reads).toBe(1);
    let docReads = 0;
    const doc = Object.defineProperty(ruleSetDocument(), 'source', { enumerable: true, get: () => (docReads++ === 0 ? 'short' : 'x'.repeat(5_000_000)) });
    // Read once: what is loaded is what was measured (it used to be measured short and loaded at 5 MB).
    expect(loadRuleSet(doc).source).toBe('short');
    expect(docReads).toBe(1);
  });
  it('loadRuleSet and its options.limits', () => {
    expect(codes(ours(() => loadRuleSet(getterThrows(ruleSetDocument(), 'rules'))))).toContain('unreadable');
    expect(ours(() => loadRuleSet(ruleSetDocument(), { limits: getterThrows({}, 'maxRules') })).code).toBe('invalid_option');
    expect(ours(() => loadRuleSet(ruleSetDocument(), getterThrows({}, 'limits'))).code).toBe('invalid_option');
    expect(ours(() => loadRuleSet(ruleSetDocument(), { limits: trapThrows({}) })).code).toBe('invalid_option');
  });
  it('createCalendar', () => {
    expect(ours(() => createCalendar(getterThrows({}, 'nonWorkingDates'))).code).toBe('invalid_calendar');
    expect(ours(() => createCalendar(trapThrows({}))).code).toBe('invalid_calendar');
  });
  it('createEvaluator, including the floor option', () => {
    expect(ours(() => createEvaluator(marketplaceStandard, getterThrows({}, 'calendar'))).code).toBe('invalid_option');
    expect(ours(() => createEvaluator(marketplaceStandard, getterThrows({}, 'floor'))).code).toBe('invalid_option');
    const floors = new Proxy([marketplaceStandard], { get: boom });
    expect(ours(() => createEvaluator(marketplaceStandard, { floor: floors })).code).toBe('invalid_option');
    expect(ours(() => createEvaluator(marketplaceStandard, { calendar: getterThrows({}, 'isNonWorkingDay') as never })).code).toBe('invalid_option');
  });
  it('aReturnCase', () => {
    expect(codes(ours(() => aReturnCase(getterThrows({}, 'reason') as never)))).toEqual(['unreadable']);
  });
  it('decide and decideParcel, and their options', () => {
    const evaluator = createEvaluator(marketplaceStandard);
    expect(codes(ours(() => evaluator.decide(getterThrows(baseCase(), 'costs'))))).toEqual(['unreadable']);
    expect(ours(() => evaluator.decide(baseCase(), getterThrows({}, 'locale'))).code).toBe('invalid_option');
    expect(codes(ours(() => evaluator.decideParcel(trapThrows({ items: [] }))))).toEqual(['unreadable']);
  });
});

describe('14. control and bidi characters in text output', () => {
  const hostile = 'Pay \u001b[31mnow\u0007 \u202Egnp.exe\u202C \u2066x\u2069 \u0085 at https://evil.example/x or www.evil.example or a@evil.example';
  const policy = () =>
    describePolicy(loadRuleSet(ruleSetDocument({ rules: [alwaysRule('a', 1, liabilityParams({ disclosure: { en: hostile, 'zh-CN': hostile } }))] })), { locale: 'en' });
  const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

  it.each([
    ['policyToText', () => policyToText(policy())],
    ['policyToMarkdown', () => policyToMarkdown(policy())],
    ['policyToHtml', () => policyToHtml(policy())],
  ])('%s replaces them with U+FFFD', (name, render) => {
    const out = render();
    expect(out).not.toMatch(unsafe);
    expect(out).toContain(name === 'policyToMarkdown' ? '\uFFFD\\[31mnow\uFFFD \uFFFDgnp.exe\uFFFD \uFFFDx\uFFFD' : '\uFFFD[31mnow\uFFFD \uFFFDgnp.exe\uFFFD \uFFFDx\uFFFD');
  });
  it('Markdown has no bare URL, www. or e-mail address GitHub would autolink', () => {
    const out = policyToMarkdown(policy());
    expect(out).not.toMatch(/:\/\/|www\.|@/i);
    expect(out).toContain('https&#58;//evil.example/x or www&#46;evil.example or a&#64;evil.example');
  });
});

describe('14. the CLI text output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const capture = async (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const { Readable } = await import('node:stream');
    const { main } = await import('../../src/cli/main.js');
    const code = await main(argv, { stdin: Readable.from([]), stdout: { write: (chunk: string) => ((stdout += chunk), true) }, stderr: { write: (chunk: string) => ((stderr += chunk), true) } } as never);
    return { code, stdout, stderr };
  };
  const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

  it('decide prints rule texts without ESC, BEL or bidi overrides', async () => {
    const text = 'Return shipping is {returnShipping}. \u001b]0;pwned\u0007 \u202Eevil';
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify(ruleSetDocument({ rules: [alwaysRule('fallback', 1, liabilityParams({ text: { en: text, 'zh-CN': text } }))] })));
    const input = join(dir, 'case.json');
    writeFileSync(input, JSON.stringify(baseCase()));
    const result = await capture(['decide', input, '--rules', rules, '--format', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('\uFFFD]0;pwned\uFFFD \uFFFDevil');
    expect(result.stdout).not.toMatch(unsafe);
  });
  it('check reports hostile keys without their control characters', async () => {
    const rules = join(dir, 'bad.json');
    writeFileSync(rules, JSON.stringify(ruleSetDocument({ ['\u001b[2Jx\u202E']: 1 })));
    const result = await capture(['check', rules]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toMatch(unsafe);
  });
});
