// Hotwire Turbo Drive navigating between two pages that both carry the widget
// (test/frameworks/turbo-a.html and turbo-b.html): as a new element on each page, or as one
// data-turbo-permanent element that Turbo moves from the old body into the new one.
import { expect } from '@open-wc/testing';
import { expectTruthful, hostTest, openByLauncher, openHost, pageEvents, ready, track, waitFor, widgets, type HostWindow, type Widget } from './host.js';

interface TurboWindow extends HostWindow {
  Turbo: { visit(url: string): void };
}

let runs = 0;

/** Page a; each test's policy address is its own, so nothing an earlier test stored for it is found. */
async function turboPage(permanent: boolean): Promise<{ win: TurboWindow; pageB: string }> {
  const query = `permanent=${permanent ? 1 : 0}&run=${++runs}-${Date.now()}`;
  const win = (await openHost(`/test/frameworks/turbo-a.html?${query}`)) as TurboWindow;
  await waitFor(() => win.Turbo);
  return { win, pageB: `/test/frameworks/turbo-b.html?${query}` };
}

/** Waits until Turbo shows page b, and returns its widget. */
async function onPageB(win: TurboWindow): Promise<Widget> {
  await waitFor(() => win.document.querySelector('h1')?.textContent === 'Turbo page b');
  return track(await waitFor(() => (widgets(win).length === 1 ? widgets(win)[0] : undefined)));
}

describe('Turbo 8', () => {
  // The first request for an app builds them all; built beforehand, the pages load as fast as a site's.
  before(async () => {
    await fetch('/test/frameworks/build/turbo.js');
  });

  for (const permanent of [false, true]) {
    const kind = permanent ? 'a data-turbo-permanent widget' : 'a widget on each page';

    hostTest(`${kind}, a link clicked right after load, while the policy is loading: the widget on the next page is ready and opens`, async () => {
      const { win } = await turboPage(permanent);
      const first = track(widgets(win)[0] as Widget);
      // The host pages' policy is answered late (test/server/framework-pages.mjs): this click comes
      // while the request is under way.
      await waitFor(() => win.kwFetches.some((url) => url.includes('slow-policy.json')));
      expect(pageEvents(win, 'kw-ready'), 'the policy is still loading when the link is clicked').to.have.length(0);
      (win.document.getElementById('next') as HTMLElement).click();
      const el = await onPageB(win);
      expect(el === first, 'Turbo kept the permanent element').to.equal(permanent);
      await ready(win, el);
      await expectTruthful(el, 'navigated');
      await openByLauncher(win, el);
    });

    hostTest(`${kind}, a navigation while open: the open state on the next page tells the truth`, async () => {
      const { win, pageB } = await turboPage(permanent);
      const first = track(widgets(win)[0] as Widget);
      await ready(win, first);
      await openByLauncher(win, first);
      win.Turbo.visit(pageB);
      const el = await onPageB(win);
      const state = await expectTruthful(el, 'navigated while open');
      // A permanent widget is the same element: it stays open, as the visitor left it.
      expect(state.open).to.equal(permanent);
      if (!permanent) await openByLauncher(win, el);
    });
  }
});
