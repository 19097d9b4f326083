import { ReturnCaseError, type Issue } from '../errors.js';
import { snapshotUntrusted, type StructureLimits } from '../internal/untrusted.js';
import { currencyDigits } from '../money/money.js';
import { compareDateTimes, isKnownTimeZone, isRealDateTime } from './dates.js';
// Not ./schema.js: that module builds the zod schema, and would bring zod into every bundle of this one.
import { type CaseFacts, FAST_BOUNDS, fastValidateCase, noFacts, type ReturnCase, validateCase } from './validate.js';

type Money = { amount: number; currency: string };

/**
 * Bounds on the raw input, checked before the schema. A valid case stays far inside them (its
 * longest strings have 200 characters, its longest array 100 entries, its deepest value 3 levels);
 * they exist so that hostile input is refused at a cost bounded by the limits, not by the input.
 */
export const CASE_LIMITS: StructureLimits = Object.freeze({ maxStringLength: 1_000, maxArrayLength: 1_000, maxNodes: 10_000, maxNesting: 16 });

/**
 * Whether a case the fast path accepts is one inspectStructure passes under CASE_LIMITS (it is,
 * unless the limits are tightened below what a valid case can hold; then every case takes the long way).
 */
const FAST_PATH_FITS =
  CASE_LIMITS.topLevelArrays === undefined &&
  CASE_LIMITS.maxStringLength >= FAST_BOUNDS.maxStringLength &&
  CASE_LIMITS.maxArrayLength >= FAST_BOUNDS.maxArrayLength &&
  CASE_LIMITS.maxNesting >= FAST_BOUNDS.maxNesting &&
  CASE_LIMITS.maxNodes >= FAST_BOUNDS.maxNodes;

/** The facts of a case, read as `c.item?.price` and the like read them. */
function factsOf(c: ReturnCase): CaseFacts {
  const { costs, dates, negotiatedSplit: split } = c;
  return {
    returnShipping: costs.returnShipping,
    outboundShipping: costs.outboundShipping,
    standardOutboundShipping: costs.standardOutboundShipping,
    replacementShipping: costs.replacementShipping,
    price: c.item?.price,
    sellerAmount: split?.sellerAmount,
    limit: c.coverage?.limit,
    orderValue: c.order?.value,
    diminishedValue: c.inspection?.diminishedValue,
    timeZone: c.timeZone,
    deliveredAt: dates.deliveredAt,
    requestedAt: dates.requestedAt,
    orderedAt: dates.orderedAt,
    promisedBy: dates.promisedBy,
    qualityGuaranteeEndsAt: dates.qualityGuaranteeEndsAt,
    split: split !== undefined,
    sellerPercent: split?.sellerPercent,
    agreedAt: split?.agreedAt,
    thresholdStillMet: c.seller?.thresholdStillMet,
    freeShipping: c.seller?.freeShipping,
  };
}

const probe: Record<string, unknown> = {};
/**
 * Does Object.prototype lack (as it does unless tampered with) every key {@link factsOf} may find
 * missing in a case? Then the fast path's facts are what factsOf would read of its copy.
 */
const pristine = (): boolean =>
  probe['item'] === undefined &&
  probe['negotiatedSplit'] === undefined &&
  probe['coverage'] === undefined &&
  probe['order'] === undefined &&
  probe['inspection'] === undefined &&
  probe['timeZone'] === undefined &&
  probe['seller'] === undefined &&
  probe['outboundShipping'] === undefined &&
  probe['standardOutboundShipping'] === undefined &&
  probe['replacementShipping'] === undefined &&
  probe['orderedAt'] === undefined &&
  probe['promisedBy'] === undefined &&
  probe['qualityGuaranteeEndsAt'] === undefined &&
  probe['price'] === undefined &&
  probe['sellerPercent'] === undefined &&
  probe['sellerAmount'] === undefined &&
  probe['agreedAt'] === undefined &&
  probe['limit'] === undefined &&
  probe['value'] === undefined &&
  probe['diminishedValue'] === undefined &&
  probe['thresholdStillMet'] === undefined &&
  probe['freeShipping'] === undefined;

/**
 * Reports a Money value's currency when it is unknown, or differs from `currency` (costs.returnShipping's,
 * `known` when that one is known). Allocates only for an issue.
 */
function checkCurrency(issues: Issue[], value: Money | undefined, parent: string, key: string, currency: string, known: boolean): void {
  if (value === undefined) return;
  const code = value.currency;
  if (!(code === currency ? known : currencyDigits(code) !== undefined)) {
    issues.push({ path: [parent, key, 'currency'], code: 'unknown_currency', message: `unknown currency ${JSON.stringify(code)}; expected an ISO 4217 code` });
  } else if (code !== currency) {
    issues.push({
      path: [parent, key, 'currency'],
      code: 'mixed_currencies',
      message: `currency ${code} differs from costs.returnShipping (${currency}); all money in one case shares one currency`,
    });
  }
}

