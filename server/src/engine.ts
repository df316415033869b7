// The checking engine: one call from text to findings. No editor dependency: the language server, the CLI
// and the tests all call checkText.
import { analyzeDocument } from './analysis/analyze';
import type { DocumentLanguage } from './analysis/document';
import { withoutSuppressed } from './analysis/suppressions';
import { CHECKS } from './checks/index';
import type { Finding } from './checks/finding';
import type { ReferenceIndex } from './reference/index';

export function checkText(text: string, language: DocumentLanguage, references: readonly ReferenceIndex[]): Finding[] {
  const findings: Finding[] = [];
  for (const reference of references) {
    const analysis = analyzeDocument(text, language, reference);
    for (const check of CHECKS) {
      for (const finding of check({ analysis, reference })) findings.push({ ...finding, source: reference.name });
    }
  }
  // Suppression comments are the writer's word on their own text: applied here so every caller honours them.
  return withoutSuppressed(findings, text, language).sort((a, b) => a.start - b.start || a.end - b.end);
}

export function languageOf(languageIdOrPath: string): DocumentLanguage {
  return /(^markdown$|\.(md|markdown|mdx)$)/i.test(languageIdOrPath) ? 'markdown' : 'plaintext';
}
