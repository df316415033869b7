// quote-unverified: a quotation that matches nothing in the reference. Information only, no fix.
// Quotations of one or two words are scare quotes or terms ("so-called “reset”"), not claims that someone said
// them: they are not reported, nor is a title of a work ("Across the Strait"). See docs/diagnostics.md#quote-unverified.
import type { Word } from '../text/words';
import type { Check } from './check';

export const MIN_UNVERIFIED_WORDS = 3;

/** Words a title leaves in lower case: "Lines of Communication", "A Floor, Not a Ceiling". */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'but', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is']);

/** Every word capitalised but the small ones: the title of a work ("Across the Strait"), not words someone said. */
function isTitleOfAWork(prose: string, words: readonly Word[]): boolean {
  return words.every((word, k) => /^\p{Lu}/u.test(prose.slice(word.start, word.end)) || (k > 0 && TITLE_SMALL_WORDS.has(word.norm)));
}

export const quoteUnverified: Check = ({ analysis, reference }) =>
  analysis.quotations
    .filter((quotation) => !quotation.match && quotation.words.length >= MIN_UNVERIFIED_WORDS && !isTitleOfAWork(analysis.doc.prose, quotation.words))
    .map((quotation) => ({
      code: 'quote-unverified' as const,
      severity: 'information' as const,
      start: quotation.start,
      end: quotation.end,
      // Not "not in the reference": the article may use the words itself ("in the coming months") without quoting anyone.
      message: `Unverified quote: nobody in the reference set "${reference.name}" is quoted saying these words.`,
      fixes: [],
    }));
