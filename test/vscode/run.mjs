// `npm run test:vscode [-- --host=electron|code-server]`: the VS Code API suite (test/vscode/suite) run inside a
// real VS Code extension host, with the repo as the extension under development and a temp copy of
// test/e2e/drafts as the workspace.
//   electron    @vscode/test-electron: VS Code from VSCODE_EXECUTABLE_PATH, else downloaded (needs the VS Code
//               update service, which this project's machines cannot reach).
//   code-server the same suite in code-server's Node extension host (the runtime of `npm run test:e2e`): the
//               workbench is opened in chromium with `extensionDevelopmentPath`/`extensionTestsPath` in its
//               payload (honoured with --enable-smoke-test-driver) and reports the host's exit code through
//               window.codeAutomationExit, as VS Code's own web test runner does.
// Without --host: electron when VSCODE_EXECUTABLE_PATH is set or VS Code can be downloaded, else code-server.
// Exits non-zero, saying why, when no VS Code can be had or any test fails.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { CodeServer } from '../../scripts/e2e/codeServer.mjs';
import { CODE_SERVER_VERSION, ensureRuntime, launchChromium } from '../../scripts/e2e/runtime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const suite = path.join(root, 'test', 'vscode', 'suite', 'index.cjs');
const SUITE_TIMEOUT_MS = 5 * 60_000;
const REPORT_TAG = '[factcheck-suite]';
const log = (message) => console.log(`[test:vscode] ${message}`);

function build() {
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed');
}

function freshWorkspace(sandbox) {
  const workspace = path.join(sandbox, 'workspace');
  fs.cpSync(path.join(root, 'test', 'e2e', 'drafts'), workspace, { recursive: true });
  return workspace;
}

/** The VS Code to run under electron: VSCODE_EXECUTABLE_PATH, else a download; undefined (and why) if neither. */
async function electronVSCode() {
  if (process.env.VSCODE_EXECUTABLE_PATH) return { executable: process.env.VSCODE_EXECUTABLE_PATH };
  try {
    return { executable: await downloadAndUnzipVSCode({ timeout: 15_000 }) };
  } catch (error) {
    return { why: error instanceof Error ? error.message : String(error) };
  }
}

async function runInElectron(executable, sandbox) {
  log(`running the suite in ${executable}`);
  return runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    launchArgs: [freshWorkspace(sandbox), '--disable-extensions', '--disable-workspace-trust',
      `--user-data-dir=${path.join(sandbox, 'user-data')}`],
  });
}

async function runInCodeServer(sandbox) {
  const runtime = ensureRuntime((message) => log(message));
  process.env.FACTCHECK_SUITE_REPORT_TAG = REPORT_TAG; // inherited by code-server's extension host
  const codeServer = new CodeServer(runtime, sandbox);
  const workspace = freshWorkspace(sandbox);
  let browser;
  try {
    const url = new URL(await codeServer.start(workspace, ['--vscode-option', 'enable-smoke-test-driver']));
    const remote = (file) => `vscode-remote://${url.host}${file}`;
    url.searchParams.set('payload', JSON.stringify([
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(suite)],
    ]));
    log(`running the suite in the extension host of code-server ${CODE_SERVER_VERSION}`);
    browser = await launchChromium(runtime, codeServer.dirs.home);
    const page = await browser.newPage();
    // The extension host's console reaches the workbench's console as log lines; print the report's.
    page.on('console', async (message) => {
      const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => undefined)));
      const at = args.indexOf(REPORT_TAG);
      if (at >= 0) console.log(args.slice(at + 1).join(' '));
    });
    const exitCode = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    await page.goto(url.toString());
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`)), SUITE_TIMEOUT_MS);
    });
    return await Promise.race([exitCode, timeout]).finally(() => clearTimeout(timer));
  } finally {
    await browser?.close();
    await codeServer.stop();
  }
}

async function main() {
  const host = process.argv.find((arg) => arg.startsWith('--host='))?.slice('--host='.length);
  if (host && !['electron', 'code-server'].includes(host)) throw new Error(`unknown --host=${host} (electron or code-server)`);
  build();
  const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-vscode-'));
  try {
    if (host !== 'code-server') {
      const vscode = await electronVSCode();
      if (vscode.executable) return await runInElectron(vscode.executable, sandbox);
      const explanation = `No VS Code to run under @vscode/test-electron: VSCODE_EXECUTABLE_PATH is not set and downloading VS Code failed (${vscode.why}).`;
      if (host === 'electron') {
        log(`${explanation} Set VSCODE_EXECUTABLE_PATH to an installed VS Code (its \`code\` binary), or run with --host=code-server.`);
        return 1;
      }
      log(`${explanation} Running the same suite in code-server instead.`);
    }
    return await runInCodeServer(sandbox);
  } finally {
    fs.rmSync(sandbox, { recursive: true, force: true });
  }
}

// An interrupted run still ends code-server: process.exit runs CodeServer's exit hook.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(130));

let code;
try {
  code = await main();
} catch (error) {
  log(`failed: ${error instanceof Error ? error.message : error}`);
  code = 1;
}
log(code === 0 ? 'the VS Code API suite passed' : `the VS Code API suite FAILED (exit ${code})`);
process.exit(code === 0 ? 0 : 1);
