import { addDays } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { formatCalendarDay } from '../case/dates.js';
import { NONE } from '../case/facts.js';
import type { ReturnCase } from '../case/schema.js';
import type { TimePoint } from './fact-space.js';

/** Currency and return shipping cost of example cases when the rules do not test the amount. */
const CURRENCY = 'EUR';
const DEFAULT_RETURN_SHIPPING = 690;
/** Delivery day and days to the request when the rules test no time fact. */
const DEFAULT_TIME: TimePoint = { deliveredAt: '2026-01-26', days: 1 };

function isTrue(facts: Readonly<Record<string, unknown>>, name: string): boolean {
  return facts[name] === true;
}

function stringFact(facts: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = facts[name];
  return typeof value === 'string' && value !== NONE ? value : undefined;
}

/**
 * The inverse of `toFacts`: a small, valid return case whose facts include `facts`, or `undefined`
 * when no real case has that combination (e.g. `thresholdStillMet` without threshold free shipping).
 * Facts left out take the values an absent field gives; only non-default fields are written, so the
 * example reads like a real request.
 *
 * @param facts - fact values by name; `itemTags` as a list
 * @param time - delivery day and days to the request, chosen so that `daysSinceDelivery` and the
 *   window facts come out as wanted
 */
export function exampleCase(facts: Readonly<Record<string, unknown>>, time: TimePoint = DEFAULT_TIME): ReturnCase | undefined {
  const { deliveredAt, days } = time;
  const [year, month, day] = deliveredAt.split('-').map(Number) as [number, number, number];
  const requestedAt = formatCalendarDay(addDays(new TZDate(year, month - 1, day, 'UTC'), days));
  const amount = typeof facts['returnShippingAmount'] === 'number' ? facts['returnShippingAmount'] : DEFAULT_RETURN_SHIPPING;

  const draft: ReturnCase = {
    reason: (stringFact(facts, 'reason') ?? 'other') as ReturnCase['reason'],
    costs: { returnShipping: { amount, currency: CURRENCY } },
    dates: { deliveredAt, requestedAt },
  };
  const channel = stringFact(facts, 'channel');
  if (channel !== undefined && channel !== 'distance') draft.channel = channel as NonNullable<ReturnCase['channel']>;
  const resolution = stringFact(facts, 'resolution');
  if (resolution !== undefined && resolution !== 'refund') draft.resolution = resolution as NonNullable<ReturnCase['resolution']>;

  const findings: NonNullable<ReturnCase['findings']> = {};
  for (const name of ['qualityDefect', 'wrongItem', 'notAsDescribed', 'damagedInTransit', 'missingParts'] as const) {
    if (isTrue(facts, name)) findings[name] = true;
  }
  if (Object.keys(findings).length > 0) draft.findings = findings;

  const item: NonNullable<ReturnCase['item']> = {};
  const category = stringFact(facts, 'itemCategory');
  if (category !== undefined) item.category = category;
  const tags = Array.isArray(facts['itemTags']) ? (facts['itemTags'] as string[]) : [];
  if (tags.length > 0) item.tags = [...tags];
  const condition = stringFact(facts, 'itemCondition');
  if (condition !== undefined) item.condition = condition as NonNullable<NonNullable<ReturnCase['item']>['condition']>;
  if (isTrue(facts, 'confirmedNonReturnable')) item.confirmedNonReturnable = true;
  if (Object.keys(item).length > 0) draft.item = item;

  const seller: NonNullable<ReturnCase['seller']> = {};
  if (isTrue(facts, 'sellerFreeReturns')) seller.freeReturns = true;
  if (isTrue(facts, 'sellerDisclosedReturnCosts')) seller.disclosedReturnCosts = true;
  if (isTrue(facts, 'sellerDisclosedWithdrawalRight')) seller.disclosedWithdrawalRight = true;
  let freeShipping = stringFact(facts, 'freeShipping');
  if (facts['thresholdStillMet'] === true) {
    // The case schema allows thresholdStillMet only with threshold free shipping.
    if (facts['freeShipping'] !== undefined && facts['freeShipping'] !== 'threshold') return undefined;
    freeShipping = 'threshold';
  }
  if (freeShipping !== undefined) seller.freeShipping = freeShipping as NonNullable<NonNullable<ReturnCase['seller']>['freeShipping']>;
  if (freeShipping === 'threshold' && typeof facts['thresholdStillMet'] === 'boolean') seller.thresholdStillMet = facts['thresholdStillMet'];
  if (Object.keys(seller).length > 0) draft.seller = seller;

  if (isTrue(facts, 'hasNegotiatedSplit')) draft.negotiatedSplit = { sellerPercent: 50 };
  const coverageKind = stringFact(facts, 'coverageKind') ?? (isTrue(facts, 'hasCoverage') ? 'return_guarantee' : undefined);
  if (coverageKind !== undefined) {
    if (facts['hasCoverage'] === false) return undefined;
    draft.coverage = coverageKind === 'return_shipping_insurance'
      ? { kind: 'return_shipping_insurance', payer: 'insurer' }
      : { kind: 'return_guarantee', payer: 'platform' };
  }
  if (typeof facts['priorReturns'] === 'number' && facts['priorReturns'] > 0) draft.priorReturns = facts['priorReturns'];
  const jurisdiction = stringFact(facts, 'jurisdiction');
  if (jurisdiction !== undefined) draft.jurisdiction = jurisdiction;
  return draft;
}
