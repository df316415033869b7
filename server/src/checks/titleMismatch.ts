// title-mismatch: a title the draft gives a person that the reference contradicts. Flagged only when the
// draft's office is of another kind than every role of the person ("Vice Premier" for a top diplomat), or
// when it is someone else's office in the reference ("Foreign Minister Wang Yi" when Qin Gang is Foreign
// Minister; "CIA chief" for anyone but the CIA chief). Titles the reference is silent about that fit the
// person's kind of office ("veteran diplomat", "Pentagon chief") and past titles ("former …") pass.
import { isReported, type DocumentAnalysis } from '../analysis/analyze';
import { toldOfAnotherTime } from '../analysis/dates';
import { DEPARTMENTS, DESCRIPTIVE, OFFICE_MODIFIERS, addedRank, isAnyPost, officeOfStateInstead, headClass, officeWordsLowered, diplomatRoleCovers, fitsRole, holdsOffice, holdsOfficeItself, isExclusive, isGeneric, organisationEvidence, missingRank, readRole, sameKindOfOffice, type Office } from '../analysis/offices';
import { nameMatcherFor } from '../analysis/nameMatcher';
import { findTitleClaims, pronounTitleClaims, type TitleClaim } from '../analysis/titles';
import { factMatcher, type FactMatcher } from '../analysis/factMatch';
import type { ReferenceIndex } from '../reference/index';
import type { Person, Role } from '../reference/types';
import { pushTo } from '../text/lists';
import { oncePer } from '../text/memo';
import { spanAt, spansWithin } from '../text/spans';
import { countryNamed, countryOfCapital, type Country } from '../text/countries';
import { inTitleCase, isTitleCased } from '../text/titleCase';
import { isCapitalized, matchCase, phraseKey, stripPossessive, words, type Word } from '../text/words';
import type { Check } from './check';
import { DEFAULT_SEVERITY, type Finding, type Fix, type Span, type TextEdit } from './finding';
import { describeRole, roleEvidence } from './personEvidence';
import { casedAt, nameInForm, opensSentence, placeOfRole, possessiveRoleAsWritten, roleWithBodyAsWritten, takesThe } from './quoteEvidence';

/** Words before an office that make it part of a longer title: "Assistant to the President", "Chief of the Staff". */
const ENDS_LONGER_TITLE = /\b(?:to|of|for)\s+the\s+$/i;

/** More holders than this at equal rank: no name to suggest. */
const MAX_SUGGESTED_HOLDERS = 2;

/** Who else holds the office; or the rank word the person's own office lacks (`rank`) or does not have (`extraRank`). */
interface Verdict {
  holders: Holder[];
  rank?: string;
  extraRank?: string;
  /** The whole title is wrong, organisation and all (another's role, or another body's office): the fix replaces all of it. */
  anothersRole?: boolean;
  /** The office is the person's own, but the country written with it is another: the fix writes theirs. */
  country?: TextEdit;
  /** The office of state the person holds, where the draft gives another one a generic role of theirs stands for. */
  stateOffice?: Role;
  /** The office is one the person held before, given as held now: the role they hold now. */
  heldBefore?: { now?: Role };
}

interface Holder {
  person: Person;
  role: Role;
  rank: number;
}

export const titleMismatch: Check = ({ analysis, reference, confirm }) => {
  const findings: Finding[] = [];
  const matcher = factMatcher(analysis, reference);
  for (const claim of [...findTitleClaims(analysis), ...pronounTitleClaims(analysis, (pronoun) => matcher.soleReferentOf(pronoun))]) {
    const { mention } = claim;
    if (!isReported(analysis, claim) || mention.entity.kind !== 'person' || spanAt(analysis.quotations, claim.start)) continue;
    const atEventTold = claim.past && heldAtEventTold(claim, mention.entity.person, analysis.doc.text, analysis.doc.sentences, matcher);
    if (claim.past && !atEventTold && !pastPostJudged(claim, mention.entity.person)) continue;
    // "Deputy Assistant to the President Kurt Campbell": the office read is the end of a longer title.
    if (ENDS_LONGER_TITLE.test(analysis.doc.prose.slice(Math.max(0, claim.officeSpan.start - 12), claim.officeSpan.start))) continue;
    // Titles change: a sentence about another time may give the one held then (not one said to be held now: "…
    // after a visit by Nancy Pelosi, the current speaker"), unless the sentence's time is that of the event the reference
    // gives the post at.
    const sentence = spanAt(analysis.doc.sentences, claim.start);
    if (sentence && !claim.presentWord && !atEventTold && toldOfAnotherTime(analysis, sentence, reference.loaded.set.article.date, claim.start)) continue;
    // "Blinken, who was national security adviser to Vice President Biden, …": a clause telling the past.
    if (sentence && inPastClause(analysis.doc.prose, analysis.words, sentence, claim.start)) continue;
    // "the top diplomat on East Asia during Barack Obama's second term": held then (not in Xi's third term, now).
    if (!claim.presentWord && inPastTerm(analysis, claim.end)) continue;
    // "Kurt Campbell, now the deputy secretary of state, previously served as …": a change of post the draft tells of
    // (not the change the reference tells of: "now president of …, and once the top diplomat on East Asia").
    if (sentence && claim.presentWord && toldAsChangeOfPost(spansWithin(analysis.words, sentence), mention.entity.person)) continue;
    const person = mention.entity.person;
    if (!holdsOffice(person.roles) || inPastService(claim, reference)) continue;
    const verdict =
      anotherOfficeOfState(claim, person, analysis.doc.text) ??
      anotherRegion(claim, person) ??
      judge(claim.office, person, reference) ??
      anothersRoleWritten(claim, person, analysis.doc.text, reference) ??
      anotherBody(claim, person, analysis.doc.text, reference) ??
      anotherDepartment(claim, person) ??
      anotherCountry(claim, person, analysis.doc.text) ??
      heldBefore(claim, person, analysis.doc.text);
    // "Wang, China's foreign minister": a one-word name several people carry is judged when the title is wrong for
    // every one of them.
    if (!isThisPerson(claim, person, analysis.doc.text, reference) && !(verdict && wrongForAllWhoCarry(claim, analysis.doc.text, reference))) continue;
    if (verdict) findings.push(toFinding(claim, person, verdict, analysis.doc.text, reference));
    else if (person.roles.some((role) => fitsRole(claim.office, role))) confirm(claim);
  }
  return findings;
};

