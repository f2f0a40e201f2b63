import { expect } from '@open-wc/testing';
import { formatClock, formatCost, formatMoment, formatMoney, formatPhoneNumber, formatReply, formatWait } from '../../src/i18n/format.js';
import { plural } from '../../src/i18n/plural.js';
import { wordsSettled, type LoadWords } from '../../src/i18n/late-words.js';

const AMS = 'Europe/Amsterdam';
// Intl puts a narrow no-break space in some outputs; compare what a reader sees.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney and formatCost', () => {
  const rows: [string, Parameters<typeof formatCost>[0], Parameters<typeof formatCost>[1], 'nl' | 'en', string][] = [
    ['free in Dutch', 'free', 'chat', 'nl', 'gratis'],
    ['free in English', 'free', 'chat', 'en', 'free'],
    ['standard phone rate in Dutch', 'standard', 'phone', 'nl', 'normale belkosten'],
    ['standard phone rate in English', 'standard', 'phone', 'en', 'your usual call rate'],
    ['standard rate for WhatsApp', 'standard', 'whatsapp', 'nl', 'normale kosten'],
    ['per minute in Dutch', { perMinute: 0.05, currency: 'EUR' }, 'phone', 'nl', '€ 0,05 per minuut'],
    ['per minute in English', { perMinute: 0.1, currency: 'EUR' }, 'phone', 'en', '€0.10 per minute'],
    ['per call', { perCall: 1.5, currency: 'EUR' }, 'video', 'nl', '€ 1,50 per gesprek'],
    ['own words, translated', { text: { nl: 'gratis met je abonnement', en: 'free with your plan' } }, 'chat', 'en', 'free with your plan'],
  ];
  for (const [name, cost, type, lang, expected] of rows) {
    it(name, () => expect(plain(formatCost(cost, type, lang, 'nl'))).to.equal(expected));
  }
  it('formats other currencies', () => {
    expect(plain(formatMoney(2, 'USD', 'en'))).to.equal('$2.00');
  });
});

describe('formatWait and formatReply', () => {
  it('shows a typical wait as an estimate', () => {
    expect(formatWait(9, 'nl')).to.equal('wachttijd ~9 min');
    expect(formatWait(9.4, 'en')).to.equal('wait ~9 min');
    expect(formatWait(0, 'en')).to.equal('no wait');
    expect(formatWait(0, 'nl')).to.equal('geen wachttijd');
  });
  it('shows reply times in hours, or whole days from three days on', () => {
    expect(formatReply(48, 'nl')).to.equal('antwoord binnen 48 uur');
    expect(formatReply(24, 'en')).to.equal('reply within 24 hours');
    expect(formatReply(1, 'en')).to.equal('reply within 1 hour');
    expect(formatReply(120, 'nl')).to.equal('antwoord binnen 5 dagen');
  });
});

describe('formatClock', () => {
  it('never writes 24:00 for midnight', () => {
    expect(formatClock(Date.parse('2026-11-24T23:00:00Z'), AMS)).to.equal('00:00');
    expect(formatClock(Date.parse('2026-11-24T22:59:00Z'), AMS)).to.equal('23:59');
  });
  it('shows the time in the policy\'s zone across DST', () => {
    expect(formatClock(Date.parse('2026-03-29T01:00:00Z'), AMS)).to.equal('03:00');
    expect(formatClock(Date.parse('2026-10-25T01:00:00Z'), AMS)).to.equal('02:00');
  });
});

describe('formatMoment', () => {
  const now = Date.parse('2026-11-28T20:00:00Z'); // Saturday 21:00 in Amsterdam
  const rows: [string, string, 'nl' | 'en', string][] = [
    ['later today', '2026-11-28T21:30:00Z', 'nl', 'vandaag 22:30'],
    ['tomorrow', '2026-11-29T09:00:00Z', 'nl', 'morgen 10:00'],
    ['tomorrow in English', '2026-11-29T09:00:00Z', 'en', 'tomorrow 10:00'],
    ['a weekday this week', '2026-11-30T07:00:00Z', 'nl', 'maandag 08:00'],
    ['a weekday in English', '2026-11-30T07:00:00Z', 'en', 'Monday 08:00'],
    ['beyond a week', '2026-12-26T08:00:00Z', 'nl', '26 december 09:00'],
  ];
  for (const [name, at, lang, expected] of rows) {
    it(`${name}, for a visitor in the policy's zone`, () => {
      expect(formatMoment(Date.parse(at), now, lang, AMS, AMS)).to.equal(expected);
    });
  }
  it('names the zone for a visitor whose clock differs', () => {
    expect(formatMoment(Date.parse('2026-11-30T07:00:00Z'), now, 'en', AMS, 'America/New_York')).to.match(/^Monday 08:00 \S+/);
  });
  it('uses the calendar day in the policy\'s zone, not the visitor\'s', () => {
    // 23:30 UTC Saturday is already Sunday in Amsterdam: "morgen" from Saturday evening.
    expect(formatMoment(Date.parse('2026-11-29T00:30:00Z'), now, 'nl', AMS, AMS)).to.equal('morgen 01:30');
  });
});

