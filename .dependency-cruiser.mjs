/**
 * The widget's rooms and their doors (issue 21, item 6; /work/shared/STYLE.md, "The layout we are
 * moving to"). Rooms follow what loads when: entry/ loads with the page, panel/ on the first sign of
 * intent, self-service/ once the panel is open. A later room may know an earlier
 * room's types; an earlier room reaches a later one only through the loader, entry/parts.ts.
 *
 * Every edge counts, type-only ones included (tsPreCompilationDeps): `import type`, and
 * `typeof import('…')` (dependency type `type-import`). A type-only import leaves no trace in the
 * bundle, but it still ties one room's source to another's, and rooms are kept apart in source too.
 * dependency-cruiser also calls `import { type A } from …` type-only, which under verbatimModuleSyntax
 * stays a real import; eslint's no-import-type-side-effects keeps that form out of the code.
 *
 * Dynamic imports count as edges as well, cycles included. The loader's `import()` of a later room
 * plus that room's type imports from entry/panel-host.ts and entry/part-outcome.ts form no cycle
 * because those two files import neither parts.ts nor anything that does; today's code has no cycle
 * of any kind, dynamic ones counted, so every cycle is forbidden.
 *
 * `npm run deps` checks src/; CI runs it as the step "dependency rule".
 */
const ROOMS = '^src/components/kanaal-wijzer/';
const ENTRY = `${ROOMS}entry/`;
const PANEL = `${ROOMS}panel/`;
const SELF_SERVICE = `${ROOMS}self-service/`;
const LATER_ROOMS = `${ROOMS}(panel|self-service)/`;
const LOADER = `${ENTRY}parts\\.ts$`;
const TYPES_ONLY = ['type-only', 'type-import'];

export default {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycle anywhere in src/, type-only and dynamic imports included.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'later-rooms-only-through-the-loader',
      comment:
        'Nothing outside panel/ and self-service/ imports them statically (type-only counts): the entry reaches them only by the dynamic import in entry/parts.ts.',
      severity: 'error',
      from: { path: '^src/', pathNot: LATER_ROOMS },
      to: { path: LATER_ROOMS, dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'one-loader',
      comment: 'No import() of our own code anywhere in the widget but entry/parts.ts, the one door for late code, which answers with the module or why it is missing. The CLI and the receiver run under Node, where loading a command or a store on demand is theirs.',
      severity: 'error',
      from: { path: '^src/', pathNot: [LOADER, '^src/cli/', '^src/server/'] },
      to: { path: '^src/', dependencyTypes: ['dynamic-import'] },
    },
    {
      name: 'panel-knows-entry-types-only',
      comment: 'panel/ may import the types of entry/ (panel-host.ts, part-outcome.ts), never its code: a lazy chunk never statically imports another part.',
      severity: 'error',
      from: { path: PANEL },
      to: { path: ENTRY, dependencyTypesNot: TYPES_ONLY },
    },
    {
      name: 'self-service-knows-earlier-types-only',
      comment: 'self-service/ may import the types of entry/ and panel/, never their code.',
      severity: 'error',
      from: { path: SELF_SERVICE },
      to: { path: `${ROOMS}(entry|panel)/`, dependencyTypesNot: TYPES_ONLY },
    },
    {
      name: 'panel-never-imports-self-service',
      comment: 'self-service/ is a later room than panel/: the panel knows it only by its door in entry/panel-host.ts.',
      severity: 'error',
      from: { path: PANEL },
      to: { path: SELF_SERVICE },
    },
    {
      name: 'plain-modules-know-no-components',
      comment: 'The plain modules (no element, most without DOM) never import the element or its rooms.',
      severity: 'error',
      from: { path: '^src/(time|search|policy|outbox|storage|i18n|internal|insights)/' },
      to: { path: '^src/components/' },
    },
    {
      name: 'server-is-never-imported',
      comment: "src/server/ is the site's half (receiver, stores, forwarders): nothing but it and the CLI that runs it imports it, so none of it reaches the widget.",
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/server/', '^src/cli/'] },
      to: { path: '^src/server/' },
    },
    {
      name: 'server-knows-no-components',
      comment: 'The server runs without a DOM and never imports the element or its rooms.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/components/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Resolves packages as the bundler does (their "exports", ES modules first), so subpaths such
    // as fuse.js/basic resolve instead of showing up as unknown.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
