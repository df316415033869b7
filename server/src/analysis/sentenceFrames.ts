// Sentences read for the fact rules: their clauses (between semicolons, colons, dashes, brackets), the parts of
// each clause (between commas and before conjunctions), and the people and organisations each refers to: by
// name, alias, surname or possessive (the document's mentions), by a title only one person holds ("the
// secretary of state"), or by a pronoun (the sentence's first person of that gender, else the previous
// sentence's); and what the text was about just before, for a sentence that names nobody.
import type { Span } from '../checks/finding';
import type { ReferenceIndex } from '../reference/index';
import type { Pronoun } from '../reference/types';
import { isCalendarName } from '../text/calendar';
import { countryNamed, countryOfDemonym } from '../text/countries';
import { memoTable, oncePer } from '../text/memo';
import { firstStartingAt, lastStartingAtOrBefore } from '../text/spans';
import { ARTICLES, dashJoined, isCapitalizedWord, modifiesNoun, phraseKey, stripPossessive, words, type Word } from '../text/words';
import { isCommonWord } from './dictionary';
import { tableRow } from './document';
import { someFullNameEndingIn } from './nameCandidates';
import { nameMatcherFor } from './nameMatcher';
import type { DocumentAnalysis } from './analyze';
import { isNumberWord, singular, unitAbbreviated } from './numbers';
import { isTitleWord, PAST } from './offices';
import { describesSomeone, opensWithOrder, PAST_VERB, PERSON_NOUNS, SPEECH_VERBS, SUBJECT_PRONOUNS, TIME_CLAUSE_OPENERS } from './speech';
import { insideQuotation } from './quotedText';

export interface EntityRef extends Span {
  id: string;
  person: boolean;
  via: 'name' | 'title' | 'pronoun';
}

export interface SentenceFrame extends Span {
  /** Parts of the sentence between semicolons, colons, dashes and brackets. */
  clauses: Span[];
  /** Parts of a clause between commas and before conjunctions ("and", "before", "who"). */
  segments: Span[];
  /** People and organisations the sentence refers to, in order. */
  refs: EntityRef[];
  /** The stem of each word, for matching event words. */
  stems: string[];
  /**
   * Who the text was about just before: the previous sentence's references (or its context, if it named nobody),
   * and the document's main subject (DocumentAnalysis.subject).
   */
  context: EntityRef[];
  words: Word[];
  /** The sentence, or the one naming someone before it, is about someone the reference does not know. */
  aboutSomeoneElse: boolean;
}

// A Map: an object's lookup with every word of the draft was slow, and answered "constructor" with a function.
// With a verb contracted onto it too: "He'd sat down with Qin Gang", "she's met him twice".
const PRONOUNS = new Map<string, Pronoun>(
  Object.entries({
    he: 'he', him: 'he', his: 'he', himself: 'he', "he'd": 'he', "he's": 'he', "he'll": 'he',
    she: 'she', her: 'she', hers: 'she', herself: 'she', "she'd": 'she', "she's": 'she', "she'll": 'she',
  }),
);

/** Words that open a new part of a sentence. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'then', 'while', 'whereas', 'although', 'though', 'because', 'who', 'whom', 'whose', 'which', 'where', 'when', 'before', 'after', 'until', 'since']);
/** "an hour before the talks", "days after": here the conjunction belongs to a time phrase. */
const TIME_LEAD_INS = new Set(['shortly', 'just', 'soon', 'long', 'right', 'immediately', 'hour', 'day', 'week', 'month', 'year', 'minute']);

export function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** A light stemmer for matching event words: meeting/meetings/meet, talks/talked, embassies/embassy. */
export function stem(norm: string): string {
  return stems.get(norm, stemOf);
}

const stems = memoTable<string, string>();

/**
 * Past forms of verbs of saying that no suffix rule takes back to their stem ("said" with "saying", "says"), and a
 * journey's noun with its verb ("a 20-hour flight" is how long he flew); "sat down" with "a sit-down".
 */
const IRREGULAR_STEMS: Record<string, string> = { said: 'say', told: 'tell', spoke: 'speak', spoken: 'speak', flew: 'fly', flown: 'fly', flight: 'fly', flights: 'fly', sat: 'sit' };

/** A consonant, a vowel, then a doubled consonant that English doubles before "-ed" and "-ing" ("stopp", "plann"). */
const DOUBLED_BEFORE_ENDING = /[^aeiou][aeiou]([bdgmnprt])\1$/;

function stemOf(norm: string): string {
  let word = stripPossessive(norm);
  if (Object.hasOwn(IRREGULAR_STEMS, word)) return IRREGULAR_STEMS[word];
  // "4 hrs" is hours, an event word of a duration in hours.
  const unit = unitAbbreviated(word);
  if (unit) return stemOf(unit);
  for (const suffix of ['ings', 'ing', 'ies', 'ied', 'ed', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      word = word.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
      // "stopped", "planned", "shopping": the consonant doubled before the ending is one ("stop", "plan").
      if ((suffix === 'ed' || suffix.startsWith('ing')) && DOUBLED_BEFORE_ENDING.test(word)) word = word.slice(0, -1);
      break;
    }
  }
  return word.length > 3 && word.endsWith('e') ? word.slice(0, -1) : word;
}

/** Words a description before an appositive name may have: "Its foreign minister", "The country's new envoy". */
const APPOSITIVE_OPENER_WORDS = 5;
const COMMA = 44;

/**
 * Characters beyond which a "sentence" is not prose (pasted data, a table or list run together): the fact rules
 * read nothing in it, which also keeps their work per value bounded.
 */
export const LONGEST_SENTENCE = 1500;

export function isReadableSentence(sentence: Span): boolean {
  return sentence.end - sentence.start <= LONGEST_SENTENCE;
}

/** What each sentence refers to, read in order: a pronoun may need the sentence before. */
interface SentenceReading {
  words: Word[];
  refs: EntityRef[];
  /** What the previous sentence was about (positions not kept: only who). */
  before: readonly EntityRef[];
  /**
   * The sentence opens with a name the reference does not know (it is about that person, not the story's subject),
   * or comes after such a sentence before one names the story's subject or opens with someone the reference knows.
   */
  aboutSomeoneElse: boolean;
  /** The names in the sentence the reference does not know ("Janet Yellen"), read once, when first asked for. */
  strangers: () => Span[];
}

/**
 * The document's sentences as the fact rules read them. Who each sentence refers to is read in order (a pronoun
 * looks back), as far as the last sentence asked for; the rest of a frame (clauses, parts, stems, context) only
 * for the sentences a date or number is looked up in, when first asked for.
 */
export class SentenceFrames {
  readonly spans: readonly Span[];
  private readonly readings: (SentenceReading | undefined)[] = [];
  private readonly frames: SentenceFrame[] = [];
  private readonly titles: Map<string, UniqueTitle[]>;
  /** Where reading goes on: the first word not yet read past, and what the last sentence read was about. */
  private wordIndex = 0;
  private before: readonly EntityRef[] = [];
  /** The last sentence naming anyone was about someone the reference does not know. */
  private withSomeoneElse = false;
  /** No one has been named since the last heading. */
  private sinceHeading = false;

  constructor(
    private readonly analysis: DocumentAnalysis,
    private readonly reference: ReferenceIndex,
  ) {
    this.spans = analysis.doc.sentences;
    this.titles = uniqueTitlesByFirstWord(reference);
  }

  /** Names in the sentence at `index` the reference does not know: "Janet Yellen". */
  unknownNamesAt(index: number): Span[] {
    return this.reading(index)?.strangers() ?? [];
  }

  /** The frame of the sentence at `index` in `spans`. */
  at(index: number): SentenceFrame {
    this.frames[index] ??= this.frame(index);
    return this.frames[index];
  }

  private frame(index: number): SentenceFrame {
    const span = this.spans[index];
    const reading = this.reading(index);
    const { subject } = this.analysis;
    // Carried across paragraphs too: a paragraph naming nobody is still about the story's subject.
    // "Bring a one-page response to Friday's session.": an order to the reader is about the reader, no one before.
    const imperative = reading !== undefined && opensWithOrder(reading.words);
    const context = imperative ? [] : (reading?.before ?? []).map((ref) => ({ ...ref, start: span.start, end: span.start }));
    if (subject && !imperative && !reading?.aboutSomeoneElse && !context.some((ref) => ref.id === subject)) context.push({ id: subject, person: true, via: 'name', start: span.start, end: span.start });
    if (!reading) return { start: span.start, end: span.end, clauses: [], segments: [], refs: [], stems: [], context, words: [], aboutSomeoneElse: false };
    const { prose } = this.analysis.doc;
    const clauses = withNamelessAsidesJoined(prose, splitClauses(prose, span), reading.words, reading.refs);
    const segments = clauses.flatMap((clause) => splitSegments(prose, clause, reading.words, reading.refs));
    const stems = reading.words.map((w) => stem(w.norm));
    return { start: span.start, end: span.end, clauses, segments, refs: reading.refs, stems, context, words: reading.words, aboutSomeoneElse: reading.aboutSomeoneElse };
  }

  /**
   * "Qin hosted the first round. The two men spent six hours together": a phrase saying two people, after a sentence
   * naming one the reference knows and no one it does not, stands for that one and the document's subject ("they"
   * may be a country's people).
   */
  private oneNamedAndSubject(sentenceWords: readonly Word[]): EntityRef[] {
    const { subject, doc } = this.analysis;
    const named = [...new Set(this.before.filter((ref) => ref.person).map((ref) => ref.id))];
    if (!subject || named.length !== 1 || named[0] === subject) return [];
    const two = pairWords(sentenceWords, (word) => !insideQuotation(this.analysis, word.start));
    if (!two || PAIR_PRONOUNS.has(doc.prose.slice(two.start, two.end).toLowerCase())) return [];
    const previous = this.readings.at(-1);
    if (!previous || previous.strangers().length > 0 || namesSomeoneUnnamed(previous.words)) return [];
    return [named[0], subject].map((id) => ({ start: two.start, end: two.end, id, person: true, via: 'pronoun' }));
  }

  /**
   * "Its foreign minister, Penny Wong, met Wang Yi …": a description, then between commas a name the reference
   * does not know, is the sentence's subject.
   */
  private opensWithUnknownAppositive(span: Span, sentenceWords: readonly Word[], strangers: () => Span[]): boolean {
    const { prose } = this.analysis.doc;
    // The comma within the opener's few words (read word by word: most sentences have none there).
    let opener = 0;
    while (opener < sentenceWords.length && opener < APPOSITIVE_OPENER_WORDS && prose.charCodeAt(sentenceWords[opener].end) !== COMMA) opener++;
    if (opener >= sentenceWords.length || opener >= APPOSITIVE_OPENER_WORDS) return false;
    const firstWordAfter = sentenceWords[opener + 1];
    if (!firstWordAfter || !isCapitalizedWord(prose, firstWordAfter)) return false;
    // A name the reference knows is no stranger: not worth reading the sentence's unknown names for.
    if (startsMention(this.analysis, firstWordAfter)) return false;
    const stranger = strangers().find((name) => name.start === firstWordAfter.start);
    return stranger !== undefined && /^\s*,/.test(prose.slice(stranger.end, span.end));
  }

