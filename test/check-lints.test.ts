/**
 * Authoring lints of the checker: seller-fault rules that bill the buyer or let an agreement do so,
 * and rule texts that name a payer who pays nothing; `check --calendar`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRuleSet } from '../src/check.js';
import { createCalendar, createEvaluator, loadRuleSet } from '../src/index.js';
import { ensureBuilt, ROOT } from './cli-build.js';

type Doc = Record<string, any>;

function liability(name: string, priority: number, conditions: unknown, params: Record<string, unknown>, text: Record<string, string>) {
  return {
    name,
    priority,
    conditions,
    event: {
      type: 'liability',
      params: { code: name.replace(/-/g, '_'), shares: { seller: 100 }, outbound: 'seller', negotiation: 'seller_may_pay_more', coverage: false, ...params, text, disclosure: { en: `Disclosure of ${name}.`, 'zh-CN': `${name} 的说明。` } },
    },
  };
}

/** A clean two-rule set: a confirmed defect is the seller's, anything else the buyer's. */
function base(): Doc {
  const defect = { all: [{ fact: 'qualityDefect', operator: 'equal', value: true }] };
  return {
    id: 'lint-shop',
    version: '1.0.0',
    title: { en: 'Lint shop', 'zh-CN': '测试店铺' },
    locales: ['en', 'zh-CN'],
    defaultLocale: 'en',
    source: 'test',
    rules: [
      liability('defect', 20, defect, {}, { en: 'The item is defective, so the seller pays the return shipping of {returnShipping}.', 'zh-CN': '商品存在质量问题，退货运费{returnShipping}由卖家承担。' }),
      liability('other', 10, { not: defect }, { shares: { buyer: 100 }, negotiation: 'any' }, {
        en: 'No fault of the seller was found, so the buyer pays {buyerAmount}.',
        'zh-CN': '未发现卖家责任，退货运费由买家承担。',
      }),
    ],
  };
}

const codes = (doc: Doc) => checkRuleSet(loadRuleSet(doc)).findings.map((f) => f.code);

describe('seller-fault lints', () => {
  it('the base rule set is clean', () => {
    expect(checkRuleSet(loadRuleSet(base())).findings.filter((f) => f.code.startsWith('fault') || f.code === 'text_names_non_payer')).toEqual([]);
  });

  it('fault_billed_to_buyer (error): a rule testing a confirmed defect gives the buyer a share', () => {
    const doc = base();
    doc.rules[0].event.params.shares = { seller: 60, buyer: 40 };
    const result = checkRuleSet(loadRuleSet(doc));
    const finding = result.findings.find((f) => f.code === 'fault_billed_to_buyer');
    expect(finding).toMatchObject({ severity: 'error', rules: ['defect'] });
    expect(finding?.message).toMatch(/tests qualityDefect .*buyer 40% in shares/);
    expect(result.ok).toBe(false);
  });

  it('also for replacementShares, and for a stated fault reason the rule does not contradict', () => {
    const doc = base();
    doc.rules[0].event.params.replacementShares = { buyer: 100 };
    expect(codes(doc)).toContain('fault_billed_to_buyer');
    const stated = base();
    stated.rules[0].conditions = { all: [{ fact: 'reason', operator: 'in', value: ['quality_defect', 'wrong_item'] }] };
    stated.rules[1].conditions = { not: stated.rules[0].conditions };
    stated.rules[0].event.params.shares = { buyer: 100 };
    expect(codes(stated)).toContain('fault_billed_to_buyer');
  });

  it('is silent when the rule says inspection found no fault, or only tests a fault inside "not"', () => {
    const doc = base();
    doc.rules.unshift(liability('claimed-not-found', 30, { all: [{ fact: 'reason', operator: 'equal', value: 'quality_defect' }, { fact: 'qualityDefect', operator: 'equal', value: false }] }, { shares: { buyer: 100 }, negotiation: 'any' }, {
      en: 'Inspection found no defect, so the buyer pays {buyerAmount}.',
      'zh-CN': '经检验未发现质量问题，退货运费{buyerAmount}由买家支付。',
    }));
    expect(codes(doc).filter((c) => c.startsWith('fault'))).toEqual([]);
  });

  it('fault_negotiable (warning): a seller-fault rule allows negotiation "any"', () => {
    const doc = base();
    doc.rules[0].event.params.negotiation = 'any';
    const result = checkRuleSet(loadRuleSet(doc));
    expect(result.findings.find((f) => f.code === 'fault_negotiable')).toMatchObject({ severity: 'warning', rules: ['defect'] });
    expect(result.ok).toBe(true);
    // What the lint warns about: an agreed split bills the buyer for the defect.
    const decision = createEvaluator(loadRuleSet(doc)).decide({
      reason: 'quality_defect',
      findings: { qualityDefect: true },
      costs: { returnShipping: { amount: 1000, currency: 'EUR' } },
      dates: { deliveredAt: '2026-01-26', requestedAt: '2026-01-27' },
      negotiatedSplit: { sellerPercent: 50 },
    });
    expect(decision.totals.buyer?.amount).toBe(500);
  });
});

