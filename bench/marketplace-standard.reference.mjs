// marketplace-standard, written by hand: the baseline the bench holds decide(…, { explain: false })
// against. It is what a careful engineer would write with rules/marketplace-standard.json open —
// the 15-day dispute window, the rules in priority order, each rule's single payer, its outbound
// party, its negotiation and coverage flags — and no rule engine, no rule files, no text, no trace.
//
// "Careful" means it gets the same money as the library, to the cent, on every valid case:
//   - the window is counted in calendar days in the case's time zone (default UTC); a date or a
//     date-time without an offset is already local, one with an offset is moved into the zone;
//   - a negotiated percentage splits the cost by largest remainder (i.e. half up for the seller),
//     a percentage of a line is rounded half up to two decimals, both exact beyond 2^53 via BigInt;
//   - a seller-paid rule only accepts a split that does not lower the seller's part;
//   - a return guarantee/insurance takes over its beneficiary's part up to its limit, for the
//     reasons it covers, and only on the first return when it says so;
//   - zero shares are dropped from a line, except on a zero-cost line; shares in party order.
//
// What it does NOT do is validate its input: it takes a case the caller already trusts (its own
// typed data). decide() takes untrusted input and validates it first; the bench prints the time
// of that validation (parseReturnCase) next to it, so the gap can be read with that in mind.
//
// The bench checks this function equal to decide(…, { explain: false }) (outcome, code, rule,
// lines, totals) on 20 000 generated cases before it times anything.

const DISPUTE_WINDOW_DAYS = 15;
const SELLER_FAULT_REASONS = new Set(['quality_defect', 'wrong_item', 'not_as_described', 'missing_parts', 'damaged_in_transit']);
const BUYER_REASONS = new Set(['changed_mind', 'does_not_fit', 'ordered_by_mistake', 'better_price_found']);
/** Order of shares in a line and of totals; also who gets a rounding tie first (the buyer last). */
const PARTY_ORDER = ['seller', 'platform', 'insurer', 'carrier', 'buyer'];
const PARTY_RANK = { seller: 0, platform: 1, insurer: 2, carrier: 3, buyer: 4 };

const BUYER_CITATION = "Marketplace return policy: returns for the buyer's own reasons";
const FREE_RETURNS_CITATION = "Marketplace return policy: seller's free-returns promise";

// The liability rules: who pays the return leg (100 %), who pays the original delivery, who pays a
// replacement leg, and what a negotiated split may do. Every one of them lets coverage apply.
const RULES = {
  sellerFault: { name: 'seller-fault', priority: 100, code: 'seller_fault', citation: 'Marketplace return policy: seller-caused returns', payer: 'seller', outbound: 'seller', replacement: 'seller', negotiation: 'seller_may_pay_more', coverage: true },
  freeReturnsFreeShipping: { name: 'seller-free-returns-free-shipping', priority: 21, code: 'seller_free_returns', citation: FREE_RETURNS_CITATION, payer: 'seller', outbound: 'seller', replacement: 'seller', negotiation: 'seller_may_pay_more', coverage: true },
  freeReturns: { name: 'seller-free-returns', priority: 20, code: 'seller_free_returns', citation: FREE_RETURNS_CITATION, payer: 'seller', outbound: 'buyer', replacement: 'seller', negotiation: 'seller_may_pay_more', coverage: true },
  lateDelivery: { name: 'late-delivery', priority: 90, code: 'seller_late_delivery', citation: 'Marketplace return policy: delivery after the promised date', payer: 'seller', outbound: 'seller', replacement: 'seller', negotiation: 'seller_may_pay_more', coverage: true },
  buyerReasonsFreeShipping: { name: 'buyer-reasons-free-shipping', priority: 11, code: 'buyer_reasons', citation: BUYER_CITATION, payer: 'buyer', outbound: 'seller', replacement: 'buyer', negotiation: 'any', coverage: true },
  buyerReasons: { name: 'buyer-reasons', priority: 10, code: 'buyer_reasons', citation: BUYER_CITATION, payer: 'buyer', outbound: 'buyer', replacement: 'buyer', negotiation: 'any', coverage: true },
  otherReasons: { name: 'other-reasons', priority: 1, code: 'no_fault_found', citation: BUYER_CITATION, payer: 'buyer', outbound: 'buyer', replacement: 'buyer', negotiation: 'any', coverage: true },
};
const PAST_WINDOW = {
  outcome: 'not_returnable',
  code: 'past_dispute_window',
  rule: { name: 'past-dispute-window', priority: 200, citation: 'Marketplace return policy: disputes within 15 days of delivery' },
};

// ---------------------------------------------------------------------------------------------
// Dates: the calendar day of a date (or date-time) in the case's time zone, as a day number.

const MS_PER_DAY = 86_400_000;

/** Day number of a Gregorian date (setUTCFullYear keeps years 0–99 as given, unlike Date.UTC). */
function dayNumber(year, month, day) {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / MS_PER_DAY;
}

const formatters = new Map();
const offsets = new Map();

