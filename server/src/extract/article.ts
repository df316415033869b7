// An article read once for extraction: its prose, words, sentences and quotations, and runs of capitalised
// words ("US Defense Secretary Lloyd Austin", "Tsai Ing-wen", "Daniel J. Kritenbrink") split into parts.
import type { Span } from '../checks/finding';
import { readDocument, type ProseDocument } from '../analysis/document';
import { findQuotations, type QuotationSpan } from '../analysis/quotations';
import { spanAt } from '../text/spans';
import { isCapitalized, normalizeWord, stripPossessive, words, type Word } from '../text/words';

/** One space-separated part of a name: "Ing-wen" is one part of "Tsai Ing-wen". */
export interface Part extends Span {
  text: string;
  /** Lower case, possessive dropped. */
  norm: string;
  /** Index of the part's first word in Article.words. */
  firstWord: number;
  lastWord: number;
}

export interface CapitalisedRun {
  parts: Part[];
  /** The last part ends in 's or ’s (the run stops there: "Blinken’s visit"). */
  possessive: boolean;
}

export class Article {
  readonly doc: ProseDocument;
  readonly words: Word[];
  readonly quotations: QuotationSpan[];
  private readonly sentenceFirstWords = new Set<number>();

  constructor(readonly text: string) {
    this.doc = readDocument(text, 'plaintext');
    this.words = words(this.doc.prose);
    this.quotations = findQuotations(this.doc.prose, this.doc.blocks);
    let w = 0;
    for (const sentence of this.doc.sentences) {
      while (w < this.words.length && this.words[w].start < sentence.start) w++;
      if (w < this.words.length && this.words[w].start < sentence.end) this.sentenceFirstWords.add(w);
    }
  }

  wordText(index: number): string {
    const word = this.words[index];
    return word ? this.text.slice(word.start, word.end) : '';
  }

  isCapitalised(index: number): boolean {
    return isCapitalized(this.wordText(index));
  }

  startsSentence(index: number): boolean {
    return this.sentenceFirstWords.has(index);
  }

  /** The text between word `index - 1` and word `index`. */
  gapBefore(index: number): string {
    const previous = this.words[index - 1];
    const word = this.words[index];
    return previous && word ? this.text.slice(previous.end, word.start) : '';
  }

  inQuotation(offset: number): boolean {
    return spanAt(this.quotations, offset) !== undefined;
  }

  sentenceAt(offset: number): Span | undefined {
    return spanAt(this.doc.sentences, offset);
  }

  /** Every maximal run of capitalised parts, in order. */
  capitalisedRuns(): CapitalisedRun[] {
    const runs: CapitalisedRun[] = [];
    let parts: Part[] = [];
    const close = (possessive: boolean) => {
      if (parts.length) runs.push({ parts, possessive });
      parts = [];
    };
    for (let i = 0; i < this.words.length; i++) {
      if (!this.isCapitalised(i)) {
        close(false);
        continue;
      }
      const gap = this.gapBefore(i);
      const previous = parts[parts.length - 1];
      const initial = previous && previous.end - previous.start === 1 && /^\.[ \t]$/.test(gap);
      if (previous && !/^[ \t]$/.test(gap) && !initial) close(false);
      // A part takes hyphenated continuations whatever their case: "Ing-wen", "Sino-US".
      let last = i;
      while (last + 1 < this.words.length && this.gapBefore(last + 1) === '-') last++;
      const lastNorm = stripPossessive(this.words[last].norm);
      const possessive = lastNorm !== this.words[last].norm;
      const end = this.words[last].end - (this.words[last].norm.length - lastNorm.length);
      const text = this.text.slice(this.words[i].start, end);
      parts.push({ start: this.words[i].start, end, text, norm: normalizeWord(text), firstWord: i, lastWord: last });
      i = last;
      if (possessive) close(true);
    }
    close(false);
    return runs;
  }
}
