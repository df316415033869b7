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
  FIX_ALL_COMMAND,
  REFERENCE_SETS_REQUEST,
  STATUS_NOTIFICATION,
  type FixAllArguments,
  type ReferenceSetInfo,
  type ReferenceSetsParams,
  type StatusParams,
} from '../../server/src/lsp/protocol';

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
