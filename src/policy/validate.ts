/**
 * Turns untrusted policy JSON into a clean, typed policy plus a list of problems, each with the
 * exact path a marketer needs. A broken entry is dropped and reported; the rest keeps working.
 */
import * as v from 'valibot';
import { isTimeZone, nearest } from './checks.js';
import { cleanCopy } from './clean-copy.js';
import { ABOUT_A_KEY, formatPath, humanize } from './describe.js';
import { findJsonSyntaxError, lineAndColumnOf } from './json-position.js';
import type { PolicyError } from './policy-error.js';
import { PLURAL_FORMS, WORD_CATALOGUE, type WordEntry } from '../i18n/word-catalogue.js';
import {
  ChannelSchema,
  FaqItemSchema,
  NoticeSchema,
  PolicySchema,
  TopicSchema,
  type Channel,
  type FaqItem,
  type Policy,
} from './schema.js';

export type { PolicyError } from './policy-error.js';

/** A problem as the checks find it, before mistakes that are one are merged. */
interface Problem extends PolicyError {
  /** About the key itself (an unknown or forbidden key) rather than its value. */
  onKey?: boolean;
  /** The key is absent, or lacks what its channel type needs; a near-miss unknown key beside it is the same mistake. */
  missing?: boolean;
}

export interface ValidationResult {
  /** The usable part of the policy; absent when the problems are fatal. */
  policy?: Policy;
  errors: PolicyError[];
  /** True when nothing usable is left: not JSON, wrong version, or no usable channel. */
  fatal: boolean;
}

const DEFAULT_LOCALE = 'nl';
const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';
const PARSE_CONFIG = { abortEarly: false, message: humanize } as const;

/** Parses policy text; broken JSON is reported with its line and column. */
export function parsePolicyText(text: string): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const syntax = findJsonSyntaxError(text) ?? { offset: 0, expected: 'valid JSON' };
    const { line, column } = lineAndColumnOf(text)(syntax.offset);
    const found = syntax.offset >= text.length ? 'the end of the text' : JSON.stringify(text.slice(syntax.offset, syntax.offset + 12));
    return {
      errors: [{ path: `line ${line}, column ${column}`, message: `not valid JSON: expected ${syntax.expected}, found ${found}`, line, column }],
      fatal: true,
    };
  }
  return validatePolicy(data);
}

/** `channels[0].hourz` → ["channels[0]", "hourz"]: the path of the object, and the key in it. */
function parentAndKey(path: string): [string, string] {
  const start = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['), path.lastIndexOf(']')) + 1;
  const parent = path.slice(0, start);
  return [parent.endsWith('.') ? parent.slice(0, -1) : parent, path.slice(start)];
}

/**
 * One mistake, one problem: a key renamed by a typo is reported as the unknown key, with the
 * intended key as a hint, and not a second time as that key missing.
 */
function mergeNearMisses(errors: Problem[]): Problem[] {
  return errors.filter((error) => {
    if (!error.missing) return true;
    const [parent, key] = parentAndKey(error.path);
    return !errors.some((other) => {
      const [otherParent, otherKey] = parentAndKey(other.path);
      return other.onKey && otherParent === parent && nearest(otherKey, [key]);
    });
  });
}

/** What validatePolicy returns, with the problems still carrying what merging needs. */
interface Checked {
  policy?: Policy;
  errors: Problem[];
  fatal: boolean;
  /** The policy's time zone is unusable, so opening hours are read in the default one. */
  timeZoneFallback?: boolean;
}

type Entity = 'channels' | 'topics' | 'faq' | 'notices';
const ENTITIES: readonly string[] = ['channels', 'topics', 'faq', 'notices'] satisfies Entity[];
const isEntity = (key: string): key is Entity => ENTITIES.includes(key);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates an already parsed policy object (from JSON, a property or an inline script). */
export function validatePolicy(input: unknown): ValidationResult {
  return finish(drain(check(input)));
}

/**
 * How much checking one task may do before the main thread is given back: well under a long
 * task's 50 ms, measured on the visitor's own clock, so a slow phone gets more, shorter slices.
 */
