// What a customer typed, as the insights endpoint gets it: masked search queries, and nothing
// from the email form or the chat hand-over.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { maskQuery } from '../../src/insights/mask.js';
import { fill, mount, openEmail, openPanel, unmountAll, waitFor } from '../element/helpers.js';
import { designExample } from '../fixtures/policies.js';

describe('insights: masking what was typed', () => {
  const cases: [string, string, string][] = [
    ['e-mail addresses', 'bevestiging naar jan.de-vries+factuur@voorbeeld.nl kwam niet', 'bevestiging naar [e-mail] kwam niet'],
    ['mobile numbers', 'bel me op 06-12345678 aub', 'bel me op [phone] aub'],
    ['numbers with a country code', 'nummer +31 6 1234 5678 wijzigen', 'nummer [phone] wijzigen'],
    ['landline numbers', 'ik ben bereikbaar op 020 123 4567', 'ik ben bereikbaar op [phone]'],
    ['IBANs in groups', 'IBAN wijzigen naar NL91 ABNA 0417 1643 00', 'IBAN wijzigen naar [iban]'],
    ['IBANs in one run', 'incasso van nl91abna0417164300 mislukt', 'incasso van [iban] mislukt'],
    ['postcodes with a house number', 'geen stroom op 1234 AB 56', 'geen stroom op [postcode]'],
    ['postcodes with an addition', 'verhuizen naar 1234ab 12-a', 'verhuizen naar [postcode]'],
    ['every other digit', 'factuur van 12 maart, klantnummer 40012345', 'factuur van ## maart, klantnummer ########'],
  ];
  for (const [kind, typed, sent] of cases) {
    it(`replaces ${kind}`, () => {
      expect(maskQuery(typed)).to.equal(sent);
    });
  }

  it('leaves ordinary words that look a little like an IBAN alone', () => {
    expect(maskQuery('ab12 voor mijn zaak')).to.equal('ab## voor mijn zaak');
  });

  it('cuts what is left to 100 characters', () => {
    const masked = maskQuery(`${'waarom '.repeat(30)}jan@voorbeeld.nl`);
    expect(masked).to.have.length(100);
    expect(masked).not.to.contain('@');
  });
});

