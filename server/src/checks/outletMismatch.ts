// outlet-mismatch: the draft says the words were told to (or reported by) another outlet than the reference says,
// in a quotation's attribution or in reported speech ("Campbell told CNN this was a good time to talk").
import { findReportedSpeech, outletFillingCell, PUBLISHED_PIECES, type Outlet, type ReportedSpeech } from '../analysis/attribution';
import { SPEECH_VERBS, SUBJECT_PRONOUNS } from '../analysis/speech';
import { isCommonWord } from '../analysis/dictionary';
import { isNewsOutletName, outletTakesThe } from '../analysis/newsOutlets';
import { DESCRIPTIVE, isTitleWord } from '../analysis/offices';
import { isCalendarName } from '../text/calendar';
import { stripPossessive } from '../text/words';
import { datesUpTo, fieldsOfIsoDate, toldOfAnotherTime, type CalendarFields } from '../analysis/dates';
import { lastStartingAtOrBefore, spanAt, spansWithin } from '../text/spans';
import { headerCellOver, tableRow } from '../analysis/document';
import { isReported, peopleDescribed, type DocumentAnalysis } from '../analysis/analyze';
import type { Mention } from '../analysis/mentions';
import { findMisspeltNames } from '../analysis/misspeltNames';
import { acceptedSpeakers } from '../analysis/quoteMatch';
import { contentStems, OWN_STATEMENT, outletsOwnStatements, outletStatements, STATED_AS, STATING_VERBS, type OutletStatement } from '../analysis/outletStatements';
import type { Entity, ReferenceIndex } from '../reference/index';
import type { Check } from './check';
import type { EvidenceLink, Finding, Span, TextEdit } from './finding';
import { isOutlet, occurrences, opensSentence, quoteEvidence, speakerName, takesThe, withArticle } from './quoteEvidence';

export const outletMismatch: Check = ({ analysis, reference, confirm }) => {
  const findings: Finding[] = [];
  const reported = new Set<number>();
  for (const quotation of analysis.quotations) {
    const outlet = quotation.attribution.outlet;
    const refOutletId = quotation.match?.quote.quote.outlet;
    if (!quotation.match || !outlet || !refOutletId || reported.has(outlet.start) || quotation.attribution.denied) continue;
    if (outlet.readIn && !isOutlet(reference.entities.get(quotation.match.quote.quote.speaker))) continue;
    // Words given to someone else (quote-misattributed says so): the outlet named is that person's, not the speaker's.
    const { entity, confident } = quotation.attribution;
    if (confident && entity && entity.kind === 'person' && !acceptedSpeakers(quotation.match).has(entity.id)) continue;
    if (outlet.entity?.id === refOutletId || namesOutlet(outlet, reference, refOutletId)) {
      confirm(outlet);
      continue;
    }
    const refOutlet = reference.entities.get(refOutletId);
    if (!refOutlet) continue;
    reported.add(outlet.start);
    const speaker = speakerName(reference, quotation.match.quote.quote.speaker);
    findings.push({
      code: 'outlet-mismatch',
      severity: 'warning',
      start: outlet.start,
      end: outlet.end,
      message: `Wrong outlet: the reference has ${toldTo(speaker, refOutlet.name, 'these words')}, not ${outlet.entity?.name ?? outlet.text}.`,
      refId: quotation.match.quote.quote.id,
      evidence: quoteEvidence(reference, quotation.match.quote, speaker === refOutlet.name ? speaker : `${speaker} to ${refOutlet.name}`),
      fixes: [{ title: `Change the outlet to ${refOutlet.name}`, edits: [outletEdit(analysis.doc, reference, outlet, refOutlet.name)], preferred: true }],
    });
  }
  for (const credited of [...outletsCrediting(analysis, reference), ...outletsStating(analysis, reference, confirm), ...outletCells(analysis, reference, confirm)]) {
    if (!findings.some((other) => other.start < credited.end && credited.start < other.end)) findings.push(credited);
  }
  // "X told CNN this was a good time to talk. “…,” X added.": an outlet the quotation and the reported speech both
  // take is reported once.
  const speech = reportedSpeechFindings(analysis, reference, confirm).filter((said) => !findings.some((quoted) => quoted.start < said.end && said.start < quoted.end));
  return [...findings, ...speech];
};

