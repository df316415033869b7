// Names a letter or two away from how the reference writes a person's name ("Anthony Blinken", "Xi Jinpeng",
// "Blinkin's"), for name-misspelled to report and for the rules that need to know whom a misspelt name stands for.
// Whole names are compared word by word with the person's multi-word forms; a word standing alone only with a long
// surname. Words that are ordinary English, names of other people the reference knows, and first names far from
// the person's own ("Jill Biden") are left alone.
import { isReported, type DocumentAnalysis } from './analyze';
import { isCommonWord } from './dictionary';
import { findNameRuns, someFullNameEndingIn, type NameWord } from './nameCandidates';
import { nameMatcherFor, nearTitledSurname, sameNameEnding, type NameMatch, type NameMatcher } from './nameMatcher';
import { headClass, isTitleWord } from './offices';
import type { ReferenceIndex } from '../reference/index';
import { oncePer } from '../text/memo';
import { spanAt } from '../text/spans';

const MAX_NAME_WORDS = 3;

export interface MisspeltName {
  words: NameWord[];
  /** The reference's name forms it is near, closest first. */
  matches: NameMatch[];
}

/** Found once per analysis and set: name-misspelled and outlet-mismatch both read them. */
const misspeltOf = oncePer((_analysis: DocumentAnalysis) => new Map<ReferenceIndex, MisspeltName[]>());

/** The misspelt names in the reported part; no word belongs to two. */
export function findMisspeltNames(analysis: DocumentAnalysis, reference: ReferenceIndex): MisspeltName[] {
  const byReference = misspeltOf(analysis);
  let found = byReference.get(reference);
  if (!found) {
    found = misspeltNamesIn(analysis, reference);
    byReference.set(reference, found);
  }
  return found;
}

function misspeltNamesIn(analysis: DocumentAnalysis, reference: ReferenceIndex): MisspeltName[] {
  const matcher = nameMatcherFor(reference);
  const runs = findNameRuns(analysis).filter((run) => isReported(analysis, { start: run[0].start, end: run[run.length - 1].end }));
  const candidates = runs
    .flatMap((run) => candidatesIn(run, matcher, analysis.doc.prose))
    .filter((c) => (c.words.length > 1 || !strangersSurname(analysis, c.words[0], matcher)) && !spellingSetRight(analysis, c) && !spellingTalkedAbout(analysis, c));
  // Longer names first, then closer ones; a word belongs to at most one name.
  candidates.sort((a, b) => b.words.length - a.words.length || a.matches[0].total - b.matches[0].total);
  const taken = new Set<number>();
  const found: MisspeltName[] = [];
  for (const candidate of candidates) {
    if (candidate.words.some((w) => taken.has(w.index))) continue;
    for (const w of candidate.words) taken.add(w.index);
    found.push(candidate);
  }
  return found;
}

/**
 * "whose surname appeared as “Balakrishnam” in one transcript", "misspelled as Balakrishnam", "spelled Daniel
 * Kritenbrink's name as Kritenbrinck": a spelling talked about,
 * not the name used: the whole of a quotation, or after a word for how it was written.
 */
function spellingTalkedAbout(analysis: DocumentAnalysis, candidate: MisspeltName): boolean {
  const { prose } = analysis.doc;
  const first = candidate.words[0];
  const last = candidate.words[candidate.words.length - 1];
  if (/[“"‘'][*_]*$/u.test(prose.slice(Math.max(0, first.start - 3), first.start)) && /^[*_]*[,.]?[”"’']/u.test(prose.slice(last.end, last.end + 4))) return true;
  const { words } = analysis;
  if (words[first.index - 1]?.norm !== 'as') return SPELLING_WORDS.has(words[first.index - 1]?.norm ?? '');
  // "spelled as", "spelled Daniel Kritenbrink's name as": the verb, its object between at most.
  const sentenceStart = spanAt(analysis.doc.sentences, first.start)?.start ?? 0;
  for (let k = first.index - 2; k >= Math.max(0, first.index - 2 - SPELLED_OBJECT_WORDS) && words[k].start >= sentenceStart; k--) if (SPELLING_WORDS.has(words[k].norm)) return true;
  return false;
}

/** Words of the name whose spelling is told between the verb and "as": "spelled Daniel Kritenbrink's name as". */
const SPELLED_OBJECT_WORDS = 4;

/** Words for how a name was written: "spelled", "misspelt as", "rendered as". */
const SPELLING_WORDS = new Set(['spelled', 'spelt', 'misspelled', 'misspelt', 'spelling', 'rendered', 'appeared', 'written', 'typed', 'printed']);

/**
 * "He is Scott Mulhauser, not Scott Mulhouser": the name right after "not" follows the right spelling of the same
 * person in its sentence; it is the mistake being set right.
 */
function spellingSetRight(analysis: DocumentAnalysis, candidate: MisspeltName): boolean {
  const first = candidate.words[0];
  if (analysis.words[first.index - 1]?.norm !== 'not') return false;
  const sentence = spanAt(analysis.doc.sentences, first.start);
  const people = new Set(candidate.matches.map((match) => match.form.person.id));
  return analysis.mentions.some((m) => m.start >= (sentence?.start ?? 0) && m.end <= first.start && people.has(m.entity.id));
}

function candidatesIn(run: readonly NameWord[], matcher: NameMatcher, prose: string): MisspeltName[] {
  const candidates: MisspeltName[] = [];
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
    const office = i > 0 ? headClass(run[i - 1].norm) : undefined;
    if (office && !run[i].mention && standsAlone(run, i) && !isCommonWord(run[i].norm) && !inCapitals(prose, run[i])) {
      const matches = nearTitledSurname(matcher, run[i].norm, office);
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
    const respelt = (sameNameEnding(word.norm, match.form.words[k]) || sameSoundingInitial(word.norm, match.form.words[k])) && match.total === edits;
    if (word.positionallyCapitalised && isCommonWord(word.norm) && !respelt) return false;
    return !word.mention && !matcher.isKnownName([word.norm]);
  });
}

/** The same name but for a first "c" and "k" that sound alike: "Curt" for "Kurt", "Karl" for "Carl". */
function sameSoundingInitial(a: string, b: string): boolean {
  return a.length === b.length && a[0] !== b[0] && 'ck'.includes(a[0]) && 'ck'.includes(b[0]) && a.slice(1) === b.slice(1);
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
export const SENTENCE_OPENERS = new Set([
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

