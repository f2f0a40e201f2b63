// FAQ search speed: FAQ sizes × query kinds → median and p95 ms per search, and index build time.
// Entries are real customer sentences from BANKING77, so vocabulary and lengths are realistic.
// Usage: npm run bench
import { performance } from 'node:perf_hooks';
import { FaqSearch, type SearchableEntry } from '../src/search/faq-search.js';
import { banking77 } from './eval.js';

const SIZES = [500, 2_000, 10_000];
const RUNS = 200;

// A fixed pseudo-random sequence, so every run measures the same work.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const { entries: intents, queries } = banking77();
const sentences = queries.map((q) => q.text);

function faqOfSize(size: number): SearchableEntry[] {
  return Array.from({ length: size }, (_, i) => {
    const intent = intents[i % intents.length] as SearchableEntry;
    return {
      id: `entry-${i}`,
      question: sentences[i % sentences.length] ?? '',
      answer: Array.from({ length: 3 }, () => pick(sentences)).join(' '),
      keywords: [intent.question, ...(intent.keywords ?? []).slice(0, 2)],
    };
  });
}

const words = [...new Set(sentences.join(' ').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 5))];
const KINDS: Record<string, () => string> = {
  'one word': () => pick(words),
  'short phrase': () => pick(sentences).split(' ').slice(0, 5).join(' '),
  '300-char email': () => {
    let body = 'Good afternoon, ';
    while (body.length < 300) body += `${pick(sentences)} `;
    return `${body.slice(0, 300)} Kind regards, Sam`;
  },
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Builds the index the way the page does and reports the longest stretch the event loop was blocked. */
async function slicedBuild(faq: SearchableEntry[]): Promise<{ search: FaqSearch; total: number; longestTask: number }> {
  let longestTask = 0;
  let last = performance.now();
  let ticking = true;
  const tick = () => {
    const now = performance.now();
    longestTask = Math.max(longestTask, now - last);
    last = now;
    if (ticking) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const start = performance.now();
  const search = await FaqSearch.buildInSlices(faq);
  const total = performance.now() - start;
  ticking = false;
  longestTask = Math.max(longestTask, performance.now() - last);
  return { search, total, longestTask };
}

// Warm up the JIT so the first measured size is not charged for compilation.
FaqSearch.build(faqOfSize(300)).search('card arrival');

console.log('| entries | index build ms (sliced) | longest task ms | query | median ms | p95 ms | max ms |');
console.log('|---:|---:|---:|---|---:|---:|---:|');
for (const size of SIZES) {
  const faq = faqOfSize(size);
  const { search, total: build, longestTask } = await slicedBuild(faq);
  for (const [kind, make] of Object.entries(KINDS)) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const query = make();
      const t0 = performance.now();
      search.search(query, { limit: 3 });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${size.toLocaleString('en')} | ${build.toFixed(0)} | ${longestTask.toFixed(1)} | ${kind} | ${percentile(times, 0.5).toFixed(2)} | ${percentile(times, 0.95).toFixed(2)} | ${(times.at(-1) ?? 0).toFixed(2)} |`);
  }
}
