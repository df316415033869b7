// quote-misattributed: the words are in the reference, and the draft names someone else as their speaker.
import type { DocumentAnalysis, Quotation } from '../analysis/analyze';
import { abbreviatedTitle, headClass, isTitleWord, joinsTitle, officeWordsLowered, PAST } from '../analysis/offices';
import { isCalendarName } from '../text/calendar';
import { countryNamed, countryOfDemonym } from '../text/countries';
import { firstStartingAt, lastStartingAtOrBefore, spanAt, spansWithin } from '../text/spans';
import { isCapitalized, isCapitalizedWord, phraseKey, stripPossessive, words, type Word } from '../text/words';
import type { Entity, ReferenceIndex } from '../reference/index';
import type { Person, Role } from '../reference/types';
import type { Check } from './check';
import { DEFAULT_SEVERITY, type Finding, type Span, type TextEdit } from './finding';
import { introducesWords, JOINING_OPENERS, joinsSubjectsClause, type Attribution } from '../analysis/attribution';
import { findAffiliations, findTitleClaims } from '../analysis/titles';
import { isDescriptionHead, SPEECH_NOUNS, SPEECH_VERBS } from '../analysis/speech';
import { misspellsSpeaker } from '../analysis/misspeltSpeaker';
import { creditedSpeakers } from '../analysis/quoteMatch';
import { casedAt, isOutlet, nameInForm, withArticle, placeOfRole, possessiveRoleAsWritten, quoteEvidence, roleArticle, roleAsWritten, speakerName, speakerReplacement, takesThe } from './quoteEvidence';
import type { Mention } from '../analysis/mentions';

/**
 * The quotation and the name it is credited to, when both are in one paragraph ("“…,” said Russel", "USA Today's
 * analysis concluded that “…”", "The sharpest line was “…”. That came from Danny Russel.") or the name signs the
 * quotation at the start of the next ("— Danny Russel", "Credit: Danny Russel"): the error is the pair, and the name
 * is what the fix changes; or the name is in the paragraph introducing it with a colon.
 */
function withSpeaker(analysis: DocumentAnalysis, quotation: Span, speaker: Span): Span {
  const { blocks } = analysis.doc;
  // (The block of its last character: a block quote's text may be read from the blank its "> " left.)
  const at = lastStartingAtOrBefore(blocks, Math.max(quotation.start, quotation.end - 1));
  const inBlock = (block: Span | undefined) => block !== undefined && speaker.start >= block.start && speaker.end <= block.end;
  const signing = inBlock(blocks[at + 1]) && speaker.start - blocks[at + 1].start <= SIGNATURE_REACH;
  // ("That was Craig Singleton, talking to USA Today:" ¶ "> “…”": a paragraph ending in a colon introduces the quotation.)
  const introducing = at > 0 && inBlock(blocks[at - 1]) && analysis.doc.prose.slice(blocks[at - 1].start, blocks[at - 1].end).trimEnd().endsWith(':');
  return inBlock(blocks[at]) || signing || introducing ? { start: Math.min(quotation.start, speaker.start), end: Math.max(quotation.end, speaker.end) } : quotation;
}

/** A one-word name that one of the accepted speakers carries too ("Wang" of Wang Yi, credited to Wang Wenbin). */
function sharedNameOfAccepted(reference: ReferenceIndex, written: string, accepted: ReadonlySet<string>): boolean {
  const key = phraseKey(written);
  return !key.includes(' ') && reference.namesStartingWith(key).some((name) => name.words.length === 1 && accepted.has(name.entity.id));
}

/** The entity is named in full earlier in the paragraph of `at`. */
function namedInFullInParagraph(analysis: DocumentAnalysis, entity: Entity | undefined, at: Span): boolean {
  const paragraph = analysis.doc.blocks[lastStartingAtOrBefore(analysis.doc.blocks, at.start)];
  return entity !== undefined && paragraph !== undefined && analysis.mentions.some((m) => m.entity.id === entity.id && m.form === 'full' && m.start >= paragraph.start && m.end <= at.start);
}

/** How far into the next paragraph a signature's name may start: "> — ", "Credit: ", "Attributed to: ". */
const SIGNATURE_REACH = 20;

/**
 * Fewer words than this could be anyone's phrase ("low point"): such quotes are checked only when they are
 * distinctive (see `distinctive`).
 */
