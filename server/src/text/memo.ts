// Bounded memo tables for pure per-content work (parsing a chunk, aligning a quotation, parsing a sentence's
// dates, checking a window of a document), so a re-check after an edit redoes only what the edit touched. All
// tables register here so the benchmark can measure a cold check honestly.

const clearers: (() => void)[] = [];

export interface Memo<K, V> {
  /** The value kept for `key`, else `compute(key)`, kept (a function of the key alone spares a closure a call). */
  get(key: K, compute: (key: K) => V): V;
}

export interface MemoLimits<K> {
  /** Entries kept at most. */
  entries?: number;
  /** For tables keyed by long texts: the summed `size` of the keys kept at most. */
  size?: { of: (key: K) => number; max: number };
}

/**
 * A memo table that forgets everything once it is full (cheap, and enough for an editor's working set). A number
 * is the entry limit.
 */
export function memoTable<K, V>(limits: number | MemoLimits<K> = 10_000): Memo<K, V> {
  const { entries = 10_000, size } = typeof limits === 'number' ? { entries: limits } : limits;
  const table = new Map<K, V>();
  let held = 0;
  const clear = () => {
    table.clear();
    held = 0;
  };
  clearers.push(clear);
  return {
    get(key, compute) {
      // One lookup for a hit. A value of undefined would be computed again each time: no table keeps one.
      const kept = table.get(key);
      if (kept !== undefined) return kept;
      const value = compute(key);
      const keySize = size ? size.of(key) : 0;
      if (table.size >= entries || (size && held + keySize > size.max)) clear();
      table.set(key, value);
      held += keySize;
      return value;
    },
  };
}

/** Empties every memo table (for cold-start measurements and tests). */
export function clearMemoTables(): void {
  for (const clear of clearers) clear();
}

/**
 * A copy of `text` that holds on to nothing else. A slice of a string keeps the whole string alive in V8: a window
 * or chunk sliced from a document, kept in a cache (or in anything cached that was read from it), would keep every
 * version of the document an editor sent (an edit to a 200,000-word draft kept 2.5 MB more each time).
 */
export function detachedCopy(text: string): string {
  // Joining makes a new string; slicing that joins nothing to the original.
  return (` ${text}`).slice(1);
}

/**
 * `compute` kept per object for as long as the object lives: work done once per reference set, fact, role or
 * analysis, whatever the number of callers.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = compute(key);
      kept.set(key, value);
    }
    return value;
  };
}
