// Quick fixes, "Ignore this finding here", fix-all and versioned edits, over LSP, against an invented reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ApplyWorkspaceEditParams, CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, editVersion, fileUri, withServer, type TestServer } from '../support/lspClient';
import { onlyReference, writeReference } from './inventedReference';

const reference = writeReference();
const settings = onlyReference(reference.file);

const ALTERED = 'Halvorsen told the Valley Gazette: “Books are the last thing a city should lose.”';
const MISATTRIBUTED = '“We received more than four thousand books from neighbours we have never met,” Halvorsen said.';
const WRONG_OUTLET = 'Halvorsen told the River Times that “books are the last thing a town should lose.”';

async function openAndPull(server: TestServer, name: string, text: string, languageId = 'markdown') {
  const uri = fileUri(name);
  await server.openQuietly(uri, text, languageId);
  return { uri, diagnostics: await server.pull(uri) };
}

const titles = (actions: CodeAction[]) => actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`);

test('each quick fix produces exactly the corrected text, and is preferred; "Ignore" comes last', async () => {
  await withServer({ settings }, async (server) => {
    const cases = [
      { text: ALTERED, code: 'quote-altered', fixed: 'Halvorsen told the Valley Gazette: “Books are the last thing a town should lose.”' },
      { text: MISATTRIBUTED, code: 'quote-misattributed', fixed: '“We received more than four thousand books from neighbours we have never met,” Wierzbicki said.' },
      { text: WRONG_OUTLET, code: 'outlet-mismatch', fixed: 'Halvorsen told the Valley Gazette that “books are the last thing a town should lose.”' },
    ];
    for (const [i, { text, code, fixed }] of cases.entries()) {
      const draft = `# Draft\n\n${text}\n`;
      const { uri, diagnostics } = await openAndPull(server, `fix-${i}.md`, draft);
      assert.deepEqual(diagnostics.map((d) => d.code), [code]);
      const actions = await server.codeActions(uri, diagnostics, ['quickfix']);
      assert.equal(actions.length, 2, titles(actions).join(', '));
      const [fix, ignore] = actions;
      assert.equal(fix.isPreferred, true, `${code}: the fix is the single right answer`);
      assert.equal(fix.kind, 'quickfix');
      assert.equal(editVersion(fix.edit, uri), 1, 'the edit names the version it was computed for');
      assert.equal(applyWorkspaceEdit(draft, uri, fix.edit), `# Draft\n\n${fixed}\n`);
      assert.equal(ignore.title, 'Ignore this finding here');
      assert.ok(!ignore.isPreferred);
      assert.equal(applyWorkspaceEdit(draft, uri, ignore.edit), `# Draft\n\n<!-- factcheck-disable-next-line ${code} -->\n${text}\n`);
    }
  });
});

test('after "Ignore this finding here" the finding is gone, in markdown and in plaintext', async () => {
  await withServer({ settings }, async (server) => {
    for (const [languageId, name] of [['markdown', 'ignore.md'], ['plaintext', 'ignore.txt']]) {
      const draft = `Intro line.\n\n${ALTERED}\n`;
      const { uri, diagnostics } = await openAndPull(server, name, draft, languageId);
      assert.equal(diagnostics.length, 1);
      const ignore = (await server.codeActions(uri, diagnostics)).find((a) => a.title === 'Ignore this finding here');
      const ignored = applyWorkspaceEdit(draft, uri, ignore?.edit);
      const comment = languageId === 'markdown' ? '<!-- factcheck-disable-next-line quote-altered -->' : 'factcheck-disable-next-line quote-altered';
      assert.equal(ignored, `Intro line.\n\n${comment}\n${ALTERED}\n`);
      await server.change(uri, ignored, 2);
      assert.deepEqual(await server.pull(uri), [], `${languageId}: suppressed`);
    }
  });
});

