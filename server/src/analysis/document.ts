// Turns a document into prose the checks can read without caring about markup.
//
// `prose` has exactly the length of the original text, with everything that is not prose (code, link targets,
// front matter, HTML comments, markup characters) replaced by spaces and line breaks kept, so an offset found
// in prose is an offset in the document: no position mapping anywhere downstream.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Parents } from 'mdast';
import type { Span } from '../checks/finding';
import { splitSentences } from './sentences';
import { findDirectives } from './suppressions';
import { memoTable } from '../text/memo';
import { lastStartingAtOrBefore } from '../text/spans';
import { words, type Word } from '../text/words';

export type DocumentLanguage = 'markdown' | 'plaintext';

export interface Block extends Span {
  /**
   * A note is a footnote's text, read where its anchor is rather than after the text above it; a quoted block is a
   * paragraph of a block quote ("> …").
   */
  kind: 'paragraph' | 'heading' | 'cell' | 'note' | 'quoted';
}

export interface ProseDocument {
  text: string;
  prose: string;
  /** Prose blocks in document order (paragraphs, headings, table cells). */
  blocks: Block[];
  /** Sentences, each inside one block, in document order. */
  sentences: Span[];
}

/** Whether `span` starts in a heading. */
export function inHeading(doc: ProseDocument, span: Span): boolean {
  const block = doc.blocks[lastStartingAtOrBefore(doc.blocks, span.start)];
  return block?.kind === 'heading' && span.start < block.end;
}

/**
 * The indexes of the first and last cells of the table row the block at `at` is a cell of (one row is one line: no
 * line break between its cells), or undefined for a block that is no cell.
 */
export function tableRow(doc: ProseDocument, at: number): { first: number; last: number } | undefined {
  const { blocks, prose } = doc;
  if (blocks[at]?.kind !== 'cell') return undefined;
  const sameRow = (k: number) => blocks[k]?.kind === 'cell' && blocks[k + 1]?.kind === 'cell' && !prose.slice(blocks[k].end, blocks[k + 1].start).includes('\n');
  let first = at;
  while (first > 0 && sameRow(first - 1)) first--;
  let last = at;
  while (sameRow(last)) last++;
  return { first, last };
}

/** The first row of the table holding `row`: its header (not a row of a table above, after a blank line). */
export function headerRow(doc: ProseDocument, row: { first: number; last: number }): { first: number; last: number } {
  let header = row;
  for (let above = tableRow(doc, row.first - 1); above && !BLANK_LINE.test(doc.text.slice(doc.blocks[above.last].end, doc.blocks[header.first].start)); above = tableRow(doc, above.first - 1)) header = above;
  return header;
}

/** The rows of the table below `row`, up to a blank line. */
export function rowsBelow(doc: ProseDocument, row: { first: number; last: number }): { first: number; last: number }[] {
  const rows = [];
  for (let below = tableRow(doc, row.last + 1); below && !BLANK_LINE.test(doc.text.slice(doc.blocks[below.first - 1].end, doc.blocks[below.first].start)); below = tableRow(doc, below.last + 1)) rows.push(below);
  return rows;
}

/** A line holding nothing in the text (a table's delimiter row holds its bars and dashes). */
const BLANK_LINE = /\n[ \t]*\r?\n/;

/**
 * The header cell over the cell at `at`, when the cell is below the header row and the header has as many cells as
 * its row (so that columns line up).
 */
export function headerCellOver(doc: ProseDocument, at: number): Span | undefined {
  const row = tableRow(doc, at);
  const header = row && headerRow(doc, row);
  if (!row || !header || header.first === row.first || header.last - header.first !== row.last - row.first) return undefined;
  return doc.blocks[header.first + at - row.first];
}

/** A stretch of prose as a message shows it: the blanks markup left ("**24** months"), one space. */
export function asShown(prose: string): string {
  return prose.replace(/\s{2,}/g, ' ');
}

/** `atDocumentStart` is false for a part of a document read alone: its start cannot open front matter. */
export function readDocument(text: string, language: DocumentLanguage, atDocumentStart = true): ProseDocument {
  return language === 'markdown' ? readMarkdown(text, atDocumentStart).doc : readPlainText(text);
}

/**
 * A part of a document's prose read on its own: a markdown chunk, or all of a plain text. Parts are split at blank
 * lines, so neither a word nor a name spans two.
 */
export interface ProsePart {
  /** Where the part starts in the prose, and the index of its first word in the document's words. */
  start: number;
  firstWord: number;
  /** The part's prose and words, offsets from its start: the same objects whenever the same text is read. */
  prose: string;
  words: readonly Word[];
}

