// The language server: LSP glue around the checking engine. Run alone with `node dist/server.js --stdio`.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as fs from 'node:fs';
import { checkText, languageOf } from './engine';
import type { Finding } from './checks/finding';
import { loadBuiltInReference } from './reference/loader';
import { ReferenceIndex } from './reference/index';
import { toDiagnostic, type ArticleResolver } from './lsp/diagnostics';
import { quickFixes } from './lsp/codeActions';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const CHECKED_LANGUAGES = new Set(['markdown', 'plaintext']);

let references: ReferenceIndex[] = [];
const findingsByUri = new Map<string, { version: number; findings: Finding[] }>();
const articleDocuments = new Map<string, TextDocument>();

const articles: ArticleResolver = (articlePath) => {
  let article = articleDocuments.get(articlePath);
  if (!article) {
    const ref = references.find((r) => r.loaded.articlePath === articlePath);
    const text = ref?.loaded.articleText ?? (fs.existsSync(articlePath) ? fs.readFileSync(articlePath, 'utf8') : undefined);
    if (text === undefined) return undefined;
    article = TextDocument.create(`file://${articlePath}`, 'plaintext', 0, text);
    articleDocuments.set(articlePath, article);
  }
  return article;
};

connection.onInitialize((): InitializeResult => {
  references = [new ReferenceIndex(loadBuiltInReference())];
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'factcheck', version: '0.1.0' },
  };
});

function validate(document: TextDocument) {
  if (!CHECKED_LANGUAGES.has(document.languageId)) return;
  const findings = checkText(document.getText(), languageOf(document.languageId), references);
  findingsByUri.set(document.uri, { version: document.version, findings });
  void connection.sendDiagnostics({
    uri: document.uri,
    version: document.version,
    diagnostics: findings.map((finding) => toDiagnostic(document, finding, articles)),
  });
}

documents.onDidChangeContent((event) => validate(event.document));
documents.onDidClose((event) => {
  findingsByUri.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onCodeAction((params) => {
  const document = documents.get(params.textDocument.uri);
  const checked = findingsByUri.get(params.textDocument.uri);
  if (!document || !checked || checked.version !== document.version) return [];
  return quickFixes(document, checked.findings, params.context.diagnostics);
});

documents.listen(connection);
connection.listen();
