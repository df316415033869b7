// Calendar dates in prose, read with chrono-node: "Tuesday", "June 19",
// "19 June 2023", "2023-06-19", "Monday, June 19", "Tuesday 20 June", "in March", "in 2018". Only what the
// draft states is kept (a bare weekday states no day of the month), with the position of each written part so
// a correction can be made in the draft's own format. Relative phrases ("yesterday", "four months ago", "next
// year") are left out: they depend on when the draft was written, and "four months" is a quantity.
import * as chrono from 'chrono-node';
import type { Span } from '../checks/finding';
import { MONTH_NAMES, monthNumber, WEEKDAY_NAMES } from '../text/calendar';
import { memoTable, oncePer } from '../text/memo';
import { lastStartingAtOrBefore } from '../text/spans';
import { isReadableSentence } from './sentenceFrames';
import { hasOnlyAsciiLettersAndNumerals, isCapitalized, normalizeWord, words } from '../text/words';
import { isReported, readOncePerProse, type DocumentAnalysis } from './analyze';
import { numberInWords } from './numbers';
import type { ProseDocument } from './document';

export interface CalendarFields {
  year?: number;
  /** 1–12. */
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
}

export type DatePartKind = keyof CalendarFields;

export interface DatePart extends Span {
  kind: DatePartKind;
  text: string;
}

export interface DateExpression extends Span {
  /** The fields the draft states. */
  stated: CalendarFields;
  /** The last day of a range ("June 18–19"), when the expression is one. */
  until?: CalendarFields;
  /** Where each stated field is written; empty when the format is too ambiguous to rewrite (6/6/2023). */
  parts: DatePart[];
}


const WEEKDAY_ABBREVIATIONS: Record<string, number> = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 };
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Abbreviations that are also words or names ("the Sun.", "said Jan."), read only beside a day or a year. */
const AMBIGUOUS_ABBREVIATIONS = new Set(['sun', 'sat', 'wed', 'mar', 'jan']);

/** A name's first three letters, its capital and either case after it: "Tue" or "TUE" ("on TUESDAY" in a thread). */
const CAPITALISED_PREFIX = (name: string) => name[0] + [...name.slice(1, 3)].map((c) => `[${c}${c.toUpperCase()}]`).join('');

const CALENDAR_HINT = new RegExp(`\\d|\\b(?:${[...new Set([...WEEKDAY_NAMES, ...MONTH_NAMES].map(CAPITALISED_PREFIX))].join('|')})|\\b(?:[Nn]ineteen|[Tt]wenty|thousand)[ -]`);
/**
 * What chrono must see for `readResult` to keep anything it reads: a weekday or month name or abbreviation written
 * with a capital (every one starts with a name's first three letters; only ASCII letters fold to them), or a date
 * in figures ("19/06/2023", "2023-06-19", an en dash between figures being read as a hyphen). Most sentences with
 * a figure have neither, and chrono is the costliest step of reading a sentence.
 */
const CHRONO_WORTHY = new RegExp(
  [...new Set([...WEEKDAY_NAMES, ...MONTH_NAMES].map(CAPITALISED_PREFIX))]
    .concat('\\d[-/.–—]\\d{1,2}[-/.–—]\\d')
    .join('|'),
);

/** A year written alone ("in 2018", "the 2024 election"): chrono does not read these. */
const YEAR_RANGE = { min: 1900, max: 2100 };

/** Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the reference format) into fields, with the weekday of a full date. */
export function fieldsOfIsoDate(value: string): CalendarFields {
  const [year, month, day] = value.split('-').map(Number);
  const fields: CalendarFields = { year };
  if (month) fields.month = month;
  if (day) {
    fields.day = day;
    fields.weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  }
  return fields;
}

/** "Correction (June 21):", "Updated June 20": the date the text was published or changed, no event's. */
export const PUBLISHING_WORDS: ReadonlySet<string> = new Set(['correction', 'corrected', 'update', 'updated', 'clarification', 'posted', 'published']);
/** What a publication puts out: "A Tuesday article said …", "Our 19 June live blog said …". */
export const PIECE_NOUNS: ReadonlySet<string> = new Set([
  'article', 'story', 'report', 'blog', 'post', 'edition', 'piece', 'column', 'bulletin', 'broadcast', 'newsletter', 'editorial', 'analysis', 'roundup', 'round-up',
  'podcast', 'episode', 'issue', 'headline', 'caption', 'graphic', 'chart', 'map', 'coverage', 'tweet', 'thread', 'dispatch', 'transcript',
]);

/** Days past the article's date from which a dated event is a later occasion rather than a day or two off. */
const LATER_OCCASION_DAYS = 7;

