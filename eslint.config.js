import lit from 'eslint-plugin-lit';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

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
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='unsafeHTML']", message: 'Policy text is rendered as text only.' },
        { selector: "CallExpression[callee.name='unsafeCSS']", message: 'Policy text never becomes CSS.' },
        { selector: "MemberExpression[property.name='innerHTML'][parent.type='AssignmentExpression']", message: 'No innerHTML: render with Lit templates.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
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
