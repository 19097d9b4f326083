/**
 * Fixtures for the hardening tests: a corpus of valid cases that together reach every part of the
 * decision pipeline, the built-in rule-set document, and checks shared by several files.
 */
import { expect } from 'vitest';
import standardJson from '../../rules/marketplace-standard.json' with { type: 'json' };
import type { Decision } from '../../src/index.js';

type Json = Record<string, unknown>;
const usd = (amount: number) => ({ amount, currency: 'USD' });

/** Valid cases: seller fault, own reasons, splits, coverage, outbound and replacement legs, zones, currencies. */
export const VALID_CASES: readonly Json[] = [
  { id: 'changed-mind', reason: 'changed_mind', costs: { returnShipping: usd(690), outboundShipping: usd(399) }, dates: { deliveredAt: '2026-03-02T14:00:00Z', requestedAt: '2026-03-09T20:30:00Z' } },
  { id: 'defect', reason: 'quality_defect', findings: { qualityDefect: true }, costs: { returnShipping: usd(1250) }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-03' } },
  {
    id: 'wrong-item-exchange',
    reason: 'wrong_item',
    resolution: 'exchange',
    findings: { wrongItem: true },
    costs: { returnShipping: { amount: 850, currency: 'EUR' }, replacementShipping: { amount: 499, currency: 'EUR' } },
    dates: { deliveredAt: '2026-05-11', requestedAt: '2026-05-12' },
    timeZone: 'Europe/Berlin',
  },
  { id: 'split-60-40', reason: 'does_not_fit', costs: { returnShipping: usd(1001) }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-04' }, negotiatedSplit: { sellerPercent: 33.33 } },
  { id: 'split-amount', reason: 'quality_defect', costs: { returnShipping: usd(1000) }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-04' }, negotiatedSplit: { sellerAmount: usd(300) } },
  {
    id: 'guarantee',
    reason: 'changed_mind',
    costs: { returnShipping: usd(1450) },
    dates: { deliveredAt: '2026-04-01', requestedAt: '2026-04-06' },
    coverage: { kind: 'return_guarantee', payer: 'platform', limit: usd(1000), firstReturnOnly: true },
    priorReturns: 0,
  },
  {
    id: 'insurance-second-return',
    reason: 'changed_mind',
    costs: { returnShipping: usd(800) },
    dates: { deliveredAt: '2026-04-01', requestedAt: '2026-04-06' },
    coverage: { kind: 'return_shipping_insurance', payer: 'insurer', reasons: ['changed_mind'], firstReturnOnly: true },
    priorReturns: 1,
  },
  { id: 'late', reason: 'changed_mind', costs: { returnShipping: usd(500) }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-04-02' }, negotiatedSplit: { sellerPercent: 50 } },
  {
    id: 'jpy-free-returns',
    reason: 'other',
    costs: { returnShipping: { amount: 1001, currency: 'JPY' }, outboundShipping: { amount: 700, currency: 'JPY' } },
    dates: { deliveredAt: '2026-03-02T23:30:00+09:00', requestedAt: '2026-03-10T00:10:00+09:00' },
    timeZone: 'Asia/Tokyo',
    seller: { freeReturns: true, freeShipping: 'threshold', thresholdStillMet: false },
    item: { category: 'shoes', tags: ['bulky'], condition: 'opened', price: { amount: 12000, currency: 'JPY' } },
  },
  { id: 'kwd-zero', reason: 'ordered_by_mistake', channel: 'off_premises', jurisdiction: 'KW', costs: { returnShipping: { amount: 0, currency: 'KWD' } }, dates: { deliveredAt: '2026-03-02', requestedAt: '2026-03-02' } },
];

/** A fresh copy of the built-in rule set's document. */
export const standardDocument = (): typeof standardJson => structuredClone(standardJson);

/** Freezes an object graph in place, so any attempt to modify it throws (ES modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The money invariants every decision keeps: shares are non-negative safe integers summing to their line, totals sum the lines. */
export function expectConsistentMoney(decision: Decision): void {
  let linesTotal = 0n;
  let sharesTotal = 0n;
  for (const line of decision.lines) {
    let sum = 0n;
    for (const share of line.shares) {
      expect(Number.isSafeInteger(share.amount.amount) && share.amount.amount >= 0).toBe(true);
      sum += BigInt(share.amount.amount);
    }
    expect(sum).toBe(BigInt(line.total.amount));
    linesTotal += BigInt(line.total.amount);
  }
  for (const paid of Object.values(decision.totals)) sharesTotal += BigInt(paid.amount);
  expect(sharesTotal).toBe(linesTotal);
}

/** Every path to a value inside `root` (the root is `[]`), objects and arrays included. */
export function pathsOf(root: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((child: unknown, index) => visit(child, [...path, index]));
    else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
  };
  visit(root, []);
  return paths;
}

/** One edit of a JSON document: replace a value, delete it, or add a key beside it. */
export type Mutation = { at: number; op: 'set' | 'delete' | 'add'; key: string; value: unknown };

/** Applies mutations to a copy of `document`; `at` picks a path (modulo the number of paths). */
export function mutate(document: unknown, mutations: readonly Mutation[]): unknown {
  let result: unknown = structuredClone(document);
  for (const mutation of mutations) {
    const paths = pathsOf(result);
    const path = paths[mutation.at % paths.length] ?? [];
    if (path.length === 0) {
      if (mutation.op === 'set') result = mutation.value;
      continue;
    }
    let parent: unknown = result;
    for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[segment];
    const last = path[path.length - 1] as string | number;
    const container = parent as Record<string | number, unknown>;
    if (mutation.op === 'set') container[last] = mutation.value;
    else if (mutation.op === 'delete') {
      if (Array.isArray(container)) container.splice(last as number, 1);
      else delete container[last];
    } else if (!Array.isArray(container)) {
      // defineProperty, so that "__proto__" becomes an own key as JSON.parse would make it.
      Object.defineProperty(container, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return result;
}
