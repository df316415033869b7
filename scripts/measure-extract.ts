// Measures `factcheck extract` against hand-made reference sets: the built-in article and the articles in
// test/fixtures/articles/. Run: node --import tsx scripts/measure-extract.ts [--details]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractReferenceSet } from '../server/src/extract/index';
import { scoreExtraction } from '../server/src/extract/score';
import { loadReferenceFile } from '../server/src/reference/loader';

const root = path.resolve(__dirname, '..');
const details = process.argv.includes('--details');

export const MEASURED_SETS = [
  'reference-data/blinken-xi-2023-06-19.json',
  ...fs
    .readdirSync(path.join(root, 'test/fixtures/articles'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `test/fixtures/articles/${f}`),
];

const percent = (x: number) => `${(100 * x).toFixed(0)}%`;
console.log('| article | people P | people R | quotes+speaker P | quotes+speaker R |');
console.log('| --- | --- | --- | --- | --- |');
for (const file of MEASURED_SETS) {
  const expected = loadReferenceFile(path.join(root, file));
  const extracted = extractReferenceSet(expected.articleText, { articleFile: path.basename(expected.articlePath) });
  const { people, quotes, misses, extras } = scoreExtraction(extracted, expected.set);
  console.log(
    `| ${path.basename(expected.articlePath)} | ${percent(people.precision)} (${people.correct}/${people.found}) | ${percent(people.recall)} (${people.correct}/${people.expected}) | ` +
      `${percent(quotes.precision)} (${quotes.correct}/${quotes.found}) | ${percent(quotes.recall)} (${quotes.correct}/${quotes.expected}) |`,
  );
  if (details) {
    for (const miss of misses) console.log(`    missed: ${miss}`);
    for (const extra of extras) console.log(`    extra:  ${extra}`);
  }
}
