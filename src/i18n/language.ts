/** The language of the widget's own words, and policy texts in the customer's language with a fallback that never shows an empty label. */
import type { LocalText } from '../policy/schema.js';

export const UI_LANGUAGES = ['nl', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

function base(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/** The text for `lang`: exact tag, its base language, the policy locale, then whatever there is. */
export function localize(text: LocalText, lang: string, policyLocale: string): string {
  if (typeof text === 'string') return text;
  for (const wanted of [lang, policyLocale]) {
    const exact = text[wanted] ?? text[base(wanted)];
    if (exact) return exact;
    const regional = Object.entries(text).find(([tag, value]) => value && base(tag) === base(wanted));
    if (regional) return regional[1];
  }
  return Object.values(text).find(Boolean) ?? '';
}

/**
 * The language of the widget's own text: the first of the candidates (the `lang` attribute,
 * the page's nearest `lang`, the policy's locale) that we have built-in text for.
 */
export function chooseLanguage(...candidates: (string | null | undefined)[]): UiLanguage {
  for (const candidate of candidates) {
    const lang = base(candidate ?? '');
    if ((UI_LANGUAGES as readonly string[]).includes(lang)) return lang as UiLanguage;
  }
  return 'en';
}
