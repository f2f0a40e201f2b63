/**
 * The marketer's figures from an insights event log: pure functions, shared by the
 * `kanaalwijzer insights` command and the editor's Insights panel.
 */
import { ID_PATTERN } from '../policy/schema.js';
import type { InsightsEvent } from './insights.js';
import { maskQuery } from './mask.js';

export interface ParsedLog {
  events: InsightsEvent[];
  /** Lines that are not JSON, or not an event or a batch of them. */
  badLines: number;
  /** Entries inside otherwise good batches that are not events. */
  badEvents: number;
  /** Events naming a topic, channel or answer by something that is not an id: forged, since the widget sends none. */
  forgedIds: number;
}

/** The fields in which an event names a topic, a channel or an FAQ answer. */
const ID_FIELDS = ['topic', 'channel', 'id', 'target'] as const;

/**
 * Whether every topic, channel and answer an event names is in the policy's id form. Anyone can
 * post to an insights endpoint; an id in any other form was not sent by the widget, and in a
 * report it could carry terminal escapes, markup or text made to look like a channel.
 */
export function hasPolicyIds(event: InsightsEvent): boolean {
  return ID_FIELDS.every((field) => {
    const value = event.detail[field];
    // An empty string names nothing, as null does: the report counts neither.
    return value === undefined || value === null || value === '' || (typeof value === 'string' && ID_PATTERN.test(value));
  });
}

/**
 * Text from a log made safe to print: no C0 or C1 control character and no DEL, so a forged
 * field cannot set a terminal's title, move its cursor, ring it or dress a link as something
 * else. Line breaks go too: one field is one line's part. The CLI sends every line through this.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/**
 * The event a logged or posted value holds, or undefined when it holds none. Its query is masked
 * again: anyone can post to an insights endpoint, and a log may hold what no widget masked.
 */
export function asEvent(value: unknown): InsightsEvent | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { type, detail, at } = value as Record<string, unknown>;
  if (typeof type !== 'string' || !type.startsWith('kw-') || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
  if (!detail || typeof detail !== 'object' || Array.isArray(detail)) return undefined;
  const query = (detail as Record<string, unknown>)['query'];
  return { type, detail: { ...detail, ...(typeof query === 'string' && { query: maskQuery(query) }) }, at: new Date(Date.parse(at)).toISOString() };
}

/** Reads NDJSON: one event per line, or one batch body (`{"events": […]}`) per line, as an endpoint logs them. */
export function parseLog(text: string, into: ParsedLog = { events: [], badLines: 0, badEvents: 0, forgedIds: 0 }): ParsedLog {
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      into.badLines++;
      continue;
    }
    const batch = value && typeof value === 'object' ? (value as { events?: unknown }).events : undefined;
    if (Array.isArray(batch)) {
      const events = batch.map(asEvent);
      const good = events.filter((event) => event !== undefined);
      if (good.length === 0 && batch.length > 0) into.badLines++;
      else into.badEvents += events.length - good.length;
      for (const event of good) keep(event, into);
      continue;
    }
    const event = asEvent(value);
    if (event) keep(event, into);
    else into.badLines++;
  }
  return into;
}

function keep(event: InsightsEvent, log: ParsedLog): void {
  if (hasPolicyIds(event)) log.events.push(event);
  else log.forgedIds++;
}

export interface Figures {
  panelOpens: number;
  searches: number;
  answersOpened: number;
  deflections: number;
  emails: number;
  callbacks: number;
}

export interface ChannelPicks {
  channel: string;
  picks: number;
  /** Picks while the channel was closed. */
  closed: number;
  /** Picks per urgency choice; "none" when the customer chose none. */
  byUrgency: Record<string, number>;
}

export interface TopicFigures extends Figures {
  /** The topic id; null for pages without a topic. */
  topic: string | null;
  channels: ChannelPicks[];
}

export interface DayFigures extends Figures {
  /** YYYY-MM-DD, UTC. */
  day: string;
}

export interface ContentGap {
  /** The normalised query. */
  query: string;
  /** The topic it was searched on most. */
  topic: string | null;
  searches: number;
  /** Searches that found no answer at all. */
  noAnswer: number;
  /** Searches with answers of which none was opened. */
  notOpened: number;
}

export interface AnswerFigures {
  id: string;
  views: number;
  deflections: number;
  helpful: number;
  notHelpful: number;
}

export interface InsightsReport {
  /** First and last event's moment, ISO; null without events. */
  period: { from: string; to: string } | null;
  events: number;
  badLines: number;
  badEvents: number;
  /** Events left out because they name a topic, channel or answer by something that is not an id. */
  forgedIds: number;
  total: TopicFigures;
  topics: TopicFigures[];
  days: DayFigures[];
  gaps: ContentGap[];
  answers: AnswerFigures[];
}

