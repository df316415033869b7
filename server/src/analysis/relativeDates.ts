// Days told relative to a date the draft states just before: "met Qin Gang on Sunday and was received by Xi two
// days later", "Blinken arrived on Sunday. The next day he met Xi." Each is read as the day it comes to, so that
// date-mismatch can judge it like a date written out. A day counted from an event rather than a date ("the day
// after the Qin talks") is read apart (readDaysFromEvents): which day that is depends on which event the reference
// says the phrase names.
import type { Span } from '../checks/finding';
import { firstStartingAt, lastStartingAtOrBefore, spansWithin } from '../text/spans';
import { isReported, type DocumentAnalysis } from './analyze';
import { PUBLISHING_WORDS, readDates, type CalendarFields, type DateExpression } from './dates';
import type { Block } from './document';
import { insideQuotation } from './quotedText';
import { oncePer } from '../text/memo';
import { words } from '../text/words';
import { isDescriptionHead } from './speech';

export interface RelativeDate extends DateExpression {
  /** Days from the date it counts from: +2 for "two days later". */
  offset: number;
  /** The date it counts from. */
  anchor: DateExpression;
  /** Counted from a date in the paragraph before, which only a date the reference confirms makes certain. */
  fromParagraphBefore?: true;
  /**
   * For a day counted from an event ("the day after the Qin talks"): where "after" or "before" ends, which a fix
   * rewrites too, and the facts the event may be (which are not what the day dates).
   */
  fromEvent?: { through: number; events: readonly string[] };
  /** For a day counted from what the sentence before told of ("Xi met Gates. The next day, …"): the facts that may be. */
  afterTold?: readonly string[];
}

/** "the day after the Qin talks", "two days before his meeting with Xi": a count of days from an event a phrase names. */
export interface DayFromEvent extends Span {
  /** Days from the event: -1 for "the day before". */
  offset: number;
  /** Where "after" or "before" ends. */
  through: number;
  /** The phrase naming the event, up to the next mark of punctuation (or "that" opening reported speech). */
  event: Span;
  /** A date the phrase gives the event ("two days after his talks with Qin on Sunday"): counted from only if it is the event's. */
  eventDate?: DateExpression;
}

const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** A count of days or weeks as a draft writes it: "a", "two", "10". */
export function countOf(written: string): number {
  return COUNTS[written.toLowerCase()] ?? Number(written);
}
/** A clause goes on after "the day after": that day is counted from an event, not a date. */
const ENDS_PHRASE = String.raw`(?=\s*(?:[,.;:!?)—–]|$))`;
/** Pronouns that open a clause as its subject. */
const SUBJECT_PRONOUN = String.raw`(?:he|she|they|we|i|you|it)\b`;
/** "the day before that he met Qin": a subject after "that" makes "that" the event told before. */
const CLAUSE_GOES_ON = String.raw`(?=\s+${SUBJECT_PRONOUN})`;
const RELATIVE_DAY = new RegExp(
  String.raw`\b(?:the\s+(next|following|previous|preceding)\s+day|the\s+day\s+(after|before)(?:${ENDS_PHRASE}|\s+that(?:${ENDS_PHRASE}|${CLAUSE_GOES_ON}))|(a|one|two|three|four|five|six|[1-6])\s+days?\s+(later|afterwards?|earlier|after\s+that|before\s+that|before${ENDS_PHRASE})|(?:the|that)\s+(?:very\s+)?(same)\s+day(?!\s+as\b))\b`,
  'giu',
);
/** A noun right after "that" ("two days after that session"): "that" is its determiner, not the event itself. */
const THAT_NOUN = /^\s+\p{Ll}+(?=\s*[,.;:!?)—–]|\s*$)/u;

/** Words a relative day may come after at its sentence's start and still count from the sentence before. */
const MAX_OPENING_WORDS = 3;

/** A relative day as written ("the next day", "two days earlier"), with the date it counts from, if one is stated. */
interface RelativeDay extends Span {
  offset: number;
  sentence: Span;
  from?: DateExpression;
}

