// The shared preset is build tooling, not a dependency of the library's code.
module.exports = require('../../tools/jest/preset.cjs')(__dirname);
