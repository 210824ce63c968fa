import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import scopedChildReads from './eslint-rules/scoped-child-reads.js';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['kysely', 'pg', '@electric-sql/*', 'kysely-pglite-dialect'],
              message:
                'Only src/data talks to the database: add a function to src/data/repositories/<entity>.repository.ts and call it.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|selectNoFrom)$/]',
          message:
            'Only src/data talks to the database: add a function to src/data/repositories/<entity>.repository.ts and call it.',
        },
      ],
    },
  },
  {
    files: ['src/data/repositories/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/data/repositories/scope-filter.ts'],
    plugins: { ciclo: { rules: { 'scoped-child-reads': scopedChildReads } } },
    rules: { 'ciclo/scoped-child-reads': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'http', 'child_process', 'crypto'],
              message: 'src/core is pure: pass data in as arguments instead of doing I/O here.',
            },
            {
              group: [
                '**/data/**',
                '**/server/**',
                '**/usecases/**',
                '**/cli/**',
                '**/web/**',
                'kysely',
                'pg',
                '@electric-sql/*',
                'fastify',
              ],
              message:
                'src/core may not depend on outer layers: move the I/O to src/usecases and pass values in.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core reads no environment: take settings as a parameter.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core reads no clock: take "today" as a CalendarDate parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core reads no clock: take "today" as a CalendarDate parameter.',
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/cli/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', '**/*.test.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
