// Seeded generator of VALID, varied return cases for the bench and its differential mode.
//
// Why generate at all: timing one example case measures one path through decide() (one rule, no
// split, no coverage) and lets the JIT specialise on it. Real traffic mixes reasons, findings,
// splits, guarantees, time zones and dates, so the timings and the equality checks use thousands
// of cases drawn from every corner of the case schema (src/case/schema.ts) that the built-in rule
// sets can tell apart — and some corners they cannot (ids, prices, label sources), because a
// real case carries those too and decide() still has to validate them.
//
// Every case is valid by construction (one currency, requestedAt not before deliveredAt,
// thresholdStillMet only with threshold free shipping, exactly one of sellerPercent/sellerAmount,
// a seller amount within the return cost, …). `generateCases` still runs each one through
// parseReturnCase and counts refusals: a refusal means this file is wrong, and the bench says so.

import { parseReturnCase } from '../dist/index.js';

/** mulberry32: tiny, seeded, the same sequence on every run, so failures can be replayed by seed. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REASONS = [
  'quality_defect', 'wrong_item', 'not_as_described', 'damaged_in_transit', 'missing_parts', 'late_delivery',
  'changed_mind', 'does_not_fit', 'ordered_by_mistake', 'better_price_found', 'other',
];
const FINDINGS = ['qualityDefect', 'wrongItem', 'notAsDescribed', 'damagedInTransit', 'missingParts'];
// The tags the built-in rule sets test, and some they do not.
const TAGS = [
  'custom_made', 'perishable', 'digital_unsealed', 'media_seal_broken', 'newspaper', 'unsuitable_by_nature',
  'hygiene_seal_broken', 'bulky', 'fragile', 'gift', 'electronics',
];
const CATEGORIES = ['apparel', 'electronics', 'books', 'furniture', 'grocery'];
const CONDITIONS = ['intact', 'opened', 'used', 'damaged_by_buyer'];
const CHANNELS = ['distance', 'off_premises', 'in_store'];
const RESOLUTIONS = ['refund', 'exchange', 'repair'];
const FREE_SHIPPING = ['none', 'unconditional', 'threshold'];
const LABEL_SOURCES = ['buyer', 'merchant', 'platform'];
const JURISDICTIONS = ['CN', 'DE', 'FR', 'NL', 'US', 'GB'];
// 0, 2 and 3 minor-unit digits all occur.
const CURRENCIES = ['USD', 'EUR', 'CNY', 'JPY', 'KWD', 'GBP'];
// Zones with and without DST, east and west of UTC, and a half-hour one.
const ZONES = ['UTC', 'Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', 'America/Los_Angeles'];
const OFFSETS = ['Z', '+08:00', '-05:00', '+01:00', '+09:00', '+05:30', '-08:00'];

const MS_PER_DAY = 86_400_000;
const pad = (n, width = 2) => String(n).padStart(width, '0');
const dayText = (day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * One random valid case. `random` is a seeded generator; the shapes below follow the case schema,
 * with probabilities chosen so that every rule of every built-in set wins often enough to matter.
 */
