// The VS Code side: starts the language server over IPC, shows a status bar item, registers the commands.
// It holds no checking logic: everything it shows comes from the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ConfigurationRequest,
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  EXTRACT_REFERENCE_REQUEST,
  FIX_ALL_COMMAND,
  REFERENCE_SETS_REQUEST,
  STATUS_NOTIFICATION,
  type ExtractReferenceParams,
  type ExtractReferenceResult,
  type FixAllArguments,
  type ReferenceSetInfo,
  type ReferenceSetsParams,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { REFERENCE_FOLDER, REFERENCE_SUFFIX } from '../../server/src/reference/discovery';

/** Where the extension checks documents: on disk, untitled, and in virtual workspaces (text only). */
const SCHEMES = ['file', 'untitled', 'vscode-vfs'];

let client: LanguageClient | undefined;
let status: StatusBar | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Fact Check', { log: true });
  status = new StatusBar();
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('factcheck.restartServer', () => restartClient(context, output)),
    vscode.commands.registerCommand('factcheck.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('factcheck.showReferenceSet', () => showReferenceSet()),
    vscode.commands.registerCommand('factcheck.fixAll', () => fixAll()),
    vscode.commands.registerCommand('factcheck.buildReferenceSet', () => buildReferenceSet()),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // The checked languages decide which documents the client sends: a new list needs a new client.
      if (event.affectsConfiguration('factcheck.languages') && client) await restartClient(context, output);
    }),
  );
  await startClient(context, output);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function restartClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  // A server that crashed cannot be stopped cleanly; start a fresh one all the same.
  await client?.stop().catch(() => undefined);
  await startClient(context, output);
}

async function startClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: checkedLanguages().flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))),
    synchronize: { configurationSection: 'factcheck' },
    outputChannel: output,
    middleware: { workspace: { configuration: withSettingsProvenance } },
  };
  client = new LanguageClient('factcheck', 'Fact Check', serverOptions, clientOptions);
  client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status?.update(params));
  await client.start();
}

/** Every language any folder (or the user) asks to check. */
function checkedLanguages(): string[] {
  const scopes: (vscode.Uri | undefined)[] = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
  const languages = new Set<string>();
  for (const scope of scopes) for (const language of vscode.workspace.getConfiguration('factcheck', scope).get<string[]>('languages') ?? []) languages.add(language);
  return [...languages];
}

/**
 * Answers the server's settings requests, adding where `referenceFiles` was set: only paths from the user's own
 * settings may lead outside the workspace folder (a cloned repository must not make the checker read elsewhere).
 */
const withSettingsProvenance: ConfigurationRequest.MiddlewareSignature = async (params, token, next) => {
  const answers = await next(params, token);
  if (!Array.isArray(answers)) return answers;
  return answers.map((answer: unknown, i) => {
    const item = params.items[i];
    if (item.section !== 'factcheck' || typeof answer !== 'object' || answer === null) return answer;
    const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
    const where = vscode.workspace.getConfiguration('factcheck', scope).inspect<string[]>('referenceFiles');
    const fromWorkspace = where?.workspaceFolderValue !== undefined || where?.workspaceValue !== undefined;
    return { ...answer, referenceFilesFromUserSettings: !fromWorkspace && where?.globalValue !== undefined };
  });
};

async function showReferenceSet(): Promise<void> {
  if (!client) return;
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const sets = await client.sendRequest<ReferenceSetInfo[]>(REFERENCE_SETS_REQUEST, { uri } satisfies ReferenceSetsParams);
  if (sets.length === 0) {
    void vscode.window.showInformationMessage('Fact Check: no reference set is in use for this document.');
    return;
  }
  const chosen =
    sets.length === 1
      ? sets[0]
      : (await vscode.window.showQuickPick(sets.map((set) => ({ label: set.name, description: set.articlePath, set })), { placeHolder: 'Which reference set?' }))?.set;
  if (chosen) await vscode.window.showTextDocument(vscode.Uri.file(chosen.articlePath), { preview: true });
}

async function fixAll(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!client || !document) return;
  const args: FixAllArguments = { uri: document.uri.toString(), version: document.version };
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: FIX_ALL_COMMAND, arguments: [args] })) as { applied: number } | undefined;
  if (!result?.applied) void vscode.window.showInformationMessage('Fact Check: nothing to fix automatically in this document.');
}

/** Languages whose documents can be the source article. */
const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown']);

/**
 * "Fact Check: Build Reference Set from Article…": the article (the active editor's, or one picked), its date
 * if it gives none, where to save (suggested: the folder's .factcheck/, where the set is used at once); the
 * server builds the set and the JSON is saved and opened for review.
 */
