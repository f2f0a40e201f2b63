/**
 * The insights report computed in the database: the same figures as buildReport() in
 * src/insights/report.ts, but each aggregate is a GROUP BY over kw_events, so memory stays flat
 * however many events there are. Only the grouped rows (topics, days, channels, queries,
 * answers) come back, and they are ordered here exactly as the in-memory report orders them.
 */
import type { AnswerFigures, ChannelPicks, ContentGap, DayFigures, Figures, InsightsReport, ReportOptions, TopicFigures } from '../insights/report.js';
import { num, type Row, type Sql } from './sql.js';

const FIGURES = `
  SUM(CASE WHEN type = 'kw-open' THEN 1 ELSE 0 END) AS panel_opens,
  SUM(CASE WHEN type = 'kw-faq-suggest' AND (source IS NULL OR source <> 'email') THEN 1 ELSE 0 END) AS searches,
  SUM(CASE WHEN type = 'kw-faq-open' THEN 1 ELSE 0 END) AS answers_opened,
  SUM(CASE WHEN type = 'kw-faq-deflect' THEN 1 ELSE 0 END) AS deflections,
  SUM(CASE WHEN type = 'kw-email-sent' AND (kind IS NULL OR kind <> 'callback') THEN 1 ELSE 0 END) AS emails,
  SUM(CASE WHEN type = 'kw-email-sent' AND kind = 'callback' THEN 1 ELSE 0 END) AS callbacks`;

const emptyFigures = (): Figures => ({ panelOpens: 0, searches: 0, answersOpened: 0, deflections: 0, emails: 0, callbacks: 0 });

