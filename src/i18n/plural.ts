/** Counted phrases by each language's plural rules, through `Intl.PluralRules`. */
const rules = new Map<string, Intl.PluralRules>();

/** A phrase with a count in it, one form per plural category the language needs; `other` always. */
export type Counted = Partial<Record<Intl.LDMLPluralRule, (count: number) => string>> & { other: (count: number) => string };

/**
 * The phrase for `count` in the form the language's plural rules pick: French counts 0 and 1
 * alike ("0 réponse trouvée"), Dutch, English and German do not.
 */
export function plural(lang: string, count: number, forms: Counted): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return (forms[rule.select(count)] ?? forms.other)(count);
}