/**
 * "Scott Mulhauser, a former US ambassador to China" for a former chief of staff at the US Embassy in Beijing: a past
 * post is judged only when the reference knows the person by past posts alone, for an office of state at a place or
 * body one of them names (a past post the reference is silent about, "a former congresswoman", may well be true).
 */
function pastPostJudged(claim: TitleClaim, person: Person): boolean {
  return heldOnlyBefore(person) && isExclusive(claim.office) && person.roles.some((role) => organisationEvidence(claim.office, role) > 0);
}

/**
 * "China held drills after Nancy Pelosi, then Senate majority leader, visited": a title held "then", in a sentence
 * telling of an event of the person's the reference records, is the post held at that event; for someone the
 * reference knows by past posts alone, those are the posts of its events.
 */
function heldAtEventTold(claim: TitleClaim, person: Person, text: string, sentences: readonly Span[], matcher: FactMatcher): boolean {
  if (!heldOnlyBefore(person) || !isExclusive(claim.office) || !words(text.slice(claim.start, claim.officeSpan.start)).some((word) => word.norm === 'then')) return false;
  const at = matcher.sentenceOf(claim);
  if (at < 0) return false;
  // (Or the next sentence of its paragraph: "- August: Nancy Pelosi, then …, visits Taiwan. Beijing responds with drills.")
  const told = (index: number) => matcher.toldIn(index, (fact) => fact.participants.includes(person.id)).length > 0;
  // (Or the sentence before, which its own refers back to: "Beijing held drills around Taiwan. That came after Nancy
  // Pelosi, then …, visited.")
  const refersToBefore = at > 0 && matcher.inOneBlock(sentences[at - 1], sentences[at]) && REFERS_TO_SENTENCE_BEFORE.test(text.slice(sentences[at].start, sentences[at].end));
  return told(at) || (at + 1 < sentences.length && matcher.inOneBlock(sentences[at], sentences[at + 1]) && told(at + 1)) || (refersToBefore && told(at - 1));
}

/** A sentence opening with a word for what the sentence before told: "That came after …", "This followed …". */
const REFERS_TO_SENTENCE_BEFORE = /^[\s*_]*(?:that|this|it|they|those|these|both)\s+(?:came|followed|happened|began|started|was|were)\b/i;

/** Every role the reference gives the person is a past one. */
function heldOnlyBefore(person: Person): boolean {
  return person.roles.length > 0 && person.roles.every((role) => role.former);
}

/**
 * "Obama's top diplomat for East Asia", "George W. Bush's ambassador to Russia": a post in the service of someone
 * who holds no office now, or whom the reference does not know, may be one held then (titles change).
 */
function inPastService(claim: TitleClaim, reference: ReferenceIndex): boolean {
  const { owners, ownedByStranger } = claim.office;
  return Boolean(ownedByStranger) || (owners ?? []).some((id) => {
    const entity = reference.entities.get(id);
    return entity?.kind === 'person' && heldOnlyBefore(entity.person);
  });
}

/** After a title, in whose term it was held: "during Barack Obama's second term", "in the Obama era" is another time. */
const SERVED_UNDER_AFTER = /^[ \t]+(?:during|under|in)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}.'’-]{0,20}[ \t]+){0,3}\p{Lu}[\p{L}-]{0,20}(?:['’]s)?[ \t]+(?:\p{Ll}+[ \t]+){0,2}(?:term|terms|tenure|era)\b/u;
/** How far after the title that phrase is looked for, in characters. */
const SERVED_UNDER_REACH = 90;

/** The title ending at `end` is said to be held in the term of someone who holds no office now, or whom the reference does not know. */
function inPastTerm(analysis: DocumentAnalysis, end: number): boolean {
  const term = SERVED_UNDER_AFTER.exec(analysis.doc.prose.slice(end, end + SERVED_UNDER_REACH));
  if (!term) return false;
  const owner = analysis.mentions.find((m) => m.start >= end && m.end <= end + term[0].length);
  return owner === undefined || (owner.entity.kind === 'person' && heldOnlyBefore(owner.entity.person));
}

/** Words telling of a post held before the one the draft says is held now. */
const EARLIER_POST = new Set(['previously', 'formerly', 'earlier', 'once', 'until']);

/** The sentence tells of a post held before, which is none of the person's former roles in the reference. */
function toldAsChangeOfPost(sentenceWords: readonly Word[], person: Person): boolean {
  const earlier = sentenceWords.findIndex((word) => EARLIER_POST.has(word.norm));
  if (earlier < 0) return false;
  const formerHeads = new Set(person.roles.filter((role) => role.former).flatMap((role) => phraseKey(role.title).split(' ')).filter((word) => headClass(word) !== undefined));
  return !sentenceWords.slice(earlier + 1).some((word) => formerHeads.has(word.norm));
}

/** Words opening a clause that may tell of the past, and the verbs that then do. */
const PAST_CLAUSE_OPENERS = new Set(['who', 'which', 'when', 'while', 'whom']);
const PAST_VERBS = new Set(['was', 'were', 'had']);

/** The claim stands in a clause opened by "who", "when" … whose verb is in the past ("who was", "when he had been"). */
function inPastClause(prose: string, words: readonly Word[], sentence: Span, at: number): boolean {
  const start = Math.max(sentence.start, prose.lastIndexOf(',', at - 1) + 1, prose.lastIndexOf(';', at - 1) + 1);
  const clause = spansWithin(words, { start, end: at });
  const opener = clause.findIndex((word) => PAST_CLAUSE_OPENERS.has(word.norm));
  // "who was a trade official and is now …": its part before the title tells the present.
  const toldNow = clause.slice(opener + 1).some((word) => word.norm === 'now' || word.norm === 'currently');
  return opener >= 0 && !toldNow && clause.slice(opener + 1, opener + 4).some((word) => PAST_VERBS.has(word.norm));
}

/** Acronyms of countries and unions, which say where an office is, not which body holds it. */
const PLACE_ACRONYMS = new Set(['us', 'usa', 'uk', 'un', 'eu', 'prc', 'roc', 'uae', 'dprk', 'rok']);

/**
 * "FBI chief William Burns" for the CIA chief: the office fits a role the person holds at an organisation the
 * reference knows, but the title names, by an acronym, another body.
 */
