// Which reference quote, if any, is a draft quotation? Candidates come from the index (shared word trigrams,
// or shared rare words when an edit broke every trigram); each candidate is aligned word by word.
//   exact:   every word agrees (the whole quote or a contiguous run of it: a partial quotation);
//   altered: most words agree and a few were swapped, dropped or added.
// Ellipses and [bracketed insertions] are editorial cuts: each piece must match, in order, in the same quote.
import type { IndexedQuote, ReferenceIndex } from '../reference/index';
import { QUOTE_NGRAM } from '../reference/index';
import { alignWords, type AlignOp, type Alignment } from '../text/alignment';
import { isCommonWord } from './dictionary';
import { spellingKey } from '../text/spelling';
import { words, type Word } from '../text/words';
import { memoTable, oncePer } from '../text/memo';

export interface MatchedPiece {
  words: Word[];
  alignment: Alignment;
}

export interface QuoteMatch {
  quote: IndexedQuote;
  kind: 'exact' | 'altered';
  pieces: MatchedPiece[];
  /** Every reference quote that contains these words exactly (a short partial quote can be in several). */
  exactIn: IndexedQuote[];
  /** Altered, with a single agreeing word that carries meaning: judged only when given to the quote's speaker. */
  weak?: boolean;
}

/** Candidates aligned per quotation; more would only cost time, the index ranks them well. */
const MAX_CANDIDATES = 4;
/** A word shared by more quotes than this is too common to suggest a candidate. */
const COMMON_WORD_SHARE = 0.05;
const STOPWORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'is', 'it', 'that', 'this', 'be', 'with', 'as', 'at', 'by', 'we', 'i', 'not', 'but']);

