import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'actions',
  'audit',
  'auth',
  'compliance',
  'enterprise-imports',
  'enterprises',
  'inbox',
  'me',
  'programs',
  'rollup',
  'zones',
];

/** One-way imports (bulletproof-react): shared code -> features -> app; features never import each other. */
const importFlow = [
  {
    files: ['src/{components,config,lib,locales,types,utils,testing}/**'],
    ignores: ['src/testing/test-utils.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/features/*', '@/app/*'], message: 'Shared code must not depend on features or the app.' }] },
      ],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', ...FEATURES.filter((other) => other !== feature).map((other) => `@/features/${other}/*`)],
              message: 'Features do not import each other or the app; compose them in src/app.',
            },
          ],
        },
      ],
    },
  })),
];

export default defineConfig([
  globalIgnores(['node', 'node_modules', 'target', 'src/types/openapi.d.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['e2e/**/*.mjs', '*.config.{js,ts}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  ...importFlow,
]);
