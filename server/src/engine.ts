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
  return withoutSuppressed(verifiedAnywhere(findings, references.length), text, language).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** With several reference sets, a quotation is unverified only when none of them has it. */
function verifiedAnywhere(findings: Finding[], referenceCount: number): Finding[] {
  if (referenceCount < 2) return findings;
  const unverifiedCount = new Map<string, number>();
  const key = (f: Finding) => `${f.start}:${f.end}`;
  for (const f of findings) if (f.code === 'quote-unverified') unverifiedCount.set(key(f), (unverifiedCount.get(key(f)) ?? 0) + 1);
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (f.code !== 'quote-unverified') return true;
    if (unverifiedCount.get(key(f)) !== referenceCount || seen.has(key(f))) return false;
    seen.add(key(f));
    return true;
  });
}

export function languageOf(languageIdOrPath: string): DocumentLanguage {
  return /(^markdown$|\.(md|markdown|mdx)$)/i.test(languageIdOrPath) ? 'markdown' : 'plaintext';
}
