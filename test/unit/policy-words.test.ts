import { expect } from '@open-wc/testing';
import { formatWait } from '../../src/i18n/format.js';
import { frameWords } from '../../src/i18n/frame-words.js';
import { wordsSettled } from '../../src/i18n/late-words.js';
import { panelWords } from '../../src/i18n/panel-strings.js';
import { plural } from '../../src/i18n/plural.js';
import { selfServiceWords } from '../../src/i18n/self-service-strings.js';
import { wordKeys } from '../../src/i18n/word-catalogue.js';
import { locateProblems } from '../../src/policy/json-position.js';
import type { Policy } from '../../src/policy/schema.js';
import { parsePolicyText } from '../../src/policy/validate.js';
import { designExample } from '../fixtures/policies.js';

const POLISH = {
  'frame.launcher': 'Potrzebujesz pomocy?',
  'panel.channels': 'Skontaktuj się z nami',
  'panel.wait': 'czas oczekiwania ~{span}',
  'panel.cost.free': 'bezpłatnie',
  'selfService.found.one': 'Znaleziono 1 odpowiedź',
  'selfService.found.few': 'Znaleziono {count} odpowiedzi',
  'selfService.found.many': 'Znaleziono {count} odpowiedzi',
  'selfService.found.other': 'Znaleziono {count} odpowiedzi',
  'selfService.counter': '{count} z {max} znaków',
};

const policyWith = (words: Policy['words'], locale = 'nl'): Pick<Policy, 'locale' | 'words'> => ({ locale, words });

