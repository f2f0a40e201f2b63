/** The launcher's and the panel frame's words in every language (the words: <lang>/frame.ts). */
import { en } from './en/frame.js';
import type { UiLanguage } from './language.js';
import { nl, type FrameStrings } from './nl/frame.js';

export const FRAME_STRINGS: Record<UiLanguage, FrameStrings> = { nl, en };
export type { FrameStrings };