/** Splits a quotation's words at ellipses and bracketed insertions. */
export function quotationPieces(prose: string, draftWords: readonly Word[], reference: ReferenceIndex, contentStart = draftWords[0]?.start ?? 0): Word[][] {
  const quotationWords = withLineEndHyphensJoined(prose, withBracketedLetters(prose, draftWords), reference);
  const pieces: Word[][] = [[]];
  let bracketDepth = 0;
  for (let i = 0; i < quotationWords.length; i++) {
    // Before the first word, what follows the opening mark: “[His] visit …” opens with an insertion.
    const gap = prose.slice(i === 0 ? Math.min(contentStart, quotationWords[0].start) : quotationWords[i - 1].end, quotationWords[i].start);
    // A "]" with no "[" open before it is a stray mark, not the end of an insertion: “It’s] pretty clear …”.
    let closed = false;
    for (const ch of gap) {
      if (ch === '[') bracketDepth++;
      else if (ch === ']' && bracketDepth > 0) {
        bracketDepth--;
        closed = true;
      }
    }
    if ((closed || /\.\.\.|…/.test(gap)) && pieces[pieces.length - 1].length) pieces.push([]);
    if (bracketDepth > 0 || /\[\s*$/.test(gap)) {
      if (pieces[pieces.length - 1].length) pieces.push([]);
      continue;
    }
    pieces[pieces.length - 1].push(quotationWords[i]);
  }
  return pieces.filter((p) => p.length > 0);
}

/**
 * "[T]here", "work[s]": letters in brackets glued to the rest of a word change its case or ending, they are no
 * insertion. Each such word is read whole, without its brackets ("there"), over the span it covers.
 */
function withBracketedLetters(prose: string, quotationWords: readonly Word[]): Word[] {
  const merged: Word[] = [];
  for (const word of quotationWords) {
    const previous = merged[merged.length - 1];
    const gap = previous ? prose.slice(previous.end, word.start) : '';
    // "[T]" then "here", the brackets taken into the word's span; "work" then "[s]" likewise.
    const opening = gap === ']' && prose[previous.start - 1] === '[';
    const closing = gap === '[' && prose[word.end] === ']';
    if (opening || closing) merged[merged.length - 1] = { norm: previous.norm + word.norm, start: opening ? previous.start - 1 : previous.start, end: closing ? word.end + 1 : word.end };
    else merged.push(word);
  }
  return merged;
}

/** A hyphen ending a line, then the rest of a word on the next ("per-⏎formative"), in text wrapped by hand or pasted from a PDF. */
const LINE_END_HYPHEN = /^-[ \t]*\r?\n[ \t>]*$/;

/**
 * "purely per-⏎formative": a word broken across a line end is read whole over the span it covers, when whole it is
 * a word of the reference's quotes or of English, or a part alone is no English word; a compound broken at its own
 * hyphen ("long-⏎awaited") stays two words.
 */
function withLineEndHyphensJoined(prose: string, quotationWords: readonly Word[], reference: ReferenceIndex): Word[] {
  const joined: Word[] = [];
  const isWord = (norm: string) => isCommonWord(norm) || reference.quoteHitsForWord(norm).length > 0;
  for (const word of quotationWords) {
    const previous = joined[joined.length - 1];
    const whole = previous && LINE_END_HYPHEN.test(prose.slice(previous.end, word.start)) ? previous.norm + word.norm : undefined;
    if (whole && (isWord(whole) || !isCommonWord(previous.norm) || !isCommonWord(word.norm))) joined[joined.length - 1] = { norm: whole, start: previous.start, end: word.end };
    else joined.push(word);
  }
  return joined;
}

/** The speakers the reference accepts for the matched words (the quote's own and its alternatives). */
export function acceptedSpeakers(match: QuoteMatch): Set<string> {
  const quotes = match.kind === 'exact' ? match.exactIn : [match.quote];
  return new Set(quotes.flatMap((q) => [q.quote.speaker, ...(q.quote.alsoAttributableTo ?? [])]));
}

/**
 * Whom the words may be credited to: the accepted speakers, and for a spokesperson's words the body they speak
 * for ("Beijing said the US must “respect China’s core concerns”" of the foreign ministry spokesman's words).
 */
export function creditedSpeakers(match: QuoteMatch, reference: ReferenceIndex): Set<string> {
  const credited = acceptedSpeakers(match);
  for (const id of [...credited]) for (const body of bodiesSpokenFor(reference).get(id) ?? []) credited.add(body);
  return credited;
}

const SPOKESPERSON = /\bspokes(?:man|woman|person)\b/i;

/**
 * For each spokesperson of the reference, the organisations they speak for: those whose name or alias holds the
 * rest of their title's words ("foreign ministry" of "foreign ministry spokesman"), with the organisations the
 * reference credits those organisations' own words to as well (a ministry's words are its government's).
 */
const bodiesSpokenFor = oncePer((reference: ReferenceIndex): Map<string, Set<string>> => {
  const { people, organizations } = reference.loaded.set;
  const together = new Map<string, Set<string>>();
  for (const { quote } of reference.quotes) {
    const ids = [quote.speaker, ...(quote.alsoAttributableTo ?? [])];
    for (const id of ids) for (const other of ids) if (other !== id) (together.get(id) ?? together.set(id, new Set()).get(id)!).add(other);
  }
  const isOrganization = (id: string) => reference.entities.get(id)?.kind === 'organization';
  const bodies = new Map<string, Set<string>>();
  for (const person of people) {
    for (const role of person.roles) {
      if (role.former || !SPOKESPERSON.test(role.title)) continue;
      const office = words(role.title.replace(SPOKESPERSON, '')).map((word) => word.norm);
      if (office.length === 0) continue;
      for (const organization of organizations) {
        const named = [organization.name, ...organization.aliases].some((form) => office.every((word) => words(form).some((w) => w.norm === word)));
        if (!named) continue;
        const found = bodies.get(person.id) ?? bodies.set(person.id, new Set()).get(person.id)!;
        found.add(organization.id);
        for (const other of together.get(organization.id) ?? []) if (isOrganization(other)) found.add(other);
      }
    }
  }
  return bodies;
});

/** What a match depends on: the pieces' words. Cached per reference set, so re-checks align only new quotations. */
interface CachedMatch {
  /** The best-scoring quotes, each with its alignments: more than one when they tie. */
  best: { quote: IndexedQuote; alignments: Alignment[]; weak?: boolean }[];
  kind: QuoteMatch['kind'];
  exactIn: IndexedQuote[];
}
const matches = memoTable<string, CachedMatch | null>(20_000);

/**
 * The reference quote the quotation's words are. Of quotes they fit equally well ("mutual respect and fairness" is a
 * word off Balakrishnan's "mutual respect and strategic trust" and Wang Wenbin's "mutual respect and equality"),
 * the one of a speaker `preferred` holds, else the first.
 */
export function matchQuotation(pieces: readonly Word[][], reference: ReferenceIndex, preferred: readonly string[] = []): QuoteMatch | undefined {
  const key = `${reference.serial}|${pieces.map((piece) => piece.map((w) => w.norm).join(' ')).join(' | ')}`;
  const cached = matches.get(key, () => {
    const match = computeMatch(pieces, reference);
    return match ? { best: match.best.map((tie) => ({ quote: tie.quote, alignments: tie.pieces.map((p) => p.alignment), ...(tie.weak && { weak: true }) })), kind: match.kind, exactIn: match.exactIn } : null;
  });
  if (!cached) return undefined;
  const speaks = (quote: IndexedQuote) => [quote.quote.speaker, ...(quote.quote.alsoAttributableTo ?? [])].some((id) => preferred.includes(id));
  const chosen = (preferred.length > 0 && cached.best.find((tie) => speaks(tie.quote))) || cached.best[0];
  return { quote: chosen.quote, kind: cached.kind, exactIn: cached.exactIn, pieces: chosen.alignments.map((alignment, i) => ({ words: pieces[i], alignment })), ...(chosen.weak && { weak: true }) };
}

type Tie = { quote: IndexedQuote; pieces: MatchedPiece[]; weak?: boolean };

function computeMatch(pieces: readonly Word[][], reference: ReferenceIndex): { best: Tie[]; kind: QuoteMatch['kind']; exactIn: IndexedQuote[] } | undefined {
  const all = pieces.flat();
  if (all.length === 0) return undefined;
  const candidates = candidateQuotes(pieces, all, reference);
  let best: Tie[] = [];
  let bestScore = -Infinity;
  let bestDistance = 0;
  const exactIn: IndexedQuote[] = [];
  for (const quote of candidates) {
    const aligned = alignPieces(pieces, quote);
    if (!aligned) continue;
    const distance = aligned.reduce((n, p) => n + p.alignment.distance, 0);
    const equal = aligned.reduce((n, p) => n + p.alignment.equal, 0);
    if (distance === 0) exactIn.push(quote);
    const score = equal - 2 * distance;
    if (score > bestScore) {
      bestScore = score;
      bestDistance = distance;
      best = [{ quote, pieces: aligned }];
    } else if (score === bestScore && distance === bestDistance) best.push({ quote, pieces: aligned });
  }
  if (best.length === 0) return undefined;
  const kind = bestDistance === 0 ? 'exact' : 'altered';
  if (kind === 'exact') return { best, kind, exactIn };
  // The first of the ties says whether the words are a quote altered at all, and how closely; the others are
  // alternatives only when just as close.
  const closeness = closeEnough(best[0].pieces, all.length, best[0].quote);
  if (!closeness) return undefined;
  const alike = best.filter((tie, k) => k === 0 || closeEnough(tie.pieces, all.length, tie.quote) === closeness);
  return { best: closeness === 'weakly' ? alike.map((tie) => ({ ...tie, weak: true })) : alike, kind, exactIn };
}

/**
 * An altered quotation keeps most of its words: at least three agree, at least 60% of the draft's words agree,
 * and the changes are a few runs of at most four words each (an inserted phrase "a lot of" is one change, and so is
 * a phrase moved, see movedPhrase).
 */
function closeEnough(pieces: readonly MatchedPiece[], draftWordCount: number, quote: IndexedQuote): boolean | 'weakly' {
  const equal = pieces.reduce((n, p) => n + p.alignment.equal, 0);
  const runs = pieces.flatMap((p) => changeRuns(p, quote));
  // ("essential, and sufficient": three words, two of them agreeing words that carry meaning, weakly.)
  const few = equal === 2 && draftWordCount <= 3;
  // (A moved phrase's words are the speaker's too.)
  const agreeing = equal + runs.reduce((n, run) => n + movedInto(run, runs), 0);
  const shape = (equal >= 3 || few) && agreeing >= MIN_AGREEING_SHARE * draftWordCount && runs.length <= maxChangeRuns(draftWordCount) && runs.every((run) => changedWords(run) <= MAX_CHANGE_RUN || movedPhrase(run, runs));
  if (!shape) return false;
  // "essential, but not enough": one word that carries meaning agrees; only its own speaker's words (see weak).
  const content = agreeingContentWords(pieces);
  if (few) return content === 2 ? 'weakly' : false;
  return content >= MIN_AGREEING_CONTENT_WORDS ? true : content === 1 ? 'weakly' : false;
}

const MIN_AGREEING_SHARE = 0.6;

function maxChangeRuns(draftWordCount: number): number {
  return Math.max(2, Math.floor(draftWordCount / 5));
}

/**
 * Whether a quotation sharing no n-gram with a quote can still be close enough to it (it cannot be exact): its
 * agreeing words then come in runs shorter than an n-gram, each run but a piece's first after a change, and a long
 * quotation needs more such runs than closeEnough allows changes. Most quotations a set does not hold share no
 * n-gram with it, and looking for candidates by their words is the dearer search.
 */
function mayMatchWithoutSharedNgram(draftWordCount: number, pieceCount: number): boolean {
  const agreeing = Math.ceil(MIN_AGREEING_SHARE * draftWordCount);
  const changes = Math.ceil(agreeing / (QUOTE_NGRAM - 1)) - pieceCount;
  return changes <= maxChangeRuns(draftWordCount);
}

/** "we need to" agrees with many sentences: an alteration must keep at least two words that carry meaning. */
const MIN_AGREEING_CONTENT_WORDS = 2;

function agreeingContentWords(pieces: readonly MatchedPiece[]): number {
  let count = 0;
  for (const piece of pieces) {
    for (const op of piece.alignment.ops) if (op.kind === 'equal' && carriesMeaning(piece.words[op.draft!].norm)) count++;
  }
  return count;
}

function carriesMeaning(norm: string): boolean {
  return norm.length >= 4 && !STOPWORDS.has(norm);
}

/**
 * "Xi told Gates the two countries can cooperate to “benefit the whole world”" for Xi's "… can cooperate to “benefit
 * our two countries”": a short quotation too changed to match by its words is that quote altered when the draft gives
 * it to the quote's speaker, right after the words the article has right before the quote (two, one carrying meaning),
 * and it keeps a word of the quote of five letters or more that carries meaning. Weak: judged only as its own speaker's
 * (see plausibleMatch).
 */
export function matchByLeadIn(quotationWords: readonly Word[], leadWords: readonly Word[], speaker: string, reference: ReferenceIndex): QuoteMatch | undefined {
  if (quotationWords.length === 0 || quotationWords.length > LEAD_IN_QUOTATION_WORDS || leadWords.length < LEAD_IN_WORDS) return undefined;
  const lead = leadWords.slice(-LEAD_IN_WORDS).map((word) => spellingKey(word.norm));
  if (!lead.some(carriesMeaning)) return undefined;
  const draft = quotationWords.map((word) => spellingKey(word.norm));
  for (const quote of reference.quotesOf(speaker)) {
    if (articleLeadIn(quote, reference) !== lead.join(' ')) continue;
    const ref = quote.words.map((word) => spellingKey(word.norm));
    if (!draft.some((norm) => norm.length >= LEAD_IN_SHARED_LETTERS && carriesMeaning(norm) && ref.includes(norm))) continue;
    const alignment = withDropped(alignWords(draft, ref, ref.length, true), 0, ref.length);
    if (alignment.distance > 0) return { quote, kind: 'altered', pieces: [{ words: [...quotationWords], alignment }], exactIn: [], weak: true };
  }
  return undefined;
}

/**
 * "Blinken’s “trip is essential,” Balakrishnan said, “but not enough.”": a short quotation right after one giving a
 * reference quote's words exactly, that goes on with that quote's next words but for one change of a word or two, is
 * that quote altered. Weak: judged only as its own speaker's (see plausibleMatch).
 */
export function matchAsContinuation(quotationWords: readonly Word[], previous: QuoteMatch): QuoteMatch | undefined {
  if (previous.kind !== 'exact' || quotationWords.length === 0 || quotationWords.length > CONTINUATION_WORDS) return undefined;
  const { quote } = previous;
  const from = previous.pieces[previous.pieces.length - 1].alignment.refEnd;
  const rest = quote.words.slice(from).map((word) => spellingKey(word.norm));
  if (rest.length === 0) return undefined;
  const draft = quotationWords.map((word) => spellingKey(word.norm));
  const found = alignWords(draft, rest, undefined, true);
  if (found.distance === 0 || found.equal < Math.ceil(MIN_AGREEING_SHARE * draft.length)) return undefined;
  const shift = (ref: number | undefined) => (ref === undefined ? undefined : ref + from);
  const piece = { words: [...quotationWords], alignment: { ...found, refStart: found.refStart + from, refEnd: found.refEnd + from, ops: found.ops.map((op) => ({ ...op, ref: shift(op.ref) })) } };
  const runs = changeRuns(piece, quote);
  if (runs.length !== 1 || changedWords(runs[0]) > MAX_CONTINUATION_CHANGE) return undefined;
  return { quote, kind: 'altered', pieces: [piece], exactIn: [], weak: true };
}

/** Words at most of a quotation read as going on with the quote before it, and of the one change in it. */
const CONTINUATION_WORDS = 6;
const MAX_CONTINUATION_CHANGE = 2;

/** By quote: the article's last words before it, as `matchByLeadIn` compares them. */
const leadInsOfQuotes = new WeakMap<IndexedQuote, string>();

function articleLeadIn(quote: IndexedQuote, reference: ReferenceIndex): string {
  let leadIn = leadInsOfQuotes.get(quote);
  if (leadIn === undefined) {
    const article = reference.loaded.articleText;
    const before = words(article.slice(Math.max(0, quote.quote.offset - LEAD_IN_REACH), quote.quote.offset)).slice(-LEAD_IN_WORDS);
    leadIn = before.map((word) => spellingKey(word.norm)).join(' ');
    leadInsOfQuotes.set(quote, leadIn);
  }
  return leadIn;
}

/** Words of a quotation short enough to match by the words before it. */
const LEAD_IN_QUOTATION_WORDS = 6;
const LEAD_IN_WORDS = 2;
/** Letters of the word a quotation so matched must keep: more than "very" or "much". */
const LEAD_IN_SHARED_LETTERS = 5;
/** Characters of the article before a quote read for its lead-in words. */
const LEAD_IN_REACH = 60;

const MAX_CHANGE_RUN = 4;

/** A run of consecutive edits in an alignment: the draft's words in it and the reference's. */
interface ChangeRun {
  draft: string[];
  ref: string[];
}

function changeRuns(piece: MatchedPiece, quote: IndexedQuote): ChangeRun[] {
  const runs: ChangeRun[] = [];
  let current: ChangeRun | undefined;
  for (const op of piece.alignment.ops) {
    if (op.kind === 'equal') {
      current = undefined;
      continue;
    }
    if (!current) runs.push((current = { draft: [], ref: [] }));
    if (op.draft !== undefined) current.draft.push(piece.words[op.draft].norm);
    if (op.ref !== undefined) current.ref.push(quote.words[op.ref].norm);
  }
  return runs;
}

function changedWords(run: ChangeRun): number {
  return Math.max(run.draft.length, run.ref.length);
}

/**
 * "moving from sober talks behind closed doors to angry rhetoric at the podium" for "…from angry rhetoric at the
 * podium to sober talks behind closed doors": the words a long run drops stand in another run as a phrase (or it adds
 * a phrase another run drops), all but a few of them; the phrase was moved, one change however long.
 */
function movedPhrase(run: ChangeRun, runs: readonly ChangeRun[]): boolean {
  const moved = Math.max(movedInto(run, runs), ...runs.map((other) => (other === run ? 0 : commonRun(run.ref, other.draft).length)));
  return moved >= MIN_MOVED_PHRASE && changedWords(run) - moved <= MAX_CHANGE_RUN;
}

/** How many of the words a run adds are a phrase another run drops (none when too short to be a moved phrase). */
function movedInto(run: ChangeRun, runs: readonly ChangeRun[]): number {
  const moved = Math.max(0, ...runs.map((other) => (other === run ? 0 : commonRun(run.draft, other.ref).length)));
  return moved >= MIN_MOVED_PHRASE ? moved : 0;
}

const MIN_MOVED_PHRASE = 3;

/** The longest run of words `a` and `b` both have, and where it starts in `b`. */
function commonRun(a: readonly string[], b: readonly string[]): { length: number; inB: number } {
  let best = { length: 0, inB: 0 };
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best.length) best = { length: k, inB: j };
    }
  }
  return best;
}

