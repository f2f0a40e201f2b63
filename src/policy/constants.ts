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
/** What a search query becomes in insights: masked, or only the FAQ's words it matched. */
export const INSIGHTS_QUERY_MODES = ['masked', 'faq-words'] as const;

export const ALLOWED_SCHEMES = ['https:', 'tel:', 'mailto:', 'sms:'] as const;
