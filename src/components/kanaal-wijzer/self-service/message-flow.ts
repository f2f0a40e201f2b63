/**
 * Writing to the organisation from the panel: the email form (with a saved draft, FAQ suggestions,
 * a nudge to a faster channel and the mailto: fallback) and the call-back request, up to the
 * receipt; queued messages that are retried later report back here. Lives in the self-service chunk.
 */
import { html, nothing } from 'lit-html';
import type { CallbackDraftPayload, EmailDraftPayload } from '../../../contract/messages.js';
import type { MessageKind } from '../../../events.js';
import { formatClock, formatMoment, formatReply, formatWait } from '../../../i18n/format.js';
import { pageUrl } from '../../../internal/page-url.js';
import { mailtoHref } from '../../../outbox/mailto.js';
import type { OutboxMessage, SendOutcome } from '../../../outbox/outbox.js';
import { isEmailAddress } from '../../../policy/checks.js';
import type { Channel } from '../../../policy/schema.js';
import type { SearchResult } from '../../../search/faq-search.js';
import { visitorTimeZone } from '../../../time/zoned.js';
import type { PanelController } from '../panel/panel.js';
import type { ChannelView } from '../panel/panel-view.js';
import { panelWords } from '../../../i18n/panel-strings.js';
import { callbackProblems, slotOptions, type SlotOption } from './callback.js';
import { callbackForm, mailtoBlock, receipt, type CallbackDraft, type MailtoOffer, type SendState } from './email-views.js';
import { emailForm, type Draft, type DraftField, type FieldErrors } from './faq-views.js';
import { plural } from '../../../i18n/plural.js';
import { selfServiceWords, type SelfServiceStrings } from '../../../i18n/self-service-strings.js';
import { emit } from '../../../internal/emit.js';

const EMPTY_DRAFT: Draft = { email: '', name: '', subject: '', message: '' };
const EMPTY_CALLBACK: CallbackDraft = { phone: '', name: '', slot: '', note: '' };
/** The character counter appears from this share of the limit on. */
const COUNTER_FROM = 0.8;
/**
 * The longest message the form takes, whatever the endpoint allows: the FAQ search and the
 * draft store handle the text on the host page's main thread, so it must stay bounded.
 */
const MESSAGE_MAX = 10_000;

/** A draft from anything stored or sent before: only its string fields count. */
function draftFrom(saved: Record<string, unknown>): Draft {
  const text = (key: keyof Draft) => (typeof saved[key] === 'string' ? saved[key] : '');
  return { email: text('email'), name: text('name'), subject: text('subject'), message: text('message') };
}

/** A call-back draft as kept: what was typed; the slot is picked again, since the time has moved on. */
function callbackDraftFrom(saved: Record<string, unknown>): CallbackDraft {
  const text = (key: keyof CallbackDraft) => (typeof saved[key] === 'string' ? saved[key] : '');
  return { phone: text('phone'), name: text('name'), slot: '', note: text('note') };
}

function messageKind(message: OutboxMessage): MessageKind {
  return message.payload['kind'] === 'callback' ? 'callback' : 'email';
}

export class MessageFlow {
  draft: Draft = EMPTY_DRAFT;
  /** FAQ entries suggested while this email was written; they travel with it. */
  shownFaq = new Set<string>();
  #panel: PanelController;
  #sendState?: SendState;
  #copied = false;
  #fieldErrors: FieldErrors = {};
  #emailChannelId?: string;
  #callbackChannelId?: string;
  #callbackDraft: CallbackDraft = EMPTY_CALLBACK;
  #callbackErrors: Partial<Record<keyof CallbackDraft, string>> = {};
  #restored = false;
  #callbackRestored = false;
  /** The idempotency key of the queued message the receipt shows. */
  #queuedKey?: string;
  /** A send finished while the visitor was elsewhere: the receipt waits for their return to the form. */
  #receiptDue = false;
  readonly #openAnswer: (id: string) => void;

  constructor(panel: PanelController, openAnswer: (id: string) => void) {
    this.#panel = panel;
    this.#openAnswer = openAnswer;
  }

