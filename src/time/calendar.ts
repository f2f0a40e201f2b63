/**
 * Reading the time formats of a policy (day keys "mon-fri", opening hours "08:00-20:00", dates
 * "2026-12-25") into numbers. Time's own: the policy schema and checks build on these, not the
 * other way round.
 */

/** Monday first, as Dutch calendars and ISO 8601 have it. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Weekday indexes (0 = Monday) a day key covers: "sat" → [5], "mon-fri" → [0…4], "fri-mon" wraps. */
export function weekdaysOfKey(key: string): number[] {
  const [first, last = first] = key.split('-');
  const from = WEEKDAYS.indexOf(first as Weekday);
  const to = WEEKDAYS.indexOf(last as Weekday);
  if (from < 0 || to < 0) return [];
  const days: number[] = [];
  for (let day = from; ; day = (day + 1) % 7) {
    days.push(day);
    if (day === to) return days;
  }
}

export const TIME_RANGE = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

/** Minutes since midnight for start and end; an end before the start runs past midnight. */
export interface MinuteRange {
  start: number;
  end: number;
}

export function parseTimeRange(value: string): MinuteRange | undefined {
  const m = TIME_RANGE.exec(value);
  if (!m) return undefined;
  const [sh, sm, eh, em] = m.slice(1).map(Number) as [number, number, number, number];
  if (sh > 23 || sm > 59 || eh > 24 || em > 59 || (eh === 24 && em !== 0)) return undefined;
  const start = sh * 60 + sm;
  let end = eh * 60 + em;
  if (end === start) return undefined;
  // "22:00-02:00" runs into the next day; model it as minutes past this day's midnight.
  if (end < start) end += 24 * 60;
  return { start, end };
}

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseCalendarDate(value: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  // Date.UTC rolls 2026-02-30 over into March; a round trip tells a real date from an impossible one.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}
