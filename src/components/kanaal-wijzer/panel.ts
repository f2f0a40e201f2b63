/**
 * The panel's content, loaded on the first sign of intent (or when idle, or on a click): the
 * home view with its channels, and the way into self-service. It reads one memoised PanelView,
 * rebuilt only when one of its inputs changes, and drives itself through hostUpdate/hostUpdated.
 */
import { html, nothing, type ReactiveController } from 'lit';
import type { Urgency } from '../../policy/ranking.js';
import type { Policy } from '../../policy/schema.js';
import { resolveTopic } from '../../policy/topics.js';
import { visitorTimeZone } from '../../time/zoned.js';
import { afterPaint } from '../../internal/after-paint.js';
import { yieldToMain } from '../../internal/yield-to-main.js';
import { channelCard, notices, tasks, urgencyRow } from './channel-list.js';
import { ClockController } from './clock-controller.js';
import type { KanaalWijzer } from './kanaal-wijzer.js';
import { LiveWaitController } from './live-wait-controller.js';
import { NoticeClamp } from './notice-clamp.js';
import { OutboxController } from './outbox-controller.js';
import { placePanel } from './panel-placement.js';
import { panelStyles } from './panel.styles.js';
import { buildPanel, type ChannelView, type PanelInput, type PanelView } from './panel-view.js';
import type { MessageFlow } from './self-service/message-flow.js';
import { SearchController, type QuerySource } from './self-service/search-controller.js';
import { FRAME_STRINGS } from '../../i18n/frame-strings.js';
import { STRINGS } from '../../i18n/panel-strings.js';

export type PanelMode = 'home' | 'email' | 'answer' | 'thanks' | 'receipt' | 'callback';
type SelfService = typeof import('./self-service/index.js');

const FOCUS_AFTER: Record<PanelMode, string> = {
  home: '#faq-search',
  email: '#email-title',
  answer: '#answer-title',
  thanks: '.thanks h3',
  receipt: '#receipt-title',
  callback: '#callback-title',
};

/**
 * An inline panel paints top down in short tasks, each after the last one is on screen, so nothing
 * shown moves: the skeleton while the view is computed, then the panel down to its first channel
 * cards (the notice, search box and recommended channel a customer looks at first), then the rest.
 */
type Painting = 'view' | 'top' | 'done';
const FIRST_CARDS = 2;

type ViewInputs = Omit<PanelInput, 'pageOrigin' | 'visitorZone' | 'ranking'> & { urgency?: Urgency; record: boolean; preferred?: string };

