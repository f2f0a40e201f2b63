/** Which topic a page is about, and what that topic shows: channels, tasks and notices (the FAQ search prefers the topic's entries itself). */
import type { Channel, Notice, Policy, Task, Topic } from './schema.js';

const globCache = new Map<string, RegExp>();

/**
 * `*` matches within one path segment, `**` across segments; a trailing `/**` also matches the
 * folder itself, so "/betalen/**" covers "/betalen" too. Everything else matches literally.
 */
export function globToRegExp(glob: string): RegExp {
  let regexp = globCache.get(glob);
  if (!regexp) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
      const char = glob[i] ?? '';
      if (glob.startsWith('/**', i) && i + 3 === glob.length) {
        source += '(?:/.*)?';
        break;
      }
      if (glob.startsWith('**', i)) {
        source += '.*';
        i++;
      } else if (char === '*') {
        source += '[^/]*';
      } else {
        source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      }
    }
    regexp = new RegExp(`^${source}/?$`);
    globCache.set(glob, regexp);
  }
  return regexp;
}

function decodedPath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

export function matchesPath(glob: string, pathname: string): boolean {
  const regexp = globToRegExp(glob);
  return regexp.test(pathname) || regexp.test(decodedPath(pathname));
}

export interface TopicRequest {
  /** The `topic` attribute; wins when it names a known topic. */
  topic?: string | null;
  pathname: string;
}

export function resolveTopic(policy: Policy, request: TopicRequest): Topic | undefined {
  const topics = policy.topics ?? [];
  const byAttribute = request.topic ? topics.find((topic) => topic.id === request.topic) : undefined;
  return (
    byAttribute ??
    topics.find((topic) => topic.match?.some((glob) => matchesPath(glob, request.pathname))) ??
    topics.find((topic) => topic.id === policy.defaultTopic)
  );
}

/** The topic's channels in its base order; every channel when there is no topic or no list. */
export function channelsForTopic(policy: Policy, topic: Topic | undefined): Channel[] {
  if (!topic?.channels?.length) return policy.channels;
  const byId = new Map(policy.channels.map((channel) => [channel.id, channel]));
  return topic.channels.flatMap((id) => byId.get(id) ?? []);
}

export function tasksForTopic(topic: Topic | undefined): Task[] {
  return topic?.tasks ?? [];
}

function concerns(topics: readonly string[] | undefined, topic: Topic | undefined): boolean {
  return !topics?.length || (topic !== undefined && topics.includes(topic.id));
}

/** Notices for this topic whose window contains the instant. */
export function activeNotices(policy: Policy, topic: Topic | undefined, instant: number): Notice[] {
  return (policy.notices ?? []).filter(
    (notice) =>
      concerns(notice.topics, topic) &&
      (notice.from === undefined || Date.parse(notice.from) <= instant) &&
      (notice.until === undefined || instant < Date.parse(notice.until)),
  );
}
