/**
 * What the panel shows, as plain data: the element only renders this. Computed from the policy,
 * the page's topic, the language and an instant, so it is tested without a DOM or a real clock.
 */
import { formatClock, formatCost, formatMoment, formatPhoneNumber, formatReply, formatWait } from '../../../i18n/format.js';
import type { UiLanguage } from '../../../i18n/language.js';
import { localize } from '../../../i18n/localize.js';
import { safeHref } from '../../../policy/checks.js';
import type { ChannelType, NoticeLevel, SuitsTag } from '../../../policy/constants.js';
import type { Channel, Policy, Topic } from '../../../policy/schema.js';
import { isRealTime, leavesWrittenTrace, rankChannels, recommend, type RankOptions } from '../../../policy/ranking.js';
import { activeNotices, channelsForTopic, tasksForTopic } from '../../../policy/topics.js';
import { compileSchedule, nextChange, openStatus, type Schedule } from '../../../time/hours.js';
import { daysBetween, wallClock } from '../../../time/zoned.js';
import { panelWords } from '../../../i18n/panel-strings.js';

export type ChannelAction =
  /** Follow `href` (tel:, https:, a page). */
  | 'link'
  /** Open the email form in the panel. */
  | 'email'
  /** Let the site start its own chat tool (kw-chat-start). */
  | 'chat-event'
  /** Open the call-back form in the panel. */
  | 'callback';

export interface ChannelView {
  id: string;
  type: ChannelType;
  label: string;
  description?: string;
  /** The number a phone channel dials: shown, never only behind a link. */
  phoneNumber?: string;
  address?: string;
  action: ChannelAction;
  href?: string;
  /** Leaves the site: opens in a new tab. */
  external: boolean;
  open: boolean;
  always: boolean;
  /** "Nu open · tot 20:00", "Gesloten · opent maandag 08:00", "24/7 bereikbaar". */
  status: string;
  /** "wachttijd ~7 min" for real-time channels, "antwoord binnen 48 uur" for asynchronous ones. */
  wait?: string;
  /** The wait comes from the live feed, not the typical figure. */
  live: boolean;
  waitMinutes?: number;
  cost?: string;
  free: boolean;
  suits: readonly SuitsTag[];
  /** The policy allows suggesting a faster channel instead of this one, and this one instead of others. */
  nudge: boolean;
  realTime: boolean;
  /** The channel to suggest first, with its concrete advantage ("wachttijd ~3 min, gratis"). */
  recommended: boolean;
  reason?: string;
}

export interface NoticeView {
  id: string;
  level: NoticeLevel;
  levelLabel: string;
  text: string;
  link?: { label: string; href: string };
}

export interface TaskView {
  label: string;
  href: string;
}

export interface PanelView {
  topicLabel?: string;
  notices: NoticeView[];
  tasks: TaskView[];
  channels: ChannelView[];
  /** When something shown changes by itself (a channel opens or closes, a notice starts or ends). */
  refreshAt?: number;
}

const schedules = new WeakMap<Channel, Schedule>();

function scheduleOf(channel: Channel, policy: Policy): Schedule {
  let schedule = schedules.get(channel);
  if (!schedule) {
    schedule = compileSchedule(channel.hours, channel.exceptions, channel.timeZone ?? policy.timeZone);
    schedules.set(channel, schedule);
  }
  return schedule;
}

function isExternal(href: string, pageOrigin: string): boolean {
  if (!href.startsWith('https:')) return false;
  try {
    return new URL(href).origin !== pageOrigin;
  } catch {
    return true;
  }
}

function actionOf(channel: Channel): ChannelAction {
  if (channel.type === 'email') return 'email';
  if (channel.type === 'chat' && channel.start === 'event') return 'chat-event';
  if (channel.type === 'callback') return 'callback';
  return 'link';
}

export interface PanelInput {
  policy: Policy;
  topic: Topic | undefined;
  lang: UiLanguage;
  now: number;
  /** The page's origin, to tell links that leave the site. */
  pageOrigin: string;
  /** The visitor's own time zone; times in another zone get its name. */
  visitorZone?: string;
  ranking?: RankOptions;
  /** Current wait minutes per channel id from the live feed, when fresh. */
  liveWaits?: ReadonlyMap<string, number>;
}