/** For the dates of a case the fast path took: they are real. */
const real = (): boolean => true;

const invalidDate = (path: (string | number)[], value: string): Issue => ({ path, code: 'invalid_date', message: `${JSON.stringify(value)} is not a real calendar date and time` });

/**
 * Checks that need more than one field, or knowledge the schema's structure cannot express. (Exported
 * for test/case-validate.test.ts, whose oracle is the zod-based parseReturnCase; not public API.)
 */
export function semanticIssues(c: ReturnCase): Issue[] {
  return issuesOf(factsOf(c));
}

/** The semantic issues of a case's facts; `real` when its dates are known to be real ones (the fast path takes no others). */
function issuesOf(f: CaseFacts, real = (text: string) => isRealDateTime(text)): Issue[] {
  const issues: Issue[] = [];
  const { returnShipping } = f;
  const currency = returnShipping.currency;
  // Each amount is a safe integer, but a party's total is a sum across lines: keep that exact too.
  // (In doubles, the sum of three safe integers passes MAX_SAFE_INTEGER exactly when the exact sum does.)
  const outboundAmount = f.outboundShipping?.amount ?? 0;
  const replacementAmount = f.replacementShipping?.amount ?? 0;
  if (returnShipping.amount + outboundAmount + replacementAmount > Number.MAX_SAFE_INTEGER) {
    const sum = BigInt(returnShipping.amount) + BigInt(outboundAmount) + BigInt(replacementAmount);
    issues.push({
      path: ['costs'],
      code: 'amount_too_large',
      message: `returnShipping, outboundShipping and replacementShipping add up to ${sum} minor units, beyond the largest exact total (${Number.MAX_SAFE_INTEGER})`,
    });
  }
  // Every Money value, in this order.
  const known = currencyDigits(currency) !== undefined;
  checkCurrency(issues, returnShipping, 'costs', 'returnShipping', currency, known);
  checkCurrency(issues, f.outboundShipping, 'costs', 'outboundShipping', currency, known);
  checkCurrency(issues, f.standardOutboundShipping, 'costs', 'standardOutboundShipping', currency, known);
  checkCurrency(issues, f.replacementShipping, 'costs', 'replacementShipping', currency, known);
  checkCurrency(issues, f.price, 'item', 'price', currency, known);
  checkCurrency(issues, f.sellerAmount, 'negotiatedSplit', 'sellerAmount', currency, known);
  checkCurrency(issues, f.limit, 'coverage', 'limit', currency, known);
  checkCurrency(issues, f.orderValue, 'order', 'value', currency, known);
  checkCurrency(issues, f.diminishedValue, 'inspection', 'diminishedValue', currency, known);

  const zone = f.timeZone ?? 'UTC';
  const zoneKnown = isKnownTimeZone(zone);
  if (!zoneKnown) {
    issues.push({ path: ['timeZone'], code: 'unknown_time_zone', message: `unknown time zone ${JSON.stringify(zone)}; expected an IANA name such as "Asia/Shanghai"` });
  }
  const { deliveredAt, requestedAt, orderedAt, promisedBy, qualityGuaranteeEndsAt, agreedAt } = f;
  const deliveredReal = real(deliveredAt);
  if (!deliveredReal) issues.push(invalidDate(['dates', 'deliveredAt'], deliveredAt));
  const requestedReal = real(requestedAt);
  if (!requestedReal) issues.push(invalidDate(['dates', 'requestedAt'], requestedAt));
  const orderedReal = orderedAt !== undefined && real(orderedAt);
  if (orderedAt !== undefined && !orderedReal) issues.push(invalidDate(['dates', 'orderedAt'], orderedAt));
  if (promisedBy !== undefined && !real(promisedBy)) issues.push(invalidDate(['dates', 'promisedBy'], promisedBy));
  if (qualityGuaranteeEndsAt !== undefined && !real(qualityGuaranteeEndsAt)) issues.push(invalidDate(['dates', 'qualityGuaranteeEndsAt'], qualityGuaranteeEndsAt));
  if (agreedAt !== undefined && !real(agreedAt)) issues.push(invalidDate(['negotiatedSplit', 'agreedAt'], agreedAt));
  if (zoneKnown && deliveredReal && requestedReal) {
    if (compareDateTimes(requestedAt, deliveredAt, zone) < 0) {
      issues.push({
        path: ['dates', 'requestedAt'],
        code: 'requested_before_delivered',
        message: `requestedAt (${requestedAt}) is before deliveredAt (${deliveredAt}); a return is requested after delivery`,
      });
    }
    if (orderedReal && compareDateTimes(deliveredAt, orderedAt, zone) < 0) {
      issues.push({ path: ['dates', 'deliveredAt'], code: 'delivered_before_ordered', message: `deliveredAt (${deliveredAt}) is before orderedAt (${orderedAt})` });
    }
  }

  if (f.split) {
    const { sellerPercent, sellerAmount } = f;
    const hasPercent = sellerPercent !== undefined;
    const hasAmount = sellerAmount !== undefined;
    if (hasPercent === hasAmount) {
      issues.push({
        path: ['negotiatedSplit'],
        code: 'invalid_split',
        message: `give exactly one of sellerPercent or sellerAmount (got ${hasPercent ? 'both' : 'neither'})`,
      });
    }
    if (sellerPercent !== undefined && !hasAtMostTwoDecimals(sellerPercent)) {
      issues.push({ path: ['negotiatedSplit', 'sellerPercent'], code: 'invalid_percent', message: `percentages have at most two decimals; got ${sellerPercent}` });
    }
    if (sellerAmount !== undefined && sellerAmount.amount > returnShipping.amount) {
      issues.push({
        path: ['negotiatedSplit', 'sellerAmount', 'amount'],
        code: 'split_exceeds_cost',
        message: `the seller's agreed amount (${sellerAmount.amount}) exceeds the return shipping cost (${returnShipping.amount})`,
      });
    }
  }
  if (f.thresholdStillMet !== undefined && f.freeShipping !== 'threshold') {
    issues.push({ path: ['seller', 'thresholdStillMet'], code: 'threshold_without_threshold_shipping', message: "thresholdStillMet only applies when freeShipping is 'threshold'" });
  }
  return issues;
}

