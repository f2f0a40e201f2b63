/** The self-service views' words in every language (the words: <lang>/self-service.ts). */
import { en } from './en/self-service.js';
import { lateWords } from './late-words.js';
import type { UiLanguage } from './language.js';
import { nl, type SelfServiceStrings } from './nl/self-service.js';

const BUILT_IN: Partial<Record<UiLanguage, SelfServiceStrings>> = { nl, en };

/** The self-service words in `lang`: built in, or from the language's own chunk, else English. */
export function selfServiceWords(lang: UiLanguage): SelfServiceStrings {
  return BUILT_IN[lang] ?? lateWords(lang)?.selfService ?? en;
}
export type { SelfServiceStrings };
