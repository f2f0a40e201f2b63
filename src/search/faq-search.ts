/**
 * FAQ search on real customer text: a whole email, a fragment, typos, missing accents.
 *
 * The text is reduced to its informative word stems; each stem is looked up in the FAQ's
 * vocabulary, exactly when it can be and with Fuse.js when it is misspelt; entries are then ranked
 * with BM25 over those matches, with the question and keywords weighing more than the answer. The
 * cost grows with the number of words, not with the length of every answer.
 *
 * Fuse.js token search as the ranking core was measured too (npm run eval): Fuse is good at
 * fuzzy-matching a short word and poor, and slow (entries × words × text length), at ranking
 * whole entries for a whole email.
 */
import Fuse from 'fuse.js/basic';
import { yieldToMain } from '../internal/yield-to-main.js';
import { searchedPart } from './bounds.js';
import { DUTCH_ENGLISH, indexTerms, informative, informativeStems, RELATED, words, type Folding } from './normalize.js';

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

export interface BuildOptions {
  /** How the entries' language turns text into words (languages.ts, `foldingFor`); Dutch and English by default. */
  folding?: Folding;
  tuning?: Tuning;
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

export const DEFAULT_TUNING: Tuning = { question: 3, keywords: 2.5, answer: 1, k1: 2, b: 0.6 };
/** Entries of the page's topic are preferred, not exclusive: a good answer elsewhere still shows. */
const TOPIC_BOOST = 1.3;
/** Below this share of the text's meaning an entry is not worth a customer's attention. */
const MIN_RELEVANCE = 0.2;
/** Long emails are cut to their rarest words: they carry the question. */
const MAX_STEMS = 14;
/** A word that merely begins like the customer's counts a little less than the word itself. */
const EXTENSION_SURENESS = 0.85;
/** A fuzzy match counts less than an exact one, and bad ones not at all (Fuse score: 0 exact, 1 unrelated). */
const FUZZY_OPTIONS = { threshold: 0.34, includeScore: true, ignoreLocation: true, minMatchCharLength: 3 };
/** How many vocabulary words a misspelt word may stand for. */
const TYPO_CANDIDATES = 3;

/**
 * How much the single keyword phrase closest to the text adds to an entry's score (0–1). Keywords
 * are often ways customers put the question ("my card hasn't arrived"): a text close to one of
 * them is stronger evidence than the same words spread over the whole entry.
 */
const PHRASE_WEIGHT = 0.6;
/** Shorter keywords are tags ("contract verlengen"), matched well enough by BM25 alone. */
const MIN_PHRASE_TERMS = 3;
/** How much the second-closest keyword phrase adds to the closest one. */
const SECOND_PHRASE = 0.5;
/** A related word ("close" for "terminate") is weaker evidence than a misspelling of the word itself. */
const RELATED_SURENESS = 0.7;

/** Longest stretch of indexing before giving the main thread back, so typing never stutters. */
const SLICE_MS = 8;

export class FaqSearch {
  readonly size: number;
  readonly #ids: string[];
  readonly #topics: (readonly string[] | undefined)[];
  readonly #docLength: number[] = [];
  #averageLength = 1;
  readonly #postings = new Map<string, Posting[]>();
  /** Keyword phrases of several words: term → phrases containing it; and each phrase's entry and terms. */
  readonly #phrasePostings = new Map<string, number[]>();
  readonly #phraseDoc: number[] = [];
  readonly #phraseTerms: string[][] = [];
  #phraseIdf: number[] = [];
  /** Sorted vocabulary, to find the words a stem begins ("arriv" → "arrival") by binary search. */
  #sortedVocabulary: string[] = [];
  /** No correction can be longer than this: a longer word is no misspelling of one the FAQ has. */
  #longestCorrection = 0;
  #fuzzy = new Fuse<string>([], FUZZY_OPTIONS);
  readonly #matchCache = new Map<string, [string, number][]>();
  readonly #tuning: Tuning;
  readonly #folding: Folding;

  private constructor(entries: readonly SearchableEntry[], { tuning = DEFAULT_TUNING, folding = DUTCH_ENGLISH }: BuildOptions) {
    this.#tuning = tuning;
    this.#folding = folding;
    this.size = entries.length;
    this.#ids = entries.map((entry) => entry.id);
    this.#topics = entries.map((entry) => entry.topics);
  }

