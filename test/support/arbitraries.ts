// Shared fast-check generators for the property and robustness tests: text that has broken text tools before
// (surrogates, combining marks, line-end mixes, quote soup, markdown soup) and drafts built by splicing a
// reference set's own quotes, names and dates into that noise.
//
// Reproduce a failure with the seed it prints: FACTCHECK_SEED=<seed> node --import tsx --test FILE.
// FACTCHECK_RUNS=<factor> multiplies every property's run count (e.g. 10 for a long local soak).
import fc from 'fast-check';
import { ReferenceIndex } from '../../server/src/reference/index';
import { loadBuiltInReference, parseReference, type LoadedReference } from '../../server/src/reference/loader';
import type { ReferenceSet } from '../../server/src/reference/types';

/** In CI the properties replay one known seed (a submission must not pass or fail by luck); locally each run explores new cases. */
const CI_SEED = '20230619';

/**
 * fast-check parameters for one property: the seed FACTCHECK_SEED gives (or CI's fixed one), runs scaled by
 * FACTCHECK_RUNS.
 */
export function propertyParameters<T>(numRuns: number): fc.Parameters<T> {
  const seed = process.env.FACTCHECK_SEED ?? (process.env.CI ? CI_SEED : undefined);
  const factor = Number(process.env.FACTCHECK_RUNS ?? 1);
  return {
    numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(factor) && factor > 0 ? factor : 1))),
    ...(seed !== undefined && seed !== '' ? { seed: Number(seed) } : {}),
  };
}

/** Checks `predicate` on generated values; returns how many cases ran (for the test's diagnostic line). */
export function runProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): number {
  let cases = 0;
  const property = fc.property(arbitrary, (value) => {
    cases++;
    predicate(value);
  });
  fc.assert(property, propertyParameters<[T]>(numRuns));
  return cases;
}

/** Async twin of runProperty. */
export async function runAsyncProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number): Promise<number> {
  let cases = 0;
  const property = fc.asyncProperty(arbitrary, async (value) => {
    cases++;
    await predicate(value);
  });
  await fc.assert(property, propertyParameters<[T]>(numRuns));
  return cases;
}

// ---- unicode noise ---------------------------------------------------------------------------------------

const HIGH_SURROGATE = '\uD83D';
const LOW_SURROGATE = '\uDE00';

/** Characters and short sequences that stress offsets, normalisation and line handling. */
export const TRICKY_FRAGMENTS: readonly string[] = [
  '\u0000', HIGH_SURROGATE, LOW_SURROGATE, '😀', '👩‍👩‍👧', '🇺🇸', '𝔘𝔫𝔦', '中国外交部', '北京', 'مرحبا بالعالم', 'שלום',
  '\u202E', '\u200F', '\u200B', '\u00AD', 'e\u0301', 'a\u0308\u0308\u0308', 'ﬁ', 'İ', 'ß', 'Ⅻ', '１２３', '\uFEFF',
  '\r\n', '\r', '\n', '\n\n', '\r\r\n', '\u2028', '\u2029', '\t', '\u00A0', '\u3000', ' ',
  '“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '「', '」', '...', '…', '[', ']', '(', ')', '—', '–', '-', ':', ',', '.', '?', '!',
];

/** Markdown that changes what is prose: fences, front matter, comments, links, tables, lists, html. */
export const MARKDOWN_FRAGMENTS: readonly string[] = [
  '```\n', '```js\n', '~~~\n', '    indented code\n', '---\n', '+++\n', '---\ntitle: x\n---\n', '<!--', '-->', '<!-- note -->',
  '<!-- factcheck-disable -->', '<!-- factcheck-enable -->', '<!-- factcheck-disable-next-line -->\n',
  'factcheck-disable-next-line quote-altered\n', '[link](http://example.com)', '[', '](', '![image](a.png)', '<https://x.y>',
  '| a | b |\n|---|---|\n| c | d |\n', '|', '> ', '>> ', '# ', '## ', '* ', '- ', '1. ', '`', '`code`', '**', '__', '*', '_',
  '<div>', '</div>', '<br>', '&amp;', '&#x201C;', '\\', '\\"', '[^1]', '[^1]: note\n', '[ref]: http://x\n', '===\n', '- [ ] ',
];

