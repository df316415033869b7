// The checking engine: one call from text to findings. No editor dependency: the language server, the CLI
// and the tests all call checkText.
//
// A document is checked window by window (analysis/windows.ts), and what a window says is cached by its text, so
// re-checking after an edit redoes only the windows the edit touched. The one thing a window cannot see alone,
// the document's main subject (DocumentAnalysis.subject), is counted per window and summed.
import { analyzeDocument, mostNamed, namedPeople, readMentions, type DocumentAnalysis, type NameCount } from './analysis/analyze';
import type { DocumentLanguage } from './analysis/document';
import { withoutSuppressed } from './analysis/suppressions';
import { documentWindows, type DocumentWindow } from './analysis/windows';
import { RULES, type Rule } from './checks/index';
import type { Finding, Span } from './checks/finding';
import type { ReferenceIndex } from './reference/index';
import { mergeSources, type Wanted } from './sources';
import { complete } from './steps';
import { detachedCopy, memoTable } from './text/memo';
import { spansKey } from './text/spans';

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
  const subjects: (string | null)[] = [];
  for (const reference of references) {
    const checks = windowChecks(text, windows, language, reference);
    const subject = yield* documentSubject(checks);
    subjects.push(subject);
    perSet.push({ name: reference.name, findings: yield* checkWindows(checks, subject) });
  }
  // A set asked about the draft with another set's fixes in it reads it as about the draft's subject: the fixes
  // are hypothetical, and counting names again would read every window of the changed text.
  const findings = mergeSources(text, perSet, (changed, set, wanted) => checkOneSet(changed, language, references[set], wanted, subjects[set]));
  // Suppression comments are the writer's word on their own text: applied here so every caller honours them.
  return withoutSuppressed(findings, text, language).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * What one reference set reports about the text (no merging of sets, no suppression comments): everything, or at
 * least the findings `wanted`, which alone are looked for. The document's subject is counted unless given.
 */
export function checkOneSet(text: string, language: DocumentLanguage, reference: ReferenceIndex, wanted?: Wanted, subject?: string | null): Finding[] {
  const checks = windowChecks(text, documentWindows(text, language), language, reference);
  return complete(checkWindows(checks, subject !== undefined ? subject : complete(documentSubject(checks)), wanted));
}

/**
 * What the checks read around `offset` (for hover cards), against each reference set: the analysis of the window
 * owning it, whose offsets count from `base`.
 */
export function analyzeAround(text: string, language: DocumentLanguage, references: readonly ReferenceIndex[], offset: number): { reference: ReferenceIndex; analysis: DocumentAnalysis; base: number }[] {
  const windows = documentWindows(text, language);
  const window = windows.find((w) => offset < w.own.end) ?? windows[windows.length - 1];
  const slice = detachedCopy(text.slice(window.start, window.end));
  return references.map((reference) => ({ reference, analysis: analyzeWindow(slice, window, language, reference), base: window.start }));
}

/** A window's text (`slice`) read alone: only the first window starts where the document does. */
function analyzeWindow(slice: string, window: DocumentWindow, language: DocumentLanguage, reference: ReferenceIndex): DocumentAnalysis {
  return analyzeDocument(slice, language, reference, window.start === 0);
}

function windowChecks(text: string, windows: readonly DocumentWindow[], language: DocumentLanguage, reference: ReferenceIndex): WindowCheck[] {
  return windows.map((window) => new WindowCheck(text, window, language, reference));
}

/** The person the document names most (see DocumentAnalysis.subject), counted window by window. */
function* documentSubject(checks: readonly WindowCheck[]): Generator<void, string | null> {
  const named = new Map<string, NameCount>();
  for (const check of checks) {
    for (const [id, { count, first }] of check.named()) {
      const total = named.get(id);
      if (total) total.count += count;
      else named.set(id, { count, first });
    }
    yield;
  }
  return mostNamed(named) ?? null;
}

/** What one reference set says about the text: everything, or what is `wanted` and perhaps more. */
function* checkWindows(checks: readonly WindowCheck[], subject: string | null, wanted?: Wanted): Generator<void, Finding[]> {
  const rules = wanted ? RULES.filter((rule) => wanted.has(rule.code)) : RULES;
  const findings: Finding[] = [];
  for (const check of checks) {
    for (const rule of rules) {
      const spots = wanted && check.spotsWithin(wanted.get(rule.code) ?? []);
      if (spots?.length === 0) continue;
      findings.push(...check.findings(subject, rule, spots));
    }
    // What a check keeps alive is copied by every garbage collection of the young generation meanwhile.
    check.release();
    yield;
  }
  return findings;
}

/** What is known of a window: whom its own part names, and its findings by `findingsKey`. */
interface WindowEntry {
  named?: [string, NameCount][];
  findings: Map<string, Finding[]>;
}

