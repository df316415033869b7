// The language server: LSP glue around the checking engine. Run alone with `node dist/server.js --stdio`.
// Nothing here decides what is wrong: findings come from checkText, and the lsp/ modules turn them into
// diagnostics, code actions and hovers. This file wires settings, reference sets and documents together.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  type ClientCapabilities,
  type Disposable,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { analyzeAround, checkInSteps, languageOf } from './engine';
import type { Finding } from './checks/finding';
import type { ReferenceIndex } from './reference/index';
import { REFERENCE_FOLDER, REFERENCE_SUFFIX, referenceFilesFor } from './reference/discovery';
import { formatProblem } from './reference/loader';
import { DIAGNOSTIC_SOURCE, toDiagnostic, type ArticleResolver } from './lsp/diagnostics';
import { fixAllAction, fixAllEdits, quickFixes, versionedEdit, wantsFixAll } from './lsp/codeActions';
import { hoverAt } from './lsp/hover';
import { extractReference } from './lsp/extractReference';
import { ReferenceLibrary } from './lsp/referenceLibrary';
import { inTurns } from './steps';
import { applySeverity, readSettings, type Settings } from './lsp/settings';
import {
  EXTRACT_REFERENCE_REQUEST,
  FIX_ALL_COMMAND,
  FIX_ALL_KIND,
  REFERENCE_SETS_REQUEST,
  STATUS_NOTIFICATION,
  type DocumentState,
  type ExtractReferenceParams,
  type ExtractReferenceResult,
  type FixAllArguments,
  type ReferenceSetInfo,
  type ReferenceSetsParams,
  type StatusParams,
} from './lsp/protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

// ---- client capabilities -------------------------------------------------------------------------------

let client: ClientCapabilities = {};
/** `initializationOptions.diagnostics: "push"` makes the server push even to a client that could pull. */
let pushRequested = false;
const canPull = () => !!client.textDocument?.diagnostic && !pushRequested;
const canRefreshPull = () => !!client.workspace?.diagnostics?.refreshSupport;
const canAskConfiguration = () => !!client.workspace?.configuration;

// ---- workspace folders and their settings ---------------------------------------------------------------

let folders: WorkspaceFolder[] = [];
/** Settings pushed by didChangeConfiguration, for clients that cannot answer workspace/configuration. */
let pushedSettings: Settings = readSettings(undefined);

interface FolderState {
  settings: Settings;
  references: ReferenceIndex[];
}

/** Per folder (or, outside any folder, per document directory): settings and the reference sets they name. */
const folderStates = new Map<string, Promise<FolderState>>();

function folderOf(uri: string): WorkspaceFolder | undefined {
  let best: WorkspaceFolder | undefined;
  for (const folder of folders) {
    const prefix = folder.uri.endsWith('/') ? folder.uri : `${folder.uri}/`;
    if (uri.startsWith(prefix) && (!best || folder.uri.length > best.uri.length)) best = folder;
  }
  return best;
}

function folderState(uri: string): Promise<FolderState> {
  const folder = folderOf(uri);
  const key = folder?.uri ?? `dir:${path.dirname(URI.parse(uri).path)}`;
  let state = folderStates.get(key);
  if (!state) {
    state = loadFolderState(folder, uri);
    folderStates.set(key, state);
  }
  return state;
}

async function loadFolderState(folder: WorkspaceFolder | undefined, uri: string): Promise<FolderState> {
  let settings = pushedSettings;
  if (canAskConfiguration()) {
    const [raw] = await connection.workspace.getConfiguration([{ scopeUri: folder?.uri ?? uri, section: 'factcheck' }]).then(
      (values: unknown[]) => values,
      () => [undefined],
    );
    settings = readSettings(raw);
  }
  const base = baseDirectory(folder, uri);
  const files: string[] = [];
  if (settings.useBuiltInReference) files.push(library.builtInPath());
  if (base) {
    const discovered = referenceFilesFor(base, settings.referenceFiles, { trusted: settings.referenceFilesFromUserSettings });
    files.push(...discovered.files);
    for (const refused of discovered.refused) noticeOnce(`refused:${base}:${refused.path}`, MessageType.Warning, `Fact Check: the reference file ${refused.path} is not used: ${refused.reason}.`);
  }
  const references: ReferenceIndex[] = [];
  for (const file of new Set(files)) {
    const reference = await library.load(file);
    if (reference) references.push(reference);
  }
  watchReferenceFiles();
  return { settings, references };
}

