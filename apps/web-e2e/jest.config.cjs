const path = require('node:path');
const config = require('../../tools/jest/preset.cjs')(__dirname, { testTimeout: 120000 });
config.transform['^.+\\.tsx?$'][1].tsconfig = path.join(__dirname, 'tsconfig.json');
module.exports = config;