/** The draft's relative days, but those a date set beside says which day they are ("On the next day, 20 June 2023"). */
const readRelativeDays = oncePer((analysis: DocumentAnalysis): RelativeDay[] => {
  const { prose, sentences, blocks } = analysis.doc;
  const dates = readDates(analysis).filter((date) => date.stated.day !== undefined || date.stated.weekday !== undefined);
  // "on Sunday …; the next day he saw Xi. Three days earlier, …": a relative day counts from the one before it too, as
  // the day that one comes to.
  const anchors: DateExpression[] = [...dates];
  const found: RelativeDay[] = [];
  for (const sentence of sentences) {
    const text = prose.slice(sentence.start, sentence.end);
    if (!/\bdays?\b/i.test(text) || !isReported(analysis, sentence)) continue;
    for (const match of text.matchAll(RELATIVE_DAY)) {
      const span = { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
      if (namedBeside(prose, dates, span)) continue;
      // ("Biden, speaking the same day, …": no day between; not "the same day as the talks", counted from an event.)
      const [, definite, around, count, direction, same] = match;
      const sign = /^(?:previous|preceding|before)$/i.test(definite ?? around ?? '') || /^(?:earlier|before)/i.test(direction ?? '') ? -1 : 1;
      // "Biden spoke on Saturday, the day before the Qin session; Xi, two days before that session, …": "that" and a
      // noun point back to an event the sentence may have told after its last date: only a sentence before dates it.
      const pointsToEvent = /that$/i.test(match[0]) && THAT_NOUN.test(prose.slice(span.end, span.end + 40));
      const from = anchorOf(analysis, anchors, sentence, span, blocks);
      const day: RelativeDay = { ...span, offset: same ? 0 : sign * (count ? countOf(count) : 1), sentence, from: pointsToEvent && from && from.start >= sentence.start ? undefined : from };
      found.push(day);
      const stated = day.from && shiftedBy(day.from.stated, day.offset);
      if (stated) anchors.splice(firstStartingAt(anchors, span.start), 0, { ...span, stated, parts: [] });
    }
  }
  return found;
});

/** The draft's relative days that count from a date stated before them, in their sentence or, opening it, the one before. */
export const readRelativeDates = oncePer((analysis: DocumentAnalysis): RelativeDate[] => {
  const { blocks } = analysis.doc;
  return readRelativeDays(analysis).flatMap(({ start, end, offset, from }): RelativeDate[] => {
    const stated = from && shiftedBy(from.stated, offset);
    if (!from || !stated) return [];
    const fromParagraphBefore = lastStartingAtOrBefore(blocks, from.start) !== lastStartingAtOrBefore(blocks, start);
    return [{ start, end, stated, parts: [], offset, anchor: from, ...(fromParagraphBefore && { fromParagraphBefore }) }];
  });
});

/**
 * "Xi met Bill Gates. The next day, Blinken sat down with Qin Gang": a relative day opening its sentence (or later in
 * it, no other time told before it), no date stated before it, counts from what the sentence before in its paragraph
 * tells of; which day that is depends on the event, which the rules read with a reference set. `sentenceBefore` is
 * that sentence's index.
 */
export const readDaysAfterToldEvents = oncePer((analysis: DocumentAnalysis): (Span & { offset: number; sentenceBefore: number })[] => {
  const { sentences, blocks } = analysis.doc;
  return readRelativeDays(analysis).flatMap(({ start, end, offset, sentence, from }) => {
    // Opening the sentence, or later in one that tells of no other time before it: "Xi had met Bill Gates two days earlier".
    const opening = spansWithin(analysis.words, { start: sentence.start, end: start });
    if (from || (opening.length > MAX_OPENING_WORDS && opening.some((word) => TIME_WORDS.has(word.norm)))) return [];
    const at = lastStartingAtOrBefore(sentences, sentence.start);
    const block = lastStartingAtOrBefore(blocks, sentence.start);
    // "Three days before the cars reached Diaoyutai, Xi told Gates. Two days before, Biden said …": after a day counted
    // from an event, "two days before" may count from that event, not from what the sentence told.
    const countsFromEvent = at > 0 && readDaysFromEvents(analysis).some((day) => day.start >= sentences[at - 1].start && day.end <= sentences[at - 1].end);
    return at > 0 && !countsFromEvent && lastStartingAtOrBefore(blocks, sentences[at - 1].start) === block ? [{ start, end, offset, sentenceBefore: at - 1 }] : [];
  });
});

const DAYS_FROM_EVENT = /\b(?:the\s+day|(a|one|two|three|four|five|six|[1-6])\s+days?|(24|48|72|twenty-four|forty-eight|seventy-two)\s+hours)\s+(after|before)\s+(?=[\p{L}\p{N}‘“"'])/giu;
/** Hours that are whole days: "48 hours before the Xi meeting" is two days before it. */
const DAYS_OF_HOURS: Record<string, number> = { '24': 1, '48': 2, '72': 3, 'twenty-four': 1, 'forty-eight': 2, 'seventy-two': 3 };
/**
 * Where a phrase cut at `cut` goes on: "two days after Xi, in a meeting with Bill Gates, had hinted …" names the event
 * past the aside, when only a name stands between `from` and the comma at `cut` and an aside closed by a comma follows
 * (up to where `stop` ends the name's clause after it).
 */
export function afterNameAside(prose: string, from: number, cut: number, end: number, stop: RegExp): number {
  if (prose[cut] !== ',' || !(NAME_ALONE.test(prose.slice(from, cut).trim()) || isDescription(prose.slice(from, cut)))) return cut;
  const close = prose.indexOf(',', cut + 1);
  if (close < 0 || close >= end || close - cut > LONGEST_ASIDE) return cut;
  const resumed = prose.slice(close + 1, end).search(stop);
  return resumed < 0 ? end : close + 1 + resumed;
}

/** "the Chinese leader", "the secretary": "the", up to two words, and a word for a person or a title's head. */
function isDescription(phrase: string): boolean {
  const [the, ...rest] = words(phrase);
  return the?.norm === 'the' && rest.length >= 1 && rest.length <= 3 && isDescriptionHead(rest[rest.length - 1].norm);
}

/** A name and nothing else, of up to four capitalised words: "Xi", "Secretary Blinken", "Microsoft's Bill Gates". */
const NAME_ALONE = /^(?:\p{Lu}[\p{L}'’.-]{0,30}\s{1,3}){0,3}\p{Lu}[\p{L}'’.-]{0,30}\s{0,3}$/u;
/** Longest aside between a name and its verb, in characters: ", in a meeting with Microsoft Corp. co-founder Bill Gates,". */
const LONGEST_ASIDE = 80;
/** Where the phrase naming the event ends: a mark of punctuation, or reported speech going on ("said the day after the talks that …"). */
const EVENT_PHRASE_END = /[,;:.!?()\[\]—–\n]|\s(?:that|when|where|which|who)\s/u;
/** A phrase that points back rather than naming an event: "that", "that he held …", "this, Blinken …". */
const BACK_REFERENCE_ALONE = new RegExp(String.raw`^(?:that|this|which|it)(?:$|\s+${SUBJECT_PRONOUN})`, 'iu');

/**
 * The draft's days counted from an event a phrase names ("Biden spoke the day after the Qin talks"): which day that
 * is depends on which event the phrase names, which the rules read with a reference set. Not one counted from a date
 * ("the day after Sunday"); one set beside a date is judged as well as the date ("On Saturday, the day before
 * Blinken met Xi, Biden said …": the Saturday is right, the day before Monday is not).
 */
export const readDaysFromEvents = oncePer((analysis: DocumentAnalysis): DayFromEvent[] => {
  const { prose, sentences } = analysis.doc;
  const dates = readDates(analysis);
  const found: DayFromEvent[] = [];
  for (const sentence of sentences) {
    const text = prose.slice(sentence.start, sentence.end);
    if (!/\b(?:days?|hours)\s+(?:after|before)\b/i.test(text) || !isReported(analysis, sentence)) continue;
    for (const match of text.matchAll(DAYS_FROM_EVENT)) {
      const start = sentence.start + match.index;
      const eventStart = start + match[0].length;
      const rest = prose.slice(eventStart, sentence.end);
      const cut = rest.search(EVENT_PHRASE_END);
      const event = { start: eventStart, end: cut < 0 ? sentence.end : afterNameAside(prose, eventStart, eventStart + cut, sentence.end, EVENT_PHRASE_END) };
      // ("A day before that he held talks with Qin": "that" standing alone is the event told before, a relative day.)
      if (BACK_REFERENCE_ALONE.test(prose.slice(eventStart, event.end))) continue;
      const datesInPhrase = dates.filter((date) => date.start >= eventStart && date.start < event.end);
      // ("the day after Sunday" counts from a date, not an event: only one closing a phrase that names an event is its.)
      if (datesInPhrase.length > 1 || (datesInPhrase.length === 1 && !datesEventBefore(prose, event, datesInPhrase[0]))) continue;
      const [, count, hours, direction] = match;
      const through = start + match[0].trimEnd().length;
      const countEnd = through - direction.length;
      const days = count ? countOf(count) : hours ? DAYS_OF_HOURS[hours.toLowerCase()] : 1;
      found.push({ start, end: prose.slice(start, countEnd).trimEnd().length + start, offset: (direction.toLowerCase() === 'before' ? -1 : 1) * days, through, event, eventDate: datesInPhrase[0] });
    }
  }
  return found;
});

/** "his talks with Qin Gang on Sunday": the date closes the phrase, after "on" and the words naming the event. */
function datesEventBefore(prose: string, event: Span, date: DateExpression): boolean {
  return /\S\s+on\s+$/i.test(prose.slice(event.start, date.start)) && prose.slice(date.end, event.end).trim() === '';
}

/**
 * The date a relative day counts from: the last one stated before it in its sentence, with no other relative day
 * between; or, for one opening its sentence ("The next day, …"), the last one of the sentence before in its paragraph
 * (or in the paragraph before, for one opening its paragraph).
 */
function anchorOf(analysis: DocumentAnalysis, dates: readonly DateExpression[], sentence: Span, span: Span, blocks: readonly Block[]): DateExpression | undefined {
  const before = dates.filter((date) => date.end <= span.start && date.start >= sentence.start);
  if (before.length) return before[before.length - 1];
  // Or later in a sentence that tells of no other time before it: "Xi received him two days later".
  const opening = spansWithin(analysis.words, { start: sentence.start, end: span.start });
  if (opening.length > MAX_OPENING_WORDS && opening.some((word) => TIME_WORDS.has(word.norm))) return undefined;
  const { sentences } = analysis.doc;
  const blockIndex = lastStartingAtOrBefore(blocks, sentence.start);
  const block = blocks[blockIndex];
  const at = lastStartingAtOrBefore(sentences, sentence.start);
  // "On Sunday Blinken met Qin Gang. They agreed to keep talking. Two days later …": a sentence between that states
  // no date and tells of no time of its own is passed over.
  let back = 1;
  while (back < SENTENCES_BACK && sentences[at - back] && !tellsTime(analysis, sentences[at - back])) back++;
  const previous = sentences[at - back];
  const opensBlock = block !== undefined && (sentences[at - 1]?.start ?? -1) < block.start;
  if (!previous || !block || (previous.start < block.start && !(opensBlock && followsParagraph(blocks, blockIndex, previous)))) return undefined;
  // ("A correction to my slides from Tuesday's class: the six-hour session was with Qin Gang. Wang's meeting came the
  // next day": a date in a correction's lead-in before its colon is not when the event after it was.)
  const lead = correctionLeadIn(analysis, previous);
  const anchor = dates.filter((date) => date.start >= previous.start && date.end <= previous.end && !(lead && date.end <= lead.end)).at(-1);
  // "**Monday, June 19.** The following day …": a date standing alone labels the paragraph; the day counts from the story before.
  // (After a timestamp too: "00:08:45 — Monday. The next day …".)
  const label = anchor && spansWithin(analysis.words, previous).every((word) => (word.start >= anchor.start && word.end <= anchor.end) || (word.end <= anchor.start && /^\d+$/.test(word.norm)));
  // "Three days before Blinken sat down with Xi, on Friday, Xi told Gates. Two days before, on Saturday, Biden …": after
  // a day counted from an event, "two days before" may count from that event rather than from the date told with it.
  const countsFromEvent = readDaysFromEvents(analysis).some((day) => day.start >= previous.start && day.end <= previous.end);
  return label || countsFromEvent ? undefined : anchor;
}

/** The part of a sentence up to its colon when a word of correcting or publishing comes in it: "A correction to my notes from Tuesday's class:". */
function correctionLeadIn(analysis: DocumentAnalysis, sentence: Span): Span | undefined {
  const colon = analysis.doc.prose.slice(sentence.start, sentence.end).indexOf(':');
  const lead = colon < 0 ? undefined : { start: sentence.start, end: sentence.start + colon };
  return lead && spansWithin(analysis.words, lead).some((word) => PUBLISHING_WORDS.has(word.norm)) ? lead : undefined;
}

/**
 * "The talks began on Sunday, when … ¶ Two days later, he was shown in to see Xi": a relative day opening a paragraph
 * counts from the last sentence of the paragraph right before (not from a heading's, a table's or a list's).
 */
function followsParagraph(blocks: readonly Block[], at: number, previous: Span): boolean {
  const before = blocks[at - 1];
  return blocks[at].kind === 'paragraph' && before?.kind === 'paragraph' && previous.start >= before.start && previous.end <= before.end;
}

/**
 * A date follows the relative day in apposition (after a comma, a dash or a bracket, or straight after it), or labels
 * it before a colon or a dash ("**Saturday:** The next day, Biden said …", "**Monday, June 19** — The next day, …").
 */
function namedBeside(prose: string, dates: readonly DateExpression[], span: Span): boolean {
  const gap = /^[ \t]*(?:[,(—–][ \t]*)?/.exec(prose.slice(span.end))![0];
  return dates.some((date) => date.start === span.end + gap.length || (date.end <= span.start && /^[ \t*_]*[:—–][ \t*_]*$/.test(prose.slice(date.end, span.start))));
}

/** How far back a relative day opening its sentence looks for the date it counts from. */
const SENTENCES_BACK = 2;

/** Words telling of a time of their own, or a date this rule would not see ("later", "then", "Tuesday's"). */
const TIME_WORDS = new Set(['later', 'earlier', 'after', 'before', 'afterwards', 'afterward', 'then', 'next', 'following', 'meanwhile', 'previous', 'since', 'until', 'day', 'days', 'week', 'morning', 'evening', 'night', 'afternoon']);

/** (Not in a quotation: "Beijing said ties were at “the lowest point since …”" tells of no time of the story's.) */
function tellsTime(analysis: DocumentAnalysis, sentence: Span): boolean {
  return spansWithin(analysis.words, sentence).some((word) => TIME_WORDS.has(word.norm) && !insideQuotation(analysis, word.start)) || readDates(analysis).some((date) => date.start >= sentence.start && date.end <= sentence.end && !insideQuotation(analysis, date.start));
}

/** The fields of the day `offset` days from `from`: a weekday moves round the week; a day of a month moves in the calendar. */
export function shiftedBy(from: CalendarFields, offset: number): CalendarFields | undefined {
  if (from.day !== undefined && from.month !== undefined) {
    const day = new Date(Date.UTC(from.year ?? 2001, from.month - 1, from.day + offset));
    const fields: CalendarFields = { month: day.getUTCMonth() + 1, day: day.getUTCDate() };
    // Without a year the weekday is unknown.
    return from.year !== undefined ? { ...fields, year: day.getUTCFullYear(), weekday: day.getUTCDay() } : fields;
  }
  if (from.weekday !== undefined) return { weekday: (((from.weekday + offset) % 7) + 7) % 7 };
  return undefined;
}

/** How many days `to` comes after the date `date` counts from (negative before). */
export function daysBetween(date: RelativeDate, to: CalendarFields): number | undefined {
  const { offset } = date;
  const from = date.anchor.stated;
  const calendarDays = daysApart(from, to);
  if (calendarDays !== undefined) return calendarDays;
  if (from.weekday === undefined || to.weekday === undefined) return undefined;
  // Weekdays only: the nearer way round, the draft's on a tie.
  const ahead = (((to.weekday - from.weekday) % 7) + 7) % 7;
  const behind = ahead - 7;
  if (ahead === 0) return 0;
  return ahead < -behind || (ahead === -behind && offset > 0) ? ahead : behind;
}

/** Days from one day of a month to another (in the year either states), undefined unless both state a day and a month. */
export function daysApart(from: CalendarFields, to: CalendarFields): number | undefined {
  if (from.day === undefined || from.month === undefined || to.day === undefined || to.month === undefined) return undefined;
  const year = from.year ?? to.year ?? 2001;
  return Math.round((Date.UTC(to.year ?? year, to.month - 1, to.day) - Date.UTC(year, from.month - 1, from.day)) / 86_400_000);
}

const COUNT_WORDS = ['', 'a', 'two', 'three', 'four', 'five', 'six'];

/**
 * The phrase for a day `days` from the date counted from, in the form the draft used (`written`): "the next day",
 * "two days later", "the day before that".
 */
export function relativeDayPhrase(date: RelativeDate, days: number, written: string): string | undefined {
  const size = Math.abs(days);
  if (size >= COUNT_WORDS.length) return undefined;
  const later = days > 0;
  const count = `${COUNT_WORDS[size]} day${size > 1 ? 's' : ''}`;
  const counted = `${size === 1 ? 'the day' : count} ${later ? 'after' : 'before'}`;
  // One day is told as a writer tells it, whatever form the wrong count took: "the next day", not "a day later".
  if (date.fromEvent) return size === 0 ? 'on the day of' : counted;
  if (size === 0) return 'the same day';
  // ("Two days before that he met Qin" → "The day before that he met Qin": without "that", the clause would be the event.)
  if (/\b(?:after|before)\s+that$/i.test(written)) return `${counted} that`;
  if (size === 1) return later ? 'the next day' : 'the day before';
  return `${count} ${later ? 'later' : 'earlier'}`;
}
