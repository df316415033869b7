// Number expressions in prose: "three hours", "nearly six hours", "a 20-hour journey", "the 18-month-old pact",
// "at least five new embassies", "five or six hours", "an hour". Each carries its value, how it is written
// (digits or words, hyphenated to its unit or not) and its qualifier, so a rule can compare it with a reference
// value and write a correction in the draft's own form.
import type { Span } from '../checks/finding';
import { countWhile, firstStartingAt } from '../text/spans';
import { stripPossessive, type Word } from '../text/words';

export type NumberForm = 'digits' | 'words';

/** How a qualifier bounds the number it precedes. */
export type QualifierKind = 'approximate' | 'nearly' | 'at least' | 'more than' | 'at most' | 'less than' | 'exact' | 'plus';

export interface Qualifier extends Span {
  text: string;
  kind: QualifierKind;
}

export interface NumberExpression extends Span {
  value: number;
  /** Upper end of a range: "five or six hours", "5-6 hours". */
  max?: number;
  form: NumberForm;
  /** The number itself, without qualifier or unit. */
  number: Span;
  qualifier?: Qualifier;
  /** Index in the word list of the first word after the number: where its unit, if any, starts. */
  nextWord: number;
}

// Maps, not objects: `norm in ONES` was true of "constructor" (Object.prototype's), which read as a number.
const ONES_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = new Map(ONES_WORDS.map((word, value) => [word, value]));
const TENS = new Map(TENS_WORDS.map((word, k) => [word, 20 + 10 * k]));
const SCALES = new Map([['hundred', 100], ['thousand', 1000], ['million', 1e6], ['billion', 1e9]]);

/** Seconds in each unit of time, so "18 months" and "a year and a half" can be compared. */
export const TIME_UNIT_SECONDS: Record<string, number> = {
  second: 1, minute: 60, hour: 3600, day: 86400, week: 7 * 86400, fortnight: 14 * 86400, month: 30.4375 * 86400, year: 365.25 * 86400,
  decade: 3652.5 * 86400,
};

// Longest first, so "just under" wins over "under".
const QUALIFIERS: [string, QualifierKind][] = (
  [
    ['a little under', 'nearly'], ['a bit under', 'nearly'], ['a little less than', 'less than'], ['a little over', 'more than'], ['a bit over', 'more than'], ['a little more than', 'more than'],
    ['just under', 'nearly'], ['close to', 'nearly'], ['not quite', 'nearly'], ['nearly', 'nearly'], ['almost', 'nearly'],
    ['upwards of', 'at least'], ['no fewer than', 'at least'], ['no less than', 'at least'], ['at least', 'at least'],
    ['more than', 'more than'], ['just over', 'more than'], ['well over', 'more than'], ['in excess of', 'more than'],
    ['longer than', 'more than'], ['over', 'more than'],
    ['no more than', 'at most'], ['up to', 'at most'], ['at most', 'at most'],
    ['less than', 'less than'], ['fewer than', 'less than'], ['under', 'less than'],
    ['about', 'approximately'], ['around', 'approximately'], ['roughly', 'approximately'], ['approximately', 'approximately'],
    ['closer to', 'approximately'], ['nearer to', 'approximately'], ['more like', 'approximately'],
    ['some', 'approximately'], ['circa', 'approximately'], ['approx', 'approximately'], ['ca', 'approximately'],
    ['exactly', 'exact'], ['precisely', 'exact'], ['just', 'exact'], ['only', 'exact'], ['barely', 'exact'], ['scarcely', 'exact'],
  ] as [string, string][]
)
  .map(([text, kind]) => [text, kind === 'approximately' ? 'approximate' : kind] as [string, QualifierKind])
  .sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Each qualifier's words, found by the word right before a number (which must be its last). */
const QUALIFIERS_BY_LAST_WORD = new Map<string, { parts: string[]; kind: QualifierKind }[]>();
for (const [text, kind] of QUALIFIERS) {
  const parts = text.split(' ');
  const last = parts[parts.length - 1];
  QUALIFIERS_BY_LAST_WORD.set(last, [...(QUALIFIERS_BY_LAST_WORD.get(last) ?? []), { parts, kind }]);
}

/** Qualifiers written with a full stop: "approx. five hours", "ca. 20 hours". */
const ABBREVIATED_QUALIFIERS = new Set(['approx', 'ca']);

