// Sentences that tell of a mistake rather than make a claim: a correction note ("An earlier version of this story
// said the talks lasted three hours", "We said …"), a claim the writer calls wrong ("The agency wrongly reported
// that Qin Gang was premier"). What they state is the error being set right, so no rule judges it. And sentences
// that put a claim to the test ("Claim: …", a quiz's statements): what they state is not the draft's claim either.
import type { Span } from '../checks/finding';
import { lastStartingAtOrBefore } from '../text/spans';
import type { Word } from '../text/words';
import type { DocumentAnalysis } from './analyze';
import { tableRow, type Block } from './document';
import { opensByDisputing } from './disputes';
import { PIECE_NOUNS } from './dates';

/** "an earlier version", "the original draft", a live blog's "an earlier entry" or "our previous post". */
const EARLIER = new Set(['earlier', 'previous', 'prior', 'original']);
const VERSION = new Set(['version', 'edition', 'draft', 'entry', 'post', 'update', 'story', 'article', 'item', 'bulletin', 'tweet']);
/** Words before "earlier" that make the piece a person's ("in his previous post" was a job), not the publication's. */
const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'whose']);
/** Verbs that say the text got something wrong: "misstated", "misattributed". */
const MISTAKE_VERBS = new Set(
  ['stated', 'reported', 'identified', 'quoted', 'attributed', 'spelled', 'spelt', 'named', 'dated', 'characterized', 'characterised', 'described', 'titled'].map((verb) => `mis${verb}`),
);
/**
 * Words that call a saying wrong or take it back, before a verb of saying or giving: "incorrectly said", "wrongly
 * gave", "previously reported", and a publication's "we" in a correction ("We said the talks lasted three hours.
 * They lasted nearly six.").
 */
const WRONGLY = new Set(['incorrectly', 'wrongly', 'erroneously', 'mistakenly', 'falsely', 'previously', 'we']);
const SAYING = new Set([
  'said', 'stated', 'reported', 'gave', 'given', 'identified', 'described', 'called', 'wrote', 'written', 'attributed', 'named', 'listed', 'put', 'dated', 'referred', 'claimed', 'quoted', 'credited',
]);
/** After an adverb calling it wrong, the present tense too: "The memo wrongly says …", "Critics falsely claim …". */
const SAYING_NOW = new Set([
  ...SAYING,
  ...['says', 'say', 'states', 'reports', 'gives', 'describes', 'calls', 'writes', 'attributes', 'names', 'lists', 'puts', 'dates', 'refers', 'claims', 'claim', 'quotes', 'credits'],
]);
/** Words that take a saying back only in the past: "We said …", "previously reported". */
const ONLY_PAST = new Set(['we', 'previously']);

/** What a publication calls its own pieces when it says one of them got something wrong: "Our 19 June live blog said …". */
const OUR_PIECES = new Set([...VERSION, ...PIECE_NOUNS]);
/** Words at most between "our" and the piece's noun: "our 19 June live blog". */
const OUR_PIECE_REACH = 4;

/** Every word that may mark a mistake: one lookup passes most words over (this reads every word of a window). */
const MARKERS = new Set([...MISTAKE_VERBS, ...VERSION, ...WRONGLY, 'our']);

function marksMistake(words: readonly Word[], i: number): boolean {
  const norm = words[i].norm;
  if (MISTAKE_VERBS.has(norm)) return true;
  if (VERSION.has(norm)) return EARLIER.has(words[i - 1]?.norm ?? '') && !PERSONAL_POSSESSIVES.has(words[i - 2]?.norm ?? '');
  // "Our 19 June live blog said …", "our graphic gave …": a piece of the publication's own, saying something in the past.
  if (norm === 'our') return words.slice(i + 1, i + 2 + OUR_PIECE_REACH).some((word, k, after) => OUR_PIECES.has(word.norm) && SAYING.has(after[k + 1]?.norm ?? ''));
  // The verb right after the adverb, or one word on ("wrongly been said", "incorrectly has Qin").
  const saying = ONLY_PAST.has(norm) ? SAYING : SAYING_NOW;
  return WRONGLY.has(norm) && [words[i + 1], words[i + 2]].some((next) => next !== undefined && saying.has(next.norm));
}

