// The English vocabulary of attribution: reporting verbs, pronouns, and the phrases that introduce the outlet
// words were told to. General language, never words of a particular article.
import type { Word } from '../text/words';
import { headClass, isTitleWord } from './offices';

const VERB_STEMS = [
  'say', 'said', 'tell', 'told', 'add', 'write', 'wrote', 'written', 'warn', 'argue', 'note', 'call', 'describe',
  'predict', 'insist', 'state', 'explain', 'ask', 'conclude', 'urge', 'declare', 'remark', 'acknowledge', 'admit',
  'concede', 'claim', 'stress', 'emphasize', 'emphasise', 'caution', 'reply', 'replied', 'respond', 'tweet', 'recall',
  'suggest', 'observe', 'quip', 'continue', 'mention', 'comment', 'assert', 'announce', 'promise', 'pledge', 'vow',
  'complain', 'lament', 'contend', 'maintain', 'reiterate', 'dismiss', 'label', 'brand', 'term', 'dub', 'demand',
  'underscore', 'put', 'report', 'predict', 'confirm', 'deny', 'denied', 'blame', 'characterize', 'characterise',
  'summarize', 'summarise', 'counter', 'object', 'protest', 'agree', 'hope', 'believe', 'think', 'thought', 'feel',
  'felt', 'add', 'offer', 'declare', 'proclaim', 'exclaim', 'whisper', 'shout', 'joke', 'muse', 'reflect', 'recount', 'frame', 'answer', 'retort',
];

function inflections(stem: string): string[] {
  if (/(said|told|wrote|written|replied|denied|thought|felt)$/.test(stem)) return [stem];
  const base = stem.endsWith('e') ? stem.slice(0, -1) : stem;
  const doubled = /^(quip|put|admit)$/.test(stem) ? stem + stem.slice(-1) : base;
  const forms = [stem, `${stem}s`, `${doubled}ed`, `${doubled}ing`];
  if (stem.endsWith('y')) forms.push(`${stem.slice(0, -1)}ies`, `${stem.slice(0, -1)}ied`);
  if (/(ss|sh|ch|x)$/.test(stem)) forms.push(`${stem}es`);
  if (stem === 'say') forms.push('says', 'saying');
  if (stem === 'tell') forms.push('telling');
  if (stem === 'write') forms.push('writes', 'writing');
  return forms;
}

export const SPEECH_VERBS: ReadonlySet<string> = new Set(VERB_STEMS.flatMap(inflections));

/** Words opening a clause that tells when something else happened: "… since Joe Biden took office", "said before Blinken landed". */
export const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['since', 'before', 'after', 'when', 'until', 'while']);

/** Verbs a writer orders the reader with, opening a sentence: "Bring …", "Compare …", "Please read …". */
const ORDERS = new Set(['bring', 'compare', 'read', 'note', 'remember', 'consider', 'see', 'look', 'send', 'please', 'join', 'check', 'submit', 'prepare', 'email', 'review', 'watch', 'listen', 'register', 'reply', 'forward', 'keep', 'don\'t', 'do']);

/** The sentence opens with an order to the reader: its first word is such a verb. */
export function opensWithOrder(sentenceWords: readonly Word[]): boolean {
  return ORDERS.has(sentenceWords[0]?.norm ?? '') && sentenceWords[1] !== undefined;
}

export type PronounGender = 'he' | 'she' | 'they' | 'it';

export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounGender> = new Map([
  ['he', 'he'],
  ['she', 'she'],
  ['they', 'they'],
  ['it', 'it'],
]);

/** Cues naming who was given something, who is an outlet only when what was given is something said: "gave CNN an interview". */
export const GIVING_CUES: ReadonlySet<string> = new Set(['gave', 'giving', 'gives', 'give', 'offered', 'offering', 'offers']);

/** In an outlet cue, any one lower-case word; the name after such a cue must be a news outlet's. */
export const WILDCARD = '*';

