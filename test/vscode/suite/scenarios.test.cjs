// The end-to-end scenarios through the VS Code API instead of the UI: diagnostics, hover, code actions and
// settings as VS Code itself reports them. Runs inside the extension host with the drafts folder open.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const expect = require('../../e2e/expectations.json');
const { flagged, severity, clean } = expect;
const FIRST_CHECK_MS = 60_000;

const draftUri = (name) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);
const codeOf = (diagnostic) => String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'factcheck');
const has = (diagnostics, code) => diagnostics.some((d) => codeOf(d) === code);
const summary = (diagnostics) => diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line + 1}`).join(', ') || 'none';
const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning };

/** Resolves with our diagnostics of `uri` once `accept` takes them; waits on VS Code's change events. */
function diagnosticsUntil(uri, accept, what, timeoutMs = 20_000) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = ours(uri);
      if (!accept(diagnostics)) return false;
      done();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${what}; diagnostics: ${summary(ours(uri))}`));
    }, timeoutMs);
    function done() {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

async function open(name) {
  const document = await vscode.workspace.openTextDocument(draftUri(name));
  await vscode.window.showTextDocument(document);
  return document;
}

function positionOf(document, text) {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `${text} is not in ${path.basename(document.uri.fsPath)}`);
  return document.positionAt(offset + 1);
}

const plain = (text) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').toLowerCase();
const hoverText = (hovers) => hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');

describe('factcheck in VS Code', function () {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a. a flagged draft gets the right diagnostics and nothing else', async () => {
    const document = await open(flagged.file);
    const diagnostics = await diagnosticsUntil(document.uri, (seen) => flagged.problems.every((p) => has(seen, p.code)),
      flagged.problems.map((p) => p.code).join(', '), FIRST_CHECK_MS);
    for (const expected of flagged.problems) {
      const diagnostic = diagnostics.find((d) => codeOf(d) === expected.code);
      assert.equal(diagnostic.range.start.line + 1, expected.line, `${expected.code} line`);
      assert.equal(diagnostic.severity, SEVERITY[expected.severity], `${expected.code} severity`);
      assert.ok(diagnostic.message.includes(expected.mentions), `${expected.code} message: ${diagnostic.message}`);
    }
    assert.equal(diagnostics.length, flagged.problems.length, `unexpected extra diagnostics: ${summary(diagnostics)}`);
  });

  it("b. hovering a person's name shows their role and quotes", async () => {
    const document = await open(flagged.file);
    const { name } = flagged.hover;
    const reference = require(path.join(vscode.extensions.getExtension('factcheck.factcheck').extensionPath, 'reference-data', 'blinken-xi-2023-06-19.json'));
    const person = reference.people.find((p) => p.name === name);
    const quotes = reference.quotes.filter((q) => q.speaker === person.id);
    const opening = (quote) => plain(quote.text).split(' ').slice(0, 5).join(' ');
    // The server answers once it has started; the first request may come before that.
    await diagnosticsUntil(document.uri, (seen) => seen.length > 0, 'the server to check the draft', FIRST_CHECK_MS);
    const card = plain(hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, positionOf(document, name))));
    assert.ok(card.includes(plain(name)), `card names ${name}: ${card}`);
    assert.ok(person.roles.some((role) => card.includes(role.title.toLowerCase())), `card shows a role: ${card}`);
    assert.ok(quotes.some((quote) => card.includes(opening(quote))), `card shows a quote: ${card}`);
  });

  it(`c. "${flagged.fix.title}" fixes the text on disk and clears the diagnostic`, async () => {
    const { fix } = flagged;
    const document = await open(flagged.file);
    const before = document.getText();
    assert.ok(before.includes(fix.before));
    const diagnostics = await diagnosticsUntil(document.uri, (seen) => has(seen, fix.code), fix.code, FIRST_CHECK_MS);
    const target = diagnostics.find((d) => codeOf(d) === fix.code);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, target.range,
      vscode.CodeActionKind.QuickFix.value);
    const action = actions.find((a) => a.title === fix.title);
    assert.ok(action, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit applies');
    assert.ok(await document.save(), 'the draft saves');
    assert.equal(fs.readFileSync(document.uri.fsPath, 'utf8'), before.replace(fix.before, fix.after));
    const others = flagged.problems.map((p) => p.code).filter((code) => code !== fix.code);
    await diagnosticsUntil(document.uri, (seen) => !has(seen, fix.code) && others.every((code) => has(seen, code)),
      `${fix.code} gone and ${others.join(', ')} kept`);
  });

  it(`d. "factcheck.severity": {"${severity.silenced}": "off"} removes those diagnostics`, async () => {
    const document = await open(severity.file);
    const both = (seen) => has(seen, severity.silenced) && has(seen, severity.kept);
    await diagnosticsUntil(document.uri, both, `${severity.silenced} and ${severity.kept}`, FIRST_CHECK_MS);
    const settings = vscode.workspace.getConfiguration('factcheck');
    await settings.update('severity', { [severity.silenced]: 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticsUntil(document.uri, (seen) => !has(seen, severity.silenced) && has(seen, severity.kept),
        `${severity.silenced} gone, ${severity.kept} kept`);
    } finally {
      await settings.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsUntil(document.uri, both, `${severity.silenced} back after the setting is removed`);
  });

  it('e. a clean draft gets no diagnostics', async () => {
    const document = await open(clean.file);
    // A probe edit proves the server checks this document; reverting it must leave nothing flagged.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), clean.probe.text);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await diagnosticsUntil(document.uri, (seen) => has(seen, clean.probe.code), 'the probe flagged', FIRST_CHECK_MS);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(document.isDirty, false);
    await diagnosticsUntil(document.uri, (seen) => seen.length === 0, 'no diagnostics on the clean text');
  });
});
