import { TZDate, tzOffset } from '@date-fns/tz';

/**
 * A calendar day as a day number: whole days since 1970-01-01. Window arithmetic is integer
 * addition on it, free of DST shifts and of the host's time zone.
 */
export type CalendarDay = number;

const MS_PER_DAY = 86_400_000;

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
  /** Minutes the offset is ahead of UTC (0 without one). */
  offsetMinutes: number;
}

/** Parsed date-times, by text: each date of a case is read several times while it is decided. */
const parsed = new Map<string, DateTimeParts | null>();
const PARSED_CACHE_SIZE = 4_096;

function splitDateTime(text: string): DateTimeParts | undefined {
  let parts = parsed.get(text);
  if (parts === undefined) {
    if (parsed.size >= PARSED_CACHE_SIZE) parsed.clear();
    parts = readDateTime(text) ?? null;
    parsed.set(text, parts);
  }
  return parts ?? undefined;
}

/** The ASCII digit at `at` in `text`, or -100 for anything else (so that {@link twoDigits} is negative unless both are digits). */
function digitAt(text: string, at: number): number {
  // charCodeAt past the end is NaN, which fails both comparisons.
  const digit = text.charCodeAt(at) - 48;
  return digit >= 0 && digit <= 9 ? digit : -100;
}
const twoDigits = (text: string, at: number): number => digitAt(text, at) * 10 + digitAt(text, at + 1);

const HYPHEN = 45;
const COLON = 58;

/**
 * A real date or date-time in the shape of ISO_DATE_TIME (src/case/vocabulary.ts): `YYYY-MM-DD`,
 * optionally `THH:MM`, `:SS` and `.` with 1–9 digits, then `Z` or `±HH:MM` — read character by
 * character, without a regular expression. Fractions keep milliseconds; finer digits are dropped.
 */
function readDateTime(text: string): DateTimeParts | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN) return undefined;
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || yearOfCentury < 0 || month < 0 || day < 0) return undefined;
  const year = century * 100 + yearOfCentury;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millisecond = 0;
  let offset: string | undefined;
  let offsetMinutes = 0;
  if (length > 10) {
    if (length < 16 || text.charCodeAt(10) !== 84 /* T */ || text.charCodeAt(13) !== COLON) return undefined;
    hour = twoDigits(text, 11);
    minute = twoDigits(text, 14);
    if (hour < 0 || minute < 0) return undefined;
    let at = 16;
    if (text.charCodeAt(at) === COLON) {
      second = twoDigits(text, at + 1);
      if (second < 0) return undefined;
      at += 3;
      if (text.charCodeAt(at) === 46 /* . */) {
        const start = at + 1;
        at = start;
        while (digitAt(text, at) >= 0) {
          if (at < start + 3) millisecond = millisecond * 10 + digitAt(text, at);
          at += 1;
        }
        const fraction = at - start;
        if (fraction < 1 || fraction > 9) return undefined;
        // `.5` is 500 ms: the digits are padded to three.
        if (fraction < 3) millisecond *= fraction === 1 ? 100 : 10;
      }
    }
    if (at < length) {
      const sign = text.charCodeAt(at);
      if (sign === 90 /* Z */ && at + 1 === length) {
        offset = 'Z';
      } else if ((sign === 43 /* + */ || sign === HYPHEN) && at + 6 === length && text.charCodeAt(at + 3) === COLON) {
        const hours = twoDigits(text, at + 1);
        const minutes = twoDigits(text, at + 4);
        if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59) return undefined;
        offset = text.slice(at);
        offsetMinutes = (sign === HYPHEN ? -1 : 1) * (hours * 60 + minutes);
      } else {
        return undefined;
      }
    }
  }
  const validTime = hour <= 23 && minute <= 59 && second <= 59;
  return validTime && isRealDay(year, month, day) ? { year, month, day, hour, minute, second, millisecond, offset, offsetMinutes } : undefined;
}

/** Does the proleptic Gregorian calendar have this day (no 31 April, 29 February only in leap years)? */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= length;
}

/** The day number of a real proleptic Gregorian date (as {@link utcDay} computes it, by arithmetic). */
function civilDay(year: number, month: number, day: number): CalendarDay {
  // Howard Hinnant's days_from_civil: eras of 400 years, years starting on 1 March.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** The instant of a date-time with an offset, as `Date.parse` reads it. */
function offsetInstant(p: DateTimeParts): number {
  return civilDay(p.year, p.month, p.day) * MS_PER_DAY + ((p.hour * 60 + p.minute - p.offsetMinutes) * 60 + p.second) * 1000 + p.millisecond;
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
 * The instant (ms since the epoch) of a real ISO date-time; a value without an offset is wall-clock
 * time in `zone`.
 */
function toInstant(p: DateTimeParts, zone: string): number {
  if (p.offset !== undefined) return offsetInstant(p);
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
    return calendarDaysBetween(calendarDayOf(pb, zone), calendarDayOf(pa, zone));
  }
  if (pa.offset === undefined && pb.offset === undefined) {
    if (pa.year !== pb.year) return pa.year - pb.year;
    if (pa.month !== pb.month) return pa.month - pb.month;
    if (pa.day !== pb.day) return pa.day - pb.day;
    if (pa.hour !== pb.hour) return pa.hour - pb.hour;
    if (pa.minute !== pb.minute) return pa.minute - pb.minute;
    if (pa.second !== pb.second) return pa.second - pb.second;
    return pa.millisecond - pb.millisecond;
  }
  return toInstant(pa, zone) - toInstant(pb, zone);
}

/** The day number of a proleptic Gregorian date; unlike `Date.UTC`, years 0–99 stay as given. */
function utcDay(year: number, monthIndex: number, day: number): CalendarDay {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime() / MS_PER_DAY;
}

/** Offsets of each zone, by half hour since the epoch: a case's dates are usually close together. */
const offsetCache = new Map<string, Map<number, number>>();
const OFFSET_CACHE_SIZE = 4_096;
let offsetsCached = 0;

/** Minutes the zone is ahead of UTC at an instant, cached per zone and half hour. */
function offsetMinutes(zone: string, instant: number): number {
  // Half-hour buckets: every offset change in the tz database happens on a half-hour boundary.
  const bucket = Math.floor(instant / 1_800_000);
  let offsets = offsetCache.get(zone);
  let offset = offsets?.get(bucket);
  if (offset === undefined) {
    if (offsetsCached >= OFFSET_CACHE_SIZE) {
      offsetCache.clear();
      offsetsCached = 0;
      offsets = undefined;
    }
    if (offsets === undefined) offsetCache.set(zone, (offsets = new Map()));
    offset = tzOffset(zone, new Date(instant));
    offsets.set(bucket, offset);
    offsetsCached += 1;
  }
  return offset;
}

/** The calendar day, in `zone`, on which an ISO date or date-time falls; NaN for text that is not one. */
export function toCalendarDay(text: string, zone: string): CalendarDay {
  const p = splitDateTime(text);
  return p ? calendarDayOf(p, zone) : Number.NaN;
}

function calendarDayOf(p: DateTimeParts, zone: string): CalendarDay {
  if (p.offset === undefined) return civilDay(p.year, p.month, p.day);
  const instant = offsetInstant(p);
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
