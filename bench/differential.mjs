// `npm run bench -- --differential [--cases=N] [--seed=S]`: the compiled rules against upstream
// json-rules-engine, on N (default 1 000 000) random valid return cases per built-in rule set.
//
// Why through cases and not raw fact sets: the compiled matcher is internal (not exported from
// the built chunks), so the comparison goes through the public decide(). Each case is decided in
// full once — its trace gives the value of every fact the rules name and which rules matched —
// and once with `explain: false` (which stops at the first priority level that matches, a
// different code path); upstream `engine.run()` then runs on those facts. Checked per case and
// rule set:
//   - the engine's matched rules == the trace's `matched` flags (every rule, not just the winner);
//   - the engine's winner (highest priority matched, first in rule-set order on a tie) is the rule
//     of both decisions, with the same code and outcome;
//   - decide() does not throw (the checker proves the built-in sets have no gaps or conflicts).
// Random facts arise from random cases: reasons, findings, tags, item condition and category,
// dates and time zones, seller flags and free shipping, coverage, splits, jurisdiction, channel,
// resolution, prior returns, costs. Distinct fact sets are counted, to show what was covered.
//
// The work is split over one worker thread per core; each worker draws its own seeded cases.

import { Engine } from 'json-rules-engine';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createEvaluator } from '../dist/index.js';
import { toEngineRules } from '../dist/json-rules-engine.js';
import { randomCase, seededRandom } from './cases.mjs';
import { factsOf, matchedIndexes, RULE_SETS, thousands, winnerOf } from './shared.mjs';

const NO_EXPLAIN = Object.freeze({ explain: false });
const PROGRESS_EVERY = 10_000;
const EXAMPLES_KEPT = 3;

/** One worker: `count` cases from `seed`, each under every built-in rule set. */
async function work({ count, seed }) {
  const random = seededRandom(seed);
  const sets = Object.values(RULE_SETS).map((ruleSet) => ({
    ruleSet,
    evaluator: createEvaluator(ruleSet),
    engine: new Engine(toEngineRules(ruleSet), { allowUndefinedFacts: false }),
    cases: 0,
    mismatches: 0,
    examples: [],
    wins: new Array(ruleSet.rules.length).fill(0),
    factSets: new Set(),
    decideMs: 0,
    engineMs: 0,
  }));
  for (let serial = 0; serial < count; serial++) {
    const c = randomCase(random, serial);
    for (const set of sets) {
      set.cases++;
      const problem = (what, details) => {
        set.mismatches++;
        if (set.examples.length < EXAMPLES_KEPT) set.examples.push({ what, case: c, ...details });
      };
      let full;
      let lean;
      const t0 = performance.now();
      try {
        full = set.evaluator.decide(c);
        lean = set.evaluator.decide(c, NO_EXPLAIN);
      } catch (error) {
        problem('decide() threw', { error: `${error.name}: ${error.message}` });
        continue;
      }
      const facts = factsOf(full);
      const t1 = performance.now();
      const matched = matchedIndexes(await set.engine.run(facts));
      const t2 = performance.now();
      set.decideMs += t1 - t0;
      set.engineMs += t2 - t1;

      const traced = [];
      full.trace.forEach((entry, index) => entry.matched && traced.push(index));
      const winner = winnerOf(set.ruleSet, matched);
      const rule = set.ruleSet.rules[winner];
      const expected = rule && { rule: rule.name, code: rule.event.params.code, outcome: rule.event.type === 'liability' ? 'allocated' : 'not_returnable' };
      const decided = (d) => ({ rule: d.rule.name, code: d.code, outcome: d.outcome });
      if (!isDeepStrictEqual(matched, traced)) problem('matched rules differ', { facts, engineMatched: matched, traceMatched: traced });
      else if (!isDeepStrictEqual(decided(full), expected) || !isDeepStrictEqual(decided(lean), expected)) {
        problem('winner differs', { facts, engineWinner: expected, decide: decided(full), explainFalse: decided(lean) });
      }
      if (winner >= 0) set.wins[winner]++;
      set.factSets.add(JSON.stringify(Object.values(facts)));
    }
    if ((serial + 1) % PROGRESS_EVERY === 0) parentPort.postMessage({ type: 'progress', done: PROGRESS_EVERY });
  }
  parentPort.postMessage({
    type: 'done',
    sets: sets.map(({ ruleSet, cases, mismatches, examples, wins, factSets, decideMs, engineMs }) => ({ id: ruleSet.id, cases, mismatches, examples, wins, factSets: [...factSets], decideMs, engineMs })),
  });
}

