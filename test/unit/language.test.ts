import { expect } from '@open-wc/testing';
import { localKeywords } from '../../src/i18n/keywords.js';
import { chooseLanguage } from '../../src/i18n/language.js';
import { localize } from '../../src/i18n/localize.js';

describe('localize', () => {
  const rows: [string, Parameters<typeof localize>[0], string, string, string][] = [
    ['a plain string', 'Bellen', 'en', 'nl', 'Bellen'],
    ['the asked language', { nl: 'Bellen', en: 'Call us' }, 'en', 'nl', 'Call us'],
    ['the base of a regional tag', { nl: 'Bellen', en: 'Call us' }, 'en-GB', 'nl', 'Call us'],
    ['a regional text for its base language', { nl: 'Bellen', 'en-GB': 'Ring us' }, 'en', 'nl', 'Ring us'],
    ['the policy locale when the language is missing', { nl: 'Bellen' }, 'en', 'nl', 'Bellen'],
    ['any text rather than none', { de: 'Anrufen' }, 'en', 'nl', 'Anrufen'],
  ];
  for (const [name, text, lang, locale, expected] of rows) {
    it(name, () => expect(localize(text, lang, locale)).to.equal(expected));
  }
});

describe('chooseLanguage', () => {
  it('takes the first supported candidate', () => {
    expect(chooseLanguage(undefined, 'en', 'nl', 'nl')).to.equal('en');
    expect(chooseLanguage(undefined, null, 'nl-NL', 'en')).to.equal('nl');
    expect(chooseLanguage(undefined, undefined, 'es', 'nl')).to.equal('nl');
    expect(chooseLanguage(undefined, 'pl', '', 'sv')).to.equal('en');
  });
  it('speaks French and German itself', () => {
    expect(chooseLanguage(undefined, 'fr-BE', 'nl', 'nl')).to.equal('fr');
    expect(chooseLanguage(undefined, null, 'de-AT', 'nl')).to.equal('de');
    expect(chooseLanguage(undefined, 'es', undefined, 'de')).to.equal('de');
  });
  it('speaks the languages the policy gives words for, by base language', () => {
    const words = { pl: {}, pt: {} };
    expect(chooseLanguage(words, 'pl-PL', 'nl', 'nl')).to.equal('pl');
    expect(chooseLanguage(words, 'pt-BR', 'nl')).to.equal('pt');
    expect(chooseLanguage(words, 'es', 'nl')).to.equal('nl');
    expect(chooseLanguage(words, null, 'pl', 'nl')).to.equal('pl');
    expect(chooseLanguage({ pl: {} }, 'ar', '', 'nl')).to.equal('nl');
  });
  it('takes no language from an object\'s inherited names', () => {
    expect(chooseLanguage({}, 'constructor', 'toString', '__proto__')).to.equal('en');
  });
});

describe('localKeywords', () => {
  const perLanguage = { nl: ['rekening'], fr: ['facture'], 'de-AT': ['Rechnung'] };
  it('gives a plain list to every language', () => expect(localKeywords(['rekening', 'bill'], 'fr', 'nl')).to.deep.equal(['rekening', 'bill']));
  it('gives each language its own list', () => {
    expect(localKeywords(perLanguage, 'fr-BE', 'nl')).to.deep.equal(['facture']);
    expect(localKeywords(perLanguage, 'nl', 'nl')).to.deep.equal(['rekening']);
  });
  it('falls back to the policy locale\'s list', () => expect(localKeywords(perLanguage, 'en', 'nl')).to.deep.equal(['rekening']));
  it('has none when none are given', () => expect(localKeywords(undefined, 'en', 'nl')).to.deep.equal([]));
});
