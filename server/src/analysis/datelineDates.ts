// Days, months and years told relative to the draft's own date (its dateline, see dateline.ts): "met Xi
// yesterday", "earlier this month", "last year". Each is read as the date it comes to, so that date-mismatch can
// judge it like a date written out, and a fix says it the same way ("yesterday" → "on Sunday").
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar';
import { oncePer } from '../text/memo';
import { isReported, type DocumentAnalysis } from './analyze';
import type { CalendarFields, DateExpression } from './dates';
import { countOf, daysApart, shiftedBy } from './relativeDates';
import { numberInWords } from './numbers';

export type DatelineUnit = 'day' | 'month' | 'year';

export interface DatelineDate extends DateExpression {
  /** Counted in days, months or years from the dateline. */
  unit: DatelineUnit;
  /** "morning" of "this morning", "night" of "last night": kept by a fix. */
  partOfDay?: string;
  /** "yesterday's meeting": a fix gives the day without "on". */
  possessive: boolean;
  /** "three days ago", "a week ago today": a fix counts back the same way. */
  countedBack?: { today: boolean };
}

const RELATIVE_TO_DATELINE =
  /\b(?:the\s+day\s+(before\s+yesterday|after\s+tomorrow)|(yesterday|today|tonight|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(last|this)\s+(night|morning|afternoon|evening)|(?:(?:earlier|later)\s+)?(last|this|next)\s+(month|year))\b(?!-)/giu;

/** "two days ago", "three weeks ago today": days counted back from the dateline ("four months ago" is a quantity). */
const DAYS_AGO = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+ago(?:\s+today)?\b/giu;

const DAY_OFFSETS: Record<string, number> = { 'before yesterday': -2, 'after tomorrow': 2, yesterday: -1, today: 0, tonight: 0, tomorrow: 1, last: -1, this: 0, next: 1 };

/** The draft's words for a day, month or year counted from its dateline, in the part it reports on. */
export const readDatelineDates = oncePer((analysis: DocumentAnalysis): DatelineDate[] => {
  const { dateline } = analysis;
  if (!dateline) return [];
  const { prose, sentences } = analysis.doc;
  const found: DatelineDate[] = [];
  for (const sentence of sentences) {
    if (!isReported(analysis, sentence)) continue;
    const text = prose.slice(sentence.start, sentence.end);
    for (const match of text.matchAll(RELATIVE_TO_DATELINE)) {
      const start = sentence.start + match.index;
      // "USA Today", "the Today programme": a name, not a day.
      if (/^\p{Lu}/u.test(match[0]) && start > sentence.start && !/^[\s"“‘'(*_]*$/u.test(prose.slice(sentence.start, start))) continue;
      const [, farDay, day, dayPart, lastOrThis, part, monthOrYearWhich, monthOrYear] = match;
      const span = { start, end: start + match[0].length };
      const unit: DatelineUnit = monthOrYear ? (monthOrYear.toLowerCase() as DatelineUnit) : 'day';
      const which = (farDay ?? day ?? lastOrThis ?? monthOrYearWhich).toLowerCase().replace(/\s+/g, ' ');
      const partOfDay = (dayPart ?? part)?.toLowerCase() ?? (which === 'tonight' ? 'night' : undefined);
      const stated = shifted(dateline, unit, DAY_OFFSETS[which]);
      const possessive = /^['’]s\b/u.test(prose.slice(span.end, span.end + 3));
      if (stated) found.push({ ...span, stated, parts: [], unit, partOfDay, possessive });
    }
    for (const match of text.matchAll(DAYS_AGO)) {
      const start = sentence.start + match.index;
      const count = countOf(match[1]);
      const stated = shifted(dateline, 'day', -count * (match[2].toLowerCase().startsWith('week') ? 7 : 1));
      if (stated) found.push({ start, end: start + match[0].length, stated, parts: [], unit: 'day', possessive: false, countedBack: { today: /today$/i.test(match[0]) } });
    }
  }
  return found.sort((a, b) => a.start - b.start);
});

/** The fields of the day, month or year `offset` units from `from`, as far as `from` states them. */
function shifted(from: CalendarFields, unit: DatelineUnit, offset: number): CalendarFields | undefined {
  if (unit === 'year') return from.year === undefined ? undefined : { year: from.year + offset };
  if (from.month === undefined) return undefined;
  if (unit === 'month') {
    const month = from.month - 1 + offset;
    const year = from.year === undefined ? undefined : from.year + Math.floor(month / 12);
    return { month: (((month % 12) + 12) % 12) + 1, ...(year === undefined ? {} : { year }) };
  }
  return from.day === undefined ? undefined : shiftedBy(from, offset);
}

/** How many days a week may be apart and a day still be told by its weekday ("on Sunday"). */
const WEEKDAY_REACH = 6;

/** The words for `target` counted from the dateline the way `date` counts ("yesterday", "on Sunday", "last month"), if any. */
export function datelinePhrase(date: DatelineDate, dateline: CalendarFields, target: CalendarFields): string | undefined {
  if (date.unit === 'year') return target.year === undefined || dateline.year === undefined ? undefined : yearPhrase(target.year - dateline.year, target.year);
  if (date.unit === 'month') {
    if (target.month === undefined || dateline.month === undefined) return undefined;
    // A dateline without its year ("BEIJING, June 19") is in the year of the event it is set beside.
    const year = dateline.year ?? target.year ?? 2001;
    const months = ((target.year ?? year) - year) * 12 + target.month - dateline.month;
    return monthPhrase(months, target, (target.year ?? year) !== year);
  }
  const days = daysApart(dateline, target);
  if (date.countedBack && days !== undefined && days < -1) return countedBackPhrase(-days, date.countedBack.today);
  const phrase = days === undefined ? undefined : dayPhrase(days, target, date.partOfDay);
  return date.possessive ? phrase?.replace(/^on /, '') : phrase;
}

function dayPhrase(days: number, target: CalendarFields, partOfDay: string | undefined): string | undefined {
  const part = partOfDay ? ` ${partOfDay}` : '';
  if (days === 0) return partOfDay === 'night' ? 'tonight' : partOfDay ? `this ${partOfDay}` : 'today';
  if (days === -1) return partOfDay === 'night' ? 'last night' : `yesterday${part}`;
  if (days === 1) return `tomorrow${part}`;
  if (Math.abs(days) <= WEEKDAY_REACH && target.weekday !== undefined) return `on ${WEEKDAY_NAMES[target.weekday]}${part}`;
  return undefined;
}

function countedBackPhrase(days: number, today: boolean): string {
  const weeks = days % 7 === 0 ? days / 7 : undefined;
  const count = weeks ?? days;
  // In words up to ten, as counts back are written ("ten days ago", "12 days ago").
  const counted = weeks === 1 ? 'a week' : `${count <= 10 ? numberInWords(count) : count} ${weeks ? 'weeks' : 'days'}`;
  return `${counted} ago${today ? ' today' : ''}`;
}

function monthPhrase(months: number, target: CalendarFields, otherYear: boolean): string {
  if (months === 0) return 'this month';
  if (months === -1) return 'last month';
  if (months === 1) return 'next month';
  return `in ${MONTH_NAMES[target.month! - 1]}${otherYear && target.year !== undefined ? ` ${target.year}` : ''}`;
}

function yearPhrase(years: number, year: number): string {
  if (years === 0) return 'this year';
  if (years === -1) return 'last year';
  if (years === 1) return 'next year';
  return `in ${year}`;
}

export function isDatelineDate(expression: DateExpression): expression is DatelineDate {
  return 'unit' in expression;
}
