import { tzOffset } from '@date-fns/tz';
import { afterEach, describe, expect, it } from 'vitest';
import { toCalendarDay, formatCalendarDay } from '../src/case/dates.js';
import { toFacts } from '../src/facts/read.js';
import { parseReturnCase } from '../src/case/parse.js';
import { type Calendar, lastDayOfWindow, weekendCalendar, type WindowDefinition } from '../src/facts/windows.js';
import { ReturnLiabilityError } from '../src/errors.js';
import { baseCase, thrown } from './helpers.js';

const holidays = (...dates: string[]): Calendar => ({ isNonWorkingDay: (date) => dates.includes(date) });

function lastDay(delivered: string, window: WindowDefinition, calendar: Calendar = weekendCalendar): string {
  return formatCalendarDay(lastDayOfWindow(toCalendarDay(delivered, 'UTC'), window, calendar));
}

/** The facts of a case delivered and requested at the given times, with the given windows. */
function windowFacts(dates: { deliveredAt: string; requestedAt: string }, timeZone: string, windows: Record<string, WindowDefinition>, calendar: Calendar = weekendCalendar) {
  const facts = toFacts(parseReturnCase(baseCase({ dates, timeZone })), { windows }, calendar);
  return { days: facts.daysSinceDelivery, ...Object.fromEntries(Object.keys(windows).map((name) => [name, facts[`window.${name}`]])) };
}

describe('weekendCalendar', () => {
  it.each([
    ['2026-02-28', true], // Saturday
    ['2026-03-01', true], // Sunday
    ['2026-03-02', false], // Monday
    ['2026-03-06', false], // Friday
  ])('%s non-working: %s', (date, expected) => {
    expect(weekendCalendar.isNonWorkingDay(date)).toBe(expected);
  });
});

describe('lastDayOfWindow', () => {
  it.each<[string, string, WindowDefinition, Calendar, string]>([
    ['7 days from a Monday', '2026-03-02', { days: 7 }, weekendCalendar, '2026-03-09'],
    ['0 days: the delivery day itself', '2026-03-02', { days: 0 }, weekendCalendar, '2026-03-02'],
    ['a Sunday last day stays without extendPastHolidays', '2026-02-22', { days: 7 }, weekendCalendar, '2026-03-01'],
    ['a Sunday last day moves to Monday with extendPastHolidays', '2026-02-22', { days: 7, extendPastHolidays: true }, weekendCalendar, '2026-03-02'],
    ['a Saturday last day moves over the weekend to Monday', '2026-02-21', { days: 7, extendPastHolidays: true }, weekendCalendar, '2026-03-02'],
    ['a working-day last day does not move', '2026-02-25', { days: 7, extendPastHolidays: true }, weekendCalendar, '2026-03-04'],
    ['a holiday from the calendar moves the last day', '2026-02-25', { days: 7, extendPastHolidays: true }, holidays('2026-03-04'), '2026-03-05'],
    ['a run of holidays moves it past the whole run', '2026-09-24', { days: 7, extendPastHolidays: true }, holidays('2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'), '2026-10-08'],
    ['a given calendar replaces the weekend default (a Sunday is a working day there)', '2026-02-22', { days: 7, extendPastHolidays: true }, holidays(), '2026-03-01'],
    ['14 days + 12 months', '2026-01-31', { days: 14, months: 12 }, weekendCalendar, '2027-02-14'],
    ['14 days + 12 months ending on a Sunday, extended', '2026-01-31', { days: 14, months: 12, extendPastHolidays: true }, weekendCalendar, '2027-02-15'],
    ['1 month from 31 January ends on the last day of February', '2026-01-31', { months: 1 }, weekendCalendar, '2026-02-28'],
    ['days are added before months (31 Jan + 1 day + 1 month = 1 Mar)', '2026-01-31', { days: 1, months: 1 }, weekendCalendar, '2026-03-01'],
    ['12 months from 29 February ends on 28 February', '2028-02-29', { months: 12 }, weekendCalendar, '2029-02-28'],
  ])('%s', (_label, delivered, window, calendar, expected) => {
    expect(lastDay(delivered, window, calendar)).toBe(expected);
  });

  it('asks the calendar only when the window extends past holidays', () => {
    const asked: string[] = [];
    const spy: Calendar = { isNonWorkingDay: (date) => (asked.push(date), false) };
    lastDay('2026-02-22', { days: 7 }, spy);
    expect(asked).toEqual([]);
    lastDay('2026-02-22', { days: 7, extendPastHolidays: true }, spy);
    expect(asked).toEqual(['2026-03-01']);
  });

  it.each<[string, Calendar, RegExp]>([
    ['throws', { isNonWorkingDay: () => { throw new Error('calendar offline'); } }, /isNonWorkingDay\("2026-03-01"\) threw: Error: calendar offline/],
    ['returns a non-boolean', { isNonWorkingDay: () => 'yes' as unknown as boolean }, /returned string; expected a boolean/],
    ['never reports a working day', { isNonWorkingDay: () => true }, /more than 366 consecutive non-working days/],
  ])('a calendar that %s is a calendar_error', (_label, calendar, message) => {
    const error = thrown(() => lastDay('2026-02-22', { days: 7, extendPastHolidays: true }, calendar));
    expect(ReturnLiabilityError.is(error)).toBe(true);
    expect(error).toMatchObject({ code: 'calendar_error', message: expect.stringMatching(message) });
  });

  it('keeps what the calendar threw as the cause', () => {
    const failure = new Error('calendar offline');
    const error = thrown(() => lastDay('2026-02-22', { days: 7, extendPastHolidays: true }, { isNonWorkingDay: () => { throw failure; } }));
    expect((error as Error).cause).toBe(failure);
  });
});

