// Bad reference data: every fault gives a ReferenceLoadError whose problems say file:line:column (1:1 when the
// fault has no position) and what is wrong, in bounded time, and never another exception. The CLI turns them
// into its error output and exit code 2.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadReferenceFile, MAX_FILE_BYTES, ReferenceLoadError, type ReferenceProblem } from '../../server/src/reference/loader';
import { INVENTED_ARTICLE, inventedReferenceSet } from '../support/arbitraries';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-fault-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let counter = 0;

/** A fresh directory with the invented article and `json` as set.json; returns the JSON file's path. */
function writeSet(json: string | Buffer, article: string = INVENTED_ARTICLE): string {
  const dir = path.join(tmp, String(counter++));
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'port-ellery.txt'), article);
  const file = path.join(dir, 'set.json');
  fs.writeFileSync(file, json);
  return file;
}

const validSet = () => inventedReferenceSet() as unknown as Record<string, any>;
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The problems loading `file` reports, checked for shape: absolute file, 1-based integer position, a message. */
function problemsOf(file: string, withinMs = 20_000): ReferenceProblem[] {
  const started = performance.now();
  try {
    loadReferenceFile(file);
  } catch (error) {
    assert.ok(error instanceof ReferenceLoadError, `a ReferenceLoadError, not ${(error as Error)?.stack ?? String(error)}`);
    assert.ok(performance.now() - started < withinMs, `reported within ${withinMs} ms`);
    assert.ok(error.problems.length > 0);
    for (const problem of error.problems) {
      assert.equal(problem.file, path.resolve(file));
      assert.ok(Number.isInteger(problem.line) && problem.line >= 1 && Number.isInteger(problem.column) && problem.column >= 1, JSON.stringify(problem));
      assert.match(problem.message, /^\S/, 'a message that starts with a word');
    }
    assert.equal(error.message, error.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    return error.problems;
  }
  assert.fail(`${file} loaded`);
}

function assertProblem(problems: ReferenceProblem[], line: number, column: number, message: RegExp) {
  const found = problems.find((p) => message.test(p.message));
  assert.ok(found, `a problem matching ${message} among:\n${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`);
  assert.deepEqual({ line: found.line, column: found.column }, { line, column }, found.message);
}

test('the invented set loads (the faults below are each one change away from it)', () => {
  const loaded = loadReferenceFile(writeSet(json(validSet())));
  assert.equal(loaded.set.quotes.length, 3);
});

test('a missing file, a directory and a device are refused at 1:1 without reading them', () => {
  assertProblem(problemsOf(path.join(tmp, 'no-such-file.json')), 1, 1, /cannot read the reference file: no such file/);
  const dir = path.join(tmp, 'a-directory.json');
  fs.mkdirSync(dir);
  assertProblem(problemsOf(dir), 1, 1, /is a directory, not a file/);
  // /dev/zero never ends: reading it would hang, then run out of memory.
  if (fs.existsSync('/dev/zero')) assertProblem(problemsOf('/dev/zero'), 1, 1, /not a regular file/);
});

test('invalid JSON, an empty file and UTF-16 text are syntax errors at their position', () => {
  assertProblem(problemsOf(writeSet('{\n  "name": "x",\n  "people": [\n')), 4, 1, /JSON syntax error/);
  assertProblem(problemsOf(writeSet('')), 1, 1, /JSON syntax error: the file is empty/);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json(validSet()), 'utf16le')]);
  assertProblem(problemsOf(writeSet(utf16)), 1, 1, /JSON syntax error/);
});

test('a byte-order mark is accepted, and positions after it are those of the file', () => {
  assert.equal(loadReferenceFile(writeSet(`\uFEFF${json(validSet())}`)).set.name, validSet().name);
  const set = validSet();
  set.quotes[0].speaker = 'nobody-here';
  const text = `\uFEFF${json(set)}`;
  const line = text.slice(0, text.indexOf('"nobody-here"')).split('\n').length;
  assertProblem(problemsOf(writeSet(text)), line, 18, /speaker "nobody-here" is not the id of any person or organisation/);
});

test('the wrong top-level type names what was found', () => {
  for (const [text, found] of [['[]', 'an array'], ['null', 'null'], ['"set"', 'a string'], ['42', 'an integer']]) {
    assertProblem(problemsOf(writeSet(text)), 1, 1, new RegExp(`^the file must be an object \\(found ${found}\\)$`));
  }
});

