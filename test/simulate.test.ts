/**
 * simulate at scale, through the built binary: agreement with diffDecisions, shards that merge
 * byte for byte, the same report for every --workers count, per-case JSON Lines and CSV (safe
 * against formula injection), over-long lines, --strict, and summary validation in merge.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEvaluator, loadRuleSet } from '../src/index.js';
import { diffDecisions, snapshotDecisions } from '../src/testing.js';
import { ensureBuilt, ROOT } from './cli-build.js';

const BIN = join(ROOT, 'dist/cli.js');
beforeAll(() => ensureBuilt(['dist/cli.js', 'dist/simulate-worker.js', 'dist/index.js']), 300_000);

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: input ?? '', encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Json = Record<string, any>;
const directory = mkdtempSync(join(tmpdir(), 'return-liability-simulate-'));
const base: Json = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/rules-clean.json'), 'utf8'));
/** rules-clean.json with the buyer-reasons rule splitting the label buyer/seller. */
function split(buyer: number, seller: number): Json {
  const copy: Json = structuredClone(base);
  copy['version'] = `${buyer}.${seller}.0`;
  copy['rules'].find((r: Json) => r['name'] === 'buyer-reasons').event.params.shares = { buyer, seller };
  return copy;
}
const before = split(70, 30);
const after = split(50, 50);
const beforeFile = join(directory, 'rules-70-30.json');
const afterFile = join(directory, 'rules-50-50.json');
writeFileSync(beforeFile, JSON.stringify(before));
writeFileSync(afterFile, JSON.stringify(after));

const REASONS = ['changed_mind', 'does_not_fit', 'quality_defect', 'wrong_item', 'other'];
const dates = { deliveredAt: '2026-03-02', requestedAt: '2026-03-05' };
/** Case k: a reason, a cost in USD or EUR, every seventh a parcel, every thirteenth late. */
function caseAt(k: number): Json {
  const currency = k % 3 === 0 ? 'EUR' : 'USD';
  const cost = { amount: 100 + ((k * 37) % 900), currency };
  if (k % 7 === 0) {
    return { id: `P-${k}`, costs: { returnShipping: cost }, dates, items: [{ id: 'a', reason: REASONS[k % 5], item: { price: { amount: 2000, currency } } }, { id: 'b', reason: 'changed_mind', item: { price: { amount: 1000, currency } } }] };
  }
  return { id: `c-${k}`, reason: REASONS[k % 5], costs: { returnShipping: cost }, dates: k % 13 === 0 ? { deliveredAt: '2026-01-02', requestedAt: '2026-03-05' } : dates };
}
const cases = Array.from({ length: 200 }, (_, index) => caseAt(index + 1));
const casesFile = join(directory, 'cases.jsonl');
/** With blank and invalid lines between the cases. */
const lines = cases.map((c, index) => (index === 40 ? '{"id": "broken",' : index === 90 ? '' : JSON.stringify(c)));
writeFileSync(casesFile, `${lines.join('\n')}\n`);

