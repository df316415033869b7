// quote-altered: the quotation is nearly a reference quote, but words were swapped, dropped or added.
import type { MatchedPiece } from '../analysis/quoteMatch';
import type { AlignOp } from '../text/alignment';
import { countWhile } from '../text/spans';
import { inHeading } from '../analysis/document';
import type { IndexedQuote } from '../reference/index';
import { describeChange, wordChanges, type WordChange } from '../text/wordDiff';
import type { Check } from './check';
import type { Span, TextEdit } from './finding';
import type { Word } from '../text/words';
import { quoteEvidence, speakerName } from './quoteEvidence';

export const quoteAltered: Check = ({ analysis, reference, confirm }) =>
  analysis.quotations.flatMap((quotation, index) => {
    const { match } = quotation;
    // "Glaser did not say the visit went “better than anyone expected”": words no one is said to have said.
    if (!match || quotation.attribution.denied) return [];
    const text = analysis.doc.text;
    const refText = match.quote.quote.text;
    const cuts = negationsCut(match.pieces, match.quote);
    if (match.kind === 'exact' && cuts.length === 0) confirm(quotation);
    if (match.kind !== 'altered' && cuts.length === 0) return [];
    // "## 'The relationship takes work'": a headline may leave words out of a quote, adding or changing none.
    // (Not a word that changes what is said: "nearly", "not".)
    const left = cuts.length === 0 && inHeading(analysis.doc, quotation) ? wordsLeftOut(quotation.words.map((word) => word.norm), match.quote.words.map((word) => word.norm)) : undefined;
    if (left && !left.some((word) => NEGATIONS.has(word) || HEDGES.has(word))) return [];
    // "“… to be firm,” he added, “and looking …”": the next quotation goes on with the same reference quote.
    const next = analysis.quotations[index + 1]?.match;
    const goesOnAt = next && next.quote === match.quote ? next.pieces[0]?.alignment.refStart : undefined;
    const repairOf = (piece: MatchedPiece, k: number) => edgeRepair(piece, match.quote, k === match.pieces.length - 1 ? goesOnAt : undefined);
    const changes = match.pieces.flatMap((piece, k) => {
      const repair = repairOf(piece, k);
      if (repair) return [repair.change(text, refText)];
      const found = wordChanges(piece.alignment.ops, piece.words.map((w) => text.slice(w.start, w.end)), match.quote.words.map((w) => refText.slice(w.start, w.end)));
      // One change at the quotation's edge: the words the fix writes there ("“money” → “a season”", not "“money” added").
      const { ops } = piece.alignment;
      if (found.length !== 1 || (ops[0].kind === 'equal' && ops[ops.length - 1].kind === 'equal')) return found;
      const [edit] = exactWordsEdit(text, piece, match.quote);
      return edit ? [{ draft: text.slice(edit.start, edit.end).trim(), reference: edit.newText.trim() }] : found;
    });
    changes.push(...cuts.map((cut) => ({ draft: text.slice(cut.start, cut.end).trim(), reference: cut.newText.trim() })));
    const speaker = speakerName(reference, match.quote.quote.speaker);
    return [
      {
        code: 'quote-altered' as const,
        severity: 'warning' as const,
        start: quotation.start,
        end: quotation.end,
        message: `Altered quote: ${possessive(speaker)} words differ from the reference: ${changes.map(describeChange).join('; ')}.`,
        refId: match.quote.quote.id,
        evidence: quoteEvidence(reference, match.quote, `${possessive(speaker)} exact words`),
        fixes: [{ title: 'Use the exact words', edits: [...match.pieces.flatMap((piece, k) => repairEdit(repairOf(piece, k), match.quote) ?? exactWordsEdit(text, piece, match.quote)), ...cuts].sort((a, b) => a.start - b.start), preferred: true }],
      },
    ];
  });

/** Words that turn a statement round: an ellipsis cutting one out says the opposite of what was said. */
const NEGATIONS = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'nothing', 'none', 'nobody', 'without', 'cannot', "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't",
  "wasn't", "weren't", "wouldn't", "shouldn't", "couldn't", "hasn't", "haven't", "hadn't",
]);