/** Verbs by which a piece or its outlet gives its own words. */
const PIECE_VERBS = 'concluded|noted|observed|wrote|argued|reported|said|added|warned|judged|declared|stated|opined';
const NAME_RUN = String.raw`\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3}`;
const PIECES = [...PUBLISHED_PIECES].join('|');
/** An adverb between the name and its verb: "The Guardian, meanwhile, concluded", "Reuters also noted". */
const ASIDE = String.raw`(?:\s*,\s*(?:meanwhile|however|though|too|also|instead|for\s+its\s+part|in\s+turn)\s*,|\s+(?:also|meanwhile|too|later|then|instead))?`;
/**
 * After the quotation: "…,” a Guardian analysis concluded", "…,” the Guardian concluded", "…,” Reuters noted", or
 * with the verb first: "…,” concluded a piece from Al Jazeera", or the piece first: "…,” an analysis by the Financial
 * Times concluded".
 */
const CREDIT_AFTER = new RegExp(
  String.raw`^[\s,]*(?:((?:the|an?)\s+)?(${NAME_RUN})(?:\s+(?:${PIECES}))?${ASIDE}\s+(?:${PIECE_VERBS})\b|(?:${PIECE_VERBS})\s+(?:the|an?)\s+(?:${PIECES})\s+(?:from|by|in|on)\s+((?:the)\s+)?(${NAME_RUN})|(?:the|an?)\s+(?:${PIECES})\s+(?:by|from|in)\s+((?:the)\s+)?(${NAME_RUN})\s+(?:${PIECE_VERBS})\b)`,
  'du',
);
/**
 * Before it: "Reuters concluded that “…”", "The Guardian's editorial observed: “…”", "An Al Jazeera analysis was blunt:
 * “…”", or after an opening "as": "As the Guardian put it, “…”", or with the name's own piece told after it: "The
 * Guardian struck a note of realism in its analysis, which concluded: “…”"; after a speaker's label too ("REPORTER: A
 * Guardian analysis concluded: “…”").
 */
const CREDIT_BEFORE = new RegExp(
  String.raw`(?:^|[.!?;:]\s+)(?:((?:[Tt]he|[Aa]n?)\s+)?(${NAME_RUN})(?:['’]s)?(?:\s+(?:${PIECES}))?(?:${ASIDE}\s+(?:${PIECE_VERBS})(?:\s+that)?[\s:,]*|\s+(?:was|is)\s+\p{Ll}+\s*:\s*)|[Aa]s\s+((?:the|an?)\s+)?(${NAME_RUN})(?:\s+(?:${PIECES}))?\s+(?:${PIECE_VERBS}|put\s+it)\s*,\s*|((?:[Tt]he|[Aa]n?)\s+)?(${NAME_RUN})(?:,\s*|\s+)(?:[^.!?;:“”"\s,]+,?\s+){0,14}?its\s+(?:own\s+)?(?:${PIECES})(?:,\s*which\s+(?:${PIECE_VERBS})|,?\s+(?:${PIECE_VERBS}))?[:,]\s*)$`,
  'du',
);

/**
 * "“…,” a Guardian analysis concluded" of the BBC piece's words: a name the reference does not know, giving an
 * outlet's own words as a piece of its own gives them, credits them to the wrong outlet.
 */
