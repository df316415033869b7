// Titles a draft gives a person: before the name ("Chinese Foreign Minister Qin Gang", "CIA chief William
// Burns") and in apposition after it ("Qin Gang, China's ambassador to the United States,").
import type { Span } from '../checks/finding';
import type { Entity } from '../reference/index';
import { isCalendarName } from '../text/calendar';
import { countryNamed, countryOfCapital } from '../text/countries';
import { oncePer } from '../text/memo';
import { countWhile, firstStartingAt, lastStartingAtOrBefore, spansWithin } from '../text/spans';
import { isCapitalized, isCapitalizedWord, phraseKey, stripPossessive, type Word } from '../text/words';
import { isReported, type DocumentAnalysis } from './analyze';
import { headerCellOver, tableRow } from './document';
import { isCommonWord } from './dictionary';
import type { Mention } from './mentions';
import { capitalisedByPosition, mentionsByWord } from './nameCandidates';
import { abbreviatedTitle, AMBIGUOUS_HEADS, DEPARTMENTS, DESCRIPTIVE, headClass, isTitleWord, joinsTitle, OFFICE_MODIFIERS, PAST, type Office } from './offices';
import { PERSON_NOUNS } from './speech';

export interface TitleClaim extends Span {
  /** The person the title is given to. */
  mention: Mention;
  /** The person's name as written: the mention, with a word of the name the reference does not list beside a
   * one-word mention ("Anthony Blinken", "Qin Gan", or another person's "Nicholas Burns"). */
  name: Span;
  office: Office;
  /** The office words without nationality or organisation ("Vice Premier" in "Chinese Vice Premier",
   * "ambassador to the United States"): what a fix replaces. */
  officeSpan: Span;
  /** "former", "then", "ex-": the draft places the title in the past. */
  past: boolean;
  /** After an apposition's office, where it is held: "of the German Marshall Fund", "to the United States". */
  complement?: Span;
  /** "now", "currently", "current", "still": the word saying the title is held now. */
  presentWord?: Span;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** No title is longer ("Deputy Assistant Secretary of State for East Asian and Pacific Affairs" has 11 words):
 * reading further made a run of capitalised names ("Blinken Blinken …") quadratic. */
const MAX_TITLE_WORDS = 16;

/** What may follow a phrase in apposition: punctuation, a line break or the end. */
const CLOSES_PHRASE = /^[ \t]*(?:[,.;:)\]—–]|\r?\n|$)/;
/**
 * What may follow a title after a name: the same, a bracket or an arrow opening a note ("…, former US ambassador to
 * China (USA Today)", "… → USA Today: …", "… - USA Today"), or "and" opening another description ("…, the president
 * of the institute and a former diplomat, said"), or a relative pronoun ("…, the House minority leader whose meeting with
 * Tsai angered Beijing, …").
 */
const CLOSES_TITLE = /^[ \t]*(?:[,.;:()\]—–→]|-{1,2}>?[ \t]|=>|\r?\n|$|and[ \t]+(?:a|an|the|formerly|former|once|previously|also)\b|(?:who|whose|whom)\b)/;

type Kind = 'head' | 'modifier' | 'descriptive' | 'past' | 'of' | 'qualifier';

interface Token extends Span {
  norm: string;
  kind: Kind;
  capitalised: boolean;
  /** A qualifier that is itself a mention of someone ("Biden's"), not an organisation. */
  person: boolean;
  /** Who, for such a qualifier. */
  personId?: string;
  possessive: boolean;
  /** The modifiers an abbreviated head stands for with it: "foreign" in "FM". */
  implied?: string[];
}

/** The document with what classifying a word needs, computed once. */
interface Reader extends DocumentAnalysis {
  byPosition: Set<number>;
  mentionOf: Map<number, Mention>;
}

/**
 * The title claims about people, those of the reported part (see isReported) among them. A claim lies on its
 * mention's line (its words are joined by spaces, a hyphen or a comma), so a mention on a line with nothing
 * reported is not read.
 */
export const findTitleClaims = oncePer(readTitleClaims);

function readTitleClaims(document: DocumentAnalysis): TitleClaim[] {
  const analysis = readerOf(document);
  const claims: TitleClaim[] = [];
  const lineBreaks = lineBreaksOf(document.doc.prose);
  for (const mention of analysis.mentions) {
    // (The question "Who is Qin Gang?" heads the part read before its answer, whose title is judged.)
    const lines = linesOf(document.doc.prose, lineBreaks, mention);
    const answered = (): boolean => {
      if (!ASKS_WHO.test(lineBefore(document.doc.prose, mention.start))) return false;
      NEXT_TEXT.lastIndex = lines.end;
      const answer = NEXT_TEXT.exec(document.doc.prose)?.index ?? lines.end;
      return isReported(document, { start: answer, end: answer + 1 });
    };
    if (mention.entity.kind !== 'person' || !(isReported(document, lines) || answered())) continue;
    const before = titleBefore(analysis, mention) ?? titleOpening(analysis, mention);
    if (before) claims.push(before);
    const after = mention.possessive ? undefined : titleAfter(analysis, mention);
    if (after) claims.push(after);
  }
  return claims;
}

/**
 * "Bonnie Glaser spoke to Al Jazeera. She is the research director of …": a sentence opening with "he" or "she"
 * and "is", whose pronoun `referent` says stands for a person (from the sentences before), gives that person the
 * title after "is" ("He was … and is now …": its present part).
 */
export function pronounTitleClaims(document: DocumentAnalysis, referent: (pronoun: Word) => Entity | undefined): TitleClaim[] {
  const analysis = readerOf(document);
  const claims: TitleClaim[] = [];
  for (const sentence of document.doc.sentences) {
    const first = firstStartingAt(document.words, sentence.start);
    // "Today he is …", "These days, she is …": a word or two of the present may come first.
    const at = pastNowadays(document.words, first);
    const pronoun = document.words[at];
    if (!pronoun || !PERSON_PRONOUNS.has(pronoun.norm) || !IS_OR_WAS.has(document.words[at + 1]?.norm ?? '') || !isReported(document, sentence)) continue;
    const entity = referent(pronoun);
    if (entity?.kind !== 'person') continue;
    const claim = titleAfter(analysis, { start: pronoun.start, end: pronoun.end, entity, form: 'surname', possessive: false, wordIndex: at, wordCount: 1 });
    // The pronoun alone names the person: not "Today he" read as a name.
    if (claim) claims.push({ ...claim, name: { start: pronoun.start, end: pronoun.end } });
  }
  return claims;
}

/** Pronouns opening a sentence that says what someone is. */
const PERSON_PRONOUNS = new Set(['he', 'she']);
const IS_OR_WAS = new Set(['is', 'was']);

/** The document with the lookups title reading needs. */
function readerOf(document: DocumentAnalysis): Reader {
  return { ...document, byPosition: capitalisedByPosition(document), mentionOf: mentionsByWord(document.mentions) };
}

/** The prose from `at` on, to the end of its table cell when it is in one (the next cell's words are not the phrase's). */
function restOfCell(analysis: DocumentAnalysis, at: number): string {
  return analysis.doc.prose.slice(at, cellEnd(analysis, at));
}

/** Where the text before `end` stops being blank. */
function lastNonBlank(prose: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(prose[at - 1])) at--;
  return at;
}

