import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DiagnosticCode, Finding, TextEdit } from '../../server/src/checks/finding';
import { findDirectives, suppressionEdit, withoutSuppressed } from '../../server/src/analysis/suppressions';

/** A finding on the first occurrence of `word` in `text` (the filter only reads code and offsets). */
function findingOn(text: string, word: string, code: DiagnosticCode = 'name-misspelled', occurrence = 1): Finding {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = text.indexOf(word, start + 1);
  assert.ok(start >= 0, `${word} occurs ${occurrence} time(s)`);
  return { code, start, end: start + word.length, severity: 'warning', message: 'm', fixes: [] };
}

const kept = (text: string, findings: Finding[], language: 'markdown' | 'plaintext' = 'markdown') =>
  withoutSuppressed(findings, text, language).map((f) => text.slice(f.start, f.end));

const apply = (text: string, edit: TextEdit) => text.slice(0, edit.start) + edit.newText + text.slice(edit.end);

test('disable-next-line silences the next line only, for every code when none is named', () => {
  const text = 'Alpha one.\n<!-- factcheck-disable-next-line -->\nBravo two.\nCharlie three.\n';
  const findings = [findingOn(text, 'Alpha'), findingOn(text, 'Bravo', 'quote-altered'), findingOn(text, 'Charlie')];
  assert.deepEqual(kept(text, findings), ['Alpha', 'Charlie']);
});

test('disable-next-line with codes silences only those codes', () => {
  const text = '<!-- factcheck-disable-next-line quote-altered, date-mismatch -->\nBravo on Tuesday.\n';
  const findings = [findingOn(text, 'Bravo', 'quote-altered'), findingOn(text, 'Tuesday', 'date-mismatch'), findingOn(text, 'Bravo', 'name-misspelled')];
  assert.deepEqual(kept(text, findings), ['Bravo']);
  assert.equal(withoutSuppressed(findings, text, 'markdown')[0].code, 'name-misspelled');
});

test('disable … enable silences a region; enable with codes re-enables just those', () => {
  const text = [
    'Alpha before.',
    '<!-- factcheck-disable -->',
    'Bravo inside.',
    '<!-- factcheck-enable name-misspelled -->',
    'Charlie partly.',
    '<!-- factcheck-enable -->',
    'Delta after.',
  ].join('\n');
  const findings = [
    findingOn(text, 'Alpha'),
    findingOn(text, 'Bravo'),
    findingOn(text, 'Bravo', 'title-mismatch'),
    findingOn(text, 'Charlie'),
    findingOn(text, 'Charlie', 'title-mismatch'),
    findingOn(text, 'Delta', 'title-mismatch'),
  ];
  assert.deepEqual(
    withoutSuppressed(findings, text, 'markdown').map((f) => `${text.slice(f.start, f.end)}:${f.code}`),
    ['Alpha:name-misspelled', 'Charlie:name-misspelled', 'Delta:title-mismatch'],
  );
});

test('a disable without enable runs to the end of the document', () => {
  const text = 'Alpha.\n<!-- factcheck-disable number-mismatch -->\n\nBravo.\n\nCharlie.\n';
  const findings = [findingOn(text, 'Alpha', 'number-mismatch'), findingOn(text, 'Charlie', 'number-mismatch'), findingOn(text, 'Charlie')];
  assert.deepEqual(kept(text, findings), ['Alpha', 'Charlie']);
  assert.equal(withoutSuppressed(findings, text, 'markdown')[1].code, 'name-misspelled');
});

test('plaintext directives are the same words alone on their own line', () => {
  const text = 'factcheck-disable-next-line quote-altered\nBravo said it.\n  factcheck-disable\nCharlie.\nfactcheck-enable\nDelta.\n';
  const findings = [findingOn(text, 'Bravo', 'quote-altered'), findingOn(text, 'Charlie'), findingOn(text, 'Delta')];
  assert.deepEqual(kept(text, findings, 'plaintext'), ['Delta']);
});

