import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LIVE_WAIT_MAX_MINUTES } from '../../../contract/limits.js';
import { fetchOk } from '../../../internal/fetch-ok.js';

export interface LiveConfig {
  url: string;
  refreshSeconds?: number;
}

const DEFAULT_REFRESH_SECONDS = 60;
const MAX_BACKOFF_MS = 10 * 60_000;
/** A figure older than this many refresh periods is stale: the typical figure is shown instead. */
const STALE_AFTER_PERIODS = 3;
/** One empty map, so a memoised view sees "no live figures" as the same input every time. */
const NO_WAITS: ReadonlyMap<string, number> = new Map();

/** Only finite minutes between 0 and 600 per channel id; everything else in the feed is ignored. */
export function acceptLiveWaits(data: unknown): Map<string, number> {
  const waits = new Map<string, number>();
  if (!data || typeof data !== 'object' || Array.isArray(data)) return waits;
  for (const [id, minutes] of Object.entries(data)) {
    if (typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= 0 && minutes <= LIVE_WAIT_MAX_MINUTES) waits.set(id, minutes);
  }
  return waits;
}

/**
 * Current wait minutes from the policy's live feed, fetched only while the panel is shown and the
 * tab visible, one request at a time, backing off on errors. Stale or broken → no live figure.
 */
export class LiveWaitController implements ReactiveController {
  #waits = new Map<string, number>();
  #fetchedAt = 0;
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #running = false;
  readonly #host: ReactiveControllerHost;
  readonly #config: () => LiveConfig | undefined;
  readonly #shown: () => boolean;

  constructor(host: ReactiveControllerHost, config: () => LiveConfig | undefined, shown: () => boolean) {
    this.#host = host;
    this.#config = config;
    this.#shown = shown;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.sync);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.sync);
    this.#stop();
  }

  /** Live minutes per channel id that are fresh at `now`. */
  current(now = Date.now()): ReadonlyMap<string, number> {
    const config = this.#config();
    const period = (config?.refreshSeconds ?? DEFAULT_REFRESH_SECONDS) * 1000;
    return config && now - this.#fetchedAt <= STALE_AFTER_PERIODS * period ? this.#waits : NO_WAITS;
  }

  /** Starts or stops polling to match whether anyone can see the figures. Call when that changes. */
  readonly sync = (): void => {
    const wanted = this.#config() !== undefined && this.#shown() && document.visibilityState === 'visible';
    if (wanted && !this.#running) {
      this.#running = true;
      void this.#poll();
    } else if (!wanted && this.#running) {
      this.#stop();
    }
  };

  #stop(): void {
    this.#running = false;
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#abort = undefined;
  }

  async #poll(): Promise<void> {
    const config = this.#config();
    if (!config || !this.#running) return;
    const period = (config.refreshSeconds ?? DEFAULT_REFRESH_SECONDS) * 1000;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    let next = period;
    try {
      const response = await fetchOk(new URL(config.url, document.baseURI), { signal: abort.signal, cache: 'no-store' });
      this.#waits = acceptLiveWaits(await response.json());
      this.#fetchedAt = Date.now();
      this.#failures = 0;
      this.#host.requestUpdate();
    } catch {
      if (abort.signal.aborted) return;
      this.#failures++;
      next = Math.min(MAX_BACKOFF_MS, period * 2 ** this.#failures);
    }
    if (this.#running) this.#timer = setTimeout(() => void this.#poll(), next);
  }
}
