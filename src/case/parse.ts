import { ReturnCaseError, type Issue } from '../errors.js';
import { inspectStructure, type StructureLimits } from '../internal/untrusted.js';
import { currencyDigits } from '../money/money.js';
import { compareDateTimes, isKnownTimeZone, isRealDateTime } from './dates.js';
// Not ./schema.js: that module builds the zod schema, and would bring zod into every bundle of this one.
import { type ReturnCase, validateCase } from './validate.js';

type Path = (string | number)[];

/** Every Money value in a case, with its path. */
function moneyEntries(c: ReturnCase): Array<[Path, { amount: number; currency: string }]> {
  const entries: Array<[Path, { amount: number; currency: string }]> = [[['costs', 'returnShipping'], c.costs.returnShipping]];
  const optional: Array<[Path, { amount: number; currency: string } | undefined]> = [
    [['costs', 'outboundShipping'], c.costs.outboundShipping],
    [['costs', 'standardOutboundShipping'], c.costs.standardOutboundShipping],
    [['costs', 'replacementShipping'], c.costs.replacementShipping],
    [['item', 'price'], c.item?.price],
    [['negotiatedSplit', 'sellerAmount'], c.negotiatedSplit?.sellerAmount],
    [['coverage', 'limit'], c.coverage?.limit],
    [['order', 'value'], c.order?.value],
    [['inspection', 'diminishedValue'], c.inspection?.diminishedValue],
  ];
  for (const [path, value] of optional) if (value !== undefined) entries.push([path, value]);
  return entries;
}

/**
 * Bounds on the raw input, checked before the schema. A valid case stays far inside them (its
 * longest strings have 200 characters, its longest array 100 entries, its deepest value 3 levels);
 * they exist so that hostile input is refused at a cost bounded by the limits, not by the input.
 */
export const CASE_LIMITS: StructureLimits = Object.freeze({ maxStringLength: 1_000, maxArrayLength: 1_000, maxNodes: 10_000, maxNesting: 16 });

/** The cost lines a decision allocates; their sum bounds every party's total. */
const LINE_COSTS = ['returnShipping', 'outboundShipping', 'replacementShipping'] as const;

/**
 * Checks that need more than one field, or knowledge the schema's structure cannot express. (Exported
 * for test/case-validate.test.ts, whose oracle is the zod-based parseReturnCase; not public API.)
 */
