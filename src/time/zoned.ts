/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl`: which calendar date and
 * minute an instant is in a zone, and which instant a wall-clock time in a zone is.
 * Calendar dates are handled with `Date.UTC` only, so the visitor's own zone never leaks in.
 */
import type { CalendarDate } from './calendar.js';

export interface WallClock extends CalendarDate {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The part of Temporal used here; typed by hand until TypeScript's libraries include it. */
interface TemporalZoned {
  Now: { timeZoneId(): string };
  Instant: {
    fromEpochMilliseconds(ms: number): {
      toZonedDateTimeISO(timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number };
    };
  };
}

/**
 * Calendar fields of an instant in a zone. Temporal when the browser has it: the first
 * Intl.DateTimeFormat in a page costs 40–60 ms of one-time set-up on a modest machine, Temporal
 * about 1 ms. Both read the same time zone database, so the answers agree.
 */
function fields(instant: number, timeZone: string) {
  const temporal = (globalThis as { Temporal?: TemporalZoned }).Temporal;
  if (temporal) {
    const { year, month, day, hour, minute, second } = temporal.Instant.fromEpochMilliseconds(Math.floor(instant)).toZonedDateTimeISO(timeZone);
    return { year, month, day, hour, minute, second };
  }
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type in out) out[part.type as keyof typeof out] = Number(part.value);
  }
  return out;
}

/** The visitor's own time zone, as cheaply as the browser can say it. */
export function visitorTimeZone(): string | undefined {
  try {
    return (globalThis as { Temporal?: TemporalZoned }).Temporal?.Now.timeZoneId() ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export function weekdayOf(date: CalendarDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

export function wallClock(instant: number, timeZone: string): WallClock {
  const f = fields(instant, timeZone);
  const date = { year: f.year, month: f.month, day: f.day };
  return { ...date, weekday: weekdayOf(date), minutes: f.hour * 60 + f.minute };
}

/** Minutes the zone is ahead of UTC at this instant (+60 for Amsterdam in winter). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const f = fields(instant, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dateKey(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** Whole calendar days from `a` to `b`. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}

/**
 * The instant a wall-clock time happens in a zone. `minutes` may pass 1440 (a range that runs
 * past midnight). Resolves like Temporal's "compatible": a time skipped by a spring-forward
 * change moves forward by the gap; a time repeated in autumn takes its first occurrence.
 */
export function instantOf(date: CalendarDate, minutes: number, timeZone: string): number {
  const local = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE;
  const before = offsetMinutes(local - DAY, timeZone);
  const after = offsetMinutes(local + DAY, timeZone);
  const candidates = [before, after]
    .map((offset) => local - offset * MINUTE)
    .filter((instant) => offsetMinutes(instant, timeZone) * MINUTE === local - instant);
  if (candidates.length > 0) return Math.min(...candidates);
  return local - before * MINUTE;
}
