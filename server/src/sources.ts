// Several reference sets at once: the findings each set reports about a draft become what the writer sees.
// With one set nothing changes. With several, every finding says which set it comes from ("— per <set>"); two
// sets reporting the same thing give one finding; and when the sets disagree the message says so:
// - both report the same spot with different corrections ("— per A; B has it as “Y”"), or
// - one reports it and another holds the draft's version ("— per A; B has it as the draft does").
// The second case is found by asking the silent set about the draft with the reporting set's fix applied: if
// that set then objects, it had another version, usually the draft's. When sets disagree no fix is preferred
// (fix-all must not take sides); each set's fix is offered under its name.
import type { DiagnosticCode, Finding, Fix, Span, TextEdit } from './checks/finding';
import { pushTo } from './text/lists';
import { countWhile } from './text/spans';

export interface SetFindings {
  /** The reference set's name. */
  name: string;
  findings: Finding[];
}

/**
 * Checks `text` against the set at `setIndex` alone (no merging, no suppression comments), for the findings
 * `wanted`: the others may be left out.
 */
export type CheckOne = (text: string, setIndex: number, wanted: Wanted) => Finding[];

/** Findings of each code overlapping one of its spots. */
export type Wanted = ReadonlyMap<DiagnosticCode, readonly Span[]>;

/** Findings of several sets about one spot of the draft (same code, overlapping spans), one per set at most. */
interface Group {
  /** In set order: the first is the group's voice (its span, evidence and source). */
  members: { set: number; finding: Finding }[];
  /** Sets that reported nothing here but object to the first member's correction, and what they say instead. */
  objections: { set: number; says: string }[];
}

export function mergeSources(text: string, perSet: readonly SetFindings[], checkOne: CheckOne): Finding[] {
  if (perSet.length < 2) return perSet.flatMap((set) => set.findings);
  const groups = groupBySpot(perSet);
  for (let set = 0; set < perSet.length; set++) findObjections(text, groups, set, checkOne);
  return groups.flatMap((group) => {
    const leader = group.members[0].finding;
    if (leader.code !== 'quote-unverified') return [merged(group, perSet)];
    // A quotation is unverified only when no set has it.
    if (group.members.length < perSet.length) return [];
    return [{ ...leader, message: `Unverified quote: these words are in none of the ${perSet.length} reference sets.` }];
  });
}

/** One sweep over every set's findings in span order; a finding joins an open group of its code that it overlaps. */
function groupBySpot(perSet: readonly SetFindings[]): Group[] {
  const all = perSet.flatMap(({ findings }, set) => findings.map((finding) => ({ set, finding })));
  all.sort((a, b) => a.finding.start - b.finding.start || a.set - b.set);
  const groups: Group[] = [];
  const open = new Map<string, Group[]>();
  for (const member of all) {
    const { code, start } = member.finding;
    const candidates = (open.get(code) ?? []).filter((g) => g.members[0].finding.end >= start);
    const group = candidates.find((g) => overlaps(g.members[0].finding, member.finding) && !g.members.some((m) => m.set === member.set));
    if (group) group.members.push(member);
    else {
      const created = { members: [member], objections: [] };
      groups.push(created);
      candidates.push(created);
    }
    open.set(code, candidates);
  }
  for (const group of groups) group.members.sort((a, b) => a.set - b.set);
  return groups;
}

/**
 * Applies the fixes of the groups `set` is silent about to the draft, all at once, and checks the result against
 * `set`. An objection of the same code at a group's spot means the set has another version: the draft's, when
 * the objection would put back what the draft says.
 */
function findObjections(text: string, groups: readonly Group[], set: number, checkOne: CheckOne) {
  const applied: { group: Group; edits: TextEdit[] }[] = [];
  let takenEnd = -1;
  const candidates = groups
    .filter((group) => !group.members.some((m) => m.set === set))
    .flatMap((group) => {
      const fix = singleRightFix(group.members[0].finding);
      return fix && fix.edits.length > 0 ? [{ group, edits: [...fix.edits].sort((a, b) => a.start - b.start) }] : [];
    })
    .sort((a, b) => a.edits[0].start - b.edits[0].start);
  for (const candidate of candidates) {
    if (candidate.edits[0].start < takenEnd) continue;
    applied.push(candidate);
    takenEnd = Math.max(...candidate.edits.map((e) => e.end));
  }
  if (applied.length === 0) return;
  const shifts = new EditMap(applied.flatMap((a) => a.edits));
  const asked = applied.map(({ group, edits }) => {
    const finding = group.members[0].finding;
    return { group, edits, finding, spot: { start: shifts.map(finding.start), end: shifts.map(finding.end) } };
  });
  // Only an objection of the same code at the spot counts: the rest of a check need not be made.
  const wanted = new Map<DiagnosticCode, Span[]>();
  for (const { finding, spot } of asked) pushTo(wanted, finding.code, spot);
  const objections = new SpanIndex(checkOne(shifts.apply(text), set, wanted));
  for (const { group, edits, finding, spot } of asked) {
    const objection = objections.find(spot, (o) => o.code === finding.code);
    if (!objection) continue;
    const drafted = edits.length === 1 ? text.slice(edits[0].start, edits[0].end) : undefined;
    group.objections.push({ set, says: replacementOf(objection) === drafted ? 'has it as the draft does' : correctionOf(objection) });
  }
}