  /**
   * "John Kerry followed on 16 July. Kerry met Wang Yi …": the sentence opens with the last word of a name the
   * reference does not know, written in full earlier.
   */
  private opensWithStrangersSurname(first: number): boolean {
    const { words } = this.analysis;
    const { prose } = this.analysis.doc;
    const opener = words[first];
    const next = words[first + 1];
    if (!opener || !isCapitalizedWord(prose, opener) || (next && isCapitalizedWord(prose, next)) || startsMention(this.analysis, opener) || isCalendarName(opener.norm)) return false;
    if (isCommonWord(opener.norm)) return false;
    // "Kissinger's arrival two days later …": the possessive of a name the source article never uses, no country's,
    // opening the sentence is someone's, whether or not the window holds their full name.
    const bare = stripPossessive(opener.norm);
    if (bare !== opener.norm && /^\p{L}+$/u.test(bare) && !isCalendarName(bare) && !isCommonWord(bare) && !countryNamed(bare) && !countryOfDemonym(bare) && !articleWords(this.reference).has(bare)) return true;
    return someFullNameEndingIn(this.analysis, opener.norm, first, (given, last) => isUnknownName(this.analysis, this.reference, [given, last]));
  }

  /**
   * "China, meanwhile, said it planned to open five embassies": a country the reference does not name as one of its
   * own is the sentence's subject (a word after it, or a comma), so the sentence is not about whom the draft names most.
   */
  private opensWithCountry(sentenceWords: readonly Word[]): boolean {
    const { prose } = this.analysis.doc;
    // ("- **Music:** France held its Fête de la Musique …": after a label, the country opens what the item tells.)
    const labelled = sentenceWords.length > 2 && LABEL_GAP.test(prose.slice(sentenceWords[0].end, sentenceWords[1].start));
    const [opener, next] = labelled ? sentenceWords.slice(1) : sentenceWords;
    if (!opener || !next || !isCapitalizedWord(prose, opener) || opener.norm.endsWith("'s") || startsMention(this.analysis, opener)) return false;
    const country = countryNamed(opener.norm);
    return country !== undefined && phraseKey(country.name) === opener.norm && (prose[opener.end] === ',' || !isCapitalizedWord(prose, next));
  }

  /**
   * The sentence opens a footnote's text (read where it is anchored, not after the text above it) or a heading
   * (about the section it opens: "## Sunday — the long session" is not the meeting told of just before).
   */
  private opensBlockOf(span: Span, kind: 'note' | 'heading' | 'cell'): boolean {
    const { blocks } = this.analysis.doc;
    const block = blocks[lastStartingAtOrBefore(blocks, span.start)];
    // Its first sentence: a block may start with markup before the sentence ("## ", "[^1]: ").
    const previous = this.spans[lastStartingAtOrBefore(this.spans, span.start) - 1];
    return block?.kind === kind && (!previous || previous.start < block.start);
  }

  /** The cells of the table row the sentence opens (it is the first sentence of the row's first cell). */
  private rowOpenedBy(span: Span): Span | undefined {
    const { blocks } = this.analysis.doc;
    const at = lastStartingAtOrBefore(blocks, span.start);
    const row = tableRow(this.analysis.doc, at);
    if (!row || row.first !== at || !this.opensBlockOf(span, 'cell')) return undefined;
    return { start: blocks[row.first].start, end: blocks[row.last].end };
  }

  /** The people named by name in `span`, in order. */
  private namedIn(span: Span): EntityRef[] {
    return this.analysis.mentions
      .filter((m) => m.entity.kind === 'person' && m.start >= span.start && m.end <= span.end)
      .map((m) => ({ id: m.entity.id, person: true, via: 'name' as const, start: m.start, end: m.end }));
  }

  /**
   * "**Claim: “Blinken never raised detained Americans.”** ¶ **Verdict: False.** In his meetings …": the people named in
   * a sentence that is nothing but a quoted claim (a label before it aside) are whom the sentences after go on about.
   */
  private namedInQuotedClaim(span: Span): EntityRef[] {
    const { quotations, doc } = this.analysis;
    const quotation = quotations[firstStartingAt(quotations, span.start)];
    if (!quotation || quotation.close >= span.end) return [];
    const standsAlone = QUOTED_CLAIM_BEFORE.test(doc.prose.slice(span.start, quotation.open)) && /^[\s*_.!?]*$/.test(doc.prose.slice(quotation.close + 1, span.end));
    return standsAlone ? this.namedIn({ start: quotation.open, end: quotation.close }) : [];
  }

  /** What the sentence at `index` refers to (undefined for one too long to read), reading up to it first. */
  private reading(index: number): SentenceReading | undefined {
    while (this.readings.length <= index) this.readNext();
    return this.readings[index];
  }

  private readNext(): void {
    const { words } = this.analysis;
    const span = this.spans[this.readings.length];
    while (this.wordIndex < words.length && words[this.wordIndex].start < span.start) this.wordIndex++;
    const first = this.wordIndex;
    while (this.wordIndex < words.length && words[this.wordIndex].end <= span.end) this.wordIndex++;
    if (!isReadableSentence(span)) {
      this.readings.push(undefined);
      this.before = [];
      return;
    }
    const sentenceWords = words.slice(first, this.wordIndex);
    // "Richard Nixon arrived in 1972. He stayed eight days.": a sentence about someone the reference does not
    // know; "he" is not whoever was named before it.
    // Searched only when the sentence opens with capitals or a pronoun needs them: most sentences are not.
    let found: Span[] | undefined;
    const strangers = () => (found ??= unknownNames(this.analysis, this.reference, sentenceWords));
    const { prose } = this.analysis.doc;
    const aboutSomeoneElse =
      (opensWithCapitals(prose, sentenceWords) && strangers()[0]?.start === sentenceWords[0].start) ||
      this.opensWithUnknownAppositive(span, sentenceWords, strangers) ||
      this.opensWithStrangersSurname(first) ||
      this.opensWithCountry(sentenceWords);
    const heading = this.opensBlockOf(span, 'heading');
    if (aboutSomeoneElse || this.opensBlockOf(span, 'note') || heading) this.before = [];
    // A table row is a record of its own: what its cells name, not the row above ("| Talks, about three hours | Wang Yi |").
    const row = this.rowOpenedBy(span);
    if (row) this.before = this.namedIn(row);
    this.sinceHeading = heading || (this.sinceHeading && !aboutSomeoneElse);
    // "## Talks ¶ On Saturday he met Qin Gang": a pronoun no one named since the heading stands for is the
    // document's subject, when the pronoun fits them.
    const antecedents = this.sinceHeading && this.before.length === 0 && this.analysis.subject ? [{ start: span.start, end: span.start, id: this.analysis.subject, person: true, via: 'name' as const }] : this.before;
    const refs = findRefs(this.analysis, this.reference, span, sentenceWords, this.titles, antecedents, strangers);
    if (!refs.some((ref) => ref.person)) {
      const pair = this.oneNamedAndSubject(sentenceWords);
      if (pair.length > 0) refs.push(...pair), refs.sort(byStart);
    }
    // "## The foreign minister ¶ The foreign minister went first. His session …": someone described by a title
    // opening the sentence, whom it does not name, is whom a pronoun after it stands for.
    if (refs.some((ref) => ref.person) || opensWithDescription(sentenceWords, refs)) this.sinceHeading = false;
    // "Janet Yellen went to Beijing after Blinken. She met Li Qiang …": a "she" no one the reference knows can be
    // (everyone near has another pronoun) is someone else, and so is what the sentence tells; so is "The session
    // with Qin Gang lasted ten hours" after it, until a sentence names the story's subject or opens with someone
    // the reference knows.
    const someoneUnknown = aboutSomeoneElse || this.pronounForNoOne(sentenceWords, refs);
    const backToReference = heading || refs.some((ref) => ref.person && ref.via === 'name' && (ref.id === this.analysis.subject || ref.start === sentenceWords[0]?.start));
    this.withSomeoneElse = someoneUnknown || (this.withSomeoneElse && !backToReference);
    this.readings.push({ words: sentenceWords, refs, before: someoneUnknown ? [] : this.before, aboutSomeoneElse: this.withSomeoneElse, strangers });
    // "It is the first visit since Joe Biden took office.": people named only in a time clause after the main one
    // are not what the text goes on about; who it was about before still comes first.
    // So are names joined by a dash to describe a thing ("the payoff from the Biden–Xi summit").
    // So are the pair of "a summit between Joe Biden and Xi": a relation the sentence names, not whom it is about.
    const mainPeople = refs.some((ref) => ref.person && !inTrailingTimeClause(prose, sentenceWords, ref) && !(ref.via === 'name' && dashJoined(prose, ref)) && !pairedByBetween(sentenceWords, refs, ref));
    // ("… the fruit of a cordial Biden–Xi summit": names joined by a dash to describe a thing are no one the text goes on about.)
    const carried = refs.filter((ref) => !(ref.via === 'name' && dashJoined(prose, ref)));
    const claimed = refs.some((ref) => ref.person) ? [] : this.namedInQuotedClaim(span);
    this.before = claimed.length > 0 ? claimed : mainPeople ? mainClauseFirst(prose, sentenceWords, carried) : [...this.before, ...carried];
  }

  /** A personal pronoun of the sentence resolved to no one, while every person near has a known other pronoun. */
  private pronounForNoOne(sentenceWords: readonly Word[], refs: readonly EntityRef[]): boolean {
    const unresolved = sentenceWords.filter((word) => PRONOUNS.has(word.norm) && !insideQuotation(this.analysis, word.start) && !refs.some((ref) => ref.start === word.start));
    if (unresolved.length === 0) return false;
    const near = [...this.before, ...refs].filter((ref) => ref.person);
    // (Not one left open between several who fit: "… whether the Chinese leader would see him", Qin or Blinken.)
    const fits = (ref: EntityRef) => unresolved.some((word) => this.reference.person(ref.id)?.pronoun === PRONOUNS.get(word.norm));
    return near.length > 0 && near.every((ref) => this.reference.person(ref.id)?.pronoun !== undefined) && near.filter(fits).length < 2;
  }
}

/** Words that may come before such an opening clause. */
const BEFORE_SUBORDINATE = new Set(['even', 'just', 'shortly', 'long', 'only', 'still', 'and', 'but', 'yet', 'so']);