describe('text_names_non_payer', () => {
  it('flags a text that says the seller pays when the rule bills the buyer, per locale, with the example case', () => {
    const doc = base();
    doc.rules[1].event.params.text = { en: 'Returned for your own reasons, so the seller pays {returnShipping}.', 'zh-CN': '未发现卖家责任，退货运费由买家承担。' };
    const result = checkRuleSet(loadRuleSet(doc));
    const findings = result.findings.filter((f) => f.code === 'text_names_non_payer');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', rules: ['other'] });
    expect(findings[0]?.message).toMatch(/"en" text says the seller pays/);
    // The example is a case the rule decides, and there the seller pays nothing.
    const decision = createEvaluator(loadRuleSet(doc)).decide(findings[0]?.example);
    expect(decision.rule.name).toBe('other');
    expect(decision.totals.seller).toBeUndefined();
    expect(decision.totals.buyer?.amount).toBeGreaterThan(0);
  });

  it('reads Chinese party names from the text catalogue, and ignores negated or reported clauses', () => {
    const doc = base();
    doc.rules[1].event.params.text = { en: 'The buyer pays {buyerAmount}.', 'zh-CN': '退货运费由平台支付。' };
    expect(checkRuleSet(loadRuleSet(doc)).findings.find((f) => f.code === 'text_names_non_payer')?.message).toMatch(/"zh-CN" text says the platform pays/);
    const reported = base();
    reported.rules[1].event.params.text = {
      en: 'You were told the seller pays nothing here, so the buyer pays {buyerAmount}.',
      'zh-CN': '卖家未承担责任，退货运费由买家承担。',
    };
    expect(codes(reported)).not.toContain('text_names_non_payer');
  });
});

describe('return-liability check', () => {
  beforeAll(() => ensureBuilt(['dist/cli.js']), 300_000);
  const dir = mkdtempSync(join(tmpdir(), 'rl-check-'));
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('--calendar counts windows with the given holidays (the gap example moves past them)', { timeout: 60_000 }, () => {
    // Only requests inside a 3-working-day window are decided: the gap is "outside the window".
    const doc = base();
    doc.windows = { returns: { days: 3, extendPastHolidays: true } };
    for (const rule of doc.rules) rule.conditions = { all: [rule.conditions, { fact: 'window.returns', operator: 'equal', value: true }] };
    for (const rule of doc.rules) rule.event.params.disclosure = { en: `Within 3 days (${rule.name}).`, 'zh-CN': `三日内（${rule.name}）。` };
    const rules = join(dir, 'windowed.json');
    writeFileSync(rules, JSON.stringify(doc));
    const holidays = { nonWorkingDates: ['2026-01-27', '2026-01-28', '2026-01-29', '2026-01-30', '2026-02-02', '2026-02-03'] };
    const calendarFile = join(dir, 'calendar.json');
    writeFileSync(calendarFile, JSON.stringify(holidays));
    const plain = run(['check', rules, '--format', 'json']);
    const withCalendar = run(['check', rules, '--format', 'json', '--calendar', calendarFile]);
    expect(plain.code).toBe(1);
    expect(withCalendar.code).toBe(1);
    const gapOf = (out: string) => (JSON.parse(out) as Array<{ result: { findings: Array<{ code: string; example: { dates: { requestedAt: string } } }> } }>)[0]?.result.findings.find((f) => f.code === 'gap')?.example;
    const a = gapOf(plain.stdout);
    const b = gapOf(withCalendar.stdout);
    expect(a).toBeDefined();
    expect(b?.dates.requestedAt).not.toBe(a?.dates.requestedAt);
    // The CLI's example is outside the window under that calendar, as checkRuleSet with it says.
    const api = checkRuleSet(loadRuleSet(doc), { calendar: createCalendar(holidays) }).findings.find((f) => f.code === 'gap')?.example;
    expect(b).toEqual(api);
  });

  it('--calendar refuses a malformed calendar file (exit 2, naming the file)', () => {
    const bad = join(dir, 'bad-calendar.json');
    writeFileSync(bad, JSON.stringify({ nonWorkingDates: ['2026-13-45'] }));
    const result = run(['check', 'marketplace-standard', '--calendar', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(bad);
  });
});
