// The editor's Insights panel as a marketer uses it: open an event log, read the figures next
// to the policy, turn a content gap into a draft FAQ entry and see the validator check it.
import { expect } from '@open-wc/testing';
import { closeEditorFrame, openEditorFrame } from '../demo/editor-frame.js';
import { waitFor } from '../wait.js';

const DRAFT_KEY = 'kanaalwijzer-editor:draft';

async function openEditor() {
  const { win, doc } = await openEditorFrame();
  const text = (selector: string) => doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  await waitFor(() => text('#summary').startsWith('Valid'), 8000);
  return { win, doc, text };
}

type Page = Awaited<ReturnType<typeof openEditor>>;

async function openLog(page: Page, text: string) {
  const input = page.doc.getElementById('insights-file') as HTMLInputElement;
  const transfer = new page.win.DataTransfer();
  transfer.items.add(new page.win.File([text], 'events.ndjson', { type: 'application/x-ndjson' }));
  input.files = transfer.files;
  input.dispatchEvent(new page.win.Event('change'));
  await waitFor(() => page.doc.querySelector('#insights table'));
}

function rows(page: Page, caption: string): string[][] {
  const table = [...page.doc.querySelectorAll('#insights table')].find((t) => t.querySelector('caption')?.textContent === caption);
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? ''));
}

/** The policy text as the editor keeps it (the editor only draws the lines in view). */
const editorText = () => localStorage.getItem(DRAFT_KEY) ?? '';

describe('the editor: insights', () => {
  let log: string;
  before(async () => {
    log = await (await fetch('/test/fixtures/insights-log.ndjson')).text();
  });
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  after(() => {
    closeEditorFrame();
    localStorage.removeItem(DRAFT_KEY);
  });

  it('shows the figures of an opened event log, named as in the policy', async () => {
    const page = await openEditor();
    await openLog(page, log);
    expect(page.text('#insights [role="status"]')).to.equal('21 events from events.ndjson, 2026-11-23 – 2026-11-24; 3 bad lines or events skipped.');
    expect(rows(page, 'Per topic')[0]).to.deep.equal(['Factuur en betalen (factuur)', '3', '3', '1', '1', '1', '0']);
    expect(rows(page, 'Channel picks').map((row) => row.slice(0, 3))).to.deep.include(['Chat met een medewerker (chat)', '1', '1']);
    expect(rows(page, 'Answers')[0]?.slice(0, 2)).to.deep.equal(['Waarom is mijn jaarafrekening hoger dan verwacht? (factuur-hoger)', '2']);
  });

  it('turns a content gap into an FAQ draft that the validator checks', async () => {
    const page = await openEditor();
    await openLog(page, log);
    const [gap] = rows(page, 'Content gaps');
    expect(gap?.slice(0, 5)).to.deep.equal(['warmtepomp subsidie', 'Factuur en betalen (factuur)', '2', '2', '0']);
    page.doc.querySelector<HTMLButtonElement>('#insights button[aria-label="Add \\"warmtepomp subsidie\\" as FAQ draft"]')?.click();
    await waitFor(() => page.text('#summary').startsWith('1 problem'));
    expect(page.text('#problems li')).to.match(/^\d+:\d+ faq\[34\]\.answer: /);
    const policy = JSON.parse(editorText()) as { faq: unknown[] };
    expect(policy.faq.at(-1)).to.deep.equal({ id: 'warmtepomp-subsidie', question: 'warmtepomp subsidie', answer: '', topics: ['factuur'] });
    expect(page.text('#insights [role="status"]')).to.equal('Added "warmtepomp-subsidie" to the FAQ: write its answer where the cursor is.');
  });

  it('ignores events with forged ids and says how many, and a draft never takes a topic the policy lacks', async () => {
    const page = await openEditor();
    const at = '2026-11-24T10:00:00Z';
    const event = (type: string, detail: object) => JSON.stringify({ type, detail, at });
    await openLog(
      page,
      [
        event('kw-open', { topic: '<img src=x onerror=alert(1)>' }),
        event('kw-channel-select', { topic: 'factuur', channel: '\u001b]8;;https://login.example/\u001b\\bellen', open: true }),
        event('kw-faq-suggest', { topic: 'Factuur', query: 'rente berekenen', results: [], source: 'search' }),
        event('kw-faq-suggest', { topic: 'onbekend', query: 'rente berekenen', results: [], source: 'search' }),
      ].join('\n'),
    );
    expect(page.text('#insights [role="status"]')).to.equal('1 events from events.ndjson, 2026-11-24 – 2026-11-24; 3 events with forged ids ignored.');
    expect(rows(page, 'Per topic').map((row) => row[0])).to.deep.equal(['onbekend (not in this policy)', 'all']);
    expect(rows(page, 'Channel picks')).to.deep.equal([]);
    page.doc.querySelector<HTMLButtonElement>('#insights button[aria-label="Add \\"rente berekenen\\" as FAQ draft"]')?.click();
    await waitFor(() => page.text('#summary').startsWith('1 problem'));
    const policy = JSON.parse(editorText()) as { faq: unknown[] };
    expect(policy.faq.at(-1)).to.deep.equal({ id: 'rente-berekenen', question: 'rente berekenen', answer: '' });
    expect(page.text('#insights [role="status"]')).to.equal(
      'Added "rente-berekenen" to the FAQ: write its answer where the cursor is. It has no topics: "onbekend" is not in this policy.',
    );
  });

  it('starts the FAQ for a policy that has none', async () => {
    const page = await openEditor();
    const policy = { version: 1, locale: 'nl', timeZone: 'Europe/Amsterdam', channels: [{ id: 'bellen', type: 'phone', label: 'Bellen', href: 'tel:+31201234567' }] };
    const input = page.doc.getElementById('open-file') as HTMLInputElement;
    const transfer = new page.win.DataTransfer();
    transfer.items.add(new page.win.File([JSON.stringify(policy, null, 2)], 'klein.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new page.win.Event('change'));
    await waitFor(() => page.text('#summary') === 'Valid: 1 channels, 0 topics, 0 FAQ entries, 0 notices.');
    await openLog(page, log);
    // The log's topics are not in this policy: the draft gets none rather than a broken reference.
    expect(rows(page, 'Per topic')[0]?.[0]).to.equal('factuur (not in this policy)');
    page.doc.querySelector<HTMLButtonElement>('#insights button[aria-label="Add \\"betalingsregeling\\" as FAQ draft"]')?.click();
    await waitFor(() => page.text('#summary').startsWith('1 problem'));
    expect(page.text('#problems li')).to.match(/^\d+:\d+ faq\[0\]\.answer: /);
    expect((JSON.parse(editorText()) as { faq: unknown[] }).faq).to.deep.equal([{ id: 'betalingsregeling', question: 'betalingsregeling', answer: '' }]);
  });
});
