// Dated events and numbers stated in an article's own words (not inside quotations). Dates are read with
// chrono-node against the publication date; a date without a year is the most recent one not after it (news
// reports what happened), unless the sentence says "next". Each fact's evidence is its sentence.
import * as chrono from 'chrono-node';
import type { Span } from '../checks/finding';
import type { Fact, FactDate, FactQuantity, Qualifier } from '../reference/types';
import type { Article } from './article';
import { MONTHS, SENTENCE_OPENERS, WEEKDAYS } from './vocabulary';

/** Facts without ids; `participants` comes from the caller, who knows the entities. */
export type FactDraft = Omit<Fact, 'id' | 'participants'> & { sentence: Span };

const EVIDENCE_LIMIT = 220;

export function findFacts(article: Article, publication: string): FactDraft[] {
  const facts: FactDraft[] = [];
  for (const sentence of article.doc.sentences) {
    const text = article.text.slice(sentence.start, sentence.end);
    const seen = new Set<string>();
    for (const found of datesIn(text, sentence.start, publication)) {
      if (article.inQuotation(found.start) || article.inQuotation(found.end - 1) || seen.has(found.date.value)) continue;
      seen.add(found.date.value);
      facts.push({ kind: 'event', ...describe(article, sentence, found), date: found.date, sentence });
    }
    for (const found of quantitiesIn(text, sentence.start)) {
      if (article.inQuotation(found.start)) continue;
      facts.push({ kind: 'quantity', ...describe(article, sentence, found), quantity: found.quantity, sentence });
    }
  }
  return facts;
}

// ---- dates ----

interface FoundDate extends Span {
  date: FactDate;
}

function datesIn(text: string, base: number, publication: string): FoundDate[] {
  const [year, month, day] = publication.split('-').map(Number);
  const reference = new Date(Date.UTC(year, month - 1, day, 12));
  const found: FoundDate[] = [];
  for (const result of chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    if (!CALENDAR_WORDS.test(result.text) || /^in\s+\S+\s+(?:day|week|month|year)s?$/i.test(result.text)) continue;
    const date = factDate(result, reference, /\bnext\b|\bcoming\b|\bupcoming\b/i.test(text.slice(Math.max(0, result.index - 12), result.index)));
    if (!date || /^\s*date\s/.test(text.slice(0, result.index + 6))) continue;
    found.push({ start: base + result.index, end: base + result.index + result.text.length, date });
  }
  // Bare years ("a brief stop in 2018", "the 2024 election"), which chrono leaves alone.
  for (const m of text.matchAll(/\b(1[89]\d\d|20\d\d)\b(?![-–/.,]?\d)/g)) {
    const start = base + m.index!;
    if (found.some((f) => f.start <= start && start < f.end) || /[-/]$/.test(text.slice(0, m.index))) continue;
    found.push({ start, end: start + 4, date: { value: m[1], precision: 'year' } });
  }
  return found;
}

/**
 * What makes chrono's reading a date worth a fact: a number, a capitalised month or weekday, or a calendar word
 * ("last week", "four months ago"). Not "the moment", "now", "USA Today", "sat down", nor "in five years".
 */
const CALENDAR_WORDS =
  /\d|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:today|yesterday|tomorrow|tonight|ago)\b|\b(?:last|next|this|past|coming)\s+(?:week|month|year)\b/;

