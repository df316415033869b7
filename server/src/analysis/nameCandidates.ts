// Runs of capitalised words that may be, or contain, a person's name: "US Secretary", "State Anthony Blinken",
// "Xi Jinpeng", "Tsai Ing-wen". Each word knows whether findMentions already resolved it and whether it is
// capitalised only because of where it stands (a sentence start, a heading).
import { oncePer } from '../text/memo';
import { firstStartingAt } from '../text/spans';
import { isCapitalized, stripPossessive, type Word } from '../text/words';
import type { DocumentAnalysis } from './analyze';
import type { Mention } from './mentions';

export interface NameWord {
  /** Index of the word in DocumentAnalysis.words. */
  index: number;
  start: number;
  /** End of the word without a possessive ending. */
  end: number;
  /** Normalised word without a possessive ending. */
  norm: string;
  possessive: boolean;
  /** The reference mention this word belongs to, if any. */
  mention?: Mention;
  /** First word of a sentence or a word of a heading: capitalised whether or not it is a name. */
  positionallyCapitalised: boolean;
}

/**
 * The runs of capitalised words in the reported part (see isReported), where names may be. A run never crosses a
 * blank line, and the reported part is whole paragraphs, so the words read as context are not read at all.
 */
export function findNameRuns(analysis: DocumentAnalysis): NameWord[][] {
  const { doc, words, reported } = analysis;
  const mentionOf = mentionsByWord(analysis.mentions);
  const byPosition = capitalisedByPosition(analysis);
  const runs: NameWord[][] = [];
  let run: NameWord[] = [];
  const end = firstStartingAt(words, reported.end);
  for (let index = firstStartingAt(words, reported.start); index < end; index++) {
    const word = words[index];
    const capitalised = startsCapitalised(doc.prose, word);
    // Not run[-1] on an empty run: -1 is no array index, and reading it is a slow property lookup.
    const previous = run.length > 0 ? run[run.length - 1] : undefined;
    const joined = previous !== undefined && !previous.possessive && continuesName(doc.prose, words[index - 1], word, capitalised);
    // A run ends at a word that does not continue it (a new array only then: most words are in no run).
    if (!joined && run.length) {
      runs.push(run);
      run = [];
    }
    if (!joined && !capitalised) continue;
    const norm = stripPossessive(word.norm);
    const possessive = norm !== word.norm;
    run.push({
      index,
      start: word.start,
      end: possessive ? word.end - (word.norm.length - norm.length) : word.end,
      norm,
      possessive,
      mention: mentionOf.get(index),
      positionallyCapitalised: byPosition.has(index),
    });
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Whether `test` holds for some full name written before word `before` that ends in the word `surname`: a
 * capitalised word, blanks, then the surname ("Tom Russell … Russell"). The caller judges whose name it is.
 */
export function someFullNameEndingIn(analysis: DocumentAnalysis, surname: string, before: number, test: (given: Word, last: Word) => boolean): boolean {
  const { words, doc } = analysis;
  for (let i = 1; i < before; i++) {
    const given = words[i - 1];
    // "Richard Nixon's adviser" names Richard Nixon too.
    if (stripPossessive(words[i].norm) !== surname || !startsCapitalised(doc.prose, given) || !/^\s+$/.test(doc.prose.slice(given.end, words[i].start))) continue;
    if (test(given, words[i])) return true;
  }
  return false;
}

/** The next word of a name: a capitalised word after a space, any word after a hyphen ("Ing-wen"), or a
 * capitalised word after an initial ("Daniel J. Kritenbrink"). */
function continuesName(prose: string, previous: Word, word: Word, capitalised: boolean): boolean {
  const gap = prose.slice(previous.end, word.start);
  if (gap === '-') return true;
  if (!capitalised) return false;
  if (/^[ \t]{1,2}(?:\r?\n[ \t]*)?$|^\r?\n$/.test(gap)) return true;
  const isInitial = previous.end - previous.start === 1 && startsCapitalised(prose, previous);
  return isInitial && /^\.[ \t]{1,2}$/.test(gap);
}

/** The word's first letter is a capital (read from the prose without copying the word out; ASCII first). */
function startsCapitalised(prose: string, word: Word): boolean {
  const code = prose.charCodeAt(word.start);
  if (code < 128) return code >= 65 && code <= 90;
  return isCapitalized(String.fromCodePoint(prose.codePointAt(word.start) ?? 0));
}

// Both the name and the title rules read these; computed once per analysis.

/** Each word index covered by a mention, with its mention. */
export const mentionsByWord = oncePer((mentions: readonly Mention[]): Map<number, Mention> => {
  const byWord = new Map<number, Mention>();
  for (const mention of mentions) {
    for (let k = 0; k < mention.wordCount; k++) byWord.set(mention.wordIndex + k, mention);
  }
  return byWord;
});

/** Indexes of words capitalised because of where they stand: first words of sentences, words of headings. */
export const capitalisedByPosition = oncePer((analysis: DocumentAnalysis): Set<number> => {
  const { doc, words } = analysis;
  const indexes = new Set<number>();
  for (const sentence of doc.sentences) {
    const first = firstStartingAt(words, sentence.start);
    if (first < words.length && words[first].start < sentence.end) indexes.add(first);
  }
  for (const block of doc.blocks) {
    if (block.kind !== 'heading') continue;
    for (let w = firstStartingAt(words, block.start); w < words.length && words[w].end <= block.end; w++) indexes.add(w);
  }
  // After a label's colon a sentence starts again: "Q: The national security adviser, …", "Note: The …".
  for (let colon = doc.prose.indexOf(':'); colon >= 0; colon = doc.prose.indexOf(':', colon + 1)) {
    const next = firstStartingAt(words, colon);
    if (next < words.length && /^:[ \t]+$/.test(doc.prose.slice(colon, words[next].start))) indexes.add(next);
  }
  return indexes;
});