const MIN_WORDS = 3;
/** Two words are enough when they are found in one reference quote only and are long enough to be a choice. */
const MIN_DISTINCTIVE_CHARS = 12;
/** A name the reference does not know needs a long verbatim quote before we call it the wrong speaker. */
const MIN_WORDS_FOR_UNKNOWN_SPEAKER = 6;

export const quoteMisattributed: Check = ({ analysis, reference, confirm }) => {
  const findings: Finding[] = [];
  // Agreement is said once per quotation and speaker, both halves of a split quote together, as a finding would be.
  const agreed = new Map<string, Span>();
  for (const quotation of analysis.quotations) {
    const { match } = quotation;
    if (!match || !quotation.attribution.span) continue;
    const accepted = creditedSpeakers(match, reference);
    const attribution = wrongSource(quotation.attribution, accepted) ?? quotation.attribution;
    if (!attribution.span) continue;
    const matchedWords = quotation.words.length;
    const unknownSpeaker = attribution.form === 'unknown';
    // "Biden … Xi … “…,” the president said": a description that may be one of several people, none of them the speaker.
    const noneOf = !attribution.confident && attribution.kind === 'descriptor' && attribution.mayBe && attribution.mayBe.every((id) => !accepted.has(id)) ? attribution.mayBe : undefined;
    // Someone the draft names but the reference does not know: only a confident attribution of a long exact quote.
    if (!(attribution.confident || noneOf) || (unknownSpeaker ? match.kind !== 'exact' || matchedWords < MIN_WORDS_FOR_UNKNOWN_SPEAKER : !attribution.entity)) continue;
    if (matchedWords < MIN_WORDS && !distinctive(quotation)) continue;
    if (attribution.entity && accepted.has(attribution.entity.id)) {
      const key = `${attribution.span.start} ${match.quote.quote.id}`;
      const span = withSpeaker(analysis, { start: quotation.open, end: quotation.outerEnd }, attribution.span);
      const earlier = agreed.get(key);
      if (earlier) earlier.end = Math.max(earlier.end, span.end);
      else agreed.set(key, span);
      continue;
    }
    // "Wang said" of Wang Wenbin's words: the name is his too, and nothing says it is Wang Yi's; nor is "Wang" sure to
    // be Wang Wenbin when he was last named in full in another paragraph (the table above, of Wang Yi's demand).
    if (attribution.mayBe?.some((id) => accepted.has(id))) continue;
    if (sharedNameOfAccepted(reference, analysis.doc.prose.slice(attribution.span.start, attribution.span.end), accepted) && !namedInFullInParagraph(analysis, attribution.entity, attribution.span)) continue;
    const rightId = match.quote.quote.speaker;
    const right = reference.entities.get(rightId);
    if (!right) continue;
    // "Qin had “demanded …”" of a statement saying Wang Yi had: the person the words may be credited to, not the body.
    const fixedTo = (attribution.entity?.kind === 'person' && right.kind === 'organization' && onlyPersonCredited(match.quote.quote.alsoAttributableTo, reference)) || right;
    // "said Craig Singelton", "Wang Wenbing said" (Wang alone being Wang Yi's), "he" after "Wang Wenbing": the
    // right speaker, misspelt; name-misspelled says so.
    if (misspellsSpeaker(analysis.doc.text, attribution, rightId, reference)) continue;
    const introducer = fixedTo.kind === 'person' ? introducedBy(analysis, quotation) : undefined;
    const attributeTo = `Attribute to ${fixedTo.name}`;
    const attributeHereOnly = `${attributeTo} (here only)`;
    // A split quote ("“A,” he said, “B.”"), or two quotes of one speaker joined in one pair of marks, names its
    // speaker once: one finding covers both halves.
    // ("X set the terms. “A,” he said, adding that “B”": so does a pronoun the finding before renames too.)
    const anchor = (introducer ?? attribution.span).start;
    const earlier = findings.find((f) => f.fixes.some((fix, k) => fix.edits[0].start === anchor && fix.title === (k === 0 ? attributeTo : attributeHereOnly)));
    if (earlier) {
      earlier.end = Math.max(earlier.end, quotation.outerEnd);
      continue;
    }
    const written = analysis.doc.text.slice(attribution.span.start, attribution.span.end);
    const saidBy = noneOf ? `${written} (${noneOf.map((id) => reference.entities.get(id)?.name ?? id).join(' or ')})` : (attribution.entity?.name ?? written);
    const replacement = speakerReplacement(analysis, reference, fixedTo, { ...attribution, span: attribution.span });
    const renamePronoun = { title: attributeTo, edits: [speakerEdit(analysis, reference, fixedTo, attribution.span, replacement)] };
    // "a USA Today analysis concluded “…”" of the BBC piece's words: an outlet's words given to another outlet are
    // credited to the wrong outlet.
    if (isOutlet(attribution.entity) && isOutlet(right)) {
      // ("According to Al Jazeera, “…”": the outlet the words were read in, which outlet-mismatch judges once.)
      if (attribution.outlet && match.quote.quote.outlet) continue;
      findings.push({
        code: 'outlet-mismatch',
        severity: DEFAULT_SEVERITY['outlet-mismatch'],
        ...withSpeaker(analysis, { start: quotation.open, end: quotation.outerEnd }, attribution.span),
        message: `Wrong outlet: the reference has these words from ${right.name}, not ${attribution.entity.name}.`,
        refId: match.quote.quote.id,
        evidence: quoteEvidence(reference, match.quote, `${right.name} published this in the reference article`),
        fixes: [{ ...renamePronoun, title: `Change the outlet to ${right.name}`, preferred: true }],
      });
      continue;
    }
    findings.push({
      code: 'quote-misattributed',
      severity: 'error',
      // With the name the fix changes, when that is not the pronoun.
      ...withSpeaker(analysis, withSpeaker(analysis, { start: quotation.open, end: quotation.outerEnd }, attribution.span), introducer ?? identifiedJustBefore(analysis, quotation) ?? attribution.span),
      message: `Misattributed quote: the reference has ${right.name} saying these words, not ${saidBy}.`,
      refId: match.quote.quote.id,
      evidence: quoteEvidence(reference, match.quote, `${speakerName(reference, rightId)} said this in the reference article`),
      fixes: introducer
        ? [
            { title: attributeTo, edits: [speakerEdit(analysis, reference, fixedTo, introducer, nameInForm(fixedTo, introducer.form))], preferred: true },
            { ...renamePronoun, title: attributeHereOnly, preferred: false },
          ]
        : [{ ...renamePronoun, preferred: true }],
    });
  }
  for (const span of agreed.values()) confirm(span);
  return findings;
};

