/**
 * What "no English word" means for a French or German visitor (issue 26): every phrase of the
 * widget's English word files, rendered with sample arguments, that the language's own words do not
 * also use, plus a few common English words the word files may not hold (format words, a stray
 * literal in a template). Read from the shadow tree as a visitor and a screen reader get it: text,
 * and the attributes that name or explain (aria-label, placeholder, title, alt).
 */
import { en as enFrame } from '../src/i18n/en/frame.js';
import { en as enPanel } from '../src/i18n/en/panel.js';
import { en as enSelfService } from '../src/i18n/en/self-service.js';
import { de as deFrame } from '../src/i18n/de/frame.js';
import { de as dePanel } from '../src/i18n/de/panel.js';
import { de as deSelfService } from '../src/i18n/de/self-service.js';
import { fr as frFrame } from '../src/i18n/fr/frame.js';
import { fr as frPanel } from '../src/i18n/fr/panel.js';
import { fr as frSelfService } from '../src/i18n/fr/self-service.js';

export type Tongue = 'fr' | 'de';

const WORD_FILES: Record<'en' | Tongue, unknown[]> = {
  en: [enFrame, enPanel, enSelfService],
  fr: [frFrame, frPanel, frSelfService],
  de: [deFrame, dePanel, deSelfService],
};

/** Marks where an argument went, so a phrase splits into the words around its placeholders. */
const HOLE = '\u0001';

/** Every literal phrase of a word file: strings, and the text around each placeholder of a function. */
function phrases(value: unknown): string[] {
  if (typeof value === 'string') return value.split(HOLE).map((part) => part.trim()).filter((part) => /\p{L}/u.test(part));
  if (typeof value === 'function') return phrases((value as (...args: string[]) => string)(...Array.from({ length: Math.max(2, value.length) }, () => HOLE)));
  if (value && typeof value === 'object') return Object.values(value).flatMap(phrases);
  return [];
}

/** Common English words no French or German text of the widget contains (not "min", "April" or "am": those are theirs too). */
const COMMON_ENGLISH = [
  'the', 'and', 'you', 'your', 'please', 'now', 'today', 'tomorrow', 'yesterday', 'open', 'closed', 'opens', 'until',
  'wait', 'reply', 'within', 'free', 'minutes', 'hours', 'days', 'live', 'send', 'sent', 'call', 'email', 'back', 'help',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a whole word: "No" is not in "Nous", "the" is not in "thé". */
const wholeWord = (phrase: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, `u${flags}`);

/** The English phrases and words that must not show for a visitor in `lang`. */
export function englishFor(lang: Tongue): { phrase: string; pattern: RegExp }[] {
  const own = new Set(WORD_FILES[lang].flatMap(phrases));
  const english = [...new Set(WORD_FILES.en.flatMap(phrases))].filter((phrase) => !own.has(phrase));
  return [
    ...english.map((phrase) => ({ phrase, pattern: wholeWord(phrase, '') })),
    ...COMMON_ENGLISH.map((phrase) => ({ phrase, pattern: wholeWord(phrase, 'i') })),
  ];
}

const NAMING_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt'];

/** Every text in a shadow tree (shown, or hidden for screen readers), and every naming attribute. */
export function textsOf(root: ShadowRoot): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      if (!node.parentElement?.closest('style, script')) texts.push(node.data);
    } else if (node instanceof Element) {
      for (const name of NAMING_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) texts.push(value);
      }
    }
  }
  return texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Where English shows for a visitor in `lang`: each phrase found, with the text it was found in. */
export function englishIn(root: ShadowRoot, lang: Tongue): string[] {
  const texts = textsOf(root);
  return englishFor(lang).flatMap(({ phrase, pattern }) => texts.filter((text) => pattern.test(text)).map((text) => `"${phrase}" in "${text}"`));
}