const smallWord = fc.stringMatching(/^[A-Za-z]{1,9}$/);

/** Anything at all, code point by code point (lone surrogates included via TRICKY_FRAGMENTS). */
const anyString = fc.string({ unit: 'binary', maxLength: 12 });

/** A long line: a run of one character or one word (the shape that makes regexes backtrack). */
export const longLine = fc
  .tuple(fc.constantFrom('a', ' ', '"', '“', "'", '.', 'word ', 'Blinken ', '-', '*', '<!--', '|', '[', 'ab'), fc.integer({ min: 200, max: 4000 }))
  .map(([unit, times]) => unit.repeat(times));

/** Random text made of tricky fragments, markdown, words and arbitrary code points. */
export function noiseText(extra: fc.Arbitrary<string>[] = [], maxPieces = 60): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...TRICKY_FRAGMENTS) },
    { weight: 4, arbitrary: fc.constantFrom(...MARKDOWN_FRAGMENTS) },
    { weight: 6, arbitrary: smallWord.map((w) => ` ${w}`) },
    { weight: 2, arbitrary: anyString },
    { weight: 1, arbitrary: longLine },
    ...extra.map((arbitrary) => ({ weight: 6, arbitrary })),
  );
  return fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
}

// ---- drafts made of a reference set's own material -----------------------------------------------------------

/** What a draft about a reference set is made of: its quotes (exact or mutated), names, dates and verbs. */
export function referencePieces(set: ReferenceSet): fc.Arbitrary<string> {
  const names = set.people.flatMap((p) => [p.name, ...p.aliases]).concat(set.organizations.flatMap((o) => [o.name, ...o.aliases]));
  const quotes = set.quotes.map((q) => q.text);
  const name = fc.constantFrom(...names);
  const possessive = name.chain((n) => fc.constantFrom(`${n}'s`, `${n}’s`, `${n}’`));
  const quote = fc.constantFrom(...quotes);
  const mutatedQuote = fc.tuple(quote, fc.array(fc.tuple(fc.nat(), fc.constantFrom('swap', 'drop', 'add', 'case', 'cut')), { minLength: 1, maxLength: 3 }))
    .map(([text, mutations]) => mutations.reduce(mutateWords, text));
  const openers = ['“', '"', '‘', "'", '„', '«'];
  const closers = ['”', '"', '’', "'", '“', '»'];
  const quoted = fc
    .tuple(fc.oneof(quote, mutatedQuote), fc.nat(openers.length - 1), fc.nat(closers.length - 1), fc.boolean())
    .map(([text, o, c, matched]) => `${openers[o]}${text}${matched ? closers[o] : closers[c]}`);
  const attribution = fc
    .tuple(name, fc.constantFrom('said', 'told', 'added', 'says', 'according to', 'wrote in', 'told reporters', 'warned'), fc.boolean())
    .map(([who, verb, after]) => (after ? `, ${verb} ${who}. ` : ` ${who} ${verb}: `));
  const pronoun = fc.constantFrom(' he said.', ' she said.', ' they said.', ' it said.', ' He added, ');
  // A whole attributed quotation, the way drafts write them: what the quote rules and their fixes act on.
  const attributedQuote = fc
    .tuple(fc.oneof(quote, mutatedQuote), name, fc.constantFrom('said', 'told reporters', 'added', 'wrote'), fc.boolean())
    .map(([text, who, verb, after]) => (after ? ` “${text}” ${who} ${verb}.\n\n` : ` ${who} ${verb}: “${text}”\n\n`));
  const date = fc.constantFrom(
    set.article.date, 'Monday', 'on Sunday', 'June 19', 'June 18, 2023', '19 June 2023', 'last week', 'yesterday', '2023', '1998',
    '35 minutes', 'nearly five years', 'two days', 'No. 2', '3.5', '1,000,000',
  );
  const misspelled = fc.tuple(name, fc.nat(), fc.constantFrom('drop', 'double', 'swap')).map(([n, at, how]) => misspell(n, at, how));
  const titles = set.people.flatMap((p) => p.roles.map((r) => r.title));
  const titled = titles.length
    ? fc.tuple(fc.constantFrom(...titles), fc.constantFrom(...set.people.map((p) => p.name))).map(([title, who]) => ` ${title} ${who} `)
    : name;
  return fc.oneof(
    { weight: 2, arbitrary: misspelled },
    { weight: 2, arbitrary: titled },
    { weight: 3, arbitrary: factSentence(set) },
    { weight: 3, arbitrary: name },
    { weight: 1, arbitrary: possessive },
    { weight: 2, arbitrary: quote },
    { weight: 3, arbitrary: quoted },
    { weight: 4, arbitrary: attributedQuote },
    { weight: 3, arbitrary: attribution },
    { weight: 1, arbitrary: pronoun },
    { weight: 2, arbitrary: date },
  );
}