/** Where the table cell around `at` ends (the prose's end outside a table): "| Prime Minister of Singapore | CNN |". */
function cellEnd(analysis: DocumentAnalysis, at: number): number {
  const { blocks, prose } = analysis.doc;
  const block = blocks[lastStartingAtOrBefore(blocks, at)];
  return block?.kind === 'cell' && at <= block.end ? block.end : prose.length;
}

/** The lines `span` is on, without their line breaks. */
function linesOf(prose: string, lineBreaks: readonly number[], span: Span): Span {
  // Found by binary search among the line breaks: searching the prose from each mention was quadratic on a long line.
  const before = countWhile(lineBreaks.length, (i) => lineBreaks[i] < span.start) - 1;
  const after = countWhile(lineBreaks.length, (i) => lineBreaks[i] < span.end);
  return { start: before < 0 ? 0 : lineBreaks[before] + 1, end: after < lineBreaks.length ? lineBreaks[after] : prose.length };
}

function lineBreaksOf(prose: string): number[] {
  const breaks: number[] = [];
  for (let i = prose.indexOf('\n'); i >= 0; i = prose.indexOf('\n', i + 1)) breaks.push(i);
  return breaks;
}

/** Word indexes of the name around a mention, and its extent. */
function nameAround(analysis: Reader, mention: Mention): { first: number; last: number; span: Span } {
  let first = mention.wordIndex;
  let last = mention.wordIndex + mention.wordCount - 1;
  if (mention.wordCount === 1 && isUnlistedNamePart(analysis, first - 1, first)) first--;
  if (mention.wordCount === 1 && !mention.possessive && isUnlistedNamePart(analysis, last + 1, last)) last++;
  // "Tsai Ing-wen": the rest of a hyphenated word of the name.
  while (last > mention.wordIndex && hyphenated(analysis, last, last + 1)) last++;
  const lastWord = analysis.words[last];
  const end = last === mention.wordIndex + mention.wordCount - 1 ? mention.end : lastWord.end - (lastWord.norm.length - stripPossessive(lastWord.norm).length);
  return { first, last, span: { start: analysis.words[first].start, end } };
}

function titleBefore(analysis: Reader, mention: Mention): TitleClaim | undefined {
  const { doc, words } = analysis;
  const name = nameAround(analysis, mention);
  const nameIndex = name.first;
  let i = nameIndex - 1;
  // "China's foreign minister, Qin Gang, said": a title set off by a comma, the name closed by punctuation
  // (not a list: "the ministers, Qin Gang and Wang Yi").
  const setOff = i >= 0 && /^[ \t]*,[ \t]+$/.test(doc.prose.slice(words[i].end, name.span.start));
  if (setOff && !CLOSES_PHRASE.test(restOfCell(analysis, name.span.end))) return undefined;
  const tokens: Token[] = [];
  for (; i >= 0 && nameIndex - i <= MAX_TITLE_WORDS && (i === nameIndex - 1 ? setOff || adjacent(analysis, i, i + 1) : adjacent(analysis, i, i + 1)); i--) {
    const token = classify(analysis, i, nameIndex);
    if (!token) break;
    tokens.unshift(token);
  }
  while (tokens[0]?.kind === 'of') tokens.shift();
  // A set-off title opens with a determiner or a possessive ("the CIA chief, …", "Biden's adviser, …").
  if (setOff && tokens.length && !tokens[0].possessive && !(i >= 0 && DETERMINERS.has(words[i].norm) && adjacent(analysis, i, i + 1))) return undefined;
  if (!setOff && reducedRelative(analysis, i, name.last)) return undefined;
  const office = readOffice(tokens);
  return office && { start: tokens[0].start, end: tokens[tokens.length - 1].end, mention, name: name.span, ...office };
}

/**
 * "Qin Gang was the foreign minister Blinken met", "Qin Gang, the foreign minister Blinken met on Sunday, …": after
 * "was the", or after "the" set beside another person's name, the title is the complement (or the appositive) and
 * the name the subject of a clause describing it ("whom" left out), when a lower-case verb follows the name.
 */
function reducedRelative(analysis: Reader, the: number, nameLast: number): boolean {
  const { words, doc } = analysis;
  // "He is the same adviser Sullivan met", "the very minister Blinken met".
  if (SAME_WORDS.has(words[the]?.norm ?? '') && words[the - 1]?.norm === 'the') the--;
  const next = words[nameLast + 1];
  const verb = COPULA_ADVERBS.has(words[the - 1]?.norm ?? '') || words[the - 1]?.norm.endsWith('ly') ? the - 2 : the - 1;
  if (words[the]?.norm !== 'the' || !next || !/^[ \t]+$/.test(doc.prose.slice(words[nameLast].end, next.start))) return false;
  if (!(COPULAS.has(words[verb]?.norm ?? '') || besideAnotherPerson(analysis, the) || clauseBeforeCopula(analysis, nameLast + 1))) return false;
  return /^\p{Ll}/u.test(doc.prose.slice(next.start, next.end)) && !NOT_A_VERB_AFTER_NAME.has(next.norm);
}

/**
 * "The foreign minister Blinken sat with was Qin Gang": the verb at `verb`, a preposition or two after it at most, is
 * followed by "was" or "is", the sentence's own verb: the clause has no object of its own, it describes the title.
 */
function clauseBeforeCopula(analysis: Reader, verb: number): boolean {
  const { words, doc } = analysis;
  let k = verb + 1;
  while (k <= verb + 2 && STRANDED.has(words[k]?.norm ?? '')) k++;
  const blanks = (from: number) => /^[ \t]+$/.test(doc.prose.slice(words[from - 1].end, words[from].start));
  return k < words.length && COPULAS.has(words[k].norm) && Array.from({ length: k - verb }, (_, d) => verb + 1 + d).every(blanks);
}

/** Prepositions and particles a clause describing a noun may end with: "the minister Blinken sat down with". */
const STRANDED = new Set(['with', 'to', 'at', 'for', 'in', 'on', 'by', 'about', 'down', 'up', 'beside', 'alongside', 'opposite']);

/**
 * "Qin Gang, the …", "Wang Yi — the …": the word at `the` follows a comma or a dash closing a person's name, or
 * closing an apposition to one ("Wang Yi — China's top diplomat, the same adviser Sullivan met") or the complement of
 * the name's copula ("Wang was China's top diplomat, the same adviser …").
 */
function besideAnotherPerson(analysis: Reader, the: number): boolean {
  const { words, doc, mentionOf } = analysis;
  const setOff = (k: number) => words[k] !== undefined && /^(?:,|[ \t]*[—–])[ \t]+$/.test(doc.prose.slice(words[k].end, words[k + 1].start));
  if (!setOff(the - 1)) return false;
  for (let k = the - 1; k >= 0 && the - 1 - k <= APPOSITION_WORDS; k--) {
    if (k < the - 1 && /[.;:!?()]/.test(doc.prose.slice(words[k].end, words[k + 1].start))) return false;
    // ("Wang was China's top diplomat, the same adviser Sullivan met": or a complement of the name's copula.)
    if (k < the - 1 && COPULAS.has(words[k].norm) && mentionOf.get(k - 1)?.entity.kind === 'person') return true;
    if (k === the - 1 || setOff(k)) {
      if (mentionOf.get(k)?.entity.kind === 'person') return true;
      if (k < the - 1) return false;
    }
  }
  return false;
}

