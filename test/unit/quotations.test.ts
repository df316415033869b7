import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../server/src/analysis/document';
import { findQuotations } from '../../server/src/analysis/quotations';

function quotes(text: string, language: 'markdown' | 'plaintext' = 'plaintext'): string[] {
  const doc = readDocument(text, language);
  return findQuotations(doc.prose, doc.blocks).map((q) => text.slice(q.start, q.end));
}

test('curly and straight double quotes', () => {
  assert.deepEqual(quotes('He said “one thing” and "another thing".'), ['one thing', 'another thing']);
});

test('single quotes as quotation marks, but never apostrophes', () => {
  assert.deepEqual(quotes("Blinken's aides didn't say 'build on something' or ‘no mean feat’ in the ’90s."), ['build on something', 'no mean feat']);
  assert.deepEqual(quotes('China’s leaders and the officials’ aides were there.'), []);
});

test('single quotes inside a double-quoted passage belong to it', () => {
  assert.deepEqual(quotes('“Give up the ‘China threat theory’ now,” he said.'), ['Give up the ‘China threat theory’ now,']);
});

test('split quotations around an attribution are two quotations', () => {
  assert.deepEqual(quotes('“First part,” she said, “second part.”'), ['First part,', 'second part.']);
});

test('a quotation left open at a paragraph end continues when the next paragraph opens with a quote mark', () => {
  const text = '“The first paragraph of the quote.\n\n“The second paragraph,” he said.';
  assert.deepEqual(quotes(text), ['The first paragraph of the quote.', 'The second paragraph,']);
});

test('an unbalanced quote mark yields nothing rather than swallowing the paragraph', () => {
  assert.deepEqual(quotes('He said “this never closes.\n\nNext paragraph is plain.'), []);
});

test('markdown code, link destinations and front matter are not prose', () => {
  const text = '---\ntitle: "front matter"\n---\n\nUse `"code"` and [a link](http://x.test "a title") and “real words”.';
  assert.deepEqual(quotes(text, 'markdown'), ['real words']);
});

test('guillemets and low-high quotes are quotation marks, without the spaces French puts inside', () => {
  assert.deepEqual(quotes('She wrote «one thing», then « another thing » and „a third“ and „a fourth”.'), ['one thing', 'another thing', 'a third', 'a fourth']);
  // A closing guillemet never closes a curly quote, nor a curly one a guillemet.
  assert.deepEqual(quotes('He said “this has » inside” and «that has ” inside».'), ['this has » inside', 'that has ” inside']);
  assert.deepEqual(quotes('A lone » or « mark is no quotation.'), []);
});
