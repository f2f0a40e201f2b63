// What a screen reader user gets from the panel, and what a site can style by state: notices that
// do not interrupt on page load, channel cards named by their title alone, "live" in words, and
// the state part names.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import { designExample } from '../fixtures/policies.js';
import { channelCard, mount, readable, unmountAll, waitFor } from './helpers.js';

/** Tuesday 24 November 2026: before and inside the window of the fixture's "storing" notice (from 08:00). */
const BEFORE_NOTICE = '2026-11-24T07:00:00+01:00';
const DURING_NOTICE = '2026-11-24T12:00:00+01:00';

/** The accessible name an `aria-labelledby` / `aria-describedby` list gives, as the accessible-name rules join it. */
function referencedText(root: ShadowRoot, ids: string | null): string {
  return (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => (root.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim())
    .join(' ');
}

/** The engine's own accessibility tree of the panel, where the runner can read it (Chromium); elsewhere null, and the ARIA wiring is checked alone. */
async function ariaSnapshot(): Promise<string | null> {
  const { tree } = await executeServerCommand<{ tree: string | null }, { selector: string }>('kw-aria-snapshot', { selector: 'kanaal-wijzer [part="panel"]' });
  return tree;
}

describe('screen readers and state parts', () => {
  let consoleWarn: sinon.SinonStub;
  beforeEach(() => (consoleWarn = sinon.stub(console, 'warn')));
  afterEach(() => {
    consoleWarn.restore();
    unmountAll();
  });

  it('reads a notice present at first render as a note named by its level, not as an alert', async () => {
    const { root } = await mount((el) => {
      el.mode = 'inline';
      el.now = DURING_NOTICE;
      el.topic = 'storing';
      el.policy = designExample();
    });
    const notice = await waitFor(() => root.querySelector<HTMLElement>('[part~="notice"]'));
    expect(root.querySelectorAll('[role="alert"]').length, 'alerts on page load').to.equal(0);
    expect(notice.getAttribute('role')).to.equal('note');
    expect(referencedText(root, notice.getAttribute('aria-labelledby'))).to.equal('Let op');
    const tree = await ariaSnapshot();
    if (tree !== null) {
      expect(tree).to.match(/note "Let op"/);
      expect(tree).not.to.match(/\balert\b/);
    }
  });

  it('announces a notice that starts while the panel is shown', async () => {
    const { el, root } = await mount((el) => {
      el.mode = 'inline';
      el.now = BEFORE_NOTICE;
      el.topic = 'storing';
      el.policy = designExample();
    });
    expect(root.querySelectorAll('[part~="notice"]').length, 'notices before the window').to.equal(0);
    el.now = DURING_NOTICE;
    const notice = await waitFor(() => root.querySelector<HTMLElement>('[part~="notice"]'));
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(readable(notice)).to.match(/Storing in Noord-Holland/);
  });

  it("names a channel card by its title, and describes it with its status, wait and cost", async () => {
    const { root } = await mount((el) => {
      el.mode = 'inline';
      el.now = DURING_NOTICE;
      el.policy = designExample();
    });
    const chat = channelCard(root, 'chat');
    const label = readable(chat.querySelector('.channel-label') as Element);
    const hiddenFromName = [...chat.querySelectorAll('.channel-main > :not(.channel-label)')].every((detail) => detail.getAttribute('aria-hidden') === 'true');
    expect(hiddenFromName, 'everything but the title stays out of the name').to.equal(true);
    const description = referencedText(root, chat.getAttribute('aria-describedby'));
    expect(description).to.include(readable(chat.querySelector('[part="channel-status"]') as Element));
    expect(description).to.match(/min/);
    expect(description).not.to.include(label);
    const tree = await ariaSnapshot();
    if (tree !== null) expect(tree).to.match(new RegExp(`(link|button) "${label}"`));
  });

  it('gives the state of notices and channels as part names a site can style', async () => {
    const style = document.createElement('style');
    style.textContent = `
      kanaal-wijzer::part(channel-closed) { outline: 3px solid rgb(200, 0, 0); }
      kanaal-wijzer::part(channel-open) { outline: 3px solid rgb(0, 128, 0); }
      kanaal-wijzer::part(notice-warning) { outline: 3px solid rgb(0, 0, 200); }`;
    document.head.append(style);
    try {
      // 21:00 on the Tuesday of the notice: the fixture's phone line has closed (20:00), chat has not (22:00).
      const { root } = await mount((el) => {
        el.mode = 'inline';
        el.now = '2026-11-24T21:00:00+01:00';
        el.topic = 'storing';
        el.policy = designExample();
      });
      const cards = [...root.querySelectorAll<HTMLElement>('[part~="channel"]')];
      const colours = cards.map((card) => [card.closest('li')?.dataset['open'], getComputedStyle(card).outlineColor]);
      expect(colours.length).to.be.greaterThan(1);
      for (const [open, colour] of colours) expect(colour).to.equal(open === 'true' ? 'rgb(0, 128, 0)' : 'rgb(200, 0, 0)');
      expect(colours.some(([open]) => open === 'false'), 'a closed channel among them').to.equal(true);
      const notice = root.querySelector('[part~="notice"]') as HTMLElement;
      expect(getComputedStyle(notice).outlineColor).to.equal('rgb(0, 0, 200)');
    } finally {
      style.remove();
    }
  });
});
