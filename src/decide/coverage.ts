/** Pipeline step: a return guarantee or return-shipping insurance takes over its beneficiary's part, up to its limit. */
import type { ReturnCase } from '../case/schema.js';
import type { CoverageNote } from '../model/decision.js';
import type { LiabilityParams } from '../rule-set/schema.js';
import { amountOf, type Part, percentOf } from './shares.js';

/** Applies the case's coverage to the return leg, when the winning rule lets it. */
export function applyCoverage(c: ReturnCase, rule: LiabilityParams, parts: Part[]): { parts: Part[]; note: CoverageNote | undefined } {
  const coverage = c.coverage;
  if (coverage === undefined) return { parts, note: undefined };
  if (!rule.coverage) return { parts, note: { status: 'not_applied', reason: 'rule_excludes' } };
  if (coverage.reasons !== undefined && !coverage.reasons.includes(c.reason)) return { parts, note: { status: 'not_applied', reason: 'reason_not_covered' } };
  if (coverage.firstReturnOnly && (c.priorReturns ?? 0) > 0) return { parts, note: { status: 'not_applied', reason: 'not_first_return' } };
  const beneficiary = coverage.beneficiary ?? 'buyer';
  const owed = amountOf(parts, beneficiary);
  if (owed === 0) return { parts, note: { status: 'not_applied', reason: 'nothing_to_cover' } };
  const limit = coverage.limit?.amount;
  const covered = limit === undefined ? owed : Math.min(owed, limit);
  if (covered === 0) return { parts, note: { status: 'applied', amount: 0, remainder: owed, limit } };
  const total = c.costs.returnShipping.amount;
  let left = covered;
  const next: Part[] = parts.map((part) => {
    if (part.party !== beneficiary || left === 0) return part;
    const taken = Math.min(part.amount, left);
    left -= taken;
    const amount = part.amount - taken;
    return { ...part, amount, percent: percentOf(amount, total) };
  });
  next.push({ party: coverage.payer, amount: covered, percent: percentOf(covered, total), via: 'coverage' });
  return { parts: next, note: { status: 'applied', amount: covered, remainder: owed - covered, limit } };
}
