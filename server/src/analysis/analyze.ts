// Everything the checks need to know about a document, read once per reference set (the reference-independent
// part once for all of them).
import type { ReferenceIndex } from '../reference/index';
import { memoTable } from '../text/memo';
import { spansWithin } from '../text/spans';
import { words, type Word } from '../text/words';
import { attributeQuotations, type Attribution } from './attribution';
import { readDocument, type DocumentLanguage, type ProseDocument } from './document';
import { findMentions, type Mention } from './mentions';
import { findQuotations, type QuotationSpan } from './quotations';
import { acceptedSpeakers, matchQuotation, quotationPieces, type QuoteMatch } from './quoteMatch';

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

interface ProseReading {
  doc: ProseDocument;
  words: Word[];
  spans: QuotationSpan[];
}

/** What no reference set changes (the prose, its words, its quotation marks), read once for all the sets. */
const readings = { markdown: memoTable<string, ProseReading>(4), plaintext: memoTable<string, ProseReading>(4) };

function readProse(text: string, language: DocumentLanguage): ProseReading {
  return readings[language].get(text, () => {
    const doc = readDocument(text, language);
    return { doc, words: words(doc.prose), spans: findQuotations(doc.prose, doc.blocks) };
  });
}

/**
 * Near-identical words put in someone else's mouth, by a confident attribution, are more likely another quote
 * than an altered one: such a quotation is left unmatched (unverified) rather than called altered or misattributed.
 */
function plausibleMatch(match: QuoteMatch | undefined, attribution: Attribution): QuoteMatch | undefined {
  if (match?.kind !== 'altered' || !attribution.confident || !attribution.entity) return match;
  return acceptedSpeakers(match).has(attribution.entity.id) ? match : undefined;
}

export function analyzeDocument(text: string, language: DocumentLanguage, reference: ReferenceIndex): DocumentAnalysis {
  const { doc, words: docWords, spans } = readProse(text, language);
  const mentions = findMentions(doc, docWords, reference);
  const attributions = attributeQuotations(doc, docWords, mentions, spans);
  const quotations = spans.map((span, i): Quotation => {
    const quotationWords = spansWithin(docWords, span);
    const attribution = attributions[i];
    return { ...span, words: quotationWords, attribution, match: plausibleMatch(matchQuotation(quotationPieces(doc.prose, quotationWords), reference), attribution) };
  });
  return { doc, words: docWords, mentions, quotations };
}