  /** Indexes everything at once: for small FAQs, tests and tools. */
  static build(entries: readonly SearchableEntry[], options: BuildOptions = {}): FaqSearch {
    const search = new FaqSearch(entries, options);
    entries.forEach((entry, doc) => search.#indexEntry(entry, doc));
    search.#finish();
    search.#buildFuzzy();
    return search;
  }

  /** Indexes in slices of a few milliseconds, yielding between them: for the page. */
  static async buildInSlices(entries: readonly SearchableEntry[], options: BuildOptions = {}): Promise<FaqSearch> {
    const search = new FaqSearch(entries, options);
    let sliceStart = performance.now();
    for (let doc = 0; doc < entries.length; doc++) {
      search.#indexEntry(entries[doc] as SearchableEntry, doc);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToMain();
        sliceStart = performance.now();
      }
    }
    search.#finish();
    await yieldToMain();
    search.#buildFuzzy();
    return search;
  }

  #finish(): void {
    this.#averageLength = Math.max(1, this.#docLength.reduce((sum, length) => sum + length, 0) / Math.max(1, this.size));
    this.#sortedVocabulary = [...this.#postings.keys()].sort();
    // Both kinds of correction are vocabulary words at most 3 letters shorter than the word they correct.
    this.#longestCorrection = this.#sortedVocabulary.reduce((longest, word) => Math.max(longest, word.length), 0) + 3;
    this.#phraseIdf = this.#phraseTerms.map((terms) => terms.reduce((sum, term) => sum + this.#idf(term), 0));
  }

