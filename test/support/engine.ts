// Helpers for engine tests: load a reference set, check a draft, apply a fix.
import * as path from 'node:path';
import { checkText } from '../../server/src/engine';
import type { Finding, Fix } from '../../server/src/checks/finding';
import { ReferenceIndex } from '../../server/src/reference/index';
import { loadBuiltInReference, loadReferenceFile } from '../../server/src/reference/loader';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

let builtIn: ReferenceIndex | undefined;
export function builtInReference(): ReferenceIndex {
  builtIn ??= new ReferenceIndex(loadBuiltInReference());
  return builtIn;
}

const loaded = new Map<string, ReferenceIndex>();
export function fixtureReference(relativePath: string): ReferenceIndex {
  const file = path.join(FIXTURES, relativePath);
  let index = loaded.get(file);
  if (!index) {
    index = new ReferenceIndex(loadReferenceFile(file));
    loaded.set(file, index);
  }
  return index;
}

export function check(text: string, reference: ReferenceIndex = builtInReference(), language: 'markdown' | 'plaintext' = 'markdown'): Finding[] {
  return checkText(text, language, [reference]);
}

/** Findings a writer is warned about (errors and warnings), as "code: flagged text". */
export function reported(text: string, findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

export function applyFix(text: string, fix: Fix): string {
  let out = text;
  for (const edit of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

export function preferredFix(finding: Finding): Fix {
  const fix = finding.fixes.find((f) => f.preferred) ?? finding.fixes[0];
  if (!fix) throw new Error(`no fix for ${finding.code}: ${finding.message}`);
  return fix;
}
