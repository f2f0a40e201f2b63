/**
 * What a customer typed, made safe to leave the browser: e-mail addresses (also when written as
 * "naam(at)gmail(dot)com", "naam @ gmail.com" or with a fullwidth "＠"), IBANs, Dutch postcodes
 * with their house numbers and phone numbers are replaced by a placeholder, every other digit
 * (house numbers, customer numbers, dates of birth) becomes "#", and the rest is cut short.
 * Names and street names are not recognised: they pass as typed.
 *
 * The same function runs where the log is read and where the receiver stores it, so an event
 * that did not come from this code is masked all the same; masking twice changes nothing.
 */

export const MAX_QUERY_CHARS = 100;
/** Only the start of a long input is read: only the first MAX_QUERY_CHARS survive anyway. */
const MAX_INPUT_CHARS = 1000;
/**
 * How far past that start a token is read to its end, so that the cut never splits an address:
 * more than the longest e-mail address (254 characters) in its most spaced-out written form.
 */
const MAX_TOKEN_CHARS = 400;

// Parts of an e-mail address. "at" and "dot" may be written out, bracketed or spaced, in Dutch too.
const LOCAL = String.raw`[\p{L}\p{N}_%+'&=~-]{1,64}`;
const LABEL = String.raw`[\p{L}\p{N}-]{1,63}`;
const DOT = String.raw`(?:\.|\s*[([{<]\s*(?:dot|punt)\s*[)\]}>]\s*|\s+(?:dot|punt)\s+)`;
const AT = String.raw`(?:\s*@\s*|\s*[([{<]\s*(?:at|@|apenstaartje)\s*[)\]}>]\s*|\s+(?:at|apenstaartje)\s+)`;
// The domain ends in letters, so a comma or full stop after the address stays in the sentence.
// A digit right after the top-level domain ends it: that digit is masked as a number anyway, and
// an address that only matched once its digits were masked would make masking change its own result.
const EMAIL = new RegExp(String.raw`${LOCAL}(?:${DOT}${LOCAL})*${AT}(?:${LABEL}${DOT})+\p{L}{2,24}(?!\p{L})`, 'giu');
// Country, check digits, then up to 30 characters in one run or in groups of four with one kind of
// separator. A group after the first holds a digit, and is not the start of another IBAN: a word
// after the IBAN is not part of it. No "u" flag: JavaScriptCore (WebKitGTK 2.50) misses a
// back-reference under it in any text with a character beyond Latin-1, so an IBAN next to a "€"
// went unmasked; repro: /a(x?)b\1c/u.exec('axbxc\u20ac') is null there, "axbxc" elsewhere.
const IBAN = /\b[a-z]{2}\d{2}([\s.-]?)[a-z0-9]{4}(?:\1(?=[a-z]{0,3}\d)(?![a-z]{2}\d\d)[a-z0-9]{4}){1,6}(?:\1(?=[a-z]{0,2}\d)[a-z0-9]{1,3})?\b/gi;
// A Dutch postcode ("1234 AB", "1234AB") with the house number and addition that follow it.
const POSTCODE = /\b\d{4}\s?[a-z]{2}(?![a-z])(?:[\s,-]*\d{1,5}(?:\s?[-/]\s?[a-z0-9]{1,4}\b|[a-z]{1,3}\b)?)?/giu;
// Nine or more digits, optionally with "+" and the separators people type between them.
const PHONE = /(?:\+|\b00)?\d(?:[\s()./\u2010-\u2015-]*\d){8,}/gu;

export const PLACEHOLDERS = { email: '[e-mail]', iban: '[iban]', postcode: '[postcode]', phone: '[phone]' } as const;

type Kind = keyof typeof PLACEHOLDERS;

const TOKENS: [Kind, RegExp, ((match: string) => boolean)?][] = [
  ['email', EMAIL],
  // Words after a code like "ab12" can look like IBAN groups; a real IBAN has at least 8 digits.
  ['iban', IBAN, (match) => (match.match(/\d/g)?.length ?? 0) >= 8],
  ['postcode', POSTCODE],
  ['phone', PHONE],
];

interface Found {
  start: number;
  end: number;
  kind: Kind;
}

/** Where each kind of personal data is in `input`; what one pattern found, no later one reads into. */
function personalData(input: string): Found[] {
  const found: Found[] = [];
  let rest = input;
  for (const [kind, pattern, accept] of TOKENS) {
    const before = found.length;
    for (const match of rest.matchAll(pattern)) {
      if (!accept || accept(match[0])) found.push({ start: match.index, end: match.index + match[0].length, kind });
    }
    for (const token of found.slice(before)) rest = rest.slice(0, token.start) + '\0'.repeat(token.end - token.start) + rest.slice(token.end);
  }
  return found.sort((a, b) => a.start - b.start);
}

export function maskQuery(text: string): string {
  // Compatibility forms ("＠", fullwidth digits) are read as the characters they stand for.
  const input = text.slice(0, MAX_INPUT_CHARS + MAX_TOKEN_CHARS).normalize('NFKC');
  let kept = '';
  let at = 0;
  for (const token of personalData(input)) {
    if (token.start >= MAX_INPUT_CHARS) break;
    kept += input.slice(at, token.start) + PLACEHOLDERS[token.kind];
    at = token.end;
  }
  kept += input.slice(at, Math.max(at, MAX_INPUT_CHARS));
  const masked = kept
    .replace(/\p{Nd}/gu, '#')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = [...masked];
  if (chars.length <= MAX_QUERY_CHARS) return masked;
  // A placeholder the cut would split goes whole: "[e-m" is no use to anyone.
  return chars.slice(0, MAX_QUERY_CHARS).join('').replace(/\s*\[[a-z-]*$/u, '');
}
