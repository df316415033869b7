// The surnames a lone capitalised word may be a misspelling of, found without comparing the word with every
// surname of a reference set. Each edit (a letter inserted, deleted, changed, or two neighbours swapped) is
// undone by deleting at most one letter on each side: "blinkin" and "blinken" both become "blinkn", "jnipeng"
// and "jinpeng" both "jnpeng". So a surname within n edits of a word shares with it a string made by deleting
// at most n letters from each, and filing every surname under those strings finds it from the word's own.
import { editDistance } from './editDistance';

/** Edits a misspelt surname of this length may have: one, two in a surname of ten letters or more. */
export function surnameAllowance(length: number): number {
  return length >= 10 ? 2 : 1;
}

/** Edits from `word` to `surname` when the word can be a misspelling of it (same first letter, within the
 * surname's allowance), else undefined. */
export function surnameEdits(word: string, surname: string): number | undefined {
  const allowance = surnameAllowance(surname.length);
  if (word[0] !== surname[0] || Math.abs(word.length - surname.length) > allowance) return undefined;
  const edits = editDistance(word, surname);
  return edits <= allowance ? edits : undefined;
}

const MAX_ALLOWANCE = surnameAllowance(Infinity);

/** Surnames, each with a value, filed by the strings their allowed deletions make. */
export class SurnameIndex<T> {
  private readonly values: T[] = [];
  /** Numbers (order of addition) of the surnames each string can be made from: most strings come from one
   * surname, held without an array (a large set files tens of thousands). */
  private readonly byDeletion = new Map<string, number | number[]>();
  private longest = 0;
  /** The lengths of the surnames by first letter: a word no surname shares its first letter with, at a length
   * within that surname's allowance, has no candidate (most capitalised words of a draft). */
  private readonly lengthsByFirstLetter = new Map<string, Set<number>>();

  add(surname: string, value: T): void {
    const id = this.values.push(value) - 1;
    this.longest = Math.max(this.longest, surname.length);
    const lengths = this.lengthsByFirstLetter.get(surname[0]);
    if (lengths) lengths.add(surname.length);
    else this.lengthsByFirstLetter.set(surname[0], new Set([surname.length]));
    for (const key of deletions(surname, surnameAllowance(surname.length))) {
      const ids = this.byDeletion.get(key);
      if (ids === undefined) this.byDeletion.set(key, id);
      else if (typeof ids === 'number') this.byDeletion.set(key, [ids, id]);
      else ids.push(id);
    }
  }

  /** The values of every surname `surnameEdits` can accept for `word` (and of a few it will not), in the order
   * they were added. */
  candidates(word: string): T[] {
    // A word's deletions number the square of its length: a long run of letters ("ababab…") must not make them.
    if (word.length > this.longest + MAX_ALLOWANCE || !this.mayBeNear(word)) return [];
    const found = new Set<number>();
    // The most edits any surname the word can reach allows: one for a word too short to be two edits from a
    // surname long enough to allow two (a word's deletions number the square of those edits).
    for (const key of deletions(word, surnameAllowance(word.length + MAX_ALLOWANCE))) {
      const ids = this.byDeletion.get(key);
      if (typeof ids === 'number') found.add(ids);
      else for (const id of ids ?? []) found.add(id);
    }
    return [...found].sort((a, b) => a - b).map((id) => this.values[id]);
  }

  /** Some surname has the word's first letter and a length `surnameEdits` allows: a quick test that turns most
   * words down. */
  mayBeNear(word: string): boolean {
    for (const length of this.lengthsByFirstLetter.get(word[0]) ?? []) if (Math.abs(word.length - length) <= surnameAllowance(length)) return true;
    return false;
  }
}

/** The word and every string made from it by deleting up to `count` of its letters. */
function deletions(word: string, count: number): Set<string> {
  const made = new Set([word]);
  let previous = [word];
  for (let round = 0; round < count; round++) {
    const next: string[] = [];
    for (const text of previous) {
      for (let i = 0; i < text.length; i++) {
        const shorter = text.slice(0, i) + text.slice(i + 1);
        if (!made.has(shorter)) {
          made.add(shorter);
          next.push(shorter);
        }
      }
    }
    previous = next;
  }
  return made;
}
