// date-mismatch: a weekday, day, month or year that contradicts the reference's date for the event the sentence
// is about ("Blinken met Xi on Tuesday" when the reference has Monday). The fix writes the reference's date in
// the draft's own format.
import { describeDate, isLaterOccasion, fieldsOfIsoDate, PIECE_NOUNS, PUBLISHING_WORDS, readDates, rewriteDate, type CalendarFields, type DateExpression } from '../analysis/dates';
import { CAUSE_OPENERS, causesInTimeClause, chooseFact, ENDS_SENTENCE, factMatcher, factValueKey, opensEventWord, statedRightlyBeside, type Candidate, type FactChoice, type FactMatcher } from '../analysis/factMatch';
import { insideQuotation } from '../analysis/quotedText';
import { daysBetween, readDaysAfterToldEvents, readDaysFromEvents, readRelativeDates, relativeDayPhrase, shiftedBy, type RelativeDate } from '../analysis/relativeDates';
import { datelinePhrase, isDatelineDate, readDatelineDates, type DatelineDate } from '../analysis/datelineDates';
import type { ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import { oncePer } from '../text/memo';
import { contentStems } from '../analysis/outletStatements';
import { stem } from '../analysis/sentenceFrames';
import type { DocumentAnalysis } from '../analysis/analyze';
import { firstStartingAt, lastStartingAtOrBefore, spanAt, spansWithin } from '../text/spans';
import { isCapitalizedWord, words } from '../text/words';
import type { Check } from './check';
import { factEvidence } from './factEvidence';
import { asShown } from '../analysis/document';
import { DEFAULT_SEVERITY, type Finding, type Span } from './finding';

const FIELDS: (keyof CalendarFields)[] = ['year', 'month', 'day', 'weekday'];
/** "the first such meeting since 2018", "until Monday": the date is a point of reference, not the event's date. */
const REFERENCE_POINT_WORDS = new Set(['since', 'until', 'till', 'before', 'after', 'by', 'following', 'from']);
/** Words that may stand between such a preposition and the date ("since early 2018", "until the Monday"). */
const DATE_LEAD_INS = new Set(['the', 'early', 'late', 'mid', 'last', 'this', 'next']);
/** Longest range read day by day ("June 1–30"); longer ones are too vague to contradict anything. */
const MAX_RANGE_DAYS = 62;

export const dateMismatch: Check = ({ analysis, reference, confirm }) => {
  const matcher = factMatcher(analysis, reference);
  const findings: Finding[] = [];
  const expressions = [...readDates(analysis), ...readRelativeDates(analysis), ...daysFromEvents(analysis, matcher), ...daysAfterToldEvents(analysis, matcher), ...readDatelineDates(analysis)]
    .map((expression) => (onAnotherClock(analysis.doc.prose, expression) ? withDayEitherSide(expression) : expression))
    .sort((a, b) => a.start - b.start);
  /** The facts `expression` may date. */
  const fitsFor = (expression: DateExpression) => {
    let told: Set<string> | undefined;
    const retold = (fact: Fact) => retellsYear(fact, () => (told ??= sentenceStems(analysis, expression)));
    // "two days before Blinken met Xi, his boss spoke": the event counted from is not the one the day dates.
    const countedFrom = isRelative(expression) ? (expression.fromEvent?.events ?? expression.afterTold) : undefined;
    return (fact: Fact) =>
      fact.date !== undefined &&
      !countedFrom?.includes(fact.id) &&
      comparable(expression, fieldsOf(fact)) &&
      (!anotherOccurrence(expression, fieldsOf(fact)) || (fact.participants.length > 0 && (retold(fact) || causeTold(analysis, reference, expression, expressions, fact)))) &&
      !afterTheArticle(analysis.doc.prose, expression, fact, reference);
  };
  const choiceFor = oncePer((expression: DateExpression) => {
    if (insideQuotation(analysis, expression.start) || isReferencePoint(analysis, reference, expression) || isOwnDateline(analysis, expression)) return undefined;
    const fits = fitsFor(expression);
    const agreesWith = (fact: Fact) => agrees(expression, fieldsOf(fact));
    // "Monday's handshake": a day's possessive dates what it is said of; a fact is meant only when that is its event.
    const possessed = possessedBy(analysis, expression);
    // "Blinken's arrival on Sunday": the date of someone's event dates no fact they have no part in.
    const owner = ownerOfDatedEvent(analysis, expression);
    const found = matcher
      .candidates(expression, fits)
      .filter((candidate) => (!possessed || candidate.hits.some((hit) => hit.start >= possessed.start && hit.start < possessed.end)) && (!owner || candidate.fact.participants.includes(owner)));
    // "The Xi meeting followed a marathon session on Sunday, when Blinken met … Qin Gang": a clause opened by "when"
    // right after the date tells what happened then, before the event the main clause tells of.
    const when = toldByWhenClause(analysis.doc.prose, expression) ? whenClauseAfter(analysis, expression) : undefined;
    // (Its people named there: not "The meeting was on Wednesday, when the visit began".)
    const within = (span: Span) => when !== undefined && span.start >= when.start && span.end <= when.end;
    const inWhen = (candidate: Candidate) => candidate.hits.some((hit) => !hit.unit && within(hit)) && candidate.refs.some(within);
    const toldThen = when ? matcher.candidates({ start: when.start, end: when.start }, fits).filter(inWhen) : [];
    const candidates = toldThen.length > 0 ? toldThen : found;
    if ((possessed || owner) && candidates.length === 0) return undefined;
    if (candidates.length === 0) return restatedChoice(expression) ?? chooseFact(matcher.labelledCandidates(expression, fits, expressions), expression, agreesWith, factValueKey, false);
    const choice = chooseFact(candidates, expression, agreesWith, factValueKey, false);
    return choice && !choice.agrees && matcher.datesAnotherEvent(expression, choice.candidate.fact, fits, agreesWith) ? undefined : choice;
  });
  /** The date of what the sentence before told of, given by a sentence of the same paragraph that says nothing else: "It was on Friday." */
  const restatedChoice = (expression: DateExpression): FactChoice | undefined => {
    const sentence = matcher.sentenceOf(expression);
    if (sentence < 1 || !onlyGivesDate(analysis, expression)) return undefined;
    // ("Correction (June 21): … said the meeting was on Sunday. It was on Tuesday.": a point of reference dates nothing told.)
    const before = expressions.filter((other) => matcher.sentenceOf(other) === sentence - 1 && matcher.inOneBlock(other, expression) && !isReferencePoint(analysis, reference, other));
    if (before.length === 0) return undatedBefore(expression, sentence - 1);
    const told = before.map((other) => choiceFor(other)?.candidate.fact).filter((fact) => fact !== undefined);
    if (told.length !== 1 || told.length !== before.length) return undefined;
    const [fact] = told;
    const candidate = choiceFor(before[0])!.candidate;
    return comparable(expression, fieldsOf(fact)) ? { candidate, agrees: agrees(expression, fieldsOf(fact)) } : undefined;
  };
  /** "Pompeo made a brief stop in Beijing. That was in 2017.": the one event the sentence before, undated, told of. */
  const undatedBefore = (expression: DateExpression, sentence: number): FactChoice | undefined => {
    if (!matcher.inOneBlock(analysis.doc.sentences[sentence], expression)) return undefined;
    // Everyone it names takes part: "Duarte met Ferreira and then Lindqvist." tells of two events.
    const people = [...matcher.peopleIn(sentence)];
    const told = matcher.toldIn(sentence, fitsFor(expression)).filter((candidate) => people.every((id) => candidate.fact.participants.includes(id)));
    return new Set(told.map((candidate) => factValueKey(candidate.fact))).size === 1 ? chooseFact(told, expression, (fact) => agrees(expression, fieldsOf(fact)), factValueKey, false) : undefined;
  };
  for (const expression of expressions) {
    const choice = choiceFor(expression);
    if (!choice) continue;
    if (choice.agrees) {
      confirm(expression);
      continue;
    }
    // "On Friday Duarte met Lindqvist, and Ferreira the next day": a wrong date is the one error, not the days counted from it.
    // (A day counted from an event told before counts from the reference's own date, which the draft did not write.)
    if (isRelative(expression) && !expression.afterTold && choiceFor(expression.anchor)?.agrees === false) continue;
    // "On Sunday, the day before, …": a day set beside the date it would count from is counted from another.
    if (isRelative(expression) && apposedSpans(analysis.doc.prose, expression.anchor, expression)) continue;
    // "The summit opened on Monday. ¶ Two days later …": a date the reference does not confirm, in the paragraph before,
    // may be the writer's context rather than the day counted from.
    if (isRelative(expression) && expression.fromParagraphBefore && choiceFor(expression.anchor)?.agrees !== true) continue;
    const fact = choice.candidate.fact;
    const target = fieldsOf(fact);
    // "On Saturday the 18th, … The next day": counted from a date whose weekday and day of the month are two days,
    // a day that either makes right is not the error (the date counted from is, if anything).
    if (isRelative(expression) && rightFromEitherPart(expression.anchor.stated, expression.offset, target)) continue;
    // "in October of last year": the rest of the same date, or a date in another sentence ("Biden said on Sunday …
    // It was June."), leaving out what this one gets wrong sets nothing right.
    const wrong = FIELDS.filter((field) => expression.stated[field] !== undefined && target[field] !== undefined && expression.stated[field] !== target[field]);
    const covers = (other: DateExpression) => wrong.every((field) => other.stated[field] !== undefined);
    const apart = (other: DateExpression) => sameDate(analysis.doc.prose, expression, other) || matcher.sentenceOf(other) !== matcher.sentenceOf(expression);
    const choiceSettingRight = (other: DateExpression) => (apart(other) && !covers(other) ? undefined : choiceFor(other));
    // ("A day later, on Sunday": a date set beside another as the same day contradicts it, whichever is right.)
    // (Nor does a day counted from this one: "on Saturday; the next day …" comes to Sunday only because of it.)
    const besides = expressions.filter((other) => !apposedSpans(analysis.doc.prose, other, expression) && !(isRelative(other) && other.anchor.start === expression.start));
    if (statedRightlyBeside(matcher, expression, choice, besides, choiceSettingRight, (other, fact) => covers(other) && comparable(other, fieldsOf(fact)) && agrees(other, fieldsOf(fact)))) continue;
    // "the day after the Qin talks": "after" is rewritten with the count.
    const end = isRelative(expression) && expression.fromEvent ? expression.fromEvent.through : expression.end;
    const drafted = asShown(analysis.doc.prose.slice(expression.start, end));
    const relative = isRelative(expression) || isDatelineDate(expression);
    // Written over the draft's own text: markup between a date's parts stays ("**Tuesday** 20 June").
    const fixed = isRelative(expression)
      ? relativeFix(analysis.doc.prose, expression, target)
      : isDatelineDate(expression)
        ? datelineFix(analysis.doc.prose, expression, analysis.dateline!, target)
        : rewriteDate(analysis.doc.text, expression, target);
    // "two days later", "yesterday" are told with the day they come to: "(Tuesday)".
    const counted = relative ? ` (${describeDate(expression.stated)})` : '';
    const edit = relative || !fixed ? { start: expression.start, newText: fixed } : withoutSameDay(analysis.doc.prose, expression, fixed);
    const finding: Finding = {
      code: 'date-mismatch',
      severity: DEFAULT_SEVERITY['date-mismatch'],
      start: expression.start,
      end,
      message: `Date: the reference has ${describeDate(target)}, not “${drafted}”${counted}, for: ${fact.description}.`,
      fixes: edit.newText ? [{ title: `Change to “${relative ? edit.newText : edit.start !== expression.start ? asShown(edit.newText) : asShown(rewriteDate(analysis.doc.prose, expression, target) ?? edit.newText)}”`, edits: [{ start: edit.start, end, newText: edit.newText }], preferred: true }] : [],
      evidence: factEvidence(reference, fact),
      refId: fact.id,
    };
    const before = findings.at(-1);
    const joined = before && apposed(analysis.doc.prose, before, finding) ? joinedFinding(analysis.doc.prose, before, finding, `the reference has ${describeDate(target)}`, fact) : undefined;
    if (joined) findings[findings.length - 1] = joined;
    else findings.push(finding);
  }
  return findings;
};

/**
 * "A day earlier, on Thursday, Biden said …": two wrong dates of one event set side by side, each telling the other's
 * day, are one error, fixed together ("A day later, on Saturday"); fixed one at a time, each fix would leave the
 * other contradicting it.
 */
function apposed(prose: string, first: Finding, second: Finding): boolean {
  return first.refId === second.refId && first.fixes.length === 1 && second.fixes.length === 1 && apposedSpans(prose, first, second);
}

/** Two dates set side by side as one day: "A day earlier, on Thursday", "the next day, Sunday". */
function apposedSpans(prose: string, a: Span, b: Span): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return first.end <= second.start && /^[ \t]*,[ \t]*(?:on[ \t]+|in[ \t]+)?$/i.test(prose.slice(first.end, second.start));
}