/** Most words an ellipsis may cut, a negation among them, and be read as turning the statement round. */
const LONGEST_NEGATING_CUT = 3;

/**
 * "Blinken's brief visit will … bring resolution" for "will not bring resolution": where an ellipsis between two
 * pieces of a quotation cuts out a word of negation, the edit putting the reference's words back in its place.
 */
function negationsCut(pieces: readonly MatchedPiece[], quote: IndexedQuote): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let k = 0; k + 1 < pieces.length; k++) {
    const [left, right] = [pieces[k], pieces[k + 1]];
    const cut = quote.words.slice(left.alignment.refEnd, right.alignment.refStart);
    const lastWord = left.words.at(-1);
    const nextWord = right.words[0];
    // A short cut: one taking out a whole clause with its "not" leaves the rest saying what it said.
    if (!lastWord || !nextWord || left.alignment.refEnd === 0 || cut.length > LONGEST_NEGATING_CUT || !cut.some((word) => NEGATIONS.has(word.norm))) continue;
    const refText = quote.quote.text;
    edits.push({ start: lastWord.end, end: nextWord.start, newText: refText.slice(quote.words[left.alignment.refEnd - 1].end, quote.words[right.alignment.refStart]?.start ?? refText.length) });
  }
  return edits;
}

/** A change at a quotation's edge that the alignment, which may stop at the quotation's ends, misreads. */
interface EdgeRepair {
  /** The draft's words to replace, and the reference's words to put there. */
  draft: Span;
  ref: Span;
  change: (draftText: string, refText: string) => WordChange;
}

/** How many reference words a quotation's last (or first) words may skip and still be read as those words. */
const MOST_DROPPED_AT_EDGE = 3;

/**
 * Nothing differs but the piece's last words, which the alignment reads as added:
 * - the reference's next words in another order: "… veer into conflict or confrontation" for "… veer into
 *   confrontation or conflict";
 * - the reference's words a few words on, those between them dropped: "… veer into conflict" for "… veer into
 *   confrontation or conflict".
 */
function edgeRepair(piece: MatchedPiece, quote: IndexedQuote, goesOnAt?: number): EdgeRepair | undefined {
  const { ops } = piece.alignment;
  let lastEqual = ops.length - 1;
  while (lastEqual >= 0 && ops[lastEqual].kind === 'insert') lastEqual--;
  if (lastEqual < 0 || ops.slice(0, lastEqual + 1).some((op) => op.kind !== 'equal')) return reorderedAtEnd(piece, quote);
  const added = piece.words.slice(ops[lastEqual].draft! + 1);
  if (added.length === 0) return undefined;
  const from = ops[lastEqual].ref! + 1;
  // - words changed, when the next quotation says where the reference goes on: "to be firm,” he added, “and
  //   looking" for "to be tough and looking".
  if (goesOnAt !== undefined && goesOnAt > from && goesOnAt - from <= added.length + 1) {
    const draft = { start: added[0].start, end: added[added.length - 1].end };
    const ref = { start: quote.words[from].start, end: quote.words[goesOnAt - 1].end };
    return { draft, ref, change: (draftText, refText) => ({ draft: draftText.slice(draft.start, draft.end), reference: refText.slice(ref.start, ref.end) }) };
  }
  for (let skipped = 1; skipped <= MOST_DROPPED_AT_EDGE && from + skipped + added.length <= quote.words.length; skipped++) {
    const later = quote.words.slice(from + skipped, from + skipped + added.length);
    if (later.some((word, k) => word.norm !== added[k].norm)) continue;
    const dropped = { start: quote.words[from].start, end: quote.words[from + skipped - 1].end };
    return {
      draft: { start: added[0].start, end: added[added.length - 1].end },
      ref: { start: dropped.start, end: later[later.length - 1].end },
      change: (_draftText, refText) => ({ draft: '', reference: refText.slice(dropped.start, dropped.end) }),
    };
  }
  return undefined;
}

/**
 * See edgeRepair: the piece's last words are the reference's next ones in another order ("in values, in outlook"
 * for "in outlook, in values"): words the alignment reads as added, then words it matched, to the end.
 */
