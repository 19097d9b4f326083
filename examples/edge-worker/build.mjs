#!/usr/bin/env node
/**
 * Bundles the edge worker as an edge platform takes it: one ES module, Web APIs only (esbuild's
 * browser platform, so a Node built-in would fail the build), minified.
 *
 *   node examples/edge-worker/build.mjs   # → examples/edge-worker/dist/worker.js
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the worker. `format: 'esm'` (the default) writes dist/worker.js for deployment; `'iife'`
 * returns a script that leaves the handler in `globalThis.worker.default`, for runtimes that evaluate scripts.
 */
export async function buildWorker({ format = 'esm' } = {}) {
  const result = await build({
    absWorkingDir: here,
    entryPoints: ['worker.ts'],
    bundle: true,
    minify: true,
    platform: 'browser',
    format,
    ...(format === 'iife' ? { globalName: 'worker', write: false } : { outfile: fileURLToPath(new URL('./dist/worker.js', import.meta.url)) }),
    target: 'es2022',
    tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
    logLevel: 'warning',
    metafile: true,
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  return { code: result.outputFiles?.[0]?.text, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes } = await buildWorker();
  console.log(`built examples/edge-worker/dist/worker.js (${Math.round(bytes / 1024)} kB)`);
}
