import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import { boundaryZones } from './eslint/boundaries.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-client',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      'tests/lint/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Only attributes a person can read or hear; routes, class names and ids are not text.
          'jsx-attributes': {
            include: ['^(alt|aria-label|aria-description|aria-valuetext|title|placeholder|label)$'],
          },
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML: user input reaches these views.',
        },
      ],
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'zustand', 'zustand/*', 'i18next', 'react-i18next'],
              message: 'domain stays framework-free.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'fetch',
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.ts', '*.config.js', 'scripts/**'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['eslint.config.js', 'eslint/**/*.js', 'scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // A module declaration says what a bundler import gives: for `?entry-url`, a default string.
    files: ['playwright.config.ts', 'vite.config.ts', 'src/**/*.d.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    // Boot scripts (the app's, the bench floor's) run as classic scripts, untyped and unbundled.
    files: ['public/**/*.js', 'scripts/bench/floor/public/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false },
      sourceType: 'script',
      globals: globals.browser,
    },
  },
);