const RANGE_JOINERS = new Set(['or', 'to']);
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
// Built once: esbuild writes a \p{…} literal as `new RegExp(…)`, which inside a function is rebuilt at every call.
const NUMERAL_FIRST = /^\p{N}/u;
const LETTER_OR_NUMERAL = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** "6", "2023", "٣": the word starts with a numeral. */
export function startsWithNumeral(norm: string): boolean {
  const code = norm.charCodeAt(0);
  // ASCII first: most words are, and only 0–9 among them are numerals.
  if (code < 128) return code >= 48 && code <= 57;
  return NUMERAL_FIRST.test(norm);
}

/** The words readNumberAt can read a number from (besides those starting with a numeral). */
const NUMBER_OPENERS = new Set([...ONES_WORDS, ...TENS_WORDS, 'dozen', 'a', 'an', 'half']);

/** Indexes of the words that overlap any of the spans (each span found by binary search, so long drafts stay linear). */
function wordsOverlapping(words: readonly Word[], spans: readonly Span[]): Set<number> {
  const indexes = new Set<number>();
  for (const span of spans) {
    // Words end in order too: skip those ending at or before the span's start.
    for (let i = countWhile(words.length, (k) => words[k].end <= span.start); i < words.length && words[i].start < span.end; i++) indexes.add(i);
  }
  return indexes;
}

