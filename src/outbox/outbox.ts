/**
 * "Nothing typed is ever lost": a message is written to the outbox before the first attempt to
 * send it, retried with exponential backoff and full jitter (honouring Retry-After) until the
 * endpoint confirms it, and sent with one Idempotency-Key across every attempt, so a retry after a
 * dropped connection cannot create a second message. Only one tab sends a given message.
 */
import { REFERENCE_PATTERN, RETRYABLE_STATUSES } from '../contract/http.js';
import { newReference } from '../internal/reference.js';
import type { SafeStore } from '../storage/store.js';
import { newMessage, OUTBOX_PREFIX as PREFIX, type OutboxMessage } from './message.js';

export type { OutboxMessage };

export type SendOutcome =
  | { kind: 'sent'; reference: string; message: OutboxMessage }
  | { kind: 'queued'; reason: string; retryAt: number; message: OutboxMessage }
  | { kind: 'rejected'; status: number; problem: string; message: OutboxMessage };

const ATTEMPT_TIMEOUT_MS = 15_000;
const BACKOFF_BASE_MS = 2_000;
const BACKOFF_CAP_MS = 10 * 60_000;
/** Browsers refuse keepalive requests above 64 KiB; bigger messages finish on the next visit. */
const KEEPALIVE_LIMIT = 64 * 1024;
const RETRYABLE = new Set<number>(RETRYABLE_STATUSES);

/** Full jitter: a random wait up to the exponential bound, never shorter than the server asked. */
export function backoffDelay(attempts: number, retryAfterMs = 0, random = Math.random): number {
  const bound = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.max(retryAfterMs, Math.floor(random() * bound));
}

/** Retry-After as seconds or an HTTP date, in milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number {
  if (!value) return 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 0 : Math.max(0, date - now);
}

async function readProblem(response: Response): Promise<string> {
  try {
    const text = (await response.text()).slice(0, 2000);
    try {
      const body: unknown = JSON.parse(text);
      if (body && typeof body === 'object') {
        for (const key of ['message', 'detail', 'error', 'title']) {
          const value = (body as Record<string, unknown>)[key];
          if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 300);
        }
      }
    } catch {
      // Not JSON: the text itself is the problem statement.
    }
    return text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300) || `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

async function serverReference(response: Response, fallback: string): Promise<string> {
  try {
    const body: unknown = await response.json();
    const reference = body && typeof body === 'object' ? (body as Record<string, unknown>)['reference'] : undefined;
    return typeof reference === 'string' && REFERENCE_PATTERN.test(reference) ? reference : fallback;
  } catch {
    return fallback;
  }
}

/** Runs `work` holding this message's lock, or not at all when another tab holds it. */
async function exclusively<T>(key: string, work: () => Promise<T>): Promise<T | undefined> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.request) return work();
  return locks.request(`kanaalwijzer:${key}`, { ifAvailable: true }, (lock) => (lock ? work() : undefined));
}

export class Outbox {
  readonly #store: SafeStore;

  constructor(store: SafeStore) {
    this.#store = store;
  }

  /** Stores the message first, then makes the first attempt. */
  async submit(endpoint: string, payload: Record<string, unknown>, reference = newReference()): Promise<SendOutcome> {
    const message = newMessage(endpoint, payload, reference);
    await this.#store.set(PREFIX + message.idempotencyKey, message);
    return (await this.attempt(message)) ?? { kind: 'queued', reason: 'another tab is sending it', retryAt: Date.now(), message };
  }

  pending(): Promise<OutboxMessage[]> {
    return this.#store.entries<OutboxMessage>(PREFIX).then((list) => list.map(([, message]) => message));
  }

  /** Tries every message that is due; returns what happened to each that was tried. */
  async flush(now = Date.now()): Promise<SendOutcome[]> {
    const due = (await this.pending()).filter((message) => message.nextAttemptAt <= now);
    const outcomes: SendOutcome[] = [];
    for (const message of due) {
      const outcome = await this.attempt(message);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes;
  }

  /** One attempt; undefined when another tab is already sending this message. */
  attempt(message: OutboxMessage): Promise<SendOutcome | undefined> {
    return exclusively(message.idempotencyKey, () => this.#attempt(message));
  }

  async #attempt(message: OutboxMessage): Promise<SendOutcome> {
    const attempts = message.attempts + 1;
    const body = JSON.stringify(message.payload);
    const queue = async (reason: string, retryAfterMs = 0): Promise<SendOutcome> => {
      const updated = { ...message, attempts, nextAttemptAt: Date.now() + backoffDelay(attempts, retryAfterMs) };
      await this.#store.set(PREFIX + message.idempotencyKey, updated);
      return { kind: 'queued', reason, retryAt: updated.nextAttemptAt, message: updated };
    };
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return queue('offline');

    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), ATTEMPT_TIMEOUT_MS);
    let response: unknown;
    try {
      response = await fetch(message.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': message.idempotencyKey },
        body,
        credentials: 'same-origin',
        signal: abort.signal,
        keepalive: new Blob([body]).size < KEEPALIVE_LIMIT,
      });
    } catch (error) {
      return queue(abort.signal.aborted ? 'timeout' : `network error: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
    // A host page may wrap fetch and return anything: without a real response, nothing is confirmed.
    if (!(response instanceof Response)) return queue('network error: no response');
    if (response.ok) {
      await this.#store.delete(PREFIX + message.idempotencyKey);
      return { kind: 'sent', reference: await serverReference(response, message.reference), message: { ...message, attempts } };
    }
    if (response.status >= 500 || RETRYABLE.has(response.status)) {
      return queue(`HTTP ${response.status}`, parseRetryAfter(response.headers.get('Retry-After')));
    }
    await this.#store.delete(PREFIX + message.idempotencyKey);
    return { kind: 'rejected', status: response.status, problem: await readProblem(response), message: { ...message, attempts } };
  }
}
