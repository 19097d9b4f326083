/**
 * What the built package contains: json-rules-engine is the reference for what a rule means, but
 * only the reference entry imports it, from the user's node_modules; no copy ships in dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './cli-build.js';

const ENTRY_FILES = ['index', 'rules', 'testing', 'policy', 'check', 'node', 'json-rules-engine'].flatMap((name) => [`dist/${name}.js`, `dist/${name}.cjs`]);

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
