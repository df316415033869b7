// `npm run test:e2e`: the packaged extension in a real VS Code (code-server), driven through a real browser.
//   1. install (once, cached outside the repo) Node 24, code-server and chromium — see runtime.mjs;
//   2. build the .vsix (`npm run package`), or take FACTCHECK_E2E_VSIX when set;
//   3. install it into a fresh per-run VS Code profile and serve a temp workspace holding our drafts;
//   4. run each scenario, screenshot every step into .e2e-output/, print one PASS/FAIL line per scenario
//      and "N passed, N failed"; exit non-zero on any failure. All processes are ended, even on failure.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeServer } from './codeServer.mjs';
import { ensureRuntime, launchChromium } from './runtime.mjs';
import { scenarios } from './scenarios.mjs';
import { Workbench } from './workbench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const draftsDir = path.join(root, 'test', 'e2e', 'drafts');
const SCENARIOS = scenarios(JSON.parse(fs.readFileSync(path.join(root, 'test', 'e2e', 'expectations.json'), 'utf8')));
const outputDir = path.join(root, '.e2e-output');
const VIEWPORT = { width: 1600, height: 1000 };
const SCENARIO_TIMEOUT_MS = 120_000;
const log = (message) => console.log(`[e2e] ${message}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function packageExtension() {
  if (process.env.FACTCHECK_E2E_VSIX) return path.resolve(process.env.FACTCHECK_E2E_VSIX);
  const result = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}\n${result.stderr}`);
  return path.join(root, 'dist', 'factcheck.vsix');
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** An error's message without the browser's launch log and call log that playwright appends. */
function conciseMessage(error) {
  const message = String(error instanceof Error ? error.message : error);
  return message.split(/\n\s*(?:Browser logs:|Call log:)/)[0].trimEnd();
}

const resources = { browser: undefined, codeServer: undefined, sandbox: undefined };
let interrupted = false;
let cleaning;

/** Ends chromium and code-server, keeps their logs, removes the sandbox; every caller waits for the same run. */
function cleanUp() {
  cleaning ??= endEverything();
  return cleaning;
}

async function endEverything() {
  const { browser, codeServer, sandbox } = resources;
  await browser?.close().catch((error) => log(`closing chromium: ${error.message}`));
  await codeServer?.stop().catch((error) => log(`stopping code-server: ${error.message}`));
  if (codeServer) {
    fs.cpSync(codeServer.logFile, path.join(outputDir, 'code-server.log'));
    const logs = path.join(codeServer.dirs['user-data'], 'logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, path.join(outputDir, 'vscode-logs'), { recursive: true });
  }
  if (sandbox) fs.rmSync(sandbox, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = true;
    log(`${signal}: stopping and cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function main() {
  const started = Date.now();
  fs.rmSync(outputDir, { recursive: true, force: true });
  fs.mkdirSync(outputDir, { recursive: true });

  const runtime = ensureRuntime(log);
  log(`runtime ready (${seconds(started)})`);
  const vsix = packageExtension();
  log(`extension: ${path.relative(root, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB) (${seconds(started)})`);

  resources.sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-e2e-'));
  const workspace = path.join(resources.sandbox, 'workspace');
  fs.cpSync(draftsDir, workspace, { recursive: true });
  const codeServer = new CodeServer(runtime, resources.sandbox);
  codeServer.installExtension(vsix);
  resources.codeServer = codeServer;
  const url = await codeServer.start(workspace);
  resources.browser = await launchChromium(runtime, codeServer.dirs.home);
  const page = await resources.browser.newPage({ viewport: VIEWPORT });
  await page.goto(url);
  const wb = new Workbench(page);
  await wb.waitUntilReady();
  log(`workbench ready (${seconds(started)})`);

  const reference = JSON.parse(fs.readFileSync(path.join(root, 'reference-data', 'blinken-xi-2023-06-19.json'), 'utf8'));
  const results = [];
  for (const scenario of SCENARIOS) {
    if (interrupted) break;
    const scenarioStarted = Date.now();
    let step = 0;
    const shot = (name) => wb.screenshot(path.join(outputDir, `${scenario.id}-${++step}-${name}.png`));
    try {
      await withTimeout((async () => {
        await wb.closeAllEditors();
        await scenario.run({ wb, shot, workspace, reference });
      })(), SCENARIO_TIMEOUT_MS, `scenario ${scenario.id}`);
      results.push({ scenario, passed: true });
      console.log(`PASS ${scenario.id}. ${scenario.title} (${seconds(scenarioStarted)})`);
    } catch (error) {
      if (interrupted) break;
      results.push({ scenario, passed: false });
      await wb.screenshot(path.join(outputDir, `${scenario.id}-failed.png`)).catch(() => undefined);
      console.log(`FAIL ${scenario.id}. ${scenario.title} (${seconds(scenarioStarted)})`);
      console.log(`     ${conciseMessage(error).replace(/\n/g, '\n     ')}`);
    }
  }
  log(`scenarios done (${seconds(started)}); screenshots in ${path.relative(root, outputDir)}/`);
  return results;
}

let results;
try {
  results = await main();
} catch (error) {
  console.log(`FAIL setup: ${error instanceof Error ? error.stack : error}`);
  results = SCENARIOS.map((scenario) => ({ scenario, passed: false }));
} finally {
  await cleanUp();
}
if (interrupted) process.exit(130); // the signal handler reports and exits once clean-up is done
const passed = results.filter((r) => r.passed).length;
const failed = SCENARIOS.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
