// Gzipped JavaScript a visitor downloads at each step of a visit, from the built dist/. Fails
// (exit 1) when the critical path (the entry and its static imports), what loads before any
// sign of intent, or a whole journey (load, open, search, email) exceeds its budget. Usage: npm run size (after npm run build).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url);
const ENTRY = 'kanaalwijzer.js';
/**
 * Caps, not goals: the goals are 10 KB critical and 60 KB for the journey (DESIGN.md). The entry
 * carries no template engine (issue 21): the launcher, the panel's frame and the fallback are plain
 * DOM on ReactiveElement, and lit-html loads with the panel. That took the entry from 13.0 to
 * 10.3 KB and before intent from 25.8 to 23.7 KB; the journey grew from 61.5 to 62.4 KB, since the
 * plain-DOM frame does in the entry what Lit's templates did with code the panel shares. Issue 23
 * then added the visitor's safeguards (drafts per tab and forget(), the endpoints allow-list, the
 * account key, message lifetimes and the not-sent view, consent withdrawal, pageUrl trimming,
 * masking, field limits): entry 10.5 KB, before intent 24.4 KB (the new policy settings' schema
 * text), journey 65.6 KB. Issue 26's French and German (word lookups, the language loader, the
 * search's folding parameter; the words themselves load only for those visitors) took the journey
 * to 66.3 KB. Then the entry reached its goal, 10 KB (10,207 B): Lit's `css` tag gave way to
 * plain constructable sheets, the host's reset to `all: initial`, the icons' strokes to one CSS
 * rule, the way forward's memo and the no-policy grace moved into the loader's chunk, the panel
 * loads parts by name, and chunk names carry six hash characters rather than eight. The critical
 * cap is the goal now. The policy's own words (issue 26: any language, a marketer's phrasing) then
 * added 1.5 KB before intent, where the validator learns the 126 word keys and their placeholders,
 * and 0.7 KB at first open, where the panel compiles them: before intent 25.7 KB, journey 68.5 KB.
 * Those two caps stop further growth. French and German as parts of the one loader (their names
 * and files, and starting a French visitor's words beside the panel) took the entry to 10,336 B;
 * the frame's "about" and "close" words went to the panel that shows them, buttons lost a reset
 * the host's `all: initial` already does, the entry's source map is no longer named in it, and the
 * two-launchers warning got shorter: 10,231 B.
 */
const BUDGET = { critical: 10 * 1024, beforeIntent: 25.75 * 1024, journey: 68.75 * 1024 };

/**
 * The chunks each step loads, by the module they are named after: what the element imports
 * dynamically at that moment. A step costs what it adds to the steps before it.
 */
const STEPS = [
  { step: 'page load (critical: entry + static imports)', chunks: [ENTRY] },
  { step: 'before intent (policy loaded and checked in idle time)', chunks: ['policy-loader', 'validate'] },
  { step: 'first open (panel, self-service, stored preference)', chunks: ['panel', 'self-service', 'store'] },
  { step: 'first search (FAQ index)', chunks: ['faq-search'] },
  { step: 'email form', chunks: [] },
  { step: 'call-back form', chunks: [] },
  { step: 'sending a message (outbox)', chunks: ['outbox'] },
  { step: 'trigger wiring (only on a page that sets `trigger`)', chunks: ['trigger-controller'] },
  { step: 'Floating UI (panel at the site\'s trigger, or no CSS anchor positioning)', chunks: ['floating-ui.dom'] },
  { step: 'insights (only when the policy asks for them)', chunks: ['insights'] },
  { step: 'forget() (a site\'s logout)', chunks: ['forget'] },
  { step: 'French words (only for a visitor in French)', chunks: ['fr'] },
  { step: 'German words (only for a visitor in German)', chunks: ['de'] },
];
const JOURNEY = ['page load', 'before intent', 'first open', 'first search', 'email form'];

let files;
try {
  files = readdirSync(DIST).filter((file) => file.endsWith('.js'));
} catch {
  console.error('No dist/: run "npm run build" first.');
  process.exit(1);
}

const gzipped = (file) => gzipSync(readFileSync(new URL(file, DIST)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A chunk file by the module it is named after: "panel" is panel-Ab12.js, not panel-view-Cd34.js. */
function chunkFile(name) {
  if (name === ENTRY) return ENTRY;
  const found = files.find((file) => new RegExp(`^${name}-[\\w-]{6}\\.js$`).test(file));
  if (!found) throw new Error(`No chunk named ${name} in dist/: did the build's chunks change? Update STEPS in scripts/size.mjs.`);
  return found;
}

/** The file plus every chunk it imports statically: they load with it. */
function staticClosure(file, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(new URL(file, DIST), 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])import(?:[\w*{}\s,$]+from)?\s*["']\.\/([^"']+)["']/g)) staticClosure(match[1], seen);
}

const loaded = new Set();
const rows = [];
let total = 0;
for (const { step, chunks } of STEPS) {
  const before = new Set(loaded);
  for (const name of chunks) staticClosure(chunkFile(name), loaded);
  const added = [...loaded].filter((file) => !before.has(file));
  const bytes = added.reduce((sum, file) => sum + gzipped(file), 0);
  total += bytes;
  rows.push({ step, added, bytes, total });
}
const unused = files.filter((file) => !loaded.has(file));

console.log('| step | chunks it adds | adds (gzip) | total so far |');
console.log('|---|---|---:|---:|');
for (const row of rows) console.log(`| ${row.step} | ${row.added.join(', ') || '–'} | ${kb(row.bytes)} | ${kb(row.total)} |`);
if (unused.length > 0) console.log(`\nChunks no step loads: ${unused.join(', ')}`);

const critical = rows[0].bytes;
const beforeIntent = rows[1].total;
const journey = rows.filter((row) => JOURNEY.some((name) => row.step.startsWith(name))).reduce((sum, row) => sum + row.bytes, 0);
console.log(`\ncritical ${kb(critical)} (${critical} B) / budget ${kb(BUDGET.critical)}; before intent ${kb(beforeIntent)} / budget ${kb(BUDGET.beforeIntent)}; journey load + open + search + email ${kb(journey)} / budget ${kb(BUDGET.journey)}`);
const over = [
  critical > BUDGET.critical && `critical ${kb(critical)} > ${kb(BUDGET.critical)}`,
  beforeIntent > BUDGET.beforeIntent && `before intent ${kb(beforeIntent)} > ${kb(BUDGET.beforeIntent)}`,
  journey > BUDGET.journey && `journey ${kb(journey)} > ${kb(BUDGET.journey)}`,
].filter(Boolean);
if (over.length > 0) {
  console.error(`Over the size budget: ${over.join('; ')}`);
  process.exit(1);
}
