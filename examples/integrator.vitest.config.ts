import { defineConfig } from 'vitest/config';

/**
 * Runs examples/integrator.test.ts as a shop's own test suite would: `return-liability` resolves
 * through the package's `exports` to the built dist/ (run `npm run build` first), not to the sources.
 */
export default defineConfig({
  test: {
    include: ['examples/integrator.test.ts'],
  },
});
