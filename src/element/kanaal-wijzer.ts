import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { kwEvent, type KwEventMap, type KwEventName, type MessageKind } from '../events.js';
import { URGENCIES, type Urgency } from '../policy/ranking.js';
import { visitReference } from '../reference.js';
import { LiveWaitController } from './live-wait-controller.js';
import { chooseLanguage, localize, type UiLanguage } from '../i18n/text.js';
import { safeHref } from '../policy/checks.js';
import type { Channel, LocalText, Policy, Topic } from '../policy/schema.js';
import { resolveTopic } from '../policy/topics.js';
import type { ValidationResult } from '../policy/validate.js';
import { ClockController } from './clock-controller.js';
import { mailtoHref } from '../outbox/mailto.js';
import type { OutboxMessage, SendOutcome } from '../outbox/outbox.js';
import { formatClock, formatReply } from '../i18n/format.js';
import { visitorTimeZone } from '../time/zoned.js';
import type { CallbackDraft, MailtoOffer, SendState } from './email-views.js';
import type { SlotOption } from './callback.js';
import type { Draft, DraftField, FieldErrors } from './faq-views.js';
import { OutboxController } from './outbox-controller.js';
import type { SelfServiceStrings } from './self-service-strings.js';
import { icon } from './icons.js';
import { styles } from './kanaal-wijzer.styles.js';
import { loadPolicy, type PolicySource } from './policy-source.js';
import { SearchController, type QuerySource } from './search-controller.js';
import { STRINGS, type Strings } from './strings.js';
import { buildPanel, type ChannelView, type PanelView } from './view-model.js';

type LoadState = 'loading' | 'ready' | 'fatal';
type PanelMode = 'home' | 'email' | 'answer' | 'thanks' | 'receipt' | 'callback';
type SelfService = typeof import('./self-service.js');

const EMPTY_DRAFT: Draft = { email: '', name: '', subject: '', message: '' };
const EMPTY_CALLBACK: CallbackDraft = { phone: '', name: '', slot: '', note: '' };

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The character counter appears from this share of the endpoint's limit on. */
const COUNTER_FROM = 0.8;

const FALLBACK_KEY = 'kanaalwijzer:fallback:';

