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
      message: `Unverified quote: these words are not in the reference set "${reference.name}".`,
      fixes: [],
    }));
