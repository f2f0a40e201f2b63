/** The frame's words in every language, for the panel, which renders the frame once it is here. */
import { FRAME_STRINGS, type FrameStrings } from './frame-strings.js';
import { lateWords } from './late-words.js';
import type { UiLanguage } from './language.js';
import { composeWords, type PolicyWords } from './policy-words.js';

/** The frame's words in `lang`: the entry's Dutch and English, or the language's own chunk, with the policy's `words` over them. */
export function frameWords(lang: UiLanguage, policy?: PolicyWords): FrameStrings {
  return composeWords('frame', lang, policy, (built) => lateWords(built)?.frame ?? FRAME_STRINGS[built]);
}
