/** Fixed vocabularies of the channel policy: one list feeds the types, the schema and the tests. */

export const CHANNEL_TYPES = [
  'phone',
  'email',
  'chat',
  'whatsapp',
  'social',
  'video',
  'visit',
  'callback',
  'link',
] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** Channels where a person answers while the customer waits. */
export const REAL_TIME_TYPES: readonly ChannelType[] = ['phone', 'chat', 'video', 'whatsapp'];

export const SUITS_TAGS = ['urgent', 'complex', 'personal', 'simple', 'record'] as const;
export type SuitsTag = (typeof SUITS_TAGS)[number];

export const NOTICE_LEVELS = ['info', 'warning', 'critical'] as const;
export type NoticeLevel = (typeof NOTICE_LEVELS)[number];

export const CHAT_START_MODES = ['link', 'event'] as const;

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

export const ALLOWED_SCHEMES = ['https:', 'tel:', 'mailto:', 'sms:'] as const;