test('directives are not read where they do not belong', () => {
  // Words in running prose, a markdown comment in a plaintext file, the bare words in markdown, a typo'd kind,
  // and a comment naming only unknown codes: none of them suppress anything.
  const prose = 'We never write factcheck-disable-next-line in prose.\nBravo.\n';
  assert.deepEqual(kept(prose, [findingOn(prose, 'Bravo')], 'plaintext'), ['Bravo']);
  const commentInPlain = '<!-- factcheck-disable-next-line -->\nBravo.\n';
  assert.deepEqual(kept(commentInPlain, [findingOn(commentInPlain, 'Bravo')], 'plaintext'), ['Bravo']);
  const bareInMarkdown = 'factcheck-disable-next-line\nBravo.\n';
  assert.deepEqual(kept(bareInMarkdown, [findingOn(bareInMarkdown, 'Bravo')]), ['Bravo']);
  const typo = '<!-- factcheck-disable-nextline -->\nBravo.\n';
  assert.deepEqual(kept(typo, [findingOn(typo, 'Bravo')]), ['Bravo']);
  const unknown = '<!-- factcheck-disable-next-line quote-alterd -->\nBravo.\n';
  assert.deepEqual(kept(unknown, [findingOn(unknown, 'Bravo', 'quote-altered')]), ['Bravo']);
});

test('a multi-line comment applies to the line after its end', () => {
  const text = '<!--\n  factcheck-disable-next-line\n-->\nBravo.\n';
  assert.deepEqual(findDirectives(text, 'markdown').map((d) => d.kind), ['disable-next-line']);
  assert.deepEqual(kept(text, [findingOn(text, 'Bravo')]), []);
});

test('suppressionEdit puts a comment above a paragraph, keeping indentation and blockquote markers', () => {
  const text = 'Intro.\n\n> Bravo said so.\n';
  const finding = findingOn(text, 'Bravo', 'quote-altered');
  const edited = apply(text, suppressionEdit(text, 'markdown', finding)!);
  assert.equal(edited, 'Intro.\n\n> <!-- factcheck-disable-next-line quote-altered -->\n> Bravo said so.\n');
  const moved = findingOn(edited, 'Bravo', 'quote-altered');
  assert.deepEqual(withoutSuppressed([moved], edited, 'markdown'), []);
});

test('suppressionEdit keeps a paragraph whole: on a continuation line the comment ends the previous line', () => {
  const text = 'First line of a paragraph\nwhere Bravo is named.\n';
  const finding = findingOn(text, 'Bravo');
  const edited = apply(text, suppressionEdit(text, 'markdown', finding)!);
  assert.equal(edited, 'First line of a paragraph <!-- factcheck-disable-next-line name-misspelled -->\nwhere Bravo is named.\n');
  assert.deepEqual(withoutSuppressed([findingOn(edited, 'Bravo')], edited, 'markdown'), []);
});

test('suppressionEdit adds the code to a directive already aimed at the line', () => {
  const text = '<!-- factcheck-disable-next-line date-mismatch -->\nBravo on Tuesday.\n';
  const edited = apply(text, suppressionEdit(text, 'markdown', findingOn(text, 'Bravo'))!);
  assert.equal(edited, '<!-- factcheck-disable-next-line date-mismatch name-misspelled -->\nBravo on Tuesday.\n');
});

test('suppressionEdit in plaintext writes the bare directive line, with CRLF when the file uses it', () => {
  const text = 'Intro.\r\n\r\n  Bravo said so.\r\n';
  const edited = apply(text, suppressionEdit(text, 'plaintext', findingOn(text, 'Bravo', 'quote-altered'))!);
  assert.equal(edited, 'Intro.\r\n\r\n  factcheck-disable-next-line quote-altered\r\n  Bravo said so.\r\n');
  assert.deepEqual(withoutSuppressed([findingOn(edited, 'Bravo', 'quote-altered')], edited, 'plaintext'), []);
});

test('suppressionEdit offers nothing inside a table below its first row, and a comment above the header row', () => {
  const text = '| Who | Said |\n| --- | --- |\n| Bravo | hi |\n';
  assert.equal(suppressionEdit(text, 'markdown', findingOn(text, 'Bravo')), undefined);
  const edited = apply(text, suppressionEdit(text, 'markdown', findingOn(text, 'Who'))!);
  assert.equal(edited, '<!-- factcheck-disable-next-line name-misspelled -->\n' + text);
});

test('suppressionEdit keeps a hard line break at the end of the line it writes the comment on', () => {
  for (const lineBreak of ['  ', '\\']) {
    const text = `First line of a paragraph${lineBreak}\nwhere Bravo is named.\n`;
    const edited = apply(text, suppressionEdit(text, 'markdown', findingOn(text, 'Bravo'))!);
    assert.equal(edited, `First line of a paragraph <!-- factcheck-disable-next-line name-misspelled -->${lineBreak}\nwhere Bravo is named.\n`);
    assert.deepEqual(withoutSuppressed([findingOn(edited, 'Bravo')], edited, 'markdown'), []);
  }
});
