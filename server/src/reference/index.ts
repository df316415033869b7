// Indexes a loaded reference set for the checks: every person and organisation by each of its name forms,
// and every quote by its words, so lookups never scan the whole set.
import type { LoadedReference } from './loader';
import type { Organization, Person, Quote, Fact } from './types';
import { complete } from '../steps';
import { phraseKey, stripPossessive, words, type Word } from '../text/words';
import { pushTo } from '../text/lists';
import { countryOfDemonym } from '../text/countries';

export type Entity =
  | { kind: 'person'; id: string; name: string; person: Person }
  | { kind: 'organization'; id: string; name: string; organization: Organization };

export type NameForm = 'full' | 'alias' | 'surname';

export interface NameEntry {
  entity: Entity;
  /** Normalised words of the form, e.g. ["tony", "blinken"]. */
  words: string[];
  form: NameForm;
  /** The form as written in the reference, e.g. "Tony Blinken". */
  text: string;
}

export interface IndexedQuote {
  quote: Quote;
  words: Word[];
}

export interface QuoteHit {
  quote: IndexedQuote;
  /** Index of the word in quote.words. */
  position: number;
}

export const QUOTE_NGRAM = 3;
/** People, organisations or quotes indexed between two pauses of ReferenceIndex.inSteps (a few milliseconds). */
const ITEMS_PER_STEP = 100;
/** Passed to the constructor by ReferenceIndex.inSteps, which then builds the index itself. */
const BUILT_IN_STEPS = Symbol('built in steps');

let nextSerial = 1;

export class ReferenceIndex {
  /** Distinguishes index instances in memo keys (a reloaded file gets a new one). */
  readonly serial = nextSerial++;
  readonly entities = new Map<string, Entity>();
  /** Name entries by their first word, longest first. */
  private readonly namesByFirstWord = new Map<string, NameEntry[]>();
  readonly quotes: IndexedQuote[] = [];
  private readonly quoteWords = new Map<string, QuoteHit[]>();
  private readonly quotesBySpeaker = new Map<string, IndexedQuote[]>();

  /** Indexes `loaded` at once (ReferenceIndex.inSteps does the same work in steps). */
  constructor(readonly loaded: LoadedReference, inSteps?: typeof BUILT_IN_STEPS) {
    if (inSteps !== BUILT_IN_STEPS) complete(this.build());
  }

  /**
   * The index of `loaded`, built ITEMS_PER_STEP people, organisations or quotes at a time (a large set of 2,000
   * people and 3,200 quotes takes over 100 ms): the language server answers other requests between the steps.
   */
  static *inSteps(loaded: LoadedReference): Generator<void, ReferenceIndex> {
    const index = new ReferenceIndex(loaded, BUILT_IN_STEPS);
    yield* index.build();
    return index;
  }

