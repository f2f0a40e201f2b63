/** The language of the widget's own words, and policy texts in the customer's language with a fallback that never shows an empty label. */
import type { LocalText } from '../policy/schema.js';
import { FRAME_STRINGS } from './frame-strings.js';

/** The languages the widget speaks itself. */
export type UiLanguage = keyof typeof FRAME_STRINGS;

function base(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/** The text for `lang`: exact tag, its base language, the policy locale, then whatever there is. */
export function localize(text: LocalText, lang: string, policyLocale: string): string {
  if (typeof text === 'string') return text;
  for (const wanted of [lang, policyLocale]) {
    const exact = text[wanted] ?? text[base(wanted)];
    if (exact) return exact;
    const regional = Object.entries(text).find(([tag]) => base(tag) === base(wanted));
    if (regional) return regional[1];
  }
  // The schema allows no empty text, so the first is one.
  return Object.values(text)[0] ?? '';
}

/**
 * The language of the widget's own text: the first of the candidates (the `lang` attribute,
 * the page's nearest `lang`, the policy's locale) that we have built-in text for.
 */
export function chooseLanguage(...candidates: (string | null | undefined)[]): UiLanguage {
  // The entry's frame words name every built-in language, so the entry needs no list of its own.
  return (candidates.map((candidate) => base(candidate ?? '')).find((lang) => Object.hasOwn(FRAME_STRINGS, lang)) ?? 'en') as UiLanguage;
}
