/**
 * French and German words, each in a chunk of its own that the panel loads for a visitor in that
 * language: a Dutch visitor fetches no French bytes, and the parts every visitor loads do not grow
 * with each language. Dutch and English are built into the parts that show them.
 */
import type { FrameStrings } from './nl/frame.js';
import type { Strings } from './nl/panel.js';
import type { SelfServiceStrings } from './nl/self-service.js';
import type { Folding } from '../search/normalize.js';
import type { BuiltInLanguage, UiLanguage } from './language.js';

export interface LanguageWords {
  frame: FrameStrings;
  panel: Strings;
  selfService: SelfServiceStrings;
  /** How the FAQ search folds the language's words. */
  search: Folding;
}

type LateLanguage = Exclude<BuiltInLanguage, 'nl' | 'en'>;

/*
 * Not through the element's one loader (entry/parts.ts) yet: the entry is being rewritten on its
 * own branch, and these two parts join it there (PARTS and PanelParts), with its retries.
 */
const CHUNKS: Record<LateLanguage, () => Promise<{ words: LanguageWords }>> = {
  // eslint-disable-next-line no-restricted-syntax -- see above
  fr: () => import('./fr/french.js'),
  // eslint-disable-next-line no-restricted-syntax -- see above
  de: () => import('./de/german.js'),
};

const loaded = new Map<UiLanguage, LanguageWords>();
/** Languages whose chunk has loaded or failed: waiting for them is over. */
const settled = new Set<UiLanguage>();
const loading = new Map<UiLanguage, Promise<void>>();

function isLate(lang: UiLanguage): lang is LateLanguage {
  return lang in CHUNKS;
}

/** The words of a language that comes in its own chunk, once that chunk is here. */
export function lateWords(lang: UiLanguage): LanguageWords | undefined {
  return loaded.get(lang);
}

/** Loads the words of `lang` if it has a chunk of its own; settles either way (a failed chunk leaves English). */
export function loadLanguage(lang: UiLanguage): Promise<void> {
  if (!isLate(lang)) return Promise.resolve();
  let load = loading.get(lang);
  if (!load) {
    load = CHUNKS[lang]()
      .then(
        (module) => void loaded.set(lang, module.words),
        // A missing chunk must not keep the panel waiting: English stands in until the next page load.
        () => undefined,
      )
      .then(() => void settled.add(lang));
    loading.set(lang, load);
  }
  return load;
}

/**
 * Whether the words for `lang` can be shown now: built in, loaded, or given up on (the English
 * ones show then, never nothing). Otherwise starts loading them, and calls `arrived` when that ends.
 */
export function wordsSettled(lang: UiLanguage, arrived: () => void): boolean {
  if (!isLate(lang) || settled.has(lang)) return true;
  void loadLanguage(lang).then(arrived);
  return false;
}
