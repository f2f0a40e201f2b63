// The page address that goes with a message: origin and path, and only the query parameters the
// policy names. The proof in issue 23 was a reset token in the query string of a queued email.
import { expect } from '@open-wc/testing';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { pageUrl } from '../../src/internal/page-url.js';
import { designExample } from '../fixtures/policies.js';
import { channelCard, fill, mount, openEmail, openPanel, unmountAll, waitFor, withPath, withWidgets } from './helpers.js';

interface Stored {
  body: Record<string, unknown>;
}
const stored = async (): Promise<Stored[]> => (await fetch('/test-api/messages')).json();

const SECRET_PAGE = '/mijn/wachtwoord?resetToken=SECRET123&utm_source=nieuwsbrief&utm_medium=mail&order=42&email=sam%40example.nl#reset=SECRET456';

function policy(keepQuery?: string[]) {
  const policy = designExample() as Record<string, any>;
  policy.channels[3].email = { endpoint: '/test-api/contact?mode=ok', to: 'service@example.nl' };
  policy.channels[0].start = 'event';
  delete policy.channels[0].href;
  policy.channels.push({
    id: 'terugbellen',
    type: 'callback',
    label: { nl: 'Bel mij terug' },
    hours: '24/7',
    callback: { endpoint: '/test-api/contact?mode=ok', slotMinutes: 30 },
  });
  policy.topics[0].channels.push('terugbellen');
  if (keepQuery) policy.pageUrl = { keepQuery };
  return policy;
}

async function sendEmail(el: KanaalWijzer) {
  const root = await openEmail(el, 'email');
  await fill(root, '#email', 'sam@example.nl');
  await fill(root, '#name', 'Sam de Vries');
  await fill(root, '#message', 'Ik kan mijn wachtwoord niet herstellen.');
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part="send-button"]')?.click();
}

async function requestCallback(el: KanaalWijzer, root: ShadowRoot) {
  await openPanel(el);
  (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="terugbellen"]'))).click();
  const form = await waitFor(() => root.querySelector('[part="callback-form"]'));
  await fill(root, '#phone', '06 1234 5678');
  await fill(root, '#callback-name', 'Sam de Vries');
  (form.querySelector('[part="send-button"]') as HTMLButtonElement).click();
}

/** What each kind of message carried as its page address, sent from SECRET_PAGE. */
async function sentPageUrls(keepQuery?: string[]): Promise<{ email: unknown; callback: unknown; chat: unknown }> {
  return withPath(SECRET_PAGE, async () => {
    const email = await mount((el) => (el.policy = policy(keepQuery)));
    await sendEmail(email.el);
    await waitFor(() => email.of('kw-email-sent').length);
    unmountAll();
    const callback = await mount((el) => (el.policy = policy(keepQuery)));
    await requestCallback(callback.el, callback.root);
    await waitFor(() => callback.of('kw-email-sent').length);
    unmountAll();
    const chat = await mount((el) => (el.policy = policy(keepQuery)));
    await openPanel(chat.el);
    channelCard(chat.root, 'chat').click();
    const [start] = chat.of('kw-chat-start');
    const [sentEmail, sentCallback] = await stored();
    return { email: sentEmail?.body['pageUrl'], callback: sentCallback?.body['pageUrl'], chat: start?.detail.context.pageUrl };
  });
}

describe('the page address in a message', () => {
  withWidgets();

  it('is origin and path only: no query string, no fragment, in an email, a call-back request and a chat hand-over', async () => {
    const page = `${location.origin}/mijn/wachtwoord`;
    expect(await sentPageUrls()).to.deep.equal({ email: page, callback: page, chat: page });
  });

  it('keeps the query parameters the policy names, and only those', async () => {
    const page = `${location.origin}/mijn/wachtwoord?utm_source=nieuwsbrief&utm_medium=mail&order=42`;
    expect(await sentPageUrls(['utm_*', 'order'])).to.deep.equal({ email: page, callback: page, chat: page });
  });
});

describe('pageUrl()', () => {
  const href = 'https://www.example.nl/factuur/2026?token=geheim&utm_campaign=winter&orderby=date&order=7&order=8#top';

  it('leaves out the query string and the fragment', () => {
    expect(pageUrl(href)).to.equal('https://www.example.nl/factuur/2026');
  });

  it('keeps parameters named exactly, or by a prefix ending in *', () => {
    expect(pageUrl(href, ['order'])).to.equal('https://www.example.nl/factuur/2026?order=7&order=8');
    expect(pageUrl(href, ['utm_*'])).to.equal('https://www.example.nl/factuur/2026?utm_campaign=winter');
    expect(pageUrl(href, ['*'])).to.equal('https://www.example.nl/factuur/2026?token=geheim&utm_campaign=winter&orderby=date&order=7&order=8');
  });
});
