import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays, format, isValid } from 'date-fns';

/** A calendar day as a UTC-midnight date: calendar arithmetic on it is free of DST shifts. */
export type CalendarDay = Date;

const PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offset: string | undefined;
}

function splitDateTime(text: string): DateTimeParts | undefined {
  const m = PARTS.exec(text);
  if (!m) return undefined;
  const parts: DateTimeParts = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    millisecond: Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3)),
    offset: m[8],
  };
  const probe = new TZDate(parts.year, parts.month - 1, parts.day, 'UTC');
  const sameDay = probe.getFullYear() === parts.year && probe.getMonth() === parts.month - 1 && probe.getDate() === parts.day;
  if (!sameDay || parts.hour > 23 || parts.minute > 59 || parts.second > 59) return undefined;
  return parts;
}

const zoneValidity = new Map<string, boolean>();

/** Is `zone` an IANA time zone this runtime knows? Cached per zone. */
export function isKnownTimeZone(zone: string): boolean {
  let known = zoneValidity.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zoneValidity.set(zone, known);
  }
  return known;
}

/** Is `text` a real ISO 8601 date or date-time (no 31 February, no 25:00)? */
export function isRealDateTime(text: string): boolean {
  return splitDateTime(text) !== undefined;
}

/**
 * The instant (ms since the epoch) of an ISO date-time; a value without an offset is wall-clock
 * time in `zone`.
 */
export function toInstant(text: string, zone: string): number {
  const p = splitDateTime(text);
  if (!p) return Number.NaN;
  if (p.offset !== undefined) return Date.parse(text);
  return new TZDate(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond, zone).getTime();
}

/** The calendar day, in `zone`, on which an ISO date or date-time falls. */
export function toCalendarDay(text: string, zone: string): CalendarDay {
  const p = splitDateTime(text);
  if (!p) return new TZDate(Number.NaN, 'UTC');
  if (p.offset === undefined) return new TZDate(p.year, p.month - 1, p.day, 'UTC');
  const local = new TZDate(Date.parse(text), zone);
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 'UTC');
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: CalendarDay, to: CalendarDay): number {
  return differenceInCalendarDays(to, from);
}

/** `YYYY-MM-DD` of a calendar day. */
export function formatCalendarDay(day: CalendarDay): string {
  return isValid(day) ? format(day, 'yyyy-MM-dd') : 'invalid';
}
