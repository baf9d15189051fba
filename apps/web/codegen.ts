// GraphQL Codegen (client preset). Run from the workspace root: `npx nx run web:codegen`.
// The schema is the API's committed SDL file, so codegen and the build never need a running server.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  // Mutation hooks live in plain .ts files beside their forms, so both extensions are scanned.
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**', '!apps/web/src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // `getFragmentData` reads a component's own fragment; the name avoids clashing with Apollo's useFragment.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        // Enum values as string unions, so they line up with the domain vocabulary types and label maps.
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { JSON: 'unknown', SafeInt: 'number' },
        skipTypename: false,
        nonOptionalTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: true },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
