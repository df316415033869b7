// Loads a reference set: parses the JSON, validates it against reference-data/factcheck-reference.schema.json
// (ajv), then checks what a schema cannot: ids resolve and are unique, quotes and evidence really are at their
// offsets in the article. Every problem is reported as file:line:column of the offending JSON node, found in
// jsonc-parser's syntax tree of the file. Pure module: no editor dependency.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageFile } from '../packageFiles';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
// The ESM build: the package's UMD main hides its internal requires from esbuild, and the bundle then fails at
// run time with "Cannot find module './impl/format'".
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import schema from '../../../reference-data/factcheck-reference.schema.json';
import { complete } from '../steps';
import { countWhile } from '../text/spans';
import type { ReferenceSet } from './types';

export interface LoadedReference {
  set: ReferenceSet;
  /** Absolute path of the reference JSON file. */
  file: string;
  /** Absolute path of the source article. */
  articlePath: string;
  articleText: string;
}

export interface ReferenceProblem {
  /** Absolute path of the reference JSON file. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  message: string;
}

export class ReferenceLoadError extends Error {
  constructor(readonly problems: ReferenceProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ReferenceLoadError';
  }
}

export function formatProblem(problem: ReferenceProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

export function builtInReferencePath(): string {
  const file = packageFile(path.join('reference-data', 'blinken-xi-2023-06-19.json'));
  if (!file) throw new Error('built-in reference data not found');
  return file;
}

/** Reads, parses and checks a reference file. Throws ReferenceLoadError listing every problem found. */
export function loadReferenceFile(file: string): LoadedReference {
  return complete(loadReferenceFileInSteps(file));
}

/** loadReferenceFile in steps: the caller may let other work run between them (see parseReferenceInSteps). */
export function* loadReferenceFileInSteps(file: string): Generator<void, LoadedReference> {
  const abs = path.resolve(file);
  let text: string;
  try {
    text = readRegularFile(abs);
  } catch (error) {
    throw new ReferenceLoadError([{ file: abs, line: 1, column: 1, message: `cannot read the reference file: ${errorText(error)}` }]);
  }
  return yield* parseReferenceInSteps(text, abs);
}

/**
 * Larger reference and article files are refused: the language server keeps every loaded set and its index in
 * memory, and locating a problem builds a syntax tree of about twenty bytes per byte of JSON.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Listing every schema problem costs time quadratic in their number: past this size, checking stops at the first. */
const LIST_EVERY_SCHEMA_PROBLEM_UP_TO = 256 * 1024;
/** No reference set nests deeper; past this depth the JSON parser would overflow its stack. */
const MAX_NESTING = 64;
/** Problems listed in full; the rest are counted. */
const MAX_PROBLEMS = 100;

/** Reads a regular file of at most MAX_FILE_BYTES; a directory, device or pipe is refused, never read. */
function readRegularFile(absPath: string): string {
  const stat = fs.statSync(absPath);
  if (stat.isDirectory()) throw new Error('it is a directory, not a file');
  if (!stat.isFile()) throw new Error('it is not a regular file');
  if (stat.size > MAX_FILE_BYTES) throw new Error(tooLarge(stat.size));
  return fs.readFileSync(absPath, 'utf8');
}

function tooLarge(size: number): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  return `it is ${mb(size)}, more than the ${mb(MAX_FILE_BYTES)} a reference or article file may be`;
}

export function loadBuiltInReference(): LoadedReference {
  return loadReferenceFile(builtInReferencePath());
}

/**
 * Parses and checks the text of a reference file. `file` names it in messages and locates the article
 * (`article.file` is relative to it); `readArticle` reads the article (tests pass their own).
 */
export function parseReference(jsonText: string, file: string, readArticle: (absPath: string) => string = readRegularFile): LoadedReference {
  return complete(parseReferenceInSteps(jsonText, file, readArticle));
}

/**
 * parseReference in three steps (parsing, validation against the schema, checks against the article), each a
 * few tens of milliseconds for a large set: the language server answers other requests between them.
 */
