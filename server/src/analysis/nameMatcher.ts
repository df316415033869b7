// Near-misses of reference people's names, so that one wrong or missing letter in a long name counts
// ("Jinpeng", "Mulhouser") but a different short name does not ("Jill" for "Joe", "Yu" for "Yi").
//
// Indexes are built once per reference set. A whole name ("Anthony Blinken") is compared word by word with
// the forms that share one of its words in the same place: one word at least must be spelt as in the
// reference, since two misspelt words are too far a guess. A lone word has no such anchor: an index proposes
// the few surnames that may be close to it (surnameIndex.ts), an edit-distance test keeps those that are, and
// fuse.js has the last word on them and orders them. Lookups are memoised.
import Fuse from 'fuse.js';
import type { ReferenceIndex } from '../reference/index';
import type { Person } from '../reference/types';
import { memoTable, oncePer } from '../text/memo';
import { phraseKey } from '../text/words';
import { editDistance } from './editDistance';
import { readRole } from './offices';
import { SurnameIndex, surnameEdits } from './surnameIndex';
import { pushTo } from '../text/lists';

export interface PersonForm {
  person: Person;
  /** The form as the reference writes it: "Antony Blinken", "Tony Blinken", "Blinken". */
  text: string;
  /** Normalised words. */
  words: string[];
  canonical: boolean;
}

export interface NameMatch {
  form: PersonForm;
  /** Edits per word, in order. */
  edits: number[];
  total: number;
}

/** A single word is compared with a surname only when the surname is this long: shorter surnames have too
 * many real lookalikes ("Osama"/"Obama", "Yates"/"Gates"). */
export const SURNAME_MIN_LENGTH = 6;
/** Shorter surnames ("Xi", "Yi") are compared with nothing: one letter makes another real name ("Xie", "Yu"). */
const SHORT_SURNAME_MIN_LENGTH = 3;
const MAX_TOTAL_EDITS = 2;
const FUSE_OPTIONS = { keys: ['key'], threshold: 0.5, ignoreLocation: true };

/** Answers of nearFullNames and nearSurnames, by reference set and words. */
const lookups = memoTable<string, NameMatch[]>();

export class NameMatcher {
  /** Multi-word forms by "n k w": forms of n words whose word k is w. */
  private readonly formsByWord = new Map<string, PersonForm[]>();
  /** Single-word forms of at least SURNAME_MIN_LENGTH letters. */
  private readonly surnames = new SurnameIndex<PersonForm>();
  /** Every name form of every person and organisation, as normalised phrases. */
  private readonly knownNames = new Set<string>();
  /** Every word of a multi-word form: a quick test before any lookup key is built. */
  private readonly nameWords = new Set<string>();
  /** Single-word forms shorter than SURNAME_MIN_LENGTH (three letters at least), by their first letter. */
  private readonly shortSurnames = new Map<string, PersonForm[]>();

  constructor(private readonly reference: ReferenceIndex) {
    for (const person of reference.loaded.set.people) {
      for (const [i, text] of [person.name, ...person.aliases].entries()) {
        const words = phraseKey(text).split(' ');
        const form = { person, text, words, canonical: i === 0 };
        if (words.length > 1) {
          words.forEach((word, k) => pushTo(this.formsByWord, `${words.length} ${k} ${word}`, form));
          for (const word of words) this.nameWords.add(word);
        }
        else if (words[0].length >= SURNAME_MIN_LENGTH) this.surnames.add(words[0], form);
        else if (words[0].length >= SHORT_SURNAME_MIN_LENGTH) pushTo(this.shortSurnames, words[0][0], form);
      }
    }
    for (const entity of reference.entities.values()) {
      const aliases = entity.kind === 'person' ? entity.person.aliases : entity.organization.aliases;
      for (const form of [entity.name, ...aliases]) this.knownNames.add(phraseKey(form));
    }
  }

  /** True when some person or organisation in the reference is named exactly this. */
  isKnownName(words: readonly string[]): boolean {
    return this.knownNames.has(words.join(' '));
  }

  private isPluralOfKnownName(word: string): boolean {
    return word.endsWith('s') && (this.isKnownName([word.slice(0, -1)]) || (word.endsWith('es') && this.isKnownName([word.slice(0, -2)])));
  }

