// Bundles the extension client, the language server and the CLI into dist/.
// `node esbuild.mjs --production` minifies and drops source maps (used for the .vsix).
// `node esbuild.mjs --bench` also bundles the benchmark (dist/bench/bench.js), so that it times the engine as the server
// runs it: bundled, not compiled file by file on the fly by tsx.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';

const production = process.argv.includes('--production');

/**
 * world-countries ships every country's translations, currencies, borders and more (1.4 MB); the server reads only
 * names, alternative spellings, independence and English demonyms (server/src/text/countries.ts).
 */
const slimCountries = {
  name: 'slim-countries',
  setup(build) {
    build.onLoad({ filter: /world-countries[\\/]countries\.json$/ }, async (args) => {
      const countries = JSON.parse(await readFile(args.path, 'utf8'));
      const slim = countries.map(({ name, altSpellings, independent, demonyms }) => ({
        name: { common: name.common, official: name.official },
        altSpellings,
        independent,
        demonyms: { eng: demonyms.eng },
      }));
      return { contents: JSON.stringify(slim), loader: 'json' };
    });
  },
};

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
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  ...(process.argv.includes('--bench') ? [esbuild.build({ ...common, entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench/bench.js' })] : []),
]);
