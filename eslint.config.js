// @ts-check
// ESLint rather than Biome: typescript-eslint's type-aware rules (unsafe `any`, needless or
// double assertions, promises left floating) check what the types say, and eslint-plugin-astro
// reads the whole .astro file (frontmatter and template); Biome has neither yet.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist.*/',
      'bench-out/',
      'node_modules/',
      '.astro/',
      'scripts/bench/bare/',
      'public/',
      'schemas/',
      'tests/fixtures/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts', 'vitest.unit.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Strict habits the project keeps (STYLE.md): no `any`, nothing unused, no `as unknown as`.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // Astro's loaders and hooks are async by contract, with or without an await inside.
      '@typescript-eslint/require-await': 'off',
      // French typography puts no-break spaces before « : ; ! ? » and inside guillemets, in text and strings.
      'no-irregular-whitespace': 'off',
    },
  },
  {
    // The site and the scripts: data is typed at its source or checked, never double-cast.
    // (Browser tests still reach into `window` this way.)
    files: ['src/**', 'scripts/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSAsExpression[typeAnnotation.type="TSUnknownKeyword"]',
          message: 'Pas de double assertion (`as unknown as`) : typez la donnée à sa source, ou vérifiez sa forme.',
        },
      ],
    },
  },
  {
    // .astro files: their frontmatter is linted without type information (the type checker is astro check).
    files: ['**/*.astro', '**/*.astro/*.ts', '*.mjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    // Tests read what the build wrote (XML, JSON, HTML) through parsers that return `any`,
    // and assert on it: that is where data is genuinely untyped.
    files: ['tests/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      // Some libraries under test (tableschema) return promises their types do not declare.
      '@typescript-eslint/await-thenable': 'off',
    },
  },
);
