/**
 * The launcher's and the panel frame's words the entry carries: Dutch and English only, so the
 * critical script does not grow with every language. French and German come in parts of their own
 * (fr.ts, de.ts), which the element starts beside the panel's; until one arrives and takes its
 * place here (entry/parts.ts, loadWords), its language shows the English words.
 */
import { en } from './en/frame.js';
import { nl, type FrameStrings } from './nl/frame.js';

/** Its keys are the built-in languages (`UiLanguage`). */
export const FRAME_STRINGS = { nl, en, fr: en, de: en } satisfies Record<string, FrameStrings>;
export type { FrameStrings };
