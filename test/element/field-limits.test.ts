// Every field of the email and call-back forms has a limit, so a pasted book never reaches the
// FAQ search or the draft store; near the message's limit a counter says how much is used.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { designExample } from '../fixtures/policies.js';
import { fill, mount, openEmail, openPanel, readable, unmountAll, waitFor } from './helpers.js';

function policy(email: Record<string, unknown> = {}) {
  const policy = designExample() as Record<string, any>;
  policy.channels[3].email = { to: 'service@example.nl', ...email };
  return policy;
}

describe('field limits', () => {
  let consoleWarn: sinon.SinonStub;
  beforeEach(() => (consoleWarn = sinon.stub(console, 'warn')));
  afterEach(() => {
    consoleWarn.restore();
    unmountAll();
  });

  it('takes at most 10,000 characters of message, with a polite counter from 8,000 on', async () => {
    const { el } = await mount((el) => (el.policy = policy()));
    const root = await openEmail(el, 'email');
    const message = root.querySelector('#message') as HTMLTextAreaElement;
    const counter = root.querySelector('#message-counter') as HTMLElement;
    expect(message.maxLength).to.equal(10_000);
    expect(counter.getAttribute('aria-live')).to.equal('polite');
    expect(counter.textContent?.trim()).to.equal('');

    await fill(root, '#message', 'x'.repeat(9_998));
    await el.updateComplete;
    expect(readable(counter)).to.equal('9.998 van 10.000 tekens');
    expect(message.getAttribute('aria-describedby')).to.equal('message-counter');
    message.focus();
    message.setSelectionRange(message.value.length, message.value.length);
    await sendKeys({ type: 'abcd' });
    await waitFor(() => message.value.length === 10_000);
    await el.updateComplete;
    expect(message.value.endsWith('xab')).to.equal(true);
    expect(readable(counter)).to.equal('10.000 van 10.000 tekens');
  });

  it('takes the endpoint\'s lower limit, and counts in English too', async () => {
    const { el } = await mount((el) => {
      el.lang = 'en';
      el.policy = policy({ maxChars: 2_000 });
    });
    const root = await openEmail(el, 'email');
    expect((root.querySelector('#message') as HTMLTextAreaElement).maxLength).to.equal(2_000);
    await fill(root, '#message', 'y'.repeat(1_600));
    await el.updateComplete;
    expect(readable(root.querySelector('#message-counter') as HTMLElement)).to.equal('1,600 of 2,000 characters');
  });

  it('limits the other fields as the endpoint does: email 254, name and subject 200', async () => {
    const { el } = await mount((el) => (el.policy = policy()));
    const root = await openEmail(el, 'email');
    const limits = ['email', 'name', 'subject'].map((id) => (root.querySelector(`#${id}`) as HTMLInputElement).maxLength);
    expect(limits).to.deep.equal([254, 200, 200]);
  });

  it('limits the call-back fields: phone 40, name 200, note 2,000', async () => {
    const withCallback = designExample() as Record<string, any>;
    withCallback.channels.push({ id: 'terugbellen', type: 'callback', label: 'Bel mij terug', hours: '24/7', callback: { endpoint: '/test-api/contact', slotMinutes: 30 } });
    withCallback.topics[0].channels.push('terugbellen');
    const { el, root } = await mount((el) => (el.policy = withCallback));
    await openPanel(el);
    (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="terugbellen"]'))).click();
    const form = await waitFor(() => root.querySelector('[part="callback-form"]'));
    const limits = ['#phone', '#callback-name', '#note'].map((selector) => (form.querySelector(selector) as HTMLInputElement).maxLength);
    expect(limits).to.deep.equal([40, 200, 2_000]);
  });
});
