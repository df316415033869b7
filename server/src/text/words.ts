// Word-level text normalisation shared by the reference index and the document analysis.

export interface Word {
  /** Normalised form: NFKC, lower case, typographic apostrophes folded to "'". */
  norm: string;
  /** Offsets of the word in the string it was read from. */
  start: number;
  end: number;
}

// Letters and digits, with apostrophes inside a word kept ("don't", "China’s"); hyphens and dashes split words.
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

const ASCII = /^[\x00-\x7f]*$/;

export function normalizeWord(word: string): string {
  // Most words are ASCII, which NFKC leaves as it is: lower-casing is all they need, at a tenth of the cost.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKC').toLowerCase().replace(/[’ʼ]/g, "'");
}

export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ norm: normalizeWord(m[0]), start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** The words of a phrase as one key: "Antony  Blinken’s" and "antony blinken's" give the same key. */
export function phraseKey(text: string): string {
  return words(text).map((w) => w.norm).join(' ');
}

/** Drops a possessive ending: "Blinken's" → "blinken", "Xi’s" → "xi". */
export function stripPossessive(norm: string): string {
  return norm.endsWith("'s") ? norm.slice(0, -2) : norm.endsWith("'") ? norm.slice(0, -1) : norm;
}

// A regular expression with \p{…} is built once here: esbuild writes such a literal as `new RegExp(…)`, which
// inside a function builds it again at every call.
const CAPITALIZED = /^\p{Lu}/u;

export function isCapitalized(word: string): boolean {
  return CAPITALIZED.test(word);
}
