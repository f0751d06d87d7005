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
