// Bounded memo tables for pure per-content work (parsing a chunk, aligning a quotation, parsing a sentence's
// dates), so a re-check after an edit redoes only what the edit touched. All tables register here so the
// benchmark can measure a cold check honestly.

const tables: Map<unknown, unknown>[] = [];

export interface Memo<K, V> {
  get(key: K, compute: () => V): V;
}

/** A memo table that forgets everything once it holds `limit` entries (cheap, and enough for an editor's working set). */
export function memoTable<K, V>(limit = 10_000): Memo<K, V> {
  const table = new Map<K, V>();
  tables.push(table);
  return {
    get(key, compute) {
      if (table.has(key)) return table.get(key) as V;
      const value = compute();
      if (table.size >= limit) table.clear();
      table.set(key, value);
      return value;
    },
  };
}

/** Empties every memo table (for cold-start measurements and tests). */
export function clearMemoTables(): void {
  for (const table of tables) table.clear();
}
