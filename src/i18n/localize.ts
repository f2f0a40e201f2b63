/** Policy texts in the customer's language, with a fallback that never shows an empty label. */
import type { LocalText } from '../policy/schema.js';
import { baseLanguage as base } from './language.js';

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
