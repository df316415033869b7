// factcheck.* settings over LSP: severity, enable, languages, reference files (added, broken, changed),
// maxFileSize, and per-folder settings in a multi-root workspace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams, ShowMessageParams } from 'vscode-languageserver-protocol';
import { PUSH_CAPABILITIES, withServer, type TestServer } from '../support/lspClient';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { NAME, onlyReference, referenceSet, writeReference } from './inventedReference';

const ALTERED = 'Halvorsen told the Valley Gazette: “Books are the last thing a city should lose.”';
const MISATTRIBUTED = '“We received more than four thousand books from neighbours we have never met,” Halvorsen said.';
const DRAFT = `${ALTERED}\n\n${MISATTRIBUTED}\n`;

/** Codes of the errors and warnings (what a writer is warned about). */
const reported = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map((d) => d.code);
const codes = (diagnostics: { code?: unknown }[]) => diagnostics.map((d) => d.code);
const messages = (server: TestServer) => server.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as ShowMessageParams).message);
const refreshes = (server: TestServer) => server.serverRequests.filter((r) => r.method === 'workspace/diagnostic/refresh').length;

/** A workspace folder holding a draft; returns its URI and the draft's URI. */
function folderWith(name: string, draftName = 'draft.md') {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), `factcheck-${name}-`));
  return { folder: { uri: pathToFileURL(dir).href, name }, dir, draft: pathToFileURL(path.join(dir, draftName)).href };
}

test('severity settings change a code’s severity or turn it off, and a change takes effect with a refresh', async () => {
  const reference = writeReference();
  const base = onlyReference(reference.file);
  const { folder, draft } = folderWith('severity');
  await withServer({ settings: base, workspaceFolders: [folder] }, async (server) => {
    await server.openQuietly(draft, DRAFT);
    const before = await server.pull(draft);
    assert.deepEqual(before.map((d) => [d.code, d.severity]), [['quote-altered', 2], ['quote-misattributed', 1]]);

    await server.setSettings({ ...base, severity: { 'quote-altered': 'off', 'quote-misattributed': 'hint' } });
    const after = await server.pull(draft);
    assert.equal(refreshes(server), 1, 'the server asked the client to pull again');
    assert.deepEqual(after.map((d) => [d.code, d.severity]), [['quote-misattributed', 4]]);

    await server.setSettings({ ...base, severity: { 'quote-altered': 'loud' } });
    assert.deepEqual(codes(await server.pull(draft)), ['quote-altered', 'quote-misattributed'], 'an unknown level keeps the default');
  });
});

test('enable: false and a language left out of factcheck.languages silence the document', async () => {
  const reference = writeReference();
  const base = onlyReference(reference.file);
  const { folder, draft, dir } = folderWith('enable');
  const plain = pathToFileURL(path.join(dir, 'draft.txt')).href;
  await withServer({ settings: { ...base, enable: false }, workspaceFolders: [folder] }, async (server) => {
    await server.openQuietly(draft, DRAFT);
    assert.deepEqual(await server.pull(draft), []);
    const status = await server.waitForNotification<StatusParams>('factcheck/status', (s) => s.uri === draft);
    assert.equal(status.state, 'disabled');

    await server.setSettings({ ...base, languages: ['markdown'] });
    await server.openQuietly(plain, DRAFT, 'plaintext');
    assert.deepEqual(await server.pull(plain), [], 'plaintext is not in factcheck.languages');
    assert.equal((await server.pull(draft)).length, 2, 'markdown is');
  });
});

test('a reference file added through factcheck.referenceFiles (relative to the folder) is used at once', async () => {
  const { folder, dir, draft } = folderWith('added');
  fs.mkdirSync(path.join(dir, 'refs'));
  fs.writeFileSync(path.join(dir, 'refs', 'article.txt'), fs.readFileSync(writeReference().articlePath));
  fs.writeFileSync(path.join(dir, 'refs', 'library.json'), JSON.stringify(referenceSet()));
  await withServer({ settings: null, workspaceFolders: [folder] }, async (server) => {
    await server.openQuietly(draft, DRAFT);
    assert.deepEqual(reported(await server.pull(draft)), [], 'the built-in set knows nothing of this story');
    await server.setSettings({ referenceFiles: ['refs/library.json'] });
    assert.deepEqual(codes(await server.pull(draft)), ['quote-altered', 'quote-misattributed'], 'known to the added set, so not unverified');
    const status = await server.waitForNotification<StatusParams>('factcheck/status', (s) => s.uri === draft && s.referenceSets.length === 2);
    assert.equal(status.state, 'checked');
    assert.deepEqual(status.referenceSets, ['Blinken meets Xi Jinping (2023-06-19)', NAME], 'built-in first, then the added set');
  });
});

