/**
 * The insights code (insights.ts), loaded on demand: only for a policy that asks for insights, and
 * only with the first event it would send. Every such event follows something the customer did,
 * so a page where nobody touches the widget never fetches it. What the element fires while the
 * code loads is handed over with the moment it happened, not lost. Consent can be withdrawn at
 * any moment: a policy without `insights`, or `insights="off"` on the element, stops the session.
 */
import type { ReactiveControllerHost } from 'lit';
import { UNPROMPTED } from './prompted.js';
import type { EarlierEvent, InsightsSettings } from './insights.js';

type InsightsModule = typeof import('./insights.js');
/** Loads the insights code through the element's loader; never rejects. */
export type LoadInsights = () => Promise<{ ok: true; module: InsightsModule } | { ok: false }>;


export class InsightsOnDemand {
  readonly #host: HTMLElement & ReactiveControllerHost;
  #settings?: InsightsSettings;
  #off = false;
  #started?: InsightsModule;
  readonly #load: LoadInsights;
  #loading = false;
  #earlier: EarlierEvent[] = [];

  constructor(host: HTMLElement & ReactiveControllerHost, load: LoadInsights) {
    this.#host = host;
    this.#load = load;
  }

  /** The settings of the policy just applied: none means nothing is sent, and a running session stops. */
  configure(settings: InsightsSettings | undefined): void {
    this.#settings = settings;
    this.#apply();
  }

  /** The element's `insights` attribute: "off" stops a running session at once and starts none. */
  allow(allowed: boolean): void {
    this.#off = !allowed;
    this.#apply();
  }

  get #wanted(): InsightsSettings | undefined {
    return this.#off ? undefined : this.#settings;
  }

  #apply(): void {
    if (!this.#wanted) this.#earlier = [];
    // Already loaded: sending goes on to the new endpoint, or stops.
    this.#started?.sendInsights(this.#host, this.#wanted);
  }

  /** The element fired `event`: the first one insights would send loads their code. */
  fired(event: Event): void {
    if (!this.#wanted || this.#started || (UNPROMPTED as readonly string[]).includes(event.type)) return;
    this.#earlier.push({ event, at: Date.now() });
    if (this.#loading) return;
    this.#loading = true;
    void this.#load().then((part) => {
      if (!part.ok) {
        // Offline: these are dropped; the next event tries again.
        this.#loading = false;
        this.#earlier = [];
        return;
      }
      this.#started = part.module;
      part.module.sendInsights(this.#host, this.#wanted, this.#earlier.splice(0));
    });
  }
}
