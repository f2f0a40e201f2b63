/**
 * How much of a customer's text the FAQ search reads. The search runs on the host page's main
 * thread after every pause in typing, so its work must not grow with what is pasted: the
 * question is near the start of an email, and no word in an FAQ is longer than a URL.
 */

/** Characters of the text the search reads: the start, where the question is. */
export const SEARCHED_CHARS = 2_000;
/** Characters of a word that count; the rest of a longer "word" is ignored. */
export const MAX_WORD_CHARS = 64;

/** At most `max` UTF-16 units of a text, without splitting a character in two. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** The part of a text the search reads. */
export function searchedPart(text: string): string {
  return cut(text, SEARCHED_CHARS);
}

// One greedy run of one character class: each character is read once, nothing is tried again.
const WORD = /[\p{L}\p{N}]+/gu;

/** The runs of letters and digits of a text, in order, each cut to MAX_WORD_CHARS. */
export function splitWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => cut(match[0], MAX_WORD_CHARS));
}
