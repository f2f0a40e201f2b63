/**
 * The launcher and the floating panel in the top layer: the launcher as a manual popover, the
 * panel as an auto popover (light dismiss, Escape), with `open` following what is on screen.
 */
import { emit } from '../../../internal/emit.js';

/** What the popovers need of their element. */
export interface PopoverHost extends HTMLElement {
  readonly mode: 'launcher' | 'inline';
  open: boolean;
  readonly panelElement: HTMLElement | undefined;
  readonly launcher: HTMLButtonElement | undefined;
  readonly triggerReference: HTMLElement | undefined;
  readonly topicId: string | null;
}

/** How long an opened panel may wait for its content before the visitor is shown another way. */
const WAY_FORWARD_AFTER_MS = 3000;

export interface PopoverEvents {
  /** The panel came on screen: what it shows must load now. */
  opened: () => void;
  /** It has been on screen for a few seconds: a panel still without content shows a way forward. */
  slow: () => void;
}

export class PanelPopover {
  /** Whether the panel is on screen, as its last toggle event said. */
  shown = false;
  readonly #host: PopoverHost;
  readonly #events: PopoverEvents;
  #slowTimer?: ReturnType<typeof setTimeout>;

  constructor(host: PopoverHost, events: PopoverEvents) {
    this.#host = host;
    this.#events = events;
  }

  /** The element left the page: no way forward is due any more. */
  stop(): void {
    clearTimeout(this.#slowTimer);
  }

  /**
   * The launcher lives in the top layer (a manual popover), where no ancestor of the host page can
   * trap it: not a transform, filter, contain or overflow that would make position: fixed relative
   * to a small box, nor a z-index war.
   */
  liftLauncher(): void {
    const launcher = this.#host.launcher;
    try {
      if (launcher?.isConnected && !launcher.matches(':popover-open')) launcher.showPopover();
    } catch {
      // No popover support, or not in a document yet: it stays position: fixed in the page.
    }
  }

  /** Makes the screen match `open`. */
  sync(): void {
    this.liftLauncher();
    const host = this.#host;
    const panel = host.panelElement;
    if (host.mode !== 'launcher' || !panel || typeof panel.showPopover !== 'function') return;
    const isOpen = panel.matches(':popover-open');
    try {
      if (host.open && !isOpen) panel.showPopover();
      // Only after its toggle event: an update landing between a click's showPopover and that
      // event would otherwise close the panel the customer just opened.
      if (!host.open && isOpen && this.shown) panel.hidePopover();
    } catch {
      // A panel that is not connected cannot be shown; the next update tries again. One that was
      // on screen and cannot come back is closed, so `open` and kw-close tell the truth.
      if (this.shown && host.isConnected) this.#changed(false);
    }
  }

  readonly onToggle = (event: Event): void => this.#changed((event as ToggleEvent).newState === 'open');

  #changed(nowOpen: boolean): void {
    const host = this.#host;
    if (nowOpen === this.shown) return;
    this.shown = nowOpen;
    host.open = nowOpen;
    this.stop();
    if (nowOpen) {
      this.#events.opened();
      this.#slowTimer = setTimeout(this.#events.slow, WAY_FORWARD_AFTER_MS);
      host.panelElement?.focus();
      emit(host, 'kw-open', { topic: host.topicId });
    } else {
      const active = host.shadowRoot?.activeElement;
      const focusWasInside = active && host.panelElement?.contains(active);
      if (focusWasInside || document.activeElement === document.body || document.activeElement === host) (host.triggerReference ?? host.launcher)?.focus();
      emit(host, 'kw-close', { topic: host.topicId });
    }
  }
}