/** Most words of an apposition between a name and a title set beside it: "China's top diplomat". */
const APPOSITION_WORDS = 6;

const COPULAS = new Set(['was', 'is', 'were', 'are', 'became', 'becomes', 'remains', 'remained']);
/** Words between "the" and the title that point back to someone: "the same", "the very". */
const SAME_WORDS = new Set(['same', 'very']);
/** "was also the minister Blinken met". */
const COPULA_ADVERBS = new Set(['also', 'still', 'then', 'now', 'once', 'indeed', 'just', 'only', 'too']);
/** Lower-case words after a name that do not make it a clause's subject: "the minister Qin Gang who …", "… and Wang". */
const NOT_A_VERB_AFTER_NAME = new Set(['who', 'whom', 'whose', 'that', 'which', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'himself', 'herself']);

function titleAfter(analysis: Reader, mention: Mention): TitleClaim | undefined {
  const { doc, words } = analysis;
  const name = nameAround(analysis, mention);
  if (insidePastDescription(analysis, name.first)) return undefined;
  let i = name.last + 1;
  // Set off by a comma, dashes or a bracket: "Danny Russel — now president of … — said" (blanks before the comma
  // where markdown marks were: "**Wang Wenbin**, …").
  // A name opening its line, then a colon, labels what it is in a glossary or fact box: "**Qin Gang**: China's …" (or a
  // bar, as a list of on-screen captions has it: "- Qin Gang | Foreign Minister").
  // So does a name opening its line, then a full stop, before a line of its own: "**Kurt Campbell.** The White House's …".
  // And "Danny Russel is president of …": what the sentence says the person is now.
  // "Danny Russel is now president of …": an adverb saying it is held now (or that it is so: "in fact") may come after "is".
  // "### Who is Qin Gang? ¶ China's defence minister.": the answer under a question asking who someone is.
  // (Initials the draft defines may stand between: "Kurt Campbell (KC), Deputy Secretary of State".)
  const comma =
    /^([ \t]*\([ \t]*\p{Lu}{2,4}[ \t]*\))?(?:[ \t]*,[ \t]+|[ \t]*[—–][ \t]*|[ \t]*\([ \t]*|[ \t]+is[ \t]+(?:(?:now|currently|still|actually|really|indeed|in[ \t]+fact)[ \t]+)?(?=the[ \t]|an?[ \t]|\p{Lu}|\p{Ll}+[ \t]+(?:of|at|for)[ \t]))/u.exec(doc.prose.slice(name.span.end)) ??
    (opensLine(doc.prose, name.span.start) ? /^[ \t]*[:.|][ \t]+/.exec(doc.prose.slice(name.span.end)) : null) ??
    (ASKS_WHO.test(lineBefore(doc.prose, name.span.start)) ? /^[ \t*_]*\?[ \t*_]*\r?\n(?:[ \t]*\r?\n)*[ \t]*/.exec(doc.prose.slice(name.span.end)) : null);
  const copular = comma !== null && /^[ \t]+is[ \t]/.test(comma[0]);
  if (copular) i += comma[0].trim().split(/[ \t]+/).length;
  // (Past the initials in brackets.)
  else if (comma?.[1]) i = firstStartingAt(words, name.span.end + comma[0].length);
  // "Danny Russel was the top diplomat on East Asia … and is now president of …": the part saying what they are now.
  const nowAfterPast = comma || !/^[ \t]+was[ \t]/.test(doc.prose.slice(name.span.end)) ? undefined : presentPartOfRelative(analysis, i);
  // "| Wang Yi | Vice premier |" under "| Name | Title |": a name filling its cell has the row's title cell.
  const inTitleColumn = comma || nowAfterPast !== undefined ? undefined : titleCellBeside(analysis, name.span);
  if (nowAfterPast !== undefined) i = nowAfterPast;
  else if (inTitleColumn !== undefined) i = inTitleColumn;
  else if (!comma || i >= words.length || words[i].start !== name.span.end + comma[0].length) return undefined;
  if (i >= words.length) return undefined;
  // "Danny Russel, who is now vice president at …", "…, who serves as …": a relative clause saying what they are;
  // "…, who was … and is now vice president at …": its part saying what they are now. (After "was … and is now …",
  // the title is read from the present part on.)
  // ("Kurt Campbell, who as deputy secretary of state has argued …": a title given by "as", its verb in the present after it.)
  const asRelative = nowAfterPast === undefined && words[i].norm === 'who' && words[i + 1]?.norm === 'as' && adjacent(analysis, i, i + 1) && adjacent(analysis, i + 1, i + 2);
  if (asRelative) i += 2;
  else if (nowAfterPast === undefined && words[i].norm === 'who' && adjacent(analysis, i, i + 1)) {
    // "who these days is", "who today serves as": a word or two of the present before the verb.
    const verbAt = pastNowadays(words, i + 1);
    const now = CURRENT_VERBS.has(words[verbAt]?.norm ?? '') ? verbAt + 1 : presentPartOfRelative(analysis, i);
    if (now === undefined) return undefined;
    i = now;
    while (i < words.length && RELATIVE_FILLERS.has(words[i].norm) && adjacent(analysis, i - 1, i)) i++;
    if (i >= words.length || !adjacent(analysis, i - 1, i)) return undefined;
  } else if (nowAfterPast === undefined) {
    // "Danny Russel, a former diplomat and now president of …": an apposition's part telling the present.
    const now = presentPartOfRelative(analysis, i - 1);
    // (Or a second one after a comma, when a title follows "now".)
    const secondApposition = now !== undefined && words[now - 1].norm === 'now' && /,[ \t]*$/.test(doc.prose.slice(words[now - 2].end, words[now - 1].start)) && startsTitle(analysis, now);
    if (now !== undefined && now < words.length && (secondApposition || !/[,—–()]/.test(doc.prose.slice(words[i].start, words[now - 1].start)))) i = now;
  }
  // "Danny Russel, currently the State Department's …": said to be held now ("now a vice president at …" is a job,
  // read by the workplace rule).
  const presentWord = copular && PRESENT_WORDS.has(words[i - 1].norm) ? words[i - 1] : PRESENT_WORDS.has(words[i].norm) && words[i + 1]?.norm === 'the' && adjacent(analysis, i, i + 1) ? words[i++] : undefined;
  if (DETERMINERS.has(words[i].norm)) i++;
  const tokens: Token[] = [];
  // "Nancy Pelosi, then the House speaker": the past word before the article.
  if (words[i]?.norm === 'then' && DETERMINERS.has(words[i + 1]?.norm ?? '') && adjacent(analysis, i, i + 1) && adjacent(analysis, i + 1, i + 2)) {
    const then = classify(analysis, i, words.length);
    if (then) tokens.push(then);
    i += 2;
  }
  tokens.push(...tokensFrom(analysis, i));
  const office = officeOf(analysis, tokens);
  if (!office) return undefined;
  // (Not past its table cell: "| Prime Minister of Singapore | CNN |".)
  const end = Math.min(complementEnd(doc.prose, tokens[tokens.length - 1].end), lastNonBlank(doc.prose, cellEnd(analysis, tokens[tokens.length - 1].end)));
  // "**Bonnie Glaser.** The managing director of … told Al Jazeera …": after a name labelling its line, the
  // description opening the sentence is the name's, whatever verb follows it.
  // (Set off by its markup: "Kenji Mori. Japan's trade minister arrives next." may tell of another.)
  const labelled = comma !== null && /^[ \t]*[:.]/.test(comma[0]) && opensLine(doc.prose, name.span.start) && /[*_]{2}$/.test(doc.text.slice(Math.max(0, name.span.start - 2), name.span.start));
  if (!CLOSES_TITLE.test(restOfCell(analysis, end)) && !(labelled && /^[ \t]+\p{Ll}/u.test(restOfCell(analysis, end))) && !(asRelative && PRESENT_AFTER_AS.test(restOfCell(analysis, end)))) return undefined;
  // "… alongside Blinken, the Singaporean foreign minister, Vivian Balakrishnan, offered": set off before the next
  // name, the title is that person's.
  // (Not a possessive: "Qin Gang: China's commerce minister, Blinken's counterpart …".)
  const nextComma = /^,[ \t]+/.exec(doc.prose.slice(end));
  const nextName = nextComma ? analysis.mentionOf.get(firstStartingAt(words, end + nextComma[0].length)) : undefined;
  if (nextName?.entity.kind === 'person' && !nextName.possessive) return undefined;
  const claim = claimFrom(tokens, end, mention, name.span, office, presentWord);
  // "a spokesman for China's Defense Ministry": the department the complement names is the office's.
  const departments = claim.complement ? spansWithin(words, claim.complement).map((word) => stripPossessive(word.norm)).filter((norm) => DEPARTMENTS.has(norm) && !claim.office.modifiers.includes(norm)) : [];
  if (departments.length) claim.office = { ...claim.office, modifiers: [...claim.office.modifiers, ...departments] };
  return claim;
}

/** The claim of the office read from `tokens`, its complement running on to `end`, given to the name. */
function claimFrom(tokens: readonly Token[], end: number, mention: Mention, name: Span, office: NonNullable<ReturnType<typeof readOffice>>, presentWord: Span | undefined): TitleClaim {
  const complement = end > office.officeSpan.end ? { start: office.officeSpan.end, end } : undefined;
  return {
    start: tokens[0].start,
    end,
    mention,
    name,
    ...office,
    officeSpan: { start: office.officeSpan.start, end },
    complement,
    ...(presentWord && { presentWord: { start: presentWord.start, end: presentWord.end } }),
  };
}

/** The title's words read forward from word `first`, up to a complement ("of China") or any other word. */
function tokensFrom(analysis: Reader, first: number): Token[] {
  const { words } = analysis;
  const tokens: Token[] = [];
  for (let i = first; i < words.length && i - first < MAX_TITLE_WORDS && (i === first || adjacent(analysis, i - 1, i)); i++) {
    const token = classify(analysis, i, words.length);
    // "President of China": an "of" that does not lead to an office word starts a complement.
    if (!token || (token.kind === 'of' && classify(analysis, i + 1, words.length)?.kind !== 'modifier')) break;
    tokens.push(token);
  }
  return tokens;
}

/** The office title words read forward say, with the agency a complement's initials name: "the director of the FBI" is the FBI's. */
function officeOf(analysis: Reader, tokens: readonly Token[]): ReturnType<typeof readOffice> {
  const agency = tokens.length > 0 ? /^[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}{2,5})(?![\p{L}\p{N}])/u.exec(analysis.doc.prose.slice(tokens[tokens.length - 1].end)) : null;
  return readOffice(tokens, agency ? [agency[1].toLowerCase()] : []);
}

