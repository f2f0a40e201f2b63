/**
 * Value checks shared by the schema (which reports them) and the runtime (which relies on them).
 * Each returns `undefined` when the value is fine, or a plain sentence saying what is wrong.
 */
import { editDistance } from '../internal/edit-distance.js';
import { ALLOWED_SCHEMES } from './constants.js';
import { ISO_DATE, TIME_RANGE, parseCalendarDate, parseTimeRange } from '../time/calendar.js';

export const CURRENCY_CODE = /^[A-Z]{3}$/;

export function timeRangeProblem(value: string): string | undefined {
  if (parseTimeRange(value)) return undefined;
  const m = TIME_RANGE.exec(value);
  if (m && `${m[1]}${m[2]}` === `${m[3]}${m[4]}`) {
    return `"${value}" opens and closes at the same moment; use "00:00-24:00" for a whole day`;
  }
  return `"${value}" is not a time range like "08:00-17:30"`;
}


export function calendarDateProblem(value: string): string | undefined {
  if (parseCalendarDate(value)) return undefined;
  return ISO_DATE.test(value)
    ? `"${value}" is not a date that exists`
    : `"${value}" is not a date like "2026-12-25"`;
}

/**
 * A moment with an explicit offset, so it means the same instant for every visitor; a time of day
 * before 24:00 and an offset within a day, which every engine's Date.parse reads alike.
 */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

export function instantProblem(value: string): string | undefined {
  if (!ISO_INSTANT.test(value)) {
    return `"${value}" is not a moment like "2026-11-24T08:00:00+01:00" (date, time and offset)`;
  }
  if (!parseCalendarDate(value.slice(0, 10)) || Number.isNaN(Date.parse(value))) {
    return `"${value}" is not a moment that exists`;
  }
  return undefined;
}

const zoneCache = new Map<string, boolean>();
let canonicalZones: ReadonlySet<string> | undefined;

/**
 * Canonical names are looked up in the engine's list (a few milliseconds); only other names, such
 * as aliases like "Asia/Calcutta", need a date formatter, whose first use in a page costs 30–60 ms.
 */
export function isTimeZone(value: string): boolean {
  canonicalZones ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  if (canonicalZones.has(value)) return true;
  let known = zoneCache.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    zoneCache.set(value, known);
  }
  return known;
}

export function timeZoneProblem(value: string): string | undefined {
  return isTimeZone(value) ? undefined : `"${value}" is not a time zone like "Europe/Amsterdam"`;
}

export function currencyProblem(value: string): string | undefined {
  if (!CURRENCY_CODE.test(value)) return `"${value}" is not a currency code like "EUR"`;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: value });
    return undefined;
  } catch {
    return `"${value}" is not a currency code like "EUR"`;
  }
}

// Firefox refuses to parse a URL past 1 MB once percent-encoded (a long non-ASCII path gets there
// from about 175,000 characters): such a link was valid here and dead there.
export const MAX_LINK = 2048;

/** Length in code points, as JSON Schema's maxLength counts. */
function codePoints(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/** A link's problem, its length included: what the policy's links are checked with. */
export function linkProblem(value: string, rules?: UrlRules): string | undefined {
  return value.length > MAX_LINK && codePoints(value) > MAX_LINK ? `a link cannot be longer than ${MAX_LINK} characters` : urlProblem(value, rules);
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const TEL = /^tel:\+?[0-9][0-9 ().-]{2,}$/;

export interface UrlRules {
  /** Schemes allowed besides relative URLs; defaults to every scheme a channel may use. */
  schemes?: readonly string[];
}

export function urlProblem(value: string, rules: UrlRules = {}): string | undefined {
  const schemes = rules.schemes ?? ALLOWED_SCHEMES;
  const allowed = schemes.map((s) => `"${s}"`).join(', ');
  if (value.trim() === '') return 'a link cannot be empty';
  // Browsers drop tabs and newlines inside URLs and treat "\" as "/": "java\nscript:" and "/\evil" hide.
  if (/[\s\\]/.test(value) || [...value].some((c) => c.charCodeAt(0) < 32)) {
    return `"${value}" contains spaces, line breaks or backslashes; links cannot`;
  }
  if (value.startsWith('//')) {
    return `"${value}" leaves out the scheme; write "https:${value}"`;
  }
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (!schemes.includes(`${scheme}:`)) {
    return scheme === 'http'
      ? `"${value}" is not secure; use "https:"`
      : `"${scheme}:" links are not allowed; use ${allowed} or a path like "/contact"`;
  }
  if (scheme === 'tel' && !TEL.test(value)) return `"${value}" is not a phone link like "tel:+31201234567"`;
  if (scheme === 'https') {
    try {
      new URL(value);
    } catch {
      return `"${value}" is not a valid web address`;
    }
  }
  return undefined;
}

/** The longest address SMTP carries (RFC 5321: a 256-octet path less its angle brackets). */
export const MAX_EMAIL_ADDRESS = 254;

/**
 * Something before "@", and a domain with a dot that neither starts nor ends it. The domain's
 * first part stops at its first dot, so there is one way to match, and a long address that fails
 * fails in linear time (the pattern it replaces split the domain at every dot in turn: half a
 * second for 40,000 characters a customer could paste).
 */
export const EMAIL_ADDRESS = /^[^\s@<>()"]+@[^\s@<>()"][^\s@<>()".]*\.[^\s@<>()"]+$/;

/** One rule for an email address, for the policy's own addresses and for what a customer types. */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_ADDRESS && EMAIL_ADDRESS.test(value);
}

/** The link itself when it is safe to bind to an element, otherwise undefined. */
export function safeHref(value: unknown, rules?: UrlRules): string | undefined {
  return typeof value === 'string' && urlProblem(value, rules) === undefined ? value : undefined;
}

export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Beyond a third of the word, a "suggestion" is noise.
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
