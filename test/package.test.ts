/**
 * What the built package contains: json-rules-engine is the reference for what a rule means, but
 * only the reference entry imports it, from the user's node_modules; no copy ships in dist/.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './cli-build.js';

const LOCALE_ENTRIES = ['locales/pt-BR', 'locales/ko', 'locales/ja'];
const ENTRY_FILES = ['index', 'rules', 'testing', 'policy', 'check', 'node', 'json-rules-engine', ...LOCALE_ENTRIES].flatMap((name) => [`dist/${name}.js`, `dist/${name}.cjs`]);

/** Identifiers only json-rules-engine's own code has (its rule evaluation, almanac and fact priority). */
const ENGINE_CODE = /prioritizeConditions|class Almanac|factValue\(|addRuntimeFact|engine-default-operators/;
/** How built code imports json-rules-engine. */
const ENGINE_IMPORT = /from ['"]json-rules-engine['"]|require\(['"]json-rules-engine['"]\)/;

describe('dist/', () => {
  ensureBuilt([...ENTRY_FILES, 'dist/cli.js']);
  const code = readdirSync(`${ROOT}dist`)
    .filter((file) => /\.(c?js)$/.test(file))
    .map((file) => ({ file, text: readFileSync(`${ROOT}dist/${file}`, 'utf8') }));

  it('contains no json-rules-engine code, and only the reference entry imports it', () => {
    expect(code.length).toBeGreaterThan(ENTRY_FILES.length);
    for (const { file, text } of code) {
      expect(ENGINE_CODE.test(text), file).toBe(false);
      expect(ENGINE_IMPORT.test(text), file).toBe(file.startsWith('json-rules-engine.'));
    }
  }, 120_000);

  it('declares json-rules-engine an optional peer dependency, and needs no engine at run time', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as Record<string, Record<string, unknown>>;
    expect(pkg['dependencies']).not.toHaveProperty('json-rules-engine');
    expect(pkg['peerDependencies']).toHaveProperty('json-rules-engine');
    expect(pkg['peerDependenciesMeta']).toEqual({ 'json-rules-engine': { optional: true } });
    expect(Object.keys(pkg['exports'] ?? {})).toContain('./json-rules-engine');
  });
});

/** The files `npm pack` would put in the tarball, with their sizes. */
function packedFiles(): Array<{ path: string; size: number }> {
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  return (JSON.parse(pack.stdout) as Array<{ files: Array<{ path: string; size: number }> }>)[0]?.files ?? [];
}

describe('the package', () => {
  ensureBuilt(['dist/index.js', 'dist/cli.js']);

  it('ships LICENSE, SECURITY.md, CHANGELOG.md, the rule files and the schemas; source maps are at most half of it', () => {
    const files = packedFiles();
    const paths = files.map((file) => file.path);
    for (const path of ['LICENSE', 'SECURITY.md', 'CHANGELOG.md', 'README.md', 'package.json', 'rules/marketplace-standard.json', 'schema/rule-set.schema.json', 'dist/cli.js']) {
      expect(paths).toContain(path);
    }
    const total = files.reduce((sum, file) => sum + file.size, 0);
    const maps = files.filter((file) => file.path.endsWith('.map')).reduce((sum, file) => sum + file.size, 0);
    expect(maps).toBeGreaterThan(0);
    expect(maps / total).toBeLessThanOrEqual(0.5);
  }, 60_000);

  it('resolves the JSON Schemas and rule files through "exports", from require and import', async () => {
    const require = createRequire(`${ROOT}package.json`);
    expect(require.resolve('return-liability/schema/rule-set.schema.json')).toBe(`${ROOT}schema/rule-set.schema.json`);
    expect(require.resolve('return-liability/schema/return-case.schema.json')).toBe(`${ROOT}schema/return-case.schema.json`);
    expect(require.resolve('return-liability/rules/cn-consumer-law.json')).toBe(`${ROOT}rules/cn-consumer-law.json`);
    const schema = require('return-liability/schema/rule-set.schema.json') as { properties: object };
    expect(schema.properties).toHaveProperty('rules');
    // A subpath that is not exported stays private.
    expect(() => require.resolve('return-liability/src/index.ts')).toThrow(/is not defined by "exports"/);
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('return-liability/rules/eu-consumer-rights.json'))"], { cwd: ROOT, encoding: 'utf8' });
    expect(child.stdout.trim()).toBe(pathToFileURL(`${ROOT}rules/eu-consumer-rights.json`).href);
  });

  it('maps every subpath for TypeScript resolvers that ignore "exports" (typesVersions)', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { exports: Record<string, unknown>; typesVersions: Record<string, Record<string, string[]>> };
    const subpaths = Object.keys(pkg.exports).filter((key) => key !== '.' && !key.includes('*') && !key.endsWith('.json')).map((key) => key.slice(2));
    expect(Object.keys(pkg.typesVersions['*'] ?? {}).sort()).toEqual(subpaths.sort());
    for (const [subpath, [target]] of Object.entries(pkg.typesVersions['*'] ?? {})) {
      expect(target, subpath).toBe(`./dist/${subpath}.d.ts`);
      expect(() => statSync(`${ROOT}${target}`)).not.toThrow();
    }
  });

  it('dist/cli.js imports the chunks the library entries import, instead of a copy of the decision code', () => {
    const cli = readFileSync(`${ROOT}dist/cli.js`, 'utf8');
    const index = readFileSync(`${ROOT}dist/index.js`, 'utf8');
    const evaluatorChunk = readdirSync(`${ROOT}dist`).filter((file) => file.endsWith('.js') && /function createEvaluator\(/.test(readFileSync(`${ROOT}dist/${file}`, 'utf8')));
    expect(evaluatorChunk).toHaveLength(1);
    const [chunk] = evaluatorChunk;
    expect(chunk).toMatch(/^chunk-/);
    expect(cli).toContain(`from './${chunk}'`);
    expect(index).toContain(`from './${chunk}'`);
    expect(cli).not.toMatch(/function createEvaluator\(|function decide\(/);
    expect(Buffer.byteLength(cli)).toBeLessThan(80_000);
  });
});

describe('the locale entries in dist/', () => {
  ensureBuilt([...ENTRY_FILES, 'dist/cli.js']);
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { exports: Record<string, unknown>; sideEffects: unknown };

  it('are exported for import and require, and are the only files with side effects', () => {
    for (const entry of LOCALE_ENTRIES) {
      expect(pkg.exports[`./${entry}`]).toEqual({
        import: { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` },
        require: { types: `./dist/${entry}.d.cts`, default: `./dist/${entry}.cjs` },
      });
    }
    // The sources too, for bundlers that build from src/ (the storefront example, npm run size).
    expect(pkg.sideEffects).toEqual([...LOCALE_ENTRIES.flatMap((entry) => [`./dist/${entry}.js`, `./dist/${entry}.cjs`]), ...LOCALE_ENTRIES.map((entry) => `./src/${entry}.ts`)]);
  });

  it('register their locale in the entry file itself, not in a shared chunk a bundler may drop', () => {
    for (const file of ENTRY_FILES.filter((file) => file.startsWith('dist/locales/'))) {
      expect(readFileSync(`${ROOT}${file}`, 'utf8'), file).toMatch(/registerLocale\)?\(/);
    }
  });

  // A rule set in Korean loads once the entry is imported, in either module format (each has its own catalogues).
  const program = (format: 'esm' | 'cjs') => {
    const document = "{ id: 'k', version: '1.0.0', title: { en: 'T', ko: '규칙' }, locales: ['en', 'ko'], defaultLocale: 'ko', source: 's', windows: {}, rules: [{ name: 'r', priority: 1, conditions: { all: [{ fact: 'returnShippingAmount', operator: 'greaterThanInclusive', value: 0 }] }, event: { type: 'liability', params: { code: 'c', shares: { buyer: 100 }, negotiation: 'any', coverage: true, text: { en: 'x', ko: '구매자 부담' }, disclosure: { en: 'x', ko: '구매자 부담' } } } }] }";
    const decide = `const decision = rl.createEvaluator(rl.loadRuleSet(${document})).decide({ reason: 'changed_mind', costs: { returnShipping: { amount: 3000, currency: 'KRW' } }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-06' } }); console.log(decision.text.details[0]);`;
    return format === 'esm'
      ? `await import('return-liability/locales/ko'); const rl = await import('return-liability'); ${decide}`
      : `require('return-liability/locales/ko'); const rl = require('return-liability'); ${decide}`;
  };
  it.each(['esm', 'cjs'] as const)('work through the package name (%s)', (format) => {
    const args = format === 'esm' ? ['--input-type=module', '-e', program(format)] : ['-e', program(format)];
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('반품 배송비 중 구매자 부담분은 ₩3,000(100%)입니다.');
  }, 30_000);

  it('without the entry, a Korean rule set is refused with the import to add', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', program('esm').replace("await import('return-liability/locales/ko'); ", '')], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("import 'return-liability/locales/ko'");
  }, 30_000);
});
