/**
 * What a customer typed, made safe to leave the browser: the kinds of personal data people put
 * in a search box are replaced by a placeholder, every other digit (house numbers, customer
 * numbers, dates of birth) becomes "#", and the rest is cut short.
 */

export const MAX_QUERY_CHARS = 100;
/** Longer input is cut before masking: only the first MAX_QUERY_CHARS survive anyway. */
const MAX_INPUT_CHARS = 1000;

// The domain ends in letters, so a comma or full stop after the address stays in the sentence.
const EMAIL = /[^\s@,;:()<>"']+@[^\s@,;:()<>"']+\.\p{L}{2,}/gu;
// Up to 34 characters after the country and check digits, written in one run or in groups of four.
const IBAN = /\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){2,7}(?:\s?[a-z0-9]{1,3})?\b/giu;
// A Dutch postcode ("1234 AB", "1234AB") with whatever house number and addition follow it.
const POSTCODE = /\b\d{4}\s?[a-z]{2}\b(?:[\s,-]*\d+(?:\s?[-/]?\s?[a-z0-9]{1,4}\b)?)?/giu;
// Nine or more digits, optionally with "+" and the separators people type between them.
const PHONE = /(?:\+|\b00)?\d(?:[\s().-]*\d){8,}/gu;

export const PLACEHOLDERS = { email: '[e-mail]', iban: '[iban]', postcode: '[postcode]', phone: '[phone]' } as const;

export function maskQuery(text: string): string {
  const masked = text
    .slice(0, MAX_INPUT_CHARS)
    .replace(EMAIL, PLACEHOLDERS.email)
    // Words after a code like "ab12" can look like IBAN groups; a real IBAN has at least 8 digits.
    .replace(IBAN, (match) => ((match.match(/\d/g)?.length ?? 0) >= 8 ? PLACEHOLDERS.iban : match))
    .replace(POSTCODE, PLACEHOLDERS.postcode)
    .replace(PHONE, PLACEHOLDERS.phone)
    .replace(/\p{Nd}/gu, '#')
    .replace(/\s+/gu, ' ')
    .trim();
  return [...masked].slice(0, MAX_QUERY_CHARS).join('');
}
