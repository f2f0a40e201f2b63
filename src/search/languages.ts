/** The search's folding by language tag, for tools and tests; the widget gets a language's folding with its words. */
import { french } from './french.js';
import { german } from './german.js';
import { DUTCH_ENGLISH, type Folding } from './normalize.js';

/** The folding for a language tag ("fr-BE" folds as French); Dutch and English for any other. */
export function foldingFor(lang: string | undefined): Folding {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  return base === 'fr' ? french : base === 'de' ? german : DUTCH_ENGLISH;
}
