/**
 * The policy controller as the loader's chunk sees it: the entry keeps where the policy comes from
 * and when it loads (policy-controller.ts); what happens once its code is in (loading, checking,
 * applying, announcing) ships in that chunk (policy-loader.ts) and works through this interface.
 */
import type { ReactiveControllerHost } from 'lit';
import type { KwEventMap } from '../../../events.js';
import type { UiLanguage } from '../../../i18n/language.js';
import type { InsightsOnDemand, LoadInsights } from '../../../insights/on-demand.js';
import type { Policy } from '../../../policy/schema.js';
import type { LoadState } from './panel-host.js';

/** What the controller reads of its element. */
export interface PolicyHost extends ReactiveControllerHost, HTMLElement {
  readonly policy?: string | object | undefined;
  readonly topic: string | null;
  readonly mode: 'launcher' | 'inline';
  readonly open: boolean;
  /** The controller's `state`, read back when the controller names it in `requestUpdate`. */
  readonly loadState: LoadState;
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
  readonly language: UiLanguage;
  /** `off`: no insights from this page, whatever the policy asks. */
  readonly insights?: string | null;
}

export interface PolicyOptions {
  /** The panel's content while it is being built (settles when it is in and painted); undefined when nobody asked for it. */
  building: () => Promise<unknown> | undefined;
  /** The channels in the order the built panel shows them; undefined before it is built. */
  shown: () => { channels: readonly { id: string }[] } | undefined;
  /** Settles once the page's own trigger elements are wired (at once without `trigger`): kw-ready finds them ready. */
  wired: () => Promise<void>;
  /** A policy was applied, or (undefined) the policy cannot be used. */
  applied: (policy: Policy | undefined) => void;
  /** Loads the insights code, for a policy that asks for insights. */
  loadInsights: LoadInsights;
}

export interface PolicyRun {
  readonly host: PolicyHost;
  readonly options: PolicyOptions;
  /** Which policy this is: its address, or "inline". */
  readonly key: string;
  /** The policy applied last. */
  readonly policy: Policy | undefined;
  readonly state: LoadState;
  /** Hears the element's events once a policy asked for insights: made by the loader's chunk, where that code lives. */
  insights?: InsightsOnDemand;
  readonly topicId: string | null;
  /** Whether the panel shows, or is about to: then its formatters are set up before the policy is applied. */
  panelSoon(): boolean;
  /** The load is over; one that failed for want of a network or a part (`unreachable`) is tried again when they come back. */
  finished(unreachable: boolean): void;
  settle(state: LoadState, policy: Policy | undefined): void;
  /** The policy cannot be used: the fallback shows, and the site hears why. */
  fail(errors: KwEventMap['kw-policy-error']['errors']): void;
}
