// The command line, end to end: an invented article and reference set in a temp folder, drafts checked with
// --no-builtin --reference, every output format, globs, .factcheck/ discovery, exit codes 0/1/2, extract.
// Most cases run the CLI in-process (runCli); two run the bundled bin/factcheck.js as users do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { runCli } from '../../server/src/cli/run';
import { loadReferenceFile } from '../../server/src/reference/loader';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'factcheck.js');

const ARTICLE = ` date 2022-10-05 Port of Lindby reopens after storm

The Port of Lindby reopened on Tuesday, four days after a storm tore cranes from their rails.

Harbour master Ilse Varga said the damage was worse than feared. “We lost two cranes and most of the east quay,” Varga told the Lindby Herald.

Karl Mendez, a union organiser, said workers had been warned too late. “Nobody told us the storm was coming until the wind was already here,” he said.
`;

const quote = (text: string) => ({ text, offset: ARTICLE.indexOf(text) });
const SET = {
  name: 'Lindby storm',
  article: { file: 'article.txt', date: '2022-10-05' },
  people: [
    { id: 'ilse-varga', name: 'Ilse Varga', aliases: ['Varga'], pronoun: 'she', roles: [], mentions: [ARTICLE.indexOf('Ilse Varga')] },
    { id: 'karl-mendez', name: 'Karl Mendez', aliases: ['Mendez'], pronoun: 'he', roles: [], mentions: [ARTICLE.indexOf('Karl Mendez')] },
  ],
  organizations: [{ id: 'lindby-herald', name: 'Lindby Herald', aliases: [], kind: 'outlet', mentions: [ARTICLE.indexOf('Lindby Herald')] }],
  quotes: [
    { id: 'varga-cranes', ...quote('We lost two cranes and most of the east quay,'), speaker: 'ilse-varga', outlet: 'lindby-herald' },
    { id: 'mendez-storm', ...quote('Nobody told us the storm was coming until the wind was already here,'), speaker: 'karl-mendez' },
  ],
  facts: [],
};

const MISATTRIBUTED = '# Storm\n\n“Nobody told us the storm was coming until the wind was already here,” said Ilse Varga.\n';
const CLEAN = '# Storm\n\n“We lost two cranes and most of the east quay,” Ilse Varga told the Lindby Herald.\n';

/** A fresh folder holding the article, the set and two drafts. */
function workspace(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-cli-')));
  fs.mkdirSync(path.join(dir, 'sources'));
  fs.writeFileSync(path.join(dir, 'sources', 'article.txt'), ARTICLE);
  fs.writeFileSync(path.join(dir, 'sources', 'lindby.json'), JSON.stringify(SET, null, 2));
  fs.mkdirSync(path.join(dir, 'drafts'));
  fs.writeFileSync(path.join(dir, 'drafts', 'wrong.md'), MISATTRIBUTED);
  fs.writeFileSync(path.join(dir, 'drafts', 'clean.md'), CLEAN);
  return dir;
}

function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

test('a misattributed quote against a user reference set: file:line:col severity code message, exit 1', () => {
  const dir = workspace();
  const { code, stdout, stderr } = run(dir, '--no-builtin', '--reference', 'sources/lindby.json', 'drafts/wrong.md');
  assert.equal(stderr, '');
  const lines = stdout.trim().split('\n');
  assert.match(lines[0], /^drafts\/wrong\.md:3:1 error quote-misattributed .*Karl Mendez/);
  assert.equal(lines[lines.length - 1], '1 finding (1 error) in 1 file.');
  assert.equal(code, 1);
});

test('a draft that agrees with the reference set: no findings, exit 0; `check` is the same as no command', () => {
  const dir = workspace();
  for (const command of [[], ['check']]) {
    const { code, stdout } = run(dir, ...command, '--no-builtin', '-r', 'sources/lindby.json', 'drafts/clean.md');
    assert.equal(stdout, 'No findings in 1 file.\n');
    assert.equal(code, 0);
  }
});

