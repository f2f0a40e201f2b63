// The marketer's editor (demo/editor.html) as a marketer uses it: open a file, type, read the
// problems, change the preview's moment, reload without losing anything.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { waitFor } from '../wait.js';
import { closeEditorFrame, openEditorFrame } from './editor-frame.js';

const DRAFT_KEY = 'kanaalwijzer-editor:draft';
const LANGUAGE_KEY = 'kanaalwijzer-editor:ui-language';

/** A small policy whose lines a test can count: the first channel's "id" is on line 7. */
const SMALL = `{
  "version": 1,
  "locale": "nl",
  "timeZone": "Europe/Amsterdam",
  "channels": [
    {
      "id": "bellen",
      "type": "phone",
      "label": "Bellen",
      "href": "tel:+31201234567"
    }
  ]
}`;

/**
 * Clicks at the start or the end of a line (1-based) of the editor's text, as a marketer does, and
 * waits until CodeMirror has the focus and the cursor on that line (its active-line mark). A real
 * click, not a DOM selection set by script: in Firefox CodeMirror did not always read such a
 * selection (CI run of 85464dd: the active line never moved in 4 s), and keys typed then land at
 * the old cursor.
 */
async function clickInLine(page: EditorPage, line: number, where: 'start' | 'end'): Promise<void> {
  const lines = () => [...page.doc.querySelectorAll('.cm-line')];
  const lineElement = lines()[line - 1] as HTMLElement;
  const text = page.doc.createRange();
  text.selectNodeContents(lineElement);
  const { left, right } = text.getBoundingClientRect();
  const box = lineElement.getBoundingClientRect();
  const frame = page.frame.getBoundingClientRect();
  const x = where === 'start' ? Math.max(left - 2, box.left + 1) : Math.min(right + 12, box.right - 2);
  await sendMouse({ type: 'click', position: [Math.round(frame.x + x), Math.round(frame.y + box.y + box.height / 2)] });
  await waitFor(() => page.doc.querySelector('.cm-editor.cm-focused') && lines().indexOf(page.doc.querySelector('.cm-activeLine') as HTMLElement) === line - 1);
}

interface EditorPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  text: (selector: string) => string;
}

async function openEditor(): Promise<EditorPage> {
  const editor = await openEditorFrame();
  return { ...editor, text: (selector) => editor.doc.querySelector(selector)?.textContent?.trim() ?? '' };
}

async function openFile(page: EditorPage, name: string, text: string): Promise<void> {
  const input = page.doc.getElementById('open-file') as HTMLInputElement;
  const transfer = new page.win.DataTransfer();
  transfer.items.add(new page.win.File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new page.win.Event('change'));
}

