// The `factcheck.*` settings as the server uses them. Whatever a client sends (nothing, null, a partial object,
// values of the wrong type) is read into a complete Settings value: a bad entry falls back to its default.
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Finding, type Severity } from '../checks/finding';

export type SeveritySetting = Severity | 'off';

export interface Settings {
  enable: boolean;
  /** Language ids checked. */
  languages: string[];
  /** Per-code severity overrides; codes not listed keep their default severity. */
  severity: Partial<Record<DiagnosticCode, SeveritySetting>>;
  useBuiltInReference: boolean;
  /** Reference JSON files, relative to the workspace folder. */
  referenceFiles: string[];
  /**
   * True when `referenceFiles` comes from the user's own settings, not the workspace's: only then may it name
   * files outside the workspace folder. The VS Code client sets it from where the value is defined.
   */
  referenceFilesFromUserSettings: boolean;
  /** Documents larger than this many bytes (UTF-8) are not checked. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  languages: ['markdown', 'plaintext'],
  severity: {},
  useBuiltInReference: true,
  referenceFiles: [],
  referenceFilesFromUserSettings: false,
  maxFileSize: 1_000_000,
});

const SEVERITY_SETTINGS = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);
const CODES = new Set<string>(DIAGNOSTIC_CODES);

export function readSettings(raw: unknown): Settings {
  const from = isObject(raw) ? raw : {};
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined);
  const severity: Settings['severity'] = {};
  if (isObject(from.severity)) {
    for (const [code, level] of Object.entries(from.severity)) {
      if (CODES.has(code) && typeof level === 'string' && SEVERITY_SETTINGS.has(level)) severity[code as DiagnosticCode] = level as SeveritySetting;
    }
  }
  return {
    enable: typeof from.enable === 'boolean' ? from.enable : DEFAULT_SETTINGS.enable,
    languages: strings(from.languages) ?? [...DEFAULT_SETTINGS.languages],
    severity,
    useBuiltInReference: typeof from.useBuiltInReference === 'boolean' ? from.useBuiltInReference : DEFAULT_SETTINGS.useBuiltInReference,
    referenceFiles: strings(from.referenceFiles)?.filter((file) => file.trim() !== '') ?? [],
    referenceFilesFromUserSettings: from.referenceFilesFromUserSettings === true,
    maxFileSize: typeof from.maxFileSize === 'number' && from.maxFileSize > 0 ? from.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
  };
}

/** The findings the writer asked to see, each with the severity the settings give its code. */
export function applySeverity(findings: readonly Finding[], settings: Settings): Finding[] {
  const shown: Finding[] = [];
  for (const finding of findings) {
    const level = settings.severity[finding.code] ?? finding.severity;
    if (level !== 'off') shown.push(level === finding.severity ? finding : { ...finding, severity: level });
  }
  return shown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
