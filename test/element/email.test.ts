import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { designExample } from '../fixtures/policies.js';
import { fill, mount, openEmail, openPanel, readable, unmountAll, waitFor } from './helpers.js';

interface Stored {
  key: string;
  attempt: number;
  body: Record<string, unknown>;
}

const stored = async (): Promise<Stored[]> => (await fetch('/test-api/messages')).json();

function policyWith(mode: string | undefined, to = 'service@example.nl') {
  const policy = designExample() as Record<string, any>;
  policy.channels[3].email = { ...(mode && { endpoint: `/test-api/contact?mode=${mode}` }), to };
  return policy;
}

async function writeAndSend(el: KanaalWijzer, message = 'Mijn meter geeft een vreemde stand aan sinds gisteren.') {
  const root = await openEmail(el, 'email');
  await fill(root, '#email', 'sam@example.nl');
  await fill(root, '#name', 'Sam de Vries');
  await fill(root, '#subject', 'Meterstand');
  await fill(root, '#message', message);
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part="send-button"]')?.click();
  return root;
}

describe('sending an email', () => {
  let consoleWarn: sinon.SinonStub;
  beforeEach(async () => {
    consoleWarn = sinon.stub(console, 'warn');
    await fetch('/test-api/reset');
  });
  afterEach(async () => {
    consoleWarn.restore();
    unmountAll();
    await executeServerCommand('set-offline', { offline: false });
  });

  it('checks the reply address and the message before sending, and focuses the first problem', async () => {
    const { el } = await mount((el) => (el.policy = policyWith('ok')));
    const root = await openEmail(el, 'email');
    root.querySelector<HTMLButtonElement>('[part="send-button"]')?.click();
    await el.updateComplete;
    const email = root.querySelector('#email') as HTMLInputElement;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(readable(root.querySelector('#email-error') as Element)).to.match(/e-mailadres/);
    expect(readable(root.querySelector('#message-error') as Element)).to.match(/Schrijf hier/);
    expect(root.activeElement).to.equal(email);
    expect(await stored()).to.deep.equal([]);
  });

  it('shows a receipt with the server\'s reference and fires kw-email-sent', async () => {
    const { el, of } = await mount((el) => (el.policy = policyWith('ok')));
    const root = await writeAndSend(el);
    await waitFor(() => of('kw-email-sent').length);
    await el.updateComplete;
    expect(of('kw-email-sent')[0]?.detail).to.deep.equal({ topic: 'factuur', reference: 'SRV-2026-0042', kind: 'email' });
    const receipt = readable(root.querySelector('[part="receipt"]') as Element);
    expect(receipt).to.match(/Je bericht is verstuurd/).and.match(/SRV-2026-0042/).and.match(/antwoord binnen 24 uur/).and.match(/Verstuurd om \d\d:\d\d/);
    const [message] = await stored();
    expect(message?.body).to.deep.include({
      email: 'sam@example.nl',
      name: 'Sam de Vries',
      subject: 'Meterstand',
      message: 'Mijn meter geeft een vreemde stand aan sinds gisteren.',
      topic: 'factuur',
      locale: 'nl',
      channel: 'email',
      pageUrl: `${location.origin}${location.pathname}`,
    });
    expect(message?.body['reference']).to.match(/^KW-[2-9A-Z]{6}$/);
    expect(message?.body['faqShown']).to.be.an('array');
    expect(message?.key).to.match(/^[0-9a-f-]{36}$/);
  });

  it('a send that finishes after the visitor went back does not pull them to the receipt; the form shows it on their return', async () => {
    const { el, of } = await mount((el) => (el.policy = policyWith('ok-slowly')));
    const root = await writeAndSend(el);
    (await waitFor(() => root.querySelector<HTMLElement>('button.back'))).click();
    const search = await waitFor(() => root.querySelector<HTMLInputElement>('#faq-search'));
    search.focus();
    await waitFor(() => of('kw-email-sent').length, 5000);
    await el.updateComplete;
    expect(root.querySelector('#receipt-title'), 'the home view stays').to.equal(null);
    expect(root.activeElement, 'focus stays where the visitor put it').to.equal(search);
    (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="email"]'))).click();
    const title = await waitFor(() => root.querySelector('#receipt-title'));
    expect(readable(title)).to.match(/verstuurd|ontvangen/i);
  });

  it('ready resolves once the policy is loaded and checked, with kw-ready', async () => {
    const { el, of } = await mount((el) => (el.policy = policyWith('ok')));
    await el.ready;
    expect(of('kw-ready'), 'kw-ready has fired').to.have.length(1);
  });

  it('uses its own reference when the server gives none', async () => {
    const { el, of } = await mount((el) => (el.policy = policyWith('ok-no-reference')));
    await writeAndSend(el);
    await waitFor(() => of('kw-email-sent').length);
    expect(of('kw-email-sent')[0]?.detail.reference).to.match(/^KW-[2-9A-Z]{6}$/);
  });

  it('queues on 503 with Retry-After, says so (never "sent"), then delivers it', async () => {
    const { el, of } = await mount((el) => (el.policy = policyWith('503-then-ok')));
    const root = await writeAndSend(el);
    await waitFor(() => of('kw-email-queued').length);
    await el.updateComplete;
    const queued = of('kw-email-queued')[0]?.detail;
    expect(queued).to.deep.include({ topic: 'factuur', reason: 'HTTP 503' });
    const receipt = root.querySelector('[part="receipt"]') as HTMLElement;
    expect(readable(receipt)).to.match(/We versturen je bericht zodra het kan/).and.not.match(/is verstuurd/);
    expect(readable(receipt)).to.contain(queued.reference);
    await waitFor(() => of('kw-email-sent').length, 15_000);
    expect(of('kw-email-sent')[0]?.detail.reference).to.equal(queued.reference);
    await el.updateComplete;
    expect(readable(root.querySelector('[part="receipt"]') as Element)).to.match(/Je bericht is verstuurd/);
    expect((await stored()).length).to.equal(1);
  });

  it('queues on 429 and retries after the time the server asked', async () => {
    const { el, of } = await mount((el) => (el.policy = policyWith('429-then-ok')));
    await writeAndSend(el);
    await waitFor(() => of('kw-email-queued').length);
    const queuedAt = Date.now();
    await waitFor(() => of('kw-email-sent').length, 15_000);
    expect(Date.now() - queuedAt).to.be.at.least(900);
  });

  it('queues while the connection is down and sends when the browser is back online', async () => {
    const { el, of } = await mount((el) => (el.policy = policyWith('ok')));
    await executeServerCommand('set-offline', { offline: true });
    await writeAndSend(el);
    await waitFor(() => of('kw-email-queued').length);
    expect(of('kw-email-queued')[0]?.detail.reason).to.match(/^network error/);
    expect(await stored()).to.deep.equal([]);
    await executeServerCommand('set-offline', { offline: false });
    // What the browser fires when the connection returns.
    window.dispatchEvent(new Event('online'));
    await waitFor(() => of('kw-email-sent').length, 5_000);
    expect((await stored()).length).to.equal(1);
  });

  it('stores exactly one message when the connection drops after the server stored it', async () => {
    const { el, of } = await mount((el) => (el.policy = policyWith('drop-for-a-second')));
    await writeAndSend(el);
    await waitFor(() => of('kw-email-queued').length);
    expect(of('kw-email-queued')[0]?.detail.reason).to.match(/^network error/);
    await waitFor(() => of('kw-email-sent').length, 15_000);
    const messages = await stored();
    // Several deliveries of the same message reached the server; one message was stored.
    expect(messages.length).to.equal(1);
    expect(messages[0]?.attempt).to.be.at.least(2);
  });

  it('keeps the text and offers mailto when the server refuses (400)', async () => {
    const { el, of } = await mount((el) => (el.policy = policyWith('400')));
    const root = await writeAndSend(el, 'Regel 1 van mijn verhaal\nRegel 2 & meer?');
    await waitFor(() => root.querySelector('[role="alert"]'));
    expect(readable(root.querySelector('[role="alert"]') as Element)).to.match(/Dit e-mailadres accepteren we niet/).and.match(/niets verloren/);
    expect(root.querySelector<HTMLTextAreaElement>('#message')?.value).to.equal('Regel 1 van mijn verhaal\nRegel 2 & meer?');
    const mailto = root.querySelector<HTMLAnchorElement>('.mailto a')?.getAttribute('href') ?? '';
    expect(mailto).to.match(/^mailto:service@example\.nl\?subject=Meterstand&body=/);
    expect(decodeURIComponent(mailto.split('body=')[1] ?? '')).to.contain('Regel 1 van mijn verhaal\r\nRegel 2 & meer?');
    expect(of('kw-email-sent')).to.deep.equal([]);
  });

  it('offers mailto when the policy has an address and no endpoint; the draft stays until confirmed', async () => {
    const { el } = await mount((el) => (el.policy = policyWith(undefined)));
    const root = await writeAndSend(el);
    await waitFor(() => root.querySelector('.mailto a'));
    expect(root.querySelector<HTMLTextAreaElement>('#message')?.value).to.match(/vreemde stand/);
    [...root.querySelectorAll('.mailto button')].find((b) => /concept wissen/.test(readable(b)))?.dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    expect(root.querySelector<HTMLTextAreaElement>('#message')?.value).to.equal('');
  });

  it('keeps the draft across a reload', async () => {
    const first = await mount((el) => (el.policy = policyWith('ok')));
    const root = await openEmail(first.el, 'email');
    await fill(root, '#email', 'sam@example.nl');
    await fill(root, '#message', 'Een lang verhaal dat ik niet kwijt wil.');
    // Saved as they type, in this tab's sessionStorage (test/element/drafts.test.ts reloads a real tab).
    await waitFor(() => Object.values(sessionStorage).some((value) => value.includes('kwijt wil.')));
    unmountAll();
    const second = await mount((el) => (el.policy = policyWith('ok')));
    const reopened = await openEmail(second.el, 'email');
    await waitFor(() => reopened.querySelector<HTMLTextAreaElement>('#message')?.value);
    expect(reopened.querySelector<HTMLTextAreaElement>('#message')?.value).to.equal('Een lang verhaal dat ik niet kwijt wil.');
    expect(reopened.querySelector<HTMLInputElement>('#email')?.value).to.equal('sam@example.nl');
    expect(readable(reopened.querySelector('.draft-note') as Element)).to.match(/bewaard in dit tabblad/);
    [...reopened.querySelectorAll('.draft-note button')][0]?.dispatchEvent(new MouseEvent('click'));
    await second.el.updateComplete;
    expect(reopened.querySelector<HTMLTextAreaElement>('#message')?.value).to.equal('');
  });
});

