// Shared by the quote rules: how to point at a reference quote and how to name its speaker.
import type { Entity, IndexedQuote, NameForm, ReferenceIndex } from '../reference/index';
import type { DocumentAnalysis } from '../analysis/analyze';
import { PUBLISHED_PIECES, type Attribution } from '../analysis/attribution';
import { readRole } from '../analysis/offices';
import type { Role } from '../reference/types';
import { oncePer } from '../text/memo';
import { matchCase, phraseKey } from '../text/words';
import { firstStartingAt } from '../text/spans';
import { countryNamed } from '../text/countries';
import type { EvidenceLink, Span, TextEdit } from './finding';

export function quoteEvidence(reference: ReferenceIndex, quote: IndexedQuote, message: string): EvidenceLink {
  const { offset, text } = quote.quote;
  return { start: offset, end: offset + text.length, articlePath: reference.loaded.articlePath, message };
}

export function speakerName(reference: ReferenceIndex, id: string): string {
  return reference.entities.get(id)?.name ?? id;
}

/**
 * The entity's name in the form the draft used for someone else: surname for surname, full name otherwise.
 * (A possessive ending is outside the replaced span, so it stays as the writer typed it.)
 */
export function nameInForm(entity: Entity, form: NameForm | 'pronoun' | 'unknown' | undefined): string {
  return form === 'surname' && entity.kind === 'person' ? surnameOf(entity.person.name, entity.person.aliases) : entity.name;
}

function surnameOf(name: string, aliases: readonly string[]): string {
  const last = name.split(/\s+/).pop() ?? name;
  const single = aliases.filter((a) => !/\s/.test(a));
  // No one-word form at all ("Wang Wenbin", whose surname comes first): the full name.
  return single.find((a) => a === last) ?? single.find((a) => name.includes(a)) ?? single[0] ?? name;
}

/**
 * What a fix writes for the right speaker in place of the draft's `named` words: for a pronoun or a description,
 * the surname of someone the draft named before it (the full name otherwise); for an organisation, the draft's own
 * word for it ("Beijing"), else its name, after "the" when the article writes it so.
 */
export function speakerReplacement(analysis: DocumentAnalysis, reference: ReferenceIndex, right: Entity, attribution: Attribution & { span: Span }): string {
  const earlier = analysis.mentions.filter((m) => m.entity.id === right.id && m.end <= attribution.span.start);
  if (right.kind === 'organization') {
    const own = earlier.at(-1) ?? analysis.mentions.find((m) => m.entity.id === right.id);
    // As the draft writes it, with its "the" ("the State Department").
    if (own) {
      const the = /\bthe\s+$/i.test(analysis.doc.prose.slice(Math.max(0, own.start - 4), own.start));
      const name = analysis.doc.text.slice(own.start, own.end);
      return the ? `${opensSentence(analysis.doc.prose, attribution.span.start) ? 'The' : 'the'} ${name}` : name;
    }
    const form = articleForm(reference)(right.name, right.organization.aliases);
    if (!takesThe(reference, form)) return form;
    return opensSentence(analysis.doc.prose, attribution.span.start) ? `The ${form}` : `the ${form}`;
  }
  // "Wang" of Wang Wenbin for Wang Yi: the same word would change nothing, so the full name. A description ("the
  // Chinese leader") is replaced as a pronoun is.
  if (attribution.form !== 'pronoun' && attribution.kind !== 'descriptor') {
    const named = nameInForm(right, attribution.form);
    return named.toLowerCase() === analysis.doc.text.slice(attribution.span.start, attribution.span.end).toLowerCase() ? right.name : named;
  }
  return earlier.length > 0 && right.kind === 'person' ? surnameOf(right.person.name, right.person.aliases) : right.name;
}

/**
 * The role's organisation as a phrase after its title (" of the German Marshall Fund’s Indo-Pacific Program"), or ""
 * when the title says where it is held well enough alone: a one-word organisation ("US", "China", "CIA", which a
 * fix does not set after the title) or one the title's words already name.
 */
export function placeOfRole(reference: ReferenceIndex, role: Role, preposition: string): string {
  const { organization } = role;
  if (!organization || organization.split(/\s+/).length < 2 || phraseKey(organization).split(' ').every((word) => readRole(role).titleWords.has(word))) return '';
  return ` ${preposition} ${takesThe(reference, organization) ? 'the ' : ''}${organization}`;
}

