// The built bundle on host pages that trap fixed elements (test/server/trap-pages.mjs): whatever the host
// does to the widget's ancestors, the launcher sits at its corner of the viewport, nothing of the
// host covers it, and the panel it opens is above everything.
import { expect } from '@open-wc/testing';
import { waitFor } from '../wait.js';

type Widget = HTMLElement & { open: boolean };

const TRAPS = ['transform', 'filter', 'perspective', 'contain-paint', 'will-change', 'overflow', 'z-index', 'zoom', 'rtl'];
const WIDTH = 800;
const HEIGHT = 600;
/** How far from its corner the launcher may be: 20 px offset, 30 px at zoom 1.5, and rounding. */
const CORNER = 40;

let frame: HTMLIFrameElement | undefined;

async function openTrap(name: string): Promise<{ doc: Document; el: Widget; root: ShadowRoot }> {
  frame = document.createElement('iframe');
  frame.style.cssText = `width: ${WIDTH}px; height: ${HEIGHT}px; border: 0;`;
  const loaded = new Promise((resolve) => frame?.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/traps/${name}.html`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument as Document;
  const el = await waitFor(() => doc.querySelector<Widget>('kanaal-wijzer'));
  await waitFor(() => el.shadowRoot?.querySelector('[part="launcher"]'), 8000);
  return { doc, el, root: el.shadowRoot as ShadowRoot };
}

/** What a click at the middle of `rect` would hit, looking into the widget's shadow root. */
function hitAt(doc: Document, root: ShadowRoot, rect: DOMRect): Element | null {
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const outer = doc.elementFromPoint(x, y);
  return outer === root.host ? root.elementFromPoint(x, y) : outer;
}

describe('a launcher no host can trap', () => {
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  for (const trap of TRAPS) {
    it(`stays at its corner, visible and clickable, and opens the panel above everything: ${trap}`, async function () {
      // WebKit has no standardized zoom: it puts a fixed element under a zoomed ancestor at zoomed
      // coordinates, top layer or not (left alone, see the issue 13 closing note).
      if (trap === 'zoom' && !('currentCSSZoom' in Element.prototype)) this.skip();
      const { doc, el, root } = await openTrap(trap);
      const launcher = root.querySelector('[part="launcher"]') as HTMLElement;
      const view = doc.documentElement;
      const box = launcher.getBoundingClientRect();
      expect(box.width, 'launcher width').to.be.greaterThan(40);
      expect(view.clientHeight - box.bottom, 'distance from the bottom').to.be.within(0, CORNER);
      const fromSide = doc.dir === 'rtl' ? box.left : view.clientWidth - box.right;
      expect(fromSide, `distance from the ${doc.dir === 'rtl' ? 'left' : 'right'}`).to.be.within(0, CORNER);
      expect(launcher.contains(hitAt(doc, root, box)), 'a click on the launcher reaches it').to.equal(true);

      launcher.click();
      // The panel's frame may be a task behind the launcher: a click before it opens it once it is there.
      const panel = await waitFor(() => root.querySelector<HTMLElement>('[part="panel"]:popover-open'));
      await waitFor(() => el.open);
      const panelBox = await waitFor(() => {
        const rect = panel.getBoundingClientRect();
        return rect.height > 100 ? rect : undefined;
      });
      // Under an ancestor's zoom the panel is zoomed too, and its viewport-relative sizes with it,
      // so it overflows the viewport: a known gap (see the issue 13 closing note), only the
      // launcher is checked there.
      if (trap === 'zoom') return;
      expect(panelBox.top, 'panel inside the viewport').to.be.at.least(0);
      expect(panelBox.bottom).to.be.at.most(view.clientHeight + 1);
      expect(panel.contains(hitAt(doc, root, panelBox)), 'nothing covers the open panel').to.equal(true);
    });
  }
});
