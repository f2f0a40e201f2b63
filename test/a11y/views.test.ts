// axe on every view the customer can reach (Chromium: colour contrast and roles do not depend on
// the engine). Each view is reached the way a customer reaches it, and checked once it shows.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { fill, mount, openEmail, openPanel, unmountAll, waitFor } from '../element/helpers.js';

async function demoPolicy(mode = 'ok'): Promise<Record<string, any>> {
  const policy = await (await fetch('/demo/contact-policy.json')).json();
  for (const channel of policy.channels) {
    if (channel.email) channel.email.endpoint = `/test-api/contact?mode=${mode}`;
    if (channel.callback) channel.callback.endpoint = `/test-api/contact?mode=${mode}`;
  }
  return policy;
}

async function settled(el: KanaalWijzer): Promise<void> {
  await el.updateComplete;
  const root = el.shadowRoot as ShadowRoot;
  await Promise.all(root.getAnimations().map((animation) => animation.finished));
}

async function sendEmail(el: KanaalWijzer): Promise<ShadowRoot> {
  const root = await openEmail(el, 'email');
  await fill(root, '#email', 'sam@example.nl');
  await fill(root, '#name', 'Sam de Vries');
  await fill(root, '#subject', 'Meterstand');
  await fill(root, '#message', 'Mijn meter geeft een vreemde stand aan sinds gisteren.');
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part="send-button"]')?.click();
  return root;
}

describe('axe on every view', () => {
  let consoleWarn: sinon.SinonStub;
  let consoleError: sinon.SinonStub;
  beforeEach(async () => {
    consoleWarn = sinon.stub(console, 'warn');
    consoleError = sinon.stub(console, 'error');
    await fetch('/test-api/reset');
  });
  afterEach(() => {
    consoleWarn.restore();
    consoleError.restore();
    unmountAll();
  });

  it('home', async () => {
    const { el, root } = await mount(async (el) => (el.policy = await demoPolicy()));
    await openPanel(el);
    expect(root.querySelector('[data-channel]')).to.not.equal(null);
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('search results', async () => {
    const { el, root } = await mount(async (el) => (el.policy = await demoPolicy()));
    await openPanel(el);
    await fill(root, '#faq-search', 'meterstand');
    await waitFor(() => root.querySelector('[data-faq]'));
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('answer', async () => {
    const { el, root } = await mount(async (el) => (el.policy = await demoPolicy()));
    await openPanel(el);
    await fill(root, '#faq-search', 'meterstand');
    (await waitFor(() => root.querySelector<HTMLElement>('[data-faq]'))).click();
    await waitFor(() => root.querySelector('[part="answer"]'));
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('email form with suggestions', async () => {
    const { el, root } = await mount(async (el) => (el.policy = await demoPolicy()));
    await openEmail(el, 'email');
    await fill(root, '#message', 'Wij verhuizen volgende maand, hoe geef ik mijn nieuwe adres door?');
    await waitFor(() => root.querySelector('[part="suggestion"]'));
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('receipt', async () => {
    const { el, of } = await mount(async (el) => (el.policy = await demoPolicy('ok')));
    const root = await sendEmail(el);
    await waitFor(() => of('kw-email-sent').length);
    await waitFor(() => root.querySelector('[part="receipt"]'));
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('queued message', async () => {
    const { el, of } = await mount(async (el) => (el.policy = await demoPolicy('503-then-ok')));
    const root = await sendEmail(el);
    await waitFor(() => of('kw-email-queued').length);
    await waitFor(() => root.querySelector('[part="receipt"]'));
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('call-back form', async () => {
    const { el, root } = await mount(async (el) => (el.policy = await demoPolicy()));
    await openPanel(el);
    (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="terugbellen"]'))).click();
    await waitFor(() => root.querySelector('[part="callback-form"]'));
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('fatal fallback', async () => {
    const { el, root } = await mount((el) => {
      el.setAttribute('policy', '/test/fixtures/does-not-exist.json');
      el.innerHTML = '<a href="/contact">Neem contact op</a>';
    });
    expect(root.querySelector('[part="fallback"]')?.hasAttribute('hidden')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