/** The sentence opens with "the" and a title word that no reference of the sentence covers: "The foreign minister went first." */
function opensWithDescription(sentenceWords: readonly Word[], refs: readonly EntityRef[]): boolean {
  const [the, title] = sentenceWords;
  return the?.norm === 'the' && title !== undefined && isTitleWord(stripPossessive(title.norm)) && !refs.some((ref) => ref.start <= title.start && title.start < ref.end);
}

/** Words opening a clause put before the main one: "Before Blinken arrived, Xi …". */
const SUBORDINATE_OPENERS = new Set(['before', 'after', 'when', 'while', 'as', 'since', 'although', 'though', 'if', 'because', 'once', 'until']);

/**
 * The reference stands in a time clause after the main one ("… since Joe Biden took office"), not in one put first
 * ("Even before Ferreira arrived, …") nor after a comma closing one.
 */
function inTrailingTimeClause(prose: string, sentenceWords: readonly Word[], ref: EntityRef): boolean {
  let opening = 0;
  while (opening < sentenceWords.length && BEFORE_SUBORDINATE.has(sentenceWords[opening].norm)) opening++;
  for (let k = firstStartingAt(sentenceWords, ref.start) - 1; k > opening; k--) {
    if (prose.slice(sentenceWords[k].end, sentenceWords[k + 1].start).includes(',')) return false;
    if (TIME_CLAUSE_OPENERS.has(sentenceWords[k].norm)) return true;
  }
  return false;
}

/**
 * "China staged drills around Taiwan in October": a country opening the sentence and acting stands for its
 * government, as "Beijing" does, when the reference names that government ("Chinese government").
 */
function countryActing(prose: string, reference: ReferenceIndex, sentenceWords: readonly Word[]): EntityRef | undefined {
  const [opener, next] = sentenceWords;
  if (!opener || !next || !isCapitalizedWord(prose, opener) || isCapitalizedWord(prose, next) || !/^\s+$/.test(prose.slice(opener.end, next.start))) return undefined;
  const id = governmentsByCountry(reference).get(opener.norm);
  return id ? { start: opener.start, end: opener.end, id, person: false, via: 'name' } : undefined;
}

/** The reference's governments by the name of the country each governs ("Chinese government" → "china"). */
const governmentsByCountry = oncePer((reference: ReferenceIndex): Map<string, string> => {
  const byCountry = new Map<string, string>();
  for (const organization of reference.loaded.set.organizations) {
    const [demonym, noun, ...rest] = organization.name.split(/\s+/);
    const country = organization.kind === 'government' && rest.length === 0 && noun?.toLowerCase() === 'government' ? countryOfDemonym(demonym) : undefined;
    if (country) byCountry.set(phraseKey(country.name), organization.id);
  }
  return byCountry;
});

/** `ref` is one of "between X and Y": the word before it is "between", or "and" after such a first one. */
function pairedByBetween(sentenceWords: readonly Word[], refs: readonly EntityRef[], ref: EntityRef): boolean {
  const before = sentenceWords[firstStartingAt(sentenceWords, ref.start) - 1]?.norm;
  if (before === 'between') return true;
  const first = refs[refs.indexOf(ref) - 1];
  return before === 'and' && first !== undefined && sentenceWords[firstStartingAt(sentenceWords, first.start) - 1]?.norm === 'between';
}

/**
 * Where the comma closing a clause put first ("Before Blinken arrived, …") is; null when the sentence opens with no
 * such clause, undefined when its clause closes with no comma.
 */
function openingClauseEnd(prose: string, sentenceWords: readonly Word[]): number | null | undefined {
  // "Even before Blinken arrived, …", "Still, before …"; a time counted from an event: "A day before the Wang Yi
  // meeting, …", "Days before he landed, …".
  const start = sentenceWords.findIndex((word) => !BEFORE_SUBORDINATE.has(word.norm));
  const units = /^(?:day|days|week|weeks|hour|hours|month|months)$/;
  const counted = /^(?:a|an|one|two|three|four|five|six|the|\d+)$/.test(sentenceWords[start]?.norm ?? '') && units.test(sentenceWords[start + 1]?.norm ?? '') ? start + 2 : units.test(sentenceWords[start]?.norm ?? '') && /s$/.test(sentenceWords[start].norm) ? start + 1 : start;
  const opener = sentenceWords[counted];
  if (!opener || !SUBORDINATE_OPENERS.has(opener.norm)) return null;
  const comma = prose.indexOf(',', opener.end);
  return comma < 0 || comma >= sentenceWords[sentenceWords.length - 1].end ? undefined : comma;
}

