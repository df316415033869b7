// What every check returns. Offsets are UTF-16 indexes into the checked document's text.

export type DiagnosticCode =
  | 'quote-misattributed'
  | 'quote-altered'
  | 'outlet-mismatch'
  | 'quote-unverified'
  | 'name-misspelled'
  | 'title-mismatch'
  | 'date-mismatch'
  | 'number-mismatch';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const DEFAULT_SEVERITY: Record<DiagnosticCode, Severity> = {
  'quote-misattributed': 'error',
  'quote-altered': 'warning',
  'outlet-mismatch': 'warning',
  'quote-unverified': 'information',
  'name-misspelled': 'warning',
  'title-mismatch': 'warning',
  'date-mismatch': 'error',
  'number-mismatch': 'warning',
};

export const DIAGNOSTIC_CODES = Object.keys(DEFAULT_SEVERITY) as DiagnosticCode[];

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Only when this is the single right answer: fix-all applies preferred fixes and nothing else. */
  preferred: boolean;
}

/** Where in the reference article the finding's evidence is. */
export interface EvidenceLink extends Span {
  /** Absolute path of the reference article the offsets point into. */
  articlePath: string;
  message: string;
}

export interface Finding extends Span {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  fixes: Fix[];
  evidence?: EvidenceLink;
  /** Reference quote id or fact id the finding is about (hover and tests use it). */
  refId?: string;
  /** Name of the reference set the finding comes from (several can be loaded at once). */
  source?: string;
}

/** Where a rule found the draft in agreement with the reference set (see CheckContext.confirm). */
export interface Confirmation extends Span {
  code: DiagnosticCode;
}

/** The fix a finding offers first: its preferred one, else its first. */
export function mainFix(finding: Finding): Fix | undefined {
  return finding.fixes.find((fix) => fix.preferred) ?? finding.fixes[0];
}
