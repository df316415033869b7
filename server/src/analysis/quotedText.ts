// Whether an offset lies inside quotation marks: a speaker's words are theirs, not the draft's claims, so the
// fact rules read nothing inside them.
import { countWhile } from '../text/spans';
import type { DocumentAnalysis } from './analyze';

export function insideQuotation(analysis: DocumentAnalysis, offset: number): boolean {
  // Quotations are in document order and never overlap: only the last one opening at or before `offset` can
  // hold it (binary search, so long drafts stay linear).
  const { quotations } = analysis;
  const opened = countWhile(quotations.length, (i) => quotations[i].open <= offset);
  return opened > 0 && offset <= quotations[opened - 1].close;
}