export function* parseReferenceInSteps(jsonText: string, file: string, readArticle: (absPath: string) => string = readRegularFile): Generator<void, LoadedReference> {
  const abs = path.resolve(file);
  // A byte-order mark is not JSON; blank it so that offsets, and so positions, stay those of the file.
  const text = jsonText.startsWith('\uFEFF') ? ' ' + jsonText.slice(1) : jsonText;
  let lines: LineMap | undefined;
  const at = (offset: number, message: string): ReferenceProblem => ({ file: abs, ...(lines ??= new LineMap(text)).position(offset), message });
  if (text.length > MAX_FILE_BYTES) throw new ReferenceLoadError([at(0, `the reference file is too large: ${tooLarge(text.length)}`)]);
  if (text.trim() === '') throw new ReferenceLoadError([at(0, 'JSON syntax error: the file is empty')]);
  const tooDeep = offsetPastDepth(text, MAX_NESTING);
  if (tooDeep >= 0) throw new ReferenceLoadError([at(tooDeep, `the JSON is nested more than ${MAX_NESTING} levels deep; no reference set is`)]);

  const data = parseJson(text, at);
  // The syntax tree takes about twenty bytes per byte of JSON, and a large valid file has no problem to locate.
  let tree: Node | undefined;
  const root = () => (tree ??= parseTree(text, [], JSON_OPTIONS) as Node);
  yield;

  // A valid file, the usual case, needs only the validator that stops at the first problem.
  const everyProblem = text.length <= LIST_EVERY_SCHEMA_PROBLEM_UP_TO;
  if (!schemaValidator(false)(data)) {
    const validate = schemaValidator(everyProblem);
    if (everyProblem) validate(data);
    const problems = schemaProblems(validate.errors ?? [], data, root(), at);
    if (!everyProblem) problems[0].message += ' (the file is large: checking stopped at its first problem)';
    throw new ReferenceLoadError(listed(problems));
  }
  yield;
  const set = data as ReferenceSet;
  const articlePath = path.resolve(path.dirname(abs), set.article.file);
  const problems: ReferenceProblem[] = [];
  const report = (location: (string | number)[], message: string, onKey = false) => {
    problems.push(at(nodeOffset(root(), location, onKey), message));
  };

  let articleText: string | undefined;
  try {
    articleText = readArticle(articlePath);
  } catch (error) {
    report(['article', 'file'], `article file "${set.article.file}" cannot be read (${articlePath}): ${errorText(error)}`);
  }
  checkSemantics(set, articleText, report);
  if (problems.length > 0) throw new ReferenceLoadError(listed(problems.sort((a, b) => a.line - b.line || a.column - b.column)));
  return { set, file: abs, articlePath, articleText: articleText as string };
}

const JSON_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * The value of the JSON text: JSON.parse, whose strings do not hold on to the text as jsonc-parser's do. Syntax
 * errors are located by jsonc-parser, which lists each one.
 */
function parseJson(text: string, at: (offset: number, message: string) => ReferenceProblem): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const parseErrors: ParseError[] = [];
    parseTree(text, parseErrors, JSON_OPTIONS);
    const problems = parseErrors.slice(0, MAX_PROBLEMS + 1).map((e) => at(e.offset, `JSON syntax error: ${describeParseError(e)}`));
    // The two parsers accept the same JSON; should they ever differ, JSON.parse's own words are shown.
    throw new ReferenceLoadError(problems.length ? listed(problems, parseErrors.length) : [at(0, `JSON syntax error: ${(error as Error).message}`)]);
  }
}

type Report = (location: (string | number)[], message: string, onKey?: boolean) => void;

