// Timing of one rule set, run by decide.bench.mjs in a fresh node process per rule set:
//   node bench/timing.mjs <rule-set-id> <seed>
// Progress goes to stderr; the result is one JSON line on stdout.
//
// Why a process per rule set: decide() is one code path for every rule set. Timed in one process,
// the second and third rule sets would run on code the JIT had specialised for the first (and
// then deoptimised), and on the first one's heap. A fresh process gives each set the same start.
//
// Sides timed, each on the SAME pool of generated cases in the same order:
//   decide        evaluator.decide(case)                       — validation, facts, rules, money, text, trace
//   explainFalse  evaluator.decide(case, { explain: false })   — the same without text and trace
//   parse         parseReturnCase(case)                        — validation alone (for reading the others)
//   engine        await engine.run(facts)                      — upstream json-rules-engine on the same
//                                                                rules and the facts decide() used
//   reference     decideMarketplaceStandard(case)             — hand-written (marketplace-standard only)
//
// How: a sample is one batch of consecutive calls (sized to take ~200 µs, so the clock's own cost
// and resolution do not matter), its time divided by the batch size; a measurement runs whole
// passes over the pool until its time budget is spent (so every side sees exactly the same case
// mix) and takes the median of its samples (robust to GC pauses and to other load on the box).
// After a warm-up of every side, three rounds measure every side once each, in an order rotated
// each round so that no side always runs first or last; each side keeps its best round median.

import { Engine } from 'json-rules-engine';
import { isDeepStrictEqual } from 'node:util';
import { readdirSync, readFileSync } from 'node:fs';
import { createEvaluator, parseReturnCase } from '../dist/index.js';
import { toEngineRules } from '../dist/json-rules-engine.js';
import { generateCases } from './cases.mjs';
import { decideMarketplaceStandard } from './marketplace-standard.reference.mjs';
import { factsOf, matchedIndexes, median, RULE_SETS, thousands, winnerOf } from './shared.mjs';

const POOL = 2_000; // cases each side is timed on
const CHECKED = 20_000; // cases the hand-written reference must agree with decide() on
const ROUNDS = 3;
const BUDGET_MS = 300; // per side per round
const BATCH_TARGET_US = 200;
const NO_EXPLAIN = Object.freeze({ explain: false });

const [id, seedText] = process.argv.slice(2);
const ruleSet = RULE_SETS[id];
if (ruleSet === undefined) throw new Error(`unknown rule set ${id}`);
const seed = Number(seedText ?? 1);
const isMarketplace = id === 'marketplace-standard';
const log = (message) => process.stderr.write(`  [${id}] ${message}\n`);

const fail = (message, details) => {
  process.stderr.write(`\n✗ ${id}: ${message}\n`);
  for (const [label, value] of Object.entries(details)) process.stderr.write(`  ${label}: ${JSON.stringify(value)}\n`);
  process.exit(1);
};

const evaluator = createEvaluator(ruleSet);
const engine = new Engine(toEngineRules(ruleSet), { allowUndefinedFacts: false });

// --- The cases -------------------------------------------------------------------------------
const generated = generateCases(isMarketplace ? CHECKED : POOL, seed);
if (generated.refused > 0) fail(`the case generator produced ${generated.refused} invalid cases (bench/cases.mjs is wrong)`, { case: generated.firstRefusal.case, error: generated.firstRefusal.error.message });
const pool = generated.cases.slice(0, POOL);

// --- Hand-written reference: equal to decide(…, { explain: false }) before it is timed ---------
let checked = 0;
if (isMarketplace) {
  const examples = readdirSync(new URL('../examples/cases/', import.meta.url))
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(new URL(`../examples/cases/${name}`, import.meta.url), 'utf8')));
  for (const c of [...examples, ...generated.cases]) {
    const d = evaluator.decide(c, NO_EXPLAIN);
    const expected = { outcome: d.outcome, code: d.code, rule: d.rule, lines: d.lines, totals: d.totals };
    const actual = decideMarketplaceStandard(c);
    if (!isDeepStrictEqual(actual, expected)) fail('the hand-written reference differs from decide(…, { explain: false })', { case: c, 'decide()': expected, reference: actual });
    checked++;
  }
  log(`hand-written reference equals decide(…, { explain: false }) on ${thousands(checked)} cases`);
}