/** The person named right after the comma closing a clause put first, the main clause's subject, with that comma. */
function subjectAfterOpeningClause(prose: string, sentenceWords: readonly Word[], refs: readonly EntityRef[]): { end: number; subject: EntityRef } | false {
  const end = openingClauseEnd(prose, sentenceWords);
  if (typeof end !== 'number') return false;
  const subject = refs.find((ref) => ref.start > end);
  // (Not a possessive: "Ferreira's husband made an offer".)
  return subject?.person && subject.via === 'name' && /^\s*$/.test(prose.slice(end + 1, subject.start)) && !/^['’]/.test(prose.slice(subject.end, subject.end + 1)) ? { end, subject } : false;
}

/**
 * The sentence's references with those of a clause put first after the rest: "Before Blinken arrived, Xi Jinping gave a
 * hint. He met Bill Gates …" — "he" looks first to the main clause's subject.
 */
function mainClauseFirst(prose: string, sentenceWords: readonly Word[], refs: EntityRef[]): EntityRef[] {
  const comma = openingClauseEnd(prose, sentenceWords);
  // "Then earlier on Monday, before Xi, he met Wang Yi. He …": the object of a phrase put first comes last.
  if (comma === null) {
    const objects = refs.filter((ref) => ref.via !== 'pronoun' && openingObject(prose, sentenceWords, ref));
    const ordered = objects.length === 0 ? refs : [...refs.filter((ref) => !objects.includes(ref)), ...objects];
    return appositionBeforeOwner(prose, sentenceWords, ordered);
  }
  if (comma === undefined) return refs;
  // "When he finally came, the talks began with Qin Gang": someone the main clause names only after "with" is not
  // its subject; the opening clause's subject comes before them.
  const main = refs.filter((ref) => ref.start > comma);
  const objects = main.filter((ref) => afterPreposition(prose, sentenceWords, ref));
  return [...main.filter((ref) => !objects.includes(ref)), ...refs.filter((ref) => ref.start < comma), ...objects];
}

/**
 * "His predecessor in the job, Wang Yi, is described as …": the sentence opens with a possessive whose noun a name set
 * off by a comma then names; that name, not the owner, is whom the sentence is about (and a "him" after it stands for).
 */
function appositionBeforeOwner(prose: string, sentenceWords: readonly Word[], refs: EntityRef[]): EntityRef[] {
  const [owner, named] = refs;
  if (!owner || !named || owner.start !== sentenceWords[0]?.start || named.via !== 'name') return refs;
  const possessive = owner.via === 'pronoun' ? POSSESSIVE_DETERMINERS.has(sentenceWords[0].norm) : /^['’]s\b/.test(prose.slice(owner.end, owner.end + 2));
  const between = prose.slice(owner.end, named.start);
  if (!possessive || !/^[^,]*,\s*$/.test(between) || between.length > APPOSED_NOUN_REACH) return refs;
  return [named, owner, ...refs.slice(2)];
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their']);
/** Characters of the owned noun phrase before the name: "’s predecessor in the job, ". */
const APPOSED_NOUN_REACH = 40;

/** Prepositions after which a name is no clause's subject. */
const PREPOSITIONS = new Set(['with', 'by', 'to', 'for', 'from', 'of', 'at', 'about', 'against', 'alongside', 'beside', 'among', 'between']);

/** The reference is a preposition's object, a title or "the" between them: "with (Foreign Minister) Qin Gang". */
function afterPreposition(prose: string, sentenceWords: readonly Word[], ref: EntityRef): boolean {
  let k = firstStartingAt(sentenceWords, ref.start) - 1;
  while (k >= 0 && (isTitleWord(sentenceWords[k].norm) && isCapitalizedWord(prose, sentenceWords[k]))) k--;
  // A place's possessive before a title: "beside Portugal's prime minister".
  if (k >= 0 && isCapitalizedWord(prose, sentenceWords[k]) && sentenceWords[k].norm !== stripPossessive(sentenceWords[k].norm)) k--;
  // Or set after a description that is ("alongside Singapore's foreign minister, Vivian Balakrishnan").
  if (k >= 0 && /^\s*,\s*$/.test(prose.slice(sentenceWords[k].end, ref.start))) {
    const description = k;
    while (k >= 0 && description - k < OBJECT_TITLE_WORDS && describesObject(prose, sentenceWords[k])) k--;
    if (k === description) return false;
  }
  if (sentenceWords[k]?.norm === 'the') k--;
  return PREPOSITIONS.has(sentenceWords[k]?.norm ?? '');
}

function findRefs(
  analysis: DocumentAnalysis,
  reference: ReferenceIndex,
  sentence: Span,
  sentenceWords: readonly Word[],
  titles: Map<string, UniqueTitle[]>,
  before: readonly EntityRef[],
  /** Where the sentence names people the reference does not know (see unknownNames). */
  strangers: () => readonly Span[],
): EntityRef[] {
  const refs: EntityRef[] = [];
  // Mentions are in document order: the sentence's are found by binary search, not by reading them all.
  for (let i = firstStartingAt(analysis.mentions, sentence.start); i < analysis.mentions.length && analysis.mentions[i].start <= sentence.end; i++) {
    const m = analysis.mentions[i];
    if (m.end <= sentence.end && !insideQuotation(analysis, m.start)) refs.push({ start: m.start, end: m.end, id: m.entity.id, person: m.entity.kind === 'person', via: 'name' });
  }
  for (const ref of misspeltRefs(analysis, reference, sentenceWords)) if (!insideQuotation(analysis, ref.start)) refs.push(ref);
  const country = countryActing(analysis.doc.prose, reference, sentenceWords);
  if (country) refs.push(country);
  const named = refs.length;
  for (const ref of titleRefs(analysis.doc.prose, sentenceWords, titles, refs, strangers)) if (!insideQuotation(analysis, ref.start)) refs.push(ref);
  const bySubjectsTitle = subjectByTitleHead(analysis, reference, sentenceWords, refs, before);
  if (bySubjectsTitle) refs.push(bySubjectsTitle);
  // Most sentences have no title reference: the mentions came in order.
  if (refs.length > named) refs.sort(byStart);
  // "Days before he landed, Xi offered an opening: on Thursday he told Gates …": a pronoun in a clause put first
  // gives way, for a pronoun after the main clause's subject, to that subject named right after the clause.
  // (Read at the sentence's first pronoun: most sentences have none.)
  let clauseFirst: { end: number; subject: EntityRef } | false | undefined;
  // Written as loops: this runs for every sentence of every window, and each closure or array was garbage.
  for (const word of sentenceWords) {
    const pronoun = PRONOUNS.get(word.norm);
    if (!pronoun || insideQuotation(analysis, word.start)) continue;
    clauseFirst ??= subjectAfterOpeningClause(analysis.doc.prose, sentenceWords, refs);
    // The sentence's first person of that gender (its subject, usually), a pronoun already resolved included:
    // in "First he saw Wang Yi; then he was received by Xi", both are the same man.
    // "…; and on Monday it was Wang Yi who spent three hours with his guest": its own part of the sentence first.
    const partStart = analysis.doc.prose.lastIndexOf(';', word.start);
    let antecedent: EntityRef | undefined;
    let inPart: EntityRef | undefined;
    // "Sam will check the Sullivan reference: he met …": someone named earlier in the sentence who fits, though
    // only as a word describing a noun, may be "he" as well as whoever was named before the sentence.
    let passedOver = false;
    for (const ref of refs) {
      const earlier = antecedent === undefined || ref.start < antecedent.start;
      const earlierInPart = ref.start > partStart && (inPart === undefined || ref.start < inPart.start);
      if (ref.start >= word.start || !(earlier || earlierInPart) || !hasPronoun(reference, ref, pronoun)) continue;
      if (clauseFirst && ref.via === 'pronoun' && ref.end <= clauseFirst.end && word.start > clauseFirst.subject.end && hasPronoun(reference, clauseFirst.subject, pronoun)) continue;
      // (A title opens with its article: "the secretary said he …".)
      if (ref.via === 'name' && modifiesNoun(analysis.doc.prose, sentenceWords, firstStartingAt(sentenceWords, ref.start), firstStartingAt(sentenceWords, ref.end))) {
        passedOver ||= !before.some((other) => other.id === ref.id);
        continue;
      }
      // "the product of a summit between Biden and Xi, but he postponed it": a pair a relation names is no one's subject.
      if (openingObject(analysis.doc.prose, sentenceWords, ref) || objectOfOwnSubject(analysis.doc.prose, sentenceWords, ref, word) || pairedByBetween(sentenceWords, refs, ref)) continue;
      if (earlier) antecedent = ref;
      if (earlierInPart) inPart = ref;
    }
    antecedent = inPart ?? antecedent;
    const opening = subjectAfterOpening(analysis.doc.prose, sentence, sentenceWords, word, refs);
    antecedent ??= (opening && hasPronoun(reference, opening, pronoun) ? opening : undefined) ?? (passedOver ? undefined : before.find((ref) => hasPronoun(reference, ref, pronoun)));
    // "When Richard Nixon arrived in 1972, he stayed eight days": someone named nearer is "he", known or not.
    const stranger = lastEndingBy(strangers(), word.start);
    if (stranger && (!antecedent || antecedent.start < stranger.start || !refs.includes(antecedent))) continue;
    if (antecedent) refs.push({ start: word.start, end: word.end, id: antecedent.id, person: true, via: 'pronoun' });
  }
  // "Xi and Biden have known each other for years. They met in Bali …": "they" is the two people named just
  // before, when exactly two were (no one in the sentence before it).
  const pair = [...new Set(before.filter((ref) => ref.person).map((ref) => ref.id))];
  const they = pairWords(sentenceWords, (word) => !insideQuotation(analysis, word.start));
  // "Blinken met Wang Yi, and they talked for three hours": the two people named before it in its sentence.
  const pairBefore = they ? [...new Set(refs.filter((ref) => ref.person && ref.via === 'name' && ref.end <= they.start).map((ref) => ref.id))] : [];
  if (they && pair.length === 2 && !refs.some((ref) => ref.person && ref.start < they.start)) {
    for (const id of pair) refs.push({ start: they.start, end: they.end, id, person: true, via: 'pronoun' });
  } else if (they && pairBefore.length === 2 && /,\s*(?:and|but|then)\s+$/i.test(analysis.doc.prose.slice(sentence.start, they.start))) {
    for (const id of pairBefore) refs.push({ start: they.start, end: they.end, id, person: true, via: 'pronoun' });
  }
  if (refs.length > 1) refs.sort(byStart);
  return refs;
}

const PAIR_PRONOUNS = new Set(['they', 'their', 'them']);

/** "Qin arrived with his deputy", "… and an aide": someone else, described, who may be the second of two. */
function namesSomeoneUnnamed(sentenceWords: readonly Word[]): boolean {
  return sentenceWords.some((word, k) => k > 0 && UNNAMED_OPENERS.has(sentenceWords[k - 1].norm) && (PERSON_NOUNS.has(word.norm) || COMPANION_NOUNS.has(word.norm)));
}

const UNNAMED_OPENERS = new Set(['his', 'her', 'a', 'an', 'another', 'one']);
/** Whom someone comes with, besides the person nouns of speech.ts ("his guest", "his counterpart" are the other side). */
const COMPANION_NOUNS = new Set(['deputy', 'colleague', 'assistant', 'interpreter', 'wife', 'husband', 'son', 'daughter', 'friend']);

/** "they", or a phrase for two people standing for them: "the two men", "the pair", "both women". */
function pairWords(sentenceWords: readonly Word[], outsideQuotation: (word: Word) => boolean): Span | undefined {
  for (let k = 0; k < sentenceWords.length; k++) {
    const word = sentenceWords[k];
    if (!outsideQuotation(word)) continue;
    // "Their meeting on Monday …", "Photos showed them …".
    if (PAIR_PRONOUNS.has(word.norm)) return word;
    const next = sentenceWords[k + 1];
    if (!next) continue;
    if (word.norm === 'the' && next.norm === 'pair') return { start: word.start, end: next.end };
    const noun = word.norm === 'the' && next.norm === 'two' ? sentenceWords[k + 2] : word.norm === 'both' ? next : undefined;
    if (noun && PAIR_NOUNS.has(noun.norm)) return { start: word.start, end: noun.end };
  }
  return undefined;
}

const PAIR_NOUNS = new Set(['men', 'women', 'diplomats', 'officials', 'ministers']);

/** How many phrases of time set off by commas may stand between a phrase put first and its subject. */
const MAX_FRONTED_PHRASES = 2;

/**
 * Between the comma at `from` and the next one at `to`, a phrase of time rather than the main clause: it opens with a
 * subordinator or a preposition ("before he saw Xi", "during the talks"), or with a length of time before one ("a day
 * before he saw Xi", "two hours after landing").
 */
function opensPhraseOfTime(sentenceWords: readonly Word[], from: number, to: number): boolean {
  const phrase = sentenceWords.filter((word) => word.start > from && word.end <= to);
  const opener = phrase.findIndex((word) => SUBORDINATORS.has(word.norm) || OPENING_PREPOSITIONS.has(word.norm));
  return to < sentenceWords[sentenceWords.length - 1].end && opener >= 0 && opener <= LENGTH_OF_TIME_WORDS;
}

/** Words of a length of time before its "before" or "after": "a day", "two full days". */
const LENGTH_OF_TIME_WORDS = 3;

/**
 * "On his 20-hour journey, Blinken phoned Tokyo": a pronoun in the phrase opening the sentence stands for the person
 * named right after its comma.
 */
function subjectAfterOpening(prose: string, sentence: Span, sentenceWords: readonly Word[], pronoun: Word, refs: readonly EntityRef[]): EntityRef | undefined {
  // After a label ("June 18 (Sunday): After …", "Sunday, June 18 — After …": capitals and figures before a dash), the
  // sentence opens where the label ends.
  const dash = LABEL_BEFORE_DASH.exec(prose.slice(sentence.start, pronoun.start));
  const labelEnd = Math.max(sentence.start, prose.lastIndexOf(':', pronoun.start) + 1, dash ? sentence.start + dash[0].length : 0);
  // "Then, on Monday, before his audience with Xi, Blinken …": an adverb of sequence leads into the phrases.
  // ("En route, during his journey, the secretary …": so does "en route".)
  const first = firstStartingAt(sentenceWords, labelEnd);
  const adverb = sentenceWords[first]?.norm === 'en' && sentenceWords[first + 1]?.norm === 'route' ? 2 : SEQUENCE_ADVERBS.has(sentenceWords[first]?.norm ?? '') ? 1 : 0;
  const opens = adverb > 0 && sentenceWords[first + adverb] && sentenceWords[first + adverb - 1].end < pronoun.start ? sentenceWords[first + adverb].start : labelEnd;
  const opener = sentenceWords.find((word) => word.start >= opens);
  // "He met Jake Sullivan, Biden's adviser, …": a pronoun opening the sentence is its subject, in no phrase before it.
  if (opener === pronoun) return undefined;
  // "Then he met China's top diplomat, Wang Yi, …", "On Monday he met …": a subject pronoun after an adverb or a
  // phrase is the main clause's subject; only a clause put first ("When he landed, Blinken …") holds one standing
  // for a name after it.
  // ("On Sunday, before he was shown in to Xi, Blinken …": such a clause after a phrase put first, set off by commas.)
  const at = firstStartingAt(sentenceWords, pronoun.start);
  const clauseOpener = sentenceWords[at - 1];
  // ("Then, in a session that took place the day before he saw Xi, Blinken …": or inside a phrase put first.)
  const clauseAfterPhrase = clauseOpener !== undefined && SUBORDINATORS.has(clauseOpener.norm) && at > 1 && (/,\s*$/.test(prose.slice(sentenceWords[at - 2].end, clauseOpener.start)) || OPENING_PREPOSITIONS.has(opener?.norm ?? ''));
  if ((pronoun.norm === 'he' || pronoun.norm === 'she') && opener && !SUBORDINATORS.has(opener.norm) && !clauseAfterPhrase) return undefined;
  // Phrases put before the subject may follow one another: "After a 20-hour journey, during which he spoke by
  // phone with Tokyo, Blinken met Qin".
  // ("with Singapore's foreign minister at his side, Blinken …": whoever is "at his side" is not "his".)
  const atSide = sentenceWords[at + 1]?.norm === 'side' && (sentenceWords[at - 1]?.norm === 'at' || sentenceWords[at - 1]?.norm === 'by');
  const fronted = OPENING_PREPOSITIONS.has(opener?.norm ?? '') && (atSide || !refs.some((ref) => ref.person && ref.start >= opens && ref.start < pronoun.start));
  if (prose.slice(opens, pronoun.start).includes(',') && !fronted) return undefined;
  const commaAfter = (at: number) => {
    const found = prose.indexOf(',', at);
    return found >= 0 && found < sentence.end ? found : sentence.end;
  };
  const comma = commaAfter(pronoun.end);
  // ("In his meetings on Sunday, a day before he saw Xi, Blinken …": past phrases of time set off by commas after it.)
  for (let part = comma, phrases = 0; part < sentence.end && phrases <= MAX_FRONTED_PHRASES; part = commaAfter(part + 1), phrases++) {
    const afterComma = refs.find((ref) => ref.start > part);
    // Title words may come between: "…, Secretary Blinken phoned Japan", "…, Mr Blinken …".
    const between = afterComma ? sentenceWords.filter((word) => word.start > part && word.end <= afterComma.start) : [];
    if (afterComma?.person && afterComma.via === 'name' && between.length <= TITLE_WORDS_BEFORE_NAME && between.every((word) => describesObject(prose, word))) return afterComma;
    // Or a title standing for someone: "On his 13-hour journey, the secretary phoned …".
    if (afterComma?.person && afterComma.via === 'title' && between[0]?.norm === 'the' && between.length <= TITLE_WORDS_BEFORE_NAME + 1 && between.slice(1).every((word) => describesObject(prose, word))) return afterComma;
    if (!opensPhraseOfTime(sentenceWords, part, commaAfter(part + 1))) break;
  }
  // Before any comma: "During his 20-hour journey Blinken spoke", a possessive in a phrase opened by a preposition.
  if (!OPENING_PREPOSITIONS.has(opener?.norm ?? '') || (pronoun.norm !== 'his' && pronoun.norm !== 'her')) return undefined;
  return refs.find((ref) => ref.start > pronoun.end && ref.start < comma && ref.person && ref.via === 'name');
}

/**
 * "Before seeing Xi he sat with Wang Yi": someone named as the object of a participle or a preposition in a phrase
 * opening the sentence is not who a pronoun after it stands for.
 */
function openingObject(prose: string, sentenceWords: readonly Word[], ref: EntityRef): boolean {
  let at = firstStartingAt(sentenceWords, ref.start);
  // "Before he saw Xi, he …": a subject pronoun opens a clause of its own, no preposition's object; so does a name
  // a verb follows ("Before Antony Blinken was shown in to see Xi, he …").
  if (ref.via === 'pronoun' && SUBJECT_PRONOUNS.has(sentenceWords[at]?.norm ?? '')) return false;
  if (ref.via === 'name' && opensClause(prose, sentenceWords, ref)) return false;
  // "meeting Microsoft co-founder Bill Gates": a title of the object's own between (not the day of a phrase put first:
  // "On Sunday(,) Blinken met …").
  for (let k = 0; k < OBJECT_TITLE_WORDS && at > 1 && describesObject(prose, sentenceWords[at - 1]) && !isCalendarName(sentenceWords[at - 1].norm); k++) at--;
  const before = sentenceWords[at - 1];
  if (!before || !(before.norm.endsWith('ing') || OPENING_PREPOSITIONS.has(before.norm) || BESIDE_PREPOSITIONS.has(before.norm))) return false;
  // "On Monday, before the Xi meeting, Wang Yi met …": a comma closes the phrase; the name after it is the subject.
  if (!/^[\s-]+$/.test(prose.slice(before.end, sentenceWords[at].start))) return false;
  return OPENING_PREPOSITIONS.has(sentenceWords[0].norm) || sentenceWords[0].norm.endsWith('ing') || opensWithTimeCounted(sentenceWords) || setOffByCommas(prose, sentenceWords, at - 1, ref);
}

/** A finite verb follows the name right after it: "Blinken was shown in", "Xi received him". */
function opensClause(prose: string, sentenceWords: readonly Word[], ref: EntityRef): boolean {
  const next = sentenceWords[firstStartingAt(sentenceWords, ref.end)];
  return next !== undefined && /^\s+$/.test(prose.slice(ref.end, next.start)) && (FINITE_AUXILIARIES.has(next.norm) || PAST_VERB.test(next.norm));
}

const FINITE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'did', 'would', 'could', 'will']);

/**
 * "Then earlier on Monday, before Xi, he met Wang Yi": a phrase of a preposition and its object between commas.
 * ("Two days later, after about three hours with Wang Yi, he …": or the object of a phrase that opens with a
 * preposition of its own, a few words back.)
 */
function setOffByCommas(prose: string, sentenceWords: readonly Word[], preposition: number, object: Span): boolean {
  if (!/^\s*,/.test(prose.slice(object.end))) return false;
  for (let opening = preposition; opening > 0 && preposition - opening <= PHRASE_WORDS_BEFORE_OBJECT; opening--) {
    const gap = prose.slice(sentenceWords[opening - 1].end, sentenceWords[opening].start);
    if (/,\s*$/.test(gap)) return opening === preposition || OPENING_PREPOSITIONS.has(sentenceWords[opening].norm);
    if (/[^\s-]/.test(gap)) return false;
  }
  return false;
}

/** Most words a phrase set off by commas opens with before the preposition of its object: "after about three hours". */
const PHRASE_WORDS_BEFORE_OBJECT = 4;

/** Most words of a time before "before" or "after" opening a sentence: "Just a day before", "Two hours after". */
const COUNTED_TIME_WORDS = 3;

/** The sentence opens with a time counted from an event: "A day before receiving Blinken, …", "Hours after meeting Xi, …". */
function opensWithTimeCounted(sentenceWords: readonly Word[]): boolean {
  const relation = sentenceWords.findIndex((word, k) => k <= COUNTED_TIME_WORDS && (word.norm === 'before' || word.norm === 'after'));
  return relation > 0 && sentenceWords.slice(0, relation).every((word) => TIME_LEAD_INS.has(singular(word.norm)) || isNumberWord(word.norm) || /^\d/.test(word.norm) || ARTICLES.has(word.norm));
}

/** Capitalised words, figures and punctuation, then a dash: "Sunday, June 18 — ". */
const LABEL_BEFORE_DASH = /^(?:[^\p{L}—–]|\p{Lu}\p{Ll}*(?!\p{L}))*[—–][ \t]*/u;

/** Words opening a clause put before the main one: "When he landed, Blinken …". */
const SUBORDINATORS = new Set(['when', 'while', 'as', 'after', 'before', 'once', 'since', 'until', 'till', 'although', 'though', 'if', 'because', 'whenever', 'whereas', 'unless']);

/** How many words of a title may stand between a participle and its object: "meeting Microsoft co-founder". */
const OBJECT_TITLE_WORDS = 4;

/** A word of a title before a name: capitalised, a title word, or part of a hyphenated compound ("co-founder"). */
function describesObject(prose: string, word: Word): boolean {
  return isCapitalizedWord(prose, word) || isTitleWord(word.norm) || prose[word.start - 1] === '-' || prose[word.end] === '-';
}

/**
 * Prepositions of company or address in a phrase put first: "Standing beside X, he …", "Speaking to X, she …"; and
 * of the agent of a passive participle: "before being received by Xi, he …".
 */
const BESIDE_PREPOSITIONS = new Set(['with', 'beside', 'alongside', 'to', 'by']);

/** Adverbs of sequence that may lead into phrases before a sentence's subject: "Then, on Monday, before his …". */
export const SEQUENCE_ADVERBS = new Set(['then', 'later', 'next', 'finally', 'afterwards', 'afterward', 'meanwhile', 'earlier', 'first']);

/** What may stand before a quoted claim that is its whole sentence: markup, and a one-word label ("**Claim: "). */
const QUOTED_CLAIM_BEFORE = /^[\s*_]*(?:\p{L}+[\s*_]*:[\s*_]*)?$/u;

/** The colon after a one-word label opening a sentence, markup around it: "**Music:** ", "Update: ". */
const LABEL_GAP = /^[*_]{0,2}:[*_]{0,2}[ \t]+$/;

/** Prepositions opening a phrase before a sentence's subject: "During his journey Blinken …". */
const OPENING_PREPOSITIONS = new Set(['during', 'on', 'in', 'after', 'before', 'at', 'throughout', 'over', 'for', 'upon', 'since']);

/**
 * Where the sentence names, by two or more capitalised words, someone the reference does not know ("Richard
 * Nixon arrived", "When Richard Nixon arrived"): not a title, a determiner's phrase ("The Great Hall"), a common
 * word capitalised at the start, a day or a month ("Monday, June 19"), a name the reference knows, nor a
 * misspelling of one ("Anthony Blinkin").
 */
function unknownNames(analysis: DocumentAnalysis, reference: ReferenceIndex, sentenceWords: readonly Word[]): Span[] {
  const { prose } = analysis.doc;
  const names: Span[] = [];
  for (let i = 0; i < sentenceWords.length; i++) {
    let end = i;
    // A name never runs across a comma, a colon or a bracket: "… went to China, Janet Yellen stayed".
    while (end < sentenceWords.length && isCapitalizedWord(prose, sentenceWords[end]) && (end === i || !NAME_BREAK.test(prose.slice(sentenceWords[end - 1].end, sentenceWords[end].start)))) end++;
    // A common word capitalised only because it starts the sentence ("When Richard Nixon …") is no part of a name
    // (looked up last: the dictionary is a large table), unless one word that is no common word follows it: a
    // given name that is also a word, or an opener before a surname ("John Kerry met …", "When Nixon arrived").
    const first = i === 0 && end >= 2 && !startsMention(analysis, sentenceWords[0]) && isCommonWord(sentenceWords[0].norm) && (end > 2 || !mayBeSurname(sentenceWords[0], sentenceWords[1])) ? 1 : i;
    if (end - first >= 2 && !namesCountry(sentenceWords, first, end) && !(first === 0 && speakerLabel(prose, sentenceWords, end)) && isUnknownName(analysis, reference, sentenceWords.slice(first, end))) names.push({ start: sentenceWords[first].start, end: sentenceWords[end - 1].end });
    // The word that ended the run is lower-case, or opens the next run after a break.
    i = end > i && end < sentenceWords.length && isCapitalizedWord(prose, sentenceWords[end]) ? end - 1 : end;
  }
  return names;
}

const NAME_BREAK = /[,;:()[\]—–"“”!?]/;

/** The sentence opens with a transcript's label for a speaker's turn, in capitals before a colon: "CO-HOST:", "NEWS ANCHOR:". */
function speakerLabel(prose: string, sentenceWords: readonly Word[], end: number): boolean {
  const label = prose.slice(sentenceWords[0].start, sentenceWords[end - 1].end);
  return label === label.toUpperCase() && prose[sentenceWords[end - 1].end] === ':';
}

/** The run of words from `first` to `end` names a country, alone or with "of" and the word after it ("People's Republic of China"). */
function namesCountry(sentenceWords: readonly Word[], first: number, end: number): boolean {
  const run = sentenceWords.slice(first, end).map((word) => word.norm).join(' ');
  const of = sentenceWords[end]?.norm === 'of' && sentenceWords[end + 1] ? `${run} of ${sentenceWords[end + 1].norm}` : undefined;
  return countryNamed(run) !== undefined || (of !== undefined && countryNamed(of) !== undefined);
}

/**
 * "Foreign Minister Qing Gang hosted Blinken", "Blinkin met Xi": a name of one to three words, titles aside, that
 * misspells one person's (as name-misspelled reads it: a lone word only as a long surname) refers to that person.
 */
function misspeltRefs(analysis: DocumentAnalysis, reference: ReferenceIndex, sentenceWords: readonly Word[]): EntityRef[] {
  const { prose } = analysis.doc;
  const found: EntityRef[] = [];
  // Written as loops over indexes: this runs for every sentence read, and most have no such run.
  for (let i = 0; i < sentenceWords.length; i++) {
    if (!isCapitalizedWord(prose, sentenceWords[i])) continue;
    let end = i + 1;
    while (end < sentenceWords.length && isCapitalizedWord(prose, sentenceWords[end]) && !NAME_BREAK.test(prose.slice(sentenceWords[end - 1].end, sentenceWords[end].start))) end++;
    let first = i;
    // Titles before the name (a country's adjective opening them: "Chinese Foreign Minister Qing Gang"), and a common
    // word capitalised only because it opens the sentence.
    while (first < end && (isTitleWord(sentenceWords[first].norm) || (first < end - 1 && countryOfDemonym(prose.slice(sentenceWords[first].start, sentenceWords[first].end)) !== undefined && isTitleWord(sentenceWords[first + 1].norm)) || (first === 0 && isCommonWord(sentenceWords[first].norm)))) first++;
    i = end - 1;
    if (end === first || end - first > 3) continue;
    let known = false;
    for (let k = first; k < end && !known; k++) known = startsMention(analysis, sentenceWords[k]) || isCalendarName(sentenceWords[k].norm);
    if (known) continue;
    const matcher = nameMatcherFor(reference);
    // A lone word: a long surname misspelt ("Blinkin met Xi"), not an ordinary word.
    const lone = end - first === 1 ? stripPossessive(sentenceWords[first].norm) : undefined;
    if (lone !== undefined && (isCommonWord(lone) || !matcher.mayBeNearSurname(lone))) continue;
    const matches = lone !== undefined ? matcher.nearSurnames(lone) : matcher.nearFullNames(sentenceWords.slice(first, end).map((word) => stripPossessive(word.norm)));
    const person = matches[0]?.form.person.id;
    if (person !== undefined && matches.every((match) => match.form.person.id === person)) {
      found.push({ start: sentenceWords[first].start, end: sentenceWords[end - 1].end, id: person, person: true, via: 'name' });
    }
  }
  return found;
}

/** After a sentence's first word, a word that may be a surname: no common word, no day or month, not after a preposition ("In Beijing"). */
function mayBeSurname(opener: Word, word: Word): boolean {
  return !OPENING_PREPOSITIONS.has(opener.norm) && !PLACE_PREPOSITIONS.has(opener.norm) && !NO_GIVEN_NAMES.has(opener.norm) && !isAdverbOfWord(opener.norm) && !isCalendarName(word.norm) && !isCommonWord(word.norm);
}

/** An adverb made of a word with "-ly" ("Partly Covid", "Finally Beijing"): no given name (not "Kelly", "Holly"). */
function isAdverbOfWord(norm: string): boolean {
  return norm.length > 4 && norm.endsWith('ly') && isCommonWord(norm.slice(0, -2));
}

/** Words opening a sentence that are never a given name: "The Bali summit", "This Beijing visit". */
const NO_GIVEN_NAMES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Every word of the source article (possessives stripped), once per reference set. */
export const articleWords = oncePer((reference: ReferenceIndex) => new Set(words(reference.loaded.articleText).map((word) => stripPossessive(word.norm))));

const PLACE_PREPOSITIONS = new Set(['from', 'to', 'with', 'by', 'of', 'under', 'across', 'near', 'outside', 'inside', 'beyond', 'around', 'within']);

function startsMention(analysis: DocumentAnalysis, word: Word): boolean {
  return analysis.mentions[firstStartingAt(analysis.mentions, word.start)]?.start === word.start;
}

function isUnknownName(analysis: DocumentAnalysis, reference: ReferenceIndex, run: readonly Word[]): boolean {
  // Cheapest first: most capitalised runs of a draft are names the reference knows.
  const mention = analysis.mentions[firstStartingAt(analysis.mentions, run[0].start)];
  if (mention && mention.start < run[run.length - 1].end) return false;
  const name = run.map((word) => stripPossessive(word.norm));
  if (name.some((word) => isTitleWord(word) || isCalendarName(word))) return false;
  return nameMatcherFor(reference).nearNames(name).length === 0;
}

/** The sentence's first two words are capitalised (or the second and third, after a common word). */
function opensWithCapitals(prose: string, sentenceWords: readonly Word[]): boolean {
  if (sentenceWords.length < 2 || !isCapitalizedWord(prose, sentenceWords[1])) return false;
  return isCapitalizedWord(prose, sentenceWords[0]) || (sentenceWords.length > 2 && isCapitalizedWord(prose, sentenceWords[2]));
}

function lastEndingBy(spans: readonly Span[], offset: number): Span | undefined {
  let last: Span | undefined;
  for (const span of spans) if (span.end <= offset) last = span;
  return last;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

/** Words after which a pronoun may stand for the subject before them: another clause starts ("Xi said Blinken had
 * seen him", "Blinken met Xi, who welcomed him"). */
const OBJECT_CLAUSE_OPENERS = new Set([...CLAUSE_OPENERS, 'that', 'as', 'if', 'to']);

/**
 * "Blinken met him": "him" in the clause whose subject is the person before it is someone else (it would be
 * "himself"), unless a verb of saying or another clause comes between ("Xi said Blinken had seen him").
 */
function objectOfOwnSubject(prose: string, sentenceWords: readonly Word[], ref: EntityRef, pronoun: Word): boolean {
  if (pronoun.norm !== 'him') return false;
  // "Jake Sullivan, Biden's adviser, met him": a description set off right after the name leaves it the subject.
  const between = prose.slice(ref.end, pronoun.start).replace(APPOSITIVE, '');
  if (/[,;:—–()]/.test(between)) return false;
  return !sentenceWords.some((w) => w.start >= ref.end && w.end <= pronoun.start && (OBJECT_CLAUSE_OPENERS.has(w.norm) || SPEECH_VERBS.has(w.norm)));
}

const APPOSITIVE = /^\s*,[^,;:—–()]*,/;

function hasPronoun(reference: ReferenceIndex, ref: EntityRef, pronoun: string): boolean {
  return ref.person && reference.person(ref.id)?.pronoun === pronoun;
}

interface UniqueTitle {
  /** The title's words. */
  parts: string[];
  /** The person holding it. */
  id: string;
  /** Its place among the set's unique titles (findings come out in that order). */
  order: number;
}

/** The unique titles by their first word, once per reference set. */
const uniqueTitlesByFirstWord = oncePer((reference: ReferenceIndex): Map<string, UniqueTitle[]> => {
  const byFirstWord = new Map<string, UniqueTitle[]>();
  for (const [order, [key, id]] of [...uniqueTitles(reference)].entries()) {
    const parts = key.split(' ');
    byFirstWord.set(parts[0], [...(byFirstWord.get(parts[0]) ?? []), { parts, id, order }]);
  }
  return byFirstWord;
});

/**
 * Titles only one person currently holds ("secretary of state", "CIA chief"), two words or more, by key; a title held
 * for a country with the country's adjective or code before it too ("the American president", "the US president").
 */
function uniqueTitles(reference: ReferenceIndex): Map<string, string> {
  const holders = new Map<string, Set<string>>();
  for (const person of reference.loaded.set.people) {
    for (const role of person.roles) {
      if (role.former) continue;
      const country = role.organization ? countryNamed(role.organization) : undefined;
      // ("China's leader" for "Chinese leader": a title opening with the country's adjective, the country's possessive for it.)
      const demonymFirst = country && phraseKey(role.title).startsWith(`${phraseKey(country.demonym)} `) ? role.title.slice(country.demonym.length).trim() : undefined;
      const written = country ? [role.title, `${role.organization} ${role.title}`, `${country.demonym} ${role.title}`, ...(demonymFirst ? [`${role.organization} ${demonymFirst}`] : [])] : [role.title];
      for (const title of written) {
        const key = phraseKey(title);
        if (key.split(' ').length >= 2) holders.set(key, (holders.get(key) ?? new Set()).add(person.id));
      }
    }
  }
  return new Map([...holders].filter(([, ids]) => ids.size === 1).map(([key, ids]) => [key, [...ids][0]]));
}

/**
 * "Staff traveling with the secretary said he …": the head word of a title the document's subject holds, after "the",
 * stands for the subject, unless someone else holding a title with that head is named in the sentence or just before.
 * When the subject holds no such title ("Xi" named most), it stands for the one person named before it who does.
 */
function subjectByTitleHead(analysis: DocumentAnalysis, reference: ReferenceIndex, sentenceWords: readonly Word[], refs: readonly EntityRef[], before: readonly EntityRef[]): EntityRef | undefined {
  const headsByPerson = titleHeads(reference);
  const holds = (id: string, head: string) => headsByPerson.get(id)?.has(head) ?? false;
  const { prose } = analysis.doc;
  for (let k = 1; k < sentenceWords.length; k++) {
    if (sentenceWords[k - 1].norm !== 'the') continue;
    const word = sentenceWords[k];
    const head = stripPossessive(word.norm);
    if (!heldTitleHeads(reference).has(head) || insideQuotation(analysis, word.start) || refs.some((ref) => within(word, ref))) continue;
    // "the secretary of defense", "the secretary-general", "the secretary Antony Blinken": another title, or a name's.
    const next = sentenceWords[k + 1];
    if (prose[word.end] === '-' || (next && /^\s+$/.test(prose.slice(word.end, next.start)) && (next.norm === 'of' || next.norm === 'general' || isCapitalizedWord(prose, next)))) continue;
    const holder = analysis.subject && holds(analysis.subject, head) ? analysis.subject : (onlyHolderNamedBefore(analysis, word, (id) => holds(id, head)) ?? analysis.holdersNamed?.get(head));
    if (!holder) continue;
    const holdsToo = (ref: EntityRef) => ref.person && ref.id !== holder && holds(ref.id, head);
    if (refs.some(holdsToo) || before.some(holdsToo)) return undefined;
    return { start: word.start, end: word.end, id: holder, person: true, via: 'title' };
  }
  return undefined;
}

/** Every head word of a current title someone in the reference holds. */
const heldTitleHeads = oncePer((reference: ReferenceIndex): Set<string> => new Set([...titleHeads(reference).values()].flatMap((heads) => [...heads])));

/** The one person named by name before `word` (outside quotations) of whom `holds` is true; none if two are. */
function onlyHolderNamedBefore(analysis: DocumentAnalysis, word: Word, holds: (id: string) => boolean): string | undefined {
  let holder: string | undefined;
  for (const mention of analysis.mentions) {
    if (mention.start >= word.start) break;
    if (mention.entity.kind !== 'person' || !holds(mention.entity.id) || insideQuotation(analysis, mention.start)) continue;
    if (holder !== undefined && holder !== mention.entity.id) return undefined;
    holder = mention.entity.id;
  }
  return holder;
}

/**
 * By the head word of a current title, the one person of `named` who holds such a title: whom "the Secretary" stands
 * for paragraphs after the only secretary named ("1. … Secretary Antony Blinken's meetings … ¶ … ¶ 6. …, the Secretary
 * spoke by telephone …").
 */
export function soleHoldersNamed(reference: ReferenceIndex, named: Iterable<string>): Map<string, string> {
  const holders = new Map<string, string | null>();
  for (const id of named) {
    for (const head of titleHeads(reference).get(id) ?? []) holders.set(head, holders.has(head) ? null : id);
  }
  return new Map([...holders].filter((entry): entry is [string, string] => entry[1] !== null).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Words before a title's head that make it another rank: "vice president", "deputy secretary". */
const OTHER_RANK = new Set(['vice', 'deputy', 'assistant', 'associate', 'acting', 'under', 'former', 'ex']);

/** By person, the head words of their current titles: "secretary" of "secretary of state" and of "Defense Secretary". */
const titleHeads = oncePer((reference: ReferenceIndex): Map<string, Set<string>> => {
  const heads = new Map<string, Set<string>>();
  for (const person of reference.loaded.set.people) {
    for (const role of person.roles) {
      if (role.former) continue;
      const parts = words(role.title).map((word) => word.norm);
      const of = parts.indexOf('of');
      const head = of > 0 ? of - 1 : parts.length - 1;
      if (parts.length < 2 || head > 2 || parts.slice(0, head).some((part) => OTHER_RANK.has(part))) continue;
      (heads.get(person.id) ?? heads.set(person.id, new Set()).get(person.id)!).add(parts[head]);
    }
  }
  return heads;
});

/** "the secretary of state", "China's CIA chief": a title used in place of the name (not followed by one). */
function titleRefs(prose: string, sentenceWords: readonly Word[], titles: Map<string, UniqueTitle[]>, names: readonly EntityRef[], strangers: () => readonly Span[]): EntityRef[] {
  const found: { ref: EntityRef; order: number }[] = [];
  for (let i = 0; i < sentenceWords.length; i++) {
    // Titles have two words or more: the first is possessive only as a country's ("China's top diplomat").
    const startingHere = titles.get(sentenceWords[i].norm) ?? titles.get(countrysPossessive(sentenceWords[i].norm) ?? '');
    if (!startingHere) continue;
    for (const { parts, id, order } of startingHere) {
      if (i + parts.length > sentenceWords.length) continue;
      // "the secretary of state's meeting": the title's last word may be possessive.
      if (!titleAt(sentenceWords, i, parts)) continue;
      const end = sentenceWords[i + parts.length - 1].end;
      if (names.some((name) => name.start >= end && /^\s*$/.test(prose.slice(end, name.start)))) continue;
      if (someoneElsesTitle(prose, sentenceWords, i, i + parts.length, strangers, names)) continue;
      found.push({ ref: { start: sentenceWords[i].start, end, id, person: true, via: 'title' }, order });
    }
  }
  // Title by title (then by position): references at one place keep this order through the later sort by position.
  return found.length === 0 ? [] : found.sort((a, b) => a.order - b.order).map(({ ref }) => ref);
}

/**
 * The title at words `from` to `to` is not the reference holder's: a past one ("the former secretary of state", "the
 * last secretary of state"),
 * or one given to a name the reference does not know, before it ("Secretary of State John Kerry") or after it
 * ("Henry Kissinger, the secretary of state in 1973,"), or set after a name it does know, which it describes, rightly
 * or not ("Wang Yi, China's foreign minister,": a title-mismatch, not Qin Gang named).
 */
function someoneElsesTitle(prose: string, sentenceWords: readonly Word[], from: number, to: number, strangers: () => readonly Span[], names: readonly EntityRef[]): boolean {
  // "the last (American) secretary of state to visit" is the one before the holder.
  const nationality = sentenceWords[from - 1] && isCapitalizedWord(prose, sentenceWords[from - 1]) && !ANY_HOLDER.has(sentenceWords[from - 1].norm) && !ARTICLES.has(sentenceWords[from - 1].norm) ? 1 : 0;
  if (PAST.has(sentenceWords[from - 1]?.norm ?? '') || sentenceWords[from - 1 - nationality]?.norm === 'last') return true;
  // "the Japanese foreign minister" of a Brazilian one: with the holder's own country before it, the title is matched
  // from the country's word on (see uniqueTitles).
  if (nationality && countryNamed(sentenceWords[from - 1].norm)) return true;
  // "a secretary of state", "any secretary of state": whoever holds it, not the holder the reference names (but
  // "the first time a secretary of state has …" counts the holder among them).
  const firstBefore = sentenceWords.slice(Math.max(0, from - 1 - nationality - FIRST_REACH), from - 1 - nationality).some((word) => word.norm === 'first');
  if (ANY_HOLDER.has(sentenceWords[from - 1 - nationality]?.norm ?? '') && !firstBefore) return true;
  const next = sentenceWords[to];
  if (next && isCapitalizedWord(prose, next) && !isCalendarName(next.norm) && /^\s+$/.test(prose.slice(sentenceWords[to - 1].end, next.start))) return true;
  const opener = ARTICLES.has(sentenceWords[from - 1]?.norm ?? '') ? from - 1 : from;
  const before = sentenceWords[opener - 1];
  // ("In a meeting with Bill Gates, the Chinese leader said …": a verb of saying right after the title makes it the
  // subject after a phrase put first, not a description of the name before it.)
  const subject = next !== undefined && SPEECH_VERBS.has(next.norm) && /^\s+$/.test(prose.slice(sentenceWords[to - 1].end, next.start));
  return before !== undefined && !subject && /^,\s+$/.test(prose.slice(before.end, sentenceWords[opener].start)) && isCapitalizedWord(prose, before) && (strangers().some((name) => name.end === before.end) || names.some((name) => name.person && name.via === 'name' && name.end === before.end));
}

const ANY_HOLDER = new Set(['a', 'an', 'any', 'another', 'no', 'every', 'each']);
/** Words before "a" that "first" may stand: "the first visit by a …", "the first time a …". */
const FIRST_REACH = 3;

/** Whether the title's words are written from word `at` on, the last one possibly possessive, the first possibly a country's. */
function titleAt(sentenceWords: readonly Word[], at: number, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) {
    const norm = sentenceWords[at + k].norm;
    if ((k === parts.length - 1 ? stripPossessive(norm) : norm) !== parts[k] && (k > 0 || countrysPossessive(norm) !== parts[k])) return false;
  }
  return true;
}

/** The country of a possessive naming one ("china" of "china's"), else undefined. */
export function countrysPossessive(norm: string): string | undefined {
  const bare = stripPossessive(norm);
  return bare !== norm && countryNamed(bare) !== undefined ? bare : undefined;
}

/** "Sunday and Monday", "June 18 and 19": an "and" between two days joins one set of dates. */
function isDayOrMonth(word: Word | undefined): boolean {
  return word !== undefined && (isCalendarName(word.norm) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(word.norm));
}

/** The comma at `at` is a date's own: "Tuesday, June 20", "June 20, 2023". */
function insideDate(clauseWords: readonly Word[], at: number): boolean {
  const next = firstStartingAt(clauseWords, at);
  const before = clauseWords[next - 1];
  const after = clauseWords[next];
  if (!before || !after || before.end !== at) return false;
  return (isCalendarName(before.norm) && isDayOrMonth(after)) || (isDayOrMonth(before) && !isCalendarName(before.norm) && /^\d{4}$/.test(after.norm));
}

/** Words of a title that may stand between "and" and the name after it ("Biden and President Xi"). */
const TITLE_WORDS_BEFORE_NAME = 2;

/**
 * "between Joe Biden and Xi Jinping", "Blinken and his counterpart Qin Gang": an "and" joining two people (or
 * organisations) joins the parts of one phrase, which says what both did; the "and" of a new part follows
 * something else ("met Qin on Sunday and Xi on Monday").
 */
function joinsTwoReferences(refs: readonly EntityRef[], before: Word, after: readonly Word[]): boolean {
  return refs.some((ref) => ref.end === before.end) && after.some((word) => refs.some((ref) => ref.start === word.start));
}

const HARD_BOUNDARY = /[;:()[\]—]|\s[–-]\s/g;

function splitClauses(prose: string, sentence: Span): Span[] {
  const text = prose.slice(sentence.start, sentence.end);
  const clauses: Span[] = [];
  let start = 0;
  HARD_BOUNDARY.lastIndex = 0;
  for (let m = HARD_BOUNDARY.exec(text); m; m = HARD_BOUNDARY.exec(text)) {
    // "10:30" is a time, not a boundary.
    if (m[0] === ':' && /\d/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index + 1] ?? '')) continue;
    if (m.index > start) clauses.push({ start: sentence.start + start, end: sentence.start + m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) clauses.push({ start: sentence.start + start, end: sentence.end });
  return clauses;
}

/** Words an aside set off by dashes may have and still be a phrase added to its clause. */
const LONGEST_JOINED_ASIDE = 8;

/**
 * "The flight — a 14-hour trans-Pacific journey — gave Blinken time": a short aside between two dashes that names no
 * one adds to the clause around it, as it would between commas, so the clause's people are the aside's. (Not one in
 * brackets: "… in March (wire reports, 2023)" is a citation, not part of the clause.)
 */
function withNamelessAsidesJoined(prose: string, clauses: Span[], sentenceWords: readonly Word[], refs: readonly EntityRef[]): Span[] {
  const joined: Span[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const aside = clauses[i];
    const after = clauses[i + 1];
    const previous = joined[joined.length - 1];
    const opening = previous && prose.slice(previous.end, aside.start).trim();
    const closing = after && prose.slice(aside.end, after.start).trim();
    const paired = opening === '—' && closing === '—';
    const words = sentenceWords.filter((word) => within(word, aside)).length;
    if (!paired || words === 0 || words > LONGEST_JOINED_ASIDE || refs.some((ref) => within(ref, aside))) {
      joined.push(aside);
      continue;
    }
    joined[joined.length - 1] = { start: previous.start, end: after.end };
    i++;
  }
  return joined;
}

/** Words placing something in a series: "the second and final day". */
const ORDER_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'final', 'only', 'next', 'latest']);

/** Words a time may open with: "two", "2023", "Monday", "June", "just an hour", "about three". */
const TIME_OPENERS = new Set(['a', 'an', 'just', 'only', 'barely', 'scarcely', 'about', 'roughly', 'nearly', 'almost', 'around', 'late', 'early', 'mid']);

function startsTime(word: Word | undefined): boolean {
  return word !== undefined && (TIME_OPENERS.has(word.norm) || /^\d/.test(word.norm) || isNumberWord(word.norm) || isCalendarName(word.norm));
}

function splitSegments(prose: string, clause: Span, sentenceWords: readonly Word[], refs: readonly EntityRef[]): Span[] {
  const cuts: number[] = [];
  const clauseWords = sentenceWords.filter((w) => w.start >= clause.start && w.end <= clause.end);
  for (let i = clause.start; i < clause.end; i++) if (prose[i] === ',' && !insideDate(clauseWords, i)) cuts.push(i);
  clauseWords.forEach((word, i) => {
    // "A session with Wang Yi is followed by a meeting with Xi": what comes after is another event.
    if (i > 0 && SEQUENCE_PARTICIPLES.has(word.norm) && clauseWords[i + 1]?.norm === 'by') {
      cuts.push(PASSIVE_AUXILIARIES.has(clauseWords[i - 1].norm) && i > 1 ? clauseWords[i - 1].start : word.start);
      return;
    }
    if (i === 0 || !CLAUSE_OPENERS.has(word.norm)) return;
    const before = singular(clauseWords[i - 1].norm);
    if (/^(?:before|after|until|since)$/.test(word.norm) && (TIME_LEAD_INS.has(before) || /^\d/.test(before))) return;
    // "did not confirm it until two hours before …", "until Monday": a time the verb before it is told at.
    if ((word.norm === 'until' || word.norm === 'till') && startsTime(clauseWords[i + 1])) return;
    if (word.norm === 'and' && clauseWords[i + 1]?.norm === 'a' && clauseWords[i + 2]?.norm === 'half') return;
    if (word.norm === 'and' && isDayOrMonth(clauseWords[i - 1]) && isDayOrMonth(clauseWords[i + 1])) return;
    // "the second and final day", "his first and only visit": two words placing one thing in order.
    if (word.norm === 'and' && ORDER_WORDS.has(before) && ORDER_WORDS.has(clauseWords[i + 1]?.norm ?? '')) return;
    if (word.norm === 'and' && joinsTwoReferences(refs, clauseWords[i - 1], clauseWords.slice(i + 1, i + 1 + TITLE_WORDS_BEFORE_NAME + 1))) return;
    cuts.push(word.start);
  });
  cuts.sort((a, b) => a - b);
  const segments: Span[] = [];
  let start = clause.start;
  for (const cut of [...cuts, clause.end]) {
    if (cut > start) segments.push({ start, end: cut });
    start = prose[cut] === ',' ? cut + 1 : cut;
  }
  return withAsidesJoined(segments, clauseWords, refs);
}

/** "followed by", "preceded by": what comes after is another event. */
export const SEQUENCE_PARTICIPLES = new Set(['followed', 'preceded']);
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been']);

/** Words opening a phrase that only adds who took part: "talks, with Qin Gang, came on Saturday". */
const COMPANION_OPENERS = new Set(['with', 'alongside', 'meeting', 'telling', 'speaking', 'talking']);
/** Of those, the ones that are an event of their own, so add to the part before them at the clause's end too. */
const COMPANION_EVENTS = new Set(['meeting', 'telling', 'speaking', 'talking']);

/**
 * Parts between commas that only add to the parts around them, which are then one part:
 * - who took part: a part that opens with "with", "alongside" or "meeting", or tells of an occasion with someone,
 *   and names someone ("Blinken's first round of talks, with Qin Gang, came on Saturday", "… eased tensions on
 *   Thursday, meeting Bill Gates", "Xi said on Thursday, in a meeting with Bill Gates, that …");
 * - who someone named is: "Blinken saw Wang Yi, China's top diplomat, for three hours on Sunday" (see describes).
 */
function withAsidesJoined(segments: Span[], clauseWords: readonly Word[], refs: readonly EntityRef[]): Span[] {
  const joined: Span[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const words = clauseWords.filter((word) => within(word, segment));
    const last = i + 1 === segments.length;
    const companion = i > 0 && opensCompanion(words, last) && refs.some((ref) => ref.person && within(ref, segment));
    // "Blinken's talks with Qin Gang, staged on Saturday, ran long": a participle telling that the event took place,
    // naming no one, between the event and its verb.
    const happened = i > 0 && !last && TOOK_PLACE.has(words[0]?.norm ?? '') && !refs.some((ref) => within(ref, segment));
    // "… opened with a session, nearly six hours, with Qin Gang": a length set between commas inside a phrase.
    const measured = i > 0 && !last && isMeasure(words);
    // "… for a marathon, nearly four-hour session": a length's compound and its noun after a comma, ending the noun
    // phrase opened before it.
    const compound = i > 0 && endsNounPhraseWithLength(words, clauseWords.filter((word) => within(word, joined[joined.length - 1])));
    // "… and not, as one aggregator had it, at the end of a three-day visit": whose account it is, set between commas.
    const source = i > 0 && !last && isSourceAside(words);
    if (!companion && !happened && !measured && !compound && !source && !(i > 0 && (describes(words, joined[joined.length - 1], clauseWords, refs) || names(words, joined[joined.length - 1], clauseWords, refs)))) {
      joined.push({ ...segment });
      continue;
    }
    const previous = joined[joined.length - 1];
    previous.end = last ? segment.end : segments[++i].end;
  }
  return joined;
}

/** Words opening an occasion: "in a meeting with Bill Gates", "during talks with Qin Gang". */
const OCCASION_OPENERS = new Set(['in', 'at', 'during']);

/** The part opens with "with", "alongside", "meeting" or talking to someone, or tells of an occasion with someone. */
function opensCompanion(words: readonly Word[], last: boolean): boolean {
  const first = words[0]?.norm;
  if (first === undefined) return false;
  // At the end only "meeting X" or "telling X", itself the event: "… Friday 15 March, with Duarte" keeps its
  // bare date.
  if (COMPANION_OPENERS.has(first)) return !last || COMPANION_EVENTS.has(first);
  return OCCASION_OPENERS.has(first) && words.slice(1, MAX_OCCASION_WORDS + 1).some((word) => word.norm === 'with');
}

/** Words a length may take besides its number and unit: "nearly six hours", "a little over an hour". */
const MEASURE_WORDS = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'around', 'just', 'over', 'under', 'more', 'less', 'than', 'close', 'to', 'a', 'an', 'half', 'and', 'little']);
const MEASURE_UNITS = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);