/**
 * "Beijing said Blinken “underscored …”" of the State Department's words: the person named is theirs to have done, but
 * the draft gives the words to another source.
 */
function wrongSource(attribution: Attribution, accepted: ReadonlySet<string>): Attribution | undefined {
  const { source } = attribution;
  if (!attribution.entity || !accepted.has(attribution.entity.id) || !source?.confident || !source.entity || !source.span) return undefined;
  return accepted.has(source.entity.id) ? undefined : source;
}

/** The one person among those a quote may also be credited to, if there is exactly one. */
function onlyPersonCredited(ids: readonly string[] | undefined, reference: ReferenceIndex): Entity | undefined {
  const people = (ids ?? []).map((id) => reference.entities.get(id)).filter((entity) => entity?.kind === 'person');
  return people.length === 1 ? people[0] : undefined;
}

/** Words a quotation's own sentence may put before it and still be a tag ("He added:"). */
const MAX_TAG_WORDS_BEFORE = 3;
/** Longest phrase set off by a comma before a name opening its clause: "Ahead of the visit,". */
const MAX_FRONTED_WORDS = 5;

/**
 * How many of `sentenceWords` are a phrase set off by a comma right before the word at `at`, or a word joining the
 * sentence to the one before ("Yet Wang had struck a warmer note: …"); 0 for none.
 */
function frontedBefore(prose: string, sentenceWords: readonly Word[], at: number): number {
  const k = sentenceWords.findIndex((word) => word.start === at);
  if (k === 1 && JOINING_OPENERS.has(sentenceWords[0].norm)) return k;
  return k > 0 && k <= MAX_FRONTED_WORDS && /^\s*,\s*$/.test(prose.slice(sentenceWords[k - 1].end, at)) ? k : 0;
}

/** A sentence this long tells more than who speaks next. */
const MAX_INTRODUCING_WORDS = 15;

/**
 * "Singleton went further still. “…,” he said.": a pronoun standing for the name opening the sentence just before,
 * in its paragraph, a short sentence with no quotation of its own that introduces the quotation; or opening the
 * part of the quotation's own sentence before a colon ("Singleton had the best line: the visit, he said, …").
 * Renaming the pronoun would leave that part saying the wrong person spoke; the name is what the fix changes.
 */
