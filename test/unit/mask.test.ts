// Masking what customers type, in the forms people write personal data in, and at the cut of a
// long input. The proofs in issue 23: "naam.achternaam(at)gmail.com" and "naam＠gmail.com" passed
// unchanged, "NL91-ABNA-0417-…" became "NL##-ABNA-[phone]", and an address straddling the
// 1,000-character cut went out as "naam.achternaam@exam".
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { maskQuery, MAX_QUERY_CHARS, PLACEHOLDERS } from '../../src/insights/mask.js';
import { checkProperty } from '../fuzz/arbitraries.js';

const RUNS = 1000;

describe('maskQuery: the forms people write personal data in', () => {
  const cases: [string, string][] = [
    ['mail naam.achternaam(at)gmail.com graag', 'mail [e-mail] graag'],
    ['mail naam.achternaam @ gmail.com graag', 'mail [e-mail] graag'],
    ['mail naam＠gmail.com graag', 'mail [e-mail] graag'],
    ['mail naam.achternaam[at]gmail[dot]com graag', 'mail [e-mail] graag'],
    ['mail naam dot achternaam at gmail dot com graag', 'mail [e-mail] graag'],
    ['mail naam(punt)achternaam (apenstaartje) ziggo (punt) nl graag', 'mail [e-mail] graag'],
    ['rekening NL91-ABNA-0417-1643-00 klopt niet', 'rekening [iban] klopt niet'],
    ['rekening nl91.abna.0417.1643.00 klopt niet', 'rekening [iban] klopt niet'],
    ['rekening BE68 5390 0754 7034 kost geld', 'rekening [iban] kost geld'],
    ['€ 12 van rekening NL91 ABNA 0417 1643 00 terug', '€ ## van rekening [iban] terug'],
    ['ik woon op 1234AB12 sinds kort', 'ik woon op [postcode] sinds kort'],
    ['ik woon op 1234 ab 12 sinds kort', 'ik woon op [postcode] sinds kort'],
    ['ik woon op 1234 AB, 12-2 hoog', 'ik woon op [postcode] hoog'],
    ['bel 06/12345678 of 06–12345678', 'bel [phone] of [phone]'],
    ['bel +31 (0)6-1234 5678 terug', 'bel [phone] terug'],
    ['bel ０６１２３４５６７８ terug', 'bel [phone] terug'],
  ];
  for (const [typed, sent] of cases) {
    it(`"${typed}"`, () => {
      expect(maskQuery(typed)).to.equal(sent);
    });
  }

  it('leaves a sentence with "at" and a full stop alone', () => {
    expect(maskQuery('I looked at the invoice. Thanks')).to.equal('I looked at the invoice. Thanks');
  });

  it('masks an address that straddles the 1,000-character input cut', () => {
    const masked = maskQuery(`${' '.repeat(990)}naam.achternaam@example.com`);
    expect(masked).to.equal('[e-mail]');
  });

  it('never cuts a placeholder in two at the 100-character limit', () => {
    const masked = maskQuery(`${'x'.repeat(95)} jan@voorbeeld.nl`);
    expect(masked).to.equal('x'.repeat(95));
    expect(maskQuery(`${'x'.repeat(95)} ${'nog meer woorden '.repeat(3)}`)).to.have.length(MAX_QUERY_CHARS);
  });
});

// Generated personal data, in each way of writing it.
const lower = (chars: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max });
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const letters = (n: number) => fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: n, maxLength: n });

const email = fc
  .record({
    local: fc.array(fc.tuple(fc.constantFrom(...ALNUM), lower(`${ALNUM}_+-`, 0, 11)).map(([first, rest]) => first + rest), { minLength: 1, maxLength: 3 }),
    domain: fc.array(lower(ALNUM, 1, 12), { minLength: 1, maxLength: 3 }),
    tld: lower('abcdefghijklmnopqrstuvwxyz', 2, 6),
    at: fc.constantFrom('@', ' @ ', '(at)', ' (at) ', '[at]', ' [at] ', '{at}', ' at ', ' AT ', '＠', ' (apenstaartje) '),
    dot: fc.constantFrom('.', '(dot)', ' (dot) ', '[dot]', ' dot ', ' punt ', ' DOT '),
    upper: fc.boolean(),
  })
  .map(({ local, domain, tld, at, dot, upper }) => {
    const written = `${local.join(dot)}${at}${[...domain, tld].join(dot)}`;
    return upper ? written.toUpperCase() : written;
  });