test('globs are expanded by factcheck, in path order; a directory means its drafts', () => {
  const dir = workspace();
  const glob = run(dir, '--no-builtin', '--reference=sources/lindby.json', 'drafts/*.md');
  assert.match(glob.stdout, /in 2 files\.\n$/);
  const directory = run(dir, '--no-builtin', '--reference=sources/lindby.json', 'drafts');
  assert.equal(directory.stdout, glob.stdout);
  const none = run(dir, '--no-builtin', '--reference=sources/lindby.json', 'nowhere/*.md');
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no files match nowhere\/\*\.md/);
});

test('every *.factcheck.json in ./.factcheck/ is used without --reference', () => {
  const dir = workspace();
  fs.mkdirSync(path.join(dir, '.factcheck'));
  fs.writeFileSync(path.join(dir, '.factcheck', 'lindby.factcheck.json'), JSON.stringify({ ...SET, article: { ...SET.article, file: '../sources/article.txt' } }));
  const { code, stdout } = run(dir, '--no-builtin', 'drafts/wrong.md');
  assert.match(stdout, /quote-misattributed/);
  assert.equal(code, 1);
});

test('with the built-in set too, each finding says which set it comes from', () => {
  const dir = workspace();
  const { stdout } = run(dir, '-r', 'sources/lindby.json', 'drafts/wrong.md');
  assert.match(stdout, /quote-misattributed .* — per Lindby storm$/m);
});

test('bad input exits 2: unreadable draft, a reference file that does not load (file:line:col: message), no set at all, bad options', () => {
  const dir = workspace();
  const missing = run(dir, '--no-builtin', '-r', 'sources/lindby.json', 'drafts/missing.md', 'drafts/wrong.md');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read drafts\/missing\.md: no such file/);
  assert.match(missing.stdout, /drafts\/wrong\.md:3:1 error/, 'the readable drafts are still checked');

  fs.writeFileSync(path.join(dir, 'sources', 'broken.json'), JSON.stringify({ ...SET, quotes: [{ ...SET.quotes[0], speaker: 'nobody' }] }, null, 2));
  const broken = run(dir, '--no-builtin', '-r', 'sources/broken.json', 'drafts/wrong.md');
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, new RegExp(`^${path.join(dir, 'sources', 'broken.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: speaker "nobody" is not the id`, 'm'));
  assert.equal(broken.stdout, '', 'nothing is checked against a set that did not load');

  assert.equal(run(dir, '--no-builtin', 'drafts/wrong.md').code, 2);
  assert.equal(run(dir, '--format', 'xml', 'drafts/wrong.md').code, 2);
  assert.equal(run(dir, '--bogus', 'drafts/wrong.md').code, 2);
  assert.equal(run(dir).code, 2);
});

test('--format json: findings with 1-based line and column per file', () => {
  const dir = workspace();
  const { stdout } = run(dir, '--no-builtin', '-r', 'sources/lindby.json', '--format', 'json', 'drafts/wrong.md', 'drafts/clean.md');
  const reports = JSON.parse(stdout);
  assert.deepEqual(reports.map((r: { file: string }) => r.file), ['drafts/wrong.md', 'drafts/clean.md']);
  assert.equal(reports[0].findings[0].code, 'quote-misattributed');
  assert.equal(reports[0].findings[0].line, 3);
  assert.equal(reports[0].findings[0].column, 1);
  assert.deepEqual(reports[1].findings, []);
});

