/**
 * Channel ranking: kanaalverleiding, not kanaalsturing. Ranking reorders; it never hides a
 * channel. The rules, in order of weight:
 *   1. "Nu meteen": open real-time channels (phone, chat, video, WhatsApp) first, then other open
 *      channels, then closed real-time ones, then other closed ones, asynchronous ones (email,
 *      callback) last.
 *      "Vandaag nog": open channels first. "Geen haast": asynchronous channels lead.
 *   2. "Op papier": channels that leave a written trace move to the front.
 *   3. The channel this visitor picked before moves to the front of its group.
 *   4. Within a group, for urgent questions: channels suited to urgency, then the shorter wait.
 *   5. Otherwise the topic's own order.
 */
import { REAL_TIME_TYPES, type ChannelType, type SuitsTag } from './constants.js';

export const URGENCIES = ['now', 'today', 'no-rush'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface RankableChannel {
  id: string;
  type: ChannelType;
  open: boolean;
  always: boolean;
  /** Expected wait in minutes (live when known), for real-time channels. */
  waitMinutes?: number;
  suits: readonly SuitsTag[];
}

export interface RankOptions {
  urgency?: Urgency;
  /** The customer wants proof on record. */
  record?: boolean;
  /** The channel this visitor picked on an earlier visit. */
  preferred?: string;
}

const ASYNCHRONOUS: readonly ChannelType[] = ['email', 'callback'];

export function isRealTime(channel: Pick<RankableChannel, 'type'>): boolean {
  return REAL_TIME_TYPES.includes(channel.type);
}

export function leavesWrittenTrace(channel: Pick<RankableChannel, 'type' | 'suits'>): boolean {
  return channel.suits.includes('record') || channel.type === 'email';
}

function group(channel: RankableChannel, urgency: Urgency | undefined): number {
  const asynchronous = ASYNCHRONOUS.includes(channel.type);
  switch (urgency) {
    case 'now':
      if (asynchronous) return 4;
      if (channel.open) return isRealTime(channel) ? 0 : 1;
      return isRealTime(channel) ? 2 : 3;
    case 'today':
      return channel.open ? 0 : 1;
    case 'no-rush':
      return asynchronous ? 0 : channel.open ? 1 : 2;
    default:
      return 0;
  }
}

/** The channels in the order to show them: every one of them, reordered. */
export function rankChannels<T extends RankableChannel>(channels: readonly T[], options: RankOptions = {}): T[] {
  const keyed = channels.map((channel, index) => {
    const urgentFit = options.urgency === 'now' ? (channel.suits.includes('urgent') ? 0 : 1) : 0;
    const wait = options.urgency === 'now' && channel.open ? (channel.waitMinutes ?? 0) : 0;
    return {
      channel,
      key: [
        options.record && leavesWrittenTrace(channel) ? -1 : group(channel, options.urgency),
        channel.id === options.preferred ? 0 : 1,
        urgentFit,
        wait,
        index,
      ],
    };
  });
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const difference = (a.key[i] ?? 0) - (b.key[i] ?? 0);
      if (difference !== 0) return difference;
    }
    return 0;
  });
  return keyed.map(({ channel }) => channel);
}

/** The channel to recommend: the first in the ranked order that a customer can use right now. */
export function recommend<T extends RankableChannel>(ranked: readonly T[]): T | undefined {
  return ranked.find((channel) => channel.open);
}