/** Words after which a capitalised name is the outlet the words were given to: "told CNN", "speaking to the BBC". */
export const OUTLET_CUES: readonly (readonly string[])[] = [
  ['told'],
  // "told to the BBC", "was telling to Reuters", "talk to CNN", as a learner of English may write it.
  ['told', 'to'],
  ['tell', 'to'],
  ['tells', 'to'],
  ['telling', 'to'],
  ['talk', 'to'],
  ['talks', 'to'],
  ['speak', 'to'],
  ['speaks', 'to'],
  ['telling'],
  ['tells'],
  ['tell'],
  ['speaking', 'to'],
  // "went on Al Jazeera", "said on the BBC", "appeared on CNN" (not "said on Monday": a calendar name is no outlet).
  ['went', 'on'],
  ['appeared', 'on'],
  ['said', 'on'],
  ['speaking', 'on'],
  ['talking', 'to'],
  ['spoke', 'to'],
  ['interview', 'with'],
  ['comments', 'to'],
  ['remarks', 'to'],
  // "made the remark to Al Jazeera", "said this to CNN".
  ['comment', 'to'],
  ['remark', 'to'],
  // "made his case to Al Jazeera that …".
  ['case', 'to'],
  ['said', 'this', 'to'],
  ['said', 'so', 'to'],
  ['said', 'as', 'much', 'to'],
  ['statement', 'to'],
  ['said', 'to'],
  ['talked', 'to'],
  ['explained', 'to'],
  ['remarked', 'to'],
  ['noted', 'to'],
  ['put', 'it', 'to'],
  // "put it this way to USA Today".
  ['put', 'it', 'this', 'way', 'to'],
  ['wrote', 'in'],
  ['writing', 'in'],
  ['wrote', 'for'],
  ['writing', 'for'],
  // "Singleton's verdict to Al Jazeera: …".
  ['verdict', 'to'],
  ['assessment', 'to'],
  ['forecast', 'to'],
  // "gave Al Jazeera a bleak forecast", only with words for what was said after the name (see GIVING_CUES).
  ...[...GIVING_CUES].map((verb) => [verb]),
  // "an interview he gave to Al Jazeera", "gave an interview to the BBC", "gave the quote to the BBC", "observed to
  // the BBC that".
  ['gave', 'to'],
  ['given', 'to'],
  // "Singleton's remarks were made to the BBC".
  ['made', 'to'],
  ['interview', 'to'],
  ['quote', 'to'],
  // "was quoted by Al Jazeera as describing …", "interviewed by the BBC".
  ['quoted', 'by'],
  ['cited', 'by'],
  ['interviewed', 'by'],
  ['observed', 'to'],
  // "described the visit to The Washington Post as": a few words of what was described between (a news outlet's
  // name only, see WILDCARD).
  ...['described', 'characterized', 'characterised', 'called'].flatMap((verb) => [[verb, WILDCARD, 'to'], [verb, WILDCARD, WILDCARD, 'to']]),
];

/**
 * Plural nouns for the people spoken to: after one, the capitalised word before it says who they were ("told
 * Chinese students", "speaking to American reporters"), not which outlet heard the words.
 */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set([
  'students', 'reporters', 'journalists', 'officials', 'lawmakers', 'legislators', 'diplomats', 'counterparts',
  'leaders', 'audiences', 'audience', 'crowd', 'crowds', 'executives', 'colleagues', 'staff', 'troops', 'soldiers',
  'graduates', 'investors', 'delegates', 'people', 'citizens', 'voters', 'viewers', 'listeners', 'readers',
  'businesspeople', 'entrepreneurs', 'scholars', 'experts', 'academics', 'allies', 'partners', 'hosts', 'guests',
  // A kind of outlet described, not named: "told the British broadcaster".
  'broadcaster', 'network', 'newspaper', 'paper', 'daily', 'outlet', 'channel', 'station', 'agency', 'magazine', 'website',
  'site', 'tabloid', 'broadsheet', 'service', 'programme', 'program', 'show', 'podcast', 'reporter', 'correspondent', 'interviewer',
]);

/** Conjunctions joining a second verb or part to the first one's subject: "Xi met Gates and said", "… but then said". */
export const VERB_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'yet']);

/** Lower-case nouns that, right after an organisation's name, make it describe a person ("the FDD expert"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'expert', 'analyst', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor',
  'diplomat', 'scholar', 'fellow', 'director', 'researcher', 'economist', 'veteran', 'chief', 'head', 'leader',
  'minister', 'secretary', 'president', 'envoy', 'negotiator', 'staffer', 'aide', 'source', 'sources', 'member',
  'representative', 'correspondent', 'reporter', 'editor', 'commentator', 'professor', 'strategist', 'observer',
  'specialist', 'watcher', 'consultant', 'historian', 'guy', 'man', 'woman', 'person', 'people', 'folks', 'insider',
]);

/** A title's head word or a noun for a person: what a description of someone turns on ("the secretary", "the analyst"). */
export function isDescriptionHead(norm: string): boolean {
  return headClass(norm) !== undefined || PERSON_NOUNS.has(norm);
}

