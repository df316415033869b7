// Builds a reference set from any news article's text. The checker's own reading decides who said what:
// people and organisations are found first, a provisional ReferenceIndex is built from them, and the quotation
// finder and attribution rules of analysis/ (the same that read drafts) attribute every quotation. Speakers
// and outlets those rules name but the first pass missed are added, and the article is read once more.
// Pure module: the CLI's `extract` command and the language server's `factcheck/extractReference` call it.
import { analyzeDocument, type DocumentAnalysis } from '../analysis/analyze';
import { OUTLET_CUES, SPEECH_VERBS } from '../analysis/speech';
import type { Entity } from '../reference/index';
import { ReferenceIndex } from '../reference/index';
import type { Fact, Organization, OrganizationKind, Person, Pronoun, Quote, ReferenceSet } from '../reference/types';
import { phraseKey } from '../text/words';
import { Article } from './article';
import { findFacts } from './facts';
import { IdRegistry, slug } from './ids';
import { findListenerNames, findOrganizationNames, isOrganizationName, organizationKind } from './organizations';
import { findPeople, looksLikeName } from './people';

export { formatReferenceJson } from './json';

export interface ExtractOptions {
  /** The article's path as the reference file will name it: relative to the reference file's folder. */
  articleFile: string;
  /** Publication date, YYYY-MM-DD; without it, a first line " date YYYY-MM-DD" gives it. */
  date?: string;
  /** The set's name; without it, the article's first sentence. */
  name?: string;
}

/** The article cannot be made into a reference set (no date). The message is for the user. */
export class ExtractError extends Error {}

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;

export function extractReferenceSet(articleText: string, options: ExtractOptions): ReferenceSet {
  const date = options.date ?? DATE_LINE.exec(articleText)?.[1];
  if (!date) throw new ExtractError('the article has no date: give one with --date YYYY-MM-DD (or start the article with " date YYYY-MM-DD")');
  if (!isCalendarDate(date)) throw new ExtractError(`"${date}" is not a real calendar date`);

  const article = new Article(articleText);
  const entities = new Entities();
  const people = findPeople(article);
  for (const person of people) entities.addPerson(person.name, person.aliases, person.roles, person.offset);
  for (const name of findOrganizationNames(article)) entities.addOrganization(name.text, organizationKind(name.text, false));
  const personWords = new Set(people.flatMap((person) => person.parts));
  for (const name of findListenerNames(article)) {
    if (!personWords.has(article.words[name.firstWord].norm)) entities.addOrganization(name.text, organizationKind(name.text, true));
  }

  const first = analyzeDocument(articleText, 'plaintext', entities.index(articleText, options.articleFile, date));
  entities.learnFrom(article, first);
  const analysis = analyzeDocument(articleText, 'plaintext', entities.index(articleText, options.articleFile, date));

  const quotes = quotesOf(article, analysis, entities);
  const keep = organizationsInUse(article, analysis, entities, quotes);
  const mentions = mentionsByEntity(analysis);
  const finalPeople = entities.people.map((p) => ({ ...p, mentions: mentions.get(p.id) ?? [] }));
  const organizations = entities.organizations.filter((o) => keep.has(o.id)).map((o) => ({ ...o, mentions: mentions.get(o.id) ?? [] }));
  const known = new Set([...finalPeople.map((p) => p.id), ...organizations.map((o) => o.id)]);
  const title = titleOf(article);
  return {
    name: options.name ?? title ?? 'Extracted reference set',
    article: { file: options.articleFile, date, ...(title && { title }) },
    people: finalPeople,
    organizations,
    quotes,
    facts: factsOf(article, analysis, date, known),
  };
}

// ---- entities ----

class Entities {
  readonly people: Person[] = [];
  readonly organizations: Organization[] = [];
  private readonly ids = new IdRegistry();
  private readonly byName = new Map<string, Person | Organization>();