function outletsCrediting(analysis: DocumentAnalysis, reference: ReferenceIndex): Finding[] {
  const findings: Finding[] = [];
  const { prose, sentences } = analysis.doc;
  for (const quotation of analysis.quotations) {
    const { match, attribution } = quotation;
    const right = match && reference.entities.get(match.quote.quote.speaker);
    if (!match || right?.kind !== 'organization' || right.organization.kind !== 'outlet' || attribution.confident) continue;
    const sentence = sentences[lastStartingAtOrBefore(sentences, quotation.open)];
    if (!sentence) continue;
    const after = CREDIT_AFTER.exec(prose.slice(quotation.outerEnd, sentence.end));
    const before = after ? undefined : CREDIT_BEFORE.exec(prose.slice(sentence.start, quotation.open));
    const found = after ?? before;
    if (!found) continue;
    const offset = after ? quotation.outerEnd : sentence.start;
    // (Each pattern's later forms, with "as" before the name, the verb first, or the piece told after the name, have
    // their article and name as the third and fourth groups, or the fifth and sixth.)
    const nameGroup = [2, 4, 6].find((group) => found[group] !== undefined)!;
    const [nameStart, nameEnd] = found.indices![nameGroup];
    const hadArticle = found[nameGroup - 1] !== undefined;
    // (Not the full stop ending the sentence: "…,” concluded a piece from Reuters.")
    const nameEndAt = /^[^.]*\.$/.test(prose.slice(offset + nameStart, offset + nameEnd)) ? offset + nameEnd - 1 : offset + nameEnd;
    const name = withoutPossessive(prose, offset + nameStart, nameEndAt);
    const written = analysis.doc.text.slice(name.start, name.end);
    // A name the reference does not know, or another outlet it knows whose piece the attribution did not read as its words.
    const mention = analysis.mentions.find((m) => m.start === name.start && m.end === name.end);
    const otherOutlet = mention !== undefined && isOutlet(mention.entity) && mention.entity.id !== right.id;
    if (!(otherOutlet || unknownOutletName(analysis, name, hadArticle)) || namesOutlet({ ...name, text: written }, reference, right.id)) continue;
    const evidence = quoteEvidence(reference, match.quote, `${right.name} published this in the reference article`);
    findings.push({ ...nameToOutlet(analysis, reference, name, hadArticle, right, `these words from ${right.name}, not ${written}`, evidence), refId: match.quote.quote.id });
  }
  return findings;
}

/** Content words an outlet's own statement, worded again with no quotation, must share with the reference's. */
const MIN_SHARED_OWN = 3;

/** "USA Today noted that …", "Whereas …, Al Jazeera observed that …": a name opening a clause, stating something. */
/** (Or a piece of it: "One analysis in USA Today concluded that …", "USA Today's analysis noted that …".) */
const STATING = new RegExp(String.raw`(?:(?:[Oo]ne|[Aa]n?|[Tt]he)\s+(?:${PIECES})\s+(?:in|by|from)\s+)?((?:[Tt]he|[Aa]n?)\s+)?(${NAME_RUN})(?:['’]s)?(?:\s+(?:${PIECES}))?(?=${OWN_STATEMENT.source.slice(1)})`, 'dyu');
/** "As Al Jazeera observed, cooperation …": the name after an opening "as", its verb, then a comma. */
const STATING_AS = new RegExp(String.raw`[Aa]s\s+((?:[Tt]he|[Aa]n?)\s+)?(${NAME_RUN})(?=${STATED_AS.source.slice(1)})`, 'dyu');