/** Nouns for what someone said: "Y's warning that “…”" makes Y the speaker. */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'remark', 'remarks', 'claim', 'claims', 'warning', 'warnings', 'words', 'comment', 'comments', 'view', 'views',
  'statement', 'assertion', 'description', 'verdict', 'line', 'quip', 'promise', 'insistence', 'argument',
  'suggestion', 'question', 'answer', 'message', 'pledge', 'vow', 'assessment', 'prediction', 'complaint', 'call',
  'forecast', 'version', 'phrase', 'phrasing', 'formulation', 'wording', 'caution', 'caveat', 'take', 'conclusion',
  'judgment', 'judgement', 'response', 'reply', 'retort', 'reaction', 'observation', 'explanation', 'advice',
  'criticism', 'diagnosis', 'summary', 'reminder', 'admission', 'concession', 'characterisation', 'characterization',
  'portrayal', 'dismissal',
]);

/**
 * Words that describe someone: opening with one of `openers` or a possessive, and holding a title or a word for a
 * person ("China's top diplomat", "the Chinese leader").
 */
export function describesSomeone(words: readonly Word[], openers: ReadonlySet<string>): boolean {
  const first = words[0]?.norm;
  return first !== undefined && (openers.has(first) || first.endsWith("'s")) && words.some((word) => isTitleWord(word.norm) || PERSON_NOUNS.has(word.norm));
}

/** Nouns for someone by their tie to another person: "Blinken's predecessor", "Xi's counterpart". */
const TIE_NOUNS = new Set([...PERSON_NOUNS, 'predecessor', 'successor', 'counterpart', 'deputy', 'boss', 'host', 'guest', 'wife', 'husband', 'daughter', 'son']);
/** Words that may come before such a noun: "Blinken's former deputy", "Xi's top aide". */
const TIE_ADJECTIVES = new Set(['former', 'new', 'top', 'senior', 'chief', 'longtime', 'close', 'then', 'own']);
const POSSESSIVE_AND_WORDS = /^['’]s((?:\s+[\p{L}-]+){1,4})/u;

/**
 * The name ending at `end` is a possessive before a noun for someone tied to that person ("Blinken's predecessor",
 * "Obama's top East Asia diplomat", names of places between) or before a title ("Biden's national security
 * adviser"): whoever that is, it is not the person named.
 */
export function possessesTie(prose: string, end: number): boolean {
  if (prose[end] !== "'" && prose[end] !== '’') return false;
  const after = POSSESSIVE_AND_WORDS.exec(prose.slice(end, end + 60));
  if (!after) return false;
  const following = after[1].trim().split(/\s+/);
  const noun = following.findIndex((word) => !TIE_ADJECTIVES.has(word) && !/^\p{Lu}/u.test(word));
  if (noun >= 0 && TIE_NOUNS.has(following[noun])) return true;
  // "Xi's foreign policy speech" is his.
  const title = following.findIndex((word) => !isTitleWord(word.toLowerCase()));
  const run = title < 0 ? following : following.slice(0, title);
  return run.length > 0 && headClass(run[run.length - 1].toLowerCase()) !== undefined;
}

/** A verb in the past tense, never a noun: "met", "held", "visited". */
export const PAST_VERB = /ed$|^(?:met|held|saw|sat|took|went|flew|spoke|told|said|gave|made|began|led|left|came|spent)$/;

/** Words between "not" and "but" at most for the "but" to set right what "not" denied. */
const SET_ASIDE_WORDS = 6;
/** "not only … but also": nothing is set aside. */
const NOT_ONLY = new Set(['only', 'just', 'merely', 'simply', 'solely']);

/**
 * The index of the "but" setting right what the "not" at word `not` denies ("not with Wang Yi but with Qin Gang", "not
 * to Al Jazeera but to the BBC"), or -1.
 */
export function butSettingRight(words: readonly Word[], not: number): number {
  if (words[not]?.norm !== 'not' || NOT_ONLY.has(words[not + 1]?.norm ?? '')) return -1;
  for (let j = not + 2; j <= not + 1 + SET_ASIDE_WORDS && j < words.length; j++) if (words[j].norm === 'but') return j;
  return -1;
}