function checkSemantics(set: ReferenceSet, article: string | undefined, report: Report) {
  if (set.people.length === 0 && set.quotes.length === 0) {
    report(['people'], 'the reference set is empty: it has no people and no quotes');
  }
  checkDate(set.article.date, ['article', 'date'], report);

  // Ids: people and organisations share one namespace (speakers, participants); quotes and facts another
  // (findings refer to them).
  const entities = new Map<string, { kind: 'person' | 'organization'; where: string }>();
  const claim = (registry: Map<string, { where: string }>, id: string, where: string, location: (string | number)[]) => {
    const previous = registry.get(id);
    if (previous) report(location, `duplicate id "${id}": ${where} has the id of ${previous.where}`);
    else return true;
    return false;
  };
  set.people.forEach((person, i) => {
    if (claim(entities, person.id, `people[${i}]`, ['people', i, 'id'])) entities.set(person.id, { kind: 'person', where: `people[${i}]` });
  });
  set.organizations.forEach((org, i) => {
    if (claim(entities, org.id, `organizations[${i}]`, ['organizations', i, 'id'])) {
      entities.set(org.id, { kind: 'organization', where: `organizations[${i}]` });
    }
  });
  const items = new Map<string, { where: string }>();
  set.quotes.forEach((quote, i) => {
    if (claim(items, quote.id, `quotes[${i}]`, ['quotes', i, 'id'])) items.set(quote.id, { where: `quotes[${i}]` });
  });
  set.facts.forEach((fact, i) => {
    if (claim(items, fact.id, `facts[${i}]`, ['facts', i, 'id'])) items.set(fact.id, { where: `facts[${i}]` });
  });

  const resolve = (id: string, role: string, location: (string | number)[], organizationOnly = false) => {
    const entity = entities.get(id);
    if (!entity) report(location, `${role} "${id}" is not the id of any person or organisation in this file`);
    else if (organizationOnly && entity.kind !== 'organization') report(location, `${role} "${id}" is a person; it must be an organisation id`);
  };
  set.quotes.forEach((quote, i) => {
    resolve(quote.speaker, 'speaker', ['quotes', i, 'speaker']);
    if (quote.outlet !== undefined) resolve(quote.outlet, 'outlet', ['quotes', i, 'outlet'], true);
    quote.alsoAttributableTo?.forEach((id, k) => resolve(id, 'alsoAttributableTo', ['quotes', i, 'alsoAttributableTo', k]));
  });
  set.facts.forEach((fact, i) => {
    fact.participants.forEach((id, k) => resolve(id, 'participant', ['facts', i, 'participants', k]));
    if (fact.date) checkDate(fact.date.value, ['facts', i, 'date', 'value'], report);
  });

  if (article === undefined) return;
  const inArticle = (offset: number, location: (string | number)[], what: string) => {
    if (offset <= article.length) return true;
    report(location, `${what} offset ${offset} is past the end of the article (${article.length} characters)`);
    return false;
  };
  set.quotes.forEach((quote, i) => {
    if (article.startsWith(quote.text, quote.offset)) return;
    const found = article.indexOf(quote.text);
    const hint = found >= 0 ? `; the text occurs at offset ${found}` : '; the text does not occur anywhere in the article';
    report(['quotes', i, 'offset'], `quote "${quote.id}": its text is not at offset ${quote.offset} in the article${hint}`);
  });
  set.facts.forEach((fact, i) => {
    const { offset, text } = fact.evidence;
    if (article.startsWith(text, offset)) return;
    const found = article.indexOf(text);
    const hint = found >= 0 ? `; the text occurs at offset ${found}` : '; the text does not occur anywhere in the article';
    report(['facts', i, 'evidence', 'offset'], `fact "${fact.id}": its evidence text is not at offset ${offset} in the article${hint}`);
  });
  set.people.forEach((person, i) => {
    person.roles.forEach((role, k) => inArticle(role.offset, ['people', i, 'roles', k, 'offset'], 'role'));
    person.mentions.forEach((offset, k) => inArticle(offset, ['people', i, 'mentions', k], 'mention'));
  });
  set.organizations.forEach((org, i) => {
    org.mentions.forEach((offset, k) => inArticle(offset, ['organizations', i, 'mentions', k], 'mention'));
  });
}

function checkDate(value: string, location: (string | number)[], report: Report) {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined || d === undefined) return;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) report(location, `"${value}" is not a real calendar date`);
}

// ---- schema validation -------------------------------------------------------------------------------------

const compiled = new Map<boolean, ValidateFunction>();

function schemaValidator(allErrors: boolean): ValidateFunction {
  let validate = compiled.get(allErrors);
  if (!validate) {
    validate = new Ajv({ allErrors, strictSchema: true, strictTypes: true, strictTuples: true }).compile(schema);
    compiled.set(allErrors, validate);
  }
  return validate;
}

