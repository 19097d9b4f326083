import { ReturnLiabilityError } from '../errors.js';
import { addMonthsToDay, type CalendarDay, dayOfWeek, formatCalendarDay } from '../case/dates.js';

/** A named return window of a rule set. */
export interface WindowDefinition {
  /** Days added to the delivery day to reach the last day (the delivery day is day 0). */
  readonly days?: number | undefined;
  /** Calendar months added after `days`. */
  readonly months?: number | undefined;
  /** Move a last day that falls on a non-working day to the next working day. */
  readonly extendPastHolidays?: boolean | undefined;
}

/**
 * Which days are not working days, for windows with `extendPastHolidays`. Without a calendar,
 * Saturdays and Sundays are the only non-working days.
 */
export interface Calendar {
  /** @param date - a calendar day as `YYYY-MM-DD` */
  isNonWorkingDay(date: string): boolean;
}

/** The default calendar: Saturdays and Sundays are non-working, every other day is working. */
export const weekendCalendar: Calendar = {
  isNonWorkingDay(date: string): boolean {
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    return day === 0 || day === 6;
  },
};

/** The longest run of consecutive non-working days a calendar may report before it is rejected. */
const MAX_NON_WORKING_RUN = 366;

/**
 * The last day of a window: the delivery day plus `days`, plus `months`, moved past non-working
 * days when the window says so. The window ends at 24:00 of that day in the case's time zone.
 *
 * @throws {ReturnLiabilityError} `calendar_error` when the calendar throws, answers something other
 *   than a boolean, or reports more than a year of consecutive non-working days
 */
export function lastDayOfWindow(delivered: CalendarDay, window: WindowDefinition, calendar: Calendar): CalendarDay {
  let last = addMonthsToDay(delivered + (window.days ?? 0), window.months ?? 0);
  if (window.extendPastHolidays) {
    for (let run = 0; isNonWorkingDay(calendar, last); run++) {
      if (run >= MAX_NON_WORKING_RUN) {
        throw new ReturnLiabilityError(
          'calendar_error',
          `The calendar reports more than ${MAX_NON_WORKING_RUN} consecutive non-working days from ${formatCalendarDay(last - run)}; check its isNonWorkingDay().`,
        );
      }
      last += 1;
    }
  }
  return last;
}

function isNonWorkingDay(calendar: Calendar, day: CalendarDay): boolean {
  // The default calendar needs no date text.
  if (calendar === weekendCalendar) {
    const weekday = dayOfWeek(day);
    return weekday === 0 || weekday === 6;
  }
  const date = formatCalendarDay(day);
  let answer: unknown;
  try {
    answer = calendar.isNonWorkingDay(date);
  } catch (cause) {
    throw new ReturnLiabilityError('calendar_error', `The calendar's isNonWorkingDay("${date}") threw: ${String(cause)}`, { cause });
  }
  if (typeof answer !== 'boolean') {
    throw new ReturnLiabilityError('calendar_error', `The calendar's isNonWorkingDay("${date}") returned ${typeof answer}; expected a boolean.`);
  }
  return answer;
}

/** Is a request made on `requested` inside the window that started with delivery on `delivered`? */
export function isWithinWindow(delivered: CalendarDay, requested: CalendarDay, window: WindowDefinition, calendar: Calendar): boolean {
  return requested <= lastDayOfWindow(delivered, window, calendar);
}
