// Loaded reference sets, shared by every workspace folder that uses them. A file is read once and again only
// after it changes; when a changed file no longer loads, its last good version stays in use and the writer is
// told what is wrong (once per distinct problem, not on every keystroke). A set is loaded in turns (parsing,
// validation, indexing; a large set takes a few hundred milliseconds), so the server answers other requests,
// for documents using other sets, meanwhile.
import { builtInReferencePath, loadReferenceFileInSteps, ReferenceLoadError, type ReferenceProblem } from '../reference/loader';
import { ReferenceIndex } from '../reference/index';
import { inTurns } from '../steps';

interface Entry {
  /** The last version that loaded, if any did. */
  index?: ReferenceIndex;
  /** The file changed since `index` was loaded (or since the load under way started). */
  stale: boolean;
  /** The load under way. */
  loading?: Promise<void>;
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

  /**
   * The reference set in `file` (an absolute path), or undefined when it has never loaded. A new or changed file
   * is loaded first, in turns; callers asking for it meanwhile share that load.
   */
  async load(file: string): Promise<ReferenceIndex | undefined> {
    const entry = this.entry(file);
    // A change reported during a load is read by the next one.
    while (entry.stale || entry.loading) {
      entry.loading ??= this.reload(file, entry).finally(() => {
        entry.loading = undefined;
      });
      await entry.loading;
    }
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

  private entry(file: string): Entry {
    let entry = this.entries.get(file);
    if (!entry) {
      entry = { stale: true };
      this.entries.set(file, entry);
    }
    return entry;
  }

  private async reload(file: string, entry: Entry): Promise<void> {
    entry.stale = false;
    try {
      this.loaded(file, entry, await inTurns(indexInSteps(file)));
    } catch (error) {
      this.failed(file, entry, error);
    }
  }

  private loaded(file: string, entry: Entry, index: ReferenceIndex) {
    entry.index = index;
    if (entry.reported !== undefined) this.report(file, [], false);
    entry.reported = undefined;
  }

  private failed(file: string, entry: Entry, error: unknown) {
    const problems = error instanceof ReferenceLoadError ? error.problems : [{ file, line: 1, column: 1, message: String((error as Error)?.message ?? error) }];
    const text = JSON.stringify(problems);
    if (entry.reported !== text) this.report(file, problems, entry.index !== undefined);
    entry.reported = text;
  }
}

/** Reads, checks and indexes a reference file, pausing between the phases and inside the long ones. */
function* indexInSteps(file: string): Generator<void, ReferenceIndex> {
  const loaded = yield* loadReferenceFileInSteps(file);
  yield;
  return yield* ReferenceIndex.inSteps(loaded);
}
