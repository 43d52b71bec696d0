// @actions/workflow-parser imports its JSON schema without an import attribute, which jest's ESM loader warns is
// deprecated (and will refuse in its next major); jest.config.js maps that import here: the same file, as CommonJS.
module.exports = require('../../node_modules/@actions/workflow-parser/dist/workflow-v1.0.min.json');
