// Code actions: each finding's fixes as quick fixes, "Ignore this finding here", and fix-all. Every edit names
// the document version it was computed for, so an editor never applies it to text that has changed since.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLanguage } from '../analysis/document';
import { suppressionEdit } from '../analysis/suppressions';
import type { Finding, TextEdit } from '../checks/finding';
import { DIAGNOSTIC_SOURCE, diagnosticVersion } from './diagnostics';
import { FIX_ALL_KIND } from './protocol';

export const IGNORE_TITLE = 'Ignore this finding here';

/**
 * Quick fixes for the diagnostics the client sends back. `findings` were computed for the document's current
 * version; a diagnostic published for another version gets nothing (its range may not mean the same text).
 */
export function quickFixes(document: TextDocument, language: DocumentLanguage, findings: readonly Finding[], diagnostics: readonly Diagnostic[]): CodeAction[] {
  const fixes: CodeAction[] = [];
  const ignores: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || diagnosticVersion(diagnostic) !== document.version) continue;
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const finding = findings.find((f) => f.code === diagnostic.code && f.start === start && f.end === end);
    if (!finding) continue;
    for (const fix of finding.fixes) {
      fixes.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: versionedEdit(document, fix.edits),
      });
    }
    const ignore = suppressionEdit(document.getText(), language, finding);
    if (ignore) ignores.push({ title: IGNORE_TITLE, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: versionedEdit(document, [ignore]) });
  }
  // The fixes first: an editor that applies "the first quick fix" must never pick the suppression.
  return [...fixes, ...ignores];
}

/**
 * The edits fix-all applies: each finding's preferred fix (a finding with several preferred fixes has no single
 * right answer and is skipped), in document order, leaving out any fix that overlaps one already taken.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const finding of sorted) {
    const preferred = finding.fixes.filter((fix) => fix.preferred);
    if (preferred.length !== 1) continue;
    const edits = preferred[0].edits;
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The `source.fixAll.factcheck` action, or nothing when no finding has a single right fix. */
export function fixAllAction(document: TextDocument, findings: readonly Finding[]): CodeAction | undefined {
  const edits = fixAllEdits(findings);
  if (edits.length === 0) return undefined;
  return { title: 'Fact Check: Fix all in document', kind: FIX_ALL_KIND, edit: versionedEdit(document, edits) };
}

/** True when a code action request's `only` filter asks for fix-all (`source`, `source.fixAll`, or ours). */
export function wantsFixAll(only: readonly string[] | undefined): boolean {
  return !!only?.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`));
}

export function versionedEdit(document: TextDocument, edits: readonly TextEdit[]): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map((edit) => ({
    range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
    newText: edit.newText,
  }));
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: lspEdits }] };
}

/** Two edits touch the same text; two edits at one point count too (their order would be arbitrary). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}
