/**
 * A worker thread of `simulate --workers N` (run by piscina): decides a batch of lines and returns
 * the batch's summary (and per-case output), which the command merges in line order.
 */
import type { Evaluator } from '../decide/evaluator.js';
import { type BatchResult, type BatchTask, evaluatorsFor, newSummary, processLine } from './simulate-run.js';

let cached: { key: string; evaluators: Promise<Evaluator[]> } | undefined;

export default async function decideBatch(task: BatchTask): Promise<BatchResult> {
  const key = JSON.stringify(task.config);
  if (cached?.key !== key) cached = { key, evaluators: evaluatorsFor(task.config) };
  const evaluators = await cached.evaluators;
  const summary = newSummary(task.config, evaluators);
  const rows: string[] | undefined = task.config.rows === undefined ? undefined : [];
  for (const line of task.lines) processLine(summary, evaluators, line, task.config, rows);
  return { summary: summary.toJSON(), rows: rows?.join('') ?? '' };
}
