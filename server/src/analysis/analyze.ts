// Everything the checks need to know about a document, read once per reference set (the reference-independent
// part once for all of them).
import type { Span } from '../checks/finding';
import type { Entity, ReferenceIndex } from '../reference/index';
import type { Person } from '../reference/types';
import { pushTo } from '../text/lists';
import { oncePer } from '../text/memo';
import { firstStartingAt, spansWithin } from '../text/spans';
import { phraseKey, type Word } from '../text/words';
import type { CalendarFields } from './dates';
import { attributeQuotations, type Attribution, type DescribedPeople } from './attribution';
import { readDocumentWords, readParts, type DocumentLanguage, type ProseDocument, type ProsePart } from './document';
import { findMentions, type Mention } from './mentions';
import { misspellsSpeaker } from './misspeltSpeaker';
import { nameMatcherFor } from './nameMatcher';
import { describesRole, titleParts } from './offices';
import { joinedQuoteParts } from './joinedQuotes';
import { findQuotations, type QuotationSpan } from './quotations';
import { creditedSpeakers, matchAsContinuation, matchByLeadIn, matchQuotation, quotationPieces, type QuoteMatch } from './quoteMatch';

export interface Quotation extends QuotationSpan {
  /** The words inside the quote marks. */
  words: Word[];
  attribution: Attribution;
  /** The reference quote these words are (exactly or nearly), if any. */
  match?: QuoteMatch;
}

export interface DocumentAnalysis {
  doc: ProseDocument;
  /** Every word of the prose, in order. */
  words: Word[];
  mentions: Mention[];
  quotations: Quotation[];
  /**
   * The person the document names most (the first named, on a tie): its main subject, whom a sentence naming
   * nobody ("It was postponed in January") is most likely about. A part of a document read alone is given the
   * whole document's (see engine.ts).
   */
  subject?: string;
  /** The date the document gives itself (see dateline.ts), from which "yesterday" and "last month" count. */
  dateline?: CalendarFields;
  /**
   * The dates the document's headline states (see headlineDatesOf), for a part of a document read alone: the time of
   * a paragraph stating none, under no heading of the part that does (see datesUpTo).
   */
  headline?: readonly CalendarFields[];
  /**
   * By the head word of a title ("secretary"), the one person the whole document names who holds such a title, for a
   * part of it read alone: "the secretary" far from any name (see soleHoldersNamed).
   */
  holdersNamed?: ReadonlyMap<string, string>;
  /**
   * The part of the text whose findings are wanted: all of it, or a window's own part when the rest is read only as
   * context (see engine.ts). Rules skip values outside it (see isReported).
   */
  reported: Span;
}

/** Whether findings about `span` are wanted: it overlaps the reported part. */
export function isReported(analysis: DocumentAnalysis, span: Span): boolean {
  const { reported } = analysis;
  return span.start < reported.end && reported.start < Math.max(span.end, span.start + 1);
}

/**
 * `compute`'s answer for the analysis's prose and reported part, from `table` (a map per prose, see oncePer) if it
 * was computed for this text and part before: for what the rules read from the prose alone (dates, numbers), every
 * reference set's analysis of a window shares its prose.
 */
export function readOncePerProse<T>(table: (doc: ProseDocument) => Map<string, T>, analysis: DocumentAnalysis, compute: () => T): T {
  const byPart = table(analysis.doc);
  const part = `${analysis.reported.start} ${analysis.reported.end}`;
  let value = byPart.get(part);
  if (value === undefined) {
    value = compute();
    byPart.set(part, value);
  }
  return value;
}

/** What no reference set changes about a text: its prose, words and parts, and its quotation marks. */
export interface ProseReading {
  doc: ProseDocument;
  words: Word[];
  parts: ProsePart[];
  spans: QuotationSpan[];
}

/** Reads the text's prose (see ProseReading): once for all the reference sets a text is checked against. */
export function readProse(text: string, language: DocumentLanguage, atDocumentStart = true): ProseReading {
  const { doc, words, parts } = readDocumentWords(text, language, atDocumentStart);
  return { doc, words, parts, spans: findQuotations(doc.prose, doc.blocks) };
}

