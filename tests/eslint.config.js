// ESLint for the end-to-end tests (`npm run lint`; scripts/lint-web.sh runs it with
// `npm run typecheck`, which type-checks the same files from their JSDoc through tsconfig.json).

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';

export default defineConfig([
  { ignores: ['artifacts/'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: globals.node },
  },
  {
    // The functions these hand to page.evaluate and waitForFunction run inside the page.
    files: ['browser/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
]);
