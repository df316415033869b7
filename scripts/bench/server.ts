// The language server as an editor meets it: spawn dist/server.js --stdio, initialize, open a draft, pull its
// diagnostics (as VS Code does), edit one word, pull again; and its memory with the large set loaded.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PULL_CAPABILITIES, startServer, type TestServer } from '../../test/support/lspClient';
import { CACHE_SETTING } from '../../server/src/bootstrap/codeCache';
import { WARM_UP_EDITS, median } from './timing';
import { oneWordEdit } from './drafts';
import { writeLargeSet } from './largeReference';

export interface ServerTimes {
  /** Spawn to the initialize response. */
  ready: number;
  /** CPU time the server process had used by then (from /proc, 10 ms resolution). */
  readyCpu: number;
  /** didOpen to the pulled diagnostics, in a fresh server (reference sets loaded on first use included). */
  openToDiagnostics: number;
  /** didChange of one word to the pulled diagnostics, after 100 such edits (the median of 21). */
  editToDiagnostics: number;
  diagnostics: number;
}

const TIMED_EDITS = 21;

/**
 * Fresh servers, each given the code cache folder `cacheFolder(i)` names (see server/src/bootstrap/codeCache.ts):
 * one an earlier server wrote to, as at every start after a build's first, or an empty one, as at that first start.
 */
export async function measureServer(draft: string, runs: number, cacheFolder: (run: number) => string): Promise<ServerTimes> {
  const samples: ServerTimes[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const server = await startServer({ capabilities: PULL_CAPABILITIES, env: { [CACHE_SETTING]: cacheFolder(i) } });
    const ready = performance.now() - start;
    const readyCpu = processCpuMs(server.process.pid!);
    const uri = pathToFileURL(path.join(os.tmpdir(), `bench-${i}.md`)).toString();
    start = performance.now();
    await server.openQuietly(uri, draft);
    const diagnostics = await server.pull(uri);
    const openToDiagnostics = performance.now() - start;
    let current = draft;
    const type = async (k: number) => {
      const next = oneWordEdit(draft, 1000 * i + k);
      await keystroke(server, uri, current, next, 2 + k);
      current = next;
    };
    for (let k = 0; k < WARM_UP_EDITS; k++) {
      await type(k);
      await server.pull(uri);
    }
    // The median of a few edits: one edit alone is at the mercy of a garbage collection or a scheduler tick.
    const edits: number[] = [];
    for (let k = WARM_UP_EDITS; k < WARM_UP_EDITS + TIMED_EDITS; k++) {
      start = performance.now();
      await type(k);
      await server.pull(uri);
      edits.push(performance.now() - start);
    }
    const editToDiagnostics = median(edits);
    await server.stop();
    samples.push({ ready, readyCpu, openToDiagnostics, editToDiagnostics, diagnostics: diagnostics.length });
  }
  const of = (key: keyof ServerTimes) => median(samples.map((s) => s[key]));
  return { ready: of('ready'), readyCpu: of('readyCpu'), openToDiagnostics: of('openToDiagnostics'), editToDiagnostics: of('editToDiagnostics'), diagnostics: of('diagnostics') };
}

/** User + system CPU time of a process so far, in ms (/proc/<pid>/stat counts clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface ServerMemory {
  /** VmRSS after the draft was checked against the built-in and the large set, in MB. */
  rss: number;
  /** VmHWM: the peak resident size, in MB. */
  peak: number;
  referenceSets: string[];
}

/**
 * Loads the large set (when given) through `factcheck.referenceFiles` in a workspace folder, checks the draft,
 * reads the server's /proc/<pid>/status.
 */
export async function measureServerMemory(draft: string, large?: { json: string; articleText: string }): Promise<ServerMemory> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-bench-'));
  try {
    const files = large ? [writeLargeSet(folder, large.json, large.articleText)] : [];
    const folderUri = pathToFileURL(folder).toString();
    const server = await startServer({
      capabilities: PULL_CAPABILITIES,
      workspaceFolders: [{ uri: folderUri, name: 'bench' }],
      settings: { referenceFiles: files },
    });
    const uri = pathToFileURL(path.join(folder, 'draft.md')).toString();
    await server.openQuietly(uri, draft);
    await server.pull(uri);
    const status = await server.waitForNotification<{ referenceSets: string[] }>('factcheck/status');
    const proc = fs.readFileSync(`/proc/${server.process.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(proc)?.[1] ?? NaN);
    await server.stop();
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024, referenceSets: status.referenceSets };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * didChange with the one range `after` differs from `before` in, as an editor sends a keystroke: the server asks for
 * incremental sync, so VS Code does not send the whole text.
 */
async function keystroke(server: TestServer, uri: string, before: string, after: string, version: number) {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const document = TextDocument.create(uri, 'markdown', version - 1, before);
  const range = { start: document.positionAt(start), end: document.positionAt(before.length - end) };
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: after.slice(start, after.length - end) }] });
}