/** The words are a length and nothing else: "nearly six hours", "some 20 hours", "three and a half hours". */
function isMeasure(words: readonly Word[]): boolean {
  const counted = words.some((word) => isNumberWord(word.norm) || /^\d/.test(word.norm) || word.norm === 'an' || word.norm === 'a');
  return counted && words.some((word) => MEASURE_UNITS.has(singular(word.norm))) && words.every((word) => MEASURE_WORDS.has(word.norm) || MEASURE_UNITS.has(singular(word.norm)) || isNumberWord(word.norm) || /^\d+(?:\.\d+)?$/.test(word.norm));
}

/**
 * The words only say whose account it is: "as one aggregator had it", "as the BBC reported", "as Reuters put it",
 * "according to a US official".
 */
function isSourceAside(words: readonly Word[]): boolean {
  const last = words.at(-1)?.norm ?? '';
  if (words.length > SOURCE_ASIDE_WORDS) return false;
  return (words[0]?.norm === 'as' && (last === 'it' || SPEECH_VERBS.has(last) || last === 'reported')) || (words[0]?.norm === 'according' && words[1]?.norm === 'to' && words.length > 2);
}

/** Most words of an aside saying whose account it is: "as one wire aggregator had it". */
const SOURCE_ASIDE_WORDS = 7;

