import type { PropertyValues } from '@lit/reactive-element';
import { kwEvent, type KwEventMap } from '../../../events.js';
import { ownEvent, ownEvents } from '../../../internal/emit.js';
import { FRAME_STRINGS, type FrameStrings } from '../../../i18n/frame-strings.js';
import { chooseLanguage, type UiLanguage } from '../../../i18n/language.js';
import { keepTypingInside } from '../../../internal/keep-typing-inside.js';
import { visitReference } from '../../../internal/reference.js';
import { yieldToMain } from '../../../internal/yield-to-main.js';
import type { Policy } from '../../../policy/schema.js';
import { Shell } from './frame.js';
import { KanaalWijzerSettings } from './settings.js';
import { drawsLauncher } from './one-launcher.js';
import { styles } from './kanaal-wijzer.styles.js';
import { sheet } from '../../../internal/css.js';
import { PanelPopover } from './panel-popover.js';
import type { PartFailure } from './part-outcome.js';
import { loadPart, loadWords, onPartArrival, PANEL_PARTS, retryParts, type PartModule } from './parts.js';
import { hasPendingMessages } from '../../../outbox/pending.js';
import { PolicyController, type LoadState } from './policy-controller.js';
import { Triggers } from './triggers.js';

type PanelController = InstanceType<PartModule<'panel'>['PanelController']>;

