// Command-line checker: `factcheck [options] FILE...` prints findings like other linters
// (file:line:col severity code message). Exit code 1 when errors are found, 2 on bad input.
import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, languageOf } from './engine';
import type { Finding } from './checks/finding';
import { loadBuiltInReference } from './reference/loader';
import { ReferenceIndex } from './reference/index';

interface CliOptions {
  format: 'text' | 'json';
  files: string[];
}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { format: 'text', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--format') {
      const format = argv[++i];
      if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format: ${format ?? '(none)'}`);
      options.format = format;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option: ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no files given');
  return options;
}

class UsageError extends Error {}

interface FileReport {
  file: string;
  findings: (Finding & { line: number; column: number })[];
}

function main(argv: string[]): number {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`factcheck: ${(error as Error).message}\nusage: factcheck [--format text|json] FILE...\n`);
    return 2;
  }
  const references = [new ReferenceIndex(loadBuiltInReference())];
  const reports: FileReport[] = [];
  for (const file of options.files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`factcheck: cannot read ${file}: ${(error as Error).message}\n`);
      return 2;
    }
    const document = TextDocument.create(file, 'plaintext', 0, text);
    const findings = checkText(text, languageOf(file), references).map((finding) => {
      const position = document.positionAt(finding.start);
      return { ...finding, line: position.line + 1, column: position.character + 1 };
    });
    reports.push({ file, findings });
  }
  if (options.format === 'json') process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
  else {
    for (const { file, findings } of reports) {
      for (const f of findings) process.stdout.write(`${file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}\n`);
    }
    const count = reports.reduce((n, r) => n + r.findings.length, 0);
    process.stdout.write(`${count} finding${count === 1 ? '' : 's'} in ${reports.length} file${reports.length === 1 ? '' : 's'}\n`);
  }
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
