import type { ReactiveController } from 'lit';
import { newMessage, OUTBOX_PREFIX } from '../../../outbox/message.js';
import type { NotSent, Outbox, SendContext, SendOutcome } from '../../../outbox/outbox.js';
import type { SafeStore } from '../../../storage/store.js';
import type { PanelHost, PanelParts } from '../entry/panel-host.js';
import { hasPendingMessages, markPending } from '../../../outbox/pending.js';
import { deleteTabDraft, onForgotten, readDeviceDraft, readTabDraft, sweepDeviceDrafts, tabDraftsPersistent, writeDeviceDraft, writeTabDraft } from '../../../storage/drafts.js';
import { DRAFT_PREFIX } from '../../../storage/tab-keeping.js';
import { clearKept, moveKept, sessionStore } from './session-store.js';

type OutboxParts = Pick<PanelParts<unknown>, 'load' | 'onArrival'>;
/** What the outbox needs to know of its element: the policy, and the site's say on where and as whom. */
export type OutboxHost = Pick<PanelHost, 'addController' | 'requestUpdate' | 'loaded' | 'endpoints' | 'account' | 'credentials' | 'reference'>;

/** How the host keeps drafts: in the tab (undefined), or on the device for this many hours. */
export type DeviceDraftHours = () => number | undefined;

const DRAFT_SAVE_DELAY_MS = 400;
/**
 * Drafts and the outbox for a host: saves what the customer types (debounced), in the tab or, when
 * the site asks, on the device until the policy's expiry; retries queued messages when the browser
 * comes online, when the tab becomes visible, when a retry is due, and when the page loads; and
 * forgets all of it when any tab of the site calls `forget()`. Removes every listener and timer on
 * disconnect. Its code loads when a form opens (`prepare`), before anything is sent. Without the
 * store's code, messages (and device drafts) are kept in this tab's sessionStorage; without the
 * outbox's code, a message is kept there as the outbox keeps its own, and sent with the same key
 * once the code is in.
 */
export class OutboxController implements ReactiveController {
  /** False once storage fell back to memory: drafts and queued messages will not survive a reload. */
  persistent = true;
  /** This visitor's messages the outbox gave up: shown to them as not sent, with the mailto: way. */
  notSent: NotSent[] = [];
  #account: string | null | undefined;
  #store?: Promise<SafeStore>;
  #outbox?: Promise<Outbox | undefined>;
  #stopArrivals?: () => void;
  #stopForgetting?: () => void;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #flushing = false;
  #connected = false;
  readonly #host: OutboxHost;
  readonly #parts: OutboxParts;
  readonly #onDelivered: (outcome: SendOutcome) => void;
  readonly #deviceHours: DeviceDraftHours;
  readonly #onForgotten: () => void;

