// Countries by the words that name them: "Singapore", "Singaporean", "United States", "US", "American".
// From world-countries (names, alternative spellings, English demonyms); the bundle keeps only those fields
// (see esbuild.mjs).
import countries from 'world-countries';
import { pushTo } from './lists';
import { phraseKey } from './words';

export interface Country {
  /** Its common English name: "Singapore", "United States". */
  name: string;
  /** What its people are called: "Singaporean", "American". */
  demonym: string;
}

/** Two- to four-letter codes that name a country in running English text ("US", not "IN" or "BE"). */
const CODES_IN_PROSE = new Set(['US', 'USA', 'UK', 'UAE', 'DPRK']);
/** Codes diplomatic writing uses that world-countries does not list, by the country's common name. */
const MORE_CODES: Record<string, string[]> = { China: ['PRC'], 'South Korea': ['ROK'] };

let byPhrase: Map<string, Country> | undefined;

/** The country a phrase names or whose people it names (lower case, possessive stripped), if exactly one. */
export function countryNamed(phrase: string): Country | undefined {
  byPhrase ??= indexCountries();
  return byPhrase.get(phraseKey(phrase));
}

/** The country whose people `word` names, written as its demonym ("Chinese", not "China"). */
export function countryOfDemonym(word: string): Country | undefined {
  const country = countryNamed(word);
  return country?.demonym === word ? country : undefined;
}

let byCapital: Map<string, Country> | undefined;

/**
 * The sovereign country whose capital `name` is (lower case, possessive stripped): "Beijing" of "Beijing's foreign
 * minister" stands for China, as "Washington" does for the United States. Not a capital that is a country's name
 * too ("Singapore"): that is countryNamed's.
 */
export function countryOfCapital(name: string): Country | undefined {
  byCapital ??= indexCapitals();
  return byCapital.get(phraseKey(name));
}

function indexCapitals(): Map<string, Country> {
  const index = new Map<string, Country>();
  for (const entry of countries) {
    const country = entry.demonyms.eng?.m && countryNamed(entry.name.common);
    if (!entry.independent || !country) continue;
    // "Washington D.C." is written "Washington".
    for (const capital of entry.capital ?? []) {
      for (const name of new Set([capital, capital.replace(/ D\.C\.$/u, '')])) if (!countryNamed(name)) index.set(phraseKey(name), country);
    }
  }
  return index;
}

function indexCountries(): Map<string, Country> {
  const found = new Map<string, { country: Country; independent: boolean }[]>();
  for (const entry of countries) {
    const demonym = entry.demonyms.eng?.m;
    if (!demonym) continue;
    const country = { name: entry.name.common, demonym };
    const spellings = [...entry.altSpellings.filter((spelling) => !/^\p{Lu}{2,4}$/u.test(spelling) || CODES_IN_PROSE.has(spelling)), ...(MORE_CODES[entry.name.common] ?? [])];
    for (const key of new Set([entry.name.common, entry.name.official, ...spellings, demonym].map(phraseKey))) {
      pushTo(found, key, { country, independent: entry.independent });
    }
  }
  // "American" is also American Samoa's: a sovereign state named alone wins; "Korean", "Congolese" name neither.
  const index = new Map<string, Country>();
  for (const [key, named] of found) {
    const sovereign = named.length > 1 ? named.filter((candidate) => candidate.independent) : named;
    if (sovereign.length === 1) index.set(key, sovereign[0].country);
  }
  return index;
}
