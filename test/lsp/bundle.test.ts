// V8 keeps a script's source at one byte a character only when every character is ASCII: one curly quote that
// esbuild left in a regular expression made the server's 2.6 MB bundle take 5.2 MB of its heap. esbuild.mjs escapes
// what esbuild leaves; the other tests here run the escaped bundles (curly quotes in drafts included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER } from '../support/lspClient';

test('the server and CLI bundles are ASCII, so V8 holds their source at one byte a character', () => {
  const dist = path.dirname(SERVER);
  // The entry points, and the bundles they start (see server/src/bootstrap).
  for (const file of [SERVER, path.join(dist, 'cli.js'), path.join(dist, 'bundle', 'server.js'), path.join(dist, 'bundle', 'cli.js')]) {
    const text = fs.readFileSync(file, 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `${path.basename(file)} has a non-ASCII character at ${at}: …${text.slice(Math.max(0, at - 40), at + 10)}`);
  }
});