const SLICE_MS = 4;

/**
 * The same check as `validatePolicy`, with the same result, awaiting `pause` whenever a slice of
 * `sliceMs` is used up. The check can stop after the top level, after any list entry and between
 * the lists, so no part of it, however large the policy, adds up to a long task on a phone. A
 * `pause` that rejects stops the check with its reason.
 */
export async function validatePolicyInSlices(input: unknown, pause: () => Promise<void>, sliceMs = SLICE_MS): Promise<ValidationResult> {
  const steps = check(input);
  let sliceStart = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
    step = steps.next();
  }
  return finish(step.value);
}

/** Runs a stepwise check to its end, in one go. */
function drain<T>(steps: Generator<void, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

function finish({ timeZoneFallback, ...result }: Checked): ValidationResult {
  return { ...result, errors: publicErrors(result.errors, timeZoneFallback) };
}

/**
 * The problems as callers see them: each mistake once (near misses merged); the fallback time zone
 * said once, on whichever problem is left standing for the time zone (its own, or the misspelt
 * key's); one about a key marked so `locateProblems` points at the key.
 */
function publicErrors(problems: Problem[], timeZoneFallback = false): PolicyError[] {
  const merged = mergeNearMisses(problems);
  const timeZoneProblem = timeZoneFallback && merged.find((error) => error.path === 'timeZone' || (error.onKey && nearest(error.path, ['timeZone'])));
  if (timeZoneProblem) timeZoneProblem.message += ` Until it is fixed, opening hours are read in ${DEFAULT_TIME_ZONE}.`;
  return merged.map(({ onKey, missing: _missing, ...error }) => {
    if (onKey) ABOUT_A_KEY.add(error);
    return error;
  });
}

/** Yields wherever the work may be split into tasks (after each list entry too); returns what validatePolicy reports. */
function* check(input: unknown): Generator<void, Checked, void> {
  const errors: Problem[] = [];
  if (!isRecord(input)) {
    return { errors: [{ path: '', message: 'expected a policy object {...}' }], fatal: true };
  }
  // Lists are checked item by item so one broken entry is reported at its own path and dropped
  // alone; each entry is copied as it is checked, so no step copies a whole long list.
  const lists = new Map<Entity, unknown[]>();
  const outsideLists: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (isEntity(key) && Array.isArray(value)) lists.set(key, value);
    else outsideLists[key] = value;
  }
  const data = cleanCopy(outsideLists, '', errors) as Record<string, unknown>;
  const topLevel: Record<string, unknown> = { ...data };
  for (const name of lists.keys()) topLevel[name] = [];
  // The first time zone looked up in a page reads the engine's whole list of zones.
  if (typeof data['timeZone'] === 'string') isTimeZone(data['timeZone']);
  yield;

  const badTopLevel = new Set<string>();
  for (const issue of v.safeParse(PolicySchema, topLevel, PARSE_CONFIG).issues ?? []) {
    errors.push(problemOf(formatPath(issue.path), issue));
    badTopLevel.add(String(issue.path?.[0]?.key ?? ''));
  }
  if (data['version'] !== 1 || !lists.has('channels')) return { errors, fatal: true };
  yield;

  const keep = <T>(name: Entity, schema: v.GenericSchema<unknown, T>) => checkEntries(name, lists.get(name) ?? [], schema, errors);

  const channels = dedupe('channels', yield* keep('channels', ChannelSchema), errors);
  const usableChannels = channels.filter((channel) => channelUsable(channel, errors));
  if (usableChannels.length === 0) {
    const declared = lists.get('channels')?.length ?? 0;
    errors.push({
      path: 'channels',
      message: 'no usable channel: a policy needs at least one channel without errors',
      ...(declared > 0 && { consequence: true }),
    });
    return { errors, fatal: true };
  }
  const channelIds = new Set(usableChannels.map((channel) => channel.id));
  const declaredChannels = declaredIds(lists.get('channels'));
  yield;

  const topics = dedupe('topics', yield* keep('topics', TopicSchema), errors).map((topic) => {
    const { index, ...rest } = topic;
    return {
      ...rest,
      ...(topic.channels && {
        channels: filterRefs(topic.channels, channelIds, declaredChannels, `topics[${index}].channels`, 'channel', errors),
      }),
    };
  });
  const topicIds = new Set(topics.map((topic) => topic.id));
  const declaredTopics = declaredIds(lists.get('topics'));
  yield;

  const faqInput = data['faq'];
  let faq: Policy['faq'];
  if (typeof faqInput === 'string') {
    faq = faqInput;
  } else if (lists.has('faq')) {
    const checked = yield* checkFaqList(lists.get('faq'), topicIds, declaredTopics);
    errors.push(...checked.errors);
    faq = checked.faq;
    yield;
  }

  const notices = dedupe('notices', yield* keep('notices', NoticeSchema), errors).flatMap(({ index, ...notice }) => {
    if (notice.from && notice.until && Date.parse(notice.from) >= Date.parse(notice.until)) {
      errors.push({ path: `notices[${index}].until`, message: `ends before it starts (from ${notice.from})` });
      return [];
    }
    if (!notice.topics) return [notice];
    const noticeTopics = filterRefs(notice.topics, topicIds, declaredTopics, `notices[${index}].topics`, 'topic', errors);
    if (notice.topics.length > 0 && noticeTopics.length === 0) {
      // A notice meant for some pages must not turn up on every page instead.
      errors.push({ path: `notices[${index}]`, message: 'none of its topics is usable, so the notice is left out', consequence: true });
      return [];
    }
    return [{ ...notice, topics: noticeTopics }];
  });

  let defaultTopic = typeof data['defaultTopic'] === 'string' ? data['defaultTopic'] : undefined;
  if (defaultTopic !== undefined && !topicIds.has(defaultTopic)) {
    errors.push(refProblem(defaultTopic, 'topic', 'defaultTopic', topicIds, declaredTopics));
    defaultTopic = undefined;
  }

  const fromTopLevel = <K extends keyof Policy>(key: K): Partial<Pick<Policy, K>> =>
    data[key] !== undefined && !badTopLevel.has(key) ? ({ [key]: data[key] } as Pick<Policy, K>) : {};

  const locale = badTopLevel.has('locale') ? DEFAULT_LOCALE : (data['locale'] as string);
  const timeZone = badTopLevel.has('timeZone') ? DEFAULT_TIME_ZONE : (data['timeZone'] as string);

  const policy: Policy = {
    version: 1,
    locale,
    timeZone,
    channels: usableChannels.map(({ index: _index, ...channel }) => channel),
    ...(topics.length > 0 && { topics }),
    ...(defaultTopic !== undefined && { defaultTopic }),
    ...(faq !== undefined && !badTopLevel.has('faq') && { faq }),
    ...(notices.length > 0 && { notices }),
    ...fromTopLevel('live'),
    ...fromTopLevel('fallback'),
    ...fromTopLevel('nudge'),
    ...fromTopLevel('drafts'),
    ...fromTopLevel('insights'),
    ...fromTopLevel('pageUrl'),
    ...fromTopLevel('outbox'),
    ...usableWords(data['words'], errors),
  };
  return { policy, errors, fatal: false, ...(badTopLevel.has('timeZone') && { timeZoneFallback: true }) };
}

