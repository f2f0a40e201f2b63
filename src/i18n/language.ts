/** The language of the widget's own words (policy texts in the customer's language: localize.ts, which only later parts need). */

export const UI_LANGUAGES = ['nl', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The base language of a tag: `nl` for `nl-BE`. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/**
 * The language of the widget's own text: the first of the candidates (the `lang` attribute,
 * the page's nearest `lang`, the policy's locale) that we have built-in text for.
 */
export function chooseLanguage(...candidates: (string | null | undefined)[]): UiLanguage {
  for (const candidate of candidates) {
    const lang = baseLanguage(candidate ?? '');
    if ((UI_LANGUAGES as readonly string[]).includes(lang)) return lang as UiLanguage;
  }
  return 'en';
}
