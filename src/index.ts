/** The package's module entry: the element class and the policy model, without side effects. */
export { KanaalWijzer } from './components/kanaal-wijzer/entry/kanaal-wijzer.js';
export type { ChatContext, KwEventDetail, KwEventMap, KwEventName, KwEvents, MessageKind, QuerySource } from './events.js';
export { PolicySchema } from './policy/schema.js';
export type { Channel, Cost, DayHours, FaqItem, Hours, Keywords, Link, LocalText, Notice, PlaceholderCheck, Policy, Task, Topic } from './policy/schema.js';
export { parsePolicyText, validatePolicy } from './policy/validate.js';
export type { PolicyError, ValidationResult } from './policy/validate.js';
export { compileSchedule, openStatus } from './time/hours.js';
export type { OpenStatus, Schedule } from './time/hours.js';
export type { ChannelType, NoticeLevel, SuitsTag } from './policy/constants.js';
export type { Weekday } from './time/calendar.js';
