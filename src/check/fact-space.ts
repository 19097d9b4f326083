import { addDays } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { calendarDaysBetween, formatCalendarDay } from '../case/dates.js';
import { FACT_CATALOGUE, NONE, WINDOW_FACT_PREFIX, type BaseFacts } from '../case/facts.js';
import { type Calendar, isWithinWindow, lastDayOfWindow } from '../case/windows.js';
import type { RuleSet } from '../rule-set/load.js';
import type { Condition, ConditionValue, FactCondition } from '../rule-set/schema.js';

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
  /** `reason`, `itemTags:<tag>`, `coverage` or `time`. */
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
}

/**
 * Delivery days the time dimension tries, Monday 2026-01-26 to Sunday 2026-02-01: every weekday
 * once, so a window that is moved past a weekend can end on any weekday, and a month end.
 */
const DELIVERY_DAYS = Array.from({ length: 7 }, (_, i) => addDays(new TZDate(2026, 0, 26, 'UTC'), i));

function dimValue(facts: FactValues, time?: TimePoint): DimValue {
  const labels = Object.entries(facts).map(([fact, v]) => `${fact} is ${JSON.stringify(v)}`);
  return time === undefined ? { facts, labels } : { facts, labels, time };
}

/** Every fact condition in a conditions tree, depth first. */
export function leavesOf(condition: Condition): Leaf[] {
  if ('fact' in condition) return [condition];
  if ('all' in condition) return condition.all.flatMap(leavesOf);
  if ('any' in condition) return condition.any.flatMap(leavesOf);
  return leavesOf(condition.not);
}

/** The name a leaf's fact has in {@link FactSpace.dimOf}: tags get one dimension each. */
export function dimKeyOf(leaf: Leaf): string {
  return leaf.fact === 'itemTags' ? `itemTags:${String(leaf.value)}` : leaf.fact;
}

function constants(value: ConditionValue): (string | number | boolean)[] {
  return Array.isArray(value) ? value : [value];
}

/** Can a real case have this value for this fact? (Values load() accepts but no case produces.) */
export function isProducible(fact: string, value: unknown): boolean {
  switch (fact) {
    case 'jurisdiction':
      return value === NONE || (typeof value === 'string' && /^[A-Z]{2}$/.test(value));
    case 'itemCategory':
      return typeof value === 'string' && value.length >= 1 && value.length <= 200;
    case 'itemTags':
      return typeof value === 'string' && value.length >= 1 && value.length <= 100;
    case 'daysSinceDelivery':
    case 'priorReturns':
    case 'returnShippingAmount':
      return Number.isSafeInteger(value) && (value as number) >= 0;
    default:
      return true;
  }
}

/** The value a fact has when the case leaves it out. */
const DEFAULTS: Partial<Record<keyof BaseFacts, string>> = {
  resolution: 'refund',
  channel: 'distance',
  itemCondition: NONE,
  freeShipping: 'none',
  reason: 'other',
};

/**
 * Values for an enum or string fact: those the rules name, then one they do not name (the default
 * when possible). Unnamed values are indistinguishable to the rules, so one stands for all.
 */
function choiceValues(fact: keyof BaseFacts, named: ReadonlySet<unknown>): string[] {
  const descriptor = FACT_CATALOGUE[fact];
  if (descriptor.kind === 'enum') {
    const all = descriptor.values ?? [];
    const kept = all.filter((v) => named.has(v));
    const preferred = DEFAULTS[fact];
    const other = preferred !== undefined && !named.has(preferred) ? preferred : all.find((v) => !named.has(v));
    return other === undefined ? kept : [...kept, other];
  }
  // Free strings: the named values a case can carry, plus 'none' (absent), plus an unnamed one if
  // the rules name 'none' itself.
  const kept = [...named].filter((v): v is string => typeof v === 'string' && v !== NONE && isProducible(fact, v));
  const values = [...kept, NONE];
  if (named.has(NONE)) {
    const candidates = fact === 'jurisdiction' ? ['ZZ', 'XX', 'QQ', 'XY'] : ['other-category', 'other-category-2', 'other-category-3'];
    const unnamed = candidates.find((v) => !named.has(v));
    if (unnamed !== undefined) values.push(unnamed);
  }
  return values;
}

/** Boundary values around each constant an integer fact is compared with: c−1, c, c+1, and 0. */
function integerValues(fact: string, named: ReadonlySet<unknown>, extra: readonly number[] = []): number[] {
  const values = new Set<number>([0, ...extra]);
  for (const c of named) {
    if (typeof c === 'number') for (const v of [c - 1, c, c + 1]) values.add(v);
  }
  return [...values].filter((v) => isProducible(fact, v)).sort((a, b) => a - b);
}

/**
 * Points in time a case can be at: delivery day, days since delivery, and whether the request is
 * inside each window the rules test. Only combinations a real case produces are kept, one per
 * distinguishable fact combination.
 */
