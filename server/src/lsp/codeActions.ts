// Quick fixes: each finding's fixes, offered on the diagnostics the client sends back.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../checks/finding';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export function quickFixes(document: TextDocument, findings: readonly Finding[], diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const finding = findings.find((f) => f.code === diagnostic.code && f.start === start && f.end === end);
    if (!finding) continue;
    for (const fix of finding.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: {
          documentChanges: [
            {
              textDocument: { uri: document.uri, version: document.version },
              edits: fix.edits.map((edit) => ({
                range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
                newText: edit.newText,
              })),
            },
          ],
        },
      });
    }
  }
  return actions;
}
