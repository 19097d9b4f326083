// simulate at scale, run by decide.bench.mjs (section 8): cases per second of in-process
// decide(…, { explain: false }), of `simulate` with 1 and with 2 workers, and simulate's peak RSS
// at 100 000 and 1 000 000 lines.
//
// The input files are generated into os.tmpdir() (a pool of 20 000 generated marketplace-standard
// cases, repeated) and removed afterwards. Each simulate run is a child process; its peak RSS comes
// from /usr/bin/time -v when present, else from the child's own process.resourceUsage().maxRSS.
// Set RETURN_LIABILITY_BENCH_SKIP_1M=1 to skip the 1 000 000-line run (it writes ~230 MB and takes
// about a minute on a 2-core machine).

import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEvaluator } from '../dist/index.js';
import { marketplaceStandard } from '../dist/rules.js';
import { generateCases } from './cases.mjs';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const TIME = '/usr/bin/time';

async function writeLines(file, lines, count) {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${lines[i % lines.length]}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs simulate on a file; returns wall seconds, peak RSS in MB, and the cases read. */
function simulate(file, workers) {
  const args = [CLI, 'simulate', file, '--rules', 'marketplace-standard', '--format', 'json', '--no-progress', '--workers', String(workers)];
  const useTime = existsSync(TIME);
  const t0 = performance.now();
  const child = useTime
    ? spawnSync(TIME, ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS "+process.resourceUsage().maxRSS+"\\n"))', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (child.status !== 0) throw new Error(`simulate failed (exit ${child.status}): ${child.stderr}`);
  const kb = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1]) : Number(/maxRSS (\d+)/.exec(child.stderr)?.[1]);
  const report = JSON.parse(child.stdout);
  return { seconds, rssMb: kb / 1024, cases: report.casesRead, invalid: report.invalid.count };
}

export async function runSimulateBench({ seed }) {
  const skip1M = process.env.RETURN_LIABILITY_BENCH_SKIP_1M === '1';
  const { cases } = generateCases(20_000, seed);
  const lines = cases.map((c) => JSON.stringify(c));
  const dir = mkdtempSync(join(tmpdir(), 'return-liability-bench-simulate-'));
  try {
    // In process: decide(…, { explain: false }) over the parsed pool, 100 000 calls, best of 3.
    process.stderr.write('simulate: in-process decide …\n');
    const evaluator = createEvaluator(marketplaceStandard);
    const inProcessRounds = [];
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      for (let i = 0; i < 100_000; i++) evaluator.decide(cases[i % cases.length], { explain: false });
      inProcessRounds.push(100_000 / ((performance.now() - t0) / 1000));
    }
    const inProcess = Math.max(...inProcessRounds);

    const small = join(dir, 'cases-100k.jsonl');
    await writeLines(small, lines, 100_000);
    process.stderr.write('simulate: 100 000 lines, 1 and 2 workers …\n');
    simulate(small, 1); // warms the file cache
    const one = [simulate(small, 1), simulate(small, 1)].sort((a, b) => a.seconds - b.seconds)[0];
    const two = [simulate(small, 2), simulate(small, 2)].sort((a, b) => a.seconds - b.seconds)[0];

    let million;
    if (!skip1M) {
      const large = join(dir, 'cases-1m.jsonl');
      await writeLines(large, lines, 1_000_000);
      process.stderr.write('simulate: 1 000 000 lines, 1 worker …\n');
      million = simulate(large, 1);
      rmSync(large);
    }
    return { inProcess, one: { ...one, rate: one.cases / one.seconds }, two: { ...two, rate: two.cases / two.seconds }, million, rssSource: existsSync(TIME) ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
