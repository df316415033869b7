// Sentences that tell of a mistake rather than make a claim: a correction note ("An earlier version of this story
// said the talks lasted three hours", "We said …"), a claim the writer calls wrong ("The agency wrongly reported
// that Qin Gang was premier"). What they state is the error being set right, so no rule judges it.
import type { Span } from '../checks/finding';
import { lastStartingAtOrBefore } from '../text/spans';
import type { Word } from '../text/words';
import type { DocumentAnalysis } from './analyze';

/** "an earlier version", "the original draft". */
const EARLIER = new Set(['earlier', 'previous', 'prior', 'original']);
const VERSION = new Set(['version', 'edition', 'draft']);
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

/** Every word that may mark a mistake: one lookup passes most words over (this reads every word of a window). */
const MARKERS = new Set([...MISTAKE_VERBS, ...VERSION, ...WRONGLY]);

function marksMistake(words: readonly Word[], i: number): boolean {
  const norm = words[i].norm;
  if (MISTAKE_VERBS.has(norm)) return true;
  if (VERSION.has(norm)) return EARLIER.has(words[i - 1]?.norm ?? '');
  // The verb right after the adverb, or one word on ("wrongly been said", "incorrectly has Qin").
  return WRONGLY.has(norm) && [words[i + 1], words[i + 2]].some((next) => next !== undefined && SAYING.has(next.norm));
}

/** A sentence opening by saying what the one before should have said: "It should have read …", "The correct …". */
const SET_RIGHT_BELOW = /^\s*(?:(?:it|that|this|the\s+\p{L}+)\s+should\s+have\s+(?:read|been|said|given)|(?:it|that|this)\s+should\s+read|the\s+correct\s+)/iu;

/** The sentences that tell of a mistake, by the words of the text they are in (read once per text). */
const retracted = new WeakMap<readonly Word[], Span[]>();

function retractedIn(analysis: DocumentAnalysis): Span[] {
  let spans = retracted.get(analysis.words);
  if (!spans) {
    spans = findRetracted(analysis);
    retracted.set(analysis.words, spans);
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

/** Whether `span` starts in a sentence that tells of a mistake. */
export function inRetraction(analysis: DocumentAnalysis, span: Span): boolean {
  return retractedIn(analysis).some((sentence) => sentence.start <= span.start && span.start < sentence.end);
}
