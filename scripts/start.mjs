// `npm start -- [FILE...]`: builds when dist/ is missing or older than the sources, then runs the CLI.
// With no FILE it checks the bundled example draft.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'dist', 'cli.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const stale = !fs.existsSync(cli) || fs.statSync(cli).mtimeMs < newestMtime(path.join(root, 'server', 'src'));
if (stale) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 2);
}
const args = process.argv.slice(2);
const files = args.some((a) => !a.startsWith('-')) ? [] : [path.join(root, 'examples', 'draft.md')];
const run = spawnSync(process.execPath, [cli, ...args, ...files], { stdio: 'inherit' });
process.exit(run.status ?? 2);