function anotherBody(claim: TitleClaim, person: Person, text: string, reference: ReferenceIndex): Verdict | undefined {
  const spans = [{ start: claim.start, end: claim.officeSpan.start }, ...(claim.complement ? [claim.complement] : [])];
  const acronyms = spans.flatMap((span) => words(text.slice(span.start, span.end)).filter((word) => /^\p{Lu}{2,5}$/u.test(text.slice(span.start + word.start, span.start + word.end)) && !PLACE_ACRONYMS.has(word.norm)));
  if (acronyms.length === 0) return undefined;
  const fitting = person.roles.filter((role) => !role.former && role.organization && fitsRole(claim.office, role) && isOrganization(reference, role.organization));
  const namesIt = (acronym: string, organization: string) => acronym === organization.toLowerCase() || acronym === initials(organization);
  return fitting.length > 0 && fitting.every((role) => acronyms.every((acronym) => !namesIt(acronym.norm, role.organization!))) ? { holders: [], anothersRole: true } : undefined;
}

/**
 * "the Pentagon's senior East Asia diplomat" for the State Department's: the office is the person's own, at a
 * department of state, and the title names another department.
 */
function anotherDepartment(claim: TitleClaim, person: Person): Verdict | undefined {
  const written = claim.office.qualifiers.map((norm) => DEPARTMENT_NAMES[norm] ?? norm).filter((norm) => DEPARTMENTS.has(norm));
  if (written.length === 0) return undefined;
  const departmentsOf = (role: Role) => [...readRole(role).words].filter((norm) => DEPARTMENTS.has(norm)).map((norm) => DEPARTMENT_NAMES[norm] ?? norm);
  const fitting = person.roles.filter((role) => !role.former && fitsRole(claim.office, role)).map(departmentsOf).filter((departments) => departments.length > 0);
  return fitting.length > 0 && fitting.every((departments) => written.every((norm) => !departments.includes(norm))) ? { holders: [], anothersRole: true } : undefined;
}

/** Other names of a department: the Pentagon is the defence department, a foreign ministry the state department. */
const DEPARTMENT_NAMES: Record<string, string> = { pentagon: 'defense', defence: 'defense', foreign: 'state' };

/**
 * "Malaysian Foreign Minister Vivian Balakrishnan" for Singapore's foreign minister: the office is the person's own,
 * held for a country, and the title names another country (before the office, or after it with "of"; not "ambassador
 * to the United States", where the country is the post's).
 */
function anotherCountry(claim: TitleClaim, person: Person, text: string): Verdict | undefined {
  const own = person.roles.filter((role) => !role.former && (fitsRole(claim.office, role) || (isGeneric(claim.office) && sameKindOfOffice(claim.office, role))));
  const ownCountries = own.map((role) => (role.organization ? countryNamed(role.organization) : undefined));
  if (own.length === 0 || ownCountries.some((country) => country === undefined)) return undefined;
  const ofComplement = claim.complement && /^\s*of\b/i.test(text.slice(claim.complement.start, claim.complement.end)) ? [claim.complement] : [];
  const written = [{ start: claim.start, end: claim.officeSpan.end }, ...ofComplement].flatMap((span) => countriesIn(text, span));
  if (written.length === 0 || written.some((named) => ownCountries.some((country) => country!.name === named.country.name))) return undefined;
  const { start, end, asDemonym } = written[0];
  const role = own[0];
  // "US Secretary of State" rather than "American Secretary of State": a code reads as an adjective too.
  const adjective = /^\p{Lu}{2,4}$/u.test(role.organization!) ? role.organization! : ownCountries[0]!.demonym;
  return { holders: [], country: { start, end, newText: asDemonym ? adjective : role.organization! } };
}

/**
 * "Danny Russel, currently the State Department's top diplomat on East Asia", "…, the State Department's top
 * diplomat on East Asia" for a former diplomat who is now a think tank's vice president: only a past role fits, and
 * the draft says it is held now, or the person holds another role now. (Someone with no role now, "Scott
 * Mulhauser, the embassy's chief of staff", is left alone: the article may just not say what they do now.)
 */
function heldBefore(claim: TitleClaim, person: Person, text: string): Verdict | undefined {
  const fitting = person.roles.filter((role) => fitsRole(claim.office, role));
  if (fitting.length === 0 || fitting.some((role) => !role.former)) return undefined;
  // The past role's own words, not a kind of job anyone may be described by ("a senior diplomat").
  const written = words(text.slice(claim.start, claim.end)).map((word) => stripPossessive(word.norm));
  const ownWords = written.filter((norm) => norm !== claim.office.head && !ROLE_FILLER.has(norm) && !DESCRIPTIVE.has(norm) && fitting.some((role) => readRole(role).words.has(norm)));
  if (ownWords.length === 0) return undefined;
  const now = person.roles.find((role) => !role.former);
  return claim.presentWord || now ? { holders: [], heldBefore: { now } } : undefined;
}

/** Longest name of a country: "Democratic Republic of the Congo" has five words, but is written shorter. */
const COUNTRY_WORDS = 3;

/** Capitalised country names and demonyms in `span` ("Malaysia" of "Malaysia's", "Japanese"), longest first. */
function countriesIn(text: string, span: Span): { start: number; end: number; country: Country; asDemonym: boolean }[] {
  const found = [];
  const spanWords = words(text.slice(span.start, span.end)).filter((word) => isCapitalized(text.slice(span.start + word.start, span.start + word.end)));
  for (let i = 0; i < spanWords.length; i++) {
    for (let n = Math.min(COUNTRY_WORDS, spanWords.length - i); n >= 1; n--) {
      const run = spanWords.slice(i, i + n);
      const phrase = run.map((word, k) => (k === n - 1 ? stripPossessive(word.norm) : word.norm)).join(' ');
      // A capital's possessive stands for its country: "Beijing's foreign minister".
      const country = countryNamed(phrase) ?? (stripPossessive(run[n - 1].norm) !== run[n - 1].norm ? countryOfCapital(phrase) : undefined);
      if (!country) continue;
      // A possessive's ending stays outside: "Malaysia" of "Malaysia's".
      const last = run[n - 1];
      const bare = stripPossessive(last.norm);
      const end = span.start + last.start + (bare === last.norm ? last.end - last.start : bare.length);
      found.push({ start: span.start + run[0].start, end, country, asDemonym: phrase === phraseKey(country.demonym) });
      i += n - 1;
      break;
    }
  }
  return found;
}

