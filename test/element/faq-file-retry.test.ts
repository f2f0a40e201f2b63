// Issue 23, item 10: a FAQ file that fails to load is not fetched again on every keystroke. The
// search waits for its backoff (doubling from 2 s) before the next try; typing meanwhile costs nothing.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { designExample } from '../fixtures/policies.js';
import { fill, mount, openPanel, readable, unmountAll, waitFor } from './helpers.js';

const FAQ_FILE = '/test-api/no-such-faq.json';

describe('a FAQ file that cannot be loaded', () => {
  let clock: sinon.SinonFakeTimers;
  let consoleWarn: sinon.SinonStub;
  let asked: number;

  beforeEach(() => {
    asked = 0;
    consoleWarn = sinon.stub(console, 'warn');
    const realFetch = window.fetch.bind(window);
    sinon.stub(window, 'fetch').callsFake((input, init) => {
      if (String(input instanceof Request ? input.url : input).includes(FAQ_FILE)) asked++;
      return realFetch(input, init);
    });
  });
  afterEach(() => {
    clock?.restore();
    consoleWarn.restore();
    sinon.restore();
    unmountAll();
  });

  it('is asked for again only after the pause, not on every keystroke', async () => {
    const { el, root } = await mount((el) => (el.policy = { ...designExample(), faq: FAQ_FILE }));
    await openPanel(el);
    // Up to 8 s, as elsewhere: the self-service part and the validator load first, on a machine shared by three engines.
    const search = await waitFor(() => root.querySelector<HTMLInputElement>('#faq-search'), 8000);
    search.focus();
    await waitFor(() => asked === 1);
    await fill(root, '#faq-search', 'f');
    await waitFor(() => [...root.querySelectorAll('[role="status"]')].some((line) => /niet beschikbaar/.test(readable(line))));

    clock = sinon.useFakeTimers({ now: Date.now(), shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    for (const text of ['fa', 'fac', 'fact', 'factu']) {
      await fill(root, '#faq-search', text);
      // Past the typing pause, so each of these is a search of its own.
      await clock.tickAsync(300);
    }
    expect(asked, 'no new try while the pause lasts').to.equal(1);

    await clock.tickAsync(2_000);
    await fill(root, '#faq-search', 'factuur');
    await clock.tickAsync(300);
    await waitFor(() => asked === 2);
  });
});
