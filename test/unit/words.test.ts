// The hand-written readers that stand in for slower general ones must read exactly as those do: words() for the
// Unicode regular expression that defines a word, and the lone-heading shortcut for the markdown parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spellingKey } from '../../server/src/text/spelling';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { readDocument } from '../../server/src/analysis/document';
import { words } from '../../server/src/text/words';
import { runProperty } from '../support/arbitraries';

/**
 * What a word is, by definition: letters and numerals, joined by inner apostrophes; NFKC, lower case, ' for ’ and ʼ;
 * notes' "w/" (not "w/o") is "with".
 */
function wordsByDefinition(text: string, base = 0) {
  const withSlash = (m: RegExpExecArray) => /^[wW]$/.test(m[0]) && /^\/(?![\p{L}\p{N}])/u.test(text.slice(m.index + 1));
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu)].map((m) => ({
    norm: withSlash(m) ? 'with' : m[0].normalize('NFKC').toLowerCase().replace(/[’ʼ]/g, "'"),
    start: base + m.index,
    end: base + m.index + m[0].length,
  }));
}

// ASCII of every kind, apostrophes, accented and combining letters, other scripts, numerals of other scripts,
// letters outside the basic plane, full-width and mathematical letters (NFKC makes them ASCII), lone surrogates.
const PIECES = [
  'a', 'Z', 'q', 'w', 'W', '/', '0', '9', ' ', '-', '.', ',', "'", '’', 'ʼ', '"', '“', '”', '—', '\n', '\t', '_', '#', '*',
  'é', 'É', 'ß', 'İ', 'ﬁ', 'e\u0301', 'Ω', 'ж', 'Ж', '中', '文', 'ا', '٣', '五', '²', 'Ⅻ', 'Ａ', 'ｂ', '𝐀', '𝟗', '😀', '\uD800', '\uDC00',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

test('property: words() reads exactly the words the Unicode definition gives, normalised the same', (t) => {
  const cases = runProperty(fc.tuple(texts, fc.integer({ min: 0, max: 1000 })), ([text, base]) => {
    assert.deepEqual(words(text, base), wordsByDefinition(text, base));
  }, 3000);
  t.diagnostic(`property: ${cases} cases`);
});

/** What the markdown parser makes of a chunk: its text nodes are prose, everything else blank but line breaks. */
function proseByParser(chunk: string): { prose: string; headings: [number, number][] } {
  const chars: string[] = chunk.split('').map((ch) => (ch === '\n' || ch === '\r' ? ch : ' '));
  const headings: [number, number][] = [];
  const visit = (node: Nodes) => {
    const { start, end } = { start: node.position?.start.offset, end: node.position?.end.offset };
    if (node.type === 'heading' && start !== undefined && end !== undefined) headings.push([start, end]);
    if (node.type === 'text' && start !== undefined && end !== undefined) for (let i = start; i < end; i++) chars[i] = chunk[i];
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(fromMarkdown(chunk));
  return { prose: chars.join(''), headings };
}

test('property: a chunk that is one heading line reads as the markdown parser reads it', (t) => {
  const headingText = fc.array(fc.constantFrom('a', 'B', '1', ' ', '\t', '’', '“', '—', '.', ',', 'é', '中', '😀', '#'), { minLength: 1, maxLength: 30 }).map((p) => p.join(''));
  const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(' ', '  ', '\t'), headingText, fc.constantFrom('', ' ', '\n', '\n\n', '  \n \n', '\r\n'));
  const cases = runProperty(heading, ([level, gap, text, after]) => {
    const chunk = `${'#'.repeat(level)}${gap}${text}${after}`;
    const read = readDocument(chunk, 'markdown');
    const parsed = proseByParser(chunk);
    // Except where the reader means to differ: a section's number opening the line ("# 1.1 Background") is a label.
    const label = /^([ \t#]*)(\d{1,2}(?:\.\d{1,2})+\.?)(?=[ \t]+\p{Lu})/u.exec(parsed.prose);
    assert.equal(read.prose, label ? label[1] + ' '.repeat(label[2].length) + parsed.prose.slice(label[0].length) : parsed.prose);
    assert.deepEqual(read.blocks.filter((b) => b.kind === 'heading').map((b) => [b.start, b.end]), parsed.headings.filter(([s, e]) => parsed.prose.slice(s, e).trim() !== ''));
  }, 2000);
  t.diagnostic(`property: ${cases} cases`);
});

test('British and American spellings of a word share a spelling key; other words keep theirs', () => {
  for (const [british, american] of [
    ['spiralling', 'spiraling'], ['travelled', 'traveled'], ['defence', 'defense'], ['organise', 'organize'], ['organisation', 'organization'],
    ['analyse', 'analyze'], ['colour', 'color'], ['harbour', 'harbor'], ['favourite', 'favorite'], ['centre', 'center'], ['dialogue', 'dialog'],
  ]) assert.equal(spellingKey(british), spellingKey(american), `${british} / ${american}`);
  for (const [one, other] of [['filled', 'filed'], ['called', 'caled'], ['four', 'for'], ['hours', 'hors'], ['decline', 'collapse']]) {
    assert.notEqual(spellingKey(one), spellingKey(other), `${one} / ${other}`);
  }
});
