import type { Span } from '../checks/finding';

/** The span of a sorted, non-overlapping list that contains `offset` (binary search). */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return spans[mid];
  }
  return undefined;
}

/** How many of the first indexes hold `isBefore` (which holds for a prefix of 0…length-1): a binary search. */
export function countWhile(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first span of a sorted list that starts at or after `offset`. */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  return countWhile(spans.length, (i) => spans[i].start < offset);
}

/** Index of the last span of a sorted list that starts at or before `offset` (-1 when none). */
export function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  return firstStartingAt(spans, offset + 1) - 1;
}

/** The spans of a sorted list that lie wholly inside `range` (binary search to the first, then a walk). */
export function spansWithin<T extends Span>(spans: readonly T[], range: Span): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(spans, range.start); i < spans.length && spans[i].end <= range.end; i++) out.push(spans[i]);
  return out;
}
