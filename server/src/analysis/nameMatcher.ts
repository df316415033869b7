// Near-misses of reference people's names. fuse.js proposes candidates among every person's name forms; an
// edit-distance test per word then decides, so that one wrong or missing letter in a long name counts
// ("Jinpeng", "Mulhouser") but a different short name does not ("Jill" for "Joe", "Yu" for "Yi").
// fuse scores every form it is given, so it is given only the forms that could pass the edit-distance test,
// found through an index built once per reference set; each lookup's answer is memoised.
import Fuse from 'fuse.js';
import type { ReferenceIndex } from '../reference/index';
import type { Person } from '../reference/types';
import { memoTable } from '../text/memo';
import { phraseKey } from '../text/words';
import { editDistance } from './editDistance';

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
const MAX_TOTAL_EDITS = 2;
const FUSE_OPTIONS = { keys: ['key'], includeScore: true, threshold: 0.5, ignoreLocation: true };

interface Keyed {
  key: string;
  form: PersonForm;
}

/** Answers of nearFullNames and nearSurnames, by reference set and words. */
const lookups = memoTable<string, NameMatch[]>();

export class NameMatcher {
  private readonly fullNames: Keyed[] = [];
  private readonly surnames: Keyed[] = [];
  /** Positions in fullNames of the forms of n words whose word k is w, by "n k w". */
  private readonly fullByWord = new Map<string, number[]>();
  /** Positions in fullNames of the forms of n words whose first word is within one edit of v, by "n v" for v
   * the word or the word less one letter (two words one edit apart always share such a v). */
  private readonly fullByFirstWordDeletion = new Map<string, number[]>();
  /** Positions in surnames, by first letter. */
  private readonly surnamesByInitial = new Map<string, number[]>();

  constructor(private readonly reference: ReferenceIndex) {
    for (const person of reference.loaded.set.people) {
      for (const [i, text] of [person.name, ...person.aliases].entries()) {
        const words = phraseKey(text).split(' ');
        const keyed = { key: words.join(' '), form: { person, text, words, canonical: i === 0 } };
        if (words.length > 1) {
          const position = this.fullNames.push(keyed) - 1;
          words.forEach((word, k) => addTo(this.fullByWord, `${words.length} ${k} ${word}`, position));
          for (const variant of withOneDeletion(words[0])) addTo(this.fullByFirstWordDeletion, `${words.length} ${variant}`, position);
        } else if (words[0].length >= SURNAME_MIN_LENGTH) {
          addTo(this.surnamesByInitial, words[0][0], this.surnames.push(keyed) - 1);
        }
      }
    }
  }

  /** True when some person or organisation in the reference is named exactly this. */
  isKnownName(words: readonly string[]): boolean {
    return this.reference.lookupName(words.join(' ')).length > 0;
  }

  /** Multi-word name forms within a few edits of these words, word by word, best first. */
  nearFullNames(words: readonly string[]): NameMatch[] {
    if (words.length < 2 || this.isKnownName(words)) return [];
    return lookups.get(`${this.reference.serial} full ${words.join(' ')}`, () => {
      // At most two edits in all: a form of three words or more shares a word with these; a form of two
      // shares one, or has both one edit away (so its first word shares a one-deletion variant).
      const n = words.length;
      const positions = words.flatMap((word, k) => this.fullByWord.get(`${n} ${k} ${word}`) ?? []);
      for (const variant of withOneDeletion(words[0])) positions.push(...(this.fullByFirstWordDeletion.get(`${n} ${variant}`) ?? []));
      return this.closest(this.fullNames, positions, words, (form) => wordByWordEdits(words, form.words));
    });
  }

  /** Surnames one edit (two in long names) from this word, with the same first letter, best first. */
  nearSurnames(word: string): NameMatch[] {
    if (this.isKnownName([word])) return [];
    return lookups.get(`${this.reference.serial} surname ${word}`, () => {
      // Same first letter, and no more than two letters longer or shorter (two edits at most).
      const positions = (this.surnamesByInitial.get(word[0]) ?? []).filter((p) => Math.abs(this.surnames[p].key.length - word.length) <= 2);
      return this.closest(this.surnames, positions, [word], (form) => {
        const surname = form.words[0];
        if (word[0] !== surname[0]) return undefined;
        const edits = editDistance(word, surname);
        return edits <= (surname.length >= 10 ? 2 : 1) ? [edits] : undefined;
      });
    });
  }

  /** The forms at `positions` (in `forms`) that fuse finds close to the words and `measure` accepts, best first. */
  private closest(forms: readonly Keyed[], positions: readonly number[], words: readonly string[], measure: (form: PersonForm) => number[] | undefined): NameMatch[] {
    if (positions.length === 0) return [];
    // In their order in `forms`: fuse breaks ties in score by that order, as it would over every form.
    const candidates = [...new Set(positions)].sort((a, b) => a - b).map((p) => forms[p]);
    const matches: NameMatch[] = [];
    for (const { item } of new Fuse(candidates, FUSE_OPTIONS).search(words.join(' '))) {
      const edits = measure(item.form);
      const total = edits?.reduce((a, b) => a + b, 0) ?? 0;
      if (edits && total > 0 && total <= MAX_TOTAL_EDITS) matches.push({ form: item.form, edits, total });
    }
    return matches.sort((a, b) => a.total - b.total || Number(b.form.canonical) - Number(a.form.canonical));
  }
}

/** Edits per word when every word is close to its counterpart: none in a one- or two-letter word ("Xi"),
 * one in a word of up to seven letters, two in a longer one. */
function wordByWordEdits(draft: readonly string[], form: readonly string[]): number[] | undefined {
  if (draft.length !== form.length) return undefined;
  const edits = form.map((word, i) => editDistance(draft[i], word));
  return edits.every((e, i) => e <= allowedEdits(form[i].length)) ? edits : undefined;
}

function allowedEdits(length: number): number {
  return length <= 2 ? 0 : length <= 7 ? 1 : 2;
}

/** The word itself and each string it gives with one letter left out. */
function withOneDeletion(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

function addTo(map: Map<string, number[]>, key: string, position: number) {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

const matchers = new WeakMap<ReferenceIndex, NameMatcher>();

/** The matcher of a reference set, built on first use. */
export function nameMatcherFor(reference: ReferenceIndex): NameMatcher {
  let matcher = matchers.get(reference);
  if (!matcher) matchers.set(reference, (matcher = new NameMatcher(reference)));
  return matcher;
}
