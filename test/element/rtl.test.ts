// Right to left (a page with dir="rtl"): the launcher, the panel, the channel cards and the icons
// that point along the line mirror; nothing stays where a left-to-right page would have it.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { designExample } from '../fixtures/policies.js';
import { channelCard, mount, openPanel, setViewport, unmountAll, waitFor } from './helpers.js';

function pageIn(dir: 'rtl' | 'ltr'): HTMLElement {
  const page = document.createElement('div');
  page.dir = dir;
  document.body.append(page);
  return page;
}

describe('right to left', () => {
  let consoleWarn: sinon.SinonStub;
  const pages: HTMLElement[] = [];
  beforeEach(async () => {
    consoleWarn = sinon.stub(console, 'warn');
    // A desktop window: at phone widths the panel is a full-width sheet, on neither side (and WebKit
    // keeps the window size an earlier test file set).
    await setViewport({ width: 1024, height: 768 });
  });
  afterEach(() => {
    consoleWarn.restore();
    unmountAll();
    for (const page of pages.splice(0)) page.remove();
  });

  for (const dir of ['rtl', 'ltr'] as const) {
    it(`puts the launcher and its panel in the ${dir === 'rtl' ? 'bottom left' : 'bottom right'} corner`, async () => {
      const page = pageIn(dir);
      pages.push(page);
      const { el, root } = await mount((el) => (el.policy = designExample()), page);
      const launcher = root.querySelector('[part="launcher"]') as HTMLElement;
      // The side of the viewport it keeps closer to.
      const side = (rect: DOMRect) => (rect.left < innerWidth - rect.right ? 'left' : 'right');
      const expected = dir === 'rtl' ? 'left' : 'right';
      expect(side(launcher.getBoundingClientRect()), 'launcher').to.equal(expected);
      const panel = await openPanel(el);
      expect(side(panel.getBoundingClientRect()), 'panel').to.equal(expected);
    });
  }

  it('mirrors the channel cards and the icons that point along the line', async () => {
    const page = pageIn('rtl');
    pages.push(page);
    const { root } = await mount((el) => {
      el.mode = 'inline';
      el.policy = designExample();
    }, page);
    const card = channelCard(root, 'chat');
    const icon = (card.querySelector('.channel-icon') as HTMLElement).getBoundingClientRect();
    const label = (card.querySelector('.channel-label') as HTMLElement).getBoundingClientRect();
    expect(icon.left, 'the icon on the right of the title').to.be.greaterThan(label.left);
    const chevron = await waitFor(() => root.querySelector('[part="task"] .directional'));
    expect(getComputedStyle(chevron).transform).to.match(/^matrix\(-1, 0, 0, 1/);
    await expect(root.host).to.be.accessible();
  });
});