/** How far after the person's name in the article its evidence for a role is looked for. */
const ROLE_EVIDENCE_REACH = 200;

/**
 * The role as the article writes it after the person's name, with its article and the body it is held in: "a vice
 * president at the Asia Society Policy Institute", "the managing director of the German Marshall Fund’s Indo-Pacific
 * Program"; undefined when the article does not write the title followed by its organisation. `withNow` keeps the
 * article's "now" before it ("now a vice president at …"), for a description written in place of another's.
 */
export function roleAsWritten(reference: ReferenceIndex, role: Role, withNow = false): string | undefined {
  if (role.offset === undefined || !role.organization) return undefined;
  const near = reference.loaded.articleText.slice(role.offset, role.offset + ROLE_EVIDENCE_REACH);
  const at = near.indexOf(role.title);
  if (at < 0) return undefined;
  const place = /^\s+(of|at|for|in|with)\s+(the\s+)?/.exec(near.slice(at + role.title.length));
  if (!place || !near.startsWith(role.organization, at + role.title.length + place[0].length)) return undefined;
  const before = /\b(now\s+)?(a|an|the)\s+$/i.exec(near.slice(0, at));
  const article = before?.[2].toLowerCase() ?? roleArticle(role);
  return `${withNow && before?.[1] ? 'now ' : ''}${article} ${role.former ? 'former ' : ''}${role.title} ${place[1]} ${place[2] ? 'the ' : ''}${role.organization}`;
}

/**
 * The role as the article writes it with its organisation's possessive before the title: "China’s top diplomat", "the
 * State Department’s senior East Asia diplomat"; undefined when the article does not.
 */
export function possessiveRoleAsWritten(reference: ReferenceIndex, role: Role): string | undefined {
  if (role.offset === undefined || !role.organization) return undefined;
  const text = reference.loaded.articleText;
  const from = Math.max(0, role.offset - ROLE_EVIDENCE_REACH);
  const near = text.slice(from, role.offset + ROLE_EVIDENCE_REACH);
  for (let at = near.indexOf(role.title); at >= 0; at = near.indexOf(role.title, at + 1)) {
    const before = near.slice(0, at).trimEnd();
    if (!/['’]s$/.test(before)) continue;
    // The capitalised words before the possessive, four at most: "State Department", "China".
    const owner: string[] = [];
    const words = before.slice(0, -2).split(/\s+/);
    while (owner.length < MAX_OWNER_WORDS && words.length > 0 && /^\p{Lu}[\p{L}.-]*$/u.test(words[words.length - 1])) owner.unshift(words.pop()!);
    if (owner.length > 0 && ownerNames(owner.join(' '), role.organization)) return `${words.at(-1) === 'the' ? 'the ' : ''}${owner.join(' ')}${before.slice(-2)} ${role.title}`;
  }
  return undefined;
}

const MAX_OWNER_WORDS = 4;

/** The role as the article writes it, with its body after the title or as a possessive before it. */
export function roleWithBodyAsWritten(reference: ReferenceIndex, role: Role): string | undefined {
  return roleAsWritten(reference, role) ?? possessiveRoleAsWritten(reference, role);
}

/** The possessive's owner is the organisation, or its country: "China" for "China", "State Department" for itself. */
function ownerNames(owner: string, organization: string): boolean {
  const country = countryNamed(owner);
  return phraseKey(owner) === phraseKey(organization) || (country !== undefined && country === countryNamed(organization));
}

/** The article a role takes where the article writes none: "a former chief of staff" (one of many), "the foreign minister". */
export function roleArticle(role: Role): string {
  return role.former ? 'a' : 'the';
}

/** An organisation's name is written after "the": a common-noun phrase ("Chinese government"), or the article does. */
export function takesThe(reference: ReferenceIndex, name: string): boolean {
  return /(?:^|\s)(?!(?:of|for|in|and|on)\b)\p{Ll}/u.test(name) || articleWritesThe(reference)(name);
}

/** Where a text (the article's, a draft's) writes a name as a whole word, or words. */
export function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) found.push(at);
  }
  return found;
}

/** Of an organisation's name and aliases, the one the article writes most ("Beijing" for the Chinese government). */
const articleForm = oncePer((reference: ReferenceIndex) => (name: string, aliases: readonly string[]): string => {
  const count = (form: string) => occurrences(reference.loaded.articleText, form).length;
  return aliases.reduce((best, alias) => (count(alias) > count(best) ? alias : best), name);
});