/** "hours" → "hour", "embassies" → "embassy": the singular a reference unit is written in. */
export function singular(norm: string): string {
  const word = stripPossessive(norm);
  const unit = unitAbbreviated(word);
  if (unit) return unit;
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Units as notes and newsletters shorten them: "3 hrs", "90 mins", "18 mos" is left alone (rare, and a name too). */
const UNIT_ABBREVIATIONS: Record<string, string> = { hr: 'hour', hrs: 'hour', min: 'minute', mins: 'minute', yr: 'year', yrs: 'year', wk: 'week', wks: 'week' };

/** The unit an abbreviation stands for ("hrs" → "hour"), undefined for any other word. */
export function unitAbbreviated(word: string): string | undefined {
  return Object.hasOwn(UNIT_ABBREVIATIONS, word) ? UNIT_ABBREVIATIONS[word] : undefined;
}

export function isTimeUnit(unit: string): boolean {
  return Object.hasOwn(TIME_UNIT_SECONDS, unit);
}

/** Verbs of what may be, before "one day" meaning some day: "will one day", "might one day". */
const MODALS = new Set(['will', 'would', 'may', 'might', 'could', 'can', 'should', 'shall', 'must']);

/**
 * Every number expression in `prose`, skipping the spans in `exclude` (dates already read, whose day and year
 * numbers are not quantities). Ordinals ("18th", "first") and numbers glued to letters ("F-16") are not read.
 */
export function findNumberExpressions(prose: string, words: readonly Word[], exclude: readonly Span[]): NumberExpression[] {
  const found: NumberExpression[] = [];
  const excluded = wordsOverlapping(words, exclude);
  for (let i = 0; i < words.length; i++) {
    if (!NUMBER_OPENERS.has(words[i].norm) && !startsWithNumeral(words[i].norm)) continue;
    // "would one day depend on it": some day, no count.
    if (excluded.has(i) || (words[i].norm === 'one' && words[i + 1]?.norm === 'day' && MODALS.has(words[i - 1]?.norm ?? ''))) continue;
    const read = readNumberAt(prose, words, i);
    if (!read) continue;
    // "between five and six hours": the range with its "between", which a fix writes over.
    const between = i > 0 && words[i - 1].norm === 'between' && words[read.next]?.norm === 'and' ? readNumberAt(prose, words, read.next + 1) : undefined;
    const range = between ?? readRangeEnd(prose, words, read.next);
    const plus = range ? undefined : plusAfter(prose, words, read);
    const number: Span = { start: between ? words[i - 1].start : words[i].start, end: range ? words[range.next - 1].end : plus?.end ?? read.end };
    const qualifier = between ? undefined : (plus ?? qualifierBefore(prose, words, i));
    const next = range ? range.next : plus ? read.next + 1 : read.next;
    found.push({
      start: plus ? number.start : qualifier?.start ?? number.start,
      end: number.end,
      value: read.value,
      ...(range ? { max: range.value } : {}),
      form: read.form,
      number,
      ...(qualifier ? { qualifier } : {}),
      nextWord: next,
    });
    i = next - 1;
  }
  return found;
}

interface NumberRead {
  value: number;
  form: NumberForm;
  end: number;
  /** Index of the first word after the number. */
  next: number;
}

function readNumberAt(prose: string, words: readonly Word[], i: number): NumberRead | undefined {
  const word = words[i];
  // "2023 to" at the end of the text: a range joiner with no number after it.
  if (!word) return undefined;
  if (startsWithNumeral(word.norm)) return readDigits(prose, words, i);
  // "a dozen", "half a dozen"
  if ((word.norm === 'a' || word.norm === 'half') && wordsJoined(prose, words, i, word.norm === 'a' ? ['dozen'] : ['a', 'dozen'])) {
    const dozen = word.norm === 'a' ? i + 1 : i + 2;
    return { value: word.norm === 'a' ? 12 : 6, form: 'words', end: words[dozen].end, next: dozen + 1 };
  }
  // "a couple of hours"
  if (word.norm === 'a' && wordsJoined(prose, words, i, ['couple', 'of']) && isTimeUnit(singular(words[i + 3]?.norm ?? ''))) {
    return { value: 2, form: 'words', end: words[i + 2].end, next: i + 3 };
  }
  if (word.norm === 'a' || word.norm === 'an') return readArticleAsOne(prose, words, i);
  if (word.norm === 'half' && (words[i + 1]?.norm === 'a' || words[i + 1]?.norm === 'an') && isTimeUnit(singular(words[i + 2]?.norm ?? ''))) {
    return { value: 0.5, form: 'words', end: words[i + 1].end, next: i + 2 };
  }
  return readNumberWords(prose, words, i);
}

function readDigits(prose: string, words: readonly Word[], i: number): NumberRead | undefined {
  const word = words[i];
  const before = prose[word.start - 1] ?? ' ';
  // "F-16", "COVID-19", "A4": a code, not a quantity.
  if (LETTER_OR_NUMERAL.test(before) || (/[-‐]/.test(before) && LETTER.test(prose[word.start - 2] ?? ''))) return undefined;
  const match = DIGITS.exec(prose.slice(word.start, word.start + 32));
  if (!match || LETTER.test(prose[word.start + match[0].length] ?? '')) return undefined;
  const end = word.start + match[0].length;
  let next = i + 1;
  while (next < words.length && words[next].start < end) next++;
  return withHalf(prose, words, { value: Number(match[0].replace(/,/g, '')), form: 'digits', end, next });
}

/** "an hour", "a day": the article counts as one only right before a unit of time. */
function readArticleAsOne(prose: string, words: readonly Word[], i: number): NumberRead | undefined {
  const unit = words[i + 1];
  if (!unit || !isTimeUnit(singular(unit.norm)) || !/^\s+$/.test(prose.slice(words[i].end, unit.start))) return undefined;
  return { value: 1, form: 'words', end: words[i].end, next: i + 1 };
}

function readNumberWords(prose: string, words: readonly Word[], i: number): NumberRead | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let j = i;
  for (; j < words.length; j++) {
    const norm = words[j].norm;
    if (seen && !joinedAsOneNumber(prose, words[j - 1], words[j])) break;
    const belowHundred = ONES.get(norm) ?? TENS.get(norm);
    const scale = SCALES.get(norm);
    if (belowHundred !== undefined) current += belowHundred;
    else if (scale !== undefined && seen) {
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (norm === 'and' && seen && /^(?:hundred|thousand)$/.test(words[j - 1].norm) && isNumberWord(words[j + 1]?.norm ?? '')) continue;
    else if (norm === 'dozen' && !seen) current = 12;
    else break;
    seen = true;
  }
  if (!seen) return undefined;
  return withHalf(prose, words, { value: total + current, form: 'words', end: words[j - 1].end, next: j });
}

/** "six", "twenty": a number word below a hundred. */
export function isNumberWord(norm: string): boolean {
  return ONES.has(norm) || TENS.has(norm);
}

/** "twenty-one", "one hundred": number words joined by one space or hyphen. */
function joinedAsOneNumber(prose: string, a: Word, b: Word): boolean {
  return /^[ -]$/.test(prose.slice(a.end, b.start));
}

/** The words after the one at `i` are `following`, each after one space. */
function wordsJoined(prose: string, words: readonly Word[], i: number, following: readonly string[]): boolean {
  return following.every((norm, k) => words[i + k + 1]?.norm === norm && /^ $/.test(prose.slice(words[i + k].end, words[i + k + 1].start)));
}

/** "three-plus hours": the number and some, said after it. */
function plusAfter(prose: string, words: readonly Word[], read: NumberRead): Qualifier | undefined {
  const plus = words[read.next];
  if (plus?.norm !== 'plus' || !/^[-‐]$/.test(prose.slice(read.end, plus.start))) return undefined;
  return { start: read.end, end: plus.end, text: prose.slice(read.end, plus.end), kind: 'plus' };
}

/** "two and a half hours": the half belongs to the number. */
function withHalf(prose: string, words: readonly Word[], read: NumberRead): NumberRead {
  const [and, a, half] = [words[read.next], words[read.next + 1], words[read.next + 2]];
  // "five and a half", "five-and-a-half" as British style writes it.
  if (and?.norm === 'and' && a?.norm === 'a' && half?.norm === 'half' && /^(?:\s+|-)$/.test(prose.slice(read.end, and.start))) {
    return { ...read, value: read.value + 0.5, end: half.end, next: read.next + 3 };
  }
  return read;
}

/** "five or six", "five to six", "5-6", "5–6". */
function readRangeEnd(prose: string, words: readonly Word[], next: number): NumberRead | undefined {
  const joiner = words[next];
  // "five or six", "five to six", and hyphenated before a unit: "five-to-six-hour talks".
  const gapBefore = joiner ? prose.slice(words[next - 1].end, joiner.start) : '';
  if (joiner && RANGE_JOINERS.has(joiner.norm) && (/^\s+$/.test(gapBefore) || (gapBefore === '-' && prose[joiner.end] === '-'))) {
    const other = readNumberAt(prose, words, next + 1);
    if (other && other.value !== 1 && words[next + 1].norm !== 'a' && words[next + 1].norm !== 'an') return other;
  }
  const upper = words[next];
  if (upper && /^\s?[–-]\s?$/.test(prose.slice(words[next - 1].end, upper.start)) && /^\d/.test(upper.norm) && /^\d/.test(words[next - 1].norm)) {
    return readDigits(prose, words, next);
  }
  return undefined;
}

function qualifierBefore(prose: string, words: readonly Word[], i: number): Qualifier | undefined {
  if (i === 0) return undefined;
  for (const { parts, kind } of QUALIFIERS_BY_LAST_WORD.get(words[i - 1].norm) ?? []) {
    const first = i - parts.length;
    if (first < 0) continue;
    // ("approx. five hours": an abbreviation's full stop is the qualifier's.)
    const gap = (k: number) => prose.slice(words[first + k].end, words[first + k + 1].start);
    const ok = parts.every((part, k) => words[first + k].norm === part && (/^\s+$/.test(gap(k)) || (ABBREVIATED_QUALIFIERS.has(part) && /^\.\s+$/.test(gap(k)))));
    const end = words[i - 1].end + (prose[words[i - 1].end] === '.' ? 1 : 0);
    if (ok) return { start: words[first].start, end, text: prose.slice(words[first].start, end), kind };
  }
  return undefined;
}

/**
 * The interval a qualified number claims: "nearly six" is a little under six, "at least five" five or more,
 * "three-plus" three and some.
 */
export function claimedInterval(value: number, kind: QualifierKind | undefined, max = value): [number, number] {
  switch (kind) {
    case 'approximate':
      return [value * 0.85, max * 1.15];
    case 'nearly':
      return [value * 0.85, max];
    case 'at least':
      return [value, Infinity];
    case 'more than':
      return [value * 1.0001, Infinity];
    // "three-plus hours" is three and some, not six.
    case 'plus':
      return [value, max * 1.5];
    case 'at most':
      return [0, max];
    case 'less than':
      return [0, max * 0.9999];
    default:
      return [value, max];
  }
}

/** 6 → "six", 20 → "twenty", 135 → "one hundred and thirty-five"; digits beyond what words read well for. */
export function numberInWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 1000) return String(value);
  if (value < 20) return ONES_WORDS[value];
  if (value < 100) {
    const tens = TENS_WORDS[Math.floor(value / 10) - 2];
    return value % 10 ? `${tens}-${ONES_WORDS[value % 10]}` : tens;
  }
  const rest = value % 100;
  return `${ONES_WORDS[Math.floor(value / 100)]} hundred${rest ? ' and ' + numberInWords(rest) : ''}`;
}