describe('a call-back request', () => {
  beforeEach(async () => {
    await fetch('/test-api/reset');
  });
  afterEach(() => unmountAll());

  function withCallback(mode: string) {
    const policy = designExample() as Record<string, any>;
    policy.channels.push({
      id: 'terugbellen',
      type: 'callback',
      label: { nl: 'Bel mij terug', en: 'Call me back' },
      hours: '24/7',
      callback: { endpoint: `/test-api/contact?mode=${mode}`, slotMinutes: 30 },
    });
    policy.topics[0].channels.push('terugbellen');
    return policy;
  }

  it('offers moments within the channel\'s hours, checks the number, and is queued then sent', async () => {
    const { el, of, root } = await mount((el) => (el.policy = withCallback('503-then-ok')));
    await openPanel(el);
    (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="terugbellen"]'))).click();
    const form = await waitFor(() => root.querySelector('[part="callback-form"]'));
    const options = [...form.querySelectorAll('option')];
    expect(options.length).to.be.greaterThan(3);
    expect(new Date(options[0]!.value).getTime()).to.be.greaterThan(Date.now());
    await fill(root, '#phone', 'bel me');
    (form.querySelector('[part="send-button"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(readable(root.querySelector('#phone-error') as Element)).to.match(/telefoonnummer/);

    await fill(root, '#phone', '06 1234 5678');
    (form.querySelector('[part="send-button"]') as HTMLButtonElement).click();
    await waitFor(() => of('kw-email-queued').length);
    await el.updateComplete;
    expect(readable(root.querySelector('[part="receipt"]') as Element)).to.match(/terugbelverzoek zodra het kan/).and.match(/Gepland: /);
    expect(of('kw-email-queued')[0]?.detail.kind).to.equal('callback');
    await waitFor(() => of('kw-email-sent').length, 15_000);
    expect(of('kw-email-sent')[0]?.detail.kind).to.equal('callback');
    const [message] = await stored();
    expect(message?.body).to.deep.include({ kind: 'callback', channel: 'terugbellen', phone: '06 1234 5678', slot: options[0]!.value, topic: 'factuur' });
  });
});
