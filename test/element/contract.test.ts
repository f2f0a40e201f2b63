// What the widget really sends, held to openapi.yaml: the test server checks each body it
// receives against the request schema of its operation there (test/server/contact-endpoint.mjs).
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { parse } from 'yaml';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { Outbox } from '../../src/outbox/outbox.js';
import { storeOver } from '../../src/storage/store.js';
import { designExample } from '../fixtures/policies.js';
import { fill, mount, openEmail, openPanel, unmountAll, waitFor } from './helpers.js';

interface Verdict {
  operationId: string;
  contentType: string;
  valid: boolean;
  errors: string[];
}

const verdicts = async (): Promise<Verdict[]> => (await fetch('/test-api/contract')).json();

function policy() {
  const policy = designExample() as Record<string, any>;
  policy.channels[3].email = { endpoint: '/test-api/contact?mode=ok', to: 'service@example.nl' };
  policy.channels.push({
    id: 'terugbellen',
    type: 'callback',
    label: { nl: 'Bel mij terug', en: 'Call me back' },
    hours: '24/7',
    callback: { endpoint: '/test-api/contact?mode=ok', slotMinutes: 30 },
  });
  policy.topics[0].channels.push('terugbellen');
  policy.insights = { endpoint: '/test-api/insights' };
  return policy;
}

async function sendEmail(el: KanaalWijzer) {
  const root = await openEmail(el, 'email');
  await fill(root, '#email', 'sam@example.nl');
  await fill(root, '#name', 'Sam de Vries');
  await fill(root, '#subject', 'Meterstand');
  await fill(root, '#message', 'Mijn meter geeft een vreemde stand aan sinds gisteren.');
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part="send-button"]')?.click();
}

async function requestCallback(el: KanaalWijzer, root: ShadowRoot) {
  await openPanel(el);
  (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="terugbellen"]'))).click();
  const form = await waitFor(() => root.querySelector('[part="callback-form"]'));
  await fill(root, '#phone', '06 1234 5678');
  await fill(root, '#callback-name', 'Sam de Vries');
  await fill(root, '#note', 'Over mijn jaarafrekening');
  (form.querySelector('[part="send-button"]') as HTMLButtonElement).click();
}

describe('the contract (openapi.yaml)', () => {
  beforeEach(async () => {
    await fetch('/test-api/reset');
  });
  afterEach(() => unmountAll());

  it('holds the email, the call-back request and the insights beacon the widget sends', async () => {
    const email = await mount((el) => (el.policy = policy()));
    await sendEmail(email.el);
    await waitFor(() => email.of('kw-email-sent').length);
    unmountAll();
    const callback = await mount((el) => (el.policy = policy()));
    await requestCallback(callback.el, callback.root);
    await waitFor(() => callback.of('kw-email-sent').length);
    // Leaving sends what insights still hold, by beacon, as text/plain.
    unmountAll();
    await waitFor(async () => (await verdicts()).some((verdict) => verdict.operationId === 'sendInsights'));

    const found = await verdicts();
    expect(found.map(({ operationId, valid, errors }) => ({ operationId, valid, errors }))).to.deep.include.members([
      { operationId: 'sendEmail', valid: true, errors: [] },
      { operationId: 'requestCallback', valid: true, errors: [] },
      { operationId: 'sendInsights', valid: true, errors: [] },
    ]);
    expect(found.filter((verdict) => !verdict.valid)).to.deep.equal([]);
    expect(found.find((verdict) => verdict.operationId === 'sendInsights')?.contentType).to.match(/^text\/plain/);
  });
});

describe('the contract and the outbox', () => {
  afterEach(() => sinon.restore());

  it('does with each status of a message what openapi.yaml says the widget does', async () => {
    const contract = parse(await (await fetch('/openapi.yaml')).text());
    const answers: Record<string, { $ref: string }> = contract.paths['/api/contact'].post.responses;
    const said = Object.entries(answers)
      .filter(([status]) => /^\d+$/.test(status))
      .map(([status, { $ref }]) => [Number(status), contract.components.responses[$ref.split('/').at(-1) as string]['x-kanaalwijzer-widget']] as const);
    expect(said.length).to.be.greaterThan(10);
    const done: (readonly [number, string])[] = [];
    for (const [status] of said) {
      sinon.restore();
      const body = status === 200 ? { reference: 'HE-1' } : { type: 'about:blank', status, detail: 'Nee.' };
      sinon.stub(window, 'fetch').resolves(new Response(JSON.stringify(body), { status, headers: { 'Retry-After': '1' } }));
      const outcome = await new Outbox(storeOver(undefined)).submit('https://www.example.nl/api/contact', { message: 'Hallo' });
      done.push([status, outcome.kind]);
    }
    expect(done).to.deep.equal(said);
  });
});