/** News style writes numbers from ten in figures, as the articles the reference sets come from do. */
const FIGURES_FROM = 10;

/**
 * A number as the draft writes it (in words or figures), but in figures from ten ("18-month-old", not "eighteen"),
 * unless the draft spells out such numbers itself (`spellsOutLarge`: "a fifteen-hour flight" → "a twenty-hour flight").
 */
export function formatNumber(value: number, form: NumberForm, spellsOutLarge: boolean): string {
  return form === 'words' && (value < FIGURES_FROM || spellsOutLarge) ? numberInWords(value) : String(value);
}

/**
 * The draft spelt out a number of ten or more where figures could stand: not one capitalised to open a sentence or a
 * label ("**Sixteen hours**: the journey"), which style spells out whatever its size.
 */
export function spelledOutLarge(prose: string, expression: NumberExpression): boolean {
  return expression.form === 'words' && expression.value >= FIGURES_FROM && !/^\p{Lu}\p{Ll}/u.test(prose.slice(expression.number.start, expression.number.start + 2));
}

/** Words that end the search for what a number counts: "two of the embassies" does not count embassies. */
const UNIT_SEARCH_STOPS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'than', 'as']);
/** How far after the number its unit may be: "five new embassies", "two largest economies". */
const UNIT_SEARCH_WORDS = 3;

