// The checks that run a pattern over text a customer types or a policy holds, on hostile input
// built to make a backtracking pattern slow: median and max ms per check, by input length.
// Then the worst cases for the host page's main thread.
// Usage: npx tsx scripts/bench-patterns.ts (part of npm run bench)
import { performance } from 'node:perf_hooks';
import { EMAIL_ADDRESS, isEmailAddress } from '../src/policy/checks.js';
import { matchesPath } from '../src/policy/topics.js';
import { FaqSearch } from '../src/search/faq-search.js';
import { banking77 } from './eval.js';

const LENGTHS = [2_500, 5_000, 10_000, 20_000];
const RUNS = 7;

// Many dots and a final character that fails: every dot is a place to split the domain at.
const dotted = (n: number) => `a@${'a.'.repeat(n)} `;
const CASES: [string, (input: string) => boolean, (n: number) => string][] = [
  ['isEmailAddress, "a@" + "a." × n + " "', isEmailAddress, dotted],
  ['EMAIL_ADDRESS pattern alone, same input', (input) => EMAIL_ADDRESS.test(input), dotted],
  ['EMAIL_ADDRESS pattern alone, "a" × n + "@"', (input) => EMAIL_ADDRESS.test(input), (n) => `${'a'.repeat(n)}@`],
];

console.log('| check | n | length | median ms | max ms |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, check, make] of CASES) {
  for (const n of LENGTHS) {
    const input = make(n);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      check(input);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${n.toLocaleString('en')} | ${input.length.toLocaleString('en')} | ${(times[RUNS >> 1] ?? 0).toFixed(2)} | ${(times.at(-1) ?? 0).toFixed(2)} |`);
  }
}

// The worst cases of work on the host page's main thread: a topic glob with several `*` in one
// segment against a long segment that almost matches, and FAQ searches of hostile email bodies.
// A case stops growing once one run takes longer than BUDGET_MS, so a slow build still finishes.
// Each run gets its own input, so the search's cache of looked-up words does not hide the cost.
const BUDGET_MS = 2_000;
const WORST_RUNS = 3;
const faq = FaqSearch.build(banking77().entries);
// Warm up the JIT so the first row is not charged for compilation.
for (let i = 0; i < 50; i++) {
  faq.search(`card arrival ${i}`);
  matchesPath('/a/*/b', `/a/${i}/b`);
}
const sentence = 'My card has not arrived yet and I was charged twice for the transfer. ';
const ALPHABET = 'qwertyuiopasdfghjklzxcvbnm';
let made = 0;
/** A word no run used before, so no cached look-up answers it. */
const fresh = () => [...(made++).toString(26)].map((digit) => ALPHABET[parseInt(digit, 26)]).join('');
const letters = (n: number) => (fresh() + ALPHABET.repeat(Math.ceil(n / 26))).slice(0, n);
const WORST: [string, (input: string) => unknown, (n: number) => string, number[]][] = [
  ['glob "/*-*-*-*x", segment "/" + "-" × n', (input) => matchesPath('/*-*-*-*x', input), (n) => `/${'-'.repeat(n)}`, [100, 200, 400, 1_000]],
  ['glob "/**/**/**/x", path "/a" × n', (input) => matchesPath('/**/**/**/x', input), (n) => '/a'.repeat(n), [250, 500, 1_000, 2_000]],
  ['FAQ search, one token of n letters', (input) => faq.search(input), letters, [1_000, 5_000, 20_000, 50_000]],
  ['FAQ search, n chars of real sentences', (input) => faq.search(input), (n) => `${fresh()} ${sentence.repeat(Math.ceil(n / sentence.length))}`.slice(0, n), [2_000, 10_000, 50_000, 100_000]],
  ['FAQ search, "é" × n (decomposes)', (input) => faq.search(input), (n) => `${fresh()} ${'é'.repeat(n)}`.slice(0, n), [5_000, 20_000, 100_000]],
];

console.log('');
console.log('| worst case | n | median ms | max ms |');
console.log('|---|---:|---:|---:|');
for (const [name, run, make, sizes] of WORST) {
  let over = false;
  for (const n of sizes) {
    if (over) {
      console.log(`| ${name} | ${n.toLocaleString('en')} | not run: the previous n took over ${BUDGET_MS.toLocaleString('en')} ms | |`);
      continue;
    }
    const times: number[] = [];
    for (let i = 0; i < WORST_RUNS && !over; i++) {
      const input = make(n);
      const start = performance.now();
      run(input);
      times.push(performance.now() - start);
      over = (times.at(-1) ?? 0) > BUDGET_MS;
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${n.toLocaleString('en')} | ${(times[times.length >> 1] ?? 0).toFixed(2)} | ${(times.at(-1) ?? 0).toFixed(2)} |`);
  }
}
