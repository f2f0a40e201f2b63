/** The panel's words in every language (the words: <lang>/panel.ts). */
import { en } from './en/panel.js';
import type { UiLanguage } from './language.js';
import { nl, type Strings } from './nl/panel.js';

export const STRINGS: Record<UiLanguage, Strings> = { nl, en };
export type { Strings };
