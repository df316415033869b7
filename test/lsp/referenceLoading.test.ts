// Loading a large reference set does not hold up the server: while one folder's set of thousands of people and
// quotes is read, checked and indexed, a request about a document of another folder is answered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateLargeSet, writeLargeSet } from '../../scripts/bench/largeReference';
import { REFERENCE_FOLDER } from '../../server/src/reference/discovery';
import { REFERENCE_SETS_REQUEST, type ReferenceSetInfo, type ReferenceSetsParams } from '../../server/src/lsp/protocol';
import { PULL_CAPABILITIES, startServer } from '../support/lspClient';

/**
 * An editor that cannot answer workspace/configuration: the server then starts loading a folder's sets as soon
 * as a request about its documents comes, without a round trip to the client first (during which the other
 * request would be answered anyway).
 */
const CAPABILITIES = { ...PULL_CAPABILITIES, workspace: { ...PULL_CAPABILITIES.workspace, configuration: false } };

test('a hover in one folder is answered while another folder’s large reference set is loading', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-loading-'));
  const server = await startServer({
    capabilities: CAPABILITIES,
    workspaceFolders: ['large', 'small'].map((name) => {
      fs.mkdirSync(path.join(root, name));
      return { uri: pathToFileURL(path.join(root, name)).toString(), name };
    }),
  });
  try {
    // 2,000 people, 3,200 quotes, an article of 600,000 characters: a few hundred milliseconds to load.
    const { set, articleText } = generateLargeSet();
    fs.mkdirSync(path.join(root, 'large', REFERENCE_FOLDER));
    writeLargeSet(path.join(root, 'large', REFERENCE_FOLDER), JSON.stringify(set, null, 1), articleText);
    const inLarge = pathToFileURL(path.join(root, 'large', 'draft.md')).toString();
    const inSmall = pathToFileURL(path.join(root, 'small', 'draft.md')).toString();
    await server.openQuietly(inSmall, 'Antony Blinken met Xi Jinping.\n');
    await server.pull(inSmall);

    const events: string[] = [];
    // Sent at once. The first loads the large folder's sets and is answered as soon as they are loaded (no check).
    const params: ReferenceSetsParams = { uri: inLarge };
    const loaded = server.connection.sendRequest<ReferenceSetInfo[]>(REFERENCE_SETS_REQUEST, params).then((sets) => {
      assert.deepEqual(sets.map((s) => s.name).slice(1), [set.name]);
      events.push('large set loaded');
    });
    const hovered = server.hover(inSmall, { line: 0, character: 3 }).then((hover) => {
      assert.match(JSON.stringify(hover), /Blinken/);
      events.push('hover answered');
    });
    await Promise.all([loaded, hovered]);
    assert.deepEqual(events, ['hover answered', 'large set loaded']);
  } finally {
    await server.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