const iban = fc
  .record({
    bban: fc.oneof(
      fc.tuple(letters(4), digits(10)).map(([bank, account]) => ['NL', bank + account]),
      digits(18).map((account) => ['DE', account]),
      digits(12).map((account) => ['BE', account]),
      fc.tuple(letters(4), digits(14)).map(([bank, account]) => ['GB', bank + account]),
    ),
    check: digits(2),
    separator: fc.constantFrom('', ' ', '-', '.'),
    lowerCase: fc.boolean(),
  })
  .map(({ bban: [country, bban], check, separator, lowerCase }) => {
    const written = `${country}${check}${bban}`.match(/.{1,4}/g)!.join(separator);
    return lowerCase ? written.toLowerCase() : written;
  });

const phone = fc
  .record({
    number: fc.oneof(
      digits(8).map((rest): [string, string] => ['06', rest]),
      fc.tuple(fc.constantFrom('010', '020', '030', '0318', '0592'), digits(6)).map(([area, rest]): [string, string] => [area, rest.padEnd(10 - area.length, '7')]),
    ),
    international: fc.constantFrom('', '+31 ', '+31', '0031 ', '+31 (0)'),
    separator: fc.constantFrom('', ' ', '-', '/', '.', ' - '),
  })
  .map(({ number: [area, rest], international, separator }) => `${international ? `${international}${area.slice(1)}` : area}${separator}${rest.match(/.{1,2}/g)!.join(separator === '/' ? '' : separator)}`);

const postcode = fc
  .record({ numbers: digits(4), letters: letters(2), house: fc.integer({ min: 1, max: 999 }), addition: fc.constantFrom('', 'a', '-2', ' - 3', '/b', 'hs'), space: fc.constantFrom('', ' '), lowerCase: fc.boolean() })
  .filter(({ numbers }) => !numbers.startsWith('0'))
  .map(({ numbers, letters, house, addition, space, lowerCase }) => `${numbers}${space}${lowerCase ? letters.toLowerCase() : letters} ${house}${addition}`);

const personal = fc.oneof(
  email.map((written) => ({ written, placeholder: PLACEHOLDERS.email })),
  iban.map((written) => ({ written, placeholder: PLACEHOLDERS.iban })),
  phone.map((written) => ({ written, placeholder: PLACEHOLDERS.phone })),
  postcode.map((written) => ({ written, placeholder: PLACEHOLDERS.postcode })),
);

// Words around it; none of them is a way of writing "at" or "dot".
const words = fc.array(fc.constantFrom('graag', 'mijn', 'factuur', 'klopt', 'niet', 'het', 'is', 'naar', 'van', 'de', 'en', 'bericht', 'kost', 'geld', 'adres'), { maxLength: 4 }).map((list) => list.join(' '));

describe('maskQuery: generated personal data (fast-check)', () => {
  it('no generated e-mail address, IBAN, phone number or postcode survives, in any written form', async () => {
    await checkProperty(
      fc.property(words, personal, words, (before, { written, placeholder }, after) => {
        const expected = [before, placeholder, after].filter(Boolean).join(' ');
        expect(maskQuery([before, written, after].filter(Boolean).join(' ')), written).to.equal(expected);
      }),
      RUNS,
    );
  });

  it('none survives across the input cut either: a long input of personal data gives placeholders only', async () => {
    const piece = fc.oneof(personal.map(({ written }) => written), fc.integer({ min: 1, max: 400 }).map((n) => ' '.repeat(n)));
    await checkProperty(
      fc.property(fc.array(piece, { minLength: 2, maxLength: 12 }), (pieces) => {
        const text = pieces.join(', ');
        expect(maskQuery(text).replace(/\[(?:e-mail|iban|phone|postcode)\]/g, ''), text).not.to.match(/[\p{L}\p{N}#@]/u);
      }),
      RUNS,
    );
  });

  it('masking what was masked changes nothing', async () => {
    await checkProperty(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.tuple(words, personal, words).map(([a, { written }, b]) => `${a} ${written} ${b}`)), (text) => {
        const once = maskQuery(text);
        expect(maskQuery(once)).to.equal(once);
      }),
      RUNS,
    );
  });
});
