import { expect } from '@open-wc/testing';
import { nearest, safeHref, urlProblem } from '../../src/policy/checks.js';
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