/** The reference knows `name` as an organisation's name or alias (a country, "China", is none). */
function isOrganization(reference: ReferenceIndex, name: string): boolean {
  return reference.loaded.set.organizations.some((organization) => [organization.name, ...organization.aliases].includes(name));
}

/** "State Department" → "sd": the first letters of a name's capitalised words. */
function initials(name: string): string {
  return words(name).filter((word) => isCapitalized(name.slice(word.start, word.end))).map((word) => word.norm[0]).join('');
}

/** Words of a role that say nothing of which role it is. */
const ROLE_FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'and', 'at', 'in', 'on']);

/**
 * "Kurt Campbell, the State Department's senior East Asia diplomat": the title is word for word another person's
 * role in the reference, its organisation included, and fits none of the person's own roles (which a title the
 * reference is silent about may; see judge).
 */
function anothersRoleWritten(claim: TitleClaim, person: Person, text: string, reference: ReferenceIndex): Verdict | undefined {
  // Roles whose title ends in the claim's head word: most claims have none to look at.
  const candidates = rolesByTitleEnd(reference).get(claim.office.head);
  if (!candidates) return undefined;
  const written = new Set(words(text.slice(claim.start, claim.end)).map((word) => stripPossessive(word.norm)));
  const has = (phrase: readonly string[]) => phrase.every((word) => ROLE_FILLER.has(word) || written.has(word));
  // The person's own organisation named: the title may be a post there the reference does not mention.
  if (person.roles.some((role) => role.organization && has(phraseKey(role.organization).split(' ')))) return undefined;
  // An office of the person's own kind ("adviser" for a coordinator) is another's only where its organisation says so.
  const sameKind = person.roles.some((role) => sameKindOfOffice(claim.office, role));
  // ("the top US diplomat for Asia" is no secretary of state's: a part of the world the role does not name.)
  const areas = [...written].filter((word) => WORLD_AREAS.has(word));
  const namesAreas = (c: WrittenRole) => areas.every((area) => c.title.includes(area) || c.organization.includes(area));
  const holders = candidates
    .filter((c) => c.person.id !== person.id && has(c.title) && (c.organization.length > 0 ? has(c.organization) : !sameKind) && namesAreas(c))
    .map(({ person: holder, role }) => ({ person: holder, role, rank: 0 }));
  return holders.length === 1 ? { holders, anothersRole: true } : undefined;
}

interface WrittenRole {
  person: Person;
  role: Role;
  title: string[];
  organization: string[];
}

/** Current roles of two title words or more, by their title's last word, once per reference set. */
const rolesByTitleEnd = oncePer((reference: ReferenceIndex): Map<string, WrittenRole[]> => {
  const byEnd = new Map<string, WrittenRole[]>();
  for (const person of reference.loaded.set.people) {
    for (const role of person.roles) {
      const title = phraseKey(role.title).split(' ');
      if (role.former || title.length < 2) continue;
      pushTo(byEnd, title[title.length - 1], { person, role, title, organization: role.organization ? phraseKey(role.organization).split(' ') : [] });
    }
  }
  return byEnd;
});

/**
 * "Premier Xi Jinping" for a president the reference also calls "Chinese leader": the title is of the kind only of a
 * generic role, which stands for the person's own office of state, another one. (Not a party's office, held beside
 * one of state: "Communist Party General Secretary Xi Jinping".)
 */
function anotherOfficeOfState(claim: TitleClaim, person: Person, text: string): Verdict | undefined {
  const own = person.roles.filter((role) => sameKindOfOffice(claim.office, role));
  if (own.length === 0 || own.some((role) => holdsOfficeItself(claim.office, role))) return undefined;
  if (words(text.slice(claim.start, claim.end)).some((word) => PARTY_WORDS.has(word.norm))) return undefined;
  const stateOffice = officeOfStateInstead(claim.office, person.roles);
  return stateOffice && { holders: [], stateOffice };
}

/**
 * "the State Department's senior South Asia diplomat" for the senior East Asia diplomat: the person's own kind of post,
 * for another part of the same region of the world.
 */
function anotherRegion(claim: TitleClaim, person: Person): Verdict | undefined {
  const written = regionsIn(claim.office.qualifiers);
  if (written.length === 0) return undefined;
  const own = person.roles.filter((role) => !role.former && sameKindOfOffice(claim.office, role));
  const conflicts = (role: Role) => {
    const held = regionsIn([...readRole(role).words]);
    return held.length > 0 && written.every((region) => held.some((other) => other.area === region.area && other.part !== region.part) && !held.some((other) => other.area === region.area && other.part === region.part));
  };
  return own.length > 0 && own.every(conflicts) ? { holders: [] } : undefined;
}

/** Parts of the world a title may be for ("East Asia", "Southeast Asia"): a compass word right before an area. */
function regionsIn(norms: readonly string[]): { part: string; area: string }[] {
  return norms.flatMap((norm, k) => (COMPASS_PARTS.has(norm) && WORLD_AREAS.has(norms[k + 1] ?? '') ? [{ part: norm, area: norms[k + 1] }] : []));
}

const COMPASS_PARTS = new Set(['east', 'west', 'north', 'south', 'southeast', 'southwest', 'northeast', 'northwest', 'central']);
const WORLD_AREAS = new Set(['asia', 'europe', 'africa', 'america', 'pacific', 'atlantic']);

/** Words of a political party's office ("party secretary", "Communist Party chief", "General Secretary"). */
const PARTY_WORDS = new Set(['party', 'communist', 'general', 'politburo']);

