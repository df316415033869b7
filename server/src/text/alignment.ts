// Word alignment of a quotation against a reference quote. The draft's words must all be accounted for;
// the reference may be cut at either end (a partial quotation is a contiguous run of the reference's words).

export type AlignOpKind = 'equal' | 'substitute' | 'insert' | 'delete';

/** `draft`/`ref` are word indexes; `insert` is a draft word the reference lacks, `delete` a reference word dropped. */
export interface AlignOp {
  kind: AlignOpKind;
  draft?: number;
  ref?: number;
}

export interface Alignment {
  /** The reference words covered: [refStart, refEnd). */
  refStart: number;
  refEnd: number;
  ops: AlignOp[];
  /** Number of edits (substitutions, insertions, deletions). */
  distance: number;
  /** Number of words that agree. */
  equal: number;
}

// A substitution costs more than a gap but less than two, so "listened to engineers" against "listened to the
// engineers" is one dropped word rather than a swapped word plus a free cut at the end.
const GAP = 2;
const SUBSTITUTE = 3;

/**
 * `end`, when given, is where in the reference the alignment must end (exclusive); otherwise the cheapest end.
 * `fromStart`: the alignment starts at the reference's first word (skipping reference words costs there too).
 */
export function alignWords(draft: readonly string[], ref: readonly string[], end?: number, fromStart = false): Alignment {
  const n = draft.length;
  const m = ref.length;
  const width = m + 1;
  const cost = new Uint32Array((n + 1) * width);
  for (let i = 1; i <= n; i++) cost[i * width] = i * GAP;
  if (fromStart) for (let j = 1; j <= m; j++) cost[j] = j * GAP;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diagonal = cost[(i - 1) * width + j - 1] + (draft[i - 1] === ref[j - 1] ? 0 : SUBSTITUTE);
      const up = cost[(i - 1) * width + j] + GAP;
      const left = cost[i * width + j - 1] + GAP;
      cost[i * width + j] = Math.min(diagonal, up, left);
    }
  }
  if (end === undefined) {
    end = 0;
    // On a tie, the later end covers more of the reference with agreeing words rather than an insertion.
    for (let j = 1; j <= m; j++) if (cost[n * width + j] <= cost[n * width + end]) end = j;
  }

  const ops: AlignOp[] = [];
  let i = n;
  let j = end;
  while (i > 0) {
    const here = cost[i * width + j];
    if (j > 0 && here === cost[(i - 1) * width + j - 1] + (draft[i - 1] === ref[j - 1] ? 0 : SUBSTITUTE)) {
      ops.push({ kind: draft[i - 1] === ref[j - 1] ? 'equal' : 'substitute', draft: i - 1, ref: j - 1 });
      i--;
      j--;
    } else if (here === cost[(i - 1) * width + j] + GAP) {
      ops.push({ kind: 'insert', draft: i - 1 });
      i--;
    } else {
      ops.push({ kind: 'delete', ref: j - 1 });
      j--;
    }
  }
  ops.reverse();
  // Reference words dropped at the very start or end are a partial quotation's cut, not an edit.
  while (ops.length && ops[0].kind === 'delete') ops.shift();
  while (ops.length && ops[ops.length - 1].kind === 'delete') ops.pop();
  const refIndexes = ops.filter((op) => op.ref !== undefined).map((op) => op.ref!);
  const refStart = refIndexes.length ? refIndexes[0] : end;
  const refEnd = refIndexes.length ? refIndexes[refIndexes.length - 1] + 1 : end;
  const equal = ops.filter((op) => op.kind === 'equal').length;
  return { refStart, refEnd, ops, distance: ops.length - equal, equal };
}
