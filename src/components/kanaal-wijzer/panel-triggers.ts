import type { ReactiveControllerHost } from 'lit';
import { TriggerController } from './trigger-controller.js';

/** What the element tells the wiring about itself. */
export interface TriggerHost extends ReactiveControllerHost, HTMLElement {
  readonly trigger: string | null;
  readonly mode: 'launcher' | 'inline';
  readonly open: boolean;
  hide(): void;
}

export interface TriggerWiring {
  /** Whether the policy is loaded, still loading, or unusable (then the fallback shows and no trigger opens anything). */
  state: () => 'loading' | 'ready' | 'fatal';
  /** Opens the panel now, also when a click on another trigger light-dismissed it and its toggle event is still due. */
  show: () => void;
  /** A sign of intent on a trigger: the same as on the launcher. */
  intent: () => void;
}

/**
 * The `trigger` attribute's wiring: the page's own elements open the panel, and the element shows
 * no launcher while they do. The panel's chunk places the panel beside them (panel-placement.ts).
 */
export function wireTriggers(host: TriggerHost, wiring: TriggerWiring): TriggerController {
  return new TriggerController(host, {
    selector: () => (host.mode === 'launcher' && wiring.state() !== 'fatal' ? host.trigger : null),
    isOpen: () => host.open,
    show: wiring.show,
    hide: () => host.hide(),
    intent: wiring.intent,
  });
}
