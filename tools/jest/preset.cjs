// Shared Jest settings. Every project's jest.config.cjs calls this with its own folder.
// Tests are TypeScript run through ts-jest in transpile-only mode (isolatedModules in
// tsconfig.spec.json): type errors are the `typecheck` target's job, so tests start fast.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../../tsconfig.base.json');

const workspaceRoot = path.resolve(__dirname, '../..');

module.exports = function preset(projectDir, overrides = {}) {
  return {
    rootDir: projectDir,
    displayName: path.relative(workspaceRoot, projectDir),
    testEnvironment: 'node',
    transform: {
      '^.+\\.tsx?$': ['ts-jest', { tsconfig: path.join(projectDir, 'tsconfig.spec.json') }],
    },
    moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: `${workspaceRoot}/` }),
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
    testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.spec.tsx'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    ...overrides,
  };
};
