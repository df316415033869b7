// A fix writes its apostrophes as the draft does, whatever the reference article types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine';
import { ReferenceIndex } from '../../server/src/reference/index';
import { loadBuiltInReference } from '../../server/src/reference/loader';

const builtIn = new ReferenceIndex(loadBuiltInReference());
// The article writes "China’s top diplomat" with a typographic apostrophe.
const wrongTitle = (apostrophe: string) => `Wang Yi, China${apostrophe}s defense minister, met Blinken on Monday.`;

function titleFix(draft: string): string {
  const [finding] = checkText(draft, 'markdown', [builtIn]).filter((f) => f.code === 'title-mismatch');
  assert.ok(finding, `a title finding in ${draft}`);
  return finding.fixes[0].edits.map((edit) => edit.newText).join('|');
}

test('a draft typed with straight apostrophes gets a fix with straight ones', () => {
  assert.equal(titleFix(wrongTitle("'")), "China's top diplomat");
});

test('a draft typed with typographic apostrophes gets typographic ones', () => {
  assert.equal(titleFix(wrongTitle('’')), 'China’s top diplomat');
});

test('a draft mixing both kinds gets the reference’s, and quotation marks are not apostrophes', () => {
  assert.equal(titleFix(`${wrongTitle("'")} Blinken’s trip was long.`), 'China’s top diplomat');
  // Single quotation marks around a phrase do not make a draft one that types straight apostrophes.
  assert.equal(titleFix(`${wrongTitle('’')} He called it 'useful' and 'candid'.`), 'China’s top diplomat');
});
