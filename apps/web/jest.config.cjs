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
  // Component tests render antd; on a cold transform cache a first render can exceed the default 5 s.
  testTimeout: 20000,
});
