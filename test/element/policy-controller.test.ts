// PolicyController on a bare host of its own: what a site hears (kw-ready, kw-policy-error) and
// what a visitor sees when the policy cannot be used, without the widget around it.
import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { PolicyController } from '../../src/components/kanaal-wijzer/entry/policy-controller.js';
import { ownEvents } from '../../src/internal/emit.js';
import { designExample } from '../fixtures/policies.js';
import { waitFor } from '../wait.js';

class PolicyHostElement extends LitElement {
  @property({ attribute: false }) policy?: string | object;
  @property() topic: string | null = null;
  @property() mode: 'launcher' | 'inline' = 'inline';
  open = false;
  readonly language = 'en';
  readonly policies: PolicyController = new PolicyController(this, { building: () => undefined, shown: () => undefined, wired: () => Promise.resolve(), applied: () => undefined, loadInsights: () => Promise.resolve({ ok: false }) });

  get loadState(): PolicyController['state'] {
    return this.policies.state;
  }

  constructor() {
    super();
    // The widget's parts fire its events through internal/emit.ts; this host fires them as plain events.
    ownEvents(this, (name, detail) => this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true })));
  }

  protected override render() {
    return html`<slot @slotchange=${this.policies.readInline}></slot>${this.policies.cachedFallback()}`;
  }
}
customElements.define('policy-controller-host', PolicyHostElement);

interface Heard {
  host: PolicyHostElement;
  events: CustomEvent[];
}

/** A host with `setup` applied, in the page, recording the policy events from the start. */
function place(setup: (host: PolicyHostElement) => void): Heard {
  const host = document.createElement('policy-controller-host') as PolicyHostElement;
  const events: CustomEvent[] = [];
  for (const name of ['kw-ready', 'kw-policy-error']) host.addEventListener(name, (event) => events.push(event as CustomEvent));
  setup(host);
  document.body.append(host);
  return { host, events };
}

const frames = async (count: number) => {
  for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('PolicyController', () => {
  afterEach(() => {
    for (const host of document.querySelectorAll('policy-controller-host')) host.remove();
  });

  it('reads a policy from a child script and names its channels in the topic’s order', async () => {
    const { events } = place((host) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(designExample());
      host.append(script);
    });
    await waitFor(() => events.length);
    expect(events.map((event) => [event.type, event.detail.topic, event.detail.channels])).to.deep.equal([['kw-ready', 'factuur', ['chat', 'email', 'phone']]]);
  });

  it('in launcher mode loads in idle time, or at once on a sign of intent', async () => {
    const idle: (() => void)[] = [];
    // Defined, not stubbed: WebKit has none (and then waits with a timer instead).
    const own = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
    Object.defineProperty(window, 'requestIdleCallback', {
      configurable: true,
      value: (work: IdleRequestCallback) => idle.push(() => work({ didTimeout: false, timeRemaining: () => 50 })),
    });
    try {
      const { host, events } = place((host) => {
        host.mode = 'launcher';
        host.policy = designExample();
      });
      await host.updateComplete;
      await frames(10);
      expect(events, 'nothing before idle time').to.deep.equal([]);
      expect(idle).to.have.length(1);
      host.policies.loadNow();
      await waitFor(() => events.length);
      expect(events[0]?.type).to.equal('kw-ready');
      idle[0]?.();
      await frames(10);
      expect(events, 'loaded once').to.have.length(1);
    } finally {
      if (own) Object.defineProperty(window, 'requestIdleCallback', own);
      else delete (window as Partial<Window>).requestIdleCallback;
    }
  });

  it('loads again when the network comes back while a load that asked before it did is under way', async () => {
    const own = window.fetch;
    let failFirst: (error: Error) => void = () => undefined;
    let calls = 0;
    window.fetch = (() => {
      calls++;
      if (calls === 1) return new Promise<Response>((_, reject) => (failFirst = reject));
      return Promise.resolve(new Response(JSON.stringify(designExample())));
    }) as typeof fetch;
    try {
      const { events } = place((host) => {
        host.policy = '/kanaalwijzer-policy.json';
      });
      await waitFor(() => calls === 1);
      window.dispatchEvent(new Event('online'));
      failFirst(new TypeError('Failed to fetch'));
      await waitFor(() => events.some((event) => event.type === 'kw-ready'));
      expect(events.map((event) => [event.type, event.detail.fatal])).to.deep.equal([
        ['kw-policy-error', true],
        ['kw-ready', undefined],
      ]);
      expect(calls).to.equal(2);
    } finally {
      window.fetch = own;
    }
  });

  it('announces only the second policy when it replaces the first while that loads', async () => {
    const other = { ...designExample(), defaultTopic: 'storing' };
    const { host, events } = place((host) => (host.policy = designExample()));
    await host.updateComplete;
    host.policy = other;
    await waitFor(() => events.length);
    await frames(10);
    expect(events.map((event) => [event.type, event.detail.channels])).to.deep.equal([['kw-ready', ['storingslijn', 'chat', 'phone']]]);
  });

  it('fires kw-policy-error (fatal) for a policy it cannot use, and shows the link an earlier good one gave', async () => {
    const good = { ...designExample(), fallback: { label: { nl: 'Contact opnemen', en: 'Contact us' }, href: '/contact' } };
    const { host, events } = place((host) => (host.policy = good));
    await waitFor(() => events.length);
    host.policy = { version: 1 };
    await waitFor(() => events.length > 1);
    expect(events[1]?.type).to.equal('kw-policy-error');
    expect(events[1]?.detail.fatal).to.equal(true);
    await host.updateComplete;
    const link = host.shadowRoot?.querySelector('a');
    expect(link?.textContent).to.equal('Contact us');
    expect(link?.getAttribute('href')).to.equal('/contact');
    localStorage.removeItem('kanaalwijzer:fallback:inline');
  });

  it('shows no cached link when the element has fallback content of its own', async () => {
    localStorage.setItem('kanaalwijzer:fallback:inline', JSON.stringify({ label: 'Contact us', href: '/contact' }));
    const { host, events } = place((host) => {
      host.innerHTML = '<a href="/help">Help</a>';
      host.policy = { version: 1 };
    });
    await waitFor(() => events.length);
    await host.updateComplete;
    expect(events[0]?.detail.fatal).to.equal(true);
    expect(host.shadowRoot?.querySelector('a')?.textContent, 'no cached link').to.equal(undefined);
    localStorage.removeItem('kanaalwijzer:fallback:inline');
  });
});
