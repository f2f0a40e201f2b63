// The built widget on a plain page whose scripts move, remove and re-add it whenever they like, as
// frameworks and page builders do; properties and attributes arrive in any order.
import { expect } from '@open-wc/testing';
import {
  after,
  channelsShown,
  defineLate,
  expectTruthful,
  hostTest,
  openByLauncher,
  openHost,
  pageEvents,
  panelOf,
  policyObject,
  POLICY_URL,
  ready,
  slowPolicyUrl,
  READY_TIMEOUT,
  track,
  type,
  waitFor,
  widgets,
  writeEmail,
  type HostWindow,
  type Widget,
} from './host.js';

function create(win: HostWindow, attributes: Record<string, string> = { policy: POLICY_URL, topic: 'factuur' }): Widget {
  const el = track(win.document.createElement('kanaal-wijzer') as Widget);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

const DRAFT = 'Ik verhuis op 1 februari naar Utrecht.';

const place = (win: HostWindow, id: string) => win.document.getElementById(id) as HTMLElement;

describe('plain DOM: moves, removals and late inputs', () => {
  hostTest('moved to another parent 30 ms after connecting, before kw-ready: becomes ready and opens with its channels', async () => {
    const win = await openHost('/test/frameworks/plain.html');
    const el = create(win, { policy: slowPolicyUrl(), topic: 'factuur' });
    place(win, 'app').append(el);
    await after(30);
    expect(pageEvents(win, 'kw-ready', el), 'still before kw-ready when moved').to.have.length(0);
    place(win, 'other').append(el);
    await ready(win, el);
    await expectTruthful(el, 'moved, then ready');
    await openByLauncher(win, el);
  });

  hostTest('removed and re-added to the same parent 200 ms later, before ready: becomes ready', async () => {
    const win = await openHost('/test/frameworks/plain.html');
    const el = create(win, { policy: slowPolicyUrl(), topic: 'factuur' });
    place(win, 'app').append(el);
    await after(30);
    el.remove();
    await after(200);
    expect(pageEvents(win, 'kw-ready', el), 'still before kw-ready when re-added').to.have.length(0);
    place(win, 'app').append(el);
    await ready(win, el);
    await expectTruthful(el, 're-added, then ready');
    await openByLauncher(win, el);
  });

  hostTest('removed and re-added while open: the panel is back on screen as the visitor left it', async () => {
    const win = await openHost('/test/frameworks/plain.html');
    const el = create(win);
    place(win, 'app').append(el);
    await ready(win, el);
    await openByLauncher(win, el);
    const message = await writeEmail(win, el, 'Mijn meterstand klopt niet.');
    el.remove();
    place(win, 'app').append(el);
    const state = await expectTruthful(el, 'removed and re-added while open');
    expect(state.open, 'still open, on screen').to.equal(true);
    const again = await waitFor(() => el.shadowRoot?.querySelector<HTMLTextAreaElement>('#message'));
    expect(again.value).to.equal(message.value);
  });

  hostTest('connected with no policy and given one 50 ms later: ready, without a fatal kw-policy-error or console.error', async () => {
    const win = await openHost('/test/frameworks/plain.html');
    const el = create(win, { topic: 'factuur' });
    place(win, 'app').append(el);
    await after(50);
    el.policy = POLICY_URL;
    await ready(win, el);
    expect(pageEvents(win, 'kw-policy-error', el).map((event) => event.detail)).to.deep.equal([]);
    await expectTruthful(el, 'policy set late, then ready');
  });

  hostTest('two launchers on one page are never drawn at the same spot', async () => {
    const win = await openHost('/test/frameworks/plain.html');
    const first = create(win);
    const second = create(win, { policy: POLICY_URL, topic: 'storing' });
    place(win, 'app').append(first, second);
    await Promise.all([ready(win, first), ready(win, second)]);
    await Promise.all([first.updateComplete, second.updateComplete]);
    const drawn = [first, second]
      .map((el) => el.shadowRoot?.querySelector<HTMLElement>('[part="launcher"]'))
      .filter((launcher): launcher is HTMLElement => Boolean(launcher?.checkVisibility()))
      .map((launcher) => launcher.getBoundingClientRect());
    expect(drawn.length, 'at least one launcher is drawn').to.be.greaterThan(0);
    if (drawn.length === 1) expect(win.kwWarnings.join('\n'), 'a launcher that yields says so').to.match(/launcher/i);
    const [a, b] = drawn;
    if (a && b) {
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `launchers at ${JSON.stringify(a)} and ${JSON.stringify(b)}`).to.equal(false);
    }
  });

  hostTest('innerHTML replacement: the new widget works, the old one leaves nothing on screen', async () => {
    const win = await openHost('/test/frameworks/plain.html');
    const app = place(win, 'app');
    app.innerHTML = `<kanaal-wijzer policy="${POLICY_URL}" topic="factuur"></kanaal-wijzer>`;
    const old = widgets(win)[0] as Widget;
    await ready(win, old);
    app.innerHTML = `<kanaal-wijzer policy="${POLICY_URL}" topic="storing"></kanaal-wijzer>`;
    const el = track(widgets(win)[0] as Widget);
    expect(el).not.to.equal(old);
    expect((await ready(win, el)).detail.topic).to.equal('storing');
    await openByLauncher(win, el);
    expect(widgets(win)).to.have.length(1);
    expect(win.document.querySelectorAll(':popover-open')).to.have.length(0, 'nothing of the widgets is in the page’s own top layer');
  });

  hostTest('written with document.write while the page parses: ready and opens', async () => {
    const win = await openHost('/test/frameworks/write.html');
    const el = track(await waitFor(() => widgets(win)[0]));
    await ready(win, el);
    await openByLauncher(win, el);
  });

  hostTest('topic, lang, policy and mode changed while open: each shows at once and the open state stays true', async () => {
    const win = await openHost('/test/frameworks/plain.html');
    const el = create(win);
    place(win, 'app').append(el);
    await ready(win, el);
    await openByLauncher(win, el);
    const root = el.shadowRoot as ShadowRoot;

    el.topic = 'storing';
    await waitFor(() => root.querySelector('.topic')?.textContent?.includes('Storing'));
    expect((await expectTruthful(el, 'topic changed while open')).open).to.equal(true);

    el.lang = 'en';
    await waitFor(() => root.querySelector('#title')?.textContent?.includes('How can we help?'));
    expect((await expectTruthful(el, 'lang changed while open')).open).to.equal(true);

    const policy = (await policyObject(win)) as { channels: { id: string }[]; topics: { channels?: string[] }[] };
    policy.channels = policy.channels.filter((channel) => channel.id !== 'storingslijn');
    for (const topic of policy.topics) if (topic.channels) topic.channels = topic.channels.filter((id) => id !== 'storingslijn');
    expect(await channelsShown(el)).to.include('storingslijn');
    el.policy = policy;
    await waitFor(() => !el.shadowRoot?.querySelector('[data-channel="storingslijn"]') && el.shadowRoot?.querySelector('[data-channel]'));
    expect((await expectTruthful(el, 'policy changed while open')).open).to.equal(true);

    el.mode = 'inline';
    await waitFor(() => panelOf(el)?.classList.contains('inline') && panelOf(el)?.checkVisibility());
    await expectTruthful(el, 'mode changed to inline while open');
    expect(await channelsShown(el)).not.to.include('storingslijn');
  });

  hostTest('lang changed while suggestions show: the suggestions are shown again in the new language', async () => {
    const win = await openHost('/test/frameworks/plain.html');
    const el = create(win);
    place(win, 'app').append(el);
    await ready(win, el);
    await openByLauncher(win, el);
    const root = el.shadowRoot as ShadowRoot;
    type(win, await waitFor(() => root.querySelector<HTMLInputElement>('#faq-search'), READY_TIMEOUT), 'jaarafrekening hoger');
    const suggestion = () => root.querySelector('[data-faq="factuur-hoger"]')?.textContent ?? '';
    await waitFor(() => suggestion().includes('Waarom is mijn jaarafrekening hoger'), READY_TIMEOUT);
    el.lang = 'en';
    await waitFor(() => root.querySelector('#title')?.textContent?.includes('How can we help?'));
    await waitFor(() => suggestion().includes('Why is my annual statement higher')).catch(() => expect(suggestion()).to.include('Why is my annual statement higher'));
    expect((await expectTruthful(el, 'lang changed with suggestions shown')).open).to.equal(true);
  });

  hostTest('a new policy while suggestions show: the search answers from the new policy', async () => {
    const win = await openHost('/test/frameworks/plain.html');
    const el = create(win);
    place(win, 'app').append(el);
    await ready(win, el);
    await openByLauncher(win, el);
    const root = el.shadowRoot as ShadowRoot;
    const search = await waitFor(() => root.querySelector<HTMLInputElement>('#faq-search'), READY_TIMEOUT);
    type(win, search, 'jaarafrekening hoger');
    const suggestion = () => root.querySelector('[data-faq="factuur-hoger"]')?.textContent ?? '';
    await waitFor(() => suggestion().includes('Waarom is mijn jaarafrekening hoger'), READY_TIMEOUT);
    const policy = (await policyObject(win)) as { faq: { id: string; question: { nl: string } }[] };
    const entry = policy.faq.find((item) => item.id === 'factuur-hoger') as { question: { nl: string } };
    entry.question.nl = 'Waarom valt mijn jaarafrekening hoger uit dan vorig jaar?';
    el.policy = policy;
    type(win, await waitFor(() => root.querySelector<HTMLInputElement>('#faq-search'), READY_TIMEOUT), 'jaarafrekening hoger uit');
    await waitFor(() => suggestion().includes('dan vorig jaar')).catch(() => expect(suggestion()).to.include('dan vorig jaar'));
    expect((await expectTruthful(el, 'policy swapped with suggestions shown')).open).to.equal(true);
  });

  hostTest('the draft survives a remove and re-add', async () => {
    const win = await openHost('/test/frameworks/plain.html');
    const el = create(win);
    place(win, 'app').append(el);
    await ready(win, el);
    await openByLauncher(win, el);
    await writeEmail(win, el, DRAFT);
    (el.shadowRoot?.querySelector('[part="close-button"]') as HTMLElement).click();
    expect((await expectTruthful(el, 'closed by its button')).open).to.equal(false);
    el.remove();
    place(win, 'other').append(el);
    await expectTruthful(el, 're-added');
    await openByLauncher(win, el);
    const root = el.shadowRoot as ShadowRoot;
    if (!root.querySelector('#message')) (await waitFor(() => root.querySelector<HTMLElement>('[data-channel="email"]'))).click();
    const message = await waitFor(() => root.querySelector<HTMLTextAreaElement>('#message'), READY_TIMEOUT);
    await waitFor(() => message.value === DRAFT).catch(() => expect(message.value).to.equal(DRAFT));
  });

  hostTest('properties set before the element is defined are kept when it upgrades', async () => {
    const win = await openHost('/test/frameworks/plain.html?widget=late');
    const el = track(win.document.createElement('kanaal-wijzer') as Widget);
    expect(win.customElements.get('kanaal-wijzer')).to.equal(undefined);
    el.policy = await policyObject(win);
    el.topic = 'storing';
    place(win, 'app').append(el);
    defineLate(win);
    expect((await ready(win, el)).detail.topic).to.equal('storing');
    await openByLauncher(win, el);
  });
});