/**
 * “Glaser was right: ‘There was zero chance of a breakthrough’,” he said.: the speaker quotes someone inside
 * their own words. When the inner quote marks hold exactly the words the alignment kept, and every word outside
 * them was added, the words around them are the speaker's own framing, not an alteration (and the inner words
 * are someone else's, so not the speaker's either): the quotation is left unmatched. A reference quote that
 * itself holds an inner quote keeps its match, and so does an inner quote with a word changed or dropped.
 */
function framesAQuote(prose: string, span: QuotationSpan, match: QuoteMatch | undefined): boolean {
  if (match?.kind !== 'altered') return false;
  const inner = /(?<=^|[\s:(—–-])[‘'][^‘’']+[’'](?=$|[\s,.;:!?)—–-])/.exec(prose.slice(span.start, span.end));
  if (!inner) return false;
  const start = span.start + inner.index;
  const end = start + inner[0].length;
  let outside = false;
  for (const { words: pieceWords, alignment } of match.pieces) {
    for (const op of alignment.ops) {
      // A dropped word, or a changed one inside the inner marks, is an alteration of the inner quote.
      if (op.draft === undefined) return false;
      const word = pieceWords[op.draft];
      const inside = word.start >= start && word.end <= end;
      if (inside !== (op.kind === 'equal')) return false;
      if (!inside) outside = true;
    }
  }
  return outside;
}

/**
 * Near-identical words put in someone else's mouth, by a confident attribution, are more likely another quote
 * than an altered one: such a quotation is left unmatched (unverified) rather than called altered or misattributed.
 */
function plausibleMatch(match: QuoteMatch | undefined, attribution: Attribution, text: string, reference: ReferenceIndex, wordCount: number): QuoteMatch | undefined {
  if (match?.kind !== 'altered') return match;
  // A few words that differ from a reference quote by a word ("better than expected") are a common phrase unless
  // the draft gives them to that quote's speaker.
  // Its speaker, or the body a spokesperson speaks for ("China's foreign ministry, through spokesman Wang Wenbin, …").
  const credited = creditedSpeakers(match, reference);
  // A pronoun that may stand for the speaker or for someone else named near ("Xi met Gates. …, he said, …") counts too.
  // So does the speaker's name misspelt ("Balakrishan said the trip “is important, but not sufficient”").
  const misspelt = (id: string) => misspellsSpeaker(text, attribution, id, reference);
  const givenToSpeaker = (attribution.confident && attribution.entity && credited.has(attribution.entity.id)) || (!attribution.confident && attribution.mayBe?.some((id) => credited.has(id))) || [...credited].some(misspelt);
  if ((wordCount < SHORT_QUOTATION_WORDS || match.weak) && !givenToSpeaker) return undefined;
  if (!attribution.confident || !attribution.entity) return match;
  // The right speaker with a misspelt name ("Wang Wenbing said … He went on: “…”") still says these words; so is
  // anyone given a long quote with a word or two changed: the same words, misattributed as well as altered.
  return credited.has(attribution.entity.id) || [...credited].some(misspelt) || nearlyWhole(match, wordCount) ? match : undefined;
}

/**
 * "“That is no small feat,” he admitted. “But if anyone can do it, …”": words too few to be judged altered alone are
 * the start of a reference quote when the quotation right after them, in their paragraph, goes on with its words
 * exactly, after theirs.
 */
function continuesQuote(span: QuotationSpan, found: QuoteMatch | undefined, next: QuotationSpan | undefined, nextMatch: QuoteMatch | undefined): boolean {
  if (found?.kind !== 'altered' || nextMatch?.kind !== 'exact' || !next || next.blockIndex !== span.blockIndex || nextMatch.quote !== found.quote) return false;
  return found.pieces[found.pieces.length - 1].alignment.refEnd <= nextMatch.pieces[0].alignment.refStart;
}

/** Quotations shorter than this are judged altered only when given to the reference quote's speaker. */
const SHORT_QUOTATION_WORDS = 4;
/** Agreeing words, and their least share of the quotation, that make an altered quote the same one whoever is named. */
const NEARLY_WHOLE = { words: 12, share: 0.85 };

function nearlyWhole(match: QuoteMatch, wordCount: number): boolean {
  const equal = match.pieces.reduce((n, piece) => n + piece.alignment.equal, 0);
  return !match.weak && equal >= NEARLY_WHOLE.words && equal >= NEARLY_WHOLE.share * wordCount;
}

/**
 * Who and what the text names (the first step of an analysis, which is all that counting names needs), from the
 * cached chunks alone.
 */
export function readMentions(text: string, language: DocumentLanguage, reference: ReferenceIndex, atDocumentStart = true): Mention[] {
  return findMentions(readParts(text, language, atDocumentStart), reference);
}

/** `atDocumentStart` is false for a part of a document read alone (see readDocument). */
export function analyzeDocument(text: string, language: DocumentLanguage, reference: ReferenceIndex, atDocumentStart = true): DocumentAnalysis {
  return analyzeProse(readProse(text, language, atDocumentStart), reference);
}

/**
 * The analysis of a text whose prose was read (see readProse), against one reference set; `mentions`, when the
 * text's names were read already (readMentions of the same text); `named`, whom the whole document names and how
 * often (by default, this text): its subject is whom it names most.
 */
export function analyzeProse(
  reading: ProseReading,
  reference: ReferenceIndex,
  mentions = findMentions(reading.parts, reference),
  named: ReadonlyMap<string, NameCount> = namedPeople(mentions, { start: 0, end: reading.doc.text.length }),
): DocumentAnalysis {
  const { doc, words: docWords, spans } = reading;
  const subject = mostNamed(named, reference.protagonist);
  const matcher = nameMatcherFor(reference);
  const attributions = attributeQuotations(
    doc,
    docWords,
    mentions,
    spans,
    (nameWords) => matcher.nearNames(nameWords).map((match) => match.form.person),
    peopleDescribed(reference),
    describableSubject(named, subject),
  );
  // The quote the words right before a short quotation lead into, in the article, when the draft gives it to its speaker.
  const leadInMatch = (span: QuotationSpan, quotationWords: readonly Word[], attribution: Attribution) => {
    if (!attribution.confident || !attribution.entity) return undefined;
    const first = firstStartingAt(docWords, span.open);
    const lead = docWords.slice(Math.max(0, first - LEAD_IN_READ), first).filter((word) => !/[.!?;:\n“”"]/.test(doc.prose.slice(word.end, span.open)));
    return matchByLeadIn(quotationWords, lead, attribution.entity.id, reference);
  };
  // ("“trip is essential,” Balakrishnan said, “but not enough.”": or the rest of the quote the quotation before in its paragraph gave.)
  const continuing = (span: QuotationSpan, quotationWords: readonly Word[], before: QuoteMatch | undefined, i: number) =>
    before && spans[i - 1].blockIndex === span.blockIndex ? matchAsContinuation(quotationWords, before) : undefined;
  const read: { quotationWords: Word[]; attribution: Attribution; found: QuoteMatch | undefined; joined: ReturnType<typeof joinedQuoteParts>; match: QuoteMatch | undefined }[] = [];
  for (const [i, span] of spans.entries()) {
    const quotationWords = spansWithin(docWords, span);
    const attribution = attributions[i];
    const credited = [...(attribution.entity ? [attribution.entity.id] : []), ...(attribution.mayBe ?? [])];
    const found = matchQuotation(quotationPieces(doc.prose, quotationWords, reference, span.open + 1), reference, credited) ?? leadInMatch(span, quotationWords, attribution) ?? continuing(span, quotationWords, read[i - 1]?.match, i);
    const joined = joinedQuoteParts(doc.prose, quotationWords, found, (partWords) => plausibleMatch(matchQuotation(quotationPieces(doc.prose, partWords, reference), reference, credited), attribution, doc.text, reference, partWords.length));
    read.push({ quotationWords, attribution, found, joined, match: plausibleMatch(found, attribution, doc.text, reference, quotationWords.length) });
  }
  const quotations = spans
    .flatMap((span, i): Quotation[] => {
      const { quotationWords, attribution, found, joined } = read[i];
      if (joined) return joined.map((part) => ({ ...span, start: part.words[0].start, end: part.words[part.words.length - 1].end, words: part.words, attribution, match: part.match }));
      const match = read[i].match ?? (continuesQuote(span, found, spans[i + 1], read[i + 1]?.match) ? found : undefined);
      return [{ ...span, words: quotationWords, attribution, match: framesAQuote(doc.prose, span, match) ? undefined : match }];
    })
    // A block quote with no quotation marks is a quotation only if it is a reference quote's words.
    .filter((quotation) => !quotation.unmarked || quotation.match);
  const whole = { start: 0, end: doc.text.length };
  return { doc, words: docWords, mentions, quotations, subject, reported: whole };
}

/** Words before a quotation read for the words the article has right before a quote (see matchByLeadIn). */
const LEAD_IN_READ = 2;

/** The people of the set by the last word of each of their roles' titles: a description is looked up by its words. */
const peopleByTitleEnd = oncePer((reference: ReferenceIndex): Map<string, Person[]> => {
  const byEnd = new Map<string, Person[]>();
  for (const person of reference.loaded.set.people) {
    for (const role of person.roles) for (const part of titleParts(role.title)) pushTo(byEnd, part.at(-1)!, person);
  }
  return byEnd;
});

/** Who a description of the draft may be, by the whole of a title or (`byHeadWord`) by one word of it. */
export const peopleDescribed = oncePer(
  (reference: ReferenceIndex): DescribedPeople =>
    (description, byHeadWord) =>
      byHeadWord ? (peopleByTitleWord(reference).get(description[0]) ?? []).map((person) => reference.entities.get(person.id)!) : describedPeople(reference, description),
);

/** The people of the set by each word of each of their roles' titles: "the spokesman" may be who a title ends with. */
const peopleByTitleWord = oncePer((reference: ReferenceIndex): Map<string, Person[]> => {
  const byWord = new Map<string, Person[]>();
  for (const person of reference.loaded.set.people) {
    for (const word of new Set(person.roles.flatMap((role) => phraseKey(role.title).split(' ')))) pushTo(byWord, word, person);
  }
  return byWord;
});

/** The people one of whose roles the description fits (see describesRole). */
function describedPeople(reference: ReferenceIndex, description: readonly string[]): Entity[] {
  const byEnd = peopleByTitleEnd(reference);
  const people = new Set(description.flatMap((word) => byEnd.get(word) ?? []));
  return [...people].filter((person) => person.roles.some((role) => describesRole(description, role))).map((person) => reference.entities.get(person.id)!);
}

/** How often a person is named, and where first. */
export interface NameCount {
  count: number;
  first: number;
}

/**
 * How often each person is named within `span`, and where first; a name in the document's headline counts as
 * HEADLINE_WEIGHT names, as the headline says whom the piece is about ("# Blinken in Beijing" over slides naming Xi
 * more often).
 */
export function namedPeople(mentions: readonly Mention[], span: Span, headline?: Span): Map<string, NameCount> {
  const named = new Map<string, NameCount>();
  for (const mention of spansWithin(mentions, span)) {
    if (mention.entity.kind !== 'person') continue;
    const weight = headline && mention.end <= headline.end ? HEADLINE_WEIGHT : 1;
    const entry = named.get(mention.entity.id);
    if (entry) entry.count += weight;
    else named.set(mention.entity.id, { count: weight, first: mention.start });
  }
  return named;
}

const HEADLINE_WEIGHT = 3;

/** The document's subject (see mostNamed), when it names them often enough for a description to stand for them ("the secretary said"). */
export function describableSubject(named: ReadonlyMap<string, NameCount>, subject: string | undefined): string | undefined {
  return subject !== undefined && named.get(subject)!.count >= DESCRIBED_SUBJECT_NAMED ? subject : undefined;
}

const DESCRIBED_SUBJECT_NAMED = 2;

/** The markdown document's headline: its first line, when that is a heading ("# Blinken in Beijing"). */
export function headlineOf(text: string, language: DocumentLanguage): Span | undefined {
  if (language !== 'markdown' || !/^#{1,2}[ \t]+\S/.test(text)) return undefined;
  const end = text.indexOf('\n');
  return { start: 0, end: end < 0 ? text.length : end };
}

/**
 * Whom the document names most: its subject. The reference set's protagonist (ReferenceIndex.protagonist) counts as
 * named half as often again: a piece about Blinken's trip told in the passive or through "the secretary" may name
 * Xi more often. (A factor, not a number added: in a short draft one name more or less decides.)
 */
export function mostNamed(named: ReadonlyMap<string, NameCount>, protagonist?: string): string | undefined {
  let best: (NameCount & { id: string }) | undefined;
  for (const [id, { count: times, first }] of named) {
    const count = id === protagonist ? times * PROTAGONIST_FACTOR : times;
    if (!best || count > best.count || (count === best.count && first < best.first)) best = { id, count, first };
  }
  return best?.id;
}

const PROTAGONIST_FACTOR = 1.5;
