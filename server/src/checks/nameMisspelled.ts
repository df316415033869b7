// name-misspelled: a capitalised name a letter or two away from how the reference writes a person's name
// ("Anthony Blinken", "Xi Jinpeng", "Blinkin's"). Whole names are compared word by word with the person's
// multi-word forms; a word standing alone only with a long surname. Words that are ordinary English, names of
// other people the reference knows, and first names far from the person's own ("Jill Biden") are left alone.
import { isReported, type DocumentAnalysis } from '../analysis/analyze';
import { isCommonWord } from '../analysis/dictionary';
import { findNameRuns, someFullNameEndingIn, type NameWord } from '../analysis/nameCandidates';
import { nameMatcherFor, sameNameEnding, type NameMatch, type NameMatcher } from '../analysis/nameMatcher';
import { fitsRole, isTitleWord, organisationEvidence } from '../analysis/offices';
import { findTitleClaims, type TitleClaim } from '../analysis/titles';
import type { Word } from '../text/words';
import { mayBeGivenName } from '../text/givenNames';
import type { ReferenceIndex } from '../reference/index';
import { spanAt } from '../text/spans';
import type { Check } from './check';
import { DEFAULT_SEVERITY, type Finding } from './finding';
import { firstMentionEvidence } from './personEvidence';

const MAX_NAME_WORDS = 3;

interface Candidate {
  words: NameWord[];
  matches: NameMatch[];
}

export const nameMisspelled: Check = ({ analysis, reference, confirm }) => {
  // A person's name written as the reference writes it.
  for (const mention of analysis.mentions) if (mention.entity.kind === 'person' && isReported(analysis, mention)) confirm(mention);
  const matcher = nameMatcherFor(reference);
  const runs = findNameRuns(analysis).filter((run) => isReported(analysis, { start: run[0].start, end: run[run.length - 1].end }));
  const candidates = runs
    .flatMap((run) => candidatesIn(run, matcher, analysis.doc.prose))
    .filter((c) => (c.words.length > 1 || !strangersSurname(analysis, c.words[0], matcher)) && !spellingSetRight(analysis, c));
  // Longer names first, then closer ones; a word belongs to at most one finding.
  candidates.sort((a, b) => b.words.length - a.words.length || a.matches[0].total - b.matches[0].total);
  const taken = new Set<number>();
  const findings: Finding[] = [];
  for (const candidate of candidates) {
    if (candidate.words.some((w) => taken.has(w.index))) continue;
    for (const w of candidate.words) taken.add(w.index);
    findings.push(toFinding(candidate, analysis.doc.text, reference));
  }
  for (const claim of findTitleClaims(analysis)) {
    const wrong = wrongGivenName(analysis, claim, matcher);
    if (wrong && !taken.has(wrong.index)) findings.push(givenNameFinding(analysis.doc.text, wrong, claim, reference));
  }
  return findings;
};

/**
 * "Victor Balakrishnan, Singapore's foreign minister": another given name before a person's surname, with a title
 * of theirs beside it, is their name misspelt (a given name alone, "Nicholas Burns", may be someone else's). Not a
 * short form ("Dan" for "Daniel", "Bill" for "William"), nor another full name the reference knows, nor a spelling
 * a letter or two off (found above).
 */
function wrongGivenName(analysis: DocumentAnalysis, claim: TitleClaim, matcher: NameMatcher): (Word & { index: number; given: string }) | undefined {
  const { mention, name, office } = claim;
  if (mention.entity.kind !== 'person' || mention.wordCount !== 1 || name.start >= mention.start || claim.past) return undefined;
  const index = mention.wordIndex - 1;
  const word = analysis.words[index];
  const given = mention.entity.person.name.split(/\s+/)[0];
  const givenNorm = given.toLowerCase();
  if (!word || word.start !== name.start || mayBeGivenName(word.norm, givenNorm) || isTitleWord(word.norm)) return undefined;
  // "As Russel put it": a word that opens sentences is no given name.
  if (SENTENCE_OPENERS.has(word.norm)) return undefined;
  const written = [word.norm, analysis.words[mention.wordIndex].norm];
  if (matcher.isKnownName(written) || matcher.nearFullNames(written).length > 0) return undefined;
  const person = mention.entity.person;
  const fits = person.roles.some((role) => fitsRole(office, role) && (office.qualifiers.length === 0 || organisationEvidence(office, role) > 0));
  return fits ? { ...word, index, given } : undefined;
}

