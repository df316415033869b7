// Which reference files a folder uses: the paths it names explicitly (settings, `--reference`) and every
// `*.factcheck.json` in its `.factcheck/` folder. Safety rule (issue 8): a workspace must not make the checker
// read files outside itself, so a path that leads outside the folder (by `..`, an absolute path or a symbolic
// link) is refused unless the caller says the paths came from the user's own settings or command line.
// Pure module: no editor dependency, used by the CLI and the language server.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The folder whose reference sets are found automatically. */
export const REFERENCE_FOLDER = '.factcheck';
/** The file name ending that marks a reference set in REFERENCE_FOLDER. */
export const REFERENCE_SUFFIX = '.factcheck.json';

export interface DiscoveryOptions {
  /**
   * The explicit paths are the user's own (user-level settings, a command line): they may point anywhere, and
   * `~/` means the home directory. Paths from a workspace's settings must leave this false.
   */
  trusted?: boolean;
}

export interface RefusedReference {
  /** The path as given. */
  path: string;
  /** Why it is not used, for the writer. */
  reason: string;
}

export interface DiscoveredReferences {
  /** Absolute paths, explicit ones first (in the order given), then REFERENCE_FOLDER's in name order; no repeats. */
  files: string[];
  refused: RefusedReference[];
}

/**
 * The reference files for `folder`. Explicit paths are resolved against the folder and returned whether or not
 * they exist (the loader says what is wrong with a missing file); the `.factcheck/` folder is optional.
 */
export function referenceFilesFor(folder: string, explicit: readonly string[], options: DiscoveryOptions = {}): DiscoveredReferences {
  const root = path.resolve(folder);
  const files: string[] = [];
  const refused: RefusedReference[] = [];
  const add = (file: string) => {
    if (!files.includes(file)) files.push(file);
  };

  for (const given of explicit) {
    if (given.trim() === '') continue;
    const file = path.resolve(root, options.trusted ? expandHome(given) : given);
    if (options.trusted || isInside(root, file)) add(file);
    else refused.push({ path: given, reason: `it is outside the folder ${root}; only your user settings may name such a file` });
  }

  for (const file of folderReferences(root)) {
    if (isInside(root, file)) add(file);
    else refused.push({ path: path.relative(root, file), reason: `it is a link to a file outside the folder ${root}` });
  }
  return { files, refused };
}

function folderReferences(root: string): string[] {
  const dir = path.join(root, REFERENCE_FOLDER);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.name.endsWith(REFERENCE_SUFFIX) && (entry.isFile() || entry.isSymbolicLink()))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** True when `file` is inside `root`, after following symbolic links of whatever part of it exists. */
function isInside(root: string, file: string): boolean {
  const realRoot = realPath(root);
  const relative = path.relative(realRoot, realPath(file));
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** The real path of `file`, or of its nearest existing ancestor joined with the rest. */
function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(realPath(parent), path.basename(file));
  }
}

function expandHome(given: string): string {
  return given === '~' || given.startsWith('~/') ? path.join(os.homedir(), given.slice(1)) : given;
}
