// Where the reference article shows who a person is: their first mention, or the passage giving one of their roles.
import type { ReferenceIndex } from '../reference/index';
import type { Person, Role } from '../reference/types';
import { phraseKey } from '../text/words';
import type { EvidenceLink } from './finding';

/** How far from a role's offset (which points at the name) its title may stand. */
const ROLE_WINDOW = 200;

/** The person's first mention, spanning the longest of their name forms written there. */
export function firstMentionEvidence(reference: ReferenceIndex, person: Person, message: string): EvidenceLink {
  const start = Math.min(...person.mentions);
  return { start, end: nameEndAt(reference.loaded.articleText, person, start), articlePath: reference.loaded.articlePath, message };
}

/** The name at the role's offset together with the nearest occurrence of the role's title. */
export function roleEvidence(reference: ReferenceIndex, person: Person, role: Role, message: string): EvidenceLink {
  const { articleText, articlePath } = reference.loaded;
  const nameEnd = nameEndAt(articleText, person, role.offset);
  const from = Math.max(0, role.offset - ROLE_WINDOW);
  const window = articleText.slice(from, nameEnd + ROLE_WINDOW).toLowerCase();
  const title = role.title.toLowerCase();
  let best: number | undefined;
  for (let i = window.indexOf(title); i !== -1; i = window.indexOf(title, i + 1)) {
    if (best === undefined || Math.abs(from + i - role.offset) < Math.abs(from + best - role.offset)) best = i;
  }
  if (best === undefined) return { start: role.offset, end: nameEnd, articlePath, message };
  const titleStart = from + best;
  return { start: Math.min(titleStart, role.offset), end: Math.max(titleStart + title.length, nameEnd), articlePath, message };
}

/** "top diplomat (China)", "former speaker (US House of Representatives)". */
export function describeRole(role: Role): string {
  return `${role.former ? 'former ' : ''}${role.title}${role.organization ? ` (${role.organization})` : ''}`;
}

function nameEndAt(articleText: string, person: Person, start: number): number {
  const forms = [person.name, ...person.aliases].sort((a, b) => b.length - a.length);
  const form = forms.find((f) => phraseKey(articleText.slice(start, start + f.length)) === phraseKey(f));
  return form ? start + form.length : start + (/^[\p{L}\p{N}'’-]*/u.exec(articleText.slice(start))?.[0].length ?? 0);
}
