// Findings → LSP diagnostics. Pure conversion; no checking logic lives here.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { packageFile } from '../packageFiles';
import type { Finding, Severity } from '../checks/finding';

export const DIAGNOSTIC_SOURCE = 'factcheck';
/** The documentation shipped with the extension (docs/diagnostics.md), so the link works offline and in any editor. */
export const DOCS_URL = URI.file(packageFile('docs/diagnostics.md') ?? path.resolve('docs/diagnostics.md')).toString();

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries back to the server in code action requests. */
export interface DiagnosticData {
  refId?: string;
  /** Name of the reference set. */
  source?: string;
  /** The document version the diagnostic was computed for. */
  version: number;
}

export function diagnosticVersion(diagnostic: Diagnostic): number | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return typeof data?.version === 'number' ? data.version : undefined;
}

/** Reads article files once; positions in them are computed with the same TextDocument logic as drafts. */
export type ArticleResolver = (articlePath: string) => TextDocument | undefined;

export function toDiagnostic(document: TextDocument, finding: Finding, articles: ArticleResolver): Diagnostic {
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: `${DOCS_URL}#${finding.code}` },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: { refId: finding.refId, source: finding.source, version: document.version } satisfies DiagnosticData,
  };
  const article = finding.evidence && articles(finding.evidence.articlePath);
  if (finding.evidence && article) {
    diagnostic.relatedInformation = [
      {
        location: {
          uri: URI.file(finding.evidence.articlePath).toString(),
          range: { start: article.positionAt(finding.evidence.start), end: article.positionAt(finding.evidence.end) },
        },
        message: finding.evidence.message,
      },
    ];
  }
  return diagnostic;
}
