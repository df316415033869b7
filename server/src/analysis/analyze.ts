// Everything the checks need to know about a document, read once per reference set.
import type { ReferenceIndex } from '../reference/index';
import { words, type Word } from '../text/words';
import { attributeQuotations, wordsIn, type Attribution } from './attribution';
import { readDocument, type DocumentLanguage, type ProseDocument } from './document';
import { findMentions, type Mention } from './mentions';
import { findQuotations, type QuotationSpan } from './quotations';
import { matchQuotation, quotationPieces, type QuoteMatch } from './quoteMatch';

export interface Quotation extends QuotationSpan {
  /** The words inside the quote marks. */
  words: Word[];
  attribution: Attribution;
  /** The reference quote these words are (exactly or nearly), if any. */
  match?: QuoteMatch;
}

export interface DocumentAnalysis {
  doc: ProseDocument;
  /** Every word of the prose, in order. */
  words: Word[];
  mentions: Mention[];
  quotations: Quotation[];
}

export function analyzeDocument(text: string, language: DocumentLanguage, reference: ReferenceIndex): DocumentAnalysis {
  const doc = readDocument(text, language);
  const docWords = words(doc.prose);
  const mentions = findMentions(doc, docWords, reference);
  const spans = findQuotations(doc.prose, doc.blocks);
  const attributions = attributeQuotations(doc, docWords, mentions, spans);
  const quotations = spans.map((span, i): Quotation => {
    const quotationWords = wordsIn(docWords, span);
    return {
      ...span,
      words: quotationWords,
      attribution: attributions[i],
      match: matchQuotation(quotationPieces(doc.prose, quotationWords), reference),
    };
  });
  return { doc, words: docWords, mentions, quotations };
}
