// The command line's entry point, free of process globals so tests can run it in-process.
import { parseArgs, UsageError, USAGE } from './args';
import { runCheck } from './check';
import { runExtract } from './extract';
import { EXIT_BAD_INPUT, EXIT_CLEAN, type CliIo } from './io';
import { version } from '../../../package.json';

export function runCli(argv: readonly string[], io: CliIo): number {
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`factcheck: ${error.message}\n${USAGE.check.split('\n')[0]}\n       factcheck extract ARTICLE [--date YYYY-MM-DD] [--out FILE]\nfactcheck --help for more.\n`);
    return EXIT_BAD_INPUT;
  }
  switch (command.command) {
    case 'help':
      io.stdout(`${USAGE[command.topic ?? 'check']}\n`);
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`factcheck ${version}\n`);
      return EXIT_CLEAN;
    case 'extract':
      return runExtract(command, io);
    case 'check':
      return runCheck(command, io);
  }
}