/**
 * readDocument with the prose's words (words(doc.prose)) and its parts. Markdown's words are read with each chunk
 * and kept with it, so an edit reads only the words of the chunks it touched, and a chunk shared by neighbouring
 * windows is read once.
 */
export function readDocumentWords(text: string, language: DocumentLanguage, atDocumentStart = true): { doc: ProseDocument; words: Word[]; parts: ProsePart[] } {
  if (language === 'plaintext') {
    const doc = readPlainText(text);
    const docWords = words(doc.prose);
    return { doc, words: docWords, parts: [{ start: 0, firstWord: 0, prose: doc.prose, words: docWords }] };
  }
  const { doc, chunks } = readMarkdown(text, atDocumentStart);
  const parts = partsOf(chunks);
  const docWords: Word[] = [];
  for (const { start, words: partWords } of parts) {
    for (const word of partWords) docWords.push({ norm: word.norm, start: word.start + start, end: word.end + start });
  }
  return { doc, words: docWords, parts };
}

/**
 * The text's parts without the document they make up (no words copied, no prose joined): enough to find whom the
 * text names. Markdown chunks come from the chunk cache.
 */
export function readParts(text: string, language: DocumentLanguage, atDocumentStart = true): ProsePart[] {
  return language === 'plaintext' ? readDocumentWords(text, language).parts : partsOf(readChunks(text, atDocumentStart));
}

function partsOf(chunks: readonly { start: number; read: ChunkProse }[]): ProsePart[] {
  const parts: ProsePart[] = [];
  let firstWord = 0;
  for (const { start, read } of chunks) {
    parts.push({ start, firstWord, prose: read.prose, words: read.words });
    firstWord += read.words.length;
  }
  return parts;
}

// Spaces other than the space and tab, each one UTF-16 unit: no-break, thin, figure, ideographic and the like.
const OTHER_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * A no-break space between the words of a name ("Al\u00a0Jazeera", "Antony\u00a0Blinken") is a space to every
 * rule: the prose has plain spaces in its place (the same length, so offsets hold).
 */
function withPlainSpaces(prose: string): string {
  OTHER_SPACES.lastIndex = 0;
  return OTHER_SPACES.test(prose) ? prose.replace(OTHER_SPACES, ' ') : prose;
}

/**
 * Labels opening a line that are markup, like a list's "6.": a thread's post number ("6/ Wang Wenbin went
 * further: …"), a question's or an answer's ("Q: Who is Qin Gang?", "A: He is …"), a section's number ("2.2 In
 * April, …"; not "1.5 hours", a number a sentence opens with).
 */
const LINE_LABEL = /(?<=^|\n)[ \t]*(?:\d{1,3}\/(?=[ \t]+\S)|(?:Q|A|Question|Answer)[ \t]*:(?=[ \t]+\S)|\d{1,2}(?:\.\d{1,2})+\.?(?=[ \t]+\p{Lu}))/gu;

function withoutLineLabels(prose: string): string {
  return prose.replace(LINE_LABEL, (label) => ' '.repeat(label.length));
}

/** One entry per UTF-16 unit (not per code point: offsets are UTF-16), each a space but line breaks. */
function blankOut(text: string): string[] {
  return text.split('').map((ch) => (ch === '\n' || ch === '\r' ? ch : ' '));
}

/** Plain text: paragraphs are runs of non-blank lines; a suppression directive's line is not prose. */
function readPlainText(text: string): ProseDocument {
  const parts: string[] = [];
  let at = 0;
  for (const directive of findDirectives(text, 'plaintext')) {
    parts.push(text.slice(at, directive.start), ' '.repeat(directive.end - directive.start));
    at = directive.end;
  }
  parts.push(text.slice(at));
  const prose = withoutLineLabels(withPlainSpaces(parts.join('')));
  const blocks: Block[] = [];
  // Matches start only at a line start: tried from every blank of a long blank line, the scan was quadratic.
  const paragraph = /(?<![^\r\n])[^\S\r\n]*\S[^\r\n]*(?:\r?\n[^\S\r\n]*\S[^\r\n]*)*/g;
  for (let m = paragraph.exec(prose); m; m = paragraph.exec(prose)) blocks.push({ start: m.index, end: m.index + m[0].length, kind: 'paragraph' });
  const read = withCapitalLinesAsHeadings(prose, blocks);
  return { text, prose, blocks: read, sentences: read.flatMap((block) => splitSentences(prose, block)) };
}

