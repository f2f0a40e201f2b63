// A browser without IndexedDB (some private modes, locked-down webviews): the widget must still
// work, keep the draft in memory and say that it will not survive a reload.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { designExample } from '../fixtures/policies.js';

Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
const { fill, mount, openEmail, readable, unmountAll, waitFor } = await import('./helpers.js');

describe('without IndexedDB', () => {
  let consoleWarn: sinon.SinonStub;
  beforeEach(async () => {
    consoleWarn = sinon.stub(console, 'warn');
    await fetch('/test-api/reset');
  });
  afterEach(() => {
    consoleWarn.restore();
    unmountAll();
  });

  it('says the draft is kept only while the page is open, and still sends', async () => {
    const policy = designExample() as Record<string, any>;
    policy.channels[3].email = { endpoint: '/test-api/contact?mode=ok' };
    const { el, of } = await mount((el) => (el.policy = policy));
    const root = await openEmail(el, 'email');
    await fill(root, '#email', 'sam@example.nl');
    await fill(root, '#message', 'Het werkt ook zonder opslag.');
    await waitFor(() => /zolang deze pagina open is/.test(readable(root.querySelector('.draft-note') as Element)));
    root.querySelector<HTMLButtonElement>('[part="send-button"]')?.click();
    await waitFor(() => of('kw-email-sent').length);
    expect((await (await fetch('/test-api/messages')).json()).length).to.equal(1);
  });
});
