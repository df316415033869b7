// Finds quotations in prose: double quotes (curly or straight, guillemets «…», low-high „…“ or „…”), and single
// quotes used as quotation marks (not apostrophes: "Blinken's", "don't", "’90s"). Single quotes inside a
// double-quoted passage belong to it.
// A quotation left open at the end of a paragraph continues when the next paragraph opens with a quote mark
// (the newspaper convention for multi-paragraph quotes); any other unclosed mark is ignored.
import type { Span } from '../checks/finding';
import type { Block } from './document';

export interface QuotationSpan extends Span {
  /** Offset of the opening mark (content starts after it). */
  open: number;
  /** Offset of the closing mark, or the end of the block when the quote continues in the next paragraph. */
  close: number;
  /** End of the quotation including its closing mark, if it has one. */
  outerEnd: number;
  blockIndex: number;
  /** True for a paragraph of a multi-paragraph quote after the first. */
  continued: boolean;
  /**
   * A paragraph of a block quote with no quotation marks ("> Intense competition requires …"): a quotation only if
   * it is a reference quote's words (see analyzeProse), as a block quote may hold a note or an excerpt too.
   */
  unmarked?: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s(\[{“"‘'—–-]/u;

type Mark = { kind: 'double' | 'single'; open: number };

/** The marks that close a double quotation, by the mark that opened it. */
const CLOSING_DOUBLE: Record<string, string> = { '“': '”"', '"': '”"', '«': '»', '„': '“”' };

/** “ ” " « » „, by character code: this is asked of every character of the prose. */
function isDoubleMark(code: number): boolean {
  return code === 0x201c || code === 0x201d || code === 0x22 || code === 0xab || code === 0xbb || code === 0x201e;
}

export function findQuotations(prose: string, blocks: readonly Block[]): QuotationSpan[] {
  const quotations: QuotationSpan[] = [];
  let carried = false;
  blocks.forEach((block, blockIndex) => {
    let open: Mark | undefined;
    let continued = false;
    if (carried && isOpeningDouble(prose, firstNonSpace(prose, block))) {
      // The new paragraph's opening mark re-opens the carried quotation.
      continued = true;
    }
    carried = false;
    // A block quote with no double marks, not opening with a single one, is one quotation; single marks inside it
    // are quotes within it ("> … stop hyping up the ‘China threat theory’, …").
    const unmarkedBlock = block.kind === 'quoted' && !hasDoubleMarks(prose, block) && prose[firstNonSpace(prose, block)] !== '‘';
    for (let i = block.start; i < block.end; i++) {
      const ch = prose[i];
      if (isDoubleMark(prose.charCodeAt(i))) {
        if (open?.kind === 'double') {
          if (!CLOSING_DOUBLE[prose[open.open]].includes(ch)) continue;
          push(prose, quotations, open.open, i, blockIndex, continued, true);
          open = undefined;
          continued = false;
        } else if (isOpeningDouble(prose, i)) {
          // A double quote opening while a single one is open means that single mark was an apostrophe.
          open = { kind: 'double', open: i };
        }
      } else if ((ch === '‘' || ch === '’' || ch === "'") && open?.kind !== 'double' && !unmarkedBlock) {
        if (open?.kind === 'single' && ch !== '‘' && isClosingSingle(prose, i, block.end)) {
          push(prose, quotations, open.open, i, blockIndex, false, true);
          open = undefined;
        } else if (!open && ch !== '’' && isOpeningSingle(prose, i, block.start)) {
          open = { kind: 'single', open: i };
        }
      }
    }
    if (open?.kind === 'double' && isOpeningDouble(prose, firstNonSpace(prose, blocks[blockIndex + 1]))) {
      push(prose, quotations, open.open, trimEnd(prose, block.end), blockIndex, continued, false);
      carried = true;
    }
    if (unmarkedBlock && !SIGNATURE.test(prose.slice(block.start, block.end))) {
      // A later paragraph of the same block quote goes on with the first.
      const previous = quotations.at(-1);
      const goesOn = previous?.unmarked === true && previous.blockIndex === blockIndex - 1;
      const count = quotations.length;
      // "> … ⏎ > — Danny Russel": a signature on the block's last line is no part of the words.
      const signed = signatureLine(prose.slice(block.start, block.end));
      // "> Qin Gang: …", "> Segment 2: …": a label opening the block quote names its speaker or its part, no word of it.
      const label = LABEL_OPENING.exec(prose.slice(block.start, block.end));
      const open = label ? block.start + label[0].length - 1 : firstNonSpace(prose, block) - 1;
      // ("> … (Glaser 2023)": nor is an author-date citation closing it.)
      const words = signed ? block.start + signed.index : block.end;
      const cited = CITATION_AT_END.exec(prose.slice(block.start, words));
      push(prose, quotations, open, trimEnd(prose, cited ? block.start + cited.index : words), blockIndex, goesOn, false);
      if (quotations.length > count) quotations[count].unmarked = true;
    }
  });
  return quotations;
}

/** A label crediting words to someone: "Credit:", "Source:", "Credit to …" ("Credit to Kritenbrink for that one."). */
export const CREDIT_LABEL = String.raw`(?:(?:credit|source|via|(?:attributed|credited)\s+to)\s*:|credit\s+(?:goes\s+)?to(?=[ \t]))`;
/** What opens a signature, read as no quotation and as naming the speaker above it: a dash, or a label crediting the words. */
export const SIGNATURE = new RegExp(String.raw`^\s*(?:[—–-]+|${CREDIT_LABEL})\s*`, 'i');

/** A short label and its colon opening a line: "Qin Gang: ", "Segment 2: ", "**Host:** ". */
const LABEL_OPENING = /^[\s*_]*[\p{L}\d][\p{L}\d’'.-]*(?:[ \t]+[\p{L}\d][\p{L}\d’'.-]*){0,3}[\s*_]*:[\s*_]+/u;

const SIGNATURE_LINE = new RegExp(String.raw`\n[ \t]*(?:[—–]+|${CREDIT_LABEL})[ \t]*`, 'gi');
const CAPITAL = /^\p{Lu}/u;
/** An author-date citation closing a block quote: "(Glaser 2023)", "(Campbell and Sullivan, 2023, p. 4)". */
const CITATION_AT_END = /\(\p{Lu}[\p{L}'’.-]{0,30}(?:[ \t]{1,3}(?:and|&)[ \t]{1,3}\p{Lu}[\p{L}'’.-]{0,30}|[ \t]{1,3}et[ \t]{1,3}al\.)?,?[ \t]{1,3}\d{4}[a-z]?(?:,[ \t]{0,3}pp?\.[ \t]{0,3}\d{1,5}(?:[–-]\d{1,5})?)?\)\s{0,4}$/u;

/** A signature opening a line of its own after the words, a name's capital after it: "⏎ — Danny Russel". */
function signatureLine(text: string): RegExpExecArray | undefined {
  for (const found of text.matchAll(SIGNATURE_LINE)) if (CAPITAL.test(text.slice(found.index + found[0].length))) return found;
  return undefined;
}

function hasDoubleMarks(prose: string, block: Block): boolean {
  for (let i = block.start; i < block.end; i++) if (isDoubleMark(prose.charCodeAt(i))) return true;
  return false;
}

function push(prose: string, out: QuotationSpan[], open: number, close: number, blockIndex: number, continued: boolean, closed: boolean) {
  if (close - open < 2) return;
  // Without the spaces French typography puts inside guillemets: « … ».
  let start = open + 1;
  while (start < close && prose[start] === ' ') start++;
  const end = trimEnd(prose, close);
  if (end <= start) return;
  out.push({ open, close, outerEnd: closed ? close + 1 : close, start, end, blockIndex, continued });
}

function isOpeningDouble(prose: string, i: number): boolean {
  const ch = prose[i];
  if (ch === '“' || ch === '«' || ch === '„') return true;
  if (ch !== '"') return false;
  const next = prose[i + 1] ?? '';
  return next !== '' && !/\s/.test(next);
}

function isOpeningSingle(prose: string, i: number, blockStart: number): boolean {
  const before = i > blockStart ? prose[i - 1] : ' ';
  const after = prose[i + 1] ?? '';
  return OPENING_CONTEXT.test(before) && LETTER_OR_DIGIT.test(after) && !/^\d\ds\b/.test(prose.slice(i + 1, i + 5));
}

function isClosingSingle(prose: string, i: number, blockEnd: number): boolean {
  const before = prose[i - 1] ?? '';
  const after = i + 1 < blockEnd ? prose[i + 1] : ' ';
  return !/\s/.test(before) && !LETTER_OR_DIGIT.test(after);
}

function firstNonSpace(prose: string, block: Block | undefined): number {
  if (!block) return -1;
  let i = block.start;
  while (i < block.end && /\s/.test(prose[i])) i++;
  return i;
}

function trimEnd(prose: string, end: number): number {
  while (end > 0 && /\s/.test(prose[end - 1])) end--;
  return end;
}
