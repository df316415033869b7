// Shared by the quote rules: how to point at a reference quote and how to name its speaker.
import type { Entity, IndexedQuote, NameForm, ReferenceIndex } from '../reference/index';
import type { EvidenceLink } from './finding';

export function quoteEvidence(reference: ReferenceIndex, quote: IndexedQuote, message: string): EvidenceLink {
  const { offset, text } = quote.quote;
  return { start: offset, end: offset + text.length, articlePath: reference.loaded.articlePath, message };
}

export function speakerName(reference: ReferenceIndex, id: string): string {
  return reference.entities.get(id)?.name ?? id;
}

/**
 * The entity's name in the form the draft used for someone else: surname for surname, full name otherwise.
 * (A possessive ending is outside the replaced span, so it stays as the writer typed it.)
 */
export function nameInForm(entity: Entity, form: NameForm | 'pronoun' | 'unknown' | undefined): string {
  return form === 'surname' && entity.kind === 'person' ? surnameOf(entity.person.name, entity.person.aliases) : entity.name;
}

function surnameOf(name: string, aliases: readonly string[]): string {
  const last = name.split(/\s+/).pop() ?? name;
  const single = aliases.filter((a) => !/\s/.test(a));
  return single.find((a) => a === last) ?? single.find((a) => name.includes(a)) ?? single[0] ?? last;
}