function statusText(input: PanelInput, channel: Channel, schedule: Schedule): { open: boolean; always: boolean; status: string; changesAt?: number } {
  const words = panelWords(input.lang, input.policy);
  const status = openStatus(schedule, input.now);
  const changesAt = nextChange(status);
  if (status.always) return { open: true, always: true, status: channel.type === 'email' ? words.sendAnyTime : words.always };
  const zone = channel.timeZone ?? input.policy.timeZone;
  const moment = (instant: number) =>
    daysBetween(wallClock(input.now, zone), wallClock(instant, zone)) === 0 && input.visitorZone === zone
      ? formatClock(instant, zone)
      : formatMoment(instant, input.now, input.lang, zone, input.visitorZone);
  const text = status.open
    ? status.closesAt === undefined
      ? words.open
      : `${words.open} · ${words.until} ${moment(status.closesAt)}`
    : status.opensAt === undefined
      ? `${words.closed} · ${words.noOpening}`
      : `${words.closed} · ${words.opens} ${moment(status.opensAt)}`;
  return { open: status.open, always: false, status: text, ...(changesAt !== undefined && { changesAt }) };
}

function channelView(input: PanelInput, channel: Channel): ChannelView & { changesAt?: number } {
  const { lang, policy } = input;
  const text = (value: Parameters<typeof localize>[0]) => localize(value, lang, policy.locale);
  const href = safeHref(channel.href);
  const { changesAt, ...status } = statusText(input, channel, scheduleOf(channel, policy));
  const liveMinutes = channel.reply ? undefined : input.liveWaits?.get(channel.id);
  const waitMinutes = liveMinutes ?? channel.wait?.minutes;
  const wait = channel.reply ? formatReply(channel.reply.hours, lang, policy) : waitMinutes !== undefined ? formatWait(waitMinutes, lang, policy) : undefined;
  return {
    id: channel.id,
    type: channel.type,
    label: text(channel.label),
    ...(channel.description && { description: text(channel.description) }),
    ...(channel.type === 'phone' && href?.startsWith('tel:') && { phoneNumber: formatPhoneNumber(decodeURIComponent(href.slice(4))) }),
    ...(channel.address && { address: text(channel.address) }),
    action: actionOf(channel),
    ...(href && { href }),
    external: href !== undefined && isExternal(href, input.pageOrigin),
    ...status,
    ...(wait && { wait }),
    live: liveMinutes !== undefined,
    ...(waitMinutes !== undefined && { waitMinutes }),
    ...(channel.cost && { cost: formatCost(channel.cost, channel.type, lang, policy.locale, policy) }),
    free: channel.cost === 'free',
    suits: channel.suits ?? [],
    nudge: channel.nudge !== false,
    realTime: isRealTime(channel),
    recommended: false,
    ...(changesAt !== undefined && { changesAt }),
  };
}

/** The concrete advantage of a recommended channel, in at most three short facts. */
function reasonFor(channel: ChannelView, lang: UiLanguage, policy: Policy): string {
  const words = panelWords(lang, policy);
  const facts: string[] = [];
  if (channel.realTime && channel.waitMinutes !== undefined) facts.push(formatWait(channel.waitMinutes, lang, policy));
  if (channel.always && channel.type !== 'email') facts.push(words.reasonAlways);
  if (leavesWrittenTrace(channel)) facts.push(words.reasonWritten);
  if (channel.free) facts.push(words.cost.free);
  // Listed as the language lists: "a, b, c" in Dutch, "a, b et c" in French, "a، وb" in Arabic.
  return new Intl.ListFormat(lang, { type: 'unit', style: 'short' }).format(facts.slice(0, 3));
}

export function buildPanel(input: PanelInput): PanelView {
  const { policy, topic, lang, now } = input;
  const text = (value: Parameters<typeof localize>[0]) => localize(value, lang, policy.locale);
  const words = panelWords(lang, policy);

  const notices = activeNotices(policy, topic, now);
  const ranked = rankChannels(
    channelsForTopic(policy, topic).map((channel) => channelView(input, channel)),
    input.ranking,
  );
  const best = recommend(ranked);
  const channels = ranked.map((channel) => (channel === best ? { ...channel, recommended: true, reason: reasonFor(channel, lang, policy) } : channel));

  const boundaries = [
    ...channels.map((channel) => channel.changesAt),
    ...(policy.notices ?? []).flatMap((notice) => [notice.from, notice.until].map((moment) => (moment ? Date.parse(moment) : undefined))),
  ].filter((instant): instant is number => instant !== undefined && instant > now);

  return {
    ...(topic && { topicLabel: text(topic.label) }),
    notices: notices.map((notice) => {
      const level = notice.level ?? 'info';
      const linkHref = safeHref(notice.link?.href);
      return {
        id: notice.id,
        level,
        levelLabel: words.noticeLabel[level],
        text: text(notice.text),
        ...(notice.link && linkHref && { link: { label: text(notice.link.label), href: linkHref } }),
      };
    }),
    tasks: tasksForTopic(topic).flatMap((task) => {
      const href = safeHref(task.href);
      return href ? [{ label: text(task.label), href }] : [];
    }),
    channels: channels.map(({ changesAt: _changesAt, ...channel }) => channel),
    ...(boundaries.length > 0 && { refreshAt: Math.min(...boundaries) }),
  };
}
