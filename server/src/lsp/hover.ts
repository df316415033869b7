// Hover cards, built from what the analysis and the checks already found: who a mentioned person is, and for a
// flagged quote the reference's wording, its speaker and the word-level difference. Presentation only.
import type { Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { DocumentAnalysis, Quotation } from '../analysis/analyze';
import type { Finding, Span } from '../checks/finding';
import type { Entity, IndexedQuote, ReferenceIndex } from '../reference/index';
import type { Fact } from '../reference/types';
import type { ArticleResolver } from './diagnostics';

/** The document (or the part of it around the hover) read against one reference set. */
export interface ReadDocument {
  reference: ReferenceIndex;
  analysis: DocumentAnalysis;
  /** Where in the document the analysed text starts: the analysis's offsets count from here. */
  base: number;
}

export interface HoverContext {
  document: TextDocument;
  /** The document read against each reference set in use. */
  analyses: readonly ReadDocument[];
  /** The findings shown for the document's current version. */
  findings: readonly Finding[];
  articles: ArticleResolver;
}

export function hoverAt(offset: number, context: HoverContext): Hover | null {
  const cards: string[] = [];
  let range: Span | undefined;
  const cover = (span: Span) => {
    range = range ? { start: Math.min(range.start, span.start), end: Math.max(range.end, span.end) } : span;
  };
  for (const finding of context.findings) {
    if (!contains(finding, offset) || !finding.refId) continue;
    const read = context.analyses.find((a) => a.reference.name === finding.source);
    const card = read && refCard(finding, finding.refId, read, context);
    if (!card) continue;
    cards.push(card);
    cover(finding);
  }
  for (const { reference, analysis, base } of context.analyses) {
    for (const mention of analysis.mentions) {
      if (!contains(mention, offset - base)) continue;
      cards.push(entityCard(mention.entity, reference, context.articles));
      cover({ start: mention.start + base, end: mention.end + base });
    }
  }
  if (cards.length === 0 || !range) return null;
  return {
    contents: { kind: 'markdown', value: [...new Set(cards)].join('\n\n---\n\n') },
    range: { start: context.document.positionAt(range.start), end: context.document.positionAt(range.end) },
  };
}

/** The card for what a finding refers to: a reference quote, a person or organisation, or a fact. */
function refCard(finding: Finding, refId: string, read: ReadDocument, context: HoverContext): string | undefined {
  const { reference } = read;
  const quote = reference.quotes.find((q) => q.quote.id === refId);
  if (quote) return quoteCard(finding, quote, read, context);
  const entity = reference.entities.get(refId);
  if (entity) return entityCard(entity, reference, context.articles);
  const fact = reference.facts.find((f) => f.id === refId);
  if (fact) return factCard(fact, reference, context.articles);
  return undefined;
}

function factCard(fact: Fact, reference: ReferenceIndex, articles: ArticleResolver): string {
  const paragraphs = [`**${escape(fact.description)}**`, `> ${escape(fact.evidence.text)}`, `— *${escape(reference.name)}*`];
  const link = articleLink(reference, fact.evidence.offset, articles, 'Open the evidence in the source article');
  if (link) paragraphs.push(link);
  return paragraphs.join('\n\n');
}

function entityCard(entity: Entity, reference: ReferenceIndex, articles: ArticleResolver): string {
  const lines: string[] = [];
  if (entity.kind === 'person') {
    lines.push(`**${escape(entity.name)}**`);
    const roles = entity.person.roles.map((role) => {
      const where = role.organization ? `, ${role.organization}` : '';
      return `${role.former ? 'former ' : ''}${role.title}${where}`;
    });
    if (roles.length) lines.push(escape(roles.join(' · ')));
    if (entity.person.aliases.length) lines.push(`Also: ${escape(entity.person.aliases.join(', '))}`);
  } else {
    lines.push(`**${escape(entity.name)}** (${entity.organization.kind})`);
    if (entity.organization.aliases.length) lines.push(`Also: ${escape(entity.organization.aliases.join(', '))}`);
  }
  const paragraphs = [lines.join('  \n')];
  const quotes = reference.quotesOf(entity.id);
  if (quotes.length) {
    paragraphs.push(`Quoted in *${escape(reference.name)}*:\n\n${quotes.map((q) => `- ${quoteLine(q, reference)}`).join('\n')}`);
  } else {
    paragraphs.push(`In *${escape(reference.name)}*; not quoted there.`);
  }
  const mentions = entity.kind === 'person' ? entity.person.mentions : entity.organization.mentions;
  const link = articleLink(reference, mentions.length ? Math.min(...mentions) : undefined, articles, 'Open the source article at the first mention');
  if (link) paragraphs.push(link);
  return paragraphs.join('\n\n');
}

function quoteCard(finding: Finding, quote: IndexedQuote, { reference, analysis, base }: ReadDocument, context: HoverContext): string {
  const speaker = reference.entities.get(quote.quote.speaker);
  const outlet = quote.quote.outlet ? reference.entities.get(quote.quote.outlet) : undefined;
  const paragraphs = [
    `**The reference quote** (${finding.code})`,
    `> “${escape(quote.quote.text)}”`,
    `— ${speaker ? `**${escape(speaker.name)}**` : escape(quote.quote.speaker)}${outlet ? `, to ${escape(outlet.name)}` : ''}`,
  ];
  const quotation = analysis.quotations.find((q) => q.match?.quote === quote && q.start + base < finding.end && finding.start < q.end + base);
  const difference = quotation && wordDifference(quotation, quote, analysis.doc.text);
  if (difference) paragraphs.push(`Difference (~~reference~~ **draft**): ${difference}`);
  const link = articleLink(reference, quote.quote.offset, context.articles, 'Open the quote in the source article');
  if (link) paragraphs.push(link);
  return paragraphs.join('\n\n');
}

/** Words of agreement kept on each side of a change; longer runs of agreement are shortened to "…". */
const DIFF_CONTEXT = 4;

/** The quotation's word alignment with the reference, written out; undefined when every word agrees. */
function wordDifference(quotation: Quotation, quote: IndexedQuote, text: string): string | undefined {
  const pieces = quotation.match?.pieces ?? [];
  if (pieces.every((piece) => piece.alignment.distance === 0)) return undefined;
  const refWord = (i: number) => escape(quote.quote.text.slice(quote.words[i].start, quote.words[i].end));
  const rendered = pieces.map((piece) => {
    const draftWord = (i: number) => escape(text.slice(piece.words[i].start, piece.words[i].end));
    const ops = piece.alignment.ops;
    const changed = ops.map((op, i) => (op.kind === 'equal' ? -1 : i)).filter((i) => i >= 0);
    const near = (i: number) => changed.some((c) => Math.abs(c - i) <= DIFF_CONTEXT);
    const out: string[] = [];
    ops.forEach((op, i) => {
      if (op.kind === 'equal' && !near(i)) {
        if (out[out.length - 1] !== '…') out.push('…');
      } else if (op.kind === 'equal') out.push(refWord(op.ref!));
      else if (op.kind === 'substitute') out.push(`~~${refWord(op.ref!)}~~ **${draftWord(op.draft!)}**`);
      else if (op.kind === 'insert') out.push(`**${draftWord(op.draft!)}**`);
      else out.push(`~~${refWord(op.ref!)}~~`);
    });
    return out.join(' ');
  });
  return rendered.join(' … ').replace(/…( … )+/g, '…');
}

function quoteLine(indexed: IndexedQuote, reference: ReferenceIndex): string {
  const outlet = indexed.quote.outlet ? reference.entities.get(indexed.quote.outlet) : undefined;
  // In a list, a quote's closing comma ("…miscommunications,”) is the article's sentence, not the speaker's words.
  return `“${escape(indexed.quote.text.replace(/[,;:]\s*$/, ''))}”${outlet ? ` (to ${escape(outlet.name)})` : ''}`;
}

/** A link opening the article at an offset: a file URI with a `#L<line>,<column>` fragment (1-based). */
function articleLink(reference: ReferenceIndex, offset: number | undefined, articles: ArticleResolver, label: string): string | undefined {
  const { articlePath } = reference.loaded;
  const article = articles(articlePath);
  if (!article) return undefined;
  const uri = URI.file(articlePath).toString();
  if (offset === undefined) return `[${label}](${uri})`;
  const position = article.positionAt(offset);
  return `[${label}](${uri}#L${position.line + 1},${position.character + 1})`;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** Markdown-escapes text taken from the reference or the draft. */
function escape(text: string): string {
  return text.replace(/[\\`*_~[\]<>#|]/g, '\\$&');
}