/**
 * "Now president of the Asia Society Policy Institute, Russel offered …", "As secretary of state, Blinken …": a title
 * opening the sentence, with its complement, set off by a comma right before the name, is the name's.
 */
function titleOpening(analysis: Reader, mention: Mention): TitleClaim | undefined {
  const { doc, words } = analysis;
  const name = nameAround(analysis, mention);
  const before = words[name.first - 1];
  if (!before || !/^[ \t]*,[ \t]+$/.test(doc.prose.slice(before.end, name.span.start))) return undefined;
  const sentence = doc.sentences[lastStartingAtOrBefore(doc.sentences, name.span.start)];
  if (!sentence) return undefined;
  let i = firstStartingAt(words, sentence.start);
  const presentWord = PRESENT_WORDS.has(words[i]?.norm ?? '') ? words[i++] : undefined;
  if (!presentWord && words[i]?.norm === 'as') i++;
  if (DETERMINERS.has(words[i]?.norm ?? '') && !POSSESSIVE_DETERMINERS.has(words[i].norm)) i++;
  if (i >= name.first - 1) return undefined;
  const tokens = tokensFrom(analysis, i);
  const office = tokens.length > 0 && tokens[0].start === words[i].start ? officeOf(analysis, tokens) : undefined;
  if (!office || complementEnd(doc.prose, tokens[tokens.length - 1].end) !== before.end) return undefined;
  return claimFrom(tokens, before.end, mention, name.span, office, presentWord);
}

/** Determiners that say whose the title is: "His adviser, Kurt Campbell" is read as a title before the name. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * A table header over a column of titles: "Title", "Role", "Position", "Title/role", "Affiliation", "Role as described
 * in the coverage", "Title at the time", "Role (June 2023)".
 */
const TITLE_HEADER = /^[\s*_]*(?:title|role|position|job|post|office|affiliation)s?(?:\s*(?:\/|and|or)\s*(?:title|role|position|job|post|office|affiliation)s?)?(?:\s+(?:as\s+(?:described|given|reported|stated|listed|named)\b[^|\n]{0,40}|at\s+the\s+time|\([^()|\n]{0,40}\)))?[\s*_]*$/i;

/** The first word of the title cell in the row of a table cell that `name` fills, if the row has one. */
function titleCellBeside(analysis: Reader, name: Span): number | undefined {
  const { doc, words } = analysis;
  const at = lastStartingAtOrBefore(doc.blocks, name.start);
  const row = tableRow(doc, at);
  if (!row || doc.prose.slice(doc.blocks[at].start, doc.blocks[at].end).trim() !== doc.prose.slice(name.start, name.end)) return undefined;
  for (let k = row.first; k <= row.last; k++) {
    const header = k === at ? undefined : headerCellOver(doc, k);
    if (!header || !TITLE_HEADER.test(doc.prose.slice(header.start, header.end))) continue;
    const first = firstStartingAt(words, doc.blocks[k].start);
    return words[first] && words[first].start < doc.blocks[k].end ? first : undefined;
  }
  return undefined;
}

/** Only blanks (where list marks and emphasis were) stand between the line's start and `at`. */
function opensLine(prose: string, at: number): boolean {
  return /(?:^|\n)[ \t]*$/.test(prose.slice(Math.max(0, at - 40), at));
}

/** The line up to `at`. */
function lineBefore(prose: string, at: number): string {
  return prose.slice(prose.lastIndexOf('\n', at - 1) + 1, at);
}

/** The next character that is not blank, searched from `lastIndex`. */
const NEXT_TEXT = /\S/g;