/** A paragraph of one short line with no lower-case letter: a heading however it is marked ("INT. BEIJING — MONDAY, 19 JUNE"). */
const CAPITAL_LINE = /^(?=(?:[^\p{Lu}]*\p{Lu}){3})[^\p{Ll}\r\n]{3,100}$/u;

/**
 * A screenplay's scene heading, a slug line or a title typed in capitals opens what follows as a heading does: it is
 * not a sentence going on from the paragraph before it.
 */
function withCapitalLinesAsHeadings(prose: string, blocks: Block[]): Block[] {
  return blocks.map((block) => (block.kind === 'paragraph' && CAPITAL_LINE.test(prose.slice(block.start, block.end)) ? { ...block, kind: 'heading' } : block));
}

const BLOCK_KINDS: Record<string, Block['kind']> = { paragraph: 'paragraph', heading: 'heading', tableCell: 'cell' };

interface ChunkProse {
  prose: string;
  /** Blocks, sentences and words, with offsets relative to the chunk. */
  blocks: Block[];
  sentences: Span[];
  words: Word[];
}

/** What parsing a chunk gives, before its sentences and words are read. */
type ParsedChunk = Pick<ChunkProse, 'prose' | 'blocks'>;

/** Parsed chunks by their text: an edit re-parses only the paragraphs it touched. */
const parsedChunks = memoTable<string, ChunkProse>({ entries: 5000, size: { of: (key) => key.length, max: 4_000_000 } });

/**
 * Markdown is read chunk by chunk (paragraph groups split at blank lines, never inside a fence, a comment or
 * front matter), each chunk by the markdown parser unless it holds no character markdown gives meaning to.
 */
function readMarkdown(text: string, atDocumentStart: boolean): { doc: ProseDocument; chunks: { start: number; read: ChunkProse }[] } {
  const parts: string[] = [];
  const blocks: Block[] = [];
  const sentences: Span[] = [];
  const chunks = readChunks(text, atDocumentStart);
  for (const { start, read } of chunks) {
    parts.push(read.prose);
    for (const block of read.blocks) blocks.push({ start: block.start + start, end: block.end + start, kind: block.kind });
    for (const sentence of read.sentences) sentences.push({ start: sentence.start + start, end: sentence.end + start });
  }
  return { doc: { text, prose: parts.join(''), blocks, sentences }, chunks };
}

function readChunks(text: string, atDocumentStart: boolean): { start: number; read: ChunkProse }[] {
  return markdownChunks(text, atDocumentStart).map(({ start, end }) => ({ start, read: readChunk(text.slice(start, end), atDocumentStart && start === 0) }));
}

function readChunk(slice: string, atDocumentStart: boolean): ChunkProse {
  // Front matter is recognised only at the very start of a document.
  const key = (atDocumentStart ? '^' : '') + slice;
  return parsedChunks.get(key, () => {
    const source = withTrackedChangesMade(slice);
    const parsed = isPlainProse(source) || source.length > MAX_PARSED_CHUNK ? plainChunk(source) : (loneHeading(source) ?? parseMarkdown(source));
    const prose = withoutLineLabels(withPlainSpaces(parsed.prose));
    const blocks = withCapitalLinesAsHeadings(prose, parsed.blocks);
    return { prose, blocks, sentences: blocks.flatMap((block) => splitSentences(prose, block)), words: words(prose) };
  });
}

/**
 * CriticMarkup, an editor's tracked changes: a deletion ("{--Thursday--}"), the old side of a substitution
 * ("{~~May~>April~~}") and a comment ("{>>check this<<}") claim nothing, and are blanked; an insertion ("{++Friday++}"),
 * the new side and a highlight ("{==…==}") are text, their marks blanked. The same length, so offsets hold.
 */
const TRACKED_CHANGE = /\{--[^]*?--\}|\{>>[^]*?<<\}|\{~~([^]*?)~>([^]*?)~~\}|\{(\+\+|==)([^]*?)(?:\+\+|==)\}/g;

