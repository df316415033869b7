// Sentences that dispute or question what was said just before them: what the sentence before reports is then not
// the draft's own claim ("A timeline put the meeting on Thursday. That is wrong: it was on Friday."); and a claim
// named, then called wrong in its own clause ("The memo's line that … is also wrong").
import type { Span } from '../checks/finding';
import { stripPossessive, type Word } from '../text/words';
import { firstStartingAt } from '../text/spans';

/** Words calling a claim wrong: "That is wrong", "… is false". */
const WRONG_WORDS = ['wrong', 'false', 'incorrect', 'untrue', 'inaccurate', 'mistaken'];

/**
 * Opening by disputing what came before: "That is wrong", "That was not what she said", "In fact, …", "Not so",
 * "That figure belonged to …", "It did not.", "Her actual words were …".
 */
const REBUTTAL = new RegExp(
  [
    String.raw`^\s*(?:(?:that|this|it)(?:'s|’s|\s+is|\s+was)\s+(?:${WRONG_WORDS.join('|')}|not\s+(?:true|so|correct|right|accurate|what\s+happened))`,
    String.raw`(?:that|this|it)\s+(?:is|was)(?:n['’]t|\s+not)(?:\s+(?:so|true|right|correct|accurate))?(?=\s*(?:[.!;:—–]|$))`,
    String.raw`(?:that|this|it)\s+(?:is|was)(?:n['’]t|\s+not)\s+what\s+(?:\p{L}+\s+)?(?:said|told|meant|wrote|happened)`,
    // "That figure belonged to the previous day's talks": what was given belongs to something else.
    // ("The three-hour figure belongs to …": with the figure's own words between.)
    String.raw`(?:that|this|the)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:figure|number|date|day|title|quote|line|description|attribution|length)\s+(?:belonged|belongs|referred|refers|applied|applies|came\s+from|was\s+from)`,
    String.raw`in\s+fact|actually|in\s+reality|in\s+truth|not\s+so|wrong|false)\b`,
    // "It did not.", "He didn't.": a denial standing alone.
    String.raw`^\s*(?:it|that|he|she|they)\s+(?:did|does|do|had|has|have)(?:n['’]t|\s+not)\s*[.!]`,
    // "Glaser's actual words were the opposite: …", "Her real quote was …": what was said, set against what came before.
    String.raw`^\s*(?:[\p{L}'’.-]+\s+){0,3}(?:actual|real|exact)\s+(?:words|quote|quotation|line|phrase|remark|comment)s?\b`,
    // "Neither was right.", "None of them is correct.": every claim just told is wrong.
    String.raw`^\s*(?:neither|none)(?:\s+of\s+(?:them|these|those))?\s+(?:was|is|were|are)\s+(?:right|correct|true|accurate)\b`,
    // A verdict standing alone: "**Mixed up.**", "Misleading:", "Also wrong.".
    String.raw`^\s*(?:(?:also|again|equally|likewise)\s+)?(?:mixed\s+up|misleading|not\s+quite|half\s+right|partly\s+(?:true|right)|mostly\s+(?:false|wrong)|${WRONG_WORDS.join('|')})\s*[.!:—–]`,
  ].join('|'),
  'iu',
);

/** A question asking whether what was just said is so: "Is that right?", "Can someone set the record straight?" */
// Not a tag asking the reader to agree with a judgment: "Harsh, right?".
const DOUBTING_QUESTION = /\b(?:(?:is|was|isn['’]t|wasn['’]t)\s+(?:that|this|it)\s+(?:really\s+)?(?:right|true|correct|accurate|so)\b|record\s+straight\b)|^\s*(?:really\s+)?(?:right|true|correct)\s*\?/i;

/** The text (a clause) opens by disputing what came before it. */
export function opensByDisputing(text: string): boolean {
  return REBUTTAL.test(text.slice(0, 60));
}

/** The sentence disputes what the one before it said, or asks whether it is so. */
export function disputesWhatCameBefore(sentence: string): boolean {
  return opensByDisputing(sentence) || (/\?\s*$/.test(sentence) && DOUBTING_QUESTION.test(sentence));
}

/**
 * "The memo's line that the meeting lasted six hours is also wrong; …": a claim named ("the claim that", "the memo's
 * line that") before `value`, then called wrong after it in `clause`. (A sentence calling a saying wrong, "The memo
 * wrongly says …", is a retraction: see retractions.ts.)
 */
export function judgedWrongInClause(sentenceWords: readonly Word[], value: Span, clause: Span): boolean {
  return sentenceWords.some((word, k) => word.start >= value.end && word.end <= clause.end && WRONG.has(word.norm) && judgedBy(sentenceWords, k) && claimNamedBefore(sentenceWords, value));
}

const WRONG = new Set([...WRONG_WORDS, 'erroneous']);
const COPULAS = new Set(['is', 'was', 'are', 'were', "'s"]);

/** The word at `k` is said of what came before: "is wrong", "was also false", "is simply untrue". */
function judgedBy(sentenceWords: readonly Word[], k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    if (COPULAS.has(sentenceWords[i].norm)) return true;
    if (!/ly$|^also$|^just$|^plainly$/.test(sentenceWords[i].norm)) return false;
  }
  return false;
}

/** Nouns for a claim whose content follows "that": "the claim that", "the memo's line that". */
const CLAIM_NOUNS = new Set(['claim', 'line', 'statement', 'assertion', 'suggestion', 'notion', 'idea', 'report', 'story', 'figure', 'impression', 'belief', 'rumour', 'rumor']);

/**
 * The value is told as a claim: after "the claim that", "reports of", or naming one itself ("the six-hour figure").
 */
function claimNamedBefore(sentenceWords: readonly Word[], value: Span): boolean {
  const claimNoun = (word: Word | undefined) => word !== undefined && (CLAIM_NOUNS.has(stripPossessive(word.norm)) || (word.norm.endsWith('s') && CLAIM_NOUNS.has(word.norm.slice(0, -1))));
  const after = sentenceWords[firstStartingAt(sentenceWords, value.end)];
  return (after !== undefined && after.start - value.end <= 1 && claimNoun(after)) || sentenceWords.some((word, k) => word.end <= value.start && claimNoun(word) && (sentenceWords[k + 1]?.norm === 'that' || sentenceWords[k + 1]?.norm === 'of'));
}

/** A clause before a colon calling what follows a mistake: "That detail got mangled quickly:", "Two outlets got it wrong:". */
const ANNOUNCES_ERROR = /\b(?:mangled|garbled|muddled|botched|misreported|misstated|mixed\s+up|got\s+(?:[\p{L}'’]+\s+){0,3}wrong)\b[^:]*:[\s*_]*$/iu;

/**
 * "That detail got mangled quickly: one cable panel called Blinken the first secretary of state in a decade": `value`
 * follows a colon in its sentence after a clause calling what follows a mistake: a claim told to be wrong.
 */
export function announcedAsWrong(prose: string, sentence: Span, value: Span): boolean {
  const colon = prose.lastIndexOf(':', value.start);
  return colon >= sentence.start && ANNOUNCES_ERROR.test(prose.slice(sentence.start, colon + 1));
}
