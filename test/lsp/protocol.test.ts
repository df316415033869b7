import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileUri, startServer } from '../support/lspClient';

test('the server answers initialize over stdio and publishes diagnostics for an opened draft', async () => {
  const server = await startServer();
  try {
    assert.equal(server.initializeResult.serverInfo?.name, 'factcheck');
    assert.ok(server.initializeResult.capabilities.textDocumentSync, 'advertises document sync');
    const diagnostics = await server.open(fileUri('protocol.md'), '# A draft\n\nNothing to see here.\n');
    assert.deepEqual(diagnostics, []);
  } finally {
    await server.stop();
  }
});

test('documents in other languages are not checked', async () => {
  const server = await startServer();
  try {
    const uri = fileUri('code.ts');
    let published = false;
    server.nextDiagnostics(uri).then(() => (published = true), () => undefined);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: 'const x = "Anthony Blinken";' } });
    const md = await server.open(fileUri('after.md'), 'Fine.\n');
    assert.deepEqual(md, []);
    assert.equal(published, false);
  } finally {
    await server.stop();
  }
});
