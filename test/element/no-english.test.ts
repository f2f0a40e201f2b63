// Issue 26: a French or a German visitor reads no English word anywhere the widget speaks: the
// panel, the FAQ search, the email and call-back forms with their errors, and every receipt.
import { expect } from '@open-wc/testing';
import { clear, createStore } from 'idb-keyval';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { englishIn, type Tongue } from '../i18n-words.js';
import { fill, mount, openPanel, unmountAll, waitFor, type Mounted } from './helpers.js';

type Policy = Record<string, any>;

async function policyFor(mode = 'ok'): Promise<Policy> {
  const policy = (await (await fetch('/test/fixtures/four-languages-policy.json')).json()) as Policy;
  for (const channel of policy['channels']) {
    const settings = channel.email ?? channel.callback;
    if (settings) settings.endpoint = `/test-api/contact?mode=${mode}`;
  }
  return policy;
}

async function mountIn(lang: Tongue, mode?: string, setup?: (el: KanaalWijzer) => void, outbox?: Policy): Promise<Mounted> {
  const policy = { ...(await policyFor(mode)), ...(outbox && { outbox }) };
  const mounted = await mount((el) => {
    el.lang = lang;
    el.policy = policy;
    setup?.(el);
  });
  await openPanel(mounted.el);
  // The live feed's figures, and the words of the visitor's language, are on screen.
  await waitFor(() => mounted.root.querySelector('[part="panel"] .live'));
  return mounted;
}

const SAYS = { fr: 'Comment pouvons-nous vous aider', de: 'Wie können wir Ihnen helfen' };

/** No English in the shadow tree, once the language's own words show. */
async function noEnglish(mounted: Mounted, lang: Tongue): Promise<void> {
  await mounted.el.updateComplete;
  expect(mounted.root.querySelector('[part="panel"] h2')?.textContent).to.include(SAYS[lang]);
  expect(englishIn(mounted.root, lang)).to.deep.equal([]);
}

async function pick(mounted: Mounted, channel: string, form: string): Promise<HTMLElement> {
  (await waitFor(() => mounted.root.querySelector<HTMLElement>(`[data-channel="${channel}"]`))).click();
  return waitFor(() => mounted.root.querySelector<HTMLElement>(`[part="${form}"]`));
}

const press = (form: HTMLElement) => form.querySelector<HTMLButtonElement>('[part="send-button"]')?.click();

async function writeEmail(mounted: Mounted): Promise<HTMLElement> {
  const form = await pick(mounted, 'email', 'email-form');
  await fill(mounted.root, '#email', 'camille@example.fr');
  await fill(mounted.root, '#message', 'Nous déménageons le mois prochain. Wir ziehen nächsten Monat um.');
  await mounted.el.updateComplete;
  press(form);
  return form;
}

const receipt = (mounted: Mounted) => waitFor(() => mounted.root.querySelector('[part="receipt"]'), 15_000);

for (const lang of ['fr', 'de'] as const) {
  describe(`no English word for a visitor in ${lang}`, () => {
    beforeEach(() => fetch('/test-api/reset'));
    afterEach(async () => {
      unmountAll();
      // A queued message must not show up on the next test's panel.
      await clear(createStore('kanaalwijzer', 'data'));
    });

    it('in the panel: notices, tasks, urgency, channels with hours, waits (live ones too) and costs', async () => {
      const mounted = await mountIn(lang);
      await noEnglish(mounted, lang);
    });

    // Saturday evening: chat opens tomorrow, the phone on Monday; Tuesday noon: both open until tonight.
    for (const now of ['2026-11-28T21:30:00+01:00', '2026-12-01T12:00:00+01:00']) {
      it(`in the panel's opening times at ${now}`, async () => {
        const mounted = await mountIn(lang, 'ok', (el) => (el.now = now));
        await noEnglish(mounted, lang);
      });
    }

    it('in the FAQ search: results, an answer with its feedback, and no result', async () => {
      const mounted = await mountIn(lang);
      await fill(mounted.root, '#faq-search', lang === 'fr' ? 'déménagement' : 'Umzug');
      (await waitFor(() => mounted.root.querySelector<HTMLElement>('[part="suggestion"]'))).click();
      await waitFor(() => mounted.root.querySelector('[part="answer"]'));
      await noEnglish(mounted, lang);
      (await waitFor(() => mounted.root.querySelector<HTMLElement>('[part="answer"] button'))).click();
      await noEnglish(mounted, lang);
    });

    it('in the email form, its field errors, and the sent receipt', async () => {
      const mounted = await mountIn(lang);
      const form = await pick(mounted, 'email', 'email-form');
      await noEnglish(mounted, lang);
      await fill(mounted.root, '#email', 'not an address');
      press(form);
      await waitFor(() => mounted.root.querySelector('#email-error'));
      await noEnglish(mounted, lang);
      unmountAll();

      const sending = await mountIn(lang);
      await writeEmail(sending);
      await waitFor(() => sending.of('kw-email-sent').length);
      await receipt(sending);
      await noEnglish(sending, lang);
    });

    it('in the queued receipt', async () => {
      const mounted = await mountIn(lang, '503');
      await writeEmail(mounted);
      await waitFor(() => mounted.of('kw-email-queued').length);
      await receipt(mounted);
      await noEnglish(mounted, lang);
    });

    it('in the not-accepted receipt, and where the site does not let the form send', async () => {
      const rejected = await mountIn(lang, '400');
      await writeEmail(rejected);
      await waitFor(() => rejected.root.querySelector('.mailto a'));
      await noEnglish(rejected, lang);
      unmountAll();

      const elsewhere = await mountIn(lang, 'ok', (el) => (el.endpoints = 'https://api.example.nl'));
      await writeEmail(elsewhere);
      await waitFor(() => elsewhere.root.querySelector('.mailto a'));
      await noEnglish(elsewhere, lang);
    });

    it('in the not-sent view of a message given up', async () => {
      const mounted = await mountIn(lang, '503', undefined, { maxAttempts: 2 });
      await writeEmail(mounted);
      await waitFor(() => mounted.of('kw-email-expired').length, 10_000);
      // The receipt's last button leads back to the channels, where a message given up is shown.
      (await waitFor(() => [...mounted.root.querySelectorAll<HTMLElement>('[part="receipt"] button')].at(-1))).click();
      await waitFor(() => mounted.root.querySelector('[part="not-sent"]'));
      await noEnglish(mounted, lang);
    });

    it('in the call-back form, its errors, its moments and its receipt', async () => {
      const mounted = await mountIn(lang);
      const form = await pick(mounted, 'terugbellen', 'callback-form');
      expect(form.querySelectorAll('option').length).to.be.greaterThan(3);
      await noEnglish(mounted, lang);
      await fill(mounted.root, '#phone', 'appelez-moi');
      press(form);
      await waitFor(() => mounted.root.querySelector('#phone-error'));
      await noEnglish(mounted, lang);
      await fill(mounted.root, '#phone', '06 1234 5678');
      press(form);
      await waitFor(() => mounted.of('kw-email-sent').length);
      await receipt(mounted);
      await noEnglish(mounted, lang);
    });
  });
}
