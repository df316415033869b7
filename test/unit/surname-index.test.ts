// The surname index proposes the surnames a lone word may be a misspelling of: it must never leave out one that
// the edit-distance rule (surnameEdits) accepts, whatever the names. Reproduce a failure with the seed fast-check
// prints: FACTCHECK_SEED=<seed> node --import tsx --test test/unit/surname-index.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SurnameIndex, surnameEdits } from '../../server/src/analysis/surnameIndex';
import { runProperty } from '../support/arbitraries';

// Few letters, so that random names are often near each other; 'é' and a surrogate pair because edits count
// UTF-16 units.
const letter = fc.constantFrom('a', 'b', 'n', 'e', 'é', '😀');
const name = fc.array(letter, { minLength: 1, maxLength: 13 }).map((letters) => letters.join(''));

type Edit = { kind: 'insert' | 'delete' | 'change' | 'swap'; at: number; letter: string };
const edit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('insert', 'delete', 'change', 'swap'), at: fc.nat(), letter });

function applyEdit(word: string, { kind, at, letter }: Edit): string {
  const i = at % (word.length + 1);
  if (kind === 'insert') return word.slice(0, i) + letter + word.slice(i);
  if (kind === 'delete') return word.slice(0, i) + word.slice(i + 1);
  if (kind === 'change') return word.slice(0, i) + letter + word.slice(i + 1);
  return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word;
}

/** Surnames and a word: mostly one of the surnames with one to three edits, else any name. */
const surnamesAndWord = fc.array(name, { minLength: 1, maxLength: 30 }).chain((surnames) =>
  fc.tuple(
    fc.constant(surnames),
    fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...surnames), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([surname, edits]) => edits.reduce(applyEdit, surname)) },
      { weight: 1, arbitrary: name },
    ),
  ),
);

test('every surname the edit rule accepts is a candidate, in the order the surnames were added', () => {
  let accepted = 0;
  const cases = runProperty(surnamesAndWord, ([surnames, word]) => {
    const index = new SurnameIndex<number>();
    surnames.forEach((surname, i) => index.add(surname, i));
    const candidates = index.candidates(word);
    assert.deepEqual(candidates, [...candidates].sort((a, b) => a - b), 'in order of addition');
    assert.equal(new Set(candidates).size, candidates.length, 'each once');
    surnames.forEach((surname, i) => {
      const edits = surnameEdits(word, surname);
      if (edits === undefined) return;
      if (edits > 0) accepted++;
      assert.ok(candidates.includes(i), `“${surname}” (${edits} edits from “${word}”) is a candidate`);
    });
  }, 2000);
  assert.ok(accepted > cases / 4, `the words were near enough to test the index (${accepted} misspellings accepted in ${cases} cases)`);
});

test('the edit rule: same first letter, one edit, two in a surname of ten letters or more', () => {
  assert.equal(surnameEdits('blinkin', 'blinken'), 1);
  assert.equal(surnameEdits('jnipeng', 'jinpeng'), 1, 'two neighbours swapped are one edit');
  assert.equal(surnameEdits('blinkn', 'blinken'), 1);
  assert.equal(surnameEdits('blinkon', 'blinken'), 1);
  assert.equal(surnameEdits('blonkin', 'blinken'), undefined, 'two edits in a seven-letter surname');
  assert.equal(surnameEdits('klinken', 'blinken'), undefined, 'another first letter');
  assert.equal(surnameEdits('kritenbrnik', 'kritenbrink'), 1);
  assert.equal(surnameEdits('kritenbrunk', 'kritenbrink'), 1);
  assert.equal(surnameEdits('kritenbrnk', 'kritenbrink'), 1);
  assert.equal(surnameEdits('krittenbrik', 'kritenbrink'), 2);
  assert.equal(surnameEdits('krittenbrnc', 'kritenbrink'), undefined, 'three edits');
});

test('candidates: the near surnames, not the far ones', () => {
  const index = new SurnameIndex<string>();
  for (const surname of ['blinken', 'kritenbrink', 'mulhauser', 'sullivan', 'blinder']) index.add(surname, surname);
  assert.deepEqual(index.candidates('blinkin'), ['blinken']);
  assert.deepEqual(index.candidates('kritenbrnk'), ['kritenbrink']);
  assert.deepEqual(index.candidates('mulhouser'), ['mulhauser']);
  assert.deepEqual(index.candidates('jinping'), []);
});

test('a word far longer than any surname has no candidates, and costs nothing (a run of letters makes no deletions)', () => {
  const index = new SurnameIndex<string>();
  for (const surname of ['blinken', 'kritenbrink']) index.add(surname, surname);
  assert.deepEqual(index.candidates('kritenbrinkab'), ['kritenbrink']);
  assert.deepEqual(index.candidates('kritenbrinkabc'), []);
  // 3,000 letters have 4.5 million two-letter deletions: before this bound, this ran the process out of memory.
  assert.deepEqual(index.candidates('ab'.repeat(1_500)), []);
});
