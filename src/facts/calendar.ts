import { ReturnLiabilityError, formatPath } from '../errors.js';
import { isRealDateTime } from '../case/dates.js';
import type { Calendar } from './windows.js';
import { snapshotUntrusted } from '../internal/untrusted.js';
import { describeValue } from '../money/money.js';

/** Bounds on calendar options: decades of holiday lists fit far inside them. */
const CALENDAR_LIMITS = { maxStringLength: 100, maxArrayLength: 100_000, maxNodes: 300_000, maxNesting: 4 };

/** What {@link createCalendar} builds a calendar from. Dates are `YYYY-MM-DD`. */
export interface CalendarOptions {
  /**
   * Days off on top of the weekend: public holidays and the weekdays given off around them.
   * Listing a day that is already a weekend day is allowed (official notices often do).
   */
  nonWorkingDates?: readonly string[];
  /** Weekend days that are working days, e.g. China's make-up working Saturdays and Sundays (调休上班). */
  workingDates?: readonly string[];
  /** Days of the week that are non-working, `0` = Sunday … `6` = Saturday; default `[0, 6]`. */
  weekend?: readonly number[];
  /**
   * First day the lists are known to be complete. Asking about an earlier day throws, so a holiday
   * list that does not reach a case fails loudly instead of counting its holidays as working days.
   */
  validFrom?: string;
  /** Last day the lists are known to be complete (inclusive); asking about a later day throws. */
  validThrough?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: unknown): value is string => typeof value === 'string' && DATE.test(value) && isRealDateTime(value);
const OPTION_NAMES = ['nonWorkingDates', 'workingDates', 'weekend', 'validFrom', 'validThrough'];

/** Day of the week of a `YYYY-MM-DD` date, 0 = Sunday; the date is read as UTC so no zone can shift it. */
const dayOfWeek = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/**
 * Builds a {@link Calendar} for windows with `extendPastHolidays` from lists of dates: a day is
 * non-working when it is listed in `nonWorkingDates`, or falls on a `weekend` day and is not listed
 * in `workingDates`.
 *
 * The library bundles no holiday data: take the dates from the official notice of the jurisdiction
 * whose law counts the window (for China, the State Council's yearly notice on public holidays; for
 * an EU withdrawal period, the public holidays of the consumer's member state).
 *
 * @param input - the dates; every date must be a real `YYYY-MM-DD` day
 * @returns a calendar for `createEvaluator(ruleSet, { calendar })`
 * @throws {ReturnLiabilityError} `invalid_calendar`, naming every malformed entry by its path, a
 *   date listed as both working and non-working, or a date outside `validFrom`–`validThrough`
 * @example
 * // China, National Day and Mid-Autumn Festival 2025 (国办发明电〔2024〕12号): 1–8 October off,
 * // Sunday 28 September and Saturday 11 October are working days.
 * const calendar = createCalendar({
 *   nonWorkingDates: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'],
 *   workingDates: ['2025-09-28', '2025-10-11'],
 *   validFrom: '2025-09-01',
 *   validThrough: '2025-10-31',
 * });
 * calendar.isNonWorkingDay('2025-10-01'); // true  (holiday)
 * calendar.isNonWorkingDay('2025-09-28'); // false (make-up working Sunday)
 * calendar.isNonWorkingDay('2025-10-12'); // true  (ordinary Sunday)
 */
export function createCalendar(input: CalendarOptions): Calendar {
  // Read once into a copy of plain data; a throwing getter or trap, or oversized lists, are refused.
  const snapshot = snapshotUntrusted(input, CALENDAR_LIMITS);
  if (snapshot.issues.length > 0) throw calendarError(snapshot.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`));
  const options = snapshot.value as Record<string, unknown>;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw calendarError(['(root): expected an object such as { nonWorkingDates: ["2025-10-01"] }']);
  }
  const problems: string[] = [];
  const at = (path: (string | number)[], message: string) => problems.push(`${formatPath(path)}: ${message}`);

  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.includes(key)) at([key], `unknown option; expected one of ${OPTION_NAMES.join(', ')}`);
  }
  const dateList = (name: 'nonWorkingDates' | 'workingDates'): string[] => {
    const list: unknown = options[name];
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      at([name], 'expected an array of YYYY-MM-DD dates');
      return [];
    }
    list.forEach((date: unknown, index) => {
      if (!isDate(date)) at([name, index], `${describeValue(date)} is not a real date; expected YYYY-MM-DD`);
    });
    return list.filter(isDate);
  };
  const nonWorking = new Set(dateList('nonWorkingDates'));
  const working = new Set(dateList('workingDates'));

  const weekendOption: unknown = options.weekend ?? [0, 6];
  const weekend = new Set<number>();
  if (!Array.isArray(weekendOption)) at(['weekend'], 'expected an array of days of the week, 0 = Sunday … 6 = Saturday');
  else {
    weekendOption.forEach((day: unknown, index) => {
      if (typeof day === 'number' && Number.isInteger(day) && day >= 0 && day <= 6) weekend.add(day);
      else at(['weekend', index], `${describeValue(day)} is not a day of the week; expected an integer from 0 (Sunday) to 6 (Saturday)`);
    });
  }

  for (const date of working) if (nonWorking.has(date)) at(['workingDates'], `${date} is also listed in nonWorkingDates`);

  const bound = (name: 'validFrom' | 'validThrough'): string | undefined => {
    const value: unknown = options[name];
    if (value === undefined) return undefined;
    if (isDate(value)) return value;
    at([name], `${describeValue(value)} is not a real date; expected YYYY-MM-DD`);
    return undefined;
  };
  const from = bound('validFrom');
  const through = bound('validThrough');
  if (from !== undefined && through !== undefined && from > through) at(['validThrough'], `${through} is before validFrom ${from}`);
  // YYYY-MM-DD strings compare like the dates they name.
  const outside = (date: string) => (from !== undefined && date < from) || (through !== undefined && date > through);
  for (const [name, dates] of [['nonWorkingDates', nonWorking], ['workingDates', working]] as const) {
    for (const date of dates) if (outside(date)) at([name], `${date} lies outside validFrom–validThrough (${from ?? '…'} to ${through ?? '…'})`);
  }
  if (problems.length > 0) throw calendarError(problems);

  return Object.freeze({
    isNonWorkingDay(date: string): boolean {
      if (!isDate(date)) {
        throw new ReturnLiabilityError('invalid_calendar_date', `isNonWorkingDay(${describeValue(date)}): expected a real date as YYYY-MM-DD`);
      }
      if (outside(date)) {
        throw new ReturnLiabilityError(
          'calendar_out_of_range',
          `This calendar knows working days from ${from ?? 'any date'} through ${through ?? 'any date'}; ${date} is outside. Extend its dates and validFrom/validThrough.`,
        );
      }
      if (nonWorking.has(date)) return true;
      if (working.has(date)) return false;
      return weekend.has(dayOfWeek(date));
    },
  });
}

function calendarError(problems: readonly string[]): ReturnLiabilityError {
  const shown = problems.slice(0, 10).map((problem) => `  - ${problem}`);
  if (problems.length > 10) shown.push(`  … and ${problems.length - 10} more`);
  return new ReturnLiabilityError('invalid_calendar', [`Invalid calendar (${problems.length} ${problems.length === 1 ? 'issue' : 'issues'}):`, ...shown].join('\n'));
}
