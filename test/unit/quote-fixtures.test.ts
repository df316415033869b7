// Drafts written in our own words about the built-in article (test/fixtures/quotes): every planted error is
// caught with the right code, its preferred fix gives the expected text, and clean drafts stay quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFix, check, FIXTURES, preferredFix, reported } from '../support/engine';

interface Expected {
  code: string;
  text: string;
  fixed: string;
}

const dir = path.join(FIXTURES, 'quotes');
const expectations = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected[]>;
const QUOTE_CODES = new Set(['quote-misattributed', 'quote-altered', 'outlet-mismatch']);

for (const [name, expected] of Object.entries(expectations)) {
  test(`${name}: ${expected.length ? `catches all ${expected.length} planted quote errors` : 'clean draft, nothing reported'}`, () => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const findings = check(text).filter((f) => f.severity !== 'information');
    const quoteFindings = findings.filter((f) => QUOTE_CODES.has(f.code));
    assert.deepEqual(reported(text, quoteFindings), expected.map((e) => `${e.code}: ${e.text}`));
    expected.forEach((e, i) => {
      const fixed = applyFix(text, preferredFix(quoteFindings[i]));
      assert.ok(fixed.includes(e.fixed), `fix for ${e.code} on ${JSON.stringify(e.text)} should produce ${JSON.stringify(e.fixed)}`);
    });
    if (expected.length === 0) assert.deepEqual(reported(text, findings), [], 'a clean draft has no errors or warnings of any rule');
  });
}

test('unverified quotes in the fixtures are exactly the ones nobody in the reference said', () => {
  const text = fs.readFileSync(path.join(dir, 'clean-tricky.md'), 'utf8');
  const unverified = check(text).filter((f) => f.code === 'quote-unverified').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(unverified, ['week that changed the world', 'Everyone is waiting to see who blinks first on export controls.']);
});
