import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchOk } from '../../../internal/fetch-ok.js';
import { localKeywords } from '../../../i18n/keywords.js';
import type { UiLanguage } from '../../../i18n/language.js';
import { localize } from '../../../i18n/localize.js';
import { lateWords } from '../../../i18n/late-words.js';
import { safeHref } from '../../../policy/checks.js';
import type { FaqItem, Policy } from '../../../policy/schema.js';
import type { FaqSearch, SearchResult } from '../../../search/faq-search.js';
import type { PanelParts } from '../entry/panel-host.js';

type SearchParts = Pick<PanelParts<unknown>, 'load'>;

/** One FAQ entry as the panel shows it, in the customer's language. */
export interface FaqView {
  id: string;
  question: string;
  paragraphs: string[];
  snippet: string;
  links: { label: string; href: string }[];
}

export interface Suggestion extends SearchResult {
  entry: FaqView;
}

/** Where a query comes from: the search box at the top, or the email being written. */
export type QuerySource = 'search' | 'email';

export interface SuggestEvent {
  source: QuerySource;
  query: string;
  results: SearchResult[];
  /** The FAQ's own words the search box's query matched; none for the email form. */
  words: string[];
}

/** Typing pauses shorter than this are still typing; the search itself takes the rest of the 150 ms budget. */
const DEBOUNCE_MS = 110;
/** After a failed load, typing tries again after this pause, doubled with every failure up to the cap. */
const RETRY_BASE_MS = 1000;
const RETRY_CAP_MS = 60_000;
const SNIPPET_LENGTH = 140;

interface LoadedFaq {
  search: FaqSearch;
  entries: Map<string, FaqView>;
}

// One index per policy and language, shared by every widget on the page.
const cache = new WeakMap<Policy, Map<UiLanguage, Promise<LoadedFaq>>>();

function view(item: FaqItem, lang: UiLanguage, locale: string): FaqView {
  const answer = localize(item.answer, lang, locale);
  const paragraphs = answer.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const flat = answer.replace(/\s+/g, ' ').trim();
  return {
    id: item.id,
    question: localize(item.question, lang, locale),
    paragraphs,
    snippet: flat.length > SNIPPET_LENGTH ? `${flat.slice(0, flat.lastIndexOf(' ', SNIPPET_LENGTH))}…` : flat,
    links: (item.links ?? []).flatMap((link) => {
      const href = safeHref(link.href);
      return href ? [{ label: localize(link.label, lang, locale), href }] : [];
    }),
  };
}

/** Loading a part failed: the search code, or the validator a FAQ file needs. */
class PartMissing extends Error {}