  addPerson(name: string, aliases: string[], roles: Person['roles'], offset: number): Person {
    const existing = this.byName.get(phraseKey(name));
    if (existing) return existing as Person;
    const person: Person = { id: this.ids.claim(slug(name)), name, aliases, roles, mentions: [offset] };
    this.people.push(person);
    this.byName.set(phraseKey(name), person);
    return person;
  }

  addOrganization(name: string, kind: OrganizationKind): Organization {
    const existing = this.byName.get(phraseKey(name));
    if (existing) return existing as Organization;
    const organization: Organization = { id: this.ids.claim(slug(name)), name, aliases: [], kind, mentions: [] };
    this.organizations.push(organization);
    this.byName.set(phraseKey(name), organization);
    return organization;
  }

  index(articleText: string, articleFile: string, date: string): ReferenceIndex {
    const set: ReferenceSet = { name: 'provisional', article: { file: articleFile, date }, people: this.people, organizations: this.organizations, quotes: [], facts: [] };
    return new ReferenceIndex({ set, file: '', articlePath: '', articleText });
  }

  /** Pronouns, and the speakers and outlets the attribution rules named that are not entities yet. */
  learnFrom(article: Article, analysis: DocumentAnalysis) {
    const pronouns = pronounsOf(article, analysis);
    for (const person of this.people) if (pronouns.has(person.id)) person.pronoun = pronouns.get(person.id);
    for (const { attribution } of analysis.quotations) {
      if (!attribution.entity && attribution.form === 'unknown' && attribution.span) {
        const text = article.text.slice(attribution.span.start, attribution.span.end).replace(/['’]s$/, '');
        if (isOrganizationName(text) || /^\p{Lu}{2,}$/u.test(text)) this.addOrganization(text, organizationKind(text, false));
        else if (/\s/.test(text) && looksLikeName(text.split(/\s+/).map((part) => ({ text: part, norm: part.toLowerCase() })))) {
          this.addPerson(text, [text.split(/\s+/).pop()!], [], attribution.span.start);
        }
      }
      const outlet = attribution.outlet;
      if (outlet && !outlet.entity) {
        const name = outletName(article, analysis, outlet);
        if (name) this.addOrganization(name, organizationKind(name, true));
      }
    }
  }
}

/** "told USA Today Blinken’s visit…": the outlet's words stop before a person's name or a possessive. */
function outletName(article: Article, analysis: DocumentAnalysis, outlet: { start: number; end: number }): string | undefined {
  let end = outlet.start;
  for (const word of article.words) {
    if (word.start < outlet.start) continue;
    if (word.end > outlet.end || analysis.mentions.some((m) => m.start === word.start && m.entity.kind === 'person')) break;
    if (word.norm.endsWith("'s")) break;
    end = word.end;
  }
  return end > outlet.start ? article.text.slice(outlet.start, end) : undefined;
}

/**
 * he/his/him and she/her vote for the nearest person named before them in the same or the previous sentence; a
 * person gets a pronoun when the votes clearly agree.
 */
function pronounsOf(article: Article, analysis: DocumentAnalysis): Map<string, Pronoun> {
  const votes = new Map<string, { he: number; she: number }>();
  const people = analysis.mentions.filter((m) => m.entity.kind === 'person' && !article.inQuotation(m.start));
  const sentences = article.doc.sentences;
  let s = 0;
  let p = 0;
  for (const word of article.words) {
    const gender = /^(he|his|him|himself)$/.test(word.norm) ? 'he' : /^(she|her|hers|herself)$/.test(word.norm) ? 'she' : undefined;
    if (!gender || article.inQuotation(word.start)) continue;
    while (s + 1 < sentences.length && sentences[s + 1].start <= word.start) s++;
    while (p < people.length && people[p].start < word.start) p++;
    const nearest = people[p - 1];
    const windowStart = sentences[Math.max(0, s - 1)]?.start ?? 0;
    if (!nearest || nearest.start < windowStart) continue;
    const tally = votes.get(nearest.entity.id) ?? { he: 0, she: 0 };
    tally[gender]++;
    votes.set(nearest.entity.id, tally);
  }
  const pronouns = new Map<string, Pronoun>();
  for (const [id, { he, she }] of votes) {
    if (he > 0 && she * 3 <= he) pronouns.set(id, 'he');
    else if (she > 0 && he * 3 <= she) pronouns.set(id, 'she');
  }
  return pronouns;
}

// ---- quotes ----

function quotesOf(article: Article, analysis: DocumentAnalysis, entities: Entities): Quote[] {
  const ids = new IdRegistry();
  const quotes: Quote[] = [];
  let previous: { quote: Quote; blockIndex: number } | undefined;
  for (const quotation of analysis.quotations) {
    const introduced = quotation.attribution.kind === 'none' ? introducedSpeaker(article, analysis, quotation) : undefined;
    const speaker = quotation.attribution.entity ?? introduced?.speaker;
    const text = article.text.slice(quotation.start, quotation.end);
    if (!speaker || !/[\p{L}\p{N}]/u.test(text)) continue;
    const named = quotation.attribution.outlet?.entity ?? introduced?.outlet;
    let outlet = named?.kind === 'organization' ? named.id : undefined;
    // Words the same person goes on saying in the next paragraph were given to the same outlet.
    if (!outlet && previous && previous.quote.speaker === speaker.id && quotation.blockIndex - previous.blockIndex <= 1) outlet = previous.quote.outlet;
    const reported = speaker.kind === 'organization' ? reportedPeople(article, analysis, quotation, speaker) : [];
    const quote: Quote = {
      id: ids.claim(`${slug(speakerName(speaker, entities), 1)}-${slug(text, 3)}`),
      text,
      speaker: speaker.id,
      ...(outlet && { outlet }),
      ...(reported.length > 0 && { alsoAttributableTo: reported }),
      offset: quotation.start,
    };
    quotes.push(quote);
    previous = { quote, blockIndex: quotation.blockIndex };
  }
  return quotes;
}

type Quotation = DocumentAnalysis['quotations'][number];

/**
 * A quotation that is a paragraph of its own, with no attribution, after a paragraph whose last sentence has a
 * person speak ("Bonnie Glaser, the managing director…, told Al Jazeera Blinken’s trip has gone better…" and
 * then the quote): the newspaper convention of introducing a speaker before their words. Used only for
 * extraction, where the rules of analysis/attribution.ts find nobody.
 */
function introducedSpeaker(article: Article, analysis: DocumentAnalysis, quotation: Quotation): { speaker: Entity; outlet?: Entity } | undefined {
  const block = article.doc.blocks[quotation.blockIndex];
  const previous = article.doc.blocks[quotation.blockIndex - 1];
  if (!previous || article.text.slice(block.start, quotation.open).trim() !== '') return undefined;
  if (analysis.quotations.some((q) => q.blockIndex === quotation.blockIndex - 1)) return undefined;
  const sentence = article.doc.sentences.filter((s) => s.start >= previous.start && s.end <= previous.end).pop();
  if (!sentence) return undefined;
  const verb = analysis.words.find(
    (w) => w.start >= sentence.start && w.end <= sentence.end && SPEECH_VERBS.has(w.norm) && /^[a-z]/.test(article.text.slice(w.start, w.end)),
  );
  if (!verb) return undefined;
  const inSentence = analysis.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const subject = inSentence.find((m) => m.entity.kind === 'person' && m.end <= verb.start && !m.possessive);
  if (!subject) return undefined;
  const listener = inSentence.find((m) => m.start > verb.end && m.entity.kind === 'organization');
  const told = /^tol?d|^tell/.test(verb.norm) && listener && article.text.slice(verb.end, listener.start).trim().replace(/^the$/i, '') === '';
  return { speaker: subject.entity, ...(told && { outlet: listener.entity }) };
}

/** "The State Department said Blinken “underscored…”": the person whose words an organisation reports. */
function reportedPeople(article: Article, analysis: DocumentAnalysis, quotation: Quotation, speaker: Entity): string[] {
  const from = Math.max(quotation.attribution.span?.end ?? 0, article.sentenceAt(quotation.open)?.start ?? quotation.open);
  const ids = analysis.mentions
    .filter((m) => m.entity.kind === 'person' && m.start >= from && m.end <= quotation.open && m.entity.id !== speaker.id)
    .map((m) => m.entity.id);
  return [...new Set(ids)];
}

function speakerName(entity: Entity, entities: Entities): string {
  const person = entities.people.find((p) => p.id === entity.id);
  return person ? person.name.split(/\s+/).pop()! : entity.name;
}

// ---- which organisations a set keeps ----

/** Organisations that speak, are spoken to, or hold someone's role; others are incidental. */
function organizationsInUse(article: Article, analysis: DocumentAnalysis, entities: Entities, quotes: readonly Quote[]): Set<string> {
  const used = new Set<string>();
  for (const quote of quotes) {
    used.add(quote.speaker);
    if (quote.outlet) used.add(quote.outlet);
  }
  // "the German Marshall Fund’s Indo-Pacific Program" is a role at the German Marshall Fund.
  const roleOrganizations = entities.people.flatMap((p) => p.roles.flatMap((r) => (r.organization ? [phraseKey(r.organization)] : [])));
  for (const organization of entities.organizations) {
    const key = phraseKey(organization.name);
    if (roleOrganizations.some((role) => role === key || role.startsWith(`${key} `) || role.startsWith(`${key}'s `))) used.add(organization.id);
  }
  for (const mention of analysis.mentions) {
    if (mention.entity.kind !== 'organization' || article.inQuotation(mention.start)) continue;
    const next = analysis.words[mention.wordIndex + mention.wordCount];
    const before = analysis.words.slice(Math.max(0, mention.wordIndex - 3), mention.wordIndex).map((w) => w.norm).filter((w) => w !== 'the');
    const spoken = OUTLET_CUES.some((cue) => cue.every((word, k) => before[before.length - cue.length + k] === word));
    if (spoken || (next && SPEECH_VERBS.has(next.norm))) used.add(mention.entity.id);
  }
  return used;
}

function mentionsByEntity(analysis: DocumentAnalysis): Map<string, number[]> {
  const byEntity = new Map<string, number[]>();
  for (const mention of analysis.mentions) {
    const list = byEntity.get(mention.entity.id) ?? [];
    if (!list.includes(mention.start)) list.push(mention.start);
    byEntity.set(mention.entity.id, list);
  }
  return byEntity;
}

// ---- facts ----

function factsOf(article: Article, analysis: DocumentAnalysis, date: string, known: ReadonlySet<string>): Fact[] {
  const ids = new IdRegistry();
  return findFacts(article, date).map(({ sentence, ...fact }) => {
    const participants = analysis.mentions
      .filter((m) => m.start >= sentence.start && m.end <= sentence.end && known.has(m.entity.id) && !article.inQuotation(m.start))
      .map((m) => m.entity.id);
    const id = ids.claim(`${fact.kind === 'event' ? 'event' : 'number'}-${slug(fact.evidence.text, 4)}`);
    return { id, ...fact, participants: [...new Set(participants)] };
  });
}

// ---- article ----

/** The article's first sentence (after a date line), when it is short enough to be a title. */
function titleOf(article: Article): string | undefined {
  const first = article.doc.sentences[0];
  if (!first) return undefined;
  const text = article.text.slice(first.start, first.end).replace(DATE_LINE, '').trim();
  return text && text.length <= 160 ? text : undefined;
}

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
