/**
 * Typing-mistake distance between two words: insertions, deletions, substitutions and swaps of
 * neighbouring letters ("factuur" / "facturu") each count one (optimal string alignment).
 *
 * The policy validator's "did you mean" uses it (the FAQ search uses fuse.js): a few hundred bytes
 * where fuse.js would add 7.5 KB gzipped to the validator's chunk for one lookup in a short list.
 *
 * With `limit`, gives up as soon as the distance must exceed it and returns `limit + 1`: comparing
 * one word with many, almost every comparison is hopeless early on.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      let distance = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (same ? 0 : 1));
      if (!same && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = distance;
      rowBest = Math.min(rowBest, distance);
    }
    if (rowBest > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit + 1);
}