/**
 * "moving from sober talks behind closed doors to angry rhetoric" for "moving from angry rhetoric to sober talks
 * behind closed doors": the cheapest alignment stops at "rhetoric", the moved phrase added before it. It is aligned
 * on to where the reference has the phrase (or from there, a phrase it has before), so that the run dropping it
 * shows the move (see movedPhrase) and the fix puts the phrase back.
 */
function overMovedPhrase(alignment: Alignment, draft: readonly string[], ref: readonly string[]): Alignment {
  const added = longestAddedRun(alignment).map((i) => draft[i]);
  if (added.length <= MAX_CHANGE_RUN) return alignment;
  const after = commonRun(added, ref.slice(alignment.refEnd));
  if (after.length >= MIN_MOVED_PHRASE) return withDropped(alignment, alignment.refStart, alignment.refEnd + after.inB + after.length);
  const before = commonRun(added, ref.slice(0, alignment.refStart));
  return before.length >= MIN_MOVED_PHRASE ? withDropped(alignment, before.inB, alignment.refEnd) : alignment;
}

/** The alignment over the reference's words from `start` to `end`: those it left out are dropped, not cut. */
function withDropped(alignment: Alignment, start: number, end: number): Alignment {
  const dropped = (from: number, to: number): AlignOp[] => Array.from({ length: to - from }, (_, k) => ({ kind: 'delete', ref: from + k }));
  const ops = [...dropped(start, alignment.refStart), ...alignment.ops, ...dropped(alignment.refEnd, end)];
  return { ...alignment, refStart: start, refEnd: end, ops, distance: alignment.distance + (alignment.refStart - start) + (end - alignment.refEnd) };
}