describe('window facts and daysSinceDelivery', () => {
  const windows = { week: { days: 7 }, dispute: { days: 15 } };

  it.each([
    ['the delivery day is day 0', '2026-03-02', '2026-03-02', { days: 0, week: true, dispute: true }],
    ['day 7 is the last day of a 7-day window', '2026-03-02', '2026-03-09', { days: 7, week: true, dispute: true }],
    ['day 8 is outside a 7-day window', '2026-03-02', '2026-03-10', { days: 8, week: false, dispute: true }],
    ['day 15 is the last day of a 15-day window', '2026-03-02', '2026-03-17', { days: 15, week: false, dispute: true }],
    ['day 16 is outside a 15-day window', '2026-03-02', '2026-03-18', { days: 16, week: false, dispute: false }],
    ['the last minute of the last day is inside', '2026-03-02T10:00', '2026-03-09T23:59:59', { days: 7, week: true, dispute: true }],
    ['the first minute of the next day is outside', '2026-03-02T10:00', '2026-03-10T00:00', { days: 8, week: false, dispute: true }],
    ['counting crosses a month end', '2026-02-25', '2026-03-04', { days: 7, week: true, dispute: true }],
  ])('%s', (_label, deliveredAt, requestedAt, expected) => {
    expect(windowFacts({ deliveredAt, requestedAt }, 'UTC', windows)).toEqual(expected);
  });

  describe('days are counted in the case time zone', () => {
    it.each([
      // 16:30Z on 9 March is 00:30 on 10 March in Shanghai: day 8 there, day 7 in UTC.
      ['a request just after midnight in Shanghai, still the previous day in UTC', '2026-03-02T10:00:00+08:00', '2026-03-09T16:30:00Z', 'Asia/Shanghai', { days: 8, week: false }],
      ['the same instants counted in UTC', '2026-03-02T10:00:00+08:00', '2026-03-09T16:30:00Z', 'UTC', { days: 7, week: true }],
      ['the same request written with its local offset', '2026-03-02T10:00:00+08:00', '2026-03-10T00:30:00+08:00', 'Asia/Shanghai', { days: 8, week: false }],
      ['a minute before local midnight is still inside', '2026-03-02T10:00:00+08:00', '2026-03-09T23:59:00+08:00', 'Asia/Shanghai', { days: 7, week: true }],
      ['an offset-less date-time is local to the time zone', '2026-03-02T10:00', '2026-03-10T00:30', 'Asia/Shanghai', { days: 8, week: false }],
      ['date-only values are local days whatever the zone (Kiritimati, UTC+14)', '2026-03-02', '2026-03-09', 'Pacific/Kiritimati', { days: 7, week: true }],
      ['date-only values are local days whatever the zone (Pago Pago, UTC−11)', '2026-03-02', '2026-03-09', 'Pacific/Pago_Pago', { days: 7, week: true }],
      // US daylight saving time starts on 8 March 2026; 06:30Z on 10 March is 23:30 on 9 March in Los Angeles.
      ['across a daylight-saving change (Los Angeles)', '2026-03-02T12:00:00-08:00', '2026-03-10T06:30:00Z', 'America/Los_Angeles', { days: 7, week: true }],
      // Europe switches on 29 March 2026: a 23-hour day still counts as one day.
      ['across the 23-hour day (Berlin)', '2026-03-28T23:30:00+01:00', '2026-03-29T23:30:00+02:00', 'Europe/Berlin', { days: 1, week: true }],
    ])('%s', (_label, deliveredAt, requestedAt, timeZone, expected) => {
      expect(windowFacts({ deliveredAt, requestedAt }, timeZone, { week: { days: 7 } })).toEqual(expected);
    });
  });

  it('extends a window ending on a Sunday to Monday (weekend calendar by default)', () => {
    const monday = { deliveredAt: '2026-02-22', requestedAt: '2026-03-02' };
    expect(windowFacts(monday, 'UTC', { plain: { days: 7 }, extended: { days: 7, extendPastHolidays: true } })).toEqual({ days: 8, plain: false, extended: true });
  });

  it('extends a window ending on a holiday from the given calendar', () => {
    const dates = { deliveredAt: '2026-09-24', requestedAt: '2026-10-02' };
    expect(windowFacts(dates, 'Asia/Shanghai', { week: { days: 7, extendPastHolidays: true } }, holidays('2026-10-01', '2026-10-02'))).toEqual({ days: 8, week: true });
    expect(windowFacts({ ...dates, requestedAt: '2026-10-04' }, 'Asia/Shanghai', { week: { days: 7, extendPastHolidays: true } }, holidays('2026-10-01', '2026-10-02'))).toEqual({ days: 10, week: false });
  });

  it('counts 14 days + 12 months (EU window without disclosure)', () => {
    const window = { eu: { days: 14, months: 12 } };
    expect(windowFacts({ deliveredAt: '2026-01-31', requestedAt: '2027-02-14' }, 'Europe/Berlin', window)).toEqual({ days: 379, eu: true });
    expect(windowFacts({ deliveredAt: '2026-01-31', requestedAt: '2027-02-15' }, 'Europe/Berlin', window)).toEqual({ days: 380, eu: false });
  });

  describe('does not depend on the host time zone', () => {
    const original = process.env['TZ'];
    afterEach(() => {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    });

    it.each(['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('host TZ=%s', (hostZone) => {
      process.env['TZ'] = hostZone;
      expect(new Date(0).getTimezoneOffset()).toBe(-tzOffset(hostZone, new Date(0)) || 0);
      expect(windowFacts({ deliveredAt: '2026-03-02T10:00:00+08:00', requestedAt: '2026-03-09T16:30:00Z' }, 'Asia/Shanghai', { week: { days: 7 } })).toEqual({ days: 8, week: false });
      expect(windowFacts({ deliveredAt: '2026-02-22', requestedAt: '2026-03-02' }, 'UTC', { week: { days: 7, extendPastHolidays: true } })).toEqual({ days: 8, week: true });
      expect(windowFacts({ deliveredAt: '2026-01-31', requestedAt: '2027-02-14' }, 'America/New_York', { eu: { days: 14, months: 12 } })).toEqual({ days: 379, eu: true });
      expect(lastDay('2026-03-28', { days: 1 })).toBe('2026-03-29');
    });
  });
});
