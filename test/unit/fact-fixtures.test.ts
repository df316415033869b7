// The date and number fixtures against the built-in reference set: every planted error found with its exact
// range, rule, fact and fix; nothing else found, and nothing at all on the clean drafts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../server/src/engine';
import type { Finding } from '../../server/src/checks/finding';
import { loadBuiltInReference } from '../../server/src/reference/loader';
import { ReferenceIndex } from '../../server/src/reference/index';
import { applyPreferredFix } from '../fixtures/facts/fixing';

interface Expected {
  code: Finding['code'];
  text: string;
  context: string;
  fixed: string;
  refId: string;
}

const dir = path.join(__dirname, '..', 'fixtures', 'facts');
const expectations = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { drafts: Record<string, Expected[]> };
const reference = new ReferenceIndex(loadBuiltInReference());
const FACT_CODES = new Set<Finding['code']>(['date-mismatch', 'number-mismatch']);

for (const [file, expected] of Object.entries(expectations.drafts)) {
  test(`${file}: ${expected.length ? expected.length + ' date and number errors found and fixed' : 'no date or number finding'}`, () => {
    const draft = fs.readFileSync(path.join(dir, file), 'utf8');
    const findings = checkText(draft, 'markdown', [reference]).filter((f) => FACT_CODES.has(f.code));
    const located = expected.map((e) => {
      const contextAt = draft.indexOf(e.context);
      assert.ok(contextAt >= 0 && draft.indexOf(e.context, contextAt + 1) < 0, `"${e.context}" occurs once in ${file}`);
      const start = draft.indexOf(e.text, contextAt);
      return { ...e, start, end: start + e.text.length };
    });
    assert.deepEqual(
      findings.map((f) => ({ code: f.code, text: draft.slice(f.start, f.end), start: f.start, refId: f.refId })),
      located.map((e) => ({ code: e.code, text: e.text, start: e.start, refId: e.refId })),
    );
    findings.forEach((finding, i) => {
      const { context, fixed } = located[i];
      assert.equal(applyPreferredFix(draft, finding), draft.replace(context, fixed), `fix for "${located[i].text}"`);
      assert.equal(finding.evidence?.articlePath, reference.loaded.articlePath);
    });
  });
}
