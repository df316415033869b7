// Checking in windows (server/src/analysis/windows.ts, engine.ts): the windows cover the document, an edit
// changes only the windows around it (so only those are checked again), and on drafts whose context stays
// within a few paragraphs the findings are those of reading the whole document at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import type { DocumentLanguage } from '../../server/src/analysis/document';
import { documentChunks, documentWindows, type DocumentWindow } from '../../server/src/analysis/windows';
import { RULES } from '../../server/src/checks/index';
import type { Finding } from '../../server/src/checks/finding';
import { checkInSteps, checkText, checkingBatches } from '../../server/src/engine';
import { clearMemoTables } from '../../server/src/text/memo';
import { draftText, noiseText, runProperty, testReferences } from '../support/arbitraries';

const { builtIn, references } = testReferences();
const [builtInIndex] = references;
const languages: DocumentLanguage[] = ['markdown', 'plaintext'];

/** Paragraphs of a draft, joined by blank lines (and sometimes a heading). */
const paragraphs = fc.array(fc.oneof({ weight: 5, arbitrary: draftText(builtIn.set) }, { weight: 1, arbitrary: fc.constantFrom('# Heading', '## Reactions', '---') }), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map((p) => p.trim() || 'Text.').join('\n\n'));

function assertCovers(text: string, windows: readonly DocumentWindow[]) {
  assert.ok(windows.length > 0);
  assert.equal(windows[0].own.start, 0);
  assert.equal(windows[windows.length - 1].own.end, text.length);
  windows.forEach((window, i) => {
    if (i > 0) assert.equal(window.own.start, windows[i - 1].own.end, 'own parts are contiguous');
    assert.ok(window.start <= window.own.start && window.own.end <= window.end, 'a window holds its own part');
    assert.ok(window.own.start < window.own.end || text.length === 0);
  });
}

test('windows cover any text, their own parts one after another from its start to its end', (t) => {
  for (const language of languages) {
    const cases = runProperty(fc.oneof(noiseText(), paragraphs), (text) => assertCovers(text, documentWindows(text, language)), 300);
    t.diagnostic(`property: ${cases} cases (${language})`);
  }
});

/** The chunk bounds away from an edit, as offsets in the edited text: the same before and after, unless the edit changed the markup's structure (opened a fence, closed front matter). */
function boundsAwayFrom(text: string, language: DocumentLanguage, edit: { at: number; length: number; shift: number }): string {
  const { at, length, shift } = edit;
  return documentChunks(text, language).map((c) => (c.end < at ? c.end : c.start > at + length ? c.start + shift : -1)).filter((b) => b >= 0).join(',');
}

test('an edit changes only the few windows around it, however long the document', () => {
  const edit = fc.tuple(paragraphs, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('x', ' word', '.', '\n\n', 'Blinken said “we', '”'));
  for (const language of languages) {
    runProperty(edit, ([text, where, inserted]) => {
      const at = Math.floor(where * text.length);
      const edited = text.slice(0, at) + inserted + text.slice(at);
      fc.pre(boundsAwayFrom(text, language, { at, length: 0, shift: inserted.length }) === boundsAwayFrom(edited, language, { at, length: inserted.length, shift: 0 }));
      const key = (t: string, w: DocumentWindow) => `${w.own.start - w.start}|${w.own.end - w.start}|${t.slice(w.start, w.end)}`;
      const before = new Set(documentWindows(text, language).map((w) => key(text, w)));
      const changed = documentWindows(edited, language).filter((w) => !before.has(key(edited, w)));
      // The edited chunk's window, the one before (it reads one chunk on), two after (they read two chunks back),
      // and one more when the edit splits a chunk in two.
      assert.ok(changed.length <= 5, `${changed.length} windows changed`);
    }, 200);
  }
});

