// Finds every mention of a reference person or organisation in a document's prose: full names, aliases,
// surnames and possessives, longest form first ("Tony Blinken" before "Blinken").
import type { Entity, NameForm, ReferenceIndex } from '../reference/index';
import type { Person } from '../reference/types';
import { headClass } from './offices';
import { oncePer } from '../text/memo';
import { isCapitalized, stripPossessive, words, type Word } from '../text/words';
import type { ProsePart } from './document';

export interface Mention {
  start: number;
  end: number;
  entity: Entity;
  form: NameForm;
  /** "Blinken's": the mention is a possessive (its end excludes the 's). */
  possessive: boolean;
  /** Index of the first word of the mention in `DocumentWords.words`. */
  wordIndex: number;
  wordCount: number;
  /** A one-word name several people carry, with nothing in the text to say which: `entity` is a guess among these ids. */
  guessedAmong?: string[];
}

/** Each part's mentions, by the part's words (the same array whenever the same text is read) and reference set. */
const mentionsOfPart = oncePer((_words: readonly Word[]) => new WeakMap<ReferenceIndex, Mention[]>());

/**
 * The mentions in a document's prose, read part by part (no name spans two parts) and kept with each part: a part
 * shared by neighbouring windows, or left alone by an edit, is not read again.
 */
export function findMentions(parts: readonly ProsePart[], reference: ReferenceIndex): Mention[] {
  const mentions: Mention[] = [];
  const names = new SharedNames(reference);
  for (const part of parts) {
    const byReference = mentionsOfPart(part.words);
    let found = byReference.get(reference);
    if (!found) {
      found = mentionsIn(part.prose, part.words, reference);
      byReference.set(reference, found);
    }
    for (const mention of found) {
      // Words after the name say who it is only in apposition: "Wang, the spokesman, said", not "Wang said the spokesman …".
      const after = part.prose[mention.end] === ',' ? part.words.slice(mention.wordIndex + 1, mention.wordIndex + 1 + TITLE_AFTER_WORDS) : [];
      const entity = names.resolve(mention, part.words[mention.wordIndex], part.words[mention.wordIndex - 1]?.norm, after, ruledOut(part.words, mention.wordIndex));
      const shifted = { ...mention, start: mention.start + part.start, end: mention.end + part.start, wordIndex: mention.wordIndex + part.firstWord };
      mentions.push(Array.isArray(entity) ? { ...shifted, guessedAmong: entity } : { ...shifted, entity });
    }
  }
  return mentions;
}

/**
 * "Wang Wenbin spoke first. Wang said …": a one-word name several people of the reference carry (Wang Yi's
 * alias, Wang Wenbin's surname) is the one of them the text last named in full, not whoever the reference lists
 * first. Mentions are given in text order.
 */
class SharedNames {
  private readonly shared: Map<string, Set<string>>;
  /** By name word: the person last named in full with it, or null when that name was ruled out ("not Wang Yi"). */
  private readonly lastNamedInFull = new Map<string, Entity | null>();

  constructor(private readonly reference: ReferenceIndex) {
    this.shared = peopleByNameWord(reference);
  }

  /**
   * The entity `mention` (starting with `word`) stands for, or the ids of the people it may be when several carry
   * it and nothing says which; `before` is the word before it, `after` the words after it: a title there that only one of the
   * people carrying the name holds says which ("spokesman Wang", "Wang, the foreign ministry spokesman,").
   */
  resolve(mention: Mention, word: Word, before: string | undefined, after: readonly Word[], ruledOut: boolean): Entity | string[] {
    if (mention.entity.kind !== 'person') return mention.entity;
    if (mention.wordCount > 1) {
      // "Wang Wenbin is not Wang Yi. Wang said …": after a name ruled out, which one the text goes on with is unclear.
      for (const nameWord of nameWordsOf(mention.entity)) this.lastNamedInFull.set(nameWord, ruledOut ? null : mention.entity);
      return mention.entity;
    }
    const norm = stripPossessive(word.norm);
    const sharing = this.shared.get(norm);
    if (!sharing || sharing.size < 2) return mention.entity;
    const people = [...sharing].map((id) => this.reference.entities.get(id));
    // A full name set off after it says which: "The other Mr Wang, Wang Yi, demanded …".
    const inFull = people.filter((entity) => entity?.kind === 'person' && namedInFullBy(entity, after));
    if (inFull.length === 1) return inFull[0]!;
    // A title beside it that one of them holds says which, whoever was named in full last ("Wang Yi met Blinken.
    // Spokesman Wang said …").
    const titled = people.filter((entity) => entity?.kind === 'person' && holdsTitleWord(entity.person, [before, ...after.map((w) => w.norm)]));
    if (titled.length === 1) return titled[0]!;
    // Nothing says which: the one named in full last, else the reference's own entry for the name, as a guess
    // among them all.
    return this.lastNamedInFull.get(norm) ?? [...sharing];
  }
}