function merged(group: Group, perSet: readonly SetFindings[]): Finding {
  const leader = group.members[0].finding;
  const setNames = (sets: number[]) => names(sets.map((set) => perSet[set].name));
  // Members with the same correction speak with one voice.
  const voices: { sets: number[]; finding: Finding }[] = [];
  for (const { set, finding } of group.members) {
    const voice = voices.find((v) => correctionKey(v.finding) === correctionKey(finding));
    if (voice) voice.sets.push(set);
    else voices.push({ sets: [set], finding });
  }
  const [first, ...others] = voices;
  const dissent = [
    ...others.map((voice) => `${setNames(voice.sets)} ${correctionOf(voice.finding)}`),
    ...group.objections.map(({ set, says }) => `${perSet[set].name} ${says}`),
  ];
  const message = [`${leader.message} — per ${setNames(first.sets)}`, ...dissent].join('; ');
  if (dissent.length === 0) return { ...leader, message };
  const fixes = voices.flatMap((voice) =>
    voice.finding.fixes.map((fix): Fix => ({ ...fix, title: `${fix.title} (per ${setNames(voice.sets)})`, preferred: false })),
  );
  return { ...leader, message, fixes };
}

/** What a finding would change the draft to: its fix's edits, or its message when it has no fix. */
function correctionKey(finding: Finding): string {
  const fix = mainFix(finding);
  return fix ? JSON.stringify(fix.edits.map((e) => [e.start, e.end, e.newText])) : finding.message;
}

/** "has it as “Scott Mulhauser”" when the set's fix replaces one passage, else what the set says. */
function correctionOf(finding: Finding): string {
  const replacement = replacementOf(finding);
  return replacement?.trim() ? `has it as “${replacement}”` : `says: ${finding.message.replace(/\.$/, '')}`;
}

/** The text a finding's fix puts in, when it replaces one passage. */
function replacementOf(finding: Finding): string | undefined {
  const edits = mainFix(finding)?.edits;
  return edits?.length === 1 ? edits[0].newText : undefined;
}

function mainFix(finding: Finding): Fix | undefined {
  return finding.fixes.find((fix) => fix.preferred) ?? finding.fixes[0];
}

/** The one fix fix-all would apply. */
function singleRightFix(finding: Finding): Fix | undefined {
  const preferred = finding.fixes.filter((fix) => fix.preferred);
  return preferred.length === 1 ? preferred[0] : undefined;
}

/** "A", "A and B", "A, B and C". */
function names(list: readonly string[]): string {
  return list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function overlaps(a: Span, b: Span): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === b.end);
}

/** Findings by position, to find those overlapping a span without scanning them all. */
class SpanIndex {
  private readonly findings: Finding[];
  private readonly longest: number;

  constructor(findings: readonly Finding[]) {
    this.findings = [...findings].sort((a, b) => a.start - b.start);
    this.longest = this.findings.reduce((longest, f) => Math.max(longest, f.end - f.start), 0);
  }

  find(span: Span, accept: (finding: Finding) => boolean): Finding | undefined {
    // Those overlapping the span start before the first that starts after it, and by at most `longest` before it.
    const after = countWhile(this.findings.length, (i) => this.findings[i].start <= span.end);
    for (let i = after - 1; i >= 0 && this.findings[i].start >= span.start - this.longest; i--) {
      if (overlaps(this.findings[i], span) && accept(this.findings[i])) return this.findings[i];
    }
    return undefined;
  }
}

/** Non-overlapping edits: applies them, and maps offsets of the text before them to the text after. */
class EditMap {
  private readonly edits: TextEdit[];
  /** shiftBefore[i]: how far the edits before edit i move what follows them. */
  private readonly shiftBefore: number[] = [0];

  constructor(edits: readonly TextEdit[]) {
    this.edits = [...edits].sort((a, b) => a.start - b.start);
    for (const edit of this.edits) this.shiftBefore.push(this.shiftBefore[this.shiftBefore.length - 1] + edit.newText.length - (edit.end - edit.start));
  }

  apply(text: string): string {
    const parts: string[] = [];
    let at = 0;
    for (const edit of this.edits) {
      parts.push(text.slice(at, edit.start), edit.newText);
      at = edit.end;
    }
    parts.push(text.slice(at));
    return parts.join('');
  }

  /** An offset inside an edit goes to the edit's start. */
  map(offset: number): number {
    // Edits end in order, as they do not overlap.
    const before = countWhile(this.edits.length, (i) => this.edits[i].end <= offset);
    const next = this.edits[before];
    if (next && next.start < offset) return next.start + this.shiftBefore[before];
    return offset + this.shiftBefore[before];
  }
}
