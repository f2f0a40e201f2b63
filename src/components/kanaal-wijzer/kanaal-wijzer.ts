import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { kwEvent, type KwEventMap, type KwEventName } from '../../events.js';
import { chooseLanguage, localize, type UiLanguage } from '../../i18n/language.js';
import { keepTypingInside } from '../../internal/keep-typing-inside.js';
import { visitReference } from '../../internal/reference.js';
import { whenIdle } from '../../internal/when-idle.js';
import type { Policy } from '../../policy/schema.js';
import type { ValidationResult } from '../../policy/validate.js';
import { CHAT, CLOSE, svgIcon } from './frame-icons.js';
import { styles } from './kanaal-wijzer.styles.js';
import { hasPendingMessages } from './pending.js';
import type { PanelController } from './panel.js';
import type { PolicySource } from './policy-loader.js';
import { FRAME_STRINGS, type FrameStrings } from '../../i18n/frame-strings.js';
import { wireTriggers } from './panel-triggers.js';

type LoadState = 'loading' | 'ready' | 'fatal';
type PolicyModule = typeof import('./policy-loader.js');

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
 * @fires kw-faq-suggest - FAQ suggestions were shown for what the customer typed. `detail: {topic, query, results: [{id, score}], source}`, best first; `source` "search" (the search box) or "email" (the message being written).
 * @fires kw-faq-open - The customer opened an FAQ answer. `detail: {topic, id, query, source}`.
 * @fires kw-faq-deflect - The customer said the answer solved it; nothing was sent. `detail: {topic, id, query, source}`.
 * @fires kw-feedback - "Was this helpful?" was answered. `detail: {topic, target, helpful}`.
 * @fires kw-email-sent - The endpoint confirmed receipt of an email or call-back request. `detail: {topic, reference, kind}`, `kind` "email" or "callback".
 * @fires kw-email-queued - It could not be sent now; it is kept and retried. `detail: {topic, reference, reason, kind}`.
 *
 * @csspart launcher - The floating button that opens the panel (not shown with `trigger`).
 * @csspart panel - The panel with notices, tasks and channels.
 * @csspart close-button - The panel's close button.
 * @csspart notice - One service notice.
 * @csspart task - One self-service task link.
 * @csspart urgency - The "how urgent is it?" row above the channels.
 * @csspart channel - One channel's link or button.
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
 * @csspart fallback - The wrapper of the fallback content.
 *
 * @cssproperty [--kw-brand=#0b5cad] - Brand colour: launcher, icons, links.
 * @cssproperty [--kw-on-brand=#ffffff] - Text on the brand colour.
 * @cssproperty [--kw-on-brand-dark] - Text on the brand colour in dark mode.
 * @cssproperty [--kw-brand-dark] - Brand colour in dark mode (defaults to --kw-brand).
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
 * @cssproperty [--kw-font=system-ui] - Font family.
 * @cssproperty [--kw-offset=20px] - Distance of the launcher from the viewport's corner.
 * @cssproperty [--kw-z-index=2147483000] - Stacking of the launcher in browsers without popovers (elsewhere the launcher and the open panel are in the top layer).
 */
export class KanaalWijzer extends LitElement {
  static override styles = styles;

  /** Address of the policy JSON (resolved against the page), or the policy object itself. */
  @property({ attribute: 'policy' }) policy?: string | object;

  /** Topic id; overrides matching the page's path. */
  @property() topic: string | null = null;

  /** `nl` or `en`; otherwise the page's nearest `lang`, otherwise the policy's `locale`. */
  @property() override lang = '';

  /** `launcher`: a floating button opens the panel. `inline`: the panel sits in the page. */
  @property({ reflect: true }) mode: 'launcher' | 'inline' = 'launcher';

  /** Whether the panel is open (launcher mode). */
  @property({ type: Boolean, reflect: true }) open = false;

  /** A CSS selector list, like `#contact-button, .contact-link`: clicking (or Enter or Space on) any element of the page that matches, now or added later, opens the panel beside it, and no launcher is shown. Ignored in inline mode. */
  @property() trigger: string | null = null;

  /**
   * An ISO 8601 moment with offset, like `2026-11-29T11:00:00+01:00`: the widget shows what a
   * visitor would see then (open or closed, notices, call-back times). For previews and
   * screenshots; leave it out on a live site.
   */
  @property() now: string | null = null;

  @state() private loadState: LoadState = 'loading';
  /** @internal The validated policy; the panel reads it. */
  @state() loaded?: Policy;
  @state() private inlineSource?: string;
  /** The panel's content, from its own chunk: built on a sign of intent, when idle, or on a click. */
  @state() private content?: PanelController;
  private building?: Promise<void>;
  private policyModule?: PolicyModule;
  /** @internal */
  readonly reference = visitReference();

  /** @internal The panel frame: one place to show, hide or position it. */
  @query('#panel') readonly panelElement?: HTMLElement;
  /** @internal */ @query('.launcher') readonly launcher?: HTMLButtonElement;

  private loadAbort?: AbortController;
  /** Starts the policy load that waits for idle time, at once (a sign of intent); once only. */
  private loadNow?: () => void;
  private panelShown = false;
  /** @internal The page's elements that open the panel (`trigger`). */
  readonly triggers = wireTriggers(this, () => this.loadState, () => this.onIntent());

  /** Opens the panel (launcher mode). */
  show(): void {
    this.open = true;
    // At once: a click on a trigger may have light-dismissed the panel, and its toggle event is still due.
    this.syncPopover();
  }

  /** Closes the panel (launcher mode). */
  hide(): void {
    this.open = false;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const type of ['keydown', 'keyup', 'keypress']) root.addEventListener(type, keepTypingInside);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInlinePolicy();
    // Taken out of the page, a popover leaves the top layer: put the launcher back there.
    if (this.hasUpdated) this.liftLauncher();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.loadAbort = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('policy') || changed.has('inlineSource')) this.startLoad();
    if (changed.has('mode') && this.mode === 'inline') void this.buildPanel();
  }

  protected override firstUpdated(): void {
    if (this.source().kind !== 'none') return;
    // The parser may still be adding our children (an inline policy); judge once it is done.
    const judge = () => {
      if (this.isConnected && this.source().kind === 'none') this.startLoad();
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', judge, { once: true });
    else judge();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open') || changed.has('mode') || changed.has('loadState') || changed.has('content')) this.syncPopover();
  }

  protected override render() {
    const words = FRAME_STRINGS[this.language];
    const fatal = this.loadState === 'fatal';
    return html`
      ${fatal ? nothing : this.mode === 'inline' ? this.renderFrame(words, false) : this.renderLauncher(words)}
      <div part="fallback" ?hidden=${!fatal}>
        <slot @slotchange=${this.readInlinePolicy}></slot>
        ${fatal ? this.renderCachedFallback() : nothing}
      </div>
    `;
  }

  private renderLauncher(words: FrameStrings) {
    if (this.triggers.active) return this.renderFrame(words, true);
    return html`
      <button
        class="launcher"
        part="launcher"
        popover="manual"
        popovertarget="panel"
        aria-haspopup="dialog"
        @pointerenter=${this.onIntent}
        @focus=${this.onIntent}
        @touchstart=${{ handleEvent: this.onIntent, passive: true }}
      >
        ${svgIcon(CHAT)}<span>${words.launcher}</span>
      </button>
      ${this.renderFrame(words, true)}
    `;
  }

  /** The panel's frame: until its content is built (or the policy is in) it shows a skeleton. */
  private renderFrame(words: FrameStrings, floating: boolean) {
    const body = this.loaded ? this.content?.render() : undefined;
    return html`
      <section
        id="panel"
        part="panel"
        class="panel ${floating ? '' : 'inline'} ${body ? '' : 'loading'}"
        popover=${floating ? 'auto' : nothing}
        role=${floating ? 'dialog' : 'region'}
        aria-labelledby="title"
        aria-busy=${body ? 'false' : 'true'}
        tabindex="-1"
        @toggle=${this.onToggle}
      >
        <header>
          <div class="heading">
            <h2 id="title">${words.title}</h2>
            ${body && this.content?.topicLabel ? html`<p class="topic">${words.about}: ${this.content.topicLabel}</p>` : nothing}
          </div>
          ${floating
            ? html`<button class="close" part="close-button" aria-label=${words.close} @click=${this.hide}>${svgIcon(CLOSE)}</button>`
            : nothing}
        </header>
        <div class="body">${body ?? html`<p class="message" role="status">${words.loading}</p>`}</div>
      </section>
    `;
  }

  /** @internal */
  get language(): UiLanguage {
    const page = this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return chooseLanguage(this.lang, page, this.loaded?.locale);
  }

  /** @internal The topic id of this page, once the policy is in. */
  get topicId(): string | null {
    if (!this.loaded || !this.policyModule) return null;
    return this.policyModule.resolveTopic(this.loaded, { topic: this.topic, pathname: location.pathname })?.id ?? null;
  }

  /** @internal Which policy this widget shows: its address, or "inline"; keys everything stored for it. */
  get policyKey(): string {
    return typeof this.policy === 'string' ? this.policy : 'inline';
  }

  /** @internal Fires a kw- event; the visit reference is added unless the event carries its own. */
  emit<K extends KwEventName>(name: K, detail: Omit<KwEventMap[K], 'reference'> & { reference?: string }): void {
    this.dispatchEvent(kwEvent(name, { reference: this.reference, ...detail } as KwEventMap[K]));
  }

  private readonly onIntent = (): void => {
    this.loadNow?.();
    void this.buildPanel();
  };

  /** Loads and builds the panel's content once; the launcher alone costs nothing more. */
  private buildPanel(): Promise<void> {
    this.building ??= import('./panel.js').then(
      ({ PanelController }) => {
        this.content = new PanelController(this);
      },
      () => {
        // Offline before the chunk arrived: the skeleton stays; the next intent tries again.
        this.building = undefined;
      },
    );
    return this.building;
  }

  private renderCachedFallback() {
    if (this.querySelector(':scope > :not(script)')) return nothing;
    // The cache is read by the loader's chunk, which checks the stored address is still safe.
    const cached = this.policyModule?.readCachedFallback(this.policyKey);
    if (!cached) return nothing;
    return html`<a class="fallback-link" href=${cached.href}>${localize(cached.label, this.language, 'nl')}</a>`;
  }

  private readonly readInlinePolicy = (): void => {
    const script = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text !== this.inlineSource) this.inlineSource = text;
  };

  private source(): PolicySource {
    if (typeof this.policy === 'string' && this.policy.trim() !== '') return { kind: 'url', url: this.policy };
    if (this.policy && typeof this.policy === 'object') return { kind: 'object', value: this.policy };
    if (this.inlineSource !== undefined) return { kind: 'inline', text: this.inlineSource };
    return { kind: 'none' };
  }

  /**
   * In launcher mode the policy loads when the page is idle (or at once on a sign of intent, which
   * builds the panel): nothing but the button competes with the host page while it loads.
   */
  private startLoad(): void {
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    const source = this.source();
    // The inline script may still be on its way from the parser; wait for slotchange before giving up.
    if (source.kind === 'none' && !this.hasUpdated) return;
    this.loadState = 'loading';
    let started = false;
    const load = async () => {
      if (started || abort.signal.aborted) return;
      started = true;
      try {
        this.policyModule ??= await import('./policy-loader.js');
      } catch {
        if (!abort.signal.aborted) this.applyResult({ errors: [{ path: '', message: 'could not load the policy checker' }], fatal: true });
        return;
      }
      const result = await this.policyModule.loadPolicy(source, abort.signal);
      if (result && !abort.signal.aborted) this.applyResult(result);
    };
    this.loadNow = () => void load();
    if (this.mode === 'inline' || this.content || this.open) void load();
    else whenIdle(this.loadNow);
  }

  private applyResult(result: ValidationResult): void {
    if (result.fatal || !result.policy) {
      this.panelShown = false;
      this.loaded = undefined;
      this.loadState = 'fatal';
      this.policyModule?.reportToConsole(result);
      this.emit('kw-policy-error', { topic: this.topic, errors: result.errors, fatal: true });
      return;
    }
    const policy = result.policy;
    this.loaded = policy;
    this.loadState = 'ready';
    // Only a policy that asks for insights loads their code; without it nothing is sent anywhere.
    const insights = policy.insights;
    if (insights) void import('../../insights/insights.js').then((m) => m.startInsights(this, insights), () => undefined);
    this.policyModule?.writeCachedFallback(this.policyKey, policy.fallback);
    if (result.errors.length > 0) {
      this.policyModule?.reportToConsole(result);
      this.emit('kw-policy-error', { topic: this.topicId, errors: result.errors, fatal: false });
    }
    // A message queued on an earlier page is retried now; that needs the panel's outbox.
    if (hasPendingMessages()) void this.buildPanel();
    void this.announceReady(policy);
  }

  /** kw-ready names the channels in the order the panel shows (or will show) them. */
  private async announceReady(policy: Policy): Promise<void> {
    if (this.building) await this.building;
    await this.updateComplete;
    await this.content?.painted;
    if (this.loaded !== policy || !this.policyModule) return;
    const channels = (this.content?.view ?? this.policyModule.viewOf(this, policy)).channels.map((channel) => channel.id);
    this.emit('kw-ready', { topic: this.topicId, channels });
  }

  /**
   * The launcher lives in the top layer (a manual popover), where no ancestor of the host page can
   * trap it: not a transform, filter, contain or overflow that would make position: fixed relative
   * to a small box, nor a z-index war.
   */
  private liftLauncher(): void {
    try {
      if (this.launcher?.isConnected && !this.launcher.matches(':popover-open')) this.launcher.showPopover();
    } catch {
      // No popover support, or not in a document yet: it stays position: fixed in the page.
    }
  }

  private syncPopover(): void {
    this.liftLauncher();
    const panel = this.panelElement;
    if (this.mode !== 'launcher' || !panel || typeof panel.showPopover !== 'function') return;
    const isOpen = panel.matches(':popover-open');
    try {
      if (this.open && !isOpen) panel.showPopover();
      // Only after its toggle event: an update landing between a click's showPopover and that
      // event would otherwise close the panel the customer just opened.
      if (!this.open && isOpen && this.panelShown) panel.hidePopover();
    } catch {
      // A panel that is not connected cannot be shown; the next update tries again.
    }
  }

  private readonly onToggle = (event: Event): void => {
    const nowOpen = (event as ToggleEvent).newState === 'open';
    if (nowOpen === this.panelShown) return;
    this.panelShown = nowOpen;
    this.open = nowOpen;
    if (nowOpen) {
      // A cold click: the skeleton is showing; the policy and the content follow.
      this.loadNow?.();
      void this.buildPanel();
      this.panelElement?.focus();
      this.emit('kw-open', { topic: this.topicId });
    } else {
      const focusWasInside = this.shadowRoot?.activeElement && this.panelElement?.contains(this.shadowRoot.activeElement);
      if (focusWasInside || document.activeElement === document.body || document.activeElement === this) (this.triggers.reference ?? this.launcher)?.focus();
      this.emit('kw-close', { topic: this.topicId });
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kanaal-wijzer': KanaalWijzer;
  }
}
