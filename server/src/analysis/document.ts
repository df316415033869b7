// Turns a document into prose the checks can read without caring about markup.
//
// `prose` has exactly the length of the original text, with everything that is not prose (code, link targets,
// front matter, HTML comments, markup characters) replaced by spaces and line breaks kept, so an offset found
// in prose is an offset in the document: no position mapping anywhere downstream.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Nodes, Parents } from 'mdast';
import type { Span } from '../checks/finding';
import { splitSentences } from './sentences';

export type DocumentLanguage = 'markdown' | 'plaintext';

export interface Block extends Span {
  kind: 'paragraph' | 'heading' | 'cell';
}

export interface ProseDocument {
  text: string;
  prose: string;
  /** Prose blocks in document order (paragraphs, headings, table cells). */
  blocks: Block[];
  /** Sentences, each inside one block, in document order. */
  sentences: Span[];
}

export function readDocument(text: string, language: DocumentLanguage): ProseDocument {
  const { prose, blocks } = language === 'markdown' ? readMarkdown(text) : readPlainText(text);
  const sentences = blocks.flatMap((block) => splitSentences(prose, block));
  return { text, prose, blocks, sentences };
}

function blankOut(text: string): string[] {
  return Array.from(text, (ch) => (ch === '\n' || ch === '\r' ? ch : ' '));
}

function readPlainText(text: string): { prose: string; blocks: Block[] } {
  const blocks: Block[] = [];
  const paragraph = /[^\r\n]+(?:\r?\n[^\r\n]+)*/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    if (m[0].trim()) blocks.push({ start: m.index, end: m.index + m[0].length, kind: 'paragraph' });
  }
  return { prose: text, blocks };
}

const BLOCK_KINDS: Record<string, Block['kind']> = { paragraph: 'paragraph', heading: 'heading', tableCell: 'cell' };

function readMarkdown(text: string): { prose: string; blocks: Block[] } {
  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  });
  const chars = blankOut(text);
  const blocks: Block[] = [];
  const copy = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    for (let i = start; i < end; i++) chars[i] = text[i];
  };
  const visit = (node: Nodes) => {
    const kind = BLOCK_KINDS[node.type];
    if (kind && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      blocks.push({ start: node.position.start.offset, end: node.position.end.offset, kind });
    }
    if (node.type === 'text') copy(node);
    if ('children' in node) for (const child of (node as Parents).children) visit(child);
  };
  visit(tree);
  return { prose: chars.join(''), blocks: blocks.filter((b) => chars.slice(b.start, b.end).join('').trim() !== '') };
}
