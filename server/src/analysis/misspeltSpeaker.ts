// "said Craig Singelton", "Wang Wenbing said" (Wang alone being Wang Yi's), "he" after "Wang Wenbing": the speaker
// a quotation is given to may be the right one with a misspelt name (which name-misspelled reports).
import type { Span } from '../checks/finding';
import type { ReferenceIndex } from '../reference/index';
import { words } from '../text/words';
import type { Attribution } from './attribution';
import { nameMatcherFor } from './nameMatcher';

/** The attribution's name (or the name its pronoun stands for) is within name-misspelled's reach of this person's. */
export function misspellsSpeaker(text: string, attribution: Attribution, personId: string, reference: ReferenceIndex): boolean {
  const named = attribution.antecedent ?? attribution.span;
  if (!named) return false;
  return nameMatcherFor(reference)
    .nearNames(words(nameRunAt(text, named)).map((w) => w.norm))
    .some((m) => m.form.person.id === personId);
}

/** The name at `span` with the capitalised words right after it: "Wang" of "Wang Wenbing". */
function nameRunAt(text: string, span: Span): string {
  const after = /^(?: [A-Z][\p{L}'’-]*){1,2}/u.exec(text.slice(span.end, span.end + 60));
  return text.slice(span.start, span.end) + (after?.[0] ?? '');
}
