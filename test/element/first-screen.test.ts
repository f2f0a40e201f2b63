// What a customer sees first, in the demo's situation: the factuur topic with its long notice and
// three tasks, on a Tuesday morning with chat open and recommended.
import { expect } from '@open-wc/testing';
import { mount, openPanel, readable, setViewport, unmountAll, waitFor } from './helpers.js';

const TUESDAY_MORNING = '2026-11-24T11:00:00+01:00';

async function demoPolicy(): Promise<Record<string, unknown>> {
  return (await fetch('/demo/contact-policy.json')).json();
}

/** Fully on screen inside the panel's visible box: no scrolling needed to read it. */
function visibleIn(panel: HTMLElement, node: Element | null): boolean {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  const view = panel.getBoundingClientRect();
  return box.height > 0 && box.top >= Math.max(0, view.top) && box.bottom <= Math.min(innerHeight, view.bottom);
}

async function openDemo() {
  const { el, root } = await mount(async (el) => {
    el.policy = await demoPolicy();
    el.topic = 'factuur';
    el.now = TUESDAY_MORNING;
  });
  const panel = await openPanel(el);
  await waitFor(() => root.querySelector('#faq-search'));
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { el, root, panel };
}

describe('what a customer sees first', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 1024, height: 768 });
  });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 375, height: 667 },
  ]) {
    it(`at ${size.width} × ${size.height}: the notice, the search box and the recommended channel's status, wait and cost, without scrolling`, async function () {
      // MiniBrowser's window cannot be made 375 px wide (WebKit): nothing to check there.
      if (!(await setViewport(size))) this.skip();
      const { root, panel } = await openDemo();
      expect(root.querySelectorAll('[part="task"]')).to.have.length(3);
      const card = root.querySelector('[part="recommended"]')?.closest('[part~="channel"]');
      expect(readable(card as Element)).to.match(/^Chat met een medewerker/);
      expect(visibleIn(panel, root.querySelector('[part~="notice"]')), 'notice').to.equal(true);
      expect(visibleIn(panel, root.querySelector('#faq-search')), 'search box').to.equal(true);
      const status = card?.querySelector('[part="channel-status"]') ?? null;
      expect(visibleIn(panel, status), 'open status').to.equal(true);
      const waitAndCost = status?.nextElementSibling ?? null;
      expect(readable(waitAndCost as Element)).to.match(/wachttijd.*gratis/);
      expect(visibleIn(panel, waitAndCost), 'wait and cost').to.equal(true);
    });
  }

  it('shortens a long notice to its first lines, and "read more" shows all of it', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { el, root } = await openDemo();
    const text = root.querySelector('[part~="notice"] .notice-text') as HTMLElement;
    const more = await waitFor(() => root.querySelector<HTMLButtonElement>('[part~="notice"] button'));
    expect(readable(more)).to.equal('Lees verder');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(text.scrollHeight).to.be.greaterThan(text.clientHeight);
    more.click();
    await el.updateComplete;
    expect(readable(more)).to.equal('Minder tonen');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(text.scrollHeight).to.be.at.most(text.clientHeight + 1);
    expect(readable(text)).to.match(/veelgestelde vragen\.$/);
  });
});

describe('an inline panel painting in steps', () => {
  afterEach(() => unmountAll());

  it('shows the notice, search box and first channels first, adds the rest below, and nothing shown moves', async () => {
    const frames: { cards: number; tops: number[] }[] = [];
    let stopSampling = () => {};
    const { root } = await mount(async (el) => {
      el.policy = await demoPolicy();
      el.topic = 'factuur';
      el.now = TUESDAY_MORNING;
      el.mode = 'inline';
      // Read when the panel's size changes, after layout and just before that frame is painted.
      const observer = new ResizeObserver(() => {
        const cards = [...(el.shadowRoot?.querySelectorAll('[part~="channel"]') ?? [])];
        const top = (node: Element | null | undefined) => (node ? Math.round(node.getBoundingClientRect().top) : NaN);
        if (cards.length) frames.push({ cards: cards.length, tops: [top(el.shadowRoot?.querySelector('[part~="notice"]')), top(cards[0]), top(cards[1])] });
      });
      observer.observe(el);
      stopSampling = () => observer.disconnect();
    });
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    stopSampling();
    const all = root.querySelectorAll('[part~="channel"]').length;
    expect(frames[0]?.cards, 'cards in the first painted frame').to.be.within(1, all - 1);
    expect(frames.at(-1)?.cards, 'cards in the last frame').to.equal(all);
    expect(root.querySelector('#faq-search')).to.not.equal(null);
    for (const frame of frames) expect(frame.tops).to.deep.equal(frames[0]?.tops);
  });
});
