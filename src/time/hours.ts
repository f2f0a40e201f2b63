/**
 * Opening hours: is a channel open at an instant, when does it close, when does it open next.
 * Everything is computed in the channel's (or policy's) time zone, so a visitor anywhere in the
 * world sees the same answer, and DST changes move nothing but the clock.
 */
import { parseCalendarDate, parseTimeRange, weekdaysOfKey, type CalendarDate, type MinuteRange } from './calendar.js';
import { addDays, dateKey, instantOf, wallClock, weekdayOf } from './zoned.js';

/** One day's hours as a policy writes them: "closed", "08:00-17:30", or a list of such ranges. */
export type DayHours = string | readonly string[];
/** A week's hours as a policy writes them: "24/7", or per day key ("sat", "mon-fri") that day's hours. */
export type Hours = '24/7' | Readonly<Record<string, DayHours>>;

export interface Schedule {
  timeZone: string;
  /** True for "24/7" and for channels without hours. */
  always: boolean;
  /** Ranges per weekday, 0 = Monday; an end past 1440 runs into the next day. */
  weekly: MinuteRange[][];
  exceptions: Map<string, MinuteRange[]>;
}

export interface OpenStatus {
  open: boolean;
  /** Open around the clock: nothing to close or open. */
  always: boolean;
  /** When an open channel closes; absent when it stays open for as far as we look. */
  closesAt?: number;
  /** When a closed channel opens; absent when no opening is scheduled within a year. */
  opensAt?: number;
}

/** How far ahead to look for the next opening: long enough for a holiday season of exceptions. */
const LOOKAHEAD_DAYS = 370;
/** How many back-to-back ranges ("mon-sun": "00:00-24:00") to follow before calling it open-ended. */
const MAX_CHAIN = 14;

function ranges(value: DayHours): MinuteRange[] {
  const list = value === 'closed' ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((text) => parseTimeRange(text) ?? []).sort((a, b) => a.start - b.start);
}

export function compileSchedule(
  hours: Hours | undefined,
  exceptions: Record<string, DayHours> | undefined,
  timeZone: string,
): Schedule {
  const weekly: MinuteRange[][] = Array.from({ length: 7 }, () => []);
  if (hours !== undefined && hours !== '24/7') {
    for (const [key, value] of Object.entries(hours)) {
      for (const day of weekdaysOfKey(key)) weekly[day] = ranges(value);
    }
  }
  const compiledExceptions = new Map<string, MinuteRange[]>();
  for (const [key, value] of Object.entries(exceptions ?? {})) {
    if (parseCalendarDate(key)) compiledExceptions.set(key, ranges(value));
  }
  return { timeZone, always: hours === undefined || hours === '24/7', weekly, exceptions: compiledExceptions };
}

function rangesOn(schedule: Schedule, date: CalendarDate): MinuteRange[] {
  return schedule.exceptions.get(dateKey(date)) ?? schedule.weekly[weekdayOf(date)] ?? [];
}

/** Follows ranges that start exactly where the previous one ends, to find the real closing. */
function closingOf(schedule: Schedule, date: CalendarDate, end: number): number | undefined {
  let day = date;
  let minute = end;
  for (let step = 0; step < MAX_CHAIN; step++) {
    if (minute >= 1440) {
      day = addDays(day, 1);
      minute -= 1440;
    }
    const next = rangesOn(schedule, day).find((range) => range.start === minute);
    if (!next) return instantOf(day, minute, schedule.timeZone);
    minute = next.end;
  }
  return undefined;
}

export function openStatus(schedule: Schedule, instant: number): OpenStatus {
  if (schedule.always) return { open: true, always: true };
  const now = wallClock(instant, schedule.timeZone);
  const today: CalendarDate = { year: now.year, month: now.month, day: now.day };
  const yesterday = addDays(today, -1);

  for (const range of rangesOn(schedule, yesterday)) {
    if (range.end > 1440 && now.minutes < range.end - 1440) {
      return withClosing(closingOf(schedule, yesterday, range.end));
    }
  }
  for (const range of rangesOn(schedule, today)) {
    if (range.start <= now.minutes && now.minutes < range.end) {
      return withClosing(closingOf(schedule, today, range.end));
    }
  }
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const day = addDays(today, offset);
    for (const range of rangesOn(schedule, day)) {
      const opensAt = instantOf(day, range.start, schedule.timeZone);
      if (opensAt > instant) return { open: false, always: false, opensAt };
    }
  }
  return { open: false, always: false };
}

function withClosing(closesAt: number | undefined): OpenStatus {
  return closesAt === undefined ? { open: true, always: false } : { open: true, always: false, closesAt };
}

/** The next instant at which `openStatus` changes, for a clock that refreshes "open now". */
export function nextChange(status: OpenStatus): number | undefined {
  return status.open ? status.closesAt : status.opensAt;
}

export interface SlotOptions {
  /** Length of one slot; also the step between slots. */
  slotMinutes?: number;
  /** How far ahead a slot must start, so someone can prepare the call. */
  leadMinutes?: number;
  days?: number;
  limit?: number;
}

/**
 * Moments to call a customer back: slot starts within the channel's opening hours, from a little
 * after `now`, for the next few days. DST-safe like everything here: slots are wall-clock times.
 */
export function callbackSlots(schedule: Schedule, now: number, options: SlotOptions = {}): number[] {
  const { slotMinutes = 30, leadMinutes = 30, days = 3, limit = 24 } = options;
  const earliest = now + leadMinutes * 60_000;
  const today = wallClock(now, schedule.timeZone);
  const slots: number[] = [];
  for (let offset = 0; offset < days && slots.length < limit; offset++) {
    const day = addDays(today, offset);
    const ranges = schedule.always ? [{ start: 0, end: 1440 }] : rangesOn(schedule, day);
    for (const range of ranges) {
      for (let minute = range.start; minute + slotMinutes <= range.end && slots.length < limit; minute += slotMinutes) {
        const start = instantOf(day, minute, schedule.timeZone);
        if (start >= earliest && !slots.includes(start)) slots.push(start);
      }
    }
  }
  return slots;
}