async function buildReferenceSet(): Promise<void> {
  if (!client) return;
  const article = await chooseArticle();
  if (!article) return;
  const suggested = suggestedLocation(article);
  let date: string | undefined;
  const request = (outputUri: vscode.Uri) =>
    client!.sendRequest<ExtractReferenceResult>(EXTRACT_REFERENCE_REQUEST, { uri: article.toString(), outputUri: outputUri.toString(), date } satisfies ExtractReferenceParams);
  let result = await request(suggested);
  while ('problem' in result && result.needsDate) {
    date = await askDate(article, date === undefined ? undefined : result.problem);
    if (!date) return;
    result = await request(suggested);
  }
  if ('problem' in result) return void vscode.window.showErrorMessage(`Fact Check: ${result.problem}`);
  const target = await vscode.window.showSaveDialog({
    title: 'Fact Check: save the reference set',
    defaultUri: suggested,
    saveLabel: 'Save Reference Set',
    filters: { 'Fact Check reference set': ['json'] },
  });
  if (!target) return;
  // The set names its article relative to where it is saved.
  if (target.toString() !== suggested.toString()) result = await request(target);
  if ('problem' in result) return void vscode.window.showErrorMessage(`Fact Check: ${result.problem}`);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.json));
  await vscode.window.showTextDocument(target);
  const { quotes, people } = result.set;
  const found = `${quotes.length} quote${quotes.length === 1 ? '' : 's'} and ${people.length} ${people.length === 1 ? 'person' : 'people'}`;
  const used = isDiscovered(target) ? 'It is in use for this folder now' : 'Add it to factcheck.referenceFiles to use it';
  void vscode.window.showInformationMessage(`Fact Check: built “${result.set.name}” with ${found}. Review it: ${used}.`);
}

/** The active editor's document when it can be an article (saved first: the set points at the file), else a pick. */
async function chooseArticle(): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (document && ARTICLE_LANGUAGES.has(document.languageId) && !document.isUntitled && document.uri.scheme === 'file') {
    if (document.isDirty) {
      const save = 'Save and Build';
      const choice = await vscode.window.showWarningMessage(
        `${path.basename(document.uri.fsPath)} has unsaved changes. The reference set is built from the saved file, which it points to.`,
        { modal: true },
        save,
      );
      if (choice !== save || !(await document.save())) return undefined;
    }
    return document.uri;
  }
  const [picked] =
    (await vscode.window.showOpenDialog({
      title: 'Fact Check: the article to build a reference set from',
      openLabel: 'Build Reference Set',
      canSelectMany: false,
      filters: { 'Articles': ['txt', 'md', 'markdown'], 'All files': ['*'] },
    })) ?? [];
  return picked;
}

/** `.factcheck/<article name>.factcheck.json` in the article's workspace folder (or beside the article). */
function suggestedLocation(article: vscode.Uri): vscode.Uri {
  const name = path.posix.basename(article.path).replace(/\.[^.]*$/, '') + REFERENCE_SUFFIX;
  const folder = vscode.workspace.getWorkspaceFolder(article);
  return folder ? vscode.Uri.joinPath(folder.uri, REFERENCE_FOLDER, name) : vscode.Uri.joinPath(article, '..', name);
}

/** The server finds the file by itself: a `.factcheck.json` in the `.factcheck/` folder of a workspace folder. */
function isDiscovered(file: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(file);
  return !!folder && file.path.endsWith(REFERENCE_SUFFIX) && vscode.Uri.joinPath(file, '..').path === vscode.Uri.joinPath(folder.uri, REFERENCE_FOLDER).path;
}

/** The article's publication date, YYYY-MM-DD; `problem` is what the server said of the last one given. */
function askDate(article: vscode.Uri, problem?: string): Thenable<string | undefined> {
  const why = problem ?? 'The article states no date.';
  return vscode.window
    .showInputBox({
      title: `Fact Check: when was ${path.posix.basename(article.path)} published?`,
      prompt: `${why} Give its publication date: the days it names (“on Monday”) are read against it.`,
      placeHolder: 'YYYY-MM-DD',
      ignoreFocusOut: true,
      validateInput: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? undefined : 'A date as YYYY-MM-DD, e.g. 2024-03-12'),
    })
    .then((value) => value?.trim());
}

/** Right-hand status bar item: the reference set and the number of findings in the active document. */
class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('factcheck.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = 'Fact Check';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((document) => this.byUri.delete(document.uri.toString())),
    ];
  }

  update(params: StatusParams) {
    this.byUri.set(params.uri, params);
    this.render();
  }

  private render() {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const params = uri ? this.byUri.get(uri) : undefined;
    if (!params) {
      this.item.hide();
      return;
    }
    const sets = params.referenceSets.join(', ');
    const count = `${params.findings} finding${params.findings === 1 ? '' : 's'}`;
    switch (params.state) {
      case 'checked':
        this.item.text = `$(${params.findings ? 'warning' : 'check'}) ${shorten(sets)}: ${params.findings}`;
        this.item.tooltip = `Fact Check: ${count} against ${sets}. Click to open the Problems view.`;
        break;
      case 'disabled':
        this.item.text = '$(circle-slash) Fact Check off';
        this.item.tooltip = 'Fact Check is disabled for this folder (factcheck.enable).';
        break;
      case 'tooLarge':
        this.item.text = '$(circle-slash) Fact Check: too large';
        this.item.tooltip = 'This document is larger than factcheck.maxFileSize and is not checked.';
        break;
      case 'noReference':
        this.item.text = '$(error) Fact Check: no reference set';
        this.item.tooltip = 'No reference set loaded: see factcheck.useBuiltInReference and factcheck.referenceFiles, and the Fact Check output.';
        break;
    }
    this.item.show();
  }

  dispose() {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
