/** Counted phrases by each language's plural rules, through `Intl.PluralRules`. */
const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of a counted phrase that the language's plural rules pick for `count`: French counts
 * 0 and 1 alike ("0 réponse trouvée"), Dutch, English and German do not.
 */
export function plural(lang: string, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return forms[rule.select(count)] ?? forms.other;
}
