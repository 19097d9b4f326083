/**
 * decide() is synchronous, so one evaluator serves any number of callers. The json-rules-engine
 * reference evaluator is asynchronous: many concurrent calls on one of them must give exactly the
 * decisions the compiled evaluator gives one after another — whether the calls start all at once or
 * keep arriving while earlier ones are still running (as requests to a server do). json-rules-engine
 * keeps one run state per Engine, so sharing one across concurrent runs would skip rules.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../src/index.js';
import { createReferenceEvaluator } from '../../src/json-rules-engine.js';
import { marketplaceStandard } from '../../src/rules.js';
import { VALID_CASES } from './fixtures.js';

/** Calls: sequential on the compiled evaluator, concurrent on the reference one. */
const CONCURRENT_CALLS = 2_000;
const LOCALES = ['en', 'zh-CN'] as const;

/** Case `index`: a valid case varied in amount, reason and date, or now and then an invalid one. */
function caseNumber(index: number): unknown {
  const base = structuredClone(VALID_CASES[index % VALID_CASES.length]!) as Record<string, unknown> & { costs: { returnShipping: { amount: number } } };
  if (index % 97 === 0) return { ...base, costs: { returnShipping: { amount: -index, currency: 'USD' } } };
  base['id'] = `case-${index}`;
  base.costs.returnShipping.amount += index;
  if (index % 3 === 0) base['reason'] = 'quality_defect';
  if (index % 7 === 1) {
    base['reason'] = 'other';
    delete base['seller'];
  }
  if (index % 5 === 0) base['dates'] = { deliveredAt: '2026-03-02', requestedAt: `2026-03-${String(2 + (index % 27)).padStart(2, '0')}` };
  return base;
}

describe('concurrency', () => {
  const evaluator = createEvaluator(marketplaceStandard);
  const reference = createReferenceEvaluator(marketplaceStandard);
  const inputs = Array.from({ length: CONCURRENT_CALLS }, (_, index) => caseNumber(index));
  const decideOne = async (index: number) => JSON.stringify(evaluator.safeDecide(inputs[index], { locale: LOCALES[index % 2]! }));
  const decideThroughReference = async (index: number) => JSON.stringify(await reference.safeDecide(inputs[index], { locale: LOCALES[index % 2]! }));
  let sequential: string[] = [];

  it(`decides ${CONCURRENT_CALLS} distinct cases of every kind one after another`, async () => {
    sequential = [];
    for (let index = 0; index < CONCURRENT_CALLS; index += 1) sequential.push(await decideOne(index));
    expect(new Set(sequential).size).toBe(CONCURRENT_CALLS);
    const kinds = new Set(sequential.map((json) => {
      const result = JSON.parse(json) as { ok: boolean; decision?: { code: string }; error?: unknown };
      return result.ok ? result.decision?.code : 'error';
    }));
    expect([...kinds].sort()).toEqual(['buyer_reasons', 'error', 'no_fault_found', 'past_dispute_window', 'seller_fault', 'seller_free_returns']);
  }, 60_000);

  it(`gives the same decisions through json-rules-engine to ${CONCURRENT_CALLS} concurrent calls, started at once or arriving while earlier ones run`, async () => {
    const pending: Promise<string>[] = [];
    for (let index = 0; index < CONCURRENT_CALLS; index += 1) {
      pending.push(decideThroughReference(index));
      // The first half starts in one go; each later call lets the running ones make some progress
      // (0–12 microtask turns) first, so calls finish while others are halfway through.
      if (index < CONCURRENT_CALLS / 2) continue;
      for (let turn = 0; turn < (index * 7_919) % 13; turn += 1) await Promise.resolve();
    }
    expect(await Promise.all(pending)).toEqual(sequential);
  }, 60_000);
});
