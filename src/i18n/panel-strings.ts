/** The panel's words in every language (the words: <lang>/panel.ts). */
import { en } from './en/panel.js';
import { lateWords } from './late-words.js';
import type { BuiltInLanguage, UiLanguage } from './language.js';
import { nl, type Strings } from './nl/panel.js';
import { composeWords, type PolicyWords } from './policy-words.js';

const BUILT_IN: Partial<Record<BuiltInLanguage, Strings>> = { nl, en };

/** The panel's words in `lang`: built in, or from the language's own chunk, with the policy's `words` over them; else English. */
export function panelWords(lang: UiLanguage, policy?: PolicyWords): Strings {
  return composeWords('panel', lang, policy, (built) => BUILT_IN[built] ?? lateWords(built)?.panel);
}
export type { Strings };
