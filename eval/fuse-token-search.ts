// Candidate (a) of issue 12: Fuse.js token search as the ranking core, fed with our normalisation
// (folding, stop words, stems, compounds) on both sides. Measured by `npm run eval`, not shipped.
import Fuse from 'fuse.js';
import type { SearchableEntry, SearchResult } from '../src/search/faq-search.js';
import { indexTerms, informativeStems } from '../src/search/normalize.js';

interface Normalised {
  id: string;
  question: string;
  keywords: string[];
  answer: string;
}

const words = (text: string) => text.split(' ').filter(Boolean);

export class FuseTokenSearch {
  readonly #fuse: Fuse<Normalised>;

  private constructor(entries: readonly SearchableEntry[]) {
    const normalised = entries.map((entry) => ({
      id: entry.id,
      question: indexTerms(entry.question).join(' '),
      keywords: (entry.keywords ?? []).map((keyword) => indexTerms(keyword).join(' ')),
      answer: indexTerms(entry.answer).join(' '),
    }));
    this.#fuse = new Fuse(normalised, {
      useTokenSearch: true,
      tokenize: words,
      includeScore: true,
      threshold: 0.3,
      keys: [
        { name: 'question', weight: 3 },
        { name: 'keywords', weight: 2.5 },
        { name: 'answer', weight: 1 },
      ],
    });
  }

  static build(entries: readonly SearchableEntry[]): FuseTokenSearch {
    return new FuseTokenSearch(entries);
  }

  search(text: string, options: { limit?: number } = {}): SearchResult[] {
    const terms = informativeStems(text);
    if (terms.length === 0) return [];
    return this.#fuse
      .search(terms.join(' '), { limit: options.limit ?? 3 })
      .map((hit) => ({ id: hit.item.id, score: Math.round((1 - (hit.score ?? 1)) * 1000) / 1000 }));
  }
}