/** A question opening its line that asks who someone is: "Who is", "Who's", "Who was" (markup before it blanked). */
const ASKS_WHO = /^[ \t*_]*(?:\d+[.)][ \t]*)?(?:Q[:.][ \t]*)?who(?:[ \t]+(?:is|was)|['’]s)[ \t]+(?:the[ \t]+)?$/i;

/** Longest relative clause read for its part telling the present, in words. */
const LONGEST_RELATIVE = 24;

/** A title opens at word `at`, after an article or not: "president of …", "the vice president of …". */
function startsTitle(analysis: Reader, at: number): boolean {
  const first = DETERMINERS.has(analysis.words[at]?.norm ?? '') ? at + 1 : at;
  return first < analysis.words.length && classify(analysis, first, analysis.words.length) !== undefined;
}

/**
 * "…, who was the top diplomat on East Asia under Obama and is now a vice president at …": the word after "and is
 * now" (or "and now") in the relative clause (or apposition) opened after `who`, within its sentence; undefined when
 * it has none.
 */
function presentPartOfRelative(analysis: Reader | DocumentAnalysis, who: number): number | undefined {
  const { words, doc } = analysis;
  // (A full stop of an abbreviation, "U.S.", ends nothing; a line break ends a list's item.)
  const ends = (k: number) => {
    const gap = doc.prose.slice(words[k - 1].end, words[k].start);
    return /\n/.test(gap) || (/[.;:!?]/.test(gap) && !(words[k - 1].end - words[k - 1].start === 1 && /^\.\s*$/.test(gap)));
  };
  // (Not past another person joined on: "Kevin McCarthy, and Danny Russel, now a vice president at …"; a person named
  // within the description is part of it: "top diplomat during Barack Obama's second term".)
  const anotherPerson = (k: number) => {
    const mention = analysis.mentions[lastStartingAtOrBefore(analysis.mentions, words[k].start)];
    const joinedOn = words[k - 1].norm === 'and' || words[k - 1].norm === 'or' || doc.prose.slice(words[k - 1].end, words[k].start).includes(',');
    return mention !== undefined && mention.start === words[k].start && mention.entity.kind === 'person' && !mention.possessive && joinedOn;
  };
  for (let k = who + 1; k < words.length && k < who + LONGEST_RELATIVE && !ends(k) && !anotherPerson(k); k++) {
    // "a former diplomat who is now president of …": a relative clause inside the apposition tells the present.
    if (words[k].norm === 'who' && CURRENT_VERBS.has(words[k + 1]?.norm ?? '')) {
      let j = k + 2;
      while (RELATIVE_FILLERS.has(words[j]?.norm ?? '')) j++;
      return j;
    }
    // "Danny Russel, top East Asia diplomat in Obama's second term, now president of …": a second apposition.
    if (words[k].norm === 'now' && k > who + 1 && /^[ \t]*,[ \t]*$/.test(doc.prose.slice(words[k - 1].end, words[k].start))) return k + 1;
    if (words[k].norm !== 'and') continue;
    if (words[k + 1]?.norm === 'now') return k + 2;
    if (CURRENT_VERBS.has(words[k + 1]?.norm ?? '') && words[k + 2]?.norm === 'now') return k + 3;
  }
  return undefined;
}

/** "who is now managing director of …", "who serves as …": where the description after the verb starts. */
function saidNowByRelative(analysis: DocumentAnalysis, who: number): number | undefined {
  const { words } = analysis;
  if (!CURRENT_VERBS.has(words[who + 1]?.norm ?? '')) return undefined;
  let k = who + 2;
  while (RELATIVE_FILLERS.has(words[k]?.norm ?? '') && adjacent(analysis, k - 1, k)) k++;
  return adjacent(analysis, k - 1, k) ? k : undefined;
}

/** Verbs of working somewhere now, in a relative clause: "who works at …", "who heads the … at …". */
const WORKING_VERBS = new Set(['works', 'heads', 'runs', 'leads', 'directs', 'oversees', 'chairs', 'manages']);
/** Prepositions before the workplace after such a verb ("works with" a body is no post there). */
const WORKPLACE_PREPOSITIONS = new Set(['at', 'of', 'for']);
/** Words a relative clause may give between its verb and the workplace: "heads the Indo-Pacific Program at". */
const MAX_WORKING_WORDS = 6;

/** The organisation a "who works at …" or "who heads … at …" clause places its person at. */
function workplaceOfRelative(analysis: DocumentAnalysis, who: number, organizationAt: (index: number) => OrganizationNamed | undefined): OrganizationNamed | undefined {
  const { words } = analysis;
  if (!WORKING_VERBS.has(words[who + 1]?.norm ?? '')) return undefined;
  for (let k = who + 2; k < who + 2 + MAX_WORKING_WORDS && words[k + 1] && adjacent(analysis, k - 1, k); k++) {
    if (WORKPLACE_PREPOSITIONS.has(words[k].norm) && adjacent(analysis, k, k + 1)) {
      const organization = organizationAt(k + 1);
      if (organization) return organization;
    }
  }
  return undefined;
}

/** Verbs of a relative clause that give someone's title now; a past one ("who was") says nothing of now. */
const CURRENT_VERBS = new Set(['is', 'serves', 'remains']);
/** A verb in the present after "who as <title>": "who as deputy secretary has argued", "who as spokesman is …". */
const PRESENT_AFTER_AS = /^[ \t]+(?:has|is|leads|runs|oversees|serves|remains)[ \t]/;
const RELATIVE_FILLERS = new Set(['as', 'now', 'currently', 'still']);
/** Words of the present that may stand between "who" and its verb: "who these days is", "who now serves as". */
const NOWADAYS = new Set(['these', 'today', 'nowadays', 'now', 'currently', 'still']);

/** The index of the word after a word or two of the present at `at` ("today", "these days"), or `at` itself. */
function pastNowadays(words: readonly Word[], at: number): number {
  const word = words[at]?.norm ?? '';
  if (!NOWADAYS.has(word)) return at;
  return word === 'these' && words[at + 1]?.norm === 'days' ? at + 2 : at + 1;
}

/** Words opening a description of someone's past: "Danny Russel, once an aide to Barack Obama, now …". */
const PAST_OPENERS = new Set(['once', 'formerly', 'previously', ...PAST]);

/**
 * The name is part of a description of someone's past set off by commas ("…, once top diplomat in the term of
 * Barack Obama, now vice president at …"): the description after it is that someone's, not this name's.
 */
function insidePastDescription(analysis: Reader, firstWord: number): boolean {
  const { doc, words } = analysis;
  const comma = doc.prose.lastIndexOf(',', words[firstWord].start);
  if (comma < 0) return false;
  const opener = words[firstStartingAt(words, comma)];
  return opener !== undefined && opener.start < words[firstWord].start && PAST_OPENERS.has(opener.norm) && !/[.!?;:\n]/.test(doc.prose.slice(comma, words[firstWord].start));
}

/** The word at `index`, next to the one-word mention at `mentionIndex`, is a capitalised word of the same name
 * that the reference does not list (a given name, or a misspelling): not a title or an acronym. */
function isUnlistedNamePart(analysis: Reader, index: number, mentionIndex: number): boolean {
  const word = analysis.words[index];
  if (!word || analysis.mentionOf.has(index) || !adjacent(analysis, Math.min(index, mentionIndex), Math.max(index, mentionIndex))) return false;
  const text = analysis.doc.prose.slice(word.start, word.end);
  // Before the mention a possessive belongs to someone else ("Biden's Blinken"); after it, to this name.
  const possessive = stripPossessive(word.norm) !== word.norm;
  // "But Russel, now …": a conjunction or adverb opening the sentence is capitalised for that alone (not every
  // everyday word: "Maria", "Bill" are first names too).
  const opensSentence = index < mentionIndex && SENTENCE_OPENERS.has(word.norm) && lastStartingAtOrBefore(analysis.doc.sentences, word.start) === firstStartingAt(analysis.doc.sentences, word.start);
  return isCapitalized(text) && !isTitleWord(word.norm) && !isAcronym(text) && (index > mentionIndex || !possessive) && !opensSentence;
}

/** Conjunctions and adverbs that open sentences, never a first name. */
const SENTENCE_OPENERS = new Set([
  'but', 'and', 'yet', 'so', 'or', 'nor', 'then', 'still', 'now', 'also', 'meanwhile', 'however', 'indeed', 'instead', 'later', 'earlier',
  'today', 'here', 'there', 'even', 'only', 'when', 'while', 'as', 'if', 'though', 'although', 'since', 'because', 'after', 'before',
  'once', 'thus', 'hence', 'perhaps', 'again', 'finally', 'next', 'moreover', 'besides', 'yesterday', 'tomorrow', 'not', 'both',
]);

/** The office in tokens that end with it: a head word, optionally followed by "of <modifier>". */
function readOffice(tokens: readonly Token[], agencies: readonly string[] = []): Omit<TitleClaim, keyof Span | 'mention' | 'name'> | undefined {
  let tail = tokens.length;
  while (tail >= 2 && (tokens[tail - 1].kind === 'modifier' || tokens[tail - 1].kind === 'descriptive')) {
    let k = tail - 1;
    while (k > 0 && (tokens[k - 1].kind === 'modifier' || tokens[k - 1].kind === 'descriptive')) k--;
    if (k === 0 || tokens[k - 1].kind !== 'of') break;
    tail = k - 1;
  }
  let head = tail - 1;
  if (head < 0 || tokens[head].kind !== 'head') return undefined;
  // "secretary general", "director general": the earlier head word is the office.
  if (tokens[head].norm === 'general' && head > 0 && tokens[head - 1].kind === 'head') head--;
  let start = head;
  while (start > 0 && ['head', 'modifier', 'descriptive', 'of'].includes(tokens[start - 1].kind)) start--;
  // "head of state", "chief of state": a country's leader, not a head of the State Department.
  const ofState = HEADS_OF_STATE.has(tokens[head].norm) && tokens[head + 1]?.kind === 'of' && tokens[head + 2]?.norm === 'state';
  const modifiers = [...(tokens[head].implied ?? []), ...tokens.slice(start).filter((t, k) => k + start !== head && OFFICE_MODIFIERS.has(t.norm) && !(ofState && k + start === head + 2)).map((t) => t.norm)];
  // "Beijing's foreign minister": a capital stands for its country.
  const written = [...tokens.filter((t) => t.kind === 'qualifier' && !t.person).flatMap((t) => capitalsCountry(t.norm) ?? [t.norm]), ...agencies];
  const seat = seatIn(written);
  // "White House national security adviser": the US's, as its country's executive.
  const qualifiers = seat ? [...written.filter((word) => !seat.words.includes(word)), seat.country] : written;
  const headToken = tokens[head];
  if (AMBIGUOUS_HEADS.has(headToken.norm) && !headToken.capitalised && !modifiers.length && !qualifiers.length) return undefined;
  return {
    office: { head: headToken.norm, modifiers, qualifiers, ...owners(tokens), ...(seat && { seat: seat.country }) },
    officeSpan: { start: tokens[start].start, end: tokens[tokens.length - 1].end },
    past: tokens.some((t) => t.kind === 'past'),
    ...presentToken(tokens),
  };
}

/** Heads whose "of state" is a country's, not a department's. */
const HEADS_OF_STATE = new Set(['head', 'heads', 'chief']);

/** The words of the country whose capital `norm` is, if it is one (see countryOfCapital). */
function capitalsCountry(norm: string): string[] | undefined {
  const country = countryOfCapital(stripPossessive(norm));
  return country && phraseKey(country.name).split(' ');
}

/** Seats of government named for their country's executive, and the country each stands for. */
const SEATS_OF_GOVERNMENT: Record<string, string> = { 'white house': 'us', kremlin: 'russia', elysee: 'france', 'élysée': 'france', 'downing street': 'uk', zhongnanhai: 'china', 'blue house': 'korea' };

/** The seat of government among a title's qualifiers, with its words. */
function seatIn(qualifiers: readonly string[]): { words: string[]; country: string } | undefined {
  for (const [seat, country] of Object.entries(SEATS_OF_GOVERNMENT)) {
    const words = seat.split(' ');
    if (qualifiers.some((_, k) => words.every((word, j) => qualifiers[k + j] === word))) return { words, country };
  }
  return undefined;
}

/** "White" of "White House" opening a sentence: a name's word, not a capitalised everyday word. */
function opensSeatOfGovernment(analysis: Reader, index: number): boolean {
  const next = analysis.words[index + 1];
  return next !== undefined && Object.hasOwn(SEATS_OF_GOVERNMENT, `${analysis.words[index].norm} ${stripPossessive(next.norm)}`);
}

function presentToken(tokens: readonly Token[]): { presentWord?: Span } {
  const word = tokens.find((t) => PRESENT_WORDS.has(t.norm));
  return word ? { presentWord: { start: word.start, end: word.end } } : {};
}

/** Words saying a title is held now. */
const PRESENT_WORDS = new Set(['now', 'currently', 'current', 'still']);

/** A department written in lower case after a country's name: "for China's defence ministry". */
const LOWER_CASE_DEPARTMENT = `(?:[ \\t]+(?:${[...DEPARTMENTS].join('|')})[ \\t]+(?:ministry|department))?`;
// Sticky, so it matches right at lastIndex: read in place instead of on a copy of the rest of the prose.
// (Or whom the office serves, in lower case: "national security adviser to the president".)
const COMPLEMENT = new RegExp(
  `(?:[ \\t]+(?:to|of|at|for|in|on|with)[ \\t]+(?:the[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}'’]*(?:(?:[ \\t]+|-)(?:\\p{Lu}[\\p{L}\\p{N}'’]*|(?:of|and|for)(?=[ \\t]+\\p{Lu})))*${LOWER_CASE_DEPARTMENT}|[ \\t]+to[ \\t]+the[ \\t]+(?:(?:[Vv]ice[ \\t]+)?[Pp]resident|[Pp]rime[ \\t]+[Mm]inister)\\b)`,
  'uy',
);

/** After an apposition's office: "to the United States", "at the US Embassy in Beijing". */
function complementEnd(prose: string, from: number): number {
  let end = from;
  COMPLEMENT.lastIndex = from;
  while (COMPLEMENT.exec(prose)) end = COMPLEMENT.lastIndex;
  return end;
}

function classify(analysis: Reader, index: number, nameIndex: number): Token | undefined {
  const word = analysis.words[index];
  if (!word) return undefined;
  const text = analysis.doc.prose.slice(word.start, word.end);
  const norm = stripPossessive(word.norm);
  const possessive = norm !== word.norm;
  const capitalised = isCapitalized(text);
  const token = (kind: Kind, person = false): Token => ({ start: word.start, end: word.end, norm, kind, capitalised, person, possessive });
  const mention = analysis.mentionOf.get(index);
  if (!possessive && !mention) {
    if (norm === 'of') return token('of');
    if (headClass(norm)) return token('head');
    const abbreviated = abbreviatedTitle(text);
    // The full stop is the abbreviation's: a fix writing the title out replaces it too.
    if (abbreviated) return { ...token('head'), norm: abbreviated.at(-1)!, implied: abbreviated.slice(0, -1), end: word.end + (analysis.doc.prose[word.end] === '.' ? 1 : 0) };
    if (OFFICE_MODIFIERS.has(norm) && !(capitalised && startsOrganisationName(analysis, index, nameIndex))) return token('modifier');
    if (DESCRIPTIVE.has(norm)) return token('descriptive');
    if (PAST.has(norm)) return token('past');
  }
  // "the president's national security adviser": an office holder's possessive qualifies the title as a name's would.
  if (possessive && !capitalised && !mention && headClass(norm)) return token('qualifier');
  // "in March Ambassador Mori": a month or a weekday tells when, not whose office.
  if (!possessive && !mention && isCalendarName(norm)) return undefined;
  // "the Foreign ministry spokesman": a word of a body's name the reference knows, however it is written.
  if (mention && mention.entity.kind !== 'person' && index > mention.wordIndex) return token('qualifier');
  // A capitalised everyday word is a name only where its position does not explain the capital ("The", "And").
  const proper = possessive || isAcronym(text) || !analysis.byPosition.has(index) || !isCommonWord(norm) || OFFICE_MODIFIERS.has(norm) || opensSeatOfGovernment(analysis, index);
  if (capitalised && proper) return mention?.entity.kind === 'person' ? { ...token('qualifier', true), personId: mention.entity.id } : token('qualifier');
  return undefined;
}

/** "State" in "State Department", "Defense" in "Defense Ministry": part of an organisation's name. */
function startsOrganisationName(analysis: DocumentAnalysis, index: number, nameIndex: number): boolean {
  if (index + 1 >= nameIndex || !adjacent(analysis, index, index + 1)) return false;
  const next = analysis.words[index + 1];
  const norm = stripPossessive(next.norm);
  return isCapitalized(analysis.doc.prose.slice(next.start, next.end)) && !isTitleWord(norm);
}

// Built once: esbuild writes a \p{…} literal as `new RegExp(…)`, which inside a function is rebuilt at every call.
const ACRONYM = /^\p{Lu}{1,5}$/u;

function isAcronym(text: string): boolean {
  return ACRONYM.test(text.replace(/['’]s$/, ''));
}

function hyphenated(analysis: Reader, left: number, right: number): boolean {
  const a = analysis.words[left];
  const b = analysis.words[right];
  return a !== undefined && b !== undefined && analysis.doc.prose.slice(a.end, b.start) === '-';
}

/** One or two blanks with emphasis marks on one side: " **", "** ", "_ ". */
const EMPHASIS_GAP = /^(?:[*_]{1,3}[ \t]{1,2}|[ \t]{1,2}[*_]{1,3})$/;

/**
 * Neighbouring words of one phrase: only spaces, a hyphen, an initial's full stop ("U.S.") or emphasis marks
 * ("Prime Minister **Vivian") between.
 */
function adjacent(analysis: DocumentAnalysis, left: number, right: number): boolean {
  const a = analysis.words[left];
  const b = analysis.words[right];
  if (!a || !b) return false;
  const gap = analysis.doc.prose.slice(a.end, b.start);
  if (gap === '-' || joinsTitle(analysis.doc.prose.slice(a.start, a.end), gap)) return true;
  // "Prime Minister **Vivian Balakrishnan**": emphasis opening or closing between the words, blanked in the prose.
  if (EMPHASIS_GAP.test(analysis.doc.text.slice(a.end, b.start))) return true;
  if (/^[ \t]?\r?\n[ \t]*$/.test(gap)) return wrapped(analysis.doc.prose, a.end) && sameBlock(analysis.doc.blocks, a.start, b.start);
  return a.end - a.start === 1 && /^\.[ \t]{0,2}$/.test(gap);
}

/** A line's end and the next line's start lie in one block: a list's next item is no wrapped line. */
function sameBlock(blocks: readonly Span[], left: number, right: number): boolean {
  return lastStartingAtOrBefore(blocks, left) === lastStartingAtOrBefore(blocks, right);
}

/** Shortest line read as text wrapped by hand, its break a space: a short one may be a line of its own (a signature, a card). */
const WRAPPED_LINE = 50;

/** The line ending at `end` is long enough to have been wrapped ("… kept its own message simple. National security adviser⏎Kurt Campbell"). */
function wrapped(prose: string, end: number): boolean {
  return end - (prose.lastIndexOf('\n', end - 1) + 1) >= WRAPPED_LINE;
}

/** Where a draft places a person: at an organisation the reference knows, or at one it does not name. */
export interface AffiliationClaim extends Span {
  /** The person placed. */
  mention: Mention;
  /** The organisation they are placed at; the claim's span. */
  organization: OrganizationNamed;
  /** The words between the name and the organisation describing the person's job ("a vice president"), if any. */
  job?: Span;
}

/** An organisation's name in the draft: a mention of one the reference knows (with its entity), or a name it does not. */
export interface OrganizationNamed extends Span {
  /** Its entity, when the reference knows it. */
  entity?: Mention['entity'];
  /** Index of its first word. */
  wordIndex: number;
  /** "the Brookings Institution's": its end excludes the 's. */
  possessive: boolean;
}

/**
 * Whose office the title is, when a person's possessive qualifies it: people of the reference ("Obama's top
 * diplomat"), or a name of capitalised words the reference does not know that names no body or country ("George W.
 * Bush's ambassador to Russia").
 */
function owners(tokens: readonly Token[]): Pick<Office, 'ofPerson' | 'owners' | 'ownedByStranger'> {
  const known = tokens.flatMap((t) => (t.kind === 'qualifier' && t.personId ? [t.personId] : []));
  const possessive = tokens.findIndex((t) => t.kind === 'qualifier' && t.possessive && !t.person);
  let first = possessive;
  while (first > 0 && tokens[first - 1].kind === 'qualifier' && !tokens[first - 1].person && !tokens[first - 1].possessive) first--;
  const run = possessive >= 0 ? tokens.slice(first, possessive + 1) : [];
  // Not a seat of government: "the White House's national security adviser" is an office of state, no one's.
  const stranger = run.length >= 2 && run.every((t) => t.capitalised && !ORGANIZATION_HEADS.has(t.norm)) && !countryNamed(run.map((t) => t.norm).join(' ')) && !seatIn(run.map((t) => t.norm));
  return known.length || stranger ? { ofPerson: true, ...(known.length && { owners: known }), ...(stranger && { ownedByStranger: true }) } : {};
}

/** Words naming what kind of body an organisation is: a name of capitalised words with one is an organisation's. */
const ORGANIZATION_HEADS = new Set([
  'institution', 'institute', 'foundation', 'council', 'center', 'centre', 'university', 'college', 'school', 'society', 'fund', 'endowment',
  'corporation', 'association', 'forum', 'program', 'programme', 'initiative', 'trust', 'academy', 'commission', 'committee', 'agency', 'bureau',
  'department', 'ministry', 'embassy', 'consulate', 'bank', 'company', 'group', 'project', 'laboratory', 'service',
]);
/** Lower-case words inside an organisation's name: "Council on Foreign Relations", "Foundation for the Defense of …". */
const ORGANIZATION_JOINERS = new Set(['of', 'for', 'on', 'and', 'the', 'in']);
/** Longest organisation name read, in words. */
const LONGEST_ORGANIZATION_NAME = 8;

/** Words joining a person to where they work: "Craig Singleton of the …", "an expert at the …". */
const AFFILIATION_PREPOSITIONS = new Set(['of', 'at', 'from', 'with']);
/** Words a description between a name and its organisation may have: "a China expert", "managing director". */
const MAX_DESCRIPTION_WORDS = 6;

/**
 * The organisations a draft places people at: right after the name ("Craig Singleton of the German Marshall
 * Fund"), after a description of their job set off by a comma or after "is" ("Craig Singleton, a China expert at
 * the German Marshall Fund"), or before the name as its possessive ("the German Marshall Fund's Craig Singleton").
 * Read once per analysis: affiliation-mismatch and the fixes of quote-misattributed both use them.
 */
export const findAffiliations = oncePer(readAffiliations);

function readAffiliations(document: DocumentAnalysis): AffiliationClaim[] {
  const { mentions, words, doc } = document;
  const mentionOf = mentionsByWord(mentions);
  const claims: AffiliationClaim[] = [];
  const organizationAt = (index: number): OrganizationNamed | undefined => {
    const at = words[index]?.norm === 'the' ? index + 1 : index;
    const found = mentionOf.get(at);
    return found?.entity.kind === 'organization' && found.wordIndex === at ? found : unknownOrganizationAt(document, at, mentionOf);
  };
  for (const mention of mentions) {
    if (mention.entity.kind !== 'person') continue;
    const next = mention.wordIndex + mention.wordCount;
    const gap = words[next] ? doc.prose.slice(mention.end, words[next].start) : '';
    let organization: OrganizationNamed | undefined;
    let job: Span | undefined;
    // "Bonnie Glaser is managing director of …": a description after "is" reads like one set off by commas.
    const setOff = /^[ \t]*,[ \t]+$/.test(gap);
    // "X, who was … and is now a vice president at …": the relative clause's part telling the present.
    const relative = setOff && words[next].norm === 'who';
    // "Danny Russel, the top diplomat on East Asia under Obama and now a vice president at …": an apposition's part
    // telling the present, like a relative clause's.
    const described = relative
      ? (presentPartOfRelative(document, next) ?? saidNowByRelative(document, next) ?? -1)
      : setOff
        ? (presentPartOfRelative(document, next - 1) ?? next)
        : /^[ \t]+$/.test(gap) && words[next].norm === 'is' && adjacent(document, next, next + 1)
          ? next + 1
          : -1;
    if (!mention.possessive && /^[ \t]+$/.test(gap) && AFFILIATION_PREPOSITIONS.has(words[next].norm)) organization = organizationAt(next + 1);
    // "Bonnie Glaser, who heads the Indo-Pacific Program at …", "…, who works at …": a verb of working now.
    else if (!mention.possessive && relative && described < 0) organization = workplaceOfRelative(document, next, organizationAt);
    // "Craig Singleton, of the Heritage Foundation, said": the preposition set off by commas.
    else if (!mention.possessive && described === next && AFFILIATION_PREPOSITIONS.has(words[next].norm)) organization = organizationAt(next + 1);
    else if (!mention.possessive && described >= 0) {
      // A description ending in a word for someone's job, then the preposition: one phrase, no punctuation in it,
      // and not of the past ("a former fellow at …", "formerly of …").
      for (let k = described; k < described + MAX_DESCRIPTION_WORDS && words[k + 1] && adjacent(document, k, k + 1) && !PAST_OPENERS.has(words[k].norm); k++) {
        if (AFFILIATION_PREPOSITIONS.has(words[k + 1].norm) && (PERSON_NOUNS.has(words[k].norm) || isTitleWord(words[k].norm))) {
          organization = organizationAt(k + 2);
          job = { start: words[described].start, end: words[k].end };
          break;
        }
      }
    } else {
      const before = mentionOf.get(mention.wordIndex - 1);
      if (before?.entity.kind === 'organization' && before.possessive && /^['’]s?[ \t]+$/.test(doc.prose.slice(before.end, mention.start))) organization = before;
      // "The Heritage Foundation's Ruth Abernathy": a body the reference does not know, its possessive right before.
      else if (!before) organization = unknownPossessiveBefore(document, mention, mentionOf);
    }
    if (organization) claims.push({ start: organization.start, end: organization.end, mention, organization, job });
  }
  return claims;
}

/** A body's name the reference does not know, its possessive right before `mention` ("the Heritage Foundation's"). */
function unknownPossessiveBefore(document: DocumentAnalysis, mention: Mention, mentionOf: Map<number, Mention>): OrganizationNamed | undefined {
  const { words, doc } = document;
  const possessive = mention.wordIndex - 1;
  if (possessive < 0 || stripPossessive(words[possessive].norm) === words[possessive].norm || !/^[ \t]+$/.test(doc.prose.slice(words[possessive].end, mention.start))) return undefined;
  let start = possessive;
  while (start > 0 && possessive - start < LONGEST_ORGANIZATION_NAME && adjacent(document, start - 1, start) && words[start - 1].norm !== 'the' && (isCapitalizedWord(doc.prose, words[start - 1]) || ORGANIZATION_JOINERS.has(words[start - 1].norm))) start--;
  const body = unknownOrganizationAt(document, start, mentionOf);
  return body?.possessive && body.end <= words[possessive].end && body.end > words[possessive].start ? body : undefined;
}

/**
 * A name the reference does not know that reads as an organisation's: capitalised words (lower-case "of", "for" …
 * between them), two at least, one of them a word for a kind of body ("the Brookings Institution", "the Council
 * on Foreign Relations"), no name the reference knows among them.
 */
function unknownOrganizationAt(document: DocumentAnalysis, at: number, mentionOf: Map<number, Mention>): OrganizationNamed | undefined {
  const { words, doc } = document;
  let last = -1;
  let capitals = 0;
  let head = false;
  for (let k = at; k < at + LONGEST_ORGANIZATION_NAME && words[k] && (k === at || adjacent(document, k - 1, k)); k++) {
    if (mentionOf.has(k)) return undefined;
    const norm = stripPossessive(words[k].norm);
    if (!isCapitalizedWord(doc.prose, words[k])) {
      if (last < 0 || !ORGANIZATION_JOINERS.has(norm)) break;
      continue;
    }
    last = k;
    capitals++;
    head ||= ORGANIZATION_HEADS.has(norm);
    // "of GMF and Marcus Threlfall of …": an acronym is a name of its own.
    if (norm !== words[k].norm || (k === at && /^\p{Lu}{2,}$/u.test(doc.prose.slice(words[k].start, words[k].end)))) break;
  }
  if (capitals < 2 || !head) return undefined;
  const end = words[last];
  const cut = end.norm.length - stripPossessive(end.norm).length;
  // "the Council on Foreign Relations' program": a bare apostrophe after the name may stand outside its last word.
  const possessive = cut > 0 || /^['’](?!\p{L})/u.test(doc.prose.slice(end.end, end.end + 2));
  return { start: words[at].start, end: end.end - cut, wordIndex: at, possessive };
}
