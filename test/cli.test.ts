import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvaluator } from '../src/decide/evaluator.js';
import { describePolicy } from '../src/policy/describe.js';
import { toMerchantReturnPolicy } from '../src/storefront/jsonld.js';
import { policyToHtml, policyToMarkdown, policyToText } from '../src/policy/render.js';
import { main } from '../src/cli/main.js';
import { checkFlags, closest, COMMAND_SPECS, editDistance, synopsis } from '../src/cli/commands.js';
import { cnConsumerLaw, euConsumerRights, marketplaceStandard } from '../src/rules.js';
import { ensureBuilt, ROOT } from './cli-build.js';

const packageJson = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string; bin: Record<string, string> };
const BIN = join(ROOT, packageJson.bin['return-liability'] as string);
const fixture = (name: string) => `test/fixtures/${name}`;

beforeAll(() => ensureBuilt(['dist/cli.js', 'dist/node.js', 'dist/index.js']), 300_000);

/** Runs the built binary like a user would, from the repository root. */
function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const json = (text: string): unknown => JSON.parse(text);

describe('the return-liability binary', () => {
  it('is the package bin: an executable file with a node shebang', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(() => accessSync(BIN, constants.X_OK)).not.toThrow();
    const direct = spawnSync(BIN, ['--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(direct.stdout).toBe(`${packageJson.version}\n`);
  });

  it('prints usage with --help or -h (exit 0) and on a missing or unknown command (exit 2)', () => {
    const help = run(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: return-liability <command>/);
    expect(help.stdout).toContain('marketplace-standard');
    expect(run(['-h']).stdout).toBe(help.stdout);
    expect(run(['help']).stdout).toBe(help.stdout);
    for (const spec of COMMAND_SPECS) expect(help.stdout).toContain(synopsis(spec).replace(/^return-liability /, ''));
    expect(run([])).toEqual({ code: 2, stdout: '', stderr: 'return-liability: missing command (decide, check, policy, simulate, schema or compile)\nRun "return-liability --help" for usage.\n' });
    expect(run(['refund'])).toEqual({ code: 2, stdout: '', stderr: 'return-liability: unknown command "refund"; expected decide, check, policy, simulate, schema or compile\nRun "return-liability --help" for usage.\n' });
  });

  it('prints -v and --version', () => {
    expect(run(['-v'])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    expect(run(['--version']).stdout).toBe(`${packageJson.version}\n`);
  });

  it.each(COMMAND_SPECS.map((spec) => [spec.name, spec] as const))('%s --help lists every flag of its table, and examples that use only those flags', (name, spec) => {
    const words = name.split(' ');
    const help = run([...words, '--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout.startsWith(`Usage: ${synopsis(spec)}\n`)).toBe(true);
    expect(run(['help', ...words]).stdout).toBe(help.stdout);
    expect(run([...words, '-h']).stdout).toBe(help.stdout);
    for (const [flag, { description }] of Object.entries(spec.flags)) {
      expect(help.stdout).toContain(`--${flag}`);
      expect(help.stdout).toContain(description);
    }
    expect(spec.examples.length).toBeGreaterThan(0);
    for (const example of spec.examples) {
      expect(help.stdout).toContain(example);
      const exampleWords = example.split(/\s+/);
      const args = exampleWords.slice(exampleWords.indexOf(words.at(-1) ?? name) + 1).filter((word) => word !== '>' && !word.endsWith('.html') && !word.endsWith('.schema.json'));
      expect(() => checkFlags(spec, args), example).not.toThrow();
    }
  });

  it('suggests the closest command or flag (at most two edits away)', () => {
    expect(run(['decid'])).toMatchObject({ code: 2, stderr: 'return-liability: unknown command "decid"; did you mean decide?\nRun "return-liability --help" for usage.\n' });
    expect(run(['chekc', 'rules/marketplace-standard.json']).stderr).toContain('unknown command "chekc"; did you mean check?');
    expect(run(['decide', fixture('case-remorse.json'), '--rule', 'marketplace-standard'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'return-liability: unknown option --rule for decide; did you mean --rules?\nRun "return-liability --help" for usage.\n',
    });
    expect(run(['policy', '--rules', 'cn-consumer-law', '--fromat=markdown']).stderr).toContain('unknown option --fromat for policy; did you mean --format?');
    expect(run(['simulate', '-', '--rules', 'marketplace-standard', '--no-progres']).stderr).toContain('did you mean --no-progress?');
    // A flag of another command is not a typo of this one's.
    expect(run(['check', 'marketplace-standard', '--rules', 'x']).stderr).toContain('unknown option --rules for check; options of check: --format, --sample-size, --exhaustive-limit, --seed');
    expect(run(['schema', 'case', '--format', 'json']).stderr).toContain('unknown option --format for schema; schema takes no options');
    // After --, everything is an argument.
    expect(run(['schema', '--', '--x']).stderr).toContain('schema takes one of case, rule-set; got "--x"');
  });

  it('rejects unknown options with exit 2', () => {
    const result = run(['decide', fixture('case-remorse.json'), '--rules', 'marketplace-standard', '--colour']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown option --colour for decide; options of decide: --rules, --floor, --calendar, --locale, --format');
  });

  it('measures edits as insertions, deletions and substitutions', () => {
    expect(editDistance('decide', 'decide')).toBe(0);
    expect(editDistance('decid', 'decide')).toBe(1);
    expect(editDistance('chekc', 'check')).toBe(2);
    expect(editDistance('', 'seed')).toBe(4);
    expect(closest('polcy', ['decide', 'policy'])).toBe('policy');
    expect(closest('refund', ['decide', 'check', 'policy', 'simulate', 'schema'])).toBeUndefined();
  });

  it('docs/cli.md shows the synopsis of every command, every flag included', () => {
    const page = readFileSync(`${ROOT}docs/cli.md`, 'utf8');
    for (const spec of COMMAND_SPECS) expect(page).toContain(synopsis(spec));
  });
});

describe('decide', () => {
  it('prints the Decision as JSON, exactly what the library decides', async () => {
    const result = run(['decide', fixture('case-remorse.json'), '--rules', 'marketplace-standard']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const expected = createEvaluator(marketplaceStandard).decide(json(readFileSync(`${ROOT}${fixture('case-remorse.json')}`, 'utf8')));
    expect(json(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('reads standard input for - or no file, and takes --locale', () => {
    const input = readFileSync(`${ROOT}${fixture('case-remorse.json')}`, 'utf8');
    const dash = run(['decide', '-', '--rules', 'marketplace-standard', '--locale', 'zh-CN'], input);
    expect(dash.code).toBe(0);
    expect((json(dash.stdout) as { text: { locale: string } }).text.locale).toBe('zh-CN');
    const none = run(['decide', '--rules', 'marketplace-standard'], input);
    expect((json(none.stdout) as { code: string }).code).toBe('buyer_reasons');
  });

  it('has every language: a rule-set file in pt-BR, ko and ja decides and describes itself in each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-locales-'));
    const texts = { en: 'You pay {buyerAmount}.', 'pt-BR': 'Você paga {buyerAmount}.', ko: '구매자 부담: {buyerAmount}', ja: '購入者負担：{buyerAmount}' };
    const disclosure = { en: 'You pay.', 'pt-BR': 'Você paga.', ko: '구매자 부담', ja: '購入者負担' };
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify({
      id: 'three-languages', version: '1.0.0', title: { en: 'T', 'pt-BR': 'Regras', ko: '규칙', ja: '規則' }, locales: ['en', 'pt-BR', 'ko', 'ja'], defaultLocale: 'en', source: 'test', windows: {},
      rules: [{ name: 'always', priority: 1, conditions: { all: [{ fact: 'returnShippingAmount', operator: 'greaterThanInclusive', value: 0 }] }, event: { type: 'liability', params: { code: 'buyer', shares: { buyer: 100 }, negotiation: 'any', coverage: true, text: texts, disclosure } } }],
    }));
    const input = readFileSync(`${ROOT}${fixture('case-remorse.json')}`, 'utf8');
    const summaries = ['pt-BR', 'ko', 'ja'].map((locale) => {
      const result = run(['decide', '-', '--rules', file, '--locale', locale], input);
      expect(result.stderr).toBe('');
      return (json(result.stdout) as { text: { locale: string; details: string[] } }).text;
    });
    expect(summaries.map((text) => [text.locale, text.details[0]])).toEqual([
      ['pt-BR', expect.stringMatching(/^O comprador paga .+ \(100\s?%\) do frete de devolução\.$/)],
      ['ko', expect.stringMatching(/^반품 배송비 중 구매자 부담분은 .+\(100%\)입니다\.$/)],
      ['ja', expect.stringMatching(/^購入者が返品送料.+（100%）を負担します。$/)],
    ]);
    const policy = run(['policy', '--rules', 'marketplace-standard', '--locale', 'ja']);
    expect(policy).toMatchObject({ code: 0, stderr: '' });
    expect(policy.stdout.trimEnd()).toBe(policyToText(describePolicy(marketplaceStandard, { locale: 'ja' })).trimEnd());
  });

  it('prints a text summary with --format text', async () => {
    const result = run(['decide', fixture('case-remorse.json'), '--rules', 'marketplace-standard', '--format', 'text']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const decision = createEvaluator(marketplaceStandard).decide(json(readFileSync(`${ROOT}${fixture('case-remorse.json')}`, 'utf8')));
    expect(result.stdout).toBe(
      [
        'allocated buyer_reasons (rule buyer-reasons, priority 10; marketplace-standard 1.1.0)',
        decision.text.summary,
        ...decision.text.details.map((detail) => `  ${detail}`),
        'returnShipping $6.90: buyer $6.90 (100%)',
        'totals: buyer $6.90',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['marketplace-standard', marketplaceStandard],
    ['cn-consumer-law', cnConsumerLaw],
    ['eu-consumer-rights', euConsumerRights],
  ])('resolves the built-in id %s', (id, ruleSet) => {
    const result = run(['decide', fixture('case-remorse.json'), '--rules', id]);
    expect(result.code).toBe(0);
    expect((json(result.stdout) as { ruleSet: unknown }).ruleSet).toEqual({ id: ruleSet.id, version: ruleSet.version, digest: ruleSet.digest });
  });

  it('takes a rule-set file', () => {
    const result = run(['decide', fixture('case-remorse.json'), '--rules', fixture('rules-clean.json')]);
    expect(result.code).toBe(0);
    expect((json(result.stdout) as { ruleSet: { id: string } }).ruleSet.id).toBe('fixture-clean');
  });

  it('exits 2 on broken JSON, naming file, line and column', () => {
    expect(run(['decide', fixture('case-broken.json'), '--rules', 'marketplace-standard'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `test/fixtures/case-broken.json:4:3: invalid JSON: expected ',' or '}' after a property value, found "\\""\n`,
    });
    const stdin = run(['decide', '--rules', 'marketplace-standard'], '{"reason": }');
    expect(stdin).toMatchObject({ code: 2, stderr: '<stdin>:1:12: invalid JSON: expected a JSON value, found "}"\n' });
  });

  it('exits 2 on an invalid case, naming file, line and JSON path of each problem', () => {
    expect(run(['decide', fixture('case-invalid.json'), '--rules', 'marketplace-standard'])).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'test/fixtures/case-invalid.json: invalid return case (2 issues):',
        'test/fixtures/case-invalid.json:3:44: costs.returnShipping.amount: expected an integer, got 6.9',
        'test/fixtures/case-invalid.json:1:1: (root): unknown key "colour"',
        '',
      ].join('\n'),
    });
  });

  it('exits 2 on a missing file and on an unknown built-in id', () => {
    expect(run(['decide', 'no-such-case.json', '--rules', 'marketplace-standard'])).toEqual({ code: 2, stdout: '', stderr: 'no-such-case.json: no such file\n' });
    expect(run(['decide', fixture('case-remorse.json'), '--rules', 'eu-consumer-law'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'unknown rule set "eu-consumer-law": no such file, and not a built-in id (built-in: au-consumer-law, br-consumer-code, cn-consumer-law, eu-consumer-rights, jp-specified-commercial-transactions, kr-ecommerce-act, marketplace-standard, uk-consumer-contracts)\n',
    });
    expect(run(['decide', fixture('case-remorse.json'), '--rules', 'rules/missing.json'])).toMatchObject({ code: 2, stderr: 'rules/missing.json: no such file\n' });
  });

  it('exits 2 on an invalid rule-set file, naming line and JSON path', () => {
    const result = run(['decide', fixture('case-remorse.json'), '--rules', fixture('rules-invalid.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'test/fixtures/rules-invalid.json: invalid rule set (2 issues):',
      expect.stringMatching(/^test\/fixtures\/rules-invalid\.json:\d+:\d+: rules\[1\]\.conditions\.any\[0\]\.fact: unknown fact "qualityDefekt"/),
      expect.stringMatching(/^test\/fixtures\/rules-invalid\.json:\d+:\d+: rules\[2\]\.priority: /),
      '',
    ]);
    const text = readFileSync(`${ROOT}${fixture('rules-invalid.json')}`, 'utf8').split('\n');
    const [, line, column] = /:(\d+):(\d+):/.exec(result.stderr.split('\n')[1] ?? '') ?? [];
    expect(text[Number(line) - 1]?.slice(Number(column) - 1)).toMatch(/^"qualityDefekt"/);
  });

  it('exits 1 when no rule decides the case or rules conflict', () => {
    const gap = run(['decide', '--rules', fixture('rules-gap.json')], JSON.stringify({ reason: 'other', costs: { returnShipping: { amount: 1, currency: 'EUR' } }, dates: { deliveredAt: '2026-01-26', requestedAt: '2026-01-27' } }));
    expect(gap).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('<stdin>: Rule set "planted-gap" has no rule matching the case') });
    const conflict = run(['decide', '--rules', fixture('rules-conflict.json')], JSON.stringify({ reason: 'changed_mind', seller: { freeReturns: true }, costs: { returnShipping: { amount: 1, currency: 'EUR' } }, dates: { deliveredAt: '2026-01-26', requestedAt: '2026-01-27' } }));
    expect(conflict).toMatchObject({ code: 1, stderr: expect.stringContaining('rules "seller-free-returns" and "buyer-reasons" all match at priority 10') });
  });

  it('does not wait for a case typed on a terminal: without a file it needs - (exit 2)', async () => {
    let stderr = '';
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const code = await main(['decide', '--rules', 'marketplace-standard'], { stdin, stdout: { write: () => true }, stderr: { write: (chunk: string) => (stderr += chunk) } });
    expect(code).toBe(2);
    expect(stderr).toContain('decide needs a case file, or - to read the case from standard input');
  });

  it('exits 2 without --rules or with a bad --format', () => {
    expect(run(['decide', fixture('case-remorse.json')])).toMatchObject({ code: 2, stderr: expect.stringContaining('decide needs --rules') });
    expect(run(['decide', fixture('case-remorse.json'), '--rules', 'marketplace-standard', '--format', 'yaml'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be one of json, text; got "yaml"'),
    });
  });
});

describe('decide and simulate with --floor and --calendar', () => {
  const defectLate = JSON.stringify({
    reason: 'quality_defect',
    findings: { qualityDefect: true },
    costs: { returnShipping: { amount: 1200, currency: 'CNY' } },
    dates: { deliveredAt: '2025-09-24', requestedAt: '2025-10-20' },
    timeZone: 'Asia/Shanghai',
  });
  const remorse = (requestedAt: string) =>
    JSON.stringify({ reason: 'changed_mind', costs: { returnShipping: { amount: 1200, currency: 'CNY' } }, dates: { deliveredAt: '2025-09-24', requestedAt }, timeZone: 'Asia/Shanghai' });
  const directory = mkdtempSync(join(tmpdir(), 'return-liability-cli-'));
  const calendarFile = join(directory, 'cn-2025.json');
  writeFileSync(calendarFile, JSON.stringify({ nonWorkingDates: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'], workingDates: ['2025-09-28', '2025-10-11'] }));

  it('--floor lets a statute override the policy, as createEvaluator(policy, { floor }) does', () => {
    const plain = run(['decide', '-', '--rules', 'marketplace-standard'], defectLate);
    expect((json(plain.stdout) as { outcome: string }).outcome).toBe('not_returnable');
    const floored = run(['decide', '-', '--rules', 'marketplace-standard', '--floor', 'cn-consumer-law', '--floor', 'eu-consumer-rights'], defectLate);
    expect(floored.code).toBe(0);
    expect(json(floored.stdout)).toMatchObject({ outcome: 'allocated', overriddenBy: { ruleSet: 'cn-consumer-law', rule: 'seller-fault' } });
  });

  it('--calendar moves a last day past the holidays in the file', () => {
    // Day 7 is 1 October 2025: a holiday in the file, so the window runs to Thursday 9 October.
    const withCalendar = run(['decide', '-', '--rules', 'cn-consumer-law', '--calendar', calendarFile], remorse('2025-10-09'));
    expect((json(withCalendar.stdout) as { code: string }).code).not.toBe('past_no_reason_window');
    const without = run(['decide', '-', '--rules', 'cn-consumer-law'], remorse('2025-10-09'));
    expect((json(without.stdout) as { code: string }).code).toBe('past_no_reason_window');
    const simulated = run(['simulate', '-', '--rules', 'cn-consumer-law', '--calendar', calendarFile, '--format', 'json', '--no-progress'], `${remorse('2025-10-09')}\n`);
    expect(simulated.code).toBe(0);
    expect(simulated.stdout).not.toContain('past_no_reason_window');
  });

  it('names the file of a bad calendar or floor (exit 2)', () => {
    const badCalendar = join(directory, 'bad.json');
    writeFileSync(badCalendar, JSON.stringify({ nonWorkingDates: ['2025-02-30'] }));
    const bad = run(['decide', '-', '--rules', 'cn-consumer-law', '--calendar', badCalendar], remorse('2025-10-01'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${badCalendar}: `);
    expect(bad.stderr).toContain('nonWorkingDates[0]');
    const missing = run(['decide', '-', '--rules', 'cn-consumer-law', '--calendar', join(directory, 'nope.json')], remorse('2025-10-01'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
    const unknownFloor = run(['decide', '-', '--rules', 'marketplace-standard', '--floor', 'uk-law'], remorse('2025-10-01'));
    expect(unknownFloor).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown rule set "uk-law"') });
  });
});

describe('check', () => {
  it('exits 1 on a planted gap and prints an example that reproduces it through decide', () => {
    const result = run(['check', fixture('rules-gap.json')]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('test/fixtures/rules-gap.json (planted-gap 1.0.0): 1 error, 0 warnings — 20 cases, every combination');
    expect(lines[1]).toMatch(/^ {2}error gap: No rule decides cases where reason is "other"/);
    const example = /^ {4}example: (.*)$/.exec(lines[2] ?? '')?.[1] ?? '';
    expect(run(['decide', '--rules', fixture('rules-gap.json')], example)).toMatchObject({ code: 1, stderr: expect.stringContaining('has no rule matching') });
  });

  it('exits 1 on a planted conflict, naming both rules', () => {
    const result = run(['check', fixture('rules-conflict.json'), '--format', 'json']);
    expect(result.code).toBe(1);
    const [report] = json(result.stdout) as Array<{ file: string; result: { ok: boolean; findings: Array<{ code: string; rules: string[]; example: unknown }> } }>;
    expect(report?.result.ok).toBe(false);
    expect(report?.result.findings.map((f) => [f.code, f.rules])).toEqual([['conflict', ['seller-free-returns', 'buyer-reasons']]]);
    expect(run(['decide', '--rules', fixture('rules-conflict.json')], JSON.stringify(report?.result.findings[0]?.example)).code).toBe(1);
  });

  it('exits 0 for warnings only, and for clean rule sets given by file or id', () => {
    const shadowed = run(['check', fixture('rules-shadowed.json')]);
    expect(shadowed.code).toBe(0);
    expect(shadowed.stdout).toContain('  warning shadowed: Rule "defect-discount" (priority 20)');
    const clean = run(['check', fixture('rules-clean.json'), 'marketplace-standard']);
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    expect(clean.stdout).toBe(
      'test/fixtures/rules-clean.json (fixture-clean 1.0.0): 0 errors, 0 warnings — 40 cases, every combination\n\n' +
        'marketplace-standard (marketplace-standard 1.1.0): 0 errors, 0 warnings — 11264 cases, every combination\n',
    );
  });

  it('says when it sampled instead of trying every combination', () => {
    const result = run(['check', fixture('rules-every-fact.json'), '--sample-size', '200', '--seed', '3']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('test/fixtures/rules-every-fact.json (every-fact 1.0.0): 0 errors, 0 warnings — 200 sampled cases of 825564856320 combinations, not exhaustive\n');
  });

  it('exits 2 on a missing file, an invalid rule set, bad options or no files', () => {
    expect(run(['check', 'missing.json'])).toEqual({ code: 2, stdout: '', stderr: 'missing.json: no such file\n' });
    expect(run(['check', fixture('rules-invalid.json')])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('rules-invalid.json: invalid rule set (2 issues)') });
    expect(run(['check', 'marketplace-standard', '--sample-size', '0'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--sample-size must be a positive integer; got "0"') });
    expect(run(['check'])).toMatchObject({ code: 2, stderr: expect.stringContaining('check needs at least one rule-set file') });
  });
});

describe('policy', () => {
  it.each([
    ['text', (locale: string) => policyToText(describePolicy(marketplaceStandard, { locale }))],
    ['markdown', (locale: string) => policyToMarkdown(describePolicy(marketplaceStandard, { locale }))],
    ['html', (locale: string) => policyToHtml(describePolicy(marketplaceStandard, { locale }))],
    ['json', (locale: string) => JSON.stringify(describePolicy(marketplaceStandard, { locale }), null, 2)],
  ])('prints the policy as %s, in the requested locale', (format, render) => {
    for (const locale of ['en', 'zh-CN']) {
      const result = run(['policy', '--rules', 'marketplace-standard', '--locale', locale, '--format', format]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout.trimEnd()).toBe(render(locale).trimEnd());
    }
  });

  it('prints text by default and schema.org JSON-LD with --format jsonld', async () => {
    expect(run(['policy', '--rules', 'marketplace-standard']).stdout.trimEnd()).toBe(policyToText(describePolicy(marketplaceStandard)).trimEnd());
    const jsonld = run(['policy', '--rules', 'marketplace-standard', '--format', 'jsonld']);
    expect(json(jsonld.stdout)).toEqual(toMerchantReturnPolicy(marketplaceStandard));
  });

  it('takes --country and --return-shipping with --currency for the JSON-LD', async () => {
    const result = run(['policy', '--rules', 'marketplace-standard', '--format', 'jsonld', '--country', 'US', '--country', 'CA', '--return-shipping', '6.90', '--currency', 'USD']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(json(result.stdout)).toEqual(
      toMerchantReturnPolicy(marketplaceStandard, { applicableCountry: ['US', 'CA'], returnShipping: { amount: 690, currency: 'USD' } }),
    );
    expect(run(['policy', '--rules', 'marketplace-standard', '--format', 'jsonld', '--return-shipping', '6.90'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--return-shipping needs --currency') });
    expect(run(['policy', '--rules', 'marketplace-standard', '--format', 'jsonld', '--return-shipping', '6.905', '--currency', 'USD'])).toMatchObject({ code: 2, stderr: expect.stringContaining('USD has 2 decimal places') });
    expect(run(['policy', '--rules', 'marketplace-standard', '--country', 'US'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--country only applies to --format jsonld') });
  });

  describe('--draft', () => {
    const directory = mkdtempSync(join(tmpdir(), 'return-liability-draft-'));
    const draftFile = (name: string, text: string) => {
      const file = join(directory, name);
      writeFileSync(file, text);
      return file;
    };
    const jsonld = ['policy', '--rules', 'eu-consumer-rights', '--format', 'jsonld', '--country', 'DE'];

    it('reads the JSON-LD draft from a file: what the merchant disclosed, and who buys the label', () => {
      const draft = { seller: { disclosedReturnCosts: true, disclosedWithdrawalRight: true }, labelSource: 'merchant' as const };
      const file = draftFile('disclosed.json', JSON.stringify(draft, null, 2));
      const result = run([...jsonld, '--return-shipping', '5.90', '--currency', 'EUR', '--draft', file]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const expected = toMerchantReturnPolicy(euConsumerRights, { applicableCountry: 'DE', returnShipping: { amount: 590, currency: 'EUR' }, draft });
      expect(json(result.stdout)).toEqual(expected);
      expect(expected).toMatchObject({ merchantReturnDays: 14, returnLabelSource: 'https://schema.org/ReturnLabelDownloadAndPrint' });
      // Without it, the policy of a trader that disclosed nothing.
      expect(json(run(jsonld).stdout)).toMatchObject({ merchantReturnDays: 379, customerRemorseReturnFees: 'https://schema.org/FreeReturn' });
    });

    it('reads the draft from standard input with -', () => {
      const result = run([...jsonld, '--draft', '-'], '{ "labelSource": "buyer" }');
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(json(result.stdout)).toEqual(toMerchantReturnPolicy(euConsumerRights, { applicableCountry: 'DE', draft: { labelSource: 'buyer' } }));
    });

    it('reports draft problems with file, line, column and JSON path (exit 2)', () => {
      const file = draftFile('bad.json', '{\n  "seller": {\n    "free": true\n  },\n  "labelSource": "courier"\n}\n');
      expect(run([...jsonld, '--draft', file])).toEqual({
        code: 2,
        stdout: '',
        stderr: [
          `${file}: invalid return draft (2 issues):`,
          `${file}:5:18: labelSource: expected one of "buyer", "merchant", "platform", got the string "courier"`,
          `${file}:2:13: seller: unknown key "free"`,
          '',
        ].join('\n'),
      });
      const mixed = draftFile('mixed.json', '{\n  "item": { "price": { "amount": 100, "currency": "USD" } }\n}\n');
      expect(run([...jsonld, '--return-shipping', '5.90', '--currency', 'EUR', '--draft', mixed])).toEqual({
        code: 2,
        stdout: '',
        stderr: `${mixed}: invalid return draft (1 issue):\n${mixed}:2:51: item.price.currency: currency USD differs from costs.returnShipping (EUR); all money in one case shares one currency\n`,
      });
    });

    it('refuses what only a real return has, costs, non-objects, invalid JSON and missing files (exit 2)', () => {
      const reason = draftFile('reason.json', '{\n  "reason": "changed_mind"\n}');
      expect(run([...jsonld, '--draft', reason])).toMatchObject({ code: 2, stdout: '', stderr: `${reason}: invalid return draft (1 issue):\n${reason}:2:13: reason: a draft has no reason: quoteReturnCosts decides one representative return per reason\n` });
      const costs = draftFile('costs.json', '{\n  "costs": {}\n}');
      expect(run([...jsonld, '--draft', costs])).toEqual({
        code: 2,
        stdout: '',
        stderr: `${costs}:2:12: costs: not used in a draft; give the return-shipping cost with --return-shipping <decimal> --currency <code>\n`,
      });
      const list = draftFile('list.json', '[]');
      expect(run([...jsonld, '--draft', list])).toMatchObject({ code: 2, stderr: `${list}: expected a JSON object of purchase-time facts (seller, item, labelSource, …), got an array\n` });
      const syntax = draftFile('syntax.json', '{\n  "seller": {,\n}');
      expect(run([...jsonld, '--draft', syntax])).toMatchObject({ code: 2, stderr: `${syntax}:2:14: invalid JSON: expected a double-quoted property name, found ","\n` });
      expect(run([...jsonld, '--draft', join(directory, 'missing.json')])).toMatchObject({ code: 2, stderr: `${join(directory, 'missing.json')}: no such file\n` });
    });

    it('only applies to --format jsonld', () => {
      expect(run(['policy', '--rules', 'eu-consumer-rights', '--draft', draftFile('unused.json', '{}')])).toMatchObject({ code: 2, stderr: expect.stringContaining('--draft only applies to --format jsonld') });
    });
  });

  it('exits 2 without --rules, with a bad format or an unknown rule set', () => {
    expect(run(['policy'])).toMatchObject({ code: 2, stderr: expect.stringContaining('policy needs --rules') });
    expect(run(['policy', '--rules', 'marketplace-standard', '--format', 'pdf'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be one of text, markdown, html, json, jsonld') });
    expect(run(['policy', '--rules', 'no-such-set'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown rule set "no-such-set"') });
  });
});

describe('simulate', () => {
  const cases = fixture('cases.jsonl');

  it('reports cases read, invalid lines (skipped, not fatal), outcomes and totals per party and currency', () => {
    const result = run(['simulate', cases, '--rules', 'marketplace-standard']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      [
        'test/fixtures/cases.jsonl: 6 cases read, 2 invalid lines skipped',
        '  line 4: invalid JSON at column 41: expected a double-quoted property name, found the end of the input',
        '  line 5: costs.returnShipping.amount: expected an integer, got 1.5',
        '',
        'marketplace-standard 1.1.0',
        '  outcomes:',
        '    allocated                3',
        '    not_returnable           1',
        '  codes:',
        '    buyer_reasons            1',
        '    past_dispute_window      1',
        '    seller_fault             1',
        '    seller_free_returns      1',
        '  totals:',
        '    EUR  seller 3.00',
        '    USD  seller 5.00, buyer 7.00',
        '',
      ].join('\n'),
    );
  });

  it('prices the change with --compare: counts per change kind, money per party and currency, top cases; as JSON too', () => {
    const result = run(['simulate', cases, '--rules', 'marketplace-standard', '--compare', fixture('rules-clean.json'), '--format', 'json']);
    expect(result.code).toBe(0);
    const report = json(result.stdout) as { format: number; casesRead: number; invalid: { count: number; first: Array<{ line: number }> }; ruleSets: Array<{ id: string; totals: unknown; outcomes: unknown }>; changed: Record<string, unknown> & { top: Record<string, Array<Record<string, unknown>>> } };
    expect(report.format).toBe(1);
    expect(report.casesRead).toBe(6);
    expect(report.invalid.count).toBe(2);
    expect(report.invalid.first.map((entry) => entry.line)).toEqual([4, 5]);
    expect(report.ruleSets.map((r) => [r.id, r.outcomes, r.totals])).toEqual([
      ['marketplace-standard', { allocated: 3, not_returnable: 1 }, { EUR: { seller: 300 }, USD: { seller: 500, buyer: 700 } }],
      ['fixture-clean', { allocated: 3, not_returnable: 1 }, { EUR: { buyer: 300 }, USD: { seller: 500, buyer: 700 } }],
    ]);
    // Line 6 only changes its rule's code; line 7 moves EUR 3.00 from the seller to the buyer.
    expect(report.changed['count']).toBe(2);
    expect(report.changed['kinds']).toEqual({ outcome: 0, code: 2, payer: 1, amount: 1, refund: 0 });
    expect(report.changed['money']).toEqual({
      EUR: { seller: { before: 300, after: 0, delta: -300 }, buyer: { before: 0, after: 300, delta: 300 } },
      USD: { seller: { before: 500, after: 500, delta: 0 }, buyer: { before: 700, after: 700, delta: 0 } },
    });
    expect(report.changed['byReason']).toEqual({ does_not_fit: { EUR: { seller: -300, buyer: 300 } } });
    expect(report.changed['byCode']).toEqual({ buyer_reasons: { EUR: { seller: -300, buyer: 300 } } });
    expect(report.changed.top['EUR']?.map((entry) => [entry['line'], entry['caseId'], entry['moved'], entry['before'], entry['after']])).toEqual([
      [7, 'free-returns', 300, { outcome: 'allocated', code: 'seller_free_returns', payers: ['seller'] }, { outcome: 'allocated', code: 'buyer_reasons', payers: ['buyer'] }],
    ]);
    const text = run(['simulate', cases, '--rules', 'marketplace-standard', '--compare', fixture('rules-clean.json')]);
    expect(text.stdout).toContain('changed: 2 cases (outcome 0, code 2, payer 1, amount 1, refund 0)\n');
    expect(text.stdout).toContain('    EUR seller    3.00 → 0.00  -3.00\n    EUR buyer     0.00 → 3.00  +3.00\n');
    expect(text.stdout).toContain('    line 7 (free-returns): 3.00 EUR moved; allocated seller_free_returns [seller] → allocated buyer_reasons [buyer]\n');
  });

  it('reads standard input and shows a progress bar on stderr when asked (by default only on a terminal)', () => {
    const input = readFileSync(`${ROOT}${cases}`, 'utf8');
    const quiet = run(['simulate', '-', '--rules', 'marketplace-standard', '--format', 'json'], input);
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
    expect((json(quiet.stdout) as { file: string; casesRead: number }).casesRead).toBe(6);
    const dir = mkdtempSync(join(tmpdir(), 'return-liability-'));
    const many = join(dir, 'many.jsonl');
    const line = input.split('\n')[0] ?? '';
    writeFileSync(many, `${`${line}\n`.repeat(3000)}`);
    const shown = run(['simulate', many, '--rules', 'marketplace-standard', '--progress']);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toMatch(/^\r\[[#.]{30}\] \d+% \d+ cases/);
    expect(shown.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(run(['simulate', many, '--rules', 'marketplace-standard', '--progress', '--no-progress']).stderr).toBe('');
  });

  it('exits 1 when cases are left undecided, and counts them by error code', () => {
    const result = run(['simulate', '-', '--rules', fixture('rules-gap.json'), '--format', 'json'], JSON.stringify({ reason: 'other', costs: { returnShipping: { amount: 1, currency: 'EUR' } }, dates: { deliveredAt: '2026-01-26', requestedAt: '2026-01-27' } }));
    expect(result.code).toBe(1);
    expect((json(result.stdout) as { ruleSets: Array<{ outcomes: unknown }> }).ruleSets[0]?.outcomes).toEqual({ no_rule_matched: 1 });
  });

  it('exits 2 on a missing file, a missing --rules or extra arguments', () => {
    expect(run(['simulate', 'missing.jsonl', '--rules', 'marketplace-standard'])).toEqual({ code: 2, stdout: '', stderr: 'missing.jsonl: no such file\n' });
    expect(run(['simulate', cases])).toMatchObject({ code: 2, stderr: expect.stringContaining('simulate needs --rules') });
    expect(run(['simulate', cases, cases, '--rules', 'marketplace-standard'])).toMatchObject({ code: 2, stderr: expect.stringContaining('simulate takes one JSON Lines file') });
  });
});

describe('parcels (an items array: decided with decideParcel)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'return-liability-parcels-'));
  const dates = { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' };
  const kettle = { id: 'kettle', reason: 'quality_defect', findings: { qualityDefect: true }, item: { price: { amount: 4000, currency: 'USD' } } };
  const mugs = { id: 'mug-set', reason: 'changed_mind', item: { price: { amount: 1000, currency: 'USD' } } };
  const parcel = { id: 'P-1', costs: { returnShipping: { amount: 1000, currency: 'USD' } }, dates, items: [kettle, mugs] };
  const parcelFile = join(directory, 'parcel.json');
  writeFileSync(parcelFile, JSON.stringify(parcel, null, 2));
  /** Late for marketplace-standard (15 days) but a defect for cn-consumer-law, whose floor then decides. */
  const lateParcel = {
    id: 'P-late',
    costs: { returnShipping: { amount: 1200, currency: 'CNY' } },
    dates: { deliveredAt: '2025-09-24', requestedAt: '2025-10-20' },
    timeZone: 'Asia/Shanghai',
    items: [
      { id: 'kettle', reason: 'quality_defect', findings: { qualityDefect: true } },
      { id: 'mug-set', reason: 'changed_mind' },
    ],
  };
  /** marketplace-standard with another label split (and more rules, in en and zh-CN only), as a rule-set file. */
  const withLabelSplit = (labelSplit: string, id = `marketplace-${labelSplit.replace(/_/g, '-')}`, rules: unknown[] = []) => {
    // The rule set in its en and zh-CN texts only, like the rules added here.
    const reviver = (_key: string, value: unknown) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || !('zh-CN' in value)) return value;
      return Object.fromEntries(Object.entries(value).filter(([locale]) => locale === 'en' || locale === 'zh-CN'));
    };
    const document = JSON.parse(readFileSync(`${ROOT}rules/marketplace-standard.json`, 'utf8'), reviver) as Record<string, unknown>;
    document['locales'] = ['en', 'zh-CN'];
    delete document['$schema'];
    document['id'] = id;
    document['parcel'] = { labelSplit, outbound: 'pro_rata' };
    document['rules'] = [...(document['rules'] as unknown[]), ...rules];
    const file = join(directory, `${id}.json`);
    writeFileSync(file, JSON.stringify(document, null, 2));
    return file;
  };
  const byValue = withLabelSplit('by_value');
  const byWeight = withLabelSplit('by_weight');
  /** by_value, and the seller pays half of the label when clothes do not fit. */
  const fitGuarantee = withLabelSplit('by_value', 'fit-guarantee', [
    {
      name: 'fit-guarantee',
      priority: 15,
      conditions: { all: [{ fact: 'reason', operator: 'equal', value: 'does_not_fit' }] },
      event: {
        type: 'liability',
        params: {
          code: 'fit_guarantee',
          shares: { seller: 50, buyer: 50 },
          outbound: 'buyer',
          negotiation: 'seller_may_pay_more',
          coverage: true,
          text: { en: 'Our fit guarantee pays half of the {returnShipping} return shipping.', 'zh-CN': '尺码保障承担一半退货运费（共{returnShipping}）。' },
          disclosure: { en: 'If it does not fit, we pay half of the return shipping.', 'zh-CN': '尺码不合适的，我们承担一半退货运费。' },
        },
      },
    },
    {
      // Another code, the same payer.
      name: 'ordered-by-mistake',
      priority: 12,
      conditions: { all: [{ fact: 'reason', operator: 'equal', value: 'ordered_by_mistake' }] },
      event: {
        type: 'liability',
        params: {
          code: 'ordered_by_mistake',
          shares: { buyer: 100 },
          outbound: 'buyer',
          negotiation: 'seller_may_pay_more',
          coverage: true,
          text: { en: 'Ordered by mistake: the buyer pays the {returnShipping} return shipping.', 'zh-CN': '误购退货，退货运费{returnShipping}由买家承担。' },
          disclosure: { en: 'Ordered by mistake? You pay the return shipping.', 'zh-CN': '误购的，退货运费由您承担。' },
        },
      },
    },
  ]);

  it('decide prints the ParcelDecision as JSON, exactly what decideParcel decides, from a file or standard input', () => {
    const result = run(['decide', parcelFile, '--rules', 'marketplace-standard']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const expected = createEvaluator(marketplaceStandard).decideParcel(parcel);
    expect(json(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(json(result.stdout)).toMatchObject({ caseId: 'P-1', labelSplit: { method: 'seller_fault_carries' }, totals: { seller: { amount: 1000 } } });
    const stdin = run(['decide', '-', '--rules', 'marketplace-standard', '--locale', 'zh-CN'], JSON.stringify(parcel));
    expect(stdin.code).toBe(0);
    expect(json(stdin.stdout)).toEqual(JSON.parse(JSON.stringify(createEvaluator(marketplaceStandard).decideParcel(parcel, { locale: 'zh-CN' }))));
  });

  it('decide --format text shows the label split, the parcel summary, lines and totals, then each item', () => {
    const result = run(['decide', parcelFile, '--rules', 'marketplace-standard', '--format', 'text']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const decision = createEvaluator(marketplaceStandard).decideParcel(parcel);
    expect(result.stdout).toBe(
      [
        'parcel P-1 (marketplace-standard 1.1.0): 2 items',
        'label split seller_fault_carries: kettle $10.00, mug-set $0.00',
        decision.text.summary,
        'returnShipping $10.00: seller $10.00 (100%)',
        'totals: seller $10.00',
        'item kettle: allocated seller_fault (rule seller-fault, priority 100)',
        `  ${decision.items[0]?.text.summary}`,
        '  returnShipping $10.00: seller $10.00 (100%)',
        'item mug-set: allocated buyer_reasons (rule buyer-reasons, priority 10)',
        `  ${decision.items[1]?.text.summary}`,
        '  returnShipping $0.00: buyer $0.00 (100%)',
        '',
      ].join('\n'),
    );
    expect(decision.text.summary).toContain('the whole label ($10.00) goes with it');
    const split = run(['decide', parcelFile, '--rules', byValue, '--format', 'text']);
    expect(split.stdout.split('\n').slice(0, 5)).toEqual([
      'parcel P-1 (marketplace-by-value 1.1.0): 2 items',
      'label split by_value: kettle $8.00, mug-set $2.00',
      expect.stringContaining('shared by the value of the items'),
      'returnShipping $10.00: seller $8.00 (80%), buyer $2.00 (20%)',
      'totals: seller $8.00, buyer $2.00',
    ]);
  });

  it('decide --format text shows a parcel with nothing returnable, and a statutory floor overriding the policy', () => {
    const refused = run(['decide', '-', '--rules', 'marketplace-standard', '--format', 'text'], JSON.stringify(lateParcel));
    expect(refused.code).toBe(0);
    const lines = refused.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['parcel P-late (marketplace-standard 1.1.0): 2 items', 'label split seller_fault_carries: no returnable items']);
    expect(lines).toContain('item kettle: not_returnable past_dispute_window (rule past-dispute-window, priority 200)');
    expect(lines).not.toContainEqual(expect.stringMatching(/^totals:/));
    expect(lines).toContain('warning not_returnable_item: item "kettle" is not returnable (rule "past-dispute-window"); it takes no part of the label');

    const floored = run(['decide', '-', '--rules', 'marketplace-standard', '--floor', 'cn-consumer-law', '--format', 'text'], JSON.stringify(lateParcel));
    expect(floored.code).toBe(0);
    const text = floored.stdout.split('\n');
    expect(text.slice(0, 2)).toEqual(['parcel P-late (cn-consumer-law 1.1.0): 2 items', 'label split seller_fault_carries: kettle CN¥12.00']);
    expect(text).toContain('overridden by cn-consumer-law rule seller-fault');
    expect(text).toContain('item kettle: allocated seller_fault (rule seller-fault, priority 110)');
    expect(text).toContainEqual(expect.stringMatching(/^warning overridden_by_floor: /));
    const asJson = run(['decide', '-', '--rules', 'marketplace-standard', '--floor', 'cn-consumer-law'], JSON.stringify(lateParcel));
    expect(json(asJson.stdout)).toMatchObject({ overriddenBy: { ruleSet: 'cn-consumer-law', rule: 'seller-fault' }, totals: { seller: { amount: 1200, currency: 'CNY' } } });
  });

  it('decide exits 2 on a parcel with an invalid item, naming file, line, column and the item’s path', () => {
    const text = JSON.stringify({ ...parcel, items: [kettle, { id: 'mug-set', reason: 'changed_my_mind' }] }, null, 2);
    const file = join(directory, 'invalid-item.json');
    writeFileSync(file, text);
    const result = run(['decide', file, '--rules', 'marketplace-standard']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    const lines = result.stderr.split('\n');
    expect(lines).toEqual([
      `${file}: invalid return parcel (1 issue):`,
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: items\\[1\\]\\.reason: expected one of "quality_defect", .*got the string "changed_my_mind"$`)),
      '',
    ]);
    const [, line, column] = /:(\d+):(\d+): items/.exec(lines[1] ?? '') ?? [];
    expect(text.split('\n')[Number(line) - 1]?.slice(Number(column) - 1)).toMatch(/^"changed_my_mind"/);
  });

  it('decide exits 2 on other invalid parcels: no items array, duplicate ids, a parcel-level reason, missing weights for a by_weight split', () => {
    const notArray = run(['decide', '-', '--rules', 'marketplace-standard'], JSON.stringify({ ...parcel, items: {} }));
    expect(notArray).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('<stdin>:1:') });
    expect(notArray.stderr).toContain(': items: required; expected an array');
    const duplicate = run(['decide', '-', '--rules', 'marketplace-standard'], JSON.stringify({ ...parcel, reason: 'changed_mind', items: [kettle, { ...mugs, id: 'kettle' }] }));
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toContain('<stdin>: invalid return parcel (2 issues):');
    expect(duplicate.stderr).toContain(': reason: "reason" belongs to each item of a parcel');
    expect(duplicate.stderr).toContain(': items[1].id: item id "kettle" is already used by items[0]');
    const unweighed = run(['decide', parcelFile, '--rules', byWeight]);
    expect(unweighed).toMatchObject({ code: 2, stdout: '' });
    expect(unweighed.stderr).toContain(`${parcelFile}: invalid return parcel (2 issues):`);
    expect(unweighed.stderr).toMatch(/:\d+:\d+: items\[0\]\.weightGrams: the rule set splits the label by weight/);
    expect(unweighed.stderr).toMatch(/:\d+:\d+: items\[1\]\.weightGrams: /);
  });

  it('decide exits 1 when no rule decides an item of the parcel', () => {
    const gap = run(['decide', '-', '--rules', fixture('rules-gap.json')], JSON.stringify({ ...parcel, items: [{ id: 'odd-one', reason: 'other' }] }));
    expect(gap).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('<stdin>: Rule set "planted-gap" has no rule matching') });
    expect(gap.stderr).toContain('odd-one');
  });

  const freeReturns = { ...parcel, id: 'P-free', seller: { freeReturns: true }, items: [{ id: 'shoes', reason: 'does_not_fit' }, { id: 'belt', reason: 'wrong_item' }] };
  const lines = [
    readFileSync(`${ROOT}${fixture('cases.jsonl')}`, 'utf8').trimEnd(),
    JSON.stringify(parcel),
    JSON.stringify(freeReturns),
    JSON.stringify({ ...parcel, id: 'P-bad', items: [kettle, { id: 'mug-set', reason: 'changed_my_mind' }] }),
    JSON.stringify({ ...parcel, id: 'P-same', items: [{ id: 'kettle', reason: 'quality_defect' }, { id: 'toaster', reason: 'wrong_item' }] }),
  ];
  const mixed = join(directory, 'mixed.jsonl');
  writeFileSync(mixed, `${lines.join('\n')}\n`);

  it('simulate decides parcel lines with decideParcel: one line and one outcome each, their items’ codes, their totals with the others', () => {
    const result = run(['simulate', mixed, '--rules', 'marketplace-standard']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n')).toEqual([
      `${mixed}: 10 cases read (4 parcels of 8 items), 3 invalid lines skipped`,
      '  line 4: invalid JSON at column 41: expected a double-quoted property name, found the end of the input',
      '  line 5: costs.returnShipping.amount: expected an integer, got 1.5',
      expect.stringMatching(/^ {2}line 10: items\[1\]\.reason: expected one of .*got the string "changed_my_mind"$/),
      '',
      'marketplace-standard 1.1.0',
      '  outcomes:',
      '    allocated                6',
      '    not_returnable           1',
      '  codes:',
      '    buyer_reasons            2',
      '    past_dispute_window      1',
      '    seller_fault             5',
      '    seller_free_returns      2',
      '  totals:',
      '    EUR  seller 3.00',
      '    USD  seller 35.00, buyer 7.00',
      '',
    ]);
    const report = json(run(['simulate', mixed, '--rules', 'marketplace-standard', '--format', 'json']).stdout) as { casesRead: number; parcels: unknown; ruleSets: Array<{ outcomes: unknown; totals: unknown }> };
    expect(report).toMatchObject({ casesRead: 10, parcels: { count: 4, items: 8 } });
    expect(report.ruleSets[0]?.totals).toEqual({ EUR: { seller: 300 }, USD: { seller: 3500, buyer: 700 } });
  });

  it('simulate counts a parcel with no returnable item as not_returnable, and one no rule decides as failed (exit 1)', () => {
    const refused = run(['simulate', '-', '--rules', 'marketplace-standard', '--format', 'json'], `${JSON.stringify(lateParcel)}\n`);
    expect(refused.code).toBe(0);
    expect((json(refused.stdout) as { ruleSets: Array<{ outcomes: unknown; codes: unknown; totals: unknown }> }).ruleSets[0]).toMatchObject({
      outcomes: { not_returnable: 1 },
      codes: { past_dispute_window: 2 },
      totals: {},
    });
    const gap = run(['simulate', '-', '--rules', fixture('rules-gap.json'), '--format', 'json'], `${JSON.stringify({ ...parcel, items: [{ id: 'odd-one', reason: 'other' }, mugs] })}\n`);
    expect(gap.code).toBe(1);
    expect((json(gap.stdout) as { ruleSets: Array<{ outcomes: unknown; codes: unknown }> }).ruleSets[0]).toMatchObject({ outcomes: { no_rule_matched: 1 }, codes: {} });
  });

  it('simulate --compare compares parcels with compareDecisions: label payers and amounts, items’ outcomes and codes', () => {
    const result = run(['simulate', mixed, '--rules', 'marketplace-standard', '--compare', fixture('rules-clean.json'), '--format', 'json']);
    expect(result.code).toBe(0);
    type Top = { line: number; caseId: string; kind: string; moved: number; before: { payers: string[] }; after: { payers: string[] }; changes: Array<Record<string, unknown>> };
    const report = json(result.stdout) as { changed: { count: number; kinds: unknown; top: Record<string, Top[]> }; ruleSets: Array<{ id: string; outcomes: unknown; totals: unknown }> };
    expect(report.ruleSets.map((r) => [r.id, r.outcomes, r.totals])).toEqual([
      ['marketplace-standard', { allocated: 6, not_returnable: 1 }, { EUR: { seller: 300 }, USD: { seller: 3500, buyer: 700 } }],
      // fixture-clean splits labels by value (equally per unit without prices).
      ['fixture-clean', { allocated: 6, not_returnable: 1 }, { EUR: { buyer: 300 }, USD: { seller: 2800, buyer: 1400 } }],
    ]);
    // Lines 6 (a code), 7 (a case), 8 and 9 (parcels); P-same (line 11) is the seller's under both.
    expect(report.changed.count).toBe(4);
    const usd = report.changed.top['USD'] ?? [];
    expect(usd.map((entry) => [entry.line, entry.caseId, entry.kind, entry.before.payers, entry.after.payers])).toEqual(
      expect.arrayContaining([
        [8, 'P-1', 'parcel', ['seller'], ['seller', 'buyer']],
        [9, 'P-free', 'parcel', ['seller'], ['seller', 'buyer']],
      ]),
    );
    // The buyer now pays USD 7.00 more of the labels; money moved also counts the refunds that change with it.
    expect((report.changed as unknown as { money: Record<string, unknown> }).money['USD']).toEqual({ seller: { before: 3500, after: 2800, delta: -700 }, buyer: { before: 700, after: 1400, delta: 700 } });
    expect(usd.reduce((sum, entry) => sum + entry.moved, 0)).toBeGreaterThanOrEqual(700);
    expect(usd.find((entry) => entry.caseId === 'P-free')?.changes).toContainEqual({ kind: 'code', item: 'shoes', before: 'seller_free_returns', after: 'buyer_reasons' });
    expect(JSON.stringify(report.changed.top)).not.toContain('P-same');
    const text = run(['simulate', mixed, '--rules', 'marketplace-standard', '--compare', fixture('rules-clean.json')]);
    expect(text.stdout).toContain('changed: 4 cases (');
    expect(text.stdout).toMatch(/line 9 \(P-free\): \d+\.\d\d USD moved; allocated seller_fault_carries \[seller\] → allocated equal \[seller\+buyer\]/);
  });

  it('simulate --compare lists a parcel when an item’s share moved, and when only an item’s code changed (a code change)', () => {
    const shoes = { id: 'shoes', reason: 'does_not_fit', item: { price: { amount: 1000, currency: 'USD' } } };
    const input = [
      JSON.stringify({ ...parcel, id: 'P-fit', items: [kettle, mugs, shoes] }),
      // The cable's rule and code change, its payer does not.
      JSON.stringify({ ...parcel, id: 'P-mistake', items: [kettle, { id: 'cable', reason: 'ordered_by_mistake', item: { price: { amount: 1000, currency: 'USD' } } }] }),
    ].join('\n');
    const result = run(['simulate', '-', '--rules', byValue, '--compare', fitGuarantee, '--format', 'json'], input);
    expect(result.code).toBe(0);
    type Top = { caseId: string; changes: Array<{ kind: string; item?: string }> };
    const report = json(result.stdout) as { changed: { count: number; kinds: Record<string, number>; top: Record<string, Top[]> }; ruleSets: Array<{ codes: Record<string, number> }> };
    expect(report.changed.count).toBe(2);
    const codes = report.ruleSets.map((r) => r.codes);
    expect(codes[1]).toMatchObject({ ordered_by_mistake: 1, fit_guarantee: 1 });
    expect(codes[0]).toMatchObject({ buyer_reasons: 3 });
    const entries = Object.values(report.changed.top).flat();
    const fit = entries.find((entry) => entry.caseId === 'P-fit');
    const mistake = entries.find((entry) => entry.caseId === 'P-mistake');
    expect(fit?.changes).toContainEqual(expect.objectContaining({ kind: 'code', item: 'shoes' }));
    expect(mistake?.changes).toEqual([{ kind: 'code', item: 'cable', before: 'buyer_reasons', after: 'ordered_by_mistake' }]);
    expect(report.changed.kinds['code']).toBe(2);
  });

  it('simulate --compare skips a line that only one rule set refuses as invalid, in both tallies', () => {
    const input = [JSON.stringify(parcel), JSON.stringify({ ...parcel, id: 'P-2' })].join('\n');
    const result = run(['simulate', '-', '--rules', 'marketplace-standard', '--compare', byWeight, '--format', 'json'], input);
    expect(result.code).toBe(0);
    const report = json(result.stdout) as { casesRead: number; invalid: { count: number; first: Array<{ line: number; errors: string[] }> }; ruleSets: Array<{ outcomes: unknown; totals: unknown }>; changed: { count: number } };
    expect(report.casesRead).toBe(2);
    expect(report.invalid.count).toBe(2);
    expect(report.invalid.first[0]?.errors).toEqual([expect.stringMatching(/^items\[0\]\.weightGrams: the rule set splits the label by weight/), expect.stringMatching(/^items\[1\]\.weightGrams: /)]);
    expect(report.ruleSets.map((r) => [r.outcomes, r.totals])).toEqual([[{}, {}], [{}, {}]]);
    // A case with an attribute only one rule set declares: invalid under the other, so counted by neither.
    const attributed = JSON.stringify({ reason: 'changed_mind', attributes: { customerTier: 'plus' }, order: { value: { amount: 9000, currency: 'USD' } }, costs: { returnShipping: { amount: 500, currency: 'USD' } }, dates });
    const cases = run(['simulate', '-', '--rules', fixture('rules-declared-gap.json'), '--compare', 'marketplace-standard', '--format', 'json'], `${attributed}\n${JSON.stringify({ ...JSON.parse(attributed), attributes: undefined })}\n`);
    const casesReport = json(cases.stdout) as { invalid: { count: number; first: Array<{ line: number }> }; ruleSets: Array<{ outcomes: Record<string, number> }> };
    expect(casesReport.invalid).toMatchObject({ count: 1, first: [{ line: 1 }] });
    expect(casesReport.ruleSets.map((r) => Object.values(r.outcomes).reduce((a, b) => a + b, 0))).toEqual([1, 1]);
  });
});

describe('schema', () => {
  it.each([
    ['case', 'return-case.schema.json'],
    ['rule-set', 'rule-set.schema.json'],
  ])('prints the %s schema, the same text as schema/%s', (kind, file) => {
    expect(run(['schema', kind])).toEqual({ code: 0, stdout: readFileSync(`${ROOT}schema/${file}`, 'utf8'), stderr: '' });
  });

  it('exits 2 for anything else', () => {
    expect(run(['schema', 'decision'])).toMatchObject({ code: 2, stderr: expect.stringContaining('schema takes one of case, rule-set; got "decision"') });
    expect(run(['schema'])).toMatchObject({ code: 2 });
  });
});

describe('the built package entries', () => {
  it('return-liability/node loads rule sets that the root entry evaluates (shared module instances)', async () => {
    const node = (await import(`${ROOT}dist/node.js`)) as typeof import('../src/node/index.js');
    const root = (await import(`${ROOT}dist/index.js`)) as typeof import('../src/index.js');
    const ruleSet = await node.loadRuleSetFile(`${ROOT}rules/marketplace-standard.json`);
    expect(root.isRuleSet(ruleSet)).toBe(true);
    const decision = await root.createEvaluator(ruleSet).decide(json(readFileSync(`${ROOT}${fixture('case-remorse.json')}`, 'utf8')));
    expect(decision.code).toBe('buyer_reasons');
  });
});