/**
 * The words are a length written as a compound ("nearly four-hour") and one or two words for what it measures, and
 * the words before them end in an article and a word or two ("a marathon"): one noun phrase, its describing words set
 * apart by a comma.
 */
function endsNounPhraseWithLength(words: readonly Word[], before: readonly Word[]): boolean {
  const unit = words.findIndex((word, k) => k > 0 && MEASURE_UNITS.has(singular(word.norm)) && words[k - 1].end + 1 === word.start);
  const after = words.length - unit - 1;
  const article = before.slice(-3, -1).some((word) => word.norm === 'a' || word.norm === 'an');
  return unit > 0 && after >= 1 && after <= 2 && isMeasure(words.slice(0, unit + 1)) && article;
}

/** Participles telling that an event took place: "staged on Saturday", "played out over six hours". */
const TOOK_PLACE = new Set(['held', 'staged', 'played', 'carried', 'conducted', 'convened', 'hosted']);

/** Words an occasion may take before its "with": "during his nearly six-hour session with". */
const MAX_OCCASION_WORDS = 7;

/**
 * The part is only the name of the one a word for a person just before it describes: "his predecessor, Mike Pompeo,
 * made …", "the foreign minister, Qin Gang, …" (not a list of names: "Wang Yi, Qin Gang and Xi").
 */