export interface UnitWord {
  /** Index in the word list. */
  index: number;
  word: Word;
  /** "six-hour", "18-month-old": joined to the number by a hyphen. */
  hyphenated: boolean;
}

/** The word after `expression` naming one of `units` (singular), if it is close enough to be what is counted. */
export function unitAfter(prose: string, words: readonly Word[], expression: NumberExpression, units: ReadonlySet<string>): UnitWord | undefined {
  let previousEnd = expression.number.end;
  // "a 30-odd-hour journey": words joined by hyphens all the way make one compound, the unit in it singular.
  let joined = true;
  let limit = expression.nextWord + UNIT_SEARCH_WORDS;
  for (let i = expression.nextWord; i < words.length && i < limit; i++) {
    const word = words[i];
    const gap = prose.slice(previousEnd, word.start);
    joined &&= gap === '-';
    // Whitespace only, line breaks included (the former "\s*\n?\s*" meant the same and backtracked quadratically);
    // or, for a number opening its line, a colon ("**At least 8**: new embassies", a list of figures).
    const labelled = i === expression.nextWord && LABEL_GAP.test(gap) && opensLine(prose, expression.start);
    if (!/^[ \t-]+$/.test(gap) && !/^\s*$/.test(gap) && !labelled) return undefined;
    // "**Seven**: the minimum number of new embassies": what the figure counts, after the label's colon.
    const numberOf = labelled ? NUMBER_OF.exec(prose.slice(word.start, word.start + 40)) : null;
    if (numberOf) {
      const after = firstStartingAt(words, word.start + numberOf[0].length);
      i = after - 1;
      previousEnd = words[after - 1].end;
      limit = after + UNIT_SEARCH_WORDS;
      continue;
    }
    // "one last-minute confirmation", "two full-day sessions": a unit ending a compound of other words belongs to an
    // adjective; the number counts the noun after it.
    if (units.has(singular(word.norm))) return gap === '-' && !joined ? undefined : { index: i, word, hyphenated: joined };
    // "The two spent seven hours": a number on the way counts the unit itself.
    if (UNIT_SEARCH_STOPS.has(word.norm) || isNumberWord(word.norm) || /^\d/.test(word.norm)) return undefined;
    previousEnd = word.end;
  }
  return undefined;
}

/** "the number of", "the minimum number of": what a figure in a list counts, told before the noun. */
const NUMBER_OF = /^the[ \t]+(?:(?:minimum|maximum|total|overall|rough|approximate|estimated)[ \t]+)?number[ \t]+of[ \t]+/i;

/** A colon between a number and what it counts, in a list of figures. */
const LABEL_GAP = /^[ \t]*[:—–][ \t]+$/u;

/** Nothing before `offset` on its line but blanks, list markers and emphasis. */
function opensLine(prose: string, offset: number): boolean {
  const lineStart = prose.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t*_>#+-]*(?:\d{1,3}[.)][ \t][ \t*_]*)?$/u.test(prose.slice(lineStart, offset));
}

/** "hour" → "hours", "embassy" → "embassies"; the plural left as it is. */
export function pluralOf(word: string): string {
  if (singular(word.toLowerCase()) !== word.toLowerCase()) return word;
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(?:s|sh|ch|x)$/i.test(word)) return word + 'es';
  return word + 's';
}

export function singularOf(word: string): string {
  const lower = word.toLowerCase();
  // "hrs" → "hr": an abbreviation stays one.
  if (unitAbbreviated(lower)) return /s$/.test(lower) ? word.slice(0, -1) : word;
  const one = singular(lower);
  if (one === lower) return word;
  // "Hours" → "Hours".slice(0, 4); "embassies" → "embass" + "y".
  return lower.startsWith(one) ? word.slice(0, one.length) : word.slice(0, one.length - 1) + 'y';
}