test('every form of suppression comment silences what it covers and nothing else', async () => {
  await withServer({ settings }, async (server) => {
    const markdown = [
      '<!-- factcheck-disable-next-line -->',
      ALTERED,
      '',
      '<!-- factcheck-disable-next-line quote-misattributed -->',
      ALTERED,
      '',
      '<!-- factcheck-disable outlet-mismatch -->',
      WRONG_OUTLET,
      '',
      MISATTRIBUTED,
      '<!-- factcheck-enable -->',
      '',
      WRONG_OUTLET,
      '',
    ].join('\n');
    const { diagnostics } = await openAndPull(server, 'suppress.md', markdown);
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line}:${d.code}`),
      ['4:quote-altered', '9:quote-misattributed', '12:outlet-mismatch'],
      'line 1 silenced for all codes; line 4 keeps its altered quote; the region silences only the outlet',
    );
    const plaintext = ['factcheck-disable-next-line quote-altered', ALTERED, '', 'factcheck-disable', MISATTRIBUTED, 'factcheck-enable', '', MISATTRIBUTED, ''].join('\n');
    const plain = await openAndPull(server, 'suppress.txt', plaintext, 'plaintext');
    assert.deepEqual(plain.diagnostics.map((d) => `${d.range.start.line}:${d.code}`), ['7:quote-misattributed']);
  });
});

test('fix-all applies every preferred fix at once, as a source.fixAll action and as a command', async () => {
  await withServer({ settings }, async (server) => {
    const draft = `# Draft\n\n${ALTERED}\n\n${MISATTRIBUTED}\n\n${WRONG_OUTLET}\n\nThe mayor said the town “will read again” soon.\n`;
    const expected = [
      '# Draft',
      '',
      'Halvorsen told the Valley Gazette: “Books are the last thing a town should lose.”',
      '',
      '“We received more than four thousand books from neighbours we have never met,” Wierzbicki said.',
      '',
      'Halvorsen told the Valley Gazette that “books are the last thing a town should lose.”',
      '',
      'The mayor said the town “will read again” soon.',
      '',
    ].join('\n');
    const { uri, diagnostics } = await openAndPull(server, 'fix-all.md', draft);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['outlet-mismatch', 'quote-altered', 'quote-misattributed', 'quote-unverified']);

    assert.deepEqual(await server.codeActions(uri, [], ['quickfix']), [], 'fix-all is not offered as a quick fix');
    for (const only of [['source.fixAll'], ['source.fixAll.factcheck'], ['source']]) {
      const actions = await server.codeActions(uri, [], only);
      assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.factcheck'], `only=${only}`);
      assert.equal(applyWorkspaceEdit(draft, uri, actions[0].edit), expected);
      assert.equal(editVersion(actions[0].edit, uri), 1);
    }

    const result = await server.connection.sendRequest('workspace/executeCommand', { command: 'factcheck.applyAllFixes', arguments: [{ uri, version: 1 }] });
    assert.deepEqual(result, { applied: 3 });
    const applied = server.serverRequests.filter((r) => r.method === 'workspace/applyEdit').map((r) => r.params as ApplyWorkspaceEditParams);
    assert.equal(applied.length, 1);
    assert.equal(applyWorkspaceEdit(draft, uri, applied[0].edit), expected);
    assert.equal(editVersion(applied[0].edit, uri), 1);
  });
});

test('fixes are never applied to a version they were not computed for', async () => {
  await withServer({ settings }, async (server) => {
    const draft = `${ALTERED}\n`;
    const { uri, diagnostics } = await openAndPull(server, 'stale.md', draft);
    assert.equal(diagnostics.length, 1);
    // The writer adds a line below the quote: the finding's range is unchanged, but its version is not.
    const edited = `${draft}Another line.\n`;
    await server.change(uri, edited, 2);
    assert.deepEqual(await server.codeActions(uri, diagnostics), [], 'diagnostics of version 1 get no actions on version 2');
    const result = await server.connection.sendRequest('workspace/executeCommand', { command: 'factcheck.applyAllFixes', arguments: [{ uri, version: 1 }] });
    assert.deepEqual(result, { applied: 0 });
    assert.equal(server.serverRequests.filter((r) => r.method === 'workspace/applyEdit').length, 0, 'no edit sent for a stale version');

    const fresh: Diagnostic[] = await server.pull(uri);
    const [fix] = await server.codeActions(uri, fresh);
    assert.equal(editVersion(fix.edit, uri), 2);
    assert.deepEqual(fresh.map((d) => d.range), diagnostics.map((d) => d.range), 'same range as before the edit');
    assert.equal(applyWorkspaceEdit(edited, uri, fix.edit), 'Halvorsen told the Valley Gazette: “Books are the last thing a town should lose.”\nAnother line.\n');
  });
});
