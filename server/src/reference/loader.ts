// PLACEHOLDER until the schema-validating loader lands: parses the JSON without validation.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ReferenceSet } from './types';

export interface LoadedReference {
  set: ReferenceSet;
  /** Absolute path of the reference JSON file. */
  file: string;
  /** Absolute path of the source article. */
  articlePath: string;
  articleText: string;
}

export function builtInReferencePath(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'reference-data', 'blinken-xi-2023-06-19.json');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('built-in reference data not found');
    dir = parent;
  }
}

export function loadReferenceFile(file: string): LoadedReference {
  const abs = path.resolve(file);
  const set = JSON.parse(fs.readFileSync(abs, 'utf8')) as ReferenceSet;
  const articlePath = path.resolve(path.dirname(abs), set.article.file);
  return { set, file: abs, articlePath, articleText: fs.readFileSync(articlePath, 'utf8') };
}

export function loadBuiltInReference(): LoadedReference {
  return loadReferenceFile(builtInReferencePath());
}
