import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { importBoundaries } from './scripts/lint/importBoundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.data/**', '.native/**', 'release/**', 'bench-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { heard: { rules: { 'import-boundaries': importBoundaries } } },
    rules: {
      'heard/import-boundaries': ['error', { root: import.meta.dirname }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (DESIGN.md habits); default exports are for config files only.' },
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'No focused tests on main.' },
        { selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|test|describe)$/]", message: 'No skipped tests on main.' },
      ],
    },
  },
  {
    // SQL lives in db/: the backend reads and writes through db/tables and db/read, whose
    // write functions take a WritableDb only writeTransaction hands out. A raw statement
    // here would slip past that brand.
    files: ['backend/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (DESIGN.md habits); default exports are for config files only.' },
        {
          selector: "CallExpression[callee.property.name=/^(prepare|pragma|transaction)$/]",
          message: 'SQL lives in db/ (db/tables for a table\'s reads and writes, db/read for read models); see docs/ARCHITECTURE.md, the data layer.',
        },
      ],
    },
  },
  {
    // Config files are the one place a default export is expected.
    files: ['*.config.{ts,js}', 'tests/e2e/globalSetup.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
