import { expect } from '@open-wc/testing';
import { formatClock, formatCost, formatMoment, formatMoney, formatPhoneNumber, formatReply, formatWait } from '../../src/i18n/format.js';

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
