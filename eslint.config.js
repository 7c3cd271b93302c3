import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

// Imports flow one way: app → features → map/ui → api → domain. A zone forbids `target` from importing `from`.

const forbidden = {
  domain: ['api', 'map', 'ui', 'workers', 'features', 'app', 'i18n'],
  api: ['map', 'ui', 'workers', 'features', 'app'],
  i18n: ['api', 'map', 'ui', 'workers', 'features', 'app'],
  workers: ['map', 'ui', 'features', 'app'],
  map: ['features', 'app'],
  ui: ['map', 'features', 'app'],
  features: ['app'],
};
const zones = Object.entries(forbidden).flatMap(([target, froms]) =>
  froms.map((from) => ({ target: `./src/${target}`, from: `./src/${from}` })),
);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'demo-api', 'tests/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The app is not built with the React Compiler, so its memoization-preservation check does not apply.
      'react-hooks/preserve-manual-memoization': 'off',
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'API text is rendered as text.' },
      ],
    },
  },
  {
    // The domain is pure: no React, no DOM.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'maplibre-gl', '@deck.gl/*'] }],
    },
  },
);
