import type { FloatingUi, PanelHost } from '../entry/panel-host.js';
import type { PartLoad } from '../entry/part-outcome.js';
import { PlacementController, type PlacementTarget } from './placement-controller.js';

/** Where the styles turn the floating panel into a bottom sheet (kanaal-wijzer.styles.ts). */
const SHEET_MEDIA = '(max-width: 480px)';

/**
 * Floating UI places the panel beside the trigger that opened it, or beside the launcher where
 * CSS anchor positioning is missing. Part of the panel's chunk: the page never loads it before a
 * sign of intent, and a cold click is placed as soon as the chunk is in.
 */
export function placePanel(host: PanelHost, library: PartLoad<FloatingUi>): void {
  const target = (): PlacementTarget | undefined => {
    if (!host.open || host.mode !== 'launcher') return undefined;
    const trigger = host.triggerReference;
    if (trigger) return { reference: trigger, placement: 'bottom-start', gap: 8 };
    const launcher = host.launcher;
    if (host.triggersActive || PlacementController.cssAnchorPositioning || !launcher) return undefined;
    return { reference: launcher, placement: 'top-end', gap: 12 };
  };
  // Drives itself from the host's updates: nothing calls it.
  new PlacementController(host, {
    floating: () => host.panelElement,
    target,
    soon: () => host.loaded !== undefined && host.mode === 'launcher' && (host.triggersActive || !PlacementController.cssAnchorPositioning),
    sheet: SHEET_MEDIA,
    library,
  });
}
