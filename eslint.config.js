import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = ['electron', 'fs', 'path', 'child_process', 'os'];
const frameworks = ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'jspdf', '@xyflow/react', 'zustand'];
const layer = (name) => [`**/${name}`, `**/${name}/**`, `../${name}`, `../${name}/*`, `../../${name}/*`, `../../${name}`];

/** docs/ARCHITECTURE.md, "Layers and import rules": features → state → storage/platform → domain; the domain imports no framework. */
const importDirection = [
  { files: ['src/domain/**'], forbid: [...frameworks, ...['storage', 'platform', 'state', 'features', 'ui', 'pdf'].flatMap(layer)] },
  { files: ['src/storage/**', 'src/platform/**'], forbid: ['react', 'react-dom', 'jspdf', '@xyflow/react', 'zustand', ...['state', 'features', 'ui', 'pdf'].flatMap(layer)] },
  { files: ['src/state/**'], forbid: ['jspdf', '@xyflow/react', ...['features', 'ui'].flatMap(layer)] },
  { files: ['src/ui/**'], forbid: ['dexie', 'jspdf', ...['state', 'storage', 'features', 'platform', 'pdf'].flatMap(layer)] },
  { files: ['src/features/**', 'src/app/**', 'src/*.tsx', 'src/*.ts'], forbid: ['dexie', 'dexie-react-hooks', 'jspdf', ...['storage', 'pdf'].flatMap(layer)] },
  // Live sessions (docs/ARCHITECTURE.md, "Live sessions"): the documents and the merge are pure TypeScript over Yjs; the participant app
  // is its own small build that shares only the domain, src/live and the UI kit.
  { files: ['src/live/**'], forbid: [...frameworks, ...['storage', 'platform', 'state', 'features', 'ui', 'pdf', 'participant'].flatMap(layer)] },
  { files: ['src/participant/**'], forbid: ['dexie', 'dexie-react-hooks', 'jspdf', '@xyflow/react', 'zustand', 'zod', ...['storage', 'platform', 'state', 'features', 'pdf'].flatMap(layer)] },
  // The PDF layer: pure layout plus one drawing module (src/pdf/draw.ts), the only importer of jsPDF.
  { files: ['src/pdf/**'], forbid: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', '@xyflow/react', 'zustand', 'jspdf', ...['state', 'features', 'ui', 'storage', 'platform'].flatMap(layer)] },
  { files: ['src/pdf/draw.ts'], forbid: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', '@xyflow/react', 'zustand', ...['state', 'features', 'ui', 'storage', 'platform'].flatMap(layer)] },
].map(({ files, forbid }) => {
  const message = 'Imports point one way (docs/ARCHITECTURE.md, "Layers and import rules"); the renderer reaches the OS only through src/platform.';
  const names = [...nodeOnly, ...forbid.filter((f) => !f.includes('/'))];
  const patterns = forbid.filter((f) => f.includes('/'));
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: names.map((name) => ({ name, message })),
          patterns: [
            { group: ['node:*', ...names.map((n) => `${n}/*`)], message },
            ...(patterns.length ? [{ group: patterns, message }] : []),
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User text renders as text, never HTML.' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  ...importDirection,
  {
    // No import cycles (a cycle is two modules that can only change together); `import type` does not count.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'electron/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
