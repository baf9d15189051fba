const preset = require('./jest/preset.cjs');
// tsconfig.spec.json is where the preset looks; tools keeps a single tsconfig.
const config = preset(__dirname, { testTimeout: 60000 });
config.transform['^.+\\.tsx?$'][1].tsconfig = require('node:path').join(__dirname, 'tsconfig.json');
module.exports = config;
