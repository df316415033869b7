// A fix writes its apostrophes as the draft does: the reference's "China’s top diplomat" goes into a draft typed with
// straight apostrophes as "China's top diplomat", and the other way round.
import type { Finding } from './finding';

const CURLY = /(?<=[\p{L}\p{N}])’(?=\p{L})/gu;
const STRAIGHT = /(?<=[\p{L}\p{N}])'(?=\p{L})/gu;

/** The apostrophe the draft writes inside words, when it writes only one kind. */
function draftApostrophe(prose: string): "'" | '’' | undefined {
  const straight = STRAIGHT.test(prose);
  STRAIGHT.lastIndex = 0;
  const curly = CURLY.test(prose);
  CURLY.lastIndex = 0;
  return straight === curly ? undefined : straight ? "'" : '’';
}

/** The findings with their fixes' apostrophes in the draft's kind; the same array when no fix needs it. */
export function withDraftApostrophes(prose: string, findings: Finding[]): Finding[] {
  const writesApostrophe = (finding: Finding) => finding.fixes.some((fix) => fix.edits.some((edit) => /['’]/.test(edit.newText)));
  if (!findings.some(writesApostrophe)) return findings;
  const apostrophe = draftApostrophe(prose);
  if (!apostrophe) return findings;
  const other = apostrophe === "'" ? CURLY : STRAIGHT;
  return findings.map((finding) =>
    writesApostrophe(finding) ? { ...finding, fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, newText: edit.newText.replace(other, apostrophe) })) })) } : finding,
  );
}