function names(words: readonly Word[], previous: Span, clauseWords: readonly Word[], refs: readonly EntityRef[]): boolean {
  const name = refs.find((ref) => ref.person && ref.via === 'name' && words.length > 0 && ref.start === words[0].start && ref.end === words[words.length - 1].end);
  const lastBefore = clauseWords.filter((word) => within(word, previous)).at(-1);
  return name !== undefined && lastBefore !== undefined && (TIE_WORDS.has(lastBefore.norm) || isTitleWord(lastBefore.norm)) && !refs.some((ref) => ref.via === 'name' && within(lastBefore, ref));
}

/** Words for someone by their tie or trade, which a name set off after them names: "his predecessor, Mike Pompeo". */
const TIE_WORDS = new Set(['predecessor', 'successor', 'counterpart', 'deputy', 'boss', 'host', 'guest', 'envoy', 'diplomat', 'official', 'aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson']);

/** Words opening a description of someone: "China's top diplomat", "the foreign minister", "his deputy". */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their']);
/** Longest description read as one: "the State Department's senior East Asia diplomat". */
const LONGEST_DESCRIPTION = 7;

/** The part only says who the person the previous part ends with is: "Wang Yi, China's top diplomat, …". */
function describes(words: readonly Word[], previous: Span, clauseWords: readonly Word[], refs: readonly EntityRef[]): boolean {
  if (words.length === 0 || words.length > LONGEST_DESCRIPTION) return false;
  if (!describesSomeone(words, DESCRIPTION_OPENERS) || words.some((word) => SPEECH_VERBS.has(word.norm))) return false;
  // A title may refer to the person it describes ("Duarte, Brazil's foreign minister,"); a name is someone else.
  if (refs.some((ref) => ref.person && ref.via === 'name' && words.some((word) => within(word, ref)))) return false;
  const lastBefore = clauseWords.filter((word) => within(word, previous)).at(-1);
  return lastBefore !== undefined && refs.some((ref) => ref.person && ref.via === 'name' && ref.end === lastBefore.end);
}
