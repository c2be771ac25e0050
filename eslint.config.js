// Lint: typescript-eslint recommended, plus the project's own boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/**', 'build-tinh/**', 'out/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'prefer-const': 'error',
      'require-unicode-regexp': 'error',
    },
  },
  {
    // The engine is pure: no Node, no Google, no file formats, nothing outside src/core.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'os',
            'exceljs',
            'docx',
            'playwright-core',
            // Any depth: the engine reaches neither shell nor the repository's other folders
            // (tests/core/imports.test.ts resolves every path to the same end).
            '**/gas/**',
            '**/node/**',
            '**/sheets-templates/**',
            '**/tests/**',
            '**/bench/**',
            '**/scripts/**',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'process',
        'Buffer',
        'require',
        'SpreadsheetApp',
        'DocumentApp',
        'setTimeout',
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', process: 'readonly' },
    },
  },
);