function addFigures(into: Figures, row: Row): void {
  into.panelOpens += num(row['panel_opens']);
  into.searches += num(row['searches']);
  into.answersOpened += num(row['answers_opened']);
  into.deflections += num(row['deflections']);
  into.emails += num(row['emails']);
  into.callbacks += num(row['callbacks']);
}

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export async function sqlReport(sql: Sql, options: ReportOptions = {}): Promise<InsightsReport> {
  const conditions: string[] = [];
  const params: string[] = [];
  if (options.from) conditions.push(`day >= $${params.push(options.from)}`);
  if (options.to) conditions.push(`day <= $${params.push(options.to)}`);
  const where = (...more: string[]) => {
    const all = [...conditions, ...more];
    return all.length ? `WHERE ${all.join(' AND ')}` : '';
  };

  const [span] = await sql.query(`SELECT MIN(at) AS first_at, MAX(at) AS last_at, COUNT(*) AS n FROM kw_events ${where()}`, params);
  const newTopic = (topic: string | null): TopicFigures => ({ topic, ...emptyFigures(), channels: [] });
  const total = newTopic(null);
  const topics = new Map<string | null, TopicFigures>();
  const days = new Map<string, DayFigures>();
  for (const row of await sql.query(`SELECT topic, day, ${FIGURES} FROM kw_events ${where()} GROUP BY topic, day ORDER BY day`, params)) {
    const topic = text(row['topic']);
    const day = String(row['day']);
    const perTopic = topics.get(topic) ?? topics.set(topic, newTopic(topic)).get(topic)!;
    const perDay = days.get(day) ?? days.set(day, { day, ...emptyFigures() }).get(day)!;
    for (const figures of [total, perTopic, perDay]) addFigures(figures, row);
  }

  const picks = await sql.query(
    `SELECT topic, channel, urgency, COUNT(*) AS picks, SUM(CASE WHEN open = 0 THEN 1 ELSE 0 END) AS closed
     FROM kw_events ${where("type = 'kw-channel-select'", 'channel IS NOT NULL', "channel <> ''")}
     GROUP BY topic, channel, urgency`,
    params,
  );
  for (const row of picks) {
    const channel = String(row['channel']);
    const urgency = text(row['urgency']) ?? 'none';
    for (const figures of [total, topics.get(text(row['topic']))!]) {
      let entry = figures.channels.find((each) => each.channel === channel);
      if (!entry) figures.channels.push((entry = { channel, picks: 0, closed: 0, byUrgency: {} }));
      entry.picks += num(row['picks']);
      entry.closed += num(row['closed']);
      entry.byUrgency[urgency] = (entry.byUrgency[urgency] ?? 0) + num(row['picks']);
    }
  }

  const searches = new Map<string, { searches: number; noAnswer: number; withAnswers: number; opened: number; topic: string | null; topicSearches: number; topicFirst: string }>();
  const search = (query: string) => searches.get(query) ?? searches.set(query, { searches: 0, noAnswer: 0, withAnswers: 0, opened: 0, topic: null, topicSearches: 0, topicFirst: '' }).get(query)!;
  const perQueryTopic = await sql.query(
    `SELECT query, topic, COUNT(*) AS n, SUM(CASE WHEN results > 0 THEN 1 ELSE 0 END) AS with_answers, MIN(at) AS first_at
     FROM kw_events ${where("type = 'kw-faq-suggest'", "(source IS NULL OR source <> 'email')", 'query IS NOT NULL')}
     GROUP BY query, topic`,
    params,
  );
  for (const row of perQueryTopic) {
    const entry = search(String(row['query']));
    const n = num(row['n']);
    const withAnswers = num(row['with_answers']);
    entry.searches += n;
    entry.withAnswers += withAnswers;
    entry.noAnswer += n - withAnswers;
    // The topic it was searched on most; on a tie, the one it was searched on first.
    const first = String(row['first_at']);
    if (n > entry.topicSearches || (n === entry.topicSearches && first < entry.topicFirst)) Object.assign(entry, { topic: text(row['topic']), topicSearches: n, topicFirst: first });
  }
  for (const row of await sql.query(`SELECT query, COUNT(*) AS n FROM kw_events ${where("type = 'kw-faq-open'", 'query IS NOT NULL')} GROUP BY query`, params)) {
    search(String(row['query'])).opened += num(row['n']);
  }
  const gaps: ContentGap[] = [...searches]
    .map(([query, entry]) => ({ query, topic: entry.topic, searches: entry.searches, noAnswer: entry.noAnswer, notOpened: Math.max(0, entry.withAnswers - entry.opened) }))
    .filter((gap) => gap.noAnswer + gap.notOpened > 0)
    .sort((a, b) => b.noAnswer + b.notOpened - (a.noAnswer + a.notOpened) || b.searches - a.searches || a.query.localeCompare(b.query));

  const answerRows = await sql.query(
    `SELECT answer,
       SUM(CASE WHEN type = 'kw-faq-open' THEN 1 ELSE 0 END) AS views,
       SUM(CASE WHEN type = 'kw-faq-deflect' THEN 1 ELSE 0 END) AS deflections,
       SUM(CASE WHEN type = 'kw-feedback' AND helpful = 1 THEN 1 ELSE 0 END) AS helpful,
       SUM(CASE WHEN type = 'kw-feedback' AND (helpful IS NULL OR helpful <> 1) THEN 1 ELSE 0 END) AS not_helpful
     FROM kw_events ${where("type IN ('kw-faq-open', 'kw-faq-deflect', 'kw-feedback')", 'answer IS NOT NULL', "answer <> ''")}
     GROUP BY answer`,
    params,
  );
  const answers: AnswerFigures[] = answerRows.map((row) => ({
    id: String(row['answer']),
    views: num(row['views']),
    deflections: num(row['deflections']),
    helpful: num(row['helpful']),
    notHelpful: num(row['not_helpful']),
  }));

  const byPicks = (list: ChannelPicks[]) => list.sort((a, b) => b.picks - a.picks || a.channel.localeCompare(b.channel));
  byPicks(total.channels);
  const topicList = [...topics.values()].sort((a, b) => (a.topic ?? '\uffff').localeCompare(b.topic ?? '\uffff'));
  for (const figures of topicList) byPicks(figures.channels);
  const events = num(span?.['n']);
  return {
    period: events ? { from: String(span?.['first_at']), to: String(span?.['last_at']) } : null,
    events,
    badLines: 0,
    badEvents: 0,
    // The receiver stores no event with a forged id (batchEvents), as it stores no bad one.
    forgedIds: 0,
    total,
    topics: topicList,
    days: [...days.values()],
    gaps,
    answers: answers.sort((a, b) => b.views - a.views || b.deflections - a.deflections || a.id.localeCompare(b.id)),
  };
}
