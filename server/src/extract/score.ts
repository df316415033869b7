// How close an extracted reference set is to a hand-made one, for docs/extract.md and the extraction tests:
// precision and recall of people (matched by any name form) and of quotes with the right speaker (a quote
// matches when its text overlaps the hand-made quote's; its speaker is right when it is the hand-made speaker,
// or one the hand-made set allows, matched by name).
import type { Organization, Person, Quote, ReferenceSet } from '../reference/types';
import { phraseKey } from '../text/words';

export interface Score {
  found: number;
  expected: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface ExtractionScore {
  people: Score;
  quotes: Score;
  /** Hand-made people and quotes the extraction missed or got wrong, and what it found that is not in the set. */
  misses: string[];
  extras: string[];
}

export function scoreExtraction(extracted: ReferenceSet, expected: ReferenceSet): ExtractionScore {
  const misses: string[] = [];
  const extras: string[] = [];

  const matchedPeople = new Set<Person>();
  let peopleCorrect = 0;
  for (const person of extracted.people) {
    const match = expected.people.find((p) => !matchedPeople.has(p) && sameEntity(person, p));
    if (match) {
      matchedPeople.add(match);
      peopleCorrect++;
    } else extras.push(`person ${person.name}`);
  }
  for (const person of expected.people) if (!matchedPeople.has(person)) misses.push(`person ${person.name}`);

  let quotesCorrect = 0;
  const matchedQuotes = new Set<Quote>();
  for (const quote of extracted.quotes) {
    const match = expected.quotes.find((q) => !matchedQuotes.has(q) && overlaps(quote, q));
    if (!match) {
      extras.push(`quote “${quote.text}” (${quote.speaker})`);
      continue;
    }
    matchedQuotes.add(match);
    const speaker = entity(extracted, quote.speaker);
    const allowed = [match.speaker, ...(match.alsoAttributableTo ?? [])].map((id) => entity(expected, id));
    if (speaker && allowed.some((e) => e && sameEntity(speaker, e))) quotesCorrect++;
    else extras.push(`quote “${quote.text}”: speaker ${quote.speaker}, expected ${match.speaker}`);
  }
  for (const quote of expected.quotes) if (!matchedQuotes.has(quote)) misses.push(`quote “${quote.text}” (${quote.speaker})`);

  return {
    people: score(extracted.people.length, expected.people.length, peopleCorrect),
    quotes: score(extracted.quotes.length, expected.quotes.length, quotesCorrect),
    misses,
    extras,
  };
}

function score(found: number, expected: number, correct: number): Score {
  return { found, expected, correct, precision: found ? correct / found : 1, recall: expected ? correct / expected : 1 };
}

function overlaps(a: Quote, b: Quote): boolean {
  return a.offset < b.offset + b.text.length && b.offset < a.offset + a.text.length;
}

function entity(set: ReferenceSet, id: string): Person | Organization | undefined {
  return set.people.find((p) => p.id === id) ?? set.organizations.find((o) => o.id === id);
}

/** Two entities are the same when their full names match, or one's full name is a form of the other's. */
function sameEntity(a: Person | Organization, b: Person | Organization): boolean {
  const forms = (e: Person | Organization) => new Set([e.name, ...e.aliases].map(phraseKey));
  const full = (e: Person | Organization) => phraseKey(e.name);
  return forms(b).has(full(a)) || forms(a).has(full(b));
}
