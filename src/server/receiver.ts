/**
 * The site's half of the contract: a fetch-style handler (Request → Response) that runs on Node,
 * Deno, Bun and Workers alike. It stores each email and call-back request once per
 * Idempotency-Key before it answers 2xx, and takes the widget's insights batches.
 */
import * as v from 'valibot';
import { CallbackMessageSchema, EmailMessageSchema } from '../contract/messages.js';
import { problem, type ProblemIssue } from './problem.js';
import { RateLimiter, type RateLimit } from './rate-limit.js';
import { batchEvents, eventRow, MAX_BATCH_EVENTS } from './insights-events.js';
import type { MessageKind, MessageStore } from './store.js';

export interface ReceiverOptions {
  store: MessageStore;
  /** Origins whose pages may call the endpoints (`https://www.example.nl`); never a wildcard. */
  allowOrigins: readonly string[];
  /** Whether stored messages are to be forwarded (SMTP or webhook); `wake` is called after each. */
  forwarding?: { wake(): void };
  /** Largest request body, in bytes. */
  maxBodyBytes?: number;
  /** Per client, for emails and call-backs; false switches it off. */
  messageRate?: RateLimit | false;
  /** Per client, for insights batches; false switches it off. */
  insightsRate?: RateLimit | false;
  /** How long a request waits for another with the same key whose body is still arriving, before 409. */
  inFlightWaitMs?: number;
  now?: () => number;
}

/** What the runtime knows about the connection; the Node adapter gives the peer's address. */
export interface ConnectionInfo {
  clientAddress?: string;
}

export type Receiver = (request: Request, info?: ConnectionInfo) => Promise<Response>;

export const TEST_HEADER = 'Kanaalwijzer-Test';
const ALLOWED_HEADERS = `Content-Type, Idempotency-Key, ${TEST_HEADER}`;
/** Browsers cap it lower (Chromium two hours); asking for a day costs nothing. */
const PREFLIGHT_MAX_AGE = '86400';
/** The widget sends keepalive requests only below 64 KiB; its largest message is far smaller. */
const DEFAULT_MAX_BODY = 64 * 1024;
const DEFAULT_MESSAGE_RATE: RateLimit = { burst: 10, perMs: 60_000 };
const DEFAULT_INSIGHTS_RATE: RateLimit = { burst: 60, perMs: 60_000 };
/** The draft's key is a string; one this long is no honest client's. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Fields that go into headers or onto one line of a mail: a line break there is an injection attempt. */
const MULTILINE_FIELDS = new Set(['message', 'note']);

/** The receiver's own reference, readable on the phone like the visit reference and 10^15 strong. */
export function newMessageReference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `KWM-${[...bytes].map((byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]).join('')}`;
}

const ROUTES: Record<string, 'contact' | 'callback' | 'insights' | 'health'> = {
  '/api/contact': 'contact',
  '/api/callback': 'callback',
  '/api/insights': 'insights',
  '/healthz': 'health',
};

class BodyTooLarge extends Error {}

/** The body as text, refusing to read past `limit` bytes however the sender frames it. */
async function readBody(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('Content-Length') ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Not cancelled: on Node that would destroy the socket before the 413 is written.
    if (size > limit) throw new BodyTooLarge();
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const mediaType = (request: Request) => (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();

function lineBreaks(body: Record<string, unknown>): ProblemIssue[] {
  return Object.entries(body)
    .filter(([field, value]) => !MULTILINE_FIELDS.has(field) && typeof value === 'string' && /[\u0000-\u001f\u007f]/.test(value))
    .map(([field]) => ({ path: field, message: 'must be one line, without control characters' }));
}

function validate(kind: MessageKind, value: unknown): { body: Record<string, unknown> } | { issues: ProblemIssue[] } {
  const result = v.safeParse(kind === 'callback' ? CallbackMessageSchema : EmailMessageSchema, value);
  if (!result.success) return { issues: result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message })) };
  const issues = lineBreaks(result.output);
  return issues.length ? { issues } : { body: result.output };
}