test('a long draft is checked in many steps, and stepping gives what checkText gives', () => {
  const story = 'Antony Blinken met Xi Jinping in Beijing on Monday.\n\n“We made progress,” Blinken said.\n\nThe talks lasted 35 minutes.\n\n';
  const text = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}. ${story}`).join('');
  const steps = checkInSteps(text, 'markdown', references);
  let count = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) count++;
  assert.ok(count >= 20, `only ${count} steps`);
  assert.deepEqual(step.value, checkText(text, 'markdown', references));
});

test('each reference set\'s check of a batch of windows is a step of its own, so a step stays one set\'s work', () => {
  const story = 'Antony Blinken met Xi Jinping in Beijing on Monday.\n\n“We made progress,” Blinken said.\n\nThe talks lasted 35 minutes.\n\n';
  const text = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}. ${story}`).join('');
  const windows = documentWindows(text, 'markdown');
  const stepsOf = (sets: readonly (typeof builtInIndex)[]) => {
    const steps = checkInSteps(text, 'markdown', sets);
    let count = 0;
    while (!steps.next().done) count++;
    return count;
  };
  // Whom each set's windows name is counted a window a step, then each set checks each batch in a step.
  assert.equal(stepsOf([builtInIndex]), windows.length + checkingBatches(windows, 1).length);
  assert.equal(stepsOf([builtInIndex, builtInIndex]), 2 * windows.length + 2 * checkingBatches(windows, 2).length);
});

/** What reading the whole document at once finds (the engine before windows), for comparison. */
function wholeDocumentFindings(text: string, language: DocumentLanguage): Finding[] {
  const analysis = analyzeDocument(text, language, builtInIndex);
  return RULES.flatMap(({ check }) => check({ analysis, reference: builtInIndex, confirm: () => {} }));
}

const describe = (findings: readonly Finding[]) => findings.map((f) => `${f.code} ${f.start}-${f.end} ${f.message} ${JSON.stringify(f.fixes)}`).sort();

test('on our fixture drafts, checking in windows finds exactly what reading the whole document finds', () => {
  const fixtures = path.join(__dirname, '..', 'fixtures');
  const drafts = ['quotes', 'facts', 'names'].flatMap((folder) => fs.readdirSync(path.join(fixtures, folder)).filter((f) => f.endsWith('.md')).map((f) => path.join(fixtures, folder, f)))
    .filter((file) => !/copper/.test(file)); // the copper drafts are about another reference set
  assert.ok(drafts.length >= 8);
  let multiWindow = 0;
  for (const file of drafts) {
    const text = fs.readFileSync(file, 'utf8');
    if (documentWindows(text, 'markdown').length > 1) multiWindow++;
    const windowed = checkText(text, 'markdown', [builtInIndex]).map(({ source: _source, ...finding }) => finding);
    assert.deepEqual(describe(windowed), describe(wholeDocumentFindings(text, 'markdown')), path.basename(file));
  }
  assert.ok(multiWindow >= 4, `only ${multiWindow} fixtures span several windows`);
});

test('a paragraph longer than any real one is cut into pieces of bounded length, never inside a surrogate pair', () => {
  const lines = [
    'Blinken met Xi. “We made progress,” he said. '.repeat(5_000),
    'word '.repeat(40_000),
    '😀'.repeat(100_000),
    `${' '.repeat(100_000)}x`,
  ];
  for (const language of languages) {
    for (const line of lines) {
      const chunks = documentChunks(line, language);
      assert.ok(chunks.length > 10, `${chunks.length} chunks`);
      chunks.forEach((chunk, i) => {
        assert.equal(chunk.start, i === 0 ? 0 : chunks[i - 1].end);
        assert.ok(chunk.end - chunk.start <= 8_001, `a chunk of ${chunk.end - chunk.start} characters`);
        assert.ok(!/[\uDC00-\uDFFF]/.test(line[chunk.start] ?? ''), 'a chunk starts with the second half of a surrogate pair');
      });
      assert.equal(chunks[chunks.length - 1].end, line.length);
      assertCovers(line, documentWindows(line, language));
    }
  }
});

test('property: after checking one text, a check of an edited one finds what a cold check finds (the caches never leak)', (t) => {
  const edit = fc.tuple(paragraphs, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 30 }), draftText(builtIn.set), fc.constantFrom<DocumentLanguage>('markdown', 'plaintext'));
  const cases = runProperty(edit, ([text, where, deleted, inserted, language]) => {
    const at = Math.floor(where * text.length);
    const edited = text.slice(0, at) + inserted + text.slice(at + deleted);
    checkText(text, language, references);
    const warm = checkText(edited, language, references);
    clearMemoTables();
    assert.deepEqual(warm, checkText(edited, language, references));
  }, 150);
  t.diagnostic(`property: ${cases} cases (edit after a check, two sets)`);
});