/** A sentence about one of the set's facts, with its date or quantity right or wrong: what the fact rules read. */
function factSentence(set: ReferenceSet): fc.Arbitrary<string> {
  const nameOf = new Map([...set.people, ...set.organizations].map((e) => [e.id, e.name]));
  const facts = set.facts.filter((f) => f.participants.length > 0 && f.triggers.length > 0);
  const when = fc.constantFrom('on Monday', 'on Tuesday', 'on Sunday', 'last week', 'on June 18', 'on June 19, 2023', 'in March', 'in 2024', 'yesterday');
  const amount = fc.tuple(fc.constantFrom('nearly', 'about', 'more than', ''), fc.constantFrom('two', 'three', '3', 'five', '35', '1,000', 'a'));
  return fc
    .tuple(fc.constantFrom(...facts), when, amount, fc.boolean())
    .map(([fact, date, [qualifier, number], capital]) => {
      const [first, second] = fact.participants.map((id) => nameOf.get(id) ?? id);
      const subject = capital ? first : `the ${first}`;
      const object = second ? ` ${second}` : '';
      const tail = fact.quantity ? ` for ${qualifier} ${number} ${fact.quantity.unit}s` : ` ${date}`;
      return ` ${subject} ${fact.triggers[0]}${object}${tail}.`;
    });
}

/** A typo in a name: a letter dropped, doubled, or swapped with the next. */
function misspell(name: string, at: number, how: string): string {
  const i = 1 + (at % Math.max(1, name.length - 2));
  if (how === 'drop') return name.slice(0, i) + name.slice(i + 1);
  if (how === 'double') return name.slice(0, i + 1) + name.slice(i);
  return name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2);
}

/** One word-level mutation of a quote (the edits a careless writer makes). */
function mutateWords(text: string, [at, kind]: [number, string]): string {
  const tokens = text.split(/(\s+)/);
  const wordIndexes = tokens.flatMap((t, i) => (/\S/.test(t) ? [i] : []));
  if (wordIndexes.length === 0) return text;
  const i = wordIndexes[at % wordIndexes.length];
  switch (kind) {
    case 'swap':
      tokens[i] = 'different';
      break;
    case 'drop':
      tokens[i] = '';
      break;
    case 'add':
      tokens[i] = `${tokens[i]} really`;
      break;
    case 'case':
      tokens[i] = tokens[i].toUpperCase();
      break;
    default:
      return tokens.slice(0, i).join('');
  }
  return tokens.join('');
}

/** Text mixing a reference set's material with noise: the shape of a messy real draft. */
export function draftText(set: ReferenceSet): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 8, arbitrary: referencePieces(set) },
    { weight: 3, arbitrary: smallWord.map((w) => ` ${w}`) },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKY_FRAGMENTS) },
    { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN_FRAGMENTS) },
  );
  return fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
}

/** A slice of a real text with random splices (insertions of `pieces`, deletions, replacements). */
export function mutatedText(base: string, pieces: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const slice = fc
    .tuple(fc.nat(base.length), fc.integer({ min: 0, max: 2000 }))
    .map(([start, length]) => base.slice(start, start + length));
  const splice = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 40 }), pieces);
  return fc.tuple(slice, fc.array(splice, { maxLength: 8 })).map(([text, splices]) =>
    splices.reduce((out, [where, deleted, inserted]) => {
      const at = Math.floor(where * out.length);
      return out.slice(0, at) + inserted + out.slice(at + deleted);
    }, text),
  );
}

