#!/usr/bin/env node
/**
 * Builds the storefront's browser bundle: app.ts and the library sources it imports → dist/app.js
 * (esbuild, minified, for browsers; `return-liability` resolves to src/ through tsconfig paths).
 *
 *   node examples/storefront/build.mjs   # then serve examples/storefront/ and open index.html
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Builds dist/app.js; returns its path. */
export async function buildStorefront() {
  const outfile = fileURLToPath(new URL('./dist/app.js', import.meta.url));
  await build({
    absWorkingDir: here,
    entryPoints: ['app.ts'],
    outfile,
    bundle: true,
    minify: true,
    sourcemap: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`built ${await buildStorefront()}`);
}
