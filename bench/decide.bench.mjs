// The return-liability bench, on the built library (dist/, what users run). `npm run bench`
// builds first, then prints, in one run:
//   1–4. per built-in rule set, median µs per call of
//          decide()                     full decision with text and trace
//          decide(…, { explain: false }) the same without text and trace
//          parseReturnCase()            the validation decide() starts with (to read the rest by)
//          engine.run()                 upstream json-rules-engine on the same rules (toEngineRules)
//                                       and the same facts (off each case's full decision's trace)
//          hand-written                 marketplace-standard only: bench/marketplace-standard.reference.mjs,
//                                       first checked equal to decide(…, { explain: false }) on 20 000 cases
//        with the ratios decide/engine.run and explain:false/hand-written;
//   5.   cold import of dist/index.js and dist/rules.js against a bare `node -e 0`;
//   6.   checkRuleSet() on each built-in set: time and coverage;
//   7.   decideParcel() of 5 items against 5 single decide() calls (bench/parcel.mjs);
//   8.   simulate: cases/s of in-process decide(…, { explain: false }), of `simulate` with 1 and
//        2 workers, and its peak RSS at 100 000 and 1 000 000 lines (bench/simulate.mjs;
//        RETURN_LIABILITY_BENCH_SKIP_1M=1 skips the 1 000 000 lines);
// and the targets, each ✓ or ✗. The timings of each rule set run in their own node process
// (bench/timing.mjs says why and how). Takes about a minute on a 2-core machine.
//
// `npm run bench -- --differential [--cases=N] [--seed=S]` instead compares the compiled rules
// with upstream json-rules-engine on N (default 1 000 000) random cases per rule set
// (bench/differential.mjs); it takes several minutes and exits non-zero on any mismatch.
//
// Timings on a shared machine move with its load: the header prints the load average, and each
// timing is the best of three interleaved rounds (the spread column shows how far they were apart).

import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { median, RULE_SETS, thousands } from './shared.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  return arg === undefined ? fallback : Number(arg.slice(name.length + 3));
};
const seed = option('seed', 1);

if (args.includes('--differential')) {
  const { runDifferential } = await import('./differential.mjs');
  await runDifferential({ cases: option('cases', 1_000_000), seed });
} else {
  await runBench();
}

