// The checking engine: one call from text to findings. No editor dependency: the language server, the CLI
// and the tests all call checkText.
//
// A document is checked window by window (analysis/windows.ts), and what a window says is cached by its text, so
// re-checking after an edit redoes only the windows the edit touched. What a window cannot see alone, the
// document's main subject (DocumentAnalysis.subject, counted per window and summed), its dateline
// (DocumentAnalysis.dateline, read from its top) and its headline's dates (DocumentAnalysis.headline), is found for
// the whole document and given to every window.
import { analyzeProse, describableSubject, headlineOf, mostNamed, namedPeople, readProse, type DocumentAnalysis, type NameCount, type ProseReading } from './analysis/analyze';
import type { Mention } from './analysis/mentions';
import { readParts, type DocumentLanguage, type ProsePart } from './analysis/document';
import { bracketedInitials, definedInitials, mentionsWithInitials } from './analysis/initials';
import { withoutSuppressed } from './analysis/suppressions';
import type { CalendarFields } from './analysis/dates';
import { datelineOf, headlineDatesOf } from './analysis/dateline';
import { soleHoldersNamed } from './analysis/sentenceFrames';
import { documentChunks, documentWindows, type DocumentWindow } from './analysis/windows';
import { RULES, type Rule } from './checks/index';
import type { Confirmation, Finding, Span } from './checks/finding';
import type { ReferenceIndex } from './reference/index';
import { mergeSources, type SetFindings } from './sources';
import { complete } from './steps';
import { detachedCopy, memoTable } from './text/memo';

export function checkText(text: string, language: DocumentLanguage, references: readonly ReferenceIndex[]): Finding[] {
  return complete(checkInSteps(text, language, references));
}

/**
 * checkText one window at a time: the caller may pause between steps, so that checking a huge document never
 * holds up the language server's other requests, and stop early when the text has changed meanwhile.
 */