  constructor(host: OutboxHost, parts: OutboxParts, onDelivered: (outcome: SendOutcome) => void, deviceHours: DeviceDraftHours, onForgotten: () => void) {
    this.#host = host;
    this.#account = host.account;
    this.#parts = parts;
    this.#onDelivered = onDelivered;
    this.#deviceHours = deviceHours;
    this.#onForgotten = onForgotten;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    window.addEventListener('online', this.flush);
    document.addEventListener('visibilitychange', this.#onVisibility);
    // A message kept while the outbox's code was missing goes out once the loader brings it.
    this.#stopArrivals = this.#parts.onArrival(this.flush);
    this.#stopForgetting = onForgotten(this.#forgotten);
  }

  /** Signed in again as the visitor who wrote a waiting message (or as someone else): what may go now, goes. */
  hostUpdated(): void {
    if (this.#host.account === this.#account) return;
    this.#account = this.#host.account;
    void this.flush();
  }

  hostDisconnected(): void {
    this.#connected = false;
    window.removeEventListener('online', this.flush);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stopArrivals?.();
    this.#stopForgetting?.();
    clearTimeout(this.#draftTimer);
    clearTimeout(this.#retryTimer);
  }

  #loadStore(): Promise<SafeStore> {
    this.#store ??= this.#parts.load('store').then(async (part) => {
      if (!part.ok) return sessionStore();
      const store = part.module.browserStore();
      await moveKept(store);
      await sweepDeviceDrafts(store);
      return store;
    });
    return this.#store;
  }

  /** The outbox's code: loaded when a form opens, a message is sent, or one is waiting; undefined while it cannot be had. */
  #loadOutbox(): Promise<Outbox | undefined> {
    this.#outbox ??= Promise.all([this.#parts.load('outbox'), this.#loadStore()]).then(([part, store]) => {
      if (part.ok) return new part.module.Outbox(store, this.#context);
      this.#outbox = undefined;
      return undefined;
    });
    return this.#outbox;
  }

  /** A form opened: what keeps and sends its message loads now, not when Send is pressed. */
  prepare(): void {
    void this.#loadOutbox();
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

  /** Whether drafts survive a reload where they are kept: the tab's sessionStorage, or the device's store. */
  get draftsPersistent(): boolean {
    return this.#deviceHours() === undefined ? tabDraftsPersistent() : this.persistent;
  }

  /** The draft kept by this name: this tab's, or the device's while it has not expired. */
  async readDraft<T>(name: string): Promise<T | undefined> {
    const key = DRAFT_PREFIX + name;
    return this.#deviceHours() === undefined ? readTabDraft<T>(key) : this.#use((store) => readDeviceDraft<T>(store, key));
  }

  saveDraftSoon(name: string, value: unknown): void {
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => {
      const key = DRAFT_PREFIX + name;
      const hours = this.#deviceHours();
      if (hours === undefined) writeTabDraft(key, value);
      else void this.#use((store) => writeDeviceDraft(store, key, value, hours));
    }, DRAFT_SAVE_DELAY_MS);
  }

  async discardDraft(name: string): Promise<void> {
    clearTimeout(this.#draftTimer);
    deleteTabDraft(DRAFT_PREFIX + name);
    if (this.#deviceHours() !== undefined) await this.remove(DRAFT_PREFIX + name);
  }

  /**
   * Stores the message, then makes the first attempt to send it. Without the outbox's code the
   * message is kept where the outbox will find it, and reported queued as `unavailable`.
   */
  async submit(endpoint: string, payload: Record<string, unknown>, reference: string): Promise<SendOutcome> {
    // Marked before the message is kept, not once the outbox is reviewed after the attempt: a visitor
    // who leaves the moment it says "queued" would leave a message no later page knows to retry.
    // A mark with nothing behind it costs the next page one look at the store, which clears it.
    markPending(true);
    const outbox = await this.#loadOutbox();
    if (outbox) return this.#use(() => outbox.submit(endpoint, payload, reference));
    const message = newMessage(endpoint, payload, reference, this.#host.account ?? null);
    await this.#use((store) => store.set(OUTBOX_PREFIX + message.idempotencyKey, message));
    return { kind: 'queued', reason: 'unavailable', retryAt: message.nextAttemptAt, message };
  }

  /**
   * Sends every queued message that is due, then waits for the next one. With nothing queued and
   * nothing sent from this page (a tab switch, the network back), the outbox's code is not loaded.
   */
  readonly flush = async (): Promise<void> => {
    if (this.#flushing || (!this.#outbox && !hasPendingMessages())) return;
    this.#flushing = true;
    try {
      const outbox = await this.#loadOutbox();
      // Without its code the message stays kept; the outbox's arrival (or the next intent) flushes again.
      if (!outbox) return;
      const outcomes = await this.#use(() => outbox.flush());
      for (const outcome of outcomes) this.#onDelivered(outcome);
      await this.#scheduleNext(outbox);
    } finally {
      this.#flushing = false;
    }
  };

  /** Takes a queued message out of the queue: the customer sent it another way. */
  async withdraw(idempotencyKey: string): Promise<void> {
    await this.remove(OUTBOX_PREFIX + idempotencyKey);
    const outbox = await this.#loadOutbox();
    if (outbox) await this.#scheduleNext(outbox);
  }

  /** After a send that was queued, make sure a retry is planned. */
  planRetry(): void {
    void this.#loadOutbox().then((outbox) => outbox && this.#scheduleNext(outbox));
  }

  /** Read by the outbox before every attempt: without a policy nothing goes. */
  readonly #context = (): SendContext | undefined => {
    const { loaded, endpoints, account, credentials, reference } = this.#host;
    return loaded && { policy: loaded, endpoints: endpoints ?? null, account: account ?? null, credentials: credentials ?? null, reference };
  };

  async #scheduleNext(outbox: Outbox): Promise<void> {
    clearTimeout(this.#retryTimer);
    const { holding, nextAt, notSent } = await this.#use(() => outbox.review());
    // Held for another account, or given up and not yet seen: the next page load still builds the panel.
    markPending(holding);
    const keys = (list: NotSent[]) => list.map(({ message }) => message.idempotencyKey).join();
    if (keys(notSent) !== keys(this.notSent)) {
      this.notSent = notSent;
      this.#host.requestUpdate();
    }
    // A retry timer must not outlive the element that would show its outcome.
    if (nextAt === undefined || !this.#connected) return;
    this.#retryTimer = setTimeout(() => void this.flush(), Math.max(1000, nextAt - Date.now()));
  }

  /** Some tab of the site forgot: nothing typed before may be saved again or retried from here. */
  readonly #forgotten = (): void => {
    clearTimeout(this.#draftTimer);
    clearTimeout(this.#retryTimer);
    void clearKept();
    this.#onForgotten();
  };

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible') void this.flush();
  };
}
