// Issue 26 beside issue 21: French and German words are parts of the one loader. A visitor in
// those languages reads no English in the ways forward when a part fails, and when their own
// language's part fails, English stands in until the loader's retry brings it.
import { expect } from '@open-wc/testing';
import { waitFor } from '../wait.js';
import { englishIn, type Tongue } from '../i18n-words.js';
import { countOf, newToken, openFaultHost, useFaultHosts, type Fault, type FaultHost } from './fault-harness.js';

/** Loading the built widget and its policy in a frame, on a machine shared with other runs. */
const LOAD_MS = 8000;
const TITLE = { en: 'How can we help?', fr: 'Comment pouvons-nous vous aider ?', de: 'Wie können wir Ihnen helfen?' };

function openIn(lang: Tongue, faults: Record<string, Fault>): Promise<FaultHost> {
  const token = newToken();
  return openFaultHost({ token, faults, attributes: { lang }, policy: `/faults/${token}/test/fixtures/four-languages-policy.json` });
}

async function clickLauncher(host: FaultHost): Promise<ShadowRoot> {
  const root = await host.root();
  (await waitFor(() => root.querySelector<HTMLElement>('[part="launcher"]'), LOAD_MS)).click();
  await waitFor(() => root.querySelector('[part="panel"]:popover-open'));
  return root;
}

/** The panel's title: its heading, or while its content is missing, the frame's accessible name. */
const title = (root: ShadowRoot) =>
  (root.querySelector('[part="panel"] h2')?.textContent ?? root.querySelector('[part="panel"]')?.getAttribute('aria-label') ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('French and German when parts fail', () => {
  useFaultHosts();

  for (const lang of ['fr', 'de'] as const) {
    it(`${lang}: the panel's own part missing, the way forward speaks ${lang}`, async () => {
      const host = await openIn(lang, { panel: '404' });
      const root = await clickLauncher(host);
      const way = await waitFor(() => root.querySelector('[part="panel"]:popover-open [part~="unavailable"]'), LOAD_MS);
      await waitFor(() => title(root) === TITLE[lang] || undefined, LOAD_MS);
      expect(way.querySelector('a[href^="tel:"]'), 'the phone number').to.not.equal(null);
      expect(englishIn(root, lang)).to.deep.equal([]);
    });

    it(`${lang}: the form's part missing, the form-unavailable view speaks ${lang}`, async () => {
      const host = await openIn(lang, { 'self-service': '404' });
      const root = await clickLauncher(host);
      (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="email"]'), LOAD_MS)).click();
      await waitFor(() => root.querySelector('[part="panel"]:popover-open [part~="unavailable"]'), LOAD_MS);
      expect(title(root)).to.equal(TITLE[lang]);
      expect(englishIn(root, lang)).to.deep.equal([]);
    });

    it(`${lang}: its words' part missing, English stands in; the next intent brings ${lang} and the panel shows it`, async () => {
      const host = await openIn(lang, { [lang]: '404' });
      const root = await clickLauncher(host);
      await waitFor(() => root.querySelector('[part="panel"] [data-channel]'), LOAD_MS);
      expect(title(root)).to.equal(TITLE.en);

      await host.fault(lang, null);
      (root.querySelector('[part="launcher"]') as HTMLElement).dispatchEvent(new PointerEvent('pointerenter'));
      await waitFor(() => title(root) === TITLE[lang] || undefined, LOAD_MS);
      await waitFor(() => englishIn(root, lang).length === 0 || undefined, LOAD_MS);
      expect(countOf(await host.requests(), lang), 'asked for again, not taken from a cached failure').to.be.greaterThan(1);
    });
  }
});