test('--format sarif: SARIF 2.1.0 with our codes as rules, regions and fixes', () => {
  const dir = workspace();
  const { stdout, code } = run(dir, '--no-builtin', '-r', 'sources/lindby.json', '--format', 'sarif', 'drafts/wrong.md');
  const log = JSON.parse(stdout);
  assert.equal(log.version, '2.1.0');
  const sarifRun = log.runs[0];
  const rules = sarifRun.tool.driver.rules.map((r: { id: string }) => r.id);
  assert.ok(rules.includes('quote-misattributed') && rules.includes('date-mismatch'));
  const [result] = sarifRun.results;
  assert.equal(result.ruleId, 'quote-misattributed');
  assert.equal(rules[result.ruleIndex], 'quote-misattributed');
  assert.equal(result.level, 'error');
  assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'drafts/wrong.md', uriBaseId: '%SRCROOT%' });
  assert.equal(result.locations[0].physicalLocation.region.startLine, 3);
  for (const fix of result.fixes ?? []) assert.ok(fix.artifactChanges[0].replacements[0].deletedRegion.startLine >= 1);
  assert.equal(code, 1);
});

test('arguments: options anywhere, --opt=value, repeatable --reference, -- ends options', () => {
  assert.deepEqual(parseArgs(['a.md', '-r', 'x.json', '--reference=y.json', '--no-builtin', '--', '-odd.md']), {
    command: 'check', format: 'text', patterns: ['a.md', '-odd.md'], references: ['x.json', 'y.json'], builtIn: false,
  });
  assert.deepEqual(parseArgs(['extract', 'a.txt', '--date', '2020-01-02', '-o', 'out.json']), {
    command: 'extract', article: 'a.txt', date: '2020-01-02', name: undefined, out: 'out.json',
  });
  assert.throws(() => parseArgs(['extract', 'a.txt', '--date', '2 Jan']), UsageError);
  assert.throws(() => parseArgs(['extract', 'a.txt', '--no-builtin']), UsageError);
  assert.deepEqual(parseArgs(['extract', '--help']), { command: 'help', topic: 'extract' });
});

test('extract --out writes a set whose article path is relative to it, and the set checks drafts', () => {
  const dir = workspace();
  fs.mkdirSync(path.join(dir, '.factcheck'));
  const made = run(dir, 'extract', 'sources/article.txt', '--out', '.factcheck/lindby.factcheck.json');
  assert.equal(made.code, 0, made.stderr);
  const loaded = loadReferenceFile(path.join(dir, '.factcheck', 'lindby.factcheck.json'));
  assert.equal(loaded.set.article.file, '../sources/article.txt');
  const { stdout, code } = run(dir, '--no-builtin', 'drafts/wrong.md');
  assert.match(stdout, /quote-misattributed/);
  assert.equal(code, 1);
  // To standard output, the path is relative to the current folder.
  assert.equal(JSON.parse(run(dir, 'extract', 'sources/article.txt').stdout).article.file, 'sources/article.txt');
  assert.equal(run(path.join(dir, 'drafts'), 'extract', path.join(dir, 'sources', 'article.txt'), '--date', '2022-10-05').code, 0);
});

test('extract: an article without a date, or an unreadable one, exits 2 with the reason', () => {
  const dir = workspace();
  fs.writeFileSync(path.join(dir, 'undated.txt'), 'Karl Mendez said “yes.”\n');
  const undated = run(dir, 'extract', 'undated.txt');
  assert.equal(undated.code, 2);
  assert.match(undated.stderr, /--date YYYY-MM-DD/);
  assert.equal(run(dir, 'extract', 'missing.txt').code, 2);
});

test('the installed command (bin/factcheck.js → dist/cli.js) runs, with exit codes', (t) => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) return t.skip('dist/cli.js is not built (npm run build)');
  const dir = workspace();
  const wrong = spawnSync(process.execPath, [BIN, '--no-builtin', '-r', 'sources/lindby.json', 'drafts/*.md'], { cwd: dir, encoding: 'utf8' });
  assert.equal(wrong.status, 1, wrong.stderr);
  assert.match(wrong.stdout, /^drafts\/wrong\.md:3:1 error quote-misattributed/m);
  const help = spawnSync(process.execPath, [BIN, '--help'], { cwd: dir, encoding: 'utf8' });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--format text\|json\|sarif/);
});
