// The reference index finds the quotes sharing a draft quotation's word trigrams through its words, not a table of
// trigrams: it must find exactly what reading every quote would, in the same order. Reproduce a failure with the
// seed fast-check prints: FACTCHECK_SEED=<seed> node --import tsx --test test/unit/reference-index.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { QUOTE_NGRAM, ReferenceIndex, type IndexedQuote } from '../../server/src/reference/index';
import type { LoadedReference } from '../../server/src/reference/loader';
import type { Quote, ReferenceSet } from '../../server/src/reference/types';
import { words, type Word } from '../../server/src/text/words';
import { runProperty } from '../support/arbitraries';

// Few words, so that random quotes share trigrams and repeat them; "Harbour's" and "HARBOUR" normalise apart from
// and together with "harbour" as the draft's words do.
const word = fc.constantFrom('the', 'harbour', "Harbour's", 'HARBOUR', 'will', 'open', 'in', 'spring', 'ferries');
const sentence = (maxLength: number) => fc.array(word, { minLength: 1, maxLength }).map((list) => list.join(' '));

function indexOf(quoteTexts: readonly string[]): ReferenceIndex {
  const quotes: Quote[] = quoteTexts.map((text, i) => ({ id: `q${i}`, text, speaker: 'p' }) as Quote);
  const set = { name: 'harbour', article: { file: 'a.txt' }, people: [], organizations: [], quotes, facts: [] } as unknown as ReferenceSet;
  const loaded: LoadedReference = { set, file: '/virtual/harbour.json', articlePath: '/virtual/a.txt', articleText: '' };
  return new ReferenceIndex(loaded);
}

/** Every quote, once for each place it has the draft's trigram at `position`: what the index must find. */
function byReadingEveryQuote(index: ReferenceIndex, draft: readonly Word[], position: number): IndexedQuote[] {
  const found: IndexedQuote[] = [];
  for (const quote of index.quotes) {
    for (let start = 0; start + QUOTE_NGRAM <= quote.words.length; start++) {
      if (quote.words.slice(start, start + QUOTE_NGRAM).every((w, k) => w.norm === draft[position + k].norm)) found.push(quote);
    }
  }
  return found;
}

test('the quotes sharing a trigram are those that reading every quote finds, once per place, in order', () => {
  const cases = runProperty(
    fc.tuple(fc.array(sentence(12), { minLength: 1, maxLength: 8 }), sentence(10).map((text) => `${text} unknown word`)),
    ([quoteTexts, draftText]) => {
      const index = indexOf(quoteTexts);
      const draft = words(draftText);
      for (let position = 0; position + QUOTE_NGRAM <= draft.length; position++) {
        assert.deepEqual(index.quotesWithNgram(draft, position), byReadingEveryQuote(index, draft, position));
      }
    },
    300,
  );
  assert.ok(cases >= 1);
});

test('a quote repeating a trigram is found once for each place; a trigram no quote has finds nothing', () => {
  const index = indexOf(['the ferries will open the ferries will', 'ferries in spring']);
  const draft = words('the ferries will not open in spring');
  assert.deepEqual(index.quotesWithNgram(draft, 0).map((q) => q.quote.id), ['q0', 'q0']);
  assert.deepEqual(index.quotesWithNgram(draft, 1), []);
  assert.deepEqual(index.quotesWithNgram(draft, 4), []);
});
