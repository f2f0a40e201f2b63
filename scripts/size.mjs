// Gzipped size of what a visitor downloads. Fails (exit 1) when what loads before the widget can
// show, or everything a visitor could ever load (every chunk), exceeds its budget. Chunks that
// load only when the site opts in through its policy (insights) have a budget of their own.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url);
const ENTRY = 'kanaalwijzer.js';
const BUDGET = { initial: 25 * 1024, all: 45 * 1024, optIn: 2 * 1024 };
const OPT_IN = /^insights-/;

const gzipped = (file) => gzipSync(readFileSync(new URL(file, DIST)), { level: 9 }).length;
const raw = (file) => readFileSync(new URL(file, DIST)).length;

/** The entry plus every chunk it imports statically: what loads before the widget can show. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(new URL(file, DIST), 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) {
    staticClosure(match[1], seen);
  }
  return seen;
}

let chunks;
try {
  chunks = readdirSync(DIST).filter((file) => file.endsWith('.js'));
} catch {
  console.error('No dist/: run "npm run build" first.');
  process.exit(1);
}
const initial = staticClosure(ENTRY);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = chunks
  .map((file) => ({ file, raw: raw(file), gzip: gzipped(file), loads: initial.has(file) ? 'at start' : OPT_IN.test(file) ? 'opt-in' : 'on demand' }))
  .sort((a, b) => b.gzip - a.gzip);
const initialTotal = rows.filter((row) => row.loads === 'at start').reduce((sum, row) => sum + row.gzip, 0);
const allTotal = rows.filter((row) => row.loads !== 'opt-in').reduce((sum, row) => sum + row.gzip, 0);
const optInTotal = rows.filter((row) => row.loads === 'opt-in').reduce((sum, row) => sum + row.gzip, 0);

console.log('| file | loads | minified | gzipped |');
console.log('|---|---|---:|---:|');
for (const row of rows) console.log(`| ${row.file} | ${row.loads} | ${kb(row.raw)} | ${kb(row.gzip)} |`);
console.log(`| **initial (entry + static imports)** | | | **${kb(initialTotal)}** / budget ${kb(BUDGET.initial)} |`);
console.log(`| **all chunks but opt-in** | | | **${kb(allTotal)}** / budget ${kb(BUDGET.all)} |`);
console.log(`| **opt-in chunks** | | | **${kb(optInTotal)}** / budget ${kb(BUDGET.optIn)} |`);

const over = [
  initialTotal > BUDGET.initial && `initial ${kb(initialTotal)} > ${kb(BUDGET.initial)}`,
  allTotal > BUDGET.all && `all chunks ${kb(allTotal)} > ${kb(BUDGET.all)}`,
  optInTotal > BUDGET.optIn && `opt-in chunks ${kb(optInTotal)} > ${kb(BUDGET.optIn)}`,
].filter(Boolean);
if (over.length > 0) {
  console.error(`Over the size budget: ${over.join('; ')}`);
  process.exit(1);
}