/** The draft's words (their indexes) in the alignment's longest run of edits. */
function longestAddedRun(alignment: Alignment): number[] {
  let longest: number[] = [];
  let run: number[] = [];
  for (const op of alignment.ops) {
    if (op.kind === 'equal') run = [];
    else if (op.draft !== undefined) run.push(op.draft);
    if (run.length > longest.length) longest = run;
  }
  return longest;
}

function alignPieces(pieces: readonly Word[][], quote: IndexedQuote): MatchedPiece[] | undefined {
  // In one spelling: "spiralling" in a British draft is the reference's "spiraling".
  const refNorms = quote.words.map((w) => spellingKey(w.norm));
  const out: MatchedPiece[] = [];
  let from = 0;
  // Whether the reference's word at `index` (of `rest`, from `from`) ends a clause: a punctuation mark after it.
  const endsClause = (index: number) => {
    const word = quote.words[from + index];
    const next = quote.words[from + index + 1];
    return word !== undefined && /^[^\p{L}\p{N}]*[.,;:!?]/u.test(quote.quote.text.slice(word.end, next?.start ?? quote.quote.text.length));
  };
  for (const piece of pieces) {
    const rest = refNorms.slice(from);
    const draftNorms = piece.map((w) => spellingKey(w.norm));
    const alignment = overMovedPhrase(extendOverDanglingEnd(runBackToFirstWord(runOnToLastWord(alignWords(draftNorms, rest), draftNorms, rest), draftNorms, rest), draftNorms, rest, endsClause), draftNorms, rest);
    const shifted = shiftAlignment(alignment, from);
    if (pieces.length > 1 && shifted.equal === 0) return undefined;
    out.push({ words: piece, alignment: shifted });
    from = shifted.refEnd;
  }
  return out;
}

