// Issue 23, items 2 and 9 on one page: a queued message has a limited number of attempts, and goes
// only where the site's `endpoints` allow, checked before the first attempt and before every retry.
// What is given up is shown to the visitor as not sent, with the mailto: way, never dropped in silence.
import { expect } from '@open-wc/testing';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { hasPendingMessages, markPending } from '../../src/outbox/pending.js';
import { designExample } from '../fixtures/policies.js';
import { fill, mount, openEmail, readable, waitFor, withWidgets } from './helpers.js';

interface Seen {
  key: string;
  cookie: string | null;
}
const seen = async (): Promise<Seen[]> => (await fetch('/test-api/seen')).json();

function policyWith(mode: string, outbox?: Record<string, number>) {
  const policy = designExample() as Record<string, any>;
  policy.channels[3].email = { endpoint: `/test-api/contact?mode=${mode}`, to: 'service@example.nl' };
  return outbox ? { ...policy, outbox } : policy;
}

async function writeAndSend(el: KanaalWijzer): Promise<ShadowRoot> {
  const root = await openEmail(el, 'email');
  await fill(root, '#email', 'sam@example.nl');
  await fill(root, '#subject', 'Meterstand');
  await fill(root, '#message', 'Mijn meter geeft een vreemde stand aan.');
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part="send-button"]')?.click();
  return root;
}

/** The visitor goes back to the channels, where messages that were given up are shown. */
async function home(el: KanaalWijzer, root: ShadowRoot): Promise<HTMLElement> {
  const back = () => [...root.querySelectorAll<HTMLElement>('[part="receipt"] button, button.back')].find((button) => /Terug/.test(readable(button)));
  (await waitFor(back)).click();
  await el.updateComplete;
  return waitFor(() => root.querySelector<HTMLElement>('[part="not-sent"]'));
}

describe('a queued message: attempts and the allow-list', () => {
  withWidgets();

  it('is given up after the policy\'s number of attempts, fires kw-email-expired, and is shown as not sent with mailto', async () => {
    const { el, of } = await mount((el) => (el.policy = policyWith('503', { maxAttempts: 2 })));
    const root = await writeAndSend(el);
    const queued = (await waitFor(() => of('kw-email-queued')[0])).detail;
    const expired = (await waitFor(() => of('kw-email-expired')[0], 10_000)).detail;
    expect(expired).to.deep.include({ reference: queued.reference, reason: 'attempts', kind: 'email' });
    expect(await seen(), 'two attempts, no third').to.have.length(2);
    const notSent = await home(el, root);
    expect(readable(notSent)).to.match(/Niet verstuurd/).and.contain(queued.reference);
    const mailto = notSent.querySelector('a')?.getAttribute('href') ?? '';
    expect(mailto).to.match(/^mailto:service@example\.nl\?subject=Meterstand&body=/);
    expect(decodeURIComponent(mailto)).to.contain('Mijn meter geeft een vreemde stand aan.');
    expect(of('kw-email-sent')).to.deep.equal([]);
  });

  it('is known to the next page load from the moment it is reported queued: the visitor may leave at once', async () => {
    markPending(false);
    const { el } = await mount((el) => (el.policy = policyWith('503')));
    const markedWhenQueued = new Promise<boolean>((resolve) => el.addEventListener('kw-email-queued', () => resolve(hasPendingMessages()), { once: true }));
    await writeAndSend(el);
    expect(await markedWhenQueued).to.equal(true);
  });

  it('goes nowhere the site\'s endpoints do not allow: nothing is sent, and the form keeps the text with mailto', async () => {
    const { el, of } = await mount((el) => {
      el.policy = policyWith('ok');
      el.endpoints = 'https://api.example.nl';
    });
    const root = await writeAndSend(el);
    const alert = await waitFor(() => root.querySelector('[role="alert"]'));
    expect(readable(alert)).to.match(/Niet verstuurd/);
    expect(root.querySelector<HTMLTextAreaElement>('#message')?.value).to.equal('Mijn meter geeft een vreemde stand aan.');
    expect(root.querySelector('.mailto a')?.getAttribute('href')).to.match(/^mailto:service@example\.nl/);
    expect(await seen()).to.deep.equal([]);
    expect(of('kw-email-queued')).to.deep.equal([]);
  });

  it('allows an address under a listed path, written relative to the page', async () => {
    const { el, of } = await mount((el) => {
      el.policy = policyWith('ok');
      el.endpoints = 'https://api.example.nl /test-api/';
    });
    await writeAndSend(el);
    await waitFor(() => of('kw-email-sent').length);
    expect(await seen()).to.have.length(1);
  });

  it('checks again before a retry: an address taken off the list gets no retry, and the visitor is shown the message', async () => {
    const { el, of } = await mount((el) => {
      el.policy = policyWith('503-then-ok');
      el.endpoints = '/test-api/';
    });
    const root = await writeAndSend(el);
    const queued = (await waitFor(() => of('kw-email-queued')[0])).detail;
    el.endpoints = 'https://api.example.nl';
    const expired = (await waitFor(() => of('kw-email-expired')[0], 10_000)).detail;
    expect(expired).to.deep.include({ reference: queued.reference, reason: 'endpoint' });
    expect(await seen(), 'only the first attempt').to.have.length(1);
    expect(readable(await home(el, root))).to.contain(queued.reference);
    expect(of('kw-email-sent')).to.deep.equal([]);
  });
});
