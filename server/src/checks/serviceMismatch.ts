// title-mismatch, for whose government a past post was held in: "Danny Russel, who was the top diplomat on East Asia
// during George W. Bush's second term", where the article has the post held during Barack Obama's.
import { isReported } from '../analysis/analyze';
import type { ReferenceIndex } from '../reference/index';
import type { Person, Role } from '../reference/types';
import { oncePer } from '../text/memo';
import { spanAt } from '../text/spans';
import { matchCase, phraseKey, words, type Word } from '../text/words';
import { isTitleWord } from '../analysis/offices';
import type { Check } from './check';
import { DEFAULT_SEVERITY, type Finding, type Span } from './finding';
import type { Mention } from '../analysis/mentions';
import { describeRole, roleEvidence } from './personEvidence';

/**
 * "during Barack Obama’s second term", "under President Obama", "in the Bush administration": whose government a
 * time is told by: group 1 the leader's name (capitalised words, initials allowed), 2 which term, 3 the noun after a
 * bare name.
 */
const SERVICE = /\b(?:during|under|in)\s+(?:the\s+)?(?:(?:President|Prime\s+Minister|Premier|Chancellor)\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}-]*)){0,3})(?:['’]s\s+(?:(first|second|third|fourth|last|final)\s+)?(?:term|administration|presidency|tenure|government)|\s+(administration|presidency|government))?/gu;

/** A time told by a leader's possessive or a noun after the name ("Obama’s second term", "the Bush administration"). */
function toldAsLeadersTime(match: RegExpMatchArray): boolean {
  return match[3] !== undefined || /['’]s\s/u.test(match[0]);
}

/** A post the article says was held in someone's government, and the words of its title. */
interface ServedPost {
  role: Role;
  /** The leader's name as the article writes it ("Barack Obama"), and its last word ("obama"). */
  leader: string;
  leaderSurname: string;
  /** "second" of "during Barack Obama’s second term", when the article says which. */
  term?: string;
  titleWords: string[];
}

/** How far after a role's place in the article its "during …'s term" is looked for. */
const SERVICE_REACH = 120;

/** Words of a title that say nothing of the post ("top diplomat on East Asia" → top, diplomat, east, asia). */
const TITLE_FILLERS = new Set(['the', 'a', 'an', 'of', 'on', 'for', 'to', 'at', 'in', 'and']);

const servedPosts = oncePer((reference: ReferenceIndex): Map<string, ServedPost[]> => {
  const byPerson = new Map<string, ServedPost[]>();
  const article = reference.loaded.articleText;
  for (const person of reference.loaded.set.people) {
    for (const role of person.roles) {
      if (!role.former) continue;
      // The role's own clause: up to the end of its sentence.
      const after = article.slice(role.offset, role.offset + SERVICE_REACH).split(/[.;](?:\s|$)/u)[0];
      const service = [...after.matchAll(SERVICE)].find(toldAsLeadersTime);
      if (!service) continue;
      const leader = service[1];
      const posts = byPerson.get(person.id) ?? [];
      posts.push({ role, leader, leaderSurname: surnameOf(leader), term: service[2]?.toLowerCase(), titleWords: phraseKey(role.title).split(' ').filter((word) => !TITLE_FILLERS.has(word)) });
      byPerson.set(person.id, posts);
    }
  }
  return byPerson;
});

function surnameOf(name: string): string {
  return phraseKey(name).split(' ').at(-1) ?? '';
}

export const serviceMismatch: Check = ({ analysis, reference, confirm }) => {
  const posts = servedPosts(reference);
  if (posts.size === 0) return [];
  const findings: Finding[] = [];
  const { prose, text } = analysis.doc;
  // The sentences naming someone with such a post, read once each.
  const bySentence = new Map<Span, { mention: Mention; person: Person }[]>();
  for (const mention of analysis.mentions) {
    if (mention.entity.kind !== 'person' || !posts.has(mention.entity.id) || spanAt(analysis.quotations, mention.start)) continue;
    const sentence = spanAt(analysis.doc.sentences, mention.start);
    if (sentence) bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), { mention, person: mention.entity.person }]);
  }
  for (const [sentence, people] of bySentence) {
    if (!isReported(analysis, sentence)) continue;
    const inSentence = words(prose.slice(sentence.start, sentence.end));
    const sentenceWords = new Set(inSentence.map((word) => word.norm));
    for (const { mention, person } of people) {
      // The post itself told in the sentence: every word of its title.
      const post = posts.get(person.id)!.find((p) => p.titleWords.every((word) => sentenceWords.has(word)));
      if (!post) continue;
      for (const match of prose.slice(sentence.start, sentence.end).matchAll(SERVICE)) {
        const named = match[1];
        // A leader's time, not any capitalised word after "in": "in East Asia", "under Secretary Clinton".
        // ("under George W. Bush": a full name after "under" too.)
        const leaderNamed = toldAsLeadersTime(match) || /^(?:during|under)\s+(?:the\s+)?President\s/u.test(match[0]) || (/^under\s/u.test(match[0]) && named.includes(' ') && !isTitleWord(named.split(' ')[0].toLowerCase()));
        if (!leaderNamed) continue;
        // Told of the post: right after its title ("the top diplomat on East Asia during …"), not of another time
        // in the sentence ("…, once the top diplomat on East Asia, has criticised China during Xi's third term").
        if (!rightAfterTitle(prose.slice(sentence.start, sentence.end), inSentence, post.titleWords.at(-1)!, match.index)) continue;
        const start = sentence.start + match.index + match[0].indexOf(named);
        const span = { start, end: start + named.length };
        if (spanAt(analysis.quotations, start) || (span.start <= mention.start && mention.start < span.end)) continue;
        if (surnameOf(named) === post.leaderSurname) {
          // "during Barack Obama's first term" for his second: the term is wrong, not the leader.
          const term = match[2];
          if (term === undefined || post.term === undefined || term.toLowerCase() === post.term) {
            confirm(span);
            continue;
          }
          const termStart = sentence.start + match.index + match[0].lastIndexOf(term);
          const termSpan = { start: termStart, end: termStart + term.length };
          findings.push({
            code: 'title-mismatch',
            severity: DEFAULT_SEVERITY['title-mismatch'],
            ...termSpan,
            message: `The reference gives ${person.name} as ${describeRole(post.role)} during ${post.leader}’s ${post.term} term, not the ${term.toLowerCase()}.`,
            evidence: roleEvidence(reference, person, post.role, `${person.name}: ${describeRole(post.role)}, during ${post.leader}’s ${post.term} term`),
            fixes: [{ title: `Use the reference's: “${post.term}”`, edits: [{ ...termSpan, newText: matchCase(term, post.term) }], preferred: true }],
          });
          continue;
        }
        findings.push({
          code: 'title-mismatch',
          severity: DEFAULT_SEVERITY['title-mismatch'],
          ...span,
          message: `The reference gives ${person.name} as ${describeRole(post.role)} during ${post.leader}’s time, not ${text.slice(span.start, span.end)}’s.`,
          evidence: roleEvidence(reference, person, post.role, `${person.name}: ${describeRole(post.role)}, during ${post.leader}’s time`),
          fixes: [{ title: `Use the reference's: “${post.leader}”`, edits: [{ ...span, newText: post.leader }], preferred: true }],
        });
      }
    }
  }
  return findings;
};

/** Words that may stand between a title's last word and the time it was held ("… East Asia affairs during …"). */
const MAX_WORDS_BETWEEN = 2;

/** The phrase at `at` follows an occurrence of the title's last word, a few words on, with no punctuation between. */
function rightAfterTitle(text: string, textWords: readonly Word[], lastTitleWord: string, at: number): boolean {
  return textWords.some((word, k) => {
    if (word.norm !== lastTitleWord || word.end > at) return false;
    const between = textWords.slice(k + 1).filter((other) => other.end <= at).length;
    return between <= MAX_WORDS_BETWEEN && !/[,;:()—–]/u.test(text.slice(word.end, at));
  });
}
