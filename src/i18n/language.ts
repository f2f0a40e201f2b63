/** The language of the widget's own words (policy texts in the customer's language: localize.ts, which only later parts need). */
import { FRAME_STRINGS } from './frame-strings.js';

/** The languages the widget speaks itself. */
export type BuiltInLanguage = keyof typeof FRAME_STRINGS;

/** The language the widget speaks: a built-in one, or one the policy gives words for (a base language such as `pl`). */
export type UiLanguage = BuiltInLanguage | (string & {});

/** The base language of a tag: `nl` for `nl-BE`. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/**
 * The language of the widget's own text: the base language of the first of the candidates (the
 * `lang` attribute, the page's nearest `lang`, the policy's locale) that we have words for, built
 * in or in the policy's `words` (whose regional tags the validator also files under their base
 * language), otherwise English.
 */
export function chooseLanguage(given: object | undefined, ...candidates: (string | null | undefined)[]): UiLanguage {
  // The entry's frame words name every built-in language, so the entry needs no list of its own.
  return candidates.map((candidate) => baseLanguage(candidate ?? '')).find((lang) => Object.hasOwn(FRAME_STRINGS, lang) || Object.hasOwn(given ?? {}, lang)) ?? 'en';
}