function previewText(page: EditorPage): string {
  const root = page.doc.getElementById('preview')?.shadowRoot;
  return root?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('the policy editor', () => {
  let demo: string;
  before(async () => {
    demo = await (await fetch('/demo/contact-policy.json')).text();
  });
  beforeEach(() => {
    localStorage.removeItem(DRAFT_KEY);
    localStorage.setItem(LANGUAGE_KEY, 'en');
  });
  after(() => {
    closeEditorFrame();
    localStorage.removeItem(DRAFT_KEY);
    localStorage.removeItem(LANGUAGE_KEY);
  });

  it('starts from the demo policy and says it is valid', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    expect(page.text('#summary')).to.equal('Valid: 8 channels, 5 topics, 34 FAQ entries, 3 notices.');
  });

  it('lists each problem of an opened file at its path, and the preview leaves the broken parts out', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    await openFile(page, 'helder.json', demo.replace('"href": "tel:+31881234567"', '"href": "javascript:alert(1)"'));
    await waitFor(() => page.doc.querySelectorAll('#problems li').length > 0);
    expect(page.text('#file-name')).to.equal('helder.json');
    expect(page.text('#problems li')).to.match(/^\d+:\d+ channels\[1\]\.href: "javascript:" links are not allowed/);
    expect(page.text('#summary')).to.match(/the broken entries are left out, the rest works/);
    // On its way there the preview says "loading", which lacks the broken channel too: wait for the rest.
    await waitFor(() => previewText(page).includes('Storingslijn') && !previewText(page).includes('Bel de klantenservice'), 10_000);
  });

  it('checks as the marketer types, underlining the problem in the text', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    // Typing at the very start turns the whole text into something that is not JSON.
    await clickInLine(page, 1, 'start');
    await sendKeys({ type: 'x' });
    await waitFor(() => page.text('#summary').startsWith('The widget cannot use this policy'));
    expect(page.text('#problems li')).to.match(/^1:1 not valid JSON/);
    await waitFor(() => page.doc.querySelector('.cm-lintRange-error'));
  });

  it('previews a chosen topic, language and moment in the policy’s time zone', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    const topic = page.doc.getElementById('topic') as HTMLSelectElement;
    topic.value = 'factuur';
    topic.dispatchEvent(new page.win.Event('change'));
    const language = page.doc.getElementById('language') as HTMLSelectElement;
    language.value = 'en';
    language.dispatchEvent(new page.win.Event('change'));
    (page.doc.getElementById('date') as HTMLInputElement).value = '2026-11-29';
    (page.doc.getElementById('time') as HTMLInputElement).value = '11:00';
    page.doc.getElementById('moment')?.dispatchEvent(new page.win.Event('input', { bubbles: true }));
    expect(page.text('#moment-note')).to.equal('As a visitor sees it on Sunday 2026-11-29 at 11:00, Europe/Amsterdam time.');
    // Sunday 11:00: the phone line is closed, chat is open; texts in English, for the bills topic.
    await waitFor(() => previewText(page).includes('Bills and payments'));
    const preview = page.doc.getElementById('preview')?.shadowRoot as ShadowRoot;
    const card = (id: string) => preview.querySelector(`[data-channel="${id}"]`)?.textContent?.replace(/\s+/g, ' ') ?? '';
    // An inline panel paints its first channel cards first and the others a frame later.
    await waitFor(() => card('bellen'));
    expect(card('bellen')).to.match(/Closed · opens tomorrow 08:00/);
    expect(card('chat')).to.match(/Open now · until 16:00/);
  });

  it('asks before an opened file replaces changes that are in no file yet', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    await openFile(page, 'first.json', demo);
    // Files are read asynchronously: the next one must not overtake this one.
    await waitFor(() => page.text('#file-name') === 'first.json');
    const asked: string[] = [];
    page.win.confirm = (question?: string) => {
      asked.push(question ?? '');
      return false;
    };
    // Opened and untouched: replaced without a question.
    await openFile(page, 'second.json', demo.replace('{', '{\n  "nudge": false,'));
    await waitFor(() => page.doc.querySelector('.cm-content')?.textContent?.includes('"nudge": false'));
    expect(asked).to.deep.equal([]);
    await clickInLine(page, 1, 'start');
    await sendKeys({ type: ' ' });
    await openFile(page, 'third.json', demo);
    await waitFor(() => asked.length > 0);
    expect(asked[0]).to.match(/^Replace your changes\?/);
    expect(page.text('#file-name')).to.equal('second.json');
    expect(page.doc.querySelector('.cm-content')?.textContent).to.include('"nudge": false');
  });

  it('offers the keys a channel can have, with what each is for, and inserts the chosen one', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    await openFile(page, 'klein.json', SMALL);
    await waitFor(() => page.text('#summary').startsWith('Valid: 1 channels'));
    await clickInLine(page, 7, 'end');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '"wa' });
    // As long as the file's other waits: with three engines at once, Firefox can take over 4 s to open the list.
    await waitFor(() => page.doc.querySelector('.cm-tooltip-autocomplete'), 8000);
    const offered = [...page.doc.querySelectorAll('.cm-tooltip-autocomplete li')].map((item) => item.textContent);
    expect(offered).to.include('wait');
    await waitFor(() => page.text('.cm-completionInfo').length > 0);
    expect(page.text('.cm-completionInfo')).to.match(/^Typical wait for real-time channels/);
    // The list ignores keys for a moment after it opens, so a key meant for the text does not pick an option.
    await new Promise((resolve) => setTimeout(resolve, 150));
    await sendKeys({ press: 'Enter' });
    await waitFor(() => [...page.doc.querySelectorAll('.cm-line')][7]?.textContent?.trim() === '"wait":');
  });

  it('offers the widget\'s own words under "words", each with its placeholders', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    await openFile(page, 'klein.json', SMALL);
    await waitFor(() => page.text('#summary').startsWith('Valid: 1 channels'));
    await clickInLine(page, 4, 'end');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '"words": {"pl": {"panel.wai' });
    await waitFor(() => page.doc.querySelector('.cm-tooltip-autocomplete li')?.textContent === 'panel.wait', 8000);
    await waitFor(() => page.text('.cm-completionInfo').length > 0);
    expect(page.text('.cm-completionInfo')).to.equal('A real-time channel\'s wait, live or typical. English: "wait ~{span}". Placeholders: {span}: the wait, like "9 min".');
  });

  it('offers the days and day ranges of "hours", each with what it covers', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    await openFile(page, 'klein.json', SMALL);
    await waitFor(() => page.text('#summary').startsWith('Valid: 1 channels'));
    await clickInLine(page, 7, 'end');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '"hours": {"mon-f' });
    // The list follows each typed key; it settles once the last one is in.
    await waitFor(() => page.doc.querySelector('.cm-tooltip-autocomplete li')?.textContent === 'mon-fri', 8000);
    await waitFor(() => page.text('.cm-completionInfo').length > 0);
    expect(page.text('.cm-completionInfo')).to.equal('Monday to Friday');
  });

  it('offers the object forms of "cost" and says what each channel type is', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    await openFile(page, 'klein.json', SMALL);
    await waitFor(() => page.text('#summary').startsWith('Valid: 1 channels'));
    await clickInLine(page, 7, 'end');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '"cost": per' });
    // The list of keys offered while "cost" was typed may still show for a moment: wait for the value's.
    const offered = () => [...page.doc.querySelectorAll('.cm-tooltip-autocomplete li')].map((item) => item.textContent);
    await waitFor(() => offered().some((label) => label?.startsWith('per ')), 8000).catch(() => undefined);
    expect(offered()).to.include.members(['per minute{"perMinute":0.1,"currency":"EUR"}', 'per call{"perCall":0.5,"currency":"EUR"}']);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: ',\n"type": "vid' });
    await waitFor(() => page.doc.querySelector('.cm-tooltip-autocomplete li')?.textContent === 'video');
    await waitFor(() => page.text('.cm-completionInfo').length > 0);
    expect(page.text('.cm-completionInfo')).to.equal('A video call; "href" is where it starts.');
  });

  it('shows what a key is for when the pointer rests on it', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    await openFile(page, 'klein.json', SMALL);
    await waitFor(() => page.text('#summary').startsWith('Valid: 1 channels'));
    const line = [...page.doc.querySelectorAll('.cm-line')].find((item) => item.textContent?.includes('"label"')) as HTMLElement;
    const walker = page.doc.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode();
    while (text && !text.textContent?.includes('label')) text = walker.nextNode();
    const range = page.doc.createRange();
    const start = text?.textContent?.indexOf('label') ?? 0;
    range.setStart(text as Node, start);
    range.setEnd(text as Node, start + 'label'.length);
    const box = range.getBoundingClientRect();
    const offset = page.frame.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(offset.x + box.x + box.width / 2), Math.round(offset.y + box.y + box.height / 2)] });
    await waitFor(() => page.doc.querySelector('.schema-hover'));
    expect(page.text('.schema-hover')).to.equal('"label" Name of the channel as the customer sees it.');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('lists problems with line and column, in the order of the file, and a click selects the value in the text', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    await openFile(page, 'twee-typefouten.json', demo.replace('"timeZone"', '"timezone"').replace('"minutes": 3', '"minutes": -3'));
    await waitFor(() => page.doc.querySelectorAll('#problems li').length === 3);
    const items = [...page.doc.querySelectorAll('#problems li')].map((item) => item.textContent?.trim());
    expect(items[0]).to.match(/^5:3 timezone: unknown key "timezone"; did you mean "timeZone"\?/);
    expect(items[1]).to.equal('35:20 channels[0].wait.minutes: a wait cannot be negative');
    expect(items[2]).to.equal('268:9 topics[0].channels[0]: channel "chat" has problems, so it is left out of topics[0], topics[1], topics[2], topics[3] and topics[4]');
    expect(page.text('#summary')).to.equal('2 problems: the broken entries are left out, the rest works.');
    page.doc.querySelectorAll<HTMLButtonElement>('#problems li button')[1]?.click();
    await waitFor(() => page.win.getSelection()?.toString() === '"minutes": -3');
    expect(page.doc.activeElement?.classList.contains('cm-content')).to.equal(true);
  });

  it('lists a key given twice at the second one', async () => {
    const page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    await openFile(page, 'dubbel.json', demo.replace('"locale": "nl",', '"locale": "nl",\n  "locale": "en",'));
    await waitFor(() => page.doc.querySelectorAll('#problems li').length === 1);
    expect(page.doc.querySelector('#problems li')?.textContent?.trim()).to.equal('5:3 locale: "locale" is given twice; the widget uses this one and ignores the one at line 4, column 3');
  });

  it('speaks Dutch when asked, and remembers it', async () => {
    let page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    const dutch = page.doc.querySelector<HTMLButtonElement>('[data-ui-language="nl"]') as HTMLButtonElement;
    expect(dutch.getAttribute('aria-pressed')).to.equal('false');
    dutch.click();
    expect(page.text('h1')).to.equal('Kanalenbeleid bewerken');
    expect(page.text('#summary')).to.equal('Geldig: 8 kanalen, 5 onderwerpen, 34 veelgestelde vragen, 3 meldingen.');
    expect(page.text('#download')).to.equal('Downloaden');
    expect(page.doc.documentElement.lang).to.equal('nl');
    expect(dutch.getAttribute('aria-pressed')).to.equal('true');
    expect(page.doc.querySelector('.cm-content')?.getAttribute('aria-label')).to.equal('Kanalenbeleid (JSON)');
    page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Geldig'), 8000);
    expect(page.text('#preview-title')).to.equal('Voorbeeld');
    expect(page.text('#moment-note')).to.match(/^Zoals een bezoeker het ziet op/);
  });

  it('keeps what was typed over a reload', async () => {
    let page = await openEditor();
    await waitFor(() => page.text('#summary').startsWith('Valid'), 8000);
    // At the top, so the editor (which draws only the lines in view) shows it.
    await openFile(page, 'mine.json', demo.replace('{', '{\n  "nudge": false,'));
    await waitFor(() => localStorage.getItem(DRAFT_KEY)?.includes('"nudge": false'));
    page = await openEditor();
    await waitFor(() => !page.doc.getElementById('restored')?.hidden);
    expect(page.doc.querySelector('.cm-content')?.textContent).to.include('"nudge": false');
  });
});
