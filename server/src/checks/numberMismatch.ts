// number-mismatch: a count, duration or age that contradicts the reference's value for the fact the sentence is
// about ("met Qin Gang for three hours" when the reference has nearly six). A different qualifier with the same
// number ("about six hours" for "nearly six") is not a contradiction. The fix writes the reference's value in
// the draft's form: words or digits, hyphenated or not, with the draft's unit word.
import { isReported, readOncePerProse, type DocumentAnalysis } from '../analysis/analyze';
import { asShown, type ProseDocument } from '../analysis/document';
import { readDates } from '../analysis/dates';
import { chooseFact, factMatcher, factValueKey, statedRightlyBeside, type FactMatcher } from '../analysis/factMatch';
import {
  claimedInterval,
  findNumberExpressions,
  formatNumber,
  isNumberWord,
  isTimeUnit,
  numberInWords,
  pluralOf,
  singular,
  singularOf,
  spelledOutLarge,
  startsWithNumeral,
  unitAbbreviated,
  unitAfter,
  type NumberExpression,
  type QualifierKind,
  type UnitWord,
} from '../analysis/numbers';
import { insideQuotation } from '../analysis/quotedText';
import type { Mention } from '../analysis/mentions';
import type { Entity, ReferenceIndex } from '../reference/index';
import type { Fact, FactQuantity, Qualifier as FactQualifier } from '../reference/types';
import { isCalendarName, monthNumber, WEEKDAY_NAMES } from '../text/calendar';
import { oncePer } from '../text/memo';
import { firstStartingAt, spanAt, spansWithin } from '../text/spans';
import { isCapitalized, matchCase, possessiveMark, words, type Word } from '../text/words';
import type { Check } from './check';
import { factEvidence } from './factEvidence';
import { opensSentence } from './quoteEvidence';
import { DEFAULT_SEVERITY, type Finding, type Span, type TextEdit } from './finding';

const QUALIFIER_KINDS: Record<FactQualifier, QualifierKind> = {
  nearly: 'nearly',
  about: 'approximate',
  'at least': 'at least',
  'more than': 'more than',
  exactly: 'exact',
};

/** Units counted only roughly, with how far off (in that unit) a count may be: "nearly a decade" for eight years. */
const ROUND_UNITS: Record<string, number> = { decade: 0.25 };

/**
 * Units a draft may use for a reference's, and how many of the reference's make one of the draft's: "two years old"
 * against "18 months old", "a week of war games" against three days, "90 minutes" against an hour. Not hours and days
 * (a "day" of talks is no 24 hours).
 */
const CONVERSIONS: Record<string, Record<string, number>> = {
  year: { month: 12, decade: 0.1 },
  month: { year: 1 / 12 },
  decade: { year: 10 },
  week: { day: 7, fortnight: 1 / 2 },
  fortnight: { day: 14, week: 2 },
  day: { week: 1 / 7, fortnight: 1 / 14 },
  hour: { minute: 60 },
  minute: { hour: 1 / 60 },
};

/** Another fact of the reference about one of `fact`'s people that `holds`. */
function givenOfTheSameIn(reference: ReferenceIndex, fact: Fact, holds: (other: Fact) => boolean): boolean {
  return reference.facts.some((other) => other !== fact && other.quantity !== undefined && other.participants.some((id) => fact.participants.includes(id)) && holds(other));
}

/** How many `to` units one `from` unit makes, if they are the same or convertible. */
function scaleBetween(from: string, to: string): number | undefined {
  return from === to ? 1 : CONVERSIONS[from]?.[to];
}

const unitOf = (quantity: FactQuantity) => singular(quantity.unit);

/** The units the reference counts in, and those convertible to them (singular), once per reference set. */
const unitsOf = oncePer((reference: ReferenceIndex): Set<string> => {
  const factUnits = reference.facts.flatMap((fact) => (fact.quantity ? [unitOf(fact.quantity)] : []));
  return new Set([...factUnits, ...factUnits.flatMap((unit) => Object.keys(CONVERSIONS[unit] ?? {}))]);
});

const NUMBERS = oncePer((_doc: ProseDocument) => new Map<string, NumberExpression[]>());

/** The number expressions of the reported part, outside dates: read once per text and part for every reference set. */
function reportedNumbers(analysis: DocumentAnalysis): NumberExpression[] {
  return readOncePerProse(NUMBERS, analysis, () => findNumberExpressions(analysis.doc.prose, analysis.words, readDates(analysis)).filter((expression) => isReported(analysis, expression)));
}

