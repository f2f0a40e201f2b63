import { expect } from '@open-wc/testing';
import { localize } from '../../src/i18n/localize.js';
import type { FaqItem } from '../../src/policy/schema.js';
import { FaqSearch, type SearchableEntry } from '../../src/search/faq-search.js';
import { MAX_WORD_CHARS, SEARCHED_CHARS, searchedPart } from '../../src/search/bounds.js';
import { fold, informativeStems, stem, words } from '../../src/search/normalize.js';

async function demoEntries(lang: string): Promise<SearchableEntry[]> {
  const policy = (await (await fetch('/demo/contact-policy.json')).json()) as { faq: FaqItem[] };
  return policy.faq.map((item) => ({
    id: item.id,
    question: localize(item.question, lang, 'nl'),
    answer: localize(item.answer, lang, 'nl'),
    keywords: item.keywords ?? [],
    topics: item.topics ?? [],
  }));
}

describe('search text handling', () => {
  it('folds case, accents and the Dutch ij', () => {
    expect(fold('Beëindigen ÉÉN Kwijt')).to.equal('beeindigen een kwyt');
  });
  it('brings inflections together', () => {
    expect(stem('verhuizing')).to.equal(stem('verhuizen'));
    expect(stem('betalingen')).to.equal('betal');
  });
  it('brings an English plural and its singular together', () => {
    expect(stem('payments')).to.equal(stem('payment'));
    expect(stem('transfers')).to.equal(stem('transfer'));
  });
  it('undoes the doubled consonant of an English past tense, not of Dutch words', () => {
    expect(stem('topped')).to.equal(stem('top'));
    expect(stem('instelling')).to.equal(stem('instellen'));
  });
  it('keeps only informative words of a whole email', () => {
    const words = ['verhuizen', 'volgende', 'maand', 'Amersfoort', 'geven'];
    expect(informativeStems('Goedemiddag, wij verhuizen volgende maand naar Amersfoort, hoe geven we dat door?')).to.deep.equal(
      words.map((word) => stem(fold(word))),
    );
  });
});