  get #host() {
    return this.#panel.host;
  }

  get #words(): SelfServiceStrings {
    return selfServiceWords(this.#host.language, this.#host.loaded);
  }

  #set(change: () => void): void {
    change();
    this.#host.requestUpdate();
  }

  start(kind: 'email' | 'callback', channelId: string): void {
    if (kind === 'email') {
      this.#emailChannelId = channelId;
      void this.#panel.search.prepare();
      if (!this.#restored) void this.#restoreDraft();
    } else {
      this.#callbackChannelId = channelId;
      if (!this.#callbackRestored) void this.#restoreCallbackDraft();
    }
    this.#panel.outboxes.prepare();
    this.#panel.showMode(this.#receiptDue ? 'receipt' : kind);
    this.#receiptDue = false;
  }

  onSuggested(source: 'search' | 'email', results: SearchResult[]): void {
    if (source === 'email') for (const result of results) this.shownFaq.add(result.id);
  }

  render(mode: 'email' | 'callback' | 'receipt') {
    if (mode === 'email') return this.#renderEmail();
    if (mode === 'callback') return this.#renderCallback();
    return this.#renderReceipt();
  }

  get #emailChannel(): Channel | undefined {
    return this.#panel.channelById(this.#emailChannelId);
  }

  get #draftKey(): string {
    return `${this.#host.policyKey}:${this.#host.topicId ?? ''}`;
  }

  get #callbackDraftKey(): string {
    return `callback:${this.#draftKey}`;
  }

  get #hasDraft(): boolean {
    return Object.values(this.draft).some((value) => value.trim() !== '');
  }

  /** The message as the customer would keep it: for copying, downloading and mailto. */
  #messageText(): string {
    const { email, name, subject, message } = this.draft;
    const signature = [name, email].filter(Boolean).join(', ');
    return [subject, message, signature && `— ${signature}`].filter(Boolean).join('\n\n');
  }

  async #restoreDraft(): Promise<void> {
    this.#restored = true;
    const saved = await this.#panel.outboxes.readDraft<Record<string, unknown>>(this.#draftKey);
    if (!saved || typeof saved !== 'object' || this.#hasDraft) return;
    this.#set(() => (this.draft = draftFrom(saved)));
  }

  async #restoreCallbackDraft(): Promise<void> {
    this.#callbackRestored = true;
    const saved = await this.#panel.outboxes.readDraft<Record<string, unknown>>(this.#callbackDraftKey);
    if (!saved || typeof saved !== 'object' || Object.values(this.#callbackDraft).some((value) => value !== '')) return;
    this.#set(() => (this.#callbackDraft = callbackDraftFrom(saved)));
  }

  async #clearDraft(): Promise<void> {
    this.#set(() => {
      this.draft = EMPTY_DRAFT;
      this.#fieldErrors = {};
      this.#sendState = undefined;
      this.shownFaq = new Set();
    });
    await this.#panel.outboxes.discardDraft(this.#draftKey);
  }

  #mailtoOffer(): MailtoOffer | undefined {
    const to = this.#emailChannel?.email?.to;
    if (!to) return undefined;
    const href = mailtoHref(to, this.draft.subject, this.#messageText());
    return href ? { to, href } : { to };
  }

  /** A faster real-time channel that is open now, to suggest (not impose) at the email moment. */
  #nudgeTarget(): ChannelView | undefined {
    if (this.#host.loaded?.nudge === false || this.#emailChannel?.nudge === false) return undefined;
    const candidates = (this.#panel.view?.channels ?? []).filter((channel) => channel.realTime && channel.open && channel.nudge && channel.id !== this.#emailChannelId);
    return candidates.sort((a, b) => (a.waitMinutes ?? Infinity) - (b.waitMinutes ?? Infinity))[0];
  }

  #renderNudge(channel: ChannelView) {
    const words = panelWords(this.#host.language, this.#host.loaded);
    const facts = [channel.label, channel.waitMinutes !== undefined ? formatWait(channel.waitMinutes, this.#host.language, this.#host.loaded) : '', channel.cost ?? ''].filter(Boolean).join(' · ');
    return html`<p class="nudge" part="nudge">
      ${this.#panel.icon(channel.type)}<span><strong>${words.nudgeQuestion}</strong> ${this.#panel.channelAction(channel, facts, { buttonClass: 'link-button' })}</span>
    </p>`;
  }

  /** The endpoint's limit, or the form's own where that is lower or there is none. */
  get #maxChars(): number {
    return Math.min(this.#emailChannel?.email?.maxChars ?? MESSAGE_MAX, MESSAGE_MAX);
  }

  #renderEmail() {
    const words = this.#words;
    const maxChars = this.#maxChars;
    const length = this.draft.message.length;
    const format = (n: number) => new Intl.NumberFormat(this.#host.language).format(n);
    const state = this.#sendState;
    const offer = state?.kind === 'mailto' ? state.offer : state?.kind === 'rejected' || state?.kind === 'not-sent' ? state.mailto : undefined;
    const nudge = this.#nudgeTarget();
    return html`${this.#panel.backButton('home')}
      <h3 id="email-title" tabindex="-1">${words.emailTitle}</h3>
      ${nudge ? this.#renderNudge(nudge) : nothing}
      ${state?.kind === 'rejected'
        ? html`<div class="notice" data-level="critical" role="alert">
            <div><strong>${words.rejectedTitle}</strong><p>${words.rejectedText(state.problem)}</p></div>
          </div>`
        : state?.kind === 'not-sent'
          ? html`<div class="notice" data-level="critical" role="alert">
              <div><strong>${words.notSentTitle}</strong><p>${words.notSentHere}</p></div>
            </div>`
          : nothing}
      ${offer ? mailtoBlock({ words, offer, copied: this.#copied, onCopy: () => void this.#copy(this.#messageText()), onDone: () => void this.#clearDraft() }) : nothing}
      ${emailForm({
        words,
        draft: this.draft,
        errors: this.#fieldErrors,
        suggestions: this.#panel.search.suggestions.email,
        suggestionsUnavailable: this.#panel.search.unavailable,
        maxChars,
        ...(length >= maxChars * COUNTER_FROM && { counterText: words.counter(format(length), format(maxChars)) }),
        onInput: this.#onDraftInput,
        onOpen: (id) => this.#openAnswer(id),
        onSubmit: this.#onSubmit,
        sending: state?.kind === 'sending',
      })}
      <p class="draft-note">
        ${!this.#panel.outboxes.draftsPersistent ? words.draftNotSaved : this.#host.drafts === 'device' ? words.draftSaved : words.draftSavedTab}
        ${this.#hasDraft ? html`<button type="button" class="link-button" @click=${() => void this.#clearDraft()}>${words.discard}</button>` : nothing}
      </p>`;
  }

  #renderReceipt() {
    const state = this.#sendState;
    if (state?.kind !== 'sent' && state?.kind !== 'queued') return undefined;
    const reply = this.#emailChannel?.reply;
    return receipt({
      words: this.#words,
      state,
      time: formatClock(state.at, visitorTimeZone() ?? 'UTC'),
      ...(reply && { reply: formatReply(reply.hours, this.#host.language, this.#host.loaded) }),
      persistent: this.#panel.outboxes.persistent,
      copied: this.#copied,
      onCopy: () => void this.#copy(state.text),
      onDownload: () => download(state.text, state.reference),
      onBack: () => this.#panel.showMode('home'),
      onSentThemselves: () => void this.#sentThemselves(),
    });
  }

  /** Sent with the customer's own email app: the queued copy must not go out as well. */
  async #sentThemselves(): Promise<void> {
    const key = this.#queuedKey;
    this.#queuedKey = undefined;
    if (key) await this.#panel.outboxes.withdraw(key);
    this.#set(() => (this.#sendState = undefined));
    this.#panel.showMode('home');
  }

  readonly #onDraftInput = (field: DraftField, value: string): void => {
    this.#set(() => {
      this.draft = { ...this.draft, [field]: value };
      if (this.#fieldErrors[field]) this.#fieldErrors = { ...this.#fieldErrors, [field]: undefined };
    });
    this.#panel.outboxes.saveDraftSoon(this.#draftKey, this.draft);
    if (field === 'subject' || field === 'message') this.#panel.search.update('email', [this.draft.subject, this.draft.message].filter(Boolean).join('\n'));
  };

  #validateDraft(): FieldErrors {
    const words = this.#words;
    const errors: FieldErrors = {};
    if (!isEmailAddress(this.draft.email.trim())) errors.email = words.emailInvalid;
    const maxChars = this.#maxChars;
    if (!this.draft.message.trim()) errors.message = words.messageRequired;
    else if (this.draft.message.length > maxChars) errors.message = plural(this.#host.language, this.draft.message.length - maxChars, words.tooLong);
    return errors;
  }

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const errors = this.#validateDraft();
    this.#set(() => (this.#fieldErrors = errors));
    const firstInvalid = (['email', 'message'] as const).find((field) => errors[field]);
    if (firstInvalid) {
      this.#panel.focusAfterRender = `#${firstInvalid}`;
      return;
    }
    void this.#submitEmail();
  };

  async #submitEmail(): Promise<void> {
    const channel = this.#emailChannel;
    const endpoint = channel?.email?.endpoint;
    if (!channel || !endpoint) {
      const offer = this.#mailtoOffer();
      if (offer) this.#set(() => (this.#sendState = { kind: 'mailto', offer }));
      return;
    }
    const text = this.#messageText();
    const host = this.#host;
    this.#set(() => (this.#sendState = { kind: 'sending' }));
    const outcome = await this.#panel.outboxes.submit(
      new URL(endpoint, document.baseURI).href,
      { channel: channel.id, ...this.draft, topic: host.topicId, pageUrl: pageUrl(location.href, host.loaded?.pageUrl?.keepQuery), locale: host.language, faqShown: [...this.shownFaq] } satisfies EmailDraftPayload,
      host.reference,
    );
    if (outcome.kind === 'rejected' || outcome.kind === 'stopped') {
      const offer = this.#mailtoOffer();
      const mailto = offer && { mailto: offer };
      this.#set(() => (this.#sendState = outcome.kind === 'rejected' ? { kind: 'rejected', problem: outcome.problem, ...mailto } : { kind: 'not-sent', ...mailto }));
      if (this.#stillAtForm('email')) this.#panel.focusAfterRender = '#email-title';
      return;
    }
    // The customer's own way to send it now, worked out before the form is cleared.
    const offer = outcome.kind === 'queued' ? this.#mailtoOffer() : undefined;
    // The outbox holds the message now; the form is free for a next one.
    await this.#clearDraft();
    this.#announceOutcome(outcome, text, undefined, offer);
  }

  /** Whether the visitor still looks at this form, after a wait: the panel open (or inline) and on it. */
  #stillAtForm(mode: 'email' | 'callback'): boolean {
    const host = this.#host;
    return this.#panel.mode === mode && (host.open || host.mode === 'inline');
  }

  #renderCallback() {
    const words = this.#words;
    const host = this.#host;
    const channel = this.#panel.channelById(this.#callbackChannelId);
    const slots = channel && host.loaded ? slotOptions(channel, host.loaded, this.#panel.clock.now, host.language) : [];
    const draft = this.#callbackDraft.slot || !slots[0] ? this.#callbackDraft : { ...this.#callbackDraft, slot: slots[0].value };
    return html`${this.#panel.backButton('home')}
      <h3 id="callback-title" tabindex="-1">${words.callbackTitle}</h3>
      ${callbackForm({
        words,
        draft,
        slots,
        errors: this.#callbackErrors,
        sending: this.#sendState?.kind === 'sending',
        onInput: (field, value) => {
          this.#set(() => {
            this.#callbackDraft = { ...draft, [field]: value };
            this.#callbackErrors = { ...this.#callbackErrors, [field]: undefined };
          });
          this.#panel.outboxes.saveDraftSoon(this.#callbackDraftKey, this.#callbackDraft);
        },
        onSubmit: (event) => {
          event.preventDefault();
          void this.#submitCallback(draft, slots);
        },
      })}`;
  }

  async #submitCallback(draft: CallbackDraft, slots: SlotOption[]): Promise<void> {
    const words = this.#words;
    const host = this.#host;
    const slot = slots.find((option) => option.value === draft.slot);
    const errors = callbackProblems(draft, slots, words);
    this.#set(() => (this.#callbackErrors = errors));
    const channel = this.#panel.channelById(this.#callbackChannelId);
    if (errors.phone || errors.slot || !slot || !channel?.callback) {
      if (errors.phone) this.#panel.focusAfterRender = '#phone';
      return;
    }
    this.#set(() => (this.#sendState = { kind: 'sending' }));
    const outcome = await this.#panel.outboxes.submit(
      new URL(channel.callback.endpoint, document.baseURI).href,
      {
        kind: 'callback',
        channel: channel.id,
        phone: draft.phone.trim(),
        name: draft.name,
        note: draft.note,
        slot: slot.value,
        slotLabel: slot.label,
        topic: host.topicId,
        pageUrl: pageUrl(location.href, host.loaded?.pageUrl?.keepQuery),
        locale: host.language,
      } satisfies CallbackDraftPayload,
      host.reference,
    );
    if (outcome.kind === 'rejected' || outcome.kind === 'stopped') {
      this.#set(() => {
        this.#sendState = undefined;
        this.#callbackErrors = { phone: outcome.kind === 'rejected' ? words.rejectedText(outcome.problem) : words.notSentHere };
      });
      return;
    }
    this.#callbackDraft = EMPTY_CALLBACK;
    void this.#panel.outboxes.discardDraft(this.#callbackDraftKey);
    this.#announceOutcome(outcome, [draft.phone, draft.name, draft.note].filter(Boolean).join('\n'), slot.label);
  }

  /** Shows the receipt for a message the endpoint took or the outbox holds, and tells the site. */
  #announceOutcome(outcome: Extract<SendOutcome, { kind: 'sent' | 'queued' }>, text: string, callbackAt?: string, mailto?: MailtoOffer): void {
    const host = this.#host;
    const reference = outcome.kind === 'sent' ? outcome.reference : outcome.message.reference;
    this.#queuedKey = outcome.kind === 'queued' ? outcome.message.idempotencyKey : undefined;
    this.#sendState = { kind: outcome.kind, reference, at: Date.now(), text, ...(callbackAt && { callbackAt }), ...(mailto && { mailto }) };
    // Only a visitor still at the form is taken to the receipt; one who went elsewhere is not pulled back.
    if (this.#stillAtForm(callbackAt ? 'callback' : 'email')) this.#panel.showMode('receipt');
    else this.#receiptDue = true;
    const kind = messageKind(outcome.message);
    if (outcome.kind === 'sent') {
      emit(host, 'kw-email-sent', { topic: host.topicId, reference, kind });
    } else {
      emit(host, 'kw-email-queued', { topic: host.topicId, reference, reason: outcome.reason, kind });
      this.#panel.outboxes.planRetry();
    }
  }

  /** A queued message was retried (now, or on a later page load). */
  onRetried(outcome: SendOutcome): void {
    const host = this.#host;
    const reference = outcome.message.reference;
    const shown = this.#sendState?.kind === 'queued' && this.#sendState.reference === reference ? this.#sendState : undefined;
    if (outcome.kind === 'sent') {
      if (shown) this.#set(() => {
        const { mailto: _sentAlready, ...rest } = shown;
        this.#sendState = { ...rest, kind: 'sent', reference: outcome.reference };
      });
      emit(host, 'kw-email-sent', { topic: host.topicId, reference: outcome.reference, kind: messageKind(outcome.message) });
    } else if (outcome.kind === 'rejected' && messageKind(outcome.message) === 'email') {
      // Refused after all: the text goes back into the form rather than being lost.
      this.draft = draftFrom(outcome.message.payload);
      this.#panel.outboxes.saveDraftSoon(this.#draftKey, this.draft);
      const offer = this.#mailtoOffer();
      this.#set(() => (this.#sendState = { kind: 'rejected', problem: outcome.problem, ...(offer && { mailto: offer }) }));
      if (shown) this.#panel.showMode('email');
    }
  }

  /** This visitor's messages the outbox gave up, each with the way to send it themselves. */
  renderNotSent() {
    const words = this.#words;
    const lang = this.#host.language;
    const zone = visitorTimeZone() ?? 'UTC';
    return this.#panel.outboxes.notSent.map(({ message, subject, text }) => {
      const channel = this.#panel.channelById(typeof message.payload['channel'] === 'string' ? message.payload['channel'] : undefined);
      const to = channel?.email?.to ?? this.#host.loaded?.channels.find((candidate) => candidate.email?.to)?.email?.to;
      const href = to && mailtoHref(to, subject, text);
      const remove = () => void this.#panel.outboxes.withdraw(message.idempotencyKey);
      return html`<div class="notice" part="not-sent" data-level="warning" data-reference=${message.reference}>
        <div>
          <strong>${words.notSentTitle}</strong>
          <p>${words.notSentText(message.reference, formatMoment(message.createdAt, this.#panel.clock.now, lang, zone, zone))}</p>
          ${to
            ? mailtoBlock({ words, offer: href ? { to, href } : { to }, copied: this.#copied, onCopy: () => void this.#copy(text), onDone: remove, done: words.notSentDone })
            : html`<button type="button" class="secondary" @click=${() => void this.#copy(text)}>${this.#copied ? words.copied : words.copy}</button>
                <button type="button" class="secondary" @click=${remove}>${words.notSentDone}</button>`}
        </div>
      </div>`;
    });
  }

  async #copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#set(() => (this.#copied = true));
      setTimeout(() => this.#set(() => (this.#copied = false)), 3000);
    } catch {
      // Clipboard refused (permissions, insecure context): the download button still works.
    }
  }
}

function download(text: string, reference: string): void {
  const url = URL.createObjectURL(new Blob([`${reference}\n\n${text}\n`], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${reference}.txt`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