export class PanelController implements ReactiveController {
  readonly host: KanaalWijzer;
  readonly clock: ClockController;
  readonly live: LiveWaitController;
  readonly outboxes: OutboxController;
  readonly search: SearchController;
  readonly noticeClamp: NoticeClamp;
  mode: PanelMode = 'home';
  /** The self-service chunk and its email/call-back flow, loaded when the panel opens. */
  selfService?: SelfService;
  flow?: MessageFlow;
  #loadingSelfService?: Promise<void>;
  #urgency?: Urgency;
  #record = false;
  /** The channel this visitor picked on an earlier visit: it moves up, until they forget it. */
  #preferred?: string;
  #answerId?: string;
  #answerFrom: QuerySource = 'search';
  #feedbackGiven = new Set<string>();
  /** Stops keeping the bottom sheet above an on-screen keyboard; set while the panel is open. */
  #stopFollowingKeyboard?: () => void;
  /** Where focus goes after the next render, when the panel changes what it shows. */
  focusAfterRender?: string;
  #viewChanged = false;
  #pinned: string | null = null;
  #inputs?: ViewInputs;
  #view?: PanelView;
  #painting: Painting;
  #paintingNext = false;
  #donePainting!: () => void;
  /** Resolves when the whole panel is rendered (at once, but in an inline panel's first paint). */
  readonly painted = new Promise<void>((resolve) => (this.#donePainting = resolve));

  constructor(host: KanaalWijzer) {
    this.host = host;
    this.#painting = host.mode === 'inline' ? 'view' : 'done';
    if (this.#painting === 'done') this.#donePainting();
    this.clock = new ClockController(host);
    this.noticeClamp = new NoticeClamp(host);
    this.#pinClock();
    this.search = new SearchController(
      host,
      () => ({ ...(host.loaded && { policy: host.loaded }), lang: host.language, topic: host.topicId }),
      ({ source, query, results }) => {
        this.flow?.onSuggested(source, results);
        host.emit('kw-faq-suggest', { topic: host.topicId, query, results, source });
      },
    );
    this.outboxes = new OutboxController(host, (outcome) => void this.loadSelfService().then(() => this.flow?.onRetried(outcome)));
    this.live = new LiveWaitController(
      host,
      () => host.loaded?.live,
      () => host.loaded !== undefined && (host.mode === 'inline' || host.open),
    );
    host.addController(this);
    placePanel(host);
    adoptStyles(host, panelStyles.styleSheet);
    void this.outboxes.read<string>(this.#preferenceKey).then((id) => {
      if (typeof id === 'string') this.#set(() => (this.#preferred = id));
    });
    void this.outboxes.flush();
    if (host.mode === 'inline' || host.open) void this.loadSelfService();
  }

  /** The panel as data, rebuilt only when something it is made of changed. */
  get view(): PanelView | undefined {
    const policy = this.host.loaded;
    if (!policy) return undefined;
    const inputs: ViewInputs = {
      policy,
      topic: resolveTopic(policy, { topic: this.host.topic, pathname: location.pathname }),
      lang: this.host.language,
      now: this.clock.now,
      liveWaits: this.live.current(this.clock.now),
      ...(this.#urgency && { urgency: this.#urgency }),
      record: this.#record,
      ...(this.#preferred && { preferred: this.#preferred }),
    };
    const last = this.#inputs;
    const same = last && (Object.keys(inputs) as (keyof ViewInputs)[]).every((key) => inputs[key] === last[key]) && Object.keys(last).length === Object.keys(inputs).length;
    if (!same || !this.#view) {
      this.#inputs = inputs;
      const { urgency, record, preferred, ...rest } = inputs;
      this.#view = buildPanel({
        ...rest,
        pageOrigin: location.origin,
        visitorZone: visitorTimeZone(),
        ranking: { ...(urgency && { urgency }), record, ...(preferred && { preferred }) },
      });
    }
    return this.#view;
  }

  get topicLabel(): string | undefined {
    return this.view?.topicLabel;
  }

  hostConnected(): void {
    this.live.sync();
  }

  hostDisconnected(): void {
    this.#stopKeyboard();
  }

  #stopKeyboard(): void {
    this.#stopFollowingKeyboard?.();
    this.#stopFollowingKeyboard = undefined;
  }

  hostUpdate(): void {
    if (this.host.now !== this.#pinned) this.#pinClock();
  }

  hostUpdated(): void {
    if (this.#painting !== 'done' && this.host.loaded && !this.#paintingNext) void this.#paintNext();
    this.clock.wakeAt(this.#painting === 'view' ? undefined : this.view?.refreshAt);
    // An update can land after removal (a chunk arriving late); polling must not start then.
    if (this.host.isConnected) this.live.sync();
    const panel = this.host.panelElement;
    if (this.host.open && !this.selfService) void this.loadSelfService();
    if (this.host.open && this.host.mode === 'launcher' && panel && this.selfService) {
      this.#stopFollowingKeyboard ??= this.selfService.followKeyboard(panel, this.host.renderRoot as ShadowRoot);
    } else this.#stopKeyboard();
    // A new view starts at its top, back link included, whatever the last one was scrolled to.
    if (this.#viewChanged && panel) panel.scrollTop = 0;
    if (this.focusAfterRender) {
      this.host.shadowRoot?.querySelector<HTMLElement>(this.focusAfterRender)?.focus({ preventScroll: this.#viewChanged });
      this.focusAfterRender = undefined;
    }
    this.#viewChanged = false;
  }

  async #paintNext(): Promise<void> {
    this.#paintingNext = true;
    await afterPaint();
    if (this.#painting === 'view') {
      // The view model (formatting, ranking) in a task of its own, apart from rendering it.
      void this.view;
      await yieldToMain();
      this.#painting = 'top';
    } else {
      this.#painting = 'done';
    }
    this.#paintingNext = false;
    this.host.requestUpdate();
    if (this.#painting === 'done') void this.host.updateComplete.then(this.#donePainting);
  }

  #pinClock(): void {
    this.#pinned = this.host.now;
    const pinned = this.#pinned ? Date.parse(this.#pinned) : NaN;
    this.clock.pin(Number.isFinite(pinned) ? pinned : undefined);
  }

  /** Changes panel state and re-renders the host. */
  #set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  render() {
    const view = this.#painting === 'view' ? undefined : this.view;
    if (!view) return undefined;
    const words = STRINGS[this.host.language];
    return html`${this.#renderMode(view)}
      ${this.#painting === 'done'
        ? html`<p class="visually-hidden" role="status">${this.#announcement()}</p>
            <p class="visit-reference" part="reference">${words.yourReference}: <strong>${this.host.reference}</strong></p>`
        : nothing}`;
  }

  #renderMode(view: PanelView) {
    const ss = this.selfService;
    if (!ss) return this.mode === 'home' ? this.#renderHome(view) : html`<p class="message">${FRAME_STRINGS[this.host.language].loading}</p>`;
    const ssWords = ss.SELF_SERVICE_STRINGS[this.host.language];
    switch (this.mode) {
      case 'email':
      case 'callback':
      case 'receipt':
        return this.flow?.render(this.mode) ?? this.#renderHome(view);
      case 'answer': {
        const entry = this.#answerId ? this.search.entry(this.#answerId) : undefined;
        if (!entry) return this.#renderHome(view);
        const id = entry.id;
        const back = this.#answerFrom === 'email' ? 'email' : 'home';
        return html`${this.backButton(back)}
        ${ss.answer({
          words: ssWords,
          entry,
          fromEmail: this.#answerFrom === 'email',
          feedbackGiven: this.#feedbackGiven.has(id),
          onAnswered: () => this.#deflect(id),
          onContinue: () => this.showMode(back),
          onFeedback: (helpful) => this.#feedback(id, helpful),
        })}`;
      }
      case 'thanks':
        return ss.thanks({ words: ssWords, onBack: () => this.showMode('home') });
      default:
        return this.#renderHome(view);
    }
  }

  backButton(to: PanelMode) {
    const words = this.selfService?.SELF_SERVICE_STRINGS[this.host.language];
    return html`<button type="button" class="back" @click=${() => this.showMode(to)}>‹ ${words?.back}</button>`;
  }

  #renderHome(view: PanelView) {
    const words = STRINGS[this.host.language];
    const ss = this.selfService;
    const channels = this.#painting === 'done' ? view.channels : view.channels.slice(0, FIRST_CARDS);
    return html`
      ${notices(view.notices, words, this.noticeClamp)}
      ${!this.#hasFaq
        ? nothing
        : !ss
          ? html`<div class="search-slot"></div>`
          : ss.searchBox({
            words: ss.SELF_SERVICE_STRINGS[this.host.language],
            query: this.search.queries.search,
            suggestions: this.search.suggestions.search,
            onFocus: () => void this.search.prepare(),
            onInput: (text) => this.search.update('search', text),
            onOpen: (id) => this.openAnswer(id, 'search'),
          })}
      ${tasks(view.tasks, words)}
      <h3 id="channels-heading">${words.channels}</h3>
      ${view.channels.length > 1
        ? urgencyRow({
            words,
            record: this.#record,
            ...(this.#urgency && { urgency: this.#urgency }),
            onUrgency: (urgency) => this.#set(() => (this.#urgency = urgency)),
            onRecord: (record) => this.#set(() => (this.#record = record)),
          })
        : nothing}
      ${this.#preferred && view.channels.some((channel) => channel.id === this.#preferred)
        ? html`<p class="remembered">
            ${words.remembered}
            <button type="button" class="link-button" @click=${this.#forgetPreference}>${words.forget}</button>
          </p>`
        : nothing}
      <ul class="channels" aria-labelledby="channels-heading">
        ${channels.map((channel) => html`<li data-open=${String(channel.open)}>${channelCard(channel, words, this.selectChannel)}</li>`)}
      </ul>
    `;
  }

  get #hasFaq(): boolean {
    const faq = this.host.loaded?.faq;
    return typeof faq === 'string' || (Array.isArray(faq) && faq.length > 0);
  }

  #announcement(): string {
    const words = this.selfService?.SELF_SERVICE_STRINGS[this.host.language];
    if (!words) return '';
    const source: QuerySource | undefined = this.mode === 'home' ? 'search' : this.mode === 'email' ? 'email' : undefined;
    if (!source || !this.search.queries[source].trim()) return '';
    const count = this.search.suggestions[source].length;
    return count > 0 ? words.found(count) : source === 'search' ? words.noneFound : '';
  }

  showMode(mode: PanelMode): void {
    this.#set(() => {
      this.mode = mode;
      this.#viewChanged = true;
      this.focusAfterRender = FOCUS_AFTER[mode];
    });
  }

  loadSelfService(): Promise<void> {
    this.#loadingSelfService ??= import('./self-service/index.js').then(
      (module) => {
        adoptStyles(this.host, module.selfServiceStyles.styleSheet);
        this.flow = new module.MessageFlow(this);
        this.#set(() => (this.selfService = module));
      },
      () => {
        // Offline before the chunk arrived: the channels still work; try again on next open.
        this.#loadingSelfService = undefined;
      },
    );
    return this.#loadingSelfService;
  }