test('schema violations, wrong types, duplicate and dangling ids and an empty set are each reported at their node', () => {
  const set = validSet();
  set.people[0].aliases = 'Lindqvist';
  set.quotes[1].offset = 'forty';
  set.organizations[1].id = set.organizations[0].id;
  const text = json(set);
  const lineOf = (needle: string, nth = 1) => {
    let at = -1;
    for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
    return text.slice(0, at).split('\n').length;
  };
  const problems = problemsOf(writeSet(text));
  assertProblem(problems, lineOf('"aliases": "Lindqvist"'), 18, /aliases must be an array \(found a string\)/);
  assertProblem(problems, lineOf('"offset": "forty"'), 17, /offset must be an integer \(found a string\)/);

  const duplicate = validSet();
  duplicate.organizations[1].id = duplicate.organizations[0].id;
  const duplicateText = json(duplicate);
  const second = duplicateText.indexOf(`"id": "${duplicate.organizations[0].id}"`, duplicateText.indexOf(`"id": "${duplicate.organizations[0].id}"`) + 1);
  assertProblem(problemsOf(writeSet(duplicateText)), duplicateText.slice(0, second).split('\n').length, 13, /duplicate id "ellery-gazette"/);

  const dangling = validSet();
  dangling.facts[0].participants = ['nobody-here'];
  assertProblem(problemsOf(writeSet(json(dangling))), json(dangling).slice(0, json(dangling).indexOf('"nobody-here"')).split('\n').length, 9, /participant "nobody-here" is not the id/);

  const empty = { ...validSet(), people: [], organizations: [], quotes: [], facts: [] };
  assertProblem(problemsOf(writeSet(json(empty))), 7, 13, /the reference set is empty/);
});

test('an article that is missing or a directory is reported at article.file', () => {
  const set = validSet();
  const articleLine = json(set).split('\n').findIndex((l) => l.includes('"file"')) + 1;
  for (const [file, message] of [
    [path.join(tmp, 'missing.txt'), /article file ".*" cannot be read .*: no such file/],
    [tmp, /article file ".*" cannot be read .*: it is a directory, not a file/],
  ] as const) {
    assertProblem(problemsOf(writeSet(json({ ...set, article: { ...set.article, file } }))), articleLine, 13, message);
  }
});

test('JSON nested deeper than any reference set is refused at the bracket, not by a stack overflow', () => {
  const problems = problemsOf(writeSet(`{"people": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`));
  assertProblem(problems, 1, 75, /nested more than 64 levels deep/);
});

/** Valid JSON, wrong in every person: `count` people with five schema problems each. */
function wrongPeople(count: number): string {
  const people = Array.from({ length: count }, (_, i) => ({ id: `Person ${i}`, name: 5, aliases: 'x', roles: null, mentions: [-1] }));
  return JSON.stringify({ ...validSet(), people });
}

test('a file with thousands of problems lists the first hundred and counts the rest, in bounded time', () => {
  const problems = problemsOf(writeSet(wrongPeople(2_000)), 10_000);
  assert.equal(problems.length, 101);
  assert.match(problems[100].message, /^…and \d+ more problems, the first of them here$/);
});

test('a large file full of problems stops at the first one, in bounded time', () => {
  const text = wrongPeople(30_000);
  assert.ok(text.length > 2_000_000 && text.length < MAX_FILE_BYTES);
  const problems = problemsOf(writeSet(text), 15_000);
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /\(the file is large: checking stopped at its first problem\)$/);
});

test('a 50 MB file is refused at 1:1 by its size, without being parsed', () => {
  const file = writeSet(wrongPeople(10));
  const chunk = Buffer.alloc(1024 * 1024, ' ');
  for (let i = 0; i < 50; i++) fs.appendFileSync(file, chunk);
  assertProblem(problemsOf(file, 5_000), 1, 1, /cannot read the reference file: it is 50(\.\d)? MB, more than the 10 MB a reference or article file may be/);
});

test('the CLI prints each problem as file:line:column and exits with code 2', () => {
  const cli = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
  const draft = path.join(tmp, 'draft.md');
  fs.writeFileSync(draft, 'Lindqvist met the harbour master on Tuesday.\n');
  for (const [reference, expected] of [
    [path.join(tmp, 'no-such-file.json'), ':1:1: cannot read the reference file: no such file'],
    [writeSet('{"name": '), ':1:10: JSON syntax error: value expected'],
    [writeSet('[]'), ':1:1: the file must be an object (found an array)'],
  ]) {
    const run = spawnSync(process.execPath, [cli, 'check', '--no-builtin', '--reference', reference, draft], { encoding: 'utf8' });
    assert.equal(run.status, 2, `${reference}: exit code (stderr: ${run.stderr})`);
    assert.ok(run.stderr.includes(`${reference}${expected}`), run.stderr);
  }
});
