// The language server under abuse: random incremental edits must leave it where a fresh open of the final text
// would; it never edits a document on its own; garbage requests get an answer or an error, never silence or a
// crash. Reproduce a failing edit sequence with FACTCHECK_SEED=<seed> (see test/support/arbitraries.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ErrorCodes, ResponseError, type Diagnostic, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadBuiltInReference } from '../../server/src/reference/loader';
import { draftText, noiseText, runAsyncProperty } from '../support/arbitraries';
import { fileUri, PULL_CAPABILITIES, PUSH_CAPABILITIES, startServer, type TestServer } from '../support/lspClient';

const builtIn = loadBuiltInReference();

/** What a diagnostic shows the writer; `data` carries the version, which differs between the two documents. */
const shown = (diagnostics: Diagnostic[]) =>
  diagnostics.map(({ range, severity, code, message, relatedInformation }) => ({ range, severity, code, message, relatedInformation }));

/**
 * An edit described independently of the text it will apply to: where (a fraction of the length, or next to
 * the n-th surrogate, CR or LF, where position arithmetic goes wrong), how much to delete, what to insert.
 */
interface EditSpec {
  where: number;
  nearSpecial: boolean;
  shift: number;
  deleted: number;
  inserted: string;
}

const editSpec = (inserted: fc.Arbitrary<string>): fc.Arbitrary<EditSpec> =>
  fc.record({
    where: fc.double({ min: 0, max: 1, noNaN: true }),
    nearSpecial: fc.boolean(),
    shift: fc.integer({ min: -1, max: 1 }),
    deleted: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 200 })),
    inserted,
  });

/** Offsets where UTF-16 positions are easy to get wrong: around surrogate halves, CR and LF. */
function specialOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xd800 && code <= 0xdfff) || code === 13 || code === 10) offsets.push(i);
  }
  return offsets;
}

/** The LSP change an edit spec makes to `document` (positions computed the way an editor computes them). */
function toChange(document: TextDocument, spec: EditSpec): TextDocumentContentChangeEvent {
  const text = document.getText();
  const special = specialOffsets(text);
  // `where` may be 1: the last special offset, not one past it (an undefined offset made a NaN position, which
  // reached the server as null and the local model as NaN, so the two texts differed).
  const base = spec.nearSpecial && special.length ? special[Math.min(special.length - 1, Math.floor(spec.where * special.length))] : Math.floor(spec.where * text.length);
  const start = Math.min(text.length, Math.max(0, base + spec.shift));
  const end = Math.min(text.length, start + spec.deleted);
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: spec.inserted };
}

interface Sequence {
  initial: string;
  language: 'markdown' | 'plaintext';
  batches: EditSpec[][];
}

const sequences: fc.Arbitrary<Sequence> = fc.record({
  initial: draftText(builtIn.set),
  language: fc.constantFrom<Sequence['language']>('markdown', 'plaintext'),
  // Each notification carries one to three changes, applied in order (as editors batch them).
  batches: fc.array(fc.array(editSpec(fc.oneof(draftText(builtIn.set), noiseText([], 6))), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
});

let documents = 0;

async function checkSequence(server: TestServer, { initial, language, batches }: Sequence) {
  const n = documents++;
  const edited = fileUri(`robust-${n}.${language === 'markdown' ? 'md' : 'txt'}`);
  let model = TextDocument.create(edited, language, 1, initial);
  await server.open(edited, initial, language, 1);
  for (const batch of batches) {
    const changes: TextDocumentContentChangeEvent[] = [];
    for (const spec of batch) {
      const change = toChange(model, spec);
      changes.push(change);
      model = TextDocument.update(model, [change], model.version);
    }
    model = TextDocument.update(model, [], model.version + 1);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: edited, version: model.version }, contentChanges: changes });
  }
  const afterEdits = await server.nextDiagnostics(edited, model.version);
  const fresh = fileUri(`fresh-${n}.${language === 'markdown' ? 'md' : 'txt'}`);
  const afterOpen = await server.open(fresh, model.getText(), language, 1);
  assert.deepEqual(shown(afterEdits), shown(afterOpen), `edited and freshly opened text differ:\n${JSON.stringify(model.getText())}`);
  // The editor asks for quick fixes and fix-all on what it was shown: answers, never edits applied unasked.
  await server.codeActions(edited, afterEdits);
  await server.codeActions(edited, [], ['source.fixAll']);
  for (const uri of [edited, fresh]) await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

