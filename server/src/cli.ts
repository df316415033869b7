// Command-line checker: `factcheck [check] [options] FILE|GLOB...` prints findings like other linters
// (file:line:col severity code message); `factcheck extract ARTICLE` builds a reference set. See cli/args.ts.
import { runCli } from './cli/run';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