describe('simulate --compare and diffDecisions agree', () => {
  it('on a policy edit that only moves amounts (70/30 → 50/50)', () => {
    const valid = cases.filter((_, index) => index !== 40 && index !== 90);
    const diff = diffDecisions(snapshotDecisions(createEvaluator(loadRuleSet(before)), valid), snapshotDecisions(createEvaluator(loadRuleSet(after)), valid));
    const result = run(['simulate', casesFile, '--rules', beforeFile, '--compare', afterFile, '--format', 'json', '--workers', '1']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { changed: { count: number; kinds: Record<string, number> } };
    expect(diff.length).toBeGreaterThan(20);
    expect(report.changed.count).toBe(diff.length);
    expect(report.changed.kinds).toMatchObject({ outcome: 0, code: 0, payer: 0, amount: diff.length });
  });

  it('on the same cases and kinds for an edit that changes codes and adds a restocking fee', () => {
    const edited: Json = structuredClone(before);
    edited['version'] = '9.0.0';
    edited['rules'].find((r: Json) => r['name'] === 'seller-fault').event.params.code = 'seller_at_fault';
    edited['rules'].find((r: Json) => r['name'] === 'buyer-reasons').event.params.fees = { restocking: { percent: 10 } };
    const editedFile = join(directory, 'rules-edited.json');
    writeFileSync(editedFile, JSON.stringify(edited));
    const valid = cases.filter((_, index) => index !== 40 && index !== 90);
    const diff = diffDecisions(snapshotDecisions(createEvaluator(loadRuleSet(before)), valid), snapshotDecisions(createEvaluator(loadRuleSet(edited)), valid));
    const result = run(['simulate', casesFile, '--rules', beforeFile, '--compare', editedFile, '--format', 'json', '--workers', '1']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { changed: { count: number; kinds: Record<string, number> } };
    const kinds: Record<string, number> = { outcome: 0, code: 0, payer: 0, amount: 0, refund: 0 };
    for (const d of diff) for (const kind of d.kinds) kinds[kind] = (kinds[kind] ?? 0) + 1;
    expect(kinds['code']).toBeGreaterThan(10);
    expect(kinds['refund']).toBeGreaterThan(5);
    expect(report.changed.count).toBe(diff.length);
    expect(report.changed.kinds).toEqual(kinds);
  });
});

describe('shards and workers', () => {
  const args = ['simulate', casesFile, '--rules', 'marketplace-standard', '--compare', 'fixture-clean-does-not-exist'];
  args[5] = join(ROOT, 'test/fixtures/rules-clean.json');

  it('merging 4 shards gives the unsharded summary byte for byte, in any order', () => {
    const whole = run([...args, '--format', 'json', '--workers', '1']);
    expect(whole.code).toBe(0);
    const files = [0, 1, 2, 3].map((i) => {
      const shard = run([...args, '--format', 'json', '--workers', '1', '--shard', `${i}/4`]);
      expect(shard.code).toBe(0);
      const file = join(directory, `shard-${i}.json`);
      writeFileSync(file, shard.stdout);
      return file;
    });
    const shardCounts = files.map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { casesRead: number }).casesRead);
    expect(shardCounts.every((n) => n > 0 && n < 200)).toBe(true);
    const merged = run(['simulate', 'merge', ...files, '--format', 'json']);
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    expect(merged.stdout).toBe(whole.stdout);
    expect(run(['simulate', 'merge', ...[...files].reverse(), '--format', 'json']).stdout).toBe(whole.stdout);
    expect(run(['simulate', 'merge', ...files]).stdout).toBe(run([...args, '--workers', '1']).stdout);
  }, 60_000);

  it('--workers 1 and --workers 2 give identical reports (JSON and CSV)', () => {
    // Enough lines for several batches per worker.
    const many = join(directory, 'many.jsonl');
    writeFileSync(many, `${Array.from({ length: 3000 }, (_, index) => JSON.stringify(caseAt(index + 1))).join('\n')}\n`);
    const withWorkers = (n: number, format: string) => run(['simulate', many, '--rules', beforeFile, '--compare', afterFile, '--format', format, '--workers', String(n)]);
    const one = withWorkers(1, 'json');
    const two = withWorkers(2, 'json');
    expect(one.code).toBe(0);
    expect(two).toMatchObject({ code: 0, stderr: '' });
    expect(two.stdout).toBe(one.stdout);
    expect((JSON.parse(one.stdout) as { casesRead: number }).casesRead).toBe(3000);
    expect(withWorkers(2, 'csv').stdout).toBe(withWorkers(1, 'csv').stdout);
  }, 60_000);

  it('refuses a bad --shard, and in merge: summaries of another run and unknown formats', () => {
    expect(run([...args, '--shard', '4/4'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--shard must be i/n with 0 ≤ i < n') });
    const summary = JSON.parse(run([...args, '--format', 'json', '--workers', '1']).stdout) as Json;
    const future = join(directory, 'future.json');
    writeFileSync(future, JSON.stringify({ ...summary, format: 2 }));
    expect(run(['simulate', 'merge', future])).toEqual({ code: 2, stdout: '', stderr: `${future}: summary format 2 is not supported; this version of return-liability reads format 1\n` });
    const other = join(directory, 'other.json');
    writeFileSync(other, JSON.stringify({ ...summary, file: 'elsewhere.jsonl' }));
    const same = join(directory, 'same.json');
    writeFileSync(same, JSON.stringify(summary));
    expect(run(['simulate', 'merge', same, other])).toMatchObject({ code: 2, stderr: expect.stringContaining('not a shard of the same run') });
    const notSummary = join(directory, 'not-summary.json');
    writeFileSync(notSummary, '{"cases": []}');
    expect(run(['simulate', 'merge', notSummary])).toMatchObject({ code: 2, stderr: expect.stringContaining('not a simulate summary') });
  }, 30_000);
});

describe('per-case output', () => {
  it('--format jsonl writes one line per input line, in line order, with the changes', () => {
    const result = run(['simulate', casesFile, '--rules', beforeFile, '--compare', afterFile, '--format', 'jsonl', '--workers', '1']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Json);
    expect(rows).toHaveLength(199);
    expect(rows.map((row) => row['line'])).toEqual([...Array.from({ length: 200 }, (_, index) => index + 1)].filter((line) => line !== 91));
    expect(rows[40]).toEqual({ line: 41, invalid: [expect.stringContaining('invalid JSON')] });
    const changed = rows.find((row) => row['caseId'] === 'c-1');
    expect(changed).toMatchObject({ line: 1, kind: 'case', reason: 'does_not_fit', decision: { outcome: 'allocated', code: 'buyer_reasons' }, changes: ['amount'] });
  });

  it('--format csv quotes cells and neutralises formulas (= + - @ tab CR) with a leading quote', () => {
    const hostile = ['=HYPERLINK("http://example.com","x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'plain, "quoted"'];
    const input = hostile.map((id) => JSON.stringify({ id, reason: 'changed_mind', costs: { returnShipping: { amount: 500, currency: 'USD' } }, dates })).join('\n');
    const result = run(['simulate', '-', '--rules', 'marketplace-standard', '--format', 'csv'], input);
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.split('\r\n');
    expect(header).toBe('line,caseId,kind,reason,outcome,code,currency,seller,platform,insurer,carrier,buyer,refund,errors');
    expect(rows.slice(0, hostile.length).map((row) => row.slice(0, row.indexOf(',case,')))).toEqual([
      '1,"\'=HYPERLINK(""http://example.com"",""x"")"',
      "2,'+1",
      "3,'-2",
      "4,'@SUM(A1)",
      `5,"'\tx"`,
      `6,"'\rx"`,
      '7,"plain, ""quoted"""',
    ]);
    expect(rows[0]).toContain(',case,changed_mind,allocated,buyer_reasons,USD,,,,,500,,');
  });
});

describe('input limits', () => {
  it('counts a line over 1 MiB as invalid with its line number, and goes on; --strict then exits 1', () => {
    const good = JSON.stringify(caseAt(1));
    const input = `${good}\n${JSON.stringify({ id: 'x'.repeat(1024 * 1024 + 10) })}\n${good}\n`;
    const result = run(['simulate', '-', '--rules', 'marketplace-standard', '--format', 'json'], input);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(result.stdout) as { casesRead: number; invalid: Json };
    expect(report.casesRead).toBe(3);
    expect(report.invalid).toEqual({ count: 1, first: [{ line: 2, errors: ['line longer than 1048576 bytes (the limit of a line); skipped'] }] });
    expect(run(['simulate', '-', '--rules', 'marketplace-standard', '--strict'], input).code).toBe(1);
    expect(run(['simulate', '-', '--rules', 'marketplace-standard', '--strict'], `${good}\n`).code).toBe(0);
  }, 30_000);

  it('stops with exit 2 and a message, not a stack trace, on input with no line break (/dev/zero)', () => {
    const result = run(['simulate', '/dev/zero', '--rules', 'marketplace-standard']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: '/dev/zero: line 1 has no line break in its first 64 MiB; simulate reads JSON Lines (one case per line, at most 1 MiB each)\n' });
  }, 30_000);
});
