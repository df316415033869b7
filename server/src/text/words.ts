// Word-level text normalisation shared by the reference index and the document analysis.

export interface Word {
  /** Normalised form: NFKC, lower case, typographic apostrophes folded to "'". */
  norm: string;
  /** Offsets of the word in the string it was read from. */
  start: number;
  end: number;
}

const ASCII = /^[\x00-\x7f]*$/;

export function normalizeWord(word: string): string {
  // Most words are ASCII, which NFKC leaves as it is: lower-casing is all they need, at a tenth of the cost.
  return ASCII.test(word) ? word.toLowerCase() : normalizeNonAscii(word);
}

function normalizeNonAscii(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/[’ʼ]/g, "'");
}

// A word is letters and numerals, with apostrophes inside it kept ("don't", "China’s"); hyphens and dashes split
// words: /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/u. `words` reads them character by character, ASCII without a
// regular expression: matching that one cost half the time of reading a draft's words.
const LETTER_OR_NUMERAL = /[\p{L}\p{N}]/uy;

/** The length of the letter or numeral at `i` (2 for a surrogate pair), 0 when there is none. */
function letterOrNumeralAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  if (i >= text.length) return 0;
  LETTER_OR_NUMERAL.lastIndex = i;
  return LETTER_OR_NUMERAL.test(text) ? LETTER_OR_NUMERAL.lastIndex - i : 0;
}

const NON_ASCII = /[^\x00-\x7f]/g;

/** No letter or numeral of the text is outside ASCII (curly quotes and dashes may be): [A-Za-z0-9] are all of them. */
export function hasOnlyAsciiLettersAndNumerals(text: string): boolean {
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) if (letterOrNumeralAt(text, m.index) > 0) return false;
  return true;
}

const APOSTROPHE = 0x27;
const LETTER_S = 0x73;
const SLASH = 0x2f;

/** ', ’ or ʼ. */
function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === 0x2019 || code === 0x2bc;
}

export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    let length = letterOrNumeralAt(text, i);
    if (length === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let capital = false;
    // Runs of letters and numerals, each after the first joined to the one before by an apostrophe.
    while (length > 0) {
      for (; length > 0; length = letterOrNumeralAt(text, i)) {
        const code = text.charCodeAt(i);
        if (code >= 128) ascii = false;
        else if (code >= 65 && code <= 90) capital = true;
        i += length;
      }
      if (isApostrophe(text.charCodeAt(i)) && (length = letterOrNumeralAt(text, i + 1)) > 0) {
        if (text.charCodeAt(i) >= 128) ascii = false;
        i++;
      }
    }
    const word = text.slice(start, i);
    // Lower-casing costs as much as reading the word, even when nothing changes: only ASCII capitals need it.
    // (Notes' "w/" is "with": "Blinken sat w/ Qin Gang"; not "w/o".)
    const norm = i - start === 1 && text.charCodeAt(i) === SLASH && (word === 'w' || word === 'W') && letterOrNumeralAt(text, i + 1) === 0 ? 'with' : !ascii ? normalizeNonAscii(word) : capital ? word.toLowerCase() : word;
    out.push({ norm, start: base + start, end: base + i });
  }
  return out;
}

/** The words of a phrase as one key: "Antony  Blinken’s" and "antony blinken's" give the same key. */
export function phraseKey(text: string): string {
  return words(text).map((w) => w.norm).join(' ');
}

/** The apostrophe of "an hour's" or "two hours'", "the dockers’", if the word as written is possessive. */
export function possessiveMark(prose: string, word: { start: number; end: number }): string | undefined {
  return /(['’])s$/u.exec(prose.slice(word.start, word.end))?.[1] ?? /^(['’])(?!\p{L})/u.exec(prose.slice(word.end, word.end + 2))?.[1];
}

/** Drops a possessive ending: "Blinken's" → "blinken", "Xi’s" → "xi". */
export function stripPossessive(norm: string): string {
  // By character code, not endsWith: most words of a draft come through here, and few end in an apostrophe or s.
  const last = norm.charCodeAt(norm.length - 1);
  if (last === APOSTROPHE) return norm.slice(0, -1);
  return last === LETTER_S && norm.charCodeAt(norm.length - 2) === APOSTROPHE ? norm.slice(0, -2) : norm;
}

// A regular expression with \p{…} is built once here: esbuild writes such a literal as `new RegExp(…)`, which
// inside a function builds it again at every call.
const CAPITALIZED = /^\p{Lu}/u;

export function isCapitalized(word: string): boolean {
  return CAPITALIZED.test(word);
}

/** `word` with a capital first letter when `example` has one: a fix in the draft's case ("Currently" → "Formerly"). */
export function matchCase(example: string, word: string): string {
  return isCapitalized(example) ? word[0].toUpperCase() + word.slice(1) : word;
}

export const ARTICLES = new Set(['the', 'a', 'an']);

/** "Wang–Blinken meeting", "Biden-Xi summit": the name at `start`–`end` is joined by a dash to a word beside it. */
export function dashJoined(prose: string, { start, end }: { start: number; end: number }): boolean {
  return /[\p{L}][-–—]$/u.test(prose.slice(Math.max(0, start - 2), start)) || /^[-–—][\p{L}]/u.test(prose.slice(end, end + 2));
}

/**
 * "the Blinken talks", "a Qin aide": the name from word `first` up to word `next` follows an article and comes right
 * before a lower-case word, so it modifies that noun and is nobody's mention as subject or speaker.
 */
export function modifiesNoun(prose: string, sentenceWords: readonly Word[], first: number, next: number): boolean {
  // "the former Obama official": an adjective or two may stand between the article and the name.
  let k = first - 1;
  while (k > first - 1 - NAME_ADJECTIVES && sentenceWords[k] && ADJECTIVES_BEFORE_NAME.has(sentenceWords[k].norm) && /^[ \t]+$/.test(prose.slice(sentenceWords[k].end, sentenceWords[k + 1].start))) k--;
  const before = sentenceWords[k];
  const after = sentenceWords[next];
  return before !== undefined && ARTICLES.has(before.norm) && after !== undefined && /^\s+$/.test(prose.slice(sentenceWords[next - 1].end, after.start)) && !isCapitalizedWord(prose, after);
}

/** How many words may describe a name used as a modifier, after its article ("the former Obama official"), and which. */
const NAME_ADJECTIVES = 2;
const ADJECTIVES_BEFORE_NAME = new Set(['former', 'then', 'ex', 'onetime', 'one-time', 'longtime', 'erstwhile', 'late', 'senior', 'junior', 'top', 'veteran', 'current', 'future']);

export function isCapitalizedWord(prose: string, word: Word): boolean {
  // By character code for ASCII: this runs on many words of a sentence.
  const code = prose.charCodeAt(word.start);
  return code < 128 ? code >= 65 && code <= 90 : isCapitalized(prose.slice(word.start, word.end));
}
