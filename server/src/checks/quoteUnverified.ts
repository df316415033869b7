// quote-unverified: a quotation that matches nothing in the reference. Information only, no fix.
// Quotations of one or two words are scare quotes or terms ("so-called “reset”"), not claims that someone said
// them: they are not reported, nor is a title of a work ("Across the Strait"). See docs/diagnostics.md#quote-unverified.
import type { Quotation } from '../analysis/analyze';
import type { ReferenceIndex } from '../reference/index';
import { oncePer } from '../text/memo';
import { SPEECH_VERBS } from '../analysis/speech';
import { words } from '../text/words';
import { isTitleCased } from '../text/titleCase';
import type { Check } from './check';

export const MIN_UNVERIFIED_WORDS = 3;

/** The source article's own names: its headline, and the set's name without a closing "(2023-06-19)". */
function namesOfTheArticle(reference: ReferenceIndex): string[] {
  const { set } = reference.loaded;
  return [set.article.title, set.name.replace(/(?<!\s)\s*\([^()]*\)\s*$/u, '')].flatMap((title) => (title ? [words(title).map((word) => word.norm).join(' ')] : []));
}

/**
 * Nothing before the quotation on its line (trimmed) but list markup or a footnote's number ("[1]"), a short label
 * ("Source:", "[^2]:") or authors and "(2023, June 19).".
 */
const CITATION_LEAD = /^(?:(?:[-*+>]|\d+[.)]|\[\d+\])\s*)?(?:(?:[^\s.:“”"][^\n.:“”"]{0,39})?:|(?:\S.*)?\(\s*(?:19|20)\d\d\b[^()]*\)\.)?$/u;
/** Longer than any reference-list entry's authors and date: the line is prose, not a citation. */
const MAX_CITATION_LEAD = 300;
const YEAR = /\b(?:19|20)\d\d\b/u;
/** How many words a reference-list entry puts between a title and its year: publication, day and month. */
const MAX_DETAIL_WORDS = 8;
const PAST_FORM = /(?:ed|said|told|wrote|thought|felt)$/u;

/**
 * A work cited by its title: the source article's own ("“Blinken meets Xi Jinping” shows …", "“Blinken meets Xi”"), or a quotation no one
 * says that opens a line of a reference list, followed on it by the year ("“Two days that changed little.” News
 * report, 19 June 2023.").
 */
function isCitedTitle(prose: string, quotation: Quotation, articleNames: readonly string[]): boolean {
  // Or its opening words: "“Blinken meets Xi”" of "Blinken meets Xi Jinping".
  const quoted = quotation.words.map((word) => word.norm).join(' ');
  if (articleNames.some((name) => name === quoted || (quotation.words.length >= MIN_UNVERIFIED_WORDS && name.startsWith(`${quoted} `)))) return true;
  if (quotation.attribution.kind !== 'none') return false;
  // Looked for within MAX_CITATION_LEAD only: each quotation of a long line would otherwise read the whole line again.
  const near = prose.slice(Math.max(0, quotation.open - MAX_CITATION_LEAD), quotation.open);
  const lineStart = near.lastIndexOf('\n') + 1;
  if (lineStart === 0 && quotation.open > MAX_CITATION_LEAD) return false;
  const lead = near.slice(lineStart).trim();
  if (!CITATION_LEAD.test(lead)) return false;
  if (YEAR.test(lead)) return true;
  const lineEnd = prose.indexOf('\n', quotation.outerEnd);
  const tail = prose.slice(quotation.outerEnd, lineEnd < 0 ? prose.length : lineEnd);
  const year = YEAR.exec(tail);
  if (!year) return false;
  // Publication details ("news report, 19 June"), not "Lee added. They met in 2019.": no one has spoken between the
  // quotation and the year.
  const details = words(tail.slice(0, year.index));
  return details.length <= MAX_DETAIL_WORDS && !details.some((word) => SPEECH_VERBS.has(word.norm) && PAST_FORM.test(word.norm));
}

/** The article's words, normalised and joined by single spaces (with one at each end), once per reference set. */
const articleWords = oncePer((reference: ReferenceIndex): string => ` ${words(reference.loaded.articleText ?? '').map((word) => word.norm).join(' ')} `);

/**
 * "The article is careful to say that a snub “would have been a major setback.”": words the source article itself
 * writes, quoted as its own (no person is given them), can be checked there.
 */
function quotesTheArticle(reference: ReferenceIndex, quotation: Quotation): boolean {
  if (quotation.attribution.entity?.kind === 'person') return false;
  return articleWords(reference).includes(` ${quotation.words.map((word) => word.norm).join(' ')} `);
}

export const quoteUnverified: Check = ({ analysis, reference }) => {
  const articleNames = namesOfTheArticle(reference);
  return analysis.quotations
    .filter(
      (quotation) =>
        !quotation.match &&
        quotation.words.length >= MIN_UNVERIFIED_WORDS &&
        // (The title of a work, "Across the Strait", is no words someone said.)
        !isTitleCased(analysis.doc.prose, quotation.words) &&
        !isCitedTitle(analysis.doc.prose, quotation, articleNames) &&
        !quotesTheArticle(reference, quotation),
    )
    .map((quotation) => ({
      code: 'quote-unverified' as const,
      severity: 'information' as const,
      start: quotation.start,
      end: quotation.end,
      // Not "not in the reference": the article may use the words itself ("in the coming months") without quoting anyone.
      message: `Unverified quote: nobody in the reference set "${reference.name}" is quoted saying these words.`,
      fixes: [],
    }));
};