/**
 * The policy's words without the broken ones: a word with a problem is dropped alone (its
 * built-in word stands in), a language whose tag or shape is wrong with all of its words. Tags
 * are made lower-case, as the widget compares them.
 */
function usableWords(input: unknown, errors: Problem[]): Pick<Policy, 'words'> {
  if (!isRecord(input) || errors.some((error) => error.path === 'words')) return {};
  const words: NonNullable<Policy['words']> = {};
  for (const [tag, given] of Object.entries(input)) {
    const at = `words.${tag}`;
    if (!isRecord(given) || errors.some((error) => error.path === at)) continue;
    for (const key of COUNTED_KEYS) {
      const forms = PLURAL_FORMS.filter((form) => given[`${key}.${form}`] !== undefined);
      if (forms.length > 0 && !forms.includes('other')) {
        errors.push({ path: `${at}.${key}.${forms[0] ?? ''}`, message: `"${key}.other" is missing: a counted phrase needs its "other" form, so its other forms are left out` });
      }
    }
    const kept = Object.entries(given).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !errors.some((error) => error.path === `${at}.${entry[0]}`));
    if (kept.length > 0) words[tag.toLowerCase()] = { ...words[tag.toLowerCase()], ...Object.fromEntries(kept) };
  }
  // The widget speaks base languages: "pt-BR" words also serve "pt", unless the policy gives "pt" itself.
  for (const tag of Object.keys(words)) {
    const base = tag.split('-')[0] ?? tag;
    words[base] ??= words[tag] ?? {};
  }
  return Object.keys(words).length > 0 ? { words } : {};
}

