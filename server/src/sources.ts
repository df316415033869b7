// Several reference sets at once: the findings each set reports about a draft become what the writer sees.
// With one set nothing changes. With several, every finding says which set it comes from ("— per <set>"); two
// sets reporting the same thing give one finding; and when the sets disagree the message says so:
// - both report the same spot with different corrections ("— per A; B has it as “Y”"), or
// - one reports it and another holds the draft's version ("— per A; B has it as the draft does"): B's rule
//   compared the same spot with B's reference and found it right (a confirmation, see CheckContext.confirm).
// When sets disagree no fix is preferred (fix-all must not take sides); each set's fix is offered under its name.
import { mainFix, type Confirmation, type Finding, type Fix, type Span } from './checks/finding';
import { countWhile } from './text/spans';

export interface SetFindings {
  /** The reference set's name. */
  name: string;
  findings: Finding[];
  /** Where the set's rules found the draft right. */
  confirmed: readonly Confirmation[];
}

/** Findings of several sets about one spot of the draft (same code, overlapping spans), one per set at most. */
interface Group {
  /** In set order: the first is the group's voice (its span, evidence and source). */
  members: { set: number; finding: Finding }[];
}

export function mergeSources(perSet: readonly SetFindings[]): Finding[] {
  if (perSet.length < 2) return perSet.flatMap((set) => set.findings);
  const groups = groupBySpot(perSet);
  const confirmations = perSet.map(({ confirmed }) => new Confirmations(confirmed));
  return groups.flatMap((group) => {
    const leader = group.members[0].finding;
    if (leader.code !== 'quote-unverified') return [merged(group, perSet, agreeingSets(group, confirmations))];
    // A quotation is unverified only when no set has it.
    if (group.members.length < perSet.length) return [];
    return [{ ...leader, message: `Unverified quote: nobody in any of the ${perSet.length} reference sets is quoted saying these words.` }];
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
      const created: Group = { members: [member] };
      groups.push(created);
      candidates.push(created);
    }
    open.set(code, candidates);
  }
  for (const group of groups) group.members.sort((a, b) => a.set - b.set);
  return groups;
}

/** The sets that report nothing at the group's spot and have it as the draft does. */
function agreeingSets(group: Group, confirmations: readonly Confirmations[]): number[] {
  const leader = group.members[0].finding;
  return confirmations.flatMap((confirmed, set) => (!group.members.some((m) => m.set === set) && confirmed.cover(leader) ? [set] : []));
}

/**
 * A set's confirmations by code and position, to find one covering a finding without reading them all (a long
 * draft has thousands, one per name it writes right).
 */
class Confirmations {
  private readonly byCode = new Map<string, { spans: Confirmation[]; longest: number }>();

  constructor(confirmed: readonly Confirmation[]) {
    for (const confirmation of confirmed) {
      let list = this.byCode.get(confirmation.code);
      if (!list) this.byCode.set(confirmation.code, (list = { spans: [], longest: 0 }));
      list.spans.push(confirmation);
      list.longest = Math.max(list.longest, confirmation.end - confirmation.start);
    }
    for (const { spans } of this.byCode.values()) spans.sort((a, b) => a.start - b.start);
  }

  /**
   * Whether one confirmation of the finding's code covers all of it: a set that knows "Xi" agrees with nothing
   * about "Xi Jinpeng".
   */
  cover(finding: Finding): boolean {
    const list = this.byCode.get(finding.code);
    if (!list) return false;
    const { spans, longest } = list;
    // Those covering it start at or before it, and by at most the longest span before its end.
    for (let i = countWhile(spans.length, (k) => spans[k].start <= finding.start) - 1; i >= 0 && spans[i].start >= finding.end - longest; i--) {
      if (finding.end <= spans[i].end) return true;
    }
    return false;
  }
}

function merged(group: Group, perSet: readonly SetFindings[], agreeing: readonly number[]): Finding {
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
    ...agreeing.map((set) => `${perSet[set].name} has it as the draft does`),
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

/** "A", "A and B", "A, B and C". */
function names(list: readonly string[]): string {
  return list.length < 2 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function overlaps(a: Span, b: Span): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === b.end);
}

