// quote-unverified: a quotation that matches nothing in the reference. Information only, no fix.
// Quotations of one or two words are scare quotes or terms ("so-called “reset”"), not claims that someone said
// them: they are not reported. See docs/diagnostics.md#quote-unverified.
import type { Check } from './check';

export const MIN_UNVERIFIED_WORDS = 3;

export const quoteUnverified: Check = ({ analysis, reference }) =>
  analysis.quotations
    .filter((quotation) => !quotation.match && quotation.words.length >= MIN_UNVERIFIED_WORDS)
    .map((quotation) => ({
      code: 'quote-unverified' as const,
      severity: 'information' as const,
      start: quotation.start,
      end: quotation.end,
      // Not "not in the reference": the article may use the words itself ("in the coming months") without quoting anyone.
      message: `Unverified quote: nobody in the reference set "${reference.name}" is quoted saying these words.`,
      fixes: [],
    }));
