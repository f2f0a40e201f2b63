import { expect } from '@open-wc/testing';
import { createStore, get } from 'idb-keyval';
import sinon from 'sinon';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { designExample } from '../fixtures/policies.js';
import { channelCard, channelIds, mount, openEmail, openPanel, readable, unmountAll, waitFor } from './helpers.js';

// Tuesday 24 November 2026, 12:00 in Amsterdam: chat (2 min) and phone (6 min) open.
const TUESDAY_NOON = Date.parse('2026-11-24T12:00:00+01:00');

async function choose(el: KanaalWijzer, label: string) {
  const root = el.shadowRoot as ShadowRoot;
  const input = [...root.querySelectorAll<HTMLLabelElement>('.urgency label')].find((l) => readable(l) === label)?.querySelector('input');
  input?.click();
  await el.updateComplete;
}

describe('choosing a channel', () => {
  let clock: sinon.SinonFakeTimers;
  let consoleError: sinon.SinonSpy;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: TUESDAY_NOON, toFake: ['Date'] });
    consoleError = sinon.spy(console, 'error');
  });
  afterEach(() => {
    clock.restore();
    consoleError.restore();
    unmountAll();
  });

  it('reorders by urgency and never loses a channel', async () => {
    const { el, root } = await mount((el) => (el.policy = designExample()));
    expect(channelIds(root)).to.deep.equal(['chat', 'email', 'phone']);
    const legend = readable(root.querySelector('.urgency legend') as Element);
    expect(legend).to.equal('Hoe dringend is het?');
    await choose(el, 'Nu meteen');
    expect(channelIds(root)).to.deep.equal(['chat', 'phone', 'email']);
    await choose(el, 'Geen haast');
    expect(channelIds(root)).to.deep.equal(['email', 'chat', 'phone']);
    await choose(el, 'Vandaag nog');
    expect(channelIds(root)).to.deep.equal(['chat', 'email', 'phone']);
  });

  it('lifts channels that leave a written trace when the customer wants it on paper', async () => {
    const { el, root } = await mount((el) => (el.policy = designExample()));
    await choose(el, 'Nu meteen');
    (root.querySelector('.urgency .record input') as HTMLInputElement).click();
    await el.updateComplete;
    expect(channelIds(root)).to.deep.equal(['email', 'chat', 'phone']);
    expect(readable(channelCard(root, 'email'))).to.match(/^E-mail Aanbevolen · antwoord op papier, gratis/);
  });

  it('recommends the top open channel with its concrete advantage', async () => {
    const { el, root } = await mount((el) => (el.policy = designExample()));
    await choose(el, 'Nu meteen');
    expect(readable(channelCard(root, 'chat'))).to.match(/^Chat Aanbevolen · wachttijd ~2 min, gratis/);
    expect(root.querySelectorAll('[part="recommended"]').length).to.equal(1);
  });

  it('recommends 24/7 when that is the advantage', async () => {
    clock.setSystemTime(Date.parse('2026-11-24T23:30:00+01:00'));
    const { root } = await mount((el) => {
      el.policy = designExample();
      el.topic = 'storing';
    });
    expect(readable(channelCard(root, 'storingslijn'))).to.match(/^Storingslijn \(24\/7\) Aanbevolen · 24\/7 bereikbaar/);
  });

  it('remembers the picked channel for the next visit, and forgets it on request', async () => {
    // Remembered in this browser only: in the widget's own IndexedDB store.
    const store = createStore('kanaalwijzer', 'data');
    const first = await mount((el) => (el.policy = designExample()));
    const stopNavigation = (event: Event) => event.preventDefault();
    document.addEventListener('click', stopNavigation);
    channelCard(first.root, 'phone').click();
    document.removeEventListener('click', stopNavigation);
    // This visit's order stays put under the customer's hand.
    expect(channelIds(first.root)).to.deep.equal(['chat', 'email', 'phone']);
    await waitFor(() => get('preference:inline', store).then((id) => id === 'phone'));
    unmountAll();

    const second = await mount((el) => (el.policy = designExample()));
    await waitFor(() => channelIds(second.root)[0] === 'phone');
    const remembered = second.root.querySelector('.remembered') as HTMLElement;
    expect(readable(remembered)).to.match(/vorige keer staat bovenaan/);
    (remembered.querySelector('button') as HTMLButtonElement).click();
    await second.el.updateComplete;
    expect(channelIds(second.root)).to.deep.equal(['chat', 'email', 'phone']);
    await waitFor(() => get('preference:inline', store).then((id) => id === undefined));
    unmountAll();

    const third = await mount((el) => (el.policy = designExample()));
    expect(channelIds(third.root)).to.deep.equal(['chat', 'email', 'phone']);
  });

  it('suggests a faster channel when the email form opens, without blocking it', async () => {
    const { el } = await mount((el) => (el.policy = designExample()));
    const root = await openEmail(el, 'email');
    const nudge = root.querySelector('[part="nudge"]') as HTMLElement;
    expect(readable(nudge)).to.equal('Sneller geholpen? Chat · wachttijd ~2 min · gratis');
    expect(nudge.querySelector('a')?.getAttribute('href')).to.equal('https://example.nl/chat');
    expect(root.querySelector<HTMLTextAreaElement>('#message')?.disabled).to.equal(false);
  });

  for (const [where, change] of [
    ['the whole policy', (p: Record<string, any>) => (p.nudge = false)],
    ['the email channel', (p: Record<string, any>) => (p.channels[3].nudge = false)],
  ] as const) {
    it(`does not nudge when ${where} says nudge: false`, async () => {
      const policy = designExample() as Record<string, any>;
      change(policy);
      const { el } = await mount((el) => (el.policy = policy));
      const root = await openEmail(el, 'email');
      expect(root.querySelector('[part="nudge"]')).to.equal(null);
    });
  }

  it('hands over to the site\'s own chat with what the customer already did', async () => {
    const policy = designExample() as Record<string, any>;
    policy.channels[0].start = 'event';
    delete policy.channels[0].href;
    const { el, of } = await mount((el) => (el.policy = policy));
    const root = await openEmail(el, 'email');
    const message = root.querySelector<HTMLTextAreaElement>('#message') as HTMLTextAreaElement;
    message.value = 'Mijn factuur klopt niet';
    message.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    (root.querySelector('[part="nudge"] button') as HTMLButtonElement).click();
    const [start] = of('kw-chat-start');
    const reference = readable(root.querySelector('[part="reference"] strong') as Element);
    expect(reference).to.match(/^KW-[2-9A-Z]{6}$/);
    expect(start?.detail).to.deep.include({ topic: 'factuur', channel: 'chat', reference });
    expect(start?.detail.context).to.deep.include({ topic: 'factuur', reference, draft: 'Mijn factuur klopt niet', lang: 'nl' });
    // The same reference travels in every event.
    expect(new Set(of('kw-channel-select').map((e) => e.detail.reference))).to.deep.equal(new Set([reference]));
  });

  describe('live wait times', () => {
    const withFeed = (mode: string) => {
      const policy = designExample() as Record<string, any>;
      policy.live = { url: `/test-api/live?mode=${mode}`, refreshSeconds: 10 };
      return policy;
    };

    it('shows live figures, marked as live, while the panel is open', async () => {
      const { el, root } = await mount((el) => (el.policy = withFeed('good')));
      await openPanel(el);
      await waitFor(() => root.querySelector('[data-channel="phone"] .live'));
      expect(readable(channelCard(root, 'phone'))).to.match(/LIVE \(nu gemeten\) wachttijd ~9 min/);
      expect(readable(channelCard(root, 'chat'))).to.match(/LIVE \(nu gemeten\) wachttijd ~1 min/);
    });

    it('does not ask for figures while nobody can see them', async () => {
      const requests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/test-api/live')).length;
      const before = requests();
      await mount((el) => (el.policy = withFeed('good')));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests()).to.equal(before);
    });

    for (const mode of ['garbage', 'broken']) {
      it(`falls back to the typical figures when the feed is ${mode}, without errors`, async () => {
        const { el, root } = await mount((el) => (el.policy = withFeed(mode)));
        await openPanel(el);
        // The feed was really asked, and its answer handled, before we judge what is shown.
        await waitFor(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes(`mode=${mode}`)));
        await new Promise((resolve) => setTimeout(resolve, 100));
        await el.updateComplete;
        expect(readable(channelCard(root, 'phone'))).to.match(/wachttijd ~6 min/);
        expect(readable(channelCard(root, 'chat'))).to.match(/wachttijd ~2 min/);
        expect(root.querySelector('.live')).to.equal(null);
        expect(root.innerHTML).not.to.contain('<img');
        expect(consoleError.called).to.equal(false);
      });
    }
  });

  it('is accessible with the urgency choice and a recommendation (axe)', async () => {
    const { el } = await mount((el) => (el.policy = designExample()));
    await choose(el, 'Nu meteen');
    await expect(el).to.be.accessible();
  });
});
