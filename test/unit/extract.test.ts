// factcheck extract: reference sets built from article text load with the validating loader, attribute quotes
// with the checker's rules, and reach a minimum precision and recall on articles with hand-made sets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { extractReferenceSet, ExtractError, formatReferenceJson } from '../../server/src/extract/index';
import { scoreExtraction } from '../../server/src/extract/score';
import { ReferenceIndex } from '../../server/src/reference/index';
import { loadReferenceFile } from '../../server/src/reference/loader';
import type { ReferenceSet } from '../../server/src/reference/types';

const ROOT = path.resolve(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-extract-'));

/** Extracts a set from `article`, writes both to a fresh folder and loads the set back with the loader. */
function extractAndLoad(article: string, options: { date?: string; name?: string } = {}) {
  const dir = fs.mkdtempSync(path.join(tmp, 'set-'));
  fs.writeFileSync(path.join(dir, 'article.txt'), article);
  const set = extractReferenceSet(article, { articleFile: 'article.txt', ...options });
  fs.writeFileSync(path.join(dir, 'set.json'), formatReferenceJson(set));
  return { set, loaded: loadReferenceFile(path.join(dir, 'set.json')) };
}

const person = (set: ReferenceSet, name: string) => set.people.find((p) => p.name === name);
const speakerOf = (set: ReferenceSet, words: string) => {
  const quote = set.quotes.find((q) => q.text.includes(words));
  return quote && [...set.people, ...set.organizations].find((e) => e.id === quote.speaker)?.name;
};

const HARBOUR = ` date 2022-10-05 Port of Lindby reopens after storm

The Port of Lindby reopened on Tuesday, four days after a storm tore cranes from their rails.

Harbour master Ilse Varga said the damage was worse than feared. “We lost two cranes and most of the east quay,” Varga told the Lindby Herald.

“It will take months to rebuild,” she added.

Karl Mendez, a union organiser at the Dockworkers Federation, said workers had been warned too late. “Nobody told us the storm was coming until the wind was already here,” he said.

The Lindby Port Authority said in a statement that it had “followed every procedure.”
`;

test('an article becomes a set that loads: people with aliases and roles, attributed quotes, outlets, dated facts', () => {
  const { set, loaded } = extractAndLoad(HARBOUR);
  assert.equal(loaded.set.article.date, '2022-10-05');
  assert.deepEqual(set.people.map((p) => p.name).sort(), ['Ilse Varga', 'Karl Mendez']);
  const varga = person(set, 'Ilse Varga')!;
  assert.deepEqual(varga.aliases, ['Varga']);
  assert.equal(varga.pronoun, 'she');
  assert.deepEqual(varga.roles.map((r) => r.title), ['Harbour master']);
  assert.deepEqual(person(set, 'Karl Mendez')!.roles.map((r) => [r.title, r.organization]), [['union organiser', 'Dockworkers Federation']]);
  assert.equal(speakerOf(set, 'We lost two cranes'), 'Ilse Varga');
  assert.equal(speakerOf(set, 'It will take months'), 'Ilse Varga');
  assert.equal(speakerOf(set, 'Nobody told us'), 'Karl Mendez');
  assert.equal(speakerOf(set, 'followed every procedure'), 'Lindby Port Authority');
  const lostCranes = set.quotes.find((q) => q.text.startsWith('We lost'))!;
  assert.equal(set.organizations.find((o) => o.id === lostCranes.outlet)?.name, 'Lindby Herald');
  assert.equal(set.organizations.find((o) => o.name === 'Lindby Herald')?.kind, 'outlet');
  const reopened = set.facts.find((f) => f.kind === 'event' && f.evidence.text.includes('reopened'));
  assert.deepEqual(reopened?.date, { value: '2022-10-04', precision: 'day' });
  for (const quote of set.quotes) assert.equal(HARBOUR.slice(quote.offset, quote.offset + quote.text.length), quote.text);
});

test('what must not become a person: places, organisations, outlets after "told the", boilerplate', () => {
  const text = ` date 2023-01-10 Talks in New York

Officials from South Korea met in New York on Monday. The Hong Kong Monetary Authority said rates would hold.
Ilse Varga told the Lindby Herald that Hong Kong and South Korea were “close partners.” Read all the Latest News here.
`;
  const set = extractReferenceSet(text, { articleFile: 'a.txt' });
  assert.deepEqual(set.people.map((p) => p.name), ['Ilse Varga']);
  assert.ok(!set.organizations.some((o) => /Latest News/.test(o.name)), 'boilerplate outlets that nobody speaks to are dropped');
});

test('a quote nobody can be said to have spoken is left out rather than guessed', () => {
  const text = ` date 2023-01-10 Storm\n\nThe storm was described as “the worst in a century” in local reports.\n\nKarl Mendez, a union organiser, said he was worried.\n`;
  const set = extractReferenceSet(text, { articleFile: 'a.txt' });
  assert.deepEqual(set.quotes, []);
});

test('the date comes from --date or the article\'s first line; without one, a clear error', () => {
  assert.equal(extractReferenceSet('Karl Mendez said “yes.”', { articleFile: 'a.txt', date: '2021-02-03' }).article.date, '2021-02-03');
  assert.throws(() => extractReferenceSet('Karl Mendez said “yes.”', { articleFile: 'a.txt' }), ExtractError);
  assert.throws(() => extractReferenceSet('x', { articleFile: 'a.txt', date: '2021-02-30' }), /not a real calendar date/);
});

test('the attribution rules read "the United States" as a name, not a reporting verb', () => {
  const article = ` date 2023-06-19 Talks\n\nChinese President Xi Jinping spoke on Friday, saying in a meeting with Microsoft co-founder Bill Gates that the United States and China can cooperate to “benefit our two countries.”\n`;
  const set = extractReferenceSet(article, { articleFile: 'a.txt' });
  assert.equal(speakerOf(set, 'benefit our two countries'), 'Xi Jinping');
  // The checker itself, on a draft, against a set naming both men.
  const index = new ReferenceIndex({ set, file: '', articlePath: '', articleText: article });
  assert.ok(person(set, 'Bill Gates'), 'Bill Gates is in the set, so he could be (wrongly) credited');
  const draft = 'Xi Jinping said in a meeting with Bill Gates that the United States and China must “benefit our two countries.”';
  const analysis = analyzeDocument(draft, 'plaintext', index);
  assert.equal(analysis.quotations[0].attribution.entity?.name, 'Xi Jinping');
});

test('the attribution rules see through a title after the verb: “…,” said Agency director X', () => {
  const article = ` date 2025-09-04 Launch\n\n“It worked,” said Agency director Marta Feldmann, who watched the launch.\n\n“It failed,” said the aide to Marta Feldmann.\n`;
  const set = extractReferenceSet(article, { articleFile: 'a.txt' });
  assert.equal(speakerOf(set, 'It worked'), 'Marta Feldmann');
  assert.notEqual(speakerOf(set, 'It failed'), 'Marta Feldmann', 'a person after "the aide to" is not the speaker');
});

test('the JSON keeps short lists on one line and round-trips', () => {
  const set = extractReferenceSet(HARBOUR, { articleFile: 'article.txt', name: 'Harbour' });
  const json = formatReferenceJson(set);
  assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(set)));
  assert.match(json, /"aliases": \["Varga"\]/);
  assert.equal(set.name, 'Harbour');
});