export const numberMismatch: Check = ({ analysis, reference, confirm }) => {
  const { prose } = analysis.doc;
  const units = unitsOf(reference);
  if (units.size === 0) return [];
  const matcher = factMatcher(analysis, reference);
  const findings: Finding[] = [];
  const expressions = reportedNumbers(analysis);
  const judge = oncePer((expression: NumberExpression) => {
    if (insideQuotation(analysis, expression.start)) return undefined;
    const unit = unitAfter(prose, analysis.words, expression, units);
    // Not a word of the next table row or paragraph ("| … | five | ¶ | Days of war games | three |").
    if (unit && spanAt(analysis.doc.blocks, unit.word.start) !== spanAt(analysis.doc.blocks, expression.start)) return undefined;
    if (!unit || continuesAfterUnit(prose, analysis.words, unit) || endsACompound(analysis.words, expression) || REPEATED_UNIT.test(prose.slice(unit.word.end, unit.word.end + 20)) || comparedTo(analysis.words, expression) || isDifference(prose, analysis.words, unit) || inComparedPhrase(prose, analysis.words, expression)) return undefined;
    // "four days around the Blinken trip", "the weeks surrounding it": a stretch of time about the event, not its length.
    if (AROUND_WORDS.has(analysis.words[unit.index + 1]?.norm ?? '')) return undefined;
    const span = { start: expression.start, end: unit.word.end };
    const scale = (fact: Fact) => scaleTo(unit, fact);
    // "five years ago", "four months late", "17 months after the trip": the time between two events, comparable
    // only with a fact the article gives as one ("four months ago"), not with a duration or an age.
    // "for five hours before seeing Xi", "spent four hours earlier in the day with Wang Yi" are durations ("planned for
    // four months before, in February" is not).
    const gap = isGap(prose, analysis.words, unit.index + 1) && !(TAKING_DURATION.has(wordBefore(analysis.words, expression) ?? '') && phraseGoesOn(prose, analysis.words, unit.index + 1));
    // "the first visit in five years": the time since an event last happened, comparable only with a quantity
    // written the same way, not with "waiting four months" or "after almost a year of tension".
    const since = writtenAsSince(prose, analysis.words, expression, unit);
    // "the worst moment in 44 years of formal ties": the years are the age of what follows "of", no time since.
    if (since && analysis.words[unit.index + 1]?.norm === 'of') return undefined;
    // Facts counted in the draft's own unit first; a convertible unit only when none is. Each fact is judged on
    // its own, so the facts in the draft's unit are those of the convertible ones.
    // A gap counted from another event ("three months after it") is not one counted from the telling ("four
    // months ago").
    const anchor = gap ? gapAnchor(prose, analysis.words, unit.index + 1) : undefined;
    if (totalsSeveral(analysis, reference, span, (fact) => scale(fact) === 1) || timeSinceWithOn(prose, analysis.words, unit.index + 1)) return undefined;
    // "a year of tension" names a stretch of time; "a week of war games" still gives the event's length.
    // ("the first secretary of state to visit in a decade when he arrived": "when" opens the main clause's time.)
    const period = (since ? undefined : namesAPeriod(analysis.words, expression, unit)) ?? headsAStretchOfCalendar(analysis, expression, unit);
    // "two hours' talks" gives the talks' length like "two hours of talks"; "an hour's notice" the length of no event.
    const ofEvent = period === 'of' ? analysis.words[unit.index + 2] : possessiveMark(prose, unit.word) ? analysis.words[unit.index + 1] : undefined;
    if (period && !ofEvent) return undefined;
    // "formed 24 months ago", "24 months since the partnership was formed": the age of what was formed.
    const first = firstStartingAt(analysis.words, expression.start);
    const founding = (gap && anchor === 'telling' && foundedNear(analysis.words, first - FOUNDED_REACH, first)) || (analysis.words[unit.index + 1]?.norm === 'since' && foundedNear(analysis.words, unit.index + 2, unit.index + 2 + FOUNDED_REACH));
    // "A year since the Blinken visit", "One year since Beijing": the time since the fact's own event or a place, not
    // the wait before it ("… in seven years, since Mike Pompeo's stop" still counts from the visit before).
    const countedFrom = since ? namedAfterSince(analysis, unit) : [];
    if (!founding && countedFrom.length > 0 && countedFrom.every((entity) => entity.kind !== 'person')) return undefined;
    // "saw Wang Yi for about three hours": a length, not comparable with a fact the article gives as a gap ("confirmed
    // only an hour before the talks").
    const length = !gap && TAKING_DURATION.has(wordBefore(analysis.words, expression) ?? '');
    const fits = (fact: Fact) =>
      founding
        ? scale(fact) !== undefined && givenAsAge(fact)
        : scale(fact) !== undefined && (gap ? givenAsGap(fact) === anchor : !(length && givenAsGap(fact))) && (since || !givenAsSince(fact)) && !countedFrom.some((entity) => fact.participants.includes(entity.id));
    // "the fruit of the Bali summit seven months earlier": a gap right after an event's noun is that event's time.
    const ownsGap = gap ? eventNounBefore(prose, analysis.words, expression) : undefined;
    const found = matcher
      .candidates(span, fits, (fact) => since && givenAsSince(fact))
      .filter((candidate) => (!ofEvent || candidate.hits.some((hit) => !hit.unit && hit.start === ofEvent.start)) && (!ownsGap || candidate.hits.some((hit) => !hit.unit && hit.start <= ownsGap.start && ownsGap.end <= hit.end)));
    // "**30 hours.** That is how long the journey took.": a quantity labelling its paragraph.
    const convertible = found.length > 0 ? found : matcher.labelledCandidates(span, fits, expressions);
    const sameUnit = convertible.filter((candidate) => scale(candidate.fact) === 1);
    const candidates = sameUnit.length > 0 ? sameUnit : convertible;
    const slack = ROUND_UNITS[singular(unit.word.norm)] ?? 0;
    const choice = chooseFact(candidates, span, (fact) => agrees(scaled(expression, scale(fact)!), fact.quantity!, slack * scale(fact)!), factValueKey);
    // "Blinken's trip, first planned four months before it happened" is not his first trip in five years: a value in a
    // unit none of the candidates counts in, which another fact of theirs gives in that unit, is that fact's.
    if (choice && !choice.agrees && sameUnit.length === 0 && givenOfTheSameIn(reference, choice.candidate.fact, (fact) => scale(fact) === 1 && agrees(expression, fact.quantity!, slack))) return undefined;
    return choice && { choice, unit, span };
  });
  for (const expression of expressions) {
    const judged = judge(expression);
    if (!judged) continue;
    const { choice, unit, span } = judged;
    if (choice.agrees) {
      confirm(span);
      continue;
    }
    if (statedRightlyBeside(matcher, expression, choice, expressions, (other) => judge(other)?.choice)) continue;
    const fact = choice.candidate.fact;
    const scale = scaleTo(unit, fact)!;
    if (setRightWithoutUnit(analysis, matcher, expression, expressions, fact, scale)) continue;
    const quantity = fact.quantity!;
    const { edit, shown } = correction(analysis.doc, analysis.words, expression, unit, inDraftUnit(quantity, scale));
    findings.push({
      code: 'number-mismatch',
      severity: DEFAULT_SEVERITY['number-mismatch'],
      start: span.start,
      end: span.end,
      message: `Number: the reference has ${describeQuantity(quantity)}, not “${asShown(prose.slice(span.start, span.end))}”, for: ${fact.description}.`,
      fixes: [{ title: `Change to “${shown}”`, edits: [edit], preferred: true }],
      evidence: factEvidence(reference, fact),
      refId: fact.id,
    });
  }
  return findings;
};