/** A date (with its year) a week or more after the article's: another occasion, not a slip of a day or two. */
export function isLaterOccasion(stated: CalendarFields, articleDate: string): boolean {
  return (daysAfter(stated, articleDate) ?? 0) >= LATER_OCCASION_DAYS;
}

/**
 * How many days the earliest day a date states ("July 2023" is July 1) comes after an ISO date; undefined
 * without a year.
 */
function daysAfter(stated: CalendarFields, isoDate: string): number | undefined {
  if (stated.year === undefined) return undefined;
  const [year, month, day] = isoDate.split('-').map(Number);
  return (Date.UTC(stated.year, (stated.month ?? 1) - 1, stated.day ?? 1) - Date.UTC(year, (month || 1) - 1, day || 1)) / 86_400_000;
}

/** Where a sentence goes on with a part of its own: ", and", ", but", ", while", a semicolon. */
const JOINED_PART = /,[ \t]+(?:and|but|while|whereas|yet)[ \t]|;/;

/**
 * The dates of `sentence`'s paragraph (or heading, or table cell) up to the sentence's end; for a paragraph stating
 * none, those of the headings of its sections, as far up as the text read goes, else those of the document's
 * headline (DocumentAnalysis.headline; offsets -1: stated before anything read).
 */
export function datesUpTo(analysis: DocumentAnalysis, sentence: Span): DateExpression[] {
  const { blocks } = analysis.doc;
  const at = lastStartingAtOrBefore(blocks, sentence.start);
  const from = blocks[at]?.start ?? sentence.start;
  const own = readDates(analysis).filter((date) => date.start >= from && date.start < sentence.end);
  if (own.length > 0 || blocks[at]?.kind === 'heading') return own;
  const sections = sectionDates(analysis, at);
  return sections.length > 0 ? sections : (analysis.headline ?? []).map((stated) => ({ start: -1, end: -1, stated, parts: [] }));
}

/**
 * "# Blinken's April 2024 trip ¶ ## Beijing ¶ The meeting with Foreign Minister Wang Yi ran …": the dates the headings
 * over the block at `at` state, the nearest heading of each level above it.
 */