// ---- measured on articles with hand-made sets (docs/extract.md has the figures) ----

const MEASURED: { file: string; people: [number, number]; quotes: [number, number] }[] = [
  // [minimum precision, minimum recall]
  { file: 'reference-data/blinken-xi-2023-06-19.json', people: [0.9, 0.9], quotes: [0.9, 0.75] },
  { file: 'test/fixtures/articles/water-rationing.json', people: [0.8, 0.8], quotes: [0.8, 0.75] },
  { file: 'test/fixtures/articles/satellite-launch.json', people: [0.8, 0.8], quotes: [0.8, 0.7] },
];

for (const { file, people, quotes } of MEASURED) {
  test(`${path.basename(file)}: people and quotes-with-speaker precision and recall`, () => {
    const expected = loadReferenceFile(path.join(ROOT, file));
    const extracted = extractReferenceSet(expected.articleText, { articleFile: path.basename(expected.articlePath) });
    const score = scoreExtraction(extracted, expected.set);
    const detail = `\nmissed: ${score.misses.join('; ')}\nextra: ${score.extras.join('; ')}`;
    assert.ok(score.people.precision >= people[0] && score.people.recall >= people[1], `people ${JSON.stringify(score.people)}${detail}`);
    assert.ok(score.quotes.precision >= quotes[0] && score.quotes.recall >= quotes[1], `quotes ${JSON.stringify(score.quotes)}${detail}`);
  });
}

test('a word that names a property of every object ("constructor") is an event word like any other', () => {
  const article = 'Mayor Ines Castro met the bridge constructor on Tuesday, April 30, 2024, to inspect the new span.\n';
  const set = extractReferenceSet(article, { articleFile: 'a.txt', date: '2024-05-02' });
  const dated = set.facts.find((fact) => fact.date?.value === '2024-04-30');
  assert.ok(dated, JSON.stringify(set.facts));
  assert.ok(dated.triggers.includes('constructor'), dated.triggers.join(', '));
});
