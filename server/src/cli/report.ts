// Findings → what the CLI prints: linter-style text, JSON, or SARIF 2.1.0 (for code-scanning tools).
// Lines and columns are 1-based; columns count UTF-16 code units, as editors and SARIF's default columnKind do.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES, type DiagnosticCode, type Finding, type Fix, type Severity, type Span, type TextEdit } from '../checks/finding';
import { version } from '../../../package.json';

export interface Located {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type LocatedEdit = TextEdit & Located;

export interface LocatedFix extends Omit<Fix, 'edits'> {
  edits: LocatedEdit[];
}

export interface LocatedFinding extends Omit<Finding, 'fixes'>, Located {
  fixes: LocatedFix[];
}

export interface FileReport {
  /** The file as the user named it (or as the glob found it). */
  file: string;
  findings: LocatedFinding[];
}

/** Adds 1-based line/column positions to findings in `text`, and to their fixes' edits. */
export function locate(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const document = TextDocument.create('file:///draft', 'plaintext', 0, text);
  const span = ({ start, end }: Span): Located => {
    const from = document.positionAt(start);
    const to = document.positionAt(end);
    return { line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
  };
  return findings.map((finding) => ({
    ...finding,
    ...span(finding),
    fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, ...span(edit) })) })),
  }));
}

// ---- text ----

export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const { file, findings } of reports) {
    for (const f of findings) {
      // With several reference sets, the message itself names the set(s) a finding comes from.
      lines.push(`${file}:${f.line}:${f.column} ${f.severity} ${f.code} ${oneLine(f.message)}`);
    }
  }
  lines.push(summary(reports));
  return lines.join('\n') + '\n';
}

function summary(reports: readonly FileReport[]): string {
  const files = plural(reports.length, 'file');
  const all = reports.flatMap((r) => r.findings);
  if (all.length === 0) return `No findings in ${files}.`;
  const bySeverity = (['error', 'warning', 'information', 'hint'] as Severity[])
    .map((severity) => ({ severity, count: all.filter((f) => f.severity === severity).length }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => (severity === 'information' ? `${count} information` : plural(count, severity)));
  return `${plural(all.length, 'finding')} (${bySeverity.join(', ')}) in ${files}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function oneLine(message: string): string {
  return message.replace(/(?<!\s)\s*\n\s*/g, ' ');
}

// ---- JSON ----

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports, null, 2) + '\n';
}

// ---- SARIF 2.1.0 ----

const RULE_DESCRIPTIONS: Record<DiagnosticCode, string> = {
  'quote-misattributed': 'A quote put in the wrong person’s mouth.',
  'quote-altered': 'A quote whose words differ from the source.',
  'outlet-mismatch': 'Words reported as given to a different outlet than the source says.',
  'quote-unverified': 'A quotation found nowhere in the reference sets.',
  'name-misspelled': 'A misspelled name of a person or organisation in the reference.',
  'title-mismatch': 'A title or role the reference does not give that person.',
  'date-mismatch': 'A date that disagrees with the reference.',
  'number-mismatch': 'A number that disagrees with the reference.',
};

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** `cwd` is the base the artifact URIs are relative to (%SRCROOT%). */
export function formatSarif(reports: readonly FileReport[], cwd: string): string {
  const artifact = (file: string) => {
    const relative = path.relative(cwd, path.resolve(cwd, file));
    const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    return inside
      ? { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
      : { uri: pathToFileURL(path.resolve(cwd, file)).href };
  };
  const results = reports.flatMap(({ file, findings }) => {
    const location = artifact(file);
    return findings.map((finding) => ({
      ruleId: finding.code,
      ruleIndex: DIAGNOSTIC_CODES.indexOf(finding.code),
      level: SARIF_LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(finding) } }],
      ...(finding.evidence && {
        relatedLocations: [
          {
            id: 1,
            message: { text: finding.evidence.message },
            physicalLocation: {
              artifactLocation: { uri: pathToFileURL(finding.evidence.articlePath).href },
              region: { charOffset: finding.evidence.start, charLength: finding.evidence.end - finding.evidence.start },
            },
          },
        ],
      }),
      ...(finding.fixes.length > 0 && { fixes: finding.fixes.map((fix) => sarifFix(fix, location)) }),
      ...(finding.source && { properties: { referenceSet: finding.source, ...(finding.refId && { referenceId: finding.refId }) } }),
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factcheck',
            version,
            rules: DIAGNOSTIC_CODES.map((code) => ({
              id: code,
              name: code.replace(/(^|-)(\w)/g, (_, _dash, ch: string) => ch.toUpperCase()),
              shortDescription: { text: RULE_DESCRIPTIONS[code] },
              defaultConfiguration: { level: SARIF_LEVEL[DEFAULT_SEVERITY[code]] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function region(located: Located) {
  return { startLine: located.line, startColumn: located.column, endLine: located.endLine, endColumn: located.endColumn };
}

function sarifFix(fix: LocatedFix, location: object) {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit), insertedContent: { text: edit.newText } })),
      },
    ],
  };
}
