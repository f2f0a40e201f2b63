/**
 * The editor's Insights panel: an event log from the insights endpoint read next to the policy
 * being edited, and a content gap turned into a draft FAQ entry that the validator then checks.
 * The figures come from the same module as `kanaalwijzer insights`.
 */
import { ensureSyntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import { StateEffect } from '@codemirror/state';
import { EditorView } from 'codemirror';
import type { SyntaxNode } from '@lezer/common';
import { buildReport, FIGURE_LABELS, parseLog, URGENCY_COLUMNS, type ContentGap, type Figures, type InsightsReport, type ParsedLog } from '../../src/insights/report.js';
import type { LocalText, Policy } from '../../src/policy/schema.js';

/** Where the demo server keeps the events the demo pages send. */
const DEMO_LOG_URL = '/insights.ndjson';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function table(caption: string, header: string[], rows: (Node | string | number)[][]): HTMLElement {
  if (rows.length === 0) return element('p', { className: 'note' }, `${caption}: none.`);
  const head = element('tr', {}, ...header.map((cell) => element('th', { scope: 'col' }, cell)));
  const body = rows.map((row) =>
    element('tr', {}, ...row.map((cell, i) => (i === 0 ? element('th', { scope: 'row' }, String(cell)) : typeof cell === 'number' ? element('td', {}, String(cell)) : element('td', { className: 'text' }, cell)))),
  );
  return element('table', {}, element('caption', {}, caption), element('thead', {}, head), element('tbody', {}, ...body));
}

function readPolicy(text: string): Partial<Policy> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Partial<Policy>) : undefined;
  } catch {
    return undefined;
  }
}

function textOf(text: LocalText | undefined, locale: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return typeof text === 'string' ? text : (text[locale ?? ''] ?? Object.values(text)[0]);
}

