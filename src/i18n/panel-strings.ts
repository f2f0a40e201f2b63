/** The panel's words in every language (the words: <lang>/panel.ts). */
import { en } from './en/panel.js';
import { lateWords } from './late-words.js';
import type { UiLanguage } from './language.js';
import { nl, type Strings } from './nl/panel.js';

const BUILT_IN: Partial<Record<UiLanguage, Strings>> = { nl, en };

/** The panel's words in `lang`: built in, or from the language's own chunk, else English. */
export function panelWords(lang: UiLanguage): Strings {
  return BUILT_IN[lang] ?? lateWords(lang)?.panel ?? en;
}
export type { Strings };