/**
 * "trip is essential, and sufficient" for "trip is essential, but not sufficient": a quotation whose last words
 * read as added after a cut, the last of them a word the reference has just after the cut, runs on to that word with
 * words changed on the way (the cheapest reading cut the reference at "essential" and added "and sufficient").
 */
function runOnToLastWord(alignment: Alignment, draft: readonly string[], ref: readonly string[]): Alignment {
  const trailing = trailingInserts(alignment.ops);
  const last = draft.at(-1);
  if (trailing === 0 || last === undefined || STOPWORDS.has(last)) return alignment;
  const reach = Math.min(ref.length, alignment.refEnd + trailing + 1);
  for (let k = alignment.refEnd; k < reach; k++) if (ref[k] === last) return alignWords(draft, ref, k + 1);
  return alignment;
}

/** The same at the start: "essential, and sufficient" is "essential", then "and" for "but not", then "sufficient". */
function runBackToFirstWord(alignment: Alignment, draft: readonly string[], ref: readonly string[]): Alignment {
  const leading = leadingInserts(alignment.ops);
  const first = draft[0];
  if (leading === 0 || first === undefined || STOPWORDS.has(first)) return alignment;
  for (let k = alignment.refStart - 1; k >= Math.max(0, alignment.refStart - leading - 1); k--) {
    if (ref[k] === first) return shiftAlignment(alignWords(draft, ref.slice(k, alignment.refEnd), alignment.refEnd - k, true), k);
  }
  return alignment;
}