function reorderedAtEnd(piece: MatchedPiece, quote: IndexedQuote): EdgeRepair | undefined {
  const { ops } = piece.alignment;
  let tail = ops.length;
  while (tail > 0 && ops[tail - 1].kind === 'equal') tail--;
  let first = tail;
  while (first > 0 && ops[first - 1].kind === 'insert') first--;
  if (first === tail || tail === ops.length || ops.slice(0, first).some((op) => op.kind !== 'equal')) return undefined;
  const refFrom = ops[tail].ref!;
  const refTo = refFrom + (ops.length - first) - 1;
  if (refTo >= quote.words.length) return undefined;
  const draftWords = piece.words.slice(ops[first].draft!, ops[ops.length - 1].draft! + 1);
  const refWords = quote.words.slice(refFrom, refTo + 1);
  const sorted = (list: readonly Word[]) => list.map((w) => w.norm).sort().join(' ');
  if (sorted(draftWords) !== sorted(refWords)) return undefined;
  const draft = { start: draftWords[0].start, end: draftWords[draftWords.length - 1].end };
  const ref = { start: refWords[0].start, end: refWords[refWords.length - 1].end };
  return { draft, ref, change: (draftText, refText) => ({ draft: draftText.slice(draft.start, draft.end), reference: refText.slice(ref.start, ref.end), reordered: true }) };
}

function repairEdit(repair: EdgeRepair | undefined, quote: IndexedQuote): TextEdit[] | undefined {
  return repair && [{ ...repair.draft, newText: quote.quote.text.slice(repair.ref.start, repair.ref.end) }];
}

/**
 * One edit per piece, from the first differing word to the last, filled with the reference's own text between
 * the same anchors: the draft's quote marks and everything around the change stay as they were.
 */
