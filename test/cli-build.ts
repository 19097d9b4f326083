/**
 * The CLI tests run the real, built binary. `npm test` builds before vitest runs; when the tests
 * run alone (`npx vitest run test/cli.test.ts`), this builds dist/ first if it is missing or older
 * than the sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

function newestModification(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ with tsup unless the given outputs are newer than src/, rules/ and package.json. */
export function ensureBuilt(outputs: readonly string[]): void {
  const paths = outputs.map((file) => `${ROOT}${file}`);
  const sources = Math.max(newestModification(`${ROOT}src`), newestModification(`${ROOT}rules`), statSync(`${ROOT}package.json`).mtimeMs);
  if (paths.every((path) => existsSync(path) && statSync(path).mtimeMs >= sources)) return;
  const build = spawnSync('npx', ['tsup'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (build.status !== 0) throw new Error(`npx tsup failed:\n${build.stdout}\n${build.stderr}`);
}