/** The article writes the name mostly after "the" ("the State Department"). */
const articleWritesThe = oncePer((reference: ReferenceIndex) => (name: string): boolean => {
  const text = reference.loaded.articleText;
  const all = occurrences(text, name);
  return all.length > 0 && all.filter((at) => /\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at))).length * 2 >= all.length;
});

export function opensSentence(prose: string, offset: number): boolean {
  // A line's first word opens a sentence, after a list marker, a heading's or a block quote's mark, or emphasis ("- **").
  const lineStart = prose.lastIndexOf('\n', offset - 1) + 1;
  if (offset - lineStart <= LONGEST_LINE_OPENING && /^[ \t]*(?:(?:[-*+>#]+|\d{1,3}[.)])[ \t]+)*[*_]*$/.test(prose.slice(lineStart, offset))) return true;
  // ("**Tokyo track:** Chief of Staff …": emphasis closed after the stop.)
  const before = withoutClosingEmphasis(prose.slice(Math.max(0, offset - 6), offset));
  const spaced = before.trimEnd();
  return spaced.length < before.length && (before.slice(spaced.length).includes('\n') || /[.!?:]["”’)]*$/.test(spaced));
}

/** `text` without the emphasis marks ("**", "_") before its closing blanks. */
function withoutClosingEmphasis(text: string): string {
  const blanks = text.trimEnd().length;
  let marks = blanks;
  while (marks > 0 && (text[marks - 1] === '*' || text[marks - 1] === '_')) marks--;
  return text.slice(0, marks) + text.slice(blanks);
}

/** Characters of markup a line may open with before its first word: "   12. **". */
const LONGEST_LINE_OPENING = 16;

/** `text` written at `offset`: capitalised when it opens a sentence there. */
export function casedAt(prose: string, offset: number, text: string): string {
  return opensSentence(prose, offset) ? text[0].toUpperCase() + text.slice(1) : text;
}

/** The entity is a news outlet. */
export function isOutlet(entity: Entity | undefined): entity is Entity & { kind: 'organization' } {
  return entity?.kind === 'organization' && entity.organization.kind === 'outlet';
}

/** Letters an acronym read out starts with a vowel sound on: "an FBI analysis", "an NPR interview". */
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;

/**
 * "An Al Jazeera analysis" → "A BBC analysis": the article before the name as the new name takes it; "though the
 * State Department made clear" → "though Beijing made clear", "The State Department said" → "China's Ministry of
 * Foreign Affairs said": no "the" before a name that takes none, nor before a possessive, nor a second one.
 */
export function withArticle(analysis: DocumentAnalysis, edit: TextEdit, takesArticle: boolean): TextEdit {
  const { words, doc } = analysis;
  const before = words[firstStartingAt(words, edit.start) - 1];
  if (!before || !/^[ \t]+$/.test(doc.prose.slice(before.end, edit.start))) return edit;
  // "the Al Jazeera piece": the article is the noun's after the name, and stays (unless the new name brings its own
  // or is a possessive: "the State Department report" → "China's Ministry of Foreign Affairs report").
  const after = words[firstStartingAt(words, edit.end)];
  const modifiesNoun = after !== undefined && /^[ \t]+$/.test(doc.prose.slice(edit.end, after.start)) && PUBLISHED_PIECES.has(after.norm);
  if (before.norm === 'the' && ((!takesArticle && !modifiesNoun) || /^(?:the\s|\S+['’]s\s)/iu.test(edit.newText))) return { start: before.start, end: edit.end, newText: matchCase(doc.text.slice(before.start, before.end), edit.newText) };
  if (before.norm !== 'a' && before.norm !== 'an') return edit;
  const acronym = /^\p{Lu}{2,}\b/u.test(edit.newText);
  const vowel = acronym ? VOWEL_SOUND_LETTERS.test(edit.newText) : /^[aeiou]/i.test(edit.newText);
  const article = vowel ? 'an' : 'a';
  if (before.norm === article) return edit;
  const written = doc.text.slice(before.start, before.end);
  const cased = matchCase(written, article);
  return { start: before.start, end: edit.end, newText: `${cased}${doc.text.slice(before.end, edit.start)}${edit.newText}` };
}