test('property: random incremental edits give the diagnostics of a fresh open of the final text; no edit is applied unasked', async (t) => {
  const server = await startServer({ capabilities: PUSH_CAPABILITIES });
  try {
    const cases = await runAsyncProperty(sequences, (sequence) => checkSequence(server, sequence), 60);
    assert.deepEqual(server.serverRequests.filter((r) => r.method === 'workspace/applyEdit'), [], 'the server never sends workspace/applyEdit on its own');
    t.diagnostic(`property: ${cases} cases (incremental edit sequences over LSP)`);
  } finally {
    await server.stop();
  }
});

test('garbage requests and notifications get an answer or an error, and the server keeps working', async () => {
  const server = await startServer({ capabilities: PUSH_CAPABILITIES });
  try {
    const uri = fileUri('garbage.md');
    const text = 'Blinken said: “We talked.”\n\n😀 e\u0301\r\nend';
    await server.open(uri, text);
    const unknown = fileUri('never-opened.md');
    const positions = [
      { line: 0, character: 0 },
      { line: 1_000_000, character: 1_000_000 },
      { line: -1, character: -5 },
      { line: 2, character: 1 }, // between the halves of the emoji
      { line: 0.5, character: Number.MAX_SAFE_INTEGER },
    ];
    const answered = async (method: string, params: unknown) => {
      try {
        await server.connection.sendRequest(method, params);
      } catch (error) {
        // A JSON-RPC error response is an answer; only silence (a timeout) or a dead process fails the test.
        assert.equal(typeof (error as { code?: unknown }).code, 'number', `${method}: ${String(error)}`);
      }
    };
    for (const position of positions) {
      for (const target of [uri, unknown]) {
        await answered('textDocument/hover', { textDocument: { uri: target }, position });
        await answered('textDocument/codeAction', { textDocument: { uri: target }, range: { start: position, end: position }, context: { diagnostics: [] } });
      }
    }
    const bogusDiagnostic = { range: { start: { line: 99, character: 0 }, end: { line: -3, character: 2 } }, message: 'x', source: 'factcheck', code: 'quote-altered', data: { version: 1 } };
    for (const params of [
      null,
      42,
      'text',
      {},
      { textDocument: null },
      { textDocument: { uri } },
      { textDocument: { uri }, range: null, context: null },
      { textDocument: { uri }, range: { start: {}, end: {} }, context: { diagnostics: [bogusDiagnostic], only: 'not-a-list' } },
    ]) {
      await answered('textDocument/hover', params);
      await answered('textDocument/codeAction', params);
    }
    await answered('workspace/executeCommand', { command: 'factcheck.fixAll', arguments: [{ uri: unknown, version: 7 }] });
    await answered('workspace/executeCommand', { command: 'factcheck.fixAll', arguments: [42] });
    await answered('factcheck/no-such-method', {});
    for (const params of [
      { textDocument: { uri: unknown, version: 2 }, contentChanges: [{ text: 'x' }] },
      { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 50, character: 0 }, end: { line: 60, character: 0 } }, text: 'tail' }] },
      { textDocument: { uri, version: 3 }, contentChanges: null },
    ]) {
      await server.connection.sendNotification('textDocument/didChange', params);
    }
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: unknown } });

    // Still alive and still checking.
    assert.equal(server.process.exitCode, null, 'the server process is alive');
    const diagnostics = await server.open(fileUri('after-garbage.md'), '“We talked to each other for hours,” Blinken said.\n');
    assert.ok(Array.isArray(diagnostics));
    assert.equal(await server.hover(unknown, { line: 0, character: 0 }), null);
    assert.deepEqual(server.serverRequests.filter((r) => r.method === 'workspace/applyEdit'), []);
  } finally {
    await server.stop();
  }
});