/**
 * Does a percentage have at most two decimals (e.g. 33.33, not 33.333 nor 50.000000001 nor 1e-300)?
 * Exact, with no tolerance: scaled to hundredths and rounded to an integer k, the value must be the
 * very double nearest to k / 100, i.e. what the literal with those two decimals parses to.
 */
export function hasAtMostTwoDecimals(value: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e13 && Math.round(value * 100) / 100 === value;
}

/**
 * Validates unknown input as a {@link ReturnCase}.
 *
 * @param input - parsed JSON or an object literal
 * @returns a new, validated case (the input is not modified). The input is read once, into a
 *   snapshot of plain data (see SECURITY.md), and only the snapshot is checked and used
 * @throws {ReturnCaseError} listing every problem with its path, e.g. unknown keys, floats as
 *   money, mixed or unknown currencies, an unknown time zone, `requestedAt` before `deliveredAt`,
 *   cost lines adding up beyond `Number.MAX_SAFE_INTEGER` (`amount_too_large`), a `__proto__`,
 *   `constructor` or `prototype` key anywhere (`forbidden_key`), an object that is not plain data
 *   (`not_plain_data`), a getter or Proxy trap that throws (`unreadable`), or input beyond
 *   `CASE_LIMITS` (`string_too_long`, `array_too_long`, `too_large`, `too_deep`); at most
 *   100 issues, with `more` counting the rest
 * @example
 * const returnCase = parseReturnCase({
 *   reason: 'changed_mind',
 *   costs: { returnShipping: money('6.90', 'USD') },
 *   dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-05' },
 * });
 */
export function parseReturnCase(input: unknown): ReturnCase {
  // The input is read once, into a copy of plain data, and measured against CASE_LIMITS; forbidden
  // keys, oversized or non-plain input and throwing getters or traps are refused here. Everything
  // below works on the copy, so a getter cannot answer the checks one thing and the schema another.
  const snapshot = snapshotUntrusted(input, CASE_LIMITS);
  if (snapshot.issues.length > 0) throw new ReturnCaseError(snapshot.issues);
  const copy = snapshot.value;
  // The common case first: valid plain data, validated and copied in one pass that also notes what
  // the semantic checks read. Whatever that pass does not vouch for (anything invalid, and some
  // unusual valid input) takes the long way below, which decides and reports as if the pass had not happened.
  const facts = noFacts();
  let data = FAST_PATH_FITS ? fastValidateCase(copy, facts) : undefined;
  let issues: Issue[];
  if (data !== undefined) {
    issues = pristine() ? issuesOf(facts, real) : issuesOf(factsOf(data));
  } else {
    // The structure, with exactly the issues returnCaseSchema would report; semantic checks only on a sound one.
    const result = validateCase(copy, false);
    if (!result.success) throw new ReturnCaseError(result.issues);
    data = result.data;
    issues = semanticIssues(data);
  }
  if (issues.length > 0) throw new ReturnCaseError(issues);
  return data;
}