describe('FaqSearch on the demo FAQ', () => {
  let nl: FaqSearch;
  let en: FaqSearch;
  before(async () => {
    nl = FaqSearch.build(await demoEntries('nl'));
    en = FaqSearch.build(await demoEntries('en'));
  });

  const dutch: [string, string][] = [
    ['a whole email', 'Goedemiddag, wij verhuizen volgende maand naar Amersfoort, hoe geven we dat door?'],
    ['a fragment', 'nieuw adres doorgeven'],
    ['a typo', 'verhuisen'],
  ];
  for (const [kind, text] of dutch) {
    it(`finds moving house from ${kind}`, () => {
      expect(nl.search(text).map((r) => r.id)).to.include('verhuizing-doorgeven');
    });
  }

  const rows: [string, string][] = [
    ['wachtwoord kwyt', 'mijn-helder-inloggen'],
    ['wachtwoord kwijt', 'mijn-helder-inloggen'],
    ['Ik ruik gas in de keuken', 'gaslucht'],
    ['jaarafrekning te hoog', 'factuur-hoger'],
    ['contract beeindigen', 'contract-opzeggen'],
    ['Hoe meld ik me aan?', 'klant-worden'],
    ['jaarafrkening te hoog', 'factuur-hoger'],
  ];
  for (const [text, id] of rows) {
    it(`"${text}" → ${id} in the top 3`, () => expect(nl.search(text).map((r) => r.id)).to.include(id));
  }

  const compounds: [string, string, string][] = [
    ['a compound typed as two words', 'betalings regeling', 'betalingsregeling'],
    ['a compound typed as two words without the linking s', 'betaling regeling', 'betalingsregeling'],
    ['a compound typed as two words', 'meter stand', 'meterstanden-doorgeven'],
    ['a compound typed as two words the other way round', 'regeling betaling', 'betalingsregeling'],
    ['a compound typed as two words in a sentence', 'jaar afrekening te hoog', 'factuur-hoger'],
    ['words typed together', 'wachtwoordkwijt', 'mijn-helder-inloggen'],
    ['words typed together', 'factuurdownloaden', 'factuur-downloaden'],
    ['words typed together', 'meterstandverhuizing', 'meterstanden-verhuizen'],
    ['Dutch and English mixed', 'factuur download', 'factuur-downloaden'],
    ['Dutch and English mixed', 'invoice downloaden', 'factuur-downloaden'],
  ];
  for (const [kind, text, id] of compounds) {
    it(`${kind}: "${text}" → ${id} first`, () => expect(nl.search(text)[0]?.id).to.equal(id));
  }

  it('searches the English texts in English', () => {
    expect(en.search('I smell gas, what should I do?')[0]?.id).to.equal('gaslucht');
    expect(en.search('how do I change my bank account number').map((r) => r.id)).to.include('iban-wijzigen');
  });

  it('finds an entry by a word customers use for the one it says', () => {
    const search = FaqSearch.build([
      { id: 'open', question: 'Opening an account', answer: '' },
      { id: 'terminate', question: 'Terminate an account', answer: '' },
    ]);
    expect(search.search('How do I close my account?')[0]?.id).to.equal('terminate');
    expect(search.search('How do I open an account?')[0]?.id).to.equal('open');
  });

  it('suggests nothing when nothing is relevant', () => {
    expect(nl.search('Hallo, hoe gaat het met jullie?')).to.deep.equal([]);
    expect(nl.search('de kat zit op de mat')).to.deep.equal([]);
    expect(nl.search('')).to.deep.equal([]);
  });

  it('does not always show the same answers', () => {
    const first = nl.search('stroom uitgevallen').map((r) => r.id);
    const second = nl.search('klacht indienen').map((r) => r.id);
    expect(first.filter((id) => second.includes(id))).to.deep.equal([]);
  });

  it('returns at most the limit, best first, scores between 0 and 1', () => {
    const results = nl.search('factuur betalen rekening termijnbedrag meterstand', { limit: 3 });
    expect(results.length).to.be.at.most(3);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).to.be.at.least(results[i]!.score - 0.3);
    for (const result of results) expect(result.score).to.be.within(0, 1);
  });

  it('prefers the page topic\'s entries when both fit', () => {
    const query = 'meterstanden doorgeven';
    expect(nl.search(query, { topic: 'verhuizen' })[0]?.id).to.be.oneOf(['meterstanden-verhuizen', 'meterstanden-doorgeven']);
    expect(nl.search(query, { topic: 'verhuizen' }).map((r) => r.id)).to.include('meterstanden-verhuizen');
  });

  it('reads the first 2,000 characters of a text: the question there is found, one after them is not', () => {
    const question = 'Goedemiddag, wij verhuizen volgende maand naar Amersfoort, hoe geven we dat door?';
    const filler = ' '.repeat(SEARCHED_CHARS - question.length - 1);
    expect(nl.search(`${question}${filler}`)[0]?.id).to.equal('verhuizing-doorgeven');
    expect(nl.search(`${filler}${filler}${question}`)).to.deep.equal([]);
  });

  it('finds the question next to a 50,000-letter word, and counts only 64 letters of it', () => {
    const token = 'abcdefghijklmnopqrstuvwxyz'.repeat(2_000);
    expect(words(`${token} verhuizen`)).to.deep.equal([fold(token).slice(0, MAX_WORD_CHARS), 'verhuizen']);
    expect(nl.search(`verhuizen adres doorgeven ${token}`)[0]?.id).to.equal('verhuizing-doorgeven');
  });

  it('never cuts a character in two at the 2,000th position', () => {
    const text = `${'a'.repeat(SEARCHED_CHARS - 1)}😀`;
    expect(searchedPart(text)).to.equal('a'.repeat(SEARCHED_CHARS - 1));
    expect(searchedPart('kort')).to.equal('kort');
  });

  it('builds the same index in slices as at once', async () => {
    const entries = await demoEntries('nl');
    const sliced = await FaqSearch.buildInSlices(entries);
    for (const text of ['verhuisen', 'Ik heb geen stroom', 'opzegboete']) {
      expect(sliced.search(text)).to.deep.equal(FaqSearch.build(entries).search(text));
    }
  });
});