function introducedBy(analysis: DocumentAnalysis, quotation: Quotation): Mention | undefined {
  const { attribution } = quotation;
  if (attribution.form !== 'pronoun' || !attribution.antecedent || !attribution.span) return undefined;
  const { sentences, blocks, prose } = analysis.doc;
  const index = lastStartingAtOrBefore(sentences, quotation.open);
  const own = sentences[index];
  const colon = own ? prose.indexOf(':', own.start) : -1;
  const beforeColon = own && colon >= 0 && colon < attribution.span.start ? { start: own.start, end: colon } : undefined;
  // "Russel agreed when he said “…”": the clause the pronoun's is joined to.
  const joined = own && attribution.antecedent.start >= own.start && joinsSubjectsClause(analysis.words[firstStartingAt(analysis.words, attribution.span.start) - 1]?.norm);
  const before = beforeColon ?? (joined ? { start: own.start, end: attribution.span.start } : sentences[index - 1]);
  if (!before || attribution.antecedent.start < before.start || attribution.antecedent.end > before.end || spanAt(blocks, before.start) !== spanAt(blocks, quotation.open)) return undefined;
  // "Ahead of the visit, he had said that the US needed to “…”": a sentence with a clause of its own before the
  // quotation is more than the tag of a sentence before it.
  if (!beforeColon && !joined && spansWithin(analysis.words, { start: own.start, end: quotation.open }).length > MAX_TAG_WORDS_BEFORE) return undefined;
  const sentenceWords = spansWithin(analysis.words, before);
  // "Earlier, Qin Gang had laid out Beijing's terms: “…,” he said.": before a colon, a phrase set off by a comma may come first.
  const opening = beforeColon ? frontedBefore(analysis.doc.prose, sentenceWords, attribution.antecedent.start) : 0;
  // Or ending it after a noun for what was said and "from": "The most balanced assessment came from Kurt Campbell."
  const credited = !beforeColon && !joined && creditedAtEnd(analysis, sentenceWords, attribution.antecedent, before);
  if ((sentenceWords[opening]?.start !== attribution.antecedent.start && !credited) || sentenceWords.length > MAX_INTRODUCING_WORDS) return undefined;
  if (analysis.quotations.some((other) => other.open >= before.start && other.open < before.end)) return undefined;
  const named = analysis.mentions.find((m) => m.start === attribution.antecedent!.start && m.entity.kind === 'person' && !m.possessive);
  if (credited && named) return named;
  // It says they said something, or how ("Wang Wenbin made the point that …", "Campbell was blunt about the odds."); a
  // sentence telling something else of them ("Tsai has watched the thaw with interest.") stays theirs.
  if (!named) return undefined;
  const says = sentenceWords.some((word) => word.start >= named.end && (SPEECH_VERBS.has(word.norm) || word.norm === 'point'));
  return beforeColon || joined || says || introducesWords(analysis.doc.prose, analysis.words, before, named, MAX_INTRODUCING_WORDS) ? named : undefined;
}

