// Regression test for the WebKit freeze (test/repro/webkit-anchor-flip-transform-freeze.html):
// opening the panel used to stop every script on the page in WebKitGTK 2.50. A frozen page cannot
// fail a test itself; the driver call that never returns fails it (short limits in the config).
import { expect } from '@open-wc/testing';
import { mount, unmountAll, waitFor } from '../element/helpers.js';
import { designExample } from '../fixtures/policies.js';

/** Timers that still fire after the animation's 160 ms: in a frozen page, none does. */
async function timersRunFor(ms: number): Promise<boolean> {
  const start = performance.now();
  while (performance.now() - start < ms) await new Promise((resolve) => setTimeout(resolve, 20));
  return true;
}

describe('opening the panel (the WebKit anchor-positioning freeze)', () => {
  afterEach(unmountAll);

  it('keeps the page running while the panel opens with its animation', async function () {
    this.timeout(5000);
    const { el, root } = await mount((el) => (el.policy = designExample()));
    const panel = root.querySelector('[part="panel"]') as HTMLElement;
    (root.querySelector('[part="launcher"]') as HTMLElement).click();
    await waitFor(() => panel.matches(':popover-open'));
    expect(await timersRunFor(300)).to.equal(true);
    expect(el.open).to.equal(true);
    expect(root.querySelector('#title')?.textContent).to.not.equal('');
  });

  it('animates the panel’s contents, never the anchor-positioned panel itself', async () => {
    const { root } = await mount((el) => (el.policy = designExample()));
    const panel = root.querySelector('[part="panel"]') as HTMLElement;
    (root.querySelector('[part="launcher"]') as HTMLElement).click();
    await waitFor(() => panel.matches(':popover-open'));
    expect(panel.getAnimations().map((animation) => (animation as CSSAnimation).animationName)).to.deep.equal([]);
    if (matchMedia('(prefers-reduced-motion: no-preference)').matches) {
      const header = root.querySelector('header') as HTMLElement;
      expect(getComputedStyle(header).animationName).to.equal('kw-rise');
    }
  });
});