async function runBench() {
  const started = performance.now();
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`return-liability bench — node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), load average ${load}`);

  // --- 1–4: per rule set, in a fresh process each ---------------------------------------------
  const timings = [];
  for (const id of Object.keys(RULE_SETS)) {
    process.stderr.write(`timing ${id} …\n`);
    const child = spawnSync(process.execPath, [fileURLToPath(new URL('./timing.mjs', import.meta.url)), id, String(seed)], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) {
      console.error(`\n✗ timing ${id} failed (exit ${child.status ?? child.signal}); see above.`);
      process.exit(1);
    }
    timings.push(JSON.parse(child.stdout.trim().split('\n').at(-1)));
  }

  // --- 7: parcels, in a fresh process --------------------------------------------------------
  process.stderr.write('timing decideParcel …\n');
  const parcelRun = spawnSync(process.execPath, [fileURLToPath(new URL('./parcel.mjs', import.meta.url)), String(seed)], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (parcelRun.status !== 0) {
    console.error(`\n✗ timing decideParcel failed (exit ${parcelRun.status ?? parcelRun.signal}); see above.`);
    process.exit(1);
  }
  const parcelTiming = JSON.parse(parcelRun.stdout.trim().split('\n').at(-1));

  // --- 5: cold import -------------------------------------------------------------------------
  process.stderr.write('cold imports …\n');
  const coldRuns = 15;
  const entry = (name) => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
  const imports = [
    { label: 'node -e 0', code: '0' },
    { label: 'import dist/index.js', code: `import(${JSON.stringify(entry('index.js'))})` },
    { label: 'import dist/rules.js', code: `import(${JSON.stringify(entry('rules.js'))})` },
  ];
  const spawnOnce = (code) => {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ['-e', code], { stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = performance.now() - t0;
    if (run.status !== 0) throw new Error(`node -e ${code} failed: ${run.stderr}`);
    return ms;
  };
  // Two untimed runs each fill the OS file cache; then the three alternate, order rotated per run.
  for (const imp of imports) for (let i = 0; i < 2; i++) spawnOnce(imp.code);
  for (const imp of imports) imp.times = [];
  for (let run = 0; run < coldRuns; run++) {
    for (let k = 0; k < imports.length; k++) {
      const imp = imports[(k + run) % imports.length];
      imp.times.push(spawnOnce(imp.code));
    }
  }
  for (const imp of imports) imp.median = median(imp.times);
  const bare = imports[0].median;

  // --- 6: the checker -------------------------------------------------------------------------
  process.stderr.write('checker …\n');
  const { checkRuleSet } = await import('../dist/check.js');
  const checks = Object.values(RULE_SETS).map((ruleSet) => {
    const t0 = performance.now();
    const result = checkRuleSet(ruleSet);
    return { id: ruleSet.id, ms: performance.now() - t0, result };
  });

  // --- 8: simulate -------------------------------------------------------------------------
  const { runSimulateBench } = await import('./simulate.mjs');
  const sim = await runSimulateBench({ seed });

  // --- Report ---------------------------------------------------------------------------------
  const us = (v) => (v === undefined ? '—' : v.toFixed(2));
  const pad = (text, width) => String(text).padStart(width);
  const spread = (side) => (side === undefined ? 0 : (Math.max(...side.rounds) / side.best - 1) * 100);
  const targets = [];
  const target = (label, ok, value) => targets.push(`${ok ? '✓' : '✗'} ${label}: ${value}`);

  const t0 = timings[0];
  console.log(
    `\n1–4. Median µs per call — ${thousands(t0.pool)} generated cases per rule set (seed ${seed}), the same cases for every side; best of 3 interleaved rounds`,
  );
  console.log('rule set               rules facts    decide()  explain:false  (parse only)   engine.run()  hand-written   spread');
  for (const t of timings) {
    const s = t.sides;
    const worst = Math.max(...Object.values(s).map(spread));
    console.log(
      `${t.id.padEnd(22)} ${pad(t.rules, 5)} ${pad(t.facts, 5)} ${pad(us(s.decide.best), 11)} ${pad(us(s.explainFalse.best), 14)} ${pad(us(s.parse.best), 13)}` +
        ` ${pad(us(s.engine.best), 14)} ${pad(us(s.reference?.best), 13)}   ≤${worst.toFixed(0)}%`,
    );
  }
  console.log('  (parse only: parseReturnCase(), the validation of untrusted input that decide() includes and the hand-written function does not;');
  console.log('   spread: how far the slowest of the 3 round medians was above the best, over all sides of the row)');

  console.log('\nRatios                 decide()/engine.run()   explain:false/hand-written   (explain:false − parse)/hand-written');
  for (const t of timings) {
    const s = t.sides;
    const vsEngine = s.decide.best / s.engine.best;
    const vsHand = s.reference && s.explainFalse.best / s.reference.best;
    const withoutParse = s.reference && (s.explainFalse.best - s.parse.best) / s.reference.best;
    console.log(
      `${t.id.padEnd(22)} ${pad(`${vsEngine.toFixed(2)} ${vsEngine <= 0.1 ? '✓' : '✗'}`, 23)}` +
        `   ${pad(vsHand === undefined ? '—' : `${vsHand.toFixed(1)}× ${vsHand <= 3 ? '✓' : '✗'}`, 26)}   ${pad(withoutParse === undefined ? '—' : `≈${withoutParse.toFixed(1)}× (info)`, 36)}`,
    );
    target(`${t.id}: decide() ≥ 10× faster than engine.run() (ratio ≤ 0.10)`, vsEngine <= 0.1, `ratio ${vsEngine.toFixed(2)}, i.e. ${(1 / vsEngine).toFixed(1)}× faster`);
    if (vsHand !== undefined) {
      target(`${t.id}: hand-written reference equals decide(…, { explain: false })`, true, `${thousands(t.checked)} cases (20,000 generated + the examples), 0 differences`);
      target(`${t.id}: explain:false ≤ 3× the hand-written function`, vsHand <= 3, `${vsHand.toFixed(1)}×`);
    }
  }

  console.log(`\n5. Cold import — median ms of ${coldRuns} runs each (spawnSync, interleaved)`);
  for (const imp of imports) {
    const ratio = imp.median / bare;
    console.log(`${imp.label.padEnd(24)} ${pad(imp.median.toFixed(1), 8)} ms   ${pad(`${ratio.toFixed(2)}×`, 6)} bare node`);
  }
  const indexRatio = imports[1].median / bare;
  target('cold import of dist/index.js ≤ 2× bare node', indexRatio <= 2, `${indexRatio.toFixed(2)}× (${imports[1].median.toFixed(1)} vs ${bare.toFixed(1)} ms)`);

  console.log('\n6. checkRuleSet() — one core, synchronous, default options (exhaustive)');
  console.log('rule set                    time   combinations    cases decided   exhaustive   ok   findings');
  for (const c of checks) {
    const { coverage, ok, findings } = c.result;
    console.log(
      `${c.id.padEnd(22)} ${pad(`${(c.ms / 1000).toFixed(2)} s`, 9)} ${pad(thousands(coverage.combinations), 14)} ${pad(thousands(coverage.cases), 16)}   ${pad(String(coverage.exhaustive), 10)}   ${ok ? '✓' : '✗'}   ${findings.length === 0 ? 'none' : findings.map((f) => f.code).join(', ')}`,
    );
  }
  const largest = checks.reduce((a, b) => (b.result.coverage.combinations > a.result.coverage.combinations ? b : a));
  target(`checkRuleSet() on the largest set (${largest.id}) ≤ 10 s`, largest.ms <= 10_000, `${(largest.ms / 1000).toFixed(2)} s for ${thousands(largest.result.coverage.combinations)} combinations`);

  console.log(`\n7. decideParcel() of ${parcelTiming.items} items vs ${parcelTiming.items} single decide() calls — median µs over ${parcelTiming.parcels} generated parcels, full explanation`);
  const parcelRatio = parcelTiming.parcel / parcelTiming.singles;
  console.log(`decideParcel ${pad(parcelTiming.parcel.toFixed(1), 8)} µs   ${parcelTiming.items} × decide ${pad(parcelTiming.singles.toFixed(1), 8)} µs   ratio ${parcelRatio.toFixed(2)}×`);
  target(`decideParcel of ${parcelTiming.items} items ≤ 1.5× ${parcelTiming.items} single decide() calls`, parcelRatio <= 1.5, `${parcelRatio.toFixed(2)}×`);

  console.log(`\n8. simulate (marketplace-standard, no --compare) — cases/s; simulate timed as a whole process (start-up included), best of 2; RSS by ${sim.rssSource}`);
  console.log(`in-process decide(…, { explain: false })  ${pad(thousands(Math.round(sim.inProcess)), 9)} cases/s   (best of 3 × 100,000 calls)`);
  console.log(`simulate --workers 1, 100,000 lines       ${pad(thousands(Math.round(sim.one.rate)), 9)} cases/s   ${sim.one.seconds.toFixed(2)} s   peak RSS ${sim.one.rssMb.toFixed(0)} MB`);
  console.log(`simulate --workers 2, 100,000 lines       ${pad(thousands(Math.round(sim.two.rate)), 9)} cases/s   ${sim.two.seconds.toFixed(2)} s   peak RSS ${sim.two.rssMb.toFixed(0)} MB`);
  if (sim.million !== undefined) console.log(`simulate --workers 1, 1,000,000 lines     ${pad(thousands(Math.round(sim.million.cases / sim.million.seconds)), 9)} cases/s   ${sim.million.seconds.toFixed(2)} s   peak RSS ${sim.million.rssMb.toFixed(0)} MB`);
  else console.log('simulate, 1,000,000 lines: skipped (RETURN_LIABILITY_BENCH_SKIP_1M=1)');
  const oneVsInProcess = sim.one.rate / sim.inProcess;
  const twoVsOne = sim.two.rate / sim.one.rate;
  target('simulate with 1 worker ≥ 50% of in-process decide(…, { explain: false })', oneVsInProcess >= 0.5, `${(oneVsInProcess * 100).toFixed(0)}%`);
  target('simulate with 2 workers ≥ 1.6× 1 worker', twoVsOne >= 1.6, `${twoVsOne.toFixed(2)}× (${availableParallelism()} cores, shared with whatever else runs)`);
  if (sim.million !== undefined) {
    const rssRatio = sim.million.rssMb / sim.one.rssMb;
    target('simulate peak RSS at 1,000,000 lines ≤ 1.2× at 100,000', rssRatio <= 1.2, `${rssRatio.toFixed(2)}× (${sim.million.rssMb.toFixed(0)} vs ${sim.one.rssMb.toFixed(0)} MB)`);
  }

  console.log('\nTargets');
  for (const line of targets) console.log(`  ${line}`);
  const missed = targets.filter((line) => line.startsWith('✗')).length;
  console.log(`\n${targets.length - missed}/${targets.length} targets met; bench took ${((performance.now() - started) / 1000).toFixed(0)} s (load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
}
