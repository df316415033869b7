// Sentence boundaries inside one prose block. A full stop ends a sentence unless it closes a known
// abbreviation or an initial ("Daniel J. Kritenbrink", "Microsoft Corp. co-founder").
import type { Span } from '../checks/finding';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'st', 'jr', 'sr',
  'corp', 'inc', 'ltd', 'co', 'vs', 'etc', 'no', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'e.g', 'i.e', 'approx', 'dept', 'est', 'fig', 'pres', 'amb',
  // "Jun. 19", "Sec. Blinken", "Mon., June 19" ("Sat." and "Sun." end sentences as words: "They sat.").
  'jun', 'jul', 'sec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
]);

// Terminal punctuation, optional closing quotes or brackets, note markers ("helps.[^5]", "helps.[5]", "helps.²"),
// whitespace, then something that can open a sentence (or a letter labelling an item: "… continued. (b) Military …").
// The lookbehind starts a match only at the first mark of a run: retrying from every mark of a long run ("!!!!…")
// made the scan quadratic.
// Or a line break before an item a line opens with two hyphens or a bullet, as a plain-text list or a cable writes it
// ("… in Vienna.⏎-- Friday, 16 June: Xi tells Gates …"): a new sentence whatever ends the line before.
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’»')\]]*(?:\[\^?[^\]\s]{1,20}\]|[⁰¹²³⁴-⁹])*(?=\s+(?:["“‘«„'(\[]?[\p{Lu}\p{N}]|\(\p{Ll}\)\s))|\n(?=[ \t]*(?:--|•)[ \t]+\S)/gu;

export function splitSentences(prose: string, block: Span): Span[] {
  const text = prose.slice(block.start, block.end);
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0].startsWith('.') && endsWithAbbreviation(text, m.index)) continue;
    const end = m.index + m[0].length;
    pushTrimmed(spans, text, start, end, block.start);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length, block.start);
  return spans;
}

// Built once: esbuild writes a \p{…} literal as `new RegExp(…)`, which inside a function is rebuilt at every call.
const LAST_WORD_AND_DOTS = /(?<![\p{L}.])[\p{L}.]+$/u;
const INITIAL = /^\p{Lu}$/u;

/** A word written with a full stop that does not end a sentence ("Mr", "Sec", "Amb"), in normalised form. */
export function isAbbreviation(norm: string): boolean {
  return ABBREVIATIONS.has(norm);
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = LAST_WORD_AND_DOTS.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  if (INITIAL.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number, base: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start: base + start, end: base + end });
}
