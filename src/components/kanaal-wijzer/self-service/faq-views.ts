/** Templates for self-service: the FAQ search box, the email form with suggestions, an answer. */
import { html, nothing } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { Suggestion, FaqView } from '../panel/search-controller.js';
import type { SelfServiceStrings as Strings } from '../../../i18n/self-service-strings.js';

export interface Draft {
  email: string;
  name: string;
  subject: string;
  message: string;
}

export type DraftField = keyof Draft;
export type FieldErrors = Partial<Record<DraftField, string>>;

function suggestionList(suggestions: Suggestion[], onOpen: (id: string) => void, labelId: string) {
  return html`<ul class="suggestions" aria-labelledby=${labelId}>
    ${suggestions.map(
      ({ entry }) => html`<li>
        <button type="button" class="suggestion" part="suggestion" data-faq=${entry.id} @click=${() => onOpen(entry.id)}>
          <span class="suggestion-question">${entry.question}</span>
          <span class="suggestion-snippet">${entry.snippet}</span>
        </button>
      </li>`,
    )}
  </ul>`;
}

/** One quiet line while suggestions cannot be had: the form and the channels work without them. */
function unavailableLine(words: Strings) {
  return html`<p class="message" role="status">${words.suggestionsUnavailable}</p>`;
}

export function searchBox(props: {
  words: Strings;
  query: string;
  suggestions: Suggestion[];
  unavailable: boolean;
  onFocus: () => void;
  onInput: (text: string) => void;
  onOpen: (id: string) => void;
}) {
  const { words, query, suggestions } = props;
  return html`
    <div class="search" role="search">
      <label for="faq-search" class="search-label">${words.searchLabel}</label>
      <input
        id="faq-search"
        type="search"
        part="search"
        autocomplete="off"
        placeholder=${words.searchHint}
        .value=${live(query)}
        @focus=${props.onFocus}
        @input=${(event: Event) => props.onInput((event.target as HTMLInputElement).value)}
      />
      <p class="visually-hidden" id="search-results-label">${words.searchLabel}</p>
      ${suggestions.length
        ? suggestionList(suggestions, props.onOpen, 'search-results-label')
        : !query.trim()
          ? nothing
          : props.unavailable
            ? unavailableLine(words)
            : html`<p class="message">${words.noneFound}</p>`}
    </div>
  `;
}

/** A labelled text field with its error, described for screen readers. */
export function field(props: {
  id: string;
  label: string;
  optional?: string;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: 'off' | 'email' | 'name' | 'tel';
  value: string;
  /** The longest value the endpoint takes (the contract's limits). */
  maxLength: number;
  error?: string;
  onInput: (value: string) => void;
}) {
  const errorId = `${props.id}-error`;
  return html`<div class="field">
    <label for=${props.id}>${props.label}${props.optional ? html` <span class="optional">${props.optional}</span>` : nothing}</label>
    <input
      id=${props.id}
      name=${props.id}
      type=${props.type ?? 'text'}
      autocomplete=${props.autocomplete ?? 'off'}
      ?required=${!props.optional}
      maxlength=${props.maxLength}
      aria-invalid=${props.error ? 'true' : 'false'}
      aria-describedby=${props.error ? errorId : nothing}
      .value=${live(props.value)}
      @input=${(event: Event) => props.onInput((event.target as HTMLInputElement).value)}
    />
    ${props.error ? html`<p class="error" id=${errorId}>${props.error}</p>` : nothing}
  </div>`;
}

export function emailForm(props: {
  words: Strings;
  draft: Draft;
  errors: FieldErrors;
  suggestions: Suggestion[];
  suggestionsUnavailable: boolean;
  /** The longest message the form takes. */
  maxChars: number;
  /** How many characters are used, shown near the limit. */
  counterText?: string;
  onInput: (field: DraftField, value: string) => void;
  onOpen: (id: string) => void;
  onSubmit: (event: SubmitEvent) => void;
  sending: boolean;
}) {
  const { words, draft, errors } = props;
  return html`
    <form class="email-form" part="email-form" novalidate @submit=${props.onSubmit}>
      ${field({ id: 'email', label: words.fieldEmail, type: 'email', autocomplete: 'email', maxLength: 254, value: draft.email, onInput: (value) => props.onInput('email', value), ...(errors.email && { error: errors.email }) })}
      ${field({ id: 'name', label: words.fieldName, optional: words.optional, autocomplete: 'name', maxLength: 200, value: draft.name, onInput: (value) => props.onInput('name', value) })}
      ${field({ id: 'subject', label: words.fieldSubject, optional: words.optional, maxLength: 200, value: draft.subject, onInput: (value) => props.onInput('subject', value) })}
      <div class="field">
        <label for="message">${words.fieldMessage}</label>
        <textarea
          id="message"
          name="message"
          rows="5"
          required
          maxlength=${props.maxChars}
          aria-invalid=${errors.message ? 'true' : 'false'}
          aria-describedby=${[errors.message ? 'message-error' : '', props.counterText ? 'message-counter' : ''].filter(Boolean).join(' ') || nothing}
          .value=${live(draft.message)}
          @input=${(event: Event) => props.onInput('message', (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="counter" id="message-counter" aria-live="polite">${props.counterText ?? ''}</p>
        ${errors.message ? html`<p class="error" id="message-error">${errors.message}</p>` : nothing}
      </div>
      ${props.suggestions.length
        ? html`<section class="suggestion-box" aria-labelledby="might-help">
            <h4 id="might-help">${words.mightHelp}</h4>
            ${suggestionList(props.suggestions, props.onOpen, 'might-help')}
          </section>`
        : props.suggestionsUnavailable && draft.message.trim()
          ? unavailableLine(words)
          : nothing}
      <button type="submit" class="primary" part="send-button" ?disabled=${props.sending} aria-busy=${props.sending ? 'true' : 'false'}>
        ${props.sending ? words.sending : words.send}
      </button>
    </form>
  `;
}

export function answer(props: {
  words: Strings;
  entry: FaqView;
  fromEmail: boolean;
  feedbackGiven: boolean;
  onAnswered: () => void;
  onContinue: () => void;
  onFeedback: (helpful: boolean) => void;
}) {
  const { words, entry } = props;
  return html`
    <article class="answer" part="answer" aria-labelledby="answer-title">
      <h3 id="answer-title" tabindex="-1">${entry.question}</h3>
      ${entry.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
      ${entry.links.length
        ? html`<ul class="answer-links">
            ${entry.links.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
          </ul>`
        : nothing}
      <div class="answer-actions">
        <button type="button" class="primary" @click=${props.onAnswered}>${words.answered}</button>
        <button type="button" class="secondary" @click=${props.onContinue}>${props.fromEmail ? words.continueEmail : words.backToChannels}</button>
      </div>
      <div class="feedback">
        ${props.feedbackGiven
          ? html`<p role="status">${words.feedbackThanks}</p>`
          : html`<span id="helpful-label">${words.helpful}</span>
              <span role="group" aria-labelledby="helpful-label">
                <button type="button" class="secondary small" @click=${() => props.onFeedback(true)}>${words.yes}</button>
                <button type="button" class="secondary small" @click=${() => props.onFeedback(false)}>${words.no}</button>
              </span>`}
      </div>
    </article>
  `;
}

export function thanks(props: { words: Strings; onBack: () => void }) {
  return html`<div class="thanks" role="status">
    <h3 tabindex="-1">${props.words.thanksTitle}</h3>
    <p>${props.words.thanksText}</p>
    <button type="button" class="secondary" @click=${props.onBack}>${props.words.back}</button>
  </div>`;
}