function withTrackedChangesMade(slice: string): string {
  if (!slice.includes('{')) return slice;
  return slice.replace(TRACKED_CHANGE, (change: string, old?: string, made?: string, mark?: string, kept?: string) => {
    if (made !== undefined) return `${blank(`{~~${old}~>`)}${made}${blank('~~}')}`;
    if (kept !== undefined) return `${blank(`{${mark}`)}${kept}${blank(`${mark}}`)}`;
    return blank(change);
  });
}

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

// Characters that can start markup anywhere in a line, and line starts that open a block construct.
const INLINE_MARKUP = /[`*_[\]<>\\|~!&#$=]/;
const BLOCK_START = /^(?:[ \t]|[-+*>#|]|\d+[.)]|---|\+\+\+)/m;

function isPlainProse(slice: string): boolean {
  return !INLINE_MARKUP.test(slice) && !BLOCK_START.test(slice);
}

function plainChunk(slice: string): ParsedChunk {
  const start = slice.search(/\S/);
  if (start < 0) return { prose: slice, blocks: [] };
  const end = slice.trimEnd().length;
  return { prose: slice, blocks: [{ start, end, kind: 'paragraph' }] };
}

// One ATX heading line ("## Background") and blank lines: its opening marks, its text, the blanks after it.
const LONE_HEADING = /^(#{1,6}[ \t]+)(\S(?:[^\r\n]*\S)?)([ \t]*)(?:\r?\n[ \t]*)*$/;

/**
 * A chunk that is one heading of plain text, read as the parser reads it (the heading spans its line, blanks
 * included; its text is prose). Most headings are such a chunk, and the parser costs as much for one as for a
 * paragraph group.
 */
function loneHeading(slice: string): ParsedChunk | undefined {
  const heading = LONE_HEADING.exec(slice);
  if (!heading || INLINE_MARKUP.test(heading[2])) return undefined;
  const [, marks, text, blanks] = heading;
  const end = marks.length + text.length;
  return { prose: ' '.repeat(marks.length) + text + slice.slice(end).replace(/[^\r\n]/g, ' '), blocks: [{ start: 0, end: end + blanks.length, kind: 'heading' }] };
}

/**
 * GFM's tree building without its pass that looks for bare addresses in what the parser left as text (after an
 * unclosed "[", or where reading them is switched off): the links it makes have no positions, so every word of
 * their paragraph dropped out of the prose. The parser itself still reads bare addresses as links.
 */
const GFM_FROM_MARKDOWN = gfmFromMarkdown().map(({ transforms, ...extension }) => extension);

function parseMarkdown(text: string): ParsedChunk {
  // The parser drops a byte-order mark at the start of its input, which made every offset of the chunk one short.
  if (text.startsWith('\uFEFF')) {
    const rest = parseMarkdown(text.slice(1));
    return { prose: ` ${rest.prose}`, blocks: rest.blocks.map((block) => ({ ...block, start: block.start + 1, end: block.end + 1 })) };
  }
  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml', 'toml']), gfm(), { disable: { null: costlyConstructs(text) } }],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), ...GFM_FROM_MARKDOWN],
  });
  const chars = blankOut(text);
  const blocks: Block[] = [];
  const copy = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    for (let i = start; i < end; i++) chars[i] = text[i];
    // A text running over lines of a block quote spans the next line's "> " too, which is markup.
    for (let newline = text.indexOf('\n', start); newline >= 0 && newline < end; newline = text.indexOf('\n', newline + 1)) {
      for (let i = newline + 1; i < end && (text[i] === '>' || text[i] === ' ' || text[i] === '\t'); i++) chars[i] = ' ';
    }
  };
  const copyAlt = (alt: string | null | undefined, start: number | undefined) => {
    // Only as written between "![" and "]": an alt with escapes or markup in it is left out.
    if (!alt || start === undefined || text.slice(start + 2, start + 2 + alt.length) !== alt || text[start + 2 + alt.length] !== ']') return;
    for (let i = start + 2; i < start + 2 + alt.length; i++) chars[i] = text[i];
  };
  const visit = (node: Nodes, inNote = false, inQuote = false) => {
    const kind = inNote && node.type === 'paragraph' ? 'note' : inQuote && node.type === 'paragraph' ? 'quoted' : BLOCK_KINDS[node.type];
    if (kind && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      blocks.push({ start: node.position.start.offset, end: node.position.end.offset, kind });
    }
    if (node.type === 'text') copy(node);
    // An image's alt text is the writer's words too ("![Blinken and Qin Gang during their three-hour talks](…)").
    if (node.type === 'image') copyAlt(node.alt, node.position?.start.offset);
    // Struck-out words ("~~Tuesday~~ Monday") are taken back: they claim nothing, like a comment.
    if (node.type === 'delete') return;
    // A list in a block quote is a box of the writer's points ("> **What Beijing wants** ⏎ > - No interference …"),
    // not someone's words.
    const quoting = node.type === 'blockquote' || (inQuote && node.type !== 'list');
    if ('children' in node) for (const child of (node as Parents).children) visit(child, inNote || node.type === 'footnoteDefinition', quoting);
  };
  visit(tree);
  return { prose: chars.join(''), blocks: blocks.filter((b) => chars.slice(b.start, b.end).join('').trim() !== '') };
}

// Limits that keep the markdown parser linear. Its cost grows with the square of
//   - the emphasis or strikethrough marks in a chunk, and the unclosed inline HTML comments, declarations and
//     processing instructions ("<!--", "<!", "<?": each scans to the end of the paragraph for its close),
//   - the nesting depth of lists and block quotes (which also overflows its stack: "- - - … a" of 10 KB takes
//     40 s, then throws),
//   - a chunk's length when inline markup is dense (text tokens are merged one splice at a time), and the
//     brackets of links and labels ("[a](" 10,000 times took 5 s).
// Past the first two limits a chunk is read without those constructs: their marks stay in the prose as
// punctuation, which no rule reads as words. A chunk longer than any real paragraph group is read as plain prose.
const MAX_DELIMITERS = 100;
// Brackets cost more: 4,000 "[a] " took over a second, 1,000 a few milliseconds. A chunk of real prose with a
// thousand links is a link index longer than any paragraph group. Footnote calls go with the links: without link
// labels to stop it, each "]" searches back through the whole chunk for one.
const MAX_LABEL_OPENERS = 1000;
// Bare web and e-mail addresses ("www.state.gov") are read as links only in a chunk of a real paragraph's length,
// or one without a "[": after an unclosed "[", each word start searches back through the chunk for it (a
// 36,000-character paragraph took 1.4 s, growing with its square). Past that, an address stays text, and only
// markup inside it ("_" in a path) is read as such.
const MAX_AUTOLINK_CHUNK = 5_000;
const MAX_PARSED_CHUNK = 50_000;
const MAX_CONTAINER_PREFIX = 100;
// A line's leading block-quote and list markers with the blanks around them: "> - 1. ".
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/gm;

function costlyConstructs(text: string): string[] {
  const disabled: string[] = [];
  if (countOf(text, '*') + countOf(text, '_') > MAX_DELIMITERS) disabled.push('attention');
  if (countOf(text, '~') > MAX_DELIMITERS) disabled.push('strikethrough');
  if (countOf(text, '<!') + countOf(text, '<?') > MAX_DELIMITERS) disabled.push('htmlText');
  if (text.length > MAX_AUTOLINK_CHUNK && text.includes('[')) disabled.push('wwwAutolink', 'protocolAutolink', 'emailAutolink');
  if (countOf(text, '[') > MAX_LABEL_OPENERS) disabled.push('labelStartLink', 'labelStartImage', 'labelEnd', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall');
  CONTAINER_PREFIX.lastIndex = 0;
  for (let m = CONTAINER_PREFIX.exec(text); m; m = CONTAINER_PREFIX.exec(text)) {
    if (m[0].length > MAX_CONTAINER_PREFIX) {
      disabled.push('blockQuote', 'list');
      break;
    }
  }
  return disabled;
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) count++;
  return count;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const NON_BLANK = /\S/;

/**
 * Splits markdown into chunks that parse the same alone as in the document: boundaries at blank lines, except
 * inside a fenced code block, an HTML comment or the front matter; an indented chunk (a list item's later
 * paragraph, indented code) stays with the chunk before it.
 */
export function markdownChunks(text: string, atDocumentStart = true): Span[] {
  const chunks: Span[] = [];
  let chunkStart = 0;
  let fence: string | undefined;
  let inComment = false;
  let inFrontMatter = atDocumentStart && /^(---|\+\+\+)\r?\n/.test(text);
  let lineStart = 0;
  let previousBlank = false;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    // The line without its line break, and blank or not, read in place: a paragraph is one long line, and
    // copying it (to replace its line break, to trim it) was most of the cost of finding the chunks.
    const contentEnd = newline < 0 ? text.length : newline > lineStart && text[newline - 1] === '\r' ? newline - 1 : newline;
    const line = text.slice(lineStart, contentEnd);
    const blank = !NON_BLANK.test(line);
    if (inFrontMatter) {
      if (lineStart > 0 && /^(---|\+\+\+|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
    } else if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const open = FENCE.exec(line);
      if (open) fence = open[1];
      // A forward search first: searching backwards is slow, and most lines have no comment.
      else if (line.includes('<!--') && line.lastIndexOf('<!--') > line.lastIndexOf('-->')) inComment = true;
      if (!blank && previousBlank && lineStart > chunkStart && !/^[ \t]/.test(line)) {
        chunks.push({ start: chunkStart, end: lineStart });
        chunkStart = lineStart;
      }
    }
    previousBlank = blank && !fence && !inComment && !inFrontMatter;
    lineStart = lineEnd;
  }
  if (chunkStart < text.length) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}
