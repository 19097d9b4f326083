/**
 * An esbuild plugin for bundles that include json-rules-engine: it replaces three of the engine's
 * dependencies that this library never exercises with small stand-ins from src/internal/shims/.
 * - jsonpath-plus: only used for JSONPath `path` conditions, which rule sets may not use;
 * - eventemitter2: only used to emit events nobody listens to;
 * - hash-it: only used for fact-cache keys; canonical JSON (already bundled) gives the same keys;
 * - clone: used to copy condition trees and events for each run's results; they hold no cycles,
 *   dates or maps, so a prototype-keeping structural copy is exact (and several times faster).
 * Together they are about 16 kB of the gzipped browser bundle. Only imports made by
 * json-rules-engine itself are redirected. Used by tsup.config.ts (so dist/ carries the slim
 * engine), scripts/size.mjs and the storefront example build.
 */
import { fileURLToPath } from 'node:url';

const shim = (file) => fileURLToPath(new URL(`../src/internal/shims/${file}`, import.meta.url));

/** The replaced packages and their stand-ins. */
export const RULES_ENGINE_SHIMS = Object.freeze({
  eventemitter2: shim('event-emitter.ts'),
  'jsonpath-plus': shim('jsonpath.ts'),
  'hash-it': shim('hash-it.ts'),
  clone: shim('clone.ts'),
});

/** @returns {import('esbuild').Plugin} */
export function slimRulesEngine() {
  return {
    name: 'slim-json-rules-engine',
    setup(build) {
      build.onResolve({ filter: /^(eventemitter2|jsonpath-plus|hash-it|clone)$/ }, (args) =>
        /[\\/]node_modules[\\/]json-rules-engine[\\/]/.test(args.importer) ? { path: RULES_ENGINE_SHIMS[args.path] } : undefined,
      );
    },
  };
}
