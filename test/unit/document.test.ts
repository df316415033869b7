import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownChunks, readDocument } from '../../server/src/analysis/document';

const proseOf = (text: string) => readDocument(text, 'markdown').prose;

test('prose keeps every offset: same length, line breaks in place', () => {
  const text = '# Title\r\n\r\nSome *emphasis* and `code` here.\n';
  const prose = proseOf(text);
  assert.equal(prose.length, text.length);
  assert.equal(prose.indexOf('emphasis'), text.indexOf('emphasis'));
  assert.ok(!prose.includes('code'));
  assert.deepEqual([...prose].map((c, i) => (c === '\n' || c === '\r') === (text[i] === '\n' || text[i] === '\r')).every(Boolean), true);
});

test('a fenced code block with blank lines inside stays one chunk and is never prose', () => {
  const text = 'Before.\n\n```\n“Quoted in code,” he said.\n\nStill code.\n```\n\nAfter.\n';
  const chunks = markdownChunks(text).map((c) => text.slice(c.start, c.end));
  assert.deepEqual(chunks, ['Before.\n\n', '```\n“Quoted in code,” he said.\n\nStill code.\n```\n\n', 'After.\n']);
  const prose = proseOf(text);
  assert.ok(!prose.includes('Quoted') && !prose.includes('Still'));
  assert.ok(prose.includes('Before.') && prose.includes('After.'));
});

test('front matter and multi-line HTML comments are not prose', () => {
  const text = '---\ntitle: "Said nobody"\n\nsummary: x\n---\n\n<!-- a note\n\n“hidden words” -->\n\nVisible text.\n';
  const prose = proseOf(text);
  assert.ok(!prose.includes('Said') && !prose.includes('summary') && !prose.includes('hidden'));
  assert.ok(prose.includes('Visible text.'));
});

test('struck-out words are not prose; the words around them are', () => {
  const text = 'Lindqvist met Duarte on ~~Tuesday~~ Thursday, for nearly ~~almost~~ four hours.\n';
  const prose = proseOf(text);
  assert.ok(!prose.includes('Tuesday') && !prose.includes('almost') && !prose.includes('~'));
  assert.ok(prose.includes('Thursday') && prose.includes('four hours'));
  assert.equal(prose.length, text.length);
});

test('an image’s alt text is prose, as written; its address is not', () => {
  const text = '![Lindqvist and Duarte during their nine-hour talks](images/talks.jpg)\n\n![A *marked* alt](b.png)\n';
  const prose = proseOf(text);
  assert.ok(prose.includes('Lindqvist and Duarte during their nine-hour talks'));
  assert.ok(!prose.includes('images') && !prose.includes('talks.jpg') && !prose.includes('marked'));
  assert.equal(prose.length, text.length);
});

test('a thread’s post numbers opening lines are markup; a fraction or a date in figures is prose', () => {
  const text = '1/ Lindqvist landed.\n2/ She met Duarte.\n\nOn 3/14 they met; 1/2 of the staff stayed.\n';
  const prose = proseOf(text);
  assert.ok(prose.startsWith('   Lindqvist landed.\n   She met Duarte.'));
  assert.ok(prose.includes('On 3/14 they met; 1/2 of the staff'));
});

test('a question’s or an answer’s label and a section’s number opening a line are markup; a number a sentence opens with is prose', () => {
  const text = 'Q: Who is Duarte?\nA: He is Brazil’s trade minister.\n\n**Question:** When?\n**Answer:** Thursday.\n\n2.2 In March, they met.\n\n1.5 hours later they left.\n';
  for (const prose of [proseOf(text), readDocument(text, 'plaintext').prose]) {
    assert.ok(prose.startsWith('   Who is Duarte?\n   He is Brazil’s trade minister.'));
    assert.ok(prose.includes('\n    In March, they met.') && prose.includes('1.5 hours later they left.'));
    assert.equal(prose.length, text.length);
  }
  assert.ok(proseOf(text).includes('\n              When?\n            Thursday.'));
});

test('a list item’s indented second paragraph is still prose', () => {
  const text = '- First point.\n\n    Second paragraph of the same item.\n';
  assert.ok(proseOf(text).includes('Second paragraph of the same item.'));
});

test('re-reading an edited document gives the same result as reading it fresh', () => {
  const before = 'One paragraph with *markup*.\n\nAnother, plain.\n\n> A quote block.\n';
  const after = before.replace('plain', 'still plain');
  readDocument(before, 'markdown');
  const incremental = readDocument(after, 'markdown');
  assert.equal(incremental.prose, after.replace(/[*>]/g, ' '));
  assert.deepEqual(incremental.blocks.map((b) => after.slice(b.start, b.end)), ['One paragraph with *markup*.', 'Another, still plain.', 'A quote block.']);
});

