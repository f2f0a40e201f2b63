// Where CSS anchor positioning is missing (Firefox ESR before 153, Safari before 26), Floating UI
// places the launcher's panel. PlacementController.cssAnchorPositioning = false takes that path here.
import { expect } from '@open-wc/testing';
import { PlacementController } from '../../src/components/kanaal-wijzer/panel/placement-controller.js';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { designExample } from '../fixtures/policies.js';
import { mount, openPanel, setViewport, unmountAll, waitFor } from './helpers.js';

/** Distance between the launcher and its panel, and between the panel and the viewport's edges. */
const GAP = 12;
const EDGE = 8;

function parts(el: KanaalWijzer) {
  const root = el.shadowRoot as ShadowRoot;
  return {
    panel: root.querySelector('[part="panel"]') as HTMLElement,
    launcher: root.querySelector('[part="launcher"]') as HTMLElement,
  };
}

/** Waits until Floating UI has placed the panel and it has stopped moving. */
async function placed(panel: HTMLElement): Promise<DOMRect> {
  let last = '';
  return waitFor(async () => {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const box = panel.getBoundingClientRect();
    const now = JSON.stringify(box);
    const steady = panel.style.getPropertyValue('inset') !== '' && now === last;
    last = now;
    return steady ? box : undefined;
  });
}

function floatingUiRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('@floating-ui'));
}

/** Moves the launcher the way a site does, from its own style sheet. */
function siteStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

describe('placing the launcher’s panel', () => {
  let styles: HTMLStyleElement[] = [];

  beforeEach(() => setViewport({ width: 1280, height: 800 }));

  afterEach(() => {
    unmountAll();
    for (const style of styles) style.remove();
    styles = [];
    PlacementController.cssAnchorPositioning = CSS.supports('anchor-name: --kw-anchor');
  });

  // First in this file: the page has not loaded Floating UI for another test yet.
  it('leaves it to CSS anchor positioning where that exists, without loading Floating UI', async () => {
    expect(PlacementController.cssAnchorPositioning, 'this Chromium has anchor positioning').to.equal(true);
    const { el } = await mount((el) => (el.policy = designExample()));
    const { panel, launcher } = parts(el);
    await openPanel(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(panel.style.getPropertyValue('inset')).to.equal('');
    expect(floatingUiRequests()).to.deep.equal([]);
    const p = panel.getBoundingClientRect();
    const l = launcher.getBoundingClientRect();
    expect(p.bottom).to.be.closeTo(l.top - GAP, 1);
  });

  describe('without CSS anchor positioning', () => {
    beforeEach(() => {
      PlacementController.cssAnchorPositioning = false;
    });

    it('opens above the launcher in its default corner, end-aligned', async () => {
      const { el } = await mount((el) => (el.policy = designExample()));
      const { panel, launcher } = parts(el);
      await openPanel(el);
      const p = await placed(panel);
      const l = launcher.getBoundingClientRect();
      expect(p.bottom).to.be.closeTo(l.top - GAP, 1);
      expect(p.right).to.be.closeTo(l.right, 1);
      expect(p.top).to.be.at.least(EDGE);
      expect(floatingUiRequests()).to.not.deep.equal([]);
    });

    it('opens above a launcher the site moved to the bottom left, not in the right corner', async () => {
      styles.push(siteStyle('kanaal-wijzer::part(launcher) { inset: auto auto 24px 24px; }'));
      const { el } = await mount((el) => (el.policy = designExample()));
      const { panel, launcher } = parts(el);
      await openPanel(el);
      const p = await placed(panel);
      const l = launcher.getBoundingClientRect();
      expect(l.left).to.equal(24);
      expect(p.bottom).to.be.closeTo(l.top - GAP, 1);
      // End-aligned would stick out on the left: shifted in, one edge's width from the side.
      expect(p.left).to.be.closeTo(EDGE, 1);
      expect(p.right).to.be.below(640);
    });

    it('opens below a launcher at the top of the screen, inside the viewport', async () => {
      styles.push(siteStyle('kanaal-wijzer::part(launcher) { inset: 16px auto auto 16px; }'));
      const { el } = await mount((el) => (el.policy = designExample()));
      const { panel, launcher } = parts(el);
      await openPanel(el);
      const p = await placed(panel);
      const l = launcher.getBoundingClientRect();
      expect(p.top).to.be.closeTo(l.bottom + GAP, 1);
      expect(p.left).to.be.at.least(EDGE - 0.5);
      expect(p.bottom).to.be.at.most(innerHeight - EDGE + 0.5);
    });

    it('follows the launcher when the site moves it while the panel is open', async () => {
      const moved = siteStyle('');
      styles.push(moved);
      const { el } = await mount((el) => (el.policy = designExample()));
      const { panel, launcher } = parts(el);
      await openPanel(el);
      const before = await placed(panel);
      moved.textContent = 'kanaal-wijzer::part(launcher) { inset: auto auto 24px 24px; }';
      await waitFor(() => panel.getBoundingClientRect().left < before.left - 100);
      const p = await placed(panel);
      expect(p.left).to.be.closeTo(EDGE, 1);
      expect(p.bottom).to.be.closeTo(launcher.getBoundingClientRect().top - GAP, 1);
    });

    it('gives the panel back to its styles when it closes', async () => {
      const { el } = await mount((el) => (el.policy = designExample()));
      const { panel } = parts(el);
      await openPanel(el);
      await placed(panel);
      el.hide();
      await el.updateComplete;
      expect(panel.getAttribute('style') ?? '').to.equal('');
    });

    it('stays a full-width bottom sheet on a 375 px screen', async function () {
      // MiniBrowser's window cannot be made that narrow (WebKit): nothing to check there.
      if (!(await setViewport({ width: 375, height: 700 }))) this.skip();
      const { el } = await mount((el) => (el.policy = designExample()));
      const { panel } = parts(el);
      await openPanel(el);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const p = panel.getBoundingClientRect();
      expect(panel.style.getPropertyValue('inset')).to.equal('');
      expect(p.left).to.equal(0);
      expect(p.width).to.equal(375);
      expect(Math.round(p.bottom)).to.equal(700);
    });
  });
});
