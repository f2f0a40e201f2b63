import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Outbox, SendOutcome } from '../../outbox/outbox.js';
import type { SafeStore } from '../../storage/store.js';

const DRAFT_SAVE_DELAY_MS = 400;

interface Runtime {
  store: SafeStore;
  outbox: Outbox;
}

/**
 * Drafts and the outbox for a host: saves what the customer types (debounced), and retries queued
 * messages when the browser comes online, when the tab becomes visible, when a retry is due, and
 * when the page loads. Removes every listener and timer on disconnect. Its code loads on first use.
 */
export class OutboxController implements ReactiveController {
  /** False once storage fell back to memory: drafts and queued messages will not survive a reload. */
  persistent = true;
  #runtime?: Promise<Runtime>;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #flushing = false;
  #connected = false;
  readonly #host: ReactiveControllerHost;
  readonly #onDelivered: (outcome: SendOutcome) => void;

  constructor(host: ReactiveControllerHost, onDelivered: (outcome: SendOutcome) => void) {
    this.#host = host;
    this.#onDelivered = onDelivered;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    window.addEventListener('online', this.flush);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.#connected = false;
    window.removeEventListener('online', this.flush);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#draftTimer);
    clearTimeout(this.#retryTimer);
  }

  #load(): Promise<Runtime> {
    this.#runtime ??= import('../../outbox/runtime.js').then(({ browserStore, Outbox }) => {
      const store = browserStore();
      return { store, outbox: new Outbox(store) };
    });
    return this.#runtime;
  }

  async #use<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
    const runtime = await this.#load();
    try {
      return await work(runtime);
    } finally {
      if (this.persistent !== runtime.store.persistent) {
        this.persistent = runtime.store.persistent;
        this.#host.requestUpdate();
      }
    }
  }

  read<T>(key: string): Promise<T | undefined> {
    return this.#use(({ store }) => store.get<T>(key));
  }

  write(key: string, value: unknown): Promise<void> {
    return this.#use(({ store }) => store.set(key, value));
  }

  remove(key: string): Promise<void> {
    return this.#use(({ store }) => store.delete(key));
  }

  saveDraftSoon(key: string, value: unknown): void {
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => void this.#use(({ store }) => store.set(key, value)), DRAFT_SAVE_DELAY_MS);
  }

  discardDraft(key: string): Promise<void> {
    clearTimeout(this.#draftTimer);
    return this.#use(({ store }) => store.delete(key));
  }

  /** Stores the message, then makes the first attempt to send it. */
  submit(endpoint: string, payload: Record<string, unknown>, reference: string): Promise<SendOutcome> {
    return this.#use(({ outbox }) => outbox.submit(endpoint, payload, reference));
  }

  /** Sends every queued message that is due, then waits for the next one. */
  readonly flush = async (): Promise<void> => {
    if (this.#flushing) return;
    this.#flushing = true;
    try {
      const outcomes = await this.#use(({ outbox }) => outbox.flush());
      for (const outcome of outcomes) this.#onDelivered(outcome);
      await this.#scheduleNext();
    } finally {
      this.#flushing = false;
    }
  };

  /** After a send that was queued, make sure a retry is planned. */
  planRetry(): void {
    void this.#scheduleNext();
  }

  async #scheduleNext(): Promise<void> {
    clearTimeout(this.#retryTimer);
    const pending = await this.#use(({ outbox }) => outbox.pending());
    // A retry timer must not outlive the element that would show its outcome.
    if (pending.length === 0 || !this.#connected) return;
    const next = Math.min(...pending.map((message) => message.nextAttemptAt));
    this.#retryTimer = setTimeout(() => void this.flush(), Math.max(1000, next - Date.now()));
  }

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible') void this.flush();
  };
}