describe('policy words', () => {
  describe('the catalogue', () => {
    it('names every word of the built-in shapes, a counted phrase once per plural form', () => {
      const keys = wordKeys();
      expect(keys).to.include.members(['frame.launcher', 'panel.wait', 'panel.cost.free', 'panel.urgency.no-rush', 'selfService.found.one', 'selfService.found.other', 'selfService.tooLong.few']);
      expect(keys).not.to.include('selfService.found');
    });
  });

  describe('compiled into the widget\'s words', () => {
    it('speaks a language the widget does not know, placeholders filled', () => {
      const policy = policyWith({ pl: POLISH });
      expect(frameWords('pl', policy).launcher).to.equal('Potrzebujesz pomocy?');
      expect(panelWords('pl', policy).channels).to.equal('Skontaktuj się z nami');
      expect(formatWait(9, 'pl', policy)).to.equal('czas oczekiwania ~9 min');
      expect(selfServiceWords('pl', policy).counter('3 980', '4 000')).to.equal('3 980 z 4 000 znaków');
    });

    it('counts by the language\'s own plural rules', () => {
      const words = selfServiceWords('pl', policyWith({ pl: POLISH })).found;
      expect([1, 3, 5, 22].map((count) => plural('pl', count, words))).to.deep.equal([
        'Znaleziono 1 odpowiedź',
        'Znaleziono 3 odpowiedzi',
        'Znaleziono 5 odpowiedzi',
        'Znaleziono 22 odpowiedzi',
      ]);
    });

    it('takes a word it lacks from the policy\'s locale, with the policy\'s words for that locale, then from English', () => {
      const policy = policyWith({ pl: POLISH, nl: { 'panel.closed': 'Dicht' } });
      expect(panelWords('pl', policy).closed, 'the locale\'s word as the policy gives it').to.equal('Dicht');
      expect(panelWords('pl', policy).open, 'the locale\'s built-in word').to.equal('Nu open');
      expect(panelWords('pl', policyWith({ pl: POLISH }, 'sv')).close, 'English when the locale is not built in').to.equal('Close');
    });

    it('puts the marketer\'s own phrasing over a single built-in word', () => {
      const policy = policyWith({ nl: { 'panel.channels': 'Bel, mail of chat met ons' } });
      expect(panelWords('nl', policy).channels).to.equal('Bel, mail of chat met ons');
      expect(panelWords('nl', policy).closed).to.equal('Gesloten');
      expect(panelWords('en', policy).channels, 'other languages keep theirs').to.equal('Get in touch');
    });

    it('leaves a placeholder it does not know as it is, and fills text, never markup', () => {
      const policy = policyWith({ pl: { 'panel.wait': '<b>{span}</b> {other}' } });
      expect(formatWait(9, 'pl', policy)).to.equal('<b>9 min</b> {other}');
    });

    it('keeps a French word under a policy\'s Polish once the French chunk is here', async () => {
      const policy = policyWith({ pl: { 'frame.launcher': 'Potrzebujesz pomocy?' } }, 'fr');
      // As the panel brings it in through the element's loader.
      await new Promise<void>((arrived) => wordsSettled('fr', async () => ({ ok: true, module: await import('../../src/i18n/fr.js') }), arrived));
      expect(panelWords('pl', policy).close).to.equal('Fermer');
    });
  });

  describe('validated', () => {
    function problems(words: unknown): { path: string; message: string; line?: number; column?: number }[] {
      const text = JSON.stringify({ ...designExample(), words }, null, 2);
      return locateProblems(text, parsePolicyText(text).errors);
    }

    it('names an unknown key with its line and column, and the key meant', () => {
      const [problem, ...rest] = problems({ pl: { 'panel.wiat': 'czas ~{span}' } });
      expect(rest).to.deep.equal([]);
      expect(problem).to.include({ path: 'words.pl.panel.wiat', message: 'unknown key "panel.wiat"; did you mean "panel.wait"?' });
      expect(problem?.line).to.be.greaterThan(1);
      expect(problem?.column).to.equal(7);
    });

    it('names a missing placeholder and an unknown one', () => {
      expect(problems({ pl: { 'panel.wait': 'czas oczekiwania' } }).map((each) => each.message)).to.deep.equal([
        'placeholder "{span}" is missing; panel.wait takes {span}',
      ]);
      expect(problems({ pl: { 'panel.wait': 'czas ~{spam}' } }).map((each) => each.message)).to.deep.equal([
        'unknown placeholder "{spam}" in panel.wait; did you mean "{span}"?',
        'placeholder "{span}" is missing; panel.wait takes {span}',
      ]);
      expect(problems({ pl: { 'frame.title': 'Jak możemy pomóc {name}?' } }).map((each) => each.message)).to.deep.equal([
        'unknown placeholder "{name}" in frame.title; it takes none',
      ]);
    });

    it('asks for a counted phrase\'s "other" form', () => {
      expect(problems({ pl: { 'selfService.found.one': 'Znaleziono 1 odpowiedź' } })).to.have.deep.nested.property('[0].path', 'words.pl.selfService.found.one');
      expect(problems({ pl: { 'selfService.found.one': 'Znaleziono 1 odpowiedź', 'selfService.found.other': 'Znaleziono {count}' } })).to.deep.equal([]);
    });

    it('names a language tag that is not BCP 47', () => {
      const [problem] = problems({ polish: { 'frame.launcher': 'Pomoc?' } });
      expect(problem).to.include({ path: 'words.polish', message: '"polish" is not a language tag like "pl", "ar" or "pt-BR" (BCP 47)' });
      expect(problems({ 'pt-BR': { 'frame.launcher': 'Precisa de ajuda?' }, 'sr-Latn-RS': { 'frame.launcher': 'Pomoć?' } })).to.deep.equal([]);
    });

    it('drops a broken word alone, files tags in lower case, and a regional tag under its base language too', () => {
      const text = JSON.stringify({ ...designExample(), words: { PL: { 'frame.launcher': 'Pomoc?', 'panel.wait': 'bez miejsca' }, 'pt-BR': { 'frame.launcher': 'Ajuda?' } } });
      expect(parsePolicyText(text).policy?.words).to.deep.equal({ pl: { 'frame.launcher': 'Pomoc?' }, 'pt-br': { 'frame.launcher': 'Ajuda?' }, pt: { 'frame.launcher': 'Ajuda?' } });
    });
  });
});
