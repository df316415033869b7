// The reference-data format. The JSON keys here are a public interface (users write these files):
// change them only with a note in the README and the schema (reference-data/factcheck-reference.schema.json).

export interface ReferenceSet {
  /** Human-readable name shown in the status bar and in messages. */
  name: string;
  article: ArticleInfo;
  people: Person[];
  organizations: Organization[];
  quotes: Quote[];
  facts: Fact[];
}

export interface ArticleInfo {
  /** The source article's text file, relative to the reference JSON file. */
  file: string;
  /** Publication date, YYYY-MM-DD: relative dates ("on Monday") are read against it. */
  date: string;
  title?: string;
}

export type Pronoun = 'he' | 'she' | 'they';

export interface Person {
  id: string;
  /** Canonical full name, e.g. "Antony Blinken". */
  name: string;
  /** Every other form the article uses: surname, nickname, name with middle initial. */
  aliases: string[];
  /** The pronoun the article uses for this person, when it uses one. */
  pronoun?: Pronoun;
  roles: Role[];
  /** Character offsets in the article where the person is named. */
  mentions: number[];
}

export interface Role {
  /** Title in the article's wording, e.g. "Foreign Minister", "top diplomat". */
  title: string;
  /** Organisation or country, e.g. "China", "US Embassy in Beijing". */
  organization?: string;
  /** True when the role is a former one ("who served as chief of staff"). */
  former?: boolean;
  /** Offset of the evidence for this role in the article. */
  offset: number;
}

export type OrganizationKind = 'outlet' | 'government' | 'organization';

export interface Organization {
  id: string;
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  mentions: number[];
}

export interface Quote {
  id: string;
  /** Exactly as printed in the article, curly punctuation kept, without the enclosing quote marks. */
  text: string;
  /** Person or organisation id. */
  speaker: string;
  /** Organisation id of the outlet the words were told to or reported by, when the article says. */
  outlet?: string;
  /**
   * Other person or organisation ids a draft may fairly credit the words to, when the article's attribution is
   * indirect: a statement reporting what someone did (the ministry said Wang Yi had “demanded …”; the State
   * Department said Blinken “underscored …”) or a government speaking through its ministry. Crediting the words
   * to one of these is not a misattribution.
   */
  alsoAttributableTo?: string[];
  /** Character offset of `text` in the article. */
  offset: number;
}

export type FactKind = 'event' | 'quantity';

export interface Fact {
  id: string;
  kind: FactKind;
  /** One-line description shown in messages, e.g. "Blinken met Xi Jinping". */
  description: string;
  /** Person or organisation ids involved. */
  participants: string[];
  /** Words a sentence about this fact would use (lower case stems: "met", "meeting", "talks", "visit"). */
  triggers: string[];
  /** For dated events. */
  date?: FactDate;
  /** For durations, counts and ages. */
  quantity?: FactQuantity;
  evidence: Evidence;
}

export interface FactDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY depending on precision. */
  value: string;
  precision: 'day' | 'month' | 'year';
}

export type Qualifier = 'nearly' | 'about' | 'at least' | 'more than' | 'exactly';

export interface FactQuantity {
  value: number;
  /** Singular unit: "hour", "year", "month", "day", "embassy". */
  unit: string;
  qualifier?: Qualifier;
}

export interface Evidence {
  offset: number;
  /** The article's words that state the fact (must occur at `offset`). */
  text: string;
}