/** Undefined when the title fits the person; otherwise who else the reference gives that office to. */
function judge(office: Office, person: Person, reference: ReferenceIndex): Verdict | undefined {
  // "Official", a title of any post, is no one's office in particular and names no function ("a foreign ministry
  // official" for the foreign minister, "a senior Communist Party official" for a top diplomat): only the country or
  // body given with it may be wrong (anotherCountry, anotherDepartment, anotherBody).
  if (isAnyPost(office)) return undefined;
  const own = person.roles.filter((role) => fitsRole(office, role));
  if (own.length) {
    // The office fits, but its country or organisation ("Singapore's Foreign Minister") is another holder's and
    // none of the person's. Not for generic titles: "the top US diplomat for East Asia" fits many people.
    // Nor for a role the reference gives with no organisation: it is silent on whose office it is.
    if (isGeneric(office) || !office.qualifiers.length || own.some((role) => !role.organization || organisationEvidence(office, role) > 0)) return undefined;
    const holders = otherHolders(office, person, reference).filter((h) => usesHeadWord(h.role, office));
    return holders.length ? { holders } : undefined;
  }
  // "President of the Asia Society Policy Institute" for its vice president: the person's own office, a rank up.
  const rank = person.roles.map((role) => missingRank(office, role)).find((word) => word !== undefined);
  if (rank) return { holders: [], rank };
  // "Vice President Tsai Ing-wen" for the president: the person's own office, a rank down.
  const added = person.roles.map((role) => addedRank(office, role)).find((word) => word !== undefined);
  if (added) return { holders: [], extraRank: added };
  // Someone whose role shares fewer of the title's organisation words than the person's own does not hold it:
  // "the State Department's East Asia chief" is the State Department's East Asia diplomat, not the vice president
  // of the Asia Society.
  const ownEvidence = Math.max(0, ...person.roles.map((role) => organisationEvidence(office, role)));
  const holders = otherHolders(office, person, reference).filter((holder) => organisationEvidence(office, holder.role) >= ownEvidence);
  // Someone may hold a second post the reference does not mention (a director, an adviser), but not a second
  // office of state: a foreign minister is not also an ambassador or a vice premier.
  // Nor when the reference only says what kind of office the person holds ("the senior East Asia diplomat" may
  // be an assistant secretary of state).
  // A title given as held now is judged against the posts held now ("Danny Russel, the US ambassador" for a think
  // tank's vice president who was once a diplomat).
  const current = person.roles.filter((role) => !role.former);
  const otherOffice = isExclusive(office) && !(current.length > 0 ? current : person.roles).some((role) => (sameKindOfOffice(office, role) && !otherDepartment(office, role)) || diplomatRoleCovers(role, office));
  // "the research director" for a managing director: the person's own kind of post, with another function.
  const otherFunction = person.roles.some((role) => sameKindOfOffice(office, role) && otherDepartment(office, role));
  return otherOffice || otherFunction || holders.length ? { holders } : undefined;
}

/**
 * "Defense Minister Qin Gang" for a foreign minister: the same kind of office, but the draft names a department
 * the role's words do not have while the role names one of its own: another office of state, held or not by
 * someone the reference names.
 */
function otherDepartment(office: Office, role: Role): boolean {
  const words = new Set([...readRole(role).words].map(department));
  const unshared = office.modifiers.filter((m) => !words.has(department(m)));
  // ("Deputy Secretary of State William Burns" for the CIA chief: a department of state named for someone whose
  // office is at a body that is none.)
  const atAnotherBody = role.organization !== undefined && unshared.some((m) => DEPARTMENTS.has(m)) && ![...words].some((w) => DEPARTMENTS.has(w));
  return unshared.length > 0 && ([...words].some((w) => OFFICE_MODIFIERS.has(w)) || atAnotherBody);
}

/** British and American spellings of a department are one department. */
const SPELLINGS: Record<string, string> = { defence: 'defense', labour: 'labor' };

function department(word: string): string {
  return Object.hasOwn(SPELLINGS, word) ? SPELLINGS[word] : word;
}

/** The best-placed other people whose roles fit the office: same organisation words, same head word,
 * current, in the person's own organisation, in that order. The office must say enough to be theirs: a
 * modifier ("Foreign Minister"), an organisation their role shares ("CIA chief"), or an office of state in
 * their very words ("President"); a bare "director" or "adviser" could be anyone's. A title with
 * organisation or nationality words ("China's") is only someone else's when their role shares one. */
function otherHolders(office: Office, person: Person, reference: ReferenceIndex): Holder[] {
  const ownOrganisations = new Set(person.roles.map((role) => role.organization).filter(Boolean));
  const holders: Holder[] = [];
  for (const other of reference.loaded.set.people) {
    if (other.id === person.id) continue;
    const fitting = other.roles.filter((role) => {
      // The White House's office is no embassy's: a holder there is named by its country alone.
      if (office.seat && readRole(role).names.some((word) => word !== office.seat)) return false;
      const evidence = organisationEvidence(office, role);
      const distinct = office.modifiers.length > 0 || evidence > 0 || (isExclusive(office) && usesHeadWord(role, office));
      return fitsRole(office, role) && holdsOfficeItself(office, role) && distinct && (!office.qualifiers.length || evidence > 0);
    });
    if (!fitting.length) continue;
    const ranked = fitting.map((role) => ({
      person: other,
      role,
      rank:
        organisationEvidence(office, role) * 8 +
        (usesHeadWord(role, office) ? 4 : 0) +
        (role.former ? 0 : 2) +
        (ownOrganisations.has(role.organization) ? 1 : 0),
    }));
    holders.push(ranked.sort((a, b) => b.rank - a.rank)[0]);
  }
  const top = Math.max(...holders.map((h) => h.rank));
  const best = holders.filter((h) => h.rank === top);
  return best.length <= MAX_SUGGESTED_HOLDERS ? best : [];
}

/** The role a fix offers: one with the draft's head word, else of the same kind, else any; current first. */
function referenceRole(office: Office, person: Person): Role {
  const withOffice = person.roles.filter((role) => holdsOffice([role]));
  const kind = (role: Role) => (usesHeadWord(role, office) ? 0 : sameKindOfOffice(office, role) ? 2 : 4);
  const order = (role: Role) => kind(role) + (role.former ? 1 : 0);
  return [...withOffice].sort((a, b) => order(a) - order(b))[0];
}

function usesHeadWord(role: Role, office: Office): boolean {
  return readRole(role).titleWords.has(office.head);
}

/** The name is this person's for sure: not a surname someone else in the reference shares ("Wang" for Wang
 * Yi and Wang Wenbin), and not joined to a given name that is neither theirs nor a misspelling of it
 * ("Nicholas Burns" is not William Burns). */
function isThisPerson(claim: TitleClaim, person: Person, text: string, reference: ReferenceIndex): boolean {
  const { mention } = claim;
  const written = phraseKey(text.slice(claim.name.start, claim.name.end)).split(' ');
  if (written.length > mention.wordCount) {
    const matcher = nameMatcherFor(reference);
    return matcher.isKnownName(written) || matcher.nearFullNames(written).some((m) => m.form.person === person);
  }
  return mention.wordCount > 1 || !sharedByOthers(reference, person, text.slice(mention.start, mention.end));
}