function timeValues(daysNamed: ReadonlySet<unknown> | undefined, windowNames: readonly string[], ruleSet: RuleSet, calendar: Calendar): DimValue[] {
  // Window boundaries: the last day and the day after, for every delivery day tried.
  const boundaries: number[] = [];
  for (const name of windowNames) {
    const window = ruleSet.windows[name];
    if (window === undefined) continue;
    for (const delivered of DELIVERY_DAYS) {
      const last = calendarDaysBetween(delivered, lastDayOfWindow(delivered, window, calendar));
      boundaries.push(last, last + 1);
    }
  }
  const days = integerValues('daysSinceDelivery', daysNamed ?? new Set(), boundaries);
  const seen = new Set<string>();
  const values: DimValue[] = [];
  for (const d of days) {
    for (const delivered of DELIVERY_DAYS) {
      const facts: Record<string, unknown> = {};
      if (daysNamed !== undefined) facts['daysSinceDelivery'] = d;
      const requested = addDays(delivered, d);
      for (const name of windowNames) {
        const window = ruleSet.windows[name];
        if (window !== undefined) facts[`${WINDOW_FACT_PREFIX}${name}`] = isWithinWindow(delivered, requested, window, calendar);
      }
      const key = JSON.stringify(facts);
      if (seen.has(key)) continue;
      seen.add(key);
      values.push(dimValue(facts, { deliveredAt: formatCalendarDay(delivered), days: d }));
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
  const named = new Map<string, Set<unknown>>();
  const tags = new Set<string>();
  for (const rule of ruleSet.rules) {
    for (const leaf of leavesOf(rule.conditions)) {
      if (leaf.fact === 'itemTags') {
        if (isProducible('itemTags', leaf.value)) tags.add(String(leaf.value));
        continue;
      }
      let set = named.get(leaf.fact);
      if (set === undefined) named.set(leaf.fact, (set = new Set()));
      for (const c of constants(leaf.value)) set.add(c);
    }
  }

  const dims: Dim[] = [];
  const dimOf = new Map<string, number>();
  const add = (name: string, values: DimValue[], facts: readonly string[]) => {
    for (const fact of facts) dimOf.set(fact, dims.length);
    dims.push({ name, values });
  };

  for (const fact of Object.keys(FACT_CATALOGUE) as (keyof BaseFacts)[]) {
    const values = named.get(fact);
    if (values === undefined || fact === 'daysSinceDelivery' || fact === 'hasCoverage' || fact === 'coverageKind') continue;
    const kind = FACT_CATALOGUE[fact].kind;
    const list: unknown[] =
      kind === 'boolean' ? [false, true]
      : kind === 'integer' ? integerValues(fact, values)
      : choiceValues(fact, values);
    add(fact, list.map((v) => {
      const value = dimValue({ [fact]: v });
      // One unnamed value stands for all the values no rule names; say so in messages.
      const standsForOthers = (kind === 'enum' || kind === 'string') && !values.has(v) && v !== NONE;
      return standsForOthers ? { ...value, labels: [`${fact} is ${JSON.stringify(v)} (or any value no rule names)`] } : value;
    }), [fact]);
  }
  for (const tag of tags) {
    const quoted = JSON.stringify(tag);
    add(`itemTags:${tag}`, [
      { facts: { itemTags: [] }, labels: [`itemTags does not contain ${quoted}`] },
      { facts: { itemTags: [tag] }, labels: [`itemTags contains ${quoted}`] },
    ], [`itemTags:${tag}`]);
  }
  const coverageFacts = (['hasCoverage', 'coverageKind'] as const).filter((f) => named.has(f));
  if (coverageFacts.length > 0) {
    const kinds = FACT_CATALOGUE.coverageKind.values ?? [];
    const values = [NONE, ...kinds.filter((k) => k !== NONE)].map((kind) => {
      const all: Record<string, unknown> = { hasCoverage: kind !== NONE, coverageKind: kind };
      return dimValue(Object.fromEntries(coverageFacts.map((f) => [f, all[f]])));
    });
    add('coverage', values, coverageFacts);
  }
  const windowNames = [...named.keys()].filter((f) => f.startsWith(WINDOW_FACT_PREFIX)).map((f) => f.slice(WINDOW_FACT_PREFIX.length));
  const daysNamed = named.get('daysSinceDelivery');
  if (daysNamed !== undefined || windowNames.length > 0) {
    add('time', timeValues(daysNamed, windowNames, ruleSet, calendar), [
      ...(daysNamed === undefined ? [] : ['daysSinceDelivery']),
      ...windowNames.map((n) => `${WINDOW_FACT_PREFIX}${n}`),
    ]);
  }

  const size = dims.reduce((product, dim) => product * dim.values.length, 1);
  return { dims, dimOf, size };
}

/** The facts of one point (one value index per dimension), merged; tags are collected. */
export function factsAt(space: FactSpace, point: readonly number[]): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  const tags: string[] = [];
  space.dims.forEach((dim, d) => {
    const value = dim.values[point[d] ?? 0];
    if (value === undefined) return;
    for (const [fact, v] of Object.entries(value.facts)) {
      if (fact === 'itemTags') tags.push(...(v as string[]));
      else facts[fact] = v;
    }
  });
  if (space.dims.some((dim) => dim.name.startsWith('itemTags:'))) facts['itemTags'] = tags;
  return facts;
}

/** Does a leaf hold for a value? Mirrors json-rules-engine's built-in operators. */
export function leafHolds(leaf: Leaf, actual: unknown): boolean {
  const expected = leaf.value;
  switch (leaf.operator) {
    case 'equal':
      return actual === expected;
    case 'notEqual':
      return actual !== expected;
    case 'in':
      return Array.isArray(expected) && (expected as unknown[]).includes(actual);
    case 'notIn':
      return Array.isArray(expected) && !(expected as unknown[]).includes(actual);
    case 'contains':
      return Array.isArray(actual) && actual.includes(expected);
    case 'doesNotContain':
      return Array.isArray(actual) && !actual.includes(expected);
    case 'lessThan':
      return typeof actual === 'number' && actual < (expected as number);
    case 'lessThanInclusive':
      return typeof actual === 'number' && actual <= (expected as number);
    case 'greaterThan':
      return typeof actual === 'number' && actual > (expected as number);
    case 'greaterThanInclusive':
      return typeof actual === 'number' && actual >= (expected as number);
  }
}
