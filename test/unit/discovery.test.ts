// referenceFilesFor: explicit paths plus the `.factcheck/` folder, and the rule that a workspace cannot name
// files outside itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { referenceFilesFor } from '../../server/src/reference/discovery';

/** A fresh workspace folder (and a sibling folder outside it) with the given files. */
function workspace(files: string[] = []): { root: string; outside: string } {
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-discovery-')));
  const root = path.join(base, 'project');
  const outside = path.join(base, 'elsewhere');
  fs.mkdirSync(root);
  fs.mkdirSync(outside);
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '{}');
  }
  return { root, outside };
}

test('explicit paths are resolved against the folder, in the order given, missing files included', () => {
  const { root } = workspace(['sources/b.json']);
  const { files, refused } = referenceFilesFor(root, ['sources/b.json', './a.json', path.join(root, 'c.json')]);
  assert.deepEqual(files, [path.join(root, 'sources/b.json'), path.join(root, 'a.json'), path.join(root, 'c.json')]);
  assert.deepEqual(refused, []);
});

test('every *.factcheck.json in .factcheck/ is found, in name order, after the explicit ones', () => {
  const { root } = workspace(['.factcheck/z.factcheck.json', '.factcheck/a.factcheck.json', '.factcheck/notes.json', '.factcheck/readme.md', 'my.json']);
  fs.mkdirSync(path.join(root, '.factcheck', 'dir.factcheck.json'));
  const { files } = referenceFilesFor(root, ['my.json']);
  assert.deepEqual(files, [
    path.join(root, 'my.json'),
    path.join(root, '.factcheck', 'a.factcheck.json'),
    path.join(root, '.factcheck', 'z.factcheck.json'),
  ]);
});

test('a file named both explicitly and in .factcheck/ is listed once', () => {
  const { root } = workspace(['.factcheck/one.factcheck.json']);
  const { files } = referenceFilesFor(root, ['.factcheck/one.factcheck.json']);
  assert.deepEqual(files, [path.join(root, '.factcheck', 'one.factcheck.json')]);
});

test('no .factcheck folder and no explicit paths: nothing, and blank entries are ignored', () => {
  const { root } = workspace();
  assert.deepEqual(referenceFilesFor(root, ['', '  ']), { files: [], refused: [] });
});

test('a workspace path leading outside the folder is refused, by .. or absolute path', () => {
  const { root, outside } = workspace();
  const { files, refused } = referenceFilesFor(root, ['../elsewhere/x.json', path.join(outside, 'y.json'), 'inside.json']);
  assert.deepEqual(files, [path.join(root, 'inside.json')]);
  assert.deepEqual(refused.map((r) => r.path), ['../elsewhere/x.json', path.join(outside, 'y.json')]);
  assert.match(refused[0].reason, /outside the folder/);
});

test('a file whose name merely starts with two dots is inside', () => {
  const { root } = workspace(['..notes.json']);
  assert.deepEqual(referenceFilesFor(root, ['..notes.json']).files, [path.join(root, '..notes.json')]);
});

test('a symbolic link in the workspace that points outside it is refused', (t) => {
  const { root, outside } = workspace();
  fs.writeFileSync(path.join(outside, 'secret.json'), '{}');
  fs.mkdirSync(path.join(root, '.factcheck'));
  try {
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(root, '.factcheck', 'leak.factcheck.json'));
    fs.symlinkSync(outside, path.join(root, 'linked'));
  } catch (error) {
    t.skip(`cannot create symbolic links here: ${(error as Error).message}`);
    return;
  }
  const { files, refused } = referenceFilesFor(root, ['linked/secret.json']);
  assert.deepEqual(files, []);
  assert.deepEqual(refused.map((r) => r.path).sort(), [path.join('.factcheck', 'leak.factcheck.json'), 'linked/secret.json']);
});

test("the user's own paths may point outside the folder, and ~/ is the home directory", () => {
  const { root, outside } = workspace();
  const { files, refused } = referenceFilesFor(root, ['../elsewhere/x.json', '~/sources/y.json'], { trusted: true });
  assert.deepEqual(files, [path.join(outside, 'x.json'), path.join(os.homedir(), 'sources', 'y.json')]);
  assert.deepEqual(refused, []);
});

test('~ is not expanded for workspace paths (it is a folder named ~ inside the workspace)', () => {
  const { root } = workspace();
  assert.deepEqual(referenceFilesFor(root, ['~/y.json']).files, [path.join(root, '~', 'y.json')]);
});
