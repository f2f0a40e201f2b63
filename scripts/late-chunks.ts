import type { Rolldown } from 'vite';

type ChunkingContext = Parameters<Extract<Rolldown.CodeSplittingGroup['name'], (...args: never[]) => unknown>>[1];

/**
 * Which shared chunk a late module goes into, by the parts that need it. Left to itself the bundler
 * gives every set of sharing parts a chunk of its own: a cold click then waited on nine files (the
 * policy loader's three, the validator, the panel and its three), and a browser on HTTP/1.1 fetches
 * six at a time from one host, so the last three came one whole round trip later (`npm run bench`,
 * every chunk 3 s slow: click → filled panel 6.0 s). Two groups bring that to six:
 * - `policy-kit`: what the policy loader shares with the validator, the panel and self-service
 *   (topics, time zones, the checks). It loads beside the loader, in idle time, as before.
 * - `keeping`: what the panel shares with `forget()`'s part (the outbox's message, the tab's keys),
 *   tiny, and kept apart from the panel so that a logout page's `forget()` does not load the panel.
 * A module the entry imports stays in the entry; a part's own module stays its part's chunk.
 */
export function lateChunkGroup(entryId: string): (moduleId: string, context: ChunkingContext) => string | null {
  let last: { context: ChunkingContext; groups: Map<string, string> } | undefined;
  return (moduleId, context) => {
    if (last?.context !== context) last = { context, groups: groupsOf(entryId, context) };
    return last.groups.get(moduleId) ?? null;
  };
}

function groupsOf(entryId: string, context: ChunkingContext): Map<string, string> {
  const closure = (root: string): Set<string> => {
    const seen = new Set([root]);
    for (const id of seen) for (const next of context.getModuleInfo(id)?.importedIds ?? []) seen.add(next);
    return seen;
  };
  const entry = closure(entryId);
  const parts = new Set<string>();
  for (const id of entry) for (const next of context.getModuleInfo(id)?.dynamicallyImportedIds ?? []) if (!entry.has(next)) parts.add(next);
  const part = (path: RegExp): string => {
    const found = [...parts].find((id) => path.test(id));
    if (!found) throw new Error(`late-chunks: no part matches ${path}; were parts renamed in src/components/kanaal-wijzer/entry/parts.ts?`);
    return found;
  };
  const policyLoader = part(/[\\/]entry[\\/]policy-loader\.ts$/);
  const panel = part(/[\\/]panel[\\/]panel\.ts$/);
  const forget = part(/[\\/]storage[\\/]forget\.ts$/);

  const neededBy = new Map<string, Set<string>>();
  for (const root of parts) {
    for (const id of closure(root)) {
      if (entry.has(id) || parts.has(id)) continue;
      let roots = neededBy.get(id);
      if (!roots) neededBy.set(id, (roots = new Set()));
      roots.add(root);
    }
  }
  const groups = new Map<string, string>();
  for (const [id, roots] of neededBy) {
    if (roots.size < 2) continue;
    if (roots.has(policyLoader)) groups.set(id, 'policy-kit');
    else if (roots.has(panel) && roots.has(forget)) groups.set(id, 'keeping');
  }
  return groups;
}
