// Entry point VS Code loads in the extension host (extensionTestsPath): runs the mocha suite and rejects on
// any failure, which makes the host exit non-zero.
const path = require('node:path');
const util = require('node:util');
const Mocha = require('mocha');

// In code-server the extension host's console reaches the runner only mixed with the workbench's own log lines;
// the runner sets this tag so it can pick out the report.
const reportTag = process.env.FACTCHECK_SUITE_REPORT_TAG;
if (reportTag) {
  const log = console.log;
  Mocha.reporters.Base.consoleLog = (...args) => log(reportTag, util.format(...args));
}

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'scenarios.test.cjs'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} VS Code API test(s) failed`));
      else resolve();
    });
  });
};
