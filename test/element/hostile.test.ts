// Pages the widget does not control: their CSS, their keyboard shortcuts, their fetch wrappers.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { designExample } from '../fixtures/policies.js';
import { mount, openEmail, openPanel, unmountAll, waitFor } from './helpers.js';

describe('on a hostile host page', () => {
  let consoleError: sinon.SinonStub;
  beforeEach(() => (consoleError = sinon.stub(console, 'error')));
  afterEach(() => {
    consoleError.restore();
    unmountAll();
  });

  it('keeps the customer\'s typing away from the host\'s keyboard shortcuts', async () => {
    const seen: string[] = [];
    const shortcut = (event: KeyboardEvent) => seen.push(event.key);
    document.addEventListener('keydown', shortcut);
    try {
      const { el } = await mount((el) => (el.policy = designExample()));
      const root = await openEmail(el, 'email');
      root.querySelector<HTMLTextAreaElement>('#message')?.focus();
      await sendKeys({ type: '/e?' });
      expect(root.querySelector<HTMLTextAreaElement>('#message')?.value).to.equal('/e?');
      expect(seen).to.deep.equal([]);
    } finally {
      document.removeEventListener('keydown', shortcut);
    }
  });

  it('still closes with Escape, and lets Escape outside its fields reach the page', async () => {
    const { el, root } = await mount((el) => (el.policy = designExample()));
    await openPanel(el);
    const closed = new Promise((resolve) => el.addEventListener('kw-close', resolve, { once: true }));
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(root.querySelector('[part="panel"]')?.matches(':popover-open')).to.equal(false);
  });

  it('looks the same under the host\'s typography and button rules', async () => {
    const style = document.createElement('style');
    style.textContent = `html { font-size: 62.5%; } body { text-transform: uppercase; letter-spacing: 3px; line-height: 4; font-family: serif; }
      button { display: none !important; }`;
    document.head.append(style);
    try {
      const { el, root } = await mount((el) => (el.policy = designExample()));
      const launcher = root.querySelector('[part="launcher"]') as HTMLElement;
      const computed = getComputedStyle(launcher);
      expect(computed.display).to.not.equal('none');
      expect(computed.textTransform).to.equal('none');
      expect(computed.letterSpacing).to.equal('normal');
      expect(getComputedStyle(el).fontSize).to.equal('16px');
      expect(launcher.getBoundingClientRect().height).to.be.at.least(44);
    } finally {
      style.remove();
    }
  });

  it('treats a badly wrapped fetch as a network failure: fatal event, fallback, nothing thrown', async () => {
    const original = window.fetch;
    window.fetch = (() => Promise.resolve({ ok: true, text: () => 'not a response' })) as unknown as typeof fetch;
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => thrown.push(event.error);
    const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const { of } = await mount((el) => {
        el.setAttribute('policy', '/demo/contact-policy.json');
        el.innerHTML = '<a href="/contact">Contact</a>';
      });
      expect(of('kw-policy-error')[0]?.detail.fatal).to.equal(true);
      expect(of('kw-policy-error')[0]?.detail.errors[0].message).to.match(/no response/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(thrown).to.deep.equal([]);
    } finally {
      window.fetch = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('shows the open panel on top of and outside a transformed, overflow-hidden ancestor and a max z-index banner', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.cssText = 'transform: translateX(0); overflow: hidden; width: 50px; height: 50px; position: relative;';
    const banner = document.createElement('div');
    banner.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; background: rgb(0 0 0 / 1%);';
    document.body.append(wrapper, banner);
    try {
      const { el, root } = await mount((el) => (el.policy = designExample()), wrapper);
      const panel = await openPanel(el);
      const rect = panel.getBoundingClientRect();
      expect(rect.width).to.be.greaterThan(300);
      const heading = root.querySelector('#title') as HTMLElement;
      const point = heading.getBoundingClientRect();
      // What a click at the panel's title would hit: the panel, not the banner above "everything".
      const hit = root.elementFromPoint(point.left + 5, point.top + 5);
      expect(panel.contains(hit)).to.equal(true);
      await waitFor(() => panel.matches(':popover-open'));
    } finally {
      banner.remove();
      wrapper.remove();
    }
  });
});
