import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Syntax-level rules only (no type information), so `npm run lint` stays a few seconds; `tsc` does the type checking. */
export default tseslint.config(
  {
    ignores: [
      'dist/',
      'bench/baseline/dist/',
      'dist-single/',
      'export/',
      'bench/results/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests edit parsed JSON of any shape to break it on purpose, and look for stray control characters in output.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-control-regex': 'off' },
  },
);
