// The date a draft gives itself: a dateline under its headline ("*BEIJING, Tuesday 20 June 2023*", "Published
// Monday 19 June 2023") or opening its first paragraph ("BEIJING, June 20 (Reuters) — …"). "Yesterday" and "last
// month" count from it (see datelineDates.ts). A draft with dated sections ("## Tuesday 20 June" in a live blog)
// has no one date of its own: its relative words are left alone.
import type { Span } from '../checks/finding';
import { isCalendarName } from '../text/calendar';
import { isCapitalizedWord, words, type Word } from '../text/words';
import { findDateExpressions, type CalendarFields } from './dates';
import { readDocument, type DocumentLanguage, type ProseDocument } from './document';

/** Chunks at the top of a draft that may hold its dateline: a headline, a standfirst, a byline, the dateline. */
const HEAD_CHUNKS = 4;
/** A dateline is a short line; a paragraph longer than this is the story itself. */
const MAX_DATELINE_WORDS = 16;
/** "BEIJING, June 20 (Reuters) — …": at most this many words before the dash. */
const MAX_INLINE_DATELINE_WORDS = 8;
/** Chunks no longer than this, naming a day or a month, are read for another dateline (a dated section). */
const MAX_DATED_LINE_CHARACTERS = 120;

/** Small words a dateline or byline may have besides names, places, figures and the date. */
const DATELINE_WORDS = new Set([
  'published', 'posted', 'filed', 'first', 'dateline', 'by', 'on', 'at', 'in', 'from', 'of', 'the', 'and', 'am', 'pm', 'a.m', 'p.m',
  'min', 'mins', 'minute', 'minutes', 'read', 'staff', 'writer', 'correspondent', 'reporter', 'editor', 'bureau', 'gmt', 'bst', 'utc', 'et', 'edt', 'est',
]);
/** A line giving when the text was changed, not written. */
const UPDATE_WORDS = new Set(['updated', 'update', 'modified', 'revised', 'edited']);

const DATED_LINE_HINT = /\d|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
/** The dash ending an inline dateline. */
const DATELINE_DASH = /\s[—–]\s|\s--?\s/;

/**
 * The dates a draft's headline states (the heading opening its first chunk): "# Blinken's April 2024 trip to China"
 * gives the time of a paragraph that states none and has no nearer heading that does (see datesUpTo).
 */
export function headlineDatesOf(text: string, language: DocumentLanguage, chunks: readonly Span[]): CalendarFields[] {
  const first = chunks[0];
  if (!first || language !== 'markdown') return [];
  const doc = readDocument(text.slice(first.start, first.end), language, true);
  const [heading] = doc.blocks;
  return heading?.kind === 'heading' ? findDateExpressions(doc.prose, [heading]).map((date) => date.stated) : [];
}

/** The draft's own date (the fields its dateline states), if it gives exactly one. */
export function datelineOf(text: string, language: DocumentLanguage, chunks: readonly Span[]): CalendarFields | undefined {
  let dateline: CalendarFields | undefined;
  let headEnds = Math.min(chunks.length, HEAD_CHUNKS);
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c];
    const inHead = c < headEnds;
    if (!inHead && (chunk.end - chunk.start > MAX_DATED_LINE_CHARACTERS || !DATED_LINE_HINT.test(text.slice(chunk.start, chunk.end)))) continue;
    const doc = readDocument(text.slice(chunk.start, chunk.end), language, chunk.start === 0);
    for (const block of doc.blocks) {
      const blockWords = words(doc.prose.slice(block.start, block.end), block.start);
      if (inHead && block.kind === 'paragraph' && blockWords.length > MAX_DATELINE_WORDS) {
        // The story has begun: its first paragraph may open with the dateline ("BEIJING, June 20 (Reuters) — …").
        if (dateline === undefined) dateline = inlineDateline(doc, block, blockWords);
        headEnds = c;
        break;
      }
      // "June 20, 2023 — We welcomed the talks.": a short first paragraph of the story opening with its dateline, a
      // year and all (a first entry of a timeline, "June 18 — Blinken met Qin Gang", is not one).
      const opening = inHead && block.kind === 'paragraph' && dateline === undefined ? inlineDateline(doc, block, blockWords) : undefined;
      if (opening?.year !== undefined) {
        dateline = opening;
        headEnds = c;
        break;
      }
      const date = block.kind === 'paragraph' || !inHead ? datelineIn(doc, block, blockWords) : undefined;
      if (!date) continue;
      if (inHead && dateline === undefined) dateline = date;
      // A second date of its own, a dated section: the draft is not all written on one day.
      else if (!sameDay(date, dateline)) return undefined;
    }
  }
  return dateline;
}

/** A dateline opening the paragraph `block` and ending at a dash ("BEIJING, June 20 (Reuters) — …"). */
function inlineDateline(doc: ProseDocument, block: Span, blockWords: readonly Word[]): CalendarFields | undefined {
  const dash = DATELINE_DASH.exec(doc.prose.slice(block.start, block.end));
  const opening = dash ? blockWords.filter((word) => word.end <= block.start + dash.index) : [];
  // The dash must end the dateline, not come after a sentence of the story.
  if (!dash || opening.length > MAX_INLINE_DATELINE_WORDS || blockWords.length === opening.length) return undefined;
  return datelineIn(doc, { start: block.start, end: block.start + dash.index }, opening);
}

/**
 * The date `span` gives as a dateline: a day of a month (with its weekday and year, if stated), with nothing else
 * but names, places, figures and a byline's small words. Undefined for a line that says when the text was updated.
 */
function datelineIn(doc: ProseDocument, span: Span, spanWords: readonly Word[]): CalendarFields | undefined {
  if (spanWords.length === 0 || spanWords.length > MAX_DATELINE_WORDS) return undefined;
  const dates = findDateExpressions(doc.prose, [span]);
  if (dates.length !== 1) return undefined;
  const [date] = dates;
  if (date.stated.day === undefined || date.stated.month === undefined) return undefined;
  const fits = spanWords.every(
    (word) => (word.start >= date.start && word.end <= date.end) || /\d/.test(word.norm) || isCalendarName(word.norm) || DATELINE_WORDS.has(word.norm) || (isCapitalizedWord(doc.prose, word) && !UPDATE_WORDS.has(word.norm)),
  );
  return fits ? date.stated : undefined;
}

function sameDay(a: CalendarFields, b: CalendarFields | undefined): boolean {
  return b !== undefined && a.day === b.day && a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year);
}
