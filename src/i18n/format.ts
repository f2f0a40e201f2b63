/** Money, durations and moments in each built-in language, through `Intl` only (counted phrases: plural.ts). */
import type { ChannelType } from '../policy/constants.js';
import type { Cost } from '../policy/schema.js';
import { daysBetween, visitorTimeZone, wallClock } from '../time/zoned.js';
import type { UiLanguage } from './language.js';
import { localize } from './localize.js';
import { panelWords } from './panel-strings.js';
import type { PolicyWords } from './policy-words.js';

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatMoney(amount: number, currency: string, lang: UiLanguage): string {
  return cached(`money|${lang}|${currency}`, () => new Intl.NumberFormat(lang, { style: 'currency', currency })).format(amount);
}

export function formatCost(cost: Cost, type: ChannelType, lang: UiLanguage, policyLocale: string, policy?: PolicyWords): string {
  const words = panelWords(lang, policy).cost;
  if (cost === 'free') return words.free;
  if (cost === 'standard') return type === 'phone' || type === 'callback' ? words.call : words.rate;
  if ('perMinute' in cost) return `${formatMoney(cost.perMinute, cost.currency, lang)} ${words.perMinute}`;
  if ('perCall' in cost) return `${formatMoney(cost.perCall, cost.currency, lang)} ${words.perCall}`;
  return localize(cost.text, lang, policyLocale);
}

function unit(value: number, unitName: 'minute' | 'hour' | 'day', lang: UiLanguage, display: 'short' | 'long'): string {
  return cached(`unit|${lang}|${unitName}|${display}`, () => new Intl.NumberFormat(lang, { style: 'unit', unit: unitName, unitDisplay: display })).format(value);
}

/**
 * "wachttijd ~9 min", the one phrasing of a wait wherever it shows (a card, a recommendation, a
 * nudge), live or typical: either is an estimate, and the tilde says so.
 */
export function formatWait(minutes: number, lang: UiLanguage, policy?: PolicyWords): string {
  const words = panelWords(lang, policy);
  return minutes < 1 ? words.noWait : words.wait(unit(Math.round(minutes), 'minute', lang, 'short'));
}

/** "antwoord binnen 48 uur" / "reply within 2 days". */
export function formatReply(hours: number, lang: UiLanguage, policy?: PolicyWords): string {
  const span =
    hours >= 72 && hours % 24 === 0 ? unit(hours / 24, 'day', lang, 'long') : unit(Math.max(1, Math.round(hours)), 'hour', lang, 'long');
  return panelWords(lang, policy).replyWithin(span);
}

/**
 * "08:00": hours and minutes on the 24-hour clock (a closing at midnight reads "00:00", never
 * "24:00"), the same in every built-in language. Built from the wall clock rather than a date
 * formatter, whose first use in a page costs tens of milliseconds.
 */
export function formatClock(instant: number, timeZone: string): string {
  const { minutes } = wallClock(instant, timeZone);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function zoneName(instant: number, lang: UiLanguage, timeZone: string): string {
  const parts = cached(`zone|${lang}|${timeZone}`, () => new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'short' })).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * A moment relative to now, in the zone of the opening hours: "vandaag 17:00", "morgen 08:00",
 * "maandag 08:00", "28 december 09:00". A visitor whose own clock differs is told which zone.
 */
export function formatMoment(instant: number, now: number, lang: UiLanguage, timeZone: string, visitorZone = visitorTimeZone()): string {
  const days = daysBetween(wallClock(now, timeZone), wallClock(instant, timeZone));
  let day: string;
  if (days <= 1) {
    day = cached(`relative|${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })).format(days, 'day');
  } else if (days < 7) {
    day = cached(`weekday|${lang}|${timeZone}`, () => new Intl.DateTimeFormat(lang, { timeZone, weekday: 'long' })).format(instant);
  } else {
    day = cached(`date|${lang}|${timeZone}`, () => new Intl.DateTimeFormat(lang, { timeZone, day: 'numeric', month: 'long' })).format(instant);
  }
  const time = formatClock(instant, timeZone);
  const sameClock = visitorZone !== undefined && formatClock(instant, visitorZone) === time;
  return sameClock ? `${day} ${time}` : `${day} ${time} ${zoneName(instant, lang, timeZone)}`;
}

/**
 * Dutch numbers the way they are written in the Netherlands ("088 123 4567", "06 1234 5678").
 * Other numbers keep the grouping the policy gave them with "-" or "." (tel:+32-2-234-56-78).
 */
export function formatPhoneNumber(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  const national = digits.startsWith('+31') ? `0${digits.slice(3)}` : /^0[1-9]/.test(digits) ? digits : undefined;
  // Free and paid service numbers: 0800 and 090x, then four or seven digits.
  if (national && /^0(800|90\d)(\d{4}|\d{7})$/.test(national)) {
    const rest = national.slice(4);
    return `${national.slice(0, 4)} ${rest.length === 7 ? `${rest.slice(0, 3)} ${rest.slice(3)}` : rest}`;
  }
  if (national?.length !== 10) return number.replace(/[-.]/g, ' ').trim();
  if (national.startsWith('06')) return `06 ${national.slice(2, 6)} ${national.slice(6)}`;
  // Two- and three-digit area codes look alike here; 0XX XXX XXXX reads well for both.
  return `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
}