export function createReceiver(options: ReceiverOptions): Receiver {
  const { store, forwarding } = options;
  const now = options.now ?? Date.now;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const allowed = new Set(options.allowOrigins.map((origin) => new URL(origin).origin));
  if (options.allowOrigins.some((origin) => origin.trim() === '*')) throw new Error('allowOrigins lists origins; "*" would let any site post');
  const messageRate = options.messageRate === false ? undefined : new RateLimiter(options.messageRate ?? DEFAULT_MESSAGE_RATE);
  const insightsRate = options.insightsRate === false ? undefined : new RateLimiter(options.insightsRate ?? DEFAULT_INSIGHTS_RATE);
  const inFlightWait = options.inFlightWaitMs ?? 10_000;
  const inFlight = new Map<string, { received: Promise<void>; done: Promise<unknown> }>();

  /** A page on its own origin needs no listing; any other must be on the allow-list. */
  const originAllowed = (origin: string | null, url: URL) => origin === null || origin === url.origin || allowed.has(origin);

  function limited(limiter: RateLimiter | undefined, client: string): Response | undefined {
    const wait = limiter?.take(client, now()) ?? 0;
    if (!wait) return undefined;
    return problem(429, 'Too many requests from this client; try again later.', { headers: { 'Retry-After': String(Math.ceil(wait / 1000)) } });
  }

  async function message(request: Request, kindOfRoute: 'contact' | 'callback', client: string): Promise<Response> {
    if (mediaType(request) !== 'application/json') return problem(415, 'Send the message as application/json.');
    const key = request.headers.get('Idempotency-Key');
    if (key === null) return problem(400, 'The Idempotency-Key header is missing: without it a retry could create a second message.');
    if (!IDEMPOTENCY_KEY.test(key)) return problem(400, 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.');
    const tooMany = limited(messageRate, client);
    if (tooMany) return tooMany;

    // Stripe's 409 is for a request that is still arriving. One already with the store is
    // waited for: its answer is the one to repeat, however busy the database is.
    const earlier = inFlight.get(key);
    if (earlier) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arrived = await Promise.race([earlier.received.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(resolve, inFlightWait, false)))]);
      clearTimeout(timer);
      if (!arrived) return problem(409, 'A request with this Idempotency-Key is still being received; try again shortly.', { headers: { 'Retry-After': '1' } });
      await earlier.done.catch(() => undefined);
    }
    let received!: () => void;
    const arrival = new Promise<void>((resolve) => (received = resolve));
    const done = handleMessage(request, kindOfRoute, key, received);
    const entry = { received: arrival, done };
    inFlight.set(key, entry);
    try {
      return await done;
    } finally {
      received();
      if (inFlight.get(key) === entry) inFlight.delete(key);
    }
  }

  async function handleMessage(request: Request, kindOfRoute: 'contact' | 'callback', key: string, received: () => void): Promise<Response> {
    let text: string;
    try {
      text = await readBody(request, maxBody);
    } catch (error) {
      if (error instanceof BodyTooLarge) return problem(413, `The body is larger than ${maxBody} bytes.`);
      return problem(400, 'The body is not UTF-8 text.');
    } finally {
      received();
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return problem(400, 'The body is not JSON.');
    }
    // The email endpoint takes call-back requests too when a policy points both at it.
    const kind: MessageKind = kindOfRoute === 'callback' || (value as { kind?: unknown } | null)?.kind === 'callback' ? 'callback' : 'email';
    const checked = validate(kind, value);
    if ('issues' in checked) {
      const first = checked.issues[0];
      return problem(400, `The ${kind === 'callback' ? 'call-back request' : 'message'} is not valid${first ? `: ${first.path || 'body'} ${first.message}` : ''}.`, { issues: checked.issues });
    }
    const test = request.headers.get(TEST_HEADER) === '1';
    const receivedAt = now();
    const result = await store.put({
      reference: newMessageReference(),
      idempotencyKey: key,
      fingerprint: await sha256(`${kindOfRoute}\n${test ? 'test' : ''}\n${text}`),
      kind,
      body: checked.body,
      test,
      receivedAt,
      forwardAt: forwarding && !test ? receivedAt : null,
    });
    if (result.outcome === 'conflict') return problem(422, 'This Idempotency-Key was used before with a different body; a new message needs a new key.');
    if (result.outcome === 'stored' && forwarding && !test) forwarding.wake();
    const headers = new Headers({ 'Content-Type': 'application/json' });
    if (result.outcome === 'replayed') headers.set('Idempotent-Replayed', 'true');
    return new Response(JSON.stringify({ reference: result.reference }), { status: 201, headers });
  }

  async function insights(request: Request, client: string): Promise<Response> {
    const type = mediaType(request);
    // sendBeacon sends text/plain so that a cross-origin beacon needs no preflight; the body is JSON.
    if (type !== 'application/json' && type !== 'text/plain') return problem(415, 'Send the batch as application/json or text/plain JSON.');
    const tooMany = limited(insightsRate, client);
    if (tooMany) return tooMany;
    let value: unknown;
    try {
      value = JSON.parse(await readBody(request, maxBody));
    } catch (error) {
      if (error instanceof BodyTooLarge) return problem(413, `The body is larger than ${maxBody} bytes.`);
      return problem(400, 'The body is not JSON.');
    }
    const events = batchEvents(value);
    if (!events) return problem(400, 'The body holds no events: send {"events": [{"type": "kw-…", "detail": {…}, "at": "…"}]}.');
    if (events.length > MAX_BATCH_EVENTS) return problem(413, `A batch holds at most ${MAX_BATCH_EVENTS} events.`);
    // A probe is answered as a batch is, but kept out of the figures.
    if (request.headers.get(TEST_HEADER) !== '1') await store.putEvents(events.map(eventRow), now());
    return new Response(null, { status: 204 });
  }

  function preflight(request: Request, url: URL): Response {
    const origin = request.headers.get('Origin');
    const method = request.headers.get('Access-Control-Request-Method');
    if (!origin || !originAllowed(origin, url)) return problem(403, `The origin ${origin ?? '(none)'} may not call this endpoint.`, { headers: { Vary: 'Origin' } });
    const methods = ROUTES[url.pathname] === 'health' ? 'GET' : 'POST';
    if (method && method !== methods) return problem(405, `${url.pathname} takes ${methods}.`, { headers: { Vary: 'Origin', Allow: `${methods}, OPTIONS` } });
    return new Response(null, {
      status: 204,
      headers: {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': methods,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
        Vary: 'Origin',
      },
    });
  }

  async function route(request: Request, url: URL, client: string): Promise<Response> {
    const name = ROUTES[url.pathname];
    if (!name) return problem(404, `Nothing is served at ${url.pathname}.`);
    if (request.method === 'OPTIONS') return preflight(request, url);
    if (!originAllowed(request.headers.get('Origin'), url)) return problem(403, `The origin ${request.headers.get('Origin')} may not call this endpoint.`);
    if (name === 'health') {
      if (request.method !== 'GET' && request.method !== 'HEAD') return problem(405, '/healthz takes GET.', { headers: { Allow: 'GET, HEAD' } });
      await store.count();
      return new Response(JSON.stringify({ ok: true }), { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
    }
    if (request.method !== 'POST') return problem(405, `${url.pathname} takes POST.`, { headers: { Allow: 'POST, OPTIONS' } });
    return name === 'insights' ? insights(request, client) : message(request, name, client);
  }

  return async (request, info = {}) => {
    const url = new URL(request.url);
    let response: Response;
    try {
      response = await route(request, url, info.clientAddress ?? 'unknown');
    } catch (error) {
      console.error(`kanaalwijzer receiver: ${request.method} ${url.pathname}:`, error);
      response = problem(503, 'The message could not be stored just now; try again.', { headers: { 'Retry-After': '5' } });
    }
    const origin = request.headers.get('Origin');
    if (request.method !== 'OPTIONS') {
      response.headers.append('Vary', 'Origin');
      if (origin && originAllowed(origin, url)) {
        response.headers.set('Access-Control-Allow-Origin', origin);
        // Not on the CORS safelist: without this the widget could not honour Retry-After cross-origin.
        response.headers.set('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
      }
    }
    return response;
  };
}
