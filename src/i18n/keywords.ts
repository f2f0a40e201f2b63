/** A question's keywords in the customer's language. Apart from language.ts, which the entry carries: only the search needs this. */
import type { Keywords } from '../policy/schema.js';

const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** A question's keywords for `lang`: its list, or the policy locale's, or the first given; a plain list is every language's. */
export function localKeywords(keywords: Keywords | undefined, lang: string, policyLocale: string): readonly string[] {
  if (!keywords || Array.isArray(keywords)) return keywords ?? [];
  const lists = keywords as Record<string, string[]>;
  return lists[lang] ?? lists[base(lang)] ?? lists[policyLocale] ?? lists[base(policyLocale)] ?? Object.values(lists)[0] ?? [];
}