/**
 * Shows how to reach you about this page's topic: every contact channel with whether it is open
 * now, the expected wait or reply time and what it costs, after the topic's self-service tasks
 * and any service notices. Everything comes from one JSON channel policy.
 *
 * A floating launcher opens the panel; with `trigger`, the page's own buttons and links do, and
 * the panel opens beside whichever was clicked.
 *
 * @summary The right contact channel for this page, with wait time, cost and opening hours.
 *
 * @slot - Fallback content (for example a link to your contact page), shown only when the policy cannot be used.
 *
 * @fires kw-ready - The policy is loaded and validated. `detail: {topic, channels}` with channel ids in shown order.
 * @fires kw-policy-error - The policy has problems. `detail: {topic, errors: [{path, message}], fatal}`.
 * @fires kw-open - The panel opened. `detail: {topic}`.
 * @fires kw-close - The panel closed. `detail: {topic}`.
 * @fires kw-channel-select - The customer picked a channel. `detail: {topic, channel, open, urgency}`: whether it was open then, and the urgency chosen ("now", "today", "no-rush") or null.
 * @fires kw-chat-start - A chat channel with `"start": "event"` was picked: open your own chat tool. `detail: {topic, channel, context}`.
 * @fires kw-faq-suggest - FAQ suggestions were shown for what the customer typed. `detail: {topic, query, results: [{id, score}], source, words}`, best first; `source` "search" (the search box) or "email" (the message being written); `words` the FAQ's own words the search box's query matched.
 * @fires kw-faq-open - The customer opened an FAQ answer. `detail: {topic, id, query, source}`.
 * @fires kw-faq-deflect - The customer said the answer solved it; nothing was sent. `detail: {topic, id, query, source}`.
 * @fires kw-feedback - "Was this helpful?" was answered. `detail: {topic, target, helpful}`.
 * @fires kw-email-sent - The endpoint confirmed receipt of an email or call-back request. `detail: {topic, reference, kind}`, `kind` "email" or "callback".
 * @fires kw-email-queued - It could not be sent now; it is kept and retried. `detail: {topic, reference, reason, kind}`.
 * @fires kw-email-expired - A kept message was given up and will not be sent: its lifetime or its attempts ran out ("lifetime", "attempts"), or its endpoint is no longer the policy's or allowed ("endpoint"). The visitor is shown it as not sent, with the mailto: way. `detail: {topic, reference, reason, kind}`.
 *
 * @csspart launcher - The floating button that opens the panel (not shown with `trigger`).
 * @csspart panel - The panel with notices, tasks and channels.
 * @csspart close-button - The panel's close button.
 * @csspart notice - One service notice.
 * @csspart notice-info - A notice of level "info", beside `notice`: `::part()` takes no attribute selectors, so the state is a part name of its own.
 * @csspart notice-warning - A notice of level "warning", beside `notice`.
 * @csspart notice-critical - A notice of level "critical", beside `notice`.
 * @csspart task - One self-service task link.
 * @csspart urgency - The "how urgent is it?" row above the channels.
 * @csspart channel - One channel's link or button.
 * @csspart channel-open - A channel that is open now, beside `channel`.
 * @csspart channel-closed - A channel that is closed now, beside `channel`.
 * @csspart recommended - The "recommended" badge on the channel to try first, with its reason.
 * @csspart channel-status - A channel's open/closed status.
 * @csspart search - The FAQ search field.
 * @csspart suggestion - One suggested FAQ answer.
 * @csspart answer - A full FAQ answer.
 * @csspart email-form - The email form.
 * @csspart nudge - The suggestion of a faster channel above the email form.
 * @csspart callback-form - The call-back request form.
 * @csspart send-button - The email form's send button.
 * @csspart receipt - The confirmation after sending, with the reference.
 * @csspart reference - The visit reference at the foot of the panel.
 * @csspart unavailable - The way forward shown when part of the widget cannot load: the site's fallback or the policy's own links, and "Try again".
 * @csspart fallback - The wrapper of the fallback content.
 *
 * @cssproperty [--kw-brand=#0b5cad] - Brand colour: launcher, icons, links.
 * @cssproperty [--kw-on-brand=#ffffff] - Text on the brand colour.
 * @cssproperty [--kw-on-brand-dark] - Text on the brand colour in dark mode (defaults to --kw-on-brand: set the two dark ones as a pair).
 * @cssproperty [--kw-brand-dark] - Brand colour in dark mode (defaults to --kw-brand on the launcher and buttons, and to --kw-brand lightened for links and icons on the dark panel).
 * @cssproperty [--kw-surface=#ffffff] - Panel background.
 * @cssproperty [--kw-surface-dark] - Panel background in dark mode.
 * @cssproperty [--kw-surface-alt=#f3f5f8] - Background of icons, notices and hovered items.
 * @cssproperty [--kw-surface-alt-dark] - Background of icons, notices and hovered items in dark mode.
 * @cssproperty [--kw-text=#1a1f29] - Main text colour.
 * @cssproperty [--kw-text-dark] - Main text colour in dark mode.
 * @cssproperty [--kw-muted=#505a6b] - Secondary text colour.
 * @cssproperty [--kw-muted-dark] - Secondary text colour in dark mode.
 * @cssproperty [--kw-border=#d6dbe3] - Border colour.
 * @cssproperty [--kw-border-dark] - Border colour in dark mode.
 * @cssproperty [--kw-open=#0f7a3a] - Colour of "open now".
 * @cssproperty [--kw-open-dark] - Colour of "open now" in dark mode.
 * @cssproperty [--kw-closed=#8a3b12] - Colour of "closed".
 * @cssproperty [--kw-closed-dark] - Colour of "closed" in dark mode.
 * @cssproperty [--kw-focus=#1a73e8] - Focus ring colour.
 * @cssproperty [--kw-focus-dark] - Focus ring colour in dark mode.
 * @cssproperty [--kw-radius=12px] - Corner radius of the panel and cards.
 * @cssproperty [--kw-font=system-ui, sans-serif] - Font family.
 * @cssproperty [--kw-offset=20px] - Distance of the launcher from the viewport's corner.
 * @cssproperty [--kw-z-index=2147483000] - Stacking of the launcher in browsers without popovers (elsewhere the launcher and the open panel are in the top layer).
 */
export class KanaalWijzer extends KanaalWijzerSettings {
  // Parsed when Lit sets up the class (entry.ts gives that a task of its own), not while the
  // module is evaluated at the end of the host page's parsing.
  static override get styles(): CSSStyleSheet {
    return sheet(styles);
  }
  static override properties = {
    content: { state: true },
    panelMissing: { state: true },
    stage: { state: true },
  };

  /** Resolves once a policy is loaded and checked (with kw-ready); it never rejects, and waits while the policy cannot be used. */
  readonly ready = new Promise<void>((resolve) => this.addEventListener('kw-ready', () => resolve(), { once: true }));