function givenNameFinding(text: string, wrong: Word & { given: string }, claim: TitleClaim, reference: ReferenceIndex): Finding {
  const person = claim.mention.entity.kind === 'person' ? claim.mention.entity.person : undefined;
  const written = text.slice(wrong.start, claim.mention.end);
  const right = `${wrong.given} ${text.slice(claim.mention.start, claim.mention.end)}`;
  return {
    start: wrong.start,
    end: claim.mention.end,
    code: 'name-misspelled',
    severity: DEFAULT_SEVERITY['name-misspelled'],
    message: `“${written}” is not how the reference names ${person!.name}, whose title this is: did you mean “${right}”?`,
    fixes: [{ title: `Change to “${right}”`, edits: [{ start: wrong.start, end: wrong.end, newText: wrong.given }], preferred: true }],
    evidence: firstMentionEvidence(reference, person!, `${person!.name} as the reference names them`),
    refId: person!.id,
  };
}

/**
 * "He is Scott Mulhauser, not Scott Mulhouser": the name right after "not" follows the right spelling of the same
 * person in its sentence; it is the mistake being set right.
 */
function spellingSetRight(analysis: DocumentAnalysis, candidate: Candidate): boolean {
  const first = candidate.words[0];
  if (analysis.words[first.index - 1]?.norm !== 'not') return false;
  const sentence = spanAt(analysis.doc.sentences, first.start);
  const people = new Set(candidate.matches.map((match) => match.form.person.id));
  return analysis.mentions.some((m) => m.start >= (sentence?.start ?? 0) && m.end <= first.start && people.has(m.entity.id));
}

function candidatesIn(run: readonly NameWord[], matcher: NameMatcher, prose: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < run.length; i++) {
    for (let n = 2; n <= MAX_NAME_WORDS && i + n <= run.length; n++) {
      const words = run.slice(i, i + n);
      if (words.some((w) => w.mention && w.mention.wordCount > 1)) continue;
      const matches = matcher.nearFullNames(words.map((w) => w.norm)).filter((m) => plausible(words, m, matcher));
      if (matches.length) candidates.push({ words, matches });
    }
    // The quick surname test first: the dictionary is a large table, slow to look words up in. A word in
    // capitals is an acronym ("AUSMIN"), not a surname.
    if (matcher.mayBeNearSurname(run[i].norm) && standsAlone(run, i) && !isCommonWord(run[i].norm) && !inCapitals(prose, run[i]) && !FAMILY_AFTER.test(prose.slice(run[i].end, run[i].end + 16))) {
      const matches = matcher.nearSurnames(run[i].norm);
      if (matches.length) candidates.push({ words: [run[i]], matches });
    }
  }
  return candidates;
}

/**
 * "Councilmember Tom Russell voted against. Russell said …": the word is the surname of someone the text named in
 * full before, a name that is no spelling of anyone's in the reference.
 */
function strangersSurname(analysis: DocumentAnalysis, word: NameWord, matcher: NameMatcher): boolean {
  return someFullNameEndingIn(analysis, word.norm, word.index, (given) => !isTitleWord(given.norm) && matcher.nearFullNames([given.norm, word.norm]).length === 0 && !matcher.isKnownName([given.norm, word.norm]));
}

/** Written in capitals only, two letters or more: "AUSMIN", "NATO". */
function inCapitals(prose: string, word: NameWord): boolean {
  return word.end - word.start > 1 && ALL_CAPITALS.test(prose.slice(word.start, word.end));
}

