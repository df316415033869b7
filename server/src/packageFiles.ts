import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A file shipped with factcheck (reference data, docs), found by walking up from this module: the same code runs
 * bundled in dist/, from the .vsix and from the sources under tsx.
 */
export function packageFile(relativePath: string): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relativePath);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
