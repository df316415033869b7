// The office vocabulary, curated and independent of any article, and the comparison of a title a draft gives
// with the roles the reference records. Head words fall into classes of near-synonyms; a generic head ("chief",
// "leader", "diplomat") fits the specific offices it commonly stands for, so "Pentagon chief" for a defense
// secretary or "veteran diplomat" for a foreign minister is not a contradiction.
import type { Role } from '../reference/types';
import { oncePer } from '../text/memo';
import { phraseKey, type Word } from '../text/words';

const HEAD_CLASSES: Record<string, string> = {
  ...classOf('minister', ['minister']),
  ...classOf('secretary', ['secretary']),
  ...classOf('ambassador', ['ambassador']),
  ...classOf('premier', ['premier']),
  ...classOf('speaker', ['speaker']),
  ...classOf('governor', ['governor']),
  ...classOf('mayor', ['mayor']),
  ...classOf('chancellor', ['chancellor']),
  ...classOf('commissioner', ['commissioner']),
  ...classOf('negotiator', ['negotiator']),
  ...classOf('president', ['president']),
  ...classOf('executive', ['chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'director', 'executive']),
  ...classOf('founder', ['founder', 'co-founder', 'cofounder']),
  ...classOf('chief', ['chief', 'head', 'leader', 'boss']),
  ...classOf('adviser', ['adviser', 'advisor', 'assistant', 'aide', 'counselor', 'counsellor', 'coordinator']),
  // ("spox": newsroom shorthand.)
  ...classOf('spokesperson', ['spokesman', 'spokeswoman', 'spokesperson', 'spox']),
  ...classOf('diplomat', ['diplomat', 'envoy']),
  // ("the Pentagon's senior East Asia official": any post, at the body it names.)
  ...classOf('official', ['official']),
  ...classOf('commander', ['general', 'admiral', 'commander']),
  ...classOf('legislator', ['senator', 'congressman', 'congresswoman', 'lawmaker', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman']),
};

/** Offices a generic "chief"/"leader" may stand for, and that a generic role "chief"/"leader" covers. */
const LEADING = new Set(['president', 'executive', 'minister', 'secretary', 'premier', 'governor', 'mayor', 'chancellor', 'commissioner', 'speaker', 'commander', 'chief', 'floor leader']);
/** Offices a generic "diplomat"/"envoy" may stand for. */
const DIPLOMATIC = new Set(['minister', 'secretary', 'ambassador', 'diplomat', 'adviser']);

/** Offices of state: a person holds one at a time, so a draft giving another one contradicts the reference
 * even when no one else in it holds that office. */
const EXCLUSIVE = new Set(['minister', 'secretary', 'ambassador', 'premier', 'president', 'speaker', 'governor', 'mayor', 'chancellor', 'commissioner', 'legislator', 'commander', 'spokesperson', 'floor leader']);

/** "Majority Leader", "Minority Leader": a legislature's floor leader, an office of its own, not any leading one. */
const FLOOR_SIDES = new Set(['majority', 'minority']);

/** Head words with everyday meanings ("keynote speaker", "research assistant", "film director"): they count as
 * a title only when capitalised or qualified by an office modifier or an organisation. */
export const AMBIGUOUS_HEADS = new Set(['speaker', 'chair', 'head', 'director', 'executive', 'assistant', 'aide', 'leader', 'boss', 'commander', 'general', 'coordinator', 'chief', 'official']);

/** Words that say which office: two titles that differ in one of these are different offices. */
export const OFFICE_MODIFIERS = new Set([
  'foreign', 'defense', 'defence', 'state', 'staff', 'commerce', 'trade', 'finance', 'treasury', 'interior', 'home',
  'justice', 'security', 'national', 'vice', 'deputy', 'prime', 'press', 'managing', 'ministry',
  'policy', 'economic', 'military', 'intelligence', 'climate', 'health', 'education', 'energy', 'agriculture',
  'labor', 'labour', 'transport', 'environment', 'special', 'assistant', 'party', 'army', 'navy', 'research',
  'communications', 'operations', 'marketing', 'legal', 'technical', 'editorial', ...FLOOR_SIDES,
]);

/** Words that describe a title without naming an office. */
export const DESCRIPTIVE = new Set(['senior', 'top', 'lead', 'acting', 'interim', 'current', 'currently', 'now', 'new', 'affairs', 'principal']);

/** The draft places the title in the past: the reference may be silent about past offices, so not checked. */
export const PAST = new Set(['former', 'then', 'ex', 'onetime', 'erstwhile', 'previous', 'outgoing', 'retired', 'late']);

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'sen', 'rep', 'gov', 'gen', 'adm', 'amb']);

/** Titles abbreviated before a name ("Sec. Blinken", "FM Qin Gang"), by the words each stands for. Not the
 * honorifics, forms of address kept after leaving the post ("Amb.", "Sen.", "Gov.", "Gen."), nor "PM", also a time of day. */
const ABBREVIATED_TITLES: Record<string, string[]> = { sec: ['secretary'], secy: ['secretary'], pres: ['president'], fm: ['foreign', 'minister'], vp: ['vice', 'president'] };

/** The words of a title abbreviation as written before a name, capitalised ("Amb", "FM"): "sec" in lower case is a second. */
export function abbreviatedTitle(written: string): readonly string[] | undefined {
  const norm = written.toLowerCase();
  return written[0] !== norm[0] && Object.hasOwn(ABBREVIATED_TITLES, norm) ? ABBREVIATED_TITLES[norm] : undefined;
}

/** What may stand between a title word and the next word of a title or name: a space or two, or an abbreviation's full stop and a space ("Amb. Burns"). */
export function joinsTitle(written: string, gap: string): boolean {
  return /^[ \t]{1,2}$/.test(gap) || (/^\.[ \t]{1,2}$/.test(gap) && abbreviatedTitle(written) !== undefined);
}

function classOf(name: string, words: string[]): Record<string, string> {
  return Object.fromEntries(words.map((word) => [word, name]));
}

export function headClass(norm: string): string | undefined {
  return Object.hasOwn(HEAD_CLASSES, norm) ? HEAD_CLASSES[norm] : undefined;
}

/** A word that belongs to a title or a form of address rather than to a name ("Secretary", "Mr"). */
export function isTitleWord(norm: string): boolean {
  return headClass(norm) !== undefined || OFFICE_MODIFIERS.has(norm) || DESCRIPTIVE.has(norm) || PAST.has(norm) || HONORIFICS.has(norm) || Object.hasOwn(ABBREVIATED_TITLES, norm);
}

/**
 * The index of the word before the title words (and "the") that end right before word `at`, at most `limit` of them:
 * "by" of "asked by the Chinese Foreign Minister", "with" of "talks with Foreign Minister Qin Gang"; -1 at the start.
 */
export function wordBeforeTitle(words: readonly Word[], at: number, limit = Infinity): number {
  let k = at - 1;
  for (let skipped = 0; k >= 0 && skipped < limit && (isTitleWord(words[k].norm) || words[k].norm === 'the'); skipped++) k--;
  return k;
}

/** What a draft's title says: its head word, the modifiers that name the office, and the organisation or
 * nationality words around it ("CIA", "Chinese", "China's"). */
export interface Office {
  head: string;
  modifiers: string[];
  qualifiers: string[];
  /** Someone's office ("Biden's chief of staff"): whose it is, the reference cannot say. */
  ofPerson?: boolean;
  /** The people of the reference whose office it is ("Obama's top diplomat"). */
  owners?: string[];
  /** Someone the reference does not know holds it in their service ("George W. Bush's ambassador"). */
  ownedByStranger?: boolean;
  /** A seat of government named for its country's executive ("White House"): the country it stands for. */
  seat?: string;
}

/** Head classes a role names, and every word of its title and organisation. "Deputy Assistant to the
 * President and Coordinator for Indo-Pacific Affairs" names an assistant and a coordinator, not a president. */
export interface RoleReading {
  /** Head classes the role's title names. */
  classes: string[];
  /** Words of the title, in order. */
  titleNorms: string[];
  /** Words of the title. */
  titleWords: Set<string>;
  /** Words of the title and the organisation. */
  words: Set<string>;
  /** Words of the title and the organisation that are not office vocabulary: the organisation's names. */
  names: string[];
}

function parseRole(role: Role): RoleReading {
  const norms = phraseKey(role.title).split(' ');
  const words = new Set([...norms, ...phraseKey(role.organization ?? '').split(' ')].filter(Boolean));
  const heads = norms.filter((norm, i) => headClass(norm) && norms[i - 1] !== 'the');
  const named = heads.length > 1 ? heads.filter((norm) => norm !== 'general') : heads;
  const names = [...words].filter((w) => !isTitleWord(w));
  const classes = named.map((norm) => classWith(norm, norms));
  return { classes, titleNorms: norms, titleWords: new Set(norms), words, names };
}

/** The class of head word `head` among a title's `modifiers`: a generic leader beside "majority" is a floor leader. */
function classWith(head: string, modifiers: readonly string[]): string {
  const cls = HEAD_CLASSES[head];
  return cls === 'chief' && head === 'leader' && modifiers.some((m) => FLOOR_SIDES.has(m)) ? 'floor leader' : cls;
}

/** The class of the draft's office. */
function officeClass(office: Office): string {
  return classWith(office.head, office.modifiers);
}

export const readRole = oncePer(parseRole);

export function holdsOffice(roles: readonly Role[]): boolean {
  return roles.some((role) => readRole(role).classes.length > 0);
}

function compatible(draft: string, role: string): boolean {
  return draft === role || (draft === 'chief' && LEADING.has(role)) || (role === 'chief' && LEADING.has(draft)) || (draft === 'diplomat' && DIPLOMATIC.has(role)) || draft === 'official';
}

/**
 * A role the reference describes only as a "diplomat", which the draft's office (a minister, secretary,
 * ambassador or adviser) may be: it neither confirms nor contradicts the office, and is no holder of it either
 * (a generic "chief" role already fits any leading office, see compatible).
 */
export function diplomatRoleCovers(role: Role, office: Office): boolean {
  // An ambassador serves abroad, not at the home department a diplomat described as "the State Department's senior
  // East Asia diplomat" works for.
  if (officeClass(office) === 'ambassador' && HOME_DEPARTMENT.test(role.organization ?? '')) return false;
  return DIPLOMATIC.has(officeClass(office)) && readRole(role).classes.includes('diplomat') && !office.modifiers.some((m) => UNDIPLOMATIC.has(m));
}

/** An organisation that is a government department at home: "State Department", "Foreign Ministry". */
const HOME_DEPARTMENT = /\b(?:department|ministry|office)\b/i;

/** Departments no diplomat heads: a "defense minister" is not a diplomat whatever the reference leaves unsaid. */
const UNDIPLOMATIC = new Set(['defense', 'defence', 'commerce', 'trade', 'finance', 'treasury', 'interior', 'home', 'justice', 'health', 'education', 'energy', 'agriculture', 'labor', 'labour', 'transport', 'environment', 'military']);

/** Words naming a department of state: "spokesman for China's Defense Ministry" says which one. */
export const DEPARTMENTS: ReadonlySet<string> = new Set(['foreign', 'state', ...UNDIPLOMATIC]);

export function isExclusive(office: Office): boolean {
  // A chief of staff runs one office: "the White House chief of staff" is no national security adviser.
  return EXCLUSIVE.has(officeClass(office)) || (officeClass(office) === 'chief' && office.modifiers.includes('staff'));
}

/** "Official": a title of any post, so no word of its says which function the post has. */
export function isAnyPost(office: Office): boolean {
  return officeClass(office) === 'official';
}

/** A head that stands for several kinds of office ("chief", "leader", "diplomat"). */
export function isGeneric(office: Office): boolean {
  const cls = officeClass(office);
  return cls === 'chief' || cls === 'diplomat' || cls === 'official';
}

/**
 * The role holds the office itself, not just a generic one that stands for it: "Chinese leader" is no premier,
 * though "leader" fits one (for offices of state only: a "CIA chief" is the CIA director).
 */
export function holdsOfficeItself(office: Office, role: Role): boolean {
  return !isExclusive(office) || readRole(role).classes.includes(officeClass(office));
}

/**
 * "Premier Xi Jinping" for a president the reference also calls "Chinese leader": the person's current office of
 * state, when the draft gives another one and none of the person's roles is of the draft's office (a generic
 * "leader" only stands for one).
 */
export function officeOfStateInstead(office: Office, roles: readonly Role[]): Role | undefined {
  const draft = officeClass(office);
  if (!EXCLUSIVE.has(draft)) return undefined;
  const current = roles.filter((role) => !role.former);
  if (current.some((role) => readRole(role).classes.includes(draft))) return undefined;
  return current.find((role) => readRole(role).classes.some((cls) => cls !== draft && EXCLUSIVE.has(cls) && LEADING.has(cls)));
}

/** The role has a head the draft's head can stand for. */
export function sameKindOfOffice(office: Office, role: Role): boolean {
  const draft = officeClass(office);
  return readRole(role).classes.some((cls) => compatible(draft, cls));
}

/** The draft's title could be this role: a compatible head, every office-naming modifier in the role's title
 * or organisation, and not the role's office a rank up. */
export function fitsRole(office: Office, role: Role): boolean {
  return sameOfficeAnyRank(office, role) && rankBelow(office, role) === undefined;
}

/** A compatible head, and every office-naming modifier of the draft in the role's title or organisation. */
function sameOfficeAnyRank(office: Office, role: Role): boolean {
  const { words } = readRole(role);
  return sameKindOfOffice(office, role) && office.modifiers.every((m) => words.has(m));
}

/** Words of rank right before a head word: a vice president is not the president. */
const RANK_WORDS = new Set(['vice', 'deputy', 'under', 'associate']);

/** The rank word the draft's office lacks when it is the role's a rank up ("vice" for "president" of a vice
 * president), if it is. */
export function missingRank(office: Office, role: Role): string | undefined {
  return sameOfficeAnyRank(office, role) ? rankBelow(office, role) : undefined;
}

/**
 * The rank word the draft's office adds to the role's own office ("Vice President" for a president, "deputy
 * director" for a director), if it does.
 */
export function addedRank(office: Office, role: Role): string | undefined {
  const rank = office.modifiers.find((m) => RANK_WORDS.has(m));
  if (!rank || readRole(role).titleWords.has(rank) || !sameKindOfOffice(office, role)) return undefined;
  const { words } = readRole(role);
  return office.modifiers.every((m) => m === rank || words.has(m)) ? rank : undefined;
}

/** The rank word before the draft's head word in the role's title, which the draft does not have. */
function rankBelow(office: Office, role: Role): string | undefined {
  const norms = readRole(role).titleNorms;
  const at = norms.findIndex((norm, i) => i > 0 && norm === office.head && RANK_WORDS.has(norms[i - 1]) && !office.modifiers.includes(norms[i - 1]));
  return at > 0 ? norms[at - 1] : undefined;
}

/** How many of the draft's organisation and nationality words the role's title or organisation shares
 * ("Chinese" and "China", "CIA" and "CIA"). */
export function organisationEvidence(office: Office, role: Role): number {
  const { names } = readRole(role);
  return office.qualifiers.filter((q) => names.some((w) => sameStem(q, w))).length;
}

export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && common >= Math.min(a.length, b.length) - 2;
}

/** Words of a title or an organisation that say nothing of which one it is. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'and', 'at', 'in', 'on']);

/**
 * "the Chinese foreign minister", "the State Department's senior East Asia diplomat" (words normalised,
 * possessives stripped, "the" left out): every word of the role's title (or of one office of it, see titleParts),
 * and nothing else but words of its organisation or nationality.
 */
export function describesRole(description: readonly string[], role: Role): boolean {
  // A past role only as one ("the former embassy chief of staff"), a present one never so.
  if (Boolean(role.former) !== description.some((word) => PAST.has(word))) return false;
  const organisation = phraseKey(role.organization ?? '').split(' ').filter((word) => word && !FILLER.has(word));
  return titleParts(role.title).some((part) => {
    const title = part.filter((word) => !FILLER.has(word));
    if (title.length === 0 || !title.every((word) => description.includes(word))) return false;
    return description.every((word) => FILLER.has(word) || PAST.has(word) || title.includes(word) || organisation.some((own) => sameStem(word, own)));
  });
}

/** A title with its office words in lower case, names kept: "Foreign Minister" → "foreign minister", "… for Indo-Pacific Affairs". */
export function officeWordsLowered(title: string): string {
  return title.replace(/\p{L}[\p{L}'’-]*/gu, (word) => (isTitleWord(word.toLowerCase()) ? word.toLowerCase() : word));
}

/**
 * A title's words, or those of each office of a title joining two ("Deputy Assistant to the President and
 * Coordinator for Indo-Pacific Affairs": either describes its holder); a part with no office word of its own
 * ("Secretary of Health and Human Services") is no office.
 */
export function titleParts(title: string): string[][] {
  const key = phraseKey(title);
  const parts = key.split(' and ').map((part) => part.split(' '));
  const whole = key.split(' ');
  return parts.length > 1 && parts.every((part) => part.some((word) => headClass(word) !== undefined)) ? [whole, ...parts] : [whole];
}
