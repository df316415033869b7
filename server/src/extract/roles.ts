// A person's title from the words around their name: before it ("Chinese Foreign Minister Qin Gang", "CIA
// chief William Burns", "national security adviser Jake Sullivan") or in an apposition after it ("Craig Singleton,
// a China expert at the Foundation for Defense of Democracies", "Nancy Pelosi, then speaker of the US House").
import type { Role } from '../reference/types';
import { SPEECH_VERBS } from '../analysis/speech';
import type { Article } from './article';
import { capitalisedNameAt, isOrganizationName } from './organizations';
import { ROLE_MODIFIERS, ROLE_NOUNS, SENTENCE_OPENERS } from './vocabulary';

const FORMER_MARKERS = new Set(['former', 'then', 'formerly', 'ex']);

/** The title in the words right before word `nameStart`, the first word of a name. */
export function titleBefore(article: Article, nameStart: number): Role | undefined {
  // Walk back over role words; a comma is allowed right before the name ("the current speaker, Kevin McCarthy").
  let i = nameStart - 1;
  if (i < 0 || !/^(?:[ \t]|,[ \t])$/.test(article.gapBefore(nameStart))) return undefined;
  if (!ROLE_NOUNS.has(article.words[i].norm) || article.words[i].norm.endsWith("'s")) return undefined;
  let first = i;
  let organization: string | undefined;
  for (let k = i - 1; k >= 0 && i - k < 8; k--) {
    const gap = article.gapBefore(k + 1);
    if (gap !== ' ' && gap !== '-') break;
    const norm = article.words[k].norm;
    if (ROLE_NOUNS.has(norm) || ROLE_MODIFIERS.has(norm) || FORMER_MARKERS.has(norm)) first = k;
    else if (norm === 'of' && ROLE_NOUNS.has(article.words[k - 1]?.norm ?? '')) first = k;
    else if (article.startsSentence(k) && article.isCapitalised(k) && !/^[\p{Lu}\p{N}]{2,}$/u.test(article.wordText(k)) && !SENTENCE_OPENERS.has(norm)) {
      // Capitalised only because it opens the sentence: "Harbour master Ilse Varga".
      first = k;
      break;
    } else if (article.isCapitalised(k) && !SENTENCE_OPENERS.has(norm)) {
      // Whose title it is: "CIA chief", "Chinese Foreign Minister", "China’s top diplomat".
      let orgStart = k;
      while (orgStart > 0 && article.isCapitalised(orgStart - 1) && article.gapBefore(orgStart) === ' ' && !norm.endsWith("'s")) orgStart--;
      organization = article.text.slice(article.words[orgStart].start, article.words[k].end).replace(/['’]s$/, '');
      break;
    } else break;
  }
  return role(article, first, i, organization);
}

/** The title in an apposition right after word `nameEnd` (the last word of a name), if it has one. */
export function appositionAfter(article: Article, nameEnd: number): { role?: Role; relative: boolean } {
  let i = nameEnd + 1;
  if (!article.words[i] || !/^,[ \t]+$/.test(article.gapBefore(i))) return { relative: false };
  let former = false;
  const norm = (k: number) => article.words[k]?.norm ?? '';
  if (norm(i) === 'who') {
    i++;
    const linking = ['is', 'was', 'became', 'becomes', 'remains', 'served', 'serves', 'has', 'had'];
    if (!linking.includes(norm(i))) return { relative: true };
    former = ['was', 'served', 'had'].includes(norm(i));
    i++;
    while (['been', 'as'].includes(norm(i))) i++;
  }
  if (FORMER_MARKERS.has(norm(i))) {
    former = true;
    i++;
  } else if (['now', 'currently'].includes(norm(i))) i++;
  if (['a', 'an', 'the'].includes(norm(i))) i++;
  let organization: string | undefined;
  // "the State Department’s senior East Asia diplomat": the possessive names whose title it is.
  const owner = article.isCapitalised(i) ? capitalisedNameAt(article, i) : undefined;
  if (owner && norm(owner.lastWord).endsWith("'s")) {
    organization = owner.text.replace(/['’]s$/, '');
    i = owner.lastWord + 1;
  }
  const first = i;
  let last = -1;
  for (; i < article.words.length && i - first < 10; i++) {
    if (i > first && !/^[ \t-]$/.test(article.gapBefore(i))) break;
    const word = norm(i);
    if (word === 'of' && /^[a-z]/.test(article.wordText(i + 1)) && !['the', 'a', 'an'].includes(norm(i + 1)) && ROLE_NOUNS.has(norm(i - 1))) {
      i++;
      last = i;
      continue;
    }
    if (['at', 'of', 'for', 'in', 'on', 'with', 'during', 'from', 'to', 'and', 'who', 'that', 'which', 'since'].includes(word)) break;
    if (ROLE_NOUNS.has(word)) last = i;
  }
  // A title the vocabulary does not know ("a hydrologist at …") still counts when a reporting verb closes the
  // apposition: "Tomas Lindqvist, a hydrologist at the University of Eastport, said".
  if (last < 0 && i > first && i - first <= 3 && closedBySpeech(article, nameEnd)) last = i - 1;
  if (last < 0) return { relative: former };
  // "… at the Foundation for Defense of Democracies", "… of the US House of Representatives"
  if (!organization && ['at', 'of', 'for', 'with'].includes(norm(last + 1))) {
    const name = capitalisedNameAt(article, last + 2);
    if (name && isOrganizationName(name.text)) organization = name.text;
  }
  const found = role(article, first, last, organization);
  return { role: found && { ...found, ...(former && { former: true }) }, relative: true };
}

/** "Name, <apposition>, said": a comma within a dozen words after the name, then a reporting verb. */
export function closedBySpeech(article: Article, nameEnd: number): boolean {
  if (!/^,[ \t]+$/.test(article.gapBefore(nameEnd + 1))) return false;
  for (let k = nameEnd + 2; k < article.words.length && k <= nameEnd + 16; k++) {
    const gap = article.gapBefore(k);
    if (/[.;:!?“”"]/.test(gap)) return false;
    if (gap.includes(',')) return SPEECH_VERBS.has(article.words[k].norm) && /^[a-z]/.test(article.wordText(k));
  }
  return false;
}

function role(article: Article, first: number, last: number, organization: string | undefined): Role | undefined {
  let from = first;
  let former = false;
  while (from < last && FORMER_MARKERS.has(article.words[from].norm)) {
    former = true;
    from++;
  }
  const title = article.text.slice(article.words[from].start, article.words[last].end);
  if (!title) return undefined;
  return { title, ...(organization && { organization }), ...(former && { former }), offset: article.words[from].start };
}
