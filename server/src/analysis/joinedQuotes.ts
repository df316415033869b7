// “It’s pretty clear … takes work. That work involves balancing …”: a writer may join, in one pair of quotation
// marks, sentences that the source quoted apart (or that two quotes of the source hold). No single reference quote
// is the whole, so each sentence is matched alone.
import type { Word } from '../text/words';
import { isAbbreviation } from './sentences';
import type { QuoteMatch } from './quoteMatch';

export interface JoinedPart {
  words: Word[];
  match: QuoteMatch;
}

/**
 * The quotation's sentences with the reference quote each one is (see matchPart), when it has two or more and every
 * one is some quote's words, closer than `whole`, the quote the whole quotation is nearest (“… a season. Nothing
 * leaves the bay.” is one quote with words added, or two quotes exactly). A sentence that is no quote's leaves the
 * whole as it was, as the writer's own words inside the marks cannot be told from another quote.
 */
export function joinedQuoteParts(prose: string, quotationWords: readonly Word[], whole: QuoteMatch | undefined, matchPart: (words: Word[]) => QuoteMatch | undefined): JoinedPart[] | undefined {
  if (whole?.kind === 'exact') return undefined;
  const sentences = quotedSentences(prose, quotationWords);
  if (sentences.length < 2) return undefined;
  const parts: JoinedPart[] = [];
  for (const words of sentences) {
    const match = words.length >= MIN_PART_WORDS ? matchPart(words) : undefined;
    if (!match) return undefined;
    parts.push({ words, match });
  }
  if (!inOrderWhereShared(parts)) return undefined;
  return !whole || parts.reduce((n, part) => n + distance(part.match), 0) < distance(whole) ? parts : undefined;
}

/**
 * Two sentences of one quote are its words in order, the second after the first (“… takes work. That work …” of one
 * long quote cut without an ellipsis); the same words twice, or the order turned round, are no quote joined.
 */
function inOrderWhereShared(parts: readonly JoinedPart[]): boolean {
  return parts.every((part, k) =>
    parts.slice(k + 1).every((later) => later.match.quote !== part.match.quote || part.match.pieces[part.match.pieces.length - 1].alignment.refEnd <= later.match.pieces[0].alignment.refStart),
  );
}

/** A sentence shorter than this ("No." "Never.") may be anyone's words. */
const MIN_PART_WORDS = 3;

/** The quotation's words by sentence: a sentence ends at ".", "!", "?" or an ellipsis before a capital letter. */
function quotedSentences(prose: string, quotationWords: readonly Word[]): Word[][] {
  const sentences: Word[][] = [[]];
  quotationWords.forEach((word, i) => {
    const previous = quotationWords[i - 1];
    // (Not after an initial or an abbreviation: "Daniel J. Kritenbrink", "Microsoft Corp. co-founder".)
    if (previous && SENTENCE_BREAK.test(prose.slice(previous.end, word.start)) && /\p{Lu}/u.test(prose[word.start]) && previous.norm.length > 1 && !isAbbreviation(previous.norm)) sentences.push([]);
    sentences[sentences.length - 1].push(word);
  });
  return sentences;
}

// (Or an ellipsis before a capital: "… the US-China relationship … But his visit may well …" joins two quotes by a cut.)
const SENTENCE_BREAK = /^[’”'")\]]*(?:[.!?]|\s*(?:…|\.\.\.))[’”'")\]]*\s+$/;

const distance = (match: QuoteMatch) => match.pieces.reduce((n, piece) => n + piece.alignment.distance, 0);
