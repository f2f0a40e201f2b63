import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Longest sleep between refreshes, so "today"/"tomorrow" and missed wake-ups correct themselves. */
const MAX_SLEEP_MS = 15 * 60_000;

/**
 * The current instant for a host whose content changes with time ("open now"), re-rendering it
 * exactly when the next change is due. A tab returning from the background refreshes at once,
 * because timers in hidden tabs and sleeping laptops fire late.
 */
export class ClockController implements ReactiveController {
  #now = Date.now();
  /** A moment to show instead of the real clock (previews); the clock then stands still. */
  #pinned: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get now(): number {
    return this.#pinned ?? this.#now;
  }

  /** Shows the host as at `instant`; `undefined` returns to the real clock. */
  pin(instant: number | undefined): void {
    this.#pinned = instant;
    this.#now = Date.now();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#now = Date.now();
    document.addEventListener('visibilitychange', this.#onVisibility);
    // Back in the page after a while away: the render that follows sets the next wake-up.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /**
   * Re-render at `instant`, or after the longest sleep if that comes first. Ignored while the host
   * is out of the page: a render finishing just after removal would otherwise start a timer that
   * keeps the removed element alive.
   */
  wakeAt(instant: number | undefined): void {
    clearTimeout(this.#timer);
    if (!this.#connected || this.#pinned !== undefined) return;
    const delay = Math.min(MAX_SLEEP_MS, Math.max(0, (instant ?? Infinity) - Date.now()));
    // A few milliseconds late, so the instant has really passed when we look.
    this.#timer = setTimeout(this.#tick, delay + 50);
  }

  readonly #tick = (): void => {
    this.#now = Date.now();
    this.#host.requestUpdate();
  };

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.#tick();
  };
}
