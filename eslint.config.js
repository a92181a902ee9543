// Lint enforces the room boundaries of design.md: shared/ imports no front end and touches
// no DOM, extension or Node-only API (shared/ui/ may use the DOM while rendering);
// the front ends never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const room = (target, forbidden, message) => ({
  files: [`${target}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', {patterns: forbidden.map(group => ({group: [group], message}))}],
  },
});

export default tseslint.config(
  {ignores: ['node_modules/', 'dist/', '.output/', '.wxt/', 'coverage/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', ignoreRestSiblings: true}],
      'no-restricted-syntax': ['error', {
        selector: 'CallExpression[callee.property.name="innerHTML"], AssignmentExpression[left.property.name="innerHTML"]',
        message: 'Credential content is hostile: render text as text (design.md rule 5).',
      }],
    },
  },
  {
    // Node scripts (start, static server, context pinning) run as plain ES modules.
    files: ['scripts/pin-contexts.mjs', 'bench/**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(['URL', 'console', 'process', 'setTimeout', 'clearTimeout', 'Buffer', 'fetch', 'AbortController']
        .map(name => [name, 'readonly'])),
    },
  },
  room('shared', ['**/extension/**', '**/widget/**', '**/cli/**', 'node:*', 'fs', 'path', 'child_process', 'http', 'https', 'undici', 'wxt', 'wxt/*', '#imports'],
    'shared/ is the platform-free core: no front ends, no Node-only or extension APIs (design.md).'),
  {
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/ui/**'],
    rules: {
      'no-restricted-globals': ['error',
        ...['document', 'window', 'chrome', 'browser', 'navigator', 'localStorage', 'process', 'Buffer', 'require'].map(name => ({
          name, message: `shared/ runs in a service worker, a page and Node alike: no "${name}" here (design.md).`,
        }))],
    },
  },
  room('widget', ['**/extension/**', '**/cli/**', 'wxt', 'wxt/*', '#imports'], 'widget/ may import shared/ only.'),
  room('extension', ['**/widget/**', '**/cli/**'], 'extension/ may import shared/ only.'),
  room('cli', ['**/extension/**', '**/widget/**'], 'cli/ may import shared/ only.'),
);
