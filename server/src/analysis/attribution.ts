// Who does the draft say spoke each quotation? A sieve of rules, most certain first (after Muzny et al. 2017):
//   1. the clause right after the quote: "…,” said X / X said / he added / the piece concluded;
//   2. the clause before it in the same sentence: X said: “…” / X told USA Today that “…” / according to X;
//      a possessive or a name before a colon ("X's verdict was bleak: “…”", "came from X: “…”");
//   3. a quote with no attribution of its own continues the previous quote's speaker (split quotes,
//      quotes in the paragraph after an attributed one).
// Pronouns resolve to the most recent compatible person; only unambiguous resolutions count as confident.
import { isNumberWord } from './numbers';
import type { Entity, NameForm } from '../reference/index';
import type { Person, Role } from '../reference/types';
import type { Span } from '../checks/finding';
import { dashJoined, isCapitalized, isCapitalizedWord, modifiesNoun, stripPossessive, type Word } from '../text/words';
import { countWhile, firstStartingAt, lastStartingAtOrBefore, spanAt, spansWithin } from '../text/spans';
import { headerCellOver, tableRow, type Block, type ProseDocument } from './document';
import type { Mention } from './mentions';
import { CREDIT_LABEL, SIGNATURE, type QuotationSpan } from './quotations';
import { isCommonWord } from './dictionary';
import { abbreviatedTitle, headClass, isTitleWord, PAST, readRole, wordBeforeTitle } from './offices';
import { countryNamed, countryOfDemonym } from '../text/countries';
import { disputesWhatCameBefore } from './disputes';
import { isAbbreviation } from './sentences';
import { isCalendarName } from '../text/calendar';
import { isNewsOutletName } from './newsOutlets';
import { AUDIENCE_NOUNS, butSettingRight, describesSomeone, GIVING_CUES, isDescriptionHead, opensWithOrder, OUTLET_CUES, PERSON_NOUNS, possessesTie, SPEECH_NOUNS, SPEECH_VERBS, SUBJECT_PRONOUNS, TIME_CLAUSE_OPENERS, VERB_JOINERS, WILDCARD, type PronounGender } from './speech';

export type AttributionKind = 'named' | 'pronoun' | 'descriptor' | 'continuation' | 'none';

export interface Outlet extends Span {
  text: string;
  entity?: Entity;
  /** ", as the BBC reported," "As Al Jazeera observed,": named as where the words were read, which may be a report
   * of words first given elsewhere; it contradicts the reference only for an outlet's own words. */
  readIn?: boolean;
}

export interface Attribution {
  kind: AttributionKind;
  /** The speaker, when resolved to someone in the reference. */
  entity?: Entity;
  /** "Wang said", with nothing to tell Wang Yi from Wang Wenbin: everyone `entity` may be. */
  mayBe?: string[];
  /** True when the speaker is certain enough to call a disagreement with the reference an error. */
  confident: boolean;
  /** The words naming the speaker in the draft (a name, surname or pronoun). */
  span?: Span;
  /** For a pronoun, the name it stands for. */
  antecedent?: Span;
  /**
   * For a pronoun: someone else it may stand for comes between, which nothing settles (a misspelt name, or someone
   * described only: "what the Secretary said"), so it carries no earlier speaker.
   */
  unsettledRival?: boolean;
  /** How the draft named the speaker: a reference name form, a pronoun, or a name not in the reference. */
  form?: NameForm | 'pronoun' | 'unknown';
  outlet?: Outlet;
  /** "Glaser did not say “…”": the saying is denied, so the words are claimed as no one's. */
  denied?: boolean;
  /**
   * "Beijing said Blinken “underscored …”": who the draft says told of the words, when the speaker named right before
   * a quotation opening with its own verb of saying is someone else.
   */
  source?: Attribution;
}

/** The people of the reference a name the draft writes (its normalised words) may be a misspelling of. */
export type NearPeople = (nameWords: readonly string[]) => readonly Person[];

/** The people of the reference a description the draft writes fits ("the Chinese foreign minister"). */
export type DescribedPeople = (descriptionWords: readonly string[], byHeadWord?: boolean) => readonly Entity[];

interface Context {
  doc: ProseDocument;
  words: readonly Word[];
  /** Mentions outside quotations, in document order. */
  mentions: readonly Mention[];
  /** Names inside a compound outside quotations ("Obama-era"): no one speaking, but whom a description may name. */
  inCompounds: readonly Mention[];
  quotations: readonly QuotationSpan[];
  nearPeople: NearPeople;
  describedPeople: DescribedPeople;
  /** Whom the whole document is about (see DocumentAnalysis.subject), when it names them more than once. */
  subject?: string;
  /** Descriptions read as one person, by their words, in the order read: the same description again may stand for them. */
  described: { words: string; entity: Entity; start: number }[];
}

export function attributeQuotations(
  doc: ProseDocument,
  words: readonly Word[],
  mentions: readonly Mention[],
  quotations: readonly QuotationSpan[],
  nearPeople: NearPeople,
  describedPeople: DescribedPeople,
  subject?: string,
): Attribution[] {
  // A name inside a compound ("anti-Beijing fervour", "a Beijing-based analyst") is no one speaking.
  const unquoted = mentions.filter((m) => !spanAt(quotations, m.start));
  const inCompound = (m: Mention) => doc.prose[m.start - 1] === '-' || doc.prose[m.end] === '-';
  const context: Context = { doc, words, mentions: unquoted.filter((m) => !inCompound(m)), inCompounds: unquoted.filter(inCompound), quotations, nearPeople, describedPeople, subject, described: [] };
  const result: Attribution[] = [];
  quotations.forEach((quotation, index) => {
    const sentence = sentenceAround(doc, quotation);
    const tail = { start: quotation.close + 1, end: nextQuoteOpen(quotations, index, sentence.end) };
    const lead = { start: previousQuoteClose(quotations, index, sentence.start), end: quotation.open };
    const after = quotedInClauseBefore(context, lead, tail) ? undefined : (attributionAfter(context, tail) ?? saidAtSentenceEnd(context, tail));
    // "X told the Financial Times that, “…,” the visit had gone …": words opening the clause after "that" are its
    // speaker's, whatever the clause's own verbs after them leave unsure.
    const unsureAfterThat = after !== undefined && !after.entity && !after.confident && /\bthat[\s,]*$/.test(doc.prose.slice(lead.start, lead.end));
    const found =
      creditedAcross(context, lead, tail) ??
      (unsureAfterThat ? undefined : after) ??
      addedByPreviousSpeaker(context, quotations[index - 1], result[index - 1], lead) ??
      saidInsideQuotation(context, quotation, lead) ??
      attributionBefore(context, lead) ??
      namedBeforeAside(context, tail) ??
      introducedByPreviousParagraph(context, quotation) ??
      introducedBySentenceBefore(context, quotation, sentence);
    // "it was he, not the top diplomat, who said …": someone set apart by "not" is not whose the words are.
    const read = found?.span && setApartByNot(context, found.span) ? { kind: 'descriptor' as const, confident: false } : found;
    // A citation names the speaker; the words introducing the quotation may still say to whom it was said.
    const cited = citedAfter(context, quotation);
    const introduced = cited ? { ...cited, outlet: read?.entity?.id === cited.entity?.id ? read?.outlet : undefined } : read;
    const signed = introduced?.kind === 'named' && introduced.outlet ? undefined : signedBelow(context, quotation);
    const own = answeredByName(context, sentence, quotation) ?? withSignature(introduced, signed) ?? namedInNextSentence(context, sentence, quotation) ?? labelledByCell(context, quotation);
    if (own) {
      const carried = carriesSpeaker(own, quotations[index - 1], result[index - 1], quotation) ? { ...own, confident: true } : own;
      const outlet = carried.outlet ?? outletOpeningTail(context, tail) ?? outletOfSentenceBefore(context, sentence, carried) ?? outletOfSentenceAfter(context, sentence, carried);
      result.push(disputedBelow(doc, sentence, outlet ? { ...carried, outlet } : carried));
      return;
    }
    result.push(disputedBelow(doc, sentence, continuation(context, quotations, result, index)));
  });
  return result;
}

