/** Which topic a page is about, and what that topic shows: channels, tasks and notices (the FAQ search prefers the topic's entries itself). */
import type { Channel, Notice, Policy, Task, Topic } from './schema.js';

/** One step of a compiled glob: a literal character, `*` (anything but "/") or `**` (anything). */
type GlobStep = string | typeof ONE_SEGMENT | typeof ANY_SEGMENTS;
const ONE_SEGMENT = 0;
const ANY_SEGMENTS = 1;

interface CompiledGlob {
  steps: GlobStep[];
  /** The glob ended in "/**": the folder itself and everything below it match. */
  folder: boolean;
}

const globCache = new Map<string, CompiledGlob>();

/**
 * `*` matches within one path segment, `**` across segments; a trailing `/**` also matches the
 * folder itself, so "/betalen/**" covers "/betalen" too. Everything else matches literally.
 */
function compileGlob(glob: string): CompiledGlob {
  let compiled = globCache.get(glob);
  if (!compiled) {
    const folder = glob.endsWith('/**');
    const body = folder ? glob.slice(0, -3) : glob;
    const steps: GlobStep[] = [];
    for (let i = 0; i < body.length; i++) {
      if (body.startsWith('**', i)) {
        steps.push(ANY_SEGMENTS);
        i++;
      } else if (body[i] === '*') {
        steps.push(ONE_SEGMENT);
      } else {
        steps.push(body[i] as string);
      }
    }
    compiled = { steps, folder };
    globCache.set(glob, compiled);
  }
  return compiled;
}

// `**` stops at line breaks as the regular expression it replaced did (`.` without the s flag).
const isLineBreak = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

/**
 * Whether a path matches a glob, by walking every position of the glob at once over the path
 * (a Thompson-style simulation): time grows with path length × glob length and never
 * backtracks, so no glob a policy holds can hold the page's main thread. A final "/" on the
 * path is allowed.
 */
function globMatches({ steps, folder }: CompiledGlob, path: string): boolean {
  const end = steps.length;
  let active = new Uint8Array(end + 1);
  let next = new Uint8Array(end + 1);
  const close = (states: Uint8Array) => {
    // A star may match nothing: where one is active, so is the step after it.
    for (let step = 0; step < end; step++) if (states[step] && typeof steps[step] === 'number') states[step + 1] = 1;
  };
  let lastBreak = -1;
  for (let at = 0; at < path.length; at++) if (isLineBreak(path.charCodeAt(at))) lastBreak = at;
  // What may follow the glob: nothing, a final "/", or for a folder "/" and anything on that line.
  const accepts = (at: number) =>
    active[end] === 1 && (at === path.length || (path[at] === '/' && (folder ? lastBreak < at : at === path.length - 1)));
  active[0] = 1;
  close(active);
  for (let at = 0; at < path.length; at++) {
    if (accepts(at)) return true;
    const char = path[at] as string;
    const anySegments = !isLineBreak(path.charCodeAt(at));
    next.fill(0);
    let any = false;
    for (let step = 0; step < end; step++) {
      if (!active[step]) continue;
      const want = steps[step];
      const stays = want === ONE_SEGMENT ? char !== '/' : want === ANY_SEGMENTS && anySegments;
      if (stays || want === char) {
        next[stays ? step : step + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    [active, next] = [next, active];
    close(active);
  }
  return accepts(path.length);
}

function decodedPath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

export function matchesPath(glob: string, pathname: string): boolean {
  const compiled = compileGlob(glob);
  return globMatches(compiled, pathname) || globMatches(compiled, decodedPath(pathname));
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