export function* checkInSteps(text: string, language: DocumentLanguage, references: readonly ReferenceIndex[]): Generator<void, Finding[]> {
  const chunks = documentChunks(text, language);
  const windows = documentWindows(text, language, chunks);
  const dateline = datelineOf(text, language, chunks);
  const headline = headlineDatesOf(text, language, chunks);
  // A window's text as the caches keep it (see detachedCopy), copied once for every use of this check.
  const copies: string[] = [];
  const copyOf = (w: number) => (copies[w] ??= detachedCopy(text.slice(windows[w].start, windows[w].end)));
  const definitions = bracketedInitials(text);
  const checks = references.map((reference) => {
    const initials = definedInitials(definitions, reference);
    return windows.map((window, w) => new WindowCheck(text, window, language, reference, initials, () => copyOf(w)));
  });
  const wholes: WholeDocument[] = [];
  for (const [set, setChecks] of checks.entries()) wholes.push(wholeDocument(yield* namedInDocument(setChecks), references[set], dateline, headline));
  const found = references.map(() => ({ findings: [] as Finding[], confirmed: [] as Confirmation[] }));
  // A batch of windows at a time, rule by rule over its windows rather than window by window: the same code over
  // different text keeps the processor's caches warm (a 2,000-word draft checked 17% faster). A window's prose is
  // read once for every set, and what the batch read is let go of after it.
  for (const batch of checkingBatches(windows, references.length)) {
    const readings: ProseReading[] = [];
    const prose = (w: number) => () => (readings[w] ??= readProse(copyOf(w), language, windows[w].start === 0));
    for (const [set, setChecks] of checks.entries()) {
      const results = RULES.map((rule) => batch.map((w) => setChecks[w].result(wholes[set], rule, prose(w))));
      // In window order, each window's in rule order, as a check window by window would give them.
      for (const [i] of batch.entries()) {
        for (const byWindow of results) {
          found[set].findings.push(...byWindow[i].findings);
          found[set].confirmed.push(...byWindow[i].confirmed);
        }
      }
      // What a check keeps alive is copied by every garbage collection of the young generation meanwhile.
      for (const w of batch) setChecks[w].release();
      // Each set's share of a batch is a step of its own: a step's length stays that of one set's checks.
      yield;
    }
  }
  const findings = mergeSources(references.map((reference, set): SetFindings => ({ name: reference.name, ...found[set] })));
  // Suppression comments are the writer's word on their own text: applied here so every caller honours them.
  return withoutSuppressed(findings, text, language).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Own text checked in one batch (see checkInSteps), shared out among the reference sets: about 1,300 words for
 * one set, long enough for the caches to stay warm (a 2,000-word draft checked in two batches as fast as in one),
 * short enough that a step of a huge draft's check stays well under the server's turn (16,000 characters made
 * steps of up to 45 ms; 8,000 for each of two sets, up to 61 ms). Each set's share is a step of its own: two sets'
 * shares in one step made steps of up to 85 ms.
 */
const BATCH_CHARACTERS = 8_000;

/** Runs of consecutive windows (their indexes) owning about BATCH_CHARACTERS in all, shared out among `sets`. */
export function checkingBatches(windows: readonly DocumentWindow[], sets: number): number[][] {
  const characters = BATCH_CHARACTERS / Math.max(1, sets);
  const runs: number[][] = [];
  let run: number[] = [];
  for (const [w, window] of windows.entries()) {
    run.push(w);
    if (window.own.end - windows[run[0]].own.start < characters && w + 1 < windows.length) continue;
    runs.push(run);
    run = [];
  }
  return runs;
}

/**
 * What the checks read around `offset` (for hover cards), against each reference set: the analysis of the window
 * owning it, whose offsets count from `base`.
 */
export function analyzeAround(text: string, language: DocumentLanguage, references: readonly ReferenceIndex[], offset: number): { reference: ReferenceIndex; analysis: DocumentAnalysis; base: number }[] {
  const windows = documentWindows(text, language);
  const window = windows.find((w) => offset < w.own.end) ?? windows[windows.length - 1];
  const reading = readProse(detachedCopy(text.slice(window.start, window.end)), language, window.start === 0);
  const definitions = bracketedInitials(text);
  return references.map((reference) => ({ reference, analysis: analyzeProse(reading, reference, mentionsWithInitials(reading.parts, reference, definedInitials(definitions, reference))), base: window.start }));
}

/** Whom the document names, and how often, counted window by window (see DocumentAnalysis.subject). */
function* namedInDocument(checks: readonly WindowCheck[]): Generator<void, Map<string, NameCount>> {
  const named = new Map<string, NameCount>();
  for (const check of checks) {
    for (const [id, { count, first }] of check.named()) {
      const total = named.get(id);
      if (total) total.count += count;
      else named.set(id, { count, first });
    }
    yield;
  }
  return named;
}

/** What the windows are checked with of the whole document, and a key for it. */
interface WholeDocument {
  /** Whom the document names, and how often: its subject is whom it names most (see analyzeProse). */
  named: ReadonlyMap<string, NameCount>;
  dateline?: CalendarFields;
  headline: readonly CalendarFields[];
  holdersNamed: ReadonlyMap<string, string>;
  key: string;
}

function wholeDocument(named: Map<string, NameCount>, reference: ReferenceIndex, dateline: CalendarFields | undefined, headline: readonly CalendarFields[]): WholeDocument {
  const subject = mostNamed(named, reference.protagonist);
  const fields = (date: CalendarFields) => `${date.year ?? ''}-${date.month ?? ''}-${date.day ?? ''}-${date.weekday ?? ''}`;
  // (Keyed by the holders only, not by everyone named: naming someone new re-checks every window only when it changes them.)
  const holdersNamed = soleHoldersNamed(reference, named.keys());
  const holders = [...holdersNamed].map(([head, id]) => `${head}=${id}`).join(',');
  return { named, dateline, headline, holdersNamed, key: `${subject ?? ''} ${describableSubject(named, subject) ?? ''} ${dateline ? fields(dateline) : ''} ${headline.map(fields).join(',')} ${holders}` };
}

/** A rule's findings in a window, and where the window agrees with the reference set. */
interface RuleResult {
  findings: Finding[];
  confirmed: Confirmation[];
}

/** What is known of a window: whom its own part names, and each rule's result by what it was checked with of the whole document. */
interface WindowEntry {
  named?: [string, NameCount][];
  results: Map<string, RuleResult>;
}

/** A window's text as the cache keeps it (a copy, so the cache does not keep the document), and its entries by context. */
interface WindowSlot {
  text: string;
  byContext: Map<string, WindowEntry>;
}

/**
 * Windows by their length and hash (`DocumentWindow.hash`; its length leads the key, so the table's size is the
 * characters of the windows kept: as much as the windows of a 200,000-word draft, about 2.5 million), then by their
 * text, compared only on a hit (looking the texts up as keys hashed each one at every check), then by the rest of
 * what they are checked with (`WindowCheck.context`).
 */
const windowCache = memoTable<string, WindowSlot[]>({ entries: 20_000, size: { of: (key) => parseInt(key, 10), max: 4_000_000 } });

/** One window of a document against one reference set; offsets in the cache are from the window's start. */
class WindowCheck {
  private readonly slice: string;
  private readonly own: Span;
  /** The reference set, language, start and own part the window is checked with. */
  private readonly context: string;
  private cached?: WindowEntry;
  /** The analyses the rules read, by what they are given of the whole document. */
  private readonly analyses = new Map<string, DocumentAnalysis>();
  /** Whom the window names, when counting names read it: the analyses start from it. */
  private mentionsRead?: Mention[];

  constructor(
    text: string,
    private readonly window: DocumentWindow,
    private readonly language: DocumentLanguage,
    private readonly reference: ReferenceIndex,
    /** Initials the whole document defines for people (see initials.ts). */
    private readonly initials: ReadonlyMap<string, string>,
    /** The window's text, copied so that the caches keep nothing else of the document. */
    private readonly detached: () => string,
  ) {
    this.slice = text.slice(window.start, window.end);
    this.own = { start: window.own.start - window.start, end: window.own.end - window.start };
    this.context = `${reference.serial} ${language} ${window.start === 0} ${this.own.start} ${this.own.end} ${[...initials].join(',')}`;
  }

  /** Looked up once per check: every lookup compares the window's text with the text kept. */
  private entry(): WindowEntry {
    if (this.cached) return this.cached;
    const slots = windowCache.get(`${this.slice.length}:${this.window.hash}`, () => []);
    let slot = slots.find((kept) => kept.text === this.slice);
    if (!slot) {
      slot = { text: this.detached(), byContext: new Map() };
      slots.push(slot);
    }
    const { byContext } = slot;
    let entry = byContext.get(this.context);
    if (!entry) {
      entry = { results: new Map() };
      byContext.set(this.context, entry);
    }
    this.cached = entry;
    return entry;
  }

  /** The people the window names in its own part: how often, and where first (in the document). */
  named(): [string, NameCount][] {
    const entry = this.entry();
    const named = (entry.named ??= [...namedPeople((this.mentionsRead = this.mentions()), this.own, this.window.start === 0 ? headlineOf(this.slice, this.language) : undefined)]);
    return named.map(([id, { count, first }]) => [id, { count, first: first + this.window.start }]);
  }

  /**
   * `rule`'s findings starting in the window's own part, and where it agrees there, in document offsets; `prose` is
   * the window's prose, read only if the result is not cached.
   */
  result(whole: WholeDocument, rule: Rule, prose: () => ProseReading): RuleResult {
    const results = this.entry().results;
    const key = `${whole.key} ${rule.code}`;
    let result = results.get(key);
    if (!result) {
      result = this.check(rule, whole, prose);
      results.set(key, result);
    }
    const { start } = this.window;
    return {
      findings: result.findings.map((finding) => ({ ...shifted(finding, start), source: this.reference.name })),
      confirmed: result.confirmed.map((c) => ({ code: c.code, start: c.start + start, end: c.end + start })),
    };
  }

  /** What a rule reports and confirms in the window's own part (window offsets). */
  private check(rule: Rule, whole: WholeDocument, prose: () => ProseReading): RuleResult {
    // One analysis for all rules: what rules read once per analysis (dates, fact matching) is shared.
    let analysis = this.analyses.get(whole.key);
    if (!analysis) {
      const reading = prose();
      analysis = { ...analyzeProse(reading, this.reference, this.mentionsRead ?? this.mentionsIn(reading.parts), whole.named), dateline: whole.dateline, headline: whole.headline, holdersNamed: whole.holdersNamed, reported: this.own };
      this.analyses.set(whole.key, analysis);
    }
    const { start, end } = this.own;
    const startsInOwnPart = (span: Span) => span.start >= start && (span.start < end || end === this.slice.length);
    const confirmed: Confirmation[] = [];
    const confirm = (span: Span) => {
      if (startsInOwnPart(span)) confirmed.push({ code: rule.code, start: span.start, end: span.end });
    };
    return { findings: rule.check({ analysis, reference: this.reference, confirm }).filter(startsInOwnPart), confirmed };
  }

  /** Lets go of what the rules read, once they have all run. */
  release(): void {
    this.analyses.clear();
    this.mentionsRead = undefined;
  }

  private mentions() {
    // The copy: the chunk cache keeps the texts its chunks were cut from.
    return this.mentionsIn(readParts(this.detached(), this.language, this.window.start === 0));
  }

  private mentionsIn(parts: readonly ProsePart[]) {
    return mentionsWithInitials(parts, this.reference, this.initials);
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