/** Words right before a name that rule it out: "is not Wang Yi", "unlike Wang Yi", "rather than Wang Yi". */
const RULING_OUT = new Set(['not', 'unlike', 'than']);

/** The name at word `at` is ruled out by the words before it ("not", "unlike", "not to be confused with"). */
function ruledOut(words: readonly Word[], at: number): boolean {
  const before = words[at - 1]?.norm ?? '';
  return RULING_OUT.has(before) || (before === 'with' && /^confus/.test(words[at - 2]?.norm ?? ''));
}

/** `words` open with a name of the person's of more than one word ("Wang Yi"). */
function namedInFullBy(person: Entity, after: readonly Word[]): boolean {
  return fullNamesOf(person).some((name) => name.length <= after.length && name.every((norm, k) => after[k].norm === norm));
}

/** A person's names and aliases of more than one word, as normalised words, read once per entity. */
const fullNamesOf = oncePer((entity: Entity): string[][] =>
  (entity.kind === 'person' ? [entity.name, ...entity.person.aliases] : []).map((name) => words(name).map((word) => word.norm)).filter((name) => name.length > 1),
);

/** Words after a one-word name read for a title that says who it is: ", the foreign ministry spokesman". */
const TITLE_AFTER_WORDS = 5;

/** A head word of one of the person's titles is among `norms` ("spokesman" for a foreign ministry spokesman). */
function holdsTitleWord(person: Person, norms: readonly (string | undefined)[]): boolean {
  const heads = titleHeadsOf(person);
  return heads.length > 0 && norms.some((norm) => norm !== undefined && heads.includes(norm));
}

/** The head words of a person's titles, read once per person. */
const titleHeadsOf = oncePer((person: Person): string[] => person.roles.flatMap((role) => words(role.title).filter((w) => headClass(w.norm) !== undefined).map((w) => w.norm)));

/** The words of a person's name and aliases, read once per entity. */
export const nameWordsOf = oncePer((entity: Entity): string[] => {
  const names = entity.kind === 'person' ? [entity.name, ...entity.person.aliases] : [entity.name];
  return names.flatMap((name) => words(name).map((word) => word.norm));
});

/** Each name word with the people whose name or aliases have it, once per reference set. */
const peopleByNameWord = oncePer((reference: ReferenceIndex): Map<string, Set<string>> => {
  const byWord = new Map<string, Set<string>>();
  for (const entity of reference.entities.values()) {
    if (entity.kind !== 'person') continue;
    for (const word of nameWordsOf(entity)) {
      if (!byWord.has(word)) byWord.set(word, new Set());
      byWord.get(word)!.add(entity.id);
    }
  }
  return byWord;
});

function mentionsIn(prose: string, words: readonly Word[], reference: ReferenceIndex): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    // The index lookup is cheaper than the capital-letter test, and rules out almost every word.
    if (!reference.mayStartName(first.norm) || !isCapitalized(prose.slice(first.start, first.end))) continue;
    const mention = longestNameAt(prose, words, i, reference);
    if (mention) {
      mentions.push(mention);
      i += mention.wordCount - 1;
    }
  }
  return mentions;
}

function longestNameAt(prose: string, words: readonly Word[], i: number, reference: ReferenceIndex): Mention | undefined {
  const bare = stripPossessive(words[i].norm);
  const candidates = bare === words[i].norm ? [reference.namesStartingWith(bare)] : [reference.namesStartingWith(words[i].norm), reference.namesStartingWith(bare)];
  for (const entries of candidates) {
    for (const entry of entries) {
      const n = entry.words.length;
      if (i + n > words.length) continue;
      let matches = true;
      let possessive = false;
      for (let k = 0; k < n && matches; k++) {
        const word = words[i + k];
        if (k > 0 && !onlySpaceBetween(prose, words[i + k - 1].end, word.start)) matches = false;
        else if (word.norm === entry.words[k] && (k === 0 || isCapitalized(prose.slice(word.start, word.end)) || !isCapitalized(entry.text.split(/\s+/)[k] ?? ''))) continue;
        else if (k === n - 1 && stripPossessive(word.norm) === entry.words[k]) possessive = true;
        else matches = false;
      }
      if (!matches) continue;
      const last = words[i + n - 1];
      const end = possessive ? last.end - (last.norm.endsWith("'s") ? 2 : 1) : last.end;
      return { start: words[i].start, end, entity: entry.entity, form: entry.form, possessive, wordIndex: i, wordCount: n };
    }
  }
  return undefined;
}

/** Two words of one name are separated by spaces or a single line break, nothing else. */
function onlySpaceBetween(prose: string, from: number, to: number): boolean {
  // Words eight or more characters apart are not read as one name, whatever lies between them.
  if (to <= from || to - from >= 8) return false;
  return /^[ \t]*(?:\r?\n[ \t]*)?$/.test(prose.slice(from, to));
}