export interface ReportOptions {
  /** First day to include, YYYY-MM-DD (UTC). */
  from?: string;
  /** Last day to include, YYYY-MM-DD (UTC). */
  to?: string;
}

/** How queries are grouped: case, accents, punctuation and spacing do not make a new query. */
export function normaliseQuery(query: string): string {
  return query
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#[\]-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const emptyFigures = (): Figures => ({ panelOpens: 0, searches: 0, answersOpened: 0, deflections: 0, emails: 0, callbacks: 0 });

function count(figures: Figures, event: InsightsEvent): void {
  switch (event.type) {
    case 'kw-open':
      figures.panelOpens++;
      break;
    case 'kw-faq-suggest':
      if (event.detail['source'] !== 'email') figures.searches++;
      break;
    case 'kw-faq-open':
      figures.answersOpened++;
      break;
    case 'kw-faq-deflect':
      figures.deflections++;
      break;
    case 'kw-email-sent':
      if (event.detail['kind'] === 'callback') figures.callbacks++;
      else figures.emails++;
      break;
  }
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function inPeriod(at: string, options: ReportOptions): boolean {
  const day = at.slice(0, 10);
  return (!options.from || day >= options.from) && (!options.to || day <= options.to);
}

export function buildReport(log: ParsedLog, options: ReportOptions = {}): InsightsReport {
  const events = log.events.filter((event) => inPeriod(event.at, options)).sort((a, b) => a.at.localeCompare(b.at));
  const newTopic = (topic: string | null): TopicFigures => ({ topic, ...emptyFigures(), channels: [] });
  const total = newTopic(null);
  const topics = new Map<string | null, TopicFigures>();
  const days = new Map<string, DayFigures>();
  const searches = new Map<string, { searches: number; noAnswer: number; withAnswers: number; opened: number; topics: Map<string | null, number> }>();
  const answers = new Map<string, AnswerFigures>();
  const answer = (id: string) => answers.get(id) ?? answers.set(id, { id, views: 0, deflections: 0, helpful: 0, notHelpful: 0 }).get(id)!;
  const search = (query: string) =>
    searches.get(query) ?? searches.set(query, { searches: 0, noAnswer: 0, withAnswers: 0, opened: 0, topics: new Map() }).get(query)!;

  for (const event of events) {
    const topic = str(event.detail['topic']);
    const perTopic = topics.get(topic) ?? topics.set(topic, newTopic(topic)).get(topic)!;
    const day = event.at.slice(0, 10);
    const perDay = days.get(day) ?? days.set(day, { day, ...emptyFigures() }).get(day)!;
    for (const figures of [total, perTopic, perDay]) count(figures, event);

    const query = normaliseQuery(str(event.detail['query']) ?? '');
    const id = str(event.detail['id']);
    switch (event.type) {
      case 'kw-channel-select': {
        const channel = str(event.detail['channel']);
        if (!channel) break;
        for (const figures of [total, perTopic]) {
          let picks = figures.channels.find((entry) => entry.channel === channel);
          if (!picks) figures.channels.push((picks = { channel, picks: 0, closed: 0, byUrgency: {} }));
          picks.picks++;
          if (event.detail['open'] === false) picks.closed++;
          const urgency = str(event.detail['urgency']) ?? 'none';
          picks.byUrgency[urgency] = (picks.byUrgency[urgency] ?? 0) + 1;
        }
        break;
      }
      case 'kw-faq-suggest': {
        if (!query || event.detail['source'] === 'email') break;
        const entry = search(query);
        entry.searches++;
        const results = event.detail['results'];
        if (Array.isArray(results) && results.length > 0) entry.withAnswers++;
        else entry.noAnswer++;
        entry.topics.set(topic, (entry.topics.get(topic) ?? 0) + 1);
        break;
      }
      case 'kw-faq-open':
        if (query) search(query).opened++;
        if (id) answer(id).views++;
        break;
      case 'kw-faq-deflect':
        if (id) answer(id).deflections++;
        break;
      case 'kw-feedback': {
        const target = str(event.detail['target']);
        if (!target) break;
        if (event.detail['helpful'] === true) answer(target).helpful++;
        else answer(target).notHelpful++;
        break;
      }
    }
  }

  const gaps: ContentGap[] = [...searches]
    .map(([query, entry]) => ({
      query,
      topic: [...entry.topics].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
      searches: entry.searches,
      noAnswer: entry.noAnswer,
      notOpened: Math.max(0, entry.withAnswers - entry.opened),
    }))
    .filter((gap) => gap.noAnswer + gap.notOpened > 0)
    .sort((a, b) => b.noAnswer + b.notOpened - (a.noAnswer + a.notOpened) || b.searches - a.searches || a.query.localeCompare(b.query));

  const byPicks = (list: ChannelPicks[]) => list.sort((a, b) => b.picks - a.picks || a.channel.localeCompare(b.channel));
  byPicks(total.channels);
  const topicList = [...topics.values()].sort((a, b) => (a.topic ?? '\uffff').localeCompare(b.topic ?? '\uffff'));
  for (const figures of topicList) byPicks(figures.channels);

  const first = events[0];
  const last = events.at(-1);
  return {
    period: first && last ? { from: first.at, to: last.at } : null,
    events: events.length,
    badLines: log.badLines,
    badEvents: log.badEvents,
    forgedIds: log.forgedIds,
    total,
    topics: topicList,
    days: [...days.values()],
    gaps,
    answers: [...answers.values()].sort((a, b) => b.views - a.views || b.deflections - a.deflections || a.id.localeCompare(b.id)),
  };
}

export const FIGURE_LABELS: Record<keyof Figures, string> = {
  panelOpens: 'panel opens',
  searches: 'searches',
  answersOpened: 'answers opened',
  deflections: 'deflections',
  emails: 'emails',
  callbacks: 'call-backs',
};

export const URGENCY_COLUMNS = ['now', 'today', 'no-rush', 'none'] as const;

function table(header: string[], rows: (string | number)[][], leftColumns = 1): string[] {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  return cells.map((row) =>
    row
      .map((cell, column) => (column < leftColumns ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

export const topicName = (topic: string | null) => topic ?? '(no topic)';

/** The per-topic table, text and HTML alike: a row per topic with every figure, and one for all. */
export function topicFigureRows(report: InsightsReport): { header: string[]; rows: (string | number)[][] } {
  const keys = Object.keys(FIGURE_LABELS) as (keyof Figures)[];
  return {
    header: ['topic', ...keys.map((key) => FIGURE_LABELS[key])],
    rows: [...report.topics.map((t) => [topicName(t.topic), ...keys.map((key) => t[key])]), ['all', ...keys.map((key) => report.total[key])]],
  };
}

/** The report as plain text, for a terminal. */
export function formatReport(report: InsightsReport): string[] {
  const lines: string[] = [];
  const skipped = [
    report.badLines ? `${report.badLines} bad line${report.badLines === 1 ? '' : 's'} skipped` : '',
    report.badEvents ? `${report.badEvents} bad event${report.badEvents === 1 ? '' : 's'} skipped` : '',
    report.forgedIds ? `${report.forgedIds} event${report.forgedIds === 1 ? '' : 's'} with forged ids ignored` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const period = report.period ? `${report.period.from.slice(0, 16).replace('T', ' ')} – ${report.period.to.slice(0, 16).replace('T', ' ')} UTC` : 'no events';
  lines.push(`Kanaalwijzer insights: ${period}, ${report.events} event${report.events === 1 ? '' : 's'}${skipped ? ` (${skipped})` : ''}.`, '');
  const keys = Object.keys(FIGURE_LABELS) as (keyof Figures)[];
  const perTopic = topicFigureRows(report);
  lines.push('Per topic');
  lines.push(...table(perTopic.header, perTopic.rows));
  if (report.days.length > 1) {
    lines.push('', 'Per day');
    lines.push(...table(['day', ...keys.map((key) => FIGURE_LABELS[key])], report.days.map((d) => [d.day, ...keys.map((key) => d[key])])));
  }
  lines.push('', 'Channel picks (closed: picked while closed; then per urgency chosen)');
  const pickRows = [...report.topics, { ...report.total, topic: 'all' }].flatMap((t) =>
    t.channels.map((c) => [topicName(t.topic), c.channel, c.picks, c.closed, ...URGENCY_COLUMNS.map((u) => c.byUrgency[u] ?? 0)]),
  );
  lines.push(...(pickRows.length ? table(['topic', 'channel', 'picks', 'closed', ...URGENCY_COLUMNS], pickRows, 2) : ['  none']));
  lines.push('', 'Content gaps (searches that found no answer, or whose answers were not opened)');
  lines.push(
    ...(report.gaps.length
      ? table(['query', 'topic', 'searches', 'no answer', 'not opened'], report.gaps.map((g) => [`"${g.query}"`, topicName(g.topic), g.searches, g.noAnswer, g.notOpened]), 2)
      : ['  none']),
  );
  lines.push('', 'Answers');
  lines.push(
    ...(report.answers.length
      ? table(['answer', 'views', 'deflections', 'helpful', 'not helpful'], report.answers.map((a) => [a.id, a.views, a.deflections, a.helpful, a.notHelpful]))
      : ['  none']),
  );
  return lines;
}
