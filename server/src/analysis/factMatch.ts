// Which reference fact a value in a draft (a date, a number) is about.
//
// A value is compared with a fact only when its sentence is really about that fact:
// - the fact's event words (its triggers, in any inflection: meet/meets/meeting) are in the value's part of the
//   sentence, or, when the value stands in a bare phrase of its own ("On Tuesday, …", "…, Tuesday 20 June, …"),
//   in the clause around it; a date right after a reporting verb ("said on Tuesday") is the saying's;
// - the sentence refers to the fact's participants (see sentenceFrames.ts); the previous sentence supplies them
//   only to a sentence that refers back ("It was postponed …", "The two talked …");
// - a fact between two people is not matched when the sentence names someone else instead of one of them
//   ("Blinken met Wang Yi" is not the Blinken–Xi meeting), nor when the draft puts it in another place;
// - a fact recognised by one participant alone needs an event word that no rival fact of that person shares
//   (Blinken "pressed" on Sunday; every meeting is "met"), and a count needs more than its unit word.
// Facts with the most participants named in the sentence win; among them one with an event word of its own
// decides. A value that agrees with a likely fact is left alone; a disagreeing value is reported only when one
// fact (or one expected value) stands out.
import type { Span } from '../checks/finding';
import type { Entity, ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import { isCalendarName, monthNumber } from '../text/calendar';
import { countryNamed, countryOfDemonym, type Country } from '../text/countries';
import { isLaterOccasion, datesUpTo, fieldsOfIsoDate, findDateExpressions, readDates, type CalendarFields, type DateExpression } from './dates';
import { afterNameAside } from './relativeDates';
import { oncePer } from '../text/memo';
import { firstStartingAt, lastStartingAtOrBefore, spansWithin } from '../text/spans';
import { isCapitalized, isCapitalizedWord, modifiesNoun, possessiveMark, stripPossessive, words, type Word } from '../text/words';
import { announcedAsWrong, disputesWhatCameBefore, judgedWrongInClause, opensByDisputing } from './disputes';
import type { DocumentAnalysis } from './analyze';
import { isNumberWord, isTimeUnit, singular } from './numbers';
import { nameWordsOf } from './mentions';
import { headerCellOver, headerRow, inHeading, rowsBelow, tableRow } from './document';
import { insideQuotation } from './quotedText';
import { isAbbreviation } from './sentences';
import { articleWords, countrysPossessive, SentenceFrames, SEQUENCE_ADVERBS, SEQUENCE_PARTICIPLES, stem, within, type EntityRef, type SentenceFrame } from './sentenceFrames';
import { isTitleWord, readRole, sameStem, wordBeforeTitle } from './offices';
import { butSettingRight, PAST_VERB, PERSON_NOUNS, possessesTie, SPEECH_VERBS, TIME_CLAUSE_OPENERS as CLAUSE_OF_TIME_OPENERS, VERB_JOINERS } from './speech';
import { pushTo } from '../text/lists';

export interface TriggerHit extends Span {
  /** The trigger's word stems, e.g. "meet" for "meetings", "war gam" for "war games". */
  key: string;
  /** The trigger is only the fact's unit ("hours" for a duration in hours). */
  unit: boolean;
}

export interface Candidate {
  fact: Fact;
  /** How many of the fact's participants the sentence itself refers to. */
  named: number;
  /** The same, counting those the previous sentence supplies for a sentence that names nobody or one side. */
  supported: number;
  hits: TriggerHit[];
  /** The hits with an event word no rival fact of the same people has ("final day", not "meetings"). */
  distinctive: TriggerHit[];
  /** The references to the fact's participants. */
  refs: EntityRef[];
  /** How many of its event words are in the value's own part of the sentence. */
  inPart: number;
}

/** Words a phrase holding only a date or a number may also contain ("on the morning of", "last"). */
const BARE_WORDS = new Set([
  'the', 'a', 'an', 'so', 'well', 'on', 'in', 'at', 'of', 'by', 'for', 'from', 'to', 'until', 'since', 'during', 'and', 'or', 'then',
  'this', 'that', 'last', 'next', 'past', 'early', 'late', 'earlier', 'later', 'mid', 'day', 'week', 'weekend',
  'morning', 'afternoon', 'evening', 'night', 'following', 'previous', 'same', 'beforehand', 'advance', 'ago',
  'before', 'after', 'afterwards', 'prior', 'just', 'only', 'over', 'throughout', 'within',
  // "Day one, Saturday: …", "Day two, Monday —": a day of a visit counted.
  'one', 'two', 'three', 'four', 'five', 'first', 'second', 'third', 'final',
]);

/** Units of how long a moment of the story lasted (not "years", which an age or a gap since is counted in). */
const STORY_DURATION_UNITS = new Set(['minute', 'hour']);

/** Words between a trigger and a value that still count as next to each other for facts with no participants. */
const NEAR_WORDS = 3;
/** How many sentences after a value labelling its paragraph may tell the event it dates. */
const LABEL_REACH = 2;
/** Words after which a capitalised word names a place: "visited Lisbon", "traveled to China", "over Montana". */
const PLACE_CUES = new Set(['in', 'to', 'at', 'from', 'over', 'visited', 'visit', 'visiting', 'toured']);

/** "said on Tuesday", "told reporters Tuesday": how close a reporting verb must be to date the speech instead. */
const SPEECH_WINDOW = { before: 3, after: 1 };

export class FactMatcher {
  private readonly sentences: SentenceFrames;
  /** By sentence index, then fact. */
  private readonly hitsCache: Map<Fact, TriggerHit[]>[] = [];
  private readonly factsCache = new Map<number, FactsInSentence>();
  /** By sentence index and clause start. */
  private readonly refersBackCache = new Map<string, boolean>();
  /** By sentence index: the next sentence opens by disputing it. */
  private readonly nextDisputes = new Map<number, boolean>();

  constructor(
    private readonly analysis: DocumentAnalysis,
    private readonly reference: ReferenceIndex,
  ) {
    this.sentences = new SentenceFrames(analysis, reference);
  }

  /** The index of the sentence `span` starts in, -1 if none. */
  sentenceOf(span: Span): number {
    const sentence = lastStartingAtOrBefore(this.sentences.spans, span.start);
    return sentence >= 0 && span.start < this.sentences.spans[sentence].end ? sentence : -1;
  }

  /**
   * "The meeting, on June 20, came at the end …": a value set right after the event word opening its sentence dates
   * that event, told of again, not another one.
   */
  datesItsOpeningEvent(value: Span, hits: readonly TriggerHit[]): boolean {
    const { prose } = this.analysis.doc;
    const sentence = this.sentences.spans[this.sentenceOf(value)];
    const opening = sentence && /^[\s"“*_]*the\s+/i.exec(prose.slice(sentence.start, value.start));
    if (!opening) return false;
    const event = hits.find((hit) => !hit.unit && hit.start === sentence.start + opening[0].length);
    return event !== undefined && /^\s*(?:,\s*)?(?:(?:on|in)\s*)?$/i.test(prose.slice(event.end, value.start));
  }

  /** The paragraph (or heading, or table cell) `span` starts in. */
  blockOf(span: Span): Span {
    const { blocks } = this.analysis.doc;
    return blocks[lastStartingAtOrBefore(blocks, span.start)] ?? span;
  }

  /** Whether `a` and `b` start in the same paragraph (or heading, or table cell). */
  inOneBlock(a: Span, b: Span): boolean {
    const { blocks } = this.analysis.doc;
    const block = lastStartingAtOrBefore(blocks, a.start);
    return block >= 0 && a.start < blocks[block].end && blocks[block].start <= b.start && b.start < blocks[block].end;
  }

  /**
   * The facts `fits` accepts that the sentence around `value` may be about, each with its evidence. A denial
   * ("did not talk for seven hours") claims nothing, except of a fact `claimedWhenDenied` says it states ("had
   * not met for six years" of a first meeting in eight).
   */
  candidates(value: Span, fits: (fact: Fact) => boolean, claimedWhenDenied: (fact: Fact) => boolean = () => false, asked = false): Candidate[] {
    const sentenceIndex = lastStartingAtOrBefore(this.sentences.spans, value.start);
    if (sentenceIndex < 0 || value.start >= this.sentences.spans[sentenceIndex].end) return [];
    const sentence = this.sentences.at(sentenceIndex);
    const ownClause = sentence.clauses.find((c) => c.start <= value.start && value.start < c.end) ?? sentence;
    const segment = withAntecedent(sentence, withSpeakingPart(sentence, withSimultaneous(this.analysis.doc.prose, sentence, sentence.segments.find((s) => s.start <= value.start && value.start < s.end) ?? ownClause)));
    const byLabel = labelled(this.analysis.doc.prose, sentence, ownClause, value);
    // "met Duarte not on Thursday but on Friday": the part after "but" says what was, whatever was denied before it.
    const against = setAgainstDenial(sentence, segment);
    const countingPhrases = timeCountedFrom(this.analysis.doc.prose, sentence);
    // "The day before his meeting with Xi, Blinken …": a value counted from an event stands in a phrase of its own.
    const countedFromValue = countingPhrases.find((phrase) => phrase.start >= value.start && phrase.start < value.end);
    // (Up to a participle set off after the value's phrase: "…, just a day before the first round of talks, telling him …".)
    const valuesPart = upToParticiple(this.analysis.doc.prose, sentence, segment, value);
    // (With the event it counts from: "Two days after the Qin session — Xi receives Blinken".)
    const valueWords = countedFromValue ? { start: value.start, end: countedFromValue.end } : value;
    const bare = byLabel || isBare(sentence, against ? { start: sentence.words[firstStartingAt(sentence.words, valuesPart.start)].end, end: valuesPart.end } : valuesPart, valueWords, this.analysis.doc.prose);
    // A clause that is nothing but the value ("… on Tuesday (June 20)", "Monday: Blinken meets Xi") belongs to
    // the sentence around it.
    // Up to a part joined after it with a subject of its own: "Pompeo stopped in Beijing in 2018, five years earlier,
    // and Blinken's own trip had been due …" (a bare value is its first part's).
    const wholeClause = byLabel || (bare && isBare(sentence, ownClause, valueWords, this.analysis.doc.prose)) ? sentence : ownClause;
    // (A phrase put first, "On Friday, Ferreira toured the port, and Lindqvist met Duarte", dates both parts.)
    // (Not a part with a date of its own: "On Saturday, he met Qin, and he met Wang Yi on Monday".)
    // ("…, and the day before that, Saturday, he had six hours with Qin": a phrase put first in a part joined after the
    // sentence's first dates that part only.)
    const clause = bare ? ownJoinedPart(this.analysis.doc.prose, sentence, beforeJoinedSubject(this.analysis.doc.prose, sentence, wholeClause, value, segment.start <= wholeClause.start), value) : wholeClause;
    // A question or a denial claims nothing: "Did Blinken meet Xi on Sunday?", "He did not meet Xi on Sunday"
    // (the value's part of the sentence denies it, or the clause around a bare value: "On Sunday, he did not …").
    if ((!asked && asks(this.analysis, sentence) && !statedBeforeQuestion(this.analysis.doc.prose, sentence, value) && !presupposedByQuestion(this.analysis.doc.prose, sentence)) || asksIndirectly(this.analysis.doc.prose, sentence, value) || amongChoices(this.analysis.doc.prose, this.blockOf(value), value) || supposes(this.analysis, sentence, bare ? clause : segment) || this.disputedAfter(sentenceIndex, value) || announcedAsWrong(this.analysis.doc.prose, sentence, value) || judgedWrongInClause(sentence.words, value, clause)) return [];
    const denied = !against && (denies(this.analysis, sentence, bare ? clause : segment, value) || deniedAcrossAside(this.analysis.doc.prose, sentence.words, bare ? clause : segment) || sentence.words[firstStartingAt(sentence.words, value.start) - 1]?.norm === 'no');
    // Who the value's part of the sentence is about: its own references (the clause's, for a bare phrase) and the
    // clause's subject. A sentence naming nobody is about whoever the previous one was about; a sentence naming
    // one side of a two-sided fact may leave the other to the previous sentence ("The Qin meeting was …").
    const near = bare && !isGapped(sentence, segment) ? clause : segment;
    // The sentence's subject, when the clause names nobody: named before the clause, not in a later one ("It lasted
    // three hours, not six; the longer session was with Qin Gang").
    // "A week after the Blinken talks, on June 25, Qin …": the people of a time counted from another event are not
    // the value's event's.
    // ("…, the first visit in five years, since Mike Pompeo's stop": nor are those of the event a length is counted since.)
    const counted = [...countingPhrases, ...sinceLengthPhrases(this.analysis.doc.prose, sentence)].filter((phrase) => !within(value, phrase));
    // "Blinken met Qin Gang two days after Biden spoke on Saturday": a value inside such a phrase dates its event only.
    const countedAround = countingPhrases.find((phrase) => within(value, phrase));
    // "The Wang session followed a meeting on Sunday, in which Blinken …": nor is the main clause's event, or its people,
    // that of a value in a phrase of sequence after it.
    // (A date's: "after a gap of five years" is the time before the main clause's event.)
    const dates = readDates(this.analysis);
    const sequenced = countedAround || dates[firstStartingAt(dates, value.start)]?.start !== value.start ? undefined : sequencedEvent(this.analysis.doc.prose, sentence, value);
    // "Two days before Blinken's first round of talks, Xi …": the event a value counts from is not the one it dates.
    const countsFrom = (hit: Span) => countedFromValue !== undefined && hit.start >= value.end && within(hit, countedFromValue);
    // "Blinken's predecessor, Mike Pompeo, made …", "Lindqvist's aide met Duarte": the one whose tie to a person a
    // possessive tells is someone else, who acts.
    const prose = this.analysis.doc.prose;
    // "The CIA chief, William Burns, …": a body named in a person's title is part of the title, not someone acting.
    const inTitle = (ref: EntityRef) => !ref.person && sentence.refs.some((other) => other.person && other.via === 'title' && other !== ref && within(ref, other));
    // "The six-hour session was not with Wang Yi but with Qin Gang": whom a "not … but" sets aside is not of the event.
    const setAside = setAsideByBut(sentence.words, sentence.refs, value);
    // ("It was this session, not the one with Wang Yi the following morning, that ran to nearly six hours": nor one
    // denied in an aside between commas.)
    const deniedAside = asideOfNot(prose, sentence, value);
    const refs = sentence.refs.filter((ref) => !counted.some((phrase) => within(ref, phrase)) && !possessesTie(prose, ref.end) && !inTitle(ref) && !(setAside && within(ref, setAside)) && !(deniedAside && within(ref, deniedAside)) && !(sequenced && ref.end <= sequenced.start));
    // "**Qin Gang** — China's foreign minister; met Blinken on Sunday": a clause opening with a verb is the subject's
    // named before it.
    // ("… the adviser JS — Jake Sullivan, Biden's national security adviser — met in Vienna": or the name opening an aside
    // between dashes right before it, who says who the subject is.)
    // (Not someone named only as the event a time is told from: "On Monday, before Xi, came Wang Yi; that session …".)
    const firstNamed = refs.find((ref) => !standsForEvent(prose, sentence.words, ref));
    const named = namedInDashesBefore(prose, clause, refs) ?? (firstNamed && firstNamed.start < clause.start ? firstNamed : undefined);
    // "After the Friday meeting with Bill Gates, Blinken met …": a phrase put before the subject does not hold it.
    const fronted = frontedPhrase(sentence, clause);
    // "Macron and Baerbock spent six days in China, three times as long as Blinken's stay": who the value is compared
    // with is not who it is about, nor its sentence's subject.
    const comparedInClause = comparedFrom(sentence.words, clause, value);
    // "…, the one that was scrapped in January, and that the invitation came from the Biden-Xi summit": nor is a part
    // joined after the value's with a subject of its own.
    const ownPart = bare ? clause : beforeJoinedSubject(prose, sentence, clause, value, false);
    const inClause = (ref: EntityRef) => within(ref, ownPart) && ref.start < comparedInClause;
    const placeAfterPreposition = (ref: EntityRef) => !ref.person && WHERE_PREPOSITIONS.has(sentence.words[firstStartingAt(sentence.words, ref.start) - 1]?.norm ?? '');
    // "…, but it was called off in March": a joined part with a subject of its own that is nobody named.
    const ownSubject = joinedWithOwnSubject(sentence, segment);
    // "…, and after the Sunday session with Qin Gang, which lasted nearly six hours, Beijing made clear …": a phrase put
    // first in a part joined by ", and" is that part's, whose subject comes after it, not the subject of the part before.
    const frontedInJoined = frontedAfterJoiner(prose, sentence.words, segment);
    // "The Xi session came after a meeting with Wang Yi, which lasted about three hours": a clause of time after the
    // main one that names people of its own tells of their event, not of the main clause's subject.
    // (Or, set off by a comma, names none: "The meeting with Xi came on the second, following a first round of talks on
    // Sunday" dates the first round.)
    const timeWordAt = firstStartingAt(sentence.words, segment.start);
    const timeWord = sentence.words[timeWordAt]?.norm ?? '';
    // (Not after a person as the main clause's subject, who takes part in what the phrase tells: "Foreign Minister Qin
    // Gang accepted an invitation to Washington after nearly six hours of talks with Blinken on Sunday".)
    const personActs = refs.some((ref) => ref.person && ref.via === 'name' && ref.start >= clause.start && ref.end <= segment.start && !modifiesNoun(prose, sentence.words, firstStartingAt(sentence.words, ref.start), firstStartingAt(sentence.words, ref.end)) && !possessiveMark(prose, ref));
    const setOffByComma = /,\s*$/.test(prose.slice(sentence.words[timeWordAt - 1]?.end ?? segment.start, segment.start));
    const ownTimeClause = segment.start > clause.start && FRONTED_TIME_WORDS.has(timeWord) && ((refs.some((ref) => ref.person && within(ref, segment)) && !personActs) || (SEQUENCE_WORDS.has(timeWord) && setOffByComma));
    // "China staged war games, echoing the drills of the previous August that followed Pelosi's visit": a part set off to
    // recall another event is about that event's people, not the main clause's subject.
    const recallsAnother = segment.start > clause.start && RECALLING_WORDS.has(timeWord) && setOffByComma;
    const subject = ownTimeClause || recallsAnother
      ? undefined
      : frontedInJoined
      ? refs.find((ref) => ref.person && ref.start >= segment.end && within(ref, clause))
      : (named?.person && opensWithVerb(this.analysis.doc.prose, sentence, clause) ? named : undefined) ??
      nameBeforeAside(this.analysis.doc.prose, sentence, segment, refs) ??
      (bare ? undefined : nameBeforePhrase(this.analysis.doc.prose, sentence, segment, refs)) ??
      subjectOfJoinedClause(this.analysis.doc.prose, sentence, clause, segment, refs) ??
      // Its "it" or "the trip" is what the clause before told of, whose subject (no one named after a preposition:
      // "It grew out of the summit between Biden and Xi, but it was called off") is the event's.
      (ownSubject
        ? (refs.find((ref) => ref.person && within(ref, segment)) ??
          refs.find((ref) => ref.person && inClause(ref) && !(fronted && within(ref, fronted)) && !OBJECT_MARKERS.has(sentence.words[firstStartingAt(sentence.words, ref.start) - 1]?.norm ?? '')))
        : (relativeSubject(this.analysis.doc.prose, sentence, refs, value) ??
          // "The previous visitor to Beijing was Mike Pompeo": the object of a preposition is no subject.
          refs.find((ref) => inClause(ref) && !(fronted && within(ref, fronted)) && !WHERE_PREPOSITIONS.has(sentence.words[firstStartingAt(sentence.words, ref.start) - 1]?.norm ?? '')) ??
          // (Not a place, a body named for it, after "to" or "in": "whose brief stop … was the last visit to Beijing".)
          refs.find((ref) => inClause(ref) && !(fronted && within(ref, fronted)) && !placeAfterPreposition(ref)) ??
          refs.find((ref) => inClause(ref) && !placeAfterPreposition(ref)) ??
          named));
    // "a four-day trip twice as long as Blinken's": who the value is compared with is not who it is about.
    const compared = comparedFrom(sentence.words, near, value);
    const antecedent = whomAntecedent(this.analysis.doc.prose, sentence, near, refs);
    const local = [...refs.filter((ref) => within(ref, near) && ref.start < compared), ...(antecedent ? [antecedent] : [])];
    // "For nearly six hours on Sunday, he and Foreign Minister Qin Gang went through the agenda": a subject of two.
    // "In a meeting with Bill Gates on Thursday, Xi said …", "Meeting Gates on Thursday, Xi …": a phrase put first
    // telling the occasion is about the subject after it too.
    const occasion = occasionOpening(sentence, clause) ?? timeSpentWith(sentence, clause, value);
    const atOccasion = occasion && refs.find((ref) => ref.person && ref.start >= occasion.end && inClause(ref));
    // "Then, in a session that lasted about three hours, Blinken met China's top diplomat, Wang Yi": whom the subject
    // meets there is at the occasion too.
    const metThere = occasion && within(value, occasion) ? metAfterOccasion(prose, sentence, refs, occasion) : undefined;
    // "His session with Wang Yi was shorter, roughly three hours": a part naming nobody after the clause's verb is
    // about the subject and whom the subject's phrase met "with".
    const partner = local.length === 0 && subject && near.start > clause.start ? partnerOf(sentence, refs, subject, near) : undefined;
    const subjects = subject ? [subject, ...joinedTo(this.analysis.doc.prose, refs, subject), ...(atOccasion && atOccasion !== subject ? [atOccasion] : []), ...(partner ? [partner] : []), ...(metThere ?? [])] : [];
    const direct = [...local, ...subjects.filter((ref) => !local.includes(ref))];
    // "The talks began on Sunday": told of the text's people only by referring back, the date a run of events
    // started is not the date of the one last told of (its end still is: "The talks ended on Tuesday").
    // ("The first round began on Saturday, when Blinken sat down with Qin Gang": a clause naming them tells what began.)
    if (!sentence.refs.some((ref) => ref.person) && this.startDated(sentence, clause, value)) return [];
    // (So is a date whose only event words are in a clause after it telling of the start: "It was a Sunday, when the
    // talks began"; not "The meeting was on Saturday, when the visit began".)
    const startedWhen = sentence.refs.some((ref) => ref.person) ? undefined : this.whenRunStarted(sentence, value);
    // "Blinken met Xi on the last day of a visit that began on Sunday": a relative clause dating when its noun's run
    // began dates only a fact that noun is an event word of ("talks that began on Friday").
    const runBegun = this.runDatedInRelative(sentence, value);
    // ("… a visit that began on Saturday with six hours of talks with Qin": or an event the run began with.)
    const begunWith = runBegun && sentence.words[firstStartingAt(sentence.words, value.end)]?.norm === 'with' ? { start: value.end, end: segment.end } : undefined;
    // "Blinken's trip was postponed, and Pompeo had visited five years earlier", "…, and the last secretary of state to
    // visit had been Mike Pompeo, five years earlier": a part joined after a comma naming others, and none of a fact's
    // people, up to the value tells of their event.
    const joinedPart = this.namedInJoinedPart(sentence, value);
    // "Biden spoke two days before Blinken met Qin Gang, saying he hoped to meet Xi": a participle of saying after the
    // value's part tells what was said then.
    const nextPart = sentence.segments.find((part) => part.start >= segment.end);
    const sayingAfter = nextPart && SAYING_PARTICIPLES.has(sentence.words[firstStartingAt(sentence.words, nextPart.start)]?.norm ?? '') ? nextPart : undefined;
    // Not a word of a title: "the secretary of state" states nothing.
    const speech = speechVerbBy(this.analysis.doc.prose, sentence.words, value, segment, sentence.refs);
    // "On Saturday, the day before the talks, the president said he hoped to meet Xi": a phrase of its own dates
    // the verb of saying after it, unless an event word of the fact comes first.
    let saidAfter: Word | null | undefined;
    // Not a verb in a clause telling of a later or earlier time ("…, after which both sides agreed to continue"), nor a
    // word of a title ("the US secretary of state was shown in to see Xi").
    const saidAfterValue = () =>
      (saidAfter ??=
        (bare &&
          !speech &&
          sentence.words.find(
            (word) =>
              word.start >= value.end &&
              within(word, clause) &&
              (SPEECH_VERBS.has(word.norm) || REACTION_VERBS.has(word.norm)) &&
              !isCapitalizedWord(this.analysis.doc.prose, word) &&
              !timeClauses.some((time) => within(word, time)) &&
              // ("…, five days after he had told Bill Gates …": not the event a value counts from, nor one a phrase
              // beside it counts from: "today, Monday the 20th, two days after Biden said …".)
              !(countedFromValue && within(word, countedFromValue)) &&
              !countingPhrases.some((phrase) => phrase.start >= value.end && within(word, phrase)) &&
              !sentence.refs.some((ref) => within(word, ref)),
          )) ||
        null);
    const later = this.toldOfLaterTime(sentenceIndex, value);
    let places: Place[] | undefined;
    let townElsewhere: boolean | undefined;
    // "The visit should have happened four months earlier": a definite mention of any fact's event refers back.
    let clauseRefersBack: boolean | undefined;
    const refersBackHere = () => (clauseRefersBack ??= this.refersBack(sentenceIndex, clause, counted));
    // "Blinken met Xi. The Sunday session came before he reached Xi.": a fact whose people the sentence names only in
    // a clause of time other than the value's is the event it counts from; the sentence before does not supply them.
    const timeClauses = timeClausesOutside(this.analysis.doc.prose, sentence, value);
    // "…, after which they agreed", "…, and after that they agreed": a clause going on with the same people from the
    // event just told, no other event to count from.
    const pointsOfReference = timeClauses.filter((time) => !BACK_TO_THE_EVENT.has(sentence.words[firstStartingAt(sentence.words, time.start) + 1]?.norm ?? ''));
    const inPointOfReference = (ref: EntityRef) => pointsOfReference.some((clause) => within(ref, clause));
    // Who the value's part is about, whom a clause of time names aside ("Then, before Xi, came a session …").
    const acting = direct.filter((ref) => !inPointOfReference(ref));
    const namedOutside = new Set(sentence.refs.filter((ref) => !inPointOfReference(ref)).map((ref) => ref.id));
    const onlyThere = new Set(sentence.refs.filter((ref) => inPointOfReference(ref) && !namedOutside.has(ref.id)).map((ref) => ref.id));
    const namedHere = new Set(sentence.refs.map((ref) => ref.id));
    // Every one of the fact's people the sentence names is in such a clause: the clause tells of that event.
    const toldInTimeClause = (fact: Fact) => onlyThere.size > 0 && fact.participants.some((id) => onlyThere.has(id)) && fact.participants.every((id) => onlyThere.has(id) || !namedHere.has(id));
    // "Blinken met Wang Yi; the talks ran for three hours": a part of the sentence opening with the event told before
    // it is about the other people named there, not the sentence before's.
    const toldBefore = this.opensWithTheEvent(sentenceIndex, segment)
      ? refs.filter((ref) => ref.person && ref.end <= segment.start && !inPointOfReference(ref) && !direct.some((other) => other.id === ref.id))
      : [];
    // "Monday's session began in silence: neither Blinken nor Wang spoke": a part after a colon names whom the
    // value's part refers to, not the sentence before.
    // (Not the colon closing the value as a label: "**Saturday:** six hours of talks with Qin Gang".)
    const colon = prose.indexOf(':', value.end);
    const labelColon = /^[\s*_]*$/.test(prose.slice(value.end, colon));
    const namedAfterColon = colon >= 0 && colon < sentence.end && !labelColon && !refs.some((ref) => ref.person && ref.start < colon) ? refs.filter((ref) => ref.person && ref.start > colon) : [];
    const referredBack = toldBefore.length > 0 ? toldBefore : namedAfterColon.length > 0 ? namedAfterColon : sentence.context;
    const found: Candidate[] = [];
    const colonLabel = labelBeforeColon(this.analysis.doc.prose, sentence, clause);
    const subjectPart = bare ? undefined : subjectBeforeAside(prose, sentence, segment);
    let relativeDayWords: number[] | undefined;
    let withPhrase: Span | null | undefined;
    let deniedAfter: Span | null | undefined;
    let descriptionAt: Word[] | null | undefined;
    let describesPartner: boolean | undefined;
    for (const fact of this.factsIn(sentenceIndex).facts) {
      const ahead = isAhead(this.reference, fact);
      if (!fits(fact) || (later && !ahead) || (denied && !claimedWhenDenied(fact))) continue;
      // An event word reaching into the value's own words ("hour before" in "three hours before Xi received
      // him") is part of how the value is written, not a sign of the event (the unit word alone is its own hit).
      // An event word after "the day after", "a week before" is a point of reference, not the dated event.
      // Nor is one that is the value's own words ("two days" of a "two-day trip"): any such value would be that event's.
      const hits = this.hits(sentenceIndex, fact).filter(
        (hit) => (hit.end <= value.start || hit.start >= value.end || (within(hit, value) && (hit.unit || isUnitTrigger(fact, hit.key) || value.start === value.end))) && !afterTimeFrom(this.analysis.doc.prose, sentence.words, hit, value, segment) && (!countedAround || within(hit, countedAround)) && (!sequenced || hit.start >= sequenced.start) && !countsFrom(hit) && !onlyIntended(sentence.words, hit, fact),
      );
      if (hits.length === 0 || (runBegun && !hits.some((hit) => within(runBegun, hit) || (begunWith !== undefined && !hit.unit && within(hit, begunWith)))) || (joinedPart.length > 0 && fact.participants.length > 0 && !joinedPart.some((ref) => fact.participants.includes(ref.id)))) continue;
      // The value's own phrase must use an event word of the fact (or be bare); the whole clause then counts.
      // ("First round of talks: Saturday, with Qin Gang": a label before a colon opening the clause is the clause's.)
      const inClause = hits.filter((hit) => within(hit, clause) || (colonLabel !== undefined && within(hit, colonLabel)));
      if (!bare && !inClause.some((hit) => within(hit, segment) || (colonLabel !== undefined && within(hit, colonLabel)) || (sayingAfter !== undefined && within(hit, sayingAfter)) || (subjectPart !== undefined && within(hit, subjectPart)))) continue;
      if (inClause.length === 0 || sequencedApart(this.analysis.doc.prose, sentence.words, value, inClause)) continue;
      // "On Wednesday evening, with Blinken's meeting with Xi just two days old, the press club gathered": event words
      // only in a phrase opened by "with" after a value put first tell what was so then, not what the value is of.
      if ((withPhrase ??= absoluteWithAfter(prose, sentence, value) ?? null) && inClause.every((hit) => within(hit, withPhrase!))) continue;
      if (startedWhen && inClause.every((hit) => within(hit, startedWhen))) continue;
      // "So the six-hour figure belongs to the day before, not to the Wang session": an event named only after ", not"
      // is the one the value is denied to.
      if ((deniedAfter ??= setAgainstAfter(prose, sentence, value) ?? null) && inClause.some((hit) => !hit.unit && within(hit, deniedAfter!)) && inClause.every((hit) => hit.unit || within(hit, deniedAfter!))) continue;
      // "Lindqvist flew for nine hours and met Duarte", "The war games lasted three days, a day longer than the
      // visit", "three days of war games": a value whose own phrase has only this fact's unit word, and an event
      // word of another fact counted in the same unit, is that fact's.
      if (!bare && inClause.every((hit) => hit.unit || !within(hit, segment)) && this.otherEventIn(sentenceIndex, valuesPhrase(sentence.words, segment, value), fact, fits)) continue;
      if (happensAgain(sentence.words, clause, inClause, ahead, value) || toldAsEarlier(sentence.words, inClause, value)) continue;
      // "Biden and Xi held a virtual summit": met at a distance, another occasion than one the reference tells of.
      if (meetsInPerson(fact) && sentence.words.some((word) => within(word, clause) && REMOTE_WORDS.has(word.norm))) continue;
      // "Blinken said on Tuesday that the meeting …": the date is the saying's, not the meeting's, unless it was said
      // at the meeting ("Xi said on Friday, in a meeting with Bill Gates, that …").
      const said = speech ? null : saidAfterValue();
      // "Xi met Bill Gates, a friend, on Thursday and said little": a verb joined after the value does not date it
      // when the event's word comes before it.
      const joinedAfter = (verb: Word) => inClause.some((hit) => hit.end <= value.start) && sentence.words.some((word) => word.norm === 'and' && word.start >= value.end && word.end <= verb.start);
      // "In March, the US said it had seen a balloon, and Blinken postponed the trip": nor an event word in a part joined
      // after the saying with a subject of its own named, which the phrase put first dates too.
      const joinedWithOwnSubjectAfter = (verb: Word) => inClause.some((hit) => hit.start > verb.end && sentence.refs.some((ref) => ref.person && ref.start > verb.end && ref.end <= hit.start && /,\s*(?:and|but)\s+$/.test(prose.slice(Math.max(verb.end, ref.start - 8), ref.start))));
      const dating = speech ?? (said && !isSaying(this.reference, fact) && !inClause.some((hit) => hit.start >= value.end && hit.end <= said.start) && !joinedAfter(said) && !joinedWithOwnSubjectAfter(said) ? said : undefined);
      // (A length or a count is never a saying's: "a meeting that officials said lasted five hours".)
      // ("Xi offered a hint that …": the verb of saying's object is the event word, the saying the event.)
      if (fact.date && dating && !inClause.some((hit) => within(dating, hit) || occasionOf(sentence.words, hit) || objectOfSaying(sentence.words, dating, hit) || tellingAfterValue(prose, sentence.words, value, hit))) continue;
      // A fact about a saying ("Biden said on Saturday that he hoped to meet Xi") is told with a verb of saying
      // whose subject is its speaker: not "Xi said on Thursday …", nor "Monday may lead to a meeting of Xi and Biden".
      if (isSaying(this.reference, fact) && !inClause.some((hit) => isSpeechHit(sentence, hit) && speakerOf(sentence, hit) === evidenceSpeaker(this.reference, fact))) continue;
      // "China launched war games in March after Tsai met McCarthy": people the fact itself tells of in a clause of time
      // ("… in April 2023 after Tsai Ing-wen met Kevin McCarthy") are named by such a clause of the sentence.
      const causes = causesInTimeClause(this.reference)(fact);
      // (In the value's own clause: "The drills followed her trip in August 2022; it was this April, after Tsai met
      // McCarthy, that …" tells of two occasions.)
      const inItsTimeClause = causes.size > 0 ? sentence.refs.filter((ref) => causes.has(ref.id) && inPointOfReference(ref) && !direct.includes(ref) && within(ref, recallsAnother ? segment : ownClause)) : [];
      // ("Sunday, the day of the sessions that preceded Xi, was when Blinken pressed …": someone named only as the event
      // counted from is not of the value's event, unless that clause holds all the fact's people the sentence names.)
      // (Named alone after the word of time, standing for their event: not "before Blinken arrived", where he acts.)
      const countedFromOnly = (ref: EntityRef) => inPointOfReference(ref) && standsForEvent(prose, sentence.words, ref) && !inItsTimeClause.includes(ref) && !toldInTimeClause(fact);
      const directRefs = [...direct, ...inItsTimeClause].filter((ref) => fact.participants.includes(ref.id) && !anotherDaysPhrase(sentence.words, value, ref) && !countedFromOnly(ref));
      // "from his first meeting on Sunday to his audience with Xi the next day": someone of the fact dated by a day
      // told relative to the value is at another event.
      if (datedApart(sentence, (relativeDayWords ??= relativeDays(sentence)), value, directRefs.filter((ref) => ref !== subject))) continue;
      const named = new Set(directRefs.map((ref) => ref.id)).size;
      // The previous sentence supplies who a sentence naming nobody is about, or the other side of a two-sided
      // fact, when the sentence refers back ("It was …", "The two …", "The Qin meeting …").
      const namesNobody = !direct.some((ref) => ref.person);
      // "The three-hour figure belongs to a different meeting": an event set apart from the one told of before.
      // ("Getting there had involved a 14-hour trans-Pacific journey": an event of one person's told in words only
      // that fact has, of several words, in the value's own part, needs no "the".)
      const ownEventTold = () => namesNobody && fact.participants.length === 1 && inClause.some((hit) => hit.key.includes(' ') && within(hit, near) && distinctiveTriggers(this.reference, fact).has(hit.key));
      // ("China pressed the United States on Monday …" of Blinken pressing China: a body named as the subject before the
      // event word, none of the fact's people, does what the clause tells; the sentence before supplies no one.)
      const otherActor = subject !== undefined && !subject.person && subject.via === 'name' && !fact.participants.includes(subject.id) && inClause.some((hit) => !hit.unit) && inClause.every((hit) => hit.unit || hit.start > subject.end);
      // ("… followed a meeting on Sunday, in which Blinken …": the event of a phrase of sequence is told there, not before.)
      const fromContext = (namesNobody || (named > 0 && fact.participants.length >= 2)) && !otherActor && !sequenced && (refersBackHere() || ownEventTold()) && !setApart(sentence.words, clause, inClause);
      // "On Sunday, the secretary held talks with Qin Gang": one side named, the other described by a title the
      // person named before holds.
      // ("Sullivan met the senior Chinese foreign policy adviser in Vienna": a description after the event word is the
      // other side when all its words fit one of the person's roles; not "the trade minister" for a foreign minister.)
      const description = !fromContext && named > 0 && fact.participants.length >= 2 ? (descriptionAt ??= descriptionIn(this.analysis.doc.prose, sentence, clause) ?? null) : null;
      const beforeEvent = description !== null && description[0].start < Math.min(...inClause.map((hit) => hit.start));
      const described = description?.at(-1) && stripPossessive(description.at(-1)!.norm);
      const fromDescription = description && described ? sentence.context.filter((ref) => fact.participants.includes(ref.id) && (beforeEvent ? this.holdsTitleWord(ref.id, described) : this.fitsDescription(ref.id, description))) : [];
      // "Wang Yi spoke later. The foreign minister's session with Blinken ran …": whom the clause describes by a title
      // that none of its named people holds is not someone named before who does not hold it either.
      // The head word of the clause's description, and whether the description comes after "with".
      const describedHead = (): string | null => {
        descriptionAt ??= descriptionIn(this.analysis.doc.prose, sentence, clause) ?? null;
        return descriptionAt && stripPossessive(descriptionAt.at(-1)!.norm);
      };
      const descriptionAfterWith = () => (describesPartner ??= sentence.words[descriptionStart(sentence, clause) - 1]?.norm === 'with');
      const describedOther = (ref: EntityRef) => {
        // "Sunday's session with the foreign minister": a description after "with" is whom the subject met.
        if (descriptionAfterWith()) return false;
        const head = describedHead();
        return head !== null && ref.person && !this.holdsTitleWord(ref.id, head) && !direct.some((other) => other.person && this.holdsTitleWord(other.id, head));
      };
      // "Blinken arrived. A session of about five hours with Wang Yi followed.": a clause with no subject of its own,
      // naming only whom someone was with, is about whom the sentence before named, when they are all the fact's.
      // ("Then, before Xi, came a session with Wang Yi": whom a clause of time names is no one's company.)
      // (A possessive names no subject either: "nearly six hours with Qin Gang, ending in Qin's acceptance of …".)
      // (Nor does a title set beside a name after "with": "with Wang Yi, China's top diplomat".)
      const withName = (ref: EntityRef) => afterWith(sentence.words, ref) || (ref.via === 'title' && direct.some((other) => other.id === ref.id && other.via === 'name' && afterWith(sentence.words, other)));
      const withOnly = !fromContext && named > 0 && fact.participants.length >= 2 && direct.every((ref) => !ref.person || withName(ref) || inPointOfReference(ref) || /^['’]s\b/.test(prose.slice(ref.end, ref.end + 3)));
      // (Not whom the sentence before named only as company: "Sunday was six hours with Qin Gang. Then came a
      // session with Wang Yi" is the subject's.)
      // (Whom the sentence itself names before the clause, outside a clause of time and not as company itself, comes
      // first: "Before Blinken was shown in to see Xi, he had one more appointment: a session of about three hours with
      // Wang Yi"; not "an hour with Ferreira; nine hours with Duarte".)
      const namedBefore = withOnly ? sentence.refs.filter((ref) => ref.person && ref.end <= clause.start && !inPointOfReference(ref) && !withName(ref)) : [];
      const company = withOnly ? (namedBefore.length > 0 ? namedBefore : sentence.context.filter((ref) => ref.person && !describedOther(ref) && !this.onlyCompanyBefore(sentenceIndex, ref.id))) : [];
      // Everyone named before, or the subject of the sentence before ("Blinken met Qin Gang. A session with Wang Yi
      // followed.": Blinken's).
      const fromCompany = company.length > 0 && company.every((ref) => fact.participants.includes(ref.id)) ? company : company.slice(0, 1).filter((ref) => fact.participants.includes(ref.id));
      // (Whom the subject met, described after "with", holds that title among the fact's people, or it is another
      // meeting: "Talks with the foreign minister: just under six hours" is not the Wang Yi meeting.)
      const partnerHead = fromContext && descriptionAfterWith() ? describedHead() : null;
      if (partnerHead !== null && !fact.participants.some((id) => this.holdsTitleWord(id, partnerHead))) continue;
      const refs = [...directRefs, ...(fromContext && !toldInTimeClause(fact) ? referredBack.filter((ref) => fact.participants.includes(ref.id) && !describedOther(ref)) : fromDescription), ...fromCompany];
      // "No secretary of state had visited China for five years", in a text about the secretary: a holder of the
      // one person's title, told of as anyone holding it, is that person for what only a holder of it can be.
      // "## March 2023 — A balloon and a postponement": a heading naming no one, in words only one fact of the person
      // the document is about has, tells of that fact.
      const headingOfSubject = () => fact.participants.length === 1 && fact.participants[0] === this.analysis.subject && inHeading(this.analysis.doc, value) && inClause.some((hit) => distinctiveTriggers(this.reference, fact).has(hit.key));
      const supported = new Set(refs.map((ref) => ref.id)).size || (fact.participants.length === 1 && (inClause.some((hit) => this.titleOfParticipant(fact, hit)) || headingOfSubject()) ? 1 : 0);
      // Only the previous sentence says who this one is about: that must pin down both sides of a fact, or the
      // value's own phrase (its clause, for a bare one) must name an event only this fact has ("It was called off
      // in March", "The first round of talks, on Saturday, …").
      // (Or its clause, for an event word of several words: "No secretary of state had visited China for five years".)
      if (named === 0 && supported === 1 && !inClause.some((hit) => (within(hit, near) || hit.key.includes(' ')) && distinctiveTriggers(this.reference, fact).has(hit.key))) continue;
      if (!this.accepts(fact, { named, supported, hits: inClause, local: acting, value, sentence })) continue;
      // "Qin Gang held talks with Janet Yellen on Monday", "Janet Yellen flew in. The Qin meeting lasted …": someone
      // the reference does not know may be the other side.
      // Not a sentence about a country whose government is one of the fact's, naming another of its people too
      // ("China staged drills in October after Pelosi visited"; not "China held drills near Japan in October").
      const bodyActs = directRefs.some((ref) => !ref.person) && sentence.refs.some((ref) => ref.person && fact.participants.includes(ref.id));
      // ("Blinken met Qin. The Qin session with Janet Yellen came a day earlier": a stranger named where the other
      // side would be outweighs a side the sentence before supplies.)
      if (fact.participants.length >= 2 && ((supported < fact.participants.length && sentence.aboutSomeoneElse && !bodyActs) || (named < fact.participants.length && this.strangerIn(sentenceIndex, clause, inClause)))) continue;
      // "Pompeo stopped in Beijing in 2018; before him, Rex Tillerson visited in 2017": the event word's subject is
      // someone the reference does not know.
      if (this.strangerActs(sentenceIndex, near, inClause)) continue;
      // "The US opened two new embassies", of China's: another country acting where the fact's bodies are not named.
      if (supported === 0 && this.otherCountryActs(sentence, inClause, fact)) continue;
      places ??= placeWords(this.analysis.doc.prose, wordsOutsideRefs(sentence, near));
      if (this.placeConflict(sentence, places, fact) || this.timeConflict(clause, fact, !directRefs.some((ref) => ref.via !== 'pronoun'))) continue;
      // "Blinken met Wang Yi in Jakarta on 13 July": the value's part of the sentence puts it in a town the source
      // article never names (its part only: "After Tsai met McCarthy in California, China launched …").
      townElsewhere ??= placeWords(this.analysis.doc.prose, wordsOutsideRefs(sentence, segment)).some((place) => place.town && !articleWords(this.reference).has(place.norm));
      if (townElsewhere) continue;
      const distinctive = inClause.filter((hit) => distinctiveTriggers(this.reference, fact).has(hit.key));
      const inPart = new Set(inClause.filter((hit) => !hit.unit && within(hit, segment)).map((hit) => hit.key)).size;
      found.push({ fact, named, supported, hits: inClause, distinctive, refs, inPart });
    }
    return found;
  }

  /** The sentence at `sentenceIndex` names two people or more, all of them `ids`, and no one the reference does not know. */
  private namesOnly(sentenceIndex: number, ids: readonly string[]): boolean {
    if (sentenceIndex < 0) return false;
    const named = new Set(this.sentences.at(sentenceIndex).refs.filter((ref) => ref.person).map((ref) => ref.id));
    return named.size >= 2 && [...named].every((id) => ids.includes(id)) && this.sentences.unknownNamesAt(sentenceIndex).length === 0;
  }

  /** The sentence before names the person, and only right after "with" ("six hours with Qin Gang"). */
  private onlyCompanyBefore(sentenceIndex: number, id: string): boolean {
    if (sentenceIndex === 0) return false;
    const before = this.sentences.at(sentenceIndex - 1);
    const named = before.refs.filter((ref) => ref.id === id);
    return named.length > 0 && named.every((ref) => afterWith(before.words, ref));
  }

  /**
   * The clause names someone the reference does not know where the other side of an event would be: opening it
   * ("Janet Yellen's talks with Qin"), or after "with" or an event word ("talks with Janet Yellen", "met Yellen").
   */
  private strangerIn(sentenceIndex: number, clause: Span, hits: readonly TriggerHit[]): boolean {
    const sentence = this.sentences.at(sentenceIndex);
    const clauseStart = firstStartingAt(sentence.words, clause.start);
    return this.sentences.unknownNamesAt(sentenceIndex).some((name) => {
      if (!within(name, clause)) return false;
      const at = firstStartingAt(sentence.words, name.start);
      const before = sentence.words[at - 1];
      return at === clauseStart || before?.norm === 'with' || hits.some((hit) => hit.end === before?.end);
    });
  }

  /** A name the reference does not know stands right before an event word in `part`, auxiliaries aside ("Rex Tillerson (had) visited"). */
  private strangerActs(sentenceIndex: number, part: Span, hits: readonly TriggerHit[]): boolean {
    const sentence = this.sentences.at(sentenceIndex);
    const { prose } = this.analysis.doc;
    // Unknown names are read only when a capitalised word stands before an event word, auxiliaries aside.
    const afterCapital = hits.some((hit) => {
      const before = sentence.words[lastWordOfSubject(sentence.words, firstStartingAt(sentence.words, hit.start))];
      return before !== undefined && isCapitalizedWord(prose, before) && !sentence.refs.some((ref) => ref.end === before.end);
    });
    const acts =
      afterCapital &&
      this.sentences.unknownNamesAt(sentenceIndex).some((name) => {
        if (!within(name, part)) return false;
        let at = firstStartingAt(sentence.words, name.end);
        if (!/^\s+$/.test(prose.slice(name.end, sentence.words[at]?.start ?? name.end))) return false;
        while (BETWEEN_SUBJECT_AND_VERB.has(sentence.words[at]?.norm ?? '')) at++;
        return hits.some((hit) => hit.start === sentence.words[at]?.start);
      });
    return acts || this.strangersEvent(sentenceIndex, part, hits);
  }

  /** A country none of the fact's bodies belongs to stands right before one of its event words, auxiliaries aside. */
  private otherCountryActs(sentence: SentenceFrame, hits: readonly TriggerHit[], fact: Fact): boolean {
    return hits.some((hit) => {
      const before = sentence.words[lastWordOfSubject(sentence.words, firstStartingAt(sentence.words, hit.start))];
      const country = before && !hit.unit && isCapitalizedWord(this.analysis.doc.prose, before) && !sentence.refs.some((ref) => within(before, ref)) ? countryNamed(stripPossessive(before.norm)) : undefined;
      return country !== undefined && !fact.participants.some((id) => countryOfBody(this.reference, id) === country);
    });
  }

  /**
   * "since Richard Nixon's week-long visit": a name the reference does not know owns an event word in `part`, a few
   * lower-case words between.
   */
  private strangersEvent(sentenceIndex: number, part: Span, hits: readonly TriggerHit[]): boolean {
    const sentence = this.sentences.at(sentenceIndex);
    const { prose } = this.analysis.doc;
    return this.sentences.unknownNamesAt(sentenceIndex).some((name) => {
      if (!within(name, part)) return false;
      const owner = lastStartingAtOrBefore(sentence.words, name.end - 1);
      const last = sentence.words[owner];
      if (!last || !/['’]s$/u.test(prose.slice(last.start, last.end)) && !/^['’]s\b/u.test(prose.slice(name.end, name.end + 2))) return false;
      for (let at = owner + 1; at <= owner + 1 + OWNED_EVENT_MODIFIERS && at < sentence.words.length; at++) {
        if (hits.some((hit) => !hit.unit && hit.start === sentence.words[at].start)) return true;
        if (isCapitalizedWord(prose, sentence.words[at])) return false;
      }
      return false;
    });
  }

  /** Between the offsets, the sentence turns from a claim it reports to what was so. */
  turnsToWhatWasSo(from: number, to: number): boolean {
    return SETS_RIGHT_IN_SENTENCE.test(this.analysis.doc.prose.slice(from, to));
  }

  /**
   * A verb of saying, or a piece of text that says things, comes before the value in its sentence: the value may be a
   * claim the draft reports.
   */
  reportsClaim(value: Span): boolean {
    const index = this.sentenceOf(value);
    // "A timeline put Xi's meeting with Bill Gates on Thursday": what a piece of text said is a claim reported too.
    // "I had assumed the flight took twelve hours": a belief told, to be set right, is a claim reported too.
    // "secretary of state", "the said agreement": no saying.
    const saying = (words: readonly Word[], k: number) => SPEECH_VERBS.has(words[k].norm) && !NOT_BEFORE_SAYING.has(words[k - 1]?.norm ?? '');
    return index >= 0 && this.sentences.at(index).words.some((word, k, words) => word.end <= value.start && (saying(words, k) || PUBLISHED_TEXTS.has(singular(word.norm)) || BELIEF_VERBS.has(word.norm) || REFERRING_VERBS.has(word.norm)));
  }

  /**
   * "A widely shared post insisted that Xi had met Blinken on Tuesday. That is wrong: …": a claim the sentence
   * reports (a verb of saying before the value) that the next sentence of its paragraph opens by disputing or asks
   * about ("Can someone set the record straight?"), or that a later clause of its sentence disputes ("…; in fact …").
   */
  private disputedAfter(sentenceIndex: number, value: Span): boolean {
    let disputes = this.nextDisputes.get(sentenceIndex);
    if (disputes === undefined) {
      const { prose } = this.analysis.doc;
      const next = this.sentences.spans[sentenceIndex + 1];
      disputes = next !== undefined && this.inOneBlock(this.sentences.spans[sentenceIndex], next) && disputesWhatCameBefore(prose.slice(next.start, next.end));
      this.nextDisputes.set(sentenceIndex, disputes);
    }
    if (disputes) return this.reportsClaim(value);
    const { prose } = this.analysis.doc;
    if (this.valueDeniedNext(sentenceIndex, value)) return true;
    const afterBreak = (clause: Span) => /[;—–]\s*$/.test(prose.slice(Math.max(0, clause.start - 3), clause.start));
    return this.sentences.at(sentenceIndex).clauses.some((clause) => clause.start > value.end && afterBreak(clause) && opensByDisputing(prose.slice(clause.start, clause.start + 60))) && this.reportsClaim(value);
  }

  /**
   * "Q: I read that China held a week of war games. ¶ A: Three days, not a week.": the next sentence, in the same
   * paragraph or the next, denies the value in its own words.
   */
  private valueDeniedNext(sentenceIndex: number, value: Span): boolean {
    const next = this.sentences.spans[sentenceIndex + 1];
    if (!next) return false;
    const { prose, blocks } = this.analysis.doc;
    const block = lastStartingAtOrBefore(blocks, this.sentences.spans[sentenceIndex].start);
    if (block < 0 || next.start >= (blocks[block + 1]?.end ?? prose.length)) return false;
    const written = prose.slice(value.start, value.end).toLowerCase();
    const nextText = prose.slice(next.start, next.end).toLowerCase();
    return ['not ', 'not on ', 'not in '].some((before) => {
      const at = nextText.indexOf(before + written);
      return at >= 0 && (at === 0 || !/[\p{L}\p{N}]/u.test(nextText[at - 1])) && !/[\p{L}\p{N}]/u.test(nextText[at + before.length + written.length] ?? '');
    });
  }

  /** One of the person's roles has the word in its title ("secretary" in "secretary of state"). */
  private holdsTitleWord(id: string, word: string): boolean {
    return this.reference.person(id)?.roles.some((role) => readRole(role).titleWords.has(word)) ?? false;
  }

  /** A present role of the person has every title word of the description, and its other words name its organisation ("Chinese"). */
  private fitsDescription(id: string, description: readonly Word[]): boolean {
    return (
      this.reference.person(id)?.roles.some((role) => {
        const { titleWords, names } = readRole(role);
        return !role.former && description.every((word) => {
          const norm = stripPossessive(word.norm);
          return isTitleWord(norm) ? titleWords.has(norm) : names.some((name) => sameStem(norm, name));
        });
      }) ?? false
    );
  }

  /** Another fact `fits` accepts has an event word (not its unit word) in `part`. */
  private otherEventIn(sentenceIndex: number, part: Span, fact: Fact, fits: (fact: Fact) => boolean): boolean {
    return this.factsIn(sentenceIndex).facts.some((other) => other !== fact && fits(other) && this.hits(sentenceIndex, other).some((hit) => !hit.unit && within(hit, part)));
  }

  /** A verb of starting comes before the value in the clause, and the value is a date. */
  private startDated(sentence: SentenceFrame, clause: Span, value: Span): boolean {
    return sentence.words.some((word) => within(word, clause) && word.end <= value.start && SERIES_STARTS.has(word.norm)) && this.isDate(value);
  }

  /**
   * "…anchors it to the Sunday, when the talking actually started": a clause of "when" right after the date that tells
   * of a start (its span).
   */
  private whenRunStarted(sentence: SentenceFrame, value: Span): Span | undefined {
    const next = firstStartingAt(sentence.words, value.end);
    const when = sentence.words[next];
    if (when?.norm !== 'when' || !this.isDate(value)) return undefined;
    const clause = { start: when.start, end: toPhraseEnd(this.analysis.doc.prose, sentence, when.end) };
    return sentence.words.slice(next + 1, next + 1 + WHEN_CLAUSE_REACH).some((word) => within(word, clause) && SERIES_STARTS.has(word.norm)) ? clause : undefined;
  }

  /** The people named by name (not a possessive) between the last ", and" or ", but" before the value and the value. */
  private namedInJoinedPart(sentence: SentenceFrame, value: Span): EntityRef[] {
    const { prose } = this.analysis.doc;
    let k = firstStartingAt(sentence.words, value.start) - 1;
    while (k > 0 && !(VERB_JOINERS.has(sentence.words[k].norm) && /,\s*$/.test(prose.slice(sentence.words[k - 1].end, sentence.words[k].start)))) k--;
    // "…, and after Tsai met McCarthy in April, China launched …": a clause of time put first names the other event's people.
    if (k <= 0 || CLAUSE_OF_TIME_OPENERS.has(sentence.words[k + 1]?.norm ?? '')) return [];
    const part = { start: sentence.words[k].end, end: value.start };
    return sentence.refs.filter((ref) => ref.person && ref.via === 'name' && within(ref, part) && !/^['’]s\b/.test(prose.slice(ref.end, ref.end + 2)));
  }

  /** The noun of "a visit that began on Sunday" when the value is the date in such a relative clause. */
  private runDatedInRelative(sentence: SentenceFrame, value: Span): Word | undefined {
    let k = firstStartingAt(sentence.words, value.start) - 1;
    while (k > 0 && !RELATIVE_THAT.has(sentence.words[k].norm)) k--;
    const verb = sentence.words[AUXILIARIES.has(sentence.words[k + 1]?.norm ?? '') ? k + 2 : k + 1];
    const dated = k > 0 && verb !== undefined && verb.end <= value.start && SERIES_STARTS.has(verb.norm) && wordsBetween(sentence.words, verb, value) <= RELATIVE_REACH;
    return dated && this.isDate(value) ? sentence.words[k - 1] : undefined;
  }

  /** The value is a date, not a number. */
  private isDate(value: Span): boolean {
    return readDates(this.analysis).some((date) => date.start === value.start);
  }

  /** A distinctive event word of several words that is a title of the fact's one person ("secretary of state"). */
  private titleOfParticipant(fact: Fact, hit: TriggerHit): boolean {
    const person = this.reference.person(fact.participants[0]);
    return hit.key.includes(' ') && person !== undefined && distinctiveTriggers(this.reference, fact).has(hit.key) && person.roles.some((role) => triggerKey(role.title) === hit.key);
  }

  private accepts(fact: Fact, at: { named: number; supported: number; hits: TriggerHit[]; local: EntityRef[]; value: Span; sentence: SentenceFrame }): boolean {
    const { named, supported, hits, local, value, sentence } = at;
    const eventWords = hits.filter((hit) => !hit.unit);
    const onlyOrganizations = fact.participants.every((id) => this.reference.entities.get(id)?.kind === 'organization');
    if (fact.participants.length === 0 || (supported === 0 && onlyOrganizations)) {
      // Nobody to recognise the fact by: its event words must stand right by the value ("three days of war games").
      // For a date, an event word of several words ("the 2025 presidential election"): a one-word event recurs ("the
      // 2022 elections" are other elections than "the 2024 election").
      // ("Four days: the length of the war games": how long an event took stands for it.)
      const lengthOf = (hit: TriggerHit) => (fact.quantity ? lengthNounBefore(this.analysis.doc.prose, sentence.words, hit) : undefined);
      const nearValue = (hit: Span) => wordsBetween(sentence.words, hit, value) <= NEAR_WORDS;
      const near = eventWords.filter((hit) => (nearValue(hit) || nearValue(lengthOf(hit) ?? hit)) && (!fact.date || (hit.key.includes(' ') && !this.placedElsewhere(sentence, hit, value))));
      if (near.length === 0 && !(fact.quantity && (this.lastsWhatCameBefore(sentence, value, fact) || lastedBySubject(this.analysis.doc.prose, sentence, value, eventWords)))) return false;
      return !this.toldOfOtherYear(this.sentenceOf(value), value, fact);
    }
    if (supported === 0) return false;
    // Someone else named where one of a two-sided fact's people should be: another event.
    const someoneElse = local.some((ref) => ref.person && !fact.participants.includes(ref.id));
    if (fact.participants.length >= 2 && named < fact.participants.length && someoneElse) return false;
    // Only its unit word: both people named ("Blinken and Qin spent six hours together"), or the event itself
    // referred back to ("It lasted six hours"), not people doing something else ("the two sides traded insults
    // for an hour").
    if (eventWords.length === 0 && named < 2 && !(supported >= 2 && refersToEvent(sentence, value))) return false;
    if (supported === 1 && !hits.some((hit) => distinctiveTriggers(this.reference, fact).has(hit.key)) && !this.onDayOfItsEvent(fact, sentence, value) && !this.edgeOfItsRun(fact, sentence, value, hits)) return false;
    return true;
  }

  /**
   * "Blinken's talks started on Saturday": the date a run of one person's events began (or ended) on is that of the
   * first (or last) of the events the reference dates that share its event word.
   */
  private edgeOfItsRun(fact: Fact, sentence: SentenceFrame, value: Span, hits: readonly TriggerHit[]): boolean {
    if (fact.date?.precision !== 'day') return false;
    const clause = clauseAround(sentence, value);
    const before = sentence.words.filter((word) => within(word, clause) && word.end <= value.start);
    const verb = before.at(/^(?:on|in)$/.test(before.at(-1)?.norm ?? '') ? -2 : -1)?.norm ?? '';
    const edge = RUN_BEGAN.has(verb) ? 'began' : RUN_ENDED.has(verb) ? 'ended' : undefined;
    if (!edge) return false;
    const keys = new Set(hits.filter((hit) => !hit.unit && hit.end <= value.start).map((hit) => hit.key));
    const run = this.reference.facts.filter((other) => other.date?.precision === 'day' && other.participants.some((id) => fact.participants.includes(id)) && triggerKeys(this.reference, other).some((key) => keys.has(key)));
    return run.length > 1 && fact.date.value === dayAtEdge(run, edge);
  }

  /**
   * "Blinken opened his visit on Sunday with nearly four hours of talks": a quantity's clause states the day of the
   * event its people had (a fact of the same people dated to the day), which tells it from the person's others.
   */
  private onDayOfItsEvent(fact: Fact, sentence: SentenceFrame, value: Span): boolean {
    const days = fact.quantity ? eventDaysOf(this.reference).get(peopleKey(fact)) : undefined;
    if (!days) return false;
    const clause = clauseAround(sentence, value);
    return readDates(this.analysis).some((date) => within(date, clause) && days.some((day) => isDayOf(date.stated, day)));
  }

  /**
   * "China staged war games in April. They lasted five days.": a clause opening with a pronoun and a verb of lasting,
   * after a sentence of the same paragraph that names the event with one of its event words.
   */
  private lastsWhatCameBefore(sentence: SentenceFrame, value: Span, fact: Fact): boolean {
    const clause = clauseAround(sentence, value);
    const [first, second] = sentence.words.filter((word) => within(word, clause));
    if (!first || !second || !EVENT_PRONOUNS.has(first.norm) || !LASTING_VERBS.has(second.norm)) return false;
    const index = this.sentenceOf(value);
    return index > 0 && this.inOneBlock(this.sentences.spans[index - 1], value) && this.hits(index - 1, fact).some((hit) => !hit.unit);
  }

  /**
   * "Turkey's 2023 presidential election", "the 2023 presidential election in Turkey": the phrase of a value and its
   * event word belongs to a place the source article never names, so it is another occasion of that kind of event.
   */
  private placedElsewhere(sentence: SentenceFrame, hit: Span, value: Span): boolean {
    const { prose } = this.analysis.doc;
    const sentenceWords = sentence.words;
    const first = firstStartingAt(sentenceWords, Math.min(hit.start, value.start));
    const last = firstStartingAt(sentenceWords, Math.max(hit.end, value.end));
    const before = sentenceWords[first - 1]?.norm === 'the' ? sentenceWords[first - 2] : sentenceWords[first - 1];
    const after = PLACE_OF.has(sentenceWords[last]?.norm ?? '') ? sentenceWords[last + 1] : undefined;
    return [before, after].some((word) => word !== undefined && isCapitalizedWord(prose, word) && !articleWords(this.reference).has(stripPossessive(word.norm)));
  }

  /**
   * The clause puts the event somewhere the reference does not, and the reference somewhere the clause does not
   * ("Ferreira visited Lisbon" against "Ferreira visited São Paulo"): another event of the same kind.
   */
  private placeConflict(sentence: SentenceFrame, draftPlaces: readonly Place[], fact: Fact): boolean {
    if (draftPlaces.length === 0) return false;
    const evidence = evidenceWordsOf(fact);
    const countries = new Set(evidence.places.map((place) => place.country));
    if (draftPlaces.every((place) => evidence.words.has(place.norm) || countries.has(place.country ?? ''))) return false;
    const sentenceText = new Set(sentence.words.map((w) => w.norm));
    const named = new Set(draftPlaces.map((place) => place.country));
    return evidence.places.some((place) => !sentenceText.has(place.norm) && !(place.country && named.has(place.country)) && !this.reference.lookupName(place.norm).length);
  }

  /**
   * An undated fact whose evidence says when it happened ("China's April war games lasted three days"), in a
   * clause dated another month or year ("four days of drills, from 4 to 7 August"): another occasion of its kind; so
   * is a story's duration in a clause dated another year than the article's, `namesNone` of the fact's people.
   */
  private timeConflict(clause: Span, fact: Fact, namesNone: boolean): boolean {
    if (fact.date) return false;
    const evidence = evidenceWordsOf(fact);
    const { months } = evidence;
    let { years } = evidence;
    // How long a moment of the story took is of the article's year, for a clause naming none of its people (a pronoun
    // at most): "My grandson flew to Hong Kong in 2019 and that took him 12 hours" is another journey (not "Pompeo
    // visited in 2018, and Blinken's talks lasted seven hours").
    if (namesNone && months.size === 0 && years.size === 0 && fact.quantity && STORY_DURATION_UNITS.has(fact.quantity.unit)) years = new Set([Number(this.reference.loaded.set.article.date.slice(0, 4))]);
    if (months.size === 0 && years.size === 0) return false;
    const dates = readDates(this.analysis).filter((date) => within(date, clause));
    // A clause may tell of two occasions ("drills in August, and in April two days of war games"): one dated as
    // the fact is will do.
    const conflicts = (field: 'month' | 'year', expected: Set<number>) => {
      const stated = dates.flatMap((date) => (date.stated[field] === undefined ? [] : [date.stated[field]]));
      return expected.size > 0 && stated.length > 0 && !stated.some((value) => expected.has(value));
    };
    return conflicts('month', months) || conflicts('year', years);
  }

  /**
   * "**Thursday, June 15.** Xi meets Bill Gates …", "**30 hours.** That is how long the journey took.": a value
   * standing alone as a sentence (`value` its whole written form) labels its paragraph; the facts it may be are those
   * of the next sentence of the paragraph, read at that sentence's start, told with a fact's people or a word only
   * that fact has.
   */
  labelledCandidates(value: Span, fits: (fact: Fact) => boolean, values: readonly Span[]): Candidate[] {
    const index = this.sentenceOf(value);
    const sentence = this.sentences.spans[index];
    const { prose } = this.analysis.doc;
    if (!sentence) return [];
    // "How long did Blinken spend with Qin? ¶ Nearly six hours. His session with Wang …": a value answering the
    // question before it is not the label of the sentence after it.
    // "- **Who:** Blinken and Qin Gang ¶ - **When:** Saturday, the opening day of talks": a field of a card telling
    // only what it measures, under a field naming people.
    const cardPeople = this.cardPeopleOf(value);
    if (cardPeople) return this.onlyMeetingOf(fits, cardPeople, NOBODY);
    const answer = this.answerTo(index, value, fits);
    const row = this.rowAround(value);
    // ("| A four-hour session | Monday's meeting with Wang Yi |": in a table cell, an article and a noun may come with it.)
    const cellLabel = row !== undefined && /^[\s*_]*(?:(?:a|an|the)\s+)?$/i.test(prose.slice(sentence.start, value.start)) && /^[ \t]+\p{L}+[\s.!*_"”’)]*$/u.test(prose.slice(value.end, sentence.end));
    if (answer || ((!LABEL_LEAD.test(prose.slice(sentence.start, value.start)) || !ENDS_SENTENCE.test(prose.slice(value.end, sentence.end))) && !cellLabel)) return answer ?? [];
    // "| Tuesday 20 June | Blinken meets Xi |": a value filling a table cell is the one its row's other cells tell of;
    // not in a row giving two values ("| Blinken meets Xi | Tuesday | Monday |" may set one right; not a value inside
    // a cell's phrase: "| Burns travels to China | April 2023 | Contacts resumed after the February cancellation |").
    // One of the fact's people may be named in another cell of the row ("| Thu 15 June | Meeting with Bill Gates | Xi Jinping |").
    if (row) {
      const valueCell = (cell: Span) => spansWithin(this.analysis.words, cell).length <= VALUE_CELL_WORDS && values.some((other) => within(other, cell));
      if (row.some(valueCell)) return [];
      const named = new Set(this.analysis.mentions.filter((m) => row.some((cell) => within(m, cell))).map((m) => m.entity.id));
      const cellSentences = row.map((cell) => firstStartingAt(this.sentences.spans, cell.start));
      const told = cellSentences.flatMap((k) => this.toldIn(k, fits, false, named));
      if (told.length > 0) return told;
      // "| Five days | Length of China's April war games |": or the one fact of no one's whose event word a cell has.
      const ofNoOne = cellSentences.flatMap((k) => this.factsIn(k).facts.filter((fact) => fact.participants.length === 0 && fits(fact)).map((fact) => ({ fact, hits: this.hits(k, fact).filter((hit) => !hit.unit) })).filter(({ hits }) => hits.length > 0));
      if (new Set(ofNoOne.map(({ fact }) => fact)).size === 1) return [{ fact: ofNoOne[0].fact, named: 0, supported: 0, hits: ofNoOne[0].hits, distinctive: [], refs: [], inPart: ofNoOne[0].hits.length }];
      // ("| Saturday, 17 June | The president says he hopes to meet Xi | Biden |": a row telling of an event that claims
      // none, a hope, is no row of names the header tells of.)
      const tellsOfEvent = cellSentences.some((k) => this.factsIn(k).facts.some((fact) => this.hits(k, fact).some((hit) => !hit.unit)));
      return tellsOfEvent ? [] : this.toldByHeader(value, fits, named);
    }
    // "**January.** The trip collapses. Blinken postpones it …": the first sentence after the label telling of an event,
    // up to one with a value of its own.
    for (let k = index + 1; k <= index + LABEL_REACH; k++) {
      const next = this.sentences.spans[k];
      if (!next || !this.inOneBlock(sentence, next) || (k > index + 1 && values.some((other) => within(other, next)))) break;
      const told = this.toldIn(k, fits);
      if (told.length > 0) return told;
    }
    return [];
  }

  /**
   * "### How long did Blinken meet Qin Gang? ¶ Nearly eight hours, on Sunday.": a sentence that is a value alone (a
   * phrase of time or place after it aside) answers the question right before it, in its paragraph or the one
   * before, and is told of that question's event.
   */
  private answerTo(index: number, value: Span, fits: (fact: Fact) => boolean): Candidate[] | undefined {
    const { prose, blocks } = this.analysis.doc;
    const sentence = this.sentences.spans[index];
    const question = this.sentences.spans[index - 1];
    if (!question || !endsAsQuestion(prose, question) || asksNegatively(prose, question)) return undefined;
    if (lastStartingAtOrBefore(blocks, sentence.start) - lastStartingAtOrBefore(blocks, question.start) > 1) return undefined;
    if (!ANSWER_CLOSING.test(prose.slice(value.end, sentence.end))) return undefined;
    if (ANSWER_OPENING.test(prose.slice(sentence.start, value.start))) return this.toldIn(index - 1, fits, true);
    return this.answeredWithName(index, value, fits);
  }

  /**
   * "Q: Who was Blinken's first meeting with, and when? ¶ A: Foreign Minister Qin Gang, on Saturday.": an answer naming
   * the other side before its value tells of the question's event with those people, the question's own among them.
   */
  private answeredWithName(index: number, value: Span, fits: (fact: Fact) => boolean): Candidate[] | undefined {
    const { prose } = this.analysis.doc;
    const answer = this.sentences.at(index);
    const named = answer.refs.filter((ref) => ref.person && ref.via !== 'pronoun' && ref.end <= value.start);
    if (named.length === 0 || !NAME_ANSWER_JOIN.test(prose.slice(named.at(-1)!.end, value.start))) return undefined;
    // What may open it before the people it names: "A:" and a title ("A: Foreign Minister Qin Gang, on …").
    const opening = spansWithin(this.analysis.words, { start: this.sentences.spans[index].start, end: named[0].start });
    const label = opening[0]?.norm === 'a' && prose[opening[0].end] === ':' ? 1 : 0;
    if (opening.length - label > NAME_ANSWER_TITLE_WORDS || opening.slice(label).some((word) => !isCapitalizedWord(prose, word) && word.norm !== 'the' && word.norm !== 'of')) return undefined;
    const asked = new Set(this.sentences.at(index - 1).refs.filter((ref) => ref.person).map((ref) => ref.id));
    const people = new Set([...asked, ...named.map((ref) => ref.id)]);
    const found: Candidate[] = [];
    for (const fact of this.factsIn(index - 1).facts) {
      const hits = fits(fact) ? this.hits(index - 1, fact).filter((hit) => !hit.unit) : [];
      const told = fact.participants.length > 0 && fact.participants.every((id) => people.has(id)) && named.some((ref) => fact.participants.includes(ref.id));
      if (hits.length > 0 && told) found.push(toldWhole(fact, hits));
    }
    return found;
  }

  /**
   * "| Meeting | How long | ¶ | Blinken and Wang Yi | About four hours |": a row whose cells name people and no event is
   * told of by the table's header row; its facts are those with an event word there whose people the row all names.
   */
  private toldByHeader(value: Span, fits: (fact: Fact) => boolean, named: ReadonlySet<string>): Candidate[] {
    const { blocks } = this.analysis.doc;
    const valueRow = tableRow(this.analysis.doc, lastStartingAtOrBefore(blocks, value.start));
    const header = valueRow && headerRow(this.analysis.doc, valueRow);
    if (!header || within(value, { start: blocks[header.first].start, end: blocks[header.last].end })) return [];
    const found: Candidate[] = [];
    const headerSentences: number[] = [];
    // (And a heading right above the table: "## Sequence of meetings ¶ | Day | Counterpart | Length |".)
    const heading = blocks[header.first - 1]?.kind === 'heading' ? blocks[header.first - 1] : undefined;
    for (let k = firstStartingAt(this.sentences.spans, (heading ?? blocks[header.first]).start); k < this.sentences.spans.length && this.sentences.spans[k].start < blocks[header.last].end; k++) headerSentences.push(k);
    // "| Date | Who Blinken met | ¶ | Saturday | Qin Gang |": someone the header names is a side of every row's event;
    // when it and the heading name no one but tell of an event, the person the document is about ("## Sequence of
    // meetings").
    const namedInHeader = headerSentences.flatMap((k) => this.sentences.at(k).refs.filter((ref) => ref.person).map((ref) => ref.id));
    const tellsOfEvent = headerSentences.some((k) => this.factsIn(k).facts.some((fact) => this.hits(k, fact).some((hit) => !hit.unit)));
    const inHeader = new Set(namedInHeader.length === 0 && tellsOfEvent && this.analysis.subject ? [this.analysis.subject] : namedInHeader);
    // (The facts of the people the row names too, whom the header sentence's own reading may not look for.)
    const ofRow = this.reference.facts.filter((fact) => fact.participants.some((id) => named.has(id)));
    for (const k of headerSentences) {
      for (const fact of new Set([...this.factsIn(k).facts, ...ofRow])) {
        const hits = this.hits(k, fact).filter((hit) => !hit.unit);
        const told = fact.participants.some((id) => named.has(id)) && fact.participants.every((id) => named.has(id) || inHeader.has(id));
        if (hits.length === 0 || !fits(fact) || !told || found.some((c) => c.fact === fact)) continue;
        found.push(toldWhole(fact, hits));
      }
    }
    // ("| Friday | Xi and Bill Gates |" under "| Date | Meeting |" in a piece about Blinken: the meeting of the two the
    // row names, not one with the document's subject.)
    const ofRowAlone = found.filter((candidate) => candidate.fact.participants.every((id) => named.has(id)));
    return ofRowAlone.length > 0 ? ofRowAlone : found.length > 0 ? found : this.onlyFactOfRow(value, fits, named, inHeader);
  }

  /**
   * "| Day | Counterpart | Length | ¶ | Sunday | Qin Gang | About three hours |": with no event word in the header,
   * the one meeting `fits` accepts between people the row names and the header or the document's subject (a row
   * naming one person tells of whom they met, not of what they did alone, nor of how long before it was confirmed).
   */
  private onlyFactOfRow(value: Span, fits: (fact: Fact) => boolean, named: ReadonlySet<string>, inHeader: ReadonlySet<string>): Candidate[] {
    const { doc } = this.analysis;
    // The value's column says only what it measures: not "| Hours of sun |".
    const header = headerCellOver(doc, lastStartingAtOrBefore(doc.blocks, value.start));
    return header && MEASURE_HEADER.test(doc.prose.slice(header.start, header.end)) ? this.onlyMeetingOf(fits, named, inHeader, this.tableProtagonist(value)) : [];
  }

  /**
   * Whom a table of counterparts is about: the document's subject, when it met someone the table's rows name; else
   * the one person the reference has meeting every one of them, two or more ("| Sunday | Qin Gang | … | ¶ | Monday |
   * Wang Yi | … |" is Blinken's, in a piece naming Xi more often).
   */
  private tableProtagonist(value: Span): string | undefined {
    const { doc, mentions, subject } = this.analysis;
    const row = tableRow(doc, lastStartingAtOrBefore(doc.blocks, value.start));
    const header = row && headerRow(doc, row);
    if (!header) return subject;
    // One person a row: a column of counterparts.
    const listed = new Set<string>();
    for (const body of rowsBelow(doc, header)) {
      const cells = { start: doc.blocks[body.first].start, end: doc.blocks[body.last].end };
      const inRow = new Set(mentions.filter((m) => m.entity.kind === 'person' && within(m, cells)).map((m) => m.entity.id));
      if (inRow.size > 1) return subject;
      for (const id of inRow) listed.add(id);
    }
    if (listed.size < 2) return subject;
    const meetings = this.reference.facts.filter((fact) => fact.participants.length >= 2 && meetsInPerson(fact));
    const met = (id: string, other: string) => meetings.some((fact) => fact.participants.includes(id) && fact.participants.includes(other));
    if (subject !== undefined && [...listed].some((id) => id !== subject && met(subject, id))) return subject;
    const candidates = [...new Set(meetings.flatMap((fact) => fact.participants))].filter((id) => !listed.has(id) && [...listed].every((other) => met(id, other)));
    return candidates.length === 1 ? candidates[0] : subject;
  }

  /** The one meeting `fits` accepts of someone `named` with others named or `others` or the document's subject. */
  private onlyMeetingOf(fits: (fact: Fact) => boolean, named: ReadonlySet<string>, others: ReadonlySet<string>, subject = this.analysis.subject): Candidate[] {
    const facts = this.reference.facts.filter((fact) => fact.participants.length >= 2 && meetsInPerson(fact) && fact.participants.some((id) => named.has(id)) && fact.participants.every((id) => named.has(id) || others.has(id) || id === subject) && fits(fact));
    if (facts.length !== 1) return [];
    const [fact] = facts;
    return [toldWhole(fact, [])];
  }

  /**
   * The people named in the other fields of a card, when `value` opens a field labelled by what it measures
   * ("When:", "How long:") and naming no one: fields are lines opening with a short label and a colon, one under
   * another with no blank line between.
   */
  private cardPeopleOf(value: Span): Set<string> | undefined {
    const { doc, mentions } = this.analysis;
    const at = lastStartingAtOrBefore(doc.blocks, value.start);
    const label = (k: number) => (doc.blocks[k] ? FIELD_LABEL.exec(doc.prose.slice(doc.blocks[k].start, doc.blocks[k].end)) : null);
    const own = label(at);
    if (!own || !MEASURE_HEADER.test(own[1]) || !/^[\s,]*$/.test(doc.prose.slice(doc.blocks[at].start + own[0].length, value.start).replace(/\b(?:on|in|at|for|about|nearly|around|roughly|earlier|later)\b/gi, ''))) return undefined;
    const sameCard = (k: number, next: number) => label(k) !== null && !/\n[ \t>]*\n/.test(doc.prose.slice(doc.blocks[Math.min(k, next)].end, doc.blocks[Math.max(k, next)].start));
    let first = at;
    while (first > 0 && sameCard(first - 1, first)) first--;
    let last = at;
    while (sameCard(last + 1, last)) last++;
    const named = new Set<string>();
    for (const m of mentions) if (m.entity.kind === 'person' && m.start >= doc.blocks[first].start && m.end <= doc.blocks[last].end && !within(m, doc.blocks[at])) named.add(m.entity.id);
    return first < last && named.size > 0 && !mentions.some((m) => m.entity.kind === 'person' && within(m, doc.blocks[at])) ? named : undefined;
  }

  /** The other cells of the table row whose cell holds `value` (cells are read apart: one row is one line). */
  private rowAround(value: Span): Span[] | undefined {
    const { blocks } = this.analysis.doc;
    const at = lastStartingAtOrBefore(blocks, value.start);
    const row = tableRow(this.analysis.doc, at);
    if (!row) return undefined;
    const cells = blocks.slice(row.first, row.last + 1).filter((_, k) => row.first + k !== at);
    return cells.filter((cell) => (this.sentences.spans[firstStartingAt(this.sentences.spans, cell.start)]?.start ?? Infinity) < cell.end);
  }

  /**
   * Whom the pronoun at `word` stands for (see SentenceFrames), when the sentence before names that person and no
   * one else it could be: no other person of that pronoun, and no name the reference does not know ("Glaser met
   * Janet Yellen. She is …" may be Yellen).
   */
  soleReferentOf(word: Span): Entity | undefined {
    const index = this.sentenceOf(word);
    if (index < 1) return undefined;
    const ref = this.sentences.at(index).refs.find((r) => r.via === 'pronoun' && r.start === word.start);
    const pronoun = ref && this.reference.person(ref.id)?.pronoun;
    const named = new Set(this.sentences.at(index - 1).refs.filter((r) => r.person && this.reference.person(r.id)?.pronoun === pronoun).map((r) => r.id));
    if (!ref || named.size !== 1 || !named.has(ref.id) || this.sentences.unknownNamesAt(index - 1).length > 0) return undefined;
    return this.reference.entities.get(ref.id);
  }

  /**
   * "the day after the Qin talks", "the day before his meeting with Xi": the facts `fits` accepts that a phrase
   * naming an event may be, by an event word of theirs in it and everyone it refers to (someone at least) among
   * their people.
   */
  eventsNamedIn(phrase: Span, fits: (fact: Fact) => boolean): Fact[] {
    const index = this.sentenceOf(phrase);
    if (index < 0) return [];
    const { refs, words } = this.sentences.at(index);
    const { prose } = this.analysis.doc;
    // "a day before his secretary of state met Xi": whose the title is, not someone at the event.
    const ownerOfTitle = (ref: EntityRef) => ref.via === 'pronoun' && /^(?:his|her|their)$/i.test(prose.slice(ref.start, ref.end)) && refs.some((title) => title.via === 'title' && /^\s+$/.test(prose.slice(ref.end, title.start)));
    const inPhrase = refs.filter((ref) => ref.person && within(ref, phrase) && !ownerOfTitle(ref));
    if (inPhrase.length === 0) {
      const referredBack = this.eventsReferredBack(index, phrase, fits);
      return referredBack.length > 0 ? referredBack : this.eventsOfOwnWords(index, phrase, fits);
    }
    const eventsOf = (people: readonly EntityRef[]) =>
      this.factsIn(index).facts.filter((fact) => fits(fact) && people.every((ref) => fact.participants.includes(ref.id)) && this.hits(index, fact).some((hit) => !hit.unit && within(hit, phrase)));
    // "The meeting with Xi came two days after his marathon session with Qin Gang": whose "his" is, a guess, gives way
    // to the people the phrase names.
    const byName = inPhrase.filter((ref) => ref.via !== 'pronoun');
    let people = inPhrase;
    let named = eventsOf(people);
    if (named.length === 0 && byName.length > 0 && byName.length < inPhrase.length) named = eventsOf((people = byName));
    // "the day before Blinken's talks began": the first of the events told of; "… ended": the last.
    const run = runEdge(words, phrase);
    if (run && named.every((fact) => fact.date)) return named.filter((fact) => fact.date!.value === dayAtEdge(named, run));
    // "Two days before meeting Xi, Blinken pressed …": of the events, those of someone the rest of the sentence names.
    // (Not whom the phrase names, named again elsewhere: "… before the Xi meeting, and … whether the Chinese leader …".)
    // (The rest of its clause: "The clue came before Blinken landed: …, two days before he received the secretary, the
    // Chinese leader said …" counts from Xi's meeting with Blinken.)
    const clause = clauseAround(this.sentences.at(index), phrase);
    const rest = refs.filter((ref) => ref.person && !within(ref, phrase) && within(ref, clause));
    const others = new Set(rest.filter((ref) => !people.some((inPhrase) => inPhrase.id === ref.id)).map((ref) => ref.id));
    // (Not an event all of whose people the rest names: "Four days before the Xi meeting, Xi met Bill Gates" counts
    // from another event than the one it dates.)
    const outside = new Set(rest.map((ref) => ref.id));
    const theirs = named.filter((fact) => fact.participants.some((id) => others.has(id)) && !fact.participants.every((id) => outside.has(id)));
    if (theirs.length > 0) return theirs;
    // "The Qin session took place two days before the Xi meeting": in a text about Blinken, his meeting with Xi.
    const { subject } = this.analysis;
    const subjects = named.filter((fact) => subject !== undefined && fact.participants.includes(subject));
    return subjects.length > 0 ? subjects : named;
  }

  /**
   * "Blinken held six hours of talks with Qin Gang. He met Xi two days after those talks.": a phrase naming no one,
   * a determiner and an event word, is the event the sentence before (in its paragraph) tells of with that word.
   */
  private eventsReferredBack(index: number, phrase: Span, fits: (fact: Fact) => boolean): Fact[] {
    const { words } = this.sentences.at(index);
    const opener = words[firstStartingAt(words, phrase.start)];
    const before = this.sentences.spans[index - 1];
    if (!opener || !REFERRING_DETERMINERS.has(opener.norm) || !before || !this.inOneBlock(before, phrase)) return [];
    const noun = words[firstStartingAt(words, opener.end)];
    const key = noun && this.factsIn(index).facts.flatMap((fact) => this.hits(index, fact)).find((hit) => !hit.unit && hit.start === noun.start)?.key;
    if (!key) return [];
    // Told of there with the same word, every one of its people referred to.
    const people = this.peopleIn(index - 1);
    return this.factsIn(index - 1).facts.filter((fact) => fits(fact) && fact.participants.length > 0 && fact.participants.every((id) => people.has(id)) && this.hits(index - 1, fact).some((hit) => !hit.unit && hit.key === key));
  }

  /**
   * "just a day before the first round of talks": a phrase naming no one, in an event word of several words that only
   * one fact of its kind has, names that fact.
   */
  private eventsOfOwnWords(index: number, phrase: Span, fits: (fact: Fact) => boolean): Fact[] {
    return this.factsIn(index).facts.filter((fact) => fits(fact) && this.hits(index, fact).some((hit) => !hit.unit && hit.key.includes(' ') && within(hit, phrase) && distinctiveTriggers(this.reference, fact).has(hit.key)));
  }

  /** The people the sentence at `index` refers to. */
  peopleIn(index: number): Set<string> {
    return new Set(this.sentences.at(index).refs.filter((ref) => ref.person).map((ref) => ref.id));
  }

  /**
   * The facts the sentence at `index` tells of, read at its start, told with a fact's people or a word only that
   * fact has: what a value standing apart from it dates ("Pompeo made a brief stop in Beijing. That was in 2017.").
   */
  toldIn(index: number, fits: (fact: Fact) => boolean, asked = false, namedElsewhere: ReadonlySet<string> = NOBODY): Candidate[] {
    // (After a time counted from another event opening it: "Two days before Blinken's talks, Xi met Bill Gates".)
    const sentence = this.sentences.at(index);
    const opening = timeCountedFrom(this.analysis.doc.prose, sentence).find((phrase) => firstStartingAt(sentence.words, phrase.start) <= 1);
    // (After a label: "Correction: An earlier version … misstated the day of Blinken's meeting with Qin".)
    const label = OPENING_LABEL.exec(this.analysis.doc.prose.slice(sentence.start, sentence.end));
    const start = opening ? (sentence.words[firstStartingAt(sentence.words, opening.end)]?.start ?? sentence.start) : label ? sentence.start + label[0].length : sentence.start;
    return this.candidates({ start, end: start }, fits, undefined, asked).filter((candidate) => candidate.named > 0 || candidate.distinctive.length > 0 || candidate.fact.participants.some((id) => namedElsewhere.has(id)));
  }

  /**
   * "When the Sunday talks ended, …" opening a paragraph after one about Wang Yi (or after sentences of it that name
   * no one: "Verdict: False."): a date right before the event word, in a sentence that leaves some of the fact's people
   * to the text before (a pronoun refers back), says which event it means; another fact of that event word on that
   * date is it. (Within a paragraph, the event told of just before is the one meant, unless the sentence is set
   * against it: "But …".)
   */
  datesAnotherEvent(value: Span, fact: Fact, fits: (fact: Fact) => boolean, agrees: (fact: Fact) => boolean): boolean {
    const sentenceIndex = this.sentenceOf(value);
    if (sentenceIndex < 0) return false;
    // Sentences before it in its paragraph that name no one ("Verdict: False.") leave it opening the paragraph.
    // "But it was the long Sunday session that …": a sentence set against the one before tells of another event.
    const contrasted = CONTRASTING.has(this.sentences.at(sentenceIndex).words[0]?.norm ?? '');
    for (let k = sentenceIndex - 1; !contrasted && k >= 0 && this.inOneBlock(this.sentences.spans[k], value); k--) if (this.sentences.at(k).refs.length > 0) return false;
    // "In the Sunday sessions, the release … was pressed for by Blinken": a sentence naming one side of a meeting
    // leaves the other to the text before, and another meeting of that side's on that day may be the one meant
    // (not one without the side named: "Lindqvist's Wednesday meeting with him" is not Duarte's with Ferreira).
    const named = new Set(this.sentences.at(sentenceIndex).refs.filter((ref) => ref.via !== 'pronoun' && fact.participants.includes(ref.id)).map((ref) => ref.id));
    if (named.size > 0 && named.size === fact.participants.length) return false;
    const prose = this.analysis.doc.prose;
    const namedRightAfter = (other: Fact) => this.hits(sentenceIndex, other).some((hit) => !hit.unit && hit.start >= value.end && /^(?:['’]s)?\s+$/u.test(prose.slice(value.end, hit.start)));
    const withTheNamed = (other: Fact) => [...named].every((id) => other.participants.includes(id));
    return namedRightAfter(fact) && this.factsIn(sentenceIndex).facts.some((other) => other !== fact && fits(other) && agrees(other) && withTheNamed(other) && namedRightAfter(other));
  }

  /**
   * The facts the sentence may be about, in reference order: those with an event word starting somewhere in it
   * (no other fact has a hit there) and, when they are recognised by their people, with one of them referred to
   * in the sentence or its context (`accepts` turns the others down).
   */
  private factsIn(sentenceIndex: number): FactsInSentence {
    let found = this.factsCache.get(sentenceIndex);
    if (!found) {
      const sentence = this.sentences.at(sentenceIndex);
      const byFirstStem = factsByFirstTriggerStem(this.reference);
      const referredTo = new Set([...sentence.refs, ...sentence.context].map((ref) => ref.id));
      const positions = new Set<number>();
      const firstStems = new Set<string>();
      for (const stem of sentence.stems) {
        const starting = byFirstStem.get(stem);
        if (!starting) continue;
        firstStems.add(stem);
        for (const p of starting.byAnyone) positions.add(p);
        for (const id of referredTo) for (const p of starting.byParticipant.get(id) ?? []) positions.add(p);
      }
      const facts = [...positions].sort((a, b) => a - b).map((p) => this.reference.facts[p]);
      found = { facts, firstStems };
      this.factsCache.set(sentenceIndex, found);
    }
    return found;
  }

  /**
   * "The second visit began on Wednesday, 24 April 2024 … On the Friday Blinken held talks with Wang Yi for
   * more than five hours": the paragraph, up to the value's sentence, dates what it tells (a month or a day,
   * with its year) well after the article: the article's past events are not what it is about.
   */
  private toldOfLaterTime(sentenceIndex: number, value: Span): boolean {
    const article = this.reference.loaded.set.article.date;
    return this.datesTold(sentenceIndex, value).some((date) => date.stated.month !== undefined && isLaterOccasion(date.stated, article));
  }

  /**
   * "Lai became president in 2024. China then held two days of exercises": the paragraph, up to the value's
   * sentence, states years and none is the fact's (its evidence's, else the article's). A paragraph stating no
   * date at all that goes on from the one before ("Three days later China began …") is in the last year that
   * one states. For facts recognised by their event words alone, which recur.
   */
  private toldOfOtherYear(sentenceIndex: number, value: Span, fact: Fact): boolean {
    const { years } = evidenceWordsOf(fact);
    const expected = years.size > 0 ? years : new Set([Number(this.reference.loaded.set.article.date.slice(0, 4))]);
    // (Not a year a phrase of "since" counts from: "the first visit since a brief stop in 2017" tells no time of its own.)
    const { prose } = this.analysis.doc;
    const yearsOf = (dates: readonly DateExpression[]) => dates.flatMap((date) => (date.stated.year === undefined || SINCE_PHRASE.test(prose.slice(Math.max(0, date.start - SINCE_REACH), date.start)) ? [] : [date.stated.year]));
    const sentence = this.sentences.at(sentenceIndex);
    // "Pompeo's stop in 2018 was brief. … Last August Beijing held drills, and in April …": a date told from the present
    // ("last August") brings the story back to the article's time, whatever year the paragraph gave before it.
    const dates = this.datesTold(sentenceIndex, value);
    const toldFromNow = dates.map((date) => date.start >= sentence.start && date.start < value.start && TOLD_FROM_NOW.test(prose.slice(Math.max(0, date.start - 6), date.start)));
    const told = dates.slice(toldFromNow.lastIndexOf(true) + 1);
    // "And in April of this year China launched …": the sentence says it is the present year, whatever came before.
    if (sentence.words.some((word, k) => word.norm === 'this' && sentence.words[k + 1]?.norm === 'year')) return false;
    const stated = told.length === 0 && sentence.words.some((word) => GOES_ON_WORDS.has(word.norm)) ? yearsOf(this.datesOfBlockBefore(sentence)).slice(-1) : yearsOf(told);
    return stated.length > 0 && !stated.some((year) => expected.has(year));
  }

  /** The dates of the paragraph (or heading) right before `span`'s, read in the window's context too. */
  private datesOfBlockBefore(span: Span): DateExpression[] {
    const { blocks, prose, sentences } = this.analysis.doc;
    const block = blocks[lastStartingAtOrBefore(blocks, span.start) - 1];
    return block ? findDateExpressions(prose, sentences.filter((sentence) => within(sentence, block))) : [];
  }

  /** The dates of the value's paragraph up to the end of its sentence, but the value. */
  private datesTold(sentenceIndex: number, value: Span): DateExpression[] {
    return datesUpTo(this.analysis, this.sentences.spans[sentenceIndex]).filter((date) => date.start !== value.start);
  }

  /** Whether the clause, outside phrases counting a time from another event, refers back to the sentence before; once per clause. */
  private refersBack(sentenceIndex: number, clause: Span, counted: readonly Span[]): boolean {
    const key = `${sentenceIndex} ${clause.start} ${counted.length}`;
    let answer = this.refersBackCache.get(key);
    if (answer === undefined) {
      const sentence = this.sentences.at(sentenceIndex);
      answer = refersBack(this.analysis.doc.prose, sentence, clause, (word) => this.isEventWord(sentenceIndex, word), counted);
      this.refersBackCache.set(key, answer);
    }
    return answer;
  }

  /**
   * Any fact's event word (its first word) in the sentence: "The visit should have happened earlier"; not a title or
   * a word for a person ("The secretary spent Sunday in talks" is about someone).
   */
  private isEventWord(sentenceIndex: number, word: Word): boolean {
    return this.factsIn(sentenceIndex).firstStems.has(stem(word.norm)) && !isTitleWord(word.norm) && !PERSON_NOUNS.has(word.norm);
  }

  /** "(and) the talks ran …", "their session lasted …": the part opens with a definite mention of an event. */
  private opensWithTheEvent(sentenceIndex: number, part: Span): boolean {
    const { words, refs } = this.sentences.at(sentenceIndex);
    let at = firstStartingAt(words, part.start);
    if (VERB_JOINERS.has(words[at]?.norm ?? '')) at++;
    if (!DEFINITE_DETERMINERS.has(words[at]?.norm ?? '')) return false;
    let next = at + 1;
    while (next < words.length && refs.some((ref) => within(words[next], ref))) next++;
    return next < words.length && within(words[next], part) && this.isEventWord(sentenceIndex, words[next]);
  }

  private hits(sentenceIndex: number, fact: Fact): TriggerHit[] {
    const bySentence = (this.hitsCache[sentenceIndex] ??= new Map());
    let hits = bySentence.get(fact);
    if (!hits) {
      const sentence = this.sentences.at(sentenceIndex);
      const describes = (word: string) => sentence.context.some((ref) => fact.participants.includes(ref.id) && this.holdsTitleWord(ref.id, word));
      hits = findTriggers(this.analysis, sentence, this.factsIn(sentenceIndex).firstStems, triggersOf(this.reference, fact), fact, describes, () => this.namesOnly(sentenceIndex - 1, fact.participants));
      bySentence.set(fact, hits);
    }
    return hits;
  }
}

const matchersOf = oncePer((_analysis: DocumentAnalysis) => new Map<ReferenceIndex, FactMatcher>());

/** One matcher per analysed document and reference set, shared by the rules that read facts. */
export function factMatcher(analysis: DocumentAnalysis, reference: ReferenceIndex): FactMatcher {
  const byReference = matchersOf(analysis);
  let matcher = byReference.get(reference);
  if (!matcher) {
    matcher = new FactMatcher(analysis, reference);
    byReference.set(reference, matcher);
  }
  return matcher;
}

/** The fact a value is judged against, and whether the value agrees with it. */
export interface FactChoice {
  candidate: Candidate;
  agrees: boolean;
}

/**
 * A likely fact the value agrees with, else the fact a disagreeing value should be reported against; undefined
 * when the likely facts expect different values and none stands out. `valueKey` names a fact's value, so facts
 * expecting the same value count as one answer; `summed` says whether values add up (hours do, dates do not).
 */
export function chooseFact(candidates: readonly Candidate[], value: Span, agrees: (fact: Fact) => boolean, valueKey: (fact: Fact) => string, summed = true): FactChoice | undefined {
  if (candidates.length === 0) return undefined;
  const most = Math.max(...candidates.map((c) => c.named));
  const named = candidates.filter((c) => c.named === most);
  // Of several facts the value agrees with, the one with the most event words in the value's part ("…, and Blinken was
  // the first secretary of state to make the trip in five years": his first trip as secretary, not the highest-level
  // visit the part before told of).
  const agreeing = focusOf(named)
    .filter((c) => agrees(c.fact))
    .reduce<Candidate | undefined>((most, c) => (most === undefined || c.inPart > most.inPart ? c : most), undefined);
  if (agreeing) return { candidate: agreeing, agrees: true };
  // "Wang Yi met Blinken. The first round of talks, on Saturday, …": a sentence naming nobody, with event words only
  // one fact has, is about that fact, whoever the sentence before names.
  const standing = focusOf(named);
  if (most === 0 && standing.length === 1 && standing.length < named.length) return { candidate: standing[0], agrees: false };
  // Nothing agrees. A sentence naming nobody is about the fact whose people the sentence before supplies most of
  // ("Blinken met Xi on Monday. A report said the meeting was on Tuesday.": the meeting, not someone's saying).
  const supplied = Math.max(...named.map((c) => c.supported));
  const tier = most > 0 ? named : named.filter((c) => c.supported === supplied);
  const focus = focusOf(tier);
  if (new Set(focus.map((c) => valueKey(c.fact))).size === 1) return { candidate: best(focus, value), agrees: false };
  // Two facts whose people the sentence all names, with different values: the value may be their sum ("nine
  // hours with Qin and Wang"), or either's.
  const complete = tier.filter((c) => c.named >= c.fact.participants.length);
  if (summed && new Set(complete.map((c) => valueKey(c.fact))).size > 1) return undefined;
  // Different expected values and no fact standing out by its event words: one must be much closer.
  const sharedIds = new Set(tier[0].fact.participants.filter((id) => tier.every((c) => c.fact.participants.includes(id))));
  const ranked = tier
    .map((c) => ({ c, d: distanceTo(value, [...c.refs.filter((r) => !sharedIds.has(r.id)), ...ownHits(c, tier)]) }))
    .sort((a, b) => a.d - b.d);
  return ranked[0].d * 2 < ranked[1].d ? { candidate: ranked[0].c, agrees: false } : undefined;
}

/**
 * The facts of a tier the sentence is about: one with an event word of its own among facts sharing generic ones
 * ("final day" among "meetings"), else all of them.
 */
function focusOf(tier: readonly Candidate[]): readonly Candidate[] {
  const standing = tier.filter((c) => ownHits(c, tier).length > 0);
  return standing.length === 1 ? standing : tier;
}

/** A candidate's distinctive event words that no other fact of the tier has. */
function ownHits(c: Candidate, tier: readonly Candidate[]): TriggerHit[] {
  const shared = new Set(tier.filter((o) => o !== c).flatMap((o) => o.hits.map((h) => h.key)));
  return c.distinctive.filter((hit) => !shared.has(hit.key));
}

/**
 * The draft gives the chosen fact's value rightly beside the value (another of `values` whose choice is that fact,
 * agreeing): in the same sentence, or in the sentence before in its paragraph when the value's own sentence names
 * none of the fact's people and only continues the story. A different value there is another event's ("met on
 * Thursday; their next talks, on Friday, …", "The war games began in April. They followed the drills of last
 * August."), not a contradiction.
 */
export function statedRightlyBeside<T extends Span>(
  matcher: FactMatcher,
  value: T,
  choice: FactChoice,
  values: readonly T[],
  choiceFor: (other: T) => FactChoice | undefined,
  givesFactValue?: (other: T, fact: Fact) => boolean,
): boolean {
  const sentence = matcher.sentenceOf(value);
  // "A few reports said the Bali summit was in September. It was in November.": a claim reported, then set right.
  let reported: boolean | undefined;
  const setRight = (at: number, other: T) => at === sentence + 1 && (reported ??= matcher.reportsClaim(value)) && matcher.inOneBlock(other, value);
  const nearEnough = (other: T) => {
    const at = matcher.sentenceOf(other);
    return at === sentence || (choice.candidate.named === 0 && at === sentence - 1 && matcher.inOneBlock(other, value) && !matcher.datesItsOpeningEvent(value, choice.candidate.hits)) || setRight(at, other);
  };
  // Set right, rightly or not: "Our front page said the meeting was on Sunday. It was on Monday, June 20." reports the
  // front page's claim (and "June 20" is judged on its own).
  // "One letter said the trip was postponed in March. It was postponed in February, after the balloon …", "It says
  // Burns went in April; he went in May.": a reported claim set right later by the fact's own value, whatever else
  // that value's sentence tells of.
  const laterInSentence = (other: T) => matcher.sentenceOf(other) === sentence && matcher.turnsToWhatWasSo(value.end, other.start);
  const setRightLater = (other: T) => other.start > value.end && (laterInSentence(other) || setRight(matcher.sentenceOf(other), other)) && (reported ??= matcher.reportsClaim(value));
  const confirms = (other: T) => {
    const its = choiceFor(other);
    if (its?.candidate.fact === choice.candidate.fact) return its.agrees || setRight(matcher.sentenceOf(other), other);
    return givesFactValue !== undefined && givesFactValue(other, choice.candidate.fact) && setRightLater(other);
  };
  return sentence >= 0 && values.some((other) => other !== value && nearEnough(other) && confirms(other));
}

/** Words before a verb of saying's spelling that make it no verb: "secretary of state", "the said agreement". */
const NOT_BEFORE_SAYING = new Set(['of', 'the', 'a', 'an']);

/** What turns a sentence from a claim it reports to what was so: "It says April; he went in May", "… but it was May". */
const SETS_RIGHT_IN_SENTENCE = /[;—]|\bbut\b/u;

/**
 * Of facts expecting the same value, the one the value's own part of the sentence says most about ("… since 2018
 * and the highest-level visit in nearly ten years": the highest-level visit, not the first secretary of state's),
 * then the whole sentence, then the closest.
 */
function best(tier: readonly Candidate[], value: Span): Candidate {
  const eventWords = (c: Candidate) => new Set(c.hits.filter((hit) => !hit.unit).map((hit) => hit.key)).size;
  const distance = (c: Candidate) => distanceTo(value, [...c.refs, ...c.hits]);
  return [...tier].sort((a, b) => b.inPart - a.inPart || eventWords(b) - eventWords(a) || distance(a) - distance(b))[0];
}

function distanceTo(value: Span, spans: readonly Span[]): number {
  let best = Infinity;
  for (const span of spans) best = Math.min(best, span.end <= value.start ? value.start - span.end : span.start >= value.end ? span.start - value.end : 0);
  return best;
}

/** Capitalised words right after a place cue, skipping "the": "to China" → china; months and weekdays excluded. */
function placeWords(text: string, textWords: readonly Word[]): Place[] {
  const places: Place[] = [];
  textWords.forEach((word, i) => {
    if (!PLACE_CUES.has(word.norm)) return;
    const article = textWords[i + 1]?.norm === 'the';
    const at = article ? i + 2 : i + 1;
    const next = textWords[at];
    // Not a month or weekday, nor a number in capitals for emphasis ("in NINE years").
    if (!next || !isCapitalized(text.slice(next.start, next.end)) || isCalendarName(next.norm) || isNumberWord(next.norm)) return;
    const after = textWords[at + 1];
    const joined = after !== undefined && isCapitalized(text.slice(after.start, after.end)) && /^\s+$/.test(text.slice(next.end, after.start));
    const town = word.norm === 'in' && !article && !joined;
    // "the United States", "the US": the country the place names, if it is one.
    const country = countryNamed(joined ? `${next.norm} ${stripPossessive(after.norm)}` : stripPossessive(next.norm))?.name;
    places.push({ norm: stripPossessive(next.norm), town, ...(country && { country }) });
  });
  return places;
}

interface Place {
  norm: string;
  /** The country it names ("United States" for "the US" and "the United States"). */
  country?: string;
  /** A one-word name after "in", as towns and countries are written ("in Jakarta"; not "in the Great Hall"). */
  town: boolean;
}

/** What may come before a value labelling its paragraph: markup, "On", "A day earlier, on", "Then, on", "Day one,", "Final day:". */
const LABEL_LEAD = /^[\s*_]*(?:(?:(?:a|one|two|three|the)\s+days?\s+(?:earlier|later|before|after)|earlier|later|then|next|finally|day\s+(?:one|two|three|four|five|\d{1,2})|(?:first|second|third|final|last)\s+day)[,:]?[ \t]+)?(?:on[ \t]+)?$/iu;

/** Verbs of a run of events starting: "The talks began on Sunday", "The visit opened on Sunday". */
const SERIES_STARTS = new Set(['began', 'begun', 'begin', 'begins', 'beginning', 'started', 'start', 'starts', 'starting', 'opened', 'opens', 'kicked']);
/** Relative pronouns opening a clause about the noun before them: "a visit that began on Sunday". */
const RELATIVE_THAT = new Set(['that', 'which']);
/** Words at most between a relative clause's verb and its date: "that had begun in Beijing on Sunday". */
const RELATIVE_REACH = 3;
/** Words at most from "when" to the verb of starting: "when the talks had finally begun". */
const WHEN_CLAUSE_REACH = 5;
/** "that had begun", "which was started". */
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were']);

/** Right before a date, a word telling it from the present: "last August", "this April". */
const TOLD_FROM_NOW = /\b(?:last|this|past)\s+$/i;
/** Words by which a sentence goes on from what was told before: "Three days later", "China then held". */
const GOES_ON_WORDS = new Set(['later', 'then', 'afterwards', 'afterward', 'subsequently', 'next', 'thereafter']);

/** Words that put an event somewhere: "the election in Turkey", "the elections of Taiwan". */
const PLACE_OF = new Set(['in', 'of']);

/** The words of a fact's evidence and description, the places they name, the months and years, and whether they tell of talk at a distance, read once per fact. */
const evidenceWordsOf = oncePer((fact: Fact): { words: Set<string>; places: Place[]; months: Set<number>; years: Set<number>; remote: boolean } => {
  // Apart, so that a name ending the evidence does not run on into the description.
  const text = `${fact.evidence.text}. ${fact.description}`;
  const textWords = words(text);
  // Capitalised: "may" is a month only as "May".
  const months = new Set(textWords.filter((w) => isCapitalized(text.slice(w.start, w.end))).map((w) => monthNumber(w.norm)).filter((month) => month > 0));
  const years = new Set(textWords.filter((w) => /^(?:19|20)\d\d$/.test(w.norm)).map((w) => Number(w.norm)));
  return { words: new Set(textWords.map((w) => w.norm)), places: placeWords(text, textWords), months, years, remote: textWords.some((w) => REMOTE_WORDS.has(w.norm)) };
});

/** Words that deny what a clause tells. */
const NEGATIONS = new Set(['not', 'never', 'nor', 'neither']);
/** After a denial, words by which the clause still says when: "did not meet Xi until Monday". */
const DENIAL_LIFTED = new Set(['until', 'till', 'only']);

/**
 * The event word names the occasion of a saying: "in a meeting", "during talks", "at the summit", "while meeting
 * Bill Gates", "when he met Gates".
 */
function occasionOf(sentenceWords: readonly Word[], hit: TriggerHit): boolean {
  const at = firstStartingAt(sentenceWords, hit.start);
  const before = sentenceWords.slice(Math.max(0, at - 2), at).map((word) => word.norm);
  if (SIMULTANEOUS.has(before[1] ?? '') || (SIMULTANEOUS.has(before[0] ?? '') && SUBJECT_WORDS.has(before[1] ?? ''))) return true;
  const opener = before.length === 2 && /^(?:a|an|the|his|her|their)$/.test(before[1]) ? before[0] : before[before.length - 1];
  return opener === 'in' || opener === 'at' || opener === 'during';
}

const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/**
 * "Xi offered one on Thursday, telling Bill Gates that …": telling a participant, right after the value's comma, is
 * how the saying the value dates was made, at the meeting with them.
 */
function tellingAfterValue(prose: string, sentenceWords: readonly Word[], value: Span, hit: TriggerHit): boolean {
  const word = sentenceWords[firstStartingAt(sentenceWords, hit.start)];
  return word?.start === hit.start && SAYING_PARTICIPLES.has(word.norm) && /^[\s*_]*,\s*$/.test(prose.slice(value.end, hit.start));
}

/** The sentence asks a question: "Who did Blinken see on Sunday?" */
function asks(analysis: DocumentAnalysis, sentence: SentenceFrame): boolean {
  // Only the sentence's last characters matter: a question mark before closing quotes, brackets or emphasis.
  const { prose } = analysis.doc;
  if (!endsAsQuestion(prose, sentence)) return false;
  // "Wasn't it on Tuesday that Xi saw him?", "Xi saw him on Tuesday, didn't he?": a question expecting "yes" claims.
  return !asksNegatively(prose, sentence) && !TAG_QUESTION.test(prose.slice(Math.max(sentence.start, sentence.end - 24), sentence.end));
}

/**
 * "It was the most senior visit in nearly ten years, but would he see Xi?", "…, and the question was: does he get
 * to see Xi?": a statement before a question joined to it claims what it says.
 */
function statedBeforeQuestion(prose: string, sentence: Span, value: Span): boolean {
  const text = prose.slice(sentence.start, sentence.end);
  const question = [...text.matchAll(JOINED_QUESTION)].at(-1);
  // Not a question itself: "Is it true that Blinken met Xi on Tuesday, and would it matter?".
  return question !== undefined && value.end <= sentence.start + question.index && !QUESTION_OPENING.test(text);
}

const QUESTION_OPENING = /^[\s"“*_]*(?:would|will|can|could|does|did|do|is|was|are|were|has|have|had|should|who|what|how|why|when|where|which|isn['’]t|wasn['’]t|didn['’]t)\b/i;

/** A question joined to a statement before it: after a comma and a conjunction, a semicolon, a colon or a dash. */
const JOINED_QUESTION = /(?:,\s*(?:and|but|so|yet)\s+|[;:—–]\s*)(?:would|will|can|could|does|did|do|is|was|are|were|has|have|should|who|what|how|why|when|where)\b/gi;

/** The value is in a question told, not asked: "Readers asked whether the talks ran eight hours", "wondered if". */
function asksIndirectly(prose: string, sentence: SentenceFrame, value: Span): boolean {
  for (let k = sentence.words.length - 1; k >= 0; k--) {
    const word = sentence.words[k];
    if (word.end > value.start) continue;
    if (/[,;:—–]/.test(prose.slice(word.end, value.start))) return false;
    if (word.norm === 'whether' || (word.norm === 'if' && ASKING.has(sentence.words[k - 1]?.norm ?? ''))) return true;
  }
  return false;
}

const ASKING = new Set(['asked', 'ask', 'asks', 'asking', 'wondered', 'wonder', 'wonders', 'wondering', 'unclear', 'unsure', 'know', 'knows', 'knew', 'check', 'checked']);

/** An option's letter: "a)", "(b)", "c." at a line's or a word's start. */
const CHOICE_LABEL = /(?<![\p{L}\p{N}])\(?([a-eA-E])[).](?=[ \t])/gu;

/**
 * "a) Six months  b) 18 months  c) Five years": a value among a quiz's lettered options (two letters in order at
 * least) is one answer offered, not a claim. (Not in an item of a few sentences' length, one of reasons or steps
 * lettered in a line: "(a) There had been angry exchanges: … in March, … (b) …".)
 */
function amongChoices(prose: string, block: Span, value: Span): boolean {
  const letter = (m: RegExpMatchArray) => m[1].toLowerCase().charCodeAt(0);
  const labelsBefore = [...prose.slice(block.start, value.start).matchAll(CHOICE_LABEL)];
  const labelsAfter = [...prose.slice(value.end, block.end).matchAll(CHOICE_LABEL)];
  const letters = [...labelsBefore, ...labelsAfter].map(letter);
  if (labelsBefore.length === 0 || !letters.some((code, k) => k > 0 && code === letters[k - 1] + 1)) return false;
  const itemStart = block.start + labelsBefore[labelsBefore.length - 1].index!;
  const itemEnd = labelsAfter.length > 0 ? value.end + labelsAfter[0].index! : block.end;
  return (prose.slice(itemStart, itemEnd).match(/\S+/g)?.length ?? 0) <= MAX_CHOICE_WORDS;
}

/** Words a quiz's option may have, its letter with them: "b) Blinken met Xi on the second day of the visit". */
const MAX_CHOICE_WORDS = 12;

function endsAsQuestion(prose: string, sentence: Span): boolean {
  return QUESTION_END.test(prose.slice(Math.max(sentence.start, sentence.end - 16), sentence.end));
}

/**
 * "Why was the Tuesday meeting with Xi such a big deal?", "How did Sunday's talks go?": a question asking why or how
 * something was so takes what it asks about as said (not "Why would …?", which supposes).
 */
function presupposedByQuestion(prose: string, sentence: Span): boolean {
  return PRESUPPOSING_QUESTION.test(prose.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
}

const PRESUPPOSING_QUESTION = /^[\s#*_"“]*(?:why|how)\s+(?:did|does|do|was|were|is|are|has|have|had)\b/i;

/** The sentence is a question opening with a negated auxiliary ("Wasn't it …?"). */
function asksNegatively(prose: string, sentence: Span): boolean {
  return endsAsQuestion(prose, sentence) && NEGATIVE_QUESTION.test(prose.slice(sentence.start, sentence.end));
}

const QUESTION_END = /\?[\s"'”’)*_]*$/;
/** A question opening with a negated auxiliary: "Wasn't it …", "Didn't Blinken …". */
const NEGATIVE_QUESTION = /^[\s"“*_]*(?:(?:and|but|so|then|yet)[\s,]+)*(?:wasn['’]t|weren['’]t|isn['’]t|didn['’]t|hadn['’]t|hasn['’]t|doesn['’]t)\s/i;
/** A question tagged on to a statement: "…, didn't he?", "…, wasn't it?". */
const TAG_QUESTION = /,\s*(?:wasn['’]t|weren['’]t|isn['’]t|didn['’]t|hadn['’]t|hasn['’]t|doesn['’]t)\s+(?:he|she|it|they)\s*\?[\s"'”’)*_]*$/i;

/**
 * `part` of the sentence denies what it tells ("Blinken did not meet Xi on Sunday", "didn't", "never"), outside any
 * quotation; "not until" and "not only" still claim.
 */
function denies(analysis: DocumentAnalysis, sentence: SentenceFrame, part: Span, value: Span): boolean {
  // "Wasn't it on Tuesday that …?": the negated auxiliary opening a question asks for "yes"; it denies nothing.
  const opener = asksNegatively(analysis.doc.prose, sentence) ? sentence.words.find((word) => word.norm.endsWith("n't")) : undefined;
  // Read word by word, without copies: this runs for every value the fact rules look up.
  const { prose } = analysis.doc;
  let denied = false;
  // In a relative clause or a clause joined by ", and" or ", but" after the value ("On Thursday, Xi met Gates, who
  // hasn't visited lately", "…, and the account gave Washington something it had not heard"): another verb's.
  let elsewhere = false;
  // "Blinken's 14-hour journey was not wasted", "Monday's talks did not settle Taiwan": a value that describes a
  // noun before the verb is taken as given; a negation after it denies the predicate, not the value.
  // (Not a noun for the value itself: "The six-hour figure does not belong to the Wang Yi talks" denies it.)
  const given = describesNoun(prose, value) && !FIGURE_NOUNS.has(sentence.words[firstStartingAt(sentence.words, value.end)]?.norm ?? '');
  // "Until just an hour before the talks, neither side would confirm it": a denial up to the value says it was so then.
  if (afterUntil(sentence.words, value)) return false;
  for (const [k, word] of sentence.words.entries()) {
    if (given && word.start >= value.end) break;
    const afterComma = k > 0 && /,\s*$/.test(prose.slice(sentence.words[k - 1].end, word.start));
    if (afterComma) elsewhere = word.start >= value.end && (RELATIVE_PRONOUNS.has(word.norm) || ((word.norm === 'and' || word.norm === 'but') && sentence.words[k + 1]?.norm !== 'not'));
    if (word === opener || elsewhere) continue;
    const negation = (NEGATIONS.has(word.norm) || word.norm.endsWith("n't")) && !remindsOf(sentence.words, k);
    // ", not Blinken": a name set right, not the event denied.
    if (negation && afterComma && sentence.refs.some((ref) => ref.start === sentence.words[k + 1]?.start)) continue;
    if ((!negation && !(denied && DENIAL_LIFTED.has(word.norm))) || !within(word, part) || insideQuotation(analysis, word.start)) continue;
    denied = negation;
  }
  return denied;
}

/** The part opens with a preposition of time right after ", and" or ", but": "…, and after the talks with Qin, …". */
function frontedAfterJoiner(prose: string, sentenceWords: readonly Word[], part: Span): boolean {
  const first = firstStartingAt(sentenceWords, part.start);
  const joiner = sentenceWords[first - 1];
  return joiner !== undefined && (joiner.norm === 'and' || joiner.norm === 'but') && /,\s*$/.test(prose.slice(sentenceWords[first - 2]?.end ?? 0, joiner.start)) && FRONTED_TIME_WORDS.has(sentenceWords[first]?.norm ?? '');
}

/** Participles opening a part that recalls an earlier event beside the one told: "…, echoing the drills of August". */
const RECALLING_WORDS = new Set(['echoing', 'recalling', 'mirroring', 'repeating', 'evoking', 'reprising']);
/** Words opening a phrase of time: those opening a clause of time, and "following", "during", "once". */
const FRONTED_TIME_WORDS = new Set([...CLAUSE_OF_TIME_OPENERS, 'following', 'during', 'once']);
/** Of those, the words putting another event before or after: "…, following a first round of talks on Sunday" (not "during"). */
const SEQUENCE_WORDS = new Set(['after', 'before', 'following']);

/**
 * "Blinken did not, for the record, see Xi on Sunday": a negation right before an aside set off by commas that ends
 * where the part starts denies the part.
 */
function deniedAcrossAside(prose: string, sentenceWords: readonly Word[], part: Span): boolean {
  const first = firstStartingAt(sentenceWords, part.start);
  const commaBefore = (k: number) => k > 0 && /^\s*,\s*$/.test(prose.slice(sentenceWords[k - 1].end, sentenceWords[k].start));
  if (first <= 0 || !commaBefore(first)) return false;
  for (let k = first - 1; k >= Math.max(1, first - LONGEST_ASIDE); k--) {
    if (!commaBefore(k)) continue;
    const negation = sentenceWords[k - 1];
    return NEGATIONS.has(negation.norm) || negation.norm.endsWith("n't");
  }
  return false;
}

/** Most words of an aside between a negation and its verb: "not, as far as anyone knows, …". */
const LONGEST_ASIDE = 5;

/** The value comes right after "until" ("until just two hours before …", "till Monday"). */
function afterUntil(words: readonly Word[], value: Span): boolean {
  let k = firstStartingAt(words, value.start) - 1;
  while (k >= 0 && UNTIL_QUALIFIERS.has(words[k].norm)) k--;
  return k >= 0 && DENIAL_LIFTED.has(words[k].norm) && words[k].norm !== 'only';
}

/** Words between "until" and its value: "until just an hour before", "until about noon". */
const UNTIL_QUALIFIERS = new Set(['just', 'only', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'the']);

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'whose']);

/** Nouns for a value as told, not for a thing it describes: "the six-hour figure", "the 20-hour claim". */
const FIGURE_NOUNS = new Set(['figure', 'number', 'estimate', 'claim', 'count', 'tally', 'total', 'reading', 'account']);

/** The value modifies the noun after it: a hyphenated compound ("14-hour journey") or a possessive ("Monday's talks"). */
function describesNoun(prose: string, value: Span): boolean {
  return /[\p{L}\p{N}]-\p{L}+$/u.test(prose.slice(value.start, value.end)) || /^['’]s\b/.test(prose.slice(value.end, value.end + 3));
}

/** The negation at `k` tells the reader to keep something in mind, which it affirms: "Don't forget AUKUS, which is 18 months old", "not to mention the 20-hour flight". */
function remindsOf(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]?.norm === 'to' || words[k + 1]?.norm === 'be' ? words[k + 2] : words[k + 1];
  return next !== undefined && KEPT_IN_MIND.has(next.norm);
}

const KEPT_IN_MIND = new Set(['forget', 'forgetting', 'overlook', 'overlooking', 'ignore', 'ignoring', 'mention', 'underestimate', 'forgotten', 'overlooked', 'ignored']);

/**
 * `part` of the sentence supposes what did not happen: "If Xi had received him on Tuesday", "Had the talks run
 * on to Tuesday", "Xi might have met him on Tuesday" (not "should have": "The visit should have happened in
 * February" says when it was due); or tells what is usual.
 */
function supposes(analysis: DocumentAnalysis, sentence: SentenceFrame, part: Span): boolean {
  let opener: string | undefined;
  let pastInCondition = false;
  let joined = false;
  let previous = '';
  for (const [i, word] of sentence.words.entries()) {
    if (!within(word, part) || insideQuotation(analysis, word.start)) continue;
    // "Meetings of this kind usually last two hours": what is usual, not what happened.
    if (USUALLY.has(word.norm)) return true;
    // "Had" supposes at the sentence's start, after a conjunction at most ("And had the talks slipped to …"); after a
    // comma it is a past perfect ("…, had met Qin"), unless a subject follows it and the sentence goes on to what
    // would have been ("…, and had the meeting been pushed to Tuesday, it would have …").
    if (opener === undefined && !joined && SENTENCE_JOINERS.has(word.norm)) {
      joined = true;
      continue;
    }
    opener ??= word.norm === 'had' && i > (joined ? 1 : 0) && !invertedCondition(sentence.words, i) ? '' : word.norm;
    if (word.norm === 'had' || word.norm === 'were') pastInCondition = true;
    if (word.norm === 'have' && COUNTERFACTUAL_MODALS.has(previous)) return true;
    previous = word.norm;
  }
  return opener === 'had' || ((opener === 'if' || opener === 'unless') && pastInCondition);
}

/** "had the meeting been …, it would have": "had" at `at` before its subject, in a sentence telling what would have been. */
function invertedCondition(sentenceWords: readonly Word[], at: number): boolean {
  const next = sentenceWords[at + 1]?.norm ?? '';
  if (!CONDITION_SUBJECTS.has(next)) return false;
  return sentenceWords.some((word, k) => k > at + 1 && word.norm === 'have' && COUNTERFACTUAL_MODALS.has(sentenceWords[k - 1].norm));
}

/** Words that open the subject after an inverted "had": "had the talks …", "had he …". */
const CONDITION_SUBJECTS = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'both', 'either']);

/** "since" opening the phrase a date ends, within so many characters before it. */
const SINCE_PHRASE = /\bsince\b[^,.;:!?()—–]*$/i;
const SINCE_REACH = 60;

/** Conjunctions a sentence may open with, joining it to the one before. */
const SENTENCE_JOINERS = new Set(['and', 'but', 'yet', 'or', 'so']);

const USUALLY = new Set(['usually', 'typically', 'normally', 'generally', 'customarily', 'ordinarily']);

/** Verbs of wanting something to happen: "hopes to meet", "wanted to visit". */
const INTENT_VERBS = new Set(['hope', 'hopes', 'hoped', 'hoping', 'want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'intend', 'intends', 'intended', 'aim', 'aims', 'aimed']);

/**
 * "The president says he hopes to meet Xi": an event word right after a verb of wanting and "to" tells of no event that
 * happened, unless the fact is that hope itself (its own event words have the verb).
 */
function onlyIntended(sentenceWords: readonly Word[], hit: Span, fact: Fact): boolean {
  const at = firstStartingAt(sentenceWords, hit.start);
  const verb = sentenceWords[at - 2];
  return sentenceWords[at - 1]?.norm === 'to' && verb !== undefined && INTENT_VERBS.has(verb.norm) && !fact.triggers.some((trigger) => stem(trigger.toLowerCase()) === stem(verb.norm));
}

const COUNTERFACTUAL_MODALS = new Set(['would', 'could', 'might', "would've", "could've", "might've"]);

/** The fact is about someone saying something: a verb of saying is one of its event words, with its speaker named. */
function isSaying(reference: ReferenceIndex, fact: Fact): boolean {
  return hasSpeechTrigger(fact) && evidenceSpeaker(reference, fact) !== undefined;
}

const hasSpeechTrigger = oncePer((fact: Fact) => fact.triggers.some((trigger) => SPEECH_VERBS.has(trigger)));

/** Who the sentence has saying `verb`: the person it refers to last before the verb. */
function speakerOf(sentence: SentenceFrame, verb: Span): string | undefined {
  return sentence.refs.filter((ref) => ref.person && ref.end <= verb.start && !inRelativeClauseBefore(sentence, ref, verb)).at(-1)?.id;
}

/**
 * "Xi, who received Blinken on Monday, told Bill Gates …": someone named inside a relative clause that closes before
 * the verb is not the verb's subject.
 */
function inRelativeClauseBefore(sentence: SentenceFrame, ref: Span, verb: Span): boolean {
  const part = sentence.segments.find((segment) => within(ref, segment));
  return part !== undefined && part.end <= verb.start && ref.start > part.start && RELATIVE_PRONOUNS.has(sentence.words[firstStartingAt(sentence.words, part.start)]?.norm ?? '');
}

function isSpeechHit(sentence: SentenceFrame, hit: TriggerHit): boolean {
  const word = sentence.words[firstStartingAt(sentence.words, hit.start)];
  return word !== undefined && word.end === hit.end && SPEECH_VERBS.has(word.norm);
}

/** Which of the fact's people says something in its evidence: the one named last before its first verb of saying. */
const evidenceSpeakers = oncePer((_reference: ReferenceIndex) => new Map<Fact, string | undefined>());

function evidenceSpeaker(reference: ReferenceIndex, fact: Fact): string | undefined {
  const byFact = evidenceSpeakers(reference);
  if (!byFact.has(fact)) {
    const evidence = words(fact.evidence.text);
    const verb = evidence.findIndex((word) => SPEECH_VERBS.has(word.norm));
    let speaker: string | undefined;
    for (const word of evidence.slice(0, Math.max(0, verb))) {
      const named = fact.participants.find((id) => {
        const entity = reference.entities.get(id);
        return entity?.kind === 'person' && nameWordsOf(entity).includes(stripPossessive(word.norm));
      });
      speaker = named ?? speaker;
    }
    byFact.set(fact, speaker);
  }
  return byFact.get(fact);
}

/** The clause's words that are not part of a reference to someone. */
function wordsOutsideRefs(sentence: SentenceFrame, clause: Span): Word[] {
  const outside: Word[] = [];
  for (const word of sentence.words) {
    if (!within(word, clause)) continue;
    let inRef = false;
    for (const ref of sentence.refs) inRef ||= within(word, ref);
    if (!inRef) outside.push(word);
  }
  return outside;
}

/** Words before an event word that set it apart from the one told of before: "a different meeting", "the other session". */
const SETTING_APART = new Set(['different', 'separate', 'other']);

/** An event word of `hits` in the clause comes right after a word setting it apart ("a separate round of talks"); not "each other". */
function setApart(sentenceWords: readonly Word[], clause: Span, hits: readonly TriggerHit[]): boolean {
  return hits.some((hit) => {
    const at = firstStartingAt(sentenceWords, hit.start);
    return [at - 1, at - 2].some((k) => {
      const word = sentenceWords[k];
      return word !== undefined && within(word, clause) && SETTING_APART.has(word.norm) && sentenceWords[k - 1]?.norm !== 'each';
    });
  });
}

/** Title words that may stand between "with" and the name: "with Foreign Minister Qin Gang", "with the foreign minister, Qin Gang". */
const LONGEST_TITLE_AFTER_WITH = 4;

/** The person is named right after "with", a title between or not: "talks with Foreign Minister Qin Gang". */
function afterWith(sentenceWords: readonly Word[], ref: Span): boolean {
  let before = wordBeforeTitle(sentenceWords, firstStartingAt(sentenceWords, ref.start), LONGEST_TITLE_AFTER_WITH);
  // "with China's top diplomat Wang Yi", "with the Chinese foreign minister": the country a title is of.
  const country = sentenceWords[before] && (countryNamed(stripPossessive(sentenceWords[before].norm)) ?? countryOfDemonym(sentenceWords[before].norm));
  if (country) before = wordBeforeTitle(sentenceWords, before, 1);
  return sentenceWords[before]?.norm === 'with';
}

/**
 * "Her talks with Duarte were followed by a dinner that lasted seven hours": "followed by" or "preceded by" stands
 * between the value and every event word of the fact, so the value is another event's.
 */
function sequencedApart(prose: string, sentenceWords: readonly Word[], value: Span, hits: readonly TriggerHit[]): boolean {
  const events = hits.filter((hit) => !hit.unit && !within(hit, value));
  if (events.length === 0) return false;
  for (let k = 0; k < sentenceWords.length - 1; k++) {
    if (!SEQUENCE_PARTICIPLES.has(sentenceWords[k].norm) || sentenceWords[k + 1].norm !== 'by') continue;
    // The phrase runs to a comma or the sentence's end: "Her talks, followed by a dinner, lasted …" is not apart.
    const comma = prose.indexOf(',', sentenceWords[k].end);
    const phrase = { start: sentenceWords[k].start, end: comma < 0 ? sentenceWords[sentenceWords.length - 1].end : Math.min(comma, sentenceWords[sentenceWords.length - 1].end) };
    const before = (span: Span) => span.end <= phrase.start;
    if (before(value) ? events.every((hit) => within(hit, phrase)) : within(value, phrase) && events.every(before)) return true;
  }
  return false;
}

/** Words before an event word that make it another time it happened: "the next summit", "another meeting". */
const REPEAT_MARKERS = new Set(['next', 'another', 'subsequent', 'later', 'follow-up']);
/** How far before the event word such a word may stand ("the next Biden–Xi summit"). */
const REPEAT_REACH = 3;

/**
 * "met Xi again", "for a second time", "the next Biden–Xi summit": the clause tells of another time the event
 * happened, whose date or count is its own.
 */
function happensAgain(sentenceWords: readonly Word[], clause: Span, hits: readonly TriggerHit[], ahead: boolean, value: Span): boolean {
  const clauseWords = sentenceWords.filter((word) => within(word, clause));
  return clauseWords.some((word, i) => {
    // "Two days later he was received": the value's own word tells a time, not another occasion.
    if (within(word, value)) return false;
    // "met Xi again", "again met": by the event word, not anywhere in a long clause.
    // Not by a verb of saying: "Biden said again on Friday" dates the saying.
    // ("Blinken met Xi on June 20 to talk again": "met" is not repeated, only the talking it leads to.)
    if (word.norm === 'again') {
      const near = (hit: TriggerHit) => clauseWords.slice(Math.max(0, i - REPEAT_REACH), i + REPEAT_REACH + 1).some((w) => w.start === hit.start);
      const events = hits.filter((hit) => !hit.unit && !SPEECH_VERBS.has(hit.key));
      return events.some(near) && events.every((hit) => near(hit) || hit.start > word.start);
    }
    if ((word.norm === 'second' || word.norm === 'third') && clauseWords[i + 1]?.norm === 'time') return true;
    // An event still ahead of the article is itself "the next election".
    if (!REPEAT_MARKERS.has(word.norm) || (ahead && word.norm === 'next')) return false;
    // "The next morning Blinken spent five hours with Wang Yi": a time told, not another occasion.
    if (TIME_UNITS.has(singular(clauseWords[i + 1]?.norm ?? ''))) return false;
    const reach = clauseWords.slice(i + 1, i + 1 + REPEAT_REACH);
    return hits.some((hit) => reach.some((w) => w.start === hit.start));
  });
}

/** The fact's date is after the article's: an event the article looks ahead to. */
function isAhead(reference: ReferenceIndex, fact: Fact): boolean {
  return fact.date !== undefined && fact.date.value > reference.loaded.set.article.date;
}

/** Pronouns standing for an event told of just before, and verbs of how long it went on: "They lasted five days". */
const EVENT_PRONOUNS = new Set(['they', 'it', 'these', 'this']);
const LASTING_VERBS = new Set(['lasted', 'last', 'lasts', 'ran', 'run', 'runs', 'spanned', 'stretched', 'continued']);

/** The event word is what the verb of saying gives, an article at most between: "offered a hint", "gave a signal". */
function objectOfSaying(sentenceWords: readonly Word[], verb: Word, hit: Span): boolean {
  if (!SPEECH_VERBS.has(verb.norm) || hit.start < verb.end) return false;
  const between = sentenceWords.filter((word) => word.start >= verb.end && word.end <= hit.start);
  return between.length === 0 || (between.length === 1 && ['a', 'an', 'the'].includes(between[0].norm));
}

/** Nouns for how long something took: "the length of the war games". */
const LENGTH_NOUNS = new Set(['length', 'duration']);

/** The "length" of "the length of (the, China's) war games" before an event word. */
function lengthNounBefore(prose: string, sentenceWords: readonly Word[], hit: Span): Word | undefined {
  let at = firstStartingAt(sentenceWords, hit.start) - 1;
  if (sentenceWords[at] && possessiveMark(prose, sentenceWords[at])) at--;
  if (sentenceWords[at]?.norm === 'the') at--;
  return sentenceWords[at]?.norm === 'of' && LENGTH_NOUNS.has(sentenceWords[at - 1]?.norm ?? '') ? sentenceWords[at - 1] : undefined;
}

/** How far into its clause the event word heading the subject may stand: "China's April war games". */
const SUBJECT_HEAD_REACH = 3;

/**
 * "The war games China launched in April lasted four days": the value follows a verb of lasting ("for" aside) in a
 * clause whose subject is an event word, only determiners, possessives and names before it ("China's April war
 * games"; not "Talks after the strike").
 */
function lastedBySubject(prose: string, sentence: SentenceFrame, value: Span, hits: readonly TriggerHit[]): boolean {
  const clause = clauseAround(sentence, value);
  const clauseWords = sentence.words.filter((word) => within(word, clause));
  let at = clauseWords.findIndex((word) => word.start >= value.start) - 1;
  if (clauseWords[at]?.norm === 'for') at--;
  if (at < 1 || !LASTING_VERBS.has(clauseWords[at].norm)) return false;
  const heads = (k: number) => hits.some((hit) => hit.start === clauseWords[k].start);
  for (let k = 0; k < Math.min(SUBJECT_HEAD_REACH + 1, at); k++) {
    if (heads(k)) return true;
    const word = clauseWords[k];
    if (!NOUN_DETERMINERS.has(word.norm) && !possessiveMark(prose, word) && !isCalendarName(word.norm) && !(k > 0 && isCapitalizedWord(prose, word))) return false;
  }
  return false;
}

/** Words by which a clause refers back to an event rather than to people. */
const EVENT_BACK_REFERENCES = new Set(['it', 'this']);

/** The value's clause refers back to an event: "It lasted six hours", "This took an hour". */
function refersToEvent(sentence: SentenceFrame, value: Span): boolean {
  const clause = clauseAround(sentence, value);
  return sentence.words.some((word) => within(word, clause) && EVENT_BACK_REFERENCES.has(word.norm));
}

/** Words that rank what follows them: ordinals and common superlatives ("first", "last", "largest", "highest-level"). */
const RANKING = /^(?:first|second|third|last|final|next|(?:larg|bigg|high|low|long|short|great|lat|earli|strong|tough|clos|small|wid|deep)est)(?:-|$)/;

/** Objects by which a verb opening a sentence addresses the reader or the writer. */
const READER_OBJECTS = new Set(['you', 'us', 'me']);

/** Words opening a sentence set against the one before it. */
const CONTRASTING = new Set(['but', 'yet', 'however', 'still']);

/** Words before an event word that point to an event told of already. */
const DEFINITE_DETERMINERS = new Set(['the', 'their', 'that', 'this', 'those', 'these']);
/** Words before the one noun that may stand inside a verb and its particle: "called the trip off", "put his visit off". */
const DEFINITE_DETERMINERS_AND_POSSESSIVES = new Set([...DEFINITE_DETERMINERS, 'his', 'her', 'its']);

/** Words inside a verb and its particle after the determiner at `verb + 1`: the noun, and a word before it or not ("the whole thing"); 0 when the particle does not follow. */
function particleAfterNoun(stems: readonly string[], particle: string, verb: number, joined: (k: number) => boolean): number {
  for (let inside = 2; inside <= 3; inside++) {
    if (stems[verb + inside + 1] === particle) return Array.from({ length: inside + 1 }, (_, k) => verb + 1 + k).every(joined) ? inside : 0;
  }
  return 0;
}

/**
 * "Lindqvist spoke on Friday, telling reporters she had met Duarte earlier": every event word comes after the value,
 * in the past perfect, behind a verb of saying: the event told of came before the saying the value dates.
 */
function toldAsEarlier(sentenceWords: readonly Word[], hits: readonly TriggerHit[], value: Span): boolean {
  const events = hits.filter((hit) => !hit.unit);
  return events.length > 0 && events.every((hit) => {
    const at = firstStartingAt(sentenceWords, hit.start);
    return hit.start >= value.end && sentenceWords[at - 1]?.norm === 'had' && sentenceWords.slice(0, at).some((word) => word.start >= value.end && SPEECH_VERBS.has(word.norm));
  });
}

const NOBODY: ReadonlySet<string> = new Set();

/** A word labelling a sentence before its colon, markup around it: "Correction:", "**Update:**". */
const OPENING_LABEL = /^[*_]{0,2}\p{L}+[*_]{0,2}:[*_]{0,2}[ \t]+/u;

/** Words before an event word that refer to an event told of before: "those talks", "the meeting". */
const REFERRING_DETERMINERS = new Set(['the', 'that', 'this', 'those', 'these']);

/** Words after "after" or "before" standing for the event just told: "after which", "after that". */
const BACK_TO_THE_EVENT = new Set(['which', 'that', 'this', 'it']);

/** Words by which a sentence refers back to what the previous one was about. */
const BACK_REFERENCES = new Set(['it', 'its', 'they', 'their', 'them', 'both', 'this', 'these', 'those']);

/** "It was called off", "The two talked", "the Qin meeting": the clause continues the previous sentence's story. */
function refersBack(prose: string, sentence: SentenceFrame, clause: Span, isEventWord: (word: Word) => boolean, outside: readonly Span[]): boolean {
  const clauseWords = sentence.words.filter((w) => within(w, clause) && !outside.some((phrase) => within(w, phrase)));
  if (opensWithFigureOfEvent(clauseWords, isEventWord)) return true;
  return clauseWords.some((word, i) => {
    // "That trip had been postponed", "That was in 2017": "that" opening the clause points back; elsewhere it is
    // most often a conjunction ("said that …").
    if (BACK_REFERENCES.has(word.norm) || (i === 0 && word.norm === 'that')) return true;
    // ("An official says that meeting ran …": "that" before an event named in the singular points back too; not
    // "said that talks would go on", nor "said that meeting Xi …", whose "meeting" is a verb.)
    const after = clauseWords[i + 1];
    if (word.norm === 'that' && after !== undefined && isEventWord(after) && !/[^s]s$/.test(after.norm) && !(clauseWords[i + 2] && isCapitalizedWord(prose, clauseWords[i + 2]))) return true;
    // "Talks with Qin Gang on Sunday lasted …", "- Met Wang Yi on Monday": an event word opening the clause, with
    // no one before it, is the event told of; not one addressing the reader ("See you on Thursday", "Join us …").
    if (i === 0 && isEventWord(word)) return !READER_OBJECTS.has(clauseWords[1]?.norm ?? '');
    // "Monday's session": a day's own event is a definite mention too; so is a person's ("Xi's audience").
    const possessive = word.norm !== stripPossessive(word.norm);
    if (possessive && clauseWords[i + 1] !== undefined && isEventWord(clauseWords[i + 1]) && sentence.refs.some((ref) => ref.person && ref.via === 'name' && ref.start <= word.start && word.start < ref.end)) return true;
    const dated = isCalendarName(stripPossessive(word.norm)) && possessive;
    if (word.norm !== 'the' && !dated) return false;
    if (/^(?:two|pair)$/.test(clauseWords[i + 1]?.norm ?? '')) return true;
    // "the meeting", "the Qin meeting", "the Wang Yi session": a definite mention of an event, names aside; not a
    // verb after a noun ("the council met").
    // (Not a title, which names whom the clause is about, "The secretary spent Sunday …", unless possessive: "the
    // secretary's meeting".)
    let next = i + 1;
    const namesAside = (ref: EntityRef) => within(clauseWords[next], ref) && (ref.via !== 'title' || /['’]s/.test(prose.slice(ref.end - 2, ref.end + 2)));
    while (next < clauseWords.length && sentence.refs.some(namesAside)) next++;
    // An ordinal or a superlative only ranks what follows it ("for the first time", "the largest source", "the
    // highest-level visit"): the words after it say whether an event is meant.
    while (next < clauseWords.length && RANKING.test(clauseWords[next].norm)) {
      next++;
      if (prose[clauseWords[next - 1].end] === '-' && clauseWords[next]?.start === clauseWords[next - 1].end + 1) next++;
    }
    // "the nearly six-hour session", "the 90-minute meeting": how long it took only describes the event.
    next += lengthBefore(prose, clauseWords, next);
    if (clauseWords.slice(next, next + 2).some((w, k) => isEventWord(w) && (k === 0 || !PAST_VERB.test(w.norm)))) return true;
    // A word joined by a hyphen may describe it too: "the long-awaited meeting" (not "the commissioner held talks").
    const joined = clauseWords[next + 1];
    return joined !== undefined && prose[clauseWords[next].end] === '-' && joined.start === clauseWords[next].end + 1 && clauseWords[next + 2] !== undefined && isEventWord(clauseWords[next + 2]) && !PAST_VERB.test(clauseWords[next + 2].norm);
  });
}

/**
 * How many words from `at` tell a length before a noun: "nearly six-hour", "90-minute", "roughly four-hour" (a
 * figure joined to its unit by a hyphen, a qualifier before it); 0 if none.
 */
function lengthBefore(prose: string, words: readonly Word[], at: number): number {
  let k = at;
  while (k < words.length && LENGTH_QUALIFIERS.has(words[k].norm)) k++;
  const figure = words[k];
  const unit = words[k + 1];
  if (!figure || !unit || !isFigure(figure.norm) || prose.slice(figure.end, unit.start) !== '-' || !isTimeUnit(singular(unit.norm))) return 0;
  return k + 2 - at;
}

/** A number in words or figures: "six", "90". */
function isFigure(norm: string): boolean {
  return isNumberWord(norm) || /^\d+$/.test(norm);
}

/** The clause of `sentence` that holds `span`, or the sentence. */
function clauseAround(sentence: SentenceFrame, span: Span): Span {
  return sentence.clauses.find((c) => within(span, c)) ?? sentence;
}

/** Words that may qualify a length before its noun: "the nearly six-hour session". */
const LENGTH_QUALIFIERS = new Set(['nearly', 'almost', 'about', 'roughly', 'around', 'some', 'just', 'barely', 'over', 'full']);

/** Words that may come before a figure: "nearly six hours of talks", "at least five of the embassies". */
const FIGURE_QUALIFIERS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'some', 'over', 'under', 'more', 'less', 'than', 'at', 'least', 'most', 'just', 'only', 'a', 'an']);

/**
 * "- 14 hours of trans-Pacific travel", "Nearly six hours of talks with Qin Gang": a figure opening the clause, then
 * what it counts of an event (an event word right after "of", or one word later), tells of that event as "the
 * talks" would, as a list of figures does.
 */
function opensWithFigureOfEvent(clauseWords: readonly Word[], isEventWord: (word: Word) => boolean): boolean {
  let k = 0;
  while (k < clauseWords.length && FIGURE_QUALIFIERS.has(clauseWords[k].norm)) k++;
  const figure = clauseWords[k];
  if (!figure || !(/^\d/.test(figure.norm) || isNumberWord(figure.norm))) return false;
  const of = k + 2;
  return clauseWords[of]?.norm === 'of' && [clauseWords[of + 1], clauseWords[of + 2]].some((word) => word !== undefined && isEventWord(word));
}

/**
 * Where the part after the value turns to what it is compared with ("… twice as long as Blinken's", "… longer
 * than Qin's"); the part's end when it does not.
 */
function comparedFrom(sentenceWords: readonly Word[], part: Span, value: Span): number {
  for (let k = firstStartingAt(sentenceWords, value.end); k < sentenceWords.length && sentenceWords[k].start < part.end; k++) {
    const norm = sentenceWords[k].norm;
    // "more than five hours" qualifies a number; "longer than Qin's" compares.
    if (norm === 'than' && k > 0 && /(?:er|more|less|fewer)$/.test(sentenceWords[k - 1].norm) && !countsAfter(sentenceWords[k + 1])) return sentenceWords[k].start;
    if (norm === 'as' && sentenceWords[k - 2]?.norm === 'as') return sentenceWords[k].start;
  }
  return part.end;
}

const COORDINATORS = new Set(['and', 'but', 'or']);

/**
 * "It went to Qin, who succeeded Wang and spent nearly six hours with Blinken": a value after ", who" is told of the
 * person named right before the comma.
 */
function relativeSubject(prose: string, sentence: SentenceFrame, refs: readonly EntityRef[], value: Span): EntityRef | undefined {
  const whos: number[] = [];
  // Not a "who" of a clause before the value's: "Talks opened with Qin Gang, who accepted an invitation; two days later
  // Blinken was shown in to see Xi".
  const clauseStart = sentence.clauses.find((clause) => clause.start <= value.start && value.start < clause.end)?.start ?? sentence.start;
  for (let k = 0; k < sentence.words.length && sentence.words[k].end <= value.start; k++) if (sentence.words[k].norm === 'who' && sentence.words[k].start >= clauseStart) whos.push(k);
  // "…, who had succeeded Wang and who spent …": a "who" after "and" goes on with the one before.
  let at = whos.length - 1;
  while (at > 0 && COORDINATORS.has(sentence.words[whos[at] - 1]?.norm ?? '')) at--;
  const who = whos[at] ?? -1;
  if (who < 1) return undefined;
  const before = sentence.words[who - 1];
  if (!/^\s*,\s*$/.test(prose.slice(before.end, sentence.words[who].start))) return undefined;
  return refs.find((ref) => ref.person && ref.end === before.end);
}

/** Prepositions of place and direction: the name after one is where, not who ("a visitor to Beijing"). */
const WHERE_PREPOSITIONS = new Set(['to', 'in', 'from', 'at', 'into', 'across', 'toward', 'towards']);

/** A number starts at `word`: "five", "20", "an (hour)". */
function countsAfter(word: Word | undefined): boolean {
  return word !== undefined && (isNumberWord(word.norm) || /^\d/.test(word.norm) || word.norm === 'a' || word.norm === 'an');
}

/** The last title word of the first description after "the" in the clause ("the secretary", "the foreign minister's"). */
function descriptionIn(prose: string, sentence: SentenceFrame, clause: Span): Word[] | undefined {
  const at = descriptionStart(sentence, clause);
  if (at < 0) return undefined;
  // To its last title word: "minister" of "the foreign minister's session", a nationality between ("the senior
  // Chinese foreign policy adviser").
  const { words } = sentence;
  const titled = (k: number) => words[k] !== undefined && isTitleWord(stripPossessive(words[k].norm));
  const nationalityThenTitled = (k: number) => words[k] !== undefined && isCapitalizedWord(prose, words[k]) && titled(k + 1);
  let last = at + 1;
  while (words[last].norm === stripPossessive(words[last].norm)) {
    if (titled(last + 1)) last += 1;
    else if (nationalityThenTitled(last + 1)) last += 2;
    else break;
  }
  return words.slice(at + 1, last + 1);
}

/**
 * The index of the word opening the clause's description of someone by a title, or -1: "the" ("the foreign
 * minister") or a country's possessive ("China's head of state").
 */
function descriptionStart(sentence: SentenceFrame, clause: Span): number {
  const opensDescription = (word: Word) => word.norm === 'the' || countrysPossessive(word.norm) !== undefined;
  return sentence.words.findIndex((word, k) => within(word, clause) && opensDescription(word) && isTitleWord(stripPossessive(sentence.words[k + 1]?.norm ?? '')));
}

/** What may end a sentence after its last word: punctuation, closing marks, emphasis marks, note markers ("[^2]"). */
export const ENDS_SENTENCE = /^[\s.!*_"”’)]*(?:\[\^?[^\]\s]{1,20}\][\s.!*_"”’)]*)*$/u;

/** What may open an answer before its value: "For nearly eight hours.", "On Sunday.", "A: About three hours." */
const ANSWER_OPENING = /^[\s*_]*(?:A:\s*)?(?:(?:for|on|in|at|since|until|about|around|roughly)\s+)?$/iu;
/** What may close it: a phrase of time or place, or of whose account it is, after a comma ("…, on the second day.",
 * "…, according to a US official."), or nothing. */
const ANSWER_CLOSING = /^(?:\s*,\s*(?:on|in|at|during|before|after|by|according to)\s[^,.;:!?]*(?:,[^,.;:!?]*)?(?:[.!][\s.!*_"”’)]*)?|[\s.!*_"”’)]*)$/iu;
/** Most words of a title before the people an answer names. */
const NAME_ANSWER_TITLE_WORDS = 4;
/** Between the people an answer names and its value: a comma and a preposition ("Qin Gang, on Saturday"). */
const NAME_ANSWER_JOIN = /^\s*(?:,\s*)?(?:(?:for|on|in|at|about|around|roughly|nearly)\s+)?$/iu;

/** A fact told with all its people by the text around the value (a question and its answer, a table's header and row). */
function toldWhole(fact: Fact, hits: TriggerHit[]): Candidate {
  return { fact, named: fact.participants.length, supported: fact.participants.length, hits, distinctive: [], refs: [], inPart: hits.length };
}

function speechVerbBy(prose: string, sentenceWords: readonly Word[], value: Span, segment: Span, refs: readonly EntityRef[]): Word | undefined {
  const inSegment = sentenceWords.filter((w) => within(w, segment) && !refs.some((ref) => ref.via === 'title' && within(w, ref)));
  const before = inSegment.filter((w) => w.end <= value.start).slice(-SPEECH_WINDOW.before);
  // "Xi met Gates on Friday, telling him …": a verb after a comma is said at the time told before it.
  const after = inSegment.filter((w) => w.start >= value.end).slice(0, SPEECH_WINDOW.after).filter((w) => !/[,;:]/.test(prose.slice(value.end, w.start)));
  // Not a capitalised word: "the United States" states nothing.
  return [...before, ...after].find((w, k, near) => (SPEECH_VERBS.has(w.norm) || (REACTION_VERBS.has(w.norm) && w.start >= value.end)) && !isCapitalizedWord(prose, w) && !(RESPONSE_VERBS.has(w.norm) && near[k + 1]?.norm === 'with') && !namesValue(sentenceWords, w) && !noteStruck(sentenceWords, w));
}

/** "struck a softer note", "sounded a cautious note": a tone, not a note written or a thing noted. */
function noteStruck(sentenceWords: readonly Word[], word: Word): boolean {
  if (word.norm !== 'note') return false;
  const at = firstStartingAt(sentenceWords, word.start);
  return sentenceWords.slice(Math.max(0, at - 3), at).some((before) => STRIKING.has(before.norm));
}

const STRIKING = new Set(['struck', 'strike', 'strikes', 'striking', 'sounded', 'sound', 'sounds', 'sounding', 'hit', 'hits', 'hitting']);

/**
 * "The institute today welcomed Blinken's meeting with Xi": a verb of judging an event, after the value, is what the
 * value dates, as a verb of saying is (before it, the value may be the event's: "welcomed Blinken to talks on Monday").
 */
const REACTION_VERBS = new Set(['welcomed', 'welcomes', 'praised', 'praises', 'hailed', 'hails', 'applauded', 'applauds', 'lauded', 'lauds', 'celebrated', 'criticized', 'criticised', 'criticizes', 'criticises', 'condemned', 'condemns', 'denounced', 'denounces', 'slammed', 'slams']);

/**
 * "for what a US official described as five hours", "what was called five hours": a verb naming the value, not a
 * saying it dates ("in what Blinken described on Monday as …" still dates the describing).
 */
function namesValue(sentenceWords: readonly Word[], verb: Word): boolean {
  const at = firstStartingAt(sentenceWords, verb.start);
  const next = sentenceWords[at + 1]?.norm;
  return next === 'as' || (next !== undefined && !BARE_WORDS.has(next) && sentenceWords.slice(Math.max(0, at - NAMING_REACH), at).some((word) => word.norm === 'what'));
}

/** How far before such a verb "what" may stand: "for what a US official described as". */
const NAMING_REACH = 4;

/** "China responded with four days of war games": a response "with" something is an act, not words. */
const RESPONSE_VERBS = new Set(['respond', 'responds', 'responded', 'responding', 'reply', 'replies', 'replied', 'replying', 'counter', 'counters', 'countered', 'countering']);

function wordsBetween(sentenceWords: readonly Word[], a: Span, b: Span): number {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  return sentenceWords.filter((w) => w.start >= from && w.end <= to).length;
}

function triggerKey(trigger: string): string {
  return words(trigger).map((w) => stem(w.norm)).join(' ');
}

/** A fact's event word as it is looked for: its key, and the stems that make it up. */
interface Trigger {
  key: string;
  stems: string[];
  /** Only with one of the fact's participants right after it: "told Bill Gates", not "told reporters". */
  toParticipant?: boolean;
  /** Only with a capitalised word (a place) right after it: "went to China", not "went to great lengths". */
  toPlace?: boolean;
  /** Not with one of these words right after it: "put off the trip", not "put off by the heat"; "pushed the trip back", not "pushed back against". */
  notBefore?: ReadonlySet<string>;
  /** Only with "with" and one of the fact's participants a few words on: "spent six hours with Qin Gang", "sat for six hours with". */
  withParticipant?: boolean;
}

/** Each fact's distinct triggers by fact id, once per reference set. */
const triggersByFact = oncePer(
  (reference: ReferenceIndex): Map<string, Trigger[]> =>
    new Map(
      reference.facts.map((f) => {
        const keys = [...new Set(f.triggers.map(triggerKey))];
        const own = keys.map((key): Trigger => ({ key, stems: key.split(' ') }));
        const implied = [
          ...(isMeeting(f, keys) ? MEETING_WORDS : []),
          ...(isTrip(keys) ? TRIP_WORDS : []),
          ...(keys.includes(triggerKey('postponed')) ? POSTPONING_WORDS : []),
          ...(keys.includes(triggerKey('due')) ? SCHEDULED_WORDS : []),
        ];
        // "the opening round" is the first round, "the closing day" the final one.
        // ("Round one" is the first round too.)
        const reworded = keys.flatMap((key) => [
          ...ORDINAL_SYNONYMS.flatMap(([ordinal, synonym]) => (key.startsWith(`${ordinal} `) ? [synonym + key.slice(ordinal.length)] : [])),
          ...ORDINALS_AS_NUMBERS.flatMap(([ordinal, number]) => (key.startsWith(`${ordinal} `) ? [`${key.slice(ordinal.length + 1)} ${number}`] : [])),
        ]);
        return [f.id, [...own, ...[...implied, ...reworded.map((key) => ({ key, stems: key.split(' ') }))].filter((t) => !keys.includes(t.key))]];
      }),
    ),
);

/** Words an event word's ordinal may be written in instead (as stems: see triggerKey). */
const ORDINAL_SYNONYMS: readonly (readonly [string, string])[] = [
  [stem('first'), stem('opening')],
  [stem('final'), stem('closing')],
  [stem('last'), stem('closing')],
];

/** Ordinals a count after the noun may stand for ("round one", "day two"), as stems. */
const ORDINALS_AS_NUMBERS: readonly (readonly [string, string])[] = [
  [stem('first'), stem('one')],
  [stem('second'), stem('two')],
  [stem('third'), stem('three')],
];

/**
 * Words for a meeting of two people or more, whatever words the reference gives it: its own kinds ("session",
 * "discussions", a handshake), and words for talking to someone, when the other one follows ("Xi told Bill Gates on Friday
 * …", "Blinken spoke with Wang Yi").
 */
const MEETING_WORDS: readonly Trigger[] = [
  ...uniqueKeys(['session', 'sessions', 'discussion', 'discussions', 'audience', 'shook hands', 'shake hands', 'shakes hands', 'shaking hands', 'handshake']).map((key) => ({ key, stems: key.split(' ') })),
  ...uniqueKeys(['told', 'tell', 'spoke with', 'spoke to', 'speaking with', 'speaking to', 'talked with', 'talked to', 'talking with', 'talking to', 'hosted', 'welcomed', 'greeted', 'sat with', 'sitting with', 'sits with', 'sit with', 'sits down with', 'sit down with', 'sit-down with', 'face time with', 'sat across from', 'sitting across from', 'sat opposite', 'sitting opposite', 'huddled with', 'conferred with', 'negotiated with']).map((key) => ({
    key,
    stems: key.split(' '),
    toParticipant: true,
  })),
  // "had a marathon round on Saturday with Qin Gang": a round is of talks only with someone; so is opening or closing
  // a visit ("opened on Saturday with Qin Gang", "ended with Xi"), and a marathon or an exchange ("Saturday's
  // marathon with Qin Gang").
  ...uniqueKeys(['spent', 'spending', 'sat', 'sits', 'sitting', 'round', 'rounds', 'marathon', 'marathons', 'exchange', 'exchanges', 'opened', 'began', 'started', 'kicked off', 'ended', 'closed', 'wrapped up', 'finished', 'hours', 'hour']).map((key) => ({ key, stems: key.split(' '), withParticipant: true })),
];

/** Words for a journey somewhere, when a place follows: "Burns went to China in May", "flew to Beijing". */
const TRIP_WORDS: readonly Trigger[] = uniqueKeys(['went to', 'flew to', 'headed to']).map((key) => ({ key, stems: key.split(' '), toPlace: true }));

/** Words after which those verbs mean something else: "put off by the heat", "pushed back against the tariffs". */
const NOT_PUTTING_OFF: ReadonlySet<string> = new Set(['by', 'against', 'on', 'at', 'hard', 'from']);
/** Words for putting something off, for a fact of a postponement: "put off the trip", "put it off", "axed", "pushed back". */
const POSTPONING_WORDS: readonly Trigger[] = uniqueKeys(['put off', 'axed', 'shelved', 'pushed back', 'deferred']).map((key) => ({ key, stems: key.split(' '), notBefore: NOT_PUTTING_OFF }));

/** Words for what was due, for a fact of something due: "was supposed to visit", "had been scheduled to", "had been
 * expected" (not "is expected to": what is to come). */
const SCHEDULED_WORDS: readonly Trigger[] = uniqueKeys(['supposed to', 'scheduled to', 'meant to', 'set to', 'planned to', 'was expected', 'were expected', 'been expected', 'slated to']).map((key) => ({ key, stems: key.split(' ') }));

/** A fact of a journey: "trip", "visit" or "travel" is one of its event words. */
function isTrip(keys: readonly string[]): boolean {
  return ['trip', 'visit', 'travel'].some((word) => keys.includes(triggerKey(word)));
}

function uniqueKeys(triggers: readonly string[]): string[] {
  return [...new Set(triggers.map(triggerKey))];
}

/**
 * Words `from` to `to` of the sentence are a title given to someone ("Biden's national security adviser", "Jake
 * Sullivan, the national security adviser", "national security adviser Jake Sullivan"): they say who someone is,
 * not what happened.
 */
function isTitleOfSomeone(prose: string, sentence: SentenceFrame, from: number, to: number): boolean {
  const { words: sentenceWords, refs } = sentence;
  for (let k = from; k < to; k++) if (!isTitleWord(sentenceWords[k].norm) && sentenceWords[k].norm !== 'of') return false;
  // Before the title, the organisation's capitalised words and an article: "the White House national security adviser".
  let opener = from;
  // (Not past a possessive, which says whose title it is: "Biden's national security adviser".)
  const capitalisedOpener = (word: Word) => isCapitalized(prose.slice(word.start, word.end)) && !/['’]s$/.test(prose.slice(word.start, word.end));
  while (opener > 0 && capitalisedOpener(sentenceWords[opener - 1]) && !refs.some((ref) => ref.person && ref.end === sentenceWords[opener - 1].end)) opener--;
  if (['the', 'a', 'an'].includes(sentenceWords[opener - 1]?.norm ?? '')) opener--;
  const before = sentenceWords[opener - 1];
  const after = sentenceWords[to];
  const personAt = (start: number | undefined) => refs.some((ref) => ref.person && ref.via === 'name' && ref.start === start);
  const personEndingAt = (end: number | undefined) => refs.some((ref) => ref.person && ref.via === 'name' && ref.end === end);
  return (
    // A title standing alone, as a table's cell does ("| Jake Sullivan | national security adviser |").
    (before === undefined && after === undefined) ||
    (before !== undefined && /['’]s$/.test(prose.slice(before.start, before.end))) ||
    personAt(after?.start) ||
    (before !== undefined && /^,\s*$/.test(prose.slice(before.end, sentenceWords[opener].start)) && personEndingAt(before.end))
  );
}

/** Words that may describe the person talked to before the name: "telling Microsoft co-founder Bill Gates", "sits down
 * with the senior Chinese foreign policy adviser Wang Yi" (each a title word, a capitalised word or "the"). */
const ADDRESSEE_WORDS = 7;

/**
 * The words for talking from word `verb` to `from` are one participant's to another, face to face: the nearest
 * person before them is one of the fact's participants, another one is named right after them (after a few words
 * describing them at most), and the sentence says nothing of a call or a letter.
 */
function talksInPerson(prose: string, sentence: SentenceFrame, verb: number, from: number, fact: Fact, describes: (word: string) => boolean): boolean {
  const speaker = speakerOf(sentence, sentence.words[verb]) ?? subjectAfterParticiplePhrase(prose, sentence, verb) ?? passiveDoer(sentence, verb) ?? dayAsSubject(sentence, verb);
  const addressed = addresseeAt(prose, sentence, from);
  // "Blinken arrived. The secretary sat with Qin Gang": described right before the verb by a title word of one of
  // the fact's people named before.
  const described = speaker === undefined && sentence.words[verb - 2]?.norm === 'the' && describes(sentence.words[verb - 1]?.norm ?? '');
  // "The round with Qin Gang ran for …": a noun after a determiner, whose other side the sentence before may give.
  // ("The audience with Xi came two days after that marathon with Qin": after an article, whoever the clause's subject.)
  // ("Saturday: nearly six hours with Qin Gang": so is a length of time spent with someone.)
  const before = sentence.words[verb - 1]?.norm ?? '';
  const noun = ((speaker === undefined || ARTICLES_BEFORE_NOUN.has(before)) && opensNounPhrase(prose, sentence.words, verb)) || (speaker === undefined && isTimeUnit(singular(sentence.words[verb].norm)) && isFigure(before));
  const speaks = noun || described || (speaker !== undefined && speaker !== addressed && fact.participants.includes(speaker));
  return speaks && addressed !== undefined && fact.participants.includes(addressed) && !sentence.words.some((word) => REMOTE_WORDS.has(word.norm));
}

/**
 * "Blinken and Qin Gang spent nearly six hours together", "Blinken and Qin had sat together for hours": time spent
 * together by two people named as its subject is their meeting; so is "the two men spent …" after a sentence naming
 * them and no one else ("they" may be anyone).
 */
function spentTogether(prose: string, sentence: SentenceFrame, verb: number, end: number, pairBefore: () => boolean): boolean {
  const words = sentence.words;
  if (!SPENDING_TIME.has(words[verb].norm)) return false;
  const together = words.slice(end, end + WITH_REACH).find((word) => word.norm === 'together');
  if (together === undefined || /[,;:!?()—–]/.test(prose.slice(words[verb].end, together.start))) return false;
  const subjectEnd = lastWordOfSubject(words, verb);
  return namedPairEndingAt(sentence, subjectEnd) || (groupEndingAt(words, subjectEnd) && pairBefore());
}

/** "The two men", "the pair", "both sides", "the two" ending at word `k`, a verb's subject. */
function groupEndingAt(words: readonly Word[], k: number): boolean {
  const group = (at: number) => GROUP_WORDS.has(words[at]?.norm ?? '') && (words[at].norm === 'both' || words[at - 1]?.norm === 'the');
  return k >= 0 && (group(k) || group(k - 1));
}

const GROUP_WORDS = new Set(['two', 'pair', 'both']);

const SPENDING_TIME = new Set(['spent', 'spend', 'spends', 'spending', 'sat', 'sit', 'sits', 'sitting']);

/**
 * Two people named, joined by "and", end at word `k`, a verb's subject: "Blinken and (Foreign Minister) Qin Gang (had) spent".
 * ("The two men", "they" may be others than the fact's people: whom the sentence before names says who they are.)
 */
function namedPairEndingAt(sentence: SentenceFrame, k: number): boolean {
  const words = sentence.words;
  const last = k >= 0 ? sentence.refs.find((ref) => ref.person && ref.end === words[k].end) : undefined;
  // ("Blinken and Foreign Minister Qin Gang": a title may come before the second.)
  const and = last && words[wordBeforeTitle(words, firstStartingAt(words, last.start))];
  return and?.norm === 'and' && sentence.refs.some((ref) => ref.person && ref.id !== last!.id && ref.end === words[firstStartingAt(words, and.start) - 1]?.end);
}

/** Articles and demonstratives opening a noun phrase. */
const ARTICLES_BEFORE_NOUN = new Set(['the', 'a', 'an', 'this', 'that']);

/** "the Qin marathon", "that Wang Yi session": one of the fact's people named between an article and the word at `at`. */
function namedAsModifier(prose: string, sentence: SentenceFrame, at: number, fact: Fact): boolean {
  const word = sentence.words[at];
  const ref = sentence.refs.find((r) => r.person && r.via === 'name' && r.end <= word.start && /^[ \t]+$/.test(prose.slice(r.end, word.start)));
  return ref !== undefined && fact.participants.includes(ref.id) && ARTICLES_BEFORE_NOUN.has(sentence.words[firstStartingAt(sentence.words, ref.start) - 1]?.norm ?? '');
}

/**
 * "Blinken landed on Saturday. The first day was spent with Qin Gang": a passive verb naming no one before it is done
 * by the one person the sentence goes on about.
 */
function passiveDoer(sentence: SentenceFrame, verb: number): string | undefined {
  if (!PASSIVE_AUXILIARIES.has(sentence.words[verb - 1]?.norm ?? '')) return undefined;
  const people = sentence.context.filter((ref) => ref.person);
  return people.length === 1 ? people[0].id : undefined;
}

const PASSIVE_AUXILIARIES = new Set(['was', 'were']);

/**
 * "Blinken pressed Qin on fentanyl. ¶ Monday, June 19, began with Wang Yi": a day opening the sentence as the subject
 * of the verb stands for what the one person the sentence goes on about did that day.
 */
function dayAsSubject(sentence: SentenceFrame, verb: number): string | undefined {
  const subject = sentence.words.slice(0, verb);
  if (!subject.some((word) => isCalendarName(word.norm)) || !subject.every((word) => isCalendarName(word.norm) || /^\d{1,4}$/.test(word.norm) || DAY_WORDS.has(word.norm))) return undefined;
  const people = sentence.context.filter((ref) => ref.person);
  return people.length === 1 ? people[0].id : undefined;
}

/** Words that may stand with a day's name as a sentence's subject: "The next day, Monday", "Day two, Monday". */
const DAY_WORDS = new Set(['the', 'next', 'following', 'first', 'second', 'final', 'last', 'day', 'two', 'one', 'of']);

/**
 * The unit word at `unit` is followed by "with" and one of the fact's people at `after`, and no one else of the
 * sentence comes before it: "almost eight hours with Qin Gang", "Blinken: three hours with Wang Yi".
 */
function timeWithParticipant(prose: string, sentence: SentenceFrame, unit: number, after: number, fact: Fact): boolean {
  const addressed = addresseeAt(prose, sentence, after);
  // (In its part after a semicolon: "nearly six hours with Qin; about five hours with Wang".)
  const semicolon = prose.lastIndexOf(';', sentence.words[unit].start);
  const before = speakerOf(sentence, sentence.words[unit]);
  const beforeInPart = before !== undefined && sentence.refs.some((ref) => ref.id === before && ref.person && ref.start > semicolon && ref.end <= sentence.words[unit].start) ? before : undefined;
  return addressed !== undefined && fact.participants.includes(addressed) && (beforeInPart === undefined || (beforeInPart !== addressed && fact.participants.includes(beforeInPart))) && !sentence.words.some((word) => REMOTE_WORDS.has(word.norm));
}

/**
 * "On Thursday, sitting with Bill Gates, Xi said …": a participle's phrase set off by commas before the subject has
 * that subject, named right after its closing comma.
 */
function subjectAfterParticiplePhrase(prose: string, sentence: SentenceFrame, verb: number): string | undefined {
  const word = sentence.words[verb];
  const before = sentence.words[verb - 1];
  if (!word.norm.endsWith('ing') || (before && !/,\s*$/.test(prose.slice(before.end, word.start)))) return undefined;
  const comma = prose.indexOf(',', word.end);
  if (comma < 0 || comma >= sentence.end) return undefined;
  const subject = sentence.refs.find((ref) => ref.start > comma);
  return subject?.person && /^\s*$/.test(prose.slice(comma + 1, subject.start)) ? subject.id : undefined;
}

/**
 * The value's own phrase: its part of the sentence up to the value, and after it an "of" phrase ("three days of
 * war games"), not the rest ("… twice the three hours he spent with Wang Yi").
 */
function valuesPhrase(sentenceWords: readonly Word[], segment: Span, value: Span): Span {
  // The value ends with its unit word: then "of" and a few words.
  const after = firstStartingAt(sentenceWords, value.end);
  const of = sentenceWords[after]?.norm === 'of' ? sentenceWords[Math.min(after + 3, sentenceWords.length - 1)] : undefined;
  return { start: segment.start, end: Math.min(segment.end, of ? of.end : value.start) };
}

/**
 * The word at `noun` follows a determiner ("the round"), a day's possessive ("Monday's sit-down"), or a determiner and
 * one word describing it ("the long sit-down", "the Monday meeting"; not a person's title: "the mayor sat down").
 */
function opensNounPhrase(prose: string, sentenceWords: readonly Word[], noun: number): boolean {
  const [before, described] = [sentenceWords[noun - 2], sentenceWords[noun - 1]];
  if (!described) return false;
  if (determinesNoun(described)) return true;
  const describing = isCalendarName(described.norm) || !isCapitalizedWord(prose, described);
  return before !== undefined && determinesNoun(before) && describing && !isTitleWord(described.norm) && !PERSON_NOUNS.has(described.norm) && !isNumberWord(described.norm);
}

/** A determiner, or a day's or month's possessive standing for one: "Sunday's (opening) round". */
function determinesNoun(word: Word): boolean {
  return NOUN_DETERMINERS.has(word.norm) || (word.norm !== stripPossessive(word.norm) && isCalendarName(stripPossessive(word.norm)));
}

/** Words before a noun: "the round", "their first round". */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'first', 'second', 'final', 'last', 'next']);

/** How far "with" may stand after "spent": "spent nearly six and a half hours with". */
const WITH_REACH = 7;

/** The word after the first "with" within reach from `from` (past the sentence's end when there is none). */
function withWithin(sentenceWords: readonly Word[], from: number): number {
  for (let k = from; k < sentenceWords.length && k <= from + WITH_REACH; k++) if (sentenceWords[k].norm === 'with') return k + 1;
  return sentenceWords.length;
}

/** The phrases of the sentence that count a time from another event ("a week after the Blinken talks"), to the next comma. */
function timeCountedFrom(prose: string, sentence: SentenceFrame): Span[] {
  const phrases: Span[] = [];
  sentence.words.forEach((word, k) => {
    if (countsTimeFrom(sentence.words, k)) {
      // ("Two days before that he met Qin": "that" with a subject after it is the event told before, and the phrase ends there;
      // so does "Two days after that session he was received by Xi" at the noun.)
      const end = pointsBackAlone(sentence.words, k + 1)
        ? sentence.words[k + 1].end
        : pointsBackWithNoun(prose, sentence.words, k + 1)
          ? sentence.words[k + 2].end
          : afterNameAside(prose, word.end, toPhraseEnd(prose, sentence, word.end), sentence.end, /,/);
      phrases.push({ start: sentence.words[k - 1].start, end });
    }
    // "On the Thursday before Blinken's visit, Xi met Gates": the day (or month) is the main clause's, counted from the visit.
    else if (k > 1 && RELATIVE_TO.has(word.norm) && isCalendarName(sentence.words[k - 1].norm) && sentence.words[k - 2].norm === 'the') phrases.push({ start: word.start, end: toPhraseEnd(prose, sentence, word.end) });
  });
  return phrases;
}

/** Word `k` is "that" (or "this", "it") followed by a subject: it stands for the event told before. */
function pointsBackAlone(sentenceWords: readonly Word[], k: number): boolean {
  return BACK_TO_THE_EVENT.has(sentenceWords[k]?.norm ?? '') && SUBJECT_WORDS.has(sentenceWords[k + 1]?.norm ?? '');
}

/** Word `k` is "that" or "this", then a noun in lower case, then a subject: "that session he …". */
function pointsBackWithNoun(prose: string, sentenceWords: readonly Word[], k: number): boolean {
  const noun = sentenceWords[k + 1];
  return (sentenceWords[k]?.norm === 'that' || sentenceWords[k]?.norm === 'this') && noun !== undefined && !isCapitalizedWord(prose, noun) && SUBJECT_WORDS.has(sentenceWords[k + 2]?.norm ?? '') && /^[ \t]+$/.test(prose.slice(noun.end, sentenceWords[k + 2].start));
}

/**
 * "On Tuesday, the day after Blinken met Xi, …", "A week after the talks, on June 25, …": the hit follows a time
 * counted from it, and the value stands outside that phrase (inside it, the value dates the event: "Hours after
 * meeting Wang Yi on Tuesday").
 */
function afterTimeFrom(prose: string, sentenceWords: readonly Word[], hit: TriggerHit, value: Span, valuePart: Span): boolean {
  const at = firstStartingAt(sentenceWords, hit.start);
  for (let k = at - 1; k >= Math.max(1, at - 4); k--) {
    if (!RELATIVE_TO.has(sentenceWords[k].norm)) continue;
    // The hit within the phrase ("Two days before, Xi met Gates on Thursday" dates the meeting).
    if (prose.slice(sentenceWords[k].end, hit.start).includes(',')) return false;
    const outside = sentenceWords[k].start >= value.end || !within(sentenceWords[k], valuePart);
    return outside && countsTimeFrom(sentenceWords, k);
  }
  return false;
}

/**
 * Clauses of time the value is not in: "before"/"after"/"until" opening a clause (not "a week after", counted by
 * timeCountedFrom), up to the next comma or the sentence's end.
 */
function timeClausesOutside(prose: string, sentence: SentenceFrame, value: Span): Span[] {
  const clauses: Span[] = [];
  sentence.words.forEach((word, k) => {
    if (!TIME_CLAUSE_OPENERS.has(word.norm) || countsTimeFrom(sentence.words, k)) return;
    const clause = { start: word.start, end: toPhraseEnd(prose, sentence, word.end) };
    if (!within(value, clause)) clauses.push(clause);
  });
  return clauses;
}

// ("the two sessions that preceded Xi": the event counted from after a verb of coming before.)
const TIME_CLAUSE_OPENERS = new Set(['before', 'after', 'until', 'preceded']);

/** The name right after a word of time, closing its phrase: "preceded Xi,", "before Qin." — an event, no one acting. */
function standsForEvent(prose: string, sentenceWords: readonly Word[], ref: EntityRef): boolean {
  return TIME_CLAUSE_OPENERS.has(sentenceWords[firstStartingAt(sentenceWords, ref.start) - 1]?.norm ?? '') && /^\s*(?:[,.;:!?—–)]|$)/.test(prose.slice(ref.end, ref.end + 3));
}

/** Where a phrase starting before `from` ends: at the next comma, semicolon, colon or dash, or the sentence's end. */
function toPhraseEnd(prose: string, sentence: Span, from: number): number {
  const end = prose.slice(from, sentence.end).search(/[,;:—–]/);
  return end < 0 ? sentence.end : from + end;
}

/** Words opening a phrase of what came before or after the main clause's event: "followed a meeting on Sunday". */
const ORDER_WORDS = new Set(['after', 'before', 'following', 'followed', 'preceded', 'preceding']);
/** Words joining another verb or clause, past which a phrase of sequence does not reach back. */
const JOINERS = new Set(['and', 'but', 'or', 'then']);
/** Most words from such a word to the value it holds: "followed (a) (first) (meeting) (on) Sunday". */
const SEQUENCE_REACH = 6;

/**
 * The phrase of sequence after the main clause that holds `value` after an event's words of its own ("The Xi meeting
 * came after talks on Monday", "The Wang session followed a meeting on Sunday, in which …"), to the sentence's end;
 * not "after Sunday's talks", "before Xi on Monday" (no words of an event between), nor "two days after" (counted).
 */
function sequencedEvent(prose: string, sentence: SentenceFrame, value: Span): Span | undefined {
  const words = sentence.words;
  const at = firstStartingAt(words, value.start);
  if (at >= words.length) return undefined;
  for (let k = at - 1; k >= 2 && k >= at - SEQUENCE_REACH; k--) {
    // ("Qin, who followed Wang and met Blinken on Sunday": nor across a joined verb.)
    if (/[,;:()—–]/.test(prose.slice(words[k].end, words[k + 1].start)) || JOINERS.has(words[k].norm)) return undefined;
    if (!ORDER_WORDS.has(words[k].norm)) continue;
    const between = words.slice(k + 1, at - 1);
    const eventWords = between.some((word) => !NOUN_DETERMINERS.has(word.norm) && !isCapitalizedWord(prose, word));
    return eventWords && !countsTimeFrom(words, k) ? { start: words[k].start, end: sentence.end } : undefined;
  }
  return undefined;
}

/** Word `k` is "after" or "before" following a unit of time: "a week after", "the day before". */
function countsTimeFrom(sentenceWords: readonly Word[], k: number): boolean {
  return RELATIVE_TO.has(sentenceWords[k].norm) && followsTimeUnit(sentenceWords, k);
}

/** Phrases of "since" right after a unit of time: "the first visit in five years, since Pompeo's stop". */
function sinceLengthPhrases(prose: string, sentence: SentenceFrame): Span[] {
  return sentence.words.flatMap((word, k) => (word.norm === 'since' && followsTimeUnit(sentence.words, k) ? [{ start: word.start, end: toPhraseEnd(prose, sentence, word.end) }] : []));
}

/** Word `k` comes right after a unit of time ("a week", "five years,"). */
function followsTimeUnit(sentenceWords: readonly Word[], k: number): boolean {
  return k > 0 && TIME_UNITS.has(singular(sentenceWords[k - 1].norm));
}

const RELATIVE_TO = new Set(['after', 'before']);
const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'morning', 'evening', 'night', 'afternoon']);

/** Words telling of talk at a distance: "by phone", "in a video call", "in a letter". */
const REMOTE_WORDS = new Set(['phone', 'telephone', 'phoned', 'video', 'videoconference', 'virtual', 'virtually', 'online', 'letter', 'email']);

/** The person named from word `from` on, after a few words describing them at most. */
function addresseeAt(prose: string, sentence: SentenceFrame, from: number): string | undefined {
  for (let k = from; k < sentence.words.length && k <= from + ADDRESSEE_WORDS; k++) {
    const word = sentence.words[k];
    // A name, or a title only one person holds ("sat with the Chinese leader").
    const ref = sentence.refs.find((r) => r.start === word.start && r.via !== 'pronoun');
    if (ref?.person) return ref.id;
    const hyphenated = prose[word.start - 1] === '-' || prose[word.end] === '-';
    const describes = ref !== undefined || isCapitalized(prose.slice(word.start, word.end)) || isTitleWord(word.norm) || hyphenated || word.norm === 'the';
    // An abbreviation's full stop goes on the description: "Microsoft Corp. co-founder Bill Gates".
    const gap = prose.slice(word.end, sentence.words[k + 1]?.start ?? word.end);
    if (describes && /^\s*,\s*$/.test(gap) && k > from) return personNamedAt(sentence, k + 1);
    if (!describes || /[,;:!?]/.test(gap) || (gap.includes('.') && !abbreviated(prose, word))) return undefined;
  }
  return undefined;
}

/** "sat with the foreign minister, Qin Gang": the person whose name opens at word `k`, set after a description. */
function personNamedAt(sentence: SentenceFrame, k: number): string | undefined {
  const word = sentence.words[k];
  const ref = word && sentence.refs.find((r) => r.start === word.start && r.via === 'name');
  return ref?.person ? ref.id : undefined;
}

/** A capitalised abbreviation the sentence reading knows, or an initial, before its full stop: "Corp.", "Jr.", "J.". */
function abbreviated(prose: string, word: Word): boolean {
  return prose[word.end] === '.' && isCapitalizedWord(prose, word) && (isAbbreviation(word.norm) || word.end - word.start === 1);
}

/** A fact of people meeting face to face (its evidence tells of no call or video), once per fact. */
const meetsInPerson = oncePer((fact: Fact) => isMeeting(fact, uniqueKeys(fact.triggers)) && !evidenceWordsOf(fact).remote);

/** A fact of two people or more meeting: "met" or "meeting" is one of its event words. */
function isMeeting(fact: Fact, keys: readonly string[]): boolean {
  return fact.participants.length >= 2 && (keys.includes(stem('meet')) || keys.includes(stem('met')));
}

function triggersOf(reference: ReferenceIndex, fact: Fact): Trigger[] {
  return triggersByFact(reference).get(fact.id) ?? [];
}

function triggerKeys(reference: ReferenceIndex, fact: Fact): string[] {
  return triggersOf(reference, fact).map((trigger) => trigger.key);
}

/** The facts a sentence may be about (see factsIn), and which of its stems begin a trigger of some fact. */
interface FactsInSentence {
  facts: Fact[];
  firstStems: Set<string>;
}

/**
 * The facts with a trigger whose first word has a given stem (positions in reference.facts): those recognised
 * without their people (no participants, or only organisations), and those recognised by their people, under each
 * participant (`accepts` wants one of them referred to). A sentence with a common event word ("met") then gathers
 * only the facts of the people it refers to, not every meeting of a large set.
 */
interface FactsByFirstStem {
  byAnyone: number[];
  byParticipant: Map<string, number[]>;
}

/** Whether a word opens an event word of some fact of the reference ("session", "talks", "visit"). */
export function opensEventWord(reference: ReferenceIndex, norm: string): boolean {
  return factsByFirstTriggerStem(reference).has(stem(norm));
}

/** Facts by the stem their triggers start with, once per reference set. */
const factsByFirstTriggerStem = oncePer((reference: ReferenceIndex): Map<string, FactsByFirstStem> => {
  const byStem = new Map<string, FactsByFirstStem>();
  for (const [position, fact] of reference.facts.entries()) {
    const byPeople = fact.participants.length > 0 && !fact.participants.every((id) => reference.entities.get(id)?.kind === 'organization');
    for (const first of new Set(triggersOf(reference, fact).map(({ stems }) => stems[0]))) {
      let entry = byStem.get(first);
      if (!entry) {
        entry = { byAnyone: [], byParticipant: new Map() };
        byStem.set(first, entry);
      }
      if (!byPeople) entry.byAnyone.push(position);
      else {
        for (const id of new Set(fact.participants)) pushTo(entry.byParticipant, id, position);
      }
    }
  }
  return byStem;
});

/**
 * Words that belong to how a quantity is written, whatever it counts: "61 years old", "an 18-month-old pact",
 * "two years ago", "five months earlier". As a fact's event word they say nothing about which event a number is.
 */
const QUANTITY_PHRASE_WORDS = new Set(['old', 'ago', 'earlier', 'later', 'before', 'after', 'late'].map(stem));

function isUnitTrigger(fact: Fact, key: string): boolean {
  return fact.quantity !== undefined && (key === stem(singular(fact.quantity.unit)) || QUANTITY_PHRASE_WORDS.has(key));
}

/** How many words after "first" the person it counts may be named: "the first top US diplomat". */
const ORDINAL_REACH = 3;

/**
 * "the first secretary of state to visit in five years": "first" tells the event by the person it counts; "his
 * first bakery in ten months", "its first rate cut" are other firsts, the ordinal only part of how a time is written.
 */
function ordinalOfSomethingElse(sentenceWords: readonly Word[], trigger: string, end: number): boolean {
  return trigger === 'first' && !sentenceWords.slice(end, end + ORDINAL_REACH).some((word) => isTitleWord(word.norm));
}

/**
 * The fact's triggers in the sentence; `firstStems` are the sentence's stems that begin some fact's trigger, and
 * `describes` whether a title word is one of someone the fact's and the sentence before's ("the secretary").
 */
function findTriggers(analysis: DocumentAnalysis, sentence: SentenceFrame, firstStems: ReadonlySet<string>, triggers: readonly Trigger[], fact: Fact, describes: (word: string) => boolean, pairBefore: () => boolean): TriggerHit[] {
  const prose = analysis.doc.prose;
  const { stems, words: sentenceWords } = sentence;
  const hits: TriggerHit[] = [];
  for (const { key: trigger, stems: parts, toParticipant, toPlace, notBefore, withParticipant } of triggers) {
    // Most of a fact's triggers are not in the sentence: a set lookup instead of a search of its words.
    if (!firstStems.has(parts[0])) continue;
    for (let i = stems.indexOf(parts[0]); i >= 0 && i + parts.length <= stems.length; i = stems.indexOf(parts[0], i + 1)) {
      const joined = (k: number) => /^[\s-]+$/.test(prose.slice(sentenceWords[k - 1].end, sentenceWords[k].start));
      // "called it off", "called the trip off", "called the whole thing off": a pronoun, or a determiner and its noun
      // (a word before the noun or not), may stand inside a verb with its particle.
      const particle = parts.length === 2 && PARTICLES.has(parts[1]);
      const split =
        particle && OBJECT_PRONOUNS.has(sentenceWords[i + 1]?.norm ?? '') && stems[i + 2] === parts[1] && joined(i + 1) && joined(i + 2)
          ? 1
          : particle && DEFINITE_DETERMINERS_AND_POSSESSIVES.has(sentenceWords[i + 1]?.norm ?? '')
            ? particleAfterNoun(stems, parts[1], i, joined)
            : 0;
      if (!split && !parts.every((part, k) => stems[i + k] === part && (k === 0 || joined(i + k)))) continue;
      const end = i + parts.length + split;
      if (toParticipant && !talksInPerson(prose, sentence, i, end, fact, describes)) continue;
      if (roundOfSomethingElse(sentenceWords, i, end)) continue;
      if (withParticipant && !talksInPerson(prose, sentence, i, withWithin(sentence.words, end), fact, describes) && !namedAsModifier(prose, sentence, i, fact) && !spentTogether(prose, sentence, i, end, pairBefore)) continue;
      const next = sentenceWords[end];
      if (toPlace && !(next && isCapitalized(prose.slice(next.start, next.end)) && !sentence.refs.some((ref) => ref.person && ref.start === next.start))) continue;
      if (notBefore?.has(next?.norm ?? '')) continue;
      // "Blinken will see what Xi says", "saw that Xi was cautious": seeing a clause is no meeting.
      if (SEEING.has(parts[0]) && CLAUSE_OBJECTS.has(next?.norm ?? '')) continue;
      if (isTitleOfSomeone(prose, sentence, i, end)) continue;
      // "almost eight hours with Qin Gang": time with one of the fact's people tells of their event, as "spent" does.
      const unitWord = isUnitTrigger(fact, trigger) && !(sentenceWords[end]?.norm === 'with' && timeWithParticipant(prose, sentence, i, end + 1, fact));
      const hit = { start: sentenceWords[i].start, end: sentenceWords[end - 1].end, key: trigger, unit: unitWord || ordinalOfSomethingElse(sentenceWords, trigger, end) };
      if (!insideQuotation(analysis, hit.start)) hits.push(hit);
    }
  }
  return hits;
}

/** The stems of "see", "saw", "seen". */
const SEEING = new Set(['see', 'saw', 'seen']);
/** Words opening a clause as a verb's object: "see what", "saw that", "see whether". */
const CLAUSE_OBJECTS = new Set(['what', 'how', 'whether', 'if', 'why', 'where', 'when', 'that', 'which', 'who']);

/** "a round of golf", "the first round of applause", "round one of the tournament": a round of anything but talks is no meeting. */
function roundOfSomethingElse(sentenceWords: readonly Word[], start: number, end: number): boolean {
  const round = sentenceWords.slice(start, end).some((word) => word.norm === 'round' || word.norm === 'rounds');
  return round && sentenceWords[end]?.norm === 'of' && !TALKS.has(sentenceWords[end + 1]?.norm ?? '');
}

const TALKS = new Set(['talks', 'negotiations', 'discussions', 'meetings', 'consultations', 'dialogue', 'diplomacy']);

/** Particles of a verb that an object pronoun may stand before: "called it off", "put them back". */
const PARTICLES = new Set(['off', 'up', 'out', 'down', 'back']);
const OBJECT_PRONOUNS = new Set(['it', 'them', 'this', 'that']);

/** The days the reference dates events to, by the people at them (see peopleKey). */
const eventDaysOf = oncePer((reference: ReferenceIndex): Map<string, CalendarFields[]> => {
  const days = new Map<string, CalendarFields[]>();
  for (const fact of reference.facts) if (fact.date?.precision === 'day' && fact.participants.length > 0) pushTo(days, peopleKey(fact), fieldsOfIsoDate(fact.date.value));
  return days;
});

function peopleKey(fact: Fact): string {
  return [...fact.participants].sort().join(' ');
}

/** A date the draft states names `day`: a weekday or a day of the month, and nothing it states otherwise. */
function isDayOf(stated: CalendarFields, day: CalendarFields): boolean {
  const fields = (['weekday', 'day', 'month', 'year'] as const).filter((field) => stated[field] !== undefined);
  return (stated.weekday !== undefined || stated.day !== undefined) && fields.every((field) => stated[field] === day[field]);
}

const distinctiveByFact = oncePer((_reference: ReferenceIndex) => new Map<string, Set<string>>());

/**
 * The trigger keys of `fact` that no rival fact shares: a rival has a participant in common, a value of the same
 * kind (a date, or a count in the same unit) and a different value. Unit words are never distinctive.
 */
function distinctiveTriggers(reference: ReferenceIndex, fact: Fact): Set<string> {
  const byFact = distinctiveByFact(reference);
  let keys = byFact.get(fact.id);
  if (!keys) {
    const rivals = reference.facts.filter(
      (other) => other !== fact && other.participants.some((id) => fact.participants.includes(id)) && sameKind(fact, other) && factValueKey(fact) !== factValueKey(other),
    );
    const taken = new Set(rivals.flatMap((other) => triggerKeys(reference, other)));
    keys = new Set(triggerKeys(reference, fact).filter((key) => !taken.has(key) && !isUnitTrigger(fact, key)));
    byFact.set(fact.id, keys);
  }
  return keys;
}

function sameKind(a: Fact, b: Fact): boolean {
  if (a.date && b.date) return true;
  return a.quantity !== undefined && b.quantity !== undefined && singular(a.quantity.unit) === singular(b.quantity.unit);
}

/** A fact's value as a key: facts with the same key expect the same thing of a draft. */
export function factValueKey(fact: Fact): string {
  if (fact.date) return `date ${fact.date.value}`;
  if (fact.quantity) return `quantity ${fact.quantity.value} ${singular(fact.quantity.unit)}`;
  return `fact ${fact.id}`;
}

/** Words opening a part that happened at the same time as the part before: "… on Thursday while meeting Gates". */
const SIMULTANEOUS = new Set(['while', 'when']);

/**
 * The part, with the next one when that opens with "while" or "when" ("Xi struck a friendly note on Thursday while
 * meeting Bill Gates", "The talks opened on Sunday, when Blinken met Qin"), unless someone other than the part's
 * people is the next part's subject ("Burns went in April, while Sullivan met Wang Yi in May": two events), or with
 * a participle of saying and its occasion.
 */
function withSimultaneous(prose: string, sentence: SentenceFrame, part: Span): Span {
  const opener = sentence.words[firstStartingAt(sentence.words, part.end)];
  if (!opener || !/^[\s,]*$/.test(prose.slice(part.end, opener.start))) return part;
  // "Xi offered a hint on Friday, saying in a meeting with Bill Gates that …": a participle of saying, the occasion
  // right after it, has the part's subject and time (not "…, telling reporters she had met Duarte earlier").
  if (SAYING_PARTICIPLES.has(opener.norm)) return OCCASION_PREPOSITIONS.has(sentence.words[firstStartingAt(sentence.words, opener.end)]?.norm ?? '') ? joinedWithNext(sentence, part, opener) : part;
  if (!SIMULTANEOUS.has(opener.norm)) return part;
  // Its subject: a name right after the opener, title words before it at most ("while national security adviser Sullivan met").
  let at = firstStartingAt(sentence.words, opener.end);
  while (at < sentence.words.length && isTitleWord(sentence.words[at].norm) && !sentence.refs.some((ref) => ref.start === sentence.words[at].start)) at++;
  const subject = sentence.refs.find((ref) => ref.person && ref.via === 'name' && ref.start === sentence.words[at]?.start);
  const partsPeople = sentence.refs.filter((ref) => ref.person && within(ref, part));
  if (subject && partsPeople.length > 0 && !partsPeople.some((ref) => ref.id === subject.id)) return part;
  // "The AUKUS partnership is 18 months old, while China has opened …": "while" before a subject the part does not
  // name sets a contrast, not a time.
  const head = sentence.words[at];
  if (opener.norm === 'while' && head && isCapitalizedWord(prose, head) && !sentence.words.some((word) => within(word, part) && word.norm === head.norm)) return part;
  return joinedWithNext(sentence, part, opener);
}

/** The part, through the end of the segment `opener` is in. */
function joinedWithNext(sentence: SentenceFrame, part: Span, opener: Word): Span {
  const next = sentence.segments.find((s) => s.start <= opener.start && opener.start < s.end);
  return next ? { start: part.start, end: next.end } : part;
}

/** Participles of saying opening a part after a comma, whose subject is the part before's. */
const SAYING_PARTICIPLES = new Set(['saying', 'telling']);
/** Prepositions opening the occasion of a saying: "saying in a meeting with …", "saying at the talks …". */
const OCCASION_PREPOSITIONS = new Set(['in', 'at', 'during']);

/** The part, with the one before when it opens with "which" ("… a meeting with Wang Yi, which lasted about three hours"). */
function withAntecedent(sentence: SentenceFrame, part: Span): Span {
  const opener = sentence.words[firstStartingAt(sentence.words, part.start)];
  if (opener?.norm !== 'which') return part;
  const previous = partBefore(sentence, part);
  return previous ? { start: previous.start, end: part.end } : part;
}

/**
 * The subject of a part opening with a verb, when a relative clause set off by commas comes between them: "The
 * meeting with Xi, which neither side confirmed until the last minute, took place two days after …"; or the noun
 * phrase a participle set off after it describes: "the meeting with Duarte, held two days after …".
 */
function subjectBeforeAside(prose: string, sentence: SentenceFrame, part: Span): Span | undefined {
  if (!opensWithVerb(prose, sentence, part) || !/,\s*$/.test(prose.slice(sentence.start, part.start))) return undefined;
  const before = partBefore(sentence, part);
  const opener = before && sentence.words[firstStartingAt(sentence.words, before.start)];
  const verb = sentence.words[firstStartingAt(sentence.words, part.start)];
  if (opener && DEFINITE_DETERMINERS.has(opener.norm) && PAST_PARTICIPLE.test(verb.norm) && !sentence.words.some((word) => within(word, before) && word !== opener && VERB_FORMS.test(word.norm) && !/s$/.test(word.norm))) return before;
  const relative = sentence.segments.filter((s) => s.end <= part.start && RELATIVE_PRONOUNS.has(sentence.words[firstStartingAt(sentence.words, s.start)]?.norm ?? '')).at(-1);
  if (!relative || spansWithin(sentence.words, { start: relative.start, end: part.start }).length > MAX_RELATIVE_WORDS || !/,\s*$/.test(prose.slice(sentence.start, relative.start))) return undefined;
  return partBefore(sentence, relative);
}

/** A past participle: "held", "convened", "scheduled". */
const PAST_PARTICIPLE = /^(?:\p{L}+ed|held|met|made|given|set|seen|begun)$/u;

/** Words of a relative clause set off between a subject and its verb. */
const MAX_RELATIVE_WORDS = 25;

/** The last part of the sentence before `part` that holds a word. */
function partBefore(sentence: SentenceFrame, part: Span): Span | undefined {
  return sentence.segments.filter((s) => s.end <= part.start && sentence.words.some((word) => within(word, s))).at(-1);
}

/**
 * "Burns left, and the national security adviser, Jake Sullivan, met Wang Yi in May": a part opening with a verb
 * after ", and" and one person (a title, a name, or both set off by commas) has that person for its subject.
 */
function subjectOfJoinedClause(prose: string, sentence: SentenceFrame, clause: Span, part: Span, refs: readonly EntityRef[]): EntityRef | undefined {
  if (part.start <= clause.start || !opensWithVerb(prose, sentence, part)) return undefined;
  let from = -1;
  for (const m of prose.slice(clause.start, part.start).matchAll(/,\s*(?:and|but)\s+(?:the\s+)?/gi)) from = clause.start + m.index + m[0].length;
  if (from < 0) return undefined;
  const between = refs.filter((ref) => ref.start >= from && ref.end <= part.start);
  const [person] = between;
  if (!person?.person || between.some((ref) => ref.id !== person.id)) return undefined;
  // Nothing else between: the person's words and the commas setting them off.
  let rest = prose.slice(from, part.start);
  for (const ref of [...between].reverse()) rest = rest.slice(0, ref.start - from) + rest.slice(ref.end - from);
  return /^[\s,]*$/.test(rest) ? person : undefined;
}

/** Words before a name that make it an object, not a subject: "between Biden and Xi", "with Qin". */
const OBJECT_MARKERS = new Set(['between', 'and', 'with', 'of', 'by', 'to', 'from', 'for', 'about', 'against', 'among']);

/** Words that may open a part's own subject that names nobody: "…, but it was called off", "…, and the talks …". */
const NAMELESS_SUBJECTS = new Set(['it', 'they', 'this', 'that', 'the', 'these', 'those']);

/** The part opens with "but", "and" or "yet" and a subject of its own: "…, but it was called off in March". */
function joinedWithOwnSubject(sentence: SentenceFrame, part: Span): boolean {
  const at = firstStartingAt(sentence.words, part.start);
  return at > 0 && VERB_JOINERS.has(sentence.words[at]?.norm ?? '') && NAMELESS_SUBJECTS.has(sentence.words[at + 1]?.norm ?? '');
}

/**
 * `clause` up to its first part after `value` that a comma and "and", "but" or "yet" join with a subject of its own,
 * someone named (or a possessive) or a pronoun: "…, and Blinken's own trip had been due …". `datedOnly`, for a value
 * put first, which dates every part after it: only a part with a date of its own ("…, and on Monday he met Xi").
 */
function beforeJoinedSubject(prose: string, sentence: SentenceFrame, clause: Span, value: Span, datedOnly: boolean): Span {
  const joined = sentence.segments.find((part) => {
    if (part.start < value.end || !within(part, clause)) return false;
    if (datedOnly && !sentence.words.some((word) => within(word, part) && isCalendarName(word.norm))) return false;
    const at = firstStartingAt(sentence.words, part.start);
    const joiner = sentence.words[at];
    // "…, and on Monday he met Xi": its own time may come before its subject.
    let next = at + 1;
    if (datedOnly) while (next < sentence.words.length && (BARE_WORDS.has(sentence.words[next].norm) || isCalendarName(sentence.words[next].norm) || /^\d/.test(sentence.words[next].norm))) next++;
    const subject = sentence.words[next];
    if (!joiner || !/,\s*$/.test(prose.slice(sentence.words[at - 1]?.end ?? clause.start, joiner.start))) return false;
    // "…, even as both governments signalled …", "…, whereas Beijing …": a clause of contrast has a subject of its own.
    if ((joiner.norm === 'even' && subject?.norm === 'as') || joiner.norm === 'whereas') return true;
    if (!subject || !VERB_JOINERS.has(joiner.norm)) return false;
    return NAMELESS_SUBJECTS.has(subject.norm) || PERSONAL_SUBJECTS.has(subject.norm) || sentence.refs.some((ref) => ref.start === subject.start) || comesNext(sentence, next);
  });
  return joined ? { start: clause.start, end: joined.start } : clause;
}

/**
 * The part of `clause` joined by ", and" (or ", but") that a bare value opens, with words of time only between, when
 * a subject follows the value after a comma ("…, and the day before that, Saturday, 17 June, he had …"); else `clause`.
 */
function ownJoinedPart(prose: string, sentence: SentenceFrame, clause: Span, value: Span): Span {
  const { words } = sentence;
  const isJoiner = (k: number) => (words[k].norm === 'and' || words[k].norm === 'but') && /,\s*$/.test(prose.slice(words[k - 1]?.end ?? clause.start, words[k].start));
  let k = firstStartingAt(words, value.start) - 1;
  while (k >= 0 && words[k].start >= clause.start && !isJoiner(k) && (BARE_WORDS.has(words[k].norm) || isCalendarName(words[k].norm) || /^\d/.test(words[k].norm))) k--;
  if (k < 0 || words[k].start < clause.start || !isJoiner(k)) return clause;
  const subject = words[firstStartingAt(words, value.end)];
  const subjectFollows = subject !== undefined && /^\s*,\s*$/.test(prose.slice(value.end, subject.start)) && (PERSONAL_SUBJECTS.has(subject.norm) || NAMELESS_SUBJECTS.has(subject.norm) || sentence.refs.some((ref) => ref.person && ref.start === subject.start));
  return subjectFollows ? { start: words[k].start, end: clause.end } : clause;
}

/**
 * "…, and after that came Xi", "…, and then came Wang Yi": a word of sequence, a verb of coming and the subject after
 * it, someone named, from word `at` on.
 */
function comesNext(sentence: SentenceFrame, at: number): boolean {
  const { words } = sentence;
  const verb = words[at]?.norm === 'after' && (words[at + 1]?.norm === 'that' || words[at + 1]?.norm === 'this') ? at + 2 : SEQUENCE_OPENERS.has(words[at]?.norm ?? '') ? at + 1 : -1;
  return verb >= 0 && COMING.has(words[verb]?.norm ?? '') && sentence.refs.some((ref) => ref.person && ref.start === words[verb + 1]?.start);
}

const SEQUENCE_OPENERS = new Set(['then', 'next', 'later', 'afterwards', 'afterward']);
const COMING = new Set(['came', 'come', 'comes', 'followed']);

/** Personal pronouns that may open a joined part as its subject. */
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'we', 'i', 'you']);

/** The part opens with "but" right after a part denying something: "not on Thursday but on Friday". */
function setAgainstDenial(sentence: SentenceFrame, part: Span): boolean {
  const at = firstStartingAt(sentence.words, part.start);
  if (sentence.words[at]?.norm !== 'but') return false;
  const previous = partBefore(sentence, part);
  return previous !== undefined && sentence.words.some((word) => within(word, previous) && (word.norm === 'not' || word.norm === 'never'));
}

/**
 * ", not the one with Wang Yi the following morning,": an aside opened by "not" after a comma, up to the next comma or
 * dash or the sentence's end ("The meeting lasted six hours, not the one with Wang Yi."), the value outside it.
 */
function asideOfNot(prose: string, sentence: SentenceFrame, value: Span): Span | undefined {
  for (const [k, word] of sentence.words.entries()) {
    if (!notAfterComma(prose, sentence.words, k)) continue;
    const close = prose.slice(word.end, sentence.end).search(/[,—–;]/);
    const aside = { start: word.start, end: close < 0 ? sentence.end : word.end + close };
    if (prose[aside.end] !== ';' && !within(value, aside)) return aside;
  }
  return undefined;
}

/** Word `k` is "not" right after a comma: ", not the one with Wang Yi". */
function notAfterComma(prose: string, sentenceWords: readonly Word[], k: number): boolean {
  return sentenceWords[k].norm === 'not' && k > 0 && /,\s*$/.test(prose.slice(sentenceWords[k - 1].end, sentenceWords[k].start));
}

/** Words after "but" within which the one named in the place of the one set aside starts: "but (with) (China's) (Foreign) (Minister) Qin". */
const PERSON_AFTER_BUT = 5;

/**
 * "… not with Wang Yi but with Qin Gang": the words from "not" to a "but" soon after it that names someone in their
 * place, when the value is not among them (the value's own denial is judged by `denies` and `setAgainstDenial`; "did
 * not meet Duarte on Thursday, but on Friday" sets a date right, not a person).
 */
function setAsideByBut(sentenceWords: readonly Word[], refs: readonly EntityRef[], value: Span): Span | undefined {
  for (const [k, word] of sentenceWords.entries()) {
    const but = butSettingRight(sentenceWords, k);
    if (but < 0) continue;
    const span = { start: word.start, end: sentenceWords[but].start };
    const inPlace = refs.some((ref) => ref.person && ref.start > sentenceWords[but].start && ref.start <= (sentenceWords[but + PERSON_AFTER_BUT]?.start ?? Infinity));
    return inPlace && !within(value, span) ? span : undefined;
  }
  return undefined;
}

/** Participles of speech opening a part that tells when the next part's saying was. */
const SPEAKING = new Set(['speaking', 'talking', 'writing']);

/** The part, with the next one when it opens with a participle of speech ("Speaking on Friday, Biden said …", "Biden, speaking on Friday, said …"). */
function withSpeakingPart(sentence: SentenceFrame, part: Span): Span {
  const opener = sentence.words[firstStartingAt(sentence.words, part.start)];
  if (!opener || !SPEAKING.has(opener.norm)) return part;
  const next = sentence.segments.find((s) => s.start >= part.end);
  return next ? { start: part.start, end: next.end } : part;
}

/** Lower-case words between an owner and its event word: "Nixon's (first) week-long visit". */
const OWNED_EVENT_MODIFIERS = 2;

/** Words opening a clause that tells what led to an event: "… after Tsai Ing-wen met Kevin McCarthy". */
export const CAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'following']);
const CAUSE_CLAUSE = new RegExp(String.raw`\b(?:${[...CAUSE_OPENERS].join('|')})\b`);

/**
 * The people a fact's description names (by name or alias) after "after" or "following", as what led to its event:
 * "China launched war games around Taiwan in April 2023 after Tsai Ing-wen met Kevin McCarthy".
 */
export const causesInTimeClause = oncePer((reference: ReferenceIndex) => oncePer((fact: Fact): Set<string> => {
  const clause = CAUSE_CLAUSE.exec(fact.description);
  if (!clause) return new Set();
  const after = fact.description.slice(clause.index);
  return new Set(fact.participants.filter((id) => {
    const entity = reference.entities.get(id);
    return entity?.kind === 'person' && [entity.name, ...entity.person.aliases].some((name) => after.includes(name));
  }));
}));

/** The country a body of the reference belongs to, by its name's first word: "Chinese government" → China. */
function countryOfBody(reference: ReferenceIndex, id: string): Country | undefined {
  const entity = reference.entities.get(id);
  const first = entity?.kind === 'organization' ? /^\p{L}+/u.exec(entity.organization.name)?.[0] : undefined;
  return first ? countryNamed(first.toLowerCase()) : undefined;
}

/** The index of the word before the verb at `verb`, auxiliaries and adverbs aside ("Tillerson (had briefly) visited"); -1 for none. */
function lastWordOfSubject(sentenceWords: readonly Word[], verb: number): number {
  let at = verb - 1;
  while (at >= 0 && BETWEEN_SUBJECT_AND_VERB.has(sentenceWords[at].norm)) at--;
  return at;
}

/** Auxiliaries and adverbs that may stand between a subject and its verb: "Tillerson had briefly visited". */
const BETWEEN_SUBJECT_AND_VERB = new Set(['had', 'has', 'have', 'was', 'were', 'also', 'then', 'later', 'first', 'once', 'briefly']);

const GAP_OPENERS = new Set(['and', 'or', 'but']);

/**
 * A bare part opened by "and" that names someone ("… met Duarte on Thursday and Ferreira on Friday") is a clause
 * whose verb is left out: its value is about the people it names and the clause's subject, not everyone in the
 * clause.
 */
function isGapped(sentence: SentenceFrame, segment: Span): boolean {
  const first = sentence.words.find((word) => word.start >= segment.start);
  return first !== undefined && first.start < segment.end && GAP_OPENERS.has(first.norm) && sentence.refs.some((ref) => ref.person && within(ref, segment));
}

/**
 * The value's part of the sentence holds nothing but the value, names, time words and where ("On Tuesday", "Tuesday 20
 * June", "In Bali in November 2022").
 */
function isBare(sentence: SentenceFrame, segment: Span, value: Span, prose: string): boolean {
  return sentence.words.every(
    (word, k) =>
      !within(word, segment) ||
      within(word, value) ||
      BARE_WORDS.has(word.norm) ||
      // "That was Saturday: nearly six hours with Qin": a copula after "that" opening the part only points back.
      (COPULAS.has(word.norm) && POINTING_SUBJECTS.has(sentence.words[k - 1]?.norm ?? '') && sentence.words[k - 1].start <= segment.start + 3) ||
      sentence.refs.some((ref) => ref.via === 'name' && within(word, ref)) ||
      (PLACE_PREPOSITIONS.has(sentence.words[k - 1]?.norm ?? '') && isCapitalizedWord(prose, word)),
  );
}

const COPULAS = new Set(['was', 'is', 'were', 'are']);
const POINTING_SUBJECTS = new Set(['that', 'this', 'it']);

/** The phrase after the value opened by ", not" up to the sentence's next mark: "…, not to the Wang session". */
function setAgainstAfter(prose: string, sentence: SentenceFrame, value: Span): Span | undefined {
  const not = sentence.words.find((word, k) => word.start >= value.end && notAfterComma(prose, sentence.words, k));
  if (!not) return undefined;
  const end = prose.slice(not.end, sentence.end).search(/[,;:.!?—–()]/);
  return { start: not.start, end: end < 0 ? sentence.end : not.end + end };
}

/** `part` up to the first participle after `value` set off by a comma: "…, a day before the talks, telling him …". */
function upToParticiple(prose: string, sentence: SentenceFrame, part: Span, value: Span): Span {
  const participle = sentence.words.find((word, k) => word.start >= value.end && word.end <= part.end && /ing$/.test(word.norm) && k > 0 && /,\s*$/.test(prose.slice(sentence.words[k - 1].end, word.start)));
  return participle ? { start: part.start, end: participle.start } : part;
}

/** Most words of a table cell giving a value ("about four hours", "Friday 16 June 2023"), not a phrase using one. */
const VALUE_CELL_WORDS = 4;

/** Most words of a label before a colon: "AUKUS:", "The Xi meeting:". */
const LABEL_WORDS = 4;

/** Most words after the value in a clause a label gives: "24 months old", not "14 hours of talks would be too many". */
const AFTER_LABELLED_VALUE = 2;

/**
 * "AUKUS: 24 months old.": the value opens a clause after a short label and its colon, and little follows it: the
 * label says what it is of.
 */
function labelled(prose: string, sentence: SentenceFrame, clause: Span, value: Span): boolean {
  const label = { start: sentence.start, end: clause.start };
  const count = (span: Span) => sentence.words.filter((word) => within(word, span)).length;
  const labelWords = count(label);
  return (
    labelWords > 0 &&
    labelWords <= LABEL_WORDS &&
    count({ start: value.end, end: clause.end }) <= AFTER_LABELLED_VALUE &&
    /:[\s*_]*$/.test(prose.slice(label.start, clause.start)) &&
    /^[\s*_]*$/.test(prose.slice(clause.start, value.start))
  );
}

/** Words before a place: "In Bali", "at Diaoyutai". */
const PLACE_PREPOSITIONS = new Set(['in', 'at']);

/** The clause's first word is a lower-case verb: no determiner, pronoun or preposition ("met Blinken on Sunday"). */
function opensWithVerb(prose: string, sentence: SentenceFrame, clause: Span): boolean {
  const first = sentence.words.find((word) => word.start >= clause.start);
  return first !== undefined && first.start < clause.end && !isCapitalizedWord(prose, first) && VERB_FORMS.test(first.norm) && !NOT_VERBS.has(first.norm);
}

/**
 * "since Mike Pompeo, his predecessor, made a brief stop": a part opening with a verb, right after an aside set off
 * by commas, has for subject the person named right before the aside.
 */
function nameBeforeAside(prose: string, sentence: SentenceFrame, part: Span, refs: readonly EntityRef[]): EntityRef | undefined {
  const k = sentence.segments.findIndex((segment) => segment.start === part.start);
  const aside = sentence.segments[k - 1];
  const before = sentence.segments[k - 2];
  if (k < 2 || !opensWithVerb(prose, sentence, part) || spansWithin(sentence.words, aside).length > MAX_ASIDE_WORDS) return undefined;
  if (refs.some((ref) => ref.person && ref.via === 'name' && within(ref, aside))) return undefined;
  const named = refs.filter((ref) => ref.person && ref.via === 'name' && within(ref, before)).at(-1);
  return named && /^\s*$/.test(prose.slice(named.end, before.end)) ? named : undefined;
}

/** Prepositions opening a phrase set off after a name that tells of that person's event: "Mike Pompeo, on a brief stop in 2018". */
const PHRASE_AFTER_NAME = new Set(['on', 'in', 'during', 'for']);

/**
 * "The last top US diplomat to visit Beijing was Mike Pompeo, on a brief stop in 2018": a part opening with a
 * preposition, right after a name and its comma, tells of that person's event.
 */
function nameBeforePhrase(prose: string, sentence: SentenceFrame, part: Span, refs: readonly EntityRef[]): EntityRef | undefined {
  const first = sentence.words[firstStartingAt(sentence.words, part.start)];
  if (!first || !PHRASE_AFTER_NAME.has(first.norm)) return undefined;
  const named = refs.filter((ref) => ref.person && ref.via === 'name' && ref.end <= first.start).at(-1);
  return named && /^\s*,\s*$/.test(prose.slice(named.end, first.start)) ? named : undefined;
}

/**
 * "Blinken met Qin Gang, with whom he spent nearly eight hours": a part opening with "whom" (a preposition before it
 * at most) is about the person named right before it, as if named in it.
 */
function whomAntecedent(prose: string, sentence: SentenceFrame, part: Span, refs: readonly EntityRef[]): EntityRef | undefined {
  const whom = sentence.words.find((word) => word.start >= part.start && word.norm === 'whom');
  if (!whom || whom.start >= part.end) return undefined;
  const before = refs.filter((ref) => ref.person && ref.via === 'name' && ref.end <= whom.start).at(-1);
  return before && WHOM_LEAD.test(prose.slice(before.end, whom.start)) ? before : undefined;
}

/** Between a name and the "whom" standing for it: an aside set off by commas, a comma, and a preposition at most. */
const WHOM_LEAD = /^\s*(?:,[^,;:()]{1,40})?(?:,\s*)?(?:(?:with|to|for|from|alongside|against)\s+)?$/;

/** Words an aside between a subject and its verb may have: "his predecessor", "a former Republican congressman". */
const MAX_ASIDE_WORDS = 5;

/** The person named after "with" in the subject's phrase, before `part`: "Blinken's talks with Qin". */
function partnerOf(sentence: SentenceFrame, refs: readonly EntityRef[], subject: EntityRef, part: Span): EntityRef | undefined {
  const partner = refs.find((ref) => ref.person && ref.start > subject.end && ref.end <= part.start && sentence.words[firstStartingAt(sentence.words, ref.start) - 1]?.norm === 'with');
  if (!partner) return undefined;
  // Within the subject's phrase: no verb between the subject and "with" ("Blinken met Xi, then dined with Qin" names
  // Qin as another occasion's).
  const between = sentence.words.filter((word) => word.start >= subject.end && word.end <= partner.start);
  return between.length <= MAX_PHRASE_WORDS_BEFORE_WITH && between.every((word) => EVENT_NOUN_WORDS.test(word.norm) || word.norm === 'with' || word.norm === "'s" || word.norm === '’s') ? partner : undefined;
}

const MAX_PHRASE_WORDS_BEFORE_WITH = 4;
/** Nouns for a meeting that may stand between its subject and "with": "His session with", "Blinken's first talks with". */
const EVENT_NOUN_WORDS = /^(?:session|sessions|talks|talk|meeting|meetings|round|encounter|discussion|discussions|sit-down|conversation|conversations|first|second|final|own|earlier|later)$/;

/** References joined to `first` by "and" (or "nor": "Neither he nor Wang Yi"), titles between aside ("he and Foreign Minister Qin Gang"). */
function joinedTo(prose: string, refs: readonly EntityRef[], first: EntityRef): EntityRef[] {
  const joined: EntityRef[] = [];
  let last = first;
  for (const ref of refs) {
    if (ref.start < last.end) continue;
    if (!JOINED.test(prose.slice(last.end, ref.start))) break;
    joined.push(ref);
    last = ref;
  }
  return joined;
}

const JOINED = /^,?\s+(?:and|nor)\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}$/u;

/** Words of believing: what someone assumed, insisted on or was sure of is a claim the sentence reports. */
// (And what one heard or read: "I heard Blinken met Xi on Sunday. True?")
const BELIEF_VERBS = new Set(['assumed', 'thought', 'believed', 'supposed', 'imagined', 'guessed', 'reckoned', 'figured', 'insisted', 'claimed', 'sure', 'convinced', 'heard', 'read']);

/** Pieces of text that say things: a sentence telling what one said reports a claim. */
const PUBLISHED_TEXTS = new Set(['timeline', 'graphic', 'caption', 'headline', 'chart', 'map', 'standfirst', 'version', 'story', 'article', 'report', 'post', 'tweet', 'newsletter', 'transcript', 'subtitle', 'page', 'column', 'editorial', 'blog', 'piece', 'letter', 'email', 'memo', 'roundup', 'chyron', 'bulletin', 'broadcast', 'thread', 'sidebar', 'infographic', 'factbox', 'explainer', 'ticker', 'lede', 'segment', 'summary', 'digest', 'recap', 'dispatch', 'alert', 'aggregator', 'wire']);

/**
 * Verbs by which one text tells of what another said: "A reader referred to Pompeo's 2019 stop. It was 2018.", "One
 * correspondent placed the Xi meeting on Sunday. In fact …".
 */
const REFERRING_VERBS = new Set(['referred', 'refers', 'cited', 'cites', 'listed', 'lists', 'placed', 'places', 'dated', 'dates']);

/** The person named right after the opening dash of an aside between dashes that ends right before `clause`. */
function namedInDashesBefore(prose: string, clause: Span, refs: readonly EntityRef[]): EntityRef | undefined {
  const from = Math.max(0, clause.start - 3);
  const closing = /[—–][ \t]*$/.exec(prose.slice(from, clause.start));
  if (!closing) return undefined;
  const close = from + closing.index;
  const open = Math.max(prose.lastIndexOf('—', close - 1), prose.lastIndexOf('–', close - 1));
  const first = open >= 0 ? refs.find((ref) => ref.start > open && ref.start < close) : undefined;
  return first?.person && first.via === 'name' && /^[—–][ \t]*$/.test(prose.slice(open, first.start)) ? first : undefined;
}

/** The clause's first part when it is a phrase put first with a preposition ("After the talks with Qin Gang, …"). */
function frontedPhrase(sentence: SentenceFrame, clause: Span): Span | undefined {
  return phraseOpenedBy(sentence, clause, FRONTED_PREPOSITIONS);
}

/** Words opening a phrase put first that tells the occasion: "In a meeting with …", "At talks with …", "Meeting …". */
const OCCASION_OPENINGS = new Set(['in', 'at', 'during', 'meeting']);

/**
 * The clause's first part when it is a phrase put first telling the occasion ("In a meeting with Bill Gates on
 * Thursday,"), after an adverb of sequence or not ("Then, in a session …,").
 */
function occasionOpening(sentence: SentenceFrame, clause: Span): Span | undefined {
  const first = sentence.segments.find((segment) => segment.start === clause.start);
  const firstWords = first ? sentence.words.filter((word) => within(word, first)) : [];
  const after = firstWords.length === 1 && SEQUENCE_ADVERBS.has(firstWords[0].norm) ? sentence.segments.find((segment) => segment.start >= first!.end) : undefined;
  return phraseOpenedBy(sentence, after ? { start: after.start, end: clause.end } : clause, OCCASION_OPENINGS);
}

/**
 * "…, Blinken met China's top diplomat, Wang Yi": the subject of the clause after an occasion put first (outside a
 * clause of time inside the phrase: "… the day before he saw Xi, Blinken met …") and whom it meets, named right
 * after a verb of meeting.
 */
function metAfterOccasion(prose: string, sentence: SentenceFrame, refs: readonly EntityRef[], occasion: Span): EntityRef[] | undefined {
  const comma = sentence.words.find((word) => word.start >= occasion.end && /,\s*$/.test(prose.slice(word.end, sentence.words[firstStartingAt(sentence.words, word.end)]?.start ?? word.end)));
  const subject = comma && refs.find((ref) => ref.person && ref.via === 'name' && ref.start > comma.end && firstStartingAt(sentence.words, ref.start) === firstStartingAt(sentence.words, comma.end));
  if (!subject) return undefined;
  const verb = firstStartingAt(sentence.words, subject.end);
  if (!OCCASION_VERBS.has(sentence.words[verb]?.norm ?? '')) return undefined;
  const met = addresseeAt(prose, sentence, verb + 1);
  const object = met === undefined || met === subject.id ? undefined : refs.find((ref) => ref.id === met && ref.start > subject.end);
  return object ? [subject, object] : undefined;
}

/** Verbs of meeting whose object is the other side: "Blinken met Wang Yi", "Xi received Blinken". */
const OCCASION_VERBS = new Set(['met', 'meets', 'saw', 'sees', 'received', 'receives', 'greeted', 'greets']);

/**
 * "After close to six hours with Blinken, Qin Gang …": a phrase put first giving the value as time spent with
 * someone tells the occasion of the subject after it, as "In a meeting with …" does.
 */
function timeSpentWith(sentence: SentenceFrame, clause: Span, value: Span): Span | undefined {
  // (Another phrase may come first: "On Sunday, after close to six hours with Blinken, Qin …".)
  const phrase = sentence.segments.find((segment) => within(value, segment) && segment.start >= clause.start && segment.end < clause.end);
  const opener = phrase && sentence.words.find((word) => word.start >= phrase.start);
  return phrase && opener && SPENT_OPENINGS.has(opener.norm) && sentence.words.some((word) => word.norm === 'with' && word.start >= value.end && within(word, phrase)) ? phrase : undefined;
}

const SPENT_OPENINGS = new Set(['after', 'following']);

/** The clause's first part, when more of the clause follows it and its first word is one of `openers`. */
function phraseOpenedBy(sentence: SentenceFrame, clause: Span, openers: ReadonlySet<string>): Span | undefined {
  const first = sentence.segments.find((segment) => segment.start === clause.start);
  if (!first || first.end >= clause.end) return undefined;
  const opener = sentence.words.find((word) => word.start >= first.start);
  return opener && openers.has(opener.norm) ? first : undefined;
}

/** Prepositions opening a phrase put before a clause's subject. */
const FRONTED_PREPOSITIONS = new Set(['after', 'before', 'following', 'during', 'ahead', 'since', 'unlike', 'despite', 'amid', 'besides']);

/** Endings of a verb in the past or third person ("met" is among the irregular ones). */
const VERB_FORMS = /(?:ed|es|s)$|^(?:met|held|saw|spoke|told|took|went|flew|made|gave|said|sat|left|came|began|won|lost|led|hosted)$/;
const NOT_VERBS = new Set(['this', 'his', 'its', 'was', 'has', 'is', 'as', 'us', 'yes', 'thus', 'whereas', 'besides', 'towards', 'afterwards', 'the', 'sometimes']);

/** "the next day", "the following day", "a day later", "the previous day": a day told relative to another. */
function relativeDays(sentence: SentenceFrame): number[] {
  const found: number[] = [];
  // Most sentences have no "day" at all.
  if (!sentence.stems.includes('day')) return found;
  const sentenceWords = sentence.words;
  sentenceWords.forEach((word, k) => {
    if (word.norm !== 'day') return;
    const before = sentenceWords[k - 1]?.norm ?? '';
    const after = sentenceWords[k + 1]?.norm ?? '';
    if (RELATIVE_DAY_BEFORE.has(before) || (before === 'a' && (after === 'later' || after === 'earlier'))) found.push(k);
  });
  return found;
}

const RELATIVE_DAY_BEFORE = new Set(['next', 'following', 'previous']);

/**
 * "Sunday's session of nearly six hours and Monday's meetings with Wang Yi": between the value and the person, "and"
 * opens another day's phrase (a day's possessive), whose people they are.
 */
function anotherDaysPhrase(sentenceWords: readonly Word[], value: Span, ref: Span): boolean {
  const from = Math.min(value.end, ref.end);
  const to = Math.max(value.start, ref.start);
  for (let k = firstStartingAt(sentenceWords, from); k < sentenceWords.length && sentenceWords[k].end <= to; k++) {
    const norm = sentenceWords[k].norm;
    const day = stripPossessive(norm);
    if (day !== norm && isCalendarName(day) && sentenceWords[k - 1]?.norm === 'and') return true;
  }
  return false;
}

/** One of `refs` stands nearer a day told relative to the value than to the value itself. */
function datedApart(sentence: SentenceFrame, days: readonly number[], value: Span, refs: readonly EntityRef[]): boolean {
  if (refs.length === 0 || days.length === 0) return false;
  const at = (offset: number) => firstStartingAt(sentence.words, offset);
  const valueAt = at(value.start);
  // The value itself may be such a day ("The next day, Blinken met Qin Gang"); one put before everyone the sentence
  // names dates them all ("The next day, Blinken sat with Wang Yi, China's top diplomat, for a four-hour meeting").
  const others = days.filter((day) => !within(sentence.words[day], value) && sentence.refs.some((ref) => at(ref.start) < day));
  // (Not a day before the person with the value after them: "…; the next day he saw Wang Yi, China's top diplomat, for
  // about four hours" dates the value too.)
  const datesRef = (day: number, refAt: number) => !(day < refAt && refAt < valueAt) && Math.abs(day - refAt) < Math.abs(valueAt - refAt);
  return refs.some((ref) => others.some((day) => datesRef(day, at(ref.start))));
}

/**
 * "On Wednesday evening, with Blinken's meeting … just two days old, the press club gathered": a phrase right after
 * a value opening the sentence, opened by "with" after a comma and closed by one, the sentence going on after it.
 */
function absoluteWithAfter(prose: string, sentence: SentenceFrame, value: Span): Span | undefined {
  // (The value opens the sentence, "on" or "in" before it at most.)
  if (firstStartingAt(sentence.words, value.start) > 1) return undefined;
  // ("On Wednesday evening, with …": a word of the time's own between.)
  let at = firstStartingAt(sentence.words, value.end);
  if (BARE_WORDS.has(sentence.words[at]?.norm ?? '')) at++;
  const word = sentence.words[at];
  if (word?.norm !== 'with' || !/^[\s\p{L}]*,\s*$/u.test(prose.slice(value.end, word.start))) return undefined;
  const close = prose.indexOf(',', word.end);
  return close > 0 && close < sentence.end && sentence.words.some((next) => next.start > close) ? { start: word.start, end: close } : undefined;
}

/** A card's field label and its colon opening a line: "**When:** ", "How long: ". */
const FIELD_LABEL = /^[\s*_]*([\p{L}][\p{L} ’'-]{0,24}?)[\s*_]*:[\s*_]*/u;

/** A table header saying only what its column measures of a meeting: "Length", "How long", "Day", "Date". */
const MEASURE_HEADER = /^[\s*_]*(?:length|duration|how\s+long|time|hours|day|date|when)[\s*_]*$/i;

/** Words a label before a colon has at most: "First round of talks:", "Monday, before Xi:". */
const MAX_LABEL_WORDS = 6;

/**
 * "First round of talks: Saturday, with Qin Gang, …": the words opening the sentence up to a colon right before
 * `clause`, when they are few enough to be a label and what follows opens with a value.
 */
function labelBeforeColon(prose: string, sentence: SentenceFrame, clause: Span): Span | undefined {
  if (clause.start <= sentence.start) return undefined;
  const colon = /:[\s*_]*$/.exec(prose.slice(sentence.start, clause.start));
  if (!colon) return undefined;
  const label = { start: sentence.start, end: sentence.start + colon.index };
  const labelWords = sentence.words.filter((word) => within(word, label));
  // What follows is a record opening with a day, a month or a figure, not a clause of its own ("Duarte's flight: he
  // slept for 14 hours after it").
  const first = sentence.words.find((word) => word.start >= clause.start);
  const record = first !== undefined && (isCalendarName(first.norm) || /^\d/.test(first.norm));
  return record && labelWords.length > 0 && labelWords.length <= MAX_LABEL_WORDS ? label : undefined;
}

/** Words telling that a run of events began or ended, closing the phrase that names it. */
const RUN_BEGAN = new Set(['began', 'begun', 'begin', 'begins', 'started', 'start', 'starts', 'opened', 'opens']);
const RUN_ENDED = new Set(['ended', 'end', 'ends', 'finished', 'concluded', 'closed', 'wrapped']);

/** Words in a phrase naming events that pick the first of them ("Blinken's first session") or the last. */
const FIRST_OF_RUN = new Set(['first', 'opening', 'initial']);
const LAST_OF_RUN = new Set(['last', 'final', 'closing']);

/** The date of the first (the run `began`) or the last (`ended`) of dated facts. */
function dayAtEdge(facts: readonly Fact[], edge: 'began' | 'ended'): string | undefined {
  const days = facts.map((fact) => fact.date!.value).sort();
  return edge === 'began' ? days[0] : days.at(-1);
}

/**
 * Whether the phrase naming events closes by saying their run began ("the talks began") or ended, or picks its first
 * or last ("Blinken's first session"); undefined if neither.
 */
function runEdge(words: readonly Word[], phrase: Span): 'began' | 'ended' | undefined {
  const last = words[firstStartingAt(words, phrase.end) - 1];
  if (!last || last.end > phrase.end || last.start < phrase.start) return undefined;
  if (RUN_BEGAN.has(last.norm)) return 'began';
  if (RUN_ENDED.has(last.norm)) return 'ended';
  const inPhrase = spansWithin(words, phrase);
  return inPhrase.some((word) => FIRST_OF_RUN.has(word.norm)) ? 'began' : inPhrase.some((word) => LAST_OF_RUN.has(word.norm)) ? 'ended' : undefined;
}