test('an editor that refuses the server’s requests (file watchers, a refresh) does not take the server down', async () => {
  const server = await startServer({ capabilities: PULL_CAPABILITIES });
  try {
    for (const method of ['client/registerCapability', 'workspace/diagnostic/refresh']) {
      server.connection.onRequest(method, () => new ResponseError(ErrorCodes.InternalError, `${method} refused`));
    }
    const uri = fileUri('refused.md');
    await server.openQuietly(uri, 'Antony Blinken met Xi Jinping on Tuesday, June 20, 2023.\n');
    const before = await server.pull(uri);
    await server.setSettings({ severity: { 'date-mismatch': 'hint' } });
    const after = await server.pull(uri);
    assert.equal(server.process.exitCode, null, 'the server process is alive');
    assert.deepEqual(before.filter((d) => d.code === 'date-mismatch').map((d) => d.severity), [1]);
    assert.deepEqual(after.filter((d) => d.code === 'date-mismatch').map((d) => d.severity), [4]);
    const logged = server.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    for (const method of ['client/registerCapability', 'workspace/diagnostic/refresh']) {
      assert.ok(logged.some((message) => message.includes(`${method} refused`)), `the refusal of ${method} is logged`);
    }
  } finally {
    await server.stop();
  }
});

test('a malformed didOpen (text: null) does not take the server down', async () => {
  const server = await startServer({ capabilities: PUSH_CAPABILITIES });
  try {
    const exited = new Promise<string>((resolve) => server.process.once('exit', (code) => resolve(`the server exited with code ${code}`)));
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri('null-text.md'), languageId: 'markdown', version: 1, text: null } });
    const outcome = await Promise.race([server.open(fileUri('after-null.md'), 'Fine.\n'), exited]);
    assert.deepEqual(outcome, []);
  } finally {
    if (server.process.exitCode === null) await server.stop();
  }
});

test('a hover on one document is answered while a huge document is being checked', async () => {
  const server = await startServer({ capabilities: PUSH_CAPABILITIES, settings: { maxFileSize: 50_000_000 } });
  try {
    const small = fileUri('small.md');
    const smallText = 'Antony Blinken met Xi Jinping.\n';
    await server.open(small, smallText);
    const huge = fileUri('huge.md');
    const hugeText = builtIn.articleText.repeat(Math.ceil(1_500_000 / builtIn.articleText.length));
    const events: string[] = [];
    const checked = server.open(huge, hugeText).then(() => events.push('huge document checked'));
    const hovered = server.hover(small, { line: 0, character: 3 }).then(() => events.push('hover answered'));
    await Promise.all([checked, hovered]);
    assert.deepEqual(events, ['hover answered', 'huge document checked']);
  } finally {
    await server.stop();
  }
});

test('an edit while a long check runs: what is pulled or pushed is the new version checked, never an empty list', async () => {
  const article = builtIn.articleText.repeat(Math.ceil(400_000 / builtIn.articleText.length));
  const added = '\n\nAntony Blinken met Xi Jinping on Tuesday, June 20, 2023.\n';
  for (const capabilities of [PULL_CAPABILITIES, PUSH_CAPABILITIES]) {
    const server = await startServer({ capabilities, settings: { maxFileSize: 50_000_000 } });
    try {
      const uri = fileUri('long-check.md');
      const pushed = capabilities === PUSH_CAPABILITIES ? server.nextDiagnostics(uri, 2) : undefined;
      await server.openQuietly(uri, article);
      // Sent at once: the server is checking version 1 (in turns) when version 2 arrives.
      await server.change(uri, article + added, 2);
      const afterEdit = pushed ? await pushed : await server.pull(uri);
      const fresh = await (async () => {
        const other = fileUri('long-check-fresh.md');
        if (!pushed) {
          await server.openQuietly(other, article + added);
          return server.pull(other);
        }
        return server.open(other, article + added);
      })();
      assert.ok(fresh.some((d) => d.code === 'date-mismatch' && d.range.start.line > 0 && String(d.message).includes('Tuesday')), 'the added wrong date is flagged');
      assert.deepEqual(afterEdit.map((d) => [d.code, d.range]), fresh.map((d) => [d.code, d.range]));
    } finally {
      await server.stop();
    }
  }
});