/**
 * Windows by their text (as much as the windows of a 200,000-word draft, about 2.5 million characters), then by
 * the rest of what they are checked with (`WindowCheck.context`). Looked up with the window's slice of the document
 * (a key joining it with the rest was a new string to copy and hash for every window of every check), and kept as a
 * copy of it, so the cache does not keep the document.
 */
const windowCache = memoTable<string, Map<string, WindowEntry>>({ entries: 20_000, size: { of: (key) => key.length, max: 4_000_000 }, storedKey: detachedCopy });

/** One window of a document against one reference set; offsets in the cache are from the window's start. */
class WindowCheck {
  private readonly slice: string;
  private readonly own: Span;
  /** The reference set, language, start and own part the window is checked with. */
  private readonly context: string;
  private analysis?: DocumentAnalysis;
  /** The analyses the rules read, by subject and reported part. */
  private readonly analyses = new Map<string, DocumentAnalysis>();

  constructor(
    text: string,
    private readonly window: DocumentWindow,
    private readonly language: DocumentLanguage,
    private readonly reference: ReferenceIndex,
  ) {
    this.slice = text.slice(window.start, window.end);
    this.own = { start: window.own.start - window.start, end: window.own.end - window.start };
    this.context = `${reference.serial} ${language} ${window.start === 0} ${this.own.start} ${this.own.end}`;
  }

  private entry(): WindowEntry {
    const byContext = windowCache.get(this.slice, () => new Map());
    let entry = byContext.get(this.context);
    if (!entry) {
      entry = { findings: new Map() };
      byContext.set(this.context, entry);
    }
    return entry;
  }

  /** The people the window names in its own part: how often, and where first (in the document). */
  named(): [string, NameCount][] {
    const entry = this.entry();
    const named = (entry.named ??= [...namedPeople(this.mentions(), this.own)]);
    return named.map(([id, { count, first }]) => [id, { count, first: first + this.window.start }]);
  }

  /**
   * The spots (in document offsets) that a finding starting in the window's own part may overlap, in window offsets
   * and in order.
   */
  spotsWithin(spots: readonly Span[]): Span[] {
    const { start, end, own } = this.window;
    // A spot ending before the own part (in the lead-in) cannot overlap a finding that starts in it.
    return spots
      .filter((spot) => spot.start < end && own.start < Math.max(spot.end, spot.start + 1))
      .map((spot) => ({ start: Math.max(spot.start, start) - start, end: Math.max(Math.min(spot.end, end), spot.start + 1) - start }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /**
   * The findings of `rule` starting in the window's own part, in document offsets: all of them, or, given
   * `spots` (in window offsets), at least those overlapping one (only the rules' values there are read).
   */
  findings(subject: string | null, rule: Rule, spots?: readonly Span[]): Finding[] {
    const cached = this.entry().findings;
    const all = findingsKey(subject, rule);
    const key = spots ? findingsKey(subject, rule, spots) : all;
    let ruleFindings = cached.get(all) ?? cached.get(key);
    if (!ruleFindings) {
      ruleFindings = this.check(rule, subject, spots ?? [this.own]);
      cached.set(key, ruleFindings);
    }
    return ruleFindings.map((finding) => ({ ...shifted(finding, this.window.start), source: this.reference.name }));
  }

  /** A rule's findings about values in `reported` (window offsets) that start in the window's own part. */
  private check(rule: Rule, subject: string | null, reported: readonly Span[]): Finding[] {
    // One analysis per subject and part for all rules: what rules read once per analysis (dates, fact matching)
    // is shared.
    const key = `${subject} ${spansKey(reported)}`;
    let analysis = this.analyses.get(key);
    if (!analysis) {
      analysis = { ...this.analyse(), subject: subject ?? undefined, reported };
      this.analyses.set(key, analysis);
    }
    const { start, end } = this.own;
    return rule.check({ analysis, reference: this.reference }).filter((finding) => finding.start >= start && (finding.start < end || end === this.slice.length));
  }

  /** Lets go of what the rules read, once they have all run. */
  release(): void {
    this.analysis = undefined;
    this.analyses.clear();
  }

  private analyse(): DocumentAnalysis {
    this.analysis ??= analyzeWindow(detachedCopy(this.slice), this.window, this.language, this.reference);
    return this.analysis;
  }

  private mentions() {
    return this.analysis?.mentions ?? readMentions(detachedCopy(this.slice), this.language, this.reference, this.window.start === 0);
  }
}

/** What a window's findings are cached under: the subject, the rule, and the spots read (all of the own part by default). */
function findingsKey(subject: string | null, rule: Rule, spots?: readonly Span[]): string {
  return `${subject ?? ''} ${rule.code}${spots ? ` ${spansKey(spots)}` : ''}`;
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
