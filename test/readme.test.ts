/**
 * The README and the pages under docs/ as a new user reads them: the README stays short, links only
 * to files that exist, and every snippet marked runnable runs as written against the built package.
 *
 * A fenced block whose info string is `js runnable` (or `ts runnable`) is a complete ES module; a
 * `text output` block right after it (with at most one line of prose between) is what it prints.
 * `js runnable browser` snippets run with the two browser globals they use, `navigator.language`
 * (`en-US`) and a `document` whose `querySelector` returns a plain object per selector.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './cli-build.js';

const README_LIMIT = 10_240;

interface Snippet {
  file: string;
  line: number;
  lang: 'js' | 'ts';
  browser: boolean;
  code: string;
  output: string | undefined;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'api' ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const PAGES = ['README.md', ...markdownFiles(join(ROOT, 'docs')).map((path) => relative(ROOT, path))];

/** The fenced blocks of a Markdown file: info string, body, first line number, end line index. */
function fences(text: string): Array<{ info: string; body: string; line: number; end: number }> {
  const lines = text.split('\n');
  const blocks: Array<{ info: string; body: string; line: number; end: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(.*)$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i] ?? '');
    blocks.push({ info: (open[1] ?? '').trim(), body: body.join('\n'), line: start + 1, end: i });
  }
  return blocks;
}

function snippets(file: string): Snippet[] {
  const blocks = fences(readFileSync(join(ROOT, file), 'utf8'));
  return blocks.flatMap((block, index) => {
    const words = block.info.split(/\s+/);
    const lang = words[0];
    if ((lang !== 'js' && lang !== 'ts') || !words.includes('runnable')) return [];
    const next = blocks[index + 1];
    const output = next !== undefined && next.info === 'text output' && next.line - block.end <= 5 ? `${next.body}\n` : undefined;
    return [{ file, line: block.line, lang, browser: words.includes('browser'), code: block.body, output }];
  });
}

const ALL = PAGES.flatMap(snippets);

/**
 * A scratch directory whose node_modules/return-liability is a link to this package, so that
 * snippets import it by name as an installed dependency, through its `exports`.
 */
const scratch = mkdtempSync(join(tmpdir(), 'return-liability-snippets-'));
mkdirSync(join(scratch, 'node_modules'));
symlinkSync(ROOT, join(scratch, 'node_modules', 'return-liability'), 'dir');
writeFileSync(join(scratch, 'package.json'), '{ "type": "module" }\n');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const BROWSER_GLOBALS = `const elements = new Map();
globalThis.document = { querySelector: (selector) => elements.get(selector) ?? elements.set(selector, {}).get(selector) };
Object.defineProperty(globalThis, 'navigator', { value: { language: 'en-US' }, configurable: true });
`;

function run(snippet: Snippet, index: number) {
  const code = snippet.lang === 'ts' ? transformSync(snippet.code, { loader: 'ts', format: 'esm' }).code : snippet.code;
  const name = `snippet-${index}.mjs`;
  writeFileSync(join(scratch, name), code);
  let entry = name;
  if (snippet.browser) {
    entry = `browser-${index}.mjs`;
    writeFileSync(join(scratch, entry), `${BROWSER_GLOBALS}await import('./${name}');\n`);
  }
  return spawnSync(process.execPath, [entry], { cwd: scratch, encoding: 'utf8', timeout: 60_000 });
}

describe('README.md', () => {
  const readme = readFileSync(join(ROOT, 'README.md'));

  it(`is at most ${README_LIMIT} bytes`, () => {
    expect(readme.byteLength).toBeLessThanOrEqual(README_LIMIT);
  });

  it('has a Node and a browser snippet, each with the output it shows', () => {
    const own = ALL.filter((snippet) => snippet.file === 'README.md');
    expect(own.filter((s) => !s.browser && s.output !== undefined)).toHaveLength(1);
    expect(own.filter((s) => s.browser && s.output !== undefined)).toHaveLength(1);
  });

  it('shows the two commands of a fresh clone', () => {
    const text = readme.toString('utf8');
    expect(text).toContain('npm ci && npm run demo');
    expect(text).toContain('npm test');
  });
});

describe('README.md and docs/', () => {
  it.each(PAGES)('%s links only to files in the repository', (page) => {
    const text = readFileSync(join(ROOT, page), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((t) => !/^(https?:|mailto:|#)/.test(t));
    for (const target of targets) {
      const path = join(ROOT, dirname(page), target.replace(/#.*$/, ''));
      expect(() => statSync(path), `${page} links to ${target}`).not.toThrow();
    }
  });

  it('refer to no document outside the repository', () => {
    for (const page of PAGES) {
      const text = readFileSync(join(ROOT, page), 'utf8');
      expect(text, page).not.toMatch(/LAW\.md|DESIGN\.md|STYLE\.md|\.\.\/shared|(?:LAW|DESIGN|STYLE)[^\n]{0,20}§/);
    }
  });
});

describe('runnable snippets', () => {
  ensureBuilt(['dist/index.js', 'dist/rules.js', 'dist/policy.js']);

  it('are found', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(2);
  });

  it.each(ALL.map((snippet, index) => [`${snippet.file}:${snippet.line}`, snippet, index] as const))(
    '%s runs as written and prints what the page shows',
    (_where, snippet, index) => {
      const result = run(snippet, index);
      expect(result.stderr, `${snippet.file}:${snippet.line} wrote to stderr`).toBe('');
      expect(result.status).toBe(0);
      if (snippet.output !== undefined) expect(result.stdout).toBe(snippet.output);
    },
    60_000,
  );
});
