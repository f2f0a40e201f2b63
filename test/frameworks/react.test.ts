// React 19 rendering the built widget: the README's recipes (client rendering with onkw-… props,
// StrictMode, SSR + hydrateRoot with events through a ref) and what React does to a tag it renders
// before the element is defined. The apps: test/frameworks/apps/react-*.tsx.
import { expect } from '@open-wc/testing';
import type { WidgetProps } from './apps/react-client.js';
import type { KwEventMap } from '../../src/events.js';
import {
  defineLate,
  expectTruthful,
  hostTest,
  openByLauncher,
  openHost,
  pageEvents,
  policyObject,
  POLICY_URL,
  ready,
  READY_TIMEOUT,
  track,
  waitFor,
  widgets,
  type HostWindow,
  type Widget,
} from './host.js';

interface ReactWindow extends HostWindow {
  kwReact: { render(props: WidgetProps, options?: { strict?: boolean }): void; unmount(): void };
  kwReactSelected: KwEventMap['kw-channel-select'][];
  kwSsrSelected: KwEventMap['kw-channel-select'][];
  kwSsrPropSelected: KwEventMap['kw-channel-select'][];
  kwHydrated: boolean;
}

async function reactPage(query = ''): Promise<ReactWindow> {
  const win = (await openHost(`/test/frameworks/react.html${query}`)) as ReactWindow;
  await waitFor(() => win.kwReact);
  return win;
}

/** The one widget React shows, once it is there. */
const rendered = async (win: HostWindow): Promise<Widget> => track(await waitFor(() => (widgets(win).length === 1 ? widgets(win)[0] : undefined)));

/** The visitor picks the email channel; the site's handler must hear of it. */
async function pickEmail(el: Widget, heard: () => KwEventMap['kw-channel-select'][]): Promise<void> {
  (await waitFor(() => el.shadowRoot?.querySelector<HTMLElement>('[data-channel="email"]'))).click();
  expect((await waitFor(() => heard()[0])).channel).to.equal('email');
}

describe('React 19', () => {
  hostTest('createRoot with a policy URL: ready, opens, and onkw-channel-select reaches the handler', async () => {
    const win = await reactPage();
    win.kwReact.render({ policy: POLICY_URL, topic: 'factuur' });
    const el = await rendered(win);
    expect((await ready(win, el)).detail.topic).to.equal('factuur');
    await openByLauncher(win, el);
    await pickEmail(el, () => win.kwReactSelected);
    await expectTruthful(el, 'channel picked');
  });

  hostTest('createRoot with a policy object (React sets the property on a defined element)', async () => {
    const win = await reactPage();
    win.kwReact.render({ policy: await policyObject(win), topic: 'storing' });
    const el = await rendered(win);
    expect((await ready(win, el)).detail.topic).to.equal('storing');
    await openByLauncher(win, el);
  });

  hostTest('StrictMode: one element, ready once, and it opens', async () => {
    const win = await reactPage();
    win.kwReact.render({ policy: POLICY_URL, topic: 'factuur' }, { strict: true });
    const el = await rendered(win);
    await ready(win, el);
    await openByLauncher(win, el);
    expect(pageEvents(win, 'kw-ready')).to.have.length(1);
    await pickEmail(el, () => win.kwReactSelected);
  });

  hostTest('a key change replaces the element: the new one is ready and alone on the page', async () => {
    const win = await reactPage();
    win.kwReact.render({ policy: POLICY_URL, topic: 'factuur', widgetKey: 'one' });
    const first = await rendered(win);
    await ready(win, first);
    await openByLauncher(win, first);
    win.kwReact.render({ policy: POLICY_URL, topic: 'factuur', widgetKey: 'two' });
    await waitFor(() => !first.isConnected);
    const second = await rendered(win);
    await ready(win, second);
    await expectTruthful(second, 'new key');
    await openByLauncher(win, second);
    expect(win.document.querySelectorAll('kanaal-wijzer')).to.have.length(1);
  });

  hostTest('quick mount and unmount toggles end with one working widget', async () => {
    const win = await reactPage();
    for (let round = 0; round < 10; round++) {
      win.kwReact.render({ policy: POLICY_URL, topic: 'factuur', shown: round % 2 === 0 });
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
    }
    win.kwReact.render({ policy: POLICY_URL, topic: 'factuur', shown: true });
    const el = await rendered(win);
    await ready(win, el);
    await openByLauncher(win, el);
    await pickEmail(el, () => win.kwReactSelected);
  });

  hostTest('a policy object rendered before the element is defined (a late script): a clear kw-policy-error, never a fetch of "[object Object]"', async () => {
    const win = await reactPage('?widget=late');
    win.kwReact.render({ policy: await policyObject(win), topic: 'factuur' });
    const el = await rendered(win);
    // What React 19 does to an element it does not know yet: an attribute, the object as a string.
    expect(el.getAttribute('policy')).to.equal('[object Object]');
    defineLate(win);
    const error = await waitFor(() => pageEvents(win, 'kw-policy-error', el)[0], READY_TIMEOUT);
    const message = error.detail.errors?.map((problem) => problem.message).join('\n') ?? '';
    expect(message, 'names what happened').to.include('[object Object]');
    const fetched = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.filter((url) => /object(%20|\s)Object/.test(url))).to.deep.equal([]);
    await expectTruthful(el, 'policy error');
  }, { consoleError: /\[object Object\].*Define the element before rendering/s });

  for (const policy of ['url', 'script'] as const) {
    hostTest(`renderToString + hydrateRoot with the policy as ${policy === 'url' ? 'a URL' : 'a child <script type="application/json">'}: ready, opens, events through a ref`, async () => {
      const win = (await openHost(`/test/frameworks/react-ssr.html?policy=${policy}`)) as ReactWindow;
      await waitFor(() => win.kwHydrated);
      const el = await rendered(win);
      expect((await ready(win, el)).detail.topic).to.equal('factuur');
      await openByLauncher(win, el);
      await pickEmail(el, () => win.kwSsrSelected);
    });
  }

  // https://github.com/react/react/issues/35446; the fix is react/react#35474.
  hostTest('react/react#35446 is still open: an onkw-… prop on a hydrated element hears nothing, the ref does (when this fails, drop the README’s ref advice)', async () => {
    const win = (await openHost('/test/frameworks/react-ssr.html?policy=url')) as ReactWindow;
    await waitFor(() => win.kwHydrated);
    const el = await rendered(win);
    await ready(win, el);
    await openByLauncher(win, el);
    await pickEmail(el, () => win.kwSsrSelected);
    expect(win.kwSsrPropSelected).to.deep.equal([]);
  });

  hostTest('renderToString + hydrateRoot with a policy object: React sets no property on a hydrated element, and the widget says it has no policy', async () => {
    const win = (await openHost('/test/frameworks/react-ssr.html?policy=object')) as ReactWindow;
    await waitFor(() => win.kwHydrated);
    const el = await rendered(win);
    const error = await waitFor(() => pageEvents(win, 'kw-policy-error', el).find((event) => event.detail.fatal), READY_TIMEOUT);
    expect(el.policy, 'the property React would have set').to.equal(undefined);
    expect(error.detail.errors?.[0]?.message).to.match(/^no policy/);
    expect(pageEvents(win, 'kw-ready', el)).to.deep.equal([]);
    // The widget's own report of a policy it cannot use is meant for the site's developer.
    const report = /^console\.error: <kanaal-wijzer>: the channel policy cannot be used/;
    expect(win.kwErrors.filter((line) => report.test(line))).to.have.length(1);
    win.kwErrors = win.kwErrors.filter((line) => !report.test(line));
  });
});