/** A one-word name (not a longer one the reference does not know) whose every carrier the title contradicts. */
function wrongForAllWhoCarry(claim: TitleClaim, text: string, reference: ReferenceIndex): boolean {
  const { mention } = claim;
  if (mention.wordCount > 1 || claim.name.start !== mention.start || claim.name.end !== mention.end) return false;
  const carriers = peopleByNameWord(reference).get(phraseKey(text.slice(mention.start, mention.end))) ?? [];
  return carriers.length > 0 && carriers.every((carrier) => holdsOffice(carrier.roles) && judge(claim.office, carrier, reference) !== undefined);
}

/** Someone else in the reference carries the same one-word name ("Wang" for Wang Yi and Wang Wenbin). */
function sharedByOthers(reference: ReferenceIndex, person: Person, name: string): boolean {
  const word = phraseKey(name);
  return (peopleByNameWord(reference).get(word) ?? []).some((other) => other !== person);
}

/** Every word of every person's full name, with the people whose names have it. */
const peopleByNameWord = oncePer((reference: ReferenceIndex): Map<string, Person[]> => {
  const index = new Map<string, Person[]>();
  for (const person of reference.loaded.set.people) {
    for (const word of new Set(phraseKey(person.name).split(' '))) pushTo(index, word, person);
  }
  return index;
});

/** An edit putting `rank` before the office's head word, in its case ("President" → "Vice President"). */
function rankInserted(text: string, claim: TitleClaim, rank: string): TextEdit | undefined {
  const office = text.slice(claim.officeSpan.start, claim.officeSpan.end);
  const head = new RegExp(`\\b${claim.office.head}\\b`, 'iu').exec(office);
  if (!head) return undefined;
  const word = matchCase(head[0], rank);
  const at = claim.officeSpan.start + head.index;
  return { start: at, end: at, newText: `${word} ` };
}

/**
 * The office words a fix replaces: without a complement naming the role's own organisation ("president of the
 * Indo-Pacific Program at the German Marshall Fund" → "managing director of the Indo-Pacific Program at …"). A
 * complement naming only part of it goes too ("president of the German Marshall Fund" → "managing director of the
 * German Marshall Fund’s Indo-Pacific Program"): she does not run the Fund.
 */
function officeWithoutOwnPlace(text: string, claim: TitleClaim, role: Role): Span {
  const { complement } = claim;
  if (!complement || !role.organization) return claim.officeSpan;
  const written = new Set(words(text.slice(complement.start, complement.end)).map((word) => stripPossessive(word.norm)));
  const organization = role.organization;
  // All its capitalised words.
  const own = words(organization).filter((word) => isCapitalized(organization.slice(word.start, word.end))).map((word) => stripPossessive(word.norm));
  const named = own.filter((norm) => written.has(norm)).length;
  // Not one naming a department the role is not in: "spokesman for China's Defense Ministry".
  const roleWords = readRole(role).words;
  const otherDepartment = [...written].some((norm) => DEPARTMENTS.has(norm) && !roleWords.has(norm));
  return named > 0 && named === own.length && !otherDepartment ? { start: claim.officeSpan.start, end: complement.start } : claim.officeSpan;
}

/**
 * "a spokesman for China's commerce ministry" → "… foreign ministry": the office the role's, only the department its
 * complement names another, that department word is the one to change.
 */
function departmentSwapped(text: string, claim: TitleClaim, role: Role): TextEdit | undefined {
  const { complement } = claim;
  const roleWords = readRole(role).words;
  const own = [...roleWords].filter((norm) => DEPARTMENTS.has(norm));
  if (!complement || own.length !== 1 || !fitsRole({ ...claim.office, modifiers: claim.office.modifiers.filter((m) => !DEPARTMENTS.has(m)) }, role)) return undefined;
  const written = words(text.slice(complement.start, complement.end)).filter((word) => DEPARTMENTS.has(stripPossessive(word.norm)));
  if (written.length !== 1 || roleWords.has(written[0].norm)) return undefined;
  const start = complement.start + written[0].start;
  const end = complement.start + written[0].end;
  return { start, end, newText: matchCase(text.slice(start, end), own[0]) };
}

/**
 * The whole title, as the article writes it with its organisation's possessive ("Chinese Foreign Minister Wang Yi" →
 * "China’s top diplomat Wang Yi"; "Kritenbrink, the US ambassador," → "Kritenbrink, the State Department’s senior
 * East Asia diplomat,"); the draft's article before the claim goes ("Wang Yi, the Chinese foreign minister" → "Wang
 * Yi, China’s top diplomat").
 */
function possessiveTitleEdit(text: string, claim: TitleClaim, role: Role, reference: ReferenceIndex): TextEdit | undefined {
  // Only for a title the draft tells whose it is by a nationality or body before it ("Chinese", "US"): one with none
  // ("ambassador of Sweden") keeps the draft's wording, unless the right title only describes ("Foreign Minister
  // Wang Yi" → "China’s top diplomat Wang Yi": "top diplomat" alone would not say where).
  if (claim.office.qualifiers.length === 0 && !role.title.split(/\s+/).some((word) => DESCRIPTIVE.has(word))) return undefined;
  const written = possessiveRoleAsWritten(reference, role);
  if (!written) return undefined;
  // The draft's article goes: a possessive takes none, or the one the article writes ("the State Department’s …").
  const article = /\b(?:the|an?)\s+$/i.exec(text.slice(Math.max(0, claim.start - 4), claim.start));
  const start = article ? claim.start - article[0].length : claim.start;
  const newText = casedAt(text, start, written);
  return { start, end: claim.end, newText };
}

/** More words than this in a capitalised title make it a formal one, written without a country before it. */
const FORMAL_TITLE_WORDS = 3;

/** Words saying the title is held now, which the fix keeps: "now managing director of …". */
const NOW_WORDS = new Set(['now', 'currently']);

/** Where `span` goes on after a word saying it is held now that opens it ("now president of …"), else its start. */
function afterNowWord(text: string, span: Span): number {
  const first = words(text.slice(span.start, span.end))[0];
  return first && NOW_WORDS.has(first.norm) ? span.start + first.end + /^\s*/.exec(text.slice(span.start + first.end))![0].length : span.start;
}

