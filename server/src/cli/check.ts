// `factcheck check`: expands files and globs, loads the reference sets (built-in, --reference, ./.factcheck/),
// checks every draft with checkText and prints the findings. Exit code 0 clean, 1 error-severity findings,
// 2 bad input.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText, languageOf } from '../engine';
import { ReferenceIndex } from '../reference/index';
import { builtInReferencePath, formatProblem, loadReferenceFile, ReferenceLoadError } from '../reference/loader';
import { referenceFilesFor } from '../reference/discovery';
import type { CheckCommand } from './args';
import { formatJson, formatSarif, formatText, locate, type FileReport } from './report';
import { EXIT_BAD_INPUT, EXIT_CLEAN, EXIT_ERRORS, type CliIo } from './io';

// Required, not imported: esbuild then bundles tinyglobby's CommonJS build. Its ES build (and fdir's) calls
// createRequire(import.meta.url), which is empty in our CommonJS bundle and fails at start-up.
const { globSync, isDynamicPattern } = require('tinyglobby') as typeof import('tinyglobby');

/** What a directory argument stands for: the drafts inside it. */
const DRAFTS_IN_DIRECTORY = '**/*.{md,markdown,mdx,txt}';
/** Never worth checking, and large. */
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export function runCheck(command: CheckCommand, io: CliIo): number {
  const references = loadReferences(command, io);
  if (!references) return EXIT_BAD_INPUT;

  const { files, unmatched } = expandPatterns(command.patterns, io.cwd);
  let badInput = unmatched.length > 0;
  for (const pattern of unmatched) io.stderr(`factcheck: no files match ${pattern}\n`);

  const reports: FileReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(io.cwd, file), 'utf8');
    } catch (error) {
      io.stderr(`factcheck: cannot read ${file}: ${readError(error)}\n`);
      badInput = true;
      continue;
    }
    reports.push({ file, findings: locate(text, checkText(text, languageOf(file), references)) });
  }

  if (command.format === 'json') io.stdout(formatJson(reports));
  else if (command.format === 'sarif') io.stdout(formatSarif(reports, io.cwd));
  else io.stdout(formatText(reports));

  if (badInput) return EXIT_BAD_INPUT;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT_ERRORS : EXIT_CLEAN;
}

/** The reference sets to check against, or undefined (after saying why) when one does not load or none is left. */
function loadReferences(command: CheckCommand, io: CliIo): ReferenceIndex[] | undefined {
  // The command line is the user's own: its paths may lead anywhere.
  const { files } = referenceFilesFor(io.cwd, command.references, { trusted: true });
  if (command.builtIn) files.unshift(builtInReferencePath());
  if (files.length === 0) {
    io.stderr('factcheck: no reference set: --no-builtin was given and there is no --reference FILE and no .factcheck/*.factcheck.json\n');
    return undefined;
  }
  const references: ReferenceIndex[] = [];
  let failed = false;
  for (const file of files) {
    try {
      references.push(new ReferenceIndex(loadReferenceFile(file)));
    } catch (error) {
      if (!(error instanceof ReferenceLoadError)) throw error;
      for (const problem of error.problems) io.stderr(`${formatProblem(problem)}\n`);
      failed = true;
    }
  }
  if (failed) io.stderr('factcheck: a reference set did not load; nothing was checked\n');
  return failed ? undefined : references;
}

/** Files in argument order; a glob's matches in path order; each file once. */
function expandPatterns(patterns: readonly string[], cwd: string): { files: string[]; unmatched: string[] } {
  const files: string[] = [];
  const unmatched: string[] = [];
  const add = (file: string) => {
    if (!files.some((f) => path.resolve(cwd, f) === path.resolve(cwd, file))) files.push(file);
  };
  for (const pattern of patterns) {
    const stat = fs.statSync(path.resolve(cwd, pattern), { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const found = glob(DRAFTS_IN_DIRECTORY, path.resolve(cwd, pattern)).map((file) => path.join(pattern, file));
      if (found.length === 0) unmatched.push(pattern);
      found.forEach(add);
    } else if (!stat && isDynamicPattern(pattern)) {
      const found = glob(pattern, cwd);
      if (found.length === 0) unmatched.push(pattern);
      found.forEach(add);
    } else add(pattern); // a missing plain path is reported when it cannot be read
  }
  return { files, unmatched };
}

function glob(pattern: string, cwd: string): string[] {
  return globSync(pattern, { cwd, onlyFiles: true, expandDirectories: false, ignore: IGNORED }).sort();
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error)?.message ?? String(error);
}
