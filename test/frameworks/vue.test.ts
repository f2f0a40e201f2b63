// Vue 3 rendering the built widget with the README's recipe (test/frameworks/apps/vue-app.ts):
// the tag declared a custom element, `:policy.prop`, `@kw-…` listeners, v-if and :key.
import { expect } from '@open-wc/testing';
import type { KwEventMap } from '../../src/events.js';
import { expectTruthful, hostTest, openByLauncher, openHost, policyObject, ready, track, waitFor, widgets, type HostWindow, type Widget } from './host.js';

interface VueWindow extends HostWindow {
  kwVue: { state: { shown: boolean; widgetKey: string; policy: string | object; topic: string; lang: string }; unmount(): void };
  kwVueSelected: KwEventMap['kw-channel-select'][];
}

async function vuePage(): Promise<VueWindow> {
  const win = (await openHost('/test/frameworks/vue.html')) as VueWindow;
  await waitFor(() => win.kwVue);
  return win;
}

const rendered = async (win: HostWindow, not?: Widget): Promise<Widget> =>
  track(await waitFor(() => (widgets(win).length === 1 && widgets(win)[0] !== not ? widgets(win)[0] : undefined)));

describe('Vue 3', () => {
  hostTest('a policy URL: ready, opens, and @kw-channel-select reaches the listener', async () => {
    const win = await vuePage();
    const el = await rendered(win);
    expect((await ready(win, el)).detail.topic).to.equal('factuur');
    await openByLauncher(win, el);
    (await waitFor(() => el.shadowRoot?.querySelector<HTMLElement>('[data-channel="email"]'))).click();
    expect((await waitFor(() => win.kwVueSelected[0])).channel).to.equal('email');
    await expectTruthful(el, 'channel picked');
  });

  hostTest('a policy object through :policy.prop, and a topic changed by the app while open', async () => {
    const win = await vuePage();
    const first = await rendered(win);
    await ready(win, first);
    win.kwVue.state.policy = await policyObject(win);
    win.kwVue.state.topic = 'storing';
    await openByLauncher(win, first);
    await waitFor(() => first.shadowRoot?.querySelector('.topic')?.textContent?.includes('Storing'));
    expect((await expectTruthful(first, 'topic changed by Vue')).open).to.equal(true);
  });

  hostTest('v-if toggles and a :key change leave one working widget', async () => {
    const win = await vuePage();
    const first = await rendered(win);
    await ready(win, first);
    for (let round = 0; round < 6; round++) {
      win.kwVue.state.shown = !win.kwVue.state.shown;
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
    }
    const toggled = await rendered(win, first);
    win.kwVue.state.widgetKey = 'two';
    const el = await rendered(win, toggled);
    await ready(win, el);
    await openByLauncher(win, el);
    expect(widgets(win)).to.have.length(1);
  });
});
