// Lint rules, including the architecture: Nx module boundaries on two tag axes.
//   scope:*  who may use a project  (shared ← server, shared ← web; server and web never meet)
//   type:*   which layer it is      (domain ← data ← projection ← app; arrows point inward)
// bannedExternalImports keeps frameworks, drivers and I/O out of the pure layers.
import nx from '@nx/eslint-plugin';

const frameworks = ['@nestjs/*', 'react', 'react-dom', 'react/*', 'antd', '@apollo/*', 'graphql', 'express'];
const drivers = ['better-sqlite3', 'pg', 'kysely', '@eventstore/*', '@kurrent/*'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/coverage', '**/data', '**/tmp', '**/*.generated.ts', 'apps/web/src/gql/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: [...frameworks, ...drivers],
            },
            {
              sourceTag: 'type:data',
              onlyDependOnLibsWithTags: ['type:data'],
              bannedExternalImports: frameworks,
            },
            {
              sourceTag: 'type:projection',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data'],
              bannedExternalImports: frameworks,
            },
            {
              // The composition root: opens the configured store, vault, read models and runner.
              sourceTag: 'type:platform',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data', 'type:projection'],
              bannedExternalImports: frameworks,
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data', 'type:projection', 'type:platform'],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data', 'type:projection', 'type:platform'],
            },
            {
              sourceTag: 'type:tool',
              onlyDependOnLibsWithTags: ['type:domain', 'type:data', 'type:projection', 'type:platform'],
            },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:server',
              onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'],
              bannedExternalImports: ['react', 'react-dom', 'antd', '@apollo/client'],
            },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: [...drivers, '@nestjs/*', 'express'],
            },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:server'] },
          ],
        },
      ],
    },
  },
  {
    // Nx's bannedExternalImports covers npm packages only; Node's built-ins (I/O, clock-free
    // randomness, crypto) are kept out of the pure domain by ESLint's own rule.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:.*|fs|fs/promises|path|os|http|https|net|child_process|crypto|worker_threads|timers)$',
              message: 'Domain libraries are pure: no Node built-ins (I/O, crypto, clock). Take values on the command instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // Jest configs load the shared preset from tools/ by relative path: build config, not code.
    files: ['**/jest.config.cjs', 'tools/jest/*.cjs'],
    rules: { '@nx/enforce-module-boundaries': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // noUncheckedIndexedAccess makes `x[i]!` after a checked access the honest idiom.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
