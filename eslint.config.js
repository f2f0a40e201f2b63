import lit from 'eslint-plugin-lit';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const unsafeOutput = [
  { selector: "CallExpression[callee.name='unsafeHTML']", message: 'Policy text is rendered as text only.' },
  { selector: "CallExpression[callee.name='unsafeCSS']", message: 'Policy text never becomes CSS.' },
  { selector: "MemberExpression[property.name='innerHTML'][parent.type='AssignmentExpression']", message: 'No innerHTML: render with Lit templates.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'coverage/', 'screenshots/', 'types/custom-elements-*.d.ts'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    // A pattern that backtracks more than linearly freezes the page on long input (issue 25: the
    // email check took 0.5 s on 40,000 characters a customer could paste).
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': 'error' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...unsafeOutput],
      // Under verbatimModuleSyntax, `import { type A } from './a.js'` stays `import {} from './a.js'`
      // and bundles a.js, while dependency-cruiser counts it type-only: `import type` says what it does.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    // Late code loads through loadPart in entry/parts.ts only (.dependency-cruiser.mjs, rule
    // one-loader). This also catches what dependency-cruiser 17 cannot see: an import() whose address
    // is computed, and an import() of a module the file also names in a `typeof import()` type (it
    // keeps one edge per module and type-only flag: getDependencyUniqueKey in
    // src/extract/extract-dependencies.mjs).
    files: ['src/**/*.ts'],
    // The CLI and the receiver run under Node, where a command or a store loads on demand.
    ignores: ['src/components/kanaal-wijzer/entry/parts.ts', 'src/cli/**', 'src/server/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...unsafeOutput,
        { selector: 'ImportExpression', message: 'Load late code through loadPart (entry/parts.ts), the one loader.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // chai assertions such as expect(x).to.exist are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-syntax': 'off',
    },
  },
);