function factDate(result: chrono.ParsedResult, reference: Date, forward: boolean): FactDate | undefined {
  const c = result.start;
  const certain = (unit: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(unit);
  const weekly = /\bweek/i.test(result.text);
  const precision = (certain('day') || certain('weekday')) && !weekly ? 'day' : certain('month') || weekly ? 'month' : certain('year') ? 'year' : undefined;
  if (!precision) return undefined;
  const date = c.date();
  let y = date.getUTCFullYear();
  if (!certain('year') && !certain('weekday')) {
    // A month or day without a year: the latest one not after the publication (a week of slack), or the
    // next one when the sentence says so.
    const candidate = new Date(Date.UTC(reference.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    y = reference.getUTCFullYear();
    if (!forward && candidate.getTime() > reference.getTime() + 7 * 86_400_000) y--;
    if (forward && candidate.getTime() < reference.getTime()) y++;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const value =
    precision === 'day' ? `${y}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` : precision === 'month' ? `${y}-${pad(date.getUTCMonth() + 1)}` : `${y}`;
  return { value, precision };
}

// ---- numbers ----

interface FoundQuantity extends Span {
  quantity: FactQuantity;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

const QUALIFIERS: Record<string, Qualifier> = {
  nearly: 'nearly', almost: 'nearly', about: 'about', around: 'about', roughly: 'about', approximately: 'about',
  some: 'about', 'at least': 'at least', 'more than': 'more than', over: 'more than', exactly: 'exactly',
};

const TIME_UNITS = 'second|minute|hour|day|week|month|year|decade|century';
const NUMBER = `\\d+(?:[.,]\\d+)*|${Object.keys(NUMBER_WORDS).join('|')}`;
const QUALIFIER = Object.keys(QUALIFIERS).join('|');
/** "nearly six hours", "a two-day trip", "18-month-old", "at least five new embassies", "12 percent". */
const QUANTITY = new RegExp(
  `\\b(?:(${QUALIFIER})\\s+)?(${NUMBER})(?:[\\s-]+(?:new|more|other|additional|full|straight|consecutive|separate|largest|biggest))?[\\s-]+` +
    `(?:(${TIME_UNITS})s?|(percent|per cent)|([a-z]{3,}(?:ies|es|s)))\\b`,
  'gi',
);

function quantitiesIn(text: string, base: number): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, qualifier, number, timeUnit, percent, countNoun] = m;
    const value = NUMBER_WORDS[number.toLowerCase()] ?? Number(number.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    // Plain counts only from three up ("two sides", "one of them" say little) and never of time-like nouns.
    if (countNoun && (value < 3 || /^(?:times|ways|percent)$/i.test(countNoun) || /^\d{4}$/.test(number))) continue;
    const unit = timeUnit?.toLowerCase() ?? (percent ? 'percent' : singular(countNoun!.toLowerCase()));
    const start = base + m.index!;
    found.push({
      start,
      end: start + whole.length,
      quantity: { value, unit, ...(qualifier && { qualifier: QUALIFIERS[qualifier.toLowerCase()] }) },
    });
  }
  return found;
}

function singular(noun: string): string {
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(noun)) return noun.slice(0, -2);
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

// ---- evidence, description, triggers ----

const FUNCTION_WORDS = new Set([
  ...SENTENCE_OPENERS, ...MONTHS, ...WEEKDAYS,
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'than', 'them', 'him', 'hers', 'its', 'who', 'any',
  'into', 'onto', 'upon', 'per', 'cent', 'percent', 'also', 'ago', 'week', 'month', 'year', 'day', 'days',
  'weeks', 'months', 'years', 'hour', 'hours',
]);

function describe(article: Article, sentence: Span, found: Span): { description: string; triggers: string[]; evidence: Fact['evidence'] } {
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > EVIDENCE_LIMIT) {
    start = Math.max(sentence.start, found.start - EVIDENCE_LIMIT / 2);
    end = Math.min(sentence.end, start + EVIDENCE_LIMIT);
    start = wordBoundary(article.text, start, 1);
    end = wordBoundary(article.text, end, -1);
  }
  const evidence = article.text.slice(start, end);
  const description = evidence.length > 120 ? `${evidence.slice(0, wordBoundary(evidence, 117, -1)).trimEnd()}…` : evidence;
  return { description: description.replace(/\s+/g, ' '), triggers: triggers(article, { start, end }, found), evidence: { offset: start, text: evidence } };
}

/** Content words of the evidence outside quotations, nearest to the date or number first. */
function triggers(article: Article, span: Span, found: Span): string[] {
  const candidates = article.words
    .filter((w) => w.start >= span.start && w.end <= span.end && !(w.start >= found.start && w.end <= found.end))
    .filter((w) => !article.inQuotation(w.start) && /^[a-z][a-z'-]{2,}$/.test(article.text.slice(w.start, w.end)))
    .filter((w) => !FUNCTION_WORDS.has(w.norm) && !Object.hasOwn(NUMBER_WORDS, w.norm))
    .sort((a, b) => Math.abs(a.start - found.start) - Math.abs(b.start - found.start));
  return [...new Set(candidates.map((w) => w.norm))].slice(0, 8);
}

function wordBoundary(text: string, at: number, direction: 1 | -1): number {
  let i = at;
  while (i > 0 && i < text.length && /\S/.test(text[i - 1]) && /\S/.test(text[i])) i += direction;
  return i;
}