/** The counted phrases of the word catalogue (`selfService.found`), given per plural form. */
const COUNTED_KEYS = Object.entries(WORD_CATALOGUE as Record<string, WordEntry>).flatMap(([key, entry]) => (entry.counted ? [key] : []));

/** A valibot issue as a problem, remembering whether it is about a key that is wrong or absent. */
function problemOf(path: string, issue: v.BaseIssue<unknown>): Problem {
  // A key no object takes, or a map's key that is no day, language or date.
  const unknownKey = (issue.expected === 'never' && typeof issue.input === 'string') || (issue.path?.at(-1)?.origin === 'key' && issue.input !== undefined);
  const absent = issue.input === undefined && issue.kind === 'schema';
  return { path, message: issue.message, ...(unknownKey && { onKey: true }), ...(absent && { missing: true }) };
}

function declaredIds(items: readonly unknown[] | undefined): ReadonlySet<unknown> {
  return new Set(items?.map((item) => (isRecord(item) ? item['id'] : undefined)));
}

type Indexed<T> = T & { index: number };

/** How deep a list's entries sit in a policy (policy → list → entry), for the copy's depth limit. */
const POLICY_ENTRY_DEPTH = 2;

/**
 * Checks each entry of a list, yielding after each; reports problems under `name[index]` and keeps
 * the good ones with their index.
 */
function* checkEntries<T>(
  name: string,
  list: readonly unknown[],
  schema: v.GenericSchema<unknown, T>,
  errors: Problem[],
  entryDepth = POLICY_ENTRY_DEPTH,
): Generator<void, Indexed<T>[], void> {
  const kept: Indexed<T>[] = [];
  for (const [index, raw] of list.entries()) {
    const at = `${name}[${index}]`;
    const result = v.safeParse(schema, cleanCopy(raw, at, errors, entryDepth), PARSE_CONFIG);
    for (const issue of result.issues ?? []) {
      const inner = formatPath(issue.path);
      errors.push(problemOf(`${at}${inner && !inner.startsWith('[') ? '.' : ''}${inner}`, issue));
    }
    if (result.success) kept.push({ ...result.output, index });
    yield;
  }
  return kept;
}

function dedupe<T extends { id: string; index: number }>(name: Entity, items: T[], errors: Problem[]): T[] {
  const firstIndex = new Map<string, number>();
  return items.filter((item) => {
    const earlier = firstIndex.get(item.id);
    if (earlier !== undefined) {
      errors.push({ path: `${name}[${item.index}].id`, message: `"${item.id}" is already used by ${name}[${earlier}]; ids must be unique` });
      return false;
    }
    firstIndex.set(item.id, item.index);
    return true;
  });
}

function unknownRef(id: string, kind: string, known: ReadonlySet<string>): string {
  const list = [...known].map((k) => `"${k}"`).join(', ');
  return `no ${kind} has the id "${id}"${list ? `; known: ${list}` : ''}`;
}

/**
 * A reference to an unknown id is a problem; one to an entry that has problems of its own only
 * follows from those (and `locateProblems` sums such references up in one line per entry).
 */
