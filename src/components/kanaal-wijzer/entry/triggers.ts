import type { ReactiveController } from 'lit';
import type { LoadState } from './panel-host.js';
import { loadPart, type PartModule } from './parts.js';
import type { TriggerHost } from './panel-host.js';

type TriggerController = ReturnType<PartModule<'trigger-controller'>['wireTriggers']>;

/**
 * The `trigger` attribute's wiring: the page's own elements open the panel, and the element shows
 * no launcher while they do. The controller that does it (trigger-controller.ts) is a chunk of
 * its own, loaded only where `trigger` is set; a trigger pressed while it loads is remembered and
 * opens the panel once it is in, so a click right after the page loaded is not lost. The panel's
 * chunk places the panel beside the trigger (panel-placement.ts).
 */
export class Triggers implements ReactiveController {
  readonly #host: TriggerHost;
  readonly #state: () => LoadState;
  readonly #intent: () => void;
  #controller?: TriggerController;
  #loading?: Promise<void>;
  /** The selector presses are watched for while the controller loads. */
  #watching?: string;
  #pressed?: HTMLElement;

  /**
   * @param state Whether the policy is loaded, still loading, or unusable (then the fallback shows and no trigger opens anything).
   * @param intent A sign of intent on a trigger: the same as on the launcher.
   */
  constructor(host: TriggerHost, state: () => LoadState, intent: () => void) {
    this.#host = host;
    this.#state = state;
    this.#intent = intent;
    host.addController(this);
  }

  /** Whether the page's elements open the panel (so the host shows no launcher of its own). */
  get active(): boolean {
    return this.#controller ? this.#controller.active : this.#wanted() !== undefined;
  }

  /** The element the panel belongs beside: the trigger that opened it, else the first in the page. */
  get reference(): HTMLElement | undefined {
    return this.#controller?.reference;
  }

  /** Settles once the controller is in (or could not load), when the page has triggers. */
  get wired(): Promise<void> {
    return this.#loading ?? Promise.resolve();
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#watch(undefined);
  }

  #wanted(): string | undefined {
    const host = this.#host;
    return (host.isConnected && host.mode === 'launcher' && this.#state() !== 'fatal' && host.trigger?.trim()) || undefined;
  }

  #sync(): void {
    // Once loaded, the controller is the host's own and follows its updates itself.
    if (this.#controller) return;
    const selector = this.#wanted();
    this.#watch(selector);
    if (!selector || this.#loading) return;
    // A part that failed answers at once with its failure until its backoff is over; the host
    // updates when any part arrives, and the wiring is asked for again then.
    this.#loading = loadPart('trigger-controller').then((part) => {
      if (!part.ok) {
        // Presses are still watched, and open the panel's fallback; the wiring comes with the part.
        this.#loading = undefined;
        return;
      }
      const pressed = this.#pressed;
      this.#watch(undefined);
      this.#controller = part.module.wireTriggers(this.#host, this.#state, this.#intent);
      if (pressed) this.#controller.press(pressed);
      this.#host.requestUpdate();
    });
  }

  #watch(selector: string | undefined): void {
    if (!selector) this.#pressed = undefined;
    if (Boolean(selector) !== Boolean(this.#watching)) {
      if (selector) document.addEventListener('click', this.#onClick);
      else document.removeEventListener('click', this.#onClick);
    }
    this.#watching = selector;
  }

  /**
   * A plain click on a trigger while the wiring loads (Enter on a link or button clicks too); the
   * wiring, once in, also takes Space and Enter on other elements. A modified click asks the
   * browser for something else, such as a new tab.
   */
  readonly #onClick = (event: MouseEvent): void => {
    const selector = this.#watching;
    if (!selector || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    let trigger: HTMLElement | undefined;
    try {
      for (const node of event.composedPath()) {
        if (node === this.#host) return;
        if (node instanceof HTMLElement && node.matches(selector)) {
          trigger = node;
          break;
        }
      }
    } catch {
      // Not a selector the browser understands: the wiring says so once it is in.
      return;
    }
    if (!trigger) return;
    // A link to the contact page is the fallback for when the widget cannot run; here it can.
    event.preventDefault();
    this.#pressed = trigger;
    this.#intent();
    // Without the wiring (its part is missing) the panel still opens, with a way forward in it.
    if (!this.#loading) this.#host.show();
  };
}
