/**
 * The marketer's policy editor: the validator runs as they type and underlines each problem at
 * its path; the widget beside it shows the policy for a chosen topic, language and moment
 * ("how does it look on Sunday at 11:00?"). Nothing typed is lost: every change is kept in this
 * browser until a file is downloaded or another is opened.
 */
import { json } from '@codemirror/lang-json';
import { syntaxTree } from '@codemirror/language';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';
import type { KanaalWijzer } from '../../src/element/kanaal-wijzer.js';
import { parsePolicyText, type ValidationResult } from '../../src/policy/validate.js';
import { dateKey, instantOf, wallClock } from '../../src/time/zoned.js';
import { mountInsightsPanel } from './insights-panel.js';
import { rangeOfPath } from './json-paths.js';

const DRAFT_KEY = 'kanaalwijzer-editor:draft';
const DEMO_POLICY_URL = '/contact-policy.json';
const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const preview = byId<KanaalWijzer>('preview');
const topicSelect = byId<HTMLSelectElement>('topic');
const languageSelect = byId<HTMLSelectElement>('language');
const dateInput = byId<HTMLInputElement>('date');
const timeInput = byId<HTMLInputElement>('time');
const summary = byId<HTMLParagraphElement>('summary');
const problemList = byId<HTMLOListElement>('problems');
const fileName = byId<HTMLSpanElement>('file-name');

let timeZone = DEFAULT_TIME_ZONE;
let downloadName = 'contact-policy.json';

function keepDraft(text: string): void {
  try {
    localStorage.setItem(DRAFT_KEY, text);
  } catch {
    // Storage full or refused: the text is still in the editor; downloading keeps it.
  }
}

function readDraft(): string | null {
  try {
    return localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

function showProblems(result: ValidationResult, view: EditorView): void {
  const policy = result.policy;
  if (result.fatal) {
    summary.className = 'summary fatal';
    summary.textContent = `The widget cannot use this policy: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}. Visitors would see only the fallback.`;
  } else if (result.errors.length > 0) {
    summary.className = 'summary partial';
    summary.textContent = `${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}: the broken entries are left out, the rest works.`;
  } else {
    summary.className = 'summary valid';
    summary.textContent = `Valid: ${policy?.channels.length ?? 0} channels, ${policy?.topics?.length ?? 0} topics, ${policy?.faq?.length ?? 0} FAQ entries, ${policy?.notices?.length ?? 0} notices.`;
  }
  problemList.replaceChildren(
    ...result.errors.map((error) => {
      const item = document.createElement('li');
      const jump = document.createElement('button');
      jump.type = 'button';
      jump.textContent = error.path || '(whole policy)';
      jump.addEventListener('click', () => {
        const range = rangeOfPath(syntaxTree(view.state), view.state.doc.toString(), error.path);
        view.dispatch({ selection: { anchor: range.from, head: range.to }, scrollIntoView: true });
        view.focus();
      });
      item.append(jump, `: ${error.message}`);
      return item;
    }),
  );
}

/** Topic choices follow the policy being edited; the current choice stays when it still exists. */
function offerTopics(result: ValidationResult): void {
  const current = topicSelect.value;
  const options = [new Option('(from the page address)', '')];
  for (const topic of result.policy?.topics ?? []) {
    const label = typeof topic.label === 'string' ? topic.label : (topic.label[languageSelect.value] ?? Object.values(topic.label)[0] ?? topic.id);
    options.push(new Option(`${label} (${topic.id})`, topic.id));
  }
  topicSelect.replaceChildren(...options);
  topicSelect.value = options.some((option) => option.value === current) ? current : '';
}

function showPreview(text: string, result: ValidationResult): void {
  if (result.policy?.timeZone) timeZone = result.policy.timeZone;
  offerTopics(result);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Until the text is JSON again the preview keeps showing the last version that was.
    return;
  }
  preview.policy = data as object;
  applyMoment();
}

function applyMoment(): void {
  const [year, month, day] = dateInput.value.split('-').map(Number);
  const [hours, minutes] = timeInput.value.split(':').map(Number);
  if (!year || !month || !day || hours === undefined || minutes === undefined || Number.isNaN(hours + minutes)) return;
  const instant = instantOf({ year, month, day }, hours * 60 + minutes, timeZone);
  preview.now = new Date(instant).toISOString();
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone }).format(instant);
  byId('moment-note').textContent = `As a visitor sees it on ${weekday} ${dateInput.value} at ${timeInput.value}, ${timeZone} time.`;
}

function setMomentToNow(): void {
  const clock = wallClock(Date.now(), timeZone);
  dateInput.value = dateKey(clock);
  timeInput.value = `${String(Math.floor(clock.minutes / 60)).padStart(2, '0')}:${String(clock.minutes % 60).padStart(2, '0')}`;
  applyMoment();
}

const policyLinter = linter(
  (view) => {
    const text = view.state.doc.toString();
    keepDraft(text);
    const result = parsePolicyText(text);
    showProblems(result, view);
    showPreview(text, result);
    const tree = syntaxTree(view.state);
    return result.errors.map((error): Diagnostic => {
      const range = rangeOfPath(tree, text, error.path);
      return { ...range, severity: result.fatal ? 'error' : 'warning', message: error.path ? `${error.path}: ${error.message}` : error.message };
    });
  },
  { delay: 250 },
);

const editor = new EditorView({
  parent: byId('editor'),
  extensions: [basicSetup, json(), lintGutter(), policyLinter, EditorView.contentAttributes.of({ 'aria-label': 'Channel policy (JSON)' })],
});

/** The text as last opened or downloaded: anything else is work that exists only here. */
let savedText: string | undefined;

function hasUnsavedWork(): boolean {
  return editor.state.doc.toString() !== savedText;
}

/** Asks before replacing work that was neither opened from nor saved to a file. */
function mayReplace(): boolean {
  return !hasUnsavedWork() || confirm('Replace your changes? They are not in a file yet: download them first to keep them.');
}

function replaceText(text: string, saved: boolean): void {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
  if (saved) savedText = text;
}

async function loadDemo(): Promise<void> {
  const response = await fetch(DEMO_POLICY_URL);
  replaceText(await response.text(), true);
  fileName.textContent = '(demo policy)';
  downloadName = 'contact-policy.json';
}

byId<HTMLInputElement>('open-file').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  // Cleared, so choosing the same file again still counts as a change.
  input.value = '';
  if (!file || !mayReplace()) return;
  replaceText(await file.text(), true);
  fileName.textContent = file.name;
  downloadName = file.name;
});

byId('download').addEventListener('click', () => {
  const text = editor.state.doc.toString();
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  savedText = text;
  const link = Object.assign(document.createElement('a'), { href: url, download: downloadName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

byId('load-demo').addEventListener('click', () => {
  if (mayReplace()) void loadDemo();
});

mountInsightsPanel(byId('insights'), editor);
byId('now').addEventListener('click', setMomentToNow);
byId('moment').addEventListener('input', applyMoment);
topicSelect.addEventListener('change', () => (preview.topic = topicSelect.value || null));
languageSelect.addEventListener('change', () => (preview.lang = languageSelect.value));

preview.lang = languageSelect.value;
setMomentToNow();
const draft = readDraft();
if (draft) {
  replaceText(draft, false);
  byId('restored').hidden = false;
} else {
  void loadDemo();
}