/**
 * "A graphic gave the length of the talks as three hours; they lasted nearly six.", "… stretched to five hours. A US
 * official put it at about three.": a claim the sentence reports, set right just after it (later in its sentence, or
 * in the next sentence of its paragraph) by the fact's own number, with its unit left out or the fact's own.
 */
function setRightWithoutUnit(analysis: DocumentAnalysis, matcher: FactMatcher, value: NumberExpression, values: readonly NumberExpression[], fact: Fact, scale: number): boolean {
  if (!matcher.reportsClaim(value)) return false;
  const sentence = matcher.sentenceOf(value);
  const { words, doc } = analysis;
  return values.some((other) => {
    if (other.start <= value.end || other.max !== undefined) return false;
    const at = matcher.sentenceOf(other);
    if (!(at === sentence || (at === sentence + 1 && matcher.inOneBlock(value, other)))) return false;
    // The number alone ("nearly six"), or with the fact's own unit ("It was five years"); not another thing's ("six
    // days", "four aides").
    const next = words[firstStartingAt(words, other.end)];
    const counted = next && next.start < (doc.sentences[at]?.end ?? 0) && /^\s+$/.test(doc.prose.slice(other.end, next.start)) && /^\p{L}/u.test(next.norm) ? next : undefined;
    const factsUnit = counted !== undefined && singular(counted.norm) === singular(fact.quantity!.unit);
    if (counted && !factsUnit) return false;
    return agrees(factsUnit ? other : scaled(other, scale), fact.quantity!, 0);
  });
}

/** "Three days on, …", "…, a week on.", "## The trip, five days on", "a week on from the talks": the time since something, told by "on" closing its phrase. */
function timeSinceWithOn(prose: string, words: readonly Word[], at: number): boolean {
  return words[at]?.norm === 'on' && /^\s*$/.test(prose.slice(words[at - 1].end, words[at].start)) && /^[ \t]*(?:[,.;:!?—–)\r\n]|from\b|$)/u.test(prose.slice(words[at].end, words[at].end + 8));
}

/** Words before a quantity of time that make it a length: "for", "spent". */
const TAKING_DURATION = new Set(['for', 'spent', 'spend', 'spends', 'spending']);

/** Words after a quantity of time that make it the time between two events. */
const GAP_WORDS = new Set(['ago', 'after', 'before', 'later', 'earlier', 'late', 'early', 'beforehand', 'afterwards', 'ahead', 'behind']);

/**
 * The word at `at`, right after a quantity of time, makes it the time between two events ("two hours before", "an
 * hour in advance"); not "earlier" or
 * "later" that says when ("talks for two hours earlier Monday", "three hours later that day" are durations), nor
 * one opening the next sentence ("… for five hours. Later he saw Qin Gang").
 */
function isGap(prose: string, words: readonly Word[], at: number): boolean {
  const word = words[at]?.norm ?? '';
  // "confirmed only an hour in advance".
  if (inAdvanceAt(words, at) && /^\s*$/.test(prose.slice(words[at - 1].end, words[at].start))) return true;
  if (!GAP_WORDS.has(word) || !/^\s*$/.test(prose.slice(words[at - 1].end, words[at].start))) return false;
  if (word !== 'earlier' && word !== 'later') return true;
  // "a day later, on Saturday" is a gap; "three hours later that day" says when.
  if (!/^\s*$/.test(prose.slice(words[at].end, words[at + 1]?.start ?? words[at].end))) return true;
  const next = words[at + 1]?.norm ?? '';
  const whenWord = next === 'on' ? words[at + 2]?.norm ?? '' : next;
  return !(isCalendarName(whenWord) || next === 'that' || next === 'this' || next === 'today' || next === 'yesterday');
}

/**
 * The article gives the fact's quantity as a time between events ("four months ago", "an hour before the talks"):
 * what the time is counted from, as `gapAnchor` reads it; undefined when it does not.
 */
