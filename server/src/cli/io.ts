// What the CLI commands need from the outside world, so tests can run them in-process.

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The directory relative paths start from. */
  cwd: string;
}

export const EXIT_CLEAN = 0;
/** Some finding has error severity. */
export const EXIT_ERRORS = 1;
/** An unreadable file, a reference set that does not load, bad options. */
export const EXIT_BAD_INPUT = 2;
