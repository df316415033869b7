// A throw-away code-server: per-run user-data, extensions, config, data and temp folders, the packaged
// extension installed into them, served on a free loopback port. stop() ends the whole process group
// (code-server, its extension host and our language server) and waits until none of it is left.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { until } from './wait.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Settings that keep the workbench quiet and deterministic: no welcome page, tips, update or AI prompts. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'window.restoreWindows': 'none',
};

export class CodeServer {
  /** @param {{ node: string, codeServerEntry: string }} runtime  @param {string} sandbox  an empty per-run folder */
  constructor(runtime, sandbox) {
    this.runtime = runtime;
    this.dirs = Object.fromEntries(
      ['user-data', 'extensions', 'config', 'data', 'tmp', 'home'].map((name) => [name, path.join(sandbox, name)]),
    );
    for (const dir of Object.values(this.dirs)) fs.mkdirSync(dir, { recursive: true });
    this.userSettingsFile = path.join(this.dirs['user-data'], 'User', 'settings.json');
    fs.mkdirSync(path.dirname(this.userSettingsFile), { recursive: true });
    fs.writeFileSync(this.userSettingsFile, JSON.stringify(USER_SETTINGS, null, 2));
    this.logFile = path.join(sandbox, 'code-server.log');
    this.process = undefined;
  }

  env() {
    return {
      ...process.env,
      HOME: this.dirs.home,
      XDG_CONFIG_HOME: this.dirs.config,
      XDG_DATA_HOME: this.dirs.data,
      TMPDIR: this.dirs.tmp,
      PATH: `${path.dirname(this.runtime.node)}:${process.env.PATH}`,
    };
  }

  baseArgs() {
    return [this.runtime.codeServerEntry, '--user-data-dir', this.dirs['user-data'], '--extensions-dir', this.dirs.extensions];
  }

  installExtension(vsix) {
    const result = spawnSync(this.runtime.node, [...this.baseArgs(), '--install-extension', vsix, '--force'], {
      env: this.env(),
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`installing ${vsix} failed:\n${result.stdout}\n${result.stderr}`);
    const installed = fs.readdirSync(this.dirs.extensions).filter((name) => !name.startsWith('.') && name !== 'extensions.json');
    if (installed.length === 0) throw new Error(`code-server reported success but ${this.dirs.extensions} is empty`);
    return installed;
  }

  /** Starts serving `folder` and resolves with the workbench URL once the server answers. */
  async start(folder, extraArgs = []) {
    this.port = await freePort();
    const log = fs.openSync(this.logFile, 'a');
    this.process = spawn(
      this.runtime.node,
      [
        ...this.baseArgs(),
        '--bind-addr', `127.0.0.1:${this.port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        ...extraArgs,
        folder,
      ],
      // Its own process group, so stop() reaches the extension host and language server it spawns.
      { env: this.env(), detached: true, stdio: ['ignore', log, log] },
    );
    fs.closeSync(log);
    // Last resort when the runner exits without stop() (an uncaught error, process.exit in a signal handler).
    const pgid = this.process.pid;
    this.killOnExit = () => {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    process.once('exit', this.killOnExit);
    const exited = new Promise((resolve) => this.process.once('exit', (code, signal) => resolve(code ?? signal)));
    const healthz = `http://127.0.0.1:${this.port}/healthz`;
    await Promise.race([
      until(async () => (await fetch(healthz).catch(() => undefined))?.ok, 'code-server answers /healthz', 60_000),
      exited.then((code) => {
        throw new Error(`code-server exited early (${code}); log: ${this.logFile}`);
      }),
    ]);
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(folder)}`;
  }

  /** Ends every process of the group: TERM, then KILL for whatever is still there after a grace period. */
  async stop() {
    const child = this.process;
    if (!child || child.pid === undefined) return;
    this.process = undefined;
    process.removeListener('exit', this.killOnExit);
    const group = -child.pid;
    const alive = () => groupMembers(child.pid).length > 0;
    try {
      process.kill(group, 'SIGTERM');
    } catch {
      return; // the group is already gone
    }
    try {
      await until(() => !alive(), 'code-server process group exits after SIGTERM', 10_000);
    } catch {
      try {
        process.kill(group, 'SIGKILL');
      } catch {
        // gone between the check and the kill
      }
      await until(() => !alive(), 'code-server process group exits after SIGKILL', 10_000);
    }
  }
}

/** Pids still in the process group `pgid` (zombies excluded). */
function groupMembers(pgid) {
  const ps = spawnSync('ps', ['-e', '-o', 'pid=,pgid=,stat='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, group, stat]) => pid && Number(group) === pgid && !stat.startsWith('Z'))
    .map(([pid]) => Number(pid));
}
