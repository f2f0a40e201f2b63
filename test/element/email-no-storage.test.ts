// A browser without IndexedDB (some private modes, locked-down webviews): the widget must still
// work. A draft the site asked to keep on the device is kept in memory, and the visitor is told
// it will not survive a reload; a draft kept in the tab needs no IndexedDB.
import { expect } from '@open-wc/testing';
import { designExample } from '../fixtures/policies.js';

Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
const { fill, mount, openEmail, readable, waitFor, withWidgets } = await import('./helpers.js');

describe('without IndexedDB', () => {
  withWidgets();

  it('with drafts="device", says the draft is kept only while the page is open, and still sends', async () => {
    const policy = designExample() as Record<string, any>;
    policy.channels[3].email = { endpoint: '/test-api/contact?mode=ok' };
    const { el, of } = await mount((el) => {
      el.setAttribute('drafts', 'device');
      el.policy = policy;
    });
    const root = await openEmail(el, 'email');
    await fill(root, '#email', 'sam@example.nl');
    await fill(root, '#message', 'Het werkt ook zonder opslag.');
    await waitFor(() => /zolang deze pagina open is/.test(readable(root.querySelector('.draft-note') as Element)));
    root.querySelector<HTMLButtonElement>('[part="send-button"]')?.click();
    await waitFor(() => of('kw-email-sent').length);
    expect((await (await fetch('/test-api/messages')).json()).length).to.equal(1);
  });

  it('keeps a draft in the tab as usual', async () => {
    const policy = designExample() as Record<string, any>;
    policy.channels[3].email = { endpoint: '/test-api/contact?mode=ok' };
    const { el } = await mount((el) => (el.policy = policy));
    const root = await openEmail(el, 'email');
    await fill(root, '#message', 'Ook zonder IndexedDB bewaard.');
    await waitFor(() => /bewaard in dit tabblad/.test(readable(root.querySelector('.draft-note') as Element)));
    await waitFor(() => Object.values(sessionStorage).some((value) => value.includes('zonder IndexedDB bewaard')));
  });
});
