// No regular expression the server or the extension runs backtracks super-linearly. A draft is any text, and a
// pattern that backtracks over a long run of one character (spaces where markup was blanked out, a line of capitals,
// a run of footnote marks) holds the server for minutes: "x.¹¹¹…" with 30 marks took 12 s, and 300 spaces before
// "and “…”" took almost a second, growing with the cube of the run. scslre finds such patterns without running them;
// this test hands it every regular expression literal in server/src and client/src, and every one the server's
// modules build with `new RegExp` as they load. (Patterns built inside a function from reference data, and the date
// parser's own, are left to the adversarial inputs of fault-huge-input.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_FOLDERS = ['server/src', 'client/src'];

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

interface Literal {
  where: string;
  source: string;
}

function regexLiterals(file: string): Literal[] {
  const sourceFile = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
      found.push({ where: `${path.relative(ROOT, file)}:${line + 1}`, source: node.getText(sourceFile) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/**
 * The regular expressions the server's modules build with `new RegExp` while they load (patterns assembled from word
 * lists), each as a literal.
 */
async function builtWhileLoading(): Promise<Literal[]> {
  const Native = RegExp;
  const built: Literal[] = [];
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args: ConstructorParameters<RegExpConstructor>) {
      const made = new target(...args);
      // The frame below this trap's own: the code that called `new RegExp`.
      const caller = /\(([^()]*[\\/]server[\\/]src[\\/][^()]*?):(\d+):\d+\)$/.exec(new Error().stack?.split('\n')[2] ?? '');
      if (caller) built.push({ where: `${path.relative(ROOT, caller[1])}:${caller[2]}`, source: `/${made.source}/${made.flags}` });
      return made;
    },
  });
  try {
    await import('../../server/src/engine');
  } finally {
    globalThis.RegExp = Native;
  }
  return built;
}

/** What scslre reports of a literal: each quantifier that backtracks super-linearly, and over which character. */
function backtracking(source: string): string[] {
  const literal = new RegExpParser({ ecmaVersion: 2024 }).parseLiteral(source);
  // A sticky pattern is tried at one place only, so trying it from every start cannot cost anything ("Move").
  const sticky = literal.flags.sticky;
  return analyse(literal, { reportTypes: { Move: !sticky, Self: true, Trade: true } }).reports.map(
    (report) => `${report.exponential ? 'exponential' : 'polynomial'} (${report.type}) over ${JSON.stringify(report.character.literal.source)}`,
  );
}

/** Each report of each pattern, with where the pattern is written. */
function offending(patterns: readonly Literal[]): string[] {
  return patterns.flatMap(({ where, source }) => backtracking(source).map((report) => `${where} ${source.length > 120 ? `${source.slice(0, 120)}…` : source}: ${report}`));
}

test('the analysis itself reports the shapes that backtrack, and passes their linear rewrites', () => {
  // Shapes this project had: two runs that can trade characters, a run inside a repeated group, an unanchored run
  // before `$`.
  for (const bad of [String.raw`/^\s*,?\s*$/`, String.raw`/\.(?:\[a\]|[¹²³]+)*(?=\s)/u`, String.raw`/[\s*_]+$/`]) assert.notDeepEqual(backtracking(bad), [], bad);
  for (const good of [String.raw`/^\s*(?:,\s*)?$/`, String.raw`/\.(?:\[a\]|[¹²³])*(?=\s)/u`, String.raw`/(?<![\s*_])[\s*_]+$/`]) assert.deepEqual(backtracking(good), [], good);
});

test('no regular expression in the server or the extension backtracks super-linearly', () => {
  const literals = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder))).flatMap(regexLiterals);
  assert.ok(literals.length > 300, `only ${literals.length} literals found: the scan is looking in the wrong place`);
  assert.deepEqual(offending(literals), []);
});

test('no regular expression the server builds from its word lists backtracks super-linearly', async () => {
  const built = await builtWhileLoading();
  assert.ok(built.length > 10, `only ${built.length} built: the server's modules were loaded before the count began`);
  assert.deepEqual(offending(built), []);
});
