/**
 * Where the receiver keeps what it accepted: messages (once per idempotency key), their
 * forwarding state, and insights events. One set of statements for SQLite and Postgres.
 */
import { num, numOrNull, type Sql } from './sql.js';

export type MessageKind = 'email' | 'callback';

export interface NewMessage {
  reference: string;
  idempotencyKey: string;
  /** Hash of what makes two requests "the same": route, test mark and body. */
  fingerprint: string;
  kind: MessageKind;
  body: Record<string, unknown>;
  /** A probe from `kanaalwijzer check-endpoint`: stored and answered, never forwarded. */
  test: boolean;
  receivedAt: number;
  /** When to make the first forwarding attempt; null when the message is not to be forwarded. */
  forwardAt: number | null;
}

export interface StoredMessage {
  reference: string;
  kind: MessageKind;
  body: Record<string, unknown>;
  test: boolean;
  receivedAt: number;
  forwardedAt: number | null;
  attempts: number;
  lastError: string | null;
}

export type PutResult = { outcome: 'stored' | 'replayed'; reference: string } | { outcome: 'conflict' };

/** One insights event as the report reads it: the allow-listed fields, the query masked and normalised. */
export interface EventRow {
  /** ISO moment. */
  at: string;
  type: string;
  topic: string | null;
  channel: string | null;
  /** Whether the channel was open when picked; null when not said. */
  open: boolean | null;
  urgency: string | null;
  source: string | null;
  query: string | null;
  /** How many answers a search found. */
  results: number;
  /** The FAQ answer opened, followed or rated. */
  answer: string | null;
  helpful: boolean | null;
  kind: string | null;
}

const EVENT_COLUMNS = ['at', 'day', 'type', 'topic', 'channel', 'open', 'urgency', 'source', 'query', 'results', 'answer', 'helpful', 'kind', 'received_at'] as const;
/** Rows per INSERT: few enough parameters for any SQLite build, few statement shapes to prepare. */
const EVENT_CHUNK = 200;

// Types both databases read alike: BIGINT for milliseconds, INTEGER 0/1 for booleans.
const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS kw_messages (
    reference TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    test INTEGER NOT NULL,
    received_at BIGINT NOT NULL,
    forwarded_at BIGINT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT,
    last_error TEXT
  )`,
  'CREATE INDEX IF NOT EXISTS kw_messages_received ON kw_messages (received_at)',
  'CREATE INDEX IF NOT EXISTS kw_messages_due ON kw_messages (next_attempt_at)',
  `CREATE TABLE IF NOT EXISTS kw_events (
    at TEXT NOT NULL,
    day TEXT NOT NULL,
    type TEXT NOT NULL,
    topic TEXT,
    channel TEXT,
    open INTEGER,
    urgency TEXT,
    source TEXT,
    query TEXT,
    results INTEGER NOT NULL,
    answer TEXT,
    helpful INTEGER,
    kind TEXT,
    received_at BIGINT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS kw_events_received ON kw_events (received_at)',
];

const MESSAGE_FIELDS = 'reference, kind, body, test, received_at, forwarded_at, attempts, last_error';

function toMessage(row: Record<string, unknown>): StoredMessage {
  return {
    reference: String(row['reference']),
    kind: row['kind'] as MessageKind,
    body: JSON.parse(String(row['body'])) as Record<string, unknown>,
    test: num(row['test']) === 1,
    receivedAt: num(row['received_at']),
    forwardedAt: numOrNull(row['forwarded_at']),
    attempts: num(row['attempts']),
    lastError: (row['last_error'] as string | null) ?? null,
  };
}

const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

/** Messages committed in one transaction at most. */
const MAX_BATCH = 200;

async function putOne(sql: Sql, message: NewMessage): Promise<PutResult> {
  const inserted = await sql.query(
    `INSERT INTO kw_messages (reference, idempotency_key, fingerprint, kind, body, test, received_at, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (idempotency_key) DO NOTHING
     RETURNING reference`,
    [message.reference, message.idempotencyKey, message.fingerprint, message.kind, JSON.stringify(message.body), flag(message.test), message.receivedAt, message.forwardAt],
  );
  if (inserted.length) return { outcome: 'stored', reference: message.reference };
  const [first] = await sql.query('SELECT reference, fingerprint FROM kw_messages WHERE idempotency_key = $1', [message.idempotencyKey]);
  if (!first) throw new Error('the idempotency key conflicted, yet no message holds it');
  return first['fingerprint'] === message.fingerprint ? { outcome: 'replayed', reference: String(first['reference']) } : { outcome: 'conflict' };
}

export class MessageStore {
  readonly sql: Sql;