/**
 * The person's own title in place of `replaced`: a complement naming another organisation ("now managing director
 * of the German Marshall Fund's Indo-Pacific Program") is replaced by the role's own ("now vice president of the
 * Asia Society Policy Institute"), in the draft's preposition; "now" stays.
 */
function ownTitleEdit(text: string, claim: TitleClaim, role: Role, office: Span, reference: ReferenceIndex): TextEdit {
  // The organisation or nationality before the office goes too when it is another's ("CIA Director" for the
  // Defense Secretary) or the role's title says it again ("Chinese Vice Premier" for the "Chinese leader").
  const { qualifiers } = claim.office;
  const ownQualifiers = qualifiers.length > 0 && organisationEvidence(claim.office, role) > 0 && !qualifiers.some((q) => readRole(role).titleWords.has(q));
  // After the name, only a body another role of the reference is held at ("Jake Sullivan, the CIA director"): "the
  // EU's" before a commissioner's office may be the person's own body under another name.
  const anothersBody = (qualifier: string) => !PLACE_ACRONYMS.has(qualifier) && reference.loaded.set.people.some((other) => other.roles.some((held) => held !== role && organisationEvidence({ ...claim.office, qualifiers: [qualifier] }, held) > 0));
  // (So does any before a formal title, which takes none: "the US ambassador" → "Deputy Assistant to the President and …".)
  const formalTitle = /^\p{Lu}/u.test(role.title) && role.title.split(/\s+/).length > FORMAL_TITLE_WORDS;
  // (And a possessive before it: "President Biden's national security adviser" → "Deputy Assistant to the President …".)
  const possessedBefore = formalTitle && claim.start < office.start && /['’]s\s*$/.test(text.slice(claim.start, office.start));
  // ("then Senate majority leader" for the House speaker: a body the role is not at goes, "then" stays, and the role's
  // own body follows it.)
  const otherBodyThen = claim.past && qualifiers.length > 0 && role.organization !== undefined && organisationEvidence(claim.office, role) === 0 && claim.start < office.start;
  // (Nor one written as a word of the title, not a possessive: "Kevin McCarthy, the Senate majority leader" → "…, the
  // speaker", not "the Senate speaker".)
  const attributive = !/['’]s\b/.test(text.slice(claim.start, office.start));
  const replaced = (qualifiers.length > 0 && !ownQualifiers && claim.start < office.start && (claim.mention.start >= claim.end || formalTitle || attributive || qualifiers.every(anothersBody))) || possessedBefore || otherBodyThen ? { start: claim.start, end: office.end } : office;
  const start = otherBodyThen ? claim.start + (/^(?:then|former)(?:\s+|-)/i.exec(text.slice(claim.start, office.start))?.[0].length ?? 0) : afterNowWord(text, replaced);
  // (Before the name, the title alone: "then-Speaker Nancy Pelosi".)
  if (otherBodyThen) return { start, end: replaced.end, newText: inDraftCase(text, { start, end: replaced.end }, role.title) + (claim.mention.start < claim.start ? placeOfRole(reference, role, 'of') : '') };
  const { complement } = claim;
  const replacesComplement = complement !== undefined && replaced.end >= complement.end;
  if (replacesComplement) {
    const asWritten = appositiveAsWritten(text, start === replaced.start ? claim : { ...claim, start }, role, reference);
    if (asWritten) return asWritten;
  }
  const place = replacesComplement ? placeOfRole(reference, role, /^\s*(\p{L}+)/u.exec(text.slice(complement.start, complement.end))?.[1] ?? 'at') : '';
  const newText = inDraftCase(text, { start, end: replaced.end }, role.title) + place;
  // "Kurt Campbell, the State Department's senior diplomat," → "Kurt Campbell, Deputy Assistant to the President and
  // Coordinator for Indo-Pacific Affairs,": a formal title, capitalised, set off after a name takes no article.
  const article = /,\s+the\s+$/i.exec(text.slice(Math.max(0, start - 8), start));
  const formal = article && /^\p{Lu}/u.test(role.title) && /^\p{Lu}/u.test(newText) && start === claim.start;
  return { start: formal ? start - article[0].length + article[0].indexOf('the') : start, end: replaced.end, newText };
}

/**
 * "Danny Russel, the managing director of the German Marshall Fund," → "Danny Russel, a vice president at the Asia
 * Society Policy Institute,": a title with its article and another body after it is replaced whole by the role as
 * the article writes it, article and preposition too ("a vice president of" would keep the draft's, not the
 * article's, and "a former US chief of staff to the US Embassy" the draft's "US" and "to").
 */
function appositiveAsWritten(text: string, claim: TitleClaim, role: Role, reference: ReferenceIndex): TextEdit | undefined {
  // After "now" ("…, is now managing director of …", or the claim's own "now"), "now" stays and the article's role,
  // with its article, follows.
  const before = /\b(?:(?:the|an?)|(now|currently))\s+$/i.exec(text.slice(Math.max(0, claim.start - 10), claim.start));
  // (Or a past title set off with no article: "…, former US ambassador to China," → "…, a former chief of staff at …".)
  const formerAlone = !before && /,\s*$/.test(text.slice(Math.max(0, claim.start - 3), claim.start)) && /^former\s/i.test(text.slice(claim.start, claim.end));
  const afterOwnNow = afterNowWord(text, claim);
  const written = (before || formerAlone || afterOwnNow > claim.start) && roleWithBodyAsWritten(reference, role);
  if (!written) return undefined;
  const start = afterOwnNow > claim.start ? afterOwnNow : formerAlone || before![1] ? claim.start : claim.start - before![0].length;
  return { start, end: claim.end, newText: casedAt(text, start, written) };
}

/**
 * A title opening a sentence keeps its capital: "Defense Secretary Jake Sullivan, meanwhile, …". One the draft wrote
 * in lower case ("China's vice president, Qin Gang") is put in lower case, but for names in it ("for Indo-Pacific
 * Affairs"): the words of an office.
 */
function inDraftCase(text: string, replaced: Span, title: string): string {
  // "Chief of Staff Jake Sullivan" → "National Security Adviser Jake Sullivan": a formal title in the draft's title case
  // (not after "the", where English writes the office as a common noun).
  const written = words(text.slice(replaced.start, replaced.end));
  const determined = /\b(?:the|an?)\s+$|['’]s\s+$/i.test(text.slice(Math.max(0, replaced.start - 6), replaced.start));
  if (written.length >= 2 && !determined && isTitleCased(text.slice(replaced.start, replaced.end), written)) return inTitleCase(title);
  if (opensSentence(text, replaced.start) && /^\p{Lu}/u.test(text.charAt(replaced.start))) return title[0].toUpperCase() + title.slice(1);
  if (/\p{Lu}/u.test(text.slice(replaced.start, replaced.end))) return title;
  return officeWordsLowered(title);
}

/**
 * The title's words hold the role's words before its head word, so that taking the rank word out leaves the role's
 * office: "CIA deputy director" for the CIA chief, not "deputy director" for a managing director.
 */
function leavesTitle(text: string, claim: TitleClaim, role: Role): boolean {
  const written = new Set(words(text.slice(claim.start, claim.end)).map((word) => word.norm));
  const titleWords = words(role.title);
  // An office of state is the role's own head word: "Chinese Vice Premier" is no "Chinese leader" without its
  // "Vice" ("CIA deputy director" is the CIA chief's office without its "deputy").
  const sameHead = titleWords.at(-1)?.norm === claim.office.head || !isExclusive(claim.office);
  return sameHead && titleWords.slice(0, -1).every((word) => written.has(word.norm));
}

/** An edit taking `rank` and the blank after it out of the office ("Vice President" → "President"). */
function rankRemoved(text: string, claim: TitleClaim, rank: string): TextEdit | undefined {
  const word = new RegExp(`\\b${rank}\\s+`, 'iu').exec(text.slice(claim.officeSpan.start, claim.officeSpan.end));
  if (!word) return undefined;
  const at = claim.officeSpan.start + word.index;
  return { start: at, end: at + word[0].length, newText: '' };
}

function toFinding(claim: TitleClaim, person: Person, verdict: Verdict, text: string, reference: ReferenceIndex): Finding {
  if (verdict.heldBefore) return heldBeforeFinding(claim, person, verdict.heldBefore.now, text, reference);
  const { rank, extraRank, anothersRole, country } = verdict;
  // Someone's chief of staff is not whoever holds a post of that name in the reference.
  const holders = claim.office.ofPerson ? [] : verdict.holders;
  const role = verdict.stateOffice ?? referenceRole(claim.office, person);
  // As the reader sees it: "Singapore’s **Prime Minister" without its emphasis marks.
  const written = text.slice(claim.start, claim.end).replace(/[*_]+/g, '').replace(/\s{2,}/g, ' ');
  const elsewhere = holders.length ? `; in the reference, “${written}” is ${holders.map((h) => h.person.name).join(' or ')}` : '';
  const fixes: Fix[] = country ? [{ title: `Use the reference's country: “${country.newText}”`, edits: [country], preferred: true }] : [
    {
      title: `Use the reference's title: “${role.title}”`,
      // A rank up: the rank word before the head, the draft's other words kept ("the institute's vice president"); with
      // the body after it, the role as the article writes it ("now president of the institute" → "now a vice
      // president at the institute": one of several, which "vice president of" does not say).
      edits: [
        (rank && ((claim.complement && appositiveAsWritten(text, claim, role, reference)) || rankInserted(text, claim, rank))) ||
          (extraRank && leavesTitle(text, claim, role) && rankRemoved(text, claim, extraRank)) ||
          departmentSwapped(text, claim, role) ||
          possessiveTitleEdit(text, claim, role, reference) ||
          ownTitleEdit(text, claim, role, anothersRole ? { start: claim.start, end: claim.end } : officeWithoutOwnPlace(text, claim, role), reference),
      ],
      preferred: false,
    },
    ...holders.map(({ person: holder, role: held }): Fix => {
      const entity = reference.entities.get(holder.id)!;
      const name = claim.name.start !== claim.mention.start || claim.name.end !== claim.mention.end ? holder.name : nameInForm(entity, claim.mention.form);
      return {
        title: `Change the person to ${holder.name}, ${describeRole(held)}`,
        edits: [{ ...claim.name, newText: name }],
        preferred: false,
      };
    }),
  ];
  return {
    start: claim.start,
    end: claim.end,
    code: 'title-mismatch',
    severity: DEFAULT_SEVERITY['title-mismatch'],
    message: `The reference gives ${person.name} as ${describeRole(role)}, not “${written}”${elsewhere}.`,
    fixes,
    evidence: roleEvidence(reference, person, role, `${person.name}: ${describeRole(role)}`),
    refId: person.id,
  };
}

/** A past title given as held now: fixed by saying it is past, or by the title held now. */
function heldBeforeFinding(claim: TitleClaim, person: Person, now: Role | undefined, text: string, reference: ReferenceIndex): Finding {
  const past = referenceRole(claim.office, person);
  const written = text.slice(claim.start, claim.end);
  const presentWord = claim.presentWord && text.slice(claim.presentWord.start, claim.presentWord.end);
  const marked: TextEdit = claim.presentWord
    ? { ...claim.presentWord, newText: matchCase(presentWord!, presentWord!.toLowerCase() === 'current' ? 'former' : 'formerly') }
    : { start: claim.start, end: claim.start, newText: opensSentence(text, claim.start) ? 'Former ' : 'former ' };
  const fixes: Fix[] = [{ title: 'Say the title is a past one', edits: [marked], preferred: !now }];
  if (now) {
    const place = now.organization ? ` at ${takesThe(reference, now.organization) ? 'the ' : ''}${now.organization}` : '';
    fixes.push({ title: `Use the title held now: “${now.title}”`, edits: [{ start: claim.start, end: claim.end, newText: inDraftCase(text, claim, now.title) + place }], preferred: false });
  }
  return {
    start: claim.presentWord ? Math.min(claim.start, claim.presentWord.start) : claim.start,
    end: claim.end,
    code: 'title-mismatch',
    severity: DEFAULT_SEVERITY['title-mismatch'],
    message: `The reference gives ${person.name} as ${describeRole(past)}${now ? `, now ${describeRole(now)}` : ''}: “${written}” is a past title.`,
    fixes,
    evidence: roleEvidence(reference, person, now ?? past, `${person.name}: ${describeRole(now ?? past)}`),
    refId: person.id,
  };
}