  /** Built with the index, in its own slice, so the first misspelt word typed does not pay for it. */
  #buildFuzzy(): void {
    const vocabulary = this.#sortedVocabulary;
    this.#fuzzy = new Fuse(vocabulary, FUZZY_OPTIONS, Fuse.createIndex([], vocabulary));
  }

  /**
   * The closest vocabulary words within a few typing mistakes, surer the fewer mistakes; and
   * words that end in the customer's word, as Dutch compounds and separable verbs do
   * ("meld ik me aan" → "aanmelden", "afrekening" → "jaarafrekening").
   */
  #corrections(key: string): [string, number][] {
    // Fuse on a long pattern costs tens of milliseconds, for nothing when no word can be that close.
    if (key.length > this.#longestCorrection) return [];
    const found = new Map<string, number>();
    for (const hit of this.#fuzzy.search(key, { limit: TYPO_CANDIDATES })) {
      if (Math.abs(hit.item.length - key.length) <= 3) found.set(hit.item, 1 - (hit.score ?? 1));
    }
    for (const word of this.#sortedVocabulary) {
      if (word.endsWith(key) && word.length - key.length <= 5) found.set(word, Math.max(found.get(word) ?? 0, EXTENSION_SURENESS));
    }
    return [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TYPO_CANDIDATES);
  }

  #indexEntry(entry: SearchableEntry, doc: number): void {
    const counts = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const key of indexTerms(text, this.#folding)) counts.set(key, (counts.get(key) ?? 0) + weight);
    };
    add(entry.question, this.#tuning.question);
    for (const keyword of entry.keywords ?? []) {
      add(keyword, this.#tuning.keywords);
      const terms = informativeStems(keyword, this.#folding);
      if (terms.length >= MIN_PHRASE_TERMS) this.#addPhrase(terms, doc);
    }
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

  #addPhrase(terms: string[], doc: number): void {
    const phrase = this.#phraseTerms.push(terms) - 1;
    this.#phraseDoc.push(doc);
    for (const term of terms) {
      let list = this.#phrasePostings.get(term);
      if (!list) this.#phrasePostings.set(term, (list = []));
      list.push(phrase);
    }
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
      // The related words are Dutch and English ones.
      for (const other of this.#folding === DUTCH_ENGLISH ? (RELATED.get(key) ?? []) : []) {
        if (this.#postings.has(other) && !matches.some(([match]) => match === other)) matches = [...matches, [other, RELATED_SURENESS]];
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

  /**
   * Stems of the words that carry meaning, with Dutch compounds put right against the vocabulary:
   * one typed as two words is joined ("betalings regeling", "meter stand", "op zeggen"), and
   * words typed together are split when both halves are known ("factuurdownloaden").
   */
  #queryTerms(text: string): string[] {
    const all = words(text, this.#folding);
    const terms = new Set<string>();
    for (let i = 0; i < all.length; i++) {
      const word = all[i] as string;
      const joined = this.#joined(word, all[i + 1]);
      if (joined) {
        terms.add(joined);
        i++;
      } else if (informative(word, this.#folding)) {
        const key = this.#folding.stem(word);
        for (const part of this.#isKnown(key) ? [key] : (this.#split(word) ?? [key])) terms.add(part);
      }
    }
    return [...terms];
  }

  #isKnown(key: string): boolean {
    return this.#postings.has(key) || this.#extensions(key).length > 0;
  }

  /** The vocabulary stem two neighbouring words make together, either way round ("storing stroom"), with or without a linking s. */
  #joined(word: string, next: string | undefined): string | undefined {
    if (!next || word.length < 2 || next.length < 3 || /\d/.test(word + next)) return undefined;
    return [word + next, `${word}s${next}`, next + word, `${next}s${word}`].map((joined) => this.#folding.stem(joined)).find((key) => this.#postings.has(key));
  }

  /** Two known stems a word unknown as a whole is made of, the longer first half preferred. */
  #split(word: string): string[] | undefined {
    for (let at = word.length - 3; at >= 3; at--) {
      const left = word.slice(0, at);
      const right = this.#folding.stem(word.slice(at));
      if (!this.#postings.has(right) || !informative(word.slice(at), this.#folding)) continue;
      // A linking s belongs to neither half ("betalingsregeling").
      const head = [left, left.endsWith('s') ? left.slice(0, -1) : '']
        .map((half) => this.#folding.stem(half))
        .find((key) => key.length >= 3 && this.#postings.has(key) && informative(key, this.#folding));
      if (head) return [head, right];
    }
    return undefined;
  }

  /** Per entry, how close its two closest keyword phrases are to the text (Dice overlap weighted by rarity, 0–1). */
  #closestPhrases(known: { matches: [string, number][]; idf: number }[]): Map<number, number> {
    const overlap = new Map<number, number>();
    let textWeight = 0;
    for (const term of known) {
      textWeight += term.idf;
      const perPhrase = new Map<number, number>();
      for (const [match, sureness] of term.matches) {
        const weight = this.#idf(match) * sureness;
        for (const phrase of this.#phrasePostings.get(match) ?? []) perPhrase.set(phrase, Math.max(perPhrase.get(phrase) ?? 0, weight));
      }
      for (const [phrase, weight] of perPhrase) overlap.set(phrase, (overlap.get(phrase) ?? 0) + weight);
    }
    // The two closest phrases, so an entry many phrasings point at outranks one a single phrasing does.
    const closest = new Map<number, [number, number]>();
    for (const [phrase, shared] of overlap) {
      const doc = this.#phraseDoc[phrase] ?? 0;
      const dice = Math.min(1, (2 * shared) / (textWeight + (this.#phraseIdf[phrase] ?? 0)));
      const [first, second] = closest.get(doc) ?? [0, 0];
      closest.set(doc, dice > first ? [dice, first] : [first, Math.max(second, dice)]);
    }
    return new Map([...closest].map(([doc, [first, second]]) => [doc, (first + SECOND_PHRASE * second) / (1 + SECOND_PHRASE)]));
  }

  /**
   * The FAQ's own words that `text` matched, for insights that may send no free text: a word as
   * typed where the FAQ has its stem, otherwise the FAQ word it was taken for (a misspelling, a
   * related word). A word the FAQ does not know is never among them.
   */
  matchedWords(text: string): string[] {
    const found = new Set<string>();
    for (const word of words(text, this.#folding).filter((candidate) => informative(candidate, this.#folding))) {
      const key = this.#folding.stem(word);
      const best = this.#matches(key)[0]?.[0];
      if (best) found.add(best === key ? word : best);
    }
    return [...found];
  }

  search(text: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 3;
    const known = this.#queryTerms(searchedPart(text))
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

    const closest = this.#closestPhrases(known);
    const ranked: { id: string; relevance: number; rank: number }[] = [];
    for (const [doc, score] of scores) {
      const relevance = Math.min(1, score / best);
      if (relevance < MIN_RELEVANCE) continue;
      const inTopic = options.topic ? (this.#topics[doc]?.includes(options.topic) ?? false) : false;
      const strength = relevance + PHRASE_WEIGHT * (closest.get(doc) ?? 0);
      ranked.push({ id: this.#ids[doc] ?? '', relevance, rank: strength * (inTopic ? TOPIC_BOOST : 1) });
    }
    ranked.sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));
    return ranked.slice(0, limit).map((result) => ({ id: result.id, score: Math.round(result.relevance * 1000) / 1000 }));
  }
}
