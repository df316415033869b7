// Command-line arguments → a command. No I/O here: bad arguments throw UsageError, which the CLI reports with
// exit code 2.

export type OutputFormat = 'text' | 'json' | 'sarif';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface CheckCommand {
  command: 'check';
  format: OutputFormat;
  /** Files and globs, as given. */
  patterns: string[];
  /** `--reference` files, as given. */
  references: string[];
  builtIn: boolean;
}

export interface ExtractCommand {
  command: 'extract';
  article: string;
  date?: string;
  name?: string;
  out?: string;
}

export type Command = CheckCommand | ExtractCommand | { command: 'help'; topic?: 'check' | 'extract' } | { command: 'version' };

export class UsageError extends Error {}

/** Options that take a value, by command; `--name=value` and `--name value` both work. */
const VALUE_OPTIONS = {
  check: { '--format': 'format', '-f': 'format', '--reference': 'reference', '-r': 'reference' },
  extract: { '--date': 'date', '--name': 'name', '--out': 'out', '-o': 'out' },
} as const;

export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv];
  if (args.includes('--version') || args.includes('-v')) return { command: 'version' };
  let verb: 'check' | 'extract' = 'check';
  if (args[0] === 'help') return { command: 'help', topic: args[1] === 'extract' || args[1] === 'check' ? args[1] : undefined };
  if (args[0] === 'check' || args[0] === 'extract') verb = args.shift() as 'check' | 'extract';
  if (args.includes('--help') || args.includes('-h')) return { command: 'help', topic: verb };

  const values: Record<string, string[]> = {};
  const positional: string[] = [];
  let builtIn = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (verb === 'check' && arg === '--no-builtin') {
      builtIn = false;
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = (VALUE_OPTIONS[verb] as Record<string, string>)[flag];
    if (!key) throw new UsageError(`unknown option for ${verb}: ${flag}`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    (values[key] ??= []).push(value);
  }

  if (verb === 'extract') {
    if (positional.length !== 1) throw new UsageError(positional.length ? 'extract takes one article file' : 'no article file given');
    const single = (key: string) => {
      const given = values[key];
      if (given && given.length > 1) throw new UsageError(`--${key} given more than once`);
      return given?.[0];
    };
    const date = single('date');
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, not "${date}"`);
    return { command: 'extract', article: positional[0], date, name: single('name'), out: single('out') };
  }

  const formats = values.format ?? ['text'];
  const format = formats[formats.length - 1];
  if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`unknown format "${format}": use ${FORMATS.join(', ')}`);
  if (positional.length === 0) throw new UsageError('no files given');
  return { command: 'check', format: format as OutputFormat, patterns: positional, references: values.reference ?? [], builtIn };
}

export const USAGE = {
  check: `usage: factcheck [check] [options] FILE|GLOB...

Checks drafts (markdown or plain text) against reference sets of quotes and facts.

options:
  -f, --format text|json|sarif   output format (default text: file:line:col severity code message)
  -r, --reference FILE           also check against this reference set (repeatable)
      --no-builtin               do not use the built-in reference set
  -h, --help                     this help;  factcheck help extract: building a reference set

Every *.factcheck.json in ./.factcheck/ is used as well. Globs (drafts/**/*.md) are expanded by factcheck
itself: quote them so that every shell passes them on unchanged.

exit code: 0 no error-severity finding, 1 some error-severity finding, 2 bad input (an unreadable file,
a reference file that does not load, bad options).`,
  extract: `usage: factcheck extract ARTICLE [--date YYYY-MM-DD] [--name NAME] [--out FILE]

Builds a reference set from a news article's text: its quotations with speaker and outlet, its people with
their titles, the organisations that speak or are spoken to, and its dated events and numbers.

options:
      --date YYYY-MM-DD   publication date (else read from a first line " date YYYY-MM-DD")
      --name NAME         the set's name (else the article's first line)
  -o, --out FILE          write the set to FILE (else to standard output); the article path in the set is
                          written relative to FILE's folder (to the current folder with standard output)

Review the result before use: it is a first draft of a reference set, not a verified one.`,
} as const;
