/**
 * Lint: the recommended rules of ESLint, typescript-eslint (with type information, so a floating promise
 * or an unsafe `any` is caught) and the React hooks rules for the islands, plus the Astro plugin for
 * components and pages. Formatting is Prettier's job, not ESLint's. Every rule switched off or relaxed
 * below says why.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  globalIgnores(['dist/', '.astro/', '.staging/', 'node_modules/', 'public/admin/', 'content/', 'seeds/', 'tests/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        // TypeScript's include globs skip dot folders (src/pages/.well-known) and this file is not in tsconfig.
        projectService: { allowDefaultProject: ['eslint.config.js', 'src/pages/.well-known/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    rules: {
      // `const { id: _id, ...rest } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // A row read into several names, some changed later, stays one `let` destructuring.
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  ...astro.configs.recommended,
  {
    // The type-aware parser cannot see the types Astro gives a page (Astro.props from getStaticPaths), so
    // every prop reads as an error type; `astro check` (in npm test) type-checks .astro files instead.
    // JavaScript config files carry no types to check; the same for the dot folder, which lies outside tsconfig's globs (Astro's types are not loaded there).
    files: ['**/*.astro', '**/*.{js,mjs}', 'src/pages/.well-known/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Tests and benchmarks read JSON from the built site and from CLI output, untyped by nature: declaring a
    // type for each would only restate what the assertion that follows checks.
    files: ['tests/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes implement async interfaces (Pagefind, Astro's loader context) with synchronous bodies.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },
]);
