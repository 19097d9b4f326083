import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { FileError } from '../node/errors.js';
import { type CliIo, EXIT, InputError, oneOf, positiveInteger, readInput, STDIN, UsageError } from './io.js';
import { parseCommand, SIMULATE, SIMULATE_MERGE } from './commands.js';
import { type BatchResult, type BatchTask, csvHeader, evaluatorsFor, type InputLine, newSummary, processLine, type RunConfig } from './simulate-run.js';
import { checkSummary, Summary, type SummaryJson } from './simulate-summary.js';
import { summaryHtml, summaryText } from './simulate-report.js';

const DEFAULT_TOP = 20;
const PROGRESS_INTERVAL_MS = 100;
/** The longest line simulate reads (bytes, without the line break); a longer line is invalid and skipped. */
export const MAX_LINE_BYTES = 1024 * 1024;
/** How far simulate skips through one over-long line looking for its end before it gives up (exit 2). */
export const MAX_SKIPPED_LINE_BYTES = 64 * 1024 * 1024;
/** Lines sent to a worker thread at a time, and batches in flight per thread (bounds memory). */
const BATCH_LINES = 1000;
const BATCHES_IN_FLIGHT_PER_WORKER = 3;

/** A progress bar on stderr, redrawn at most every 100 ms. */
function progressBar(io: CliIo, total: number | undefined): { update(cases: number, bytes: number): void; done(): void } {
  let last = 0;
  return {
    update(cases, bytes) {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      const width = 30;
      const bar = total === undefined || total === 0 ? '' : (() => {
        const fraction = Math.min(1, bytes / total);
        const filled = Math.round(fraction * width);
        return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(fraction * 100)}% `;
      })();
      io.stderr.write(`\r${bar}${cases} cases`);
    },
    done() {
      if (last !== 0) io.stderr.write('\r\x1b[K');
    },
  };
}

/**
 * Splits a byte stream into numbered lines of at most {@link MAX_LINE_BYTES} bytes (LF or CRLF).
 * A longer line comes out as `{ tooLong }` once its end is found; one with no end within
 * {@link MAX_SKIPPED_LINE_BYTES} (e.g. `/dev/zero`) stops the run with an {@link InputError}.
 * Memory is bounded by the limit, whatever the input.
 */
async function* readLines(input: AsyncIterable<unknown>, name: string, counter: { bytes: number }): AsyncGenerator<InputLine> {
  let line = 1;
  let parts: Buffer[] = [];
  let length = 0;
  let skipping = -1; // bytes of the over-long current line, or -1
  const finish = (chunk: Buffer, end: number): InputLine | undefined => {
    if (skipping >= 0) {
      const result = { line, tooLong: MAX_LINE_BYTES };
      skipping = -1;
      return result;
    }
    parts.push(chunk.subarray(0, end));
    const buffer = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
    parts = [];
    length = 0;
    let text = buffer.toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return { line, text };
  };
  for await (const raw of input) {
    let chunk = typeof raw === 'string' ? Buffer.from(raw) : Buffer.isBuffer(raw) ? raw : Buffer.from(raw as Uint8Array);
    counter.bytes += chunk.length;
    while (chunk.length > 0) {
      const end = chunk.indexOf(10);
      const piece = end === -1 ? chunk.length : end;
      if (skipping >= 0) skipping += piece;
      else if (length + piece > MAX_LINE_BYTES) {
        skipping = length + piece;
        parts = [];
        length = 0;
      }
      if (skipping > MAX_SKIPPED_LINE_BYTES) {
        throw new InputError(`${name}: line ${line} has no line break in its first ${MAX_SKIPPED_LINE_BYTES / 1024 / 1024} MiB; simulate reads JSON Lines (one case per line, at most ${MAX_LINE_BYTES / 1024 / 1024} MiB each)`);
      }
      if (end === -1) {
        if (skipping < 0) {
          parts.push(chunk);
          length += chunk.length;
        }
        break;
      }
      const done = finish(chunk, end);
      if (done !== undefined) yield done;
      line++;
      chunk = chunk.subarray(end + 1);
    }
  }
  if (skipping >= 0) yield { line, tooLong: MAX_LINE_BYTES };
  else if (length > 0) {
    const text = Buffer.concat(parts).toString('utf8');
    yield { line, text: text.endsWith('\r') ? text.slice(0, -1) : text };
  }
}

/** `--shard i/n`: 0 ≤ i < n. */
function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || !Number.isSafeInteger(count) || count < 1 || index >= count) {
    throw new UsageError(`--shard must be i/n with 0 ≤ i < n (line k belongs to shard k mod n); got ${JSON.stringify(value)}`);
  }
  return { index, count };
}

/** The worker script next to this module (dist/simulate-worker.js), when it exists. */
function workerScript(): string | undefined {
  try {
    const path = fileURLToPath(new URL('./simulate-worker.js', import.meta.url));
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function render(summary: SummaryJson, format: string): string {
  if (format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  if (format === 'html') return summaryHtml(summary);
  return summaryText(summary);
}

/** Exit code of a finished run: 1 when cases were left undecided, or with `strict` when lines were invalid. */
const exitCode = (summary: SummaryJson, strict: boolean) => (summary.ruleSets.some((r) => r.failed > 0) || (strict && summary.invalid.count > 0) ? EXIT.failed : EXIT.ok);

/**
 * `simulate <cases.jsonl|-> --rules <a> [--compare <b>] [--format text|json|html|jsonl|csv]
 * [--top <n>] [--workers <n>] [--shard i/n] [--strict] [--progress|--no-progress]`: decides every
 * line of a JSON Lines file, streaming in constant memory, and reports counts, invalid lines,
 * outcomes and totals; with `--compare`, what changed and how much money moved, and to whom.
 * `--format json` writes the summary document that `simulate merge` reads.
 *
 * `simulate merge <summary.json>... [--format text|json|html] [--strict]` adds up the summaries of
 * shards of one run.
 */
export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'merge') return mergeCommand(args.slice(1), io);
  const { values, positionals } = parseCommand(args, SIMULATE);
  if (values.rules === undefined) throw new UsageError('simulate needs --rules <file|built-in id>');
  if (positionals.length !== 1) throw new UsageError(`simulate takes one JSON Lines file (or - for standard input); got ${positionals.length}`);
  const format = oneOf('format', values.format, ['text', 'json', 'html', 'jsonl', 'csv'] as const, 'text');
  const top = positiveInteger('top', values.top) ?? positiveInteger('max-changes', values['max-changes']) ?? DEFAULT_TOP;
  const workers = positiveInteger('workers', values.workers) ?? availableParallelism();
  const shard = parseShard(values.shard);
  const file = positionals[0] as string;
  const name = file === '-' ? STDIN : file;
  const rows = format === 'jsonl' || format === 'csv' ? format : undefined;
  const config: RunConfig = { rules: values.rules, compare: values.compare, floor: values.floor, calendar: values.calendar, file: name, top, rows };
  const evaluators = await evaluatorsFor(config);
  const summary = newSummary(config, evaluators);

  let input: AsyncIterable<unknown>;
  let size: number | undefined;
  if (file === '-') {
    input = io.stdin;
  } else {
    try {
      const info = await stat(file);
      if (info.isDirectory()) throw new FileError('file_unreadable', file, 'is a directory, not a file');
      size = info.isFile() ? info.size : undefined;
    } catch (cause) {
      if (FileError.is(cause)) throw cause;
      const code = (cause as { code?: unknown }).code;
      throw code === 'ENOENT' ? new FileError('file_not_found', file, 'no such file', { cause }) : new FileError('file_unreadable', file, `cannot be read (${String(code ?? cause)})`, { cause });
    }
    input = createReadStream(file, { highWaterMark: 256 * 1024 });
  }
  const showProgress = values['no-progress'] === true ? false : values.progress === true || io.stderr.isTTY === true;
  const progress = showProgress ? progressBar(io, size) : undefined;
  if (rows === 'csv') io.stdout.write(csvHeader(evaluators.length > 1));

  const script = workers > 1 ? workerScript() : undefined;
  const pool = script === undefined ? undefined : new (await import('piscina')).Piscina<BatchTask, BatchResult>({ filename: script, minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
  const pending: Array<Promise<BatchResult>> = [];
  const settle = async (result: Promise<BatchResult>) => {
    const { summary: part, rows: text } = await result;
    summary.merge(part);
    if (text !== '') io.stdout.write(text);
  };
  let batch: InputLine[] = [];
  const send = async () => {
    if (pool === undefined || batch.length === 0) return;
    const task = pool.run({ config, lines: batch });
    task.catch(() => undefined); // awaited in order below; this only avoids an unhandled rejection meanwhile
    pending.push(task);
    batch = [];
    while (pending.length >= workers * BATCHES_IN_FLIGHT_PER_WORKER) await settle(pending.shift() as Promise<BatchResult>);
  };

  const counter = { bytes: 0 };
  let lineCount = 0;
  let reading = true;
  try {
    for await (const entry of readLines(input, name, counter)) {
      lineCount = entry.line;
      if (shard !== undefined && entry.line % shard.count !== shard.index) continue;
      if (entry.text !== undefined && entry.text.trim() === '') continue;
      progress?.update(summary.casesRead + batch.length + pending.length * BATCH_LINES, counter.bytes);
      if (pool === undefined) {
        const out: string[] | undefined = rows === undefined ? undefined : [];
        processLine(summary, evaluators, entry, config, out);
        if (out !== undefined && out.length > 0) io.stdout.write(out.join(''));
        continue;
      }
      batch.push(entry);
      if (batch.length >= BATCH_LINES) await send();
    }
    reading = false;
    await send();
    while (pending.length > 0) await settle(pending.shift() as Promise<BatchResult>);
  } catch (cause) {
    if (cause instanceof InputError || !reading) throw cause;
    // Reading failed part-way (permissions, a vanished file, a broken pipe): never report a partial run as a result.
    throw new FileError('file_unreadable', name, `reading failed after line ${lineCount}: ${(cause as Error).message}`, { cause });
  } finally {
    progress?.done();
    await pool?.destroy();
  }

  const json = summary.toJSON();
  if (rows === undefined) io.stdout.write(render(json, format));
  return exitCode(json, values.strict === true);
}

/** `simulate merge <summary.json>...`: the summaries of shards of one run, added up. */
async function mergeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, SIMULATE_MERGE);
  const format = oneOf('format', values.format, ['text', 'json', 'html'] as const, 'text');
  if (positionals.length === 0) throw new UsageError('simulate merge takes one or more summary files (from simulate --format json)');
  const summaries: SummaryJson[] = [];
  for (const file of positionals) {
    const { text, name } = await readInput(io, file);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(`${name}: not JSON (${(error as Error).message})`);
    }
    summaries.push(checkSummary(value, name));
  }
  const first = summaries[0] as SummaryJson;
  const identity = (s: SummaryJson) => JSON.stringify([s.file, s.top, s.ruleSets.map((r) => [r.id, r.version, r.digest])]);
  summaries.forEach((s, index) => {
    if (identity(s) !== identity(first)) {
      throw new InputError(`${positionals[index]}: not a shard of the same run as ${positionals[0]} (the input file, --top and the rule sets and their digests must be the same)`);
    }
  });
  const merged = Summary.like(first);
  for (const s of summaries) merged.merge(s);
  const json = merged.toJSON();
  io.stdout.write(render(json, format));
  return exitCode(json, values.strict === true);
}