  /** The panel's content, from its own part: built on a sign of intent, when idle, or on a click. */
  private content?: PanelController;
  private building?: Promise<void>;
  /** Why the panel's content is not here: its part failed, or (`slow`) it has kept the visitor waiting too long. */
  private panelMissing?: PartFailure | 'slow';
  private stopArrivals?: () => void;
  /**
   * How much is shown, one part per task so that none is a long task on a phone: nothing but the
   * fallback's hidden slot, then the launcher lifted into the top layer (or the inline panel), then
   * the floating panel's frame.
   */
  private stage: 'slot' | 'launcher' | 'frame' = 'slot';
  private staged?: () => void;
  private readonly staging = new Promise<void>((resolve) => (this.staged = resolve));
  /** The launcher, the panel's frame and the fallback, as plain DOM: the entry ships no template engine. */
  private shell?: Shell;

  /** Opened cold, the skeleton shows while the policy and the content load, and a way forward if that takes too long. */
  private readonly popovers = new PanelPopover(this, {
    opened: () => this.onIntent(),
    slow: () => { if (!this.content) this.panelMissing ??= 'slow'; },
  });
  private readonly policies = new PolicyController(this, {
    building: () => this.building?.then(() => this.content?.painted),
    shown: () => this.content?.view,
    wired: () => this.triggers.wired,
    applied: (policy) => {
      if (!policy) this.popovers.shown = false;
      // A message queued on an earlier page is retried now; that needs the panel's outbox.
      else if (hasPendingMessages()) void this.buildPanel();
    },
    loadInsights: () => loadPart('insights'),
  });
  private readonly triggers = new Triggers(this, () => this.loadState, () => this.onIntent());

  constructor() {
    super();
    // The widget's own kw- events are fired for its parts only (internal/emit.ts), never by a method a page script could call.
    ownEvents(this, (name, detail) => {
      const event = ownEvent(kwEvent(name, { reference: this.reference, ...detail } as KwEventMap[typeof name]));
      this.dispatchEvent(event);
      this.policies.insights?.fired(event);
    });
  }

  /** Opens the panel (launcher mode). */
  show(): void {
    this.open = true;
    // At once: a click on a trigger may have light-dismissed the panel, and its toggle event is still due.
    this.popovers.sync();
  }

  /** Closes the panel (launcher mode). */
  hide(): void {
    this.open = false;
  }

