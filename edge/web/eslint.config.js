// ESLint for the browser app (`npm run lint`; scripts/lint-web.sh runs it with `npm run typecheck`).
// typescript-eslint's type-aware recommended rules (the project is small, so the type
// information is cheap), the React hooks rules, and the module layering: api/ is the bottom
// layer, and nothing may import in a circle.

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // The module graph no-cycle follows: our TypeScript files, parsed as TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // Arguments and locals named with a leading underscore are unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The HTTP client under api/ knows nothing about sessions: auth/ builds on it (and plugs
    // its bearer token in with `setTokenSource`), never the other way round.
    files: ['src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!api/)',
              message: 'api/ is the bottom layer: it imports only from api/ (auth/ lends its token through setTokenSource in api/authed.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // This file is plain JavaScript outside tsconfig.json's project.
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // A classic script served as is (public/theme.js runs before the bundle), outside the project.
    files: ['public/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'script' },
  },
);
