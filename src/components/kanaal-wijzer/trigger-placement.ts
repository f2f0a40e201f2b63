import type { ReactiveControllerHost } from 'lit';
import { PlacementController, type PlacementTarget } from './placement-controller.js';
import { TriggerController } from './trigger-controller.js';

/** Where the styles turn the floating panel into a bottom sheet (kanaal-wijzer.styles.ts). */
const SHEET_MEDIA = '(max-width: 480px)';

/** What the element tells the wiring about itself, including what it keeps private. */
export interface TriggerPlacementHost extends ReactiveControllerHost, HTMLElement {
  readonly trigger: string | null;
  readonly mode: 'launcher' | 'inline';
  readonly open: boolean;
  readonly panelElement?: HTMLElement;
  hide(): void;
}

export interface TriggerPlacementOptions {
  /** Whether the policy is loaded and usable, or still loading and maybe usable. */
  state: () => 'loading' | 'ready' | 'fatal';
  launcher: () => HTMLElement | undefined;
  /** Opens the panel now, also when a click on another trigger light-dismissed it and its toggle event is still due. */
  show: () => void;
  /** A sign of intent on a trigger: the same as on the launcher. */
  intent: () => void;
}

/**
 * The `trigger` attribute's wiring: the page's own elements open the panel (no launcher then),
 * and Floating UI places it beside the one clicked, or beside the launcher where CSS anchor
 * positioning is missing. Returns the trigger controller: the element asks it whether to show
 * its launcher and where focus goes back to.
 */
export function wireTriggers(host: TriggerPlacementHost, options: TriggerPlacementOptions): TriggerController {
  const triggers = new TriggerController(host, {
    selector: () => (host.mode === 'launcher' && options.state() !== 'fatal' ? host.trigger : null),
    isOpen: () => host.open,
    show: options.show,
    hide: () => host.hide(),
    intent: options.intent,
  });
  /** Beside the trigger that opened the panel; beside the launcher only where CSS anchor positioning is missing. */
  const target = (): PlacementTarget | undefined => {
    if (!host.open || host.mode !== 'launcher') return undefined;
    const trigger = triggers.reference;
    if (trigger) return { reference: trigger, placement: 'bottom-start', gap: 8 };
    const launcher = options.launcher();
    if (triggers.active || PlacementController.cssAnchorPositioning || !launcher) return undefined;
    return { reference: launcher, placement: 'top-end', gap: 12 };
  };
  // Drives itself from the host's updates: nothing calls it.
  new PlacementController(host, {
    floating: () => host.panelElement,
    target,
    soon: () => options.state() === 'ready' && host.mode === 'launcher' && (triggers.active || !PlacementController.cssAnchorPositioning),
    sheet: SHEET_MEDIA,
  });
  return triggers;
}
