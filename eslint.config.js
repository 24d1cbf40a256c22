// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { waypointPlugin } from './eslint-rules/import-boundaries.js';

const noUi = ['react', 'react-dom', 'react/*', '@mantine/*', 'chart.js', 'react-chartjs-2', 'chartjs-plugin-annotation'];
const noNode = ['node:*', 'fs', 'path', 'os', 'child_process', 'electron', 'electron/*'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'dist-web*/', 'release/', 'test-results/', 'playwright-report/', '.server-data/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...noUi, ...noNode], message: 'shared/ is pure TypeScript: no UI, Node or Electron.' },
            { group: ['rxdb', 'rxdb/*'], allowTypeImports: true, message: 'shared/ may import RxDB types only.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing of the app sides.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // Folder boundaries on resolved paths (a feature only through its index, db only through its index, db at the bottom).
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { waypoint: waypointPlugin },
    rules: { 'waypoint/import-boundaries': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['rxdb', 'rxdb/*'], allowTypeImports: true, message: 'Only renderer/db imports RxDB at runtime.' },
            { group: [...noNode], message: 'The renderer has no Node or Electron; use the host API.' },
            { group: ['**/electron/**'], message: 'The renderer never imports electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['rxdb', 'rxdb/*'], allowTypeImports: true, message: 'Only renderer/db imports RxDB at runtime.' },
            { group: [...noNode, '**/electron/**'], message: 'The renderer has no Node or Electron.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**', ...noUi, 'rxdb', 'rxdb/*'], message: 'electron/ never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
