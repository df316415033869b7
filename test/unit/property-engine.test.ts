// Property tests of the whole engine: whatever the text, checkText never throws, every finding points inside the
// document without splitting a surrogate pair, and every fix applies cleanly. Reproduce a failure with the seed
// fast-check prints: FACTCHECK_SEED=<seed> node --import tsx --test test/unit/property-engine.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readDocument, type DocumentLanguage } from '../../server/src/analysis/document';
import type { Finding, TextEdit } from '../../server/src/checks/finding';
import { checkText } from '../../server/src/engine';
import { draftText, mutatedText, noiseText, referencePieces, runProperty, testReferences } from '../support/arbitraries';

const { builtIn, invented, references } = testReferences();
const language = fc.constantFrom<DocumentLanguage>('markdown', 'plaintext');

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** True when `offset` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, offset: number) => offset > 0 && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

function assertInside(text: string, start: number, end: number, what: string) {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets (${start}, ${end})`);
  assert.ok(0 <= start && start <= end && end <= text.length, `${what}: ${start}..${end} inside 0..${text.length}`);
  assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `${what}: ${start}..${end} splits a surrogate pair`);
}

/** Applies non-overlapping edits (any order) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

/**
 * Where an offset of the text before `edits` (sorted) ends up after them. Offsets inside an edit go to its start;
 * text inserted right at the offset counts as before it when `insertedBefore`, else as after it.
 */
function mapOffset(offset: number, edits: readonly TextEdit[], insertedBefore: boolean): number {
  let shift = 0;
  for (const edit of edits) {
    const delta = edit.newText.length - (edit.end - edit.start);
    if (edit.end < offset || (edit.end === offset && (insertedBefore || edit.start < edit.end))) shift += delta;
    else if (edit.start < offset) return edit.start + shift;
  }
  return offset + shift;
}

function assertFixesApply(text: string, finding: Finding, lang: DocumentLanguage) {
  for (const fix of finding.fixes) {
    const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    edits.forEach((edit, i) => {
      assertInside(text, edit.start, edit.end, `${finding.code} fix "${fix.title}" edit`);
      assert.equal(typeof edit.newText, 'string');
      const next = edits[i + 1];
      if (next) assert.ok(edit.end <= next.start && !(edit.start === next.start && edit.end === next.end), `${finding.code} fix "${fix.title}": edits overlap`);
    });
    const fixed = applyEdits(text, edits);
    assert.equal(typeof fixed, 'string');
    const again = checkText(fixed, lang, references);
    if (finding.code === 'quote-altered' && fix.preferred) {
      // The fixed quotation spans from the old start to the old end, with whatever the fix inserted inside it.
      const start = mapOffset(finding.start, edits, false);
      const end = mapOffset(finding.end, edits, true);
      const still = again.find((f) => f.code === 'quote-altered' && f.start < Math.max(end, start + 1) && start < f.end);
      assert.equal(still, undefined, `the preferred fix left the quote altered: ${JSON.stringify(fixed.slice(start, end))} → ${still?.message}`);
    }
  }
}

const QUOTE_MARKS = new Set(['“', '"', '‘', "'", '«', '„']);

/**
 * Quote findings sit on their quotation: the whole of it from its opening mark (a misattribution with the name it is
 * credited to, on either side), or its words right after it (after the spaces French puts inside guillemets, and
 * whatever is not prose, such as an HTML comment, which reading blanks: `prose`).
 */
function assertOnQuotation(text: string, prose: string, finding: Finding) {
  if (finding.code === 'quote-misattributed') {
    const marked = text.slice(finding.start, finding.end);
    assert.ok([...marked].some((c) => QUOTE_MARKS.has(c)), `${finding.code} covers a quotation: ${JSON.stringify(marked)}`);
  }
  if (finding.code === 'quote-altered' || finding.code === 'quote-unverified') {
    const mark = prose.slice(0, finding.start).replace(/ +$/, '').slice(-1);
    // A block quote with no quote marks (a reference quote's words) opens its line, its ">" blanked in the prose.
    const opensLine = /(?:^|\n)[ \t]*$/.test(prose.slice(0, finding.start));
    // A sentence of a quotation joining two quotes (see joinedQuotes.ts) starts after the sentence before it.
    const joinedSentence = finding.code === 'quote-altered' && /[.!?][’”'")\]]*$/.test(prose.slice(0, finding.start).trimEnd());
    assert.ok(QUOTE_MARKS.has(mark) || opensLine || joinedSentence, `${finding.code} starts after a quote mark: ${JSON.stringify(text.slice(finding.start - 1, finding.end))}`);
  }
}

/** Every invariant the engine promises for any text. */
function assertWellFormed(text: string, lang: DocumentLanguage) {
  const findings = checkText(text, lang, references);
  const { prose } = readDocument(text, lang);
  for (const finding of findings) {
    assertInside(text, finding.start, finding.end, `${finding.code} finding`);
    assertOnQuotation(text, prose, finding);
    assert.ok(finding.message.length > 0, 'a finding has a message');
    assertFixesApply(text, finding, lang);
  }
  return findings;
}

const RUNS = 300;

/** Findings per code over a property's run: shows which rules (and fixes) the generated texts reached. */
function tally(counts: Map<string, number>, findings: readonly Finding[]) {
  for (const finding of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
}
const summary = (counts: Map<string, number>) => [...counts].map(([code, n]) => `${code} ${n}`).join(', ') || 'no findings';

function report(t: { diagnostic(message: string): void }, what: string, cases: number, counts?: Map<string, number>) {
  const line = `property: ${cases} cases (${what}${counts ? `; ${summary(counts)}` : ''})`;
  t.diagnostic(line);
}

test('property: unicode and markdown noise never breaks the engine', (t) => {
  const cases = runProperty(fc.tuple(noiseText(), language), ([text, lang]) => void assertWellFormed(text, lang), RUNS);
  report(t, 'unicode and markdown noise', cases);
});

/** readDocument's contract: prose is the text with non-prose blanked, so an offset in prose is one in the text. */
function assertProseMirrorsText(text: string, lang: DocumentLanguage) {
  const { prose, blocks, sentences } = readDocument(text, lang);
  assert.equal(prose.length, text.length, 'prose has the length of the text');
  for (let i = 0; i < text.length; i++) {
    const kept = text[i] === '\n' || text[i] === '\r' ? prose[i] === text[i] : prose[i] === text[i] || prose[i] === ' ';
    assert.ok(kept, `prose[${i}] is ${JSON.stringify(prose[i])} for ${JSON.stringify(text[i])}`);
  }
  for (const span of [...blocks, ...sentences]) assertInside(text, span.start, span.end, 'block or sentence');
  for (const sentence of sentences) assert.ok(blocks.some((b) => b.start <= sentence.start && sentence.end <= b.end), 'a sentence lies in a block');
}

test('quote findings sit on their quotation in the cases the property found broken', () => {
  // A comment right after the opening mark is blanked in the prose: the quotation's words start after it.
  assertWellFormed('“<!-- factcheck-enable --> Antony Blinken said: “It’s pretty clear that, no matter the administration or the moment, the China relationship takes work.”\n\n', 'markdown');
  // A quotation holding one quote's words twice is no two quotes joined, nor is a sentence ended by an initial.
  assertWellFormed('“It’s pretty clear that, no matter the administration or the moment, the China relationship takes work.“ Daniel J. Kritenbrink said: “different pretty clear that, no matter the administration or the moment, the China relationship takes work.”\n\n', 'markdown');
  // A stray "]" is no end of an insertion: the preferred fix once put the first word in twice ("“It’s]It’s pretty …").
  assertWellFormed('“It’s]مرحبا بالعالم pretty clear that, no matter the administration or the moment, the China relationship takes work.”', 'markdown');
  // A participle's aside right at the start of the text, before "who": no name before its comma to stand for.
  assertWellFormed(', speaking alongside Blinken, who said the trip was “essential, but not sufficient”.', 'markdown');
});

test('prose mirrors the text in the cases the property found broken', () => {
  // A byte-order mark opening a markdown chunk: the parser dropped it and every offset after it was one short.
  for (const text of ['\uFEFF`code`\u{10000}', '\uFEFF# Title', 'Intro.\n\n\uFEFF`x` y', '\uFEFF---\ntitle: x\n---\n# Title']) {
    assertProseMirrorsText(text, 'markdown');
  }
});

test('property: prose mirrors the text (same length, line breaks kept, the rest kept or blanked)', (t) => {
  const texts = fc.oneof(noiseText(), draftText(builtIn.set));
  const cases = runProperty(fc.tuple(texts, language), ([text, lang]) => assertProseMirrorsText(text, lang), RUNS);
  report(t, 'document reading', cases);
});

test('property: drafts spliced from reference quotes, names, titles, dates and numbers give well-formed findings and fixes', (t) => {
  const drafts = fc.oneof(draftText(builtIn.set), draftText(invented.set));
  const counts = new Map<string, number>();
  const cases = runProperty(fc.tuple(drafts, language), ([text, lang]) => tally(counts, assertWellFormed(text, lang)), RUNS);
  // The generator must reach the rules that offer fixes, or the property proves little about fixes.
  for (const code of ['quote-altered', 'quote-misattributed']) assert.ok(counts.has(code), `the drafts reached ${code}: ${summary(counts)}`);
  report(t, 'reference drafts', cases, counts);
});

test('property: the reference article mutated by random splices gives well-formed findings and fixes', (t) => {
  const pieces = fc.oneof(referencePieces(builtIn.set), noiseText([], 4));
  const articles = fc.tuple(mutatedText(builtIn.articleText, pieces), language);
  const counts = new Map<string, number>();
  const cases = runProperty(articles, ([text, lang]) => tally(counts, assertWellFormed(text, lang)), RUNS / 2);
  assert.ok(counts.size > 0, 'the mutated articles produced findings');
  report(t, 'mutated article', cases, counts);
});
