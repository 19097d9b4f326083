import { describe, expect, it } from 'vitest';
import { createCalendar, type CalendarOptions } from '../src/facts/calendar.js';
import { toCalendarDay, formatCalendarDay } from '../src/case/dates.js';
import { lastDayOfWindow, weekendCalendar, type Calendar } from '../src/facts/windows.js';
import { createEvaluator } from '../src/decide/evaluator.js';
import { ReturnLiabilityError } from '../src/errors.js';
import { loadRuleSet } from '../src/rule-set/load.js';
import { alwaysRule, baseCase, failure, ruleSetDocument, thrown } from './helpers.js';

/**
 * China, National Day and Mid-Autumn Festival 2025, from the State Council General Office's notice
 * on the 2025 public holidays (国办发明电〔2024〕12号, 2024-11-12): 1–8 October off; Sunday
 * 28 September and Saturday 11 October are working days.
 */
const CN_NATIONAL_DAY_2025: CalendarOptions = {
  nonWorkingDates: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'],
  workingDates: ['2025-09-28', '2025-10-11'],
  validFrom: '2025-09-01',
  validThrough: '2025-10-31',
};

const lastDay = (delivered: string, days: number, calendar: Calendar) =>
  formatCalendarDay(lastDayOfWindow(toCalendarDay(delivered, 'UTC'), { days, extendPastHolidays: true }, calendar));

/** The message of what `fn` threw, after checking it is a ReturnLiabilityError with `code`. */
function errorMessage(fn: () => unknown, code: string): string {
  const error = thrown(fn);
  expect(ReturnLiabilityError.is(error)).toBe(true);
  expect((error as ReturnLiabilityError).code).toBe(code);
  return (error as ReturnLiabilityError).message;
}

