// Bundles the extension client, the language server and the CLI into dist/.
// `node esbuild.mjs --production` minifies and drops source maps (used for the .vsix).
// `node esbuild.mjs --bench` also bundles the benchmark (dist/bench/bench.js), so that it times the engine as the server
// runs it: bundled, not compiled file by file on the fly by tsx.
import * as esbuild from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

const production = process.argv.includes('--production');

/**
 * world-countries ships every country's translations, currencies, borders and more (1.4 MB); the server reads only
 * names, alternative spellings, independence, English demonyms and capitals (server/src/text/countries.ts).
 */
const slimCountries = {
  name: 'slim-countries',
  setup(build) {
    build.onLoad({ filter: /world-countries[\\/]countries\.json$/ }, async (args) => {
      const countries = JSON.parse(await readFile(args.path, 'utf8'));
      const slim = countries.map(({ name, altSpellings, independent, demonyms, capital }) => ({
        name: { common: name.common, official: name.official },
        altSpellings,
        independent,
        demonyms: { eng: demonyms.eng },
        capital,
      }));
      return { contents: JSON.stringify(slim), loader: 'json' };
    });
  },
};

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals, String.raw
 * templates and comments. One such character makes V8 hold the whole bundle's source as a two-byte string: the
 * server's 2.6 MB bundle took 5.2 MB of heap for its source, and escaping the rest lowered the server's RSS by about
 * 5 MB. A \u escape means the same in a regular expression, in a comment, and in our String.raw templates, which
 * all build regular expressions.
 */
function asciiOnly(code, file) {
  // One UTF-16 unit at a time: a character beyond U+FFFF becomes its two surrogates, as a regular expression reads it.
  return code.replace(/(\\*)([^\x00-\x7f])/g, (match, backslashes, unit, offset) => {
    if (backslashes.length % 2 === 1) throw new Error(`${file}: an escaped non-ASCII character at ${offset} would change meaning if written as \\u`);
    return `${backslashes}\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Builds one bundle, written with asciiOnly (source maps as esbuild wrote them). */
async function bundle(options) {
  const result = await esbuild.build({ ...common, ...options, write: false });
  await Promise.all(result.outputFiles.map(async (output) => {
    await mkdir(path.dirname(output.path), { recursive: true });
    await writeFile(output.path, output.path.endsWith('.js') ? asciiOnly(output.text, output.path) : output.contents);
  }));
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [slimCountries],
};

await Promise.all([
  bundle({ entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // dist/server.js and dist/cli.js (the public entry points) start dist/bundle/*.js through V8's code cache
  // (server/src/bootstrap/codeCache.ts).
  bundle({ entryPoints: ['server/src/bootstrap/server.ts'], outfile: 'dist/server.js' }),
  bundle({ entryPoints: ['server/src/bootstrap/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  bundle({ entryPoints: ['server/src/server.ts'], outfile: 'dist/bundle/server.js' }),
  bundle({ entryPoints: ['server/src/cli.ts'], outfile: 'dist/bundle/cli.js' }),
  ...(process.argv.includes('--bench') ? [bundle({ entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench/bench.js' })] : []),
]);
