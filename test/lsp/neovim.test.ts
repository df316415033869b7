// Headless Neovim as the editor: the README's client configuration (test/nvim/init.lua) opens a draft in a
// workspace with its own reference set, and the server's diagnostics must arrive in Neovim. Skipped, with the
// reason, when nvim is not installed (.ci/run installs Debian's neovim).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const INIT = path.join(ROOT, 'test', 'nvim', 'init.lua');

const ARTICLE = ` date 2022-10-05 Port of Lindby reopens after storm

Harbour master Ilse Varga said the damage was worse than feared. “We lost two cranes and most of the east quay,” Varga told the Lindby Herald.

Karl Mendez, a union organiser, said workers had been warned too late. “Nobody told us the storm was coming until the wind was already here,” he said.
`;

function referenceSet() {
  const quote = (text: string) => ({ text, offset: ARTICLE.indexOf(text) });
  return {
    name: 'Lindby storm',
    article: { file: '../sources/article.txt', date: '2022-10-05' },
    people: [
      { id: 'ilse-varga', name: 'Ilse Varga', aliases: ['Varga'], pronoun: 'she', roles: [], mentions: [ARTICLE.indexOf('Ilse Varga')] },
      { id: 'karl-mendez', name: 'Karl Mendez', aliases: ['Mendez'], pronoun: 'he', roles: [], mentions: [ARTICLE.indexOf('Karl Mendez')] },
    ],
    organizations: [],
    quotes: [
      { id: 'varga-cranes', ...quote('We lost two cranes and most of the east quay,'), speaker: 'ilse-varga' },
      { id: 'mendez-storm', ...quote('Nobody told us the storm was coming until the wind was already here,'), speaker: 'karl-mendez' },
    ],
    facts: [],
  };
}

function nvimVersion(): string | undefined {
  const result = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n')[0] : undefined;
}

test('headless Neovim shows the server’s diagnostics for a draft checked against the workspace’s own reference set', (t) => {
  const version = nvimVersion();
  if (!version) return t.skip('nvim is not installed (apt-get install neovim)');
  if (!fs.existsSync(SERVER)) return t.skip('dist/server.js is not built (npm run build)');

  const workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-nvim-')));
  fs.mkdirSync(path.join(workspace, 'sources'));
  fs.writeFileSync(path.join(workspace, 'sources', 'article.txt'), ARTICLE);
  fs.mkdirSync(path.join(workspace, '.factcheck'));
  fs.writeFileSync(path.join(workspace, '.factcheck', 'lindby.factcheck.json'), JSON.stringify(referenceSet(), null, 2));
  const draft = path.join(workspace, 'draft.md');
  fs.writeFileSync(draft, '# Storm\n\n“Nobody told us the storm was coming until the wind was already here,” said Ilse Varga.\n');
  const out = path.join(workspace, 'diagnostics.json');

  const settings = { factcheck: { useBuiltInReference: false, referenceFiles: ['.factcheck/lindby.factcheck.json'] } };
  const nvim = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', INIT, draft], {
    cwd: workspace,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, FACTCHECK_SERVER: SERVER, FACTCHECK_ROOT: workspace, FACTCHECK_OUT: out, FACTCHECK_SETTINGS: JSON.stringify(settings), XDG_CONFIG_HOME: workspace, XDG_STATE_HOME: workspace, XDG_DATA_HOME: workspace },
  });
  assert.ok(fs.existsSync(out), `${version} wrote no result (exit ${nvim.status}): ${nvim.stderr}`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8'));
  assert.equal(result.timedOut, false, 'diagnostics arrived in time');
  const misattributed = result.diagnostics.find((d: { code: string }) => d.code === 'quote-misattributed');
  assert.ok(misattributed, JSON.stringify(result.diagnostics));
  assert.equal(misattributed.line, 3);
  assert.equal(misattributed.column, 1);
  assert.equal(misattributed.severity, 1, 'Error');
  assert.equal(misattributed.source, 'factcheck');
  assert.match(misattributed.message, /Karl Mendez/);
});
