// The search as it was before fuse.js came back (commit 4bb28f0), frozen so `npm run eval` can compare with it.
/**
 * FAQ search on real customer text: a whole email, a fragment, typos, missing accents.
 *
 * The text is reduced to its informative word stems; each stem is looked up in the FAQ's
 * vocabulary, exactly when it can be and by typing-mistake distance when it is misspelt; entries
 * are then ranked with BM25 over those matches, with the question and keywords weighing more than
 * the answer. The cost grows with the number of words, not with the length of every answer.
 *
 * Misspellings need only "which vocabulary words are a typo or two away from this one": a bounded
 * edit distance does that in a few hundred bytes, where a fuzzy-search library cost 7.6 KB gzipped.
 */
import { editDistance } from '../../src/internal/edit-distance.js';
import { yieldToMain } from '../../src/internal/yield-to-main.js';
import { informativeStems, fold, stem } from './normalize.js';

export interface SearchableEntry {
  id: string;
  question: string;
  answer: string;
  keywords?: readonly string[];
  topics?: readonly string[];
}

export interface SearchResult {
  id: string;
  /** 0–1: how much of what the customer wrote the entry covers. */
  score: number;
}

export interface SearchOptions {
  /** Entries of this topic rank before the others. */
  topic?: string | null;
  limit?: number;
}

interface Posting {
  doc: number;
  /** Field-weighted term frequency. */
  weight: number;
}

/** Ranking constants, tuned on BANKING77 (npm run eval); exposed only so the evaluation can sweep them. */
export interface Tuning {
  question: number;
  keywords: number;
  answer: number;
  k1: number;
  b: number;
}

export const DEFAULT_TUNING: Tuning = { question: 3, keywords: 2.5, answer: 1, k1: 1.2, b: 0.6 };
/** Entries of the page's topic are preferred, not exclusive: a good answer elsewhere still shows. */
const TOPIC_BOOST = 1.3;
/** Below this share of the text's meaning an entry is not worth a customer's attention. */
const MIN_RELEVANCE = 0.2;
/** Long emails are cut to their rarest words: they carry the question. */
const MAX_STEMS = 14;
/** A word that merely begins like the customer's counts a little less than the word itself. */
const EXTENSION_SURENESS = 0.85;
/** A misspelt word may be this share of its letters away from the word meant (a third: 1 in 4–5 letters, 2 in 6–8). */
const TYPO_SHARE = 1 / 3;
/** How many vocabulary words a misspelt word may stand for. */
const TYPO_CANDIDATES = 3;

/** Longest stretch of indexing before giving the main thread back, so typing never stutters. */
const SLICE_MS = 8;

export class FaqSearch {
  readonly size: number;
  readonly #ids: string[];
  readonly #topics: (readonly string[] | undefined)[];
  readonly #docLength: number[] = [];
  #averageLength = 1;
  readonly #postings = new Map<string, Posting[]>();
  /** Sorted vocabulary, to find the words a stem begins ("arriv" → "arrival") by binary search. */
  #sortedVocabulary: string[] = [];
  readonly #matchCache = new Map<string, [string, number][]>();
  readonly #tuning: Tuning;

  private constructor(entries: readonly SearchableEntry[], tuning: Tuning) {
    this.#tuning = tuning;
    this.size = entries.length;
    this.#ids = entries.map((entry) => entry.id);
    this.#topics = entries.map((entry) => entry.topics);
  }

  /** Indexes everything at once: for small FAQs, tests and tools. */
  static build(entries: readonly SearchableEntry[], tuning: Tuning = DEFAULT_TUNING): FaqSearch {
    const search = new FaqSearch(entries, tuning);
    entries.forEach((entry, doc) => search.#indexEntry(entry, doc));
    search.#finish();
    return search;
  }

  /** Indexes in slices of a few milliseconds, yielding between them: for the page. */
  static async buildInSlices(entries: readonly SearchableEntry[], tuning: Tuning = DEFAULT_TUNING): Promise<FaqSearch> {
    const search = new FaqSearch(entries, tuning);
    let sliceStart = performance.now();
    for (let doc = 0; doc < entries.length; doc++) {
      search.#indexEntry(entries[doc] as SearchableEntry, doc);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToMain();
        sliceStart = performance.now();
      }
    }
    search.#finish();
    return search;
  }