  /** Multi-word name forms within a few edits of these words, word by word, best first. */
  nearFullNames(words: readonly string[]): NameMatch[] {
    if (words.length < 2 || !words.some((word) => this.nameWords.has(word)) || this.isKnownName(words)) return [];
    return lookups.get(`${this.reference.serial} full ${words.join(' ')}`, () => {
      const forms = new Set(words.flatMap((word, k) => this.formsByWord.get(`${words.length} ${k} ${word}`) ?? []));
      return ranked([...forms], (form) => wordByWordEdits(words, form.words));
    });
  }

  /**
   * People a name (its words) may be a misspelling of: as a whole name, or by its last word as a surname (the
   * quick test first).
   */
  nearNames(words: readonly string[]): NameMatch[] {
    const surname = words[words.length - 1];
    return [...this.nearFullNames(words), ...(this.mayBeNearSurname(surname) ? this.nearSurnames(surname) : [])];
  }

  /** Short surnames one edit from this word, with the same first letter. */
  nearShortSurnames(word: string): NameMatch[] {
    if (this.isKnownName([word]) || this.isPluralOfKnownName(word)) return [];
    const near = (this.shortSurnames.get(word[0]) ?? []).filter((form) => editDistance(word, form.words[0]) === 1);
    return ranked(near, () => [1]);
  }

  /** Whether nearSurnames may find anything for this word: a quick test that turns most words down. */
  mayBeNearSurname(word: string): boolean {
    return this.surnames.mayBeNear(word);
  }

  /**
   * Surnames one edit (two in long names) from this word, with the same first letter, best first. A known name's
   * plural ("the two Sullivans", "the Bidens") is that name, not a misspelling of it.
   */
  nearSurnames(word: string): NameMatch[] {
    if (this.isKnownName([word]) || this.isPluralOfKnownName(word)) return [];
    return lookups.get(`${this.reference.serial} surname ${word}`, () => {
      const near = this.surnames.candidates(word).filter((form) => surnameEdits(word, form.words[0]) !== undefined);
      if (near.length === 0) return [];
      // fuse.js scores each surname on its own, so asking it about these few answers as asking about all.
      const items = near.map((form) => ({ key: form.words[0], form }));
      const forms = new Fuse(items, FUSE_OPTIONS).search(word).map(({ item }) => item.form);
      return ranked(forms, (form) => [editDistance(word, form.words[0])]);
    });
  }
}

/**
 * A short surname one letter from this word, written after a title of the person's present office ("Minister Quin"
 * for Foreign Minister Qin Gang, "President Bidan"): alone, such a word has too many real lookalikes.
 */
export function nearTitledSurname(matcher: NameMatcher, word: string, office: string): NameMatch[] {
  return matcher.nearShortSurnames(word).filter((match) => match.form.person.roles.some((role) => !role.former && readRole(role).classes.includes(office)));
}

/** The forms `measure` accepts, fewest edits first, the canonical name before an alias. */
function ranked(forms: readonly PersonForm[], measure: (form: PersonForm) => number[] | undefined): NameMatch[] {
  const matches: NameMatch[] = [];
  for (const form of forms) {
    const edits = measure(form);
    const total = edits?.reduce((a, b) => a + b, 0) ?? 0;
    if (edits && total > 0 && total <= MAX_TOTAL_EDITS) matches.push({ form, edits, total });
  }
  return matches.sort((a, b) => a.total - b.total || Number(b.form.canonical) - Number(a.form.canonical));
}

/** Edits per word when every word is close to its counterpart: none in a one- or two-letter word ("Xi"),
 * one in a word of up to seven letters, two in a longer one. */
function wordByWordEdits(draft: readonly string[], form: readonly string[]): number[] | undefined {
  if (draft.length !== form.length) return undefined;
  const edits = form.map((word, i) => editDistance(draft[i], word));
  return edits.every((e, i) => e <= allowedEdits(form[i].length) || sameNameEnding(draft[i], form[i])) ? edits : undefined;
}

/** Endings a name is spelt with interchangeably: "Bonny" and "Bonnie", "Danny" and "Dannie". */
const NAME_ENDINGS = /(?:ie|ey|ee|y|i)$/;

/** Two spellings of one name that differ only in such an ending. */
export function sameNameEnding(a: string, b: string): boolean {
  const stemA = a.replace(NAME_ENDINGS, '');
  const stemB = b.replace(NAME_ENDINGS, '');
  return stemA !== a && stemB !== b && stemA.length >= 3 && stemA === stemB;
}

function allowedEdits(length: number): number {
  return length <= 2 ? 0 : length <= 7 ? 1 : 2;
}

/** The matcher of a reference set, built on first use. */
export const nameMatcherFor = oncePer((reference: ReferenceIndex) => new NameMatcher(reference));