  /**
   * Forgets this visitor, for sites to call on logout: drafts, queued messages and the visit
   * reference go, in every tab of the site, and open forms are emptied. Resolves to true once
   * done, false when the widget's code for it could not be loaded (offline, say).
   */
  forget(): Promise<boolean> {
    return loadPart('forget').then((part) => part.ok && part.module.forgetEverything());
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    for (const type of ['keydown', 'keyup', 'keypress']) root.addEventListener(type, keepTypingInside);
    const { onIntent: intent, onLauncherClick: click, popovers, policies } = this;
    this.shell = new Shell(root, { intent, click, slotChange: policies.readInline, toggle: popovers.onToggle, tryAgain: intent });
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Taken out of the page, a popover leaves the top layer without a toggle event: put the launcher
    // back there, and an open panel back on screen as the visitor left it.
    if (this.hasUpdated) this.popovers.sync();
    // A part arrived (after it failed, say): what waits for one tries again.
    this.stopArrivals = onPartArrival(() => {
      if (this.panelMissing && this.building === undefined) void this.buildPanel();
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopArrivals?.();
    this.popovers.stop();
    drawsLauncher(this, false);
  }

  /**
   * The first render in a task of its own: with the module's evaluation and the element's upgrade
   * before it, one task would be long enough on a phone to make the host page stutter.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await yieldToMain();
    super.scheduleUpdate();
  }

  /** The first `updateComplete` also waits for the staged first render: updateComplete means rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.staging;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('mode') && this.mode === 'inline') void this.buildPanel();
    if (changed.has('insights')) this.policies.insights?.allow(this.insights !== 'off');
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('stage')) {
      if (this.stage === 'frame') this.staged?.();
      else void yieldToMain().then(() => (this.stage = this.stage === 'slot' ? 'launcher' : 'frame'));
    }
    // Not in the first task: lifting the launcher makes the browser work out the page's styles at once.
    if (this.stage !== 'slot' && ['open', 'mode', 'loadState', 'content', 'stage'].some((key) => changed.has(key))) this.popovers.sync();
  }

  /** Brings the shadow root up to date; the panel's content renders itself into the frame. */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const fatal = this.loadState === 'fatal';
    const shown = !fatal && this.stage !== 'slot';
    const inline = this.mode === 'inline';
    this.shell?.update({
      // French and German frame words come in their own part (loadWords), a policy's own with the panel; until then the entry's English ones.
      words: this.content?.frameWords ?? (FRAME_STRINGS as Record<string, FrameStrings | undefined>)[this.language] ?? FRAME_STRINGS.en,
      fatal,
      launcher: shown && !inline && drawsLauncher(this, !this.triggers.active && this.isConnected),
      frame: shown && inline ? 'inline' : shown && this.stage === 'frame' ? 'floating' : undefined,
      content: this.loaded ? this.content?.paint : undefined,
      way: this.wayForward,
      // The site's own fallback shows in the panel when the panel's content cannot: one slot, in one place.
      slotInPanel: !fatal && this.wayForward !== undefined && this.querySelector(':scope > :not(script)') !== null,
      links: () => this.policies.contactLinks(),
      cachedFallback: this.policies.cachedFallback(),
    });
  }

  /** Why the panel shows a way forward; it waits for the policy that names the ways, unless the visitor has waited long enough. */
  private get wayForward(): PartFailure | 'slow' | undefined {
    const missing = this.content && this.loaded ? undefined : this.panelMissing;
    return missing === 'slow' || this.loaded ? missing : undefined;
  }

  /**
   * The language the widget speaks, read-only: `lang` if the widget has its words (built in, or in
   * the policy's `words`), otherwise the nearest `lang` on the page, otherwise the policy's `locale`,
   * otherwise English.
   */
  get language(): UiLanguage {
    const page = this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return chooseLanguage(this.loaded?.words, this.lang, page, this.loaded?.locale);
  }

  /** @internal The panel frame: one place to show, hide or position it. */
  get panelElement(): HTMLElement | undefined { return this.shell?.panel; }

  /** @internal */
  get launcher(): HTMLButtonElement | undefined { return this.shell?.launcher; }

  /** @internal The page's element the panel was opened from (`trigger`). */
  get triggerReference(): HTMLElement | undefined { return this.triggers.reference; }

  /** @internal Whether the page's own elements open the panel. */
  get triggersActive(): boolean { return this.triggers.active; }

  /** @internal The validated policy; the panel reads it. */
  get loaded(): Policy | undefined { return this.policies.policy; }

  /** @internal */
  get loadState(): LoadState { return this.policies.state; }

  /** @internal The topic id of this page, once the policy is in. */
  get topicId(): string | null { return this.policies.topicId; }

  /** @internal Which policy this widget shows: its address, or "inline"; keys everything stored for it. */
  get policyKey(): string { return this.policies.key; }

  /** @internal This tab's visit reference, read when first needed rather than on load. */
  get reference(): string { return visitReference(); }

  /** A click in the task between the launcher's render and its panel's: the panel opens once it is there. */
  private readonly onLauncherClick = (): void => {
    if (!this.panelElement) this.show();
  };

  /**
   * A sign of intent (or "try again"): what failed is tried again, and the policy, its validator
   * and the panel all start at once, so a cold click waits for one round trip, not three.
   */
  private readonly onIntent = (): void => {
    retryParts();
    void loadPart('validate');
    this.policies.loadNow();
    void this.buildPanel();
  };

  /** Loads and builds the panel's content once; the launcher alone costs nothing more. */
  private buildPanel(): Promise<void> {
    loadWords(this.language, () => this.requestUpdate());
    this.building ??= loadPart('panel').then(async (part) => {
      if (!part.ok) {
        // The skeleton gives way to the site's fallback or the policy's own links; the loader tries again.
        this.building = undefined;
        this.panelMissing = part.reason;
        return;
      }
      await this.policies.formatting();
      this.content = new part.module.PanelController(this, PANEL_PARTS);
      this.panelMissing = undefined;
    });
    return this.building;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kanaal-wijzer': KanaalWijzer;
  }
}