// ---- an invented reference set ---------------------------------------------------------------------------

/** The article of the invented reference set: nothing in it comes from the built-in set. */
export const INVENTED_ARTICLE =
  'PORT ELLERY — Mayor Ana Lindqvist met harbour master Tomás Okonkwo-Reyes on Tuesday to discuss the flood wall. ' +
  '“We will not let the sea decide where this town ends,” Lindqvist told the Ellery Gazette. ' +
  'Okonkwo-Reyes said the repairs would take nearly three years. ' +
  '“Every tide tells us the wall is older than we are, and we’d be fools to wait,” he said. ' +
  'The council said in a statement that the meeting was “frank, constructive and long overdue.”\n';

/** A small reference set about INVENTED_ARTICLE, with every offset computed from the article itself. */
export function inventedReferenceSet(): ReferenceSet {
  const at = (text: string) => {
    const offset = INVENTED_ARTICLE.indexOf(text);
    if (offset < 0) throw new Error(`"${text}" is not in the invented article`);
    return offset;
  };
  const quote = (id: string, text: string, speaker: string, outlet?: string) => ({ id, text, speaker, offset: at(text), ...(outlet ? { outlet } : {}) });
  return {
    name: 'Port Ellery flood wall (invented)',
    article: { file: 'port-ellery.txt', date: '2024-03-05' },
    people: [
      { id: 'ana-lindqvist', name: 'Ana Lindqvist', aliases: ['Lindqvist'], pronoun: 'she', roles: [{ title: 'Mayor', organization: 'Port Ellery', offset: at('Mayor') }], mentions: [at('Ana Lindqvist')] },
      { id: 'tomas-okonkwo-reyes', name: 'Tomás Okonkwo-Reyes', aliases: ['Okonkwo-Reyes'], pronoun: 'he', roles: [{ title: 'harbour master', offset: at('harbour master') }], mentions: [at('Tomás')] },
    ],
    organizations: [
      { id: 'ellery-gazette', name: 'Ellery Gazette', aliases: ['the Gazette'], kind: 'outlet', mentions: [at('Ellery Gazette')] },
      { id: 'port-ellery-council', name: 'Port Ellery Council', aliases: ['the council'], kind: 'government', mentions: [at('council')] },
    ],
    quotes: [
      quote('lindqvist-sea', 'We will not let the sea decide where this town ends,', 'ana-lindqvist', 'ellery-gazette'),
      quote('okonkwo-tide', 'Every tide tells us the wall is older than we are, and we’d be fools to wait,', 'tomas-okonkwo-reyes'),
      quote('council-frank', 'frank, constructive and long overdue.', 'port-ellery-council'),
    ],
    facts: [
      {
        id: 'repairs-duration',
        kind: 'quantity',
        description: 'the repairs would take nearly three years',
        participants: ['tomas-okonkwo-reyes'],
        triggers: ['repairs', 'take'],
        quantity: { value: 3, unit: 'year', qualifier: 'nearly' },
        evidence: { offset: at('nearly three years'), text: 'nearly three years' },
      },
      {
        id: 'mayor-met-harbour-master',
        kind: 'event',
        description: 'Lindqvist met Okonkwo-Reyes',
        participants: ['ana-lindqvist', 'tomas-okonkwo-reyes'],
        triggers: ['met', 'meeting'],
        date: { value: '2024-03-05', precision: 'day' },
        evidence: { offset: at('met harbour master'), text: 'met harbour master' },
      },
    ],
  };
}

/** The built-in set and the invented one, loaded, and their indexes (what the engine tests check against). */
export function testReferences(): { builtIn: LoadedReference; invented: LoadedReference; references: ReferenceIndex[] } {
  const builtIn = loadBuiltInReference();
  const invented = parseReference(JSON.stringify(inventedReferenceSet()), '/virtual/port-ellery.json', () => INVENTED_ARTICLE);
  return { builtIn, invented, references: [new ReferenceIndex(builtIn), new ReferenceIndex(invented)] };
}
