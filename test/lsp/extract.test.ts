// factcheck/extractReference over LSP: the request behind "Fact Check: Build Reference Set from Article…".
// The article is the invented Eastbrook library story (no date line in it), so the date has to be asked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReference } from '../../server/src/reference/loader';
import {
  EXTRACT_REFERENCE_REQUEST,
  type ExtractReferenceParams,
  type ExtractReferenceResult,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { withServer, type TestServer } from '../support/lspClient';
import { ARTICLE, QUOTES, writeReference } from './inventedReference';

/** A folder holding the article, and where the command suggests saving its set. */
function workspace() {
  const { dir, articlePath } = writeReference();
  fs.rmSync(path.join(dir, 'library.factcheck.json'));
  const output = path.join(dir, '.factcheck', 'article.factcheck.json');
  return { dir, articlePath, output, folder: { uri: pathToFileURL(dir).href, name: 'library' } };
}

const extract = (server: TestServer, params: ExtractReferenceParams) =>
  server.connection.sendRequest(EXTRACT_REFERENCE_REQUEST, params) as Promise<ExtractReferenceResult>;

test('without a date the request asks for one; with it, the set loads and has the article’s quotes and speakers', async () => {
  const { articlePath, output } = workspace();
  const params = { uri: pathToFileURL(articlePath).href, outputUri: pathToFileURL(output).href };
  await withServer({}, async (server) => {
    const undated = await extract(server, params);
    assert.ok('problem' in undated && undated.needsDate, JSON.stringify(undated));

    const result = await extract(server, { ...params, date: '2024-03-04', name: 'Eastbrook library' });
    assert.ok('json' in result, JSON.stringify(result));
    const loaded = parseReference(result.json, output, () => ARTICLE);
    assert.deepEqual(JSON.parse(result.json), result.set, 'the JSON is the set');
    assert.equal(loaded.set.name, 'Eastbrook library');
    assert.equal(loaded.set.article.date, '2024-03-04');
    assert.equal(loaded.set.article.file, '../article.txt', 'relative to where the set is saved');
    assert.equal(loaded.articlePath, articlePath);
    const speakerOf = (text: string) => {
      const quote = loaded.set.quotes.find((q) => q.text === text);
      return loaded.set.people.find((p) => p.id === quote?.speaker)?.name;
    };
    assert.equal(speakerOf(QUOTES.books), 'Ingrid Halvorsen');
    assert.equal(speakerOf(QUOTES.donations), 'Tomasz Wierzbicki');
  });
});

test('a date that is not a calendar day is asked for again; an unreadable article or a non-file URI is a problem', async () => {
  const { articlePath, output } = workspace();
  const outputUri = pathToFileURL(output).href;
  await withServer({}, async (server) => {
    const badDate = await extract(server, { uri: pathToFileURL(articlePath).href, outputUri, date: '2024-02-30' });
    assert.ok('problem' in badDate && badDate.needsDate);
    assert.match(badDate.problem, /not a real calendar date/);
    const results = [
      await extract(server, { uri: pathToFileURL(`${articlePath}.missing`).href, outputUri }),
      await extract(server, { uri: 'untitled:Untitled-1', outputUri }),
    ];
    for (const result of results) assert.ok('problem' in result && !result.needsDate, JSON.stringify(result));
  });
});

test('once the set is saved in a new .factcheck/ folder, the folder’s drafts are checked against it', async () => {
  const { dir, articlePath, output, folder } = workspace();
  const draft = pathToFileURL(path.join(dir, 'draft.md')).href;
  const settings = { useBuiltInReference: false };
  await withServer({ settings, workspaceFolders: [folder] }, async (server) => {
    const watched = () =>
      server.serverRequests
        .filter((r) => r.method === 'client/registerCapability')
        .flatMap((r) => (r.params as { registrations: { registerOptions?: { watchers?: { globPattern: unknown }[] } }[] }).registrations)
        .flatMap((registration) => registration.registerOptions?.watchers ?? [])
        .map((watcher) => watcher.globPattern);
    await server.openQuietly(draft, `“${QUOTES.donations}” Halvorsen said.\n`);
    assert.deepEqual(await server.pull(draft), []);
    await server.waitForNotification<StatusParams>('factcheck/status', (s) => s.uri === draft && s.state === 'noReference');
    assert.ok(watched().includes('**/.factcheck'), `the .factcheck folders are watched: ${JSON.stringify(watched())}`);

    const result = await extract(server, { uri: pathToFileURL(articlePath).href, outputUri: pathToFileURL(output).href, date: '2024-03-04' });
    assert.ok('json' in result);
    fs.mkdirSync(path.dirname(output), { recursive: true });
    fs.writeFileSync(output, result.json);
    // The .factcheck/ folder was created with the file in it: an editor's watcher may report the folder alone.
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.dirname(output)).href, type: 1 }] });
    const diagnostics = await server.pull(draft);
    assert.deepEqual(diagnostics.map((d) => d.code), ['quote-misattributed']);
    assert.match(String(diagnostics[0].message), /Tomasz Wierzbicki saying these words, not Ingrid Halvorsen/);
  });
});