function schemaProblems(errors: ErrorObject[], data: unknown, root: Node, at: (offset: number, message: string) => ReferenceProblem): ReferenceProblem[] {
  const seen = new Set<string>();
  const problems: ReferenceProblem[] = [];
  for (const error of errors) {
    // "must match "then" schema" only repeats the error that follows it.
    if (error.keyword === 'if') continue;
    const location = pointerToPath(error.instancePath);
    let onKey = false;
    let message: string;
    const label = pathLabel(location);
    switch (error.keyword) {
      case 'required':
        message = `${label || 'the file'} is missing the required property "${error.params.missingProperty}"`;
        break;
      case 'additionalProperties':
        location.push(error.params.additionalProperty as string);
        onKey = true;
        message = `unknown property "${error.params.additionalProperty}" in ${label || 'the top-level object'}`;
        break;
      case 'type':
        message = `${label || 'the file'} must be ${article(error.params.type as string)} (found ${jsonType(valueAt(data, location))})`;
        break;
      case 'enum':
        message = `${label} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      case 'pattern':
        message = `${label} ${patternHint(location, error.params.pattern as string)}`;
        break;
      default:
        message = `${label || 'the file'} ${error.message ?? 'is invalid'}`;
    }
    const problem = at(nodeOffset(root, location, onKey), message);
    const key = `${problem.line}:${problem.column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function patternHint(location: (string | number)[], pattern: string): string {
  const last = location[location.length - 1];
  const parent = location[location.length - 2];
  if (['id', 'speaker', 'outlet'].includes(String(last)) || ['participants', 'alsoAttributableTo'].includes(String(parent))) {
    return 'must be a kebab-case id: lower-case letters and digits joined by single hyphens, e.g. "antony-blinken"';
  }
  if (parent === 'triggers') return 'must be lower case';
  if (last === 'date' || last === 'value') return 'must be a date: YYYY-MM-DD, or YYYY-MM or YYYY to match its precision';
  return `must match the pattern ${pattern}`;
}

function article(type: string): string {
  return type === 'integer' ? 'an integer' : type === 'object' || type === 'array' ? `an ${type}` : `a ${type}`;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

// ---- JSON positions ------------------------------------------------------------------------------------------

/** JSON pointer ("/people/0/id") to a path (["people", 0, "id"]). */
function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

function pathLabel(location: (string | number)[]): string {
  let label = '';
  for (const segment of location) label += typeof segment === 'number' ? `[${segment}]` : label ? `.${segment}` : segment;
  return label;
}

/**
 * Offset of the node at `location`: its property key when `onKey` (or when the node is an object member we
 * want to point at by name), else its value. Falls back to the nearest existing ancestor.
 */
function nodeOffset(root: Node, location: (string | number)[], onKey = false): number {
  for (let n = location.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, location.slice(0, n));
    if (!node) continue;
    if (onKey && n === location.length && node.parent?.type === 'property' && node.parent.children?.[0]) {
      return node.parent.children[0].offset;
    }
    return node.offset;
  }
  return root.offset;
}

function valueAt(data: unknown, location: (string | number)[]): unknown {
  let value = data;
  for (const segment of location) value = (value as Record<string | number, unknown> | undefined)?.[segment];
  return value;
}

function describeParseError(error: ParseError): string {
  const messages: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'property name expected (in double quotes)',
    ValueExpected: 'value expected',
    ColonExpected: 'colon expected',
    CommaExpected: 'comma expected',
    CloseBraceExpected: 'closing brace "}" expected',
    CloseBracketExpected: 'closing bracket "]" expected',
    EndOfFileExpected: 'end of file expected',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string',
  };
  const code = printParseErrorCode(error.error);
  return messages[code] ?? code;
}

/** The first MAX_PROBLEMS problems (in file order), and a count of the rest at the first one left out. */
function listed(problems: ReferenceProblem[], total = problems.length): ReferenceProblem[] {
  if (total <= MAX_PROBLEMS) return problems;
  const rest = total - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { ...problems[MAX_PROBLEMS], message: `…and ${rest} more problem${rest === 1 ? '' : 's'}, the first of them here` }];
}

/** Offset of the first bracket that opens a level deeper than `depth`, or -1 (string contents are skipped). */
function offsetPastDepth(text: string, depth: number): number {
  let level = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (++level > depth) return i;
    } else if (ch === '}' || ch === ']') level--;
  }
  return -1;
}

class LineMap {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.starts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    // The last line starting at or before the offset (the first starts at 0).
    const line = Math.max(0, countWhile(this.starts.length, (i) => this.starts[i] <= offset) - 1);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }
}

function errorText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  return e instanceof Error ? e.message : String(error);
}
