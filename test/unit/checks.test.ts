import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CALENDAR_DATE, VALID_TIME_RANGE } from '../../scripts/policy-json-schema.js';
import { isEmailAddress, nearest, safeHref, urlProblem } from '../../src/policy/checks.js';
import { parseCalendarDate, parseTimeRange } from '../../src/time/calendar.js';

describe('parseTimeRange', () => {
  const rows: [string, { start: number; end: number } | undefined][] = [
    ['08:00-17:30', { start: 480, end: 1050 }],
    ['22:00-02:00', { start: 1320, end: 1560 }],
    ['00:00-24:00', { start: 0, end: 1440 }],
    ['08:00-24:30', undefined],
    ['24:00-08:00', undefined],
    ['8:00-17:00', undefined],
    ['08:60-17:00', undefined],
    ['12:00-12:00', undefined],
  ];
  for (const [text, expected] of rows) {
    it(`${text} → ${JSON.stringify(expected)}`, () => expect(parseTimeRange(text)).to.deep.equal(expected));
  }
});

describe('parseCalendarDate', () => {
  it('accepts real dates, including a leap day', () => {
    expect(parseCalendarDate('2028-02-29')).to.deep.equal({ year: 2028, month: 2, day: 29 });
  });
  it('rejects impossible dates', () => {
    for (const text of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-04-31', '26-12-25']) {
      expect(parseCalendarDate(text), text).to.equal(undefined);
    }
  });
});

describe('urlProblem and safeHref', () => {
  const allowed = ['https://example.nl/chat', 'tel:+31201234567', 'mailto:service@example.nl', 'sms:+31612345678', '/contact', 'contact', '#faq', '?topic=x'];
  const refused = ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'http://example.nl', '//evil.example', '/\\evil.example', ' javascript:x', 'java\tscript:x', 'tel:abc', 'https://'];
  for (const href of allowed) {
    it(`allows ${href}`, () => {
      expect(urlProblem(href)).to.equal(undefined);
      expect(safeHref(href)).to.equal(href);
    });
  }
  for (const href of refused) {
    it(`refuses ${JSON.stringify(href)}`, () => {
      expect(urlProblem(href)).to.be.a('string');
      expect(safeHref(href)).to.equal(undefined);
    });
  }
  it('refuses what is not a string', () => expect(safeHref({ toString: () => '/x' })).to.equal(undefined));
});

describe('nearest', () => {
  it('suggests a close key and nothing for a far one', () => {
    expect(nearest('hourz', ['hours', 'href', 'id'])).to.equal('hours');
    expect(nearest('Label', ['label', 'href'])).to.equal('label');
    expect(nearest('openingstijden', ['hours', 'href', 'id'])).to.equal(undefined);
  });
});

describe('isEmailAddress', () => {
  it('takes what it took before it ran in linear time, up to 254 characters', () => {
    // The quadratic pattern it replaced, as the reference for which addresses are addresses.
    const before = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/; // eslint-disable-line regexp/no-super-linear-backtracking
    const address = fc.stringMatching(/^[a@.b <"]{0,12}$/);
    fc.assert(fc.property(address, (value) => isEmailAddress(value) === before.test(value)), { numRuns: 3000 });
    for (const value of ['a@b.c', 'a@.b.c', 'a@b..c', 'x.y@example.nl']) expect(isEmailAddress(value), value).to.equal(true);
    for (const value of ['a@b.', 'a@.b', 'a@b', '@b.c', 'a b@c.d', 'a@b@c.d']) expect(isEmailAddress(value), value).to.equal(false);
  });

  it('refuses an address longer than 254 characters', () => {
    const local = 'a'.repeat(64);
    const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.nl`;
    expect(`${local}@${domain}`.length).to.equal(254);
    expect(isEmailAddress(`${local}@${domain}`)).to.equal(true);
    expect(isEmailAddress(`${local}a@${domain}`)).to.equal(false);
  });
});

// policy.schema.json says these two rules as patterns; the widget parses. Each must take what the other takes.
describe('the schema\'s patterns beside the widget\'s parsers', () => {
  const two = (n: number) => String(n).padStart(2, '0');

  it('CALENDAR_DATE takes the dates parseCalendarDate takes', () => {
    const years = [0, 4, 50, 99, 100, 104, 400, 1582, 1900, 1996, 2000, 2024, 2026, 2100, 2400, 9996, 9999];
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
          expect(CALENDAR_DATE.test(date), date).to.equal(parseCalendarDate(date) !== undefined);
        }
      }
    }
  });

  it('VALID_TIME_RANGE takes the ranges parseTimeRange takes', () => {
    const times = Array.from({ length: 26 }, (_, hour) => [0, 1, 30, 59, 60].map((minute) => `${two(hour)}:${two(minute)}`)).flat();
    for (const start of times) {
      for (const end of times) {
        const range = `${start}-${end}`;
        expect(VALID_TIME_RANGE.test(range), range).to.equal(parseTimeRange(range) !== undefined);
      }
    }
  });
});
