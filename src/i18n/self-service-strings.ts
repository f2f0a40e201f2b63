/** The self-service views' words in every language (the words: <lang>/self-service.ts). */
import { en } from './en/self-service.js';
import type { UiLanguage } from './language.js';
import { nl, type SelfServiceStrings } from './nl/self-service.js';

export const SELF_SERVICE_STRINGS: Record<UiLanguage, SelfServiceStrings> = { nl, en };
export type { SelfServiceStrings };
