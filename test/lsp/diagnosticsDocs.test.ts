// docs/diagnostics.md stays true: every code has the section its codeDescription link points at, with the
// default severity it really has, and each section's examples behave as written (checked by the engine).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES } from '../../server/src/checks/finding';
import { DOCS_URL } from '../../server/src/lsp/diagnostics';
import { checkText } from '../../server/src/engine';
import { ReferenceIndex } from '../../server/src/reference/index';
import { loadBuiltInReference } from '../../server/src/reference/loader';

const docs = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'diagnostics.md'), 'utf8');
const reference = new ReferenceIndex(loadBuiltInReference());

function section(code: string): string {
  const start = docs.indexOf(`<a id="${code}"></a>\n## ${code}\n`);
  assert.ok(start >= 0, `docs/diagnostics.md has an anchored section for ${code}`);
  const next = docs.indexOf('\n## ', start + code.length + 20);
  return docs.slice(start, next < 0 ? undefined : next);
}

/** The blockquoted example after a "Flagged" or "Not flagged" label. */
function example(text: string, label: 'Flagged' | 'Not flagged'): string {
  const match = new RegExp(`^${label}[^\\n]*:\\n\\n> ([^\\n]+)`, 'm').exec(text);
  assert.ok(match, `a "${label}" example`);
  return match[1];
}

test('codeDescription links point into docs/diagnostics.md', () => {
  assert.match(DOCS_URL, /docs\/diagnostics\.md$/);
});

for (const code of DIAGNOSTIC_CODES) {
  test(`docs for ${code}: default severity, a flagged and a clean example`, () => {
    const text = section(code);
    const severity = DEFAULT_SEVERITY[code];
    assert.match(text, new RegExp(`\\*\\*Default severity\\.\\*\\* ${severity[0].toUpperCase()}${severity.slice(1)}\\.`));
    const flagged = example(text, 'Flagged');
    assert.ok(checkText(flagged, 'markdown', [reference]).some((f) => f.code === code), `flagged: ${flagged}`);
    const clean = example(text, 'Not flagged');
    assert.deepEqual(checkText(clean, 'markdown', [reference]).map((f) => f.code), [], `not flagged: ${clean}`);
  });
}
