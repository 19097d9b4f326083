import { defineConfig, type Options } from 'tsup';

/** The public entries, built for both module systems. */
const ENTRIES = {
  index: 'src/index.ts',
  rules: 'src/rules.ts',
  testing: 'src/testing.ts',
  policy: 'src/policy.ts',
  check: 'src/check.ts',
  'json-rules-engine': 'src/json-rules-engine.ts',
  // Node-only (node:fs); built here so that it shares the core's modules with the root entry:
  // a rule set it loads passes the root entry's isRuleSet().
  node: 'src/node/index.ts',
  // Locale packs: each registers its catalogues when imported (package.json lists them in sideEffects).
  'locales/pt-BR': 'src/locales/pt-BR.ts',
  'locales/ko': 'src/locales/ko.ts',
  'locales/ja': 'src/locales/ja.ts',
};

const common: Options = {
  // Source maps point into src/ without embedding it (sourcesContent), so that they stay a small
  // part of the package.
  sourcemap: true,
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  // dist/ is emptied by `npm run build` before both configs run (they run in parallel).
  clean: false,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  // The reference entry imports upstream json-rules-engine (an optional peer dependency); it is never bundled.
  external: ['json-rules-engine'],
};

export default defineConfig([
  // ESM, with the return-liability command (dist/cli.js): the command is one more entry of this
  // build, so it imports the library's own chunks — the ones dist/index.js imports — instead of
  // carrying a second copy of them.
  {
    ...common,
    // The worker threads of `simulate --workers N` are loaded by the command from next to dist/cli.js.
    entry: { ...ENTRIES, cli: 'src/cli/bin.ts', 'simulate-worker': 'src/cli/simulate-worker.ts' },
    format: ['esm'],
    dts: { entry: ENTRIES },
  },
  // CommonJS, for require().
  {
    ...common,
    entry: ENTRIES,
    format: ['cjs'],
    dts: { entry: ENTRIES },
  },
]);