/**
 * A quotation's first or last words can be read as added words (the reference is cut before them) or as changed
 * words (the reference has others there). They were changed, not added, when reading them so makes the quotation
 * start or end exactly where the reference quote does ("different will not let …" for "We will not let …") or
 * where one of its clauses ends ("better than I hoped" for "better than I expected. There was …"), or when
 * cutting would leave the quotation ending on "of" or "the".
 */
function extendOverDanglingEnd(alignment: Alignment, draft: readonly string[], ref: readonly string[], endsClause: (index: number) => boolean): Alignment {
  return swapLeadingInserts(swapTrailingInserts(alignment, draft, ref, endsClause), endsClause);
}

function swapTrailingInserts(alignment: Alignment, draft: readonly string[], ref: readonly string[], endsClause: (index: number) => boolean): Alignment {
  const { ops } = alignment;
  const trailing = trailingInserts(ops);
  const lastKept = ops[ops.length - 1 - trailing];
  const available = ref.length - alignment.refEnd;
  if (trailing === 0 || lastKept?.kind !== 'equal') return alignment;
  const atClauseEnd = trailing < available && endsClause(alignment.refEnd + trailing - 1);
  if (available !== trailing && !atClauseEnd && !DANGLING.has(draft[lastKept.draft!])) return alignment;
  const swapped = Math.min(trailing, available);
  if (swapped === 0) return alignment;
  const head = ops.slice(0, ops.length - trailing);
  const tail = ops.slice(ops.length - trailing).map((op, k) => (k < swapped ? { kind: 'substitute' as const, draft: op.draft, ref: alignment.refEnd + k } : op));
  return { ...alignment, ops: [...head, ...tail], refEnd: alignment.refEnd + swapped };
}

