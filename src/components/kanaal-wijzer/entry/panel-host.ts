/**
 * What the later rooms (panel/, self-service/) may know of the element: narrow interfaces, so
 * they depend on these types and never on the element's class or the loader that brings them in.
 */
import type { ReactiveControllerHost } from 'lit';
import type { UiLanguage } from '../../../i18n/language.js';
import type { LanguageWords } from '../../../i18n/late-words.js';
import type { Policy } from '../../../policy/schema.js';
import type { PartOutcome } from './part-outcome.js';

/** The parts of Floating UI the panel's placement uses. */
export type FloatingUi = Pick<typeof import('@floating-ui/dom'), 'autoUpdate' | 'computePosition' | 'flip' | 'offset' | 'shift' | 'size'>;

/** What the element tells the trigger wiring about itself. */
export interface TriggerHost extends ReactiveControllerHost, HTMLElement {
  readonly trigger: string | null;
  readonly mode: 'launcher' | 'inline';
  readonly open: boolean;
  /** Opens the panel at once. */
  show(): void;
  hide(): void;
}

export type LoadState = 'loading' | 'ready' | 'fatal';

/** The element as the panel's content sees it. */
export interface PanelHost extends ReactiveControllerHost, TriggerHost {
  readonly topic: string | null;
  readonly now: string | null;
  /** `device`: drafts are kept on this device until the policy's expiry; otherwise in the tab. */
  readonly drafts: string | null;
  readonly shadowRoot: ShadowRoot | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The validated policy. */
  readonly loaded: Policy | undefined;
  readonly language: UiLanguage;
  readonly topicId: string | null;
  /** Which policy this is: keys everything stored for it. */
  readonly policyKey: string;
  /** This tab's visit reference. */
  readonly reference: string;
  readonly panelElement: HTMLElement | undefined;
  readonly launcher: HTMLButtonElement | undefined;
  /** The page's element the panel was opened from (`trigger`), if any. */
  readonly triggerReference: HTMLElement | undefined;
  /** Whether the page's own elements open the panel (no launcher is shown). */
  readonly triggersActive: boolean;
  /** The site's allow-list of addresses messages, call-backs and insights may go to (`endpoints`); null allows any. */
  readonly endpoints?: string | null | undefined;
  /** The site's key for who is signed in (`account`): a queued message is sent only under the key it was written under. */
  readonly account?: string | null | undefined;
  /** `include` when the site's endpoints need its session cookie (`credentials`). */
  readonly credentials?: string | null | undefined;
}

/** The late parts the panel's content loads itself, by name, typed by what the panel needs of them. */
export interface PanelPartModules<SelfService> {
  'self-service': SelfService;
  'faq-search': typeof import('../../../search/faq-search.js');
  validate: typeof import('../../../policy/validate.js');
  outbox: typeof import('../../../outbox/outbox.js');
  store: typeof import('../../../storage/store.js');
  'floating-ui.dom': FloatingUi;
  /** A language's words, for a visitor in that language (i18n/late-words.ts). */
  fr: { words: LanguageWords };
  de: { words: LanguageWords };
}

/**
 * The element's one loader as the panel sees it, so the panel never imports the loader or a
 * later room.
 */
export interface PanelParts<SelfService> {
  /** Loads a part, or answers why it cannot be had now; never rejects. */
  load<K extends keyof PanelPartModules<SelfService>>(name: K): Promise<PartOutcome<PanelPartModules<SelfService>[K]>>;
  /** Calls `listener` whenever one of the widget's parts arrives (after it failed, say); returns the call that stops it. */
  onArrival(listener: () => void): () => void;
  /** The visitor asks again: every missing part is tried now, whatever its backoff. */
  retry(): void;
}
