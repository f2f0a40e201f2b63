// What the insights endpoint receives from a page with the widget: batches, beacons on leaving,
// masked queries, allow-listed details, and nothing at all without the policy key or with GPC.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { fill, mount, openPanel as openPanelAsCustomer, unmountAll, waitFor } from '../element/helpers.js';
import { designExample } from '../fixtures/policies.js';

const ENDPOINT = '/test-insights';

interface Sent {
  via: 'fetch' | 'beacon';
  url: string;
  body: { events: { type: string; detail: Record<string, unknown>; at: string }[] };
  init?: RequestInit;
}

const chunkLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/insights/insights'));

function policy(withInsights = true) {
  return { ...designExample(), ...(withInsights && { insights: { endpoint: ENDPOINT } }) };
}

describe('insights: sending', () => {
  let clock: sinon.SinonFakeTimers;
  let sent: Sent[];
  let status: number[];
  let consoleWarn: sinon.SinonStub;

  beforeEach(() => {
    sent = [];
    status = [];
    consoleWarn = sinon.stub(console, 'warn');
    const realFetch = window.fetch.bind(window);
    sinon.stub(window, 'fetch').callsFake(async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes(ENDPOINT)) return realFetch(input, init);
      sent.push({ via: 'fetch', url, body: JSON.parse(String(init?.body)), ...(init && { init }) });
      return new Response(null, { status: status.shift() ?? 204 });
    });
    sinon.stub(navigator, 'sendBeacon').callsFake((url, data) => {
      const entry: Sent = { via: 'beacon', url: String(url), body: { events: [] } };
      sent.push(entry);
      void (data as Blob).text().then((text) => (entry.body = JSON.parse(text)));
      return true;
    });
    clock = sinon.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  });

  afterEach(() => {
    unmountAll();
    clock.restore();
    consoleWarn.restore();
    sinon.restore();
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  });

  function widget(withInsights = true, now?: string) {
    return mount((el) => {
      el.policy = policy(withInsights);
      if (now) el.now = now;
    });
  }

  /**
   * Opens the panel; the first time, when the policy asks for insights, also waits until their
   * code (which the first event loads) has taken over what the element fired meanwhile.
   */
  async function openPanel(el: KanaalWijzer) {
    await openPanelAsCustomer(el);
    if (!el.loaded?.insights) return;
    await waitFor(chunkLoaded);
    await import('../../src/insights/insights.js');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  async function search(el: KanaalWijzer, text: string) {
    const suggested = new Promise((resolve) => el.addEventListener('kw-faq-suggest', resolve, { once: true }));
    await fill(el.shadowRoot as ShadowRoot, '#faq-search', text);
    await suggested;
  }

  /** Closes the panel and waits for the browser's toggle, which comes as a task of its own. */
  async function closePanel(el: KanaalWijzer) {
    const closed = new Promise((resolve) => el.addEventListener('kw-close', resolve, { once: true }));
    el.hide();
    await closed;
  }

  const types = (entry: Sent | undefined) => entry?.body.events.map((event) => event.type);

  // First in this file: once any test has loaded the chunk, the browser remembers it.
  it('loads no insights code and sends nothing when the policy has no insights key', async () => {
    const { el } = await widget(false);
    await openPanel(el);
    await search(el, 'factuur hoger');
    await clock.tickAsync(60_000);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(chunkLoaded()).to.equal(false);
    expect(sent).to.deep.equal([]);
  });

  it('loads the insights code when the policy has the key, with the first event it sends', async () => {
    const { el } = await widget(true);
    // Frames, not timers (faked here): long enough for a load that had started to be seen.
    for (let frame = 0; frame < 30; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(chunkLoaded(), 'before anything happened').to.equal(false);
    await openPanel(el);
    expect(chunkLoaded()).to.equal(true);
  });

  it("counts only the widget's own events: a page script finds no emit on the element, and what it dispatches is not sent", async () => {
    const { el } = await widget();
    await openPanel(el);
    expect('emit' in el, 'an emit a page script could call').to.equal(false);
    el.dispatchEvent(new CustomEvent('kw-email-sent', { bubbles: true, composed: true, detail: { topic: null, reference: 'KW-FORGED', kind: 'email' } }));
    await clock.tickAsync(10_500);
    await waitFor(() => sent.length);
    const typesSent = sent.flatMap((entry) => types(entry) ?? []);
    expect(typesSent).to.include('kw-open');
    expect(typesSent).not.to.include('kw-email-sent');
  });

  it('sends what the widget fired while the insights code was loading', async () => {
    const { el } = await widget();
    el.show();
    const closed = new Promise((resolve) => el.addEventListener('kw-close', resolve, { once: true }));
    await new Promise((resolve) => el.addEventListener('kw-open', resolve, { once: true }));
    el.hide();
    await closed;
    await clock.tickAsync(10_500);
    await waitFor(() => sent.length);
    expect(types(sent[0])).to.deep.equal(['kw-open', 'kw-close']);
  });

  it('sends what happened in one POST after 10 seconds, not before', async () => {
    const { el } = await widget();
    await openPanel(el);
    await search(el, 'factuur hoger');
    await clock.tickAsync(9_000);
    expect(sent).to.have.length(0);
    await clock.tickAsync(1_500);
    expect(sent).to.have.length(1);
    const [first] = sent;
    expect(first?.via).to.equal('fetch');
    expect(first?.url).to.equal(ENDPOINT);
    expect(first?.init?.method).to.equal('POST');
    expect(new Headers(first?.init?.headers).get('Content-Type')).to.equal('application/json');
    expect(types(first)).to.deep.equal(['kw-open', 'kw-faq-suggest']);
    const suggest = first?.body.events[1];
    expect(suggest?.detail).to.deep.include({ topic: 'factuur', query: 'factuur hoger', source: 'search' });
    expect(suggest?.at).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('sends one typing run as one search, with the last query', async () => {
    const { el } = await widget();
    await openPanel(el);
    for (const text of ['fac', 'factuur', 'factuur hoger']) await search(el, text);
    await clock.tickAsync(10_500);
    const suggests = sent[0]?.body.events.filter((event) => event.type === 'kw-faq-suggest');
    expect(suggests?.map((event) => event.detail['query'])).to.deep.equal(['factuur hoger']);
  });

  it('waits longer before each next request, so events keep coming in few requests', async () => {
    const { el } = await widget();
    await openPanel(el);
    await clock.tickAsync(10_500);
    expect(sent).to.have.length(1);
    await closePanel(el);
    await clock.tickAsync(15_000);
    expect(sent).to.have.length(1);
    await clock.tickAsync(6_000);
    expect(sent).to.have.length(2);
    expect(types(sent[1])).to.deep.equal(['kw-close']);
  });

  it('never makes more than 6 requests in a page view, however much happens', async () => {
    const { el } = await widget();
    for (let round = 0; round < 12; round++) {
      if (round % 2 === 0) await openPanel(el);
      else await closePanel(el);
      await clock.tickAsync(200_000);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
    }
    expect(sent.length).to.be.at.most(6);
    expect(sent.length).to.be.at.least(5);
  });

  it('sends what is queued by sendBeacon when the page is left', async () => {
    const { el } = await widget();
    await openPanel(el);
    await search(el, 'storing');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitFor(() => sent[0]?.body.events.length);
    expect(sent.map((entry) => entry.via)).to.deep.equal(['beacon']);
    expect(sent[0]?.url).to.equal(ENDPOINT);
    expect(types(sent[0])).to.deep.equal(['kw-open', 'kw-faq-suggest']);
    await clock.tickAsync(30_000);
    expect(sent).to.have.length(1);
  });

  it('sends by sendBeacon when the tab is hidden', async () => {
    const { el } = await widget();
    await openPanel(el);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    await waitFor(() => sent[0]?.body.events.length);
    expect(sent[0]?.via).to.equal('beacon');
    expect(types(sent[0])).to.deep.equal(['kw-open']);
  });

  it('retries a failed send once with the next batch, then drops it', async () => {
    status = [500, 503, 204];
    const { el } = await widget();
    await openPanel(el);
    await clock.tickAsync(10_500);
    await closePanel(el);
    await clock.tickAsync(20_500);
    await clock.tickAsync(40_500);
    // kw-open failed twice and is gone; kw-close failed once and made it on its retry.
    expect(sent.map(types)).to.deep.equal([['kw-open'], ['kw-open', 'kw-close'], ['kw-close']]);
    await openPanel(el);
    await clock.tickAsync(80_500);
    expect(sent.map(types)).to.deep.equal([['kw-open'], ['kw-open', 'kw-close'], ['kw-close'], ['kw-open']]);
  });

  it('sends nothing at all when the browser sends Global Privacy Control', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const { el } = await widget();
    await openPanel(el);
    await search(el, 'factuur hoger');
    await clock.tickAsync(60_000);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    el.remove();
    expect(sent).to.deep.equal([]);
  });

  describe('consent withdrawn mid-visit', () => {
    /** A search is queued, consent goes, more happens: not one request may follow, by fetch or by beacon. */
    async function withdrawAfterSearch(withdraw: (el: KanaalWijzer) => Promise<void>) {
      const { el } = await widget();
      await openPanel(el);
      await search(el, 'factuur hoger');
      await withdraw(el);
      await closePanel(el);
      await clock.tickAsync(60_000);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      el.remove();
      return el;
    }

    it('stops at once when the policy no longer asks for insights', async () => {
      await withdrawAfterSearch(async (el) => {
        el.policy = policy(false);
        await waitFor(() => el.loaded && !el.loaded.insights);
      });
      expect(sent).to.deep.equal([]);
    });

    it('stops at once when the browser starts sending Global Privacy Control', async () => {
      await withdrawAfterSearch(async () => {
        Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
      });
      expect(sent).to.deep.equal([]);
    });

    it('stops at once with insights="off"', async () => {
      await withdrawAfterSearch(async (el) => {
        el.setAttribute('insights', 'off');
        await el.updateComplete;
      });
      expect(sent).to.deep.equal([]);
    });

    it('starts again, from nothing, when insights="off" is taken away', async () => {
      const { el } = await widget();
      await openPanel(el);
      el.setAttribute('insights', 'off');
      await el.updateComplete;
      await closePanel(el);
      el.removeAttribute('insights');
      await el.updateComplete;
      await openPanel(el);
      await clock.tickAsync(10_500);
      expect(sent.map(types)).to.deep.equal([['kw-open']]);
    });
  });

  it('sends nothing from a preview pinned to a moment, as the policy editor shows', async () => {
    const { el } = await widget(true, '2026-11-24T10:00:00+01:00');
    await openPanel(el);
    await clock.tickAsync(60_000);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(sent).to.deep.equal([]);
  });

  it('sends what is queued when the widget leaves the page', async () => {
    const { el } = await widget();
    await openPanel(el);
    el.remove();
    await waitFor(() => sent[0]?.body.events.length);
    expect(types(sent[0])).to.deep.equal(['kw-open']);
  });
});
