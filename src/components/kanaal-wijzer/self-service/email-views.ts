/** Templates for what happens after "Send": the receipt, a queued message, a refusal, mailto. */
import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { field } from './faq-views.js';
import type { SelfServiceStrings as Strings } from '../../../i18n/self-service-strings.js';

/** What was sent: an email, or a call-back request for a chosen moment. */
export interface Sent {
  kind: 'sent' | 'queued';
  reference: string;
  at: number;
  text: string;
  /** For call-back requests: when we call, as the customer chose it. */
  callbackAt?: string;
  /** For a queued email: the customer's own way to send it now. */
  mailto?: MailtoOffer;
}

export type SendState =
  | { kind: 'sending' }
  | Sent
  | { kind: 'rejected'; problem: string; mailto?: MailtoOffer }
  /** Given up before it went anywhere (its endpoint is not allowed): the form keeps the text. */
  | { kind: 'not-sent'; mailto?: MailtoOffer }
  | { kind: 'mailto'; offer: MailtoOffer };

export interface MailtoOffer {
  to: string;
  /** Absent when the message is too long for a link: the customer copies it instead. */
  href?: string;
}

export function receipt(props: {
  words: Strings;
  state: Sent;
  time: string;
  reply?: string;
  persistent: boolean;
  copied: boolean;
  onCopy: () => void;
  onDownload: () => void;
  onBack: () => void;
  /** The customer sent the queued email themselves: it leaves the queue. */
  onSentThemselves: () => void;
}) {
  const { words, state } = props;
  const sent = state.kind === 'sent';
  return html`<div class="receipt" part="receipt" data-state=${state.kind}>
    <h3 tabindex="-1" id="receipt-title">
      ${state.callbackAt ? (sent ? words.callbackSentTitle : words.callbackQueuedTitle) : sent ? words.sentTitle : words.queuedTitle}
    </h3>
    ${state.callbackAt ? html`<p class="callback-at">${words.callbackAt(state.callbackAt)}</p>` : nothing}
    ${sent ? nothing : html`<p>${words.queuedText}</p>`}
    ${!sent && state.mailto
      ? html`<p>${words.queuedMailto}</p>
          ${mailtoBlock({ words, offer: state.mailto, copied: props.copied, onCopy: props.onCopy, onDone: props.onSentThemselves })}`
      : nothing}
    ${sent || props.persistent ? nothing : html`<p class="warning">${words.memoryOnly}</p>`}
    <dl>
      <dt>${words.reference}</dt>
      <dd class="reference">${state.reference}</dd>
    </dl>
    <p class="hint">${words.referenceHint}</p>
    <p>${sent ? words.sentAt(props.time) : words.savedAt(props.time)}${props.reply && !state.callbackAt ? html`<br />${words.expect(props.reply)}` : nothing}</p>
    <div class="answer-actions">
      <button type="button" class="secondary" @click=${props.onCopy}>${props.copied ? words.copied : words.copy}</button>
      <button type="button" class="secondary" @click=${props.onDownload}>${words.download}</button>
      <button type="button" class="secondary" @click=${props.onBack}>${words.back}</button>
    </div>
  </div>`;
}

export function mailtoBlock(props: { words: Strings; offer: MailtoOffer; onCopy: () => void; onDone: () => void; copied: boolean; done?: string }) {
  const { words, offer } = props;
  return html`<div class="mailto">
    ${offer.href
      ? html`<a class="button-link" href=${offer.href}>${words.mailtoOffer}</a>`
      : html`<p>${words.mailtoTooLong(offer.to)}</p>
          <button type="button" class="secondary" @click=${props.onCopy}>${props.copied ? words.copied : words.copy}</button>`}
    <p>${words.mailtoConfirm}</p>
    <button type="button" class="secondary" @click=${props.onDone}>${props.done ?? words.mailtoDone}</button>
  </div>`;
}

export interface CallbackDraft {
  phone: string;
  name: string;
  slot: string;
  note: string;
}

export function callbackForm(props: {
  words: Strings;
  draft: CallbackDraft;
  slots: { value: string; label: string }[];
  errors: Partial<Record<keyof CallbackDraft, string>>;
  sending: boolean;
  onInput: (field: keyof CallbackDraft, value: string) => void;
  onSubmit: (event: SubmitEvent) => void;
}) {
  const { words, draft, errors } = props;
  if (props.slots.length === 0) return html`<p class="message">${words.noSlots}</p>`;
  const input = (field: keyof CallbackDraft) => (event: Event) => props.onInput(field, (event.target as HTMLInputElement).value);
  return html`<form class="email-form" part="callback-form" novalidate @submit=${props.onSubmit}>
    ${field({ id: 'phone', label: words.fieldPhone, type: 'tel', autocomplete: 'tel', maxLength: 40, value: draft.phone, onInput: (value) => props.onInput('phone', value), ...(errors.phone && { error: errors.phone }) })}
    ${field({ id: 'callback-name', label: words.fieldName, optional: words.optional, autocomplete: 'name', maxLength: 200, value: draft.name, onInput: (value) => props.onInput('name', value) })}
    <div class="field">
      <label for="slot">${words.fieldSlot}</label>
      <select id="slot" required aria-invalid=${errors.slot ? 'true' : 'false'} @change=${input('slot')}>
        ${props.slots.map((slot) => html`<option value=${slot.value} ?selected=${slot.value === draft.slot}>${slot.label}</option>`)}
      </select>
      ${errors.slot ? html`<p class="error">${errors.slot}</p>` : nothing}
    </div>
    <div class="field">
      <label for="note">${words.fieldNote} <span class="optional">${words.optional}</span></label>
      <textarea id="note" rows="3" maxlength="2000" .value=${live(draft.note)} @input=${input('note')}></textarea>
    </div>
    <button type="submit" class="primary" part="send-button" ?disabled=${props.sending}>${props.sending ? words.sending : words.requestCallback}</button>
  </form>`;
}