// --- Facts for the engine, off each case's full decision; and a first agreement check ----------
const facts = [];
for (const c of pool) {
  const decision = evaluator.decide(c);
  const f = factsOf(decision);
  const run = await engine.run(f);
  const matched = matchedIndexes(run);
  const traced = decision.trace.flatMap((entry, index) => (entry.matched ? [index] : []));
  const winner = ruleSet.rules[winnerOf(ruleSet, matched)]?.name;
  if (!isDeepStrictEqual(matched, traced) || winner !== decision.rule.name) fail('engine.run() and decide() disagree', { case: c, facts: f, engineMatched: matched, traceMatched: traced, engineWinner: winner, decided: decision.rule.name });
  facts.push(f);
}

// --- Timing ------------------------------------------------------------------------------------
let blackhole; // results go here, so no call can be optimised away

function measureSync(call, batch, budgetMs) {
  const samples = [];
  const until = performance.now() + budgetMs;
  do {
    for (let start = 0; start < POOL; start += batch) {
      const end = start + batch;
      const t0 = performance.now();
      for (let i = start; i < end; i++) blackhole = call(i);
      samples.push(((performance.now() - t0) * 1000) / batch);
    }
  } while (performance.now() < until);
  return median(samples);
}

async function measureAsync(call, batch, budgetMs) {
  const samples = [];
  const until = performance.now() + budgetMs;
  do {
    for (let start = 0; start < POOL; start += batch) {
      const end = start + batch;
      const t0 = performance.now();
      for (let i = start; i < end; i++) blackhole = await call(i);
      samples.push(((performance.now() - t0) * 1000) / batch);
    }
  } while (performance.now() < until);
  return median(samples);
}

const sides = [
  { key: 'decide', call: (i) => evaluator.decide(pool[i]) },
  { key: 'explainFalse', call: (i) => evaluator.decide(pool[i], NO_EXPLAIN) },
  { key: 'parse', call: (i) => parseReturnCase(pool[i]) },
  { key: 'engine', async: true, call: (i) => engine.run(facts[i]) },
  ...(isMarketplace ? [{ key: 'reference', call: (i) => decideMarketplaceStandard(pool[i]) }] : []),
];

// Warm-up: two passes over the pool per side; then a third, whose mean time per call sizes the
// batches (a divisor of the pool size, so every pass is whole batches).
const divisors = Array.from({ length: POOL }, (_, i) => i + 1).filter((d) => POOL % d === 0);
for (const side of sides) {
  const measure = side.async ? measureAsync : measureSync;
  await measure(side.call, POOL, 0);
  await measure(side.call, POOL, 0);
  const perCall = await measure(side.call, POOL, 0); // one batch of the whole pool: its mean
  side.batch = divisors.reduce((best, d) => (Math.abs(Math.log(d * perCall / BATCH_TARGET_US)) < Math.abs(Math.log(best * perCall / BATCH_TARGET_US)) ? d : best), 1);
  side.rounds = [];
}
log(`warmed up; batches of ${sides.map((s) => `${s.key} ${s.batch}`).join(', ')}`);

for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < sides.length; k++) {
    const side = sides[(k + round) % sides.length];
    side.rounds.push(await (side.async ? measureAsync : measureSync)(side.call, side.batch, BUDGET_MS));
  }
  log(`round ${round + 1}/${ROUNDS}: ${sides.map((s) => `${s.key} ${s.rounds.at(-1).toFixed(2)}`).join(', ')} µs`);
}

const result = {
  id,
  rules: ruleSet.rules.length,
  facts: Object.keys(facts[0]).length,
  pool: POOL,
  checked,
  sides: Object.fromEntries(sides.map((s) => [s.key, { best: Math.min(...s.rounds), rounds: s.rounds, batch: s.batch }])),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