function joinedFinding(prose: string, first: Finding, second: Finding, has: string, fact: Fact): Finding {
  const edits = [...first.fixes[0].edits, ...second.fixes[0].edits];
  let fixed = prose.slice(first.start, second.end);
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, edit.start - first.start) + edit.newText + fixed.slice(edit.end - first.start);
  return {
    ...first,
    end: second.end,
    message: `Date: ${has}, not “${asShown(prose.slice(first.start, second.end))}”, for: ${fact.description}.`,
    fixes: [{ title: `Change to “${asShown(fixed)}”`, edits, preferred: true }],
  };
}

/**
 * The days counted from events ("the day after the Qin talks") whose event is one the reference dates to the day:
 * every fact the phrase may name has that date.
 */
function daysFromEvents(analysis: DocumentAnalysis, matcher: FactMatcher): RelativeDate[] {
  return readDaysFromEvents(analysis).flatMap((day) => {
    const events = matcher.eventsNamedIn(day.event, (fact) => fact.date?.precision === 'day');
    if (events.length === 0 || events.some((fact) => fact.date!.value !== events[0].date!.value)) return [];
    // A date the phrase gives the event that is not its own is flagged as that event's, and the count is not judged.
    if (day.eventDate && !agrees(day.eventDate, fieldsOf(events[0]))) return [];
    const anchor = { ...day.event, stated: fieldsOf(events[0]), parts: [] };
    const stated = shiftedBy(anchor.stated, day.offset);
    return stated ? [{ start: day.start, end: day.end, stated, parts: [], offset: day.offset, anchor, fromEvent: { through: day.through, events: events.map((fact) => fact.id) } }] : [];
  });
}

