/**
 * Everything the panel needs once a customer starts helping themselves: FAQ search, answers, the
 * email form and call-back request, and receipts, with their words and styles. The self-service
 * part, loaded when the panel opens; the panel knows it only by its door (`SelfServiceDoor`).
 */
import { html } from 'lit-html';
import type { SendOutcome } from '../../../outbox/outbox.js';
import type { SearchResult } from '../../../search/faq-search.js';
import { plural } from '../../../i18n/plural.js';
import { selfServiceWords, type SelfServiceStrings } from '../../../i18n/self-service-strings.js';
import type { PanelController, PanelMode, SelfService } from '../panel/panel.js';
import type { QuerySource } from '../panel/search-controller.js';
import { answer, searchBox, thanks } from './faq-views.js';
import { MessageFlow } from './message-flow.js';
import { emit } from '../../../internal/emit.js';

export { followKeyboard } from './keyboard.js';
export { selfServiceStyles } from './self-service.styles.js';

class SelfServiceViews implements SelfService {
  readonly #panel: PanelController;
  readonly #flow: MessageFlow;
  #answerId?: string;
  #answerFrom: QuerySource = 'search';
  #feedbackGiven = new Set<string>();

  constructor(panel: PanelController) {
    this.#panel = panel;
    this.#flow = new MessageFlow(panel, (id) => this.#openAnswer(id, 'email'));
  }

  get #words(): SelfServiceStrings {
    return selfServiceWords(this.#panel.host.language, this.#panel.host.loaded);
  }

  get shownFaq(): ReadonlySet<string> {
    return this.#flow.shownFaq;
  }

  get draftMessage(): string {
    return this.#flow.draft.message;
  }

  searchBox() {
    const search = this.#panel.search;
    return searchBox({
      words: this.#words,
      query: search.queries.search,
      suggestions: search.suggestions.search,
      unavailable: search.unavailable,
      onFocus: () => void search.prepare(),
      onInput: (text) => search.update('search', text),
      onOpen: (id) => this.#openAnswer(id, 'search'),
    });
  }

  render(mode: Exclude<PanelMode, 'home' | 'unavailable'>) {
    switch (mode) {
      case 'email':
      case 'callback':
      case 'receipt':
        return this.#flow.render(mode);
      case 'answer':
        return this.#renderAnswer();
      case 'thanks':
        return thanks({ words: this.#words, onBack: () => this.#panel.showMode('home') });
    }
  }

  #renderAnswer() {
    const entry = this.#answerId ? this.#panel.search.entry(this.#answerId) : undefined;
    if (!entry) return undefined;
    const id = entry.id;
    const back = this.#answerFrom === 'email' ? 'email' : 'home';
    return html`${this.#panel.backButton(back)}
    ${answer({
      words: this.#words,
      entry,
      fromEmail: this.#answerFrom === 'email',
      feedbackGiven: this.#feedbackGiven.has(id),
      onAnswered: () => this.#deflect(id),
      onContinue: () => this.#panel.showMode(back),
      onFeedback: (helpful) => this.#feedback(id, helpful),
    })}`;
  }

  start(kind: 'email' | 'callback', channelId: string): void {
    this.#flow.start(kind, channelId);
  }

  onRetried(outcome: SendOutcome): void {
    this.#flow.onRetried(outcome);
  }

  notSent() {
    return this.#flow.renderNotSent();
  }

  onSuggested(source: QuerySource, results: SearchResult[]): void {
    this.#flow.onSuggested(source, results);
  }

  announcement(): string {
    const words = this.#words;
    const mode = this.#panel.mode;
    const search = this.#panel.search;
    const source: QuerySource | undefined = mode === 'home' ? 'search' : mode === 'email' ? 'email' : undefined;
    if (!source || !search.queries[source].trim()) return '';
    const count = search.suggestions[source].length;
    return count > 0 ? plural(this.#panel.host.language, count, words.found) : source === 'search' && !search.unavailable ? words.noneFound : '';
  }

  #openAnswer(id: string, from: QuerySource): void {
    const host = this.#panel.host;
    this.#answerId = id;
    this.#answerFrom = from;
    this.#panel.showMode('answer');
    emit(host, 'kw-faq-open', { topic: host.topicId, id, query: this.#panel.search.queries[from], source: from });
  }

  #deflect(id: string): void {
    const host = this.#panel.host;
    emit(host, 'kw-faq-deflect', { topic: host.topicId, id, query: this.#panel.search.queries[this.#answerFrom], source: this.#answerFrom });
    this.#panel.showMode('thanks');
  }

  #feedback(id: string, helpful: boolean): void {
    const host = this.#panel.host;
    this.#feedbackGiven = new Set(this.#feedbackGiven).add(id);
    host.requestUpdate();
    emit(host, 'kw-feedback', { topic: host.topicId, target: id, helpful });
  }
}

export function createSelfService(panel: PanelController): SelfService {
  return new SelfServiceViews(panel);
}
