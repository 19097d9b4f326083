import type { ReturnCase } from '../case/schema.js';
import { formatCalendarDay } from '../case/dates.js';
import type { FactLookup } from '../facts/scope.js';
import { dayOf } from '../facts/table.js';
import { weekendCalendar } from '../facts/windows.js';
import type { TimePoint } from './fact-space.js';

/** Return shipping cost of example cases when the rules do not test the amount. */
const DEFAULT_RETURN_SHIPPING = 690;
/** Delivery day and days to the request when the rules test no time fact. */
const DEFAULT_TIME: TimePoint = { deliveredAt: '2026-01-26', days: 1 };

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/**
 * The inverse of `toFacts`, from the fact table: a small, valid return case whose facts include
 * `facts`, or `undefined` when no real case has that combination (e.g. `thresholdStillMet` without
 * threshold free shipping). Each fact's table entry writes its value into the draft; the draft's
 * facts are then read back, so a combination the writes could not honour is refused rather than
 * misrepresented. Facts left out take the values an absent field gives; only non-default fields
 * are written, so the example reads like a real request.
 *
 * @param facts - fact values by name; `itemTags` as a list
 * @param lookup - the rule set's facts
 * @param currency - the example's currency (one every tested threshold names)
 * @param time - delivery day and days to the request, chosen so that `daysSinceDelivery` and the
 *   window facts come out as wanted
 */
export function exampleCase(facts: Readonly<Record<string, unknown>>, lookup: FactLookup, currency: string, time: TimePoint = DEFAULT_TIME): ReturnCase | undefined {
  const { deliveredAt, days } = time;
  const draft: ReturnCase & Record<string, unknown> = {
    reason: 'other',
    costs: { returnShipping: { amount: DEFAULT_RETURN_SHIPPING, currency } },
    dates: { deliveredAt, requestedAt: formatCalendarDay(dayOf(deliveredAt) + days) },
  };
  // Thresholds last: they set amounts that depend on what the other facts wrote (e.g. the quantity).
  const names = Object.keys(facts).sort((a, b) => Number(a.startsWith('threshold.')) - Number(b.startsWith('threshold.')));
  const entries = [];
  for (const name of names) {
    const entry = lookup.get(name);
    if (entry === undefined) return undefined;
    entries.push({ name, entry });
    if (entry.group !== 'time' && !entry.write(draft, facts[name])) return undefined;
  }
  const context = { delivered: dayOf(draft.dates.deliveredAt), requested: dayOf(draft.dates.requestedAt), calendar: weekendCalendar };
  for (const { name, entry } of entries) {
    if (entry.group === 'time') continue;
    let value: unknown;
    try {
      value = entry.read(draft, context);
    } catch {
      // A threshold the draft cannot be measured against: no valid case has these facts.
      return undefined;
    }
    if (!sameValue(value, facts[name])) return undefined;
  }
  return draft;
}
