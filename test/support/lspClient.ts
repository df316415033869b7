// A small LSP client for protocol tests: spawns dist/server.js --stdio and speaks JSON-RPC to it, playing the
// editor's part: it answers workspace/configuration from per-folder settings, records what the server sends
// (notifications, refresh requests, edits it asks to apply) and can pull diagnostics.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ApplyWorkspaceEditParams,
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  Hover,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
  WorkspaceFolder,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

/** The `factcheck` section a client answers for a scope (a folder or document URI, or none). */
export type SettingsSource = unknown | ((scopeUri: string | undefined) => unknown);

export interface StartOptions {
  initializationOptions?: unknown;
  capabilities?: object;
  /** Answers workspace/configuration for section `factcheck`; null (the default) means "nothing set". */
  settings?: SettingsSource;
  workspaceFolders?: WorkspaceFolder[];
  /** Environment variables set for the server process, besides this process's own. */
  env?: Record<string, string>;
}

export interface TestServer {
  connection: MessageConnection;
  process: ChildProcess;
  initializeResult: InitializeResult;
  /** Every notification received from the server, in order. */
  notifications: { method: string; params: unknown }[];
  /** Every request the server sent (other than workspace/configuration), in order. */
  serverRequests: { method: string; params: unknown }[];
  /** Resolves with the next diagnostics published for `uri` (optionally for a given version). */
  nextDiagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  /** Resolves with the first notification `method` (already received or still to come) that `matches`. */
  waitForNotification<T>(method: string, matches?: (params: T) => boolean): Promise<T>;
  open(uri: string, text: string, languageId?: string, version?: number): Promise<Diagnostic[]>;
  /** didOpen without waiting for anything (for pull mode). */
  openQuietly(uri: string, text: string, languageId?: string, version?: number): Promise<void>;
  /** Replaces the whole text of an open document. */
  change(uri: string, text: string, version: number): Promise<void>;
  pull(uri: string): Promise<Diagnostic[]>;
  hover(uri: string, position: Position): Promise<Hover | null>;
  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]>;
  /** Changes the settings the client answers with, and tells the server (didChangeConfiguration). */
  setSettings(settings: SettingsSource): Promise<void>;
  stop(): Promise<void>;
}

export function fileUri(name: string): string {
  return pathToFileURL(path.join('/tmp/factcheck-test', name)).toString();
}

/** Capabilities of an editor with pull diagnostics and refresh (LSP 3.17), like VS Code. */
export const PULL_CAPABILITIES = {
  workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
};

/** Capabilities of an editor that only takes pushed diagnostics. */
export const PUSH_CAPABILITIES = {
  workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
};

export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  // Read, or a server writing more than a pipe holds would block; the end of it explains an unexpected exit.
  let stderrTail = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderrTail = (stderrTail + chunk.toString()).slice(-4000)));
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (stopping) return;
    // Requests still waiting for an answer fail now, rather than the test waiting for ever.
    console.error(`the server exited unexpectedly (code ${code}, signal ${signal})${stderrTail ? `:\n${stderrTail}` : ''}`);
    connection.dispose();
  });
  let settings: SettingsSource = options.settings ?? null;
  const answer = (scopeUri: string | undefined) => (typeof settings === 'function' ? (settings as (s: string | undefined) => unknown)(scopeUri) : settings);
  const notifications: TestServer['notifications'] = [];
  const serverRequests: TestServer['serverRequests'] = [];
  const listeners = new Set<() => void>();
  const waiters: { uri: string; version?: number; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification((method: string, params: unknown) => {
    notifications.push({ method, params });
    for (const listener of [...listeners]) listener();
  });
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    notifications.push({ method: 'textDocument/publishDiagnostics', params });
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && (waiter.version === undefined || waiter.version === params.version)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
    params.items.map((item) => (item.section === 'factcheck' ? answer(item.scopeUri) ?? null : null)),
  );
  connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
    serverRequests.push({ method: 'workspace/applyEdit', params });
    return { applied: true };
  });
  connection.onRequest((method: string, params: unknown) => {
    serverRequests.push({ method, params });
    return null;
  });
  connection.listen();
  const initializeResult = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.workspaceFolders?.[0]?.uri ?? null,
    workspaceFolders: options.workspaceFolders ?? null,
    capabilities: options.capabilities ?? { workspace: { configuration: true } },
    initializationOptions: options.initializationOptions,
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});
  const withTimeout = <T>(what: string, executor: (resolve: (value: T) => void) => () => void) =>
    new Promise<T>((resolve, reject) => {
      let cleanup = () => {};
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${what} within 10 s`));
      }, 10_000);
      timer.unref();
      cleanup = executor((value) => {
        clearTimeout(timer);
        cleanup();
        resolve(value);
      });
    });
  const nextDiagnostics = (uri: string, version?: number) =>
    withTimeout<Diagnostic[]>(`no diagnostics for ${uri}`, (resolve) => {
      const waiter = { uri, version, resolve };
      waiters.push(waiter);
      return () => waiters.includes(waiter) && waiters.splice(waiters.indexOf(waiter), 1);
    });
  const openQuietly = async (uri: string, text: string, languageId = 'markdown', version = 1) => {
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  };
  return {
    connection,
    process: child,
    initializeResult,
    notifications,
    serverRequests,
    nextDiagnostics,
    waitForNotification<T>(method: string, matches: (params: T) => boolean = () => true) {
      return withTimeout<T>(`no ${method} notification`, (resolve) => {
        const listener = () => {
          const found = notifications.find((n) => n.method === method && matches(n.params as T));
          if (found) resolve(found.params as T);
        };
        listeners.add(listener);
        queueMicrotask(listener);
        return () => listeners.delete(listener);
      });
    },
    async open(uri, text, languageId = 'markdown', version = 1) {
      const diagnostics = nextDiagnostics(uri, version);
      await openQuietly(uri, text, languageId, version);
      return diagnostics;
    },
    openQuietly,
    async change(uri, text, version) {
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    async pull(uri) {
      const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
      if (report.kind !== 'full') throw new Error(`expected a full diagnostic report, got ${report.kind}`);
      return report.items;
    },
    async hover(uri, position) {
      return (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as Hover | null;
    },
    async codeActions(uri, diagnostics, only) {
      const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return (await connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range,
        context: { diagnostics, ...(only ? { only } : {}), triggerKind: 1 },
      })) as CodeAction[];
    },
    async setSettings(next) {
      settings = next;
      await connection.sendNotification('workspace/didChangeConfiguration', { settings: { factcheck: typeof next === 'function' ? null : next } });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopping = true;
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    },
  };
}

/** Starts a server (one that can pull diagnostics unless `options` say otherwise), runs `run`, always stops it. */
export async function withServer(options: StartOptions, run: (server: TestServer) => Promise<void>): Promise<void> {
  const server = await startServer({ capabilities: PULL_CAPABILITIES, ...options });
  try {
    await run(server);
  } finally {
    await server.stop();
  }
}

/** The text after applying a workspace edit's changes to one document (documentChanges or changes). */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = [];
  for (const change of edit?.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  edits.push(...(edit?.changes?.[uri] ?? []));
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits);
}

/** The version a workspace edit says it was computed for (documentChanges only). */
export function editVersion(edit: WorkspaceEdit | undefined, uri: string): number | null | undefined {
  for (const change of edit?.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) return change.textDocument.version;
  }
  return undefined;
}

/** LSP position of the n-th (1-based) occurrence of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, occurrence = 1, delta = 0): Position {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" does not occur ${occurrence} time(s)`);
  }
  return TextDocument.create('x:', 'markdown', 0, text).positionAt(offset + delta);
}
