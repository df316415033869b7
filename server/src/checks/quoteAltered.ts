// quote-altered: the quotation is nearly a reference quote, but words were swapped, dropped or added.
import type { MatchedPiece } from '../analysis/quoteMatch';
import type { IndexedQuote } from '../reference/index';
import { describeChange, wordChanges } from '../text/wordDiff';
import type { Check } from './check';
import type { TextEdit } from './finding';
import { quoteEvidence, speakerName } from './quoteEvidence';

export const quoteAltered: Check = ({ analysis, reference, confirm }) =>
  analysis.quotations.flatMap((quotation) => {
    const { match } = quotation;
    if (match?.kind === 'exact') confirm(quotation);
    if (match?.kind !== 'altered') return [];
    const text = analysis.doc.text;
    const changes = match.pieces.flatMap((piece) =>
      wordChanges(piece.alignment.ops, piece.words.map((w) => text.slice(w.start, w.end)), match.quote.words.map((w) => match.quote.quote.text.slice(w.start, w.end))),
    );
    const speaker = speakerName(reference, match.quote.quote.speaker);
    return [
      {
        code: 'quote-altered' as const,
        severity: 'warning' as const,
        start: quotation.start,
        end: quotation.end,
        message: `Altered quote: ${speaker}'s words differ from the reference: ${changes.map(describeChange).join('; ')}.`,
        refId: match.quote.quote.id,
        evidence: quoteEvidence(reference, match.quote, `${speaker}'s exact words`),
        fixes: [{ title: 'Use the exact words', edits: match.pieces.flatMap((piece) => exactWordsEdit(piece, match.quote)), preferred: true }],
      },
    ];
  });

/**
 * One edit per piece, from the first differing word to the last, filled with the reference's own text between
 * the same anchors: the draft's quote marks and everything around the change stay as they were.
 */
function exactWordsEdit(piece: MatchedPiece, quote: IndexedQuote): TextEdit[] {
  const { ops } = piece.alignment;
  const first = ops.findIndex((op) => op.kind !== 'equal');
  if (first < 0) return [];
  let last = ops.length - 1;
  while (ops[last].kind === 'equal') last--;
  const before = ops.slice(0, first).reverse().find((op) => op.kind === 'equal');
  const after = ops.slice(last + 1).find((op) => op.kind === 'equal');
  const draft = piece.words;
  const ref = quote.words;
  const refFirst = ops.slice(first, last + 1).find((op) => op.ref !== undefined)?.ref;
  const refLast = ops.slice(first, last + 1).reverse().find((op) => op.ref !== undefined)?.ref;
  const start = before ? draft[before.draft!].end : draft[ops[first].draft ?? 0].start;
  const end = after ? draft[after.draft!].start : draft[ops[last].draft ?? draft.length - 1].end;
  const refStart = before ? ref[before.ref!].end : refFirst !== undefined ? ref[refFirst].start : ref[after!.ref!].start;
  const refEnd = after ? ref[after.ref!].start : refLast !== undefined ? ref[refLast].end : ref[before!.ref!].end;
  return [{ start, end, newText: quote.quote.text.slice(refStart, refEnd) }];
}