/** An FAQ id from the query, unlike any the policy has: "warmtepomp subsidie" → "warmtepomp-subsidie". */
function newId(query: string, taken: Set<string>): string {
  const base =
    query
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'nieuwe-vraag';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function property(object: SyntaxNode | null, key: string, state: EditorState): SyntaxNode | undefined {
  for (let child = object?.firstChild ?? null; child; child = child.nextSibling) {
    const name = child.getChild('PropertyName');
    if (child.name === 'Property' && name && state.sliceDoc(name.from, name.to) === JSON.stringify(key)) return child;
  }
  return undefined;
}

const indent = (json: string, spaces: string) => json.replace(/\n/g, `\n${spaces}`);

export function mountInsightsPanel(root: HTMLElement, editor: EditorView): void {
  let log: ParsedLog | undefined;
  let source = '';
  const status = element('p', { className: 'note', role: 'status' }, 'Open an event log from your insights endpoint to see what visitors searched, what helped and where they went.');
  const figures = element('div', { className: 'insights-figures' });
  const fileInput = element('input', { type: 'file', accept: '.ndjson,.jsonl,.json,.log,.txt', multiple: true, hidden: true, id: 'insights-file' });
  const demoButton = element('button', { type: 'button', className: 'button quiet' }, "Open the demo's log");

  root.replaceChildren(
    element('h2', { id: 'insights-title' }, 'Insights'),
    element('div', { className: 'file-actions' }, element('label', { className: 'button' }, 'Open event log…', fileInput), demoButton),
    status,
    figures,
  );

  const show = () => {
    if (!log) return;
    const policy = readPolicy(editor.state.doc.toString());
    render(buildReport(log), policy);
  };

  const load = (text: string, name: string) => {
    log = parseLog(text);
    source = name;
    show();
  };

  fileInput.addEventListener('change', async () => {
    const files = [...(fileInput.files ?? [])];
    fileInput.value = '';
    if (files.length === 0) return;
    const texts = await Promise.all(files.map((file) => file.text()));
    load(texts.join('\n'), files.map((file) => file.name).join(', '));
  });

  demoButton.addEventListener('click', async () => {
    const response = await fetch(DEMO_LOG_URL).catch(() => undefined);
    if (!response?.ok) {
      status.textContent = "The demo has no events yet: click around the demo pages (npm start) and try again.";
      return;
    }
    load(await response.text(), 'the demo');
  });

  // The figures name topics, channels and answers as the policy being edited does.
  let refresh: ReturnType<typeof setTimeout> | undefined;
  editor.dispatch({
    effects: StateEffect.appendConfig.of(
      EditorView.updateListener.of((update) => {
        if (!update.docChanged || !log) return;
        clearTimeout(refresh);
        refresh = setTimeout(show, 300);
      }),
    ),
  });

  let keepStatus = false;

  function render(report: InsightsReport, policy: Partial<Policy> | undefined): void {
    const locale = policy?.locale;
    const topicName = (id: string | null) => {
      if (id === null) return '(no topic)';
      const label = textOf(policy?.topics?.find((topic) => topic.id === id)?.label, locale);
      return label ? `${label} (${id})` : `${id} (not in this policy)`;
    };
    const channelName = (id: string) => {
      const label = textOf(policy?.channels?.find((channel) => channel.id === id)?.label, locale);
      return label ? `${label} (${id})` : `${id} (not in this policy)`;
    };
    const faq = Array.isArray(policy?.faq) ? policy.faq : [];
    const answerName = (id: string) => {
      const question = textOf(faq.find((entry) => entry.id === id)?.question, locale);
      return question ? `${question} (${id})` : `${id} (not in this policy)`;
    };
    const skipped = report.badLines + report.badEvents;
    const period = report.period ? `${report.period.from.slice(0, 10)} – ${report.period.to.slice(0, 10)}` : 'no events';
    // The refresh that follows adding a draft keeps the "Added …" line: the marketer still needs it.
    const forged = report.forgedIds ? `; ${report.forgedIds} events with forged ids ignored` : '';
    if (!keepStatus) status.textContent = `${report.events} events from ${source}, ${period}${skipped ? `; ${skipped} bad lines or events skipped` : ''}${forged}.`;
    keepStatus = false;
    const keys = Object.keys(FIGURE_LABELS) as (keyof Figures)[];
    figures.replaceChildren(
      table('Per topic', ['topic', ...keys.map((key) => FIGURE_LABELS[key])], [
        ...report.topics.map((t) => [topicName(t.topic), ...keys.map((key) => t[key])]),
        ['all', ...keys.map((key) => report.total[key])],
      ]),
      table(
        'Channel picks',
        ['channel', 'picks', 'while closed', ...URGENCY_COLUMNS.map((u) => `urgency: ${u}`)],
        report.total.channels.map((c) => [channelName(c.channel), c.picks, c.closed, ...URGENCY_COLUMNS.map((u) => c.byUrgency[u] ?? 0)]),
      ),
      table(
        'Content gaps',
        ['query', 'topic', 'searches', 'no answer', 'answers not opened', ''],
        report.gaps.map((gap) => [gap.query, topicName(gap.topic), gap.searches, gap.noAnswer, gap.notOpened, draftButton(gap, policy)]),
      ),
      table(
        'Answers',
        ['answer', 'views', 'deflections', 'helpful', 'not helpful'],
        report.answers.map((a) => [answerName(a.id), a.views, a.deflections, a.helpful, a.notHelpful]),
      ),
    );
  }

  function draftButton(gap: ContentGap, policy: Partial<Policy> | undefined): HTMLButtonElement {
    const button = element('button', { type: 'button', className: 'link-button' }, 'Add as FAQ draft');
    button.setAttribute('aria-label', `Add "${gap.query}" as FAQ draft`);
    button.addEventListener('click', () => addDraft(gap, policy));
    return button;
  }

  /** Adds {id, question, answer: "", topics} at the end of the FAQ: the empty answer is for the marketer to write. */
  function addDraft(gap: ContentGap, policy: Partial<Policy> | undefined): void {
    const state = editor.state;
    const current = readPolicy(state.doc.toString());
    if (!current) {
      status.textContent = 'The policy is not valid JSON yet: fix that first, then add the draft.';
      return;
    }
    if (typeof current.faq === 'string') {
      status.textContent = `The FAQ is in a separate file (${current.faq}); add the question "${gap.query}" there.`;
      return;
    }
    const faq = Array.isArray(current.faq) ? current.faq : [];
    // A topic the policy does not have stays out of it: anyone can post events, so the log's ids are only claims.
    const topics = gap.topic && (policy?.topics ?? []).some((topic) => topic.id === gap.topic) ? [gap.topic] : undefined;
    const entry = { id: newId(gap.query, new Set(faq.map((item) => item.id))), question: gap.query, answer: '', ...(topics && { topics }) };
    const tree = ensureSyntaxTree(state, state.doc.length, 2000);
    const top = tree?.topNode.getChild('Object') ?? null;
    const faqProperty = property(top, 'faq', state);
    const array = faqProperty?.lastChild?.name === 'Array' ? faqProperty.lastChild : undefined;
    let insert: string;
    let at: number;
    if (array) {
      at = array.to - 1;
      const hasItems = array.getChildren('Object').length > 0;
      const before = state.sliceDoc(array.from, at).trimEnd();
      at = array.from + before.length;
      insert = `${hasItems ? ',' : ''}\n    ${indent(JSON.stringify(entry, null, 2), '    ')}${hasItems ? '' : '\n  '}`;
    } else if (top) {
      const close = top.lastChild;
      at = state.sliceDoc(top.from, close ? close.from : top.to).trimEnd().length + top.from;
      insert = `,\n  "faq": [\n    ${indent(JSON.stringify(entry, null, 2), '    ')}\n  ]`;
    } else {
      status.textContent = 'The policy is not an object: there is nowhere to add the draft.';
      return;
    }
    const answerAt = at + insert.indexOf('"answer": ""') + '"answer": "'.length;
    editor.dispatch({ changes: { from: at, insert }, selection: { anchor: answerAt }, scrollIntoView: true });
    editor.focus();
    const unknownTopic = gap.topic && !topics ? ` It has no topics: "${gap.topic}" is not in this policy.` : '';
    status.textContent = `Added "${entry.id}" to the FAQ: write its answer where the cursor is.${unknownTopic}`;
    keepStatus = true;
  }
}
