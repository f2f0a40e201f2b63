// The built bundle on host pages with a strict Content-Security-Policy and with Trusted Types
// enforced (headers set by test/server/host-pages.mjs). Each page runs in its own frame; the
// widget is taken through every view that loads code or builds markup, then the page's record of
// violations and uncaught errors must be empty.
import { expect } from '@open-wc/testing';
import { waitFor } from '../wait.js';

interface HostWindow extends Window {
  kwViolations: string[];
  kwErrors: string[];
  InputEvent: typeof InputEvent;
  PointerEvent: typeof PointerEvent;
}

type Widget = HTMLElement & { show(): void };

const frames: HTMLIFrameElement[] = [];

async function openHostPage(path: string): Promise<{ win: HostWindow; el: Widget; root: ShadowRoot }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 720px; border: 0;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as unknown as HostWindow;
  const el = await waitFor(() => win.document.querySelector<Widget>('kanaal-wijzer'));
  // The launcher is all there is until a visitor shows intent: point at it, as they would.
  const launcher = await waitFor(() => el.shadowRoot?.querySelector('[part="launcher"]'), 8000);
  launcher.dispatchEvent(new win.PointerEvent('pointerenter'));
  await waitFor(() => el.shadowRoot?.querySelector('[data-channel="email"]'), 8000);
  return { win, el, root: el.shadowRoot as ShadowRoot };
}

function type(win: HostWindow, field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
}

/** Every view: the open panel, FAQ search, the email form with suggestions, an answer, the call-back form. */
async function visitEveryView(win: HostWindow, el: Widget, root: ShadowRoot): Promise<void> {
  el.show();
  await waitFor(() => root.querySelector('[part="panel"]')?.matches(':popover-open'));
  type(win, await waitFor(() => root.querySelector<HTMLInputElement>('#faq-search')), 'meterstand');
  await waitFor(() => root.querySelector('[data-faq]'));
  (root.querySelector('[data-channel="email"]') as HTMLElement).click();
  type(win, await waitFor(() => root.querySelector<HTMLTextAreaElement>('#message')), 'Wij verhuizen volgende maand, hoe geef ik mijn nieuwe adres door?');
  (await waitFor(() => root.querySelector<HTMLElement>('[part="suggestion"]'))).click();
  await waitFor(() => root.querySelector('[part="answer"]'));
  while (!root.querySelector('[data-channel="terugbellen"]')) (await waitFor(() => root.querySelector<HTMLElement>('button.back'))).click();
  (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="terugbellen"]'))).click();
  await waitFor(() => root.querySelector('#callback-title'));
}

describe('host pages with strict security policies', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('works under default-src, script-src and style-src "self" without a single violation', async () => {
    const { win, el, root } = await openHostPage('/test/pages/host.html?policy=strict-csp');
    await visitEveryView(win, el, root);
    expect(win.kwViolations).to.deep.equal([]);
    expect(win.kwErrors).to.deep.equal([]);
  });

  it('records violations on that page (so an empty record means something)', async () => {
    const { win } = await openHostPage('/test/pages/host.html?policy=strict-csp');
    win.document.body.setAttribute('style', 'color: red');
    await waitFor(() => win.kwViolations.length > 0);
    expect(win.kwViolations[0]).to.match(/^style-src-attr/);
  });

  it('works with Trusted Types enforced, allowing only the policy names the README lists', async () => {
    const { win, el, root } = await openHostPage('/test/pages/host.html?policy=trusted-types');
    expect(() => (win.document.body.innerHTML = '<b>raw markup</b>')).to.throw();
    await visitEveryView(win, el, root);
    expect(win.kwViolations.filter((violation) => !violation.startsWith('require-trusted-types-for'))).to.deep.equal([]);
    expect(win.kwViolations).to.have.length(1, 'only the test’s own innerHTML was refused');
    expect(win.kwErrors).to.deep.equal([]);
  });
});