describe('createCalendar', () => {
  it.each([
    ['a Saturday, by default', {}, '2026-02-28', true],
    ['a Sunday, by default', {}, '2026-03-01', true],
    ['a Monday, by default', {}, '2026-03-02', false],
    ['a listed weekday holiday', { nonWorkingDates: ['2026-03-04'] }, '2026-03-04', true],
    ['a listed holiday that is a weekend day anyway', { nonWorkingDates: ['2026-03-01'] }, '2026-03-01', true],
    ['a listed make-up working Sunday', { workingDates: ['2026-03-01'] }, '2026-03-01', false],
    ['a Friday with a Friday–Saturday weekend', { weekend: [5, 6] }, '2026-03-06', true],
    ['a Sunday with a Friday–Saturday weekend', { weekend: [5, 6] }, '2026-03-01', false],
    ['a Saturday with no weekend at all', { weekend: [] }, '2026-02-28', false],
    ['a listed date with no weekend at all', { weekend: [], nonWorkingDates: ['2026-03-04'] }, '2026-03-04', true],
  ] satisfies [string, CalendarOptions, string, boolean][])('%s', (_label, options, date, expected) => {
    expect(createCalendar(options).isNonWorkingDay(date)).toBe(expected);
  });

  it('matches weekendCalendar when given no dates', () => {
    const calendar = createCalendar({});
    for (let day = 1; day <= 14; day++) {
      const date = `2026-03-${String(day).padStart(2, '0')}`;
      expect(calendar.isNonWorkingDay(date)).toBe(weekendCalendar.isNonWorkingDay(date));
    }
  });

  describe('a real holiday period: China, National Day 2025', () => {
    const calendar = createCalendar(CN_NATIONAL_DAY_2025);

    it.each([
      ['2025-09-27', true], // Saturday
      ['2025-09-28', false], // Sunday, make-up working day
      ['2025-09-30', false], // Tuesday
      ['2025-10-01', true], // National Day
      ['2025-10-04', true], // Saturday inside the holiday
      ['2025-10-08', true], // last holiday day, a Wednesday
      ['2025-10-09', false], // Thursday
      ['2025-10-11', false], // Saturday, make-up working day
      ['2025-10-12', true], // ordinary Sunday
    ])('%s non-working: %s', (date, expected) => {
      expect(calendar.isNonWorkingDay(date)).toBe(expected);
    });

    it('moves a 7-day window whose last day is National Day to the first working day after the holiday', () => {
      expect(lastDay('2025-09-24', 7, calendar)).toBe('2025-10-09');
      expect(lastDay('2025-09-24', 7, weekendCalendar)).toBe('2025-10-01'); // a Wednesday without the holiday list
    });

    it('keeps a last day on a make-up working Sunday', () => {
      expect(lastDay('2025-09-21', 7, calendar)).toBe('2025-09-28');
      expect(lastDay('2025-09-21', 7, weekendCalendar)).toBe('2025-09-29');
    });
  });

  describe('validFrom / validThrough', () => {
    const calendar = createCalendar(CN_NATIONAL_DAY_2025);

    it('answers for the first and the last covered day', () => {
      expect(calendar.isNonWorkingDay('2025-09-01')).toBe(false);
      expect(calendar.isNonWorkingDay('2025-10-31')).toBe(false);
    });

    it.each(['2025-08-31', '2025-11-01', '2026-10-01'])('throws calendar_out_of_range for %s', (date) => {
      expect(errorMessage(() => calendar.isNonWorkingDay(date), 'calendar_out_of_range')).toBe(
        `This calendar knows working days from 2025-09-01 through 2025-10-31; ${date} is outside. Extend its dates and validFrom/validThrough.`,
      );
    });

    it('accepts an open-ended range', () => {
      const from = createCalendar({ validFrom: '2025-01-01' });
      expect(from.isNonWorkingDay('2099-01-01')).toBe(false);
      expect(() => from.isNonWorkingDay('2024-12-31')).toThrow(/from 2025-01-01 through any date/);
    });

    it('makes a decision fail loudly when the window reaches past the list', async () => {
      const inTime = { ...alwaysRule('in-time', 2), conditions: { all: [{ fact: 'window.week', operator: 'equal', value: true }] } };
      const ruleSet = loadRuleSet(ruleSetDocument({ windows: { week: { days: 7, extendPastHolidays: true } }, rules: [inTime, alwaysRule('fallback', 1)] }));
      const evaluator = createEvaluator(ruleSet, { calendar: createCalendar({ validThrough: '2026-03-05' }) });
      // Delivered Sunday 1 March: the last day, Sunday 8 March, is after validThrough.
      const error = failure(() => evaluator.decide(baseCase({ dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-02' } })));
      expect(error.code).toBe('calendar_error');
      expect(ReturnLiabilityError.is(error.cause) && error.cause.code).toBe('calendar_out_of_range');
    });

    it('decides when only a rule below the winner needs the day the calendar cannot answer for', () => {
      const inTime = { ...alwaysRule('in-time', 1), conditions: { all: [{ fact: 'window.week', operator: 'equal', value: true }] } };
      const ruleSet = loadRuleSet(ruleSetDocument({ windows: { week: { days: 7, extendPastHolidays: true } }, rules: [alwaysRule('always', 2), inTime] }));
      const evaluator = createEvaluator(ruleSet, { calendar: createCalendar({ validThrough: '2026-03-05' }) });
      const decision = evaluator.decide(baseCase({ dates: { deliveredAt: '2026-03-01', requestedAt: '2026-03-02' } }));
      expect(decision.rule.name).toBe('always');
      // The trace says the lower rule could not be evaluated, rather than claiming it failed.
      expect(decision.trace[1]).toEqual({
        rule: 'in-time',
        priority: 1,
        matched: false,
        undetermined: true,
        conditions: [{ fact: 'window.week', operator: 'equal', expected: true, result: 'not_evaluated' }],
      });
    });
  });

  it('returns a frozen calendar that ignores later changes to the lists', () => {
    const nonWorkingDates = ['2026-03-04'];
    const calendar = createCalendar({ nonWorkingDates });
    nonWorkingDates.push('2026-03-05');
    expect(calendar.isNonWorkingDay('2026-03-05')).toBe(false);
    expect(Object.isFrozen(calendar)).toBe(true);
  });

  it.each(['2026-3-4', '2026-02-30', '2026-03-04T00:00', '', 20260304])('isNonWorkingDay(%j) throws invalid_calendar_date', (date) => {
    expect(errorMessage(() => createCalendar({}).isNonWorkingDay(date as string), 'invalid_calendar_date')).toContain('expected a real date as YYYY-MM-DD');
  });

  describe('invalid options', () => {
    it('lists every problem with its path', () => {
      const options = {
        nonWorkingDates: ['2026-02-30', '2026-03-04', 7],
        workingDates: ['2026-03-04'],
        weekend: [0, 7],
        validFrom: '2026-12-31',
        validThrough: '2026-01-01',
        holidays: [],
      } as unknown as CalendarOptions;
      expect(errorMessage(() => createCalendar(options), 'invalid_calendar')).toMatchInlineSnapshot(`
        "Invalid calendar (8 issues):
          - holidays: unknown option; expected one of nonWorkingDates, workingDates, weekend, validFrom, validThrough
          - nonWorkingDates[0]: "2026-02-30" is not a real date; expected YYYY-MM-DD
          - nonWorkingDates[2]: 7 is not a real date; expected YYYY-MM-DD
          - weekend[1]: 7 is not a day of the week; expected an integer from 0 (Sunday) to 6 (Saturday)
          - workingDates: 2026-03-04 is also listed in nonWorkingDates
          - validThrough: 2026-01-01 is before validFrom 2026-12-31
          - nonWorkingDates: 2026-03-04 lies outside validFrom–validThrough (2026-12-31 to 2026-01-01)
          - workingDates: 2026-03-04 lies outside validFrom–validThrough (2026-12-31 to 2026-01-01)"
      `);
    });

    it.each([
      ['not an object', null, '(root): expected an object'],
      ['an array', [], '(root): expected an object'],
      ['nonWorkingDates not an array', { nonWorkingDates: '2026-03-04' }, 'nonWorkingDates: expected an array of YYYY-MM-DD dates'],
      ['workingDates not an array', { workingDates: {} }, 'workingDates: expected an array of YYYY-MM-DD dates'],
      ['weekend not an array', { weekend: 6 }, 'weekend: expected an array of days of the week'],
      ['a fractional weekday', { weekend: [5.5] }, 'weekend[0]: 5.5 is not a day of the week'],
      ['a malformed validFrom', { validFrom: '2026/01/01' }, 'validFrom: "2026/01/01" is not a real date'],
      ['a date before validFrom', { validFrom: '2026-01-01', nonWorkingDates: ['2025-12-31'] }, 'nonWorkingDates: 2025-12-31 lies outside validFrom–validThrough (2026-01-01 to …)'],
    ])('%s', (_label, options, message) => {
      expect(errorMessage(() => createCalendar(options as unknown as CalendarOptions), 'invalid_calendar')).toContain(message);
    });
  });
});
