// Near-misses of reference people's names. fuse.js proposes candidates from an index of every person's name
// forms, built once per reference set; an edit-distance test per word then decides, so that one wrong or
// missing letter in a long name counts ("Jinpeng", "Mulhouser") but a different short name does not
// ("Jill" for "Joe", "Yu" for "Yi").
import Fuse from 'fuse.js';
import type { ReferenceIndex } from '../reference/index';
import type { Person } from '../reference/types';
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
export const SURNAME_MIN_LENGTH = 7;
const MAX_TOTAL_EDITS = 2;
const FUSE_OPTIONS = { keys: ['key'], includeScore: true, threshold: 0.5, ignoreLocation: true };

interface Keyed {
  key: string;
  form: PersonForm;
}

export class NameMatcher {
  private readonly fullNames: Fuse<Keyed>;
  private readonly surnames: Fuse<Keyed>;

  constructor(private readonly reference: ReferenceIndex) {
    const full: Keyed[] = [];
    const single: Keyed[] = [];
    for (const person of reference.loaded.set.people) {
      for (const [i, text] of [person.name, ...person.aliases].entries()) {
        const words = phraseKey(text).split(' ');
        const keyed = { key: words.join(' '), form: { person, text, words, canonical: i === 0 } };
        if (words.length > 1) full.push(keyed);
        else if (words[0].length >= SURNAME_MIN_LENGTH) single.push(keyed);
      }
    }
    this.fullNames = new Fuse(full, FUSE_OPTIONS, Fuse.createIndex(FUSE_OPTIONS.keys, full));
    this.surnames = new Fuse(single, FUSE_OPTIONS, Fuse.createIndex(FUSE_OPTIONS.keys, single));
  }

  /** True when some person or organisation in the reference is named exactly this. */
  isKnownName(words: readonly string[]): boolean {
    return this.reference.lookupName(words.join(' ')).length > 0;
  }

  /** Multi-word name forms within a few edits of these words, word by word, best first. */
  nearFullNames(words: readonly string[]): NameMatch[] {
    if (words.length < 2 || this.isKnownName(words)) return [];
    return this.closest(this.fullNames, words, (form) => wordByWordEdits(words, form.words));
  }

  /** Surnames one edit (two in long names) from this word, with the same first letter, best first. */
  nearSurnames(word: string): NameMatch[] {
    if (this.isKnownName([word])) return [];
    return this.closest(this.surnames, [word], (form) => {
      const surname = form.words[0];
      if (word[0] !== surname[0]) return undefined;
      const edits = editDistance(word, surname);
      return edits <= (surname.length >= 10 ? 2 : 1) ? [edits] : undefined;
    });
  }

  private closest(fuse: Fuse<Keyed>, words: readonly string[], measure: (form: PersonForm) => number[] | undefined): NameMatch[] {
    const matches: NameMatch[] = [];
    for (const { item } of fuse.search(words.join(' '))) {
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

const matchers = new WeakMap<ReferenceIndex, NameMatcher>();

/** The matcher of a reference set, built on first use. */
export function nameMatcherFor(reference: ReferenceIndex): NameMatcher {
  let matcher = matchers.get(reference);
  if (!matcher) matchers.set(reference, (matcher = new NameMatcher(reference)));
  return matcher;
}