export function randomCase(random, serial) {
  const chance = (p) => random() < p;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const currency = pick(CURRENCIES);
  const money = (amount) => ({ amount, currency });
  const timeZone = chance(0.6) ? pick(ZONES) : undefined;

  // Amounts: mostly ordinary, sometimes zero (zero-cost lines keep their zero shares), sometimes
  // odd (rounding of splits), rarely beyond 2^53 / 10 000 (the exact BigInt path of the money code).
  const amount = () => {
    const r = random();
    if (r < 0.05) return 0;
    if (r < 0.08) return int(1, 9);
    if (r < 0.1) return int(1e12, 2e14);
    return int(100, 9_999);
  };
  const returnShipping = amount();
  const costs = { returnShipping: money(returnShipping) };
  if (chance(0.4)) costs.outboundShipping = money(amount());
  if (chance(0.15)) costs.standardOutboundShipping = money(amount());
  if (chance(0.25)) costs.replacementShipping = money(amount());

  // Dates: delivery in 2025–2027; the request mostly 0–16 days later (inside and just outside the
  // 7-, 14- and 15-day windows), else up to 40 days, sometimes up to ~27 months later
  // (the EU's 12-month extended withdrawal period and 24-month legal guarantee). Date-only,
  // local date-times and date-times with offsets all occur.
  const delivered = Date.UTC(2025, 0, 1) / MS_PER_DAY + int(0, 3 * 365);
  const spread = random();
  const after = spread < 0.55 ? int(0, 16) : spread < 0.85 ? int(0, 40) : int(41, 820);
  const stamp = (day, hour, minute, withOffset) =>
    `${dayText(day)}T${pad(hour)}:${pad(minute)}:00${withOffset ? pick(OFFSETS) : ''}`;
  const style = random();
  let deliveredAt;
  let requestedAt;
  if (style < 0.5 || after < 2) {
    // Date-only on at least one side: compared by calendar day, so day 0 is never "before" (an
    // offset can move the delivery to the next local day, so offsets only when the gap allows).
    deliveredAt = chance(0.5) ? dayText(delivered) : stamp(delivered, int(0, 23), int(0, 59), after >= 2 && chance(0.5));
    requestedAt = dayText(delivered + after);
  } else if (style < 0.75) {
    deliveredAt = stamp(delivered, int(0, 23), int(0, 59), false);
    requestedAt = stamp(delivered + after, int(0, 23), int(0, 59), false);
  } else {
    // Offsets up to 14 hours apart are less than the 2 days between the dates.
    deliveredAt = stamp(delivered, int(0, 23), int(0, 59), true);
    requestedAt = stamp(delivered + after, int(0, 23), int(0, 59), true);
  }
  const dates = { deliveredAt, requestedAt };
  if (chance(0.3)) dates.orderedAt = dayText(delivered - int(1, 20));
  if (chance(0.2)) dates.promisedBy = dayText(delivered + int(-5, 5));

  const c = { reason: pick(REASONS), costs, dates };
  if (chance(0.5)) c.id = `case-${serial}`;
  if (timeZone !== undefined) c.timeZone = timeZone;
  if (chance(0.3)) c.channel = pick(CHANNELS);
  if (chance(0.3)) c.resolution = pick(RESOLUTIONS);
  if (chance(0.4)) c.jurisdiction = pick(JURISDICTIONS);

  // Findings: usually none; when present, often confirming the stated reason, sometimes not.
  if (chance(0.3)) {
    const findings = {};
    for (const name of FINDINGS) if (chance(0.25)) findings[name] = chance(0.8);
    c.findings = findings;
  }

  if (chance(0.6)) {
    const item = {};
    if (chance(0.5)) item.category = pick(CATEGORIES);
    if (chance(0.5)) {
      const tags = new Set();
      for (let i = int(0, 3); i > 0; i--) tags.add(pick(TAGS));
      item.tags = [...tags];
    }
    if (chance(0.5)) item.condition = pick(CONDITIONS);
    if (chance(0.2)) item.confirmedNonReturnable = chance(0.5);
    if (chance(0.4)) item.price = money(int(100, 200_000));
    if (chance(0.3)) item.quantity = int(1, 5);
    c.item = item;
  }
  if (chance(0.2)) c.order = { value: money(int(100, 500_000)) };
  if (chance(0.3)) c.labelSource = pick(LABEL_SOURCES);
  if (chance(0.05)) c.inspection = { diminishedValue: money(int(0, 5_000)) };

  if (chance(0.7)) {
    const seller = {};
    if (chance(0.4)) seller.freeReturns = chance(0.5);
    if (chance(0.4)) seller.disclosedReturnCosts = chance(0.5);
    if (chance(0.4)) seller.disclosedWithdrawalRight = chance(0.5);
    if (chance(0.6)) {
      seller.freeShipping = pick(FREE_SHIPPING);
      if (seller.freeShipping === 'threshold' && chance(0.7)) seller.thresholdStillMet = chance(0.5);
    }
    c.seller = seller;
  }

  if (chance(0.25)) {
    const split = {};
    if (chance(0.6)) {
      // Whole percents, two-decimal percents, and the ends 0 and 100.
      const r = random();
      split.sellerPercent = r < 0.1 ? 0 : r < 0.2 ? 100 : r < 0.6 ? int(0, 100) : int(0, 10_000) / 100;
    } else {
      split.sellerAmount = money(chance(0.2) ? returnShipping : int(0, returnShipping));
    }
    if (chance(0.3)) split.agreedAt = requestedAt;
    c.negotiatedSplit = split;
  }

  if (chance(0.3)) {
    const insurance = chance(0.5);
    const coverage = { kind: insurance ? 'return_shipping_insurance' : 'return_guarantee', payer: insurance ? 'insurer' : 'platform' };
    if (chance(0.3)) coverage.beneficiary = pick(['buyer', 'seller']);
    if (chance(0.5)) coverage.limit = money(chance(0.1) ? 0 : int(1, 2_000));
    if (chance(0.3)) coverage.reasons = [...new Set(Array.from({ length: int(1, 4) }, () => pick(REASONS)))];
    if (chance(0.5)) coverage.firstReturnOnly = chance(0.7);
    c.coverage = coverage;
  }
  if (chance(0.5)) c.priorReturns = chance(0.6) ? 0 : int(1, 3);
  return c;
}

/**
 * `count` valid cases from `seed`. Returns them with the number the validator refused (which
 * should be 0; the bench fails when it is not).
 */
export function generateCases(count, seed) {
  const random = seededRandom(seed);
  const cases = [];
  let refused = 0;
  let firstRefusal;
  for (let serial = 0; cases.length < count; serial++) {
    const c = randomCase(random, serial);
    try {
      parseReturnCase(c);
      cases.push(c);
    } catch (error) {
      refused++;
      firstRefusal ??= { case: c, error };
    }
  }
  return { cases, refused, firstRefusal };
}
