import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Outbox, SendOutcome } from '../../outbox/outbox.js';
import type { SafeStore } from '../../storage/store.js';
import { hasPendingMessages, markPending } from './pending.js';

const DRAFT_SAVE_DELAY_MS = 400;
/**
 * Drafts and the outbox for a host: saves what the customer types (debounced), and retries queued
 * messages when the browser comes online, when the tab becomes visible, when a retry is due, and
 * when the page loads. Removes every listener and timer on disconnect. Its code loads on first use.
 */
export class OutboxController implements ReactiveController {
  /** False once storage fell back to memory: drafts and queued messages will not survive a reload. */
  persistent = true;
  #store?: Promise<SafeStore>;
  #outbox?: Promise<Outbox>;
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

  #loadStore(): Promise<SafeStore> {
    this.#store ??= import('../../storage/store.js').then(({ browserStore }) => browserStore());
    return this.#store;
  }

  /** The outbox's code loads only when a message is sent or one is waiting. */
  #loadOutbox(): Promise<Outbox> {
    this.#outbox ??= Promise.all([import('../../outbox/outbox.js'), this.#loadStore()]).then(([{ Outbox }, store]) => new Outbox(store));
    return this.#outbox;
  }

  async #withOutbox<T>(work: (outbox: Outbox) => Promise<T>): Promise<T> {
    const outbox = await this.#loadOutbox();
    return this.#use(() => work(outbox));
  }

  async #use<T>(work: (store: SafeStore) => Promise<T>): Promise<T> {
    const store = await this.#loadStore();
    try {
      return await work(store);
    } finally {
      if (this.persistent !== store.persistent) {
        this.persistent = store.persistent;
        this.#host.requestUpdate();
      }
    }
  }

  read<T>(key: string): Promise<T | undefined> {
    return this.#use((store) => store.get<T>(key));
  }

  write(key: string, value: unknown): Promise<void> {
    return this.#use((store) => store.set(key, value));
  }

  remove(key: string): Promise<void> {
    return this.#use((store) => store.delete(key));
  }

  saveDraftSoon(key: string, value: unknown): void {
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => void this.write(key, value), DRAFT_SAVE_DELAY_MS);
  }

  discardDraft(key: string): Promise<void> {
    clearTimeout(this.#draftTimer);
    return this.remove(key);
  }

  /** Stores the message, then makes the first attempt to send it. */
  submit(endpoint: string, payload: Record<string, unknown>, reference: string): Promise<SendOutcome> {
    return this.#withOutbox((outbox) => outbox.submit(endpoint, payload, reference));
  }

  /**
   * Sends every queued message that is due, then waits for the next one. With nothing queued and
   * nothing sent from this page (a tab switch, the network back), the outbox's code is not loaded.
   */
  readonly flush = async (): Promise<void> => {
    if (this.#flushing || (!this.#outbox && !hasPendingMessages())) return;
    this.#flushing = true;
    try {
      const outcomes = await this.#withOutbox((outbox) => outbox.flush());
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
    const pending = await this.#withOutbox((outbox) => outbox.pending());
    markPending(pending.length > 0);
    // A retry timer must not outlive the element that would show its outcome.
    if (pending.length === 0 || !this.#connected) return;
    const next = Math.min(...pending.map((message) => message.nextAttemptAt));
    this.#retryTimer = setTimeout(() => void this.flush(), Math.max(1000, next - Date.now()));
  }

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible') void this.flush();
  };
}
