// The start-up code cache (server/src/bootstrap/codeCache.ts): a bundle runs as require would run it, the cache is
// written after a start without one and used by the next, and a broken, stale or refused cache costs only time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CACHE_SETTING } from '../../server/src/bootstrap/codeCache';

const CODE_CACHE = path.resolve(__dirname, '../../server/src/bootstrap/codeCache.ts');

/** A bundle that shows what it was given: its file and folder, a working require, its own exports. */
const BUNDLE = `
const path = require('node:path');
module.exports = { name: path.basename(__filename), folder: path.basename(__dirname), args: process.argv.slice(-1) };
function work(n) { let total = 0; for (let i = 0; i < n; i++) total += i % 7; return total; }
console.log(JSON.stringify({ ...module.exports, work: work(1000) }));
`;

/** Runs the bundle in a fresh process as dist/server.js does; what it printed, and how the cache served it. */
function start(bundle: string, cacheSetting: string | undefined, env: Record<string, string> = {}): { printed: unknown; cache: string } {
  const script = `const { runBundle } = require(${JSON.stringify(CODE_CACHE)}); const { cache } = runBundle(${JSON.stringify(bundle)}); console.log(cache);`;
  const environment: Record<string, string | undefined> = { ...process.env, ...env, [CACHE_SETTING]: cacheSetting };
  if (cacheSetting === undefined) delete environment[CACHE_SETTING];
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script, 'an-argument'], { encoding: 'utf8', env: environment });
  assert.equal(run.status, 0, run.stderr);
  const [printed, cache] = run.stdout.trim().split('\n');
  return { printed: JSON.parse(printed), cache };
}

function scratch(): { folder: string; bundle: string; cacheDir: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-code-cache-'));
  fs.mkdirSync(path.join(folder, 'bundle'));
  const bundle = path.join(folder, 'bundle', 'server.js');
  fs.writeFileSync(bundle, BUNDLE);
  return { folder, bundle, cacheDir: path.join(folder, 'cache') };
}

const expected = { name: 'server.js', folder: 'bundle', args: ['an-argument'], work: 2997 };
const cacheFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

test('the bundle runs as require runs it; the cache is written after the first start and used by the next', () => {
  const { folder, bundle, cacheDir } = scratch();
  try {
    assert.deepEqual(start(bundle, cacheDir), { printed: expected, cache: 'missing' });
    assert.equal(cacheFiles(cacheDir).length, 1, 'written at exit');
    assert.deepEqual(start(bundle, cacheDir), { printed: expected, cache: 'used' });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('a broken cache is refused and written again; a rebuilt bundle replaces the old build’s cache', () => {
  const { folder, bundle, cacheDir } = scratch();
  try {
    start(bundle, cacheDir);
    const [written] = cacheFiles(cacheDir);
    fs.writeFileSync(path.join(cacheDir, written), 'not a cache at all');
    assert.deepEqual(start(bundle, cacheDir), { printed: expected, cache: 'rejected' });
    assert.deepEqual(start(bundle, cacheDir), { printed: expected, cache: 'used' });
    // A new build (another size): its own cache, and the old one goes.
    fs.appendFileSync(bundle, '\n// rebuilt\n');
    assert.deepEqual(start(bundle, cacheDir), { printed: expected, cache: 'missing' });
    const after = cacheFiles(cacheDir);
    assert.equal(after.length, 1);
    assert.notEqual(after[0], written);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('"off" runs the bundle with no cache and writes none; a cache folder that cannot be made costs only the cache', () => {
  const { folder, bundle, cacheDir } = scratch();
  try {
    assert.deepEqual(start(bundle, 'off'), { printed: expected, cache: 'off' });
    assert.deepEqual(cacheFiles(cacheDir), []);
    // A file where the folder should be.
    fs.writeFileSync(cacheDir, '');
    assert.deepEqual(start(bundle, cacheDir), { printed: expected, cache: 'off' });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('in the shared temporary folder, only a cache folder of the user’s own is used, not a link or someone else’s', () => {
  const { folder, bundle } = scratch();
  try {
    const tmp = path.join(folder, 'tmp');
    fs.mkdirSync(tmp);
    const own = path.join(tmp, `factcheck-compile-cache-${process.getuid?.() ?? os.userInfo().username}`);
    // Made by the first start, and used by the next.
    assert.equal(start(bundle, undefined, { TMPDIR: tmp }).cache, 'missing');
    assert.equal(start(bundle, undefined, { TMPDIR: tmp }).cache, 'used');
    // A link put where the folder should be.
    fs.rmSync(own, { recursive: true });
    fs.mkdirSync(path.join(folder, 'elsewhere'));
    fs.symlinkSync(path.join(folder, 'elsewhere'), own);
    assert.deepEqual(start(bundle, undefined, { TMPDIR: tmp }), { printed: expected, cache: 'off' });
    assert.deepEqual(cacheFiles(path.join(folder, 'elsewhere')), []);
    // Someone else's folder (only root can make one here).
    if (process.getuid?.() === 0) {
      fs.rmSync(own);
      fs.mkdirSync(own);
      fs.chownSync(own, 65534, 65534);
      assert.deepEqual(start(bundle, undefined, { TMPDIR: tmp }), { printed: expected, cache: 'off' });
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
