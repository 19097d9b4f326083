/**
 * The fact space of a rule set: the facts its conditions test, each with the values the rules can
 * tell apart, as independent dimensions. Derived from the fact table: every fact — built-in,
 * window, threshold or declared — gets its values from its kind and the constants the rules name.
 */
import type { CalendarDay } from '../case/dates.js';
import { formatCalendarDay } from '../case/dates.js';
import { type ConditionValue, type FactCondition, leavesOf } from '../conditions/grammar.js';
import { type FactLookup, factLookup } from '../facts/scope.js';
import { BASE_FACT_NAMES, FACT_TABLE, isBaseFact, NONE, WINDOW_FACT_PREFIX } from '../facts/table.js';
import { type Calendar, isWithinWindow, lastDayOfWindow } from '../facts/windows.js';
import type { RuleSet } from '../rule-set/load.js';

/** One fact condition of a rule, found anywhere in its conditions tree. */
export type Leaf = Readonly<FactCondition>;

/** Fact values of one point of the space, keyed by fact name; only facts the rules test appear. */
export type FactValues = Readonly<Record<string, unknown>>;

/** A request `days` calendar days after delivery on `deliveredAt` (YYYY-MM-DD). */
export interface TimePoint {
  readonly deliveredAt: string;
  readonly days: number;
}

/** One value of a dimension: the facts it stands for, and the delivery date a time point needs. */
export interface DimValue {
  readonly facts: FactValues;
  /** The facts in words, for messages, e.g. `reason is "other"`. */
  readonly labels: readonly string[];
  /** For the time dimension: delivery day (YYYY-MM-DD) and days to the request that produce these facts. */
  readonly time?: TimePoint;
}

/** One independent axis of the fact space. */
export interface Dim {
  /** A fact name, `itemTags:<tag>`, `coverage` or `time`. */
  readonly name: string;
  readonly values: readonly DimValue[];
}

/** The facts a rule set can distinguish, as independent dimensions. */
export interface FactSpace {
  readonly dims: readonly Dim[];
  /** Which dimension holds a fact (`itemTags:<tag>` for a tag). */
  readonly dimOf: ReadonlyMap<string, number>;
  /** Number of combinations: the product of the dimensions' sizes. */
  readonly size: number;
  /** The rule set's facts. */
  readonly facts: FactLookup;
}

/**
 * Delivery days the time dimension tries, Monday 2026-01-26 to Sunday 2026-02-01: every weekday
 * once, so a window that is moved past a weekend can end on any weekday.
 */
const FIRST_DELIVERY_DAY = Date.UTC(2026, 0, 26) / 86_400_000;
const DELIVERY_DAYS: readonly CalendarDay[] = Array.from({ length: 7 }, (_, i) => FIRST_DELIVERY_DAY + i);

function dimValue(facts: FactValues, time?: TimePoint): DimValue {
  const labels = Object.entries(facts).map(([fact, v]) => `${fact} is ${JSON.stringify(v)}`);
  return time === undefined ? { facts, labels } : { facts, labels, time };
}

/** The name a leaf's fact has in {@link FactSpace.dimOf}: tags get one dimension each. */
export function dimKeyOf(leaf: Leaf): string {
  return leaf.fact === 'itemTags' ? `itemTags:${String(leaf.value)}` : leaf.fact;
}

function constants(value: ConditionValue): (string | number | boolean)[] {
  return Array.isArray(value) ? value : [value];
}

/** Can a real case have this value for this fact of the rule set? */
export function isProducible(facts: FactLookup, fact: string, value: unknown): boolean {
  return facts.get(fact)?.producible(value) ?? false;
}

/** Stand-ins for "a value no rule names" of a free-string fact. */
const UNNAMED: Readonly<Record<string, readonly string[]>> = {
  jurisdiction: ['ZZ', 'XX', 'QQ', 'XY'],
};
const UNNAMED_DEFAULT = ['other-category', 'other-category-2', 'other-category-3'];

/**
 * Values for an enum or string fact: those the rules name, then one they do not name (the absent
 * value when possible). Unnamed values are indistinguishable to the rules, so one stands for all.
 */
