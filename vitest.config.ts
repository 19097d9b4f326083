import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

export default defineConfig({
  // Examples import the package by name, as integrators do; resolve it to the sources so they run
  // without a build (tsconfig.json "paths" does the same for the type checker).
  resolve: {
    alias: [
      { find: /^return-liability$/, replacement: source('index.ts') },
      { find: /^return-liability\/(rules|testing|check|policy|json-rules-engine)$/, replacement: source('$1.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
