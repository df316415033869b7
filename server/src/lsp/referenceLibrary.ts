// Loaded reference sets, shared by every workspace folder that uses them. A file is read once and again only
// after it changes; when a changed file no longer loads, its last good version stays in use and the writer is
// told what is wrong (once per distinct problem, not on every keystroke).
import { builtInReferencePath, loadReferenceFile, ReferenceLoadError, type ReferenceProblem } from '../reference/loader';
import { ReferenceIndex } from '../reference/index';

interface Entry {
  /** The last version that loaded, if any did. */
  index?: ReferenceIndex;
  /** The file changed since `index` was loaded. */
  stale: boolean;
  /** The problems last reported for this file (as text), so they are not reported again. */
  reported?: string;
}

export class ReferenceLibrary {
  private readonly entries = new Map<string, Entry>();

  /**
   * `report` is told, once per distinct set of problems, why a reference file could not be loaded; and with no
   * problems when a file that failed loads again.
   */
  constructor(private readonly report: (file: string, problems: ReferenceProblem[], keptLastGood: boolean) => void) {}

  builtInPath(): string {
    return builtInReferencePath();
  }

  /** The reference set in `file` (an absolute path), or undefined when it has never loaded. */
  get(file: string): ReferenceIndex | undefined {
    let entry = this.entries.get(file);
    if (entry && !entry.stale) return entry.index;
    entry ??= { stale: true };
    this.entries.set(file, entry);
    try {
      entry.index = new ReferenceIndex(loadReferenceFile(file));
      if (entry.reported !== undefined) this.report(file, [], false);
      entry.reported = undefined;
    } catch (error) {
      const problems = error instanceof ReferenceLoadError ? error.problems : [{ file, line: 1, column: 1, message: String((error as Error)?.message ?? error) }];
      const text = JSON.stringify(problems);
      if (entry.reported !== text) this.report(file, problems, entry.index !== undefined);
      entry.reported = text;
    }
    entry.stale = false;
    return entry.index;
  }

  /** Marks every set read from `path` (its JSON file or its article) to be read again on next use. */
  changed(path: string): boolean {
    let affected = false;
    for (const [file, entry] of this.entries) {
      if (file === path || entry.index?.loaded.articlePath === path) {
        entry.stale = true;
        affected = true;
      }
    }
    return affected;
  }

  /** Every reference set loaded so far (its last good version). */
  loadedSets(): ReferenceIndex[] {
    return [...this.entries.values()].flatMap((entry) => (entry.index ? [entry.index] : []));
  }

  /** Every file the library has read, JSON files and articles: what a file watcher should watch. */
  watchedPaths(): string[] {
    const paths = new Set<string>();
    for (const [file, entry] of this.entries) {
      paths.add(file);
      if (entry.index) paths.add(entry.index.loaded.articlePath);
    }
    return [...paths];
  }
}
