/** Templates for what happens after "Send": the receipt, a queued message, a refusal, mailto. */
import { html, nothing } from 'lit';
import type { SelfServiceStrings as Strings } from './self-service-strings.js';

export type SendState =
  | { kind: 'sending' }
  | { kind: 'sent' | 'queued'; reference: string; at: number; text: string }
  | { kind: 'rejected'; problem: string; mailto?: MailtoOffer }
  | { kind: 'mailto'; offer: MailtoOffer };

export interface MailtoOffer {
  to: string;
  /** Absent when the message is too long for a link: the customer copies it instead. */
  href?: string;
}

export function receipt(props: {
  words: Strings;
  state: { kind: 'sent' | 'queued'; reference: string; at: number; text: string };
  time: string;
  reply?: string;
  persistent: boolean;
  copied: boolean;
  onCopy: () => void;
  onDownload: () => void;
  onBack: () => void;
}) {
  const { words, state } = props;
  const sent = state.kind === 'sent';
  return html`<div class="receipt" part="receipt" data-state=${state.kind}>
    <h3 tabindex="-1" id="receipt-title">${sent ? words.sentTitle : words.queuedTitle}</h3>
    ${sent ? nothing : html`<p>${words.queuedText}</p>`}
    ${sent || props.persistent ? nothing : html`<p class="warning">${words.memoryOnly}</p>`}
    <dl>
      <dt>${words.reference}</dt>
      <dd class="reference">${state.reference}</dd>
    </dl>
    <p class="hint">${words.referenceHint}</p>
    <p>${sent ? words.sentAt(props.time) : words.savedAt(props.time)}${props.reply ? html`<br />${words.expect(props.reply)}` : nothing}</p>
    <div class="answer-actions">
      <button type="button" class="secondary" @click=${props.onCopy}>${props.copied ? words.copied : words.copy}</button>
      <button type="button" class="secondary" @click=${props.onDownload}>${words.download}</button>
      <button type="button" class="secondary" @click=${props.onBack}>${words.back}</button>
    </div>
  </div>`;
}

export function mailtoBlock(props: { words: Strings; offer: MailtoOffer; onCopy: () => void; onDone: () => void; copied: boolean }) {
  const { words, offer } = props;
  return html`<div class="mailto">
    ${offer.href
      ? html`<a class="button-link" href=${offer.href}>${words.mailtoOffer}</a>`
      : html`<p>${words.mailtoTooLong(offer.to)}</p>
          <button type="button" class="secondary" @click=${props.onCopy}>${props.copied ? words.copied : words.copy}</button>`}
    <p>${words.mailtoConfirm}</p>
    <button type="button" class="secondary" @click=${props.onDone}>${words.mailtoDone}</button>
  </div>`;
}
