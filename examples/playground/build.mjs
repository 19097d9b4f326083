#!/usr/bin/env node
/**
 * Builds the playground: app.ts, CodeMirror and the library sources it imports → dist/app.js
 * (esbuild, minified, one classic script, so index.html also works opened from disk).
 *
 *   npm run playground   # builds, then prints how to open it
 */
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Builds dist/app.js; returns its path and size in bytes. */
export async function buildPlayground() {
  const outfile = fileURLToPath(new URL('./dist/app.js', import.meta.url));
  await build({
    absWorkingDir: here,
    entryPoints: ['app.ts'],
    outfile,
    bundle: true,
    minify: true,
    sourcemap: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
    logLevel: 'warning',
  });
  return { outfile, bytes: statSync(outfile).size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { outfile, bytes } = await buildPlayground();
  const page = fileURLToPath(new URL('./index.html', import.meta.url));
  console.log(`built ${outfile} (${Math.round(bytes / 1024)} kB)`);
  console.log(`open it: ${page}`);
  console.log('  (from disk works; or serve the folder, e.g. `npx http-server examples/playground`, and open the address it prints)');
}
