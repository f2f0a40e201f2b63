/**
 * The panel's content, loaded on the first sign of intent (or when idle, or on a click): the
 * home view with its channels, and the way into self-service. It reads one memoised PanelView,
 * rebuilt only when one of its inputs changes, and drives itself through hostUpdate/hostUpdated.
 */
import type { ReactiveController } from '@lit/reactive-element';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { SendOutcome } from '../../../outbox/outbox.js';
import type { Urgency } from '../../../policy/ranking.js';
import type { Policy } from '../../../policy/schema.js';
import { resolveTopic } from '../../../policy/topics.js';
import { visitorTimeZone } from '../../../time/zoned.js';
import { afterPaint } from '../../../internal/after-paint.js';
import { yieldToMain } from '../../../internal/yield-to-main.js';
import { DEFAULT_DEVICE_HOURS } from '../../../storage/drafts.js';
import { pageUrl } from '../../../internal/page-url.js';
import { channelAction, channelCard, notices, tasks, urgencyRow } from './channel-list.js';
import { CLOSE, icon, type IconName } from './icons.js';
import { ClockController } from './clock-controller.js';
import type { PanelHost, PanelParts } from '../entry/panel-host.js';
import type { PartFailure } from '../entry/part-outcome.js';
import { LiveWaitController } from './live-wait-controller.js';
import { NoticeClamp } from './notice-clamp.js';
import { OutboxController } from './outbox-controller.js';
import { placePanel } from './panel-placement.js';
import { frameStyles } from './frame.styles.js';
import { panelStyles } from './panel.styles.js';
import { buildPanel, type ChannelView, type PanelInput, type PanelView } from './panel-view.js';
import { SearchController, type QuerySource } from './search-controller.js';
import type { SearchResult } from '../../../search/faq-search.js';
import type { FrameStrings } from '../../../i18n/frame-strings.js';
import { frameWords } from '../../../i18n/frame-words.js';
import { wordsSettled, type LoadWords } from '../../../i18n/late-words.js';
import { panelWords } from '../../../i18n/panel-strings.js';
import { builtInUnder } from '../../../i18n/policy-words.js';
import { emit } from '../../../internal/emit.js';
import { PREFERENCE_PREFIX } from '../../../storage/tab-keeping.js';

export type PanelMode = 'home' | 'email' | 'answer' | 'thanks' | 'receipt' | 'callback' | 'unavailable';

/** What the self-service part (self-service/self-service.ts) brings: the panel knows it by this door only. */
export interface SelfServiceDoor {
  createSelfService(panel: PanelController): SelfService;
  selfServiceStyles: CSSStyleSheet;
  followKeyboard(panel: HTMLElement, root: ShadowRoot): () => void;
}

/** Self-service as the panel uses it: search, answers, the email and call-back flow. */
export interface SelfService {
  searchBox(): TemplateResult;
  render(mode: Exclude<PanelMode, 'home' | 'unavailable'>): TemplateResult | undefined;
  start(kind: 'email' | 'callback', channelId: string): void;
  onRetried(outcome: SendOutcome): void;
  /** This visitor's messages that were given up, each with the way to send it themselves. */
  notSent(): unknown;
  onSuggested(source: QuerySource, results: SearchResult[]): void;
  /** What the screen reader hears about the suggestions shown. */
  announcement(): string;
  /** FAQ entries suggested on the way, and the message being written: they travel with a chat hand-over. */
  readonly shownFaq: ReadonlySet<string>;
  readonly draftMessage: string;
}

const FOCUS_AFTER: Record<PanelMode, string> = {
  home: '#faq-search',
  email: '#email-title',
  answer: '#answer-title',
  thanks: '.thanks h3',
  receipt: '#receipt-title',
  callback: '#callback-title',
  unavailable: '#unavailable-title',
};

/** How long a visitor waits for the email or call-back form before being shown another way. */
const WAY_FORWARD_AFTER_MS = 3000;

