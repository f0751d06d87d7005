import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The server's boundaries (docs/adr/0006-module-boundaries.md): a module's tables are touched only
 * by its own repo, and other modules reach them through the ports they are handed; db/ and
 * platform/ know no module. Every folder under modules/ is picked up.
 */
const serverModules = fs.readdirSync(new URL('./apps/server/src/modules', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const tablesMessage = "A module's tables are read and written by its own repo only: ask that module for a port (docs/adr/0006-module-boundaries.md).";
const repoMessage = "Another module's repo is reached through the port app.ts hands over: import its type only (docs/adr/0006-module-boundaries.md).";
const moduleBoundaries = serverModules.map((name) => ({
  files: [`apps/server/src/modules/${name}/**/*.ts`],
  ignores: ['**/*.schema.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { regex: `^\\.\\./(?!${name}/)[^/]+/[^/]+\\.schema$`, message: tablesMessage },
          { regex: '^(\\.\\./)+platform/[^/]+\\.schema$', message: tablesMessage },
          { regex: `^\\.\\./(?!${name}/)[^/]+/[^/]+\\.repo$`, allowTypeImports: true, message: repoMessage },
        ],
      },
    ],
  },
}));
const layerMessage = (layer) => `${layer} depends on nothing above it: pass what it needs in (docs/adr/0006-module-boundaries.md).`;

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'e2e/.artifacts/**', 'coverage/**', 'packages/engine/bench/*.c'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  ...moduleBoundaries,
  {
    files: ['apps/server/src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./', message: layerMessage('db/') }] }] },
  },
  {
    files: ['apps/server/src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(modules|cli|app|server|seed|main)(/|$)', message: layerMessage('platform/') }] }],
    },
  },
  {
    // The engine runs in the CLI, the server and the browser alike: it imports itself and its solver only.
    files: ['packages/engine/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.|highs$)', message: 'The engine depends on nothing but itself and its solver (docs/adr/0005-engine-owns-its-words.md).' }] },
      ],
    },
  },
  // Playwright fixtures take their dependencies as a destructured (possibly empty) first argument.
  { files: ['e2e/**'], rules: { 'no-empty-pattern': 'off' } },
);
