// The people an article names. A run of two to four capitalised words is a person's full name when it looks
// like one (no place or organisation word, no acronym, no month) and the article treats it as one: a title
// before it ("Defense Secretary Lloyd Austin"), an apposition after it ("Danny Russel, who was…"), a reporting
// verb next to it ("Scott Mulhauser told…") or a later use of one of its words alone ("… Xi said").
import type { Role } from '../reference/types';
import { SPEECH_VERBS } from '../analysis/speech';
import type { Article, CapitalisedRun, Part } from './article';
import { appositionAfter, closedBySpeech, titleBefore } from './roles';
import { MONTHS, ORGANIZATION_HEADS, PLACE_WORDS, ROLE_MODIFIERS, ROLE_NOUNS, SENTENCE_OPENERS, WEEKDAYS } from './vocabulary';

export interface PersonDraft {
  /** The name as the article first gives it in full. */
  name: string;
  /** Normalised parts of the name: ["daniel", "j", "kritenbrink"]. */
  parts: string[];
  /** Offset of the first full mention. */
  offset: number;
  roles: Role[];
  /** Other forms the article uses: a surname alone, a shorter first name ("Tony Blinken"). */
  aliases: string[];
}

/** A name found in a run, with the title words that came before it inside the run. */
interface NameUse {
  parts: Part[];
  titleParts: Part[];
  possessive: boolean;
}

/** Verbs after which a name is whom words were told to, not who spoke them ("told Al Jazeera"). */
const LISTENER_VERBS = new Set(['told', 'tell', 'tells', 'telling']);

export function findPeople(article: Article): PersonDraft[] {
  const uses = article.capitalisedRuns().map((run) => nameUse(article, run)).filter((use): use is NameUse => use !== undefined);
  const standalone = uses.filter((use) => use.parts.length === 1);
  const reusedWords = new Set(standalone.map((use) => use.parts[0].norm));

  const people: PersonDraft[] = [];
  const byKey = new Map<string, PersonDraft>();
  for (const use of uses) {
    if (use.parts.length < 2 || !looksLikeName(use.parts) || continuesAnotherName(article, use)) continue;
    const key = use.parts.map((p) => p.norm).join(' ');
    let person = byKey.get(key) ?? variantOf(people, use.parts);
    const evidence = titleOf(article, use) ?? appositionOf(article, use);
    if (!person) {
      const named = evidence !== undefined || speaks(article, use) || reusedAlone(use.parts, reusedWords);
      if (!named) continue;
      person = { name: nameText(article, use.parts), parts: use.parts.map((p) => p.norm), offset: use.parts[0].start, roles: [], aliases: [] };
      people.push(person);
    } else if (key !== person.parts.join(' ')) {
      addAlias(person, nameText(article, use.parts));
    }
    byKey.set(key, person);
    if (evidence?.role && !person.roles.some((r) => r.title.toLowerCase() === evidence.role!.title.toLowerCase())) person.roles.push(evidence.role);
  }
  addSingleWordAliases(people, standalone);
  return people;
}

/** Splits a run into title words and a name; undefined when nothing in it can be a name. */
function nameUse(article: Article, run: CapitalisedRun): NameUse | undefined {
  let parts = run.parts;
  // A sentence-opening function word or an honorific is not part of the name: "But Bonnie Glaser", "Mr Blinken".
  while (parts.length > 1 && SENTENCE_OPENERS.has(parts[0].norm) && (article.startsSentence(parts[0].firstWord) || /^(mr|mrs|ms|dr)$/.test(parts[0].norm))) {
    parts = parts.slice(1);
  }
  // Title words inside the run end at its last role noun: "Chinese Foreign Minister | Qin Gang".
  let split = 0;
  for (let k = 0; k < parts.length; k++) if (ROLE_NOUNS.has(parts[k].norm) && parts.length - (k + 1) >= 1) split = k + 1;
  // "(Secretary of) State | Antony Blinken": title words before a name that the run cut from their head.
  while (parts.length - split > 2 && ROLE_MODIFIERS.has(parts[split].norm)) split++;
  const name = parts.slice(split);
  if (name.length === 0 || name.length > 4) return undefined;
  return { parts: name, titleParts: parts.slice(0, split), possessive: run.possessive };
}

export /**
 * "the Valmora Courier", "Centre for Atmospheric Studies": a run after a determiner, or after a connector that
 * follows a capitalised word, is (part of) an organisation's name, unless title words come first ("Secretary of
 * State Antony Blinken").
 */
function continuesAnotherName(article: Article, use: NameUse): boolean {
  if (use.titleParts.length > 0) return false;
  const first = use.parts[0].firstWord;
  const previous = article.words[first - 1]?.norm;
  if (previous && ['the', 'a', 'an'].includes(previous) && article.gapBefore(first) === ' ') return true;
  return !!previous && CONNECTORS.has(previous) && article.isCapitalised(first - 2) && /^ $/.test(article.gapBefore(first - 1));
}

const CONNECTORS = new Set(['of', 'for', 'on', 'in', 'de', 'and']);

