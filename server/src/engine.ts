// The checking engine: one call from text to findings. No editor dependency: the language server, the CLI
// and the tests all call checkText.
import { analyzeDocument } from './analysis/analyze';
import type { DocumentLanguage } from './analysis/document';
import { withoutSuppressed } from './analysis/suppressions';
import { CHECKS } from './checks/index';
import type { Finding } from './checks/finding';
import type { ReferenceIndex } from './reference/index';
import { mergeSources } from './sources';

export function checkText(text: string, language: DocumentLanguage, references: readonly ReferenceIndex[]): Finding[] {
  const perSet = references.map((reference) => ({ name: reference.name, findings: checkAgainst(text, language, reference) }));
  const findings = mergeSources(text, perSet, (changed, set) => checkAgainst(changed, language, references[set]));
  // Suppression comments are the writer's word on their own text: applied here so every caller honours them.
  return withoutSuppressed(findings, text, language).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What one reference set says about the text. */
function checkAgainst(text: string, language: DocumentLanguage, reference: ReferenceIndex): Finding[] {
  const analysis = analyzeDocument(text, language, reference);
  return CHECKS.flatMap((check) => check({ analysis, reference }).map((finding) => ({ ...finding, source: reference.name })));
}

export function languageOf(languageIdOrPath: string): DocumentLanguage {
  return /(^markdown$|\.(md|markdown|mdx)$)/i.test(languageIdOrPath) ? 'markdown' : 'plaintext';
}
