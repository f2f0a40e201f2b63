/**
 * The insights code (insights.ts), loaded on demand: only for a policy that asks for insights, and
 * only with the first event it would send. Every such event follows something the customer did,
 * so a page where nobody touches the widget never fetches it. What the element fires while the
 * code loads is handed over with the moment it happened, not lost.
 */
import type { ReactiveControllerHost } from 'lit';
import type { KwEventName } from '../events.js';
import type { EarlierEvent, InsightsSettings } from './insights.js';

/** Fired without anyone doing anything; insights never send them. */
const UNPROMPTED = ['kw-ready', 'kw-policy-error'] as const satisfies readonly KwEventName[];
/** The events insights send: every kw- event but the unprompted ones (insights.ts says what each may carry). */
export type PromptedEvent = Exclude<KwEventName, (typeof UNPROMPTED)[number]>;

export class InsightsOnDemand {
  readonly #host: HTMLElement & ReactiveControllerHost;
  #settings?: InsightsSettings;
  #started?: typeof import('./insights.js');
  #loading = false;
  #earlier: EarlierEvent[] = [];

  constructor(host: HTMLElement & ReactiveControllerHost) {
    this.#host = host;
  }

  /** The settings of the policy just applied: none means nothing starts sending. */
  configure(settings: InsightsSettings | undefined): void {
    this.#settings = settings;
    // Already sending: to the new endpoint from now on.
    if (settings) this.#started?.startInsights(this.#host, settings);
  }

  /** The element fired `event`: the first one insights would send loads their code. */
  fired(event: Event): void {
    if (!this.#settings || this.#started || (UNPROMPTED as readonly string[]).includes(event.type)) return;
    this.#earlier.push({ event, at: Date.now() });
    if (this.#loading) return;
    this.#loading = true;
    import('./insights.js').then(
      (module) => {
        this.#started = module;
        const earlier = this.#earlier.splice(0);
        if (this.#settings) module.startInsights(this.#host, this.#settings, earlier);
      },
      () => {
        // Offline: these are dropped; the next event tries again.
        this.#loading = false;
        this.#earlier = [];
      },
    );
  }
}
