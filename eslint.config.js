// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Lint for the whole repository, run by `npm run lint` (and so by `npm test`).
 * Formatting is Prettier's job (.prettierrc.json); these rules catch mistakes, not style.
 * A rule switched off for one line says why, next to it: `// eslint-disable-next-line rule -- why`.
 */
export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test/bench/tmp/', 'content/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding that is deliberately unused (a callback's position, a rest sibling).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Type-only imports stay type-only, so no module is pulled into a bundle for its types.
      // `import('…').Type` annotations are allowed: .astro frontmatter and JSDoc use them where an import line would not fit.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // Preact hooks follow React's rules: called unconditionally, with complete dependency lists.
    // An intentionally incomplete list carries `// eslint-disable-next-line react-hooks/exhaustive-deps -- why`.
    files: ['src/**/*.tsx', 'src/islands/**/*.ts'],
    // The plugin's own typings describe its legacy configs in a shape ESLint's `Plugin` type does not accept; the rules are what is used.
    plugins: { 'react-hooks': /** @type {import('eslint').ESLint.Plugin} */ (reactHooks) },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