test('in plain text, a suppression directive line is not prose and separates paragraphs', () => {
  const text = 'First paragraph.\nfactcheck-disable-next-line quote-altered\n“Second,” he said.\n';
  const doc = readDocument(text, 'plaintext');
  assert.equal(doc.prose.length, text.length);
  assert.ok(!doc.prose.includes('factcheck'));
  assert.deepEqual(doc.blocks.map((b) => text.slice(b.start, b.end)), ['First paragraph.', '“Second,” he said.']);
});

test('prose keeps UTF-16 offsets past characters outside the basic plane (emoji, flags)', () => {
  const text = ' A🇺🇸 *flag* and 😀 then “a quote”.\n\nNext paragraph.\n';
  const prose = proseOf(text);
  assert.equal(prose.length, text.length);
  assert.equal(prose.indexOf('“a quote”'), text.indexOf('“a quote”'));
  assert.equal(prose.indexOf('Next paragraph.'), text.indexOf('Next paragraph.'));
});

/** The sentences read from `text`, as text. */
function sentencesOf(text: string, language: 'markdown' | 'plaintext' = 'plaintext'): string[] {
  const doc = readDocument(text, language);
  return doc.sentences.map((s) => doc.prose.slice(s.start, s.end));
}

test('a full stop after an abbreviation or an initial ends no sentence; after an ordinary word it does', () => {
  assert.deepEqual(sentencesOf('Sec. Blinken met Xi on Jun. 19. He left on Tue. June 20. Daniel J. Kritenbrink stayed.'), [
    'Sec. Blinken met Xi on Jun. 19.',
    'He left on Tue. June 20.',
    'Daniel J. Kritenbrink stayed.',
  ]);
  assert.deepEqual(sentencesOf('They sat. Then the sun rose. Nobody spoke.'), ['They sat.', 'Then the sun rose.', 'Nobody spoke.']);
});

test('a line opening with two hyphens or a bullet starts a sentence, whatever ends the line before; a dash inside a line does not', () => {
  assert.deepEqual(sentencesOf('Timeline:\n-- May: Burns travels to China.\n-- Friday, 16 June: Xi tells Gates\n• Saturday: Biden speaks'), [
    'Timeline:',
    '-- May: Burns travels to China.',
    '-- Friday, 16 June: Xi tells Gates',
    '• Saturday: Biden speaks',
  ]);
  assert.deepEqual(sentencesOf('The talks ran long -- nearly six hours --\nand ended late.'), ['The talks ran long -- nearly six hours --\nand ended late.']);
});

test('a note marker after a full stop ends the sentence with it; a bracket opening the next sentence does not join them', () => {
  assert.deepEqual(sentencesOf('The vote passed.[^4] Okafor left early.² [Update] Raman stayed.[12] She spoke.', 'markdown'), [
    'The vote passed.[^4]',
    'Okafor left early.²',
    '[Update] Raman stayed.[12]',
    'She spoke.',
  ]);
  assert.deepEqual(sentencesOf('It cost 3.5 million.[a long bracket that is no marker] Then it rose.', 'markdown'), ['It cost 3.5 million.[a long bracket that is no marker] Then it rose.']);
});

test('a block quote’s markers on the lines a paragraph runs over are markup, and a ">" inside a line is text', () => {
  const text = '> > The talks ran long\n> > and a > b held.\n';
  const prose = proseOf(text);
  assert.equal(prose.length, text.length);
  assert.equal(prose.split('\n')[1].trim(), 'and a > b held.');
  assert.equal(prose.split('\n')[0].trim(), 'The talks ran long');
});

test('a paragraph with an unclosed "[" before a bare web address keeps every word', () => {
  // The address was made a link without a position, and the whole paragraph dropped out of the prose.
  for (const text of ['[Update Okafor said www.example.org/notes had the figures.', 'Write to a.b@example.org [soon, Okafor said.']) {
    assert.equal(proseOf(text), text);
  }
});

test('bare web addresses are links in a paragraph; past 5,000 characters with a "[", they are text', () => {
  const address = 'See www.example.org/_draft_/notes for the figures.';
  // As a link, the address keeps its underscores; as text, "_draft_" is emphasis and its marks are markup.
  assert.ok(proseOf(address).includes('www.example.org/_draft_/notes'));
  const long = `[Update] ${address}${' The talks ran long.'.repeat(300)}`;
  const prose = proseOf(long);
  assert.ok(prose.includes('See www.example.org/ draft /notes for the figures.'), prose.slice(0, 80));
  assert.ok(proseOf(`${address}${' The talks ran long.'.repeat(300)}`).includes('www.example.org/_draft_/notes'), 'no "[": still a link');
});

test('links are read as links up to a thousand brackets in a chunk; past that, brackets are punctuation', () => {
  const links = (count: number) => Array.from({ length: count }, (_, i) => `[source ${i}](https://example.org/${i})`).join(' ');
  assert.ok(!proseOf(links(900)).includes('example.org'), 'a link’s address is not prose');
  // Reading 25,000 "[a](" with links and footnote calls parsed took 10 seconds.
  const soup = proseOf(links(1100));
  assert.ok(soup.includes('example.org') && soup.includes('source 1099'));
});