async function faqItems(policy: Policy, parts: SearchParts): Promise<FaqItem[]> {
  if (Array.isArray(policy.faq)) return policy.faq;
  if (typeof policy.faq !== 'string') return [];
  // A large FAQ lives in its own file, fetched only now that someone searches.
  const address = policy.faq;
  const response = await fetchOk(new URL(address, document.baseURI)).catch((error: unknown) => {
    throw new Error(`could not load the FAQ from ${address}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const [validator, data] = await Promise.all([parts.load('validate'), response.json() as Promise<unknown>]);
  if (!validator.ok) throw new PartMissing(`the FAQ checker could not load (${validator.reason})`);
  const { validateFaqList } = validator.module;
  const { faq, errors } = validateFaqList(data, new Set((policy.topics ?? []).map((topic) => topic.id)));
  if (errors.length > 0) console.warn(`<kanaal-wijzer>: ${errors.length} problem(s) in the FAQ file; broken entries are left out.`);
  return faq;
}

function load(policy: Policy, lang: UiLanguage, parts: SearchParts): Promise<LoadedFaq> {
  let byLang = cache.get(policy);
  if (!byLang) cache.set(policy, (byLang = new Map()));
  let loaded = byLang.get(lang);
  if (!loaded) {
    loaded = Promise.all([parts.load('faq-search'), faqItems(policy, parts)]).then(async ([part, items]) => {
      if (!part.ok) throw new PartMissing(`the search code could not load (${part.reason})`);
      const { FaqSearch } = part.module;
      const views = items.map((item) => view(item, lang, policy.locale));
      // A language with a chunk of its own brings its folding; the Dutch and English one otherwise.
      const folding = lateWords(lang)?.search;
      const search = await FaqSearch.buildInSlices(
        items.map((item, index) => ({
          id: item.id,
          question: views[index]?.question ?? '',
          answer: views[index]?.paragraphs.join(' ') ?? '',
          keywords: localKeywords(item.keywords, lang, policy.locale),
          topics: item.topics ?? [],
        })),
        folding ? { folding } : {},
      );
      return { search, entries: new Map(views.map((entry) => [entry.id, entry])) };
    });
    // A failed load may succeed later (the FAQ file was briefly unreachable).
    loaded.catch(() => byLang?.delete(lang));
    byLang.set(lang, loaded);
  }
  return loaded;
}

/**
 * FAQ suggestions for a host: loads the search code and index on first use, debounces typing,
 * and keeps the latest suggestions per source. Cleans up its timers on disconnect.
 */
export class SearchController implements ReactiveController {
  readonly suggestions: Record<QuerySource, Suggestion[]> = { search: [], email: [] };
  readonly queries: Record<QuerySource, string> = { search: '', email: '' };
  /** Set while suggestions cannot be had: their code or the FAQ file would not load. */
  unavailable = false;
  #failures = 0;
  #retryAt = 0;
  #loaded?: LoadedFaq;
  /** The policy and language the loaded index is for: a new one of either searches again. */
  #for?: { policy: Policy; lang: UiLanguage };
  #timers: Partial<Record<QuerySource, ReturnType<typeof setTimeout>>> = {};
  readonly #host: ReactiveControllerHost;
  readonly #context: () => { policy?: Policy; lang: UiLanguage; topic: string | null };
  readonly #onSuggest: (event: SuggestEvent) => void;
  readonly #parts: SearchParts;

  constructor(
    host: ReactiveControllerHost,
    context: () => { policy?: Policy; lang: UiLanguage; topic: string | null },
    onSuggest: (event: SuggestEvent) => void,
    parts: SearchParts,
  ) {
    this.#host = host;
    this.#context = context;
    this.#onSuggest = onSuggest;
    this.#parts = parts;
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const timer of Object.values(this.#timers)) clearTimeout(timer);
    this.#timers = {};
  }

  hostUpdate(): void {
    const { policy, lang } = this.#context();
    if (!this.#for || (this.#for.policy === policy && this.#for.lang === lang)) return;
    // The suggestions on screen came from another policy or language: find them again in this one.
    this.#loaded = undefined;
    this.#for = undefined;
    this.unavailable = false;
    this.#failures = 0;
    for (const source of ['search', 'email'] as const) {
      this.suggestions[source] = [];
      if (this.queries[source]) this.update(source, this.queries[source]);
    }
  }

  /** Starts loading the search code and index, so the first keystroke finds them ready. */
  async prepare(): Promise<LoadedFaq | undefined> {
    const { policy, lang } = this.#context();
    if (!policy || (this.unavailable && Date.now() < this.#retryAt)) return undefined;
    try {
      const loaded = await load(policy, lang, this.#parts);
      // Still current: the policy or the language may have changed while the index was built.
      const now = this.#context();
      if (now.policy !== policy || now.lang !== lang) return undefined;
      this.#loaded = loaded;
      this.#for = { policy, lang };
      if (this.unavailable) this.#setUnavailable(false);
      return loaded;
    } catch (error) {
      // Suggestions are then absent, and one quiet line says so; every channel still works.
      // Searches that waited for the same load hear of one failure: it doubles the pause once.
      if (Date.now() >= this.#retryAt) {
        this.#failures++;
        this.#retryAt = Date.now() + Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** this.#failures);
      }
      if (!this.unavailable) {
        console.warn(`<kanaal-wijzer>: FAQ suggestions are unavailable: ${error instanceof Error ? error.message : String(error)}`);
        this.#setUnavailable(true);
      }
      return undefined;
    }
  }

  #setUnavailable(unavailable: boolean): void {
    this.unavailable = unavailable;
    if (!unavailable) this.#failures = 0;
    this.#host.requestUpdate();
  }

  entry(id: string): FaqView | undefined {
    return this.#loaded?.entries.get(id);
  }

  /** Call on every change of the text; suggestions follow once typing pauses. */
  update(source: QuerySource, text: string): void {
    this.queries[source] = text.trim();
    clearTimeout(this.#timers[source]);
    this.#timers[source] = setTimeout(() => void this.#run(source), DEBOUNCE_MS);
  }

  async #run(source: QuerySource): Promise<void> {
    const loaded = this.#loaded ?? (await this.prepare());
    const query = this.queries[source];
    if (!loaded) return;
    const results = query ? loaded.search.search(query, { topic: this.#context().topic, limit: 3 }) : [];
    this.suggestions[source] = results.flatMap((result) => {
      const entry = loaded.entries.get(result.id);
      return entry ? [{ ...result, entry }] : [];
    });
    this.#host.requestUpdate();
    // Queries that found nothing are the most useful to whoever writes the FAQ: report them too.
    if (query) this.#onSuggest({ source, query, results, words: source === 'search' ? loaded.search.matchedWords(query) : [] });
  }
}