/**
 * Shows how to reach you about this page's topic: every contact channel with whether it is open
 * now, the expected wait or reply time and what it costs, after the topic's self-service tasks
 * and any service notices. Everything comes from one JSON channel policy.
 *
 * @summary The right contact channel for this page, with wait time, cost and opening hours.
 *
 * @slot - Fallback content (for example a link to your contact page), shown only when the policy cannot be used.
 *
 * @fires kw-ready - The policy is loaded and validated. `detail: {topic, channels}` with channel ids in shown order.
 * @fires kw-policy-error - The policy has problems. `detail: {topic, errors: [{path, message}], fatal}`.
 * @fires kw-open - The panel opened. `detail: {topic}`.
 * @fires kw-close - The panel closed. `detail: {topic}`.
 * @fires kw-channel-select - The customer picked a channel. `detail: {topic, channel}`.
 * @fires kw-chat-start - A chat channel with `"start": "event"` was picked: open your own chat tool. `detail: {topic, channel, context}`.
 * @fires kw-faq-suggest - FAQ suggestions were shown for what the customer typed. `detail: {topic, query, results: [{id, score}]}`, best first.
 * @fires kw-faq-open - The customer opened an FAQ answer. `detail: {topic, id, query}`.
 * @fires kw-faq-deflect - The customer said the answer solved it; nothing was sent. `detail: {topic, id, query}`.
 * @fires kw-feedback - "Was this helpful?" was answered. `detail: {topic, target, helpful}`.
 * @fires kw-email-sent - The endpoint confirmed receipt of an email or call-back request. `detail: {topic, reference, kind}`, `kind` "email" or "callback".
 * @fires kw-email-queued - It could not be sent now; it is kept and retried. `detail: {topic, reference, reason, kind}`.
 *
 * @csspart launcher - The floating button that opens the panel.
 * @csspart panel - The panel with notices, tasks and channels.
 * @csspart close-button - The panel's close button.
 * @csspart notice - One service notice.
 * @csspart task - One self-service task link.
 * @csspart channel - One channel's link or button.
 * @csspart channel-status - A channel's open/closed status.
 * @csspart search - The FAQ search field.
 * @csspart suggestion - One suggested FAQ answer.
 * @csspart answer - A full FAQ answer.
 * @csspart email-form - The email form.
 * @csspart send-button - The email form's send button.
 * @csspart receipt - The confirmation after sending, with the reference.
 * @csspart fallback - The wrapper of the fallback content.
 *
 * @cssproperty [--kw-brand=#0b5cad] - Brand colour: launcher, icons, links.
 * @cssproperty [--kw-on-brand=#ffffff] - Text on the brand colour.
 * @cssproperty [--kw-brand-dark] - Brand colour in dark mode (defaults to --kw-brand).
 * @cssproperty [--kw-surface=#ffffff] - Panel background.
 * @cssproperty [--kw-surface-alt=#f3f5f8] - Background of icons, notices and hovered items.
 * @cssproperty [--kw-text=#1a1f29] - Main text colour.
 * @cssproperty [--kw-muted=#505a6b] - Secondary text colour.
 * @cssproperty [--kw-border=#d6dbe3] - Border colour.
 * @cssproperty [--kw-open=#0f7a3a] - Colour of "open now".
 * @cssproperty [--kw-closed=#8a3b12] - Colour of "closed".
 * @cssproperty [--kw-focus=#1a73e8] - Focus ring colour.
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

  /**
   * An ISO 8601 moment with offset, like `2026-11-29T11:00:00+01:00`: the widget shows what a
   * visitor would see then (open or closed, notices, call-back times). For previews and
   * screenshots; leave it out on a live site.
   */
  @property() now: string | null = null;

  @state() private loadState: LoadState = 'loading';
  @state() private loaded?: Policy;
  @state() private inlineSource?: string;
  @state() private panelMode: PanelMode = 'home';
  @state() private answerId?: string;
  @state() private answerFrom: QuerySource = 'search';
  @state() private draft: Draft = EMPTY_DRAFT;
  @state() private sendState?: SendState;
  @state() private copied = false;
  /** The self-service views, loaded when the panel first opens or the page is idle. */
  @state() private selfService?: SelfService;
  private loadingSelfService?: Promise<void>;
  @state() private urgency?: Urgency;
  @state() private callbackChannelId?: string;
  @state() private callbackDraft: CallbackDraft = EMPTY_CALLBACK;
  @state() private callbackErrors: Partial<Record<keyof CallbackDraft, string>> = {};
  @state() private needRecord = false;
  /** The channel this visitor picked on an earlier visit: it moves up, until they forget it. */
  @state() private preferred?: string;
  private readonly reference = visitReference();
  @state() private fieldErrors: FieldErrors = {};
  @state() private emailChannelId?: string;
  @state() private feedbackGiven = new Set<string>();

  @query('#panel') private panel?: HTMLElement;
  @query('.launcher') private launcher?: HTMLButtonElement;

  private readonly clock = new ClockController(this);
  private readonly search = new SearchController(
    this,
    () => ({ ...(this.loaded && { policy: this.loaded }), lang: this.language, topic: this.topicId }),
    ({ source, query, results }) => {
      if (source === 'email') for (const result of results) this.shownFaq.add(result.id);
      this.emit('kw-faq-suggest', { topic: this.topicId, query, results });
    },
  );
  private readonly outboxes = new OutboxController(this, (outcome) => this.onRetried(outcome));
  /** FAQ entries suggested while this email was written; they travel with it. */
  private shownFaq = new Set<string>();
  private readonly live = new LiveWaitController(
    this,
    () => this.loaded?.live,
    () => this.loadState === 'ready' && (this.mode === 'inline' || this.open),
  );
  /** Where focus goes after the next render, when the panel changes what it shows. */
  private focusAfterRender?: string;
  private viewChanged = false;
  private loadAbort?: AbortController;
  private panelShown = false;
  private keyboardOff?: () => void;
  private view?: PanelView;

  /** Opens the panel (launcher mode). */
  show(): void {
    this.open = true;
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
    // Taking the element out of the page closed the launcher's popover; putting it back reopens it.
    if (this.hasUpdated) this.liftLauncher();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    this.stopKeyboard();
  }

  private stopKeyboard(): void {
    this.keyboardOff?.();
    this.keyboardOff = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('now')) {
      const pinned = this.now ? Date.parse(this.now) : NaN;
      this.clock.pin(Number.isFinite(pinned) ? pinned : undefined);
    }
    if (changed.has('policy') || changed.has('inlineSource')) this.startLoad();
    this.view = this.loaded ? this.buildView(this.loaded) : undefined;
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
    this.clock.wakeAt(this.view?.refreshAt);
    // A new view starts at its top, back link included, whatever the last one was scrolled to.
    if (this.viewChanged && this.panel) this.panel.scrollTop = 0;
    if (this.focusAfterRender) {
      this.shadowRoot?.querySelector<HTMLElement>(this.focusAfterRender)?.focus({ preventScroll: this.viewChanged });
      this.focusAfterRender = undefined;
    }
    this.viewChanged = false;
    // The bottom sheet follows an on-screen keyboard (keyboard.ts) while open, once self-service is in.
    if (this.panelShown && this.panel) this.keyboardOff ??= this.selfService?.followKeyboard(this.panel, this.renderRoot as ShadowRoot);
    if (changed.has('open') || changed.has('mode') || changed.has('loadState')) {
      this.syncPopover();
      this.live.sync();
    }
  }

  protected override render() {
    const words = STRINGS[this.language];
    const fatal = this.loadState === 'fatal';
    return html`
      ${fatal ? nothing : this.mode === 'inline' ? this.renderPanel(words, false) : this.renderLauncher(words)}
      <div part="fallback" ?hidden=${!fatal}>
        <slot @slotchange=${this.readInlinePolicy}></slot>
        ${fatal ? this.renderCachedFallback() : nothing}
      </div>
    `;
  }

  private renderLauncher(words: Strings) {
    return html`
      <button class="launcher" part="launcher" popover="manual" popovertarget="panel" aria-haspopup="dialog">${icon('chat')}<span>${words.launcher}</span></button>
      ${this.renderPanel(words, true)}
    `;
  }

  private renderPanel(words: Strings, floating: boolean) {
    const view = this.view;
    return html`
      <section
        id="panel"
        part="panel"
        class="panel ${floating ? '' : 'inline'} ${view ? '' : 'loading'}"
        popover=${floating ? 'auto' : nothing}
        role=${floating ? 'dialog' : 'region'}
        aria-labelledby="title"
        aria-busy=${view ? 'false' : 'true'}
        tabindex="-1"
        @toggle=${this.onToggle}
      >
        <header>
          <div class="heading">
            <h2 id="title">${words.title}</h2>
            ${view?.topicLabel ? html`<p class="topic">${words.about}: ${view.topicLabel}</p>` : nothing}
          </div>
          ${floating
            ? html`<button class="close" part="close-button" aria-label=${words.close} @click=${this.hide}>${icon('close')}</button>`
            : nothing}
        </header>
        <div class="body">
          ${view ? this.renderMode(view, words) : html`<p class="message" role="status">${words.loading}</p>`}
          <p class="visually-hidden" role="status">${this.announcement()}</p>
          ${view ? html`<p class="visit-reference" part="reference">${words.yourReference}: <strong>${this.reference}</strong></p>` : nothing}
        </div>
      </section>
    `;
  }

  private renderMode(view: PanelView, words: Strings) {
    const ss = this.selfService;
    if (!ss) return this.panelMode === 'home' ? this.renderHome(view, words) : html`<p class="message">${words.loading}</p>`;
    const ssWords = ss.SELF_SERVICE_STRINGS[this.language];
    switch (this.panelMode) {
      case 'email':
        return this.renderEmail(ss, ssWords);
      case 'answer': {
        const entry = this.answerId ? this.search.entry(this.answerId) : undefined;
        if (!entry) return this.renderHome(view, words);
        const id = entry.id;
        return html`${this.backButton(ssWords, this.answerFrom === 'email' ? 'email' : 'home')}
        ${ss.answer({
          words: ssWords,
          entry,
          fromEmail: this.answerFrom === 'email',
          feedbackGiven: this.feedbackGiven.has(id),
          onAnswered: () => this.deflect(id),
          onContinue: () => this.showMode(this.answerFrom === 'email' ? 'email' : 'home'),
          onFeedback: (helpful) => this.feedback(id, helpful),
        })}`;
      }
      case 'thanks':
        return ss.thanks({ words: ssWords, onBack: () => this.showMode('home') });
      case 'callback':
        return this.renderCallback(ss, ssWords);
      case 'receipt': {
        const state = this.sendState;
        if (state?.kind !== 'sent' && state?.kind !== 'queued') return this.renderHome(view, words);
        const reply = this.emailChannel?.reply;
        return ss.receipt({
          words: ssWords,
          state,
          time: formatClock(state.at, visitorTimeZone() ?? 'UTC'),
          ...(reply && { reply: formatReply(reply.hours, this.language) }),
          persistent: this.outboxes.persistent,
          copied: this.copied,
          onCopy: () => void this.copy(state.text),
          onDownload: () => this.download(state.text, state.reference),
          onBack: () => this.showMode('home'),
        });
      }
      default:
        return this.renderHome(view, words);
    }
  }

  private backButton(words: SelfServiceStrings, to: PanelMode) {
    return html`<button type="button" class="back" @click=${() => this.showMode(to)}>‹ ${words.back}</button>`;
  }

  private renderEmail(ss: SelfService, words: SelfServiceStrings) {
    const maxChars = this.emailChannel?.email?.maxChars;
    const length = this.draft.message.length;
    const format = (n: number) => new Intl.NumberFormat(this.language).format(n);
    const state = this.sendState;
    const offer = state?.kind === 'mailto' ? state.offer : state?.kind === 'rejected' ? state.mailto : undefined;
    const nudge = this.nudgeTarget();
    return html`${this.backButton(words, 'home')}
      <h3 id="email-title" tabindex="-1">${words.emailTitle}</h3>
      ${nudge ? this.renderNudge(nudge) : nothing}
      ${state?.kind === 'rejected'
        ? html`<div class="notice" data-level="critical" role="alert">
            <div><strong>${words.rejectedTitle}</strong><p>${words.rejectedText(state.problem)}</p></div>
          </div>`
        : nothing}
      ${offer ? ss.mailtoBlock({ words, offer, copied: this.copied, onCopy: () => void this.copy(this.messageText()), onDone: () => void this.clearDraft() }) : nothing}
      ${ss.emailForm({
        words,
        draft: this.draft,
        errors: this.fieldErrors,
        suggestions: this.search.suggestions.email,
        ...(maxChars !== undefined && length >= maxChars * COUNTER_FROM && { counterText: words.counter(format(length), format(maxChars)) }),
        onInput: this.onDraftInput,
        onOpen: (id) => this.openAnswer(id, 'email'),
        onSubmit: this.onSubmit,
        sending: state?.kind === 'sending',
      })}
      <p class="draft-note">
        ${this.outboxes.persistent ? words.draftSaved : words.draftNotSaved}
        ${this.hasDraft ? html`<button type="button" class="link-button" @click=${() => void this.clearDraft()}>${words.discard}</button>` : nothing}
      </p>`;
  }

  private renderHome(view: PanelView, words: Strings) {
    return html`
      ${view.notices.length
        ? html`<div class="notices">
            ${view.notices.map(
              (notice) => html`
                <div class="notice" part="notice" data-level=${notice.level} role=${notice.level === 'info' ? 'note' : 'alert'}>
                  ${icon(notice.level === 'info' ? 'info' : 'warning')}
                  <div>
                    <strong>${notice.levelLabel}</strong>
                    <p>${notice.text}</p>
                    ${notice.link ? html`<a href=${notice.link.href}>${notice.link.label}</a>` : nothing}
                  </div>
                </div>
              `,
            )}
          </div>`
        : nothing}
      ${this.hasFaq && this.selfService
        ? this.selfService.searchBox({
            words: this.selfService.SELF_SERVICE_STRINGS[this.language],
            query: this.search.queries.search,
            suggestions: this.search.suggestions.search,
            onFocus: () => void this.search.prepare(),
            onInput: (text) => this.search.update('search', text),
            onOpen: (id) => this.openAnswer(id, 'search'),
          })
        : nothing}
      ${view.tasks.length
        ? html`<h3 id="tasks-heading">${words.selfService}</h3>
            <ul class="tasks" aria-labelledby="tasks-heading">
              ${view.tasks.map((task) => html`<li><a part="task" href=${task.href}>${icon('task')}${task.label}</a></li>`)}
            </ul>`
        : nothing}
      <h3 id="channels-heading">${words.channels}</h3>
      ${view.channels.length > 1 ? this.renderUrgency(words) : nothing}
      ${this.preferred && view.channels.some((channel) => channel.id === this.preferred)
        ? html`<p class="remembered">
            ${words.remembered}
            <button type="button" class="link-button" @click=${this.forgetPreference}>${words.forget}</button>
          </p>`
        : nothing}
      <ul class="channels" aria-labelledby="channels-heading">
        ${view.channels.map((channel) => html`<li data-open=${String(channel.open)}>${this.renderChannel(channel, words)}</li>`)}
      </ul>
    `;
  }

  /** A faster real-time channel that is open now, to suggest (not impose) at the email moment. */
  private nudgeTarget(): ChannelView | undefined {
    if (this.loaded?.nudge === false || this.emailChannel?.nudge === false) return undefined;
    const candidates = (this.view?.channels ?? []).filter((channel) => channel.realTime && channel.open && channel.nudge && channel.id !== this.emailChannelId);
    return candidates.sort((a, b) => (a.waitMinutes ?? Infinity) - (b.waitMinutes ?? Infinity))[0];
  }

  private renderNudge(channel: ChannelView) {
    const words = STRINGS[this.language];
    const facts = [channel.label, channel.waitMinutes !== undefined ? words.waitNow(Math.round(channel.waitMinutes)) : '', channel.cost ?? ''].filter(Boolean).join(' · ');
    return html`<p class="nudge" part="nudge">
      ${icon(channel.type)}<span><strong>${words.nudgeQuestion}</strong> ${this.channelAction(channel, facts, { buttonClass: 'link-button' })}</span>
    </p>`;
  }

  private renderUrgency(words: Strings) {
    return html`<fieldset class="urgency" part="urgency">
      <legend>${words.urgencyQuestion}</legend>
      <div class="choices">
        ${URGENCIES.map(
          (urgency) => html`<label class="choice">
            <input type="radio" name="urgency" value=${urgency} .checked=${this.urgency === urgency} @change=${() => (this.urgency = urgency)} />
            <span>${words.urgency[urgency]}</span>
          </label>`,
        )}
      </div>
      <label class="choice record">
        <input type="checkbox" .checked=${this.needRecord} @change=${(event: Event) => (this.needRecord = (event.target as HTMLInputElement).checked)} />
        <span>${words.record}</span>
      </label>
    </fieldset>`;
  }

  private renderChannel(channel: ChannelView, words: Strings) {
    const content = html`
      <span class="channel-icon">${icon(channel.type)}</span>
      <span class="channel-main">
        ${channel.recommended
          ? html`<span class="recommended" part="recommended">${words.recommended}${channel.reason ? html`<span class="reason"> · ${channel.reason}</span>` : nothing}</span>`
          : nothing}
        <span class="channel-label">${channel.label}</span>
        ${channel.phoneNumber ? html`<span class="channel-number">${channel.phoneNumber}</span>` : nothing}
        ${channel.description ? html`<span class="channel-description">${channel.description}</span>` : nothing}
        ${channel.address ? html`<span class="channel-detail">${channel.address}</span>` : nothing}
        <span class="status" part="channel-status">${channel.status}</span>
        ${channel.wait || channel.cost
          ? html`<span class="channel-detail"
              >${channel.live ? html`<span class="live" title=${words.liveLabel}>${words.live}</span> ` : nothing}${[channel.wait, channel.cost]
                .filter(Boolean)
                .join(' · ')}</span
            >`
          : nothing}
        ${channel.external ? html`<span class="visually-hidden">${words.opensInNewTab}</span>` : nothing}
      </span>
    `;
    return this.channelAction(channel, content, { card: true, linkClass: 'channel-action', buttonClass: 'channel-action' });
  }

  /**
   * What picking a channel does, wherever it is offered: follow its link (a new tab when it leaves
   * the site) or press a button; either way through selectChannel, so the events always fire.
   */
  private channelAction(channel: ChannelView, content: unknown, look: { card?: boolean; linkClass?: string; buttonClass: string }) {
    const select = () => this.selectChannel(channel);
    const part = look.card ? 'channel' : undefined;
    const id = look.card ? channel.id : undefined;
    if (channel.action === 'link' && channel.href) {
      return html`<a
        class=${ifDefined(look.linkClass)}
        part=${ifDefined(part)}
        data-channel=${ifDefined(id)}
        href=${channel.href}
        target=${channel.external ? '_blank' : nothing}
        rel=${channel.external ? 'noopener noreferrer' : nothing}
        @click=${select}
        >${content}</a
      >`;
    }
    return html`<button class=${look.buttonClass} part=${ifDefined(part)} data-channel=${ifDefined(id)} type="button" @click=${select}>${content}</button>`;
  }

  private get hasFaq(): boolean {
    const faq = this.loaded?.faq;
    return typeof faq === 'string' || (Array.isArray(faq) && faq.length > 0);
  }

  private announcement(): string {
    const words = this.selfService?.SELF_SERVICE_STRINGS[this.language];
    if (!words) return '';
    const source: QuerySource | undefined = this.panelMode === 'home' ? 'search' : this.panelMode === 'email' ? 'email' : undefined;
    if (!source || !this.search.queries[source].trim()) return '';
    const count = this.search.suggestions[source].length;
    return count > 0 ? words.found(count) : source === 'search' ? words.noneFound : '';
  }

  private showMode(mode: PanelMode): void {
    this.panelMode = mode;
    this.viewChanged = true;
    this.focusAfterRender = {
      home: '#faq-search',
      email: '#email-title',
      answer: '#answer-title',
      thanks: '.thanks h3',
      receipt: '#receipt-title',
      callback: '#callback-title',
    }[mode];
  }

  private loadSelfService(): Promise<void> {
    this.loadingSelfService ??= import('./self-service.js').then(
      (module) => {
        const root = this.shadowRoot;
        const sheet = module.selfServiceStyles.styleSheet;
        if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.selfService = module;
      },
      () => {
        // Offline before the chunk arrived: the channels still work; try again on next open.
        this.loadingSelfService = undefined;
      },
    );
    return this.loadingSelfService;
  }

  private openEmail(channelId: string): void {
    this.emailChannelId = channelId;
    void this.search.prepare();
    this.showMode('email');
  }

  private openAnswer(id: string, from: QuerySource): void {
    this.answerId = id;
    this.answerFrom = from;
    this.showMode('answer');
    this.emit('kw-faq-open', { topic: this.topicId, id, query: this.search.queries[from] });
  }

  private deflect(id: string): void {
    this.emit('kw-faq-deflect', { topic: this.topicId, id, query: this.search.queries[this.answerFrom] });
    this.showMode('thanks');
  }

  private feedback(id: string, helpful: boolean): void {
    this.feedbackGiven = new Set(this.feedbackGiven).add(id);
    this.emit('kw-feedback', { topic: this.topicId, target: id, helpful });
  }

  private readonly onDraftInput = (field: DraftField, value: string): void => {
    this.draft = { ...this.draft, [field]: value };
    this.outboxes.saveDraftSoon(this.draftKey, this.draft);
    if (this.fieldErrors[field]) this.fieldErrors = { ...this.fieldErrors, [field]: undefined };
    if (field === 'subject' || field === 'message') this.search.update('email', [this.draft.subject, this.draft.message].filter(Boolean).join('\n'));
  };

  private validateDraft(words: SelfServiceStrings): FieldErrors {
    const errors: FieldErrors = {};
    if (!EMAIL_PATTERN.test(this.draft.email.trim())) errors.email = words.emailInvalid;
    const maxChars = this.emailChannel?.email?.maxChars;
    if (!this.draft.message.trim()) errors.message = words.messageRequired;
    else if (maxChars !== undefined && this.draft.message.length > maxChars) errors.message = words.tooLong(this.draft.message.length - maxChars);
    return errors;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!this.selfService) return;
    const errors = this.validateDraft(this.selfService.SELF_SERVICE_STRINGS[this.language]);
    this.fieldErrors = errors;
    const firstInvalid = (['email', 'message'] as const).find((field) => errors[field]);
    if (firstInvalid) {
      this.focusAfterRender = `#${firstInvalid}`;
      return;
    }
    void this.submitEmail();
  };

  private renderCallback(ss: SelfService, words: SelfServiceStrings) {
    const channel = this.callbackChannel;
    const slots = channel && this.loaded ? ss.slotOptions(channel, this.loaded, this.clock.now, this.language) : [];
    const draft = this.callbackDraft.slot || !slots[0] ? this.callbackDraft : { ...this.callbackDraft, slot: slots[0].value };
    return html`${this.backButton(words, 'home')}
      <h3 id="callback-title" tabindex="-1">${words.callbackTitle}</h3>
      ${ss.callbackForm({
        words,
        draft,
        slots,
        errors: this.callbackErrors,
        sending: this.sendState?.kind === 'sending',
        onInput: (field, value) => {
          this.callbackDraft = { ...draft, [field]: value };
          this.callbackErrors = { ...this.callbackErrors, [field]: undefined };
        },
        onSubmit: (event) => {
          event.preventDefault();
          void this.submitCallback(ss, draft, slots, words);
        },
      })}`;
  }

  private async submitCallback(ss: SelfService, draft: CallbackDraft, slots: SlotOption[], words: SelfServiceStrings): Promise<void> {
    const slot = slots.find((option) => option.value === draft.slot);
    const errors = ss.callbackProblems(draft, slots, words);
    this.callbackErrors = errors;
    const channel = this.callbackChannel;
    if (errors.phone || errors.slot || !slot || !channel?.callback) {
      if (errors.phone) this.focusAfterRender = '#phone';
      return;
    }
    this.sendState = { kind: 'sending' };
    const outcome = await this.outboxes.submit(
      new URL(channel.callback.endpoint, document.baseURI).href,
      {
        kind: 'callback',
        channel: channel.id,
        phone: draft.phone.trim(),
        name: draft.name,
        note: draft.note,
        slot: slot.value,
        slotLabel: slot.label,
        topic: this.topicId,
        pageUrl: location.href,
        locale: this.language,
      },
      this.reference,
    );
    if (outcome.kind === 'rejected') {
      this.sendState = undefined;
      this.callbackErrors = { phone: words.rejectedText(outcome.problem) };
      return;
    }
    this.callbackDraft = EMPTY_CALLBACK;
    this.announceOutcome(outcome, [draft.phone, draft.name, draft.note].filter(Boolean).join('\n'), slot.label);
  }

  private channelById(id: string | undefined): Channel | undefined {
    return this.loaded?.channels.find((channel) => channel.id === id);
  }

  private get emailChannel(): Channel | undefined {
    return this.channelById(this.emailChannelId);
  }

  private get callbackChannel(): Channel | undefined {
    return this.channelById(this.callbackChannelId);
  }

  private get draftKey(): string {
    return `draft:${this.policyKey}:${this.topicId ?? ''}`;
  }

  private get hasDraft(): boolean {
    return Object.values(this.draft).some((value) => value.trim() !== '');
  }

  /** The message as the customer would keep it: for copying, downloading and mailto. */
  private messageText(): string {
    const { email, name, subject, message } = this.draft;
    const signature = [name, email].filter(Boolean).join(', ');
    return [subject, message, signature && `— ${signature}`].filter(Boolean).join('\n\n');
  }

  private async restoreDraft(): Promise<void> {
    const saved = await this.outboxes.read<Partial<Draft>>(this.draftKey);
    if (!saved || typeof saved !== 'object' || this.hasDraft) return;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    this.draft = { email: text(saved.email), name: text(saved.name), subject: text(saved.subject), message: text(saved.message) };
  }

  private async clearDraft(): Promise<void> {
    this.draft = EMPTY_DRAFT;
    this.fieldErrors = {};
    this.sendState = undefined;
    this.shownFaq = new Set();
    await this.outboxes.discardDraft(this.draftKey);
  }

  private mailtoOffer(): MailtoOffer | undefined {
    const to = this.emailChannel?.email?.to;
    if (!to) return undefined;
    const href = mailtoHref(to, this.draft.subject, this.messageText());
    return href ? { to, href } : { to };
  }

  private async submitEmail(): Promise<void> {
    const channel = this.emailChannel;
    const endpoint = channel?.email?.endpoint;
    if (!channel || !endpoint) {
      const offer = this.mailtoOffer();
      if (offer) this.sendState = { kind: 'mailto', offer };
      return;
    }
    const text = this.messageText();
    this.sendState = { kind: 'sending' };
    const outcome = await this.outboxes.submit(new URL(endpoint, document.baseURI).href, {
      channel: channel.id,
      ...this.draft,
      topic: this.topicId,
      pageUrl: location.href,
      locale: this.language,
      faqShown: [...this.shownFaq],
    }, this.reference);
    await this.showOutcome(outcome, text);
  }

  private async showOutcome(outcome: SendOutcome, text: string): Promise<void> {
    if (outcome.kind === 'rejected') {
      const offer = this.mailtoOffer();
      this.sendState = { kind: 'rejected', problem: outcome.problem, ...(offer && { mailto: offer }) };
      this.focusAfterRender = '#email-title';
      return;
    }
    // The outbox holds the message now; the form is free for a next one.
    await this.clearDraft();
    this.announceOutcome(outcome, text);
  }

  /** Shows the receipt for a message the endpoint took or the outbox holds, and tells the site. */
  private announceOutcome(outcome: Exclude<SendOutcome, { kind: 'rejected' }>, text: string, callbackAt?: string): void {
    const reference = outcome.kind === 'sent' ? outcome.reference : outcome.message.reference;
    this.sendState = { kind: outcome.kind, reference, at: Date.now(), text, ...(callbackAt && { callbackAt }) };
    this.showMode('receipt');
    const kind = messageKind(outcome.message);
    if (outcome.kind === 'sent') {
      this.emit('kw-email-sent', { topic: this.topicId, reference, kind });
    } else {
      this.emit('kw-email-queued', { topic: this.topicId, reference, reason: outcome.reason, kind });
      this.outboxes.planRetry();
    }
  }

  /** A queued message was retried (now, or on a later page load). */
  private onRetried(outcome: SendOutcome): void {
    const reference = outcome.message.reference;
    const shown = this.sendState?.kind === 'queued' && this.sendState.reference === reference ? this.sendState : undefined;
    if (outcome.kind === 'sent') {
      if (shown) this.sendState = { ...shown, kind: 'sent', reference: outcome.reference };
      this.emit('kw-email-sent', { topic: this.topicId, reference: outcome.reference, kind: messageKind(outcome.message) });
    } else if (outcome.kind === 'rejected' && messageKind(outcome.message) === 'email') {
      // Refused after all: the text goes back into the form rather than being lost.
      const payload = outcome.message.payload;
      const text = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : '');
      this.draft = { email: text('email'), name: text('name'), subject: text('subject'), message: text('message') };
      this.outboxes.saveDraftSoon(this.draftKey, this.draft);
      const offer = this.mailtoOffer();
      this.sendState = { kind: 'rejected', problem: outcome.problem, ...(offer && { mailto: offer }) };
      if (shown) this.showMode('email');
    }
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = true;
      setTimeout(() => (this.copied = false), 3000);
    } catch {
      // Clipboard refused (permissions, insecure context): the download button still works.
    }
  }

  private download(text: string, reference: string): void {
    const url = URL.createObjectURL(new Blob([`${reference}\n\n${text}\n`], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${reference}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private renderCachedFallback() {
    if (this.querySelector(':scope > :not(script)')) return nothing;
    const cached = readCachedFallback(FALLBACK_KEY + this.policyKey);
    if (!cached) return nothing;
    return html`<a class="fallback-link" href=${cached.href}>${localize(cached.label, this.language, 'nl')}</a>`;
  }

  private get language(): UiLanguage {
    const page = this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return chooseLanguage(this.lang, page, this.loaded?.locale);
  }

  private get resolvedTopic(): Topic | undefined {
    return this.loaded ? resolveTopic(this.loaded, { topic: this.topic, pathname: location.pathname }) : undefined;
  }

  private get topicId(): string | null {
    return this.resolvedTopic?.id ?? null;
  }

  private buildView(policy: Policy): PanelView {
    return buildPanel({
      policy,
      topic: this.resolvedTopic,
      lang: this.language,
      now: this.clock.now,
      pageOrigin: location.origin,
      visitorZone: visitorTimeZone(),
      ranking: { ...(this.urgency && { urgency: this.urgency }), record: this.needRecord, ...(this.preferred && { preferred: this.preferred }) },
      liveWaits: this.live.current(this.clock.now),
    });
  }

  /** Which policy this widget shows: its address, or "inline"; keys everything stored for it. */
  private get policyKey(): string {
    return typeof this.policy === 'string' ? this.policy : 'inline';
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

  private startLoad(): void {
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    const source = this.source();
    // The inline script may still be on its way from the parser; wait for slotchange before giving up.
    if (source.kind === 'none' && !this.hasUpdated) return;
    this.loadState = 'loading';
    void loadPolicy(source, abort.signal).then((result) => {
      if (result && !abort.signal.aborted) this.applyResult(result);
    });
  }

  private applyResult(result: ValidationResult): void {
    if (result.fatal || !result.policy) {
      this.panelShown = false;
      this.loaded = undefined;
      this.loadState = 'fatal';
      console.error(
        `<kanaal-wijzer>: the channel policy cannot be used, so the fallback content is shown.\n${result.errors.map((e) => `  ${e.path || '(policy)'}: ${e.message}`).join('\n')}`,
      );
      this.emit('kw-policy-error', { topic: this.topic, errors: result.errors, fatal: true });
      return;
    }
    this.loaded = result.policy;
    this.loadState = 'ready';
    writeCachedFallback(FALLBACK_KEY + this.policyKey, result.policy.fallback);
    if (result.errors.length > 0) {
      console.warn(
        `<kanaal-wijzer>: ${result.errors.length} problem(s) in the channel policy; broken entries are left out. Check it with "npx kanaalwijzer validate".`,
      );
      this.emit('kw-policy-error', { topic: this.topicId, errors: result.errors, fatal: false });
    }
    void this.restoreDraft();
    void this.outboxes.read<string>(this.preferenceKey).then((id) => {
      if (typeof id === 'string') this.preferred = id;
    });
    void this.outboxes.flush();
    // Fetch the self-service views while the customer reads the page, not when they click.
    if (this.mode === 'inline') void this.loadSelfService();
    else (window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 2000)))(() => void this.loadSelfService());
    // Announced from the view the first render builds anyway, rather than ranking the channels twice.
    void this.updateComplete.then(() => {
      if (this.loaded === result.policy && this.view) this.emit('kw-ready', { topic: this.topicId, channels: this.view.channels.map((channel) => channel.id) });
    });
  }

  /** Fires a kw- event; the visit reference is added unless the event carries its own. */
  private emit<K extends KwEventName>(name: K, detail: Omit<KwEventMap[K], 'reference'> & { reference?: string }): void {
    this.dispatchEvent(kwEvent(name, { reference: this.reference, ...detail } as KwEventMap[K]));
  }

  private selectChannel(channel: ChannelView): void {
    this.emit('kw-channel-select', { topic: this.topicId, channel: channel.id });
    // Remembered for the next visit; this visit's order stays put under the customer's hand.
    void this.outboxes.write(this.preferenceKey, channel.id);
    if (channel.action === 'email') this.openEmail(channel.id);
    if (channel.action === 'callback') {
      this.callbackChannelId = channel.id;
      this.showMode('callback');
    }
    if (channel.action === 'chat-event') {
      const shown = [...this.search.suggestions.search, ...this.search.suggestions.email].map((suggestion) => suggestion.id);
      this.emit('kw-chat-start', {
        topic: this.topicId,
        channel: channel.id,
        context: {
          topic: this.topicId,
          pageUrl: location.href,
          lang: this.language,
          reference: this.reference,
          searched: this.search.queries.search,
          faqShown: [...new Set([...shown, ...this.shownFaq])],
          draft: this.draft.message,
        },
      });
    }
  }

  private get preferenceKey(): string {
    return `preference:${this.policyKey}`;
  }

  private readonly forgetPreference = (): void => {
    this.preferred = undefined;
    void this.outboxes.remove(this.preferenceKey);
  };

  /**
   * The launcher is a manual popover so it lives in the top layer, where no host ancestor's
   * transform, filter, contain, overflow or z-index can trap, clip or cover it. Shown before the
   * panel ever is, so the open panel stacks above it.
   */
  private liftLauncher(): void {
    try {
      if (!this.launcher?.matches(':popover-open')) this.launcher?.showPopover();
    } catch {
      // Not connected, or no popovers: it stays a position: fixed button in the page.
    }
  }

  private syncPopover(): void {
    this.liftLauncher();
    const panel = this.panel;
    if (this.mode !== 'launcher' || !panel || typeof panel.showPopover !== 'function') return;
    const isOpen = panel.matches(':popover-open');
    try {
      if (this.open && !isOpen) panel.showPopover();
      // Not before its toggle event has told us the customer opened it (popovertarget): an update
      // in between, such as the policy arriving, would close it under their click.
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
    if (!nowOpen) this.stopKeyboard();
    if (nowOpen) {
      void this.loadSelfService();
      this.panel?.focus();
      this.emit('kw-open', { topic: this.topicId });
    } else {
      const focusWasInside = this.shadowRoot?.activeElement && this.panel?.contains(this.shadowRoot.activeElement);
      if (focusWasInside || document.activeElement === document.body || document.activeElement === this) this.launcher?.focus();
      this.emit('kw-close', { topic: this.topicId });
    }
  };

}

function messageKind(message: OutboxMessage): MessageKind {
  return message.payload['kind'] === 'callback' ? 'callback' : 'email';
}

/**
 * Keys typed into the widget's fields are the customer's text, not commands for the host page:
 * a site's "/" for search or "e" for edit must not fire. Default actions (typing, Escape closing
 * the panel) are untouched; only propagation beyond the shadow root stops.
 */
function keepTypingInside(event: Event): void {
  const target = event.composedPath()[0];
  if (target instanceof HTMLElement && (target.matches('input, textarea, select') || target.isContentEditable)) event.stopPropagation();
}

interface CachedFallback {
  label: LocalText;
  href: string;
}

function readCachedFallback(key: string): CachedFallback | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (!value || typeof value !== 'object') return undefined;
    const { label, href } = value as Partial<CachedFallback>;
    const safe = safeHref(href);
    return safe && (typeof label === 'string' || (label && typeof label === 'object')) ? { label, href: safe } : undefined;
  } catch {
    return undefined;
  }
}

function writeCachedFallback(key: string, fallback: Policy['fallback']): void {
  try {
    if (fallback) localStorage.setItem(key, JSON.stringify(fallback));
    else localStorage.removeItem(key);
  } catch {
    // Storage may be disabled or full; the fallback link is a nicety.
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kanaal-wijzer': KanaalWijzer;
  }
}
