// A document is checked in windows: runs of paragraph chunks, each read with the chunks just before it (who was
// speaking, who "he" is, what the previous sentence was about) and the chunk just after it (a quotation signed
// below it, a quotation running on), and reporting only on its own chunks. A window's findings depend on its text
// alone, so they are cached by that text and an edit re-checks only the windows whose text it changed.
//
// Where windows start is decided by the chunks' own content (a chunk opens a new window when a hash of its text
// says so, as rsync and content-defined chunking do), not by counting from the top: an edit moves window bounds
// only next to itself, and the windows further down keep their text and their cached findings.
import type { Span } from '../checks/finding';
import { markdownChunks, type DocumentLanguage } from './document';

export interface DocumentWindow extends Span {
  /** The part of the window it reports on: findings starting here belong to it. */
  own: Span;
  /**
   * A hash of the window's chunks (from the hashes read to place the windows): windows of the same text have the
   * same one, so a cache can look a window up by it and compare texts only on a hit instead of hashing each text.
   */
  hash: number;
}

/** Chunks of context read before a window's own chunks: enough for a pronoun's three sentences and a speaker's turn. */
const LEAD_IN_CHUNKS = 2;
/** Chunks read after a window's own chunks: a signature under a block quote, a quotation's next paragraph. */
const RUN_OUT_CHUNKS = 1;
/** One chunk in this many opens a window, on average. */
const AVERAGE_WINDOW_CHUNKS = 4;

/** The document's windows, covering it without overlap in their own parts. */
export function documentWindows(text: string, language: DocumentLanguage, chunks: readonly Span[] = documentChunks(text, language)): DocumentWindow[] {
  if (chunks.length === 0) return [{ start: 0, end: text.length, own: { start: 0, end: text.length }, hash: hashOf(text, { start: 0, end: text.length }) }];
  const hashes = chunks.map((chunk) => hashOf(text, chunk));
  const windows: DocumentWindow[] = [];
  let first = 0;
  for (let i = 1; i <= chunks.length; i++) {
    if (i < chunks.length && !opensWindow(text, chunks[i], chunks[i - 1], hashes[i])) continue;
    const from = Math.max(0, first - LEAD_IN_CHUNKS);
    const to = Math.min(chunks.length - 1, i - 1 + RUN_OUT_CHUNKS);
    let hash = (first - from) * 31 + (i - first);
    for (let c = from; c <= to; c++) hash = Math.imul(hash ^ hashes[c], 0x01000193);
    windows.push({ start: chunks[from].start, end: chunks[to].end, own: { start: chunks[first].start, end: chunks[i - 1].end }, hash: hash >>> 0 });
    first = i;
  }
  // The first window owns the document's start and the last its end, blank or not.
  windows[0].own.start = windows[0].start = 0;
  windows[windows.length - 1].own.end = windows[windows.length - 1].end = text.length;
  return windows;
}

/**
 * Decided by the chunk's text and its predecessor's only, so an edit changes where windows start only at the
 * edited chunk and the next. A chunk repeating the one before opens a window: a run of repeated paragraphs
 * would otherwise make one window of them all.
 */
function opensWindow(text: string, chunk: Span, previous: Span, hash: number): boolean {
  if (hash % AVERAGE_WINDOW_CHUNKS === 0) return true;
  return chunk.end - chunk.start === previous.end - previous.start && text.startsWith(text.slice(previous.start, previous.end), chunk.start);
}

/**
 * Paragraph groups that read the same alone as in the document (see markdownChunks), covering it in order. A
 * paragraph longer than any real one (pasted data, a whole text on one line) is cut into pieces, so that no
 * window, and no step of a check, is unbounded.
 */
export function documentChunks(text: string, language: DocumentLanguage): Span[] {
  const chunks = language === 'markdown' ? markdownChunks(text) : paragraphChunks(text);
  return chunks.flatMap((chunk) => (chunk.end - chunk.start > LONGEST_CHUNK ? pieces(text, chunk) : [chunk]));
}

/** Longer than any paragraph group of a real draft (markdown reads such a chunk as plain prose anyway). */
const LONGEST_CHUNK = 50_000;
/** About how long the pieces of an over-long chunk are. */
const PIECE = 4_000;

/** Cuts a chunk after a sentence's end where one comes soon after each PIECE characters, else at a blank, else anywhere but inside a surrogate pair. */
function pieces(text: string, chunk: Span): Span[] {
  const cuts: Span[] = [];
  let start = chunk.start;
  while (chunk.end - start > PIECE * 2) {
    const from = start + PIECE;
    const stretch = text.slice(from, from + PIECE);
    const sentenceEnd = /[.!?]["”’»)]*\s+/.exec(stretch);
    const blank = /\s+/.exec(stretch);
    let cut = from + (sentenceEnd ? sentenceEnd.index + sentenceEnd[0].length : blank ? blank.index + blank[0].length : PIECE);
    if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut++;
    cuts.push({ start, end: cut });
    start = cut;
  }
  cuts.push({ start, end: chunk.end });
  return cuts;
}

/** Plain text: a chunk starts at each non-blank line that follows a blank one. */
function paragraphChunks(text: string): Span[] {
  const chunks: Span[] = [];
  const paragraphStart = /(?:^|\n)[^\S\n]*\n(?=[^\S\r\n]*\S)/g;
  let start = 0;
  for (let m = paragraphStart.exec(text); m; m = paragraphStart.exec(text)) {
    const at = m.index + m[0].length;
    if (at > start) chunks.push({ start, end: at });
    start = at;
  }
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks;
}

/** FNV-1a over a chunk's characters: cheap, and spreads similar paragraphs apart. */
function hashOf(text: string, chunk: Span): number {
  let hash = 0x811c9dc5;
  for (let i = chunk.start; i < chunk.end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