export function semanticIssues(c: ReturnCase): Issue[] {
  const issues: Issue[] = [];
  const currency = c.costs.returnShipping.currency;
  // Each amount is a safe integer, but a party's total is a sum across lines: keep that exact too.
  const sum = LINE_COSTS.reduce((total, cost) => total + BigInt(c.costs[cost]?.amount ?? 0), 0n);
  if (sum > BigInt(Number.MAX_SAFE_INTEGER)) {
    issues.push({
      path: ['costs'],
      code: 'amount_too_large',
      message: `returnShipping, outboundShipping and replacementShipping add up to ${sum} minor units, beyond the largest exact total (${Number.MAX_SAFE_INTEGER})`,
    });
  }
  for (const [path, value] of moneyEntries(c)) {
    if (currencyDigits(value.currency) === undefined) {
      issues.push({ path: [...path, 'currency'], code: 'unknown_currency', message: `unknown currency ${JSON.stringify(value.currency)}; expected an ISO 4217 code` });
    } else if (value.currency !== currency) {
      issues.push({
        path: [...path, 'currency'],
        code: 'mixed_currencies',
        message: `currency ${value.currency} differs from costs.returnShipping (${currency}); all money in one case shares one currency`,
      });
    }
  }

  const zone = c.timeZone ?? 'UTC';
  const zoneKnown = isKnownTimeZone(zone);
  if (!zoneKnown) {
    issues.push({ path: ['timeZone'], code: 'unknown_time_zone', message: `unknown time zone ${JSON.stringify(zone)}; expected an IANA name such as "Asia/Shanghai"` });
  }
  const dateFields = ['deliveredAt', 'requestedAt', 'orderedAt', 'promisedBy'] as const;
  const realDates = new Set<string>();
  for (const field of dateFields) {
    const value = c.dates[field];
    if (value === undefined) continue;
    if (isRealDateTime(value)) realDates.add(field);
    else issues.push({ path: ['dates', field], code: 'invalid_date', message: `${JSON.stringify(value)} is not a real calendar date and time` });
  }
  if (c.negotiatedSplit?.agreedAt !== undefined && !isRealDateTime(c.negotiatedSplit.agreedAt)) {
    issues.push({ path: ['negotiatedSplit', 'agreedAt'], code: 'invalid_date', message: `${JSON.stringify(c.negotiatedSplit.agreedAt)} is not a real calendar date and time` });
  }
  if (zoneKnown && realDates.has('deliveredAt') && realDates.has('requestedAt')) {
    if (compareDateTimes(c.dates.requestedAt, c.dates.deliveredAt, zone) < 0) {
      issues.push({
        path: ['dates', 'requestedAt'],
        code: 'requested_before_delivered',
        message: `requestedAt (${c.dates.requestedAt}) is before deliveredAt (${c.dates.deliveredAt}); a return is requested after delivery`,
      });
    }
    if (realDates.has('orderedAt') && c.dates.orderedAt !== undefined && compareDateTimes(c.dates.deliveredAt, c.dates.orderedAt, zone) < 0) {
      issues.push({ path: ['dates', 'deliveredAt'], code: 'delivered_before_ordered', message: `deliveredAt (${c.dates.deliveredAt}) is before orderedAt (${c.dates.orderedAt})` });
    }
  }

  const split = c.negotiatedSplit;
  if (split !== undefined) {
    const hasPercent = split.sellerPercent !== undefined;
    const hasAmount = split.sellerAmount !== undefined;
    if (hasPercent === hasAmount) {
      issues.push({
        path: ['negotiatedSplit'],
        code: 'invalid_split',
        message: `give exactly one of sellerPercent or sellerAmount (got ${hasPercent ? 'both' : 'neither'})`,
      });
    }
    if (split.sellerPercent !== undefined && !hasAtMostTwoDecimals(split.sellerPercent)) {
      issues.push({ path: ['negotiatedSplit', 'sellerPercent'], code: 'invalid_percent', message: `percentages have at most two decimals; got ${split.sellerPercent}` });
    }
    if (split.sellerAmount !== undefined && split.sellerAmount.amount > c.costs.returnShipping.amount) {
      issues.push({
        path: ['negotiatedSplit', 'sellerAmount', 'amount'],
        code: 'split_exceeds_cost',
        message: `the seller's agreed amount (${split.sellerAmount.amount}) exceeds the return shipping cost (${c.costs.returnShipping.amount})`,
      });
    }
  }
  if (c.seller?.thresholdStillMet !== undefined && c.seller.freeShipping !== 'threshold') {
    issues.push({ path: ['seller', 'thresholdStillMet'], code: 'threshold_without_threshold_shipping', message: "thresholdStillMet only applies when freeShipping is 'threshold'" });
  }
  return issues;
}

/** Does a percentage have at most two decimals (e.g. 33.33, not 33.333)? */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/**
 * Validates unknown input as a {@link ReturnCase}.
 *
 * @param input - parsed JSON or an object literal
 * @returns a new, validated case (the input is not modified)
 * @throws {ReturnCaseError} listing every problem with its path, e.g. unknown keys, floats as
 *   money, mixed or unknown currencies, an unknown time zone, `requestedAt` before `deliveredAt`,
 *   cost lines adding up beyond `Number.MAX_SAFE_INTEGER` (`amount_too_large`), a `__proto__`,
 *   `constructor` or `prototype` key anywhere (`forbidden_key`), or input beyond {@link CASE_LIMITS}
 *   (`string_too_long`, `array_too_long`, `too_large`, `too_deep`)
 * @example
 * const returnCase = parseReturnCase({
 *   reason: 'changed_mind',
 *   costs: { returnShipping: money('6.90', 'USD') },
 *   dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-05' },
 * });
 */
export function parseReturnCase(input: unknown): ReturnCase {
  // Forbidden keys and oversized input are refused before the validator walks (and copies) the input.
  const unsafe = inspectStructure(input, CASE_LIMITS);
  if (unsafe.length > 0) throw new ReturnCaseError(unsafe);
  // The structure, with exactly the issues returnCaseSchema would report; semantic checks only on a sound one.
  const result = validateCase(input);
  if (!result.success) throw new ReturnCaseError(result.issues);
  const issues = semanticIssues(result.data);
  if (issues.length > 0) throw new ReturnCaseError(issues);
  return result.data;
}
