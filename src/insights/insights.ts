/**
 * Sends the widget's own kw- events to the policy's insights endpoint, in a few small batches per
 * page view. Loaded only when the policy has `insights`; a browser that sends Global Privacy
 * Control sends nothing, and one that starts sending it mid-visit stops the session before the
 * next request. Each event type has a list of the detail fields that may leave the
 * browser: anything not on it (message drafts, names, addresses, the visit reference, the chat
 * context) never does. What the customer typed in the search box is masked first; what they
 * wrote in the email form is never sent, not even masked.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { INSIGHTS_MAX_EVENTS, INSIGHTS_MAX_RESULTS } from '../contract/limits.js';
import { endpointAllowed } from '../outbox/allowed.js';
import { maskQuery } from './mask.js';
import type { PromptedEvent } from './prompted.js';
import { isOwnEvent } from '../internal/emit.js';

export interface InsightsSettings {
  endpoint: string;
  /** "faq-words": a search query goes as the FAQ's words it matched, never as typed. */
  queries?: 'masked' | 'faq-words' | undefined;
}

/** One event as it is sent and logged. */
export interface InsightsEvent {
  type: string;
  detail: Record<string, unknown>;
  /** ISO 8601 moment, to the second. */
  at: string;
}

/** The first batch waits this long for more events; each later one waits twice as long as the last. */
export const INTERVAL_MS = 10_000;
/** Requests per page view, the last one kept for the moment the page is left. */
export const MAX_REQUESTS = 6;
const MAX_QUEUED = INSIGHTS_MAX_EVENTS;

type Detail = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : null);
const topic = (d: Detail) => ({ topic: text(d['topic']) });
/** With "faq-words": the FAQ's words an event's query matched, or null. */
type FaqWords = (detail: Detail) => string | null;
/** The search box's query, masked or as its FAQ words; suggestions found for the message being written say only that. */
const query = (d: Detail, words?: FaqWords) =>
  d['source'] === 'email' ? { source: 'email', query: null } : { source: 'search', query: words ? words(d) : maskQuery(text(d['query']) ?? '') };

/**
 * What may leave the browser, per event type. kw-ready and kw-policy-error are not on it: they
 * fire before this code has loaded (it loads with the first event it sends, on-demand.ts), and
 * the policy's problems are the editor's business.
 */
const ALLOWED: Record<PromptedEvent, (detail: Detail, words?: FaqWords) => Detail> = {
  'kw-open': topic,
  'kw-close': topic,
  'kw-channel-select': (d) => ({
    ...topic(d),
    channel: text(d['channel']),
    ...(typeof d['open'] === 'boolean' && { open: d['open'] }),
    urgency: text(d['urgency']),
  }),
  'kw-chat-start': (d) => ({ ...topic(d), channel: text(d['channel']) }),
  'kw-faq-suggest': (d, words) => ({
    ...topic(d),
    ...query(d, words),
    ...(words && { noMatch: !Array.isArray(d['results']) || d['results'].length === 0 }),
    results: (Array.isArray(d['results']) ? (d['results'] as { id?: unknown; score?: unknown }[]) : []).slice(0, INSIGHTS_MAX_RESULTS).map((result) => ({
      id: text(result.id),
      score: typeof result.score === 'number' ? Math.round(result.score * 100) / 100 : null,
    })),
  }),
  'kw-faq-open': (d, words) => ({ ...topic(d), id: text(d['id']), ...query(d, words) }),
  'kw-faq-deflect': (d, words) => ({ ...topic(d), id: text(d['id']), ...query(d, words) }),
  'kw-feedback': (d) => ({ ...topic(d), target: text(d['target']), helpful: d['helpful'] === true }),
  'kw-email-sent': (d) => ({ ...topic(d), kind: text(d['kind']) }),
  'kw-email-queued': (d) => ({ ...topic(d), kind: text(d['kind']) }),
  'kw-email-expired': (d) => ({ ...topic(d), kind: text(d['kind']), reason: text(d['reason']) }),
};

