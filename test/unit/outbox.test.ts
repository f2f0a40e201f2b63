import { expect } from '@open-wc/testing';
import { MAILTO_MAX_LENGTH, mailtoHref } from '../../src/outbox/mailto.js';
import { backoffDelay, parseRetryAfter } from '../../src/outbox/outbox.js';
import { newReference } from '../../src/internal/reference.js';

describe('backoffDelay', () => {
  it('waits a random time up to an exponentially growing bound (full jitter)', () => {
    expect(backoffDelay(1, 0, () => 0.999)).to.be.closeTo(2000, 2);
    expect(backoffDelay(3, 0, () => 0.999)).to.be.closeTo(8000, 8);
    expect(backoffDelay(3, 0, () => 0)).to.equal(0);
  });
  it('never exceeds ten minutes, however many attempts', () => {
    expect(backoffDelay(40, 0, () => 0.999)).to.be.at.most(600_000);
  });
  it('never retries sooner than Retry-After', () => {
    expect(backoffDelay(1, 30_000, () => 0)).to.equal(30_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).to.equal(120_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:30 GMT', Date.parse('2026-11-24T12:00:00Z'))).to.equal(30_000);
    expect(parseRetryAfter(null)).to.equal(0);
    expect(parseRetryAfter('soon')).to.equal(0);
  });
});

describe('newReference', () => {
  it('is short, readable on the phone and different every time', () => {
    const references = new Set(Array.from({ length: 200 }, newReference));
    expect(references.size).to.equal(200);
    for (const reference of references) expect(reference).to.match(/^KW-[2-9A-HJ-NP-Z]{6}$/);
  });
});

describe('mailtoHref (RFC 6068)', () => {
  it('encodes subject and body, with CRLF line breaks', () => {
    expect(mailtoHref('service@example.nl', 'Vraag & antwoord', 'Regel 1\nRegel 2 = 100%?')).to.equal(
      'mailto:service@example.nl?subject=Vraag%20%26%20antwoord&body=Regel%201%0D%0ARegel%202%20%3D%20100%25%3F',
    );
  });
  it('gives no link when the message is too long to open reliably', () => {
    expect(mailtoHref('a@b.nl', '', 'x'.repeat(MAILTO_MAX_LENGTH))).to.equal(undefined);
  });
});
