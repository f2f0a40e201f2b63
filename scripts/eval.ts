// Hit rates of the FAQ search: BANKING77 (English, real bank customers) and a Dutch set written
// for the demo FAQ. Usage: npm run eval [-- --misses]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { localize } from '../src/i18n/text.js';
import type { FaqItem } from '../src/policy/schema.js';
import { FaqSearch, type SearchableEntry } from '../src/search/faq-search.js';

interface Query {
  text: string;
  expect: string;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** One entry per intent (its name in words, its first five phrasings as keywords); the rest are queries. */
export function banking77(): { entries: SearchableEntry[]; queries: Query[] } {
  const rows = parseCsv(readFileSync(new URL('../../shared/data/banking77/train.csv', import.meta.url), 'utf8')).slice(1);
  const byIntent = new Map<string, string[]>();
  for (const [text, intent] of rows) {
    if (!text || !intent) continue;
    byIntent.set(intent, [...(byIntent.get(intent) ?? []), text]);
  }
  const entries: SearchableEntry[] = [];
  const queries: Query[] = [];
  for (const [intent, texts] of byIntent) {
    entries.push({ id: intent, question: intent.replaceAll('_', ' '), answer: '', keywords: texts.slice(0, 5) });
    for (const text of texts.slice(5)) queries.push({ text, expect: intent });
  }
  return { entries, queries };
}

export function demoFaq(lang: string): SearchableEntry[] {
  const policy = JSON.parse(readFileSync(new URL('../demo/contact-policy.json', import.meta.url), 'utf8')) as { faq: FaqItem[]; locale: string };
  return policy.faq.map((item) => ({
    id: item.id,
    question: localize(item.question, lang, policy.locale),
    answer: localize(item.answer, lang, policy.locale),
    keywords: item.keywords ?? [],
    topics: item.topics ?? [],
  }));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

function evaluate(name: string, entries: SearchableEntry[], queries: Query[], showMisses: boolean) {
  const buildStart = performance.now();
  const search = FaqSearch.build(entries);
  const buildMs = performance.now() - buildStart;
  let top1 = 0;
  let top3 = 0;
  let none = 0;
  const times: number[] = [];
  const misses: string[] = [];
  for (const query of queries) {
    const start = performance.now();
    const results = search.search(query.text, { limit: 3 });
    times.push(performance.now() - start);
    const rank = results.findIndex((result) => result.id === query.expect);
    if (rank === 0) top1++;
    if (rank >= 0) top3++;
    if (rank !== 0) {
      const where = rank > 0 ? `#${rank + 1}` : 'missing';
      misses.push(`  [${where}] ${JSON.stringify(query.text)} → ${results.map((r) => r.id).join(', ') || '(nothing)'}; expected ${query.expect}`);
    }
    if (results.length === 0) none++;
  }
  times.sort((a, b) => a - b);
  const pct = (n: number) => `${((100 * n) / queries.length).toFixed(1)}%`;
  console.log(`| ${name} | ${entries.length} | ${queries.length} | ${pct(top1)} | ${pct(top3)} | ${pct(none)} | ${percentile(times, 0.5).toFixed(2)} | ${percentile(times, 0.95).toFixed(2)} | ${buildMs.toFixed(0)} |`);
  if (showMisses) console.log(misses.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const showMisses = process.argv.includes('--misses');
  console.log('| set | entries | queries | top-1 | top-3 | no suggestion | median ms | p95 ms | index ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const bank = banking77();
  evaluate('BANKING77 (en)', bank.entries, bank.queries, showMisses && process.argv.includes('banking77'));
  const dutch = JSON.parse(readFileSync(new URL('../eval/nl-queries.json', import.meta.url), 'utf8')) as Query[];
  evaluate('Helder Energie (nl)', demoFaq('nl'), dutch, showMisses);
}