/** The event as it may be sent, or undefined for an event that is not the widget's. `words`: send queries as their FAQ words. */
export function insightsEvent(type: string, detail: unknown, at: number, words?: FaqWords): InsightsEvent | undefined {
  const allow = (ALLOWED as Record<string, ((detail: Detail, words?: FaqWords) => Detail) | undefined>)[type];
  if (!allow || !detail || typeof detail !== 'object') return undefined;
  return { type, detail: allow(detail as Detail, words), at: new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z') };
}

interface Queued {
  event: InsightsEvent;
  retried: boolean;
  /** What was typed, before masking: kept here to tell one typing run from the next, never sent. */
  typed?: string;
}

function privacyRequested(): boolean {
  return (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
}

class InsightsSession implements ReactiveController {
  private queue: Queued[] = [];
  private requests = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private interval = INTERVAL_MS;
  private stopped = false;
  /** "faq-words": queries go as the FAQ words they matched. */
  wordsOnly = false;
  /** The FAQ words of the last search, by what was typed: an opened answer's event carries only the typed query. */
  private matched: { typed: string; words: string | null } = { typed: '', words: null };

  constructor(
    private readonly host: HTMLElement & ReactiveControllerHost,
    public endpoint: string,
  ) {}

  hostConnected(): void {
    for (const type of Object.keys(ALLOWED)) this.host.addEventListener(type, this.onEvent);
    window.addEventListener('pagehide', this.onLeave);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.unlisten();
    this.onLeave();
  }

  /** Consent is withdrawn: nothing queued or in flight is sent, and nothing more is heard. */
  stop(): void {
    this.stopped = true;
    this.unlisten();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = [];
    this.host.removeController(this);
    sessions.delete(this.host);
  }

  private unlisten(): void {
    for (const type of Object.keys(ALLOWED)) this.host.removeEventListener(type, this.onEvent);
    window.removeEventListener('pagehide', this.onLeave);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Whether the visitor has withdrawn consent since the session started (GPC); then it stops. */
  private withdrawn(): boolean {
    if (!this.stopped && privacyRequested()) this.stop();
    return this.stopped;
  }

  private readonly onEvent = (event: Event): void => this.take(event, Date.now());

  /** An event the element fired at `at`. */
  take(event: Event, at: number): void {
    // A widget pinned to a moment is a preview (the policy editor, screenshots), not a visitor; an
    // event a page script dispatched in the widget's name is not the widget's.
    if ((this.host as { now?: unknown }).now || !isOwnEvent(event)) return;
    try {
      const detail: unknown = (event as CustomEvent).detail;
      const sent = insightsEvent(event.type, detail, at, this.wordsOnly ? this.faqWords : undefined);
      const typed = (detail as Detail)['query'];
      if (sent) this.add(sent, typeof typed === 'string' ? typed : '');
    } catch {
      // A detail the allow-list cannot read is left out; the host page never hears of it.
    }
  }

  private readonly faqWords: FaqWords = (d) => {
    const typed = text(d['query']) ?? '';
    const words = d['words'];
    // Masked all the same: the words come from the FAQ, but nothing unmasked should rest on that.
    if (Array.isArray(words)) this.matched = { typed, words: maskQuery(words.filter((word) => typeof word === 'string').join(' ')) || null };
    return this.matched.typed === typed ? this.matched.words : null;
  };

  private add(event: InsightsEvent, typed: string): void {
    const last = this.queue.at(-1);
    const item: Queued = { event, retried: false, typed };
    // The search reports as the customer types: one typing run is one search, the last query of it.
    if (last && !last.retried && event.type === 'kw-faq-suggest' && last.event.type === 'kw-faq-suggest' && sameRun(last, item)) {
      Object.assign(last, item);
    } else if (this.queue.length < MAX_QUEUED) {
      this.queue.push(item);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped || this.timer !== undefined || this.queue.length === 0 || this.requests >= MAX_REQUESTS - 1) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.send();
    }, this.interval);
  }

  /** The site's allow-list (`endpoints`), asked before every send: events for an address not on it are dropped. */
  private blocked(): boolean {
    if (endpointAllowed(this.endpoint, (this.host as { endpoints?: string | null }).endpoints)) return false;
    this.queue = [];
    return true;
  }

  private async send(): Promise<void> {
    if (this.withdrawn() || this.blocked()) return;
    const batch = this.queue.splice(0);
    this.requests++;
    this.interval *= 2;
    let ok = false;
    try {
      const response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body(batch),
        credentials: 'omit',
        keepalive: true,
      });
      ok = response.ok;
    } catch {
      // Offline or refused: handled as a failed send below.
    }
    if (this.stopped) return;
    if (!ok) {
      const again = batch.filter((item) => !item.retried).map((item) => ({ ...item, retried: true }));
      this.queue.unshift(...again.slice(0, MAX_QUEUED - this.queue.length));
    }
    this.schedule();
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.onLeave();
  };

  /** The page may be gone in a moment: what is queued goes now, by beacon, which outlives the page. */
  readonly onLeave = (): void => {
    if (this.withdrawn() || this.queue.length === 0 || this.requests >= MAX_REQUESTS || this.blocked()) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue.splice(0);
    this.requests++;
    try {
      // text/plain keeps a cross-origin beacon free of a preflight it cannot wait for; the body is JSON.
      navigator.sendBeacon(this.endpoint, new Blob([body(batch)], { type: 'text/plain;charset=UTF-8' }));
    } catch {
      // An address the browser refuses: these events are dropped, the page carries on.
    }
  };
}

function body(batch: Queued[]): string {
  return JSON.stringify({ events: batch.map((item) => item.event) });
}

function sameRun(earlier: Queued, later: Queued): boolean {
  const a = earlier.typed ?? '';
  const b = later.typed ?? '';
  const same = (key: string) => earlier.event.detail[key] === later.event.detail[key];
  return same('topic') && same('source') && (b.startsWith(a) || a.startsWith(b));
}

const sessions = new WeakMap<HTMLElement, InsightsSession>();

/** An event the element fired while this code was loading, and when. */
export interface EarlierEvent {
  event: Event;
  at: number;
}

/**
 * Sends this element's events to `settings.endpoint` from now on; a later call moves them to a new
 * endpoint, and one without settings (consent withdrawn) stops at once: the listeners go, and what
 * is queued is dropped unsent. `earlier`: what the element fired while this code loaded, sent as if heard then.
 */
export function sendInsights(host: HTMLElement & ReactiveControllerHost, settings: InsightsSettings | undefined, earlier: readonly EarlierEvent[] = []): void {
  if (!settings) {
    sessions.get(host)?.stop();
    return;
  }
  if (privacyRequested()) return;
  let session = sessions.get(host);
  if (session) {
    session.endpoint = settings.endpoint;
  } else {
    session = new InsightsSession(host, settings.endpoint);
    sessions.set(host, session);
    host.addController(session);
  }
  session.wordsOnly = settings.queries === 'faq-words';
  for (const { event, at } of earlier) session.take(event, at);
  // It left the page while this code loaded: what it fired goes now, as when it leaves later.
  if (!host.isConnected) session.onLeave();
}