describe('formats per language', () => {
  // French and German words come in parts of their own, as for a visitor in those languages.
  const load: LoadWords = async (part) => ({ ok: true, module: await (part === 'fr' ? import('../../src/i18n/fr.js') : import('../../src/i18n/de.js')) });
  before(() => Promise.all((['fr', 'de'] as const).map((lang) => new Promise<void>((arrived) => wordsSettled(lang, load, arrived)))));
  const now = Date.parse('2026-11-28T20:00:00Z'); // Saturday 21:00 in Amsterdam
  const rows: [string, () => string, string][] = [
    ['money in French', () => formatMoney(1234.5, 'EUR', 'fr'), '1 234,50 €'],
    ['money in German', () => formatMoney(1234.5, 'EUR', 'de'), '1.234,50 €'],
    ['money in Dutch', () => formatMoney(1234.5, 'EUR', 'nl'), '€ 1.234,50'],
    ['a cost per minute in French', () => formatCost({ perMinute: 0.05, currency: 'EUR' }, 'phone', 'fr', 'nl'), '0,05 € par minute'],
    ['a cost per call in German', () => formatCost({ perCall: 1.5, currency: 'EUR' }, 'video', 'de', 'nl'), '1,50 € pro Anruf'],
    ['a free channel in French', () => formatCost('free', 'chat', 'fr', 'nl'), 'gratuit'],
    ['the usual call rate in German', () => formatCost('standard', 'phone', 'de', 'nl'), 'normale Telefongebühren'],
    ['a wait in French', () => formatWait(9, 'fr'), 'attente ~9 min'],
    ['a wait in German', () => formatWait(9, 'de'), 'Wartezeit ~9 Min.'],
    ['no wait in German', () => formatWait(0, 'de'), 'keine Wartezeit'],
    ['a reply time in hours in French', () => formatReply(48, 'fr'), 'réponse sous 48 heures'],
    ['a reply time of one hour in French', () => formatReply(1, 'fr'), 'réponse sous 1 heure'],
    ['a reply time in days in German', () => formatReply(120, 'de'), 'Antwort in bis zu 5 Tage'],
    ['later today in French', () => formatMoment(Date.parse('2026-11-28T21:30:00Z'), now, 'fr', AMS, AMS), 'aujourd’hui 22:30'],
    ['tomorrow in French', () => formatMoment(Date.parse('2026-11-29T09:00:00Z'), now, 'fr', AMS, AMS), 'demain 10:00'],
    ['tomorrow in German', () => formatMoment(Date.parse('2026-11-29T09:00:00Z'), now, 'de', AMS, AMS), 'morgen 10:00'],
    ['tomorrow in Dutch', () => formatMoment(Date.parse('2026-11-29T09:00:00Z'), now, 'nl', AMS, AMS), 'morgen 10:00'],
    ['later today in German', () => formatMoment(Date.parse('2026-11-28T21:30:00Z'), now, 'de', AMS, AMS), 'heute 22:30'],
    ['a weekday in French', () => formatMoment(Date.parse('2026-11-30T07:00:00Z'), now, 'fr', AMS, AMS), 'lundi 08:00'],
    ['a weekday in German', () => formatMoment(Date.parse('2026-11-30T07:00:00Z'), now, 'de', AMS, AMS), 'Montag 08:00'],
    ['beyond a week in French', () => formatMoment(Date.parse('2026-12-26T08:00:00Z'), now, 'fr', AMS, AMS), '26 décembre 09:00'],
    ['beyond a week in German', () => formatMoment(Date.parse('2026-12-26T08:00:00Z'), now, 'de', AMS, AMS), '26. Dezember 09:00'],
  ];
  for (const [name, format, expected] of rows) {
    it(name, () => expect(plain(format())).to.equal(expected));
  }

  it('counts with each language\'s plural rules', () => {
    const forms = (lang: 'nl' | 'en' | 'fr' | 'de') => [0, 1, 2].map((count) => plural(lang, count, { one: () => 'one', other: () => 'other' }));
    // French counts nothing as one; the others count it as many.
    expect(forms('fr')).to.deep.equal(['one', 'one', 'other']);
    expect(forms('de')).to.deep.equal(['other', 'one', 'other']);
    expect(forms('nl')).to.deep.equal(['other', 'one', 'other']);
    expect(forms('en')).to.deep.equal(['other', 'one', 'other']);
  });
});

describe('formatPhoneNumber', () => {
  const rows: [string, string][] = [
    ['+31881234567', '088 123 4567'],
    ['+318000223344', '0800 022 3344'],
    ['08001234', '0800 1234'],
    ['+31612345678', '06 1234 5678'],
    ['0201234567', '020 123 4567'],
    ['+32-2-234-56-78', '+32 2 234 56 78'],
    ['+3222345678', '+3222345678'],
    ['+3120', '+3120'],
  ];
  for (const [number, expected] of rows) {
    it(`${number} → ${expected}`, () => expect(formatPhoneNumber(number)).to.equal(expected));
  }
});
