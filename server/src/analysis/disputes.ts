// Sentences that dispute or question what was said just before them: what the sentence before reports is then not
// the draft's own claim ("A timeline put the meeting on Thursday. That is wrong: it was on Friday.").

/** Opening by disputing what came before: "That is wrong", "That was not what she said", "In fact, …", "Not so". */
const REBUTTAL = new RegExp(
  [
    String.raw`^\s*(?:(?:that|this|it)(?:'s|’s|\s+is|\s+was)\s+(?:wrong|false|incorrect|untrue|inaccurate|mistaken|not\s+(?:true|so|correct|right|accurate|what\s+happened))`,
    String.raw`(?:that|this|it)\s+(?:is|was)(?:n['’]t|\s+not)(?:\s+(?:so|true|right|correct|accurate))?(?=\s*(?:[.!;:—–]|$))`,
    String.raw`(?:that|this|it)\s+(?:is|was)(?:n['’]t|\s+not)\s+what\s+(?:\p{L}+\s+)?(?:said|told|meant|wrote|happened)`,
    String.raw`in\s+fact|actually|in\s+reality|in\s+truth|not\s+so|wrong|false)\b`,
  ].join('|'),
  'iu',
);

/** A question asking whether what was just said is so: "Is that right?", "Can someone set the record straight?" */
const DOUBTING_QUESTION = /\b(?:(?:is|was|isn['’]t|wasn['’]t)\s+(?:that|this|it)\s+(?:really\s+)?(?:right|true|correct|accurate|so)\b|record\s+straight\b|(?:right|true|correct)\s*\?)/i;

/** The text (a clause) opens by disputing what came before it. */
export function opensByDisputing(text: string): boolean {
  return REBUTTAL.test(text.slice(0, 60));
}

/** The sentence disputes what the one before it said, or asks whether it is so. */
export function disputesWhatCameBefore(sentence: string): boolean {
  return opensByDisputing(sentence) || (/\?\s*$/.test(sentence) && DOUBTING_QUESTION.test(sentence));
}