describe('insights: what leaves the browser', () => {
  let beacons: string[];
  let consoleWarn: sinon.SinonStub;

  beforeEach(() => {
    beacons = [];
    consoleWarn = sinon.stub(console, 'warn');
    sinon.stub(navigator, 'sendBeacon').callsFake((_url, data) => {
      void (data as Blob).text().then((text) => beacons.push(text));
      return true;
    });
  });

  afterEach(() => {
    unmountAll();
    consoleWarn.restore();
    sinon.restore();
  });

  async function widget() {
    const policy = { ...designExample(), insights: { endpoint: '/test-insights' } };
    for (const channel of policy.channels) if (channel.email) channel.email.endpoint = '/test-api/contact?mode=ok';
    return mount((el) => (el.policy = policy));
  }

  /** The insights code loads with the first event it sends; this waits until it has taken over. */
  async function insightsListening() {
    await waitFor(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/insights/insights')));
    await import('../../src/insights/insights.js');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  async function leave(): Promise<{ type: string; detail: Record<string, unknown> }[]> {
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const text = await waitFor(() => beacons[0]);
    return (JSON.parse(text) as { events: { type: string; detail: Record<string, unknown> }[] }).events;
  }

  it('sends the search box query masked', async () => {
    const { el } = await widget();
    await openPanel(el);
    await insightsListening();
    const suggested = new Promise((resolve) => el.addEventListener('kw-faq-suggest', resolve, { once: true }));
    await fill(el.shadowRoot as ShadowRoot, '#faq-search', 'factuur naar jan@voorbeeld.nl, ik woon op 1234 AB 5');
    await suggested;
    const [suggest] = (await leave()).filter((event) => event.type === 'kw-faq-suggest');
    expect(suggest?.detail['query']).to.equal('factuur naar [e-mail], ik woon op [postcode]');
  });

  it('sends nothing the customer wrote in the email form, nor the visit reference', async () => {
    const { el } = await widget();
    const root = await openEmail(el, 'email');
    await insightsListening();
    const suggested = new Promise((resolve) => el.addEventListener('kw-faq-suggest', resolve, { once: true }));
    await fill(root, '#message', 'Mijn factuur is hoger dan normaal, groet Jan Jansen');
    await suggested;
    await fill(root, '#name', 'Jan Jansen');
    await fill(root, '#email', 'jan@voorbeeld.nl');
    const sentMail = new Promise((resolve) => el.addEventListener('kw-email-sent', resolve, { once: true }));
    root.querySelector<HTMLButtonElement>('[part="send-button"]')?.click();
    const reference = ((await sentMail) as CustomEvent).detail.reference as string;
    const events = await leave();
    const everything = JSON.stringify(events);
    for (const secret of ['Jansen', 'Jan', 'jan@', 'hoger dan normaal', reference, 'KW-']) expect(everything).not.to.contain(secret);
    expect(events.find((event) => event.type === 'kw-faq-suggest')?.detail).to.deep.include({ source: 'email', query: null });
    expect(events.find((event) => event.type === 'kw-email-sent')?.detail).to.deep.equal({ topic: 'factuur', kind: 'email' });
  });

  it('with "queries": "faq-words", sends only the FAQ words a search matched and whether it found nothing, never what was typed', async () => {
    const policy = { ...designExample(), insights: { endpoint: '/test-insights', queries: 'faq-words' as const } };
    const { el } = await mount((el) => (el.policy = policy));
    const root = el.shadowRoot as ShadowRoot;
    await openPanel(el);
    await insightsListening();
    const search = async (text: string) => {
      const suggested = new Promise((resolve) => el.addEventListener('kw-faq-suggest', resolve, { once: true }));
      await fill(root, '#faq-search', text);
      await suggested;
    };
    await search('zzzz');
    await search('Jansen hier: factuur hoger, mail jan@voorbeeld.nl');
    (await waitFor(() => root.querySelector<HTMLElement>('[data-faq="factuur-hoger"]'))).click();
    await waitFor(() => root.querySelector('[part="answer"]'));
    const events = await leave();
    const everything = JSON.stringify(events).toLowerCase();
    for (const secret of ['jansen', 'jan@', 'voorbeeld', 'mail', 'hier', 'zzzz', '[e-mail]']) expect(everything).not.to.contain(secret);
    const [nothing, found] = events.filter((event) => event.type === 'kw-faq-suggest').map((event) => event.detail);
    expect(found).to.deep.include({ source: 'search', noMatch: false });
    expect(String(found?.['query']).split(' ')).to.include.members(['factuur', 'hoger']);
    expect(nothing).to.deep.include({ source: 'search', query: null, noMatch: true });
    expect(events.find((event) => event.type === 'kw-faq-open')?.detail).to.deep.include({ id: 'factuur-hoger', query: found?.['query'] });
  });

  it('sends which chat was started, not the hand-over with what was searched', async () => {
    const policy = { ...designExample(), insights: { endpoint: '/test-insights' } };
    for (const channel of policy.channels) if (channel.id === 'chat') Object.assign(channel, { start: 'event' });
    const { el, root } = await mount((el) => (el.policy = policy));
    await openPanel(el);
    await insightsListening();
    await fill(root, '#faq-search', 'jan@voorbeeld.nl factuur');
    const started = new Promise<CustomEvent>((resolve) => el.addEventListener('kw-chat-start', (event) => resolve(event as CustomEvent), { once: true }));
    (root.querySelector('[data-channel="chat"]') as HTMLElement).click();
    expect((await started).detail.context.searched, 'the site hears what was searched').to.contain('factuur');
    const start = (await leave()).find((event) => event.type === 'kw-chat-start');
    expect(start).to.deep.include({ type: 'kw-chat-start', detail: { topic: 'factuur', channel: 'chat' } });
    expect(JSON.stringify(start)).not.to.contain('voorbeeld');
  });
});
