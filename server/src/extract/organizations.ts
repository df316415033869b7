// Organisations named in an article: capitalised names with an organisation head ("State Department",
// "Foundation for Defense of Democracies", "US Embassy in Beijing") and "<Name> administration/government".
import type { OrganizationKind } from '../reference/types';
import { OUTLET_CUES } from '../analysis/speech';
import type { Article } from './article';
import { GOVERNMENT_HEADS, LOWERCASE_ORGANIZATION_HEADS, ORGANIZATION_HEADS, OUTLET_HEADS, SENTENCE_OPENERS } from './vocabulary';

export interface OrganizationName {
  start: number;
  end: number;
  text: string;
  /** Indexes of the name's first and last words. */
  firstWord: number;
  lastWord: number;
}

/** Lower-case words that may join the capitalised words of one organisation's name. */
const CONNECTORS = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'de', '&']);

/**
 * The organisation-like name starting at word `index` (after an optional "the"): capitalised words joined by
 * spaces, connectors and possessives ("German Marshall Fund’s Indo-Pacific Program"), ending on a capitalised word.
 */
export function capitalisedNameAt(article: Article, index: number): OrganizationName | undefined {
  let i = index;
  if (article.words[i]?.norm === 'the') i++;
  if (!article.isCapitalised(i)) return undefined;
  const first = i;
  let last = i;
  for (let k = i + 1; k < article.words.length; k++) {
    const gap = article.gapBefore(k);
    if (!/^(?:[ \t]|-|['’]s[ \t]|['’][ \t])$/.test(gap) && !(gap === '. ' && isAbbreviation(article.wordText(k - 1)))) break;
    if (article.isCapitalised(k)) last = k;
    else if (!CONNECTORS.has(article.words[k].norm) && gap !== '-') break;
  }
  const start = article.words[first].start;
  const end = article.words[last].end + (isAbbreviation(article.wordText(last)) && article.text[article.words[last].end] === '.' ? 1 : 0);
  return { start, end, text: article.text.slice(start, end), firstWord: first, lastWord: last };
}

function isAbbreviation(word: string): boolean {
  return /^(Corp|Inc|Ltd|Co|Bros|Assn|Dept)$/.test(word);
}

/** True when a name is an organisation's: its last word is an organisation head, or it is an acronym. */
export function isOrganizationName(text: string): boolean {
  const parts = text.split(/[\s-]+/).map((part) => part.replace(/\.$/, ''));
  // The head ends the name, or a connector follows it: "Ministry of Foreign Affairs", "Embassy in Beijing".
  return parts.some(
    (part, k) => ORGANIZATION_HEADS.has(part.toLowerCase()) && /^\p{Lu}/u.test(part) && (k === parts.length - 1 || CONNECTORS.has(parts[k + 1])),
  );
}

/** What kind of organisation a name is, by its words; `toldTo` when the article tells words to it ("told X"). */
export function organizationKind(text: string, toldTo: boolean): OrganizationKind {
  const words = text.toLowerCase().split(/[\s-]+/);
  if (words.some((w) => OUTLET_HEADS.has(w))) return 'outlet';
  if (words.some((w) => GOVERNMENT_HEADS.has(w))) return 'government';
  return toldTo && !words.some((w) => ORGANIZATION_HEADS.has(w)) ? 'outlet' : 'organization';
}

/** Every organisation name with a head in the article, first occurrence of each, outside quotations. */
export function findOrganizationNames(article: Article): OrganizationName[] {
  const found = new Map<string, OrganizationName>();
  for (let i = 0; i < article.words.length; i++) {
    if (!article.isCapitalised(i) || (i > 0 && article.isCapitalised(i - 1) && /^[ \t]$/.test(article.gapBefore(i)))) continue;
    if (article.inQuotation(article.words[i].start)) continue;
    const run = trimOpener(article, capitalisedNameAt(article, i));
    const name = ownName(article, run);
    if (!run || !name) continue;
    const next = article.words[name.lastWord + 1];
    // "the Biden administration", "the Chinese government"
    if (next && article.gapBefore(name.lastWord + 1) === ' ' && LOWERCASE_ORGANIZATION_HEADS.has(next.norm)) {
      const whole = { ...name, end: next.end, text: article.text.slice(name.start, next.end), lastWord: name.lastWord + 1 };
      if (!found.has(whole.text.toLowerCase())) found.set(whole.text.toLowerCase(), whole);
    } else if (name.lastWord > name.firstWord && isOrganizationName(name.text) && !found.has(name.text.toLowerCase())) {
      // One word ("the Agency", "Ministry spokesman") is a short reference, not a name to list.
      found.set(name.text.toLowerCase(), name);
    }
    i = Math.max(run.lastWord, name.lastWord);
  }
  return [...found.values()];
}

/**
 * The organisation a possessive name stands for: "German Marshall Fund’s Indo-Pacific Program" is the German
 * Marshall Fund's; "China’s Ministry of Foreign Affairs" is a ministry ("China" has no organisation head);
 * "USA Today Blinken’s" ends before the possessive.
 */
function ownName(article: Article, name: OrganizationName | undefined): OrganizationName | undefined {
  if (!name) return undefined;
  for (let k = name.firstWord; k <= name.lastWord; k++) {
    if (!article.words[k].norm.endsWith("'s")) continue;
    const end = article.words[k].end - 2;
    const owner = { ...name, end, text: article.text.slice(name.start, end), lastWord: k };
    if (isOrganizationName(owner.text)) return owner;
    if (k === name.lastWord) return k > name.firstWord ? { ...name, end: article.words[k - 1].end, text: article.text.slice(name.start, article.words[k - 1].end), lastWord: k - 1 } : undefined;
    return ownName(article, capitalisedNameAt(article, k + 1));
  }
  return name;
}

/** Names words are told to: "told BBC", "speaking to the Financial Times" (the caller drops people's names). */
export function findListenerNames(article: Article): OrganizationName[] {
  const found: OrganizationName[] = [];
  for (let i = 0; i < article.words.length; i++) {
    const cue = OUTLET_CUES.find((c) => c.every((word, k) => article.words[i + k]?.norm === word));
    if (!cue || article.inQuotation(article.words[i].start)) continue;
    const name = ownName(article, capitalisedNameAt(article, i + cue.length));
    if (name && !found.some((f) => f.text === name.text)) found.push(name);
  }
  return found;
}

/** Drops a sentence-opening function word ("But the State Department…" → "State Department"). */
function trimOpener(article: Article, name: OrganizationName | undefined): OrganizationName | undefined {
  if (!name) return undefined;
  if (!SENTENCE_OPENERS.has(article.words[name.firstWord].norm) || name.firstWord === name.lastWord) return name;
  return trimOpener(article, capitalisedNameAt(article, name.firstWord + 1));
}
