// How long the CLI takes to refuse a 50 MB hostile rule file: 900 rules, each with a 55,000-character
// disclosure (past maxStringLength) and a condition naming an unknown fact, i.e. thousands of issues.
// Run after `npm run build`: node bench/hostile-rule-file.mjs [megabytes]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const megabytes = Number(process.argv[2] ?? 50);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const disclosure = 'x'.repeat(55_000);
const rules = [];
for (let length = 0, index = 0; length < megabytes * 1_000_000; index++) {
  const rule = {
    name: `rule-${index}`,
    priority: 1,
    conditions: { all: [{ fact: `unknown.fact.${index}`, operator: 'equal', value: 1 }, { fact: 'reason', operator: 'nope', value: 'x' }] },
    event: { type: 'return-shipping', params: { payer: 'seller', disclosure: { en: disclosure }, unexpected: true } },
  };
  rules.push(rule);
  length += JSON.stringify(rule).length + 3;
}
const document = { id: 'hostile', version: '1', title: { en: 'Hostile' }, locales: ['en'], defaultLocale: 'en', source: 'bench', rules };
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const file = join(dir, 'big.json');
writeFileSync(file, JSON.stringify(document, null, 1));
const size = statSync(file).size;
try {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, 'check', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const firstLines = (run.stdout + run.stderr).split('\n').slice(0, 3).join('\n');
  console.log(`hostile rule file: ${(size / 1e6).toFixed(1)} MB, ${rules.length} rules; check exited ${run.status} in ${seconds.toFixed(2)} s (target < 2 s)`);
  console.log(firstLines);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
