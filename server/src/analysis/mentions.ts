// Finds every mention of a reference person or organisation in a document's prose: full names, aliases,
// surnames and possessives, longest form first ("Tony Blinken" before "Blinken").
import type { Entity, NameForm, ReferenceIndex } from '../reference/index';
import { isCapitalized, stripPossessive, type Word } from '../text/words';
import type { ProseDocument } from './document';

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
}

export function findMentions(doc: ProseDocument, docWords: readonly Word[], reference: ReferenceIndex): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < docWords.length; i++) {
    const first = docWords[i];
    // The index lookup is cheaper than the capital-letter test, and rules out almost every word.
    if (!reference.mayStartName(first.norm) || !isCapitalized(doc.prose.slice(first.start, first.end))) continue;
    const mention = longestNameAt(doc, docWords, i, reference);
    if (mention) {
      mentions.push(mention);
      i += mention.wordCount - 1;
    }
  }
  return mentions;
}

function longestNameAt(doc: ProseDocument, docWords: readonly Word[], i: number, reference: ReferenceIndex): Mention | undefined {
  const bare = stripPossessive(docWords[i].norm);
  const candidates = bare === docWords[i].norm ? [reference.namesStartingWith(bare)] : [reference.namesStartingWith(docWords[i].norm), reference.namesStartingWith(bare)];
  for (const entries of candidates) {
    for (const entry of entries) {
      const n = entry.words.length;
      if (i + n > docWords.length) continue;
      let matches = true;
      let possessive = false;
      for (let k = 0; k < n && matches; k++) {
        const word = docWords[i + k];
        if (k > 0 && !onlySpaceBetween(doc.prose, docWords[i + k - 1].end, word.start)) matches = false;
        else if (word.norm === entry.words[k] && (k === 0 || isCapitalized(doc.prose.slice(word.start, word.end)) || !isCapitalized(entry.text.split(/\s+/)[k] ?? ''))) continue;
        else if (k === n - 1 && stripPossessive(word.norm) === entry.words[k]) possessive = true;
        else matches = false;
      }
      if (!matches) continue;
      const last = docWords[i + n - 1];
      const end = possessive ? last.end - (last.norm.endsWith("'s") ? 2 : 1) : last.end;
      return { start: docWords[i].start, end, entity: entry.entity, form: entry.form, possessive, wordIndex: i, wordCount: n };
    }
  }
  return undefined;
}

/** Two words of one name are separated by spaces or a single line break, nothing else. */
function onlySpaceBetween(prose: string, from: number, to: number): boolean {
  // Length first: the pattern backtracks quadratically over a long run of spaces.
  if (to <= from || to - from >= 8) return false;
  return /^[ \t]*(?:\r?\n)?[ \t]*$/.test(prose.slice(from, to));
}