/**
 * The same at the start: the quotation then starts where the reference quote does, or its changed words end a
 * clause of it ("necessary, but not sufficient" for "trip is essential, but not sufficient").
 */
function swapLeadingInserts(alignment: Alignment, endsClause: (index: number) => boolean): Alignment {
  const { ops, refStart } = alignment;
  const leading = leadingInserts(ops);
  if (leading === 0 || leading > refStart || ops[leading]?.kind !== 'equal') return alignment;
  if (leading < refStart && !endsClause(refStart - 1)) return alignment;
  const from = refStart - leading;
  const swapped = ops.slice(0, leading).map((op, k) => ({ kind: 'substitute' as const, draft: op.draft, ref: from + k }));
  return { ...alignment, ops: [...swapped, ...ops.slice(leading)], refStart: from };
}

/** How many of an alignment's first ops are draft words the reference lacks. */
function leadingInserts(ops: readonly AlignOp[]): number {
  let count = 0;
  while (count < ops.length && ops[count].kind === 'insert') count++;
  return count;
}

/** How many of its last ops are. */
function trailingInserts(ops: readonly AlignOp[]): number {
  let count = 0;
  while (count < ops.length && ops[ops.length - 1 - count].kind === 'insert') count++;
  return count;
}

const DANGLING = new Set(['of', 'the', 'a', 'an', 'to', 'and', 'or', 'with', 'in', 'on', 'for', 'from', 'by', 'at', 'as', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'that']);

