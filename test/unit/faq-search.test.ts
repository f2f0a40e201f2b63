import { expect } from '@open-wc/testing';
import { localKeywords } from '../../src/i18n/keywords.js';
import { localize } from '../../src/i18n/localize.js';
import type { FaqItem } from '../../src/policy/schema.js';
import { FaqSearch, type SearchableEntry } from '../../src/search/faq-search.js';
import { MAX_WORD_CHARS, SEARCHED_CHARS, searchedPart } from '../../src/search/bounds.js';
import { foldingFor } from '../../src/search/languages.js';
import { fold, informativeStems, stem, words } from '../../src/search/normalize.js';

async function demoEntries(lang: string): Promise<SearchableEntry[]> {
  const policy = (await (await fetch('/demo/contact-policy.json')).json()) as { faq: FaqItem[] };
  return policy.faq.map((item) => ({
    id: item.id,
    question: localize(item.question, lang, 'nl'),
    answer: localize(item.answer, lang, 'nl'),
    keywords: localKeywords(item.keywords, lang, 'nl'),
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
    // Each word fits entries of several topics; the page decides which comes first.
    expect(nl.search('stroom', { topic: 'storing' })[0]?.id).to.equal('stroomstoring');
    expect(nl.search('stroom', { topic: 'factuur' })[0]?.id).to.equal('terugleveren');
    expect(nl.search('vergoeding', { topic: 'storing' })[0]?.id).to.equal('storing-duur');
    expect(nl.search('vergoeding', { topic: 'factuur' })[0]?.id).to.equal('terugleveren');
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

describe('French and German search', () => {
  const french = foldingFor('fr-BE');
  const german = foldingFor('de');
  const key = (folding: typeof french, word: string) => folding.stem(folding.fold(word));

  it('takes French elisions, accents and ligatures off', () => {
    expect(french.fold("L'adresse d’électricité qu'il jusqu’à l’œuvre")).to.equal('adresse electricite il a oeuvre');
  });
  it('brings French plurals and their singulars together', () => {
    expect(key(french, 'factures')).to.equal(key(french, 'facture'));
    expect(key(french, 'journaux')).to.equal(key(french, 'journal'));
    expect(key(french, 'déménagement')).to.equal(key(french, 'déménager'));
  });
  it('reads a German umlaut and its ae/oe/ue spelling, and ß and ss, as one', () => {
    expect(key(german, 'Zähler')).to.equal(key(german, 'Zaehler'));
    expect(key(german, 'Wärmepumpe')).to.equal(key(german, 'Waermepumpe'));
    expect(key(german, 'Straße')).to.equal(key(german, 'Strasse'));
    expect(key(german, 'Zähler')).not.to.equal(key(german, 'Zahl'));
  });
  it('keeps Dutch and English folding for other languages', () => {
    expect(foldingFor('nl').fold('kwijt')).to.equal('kwyt');
    expect(foldingFor(undefined).fold('kwijt')).to.equal('kwyt');
  });

  let fr: FaqSearch;
  let de: FaqSearch;
  before(async () => {
    fr = FaqSearch.build(await demoEntries('fr'), { folding: french });
    de = FaqSearch.build(await demoEntries('de'), { folding: german });
  });
  const rows: [() => FaqSearch, string, string][] = [
    [() => fr, "Ça sent le gaz dans la cuisine, qu'est-ce que je dois faire ?", 'gaslucht'],
    [() => fr, "coupure d'électricité", 'stroomstoring'],
    [() => fr, 'changement d’adresse', 'verhuizing-doorgeven'],
    [() => fr, 'resiliation contrat', 'contract-opzeggen'],
    [() => de, 'Wie gebe ich meinen Stromzählerstand durch?', 'meterstanden-doorgeven'],
    [() => de, 'Zaehlerstaende melden', 'meterstanden-doorgeven'],
    [() => de, 'lohnt sich eine Waermepumpe fuer mein Haus?', 'warmtepomp'],
    [() => de, 'Ich rieche Gas', 'gaslucht'],
  ];
  for (const [search, text, id] of rows) {
    it(`"${text}" → ${id} in the top 3`, () => expect(search().search(text).map((r) => r.id)).to.include(id));
  }
  it('splits a German compound against the FAQ\'s own words', () => {
    expect(de.search('Stromzählerstand').map((r) => r.id)).to.include('meterstanden-doorgeven');
  });
});
