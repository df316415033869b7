// Loading reference sets in steps, as the language server does: the same set as loading at once, one load shared
// by everyone asking meanwhile, a change during a load read by the next, the last good version kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ReferenceIndex } from '../../server/src/reference/index';
import { loadBuiltInReference, loadReferenceFileInSteps, parseReference, ReferenceLoadError, type ReferenceProblem } from '../../server/src/reference/loader';
import { ReferenceLibrary } from '../../server/src/lsp/referenceLibrary';
import { complete } from '../../server/src/steps';
import { referenceSet, writeReference } from '../lsp/inventedReference';

/** What an index holds, without the serial that tells two instances apart. */
const contents = (index: ReferenceIndex) => ({ ...index, serial: 0 });

test('a set loaded and indexed in steps is the set loaded at once', () => {
  const builtIn = loadBuiltInReference();
  const inSteps = complete(loadReferenceFileInSteps(builtIn.file));
  assert.deepEqual(inSteps, builtIn);
  assert.deepEqual(contents(complete(ReferenceIndex.inSteps(builtIn))), contents(new ReferenceIndex(builtIn)));
});

test('a "__proto__" key is an unknown property, not the prototype of its object', () => {
  const { file, articlePath } = writeReference();
  const text = fs.readFileSync(file, 'utf8').replace('{', '{ "__proto__": { "name": 1 },');
  assert.throws(
    () => parseReference(text, file, () => fs.readFileSync(articlePath, 'utf8')),
    (error: ReferenceLoadError) => error.problems.length === 1 && error.problems[0].message === 'unknown property "__proto__" in the top-level object',
  );
});

function library() {
  const reports: { problems: ReferenceProblem[]; keptLastGood: boolean }[] = [];
  return { library: new ReferenceLibrary((_file, problems, keptLastGood) => reports.push({ problems, keptLastGood })), reports };
}

test('everyone asking for a set while it loads shares that load', async () => {
  const { file } = writeReference();
  const { library: sets, reports } = library();
  const [first, second] = await Promise.all([sets.load(file), sets.load(file)]);
  assert.ok(first);
  assert.equal(second, first);
  assert.equal(await sets.load(file), first, 'an unchanged file is not read again');
  assert.deepEqual(reports, []);
});

test('a change reported during a load is read by the load that follows it', async () => {
  const { file } = writeReference();
  const { library: sets } = library();
  const loading = sets.load(file);
  // The load has read the file by now (its first step runs at once); a change arrives before it ends.
  fs.writeFileSync(file, JSON.stringify(referenceSet('Renamed while loading')));
  assert.equal(sets.changed(file), true);
  assert.equal((await loading)?.name, 'Renamed while loading');
});

test('a changed file that no longer loads is reported once, and its last good version stays in use', async () => {
  const { file } = writeReference();
  const { library: sets, reports } = library();
  const good = await sets.load(file);
  fs.writeFileSync(file, '{ "name": ');
  sets.changed(file);
  assert.equal(await sets.load(file), good);
  sets.changed(file);
  assert.equal(await sets.load(file), good);
  assert.equal(reports.length, 1, 'the same problem is not reported again');
  assert.equal(reports[0].keptLastGood, true);
  assert.match(reports[0].problems[0].message, /JSON syntax error/);

  fs.writeFileSync(file, JSON.stringify(referenceSet('Fixed')));
  sets.changed(file);
  assert.equal((await sets.load(file))?.name, 'Fixed');
  assert.deepEqual(reports[1], { problems: [], keptLastGood: false }, 'the writer is told the file loads again');
});
