// The checking engine: one call from text to findings. No editor dependency: the language server, the CLI
// and the tests all call checkText.
//
// A document is checked window by window (analysis/windows.ts), and what a window says is cached by its text, so
// re-checking after an edit redoes only the windows the edit touched. The one thing a window cannot see alone,
// the document's main subject (DocumentAnalysis.subject), is counted per window and summed.
import { analyzeDocument, mostNamed, namedPeople, type DocumentAnalysis, type NameCount } from './analysis/analyze';
import type { DocumentLanguage } from './analysis/document';
import { withoutSuppressed } from './analysis/suppressions';
import { documentWindows, type DocumentWindow } from './analysis/windows';
import { CHECKS } from './checks/index';
import type { Finding, Span } from './checks/finding';
import type { ReferenceIndex } from './reference/index';
import { mergeSources } from './sources';
import { complete } from './steps';
import { memoTable } from './text/memo';

export function checkText(text: string, language: DocumentLanguage, references: readonly ReferenceIndex[]): Finding[] {
  return complete(checkInSteps(text, language, references));
}

/**
 * checkText one window at a time: the caller may pause between steps, so that checking a huge document never
 * holds up the language server's other requests, and stop early when the text has changed meanwhile.
 */
export function* checkInSteps(text: string, language: DocumentLanguage, references: readonly ReferenceIndex[]): Generator<void, Finding[]> {
  const windows = documentWindows(text, language);
  const perSet = [];
  for (const reference of references) perSet.push({ name: reference.name, findings: yield* checkWindows(text, windows, language, reference) });
  const findings = mergeSources(text, perSet, (changed, set) => complete(checkWindows(changed, documentWindows(changed, language), language, references[set])));
  // Suppression comments are the writer's word on their own text: applied here so every caller honours them.
  return withoutSuppressed(findings, text, language).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * What the checks read around `offset` (for hover cards): the analysis of the window owning it, whose offsets
 * count from `base`.
 */
export function analyzeAround(text: string, language: DocumentLanguage, reference: ReferenceIndex, offset: number): { analysis: DocumentAnalysis; base: number } {
  const windows = documentWindows(text, language);
  const window = windows.find((w) => offset < w.own.end) ?? windows[windows.length - 1];
  return { analysis: analyzeWindow(text.slice(window.start, window.end), window, language, reference), base: window.start };
}

/** A window's text (`slice`) read alone: only the first window starts where the document does. */
function analyzeWindow(slice: string, window: DocumentWindow, language: DocumentLanguage, reference: ReferenceIndex): DocumentAnalysis {
  return analyzeDocument(slice, language, reference, window.start === 0);
}

/** What one reference set says about the text. */
function* checkWindows(text: string, windows: readonly DocumentWindow[], language: DocumentLanguage, reference: ReferenceIndex): Generator<void, Finding[]> {
  const checks = windows.map((window) => new WindowCheck(text, window, language, reference));
  const named = new Map<string, NameCount>();
  for (const check of checks) {
    for (const [id, { count, first }] of check.named()) {
      const total = named.get(id);
      if (total) total.count += count;
      else named.set(id, { count, first });
    }
    yield;
  }
  const subject = mostNamed(named) ?? null;
  const findings: Finding[] = [];
  for (const check of checks) {
    findings.push(...check.findings(subject));
    yield;
  }
  return findings;
}

/**
 * Who each window names in its own part, and its findings by the document's subject, by the window's text: as
 * much as the windows of a 200,000-word draft, about 2.5 million characters.
 */
const WINDOW_CACHE = { entries: 20_000, size: { of: (key: string) => key.length, max: 4_000_000 } };
const namedInWindow = memoTable<string, [string, NameCount][]>(WINDOW_CACHE);
const windowFindings = memoTable<string, Map<string | null, Finding[]>>(WINDOW_CACHE);

/** One window of a document against one reference set; offsets in the cache are from the window's start. */
class WindowCheck {
  private readonly slice: string;
  private readonly own: Span;
  private readonly key: string;
  private analysis?: DocumentAnalysis;

  constructor(
    text: string,
    private readonly window: DocumentWindow,
    private readonly language: DocumentLanguage,
    private readonly reference: ReferenceIndex,
  ) {
    this.slice = text.slice(window.start, window.end);
    this.own = { start: window.own.start - window.start, end: window.own.end - window.start };
    this.key = `${reference.serial} ${language} ${window.start === 0} ${this.own.start} ${this.own.end} ${this.slice}`;
  }

  /** The people the window names in its own part: how often, and where first (in the document). */
  named(): [string, NameCount][] {
    const named = namedInWindow.get(this.key, () => [...namedPeople(this.analyse().mentions, this.own)]);
    return named.map(([id, { count, first }]) => [id, { count, first: first + this.window.start }]);
  }

  /** The findings starting in the window's own part, in document offsets. */
  findings(subject: string | null): Finding[] {
    const bySubject = windowFindings.get(this.key, () => new Map());
    let found = bySubject.get(subject);
    if (!found) {
      const analysis = { ...this.analyse(), subject: subject ?? undefined, reported: this.own };
      const { start, end } = this.own;
      const owned = (finding: Finding) => finding.start >= start && (finding.start < end || end === this.slice.length);
      found = CHECKS.flatMap((check) => check({ analysis, reference: this.reference }).filter(owned));
      bySubject.set(subject, found);
    }
    return found.map((finding) => ({ ...shifted(finding, this.window.start), source: this.reference.name }));
  }

  private analyse(): DocumentAnalysis {
    this.analysis ??= analyzeWindow(this.slice, this.window, this.language, this.reference);
    return this.analysis;
  }
}

function shifted(finding: Finding, by: number): Finding {
  if (by === 0) return { ...finding };
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: edit.start + by, end: edit.end + by })) })),
  };
}

export function languageOf(languageIdOrPath: string): DocumentLanguage {
  return /(^markdown$|\.(md|markdown|mdx)$)/i.test(languageIdOrPath) ? 'markdown' : 'plaintext';
}
