/** The frame's words in every language, for the panel, which renders the frame once it is here. */
import { FRAME_STRINGS, type FrameStrings } from './frame-strings.js';
import { lateWords } from './late-words.js';
import type { UiLanguage } from './language.js';

/** The frame's words in `lang`: the entry's Dutch and English, or the language's own chunk, else English. */
export function frameWords(lang: UiLanguage): FrameStrings {
  return lateWords(lang)?.frame ?? FRAME_STRINGS[lang];
}
