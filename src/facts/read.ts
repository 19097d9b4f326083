/** Reading the facts of a validated case, from the fact table. */
import { type CalendarDay, toCalendarDay } from '../case/dates.js';
import type { ReturnCase } from '../case/schema.js';
import { factLookup, type FactScope } from './scope.js';
import { BASE_FACT_NAMES, type Facts, type ReadContext, THRESHOLD_FACT_PREFIX, UNKNOWN, WINDOW_FACT_PREFIX } from './table.js';
import type { Calendar } from './windows.js';

/** The facts of one case, as far as the rule set needs them. */
export interface CaseFacts {
  /** Fact values by name; a window the calendar could not answer for is `UNKNOWN`. */
  readonly values: Record<string, unknown>;
  /** Why each `UNKNOWN` fact is unknown: the error computing it threw. */
  readonly unknown: ReadonlyMap<string, unknown>;
  /** Calendar days from delivery to request (always computed: the decision text may show it). */
  readonly daysSinceDelivery: number;
  /** The delivery day in the case's time zone. */
  readonly delivered: CalendarDay;
}

/** The two days every time fact is measured between, in the case's time zone. */
export function readContext(returnCase: ReturnCase, calendar: Calendar): ReadContext {
  const zone = returnCase.timeZone ?? 'UTC';
  return { delivered: toCalendarDay(returnCase.dates.deliveredAt, zone), requested: toCalendarDay(returnCase.dates.requestedAt, zone), calendar };
}

/**
 * Builds the reader of the facts a rule set's conditions name. Facts no rule names are not read.
 * A window fact whose calendar throws (e.g. a holiday list that ends before the window does) is
 * `UNKNOWN`, with the error kept: the decision fails with it only if its outcome depends on that fact.
 *
 * @param scope - the rule set's windows, thresholds and declared facts
 * @param names - the facts to read (validated names)
 * @throws {ReturnCaseError} from the returned function, for a tested threshold the case cannot be measured against
 */
export function createFactReader(scope: FactScope, names: readonly string[], calendar: Calendar): (returnCase: ReturnCase) => CaseFacts {
  const lookup = factLookup(scope);
  const readers = names.map((name) => {
    const entry = lookup.get(name);
    if (entry === undefined) throw new TypeError(`createFactReader: unknown fact ${name}`);
    return { name, read: entry.read, mayFail: name.startsWith(WINDOW_FACT_PREFIX) };
  });
  return (returnCase) => {
    const context = readContext(returnCase, calendar);
    const values: Record<string, unknown> = {};
    let unknown: Map<string, unknown> | undefined;
    for (const { name, read, mayFail } of readers) {
      if (!mayFail) {
        values[name] = read(returnCase, context);
        continue;
      }
      try {
        values[name] = read(returnCase, context);
      } catch (error) {
        values[name] = UNKNOWN;
        (unknown ??= new Map()).set(name, error);
      }
    }
    return { values, unknown: unknown ?? NO_UNKNOWNS, daysSinceDelivery: context.requested - context.delivered, delivered: context.delivered };
  };
}

const NO_UNKNOWNS: ReadonlyMap<string, unknown> = new Map();

/**
 * Every fact of a validated case under a rule set's scope: the built-in facts, each window, each
 * threshold and each declared fact. Absent optional input becomes a defined value (false, 0,
 * 'none'), never `undefined`.
 *
 * @throws {ReturnLiabilityError} `calendar_error` when a window's calendar fails
 * @throws {ReturnCaseError} when a threshold cannot be measured for the case
 */
export function toFacts(returnCase: ReturnCase, scope: Partial<FactScope>, calendar: Calendar): Facts {
  const full: FactScope = { windows: scope.windows ?? {}, thresholds: scope.thresholds ?? {}, facts: scope.facts ?? {} };
  const names = [
    ...BASE_FACT_NAMES,
    ...Object.keys(full.windows).map((name) => `${WINDOW_FACT_PREFIX}${name}`),
    ...Object.keys(full.thresholds).map((name) => `${THRESHOLD_FACT_PREFIX}${name}`),
    ...Object.keys(full.facts),
  ];
  const lookup = factLookup(full);
  const context = readContext(returnCase, calendar);
  const facts: Record<string, unknown> = {};
  for (const name of names) facts[name] = lookup.get(name)?.read(returnCase, context);
  return facts as Facts;
}
