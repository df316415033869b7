// title-mismatch, for where a person works: the draft places them at an organisation ("Craig Singleton of the
// German Marshall Fund", "… of the Heritage Foundation"), and the reference places them at another one it knows.
import { isReported } from '../analysis/analyze';
import { toldOfAnotherTime } from '../analysis/dates';
import { findAffiliations, type OrganizationNamed } from '../analysis/titles';
import { headClass, isAnyPost, isGeneric, readRole, sameKindOfOffice } from '../analysis/offices';
import type { Entity, ReferenceIndex } from '../reference/index';
import type { Person, Role } from '../reference/types';
import { oncePer } from '../text/memo';
import { firstStartingAt, spanAt, spansWithin } from '../text/spans';
import { ARTICLES, isCapitalized, matchCase, stripPossessive, words, type Word } from '../text/words';
import type { Check } from './check';
import { DEFAULT_SEVERITY, type Finding, type Fix, type Span, type TextEdit } from './finding';
import { describeRole, roleEvidence } from './personEvidence';
import { nameInForm, roleWithBodyAsWritten, takesThe } from './quoteEvidence';

export const affiliationMismatch: Check = ({ analysis, reference, confirm }) => {
  const findings: Finding[] = [];
  for (const claim of findAffiliations(analysis)) {
    const { mention, organization } = claim;
    if (mention.entity.kind !== 'person' || !isReported(analysis, claim) || spanAt(analysis.quotations, claim.start)) continue;
    const sentence = spanAt(analysis.doc.sentences, claim.start);
    if (sentence && toldOfAnotherTime(analysis, sentence, reference.loaded.set.article.date, claim.start)) continue;
    const person = mention.entity.person;
    const written = analysis.doc.text.slice(organization.start, organization.end);
    const known = organization.entity;
    // (Or, for a job said to be held now, the current roles at the organisation named: "now a senior fellow at …".)
    const own = knownWorkplaces(reference, person) ?? workplaceOfJob(reference, person, claim.job && analysis.doc.text.slice(claim.job.start, claim.job.end)) ?? (known ? currentRolesAt(reference, person, known.id) : undefined);
    if (!own) continue;
    const heldThere = own.find((place) => (known ? place.organization === known.id : namedBy(written, place, reference)));
    if (heldThere) {
      const otherPost = claim.job && anotherPostNow(analysis.doc.text, claim.job, heldThere.role);
      const edit = otherPost && roleEdit(analysis.doc.text, analysis.words, claim.job!, organization, heldThere.role, reference);
      if (!edit) {
        confirm(claim);
        continue;
      }
      findings.push({
        code: 'title-mismatch',
        severity: DEFAULT_SEVERITY['title-mismatch'],
        start: claim.job!.start,
        end: organization.end,
        message: `The reference gives ${person.name} as ${describeRole(heldThere.role)} now, not “${analysis.doc.text.slice(claim.job!.start, claim.job!.end).trim()}” there.`,
        fixes: [{ title: `Use the reference's role: “${describeRole(heldThere.role)}”`, edits: [edit], preferred: true }],
        evidence: roleEvidence(reference, person, heldThere.role, `${person.name}: ${describeRole(heldThere.role)}`),
        refId: person.id,
      });
      continue;
    }
    const { role, organization: rightId } = own[0];
    const right = reference.entities.get(rightId)!;
    // Or the draft meant the person who works there.
    const others = known ? reference.loaded.set.people.filter((other) => other.id !== person.id && knownWorkplaces(reference, other)?.some((place) => place.organization === known.id)) : [];
    // "a senior fellow at the Brookings Institution" for a managing director: the job goes with the place.
    const jobEdit = claim.job && roleEdit(analysis.doc.text, analysis.words, claim.job, organization, role, reference);
    const fixes: Fix[] = [
      jobEdit
        ? { title: `Use the reference's role: “${describeRole(role)}”`, edits: [jobEdit], preferred: others.length === 0 }
        : { title: `Use the reference's organisation: “${right.name}”`, edits: [organizationEdit(analysis.doc.text, analysis.words, organization, right.name, reference)], preferred: others.length === 0 },
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

/**
 * "Russel, now a senior fellow at the Asia Society Policy Institute" for its vice president: a job said to be held now
 * at the place of the person's role, of another kind than the role (not a generic one, which may stand for it: "now a
 * senior official at …").
 */
function anotherPostNow(text: string, job: Span, role: Role): boolean {
  const written = words(text.slice(job.start, job.end));
  if (!written.some((word) => word.norm === 'now' || word.norm === 'currently') && !/\b(?:now|currently)\s+$/i.test(text.slice(Math.max(0, job.start - 12), job.start))) return false;
  const head = stripPossessive(written.at(-1)?.norm ?? '');
  if (readRole(role).titleWords.has(head)) return false;
  // A scholar's post ("senior fellow", "researcher") for someone whose role there is an office ("vice president").
  if (SCHOLARS_POSTS.has(head)) return readRole(role).classes.length > 0;
  const office = { head, modifiers: [], qualifiers: [] };
  return headClass(head) !== undefined && !isGeneric(office) && !isAnyPost(office) && !sameKindOfOffice(office, role);
}

/** Posts of a scholar at a think tank or a university, which no office word names. */
const SCHOLARS_POSTS = new Set(['fellow', 'scholar', 'researcher', 'professor', 'lecturer']);

/**
 * "Danny Russel, now a vice president at the Council on Foreign Relations": a job the person holds now at an
 * organisation the reference knows, in its every title word, places them there, whatever other roles they have.
 */
function workplaceOfJob(reference: ReferenceIndex, person: Person, job: string | undefined): Workplace[] | undefined {
  if (!job) return undefined;
  const jobWords = new Set(words(job).map((word) => word.norm));
  for (const role of person.roles) {
    if (role.former || !role.organization) continue;
    const organization = organizationOf(reference)(role.organization);
    if (organization && words(role.title).every((word) => jobWords.has(word.norm))) return [{ role, organization: organization.id }];
  }
  return undefined;
}

/** Words of an organisation's name that say nothing of which one it is. */
const GENERIC_NAME_WORDS = new Set(['the', 'of', 'for', 'on', 'and', 'in', 'institute', 'institution', 'foundation', 'council', 'center', 'centre', 'society', 'fund', 'program', 'programme', 'university', 'school', 'group']);

/**
 * A name the reference does not list may still be the workplace's: "the Asia Society", "the Marshall Fund", "the
 * Indo-Pacific Program" (of the role's "German Marshall Fund's Indo-Pacific Program"), "the Central Intelligence
 * Agency" (for the "CIA").
 */
function namedBy(written: string, place: Workplace, reference: ReferenceIndex): boolean {
  const organization = reference.entities.get(place.organization)!;
  const forms = [organization.name, ...(organization.kind === 'organization' ? organization.organization.aliases : []), place.role.organization ?? ''];
  const writtenWords = words(written);
  const initials = writtenWords.filter((word) => isCapitalized(written.slice(word.start, word.end))).map((word) => word.norm[0]).join('');
  if (forms.some((form) => form.length > 1 && form === form.toUpperCase() && form.toLowerCase() === initials)) return true;
  const own = new Set(forms.flatMap((form) => words(form).map((word) => stripPossessive(word.norm))));
  return writtenWords.some((word) => !GENERIC_NAME_WORDS.has(stripPossessive(word.norm)) && own.has(stripPossessive(word.norm)));
}

/** Words opening a job's description that a fix keeps: "now", "the"; "a" or "an" as the new title takes it. */
const KEPT_OPENERS = new Set(['a', 'an', 'the', 'now', 'currently']);

/**
 * The role's title and organisation in place of a job that lacks one of its title words and the place after it,
 * in the draft's preposition ("a senior fellow at the Brookings Institution" → "a managing director at the German
 * Marshall Fund’s Indo-Pacific Program"); undefined when the job fits the role (only the place is wrong) or the
 * place goes on after a possessive.
 */
function roleEdit(text: string, draftWords: readonly Word[], job: Span, organization: OrganizationNamed, role: Role, reference: ReferenceIndex): TextEdit | undefined {
  const jobWords = spansWithin(draftWords, job);
  const held = new Set(jobWords.map((word) => word.norm));
  if (!role.organization || organization.possessive || words(role.title).every((word) => held.has(word.norm))) return undefined;
  const kept = jobWords.findIndex((word) => !KEPT_OPENERS.has(word.norm));
  const preposition = draftWords[firstStartingAt(draftWords, job.end)];
  if (kept < 0 || !preposition) return undefined;
  const article = jobWords[kept - 1];
  // "Ruth Abernathy, the chief executive of Andes Copper" → "…, a senior fellow at the Pacific Minerals Institute":
  // a job set off with its article is replaced whole by the role as the article writes it.
  const asWritten = kept === 1 && ARTICLES.has(article.norm) ? roleWithBodyAsWritten(reference, role) : undefined;
  if (asWritten) return { start: article.start, end: organization.end, newText: matchCase(text.slice(article.start, article.end), asWritten) };
  const start = article?.norm === 'a' || article?.norm === 'an' ? article : jobWords[kept];
  const title = start === article ? `${/^[aeiou]/i.test(role.title) ? 'an' : 'a'} ${role.title}` : role.title;
  const place = `${takesThe(reference, role.organization) ? 'the ' : ''}${role.organization}`;
  return { start: start.start, end: organization.end, newText: `${title} ${text.slice(preposition.start, preposition.end)} ${place}` };
}

/** The organisation's name in place of the draft's, with "the" before it as the new name takes it. */
function organizationEdit(text: string, draftWords: readonly Word[], organization: OrganizationNamed, name: string, reference: ReferenceIndex): TextEdit {
  const before = draftWords[organization.wordIndex - 1];
  const the = !organization.possessive && before?.norm === 'the' && /^[ \t]+$/.test(text.slice(before.end, organization.start)) ? before : undefined;
  if (organization.possessive) {
    // "the Council on Foreign Relations' program" → "the German Marshall Fund's program": the ending as the name takes it.
    const mark = /^['’]s?/.exec(text.slice(organization.end))?.[0] ?? '';
    const apostrophe = mark[0] ?? '’';
    return { start: organization.start, end: organization.end + mark.length, newText: name + (/s$/i.test(name) ? apostrophe : `${apostrophe}s`) };
  }
  if ((the !== undefined) === takesThe(reference, name)) return { start: organization.start, end: organization.end, newText: name };
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

/** The person's current roles at the organisation, if any. */
function currentRolesAt(reference: ReferenceIndex, person: Person, organization: string): Workplace[] | undefined {
  const places = person.roles.filter((role) => !role.former && role.organization !== undefined && organizationOf(reference)(role.organization)?.id === organization).map((role) => ({ role, organization }));
  return places.length > 0 ? places : undefined;
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
