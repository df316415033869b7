// Everything the checks need to know about a document, read once per reference set.
import type { ReferenceIndex } from '../reference/index';
import { words, type Word } from '../text/words';
import { readDocument, type DocumentLanguage, type ProseDocument } from './document';
import { findMentions, type Mention } from './mentions';

export interface DocumentAnalysis {
  doc: ProseDocument;
  /** Every word of the prose, in order. */
  words: Word[];
  mentions: Mention[];
}

export function analyzeDocument(text: string, language: DocumentLanguage, reference: ReferenceIndex): DocumentAnalysis {
  const doc = readDocument(text, language);
  const docWords = words(doc.prose);
  return { doc, words: docWords, mentions: findMentions(doc, docWords, reference) };
}