  #finish(): void {
    this.#averageLength = Math.max(1, this.#docLength.reduce((sum, length) => sum + length, 0) / Math.max(1, this.size));
    this.#sortedVocabulary = [...this.#postings.keys()].sort();
  }

  /**
   * The closest vocabulary words within a few typing mistakes, surer the fewer mistakes; and
   * words that end in the customer's word, as Dutch compounds and separable verbs do
   * ("meld ik me aan" → "aanmelden", "afrekening" → "jaarafrekening").
   */
  #corrections(key: string): [string, number][] {
    const limit = Math.floor(key.length * TYPO_SHARE);
    const found: [string, number][] = [];
    for (const word of this.#sortedVocabulary) {
      const distance = editDistance(key, word, limit);
      if (distance <= limit) found.push([word, 1 - distance / key.length]);
      else if (word.endsWith(key) && word.length - key.length <= 5) found.push([word, EXTENSION_SURENESS]);
    }
    return found.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TYPO_CANDIDATES);
  }

  #indexEntry(entry: SearchableEntry, doc: number): void {
    const counts = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) {
        if (word.length < 2) continue;
        const key = stem(word);
        counts.set(key, (counts.get(key) ?? 0) + weight);
      }
    };
    add(entry.question, this.#tuning.question);
    for (const keyword of entry.keywords ?? []) add(keyword, this.#tuning.keywords);
    add(entry.answer, this.#tuning.answer);
    let length = 0;
    for (const [key, weight] of counts) {
      let list = this.#postings.get(key);
      if (!list) this.#postings.set(key, (list = []));
      list.push({ doc, weight });
      length += weight;
    }
    this.#docLength[doc] = length;
  }

  #idf(key: string): number {
    const df = this.#postings.get(key)?.length ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Vocabulary stems a query stem stands for, with how sure we are (1 = exact). */
  #matches(key: string): [string, number][] {
    let matches = this.#matchCache.get(key);
    if (!matches) {
      const extensions = this.#extensions(key);
      if (this.#postings.has(key)) {
        matches = [[key, 1], ...extensions];
      } else if (extensions.length > 0) {
        matches = extensions;
      } else if (key.length >= 4) {
        // Misspelt or inflected differently: the closest few vocabulary words, if close enough.
        matches = this.#corrections(key);
      } else {
        matches = [];
      }
      this.#matchCache.set(key, matches);
    }
    return matches;
  }

  /** Vocabulary words that continue a stem by a few letters: other inflections and derivations. */
  #extensions(key: string): [string, number][] {
    if (key.length < 4) return [];
    const words = this.#sortedVocabulary;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((words[middle] ?? '') < key) low = middle + 1;
      else high = middle;
    }
    const found: [string, number][] = [];
    for (let i = low; i < words.length && found.length < 8; i++) {
      const word = words[i] ?? '';
      if (!word.startsWith(key)) break;
      if (word !== key && word.length - key.length <= 4) found.push([word, EXTENSION_SURENESS]);
    }
    return found;
  }

  search(text: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 3;
    const known = informativeStems(text)
      .map((key) => ({ key, matches: this.#matches(key) }))
      .filter((term) => term.matches.length > 0)
      .map((term) => ({ ...term, idf: Math.max(...term.matches.map(([match]) => this.#idf(match))) }))
      .sort((a, b) => b.idf - a.idf)
      .slice(0, MAX_STEMS);
    if (known.length === 0) return [];

    const { k1, b, question } = this.#tuning;
    const scores = new Map<number, number>();
    let best = 0;
    for (const term of known) {
      const perDoc = new Map<number, number>();
      for (const [match, sureness] of term.matches) {
        const idf = this.#idf(match);
        for (const { doc, weight } of this.#postings.get(match) ?? []) {
          const norm = k1 * (1 - b + (b * (this.#docLength[doc] ?? 0)) / this.#averageLength);
          const contribution = idf * sureness * ((weight * (k1 + 1)) / (weight + norm));
          perDoc.set(doc, Math.max(perDoc.get(doc) ?? 0, contribution));
        }
      }
      for (const [doc, contribution] of perDoc) scores.set(doc, (scores.get(doc) ?? 0) + contribution);
      // The most a single entry could score on this term: a question-weight hit.
      best += term.idf * ((question * (k1 + 1)) / (question + k1));
    }

    const ranked: { id: string; relevance: number; rank: number }[] = [];
    for (const [doc, score] of scores) {
      const relevance = Math.min(1, score / best);
      if (relevance < MIN_RELEVANCE) continue;
      const inTopic = options.topic ? (this.#topics[doc]?.includes(options.topic) ?? false) : false;
      ranked.push({ id: this.#ids[doc] ?? '', relevance, rank: relevance * (inTopic ? TOPIC_BOOST : 1) });
    }
    ranked.sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));
    return ranked.slice(0, limit).map((result) => ({ id: result.id, score: Math.round(result.relevance * 1000) / 1000 }));
  }
}
