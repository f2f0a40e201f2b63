// Issue 23, item 9 for insights: with the site's `endpoints`, insights go only to an address on
// that list, asked before every send (the timed POST and the beacon when the page is left).
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { mount, openPanel, unmountAll, waitFor } from '../element/helpers.js';
import { designExample } from '../fixtures/policies.js';

const ENDPOINT = '/test-insights';
const chunkLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/insights/insights'));

describe('insights and the site\'s endpoints', () => {
  let clock: sinon.SinonFakeTimers;
  let sent: string[];

  beforeEach(() => {
    sent = [];
    const realFetch = window.fetch.bind(window);
    sinon.stub(window, 'fetch').callsFake(async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes(ENDPOINT)) return realFetch(input, init);
      sent.push(`fetch ${url}`);
      return new Response(null, { status: 204 });
    });
    sinon.stub(navigator, 'sendBeacon').callsFake((url) => {
      sent.push(`beacon ${String(url)}`);
      return true;
    });
    clock = sinon.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  });

  afterEach(() => {
    unmountAll();
    clock.restore();
    sinon.restore();
  });

  for (const [endpoints, allowed] of [
    ['https://api.example.nl', false],
    [`https://api.example.nl ${ENDPOINT}`, true],
  ] as const) {
    it(`endpoints="${endpoints}": ${allowed ? 'sends' : 'sends nothing, neither by fetch nor by beacon'}`, async () => {
      const { el } = await mount((el) => {
        el.policy = { ...designExample(), insights: { endpoint: ENDPOINT } };
        el.endpoints = endpoints;
      });
      await openPanel(el);
      await waitFor(chunkLoaded);
      await import('../../src/insights/insights.js');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      el.hide();
      await clock.tickAsync(10_500);
      await openPanel(el);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(sent.map((line) => line.split(' ')[0])).to.deep.equal(allowed ? ['fetch', 'beacon'] : []);
    });
  }
});
