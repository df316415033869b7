// `factcheck extract ARTICLE`: builds a reference set from an article and writes it as JSON (to --out or
// standard output), with the article's path relative to where the JSON goes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractReferenceSet, ExtractError, formatReferenceJson } from '../extract/index';
import type { ExtractCommand } from './args';
import { EXIT_BAD_INPUT, EXIT_CLEAN, type CliIo } from './io';

export function runExtract(command: ExtractCommand, io: CliIo): number {
  const articlePath = path.resolve(io.cwd, command.article);
  let text: string;
  try {
    text = fs.readFileSync(articlePath, 'utf8');
  } catch (error) {
    io.stderr(`factcheck: cannot read ${command.article}: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  const out = command.out && path.resolve(io.cwd, command.out);
  const articleFile = path.relative(out ? path.dirname(out) : io.cwd, articlePath).split(path.sep).join('/');
  let json: string;
  try {
    json = formatReferenceJson(extractReferenceSet(text, { articleFile, date: command.date, name: command.name }));
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    io.stderr(`factcheck: ${command.article}: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  if (!out) {
    io.stdout(json);
    return EXIT_CLEAN;
  }
  try {
    fs.writeFileSync(out, json);
  } catch (error) {
    io.stderr(`factcheck: cannot write ${command.out}: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stderr(`factcheck: wrote ${command.out}; review it before use\n`);
  return EXIT_CLEAN;
}
