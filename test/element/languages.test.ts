import { expect } from '@open-wc/testing';
import { fill, mount, openPanel, readable, unmountAll, waitFor } from './helpers.js';

async function demoPolicy(): Promise<Record<string, unknown>> {
  return (await (await fetch('/demo/contact-policy.json')).json()) as Record<string, unknown>;
}

/** The panel's words, as written: innerText would give the CSS upper-casing of headings. */
const words = (node: Element) => (node.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');

const loadedFrom = (path: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));

describe('French and German', () => {
  afterEach(unmountAll);

  // First in the file: the page has fetched no language's words yet.
  it('costs a Dutch visitor no French or German bytes', async () => {
    const { el, root } = await mount(async (el) => {
      el.lang = 'nl';
      el.policy = await demoPolicy();
    });
    await openPanel(el);
    await waitFor(() => root.querySelector('#faq-search'));
    expect(words(root.querySelector('[part="panel"]') as Element)).to.include('Neem contact op');
    expect(loadedFrom('/src/i18n/fr/') || loadedFrom('/src/i18n/de/')).to.equal(false);
  });

  it('has the demo policy speak French and German wherever it speaks Dutch', async () => {
    const missing: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
      else if (value && typeof value === 'object') {
        const map = value as Record<string, unknown>;
        if (typeof map['nl'] === 'string') for (const lang of ['fr', 'de']) if (typeof map[lang] !== 'string') missing.push(`${path}.${lang}`);
        for (const [key, item] of Object.entries(map)) walk(item, `${path}.${key}`);
      }
    };
    walk(await demoPolicy(), '');
    expect(missing).to.deep.equal([]);
  });

  const cases = [
    { lang: 'fr-BE', title: 'Comment pouvons-nous vous aider ?', channels: 'Nous contacter', search: 'Rechercher dans les questions fréquentes', query: 'odeur de gaz', answer: 'gaslucht' },
    { lang: 'de', title: 'Wie können wir Ihnen helfen?', channels: 'Kontakt aufnehmen', search: 'In den häufigen Fragen suchen', query: 'Stromzählerstand', answer: 'meterstanden-doorgeven' },
  ];
  for (const { lang, title, channels, search, query, answer } of cases) {
    it(`speaks ${lang} in the panel, and searches the FAQ in ${lang}`, async () => {
      const { el, root, of } = await mount(async (el) => {
        el.lang = lang;
        el.policy = await demoPolicy();
      });
      const panel = await openPanel(el);
      await waitFor(() => words(panel).includes(channels) || undefined);
      const text = words(panel);
      expect(text).to.include(title);
      // Imported here: it holds the French and German words, which the first test must not find loaded.
      const { englishIn } = await import('../i18n-words.js');
      expect(englishIn(root, lang.slice(0, 2) as 'fr' | 'de')).to.deep.equal([]);
      const field = await waitFor(() => root.querySelector<HTMLInputElement>('#faq-search'));
      expect(readable(root.querySelector(`label[for="faq-search"]`) as Element)).to.equal(search);
      await fill(root, '#faq-search', query);
      const event = await waitFor(() => of('kw-faq-suggest').find((e) => e.detail.query === query));
      expect(event.detail.results.map((r: { id: string }) => r.id)).to.include(answer);
      expect(field.value).to.equal(query);
    });
  }
});