function exactWordsEdit(draftText: string, piece: MatchedPiece, quote: IndexedQuote): TextEdit[] {
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
  const text = quote.quote.text;
  // A change at the quotation's edge takes in the reference's words beside it, one more than the draft's words it
  // changed there, within the clause: "That's no easy feat" is "That is no easy feat"; "…require us all to
  // cooperate" is "…to work together".
  const changedAtEdge = (run: readonly AlignOp[]) => {
    const changed = run.slice(0, countWhile(run.length, (i) => run[i].kind !== 'equal'));
    return changed.filter((op) => op.draft !== undefined).length + 1 - changed.filter((op) => op.ref !== undefined).length;
  };
  // …unless the changed words end a clause as the reference's do: "necessary, but …" is "essential, but …".
  const lastChanged = ops[countWhile(ops.length, (i) => ops[i].kind !== 'equal') - 1];
  const sameClauseEnd = lastChanged?.kind === 'substitute' && endsClause(draftText, draft[lastChanged.draft!].end) && draftText[draft[lastChanged.draft!].end] === text[ref[lastChanged.ref!].end];
  // …nor a word the draft has right outside the quotation: "may well restart “much-needed …”" is "restart “badly needed".
  const takenBefore = (count: number) => wordsBefore(text, refFirst !== undefined ? ref[refFirst].start : ref[after!.ref!].start, count);
  const leadingCount = changedAtEdge(ops) - (sameClauseEnd ? 1 : 0);
  // …nor a function word the reference has before the changed one, when the draft's word is no contraction:
  // "wants “small steps toward …”" is "wants “baby steps toward …”", not "“for baby steps …”".
  const farthest = () => firstWordOf(text, takenBefore(leadingCount));
  // (Unless it is the draft's word itself, a word after it dropped: "“in respects, …”" is "“in many respects, …”".)
  const firstDrafted = draftText.slice(draft[0].start, draft[0].end);
  const keptFunctionWord = () => DANGLING.has(farthest()) && !/['’]/.test(firstDrafted) && farthest() !== firstDrafted.toLowerCase();
  const refStart = before
    ? ref[before.ref!].end
    : leadingCount > 1 && (farthest() === lastWordOf(draftText, draft[0].start) || keptFunctionWord())
      ? takenBefore(leadingCount - 1)
      : takenBefore(leadingCount);
  const endOfChange = () => (refLast !== undefined ? ref[refLast].end : ref[before!.ref!].end);
  const refEnd = after ? ref[after.ref!].start : withoutDanglingEnd(text, endOfChange(), wordsAfter(text, endOfChange(), changedAtEdge([...ops].reverse())), refLast !== undefined);
  const newText = text.slice(refStart, refEnd);
  // The draft's capital at the quotation's start stays: "It’ll not be …" is "It will not be …".
  const capital = !before && /^\p{Lu}/u.test(draftText.charAt(start)) ? newText.charAt(0).toUpperCase() + newText.slice(1) : newText;
  return [{ start, end, newText: capital }];
}

/** The first word at or after `offset`, lower-cased; '' if none. */
function firstWordOf(text: string, offset: number): string {
  return /^\s*(\p{L}+)/u.exec(text.slice(offset, offset + 40))?.[1].toLowerCase() ?? '';
}

/** The last word before `offset` (past spaces and quote marks), lower-cased; '' if none. */
function lastWordOf(text: string, offset: number): string {
  return /(?<!\p{L})(\p{L}+)[\s"“”‘’']*$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[1].toLowerCase() ?? '';
}

const CLAUSE_MARK = /[.,;:!?—–()“”"‘’']/;
const LETTER = /\p{L}/u;

/** Punctuation or a quote mark at `i`, not an apostrophe inside a word ("China’s"). */
function endsClause(text: string, i: number): boolean {
  return CLAUSE_MARK.test(text[i]) && !(/[’']/.test(text[i]) && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? ''));
}

/** Where up to `count` words before `offset` start, within its clause. */
function wordsBefore(text: string, offset: number, count: number): number {
  let start = offset;
  for (let taken = 0; taken < count; taken++) {
    let at = start;
    while (at > 0 && /\s/.test(text[at - 1])) at--;
    if (at === 0 || endsClause(text, at - 1)) break;
    while (at > 0 && !/\s/.test(text[at - 1]) && !endsClause(text, at - 1)) at--;
    start = at;
  }
  return start;
}

/** Words a quotation does not end on: "to be tough and" is "to be tough". */
const DANGLING = new Set(['and', 'or', 'but', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'with', 'that', 'by', 'at', 'before', 'after', 'we', 'it', 'they', 'he', 'she', 'is', 'was', 'are']);

/** `end`, less the function words the words after `from` end with (one word kept unless `fromAWord`). */
function withoutDanglingEnd(text: string, from: number, end: number, fromAWord: boolean): number {
  let cut = end;
  for (let last = /\s(\p{L}+)$/u.exec(text.slice(from, cut)); last && (last.index > 0 || fromAWord) && DANGLING.has(last[1].toLowerCase()); last = /\s(\p{L}+)$/u.exec(text.slice(from, cut))) {
    cut = from + last.index;
  }
  return cut;
}

/** Where up to `count` words after `offset` end, within its clause. */
function wordsAfter(text: string, offset: number, count: number): number {
  let end = offset;
  for (let taken = 0; taken < count; taken++) {
    let at = end;
    while (at < text.length && /\s/.test(text[at])) at++;
    if (at === text.length || endsClause(text, at)) break;
    while (at < text.length && !/\s/.test(text[at]) && !endsClause(text, at)) at++;
    end = at;
  }
  return end;
}

/** "Bonnie Glaser's", "Chinese Ministry of Foreign Affairs'": a name ending in "s" takes the apostrophe alone. */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/**
 * The words of `whole` that `part` leaves out between its first and last words, when every word of `part` is in
 * `whole` in order (matched from the end, nearest together); else undefined.
 */
function wordsLeftOut(part: readonly string[], whole: readonly string[]): string[] | undefined {
  const left: string[] = [];
  let at = part.length - 1;
  for (let k = whole.length - 1; k >= 0 && at >= 0; k--) {
    if (part[at] === whole[k]) at--;
    else if (at < part.length - 1) left.push(whole[k]);
  }
  return at < 0 ? left : undefined;
}

/** Words that qualify how much or how sure: left out of a quote, they change what it says. */
const HEDGES = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'only', 'just', 'some', 'more', 'less', 'may', 'might', 'could', 'perhaps', 'probably']);
