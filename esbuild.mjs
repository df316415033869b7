// Bundles the extension client, the language server and the CLI into dist/.
// `node esbuild.mjs --production` minifies and drops source maps (used for the .vsix).
// `node esbuild.mjs --bench` also bundles the benchmark (dist/bench/bench.js), so that it times the engine as the server
// runs it: bundled, not compiled file by file on the fly by tsx.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  ...(process.argv.includes('--bench') ? [esbuild.build({ ...common, entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench/bench.js' })] : []),
]);
