// name-misspelled: a capitalised name a letter or two away from how the reference writes a person's name
// ("Anthony Blinken", "Xi Jinpeng", "Blinkin's"; found by analysis/misspeltNames.ts), and another given name before
// a person's surname with their title beside it ("Victor Balakrishnan, Singapore's foreign minister").
import { isReported, type DocumentAnalysis } from '../analysis/analyze';
import { findMisspeltNames, SENTENCE_OPENERS, type MisspeltName } from '../analysis/misspeltNames';
import { nameMatcherFor, type NameMatch, type NameMatcher } from '../analysis/nameMatcher';
import { fitsRole, isTitleWord, organisationEvidence } from '../analysis/offices';
import { findTitleClaims, type TitleClaim } from '../analysis/titles';
import type { Word } from '../text/words';
import { mayBeGivenName } from '../text/givenNames';
import type { ReferenceIndex } from '../reference/index';
import type { Check } from './check';
import { DEFAULT_SEVERITY, type Finding } from './finding';
import { firstMentionEvidence } from './personEvidence';

export const nameMisspelled: Check = ({ analysis, reference, confirm }) => {
  // A person's name written as the reference writes it.
  for (const mention of analysis.mentions) if (mention.entity.kind === 'person' && isReported(analysis, mention)) confirm(mention);
  const matcher = nameMatcherFor(reference);
  const misspelt = findMisspeltNames(analysis, reference);
  const taken = new Set(misspelt.flatMap((name) => name.words.map((w) => w.index)));
  const findings = misspelt.map((name) => toFinding(name, analysis.doc.text, reference));
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
  // "Gang Qin, the foreign minister": the person's own name in the other order (family name last), not another name.
  if (mention.entity.person.name.toLowerCase().split(/\s+/).includes(word.norm)) return undefined;
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

/** Every word of the form is a word of the person's name. */
function spelledByName(match: NameMatch): boolean {
  const nameWords = match.form.person.name.split(/\s+/);
  return match.form.text.split(/\s+/).every((word) => nameWords.includes(word));
}

function toFinding({ words, matches }: MisspeltName, text: string, reference: ReferenceIndex): Finding {
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
