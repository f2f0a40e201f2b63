import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadState } from './policy-controller.js';
import type { TriggerController } from './trigger-controller.js';

/** What the element tells the wiring about itself. */
export interface TriggerHost extends ReactiveControllerHost, HTMLElement {
  readonly trigger: string | null;
  readonly mode: 'launcher' | 'inline';
  readonly open: boolean;
  /** Opens the panel at once. */
  show(): void;
  hide(): void;
}

/** Elements that click themselves on these keys, so the click listener already sees them. */
const CLICKS_ON_ENTER_AND_SPACE = 'button, input[type="button"], input[type="submit"], input[type="reset"], input[type="image"], summary';
const CLICKS_ON_ENTER = 'a[href], area[href]';
const PRESSES = ['click', 'keydown'] as const;

/** The match of `selector` an event happened on, if any; never one inside the host's own shadow tree. */
export function triggerOf(event: Event, selector: string, host: HTMLElement): HTMLElement | undefined {
  for (const node of event.composedPath()) {
    if (node === host) return undefined;
    if (node instanceof HTMLElement && node.matches(selector)) return node;
  }
  return undefined;
}

/**
 * The trigger a click, or Enter or Space, presses. None when the site handled the event itself,
 * when a modifier asks the browser for something else (a link in a new tab), or when the key
 * makes the element click itself: the click comes next.
 */
export function pressedTrigger(event: MouseEvent | KeyboardEvent, selector: string, host: HTMLElement): HTMLElement | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (!(event instanceof KeyboardEvent)) return event.button === 0 && !event.shiftKey ? triggerOf(event, selector, host) : undefined;
  if (event.repeat || (event.key !== 'Enter' && event.key !== ' ')) return undefined;
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement) || !target.matches(selector)) return undefined;
  return target.matches(CLICKS_ON_ENTER_AND_SPACE) || (event.key === 'Enter' && target.matches(CLICKS_ON_ENTER)) ? undefined : target;
}

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
    this.#loading = import('./trigger-controller.js').then(
      ({ wireTriggers }) => {
        const pressed = this.#pressed;
        this.#watch(undefined);
        this.#controller = wireTriggers(this.#host, this.#state, this.#intent);
        if (pressed) this.#controller.press(pressed);
        this.#host.requestUpdate();
      },
      () => {
        // Offline before the chunk arrived: the next update tries again.
        this.#loading = undefined;
      },
    );
  }

  #watch(selector: string | undefined): void {
    if (!selector) this.#pressed = undefined;
    if (Boolean(selector) !== Boolean(this.#watching)) {
      for (const type of PRESSES) {
        if (selector) document.addEventListener(type, this.#onPress);
        else document.removeEventListener(type, this.#onPress);
      }
    }
    this.#watching = selector;
  }

  readonly #onPress = (event: MouseEvent | KeyboardEvent): void => {
    let trigger: HTMLElement | undefined;
    try {
      trigger = this.#watching ? pressedTrigger(event, this.#watching, this.#host) : undefined;
    } catch {
      // Not a selector the browser understands: the controller says so once it is in.
      return;
    }
    if (!trigger) return;
    // A link to the contact page is the fallback for when the widget cannot run; here it can.
    event.preventDefault();
    this.#pressed = trigger;
    this.#intent();
  };
}
