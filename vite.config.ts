import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { demoApi } from './scripts/demo-api.ts';
import { minifyLiterals } from './scripts/minify-literals.ts';
import { lateChunkGroup } from './scripts/late-chunks.ts';
import { partFiles } from './scripts/part-files.ts';
import { stripSchemaDocs } from './scripts/strip-schema-docs.ts';

const entry = fileURLToPath(new URL('./src/kanaalwijzer.ts', import.meta.url));

export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        // The demo pages load the widget exactly as a site owner does: <script src="/kanaalwijzer.js">.
        root: 'demo',
        // Each topic has its own page, as on a real site: /factuur/, /storing/, …
        appType: 'mpa',
        resolve: { alias: [{ find: /^\/kanaalwijzer\.js$/, replacement: entry }] },
        // The demo's inbox database changes with every message; it is data, not a page to reload.
        server: { fs: { allow: ['..'] }, watch: { ignored: ['**/inbox.sqlite*'] } },
        plugins: [demoApi()],
      }
    : {
        plugins: [minifyLiterals(), stripSchemaDocs(), partFiles()],
        build: {
          target: 'es2022',
          outDir: 'dist',
          emptyOutDir: true,
          // Made, but not named in the files: the comment would ship to every visitor (README: Deploying).
          sourcemap: 'hidden',
          minify: true,
          // Library mode leaves ES output unminified even with build.minify; Rolldown's own option
          // does the full job. Every byte ships to every visitor.
          rolldownOptions: {
            // Comments, /* @__PURE__ */ annotations among them, have done their work once the
            // bundle is tree-shaken. Six hash characters (36 bits) tell releases apart as well as
            // eight: the entry names every chunk, twice, and hash characters do not compress.
            output: { minify: true, comments: false, chunkFileNames: '[name]-[hash:6].js', codeSplitting: { groups: [{ name: lateChunkGroup(entry), includeDependenciesRecursively: false }] } },
            // Lets code shared by the entry and lazy chunks live in the entry (which always loads
            // first) instead of an extra file that also loads at start and compresses worse.
            preserveEntrySignatures: 'allow-extension',
          },
          lib: { entry, formats: ['es'], fileName: () => 'kanaalwijzer.js' },
        },
      },
);
