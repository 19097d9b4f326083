import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
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
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // dist/ is emptied by `npm run build` before both configs run (they run in parallel).
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    // The reference entry imports upstream json-rules-engine (an optional peer dependency); it is never bundled.
    external: ['json-rules-engine'],
  },
  // The return-liability command: one self-contained ESM file for platform 'node', so that it
  // never touches the chunks above.
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
  },
]);