  private *build(): Generator<void, void> {
    const { set } = this.loaded;
    for (const [i, person] of set.people.entries()) {
      if (i > 0 && i % ITEMS_PER_STEP === 0) yield;
      this.addEntity({ kind: 'person', id: person.id, name: person.name, person }, person.aliases);
    }
    for (const organization of set.organizations) {
      this.addEntity({ kind: 'organization', id: organization.id, name: organization.name, organization }, organization.aliases);
    }
    for (const list of this.namesByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

    // Quotes repeat their words: one string per distinct word, not one per occurrence (a large set has 44,000).
    const norms = new Map<string, string>();
    for (const quote of set.quotes) {
      if (this.quotes.length % ITEMS_PER_STEP === 0) yield;
      const quoteWords = words(quote.text);
      for (const word of quoteWords) {
        const known = norms.get(word.norm);
        if (known === undefined) norms.set(word.norm, word.norm);
        else word.norm = known;
      }
      const indexed = { quote, words: quoteWords };
      this.quotes.push(indexed);
      pushTo(this.quotesBySpeaker, quote.speaker, indexed);
      quoteWords.forEach((word, position) => {
        const hit = { quote: indexed, position };
        pushTo(this.quoteWords, word.norm, hit);
      });
    }
  }

  get name(): string {
    return this.loaded.set.name;
  }

  get facts(): Fact[] {
    return this.loaded.set.facts;
  }

  /**
   * The person the set's facts are told about: the first of their people (the fact's subject, "Blinken met Xi …") in
   * more of them than anyone else (none on a tie). A draft checked against the set is most often about them too
   * (see mostNamed).
   */
  get protagonist(): string | undefined {
    if (this.protagonistFound === undefined) {
      const toldAbout = new Map<string, number>();
      for (const [id] of this.facts.map((fact) => fact.participants)) if (id !== undefined) toldAbout.set(id, (toldAbout.get(id) ?? 0) + 1);
      const [first, second] = [...toldAbout].filter(([id]) => this.person(id)).sort((a, b) => b[1] - a[1]);
      this.protagonistFound = { id: first && (!second || first[1] > second[1]) ? first[0] : undefined };
    }
    return this.protagonistFound.id;
  }

  private protagonistFound?: { id?: string };

  person(id: string): Person | undefined {
    const entity = this.entities.get(id);
    return entity?.kind === 'person' ? entity.person : undefined;
  }

  /** Name entries that start with this normalised word, longest first. */
  namesStartingWith(word: string): readonly NameEntry[] {
    return this.namesByFirstWord.get(word) ?? [];
  }

  /** Whether a name could start with this normalised word (possessive or not). */
  mayStartName(word: string): boolean {
    return this.namesByFirstWord.has(word) || this.namesByFirstWord.has(stripPossessive(word));
  }

  /** Every entity some form of whose name is exactly this phrase. */
  lookupName(phrase: string): NameEntry[] {
    const key = phraseKey(phrase);
    const first = key.split(' ')[0];
    return this.namesStartingWith(first).filter((entry) => entry.words.join(' ') === key);
  }

  quotesOf(speakerId: string): readonly IndexedQuote[] {
    return this.quotesBySpeaker.get(speakerId) ?? [];
  }

  /**
   * The quotes that share the n-gram of `draftWords` starting at `position`, a quote once for each place it has it.
   * Found through the rarest of the n-gram's words, not an index of n-grams: that took 5.7 MB for a set of 3,200
   * quotes, a third of all the set's memory.
   */
  quotesWithNgram(draftWords: readonly Word[], position: number): IndexedQuote[] {
    let rarest: readonly QuoteHit[] = [];
    let rarestAt = -1;
    for (let k = 0; k < QUOTE_NGRAM; k++) {
      const hits = this.quoteWords.get(draftWords[position + k].norm);
      if (hits === undefined) return [];
      if (rarestAt < 0 || hits.length < rarest.length) {
        rarest = hits;
        rarestAt = k;
      }
    }
    const found: IndexedQuote[] = [];
    for (const hit of rarest) {
      const start = hit.position - rarestAt;
      const quoteWords = hit.quote.words;
      if (start < 0 || start + QUOTE_NGRAM > quoteWords.length) continue;
      let same = true;
      for (let k = 0; k < QUOTE_NGRAM && same; k++) same = quoteWords[start + k].norm === draftWords[position + k].norm;
      if (same) found.push(hit.quote);
    }
    return found;
  }

  /** Reference positions of one word (for quotations too short to have an n-gram). */
  quoteHitsForWord(norm: string): readonly QuoteHit[] {
    return this.quoteWords.get(norm) ?? [];
  }

  private addEntity(entity: Entity, aliases: string[]) {
    this.entities.set(entity.id, entity);
    const seen = new Set<string>();
    const add = (text: string, form: NameForm) => {
      const key = phraseKey(text);
      if (!key || seen.has(key)) return;
      seen.add(key);
      pushTo(this.namesByFirstWord, key.split(' ')[0], { entity, words: key.split(' '), form, text });
    };
    add(entity.name, 'full');
    for (const alias of aliases) add(alias, words(alias).length === 1 ? 'surname' : 'alias');
    // "China's foreign ministry" for the "Chinese foreign ministry": a body named by its country's adjective is named
    // by the country's possessive too.
    if (entity.kind === 'organization') for (const name of [entity.name, ...aliases]) {
      const possessive = countryPossessiveForm(name);
      if (possessive) add(possessive, 'alias');
      // "the MFA", "GMF", "FDD": a body of three capitalised words or more is named by their initials too.
      for (const acronym of acronymsOf(name)) add(acronym, 'alias');
    }
    // A person listed without a one-word alias is still named by surname alone in most drafts.
    const nameWords = entity.name.split(/\s+/);
    if (entity.kind === 'person' && nameWords.length > 1 && !aliases.some((a) => words(a).length === 1)) {
      add(nameWords[nameWords.length - 1], 'surname');
    }
  }
}

/** Small words an organisation's initials leave out: "Foundation for Defense of Democracies" is the FDD. */
const UNINITIALLED = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'at', '&']);
/** Fewer initials than this are too often some other word or body. */
const MIN_ACRONYM = 3;

/**
 * The initials of a name of capitalised words ("German Marshall Fund" → "GMF"), and without a country's adjective
 * opening it ("Chinese Ministry of Foreign Affairs" → "CMFA", "MFA").
 */
function acronymsOf(name: string): string[] {
  const parts = name.split(/\s+/).filter((part) => !UNINITIALLED.has(part.toLowerCase()));
  if (!parts.every((part) => /^\p{Lu}/u.test(part))) return [];
  const initials = parts.map((part) => part[0]).join('');
  const withoutCountry = countryOfDemonym(parts[0]) ? initials.slice(1) : undefined;
  return [initials, withoutCountry].filter((acronym): acronym is string => acronym !== undefined && acronym.length >= MIN_ACRONYM);
}

/** "Chinese Ministry of Foreign Affairs" → "China's Ministry of Foreign Affairs"; undefined for a name not opening with a country's adjective. */
function countryPossessiveForm(name: string): string | undefined {
  const [first, ...rest] = name.split(/\s+/);
  const country = rest.length > 0 ? countryOfDemonym(first) : undefined;
  return country && `${country.name}'s ${rest.join(' ')}`;
}