function choiceValues(facts: FactLookup, fact: string, named: ReadonlySet<unknown>): string[] {
  const entry = facts.get(fact);
  if (entry === undefined) return [];
  if (entry.kind === 'enum') {
    const all = entry.values ?? [];
    const kept = all.filter((v) => named.has(v));
    const preferred = entry.absent as string;
    const other = !named.has(preferred) ? preferred : all.find((v) => !named.has(v));
    return other === undefined ? kept : [...kept, other];
  }
  // Free strings: the named values a case can carry, plus the absent value, plus an unnamed one if
  // the rules name the absent value itself.
  const kept = [...named].filter((v): v is string => typeof v === 'string' && v !== NONE && entry.producible(v));
  const values = [...kept, NONE];
  if (named.has(NONE)) {
    const unnamed = (UNNAMED[fact] ?? UNNAMED_DEFAULT).find((v) => !named.has(v));
    if (unnamed !== undefined) values.push(unnamed);
  }
  return values;
}

/** Boundary values around each constant an integer fact is compared with: c−1, c, c+1, and the absent value. */
function integerValues(facts: FactLookup, fact: string, named: ReadonlySet<unknown>, extra: readonly number[] = []): number[] {
  const entry = facts.get(fact);
  const values = new Set<number>([(entry?.absent as number | undefined) ?? 0, ...extra]);
  for (const c of named) {
    if (typeof c === 'number') for (const v of [c - 1, c, c + 1]) values.add(v);
  }
  return [...values].filter((v) => entry?.producible(v) === true).sort((a, b) => a - b);
}

/**
 * Points in time a case can be at: delivery day, days since delivery, and whether the request is
 * inside each window the rules test. Only combinations a real case produces are kept, one per
 * distinguishable fact combination.
 */
function timeValues(facts: FactLookup, daysNamed: ReadonlySet<unknown> | undefined, windowNames: readonly string[], ruleSet: RuleSet, calendar: Calendar): DimValue[] {
  // Window boundaries: the last day and the day after, for every delivery day tried.
  const boundaries: number[] = [];
  for (const name of windowNames) {
    const window = ruleSet.windows[name];
    if (window === undefined) continue;
    for (const delivered of DELIVERY_DAYS) {
      const last = lastDayOfWindow(delivered, window, calendar) - delivered;
      boundaries.push(last, last + 1);
    }
  }
  const days = integerValues(facts, 'daysSinceDelivery', daysNamed ?? new Set(), boundaries);
  const seen = new Set<string>();
  const values: DimValue[] = [];
  for (const d of days) {
    for (const delivered of DELIVERY_DAYS) {
      const point: Record<string, unknown> = {};
      if (daysNamed !== undefined) point['daysSinceDelivery'] = d;
      for (const name of windowNames) {
        const window = ruleSet.windows[name];
        if (window !== undefined) point[`${WINDOW_FACT_PREFIX}${name}`] = isWithinWindow(delivered, delivered + d, window, calendar);
      }
      const key = JSON.stringify(point);
      if (seen.has(key)) continue;
      seen.add(key);
      values.push(dimValue(point, { deliveredAt: formatCalendarDay(delivered), days: d }));
    }
  }
  return values;
}

/**
 * Builds the fact space of a rule set: one dimension per fact its conditions test (one per tag for
 * `itemTags`; `hasCoverage` and `coverageKind` together; `daysSinceDelivery` and the window facts
 * together as points in time), each with the values the rules can tell apart.
 */