/** Milliseconds `zone` is ahead of UTC at `instant`; cached per zone and half hour (offsets change on half hours). */
function zoneOffset(zone, instant) {
  const key = `${zone} ${Math.floor(instant / 1_800_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    let format = formatters.get(zone);
    if (format === undefined) {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      formatters.set(zone, format);
    }
    const p = {};
    for (const { type, value } of format.formatToParts(new Date(instant))) p[type] = Number(value);
    const wall = dayNumber(p.year, p.month, p.day) * MS_PER_DAY + ((p.hour * 60 + p.minute) * 60 + p.second) * 1000;
    offset = wall - (instant - (instant % 1000 + 1000) % 1000);
    if (offsets.size >= 4096) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The calendar day on which `text` (`YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]][Z|±HH:MM]`) falls in `zone`. */
function localDay(text, zone) {
  const hasOffset = text.length > 10 && (text.endsWith('Z') || text[text.length - 6] === '+' || text[text.length - 6] === '-');
  if (!hasOffset) return dayNumber(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
  const instant = Date.parse(text);
  return Math.floor((instant + (zone === 'UTC' ? 0 : zoneOffset(zone, instant))) / MS_PER_DAY);
}

/** Wall-clock milliseconds of a date-time in `zone` (a date-only value is its day's midnight). */
function localTime(text, zone) {
  const hasOffset = text.length > 10 && (text.endsWith('Z') || text[text.length - 6] === '+' || text[text.length - 6] === '-');
  if (hasOffset) {
    const instant = Date.parse(text);
    return instant + (zone === 'UTC' ? 0 : zoneOffset(zone, instant));
  }
  const time = text.length > 10 ? text.slice(11) : '';
  const [hour = 0, minute = 0, second = 0] = time === '' ? [] : time.split(':').map(Number);
  return localDay(text, zone) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
}

/** Delivered after the promised date: whole days when either is a date only, else wall-clock time. */
function deliveredLate(c, zone) {
  const promised = c.dates.promisedBy;
  if (promised === undefined) return false;
  const delivered = c.dates.deliveredAt;
  if (promised.length === 10 || delivered.length === 10) return localDay(delivered, zone) > localDay(promised, zone);
  return localTime(delivered, zone) > localTime(promised, zone);
}

// ---------------------------------------------------------------------------------------------
// Money: exact integer minor units.

/** `amount` as a percentage of `total`, half up to two decimals; 0 for a zero total. */
function percentOf(amount, total) {
  if (total === 0) return 0;
  if (amount * 20_000 + total <= Number.MAX_SAFE_INTEGER) return Math.floor((amount * 20_000 + total) / (2 * total)) / 100;
  return Number((BigInt(amount) * 20_000n + BigInt(total)) / (2n * BigInt(total))) / 100;
}

/**
 * The seller's part of `total` at `basisPoints` of 10 000, the buyer having the rest: largest
 * remainder with the tie to the seller, which for two parties is rounding half up.
 */
function sellerPart(total, basisPoints) {
  if (total * 10_000 <= Number.MAX_SAFE_INTEGER) {
    const scaled = total * basisPoints;
    const floor = Math.floor(scaled / 10_000);
    return scaled - floor * 10_000 >= 5_000 ? floor + 1 : floor;
  }
  const scaled = BigInt(total) * BigInt(basisPoints);
  return Number(scaled / 10_000n + (scaled % 10_000n >= 5_000n ? 1n : 0n));
}

/** A cost line: zero parts dropped unless the line costs nothing, parts in party order. */
function line(cost, total, currency, parts) {
  const kept = total === 0 ? parts : parts.filter((part) => part.amount > 0);
  kept.sort((a, b) => PARTY_RANK[a.party] - PARTY_RANK[b.party]);
  return {
    cost,
    total: { amount: total, currency },
    shares: kept.map((part) => ({ party: part.party, amount: { amount: part.amount, currency }, percent: part.percent, via: part.via })),
  };
}

/** The return leg: the rule's payer, then the negotiated split, then coverage. */
function returnShippingParts(c, rule) {
  const total = c.costs.returnShipping.amount;
  let parts = [{ party: rule.payer, amount: total, percent: 100, via: 'rule' }];

  const split = c.negotiatedSplit;
  if (split !== undefined) {
    let sellerAmount;
    let sellerPercent;
    if (split.sellerPercent !== undefined) {
      sellerAmount = sellerPart(total, Math.round(split.sellerPercent * 100));
      sellerPercent = split.sellerPercent;
    } else {
      sellerAmount = split.sellerAmount.amount;
      sellerPercent = percentOf(sellerAmount, total);
    }
    const ruleSellerAmount = rule.payer === 'seller' ? total : 0;
    // 'seller_may_pay_more': an agreement may raise the seller's part, never lower it.
    if (rule.negotiation === 'any' || sellerAmount >= ruleSellerAmount) {
      parts = [
        { party: 'seller', amount: sellerAmount, percent: sellerPercent, via: 'negotiated_split' },
        { party: 'buyer', amount: total - sellerAmount, percent: Math.round((100 - sellerPercent) * 100) / 100, via: 'negotiated_split' },
      ];
    }
  }

  const coverage = c.coverage;
  if (
    coverage !== undefined &&
    rule.coverage &&
    (coverage.reasons === undefined || coverage.reasons.includes(c.reason)) &&
    !(coverage.firstReturnOnly && (c.priorReturns ?? 0) > 0)
  ) {
    const beneficiary = coverage.beneficiary ?? 'buyer';
    const part = parts.find((p) => p.party === beneficiary);
    const owed = part === undefined ? 0 : part.amount;
    const covered = coverage.limit === undefined ? owed : Math.min(owed, coverage.limit.amount);
    if (covered > 0) {
      part.amount -= covered;
      part.percent = percentOf(part.amount, total);
      parts.push({ party: coverage.payer, amount: covered, percent: percentOf(covered, total), via: 'coverage' });
    }
  }
  return parts;
}

/** Lines and totals under a liability rule. */
function allocate(c, rule) {
  const currency = c.costs.returnShipping.currency;
  const lines = [line('returnShipping', c.costs.returnShipping.amount, currency, returnShippingParts(c, rule))];
  const outbound = c.costs.outboundShipping;
  if (outbound !== undefined) {
    // A partial return (the item worth less than order.value) brings only its share of the
    // delivery into play (parcel.outbound "pro_rata"): floor, with the leftover unit to the
    // returned part when its remainder is at least the kept part's.
    const orderValue = c.order?.value?.amount;
    const value = c.item?.price === undefined ? undefined : c.item.price.amount * (c.item.quantity ?? 1);
    let amount = outbound.amount;
    if (orderValue !== undefined && value !== undefined && value < orderValue) {
      const returned = (BigInt(outbound.amount) * BigInt(value)) / BigInt(orderValue);
      const kept = (BigInt(outbound.amount) * BigInt(orderValue - value)) / BigInt(orderValue);
      const remainderReturned = (BigInt(outbound.amount) * BigInt(value)) % BigInt(orderValue);
      const remainderKept = (BigInt(outbound.amount) * BigInt(orderValue - value)) % BigInt(orderValue);
      const leftover = BigInt(outbound.amount) - returned - kept;
      amount = Number(returned + (leftover > 0n && remainderReturned >= remainderKept ? 1n : 0n));
    }
    lines.push(line('outboundShipping', amount, currency, [{ party: rule.outbound, amount, percent: 100, via: 'rule' }]));
  }
  const replacement = c.costs.replacementShipping;
  if (replacement !== undefined) lines.push(line('replacementShipping', replacement.amount, currency, [{ party: rule.replacement, amount: replacement.amount, percent: 100, via: 'rule' }]));

  const sums = {};
  for (const l of lines) for (const share of l.shares) sums[share.party] = (sums[share.party] ?? 0) + share.amount.amount;
  const totals = {};
  for (const party of PARTY_ORDER) if (sums[party] !== undefined) totals[party] = { amount: sums[party], currency };
  return { lines, totals };
}

// ---------------------------------------------------------------------------------------------

/**
 * Decides a (trusted, valid) return case under marketplace-standard.
 *
 * @returns `{ outcome, code, rule: { name, priority, citation }, lines, totals }`
 */
export function decideMarketplaceStandard(c) {
  const zone = c.timeZone ?? 'UTC';
  const daysSinceDelivery = localDay(c.dates.requestedAt, zone) - localDay(c.dates.deliveredAt, zone);
  if (daysSinceDelivery > DISPUTE_WINDOW_DAYS) return { outcome: PAST_WINDOW.outcome, code: PAST_WINDOW.code, rule: { ...PAST_WINDOW.rule }, lines: [], totals: {} };

  const f = c.findings;
  const sellerAtFault =
    (f !== undefined && (f.qualityDefect === true || f.wrongItem === true || f.notAsDescribed === true || f.missingParts === true || f.damagedInTransit === true)) ||
    SELLER_FAULT_REASONS.has(c.reason);
  // "Ships free" for these rules: free unconditionally, or above a threshold the order still meets.
  const shipsFree = c.seller?.freeShipping === 'unconditional' || c.seller?.thresholdStillMet === true;

  let rule;
  if (sellerAtFault) rule = RULES.sellerFault;
  else if (c.reason === 'late_delivery' && deliveredLate(c, zone)) rule = RULES.lateDelivery;
  else if (c.seller?.freeReturns === true) rule = shipsFree ? RULES.freeReturnsFreeShipping : RULES.freeReturns;
  else if (BUYER_REASONS.has(c.reason)) rule = shipsFree ? RULES.buyerReasonsFreeShipping : RULES.buyerReasons;
  else rule = RULES.otherReasons; // returnShippingAmount >= 0 always holds

  const { lines, totals } = allocate(c, rule);
  return { outcome: 'allocated', code: rule.code, rule: { name: rule.name, priority: rule.priority, citation: rule.citation }, lines, totals };
}
