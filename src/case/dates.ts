import { TZDate, tzOffset } from '@date-fns/tz';

/**
 * A calendar day as a day number: whole days since 1970-01-01. Window arithmetic is integer
 * addition on it, free of DST shifts and of the host's time zone.
 */
export type CalendarDay = number;

const MS_PER_DAY = 86_400_000;

const PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** `Z` or `±hh:mm`; absent means wall-clock time in the case's zone. */
  offset: string | undefined;
}

/** Parsed date-times, by text: each date of a case is read several times while it is decided. */
const parsed = new Map<string, DateTimeParts | null>();
const PARSED_CACHE_SIZE = 512;

function splitDateTime(text: string): DateTimeParts | undefined {
  let parts = parsed.get(text);
  if (parts === undefined) {
    if (parsed.size >= PARSED_CACHE_SIZE) parsed.clear();
    parts = readDateTime(text) ?? null;
    parsed.set(text, parts);
  }
  return parts ?? undefined;
}

function readDateTime(text: string): DateTimeParts | undefined {
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
  const validTime = parts.hour <= 23 && parts.minute <= 59 && parts.second <= 59;
  const validOffset = parts.offset === undefined || parts.offset === 'Z' || (Number(parts.offset.slice(1, 3)) <= 23 && Number(parts.offset.slice(4)) <= 59);
  return validTime && validOffset && isRealDay(parts.year, parts.month, parts.day) ? parts : undefined;
}

/** Does the proleptic Gregorian calendar have this day (no 31 April, 29 February only in leap years)? */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= length;
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
 * time in `zone`. NaN for text that is not a real date-time.
 */
function toInstant(text: string, zone: string): number {
  const p = splitDateTime(text);
  if (!p) return Number.NaN;
  if (p.offset !== undefined) return Date.parse(text);
  return new TZDate(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond, zone).getTime();
}

/** Length of a date-only value, `YYYY-MM-DD`. */
const DATE_ONLY_LENGTH = 10;

/**
 * Orders two ISO date-times in `zone`: negative when `a` is earlier, 0 when equal, positive when later.
 * Two values without offsets are both wall-clock times in `zone`, so they compare field by field
 * (no time-zone lookup needed; inside a repeated DST hour such values are ambiguous anyway).
 * A date-only value compares by calendar day in `zone`.
 */
export function compareDateTimes(a: string, b: string, zone: string): number {
  const pa = splitDateTime(a);
  const pb = splitDateTime(b);
  if (!pa || !pb) return Number.NaN;
  // A date-only value names a whole day: a request "on 5 March" is not before a delivery at 10:00 that day.
  if (a.length === DATE_ONLY_LENGTH || b.length === DATE_ONLY_LENGTH) {
    return calendarDaysBetween(toCalendarDay(b, zone), toCalendarDay(a, zone));
  }
  if (pa.offset === undefined && pb.offset === undefined) {
    const fields = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
    for (const field of fields) if (pa[field] !== pb[field]) return pa[field] - pb[field];
    return 0;
  }
  return toInstant(a, zone) - toInstant(b, zone);
}

/** The day number of a proleptic Gregorian date; unlike `Date.UTC`, years 0–99 stay as given. */
function utcDay(year: number, monthIndex: number, day: number): CalendarDay {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime() / MS_PER_DAY;
}

/** Offsets of a zone, by hour since the epoch: a case's dates are usually close together. */
const offsetCache = new Map<string, number>();
const OFFSET_CACHE_SIZE = 4_096;

/** Minutes the zone is ahead of UTC at an instant, cached per zone and hour (offsets change on the hour or half hour at most). */
function offsetMinutes(zone: string, instant: number): number {
  // Half-hour buckets: every offset change in the tz database happens on a half-hour boundary.
  const key = `${zone} ${Math.floor(instant / 1_800_000)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size >= OFFSET_CACHE_SIZE) offsetCache.clear();
    offset = tzOffset(zone, new Date(instant));
    offsetCache.set(key, offset);
  }
  return offset;
}

/** The calendar day, in `zone`, on which an ISO date or date-time falls; NaN for text that is not one. */
export function toCalendarDay(text: string, zone: string): CalendarDay {
  const p = splitDateTime(text);
  if (!p) return Number.NaN;
  if (p.offset === undefined) return utcDay(p.year, p.month - 1, p.day);
  const instant = Date.parse(text);
  // Shift the instant by the zone's offset at that instant; the UTC day is then the local one.
  const local = instant + (zone === 'UTC' ? 0 : offsetMinutes(zone, instant)) * 60_000;
  return Math.floor(local / MS_PER_DAY);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: CalendarDay, to: CalendarDay): number {
  return to - from;
}

/** The day `months` calendar months after `day`; a day-of-month the target month lacks becomes its last day (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonthsToDay(day: CalendarDay, months: number): CalendarDay {
  if (months === 0) return day;
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastOfTarget = new Date(utcDay(year, month + 1, 0) * MS_PER_DAY).getUTCDate();
  return utcDay(year, month, Math.min(date.getUTCDate(), lastOfTarget));
}

/** Day of the week of a calendar day, 0 = Sunday. */
export function dayOfWeek(day: CalendarDay): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of a calendar day. */
export function formatCalendarDay(day: CalendarDay): string {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const y = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : String(year);
  return `${y}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}
