/**
 * Precompiled rule sets: `return-liability compile` writes a module that, imported, is a rule set the
 * library accepts without validating it again — the same rule set `loadRuleSet` makes of the file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './cli-build.js';

beforeAll(() => ensureBuilt(['dist/cli.js', 'dist/index.js', 'dist/rules.js', 'dist/index.cjs', 'dist/rules.cjs', 'dist/node.js']), 300_000);

const BIN = join(ROOT, 'dist/cli.js');
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

type Library = typeof import('../src/index.js');
const CASES = ['examples/cases/01-quality-defect.json', 'examples/cases/03-changed-mind.json', 'examples/cases/08-remorse-past-window.json'];

describe('return-liability compile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rl-compile-'));

  it('writes an ESM module whose rule set decides exactly as the loaded JSON does, with the same digest', { timeout: 60_000 }, async () => {
    const out = join(dir, 'kitchen-shop.mjs');
    const result = run(['compile', 'examples/rules/kitchen-shop.json', '--out', out, '--import-from', pathToFileURL(join(ROOT, 'dist/rules.js')).href]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(/^wrote .*kitchen-shop\.mjs \(kitchen-shop .*sha-256 [0-9a-f]{64}\)/);
    const text = readFileSync(out, 'utf8');
    // Loads without the validator: it imports trustedRuleSet only.
    expect(text).toMatch(/^\/\/ Generated from kitchen-shop\.json/);
    expect(text).not.toMatch(/loadRuleSet\(/);

    const library = (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)) as Library;
    const compiled = (await import(pathToFileURL(out).href)) as { ruleSet: import('../src/index.js').RuleSet; default: unknown };
    const loaded = library.loadRuleSet(readJson('examples/rules/kitchen-shop.json'));
    expect(compiled.default).toBe(compiled.ruleSet);
    expect(library.isRuleSet(compiled.ruleSet)).toBe(true);
    expect(Object.isFrozen(compiled.ruleSet)).toBe(true);
    expect(Object.isFrozen(compiled.ruleSet.rules[0]?.conditions)).toBe(true);
    expect(compiled.ruleSet.digest).toBe(loaded.digest);
    expect(compiled.ruleSet).toEqual(loaded);
    const fromCompiled = library.createEvaluator(compiled.ruleSet);
    const fromJson = library.createEvaluator(loaded);
    for (const file of CASES) {
      const returnCase = readJson(file);
      expect(fromCompiled.decide(returnCase)).toEqual(fromJson.decide(returnCase));
    }
    expect(library.describePolicy(compiled.ruleSet, { locale: 'en' })).toEqual(library.describePolicy(loaded, { locale: 'en' }));
  });

  it('writes a CommonJS module with --format cjs, with a chosen export name', { timeout: 60_000 }, () => {
    const out = join(dir, 'loyalty.cjs');
    const result = run(['compile', 'examples/rules/loyalty-returns.json', '--out', out, '--format', 'cjs', '--export', 'loyalty', '--import-from', join(ROOT, 'dist/rules.cjs')]);
    expect(result.code).toBe(0);
    const require = createRequire(import.meta.url);
    const library = require(join(ROOT, 'dist/index.cjs')) as Library;
    const compiled = require(out) as { loyalty: import('../src/index.js').RuleSet };
    const loaded = library.loadRuleSet(readJson('examples/rules/loyalty-returns.json'));
    expect(library.isRuleSet(compiled.loyalty)).toBe(true);
    expect(compiled.loyalty.digest).toBe(loaded.digest);
    const returnCase = { ...(readJson('examples/cases/03-changed-mind.json') as object), order: { value: { amount: 12_000, currency: 'USD' } } };
    expect(library.createEvaluator(compiled.loyalty).decide(returnCase)).toEqual(library.createEvaluator(loaded).decide(returnCase));
  });

  it('compiles a built-in id to standard output, importing from return-liability/rules by default', () => {
    const result = run(['compile', 'marketplace-standard', '--out', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('import { trustedRuleSet } from "return-liability/rules";');
    expect(result.stdout).toContain('"id": "marketplace-standard"');
  });

  it('refuses invalid rule files (exit 2, with the JSON path) and bad usage without writing anything', () => {
    const bad = join(dir, 'bad.json');
    const doc = readJson('examples/rules/kitchen-shop.json') as { rules: Array<{ event: { params: { shares?: unknown } } }> };
    const rule = doc.rules.find((r) => r.event.params.shares !== undefined);
    if (rule === undefined) throw new Error('fixture has no liability rule');
    rule.event.params.shares = { seller: 60 };
    writeFileSync(bad, JSON.stringify(doc));
    const out = join(dir, 'bad.mjs');
    const invalid = run(['compile', bad, '--out', out]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/shares must sum to exactly 100/);
    expect(() => readFileSync(out)).toThrow();
    expect(run(['compile', 'examples/rules/kitchen-shop.json']).stderr).toMatch(/compile needs --out/);
    expect(run(['compile', 'examples/rules/kitchen-shop.json', '--out', '-', '--format', 'umd']).code).toBe(2);
    expect(run(['compile', 'examples/rules/kitchen-shop.json', '--out', '-', '--export', 'not-an-identifier']).code).toBe(2);
  });
});
