// Word-level differences between a quotation and its reference, for messages and hovers.
import type { AlignOp } from './alignment';

export interface WordChange {
  /** The draft's words in this change ("" when the draft dropped words). */
  draft: string;
  /** The reference's words ("" when the draft added words). */
  reference: string;
  /** The same words in another order. */
  reordered?: boolean;
}

/** Groups each run of consecutive edits into one change: "equity" → "equality", "our" dropped, "well" added. */
export function wordChanges(ops: readonly AlignOp[], draftWords: readonly string[], referenceWords: readonly string[]): WordChange[] {
  const changes: WordChange[] = [];
  let draft: string[] = [];
  let reference: string[] = [];
  const flush = () => {
    if (draft.length || reference.length) changes.push({ draft: draft.join(' '), reference: reference.join(' ') });
    draft = [];
    reference = [];
  };
  for (const op of ops) {
    if (op.kind === 'equal') {
      flush();
      continue;
    }
    if (op.draft !== undefined) draft.push(draftWords[op.draft]);
    if (op.ref !== undefined) reference.push(referenceWords[op.ref]);
  }
  flush();
  return changes;
}

export function describeChange(change: WordChange): string {
  if (!change.draft) return `“${change.reference}” missing`;
  if (!change.reference) return `“${change.draft}” added`;
  if (change.reordered) return `“${change.draft}” in another order: “${change.reference}”`;
  return `“${change.draft}” → “${change.reference}”`;
}