export function looksLikeName(parts: readonly Pick<Part, 'text' | 'norm'>[]): boolean {
  const first = parts[0].norm;
  const last = parts[parts.length - 1].norm;
  if (PLACE_WORDS.has(first) || PLACE_WORDS.has(last) || ORGANIZATION_HEADS.has(last)) return false;
  return parts.every(
    (part) =>
      /^\p{Lu}/u.test(part.text) &&
      !/^[\p{Lu}\p{N}]{2,}$/u.test(part.text) &&
      !/\d/.test(part.text) &&
      ![MONTHS, WEEKDAYS, SENTENCE_OPENERS, ROLE_NOUNS, ROLE_MODIFIERS].some((list) => list.has(part.norm)),
  );
}

/** The role a title before the name gives ("US secretary of state Antony Blinken", "President Joe Biden"). */
function titleOf(article: Article, use: NameUse): { role?: Role } | undefined {
  if (use.titleParts.length > 0) {
    // Leading parts that are not role words say whose title it is: "Chinese | Foreign Minister".
    let from = 0;
    while (from < use.titleParts.length - 1 && !isRoleWord(use.titleParts[from].norm)) from++;
    const organization = from > 0 ? article.text.slice(use.titleParts[0].start, use.titleParts[from - 1].end) : undefined;
    const first = use.titleParts[from];
    const last = use.titleParts[use.titleParts.length - 1];
    const title = article.text.slice(first.start, last.end);
    if (/^(mr|mrs|ms|dr)$/.test(first.norm) || /s$/.test(last.norm) && !/ss$/.test(last.norm)) return {};
    return { role: { title, ...(organization && { organization }), offset: first.start } };
  }
  const before = titleBefore(article, use.parts[0].firstWord);
  return before && { role: before };
}

function isRoleWord(norm: string): boolean {
  return ROLE_NOUNS.has(norm) || ROLE_MODIFIERS.has(norm);
}

function appositionOf(article: Article, use: NameUse): { role?: Role } | undefined {
  if (use.possessive) return undefined;
  const after = appositionAfter(article, use.parts[use.parts.length - 1].lastWord);
  return after.relative || after.role ? { role: after.role } : undefined;
}

/** "Scott Mulhauser told", "said Danny Russel, now…": a reporting verb right next to the name. */
function speaks(article: Article, use: NameUse): boolean {
  if (use.possessive) return false;
  const lastWord = use.parts[use.parts.length - 1].lastWord;
  const next = article.words[lastWord + 1];
  if (next && /^,?[ \t]$/.test(article.gapBefore(lastWord + 1)) && SPEECH_VERBS.has(next.norm)) return true;
  if (closedBySpeech(article, lastWord)) return true;
  const firstWord = use.parts[0].firstWord;
  const previous = article.words[firstWord - 1];
  const endsClause = !next || /^[,.;:]/.test(article.gapBefore(lastWord + 1));
  return !!previous && article.gapBefore(firstWord) === ' ' && SPEECH_VERBS.has(previous.norm) && !LISTENER_VERBS.has(previous.norm) && endsClause;
}

/** One of the name's words is used alone elsewhere ("Xi", "Trump"): two-part names, or a middle initial. */
function reusedAlone(parts: readonly Part[], reusedWords: ReadonlySet<string>): boolean {
  const shaped = parts.length === 2 || (parts.length === 3 && parts[1].norm.length === 1);
  return shaped && parts.some((part) => reusedWords.has(part.norm));
}

/** A person already found whom these parts name differently: "Tony Blinken" (Antony), "Daniel Kritenbrink". */
function variantOf(people: readonly PersonDraft[], parts: readonly Part[]): PersonDraft | undefined {
  const first = parts[0].norm;
  const last = parts[parts.length - 1].norm;
  return people.find((person) => {
    const theirFirst = person.parts[0];
    return person.parts[person.parts.length - 1] === last && first !== last && (theirFirst.includes(first) || first.includes(theirFirst));
  });
}

/** Each word used alone goes to the nearest person introduced before it whose name has that word. */
function addSingleWordAliases(people: PersonDraft[], standalone: readonly NameUse[]) {
  for (const use of standalone) {
    const word = use.parts[0];
    const owners = people.filter((person) => person.parts.includes(word.norm) && person.parts.length > 1);
    const before = owners.filter((person) => person.offset < word.start).sort((a, b) => b.offset - a.offset);
    const owner = before[0] ?? owners.sort((a, b) => a.offset - b.offset)[0];
    if (owner) addAlias(owner, word.text);
  }
  // A person whose surname the article never uses alone is still called by it in drafts, unless it is shared.
  for (const person of people) {
    if (person.aliases.some((alias) => !alias.includes(' '))) continue;
    const surname = person.parts[person.parts.length - 1];
    if (people.some((other) => other !== person && other.parts.includes(surname))) continue;
    addAlias(person, person.name.split(/\s+/).pop()!);
  }
}

function addAlias(person: PersonDraft, alias: string) {
  if (alias !== person.name && !person.aliases.includes(alias)) person.aliases.push(alias);
}

function nameText(article: Article, parts: readonly Part[]): string {
  return article.text.slice(parts[0].start, parts[parts.length - 1].end).replace(/\s+/g, ' ');
}
