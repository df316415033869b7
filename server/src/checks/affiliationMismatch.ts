// title-mismatch, for where a person works: the draft places them at an organisation the reference knows
// ("Craig Singleton of the German Marshall Fund"), and the reference places them at another one it knows.
import { isReported } from '../analysis/analyze';
import { toldOfAnotherTime } from '../analysis/dates';
import { findAffiliations } from '../analysis/titles';
import type { Entity, ReferenceIndex } from '../reference/index';
import type { Person, Role } from '../reference/types';
import { oncePer } from '../text/memo';
import { spanAt } from '../text/spans';
import { stripPossessive, words, type Word } from '../text/words';
import type { Check } from './check';
import { DEFAULT_SEVERITY, type Finding, type Fix, type TextEdit } from './finding';
import { describeRole, roleEvidence } from './personEvidence';
import { nameInForm, takesThe } from './quoteEvidence';
import type { Mention } from '../analysis/mentions';

export const affiliationMismatch: Check = ({ analysis, reference, confirm }) => {
  const findings: Finding[] = [];
  for (const claim of findAffiliations(analysis)) {
    const { mention, organization } = claim;
    if (mention.entity.kind !== 'person' || !isReported(analysis, claim) || spanAt(analysis.quotations, claim.start)) continue;
    const sentence = spanAt(analysis.doc.sentences, claim.start);
    if (sentence && toldOfAnotherTime(analysis, sentence, reference.loaded.set.article.date)) continue;
    const person = mention.entity.person;
    const own = knownWorkplaces(reference, person);
    if (!own) continue;
    if (own.some(({ organization: id }) => id === organization.entity.id)) {
      confirm(claim);
      continue;
    }
    const { role, organization: rightId } = own[0];
    const right = reference.entities.get(rightId)!;
    const written = analysis.doc.text.slice(organization.start, organization.end);
    // Or the draft meant the person who works there.
    const others = reference.loaded.set.people.filter((other) => other.id !== person.id && knownWorkplaces(reference, other)?.some((place) => place.organization === organization.entity.id));
    const fixes: Fix[] = [
      { title: `Use the reference's organisation: “${right.name}”`, edits: [organizationEdit(analysis.doc.text, analysis.words, organization, right.name, reference)], preferred: others.length === 0 },
      ...others.slice(0, 2).map((other): Fix => ({
        title: `Change the person to ${other.name}`,
        edits: [{ start: mention.start, end: mention.end, newText: nameInForm(reference.entities.get(other.id)!, mention.form) }],
        preferred: false,
      })),
    ];
    findings.push({
      code: 'title-mismatch',
      severity: DEFAULT_SEVERITY['title-mismatch'],
      start: organization.start,
      end: organization.end,
      message: `The reference gives ${person.name} as ${describeRole(role)}, not at “${written}”${others.length ? `; in the reference, ${others.map((o) => o.name).join(' and ')} ${others.length > 1 ? 'are' : 'is'} there` : ''}.`,
      fixes,
      evidence: roleEvidence(reference, person, role, `${person.name}: ${describeRole(role)}`),
      refId: person.id,
    });
  }
  return findings;
};

/** The organisation's name in place of the draft's, with "the" before it as the new name takes it. */
function organizationEdit(text: string, draftWords: readonly Word[], organization: Mention, name: string, reference: ReferenceIndex): TextEdit {
  const before = draftWords[organization.wordIndex - 1];
  const the = !organization.possessive && before?.norm === 'the' && /^[ \t]+$/.test(text.slice(before.end, organization.start)) ? before : undefined;
  if (organization.possessive || (the !== undefined) === takesThe(reference, name)) return { start: organization.start, end: organization.end, newText: name };
  if (the) return { start: the.start, end: organization.end, newText: name };
  return { start: organization.start, end: organization.end, newText: `the ${name}` };
}

interface Workplace {
  role: Role;
  /** The id of the reference organisation the role is held at. */
  organization: string;
}

/**
 * Where the reference has the person work now, when every role of theirs is current and held at an organisation
 * it knows ("German Marshall Fund’s Indo-Pacific Program" is at the German Marshall Fund); undefined otherwise: a
 * role "in the US" or a former one leaves where they work open.
 */
function knownWorkplaces(reference: ReferenceIndex, person: Person): Workplace[] | undefined {
  if (person.roles.length === 0 || person.roles.some((role) => role.former || !role.organization)) return undefined;
  const places: Workplace[] = [];
  for (const role of person.roles) {
    const organization = organizationOf(reference)(role.organization!);
    if (!organization) return undefined;
    places.push({ role, organization: organization.id });
  }
  return places;
}

/** The reference organisation a role's organisation names: the one whose name (or alias) it contains, the longest. */
const organizationOf = oncePer((reference: ReferenceIndex) => {
  const found = new Map<string, Entity | undefined>();
  return (text: string): Entity | undefined => {
    if (!found.has(text)) {
      const key = ` ${nameKey(text)} `;
      let best: { entity: Entity; length: number } | undefined;
      for (const organization of reference.loaded.set.organizations) {
        for (const form of [organization.name, ...organization.aliases]) {
          const formKey = nameKey(form);
          if (key.includes(` ${formKey} `) && (!best || formKey.length > best.length)) best = { entity: reference.entities.get(organization.id)!, length: formKey.length };
        }
      }
      found.set(text, best?.entity);
    }
    return found.get(text);
  };
});

/** A name's words without possessive endings: "German Marshall Fund’s Indo-Pacific Program" holds "German Marshall Fund". */
function nameKey(text: string): string {
  return words(text).map((word) => stripPossessive(word.norm)).join(' ');
}
