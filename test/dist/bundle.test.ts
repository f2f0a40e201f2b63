// The built script-tag bundle, as a site loads it: the source tests cannot see what the bundler
// drops (a define call once went missing this way) or how lazy chunks find each other.
import { expect } from '@open-wc/testing';
import { waitFor } from '../wait.js';

const BUNDLE = '/dist/kanaalwijzer.js';

describe('dist/kanaalwijzer.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('defines <kanaal-wijzer> and tolerates being loaded twice', async () => {
    expect(customElements.get('kanaal-wijzer')).to.be.a('function');
    await import(/* @vite-ignore */ `${BUNDLE}?again`);
    expect(customElements.get('kanaal-wijzer')).to.be.a('function');
  });

  it('loads a policy, opens the panel and suggests answers through its lazy chunks', async () => {
    const el = document.createElement('kanaal-wijzer') as HTMLElement & { show(): void };
    const ready = new Promise<CustomEvent>((resolve) => el.addEventListener('kw-ready', (e) => resolve(e as CustomEvent), { once: true }));
    el.setAttribute('policy', '/demo/contact-policy.json');
    document.body.append(el);
    expect((await ready).detail.channels.length).to.be.greaterThan(4);
    const root = el.shadowRoot as ShadowRoot;
    const opened = new Promise((resolve) => el.addEventListener('kw-open', resolve, { once: true }));
    el.show();
    await opened;
    (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="email"]'))).click();
    const message = await waitFor(() => root.querySelector<HTMLTextAreaElement>('#message'));
    const suggested = new Promise<CustomEvent>((resolve) => el.addEventListener('kw-faq-suggest', (e) => resolve(e as CustomEvent), { once: true }));
    message.value = 'Ik ruik gas in huis';
    message.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect((await suggested).detail.results[0].id).to.equal('gaslucht');
    el.remove();
  });
});
