// Title case, as English writes the titles of works and formal titles before a name: every word capitalised but the
// small ones ("Lines of Communication", "Chief of Staff").
import { words, type Word } from './words';

/** Words title case leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'but', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is']);

/** Every word of `spans` in `text` capitalised but the small ones (which may not open it). */
export function isTitleCased(text: string, spans: readonly Word[]): boolean {
  return spans.every((word, k) => /^\p{Lu}/u.test(text.slice(word.start, word.end)) || (k > 0 && TITLE_SMALL_WORDS.has(word.norm)));
}

/** `text` in title case: "national security adviser" → "National Security Adviser". */
export function inTitleCase(text: string): string {
  let cased = text;
  words(text).forEach((word, k) => {
    if (k === 0 || !TITLE_SMALL_WORDS.has(word.norm)) cased = cased.slice(0, word.start) + cased[word.start].toUpperCase() + cased.slice(word.start + 1);
  });
  return cased;
}
