import type { Plugin, Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

const PLACEHOLDER = /(["'`])\{\\?"__kw_part_files__\\?":\[\]\}\1/;

/**
 * Writes into the built entry where each late part lives: its chunk and the chunks that chunk
 * imports, relative to the entry (src/components/kanaal-wijzer/entry/parts.ts reads them). The
 * loader needs the addresses to check a missing part's files with fetch and to import a part again
 * under a new address, and it starts a part's own imports beside it instead of one round trip later.
 * Chunk names are the parts' names: the module a dynamic import names, without its extension.
 * Only the entry's own dynamic imports are parts: a chunk a part loads itself (a language's words)
 * costs the entry nothing.
 */
export function partFiles(): Plugin {
  return {
    name: 'kanaalwijzer-part-files',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) return;
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const imported = (chunk: OutputChunk, seen = new Set<string>()): string[] => {
        for (const file of chunk.imports) {
          const next = byFile.get(file);
          if (file === entry.fileName || seen.has(file) || !next) continue;
          seen.add(file);
          imported(next, seen);
        }
        return [...seen];
      };
      const files = Object.fromEntries(
        chunks.filter((chunk) => entry.dynamicImports.includes(chunk.fileName)).map((chunk) => [chunk.name, [chunk.fileName, ...imported(chunk)]]),
      );
      if (!PLACEHOLDER.test(entry.code)) this.error('The entry has no place for the part files: src/components/kanaal-wijzer/entry/parts.ts changed?');
      entry.code = entry.code.replace(PLACEHOLDER, JSON.stringify(JSON.stringify(files)));
    },
  };
}