/** Where relative reference file paths start: the workspace folder, else the document's own directory. */
function baseDirectory(folder: WorkspaceFolder | undefined, uri: string): string | undefined {
  const parsed = URI.parse(folder?.uri ?? uri);
  if (parsed.scheme !== 'file') return undefined;
  return folder ? parsed.fsPath : path.dirname(parsed.fsPath);
}

// ---- reference sets -------------------------------------------------------------------------------------

const library = new ReferenceLibrary((file, problems, keptLastGood) => {
  const uri = URI.file(file).toString();
  // The problems also go on the reference file itself, where the writer can click through to each one.
  void connection.sendDiagnostics({
    uri,
    diagnostics: problems.map((problem) => {
      const at = { line: problem.line - 1, character: problem.column - 1 };
      return { range: { start: at, end: at }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: problem.message };
    }),
  });
  if (problems.length === 0) return;
  const outcome = keptLastGood ? 'The last version that loaded is still in use.' : 'It is not in use.';
  connection.console.error(`Reference file ${file} could not be loaded:\n${problems.map(formatProblem).join('\n')}`);
  showMessage(MessageType.Error, `Fact Check: the reference file ${path.basename(file)} could not be loaded. ${outcome} ${formatProblem(problems[0])}`);
});

const articleDocuments = new Map<string, { text: string; document: TextDocument }>();
const articles: ArticleResolver = (articlePath) => {
  const reference = library.loadedSets().find((r) => r.loaded.articlePath === articlePath);
  const text = reference?.loaded.articleText ?? (fs.existsSync(articlePath) ? fs.readFileSync(articlePath, 'utf8') : undefined);
  if (text === undefined) return undefined;
  let cached = articleDocuments.get(articlePath);
  if (cached?.text !== text) {
    cached = { text, document: TextDocument.create(URI.file(articlePath).toString(), 'plaintext', 0, text) };
    articleDocuments.set(articlePath, cached);
  }
  return cached.document;
};

let watcher: Promise<Disposable> | undefined;
let watchedPaths: string | undefined;

/**
 * A file in a `.factcheck/` folder named like a reference set, or the folder itself: creating, changing or deleting
 * one changes what the folder uses. (A folder created with its files, or deleted with them, may be reported alone.)
 */
function isDiscoverable(file: string): boolean {
  return path.basename(file) === REFERENCE_FOLDER || (path.basename(path.dirname(file)) === REFERENCE_FOLDER && file.endsWith(REFERENCE_SUFFIX));
}