function sectionDates(analysis: DocumentAnalysis, at: number): DateExpression[] {
  const { blocks, prose, text } = analysis.doc;
  const found: DateExpression[] = [];
  let level = Infinity;
  for (let k = at - 1; k >= 0 && level > 1; k--) {
    if (blocks[k].kind !== 'heading') continue;
    const own = /^[ \t]*(#{1,6})/.exec(text.slice(blocks[k].start, blocks[k].end))?.[1].length ?? 1;
    if (own >= level) continue;
    level = own;
    found.push(...findDateExpressions(prose, [blocks[k]]));
  }
  return found;
}

/**
 * The sentence tells of another time than the article's: it states another year ("In 2013, Foreign Minister Wang
 * Yi …"), or a month a week or more after the article ("In September, …", of the article's year when no other is
 * stated), or its paragraph before it does so with a year ("She met Mori in May 2026. Ambassador Mori was back in
 * Tokyo by then."; a month alone there may be the year before: "The drills came in August. Jake Sullivan, …"). With
 * `at`, what is told there: a month the sentence names before it, with a later date between, is no longer its time.
 */
export function toldOfAnotherTime(analysis: DocumentAnalysis, sentence: Span, articleDate: string, at?: number): boolean {
  const articleYear = Number(articleDate.slice(0, 4));
  const dates = datesUpTo(analysis, sentence);
  // "China held drills in July after Pelosi's visit, and in April it launched war games after Tsai met Speaker
  // McCarthy": a date of the sentence with no year, before what is told at `at`, is another part's when a part joined
  // after it (", and", ", but", ";") has a date of its own before `at`; a stated year still tells the whole sentence's
  // time ("In 2018, after meeting Xi in May, …"), and a date inside a phrase of the same part does not take over
  // ("In September, after a summit in April, …").
  const { prose } = analysis.doc;
  const overtaken = (date: DateExpression) =>
    at !== undefined && date.stated.year === undefined && date.start >= sentence.start && dates.some((other) => other.start >= date.end && other.end <= at && JOINED_PART.test(prose.slice(date.end, other.start)));
  return dates.some(
    (date) =>
      (date.start >= sentence.start && date.stated.year !== undefined && date.stated.year !== articleYear) ||
      (date.stated.month !== undefined && (date.start >= sentence.start || date.stated.year !== undefined) && !overtaken(date) && isLaterOccasion({ year: articleYear, ...date.stated }, articleDate)),
  );
}

const READ = oncePer((_doc: ProseDocument) => new Map<string, DateExpression[]>());

/** The dates in the reported part, read once per text and part for every reference set (both fact rules use them). */
export function readDates(analysis: DocumentAnalysis): DateExpression[] {
  return readOncePerProse(READ, analysis, () => findDateExpressions(analysis.doc.prose, analysis.doc.sentences.filter((sentence) => isReported(analysis, sentence))));
}

/**
 * A sentence's dates, with offsets from the sentence's start, by the text they were read from: the sentence, one
 * character before it and two after (what the lone-year test looks at).
 */
const sentenceDates = memoTable<string, DateExpression[]>();

export function findDateExpressions(prose: string, sentences: readonly Span[]): DateExpression[] {
  const found: DateExpression[] = [];
  for (const sentence of sentences) {
    // Most sentences have no date at all: chrono is only asked about those with a figure or a calendar name.
    if (!isReadableSentence(sentence) || !CALENDAR_HINT.test(prose.slice(sentence.start, sentence.end))) continue;
    const key = `${sentence.end - sentence.start} ${prose[sentence.start - 1] ?? ' '}${prose.slice(sentence.start, sentence.end + 2)}`;
    const dates = sentenceDates.get(key, () => datesIn(prose, sentence).map((date) => shifted(date, -sentence.start)));
    for (const date of dates) found.push(shifted(date, sentence.start));
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * What chrono is given as "now". Only the fields a date states are kept (certainFields), and chrono takes those
 * from the text; "now" only fills in the fields it implies. So a sentence is read once for every reference set,
 * whatever its article's date.
 */
const CHRONO_REFERENCE = new Date(2000, 0, 1, 12);

/**
 * chrono's casual English parsers that read calendar dates, without those of times of day and relative phrases
 * ("at 3 p.m.", "this morning", "in five minutes", "next week"): what these read is left out anyway, and merged
 * into a date it was misread ("June 5 at 3 p.m." gave 3 as a second day of the month, "10:30 on Tuesday, June 20"
 * gave 10 and 30). They were also more than half of chrono's time. A parser is kept when, run alone over a few
 * dates, it reads one that readResult keeps, so the choice holds for any version of chrono's list. Chosen on first
 * use (about 40 ms), not while the language server starts.
 */
let calendarParsing: chrono.Chrono | undefined;

function calendarChrono(): chrono.Chrono {
  if (!calendarParsing) {
    const probe = ['Monday, June 19, 2023', 'on 19 June 2023', 'in March', '2023 June', '6/19/2023', '2023-06-19', '2023/06/19', 'June 18-19'].join('. ');
    const { parsers, refiners } = chrono.en.configuration.createCasualConfiguration();
    const readsCalendarDates = (parser: chrono.Parser) =>
      new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(probe, CHRONO_REFERENCE).some((result) => readResult(result, 0, probe) !== undefined);
    calendarParsing = new chrono.Chrono({ parsers: parsers.filter(readsCalendarDates), refiners });
  }
  return calendarParsing;
}

/** "18 and 19", "18th and 19th": as long as chrono allows around a range's dash (three blanks each side). */
const DAY_AND_DAY = /(?<=\b\d{1,2}(?:st|nd|rd|th)?)[ \t]{1,3}and[ \t]{1,3}(?=\d{1,2}(?:st|nd|rd|th)?\b)/g;

function datesIn(prose: string, sentence: Span): DateExpression[] {
  const written = prose.slice(sentence.start, sentence.end);
  const found: DateExpression[] = [];
  if (CHRONO_WORTHY.test(written)) {
    // chrono reads "June 18-19" as a range but not "June 18–19"; the dash is one UTF-16 unit either way. Nor
    // "June 18 and 19": two days of one event, read as the range they make, its "and" written as a dash padded
    // to the same length.
    const text = written.replace(/(?<=\d)[–—](?=\d)/g, '-').replace(DAY_AND_DAY, (and) => `${' '.repeat((and.length - 1) >> 1)}-${' '.repeat(and.length >> 1)}`);
    for (const result of calendarChrono().parse(text, CHRONO_REFERENCE, { forwardDate: false })) {
      const expression = readResult(result, sentence.start, prose);
      if (expression) found.push(withOrdinalDay(prose, expression));
    }
  }
  const all = [...found, ...standaloneYears(prose, sentence, found), ...spokenYears(prose, sentence), ...bareOrdinalDays(prose, sentence, found), ...dayAndMonthInFigures(prose, sentence, found)];
  // "BEIJING, June 19 (Reuters) - …": the dateline dates the story, not an event of it.
  const dateline = DATELINE.exec(written);
  return dateline ? all.filter((date) => date.start >= sentence.start + dateline[0].length) : all;
}

/** A wire dateline opening a sentence: a place in capitals (and its state or country), a date, the agency, a dash. */
const DATELINE = /^[\s*_]*\p{Lu}{2}[\p{Lu}\s.'’-]*(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?,\s*(?=\S)[^\n()—–-]{3,30}?\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]{1,2}\s/u;

/**
 * What ends a day written without its month or year: punctuation, the end, a conjunction or preposition, or a pronoun
 * for the clause's subject ("On 6/17 he met …"); no noun ("the 17th century").
 */
const ENDS_DAY_PHRASE = '(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:and|when|as|at|in|with|before|after|but|to|for|while|he|she|they|we|it|both)\\b)';

/** "Saturday the 17th", "Sunday, the 18th": a weekday and then the day of the month as an ordinal, which chrono leaves out. */
const ORDINAL_DAY_AFTER_WEEKDAY = new RegExp(`^,?[ \\t]+the[ \\t]+(([1-9]|[12]\\d|3[01])(?:st|nd|rd|th))${ENDS_DAY_PHRASE}`, 'iu');

/** (Or a name right after it: "On Thursday the 15th Xi told Gates …", no noun of the ordinal's.) */
const ORDINAL_DAY_BEFORE_NAME = /^,?[ \t]+the[ \t]+(([1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?=[ \t]+\p{Lu}\p{Ll})/u;

function withOrdinalDay(prose: string, date: DateExpression): DateExpression {
  const { stated } = date;
  if (stated.weekday === undefined || stated.day !== undefined || stated.month !== undefined) return date;
  const after = prose.slice(date.end, date.end + 24);
  const ordinal = ORDINAL_DAY_AFTER_WEEKDAY.exec(after) ?? ORDINAL_DAY_BEFORE_NAME.exec(after);
  if (!ordinal) return date;
  const end = date.end + ordinal[0].length;
  const start = end - ordinal[1].length;
  return { ...date, end, stated: { ...stated, day: Number(ordinal[2]) }, parts: [...date.parts, { start, end, kind: 'day', text: ordinal[1] }] };
}

/**
 * "on the 17th", "by the 19th,": a day of the month written alone, as news does for the month it tells of; not
 * followed by a noun ("the 17th century", "the 19th floor") nor by "of" (chrono reads "the 18th of June").
 */
const BARE_ORDINAL_DAY = new RegExp(`\\b(?:on|by|until|from)\\s+the\\s+(([1-9]|[12]\\d|3[01])(?:st|nd|rd|th))${ENDS_DAY_PHRASE}`, 'giu');

/**
 * "on 20/06", "on 6/20": a day and a month in figures joined by a slash, with no year, after "on", "by", "until",
 * "from" or "since" (a full stop may be a decimal point),
 * read only when one of the two figures cannot be a month (the other order is a date too: "on 4/6" is left alone),
 * no noun follows ("on 24/7 shifts") and no more figures ("on 20/06/2023" is chrono's).
 */
const DAY_AND_MONTH = new RegExp(`\\b(?:on|by|until|from|since)\\s+(\\d{1,2})/(\\d{1,2})(?![/.]?\\d)${ENDS_DAY_PHRASE}`, 'giu');

function dayAndMonthInFigures(prose: string, sentence: Span, taken: readonly Span[]): DateExpression[] {
  const written = prose.slice(sentence.start, sentence.end);
  const dates: DateExpression[] = [];
  for (const match of written.matchAll(DAY_AND_MONTH)) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const dayFirst = first > 12 && second >= 1 && second <= 12 && first <= 31;
    const monthFirst = second > 12 && first >= 1 && first <= 12 && second <= 31;
    // "24/7" is round the clock.
    if ((!dayFirst && !monthFirst) || (first === 24 && second === 7)) continue;
    const end = sentence.start + match.index + match[0].length;
    const start = end - match[1].length - match[2].length - 1;
    if (taken.some((span) => span.start < end && start < span.end)) continue;
    const firstPart = { start, end: start + match[1].length };
    const secondPart = { start: end - match[2].length, end };
    const [dayPart, monthPart] = dayFirst ? [firstPart, secondPart] : [secondPart, firstPart];
    dates.push({
      start,
      end,
      stated: { day: dayFirst ? first : second, month: dayFirst ? second : first },
      parts: [
        { ...dayPart, kind: 'day', text: prose.slice(dayPart.start, dayPart.end) },
        { ...monthPart, kind: 'month', text: prose.slice(monthPart.start, monthPart.end) },
      ],
    });
  }
  return dates;
}

function bareOrdinalDays(prose: string, sentence: Span, taken: readonly Span[]): DateExpression[] {
  const written = prose.slice(sentence.start, sentence.end);
  if (!/\d(?:st|nd|rd|th)/i.test(written)) return [];
  const days: DateExpression[] = [];
  for (const match of written.matchAll(BARE_ORDINAL_DAY)) {
    const start = sentence.start + match.index + match[0].length - match[1].length;
    const end = start + match[1].length;
    if (taken.some((span) => span.start <= start && end <= span.end)) continue;
    days.push({ start, end, stated: { day: Number(match[2]) }, parts: [{ start, end, kind: 'day', text: match[1] }] });
  }
  return days;
}

function shifted(date: DateExpression, by: number): DateExpression {
  const parts = date.parts.map((part) => ({ ...part, start: part.start + by, end: part.end + by }));
  return { ...date, start: date.start + by, end: date.end + by, parts };
}

interface Token extends Span {
  text: string;
}

function readResult(result: chrono.ParsedResult, base: number, prose: string): DateExpression | undefined {
  const tokens: Token[] = words(result.text, base + result.index).map((w) => ({ start: w.start, end: w.end, text: prose.slice(w.start, w.end) }));
  const weekday = tokens.find((t) => weekdayOf(t.text) !== undefined);
  const monthName = tokens.find((t) => monthOf(t.text) !== undefined);
  const numbers = tokens.filter((t) => /^\d{1,4}(?:st|nd|rd|th)?$/.test(t.text));
  const dayWord = ordinalDayIn(tokens, prose);
  const numeric = !monthName && numbers.length >= 3 && /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(result.text.trim());
  // A calendar date names a weekday or a month, or is written in figures; "this month" and "the day before" are
  // relative, and an abbreviation alone ("Sun", "Mar") is too often something else.
  // Not one marked as an abbreviation by its dot, or by the colon of a notes' label, that is no common word or name
  // ("in Oct.", "on Thu.", "Thu: Xi met Gates").
  const abbreviated = (t: Token | undefined) => t !== undefined && !isFullName(t.text) && !dayAbbreviatedAfterCue(prose, t) && (AMBIGUOUS_ABBREVIATIONS.has(t.text.toLowerCase()) || !/^[.:]/.test(prose.slice(t.end, t.end + 1)));
  if (!weekday && !monthName && !numeric) return undefined;
  if ((abbreviated(weekday) || abbreviated(monthName)) && numbers.length === 0) return undefined;

  const stated = certainFields(result.start);
  if (weekday) stated.weekday = weekdayOf(weekday.text);
  const until = result.end ? certainFields(result.end) : undefined;
  // "4/2/2023" is 2 April or 4 February as the writer's country has it: only its year is certain.
  if (numeric && !/^\d{4}$/.test(numbers[0].text) && (stated.day ?? 13) <= 12 && (stated.month ?? 13) <= 12 && stated.day !== stated.month) {
    return { start: numbers[0].start, end: numbers[numbers.length - 1].end, stated: { year: stated.year }, parts: numbers.filter((t) => /^\d{4}$/.test(t.text)).map((t) => ({ start: t.start, end: t.end, kind: 'year' as const, text: t.text })) };
  }
  // "June twentieth": a day chrono read from an ordinal in words is a part written too, when it is the one day stated.
  const day = dayWord && !until && ORDINAL_DAYS.get(dayWord.text.toLowerCase().replace(/[\s-]+/, ' ')) === stated.day ? dayWord : undefined;
  const parts = until ? [] : [...partsOf(stated, { weekday, monthName, numbers, numeric }), ...(day ? [{ start: day.start, end: day.end, kind: 'day' as const, text: day.text }] : [])];
  const written = [weekday, monthName, day, ...numbers].filter((t): t is Token => t !== undefined);
  const start = Math.min(...written.map((t) => t.start));
  const end = Math.max(...written.map((t) => t.end));
  return { start, end, stated, ...(until ? { until } : {}), parts };
}

/**
 * "on Thurs", "said Fri", "on Sat": a weekday's abbreviation with no dot, capitalised, after "on" (or, for one that is
 * no word, after a verb of saying, "last", "next", "this", or a verb or preposition a day follows: "came Thurs", "by
 * Tues"), and no capitalised word after it ("on Sat Nam's album"). One that is a word too, after "was", "is" or
 * "came" and before a comma or a bracket closing: "the first round was Sat, w/ Qin Gang".
 */
function dayAbbreviatedAfterCue(prose: string, token: Token): boolean {
  const lower = token.text.toLowerCase();
  if (WEEKDAY_ABBREVIATIONS[lower] !== undefined && /^\p{Lu}/u.test(token.text) && labelsLine(prose, token)) return true;
  // "Sun" is a newspaper's name too ("wrote on Sun …"), but not before a mark closing the phrase: "FM Qin Gang on Sun (6 hrs)".
  if (lower === 'sun' && /^[A-Z][a-z]{2}$/.test(token.text) && /\bon[ \t]+$/i.test(prose.slice(Math.max(0, token.start - 4), token.start)) && /^[ \t]*(?:[,;)(]|$)/.test(prose.slice(token.end, token.end + 3))) return true;
  if (WEEKDAY_ABBREVIATIONS[lower] === undefined || lower === 'sun' || !/^\p{Lu}/u.test(token.text) || /^[ \t]+\p{Lu}/u.test(prose.slice(token.end, token.end + 3))) return false;
  const before = prose.slice(Math.max(0, token.start - 12), token.start);
  if (/\bon[ \t]+$/i.test(before)) return true;
  if (!AMBIGUOUS_ABBREVIATIONS.has(lower)) return /\b(?:said|says|told|tells|last|next|this|was|is|came|comes|until|by|since)[ \t]+$/i.test(before);
  return /\b(?:was|is|came)[ \t]+$/i.test(before) && /^[,;)]/.test(prose.slice(token.end, token.end + 1));
}

/** A day's abbreviation labelling its line before a colon: "Sun: nearly 6 hrs w/ Qin Gang", "4/ **Mon:** Xi". */
function labelsLine(prose: string, token: Token): boolean {
  const lineStart = prose.lastIndexOf('\n', token.start - 1) + 1;
  return token.start - lineStart <= LABEL_LEAD && LINE_LEAD.test(prose.slice(lineStart, token.start)) && /^(?:\*\*|__|\*|_)?:/.test(prose.slice(token.end, token.end + 3));
}

/** List markup or a post's number ("4/"), and emphasis, before a label. */
const LINE_LEAD = /^[ \t]*(?:(?:[-*+>]|\d+[.)/])[ \t]*)?(?:\*\*|__|\*|_)?$/u;
const LABEL_LEAD = 12;

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
/** The days of a month as ordinals in words ("twenty first" for "twenty-first"), to their numbers. */
const ORDINAL_DAYS = new Map<string, number>([
  ...ORDINAL_UNITS.map((word, k): [string, number] => [word, k + 1]),
  ...ORDINAL_TEENS.map((word, k): [string, number] => [word, k + 10]),
  ['twentieth', 20],
  ...ORDINAL_UNITS.map((word, k): [string, number] => [`twenty ${word}`, k + 21]),
  ['thirtieth', 30],
  ['thirty first', 31],
]);

/** A day written as an ordinal in words, of one word or two joined by a hyphen or a space ("twenty-first"). */
function ordinalDayIn(tokens: readonly Token[], prose: string): Token | undefined {
  for (const [i, token] of tokens.entries()) {
    const previous = tokens[i - 1];
    const lower = token.text.toLowerCase();
    if (previous && /^(twenty|thirty)$/i.test(previous.text) && /^[\s-]$/.test(prose.slice(previous.end, token.start)) && ORDINAL_DAYS.has(`${previous.text.toLowerCase()} ${lower}`)) {
      return { start: previous.start, end: token.end, text: prose.slice(previous.start, token.end) };
    }
    if (ORDINAL_DAYS.has(lower)) return token;
  }
  return undefined;
}

/** A day as an ordinal in words, in the style of the draft's ("Twenty first", "twenty-first"). */
function ordinalDayInWords(example: string, day: number): string {
  const joiner = /\s/.test(example) ? ' ' : '-';
  const word = [...ORDINAL_DAYS].find(([, value]) => value === day)?.[0].replace(' ', joiner) ?? String(day);
  return /^\p{Lu}/u.test(example) ? word[0].toUpperCase() + word.slice(1) : word;
}

function certainFields(components: chrono.ParsedComponents): CalendarFields {
  const fields: CalendarFields = {};
  if (components.isCertain('year')) fields.year = components.get('year') ?? undefined;
  if (components.isCertain('month')) fields.month = components.get('month') ?? undefined;
  if (components.isCertain('day')) fields.day = components.get('day') ?? undefined;
  if (components.isCertain('weekday')) fields.weekday = components.get('weekday') ?? undefined;
  return fields;
}

function partsOf(
  stated: CalendarFields,
  found: { weekday?: Token; monthName?: Token; numbers: Token[]; numeric: boolean },
): DatePart[] {
  const parts: DatePart[] = [];
  const add = (token: Token, kind: DatePartKind) => parts.push({ start: token.start, end: token.end, kind, text: token.text });
  if (found.weekday) add(found.weekday, 'weekday');
  if (found.monthName) add(found.monthName, 'month');
  const numbers = found.numbers;
  if (found.numeric && /^\d{4}$/.test(numbers[0].text)) {
    // ISO order: year, month, day.
    add(numbers[0], 'year');
    add(numbers[1], 'month');
    add(numbers[2], 'day');
    return parts;
  }
  // "Tuesday 6/6": which figure is the day and which the month cannot be told.
  if (!found.numeric && !found.monthName && numbers.length > 1 && stated.day === stated.month) return [];
  for (const token of numbers) {
    const value = parseInt(token.text, 10);
    if (/^\d{4}$/.test(token.text)) add(token, 'year');
    // "Thursday 15/06": with no month named, a number that is the month and not the day is the month's.
    else if (!found.numeric) add(token, !found.monthName && value === stated.month && value !== stated.day ? 'month' : 'day');
    else if (stated.day === stated.month) return [];
    else add(token, value === stated.month ? 'month' : 'day');
  }
  return parts;
}

/**
 * A run of numerals that words() reads as a word of its own (no letter, numeral or apostrophe-joined part on
 * either side). Only such a word can be a year: no letter normalises to a digit. Finding these instead of
 * reading every word of the sentence spares normalising words that cannot be years.
 */
const NUMERAL_WORD = /(?<![\p{L}\p{N}]|[\p{L}\p{N}]['’ʼ])\p{N}+(?![\p{L}\p{N}]|['’ʼ][\p{L}\p{N}])/gu;
/** NUMERAL_WORD in a text whose letters and numerals are all ASCII (most sentences): ten times faster. */
const ASCII_NUMERAL_WORD = /(?<![A-Za-z0-9]|[A-Za-z0-9]['’ʼ])[0-9]+(?![A-Za-z0-9]|['’ʼ][A-Za-z0-9])/g;

function standaloneYears(prose: string, sentence: Span, taken: readonly Span[]): DateExpression[] {
  const years: DateExpression[] = [];
  const written = prose.slice(sentence.start, sentence.end);
  for (const numerals of written.matchAll(hasOnlyAsciiLettersAndNumerals(written) ? ASCII_NUMERAL_WORD : NUMERAL_WORD)) {
    const word = { norm: normalizeWord(numerals[0]), start: sentence.start + numerals.index, end: sentence.start + numerals.index + numerals[0].length };
    if (!/^\d{4}$/.test(word.norm) || taken.some((span) => span.start <= word.start && word.end <= span.end)) continue;
    const value = Number(word.norm);
    const before = prose[word.start - 1] ?? ' ';
    const after = prose[word.end] ?? ' ';
    if (value < YEAR_RANGE.min || value > YEAR_RANGE.max || /[$£€\d.,]/.test(before) || /[.,]\d/.test(prose.slice(word.end, word.end + 2))) continue;
    if (after === '-' || after === '–' || citesWork(prose, word)) continue;
    years.push({ start: word.start, end: word.end, stated: { year: value }, parts: [{ start: word.start, end: word.end, kind: 'year', text: word.norm }] });
  }
  return years;
}

/**
 * A year in brackets right after a name, as a citation gives a work's ("Reuters (2023) covered …", "Smith et al.
 * (2021)"): when the work came out, not when what the sentence tells of happened. Not after a place the sentence
 * puts something in ("met in Bali (2022)").
 */
function citesWork(prose: string, year: Span): boolean {
  if (!/^[),;]/.test(prose.slice(year.end, year.end + 1))) return false;
  const cited = CITED_BY.exec(prose.slice(Math.max(0, year.start - 60), year.start));
  return cited !== null && !BEFORE_PLACE.has((cited[1] ?? '').toLowerCase());
}

/** The word before a name and the name, then the opening bracket. */
const CITED_BY = /(?<!\p{L})(?:(\p{L}+)\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+et\s+al\.?)?\s*\($/u;
/** Words before a capitalised word that make it a place the sentence puts something in ("met in Bali (2022)"). */
const BEFORE_PLACE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'inside', 'across', 'visited', 'visiting', 'of']);

/** 0 to 99 in words ("seventeen", "seventy-two"; "seventy two" read the same) to their values. */
const TWO_DIGIT_WORDS = new Map(Array.from({ length: 100 }, (_, n): [string, number] => [numberInWords(n), n]));
const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const LAST_TWO_DIGITS = `(?:oh[ -]${UNIT_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -]${UNIT_WORD})?)`;
/**
 * A year said as a script writes it: "twenty seventeen", "nineteen seventy-two", "twenty oh five", and after "in",
 * "two thousand and seventeen"; not the first part of a compound ("twenty fifteen-minute breaks").
 */
const SPOKEN_YEAR = new RegExp(`\\b(?:(nineteen|twenty)[ -]|(?<=\\bin )(two thousand(?: and)? ))(${LAST_TWO_DIGITS})\\b(?![-‐‑]\\p{L})`, 'giu');

function spokenYears(prose: string, sentence: Span): DateExpression[] {
  const years: DateExpression[] = [];
  for (const match of prose.slice(sentence.start, sentence.end).matchAll(SPOKEN_YEAR)) {
    const century = match[1] ? (match[1].toLowerCase() === 'nineteen' ? 1900 : 2000) : 2000;
    const rest = TWO_DIGIT_WORDS.get(match[3].toLowerCase().replace(/^oh[ -]/, '').replace(' ', '-'));
    if (rest === undefined) continue;
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    const text = prose.slice(start, end);
    years.push({ start, end, stated: { year: century + rest }, parts: [{ start, end, kind: 'year', text }] });
  }
  return years;
}

/** A year in words in the style of the draft's ("Twenty seventeen", "twenty-seventeen", "two thousand and five"). */
function yearInWords(example: string, year: number): string {
  const rest = year % 100;
  const lower = example.toLowerCase();
  const joiner = /^(?:nineteen|twenty)-/.test(lower) ? '-' : ' ';
  let said: string;
  if (lower.startsWith('two thousand') && year >= 2000 && year < 2100) said = rest === 0 ? 'two thousand' : `two thousand${lower.includes(' and ') ? ' and' : ''} ${numberInWords(rest)}`;
  else if (year >= 1900 && year < 2100 && rest > 0) said = `${year < 2000 ? 'nineteen' : 'twenty'}${joiner}${rest < 10 ? `oh${joiner}` : ''}${numberInWords(rest)}`;
  else return String(year);
  return /^\p{Lu}/u.test(example) ? said[0].toUpperCase() + said.slice(1) : said;
}

function weekdayOf(text: string): number | undefined {
  if (!isCapitalized(text)) return undefined;
  const lower = text.toLowerCase();
  const full = WEEKDAY_NAMES.findIndex((name) => name.toLowerCase() === lower);
  return full >= 0 ? full : WEEKDAY_ABBREVIATIONS[lower];
}

function monthOf(text: string): number | undefined {
  if (!isCapitalized(text)) return undefined;
  const lower = text.toLowerCase();
  return monthNumber(lower) || MONTH_ABBREVIATIONS[lower];
}

const FULL_NAMES = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES].map((name) => name.toLowerCase()));

