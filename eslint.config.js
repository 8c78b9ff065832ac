// Flat config: TypeScript-aware rules for every process; React hooks rules for the renderer only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layer rules: files matching `files` may not import a specifier matching any pattern's regex. */
const layer = (files, patterns) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const SHARED_ONLY = {
  regex: '(^|/)(main|preload|renderer)/',
  message: 'src/shared imports nothing of the app: no main, preload or renderer code.',
};
const CORE_ONLY = {
  regex: '(^|/)(shell|preload|renderer)/',
  message: 'The core imports only src/shared and itself: no shell, preload or renderer code.',
};
const NO_ENTRY = 'The core never imports the Electron entry (src/main/index.ts).';
const NO_RENDERER = {
  regex: '(^|/)renderer/',
  message: 'The shell and the preload never import renderer code.',
};
const RENDERER_ONLY = {
  regex: '(^|/)(main|preload)/',
  message: 'The renderer knows the contract (src/shared) and calls window.api only.',
};

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'screenshots', 'test-results', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nothing personal may reach a log: console output is allowed only where a file opts in.
      'no-console': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Layers (docs/architecture.md): each imports only from the layers below it. The same rules, with
  // import cycles and the core's folder order, are checked in src/main/core/architecture.test.ts.
  // A later block replaces an earlier one's list for the same rule, so each block names all of its own.
  layer(['src/shared/**'], [SHARED_ONLY]),
  layer(['src/main/core/**'], [CORE_ONLY]),
  // From the core, the Electron entry (src/main/index.ts) is one folder above the core's own root.
  layer(['src/main/core/*.ts'], [CORE_ONLY, { regex: '^\\.\\./index(\\.ts)?$', message: NO_ENTRY }]),
  layer(['src/main/core/*/*.ts'], [CORE_ONLY, { regex: '^\\.\\./\\.\\./index(\\.ts)?$', message: NO_ENTRY }]),
  layer(['src/preload/**', 'src/main/shell/**', 'src/main/index.ts'], [NO_RENDERER]),
  layer(['src/renderer/**'], [RENDERER_ONLY]),
  {
    files: ['scripts/**', 'build/**', 'tests/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
);
