/**
 * "Nothing typed is ever lost": a message is written to the outbox before the first attempt to
 * send it, retried with exponential backoff and full jitter (honouring Retry-After) until the
 * endpoint confirms it, and sent with one Idempotency-Key across every attempt, so a retry after a
 * dropped connection cannot create a second message. Only one tab sends a given message.
 */
import { REFERENCE_PATTERN, RETRYABLE_STATUSES } from '../contract/http.js';
import { newReference } from '../internal/reference.js';
import type { Policy } from '../policy/schema.js';
import type { SafeStore } from '../storage/store.js';
import { endpointAllowed } from './allowed.js';
import { newMessage, OUTBOX_PREFIX as PREFIX, THIS_PAGE, type OutboxMessage, type StopReason } from './message.js';

export type { OutboxMessage, StopReason };

export type SendOutcome =
  | { kind: 'sent'; reference: string; message: OutboxMessage }
  | { kind: 'queued'; reason: string; retryAt: number; message: OutboxMessage }
  | { kind: 'rejected'; status: number; problem: string; message: OutboxMessage }
  | { kind: 'stopped'; reason: StopReason; message: OutboxMessage };

/** What decides, at every attempt, whether a message may go, where, and with which cookies. */
export interface SendContext {
  /** The policy in force: a message goes only to an endpoint it still names, and lives as long as it says. */
  policy?: Pick<Policy, 'channels' | 'outbox'>;
  /** The site's allow-list (`endpoints`); null allows every address. */
  endpoints: string | null;
  /** The site's key for who is signed in (`account`); a message is sent only under the key it was written under. */
  account: string | null;
  /** `include`: the site's endpoint needs its session cookie (`credentials`). */
  credentials: string | null;
  /** This tab's visit reference: without an account, a message given up is shown only in the tab that wrote it. */
  reference?: string;
}

/** How long a message is kept and tried, and how often, unless the policy's `outbox` says otherwise. */
export const DEFAULT_LIFETIME_HOURS = 72;
export const DEFAULT_MAX_ATTEMPTS = 20;
const HOUR_MS = 3_600_000;

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

/** Every address the policy sends messages and call-back requests to, as the forms resolve them. */
function policyEndpoints(policy: Pick<Policy, 'channels'>): Set<string> {
  const addresses = policy.channels.flatMap((channel) => [channel.email?.endpoint, channel.callback?.endpoint]);
  return new Set(addresses.flatMap((address) => (address ? [new URL(address, document.baseURI).href] : [])));
}

/** Where a message goes, and with which cookies; `wait` while it may not go now, `stop` when it may never. */
type Verdict = { go: RequestCredentials } | { wait: true } | { stop: StopReason };

function verdict(message: OutboxMessage, context: SendContext, now: number): Verdict {
  const account = context.account ?? '';
  const samePage = message.page === THIS_PAGE;
  const include = context.credentials === 'include';
  // Another visitor's session, or (with the site's cookie) one the widget cannot tell apart: not now.
  if ((message.account ?? '') !== account || (include && !samePage && !account)) return { wait: true };
  const allowed = endpointAllowed(message.endpoint, context.endpoints) && (!context.policy || policyEndpoints(context.policy).has(message.endpoint));
  if (!allowed) return { stop: 'endpoint' };
  if (now - message.createdAt >= lifetime(context)) return { stop: 'lifetime' };
  if (message.attempts >= maxAttempts(context)) return { stop: 'attempts' };
  // Without the site's say-so, cookies go only from the page the visitor wrote on, and only to its own origin.
  return { go: include ? 'include' : samePage ? 'same-origin' : 'omit' };
}

const lifetime = (context: SendContext) => (context.policy?.outbox?.lifetimeHours ?? DEFAULT_LIFETIME_HOURS) * HOUR_MS;
const maxAttempts = (context: SendContext) => context.policy?.outbox?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;

/** A given-up message as the customer would send it themselves. */
export interface NotSent {
  message: OutboxMessage;
  subject: string;
  /** The text, with who wrote it (or the call-back's number, moment and note). */
  text: string;
}

function notSent(message: OutboxMessage): NotSent {
  const field = (key: string) => (typeof message.payload[key] === 'string' ? message.payload[key] : '');
  const signature = [field('name'), field('email')].filter(Boolean).join(', ');
  const text = [field('subject'), field('message'), field('phone'), field('slotLabel'), field('note'), signature && `— ${signature}`].filter(Boolean).join('\n\n');
  return { message, subject: field('subject'), text };
}

/** What the outbox holds as the visitor of this page sees it. */
export interface Review {
  /** Whether it holds anything at all (for anyone). */
  holding: boolean;
  /** When the next message of this visitor is due, if any is still tried. */
  nextAt?: number;
  /** This visitor's messages that were given up: shown to them, with the mailto: way. */
  notSent: NotSent[];
}

