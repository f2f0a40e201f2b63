// Issue 21, one test per row: the built widget on a site while one of its late parts fails the
// way a redeploy (404), a CDN or single-page host (200 with HTML) or a lost connection does. In
// every row the visitor gets a way forward, nothing typed is lost or sent twice, and nothing
// reaches the host page's error or unhandledrejection listeners (checked by useFaultHosts).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { waitFor } from '../wait.js';
import { openFaultHost, useFaultHosts, type FaultHost, type KwRecord } from './fault-harness.js';

/** The contract's bound for a way forward after the visitor's click. */
const WAY_FORWARD_MS = 3000;
/** Loading the built widget and its policy in a frame, on a machine shared with other runs. */
const LOAD_MS = 8000;
const RETRY = 'Probeer opnieuw';
const UNAVAILABLE_FAQ = 'Suggesties uit de veelgestelde vragen zijn nu niet beschikbaar.';
const MESSAGE = 'Wij verhuizen volgende maand, hoe geef ik mijn nieuwe adres door?';
/** The fixture policy's own ways to reach a person (test/fixtures/fault-policy.json). */
const POLICY_LINKS = ['tel:+31881234567', 'tel:+318000223344', 'mailto:klantenservice@helder-energie.example', 'https://wa.me/31612345678'];

interface Stored {
  key: string;
  body: Record<string, unknown>;
}
const stored = async (): Promise<Stored[]> => (await fetch('/test-api/messages')).json();

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const visible = (element: Element): boolean => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';

function retryButton(scope: ParentNode): HTMLButtonElement | undefined {
  return [...scope.querySelectorAll('button')].find((button) => text(button) === RETRY || button.getAttribute('aria-label') === RETRY);
}

function detail(record: KwRecord | undefined): Record<string, unknown> {
  if (!record) throw new Error('no such event');
  return record.detail;
}

async function launcher(host: FaultHost): Promise<HTMLElement> {
  const root = await host.root();
  return waitFor(() => root.querySelector<HTMLElement>('[part="launcher"]'), LOAD_MS);
}

/** Clicks the launcher, as a visitor does; answers the shadow root. */
async function clickLauncher(host: FaultHost): Promise<ShadowRoot> {
  const root = await host.root();
  (await launcher(host)).click();
  await waitFor(() => root.querySelector('[part="panel"]:popover-open'));
  return root;
}

async function openEmailForm(host: FaultHost): Promise<ShadowRoot> {
  const root = await clickLauncher(host);
  (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="email"]'), LOAD_MS)).click();
  await waitFor(() => root.querySelector('#message'), LOAD_MS);
  return root;
}

async function writeMessage(host: FaultHost, root: ShadowRoot): Promise<void> {
  for (const [selector, value] of [
    ['#email', 'sam@example.nl'],
    ['#name', 'Sam de Vries'],
    ['#subject', 'Verhuizing'],
    ['#message', MESSAGE],
  ]) {
    host.type(await waitFor(() => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector ?? '')), value ?? '');
  }
}

const send = (root: ShadowRoot): void => root.querySelector<HTMLButtonElement>('[part="send-button"]')?.click();

/** The panel's way forward when a part is missing, within the contract's bound. */
const unavailable = (root: ShadowRoot): Promise<HTMLElement> =>
  waitFor(() => root.querySelector<HTMLElement>('[part="panel"]:popover-open [part~="unavailable"]'), WAY_FORWARD_MS);

const hrefs = (scope: ParentNode): string[] => [...scope.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? '');

/** After "not sent yet": once the code is back, the message arrives once, under its first reference. */
async function deliveredOnce(host: FaultHost): Promise<void> {
  const queued = detail(host.events('kw-email-queued')[0]);
  await waitFor(() => host.events('kw-email-sent').length, LOAD_MS);
  expect(detail(host.events('kw-email-sent')[0])['reference']).to.equal(queued['reference']);
  const messages = await stored();
  expect(messages, 'one stored record, one Idempotency-Key').to.have.length(1);
  expect(messages[0]?.body).to.deep.include({ message: MESSAGE, email: 'sam@example.nl', reference: queued['reference'] });
  expect(host.events('kw-email-sent'), 'sent once').to.have.length(1);
}

