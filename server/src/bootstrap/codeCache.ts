// Runs a bundle (dist/bundle/*.js) through V8's code cache. The server's and the CLI's bundles are 2–3 MB of
// JavaScript that V8 parses and compiles at every start: about half of the server's time to its first answer. The
// cache keeps what V8 compiled, including the functions the first minutes of work ran, for the next start. Node 22
// does this itself (module.enableCompileCache); Node 20, which VS Code's extension host and our CI run, does not.
//
// The cache is an optimisation only: a cache that is missing, unreadable, stale or from another Node (V8 checks its
// version, flags and the source) is ignored and written again, and a cache that cannot be written is not.
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** The environment variable naming the cache's directory, or "off" for no cache. */
export const CACHE_SETTING = 'FACTCHECK_COMPILE_CACHE';

/**
 * When the cache is written after a start that had none: late enough that the first check has compiled the checking
 * code too, and at exit if the process ends sooner (a CLI run, a short-lived server).
 */
const WRITE_AFTER_MS = 10_000;

/** Whether the cache served this start: none wanted, none yet (or another build's), one V8 refused, or used. */
export type CacheUse = 'off' | 'missing' | 'rejected' | 'used';

/** Runs the CommonJS bundle `file` as require would, its compiled code taken from the cache when there is one. */
export function runBundle(file: string): { exports: unknown; cache: CacheUse } {
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = cacheFileFor(file);
  const cachedData = cacheFile === undefined ? undefined : readIfAny(cacheFile);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const cache: CacheUse = cacheFile === undefined ? 'off' : cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  if (cacheFile !== undefined && cache !== 'used') writeLater(script, file, cacheFile);
  const bundle = new Module(file, module);
  bundle.filename = file;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, path.dirname(file));
  return { exports: bundle.exports, cache };
}

/**
 * The bundle's cache file: in the directory CACHE_SETTING names, else in one of this user's own under the system's
 * temporary directory, named for the bundle, Node's V8, the machine's architecture and the bundle's size and time.
 */
function cacheFileFor(file: string): string | undefined {
  const setting = process.env[CACHE_SETTING];
  if (setting === 'off') return undefined;
  try {
    const directory = setting || path.join(os.tmpdir(), `factcheck-compile-cache-${process.getuid?.() ?? os.userInfo().username}`);
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    // In the shared temporary directory, a folder someone else made (or a link they put there) could hold a cache
    // made to mislead V8: only a folder of this user's own is used.
    const made = fs.lstatSync(directory);
    if (!setting && (!made.isDirectory() || (process.getuid !== undefined && made.uid !== process.getuid()))) return undefined;
    const { size, mtimeMs } = fs.statSync(file);
    return path.join(directory, `${cachePrefix(file)}${size}-${Math.round(mtimeMs)}.cache`);
  } catch {
    return undefined;
  }
}

function readIfAny(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeLater(script: vm.Script, bundle: string, cacheFile: string): void {
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    try {
      // Written whole under another name, then renamed: another process starting meanwhile reads all or nothing.
      const partial = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(partial, script.createCachedData());
      fs.renameSync(partial, cacheFile);
      removeOlderCaches(bundle, cacheFile);
    } catch {
      // No cache this time: the next start compiles, as this one did.
    }
  };
  setTimeout(write, WRITE_AFTER_MS).unref();
  process.once('exit', write);
}

/** What the names of a bundle's caches for this Node start with: the caches of another Node (VS Code's, a terminal's) are kept apart. */
function cachePrefix(file: string): string {
  return `${path.basename(file, '.js')}--${process.versions.v8}--${process.arch}--`;
}

/** Caches of earlier builds of the same bundle for this Node: a new build is never run with them again. */
function removeOlderCaches(bundle: string, cacheFile: string): void {
  const prefix = cachePrefix(bundle);
  const directory = path.dirname(cacheFile);
  for (const name of fs.readdirSync(directory)) {
    if (name.startsWith(prefix) && name.endsWith('.cache') && name !== path.basename(cacheFile)) fs.rmSync(path.join(directory, name), { force: true });
  }
}