function isFullName(text: string): boolean {
  return FULL_NAMES.has(text.toLowerCase());
}

/**
 * The expression rewritten to say `target`: each written part replaced by the target's value in the same style
 * ("Tue" → "Mon", "20" → "19", "20th" → "19th", "06" → "07"). Undefined when the draft writes a part the target
 * does not know (a day of the month for a month-precision fact) or the format could not be read.
 */
export function rewriteDate(prose: string, expression: DateExpression, target: CalendarFields): string | undefined {
  if (expression.parts.length === 0) return undefined;
  let text = prose.slice(expression.start, expression.end);
  for (const part of [...expression.parts].sort((a, b) => b.start - a.start)) {
    const value = target[part.kind];
    if (value === undefined) return undefined;
    const replacement = writePart(part, value);
    text = text.slice(0, part.start - expression.start) + replacement + text.slice(part.end - expression.start);
  }
  return text;
}

function writePart(part: DatePart, value: number): string {
  switch (part.kind) {
    case 'weekday':
      return inStyleOf(part.text, WEEKDAY_NAMES[value]);
    case 'month':
      if (/^\d+$/.test(part.text)) return String(value).padStart(part.text.length, '0');
      return inStyleOf(part.text, MONTH_NAMES[value - 1]);
    case 'day': {
      if (/^\p{L}/u.test(part.text)) return ordinalDayInWords(part.text, value);
      const suffix = /\d(st|nd|rd|th)$/.test(part.text) ? ordinalSuffix(value) : '';
      const digits = part.text.replace(/(?<!\D)\D+$/, '');
      return String(value).padStart(digits.length, '0') + suffix;
    }
    case 'year':
      return /^\p{L}/u.test(part.text) ? yearInWords(part.text, value) : String(value);
  }
}

/** A name in the style of another: abbreviated (to three letters) when that was, all capitals when that was. */
function inStyleOf(example: string, name: string): string {
  let text = isFullName(example) ? name : name.slice(0, 3);
  if (example === example.toUpperCase()) text = text.toUpperCase();
  return text;
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/** "Monday 19 June 2023", "February 2023", "2018": a reference date for messages. */
export function describeDate(fields: CalendarFields): string {
  const parts: string[] = [];
  if (fields.weekday !== undefined) parts.push(WEEKDAY_NAMES[fields.weekday]);
  if (fields.day !== undefined) parts.push(String(fields.day));
  if (fields.month !== undefined) parts.push(MONTH_NAMES[fields.month - 1]);
  if (fields.year !== undefined) parts.push(String(fields.year));
  return parts.join(' ');
}
