// Which fixes fix-all takes: the preferred one of each finding, never two that touch the same text, and none
// from a finding with several preferred fixes (no single right answer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Fix } from '../../server/src/checks/finding';
import { fixAllEdits } from '../../server/src/lsp/codeActions';

const fix = (start: number, end: number, newText: string, preferred = true): Fix => ({ title: newText, edits: [{ start, end, newText }], preferred });
const finding = (start: number, end: number, ...fixes: Fix[]): Finding => ({ code: 'name-misspelled', severity: 'warning', message: 'm', start, end, fixes });

test('fix-all takes each finding’s preferred fix, in document order', () => {
  const edits = fixAllEdits([finding(10, 15, fix(10, 15, 'b'), fix(10, 15, 'x', false)), finding(0, 5, fix(0, 5, 'a', true))]);
  assert.deepEqual(edits.map((e) => e.newText), ['a', 'b']);
});

test('fix-all skips findings without exactly one preferred fix', () => {
  assert.deepEqual(fixAllEdits([finding(0, 5, fix(0, 5, 'a', false))]), []);
  assert.deepEqual(fixAllEdits([finding(0, 5, fix(0, 5, 'a'), fix(0, 5, 'b'))]), []);
});

test('fix-all never takes two fixes that touch the same text; the earlier finding wins', () => {
  const overlapping = fixAllEdits([finding(0, 10, fix(0, 10, 'first')), finding(5, 15, fix(5, 15, 'second'))]);
  assert.deepEqual(overlapping.map((e) => e.newText), ['first']);
  const sameInsertionPoint = fixAllEdits([finding(3, 3, fix(3, 3, 'one')), finding(3, 8, fix(3, 8, 'two'))]);
  assert.deepEqual(sameInsertionPoint.map((e) => e.newText), ['one']);
  const adjacent = fixAllEdits([finding(0, 5, fix(0, 5, 'left')), finding(5, 9, fix(5, 9, 'right'))]);
  assert.deepEqual(adjacent.map((e) => e.newText), ['left', 'right'], 'touching ends do not overlap');
});
