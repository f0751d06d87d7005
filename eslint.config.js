import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { featureBoundaries } from './apps/web/eslint/feature-boundaries.js';

// ---- Web (apps/web) ----
// Query keys are written once, in a keys file, and imported everywhere else: a feature refreshes
// another's data by its exported key, so renaming a key cannot silently leave a stale refresh.
const keysMessage = 'Write query keys in an api/*-keys.ts file (src/api/query-keys.ts for keys several features name) and import them.';
const queryClientMethods =
  '/^(invalidateQueries|refetchQueries|removeQueries|resetQueries|cancelQueries|fetchQuery|prefetchQuery|ensureQueryData|getQueryData|setQueryData|getQueriesData|setQueriesData|getQueryState|isFetching)$/';
const queryKeySyntax = [
  // queryOptions({ queryKey: ['x', id] }), invalidateQueries({ queryKey: ['x'] as const })
  "Property[key.name='queryKey'] > :matches(ArrayExpression, Literal, TemplateLiteral, TSAsExpression)",
  // queryClient.setQueryData(['x'], data)
  `CallExpression[callee.property.name=${queryClientMethods}] > :matches(ArrayExpression, TSAsExpression)`,
  // [['x'], ['y']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))
  `CallExpression[callee.property.name=/^(map|forEach)$/]:has(CallExpression[callee.property.name=${queryClientMethods}]) > MemberExpression > ArrayExpression > :matches(ArrayExpression, TSAsExpression)`,
  // predicate: (q) => q.queryKey[0] !== 'auth'
  "BinaryExpression:matches([left.object.property.name='queryKey'][right.type='Literal'], [right.object.property.name='queryKey'][left.type='Literal'], [left.object.name='queryKey'][right.type='Literal'], [right.object.name='queryKey'][left.type='Literal'])",
  "CallExpression[callee.object.property.name='queryKey'] > Literal",
  // const fooQueryKey = ['foo'] outside a keys file
  'VariableDeclarator[id.name=/QueryKeys?$/]',
].map((selector) => ({ selector, message: keysMessage }));
// ---- end web ----

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
  // ---- Web (apps/web): features apart, query keys in keys files ----
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { web: { rules: { 'feature-boundaries': featureBoundaries } }, 'react-hooks': reactHooks },
    // A hook after an early return breaks a page only when that return is taken: refuse it here.
    rules: { 'web/feature-boundaries': 'error', 'react-hooks/rules-of-hooks': 'error' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/**/*-keys.ts'],
    rules: { 'no-restricted-syntax': ['error', ...queryKeySyntax] },
  },
  // ---- end web ----
);