/**
 * An inline panel paints top down in short tasks, each after the last one is on screen, so nothing
 * shown moves: the skeleton while the view is computed, then the panel down to its first channel
 * cards (the notice, search box and recommended channel a customer looks at first), then the rest.
 */
type Painting = 'view' | 'top' | 'done';
const FIRST_CARDS = 2;

interface WaitingForm {
  kind: 'email' | 'callback';
  channelId: string;
  timer?: ReturnType<typeof setTimeout>;
}

type ViewInputs = Omit<PanelInput, 'pageOrigin' | 'visitorZone' | 'ranking'> & { urgency?: Urgency; record: boolean; preferred?: string };

export class PanelController implements ReactiveController {
  readonly host: PanelHost;
  readonly parts: PanelParts<SelfServiceDoor>;
  readonly clock: ClockController;
  readonly live: LiveWaitController;
  readonly outboxes: OutboxController;
  readonly search: SearchController;
  readonly noticeClamp: NoticeClamp;
  mode: PanelMode = 'home';
  /** Self-service and its email/call-back flow, from their part, loaded when the panel opens. */
  selfService?: SelfService;
  #loadingSelfService?: Promise<void>;
  #loadedDoor?: SelfServiceDoor;
  #stopArrivals?: () => void;
  /** The policy this panel's state belongs to. */
  #policy?: Policy;
  /** Why the self-service part is not here, once loading it failed. */
  #selfServiceMissing?: PartFailure;
  /** The channel whose form could not be shown: its way forward shows instead, until the part arrives. */
  #waitingFor?: WaitingForm;
  #urgency?: Urgency;
  #record = false;
  /** The channel this visitor picked on an earlier visit: it moves up, until they forget it. */
  #preferred?: string;
  /** Stops keeping the bottom sheet above an on-screen keyboard; set while the panel is open. */
  #stopFollowingKeyboard?: () => void;
  /** The notices the panel showed when it was first drawn: only later ones are announced. */
  #noticesAtFirstSight?: ReadonlySet<string>;
  /** Where focus goes after the next render, when the panel changes what it shows. */
  focusAfterRender?: string;
  #viewChanged = false;
  #pinned: string | null = null;
  #inputs?: ViewInputs;
  #view?: PanelView;
  readonly #loadWords: LoadWords = (lang) => this.parts.load(lang);
  /** The visitor's language's words are here (or its first load failed): the view is built again with them. */
  readonly #wordsArrived = (): void => {
    this.#view = undefined;
    this.host.requestUpdate();
  };
  #painting: Painting;
  #paintingNext = false;
  #donePainting!: () => void;
  /** Resolves when the whole panel is rendered (at once, but in an inline panel's first paint). */
  readonly painted = new Promise<void>((resolve) => (this.#donePainting = resolve));

  constructor(host: PanelHost, parts: PanelParts<SelfServiceDoor>) {
    this.host = host;
    this.parts = parts;
    this.#painting = host.mode === 'inline' ? 'view' : 'done';
    if (this.#painting === 'done') this.#donePainting();
    this.clock = new ClockController(host);
    this.noticeClamp = new NoticeClamp(host);
    this.#pinClock();
    this.search = new SearchController(
      host,
      () => ({ ...(host.loaded && { policy: host.loaded }), lang: host.language, topic: host.topicId }),
      ({ source, query, results, words }) => {
        this.selfService?.onSuggested(source, results);
        emit(host, 'kw-faq-suggest', { topic: host.topicId, query, results, source, words });
      },
      parts,
    );
    this.outboxes = new OutboxController(
      host,
      parts,
      (outcome) => {
        // The site hears at once; the visitor sees the message, unsent, when the panel next shows.
        if (outcome.kind === 'stopped') {
          const kind = outcome.message.payload['kind'] === 'callback' ? 'callback' : 'email';
          emit(host, 'kw-email-expired', { topic: host.topicId, reference: outcome.message.reference, reason: outcome.reason, kind });
        }
        void this.loadSelfService().then(() => this.selfService?.onRetried(outcome));
      },
      () => (host.drafts === 'device' ? (host.loaded?.drafts?.deviceHours ?? DEFAULT_DEVICE_HOURS) : undefined),
      () => this.#forgotten(),
    );
    this.live = new LiveWaitController(
      host,
      () => host.loaded?.live,
      () => host.loaded !== undefined && (host.mode === 'inline' || host.open),
    );
    host.addController(this);
    placePanel(host, () => parts.load('floating-ui.dom'));
    adoptStyles(host, frameStyles);
    adoptStyles(host, panelStyles);
    void this.outboxes.read<string>(this.#preferenceKey).then((id) => {
      if (typeof id === 'string') this.#set(() => (this.#preferred = id));
    });
    void this.outboxes.flush();
    if (host.mode === 'inline' || host.open) void this.loadSelfService();
    // Early, so the launcher's name is in the visitor's language before the panel opens.
    wordsSettled(builtInUnder(host.language, host.loaded), this.#loadWords, this.#wordsArrived);
  }

  /** The panel as data, rebuilt only when something it is made of changed. */
  get view(): PanelView | undefined {
    const policy = this.host.loaded;
    const lang = this.host.language;
    // French and German words come in a chunk of their own: the panel waits for it rather than showing English first.
    if (!policy || !wordsSettled(builtInUnder(lang, policy), this.#loadWords, this.#wordsArrived)) return undefined;
    const inputs: ViewInputs = {
      policy,
      topic: resolveTopic(policy, { topic: this.host.topic, pathname: location.pathname }),
      lang,
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
    this.#stopArrivals = this.parts.onArrival(() => this.#partArrived());
  }

  hostDisconnected(): void {
    this.#stopKeyboard();
    clearTimeout(this.#waitingFor?.timer);
    this.#stopArrivals?.();
  }

  #stopKeyboard(): void {
    this.#stopFollowingKeyboard?.();
    this.#stopFollowingKeyboard = undefined;
  }

  hostUpdate(): void {
    if (this.host.now !== this.#pinned) this.#pinClock();
    if (this.host.loaded !== this.#policy) this.#policyChanged();
  }

  /** A new policy: nothing that belonged to the last one (a form's channel, an answer, a waiting form) stays. */
  #policyChanged(): void {
    const first = this.#policy === undefined;
    this.#policy = this.host.loaded;
    if (first || !this.host.loaded) return;
    this.#waitingFor = undefined;
    if (this.#loadedDoor) this.selfService = this.#loadedDoor.createSelfService(this);
    if (this.mode !== 'home') this.showMode('home');
  }

  /** The site forgot this visitor (here or in another tab): nothing they typed stays on screen, and the reference is new. */
  #forgotten(): void {
    this.#waitingFor = undefined;
    this.#preferred = undefined;
    if (this.#loadedDoor) this.selfService = this.#loadedDoor.createSelfService(this);
    this.search.update('search', '');
    this.search.update('email', '');
    if (this.mode !== 'home') this.showMode('home');
    else this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.#painting !== 'done' && this.host.loaded && !this.#paintingNext) void this.#paintNext();
    this.clock.wakeAt(this.#painting === 'view' ? undefined : this.view?.refreshAt);
    // An update can land after removal (a chunk arriving late); polling must not start then.
    if (this.host.isConnected) this.live.sync();
    const panel = this.host.panelElement;
    // A part that failed comes back through the loader's retries (partArrived), not on every update.
    if (this.host.open && !this.selfService && !this.#selfServiceMissing) void this.loadSelfService();
    if (this.host.open && this.host.mode === 'launcher' && panel && this.#loadedDoor) {
      this.#stopFollowingKeyboard ??= this.#loadedDoor.followKeyboard(panel, this.host.renderRoot as ShadowRoot);
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

  /**
   * Renders the panel's heading and body into the entry's frame, before `end`; `shown` false takes
   * them out again. The entry has no template engine of its own: lit-html comes with this part.
   */
  readonly paint = (section: HTMLElement, end: ChildNode, floating: boolean, shown: boolean): void => {
    render(shown ? this.renderFrame(floating) : nothing, section, { host: this.host, renderBefore: end });
  };

  /** The frame's words in the visitor's language: the entry carries only Dutch and English ones, so it asks for the others here. */
  get frameWords(): FrameStrings {
    return frameWords(this.host.language, this.host.loaded);
  }

  /** The panel's frame, heading and body; `floating` in launcher mode (it has a close button then). */
  renderFrame(floating: boolean): TemplateResult {
    const words = this.frameWords;
    const { about, close } = panelWords(this.host.language, this.host.loaded);
    const body = this.render();
    const topic = body && this.topicLabel;
    return html`<header>
        <div class="heading">
          <h2 id="title">${words.title}</h2>
          ${topic ? html`<p class="topic">${about}: ${topic}</p>` : nothing}
        </div>
        ${floating ? html`<button class="close" part="close-button" aria-label=${close} @click=${() => this.host.hide()}>${CLOSE}</button>` : nothing}
      </header>
      <div class="body">${body ?? html`<p class="message" role="status">${words.loading}</p>`}</div>`;
  }

  render() {
    const view = this.#painting === 'view' ? undefined : this.view;
    if (!view) return undefined;
    const words = panelWords(this.host.language, this.host.loaded);
    return html`${this.#renderMode(view)}
      ${this.#painting === 'done'
        ? html`<p class="visually-hidden" role="status">${this.selfService?.announcement() ?? ''}</p>
            <p class="visit-reference" part="reference">${words.yourReference}: <strong>${this.host.reference}</strong></p>`
        : nothing}`;
  }

  #renderMode(view: PanelView) {
    if (this.mode === 'home') return this.#renderHome(view);
    if (this.mode === 'unavailable') return this.#renderUnavailable();
    const ss = this.selfService;
    if (!ss) return html`<p class="message" role="status">${this.frameWords.loading}</p>`;
    return ss.render(this.mode) ?? this.#renderHome(view);
  }

  backButton(to: PanelMode) {
    return html`<button type="button" class="back" @click=${() => this.showMode(to)}>‹ ${panelWords(this.host.language, this.host.loaded).back}</button>`;
  }

  /** The email or call-back form cannot be shown: the channel's own way, and a try again. */
  #renderUnavailable() {
    const words = panelWords(this.host.language, this.host.loaded);
    const channel = this.channelById(this.#waitingFor?.channelId);
    const to = channel?.email?.to;
    const href = to ? `mailto:${to}` : channel?.href;
    return html`${this.backButton('home')}
      <div class="notice" part="unavailable" data-level="warning">
        <div>
          <h3 id="unavailable-title" tabindex="-1">${words.formUnavailable}</h3>
          <p>${href ? words.formUnavailableText : words.formUnavailableOther}</p>
          ${href ? html`<p><a class="channel-link" href=${href}>${to ?? channel?.href}</a></p>` : nothing}
          <button type="button" class="secondary" @click=${this.#tryAgain}>${words.tryAgain}</button>
        </div>
      </div>`;
  }

  readonly #tryAgain = (): void => {
    const waiting = this.#waitingFor;
    this.parts.retry();
    if (waiting) this.#startFlow(waiting.kind, waiting.channelId);
  };

  #renderHome(view: PanelView) {
    const words = panelWords(this.host.language, this.host.loaded);
    const ss = this.selfService;
    const channels = this.#painting === 'done' ? view.channels : view.channels.slice(0, FIRST_CARDS);
    return html`
      ${ss?.notSent()}
      ${notices(view.notices, words, this.noticeClamp, (this.#noticesAtFirstSight ??= new Set(view.notices.map((notice) => notice.id))))}
      ${!this.#hasFaq || this.#selfServiceMissing ? nothing : ss ? ss.searchBox() : html`<div class="search-slot"></div>`}
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

  showMode(mode: PanelMode): void {
    this.#set(() => {
      this.mode = mode;
      this.#viewChanged = true;
      this.focusAfterRender = FOCUS_AFTER[mode];
    });
  }

  loadSelfService(): Promise<void> {
    this.#loadingSelfService ??= this.parts.load('self-service').then((part) => {
      if (!part.ok) {
        // No dead search box and no dead button: the channels lead on by themselves, and the part
        // comes back with the loader's next try.
        this.#loadingSelfService = undefined;
        this.#set(() => (this.#selfServiceMissing = part.reason));
        return;
      }
      adoptStyles(this.host, part.module.selfServiceStyles);
      this.#loadedDoor = part.module;
      this.#set(() => {
        this.#selfServiceMissing = undefined;
        this.selfService = part.module.createSelfService(this);
      });
      const waiting = this.#waitingFor;
      // The visitor still looks at the way forward for that form: the form itself is here now.
      if (waiting && (this.mode === 'unavailable' || this.mode === waiting.kind)) this.#startFlow(waiting.kind, waiting.channelId);
    });
    return this.#loadingSelfService;
  }

  /** The loader brought a part in: a missing self-service part is picked up without a click. */
  #partArrived(): void {
    wordsSettled(builtInUnder(this.host.language, this.host.loaded), this.#loadWords, this.#wordsArrived);
    if (this.#selfServiceMissing && (this.host.open || this.host.mode === 'inline')) void this.loadSelfService();
  }

  /** Shows a form, or after a few seconds without its code (at once when that failed), the channel's own way forward. */
  #startFlow(kind: 'email' | 'callback', channelId: string): void {
    clearTimeout(this.#waitingFor?.timer);
    if (this.selfService) {
      this.#waitingFor = undefined;
      this.selfService.start(kind, channelId);
      return;
    }
    const waiting: WaitingForm = { kind, channelId };
    this.#waitingFor = waiting;
    this.showMode(kind);
    const giveWay = () => {
      if (this.#waitingFor === waiting && !this.selfService && this.mode === kind) this.showMode('unavailable');
    };
    waiting.timer = setTimeout(giveWay, WAY_FORWARD_AFTER_MS);
    void this.loadSelfService().then(giveWay);
  }

  readonly selectChannel = (channel: ChannelView): void => {
    const host = this.host;
    emit(host, 'kw-channel-select', { topic: host.topicId, channel: channel.id, open: channel.open, urgency: this.#urgency ?? null });
    // Remembered for the next visit; this visit's order stays put under the customer's hand.
    void this.outboxes.write(this.#preferenceKey, channel.id);
    if (channel.action === 'email' || channel.action === 'callback') this.#startFlow(channel.action, channel.id);
    if (channel.action === 'chat-event') {
      const shown = [...this.search.suggestions.search, ...this.search.suggestions.email].map((suggestion) => suggestion.id);
      emit(host, 'kw-chat-start', {
        topic: host.topicId,
        channel: channel.id,
        context: {
          topic: host.topicId,
          pageUrl: pageUrl(location.href, host.loaded?.pageUrl?.keepQuery),
          lang: host.language,
          reference: host.reference,
          searched: this.search.queries.search,
          faqShown: [...new Set([...shown, ...(this.selfService?.shownFaq ?? [])])],
          draft: this.selfService?.draftMessage ?? '',
        },
      });
    }
  };

  /** A channel's link or button, as the home view offers it; for the self-service part, which has no channel list of its own. */
  channelAction(channel: ChannelView, content: unknown, look: { linkClass?: string; buttonClass: string }) {
    return channelAction(channel, content, look, this.selectChannel);
  }

  icon(name: IconName) {
    return icon(name);
  }

  channelById(id: string | undefined): Policy['channels'][number] | undefined {
    return this.host.loaded?.channels.find((channel) => channel.id === id);
  }

  get #preferenceKey(): string {
    return `${PREFERENCE_PREFIX}${this.host.policyKey}`;
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