  private constructor(sql: Sql) {
    this.sql = sql;
  }

  /** A store on `sql`, its tables created when missing. */
  static async open(sql: Sql): Promise<MessageStore> {
    for (const statement of SCHEMA) await sql.query(statement);
    return new MessageStore(sql);
  }

  /**
   * Stores the message once per idempotency key; a repeat gets the first one's reference.
   * Messages that arrive while a commit is under way are committed together in the next
   * transaction: one flush to disk for many messages, and each caller still hears back only
   * after its own message is committed.
   */
  put(message: NewMessage): Promise<PutResult> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ message, resolve, reject });
      if (!this.#flushing) void this.#flush();
    });
  }

  readonly #pending: { message: NewMessage; resolve(result: PutResult): void; reject(error: unknown): void }[] = [];
  #flushing = false;

  async #flush(): Promise<void> {
    this.#flushing = true;
    while (this.#pending.length) {
      // Requests parsed in this turn of the event loop join the batch.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = this.#pending.splice(0, MAX_BATCH);
      try {
        const results = await this.sql.transaction(async (sql) => {
          const done: PutResult[] = [];
          for (const { message } of batch) done.push(await putOne(sql, message));
          return done;
        });
        batch.forEach((entry, i) => entry.resolve(results[i]!));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.#flushing = false;
  }

  /** The newest messages first. */
  async list(limit = 100): Promise<StoredMessage[]> {
    const rows = await this.sql.query(`SELECT ${MESSAGE_FIELDS} FROM kw_messages ORDER BY received_at DESC, reference LIMIT $1`, [limit]);
    return rows.map(toMessage);
  }

  async count(): Promise<number> {
    const [row] = await this.sql.query('SELECT COUNT(*) AS n FROM kw_messages');
    return num(row?.['n']);
  }

  /**
   * Messages due for forwarding, each leased until `leaseUntil` so that another receiver on the
   * same database does not forward it too; the UPDATE re-checks the due time under its row lock.
   */
  async claimDue(now: number, leaseUntil: number, limit = 20): Promise<StoredMessage[]> {
    const rows = await this.sql.query(
      `UPDATE kw_messages SET next_attempt_at = $1
       WHERE reference IN (SELECT reference FROM kw_messages WHERE next_attempt_at <= $2 ORDER BY next_attempt_at LIMIT $3)
         AND next_attempt_at <= $2
       RETURNING ${MESSAGE_FIELDS}`,
      [leaseUntil, now, limit],
    );
    return rows.map(toMessage);
  }

  async markForwarded(reference: string, at: number): Promise<void> {
    await this.sql.query('UPDATE kw_messages SET forwarded_at = $2, next_attempt_at = NULL, attempts = attempts + 1, last_error = NULL WHERE reference = $1', [reference, at]);
  }

  async markFailed(reference: string, retryAt: number, error: string): Promise<void> {
    await this.sql.query('UPDATE kw_messages SET next_attempt_at = $2, attempts = attempts + 1, last_error = $3 WHERE reference = $1', [reference, retryAt, error.slice(0, 500)]);
  }

  /**
   * Retention: deletes messages and events received before `cutoff`. A message still waiting to
   * be forwarded is kept: deleting it would lose it.
   */
  async deleteReceivedBefore(cutoff: number): Promise<{ messages: number; events: number }> {
    const messages = await this.sql.query('DELETE FROM kw_messages WHERE received_at < $1 AND next_attempt_at IS NULL RETURNING reference', [cutoff]);
    const [events] = await this.sql.query('SELECT COUNT(*) AS n FROM kw_events WHERE received_at < $1', [cutoff]);
    await this.sql.query('DELETE FROM kw_events WHERE received_at < $1', [cutoff]);
    return { messages: messages.length, events: num(events?.['n']) };
  }

  /** Stores a batch of insights events in one transaction. */
  putEvents(events: readonly EventRow[], receivedAt: number): Promise<void> {
    return this.sql.transaction(async (sql) => {
      for (let start = 0; start < events.length; start += EVENT_CHUNK) {
        const chunk = events.slice(start, start + EVENT_CHUNK);
        const params: unknown[] = [];
        const rows = chunk.map((event) => {
          const values = [event.at, event.at.slice(0, 10), event.type, event.topic, event.channel, flag(event.open), event.urgency, event.source, event.query, event.results, event.answer, flag(event.helpful), event.kind, receivedAt];
          const placeholders = values.map((_, i) => `$${params.length + i + 1}`);
          params.push(...values);
          return `(${placeholders.join(', ')})`;
        });
        await sql.query(`INSERT INTO kw_events (${EVENT_COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`, params);
      }
    });
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
