// Whether an offset lies inside quotation marks: a speaker's words are theirs, not the draft's claims, so the
// fact rules read nothing inside them.
import type { DocumentAnalysis } from './analyze';

export function insideQuotation(analysis: DocumentAnalysis, offset: number): boolean {
  return analysis.quotations.some((quotation) => quotation.open <= offset && offset <= quotation.close);
}
