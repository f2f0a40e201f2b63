/**
 * The marketer's policy editor: the validator runs as they type and underlines each problem at
 * its path; the widget beside it shows the policy for a chosen topic, language and moment
 * ("how does it look on Sunday at 11:00?"). Nothing typed is lost: every change is kept in this
 * browser until a file is downloaded or another is opened.
 */
import { json, jsonLanguage } from '@codemirror/lang-json';
import { syntaxTree } from '@codemirror/language';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { Compartment } from '@codemirror/state';
import { EditorView, basicSetup } from 'codemirror';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { locateProblems } from '../../src/policy/json-position.js';
import { parsePolicyText, type PolicyError, type ValidationResult } from '../../src/policy/validate.js';
import { dateKey, instantOf, wallClock } from '../../src/time/zoned.js';
import { onLanguageChange, problems, setUiLanguage, t, translatePage, uiLanguage, type UiLanguage } from './i18n.js';
import { mountInsightsPanel } from './insights-panel.js';
import { rangeOfPath, type TextRange } from './json-paths.js';
import { policyJsonSchema } from '../../scripts/policy-json-schema.js';
import { policyCompletion, policyHover, type JsonSchema } from './schema-help.js';

// The JSON Schema that policy.schema.json holds, made as scripts/generate-schema.ts makes it, so
// the demo servers need not serve a file from outside demo/.
const editorSchema = policyJsonSchema() as JsonSchema;

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
let lastResult: ValidationResult | undefined;
let fileNameKey: string | undefined;

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

/** Where a problem is in the text: its line and column when the validator gave them, else its path. */
function rangeOfProblem(view: EditorView, error: PolicyError): TextRange {
  const text = view.state.doc.toString();
  const range = rangeOfPath(syntaxTree(view.state), text, error.path);
  if (error.line === undefined || error.column === undefined || error.line > view.state.doc.lines) return range;
  const from = Math.min(view.state.doc.line(error.line).from + error.column - 1, text.length);
  return range.from <= from && from < range.to ? range : { from, to: Math.min(view.state.doc.lineAt(from).to, text.length) };
}

/** A syntax error's path only repeats its line and column. */
function pathShown(error: PolicyError): string {
  return error.line !== undefined && error.path === `line ${error.line}, column ${error.column}` ? '' : error.path;
}

function showProblems(result: ValidationResult, view: EditorView): void {
  const policy = result.policy;
  const mistakes = result.errors.filter((error) => !error.consequence).length;
  if (result.fatal) {
    summary.className = 'summary fatal';
    summary.textContent = t('fatal', { problems: problems(mistakes) });
  } else if (mistakes > 0) {
    summary.className = 'summary partial';
    summary.textContent = t('partial', { problems: problems(mistakes) });
  } else {
    summary.className = 'summary valid';
    const faq = Array.isArray(policy?.faq) ? policy.faq.length : 0;
    summary.textContent = t('valid', { channels: policy?.channels.length ?? 0, topics: policy?.topics?.length ?? 0, faq, notices: policy?.notices?.length ?? 0 });
  }
  problemList.replaceChildren(
    ...result.errors.map((error) => {
      const item = document.createElement('li');
      if (error.consequence) item.className = 'consequence';
      const jump = document.createElement('button');
      jump.type = 'button';
      const path = pathShown(error);
      if (error.line !== undefined) {
        const position = document.createElement('span');
        position.className = 'position';
        position.textContent = `${error.line}:${error.column}`;
        jump.title = t('jumpTo', { line: error.line, column: error.column ?? 1 });
        const where = document.createElement('span');
        where.className = 'path';
        where.textContent = path;
        jump.append(position, ...(path ? [' ', where] : []));
      } else {
        jump.textContent = path || t('wholePolicy');
      }
      jump.addEventListener('click', () => {
        const range = rangeOfProblem(view, error);
        view.dispatch({ selection: { anchor: range.from, head: range.to }, scrollIntoView: true });
        view.focus();
      });
      item.append(jump, path || error.line === undefined ? `: ${error.message}` : ` ${error.message}`);
      return item;
    }),
  );
}

/** Topic choices follow the policy being edited; the current choice stays when it still exists. */
function offerTopics(result: ValidationResult): void {
  const current = topicSelect.value;
  const options = [new Option(t('fromPage'), '')];
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
  const weekday = new Intl.DateTimeFormat(uiLanguage() === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', timeZone }).format(instant);
  byId('moment-note').textContent = t('moment', { weekday, date: dateInput.value, time: timeInput.value, zone: timeZone });
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
    const parsed = parsePolicyText(text);
    const result = { ...parsed, errors: locateProblems(text, parsed.errors) };
    lastResult = result;
    showProblems(result, view);
    showPreview(text, result);
    return result.errors.map((error): Diagnostic => {
      const path = pathShown(error);
      return {
        ...rangeOfProblem(view, error),
        severity: error.consequence ? 'info' : result.fatal ? 'error' : 'warning',
        message: path ? `${path}: ${error.message}` : error.message,
      };
    });
  },
  { delay: 250 },
);

const editorLabel = new Compartment();
const editor = new EditorView({
  parent: byId('editor'),
  extensions: [
    basicSetup,
    json(),
    jsonLanguage.data.of({ autocomplete: policyCompletion(editorSchema) }),
    policyHover(editorSchema),
    lintGutter(),
    policyLinter,
    editorLabel.of(EditorView.contentAttributes.of({ 'aria-label': t('editorLabel') })),
  ],
});

/** The text as last opened or downloaded: anything else is work that exists only here. */
let savedText: string | undefined;

function hasUnsavedWork(): boolean {
  return editor.state.doc.toString() !== savedText;
}

/** Asks before replacing work that was neither opened from nor saved to a file. */
function mayReplace(): boolean {
  return !hasUnsavedWork() || confirm(t('replace'));
}

function replaceText(text: string, saved: boolean): void {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
  if (saved) savedText = text;
}

async function loadDemo(): Promise<void> {
  const response = await fetch(DEMO_POLICY_URL);
  replaceText(await response.text(), true);
  fileNameKey = 'demoPolicy';
  fileName.textContent = t('demoPolicy');
  downloadName = 'contact-policy.json';
}

byId<HTMLInputElement>('open-file').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  // Cleared, so choosing the same file again still counts as a change.
  input.value = '';
  if (!file || !mayReplace()) return;
  replaceText(await file.text(), true);
  fileNameKey = undefined;
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

function showLanguage(): void {
  translatePage(document);
  editor.dispatch({ effects: editorLabel.reconfigure(EditorView.contentAttributes.of({ 'aria-label': t('editorLabel') })) });
  if (fileNameKey) fileName.textContent = t(fileNameKey);
  if (lastResult) {
    showProblems(lastResult, editor);
    offerTopics(lastResult);
  }
  applyMoment();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-ui-language]')) {
  button.addEventListener('click', () => setUiLanguage(button.dataset['uiLanguage'] as UiLanguage));
}
onLanguageChange(showLanguage);
translatePage(document);

preview.lang = languageSelect.value;
setMomentToNow();
const draft = readDraft();
if (draft) {
  replaceText(draft, false);
  byId('restored').hidden = false;
} else {
  void loadDemo();
}