export function buildFactSpace(ruleSet: RuleSet, calendar: Calendar): FactSpace {
  const facts = factLookup(ruleSet);
  const named = new Map<string, Set<unknown>>();
  const tags = new Set<string>();
  for (const rule of ruleSet.rules) {
    for (const leaf of leavesOf(rule.conditions)) {
      if (leaf.fact === 'itemTags') {
        if (isProducible(facts, 'itemTags', leaf.value)) tags.add(String(leaf.value));
        continue;
      }
      let set = named.get(leaf.fact);
      if (set === undefined) named.set(leaf.fact, (set = new Set()));
      for (const c of constants(leaf.value)) set.add(c);
    }
  }

  const dims: Dim[] = [];
  const dimOf = new Map<string, number>();
  const add = (name: string, values: DimValue[], names: readonly string[]) => {
    for (const fact of names) dimOf.set(fact, dims.length);
    dims.push({ name, values });
  };

  // Built-in facts in table order, then the rule set's own in order of first use.
  const order = [...BASE_FACT_NAMES.filter((name) => named.has(name)), ...[...named.keys()].filter((name) => !isBaseFact(name))];
  for (const fact of order) {
    const values = named.get(fact) as Set<unknown>;
    const entry = facts.get(fact);
    if (entry === undefined || entry.group !== undefined) continue;
    const kind = entry.kind;
    const list: unknown[] = kind === 'boolean' ? [false, true] : kind === 'integer' ? integerValues(facts, fact, values) : choiceValues(facts, fact, values);
    add(
      fact,
      list.map((v) => {
        const value = dimValue({ [fact]: v });
        // One unnamed value stands for all the values no rule names; say so in messages.
        const standsForOthers = (kind === 'enum' || kind === 'string') && !values.has(v) && v !== NONE;
        return standsForOthers ? { ...value, labels: [`${fact} is ${JSON.stringify(v)} (or any value no rule names)`] } : value;
      }),
      [fact],
    );
  }
  for (const tag of tags) {
    const quoted = JSON.stringify(tag);
    add(
      `itemTags:${tag}`,
      [
        { facts: { itemTags: [] }, labels: [`itemTags does not contain ${quoted}`] },
        { facts: { itemTags: [tag] }, labels: [`itemTags contains ${quoted}`] },
      ],
      [`itemTags:${tag}`],
    );
  }
  const coverageFacts = (['hasCoverage', 'coverageKind'] as const).filter((f) => named.has(f));
  if (coverageFacts.length > 0) {
    const kinds = FACT_TABLE.coverageKind.values ?? [];
    const values = [NONE, ...kinds.filter((k) => k !== NONE)].map((kind) => {
      const all: Record<string, unknown> = { hasCoverage: kind !== NONE, coverageKind: kind };
      return dimValue(Object.fromEntries(coverageFacts.map((f) => [f, all[f]])));
    });
    add('coverage', values, coverageFacts);
  }
  const windowNames = [...named.keys()].filter((f) => f.startsWith(WINDOW_FACT_PREFIX)).map((f) => f.slice(WINDOW_FACT_PREFIX.length));
  const daysNamed = named.get('daysSinceDelivery');
  if (daysNamed !== undefined || windowNames.length > 0) {
    add('time', timeValues(facts, daysNamed, windowNames, ruleSet, calendar), [
      ...(daysNamed === undefined ? [] : ['daysSinceDelivery']),
      ...windowNames.map((n) => `${WINDOW_FACT_PREFIX}${n}`),
    ]);
  }

  const size = dims.reduce((product, dim) => product * dim.values.length, 1);
  return { dims, dimOf, size, facts };
}

/** Per dimension and value, its facts as pairs (tags apart): `factsAt` runs for every point of a space. */
const pairsOf = new WeakMap<FactSpace, { pairs: (readonly [string, unknown])[][][]; tags: (readonly string[])[][]; hasTags: boolean }>();

/** The facts of one point (one value index per dimension), merged; tags are collected. */
export function factsAt(space: FactSpace, point: readonly number[]): Record<string, unknown> {
  let cached = pairsOf.get(space);
  if (cached === undefined) {
    cached = {
      pairs: space.dims.map((dim) => dim.values.map((value) => Object.entries(value.facts).filter(([fact]) => fact !== 'itemTags'))),
      tags: space.dims.map((dim) => dim.values.map((value) => (value.facts['itemTags'] as readonly string[] | undefined) ?? [])),
      hasTags: space.dims.some((dim) => dim.name.startsWith('itemTags:')),
    };
    pairsOf.set(space, cached);
  }
  const facts: Record<string, unknown> = {};
  const tags: string[] = [];
  for (let d = 0; d < point.length; d++) {
    const pairs = cached.pairs[d]?.[point[d] as number];
    if (pairs === undefined) continue;
    for (const [fact, v] of pairs) facts[fact] = v;
    if (cached.hasTags) for (const tag of cached.tags[d]?.[point[d] as number] ?? []) tags.push(tag);
  }
  if (cached.hasTags) facts['itemTags'] = tags;
  return facts;
}
