/**
 * The slim json-rules-engine that dist/ and browser bundles carry (scripts/slim-rules-engine.mjs):
 * its stand-ins behave as the engine needs, and a bundle built with them decides every example
 * case exactly as the sources with the full engine do.
 */
import { build } from 'esbuild';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES_ENGINE_SHIMS, slimRulesEngine } from '../scripts/slim-rules-engine.mjs';
import { createEvaluator } from '../src/decide/evaluator.js';
import EventEmitter from '../src/internal/shims/event-emitter.js';
import hash from '../src/internal/shims/hash-it.js';
import clone from '../src/internal/shims/clone.js';
import { JSONPath } from '../src/internal/shims/jsonpath.js';
import { isRuleSet, type RuleSet } from '../src/rule-set/load.js';
import * as builtIns from '../src/rules.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('stand-ins', () => {
  /** How json-rules-engine subclasses it: an ES5 constructor called with `this`, no `new`. */
  function Subclass(this: object) {
    (EventEmitter as unknown as (this: object) => void).call(this);
  }
  Subclass.prototype = Object.create(EventEmitter.prototype);

  it('EventEmitter: on, emit, emitAsync and off, as json-rules-engine uses them', async () => {
    const emitter = new (Subclass as unknown as new () => Record<string, (...args: unknown[]) => unknown>)();
    const calls: unknown[] = [];
    const listener = (...args: unknown[]) => {
      calls.push(args);
      return Promise.resolve(args.length);
    };
    expect(emitter['on']?.('success', listener)).toBe(emitter);
    expect(await emitter['emitAsync']?.('success', 'event', 'almanac')).toEqual([2]);
    expect(emitter['emit']?.('success', 'again')).toBe(true);
    expect(await emitter['emitAsync']?.('failure', 'event')).toEqual([]);
    emitter['off']?.('success', listener);
    expect(emitter['emit']?.('success')).toBe(false);
    expect(calls).toEqual([['event', 'almanac'], ['again']]);
  });

  it('hash-it: the same key for the same fact, as json-rules-engine builds it ({ params, id }), different keys otherwise', () => {
    expect(hash({ params: {}, id: 'reason' })).toBe(hash({ params: {}, id: 'reason' }));
    expect(hash({ params: {}, id: 'reason' })).not.toBe(hash({ params: {}, id: 'channel' }));
    expect(hash({ params: {}, id: 'priorReturns' })).not.toBe(hash({ params: {}, id: 'priorreturns' }));
    expect(hash({ params: { a: 1 }, id: 'x' })).not.toBe(hash({ params: { a: 2 }, id: 'x' }));
  });

  it('clone: a deep copy that keeps prototypes, like the condition objects json-rules-engine copies', () => {
    class Node {
      constructor(readonly fact: string, readonly all?: Node[]) {}
      describe(): string {
        return this.fact;
      }
    }
    const tree = new Node('root', [new Node('reason'), new Node('daysSinceDelivery')]);
    const copy = clone(tree);
    expect(copy).toEqual(tree);
    expect(copy).not.toBe(tree);
    expect(copy.all?.[0]).not.toBe(tree.all?.[0]);
    expect(copy.all?.[1]).toBeInstanceOf(Node);
    expect(copy.all?.[1]?.describe()).toBe('daysSinceDelivery');
    const event = { type: 'liability', params: { index: 2, tags: ['a'] } };
    expect(clone(event)).toEqual(event);
    expect(clone(event).params.tags).not.toBe(event.params.tags);
    expect(clone(null)).toBeNull();
    expect(clone(7)).toBe(7);
  });

  it('jsonpath-plus: refuses, since rule sets cannot use `path`', () => {
    expect(() => JSONPath()).toThrow('JSONPath "path" conditions are not supported');
  });
});

describe('a bundle with the slim engine', () => {
  let directory: string | undefined;
  afterAll(async () => {
    if (directory !== undefined) await rm(directory, { recursive: true, force: true });
  });

  it('leaves out the replaced packages and decides every example case as the sources do', async () => {
    directory = await mkdtemp(join(tmpdir(), 'slim-engine-'));
    const outfile = join(directory, 'bundle.mjs');
    const result = await build({
      absWorkingDir: root,
      stdin: { contents: "export { createEvaluator } from './src/index.ts'; export * from './src/rules.ts';", resolveDir: root, loader: 'ts' },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
      plugins: [slimRulesEngine()],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => /node_modules[\\/](jsonpath-plus|eventemitter2|hash-it)[\\/]/.test(input))).toEqual([]);
    expect(inputs.some((input) => /node_modules[\\/]json-rules-engine[\\/]/.test(input))).toBe(true);
    for (const shim of Object.values(RULES_ENGINE_SHIMS)) expect(inputs.map((input) => join(root, input))).toContain(shim);

    const bundled = (await import(pathToFileURL(outfile).href)) as typeof builtIns & { createEvaluator: typeof createEvaluator };
    const casesDirectory = join(root, 'examples', 'cases');
    const cases = await Promise.all((await readdir(casesDirectory)).filter((file) => file.endsWith('.json')).map(async (file) => JSON.parse(await readFile(join(casesDirectory, file), 'utf8')) as unknown));
    expect(cases.length).toBeGreaterThan(0);

    const names = Object.keys(builtIns).filter((name) => isRuleSet((builtIns as Record<string, unknown>)[name]));
    let decided = 0;
    for (const name of names) {
      const source = createEvaluator((builtIns as Record<string, RuleSet>)[name] as RuleSet);
      const slim = bundled.createEvaluator((bundled as unknown as Record<string, RuleSet>)[name] as RuleSet);
      for (const input of cases) {
        const [expected, actual] = await Promise.all([source.safeDecide(input), slim.safeDecide(input)]);
        const comparable = (outcome: typeof expected) => (outcome.ok ? outcome.decision : { code: outcome.error.code, message: outcome.error.message });
        expect(comparable(actual)).toEqual(comparable(expected));
        if (expected.ok) decided++;
      }
    }
    // Most example cases decide under every rule set; the comparison is not of errors alone.
    expect(decided).toBeGreaterThan(cases.length * (names.length - 1));
  }, 30_000);
});
