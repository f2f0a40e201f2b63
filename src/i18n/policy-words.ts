/**
 * The widget's own words with the policy's `words` compiled in: a language the widget does not
 * speak itself, or a marketer's own phrasing of single built-in words. Only the later parts (the
 * panel, the self-service views) carry this; the entry shows its built-in words until then.
 */
import type { Policy } from '../policy/schema.js';
import { FRAME_STRINGS } from './frame-strings.js';
import { baseLanguage, type BuiltInLanguage } from './language.js';
import type { Counted } from './plural.js';
import type { PLURAL_FORMS, WORD_CATALOGUE, WordShapes } from './word-catalogue.js';

/** What of a policy decides its words. */
export type PolicyWords = Pick<Policy, 'locale' | 'words'>;

type Part = keyof WordShapes;
/** A language's words as the policy gives them, by catalogue key. */
type Words = Partial<Record<string, string>>;
type Leaf = string | ((...args: never[]) => string) | Counted;

/** The built-in words of one part in a built-in language, if they are here (French and German come in chunks). */
export type BuiltInPart<P extends Part> = (lang: BuiltInLanguage) => WordShapes[P] | undefined;

function isBuiltIn(lang: string): lang is BuiltInLanguage {
  return Object.hasOwn(FRAME_STRINGS, lang);
}

/**
 * The built-in language whose words stand under `lang`'s: its own, else the policy locale's, else
 * English. The panel waits for that language's chunk.
 */
export function builtInUnder(lang: string, policy: PolicyWords | undefined): BuiltInLanguage {
  const locale = baseLanguage(policy?.locale ?? '');
  return isBuiltIn(lang) ? lang : isBuiltIn(locale) ? locale : 'en';
}

/** The policy's words for `lang`, by exact tag or base language (the validator made every tag lower-case). */
function given(policy: PolicyWords | undefined, lang: string): Words | undefined {
  const words = policy?.words;
  if (!words) return undefined;
  return words[lang.toLowerCase()] ?? words[baseLanguage(lang)];
}

type Catalogue = typeof WORD_CATALOGUE;
type WithPlaceholders = { [K in keyof Catalogue]: Catalogue[K] extends { placeholders: unknown } ? K : never }[keyof Catalogue];
type NamesOf<T> = { -readonly [I in keyof T]: T[I] extends readonly [infer Name, string] ? Name : never };

/**
 * The catalogue's placeholder names, in the order of the built-in functions' parameters. A copy,
 * so the panel does not carry the catalogue's editor help; its type holds it to the catalogue
 * (a phrase or a name missing or different here fails type-check).
 */
const PLACEHOLDERS: { [K in WithPlaceholders]: NamesOf<Catalogue[K]['placeholders']> } = {
  'panel.wait': ['span'],
  'panel.replyWithin': ['span'],
  'selfService.found': ['count'],
  'selfService.tooLong': ['count'],
  'selfService.counter': ['count', 'max'],
  'selfService.sentAt': ['time'],
  'selfService.savedAt': ['time'],
  'selfService.expect': ['reply'],
  'selfService.rejectedText': ['problem'],
  'selfService.notSentText': ['reference', 'when'],
  'selfService.mailtoTooLong': ['to'],
  'selfService.callbackAt': ['slot'],
};

const FORMS: typeof PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A phrase from a template: each `{name}` is the argument in the placeholder's place; the result is text, never markup. */
function phrase(template: string, names: readonly string[]): (...args: unknown[]) => string {
  return (...args) => template.replace(/\{([\w-]+)\}/g, (whole, name: string) => (names.includes(name) ? String(args[names.indexOf(name)]) : whole));
}

/** A policy's word in the shape of the built-in `english` one; a counted phrase only with its `other` form. */
function compiled(words: Words, key: string, english: Leaf): Leaf | undefined {
  const names: readonly string[] = (PLACEHOLDERS as Partial<Record<string, readonly string[]>>)[key] ?? [];
  if (typeof english === 'object') {
    if (words[`${key}.other`] === undefined) return undefined;
    const forms: Record<string, (count: number) => string> = {};
    for (const form of FORMS) {
      const template = words[`${key}.${form}`];
      if (template !== undefined) forms[form] = phrase(template, names);
    }
    return forms as Counted;
  }
  const template = words[key];
  if (template === undefined) return undefined;
  return names.length > 0 ? phrase(template, names) : template;
}

/** The dotted path of every word in a shape (`['cost', 'free']`); a counted phrase is one word. */
function paths(shape: object, prefix: string[] = []): string[][] {
  return Object.entries(shape).flatMap(([key, value]: [string, unknown]) =>
    value && typeof value === 'object' && !('other' in value) ? paths(value, [...prefix, key]) : [[...prefix, key]],
  );
}

function leafOf(shape: unknown, path: readonly string[]): Leaf | undefined {
  let node = shape;
  for (const step of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined;
  return node as Leaf | undefined;
}

function setLeaf(target: Record<string, unknown>, path: readonly string[], value: Leaf): void {
  let node = target;
  for (const step of path.slice(0, -1)) node = (node[step] ??= {}) as Record<string, unknown>;
  node[path.at(-1) ?? ''] = value;
}

const cache = new WeakMap<object, Map<string, unknown>>();

/**
 * One part's words in `lang`, each word the first there is of: the policy's for `lang`, the
 * built-in ones in `lang`, the policy's for its locale, the built-in ones in the locale, English.
 * Never an empty label: a built-in word stands where the policy gives none.
 */
export function composeWords<P extends Part>(part: P, lang: string, policy: PolicyWords | undefined, builtIn: BuiltInPart<P>): WordShapes[P] {
  const own = given(policy, lang);
  const locale = policy?.locale ?? 'en';
  const underLang = isBuiltIn(lang) ? builtIn(lang) : undefined;
  const atLocale = given(policy, locale);
  const english = builtIn('en') as WordShapes[P];
  if (!own && !atLocale) return underLang ?? builtIn(builtInUnder(lang, policy)) ?? english;
  const underLocale = builtIn(builtInUnder(locale, policy));
  const key = `${part}|${lang}`;
  const known = policy?.words ? cache.get(policy.words) : undefined;
  const hit = known?.get(key) as { words: WordShapes[P]; from: unknown[] } | undefined;
  // A French or German chunk that arrived since changes what stands under the policy's words.
  if (hit && hit.from[0] === underLang && hit.from[1] === underLocale) return hit.words;
  const result: Record<string, unknown> = {};
  for (const path of paths(english)) {
    const name = `${part}.${path.join('.')}`;
    const fallback = leafOf(english, path) as Leaf;
    const word =
      (own && compiled(own, name, fallback)) ??
      leafOf(underLang, path) ??
      (atLocale && compiled(atLocale, name, fallback)) ??
      leafOf(underLocale, path) ??
      fallback;
    setLeaf(result, path, word);
  }
  if (policy?.words) {
    if (!cache.has(policy.words)) cache.set(policy.words, new Map());
    cache.get(policy.words)?.set(key, { words: result, from: [underLang, underLocale] });
  }
  return result as WordShapes[P];
}
