// Median time of one evaluator.decide() against one raw json-rules-engine engine.run() on the same
// rules and the same facts. Run with `npm run bench`.
import { Engine } from 'json-rules-engine';
import { readFileSync } from 'node:fs';
import { createEvaluator } from '../src/decide/evaluator.js';
import { referencedFacts, toEngineRules } from '../src/decide/engine.js';
import { parseReturnCase } from '../src/case/parse.js';
import { toFacts } from '../src/case/facts.js';
import { weekendCalendar } from '../src/case/windows.js';
import { marketplaceStandard } from '../src/rules.js';

const WARMUP = 2_000;
const SAMPLES = 20_000;

const cases = ['01-quality-defect', '03-changed-mind', '06-guarantee-limit-below-cost', '08-remorse-past-window'].map(
  (name) => JSON.parse(readFileSync(new URL(`../examples/cases/${name}.json`, import.meta.url), 'utf8')) as unknown,
);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function measure(run: (index: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    await run(i);
    times.push((performance.now() - start) * 1000);
  }
  return median(times);
}

const evaluator = createEvaluator(marketplaceStandard);
const engine = new Engine(toEngineRules(marketplaceStandard), { allowUndefinedFacts: false });
const names = referencedFacts(marketplaceStandard);
const allFacts = cases.map((input) => toFacts(parseReturnCase(input), marketplaceStandard.windows, weekendCalendar) as unknown as Record<string, unknown>);
// What decide() hands the engine: the facts the rules name. The raw run gets exactly these too.
const facts = allFacts.map((all) => Object.fromEntries(names.map((name) => [name, all[name]])));

// Interleave the measurements so that no side profits from running last; keep the best round.
const results = { decide: [] as number[], raw: [] as number[], rawAll: [] as number[] };
for (let round = 0; round < 3; round++) {
  results.raw.push(await measure((i) => engine.run(facts[i % facts.length])));
  results.rawAll.push(await measure((i) => engine.run(allFacts[i % allFacts.length])));
  results.decide.push(await measure((i) => evaluator.decide(cases[i % cases.length])));
}
const best = (values: number[]) => Math.min(...values);
const decideMedian = best(results.decide);
const rawMedian = best(results.raw);
console.log(`rule set: ${marketplaceStandard.id} (${marketplaceStandard.rules.length} rules, ${names.length} facts named), ${cases.length} cases, ${SAMPLES} samples per run, best of 3 runs`);
console.log(`decide()                          median ${decideMedian.toFixed(1)} µs`);
console.log(`raw engine.run(), same facts      median ${rawMedian.toFixed(1)} µs`);
console.log(`raw engine.run(), all case facts  median ${best(results.rawAll).toFixed(1)} µs`);
console.log(`ratio decide / raw (same facts)   ${(decideMedian / rawMedian).toFixed(2)}× (budget 1.5×)`);