/** The name ends the sentence right after "from", and a noun for what was said comes before it ("the assessment came from X."). */
function creditedAtEnd(analysis: DocumentAnalysis, sentenceWords: readonly Word[], name: Span, sentence: Span): boolean {
  const at = sentenceWords.findIndex((word) => word.start === name.start);
  const ends = /^[\s.!*_”"’]*$/.test(analysis.doc.prose.slice(name.end, sentence.end));
  return at > 1 && ends && sentenceWords[at - 1].norm === 'from' && sentenceWords.slice(0, at - 1).some((word) => SPEECH_NOUNS.has(word.norm));
}

/**
 * "Who said it? That was Singapore's foreign minister, Vivian Balakrishnan. “…,” he said.": the sentence before, in
 * the quotation's paragraph, only says who the pronoun is; the finding runs from that name, which the error is.
 * (The fix still renames the pronoun: the name's description would not fit the right speaker.)
 */
function identifiedJustBefore(analysis: DocumentAnalysis, quotation: Quotation): Span | undefined {
  const { attribution } = quotation;
  if (attribution.form !== 'pronoun' || !attribution.antecedent) return undefined;
  const { sentences, blocks, prose } = analysis.doc;
  const before = sentences[lastStartingAtOrBefore(sentences, quotation.open) - 1];
  if (!before || attribution.antecedent.start < before.start || spanAt(blocks, before.start) !== spanAt(blocks, quotation.open)) return undefined;
  const sentenceWords = spansWithin(analysis.words, before);
  const endsWithName = /^[\s.!*_”"’]*$/.test(prose.slice(attribution.antecedent.end, before.end));
  return endsWithName && POINTING_WORDS.has(sentenceWords[0]?.norm ?? '') && IDENTIFYING_VERBS.has(sentenceWords[1]?.norm ?? '') ? attribution.antecedent : undefined;
}

const POINTING_WORDS = new Set(['that', 'this', 'it']);
const IDENTIFYING_VERBS = new Set(['was', 'is', 'would']);

/** Heads of a title that is a rank in a body, which says little without it: "the managing director" of what? */
const HELD_OF = new Set(['director', 'president', 'founder', 'co-founder', 'chair', 'chairman', 'chairwoman', 'head', 'chief', 'secretary', 'speaker', 'minister', 'editor', 'dean']);

/** " of the German Marshall Fund’s Indo-Pacific Program" for a rank held in a body of several words, else "". */
function bodyOfRank(reference: ReferenceIndex, role: Role): string {
  return HELD_OF.has(role.title.split(/\s+/).at(-1)!.toLowerCase()) ? placeOfRole(reference, role, 'of') : '';
}

/** A present office of a country's, said with its possessive: "Singapore’s foreign minister" (which "the Foreign Minister" does not say). */
function countrysRole(role: Role): string | undefined {
  if (role.former || !role.organization || countryNamed(role.organization)?.name !== role.organization) return undefined;
  return `${role.organization}’s ${officeWordsLowered(role.title)}`;
}

/** A title this long is left out of a fix: "Deputy Assistant to the President and Coordinator for …". */
const LONGEST_TITLE_IN_FIX = 4;

/**
 * The edit naming the right speaker: with a title before the wrong one's name ("Chinese Foreign Minister Qin Gang
 * said"), the title goes too, for the right speaker's own where it is short ("foreign ministry spokesman Wang
 * Wenbin said").
 */
function speakerEdit(analysis: DocumentAnalysis, reference: ReferenceIndex, right: Entity, named: Span, replacement: string): TextEdit {
  // "Her verdict was that …", "In his view …": a possessive pronoun gives way to the name's possessive, its
  // apostrophe as the draft writes them (not "her" after "by": "so it was said by her").
  if (/^(?:his|her)$/i.test(analysis.doc.prose.slice(named.start, named.end)) && !/\bby\s+$/i.test(analysis.doc.prose.slice(Math.max(0, named.start - 4), named.start))) {
    const apostrophe = analysis.doc.prose.includes('’') ? '’' : "'";
    return { start: named.start, end: named.end, newText: `${casedAt(analysis.doc.prose, named.start, replacement)}${apostrophe}s` };
  }
  const start = right.kind === 'person' ? titleBeforeName(analysis, named) : undefined;
  // A person's name, or an organisation's written without "the" ("Beijing"), takes no "the" before it.
  const takesArticle = right.kind === 'organization' && (takesThe(reference, replacement) || /^the\s/i.test(replacement));
  const role = right.kind === 'person' ? (right.person.roles.find((r) => !r.former) ?? right.person.roles[0]) : undefined;
  const introduced = analysis.mentions.some((m) => m.entity.id === right.id && m.end <= named.start);
  const described = () => (role && !introduced ? `${replacement}, ${roleAsWritten(reference, role, true) ?? possessiveRoleAsWritten(reference, role) ?? countrysRole(role) ?? `${roleArticle(role)} ${role.former ? 'former ' : ''}${role.title}${bodyOfRank(reference, role)}`}` : replacement);
  // "> — Jake Sullivan, national security adviser" signing the quotation: the wrong speaker's description goes too, for
  // the right speaker's own.
  const signatureDescribed = start === undefined ? descriptionInSignature(analysis.doc.prose, named) : undefined;
  if (signatureDescribed !== undefined) return { start: named.start, end: signatureDescribed, newText: described() };
  // "says Qin Gang, the foreign minister, must": the wrong speaker's title in apposition goes too, for the right
  // speaker's own (a long one reads well there).
  const apposition = role && start === undefined ? (findTitleClaims(analysis).find((claim) => claim.mention.start === named.start && /^,[ \t]+(?:the[ \t]+)?$/i.test(analysis.doc.prose.slice(named.end, claim.start))) ?? describingAside(analysis, named)) : undefined;
  // (Someone the draft has introduced before needs no description again.)
  if (role && apposition) {
    // (With the comma that closed the description: "Balakrishnan, Singapore's foreign minister, spoke" → "Russel spoke".)
    if (introduced) return { start: named.start, end: analysis.doc.prose[apposition.end] === ',' ? apposition.end + 1 : apposition.end, newText: replacement };
    return { start: named.start, end: apposition.end, newText: described() };
  }
  // "said Craig Singleton of the Foundation for Defense of Democracies" of Mulhauser's words: the wrong speaker's
  // workplace goes too, unless the right speaker works there as well.
  const workplace = right.kind === 'person' && start === undefined ? workplaceRightAfter(analysis, named) : undefined;
  // (For the right speaker's own body when the reference has one, after the draft's own words: "said Danny Russel of
  // the Asia Society Policy Institute".)
  if (workplace && right.kind === 'person' && !worksAt(right.person, analysis.doc.text.slice(workplace.start, workplace.end))) {
    const own = role?.organization && !role.former && reference.lookupName(role.organization).some((entry) => entry.entity.kind === 'organization') ? role.organization : undefined;
    const lead = WORKPLACE_PREPOSITION.exec(analysis.doc.prose.slice(named.end, workplace.start))?.[0] ?? ' of ';
    if (own) return { start: named.start, end: workplace.end, newText: `${replacement}${lead}${takesThe(reference, own) ? 'the ' : ''}${own}` };
    // (A workplace set off by commas goes with its closing comma: "Raman, of Delta Marine, warned" → "Okafor warned".)
    const closingComma = lead.startsWith(',') && analysis.doc.prose[workplace.end] === ',' ? 1 : 0;
    return { start: named.start, end: workplace.end + closingComma, newText: replacement };
  }
  // "| Craig Singleton, FDD | “…” |": the wrong speaker's body after the name in a table cell goes too, for the right
  // speaker's own when the reference has one (not a country: "Antony Blinken, US").
  const cellBody = right.kind === 'person' && start === undefined ? bodyAfterNameInCell(analysis, named) : undefined;
  if (cellBody && right.kind === 'person' && !worksAt(right.person, analysis.doc.text.slice(cellBody.body.start, cellBody.body.end))) {
    return { start: named.start, end: cellBody.end, newText: role?.organization && !role.former && !countryNamed(role.organization) ? `${replacement}, ${role.organization}` : replacement };
  }
  // "the State Department's Kritenbrink", "FDD's Craig Singleton": the wrong speaker's body's possessive goes too.
  const body = right.kind === 'person' && start === undefined ? bodyPossessiveBefore(analysis, named) : undefined;
  if (body && right.kind === 'person' && !worksAt(right.person, analysis.doc.text.slice(body.start, body.end))) {
    return { start: body.start, end: named.end, newText: casedAt(analysis.doc.prose, body.start, replacement) };
  }
  // "Mr Russel added" of Bonnie Glaser's words: the form of address goes with the name.
  const address = right.kind === 'person' && start === undefined ? addressBefore(analysis.doc.prose, analysis.words, named) : undefined;
  if (address && right.kind === 'person') return { start: address.start, end: named.end, newText: addressedAs(right.person, replacement, address.dot) };
  if (start === undefined || right.kind !== 'person') return withArticle(analysis, { start: named.start, end: named.end, newText: replacement }, takesArticle);
  // ("managing director Bonnie Glaser" would not say of what: a rank in a body is left out before the name.)
  const short = right.person.roles.find((r) => !r.former && r.title.split(/\s+/).length <= LONGEST_TITLE_IN_FIX && !bodyOfRank(reference, r));
  // ("said Chinese foreign ministry spokesman Wang Wenbin" → "said Singaporean Foreign Minister Vivian Balakrishnan": a
  // nationality the wrong title gave, the right one's country gives too, as an acronym where the reference has one:
  // "US secretary of state".)
  const country = short?.organization && words(analysis.doc.prose.slice(start, named.start)).some((word) => countryOfDemonym(analysis.doc.prose.slice(word.start + start, word.end + start))) ? countryNamed(short.organization) : undefined;
  const nationality = country && short?.organization ? `${/^\p{Lu}{2,}$/u.test(short.organization) ? short.organization : country.demonym} ` : '';
  const text = short ? `${nationality}${short.title} ${right.name}` : right.name;
  return { start, end: named.end, newText: casedAt(analysis.doc.prose, start, text) };
}

/** "Mr", "Ms." right before the name. */
function addressBefore(prose: string, words: readonly Word[], named: Span): (Span & { dot: string }) | undefined {
  const before = words[firstStartingAt(words, named.start) - 1];
  const gap = before && /^(\.?)[ \t]+$/.exec(prose.slice(before.end, named.start));
  return gap && GENDERED_ADDRESS.has(before.norm) ? { start: before.start, end: before.end, dot: gap[1] } : undefined;
}

const GENDERED_ADDRESS = new Set(['mr', 'mrs', 'ms', 'miss']);

/** The right speaker in the form of address the article's pronoun for them gives, or by full name. */
function addressedAs(person: Person, replacement: string, dot: string): string {
  const address = person.pronoun === 'he' ? 'Mr' : person.pronoun === 'she' ? 'Ms' : undefined;
  return address && !/\s/.test(replacement) ? `${address}${dot} ${replacement}` : person.name;
}

/** An organisation's possessive right before the name, with "the" before it: "the State Department's Kritenbrink". */
function bodyPossessiveBefore(analysis: DocumentAnalysis, named: Span): Span | undefined {
  const { mentions, doc } = analysis;
  const body = mentions[lastStartingAtOrBefore(mentions, named.start - 1)];
  if (!body || body.entity.kind !== 'organization' || !body.possessive || !/^['’]s[ \t]+$/.test(doc.prose.slice(body.end, named.start))) return undefined;
  const the = /\bthe[ \t]+$/i.exec(doc.prose.slice(Math.max(0, body.start - 4), body.start));
  return { start: the ? body.start - the[0].length : body.start, end: body.end };
}

/** Words of a place's name before its possessive opening a description: "Port Almera's loudest councillor". */
const LONGEST_PLACE_BEFORE_POSSESSIVE = 2;
/** Words a description set off after a name opens with: "a former diplomat", "who was", "now a fellow". */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'who', 'now', 'once', 'formerly', 'former', 'then']);
/** Of those, the ones that may open where someone works: "now at …", "formerly with …". */
const PRESENT_OR_PAST = new Set(['now', 'once', 'formerly', 'then']);

/**
 * "Danny Russel, Obama's top East Asia diplomat in the second term, said": a description of someone set off by commas
 * right after the name (its opening word a determiner or "who", or a possessive among its first words, and a word
 * for a person or a title's head in it); not "Russel, however, said" nor "Russel, the day before, said".
 */
function describingAside(analysis: DocumentAnalysis, named: Span): Span | undefined {
  const { prose } = analysis.doc;
  // (Set off by a comma after it, or ending the sentence: "…,” said Danny Russel, who was the top diplomat on East Asia.)
  const aside = /^,[ \t]+([^,;:.!?“”"()\n]{3,120})(?:,|(?=[.!?]))/u.exec(prose.slice(named.end));
  if (!aside) return undefined;
  const span = { start: named.end + aside[0].indexOf(aside[1]), end: named.end + aside[0].indexOf(aside[1]) + aside[1].length };
  const asideWords = spansWithin(analysis.words, span);
  const possessive = asideWords.slice(0, LONGEST_PLACE_BEFORE_POSSESSIVE + 1).some((word) => stripPossessive(word.norm) !== word.norm);
  if (!DESCRIPTION_OPENERS.has(asideWords[0]?.norm ?? '') && !possessive) return undefined;
  // ("now at the Asia Society Policy Institute": where someone works now is a description too.)
  const postedAt = PRESENT_OR_PAST.has(asideWords[0]?.norm ?? '') && (asideWords[1]?.norm === 'at' || asideWords[1]?.norm === 'with') && asideWords.slice(2).some((word) => isCapitalizedWord(prose, word));
  return postedAt || asideWords.some((word) => isDescriptionHead(stripPossessive(word.norm))) ? span : undefined;
}

/** Where the description after a name signing a quotation on a line of its own ends ("— Name, description"). */
function descriptionInSignature(prose: string, named: Span): number | undefined {
  if (!/(?:^|\n)[ \t>]*[—–][ \t]*$/.test(prose.slice(Math.max(0, named.start - 12), named.start))) return undefined;
  // Not where or to whom the words were said ("— Tom Okafor, to Radio Norte"), which stays.
  const rest = /^,[ \t]+(?!(?:to|in|on|at|for|via|speaking|talking|writing)\b)\S[^\n]*/i.exec(prose.slice(named.end));
  return rest ? named.end + rest[0].trimEnd().length : undefined;
}

/** The organisation a name is placed at right after it: "Craig Singleton of the Foundation for Defense of Democracies". */
function workplaceRightAfter(analysis: DocumentAnalysis, named: Span): Span | undefined {
  const { prose } = analysis.doc;
  const claim = findAffiliations(analysis).find((c) => c.mention.start === named.start && !c.job && !c.organization.possessive);
  return claim && /^,?[ \t]+(?:of|at|from|with)[ \t]+(?:the[ \t]+)?$/i.test(prose.slice(named.end, claim.organization.start)) ? claim.organization : undefined;
}

/** The comma and preposition between a name and its workplace, as the draft writes them: ", of ", " at ". */
// Built once: esbuild writes a \p{…} literal as `new RegExp(…)`, which inside a function is rebuilt at every call.
const WORKPLACE_PREPOSITION = /^[ \t,]*\p{L}+[ \t]+/u;

/** Words of a body's name after a speaker's in a table cell: "Craig Singleton, FDD", "Bonnie Glaser (German Marshall Fund)". */
const CELL_BODY_WORDS = 6;

/** The body named after the name to the end of its table cell (by a comma or in brackets), and where that part ends. */
function bodyAfterNameInCell(analysis: DocumentAnalysis, named: Span): { body: Span; end: number } | undefined {
  const { blocks, prose } = analysis.doc;
  const cell = blocks[lastStartingAtOrBefore(blocks, named.start)];
  if (cell?.kind !== 'cell' || named.end > cell.end) return undefined;
  const rest = prose.slice(named.end, cell.end).trimEnd();
  const bracketed = rest.trimStart().startsWith('(') && rest.endsWith(')');
  if (!bracketed && !rest.startsWith(',')) return undefined;
  const inner = bracketed ? rest.slice(rest.indexOf('(') + 1, -1) : rest.slice(1);
  const written = inner.trim();
  if (!written || /[,()|\n]/.test(written)) return undefined;
  const start = named.end + (bracketed ? rest.indexOf('(') + 1 : 1) + inner.indexOf(written);
  const body = { start, end: start + written.length };
  const bodyWords = spansWithin(analysis.words, body);
  if (bodyWords.length === 0 || bodyWords.length > CELL_BODY_WORDS || spansWithin(analysis.mentions, body).some((m) => m.entity.kind === 'person')) return undefined;
  return { body, end: bracketed ? named.end + rest.length : body.end };
}

/** Whether one of the person's present roles is at the organisation the draft names. */
function worksAt(person: Person, written: string): boolean {
  const key = (text: string) => text.toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '');
  return person.roles.some((role) => !role.former && role.organization !== undefined && key(role.organization).includes(key(written)));
}

/**
 * Where a present title right before the name starts: title words, "of" between them, and the organisation or
 * nationality before them ("Chinese foreign ministry spokesman", "Secretary of State"); none with "former".
 */
function titleBeforeName(analysis: DocumentAnalysis, named: Span): number | undefined {
  const { prose } = analysis.doc;
  const { words } = analysis;
  let start: number | undefined;
  let head = false;
  for (let k = firstStartingAt(words, named.start) - 1; k >= 0 && spacedOrAbbreviated(prose, words[k], start ?? named.start); k--) {
    const norm = stripPossessive(words[k].norm);
    if (PAST.has(norm)) return undefined;
    const written = prose.slice(words[k].start, words[k].end);
    const qualifier = start !== undefined && isCapitalized(written) && !isCalendarName(norm);
    if (!isTitleWord(norm) && norm !== 'of' && !qualifier) break;
    head ||= headClass(norm) !== undefined || abbreviatedTitle(written) !== undefined;
    start = words[k].start;
  }
  return head ? start : undefined;
}

/** Only spaces after the word up to `next`, or the full stop of a title's abbreviation ("Sec. Blinken"). */
function spacedOrAbbreviated(prose: string, word: Word, next: number): boolean {
  const gap = prose.slice(word.end, next);
  return /^[ \t]+$/.test(gap) || joinsTitle(prose.slice(word.start, word.end), gap);
}

function distinctive(quotation: Quotation): boolean {
  const { match, words } = quotation;
  return (
    match?.kind === 'exact' &&
    match.exactIn.length === 1 &&
    words.length === 2 &&
    words.every((w) => w.norm.length >= 4) &&
    words.reduce((n, w) => n + w.norm.length, 0) >= MIN_DISTINCTIVE_CHARS - 1
  );
}