const givenAsGap = oncePer((fact: Fact): GapAnchor | undefined => {
  const unit = fact.quantity && singular(fact.quantity.unit);
  const { text } = fact.evidence;
  const evidence = words(text);
  const at = evidence.findIndex((word, i) => singular(word.norm) === unit && GAP_WORDS.has(evidence[i + 1]?.norm ?? ''));
  return at < 0 ? undefined : gapAnchor(text, evidence, at + 1);
});

type GapAnchor = 'event' | 'telling';

/** What the gap word at `at` counts from: an event it names ("after the summit", "before it"), or the telling ("ago", "later"). */
function gapAnchor(prose: string, words: readonly Word[], at: number): GapAnchor {
  // "two hours beforehand": before the event just told of, as "before the talks" is.
  // ("an hour in advance": so is "in advance".)
  if (EVENT_GAP_ADVERBS.has(words[at].norm) || inAdvanceAt(words, at)) return 'event';
  return (words[at].norm === 'after' || words[at].norm === 'before') && phraseGoesOn(prose, words, at) ? 'event' : 'telling';
}

const EVENT_GAP_ADVERBS = new Set(['beforehand', 'afterwards', 'afterward', 'ahead']);

/** "in advance" opens at word `at`. */
function inAdvanceAt(words: readonly Word[], at: number): boolean {
  return words[at]?.norm === 'in' && words[at + 1]?.norm === 'advance';
}

/**
 * "in (nearly) five years", "five years since", "had not visited for five years": how a draft may write the time
 * since an event last happened. "For" alone is a duration ("waiting for four months"), not the time since.
 */
function writtenAsSince(prose: string, words: readonly Word[], expression: NumberExpression, unit: UnitWord): boolean {
  const before = wordBefore(words, expression);
  // ("the first secretary of state making the trip since three years", as some writers of English put "in".)
  if (before === 'in' || (before === 'since' && !GAP_WORDS.has(words[unit.index + 1]?.norm ?? '')) || words[unit.index + 1]?.norm === 'since') return true;
  const at = firstStartingAt(words, expression.start);
  // "after a six-year gap", "a gap of six years": the time since it last happened.
  if (words[unit.index + 1]?.norm === 'gap' || (before === 'of' && words[at - 2]?.norm === 'gap')) return true;
  // "no secretary of state had set foot in China for five years", "the first visit for five years" (as British writers
  // put "in five years").
  if (before === 'for' && words.slice(Math.max(0, at - NEGATION_REACH), at).some((word) => NEGATIONS.has(word.norm) || word.norm.endsWith("n't") || word.norm === 'first')) return true;
  // "The gap since a secretary of state last visited was four years", "Four years — the gap since one last made the
  // trip": a clause of "since" and "last" beside the length, in its sentence.
  return sinceLastNear(prose, words, at, unit.index);
}

/** Within SINCE_LAST_REACH words either side of the length, in its sentence, "since" and then "last" a few words on. */
function sinceLastNear(prose: string, words: readonly Word[], first: number, last: number): boolean {
  const inSentence = (from: number, to: number) => !/[.!?;]\s/.test(prose.slice(words[from].end, words[to].start));
  for (let k = Math.max(0, first - SINCE_LAST_REACH); k <= Math.min(words.length - 1, last + SINCE_LAST_REACH); k++) {
    if (words[k].norm !== 'since' || !inSentence(Math.min(k, first), Math.max(k, last))) continue;
    if (words.slice(k + 1, k + 1 + SINCE_LAST_REACH).some((word, j) => word.norm === 'last' && inSentence(k, k + 1 + j))) return true;
  }
  return false;
}

const SINCE_LAST_REACH = 10;

