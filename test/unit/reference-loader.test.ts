// The loader's problems: each one a clear message at the file:line:column of the offending JSON node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  builtInReferencePath,
  loadBuiltInReference,
  loadReferenceFile,
  parseReference,
  ReferenceLoadError,
  type ReferenceProblem,
} from '../../server/src/reference/loader';

const ARTICLE = ' date 2023-06-19 Blinken met Xi on Monday. “We talked,” Blinken said.\n';

/** A small valid set about ARTICLE. */
function validSet(): Record<string, any> {
  return {
    $schema: './factcheck-reference.schema.json',
    name: 'Test set',
    article: { file: 'article.txt', date: '2023-06-19' },
    people: [
      { id: 'antony-blinken', name: 'Antony Blinken', aliases: ['Blinken'], pronoun: 'he', roles: [], mentions: [17, 56] },
      { id: 'xi-jinping', name: 'Xi Jinping', aliases: ['Xi'], roles: [{ title: 'President', organization: 'China', offset: 29 }], mentions: [29] },
    ],
    organizations: [{ id: 'bbc', name: 'BBC', aliases: [], kind: 'outlet', mentions: [] }],
    quotes: [{ id: 'we-talked', text: 'We talked,', speaker: 'antony-blinken', outlet: 'bbc', offset: 44 }],
    facts: [
      {
        id: 'blinken-met-xi',
        kind: 'event',
        description: 'Blinken met Xi',
        participants: ['antony-blinken', 'xi-jinping'],
        triggers: ['met'],
        date: { value: '2023-06-19', precision: 'day' },
        evidence: { offset: 17, text: 'Blinken met Xi on Monday' },
      },
    ],
  };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-loader-'));
let counter = 0;

/** Writes the JSON text (and the article) into a fresh directory; returns the reference file's path. */
function writeSet(json: string, article: string | null = ARTICLE): string {
  const dir = path.join(tmp, String(counter++));
  fs.mkdirSync(dir);
  if (article !== null) fs.writeFileSync(path.join(dir, 'article.txt'), article);
  const file = path.join(dir, 'set.json');
  fs.writeFileSync(file, json);
  return file;
}

const stringify = (value: unknown) => JSON.stringify(value, null, 2);

/** 1-based line and column of the first occurrence of `needle` in `text`, plus `shift` characters. */
function positionOf(text: string, needle: string, shift = 0): { line: number; column: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is in the test JSON`);
  const before = text.slice(0, offset + shift);
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

function problemsOf(file: string): ReferenceProblem[] {
  try {
    loadReferenceFile(file);
  } catch (error) {
    assert.ok(error instanceof ReferenceLoadError, `a ReferenceLoadError, not ${String(error)}`);
    assert.equal(error.message, error.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    return error.problems;
  }
  assert.fail('the file loaded without problems');
}

function assertOneProblem(file: string, at: { line: number; column: number }, message: RegExp): ReferenceProblem {
  const problems = problemsOf(file);
  assert.equal(problems.length, 1, problems.map((p) => p.message).join('\n'));
  const [problem] = problems;
  assert.equal(problem.file, file);
  assert.deepEqual({ line: problem.line, column: problem.column }, at, problem.message);
  assert.match(problem.message, message);
  return problem;
}

test('the valid test set and the built-in set load with no problems', () => {
  const file = writeSet(stringify(validSet()));
  const loaded = loadReferenceFile(file);
  assert.equal(loaded.file, file);
  assert.equal(loaded.articlePath, path.join(path.dirname(file), 'article.txt'));
  assert.equal(loaded.articleText, ARTICLE);
  assert.equal(loaded.set.quotes[0].speaker, 'antony-blinken');

  const builtIn = loadBuiltInReference();
  assert.equal(builtIn.file, builtInReferencePath());
  assert.equal(builtIn.set.name, 'Blinken meets Xi Jinping (2023-06-19)');
  assert.ok(builtIn.articleText.startsWith(' date 2023-06-19'));
  assert.ok(builtIn.set.people.length > 0 && builtIn.set.quotes.length > 0);
});

test('parseReference reads the article through the given reader', () => {
  const read: string[] = [];
  const loaded = parseReference(stringify(validSet()), '/virtual/set.json', (p) => {
    read.push(p);
    return ARTICLE;
  });
  assert.deepEqual(read, [path.resolve('/virtual/article.txt')]);
  assert.equal(loaded.file, path.resolve('/virtual/set.json'));
});

test('a JSON syntax error is reported at its line and column', () => {
  const json = '{\n  "name": "Test set",\n  "article": { "file": "article.txt" "date": "2023-06-19" }\n}\n';
  const file = writeSet(json);
  const { line, column } = positionOf(json, '"date"');
  assert.deepEqual({ line, column }, { line: 3, column: 38 });
  assertOneProblem(file, { line, column }, /^JSON syntax error: comma expected$/);
  assert.throws(() => loadReferenceFile(file), { name: 'ReferenceLoadError', message: `${file}:3:38: JSON syntax error: comma expected` });
});

test('comments and trailing commas are not JSON', () => {
  const json = stringify(validSet()).replace('"name": "Test set",', '"name": "Test set", // the name').replace(/\n\}$/, ',\n}');
  const problems = problemsOf(writeSet(json));
  assert.ok(problems.some((p) => /comments are not allowed/.test(p.message) && p.line === 3), problems.map((p) => p.message).join('\n'));
});

test('a value of the wrong type is reported at the value', () => {
  const set = validSet();
  set.quotes[0].offset = '44';
  const json = stringify(set);
  assertOneProblem(writeSet(json), positionOf(json, '"44"'), /^quotes\[0\]\.offset must be an integer \(found a string\)$/);
});

test('a missing required key is reported at its object', () => {
  const set = validSet();
  delete set.quotes[0].speaker;
  const json = stringify(set);
  assertOneProblem(writeSet(json), positionOf(json, '{\n      "id": "we-talked"'), /quotes\[0\] is missing the required property "speaker"/);
});

test('an unknown property is reported at its key', () => {
  const set = validSet();
  set.people[1].nickname = 'Xi';
  const json = stringify(set);
  assertOneProblem(writeSet(json), positionOf(json, '"nickname"'), /unknown property "nickname" in people\[1\]/);
});

test('an event without a date and an id that is not kebab-case are both reported', () => {
  const set = validSet();
  delete set.facts[0].date;
  set.organizations[0].id = 'The BBC';
  set.quotes[0].outlet = 'The BBC';
  const json = stringify(set);
  const problems = problemsOf(writeSet(json));
  const messages = problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
  const id = positionOf(json, '"The BBC"');
  assert.ok(messages.includes(`${id.line}:${id.column}: organizations[0].id must be a kebab-case id: lower-case letters and digits joined by single hyphens, e.g. "antony-blinken"`), messages.join('\n'));
  const fact = positionOf(json, '{\n      "id": "blinken-met-xi"');
  assert.ok(messages.includes(`${fact.line}:${fact.column}: facts[0] is missing the required property "date"`), messages.join('\n'));
});

test('a dangling speaker id is reported at the speaker', () => {
  const set = validSet();
  set.quotes[0].speaker = 'tony-blinken';
  const json = stringify(set);
  assertOneProblem(writeSet(json), positionOf(json, '"tony-blinken"'), /^speaker "tony-blinken" is not the id of any person or organisation in this file$/);
});

test('dangling outlet and participant ids, and a person as outlet, are reported', () => {
  const set = validSet();
  set.facts[0].participants = ['antony-blinken', 'xi'];
  const json = stringify(set);
  assertOneProblem(writeSet(json), positionOf(json, '"xi"'), /^participant "xi" is not the id/);

  const personOutlet = validSet();
  personOutlet.quotes[0].outlet = 'xi-jinping';
  const json2 = stringify(personOutlet);
  assertOneProblem(writeSet(json2), positionOf(json2, '"outlet": "xi-jinping"', '"outlet": '.length), /outlet "xi-jinping" is a person/);
});

test('a duplicate id is reported at the second use', () => {
  const set = validSet();
  set.organizations.push({ id: 'xi-jinping', name: 'Xi Jinping Thought', aliases: [], kind: 'organization', mentions: [] });
  const json = stringify(set);
  const second = json.indexOf('"id": "xi-jinping"', json.indexOf('"organizations"')) + '"id": '.length;
  const before = json.slice(0, second);
  assertOneProblem(
    writeSet(json),
    { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') },
    /^duplicate id "xi-jinping": organizations\[1\] has the id of people\[1\]$/,
  );
});

test('a quote whose text is not at its offset is reported at the offset', () => {
  const set = validSet();
  set.quotes[0].offset = 50;
  const json = stringify(set);
  assertOneProblem(
    writeSet(json),
    positionOf(json, '"offset": 50', '"offset": '.length),
    /^quote "we-talked": its text is not at offset 50 in the article; the text occurs at offset 44$/,
  );
});

test('altered quote text is reported as not in the article', () => {
  const set = validSet();
  set.quotes[0].text = 'We talked a lot,';
  const json = stringify(set);
  assertOneProblem(writeSet(json), positionOf(json, '"offset": 44', '"offset": '.length), /does not occur anywhere in the article/);
});

test('evidence that is not at its offset is reported at the evidence offset', () => {
  const set = validSet();
  set.facts[0].evidence.offset = 18;
  const json = stringify(set);
  assertOneProblem(
    writeSet(json),
    positionOf(json, '"offset": 18', '"offset": '.length),
    /^fact "blinken-met-xi": its evidence text is not at offset 18 in the article; the text occurs at offset 17$/,
  );
});

test('a missing article is reported at article.file', () => {
  const json = stringify(validSet());
  const file = writeSet(json, null);
  assertOneProblem(
    file,
    positionOf(json, '"article.txt"'),
    new RegExp(`^article file "article.txt" cannot be read \\(${path.join(path.dirname(file), 'article.txt').replace(/[\\.]/g, '\\$&')}\\): no such file$`),
  );
});

test('an empty set is reported', () => {
  const set = validSet();
  set.people = [];
  set.quotes = [];
  set.facts[0].participants = [];
  const json = stringify(set);
  assertOneProblem(writeSet(json), positionOf(json, '"people": []', '"people": '.length), /the reference set is empty: it has no people and no quotes/);
});

test('offsets past the end of the article and impossible dates are reported', () => {
  const set = validSet();
  set.people[0].mentions = [17, 9999];
  set.article.date = '2023-02-30';
  const json = stringify(set);
  const problems = problemsOf(writeSet(json));
  assert.deepEqual(
    problems.map((p) => p.message),
    ['"2023-02-30" is not a real calendar date', `mention offset 9999 is past the end of the article (${ARTICLE.length} characters)`],
  );
  assert.deepEqual({ line: problems[1].line, column: problems[1].column }, positionOf(json, '9999'));
});

test('every problem in a file is reported at once, in file order', () => {
  const set = validSet();
  set.quotes[0].speaker = 'nobody';
  set.facts[0].participants = ['somebody'];
  set.facts[0].evidence.offset = 0;
  const problems = problemsOf(writeSet(stringify(set)));
  assert.equal(problems.length, 3);
  const order = problems.map((p) => p.line * 10000 + p.column);
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
});

test('an unreadable reference file is a problem too', () => {
  const file = path.join(tmp, 'does-not-exist.json');
  const problems = problemsOf(file);
  assert.deepEqual(problems, [{ file, line: 1, column: 1, message: 'cannot read the reference file: no such file' }]);
});

test('a byte-order mark is accepted and positions stay those of the file', () => {
  const set = validSet();
  set.quotes[0].speaker = 'nobody';
  const json = '\uFEFF' + stringify(set);
  assertOneProblem(writeSet(json), positionOf(json, '"nobody"'), /speaker "nobody"/);
});