/** The orchestrator: starts the workers, merges their counts, prints the report, sets the exit code. */
export async function runDifferential({ cases, seed }) {
  const workers = Math.max(1, Math.min(availableParallelism(), cases));
  const upstream = createRequire(import.meta.url)('json-rules-engine/package.json').version;
  console.log(`Differential: compiled rules (decide) vs upstream json-rules-engine ${upstream}`);
  console.log(`${thousands(cases)} random valid cases per built-in rule set, seed ${seed}, ${workers} worker threads\n`);
  const start = performance.now();
  let done = 0;
  let lastReport = start;
  const results = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const count = Math.floor(cases / workers) + (w < cases % workers ? 1 : 0);
      return new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { count, seed: seed * 1_000 + w } });
        worker.on('message', (message) => {
          if (message.type === 'done') return resolve(message.sets);
          done += message.done;
          const now = performance.now();
          if (now - lastReport > 15_000) {
            lastReport = now;
            const rate = done / ((now - start) / 1000);
            process.stderr.write(`  ${thousands(done)} / ${thousands(cases)} cases (${Math.round(rate)} cases/s, ~${Math.round((cases - done) / rate)} s left)\n`);
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => code !== 0 && reject(new Error(`worker ${w} exited with ${code}`)));
      });
    }),
  );
  const seconds = (performance.now() - start) / 1000;

  let failed = false;
  console.log('rule set               cases       mismatches   distinct fact sets   rules won   decide µs/case   engine µs/case');
  for (const id of Object.keys(RULE_SETS)) {
    const parts = results.map((sets) => sets.find((s) => s.id === id));
    const total = (key) => parts.reduce((sum, p) => sum + p[key], 0);
    const wins = RULE_SETS[id].rules.map((_, i) => parts.reduce((sum, p) => sum + p.wins[i], 0));
    const distinct = new Set(parts.flatMap((p) => p.factSets)).size;
    const n = total('cases');
    const mismatches = total('mismatches');
    failed ||= mismatches > 0;
    console.log(
      `${id.padEnd(22)} ${thousands(n).padStart(9)}   ${String(mismatches).padStart(10)} ${mismatches === 0 ? '✓' : '✗'}  ${thousands(distinct).padStart(18)}   ${`${wins.filter((w) => w > 0).length}/${wins.length}`.padStart(9)}` +
        `   ${((total('decideMs') * 1000) / n).toFixed(1).padStart(14)}   ${((total('engineMs') * 1000) / n).toFixed(1).padStart(14)}`,
    );
    const never = RULE_SETS[id].rules.filter((_, i) => wins[i] === 0).map((r) => r.name);
    if (never.length > 0) console.log(`  never won: ${never.join(', ')}`);
    for (const example of parts.flatMap((p) => p.examples).slice(0, EXAMPLES_KEPT)) console.log(`  ✗ ${example.what}: ${JSON.stringify(example)}`);
  }
  console.log(`\n(decide µs/case: decide(c) + decide(c, { explain: false }) + reading the facts; engine µs/case: await engine.run(facts))`);
  console.log(`${thousands(cases * Object.keys(RULE_SETS).length)} comparisons in ${seconds.toFixed(1)} s — ${failed ? '✗ MISMATCHES FOUND' : '✓ no mismatch'}`);
  if (failed) process.exitCode = 1;
}

if (!isMainThread) await work(workerData);
