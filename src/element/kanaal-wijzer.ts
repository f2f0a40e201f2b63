import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { kwEvent, type KwEventMap, type KwEventName } from '../events.js';
import { chooseLanguage, localize, type UiLanguage } from '../i18n/text.js';
import { safeHref } from '../policy/checks.js';
import type { LocalText, Policy, Topic } from '../policy/schema.js';
import { resolveTopic } from '../policy/topics.js';
import type { ValidationResult } from '../policy/validate.js';
import { ClockController } from './clock-controller.js';
import { icon } from './icons.js';
import { styles } from './kanaal-wijzer.styles.js';
import { loadPolicy, type PolicySource } from './policy-source.js';
import { STRINGS } from './strings.js';
import { buildPanel, type ChannelView, type PanelView } from './view-model.js';

type LoadState = 'loading' | 'ready' | 'fatal';

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
 *
 * @csspart launcher - The floating button that opens the panel.
 * @csspart panel - The panel with notices, tasks and channels.
 * @csspart close-button - The panel's close button.
 * @csspart notice - One service notice.
 * @csspart task - One self-service task link.
 * @csspart channel - One channel's link or button.
 * @csspart channel-status - A channel's open/closed status.
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
 * @cssproperty [--kw-z-index=2147483000] - Stacking of the launcher (the open panel is in the top layer).
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

  @state() private loadState: LoadState = 'loading';
  @state() private loaded?: Policy;
  @state() private inlineSource?: string;

  @query('#panel') private panel?: HTMLElement;
  @query('.launcher') private launcher?: HTMLButtonElement;

  private readonly clock = new ClockController(this);
  private loadAbort?: AbortController;
  private stopPositioning?: () => void;
  private panelShown = false;
  private view?: PanelView;

  /** Opens the panel (launcher mode). */
  show(): void {
    this.open = true;
  }

  /** Closes the panel (launcher mode). */
  hide(): void {
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInlinePolicy();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    this.stopPositioning?.();
    this.stopPositioning = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
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
    if (changed.has('open') || changed.has('mode') || changed.has('loadState')) this.syncPopover();
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

  private renderLauncher(words: (typeof STRINGS)[UiLanguage]) {
    return html`
      <button class="launcher" part="launcher" popovertarget="panel" aria-haspopup="dialog">${icon('chat')}<span>${words.launcher}</span></button>
      ${this.renderPanel(words, true)}
    `;
  }

  private renderPanel(words: (typeof STRINGS)[UiLanguage], floating: boolean) {
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
        <div class="body">${view ? this.renderContent(view, words) : html`<p class="message" role="status">${words.loading}</p>`}</div>
      </section>
    `;
  }

  private renderContent(view: PanelView, words: (typeof STRINGS)[UiLanguage]) {
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
      ${view.tasks.length
        ? html`<h3 id="tasks-heading">${words.selfService}</h3>
            <ul class="tasks" aria-labelledby="tasks-heading">
              ${view.tasks.map((task) => html`<li><a part="task" href=${task.href}>${icon('task')}${task.label}</a></li>`)}
            </ul>`
        : nothing}
      <h3 id="channels-heading">${words.channels}</h3>
      <ul class="channels" aria-labelledby="channels-heading">
        ${view.channels.map((channel) => html`<li data-open=${String(channel.open)}>${this.renderChannel(channel, words)}</li>`)}
      </ul>
    `;
  }

  private renderChannel(channel: ChannelView, words: (typeof STRINGS)[UiLanguage]) {
    const content = html`
      <span class="channel-icon">${icon(channel.type)}</span>
      <span class="channel-main">
        <span class="channel-label">${channel.label}</span>
        ${channel.phoneNumber ? html`<span class="channel-number">${channel.phoneNumber}</span>` : nothing}
        ${channel.description ? html`<span class="channel-description">${channel.description}</span>` : nothing}
        ${channel.address ? html`<span class="channel-detail">${channel.address}</span>` : nothing}
        <span class="status" part="channel-status">${channel.status}</span>
        ${channel.wait || channel.cost
          ? html`<span class="channel-detail">${[channel.wait, channel.cost].filter(Boolean).join(' · ')}</span>`
          : nothing}
        ${channel.external ? html`<span class="visually-hidden">${words.opensInNewTab}</span>` : nothing}
      </span>
    `;
    const select = () => this.selectChannel(channel);
    if (channel.action === 'link' && channel.href) {
      return html`<a
        class="channel-action"
        part="channel"
        data-channel=${channel.id}
        href=${channel.href}
        target=${channel.external ? '_blank' : nothing}
        rel=${channel.external ? 'noopener noreferrer' : nothing}
        @click=${select}
        >${content}</a
      >`;
    }
    return html`<button class="channel-action" part="channel" data-channel=${channel.id} type="button" @click=${select}>${content}</button>`;
  }

  private renderCachedFallback() {
    if (this.querySelector(':scope > :not(script)')) return nothing;
    const cached = readCachedFallback(this.cacheKey);
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
      visitorZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  }

  private get cacheKey(): string {
    return FALLBACK_KEY + (typeof this.policy === 'string' ? this.policy : 'inline');
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
      this.stopPositioning?.();
      this.stopPositioning = undefined;
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
    writeCachedFallback(this.cacheKey, result.policy.fallback);
    if (result.errors.length > 0) {
      console.warn(
        `<kanaal-wijzer>: ${result.errors.length} problem(s) in the channel policy; broken entries are left out. Check it with "npx kanaalwijzer validate".`,
      );
      this.emit('kw-policy-error', { topic: this.topicId, errors: result.errors, fatal: false });
    }
    const shown = buildPanel({ policy: result.policy, topic: this.resolvedTopic, lang: this.language, now: Date.now(), pageOrigin: location.origin });
    this.emit('kw-ready', { topic: this.topicId, channels: shown.channels.map((channel) => channel.id) });
  }

  private emit<K extends KwEventName>(name: K, detail: KwEventMap[K]): void {
    this.dispatchEvent(kwEvent(name, detail));
  }

  private selectChannel(channel: ChannelView): void {
    this.emit('kw-channel-select', { topic: this.topicId, channel: channel.id });
    if (channel.action === 'chat-event') {
      this.emit('kw-chat-start', {
        topic: this.topicId,
        channel: channel.id,
        context: { topic: this.topicId, pageUrl: location.href, lang: this.language },
      });
    }
  }

  private syncPopover(): void {
    const panel = this.panel;
    if (this.mode !== 'launcher' || !panel || typeof panel.showPopover !== 'function') return;
    const isOpen = panel.matches(':popover-open');
    try {
      if (this.open && !isOpen) panel.showPopover();
      if (!this.open && isOpen) panel.hidePopover();
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
      this.startPositioning();
      this.panel?.focus();
      this.emit('kw-open', { topic: this.topicId });
    } else {
      this.stopPositioning?.();
      this.stopPositioning = undefined;
      const focusWasInside = this.shadowRoot?.activeElement && this.panel?.contains(this.shadowRoot.activeElement);
      if (focusWasInside || document.activeElement === document.body || document.activeElement === this) this.launcher?.focus();
      this.emit('kw-close', { topic: this.topicId });
    }
  };

  private startPositioning(): void {
    const launcher = this.launcher;
    const panel = this.panel;
    if (!launcher || !panel) return;
    this.stopPositioning?.();
    let stopped = false;
    this.stopPositioning = () => (stopped = true);
    void import('./position.js').then(
      ({ positionPanel }) => {
        if (!stopped) this.stopPositioning = positionPanel(launcher, panel);
      },
      () => {
        // Without the chunk the panel keeps its CSS place above the launcher.
      },
    );
  }
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