/**
 * "Xi met Bill Gates. The next day, Blinken sat down with Qin Gang": a relative day counted from the one event the
 * sentence before tells of, with everyone it names, when the reference dates that event to the day.
 */
function daysAfterToldEvents(analysis: DocumentAnalysis, matcher: FactMatcher): RelativeDate[] {
  return readDaysAfterToldEvents(analysis).flatMap((day) => {
    const people = matcher.peopleIn(day.sentenceBefore);
    const told = matcher.toldIn(day.sentenceBefore, (fact) => fact.date?.precision === 'day').filter((candidate) => people.size > 0 && [...people].every((id) => candidate.fact.participants.includes(id)));
    const events = told.map((candidate) => candidate.fact);
    if (events.length === 0 || events.some((fact) => fact.date!.value !== events[0].date!.value)) return [];
    const anchor = { start: day.start, end: day.start, stated: fieldsOf(events[0]), parts: [] };
    const stated = shiftedBy(anchor.stated, day.offset);
    return stated ? [{ start: day.start, end: day.end, stated, parts: [], offset: day.offset, anchor, afterTold: events.map((fact) => fact.id) }] : [];
  });
}

/** Two parts of one date: "October of last year", "October last year", "last year in October". */
function sameDate(prose: string, a: Span, b: Span): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^[ \t]*(?:(?:of|in)[ \t]*)?$/.test(prose.slice(first.end, second.start));
}