/** Send never sticks: the visitor reads that it is not sent yet and has a mailto: link. */
async function notSentYet(root: ShadowRoot): Promise<void> {
  await waitFor(() => text(root).includes('nog niet verstuurd'), WAY_FORWARD_MS);
  expect(text(root)).not.to.include('Versturen…');
  expect(hrefs(root).some((href) => href.startsWith('mailto:klantenservice@helder-energie.example')), 'a mailto: link').to.equal(true);
}

describe('a late part that fails: the visitor still reaches a person', () => {
  useFaultHosts();

  describe('panel chunk missing', () => {
    for (const kind of ['404', 'html', 'offline'] as const) {
      it(`${kind}, with the site's fallback: shows it in the open panel; "${RETRY}" fills the panel once the chunk is back`, async () => {
        const host = await openFaultHost({ faults: { panel: kind }, fallback: 'contact' });
        const root = await clickLauncher(host);
        const way = await unavailable(root);
        const link = host.el.querySelector('a[href="/contact"]') as HTMLAnchorElement;
        expect(link.assignedSlot, 'the site’s link is slotted').to.not.equal(null);
        expect(way.contains(link.assignedSlot), 'into the unavailable part of the open panel').to.equal(true);
        expect(visible(link), 'the site’s link is visible').to.equal(true);
        const retry = retryButton(way);
        expect(retry, `a "${RETRY}" button`).to.not.equal(undefined);

        await host.fault('panel', null);
        retry?.click();
        await waitFor(() => root.querySelector('[part="panel"]:popover-open [data-channel]'), LOAD_MS);
        await waitFor(() => host.events('kw-ready').length, LOAD_MS);
      });

      it(`${kind}, without a fallback: shows the policy's phone, email and link channels as plain links; going online fills the panel`, async () => {
        const host = await openFaultHost({ faults: { panel: kind } });
        const root = await clickLauncher(host);
        const way = await unavailable(root);
        const links = hrefs(way);
        for (const href of POLICY_LINKS) expect(links.some((link) => link === href || link.startsWith(`${href}?`)), `a link to ${href}`).to.equal(true);
        expect(retryButton(way), `a "${RETRY}" button`).to.not.equal(undefined);

        await host.fault('panel', null);
        host.online();
        await waitFor(() => root.querySelector('[part="panel"]:popover-open [data-channel]'), LOAD_MS);
        await waitFor(() => host.events('kw-ready').length, LOAD_MS);
      });
    }
  });

  it('self-service chunk missing: email leads to a mailto: link and "Probeer opnieuw", and there is no dead search box', async () => {
    const host = await openFaultHost({ faults: { 'self-service': '404' } });
    const root = await clickLauncher(host);
    const email = await waitFor(() => root.querySelector<HTMLElement>('[data-channel="email"]'), LOAD_MS);
    expect(root.querySelector('#faq-search'), 'no search box').to.equal(null);
    email.click();
    const way = await unavailable(root);
    expect(hrefs(way).some((href) => href.startsWith('mailto:klantenservice@helder-energie.example'))).to.equal(true);
    expect(retryButton(way), `a "${RETRY}" button`).to.not.equal(undefined);
  });

  it('faq-search chunk missing: the email form stays usable and one quiet line says suggestions are unavailable', async () => {
    const host = await openFaultHost({ faults: { 'faq-search': 'html' } });
    const root = await openEmailForm(host);
    const message = root.querySelector('#message') as HTMLTextAreaElement;
    host.type(message, MESSAGE);
    const lines = await waitFor(() => {
      const found = [...root.querySelectorAll('[role="status"]')].filter((line) => text(line) === UNAVAILABLE_FAQ);
      return found.length > 0 ? found : undefined;
    }, WAY_FORWARD_MS);
    expect(lines).to.have.length(1);
    expect(root.querySelector('[part="suggestion"]'), 'no suggestion list').to.equal(null);
    expect(message.value, 'what was typed is kept').to.equal(MESSAGE);
    expect(message.disabled || message.readOnly).to.equal(false);
  });

  it('outbox chunk missing: Send never sticks, the message is queued as unavailable and delivered once when the code is back', async () => {
    const host = await openFaultHost({ faults: { outbox: '404' } });
    const root = await openEmailForm(host);
    await writeMessage(host, root);
    send(root);
    await notSentYet(root);
    await waitFor(() => host.events('kw-email-queued').length, WAY_FORWARD_MS);
    expect(detail(host.events('kw-email-queued')[0])).to.deep.include({ reason: 'unavailable' });

    await host.fault('outbox', null);
    host.online();
    await deliveredOnce(host);
  });

  it('store chunk missing: the message is kept in the tab\'s own storage and sent at once, exactly once', async () => {
    const host = await openFaultHost({ faults: { store: 'html' } });
    const root = await openEmailForm(host);
    await writeMessage(host, root);
    send(root);
    await waitFor(() => host.events('kw-email-sent').length, WAY_FORWARD_MS);
    expect(text(root)).not.to.include('Versturen…');
    const messages = await stored();
    expect(messages, 'one stored record').to.have.length(1);
    expect(messages[0]?.body).to.deep.include({ message: MESSAGE, email: 'sam@example.nl' });
    expect(host.events('kw-email-queued'), 'not queued').to.have.length(0);
  });

  it('offline before the outbox chunk ever loaded, then Send: queued, and delivered once back online', async () => {
    const host = await openFaultHost({ faults: { outbox: 'offline' } });
    const root = await openEmailForm(host);
    await writeMessage(host, root);
    await executeServerCommand('set-offline', { offline: true });
    send(root);
    await notSentYet(root);
    await waitFor(() => host.events('kw-email-queued').length, WAY_FORWARD_MS);

    await executeServerCommand('set-offline', { offline: false });
    await host.fault('outbox', null);
    host.online();
    await deliveredOnce(host);
  });

  for (const target of ['policy-loader', 'fault-policy.json'] as const) {
    it(`offline at load (${target}), then back online: the policy loads again, kw-ready fires and the launcher shows`, async () => {
      const host = await openFaultHost({ faults: { [target]: 'offline' }, fallback: 'contact' });
      await waitFor(() => host.events('kw-policy-error').length, LOAD_MS);
      await host.fault(target, null);
      host.online();
      await waitFor(() => host.events('kw-ready').length, LOAD_MS);
      expect(visible(await launcher(host)), 'the launcher shows').to.equal(true);
    });
  }

  describe('what holds today', () => {
    for (const [chunk, kind] of [
      ['policy-loader', '404'],
      ['validate', 'html'],
      ['policy-kit', 'offline'],
    ] as const) {
      it(`${chunk} chunk missing (${kind}): the site's fallback shows and kw-policy-error fires`, async () => {
        const host = await openFaultHost({ faults: { [chunk]: kind }, fallback: 'contact' });
        await waitFor(() => host.events('kw-policy-error').length, LOAD_MS);
        expect(detail(host.events('kw-policy-error')[0])).to.deep.include({ fatal: true });
        const link = host.el.querySelector('a[href="/contact"]') as HTMLAnchorElement;
        await waitFor(() => visible(link));
        expect(host.events('kw-ready')).to.deep.equal([]);
      });
    }

    it('the typed draft survives a page whose search and outbox code are missing', async () => {
      const faults = { 'faq-search': '404', outbox: '404' } as const;
      const first = await openFaultHost({ faults });
      const root = await openEmailForm(first);
      first.type(root.querySelector('#message') as HTMLTextAreaElement, MESSAGE);
      // Kept in the tab (the host pages are frames of this one), which the second page is a reload of.
      await waitFor(() => Object.values(sessionStorage).some((value) => value.includes(MESSAGE)));

      const again = await openFaultHost({ faults, token: first.token });
      const restored = await openEmailForm(again);
      await waitFor(() => (restored.querySelector('#message') as HTMLTextAreaElement).value === MESSAGE);
    });

    it('an outbox that has loaded queues a message while offline and delivers it once back online', async () => {
      const host = await openFaultHost();
      const root = await openEmailForm(host);
      await writeMessage(host, root);
      await executeServerCommand('set-offline', { offline: true });
      send(root);
      await waitFor(() => host.events('kw-email-queued').length, WAY_FORWARD_MS);
      expect(await stored()).to.deep.equal([]);

      await executeServerCommand('set-offline', { offline: false });
      host.online();
      await deliveredOnce(host);
    });
  });
});