/** The words naming someone follow ", not" (or "Not" opening a sentence): "it was he, not the top diplomat, who said". */
function setApartByNot(context: Context, span: Span): boolean {
  const at = firstStartingAt(context.words, span.start);
  const not = context.words[at - 1];
  const previous = context.words[at - 2];
  return not?.norm === 'not' && (!previous || /[,(—–.!?]\s*$/.test(context.doc.prose.slice(previous.end, not.start)));
}

/**
 * A signature under the quotation names its speaker more surely than a description or a pronoun introducing it ("The
 * White House's coordinator added: ¶ > … ¶ — Daniel Kritenbrink"), and, under words its speaker was named for, says
 * whom they were told to ("Singleton did not soften it: ¶ > … ¶ — Craig Singleton, to the BBC").
 */
function withSignature(introduced: Attribution | undefined, signed: Attribution | undefined): Attribution | undefined {
  // (A misspelt name signs too: "— Bonnie Glazer, speaking to Reuters".)
  if (!signed || (!signed.entity && signed.form !== 'unknown')) return introduced;
  if (introduced?.kind !== 'named') return signed;
  return signed.entity && signed.outlet && !introduced.outlet && introduced.entity?.id === signed.entity.id ? { ...introduced, outlet: signed.outlet } : introduced;
}

/**
 * "A report quoted Glaser as saying “…”. That was not what she told Al Jazeera.": words the next sentence of the
 * paragraph disputes, or asks about, are reported as someone's claim, not given as said.
 */
function disputedBelow(doc: ProseDocument, sentence: Span, attribution: Attribution): Attribution {
  const next = doc.sentences[firstStartingAt(doc.sentences, sentence.end)];
  const block = doc.blocks[lastStartingAtOrBefore(doc.blocks, sentence.start)];
  if (!next || !block || next.start >= block.end || !disputesWhatCameBefore(doc.prose.slice(next.start, next.end))) return attribution;
  return { ...attribution, confident: false, denied: true };
}

/** Words saying a quotation was said on another occasion than one told of just before ("Later, at a briefing, …"). */
const OTHER_OCCASION = new Set([
  'later', 'separately', 'afterwards', 'afterward', 'elsewhere', 'earlier', 'also', 'again', 'meeting', 'conference', 'briefing', 'interview',
  'speech', 'statement', 'hearing', 'summit', 'event', 'rally', 'session', 'podcast', 'post', 'tweet', 'remarks', 'panel',
]);

/**
 * "Scott Mulhauser told the Washington Post that the relationship demands effort. “…,” he said.": the sentence
 * right before, in the same paragraph, has the quotation's speaker, as its subject, speak to an outlet; unless the
 * quotation's sentence says it was another occasion.
 */
function outletOfSentenceBefore(context: Context, sentence: Span, attribution: Attribution): Outlet | undefined {
  const { doc } = context;
  if (!attribution.entity || attribution.entity.kind !== 'person' || !attribution.confident) return undefined;
  const at = lastStartingAtOrBefore(doc.sentences, sentence.start);
  const before = doc.sentences[at - 1];
  const block = doc.blocks[lastStartingAtOrBefore(doc.blocks, sentence.start)];
  if (!before || !block || before.start < block.start) return undefined;
  if (spansWithin(context.words, sentence).some((word) => OTHER_OCCASION.has(word.norm) && !spanAt(context.quotations, word.start))) return undefined;
  // "… speaking to the BBC. His verdict that “…” was actually given to USA Today.": the sentence names its own outlet.
  const own = findOutlet(context, sentence);
  if (own && !spanAt(context.quotations, own.start)) return undefined;
  const outlet = findOutlet(context, before);
  if (!outlet) return undefined;
  const isSubject = (m: Mention) => m.entity.kind === 'person' && !m.possessive && !objectOfPreposition(context.doc.prose, context.words, m);
  // "Speaking to Bloomberg, Glaser offered …": the outlet in a phrase put before the subject.
  const subject =
    spansWithin(context.mentions, { start: before.start, end: outlet.start }).find(isSubject) ??
    spansWithin(context.mentions, { start: outlet.end, end: before.end }).find((m) => isSubject(m) && /^[^,;:]*,\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(doc.prose.slice(outlet.end, m.start)));
  if (subject) return subject.entity.id === attribution.entity.id ? outlet : undefined;
  // "Mulhauser knows the job. He told Al Jazeera that … “…,” he said.": a "he" or "she" opening it for the speaker.
  // ("Speaking to Reuters during the visit, she struck a hopeful note.": or opening the clause after the phrase put first.)
  const comma = /^[^,;:]*,/.exec(doc.prose.slice(outlet.end, before.end));
  const opener = pronounOpening(context, { start: before.start, end: outlet.start }) ?? (comma ? pronounOpening(context, { start: outlet.end + comma[0].length, end: before.end }) : undefined);
  return opener?.entity.id === attribution.entity.id ? outlet : undefined;
}

/**
 * "“…,” Scott Mulhauser said. He was speaking to the BBC.": the short sentence right after, in the same paragraph,
 * opening with a pronoun for the speaker (or the name) and telling whom they spoke to, with no quotation of its own.
 */
function outletOfSentenceAfter(context: Context, sentence: Span, attribution: Attribution): Outlet | undefined {
  const { doc } = context;
  if (!attribution.entity || attribution.entity.kind !== 'person' || !attribution.confident) return undefined;
  const after = doc.sentences[firstStartingAt(doc.sentences, sentence.end)];
  const block = doc.blocks[lastStartingAtOrBefore(doc.blocks, sentence.start)];
  if (!after || !block || after.start >= block.end || spansWithin(context.quotations, after).length > 0) return undefined;
  const afterWords = spansWithin(context.words, after);
  if (afterWords.length > SHORT_TELLING_WORDS) return undefined;
  const outlet = findOutlet(context, after);
  if (!outlet) return undefined;
  const named = spansWithin(context.mentions, { start: after.start, end: outlet.start }).filter((m) => m.entity.kind === 'person');
  const opener = named.length === 0 ? pronounOpening(context, { start: after.start, end: outlet.start }) : named.length === 1 && named[0].start === afterWords[0]?.start ? named[0] : undefined;
  return opener?.entity.id === attribution.entity.id ? outlet : undefined;
}

/** Words of a sentence that only tells whom the words before were said to: "He was speaking to the BBC at the time." */
const SHORT_TELLING_WORDS = 12;

/**
 * "X told the BBC that “…,” adding that “…”": a participle of saying right after the previous quotation, in the
 * same sentence, has that quotation's speaker, heard by the same outlet, or by one a short phrase after it names
 * ("…,” adding in an interview with the BBC: “…”").
 */
function addedByPreviousSpeaker(context: Context, previousQuotation: QuotationSpan | undefined, previous: Attribution | undefined, lead: Span): Attribution | undefined {
  if (!previous?.entity || !previousQuotation || lead.start !== previousQuotation.close + 1) return undefined;
  const [participle, ...rest] = spansWithin(context.words, lead);
  if (!participle?.norm.endsWith('ing') || !isReportingVerb(context, participle)) return undefined;
  if (!/^[\s,]*$/.test(context.doc.prose.slice(lead.start, participle.start))) return undefined;
  const phrase = rest.at(-1)?.norm === 'that' ? rest.slice(0, -1) : rest;
  if (phrase.length === 0) return previous;
  const span = { start: phrase[0].start, end: phrase[phrase.length - 1].end };
  if (phrase.length > ADDED_PHRASE_WORDS || phrase.some((word) => word.norm === 'that') || spansWithin(context.mentions, span).some((m) => m.entity.kind === 'person')) return undefined;
  const outlet = findOutlet(context, span);
  return outlet ? { ...previous, outlet } : undefined;
}

/** Most words between a participle of saying and the quotation it adds: "in an interview with the BBC". */
const ADDED_PHRASE_WORDS = 8;

/**
 * "“…,” Russel said. ¶ “…,” he added.": a pronoun whose latest fitting name is the speaker just named for the
 * quotation before it (in this paragraph or the one before) carries that speaker, whoever else was named earlier,
 * but not past a misspelt name of someone else it may mean ("Scott Mulhouser disagreed: “…,” he said.").
 */
function carriesSpeaker(own: Attribution, previousQuotation: QuotationSpan | undefined, previous: Attribution | undefined, quotation: QuotationSpan): boolean {
  return (
    own.kind === 'pronoun' &&
    !own.confident &&
    !own.unsettledRival &&
    own.entity !== undefined &&
    previous?.kind === 'named' &&
    previous.confident &&
    previous.entity?.id === own.entity.id &&
    previousQuotation !== undefined &&
    quotation.blockIndex - previousQuotation.blockIndex <= 1 &&
    previous.span !== undefined &&
    own.antecedent !== undefined &&
    own.antecedent.start === previous.span.start
  );
}

function continuation(context: Context, quotations: readonly QuotationSpan[], done: readonly Attribution[], index: number): Attribution {
  const previous = done[index - 1];
  const quotation = quotations[index];
  const previousQuotation = quotations[index - 1];
  if (previous && previousQuotation && quotation.blockIndex - previousQuotation.blockIndex <= 1 && previous.entity) {
    const interrupted = spansWithin(context.mentions, { start: previousQuotation.close, end: quotation.open }).some(
      (m) => m.entity.kind === 'person' && m.entity.id !== previous.entity?.id,
    );
    if (!interrupted) return { kind: 'continuation', entity: previous.entity, confident: false };
  }
  return { kind: 'none', confident: false };
}

/** A paragraph that is only a quotation, after a paragraph ending "Russel offered the gloomiest view:". */
function introducedByPreviousParagraph(context: Context, quotation: QuotationSpan): Attribution | undefined {
  const { doc } = context;
  const block = doc.blocks[quotation.blockIndex];
  const previous = doc.blocks[quotation.blockIndex - 1];
  if (quotation.continued || !block || !previous || doc.prose.slice(block.start, quotation.open).trim() !== '') return undefined;
  const end = previous.start + doc.prose.slice(previous.start, previous.end).trimEnd().length;
  if (!doc.prose.slice(previous.start, end).endsWith(':')) return undefined;
  const sentence = spanAt(doc.sentences, end - 1);
  return sentence && attributionBefore(context, { start: sentence.start, end });
}

/**
 * "Danny Russel had the best line on this. “…”", "Glaser's verdict was blunter. “…”", "Kritenbrink went further.
 * “…”": a quotation opening its sentence, after a sentence of its paragraph that opens with one person, names no
 * one else, and says they said something (a noun for what was said after the name) or only how (a few lower-case
 * words).
 */
function introducedBySentenceBefore(context: Context, quotation: QuotationSpan, sentence: Span): Attribution | undefined {
  const { doc, words } = context;
  if (!SPOKEN_QUOTE_MARK.test(doc.prose.slice(sentence.start, quotation.open))) return undefined;
  const before = doc.sentences[lastStartingAtOrBefore(doc.sentences, sentence.start) - 1];
  const block = doc.blocks[lastStartingAtOrBefore(doc.blocks, sentence.start)];
  if (!before || !block || before.start < block.start || spanAt(context.quotations, before.start) || context.quotations.some((q) => q.open >= before.start && q.open < before.end)) return undefined;
  const people = spansWithin(context.mentions, before).filter((m) => m.entity.kind === 'person');
  const [speaker] = people;
  // Opening it, after a speaker's label in a transcript at most ("[00:03:14] GUEST: Danny Russel had the best line.").
  const opens = speaker && (speaker.wordIndex === firstStartingAt(words, before.start) || /:\s*$/.test(doc.prose.slice(before.start, speaker.start)));
  if (!speaker || !opens || people.some((m) => m.entity.id !== speaker.entity.id)) return undefined;
  return introducesWords(doc.prose, words, before, speaker, MANNER_WORDS) ? fromMention({ ...speaker, possessive: false }) : undefined;
}

/** Nothing before the quotation, or a word read out for quotation marks: "Quote, “…”", "And I quote: “…”". */
const SPOKEN_QUOTE_MARK = /^\s*(?:(?:and\s+I\s+)?quote\s*(?:[,:]\s*)?)?$/i;

/**
 * The sentence `sentence`, opening with `speaker`, says only that they said something (a noun for what was said
 * after the name: "had the best line") or how, in lower-case words up to `mannerWords` ("Kritenbrink went
 * further.", "Glaser was more upbeat."; not "Raman spoke first.", which tells only of the order).
 */
export function introducesWords(prose: string, words: readonly Word[], sentence: Span, speaker: Mention, mannerWords: number): boolean {
  const rest = spansWithin(words, { start: speaker.end, end: sentence.end });
  if (rest.some((word) => SPEECH_NOUNS.has(word.norm))) return true;
  return !speaker.possessive && MANNER_VERBS.has(rest[0]?.norm ?? '') && rest.length <= mannerWords && rest.every((word) => /^\p{Ll}+$/u.test(prose.slice(word.start, word.end)));
}

/** Words after the name in a sentence that only introduces the quotation after it: "was more guarded". */
const MANNER_WORDS = 4;
/** Verbs opening such words: "was blunt", "went further", "sounded upbeat". */
const MANNER_VERBS = new Set(['was', 'were', 'is', 'went', 'sounded', 'seemed', 'struck', 'took', 'got']);

/**
 * A sentence naming whose the words before it were: "That came from", "That was", "Those were the words of", "That
 * was the view of", "So said"; "That was X's verdict" with a possessive and a noun for what was said.
 */
const NAMES_SPEAKER_BEFORE = /^\s*(?:(?:(?:that|this|those|these|such)(?:\s+(?:line|quote|remark|comment|assessment|verdict|view|words?))?|the\s+(?:line|quote|remark|comment|assessment|verdict|view|words?))(?:\s*,[^,.;]{1,40},)?(?:\s+(?:was|were|is|came|comes)|['’]s)\s+(?:from\s+|the\s+(?:words|view|verdict|assessment|judgment|judgement|opinion|take)\s+of\s+)?|so\s+(?:said|says)\s+)$/i;

/**
 * "“…” That came from Danny Russel.", "“…” That was Craig Singleton, talking to USA Today.": a quotation whose
 * sentence names no one, followed in its paragraph by a sentence opening this way, is that person's.
 */
function namedInNextSentence(context: Context, sentence: Span, quotation: QuotationSpan): Attribution | undefined {
  const { doc } = context;
  // The sentence after the quotation's last, when the quotation runs over several ("“… feat. But … do it.” That was X.").
  const next = doc.sentences[Math.max(lastStartingAtOrBefore(doc.sentences, sentence.start), lastStartingAtOrBefore(doc.sentences, quotation.outerEnd - 1)) + 1];
  const blockIndex = lastStartingAtOrBefore(doc.blocks, sentence.start);
  const block = doc.blocks[blockIndex];
  if (!next || !block) return undefined;
  // A quotation that is its whole paragraph (a block quote) is credited by the next paragraph's first sentence.
  // (A transcript's label may open either: "CLIP: “…” ¶ HOST: That was Qin Gang.")
  const standsAlone = /^[\s"“‘'«„]*$/.test(doc.prose.slice(speakerLabelEnd(doc.prose, { start: block.start, end: quotation.open }) ?? block.start, quotation.open)) && /^[\s.,!?]*$/.test(doc.prose.slice(quotation.outerEnd, block.end));
  const nextBlock = doc.blocks[blockIndex + 1];
  if (next.start >= block.end && !(standsAlone && nextBlock && next.start >= nextBlock.start && next.start < nextBlock.end)) return undefined;
  const mention = context.mentions[firstStartingAt(context.mentions, next.start)];
  if (!mention || mention.start >= next.end || mention.entity.kind !== 'person') return undefined;
  // "The words were Wang Wenbin's.": a possessive ending the sentence names whose they were.
  const possessiveEnds = mention.possessive && /^[\s.!]*$/.test(doc.prose.slice(mention.end + 2, next.end));
  if (mention.possessive && !possessiveEnds && !SPEECH_NOUNS.has(context.words[mention.wordIndex + mention.wordCount]?.norm ?? '')) return undefined;
  const rest = { start: mention.end, end: next.end };
  const opening = speakerLabelEnd(doc.prose, { start: next.start, end: mention.start }) ?? next.start;
  if (NAMES_SPEAKER_BEFORE.test(doc.prose.slice(opening, mention.start))) return { ...fromMention({ ...mention, possessive: false }), outlet: findOutlet(context, rest) };
  // "“…” Bonnie Glaser told Reuters.": a sentence that only names someone and who heard them.
  const heard = !mention.possessive && /^\s*$/.test(doc.prose.slice(next.start, mention.start)) ? outletOpeningTail(context, rest) : undefined;
  return heard && /^[\s.!]*$/.test(doc.prose.slice(heard.end, next.end)) ? { ...fromMention(mention), outlet: heard } : undefined;
}

/**
 * "## Who called the trip “…”? ¶ Kurt Campbell, speaking in Washington.": a question asking who said the quotation is
 * answered by the name opening the next sentence, in its paragraph or the next one (alone, "X did", or with a comma).
 */
function answeredByName(context: Context, sentence: Span, quotation: QuotationSpan): Attribution | undefined {
  const { doc, words } = context;
  const first = firstStartingAt(words, sentence.start);
  // "Who said …", or "Which expert said …", "Which US official warned …" (a few words naming what kind of speaker).
  const verb = words[first]?.norm === 'who' ? first + 1 : words[first]?.norm === 'which' ? askedKindOfSpeaker(context, first + 1) : -1;
  if (verb < 0 || !words[verb] || !isReportingVerb(context, words[verb]) || !/\?["”’»)*_]*\s*$/.test(doc.prose.slice(quotation.outerEnd, sentence.end))) return undefined;
  const next = doc.sentences[lastStartingAtOrBefore(doc.sentences, sentence.start) + 1];
  const blockIndex = lastStartingAtOrBefore(doc.blocks, sentence.start);
  if (!next || lastStartingAtOrBefore(doc.blocks, next.start) > blockIndex + 1) return undefined;
  const mention = context.mentions[firstStartingAt(context.mentions, next.start)];
  // ("That was Craig Singleton, who …": the answer may name the speaker as a sentence after a quotation does.)
  const opening = doc.prose.slice(next.start, mention?.start ?? next.start);
  if (!mention || mention.entity.kind !== 'person' || mention.possessive || !(/^[\s*_]*$/.test(opening) || NAMES_SPEAKER_BEFORE.test(opening))) return undefined;
  const rest = doc.prose.slice(mention.end, next.end);
  return /^[\s*_]*(?:[.,;:—–(]|did\b|$)/.test(rest) ? { ...fromMention(mention), outlet: findOutlet(context, { start: mention.end, end: next.end }) } : undefined;
}

/** Where the verb stands after "which" and a few words for a kind of speaker ("expert", "US official"), else -1. */
function askedKindOfSpeaker(context: Context, from: number): number {
  const { words, doc } = context;
  for (let k = from; k < from + KIND_OF_SPEAKER_WORDS && words[k]; k++) {
    if (isDescriptionHead(words[k].norm)) return isReportingVerb(context, words[k + 1] ?? words[k]) ? k + 1 : -1;
    if (!/^[\p{L}-]+$/u.test(doc.prose.slice(words[k].start, words[k].end))) return -1;
  }
  return -1;
}

/** Most words between "which" and the verb: "Which senior US official said". */
const KIND_OF_SPEAKER_WORDS = 4;

/**
 * A quotation closing its paragraph, signed in the next one ("> “…”" then "> — Craig Singleton", "Credit: Craig
 * Singleton"), or credited right after it in its own ("“…” Credit: Bonnie Glaser.", as a quote card is).
 */
function signedBelow(context: Context, quotation: QuotationSpan): Attribution | undefined {
  const { doc } = context;
  const block = doc.blocks[quotation.blockIndex];
  const next = doc.blocks[quotation.blockIndex + 1];
  if (!block) return undefined;
  const after = doc.prose.slice(quotation.outerEnd, block.end);
  const credit = CREDIT.exec(after);
  // A caption may be the next line of the quotation's own paragraph ("**“…”** ⏎ Bonnie Glaser, speaking to USA Today").
  const lineBreak = /^[\s.,!?*_]*?\n/.exec(after);
  const lineBelow = lineBreak && { start: quotation.outerEnd + lineBreak[0].length, end: block.end };
  const captioned = (line: Span): [Span, RegExpExecArray] | [] => {
    const caption = captionOf(context, quotation, block, line);
    return caption ? [{ start: line.start, end: caption.end }, caption.opening] : [];
  };
  const dashBelow = next && /^[\s.,!?]*$/.test(after) ? SIGNATURE.exec(doc.prose.slice(next.start, next.end)) : null;
  const [signed, signature] =
    credit && credit[0].length < after.length
      ? [{ start: quotation.outerEnd, end: block.end }, credit]
      : lineBelow && !/^\s*$/.test(after)
        ? captioned(lineBelow)
        : dashBelow
          ? [next, dashBelow]
          : next && /^[\s.,!?]*$/.test(after)
            ? captioned(next)
            : [];
  const signer = signed && signature ? signerAt(context, signed.start + signature[0].length) : undefined;
  if (!signed || !signer) return undefined;
  // "— Craig Singleton, to the BBC", "— Craig Singleton, speaking to the BBC".
  const outlet = (signer.mention && outletOfSignature(context, signer.mention, { start: signer.end, end: signed.end })) ?? findOutlet(context, { start: signer.end, end: signed.end });
  return { ...signer.attribution, ...(outlet && { outlet }) };
}

/**
 * The person whose name opens a signature or a caption at `offset`: one the reference knows, or a name a letter or two
 * from one of theirs ("Bonnie Glazer", which name-misspelled reports), and where the name ends.
 */
function signerAt(context: Context, offset: number): { attribution: Attribution; mention?: Mention; end: number } | undefined {
  const mention = mentionAt(context, offset);
  if (mention) return mention.entity.kind === 'person' && !mention.possessive ? { attribution: fromMention(mention), mention, end: mention.end } : undefined;
  const run = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,2}/u.exec(context.doc.prose.slice(offset, offset + 80));
  if (!run) return undefined;
  const span = { start: offset, end: offset + run[0].length };
  const runWords = spansWithin(context.words, span);
  if (runWords.some((word) => isTitleWord(word.norm) || mentionAt(context, word.start)) || context.nearPeople(runWords.map((word) => word.norm)).length === 0) return undefined;
  return { attribution: { kind: 'named', confident: true, span, form: 'unknown' }, end: span.end };
}

/**
 * "## “In many respects, purely performative” ¶ *Craig Singleton, Foundation for Defense of Democracies, to Al Jazeera*":
 * a quotation standing alone as its block (a heading, a pull quote) over a short line that is a person's name and
 * perhaps a description after a comma (no verb of saying, no sentence) is signed by that line, as by a dash. The match of
 * what opens the line before the name, and where the caption ends.
 */
function captionOf(context: Context, quotation: QuotationSpan, block: Block, line: Span): { opening: RegExpExecArray; end: number } | null {
  const { prose } = context.doc;
  // Not a table's next row: "| Bell | “…” | ¶ | Okafor | …" (see labelledByCell).
  if (block.kind === 'cell' || !/^[\s\d.)#>*_-]*$/.test(prose.slice(block.start, quotation.open))) return null;
  // Always a match (markup or nothing): what the signature's name comes after.
  const opening = /^[\s*_]*/.exec(prose.slice(line.start, line.end))!;
  const signer = signerAt(context, line.start + opening[0].length);
  if (!signer || prose.slice(line.start, line.end).includes('\n')) return null;
  // "Craig Singleton, a China expert, in an interview with the BBC. He added …": a caption may be the first sentence
  // of the line, more sentences after it.
  const end = Math.min(line.end, spanAt(context.doc.sentences, line.start + opening[0].length)?.end ?? line.end);
  const captionWords = spansWithin(context.words, { start: line.start, end });
  const says = captionWords.some((word) => isReportingVerb(context, word) && !CAPTION_PARTICIPLES.has(word.norm));
  // The name, then only a description set off by a comma or a bracket, or the body the person is "of" ("Bonnie Glaser
  // of the German Marshall Fund, speaking to …"), and no sentence: "Russel disagreed." is none.
  const rest = prose.slice(signer.end, end).replace(/(?<![\s*_])[\s*_]+$/, '');
  // (Nor a line ending in a colon, which introduces what follows it: "Bonnie Glaser, speaking to Al Jazeera, gave an
  // early assessment:".)
  // A caption only describes, closed as a sentence or not ("Daniel Kritenbrink, looking for a silver lining."): every
  // part after the name opens as a description does, where a sentence would have its verb ("Raman, for one, thought
  // otherwise.", "Blinken, same event: wants to avoid …").
  const caption = CAPTION_AFTER_NAME.test(rest) && !rest.endsWith(':') && onlyDescribes(context, { start: signer.end, end });
  return captionWords.length <= LONGEST_CAPTION && !says && caption ? { opening, end } : null;
}

/** Every part of `span` after a comma, a dash, a colon or a bracket opens as a description of someone does. */
function onlyDescribes(context: Context, span: Span): boolean {
  const { prose } = context.doc;
  const words = spansWithin(context.words, span);
  return words.every((word, k) => {
    const before = prose.slice(k === 0 ? span.start : words[k - 1].end, word.start);
    if (k > 0 && !/[,(—–:]/.test(before)) return true;
    return DESCRIPTION_OPENERS.has(word.norm) || word.norm.endsWith('ing') || word.norm.endsWith("'s") || isCapitalizedWord(prose, word) || isTitleWord(word.norm) || /^\d/.test(word.norm);
  });
}

/**
 * Words opening a description of someone: an article or possessive ("a China expert", "his deputy"), a preposition
 * ("in an interview with the BBC", "of the Asia Society"), a relative word ("who was …"), or a word of time or rank
 * ("now at the Asia Society", "former chief of staff").
 */
const DESCRIPTION_OPENERS = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'another', 'who', 'whose', 'in', 'at', 'on', 'of', 'from', 'to', 'for', 'with', 'about',
  'after', 'before', 'during', 'via', 'by', 'as', 'now', 'then', 'once', 'formerly', 'former', 'later', 'senior', 'longtime', 'veteran', 'top',
  'quoted', 'interviewed', 'asked',
]);

/** What follows the name in a caption: nothing, a comma or a bracket, a dash, or "of"/"at" and a body's name. */
const CAPTION_AFTER_NAME = /^(?:$|[,(]|\s+[—–-]\s|\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu})/u;

/** Words of a caption under a quotation at most: "Scott Mulhauser, a former chief of staff at the US Embassy in Beijing, talking to USA Today about …". */
const LONGEST_CAPTION = 30;
/** Participles a caption may have: "Bonnie Glaser, speaking to USA Today". */
const CAPTION_PARTICIPLES = new Set(['speaking', 'talking', 'writing']);

/** A label crediting the words right after them: "“…” Credit: Bonnie Glaser." */
const CREDIT = new RegExp(String.raw`^[\s.,!?]*${CREDIT_LABEL}\s*`, 'i');

/**
 * Cells from a quotation's in its row that may hold its speaker's name, before it ("| Kurt Campbell | coordinator | “…”
 * |") or after it ("| “…” | Kurt Campbell |").
 */
const SPEAKER_CELL_REACH = 3;

/** A cell's text, trimmed, and the mention it opens with. */
function cellOpening(context: Context, cell: Span): { label: string; mention: Mention | undefined } {
  const text = context.doc.prose.slice(cell.start, cell.end);
  const label = text.trim();
  return { label, mention: label ? mentionAt(context, cell.start + text.indexOf(label)) : undefined };
}

/**
 * A table row "| Singleton | “…” |", "| Singleton | FDD | “…” |": a cell before the quotation's, in the same row,
 * holds only the speaker's name (the nearest such cell), or the name and the outlet the words were said to.
 */
function labelledByCell(context: Context, quotation: QuotationSpan): Attribution | undefined {
  const { doc } = context;
  const row = tableRow(doc, quotation.blockIndex);
  if (!row) return undefined;
  for (let k = quotation.blockIndex - 1; k >= row.first && quotation.blockIndex - k <= SPEAKER_CELL_REACH; k--) {
    const cell = doc.blocks[k];
    const { label, mention } = cellOpening(context, cell);
    if (mention?.entity.kind !== 'person' || mention.possessive) continue;
    if (mention.end - mention.start === label.length) return { ...fromMention(mention), outlet: outletCellBetween(context, k + 1, quotation.blockIndex) };
    // "| Craig Singleton, to Al Jazeera | “…” |", "| Kurt Campbell (USA Today) |": the name, and whom it was said to.
    const rest = { start: mention.end, end: cell.end };
    const outlet = /^[ \t]*[,(]/.test(doc.prose.slice(rest.start, rest.end)) ? outletOfSignature(context, mention, rest) : undefined;
    if (outlet && /^[\s)*_]*$/.test(doc.prose.slice(outlet.end, cell.end))) return { ...fromMention(mention), outlet };
    // "| Craig Singleton, FDD |", "| Bonnie Glaser (German Marshall Fund) |": the name, and where the person works.
    if (affiliationAfterName(context, rest)) return { ...fromMention(mention), outlet: outletCellBetween(context, k + 1, quotation.blockIndex) };
  }
  return speakerCellAfter(context, quotation, row.last);
}

/** A column's header naming who said the words in it: "Speaker", "Who said it", "Attributed to". */
const SPEAKER_HEADER = /^(?:speaker|who|who said it|said by|attributed to|source|person)$/i;

/** "| Quote | Speaker |" over "| “…” | Danny Russel |": a cell after the quotation's holding only a name, under a header for who said it. */
function speakerCellAfter(context: Context, quotation: QuotationSpan, last: number): Attribution | undefined {
  const { doc } = context;
  for (let k = quotation.blockIndex + 1; k <= last && k - quotation.blockIndex <= SPEAKER_CELL_REACH; k++) {
    const header = headerCellOver(doc, k);
    if (!header || !SPEAKER_HEADER.test(doc.prose.slice(header.start, header.end).replace(/[*_:]/g, '').trim())) continue;
    const { label, mention } = cellOpening(context, doc.blocks[k]);
    // (With where the person works after it: "| Danny Russel, Asia Society Policy Institute |".)
    if (mention?.entity.kind === 'person' && !mention.possessive && (mention.end - mention.start === label.length || affiliationAfterName(context, { start: mention.end, end: doc.blocks[k].end }))) return fromMention(mention);
  }
  return undefined;
}

/** Words of a body's name after a speaker's in a cell: a few, opened by a comma or a bracket, naming no one else and telling nothing done. */
const CELL_AFFILIATION_WORDS = 6;

function affiliationAfterName(context: Context, rest: Span): boolean {
  if (!/^[ \t]*[,(]/.test(context.doc.prose.slice(rest.start, rest.end))) return false;
  const restWords = spansWithin(context.words, rest);
  return restWords.length > 0 && restWords.length <= CELL_AFFILIATION_WORDS && !restWords.some((word) => (word.norm.endsWith('ing') && !isCapitalizedWord(context.doc.prose, word)) || isReportingVerb(context, word)) && !spansWithin(context.mentions, rest).some((m) => m.entity.kind === 'person');
}

/**
 * "| Bonnie Glaser | German Marshall Fund | BBC | “…” |": a cell between the speaker's and the quotation's that is an
 * outlet's name and nothing else ("the" before it at most): whom the words were said to.
 */
function outletCellBetween(context: Context, from: number, to: number): Outlet | undefined {
  for (let k = from; k < to; k++) {
    const outlet = outletFillingCell(context.doc.prose, context.mentions, context.doc.blocks[k]);
    if (outlet) return outlet;
  }
  return undefined;
}

/** A cell's outlet, when the cell holds an outlet's name and nothing else ("the" before it at most). */
export function outletFillingCell(prose: string, mentions: readonly Mention[], cell: Span): Outlet | undefined {
  const text = prose.slice(cell.start, cell.end);
  const label = text.trim().replace(/^the\s+/i, '');
  if (!label) return undefined;
  const start = cell.start + text.indexOf(label);
  const found = mentions[firstStartingAt(mentions, start)];
  const mention = found?.start === start ? found : undefined;
  const isOutlet = mention ? mention.entity.kind === 'organization' && mention.entity.organization.kind === 'outlet' && mention.end - mention.start === label.length : isNewsOutletName(label);
  return isOutlet ? { start, end: start + label.length, text: label, ...(mention && { entity: mention.entity }) } : undefined;
}

// ---- rule 1: the clause after the quote ----

/**
 * "Where Craig Singleton saw a visit that was “…,” Bonnie Glaser concluded that …", "Unlike Singleton, who called it
 * “…,” Glaser said the trip …": the quotation ends a clause put first (or a relative clause), and the name after it
 * is the subject of the main clause, whose verb has words of its own after it; the name is not the quotation's
 * speaker ("Although it was “…,” Glaser said, it mattered" keeps it).
 */
function quotedInClauseBefore(context: Context, lead: Span, tail: Span): boolean {
  const { prose } = context.doc;
  const leadWords = spansWithin(context.words, lead);
  const opener = leadWords[0];
  const lastComma = prose.lastIndexOf(',', lead.end - 1);
  const fronted = opener !== undefined && FRONTED_OPENERS.has(opener.norm) && opener.norm !== 'as' && lastComma < opener.start;
  const relative = lastComma >= lead.start && RELATIVE_OPENERS.has(context.words[firstStartingAt(context.words, lastComma)]?.norm ?? '');
  if (!fronted && !relative) return false;
  const tailWords = spansWithin(context.words, tail).slice(0, 8);
  const verbAt = tailWords.findIndex((word) => isReportingVerb(context, word));
  if (verbAt <= 0) return false;
  // Words of its own, or another quotation it introduces ("Glaser said “…”").
  const afterVerb = prose.slice(tailWords[verbAt].end, tail.end);
  return /^\s+\p{L}/u.test(afterVerb) || (/^[\s:,]*$/.test(afterVerb) && OPENING_MARKS.has(prose[tail.end]));
}

/** Verbs that give words as a name for something: "…” is how X described it", "…” is what X called it". */
const NAMING_VERBS = new Set(['described', 'describes', 'called', 'calls', 'put', 'puts', 'summed', 'characterized', 'characterised', 'framed', 'labelled', 'labeled', 'dubbed']);

const OPENING_MARKS = new Set(['“', '"', '‘', "'", '«', '„']);

const RELATIVE_OPENERS = new Set(['who', 'which', 'whom']);

const CAME = new Set(['came', 'comes']);
const BELONGS = new Set(['belongs', 'belonged']);

function attributionAfter(context: Context, tail: Span): Attribution | undefined {
  // A semicolon ends the quote's clause: "… that “…”; Singleton told USA Today that …" is another speaker's.
  const semicolon = context.doc.prose.indexOf(';', tail.start);
  if (semicolon >= 0 && semicolon < tail.end) tail = { start: tail.start, end: semicolon };
  const tailWords = spansWithin(context.words, tail).slice(0, 12);
  const outlet = findOutlet(context, tail);
  // "…” — X" and the passive "…” by X": the speaker is named without a verb.
  const opener = tailWords[0];
  const gap = opener ? context.doc.prose.slice(tail.start, opener.start) : '';
  // The tail's first word right after the quote, a comma at most between.
  const adjoining = /^[\s,]*$/.test(gap);
  // "…,” a view …", "…,” a point …": an article and a noun for the words.
  const nounForTheWords = ARTICLES.has(opener?.norm ?? '') && (SPEECH_NOUNS.has(tailWords[1]?.norm ?? '') || POINT_NOUNS.has(tailWords[1]?.norm ?? ''));
  const dashed = /^[\s,]*[—–-]\s*$/.test(gap);
  if (opener && (dashed || (opener.norm === 'by' && adjoining))) {
    const named = mentionAt(context, opener.norm === 'by' ? tailWords[1]?.start ?? -1 : opener.start);
    if (named?.entity.kind === 'person' && !named.possessive) return { ...fromMention(named), outlet: outlet ?? outletOfSignature(context, named, tail) };
  }
  // "…” — that was Danny Russel.", "…” — that's Kritenbrink.": as a sentence after the quotation would say it.
  if (opener && dashed) {
    const named = context.mentions[firstStartingAt(context.mentions, opener.start)];
    if (named && named.end <= tail.end && named.entity.kind === 'person' && !named.possessive && NAMES_SPEAKER_BEFORE.test(context.doc.prose.slice(opener.start, named.start))) return { ...fromMention(named), outlet };
  }
  // "…,” according to X.": a person, or a body that is no outlet ("according to China's foreign ministry"; an
  // outlet may only have reported the words).
  if (opener?.norm === 'according' && tailWords[1]?.norm === 'to' && adjoining) {
    const named = mentionAt(context, tailWords[2]?.start ?? -1) ?? (tailWords[2]?.norm === 'the' ? mentionAt(context, tailWords[3]?.start ?? -1) : undefined);
    const speaks = named?.entity.kind === 'person' || (named?.entity.kind === 'organization' && named.entity.organization.kind !== 'outlet');
    if (named && speaks && !named.possessive) return { ...fromMention(named), outlet };
  }
  // "the line — “…” — came from Jake Sullivan": the words themselves came from someone.
  if (opener && (adjoining || dashed) && CAME.has(opener.norm) && tailWords[1]?.norm === 'from') {
    const named = mentionAt(context, tailWords[2]?.start ?? -1);
    if (named?.entity.kind === 'person' && !named.possessive) return { ...fromMention(named), outlet };
  }
  // "the view that the trip was “…” belongs (, in the amended text,) to X": the words are X's.
  if (opener && adjoining && BELONGS.has(opener.norm)) {
    const to = tailWords.findIndex((word, k) => k > 0 && word.norm === 'to');
    const aside = to > 1 ? context.doc.prose.slice(opener.end, tailWords[to].start) : '';
    const named = to === 1 || /^\s*,[^,]*,\s*$/.test(aside) ? mentionAt(context, tailWords[to + 1]?.start ?? -1) : undefined;
    if (named?.entity.kind === 'person' && !named.possessive) return { ...fromMention(named), outlet };
  }
  // "…,” a point pressed by Jake Sullivan", "…,” a line attributed to X": a noun for what was said, done by someone;
  // "…” was attributed to X", "…” was issued by X": the words themselves, in the passive.
  // ("… by Mr. Jake Sullivan": an honorific before the name.)
  const agentAt = (k: number) => mentionAt(context, tailWords[HONORIFICS.has(tailWords[k]?.norm ?? '') ? k + 1 : k]?.start ?? -1);
  const byAgent = (k: number) => (tailWords[k + 1]?.norm === 'by' ? SAID_BY.has(tailWords[k]?.norm ?? '') : tailWords[k + 1]?.norm === 'to' && CREDITING.has(tailWords[k].norm)) ? agentAt(k + 2) : undefined;
  const nounDoneBy = nounForTheWords ? byAgent(2) : undefined;
  // "…,” it was stated by X", "…,” so it was said by X": the "it" of a passive stands for the words.
  const passiveAt = opener?.norm === 'it' ? 1 : opener?.norm === 'so' && tailWords[1]?.norm === 'it' ? 2 : 0;
  const passiveVerb = (tailWords[passiveAt]?.norm === 'was' || tailWords[passiveAt]?.norm === 'is') && (passiveAt > 0 || !/,/.test(gap)) ? passiveAt + 1 : undefined;
  const passive = passiveVerb !== undefined ? byAgent(passiveVerb) : undefined;
  const doneBy = adjoining ? (nounDoneBy ?? passive) : undefined;
  if (doneBy?.entity.kind === 'person' && !doneBy.possessive) return { ...fromMention(doneBy), outlet };
  // ("…,” so it was said by her": the person the pronoun stands for.)
  const pronounAgent = adjoining && passiveVerb !== undefined && tailWords[passiveVerb + 1]?.norm === 'by' && SAID_BY.has(tailWords[passiveVerb].norm) ? AS_SUBJECT.get(tailWords[passiveVerb + 2]?.norm ?? '') : undefined;
  if (pronounAgent) return { ...resolvePronoun(context, { ...tailWords[passiveVerb! + 2], norm: pronounAgent }), outlet };
  // "…,” as X put it.", "…,” as X (reportedly) said."
  if (opener?.norm === 'as' && adjoining) {
    const named = mentionAt(context, tailWords[1]?.start ?? -1);
    const next = named && named.wordIndex + named.wordCount;
    const verbAfter = next !== undefined ? context.words[context.words[next]?.norm.endsWith('ly') ? next + 1 : next] : undefined;
    if (named?.entity.kind === 'person' && !named.possessive && verbAfter && (verbAfter.norm === 'put' || isReportingVerb(context, verbAfter))) return { ...fromMention(named), outlet };
  }
  // "…” is how X described the trip.", "…” was what X called it.", "…” — that was how X summed it up."
  const pointing = (opener?.norm === 'that' || opener?.norm === 'this') && dashed ? 1 : 0;
  const copula = tailWords[pointing]?.norm;
  if ((copula === 'is' || copula === 'was') && (tailWords[pointing + 1]?.norm === 'how' || tailWords[pointing + 1]?.norm === 'what') && (adjoining || pointing > 0)) {
    const named = mentionAt(context, tailWords[pointing + 2]?.start ?? -1);
    const verbAfter = named && context.words[named.wordIndex + named.wordCount];
    if (named?.entity.kind === 'person' && !named.possessive && verbAfter && (isReportingVerb(context, verbAfter) || NAMING_VERBS.has(verbAfter.norm))) return { ...fromMention(named), outlet };
    // "…” was how the visit was summed up by X.": the same in the passive.
    const agent = passiveOfHow(context, tailWords.slice(pointing));
    if (agent) return { ...fromMention(agent), outlet };
  }
  // "…,” in X's words.", "…” was X's verdict.", "…,” according to his comments to the BBC."
  const ownerWord = opener?.norm === 'in' || opener?.norm === 'is' || opener?.norm === 'was' ? tailWords[1] : opener?.norm === 'according' && tailWords[1]?.norm === 'to' ? tailWords[2] : opener;
  const owner = adjoining ? speechNounOwner(context, mentionAt(context, ownerWord?.start ?? -1), tail, true) : undefined;
  if (owner) return { ...owner, outlet };
  // "…,” a view Marcus thought too harsh": a noun for the words with a clause of its own describes them; its verb
  // is no attribution.
  if (nounForTheWords && adjoining) return undefined;
  // "…,” the paper quoted Russel as saying": whom a verb of quoting quotes "as" saying is the speaker, not its subject.
  const quoting = tailWords.findIndex((word) => QUOTING_VERBS.has(word.norm));
  const quoted = adjoining && quoting >= 0 && quoting <= QUOTING_SUBJECT_WORDS ? mentionAt(context, tailWords[quoting + 1]?.start ?? -1) : undefined;
  if (quoted?.entity.kind === 'person' && !quoted.possessive && context.words[quoted.wordIndex + quoted.wordCount]?.norm === 'as') return { ...fromMention(quoted), outlet };
  const verbAt = tailWords.findIndex((w) => isReportingVerb(context, w));
  // "…,” the State Department's senior East Asia diplomat said": a description may be longer than a name, and so may
  // a name with its body ("Bonnie Glaser of the German Marshall Fund told").
  const openingName = opener && mentionAt(context, opener.start);
  const reach = (opener?.norm === 'the' ? LONGEST_SPEAKER_DESCRIPTION + 1 : openingName?.entity.kind === 'person' ? Math.max(6, openingName.wordCount + LONGEST_SPEAKER_DESCRIPTION) : 6) + wordsPastBodyNames(context, tailWords.slice(0, Math.max(0, verbAt)));
  if (verbAt < 0 || verbAt > reach) return undefined;
  const verb = tailWords[verbAt];
  // "…,” said X": the speaker follows the verb; not a participle's ("…,” adding that …" is the subject's before).
  // "…,” has said X", as a learner of English may write it: an auxiliary before the verb.
  if (verbAt === 0 || (verbAt === 1 && INVERTED_AUXILIARIES.has(opener.norm) && adjoining)) {
    // Nor a listener's: "…” (told USA Today)" names who heard the words.
    if (verb.norm.endsWith('ing') || NEVER_INVERTED.has(verb.norm)) return undefined;
    const speaker = speakerAt(context, verb.end, tail.end);
    // Nor the subject of what was said: "…,” said Blinken was well placed" (the verb is the main clause's), "…” –
    // says the outcome will barely dent relations" (a description named by no one, then a verb of its clause).
    if (speaker?.span && subjectOfClause(context, speaker.span)) return undefined;
    if (!speaker?.entity && opensClause(context, tailWords, verbAt + 1)) return undefined;
    return speaker && { ...speaker, outlet };
  }
  // "…,” X said" / "…,” the piece concluded" / "…,” foreign ministry spokesman X said": the clause opens with its subject.
  if (!mentionAt(context, opener.start) && !SUBJECT_PRONOUNS.has(opener.norm) && !DETERMINERS.has(opener.norm) && !isTitleWord(opener.norm) &&
      !isCapitalized(context.doc.prose.slice(opener.start, opener.end))) return undefined;
  const speaker = speakerAt(context, tail.start, verb.start);
  return speaker && { ...speaker, outlet };
}

/** "“…” (Kritenbrink 2023)": an author-date citation right after the closing mark names whose the words are. */
function citedAfter(context: Context, quotation: QuotationSpan): Attribution | undefined {
  const { prose } = context.doc;
  const open = /^[ \t]{0,3}\(/.exec(prose.slice(quotation.close + 1, quotation.close + 5));
  const named = open ? mentionAt(context, quotation.close + 1 + open[0].length) : undefined;
  return named?.entity.kind === 'person' && !named.possessive && CITED_YEAR.test(prose.slice(named.end, named.end + 40)) ? fromMention(named) : undefined;
}

/** The year closing an author-date citation after the author's name: " 2023)", ", 2023, p. 4)". */
const CITED_YEAR = /^,?[ \t]{1,3}\d{4}[a-z]?(?:,[ \t]{0,3}pp?\.[ \t]{0,3}\d{1,5}(?:[–-]\d{1,5})?)?\)/;

/** Most words of a noun phrase read before the verb of its clause: "the outcome will", "the whole trip was". */
const SUBJECT_PHRASE_WORDS = 3;

/** The words from `at` are a determiner, a few lower-case words and a verb of their own clause ("the outcome will"). */
function opensClause(context: Context, words: readonly Word[], at: number): boolean {
  if (!DETERMINERS.has(words[at]?.norm ?? '')) return false;
  for (let k = at + 1; k <= at + SUBJECT_PHRASE_WORDS && words[k]; k++) {
    if (!/^[ \t]+$/.test(context.doc.prose.slice(words[k - 1].end, words[k].start))) return false;
    if (CLAUSE_VERBS.has(words[k].norm)) return k > at + 1;
  }
  return false;
}

/** Most words of the subject of a verb of quoting after a quotation: "the Financial Times". */
const QUOTING_SUBJECT_WORDS = 4;

/** Auxiliaries that may open an inverted attribution before its verb: "…,” has said Mr. Kurt Campbell." */
const INVERTED_AUXILIARIES = new Set(['has', 'had', 'have']);

/** Past participles of saying, whose "by" names the speaker: "was issued by X", "a point pressed by X" (not "dismissed by"). */
const SAID_BY = new Set(['said', 'issued', 'uttered', 'spoken', 'written', 'delivered', 'offered', 'voiced', 'stated', 'coined', 'argued', 'raised', 'pressed', 'made', 'put', 'phrased', 'expressed', 'given', 'posted', 'tweeted', 'added', 'declared', 'explained', 'remarked', 'observed', 'announced', 'warned', 'insisted', 'replied', 'answered', 'commented', 'claimed', 'stressed', 'emphasized', 'emphasised', 'noted']);
/** Words of address before a name: "by Mr. Jake Sullivan". */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof']);

/** Verbs that give words to someone with "to": "attributed to X", "credited to X". */
const CREDITING = new Set(['attributed', 'credited', 'ascribed']);

/**
 * "She credited “…” to Danny Russel", "“…,” which she credited to Danny Russel": whoever credits the words, the one
 * they are credited to is the speaker the text gives.
 */
function creditedAcross(context: Context, lead: Span, tail: Span): Attribution | undefined {
  const { prose } = context.doc;
  const tailWords = spansWithin(context.words, tail).slice(0, 8);
  const before = spansWithin(context.words, lead).at(-1);
  const right = before !== undefined && CREDITING.has(before.norm) && /^\s*$/.test(prose.slice(before.end, lead.end)) && tailWords[0]?.norm === 'to' && /^\s*$/.test(prose.slice(tail.start, tailWords[0].start)) ? 0 : undefined;
  const which = tailWords[0] && (tailWords[0].norm === 'which' || tailWords[0].norm === 'that') && /^\s*(?:,\s*)?$/.test(prose.slice(tail.start, tailWords[0].start));
  const verb = which ? tailWords.findIndex((word, k) => k > 0 && k <= 4 && CREDITING.has(word.norm) && tailWords[k + 1]?.norm === 'to') : -1;
  const to = right ?? (verb > 0 ? verb + 1 : undefined);
  if (to === undefined) return undefined;
  const next = tailWords[to + 1];
  const named = next && mentionAt(context, (next.norm === 'the' ? tailWords[to + 2] : next)?.start ?? -1);
  return named && named.entity.kind === 'person' && !named.possessive ? fromMention(named) : undefined;
}

/** Nouns for a point made, besides those for what was said: "a point pressed by X", "a theme raised by X". */
const POINT_NOUNS = new Set(['point', 'theme', 'sentiment', 'idea', 'phrase', 'refrain', 'motto', 'slogan']);

/** Words that make the name before them the subject of a clause of its own: "said Blinken was …", "said Xi had …". */
const CLAUSE_VERBS = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'might', 'may', 'can', 'did', 'does', 'must']);

/** The name at `span` is followed, with only a blank between, by a verb of a clause it is the subject of. */
function subjectOfClause(context: Context, span: Span): boolean {
  const next = context.words[firstStartingAt(context.words, span.end)];
  if (!next || !/^[ \t]+$/.test(context.doc.prose.slice(span.end, next.start))) return false;
  return CLAUSE_VERBS.has(next.norm) || (/ed$/.test(next.norm) && /^\p{Ll}/u.test(context.doc.prose.slice(next.start, next.end)));
}

/**
 * "The US must “respect China's core concerns” and work with Beijing, Qin Gang said.": a sentence ending with a
 * name and a verb of saying set off by a comma gives all it says, the quotation included, to that person.
 */
function saidAtSentenceEnd(context: Context, tail: Span): Attribution | undefined {
  const words = spansWithin(context.words, tail);
  const verb = words[words.length - 1];
  if (!verb || !isReportingVerb(context, verb) || LISTENER_VERBS.has(verb.norm) || !/^[\s.!"”’)*_]*$/.test(context.doc.prose.slice(verb.end, tail.end))) return undefined;
  const named = context.mentions[lastStartingAtOrBefore(context.mentions, verb.start - 1)];
  if (!named || named.entity.kind !== 'person' || named.possessive || !/^\s+$/.test(context.doc.prose.slice(named.end, verb.start))) return undefined;
  return /,\s*$/.test(context.doc.prose.slice(tail.start, named.start)) ? fromMention(named) : undefined;
}

/**
 * "“…,” Craig Singleton, who later shared a panel with Bonnie Glaser, told USA Today.": the person opening the
 * tail, then an aside between commas, then the reporting verb (when nothing before the quote names a speaker).
 */
function namedBeforeAside(context: Context, tail: Span): Attribution | undefined {
  const opener = spansWithin(context.words, tail)[0];
  const gap = opener ? context.doc.prose.slice(tail.start, opener.start) : '';
  const named = opener && /^[\s,]*$/.test(gap) ? mentionAt(context, opener.start) : undefined;
  if (named?.entity.kind !== 'person' || named.possessive || context.doc.prose[named.end] !== ',') return undefined;
  const words = spansWithin(context.words, { start: named.end, end: tail.end }).slice(0, 30);
  const verb = words.find((w) => isReportingVerb(context, w) && /,\s*$/.test(context.doc.prose.slice(named.end, w.start)));
  return verb ? { ...fromMention(named), outlet: findOutlet(context, { start: verb.start, end: tail.end }) } : undefined;
}

/**
 * "It was not Glaser who said …", "Nor was it Glaser who said …", "Nor did Glaser say …": the saying at word `i` denied
 * before its subject, in a cleft or after "nor" or "neither" and an auxiliary.
 */
function deniedBeforeSubject(prose: string, leadWords: readonly Word[], i: number): boolean {
  const from = Math.max(0, i - DENIED_SUBJECT_REACH);
  if (leadWords[i - 1]?.norm === 'who') {
    // (Before the name: not "It was Okafor, not Raman, who said", which rules out another.)
    const it = leadWords.findIndex((word, k) => k >= from && k < i - 1 && word.norm === 'it');
    return it >= 0 && leadWords.slice(Math.max(0, it - 2), it + 3).some((word) => isNegation(word) || word.norm === 'nor' || word.norm === 'neither') && !/,/.test(prose.slice(leadWords[it].end, leadWords[Math.min(it + 3, i - 1)].start));
  }
  return leadWords.some((word, k) => k >= from && k < i - 1 && (word.norm === 'nor' || word.norm === 'neither') && AUXILIARIES_AFTER_NOR.has(leadWords[k + 1]?.norm ?? ''));
}

/** Words from "nor" or a cleft's "it" to the verb of saying at most: "Nor was it Foreign Minister Qin Gang who said". */
const DENIED_SUBJECT_REACH = 8;
/** Auxiliaries put before the subject after "nor" or "neither": "Nor did Glaser say". */
const AUXILIARIES_AFTER_NOR = new Set(['did', 'does', 'do', 'has', 'had', 'have', 'was', 'is', 'were']);

/** "not", "never", "didn't". */
function isNegation(word: Word | undefined): boolean {
  return word !== undefined && (word.norm === 'not' || word.norm === 'never' || word.norm.endsWith("n't"));
}

/**
 * Where the words were said, when the last clause before them names no outlet: the verb's own clause's, before an
 * aside that is no clause of its own ("Glaser told the BBC, and I quote, “…”"), or, for a verb joined to the clause
 * before with no listener of its own, that clause's ("Kritenbrink told CNN …, and suggested that “…”").
 */
function outletOfVerbsClause(context: Context, lead: Span, leadWords: readonly Word[], i: number, joinedBy: Word | undefined): Outlet | undefined {
  const verb = leadWords[i];
  // "Speaking to the BBC, she said …, but her hope was for “…”": from the verb's own clause on.
  if (verb.start < lastClause(context.doc.prose, lead).start) return findOutlet(context, { start: lastClause(context.doc.prose, { start: lead.start, end: verb.start }).start, end: lead.end });
  const ownListener = LISTENER_VERBS.has(verb.norm) || leadWords.slice(i + 1).some((word) => word.norm === 'to');
  return joinedBy && !ownListener ? findOutlet(context, lastClause(context.doc.prose, { start: lead.start, end: joinedBy.start })) : undefined;
}

/**
 * "Glaser told Reuters it went well, but she said “…”", "… to the BBC, and she sounded relieved: “…”": a verb after a
 * conjunction and a pronoun for the person who told the outlet in the clause before was heard by that outlet too.
 */
function outletOfJoinedPronoun(context: Context, lead: Span, leadWords: readonly Word[], i: number, speaker: Entity | undefined): Outlet | undefined {
  // Adverbs and auxiliaries aside: "but she also said".
  const k = wordBeforeAdverbs(leadWords, i);
  const [joiner, pronoun] = [leadWords[k - 1], leadWords[k]];
  if (!speaker || !pronoun || !joiner || !SUBJECT_PRONOUNS.has(pronoun.norm) || !VERB_JOINERS.has(joiner.norm)) return undefined;
  const before = lastClause(context.doc.prose, { start: lead.start, end: joiner.start });
  const outlet = findOutlet(context, before);
  // Who told it: the person named last before the outlet, an apposition between or not ("Glaser, managing director
  // of …, was speaking to the BBC, and she …"; not "Raman met Bell, who was speaking to …, and she …").
  const teller = outlet && spansWithin(context.mentions, { start: lead.start, end: outlet.start }).filter((m) => m.entity.kind === 'person' && !m.possessive).at(-1);
  return teller?.entity.id === speaker.id ? outlet : undefined;
}

/** The conjunction right before the verb at `i`, adverbs and auxiliaries between them aside. */
function conjunctionBefore(leadWords: readonly Word[], i: number, prose?: string): Word | undefined {
  const k = wordBeforeAdverbs(leadWords, i);
  // "…, and, after the session with Qin Gang on Sunday, declared": a phrase of time set off by commas after the
  // conjunction.
  if (prose !== undefined && /^\s*,\s*$/.test(prose.slice(leadWords[k]?.end ?? 0, leadWords[k + 1]?.start ?? 0))) {
    let open = k;
    while (open > 0 && !/,\s*$/.test(prose.slice(leadWords[open - 1].end, leadWords[open].start))) open--;
    if (open > 0 && k - open < MAX_SET_OFF_TIME_WORDS && FRONTED_OPENERS.has(leadWords[open].norm) && VERB_JOINERS.has(leadWords[open - 1].norm)) return leadWords[open - 1];
  }
  return k > 0 && VERB_JOINERS.has(leadWords[k].norm) ? leadWords[k] : undefined;
}

/** Longest phrase of time set off by commas between a conjunction and its verb. */
const MAX_SET_OFF_TIME_WORDS = 15;

/** The index of the word before the adverbs and auxiliaries right before the verb at `i` ("she" in "she also said"). */
function wordBeforeAdverbs(leadWords: readonly Word[], i: number): number {
  let k = i - 1;
  while (k > 0 && BEFORE_VERB.has(leadWords[k].norm)) k--;
  return k;
}

/**
 * The words between "with" and the participle at `i` ("…, with the foreign ministry saying", "with Wang Wenbin
 * insisting"): the participle's own subject, a noun phrase with nothing but words between.
 */
function absoluteSubject(context: Context, leadWords: readonly Word[], i: number): Span | undefined {
  if (!leadWords[i].norm.endsWith('ing')) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - MAX_ABSOLUTE_SUBJECT_WORDS - 1); k--) {
    if (/[,;:()—–"“”]/.test(context.doc.prose.slice(leadWords[k].end, leadWords[k + 1].start))) return undefined;
    if (leadWords[k].norm === 'with') return k < i - 1 ? { start: leadWords[k + 1].start, end: leadWords[i - 1].end } : undefined;
  }
  return undefined;
}

const MAX_ABSOLUTE_SUBJECT_WORDS = 6;

/** Verbs of saying that also take an infinitive: "Biden and Xi had agreed to improve communications" says nothing. */
const INFINITIVE_VERBS = new Set(['agree', 'promise', 'vow', 'pledge', 'offer', 'continue', 'hope', 'threaten', 'refuse', 'decline'].flatMap((verb) => [verb, `${verb}s`, `${verb}d`, `${verb}ed`]));

function takesInfinitive(words: readonly Word[], i: number): boolean {
  return INFINITIVE_VERBS.has(words[i].norm) && words[i + 1]?.norm === 'to';
}

/**
 * "Before Blinken arrived, Xi met Gates and said …": the part after the range's last comma, when a person's name
 * opens it (not one of several: "Qin, Wang and Xi met …"), is the clause whose verb the joined one shares.
 */
function clauseOpenedByName(context: Context, range: Span): Span {
  const comma = context.doc.prose.lastIndexOf(',', range.end - 1);
  if (comma < range.start) return range;
  const words = spansWithin(context.words, { start: comma, end: range.end });
  const mention = words[0] && mentionAt(context, words[0].start);
  if (!mention || mention.entity.kind !== 'person' || mention.possessive) return range;
  const after = context.words[mention.wordIndex + mention.wordCount];
  if (!after || after.end > range.end || after.norm === 'and' || after.norm === 'or' || /,/.test(context.doc.prose.slice(mention.end, after.start))) return range;
  return { start: words[0].start, end: range.end };
}

/**
 * The subject a verb joined by "and" shares: its clause's. "Blinken waited while Xi met Gates and said …" may join
 * the clause opened by "while" or the main one: with two people as their subjects, nobody is sure.
 */
function joinedSpeaker(context: Context, leadWords: readonly Word[], lead: Span, joinedBy: Word): Attribution | undefined {
  const clause = clauseOpenedByName(context, lastClause(context.doc.prose, { start: lead.start, end: joinedBy.start }));
  const speaker = speakerIn(context, reportedClause(context, afterWhom(leadWords, clause)), false, false);
  const subordinate = subordinateClause(context, clause);
  const other = subordinate && speakerIn(context, subordinate, false, false);
  return other?.entity && speaker?.entity && other.entity.id !== speaker.entity.id ? { kind: 'descriptor', confident: false } : speaker;
}

/** The clause a subordinator and a name open within `range` after its subject: "while Xi met Gates" (not "On the day before Blinken landed, Xi …"). */
function subordinateClause(context: Context, range: Span): Span | undefined {
  const words = spansWithin(context.words, range);
  const fronted = frontedWords(context, range, words);
  for (let k = words.length - 2; k > fronted; k--) {
    if (!SUBORDINATORS.has(words[k].norm)) continue;
    const mention = mentionAt(context, words[k + 1].start);
    return mention?.entity.kind === 'person' && !mention.possessive ? { start: words[k + 1].start, end: range.end } : undefined;
  }
  return undefined;
}

const SUBORDINATORS = new Set(['while', 'when', 'as', 'after', 'before', 'because', 'since', 'although', 'though', 'whereas', 'once', 'until']);

/**
 * "The spokesman spoke before Blinken landed, insisting …": a participle after a clause ending in a subordinate one
 * is the main clause's subject's doing, not the subordinate clause's: the range up to its subordinator.
 */
function withoutSubordinateClause(context: Context, range: Span): Span {
  const subordinate = subordinateClause(context, range);
  if (!subordinate) return range;
  const subordinator = context.words[firstStartingAt(context.words, subordinate.start) - 1];
  return { start: range.start, end: subordinator.start };
}

/**
 * "Reports said Xi met Gates and said …": in a clause that reports another's act, the verb joined after it shares
 * the reported act's subject, named right after the verb of saying (and its "that").
 */
function reportedClause(context: Context, clause: Span): Span {
  const words = spansWithin(context.words, clause);
  for (let k = words.length - 2; k >= 0; k--) {
    if (!isReportingVerb(context, words[k])) continue;
    const next = words[k + 1].norm === 'that' ? words[k + 2] : words[k + 1];
    const mention = next && mentionAt(context, next.start);
    return mention?.entity.kind === 'person' && !mention.possessive ? { start: next.start, end: clause.end } : clause;
  }
  return clause;
}

/** "Bill Gates, whom Xi met and told …": a verb joined to one after "whom" shares that one's subject. */
function afterWhom(leadWords: readonly Word[], joined: Span): Span {
  const joinedWords = spansWithin(leadWords, joined);
  for (let k = joinedWords.length - 1; k >= 0; k--) if (joinedWords[k].norm === 'whom') return { start: joinedWords[k].end, end: joined.end };
  return joined;
}

/** Words opening a clause that tells when, between a verb and its quotation: "said before Blinken landed", "said once Xi spoke". */
const WHEN_CLAUSE_OPENERS = new Set([...TIME_CLAUSE_OPENERS, 'once']);

/**
 * "Danny Russel put it neatly, I thought: …", "…, we think, …": the writer's own aside set off by a comma, a verb of
 * saying or thinking after "I" or "we", is no one saying the words.
 */
function writersAside(context: Context, leadWords: readonly Word[], i: number): boolean {
  const subject = leadWords[i - 1];
  const before = leadWords[i - 2];
  if (!subject || !before || !FIRST_PERSON.has(subject.norm)) return false;
  const { prose } = context.doc;
  return /^\s*,\s*$/.test(prose.slice(before.end, subject.start)) && /^\s*[,:—–]/.test(prose.slice(leadWords[i].end, leadWords[i].end + 3));
}

const FIRST_PERSON = new Set(['i', 'we']);

/** Words of time that may open a participle's phrase after its comma: "…, while adding that …". */
const PARTICIPLE_TIMES = new Set(['while', 'when', 'before', 'after', 'since', 'whilst']);

/** Verbs whose object is the listener, not the speaker: "X told Y that “…”". */
const LISTENER_VERBS = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'urged', 'warned', 'reminded', 'assured', 'informed']);
/** Of those, the ones that never open a speaker's inverted tag: "…” (told USA Today)", but "…,” warned Russel". */
const NEVER_INVERTED = new Set(['told', 'tell', 'tells', 'informed']);

/** An outlet named right after a verb taking a listener ("told the BBC", "warned CNN"). */
function toldOutlet(context: Context, attribution: Attribution): boolean {
  const { entity, span } = attribution;
  if (entity?.kind !== 'organization' || entity.organization.kind !== 'outlet' || !span) return false;
  let k = firstStartingAt(context.words, span.start) - 1;
  if (context.words[k]?.norm === 'the') k--;
  return LISTENER_VERBS.has(context.words[k]?.norm ?? '');
}

/** A reporting verb, not a capitalised word of a name that happens to spell one ("the United States"). */
function isReportingVerb(context: Context, word: Word): boolean {
  const at = firstStartingAt(context.words, word.start);
  const before = context.words[at - 1];
  // "Xi made clear that …", "made it clear"
  if (MAKE.has(word.norm)) return context.words[at + 1]?.norm === 'clear' || (context.words[at + 1]?.norm === 'it' && context.words[at + 2]?.norm === 'clear');
  // "spoke of “…”", "pointed to “…”": a verb that reports words only with its particle.
  const particle = SPEAKING_WITH_PARTICLE.get(word.norm);
  if (particle) {
    // "summed it up as": a pronoun may stand before the particle; "summed the trip up as": "the" and a noun, before "up";
    // "spoke hopefully of": an adverb.
    const next = OBJECT_BEFORE_PARTICLE.has(context.words[at + 1]?.norm ?? '') || /.ly$/.test(context.words[at + 1]?.norm ?? '') ? at + 2 : particle === 'up' && context.words[at + 1]?.norm === 'the' ? at + 3 : at + 1;
    return (context.words[at + 1]?.norm === particle || context.words[next]?.norm === particle) && !isCapitalized(context.doc.prose.slice(word.start, word.end));
  }
  if (!SPEECH_VERBS.has(word.norm) || isCapitalized(context.doc.prose.slice(word.start, word.end))) return false;
  // "his stated goal", "the said agreement": a participle describing a noun; "secretary of state": a noun.
  // "in Beijing's telling", "Xi's warning", "Campbell's caution": a noun after a possessive.
  if (before?.norm === 'of' || (before && /['’]s$/.test(before.norm) && (/(?:ing|s)$/.test(word.norm) || SPEECH_NOUNS.has(word.norm)))) return false;
  // "Obama's 2nd term", "a second call": a noun after an ordinal.
  if (before && ORDINAL.test(before.norm)) return false;
  // "Blinken faced demands to …", "amid calls for …", "four demands: …": a plural noun after a past verb, a
  // preposition or a word counting it.
  if (before && word.norm.endsWith('s') && (before.norm.endsWith('ed') || PREPOSITIONS.has(before.norm) || PLURAL_COUNTS.has(before.norm) || /^\d+$/.test(before.norm))) return false;
  // "put it in plain terms:": a plural noun after a preposition and one word describing it.
  const twoBefore = context.words[at - 2]?.norm ?? '';
  if (word.norm.endsWith('s') && (twoBefore === 'in' || PREPOSITIONS.has(twoBefore)) && !/[.!?:;,]/.test(context.doc.prose.slice(context.words[at - 2].end, word.start))) return false;
  return before === undefined || !DETERMINERS.has(before.norm) || /[.!?:;]\s*$/.test(context.doc.prose.slice(before.end, word.start));
}

/** "2nd", "third", "last": a word placing the noun after it in a series. */
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|final)$/;

/** Words that count a plural noun: "four demands", "several calls", "fresh demands". */
const PLURAL_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many', 'some', 'few', 'these', 'those', 'such', 'new', 'fresh', 'further', 'more', 'its', 'their']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'this', 'that', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'any', 'no', 'every']);
/** Modal verbs before a verb of saying that leave the saying a possibility ("would" tells of the past too: "would later say"). */
const MAYBE = new Set(['may', 'might', 'could', 'can', 'should', 'must']);

/** The verb at `i` is only a possibility: "may explain", "could have told", "would have said". */
function onlyMaybe(leadWords: readonly Word[], i: number): boolean {
  const before = leadWords[i - 1]?.norm ?? '';
  if (MAYBE.has(before)) return true;
  const modal = leadWords[i - 2]?.norm ?? '';
  return before === 'have' && (MAYBE.has(modal) || modal === 'would');
}
const MAKE = new Set(['made', 'make', 'makes', 'making']);
/** Verbs that report words only with their particle ("spoke about “…”" is the words talked about, like "ask about"). */
const SPEAKING_WITH_PARTICLE: ReadonlyMap<string, string> = new Map([
  ...['spoke', 'speaks', 'speak', 'talked', 'talks'].map((verb) => [verb, 'of'] as const),
  ...['pointed', 'points'].map((verb) => [verb, 'to'] as const),
  // "“…,” Russel went on.", "Kritenbrink summed it up as “…”".
  ...['went', 'goes', 'go', 'going'].map((verb) => [verb, 'on'] as const),
  ...['summed', 'sums', 'sum', 'summing'].map((verb) => [verb, 'up'] as const),
  // "Singleton allowed that it “may well …”", "granted that": conceding, only with "that".
  ...['allowed', 'allows', 'allowing', 'granted', 'grants', 'granting'].map((verb) => [verb, 'that'] as const),
]);
/** A pronoun for what was said, between such a verb and its particle: "summed it up" (or "the" and a noun). */
const OBJECT_BEFORE_PARTICLE = new Set(['it', 'this', 'that', 'things']);

// ---- rule 2: the clause before the quote ----

/** Verbs by which a writer passes on someone else's words: whom they quote is the speaker. */
const QUOTING_VERBS = new Set(['quote', 'quotes', 'quoted', 'quoting', 'cite', 'cites', 'cited', 'citing']);

/**
 * "Farrow quotes Danny Russel, accurately enough, calling the trip “…”", "She cites Russel: “…”": the person named
 * right after a verb of quoting, when the clause names no one after them.
 */
function quotedBy(context: Context, clause: Span): Mention | undefined {
  const people = spansWithin(context.mentions, clause).filter((m) => m.entity.kind === 'person');
  const quoted = people.find((m) => !m.possessive && QUOTING_VERBS.has(context.words[m.wordIndex - 1]?.norm ?? ''));
  return quoted && quoted === people[people.length - 1] ? quoted : undefined;
}

/** Words after "how" or "what" up to the passive's "by": "how the visit was summed up by X". */
const PASSIVE_OF_HOW_REACH = 8;

/** "how the visit was summed up by X", "what the trip was called by X": the agent of a verb of saying in the passive. */
function passiveOfHow(context: Context, tailWords: readonly Word[]): Mention | undefined {
  const by = tailWords.findIndex((word, k) => k > 2 && k <= PASSIVE_OF_HOW_REACH && word.norm === 'by');
  if (by < 0) return undefined;
  const verb = PARTICLES_OF_SAYING.has(tailWords[by - 1].norm) ? tailWords[by - 2] : tailWords[by - 1];
  const auxiliary = tailWords[tailWords.indexOf(verb) - 1];
  if (!verb || !auxiliary || !PASSIVE_AUXILIARIES.has(auxiliary.norm) || !(isReportingVerb(context, verb) || NAMING_VERBS.has(verb.norm))) return undefined;
  const named = mentionAt(context, tailWords[by + 1]?.start ?? -1);
  return named?.entity.kind === 'person' && !named.possessive ? named : undefined;
}

const PARTICLES_OF_SAYING = new Set(['up', 'out']);

/**
 * "The United States, says Qin Gang, must “…”": a reporting clause set inside the sentence between commas, its
 * subject right after the verb, a title between or not (not a listener: "…, told Wang Yi, …").
 */
function invertedAside(context: Context, leadWords: readonly Word[], i: number, next: Mention | undefined): Mention | undefined {
  const { prose } = context.doc;
  const verb = leadWords[i];
  if (!next || next.possessive || i === 0 || LISTENER_VERBS.has(verb.norm)) return undefined;
  // A title may come between: "…, said Councillor Marcus Bell, …".
  for (let k = firstStartingAt(context.words, verb.end); k < next.wordIndex; k++) if (!isTitleWord(context.words[k].norm)) return undefined;
  return /^[ \t]*,[ \t]*$/.test(prose.slice(leadWords[i - 1].end, verb.start)) && /^[ \t]*,/.test(prose.slice(next.end)) ? next : undefined;
}

/**
 * "Wang had “demanded that the US stop …”": a quotation opening with its own verb of saying, in the past, after its
 * subject's name (an auxiliary between at most) is that person's.
 */
function saidInsideQuotation(context: Context, quotation: QuotationSpan, lead: Span): Attribution | undefined {
  const first = context.words[firstStartingAt(context.words, quotation.open)];
  if (!first || !/^\W?$/u.test(context.doc.prose.slice(quotation.open + 1, first.start)) || !SPEECH_VERBS.has(first.norm) || !PAST_OF_SAYING.test(first.norm)) return undefined;
  const end = beforeAuxiliaries(context, lead);
  const named = context.mentions[lastStartingAtOrBefore(context.mentions, end - 1)];
  if (!named || named.start < lead.start || !/^\s*$/.test(context.doc.prose.slice(named.end, end))) return undefined;
  const source = named.start > lead.start ? attributionBefore(context, { start: lead.start, end: named.start }) : undefined;
  return { ...fromMention(named), ...(source?.entity && source.entity.id !== named.entity.id && { source }) };
}

/** A verb of saying in the past: "demanded", "said", "told". */
const PAST_OF_SAYING = /(?:ed|^said|^told|^wrote|^spoke)$/;
/** A verb's third person present: "urges", "says", "warns" (not "discuss", "press"). */
const PRESENT_OF_SAYING = /[^s]s$/;

/**
 * "Biden and Xi, he noted, had pledged better communication “…”": a telling set off by commas between a clause's
 * subject and its verb (`verbAt`) says whose words follow: a name's, or, for a pronoun, someone's other than the
 * subject it interrupts, whom it leaves in doubt.
 */
function speechTagAside(context: Context, leadWords: readonly Word[], verbAt: number): Attribution | undefined {
  const { prose } = context.doc;
  const setOff = (from: Word | undefined, to: Word | undefined) => from !== undefined && to !== undefined && /^\s*,\s*$/.test(prose.slice(from.end, to.start));
  for (let k = verbAt - 1; k > 1; k--) {
    const tagVerb = leadWords[k];
    // ("Its value, Russel suggested, lay in … when Beijing described …": a tag before the verb's own clause opens is the main clause's.)
    if (/[.;:!?]/.test(prose.slice(tagVerb.end, leadWords[k + 1].start)) || SUBORDINATORS.has(tagVerb.norm)) return undefined;
    if (!PAST_OF_SAYING.test(tagVerb.norm) || !isReportingVerb(context, tagVerb) || !setOff(tagVerb, leadWords[k + 1])) continue;
    const teller = leadWords[k - 1];
    if (SUBJECT_PRONOUNS.has(teller.norm)) return setOff(leadWords[k - 2], teller) ? { kind: 'descriptor', confident: false } : undefined;
    const named = spansWithin(context.mentions, { start: leadWords[0].start, end: teller.end }).at(-1);
    if (!named || named.end !== teller.end || named.entity.kind !== 'person') return undefined;
    return setOff(context.words[named.wordIndex - 1], context.words[named.wordIndex]) ? fromMention(named) : undefined;
  }
  return undefined;
}

/**
 * "The analyst who summed it up best was Danny Russel: “…”": a person a copula names right before the colon
 * opening the quotation is who says it, whatever the description before the copula.
 */
function identifiedBeforeColon(context: Context, leadWords: readonly Word[], lead: Span): Mention | undefined {
  const mentions = spansWithin(context.mentions, lead);
  // ("That was Craig Singleton, talking to USA Today: “…”": a participle's phrase may come between, naming no one.)
  const named = mentions.filter((m) => m.entity.kind === 'person').at(-1);
  if (!named || named.possessive || !NAME_TO_COLON.test(context.doc.prose.slice(named.end, lead.end))) return undefined;
  const before = leadWords[leadWords.findIndex((word) => word.start === named.start) - 1];
  return before && IDENTIFYING_COPULAS.has(before.norm) ? named : undefined;
}

const IDENTIFYING_COPULAS = new Set(['was', 'is']);
/** From a name to the colon opening the quotation, an aside of a participle between: ", speaking to the BBC:". */
const NAME_TO_COLON = /^(?:[ \t]*,[ \t]*\p{Ll}+ing\b[^,:;“”"]{0,60})?[ \t]*:[\s*_]*$/u;

function attributionBefore(context: Context, lead: Span): Attribution | undefined {
  const leadWords = spansWithin(context.words, lead);
  // "ask about “modus vivendi”", "what “modus vivendi” means": words talked about, not words said.
  if (TALKED_ABOUT.has(leadWords.at(-1)?.norm ?? '') && /^\s*$/.test(context.doc.prose.slice(leadWords.at(-1)!.end, lead.end))) return { kind: 'descriptor', confident: false };
  // "Singleton (to Al Jazeera): the visit is “…”", "Campbell, to the BBC: …": a label naming who heard the words too.
  // "According to the BBC, Singleton judged …": the outlet that reported the words, read once for the outlet and the speaker.
  const reporter = reportedBy(context, leadWords);
  let outlet = findOutlet(context, lastClause(context.doc.prose, lead)) ?? labelOutlet(context, lead) ?? reporter ?? interviewedBy(context, leadWords);
  const identified = identifiedBeforeColon(context, leadWords, lead);
  if (identified) return { ...fromMention(identified), outlet };
  const opening = openingOwner(context, leadWords, spansWithin(context.mentions, lead).filter((m) => m.entity.kind === 'person'));
  if (opening) return { ...opening, outlet };
  const quoted = quotedBy(context, lastClause(context.doc.prose, lead));
  if (quoted) return { ...fromMention(quoted), outlet };
  // A verb before a semicolon is another clause's.
  const semicolon = context.doc.prose.lastIndexOf(';', lead.end - 1);
  for (let i = leadWords.length - 1; i >= 0 && leadWords[i].start > semicolon; i--) {
    if (!isReportingVerb(context, leadWords[i]) || takesInfinitive(leadWords, i) || inOpeningClause(context, leadWords, i, lead) || writersAside(context, leadWords, i)) continue;
    const verb = leadWords[i];
    // "Blinken urged them to act, while the ministry pressed the US to “…”": a clause joined after the verb with a
    // subject of its own holds the words, and the verb before it is another clause's.
    if (joinedClauseAfter(context, leadWords, i, lead)) break;
    // "Glaser did not say the visit was “…”; Singleton did": a denied saying gives the words to no one; nor does one
    // that only may be ("which may explain her interest in “…”", "Xi could argue that “…”").
    if (isNegation(leadWords[i - 1]) || (BEFORE_VERB.has(leadWords[i - 1]?.norm ?? '') && isNegation(leadWords[i - 2])) || deniedBeforeSubject(context.doc.prose, leadWords, i)) return { kind: 'descriptor', confident: false, denied: true };
    if (onlyMaybe(leadWords, i)) return { kind: 'descriptor', confident: false };
    // "Singleton was quoted by Al Jazeera as describing …": who is quoted is the subject; who quoted, where it was read.
    const quoted = quotedInPassive(context, leadWords, i, lead);
    if (quoted) return { ...quoted.speaker, outlet: quoted.outlet ?? outlet };
    // "It was nonetheless cautioned by her that “…”": a verb of saying in the passive is its agent's.
    const agent = passiveAgent(context, leadWords, i);
    if (agent) return { ...agent, outlet };
    const tag = speechTagAside(context, leadWords, i);
    if (tag) return { ...tag, outlet };
    const between = spansWithin(context.mentions, { start: verb.end, end: lead.end }).filter((m) => m.entity.kind === 'person');
    const inverted = invertedAside(context, leadWords, i, between[0]);
    if (inverted) return { ...fromMention(inverted), outlet };
    // "X dismissed Y's warning that “…”", "X quoted Y as saying “…”": the words are Y's.
    const reported = between.find((m) => {
      const next = context.words[m.wordIndex + m.wordCount]?.norm;
      // "as saying", "as having said", "as telling": not "hard for Biden as the election approached".
      const afterAs = context.words[m.wordIndex + m.wordCount + 1]?.norm ?? '';
      return (m.possessive && next !== undefined && SPEECH_NOUNS.has(next)) || (!m.possessive && next === 'as' && afterAs.endsWith('ing'));
    });
    if (reported) return { ...fromMention({ ...reported, possessive: false }), outlet };
    // (So does a pronoun: "Al Jazeera's report quoted her as saying …" is whoever "she" is.)
    const asSaying = (k: number) => OBJECT_PRONOUNS.has(leadWords[k]?.norm ?? '') && leadWords[k + 1]?.norm === 'as' && (leadWords[k + 2]?.norm ?? '').endsWith('ing');
    const reportedPronoun = verb.norm.endsWith('ing') && asSaying(i - 2) ? leadWords[i - 2] : leadWords.find((_, k) => k > i && asSaying(k));
    if (reportedPronoun) return { ...resolveAsSubject(context, reportedPronoun, OBJECT_PRONOUNS), outlet };
    // "Blinken arrived, with the ministry saying “…”": a participle after "with" has its own subject.
    const absolute = absoluteSubject(context, leadWords, i);
    if (absolute) {
      // The phrase's head, right before the participle: not "US" of "with US officials saying".
      const named = spansWithin(context.mentions, absolute).find((m) => !m.possessive && m.end === absolute.end);
      return { ...(named ? fromMention(named) : { kind: 'descriptor', confident: false }), outlet };
    }
    // "Xi met Bill Gates on Friday and said …": the second verb's subject is the first one's; so is a participle's
    // after a comma ("Blinken praised Xi, saying “…”").
    // ("…, while adding that …", "…, before saying …": a word of time between the comma and the participle.)
    const timed = PARTICIPLE_TIMES.has(leadWords[i - 1]?.norm ?? '') ? 1 : 0;
    const participle = verb.norm.endsWith('ing') && /,\s*$/.test(context.doc.prose.slice(leadWords[i - 1 - timed]?.end ?? lead.start, leadWords[i - timed].start));
    // "Al Jazeera's report had Bonnie Glaser, …, saying “…”": a participle's subject is whom a verb of showing or quoting
    // before it has as its object.
    const shown = participle ? shownSaying(context, leadWords, i) : undefined;
    if (shown) return { ...fromMention(shown), outlet };
    const joinedBy = participle ? undefined : conjunctionBefore(leadWords, i, context.doc.prose);
    // The participle's clause ends at its comma: "…, and Xi offered a hint on Friday, telling Gates …" is Xi's.
    // "Wang Wenbin answered Blinken by telling him …": the gerund after "by" is its clause's subject's doing.
    const byGerund = verb.norm.endsWith('ing') && leadWords[i - 1]?.norm === 'by';
    // "Xi met Gates, said “…”": a past verb of saying right after the comma closing a clause of no asides has that
    // clause's subject, as "and said" would; so has a present one, as headlines write it ("Blinken sees Xi, urges “…”").
    const comma = context.doc.prose.lastIndexOf(',', verb.start);
    const afterClause = !participle && !joinedBy && i > 0 && comma >= leadWords[i - 1].end && (PAST_OF_SAYING.test(verb.norm) || PRESENT_OF_SAYING.test(verb.norm)) ? verbsOwnClause(context, { start: lead.start, end: comma }) : undefined;
    const commaJoined = afterClause && !context.doc.prose.slice(afterClause.start, afterClause.end).includes(',') ? speakerIn(context, afterClause, false, false) : undefined;
    const coordinated = participle
      ? speakerIn(context, withoutSubordinateClause(context, verbsOwnClause(context, { start: lead.start, end: comma })), false, false)
      : byGerund
        ? speakerIn(context, verbsOwnClause(context, { start: lead.start, end: leadWords[i - 1].start }), false, false)
        : joinedBy
        ? joinedSpeaker(context, leadWords, lead, joinedBy)
        : commaJoined;
    // A participle's subject is its main clause's, not a later clause's ("The official told the BBC that it was …, adding").
    // After a phrase of time set off by commas ("and, after the session with Qin Gang, declared"), no subject but the
    // joined clause's: not a name inside the phrase.
    const setOff = joinedBy !== undefined && joinedBy !== leadWords[wordBeforeAdverbs(leadWords, i)];
    const before = coordinated ?? (participle || setOff ? undefined : subjectBefore(context, { start: lead.start, end: verb.start }));
    // "X warned the BBC not to expect …, but said “…”": an outlet told something is no subject of a verb joined after.
    const found = joinedBy && before?.span && toldOutlet(context, before) ? undefined : before;
    // "Later, the foreign minister said …": a description right before the verb (not before a verb joined by "and":
    // "he appeared alongside Vivian Balakrishnan, Singapore's foreign minister, and said …" describes the object).
    const subject = found?.entity || joinedBy ? found : (describedBefore(context, { start: lead.start, end: verb.start }) ?? found);
    // "Blinken was hopeful, but China insisted that “…”": a verb with a clause of its own and no speaker found in
    // it leaves the speaker unknown; a verb before it is another clause's.
    if (!subject && !coordinated && verbsOwnClause(context, { start: lead.start, end: verb.start }).start > lead.start) return { kind: 'descriptor', confident: false, outlet };
    if (!subject) continue;
    // An outlet before a relative "who" is the main clause's: "X, speaking to CNN, disagreed with Y, who said".
    const who = coordinated ? undefined : relativeWho(context, verbsOwnClause(context, { start: lead.start, end: verb.start }));
    if (who && outlet && outlet.start < who.start) outlet = undefined;
    // "X agreed with Y that “…”": another person between verb and quote leaves the speaker in doubt,
    // unless the verb takes a listener ("X told Y that “…”") or Y is in a time clause ("X said before Y landed: “…”").
    // ("X said as he stood beside Y: “…”": "as" and a pronoun open a clause of time too.)
    const inTimeClause = (m: Mention) => spansWithin(context.words, { start: verb.end, end: m.start }).some((word, k, between) => WHEN_CLAUSE_OPENERS.has(word.norm) || (word.norm === 'as' && SUBJECT_PRONOUNS.has(between[k + 1]?.norm ?? '')));
    // "Blinken said Biden and Xi had pledged “…”": in what someone else is said to have said, the words may be theirs.
    const doubtful = (between.some((m) => !m.possessive && !inTimeClause(m)) && !LISTENER_VERBS.has(verb.norm)) || reportedBySomeoneElse(context, lead, subject);
    return { ...subject, confident: subject.confident && !doubtful, outlet: outlet ?? subject.outlet ?? outletOfVerbsClause(context, lead, leadWords, i, joinedBy) ?? outletOfJoinedPronoun(context, lead, leadWords, i, subject.entity) };
  }
  // "According to X, “…”", after any reporting verb: "According to USA Today, Singleton called it “…”" is
  // Singleton's.
  const according = leadWords.findIndex((w, i) => w.norm === 'according' && leadWords[i + 1]?.norm === 'to');
  if (according >= 0) {
    // "According to USA Today, Singleton judged the visit “…”": an outlet reported the words of the person named after it.
    // ("Singleton, according to the BBC, found the visit “…”": or the one named before it.)
    // (With no one named, the outlet is the source: "According to the BBC: “…”".)
    const person = reporter && (personAfter(context, { start: reporter.end, end: lead.end }) ?? personAfter(context, { start: lead.start, end: leadWords[according].start }));
    const speaker = person ?? speakerAt(context, leadWords[according + 1].end, lead.end);
    if (speaker) return { ...speaker, outlet };
  }
  // "In X's words, “…”", "Blinken rejected Qin's claim: “…”"; a clause before a semicolon is another's ("Glaser was
  // upbeat; Singleton's view was bleak: “…”").
  const ownClause = { start: Math.max(lead.start, context.doc.prose.lastIndexOf(';', lead.end - 1) + 1), end: lead.end };
  const people = spansWithin(context.mentions, ownClause).filter((m) => m.entity.kind === 'person');
  const owner = speechNounOwner(context, people.at(-1), lead) ?? pronounOwner(context, ownClause);
  if (owner) return { ...owner, outlet };
  // "X's verdict was bleak: “…”", "The line came from X: “…”"
  const leadText = context.doc.prose.slice(lead.start, lead.end);
  // ("X was harsher in an interview with the BBC: the trip was, “…”": a short clause after the colon ending in "was".)
  if (/[:—–]\s*$/.test(leadText) || CLAUSE_AFTER_COLON.test(leadText) || OPENER_AFTER_COLON.test(leadText)) {
    // "Beijing, after Sunday's talks with Qin Gang: “…”": a label naming the speaker, then who or what it was about.
    const opener = context.mentions[firstStartingAt(context.mentions, lead.start)];
    // "Glaser was speaking to the BBC, and she sounded relieved: “…”": the outlet of the clause naming her before.
    const pronounAfter = leadWords.find((word) => SUBJECT_PRONOUNS.has(word.norm));
    const joinedOutlet = (named: Mention) => outlet ?? (pronounAfter && pronounAfter.start > named.end ? outletOfJoinedPronoun(context, lead, leadWords, leadWords.indexOf(pronounAfter) + 1, named.entity) : undefined);
    // "Pompeo, who …, would not have known the tone; Blinken’s own line was simple:": whose words a possessive names.
    const wordsOf = people.filter((m) => m.possessive && SPEECH_NOUNS.has(context.words[m.wordIndex + m.wordCount + (context.words[m.wordIndex + m.wordCount]?.norm === 'own' ? 1 : 0)]?.norm ?? '')).at(-1);
    if (wordsOf && !people.some((m) => m.start > wordsOf.start && !m.possessive)) return { ...fromMention({ ...wordsOf, possessive: false }), outlet };
    if (opener && opener.start < lead.end && opener.wordIndex === firstStartingAt(context.words, lead.start) && !opener.possessive && context.doc.prose[opener.end] === ',') {
      return { ...fromMention(opener), outlet: joinedOutlet(opener) };
    }
    // Not a name after a preposition (but "came from X:") or used as a modifier ("after the Qin meeting"); a
    // possessive only when nobody else is named ("Biden's adviser, Jake Sullivan, framed its purpose:").
    // Nor a possessive telling when, under whom ("diplomat in Obama's second term:"), unless of something said ("In
    // Glaser's view:").
    const ofTime = (m: Mention) => m.possessive && TIME_PREPOSITIONS.has(context.words[m.wordIndex - 1]?.norm ?? '') && !SPEECH_NOUNS.has(context.words[m.wordIndex + m.wordCount]?.norm ?? '');
    // Nor one telling whose someone is ("Obama's top East Asia diplomat saw an upside:").
    const afterPreposition = (m: Mention) => (prepositionBefore(context.doc.prose, context.words, m)?.norm ?? 'from') !== 'from' && !creditedTo(context, m);
    // (Nor one joined by "and" to such a name: "After talks between Blinken and Qin Gang, the ministry made its view plain:".)
    const joinedToObject = (m: Mention) => {
      const and = wordBeforeTitle(context.words, m.wordIndex, JOINED_TITLE_WORDS);
      return context.words[and]?.norm === 'and' && people.some((other) => other.wordIndex + other.wordCount === and && afterPreposition(other));
    };
    // Nor one in a phrase put before the subject ("Speaking … while Antony Blinken's trip was under way, the managing
    // director … kept her verdict upbeat:").
    // Nor the possessive opening the noun phrase the quotation goes on ("The Singaporean's verdict: Blinken's “trip is …”").
    const opensQuotedPhrase = (m: Mention) => m.possessive && OPENER_AFTER_COLON.test(leadText) && POSSESSIVE_ENDING_LEAD.test(context.doc.prose.slice(m.end, lead.end));
    const labelled = people.filter((m) => !afterPreposition(m) && !joinedToObject(m) && !ofTime(m) && !opensQuotedPhrase(m) && !(m.possessive && inFrontedPhrase(context, m)) && (m.possessive ? !possessesTie(context.doc.prose, m.end) : !modifiesNoun(context.doc.prose, context.words, m.wordIndex, m.wordIndex + m.wordCount)));
    const named = labelled.some((m) => !m.possessive) ? labelled.filter((m) => !m.possessive) : labelled;
    // "She read me a passage, from Daniel Kritenbrink: “…”": the name the words came from, right before the colon.
    const source = named.at(-1);
    if (source && !source.possessive && prepositionBefore(context.doc.prose, context.words, source)?.norm === 'from' && /^\s*[:—–]\s*$/.test(leadText.slice(source.end - lead.start))) {
      return { ...fromMention(source), outlet };
    }
    // "He praised Blinken: “…”": a subject pronoun before the names is the speaker.
    // Not one after a verb of saying: "The official told the BBC that it was …:" is not about "it".
    // Nor "it" as an object: "Let me read it: “…”".
    // Nor the "it" of "It was Jake Sullivan who supplied the motto:", which stands for the name after it.
    const cleft = (i: number) => leadWords[i].norm === 'it' && (leadWords[i + 1]?.norm === 'was' || leadWords[i + 1]?.norm === 'is') && leadWords.slice(i + 2).some((word) => word.norm === 'who');
    const opensCleft = leadWords.findIndex((_, i) => cleft(i));
    const focus = opensCleft >= 0 ? mentionAt(context, leadWords[opensCleft + 2].start) : undefined;
    if (focus?.entity.kind === 'person' && !focus.possessive && context.words[focus.wordIndex + focus.wordCount]?.norm === 'who') return { ...fromMention(focus), outlet };
    const subjectPronoun = (word: Word, i: number) => SUBJECT_PRONOUNS.has(word.norm) && !cleft(i) && !(word.norm === 'it' && i > 0 && /^[ \t]+$/.test(context.doc.prose.slice(leadWords[i - 1].end, word.start)) && !NEW_SUBJECT_OPENERS.has(leadWords[i - 1].norm) && !FRONTED_OPENERS.has(leadWords[i - 1].norm));
    // ("Glaser set a low bar (“…,” she said) and he was blunter still:": the subject of the clause the colon ends, joined
    // after the names and another's saying, speaks.)
    const colonsClause = verbsOwnClause(context, lead);
    const joinedPronoun = colonsClause.start > lead.start ? leadWords.find((word, i) => word.start >= colonsClause.start && subjectPronoun(word, i)) : undefined;
    const notNamed = joinedPronoun && named.every((m) => m.end <= colonsClause.start && !fits(m, SUBJECT_PRONOUNS.get(joinedPronoun.norm)!));
    const pronoun = (notNamed ? joinedPronoun : undefined) ?? leadWords.find(subjectPronoun);
    const saidBefore = pronoun !== undefined && leadWords.some((word) => word.start < pronoun.start && word.start >= (notNamed ? colonsClause.start : lead.start) && isReportingVerb(context, word));
    if (pronoun && !saidBefore && (named.length === 0 || pronoun.start < named[0].start || notNamed)) return { ...resolvePronoun(context, pronoun), outlet };
    // "Russel and Mulhauser spoke. The latter was blunt: “…”".
    const pairWord = leadWords.find((word) => standsForOneOfPair(context, word));
    if (pairWord && (named.length === 0 || pairWord.start < named[0].start)) return { ...oneOfPair(context, pairWord), outlet };
    const distinct = new Set(named.map((m) => m.entity.id));
    const chosen = named[named.length - 1];
    if (distinct.size === 1 && !isObject(context, chosen)) return { ...fromMention({ ...chosen, possessive: false }), outlet: joinedOutlet(chosen) };
  }
  const label = labelOpening(context, lead);
  return label && { ...label, outlet };
}

/**
 * "Singleton (to Al Jazeera): “…”", "Campbell, to the BBC: …": the outlet a label opening the lead gives right after
 * its name, before the colon.
 */
function labelOutlet(context: Context, lead: Span): Outlet | undefined {
  const label = labelIn(context, lead);
  if (!label || label.name.possessive) return undefined;
  const outlet = outletOfSignature(context, label.name, { start: label.name.end, end: label.colon });
  return outlet && AFTER_LABEL_OUTLET.test(context.doc.prose.slice(outlet.end, label.colon)) ? outlet : undefined;
}

/** What may follow a label's outlet before its colon: markup, and a short aside on the topic ("to NPR, on the bigger picture:"). */
const AFTER_LABEL_OUTLET = /^[\s)*_]*(?:(?:,|(?<=\s)(?=(?:on|about|regarding)\s))[^,:\n]{1,40})?$/u;

/** A person's name opening the lead as a label (after numbering or markup at most), and the colon after it. */
function labelIn(context: Context, lead: Span): { name: Mention; colon: number } | undefined {
  const { prose } = context.doc;
  const name = context.mentions[firstStartingAt(context.mentions, lead.start)];
  if (!name || name.entity.kind !== 'person' || name.end >= lead.end || !BEFORE_LABEL.test(prose.slice(lead.start, name.start))) return undefined;
  const colon = prose.indexOf(':', name.end);
  return colon < 0 || colon >= lead.end ? undefined : { name, colon };
}

/** What may come before a label's name: list and thread numbering ("5/ ", "2) "), markup. */
const BEFORE_LABEL = /^[\s\d/.)*#>-]*$/;
/** Words a label may give after a possessive and a noun for what was said: "Wang Yi's line before the trip:". */
const LABEL_WORDS = 5;

/**
 * "Wang Yi: the US must “…”", "5/ Wang Yi's line before the trip: the US must “…”": a label opening the sentence, a
 * name or a possessive and a noun for what was said, then a colon, names who says what follows it, when no one
 * else is named and nothing is said between the colon and the quotation.
 */
function labelOpening(context: Context, lead: Span): Attribution | undefined {
  const label = labelIn(context, lead);
  if (!label) return undefined;
  const { name, colon } = label;
  const heard = labelOutlet(context, lead);
  const labelWords = spansWithin(context.words, { start: heard?.end ?? name.end, end: colon });
  // "- **Jake Sullivan**, who met Wang Yi in May: “…”": a relative clause describing the name, others named in it.
  const described = !name.possessive && !heard && /^[\s*_]*,\s*$/.test(context.doc.prose.slice(name.end, labelWords[0]?.start ?? name.end)) && RELATIVE_OPENERS.has(labelWords[0]?.norm ?? '');
  const labelled = name.possessive ? SPEECH_NOUNS.has(labelWords[0]?.norm ?? '') && labelWords.length <= LABEL_WORDS : labelWords.length === 0 || described;
  if (!labelled || spansWithin(context.mentions, { start: described ? colon : name.end, end: lead.end }).some((m) => m.entity.kind === 'person')) return undefined;
  if (spansWithin(context.words, { start: colon, end: lead.end }).some((word) => isReportingVerb(context, word))) return undefined;
  return fromMention({ ...name, possessive: false });
}

/** Forms of "be" before the participle of a passive. */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be']);
/** Words that may stand between them: "was nonetheless cautioned". */
const BEFORE_PARTICIPLE = 2;
/** Object pronouns as the subject pronouns whose person they stand for. */
const AS_SUBJECT = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/**
 * "Singleton was quoted by Al Jazeera as describing the visit as “…”": a verb of quoting in the passive, "by" and
 * its agent after it, gives the words to the clause's subject; the agent, a body, is where they were read.
 */
function quotedInPassive(context: Context, leadWords: readonly Word[], i: number, lead: Span): { speaker: Attribution; outlet?: Outlet } | undefined {
  const auxiliary = passiveAuxiliaryBefore(leadWords, i);
  if (!QUOTING_VERBS.has(leadWords[i].norm) || leadWords[i + 1]?.norm !== 'by' || auxiliary === undefined) return undefined;
  const speaker = subjectBefore(context, { start: lead.start, end: leadWords[auxiliary].start });
  if (!speaker) return undefined;
  const agent = mentionAt(context, leadWords[i + 2]?.start ?? -1) ?? (leadWords[i + 2]?.norm === 'the' ? mentionAt(context, leadWords[i + 3]?.start ?? -1) : undefined);
  const outlet = agent?.entity.kind === 'organization' ? { start: agent.start, end: agent.end, text: context.doc.prose.slice(agent.start, agent.end), entity: agent.entity } : undefined;
  return { speaker, outlet };
}

/** The index of the form of "be" before the participle at `i` (a word or two between at most), if any. */
function passiveAuxiliaryBefore(leadWords: readonly Word[], i: number): number | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 1 - BEFORE_PARTICIPLE); k--) if (PASSIVE_AUXILIARIES.has(leadWords[k].norm)) return k;
  return undefined;
}

/**
 * The reporting verb at `i` is a participle after a form of "be" (a word or two between at most) with "by" and its
 * agent right after it: the agent named, or the person the pronoun stands for ("It was cautioned by her that …").
 */
function passiveAgent(context: Context, leadWords: readonly Word[], i: number): Attribution | undefined {
  const by = leadWords[i + 1];
  const agent = leadWords[i + 2];
  if (by?.norm !== 'by' || !agent || passiveAuxiliaryBefore(leadWords, i) === undefined) return undefined;
  const named = mentionAt(context, agent.start);
  if (named && !named.possessive) return fromMention(named);
  const pronoun = AS_SUBJECT.get(agent.norm);
  return pronoun ? resolvePronoun(context, { ...agent, norm: pronoun }) : undefined;
}

/**
 * "When USA Today asked him about the trip, Mulhauser began with the basics: “…”": a verb in a clause opening the
 * sentence, with the sentence going on after its comma, is not the quotation's.
 */
function inOpeningClause(context: Context, leadWords: readonly Word[], i: number, lead: Span): boolean {
  // The verb's own clause ("…, and when USA Today asked him …"), opened by "when", "if" …, up to its first comma.
  const clause = verbsOwnClause(context, { start: lead.start, end: leadWords[i].start });
  const opener = leadWords.find((word) => word.start >= clause.start);
  if (!opener || !FRONTED_OPENERS.has(opener.norm) || opener.norm === 'as') return false;
  const comma = context.doc.prose.indexOf(',', opener.end);
  return comma >= leadWords[i].end && comma < lead.end && leadWords.some((word) => word.start > comma);
}

/**
 * "Spoke to USA Today and praised Blinken:": a name right after a verb's lower-case word is its object, not who
 * speaks (but "came from Kurt Campbell:", "the secretary Blinken", "Blinken's verdict:").
 */
function isObject(context: Context, mention: Mention): boolean {
  const before = context.words[beforeDescription(context, mention)];
  // Across a comma, a sentence's end or a line break ("- Kurt Campbell: “…”" after another list item) it is not, nor
  // opening its sentence after a note marker ("It rained.[1] Kritenbrink was warmer: …").
  // (Not the full stop of an abbreviation inside a description: "received Microsoft Corp. co-founder Bill Gates".)
  if (!before || mention.possessive || /[,;:!?(—–\n]|\.(?![ \t]+\p{Ll})/u.test(context.doc.prose.slice(before.end, mention.start)) || spanAt(context.doc.sentences, mention.start)?.start === mention.start) return false;
  const norm = before.norm;
  // "Here is how Kurt Campbell summed up the mood:": a question word opens a clause the name is the subject of.
  return !isCapitalized(context.doc.prose.slice(before.start, before.end)) && !DETERMINERS.has(norm) && !isTitleWord(norm) && norm !== 'from' && norm !== 'by' && norm !== 'and' && !QUESTION_WORDS.has(norm) && !creditedTo(context, mention);
}

/** Words a description right before a name may have: "Microsoft co-founder", "US Secretary of State". */
const MAX_DESCRIPTION_WORDS = 5;

/**
 * The index of the word before the name, or before a description of the person run into it ("received Microsoft
 * co-founder Bill Gates": "received"), a title word in it, its words joined by blanks or hyphens.
 */
function beforeDescription(context: Context, mention: Mention): number {
  const { words, doc } = context;
  let k = mention.wordIndex - 1;
  let titled = false;
  // ("received Microsoft Corp. co-founder Bill Gates": a company's abbreviation keeps its full stop.)
  const joined = (k: number) => /^[ \t-]+$/.test(doc.prose.slice(words[k].end, words[k + 1].start)) || (CORPORATE_ABBREVIATIONS.has(words[k].norm) && /^\.[ \t]+$/.test(doc.prose.slice(words[k].end, words[k + 1].start)));
  for (let skipped = 0; k >= 0 && skipped < MAX_DESCRIPTION_WORDS && joined(k); skipped++, k--) {
    const word = words[k];
    const hyphenated = doc.prose.slice(word.end, words[k + 1].start) === '-';
    // ("the former Obama official Danny Russel": a word for a person, and one telling the post is past, are the
    // description's too.)
    if (isTitleWord(word.norm) || PERSON_NOUNS.has(word.norm)) titled = true;
    else if (!hyphenated && !isCapitalized(doc.prose.slice(word.start, word.end)) && word.norm !== 'of' && !PAST.has(word.norm)) break;
  }
  return titled ? k : mention.wordIndex - 1;
}

/** "The line of the week belongs to X:", "The last word goes to X:", "Best line, per X:": the words are credited to the name. */
function creditedTo(context: Context, mention: Mention): boolean {
  const [verb, preposition] = [context.words[mention.wordIndex - 2], context.words[mention.wordIndex - 1]];
  return preposition?.norm === 'per' || (preposition?.norm === 'to' && CREDITING_TO.has(verb?.norm ?? ''));
}

const CREDITING_TO = new Set(['belongs', 'belonged', 'goes', 'went', 'falls', 'fell']);

const QUESTION_WORDS = new Set(['how', 'why', 'what', 'where', 'when', 'whether', 'as']);

/**
 * A person's possessive, then a noun for what was said as the last word of `side` (the text on one side of the
 * quote), with only punctuation after it: "In X's words, “…”", "“…,” in X's view.".
 */
function speechNounOwner(context: Context, mention: Mention | undefined, side: Span, afterQuotation = false): Attribution | undefined {
  if (mention?.entity.kind !== 'person') return undefined;
  if (!mention.possessive) return speechNounFrom(context, mention, side);
  const noun = speechNounAfter(context, mention.wordIndex + mention.wordCount);
  if (!noun || noun.start < side.start || noun.end > side.end) return undefined;
  const rest = context.doc.prose.slice(noun.end, side.end);
  const ending = afterQuotation ? NOUN_TO_CLAUSE_END.exec(rest) : null;
  return NOUN_TO_QUOTATION.test(rest) || (ending && !aboutSomeone(context, { start: noun.end, end: noun.end + (ending[1]?.length ?? 0) })) ? fromMention({ ...mention, possessive: false }) : undefined;
}

/** "Raman's summary of Okafor's words": a phrase naming someone, or someone's, may tell whose the words were. */
function aboutSomeone(context: Context, span: Span): boolean {
  return /['’]s\b/.test(context.doc.prose.slice(span.start, span.end)) || context.mentions.some((m) => m.entity.kind === 'person' && m.start >= span.start && m.start < span.end);
}

/**
 * "…” was Russel's verdict on the trip.": after the quotation, what the words were about may close the sentence, or
 * the clause before another joined to it ("…, and it was the best summary of the week").
 */
const NOUN_TO_CLAUSE_END = /^(\s+(?:on|of|about|after|for)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)?(?:[\s.!?;)]*$|,\s+(?:and|but)\s)/u;

/**
 * "the line from Kritenbrink about moving “…”", "a warning from Glaser: “…”", "In the words of Danny Russel, “…”": a
 * noun for what was said, "from" or "of" and the name, then the quotation (after a few words of what it was about at
 * most).
 */
function speechNounFrom(context: Context, mention: Mention, side: Span): Attribution | undefined {
  const { words, doc } = context;
  const [noun, from] = [words[mention.wordIndex - 2], words[mention.wordIndex - 1]];
  if ((from?.norm !== 'from' && from?.norm !== 'of') || !noun || !SPEECH_NOUNS.has(noun.norm) || noun.start < side.start || !/^[ \t]+$/.test(doc.prose.slice(noun.end, from.start))) return undefined;
  return NAME_TO_QUOTATION.test(doc.prose.slice(mention.end, side.end)) ? fromMention(mention) : undefined;
}

/** Between "from X" (or "of X") and the quotation: punctuation, "that" ("the line from Russel that “…”"), or "about"
 * or "on" and up to three words. */
const NAME_TO_QUOTATION = /^(?:[\s,:—–-]*|\s+that\s+|\s+(?:about|on)\s+(?:[\p{L}'’-]+\s+){0,3})$/u;

/** Words that may describe a noun for what was said between it and the possessive: "Campbell's more upbeat prediction". */
const DESCRIBING_WORDS = 2;
/** Lower-case words that do not describe a noun. */
const NOT_DESCRIBING = new Set(['the', 'a', 'an', 'that', 'this', 'to', 'of', 'and', 'or', 'but', 'in', 'on', 'at', 'by', 'for', 'with', 'as', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have']);

/**
 * A noun for what was said at word `at`, or after up to two lower-case words describing it, with only blanks between
 * (or a hyphen inside a describing word: "Russel's one-line verdict").
 */
function speechNounAfter(context: Context, at: number): Word | undefined {
  const { words, doc } = context;
  for (let k = at; k <= at + DESCRIBING_WORDS && words[k]; k++) {
    const gap = doc.prose.slice(words[k].end, words[k + 1]?.start ?? words[k].end);
    const hyphenated = gap === '-' || (k > at && doc.prose[words[k].start - 1] === '-');
    if (SPEECH_NOUNS.has(words[k].norm) && !hyphenated) return words[k];
    const describing = /^\p{Ll}/u.test(doc.prose.slice(words[k].start, words[k].end)) && !NOT_DESCRIBING.has(words[k].norm) && !SPEECH_VERBS.has(words[k].norm);
    if (!describing || !/^(?:[ \t]+|-)$/.test(gap)) return undefined;
  }
  return undefined;
}

/**
 * "His line was that “…”", "Her verdict: “…”": a possessive pronoun and a noun for what was said stand for the
 * person "he" or "she" would (see resolvePronoun).
 */
function pronounOwner(context: Context, clause: Span): Attribution | undefined {
  for (const pronoun of spansWithin(context.words, clause)) {
    const noun = POSSESSIVE_PRONOUNS.has(pronoun.norm) ? speechNounAfter(context, firstStartingAt(context.words, pronoun.end)) : undefined;
    if (!noun) continue;
    if (noun.end > clause.end || !NOUN_TO_QUOTATION.test(context.doc.prose.slice(noun.end, clause.end))) return undefined;
    return resolveAsSubject(context, pronoun, POSSESSIVE_PRONOUNS);
  }
  return undefined;
}

/**
 * Whom a possessive ("his") or object pronoun ("him") stands for: whom "he" or "she" would there (see resolvePronoun).
 * `forms` gives the subject pronoun of each form.
 */
function resolveAsSubject(context: Context, pronoun: Word, forms: ReadonlyMap<string, string>): Attribution {
  return resolvePronoun(context, { ...pronoun, norm: forms.get(pronoun.norm)! });
}

/** Possessive pronouns by the subject pronoun of the same person. */
const POSSESSIVE_PRONOUNS = new Map([
  ['his', 'he'],
  ['her', 'she'],
]);

/**
 * Between the noun and the quotation: punctuation, "was" or "is", or "that", "was that" and a few words
 * ("Jake Sullivan's line that “…”", "Glaser's line was “…”", "Singleton's verdict that the trip was “…”"), or a
 * colon and a short clause ending in "was" or "is" ("His verdict: it was “…”"), or a short phrase of when it was
 * said and a colon ("his own line before leaving: “…”"), or what it described, then "as" ("Russel's description of the
 * visit as “…”").
 */
const NOUN_TO_QUOTATION = /^(?:[\s,.;:—–-]*|\s+(?:of|on)\s+(?:[\p{L}'’-]+\s+){1,4}as\s+|\s+(?:was|is)\s*|\s+(?:(?:was|is)\s+)?that\s+(?:[\p{L}'’-]+\s+){0,6}|\s*[:—–]\s+(?:[\p{L}'’-]+\s+){1,3}(?:was|is)\s+|\s+(?:before|after|during)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+\s*[:—–]\s*)$/u;

/** A colon, then a short clause ending in "was" or "is" and the quotation: "…: the trip was, “…”". */
const CLAUSE_AFTER_COLON = /[:—–]\s+(?:[\p{L}'’-]+\s+){1,3}(?:was|is),?\s*$/u;
/** The end of a possessive right before a quotation: "'s " of "Blinken's “trip …”". */
const POSSESSIVE_ENDING_LEAD = /^['’]s?\s*$/;
/** A colon, then a determiner or a possessive opening a noun phrase the quotation goes on: "…: Blinken’s “trip is …”", "…: the “…”". */
const OPENER_AFTER_COLON = /[:—–]\s+(?:the|a|an|his|her|their|its|this|[\p{Lu}][\p{L}.-]*['’]s)\s*$/u;

/**
 * "In X's words, the best to hope for was “…”": a sentence opening with "in" and a possessive and a noun for
 * what was said, then a comma, names the speaker of its quote when nobody else is named after it.
 */
function openingOwner(context: Context, leadWords: readonly Word[], people: readonly Mention[]): Attribution | undefined {
  if (leadWords[0]?.norm !== 'in') return undefined;
  // ("In his view, the visit was “…”": a possessive pronoun stands for whom "he" would, as in "His verdict: “…”".)
  const pronoun = leadWords[1];
  const subjectPronoun = pronoun && POSSESSIVE_PRONOUNS.get(pronoun.norm);
  // (Its comma may be left out: "In his view the visit is “…”"; not "In his view of the talks".)
  const closesPhrase = (noun: Word | undefined) => noun !== undefined && (context.doc.prose[noun.end] === ',' || !PREPOSITIONS.has(leadWords[3]?.norm ?? 'of'));
  if (subjectPronoun && SPEECH_NOUNS.has(leadWords[2]?.norm ?? '') && closesPhrase(leadWords[2]) && !people.some((m) => !m.possessive)) return resolveAsSubject(context, pronoun, POSSESSIVE_PRONOUNS);
  const [owner, ...others] = people;
  if (owner?.wordIndex !== firstStartingAt(context.words, leadWords[1]?.start ?? -1) || others.some((m) => !m.possessive)) return undefined;
  const noun = context.words[owner.wordIndex + owner.wordCount];
  if (!noun || context.doc.prose[noun.end] !== ',') return undefined;
  return speechNounOwner(context, owner, { start: owner.start, end: noun.end });
}

/**
 * The subject of a reporting verb: the nearest person or pronoun before it in the clause, or before an aside
 * that ends right at the verb ("Xi, meeting Bill Gates, said", "Glaser (asked about Blinken) said") when
 * someone is named before it.
 */
function subjectBefore(context: Context, lead: Span): Attribution | undefined {
  const clause = verbsOwnClause(context, lead);
  // "…, as Beijing put it, “…”": the name after "as" is the subject of its verb, a body as well as a person; an
  // outlet's (", as the BBC reported,") names where the words were read, not who said them.
  const as = asSubject(context, lead);
  // (The outlet the words were read in all the same: "As Al Jazeera observed, “…”" of what the BBC wrote.)
  if (as) return as.entity.kind === 'organization' && as.entity.organization.kind === 'outlet' ? { kind: 'descriptor', confident: false, outlet: { start: as.start, end: as.end, text: context.doc.text.slice(as.start, as.end), entity: as.entity, readIn: true } } : fromMention(as);
  if (whatClauseSubject(context, lead)) return { kind: 'descriptor', confident: false };
  const owner = wordsOwnerOpening(context, clause);
  if (owner) return owner;
  // Before the aside, an organisation or a name the reference does not know (or misspells) is the subject too.
  for (const outer of beforeAsides(context, clause)) {
    // ("According to USA Today, Scott Mulhauser, who served …, argued": the source before the subject is none.)
    if (/^\s*according\s+to\s[^,]*$/i.test(context.doc.prose.slice(outer.start, outer.end))) continue;
    const outerSpeaker = speakerIn(context, outer, true, false) ?? namedOnly(subjectIfNoPerson(context, outer));
    if (outerSpeaker) return outerSpeaker;
    // "The ministry's spokesman, who spoke after Blinken left, said": someone described, not named in the aside
    // (unless the aside is the name: "Blinken's aide, Kurt Campbell, said").
    if (PERSON_NOUNS.has(spansWithin(context.words, outer).at(-1)?.norm ?? '') && !namesRightAfter(context, outer.end)) return { kind: 'descriptor', confident: false };
    // "KC, who told the BBC … because it lowers …, added": whoever opens the clause before a relative "who" is the
    // subject, known or not; nothing inside the relative clause is.
    if (/^,[ \t]*who[ \t]/.test(context.doc.prose.slice(outer.end, outer.end + 6)) && spansWithin(context.words, outer).length <= ONLY_A_NAME) return { kind: 'descriptor', confident: false };
  }
  // "Meeting Gates, the Chinese leader said": a description after the last comma is the subject; "Xi: meeting Bill
  // Gates, said": a participle's phrase right before the verb holds its object, not the subject.
  if (describedAfterComma(context, clause) || onlyParticiplePhrase(context, clause)) return { kind: 'descriptor', confident: false };
  const subject = relativeSubject(context, clause) ?? (speakerIn(context, clause, true, true) || subjectIfNoPerson(context, clause));
  // "Blinken, who met President Xi Jinping on Monday, set out promising to …": a relative clause set off by commas
  // holds no subject of the clause around it; the subject is before it (a description: someone not sure).
  const relative = subject?.span && relativeClauseSetOff(context, clause);
  if (relative && subject.span!.start >= relative.start && subject.span!.end <= relative.end) return speakerIn(context, { start: clause.start, end: relative.start }, true, false) ?? { kind: 'descriptor', confident: false };
  // "The ministry (that) Qin leads also said": a name with a verb of its own describes the noun before it, the subject.
  if (subject?.span && describesNounBefore(context, clause, subject.span)) return { kind: 'descriptor', confident: false };
  return subject;
}

/**
 * The name at `name` opens a clause describing the noun before it ("the ministry Qin leads", "the ministry that Qin
 * leads"): a relative pronoun, or "the" and a lower-case noun, before it, and a verb of its own after it.
 */
function describesNounBefore(context: Context, clause: Span, name: Span): boolean {
  const { words, doc } = context;
  const at = firstStartingAt(words, name.start);
  const before = words[at - 1];
  const lowerNoun = before !== undefined && /^\p{Ll}/u.test(doc.prose.slice(before.start, before.end)) && DETERMINERS.has(words[at - 2]?.norm ?? '') && /^[ \t]+$/.test(doc.prose.slice(before.end, name.start));
  if (!before || before.start < clause.start || !(RELATIVES.has(before.norm) || lowerNoun)) return false;
  const after = spansWithin(words, { start: name.end, end: beforeAuxiliaries(context, clause) });
  return after.length > 0 && /^\p{Ll}/u.test(doc.prose.slice(after[0].start, after[0].end)) && !BEFORE_VERB.has(after[0].norm) && !after[0].norm.endsWith('ly') && !/[,;:(—–]/u.test(doc.prose.slice(name.end, after[0].start));
}

/** A ", who …," clause inside `clause` with words of the clause after it (its verb), or undefined. */
function relativeClauseSetOff(context: Context, clause: Span): Span | undefined {
  const { prose } = context.doc;
  const clauseWords = spansWithin(context.words, clause);
  const who = clauseWords.findIndex((word, k) => k > 0 && word.norm === 'who' && /^\s*,\s*$/.test(prose.slice(clauseWords[k - 1].end, word.start)));
  if (who < 0) return undefined;
  const close = clauseWords.findIndex((word, k) => k > who && k + 1 < clauseWords.length && /^\s*,\s*$/.test(prose.slice(word.end, clauseWords[k + 1].start)));
  return close < 0 ? undefined : { start: clauseWords[who - 1].end, end: clauseWords[close].end };
}

/**
 * "Even Xi's warm words to Gates, three days before he received Blinken, amounted to saying": a clause opening with
 * a person's possessive and a noun for what was said is about that person's words, whoever an aside names.
 */
function wordsOwnerOpening(context: Context, clause: Span): Attribution | undefined {
  const clauseWords = spansWithin(context.words, clause);
  const at = frontedWords(context, clause, clauseWords);
  const opening = clauseWords[at]?.norm === 'even' ? at + 1 : at;
  const owner = clauseWords[opening] && mentionAt(context, clauseWords[opening].start);
  if (owner?.entity.kind !== 'person' || !owner.possessive || owner.start !== clauseWords[opening].start) return undefined;
  const noun = speechNounAfter(context, owner.wordIndex + owner.wordCount);
  if (!noun || noun.end > clause.end) return undefined;
  // Not "Xi's comments led Blinken to say": anyone else named is a preposition's object or in an aside between commas.
  const { prose } = context.doc;
  const aside = (m: Mention) => objectOfPreposition(prose, context.words, m) || (prose.slice(noun.end, m.start).includes(',') && prose.slice(m.end, clause.end).includes(','));
  return spansWithin(context.mentions, { start: noun.end, end: clause.end }).every((m) => m.entity.kind !== 'person' || aside(m)) ? fromMention({ ...owner, possessive: false }) : undefined;
}

/** The name right before the verb after "as": "as Beijing put it", "as the ministry said", "as the BBC reported". */
function asSubject(context: Context, lead: Span): Mention | undefined {
  const end = beforeAuxiliaries(context, lead);
  const named = context.mentions[lastStartingAtOrBefore(context.mentions, end - 1)];
  if (!named || named.possessive || !/^\s*$/.test(context.doc.prose.slice(named.end, end))) return undefined;
  let before = context.words[named.wordIndex - 1]?.norm === 'the' ? named.wordIndex - 2 : named.wordIndex - 1;
  // "As an analysis on Al Jazeera concluded": a piece published there says it, as its outlet does.
  if (named.entity.kind === 'organization' && PUBLISHED_IN.has(context.words[before]?.norm ?? '') && PUBLISHED_PIECES.has(context.words[before - 1]?.norm ?? '') && ARTICLES.has(context.words[before - 2]?.norm ?? '')) before -= 3;
  const opener = context.words[before];
  // "a relationship Beijing says is “…”": a clause with no "that" after a noun, its subject right before its verb
  // (not after a gerund, whose object the name is: "who days before receiving Blinken had told …").
  const gerund = opener !== undefined && opener.norm.endsWith('ing') && (PREPOSITIONS.has(context.words[before - 1]?.norm ?? '') || WHEN_CLAUSE_OPENERS.has(context.words[before - 1]?.norm ?? ''));
  const contact = opener !== undefined && !gerund && /^\p{Ll}/u.test(context.doc.prose.slice(opener.start, opener.end)) && !PREPOSITIONS.has(opener.norm) && !NOT_BEFORE_CONTACT_SUBJECT.has(opener.norm) && !/[,;:.!?—–()"“”]/u.test(context.doc.prose.slice(opener.end, named.start));
  // ("It was two days after Xi Jinping had told Bill Gates that …": or right after a word opening a clause of time.)
  return (SUBJECT_CLAUSE_OPENERS.has(opener?.norm ?? '') || SUBORDINATORS.has(opener?.norm ?? '') || contact) && opener.start >= lead.start ? named : undefined;
}

/** Words after which a name is no subject of a clause without "that": "the director of Delta Marine said", "an aide in Port Almera called". */
const NOT_BEFORE_CONTACT_SUBJECT = new Set(['of', 'in', 'by', 'and', 'or', 'but', 'nor', 'via', 'per']);

/** Words opening a clause whose subject comes right before its verb: "as Beijing put it", "at what the ministry called". */
const SUBJECT_CLAUSE_OPENERS = new Set(['as', 'what']);
/** Longest subject between "what" and its verb: "what China's Ministry of Foreign Affairs described as". */
const LONGEST_WHAT_SUBJECT = 7;

/** "at what officials called “…”": a clause of "what" and words before the verb, whose subject is no one named. */
function whatClauseSubject(context: Context, lead: Span): boolean {
  const leadWords = spansWithin(context.words, lead);
  for (let k = leadWords.length - 2; k >= 0 && k >= leadWords.length - 1 - LONGEST_WHAT_SUBJECT; k--) {
    if (/[,;:.!?—–()]/.test(context.doc.prose.slice(leadWords[k].end, leadWords[k + 1].start))) return false;
    if (leadWords[k].norm === 'what') return true;
  }
  return false;
}

/**
 * "Glaser disagreed with Singleton, who had called the trip": the verb's subject is a relative "who", which stands
 * for the name right before it, object of a preposition or not; for someone described or unnamed, nobody sure.
 */
function relativeSubject(context: Context, clause: Span): Attribution | undefined {
  const who = relativeWho(context, clause);
  if (!who) return undefined;
  const before = beforeAsideAdverb(context, who.index);
  // "Wang Wenbin — the spokesman (not to be confused with Wang Yi), who said": a name closing a bracket is no antecedent.
  const bracketed = context.doc.prose.slice(context.words[before - 1].end, context.words[before].start).includes(')');
  const closing = bracketed ? undefined : context.mentions.find((m) => m.end === context.words[before - 1].end);
  // ("Wang Wenbin of China's foreign ministry, who said": a body the person is of is not who.)
  let antecedent = bracketed ? undefined : ((closing?.entity.kind === 'person' ? closing : personOfBodyBefore(context, before)) ?? closing ?? namedBeforeAppositive(context, before));
  // "It was Glaser, not Singleton, who said": the name ruled out is not who.
  if (antecedent) antecedent = ruledOutFor(context, antecedent) ?? antecedent;
  // "Balakrishnan, speaking alongside Blinken, who said": a name ending a participle's aside is not who.
  if (antecedent) antecedent = ownerOfParticipleAside(context, before) ?? antecedent;
  return antecedent?.entity.kind === 'person' && !antecedent.possessive ? fromMention(antecedent) : { kind: 'descriptor', confident: false };
}

/**
 * The person named right before an "of" phrase that ends, with no comma inside it, before word `at`: "Bonnie Glaser of
 * the German Marshall Fund, who …", "Wang Wenbin of China's foreign ministry, who …". No one else is named in the phrase.
 */
function personOfBodyBefore(context: Context, at: number): Mention | undefined {
  const { words, doc } = context;
  for (let k = at - 1; k > 0 && at - k <= LONGEST_SPEAKER_DESCRIPTION; k--) {
    if (!/^[ \t]*$/.test(doc.prose.slice(words[k - 1].end, words[k].start))) return undefined;
    if (words[k].norm !== 'of') continue;
    const named = context.mentions.find((m) => m.end === words[k - 1].end);
    const inPhrase = spansWithin(context.mentions, { start: words[k].start, end: words[at - 1].end });
    return named?.entity.kind === 'person' && !named.possessive && !inPhrase.some((m) => m.entity.kind === 'person') ? named : undefined;
  }
  return undefined;
}

/**
 * The person named right before an aside opened by a participle and closed by the comma before word `at`
 * ("Balakrishnan, speaking alongside Blinken, who …"): the aside describes that person, whom "who" stands for.
 */
function ownerOfParticipleAside(context: Context, at: number): Mention | undefined {
  const { words, doc } = context;
  const closing = words[at - 1];
  if (!closing || !/^\s*,\s*$/.test(doc.prose.slice(closing.end, words[at].start))) return undefined;
  const opening = doc.prose.lastIndexOf(',', closing.start);
  const first = firstStartingAt(words, opening + 1);
  const participle = words[first];
  if (opening < 0 || first === 0 || first >= at || !participle.norm.endsWith('ing') || isCapitalized(doc.prose.slice(participle.start, participle.end)) || !/^\s*,\s*$/.test(doc.prose.slice(words[first - 1].end, participle.start))) return undefined;
  const owner = context.mentions.find((m) => m.end === words[first - 1].end);
  return owner?.entity.kind === 'person' && !owner.possessive ? owner : undefined;
}

/**
 * "Wang Wenbin, China's foreign minister, who said": a phrase set off by commas between a name and the word at
 * `at` describes that person, whatever it says of them (a wrong title is another finding), so the name is the
 * antecedent. Not when the phrase names someone too ("Blinken, Wang Yi, who": a list).
 */
function namedBeforeAppositive(context: Context, at: number): Mention | undefined {
  const prose = context.doc.prose;
  const closing = context.words[at - 1];
  if (!closing || !/^\s*,\s*$/.test(prose.slice(closing.end, context.words[at].start))) return undefined;
  for (let first = at - 1; first > 0 && at - first <= LONGEST_SPEAKER_DESCRIPTION; first--) {
    const gap = prose.slice(context.words[first - 1].end, context.words[first].start);
    if (!/^[ \t]*$/.test(gap)) {
      if (!/^\s*,\s*$/.test(gap)) return undefined;
      const named = context.mentions.find((m) => m.end === context.words[first - 1].end);
      const inPhrase = spansWithin(context.mentions, { start: context.words[first].start, end: closing.end });
      if (named?.entity.kind !== 'person' || named.possessive || inPhrase.some((m) => !m.possessive && m.entity.kind === 'person')) return undefined;
      return inFrontedPhrase(context, named) ? undefined : named;
    }
  }
  return undefined;
}

/**
 * "After talks with Blinken, the foreign minister, who …": the name ends a phrase put before the sentence's subject,
 * and the comma after it closes that phrase; what follows is the subject, not a description of the name.
 */
function inFrontedPhrase(context: Context, mention: Mention): boolean {
  const sentence = spanAt(context.doc.sentences, mention.start);
  if (!sentence) return false;
  const opener = context.words[firstStartingAt(context.words, sentence.start)];
  // (Or a participle's: "Speaking to Al Jazeera while Antony Blinken's trip was under way, the managing director …".)
  const participle = opener !== undefined && opener.norm.endsWith('ing') && mentionAt(context, opener.start) === undefined;
  return opener !== undefined && opener.start < mention.start && (FRONTED_OPENERS.has(opener.norm) || FRONTED_PREPOSITIONS.has(opener.norm) || participle) && !context.doc.prose.slice(opener.end, mention.start).includes(',');
}

/**
 * The index of the first word of an adverb set off by commas right before word `at` ("It was Glaser, too, who",
 * "Glaser, in fact, who"), or `at` itself when there is none: such an aside stands between "who" and its antecedent.
 */
function beforeAsideAdverb(context: Context, at: number): number {
  const prose = context.doc.prose;
  let first = at;
  while (first > 0 && at - first < ASIDE_ADVERB_WORDS && ASIDE_ADVERBS.has(context.words[first - 1].norm)) first--;
  if (first === at || first === 0) return at;
  const opening = prose.slice(context.words[first - 1].end, context.words[first].start);
  const closing = prose.slice(context.words[at - 1].end, context.words[at].start);
  const phrase = context.words.slice(first, at).map((word) => word.norm).join(' ');
  return /^\s*,\s*$/.test(opening) && /^\s*,\s*$/.test(closing) && ASIDE_PHRASES.has(phrase) ? first : at;
}

/** Adverbs a writer sets off between a name and its relative "who"; no longer phrase is read as one. */
const ASIDE_PHRASES = new Set(['too', 'also', 'indeed', 'in fact', 'of course', 'after all', 'again', 'once again', 'once more', 'notably', 'tellingly', 'remember', 'ironically', 'instead', 'perhaps', 'however', 'moreover', 'above all', 'in turn', 'famously', 'fittingly']);
const ASIDE_ADVERBS = new Set([...ASIDE_PHRASES].flatMap((phrase) => phrase.split(' ')));
const ASIDE_ADVERB_WORDS = 2;

/**
 * "Glaser, not Singleton", "Singleton rather than Mulhauser", "Blinken, not President Biden": the name `mention` is
 * ruled out for, right before it.
 */
function ruledOutFor(context: Context, mention: Mention): Mention | undefined {
  const previous = context.mentions[context.mentions.indexOf(mention) - 1];
  if (!previous) return undefined;
  const between = spansWithin(context.words, { start: previous.end, end: mention.start });
  let titled = between.length;
  while (titled > 0 && (isTitleWord(between[titled - 1].norm) || between[titled - 1].norm === 'the')) titled--;
  const untitled = titled < between.length ? between[titled].start : mention.start;
  return /^,?\s+(?:not|rather\s+than)\s+$/.test(context.doc.prose.slice(previous.end, untitled)) ? previous : undefined;
}

/** The relative "who" that `clause` ends with, its auxiliaries aside, after some word: "…, who had". */
function relativeWho(context: Context, clause: Span): (Word & { index: number }) | undefined {
  const end = beforeAuxiliaries(context, clause);
  const last = lastStartingAtOrBefore(context.words, end - 1);
  // "Xi, who four days before receiving Blinken had told Bill Gates": a phrase of time may stand between.
  const index = context.words[last]?.norm === 'who' ? last : timedWho(context, clause, last);
  const who = context.words[index];
  return who?.norm === 'who' && who.end <= end && who.start > clause.start && index > 0 ? { ...who, index } : undefined;
}

/** The index of a "who" followed by a phrase of time up to word `last` ("who four days before receiving Blinken"), or -1. */
function timedWho(context: Context, clause: Span, last: number): number {
  const { words, doc } = context;
  for (let k = last - 1; k >= 0 && k >= last - LONGEST_TIME_AFTER_WHO && words[k].start > clause.start; k--) {
    if (words[k].norm !== 'who') continue;
    const phrase = words.slice(k + 1, last + 1);
    const timed = phrase.some((word) => WHEN_CLAUSE_OPENERS.has(word.norm)) && (WHEN_CLAUSE_OPENERS.has(phrase[0].norm) || /^\d+$/.test(phrase[0].norm) || isNumberWord(phrase[0].norm) || phrase[0].norm === 'days' || phrase[0].norm === 'weeks');
    return timed && !/[,;:]/.test(doc.prose.slice(words[k].end, words[last].end)) ? k : -1;
  }
  return -1;
}

/** Most words of a phrase of time between "who" and its verb: "who four days before receiving Blinken". */
const LONGEST_TIME_AFTER_WHO = 8;

/** The part of `clause` after its last comma describes someone and names nobody: "the Chinese leader". */
function describedAfterComma(context: Context, clause: Span): boolean {
  const comma = context.doc.prose.lastIndexOf(',', clause.end - 1);
  if (comma < clause.start) return false;
  const part = { start: comma + 1, end: clause.end };
  const partWords = spansWithin(context.words, part);
  return partWords.length > 1 && describesSomeone(partWords, DETERMINERS) && spansWithin(context.mentions, part).length === 0;
}

/** The clause is a phrase opened by a participle ("meeting Bill Gates,"), the verb right after its comma. */
function onlyParticiplePhrase(context: Context, clause: Span): boolean {
  const comma = context.doc.prose.lastIndexOf(',', clause.end - 1);
  if (comma < clause.start || !/^\s*$/.test(context.doc.prose.slice(comma + 1, clause.end))) return false;
  const opening = Math.max(...[',', ':', ';', '—'].map((mark) => context.doc.prose.lastIndexOf(mark, comma - 1)));
  const phrase = spansWithin(context.words, { start: Math.max(clause.start, opening + 1), end: comma });
  return phrase.length > 1 && phrase[0].norm.endsWith('ing') && !isCapitalized(context.doc.prose.slice(phrase[0].start, phrase[0].end));
}

/** Words opening a clause with a subject of its own: "Qin agreed, but Beijing said …". */
const NEW_SUBJECT_OPENERS = new Set(['but', 'and', 'yet', 'while', 'whereas', 'though', 'although', 'as', 'where', 'when']);
/** Of those, the ones that open a clause of their own only after a comma and running to the verb: "Xi met Gates, where the leader said". */
const RELATIVE_ADVERBS = new Set(['where', 'when']);
/** ", after which …", ", following which …": a relative clause of time. */
const PREPOSITIONS_BEFORE_WHICH = new Set(['after', 'following', 'before', 'during', 'upon']);

/** Title words at most between "and" and a name joined to another: "between Blinken and Foreign Minister Qin Gang". */
const JOINED_TITLE_WORDS = 4;

/** Words opening a clause put before the sentence's subject: "Where Mulhauser saw a hard job, Singleton …". */
const FRONTED_OPENERS = new Set(['where', 'when', 'while', 'whereas', 'as', 'after', 'before', 'although', 'though', 'if', 'because', 'since', 'once', 'until', 'unless', 'following', 'ahead', 'despite', 'during', 'unlike']);

/** Where a transcript's speaker label opening `lead` ends ("TEO:", "**[00:01:15] MR. PRICE:**", "PANELIST 1 (Ann Lee):"): capitals only, timestamps and brackets aside. */
function speakerLabelEnd(prose: string, lead: Span): number | undefined {
  // (After a timestamp's own colons: "[00:01:15]".)
  const stamp = /^[\s*_]*\[[^\]\n]*\]/.exec(prose.slice(lead.start, lead.end));
  const colon = prose.indexOf(':', lead.start + (stamp ? stamp[0].length : 0));
  if (colon < 0 || colon >= lead.end || colon - lead.start > LONGEST_SPEAKER_LABEL) return undefined;
  const label = prose.slice(lead.start, colon).replace(/\[[^\][]{0,40}\]|\([^()]{0,40}\)|[*_]/g, '').trim();
  return /^\p{Lu}[\p{Lu}\d .'’-]*$/u.test(label) && /\p{Lu}{2}/u.test(label) ? colon + 1 : undefined;
}

/** Characters a speaker label with its timestamp and a name in brackets may take. */
const LONGEST_SPEAKER_LABEL = 60;

/**
 * The part of the text before a reporting verb that holds its subject: after a clause put in front of the
 * subject ("When asked about Blinken, Glaser said"), and after a conjunction that opens a clause naming someone or
 * something with no comma up to the verb ("Qin agreed, but Beijing said").
 */
function verbsOwnClause(context: Context, lead: Span): Span {
  // "Blinken was there; the Chinese side said …": a semicolon ends the clause before.
  const semicolon = context.doc.prose.lastIndexOf(';', lead.end - 1);
  if (semicolon >= lead.start) lead = { start: semicolon + 1, end: lead.end };
  // "TEO: Before Blinken even left, …": a transcript's speaker label is no part of the clause.
  const labelEnd = speakerLabelEnd(context.doc.prose, lead);
  if (labelEnd !== undefined) lead = { start: labelEnd, end: lead.end };
  // "Then the other Wang, a different man: Wang Wenbin, the spokesman, had said": a colon before a name opening
  // the verb's clause ends the words before it.
  const colon = context.doc.prose.lastIndexOf(':', lead.end - 1);
  const afterColon = colon >= lead.start ? context.words[firstStartingAt(context.words, colon)] : undefined;
  if (afterColon && afterColon.end <= lead.end && mentionAt(context, afterColon.start)?.entity.kind === 'person') lead = { start: colon + 1, end: lead.end };
  const leadWords = spansWithin(context.words, lead);
  let start = lead.start;
  // "Speaking after Qin Gang, Beijing said": a participle's phrase put first too.
  // Not "As Danny Russel, a former Obama administration diplomat, put it": the verb is the opening clause's own,
  // its subject the name after "as", described between the commas.
  const asName = leadWords[0]?.norm === 'as' && leadWords[1] !== undefined && mentionAt(context, leadWords[1].start)?.entity.kind === 'person';
  // (A name ending in "ing" is no participle: "Beijing, after Blinken met Qin, said".)
  const participle = leadWords[0]?.norm.endsWith('ing') && leadWords[0].norm !== 'according' && !mentionAt(context, leadWords[0].start);
  if (leadWords.length > 0 && !asName && (FRONTED_OPENERS.has(leadWords[0].norm) || participle)) {
    const comma = context.doc.prose.indexOf(',', leadWords[0].end);
    // Not a name alone before the comma: in "“…,” while Singleton, of the FDD, called it …" the name is the subject.
    const named = comma >= 0 ? mentionAt(context, leadWords[1]?.start ?? -1) : undefined;
    const onlyAName = named !== undefined && /^\s*$/.test(context.doc.prose.slice(named.end, comma));
    if (comma >= 0 && comma < lead.end && !onlyAName) start = comma + 1;
  }
  // "Qin Gang left, after which Beijing said": a relative clause of time after a comma has a subject of its own (and
  // a clause joined after it one of its own: "…, after which Qin left, but Beijing said").
  for (let i = leadWords.length - 2; i >= 2 && leadWords[i].start >= start; i--) {
    if (leadWords[i].norm === 'which' && PREPOSITIONS_BEFORE_WHICH.has(leadWords[i - 1].norm) && /,\s*$/.test(context.doc.prose.slice(leadWords[i - 2].end, leadWords[i - 1].start))) {
      start = leadWords[i].end;
      break;
    }
  }
  for (let i = leadWords.length - 2; i >= 0 && leadWords[i].start >= start; i--) {
    if (!NEW_SUBJECT_OPENERS.has(leadWords[i].norm) || i === 0) continue;
    // "and" opens a clause only after a comma: "the commitments Biden and Xi had made" is one phrase; "as" only
    // after "even" ("…, even as Beijing insisted"), not in an aside naming a source (", as the BBC reported it,").
    // (Or after a bracket closing an aside, "(“…,” she said) and he was blunter still: …", or a dash: "… set pieces —
    // and Beijing said plainly that …".)
    if (leadWords[i].norm === 'and' && !/[,)—–]\s*$/.test(context.doc.prose.slice(leadWords[i - 1].end, leadWords[i].start))) continue;
    const rest = { start: leadWords[i].end, end: lead.end };
    const next = leadWords[i + 1];
    if (RELATIVE_ADVERBS.has(leadWords[i].norm)) {
      // (Asides included after a name opening it: "…, when Wang Wenbin, the spokesman, said".)
      const opensWithName = mentionAt(context, next.start)?.entity.kind === 'person';
      if (/,\s*$/.test(context.doc.prose.slice(leadWords[i - 1].end, leadWords[i].start)) && (opensWithName || !/[,(—–]/.test(context.doc.prose.slice(rest.start, rest.end)))) return rest;
      continue;
    }
    if (leadWords[i].norm === 'as' && leadWords[i - 1].norm !== 'even') {
      // "Blinken arrived as the ministry said …": a subject running to the verb with no comma opens a clause (not
      // "Blinken, as secretary of state, said", nor an aside naming a source, ", as the BBC reported it,").
      if (DETERMINERS.has(next.norm) && !/[,(—–]/.test(context.doc.prose.slice(rest.start, rest.end))) return rest;
      continue;
    }
    // A name or a noun phrase right after the conjunction: a clause with a subject of its own, asides included
    // ("…, and Singapore's foreign minister, Vivian Balakrishnan, described …").
    if (mentionAt(context, next.start) || (next.norm === 'the' && leadWords[i + 2] && mentionAt(context, leadWords[i + 2].start))) return rest;
    // "…, and before he arrived the ministry's spokesman said": a clause put first opens one of its own.
    if (leadWords[i].norm === 'and' && FRONTED_OPENERS.has(next.norm) && next.norm !== 'as' && /,\s*$/.test(context.doc.prose.slice(leadWords[i - 1].end, leadWords[i].start))) return rest;
    // "…, but China insisted", "…, but local fishermen insisted": after a comma (a closing bracket or a dash), words
    // before the verb other than an adverb, an auxiliary or a preposition are its subject (not "…, but then said").
    const opensSubject = !BEFORE_VERB.has(next.norm) && !PREPOSITIONS.has(next.norm);
    if (opensSubject && /[,)—–]\s*$/.test(context.doc.prose.slice(leadWords[i - 1].end, leadWords[i].start)) && !/[,(—–]/.test(context.doc.prose.slice(rest.start, rest.end))) return rest;
    if (/[,(—–]/.test(context.doc.prose.slice(rest.start, rest.end))) {
      if (DETERMINERS.has(next.norm) || isCapitalized(context.doc.prose.slice(next.start, next.end))) return rest;
      break;
    }
  }
  return { start, end: lead.end };
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Conjunctions after a comma that join a clause of equal rank, whose subject is its own. */
const COORDINATING = new Set(['while', 'whereas', 'but', 'and', 'yet']);

/** After the verb at `i`, a comma and a conjunction open the clause the lead ends in, with a subject of its own. */
function joinedClauseAfter(context: Context, leadWords: readonly Word[], i: number, lead: Span): boolean {
  const clauseStart = verbsOwnClause(context, lead).start;
  if (clauseStart <= leadWords[i].end) return false;
  const k = leadWords.findIndex((word) => word.end === clauseStart);
  // (Not "said that, while Qin disagreed, the US would …": the clause is inside what was said; nor one opened by a
  // pronoun, "…, and he pressed", "…, but her line was", "…, and I quote", most often the speaker going on, unless
  // it is the other sex's: "(“…,” she said) and he was blunter still".)
  const opener = leadWords[k + 1]?.norm ?? '';
  const subject = leadWords[i - 1];
  const subjectsSex = subject && (SUBJECT_PRONOUNS.get(subject.norm) ?? personEndingAt(context, subject)?.pronoun);
  const otherSex = SUBJECT_PRONOUNS.has(opener) && subjectsSex !== undefined && SUBJECT_PRONOUNS.get(opener) !== subjectsSex;
  return k > i && COORDINATING.has(leadWords[k].norm) && (!PRONOUNS.has(opener) || otherSex) && leadWords[k - 1].norm !== 'that' && /[,)]\s*$/.test(context.doc.prose.slice(leadWords[k - 1].end, leadWords[k].start));
}

/** The person a name ending with `word` names ("Raman said"), if any. */
function personEndingAt(context: Context, word: Word): Person | undefined {
  const mention = context.mentions[lastStartingAtOrBefore(context.mentions, word.start)];
  return mention?.end === word.end && mention.entity.kind === 'person' && !mention.possessive ? mention.entity.person : undefined;
}

/** A person's name is the first word after `offset`. */
function namesRightAfter(context: Context, offset: number): boolean {
  const next = context.words[firstStartingAt(context.words, offset)];
  return next !== undefined && mentionAt(context, next.start)?.entity.kind === 'person';
}

/**
 * The person named in `clause` nearest its end (`last`: "Blinken's aide, Kurt Campbell," is Campbell, possessive
 * or not as `possessiveToo` says) or nearest its start (the subject of its first verb, never a possessive), or a
 * subject pronoun met first on the way.
 */
function speakerIn(context: Context, clause: Span, last: boolean, possessiveToo: boolean): Attribution | undefined {
  const clauseWords = spansWithin(context.words, clause);
  // Phrases put before the subject name no speaker ("Later, during a visit by Blinken, Beijing declared").
  const fronted = frontedWords(context, clause, clauseWords);
  const first = last ? 0 : fronted;
  for (let k = first; k < clauseWords.length - (last ? fronted : 0); k++) {
    const word = clauseWords[last ? clauseWords.length - 1 - k : k];
    const mention = mentionAt(context, word.start);
    // "USA Today's own analysis concluded that …": a piece an outlet published speaks for it.
    if (mention?.possessive && mention.entity.kind === 'organization' && piecePublishedBy(context, mention)) return fromMention({ ...mention, possessive: false });
    // The object of a preposition is no subject: "Appeared with Blinken in Washington and called it “…”"; nor is a
    // name joined to another by a dash ("the statement on the Wang–Blinken meeting said").
    // Nor one modifying a noun: "in a statement on the Wang meeting".
    if (
      mention?.entity.kind === 'person' &&
      (possessiveToo || !mention.possessive) &&
      !objectOfPreposition(context.doc.prose, context.words, mention) &&
      !dashJoined(context.doc.prose, mention) &&
      !askedBy(context.words, mention) &&
      !qualifiesNextName(context, mention) &&
      (mention.possessive || !modifiesNoun(context.doc.prose, context.words, mention.wordIndex, mention.wordIndex + mention.wordCount))
    ) {
      // "the Chinese leader received Bill Gates and said": the first person named is the object of a verb whose
      // subject went unrecognised.
      if (!last && objectOfVerb(context, mention)) return { kind: 'descriptor', confident: false };
      return fromMention(mention);
    }
    // "…, and before he arrived the ministry's spokesman, Wang Wenbin, said": a pronoun right after "before", "when" …
    // opening the clause is the subject of a clause of its own.
    const at = last ? clauseWords.length - 1 - k : k;
    const ownClauseOpener = clauseWords[0] === clauseWords[at - 1] && FRONTED_OPENERS.has(clauseWords[0].norm);
    // "… and it was he who put it most starkly, saying “…”": the "it" of a cleft stands for the pronoun it puts first.
    const focused = word.norm === 'it' && (clauseWords[at + 1]?.norm === 'was' || clauseWords[at + 1]?.norm === 'is') && clauseWords[at + 3]?.norm === 'who' ? clauseWords[at + 2] : undefined;
    if (focused && (focused.norm === 'he' || focused.norm === 'she')) return resolvePronoun(context, focused);
    // "It is concluded that …", "It was reported that …": an "it" before a passive stands for nobody.
    if (word.norm === 'it' && passiveAfter(context.words, firstStartingAt(context.words, word.start))) return { kind: 'descriptor', confident: false };
    if (SUBJECT_PRONOUNS.has(word.norm) && !ownClauseOpener) return resolvePronoun(context, word);
    if (standsForOneOfPair(context, word)) return oneOfPair(context, word);
    // "The official told the BBC that it was …": past the clause's verb of saying come its listener and what was said
    // (but "said Okafor, insisting …": a verb opening the clause has its subject after it).
    if (!last && k > first && isReportingVerb(context, word)) return undefined;
  }
  return undefined;
}

/** The words after `at` are "is" or "was" (an adverb between or not) and a past participle: "is concluded", "was widely reported". */
function passiveAfter(words: readonly Word[], at: number): boolean {
  if (!PASSIVE_AUXILIARIES.has(words[at + 1]?.norm ?? '')) return false;
  const next = words[at + 2]?.norm.endsWith('ly') ? words[at + 3] : words[at + 2];
  return next !== undefined && (next.norm.endsWith('ed') || IRREGULAR_PARTICIPLES.has(next.norm));
}

const IRREGULAR_PARTICIPLES = new Set(['said', 'told', 'known', 'thought', 'understood', 'held', 'written', 'shown', 'felt']);

/**
 * "Obama aide Russel", "Former Obama administration official Danny Russel": a name before lower-case words of a
 * title or a post and then another person's name qualifies that person's title; it is not who acts.
 */
function qualifiesNextName(context: Context, mention: Mention): boolean {
  const { words, doc } = context;
  let k = mention.wordIndex + mention.wordCount;
  const first = k;
  while (k < first + QUALIFIED_TITLE_WORDS && words[k] && !isCapitalizedWord(doc.prose, words[k]) && (isTitleWord(words[k].norm) || PERSON_NOUNS.has(words[k].norm) || POST_WORDS.has(words[k].norm))) k++;
  const next = k > first ? mentionAt(context, words[k]?.start ?? -1) : undefined;
  return next?.entity.kind === 'person' && /^[ \t]+$/.test(doc.prose.slice(words[k - 1].end, next.start));
}

/** Title words a name may qualify before the holder's name: "Obama administration official". */
const QUALIFIED_TITLE_WORDS = 3;
/** Words for whom someone serves: "Obama administration", "Biden campaign". */
const POST_WORDS = new Set(['administration', 'government', 'campaign', 'era', 'cabinet', 'team']);

const RELATIVES = new Set(['whom', 'who', 'that', 'which', 'whose']);

/** Words right before a quotation that make it words talked about. */
const TALKED_ABOUT = new Set(['about', 'what', 'term', 'phrase', 'word', 'words', 'expression']);

/** Verbs of saying written before their subject ("said Qin Gang"); others take an object ("mentioned Russel"). */
const INVERTED_VERBS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'continued', 'replied', 'explained', 'concluded']);

/** Longest phrase of a preposition put before a clause's subject: "On the morning of Friday,". */
const LONGEST_FRONTED_PHRASE = 5;

/** Words opening a phrase put before a clause's subject ("On Friday, …", "Unlike Campbell, …"), besides FRONTED_OPENERS. */
const FRONTED_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'for', 'with', 'without', 'amid', 'like']);

/**
 * How many of the clause's words are phrases put before its subject, which name people of their own: "On Friday,
 * three days before Blinken met Xi, the Chinese leader …", "And unlike Campbell and Kritenbrink, who spoke to the
 * BBC, Mulhauser …". The first comma's part counts when it opens with a subordinator or a preposition; each part
 * after it that opens with "who" or holds a subordinator counts too.
 */
function frontedWords(context: Context, clause: Span, clauseWords: readonly Word[]): number {
  let first = 0;
  // "And", "but", and an adverb set off by its comma ("Later, during a visit by Blinken, Beijing declared").
  const adverbSetOff = (k: number) => FRONTED_ADVERBS.has(clauseWords[k].norm) && /^\s*,/.test(context.doc.prose.slice(clauseWords[k].end));
  while (first < clauseWords.length && (clauseWords[first].norm === 'and' || clauseWords[first].norm === 'but' || adverbSetOff(first))) first++;
  // "More than four decades later, during a visit by …": a time told by its distance, set off by a comma.
  let told = first;
  while (told < clauseWords.length && told <= first + LONGEST_FRONTED_PHRASE && !adverbSetOff(told)) told++;
  if (told < clauseWords.length && told <= first + LONGEST_FRONTED_PHRASE && TIME_DISTANCE.has(clauseWords[told].norm)) first = told + 1;
  // "Two days before Blinken arrived, …", "Hours after the talks, …": a time counted to another event.
  const counted = clauseWords.slice(first, first + LONGEST_FRONTED_PHRASE).findIndex((word, k) => TIME_SPANS.has(word.norm) && COUNTED_FROM.has(clauseWords[first + k + 1]?.norm ?? ''));
  if (counted >= 0 && !/,/.test(context.doc.prose.slice(clauseWords[first].start, clauseWords[first + counted].end))) first += counted + 1;
  const opener = clauseWords[first]?.norm ?? '';
  if (!FRONTED_OPENERS.has(opener) && !FRONTED_PREPOSITIONS.has(opener)) return 0;
  // A preposition's phrase is short and names no one ("On Friday,"), unlike "On Friday Raman met Okafor, …"; but
  // for in a clause of its own ("On the Friday before Raman arrived,").
  if (!FRONTED_OPENERS.has(opener)) {
    const part = clauseWords.slice(first, countWhile(clauseWords.length, (i) => clauseWords[i].start < nextComma(context, clauseWords[first].end, clause.end)));
    const ownClause = part.findIndex((word, k) => k > 0 && FRONTED_OPENERS.has(word.norm));
    if ((ownClause < 0 ? part.length : ownClause) > LONGEST_FRONTED_PHRASE || part.some((word, k) => (ownClause < 0 || k < ownClause) && mentionAt(context, word.start)?.entity.kind === 'person')) return 0;
  }
  let skipped = 0;
  for (let from = 0; ; ) {
    const comma = context.doc.prose.indexOf(',', clauseWords[from].end);
    if (comma < 0 || comma >= clause.end) return skipped;
    const next = countWhile(clauseWords.length, (i) => clauseWords[i].start < comma);
    if (next >= clauseWords.length) return skipped;
    skipped = next;
    const part = clauseWords.slice(next, countWhile(clauseWords.length, (i) => clauseWords[i].start < (nextComma(context, clauseWords[next].end, clause.end))));
    if (!(part[0]?.norm === 'who' || part.some((word) => FRONTED_OPENERS.has(word.norm)))) return skipped;
    from = next;
  }
}

/** Words for a stretch of time, and the words counting it from an event: "two days before", "hours after". */
const TIME_SPANS = new Set(['moments', 'minutes', 'hours', 'hour', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decades', 'shortly', 'soon', 'long', 'just', 'right']);
const COUNTED_FROM = new Set(['before', 'after']);

/** Words ending a time told by its distance from another: "Two days later,", "Four decades earlier,". */
const TIME_DISTANCE = new Set(['later', 'earlier', 'afterwards', 'afterward']);

/** Adverbs that may open a sentence, set off by a comma, before a phrase put first. */
const FRONTED_ADVERBS = new Set(['later', 'earlier', 'meanwhile', 'afterwards', 'afterward', 'then', 'still', 'however', 'separately', 'finally', 'yet']);

function nextComma(context: Context, from: number, end: number): number {
  const comma = context.doc.prose.indexOf(',', from);
  return comma < 0 || comma >= end ? end : comma;
}

/** The last person named before the participle at `i` as the object of a verb of showing or quoting ("had", "quoted"). */
function shownSaying(context: Context, leadWords: readonly Word[], i: number): Mention | undefined {
  const named = spansWithin(context.mentions, { start: leadWords[0].start, end: leadWords[i].start }).filter((m) => m.entity.kind === 'person' && !m.possessive).at(-1);
  return named && SHOWING_VERBS.has(context.words[beforeDescription(context, named)]?.norm ?? '') ? named : undefined;
}

/** Object pronouns, by the subject pronoun they stand for. */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
]);

/** Verbs whose object a participle after it tells of: "had X saying", "quoted X, …, saying", "caught X telling". */
const SHOWING_VERBS = new Set(['had', 'has', 'quoted', 'quotes', 'heard', 'showed', 'shows', 'caught', 'cited', 'cites', 'found']);

/** The person is named right after a lower-case word that is no adverb, conjunction, relative or auxiliary: a verb's object. */
function objectOfVerb(context: Context, mention: Mention): boolean {
  const before = context.words[beforeDescription(context, mention)]?.norm ?? '';
  // Not after a verb of saying put before its subject: "said Qin Gang, insisting that …".
  return isObject(context, mention) && !INVERTED_VERBS.has(before) && !BEFORE_VERB.has(before) && !NEW_SUBJECT_OPENERS.has(before) && !FRONTED_OPENERS.has(before) && !PREPOSITIONS.has(before) && !RELATIVES.has(before);
}

/** Prepositions before a possessive telling of a time or a rule: "in Obama's second term", "under Trump's presidency". */
const TIME_PREPOSITIONS = new Set(['in', 'during', 'under', 'throughout']);

/**
 * Words before a name that make it the object of a preposition ("by" is left out: "was said by Blinken"; "of" too:
 * "the comments of Bonnie Glaser, who said …").
 */
const PREPOSITIONS = new Set([
  'with', 'to', 'for', 'from', 'about', 'alongside', 'beside', 'against', 'than', 'like', 'toward', 'towards', 'after', 'behind', 'without', 'including',
  'among', 'between', 'under', 'over', 'at', 'into', 'upon', 'near', 'despite', 'unlike', 'on', 'amid', 'amidst',
]);

/** "Asked by USA Today, Singleton described it as …": whoever asked is not who answered. */
function askedBy(words: readonly Word[], mention: Mention): boolean {
  const k = wordBeforeTitle(words, mention.wordIndex);
  return words[k]?.norm === 'by' && ASKING.has(words[k - 1]?.norm ?? '');
}

const ASKING = new Set(['asked', 'questioned', 'interviewed', 'pressed', 'challenged', 'prompted']);

/** The name is the object of a preposition: "with Blinken", "about Bell". */
function objectOfPreposition(prose: string, words: readonly Word[], mention: Mention): boolean {
  return prepositionBefore(prose, words, mention) !== undefined;
}

/**
 * "I was glad of the space you gave to Kurt Campbell. He told …", "I spoke with Campbell. He said …": what the writer
 * or the reader did with the person leaves no one else in the sentence for "he" or "she" to stand for.
 */
function objectOfWriterOrReader(prose: string, words: readonly Word[], mention: Mention): boolean {
  const preposition = prepositionBefore(prose, words, mention);
  if (!preposition) return false;
  const at = firstStartingAt(words, preposition.start);
  const [subject, verb] = [words[at - 2], words[at - 1]];
  return subject !== undefined && verb !== undefined && WRITER_AND_READER.has(subject.norm) && !DETERMINERS.has(verb.norm) && /^[ \t]+$/.test(prose.slice(subject.end, verb.start)) && /^[ \t]+$/.test(prose.slice(verb.end, preposition.start));
}

/** Subjects that are the writer or the reader, never a "he" or a "she". */
const WRITER_AND_READER = new Set([...FIRST_PERSON, 'you']);

/** Longest title read back over for the preposition before a name: "alongside Singapore's Foreign Minister". */
const LONGEST_TITLE_BEFORE = 4;

/** The preposition before a name, a title between ("alongside Singapore's Foreign Minister Vivian Balakrishnan"). */
function prepositionBefore(prose: string, words: readonly Word[], mention: Mention): Word | undefined {
  let k = mention.wordIndex - 1;
  let stop = k - LONGEST_TITLE_BEFORE;
  let titled = false;
  while (k > stop && words[k]) {
    // Not across the end of a sentence or a line ("… China's top diplomat. ¶ Craig Singleton …"), but past an
    // abbreviation's full stop ("with Amb. Kritenbrink", "Microsoft Corp. co-founder").
    const gap = prose.slice(words[k].end, words[k + 1].start);
    if (/[.!?;:\n]/.test(gap) && !(/^\.[ \t]+$/.test(gap) && (CORPORATE_ABBREVIATIONS.has(words[k].norm) || isTitleWord(words[k].norm)))) break;
    const possessive = words[k].norm !== stripPossessive(words[k].norm);
    // "with Singaporean Foreign Minister Vivian Balakrishnan": a nationality's adjective is part of the title.
    const nationality = countryOfDemonym(prose.slice(words[k].start, words[k].end)) !== undefined;
    // "with Microsoft co-founder Bill Gates", "with Microsoft Corp. co-founder …": a body's name before the title.
    const body = titled && stop > mention.wordIndex - 1 - LONGEST_TITLE_BEFORE - LONGEST_BODY_BEFORE && isCapitalized(prose.slice(words[k].start, words[k].end)) && (/^[ \t]+$/.test(prose.slice(words[k].end, words[k + 1].start)) || (CORPORATE_ABBREVIATIONS.has(words[k].norm) && /^\.[ \t]+$/.test(prose.slice(words[k].end, words[k + 1].start))));
    // ("co-founder", "vice-president": a prefix joined to a title word by a hyphen is of the title.)
    const title = isTitleWord(words[k].norm) || (titled && prose.slice(words[k].end, words[k + 1].start) === '-');
    if (!possessive && !nationality && !body && !title && words[k].norm !== 'the') break;
    if (title) titled = true;
    // (A body's name does not count against the title's length: "with Almera Dredging Corp. co-founder Priya Raman".)
    else if (body) stop--;
    // "beside Port Almera's Marcus Bell": the whole name the possessive ends, within its sentence ("… on Sunday.
    // China's foreign minister, Qin Gang, said" has no preposition before the name).
    if (possessive) while (k - 1 > stop && words[k - 1] && isCapitalized(prose.slice(words[k - 1].start, words[k - 1].end)) && !isTitleWord(words[k - 1].norm) && !/[.!?;:]/.test(prose.slice(words[k - 1].end, words[k].start))) k--;
    k--;
  }
  // Not across the end of a sentence: "We had to. Glaser said …". ("Xi w/ Gates, said …": words() reads "w/" as "with".)
  // Nor across a comma: "The best anyone could hope for, Kritenbrink said, was “…”" opens an aside.
  return words[k] && PREPOSITIONS.has(words[k].norm) && !/[.!?;:,]/.test(prose.slice(words[k].end, words[k + 1].start)) ? words[k] : undefined;
}

/** Most words of a body's name before a title: "Almera Dredging Corp." of "Almera Dredging Corp. co-founder". */
const LONGEST_BODY_BEFORE = 4;

/** Most words of a clause's opening that is only a name or initials: "KC", "Mr Campbell", "Kurt M. Campbell". */
const ONLY_A_NAME = 3;

/** Abbreviations ending a company's name, whose full stop ends no sentence: "Microsoft Corp. co-founder". */
const CORPORATE_ABBREVIATIONS = new Set(['corp', 'inc', 'co', 'ltd', 'plc']);

/** Words that may stand between an aside and its verb: "Xi, meeting Bill Gates, had already said", "…, allegedly said". */
const BEFORE_VERB = new Set([
  'had', 'has', 'have', 'was', 'were', 'is', 'already', 'also', 'then', 'later', 'once', 'just', 'still', 'previously', 'repeatedly', 'again',
  'reportedly', 'allegedly', 'apparently', 'supposedly', 'purportedly', 'reputedly', 'famously',
  // "Beijing itself described …", "Xi himself said": a pronoun stressing the subject.
  'itself', 'himself', 'herself', 'themselves',
]);

/**
 * The end of `clause` before the auxiliaries and adverbs it ends with, blanks only between them (read word by
 * word from the end: a regular expression tried each blank of the clause as a start).
 */
function beforeAuxiliaries(context: Context, clause: Span): number {
  const clauseWords = spansWithin(context.words, clause);
  let end = clause.end;
  for (let k = clauseWords.length - 1; k >= 0; k--) {
    const word = clauseWords[k];
    if (!BEFORE_VERB.has(word.norm) || !/^\s*$/.test(context.doc.prose.slice(word.end, end))) break;
    end = word.start;
  }
  return end;
}

/**
 * What precedes an aside that ends right at the verb (a comma, bracket or dash, perhaps an auxiliary or adverb
 * after it): for commas, the text before each comma of the clause in turn, first to last, so that "Glaser, who,
 * like Singleton, had been sceptical, told" is read from "Glaser", not from "Glaser, who, like Singleton".
 */
function beforeAsides(context: Context, clause: Span): Span[] {
  const text = context.doc.prose.slice(clause.start, beforeAuxiliaries(context, clause));
  const close = /([,)—–])\s*$/.exec(text);
  if (!close) return [];
  const opening = close[1] === ')' ? '(' : close[1];
  if (opening !== ',') {
    const open = text.lastIndexOf(opening, close.index - 1);
    return open > 0 ? [{ start: clause.start, end: clause.start + open }] : [];
  }
  const outers: Span[] = [];
  for (let open = text.indexOf(','); open >= 0 && open < close.index; open = text.indexOf(',', open + 1)) if (open > 0) outers.push({ start: clause.start, end: clause.start + open });
  return outers;
}

/** A clause naming no person: an organisation, or a name the reference does not know. */
function subjectIfNoPerson(context: Context, clause: Span): Attribution | undefined {
  const clauseWords = spansWithin(context.words, clause);
  // An organisation can speak ("the State Department said"), unless it only describes a person ("the
  // Foundation for Defense of Democracies expert said", "Craig Okonkwo of the Foundation … said").
  for (let i = clauseWords.length - 1; i >= 0; i--) {
    const mention = mentionAt(context, clauseWords[i].start);
    // A person here is one speakerIn passed over: after a preposition ("Appeared alongside Blinken and said").
    if (!mention || (mention.entity.kind === 'person' && !mention.possessive)) continue;
    // A title, then a name the reference does not know: "Singapore's Foreign Minister Vivian Balakrishnam" (not
    // "the German Marshall Fund's Indo-Pacific Program").
    const after = clauseWords.slice(i + mention.wordCount);
    const unknownAfter = namedOnly(unknownNameBefore(context, after));
    if (unknownAfter && after.some((word) => word.end <= unknownAfter.span!.start && isTitleWord(word.norm))) return unknownAfter;
    // "the German Marshall Fund managing director said": a title or person noun after it, before the clause ends.
    if (after.some((word) => PERSON_NOUNS.has(word.norm) || isTitleWord(word.norm))) return { kind: 'descriptor', confident: false };
    // The outlet spoken to ("Speaking to Al Jazeera, the director … said", "Asked by USA Today, …") is not the speaker,
    // nor where the speaker is ("A former embassy aide in Beijing called it …").
    if (afterCue(clauseWords, i) || askedBy(context.words, mention) || (i > 1 && LOCATING.has(clauseWords[i - 1].norm) && !mention.possessive)) continue;
    // Nor the object of a preposition: "described the balancing act to USA Today" ("according to" names a source).
    const preposition = prepositionBefore(context.doc.prose, context.words, mention);
    if (preposition && !(preposition.norm === 'to' && context.words[firstStartingAt(context.words, preposition.start) - 1]?.norm === 'according')) continue;
    // "Danny Russell (Asia Society Policy Institute):": a body in brackets after a name says where that person works.
    if (i > 0 && /^\s*\(\s*$/.test(context.doc.prose.slice(clauseWords[i - 1].end, mention.start)) && isCapitalizedWord(context.doc.prose, clauseWords[i - 1])) {
      return namedOnly(unknownNameBefore(context, clauseWords.slice(0, i))) ?? { kind: 'descriptor', confident: false };
    }
    const modified = modifiedBy(clauseWords, i);
    if (modified === undefined) return fromMention(mention);
    return namedOnly(unknownNameBefore(context, clauseWords.slice(0, modified))) ?? { kind: 'descriptor', confident: false };
  }
  return unknownNameBefore(context, clauseWords);
}

/** Prepositions saying where someone is, not whom they speak for: "an aide in Beijing". */
const LOCATING = new Set(['in', 'inside', 'outside', 'near']);

/** The words before `at` (a "the" skipped) end an outlet cue: "told", "speaking to", "in an interview with". */
function afterCue(clauseWords: readonly Word[], at: number): boolean {
  const end = at > 0 && clauseWords[at - 1].norm === 'the' ? at - 1 : at;
  return OUTLET_CUES.some((cue) => cue.length <= end && cue.every((norm, k) => clauseWords[end - cue.length + k].norm === norm));
}

/** Prepositions by which an organisation describes the person named before it: "X of the FDD", "X at Brookings". */
const AFFILIATION_WORDS = new Set(['of', 'at', 'from', 'with']);

/**
 * Where the words describing someone by the organisation at `at` start ("of the Foundation …"), when a name
 * the reference does not know stands right before them; undefined when the organisation is the subject.
 */
function modifiedBy(clauseWords: readonly Word[], at: number): number | undefined {
  const before = at > 0 && clauseWords[at - 1].norm === 'the' ? at - 2 : at - 1;
  return before > 0 && AFFILIATION_WORDS.has(clauseWords[before].norm) ? before : undefined;
}

/** An attribution to a name, not to a description. */
function namedOnly(attribution: Attribution | undefined): Attribution | undefined {
  return attribution?.kind === 'named' ? attribution : undefined;
}

// ---- speakers ----

/** A speaker named at the start of `range`: a mention, a pronoun, a name not in the reference, or a description. */
function speakerAt(context: Context, from: number, to: number): Attribution | undefined {
  const range = spansWithin(context.words, { start: from, end: to });
  if (!range[0]) return undefined;
  // "the Chinese foreign ministry said": "the" before a body the set knows, which is the whole subject (not "the
  // State Department's senior East Asia diplomat", "the FDD analyst").
  const named = range[0].norm === 'the' && range[1] ? mentionAt(context, range[1].start) : undefined;
  const after = named && context.words[named.wordIndex + named.wordCount];
  if (named && !named.possessive && (!after || after.start >= to || SPEECH_VERBS.has(after.norm))) return fromMention(named);
  // "the Asia Society's Russel said": a person the set knows right after a place or body's possessive.
  const place = range[0].norm === 'the' ? placePossessiveLength(context, range.slice(1)) : 0;
  const person = place > 0 && range[1 + place] ? mentionAt(context, range[1 + place].start) : undefined;
  if (person?.entity.kind === 'person' && !person.possessive) return fromMention(person);
  // "Singapore's foreign minister said": a place's possessive opens a description as "the" does.
  const described = placePossessiveLength(context, range) > 0 ? describedSpeaker(context, range) : undefined;
  if (described?.entity) return described;
  const first = range[0];
  // "said Chinese foreign ministry spokesman Wang Wenbin": an organisation's name can open a person's title.
  const opening = mentionAt(context, first.start);
  const mention = (opening?.entity.kind === 'person' ? opening : undefined) ?? mentionAfterTitle(context, range) ?? opening;
  if (mention) {
    const joined = mention.entity.kind === 'person' && !mention.possessive ? speakersJoinedTo(context, mention, to) : [];
    return joined.length > 0 ? { ...fromMention(mention), mayBe: [mention.entity.id, ...joined] } : fromMention(mention);
  }
  const piece = publishedBy(context, range);
  if (piece) return fromMention(piece);
  if (SUBJECT_PRONOUNS.has(first.norm)) return resolvePronoun(context, first);
  if (range[1] && standsForOneOfPair(context, range[1])) return oneOfPair(context, range[1]);
  const text = context.doc.prose;
  if (isCapitalized(text.slice(first.start, first.end)) && !isSentenceStartOnly(context, first)) {
    const run = capitalizedRun(context, range);
    // "said Port Almera Harbour Master Okafor": capitalised title words before a known name.
    const named = run.map((w) => mentionAt(context, w.start)).find((m) => m?.entity.kind === 'person');
    if (named) return fromMention(named);
    // "Hannah Lowe spoke to me. … “…,” Lowe said.": the surname of someone the text named in full before.
    if (run.length === 1 && introducedInFull(context, run[0])) return { kind: 'named', confident: true, span: { start: run[0].start, end: run[0].end }, form: 'unknown' };
    return unknownName(run);
  }
  return describedSpeaker(context, range) ?? { kind: 'descriptor', confident: false };
}

/**
 * "Okafor and Raman said", "Okafor, Bell and Raman said": the people a subject names beside its first, each of whom
 * may have said the words.
 */
function speakersJoinedTo(context: Context, mention: Mention, to: number): string[] {
  const joined: string[] = [];
  let at = mention.wordIndex + mention.wordCount;
  for (;;) {
    const joiner = context.words[at];
    const gap = joiner && context.doc.prose.slice(context.words[at - 1].end, joiner.start);
    // ("“…,” added Balakrishnan, and Glaser could only hope …": ", and" after the first name alone opens a clause of its own.)
    const next = joiner?.norm === 'and' ? (joined.length === 0 && gap!.includes(',') ? undefined : context.words[at + 1]) : gap !== undefined && /^\s*,\s*$/.test(gap) ? joiner : undefined;
    const other = next && next.start < to ? mentionAt(context, next.start) : undefined;
    if (!other || other.entity.kind !== 'person' || other.possessive) return joined;
    joined.push(other.entity.id);
    at = other.wordIndex + other.wordCount;
  }
}

/** "a USA Today analysis", "the BBC piece": a piece an organisation published speaks for it. */
function publishedBy(context: Context, range: readonly Word[]): Mention | undefined {
  if (!ARTICLES.has(range[0].norm) || range.length < 3) return undefined;
  const organisation = mentionAt(context, range[1].start);
  if (organisation?.entity.kind !== 'organization' || organisation.possessive) return undefined;
  const after = range.filter((word) => word.start >= organisation.end);
  return after.length === 1 && PUBLISHED_PIECES.has(after[0].norm) ? organisation : undefined;
}

const ARTICLES = new Set(['a', 'an', 'the']);
/** Prepositions between a piece and where it was published: "an analysis on Al Jazeera", "a report in USA Today". */
const PUBLISHED_IN = new Set(['on', 'in', 'by', 'from']);

/** A noun for a published piece right after the organisation's possessive ("own" between): "USA Today's (own) analysis". */
function piecePublishedBy(context: Context, mention: Mention): boolean {
  let at = mention.wordIndex + mention.wordCount;
  if (context.words[at]?.norm === 'own') at++;
  return PUBLISHED_PIECES.has(context.words[at]?.norm ?? '');
}
/** Nouns for what an outlet publishes, whose words are the outlet's own. */
export const PUBLISHED_PIECES = new Set(['analysis', 'piece', 'report', 'editorial', 'article', 'story', 'commentary', 'column', 'explainer', 'broadcast', 'leader']);

/** The description the verb's own clause ends with ("Later, the foreign minister" before "said"). */
function describedBefore(context: Context, lead: Span): Attribution | undefined {
  const clause = verbsOwnClause(context, lead);
  // Adverbs and auxiliaries may stand between: "the foreign minister later said".
  const end = beforeAuxiliaries(context, clause);
  const clauseWords = spansWithin(context.words, { start: clause.start, end });
  // Right before the verb, all of it a description ("who was the top diplomat on East Asia under Barack Obama, said"
  // is not one).
  if (clauseWords.length === 0 || !/^[ \t]+$/.test(context.doc.prose.slice(clauseWords[clauseWords.length - 1].end, end))) return undefined;
  for (let k = clauseWords.length - 1; k >= 0 && clauseWords.length - k <= LONGEST_SPEAKER_DESCRIPTION + 1; k--) {
    // A place's possessive opens the clause, or follows a comma ("Later, China's foreign minister said").
    const opensClause = k === 0 || /,\s*$/.test(context.doc.prose.slice(clauseWords[k - 1].end, clauseWords[k].start));
    if (clauseWords[k].norm === 'the' || (opensClause && placePossessiveLength(context, clauseWords.slice(k)) > 0)) return describedSpeaker(context, clauseWords.slice(k), true);
  }
  return undefined;
}

/**
 * How many words of `range` are a place or body's possessive opening it, which opens a description as "the" does:
 * "China's foreign minister", "Port Almera's harbour master" (0 for none; a person's possessive is someone else's
 * tie).
 */
function placePossessiveLength(context: Context, range: readonly Word[]): number {
  const prose = context.doc.prose;
  for (let k = 0; k < range.length && k < LONGEST_PLACE_NAME; k++) {
    const word = range[k];
    if (!isCapitalized(prose.slice(word.start, word.end)) || (k > 0 && !/^[ \t]+$/.test(prose.slice(range[k - 1].end, word.start)))) return 0;
    if (word.norm === stripPossessive(word.norm)) continue;
    const named = mentionAt(context, range[0].start);
    return named === undefined || named.entity.kind === 'organization' ? k + 1 : 0;
  }
  return 0;
}

/** Longest place or body name read before its possessive: "Port Almera's", "Delta Marine Consulting's". */
const LONGEST_PLACE_NAME = 3;

const INDEFINITE = new Set(['a', 'an', 'another']);

/** Where the sentence two before the one at `offset` starts, sentences opening inside a quotation not counted. */
function threeSentencesBack(context: Context, offset: number): number {
  const { sentences } = context.doc;
  let back = 0;
  for (let k = lastStartingAtOrBefore(sentences, offset); k >= 0; k--) {
    if (spanAt(context.quotations, sentences[k].start) === undefined && back++ === 2) return sentences[k].start;
  }
  return 0;
}

/** Longest description read by its head word alone: "the veteran career diplomat". */
const LONGEST_HEADED_DESCRIPTION = 3;

/** Longest description read as a speaker: "the State Department's senior East Asia diplomat". */
const LONGEST_SPEAKER_DESCRIPTION = 8;

/**
 * "“…,” the secretary said" in a piece about Blinken, no secretary named in the three sentences before nor earlier in
 * the paragraph: a description fitting the person the document is about (named more than once: see
 * Context.subject), others named farther back, is that person, as a reader takes it; not one of the past ("the former
 * secretary").
 */
function describesSubject(context: Context, candidates: readonly Entity[], span: Span): Attribution | undefined {
  const subject = candidates.find((entity) => entity.id === context.subject);
  if (!subject || spansWithin(context.words, span).some((word) => PAST.has(word.norm))) return undefined;
  const { blocks } = context.doc;
  const paragraph = blocks[lastStartingAtOrBefore(blocks, span.start)];
  const from = Math.min(threeSentencesBack(context, span.start), paragraph?.start ?? span.start);
  const rival = context.mentions.some((m) => m.start >= from && m.end <= span.start && m.entity.id !== subject.id && candidates.includes(m.entity));
  return rival ? undefined : { kind: 'descriptor', entity: subject, confident: true, span };
}

/**
 * "the foreign minister said", "said the Chinese foreign minister": a description opening `range` (all of it, when
 * `whole`) that fits one role of the reference's people. One person it fits, described in two words or more or
 * named before, is the speaker; of several, the one named last, when no other was named in the stretch a pronoun
 * reaches.
 */
function describedSpeaker(context: Context, range: readonly Word[], whole = false): Attribution | undefined {
  const prose = context.doc.prose;
  const place = placePossessiveLength(context, range);
  if (range[0]?.norm !== 'the' && place === 0) return undefined;
  const words: Word[] = range.slice(0, place);
  for (let k = Math.max(1, place); k < range.length && k <= LONGEST_SPEAKER_DESCRIPTION; k++) {
    // ("the Indo-Pacific coordinator": a hyphen joins words of it.)
    if (!/^(?:[ \t]+|-)$/.test(prose.slice(range[k - 1].end, range[k].start)) || RELATIVES.has(range[k].norm)) break;
    words.push(range[k]);
  }
  // The longest run of words that fits someone ("secretary of state", though "state" may be a verb of saying).
  let phrase: Word[] = [];
  let candidates: readonly Entity[] = [];
  for (let n = words.length; n > (whole ? words.length - 1 : 0) && candidates.length === 0; n--) {
    phrase = words.slice(0, n);
    candidates = context.describedPeople(phrase.map((word) => stripPossessive(word.norm)));
  }
  if (candidates.length === 0) return describedByHeadWord(context, range[0], words);
  const span = { start: range[0].start, end: phrase[phrase.length - 1].end };
  const ids = new Set(candidates.map((entity) => entity.id));
  const before = context.mentions.filter((m) => m.end <= span.start && ids.has(m.entity.id));
  const latest = before.at(-1);
  const threeSentences = threeSentencesBack(context, span.start);
  if (candidates.length === 1) return { kind: 'descriptor', entity: candidates[0], confident: phrase.length >= 2 || latest !== undefined, span };
  if (!latest || latest.start < threeSentences) return describesSubject(context, candidates, span);
  const rival = before.some((m) => m.start >= threeSentences && m.entity.id !== latest.entity.id);
  // "Biden … Xi … “…,” the president said": whom it may be, each named in the stretch.
  const mayBe = rival ? [...new Set(before.filter((m) => m.start >= threeSentences).map((m) => m.entity.id))] : undefined;
  return { kind: 'descriptor', entity: latest.entity, confident: !rival, span, ...(mayBe && { mayBe }) };
}

/** How often the text before a description names someone for the description to stand for them as well as for another. */
const SUBJECT_NAMED_BEFORE = 2;

/**
 * "Danny Russel was blunt. “…,” the veteran diplomat said.", "Wang Wenbin spoke next. “…,” the spokesman said.": a
 * description ending in the head word of someone's title ("diplomat" of "top diplomat on East Asia"), lower-case
 * words before it, is the person last named within three sentences whose title has it, when no one else whose title
 * has it was named there, nor anyone described by that word since.
 */
function describedByHeadWord(context: Context, the: Word, words: readonly Word[]): Attribution | undefined {
  const prose = context.doc.prose;
  // The description runs up to the verb of saying after it: "the state media said" ends with "media".
  const verb = words.findIndex((word) => SPEECH_VERBS.has(word.norm));
  const description = verb < 0 ? words : words.slice(0, verb);
  const head = description.at(-1);
  // Capitalised words only say where the person serves: "the Singaporean minister", "the FDD analyst"; or under
  // whom, before a word for a post: "the former Obama-era official", "the former Obama administration official"
  // (those two words not counted in the description's length).
  // ("the Singaporean FM": a title's abbreviation stands for its last word, "minister".)
  const abbreviated = head && abbreviatedTitle(prose.slice(head.start, head.end));
  const headNorm = abbreviated ? abbreviated[abbreviated.length - 1] : (head?.norm ?? '');
  const capitalised = description.filter((word) => isCapitalized(prose.slice(word.start, word.end)) && !(abbreviated && word === head));
  const served = capitalised.map((word) => servedPerson(context, word, description));
  const servedUnder = served.filter((id) => id !== undefined);
  // ("the Foundation for Defense of Democracies analyst": a body's name of several words counts as one; "the White
  // House's", as the name of whom someone serves under, as none.)
  const inBodyNames = wordsPastBodyNames(context, description) + description.filter((word) => inWhiteHouse(context, word)).length;
  if (!head || description.length - 2 * servedUnder.length - inBodyNames > LONGEST_HEADED_DESCRIPTION || description.some((word) => !/^\p{L}+(?:-\p{L}+)?$/u.test(capitalised.includes(word) ? stripPossessive(word.norm) : word.norm))) return undefined;
  const notServed = capitalised.filter((_, k) => served[k] === undefined);
  const placeOf = notServed.map((word) => servingPlace(context, word));
  const places = placeOf.filter((place) => place !== undefined);
  // ("the Indo-Pacific coordinator": any other capitalised word is a word of the person's title.)
  const titleWords = notServed.filter((_, k) => placeOf[k] === undefined).map((word) => word.norm);
  if (head === capitalised.at(-1)) return undefined;
  // "the former mayor" is not the mayor; "the veteran diplomat" may be a diplomat of the past. The word is the head
  // of the title, or its last word ("engineer" of "chief engineer"), never "state" of "secretary of state"; where
  // the person serves told, a noun for a person will do ("the FDD analyst" of the FDD's China expert).
  const past = description.some((word) => PAST.has(word.norm));
  // ("the analyst" of a China expert: words for someone who studies a field stand for one another.)
  const heads = COMMENTATORS.has(headNorm) ? [...COMMENTATORS] : [headNorm];
  // (Someone served under is not the one described; a past post under them is any former role of a person's.)
  const holds = (entity: Entity) =>
    entity.kind === 'person' &&
    !servedUnder.includes(entity.id) &&
    entity.person.roles.some((role) => {
      const { titleNorms } = readRole(role);
      const titled = heads.some((word) => titleNorms.includes(word) && (headClass(word) !== undefined || titleNorms.at(-1) === word));
      const underSomeone = servedUnder.length > 0 && past && role.former;
      return (!past || role.former) && places.every((place) => place(role)) && titleWords.every((word) => titleNorms.includes(word)) && (titled || ((places.length > 0 || underSomeone) && PERSON_NOUNS.has(headNorm)));
    });
  const candidates = places.length > 0 || servedUnder.length > 0 ? context.mentions.map((m) => m.entity) : heads.flatMap((word) => context.describedPeople([word], true));
  const ids = new Set(candidates.filter(holds).map((entity) => entity.id));
  const span = { start: the.start, end: head.end };
  const from = threeSentencesBack(context, span.start);
  const near = context.mentions.filter((m) => m.start >= from && m.end <= span.start && m.entity.kind === 'person' && ids.has(m.entity.id));
  const key = description.map((word) => word.norm).join(' ');
  // "Blinken spoke. He wanted …, the secretary said. He was speaking alongside … “…,” the secretary added.": the same
  // description, read as one person within the three sentences, when none of the others it fits was named since.
  const again = near.length === 0 ? context.described.filter((d) => d.words === key && d.start >= from && d.start < span.start).at(-1) : undefined;
  const latest = again ?? near.at(-1);
  if (!latest) return describesSubject(context, candidates.filter(holds), span);
  if (near.some((m) => m.entity.id !== latest.entity.id)) return undefined;
  // "Raman spoke. Then a Dutch engineer stood up. “…,” the engineer said.": someone else brought in since ("Russel,
  // who was the top diplomat for East Asia, …" describes him).
  const since = spansWithin(context.words, { start: again ? again.start : near.at(-1)!.end, end: span.start });
  const introduced = (k: number) => [...since.slice(Math.max(0, k - 3), k)].reverse().find((w) => DETERMINERS.has(w.norm))?.norm;
  if (since.some((word, k) => word.norm === headNorm && INDEFINITE.has(introduced(k) ?? ''))) return undefined;
  context.described.push({ words: key, entity: latest.entity, start: span.start });
  // "- June — … Defense Secretary Lloyd Austin … ¶ - Before departure — …, the secretary says": named only in another
  // paragraph, the one it fits may not be meant over the person the document is about, whom it fits too, or over one
  // it fits whom the text before names more than once ("## Blinken's two days ¶ Antony Blinken's visit … refused to
  // meet Lloyd Austin. ¶ Before leaving, the secretary said …").
  const namedBefore = (entity: Entity) => context.mentions.filter((m) => m.end <= span.start && m.entity.id === entity.id).length;
  const subject = candidates.find((entity) => entity.id !== latest.entity.id && holds(entity) && (entity.id === context.subject || namedBefore(entity) >= SUBJECT_NAMED_BEFORE));
  const { blocks } = context.doc;
  if (subject && lastStartingAtOrBefore(blocks, latest.start) !== lastStartingAtOrBefore(blocks, span.start)) return { kind: 'descriptor', entity: latest.entity, confident: false, span, mayBe: [latest.entity.id, subject.id] };
  return { kind: 'descriptor', entity: latest.entity, confident: true, span };
}

/** Words for someone who studies a field and comments on it, as a title ends: "China expert", "senior fellow". */
const COMMENTATORS: ReadonlySet<string> = new Set(['expert', 'analyst', 'scholar', 'researcher', 'specialist', 'fellow', 'watcher', 'observer', 'commentator']);

/**
 * "…,” said Agency director Marta Feldmann", "said Secretary of State Antony Blinken": a person named after up to
 * five title words ("of" between capitalised ones), spaces only between.
 */
function mentionAfterTitle(context: Context, range: readonly Word[]): Mention | undefined {
  const prose = context.doc.prose;
  const capitalised = (word: Word | undefined) => word !== undefined && isCapitalized(prose.slice(word.start, word.end));
  for (let k = 1; k <= 5 && k < range.length; k++) {
    const previous = range[k - 1];
    const inTitle = previous.norm === 'of' && capitalised(range[k - 2]) && capitalised(range[k]);
    if ((TITLE_BREAKERS.has(previous.norm) && !inTitle) || SUBJECT_PRONOUNS.has(previous.norm)) return undefined;
    // "said Mr. Singleton", "Amb. Kritenbrink said": an abbreviation's full stop is part of the title.
    const gap = context.doc.prose.slice(previous.end, range[k].start);
    if (!/^[ -]$/.test(gap) && !(gap === '. ' && isAbbreviation(previous.norm))) return undefined;
    const mention = mentionAt(context, range[k].start);
    if (mention) return mention.entity.kind === 'person' && !mention.possessive ? mention : undefined;
  }
  return undefined;
}

/** "I", "I’d", "I'm", "I've", "I'll": the one speaking, never a name. */
const FIRST_PERSON_SINGULAR = /^i(?:['’](?:d|m|ve|ll))?$/;

/** Words that end a title before a name: "said the aide to Biden" names Biden as someone else. */
const TITLE_BREAKERS = new Set(['the', 'a', 'an', 'to', 'of', 'for', 'at', 'with', 'and', 'or', 'in', 'on', 'by', 'from', 'his', 'her', 'their', 'its', 'that', 'this']);

function unknownNameBefore(context: Context, clauseWords: readonly Word[]): Attribution | undefined {
  const last = clauseWords[clauseWords.length - 1];
  // ("I’d add …": the speaker of a transcript's turn, not a name.)
  if (!last || !isCapitalized(context.doc.prose.slice(last.start, last.end)) || FIRST_PERSON_SINGULAR.test(last.norm)) return undefined;
  let first = clauseWords.length - 1;
  // A title before the name is not part of it: "Foreign Minister Vivian Balakrishnam"; nor is a label before a colon
  // ("Thomas Haldane: I’d add …").
  const nameWord = (word: Word) => isCapitalized(context.doc.prose.slice(word.start, word.end)) && !isTitleWord(word.norm);
  const joined = (left: Word, right: Word) => /^(?:[ \t]+|\.[ \t]*|-)$/.test(context.doc.prose.slice(left.end, right.start));
  while (first > 0 && nameWord(clauseWords[first - 1]) && joined(clauseWords[first - 1], clauseWords[first]) && clauseWords.length - first < 4) first--;
  // One word is a name only as a misspelling of someone's in the reference ("Balakrishan said"): who is meant stays unsure.
  if (clauseWords.length - first === 1 && !isCommonWord(last.norm) && context.nearPeople([last.norm]).length > 0) return { kind: 'named', confident: false, span: { start: last.start, end: last.end }, form: 'unknown' };
  if (first === 0 && clauseWords.length - first === 1) return undefined;
  // A name the reference knows is no unknown name; one after "in" is a place ("an aide in Port Almera").
  if (clauseWords.slice(first).some((word) => mentionAt(context, word.start))) return undefined;
  if (first > 0 && LOCATING.has(clauseWords[first - 1].norm)) return { kind: 'descriptor', confident: false };
  return unknownName(clauseWords.slice(first));
}

/** Last words of an organisation's name. */
const ORGANISATION_NOUNS = new Set([
  'program', 'programme', 'fund', 'institute', 'institution', 'foundation', 'society', 'council', 'center', 'centre', 'university', 'department',
  'ministry', 'agency', 'office', 'committee', 'commission', 'association', 'group', 'bank', 'corp', 'company', 'times', 'post', 'news', 'journal',
]);

/**
 * Capitalised words naming a speaker the reference does not know ("Margaret Okonkwo"). A title ("US Secretary"),
 * an organisation's name or a single word is not enough to say who it is.
 */
function unknownName(run: readonly Word[]): Attribution {
  // "As Reuters put it": a word opening a clause, capitalised at the sentence's start, is no part of the name.
  if (run.length > 0 && (SUBJECT_CLAUSE_OPENERS.has(run[0].norm) || SUBORDINATORS.has(run[0].norm))) return unknownName(run.slice(1));
  // "Indo-Pacific Program", "Asia Society": an organisation's name is no one speaking; "In Washington", opening a
  // sentence, is a place.
  if (run.length < 2 || run.some((w) => isTitleWord(w.norm)) || DETERMINERS.has(run[0].norm) || PREPOSITIONS.has(run[0].norm) || FRONTED_PREPOSITIONS.has(run[0].norm) || ORGANISATION_NOUNS.has(run[run.length - 1].norm)) {
    return { kind: 'descriptor', confident: false };
  }
  return { kind: 'named', confident: true, span: { start: run[0].start, end: run[run.length - 1].end }, form: 'unknown' };
}

/**
 * The text named someone the reference does not know in full before `surname`, a given name then this surname
 * ("Hannah Lowe" before "Lowe"), neither of them a word of English or a title.
 */
function introducedInFull(context: Context, surname: Word): boolean {
  if (isCommonWord(surname.norm) || isTitleWord(surname.norm)) return false;
  const written = context.doc.prose.slice(surname.start, surname.end);
  const before = context.doc.prose.slice(0, surname.start);
  for (const match of before.matchAll(new RegExp(String.raw`\b(\p{Lu}\p{Ll}+)[ \t]+${written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'gu'))) {
    const given = match[1].toLowerCase();
    if (!isCommonWord(given) && !isTitleWord(given) && !mentionAt(context, match.index!)) return true;
  }
  return false;
}

/** An outlet the reference does not know ends where a name starts: "told CNN Blinken's visit …". */
function unknownOutletEnd(context: Context, range: readonly Word[]): number {
  const run = capitalizedRun(context, range);
  // "Kritenbrink Tells CNN Not To Expect A Change": in a headline every word is capitalised, and the name ends
  // before a word no outlet's name goes on with.
  const named = run.findIndex((word, k) => k > 0 && (mentionAt(context, word.start) !== undefined || ENDS_OUTLET_NAME.has(word.norm)));
  return run[named > 0 ? named - 1 : run.length - 1].end;
}

/** Words that go on a sentence, not a name ("of", "the" and "and" may be in one: "Voice of America"). */
const ENDS_OUTLET_NAME = new Set(['to', 'a', 'an', 'not', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'that', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'had', 'it', 'he', 'she', 'they', 'his', 'her', 'their', 'but', 'or', 'about']);

function capitalizedRun(context: Context, range: readonly Word[]): Word[] {
  const run = [range[0]];
  for (let i = 1; i < range.length && i < 6; i++) {
    const word = range[i];
    if (!isCapitalized(context.doc.prose.slice(word.start, word.end))) break;
    // "Al-Jazeera" is one name.
    if (!/^(?:\s+|-)$/.test(context.doc.prose.slice(range[i - 1].end, word.start))) break;
    run.push(word);
  }
  return run;
}

function isSentenceStartOnly(context: Context, word: Word): boolean {
  return spanAt(context.doc.sentences, word.start)?.start === word.start;
}

/** A named speaker. A possessive ("Blinken's aide said") names someone else, so it is not the speaker. */
function fromMention(mention: Mention): Attribution {
  if (mention.possessive) return { kind: 'descriptor', confident: false };
  return { kind: 'named', entity: mention.entity, confident: true, span: { start: mention.start, end: mention.end }, form: mention.form, ...(mention.guessedAmong && { mayBe: mention.guessedAmong }) };
}

/**
 * "the former", "the latter" standing for a person, not describing a noun: after "the", before a verb, an auxiliary
 * or punctuation ("the former called it", "the latter was blunt", "…,” the latter said"; not "the former diplomat").
 */
function standsForOneOfPair(context: Context, word: Word): boolean {
  if (word.norm !== 'former' && word.norm !== 'latter') return false;
  const at = firstStartingAt(context.words, word.start);
  if (context.words[at - 1]?.norm !== 'the') return false;
  const next = context.words[at + 1];
  if (!next || !/^[ \t]+$/.test(context.doc.prose.slice(word.end, next.start))) return true;
  return next.norm.endsWith('ed') || PAIR_VERBS.has(next.norm) || SPEECH_VERBS.has(next.norm);
}

const PAIR_VERBS = new Set(['was', 'is', 'had', 'has', 'would', 'will', 'could', 'did', 'does', 'put', 'thought', 'thinks', 'took', 'saw', 'sees', 'went', 'struck', 'spoke', 'told', 'gave', 'made', 'also', 'then', 'later']);

/**
 * Whom "the former" or "the latter" stands for: the first or the second of the only two people named in its
 * sentence and the one before ("Russel and Mulhauser spoke. The latter …" is Mulhauser); with more, nobody sure.
 */
function oneOfPair(context: Context, word: Word): Attribution {
  const unsure: Attribution = { kind: 'descriptor', confident: false };
  const from = lastStartingAtOrBefore(context.doc.sentences, word.start);
  const start = context.doc.sentences[Math.max(0, from - 1)]?.start ?? 0;
  const people: Mention[] = [];
  for (const mention of spansWithin(context.mentions, { start, end: word.start })) {
    if (mention.entity.kind !== 'person' || mention.possessive || people.some((m) => m.entity.id === mention.entity.id)) continue;
    people.push(mention);
  }
  if (people.length !== 2) return unsure;
  const the = context.words[firstStartingAt(context.words, word.start) - 1];
  return { ...fromMention(people[word.norm === 'former' ? 0 : 1]), span: { start: the.start, end: word.end }, form: 'pronoun' };
}

/** Words opening a description of a thing: "The foreign ministry's tone", "This statement". */
const DEFINITE_OPENERS = new Set(['the', 'this', 'that', 'its']);

/**
 * "Xi met Microsoft's Bill Gates. The foreign ministry's tone was harder: it blamed …": the pronoun's own sentence
 * opens with a clause about something described in lower case, not the organisation named before it, which "it" may be.
 */
function describedBeforeIt(context: Context, organization: Mention, pronoun: Word): boolean {
  const { doc, words } = context;
  const sentence = doc.sentences[lastStartingAtOrBefore(doc.sentences, pronoun.start)];
  if (!sentence || organization.start >= sentence.start) return false;
  // ("Yet the foreign ministry insisted …, and it blamed …": a word joining the sentence to the one before may come first.)
  const opening = firstStartingAt(words, sentence.start);
  const first = JOINING_OPENERS.has(words[opening]?.norm ?? '') ? opening + 1 : opening;
  const [opener, described] = [words[first], words[first + 1]];
  if (opener === undefined || described === undefined || described.start >= pronoun.start || !DEFINITE_OPENERS.has(opener.norm) || isCapitalizedWord(doc.prose, described)) return false;
  // The description's clause ends before the pronoun's ("The plan, it said, meant …" is said by someone else).
  return CLAUSE_BREAK_BEFORE_PRONOUN.test(doc.prose.slice(described.end, pronoun.start));
}

/** Words joining a sentence to the one before it, before its subject. */
export const JOINING_OPENERS = new Set(['yet', 'but', 'and', 'still', 'meanwhile', 'however', 'so', 'then']);

/** A colon, semicolon or dash, or "and" right before the pronoun: a clause of its own. */
const CLAUSE_BREAK_BEFORE_PRONOUN = /[:;—–]|\band\s+$/u;

/**
 * "he/she said": the most recent compatible person before the pronoun. Confident only when that person was named
 * in the pronoun's sentence or the two before it, and nobody else who fits was named in that stretch.
 */
function resolvePronoun(context: Context, pronoun: Word): Attribution {
  const gender = SUBJECT_PRONOUNS.get(pronoun.norm)!;
  const unresolved: Attribution = { kind: 'pronoun', confident: false, span: { start: pronoun.start, end: pronoun.end }, form: 'pronoun' };
  if (gender === 'they') return unresolved;
  const { mentions, doc } = context;
  const before = pronoun.start;
  let i = firstStartingAt(mentions, before) - 1;
  // "Standing next to Balakrishnan, he said": someone in a phrase opening the sentence is not its subject.
  while (i >= 0 && (!fits(mentions[i], gender) || inOpeningPhrase(context, mentions[i], pronoun))) i--;
  const threeSentences = doc.sentences[Math.max(0, lastStartingAtOrBefore(doc.sentences, before) - 2)]?.start ?? 0;
  // "Scott Mulhouser spoke. “…,” he said.": a misspelt name in reach may be whom it stands for.
  const misspeltNear = () =>
    misspeltBetween(context, { start: threeSentences, end: before }).filter((person) => person.pronoun === undefined || person.pronoun === gender).map((person) => person.id);
  if (i < 0) {
    const misspelt = misspeltNear();
    return misspelt.length > 0 ? { ...unresolved, mayBe: misspelt } : unresolved;
  }
  // "Balakrishnan praised Blinken's trip. “…,” he added.": a possessive is not "he" when the person opening its
  // sentence fits.
  if (mentions[i].possessive && !namesSpeaker(context, mentions[i])) {
    const sentenceStart = doc.sentences[lastStartingAtOrBefore(doc.sentences, mentions[i].start)]?.start ?? mentions[i].start;
    const opening = firstStartingAt(mentions, sentenceStart);
    const subject = mentions[opening];
    if (opening < i && !subject.possessive && fits(subject, gender) && subject.wordIndex === firstStartingAt(context.words, sentenceStart)) i = opening;
  }
  // "Balakrishnan, who stood beside Blinken, said he …": a name within a relative clause describing the subject is not "he".
  const described = describedBy(context, mentions[i], before);
  if (described !== undefined && fits(mentions[described], gender)) i = described;
  // "Kurt Campbell works for President Biden. He …", "Qin Gang set out the terms before Blinken landed. He …": someone
  // named only as a bystander or in a clause of time, in the sentence just before, leaves "he" to the one opening it.
  else i = subjectOverLesser(context, i, pronoun, gender) ?? i;
  const latest = mentions[i];
  // "it" stands for many things besides an organisation: only one named in its sentence or the one before.
  const reach = gender === 'it' ? doc.sentences[Math.max(0, lastStartingAtOrBefore(doc.sentences, before) - 1)]?.start ?? 0 : threeSentences;
  const near = latest.start >= reach || (gender !== 'it' && (pronounChain(context, gender, latest, before) || headsSection(context, latest, before)));
  // Nobody else who fits named in that stretch, nor earlier in the sentence naming the person.
  // (For the subject a relative clause describes, only its own sentence: the clause's name was passed over for it.)
  const ownSentence = doc.sentences[lastStartingAtOrBefore(doc.sentences, latest.start)]?.start ?? latest.start;
  const windowStart = i === described ? ownSentence : Math.min(threeSentences, ownSentence);
  // Everyone else who fits in that stretch: whom the pronoun may stand for besides.
  const rivals = new Set<string>();
  for (let k = i - 1; k >= 0 && mentions[k].start >= windowStart; k--) {
    if (fits(mentions[k], gender) && mentions[k].entity.id !== latest.entity.id) rivals.add(mentions[k].entity.id);
  }
  let rival = rivals.size > 0;
  // A misspelt name of someone else who fits is a rival too ("Danny Russell … during Barack Obama's term. He …").
  const misspeltRival = misspeltBetween(context, { start: windowStart, end: before }).some((person) => person.id !== latest.entity.id && (person.pronoun === undefined || person.pronoun === gender));
  // Named only as someone else's object: "The Singaporean minister spoke about Blinken. He said …", "He met Xi
  // Jinping. Later he said …" (the first "he" carries on someone named before).
  // So is a possessive: "The Singaporean minister said … Blinken's “trip is essential”, he said. And he added …".
  // Not "In X's words" nor "According to X": those name a speaker.
  const describedOther = describedOtherSince(context, latest, pronoun);
  rival ||= ((latest.possessive || (objectOfPreposition(context.doc.prose, context.words, latest) && !onlyPersonOfOrder(context, latest) && !objectOfWriterOrReader(context.doc.prose, context.words, latest))) && !namesSpeaker(context, latest)) || pronounSubjectBefore(context, latest, gender) || describedOther || objectOfDescribed(context, latest);
  // "Kurt Campbell spoke first. Daniel Kritenbrink was more cautious. “…,” he said.": the person opening the sentence
  // right before is "he", whoever was named earlier (not in "he added", which may go on with an earlier speaker).
  // A misspelt rival stays one: the writer may have meant that person.
  const subjectJustBefore = rival && !misspeltRival && !describedOther && !GOES_ON.has(context.words[firstStartingAt(context.words, pronoun.end)]?.norm ?? '') && opensSentenceBefore(context, latest, pronoun, gender);
  const confident = near && !misspeltRival && (!rival || subjectJustBefore) && !(gender === 'it' && describedBeforeIt(context, latest, pronoun));
  const misspelt = misspeltRival ? misspeltNear() : [];
  return { ...unresolved, entity: latest.entity, confident, antecedent: { start: latest.start, end: latest.end }, unsettledRival: misspeltRival || describedOther, ...(!confident && rivals.size + misspelt.length > 0 && { mayBe: [latest.entity.id, ...rivals, ...misspelt] }) };
}

/** "Obama" of "the former Obama-era official": a person named in a description before a word for a post, whose service it tells. */
function servedPerson(context: Context, word: Word, description: readonly Word[]): string | undefined {
  const mention = [context.mentions, context.inCompounds].map((mentions) => mentions[lastStartingAtOrBefore(mentions, word.start)]).find((m) => m !== undefined && m.start <= word.start && word.end <= m.end);
  if (mention?.entity.kind !== 'person') return undefined;
  // ("the former Obama official": or right before the description's head, the one it describes.)
  const next = description[description.indexOf(word) + 1];
  return next && (POST_WORDS.has(next.norm) || next === description.at(-1)) ? mention.entity.id : undefined;
}

/**
 * How many of `words` a body's names take beyond one word each, the capitalised words naming a part of the body
 * after it included: "the managing director of the German Marshall Fund's Indo-Pacific Program" counts as five.
 */
function wordsPastBodyNames(context: Context, words: readonly Word[]): number {
  let body: Mention | undefined;
  let extra = 0;
  for (const word of words) {
    const named = bodyNamedAt(context, word);
    if (named || (body && isCapitalized(context.doc.prose.slice(word.start, word.end)))) {
      if (body && (!named || named === body)) extra++;
      body = named ?? body;
    } else body = undefined;
  }
  return extra;
}

/** The mention of a body (an organisation the set knows) that `word` is part of. */
function bodyNamedAt(context: Context, word: Word): Mention | undefined {
  const mention = context.mentions[lastStartingAtOrBefore(context.mentions, word.start)];
  return mention !== undefined && mention.end >= word.end && mention.entity.kind === 'organization' ? mention : undefined;
}

/**
 * What a capitalised word of a description says of where someone serves, as a test of a role: a country by its
 * people's word ("Singaporean"), the White House, or a body the text names ("FDD" for the Foundation for Defense of
 * Democracies); undefined for any other word.
 */
function servingPlace(context: Context, word: Word): ((role: Role) => boolean) | undefined {
  const country = countryOfDemonym(context.doc.prose.slice(word.start, word.end));
  if (country) return (role) => countryNamed(role.organization ?? '')?.name === country.name;
  // "the White House's Indo-Pacific coordinator": the president's own staff, "… to the President" by title.
  if (inWhiteHouse(context, word)) return (role) => /\bwhite house\b/i.test(role.organization ?? '') || /\bto the president\b/i.test(role.title);
  const body = bodyNamedAt(context, word)?.entity;
  if (body?.kind !== 'organization') return undefined;
  // By its name or an alias, the role's organisation being the body or a part of it ("German Marshall Fund's Indo-Pacific Program").
  const names = [body.name, ...body.organization.aliases];
  return ({ organization = '' }) => names.some((name) => organization === name || organization.startsWith(`${name}’s`) || organization.startsWith(`${name}'s`));
}

/** `word` is "White" or "House" of "the White House" (a body no reference set need name). */
function inWhiteHouse(context: Context, word: Word): boolean {
  const { words } = context;
  const k = firstStartingAt(words, word.start);
  const norm = (at: number) => stripPossessive(words[at]?.norm ?? '');
  return (norm(k) === 'white' && norm(k + 1) === 'house') || (norm(k) === 'house' && norm(k - 1) === 'white');
}

/**
 * "Russel was hopeful. The minister was briefer: “…,” he said.": a sentence since the name opening with a
 * description ("the", or a place's possessive, then a title's head word or a noun for a person) that none of the
 * named person's titles has is about someone else "he" may stand for.
 */
function describedOtherSince(context: Context, latest: Mention, pronoun: Word): boolean {
  const { entity } = latest;
  if (entity.kind !== 'person') return false;
  const { doc, words } = context;
  const holds = (head: string) => entity.person.roles.some((role) => readRole(role).titleNorms.includes(head));
  // ("Speaking alongside Singapore's foreign minister, Vivian Balakrishnan, the secretary says he will …": after the
  // name in its own sentence too.)
  const own = doc.sentences[lastStartingAtOrBefore(doc.sentences, latest.start)];
  if (own && describedInside(context, { start: latest.start, end: Math.min(own.end, pronoun.start) }, holds)) return true;
  for (let s = firstStartingAt(doc.sentences, latest.end); s < doc.sentences.length && doc.sentences[s].start < pronoun.start; s++) {
    // "Then the secretary of state spoke": an adverb may come first.
    let first = firstStartingAt(words, doc.sentences[s].start);
    if (FRONTED_ADVERBS.has(words[first]?.norm ?? '')) first++;
    const opening = words.slice(first, first + LONGEST_HEADED_DESCRIPTION + LONGEST_PLACE_NAME + 1).filter((word) => word.end <= pronoun.start);
    const place = placePossessiveLength(context, opening);
    if (describedInside(context, { start: doc.sentences[s].start, end: Math.min(doc.sentences[s].end, pronoun.start) }, holds)) return true;
    if (opening[0]?.norm !== 'the' && place === 0) continue;
    if (demonymOfOther(context, opening, entity)) return true;
    // ("The secretary's own goal … was modest: “…,” he said": a possessive description too.)
    const head = opening.slice(Math.max(1, place), Math.max(1, place) + LONGEST_HEADED_DESCRIPTION).find((word) => isDescriptionHead(stripPossessive(word.norm)));
    if (head && !holds(stripPossessive(head.norm))) return true;
    // "Lloyd Austin … The secretary of state spoke": a title's head word he holds ("Defense Secretary") in a title
    // that fits someone else.
    const described = head && describedSpeaker(context, opening);
    if (described?.entity && described.entity.id !== entity.id) return true;
  }
  return false;
}

/**
 * "Blinken said … The Singaporean was more guarded. The trip, he said, …": "the" and a country's demonym standing as a
 * noun, no noun after it, describe someone of that country; not `person` when none of their posts is of it.
 */
function demonymOfOther(context: Context, opening: readonly Word[], person: Entity & { kind: 'person' }): boolean {
  const [the, demonym, next] = opening;
  if (the?.norm !== 'the' || !demonym || !next || isDescriptionHead(stripPossessive(next.norm)) || !/^[ \t]+$/.test(context.doc.prose.slice(demonym.end, next.start))) return false;
  if (isCapitalizedWord(context.doc.prose, next) || !VERBS_AFTER_DEMONYM.has(next.norm)) return false;
  const country = countryOfDemonym(context.doc.prose.slice(demonym.start, demonym.end));
  const own = person.person.roles.map((role) => (role.organization ? countryNamed(role.organization)?.name : undefined));
  return country !== undefined && own.some((name) => name !== undefined) && !own.includes(country.name);
}

/** Verbs right after "the" and a demonym that make it a person's description: "The Singaporean was more guarded". */
const VERBS_AFTER_DEMONYM = new Set(['was', 'is', 'had', 'has', 'said', 'says', 'added', 'struck', 'took', 'sounded', 'seemed', 'spoke', 'put']);

/**
 * "I'd point back to what the Secretary said before he left": inside a sentence, "the" and a description none of the
 * named person's titles has, right before a verb of saying, or possessive ("The State Department's summary of the
 * secretary's message was clinical: he had stressed …").
 */
function describedInside(context: Context, range: Span, holds: (head: string) => boolean): boolean {
  const inRange = spansWithin(context.words, range);
  return inRange.some((word, k) => {
    if (k === 0 || word.norm !== 'the') return false;
    const head = inRange.slice(k + 1, k + 1 + LONGEST_HEADED_DESCRIPTION).find((next) => isDescriptionHead(stripPossessive(next.norm)));
    if (!head || holds(stripPossessive(head.norm))) return false;
    const verb = inRange[inRange.indexOf(head) + 1];
    return stripPossessive(head.norm) !== head.norm || (verb !== undefined && SPEECH_VERBS.has(verb.norm));
  });
}

/**
 * `mention` is in a phrase with no subject of its own opening the pronoun's sentence (or its clause after a colon or
 * semicolon), right before the comma the
 * pronoun follows: "Standing next to Balakrishnan, he said", "After meeting Qin, he said", "Unlike Glaser, she said".
 */
function inOpeningPhrase(context: Context, mention: Mention, pronoun: Word): boolean {
  const { doc, words } = context;
  const sentence = doc.sentences[lastStartingAtOrBefore(doc.sentences, mention.start)];
  if (!sentence) return false;
  // "Standing beside Blinken, he said … He called it …": in a sentence before the pronoun's, the phrase's own
  // subject is a pronoun of the same person, whom the later one goes on with.
  let subject: Word | undefined = pronoun;
  if (pronoun.start >= sentence.end) {
    const comma = doc.prose.indexOf(',', mention.end);
    subject = comma < 0 || comma > sentence.end ? undefined : words[firstStartingAt(words, comma)];
    if (!subject || SUBJECT_PRONOUNS.get(subject.norm) !== SUBJECT_PRONOUNS.get(pronoun.norm)) return false;
  }
  // (Not across a colon or semicolon: "Beside him was Balakrishnan, and he had a verdict: the trip, he said, was …".)
  if (!PHRASE_UP_TO_SUBJECT.test(doc.prose.slice(mention.end, subject.start))) return false;
  // "Wang had struck a warmer note: meeting Gates on Friday, he said …": or opening the clause after a colon or semicolon.
  const clauseStart = Math.max(sentence.start, doc.prose.lastIndexOf(':', mention.start) + 1, doc.prose.lastIndexOf(';', mention.start) + 1);
  const first = firstStartingAt(words, clauseStart);
  const opener = words[first];
  const next = words[first + 1];
  if (opener !== undefined && (opener.norm.endsWith('ing') || SUBJECTLESS_OPENERS.has(opener.norm) || ((opener.norm === 'after' || opener.norm === 'before') && next !== undefined && next.norm.endsWith('ing')))) return true;
  // "On Friday, in a meeting with Bill Gates, he said": the last of several phrases put first, opened by a preposition.
  const phraseStart = doc.prose.lastIndexOf(',', mention.start);
  const phraseOpener = phraseStart >= clauseStart ? words[firstStartingAt(words, phraseStart)] : opener;
  return phraseOpener !== undefined && phraseOpener.start < mention.start && /^\s*,\s*$/.test(doc.prose.slice(mention.end, subject.start)) && (SUBJECTLESS_OPENERS.has(phraseOpener.norm) || PHRASE_PREPOSITIONS.has(phraseOpener.norm));
}

/** From a name in a phrase put first up to the subject after it: a comma ends it, and no colon or semicolon is in it. */
const PHRASE_UP_TO_SUBJECT = /^[^:;]*,\s*$/;
/** Prepositions opening a phrase that names someone beside the subject: "Unlike Glaser, she …". */
const SUBJECTLESS_OPENERS = new Set(['unlike', 'like', 'alongside', 'beside', 'besides', 'with']);
/** Prepositions opening a phrase in which someone is named as an object: "In a meeting with Bill Gates, he …". */
const PHRASE_PREPOSITIONS = new Set(['in', 'at', 'during', 'without', 'among', 'despite']);

/**
 * The index of the mention whose relative clause, set off by commas, holds `mention`, when the clause closes before
 * `before` in the same sentence: "Balakrishnan, who stood beside Blinken, …".
 */
function describedBy(context: Context, mention: Mention, before: number): number | undefined {
  const { doc, words, mentions } = context;
  const sentence = doc.sentences[lastStartingAtOrBefore(doc.sentences, mention.start)];
  if (!sentence || before > sentence.end) return undefined;
  const afterClause = doc.prose.slice(mention.end, before);
  if (!afterClause.includes(',')) return undefined;
  for (let k = mention.wordIndex - 1; k >= 0 && words[k].start >= sentence.start; k--) {
    if (!RELATIVE_OPENERS.has(words[k].norm)) continue;
    // Nothing but a comma between the name described and "who"; no comma closing the clause before the mention.
    if (doc.prose.slice(words[k].end, mention.start).includes(',') || !/^[’'s]*\s*,\s*$/.test(doc.prose.slice(words[k - 1]?.end ?? 0, words[k].start))) return undefined;
    const subject = firstStartingAt(mentions, sentence.start);
    for (let m = lastStartingAtOrBefore(mentions, words[k].start); m >= subject; m--) if (mentions[m].end === words[k - 1]?.end) return m;
    return undefined;
  }
  return undefined;
}

/** Conjunctions opening a clause whose subject pronoun is most likely the main clause's subject: "X agreed when he said" (not
 * "as" or "while": "Blinken listened as he said …" may be the other man speaking). */
const CLAUSE_CONJUNCTIONS = new Set(['when', 'after', 'because', 'since', 'once', 'and', 'before', 'until']);

/** The word opens a clause whose subject pronoun stands for the subject of the clause before ("agreed when he said"). */
export function joinsSubjectsClause(norm: string | undefined): boolean {
  return norm !== undefined && CLAUSE_CONJUNCTIONS.has(norm);
}

/** Verbs by which a pronoun may go on with the speaker of an earlier quotation. */
const GOES_ON = new Set(['added', 'adds', 'continued', 'continues', 'went']);

/**
 * The index of the mention opening the sentence just before `pronoun` (see opensSentenceBefore) when the latest
 * mention that fits, `latest`, and everyone else there who fits, is named only as a bystander or in a clause of time.
 */
function subjectOverLesser(context: Context, latest: number, pronoun: Word, gender: PronounGender): number | undefined {
  const { doc, words, mentions } = context;
  // (A clause of time, its verb after the name: "before Blinken landed", not "spoke after Vasquez".)
  const verbAfter = (m: Mention) => {
    const next = words[m.wordIndex + m.wordCount];
    return next !== undefined && /^[ \t]+$/.test(doc.prose.slice(m.end, next.start)) && !isCapitalizedWord(doc.prose, next);
  };
  const lesser = (m: Mention) => BYSTANDER_PREPOSITIONS.has(prepositionBefore(doc.prose, words, m)?.norm ?? '') || (TIME_CLAUSE_OPENERS.has(words[wordBeforeTitle(words, m.wordIndex)]?.norm ?? '') && verbAfter(m));
  const sentence = doc.sentences[lastStartingAtOrBefore(doc.sentences, pronoun.start) - 1];
  if (!sentence || mentions[latest].start < sentence.start || !lesser(mentions[latest])) return undefined;
  const first = firstStartingAt(mentions, sentence.start);
  for (let k = first; k < latest; k++) {
    if (!fits(mentions[k], gender) || mentions[k].possessive || lesser(mentions[k])) continue;
    return opensSentenceBefore(context, mentions[k], pronoun, gender, (m) => !lesser(m)) ? k : undefined;
  }
  return undefined;
}

/** Prepositions naming someone who takes no part in the talking ("works for Biden", "a story about Xi"); not "with" or "to". */
const BYSTANDER_PREPOSITIONS = new Set(['for', 'about', 'of', 'on', 'against', 'toward', 'towards', 'under', 'than']);

/**
 * The mention opens the sentence right before the pronoun's (after capitalised title words or a conjunction at
 * most), names no one else who fits (of those `competes` counts), and is no possessive.
 */
function opensSentenceBefore(context: Context, mention: Mention, pronoun: Word, gender: PronounGender, competes: (other: Mention) => boolean = () => true): boolean {
  const { doc, words } = context;
  const at = lastStartingAtOrBefore(doc.sentences, pronoun.start);
  // Or opening the pronoun's own sentence, before a colon ("Wang Wenbin was more guarded: the “…,” he said."), or
  // before a conjunction opening the pronoun's clause ("Russel agreed when he said the trip was “…”").
  const own = doc.sentences[at];
  const pronounIndex = firstStartingAt(words, pronoun.start);
  const ownClause = own && mention.start >= own.start && (doc.prose.slice(mention.end, pronoun.start).includes(':') || joinsSubjectsClause(words[pronounIndex - 1]?.norm));
  const sentence = ownClause ? { start: own.start, end: pronoun.start } : doc.sentences[at - 1];
  if (!sentence || mention.start < sentence.start || mention.end > sentence.end || mention.possessive) return false;
  // "Ahead of Blinken's arrival, Qin Gang sets the terms.": a phrase put before the subject, up to its comma.
  let first = firstStartingAt(words, sentence.start);
  if (FRONTED_OPENERS.has(words[first]?.norm ?? '')) {
    const comma = doc.prose.lastIndexOf(',', mention.start);
    if (comma > words[first].end) first = firstStartingAt(words, comma);
  }
  // (Or named as the one whose words are told: "The bluntest verdict came from Kritenbrink.", "According to Russel, …".)
  for (let k = first; k < mention.wordIndex && !namesSpeaker(context, mention); k++) {
    // A title or a name ("Councillor", "Foreign Minister"), not a verb capitalised at the start ("Received Blinken").
    const nameWord = isCapitalized(doc.prose.slice(words[k].start, words[k].end)) && !isCommonWord(words[k].norm);
    if (!isTitleWord(words[k].norm) && !NEW_SUBJECT_OPENERS.has(words[k].norm) && !nameWord) return false;
  }
  return !spansWithin(context.mentions, sentence).some((m) => m !== mention && fits(m, gender) && m.entity.id !== mention.entity.id && !m.possessive && competes(m));
}

/** "In X's words", "according to X": the mention names whose words are told. */
function namesSpeaker(context: Context, mention: Mention): boolean {
  if (mention.possessive) return SPEECH_NOUNS.has(context.words[mention.wordIndex + mention.wordCount]?.norm ?? '');
  const { words } = context;
  const before = (k: number) => words[mention.wordIndex - k]?.norm;
  if (before(1) === 'to' && before(2) === 'according') return true;
  // "The bluntest verdict came from (Councillor) Kritenbrink": what was said, coming from them.
  let k = 1;
  while (k <= TITLE_WORDS_BEFORE_SPEAKER && isTitleWord(before(k) ?? '')) k++;
  return before(k) === 'from' && COMING.has(before(k + 1) ?? '') && [2, 3, 4].some((more) => SPEECH_NOUNS.has(before(k + more) ?? ''));
}

const COMING = new Set(['came', 'comes', 'come']);
/** Title words that may stand between "from" and the name: "came from Foreign Minister Qin Gang". */
const TITLE_WORDS_BEFORE_SPEAKER = 3;

/** The people of the reference that runs of capitalised words in `range`, outside any mention, misspell. */
function misspeltBetween(context: Context, range: Span): readonly Person[] {
  const people: Person[] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length > 0 && !(run.length === 1 && isCommonWord(run[0].norm))) people.push(...context.nearPeople(run.slice(-3).map((word) => word.norm)));
    run = [];
  };
  for (const word of spansWithin(context.words, range)) {
    const joined = run.length > 0 && /^\s+$/.test(context.doc.prose.slice(run[run.length - 1].end, word.start));
    if (!joined) flush();
    if (isCapitalized(context.doc.prose.slice(word.start, word.end)) && !mentionAt(context, word.start) && !isTitleWord(word.norm)) run.push(word);
    else flush();
  }
  flush();
  return people;
}

/**
 * "Listen to Kurt Campbell. He told …", "If you want the official view, listen to Kurt Campbell.": an order to the
 * reader has no subject of its own, so the one person its sentence names is whom it is about.
 */
function onlyPersonOfOrder(context: Context, mention: Mention): boolean {
  const { doc, words } = context;
  const sentence = doc.sentences[lastStartingAtOrBefore(doc.sentences, mention.start)];
  if (!sentence) return false;
  const sentenceWords = spansWithin(words, sentence);
  let clauseStart = firstStartingAt(sentenceWords, mention.start);
  while (clauseStart > 0 && !doc.prose.slice(sentenceWords[clauseStart - 1].end, sentenceWords[clauseStart].start).includes(',')) clauseStart--;
  if (!opensWithOrder(sentenceWords.slice(clauseStart))) return false;
  return spansWithin(context.mentions, sentence).every((other) => other.entity.kind !== 'person' || other.entity.id === mention.entity.id);
}

/** A subject pronoun of this gender opens the clause that names `mention`, before it. */
function pronounSubjectBefore(context: Context, mention: Mention, gender: PronounGender): boolean {
  const sentence = context.doc.sentences[lastStartingAtOrBefore(context.doc.sentences, mention.start)];
  if (!sentence) return false;
  return spansWithin(context.words, { start: sentence.start, end: mention.start }).some((word) => SUBJECT_PRONOUNS.get(word.norm) === gender);
}

/** Sentences a chain of pronouns may carry a person over, beyond the pronoun's sentence and the two before. */
const LONGEST_PRONOUN_CHAIN = 4;

/**
 * "China's defense minister rebuffed Lloyd Austin. … “…,” he said": the object of a verb whose subject is someone
 * described, not named, beside whom "he" may be that someone.
 */
function objectOfDescribed(context: Context, mention: Mention): boolean {
  const sentence = context.doc.sentences[lastStartingAtOrBefore(context.doc.sentences, mention.start)];
  if (!sentence || !objectOfVerb(context, mention)) return false;
  if (context.mentions.some((other) => other.entity.kind === 'person' && other.start >= sentence.start && other.end <= mention.start)) return false;
  return spansWithin(context.words, { start: sentence.start, end: mention.start }).some((word) => isDescriptionHead(word.norm));
}

/**
 * "Glaser thought it worth it. She told Al Jazeera … She was not blind to the limits. “…,” she added.": every
 * sentence since the one naming the person has a subject pronoun of that gender, so the person is still the
 * one "she" means (no one else of that gender was named since: that is the caller's rival test).
 */
function pronounChain(context: Context, gender: PronounGender, named: Mention, before: number): boolean {
  const { sentences } = context.doc;
  const from = lastStartingAtOrBefore(sentences, named.start) + 1;
  const to = lastStartingAtOrBefore(sentences, before);
  if (from < 1 || to - from > LONGEST_PRONOUN_CHAIN + 2) return false;
  for (let k = from; k < to; k++) {
    if (!spansWithin(context.words, sentences[k]).some((word) => SUBJECT_PRONOUNS.get(word.norm) === gender)) return false;
  }
  return true;
}

/**
 * "## Who is Vivian Balakrishnan?⏎⏎Singapore's foreign minister. … He called the trip …": a profile's heading names
 * whom its section is about, so the person it names, when nobody who fits was named since, is "he" however far down.
 */
function headsSection(context: Context, named: Mention, before: number): boolean {
  const { blocks } = context.doc;
  const k = lastStartingAtOrBefore(blocks, named.start);
  if (blocks[k]?.kind !== 'heading' || named.end > blocks[k].end) return false;
  for (let j = k + 1; j < blocks.length && blocks[j].start < before; j++) if (blocks[j].kind === 'heading') return false;
  return true;
}

function fits(mention: Mention, gender: PronounGender): boolean {
  if (gender === 'it') return mention.entity.kind === 'organization';
  if (mention.entity.kind !== 'person') return false;
  const pronoun = mention.entity.person.pronoun;
  return pronoun === undefined || pronoun === gender;
}

// ---- outlets ----

/** The first words of the outlet cues: most words start none, and are passed over with one lookup. */
const OUTLET_CUE_OPENERS = new Set(OUTLET_CUES.map((cue) => cue[0]));

/** Some word of `range` may open an outlet cue (read in place: most sentences have none). */
function hasOutletCue(words: readonly Word[], range: Span): boolean {
  for (let i = firstStartingAt(words, range.start); i < words.length && words[i].end <= range.end; i++) if (OUTLET_CUE_OPENERS.has(words[i].norm)) return true;
  return false;
}

/**
 * "“…” — Craig Singleton, to the BBC": a signature's outlet after "to" (after a comma, in brackets or not), up to the
 * next comma or the line's end.
 */
function outletOfSignature(context: Context, named: Mention, tail: Span): Outlet | undefined {
  const { prose } = context.doc;
  // An affiliation may come first: "— Bonnie Glaser of the German Marshall Fund, to the BBC", "Scott Mulhauser (former
  // chief of staff), to the BBC:".
  const to = /^(?:[ \t]+of\s(?:[^,\n]*[^,\s])?|[ \t]*\([^()\n]*\))?(?:[ \t]*,\s*(?:[^,\s][^,\n]*,\s*)?(?:(?:speaking|talking)\s+)?|[ \t]*\(\s*|[ \t]+)to\s+(?:the\s+)?(?=\p{Lu})/u.exec(prose.slice(named.end, tail.end));
  if (!to) return undefined;
  const start = named.end + to[0].length;
  const words = spansWithin(context.words, { start, end: tail.end });
  if (words.length === 0) return undefined;
  const mention = mentionAt(context, start);
  if (mention?.entity.kind === 'person') return undefined;
  const end = mention?.end ?? unknownOutletEnd(context, words);
  const outletStart = /\bthe\s+$/i.test(prose.slice(start - 4, start)) ? start - 4 : start;
  return { start: outletStart, end, text: context.doc.text.slice(outletStart, end), ...(mention && { entity: mention.entity }) };
}

/** Words that may come before an outlet cue opening the words after a quotation: "in an interview with". */
const BEFORE_TAIL_CUE = new Set(['in', 'during', 'an', 'a', 'his', 'her', 'their', 'its', 'recent']);

/**
 * "Singleton called the visit “…” in an interview with the BBC", "…,” speaking to CNN.": the words after a
 * quotation open by naming who heard it.
 */
function outletOpeningTail(context: Context, tail: Span): Outlet | undefined {
  const list = spansWithin(context.words, tail);
  // "…,” according to his comments to the BBC.": the words' source, then whom they were told to.
  let at = list[0]?.norm === 'according' && list[1]?.norm === 'to' ? 2 : 0;
  while (at < list.length && BEFORE_TAIL_CUE.has(list[at].norm)) at++;
  if (at === list.length || !OUTLET_CUE_OPENERS.has(list[at].norm) || !/^[\s,(]*$/.test(context.doc.prose.slice(tail.start, list[0].start))) return undefined;
  const outlet = findOutlet(context, { start: list[at].start, end: tail.end });
  const cue = outlet && OUTLET_CUES.find((words) => cueLength(list, at, words) > 0);
  return cue && list[at + cueLength(list, at, cue)]?.start === outlet.start ? outlet : undefined;
}

function findOutlet(context: Context, range: Span): Outlet | undefined {
  const list = spansWithin(context.words, range);
  for (let i = 0; i < list.length; i++) {
    if (!OUTLET_CUE_OPENERS.has(list[i].norm)) continue;
    for (const cue of OUTLET_CUES) {
      const length = cueLength(list, i, cue);
      if (length === 0) continue;
      let at = i + length;
      if (list[at]?.norm === 'the') at++;
      const first = list[at];
      if (!first || !isCapitalized(context.doc.prose.slice(first.start, first.end)) || isCalendarName(first.norm)) continue;
      // "He went on: “That is …”": the outlet's name follows the cue itself, not a colon or a quotation mark.
      if (!/^\s+(?:the\s+)?$/i.test(context.doc.prose.slice(list[at - 1].end, first.start))) continue;
      const mention = mentionAt(context, first.start);
      if (mention?.entity.kind === 'person') continue;
      // "told Beijing that …", "told China that …": a government or a country heard it, not an outlet.
      if (mention?.entity.kind === 'organization' ? mention.entity.organization.kind === 'government' : countryNamed(first.norm) !== undefined) continue;
      const start = list[i + length].start;
      const end = mention?.end ?? unknownOutletEnd(context, list.slice(at));
      // "told Chinese students", "speaking to American reporters": who heard the words, not an outlet.
      const next = list.find((word) => word.start >= end);
      if (next && AUDIENCE_NOUNS.has(next.norm) && /^\s+$/.test(context.doc.prose.slice(end, next.start))) continue;
      // "the London-based broadcaster": a place describing an outlet, not its name; "put it to Lena Hartmann, who …":
      // a person.
      if (!mention && (/^-based\b/.test(context.doc.prose.slice(end, end + 7)) || /^\s*,\s*who\b/i.test(context.doc.prose.slice(end, end + 8)))) continue;
      // "gave Al Jazeera a bleak forecast", not "gave China a chance".
      // ("an interview he gave the BBC": what was given named before the verb.)
      if (GIVING_CUES.has(cue[0]) && cue.length === 1 && !givenSomethingSaid(list, end) && !givenAfterItsNoun(list, i)) continue;
      // "described the visit to The Washington Post as …", not "described the visit to China as …".
      if (cue.includes(WILDCARD) && !(mention?.entity.kind === 'organization' && mention.entity.organization.kind === 'outlet') && !isNewsOutletName(context.doc.prose.slice(start, end))) continue;
      // "Unlike Kritenbrink, who spoke to the BBC, Mulhauser told USA Today": an aside's outlet is its subject's; so is
      // that of a clause put first with a subject of its own ("When Singleton spoke to USA Today, Glaser told …").
      if (inRelativeAside(context, range, list[i].start, end) || inOpeningClauseOfItsOwn(context, list, i)) continue;
      return { start, end, text: context.doc.text.slice(start, end), ...(mention && { entity: mention.entity }) };
    }
  }
  return undefined;
}

/** "According to the BBC, Singleton called it “…”": a news outlet the words were reported by. */
function reportedBy(context: Context, leadWords: readonly Word[]): Outlet | undefined {
  const according = leadWords.findIndex((w, i) => w.norm === 'according' && leadWords[i + 1]?.norm === 'to');
  if (according < 0) return undefined;
  const first = leadWords[according + (leadWords[according + 2]?.norm === 'the' ? 3 : 2)];
  const mention = first && mentionAt(context, first.start);
  if (!mention || mention.entity.kind !== 'organization' || mention.entity.organization.kind !== 'outlet' || mention.possessive) return undefined;
  return { start: leadWords[according + 2].start, end: mention.end, text: context.doc.text.slice(leadWords[according + 2].start, mention.end), entity: mention.entity };
}

/** "Campbell, in his BBC interview: “…”": a news outlet named before "interview", after a determiner. */
function interviewedBy(context: Context, leadWords: readonly Word[]): Outlet | undefined {
  const at = leadWords.findIndex((word) => word.norm === 'interview' || word.norm === 'interviews');
  if (at < 2) return undefined;
  const mention = context.mentions[lastStartingAtOrBefore(context.mentions, leadWords[at - 1].start)];
  if (!mention || mention.end !== leadWords[at - 1].end || mention.entity.kind !== 'organization' || mention.entity.organization.kind !== 'outlet') return undefined;
  const before = context.words[mention.wordIndex - 1]?.norm ?? '';
  return INTERVIEW_DETERMINERS.has(before) ? { start: mention.start, end: mention.end, text: context.doc.text.slice(mention.start, mention.end), entity: mention.entity } : undefined;
}

const INTERVIEW_DETERMINERS = new Set(['his', 'her', 'their', 'a', 'an', 'the']);

/** The first person named in `range` as a clause's subject (not after a preposition, not a possessive). */
function personAfter(context: Context, range: Span): Attribution | undefined {
  const person = spansWithin(context.mentions, range).find((m) => m.entity.kind === 'person' && !m.possessive && !objectOfPreposition(context.doc.prose, context.words, m));
  return person && fromMention(person);
}

/** Words that may come between who was given something and what ("a bleak", "his first"): an article or determiner, then lower-case words. */
const GIVEN_WORDS = 4;

/** A noun for something said right before the giving verb at `verb`, its giver between: "an interview he gave", "the quote she offered". */
function givenAfterItsNoun(list: readonly Word[], verb: number): boolean {
  const noun = SUBJECT_PRONOUNS.has(list[verb - 1]?.norm ?? '') ? list[verb - 2] : undefined;
  return noun !== undefined && (noun.norm === 'interview' || SPEECH_NOUNS.has(noun.norm));
}

/** After `end`, within a few words, a noun for something said ("an interview", "a bleak forecast", "its verdict"). */
function givenSomethingSaid(list: readonly Word[], end: number): boolean {
  const after = list.filter((word) => word.start >= end).slice(0, GIVEN_WORDS);
  return after.some((word) => SPEECH_NOUNS.has(word.norm) || GIVEN_NOUNS.has(word.norm));
}

/** Besides the nouns for what was said, what one gives an outlet: "gave the BBC an interview", "a cautiously upbeat read". */
const GIVEN_NOUNS = new Set(['interview', 'read', 'take', 'quote', 'briefing']);

/**
 * The word at `i` of `list` (a range's words) is in a clause opening the range ("When", "Where" …) that names a
 * subject of its own before it (not a pronoun, which may be the main clause's) and ends at a comma, with more of the
 * range after it.
 */
function inOpeningClauseOfItsOwn(context: Context, list: readonly Word[], i: number): boolean {
  if (!FRONTED_OPENERS.has(list[0]?.norm ?? '') || i === 0) return false;
  const comma = context.doc.prose.indexOf(',', list[i].end);
  if (comma < 0 || !list.some((word) => word.start > comma)) return false;
  return list.slice(1, i).some((word) => isCapitalized(context.doc.prose.slice(word.start, word.end)));
}

/** From `start` to `end` lies in an aside opened by ", who" and closed by a comma within `range`. */
function inRelativeAside(context: Context, range: Span, start: number, end: number): boolean {
  const prose = context.doc.prose;
  const opening = prose.lastIndexOf(',', start);
  if (opening < range.start) return false;
  const first = context.words[firstStartingAt(context.words, opening)];
  if (first?.norm !== 'who' || first.start > start) return false;
  const closing = prose.indexOf(',', end);
  if (closing < 0 || closing >= range.end) return false;
  // About someone else only when a person is named right after it (not "Mulhauser, who spoke to the BBC, said").
  const after = context.words[firstStartingAt(context.words, closing)];
  return after !== undefined && mentionAt(context, after.start)?.entity.kind === 'person';
}

/**
 * Where a clause joined to the one before starts: after a semicolon, a comma and a conjunction, or "and" or
 * "but" before a capitalised word ("Glaser spoke to Al Jazeera and Singleton told CNN …"); not ", while adding",
 * a participle's phrase of the clause before.
 */
const CLAUSE_BOUNDARY = /;|,\s+(?:and|but|while(?!\s+\p{L}+ing\b)|whereas|yet)\b|\s(?:and|but)\s+(?=\p{Lu})/gu;

/**
 * The last clause of `lead` (the text before a quote): another person's "told Al Jazeera" earlier in the
 * sentence ("she told Al Jazeera it went well; he told USA Today it was “…”") is not where these words were said.
 */
function lastClause(prose: string, lead: Span): Span {
  const text = prose.slice(lead.start, lead.end);
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(text); m; m = CLAUSE_BOUNDARY.exec(text)) {
    // "Deputy Assistant to the President and Coordinator for …": "and" joining two titles opens no clause.
    const next = /^\p{L}+/u.exec(text.slice(m.index + m[0].length))?.[0];
    const previous = /(?<!\p{L})\p{L}+$/u.exec(text.slice(0, m.index))?.[0];
    if (/^\s/.test(m[0]) && next && previous && isTitleWord(next.toLowerCase()) && isTitleWord(previous.toLowerCase())) continue;
    start = m.index + m[0].length;
  }
  return { start: lead.start + start, end: lead.end };
}

/**
 * How many words from `at` the cue takes, one adverb inside it counted ("put it plainly to", "spoke only to");
 * 0 when it is not there. (A loop: a closure per word and cue made 160 KB of garbage per check.)
 */
function cueLength(list: readonly Word[], at: number, cue: readonly string[]): number {
  let skipped = 0;
  for (let k = 0; k < cue.length; k++) {
    if (list[at + k + skipped]?.norm === cue[k] || (cue[k] === WILDCARD && k > 0 && list[at + k + skipped] !== undefined && !OUTLET_CUE_OPENERS.has(list[at + k + skipped].norm))) continue;
    // "speaking not to Al Jazeera but to the BBC": the cue goes on after what "not … but" sets aside.
    const but = k > 0 && skipped === 0 ? butSettingRight(list, at + k) : -1;
    if (but >= 0 && cue[k] !== WILDCARD && list[but + 1]?.norm === cue[k]) {
      skipped = but + 1 - (at + k);
      continue;
    }
    if (k === 0 || skipped > 0 || !list[at + k]?.norm.endsWith('ly') || list[at + k + 1]?.norm !== cue[k]) return 0;
    skipped = 1;
  }
  return cue.length + skipped;
}

// ---- reported speech ----

/** "Campbell told CNN this was a good time to talk": someone's words reported, not quoted, as told to an outlet. */
export interface ReportedSpeech {
  speaker: Mention;
  outlet: Outlet;
  /** The words reported: the rest of the sentence after the outlet. */
  said: Span;
}

/**
 * Reported speech in sentences without quotation marks: an outlet cue ("told", "speaking to") and an outlet
 * named after it, and the person named nearest before the cue in its own clause (not after a preposition, not
 * a possessive) as the speaker, or a "he" or "she" opening that clause for someone named just before, whom no one
 * else named near could be.
 */
export function findReportedSpeech(
  doc: ProseDocument,
  words: readonly Word[],
  mentions: readonly Mention[],
  quotations: readonly QuotationSpan[],
  within: Span,
  describedPeople: DescribedPeople = () => [],
): ReportedSpeech[] {
  const context: Context = { doc, words, mentions, inCompounds: [], quotations, nearPeople: () => [], describedPeople, described: [] };
  const found: ReportedSpeech[] = [];
  for (let s = Math.max(0, lastStartingAtOrBefore(doc.sentences, within.start)); s < doc.sentences.length && doc.sentences[s].start < within.end; s++) {
    if (doc.sentences[s].end <= within.start) continue;
    const whole = unquotedPart(doc.prose, quotations, doc.sentences[s]) ?? toldBeforeQuotation(doc.prose, words, quotations, doc.sentences[s]);
    if (!whole) continue;
    // "Glaser told Al Jazeera …; Campbell told the BBC …": each part between semicolons tells its own.
    for (const sentence of partsBetweenSemicolons(doc.prose, quotations, whole)) {
      if (!hasOutletCue(words, sentence)) continue;
      const outlet = findOutlet(context, sentence);
      if (!outlet || outlet.end >= sentence.end) continue;
      // "Raman did not tell the Coastal Herald …": a denied telling claims no outlet.
      const at = firstStartingAt(words, outlet.start);
      if (words.slice(Math.max(0, at - 4), at).some(isNegation)) continue;
      // The speaker's own clause, else the sentence's subject ("Kurt Campbell, Deputy Assistant … and Coordinator
      // for Indo-Pacific Affairs, told BBC …", where "and" opens no clause).
      const people = (range: Span) => spansWithin(mentions, range).filter((m) => m.entity.kind === 'person' && !m.possessive && !objectOfPreposition(doc.prose, words, m));
      // Or, after a phrase naming the outlet, the person named right after its comma ("Speaking to USA Today, Kurt
      // Campbell said this was a good time to talk").
      const after = people({ start: outlet.end, end: sentence.end })[0];
      const subjectAfter = after && /^\s*,\s*$/.test(doc.prose.slice(outlet.end, after.start)) ? after : undefined;
      // "Speaking to CNN, he said …", "Speaking to CNN, the department's senior diplomat said …".
      const comma = /^\s*,\s*/.exec(doc.prose.slice(outlet.end, sentence.end));
      const clauseAfter = comma ? { start: outlet.end + comma[0].length, end: sentence.end } : undefined;
      const clause = lastClause(doc.prose, { start: sentence.start, end: outlet.start });
      const speaker =
        relativeTeller(context, { start: sentence.start, end: outlet.start }) ??
        people(clause).at(-1) ??
        people({ start: sentence.start, end: outlet.start })[0] ??
        possessiveOwnerBefore(context, outlet) ??
        subjectAfter ??
        pronounOpening(context, clause) ??
        descriptionOpening(context, clause) ??
        (clauseAfter && (pronounOpening(context, clauseAfter) ?? descriptionOpening(context, clauseAfter)));
      const said = words[firstStartingAt(words, outlet.end)];
      if (speaker && said && said.start < sentence.end) found.push({ speaker, outlet, said: { start: said.start, end: nextSaying(doc.prose, words, { start: said.start, end: sentence.end }) } });
      else if (speaker) {
        const before = saidBeforeTelling(doc.prose, sentence, speaker, outlet) ?? remarkClosingSentence(doc.prose, words, sentence, outlet);
        if (before) found.push({ speaker, outlet, said: before });
      }
    }
  }
  return found;
}

/** `span` cut at each semicolon outside quotations, blank parts left out. */
function partsBetweenSemicolons(prose: string, quotations: readonly QuotationSpan[], span: Span): Span[] {
  const parts: Span[] = [];
  const text = prose.slice(span.start, span.end);
  let start = span.start;
  for (let at = text.indexOf(';'); at >= 0; at = text.indexOf(';', at + 1)) {
    if (spanAt(quotations, span.start + at)) continue;
    if (/\S/.test(prose.slice(start, span.start + at))) parts.push({ start, end: span.start + at });
    start = span.start + at + 1;
  }
  if (/\S/.test(prose.slice(start, span.end))) parts.push({ start, end: span.end });
  return parts;
}

/**
 * Where what was said to the outlet ends: at a clause joined after a comma that says something else again ("He told
 * USA Today that this was a good time to talk, and he said the two countries could not …"), else at `part`'s end.
 */
function nextSaying(prose: string, words: readonly Word[], part: Span): number {
  const inPart = spansWithin(words, part);
  const joined = inPart.findIndex((word, k) => k > 0 && JOINING_CONJUNCTIONS.has(word.norm) && /,\s*$/.test(prose.slice(inPart[k - 1].end, word.start)) && SUBJECT_PRONOUNS.has(inPart[k + 1]?.norm ?? '') && SPEECH_VERBS.has(inPart[k + 2]?.norm ?? ''));
  return joined < 0 ? part.end : prose.lastIndexOf(',', inPart[joined].start);
}

const JOINING_CONJUNCTIONS = new Set(['and', 'but']);

/**
 * The subject's clause is what another person named before it said: "Blinken said (that) Biden and Xi had pledged",
 * the verb of saying right before the clause, "that" and the subject's joined names aside.
 */
function reportedBySomeoneElse(context: Context, lead: Span, subject: Attribution): boolean {
  if (!subject.span || !subject.entity) return false;
  const { words, mentions } = context;
  let at = firstStartingAt(words, subject.span.start) - 1;
  // "Biden and Xi": the other names joined to the subject's.
  while (words[at]?.norm === 'and' || (at >= 0 && mentions.some((m) => m.entity.kind === 'person' && m.end === words[at].end))) at--;
  if (words[at]?.norm === 'that') at--;
  const verb = words[at];
  if (!verb || verb.start < lead.start || !SPEECH_VERBS.has(verb.norm)) return false;
  const teller = mentions.find((m) => !m.possessive && m.end <= verb.start && m.start >= lead.start && /^\s*(?:\p{L}+\s+)?$/u.test(context.doc.prose.slice(m.end, verb.start)));
  if (teller) return teller.entity.id !== subject.entity.id;
  // "He recalled that Biden and Xi had promised …": told by whom a pronoun stands for (a word between, as for a name:
  // "He also recalled that …").
  const pronoun = [words[at - 1], words[at - 2]].find((word) => word !== undefined && SUBJECT_PRONOUNS.has(word.norm));
  return pronoun !== undefined && pronoun.start >= lead.start && pronoun.norm !== 'it' && resolvePronoun(context, pronoun).entity?.id !== subject.entity.id;
}

/** A conjunction opening a clause of another speaker after a quotation: "… “…,” whereas Kritenbrink told …". */
const AFTER_QUOTATION_CLAUSE = /^[\s,;]*(?:whereas|while|but|and|though|although)\s+/;

/**
 * "He told USA Today that this was a good time to talk, and he said the two countries could not “…”": the part before
 * the sentence's first quotation, when a clause of saying joined after a comma takes the quotation.
 */
function toldBeforeQuotation(prose: string, words: readonly Word[], quotations: readonly QuotationSpan[], sentence: Span): Span | undefined {
  const first = quotations[countWhile(quotations.length, (k) => quotations[k].open < sentence.start)];
  const part = first && first.open < sentence.end ? { start: sentence.start, end: first.open } : undefined;
  return part && nextSaying(prose, words, part) < part.end ? part : undefined;
}

/**
 * The part of a sentence read for reported speech: the whole sentence when it holds no quotation (a quotation's
 * outlet is the quote rules'), else its clause opened by a conjunction after its last quotation ("Mulhauser told
 * USA Today that “…,” whereas Kritenbrink cautioned in remarks to The New York Times that …").
 */
function unquotedPart(prose: string, quotations: readonly QuotationSpan[], sentence: Span): Span | undefined {
  let q = countWhile(quotations.length, (k) => quotations[k].close < sentence.start);
  if (q >= quotations.length || quotations[q].open >= sentence.end) return sentence;
  while (q + 1 < quotations.length && quotations[q + 1].open < sentence.end) q++;
  const close = quotations[q].close + 1;
  if (quotations[q].open < sentence.start || close >= sentence.end) return undefined;
  const conjunction = AFTER_QUOTATION_CLAUSE.exec(prose.slice(close, sentence.end));
  return conjunction ? { start: close + conjunction[0].length, end: sentence.end } : undefined;
}

/**
 * "Jun talked to Bonnie Glaser, who told the BBC …": the person a relative "who" right before the outlet's cue stands
 * for, object of a preposition or not.
 */
function relativeTeller(context: Context, beforeOutlet: Span): Mention | undefined {
  const { prose } = context.doc;
  const at = prose.slice(beforeOutlet.start, beforeOutlet.end).search(/,\s*who\s+(?:\p{Ll}+\s+){1,3}(?:the\s+)?$/u);
  if (at < 0) return undefined;
  const comma = beforeOutlet.start + at;
  const named = context.mentions[lastStartingAtOrBefore(context.mentions, comma - 1)];
  return named && named.entity.kind === 'person' && !named.possessive && /^\s*$/.test(prose.slice(named.end, comma)) ? named : undefined;
}

/**
 * "Glaser's comments to Reuters …", "Singleton's interview with CNN": the person whose words (a noun for them, or an
 * interview) were given to the outlet.
 */
function possessiveOwnerBefore(context: Context, outlet: Outlet): Mention | undefined {
  const at = firstStartingAt(context.words, outlet.start);
  const cue = context.words[at - 1]?.norm === 'the' ? at - 2 : at - 1;
  // ("Singleton's remarks were made to the BBC": the words themselves, in the passive.)
  const passive = /^(?:made|given|delivered)$/.test(context.words[cue - 1]?.norm ?? '') && /^(?:was|were)$/.test(context.words[cue - 2]?.norm ?? '') ? 2 : 0;
  const noun = context.words[cue - 1 - passive];
  if (!noun || !['to', 'with'].includes(context.words[cue].norm) || !(SPEECH_NOUNS.has(noun.norm) || noun.norm === 'interview')) return undefined;
  const owner = context.mentions[lastStartingAtOrBefore(context.mentions, noun.start - 1)];
  return owner && owner.possessive && owner.entity.kind === 'person' && owner.wordIndex + owner.wordCount === cue - 1 - passive ? { ...owner, possessive: false } : undefined;
}

/**
 * "Talking now lowers the risk of conflict, Kurt Campbell told CNN.": a telling that closes its sentence after a
 * comma reports the words before the comma.
 */
function saidBeforeTelling(prose: string, sentence: Span, speaker: Mention, outlet: Outlet): Span | undefined {
  const comma = prose.lastIndexOf(',', speaker.start);
  if (comma <= sentence.start || !/^\s*$/.test(prose.slice(comma + 1, speaker.start))) return undefined;
  if (!/^\s+(?:told|tells|said\s+to|says\s+to)\s+(?:the\s+)?$/i.test(prose.slice(speaker.end, outlet.start))) return undefined;
  if (!/^[\s.!?"'”’)*_]*$/u.test(prose.slice(outlet.end, sentence.end))) return undefined;
  return { start: sentence.start, end: comma };
}

/**
 * "Kurt Campbell made the remark to CNN.": words told of only as a remark given to an outlet that closes the sentence
 * (an empty span: what was said is not restated).
 */
function remarkClosingSentence(prose: string, words: readonly Word[], sentence: Span, outlet: Outlet): Span | undefined {
  const at = firstStartingAt(words, outlet.start);
  const to = words[at - 1]?.norm === 'the' ? at - 2 : at - 1;
  if (words[to]?.norm !== 'to' || !SPEECH_NOUNS.has(words[to - 1]?.norm ?? '')) return undefined;
  return /^[\s.!?"'”’)*_]*$/u.test(prose.slice(outlet.end, sentence.end)) ? { start: outlet.end, end: outlet.end } : undefined;
}

/**
 * "The State Department's senior East Asia diplomat told CNN …": the person a description opening the clause is,
 * when certain (as a quotation's described speaker is).
 */
function descriptionOpening(context: Context, clause: Span): Mention | undefined {
  const clauseWords = spansWithin(context.words, clause);
  const described = describedSpeaker(context, clauseWords);
  if (!described?.entity || !described.confident || !described.span) return undefined;
  const wordIndex = firstStartingAt(context.words, described.span.start);
  return { ...described.span, entity: described.entity, form: 'full', possessive: false, wordIndex, wordCount: firstStartingAt(context.words, described.span.end) - wordIndex };
}

/** "Bonnie Glaser … took the opposite line. She told the Guardian …": the person the clause's opening pronoun is. */
function pronounOpening(context: Context, clause: Span): Mention | undefined {
  // After a chat line's time or a spoken "Yeah," at most: "[10:18] yeah he told …".
  const clauseWords = spansWithin(context.words, clause);
  let first = 0;
  while (first < OPENING_FILLERS_MAX && (SPOKEN_OPENERS.has(clauseWords[first]?.norm ?? '') || /^\d+$/.test(clauseWords[first]?.norm ?? ''))) first++;
  const opener = clauseWords[first];
  if (!opener || (opener.norm !== 'he' && opener.norm !== 'she')) return undefined;
  const resolved = resolvePronoun(context, opener);
  return resolved.confident && resolved.antecedent ? mentionAt(context, resolved.antecedent.start) : undefined;
}

/** Words a spoken or chat line may open with before its subject: "Yeah, he told …", "So she said …". */
const SPOKEN_OPENERS = new Set(['yeah', 'yes', 'yep', 'well', 'so', 'sure', 'ok', 'okay', 'oh', 'and', 'also', 'right']);
/** How many such words, or a time's figures ("10:18"), may come first. */
const OPENING_FILLERS_MAX = 3;

// ---- positions ----

function mentionAt(context: Context, offset: number): Mention | undefined {
  const mention = context.mentions[firstStartingAt(context.mentions, offset)];
  return mention?.start === offset ? mention : undefined;
}

function sentenceAround(doc: ProseDocument, quotation: QuotationSpan): Span {
  const opening = spanAt(doc.sentences, quotation.open);
  const closing = spanAt(doc.sentences, quotation.close);
  return { start: opening?.start ?? quotation.open, end: Math.max(closing?.end ?? quotation.close + 1, quotation.close + 1) };
}

function nextQuoteOpen(quotations: readonly QuotationSpan[], index: number, limit: number): number {
  const next = quotations[index + 1];
  return next && next.open < limit ? next.open : limit;
}

function previousQuoteClose(quotations: readonly QuotationSpan[], index: number, limit: number): number {
  const previous = quotations[index - 1];
  return previous && previous.close >= limit ? previous.close + 1 : limit;
}