/** Whom and what the phrase after "since" right after the unit names, up to a punctuation mark ("since the Blinken visit"). */
function namedAfterSince(analysis: DocumentAnalysis, unit: UnitWord): Entity[] {
  const { words, doc } = analysis;
  const since = words[unit.index + 1];
  if (since?.norm !== 'since') return [];
  const stop = doc.prose.slice(since.end).search(/[,.;:!?()—–]/);
  return spansWithin(analysis.mentions, { start: since.end, end: stop < 0 ? doc.prose.length : since.end + stop }).map((mention) => mention.entity);
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nobody', 'none']);
/** How far before "for" a negation (or "first") may stand: "no secretary of state had set foot in China for five years". */
const NEGATION_REACH = 10;

function wordBefore(words: readonly Word[], expression: NumberExpression): string | undefined {
  return words[firstStartingAt(words, expression.start) - 1]?.norm;
}

/**
 * The article gives the fact's quantity as the time since an event last happened: "in (nearly) five years" ("for"
 * there is as often a duration: "they sat down for about four hours").
 */
const givenAsSince = oncePer((fact: Fact) => {
  if (!fact.quantity) return false;
  const { text } = fact.evidence;
  const evidence = words(text);
  const units = new Set([unitOf(fact.quantity)]);
  return findNumberExpressions(text, evidence, []).some((expression) => {
    return wordBefore(evidence, expression) === 'in' && unitAfter(text, evidence, expression, units) !== undefined;
  });
});

/** The article gives the fact's quantity as an age: "an 18-month-old partnership", "five years old". */
const givenAsAge = oncePer((fact: Fact) => fact.quantity !== undefined && /\b(?:\p{L}+|\d+)[- ](?:\p{L}+[- ])?old\b/iu.test(fact.evidence.text));

/** A verb of founding among words `from` to `to`: what the length is the age of. */
function foundedNear(words: readonly Word[], from: number, to: number): boolean {
  return words.slice(Math.max(0, from), Math.max(0, to)).some((word) => FOUNDING_VERBS.has(word.norm));
}

const FOUNDING_VERBS = new Set(['formed', 'founded', 'created', 'established', 'launched', 'signed', 'born', 'inaugurated']);
/** How many words from the length a verb of founding may stand. */
const FOUNDED_REACH = 8;

/** How many of the fact's units one of the draft's `unit` makes, if they are the same or convertible. */
function scaleTo(unit: UnitWord, fact: Fact): number | undefined {
  return fact.quantity ? scaleBetween(singular(unit.word.norm), unitOf(fact.quantity)) : undefined;
}

/**
 * The event's noun a gap comes right after, its people's names between or not ("the Bali summit between Joe Biden
 * and Xi Jinping seven months earlier").
 */
function eventNounBefore(prose: string, words: readonly Word[], expression: NumberExpression): Word | undefined {
  const first = firstStartingAt(words, expression.start);
  for (let k = first - 1; k >= 0 && first - k <= MAX_WORDS_AFTER_EVENT_NOUN; k--) {
    if (!/^[ \t]+$/.test(prose.slice(words[k].end, words[k + 1].start))) return undefined;
    if (EVENT_NOUNS.has(singular(words[k].norm))) return words[k];
    if (!NAME_JOINERS.has(words[k].norm) && !/^\p{Lu}/u.test(prose.slice(words[k].start, words[k].end))) return undefined;
  }
  return undefined;
}

/** Words of the names that may stand between an event's noun and its time: "between Joe Biden and Xi Jinping". */
const NAME_JOINERS = new Set(['between', 'and', 'with', 'of', 'in']);
const MAX_WORDS_AFTER_EVENT_NOUN = 8;

/**
 * Nouns naming an event of their own, whose time a gap right after them tells ("the summit seven months earlier"),
 * unless they are the fact's own event word. (Not "visit" or "trip": "Blinken's visit four months earlier" tells of
 * the visit that was due.)
 */
const EVENT_NOUNS = new Set(['summit', 'election', 'crisis', 'incident', 'conference', 'speech', 'war', 'invasion', 'attack']);

/** Words after "a year" that make it a stretch of time named ("a year of tension"), not a quantity claimed. */
const PERIOD_AFTER = new Set(['of', 'when', 'which', 'that']);

/**
 * "after a year in which the Strait was never quiet", "a year of tension": "a" and a unit name a stretch of time,
 * and count nothing; the word after the unit that says so, if any.
 */
function namesAPeriod(words: readonly Word[], expression: NumberExpression, unit: UnitWord): string | undefined {
  const article = words[firstStartingAt(words, expression.number.start)]?.norm;
  if ((article !== 'a' && article !== 'an') || expression.qualifier) return undefined;
  const [next, after] = [words[unit.index + 1]?.norm, words[unit.index + 2]?.norm];
  return (next !== undefined && PERIOD_AFTER.has(next)) || (next === 'in' && after === 'which') ? next : undefined;
}

/**
 * "Four days in June: how the visit unfolded", "Ten days in 2023 that …": a sentence or heading opening with so many
 * units in a month or a year names a stretch of the calendar, not how long an event of it lasted.
 */
function headsAStretchOfCalendar(analysis: DocumentAnalysis, expression: NumberExpression, unit: UnitWord): string | undefined {
  const { words } = analysis;
  if (countsWeekdaysNamed(analysis, expression, unit)) return 'span';
  const [next, after] = [words[unit.index + 1], words[unit.index + 2]];
  if (next?.norm !== 'in' || !after || !(monthNumber(after.norm) > 0 || /^(?:19|20)\d\d$/u.test(after.norm))) return undefined;
  const sentence = spanAt(analysis.doc.sentences, expression.start);
  return sentence && words[firstStartingAt(words, sentence.start)]?.start === expression.start ? 'in' : undefined;
}

/**
 * "Friday to Monday: four days that framed the visit": a count of days right after a label naming their first and
 * last weekdays ("Friday to Monday:", "Friday through Monday —") is that stretch's length.
 */
function countsWeekdaysNamed(analysis: DocumentAnalysis, expression: NumberExpression, unit: UnitWord): boolean {
  if (singular(unit.word.norm) !== 'day') return false;
  const range = WEEKDAY_RANGE_LABEL.exec(analysis.doc.prose.slice(Math.max(0, expression.start - LONGEST_RANGE_LABEL), expression.start));
  if (!range) return false;
  const weekday = (name: string) => WEEKDAY_NAMES.findIndex((day) => day.toLowerCase() === name.toLowerCase());
  return ((weekday(range[2]) - weekday(range[1]) + 7) % 7) + 1 === expression.value;
}

const WEEKDAY_RANGE_LABEL = new RegExp(String.raw`\b(${WEEKDAY_NAMES.join('|')})\s*(?:to|through|until|till|[–-])\s*(${WEEKDAY_NAMES.join('|')})\s*[:—–]\s*$`, 'i');
const LONGEST_RANGE_LABEL = 40;

/** Words by which a quantity is another's measure: "half the six-hour session", "twice the three hours". */
const MULTIPLIERS = new Set(['half', 'twice', 'double', 'triple', 'thrice', 'quarter', 'third', 'times']);

/** Words between a multiplier and the quantity it measures: "half the length of the six-hour session". */
const MEASURE_WORDS = new Set(['the', 'of', 'a', 'length', 'size', 'duration', 'amount', 'number', 'time']);

/** "half the six-hour session", "a third of the …": the number is the thing compared with, said in passing. */
function comparedTo(words: readonly Word[], expression: NumberExpression): boolean {
  let i = firstStartingAt(words, expression.start) - 1;
  while (i >= 0 && MEASURE_WORDS.has(words[i].norm)) i--;
  return i >= 0 && MULTIPLIERS.has(words[i].norm);
}

/**
 * "a combined nine hours with Qin and Wang", "Qin and Wang between them spent nine hours with him", "Put the two
 * sessions together and …": a total, in a sentence naming both sides of two facts or more counted in its unit, or
 * counting the events it totals, is their sum, not either's.
 */
function totalsSeveral(analysis: DocumentAnalysis, reference: ReferenceIndex, span: Span, counted: (fact: Fact) => boolean): boolean {
  const sentence = spanAt(analysis.doc.sentences, span.start);
  if (!sentence) return false;
  const sentenceWords = spansWithin(analysis.words, sentence);
  if (!sentenceWords.some((word, i) => TOTAL_WORDS.has(word.norm) || TOTAL_PAIRS.has(`${word.norm} ${sentenceWords[i + 1]?.norm}`))) return false;
  if (SEVERAL_EVENTS.test(analysis.doc.prose.slice(sentence.start, sentence.end))) return true;
  const ids = (mentions: readonly Mention[]) => new Set(mentions.flatMap((mention) => mention.guessedAmong ?? [mention.entity.id]));
  const named = ids(spansWithin(analysis.mentions, sentence));
  const told = reference.facts.filter((fact) => counted(fact) && fact.participants.length >= 2 && fact.participants.every((id) => named.has(id)));
  if (told.length < 2) return false;
  // "All told, he spent nearly six hours with Qin and about four with Wang": a value given with one fact's own side
  // (not one every fact has, "with Blinken") is that fact's.
  const withWhom = WITH_SOMEONE.exec(analysis.doc.prose.slice(span.end, sentence.end));
  if (!withWhom) return true;
  const phraseStart = span.end + withWhom[0].length;
  const phraseEnd = analysis.doc.prose.slice(phraseStart, sentence.end).search(/[,;]|(?<!\s)\s+and\s+\p{Ll}/u);
  const given = ids(spansWithin(analysis.mentions, { start: phraseStart, end: phraseEnd < 0 ? sentence.end : phraseStart + phraseEnd }));
  const own = (fact: Fact) => fact.participants.filter((id) => !told.every((other) => other.participants.includes(id)));
  return told.filter((fact) => own(fact).some((id) => given.has(id))).length !== 1;
}

const WITH_SOMEONE = /^\s+(?:[\p{Ll}-]+\s+){0,2}with\s+(?:[\p{Ll}-]+\s+){0,2}(?=\p{Lu})/u;

/** "Put the two sessions together", "nine hours with his two main interlocutors": the sentence counts the events it totals. */
const SEVERAL_EVENTS = /\b(?:two|both|three|four)\s+(?:[\p{L}-]+\s+)?(?:sessions|meetings|rounds|sittings|encounters|talks|interlocutors|counterparts)\b/iu;
const TOTAL_WORDS = new Set(['combined', 'total', 'totalling', 'totaling', 'altogether', 'cumulative', 'overall', 'together']);
const TOTAL_PAIRS = new Set(['in all', 'all told', 'between them', 'all together']);

/** Determiners after "than" that open a noun phrase: the thing compared with, not a number claimed. */
const COMPARED_OPENERS = new Set(['the', 'a', 'an', 'any', 'most', 'those', 'that', 'his', 'her', 'their', 'its']);

/**
 * "lasted nearly six hours, longer than the roughly four and a half hours the fastest trains need", "ran longer
 * than a transatlantic flight, which takes about seven hours": a quantity after a comparative, "than" and a noun
 * phrase, in the same sentence, measures the thing compared with ("lasted longer than six hours" is a claim).
 */
function inComparedPhrase(prose: string, words: readonly Word[], expression: NumberExpression): boolean {
  for (let i = firstStartingAt(words, expression.start) - 1; i >= 1; i--) {
    if (/[.!?;:]/.test(prose.slice(words[i].end, words[i + 1].start))) return false;
    if (words[i].norm === 'than') return COMPARATIVES.has(words[i - 1].norm) && COMPARED_OPENERS.has(words[i + 1]?.norm ?? '') && words[i + 1].start < expression.start;
  }
  return false;
}

/** "a day-by-day log", "year-on-year", "day-to-day": a unit repeated is a manner, not a quantity. */
const REPEATED_UNIT = /^-(?:by|to|on|over|after|for)-\p{L}/u;
/** Words after a length that make it a stretch of time about an event: "four days around the trip". */
const AROUND_WORDS = new Set(['around', 'surrounding', 'spanning', 'bracketing']);

/** The word at `at` is followed by another with only spaces between. */
function phraseGoesOn(prose: string, words: readonly Word[], at: number): boolean {
  return words[at + 1] !== undefined && /^\s+$/.test(prose.slice(words[at].end, words[at + 1].start));
}

/** Comparatives after a quantity that make it a difference between two: "a day longer than the visit". */
const COMPARATIVES = new Set(['longer', 'shorter', 'more', 'less', 'fewer', 'sooner', 'later', 'earlier', 'older', 'younger', 'ahead', 'behind']);

/** "a day longer than Blinken's visit", "two hours more than planned": the quantity is a difference, not a claim. */
function isDifference(prose: string, words: readonly Word[], unit: UnitWord): boolean {
  return COMPARATIVES.has(words[unit.index + 1]?.norm ?? '') && words[unit.index + 2]?.norm === 'than' && phraseGoesOn(prose, words, unit.index);
}

/** "an hour and a half", "five hours and 30 minutes": the rest after the unit is not read, so nothing is compared. */
function continuesAfterUnit(prose: string, words: readonly Word[], unit: UnitWord): boolean {
  const [and, next, after] = [words[unit.index + 1], words[unit.index + 2], words[unit.index + 3]];
  // Not a clause joined after a comma: "in seven years, and a snub would have hurt".
  if (and?.norm !== 'and' || next === undefined || !/^\s+$/.test(prose.slice(unit.word.end, and.start))) return false;
  return next.norm === 'a' ? after !== undefined && (FRACTIONS.has(after.norm) || isTimeUnit(singular(after.norm))) : startsWithNumeral(next.norm) || isNumberWord(next.norm);
}

const FRACTIONS = new Set(['half', 'quarter', 'third']);

/** "30 minutes" in "five hours and 30 minutes": the rest of a quantity, not one of its own. */
function endsACompound(words: readonly Word[], expression: NumberExpression): boolean {
  const at = firstStartingAt(words, expression.start);
  return words[at - 1]?.norm === 'and' && isTimeUnit(singular(words[at - 2]?.norm ?? ''));
}

function scaled(expression: NumberExpression, scale: number): NumberExpression {
  return { ...expression, value: expression.value * scale, ...(expression.max !== undefined ? { max: expression.max * scale } : {}) };
}

/** The reference's quantity in the draft's unit when that is a whole number ("two years" for 24 months). */
function inDraftUnit(quantity: FactQuantity, scale: number): FactQuantity & { unitChanged?: boolean } {
  const value = quantity.value / scale;
  return Number.isInteger(Math.round(value * 1e6) / 1e6) ? { ...quantity, value: Math.round(value) } : { ...quantity, unitChanged: true };
}

const BOUNDS = new Set<QualifierKind>(['at least', 'more than', 'at most', 'less than', 'plus']);

/**
 * The same number agrees whatever the qualifiers ("about six" for "nearly six"); a different number agrees only
 * as a bound the reference's value satisfies ("more than five hours" for "nearly six"), not as another
 * estimate ("about five") or the same kind of bound ("at least four" for "at least five").
 */
function agrees(expression: NumberExpression, quantity: FactQuantity, slack = 0): boolean {
  const max = expression.max ?? expression.value;
  if (expression.value - slack <= quantity.value && quantity.value <= max + slack) return true;
  const [referenceLow, referenceHigh] = claimedInterval(quantity.value, quantity.qualifier && QUALIFIER_KINDS[quantity.qualifier]);
  // "five and a half hours" for "nearly six": a finer figure inside the reference's range.
  if (Math.abs(expression.value - quantity.value) < 1 && referenceLow <= expression.value && expression.value <= referenceHigh) return true;
  const kind = expression.qualifier?.kind;
  if (!kind || !BOUNDS.has(kind) || (quantity.qualifier && QUALIFIER_KINDS[quantity.qualifier] === kind)) return false;
  const [low, high] = claimedInterval(expression.value, expression.qualifier?.kind, max);
  return low <= referenceHigh && referenceLow <= high;
}

/**
 * The reference's qualifier, in the draft's word when the draft used one of the same kind ("almost" for
 * "nearly"; not one setting the figure against another); with no qualifier in the reference, the draft's "about",
 * "roughly", "only" or "just" stays, a bound goes.
 */
function qualifierText(expression: NumberExpression, quantity: FactQuantity): string | undefined {
  const drafted = expression.qualifier && !COMPARING_QUALIFIERS.has(expression.qualifier.text.toLowerCase()) ? expression.qualifier : undefined;
  if (quantity.qualifier && quantity.qualifier !== 'exactly') {
    return drafted?.kind === QUALIFIER_KINDS[quantity.qualifier] ? drafted.text : quantity.qualifier;
  }
  return drafted?.kind === 'approximate' || drafted?.kind === 'exact' ? drafted.text : undefined;
}

/** Qualifiers setting a figure against another ("closer to five hours", "more like five"): the fix writes the reference's own. */
const COMPARING_QUALIFIERS = new Set(['closer to', 'nearer to', 'more like']);

/** Words saying a number is approximate, between it and its unit ("the approximate number of hours"). */
const HEDGE_BETWEEN = /\b(?:approximate|approximately|rough|roughly|estimated)\b/i;
/** The same right after the unit: "hours, roughly", "hours or so". */
const HEDGE_AFTER = /^[\s,]*(?:approximately|roughly|or\s+so|give\s+or\s+take)\b/i;
const HEDGE_REACH = 24;

/**
 * The fix, and its text as a title shows it. The words between the number and its unit are the draft's own, markup
 * included ("**24** months" → "**18** months"); the prose has blanks there.
 */
function correction(doc: { prose: string; text: string }, words: readonly Word[], expression: NumberExpression, unit: UnitWord, quantity: FactQuantity & { unitChanged?: boolean }): { edit: TextEdit; shown: string } {
  const { prose } = doc;
  // "an hour", not "one hour"; but "one-hour" and "1 hour".
  const withArticle = quantity.value === 1 && expression.form === 'words' && !unit.hyphenated;
  // ("two hrs" → "an hour": an abbreviation after an article is written out.)
  const unitName = quantity.unitChanged || (withArticle && unitAbbreviated(unit.word.norm)) ? quantity.unit : undefined;
  const number = withArticle ? indefiniteArticle(unitName ?? unit.word.norm) : formatNumber(quantity.value, expression.form, spelledOutLarge(prose, expression));
  // A reference value with no whole number in the draft's unit is written in the reference's unit.
  // "an hour's notice" → "three hours' notice": the possessive mark follows the number.
  const apostrophe = possessiveMark(prose, unit.word);
  const unitText = unitName ?? prose.slice(unit.word.start, unit.word.end).replace(/['’]s$/u, '');
  const counted = unit.hyphenated ? unitText : quantity.value === 1 ? singularOf(unitText) : pluralOf(unitText);
  const unitWord = apostrophe ? counted + (quantity.value === 1 ? `${apostrophe}s` : apostrophe) : counted;
  const end = apostrophe && !/['’]s$/u.test(prose.slice(unit.word.start, unit.word.end)) ? unit.word.end + 1 : unit.word.end;
  // Up to the number: what the fix writes before the draft's own words between the number and its unit. A compound
  // takes no qualifier the draft did not write ("a three-hour session", not "an about three-hour session"), but an
  // adverb that reads well there ("a nearly six-hour session").
  // Nor "some" before an article ("some three hours" → "an hour", not "some an hour").
  // Nor one where the draft hedges in other words: "**8** – the approximate number of hours", "**3** — hours, roughly".
  const hedged = !expression.qualifier && (HEDGE_BETWEEN.test(prose.slice(expression.number.end, unit.word.start)) || HEDGE_AFTER.test(prose.slice(unit.word.end, unit.word.end + HEDGE_REACH)));
  const referenceQualifier = hedged ? undefined : qualifierText(expression, quantity);
  const kept = unit.hyphenated && !expression.qualifier && !COMPOUND_QUALIFIERS.has(referenceQualifier?.toLowerCase() ?? '') ? undefined : referenceQualifier;
  const qualifier = kept?.toLowerCase() === 'some' && (number === 'a' || number === 'an') ? undefined : kept;
  let newText = [qualifier, number].filter(Boolean).join(' ');
  let start = expression.start;
  // "an 18-month-old pact" → "a 12-month-old pact": the article before the number follows it.
  // Only the word right before the number can be separated from it by nothing but spaces.
  const before = words[firstStartingAt(words, start) - 1];
  const article = before && before.end <= start && /^\s+$/.test(prose.slice(before.end, start)) && (before.norm === 'a' || before.norm === 'an') ? before : undefined;
  if (article) {
    const wanted = indefiniteArticle(newText);
    if (article.norm !== wanted) {
      newText = `${matchCase(prose.slice(article.start, article.end), wanted)} ${newText}`;
      start = article.start;
    }
  }
  // A capital the draft's word has as a word, not in capitals for emphasis ("talked for EIGHT hours") mid-sentence.
  const emphasis = /^\p{Lu}{2,}(?!\p{Ll})/u.test(prose.slice(start)) && !opensSentence(prose, start);
  if (isCapitalized(prose[start]) && !isCapitalized(newText) && !emphasis) newText = newText[0].toUpperCase() + newText.slice(1);
  const written = (source: string, marks = '') => newText.slice(0, newText.length - number.length) + marks + newText.slice(newText.length - number.length) + source.slice(expression.number.end, unit.word.start) + unitWord;
  return { edit: { start, end, newText: written(doc.text, emphasisBeforeNumber(doc, expression)) }, shown: asShown(written(prose)) };
}

/** Qualifiers that may stand before a hyphenated compound: "a nearly six-hour session", "an almost 20-hour flight". */
const COMPOUND_QUALIFIERS = new Set(['nearly', 'almost', 'roughly', 'approximately', 'barely']);

/**
 * "about **two hours**" → "about **four hours**": the emphasis marks the draft opens between its qualifier and its
 * number, which the fix writes over (struck-out words there are not kept: "about ~~three~~ five hours").
 */
function emphasisBeforeNumber(doc: { prose: string; text: string }, expression: NumberExpression): string {
  let marks = '';
  for (let i = expression.start; i < expression.number.start; i++) if (doc.prose[i] === ' ' && (doc.text[i] === '*' || doc.text[i] === '_')) marks += doc.text[i];
  return marks;
}

/** "an" before a vowel sound ("an hour", "an 18-month-old", "an eight-hour"), "a" otherwise. */
function indefiniteArticle(nextText: string): 'a' | 'an' {
  return /^(?:[aeio]|hour|honou?r|heir|8|11(?!\d)|18(?!\d)|8\d(?!\d))/i.test(nextText) ? 'an' : 'a';
}

function describeQuantity(quantity: FactQuantity): string {
  const qualifier = quantity.qualifier && quantity.qualifier !== 'exactly' ? `${quantity.qualifier} ` : '';
  const number = quantity.value < 10 ? numberInWords(quantity.value) : String(quantity.value);
  return `${qualifier}${number} ${quantity.value === 1 ? quantity.unit : pluralOf(quantity.unit)}`;
}