/** A sentence opening by saying what the one before should have said: "It should have read …", "The correct …". */
const SET_RIGHT_BELOW = /^\s*(?:(?:it|that|this|the\s+\p{L}+)\s+should\s+have\s+(?:read|been|said|given)|(?:it|that|this)\s+should\s+read|the\s+correct\s+)/iu;

/** The sentences that tell of a mistake, by the words of the text they are in (read once per text). */
const retracted = new WeakMap<readonly Word[], Span[]>();

function retractedIn(analysis: DocumentAnalysis): Span[] {
  return readOnce(retracted, analysis, findRetracted);
}

/** `find`'s sentences of the text, read once per text (kept by its words). */
function readOnce(table: WeakMap<readonly Word[], Span[]>, analysis: DocumentAnalysis, find: (analysis: DocumentAnalysis) => Span[]): Span[] {
  let spans = table.get(analysis.words);
  if (!spans) {
    spans = find(analysis);
    table.set(analysis.words, spans);
  }
  return spans;
}

function findRetracted(analysis: DocumentAnalysis): Span[] {
  const spans: Span[] = [];
  const { sentences, prose, blocks } = analysis.doc;
  const { words } = analysis;
  for (let i = 0; i < words.length; i++) {
    if (!MARKERS.has(words[i].norm) || !marksMistake(words, i)) continue;
    const word = words[i];
    const sentence = sentences[lastStartingAtOrBefore(sentences, word.start)];
    if (sentence && word.start < sentence.end && spans[spans.length - 1] !== sentence) spans.push(sentence);
  }
  // "A caption rendered his name as Anthony Blinken. It should have read Antony Blinken.": set right below.
  sentences.forEach((sentence, k) => {
    const next = sentences[k + 1];
    const block = blocks[lastStartingAtOrBefore(blocks, sentence.start)];
    if (next && block && next.start < block.end && SET_RIGHT_BELOW.test(prose.slice(next.start, next.start + 60)) && !spans.includes(sentence)) spans.push(sentence);
  });
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The draft itself sets the claim at `span` right, giving the value `right` (the finding's fix): the next sentence of
 * its paragraph calls it wrong, or the next paragraph (another speaker's turn, a label before it or not) opens by
 * disputing or restating it ("**MARCUS:** … he said to the BBC that … ¶ **HOST:** It was USA Today, Marcus.").
 */
export function setRightJustAfter(analysis: DocumentAnalysis, span: Span, right: string): boolean {
  const { blocks, prose, sentences } = analysis.doc;
  const at = lastStartingAtOrBefore(blocks, span.start);
  if (at < 0 || span.start >= blocks[at].end || right.trim().length < 3) return false;
  const gives = (text: string) => text.toLowerCase().includes(right.trim().toLowerCase());
  // "**“Anthony Blinken met Xi on Monday.”** The day is right; the spelling is not. It is Antony Blinken …": or the
  // next sentence of its paragraph calls it wrong, and it or the one after gives the right value.
  const sentence = lastStartingAtOrBefore(sentences, span.start);
  const [first, second] = [sentences[sentence + 1], sentences[sentence + 2]].filter((next) => next !== undefined && next.start < blocks[at].end);
  if (first && CALLED_WRONG.test(prose.slice(first.start, first.end)) && gives(prose.slice(first.start, (second ?? first).end))) return true;
  // "The draft said Burns visited China in June; the source says May.": or a part after a semicolon in its own sentence
  // has a source say the right value.
  const own = sentences[sentence];
  const semicolon = prose.indexOf(';', span.end);
  if (own && semicolon >= 0 && semicolon < own.end && sourceSays(prose.slice(semicolon + 1, own.end), right.trim())) return true;
  const next = blocks[at + 1];
  if (next?.kind !== 'paragraph') return false;
  const text = prose.slice(next.start, Math.min(next.end, next.start + TURN_REACH));
  const opening = text.slice(TURN_LABEL.exec(text)?.[0].length ?? 0);
  return (CORRECTING_OPENING.test(opening) || opensByDisputing(opening)) && gives(opening);
}

/** "the source says May", "the article has nearly six hours": a source, a verb of saying or having, and the value as written. */
function sourceSays(part: string, right: string): boolean {
  const says = /^\s*(?:but\s+)?(?:the|its|our)\s+(?:source|article|original|reference|record|report|story|coverage)\s+(?:says|said|has|gives|reports|puts\s+it\s+at)\s(.*)$/iu.exec(part);
  return says !== null && new RegExp(`(?:^|[^\\p{L}])${right.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(says[1]);
}

/** A sentence calling what came before wrong: "That is wrong.", "The day is right; the spelling is not." */
const CALLED_WRONG = /\b(?:is|was)\s+(?:wrong|incorrect|mistaken|misspel(?:t|led)|not\s+(?:right|correct))\b|\b(?:is|was)\s+(?:right|correct)\b[^.!?]{0,40}\b(?:is|was)(?:n['’]t|\s+not)\s*[.;!]/iu;

/** How much of the next paragraph is read for the correction. */
const TURN_REACH = 300;
/** A speaker's label opening a turn: "**HOST:**", "MARCUS (Milwaukee):", "Q:". */
const TURN_LABEL = /^[\s*_]{0,4}\p{Lu}[\p{L} .()'’-]{0,40}[*_]{0,2}:[*_]{0,2}[ \t]+/u;
/** Words opening a correction of what was just said: "Let me stop you —", "It was USA Today", "No, …". */
const CORRECTING_OPENING = /^(?:let\s+me\s+stop\s+you|hold\s+on|correction|not\s+quite|no[,.!—–]|(?:it|that)\s+was\s)/iu;

/** Whether `span` starts in a sentence that tells of a mistake. */
export function inRetraction(analysis: DocumentAnalysis, span: Span): boolean {
  return inOneOf(retractedIn(analysis), span);
}

/**
 * Whether `span` starts in a sentence put to the test rather than said: "Claim: Xi said …", "It is false that …", a
 * quiz's statements. Its quotations are still someone's words or no one's known (quote-unverified), but what it
 * states is not the draft's claim.
 */
export function inTest(analysis: DocumentAnalysis, span: Span): boolean {
  return inOneOf(readOnce(tested, analysis, findTested), span);
}

const tested = new WeakMap<readonly Word[], Span[]>();

function inOneOf(sentences: readonly Span[], span: Span): boolean {
  return sentences.some((sentence) => sentence.start <= span.start && span.start < sentence.end);
}

function findTested(analysis: DocumentAnalysis): Span[] {
  const { sentences, prose, blocks } = analysis.doc;
  const regions = quizRegions(analysis);
  return sentences.filter((sentence, k) => {
    // "True or false? Blinken's trip lasted three days.": the sentence after the question, in its paragraph.
    const previous = sentences[k - 1];
    const block = blocks[lastStartingAtOrBefore(blocks, sentence.start)];
    const afterQuizQuestion = previous !== undefined && block !== undefined && previous.start >= block.start && QUIZ_QUESTION.test(prose.slice(previous.start, previous.end));
    // "*Burns visited China in March.* — **False.** He went in May.": the next sentence calls it false.
    const next = sentences[k + 1];
    // Not the record given in a paragraph between a claim and its verdict: "**Claim: …** ¶ What the record shows: …
    // ¶ Verdict: False." judges the claim.
    // (The scan back for a claim runs only once a verdict is found.)
    const judgedFalse = (next !== undefined && (FALSE_VERDICT.test(prose.slice(next.start, next.start + 40)) || (quotedWhole(prose, sentence) && DENIAL.test(prose.slice(next.start, next.start + 40)))) && (next.start < (block?.end ?? 0) || !claimPutBefore(analysis, k))) || FALSE_VERDICT_AFTER_DASH.test(prose.slice(Math.max(sentence.start, sentence.end - 40), sentence.end));
    const calledWrong = WHICH_WAS_WRONG.test(prose.slice(sentence.start, sentence.end));
    return afterQuizQuestion || judgedFalse || calledWrong || judgedInRow(analysis, block, sentence) || inClaimColumn(analysis, block, sentence) || (PUT_TO_THE_TEST.test(prose.slice(sentence.start, sentence.start + 40)) && !verdictTrueAfter(analysis, k)) || headsTestedClaim(analysis, block) || regions.some((region) => region.start <= sentence.start && sentence.start < region.end);
  });
}

/** A sentence before the one at `k`, in its section and since the last verdict, puts a claim to the test ("Claim: …"). */
function claimPutBefore(analysis: DocumentAnalysis, k: number): boolean {
  const { sentences, prose, blocks } = analysis.doc;
  for (let i = k - 1; i >= 0; i--) {
    const text = prose.slice(sentences[i].start, sentences[i].end);
    if (blocks[lastStartingAtOrBefore(blocks, sentences[i].start)]?.kind === 'heading' || VERDICT_OPENING.test(text)) return false;
    if (PUT_TO_THE_TEST.test(text.slice(0, 40))) return true;
  }
  return false;
}

/**
 * "**Claim:** Blinken met Xi on Tuesday. **Verdict:** True.": the first verdict after the claim, in its section and
 * before the next claim, finds it true; the claim is then the draft's own.
 */
function verdictTrueAfter(analysis: DocumentAnalysis, k: number): boolean {
  const { sentences, prose, blocks } = analysis.doc;
  for (let i = k + 1; i < sentences.length; i++) {
    const text = prose.slice(sentences[i].start, sentences[i].start + 40);
    if (blocks[lastStartingAtOrBefore(blocks, sentences[i].start)]?.kind === 'heading' || PUT_TO_THE_TEST.test(text)) return false;
    if (VERDICT_OPENING.test(text)) return TRUE_VERDICT.test(text);
  }
  return false;
}

/** A verdict of true, whole: "Verdict: True.", "**Verdict:** Accurate", "True." (not "Mostly true", "True, but …"). */
const TRUE_VERDICT = /^[\s*_]*(?:verdict\s*[:—–][\s*_]*)?(?:true|accurate|correct)[*_]*\s*(?:[.!]|$)/i;

/** Verdicts a fact-check gives against a claim, in a table cell or as a sentence of their own. */
const VERDICTS_AGAINST = String.raw`false|misleading|mixed(?:\s+up)?|(?:partly|mostly|half)\s+(?:true|false)|wrong|unproven|incorrect`;

/** A table cell that is nothing but a verdict other than "true": "False", "**Misleading**", "Missing context". */
const VERDICT_CELL = new RegExp(String.raw`^[\s*_]*(?:${VERDICTS_AGAINST}|untrue|not\s+true|missing\s+context)[*_.!]*\s*$`, 'i');

/** "| Blinken only saw Xi on Tuesday | False |": a claim in a table row whose later cell gives a verdict against it. */
function judgedInRow(analysis: DocumentAnalysis, block: Block | undefined, sentence: Span): boolean {
  if (block?.kind !== 'cell') return false;
  const { blocks, prose } = analysis.doc;
  const at = lastStartingAtOrBefore(blocks, sentence.start);
  const row = tableRow(analysis.doc, at);
  if (!row) return false;
  for (let k = at + 1; k <= row.last; k++) if (VERDICT_CELL.test(prose.slice(blocks[k].start, blocks[k].end))) return true;
  return false;
}

/**
 * A table column headed as holding claims made wrongly, not the draft's own: "What was reported", "Myth", "As
 * published", "Error". (A "Claim" column is judged by its row's verdict: see judgedInRow.)
 */
// (Not "What they said": the words of the people the rows name.)
const CLAIM_HEADER = /^[\s*_]*(?:what\s+(?:was|(?!(?:they|he|she|it)\s)\p{L}+)\s+(?:reported|said|claimed|wrote|published|printed)|as\s+(?:reported|published|printed)|(?:the\s+|reported\s+|original\s+)?(?:myths?|rumou?rs?|errors?|mistakes?)|misreported|we\s+(?:said|wrote|reported)|wrong|incorrect)[\s*_:.]*$/iu;

/** Between one row's last cell and the next row's first: a line break, or the delimiter row under a header. */
const NEXT_ROW = /^[^\n]*\n(?:[ \t|:]*-[ \t|:-]*\n)?[^\n]*$/;

/** "| Blinken met Xi on Tuesday | The meeting was on Monday |" under "| What was reported | What the record shows |". */
function inClaimColumn(analysis: DocumentAnalysis, block: Block | undefined, sentence: Span): boolean {
  if (block?.kind !== 'cell') return false;
  const { blocks, prose, text } = analysis.doc;
  const at = lastStartingAtOrBefore(blocks, sentence.start);
  const own = tableRow(analysis.doc, at);
  if (!own) return false;
  const column = at - own.first;
  let row: { first: number; last: number } = own;
  // Up through the table's rows (one per line, the delimiter row between header and body not a block) to its first.
  for (;;) {
    const above: { first: number; last: number } | undefined = row.first > 0 ? tableRow(analysis.doc, row.first - 1) : undefined;
    if (!above || !NEXT_ROW.test(text.slice(blocks[above.last].end, blocks[row.first].start))) break;
    row = above;
  }
  const header = row.first + column;
  return header !== at && header <= row.last && CLAIM_HEADER.test(prose.slice(blocks[header].start, blocks[header].end));
}

/**
 * "## Blinken and Qin talked for three hours" over "**Claim:** …" or "**Verdict: False.** …": a heading naming the
 * claim its section puts to the test.
 */
function headsTestedClaim(analysis: DocumentAnalysis, block: Block | undefined): boolean {
  if (block?.kind !== 'heading') return false;
  const { blocks, prose } = analysis.doc;
  const next = blocks[lastStartingAtOrBefore(blocks, block.start) + 1];
  if (!next || next.kind === 'heading') return false;
  const opening = prose.slice(next.start, next.start + 40);
  if (PUT_TO_THE_TEST.test(opening) || VERDICT_OPENING.test(opening)) return true;
  // "## The six-hour meeting was with Wang Yi ¶ Several accounts claimed … **Mixed up.** …": a verdict standing as a
  // sentence of the section's first paragraph.
  const { sentences } = analysis.doc;
  for (let k = lastStartingAtOrBefore(sentences, next.start); k < sentences.length && sentences[k].start < next.end; k++) {
    if (k >= 0 && sentences[k].start >= next.start && VERDICT_SENTENCE.test(prose.slice(sentences[k].start, sentences[k].end))) return true;
  }
  return false;
}

/** A sentence that is nothing but a verdict: "**False.**", "Mixed up.", "Misleading." */
const VERDICT_SENTENCE = new RegExp(String.raw`^[\s*_]*(?:${VERDICTS_AGAINST}|true|inaccurate)[*_]*[.!][\s*_]*$`, 'i');

/** A paragraph opening with the verdict on a claim: "Verdict: False.", "False.", "Misleading:". */
const VERDICT_OPENING = /^\s*(?:verdict\s*[:—–]|(?:false|true|misleading|mostly\s+false|partly\s+true|wrong|unproven)\s*[.:!—–])/i;

/**
 * A sentence that is nothing but a verdict of false on the one before: "False.", "— **False.**", "Key: False.",
 * "Answer: wrong.", "That is not true.", "Verdict: Misleading." (a verdict of true leaves the statement the draft's own
 * claim).
 */
const FALSE_WORDS_ALONE = String.raw`false|wrong|incorrect|untrue|not\s+true`;
const FALSE_WORDS = String.raw`(?:${FALSE_WORDS_ALONE})`;
const FALSE_VERDICT = new RegExp(String.raw`^[\s*_—–-]*(?:(?:answer|key|verdict)\s*[:—–][\s*_]*)?(?:(?:${FALSE_WORDS}|${VERDICTS_AGAINST})[*_]*\s*(?:[.!]|$)|(?:that|this)\s+is\s+${FALSE_WORDS}\b)`, 'i');

/**
 * ", which was incorrect", ", which is simply false": a relative clause calling what came before it wrong (not "wrong
 * of her", "wrong to": a judgment of a deed).
 */
const WHICH_WAS_WRONG = new RegExp(String.raw`,\s*which\s+(?:was|is)\s+(?:(?:simply|plainly|flatly|also|of\s+course)\s+)?(?:${FALSE_WORDS_ALONE}|inaccurate|mistaken|an?\s+(?:error|mistake))\b(?!\s+(?:of|to|for)\b)`, 'i');

/**
 * A sentence denying the one before, for a claim quoted whole (a myth's heading, "**1. "He met Xi on Tuesday."**"):
 * "He didn't.", "No.", "It is not, and it never was.", "Not at the time".
 */
const DENIAL = /^[\s*_]*(?:no|nope|not\s+so|not\s+at\s+the\s+time|(?:it|that|this)\s+(?:is|was)(?:n['’]t|\s+not)|(?:he|she|they|it|we|i)\s+(?:did|does|do|was|were|is|are|has|had|have)(?:n['’]t|\s+not))\b\s*(?:[.!,;—–]|$)/i;

/** The sentence is a quotation whole, markup and numbering aside: "**1. "He met Xi on Tuesday."**". */
function quotedWhole(prose: string, sentence: Span): boolean {
  return /^[\s*_#>]*(?:\d+[.)][\s*_]*)?["“][^"“”]+["”][\s*_]*$/u.test(prose.slice(sentence.start, sentence.end));
}

/** The same verdict after a dash ending the sentence it judges: "Mulhauser told CNN it “takes work” — False." */
const FALSE_VERDICT_AFTER_DASH = new RegExp(String.raw`[—–][\s*_]*${FALSE_WORDS}[*_\s]*(?:[.!][*_\s]*)?$`, 'i');

/**
 * A sentence stating what is put to the test, not what the draft says: "Claim: …", "Myth: …", "It is false that …",
 * "True or false: …".
 */
const PUT_TO_THE_TEST = /^[\s*_]*(?:(?:\d+[.)]\s*)?true\s+or\s+false\s*[:—–?]|(?:the\s+)?(?:claim|rumou?r|myth)\s*[:—–]|(?:it\s+is|it['’]s)\s+(?:false|untrue|not\s+true|a\s+myth|wrong)\s+that\b)/i;
/** A quiz's question standing alone: "True or false?". */
const QUIZ_QUESTION = /^\s*true\s+or\s+false\s*(?:\?\s*)?$/i;
/** Headings of a quiz's statements, and of its answers (which are the draft's own claims again). */
const QUIZ_HEADING = /\b(?:true\s+or\s+false|quiz)\b/i;
const ANSWERS_HEADING = /\b(?:answers?|key|verdicts?|solutions?|results?)\b/i;

/**
 * The stretches under a quiz's heading ("## True or false?") up to its answers' heading or the next heading of its level
 * or above: statements set for the reader to judge.
 */
function quizRegions(analysis: DocumentAnalysis): Span[] {
  const { blocks, prose, text } = analysis.doc;
  const regions: Span[] = [];
  let open: { start: number; level: number } | undefined;
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    const heading = prose.slice(block.start, block.end);
    const level = /^[ \t]*(#{1,6})/.exec(text.slice(block.start, block.end))?.[1].length ?? 1;
    if (open && (ANSWERS_HEADING.test(heading) || level <= open.level)) {
      regions.push({ start: open.start, end: block.start });
      open = undefined;
    }
    // (Not a quiz named in an aside: "## Timeline (this part is on the quiz)" heads what the quiz asks about.)
    const headingProper = heading.replace(/\([^()]*\)/g, '');
    if (!open && QUIZ_HEADING.test(headingProper) && !ANSWERS_HEADING.test(heading)) open = { start: block.start, level };
  }
  if (open) regions.push({ start: open.start, end: prose.length });
  return regions;
}
