import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadState } from '../entry/panel-host.js';
import { pressedTrigger, triggerOf, type TriggerHost } from '../entry/trigger-press.js';

export interface TriggerOptions {
  /** The CSS selector list of the page's elements that open the panel; `null` when none should (inline mode, an unusable policy). Read before every host update. */
  selector: () => string | null | undefined;
  /** Whether the panel is open. */
  isOpen: () => boolean;
  /** Opens the panel, or moves it: `reference` has changed when this is called. */
  show: () => void;
  hide: () => void;
  /** A pointer or focus came to a trigger, or a finger touched one: a click may well follow. */
  intent?: () => void;
}

/** The launcher's signs of intent, in forms that bubble up to the document. */
const INTENT = ['pointerover', 'focusin', 'touchstart'] as const;

/**
 * Opens the host's panel from the site's own elements: anything in the page that matches a
 * selector, now or added later (one listener on the document, not one per element). Each match
 * gets `aria-haspopup="dialog"` and `aria-expanded`; the one that opened the panel is
 * remembered, so the panel can sit beside it and focus can go back to it.
 */
export class TriggerController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: TriggerOptions;
  /** What `selector()` last returned, so a selector is checked (and warned about) once. */
  #requested: string | null | undefined;
  #selector: string | undefined;
  #opener: HTMLElement | undefined;
  #expanded: HTMLElement | undefined;
  /** Matches that got `aria-haspopup` from us rather than from the site, so only those lose it again. */
  #gaveHaspopup = new WeakSet<Element>();
  #observer: MutationObserver | undefined;
  /**
   * How things stood when a pointer went down on a trigger. A click on the trigger that opened the
   * panel closes it; but by then the panel is already closed, light-dismissed on pointerup.
   */
  #pressed: { trigger: HTMLElement; wasOpenHere: boolean } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: TriggerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether the page's elements open the panel (so the host shows no launcher of its own). */
  get active(): boolean {
    return this.#selector !== undefined;
  }

  /** The element the panel belongs beside: the trigger that opened it, else the first in the page. */
  get reference(): HTMLElement | undefined {
    const selector = this.#selector;
    if (!selector) return undefined;
    const opener = this.#opener;
    if (opener?.isConnected && opener.matches(selector)) return opener;
    return document.querySelector<HTMLElement>(selector) ?? undefined;
  }

  /** Opens the panel beside `trigger`, as pressing it does: for a press that came while this controller was loading. */
  press(trigger: HTMLElement): void {
    const selector = this.#selector;
    if (selector && trigger.isConnected && trigger.matches(selector)) this.#activate(trigger, this.#isOpenAt(trigger));
  }

  hostConnected(): void {
    this.#requested = undefined;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stop();
    this.#requested = undefined;
  }

  #sync(): void {
    // A host can still update after it left the page (a late storage read): that must not listen again.
    const requested = this.#host.isConnected ? this.#options.selector() : null;
    if (requested !== this.#requested) {
      this.#requested = requested;
      this.#stop();
      const selector = usable(requested);
      if (selector) this.#start(selector);
    }
    this.#showExpanded();
  }

  #start(selector: string): void {
    this.#selector = selector;
    document.addEventListener('pointerdown', this.#onPointerDown, true);
    document.addEventListener('click', this.#onClick);
    document.addEventListener('keydown', this.#onKeyDown);
    for (const type of INTENT) document.addEventListener(type, this.#onIntent, { passive: true });
    // Triggers a single-page app adds later get their ARIA attributes as they arrive.
    this.#observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) this.#mark(node);
    });
    this.#observer.observe(document, { childList: true, subtree: true });
    this.#mark(document);
  }

  #stop(): void {
    const selector = this.#selector;
    if (!selector) return;
    document.removeEventListener('pointerdown', this.#onPointerDown, true);
    document.removeEventListener('click', this.#onClick);
    document.removeEventListener('keydown', this.#onKeyDown);
    for (const type of INTENT) document.removeEventListener(type, this.#onIntent);
    this.#observer?.disconnect();
    this.#observer = undefined;
    for (const trigger of document.querySelectorAll(selector)) {
      trigger.removeAttribute('aria-expanded');
      if (this.#gaveHaspopup.has(trigger)) trigger.removeAttribute('aria-haspopup');
    }
    this.#selector = undefined;
    this.#opener = undefined;
    this.#expanded = undefined;
    this.#pressed = undefined;
  }

  /** Gives every match in `root` (and `root` itself) its ARIA attributes. */
  #mark(root: ParentNode & Node): void {
    const selector = this.#selector;
    if (!selector) return;
    const found = [...root.querySelectorAll<HTMLElement>(selector)];
    if (root instanceof HTMLElement && root.matches(selector)) found.push(root);
    for (const trigger of found) {
      if (!trigger.hasAttribute('aria-haspopup')) {
        trigger.setAttribute('aria-haspopup', 'dialog');
        this.#gaveHaspopup.add(trigger);
      }
      trigger.setAttribute('aria-expanded', String(trigger === this.#expanded));
    }
  }

  #showExpanded(): void {
    const expanded = this.#selector && this.#options.isOpen() ? this.reference : undefined;
    if (expanded === this.#expanded) return;
    this.#expanded?.setAttribute('aria-expanded', 'false');
    expanded?.setAttribute('aria-expanded', 'true');
    this.#expanded = expanded;
  }

  #isOpenAt(trigger: HTMLElement): boolean {
    return this.#options.isOpen() && this.reference === trigger;
  }

  #activate(trigger: HTMLElement, wasOpenHere: boolean): void {
    if (wasOpenHere) {
      this.#options.hide();
      return;
    }
    this.#opener = trigger;
    this.#host.requestUpdate();
    this.#options.show();
  }

  readonly #onPointerDown = (event: PointerEvent): void => {
    const trigger = this.#selector ? triggerOf(event, this.#selector, this.#host) : undefined;
    this.#pressed = trigger && { trigger, wasOpenHere: this.#isOpenAt(trigger) };
  };

  readonly #onIntent = (event: Event): void => {
    if (this.#options.intent && this.#selector && triggerOf(event, this.#selector, this.#host)) this.#options.intent();
  };

  readonly #onClick = (event: MouseEvent): void => {
    const pressed = this.#pressed;
    this.#pressed = undefined;
    const trigger = this.#selector ? pressedTrigger(event, this.#selector, this.#host) : undefined;
    if (!trigger) return;
    // A link to the contact page is the fallback for when the widget cannot run; here it can.
    event.preventDefault();
    this.#activate(trigger, pressed?.trigger === trigger ? pressed.wasOpenHere : this.#isOpenAt(trigger));
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const trigger = this.#selector ? pressedTrigger(event, this.#selector, this.#host) : undefined;
    if (!trigger) return;
    // Space would scroll the page.
    event.preventDefault();
    this.#activate(trigger, this.#isOpenAt(trigger));
  };
}

/** The selector list if the browser can use it; an unusable one is reported once and ignored. */
function usable(selector: string | null | undefined): string | undefined {
  const trimmed = selector?.trim();
  if (!trimmed) return undefined;
  try {
    document.querySelector(trimmed);
    return trimmed;
  } catch {
    console.warn(`<kanaal-wijzer>: trigger="${trimmed}" is not a CSS selector list the browser understands; the launcher is shown instead.`);
    return undefined;
  }
}

/**
 * The element's triggers (entry/triggers.ts): none in inline mode, nor while the policy is unusable
 * (the fallback shows then).
 */
export function wireTriggers(host: TriggerHost, state: () => LoadState, intent: () => void): TriggerController {
  return new TriggerController(host, {
    selector: () => (host.mode === 'launcher' && state() !== 'fatal' ? host.trigger : null),
    isOpen: () => host.open,
    show: () => host.show(),
    hide: () => host.hide(),
    intent,
  });
}