/** A name's span without its possessive, which is no part of it before a piece: "Al Jazeera's analysis concluded". */
function withoutPossessive(prose: string, start: number, end: number): Span {
  return { start, end: /['’]s$/.test(prose.slice(start, end)) ? end - 2 : end };
}

/** Where a clause may open in `text`: its start, and after each comma. */
function clauseStarts(text: string): number[] {
  const starts = [0];
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) starts.push(comma + 1 + (/^\s*/.exec(text.slice(comma + 1))?.[0].length ?? 0));
  return starts;
}

/**
 * "USA Today noted that cooperation with China could be tough for Biden" of what the BBC noted: an outlet's own
 * statement, worded again (enough content words in common), credited to another outlet.
 */
function outletsStating(analysis: DocumentAnalysis, reference: ReferenceIndex, confirm: (outlet: Outlet) => void): Finding[] {
  const own = outletsOwnStatements(reference);
  if (own.length === 0) return [];
  const findings: Finding[] = [];
  const { prose, sentences } = analysis.doc;
  for (const sentence of sentences) {
    // Most sentences have none of the verbs: the words are cheaper to read than the pattern.
    if (!isReported(analysis, sentence) || !spansWithin(analysis.words, sentence).some((word) => STATING_VERBS.has(word.norm))) continue;
    const text = prose.slice(sentence.start, sentence.end);
    for (const start of clauseStarts(text)) {
      STATING.lastIndex = start;
      STATING_AS.lastIndex = start;
      const plain = STATING.exec(text);
      const found = plain ?? STATING_AS.exec(text);
      if (!found) continue;
      const [nameStart, nameEnd] = found.indices![2];
      const name = withoutPossessive(prose, sentence.start + nameStart, sentence.start + nameEnd);
      const verbAt = plain ? sentence.start + found.index + found[0].length : name.end;
      const verb = (plain ? OWN_STATEMENT : STATED_AS).exec(prose.slice(verbAt, sentence.end))!;
      const content = prose.slice(verbAt + verb[0].length, sentence.end);
      // A quotation is outletsCrediting's to judge; a name as short a statement as two words could be anyone's.
      if (/["“”]/.test(content)) continue;
      const said = contentStems(content);
      const statement = own.find((candidate) => sameStatement(said, candidate, MIN_SHARED_OWN));
      const right = statement && reference.entities.get(statement.outlet);
      if (!statement || !right) continue;
      const written = analysis.doc.text.slice(name.start, name.end);
      const mention = analysis.mentions.find((m) => m.start === name.start && m.end === name.end);
      if (mention?.entity.id === right.id || namesOutlet({ ...name, text: written }, reference, right.id)) {
        confirm({ ...name, text: written, entity: right });
        continue;
      }
      const otherOutlet = isOutlet(mention?.entity);
      if (!otherOutlet && !unknownOutletName(analysis, name, found[1] !== undefined)) continue;
      const evidence = statementEvidence(reference, statement, `${right.name} said this in the reference article`);
      findings.push(nameToOutlet(analysis, reference, name, found[1] !== undefined, right, `this from ${right.name}, not ${mention?.entity.name ?? written}`, evidence));
    }
  }
  return findings;
}

/**
 * The right outlet's name in place of the wrong one's (its "the" included, when the draft wrote one), with "the"
 * where the article writes one ("told CNN" → "told the BBC"; "told the BBC" → "told Al Jazeera").
 */
function outletEdit(doc: { prose: string; text: string }, reference: ReferenceIndex, outlet: Span, name: string): TextEdit {
  const { prose, text } = doc;
  // (Or another determiner: "in his USA Today interview" → "in his BBC interview".)
  const determinerBefore = /\b(?:the|his|her|their|its|a|an)\s+$/i.test(prose.slice(Math.max(0, outlet.start - 6), outlet.start));
  // (Or where the draft itself writes "the" before it elsewhere: "the BBC", though the article wrote "told BBC"; or
  // where English does: "in an interview with the BBC".)
  const draftWritesThe = occurrences(prose, name).some((at) => /\bthe\s+$/i.test(prose.slice(Math.max(0, at - 5), at)));
  // A table cell holding the name alone takes no article ("| Kurt Campbell | BBC |").
  const inCell = /\|[ \t]*$/.test(text.slice(Math.max(0, outlet.start - 8), outlet.start)) && /^[ \t]*\|/.test(text.slice(outlet.end, outlet.end + 8));
  const takes = takesThe(reference, name) || draftWritesThe || outletTakesThe(name);
  // "| the BBC |" → "| USA Today |", "told the BBC." → "told USA Today.": the draft's "the" goes with a name standing
  // alone that takes none (not before a noun it describes: "the BBC interview" → "the USA Today interview").
  const the = /\bthe[ \t]+$/i.exec(prose.slice(Math.max(0, outlet.start - 4), outlet.start));
  if (the && !takes && !/^[ \t]*\p{L}/u.test(prose.slice(outlet.end, outlet.end + 2))) {
    const start = outlet.start - the[0].length;
    return { start, end: outlet.end, newText: /^T/.test(the[0]) ? name.charAt(0).toUpperCase() + name.slice(1) : name };
  }
  return { start: outlet.start, end: outlet.end, newText: theWhere(prose, outlet.start, !determinerBefore && !inCell && takes) + name };
}

/** "The " opening a sentence, "the " elsewhere, when `wanted`; else nothing. */
function theWhere(prose: string, at: number, wanted: boolean): string {
  return wanted ? (opensSentence(prose, at) ? 'The ' : 'the ') : '';
}

/**
 * The finding on an outlet's name the draft credits the reference outlet's words to; the fix writes the right one,
 * with "the" when the name had no article of its own and the article writes one ("Reuters concluded" → "The BBC …").
 */
function nameToOutlet(analysis: DocumentAnalysis, reference: ReferenceIndex, name: Span, hadArticle: boolean, right: Entity, says: string, evidence: EvidenceLink): Finding {
  const takes = takesThe(reference, right.name) || outletTakesThe(right.name);
  // ("An Al Jazeera analysis noted" → "A BBC analysis noted": the article before it as the new name takes it.)
  const edit = hadArticle ? withArticle(analysis, { ...name, newText: right.name }, takes) : { ...name, newText: theWhere(analysis.doc.prose, name.start, takes) + right.name };
  return {
    code: 'outlet-mismatch',
    severity: 'warning',
    ...name,
    message: `Wrong outlet: the reference has ${says}.`,
    evidence,
    fixes: [{ title: `Change the outlet to ${right.name}`, edits: [edit], preferred: true }],
  };
}

/**
 * A name the reference does not know that is a news outlet's (see isNewsOutletName): no mention of anyone or anything
 * the reference knows, no title, month or weekday, and, opening its sentence with no article before it, not an
 * English word ("Reuters concluded", not "Officials concluded").
 */
function unknownOutletName(analysis: DocumentAnalysis, name: Span, afterArticle: boolean): boolean {
  if (analysis.mentions.some((m) => m.start < name.end && name.start < m.end)) return false;
  if (!isNewsOutletName(analysis.doc.text.slice(name.start, name.end))) return false;
  const nameWords = spansWithin(analysis.words, name);
  // (A word describing a title is no office: "The New York Times".)
  if (nameWords.some((word) => (isTitleWord(word.norm) && !DESCRIPTIVE.has(word.norm)) || isCalendarName(stripPossessive(word.norm)) || SUBJECT_PRONOUNS.has(word.norm))) return false;
  return afterArticle || !opensSentence(analysis.doc.prose, name.start) || nameWords.some((word) => !isCommonWord(word.norm));
}

/** "Kurt Campbell saying this to BBC"; an outlet's own words ("the piece concluded") are "this from BBC". */
function toldTo(speaker: string, outlet: string, what: string): string {
  return speaker === outlet ? `${what} from ${outlet}` : `${speaker} saying ${what} to ${outlet}`;
}

/** Content words a reported statement must share with the reference's, and the share of the shorter one's. */
const MIN_SHARED = 2;
const MIN_SHARE = 0.5;

/**
 * Reported speech told to an outlet, against the speaker's statements in the reference: the statement it words
 * again (enough content words in common) says which outlet heard it. Words the reference does not have are not
 * judged: the speaker may have said other things to other outlets.
 */
function reportedSpeechFindings(analysis: DocumentAnalysis, reference: ReferenceIndex, confirm: (outlet: Outlet) => void): Finding[] {
  const findings: Finding[] = [];
  const { prose } = analysis.doc;
  const misspelt = misspeltMentions(analysis, reference);
  const mentions = misspelt.length === 0 ? analysis.mentions : [...analysis.mentions, ...misspelt].sort((a, b) => a.start - b.start);
  for (const speech of findReportedSpeech(analysis.doc, analysis.words, mentions, analysis.quotations, analysis.reported, peopleDescribed(reference))) {
    const statements = outletStatements(reference).get(speech.speaker.entity.id);
    if (!statements) continue;
    const said = contentStems(prose.slice(speech.said.start, speech.said.end));
    const matched = statements.filter((statement) => sameStatement(said, statement));
    const onlyOutlet = matched.length === 0 && onlyOutletOf(analysis, reference, speech, statements);
    const reworded = onlyOutlet ? statements : matched;
    if (reworded.length === 0) continue;
    if (reworded.some((statement) => statement.outlet === speech.outlet.entity?.id || namesOutlet(speech.outlet, reference, statement.outlet))) {
      confirm(speech.outlet);
      continue;
    }
    const outlets = new Set(reworded.map((statement) => statement.outlet));
    const refOutlet = outlets.size === 1 ? reference.entities.get(reworded[0].outlet) : undefined;
    if (!refOutlet || setRightAfter(analysis, speech, refOutlet)) continue;
    const speaker = speakerName(reference, speech.speaker.entity.id);
    const { outlet } = speech;
    findings.push({
      code: 'outlet-mismatch',
      severity: 'warning',
      start: outlet.start,
      end: outlet.end,
      message: onlyOutlet
        ? `Wrong outlet: the reference has ${speaker} speaking to ${refOutlet.name} only, not ${outlet.entity?.name ?? outlet.text}.`
        : `Wrong outlet: the reference has ${toldTo(speaker, refOutlet.name, 'this')}, not ${outlet.entity?.name ?? outlet.text}.`,
      evidence: statementEvidence(reference, reworded[0], `${speaker} to ${refOutlet.name}`),
      fixes: [{ title: `Change the outlet to ${refOutlet.name}`, edits: [outletEdit(analysis.doc, reference, outlet, refOutlet.name)], preferred: true }],
    });
  }
  return findings;
}

const CALENDAR_FIELDS = ['year', 'month', 'day', 'weekday'] as const;

/** Words telling of another time than the story's, or of a habit: the telling may be another interview. */
const ANOTHER_OCCASION = new Set([
  'last', 'earlier', 'previously', 'formerly', 'once', 'ago', 'often', 'frequently', 'repeatedly', 'regularly', 'routinely',
  'usually', 'has', 'have', 'had', 'past', 'years', 'months', 'weeks', 'before', 'since', 'ever', 'always', 'sometimes',
]);

/**
 * "Craig Singleton told Al Jazeera the trip was mere theatre": someone the reference has speaking to one outlet only,
 * said to speak to another news outlet about this story (the sentence tells of no other time), whatever the words.
 */
function onlyOutletOf(analysis: DocumentAnalysis, reference: ReferenceIndex, speech: ReportedSpeech, statements: readonly OutletStatement[]): boolean {
  if (new Set(statements.map((statement) => statement.outlet)).size !== 1) return false;
  // A news outlet the reference knows, or one by its name ("told Reuters"; not "told Congress", "told Beijing").
  const { entity } = speech.outlet;
  if (entity ? entity.kind !== 'organization' || entity.organization.kind !== 'outlet' : !isNewsOutletName(speech.outlet.text)) return false;
  const { sentences } = analysis.doc;
  const sentence = sentences[lastStartingAtOrBefore(sentences, speech.outlet.start)];
  const articleDate = reference.loaded.set.article.date;
  if (!sentence || toldOfAnotherTime(analysis, sentence, articleDate)) return false;
  // "told the Financial Times last year", "has often told CNN": another time, or a habit.
  if (spansWithin(analysis.words, sentence).some((word) => ANOTHER_OCCASION.has(word.norm))) return false;
  // "Glaser told CNN on Sunday": a day not the article's may be another interview ("19 June 2023" is the article's).
  const article = fieldsOfIsoDate(articleDate);
  const anotherDay = (stated: CalendarFields) => CALENDAR_FIELDS.some((field) => stated[field] !== undefined && article[field] !== undefined && stated[field] !== article[field]);
  return !datesUpTo(analysis, sentence).some((date) => date.start >= sentence.start && anotherDay(date.stated));
}

/** A table header over a column of whom people spoke to: "Spoke to", "Outlet", "Interviewed by", "Told". */
const SPOKE_TO_HEADER = /\b(?:spoke|speaking|told|talked|outlets?|interview(?:ed)?|medium|media|publications?|quoted\s+(?:in|by))\b/i;

/**
 * "| Craig Singleton | Foundation for Defense of Democracies | BBC |" under "| Commentator | Role | Spoke to |": a
 * cell that is an outlet's name and nothing else, in a column whose header says whom people spoke to, in a row naming
 * one person the reference has speaking to one other outlet only.
 */
function outletCells(analysis: DocumentAnalysis, reference: ReferenceIndex, confirm: (outlet: Outlet) => void): Finding[] {
  const findings: Finding[] = [];
  const { doc, mentions } = analysis;
  doc.blocks.forEach((cell, at) => {
    if (cell.kind !== 'cell' || !isReported(analysis, cell)) return;
    const outlet = outletFillingCell(doc.prose, mentions, cell);
    const row = outlet && tableRow(doc, at);
    const header = row && headerCellOver(doc, at);
    if (!outlet || !row || !header || !SPOKE_TO_HEADER.test(doc.prose.slice(header.start, header.end))) return;
    const people = new Set(spansWithin(mentions, { start: doc.blocks[row.first].start, end: doc.blocks[row.last].end }).filter((m) => m.entity.kind === 'person').map((m) => m.entity.id));
    const statements = people.size === 1 ? outletStatements(reference).get([...people][0]) : undefined;
    const told = new Set(statements?.map((statement) => statement.outlet));
    if (!statements || told.size !== 1) return;
    if (told.has(outlet.entity?.id ?? '') || namesOutlet(outlet, reference, statements[0].outlet)) return confirm(outlet);
    const refOutlet = reference.entities.get(statements[0].outlet);
    if (!refOutlet) return;
    const speaker = speakerName(reference, statements[0].speaker);
    findings.push({
      code: 'outlet-mismatch',
      severity: 'warning',
      start: outlet.start,
      end: outlet.end,
      message: `Wrong outlet: the reference has ${speaker} speaking to ${refOutlet.name} only, not ${outlet.entity?.name ?? outlet.text}.`,
      evidence: statementEvidence(reference, statements[0], `${speaker} to ${refOutlet.name}`),
      fixes: [{ title: `Change the outlet to ${refOutlet.name}`, edits: [outletEdit(analysis.doc, reference, outlet, refOutlet.name)], preferred: true }],
    });
  });
  return findings;
}

/**
 * "The memo said Glaser told CNN that … She told Al Jazeera.": telling of someone else's claim (a verb of saying
 * before the speaker in the sentence), set right by the next sentence of the paragraph naming the reference's outlet.
 */
function setRightAfter(analysis: DocumentAnalysis, speech: ReportedSpeech, refOutlet: Entity): boolean {
  const { sentences, blocks, prose } = analysis.doc;
  const at = lastStartingAtOrBefore(sentences, speech.speaker.start);
  const [sentence, next] = [sentences[at], sentences[at + 1]];
  if (!sentence || !next || spanAt(blocks, next.start) !== spanAt(blocks, sentence.start)) return false;
  const reported = spansWithin(analysis.words, { start: sentence.start, end: speech.speaker.start }).some((word) => SPEECH_VERBS.has(word.norm));
  const names = [refOutlet.name, ...(refOutlet.kind === 'organization' ? refOutlet.organization.aliases : [])];
  return reported && names.some((name) => prose.slice(next.start, next.end).includes(name));
}

/**
 * "Kurt Cambell told Sky News …", "Bonnie Glazer, who runs …, was upbeat. She told Reuters …": a misspelt name (which
 * name-misspelled reports) stands for the one person it is nearest, as speaker or as whom a pronoun stands for.
 */
function misspeltMentions(analysis: DocumentAnalysis, reference: ReferenceIndex): Mention[] {
  return findMisspeltNames(analysis, reference).flatMap(({ words, matches }) => {
    const people = new Set(matches.filter((match) => match.total === matches[0].total).map((match) => match.form.person.id));
    const entity = people.size === 1 ? reference.entities.get([...people][0]) : undefined;
    if (!entity) return [];
    const last = words[words.length - 1];
    return [{ start: words[0].start, end: last.end, entity, form: 'full' as const, possessive: last.possessive, wordIndex: words[0].index, wordCount: words.length }];
  });
}

/**
 * An outlet the reference does not know by these words that is the reference's one written another way: "Al-Jazeera"
 * and "Aljazeera" for Al Jazeera, "British Broadcasting Corporation" for the BBC (its initials).
 */
function namesOutlet(outlet: Outlet, reference: ReferenceIndex, outletId: string): boolean {
  const entity = reference.entities.get(outletId);
  if (outlet.entity || !entity) return false;
  const squeezed = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
  const initials = outlet.text.replace(/^the\s+/i, '').split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('').toLowerCase();
  const names = [entity.name, ...(entity.kind === 'organization' ? entity.organization.aliases : [])].map(squeezed);
  return names.includes(squeezed(outlet.text)) || (initials.length >= 2 && names.includes(initials));
}

function sameStatement(said: ReadonlySet<string>, statement: OutletStatement, minShared = MIN_SHARED): boolean {
  let shared = 0;
  for (const stem of said) if (statement.stems.has(stem)) shared++;
  return shared >= minShared && shared >= MIN_SHARE * Math.min(said.size, statement.stems.size);
}

function statementEvidence(reference: ReferenceIndex, statement: OutletStatement, message: string): EvidenceLink {
  return { ...statement.evidence, articlePath: reference.loaded.articlePath, message };
}
