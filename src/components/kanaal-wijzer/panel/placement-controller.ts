import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Placement } from '@floating-ui/dom';
import { whenIdle } from '../../../internal/when-idle.js';

import type { FloatingUi } from '../entry/panel-host.js';
import type { PartLoad } from '../entry/part-outcome.js';

/** Where the floating element goes: beside which element, on which side first, how far from it. */
export interface PlacementTarget {
  reference: Element;
  /** The preferred side and alignment; it flips to the other side when that has more room. */
  placement: Placement;
  /** Distance from the reference, in px. */
  gap: number;
}

export interface PlacementOptions {
  /** The element placed: a popover in the top layer, so its coordinates are the viewport's. */
  floating: () => HTMLElement | null | undefined;
  /** Where to place it now; `undefined` while it is closed or while the styles place it. Read after every host update. */
  target: () => PlacementTarget | undefined;
  /** Whether it will probably be needed: the library is then fetched while the page is idle, so a first open does not wait for it. */
  soon?: () => boolean;
  /** Floating UI, from its own part: it loads with the panel, never with the page. */
  library: PartLoad<FloatingUi>;
  /** While this media query matches, the styles place the floating element (a bottom sheet) and the controller keeps out. */
  sheet?: string;
}

/** Distance kept from the viewport's edges, in px. */
const EDGE = 8;
/** Below this height, in px, a panel shows too little to be of use: it may cover its reference instead. */
const MIN_HEIGHT = 160;
/** The height left for the floating element, for its styles: `max-height: min(…, var(--_available-height, …))`. */
const AVAILABLE_HEIGHT = '--_available-height';
const PLACED_STYLES = ['inset', 'position-try-fallbacks', AVAILABLE_HEIGHT];

/**
 * Keeps a floating element beside its reference with Floating UI: below or above, flipped to the
 * side with room, shifted and sized to stay inside the viewport, following scrolling, resizing
 * and layout shifts while a target is given. Every listener and observer goes when the target
 * does, and when the host leaves the page.
 */
export class PlacementController implements ReactiveController {
  /**
   * Whether CSS anchor positioning places the launcher's panel (Chromium 125+, Firefox 153+,
   * Safari 26+). Where it is missing, the host asks this controller instead. Tests set it to
   * false to take that path in any browser.
   */
  static cssAnchorPositioning = typeof CSS !== 'undefined' && CSS.supports('anchor-name: --kw-anchor');

  readonly #host: ReactiveControllerHost & Element;
  readonly #options: PlacementOptions;
  #target: PlacementTarget | undefined;
  #cleanup: (() => void) | undefined;
  /** Counts starts and stops, so a load or a computation that finishes after a stop changes nothing. */
  #run = 0;
  #prefetched = false;

  constructor(host: ReactiveControllerHost & Element, options: PlacementOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#prefetched && this.#options.soon?.()) {
      this.#prefetched = true;
      whenIdle(() => void this.#options.library().then((part) => (this.#prefetched = part.ok)));
    }
    // A host can still update after it left the page (a late storage read): nothing to follow then.
    // Nor before the host has rendered the floating element (a panel opened by a very early click).
    const target = this.#host.isConnected && this.#options.floating() ? this.#options.target() : undefined;
    const current = this.#target;
    if (target?.reference === current?.reference && target?.placement === current?.placement && target?.gap === current?.gap) return;
    this.#stop();
    if (target) this.#start(target);
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #start(target: PlacementTarget): void {
    this.#target = target;
    const run = this.#run;
    void this.#options.library().then((part) => {
        // Without its part the floating element keeps the place its styles give it.
        const floating = this.#options.floating();
        if (!part.ok || run !== this.#run || !floating) return;
        const ui = part.module;
        // Placing sets the panel's height (the size middleware). Done inside autoUpdate's ResizeObserver
        // callback, that resizes an observed element and WebKit reports "ResizeObserver loop completed
        // with undelivered notifications" to the host page's error handlers; so after the first
        // placement, each update waits for the next frame (scroll events still land in the same one).
        let frame = 0;
        let placed = false;
        const stopUpdates = ui.autoUpdate(target.reference, floating, () => {
          if (!placed) {
            placed = true;
            this.#place(ui, target, floating, run);
            return;
          }
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(() => this.#place(ui, target, floating, run));
        });
        this.#cleanup = () => {
          cancelAnimationFrame(frame);
          stopUpdates();
        };
      });
  }

  #stop(): void {
    this.#run++;
    this.#target = undefined;
    this.#cleanup?.();
    this.#cleanup = undefined;
    const floating = this.#options.floating();
    if (floating) for (const property of PLACED_STYLES) floating.style.removeProperty(property);
  }

  #place(ui: FloatingUi, target: PlacementTarget, floating: HTMLElement, run: number): void {
    if (this.#options.sheet && matchMedia(this.#options.sheet).matches) {
      for (const property of PLACED_STYLES) floating.style.removeProperty(property);
      return;
    }
    void ui
      .computePosition(target.reference, floating, {
        // The floating element is a popover in the top layer: the viewport is its containing block.
        strategy: 'fixed',
        placement: target.placement,
        middleware: [
          ui.offset(target.gap),
          // Only to the other side: along it, shift() keeps the alignment as close as it can.
          ui.flip({ padding: EDGE, flipAlignment: false }),
          // Sized before shifting, so the room it measures is beside the reference, not where shift() moved it.
          ui.size({
            padding: EDGE,
            apply: ({ availableHeight }) => {
              floating.style.setProperty(AVAILABLE_HEIGHT, `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`);
            },
          }),
          // Across too: a panel at its least useful height may have to cover its reference to stay on screen.
          ui.shift({ padding: EDGE, crossAxis: true }),
        ],
      })
      .then(({ x, y }) => {
        if (run !== this.#run) return;
        floating.style.setProperty('inset', `${Math.round(y)}px auto auto ${Math.round(x)}px`);
        // Coordinates from here replace the styles' own anchoring and its fallbacks.
        floating.style.setProperty('position-try-fallbacks', 'none');
      });
  }
}