/** Asks the client to report changes to every file a reference set was read from, and to `.factcheck/` folders. */
function watchReferenceFiles() {
  if (!client.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  const paths = library.watchedPaths().sort();
  if (paths.join('\n') === watchedPaths) return;
  watchedPaths = paths.join('\n');
  const relative = !!client.workspace.didChangeWatchedFiles.relativePatternSupport;
  const watchers = [
    { globPattern: `**/${REFERENCE_FOLDER}/*${REFERENCE_SUFFIX}` },
    { globPattern: `**/${REFERENCE_FOLDER}` },
    ...paths.map((file) =>
      relative ? { globPattern: { baseUri: URI.file(path.dirname(file)).toString(), pattern: path.basename(file) } } : { globPattern: file.split(path.sep).join('/') },
    ),
  ];
  const previous = watcher;
  watcher = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
  inBackground(watcher, 'asking the editor to watch the reference files');
  // A refused registration was logged when it was refused: there is nothing to drop.
  inBackground(previous?.then((registration) => registration.dispose(), () => undefined), 'dropping the previous file watchers');
}

// ---- checking -------------------------------------------------------------------------------------------

/** Bumped whenever settings or reference data change: every cached check is then out of date. */
let generation = 0;

interface DocumentCheck {
  version: number;
  generation: number;
  state: DocumentState;
  settings: Settings;
  references: ReferenceIndex[];
  /** What is shown: findings after suppression comments and severity settings. */
  findings: Finding[];
}

const checks = new Map<string, DocumentCheck>();
/** Checks under way, by document: a second request for the same version waits for the first. */
const running = new Map<string, { version: number; generation: number; check: Promise<DocumentCheck | undefined> }>();

async function checkDocument(uri: string): Promise<DocumentCheck | undefined> {
  const cached = checks.get(uri);
  const version = documents.get(uri)?.version;
  if (cached && cached.version === version && cached.generation === generation) return cached;
  const underway = running.get(uri);
  if (underway && underway.version === version && underway.generation === generation) return underway.check;
  const check = runCheck(uri);
  if (version !== undefined) running.set(uri, { version, generation, check });
  try {
    return await check;
  } finally {
    if (running.get(uri)?.check === check) running.delete(uri);
  }
}

async function runCheck(uri: string): Promise<DocumentCheck | undefined> {
  const startedAt = generation;
  const { settings, references } = await folderState(uri);
  const document = documents.get(uri);
  if (!document || !settings.languages.includes(document.languageId)) {
    checks.delete(uri);
    return undefined;
  }
  const check: DocumentCheck = { version: document.version, generation: startedAt, state: 'checked', settings, references, findings: [] };
  // A client may send anything: a document without text is checked as empty rather than taking the server down.
  const content: unknown = document.getText();
  const text = typeof content === 'string' ? content : '';
  if (!settings.enable) check.state = 'disabled';
  else if (references.length === 0) check.state = 'noReference';
  else if (Buffer.byteLength(text) > settings.maxFileSize) {
    check.state = 'tooLarge';
    noticeTooLarge(document, settings.maxFileSize);
  } else {
    try {
      const current = () => documents.get(uri)?.version === check.version && generation === startedAt;
      const findings = await inTurns(checkInSteps(text, languageOf(document.languageId), references), current);
      // The text or the settings changed meanwhile: check what is there now (unchanged windows are cached).
      if (findings === undefined) return checkDocument(uri);
      check.findings = applySeverity(findings, settings);
    } catch (error) {
      // The engine never throws on any text (property tests); if it ever does, say so and keep serving.
      connection.console.error(`factcheck: checking ${uri} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
  if (startedAt === generation) checks.set(uri, check);
  sendStatus(uri, check);
  return check;
}

function noticeTooLarge(document: TextDocument, maxFileSize: number) {
  const name = path.basename(URI.parse(document.uri).path);
  noticeOnce(`tooLarge:${document.uri}`, MessageType.Info, `Fact Check: ${name} is not checked: it is larger than factcheck.maxFileSize (${maxFileSize.toLocaleString('en')} bytes).`);
}

function sendStatus(uri: string, check: DocumentCheck) {
  const status: StatusParams = {
    uri,
    version: check.version,
    state: check.state,
    referenceSets: check.references.map((r) => r.name),
    findings: check.findings.length,
  };
  void connection.sendNotification(STATUS_NOTIFICATION, status);
}

/** The diagnostics of the document's current version; undefined when it is not checked. */
async function diagnosticsFor(uri: string) {
  for (;;) {
    const check = await checkDocument(uri);
    const document = documents.get(uri);
    if (!check || !document) return undefined;
    // An edit came while the check ran (checks run in turns): the current version is checked, never shown as empty.
    if (document.version === check.version) return check.findings.map((finding) => toDiagnostic(document, finding, articles));
  }
}

/** Documents whose last published diagnostics were not empty: cleared when they stop being checked. */
const published = new Set<string>();

async function publish(uri: string) {
  const diagnostics = await diagnosticsFor(uri);
  const document = documents.get(uri);
  if (!document) return;
  if (diagnostics === undefined) {
    // Not checked (any more, after a settings change): clear what an earlier check showed.
    if (!published.delete(uri)) return;
  } else if (diagnostics.length) published.add(uri);
  else published.delete(uri);
  void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnostics ?? [] });
}

/** Settings or reference data changed: every document is checked again. */
function recheckAll() {
  generation++;
  folderStates.clear();
  if (canPull()) {
    if (canRefreshPull()) inBackground(connection.languages.diagnostics.refresh(), 'asking the editor to pull diagnostics again');
    // Without refresh support the client pulls again on its next edit; the status bar need not wait.
    for (const document of documents.all()) inBackground(checkDocument(document.uri), `checking ${document.uri}`);
  } else {
    for (const document of documents.all()) inBackground(publish(document.uri), `checking ${document.uri}`);
  }
}

// ---- LSP handlers ---------------------------------------------------------------------------------------

connection.onInitialize((params: InitializeParams): InitializeResult => {
  client = params.capabilities;
  pushRequested = (params.initializationOptions as { diagnostics?: unknown } | undefined)?.diagnostics === 'push';
  folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: path.basename(URI.parse(params.rootUri).fsPath) }] : []);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
      ...(canPull() ? { diagnosticProvider: { identifier: 'factcheck', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'factcheck', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  // Read the built-in set while the editor is still opening documents: the first check need not wait for it.
  inBackground(library.load(library.builtInPath()), 'loading the built-in reference set');
  if (client.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      folders = [...folders.filter((f) => !removed.has(f.uri)), ...event.added];
      recheckAll();
    });
  }
});

connection.onDidChangeConfiguration((change) => {
  const settings = (change.settings as { factcheck?: unknown } | null)?.factcheck;
  if (settings !== undefined) pushedSettings = readSettings(settings);
  recheckAll();
});

connection.onDidChangeWatchedFiles((change) => {
  let affected = false;
  for (const event of change.changes) {
    const file = URI.parse(event.uri).fsPath;
    affected = library.changed(file) || isDiscoverable(file) || affected;
  }
  if (affected) recheckAll();
});

documents.onDidChangeContent((event) => {
  if (!canPull()) inBackground(publish(event.document.uri), `checking ${event.document.uri}`);
});

documents.onDidClose((event) => {
  checks.delete(event.document.uri);
  published.delete(event.document.uri);
  noticed.delete(`tooLarge:${event.document.uri}`);
  if (!canPull()) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params) => ({
  kind: DocumentDiagnosticReportKind.Full,
  items: (await diagnosticsFor(params.textDocument.uri)) ?? [],
}));

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  const check = document && (await checkDocument(document.uri));
  if (!document || !check || check.version !== document.version) return [];
  if (wantsFixAll(params.context.only)) {
    const action = fixAllAction(document, check.findings);
    return action ? [action] : [];
  }
  return quickFixes(document, languageOf(document.languageId), check.findings, params.context.diagnostics);
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== FIX_ALL_COMMAND) return;
  const { uri, version } = (params.arguments?.[0] ?? {}) as Partial<FixAllArguments>;
  const document = uri ? documents.get(uri) : undefined;
  if (!document || (version !== undefined && version !== document.version)) return { applied: 0 };
  const check = await checkDocument(document.uri);
  if (!check || check.version !== document.version) return { applied: 0 };
  const edits = fixAllEdits(check.findings);
  if (edits.length === 0) return { applied: 0 };
  const result = await connection.workspace.applyEdit({ label: 'Fact Check: Fix all in document', edit: versionedEdit(document, edits) });
  return { applied: result.applied ? edits.length : 0 };
});

connection.onHover(async (params) => {
  const document = documents.get(params.textDocument.uri);
  const check = document && (await checkDocument(document.uri));
  if (!document || !check || check.state !== 'checked' || check.version !== document.version) return null;
  const text = document.getText();
  const language = languageOf(document.languageId);
  const offset = document.offsetAt(params.position);
  const analyses = analyzeAround(text, language, check.references, offset);
  return hoverAt(offset, { document, analyses, findings: check.findings, articles });
});

connection.onRequest(REFERENCE_SETS_REQUEST, async (params: ReferenceSetsParams): Promise<ReferenceSetInfo[]> => {
  const references = params.uri ? (await folderState(params.uri)).references : library.loadedSets();
  return references.map((r) => ({ name: r.name, file: r.loaded.file, articlePath: r.loaded.articlePath }));
});

connection.onRequest<ExtractReferenceResult, void>(EXTRACT_REFERENCE_REQUEST, (params: ExtractReferenceParams) => extractReference(params));

/**
 * Work nobody awaits: a check started before the editor pulls, a request to the editor. An editor may refuse a
 * request (file watchers, a refresh); that is logged and the server goes on, where an unhandled rejection would end it.
 */
function inBackground(work: Promise<unknown> | undefined, what: string) {
  work?.catch((error: unknown) => connection.console.error(`factcheck: ${what} failed: ${(error as Error)?.message ?? String(error)}`));
}

const noticed = new Set<string>();

/** Shows a message the first time `key` comes up (a setting's problem is not repeated on every keystroke). */
function noticeOnce(key: string, type: MessageType, message: string) {
  if (noticed.has(key)) return;
  noticed.add(key);
  showMessage(type, message);
}

/** A notification (window/showMessage), not a request: nothing waits for the writer to dismiss it. */
function showMessage(type: MessageType, message: string) {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

documents.listen(connection);
connection.listen();
