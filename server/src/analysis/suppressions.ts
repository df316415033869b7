// In-document suppression comments, the way linters do it:
//
//   markdown:  <!-- factcheck-disable-next-line [codes] -->   the line after the comment
//              <!-- factcheck-disable [codes] -->             from here …
//              <!-- factcheck-enable [codes] -->              … to here (or to the end of the document)
//   plaintext: the same words alone on their own line (`factcheck-disable-next-line quote-altered`).
//
// Codes are separated by spaces or commas; no code means every code. Unknown codes are ignored, so a comment
// naming only unknown codes suppresses nothing (a typo never hides more than the writer asked for).
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Finding, type Span, type TextEdit } from '../checks/finding';
import { readDocument, type DocumentLanguage } from './document';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface Directive extends Span {
  kind: DirectiveKind;
  /** The codes named, or every code when the directive names none. */
  codes: DiagnosticCode[];
  /** True when the directive named codes (so a new code can be appended to it). */
  explicitCodes: boolean;
  /** Offset where a further code can be inserted (before ` -->`, or at the end of the plaintext line). */
  codesEnd: number;
}

/** A span of the document where findings of one code are not reported. */
export interface SuppressedSpan extends Span {
  code: DiagnosticCode;
}

// No two optional runs of blanks may meet in these patterns (a pipe or a dash always stands between them), and
// a directive's trailing whitespace is trimmed in code: blanks matchable two ways made a long run of spaces
// backtrack quadratically.
const TABLE_DELIMITER_ROW = /^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$/;
const KNOWN_CODES = new Set<string>(DIAGNOSTIC_CODES);
const KIND = '(disable-next-line|disable|enable)(?![\\w-])';
// The body stops at the first "-->", and at a new "<!--", so an unclosed comment is scanned only up to the next one.
const MARKDOWN_DIRECTIVE = new RegExp(`<!--\\s*factcheck-${KIND}((?:(?!-->|<!--)[^])*)-->`, 'g');
const PLAINTEXT_DIRECTIVE = new RegExp(`^[ \\t]*factcheck-${KIND}([^\\r\\n\\u2028\\u2029]*)$`, 'gm');

export function findDirectives(text: string, language: DocumentLanguage): Directive[] {
  const pattern = language === 'markdown' ? MARKDOWN_DIRECTIVE : PLAINTEXT_DIRECTIVE;
  const directives: Directive[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const body = m[2].trimEnd();
    const named = body.split(/[\s,]+/).filter(Boolean);
    const codes = named.filter((code): code is DiagnosticCode => KNOWN_CODES.has(code));
    if (named.length > 0 && codes.length === 0) continue;
    directives.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: m[1] as DirectiveKind,
      codes: named.length === 0 ? [...DIAGNOSTIC_CODES] : codes,
      explicitCodes: named.length > 0,
      codesEnd: m.index + m[0].indexOf(m[1]) + m[1].length + body.length,
    });
  }
  return directives;
}

export function suppressedSpans(text: string, language: DocumentLanguage): SuppressedSpan[] {
  const spans: SuppressedSpan[] = [];
  const disabledSince = new Map<DiagnosticCode, number>();
  for (const directive of findDirectives(text, language)) {
    if (directive.kind === 'disable-next-line') {
      const line = lineAfter(text, directive.end);
      if (line) for (const code of directive.codes) spans.push({ ...line, code });
    } else if (directive.kind === 'disable') {
      for (const code of directive.codes) if (!disabledSince.has(code)) disabledSince.set(code, directive.end);
    } else {
      for (const code of directive.codes) {
        const since = disabledSince.get(code);
        if (since === undefined) continue;
        spans.push({ start: since, end: directive.start, code });
        disabledSince.delete(code);
      }
    }
  }
  for (const [code, since] of disabledSince) spans.push({ start: since, end: text.length, code });
  return spans;
}

/** The findings no suppression comment covers. A finding is covered when it starts inside a suppressed span. */
export function withoutSuppressed(findings: readonly Finding[], text: string, language: DocumentLanguage): Finding[] {
  const spans = suppressedSpans(text, language);
  if (spans.length === 0) return [...findings];
  return findings.filter((f) => !spans.some((s) => s.code === f.code && s.start <= f.start && f.start < s.end));
}

/**
 * The edit that suppresses `finding` where it is: adds its code to a disable-next-line directive already aimed
 * at its line, or writes a new one. In markdown, a finding on a continuation line of a paragraph gets the comment
 * at the end of the previous line (an inline comment, invisible when rendered) so the paragraph is not split;
 * otherwise the comment goes on a new line above, with the line's indentation and blockquote markers. Undefined
 * for a table row below the first: no comment can go between two rows without breaking the table.
 */
export function suppressionEdit(text: string, language: DocumentLanguage, finding: Finding): TextEdit | undefined {
  const lineStart = startOfLine(text, finding.start);
  const existing = findDirectives(text, language).find(
    (d) => d.kind === 'disable-next-line' && d.explicitCodes && lineAfter(text, d.end)?.start === lineStart,
  );
  if (existing) return { start: existing.codesEnd, end: existing.codesEnd, newText: ` ${finding.code}` };
  const directive = `factcheck-disable-next-line ${finding.code}`;
  const line = text.slice(lineStart, endOfLine(text, lineStart));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (language === 'plaintext') return { start: lineStart, end: lineStart, newText: `${/^[ \t]*/.exec(line)![0]}${directive}${eol}` };

  const { blocks } = readDocument(text, 'markdown');
  const block = blocks.find((b) => b.start <= finding.start && finding.start < b.end);
  const previousLineStart = startOfLine(text, lineStart - 1);
  if (block?.kind === 'cell' && lineStart > 0) {
    const previousIsTableRow =
      TABLE_DELIMITER_ROW.test(text.slice(previousLineStart, endOfLine(text, previousLineStart))) ||
      blocks.some((b) => b.kind === 'cell' && b.start >= previousLineStart && b.start < lineStart);
    if (previousIsTableRow) return undefined;
  }
  if (block && block.start < lineStart) {
    const previousLineEnd = endOfLine(text, previousLineStart);
    // Before a hard line break's two spaces or backslash, which must stay at the end of the line.
    const at = previousLineEnd - hardBreakLength(text, previousLineStart, previousLineEnd);
    return { start: at, end: at, newText: ` <!-- ${directive} -->` };
  }
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(line)![0];
  return { start: lineStart, end: lineStart, newText: `${prefix}<!-- ${directive} -->${eol}` };
}

/**
 * How long the hard line break ending a markdown line is: a backslash, or two spaces or more (counted from the
 * end: a regular expression tried the run of spaces from each of its positions, which took a quadratic time on
 * a line of spaces ending in a word).
 */
function hardBreakLength(text: string, lineStart: number, lineEnd: number): number {
  if (text[lineEnd - 1] === '\\') return 1;
  let spaces = 0;
  while (lineEnd - spaces > lineStart && text[lineEnd - spaces - 1] === ' ') spaces++;
  return spaces >= 2 ? spaces : 0;
}

function startOfLine(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

/** The line after the one containing `offset` (without its line break), if there is one. */
function lineAfter(text: string, offset: number): Span | undefined {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return undefined;
  return { start: newline + 1, end: endOfLine(text, newline + 1) };
}
