// The built script-tag bundle, as a site loads it: the source tests cannot see what the bundler
// drops (a define call once went missing this way) or how lazy chunks find each other.
import { expect } from '@open-wc/testing';
import { waitFor } from '../wait.js';

const BUNDLE = '/dist/kanaalwijzer.js';

describe('dist/kanaalwijzer.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('defines <kanaal-wijzer> in the task after its own, and tolerates being loaded twice', async () => {
    expect(await customElements.whenDefined('kanaal-wijzer')).to.be.a('function');
    await import(/* @vite-ignore */ `${BUNDLE}?again`);
    await new Promise((resolve) => setTimeout(resolve));
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

  it("leaves the schema's field descriptions, editor help, out of every chunk it loaded", async () => {
    const descriptions: string[] = [];
    const collect = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'description' && typeof value === 'string') descriptions.push(value);
        else collect(value);
      }
    };
    collect(await (await fetch('/policy.schema.json')).json());
    const chunks = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'));
    expect(descriptions.length).to.be.greaterThan(40);
    expect(chunks.some((path) => path.includes('validate'))).to.equal(true);
    for (const path of chunks) {
      const code = await (await fetch(path)).text();
      const left = descriptions.filter((description) => code.includes(JSON.stringify(description).slice(1, -1)) || code.includes(description));
      expect(left, path).to.deep.equal([]);
    }
  });
});
