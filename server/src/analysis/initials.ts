// Initials a document defines for a person ("Secretary of State Antony Blinken (AB)"), which lecture notes, memos and
// reports then use for the name ("AB phoned his counterparts"). Read from the whole text, since the definition is
// most often far above the part being checked, and given to every part (see engine.ts).
import type { Entity, ReferenceIndex } from '../reference/index';
import { findMentions, type Mention } from './mentions';
import type { ProsePart } from './document';

/** Initials in brackets: "(AB)", "( DJK )". */
const BRACKETED_INITIALS = /\([ \t]*(\p{Lu}{2,4})[ \t]*\)/gu;
/** Two to four capitalised words right before them: "Antony Blinken", "Secretary of State Antony Blinken" (its last four). */
const NAME_BEFORE = /((?:\p{Lu}[\p{L}'’.-]{0,30}[ \t]+){1,3}\p{Lu}[\p{L}'’-]{0,30})[ \t]*$/u;
/** How far before the brackets the name is looked for, in characters. */
const NAME_REACH = 130;

/** Initials in brackets and the capitalised words right before them: "Secretary of State Antony Blinken (AB)". */
export interface InitialsDefinition {
  initials: string;
  name: string;
}

/** The text's initials in brackets with a name before them, whatever reference set reads them (one scan per check). */
export function bracketedInitials(text: string): InitialsDefinition[] {
  const found: InitialsDefinition[] = [];
  // The brackets first: a scan of the whole text on every check, so the name is read only where initials are.
  for (const match of text.matchAll(BRACKETED_INITIALS)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, match.index - NAME_REACH), match.index));
    if (name) found.push({ initials: match[1], name: name[1] });
  }
  return found;
}

/** By initials, the person of `reference` the definitions define them for ("AB" → Antony Blinken); initials defined for two people, for none. */
export function definedInitials(definitions: readonly InitialsDefinition[], reference: ReferenceIndex): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const { initials, name } of definitions) {
    const person = personNamed(reference, name, initials);
    if (person) found.set(initials, found.has(initials) && found.get(initials) !== person ? null : person);
  }
  return new Map([...found].filter((entry): entry is [string, string] => entry[1] !== null));
}

/** The person whose name or alias ends the words before the brackets and has these initials ("Secretary of State Antony Blinken" → Antony Blinken). */
function personNamed(reference: ReferenceIndex, name: string, initials: string): string | undefined {
  const words = name.split(/[ \t]+/);
  for (let first = 0; first < words.length - 1; first++) {
    const candidate = words.slice(first);
    if (candidate.map((word) => word[0]).join('') !== initials) continue;
    const written = candidate.join(' ');
    const person = reference.loaded.set.people.find((p) => p.name === written || p.aliases.includes(written));
    if (person) return person.id;
  }
  return undefined;
}

/**
 * The mentions of `parts` (see findMentions), with each use of defined initials ("AB", "AB's") as a mention of the
 * person, in text order; the definition's own brackets are not a use.
 */
export function mentionsWithInitials(parts: readonly ProsePart[], reference: ReferenceIndex, initials: ReadonlyMap<string, string>): Mention[] {
  const mentions = findMentions(parts, reference);
  if (initials.size === 0) return mentions;
  const added: Mention[] = [];
  for (const part of parts) {
    for (const [index, word] of part.words.entries()) {
      const text = part.prose.slice(word.start, word.end);
      const possessive = /['’]s$/.test(text);
      const id = initials.get(possessive ? text.slice(0, -2) : text);
      const entity: Entity | undefined = id === undefined ? undefined : reference.entities.get(id);
      if (!entity || (part.prose[word.start - 1] === '(' && part.prose[word.end] === ')')) continue;
      const start = part.start + word.start;
      added.push({ start, end: start + (possessive ? text.length - 2 : text.length), entity, form: 'alias', possessive, wordIndex: part.firstWord + index, wordCount: 1 });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
