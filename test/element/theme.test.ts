// Colour schemes as a site meets them: its own light brand pair and nothing for dark, a visitor
// whose system is dark, and the `theme` attribute that fixes the scheme. Contrast is checked the
// way a visitor meets it (text against what it sits on) and by axe, in every engine.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { designExample } from '../fixtures/policies.js';
import { mount, unmountAll } from './helpers.js';

/** A site's own light pair, and nothing for dark mode: the contrast trap of issue 26. */
const LIGHT_PAIR_ONLY = '--kw-brand: #00594f; --kw-on-brand: #ffffff;';

function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

async function launcherWith(theme: string, style: string): Promise<{ el: KanaalWijzer; launcher: HTMLElement }> {
  const { el, root } = await mount((el) => {
    el.setAttribute('theme', theme);
    el.setAttribute('style', style);
    el.policy = designExample();
  });
  return { el, launcher: root.querySelector('[part="launcher"]') as HTMLElement };
}

describe('colour schemes', () => {
  let consoleWarn: sinon.SinonStub;
  beforeEach(() => (consoleWarn = sinon.stub(console, 'warn')));
  afterEach(() => {
    consoleWarn.restore();
    unmountAll();
  });

  for (const theme of ['light', 'dark']) {
    it(`keeps the site's own light pair on the launcher with theme="${theme}", at AA contrast`, async () => {
      const { launcher } = await launcherWith(theme, LIGHT_PAIR_ONLY);
      const look = getComputedStyle(launcher);
      expect(look.backgroundColor).to.equal('rgb(0, 89, 79)');
      expect(look.color).to.equal('rgb(255, 255, 255)');
      expect(contrast(look.color, look.backgroundColor)).to.be.at.least(4.5);
    });
  }

  it('shows the scheme the site chose, and tells form controls and scrollbars', async () => {
    const dark = await mount((el) => {
      el.setAttribute('theme', 'dark');
      el.mode = 'inline';
      el.policy = designExample();
    });
    const darkPanel = getComputedStyle(dark.root.querySelector('[part="panel"]') as Element);
    expect(luminance(darkPanel.backgroundColor), 'dark surface').to.be.below(0.05);
    expect(darkPanel.colorScheme).to.equal('dark');
    unmountAll();
    const light = await mount((el) => {
      el.setAttribute('theme', 'light');
      el.mode = 'inline';
      el.policy = designExample();
    });
    const lightPanel = getComputedStyle(light.root.querySelector('[part="panel"]') as Element);
    expect(luminance(lightPanel.backgroundColor), 'light surface').to.be.above(0.8);
    expect(lightPanel.colorScheme).to.equal('light');
  });

  for (const theme of ['light', 'dark']) {
    for (const [colours, style] of [
      ['its own colours', ''],
      ["a site's light pair only", LIGHT_PAIR_ONLY],
    ] as const) {
      it(`is clean for axe with theme="${theme}" and ${colours}`, async () => {
        const { el } = await mount((el) => {
          el.setAttribute('theme', theme);
          el.setAttribute('style', style);
          el.mode = 'inline';
          el.policy = designExample();
        });
        await expect(el).to.be.accessible();
      });
    }
  }
});
