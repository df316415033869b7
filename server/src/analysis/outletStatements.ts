// What each person of a reference set said to which outlet: their quotes with an outlet, and the article's
// reported speech ("Kurt Campbell … told BBC this is a good time to talk"), read once per reference set, so that
// a draft reporting the same words as told to another outlet can be caught without quotation marks.
import type { Span } from '../checks/finding';
import type { ReferenceIndex } from '../reference/index';
import { oncePer } from '../text/memo';
import { words } from '../text/words';
import { readMentions, readProse } from './analyze';
import { findReportedSpeech } from './attribution';
import { stem } from './sentenceFrames';

export interface OutletStatement {
  speaker: string;
  outlet: string;
  /** The stems of the statement's content words (see contentStems). */
  stems: ReadonlySet<string>;
  /** Where the statement is in the article. */
  evidence: Span;
}

/** Words that carry no content of their own: what two wordings of one statement need not share. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'to', 'of', 'in', 'on', 'for', 'it', 'its', 'and',
  'or', 'but', 'not', 'no', 'any', 'with', 'at', 'by', 'as', 'from', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'would', 'will',
  'could', 'can', 'should', 'may', 'might', 'must', 'has', 'have', 'had', 'do', 'does', 'did', 'so', 'if', 'than', 'then', 'there', 'here', 'what', 'which',
  'who', 'all', 'each', 'other', 'about', 'into', 'also', 'very', 'just', 'only', 'because', 'said', 'says', 'told',
]);

/** The stems of a text's words that carry content: "it reduces chance of conflict" → reduc, chanc, conflict. */
export function contentStems(text: string): Set<string> {
  return new Set(words(text).filter((word) => !FUNCTION_WORDS.has(word.norm)).map((word) => stem(word.norm)));
}

/** Verbs by which an outlet states something of its own. */
const STATING = ['noted', 'observed', 'said', 'says', 'reported', 'wrote', 'argued', 'warned', 'pointed out', 'concluded', 'added', 'found', 'suggested'];
/** Their first words, which a sentence holding one of them has among its words. */
export const STATING_VERBS: ReadonlySet<string> = new Set(STATING.map((verb) => verb.split(' ')[0]));
/** The verbs as alternatives of a pattern, a space in them any run of whitespace. */
const STATING_ALTERNATIVES = STATING.map((verb) => verb.replace(' ', String.raw`\s+`)).join('|');
/** After an outlet's name, a verb by which it states something of its own: "noted that", ", meanwhile, pointed out that". */
export const OWN_STATEMENT = new RegExp(String.raw`^(?:\s*(?:,\s*)?(?:also|meanwhile|too|later|further|then)(?:\s*,)?)?\s+(?:${STATING_ALTERNATIVES})\s+(?:that\s+)?`, 'i');

/** After an outlet's name opened by "as", the verb and the comma before the statement: "As the BBC noted, …". */
export const STATED_AS = new RegExp(String.raw`^\s+(?:${STATING_ALTERNATIVES})\s*,\s*`, 'i');

/** Characters around an outlet's name read as its sentence of the article. */
const SENTENCE_END = /[.!?\n]/;

/** Each person's statements to outlets, by person id, once per reference set. */
export const outletStatements = oncePer((reference: ReferenceIndex): Map<string, OutletStatement[]> => {
  const byPerson = new Map<string, OutletStatement[]>();
  const add = (statement: OutletStatement) => {
    const list = byPerson.get(statement.speaker);
    if (list) list.push(statement);
    else byPerson.set(statement.speaker, [statement]);
  };
  const outlets = new Set<string>();
  for (const { quote } of reference.quotes) {
    if (!quote.outlet) continue;
    outlets.add(quote.outlet);
    add({ speaker: quote.speaker, outlet: quote.outlet, stems: contentStems(quote.text), evidence: { start: quote.offset, end: quote.offset + quote.text.length } });
  }
  for (const sentence of sentencesNaming(reference, outlets)) {
    const text = reference.loaded.articleText.slice(sentence.start, sentence.end);
    const reading = readProse(text, 'plaintext');
    const mentions = readMentions(text, 'plaintext', reference);
    for (const speech of findReportedSpeech(reading.doc, reading.words, mentions, reading.spans, { start: 0, end: text.length })) {
      const outlet = speech.outlet.entity?.id;
      if (speech.speaker.entity.kind !== 'person' || !outlet || !outlets.has(outlet)) continue;
      const evidence = { start: sentence.start + speech.said.start, end: sentence.start + speech.said.end };
      add({ speaker: speech.speaker.entity.id, outlet, stems: contentStems(text.slice(speech.said.start, speech.said.end)), evidence });
    }
    // "The BBC noted that cooperation with China could be tough …": the outlet's own statement.
    const opening = mentions[0];
    const own = opening && outlets.has(opening.entity.id) && /^\s*(?:the\s+)?$/i.test(text.slice(0, opening.start)) ? OWN_STATEMENT.exec(text.slice(opening.end)) : null;
    if (opening && own) {
      const said = { start: sentence.start + opening.end + own[0].length, end: sentence.end };
      add({ speaker: opening.entity.id, outlet: opening.entity.id, stems: contentStems(reference.loaded.articleText.slice(said.start, said.end)), evidence: said });
    }
  }
  return byPerson;
});

/** The outlets' own statements ("The BBC noted that …", the BBC piece's quotes), once per reference set. */
export const outletsOwnStatements = oncePer((reference: ReferenceIndex): OutletStatement[] =>
  [...outletStatements(reference).values()].flat().filter((statement) => statement.speaker === statement.outlet),
);

/** The article's sentences that name one of the outlets (by name or alias), each once. */
function sentencesNaming(reference: ReferenceIndex, outlets: ReadonlySet<string>): Span[] {
  const article = reference.loaded.articleText;
  const starts = new Set<number>();
  const sentences: Span[] = [];
  for (const id of outlets) {
    const entity = reference.entities.get(id);
    if (entity?.kind !== 'organization') continue;
    for (const name of [entity.name, ...entity.organization.aliases]) {
      for (let at = article.indexOf(name); at >= 0; at = article.indexOf(name, at + name.length)) {
        let start = at;
        while (start > 0 && !SENTENCE_END.test(article[start - 1])) start--;
        if (starts.has(start)) continue;
        starts.add(start);
        let end = at + name.length;
        while (end < article.length && !SENTENCE_END.test(article[end])) end++;
        sentences.push({ start, end: Math.min(article.length, end + 1) });
      }
    }
  }
  return sentences;
}
