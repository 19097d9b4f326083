#!/usr/bin/env node
/**
 * Size budget of the browser bundles: builds each entry with its dependencies the way a storefront
 * bundler would (esbuild: bundle, minify, platform browser, ESM), gzips it, prints the sizes and
 * exits 1 when one is over its budget. No bundle may contain json-rules-engine: only the reference
 * entry (return-liability/json-rules-engine) imports it. The root and policy bundles contain no
 * locale pack (src/locales/): an app pays for a language only when it imports it, and the
 * "+ locales/ja" line shows what one costs.
 *
 *   npm run size            # check the budgets
 *   npm run size -- --why   # also list the largest inputs of each bundle (esbuild metafile)
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1000;

const NO_ENGINE = /node_modules[\\/]json-rules-engine[\\/]/;
/** The locale packs: only an app that imports return-liability/locales/<tag> (or a rule set in that language) bundles one. */
const NO_LOCALE_PACKS = /src[\\/]locales[\\/](catalogues[\\/])?(pt-BR|ko|ja)\.ts$/;
const NO_ENGINE_OR_LOCALES = new RegExp(`${NO_ENGINE.source}|${NO_LOCALE_PACKS.source}`);
const bundles = [
  { name: 'return-liability (root entry)', entry: 'src/index.ts', budget: 58 * KB, mustNotInclude: NO_ENGINE_OR_LOCALES },
  {
    name: 'root entry + return-liability/locales/ja',
    // What one locale costs on top of the root entry.
    stdin: "export * from './src/index.ts'; import './src/locales/ja.ts';",
    budget: 61 * KB,
    mustNotInclude: NO_ENGINE,
    mustInclude: /src[\\/]locales[\\/]catalogues[\\/]ja\.ts$/,
  },
  {
    name: 'checkout widget (createEvaluator, quoteReturnCosts, toMerchantReturnPolicy, marketplaceStandard)',
    // What a checkout page that quotes return costs and publishes JSON-LD imports. marketplace-standard
    // is written in five languages and brings the pt-BR, ko and ja packs with it (about 9 kB gzip of
    // the 48), so that it works in each without another import.
    stdin:
      "import { createEvaluator, quoteReturnCosts, toMerchantReturnPolicy } from './src/index.ts'; import { marketplaceStandard } from './src/rules.ts'; export { createEvaluator, quoteReturnCosts, toMerchantReturnPolicy, marketplaceStandard };",
    budget: 42 * KB,
    mustNotInclude: NO_ENGINE,
  },
  {
    name: 'createEvaluator with cnConsumerLaw only',
    // A set in en and zh-CN: the packs that marketplace-standard brings are dropped with it.
    // cn-consumer-law 1.1.0 carries its citations in both languages: the set itself is 41.8 kB of
    // the 133.5 kB minified.
    stdin: "import { createEvaluator } from './src/index.ts'; import { cnConsumerLaw } from './src/rules.ts'; export { createEvaluator, cnConsumerLaw };",
    budget: 38 * KB,
    mustNotInclude: NO_ENGINE_OR_LOCALES,
  },
  {
    name: 'describePolicy from return-liability/policy',
    // Only what a page that shows the policy imports.
    stdin: "import { describePolicy } from './src/policy.ts'; export { describePolicy };",
    budget: 6 * KB,
    mustNotInclude: NO_ENGINE_OR_LOCALES,
  },
  {
    name: 'describePolicy from return-liability/policy with marketplaceStandard',
    // A page that shows a built-in set's policy: the precompiled set brings no validator and no hashing.
    // Most of what the set adds is its own texts, now in five locales (about 5.8 kB of the 10.9).
    stdin:
      "import { describePolicy } from './src/policy.ts'; import { marketplaceStandard } from './src/rules.ts'; export const policy = (locale) => describePolicy(marketplaceStandard, { locale });",
    budget: 11 * KB,
    mustNotInclude: /node_modules[\\/](json-rules-engine|zod|@noble|canonicalize)[\\/]|src[\\/]rule-set[\\/](load|schema|digest)\.ts/,
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
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const over = gzip > bundle.budget;
  // The files that put code in the bundle (a file that was parsed but shaken out entirely does not).
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([input]) => input);
  const forbidden = bundle.mustNotInclude === undefined ? [] : inputs.filter((input) => bundle.mustNotInclude.test(input));
  const missing = bundle.mustInclude !== undefined && !inputs.some((input) => bundle.mustInclude.test(input));
  console.log(
    `${over || forbidden.length > 0 || missing ? '✗' : '✓'} ${bundle.name}: ${(gzip / KB).toFixed(1)} kB gzip ` +
      `(${(code.length / KB).toFixed(1)} kB minified), budget ${(bundle.budget / KB).toFixed(0)} kB`,
  );
  if (forbidden.length > 0) console.log(`  must not include, but does: ${forbidden.join(', ')}`);
  if (missing) console.log(`  must include ${bundle.mustInclude}, but does not`);
  if (why || over) {
    const largest = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 12);
    for (const [input, { bytesInOutput }] of largest) console.log(`    ${(bytesInOutput / KB).toFixed(1).padStart(6)} kB minified  ${input}`);
  }
  failed ||= over || forbidden.length > 0 || missing;
}
process.exit(failed ? 1 : 0);