function shiftAlignment(alignment: Alignment, by: number): Alignment {
  if (by === 0) return alignment;
  return {
    ...alignment,
    refStart: alignment.refStart + by,
    refEnd: alignment.refEnd + by,
    ops: alignment.ops.map((op) => (op.ref === undefined ? op : { ...op, ref: op.ref + by })),
  };
}

function candidateQuotes(pieces: readonly Word[][], all: readonly Word[], reference: ReferenceIndex): IndexedQuote[] {
  const votes = new Map<IndexedQuote, number>();
  const vote = (quote: IndexedQuote, weight: number) => votes.set(quote, (votes.get(quote) ?? 0) + weight);
  for (const piece of pieces) {
    for (let i = 0; i + QUOTE_NGRAM <= piece.length; i++) {
      for (const quote of reference.quotesWithNgram(piece, i)) vote(quote, 3);
    }
  }
  if (votes.size === 0 && mayMatchWithoutSharedNgram(all.length, pieces.length)) {
    // Short quotations, or an edit in every trigram: fall back to the rarer words they share.
    const limit = Math.max(3, reference.quotes.length * COMMON_WORD_SHARE);
    for (const norm of new Set(all.map((w) => w.norm))) {
      if (STOPWORDS.has(norm)) continue;
      const hits = reference.quoteHitsForWord(norm);
      if (hits.length > limit) continue;
      for (const quote of new Set(hits.map((h) => h.quote))) vote(quote, 1);
    }
    const needed = all.length <= 2 ? all.length : 2;
    for (const [quote, count] of votes) if (count < needed) votes.delete(quote);
  }
  return [...votes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([quote]) => quote);
}