const OPEN: SendContext = { endpoints: null, account: null, credentials: null };

export class Outbox {
  readonly #store: SafeStore;
  /** Read afresh at every attempt; undefined holds every message (no policy yet). */
  readonly #context: () => SendContext | undefined;

  constructor(store: SafeStore, context: () => SendContext | undefined = () => OPEN) {
    this.#store = store;
    this.#context = context;
  }

  /**
   * Stores the message first, then makes the first attempt. A message given up at once (its
   * endpoint is not allowed) is not kept: the form that wrote it still holds its text.
   */
  async submit(endpoint: string, payload: Record<string, unknown>, reference = newReference()): Promise<SendOutcome> {
    const message = newMessage(endpoint, payload, reference, this.#context()?.account ?? null);
    await this.#store.set(PREFIX + message.idempotencyKey, message);
    const outcome = (await this.attempt(message)) ?? { kind: 'queued', reason: 'another tab is sending it', retryAt: Date.now(), message };
    if (outcome.kind === 'stopped') await this.#store.delete(PREFIX + message.idempotencyKey);
    return outcome;
  }

  pending(): Promise<OutboxMessage[]> {
    return this.#store.entries<OutboxMessage>(PREFIX).then((list) => list.map(([, message]) => message));
  }

  /** Tries every message that is due (or whose time is up); returns what happened to each that was tried. */
  async flush(now = Date.now()): Promise<SendOutcome[]> {
    const context = this.#context();
    if (!context) return [];
    const due = (await this.pending()).filter((message) => !message.stopped && (message.nextAttemptAt <= now || now - message.createdAt >= lifetime(context)));
    const outcomes: SendOutcome[] = [];
    for (const message of due) {
      const outcome = await this.attempt(message);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes;
  }

  async review(): Promise<Review> {
    const context = this.#context();
    const all = await this.pending();
    const mine = all.filter((message) => (message.account ?? '') === (context?.account ?? ''));
    const tried = context ? mine.filter((message) => !message.stopped && !('wait' in verdict(message, context, Date.now()))) : [];
    const due = tried.map((message) => Math.min(message.nextAttemptAt, message.createdAt + lifetime(context ?? OPEN)));
    // A message given up is shown to its writer only: under their account, or without one in the tab
    // that wrote it, never to the next person at a shared computer. One nobody can be shown any more
    // is deleted once its lifetime is over.
    const theirs = (message: OutboxMessage) => Boolean(message.account) || message.reference === context?.reference;
    const orphans = all.filter((message) => message.stopped && !message.account && !theirs(message) && Date.now() - message.createdAt >= lifetime(context ?? OPEN));
    for (const message of orphans) await this.#store.delete(PREFIX + message.idempotencyKey);
    const notSentHere = mine.filter((message) => message.stopped && theirs(message)).map(notSent);
    return { holding: all.length > orphans.length, ...(due.length > 0 && { nextAt: Math.min(...due) }), notSent: notSentHere };
  }

  /**
   * One attempt; undefined when another tab is already sending this message, or it may not go now.
   * The message is read again under the lock: a flush that listed it before another call's attempt
   * ended must not send it once more, nor write its old state over the new one.
   */
  attempt(message: OutboxMessage): Promise<SendOutcome | undefined> {
    return exclusively(message.idempotencyKey, async () => {
      const current = await this.#store.get<OutboxMessage>(PREFIX + message.idempotencyKey);
      return current && current.attempts === message.attempts && !current.stopped ? this.#attempt(current) : undefined;
    });
  }

  async #stop(message: OutboxMessage, reason: StopReason): Promise<SendOutcome> {
    const stopped = { ...message, stopped: reason };
    await this.#store.set(PREFIX + message.idempotencyKey, stopped);
    return { kind: 'stopped', reason, message: stopped };
  }

  async #attempt(message: OutboxMessage): Promise<SendOutcome | undefined> {
    const context = this.#context();
    if (!context || message.stopped) return undefined;
    const verdictNow = verdict(message, context, Date.now());
    if ('wait' in verdictNow) return undefined;
    if ('stop' in verdictNow) return this.#stop(message, verdictNow.stop);
    const attempts = message.attempts + 1;
    const body = JSON.stringify(message.payload);
    const queue = async (reason: string, retryAfterMs = 0): Promise<SendOutcome | undefined> => {
      // forget() (a logout, in any tab) may have emptied the store while this attempt was out:
      // writing the message back would keep it past the visit and send it later.
      if (!(await this.#store.get(PREFIX + message.idempotencyKey))) return undefined;
      const updated = { ...message, attempts, nextAttemptAt: Date.now() + backoffDelay(attempts, retryAfterMs) };
      // Offline, nothing reached the endpoint: that is no attempt to count against the limit.
      if (reason !== 'offline' && attempts >= maxAttempts(context)) return this.#stop(updated, 'attempts');
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
        credentials: verdictNow.go,
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
