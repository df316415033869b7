// `npm start -- [ARGS]`: bundles dist/ when it is missing or older than the sources, then runs the CLI with ARGS.
// A check with no FILE checks the bundled example draft: `npm start`, `npm start -- --format sarif`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'dist', 'cli.js');
const sources = ['server/src', 'reference-data', 'esbuild.mjs', 'package.json'].map((p) => path.join(root, p));
/** Options that take a value (see server/src/cli/args.ts): their value is not a FILE. */
const VALUE_OPTIONS = new Set(['--format', '-f', '--reference', '-r', '--date', '--name', '--out', '-o']);

function newestMtime(file) {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((name) => newestMtime(path.join(file, name))));
}

function hasFile(args) {
  const rest = args[0] === 'check' ? args.slice(1) : args;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--') return i + 1 < rest.length;
    if (VALUE_OPTIONS.has(rest[i])) i++;
    else if (!rest[i].startsWith('-')) return true;
  }
  return false;
}

const stale = !fs.existsSync(cli) || fs.statSync(cli).mtimeMs < Math.max(...sources.map(newestMtime));
if (stale) {
  // Bundling alone (no type check): starting should be quick; `npm test` type-checks.
  const build = spawnSync(process.execPath, [path.join(root, 'esbuild.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 2);
}
const args = process.argv.slice(2);
const checking = args[0] !== 'extract' && args[0] !== 'help' && !args.some((a) => ['--help', '-h', '--version', '-v'].includes(a));
const example = checking && !hasFile(args) ? [path.join(root, 'examples', 'draft.md')] : [];
const run = spawnSync(process.execPath, [cli, ...args, ...example], { stdio: 'inherit' });
process.exit(run.status ?? 2);
