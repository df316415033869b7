// factcheck/extractReference: "Fact Check: Build Reference Set from Article…" in the editor. Reads the saved
// article and hands it to the same extractor as `factcheck extract`; nothing here decides what the set holds.
// The set is checked the way it will be loaded once saved, so the writer never saves a file that cannot be used.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { extractReferenceSet, ExtractError, formatReferenceJson } from '../extract/index';
import { parseReference, ReferenceLoadError } from '../reference/loader';
import type { ExtractReferenceParams, ExtractReferenceResult } from './protocol';

export function extractReference(params: ExtractReferenceParams): ExtractReferenceResult {
  const article = URI.parse(params.uri);
  const output = URI.parse(params.outputUri);
  if (article.scheme !== 'file' || output.scheme !== 'file') {
    return { problem: 'the article and the reference set must both be files on disk.', needsDate: false };
  }
  let text: string;
  try {
    text = fs.readFileSync(article.fsPath, 'utf8');
  } catch (error) {
    return { problem: `cannot read ${article.fsPath}: ${(error as Error).message}`, needsDate: false };
  }
  const articleFile = path.relative(path.dirname(output.fsPath), article.fsPath).split(path.sep).join('/');
  try {
    const set = extractReferenceSet(text, { articleFile, date: params.date, name: params.name });
    const json = formatReferenceJson(set);
    parseReference(json, output.fsPath, () => text);
    return { set, json };
  } catch (error) {
    // The extractor's only complaint is about the date: a (real) date lets the set be built.
    if (error instanceof ExtractError) return { problem: `${error.message}.`, needsDate: true };
    if (error instanceof ReferenceLoadError) return { problem: `the set built from this article cannot be used: ${error.problems[0].message}.`, needsDate: false };
    throw error;
  }
}
