// The checks that run a pattern over text a customer types or a policy holds, on hostile input
// built to make a backtracking pattern slow: median and max ms per check, by input length.
// Usage: npx tsx scripts/bench-patterns.ts (part of npm run bench)
import { performance } from 'node:perf_hooks';
import { EMAIL_ADDRESS, isEmailAddress } from '../src/policy/checks.js';

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
