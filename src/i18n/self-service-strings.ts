/** The self-service views' words in every language (the words: <lang>/self-service.ts). */
import { en } from './en/self-service.js';
import { lateWords } from './late-words.js';
import type { BuiltInLanguage, UiLanguage } from './language.js';
import { nl, type SelfServiceStrings } from './nl/self-service.js';
import { composeWords, type PolicyWords } from './policy-words.js';

const BUILT_IN: Partial<Record<BuiltInLanguage, SelfServiceStrings>> = { nl, en };

/** The self-service words in `lang`: built in, or from the language's own chunk, with the policy's `words` over them; else English. */
export function selfServiceWords(lang: UiLanguage, policy?: PolicyWords): SelfServiceStrings {
  return composeWords('selfService', lang, policy, (built) => BUILT_IN[built] ?? lateWords(built)?.selfService);
}
export type { SelfServiceStrings };