function refProblem(ref: string, kind: string, path: string, usable: ReadonlySet<string>, declared: ReadonlySet<unknown>): Problem {
  return declared.has(ref)
    ? { path, message: `${kind} "${ref}" has problems, so it is left out`, consequence: true }
    : { path, message: unknownRef(ref, kind, usable) };
}

/** Keeps the references to usable entries and reports the others. */
function filterRefs(
  refs: readonly string[],
  usable: ReadonlySet<string>,
  declared: ReadonlySet<unknown>,
  path: string,
  kind: string,
  errors: Problem[],
): string[] {
  return refs.filter((ref, index) => usable.has(ref) || !errors.push(refProblem(ref, kind, `${path}[${index}]`, usable, declared)));
}

/** Channel types whose picking follows `href` (a chat started by event excepted). */
export const NEEDS_HREF: ReadonlySet<string> = new Set(['chat', 'whatsapp', 'social', 'video', 'link']);

/** Rules that depend on the channel type, which a flat schema cannot express. */
function channelUsable(channel: Indexed<Channel>, errors: Problem[]): boolean {
  const at = `channels[${channel.index}]`;
  const problems: Problem[] = [];
  if (channel.type === 'phone' && !channel.href?.startsWith('tel:')) {
    problems.push({ path: `${at}.href`, message: 'a phone channel needs its number as a link like "tel:+31201234567"', ...(!channel.href && { missing: true }) });
  }
  if (channel.type === 'email' && !channel.email?.endpoint && !channel.email?.to) {
    problems.push({ path: `${at}.email`, message: 'an email channel needs "endpoint" (where the form is sent) or "to" (an address)', ...(!channel.email && { missing: true }) });
  }
  if (channel.type === 'callback' && !channel.callback?.endpoint) {
    problems.push({ path: `${at}.callback`, message: 'a callback channel needs "callback": {"endpoint": …} (where requests are sent)', missing: true });
  }
  if (channel.start !== undefined && channel.type !== 'chat') {
    problems.push({ path: `${at}.start`, message: '"start" only applies to chat channels' });
  }
  const startsByEvent = channel.type === 'chat' && channel.start === 'event';
  if (NEEDS_HREF.has(channel.type) && !startsByEvent && !channel.href) {
    problems.push({ path: `${at}.href`, message: `a ${channel.type} channel needs "href": where picking it goes`, missing: true });
  }
  if (channel.type === 'visit' && !channel.href && !channel.address) {
    problems.push({ path: at, message: 'a visit channel needs "address" or "href" (a page with the address)' });
  }
  errors.push(...problems);
  return problems.length === 0;
}

/** Validates a FAQ list fetched from the policy's `faq` address; broken entries are dropped and reported. */
export function validateFaqList(input: unknown, topicIds: ReadonlySet<string>): { faq: FaqItem[]; errors: PolicyError[] } {
  // The file is the list itself, so its entries sit one level down.
  const checked = drain(checkFaqList(input, topicIds, new Set(), 1));
  return { faq: checked.faq, errors: publicErrors(checked.errors) };
}

function* checkFaqList(
  input: unknown,
  topicIds: ReadonlySet<string>,
  declaredTopics: ReadonlySet<unknown>,
  entryDepth = POLICY_ENTRY_DEPTH,
): Generator<void, { faq: FaqItem[]; errors: Problem[] }, void> {
  const errors: Problem[] = [];
  if (!Array.isArray(input)) {
    return { faq: [], errors: [{ path: 'faq', message: 'expected the FAQ file to hold a list [...] of questions' }] };
  }
  const items = yield* checkEntries('faq', input, FaqItemSchema, errors, entryDepth);
  const faq = dedupe('faq', items, errors).map(({ index, ...item }) => ({
    ...item,
    ...(item.topics && {
      topics: filterRefs(item.topics, topicIds, declaredTopics, `faq[${index}].topics`, 'topic', errors),
    }),
  }));
  return { faq, errors };
}