const ALL_CAPITALS = /^[\p{Lu}\p{N}'’-]+$/u;

/** A changed word must look like a name: not an ordinary word capitalised by its position ("Only Blinken"),
 * not another person's known name standing beside this one. */
function plausible(words: readonly NameWord[], match: NameMatch, matcher: NameMatcher): boolean {
  return match.edits.every((edits, k) => {
    if (edits === 0) return true;
    const word = words[k];
    // An ordinary word capitalised by its place ("Only Blinken") is not a name, unless it is another spelling of
    // the name's word beside the rest spelt right ("Bonny Glaser said" at a sentence start).
    const respelt = sameNameEnding(word.norm, match.form.words[k]) && match.total === edits;
    if (word.positionallyCapitalised && isCommonWord(word.norm) && !respelt) return false;
    return !word.mention && !matcher.isKnownName([word.norm]);
  });
}

/** A single unresolved word with no other name word beside it: "Blinkin said", "Secretary Blinkin", a
 * headline's "Blinkin Heads Home" (but not "Kurt Russell" or "Russell Crowe"). */
function standsAlone(run: readonly NameWord[], i: number): boolean {
  const isNameWord = (word: NameWord | undefined) =>
    word !== undefined && !isTitleWord(word.norm) && !(word.positionallyCapitalised && isCommonWord(word.norm));
  // Before it, a common word capitalised by its place is a given name unless it is a word that opens sentences:
  // "Tom Russell spoke" ("tom" is in the dictionary) is a full name, "Yesterday Russell spoke" is not.
  const before = run[i - 1];
  const givenName = before !== undefined && !isTitleWord(before.norm) && (isNameWord(before) || !SENTENCE_OPENERS.has(before.norm));
  // In a heading every word is capitalised, but "Russell Square" is still a place's name, not a lone surname.
  const namesAPlace = PLACE_NOUNS.has(run[i + 1]?.norm ?? '');
  return !run[i].mention && !givenName && !isNameWord(run[i + 1]) && !namesAPlace;
}

/** Words that open sentences before a name: articles, pronouns, conjunctions, prepositions, adverbs of time. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'and', 'but',
  'or', 'so', 'yet', 'for', 'nor', 'then', 'when', 'while', 'after', 'before', 'since', 'until', 'as', 'if', 'though',
  'although', 'because', 'once', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'of', 'about', 'during', 'under',
  'over', 'without', 'yesterday', 'today', 'tonight', 'tomorrow', 'now', 'later', 'earlier', 'meanwhile', 'still',
  'also', 'even', 'only', 'here', 'there', 'instead', 'indeed', 'however', 'thus', 'next', 'last', 'first', 'finally',
  'again', 'perhaps', 'maybe', 'never', 'always', 'often', 'sometimes', 'both', 'neither', 'either', 'each', 'every',
  'some', 'many', 'most', 'few', 'all', 'no', 'not', 'what', 'why', 'how', 'where', 'who', 'whom', 'which', 'like',
  'unlike', 'per', 'via', 'says', 'said', 'ask', 'asked', 'dear', 'hello', 'thanks', 'photo', 'caption', 'update',
]);

/** Nouns after a surname that make the two a place's or an institution's name. */
const PLACE_NOUNS = new Set([
  'square', 'street', 'road', 'avenue', 'lane', 'place', 'park', 'gardens', 'hall', 'house', 'bridge', 'station', 'college', 'university',
  'institute', 'school', 'center', 'centre', 'library', 'building', 'tower', 'hospital', 'museum', 'foundation', 'prize', 'award', 'scholar',
]);

/** A word after a surname that makes it a family's name: "the Glazer family", "the Glazer brothers". */
const FAMILY_AFTER = /^[ \t]+(?:family|families|brothers|sisters|clan|dynasty)\b/i;

/** Every word of the form is a word of the person's name. */
function spelledByName(match: NameMatch): boolean {
  const nameWords = match.form.person.name.split(/\s+/);
  return match.form.text.split(/\s+/).every((word) => nameWords.includes(word));
}

function toFinding({ words, matches }: Candidate, text: string, reference: ReferenceIndex): Finding {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const best = matches.filter((m) => m.total === matches[0].total);
  // Of one person's forms as close as each other, the one the person's own name spells ("Campbell" for "Cambell",
  // not an article's misspelling kept as an alias, "Campell").
  const byPerson = new Map<string, NameMatch>();
  for (const m of best) {
    const kept = byPerson.get(m.form.person.id);
    if (!kept || (!spelledByName(kept) && spelledByName(m))) byPerson.set(m.form.person.id, m);
  }
  const people = [...byPerson.values()];
  const written = text.slice(start, end);
  const { person, text: suggestion } = people[0].form;
  const message =
    people.length === 1
      ? `“${written}” is not how the reference spells ${person.name}: did you mean “${suggestion}”?`
      : `“${written}” is close to several people in the reference: ${people.map((m) => m.form.text).join(', ')}.`;
  return {
    start,
    end,
    code: 'name-misspelled',
    severity: DEFAULT_SEVERITY['name-misspelled'],
    message,
    fixes: people.map((m) => ({
      title: `Change to “${m.form.text}”`,
      edits: [{ start, end, newText: m.form.text }],
      preferred: people.length === 1,
    })),
    evidence: firstMentionEvidence(reference, person, `${person.name} as the reference names them`),
    refId: person.id,
  };
}