/** Words a day's possessive may be said of, adjectives included: "Monday's long-awaited meeting". */
const POSSESSED_WORDS = 3;

/** The words right after a date's possessive ("Monday's handshake"), up to a punctuation mark. */
function possessedBy(analysis: DocumentAnalysis, expression: DateExpression): Span | undefined {
  const { prose } = analysis.doc;
  if (!/^['’]s\s/u.test(prose.slice(expression.end, expression.end + 3))) return undefined;
  const { words } = analysis;
  const first = firstStartingAt(words, expression.end + 2);
  if (first >= words.length) return undefined;
  let last = first;
  while (last - first < POSSESSED_WORDS - 1 && words[last + 1] && /^[\s-]+$/.test(prose.slice(words[last].end, words[last + 1].start))) last++;
  return { start: words[first].start, end: words[last].end };
}

/** "Blinken's arrival on": a person's possessive, an event's word or two, and the preposition before a date. */
const OWNED_EVENT_BEFORE = /^['’]s(?:\s+\p{L}+(?:-\p{L}+)*){1,2}\s+(?:on|in|at)\s+$/u;

/** The person whose event the phrase right before the date names ("Blinken's arrival on Sunday"), if any. */
function ownerOfDatedEvent(analysis: DocumentAnalysis, expression: DateExpression): string | undefined {
  const { mentions } = analysis;
  const sentence = spanAt(analysis.doc.sentences, expression.start);
  for (let i = lastStartingAtOrBefore(mentions, expression.start); i >= 0 && mentions[i].end > (sentence?.start ?? 0); i--) {
    const mention = mentions[i];
    if (mention.end > expression.start) continue;
    return mention.entity.kind === 'person' && OWNED_EVENT_BEFORE.test(analysis.doc.prose.slice(mention.end, expression.start)) ? mention.entity.id : undefined;
  }
  return undefined;
}

const LATE_OR_EARLY = /\b(?:late|early)\s+$/i;
const IN_PLACE = /^\s+in\s+\p{Lu}/u;

/**
 * "Late Sunday in Washington, it was already Monday in Beijing": the end or start of a day in a place, near
 * midnight, may be the day before or after where the event took place. ("Saturday, Beijing time" is not: a
 * clock named with no such hour is most often the event's own.)
 */
function onAnotherClock(prose: string, expression: DateExpression): boolean {
  return LATE_OR_EARLY.test(prose.slice(Math.max(0, expression.start - 8), expression.start)) && IN_PLACE.test(prose.slice(expression.end, expression.end + 40));
}

/** The expression as the days from the one before its first to the one after its last, for agreeing only. */
function withDayEitherSide<T extends DateExpression>(expression: T): T {
  const from = shiftedBy(expression.stated, -1);
  const until = shiftedBy(expression.until ?? expression.stated, 1);
  return from && until ? { ...expression, stated: from, until } : expression;
}

/** `offset` days from the day of the month `from` states, or from its weekday, is `target`'s day (both stated in `from`). */
function rightFromEitherPart(from: CalendarFields, offset: number, target: CalendarFields): boolean {
  if (from.day === undefined || from.weekday === undefined) return false;
  const byDay = shiftedBy({ year: from.year ?? target.year, month: from.month ?? target.month, day: from.day }, offset);
  const byWeekday = shiftedBy({ weekday: from.weekday }, offset);
  return (byDay !== undefined && byDay.day === target.day && byDay.month === target.month) || byWeekday?.weekday === target.weekday;
}

function isRelative(expression: DateExpression): expression is RelativeDate {
  return 'offset' in expression;
}

/** The relative day that comes to the reference's date, in the draft's form and capitalisation. */
function relativeFix(prose: string, expression: RelativeDate, target: CalendarFields): string | undefined {
  const days = daysBetween(expression, target);
  return capitalisedAs(prose, expression, days === undefined ? undefined : relativeDayPhrase(expression, days, prose.slice(expression.start, expression.end)));
}

/** The reference's date counted from the draft's dateline as the draft counts ("yesterday" → "on Sunday"). */
function datelineFix(prose: string, expression: DatelineDate, dateline: CalendarFields, target: CalendarFields): string | undefined {
  return capitalisedAs(prose, expression, datelinePhrase(expression, dateline, target));
}

/**
 * "Xi received him that same Sunday": the right day is not the same one, so "that same" goes with the wrong day
 * ("on Monday", or "Monday" after a preposition: "on that same Sunday").
 */
function withoutSameDay(prose: string, expression: Span, fixed: string): { start: number; newText: string } {
  const same = /(?:\b(on|by|until|since|from)\s+)?\b(that|the)\s+(?:very\s+)?same\s+$/i.exec(prose.slice(Math.max(0, expression.start - 40), expression.start));
  if (!same) return { start: expression.start, newText: fixed };
  const start = expression.start - same[0].length + (same[1] ? same[0].indexOf(same[2], same[1].length) : 0);
  return { start, newText: capitalisedAs(prose, { start, end: expression.end }, same[1] ? fixed : `on ${fixed}`)! };
}

function capitalisedAs(prose: string, expression: Span, phrase: string | undefined): string | undefined {
  return phrase && /^\p{Lu}/u.test(prose[expression.start]) ? phrase[0].toUpperCase() + phrase.slice(1) : phrase;
}

/**
 * What comes before a date in a sentence that only dates what the sentence before it told of: "It was on Friday",
 * "In fact, that happened on Thursday", "But it took place in June".
 */
const DATES_WHAT_CAME_BEFORE = /^(?:(?:but|and|in\s+fact|actually|in\s+reality|in\s+truth)\s*(?:,\s*)?)*(?:it|that|this)\s+(?:(?:actually|in\s+fact|really)\s*(?:,\s*)?)?(?:was|happened|took\s+place|came|fell)\s+(?:(?:actually|in\s+fact|really)\s*(?:,\s*)?)?(?:on\s+|in\s+)?$/iu;

function onlyGivesDate(analysis: DocumentAnalysis, expression: DateExpression): boolean {
  const sentence = spanAt(analysis.doc.sentences, expression.start);
  if (!sentence) return false;
  const { prose } = analysis.doc;
  const after = prose.slice(expression.end, sentence.end);
  return DATES_WHAT_CAME_BEFORE.test(prose.slice(sentence.start, expression.start)) && (ENDS_SENTENCE.test(after) || WHICH_DAY.test(after) || deniesAnotherDate(analysis, expression, sentence));
}

/** After the date, only another date denied: "It took place on Saturday, June 17, not on Monday." */
function deniesAnotherDate(analysis: DocumentAnalysis, expression: DateExpression, sentence: Span): boolean {
  const { prose } = analysis.doc;
  const denied = readDates(analysis).find((other) => other.start > expression.end && other.start < sentence.end);
  return denied !== undefined && /^\s*,\s*not\s+(?:(?:on|in)\s+)?$/i.test(prose.slice(expression.end, denied.start)) && ENDS_SENTENCE.test(prose.slice(denied.end, sentence.end));
}

/** After the date, only which day it was: "It took place on Tuesday, the last day (of the visit)." */
const WHICH_DAY = /^\s*,\s*(?:the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}day(?:\s+of\s+(?:the|its|his|her|their)\s+[\p{L}-]+)?[\s.!*_"”’)]*$/iu;

function isReferencePoint(analysis: DocumentAnalysis, reference: ReferenceIndex, expression: DateExpression): boolean {
  const { words } = analysis;
  const next = firstStartingAt(words, expression.start);
  // The word before the date (none when no word starts at or after it).
  let i = (next < words.length ? next : 0) - 1;
  while (i >= 0 && DATE_LEAD_INS.has(words[i].norm)) i--;
  // (In the date's own paragraph: a heading "Timeline as published" does not make its list's dates the text's own.)
  if (i < 0 || !factMatcher(analysis, reference).inOneBlock(words[i], expression)) return false;
  if (PUBLISHING_WORDS.has(words[i].norm) || datesAPiece(analysis, expression)) return true;
  return REFERENCE_POINT_WORDS.has(words[i].norm) && !datesEventNoun(analysis, reference, expression) && !toldByWhenClause(analysis.doc.prose, expression);
}

/** "A Tuesday article said …", "Monday's story", "our 19 June live blog": the day a piece came out, not an event's. */
function datesAPiece(analysis: DocumentAnalysis, expression: DateExpression): boolean {
  const { words } = analysis;
  let next = firstStartingAt(words, expression.end);
  if (PIECE_MODIFIERS.has(words[next]?.norm ?? '')) next++;
  return PIECE_NOUNS.has(words[next]?.norm ?? '') && /^(?:['’]s)?[ \t]+(?:\S+[ \t]+)?$/.test(analysis.doc.prose.slice(expression.end, words[next].start));
}

/** Words that may come before a piece's noun (see PIECE_NOUNS): "live blog", "news story". */
const PIECE_MODIFIERS = new Set(['live', 'news', 'online', 'print', 'web', 'front-page', 'evening', 'morning', 'weekend']);

/**
 * "on hold since March, when Blinken postponed it", "the first visit since 2018, when Pompeo stopped briefly": a
 * clause opened by "when" right after the date tells what happened then, and the date is that event's.
 */
function toldByWhenClause(prose: string, expression: DateExpression): boolean {
  return /^,[ \t]+when[ \t]/i.test(prose.slice(expression.end, expression.end + 8));
}

/** The clause after "…, when" right after `expression`, up to its sentence's end or the next clause break. */
function whenClauseAfter(analysis: DocumentAnalysis, expression: DateExpression): Span | undefined {
  const sentence = spanAt(analysis.doc.sentences, expression.start);
  if (!sentence) return undefined;
  const stop = analysis.doc.prose.slice(expression.end, sentence.end).search(/[;:—–]/);
  return { start: expression.end, end: stop < 0 ? sentence.end : expression.end + stop };
}

/** Words at most between a date and the event noun it dates: "Saturday's marathon session". */
const DESCRIBING_WORDS = 2;

/**
 * "After the Saturday session with Qin Gang, …", "after Saturday's talks with Qin Gang": the date is said of the event
 * noun right after it, whose people the phrase names: that event's date, not a point of reference for another ("the
 * day after the Sunday session" names no one, and may count from any event of that day).
 */
function datesEventNoun(analysis: DocumentAnalysis, reference: ReferenceIndex, expression: DateExpression): boolean {
  const { prose } = analysis.doc;
  const docWords = analysis.words;
  let at = firstStartingAt(docWords, expression.end);
  if (!docWords[at] || !/^(?:['’]s)?[ \t]+$/u.test(prose.slice(expression.end, docWords[at].start))) return false;
  // "after Saturday's marathon session": a word or two describing the event noun may come first.
  for (let described = 0; described < DESCRIBING_WORDS && docWords[at + 1] && !opensEventWord(reference, docWords[at].norm); described++) {
    if (isCapitalizedWord(prose, docWords[at]) || !/^[ \t-]+$/.test(prose.slice(docWords[at].end, docWords[at + 1].start))) return false;
    at++;
  }
  const after = docWords[at];
  if (!opensEventWord(reference, after.norm)) return false;
  // The phrase runs to the next mark of punctuation, within the sentence.
  const sentenceEnd = spanAt(analysis.doc.sentences, after.start)?.end ?? prose.length;
  const phraseEnd = prose.slice(after.end, sentenceEnd).search(/[,;:.!?()—–\n]/u);
  const phrase = { start: after.end, end: phraseEnd < 0 ? sentenceEnd : after.end + phraseEnd };
  return spansWithin(analysis.mentions, phrase).some((m) => m.entity.kind === 'person' && m.end <= phrase.end);
}

/**
 * "June 20, 2023 — We welcomed the talks.": the draft's own dateline opening its paragraph before a dash dates the
 * draft, not an event of it (one with a place first, "BEIJING, June 20 —", is no date of the text: see dates.ts).
 */
function isOwnDateline(analysis: DocumentAnalysis, expression: DateExpression): boolean {
  const { dateline } = analysis;
  const { stated } = expression;
  if (!dateline || stated.day !== dateline.day || stated.month !== dateline.month || stated.year !== dateline.year) return false;
  const { prose, blocks } = analysis.doc;
  const block = blocks[lastStartingAtOrBefore(blocks, expression.start)];
  return block !== undefined && /^[\s*_]*$/.test(prose.slice(block.start, expression.start)) && /^[\s*_]*(?:\([^()\n]{1,40}\)\s*)?(?:[—–]|--?\s)/.test(prose.slice(expression.end, expression.end + 50));
}

/** The fact's date as fields, read once per fact (every date in the draft is compared with several facts). */
const fieldsOf = oncePer((fact: Fact): CalendarFields => (fact.date ? fieldsOfIsoDate(fact.date.value) : {}));

/**
 * "Mike Pompeo made a brief stop in Beijing in 2016" of "a brief stop in 2018 by his predecessor Mike Pompeo": an
 * event the reference dates only by its year, retold with a word of its evidence that is none of its event words
 * (nor a name or a figure), is that one occasion, so a year far off is a wrong year.
 */
function retellsYear(fact: Fact, told: () => ReadonlySet<string>): boolean {
  if (fact.date?.precision !== 'year') return false;
  const text = fact.evidence.text;
  const events = new Set(fact.triggers.map((trigger) => stem(trigger.toLowerCase())));
  const own = words(text).filter((word) => !/\p{Lu}|\d/u.test(text.slice(word.start, word.end)));
  return [...contentStems(own.map((word) => word.norm).join(' '))].some((stemmed) => !events.has(stemmed) && told().has(stemmed));
}

/**
 * "Beijing staged drills around Taiwan in April after Nancy Pelosi visited" of drills in August 2022 after Pelosi's
 * visit: the sentence names, after "after" or "following", the person whose doing the fact says caused it, so it
 * tells of that one occasion, however far off its month.
 */
function causeTold(analysis: DocumentAnalysis, reference: ReferenceIndex, expression: DateExpression, expressions: readonly DateExpression[], fact: Fact): boolean {
  const causes = causesInTimeClause(reference)(fact);
  const sentence = spanAt(analysis.doc.sentences, expression.start);
  if (causes.size === 0 || !sentence) return false;
  const sentenceWords = spansWithin(analysis.words, sentence);
  // The value's own clause of cause: the first after it, up to the next date ("drills last August after Pelosi's
  // visit, and war games in March after Tsai met McCarthy"), or one put before it ("After X met Y, … in September").
  // (Not "after" counting from the date itself: "after April".)
  const after = sentenceWords.find((word) => word.start >= expression.end && CAUSE_OPENERS.has(word.norm));
  const nextDate = after && expressions.find((other) => other.start > after.end && other.start < sentence.end);
  const before = sentenceWords.filter((word, k) => word.end <= expression.start && CAUSE_OPENERS.has(word.norm) && sentenceWords[k + 1]?.start !== expression.start).at(-1);
  const clauses = [...(after ? [{ start: after.end, end: nextDate?.start ?? sentence.end }] : []), ...(before ? [{ start: before.end, end: expression.start }] : [])];
  return clauses.some((clause) => spansWithin(analysis.mentions, clause).some((mention) => causes.has(mention.entity.id)));
}

function sentenceStems(analysis: DocumentAnalysis, span: Span): Set<string> {
  const sentence = spanAt(analysis.doc.sentences, span.start);
  return sentence ? contentStems(analysis.doc.prose.slice(sentence.start, sentence.end)) : new Set();
}

/** Years apart from which a date that states no day is another time the same people met, not a wrong date. */
const OTHER_OCCURRENCE_YEARS = 2;

/**
 * "In March 2021 Blinken met Wang Yi in Anchorage", "Biden met Xi in 2011": people meet, talk and visit more
 * than once, and a year (or month and year) two or more years from the reference's is another occasion. A
 * wrong day, or a year off by one, is still a wrong date.
 */
function anotherOccurrence(expression: DateExpression, reference: CalendarFields): boolean {
  const { stated } = expression;
  if (monthsApart(stated, reference) >= OTHER_OCCURRENCE_MONTHS) return true;
  if (stated.year === undefined || reference.year === undefined || stated.day !== undefined || stated.weekday !== undefined) return false;
  return Math.abs(stated.year - reference.year) >= OTHER_OCCURRENCE_YEARS;
}

/**
 * Months apart from which another month is another occasion ("Penny Wong held talks with Wang Yi in December
 * 2022", "a leaders' meeting in November"): a month or two off ("Burns travelled to China in March" for May) is
 * a wrong date, and so is a date in the right month with the wrong year.
 */
const OTHER_OCCURRENCE_MONTHS = 3;

/** How many months apart two dates' months are (the draft's in the reference's year when it states none); 0
 * when either states no month, or both the same month. */
function monthsApart(stated: CalendarFields, reference: CalendarFields): number {
  if (stated.month === undefined || reference.month === undefined || stated.month === reference.month) return 0;
  const year = reference.year ?? 0;
  return Math.abs((stated.year ?? year) * 12 + stated.month - (year * 12 + reference.month));
}

/**
 * "Wang Yi also met Blinken on Thursday, 13 July 2023, in Jakarta": a date well after the article's, of an event
 * the article tells as past, is a later occasion, not a misdating. Only a date with its year says so, or words saying
 * the time is still to come ("a leaders' meeting later this year", "next month").
 */
function afterTheArticle(prose: string, expression: DateExpression, fact: Fact, reference: ReferenceIndex): boolean {
  const article = reference.loaded.set.article.date;
  return !!fact.date && fact.date.value <= article && (isLaterOccasion(expression.stated, article) || AHEAD.test(prose.slice(expression.start, expression.end)));
}

/** Words telling that a time is still to come (not a day counted from another: "the next day", "two days later"). */
const AHEAD = /\b(?:later\s+this|next\s+(?:week|month|year)|coming\s+(?:weeks|months|year)|upcoming)\b/i;

/** The draft states at least one field the reference knows. */
function comparable(expression: DateExpression, reference: CalendarFields): boolean {
  return FIELDS.some((field) => expression.stated[field] !== undefined && reference[field] !== undefined);
}

function agrees(expression: DateExpression, reference: CalendarFields): boolean {
  return statedDays(expression).some((stated) => FIELDS.every((field) => stated[field] === undefined || reference[field] === undefined || stated[field] === reference[field]));
}

/**
 * The days an expression names: itself, or each day of a range ("June 18–19", "Sunday to Monday"). A bare
 * weekday is compared as a weekday, not as the date of the latest such day, so a true weekday of an older event
 * is not contradicted.
 */
function statedDays(expression: DateExpression): CalendarFields[] {
  const { stated, until } = expression;
  if (!until) return [stated];
  if (stated.month !== undefined && stated.day !== undefined && until.day !== undefined) {
    const year = stated.year ?? until.year ?? 2000;
    const from = Date.UTC(year, stated.month - 1, stated.day);
    const to = Date.UTC(until.year ?? year, (until.month ?? stated.month) - 1, until.day);
    const days: CalendarFields[] = [];
    for (let t = from; t <= to && days.length <= MAX_RANGE_DAYS; t += 86400000) {
      const d = new Date(t);
      // Without a stated year the weekday of a day is unknown.
      const year = stated.year !== undefined ? { year: d.getUTCFullYear(), weekday: d.getUTCDay() } : {};
      days.push({ ...year, month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    }
    return days;
  }
  if (stated.weekday !== undefined && until.weekday !== undefined) {
    const count = ((until.weekday - stated.weekday + 7) % 7) + 1;
    return Array.from({ length: count }, (_, k) => ({ weekday: (stated.weekday! + k) % 7 }));
  }
  return [stated, until];
}
