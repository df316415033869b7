// A small reference set of our own invention (a library reopening after a flood), written to a temp directory
// so tests can point `factcheck.referenceFiles` at it. Offsets are computed from the article text, so the
// loader's checks (quotes and mentions really are at their offsets) hold by construction.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ARTICLE = [
  'Eastbrook library reopens after the flood',
  '',
  'Mayor Ingrid Halvorsen reopened the Eastbrook public library on Monday, eleven months after the river flooded its ground floor.',
  '',
  '“Books are the last thing a town should lose,” Halvorsen told the Valley Gazette.',
  '',
  'Chief librarian Tomasz Wierzbicki said the collection had been rebuilt from donations. “We received more than four thousand books from neighbours we have never met,” Wierzbicki said.',
  '',
].join('\n');

export const NAME = 'Eastbrook library reopens (test set)';

/** Offset of the n-th (1-based) occurrence of `needle` in the article. */
export function at(needle: string, occurrence = 1): number {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = ARTICLE.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" does not occur ${occurrence} time(s) in the invented article`);
  }
  return offset;
}

export const QUOTES = {
  books: 'Books are the last thing a town should lose,',
  donations: 'We received more than four thousand books from neighbours we have never met,',
};

export function referenceSet(name = NAME) {
  return {
    name,
    article: { file: 'article.txt', date: '2024-03-04', title: 'Eastbrook library reopens after the flood' },
    people: [
      {
        id: 'ingrid-halvorsen',
        name: 'Ingrid Halvorsen',
        aliases: ['Halvorsen'],
        pronoun: 'she',
        roles: [{ title: 'Mayor', organization: 'Eastbrook', offset: at('Mayor') }],
        mentions: [at('Ingrid Halvorsen'), at('Halvorsen told')],
      },
      {
        id: 'tomasz-wierzbicki',
        name: 'Tomasz Wierzbicki',
        aliases: ['Wierzbicki', 'Tom Wierzbicki'],
        pronoun: 'he',
        roles: [{ title: 'Chief librarian', organization: 'Eastbrook public library', offset: at('Chief librarian') }],
        mentions: [at('Tomasz Wierzbicki'), at('Wierzbicki said')],
      },
    ],
    organizations: [{ id: 'valley-gazette', name: 'Valley Gazette', aliases: ['the Gazette'], kind: 'outlet', mentions: [at('Valley Gazette')] }],
    quotes: [
      { id: 'q-books', text: QUOTES.books, speaker: 'ingrid-halvorsen', outlet: 'valley-gazette', offset: at(QUOTES.books) },
      { id: 'q-donations', text: QUOTES.donations, speaker: 'tomasz-wierzbicki', offset: at(QUOTES.donations) },
    ],
    facts: [],
  };
}

export interface WrittenReference {
  dir: string;
  /** Absolute path of the reference JSON. */
  file: string;
  articlePath: string;
}

/** Writes the set (or `set`, e.g. a broken variant) and its article into a fresh temp directory. */
export function writeReference(set: unknown = referenceSet(), fileName = 'library.factcheck.json'): WrittenReference {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-ref-'));
  const articlePath = path.join(dir, 'article.txt');
  fs.writeFileSync(articlePath, ARTICLE);
  const file = path.join(dir, fileName);
  fs.writeFileSync(file, JSON.stringify(set, null, 2));
  return { dir, file, articlePath };
}

/** 1-based line of an article offset, as the hover links name it. */
export function articleLine(offset: number): number {
  return ARTICLE.slice(0, offset).split('\n').length;
}

/** Settings using only `file`, as a user's own settings name it (so it may lie outside the workspace folder). */
export function onlyReference(file: string) {
  return { useBuiltInReference: false, referenceFiles: [file], referenceFilesFromUserSettings: true };
}
