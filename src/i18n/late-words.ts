/**
 * French and German words, each in a part of its own (fr.ts, de.ts) that the element's one loader
 * brings for a visitor in that language: a Dutch visitor fetches no French
 * bytes, and the parts every visitor loads do not grow with each language. Dutch and English are
 * built into the parts that show them.
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

/** The languages whose words are a part of their own, named after the language (entry/parts.ts). */
const LATE = ['fr', 'de'] as const satisfies readonly Exclude<BuiltInLanguage, 'nl' | 'en'>[];
export type LateLanguage = (typeof LATE)[number];

/** Loads a language's part through the element's loader (entry/parts.ts); never rejects. */
export type LoadWords = (part: LateLanguage) => Promise<{ ok: true; module: { words: LanguageWords } } | { ok: false }>;

const loaded = new Map<UiLanguage, LanguageWords>();
/** Languages whose first load is over: the panel waits for them no longer, and shows English until a retry brings them. */
const tried = new Set<UiLanguage>();
const asking = new Map<UiLanguage, Promise<void>>();

function isLate(lang: UiLanguage): lang is LateLanguage {
  return (LATE as readonly string[]).includes(lang);
}

/** The words of a language that comes in its own part, once that part is here. */
export function lateWords(lang: UiLanguage): LanguageWords | undefined {
  return loaded.get(lang);
}

/**
 * Whether the words for `lang` can be shown now: built in, here, or their first load failed (the
 * English ones show then, never nothing). Otherwise, and while they are missing, asks `load` for
 * them; calls `arrived` when they come, or when the first load ends without them. The loader
 * answers a failed part at once until its backoff is over, and retries it on its own and on the
 * next sign of intent, so asking on every render costs nothing.
 */
export function wordsSettled(lang: UiLanguage, load: LoadWords, arrived: () => void): boolean {
  if (!isLate(lang) || loaded.has(lang)) return true;
  const settled = tried.has(lang);
  let ask = asking.get(lang);
  if (!ask) {
    ask = load(lang).then((outcome) => {
      asking.delete(lang);
      tried.add(lang);
      if (outcome.ok) loaded.set(lang, outcome.module.words);
    });
    asking.set(lang, ask);
  }
  void ask.then(() => {
    if (loaded.has(lang) || !settled) arrived();
  });
  return settled;
}