  openAnswer(id: string, from: QuerySource): void {
    this.#answerId = id;
    this.#answerFrom = from;
    this.showMode('answer');
    this.host.emit('kw-faq-open', { topic: this.host.topicId, id, query: this.search.queries[from], source: from });
  }

  #deflect(id: string): void {
    this.host.emit('kw-faq-deflect', { topic: this.host.topicId, id, query: this.search.queries[this.#answerFrom], source: this.#answerFrom });
    this.showMode('thanks');
  }

  #feedback(id: string, helpful: boolean): void {
    this.#set(() => (this.#feedbackGiven = new Set(this.#feedbackGiven).add(id)));
    this.host.emit('kw-feedback', { topic: this.host.topicId, target: id, helpful });
  }

  readonly selectChannel = (channel: ChannelView): void => {
    const host = this.host;
    host.emit('kw-channel-select', { topic: host.topicId, channel: channel.id, open: channel.open, urgency: this.#urgency ?? null });
    // Remembered for the next visit; this visit's order stays put under the customer's hand.
    void this.outboxes.write(this.#preferenceKey, channel.id);
    if (channel.action === 'email' || channel.action === 'callback') {
      const kind = channel.action;
      void this.loadSelfService().then(() => this.flow?.start(kind, channel.id));
    }
    if (channel.action === 'chat-event') {
      const shown = [...this.search.suggestions.search, ...this.search.suggestions.email].map((suggestion) => suggestion.id);
      host.emit('kw-chat-start', {
        topic: host.topicId,
        channel: channel.id,
        context: {
          topic: host.topicId,
          pageUrl: location.href,
          lang: host.language,
          reference: host.reference,
          searched: this.search.queries.search,
          faqShown: [...new Set([...shown, ...(this.flow?.shownFaq ?? [])])],
          draft: this.flow?.draft.message ?? '',
        },
      });
    }
  };

  channelById(id: string | undefined): Policy['channels'][number] | undefined {
    return this.host.loaded?.channels.find((channel) => channel.id === id);
  }

  get #preferenceKey(): string {
    return `preference:${this.host.policyKey}`;
  }

  readonly #forgetPreference = (): void => {
    this.#set(() => (this.#preferred = undefined));
    void this.outboxes.remove(this.#preferenceKey);
  };
}

/** A lazily loaded chunk's styles join the host's shadow root, after the ones already there. */
function adoptStyles(host: HTMLElement, sheet: CSSStyleSheet | undefined): void {
  const root = host.shadowRoot;
  if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
