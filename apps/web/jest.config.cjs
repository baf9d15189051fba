const preset = require('../../tools/jest/preset.cjs');

const base = preset(__dirname);

module.exports = preset(__dirname, {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  moduleNameMapper: {
    ...base.moduleNameMapper,
    // @ant-design/icons' CommonJS build requires the ESM build of @ant-design/colors; Jest runs CommonJS.
    '^@ant-design/colors/es/(.*)$': '@ant-design/colors/lib/$1',
  },
  // Component tests render antd in jsdom; a whole-app render with the case page's care-record tabs
  // takes 6–15 s on the 2-core CI machine (more while other suites run): a timeout is a hang, not slowness.
  testTimeout: 60000,
});
