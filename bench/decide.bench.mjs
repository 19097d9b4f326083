// Median time of one evaluator.decide() from the built library (dist/, what users run) next to one
// raw json-rules-engine engine.run() on the same rules and the same facts:
//   - "upstream": json-rules-engine as published, from node_modules;
//   - "as bundled": the slimmed copy dist/ carries (scripts/slim-rules-engine.mjs), i.e. the engine
//     decide() itself runs — the gap to it is the library's own work (validation, facts, money, text).
// Run with `npm run bench` (it builds first).
import { build } from 'esbuild';
import { Engine as UpstreamEngine } from 'json-rules-engine';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEvaluator } from '../dist/index.js';
import { cnConsumerLaw, euConsumerRights, marketplaceStandard } from '../dist/rules.js';
import { slimRulesEngine } from '../scripts/slim-rules-engine.mjs';

const WARMUP = 3_000;
const SAMPLES = 20_000;
const ROUNDS = 3;
const CASES = ['01-quality-defect', '03-changed-mind', '06-guarantee-limit-below-cost', '08-remorse-past-window'];

const cases = await Promise.all(CASES.map(async (name) => JSON.parse(await readFile(new URL(`../examples/cases/${name}.json`, import.meta.url), 'utf8'))));

// The engine exactly as dist/ bundles it, built into a temporary module.
const directory = await mkdtemp(join(tmpdir(), 'return-liability-bench-'));
const bundled = await build({
  stdin: { contents: "export { Engine } from 'json-rules-engine';", resolveDir: process.cwd(), loader: 'js' },
  bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning', plugins: [slimRulesEngine()],
});
await writeFile(join(directory, 'engine.mjs'), bundled.outputFiles[0].text);
const { Engine: BundledEngine } = await import(pathToFileURL(join(directory, 'engine.mjs')).href);
await rm(directory, { recursive: true, force: true });

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function measure(run) {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const times = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    await run(i);
    times.push((performance.now() - start) * 1000);
  }
  return median(times);
}

/** The rules as decide() hands them to its engine: conditions as written, the event naming the rule. */
const engineRules = (ruleSet) =>
  ruleSet.rules.map((rule, index) => ({ name: rule.name, priority: rule.priority, conditions: structuredClone(rule.conditions), event: { type: rule.event.type, params: { index } } }));

/** The facts decide() hands its engine for a case: every fact the rules name, read off the trace. */
const factsOf = (decision) => Object.fromEntries(decision.trace.flatMap((entry) => entry.conditions.map((c) => [c.fact, c.actual])));

console.log(`decide() from dist/ vs raw engine.run() on the same rules and facts; median µs of ${SAMPLES} calls, best of ${ROUNDS} rounds, ${cases.length} cases\n`);
console.log('rule set               rules  facts   decide()   upstream run   ratio   bundled run   ratio');
for (const ruleSet of [marketplaceStandard, cnConsumerLaw, euConsumerRights]) {
  const evaluator = createEvaluator(ruleSet);
  const facts = await Promise.all(cases.map(async (input) => factsOf(await evaluator.decide(input))));
  const upstream = new UpstreamEngine(engineRules(ruleSet), { allowUndefinedFacts: false });
  const slim = new BundledEngine(engineRules(ruleSet), { allowUndefinedFacts: false });
  const best = { decide: Infinity, upstream: Infinity, bundled: Infinity };
  // Interleaved rounds, so that no side profits from running last.
  for (let round = 0; round < ROUNDS; round++) {
    best.upstream = Math.min(best.upstream, await measure((i) => upstream.run(facts[i % facts.length])));
    best.bundled = Math.min(best.bundled, await measure((i) => slim.run(facts[i % facts.length])));
    best.decide = Math.min(best.decide, await measure((i) => evaluator.decide(cases[i % cases.length])));
  }
  console.log(
    `${ruleSet.id.padEnd(22)} ${String(ruleSet.rules.length).padStart(5)}  ${String(Object.keys(facts[0]).length).padStart(5)}` +
      `   ${best.decide.toFixed(1).padStart(8)}   ${best.upstream.toFixed(1).padStart(12)}   ${(best.decide / best.upstream).toFixed(2).padStart(4)}×` +
      `   ${best.bundled.toFixed(1).padStart(11)}   ${(best.decide / best.bundled).toFixed(2).padStart(4)}×`,
  );
}
console.log('\nbudget: decide() ≤ 1.5× the upstream engine.run()');
