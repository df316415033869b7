// Whether an offset lies inside quotation marks: a speaker's words are theirs, not the draft's claims, so the
// fact rules read nothing inside them.
import type { DocumentAnalysis } from './analyze';

export function insideQuotation(analysis: DocumentAnalysis, offset: number): boolean {
  // Quotations are in document order and never overlap: only the last one opening at or before `offset` can
  // hold it (binary search, so long drafts stay linear).
  const { quotations } = analysis;
  let lo = 0;
  let hi = quotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotations[mid].open <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && offset <= quotations[lo - 1].close;
}
