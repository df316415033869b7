// Pull diagnostics for editors that support them (LSP 3.17), pushed diagnostics for the others, and the
// status notification the VS Code status bar shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { fileUri, PUSH_CAPABILITIES, withServer, type TestServer } from '../support/lspClient';
import { NAME, onlyReference, writeReference } from './inventedReference';

const reference = writeReference();
const settings = onlyReference(reference.file);
const DRAFT = 'Halvorsen told the Valley Gazette: “Books are the last thing a city should lose.”\n';
const published = (server: TestServer, uri: string) =>
  server.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri);

test('an editor that can pull gets a diagnostic provider and no pushed diagnostics', async () => {
  await withServer({ settings }, async (server) => {
    assert.equal(server.initializeResult.capabilities.diagnosticProvider?.interFileDependencies, false);
    const uri = fileUri('pull.md');
    await server.openQuietly(uri, DRAFT);
    const [diagnostic] = await server.pull(uri);
    assert.equal(diagnostic.code, 'quote-altered');
    assert.equal(diagnostic.source, 'factcheck');
    assert.match(diagnostic.codeDescription?.href ?? '', /docs\/diagnostics\.md#quote-altered$/);
    assert.equal(diagnostic.relatedInformation?.[0].location.uri, `file://${reference.articlePath}`, 'the evidence is in the article');
    await server.change(uri, `${DRAFT}More.\n`, 2);
    assert.equal((await server.pull(uri)).length, 1);
    assert.deepEqual(published(server, uri), [], 'nothing pushed: the editor would show everything twice');
  });
});

test('an editor that cannot pull gets diagnostics pushed on open and on every change, with the version', async () => {
  await withServer({ capabilities: PUSH_CAPABILITIES, settings }, async (server) => {
    assert.equal(server.initializeResult.capabilities.diagnosticProvider, undefined);
    const uri = fileUri('push.md');
    assert.deepEqual((await server.open(uri, DRAFT)).map((d) => d.code), ['quote-altered']);
    const next = server.nextDiagnostics(uri, 2);
    await server.change(uri, 'Nothing quoted any more.\n', 2);
    assert.deepEqual(await next, []);
  });
});

test('initializationOptions {diagnostics: "push"} makes the server push even to an editor that can pull', async () => {
  await withServer({ settings, initializationOptions: { diagnostics: 'push' } }, async (server) => {
    assert.equal(server.initializeResult.capabilities.diagnosticProvider, undefined);
    assert.deepEqual((await server.open(fileUri('forced.md'), DRAFT)).map((d) => d.code), ['quote-altered']);
  });
});

test('each check sends factcheck/status with the reference sets and the number of findings shown', async () => {
  await withServer({ settings }, async (server) => {
    const uri = fileUri('status.md');
    await server.openQuietly(uri, DRAFT);
    await server.pull(uri);
    assert.deepEqual(await server.waitForNotification<StatusParams>('factcheck/status', (s) => s.uri === uri), {
      uri,
      version: 1,
      state: 'checked',
      referenceSets: [NAME],
      findings: 1,
    });
    await server.change(uri, 'Clean.\n', 2);
    await server.pull(uri);
    const clean = await server.waitForNotification<StatusParams>('factcheck/status', (s) => s.uri === uri && s.version === 2);
    assert.equal(clean.findings, 0);
  });
});
