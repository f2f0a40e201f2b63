import type { ReactiveControllerHost } from 'lit';
import { TriggerController } from './trigger-controller.js';

/** What the element tells the wiring about itself. */
export interface TriggerHost extends ReactiveControllerHost, HTMLElement {
  readonly trigger: string | null;
  readonly mode: 'launcher' | 'inline';
  readonly open: boolean;
  /** Opens the panel at once. */
  show(): void;
  hide(): void;
}

/**
 * The `trigger` attribute's wiring: the page's own elements open the panel, and the element shows
 * no launcher while they do. The panel's chunk places the panel beside them (panel-placement.ts).
 *
 * @param state Whether the policy is loaded, still loading, or unusable (then the fallback shows and no trigger opens anything).
 * @param intent A sign of intent on a trigger: the same as on the launcher.
 */
export function wireTriggers(host: TriggerHost, state: () => 'loading' | 'ready' | 'fatal', intent: () => void): TriggerController {
  return new TriggerController(host, {
    selector: () => (host.mode === 'launcher' && state() !== 'fatal' ? host.trigger : null),
    isOpen: () => host.open,
    show: () => host.show(),
    hide: () => host.hide(),
    intent,
  });
}
