// Hotwire Turbo Drive navigating between two pages that both carry the widget
// (test/frameworks/turbo-a.html and turbo-b.html): as a new element on each page, or as one
// data-turbo-permanent element that Turbo moves from the old body into the new one.
import { expect } from '@open-wc/testing';
import { expectTruthful, hostTest, openByLauncher, openHost, ready, track, waitFor, widgets, type HostWindow, type Widget } from './host.js';

interface TurboWindow extends HostWindow {
  Turbo: { visit(url: string): void };
}

async function turboPage(permanent: boolean): Promise<TurboWindow> {
  const win = (await openHost(`/test/frameworks/turbo-a.html?permanent=${permanent ? 1 : 0}`)) as TurboWindow;
  await waitFor(() => win.Turbo);
  return win;
}

/** Waits until Turbo shows page b, and returns its widget. */
async function onPageB(win: TurboWindow): Promise<Widget> {
  await waitFor(() => win.document.querySelector('h1')?.textContent === 'Turbo page b');
  return track(await waitFor(() => (widgets(win).length === 1 ? widgets(win)[0] : undefined)));
}

describe('Turbo 8', () => {
  for (const permanent of [false, true]) {
    const kind = permanent ? 'a data-turbo-permanent widget' : 'a widget on each page';

    hostTest(`${kind}, a link clicked right after load: the widget on the next page is ready and opens`, async () => {
      const win = await turboPage(permanent);
      const first = track(widgets(win)[0] as Widget);
      (win.document.getElementById('next') as HTMLElement).click();
      const el = await onPageB(win);
      expect(el === first, 'Turbo kept the permanent element').to.equal(permanent);
      await ready(win, el);
      await expectTruthful(el, 'navigated');
      await openByLauncher(win, el);
    });

    hostTest(`${kind}, a navigation while open: the open state on the next page tells the truth`, async () => {
      const win = await turboPage(permanent);
      const first = track(widgets(win)[0] as Widget);
      await ready(win, first);
      await openByLauncher(win, first);
      win.Turbo.visit(`/test/frameworks/turbo-b.html?permanent=${permanent ? 1 : 0}`);
      const el = await onPageB(win);
      const state = await expectTruthful(el, 'navigated while open');
      // A permanent widget is the same element: it stays open, as the visitor left it.
      expect(state.open).to.equal(permanent);
      if (!permanent) await openByLauncher(win, el);
    });
  }
});
