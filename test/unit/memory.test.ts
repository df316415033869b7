// What the engine caches between checks must not keep the documents it was given: an editor sends a new string
// after every keystroke, and a slice of a string keeps all of it alive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { checkText } from '../../server/src/engine';
import { clearMemoTables } from '../../server/src/text/memo';
import { generateDraft, oneWordEdit } from '../../scripts/bench/drafts';
import { testReferences } from '../support/arbitraries';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

test('checking version after version of a long draft does not keep every version alive', (t) => {
  const { references } = testReferences();
  const draft = generateDraft([{ reference: references[0], weight: 1 }], 50_000);
  const versions = 40;
  clearMemoTables();
  checkText(draft, 'markdown', references);
  const before = heapUsed();
  for (let i = 0; i < versions; i++) checkText(oneWordEdit(draft, i), 'markdown', references);
  const grown = heapUsed() - before;
  // Keeping each version would take its length in two-byte characters (curly quotes make it two-byte) each time;
  // the caches' own growth (the new windows' words, mentions and findings) is a fraction of that.
  const oneVersion = draft.length * 2;
  t.diagnostic(`heap grew by ${(grown / 1e6).toFixed(1)} MB over ${versions} versions of ${(oneVersion / 1e6).toFixed(1)} MB`);
  assert.ok(grown < (versions / 2) * oneVersion, `the heap grew by ${(grown / oneVersion).toFixed(1)} versions' worth`);
});
