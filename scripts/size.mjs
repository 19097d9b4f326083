#!/usr/bin/env node
/**
 * Size budget of the browser bundles: builds each entry with its dependencies the way a storefront
 * bundler would (esbuild: bundle, minify, platform browser, ESM), gzips it, prints the sizes and
 * exits 1 when one is over its budget. The root entry is built with the same slim json-rules-engine
 * that dist/ carries (see slim-rules-engine.mjs).
 *
 *   npm run size            # check the budgets
 *   npm run size -- --why   # also list the largest inputs of each bundle (esbuild metafile)
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { slimRulesEngine } from './slim-rules-engine.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1000;

const bundles = [
  { name: 'return-liability (root entry)', entry: 'src/index.ts', budget: 45 * KB },
  {
    name: 'describePolicy from return-liability/policy',
    // Only what a page that shows the policy imports.
    stdin: "import { describePolicy } from './src/policy.ts'; export { describePolicy };",
    budget: 15 * KB,
    mustNotInclude: /node_modules[\\/]json-rules-engine[\\/]/,
  },
];

const why = process.argv.includes('--why');
let failed = false;
for (const bundle of bundles) {
  const result = await build({
    absWorkingDir: root,
    ...(bundle.entry === undefined
      ? { stdin: { contents: bundle.stdin, resolveDir: root, loader: 'ts', sourcefile: 'stub.ts' } }
      : { entryPoints: [bundle.entry] }),
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'warning',
    plugins: [slimRulesEngine()],
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const over = gzip > bundle.budget;
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = bundle.mustNotInclude === undefined ? [] : inputs.filter((input) => bundle.mustNotInclude.test(input));
  console.log(
    `${over || forbidden.length > 0 ? '✗' : '✓'} ${bundle.name}: ${(gzip / KB).toFixed(1)} kB gzip ` +
      `(${(code.length / KB).toFixed(1)} kB minified), budget ${(bundle.budget / KB).toFixed(0)} kB`,
  );
  if (forbidden.length > 0) console.log(`  must not include, but does: ${forbidden.join(', ')}`);
  if (why || over) {
    const output = Object.values(result.metafile.outputs)[0];
    const largest = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 12);
    for (const [input, { bytesInOutput }] of largest) console.log(`    ${(bytesInOutput / KB).toFixed(1).padStart(6)} kB minified  ${input}`);
  }
  failed ||= over || forbidden.length > 0;
}
process.exit(failed ? 1 : 0);