test('a broken reference file is reported once; after a bad edit the last good version stays in use', async () => {
  const broken = writeReference({ ...referenceSet(), quotes: [{ id: 'q', text: 'words the article never printed', speaker: 'ingrid-halvorsen', offset: 3 }] });
  const good = writeReference();
  const { folder, draft } = folderWith('broken');
  await withServer({ settings: onlyReference(broken.file), workspaceFolders: [folder] }, async (server) => {
    await server.openQuietly(draft, DRAFT);
    assert.deepEqual(await server.pull(draft), []);
    const status = await server.waitForNotification<StatusParams>('factcheck/status', (s) => s.uri === draft);
    assert.equal(status.state, 'noReference');
    assert.equal(messages(server).length, 1);
    assert.match(messages(server)[0], /library\.factcheck\.json could not be loaded\. It is not in use\./);
    const onFile = server.notifications.find((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === pathToFileURL(broken.file).href);
    const problems = (onFile?.params as PublishDiagnosticsParams | undefined)?.diagnostics ?? [];
    assert.ok(problems.length > 0, 'the problems are shown on the reference file too');
    const quoteLine = fs.readFileSync(broken.file, 'utf8').split('\n').findIndex((line) => line.includes('words the article never printed'));
    assert.ok(problems.some((d) => d.range.start.line >= quoteLine - 3 && d.range.start.line <= quoteLine + 3), 'at the offending quote');

    await server.setSettings(onlyReference(good.file));
    assert.equal((await server.pull(draft)).length, 2);

    fs.writeFileSync(good.file, '{ "name": ');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(good.file).href, type: 2 }] });
    assert.equal((await server.pull(draft)).length, 2, 'still checked against the last good version');
    assert.equal(messages(server).length, 2);
    assert.match(messages(server)[1], /could not be loaded\. The last version that loaded is still in use\. .*JSON syntax error/);

    const renamed = { ...referenceSet(), quotes: referenceSet().quotes.slice(1) };
    fs.writeFileSync(good.file, JSON.stringify(renamed));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(good.file).href, type: 2 }] });
    assert.deepEqual(reported(await server.pull(draft)), ['quote-misattributed'], 'the fixed file is read again: one quote fewer');
    assert.equal(messages(server).length, 2);
  });
});

test('a document over factcheck.maxFileSize is skipped with one notice', async () => {
  const reference = writeReference();
  const { folder, draft } = folderWith('large');
  await withServer({ settings: { ...onlyReference(reference.file), maxFileSize: 100 }, workspaceFolders: [folder] }, async (server) => {
    await server.openQuietly(draft, DRAFT);
    assert.deepEqual(await server.pull(draft), []);
    await server.change(draft, `${DRAFT}\nMore.\n`, 2);
    assert.deepEqual(await server.pull(draft), []);
    assert.equal(messages(server).length, 1);
    assert.match(messages(server)[0], /draft\.md is not checked: it is larger than factcheck\.maxFileSize \(100 bytes\)/);
    const status = await server.waitForNotification<StatusParams>('factcheck/status', (s) => s.uri === draft);
    assert.equal(status.state, 'tooLarge');
  });
});

test('in a multi-root workspace each folder’s documents get that folder’s settings', async () => {
  const reference = writeReference();
  const quiet = folderWith('quiet');
  const loud = folderWith('loud');
  const perFolder = (scopeUri: string | undefined) => ({
    ...onlyReference(reference.file),
    severity: scopeUri === quiet.folder.uri ? { 'quote-misattributed': 'off' } : {},
  });
  await withServer({ settings: perFolder, workspaceFolders: [quiet.folder, loud.folder] }, async (server) => {
    await server.openQuietly(quiet.draft, DRAFT);
    await server.openQuietly(loud.draft, DRAFT);
    assert.deepEqual(codes(await server.pull(quiet.draft)), ['quote-altered']);
    assert.deepEqual(codes(await server.pull(loud.draft)), ['quote-altered', 'quote-misattributed']);
  });
});

test('without pull support, a settings change re-publishes diagnostics', async () => {
  const reference = writeReference();
  const base = onlyReference(reference.file);
  const { folder, draft } = folderWith('push');
  await withServer({ capabilities: PUSH_CAPABILITIES, settings: base, workspaceFolders: [folder] }, async (server) => {
    assert.equal(server.initializeResult.capabilities.diagnosticProvider, undefined);
    assert.equal((await server.open(draft, DRAFT)).length, 2);
    const republished = server.nextDiagnostics(draft);
    await server.setSettings({ ...base, severity: { 'quote-altered': 'off' } });
    assert.deepEqual(codes(await republished), ['quote-misattributed']);
  });
});

test('a workspace cannot point the checker outside its folder; the user’s own settings can', async () => {
  const outside = writeReference();
  const { folder, draft } = folderWith('outside');
  await withServer({ settings: { useBuiltInReference: false, referenceFiles: [outside.file] }, workspaceFolders: [folder] }, async (server) => {
    await server.openQuietly(draft, DRAFT);
    assert.deepEqual(await server.pull(draft), []);
    assert.equal(messages(server).length, 1);
    assert.match(messages(server)[0], /is not used: it is outside the folder/);
    await server.setSettings(onlyReference(outside.file));
    assert.equal((await server.pull(draft)).length, 2);
  });
});

test('reference sets in the folder’s .factcheck/ are found without settings, and picked up when created', async () => {
  const { folder, dir, draft } = folderWith('discovered');
  await withServer({ settings: { useBuiltInReference: false }, workspaceFolders: [folder] }, async (server) => {
    await server.openQuietly(draft, DRAFT);
    assert.deepEqual(await server.pull(draft), []);
    const watchers = server.serverRequests.find((r) => r.method === 'client/registerCapability');
    assert.match(JSON.stringify(watchers?.params), /\*\*\/\.factcheck\/\*\.factcheck\.json/, 'the server watches .factcheck/ folders');

    fs.mkdirSync(path.join(dir, '.factcheck'));
    fs.writeFileSync(path.join(dir, '.factcheck', 'article.txt'), fs.readFileSync(writeReference().articlePath));
    const created = path.join(dir, '.factcheck', 'library.factcheck.json');
    fs.writeFileSync(created, JSON.stringify(referenceSet()));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(created).href, type: 1 }] });
    assert.deepEqual(codes(await server.pull(draft)), ['quote-altered', 'quote-misattributed']);
  });
});
