// number-mismatch on a reference set of our own invention (EU–Brazil talks in Lisbon) and on the built-in set:
// wrong durations, counts and ages for the facts the reference covers, fixed in the draft's own form; other
// qualifiers with the same number, and numbers about something else, left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumberExpressions, numberInWords, unitAfter } from '../../server/src/analysis/numbers';
import { loadBuiltInReference } from '../../server/src/reference/loader';
import { ReferenceIndex } from '../../server/src/reference/index';
import { words } from '../../server/src/text/words';
import { assertNoFinding, onlyFinding as only } from '../fixtures/facts/fixing';
import { check, fixtureReference } from '../support/engine';
import { at, lisbonReference, lisbonSet, lisbonWithFacts } from '../fixtures/facts/lisbonReference';

const lisbon = lisbonReference();
const builtIn = new ReferenceIndex(loadBuiltInReference());

test('number expressions: words, digits, hyphens, qualifiers, ranges', () => {
  const read = (text: string) =>
    findNumberExpressions(text, words(text), []).map((n) => ({ text: text.slice(n.start, n.end), value: n.value, max: n.max, form: n.form, qualifier: n.qualifier?.kind }));
  assert.deepEqual(read('nearly six hours'), [{ text: 'nearly six', value: 6, max: undefined, form: 'words', qualifier: 'nearly' }]);
  assert.deepEqual(read('the 18-month-old pact'), [{ text: '18', value: 18, max: undefined, form: 'digits', qualifier: undefined }]);
  assert.deepEqual(read('at least twenty-one new embassies'), [{ text: 'at least twenty-one', value: 21, max: undefined, form: 'words', qualifier: 'at least' }]);
  assert.deepEqual(read('five or six hours'), [{ text: 'five or six', value: 5, max: 6, form: 'words', qualifier: undefined }]);
  assert.deepEqual(read('an hour'), [{ text: 'an', value: 1, max: undefined, form: 'words', qualifier: undefined }]);
  assert.deepEqual(read('two and a half hours'), [{ text: 'two and a half', value: 2.5, max: undefined, form: 'words', qualifier: undefined }]);
  // A qualifier's abbreviation, its full stop included; not a sentence's full stop before the number.
  assert.deepEqual(read('approx. five hours'), [{ text: 'approx. five', value: 5, max: undefined, form: 'words', qualifier: 'approximate' }]);
  assert.deepEqual(read('It was about. Five hours later'), [{ text: 'Five', value: 5, max: undefined, form: 'words', qualifier: undefined }]);
  assert.deepEqual(read('two-and-a-half hours'), [{ text: 'two-and-a-half', value: 2.5, max: undefined, form: 'words', qualifier: undefined }]);
  assert.deepEqual(read('two-and-a-half-hour talks'), [{ text: 'two-and-a-half', value: 2.5, max: undefined, form: 'words', qualifier: undefined }]);
  assert.deepEqual(read('1,200 people'), [{ text: '1,200', value: 1200, max: undefined, form: 'digits', qualifier: undefined }]);
  assert.deepEqual(read('an F-16 and the 18th day'), []);
  // Words that are properties of every object are not numbers.
  assert.deepEqual(read('a constructor hours and a constructor'), []);
  // A range joiner at the end of the text, with nothing after it (this threw).
  assert.deepEqual(read('from 2023 to'), [{ text: '2023', value: 2023, max: undefined, form: 'digits', qualifier: undefined }]);
  assert.deepEqual([6, 20, 21, 135].map(numberInWords), ['six', 'twenty', 'twenty-one', 'one hundred and thirty-five']);
});

test('weeks, fortnights and days convert, and minutes and hours; "a couple of hours" is two; "a week of" an event word gives its length', () => {
  const harbour = fixtureReference('harbor/harbor.factcheck.json');
  const flagged = (draft: string) => only('number-mismatch', draft, harbour).flagged;
  assert.equal(flagged('Okafor said the dredging would last 120 days.'), '120 days');
  assert.equal(flagged('Okafor said the dredging would last a fortnight.'), 'a fortnight');
  assert.equal(flagged('Okafor said there would be a week of dredging in May.'), 'a week');
  assert.equal(flagged('Okafor said the dredging would last a couple of weeks.'), 'a couple of weeks');
  assertNoFinding('number-mismatch', ['Okafor said the dredging would last 77 days.', 'Okafor spoke after a week of rain about the dredging.'], harbour);
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for a couple of hours.', lisbon).fixed, 'Lindqvist and Duarte talked for about four hours.');
  // Minutes and hours too.
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for 90 minutes.', lisbon).fixed, 'Lindqvist and Duarte talked for about 240 minutes.');
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte talked for about 240 minutes.'], lisbon);
  assertNoFinding('number-mismatch', ['A couple of aides sat in as Lindqvist and Duarte talked for about four hours.', 'Lindqvist and Duarte talked for a couple of days before the summit.'], lisbon);
  // A part joined by ", and" with a subject of its own ("the talks") is about the main clause's people, not whom a
  // phrase put first names.
  assert.equal(only('number-mismatch', 'Before seeing Ferreira, Lindqvist met Duarte, and the talks lasted about nine hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assertNoFinding('number-mismatch', ['Before seeing Ferreira, Lindqvist met Duarte, and the talks lasted about four hours.'], lisbon);
  // "Three days on": the time since, not a length.
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte talked. Nine hours on, the talks look different.', 'The Lindqvist–Duarte talks, nine hours on.'], lisbon);
  // At a heading's end, or counted "from" something.
  assertNoFinding('number-mismatch', ['## The Lindqvist–Duarte talks, nine hours on\n\nThe mood has changed.', 'Nine hours on from the Lindqvist–Duarte talks, the mood has changed.'], lisbon);
  // "on" going on with what comes next still tells a length: "talked for nine hours on trade".
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for nine hours on trade.', lisbon).flagged, 'nine hours');
  // A unit ending a compound adjective is not what the number counts: "one last-minute change", "two full-day rounds".
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte had one last-minute meeting.', 'Lindqvist and Duarte got one last-minute talk.', 'Lindqvist and Duarte held two full-day meetings.'], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for a two-hour stretch.', lisbon).flagged, 'two-hour');
});

test('a belief told ("I had assumed …", "A friend insisted …") then denied or questioned is a claim reported, not the draft’s', () => {
  assertNoFinding('number-mismatch', ['I had assumed Lindqvist and Duarte talked for nine hours. Is that right? No.', 'A friend insisted Lindqvist and Duarte talked for nine hours. It is not.', 'A friend insisted Lindqvist and Duarte talked for nine hours. That wasn’t so.'], lisbon);
  for (const draft of ['A friend insisted Lindqvist and Duarte talked for nine hours. It is not the whole story.', 'Lindqvist and Duarte talked for nine hours. It is not.', 'I had assumed Lindqvist and Duarte talked for nine hours. And they did.']) {
    assert.equal(only('number-mismatch', draft, lisbon).flagged, 'nine hours', draft);
  }
});

test('a reported claim set right just after it by the fact’s number, its unit left out or the fact’s own, is not the draft’s', () => {
  assertNoFinding('number-mismatch', ['Some reports said Lindqvist and Duarte talked for nine hours; they talked for about four.', 'Some reports said Lindqvist and Duarte talked for nine hours. An aide put it at about four.'], lisbon);
  // With the fact's own unit, in another unit than the claim's.
  assertNoFinding('number-mismatch', ['Our editor said one reader’s letter had the visit as the first by a secretary of state in a decade. It was five years, since Pompeo’s stop.'], builtIn);
  for (const draft of [
    'Some reports said Lindqvist and Duarte talked for nine hours. An aide put it at about two.',
    'Lindqvist and Duarte talked for nine hours; they ended at four.',
    'Some reports said Lindqvist and Duarte talked for nine hours; four aides attended.',
  ]) assert.equal(only('number-mismatch', draft, lisbon).flagged, 'nine hours', draft);
});

test('a part opened by "which" goes with the part before it ("a meeting with Wang Yi, which lasted …")', () => {
  assert.equal(only('number-mismatch', 'Blinken held a meeting with Wang Yi, which lasted about five hours.', builtIn).flagged, 'about five hours');
  assertNoFinding('number-mismatch', ['Blinken held a meeting with Wang Yi, which lasted about three hours.', 'Blinken met Wang Yi at the Diaoyutai guesthouse, which was built over five years.'], builtIn);
});

test('a clause naming only whom someone was with is about the people the sentence before named, when they are the fact’s', () => {
  assert.equal(only('number-mismatch', 'Blinken arrived in Beijing. A session of about five hours with Wang Yi followed.', builtIn).flagged, 'about five hours');
  assertNoFinding('number-mismatch', ['Blinken arrived in Beijing. A session of about three hours with Wang Yi followed.', 'Jake Sullivan flew to Vienna. A session of about five hours with Wang Yi followed.'], builtIn);
  // A title between "with" and the name: "talks with Foreign Minister Carlos Duarte".
  assert.equal(only('date-mismatch', 'Lindqvist flew in. Friday: talks with Foreign Minister Carlos Duarte.', lisbon).flagged, 'Friday');
  assert.equal(only('number-mismatch', 'Lindqvist flew in. A session of about nine hours with the foreign minister, Carlos Duarte, followed.', lisbon).flagged, 'about nine hours');
  assertNoFinding('date-mismatch', ['Lindqvist flew in. Thursday: talks with Foreign Minister Carlos Duarte.', 'Janet Yellen flew in. Friday: talks with Foreign Minister Carlos Duarte.'], lisbon);
});

test('a clause naming only whom someone was with, after a sentence naming others too, is about that sentence’s subject', () => {
  assert.equal(only('number-mismatch', 'Blinken shook hands with Qin Gang on Sunday. Then came a meeting of about five hours with Wang Yi.', builtIn).flagged, 'about five hours');
  assertNoFinding('number-mismatch', ['Blinken shook hands with Qin Gang on Sunday. Then came a meeting of about three hours with Wang Yi.', 'Qin Gang shook hands with Jake Sullivan on Sunday. Then came a meeting of about five hours with Wang Yi.'], builtIn);
  // Whom the sentence before named only as company is not its subject.
  assert.equal(only('number-mismatch', 'Blinken landed in Beijing. Sunday brought nearly six hours with Qin Gang. Then came a meeting of about five hours with Wang Yi.', builtIn).flagged, 'about five hours');
  assertNoFinding('number-mismatch', ['Blinken landed in Beijing. Sunday brought nearly six hours with Qin Gang. Then came a meeting of about three hours with Wang Yi.', 'Jake Sullivan landed in Vienna. Sunday brought nearly six hours with Qin Gang. Then came a meeting of about five hours with Wang Yi.'], builtIn);
  // Whom a clause of time names ("before Xi") is no one's company, nor someone else at the event.
  assert.equal(only('number-mismatch', 'Blinken shook hands with Qin Gang on Sunday. The next day, before Xi, came a meeting of about five hours with Wang Yi.', builtIn).flagged, 'about five hours');
  assertNoFinding('number-mismatch', ['Blinken shook hands with Qin Gang on Sunday. The next day, before Xi, came a meeting of about three hours with Wang Yi.'], builtIn);
});

test('"the session with the foreign minister": a description after "with" is whom the subject met, not the subject', () => {
  assert.equal(only('number-mismatch', 'Blinken held talks with Qin Gang. Sunday’s session with the foreign minister ran for nearly four hours.', builtIn).flagged, 'nearly four hours');
  assertNoFinding('number-mismatch', ['Blinken held talks with Qin Gang. Sunday’s session with the foreign minister ran for nearly six hours.'], builtIn);
  // Nor whom the sentence before named who does not hold that title: another meeting.
  assertNoFinding('number-mismatch', ['Blinken held talks with Wang Yi. The session with the foreign minister ran for nearly six hours.', 'Blinken met Wang Yi.\n\n- Talks with the foreign minister: nearly six hours'], builtIn);
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte. Friday’s session with the prime minister ran for about nine hours.'], lisbon);
});

test('"the X sat with Y": X, a title word of one of the fact’s people named before, is who sat', () => {
  assert.equal(only('number-mismatch', 'Lindqvist flew to Lisbon. The commissioner sat with Duarte for about seven hours.', lisbon).flagged, 'about seven hours');
  assertNoFinding('number-mismatch', ['Lindqvist flew to Lisbon. The commissioner sat with Duarte for about four hours.', 'Lindqvist flew to Lisbon. The minister sat with Duarte for about seven hours.'], lisbon);
  // The description's last title word says who: "the trade commissioner's", and not someone named before who holds none.
  assert.equal(only('number-mismatch', "Lindqvist flew to Lisbon. The trade commissioner's session with Duarte ran about seven hours.", lisbon).flagged, 'about seven hours');
  // Built-in set: "the foreign minister" is not Wang Yi, China's top diplomat, named before.
  assertNoFinding('number-mismatch', ["Wang Yi spoke later. The foreign minister's session with Blinken ran close to six hours.", 'Wang Yi was not the foreign minister. The foreign minister met Blinken for close to six hours.'], builtIn);
  assert.equal(only('number-mismatch', "Wang Yi spoke later. The top diplomat's session with Blinken ran close to six hours.", builtIn).refId, 'blinken-wang-yi-three-hours');
});

test('"a secretary of state" is whoever holds the office, not the holder the reference names, but for "the first time a …"', () => {
  assertNoFinding('number-mismatch', [
    'The last visit by a secretary of state was five years earlier, and this one had itself been postponed in February.',
    'A secretary of state last came five years ago, before this postponed trip.',
  ], builtIn);
  assert.equal(only('number-mismatch', 'It is the first time a US secretary of state has made this trip in three years.', builtIn).flagged, 'three years');
});

test('a place in a part of the sentence joined after the value’s is that part’s, not the event’s', () => {
  assert.equal(only('number-mismatch', 'Duarte took a 15-hour flight and invited Lindqvist to Madrid.', lisbon).flagged, '15-hour');
  assertNoFinding('number-mismatch', ['Duarte took a 15-hour flight to Madrid.'], lisbon);
});

test('a length is never a saying’s ("a meeting that officials said lasted …"); "ahead of time" counts from the event', () => {
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte for a meeting that officials said lasted about seven hours.', lisbon).flagged, 'about seven hours');
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte for a meeting that officials said lasted about four hours.'], lisbon);
  assertNoFinding('number-mismatch', ['Xi found time for him on Monday, with the meeting confirmed about an hour ahead of time.'], builtIn);
  assert.equal(only('number-mismatch', 'The Xi meeting was confirmed only three hours ahead of time.', builtIn).flagged, 'only three hours');
});

test('"…, after which they agreed" goes on with the same people: the sentence before still says who "the two" were', () => {
  assert.equal(only('number-mismatch', 'Blinken met Qin Gang. The two men talked for 240 minutes, after which they agreed.', builtIn).flagged, '240 minutes');
  assertNoFinding('number-mismatch', ['Blinken met Qin Gang. The two men talked for nearly six hours, after which they agreed.'], builtIn);
  // "after that", "after it": the event just told, as "after which" is.
  for (const text of ['Blinken met Qin Gang. The talks lasted nearly seven hours, and after that they agreed.', 'Blinken met Qin Gang. The talks lasted nearly seven hours, and after it they agreed.']) {
    assert.equal(only('number-mismatch', text, builtIn).flagged, 'nearly seven hours', text);
  }
});

test('"they" right after ", and" stands for the two people named before it in its sentence', () => {
  assert.equal(only('number-mismatch', 'Blinken met Wang Yi, and they talked for about five hours.', builtIn).flagged, 'about five hours');
  assertNoFinding('number-mismatch', ['Blinken met Wang Yi, and they talked for about three hours.', 'Blinken met Wang Yi; officials say they talked for about five hours of other matters before.'], builtIn);
});

test('units as notes shorten them ("9 hrs", "90 mins") are read, and the fix keeps the draft’s form', () => {
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for 9 hrs.', lisbon).fixed, 'Lindqvist and Duarte talked for about 4 hrs.');
  assert.equal(only('number-mismatch', 'Duarte flew for 14 hr to get there.', lisbon).flagged, '14 hr');
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte talked for about 4 hrs.', 'Lindqvist and Duarte talked for 240 mins.', 'Duarte flew for 12 hrs to get there.'], lisbon);
  // The shortened unit is the event word a duration's unit is: "Lindqvist and Duarte, 9 hrs" as "…, 9 hours".
  assert.equal(only('number-mismatch', '- Thursday: Lindqvist and Duarte, 9 hrs.', lisbon).fixed, '- Thursday: Lindqvist and Duarte, about 4 hrs.');
  assertNoFinding('number-mismatch', ['- Thursday: Lindqvist and Duarte, about 4 hrs.', '- Thursday: Lindqvist and Ferreira, 9 hrs.'], lisbon);
});

test('a fix to one of a shortened unit stays shortened in figures ("1 hr") and is written out after an article ("an hour")', () => {
  const draft = (length: string) => `Blinken met Xi on Monday. The meeting was only confirmed ${length} before it began.`;
  assert.equal(only('number-mismatch', draft('2 hrs'), builtIn).fixed, draft('1 hr'));
  assert.equal(only('number-mismatch', draft('two hrs'), builtIn).fixed, draft('an hour'));
  assertNoFinding('number-mismatch', [draft('1 hr'), draft('an hour')], builtIn);
});

test('a number in capitals for emphasis is read, and fixed in lower case mid-sentence', () => {
  assert.equal(only('number-mismatch', 'Duarte flew for FOURTEEN hours to get there.', lisbon).fixed, 'Duarte flew for twelve hours to get there.');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte held their first meeting in TEN years.', lisbon).flagged, 'TEN years');
  assert.match(only('number-mismatch', 'FOURTEEN hours: that is how long Duarte flew.', lisbon).fixed, /^Twelve hours:/);
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte held their first meeting in EIGHT years.'], lisbon);
});

test('a quantity opening what follows a short label and its colon is what the label names ("AUKUS: 24 months old")', () => {
  assert.equal(only('number-mismatch', '**Duarte’s flight:** 14 hours aloft.', lisbon).fixed, '**Duarte’s flight:** 12 hours aloft.');
  assertNoFinding('number-mismatch', ['Duarte’s flight: 12 hours aloft.', 'Duarte’s flight: he slept for 14 hours after it.', 'Duarte’s long flight home from the summit: 14 hours aloft.'], lisbon);
});

test('a quantity filling a table cell is the one the other cells of its row tell of', () => {
  const table = (rows: string[]) => ['| Talks | Length |', '|---|---|', ...rows].join('\n');
  assert.equal(only('number-mismatch', table(['| Lindqvist meets Duarte | nine hours |']), lisbon).flagged, 'nine hours');
  assertNoFinding(
    'number-mismatch',
    [table(['| Lindqvist meets Duarte | about four hours |']), '| Talks | Reported | Actual |\n|---|---|---|\n| Lindqvist meets Duarte | nine hours | four hours |', table(['| The weather in Lisbon | nine hours of sun |'])],
    lisbon,
  );
  // A row is a record of its own: the people its cells name, not the row above's.
  const rows = (...cells: string[]) => ['| Event | Who |', '|---|---|', ...cells].join('\n');
  assert.equal(only('number-mismatch', rows('| Talks lasting nine hours | Lindqvist, Duarte |'), lisbon).flagged, 'nine hours');
  // Built in: the row above's Qin Gang is not this row's; its Wang Yi, in the next cell, is.
  assertNoFinding('number-mismatch', [rows('| Talks | Blinken, Qin Gang |', "| Talks with China's top diplomat, about three hours | Wang Yi |")], builtIn);
  assert.equal(only('number-mismatch', rows('| Talks | Blinken, Qin Gang |', "| Talks with China's top diplomat, about five hours | Wang Yi |"), builtIn).refId, 'blinken-wang-yi-three-hours');
});

test('a figure alone in a table cell is the one fact of no one\'s whose event word another cell of its row has ("| 40 years | Age of the cooperation treaty |")', () => {
  const table = (figure: string, meaning: string) => `| Figure | Meaning |\n|---|---|\n| ${figure} | ${meaning} |\n`;
  assert.equal(only('number-mismatch', table('40 years', 'Age of the EU–Brazil cooperation treaty'), lisbon).refId, 'treaty-thirty-years');
  assertNoFinding('number-mismatch', [table('30 years', 'Age of the EU–Brazil cooperation treaty'), table('40 years', 'Age of the port'), table('40 years', 'How long Duarte has worked in trade')], lisbon);
});

test('a table cell may give its figure with an article and a noun ("| A six-hour session | Thursday\'s talks of Lindqvist and Duarte |")', () => {
  const table = (cell: string) => `| Figure | Meaning |\n|---|---|\n| ${cell} | Thursday's talks of Lindqvist and Duarte |\n`;
  assert.equal(only('number-mismatch', table('A six-hour session'), lisbon).flagged, 'six-hour');
  // Not a longer phrase: "| Six hours of waiting at the port |" may be anything.
  assertNoFinding('number-mismatch', [table('A four-hour session'), table('Six hours of waiting at the port')], lisbon);
});

test('a row naming people and no event is told of by the table’s header row ("| Meeting | How long |")', () => {
  const table = (header: string, ...rows: string[]) => [header, '|---|---|', ...rows].join('\n');
  assert.equal(only('number-mismatch', table('| Meeting | How long |', '| Lindqvist and Ana Ferreira | an hour |', '| Lindqvist and Duarte | nine hours |'), lisbon).flagged, 'nine hours');
  assert.equal(only('date-mismatch', table('| Talks | Day |', '| Lindqvist and Duarte | Friday |'), lisbon).flagged, 'Friday');
  assertNoFinding(
    'number-mismatch',
    [
      table('| Meeting | How long |', '| Lindqvist and Duarte | about four hours |'),
      // Not all of the fact's people in the row, or no event word in the header.
      table('| Meeting | How long |', '| Lindqvist and Ana Ferreira | nine hours |'),
      table('| Pair | Hours of sun |', '| Lindqvist and Duarte | nine hours |'),
    ],
    lisbon,
  );
  // Someone the header names is a side of each row's event, the row naming the other.
  assert.equal(only('number-mismatch', table('| Whom Lindqvist met | How long |', '| Duarte | nine hours |'), lisbon).flagged, 'nine hours');
  assert.equal(only('date-mismatch', table('| Day | Whom Lindqvist met |', '| Friday | Carlos Duarte |'), lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', [table('| Day | Whom Lindqvist met |', '| Thursday | Carlos Duarte |'), table('| Day | Whom Lindqvist met |', '| Friday | Ana Ferreira |'), table('| Day | Whom the mayor met |', '| Friday | Carlos Duarte |')], lisbon);
});

test('a quantity standing alone as a sentence is the one the next sentence of its paragraph tells of (a fact box)', () => {
  assert.equal(only('number-mismatch', '**Nine hours.** That is how long Lindqvist and Duarte talked.', lisbon).fixed, '**About four hours.** That is how long Lindqvist and Duarte talked.');
  assertNoFinding('number-mismatch', ['**About four hours.** That is how long Lindqvist and Duarte talked.', '**Nine hours.** The weather held.', 'Nine hours.\n\nThat is how long Lindqvist and Duarte talked.'], lisbon);
});

test('"beforehand" counts from the event told of; "until" and a time is when the verb before it happened', () => {
  // The built-in set: the Xi meeting was confirmed only an hour before the talks.
  // (The time after "until" put first too: the denial runs up to it.)
  for (const draft of ['The Xi meeting was confirmed only two hours beforehand.', 'Neither side confirmed the Xi meeting until two hours before it began.', 'Until just two hours before Blinken sat down with Xi, neither side would confirm the meeting.']) {
    assert.equal(only('number-mismatch', draft, builtIn).refId, 'xi-meeting-confirmed-hour-before', draft);
  }
  assertNoFinding('number-mismatch', ['The Xi meeting was confirmed only an hour beforehand.', 'Neither side confirmed the Xi meeting until an hour before it began.', 'Until just an hour before Blinken sat down with Xi, neither side would confirm the meeting.'], builtIn);
});

test('"him" in a clause whose subject is a man named before it is someone else ("Blinken met him")', () => {
  // The built-in set: Blinken and Wang Yi, about three hours.
  assert.equal(only('number-mismatch', "Wang Yi is China's top diplomat. Blinken met him for about six hours.", builtIn).refId, 'blinken-wang-yi-three-hours');
  assertNoFinding('number-mismatch', ["Wang Yi is China's top diplomat. Blinken met him for about three hours."], builtIn);
  // After a verb of saying, "him" may be the subject before it.
  assert.equal(only('number-mismatch', 'Blinken said Wang Yi had kept him for about six hours.', builtIn).refId, 'blinken-wang-yi-three-hours');
});

test('"a dozen", "half a dozen" and "three-plus" are numbers; "-plus" is three and some, dropped by the fix', () => {
  const read = (text: string) => findNumberExpressions(text, words(text), []).map((n) => ({ text: text.slice(n.start, n.end), value: n.value, qualifier: n.qualifier?.kind }));
  assert.deepEqual(read('a dozen hours'), [{ text: 'a dozen', value: 12, qualifier: undefined }]);
  assert.deepEqual(read('half a dozen hours'), [{ text: 'half a dozen', value: 6, qualifier: undefined }]);
  assert.deepEqual(read('three-plus hours'), [{ text: 'three-plus', value: 3, qualifier: 'plus' }]);
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for half a dozen hours.', lisbon).fixed, 'Lindqvist and Duarte talked for about four hours.');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for a dozen hours.', lisbon).fixed, 'Lindqvist and Duarte talked for about four hours.');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for six-plus hours.', lisbon).fixed, 'Lindqvist and Duarte talked for about four hours.');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for two-plus hours.', lisbon).fixed, 'Lindqvist and Duarte talked for about four hours.');
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte talked for three-plus hours.', 'Lindqvist and Duarte talked for 4-plus hours.'], lisbon);
});

test('a wrong duration: range, severity, fact, evidence, message, and the reference qualifier in the fix', () => {
  const text = 'Lindqvist and Duarte talked for six hours.';
  const { finding, flagged, refId, fixed } = only('number-mismatch', text, lisbon);
  assert.equal(flagged, 'six hours');
  assert.equal(finding.severity, 'warning');
  assert.equal(refId, 'lindqvist-duarte-four-hours');
  assert.equal(fixed, 'Lindqvist and Duarte talked for about four hours.');
  const evidenceText = 'The two sat down for about four hours';
  assert.deepEqual([finding.evidence?.start, finding.evidence?.end], [at(evidenceText), at(evidenceText) + evidenceText.length]);
  assert.match(finding.message, /about four hours/);
  assert.match(finding.message, /“six hours”/);
});

test('the fix keeps the draft’s form: digits, hyphens, unit word, the draft’s own qualifier word, the article', () => {
  const cases: [string, string][] = [
    ['Duarte’s 14-hour flight from Brasília was delayed.', 'Duarte’s 12-hour flight from Brasília was delayed.'],
    ['Duarte flew for 10 hours to reach Lisbon.', 'Duarte flew for 12 hours to reach Lisbon.'],
    // In words: figures from ten, unless the draft spelt out such a number itself.
    ['Duarte flew for nine hours to reach Lisbon.', 'Duarte flew for 12 hours to reach Lisbon.'],
    ['Duarte’s fifteen-hour flight from Brasília was delayed.', 'Duarte’s twelve-hour flight from Brasília was delayed.'],
    ['Duarte flew for some twenty hours to reach Lisbon.', 'Duarte flew for some twelve hours to reach Lisbon.'],
    // Spelt out only to open a sentence, which any number is: no sign of the draft's style.
    ['Fourteen hours: that is how long Duarte flew.', '12 hours: that is how long Duarte flew.'],
    ['Lindqvist and Duarte held a roughly two-hour meeting.', 'Lindqvist and Duarte held a roughly four-hour meeting.'],
    ['Lindqvist met Duarte for an hour.', 'Lindqvist met Duarte for about four hours.'],
    ['Lindqvist said both sides would sign at least five new agreements.', 'Lindqvist said both sides would sign at least seven new agreements.'],
    ['Lindqvist said both sides would sign three new agreements.', 'Lindqvist said both sides would sign at least seven new agreements.'],
    ['The 25-year-old cooperation treaty expires soon.', 'The 30-year-old cooperation treaty expires soon.'],
    ['It was an 11-year-old cooperation treaty.', 'It was a 30-year-old cooperation treaty.'],
    ['Their meeting was the first between Lindqvist and Duarte in six years.', 'Their meeting was the first between Lindqvist and Duarte in eight years.'],
    // The whole phrase of the number is written over: "a little over", a range, "-odd-" in a compound.
    ['Lindqvist spent a little over seven hours with Duarte.', 'Lindqvist spent about four hours with Duarte.'],
    ['Lindqvist and Duarte held five-to-six-hour talks.', 'Lindqvist and Duarte held four-hour talks.'],
    ['Lindqvist and Duarte talked for between five and six hours.', 'Lindqvist and Duarte talked for about four hours.'],
    ['Duarte’s 30-odd-hour flight from Brasília was long.', 'Duarte’s 12-odd-hour flight from Brasília was long.'],
    // Markup between the qualifier and the number stays where it was.
    ['Lindqvist and Duarte talked for about **two hours**.', 'Lindqvist and Duarte talked for about **four hours**.'],
    ['Lindqvist and Duarte talked for about *two* hours.', 'Lindqvist and Duarte talked for about *four* hours.'],
    ['Lindqvist and Duarte talked for nearly **two hours**.', 'Lindqvist and Duarte talked for about **four hours**.'],
  ];
  for (const [draft, expected] of cases) assert.equal(only('number-mismatch', draft, lisbon).fixed, expected, draft);
  // A compound takes the reference's "nearly" (an adverb that reads well there), never its "about" (above).
  assert.equal(only('number-mismatch', 'Blinken sat through a seven-hour session with Qin Gang.', builtIn).fixed, 'Blinken sat through a nearly six-hour session with Qin Gang.');
  // "some" goes with a number, not an article.
  assert.equal(only('number-mismatch', 'The Xi meeting was confirmed some three hours before it began.', builtIn).fixed, 'The Xi meeting was confirmed an hour before it began.');
  // A range that holds the reference's value agrees.
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte talked for between three and five hours.', 'Lindqvist and Duarte held three-to-five-hour talks.'], lisbon);
});

test('months and years are compared across units, and fixed in the draft’s unit when the value is whole', () => {
  assert.equal(only('number-mismatch', 'It was their first meeting between Lindqvist and Duarte in 90 months.', lisbon).fixed, 'It was their first meeting between Lindqvist and Duarte in 96 months.');
  assertNoFinding('number-mismatch', ['It was the first meeting between Lindqvist and Duarte in 96 months.'], lisbon);
  // From ten, in figures, as news style and the article write them.
  assert.equal(only('number-mismatch', 'The two-year-old AUKUS pact angers Beijing.', builtIn).fixed, 'The 18-month-old AUKUS pact angers Beijing.');
  assertNoFinding('number-mismatch', ['AUKUS, now one and a half years old, angers Beijing.'], builtIn);
  // Months that another fact of Blinken's gives in months are that fact's, not the five years of another.
  assertNoFinding('number-mismatch', ['Blinken’s trip, first planned for four months before it finally happened, was one of its fruits.'], builtIn);
  assert.equal(only('number-mismatch', 'Blinken’s trip, first planned for seven months before it finally happened, was one of its fruits.', builtIn).refId, 'first-secretary-of-state-five-years');
});

test('participants from the previous sentence: "the two" talked for the wrong time', () => {
  const { flagged, refId } = only('number-mismatch', 'Lindqvist met Duarte on Thursday. The two talked for seven hours.', lisbon);
  assert.deepEqual([flagged, refId], ['seven hours', 'lindqvist-duarte-four-hours']);
});

test('an event set apart from the one told of before ("a different meeting", "the other session") takes no people from it', () => {
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte on Thursday. The meeting lasted seven hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte on Thursday. The seven-hour figure belongs to a different meeting.', 'Lindqvist met Duarte on Thursday. A separate meeting lasted seven hours.', 'Lindqvist met Duarte on Thursday. The other meeting lasted seven hours.'], lisbon);
  // "each other" sets nothing apart.
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte on Thursday. The two talked to each other for seven hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
});

test('the same number with another qualifier, or a bound the reference satisfies, is not flagged', () => {
  assertNoFinding('number-mismatch', [
    'Lindqvist and Duarte talked for four hours.',
    'Lindqvist and Duarte talked for nearly four hours.',
    'Lindqvist and Duarte held a roughly four-hour meeting.',
    'Lindqvist and Duarte talked for more than three hours.',
    'Lindqvist and Duarte talked for three or four hours.',
    'Duarte flew for twelve hours.',
    'Lindqvist and Duarte talked for an hour and a half, then again after lunch.',
    'Lindqvist and Duarte talked for three hours and 45 minutes.',
    'Lindqvist and Duarte talked for three hours and a quarter.',
    'Lindqvist said both sides would sign at least seven new agreements.',
  ], lisbon);
  // A clause joined after the unit is no rest of the quantity.
  for (const text of ['Lindqvist and Duarte talked for nine hours, and a deal followed.', 'Lindqvist and Duarte talked for nine hours and a deal followed.']) {
    assert.equal(only('number-mismatch', text, lisbon).refId, 'lindqvist-duarte-four-hours', text);
  }
});

test('numbers about something else are not flagged', () => {
  assertNoFinding('number-mismatch', [
    // Not a fact of the reference: other units, other things counted, other people.
    'Lindqvist and Duarte exchanged three proposals during the four-hour meeting.',
    'The two sides, three ministries and 40 officials were in the room.',
    'Duarte, 58, has led Brazil’s diplomacy for two years.',
    'Ferreira spent six hours at the São Paulo forum.',
    'Lindqvist spent three hours with reporters.',
    // Inside a quotation.
    '“We talked for six hours,” Duarte said of Lindqvist.',
    // A year is a date, not a count.
    'The treaty expires in 2026.',
    // A unit repeated is a manner ("a day-by-day log"), not a quantity.
    'A day-by-day log of Duarte’s flight from Brasília.',
    'An hour-by-hour account of the talks between Lindqvist and Duarte.',
    // How a quantity is written ("old", "ago") is no event word: an age, a time long past.
    'Ferreira is 48 years old.',
    'Five years ago the treaty talks broke down.',
    // The unit alone, and people from the sentence before who do something else.
    'Lindqvist met Duarte on Thursday. Later the two sides argued over beef for an hour.',
  ], lisbon);
  // The unit alone still counts when the sentence names both people, or refers back to the event itself.
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte spent seven hours together.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte on Thursday. It lasted seven hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assert.equal(only('number-mismatch', 'The treaty is 25 years old.', lisbon).refId, 'treaty-thirty-years');
});

test('built-in set: the Qin Gang talks, the first visit in years, the AUKUS age', () => {
  assert.equal(only('number-mismatch', 'Blinken spent three hours with Foreign Minister Qin Gang.', builtIn).fixed, 'Blinken spent nearly six hours with Foreign Minister Qin Gang.');
  assert.equal(only('number-mismatch', 'He is the first secretary of state to visit China in four years, Blinken’s aides noted.', builtIn).refId, 'first-secretary-of-state-five-years');
  assert.equal(only('number-mismatch', 'China resents the 12-month-old AUKUS pact.', builtIn).fixed, 'China resents the 18-month-old AUKUS pact.');
  assert.equal(only('number-mismatch', 'AUKUS is a 12-month-old pact.', builtIn).fixed, 'AUKUS is an 18-month-old pact.');
  // Both "he"s are Blinken (the second follows the first, not Wang Yi); a value of one is "an hour", "only" kept.
  const chained = 'Blinken had a long day. First he saw Wang Yi for about three hours; then he was received by Xi, in a session confirmed only two hours in advance.';
  assert.equal(only('number-mismatch', chained, builtIn).fixed, chained.replace('only two hours', 'only an hour'));
  assertNoFinding(
    'number-mismatch',
    ['Blinken’s roughly three-hour meeting with Wang Yi went well; the two countries are the world’s two largest economies.', 'The 2024 presidential race and three-way meetings with Japan loom.'],
    builtIn,
  );
});

test('a number beside the one the sentence gives the fact rightly is about something else', () => {
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte talked for about four hours, two hours longer than planned.'], lisbon);
  // The number beside it must be this fact's: the flight's twelve hours do not vouch for the talks.
  assert.equal(only('number-mismatch', 'After a 12-hour flight, Duarte talked with Lindqvist for about 12 hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for about two hours.', lisbon).flagged, 'about two hours');
});

test('a sentence opening with "the" and any fact’s event word refers back to the one before', () => {
  // "The visit" refers back to Blinken for the postponement too, whose months beat the visit's years.
  assertNoFinding('number-mismatch', ['Blinken flew in on Sunday. The visit should have taken place four months earlier.'], builtIn);
  assert.equal(only('number-mismatch', 'Blinken flew in on Sunday. The visit had been due six months earlier.', builtIn).refId, 'due-four-months-ago');
  // "Earlier" after the unit is how the number is written, not the postponement's event word.
  assertNoFinding('number-mismatch', ['Blinken had pressed the issue five months earlier.'], builtIn);
});

test('a time between two events ("four months late", "eight years after") is compared only with such a fact', () => {
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte met eight months after the summit was postponed.', 'The treaty talks came 12 years late.', 'Lindqvist met Duarte three years before the treaty expires.'], lisbon);
  // The built-in set gives Blinken's visit as due "four months ago".
  assert.equal(only('number-mismatch', 'Blinken had been due to visit six months earlier.', builtIn).refId, 'due-four-months-ago');
  assertNoFinding('number-mismatch', ['Blinken’s visit came four months late.', 'Blinken’s trip came eight months after the Bali summit.'], builtIn);
});

test('an event word reaching into the value ("hour before" in "three hours before …") is how the value is written', () => {
  // The built-in set has the Xi meeting confirmed "an hour before the talks", and Blinken's three hours with Wang Yi.
  assertNoFinding('number-mismatch', ['On Monday Blinken met Wang Yi for about three hours before Xi received him.'], builtIn);
  assert.equal(only('number-mismatch', 'Xi’s meeting with Blinken was confirmed only three hours before the talks.', builtIn).refId, 'xi-meeting-confirmed-hour-before');
});

test('a sentence opening with a name the reference does not know is about that person', () => {
  assertNoFinding('number-mismatch', [
    'Duarte arrived on Wednesday. Marco Bellini flew in from Rome the same day. He flew for 20 hours.',
    'Duarte arrived on Wednesday. Marco Bellini said his own flight took 20 hours.',
    // Named nearer than the story's people, inside the sentence.
    'Duarte arrived on Wednesday. When Marco Bellini spoke, he said he flew for 20 hours.',
  ], lisbon);
  assert.equal(only('number-mismatch', 'Duarte arrived on Wednesday. He flew for 20 hours.', lisbon).refId, 'duarte-flight-twelve-hours');
  // Capitalised words at the start that are no one's name; "The" is never a given name ("The Belem talks").
  assert.equal(only('number-mismatch', 'Duarte arrived on Wednesday. On Wednesday he flew for 20 hours.', lisbon).refId, 'duarte-flight-twelve-hours');
  assert.equal(only('number-mismatch', 'The Belem talks between Lindqvist and Duarte lasted seven hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
});

test('of facts with the same value, the one the value’s own part of the sentence is about gives the fix', () => {
  // The first secretary of state in five years, and the highest-level visit in nearly five years.
  const text = 'Blinken’s trip was the first by a US secretary of state since 2018 and the highest-level visit by a US official in nearly ten years.';
  const finding = only('number-mismatch', text, builtIn);
  assert.deepEqual([finding.refId, finding.fixed], ['highest-level-visit-five-years', text.replace('nearly ten years', 'nearly five years')]);
});

test('a "she" none of the people near can be is someone else, and so is what the sentence tells', () => {
  assertNoFinding('number-mismatch', [
    'Carla Mendes met Duarte after his arrival on Wednesday. She said the flight took 20 hours.',
    'Carla Mendes flew to Lisbon after Duarte. At the end of her trip she said the flight took 20 hours.',
  ], lisbon);
  assert.equal(only('number-mismatch', 'Duarte arrived on Wednesday. He said the flight took 20 hours.', lisbon).refId, 'duarte-flight-twelve-hours');
});

test('a paragraph dated well after the article tells of a later time, not of the article’s events', () => {
  assertNoFinding('number-mismatch', ['Lindqvist went back to Lisbon on Monday, 6 May 2024. The trip was short. On the Wednesday she talked with Duarte for seven hours.'], lisbon);
  assertNoFinding('date-mismatch', ['Lindqvist went back to Lisbon on Monday, 6 May 2024. On the Wednesday she met Duarte.'], lisbon);
  // A bare year is no such date ("the treaty expires in 2026"), nor is a date in another paragraph.
  assert.equal(only('date-mismatch', 'The treaty expires in 2026. Lindqvist met Duarte on Friday.', lisbon).refId, 'lindqvist-met-duarte');
  assert.equal(only('number-mismatch', 'Lindqvist went back to Lisbon on Monday, 6 May 2024.\n\nLindqvist and Duarte talked for seven hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
});

test('a paragraph stating no date is in the time its section headings, else the document’s headline, state', () => {
  assertNoFinding('number-mismatch', [
    '## Lisbon, May 2024\n\nLindqvist and Duarte talked for seven hours.',
    '# Lindqvist’s return, May 2024\n\n## The talks\n\nLindqvist and Duarte talked for seven hours.',
  ], lisbon);
  // Far below the headline, in another window of the document.
  const filler = Array.from({ length: 40 }, (_, k) => `Paragraph ${k + 1} tells of the port, its cranes and its ${k + 2} quays in some detail.`).join('\n\n');
  assertNoFinding('number-mismatch', [`# Lindqvist’s return, May 2024\n\n${filler}\n\nLindqvist and Duarte talked for seven hours.`], lisbon);
  for (const text of [
    // A headline in the article's own time, a paragraph stating its own date, a heading over another section.
    `# Lindqvist in Lisbon, March 2024\n\n${filler}\n\nLindqvist and Duarte talked for seven hours.`,
    '# Lindqvist’s return, May 2024\n\nIn March 2024 Lindqvist and Duarte talked for seven hours.',
    '## May 2024\n\nA note.\n\n## The March talks\n\nLindqvist and Duarte talked for seven hours.',
  ]) assert.equal(only('number-mismatch', text, lisbon).refId, 'lindqvist-duarte-four-hours', text);
});

test('"a year of", "a year in which" name a period and count nothing', () => {
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte held their first meeting after a year in which the talks had stalled.', 'The first meeting came after a year of tension.'], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte held their first meeting in five years.', lisbon).refId, 'first-meeting-eight-years');
  // The time since the last one, then a clause of when: "when" opens the time of the sentence, not of the period.
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte held their first meeting in a year when she reached Lisbon.', lisbon).refId, 'first-meeting-eight-years');
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte met after a year when the talks had stalled.'], lisbon);
  // A gap is the time since the last one too.
  for (const draft of ['Lindqvist and Duarte held their first meeting after a five-year gap.', 'Lindqvist and Duarte held their first meeting after a gap of five years.']) {
    assert.equal(only('number-mismatch', draft, lisbon).refId, 'first-meeting-eight-years', draft);
  }
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte held their first meeting after an eight-year gap.'], lisbon);
});

test('a fix keeps the markup between a number and its unit, and a compound takes no qualifier the draft did not write', () => {
  const bold = only('number-mismatch', 'Duarte’s flight took **14** hours.', lisbon);
  assert.equal(bold.fixed, 'Duarte’s flight took **12** hours.');
  assert.match(bold.finding.message, /not “14 hours”/);
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte held a six-hour session.', lisbon).fixed, 'Lindqvist and Duarte held a four-hour session.');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for six hours.', lisbon).fixed, 'Lindqvist and Duarte talked for about four hours.');
});

test('a verb naming the value ("for what officials called six hours", "described as") is no saying the value belongs to', () => {
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte for what officials called six hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte for what an aide described as about six hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte for what an aide described as about four hours.', 'Lindqvist met Duarte, and Ferreira spoke for six hours.'], lisbon);
});

test('built-in set: names joined by a dash to describe a thing are not whom the next sentence’s pronoun stands for first', () => {
  const text = 'Blinken was due months earlier. The visit was the payoff from the Biden–Xi summit in Bali. During a 12-hour flight across the Pacific, he phoned Tokyo.';
  assert.equal(only('number-mismatch', text, builtIn).refId, 'journey-twenty-hours');
  assertNoFinding('number-mismatch', [text.replace('12-hour', '20-hour')], builtIn);
});

test('"They lasted six days." after a sentence naming an event of no one’s is how long that event lasted', () => {
  const set = lisbonSet();
  const strike = {
    id: 'strike-four-days',
    kind: 'quantity' as const,
    description: 'The dockers’ strike lasted four days',
    participants: [],
    triggers: ['strike', 'strikes', 'days', 'day'],
    quantity: { value: 4, unit: 'day' },
    evidence: { offset: at('a dispute over beef tariffs'), text: 'a dispute over beef tariffs' },
  };
  const withStrike = lisbonWithFacts([...set.facts, strike]);
  assert.equal(only('number-mismatch', 'Dockers staged a strike in Lisbon. It lasted six days.', withStrike).refId, 'strike-four-days');
  assertNoFinding('number-mismatch', [
    'Dockers staged a strike in Lisbon. It lasted four days.',
    'Dockers staged a strike in Lisbon. It rained for six days.',
    'Dockers staged a strike in Lisbon.\n\nIt lasted six days.',
    'Dockers gathered in Lisbon. They lasted six days.',
  ], withStrike);
  // A clause whose subject is the event, and how long an event took standing for it ("the length of the strike").
  for (const draft of ['The strike the dockers staged in Lisbon lasted six days.', 'The dockers’ strike ran for about six days.', '- **Six days**: the length of the dockers’ strike.', 'The duration of the strike was six days.']) {
    assert.equal(only('number-mismatch', draft, withStrike).refId, 'strike-four-days', draft);
  }
  assertNoFinding('number-mismatch', [
    'The strike the dockers staged in Lisbon lasted four days.',
    '- **Four days**: the length of the dockers’ strike.',
    'Six days of talks followed the long strike.',
    'The protest lasted six days, and then came the strike.',
  ], withStrike);
});

test('built-in set: what was due was also "supposed to", "scheduled to", "meant to" or "expected" to be', () => {
  for (const draft of ['Blinken was supposed to visit China six months ago.', 'Blinken had been scheduled to travel six months ago.', 'Blinken was meant to go six months ago.', 'Blinken had originally been expected in Beijing about six months earlier.', 'Blinken was expected to visit six months ago.']) {
    assert.equal(only('number-mismatch', draft, builtIn).refId, 'due-four-months-ago', draft);
  }
  // What is expected is still to come.
  assertNoFinding('number-mismatch', ['Blinken was supposed to visit China four months ago.', 'Biden was supposed to visit China six months ago.', 'Blinken is expected to return within six months.'], builtIn);
});

test('a flight is how long someone flew: a set giving only the noun is matched by the verb too', () => {
  const set = lisbonSet();
  const nounOnly = set.facts.map((fact) => (fact.id === 'duarte-flight-twelve-hours' ? { ...fact, triggers: ['flight'] } : fact));
  const flightSet = lisbonWithFacts(nounOnly);
  assert.equal(only('number-mismatch', 'Duarte flew for 14 hours to reach Lisbon.', flightSet).fixed, 'Duarte flew for 12 hours to reach Lisbon.');
  assert.equal(only('number-mismatch', 'Duarte has flown 14 hours.', flightSet).refId, 'duarte-flight-twelve-hours');
  assertNoFinding('number-mismatch', ['Duarte flew for 12 hours to reach Lisbon.', 'Lindqvist flew for 14 hours to reach Lisbon.', 'Duarte, flying home, slept for 14 hours.'], flightSet);
});

test('an undated fact whose evidence names its month or year is not another month’s or year’s event', () => {
  // The flight as a set might describe it, with its month: Duarte's flight in March took 12 hours.
  const set = lisbonSet();
  const dated = set.facts.map((fact) => (fact.id === 'duarte-flight-twelve-hours' ? { ...fact, description: 'Duarte’s flight from Brasília in March 2024 took 12 hours' } : fact));
  const withMonth = lisbonWithFacts(dated);
  assertNoFinding('number-mismatch', ['In May, Duarte’s flight from Brasília took 14 hours.', 'Duarte’s flight from Brasília in March 2019 took 14 hours.'], withMonth);
  assert.equal(only('number-mismatch', 'In March, Duarte’s flight from Brasília took 14 hours.', withMonth).refId, 'duarte-flight-twelve-hours');
  assert.equal(only('number-mismatch', 'Duarte’s flight from Brasília took 14 hours.', withMonth).refId, 'duarte-flight-twelve-hours');
  // A clause telling of two occasions: one dated as the fact is will do.
  assert.equal(only('number-mismatch', 'Duarte toured Rome in May, and in March his flight from Brasília took 14 hours.', withMonth).refId, 'duarte-flight-twelve-hours');
  // Only a date in the value's own clause counts.
  assert.equal(only('number-mismatch', 'Duarte’s flight from Brasília took 14 hours; his trip home in May was easier.', withMonth).refId, 'duarte-flight-twelve-hours');
  // The built-in set: China's April war games lasted three days; the drills of August were another occasion.
  assertNoFinding('number-mismatch', ['China answered with four days of live-fire drills around Taiwan, from 4 to 7 August.'], builtIn);
  assert.equal(only('number-mismatch', 'In April, China held four days of war games around Taiwan.', builtIn).refId, 'war-games-three-days');
});

test('"in 44 years of formal ties" is the age of what follows "of", no time since an event', () => {
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte. It was their first meeting in 44 years of formal ties.'], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte. It was their first meeting in 44 years.', lisbon).refId, 'first-meeting-eight-years');
});

test('"the first … for N years" is a time since, as "in N years" is', () => {
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte. It was their first meeting for 44 years.', lisbon).refId, 'first-meeting-eight-years');
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte. It was their first meeting for eight years.', 'Lindqvist met Duarte. It was their first meeting, for four hours.'], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist first met Duarte for nine hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
});

test('a time since an event last happened ("the first in eight years") is compared only with a quantity written so', () => {
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte met after six years of stalled talks.', 'Lindqvist had been waiting for six years to meet Duarte.'], lisbon);
  for (const draft of ['It was the first meeting between Lindqvist and Duarte in six years.', 'Lindqvist and Duarte had not met for six years.', 'Lindqvist and Duarte hadn’t met for six years.']) {
    assert.equal(only('number-mismatch', draft, lisbon).refId, 'first-meeting-eight-years', draft);
  }
  // The built-in set: Blinken's was the first such visit in five years, and it had been due four months earlier.
  assertNoFinding('number-mismatch', ['Antony Blinken had been waiting four months to make this trip.', 'Blinken’s June 2023 trip to Beijing came after almost a year of military tension.'], builtIn);
  assert.equal(only('number-mismatch', 'It had been six years since a secretary of state visited China, before Blinken’s trip.', builtIn).refId, 'first-secretary-of-state-five-years');
});

test('a question or a denial claims no number, but a denial can state the time since an event', () => {
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte did not talk for seven hours.', 'Did Lindqvist and Duarte talk for seven hours?'], lisbon);
  // A question told, not asked; a clause about whether something matters, put first, still leaves the rest claimed.
  assertNoFinding('number-mismatch', ['Readers asked whether Lindqvist and Duarte really talked for seven hours.', 'I wonder if Lindqvist and Duarte talked for seven hours.'], lisbon);
  assert.equal(only('number-mismatch', 'Whether or not it helped, Lindqvist and Duarte talked for seven hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assert.equal(only('number-mismatch', 'If anything, Lindqvist and Duarte talked for seven hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for seven hours, not four.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte had not met for six years.', lisbon).refId, 'first-meeting-eight-years');
  // Telling the reader to keep something in mind denies nothing.
  for (const text of [
    "Don't forget that Lindqvist and Duarte talked for seven hours.",
    'Let us not overlook that Lindqvist and Duarte talked for seven hours.',
    'The mood was grim, not to mention that Lindqvist and Duarte talked for seven hours.',
  ]) assert.equal(only('number-mismatch', text, lisbon).refId, 'lindqvist-duarte-four-hours', text);
  assertNoFinding('number-mismatch', ["Don't think that Lindqvist and Duarte talked for seven hours."], lisbon);
  // A value describing the subject's noun is given; the negation after it denies the predicate.
  assert.equal(only('number-mismatch', 'Duarte’s 16-hour flight from Brasília was not wasted.', lisbon).refId, 'duarte-flight-twelve-hours');
  assert.equal(only('number-mismatch', 'The seven-hour talks between Lindqvist and Duarte did not settle the tariffs.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assertNoFinding('number-mismatch', ['Duarte did not take a 16-hour flight from Brasília.', 'The talks between Lindqvist and Duarte were not a seven-hour marathon.'], lisbon);
  // But a noun for the value itself is no thing the value describes: a negation after it denies the value.
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte on Thursday. The nine-hour figure does not belong to their talks.'], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte on Thursday. The nine-hour figure belongs to their talks.', lisbon).refId, 'lindqvist-duarte-four-hours');
});

test('a pronoun in the phrase opening a sentence stands for the person named right after it', () => {
  // Biden named before it, Blinken after: the built-in set has Blinken's 20-hour journey.
  assert.equal(only('number-mismatch', 'Biden spoke first. On his 14-hour trans-Pacific journey, Blinken phoned Tokyo.', builtIn).refId, 'journey-twenty-hours');
  assertNoFinding('number-mismatch', ['Biden spoke first. On his 20-hour trans-Pacific journey, Blinken phoned Tokyo.'], builtIn);
  // With a title or an honorific before the name.
  for (const named of ['Secretary Blinken', 'Mr Blinken']) {
    assert.equal(only('number-mismatch', `Biden spoke first. On his 14-hour trans-Pacific journey, ${named} phoned Tokyo.`, builtIn).refId, 'journey-twenty-hours', named);
  }
  // Or a title standing for the person ("the secretary"), whoever was named before.
  assert.equal(only('number-mismatch', 'Blinken flew to Beijing. Monday meant three hours with Wang Yi, then Xi Jinping. On his 13-hour trans-Pacific journey, the secretary phoned Tokyo.', builtIn).refId, 'journey-twenty-hours');
  assertNoFinding('number-mismatch', ['Blinken flew to Beijing. Monday meant three hours with Wang Yi, then Xi Jinping. On his 20-hour trans-Pacific journey, the secretary phoned Tokyo.'], builtIn);
  // So does one after a label ending in a dash, as a timeline writes it.
  assert.equal(only('number-mismatch', 'Biden says he hopes to meet Xi.\n\n**Sunday, June 18** — After a 14-hour trans-Pacific journey, during which he phones Tokyo, Blinken holds talks with Qin Gang.', builtIn).refId, 'journey-twenty-hours');
  // So does one in a clause put first after such a phrase, set off by commas.
  assert.equal(only('date-mismatch', 'Qin spoke first. On Sunday, before he was shown in to see Xi, Blinken sat down with Wang Yi.', builtIn).refId, 'blinken-met-wang-yi');
  assertNoFinding('date-mismatch', ['Qin spoke first. On Monday, before he was shown in to see Xi, Blinken sat down with Wang Yi.'], builtIn);
  // A subject pronoun after an adverb is the main clause's subject, not the name after the next comma.
  for (const opening of ['Then he', 'On Monday he']) {
    assert.equal(only('number-mismatch', `Blinken met Qin Gang on Sunday.\n\n${opening} met China’s top diplomat, Wang Yi, for about five hours.`, builtIn).refId, 'blinken-wang-yi-three-hours', opening);
  }
  // The built-in set's talks with Qin Gang are its first round of talks.
  assert.equal(only('number-mismatch', 'Blinken arrived in Beijing.\n\nThe first round of talks on Sunday lasted nearly eight hours.', builtIn).refId, 'blinken-qin-gang-six-hours');
  // The built-in set's journey is named by the ocean it crossed too.
  for (const draft of ['Blinken’s travel across the Pacific took 16 hours.', 'Blinken spent 16 hours travelling across the Pacific.']) {
    assert.equal(only('number-mismatch', draft, builtIn).refId, 'journey-twenty-hours', draft);
  }
  // With no comma after a phrase opened by a preposition, the possessive is the subject's after it too.
  assertNoFinding('number-mismatch', [
    'Qin Gang accepted. During his 20-hour trans-Pacific journey Blinken spoke.',
    // A comma later in the sentence, not right before a name, leaves that reading alone.
    'Qin Gang accepted. During his 20-hour trans-Pacific journey Blinken phoned Tokyo and Seoul, and the advisers held their first joint talks.',
  ], builtIn);
  assert.equal(only('number-mismatch', 'Biden spoke first. During his 14-hour trans-Pacific journey Blinken phoned Tokyo.', builtIn).refId, 'journey-twenty-hours');
  // Phrases put one after another before the subject: the pronoun in any of them is the subject's.
  assert.equal(only('number-mismatch', 'Biden spoke first. On arrival, after his 14-hour journey, Blinken met Qin.', builtIn).refId, 'journey-twenty-hours');
  assertNoFinding('number-mismatch', ['Biden spoke first. On arrival, after his 20-hour journey, Blinken met Qin.'], builtIn);
});

test('decades count as ten years, roughly: "nearly a decade" may be eight years, not five', () => {
  assert.equal(only('number-mismatch', 'The cooperation treaty is two decades old.', lisbon).refId, 'treaty-thirty-years');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte met for the first time in two decades.', lisbon).refId, 'first-meeting-eight-years');
  assertNoFinding('number-mismatch', ['The cooperation treaty is three decades old.', 'Lindqvist and Duarte met for the first time in nearly a decade.'], lisbon);
});

test('"for the first time", "the largest": an ordinal or superlative after "the" refers back to no event', () => {
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte. For the first time in 20 years, Chile overtook Peru as the largest copper exporter.'], lisbon);
  // The built-in set: Blinken's is the first visit by a secretary of state in five years.
  assertNoFinding('number-mismatch', ['Blinken went to Beijing. For the first time in 20 years, Mexico overtook China as the largest source of US imports.'], builtIn);
  assert.equal(only('number-mismatch', 'Lindqvist arrived. The first meeting in 20 years went well.', lisbon).refId, 'first-meeting-eight-years');
  // The words after it say whether an event is meant: "the highest-level meeting".
  assert.equal(only('number-mismatch', 'Lindqvist arrived. It was the highest-level meeting in 20 years.', lisbon).refId, 'first-meeting-eight-years');
});

test('"first" names the event by the person it counts: "his first bakery in ten years" is another first', () => {
  assertNoFinding('number-mismatch', ['Duarte opened his first bakery in ten years.', 'Duarte spoke. It was his first rate cut in two years.'], lisbon);
  assertNoFinding('number-mismatch', ['Blinken opened his first bakery in ten months.', 'Blinken arrived. It was the first cut in two years.'], builtIn);
  // A title or person noun after it: the fact's own event, though no other of its words is written.
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte became the first leaders in ten years to sit down together.', lisbon).refId, 'first-meeting-eight-years');
  assert.equal(only('number-mismatch', 'Blinken became the first top US diplomat in China in six years.', builtIn).refId, 'first-secretary-of-state-five-years');
});

test('a possessive unit gives the length of the event it names: "six hours’ talks", not "two hours’ notice"', () => {
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte. The meeting came with only an hour\'s notice.', 'Lindqvist met Duarte. Then, with two hours’ notice, came the meeting.', 'Lindqvist and Duarte met at two hours\' notice.'], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte held six hours’ talks.', lisbon).fixed, 'Lindqvist and Duarte held about four hours’ talks.');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte held an hour\'s talks.', lisbon).fixed, 'Lindqvist and Duarte held about four hours\' talks.');
});

test('a sentence whose subject is a country the set does not name is not about the person the draft names most', () => {
  assertNoFinding('number-mismatch', ['Duarte met Lindqvist. Portugal, meanwhile, said its flight took nine hours.', 'Duarte met Lindqvist. Chile then said its flight took nine hours.'], lisbon);
  assert.equal(only('number-mismatch', 'Duarte met Lindqvist. His flight took nine hours.', lisbon).flagged, 'nine hours');
  // A country's possessive opens a description of someone ("Brazil's foreign minister"), not the country's own act.
  assert.equal(only('number-mismatch', 'Brazil’s foreign minister, Duarte, said his flight took nine hours.', lisbon).flagged, 'nine hours');
});

test('a list of figures: a number opening its line, a colon, then what it counts ("**At least 9**: new agreements")', () => {
  const list = '## By the numbers\n\n- **At least 9**: new agreements to be signed by Lindqvist and Duarte\n- **4**: hours Lindqvist and Duarte talked\n';
  const finding = only('number-mismatch', list, lisbon);
  assert.equal(finding.flagged, 'At least 9**: new agreements');
  assert.equal(finding.fixed, list.replace('At least 9', 'At least 7'));
  // Not opening its line, or a colon with no unit after it: nothing counted.
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte agreed on one figure, 9: new agreements.', '- **9**: the number Lindqvist and Duarte argued over'], lisbon);
});

test('a heading or sentence opening with so many units in a month or year names a stretch of the calendar', () => {
  assertNoFinding('number-mismatch', ['# Two hours in March: Lindqvist and Duarte talk\n\nThey met in Lisbon.', 'Six hours in 2024 that Lindqvist and Duarte spent talking.'], lisbon);
  // Not a month or a year after "in", or not opening the sentence: a length claimed.
  assert.equal(only('number-mismatch', 'Six hours in Lisbon: Lindqvist and Duarte talk.', lisbon).flagged, 'Six hours');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for six hours in March.', lisbon).flagged, 'six hours');
});

test('people after "and" and another day’s possessive are that day’s, not the value’s', () => {
  assertNoFinding('number-mismatch', ['Duarte flew in. Wednesday’s session of about six hours and Thursday’s talks with Lindqvist went well.'], lisbon);
  assert.equal(only('number-mismatch', 'Duarte flew in. Thursday’s talks with Lindqvist of about six hours and Friday’s dinner went well.', lisbon).refId, 'lindqvist-duarte-four-hours');
});

test('someone named as an object in a phrase opening the sentence is not who the pronoun after it stands for', () => {
  for (const draft of ['Lindqvist flew in. Before seeing Ferreira she sat with Duarte for about seven hours.', 'Lindqvist flew in. After a breakfast with Ferreira she sat with Duarte for about seven hours.']) {
    assert.equal(only('number-mismatch', draft, lisbon).refId, 'lindqvist-duarte-four-hours', draft);
  }
  assertNoFinding('number-mismatch', ['Lindqvist flew in. Before seeing Ferreira she sat with Duarte for about four hours.'], lisbon);
  // So in a time counted from an event opening the sentence ("A day before meeting Ferreira, she …").
  for (const draft of ['Lindqvist flew in. A day before meeting Ferreira, she sat with Duarte for about seven hours.', 'Lindqvist flew in. Two hours after lunch with Ferreira, she sat with Duarte for about seven hours.']) {
    assert.equal(only('number-mismatch', draft, lisbon).refId, 'lindqvist-duarte-four-hours', draft);
  }
  assertNoFinding('number-mismatch', ['Lindqvist flew in. A day before meeting Ferreira, she sat with Duarte for about four hours.'], lisbon);
});

test('the object of a phrase set off by commas before the subject is not whom a pronoun after it stands for, there or in the next sentence', () => {
  for (const opening of ['Then earlier on Monday, before Xi, he met Wang Yi.', 'On Monday, before Xi, he met Wang Yi.']) {
    const draft = `Blinken went to China. ${opening} He was on a 15-hour trans-Pacific journey.`;
    assert.equal(only('number-mismatch', draft, builtIn).refId, 'journey-twenty-hours', draft);
    assertNoFinding('number-mismatch', [draft.replace('15-hour', '20-hour')], builtIn);
  }
  // Xi himself, named as the subject, is still "he".
  assertNoFinding('number-mismatch', ['Blinken went to China. Then, on Monday, Xi met him. He was on a 15-hour trans-Pacific journey.'], builtIn);
});

test('"the" and the head of the subject’s title ("the commissioner", "the secretary") stand for the subject, and a pronoun after it too', () => {
  assert.equal(only('number-mismatch', 'Lindqvist flew in. Ferreira spoke first. Aides to the commissioner said she sat with Duarte for about nine hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assertNoFinding('number-mismatch', ['Lindqvist flew in. Ferreira spoke first. Aides to the commissioner said she sat with Duarte for about four hours.'], lisbon);
  assert.equal(only('number-mismatch', 'Blinken landed. Balakrishnan spoke. Staff traveling with the secretary said he was on a 16-hour trans-Pacific journey.', builtIn).refId, 'journey-twenty-hours');
  // Not with someone else holding a title of that head named just before: the secretary may be Lloyd Austin.
  assertNoFinding('number-mismatch', ['Blinken landed in Beijing. Defense Secretary Lloyd Austin was in Singapore. The secretary said he had been on a 16-hour trans-Pacific journey.'], builtIn);
});

test('a value in a phrase of its own opened by "over" belongs to the clause around it', () => {
  assert.equal(only('number-mismatch', 'Over nearly seven hours, Blinken and Qin Gang talked.', builtIn).refId, 'blinken-qin-gang-six-hours');
  assertNoFinding('number-mismatch', ['Over nearly six hours, Blinken and Qin Gang talked.'], builtIn);
  assert.equal(only('number-mismatch', 'Over nearly nine hours, Lindqvist and Duarte talked.', lisbon).refId, 'lindqvist-duarte-four-hours');
});

test('"the" or a day\'s possessive before an event word, names aside, refers back; not after a sentence about a stranger', () => {
  assert.equal(only('number-mismatch', 'Lindqvist spoke to reporters. The Carlos Duarte meeting lasted nine hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assertNoFinding('number-mismatch', [
    'Lindqvist spoke to reporters. The Carlos Duarte meeting lasted about four hours.',
    // Jonas Berg is no one the reference knows: the meeting told of next may be his.
    'Lindqvist spoke to reporters. Jonas Berg flew in weeks later. The Carlos Duarte meeting lasted nine hours.',
  ], lisbon);
});

test('"that" before an event named in the singular refers back after a verb of saying; before a plural or a verb it is a conjunction', () => {
  assert.equal(only('number-mismatch', 'Lindqvist met Carlos Duarte. An aide says that meeting lasted nine hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assertNoFinding('number-mismatch', ['Lindqvist met Carlos Duarte. Aides said that talks would last nine hours.', 'Lindqvist met Carlos Duarte. Aides said that meeting Berg took nine hours.'], lisbon);
});

test('a fact known by its event words alone is not another year’s: a year stated before it in the paragraph says which', () => {
  assertNoFinding('number-mismatch', ['Portugal joined the bloc in 1986. The treaty was then 25 years old.', 'In 1999 the treaty was 25 years old.', 'Portugal joined the bloc in 1986.\n\nThe treaty was then 25 years old.'], lisbon);
  // The paragraph before counts only for one that states no date and goes on from it ("then", "later").
  assert.equal(only('number-mismatch', 'Portugal joined the bloc in 1986.\n\nThe treaty is 25 years old.', lisbon).refId, 'treaty-thirty-years');
  // A year stated before, in the paragraph itself, is the one that counts.
  for (const draft of ['The treaty is 25 years old.', 'In 2024 the treaty is 25 years old.', 'Portugal joined in 1986.\n\nIn 2024 the treaty is 25 years old.']) {
    assert.equal(only('number-mismatch', draft, lisbon).refId, 'treaty-thirty-years', draft);
  }
});

test('a clause naming nobody is not about someone named only in a later clause; what is usual claims nothing', () => {
  assertNoFinding('number-mismatch', [
    'Lindqvist met Ferreira. It lasted about two hours, not six; the longer session was with Duarte.',
    'Lindqvist met Duarte on Thursday. Meetings of this kind usually last six hours.',
  ], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte on Thursday. It lasted six hours; Duarte signed nothing.', lisbon).refId, 'lindqvist-duarte-four-hours');
});

test('"earlier" or "later" that says when ("earlier on Thursday", "later that day") leaves a duration a duration', () => {
  for (const draft of ['Lindqvist and Duarte talked for six hours earlier on Thursday.', 'Lindqvist and Duarte talked for six hours later that day.']) {
    assert.equal(only('number-mismatch', draft, lisbon).refId, 'lindqvist-duarte-four-hours', draft);
  }
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte. Six hours later, she flew home.'], lisbon);
});

test('a difference ("two hours longer than"), a gap set off by a comma ("six hours later, on Thursday") and another event’s duration are not the fact’s', () => {
  assertNoFinding('number-mismatch', [
    'Lindqvist met Duarte; the talks ran two hours longer than planned.',
    'Lindqvist met Duarte, and the talks ended six hours later, on Thursday evening.',
    // The flight's hours, told with the flight's own event word, not the meeting's.
    'Lindqvist flew for nine hours and met Duarte.',
  ], lisbon);
  assertNoFinding('number-mismatch', ["The war games in April lasted three days, a day longer than Blinken's visit.", 'The visit was called off, and the balloon was shot down a day later, on Saturday, February 4.'], builtIn);
  // The meeting's own duration in the same sentence is still judged; another fact's event word after the value
  // is not the value's ("a third of the twelve hours Duarte flew").
  assert.equal(only('number-mismatch', 'Lindqvist flew for nine hours and met Duarte for six hours.', lisbon).flagged, 'six hours');
  assertNoFinding('number-mismatch', ["Lindqvist and Duarte's four hours together were a third of the twelve hours Duarte flew."], lisbon);
  // An "of" phrase after the value is its own: "nine hours of flight time" is the flight's, not the meeting's.
  assert.equal(only('number-mismatch', 'Duarte and Lindqvist met after nine hours of flight time.', lisbon).refId, 'duarte-flight-twelve-hours');
});

test('a quantity after a comparative, "than" and a noun phrase measures the thing compared with', () => {
  assertNoFinding('number-mismatch', [
    'Lindqvist and Duarte talked for four hours, longer than the nine hours the old treaty talks took.',
    'Lindqvist met Duarte, and the talks ran longer than a flight from Brasília to Lisbon, which takes about nine hours.',
  ], lisbon);
  // "longer than six hours" is a claim.
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for longer than six hours.', lisbon).flagged, 'longer than six hours');
});

test('who a quantity is compared with is not who it is about; a stranger’s name ends at a comma', () => {
  assertNoFinding('number-mismatch', [
    "Janet Yellen visited Beijing in July, a four-day trip twice as long as Blinken's.",
    // "China, Janet Yellen" is no one name: Janet Yellen, whom the reference does not know, stayed.
    "The next time a US official of Blinken's rank went to China, Janet Yellen stayed four days.",
  ], builtIn);
  assert.equal(only('number-mismatch', "Blinken's trip lasted four days, twice as long as Yellen's.", builtIn).flagged, 'four days');
  // A comparative after a comma is not a difference: the duration before it is claimed.
  assert.equal(only('number-mismatch', "Duarte's flight took 15 hours, longer than Santos's.", lisbon).flagged, '15 hours');
});

test('a time counted from another event ("three months after it") is not one counted from the telling ("four months ago")', () => {
  assertNoFinding('number-mismatch', ['The Bali summit took place in November, and Blinken had been due in Beijing three months after it, in February.'], builtIn);
  for (const draft of ['Blinken had been due to visit five months ago.', 'Blinken had been due to visit five months earlier.']) assert.equal(only('number-mismatch', draft, builtIn).refId, 'due-four-months-ago', draft);
  // Counted from an event both ways.
  assert.equal(only('number-mismatch', 'Neither side confirmed the Xi meeting until two hours before the talks.', builtIn).refId, 'xi-meeting-confirmed-hour-before');
});

test('"nor" and "neither" deny as "not" does', () => {
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte in Lisbon. Nor did the talks last six hours.', 'Lindqvist and Duarte signed nothing, nor did they talk for six hours.'], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte in Lisbon. The talks lasted six hours.', lisbon).flagged, 'six hours');
});

test('a gap word opening the next sentence, or after "for", leaves a duration a duration', () => {
  for (const draft of ['Lindqvist met Duarte for six hours. Later she flew home.', 'Lindqvist met Duarte for about six hours before flying home.']) {
    assert.equal(only('number-mismatch', draft, lisbon).refId, 'lindqvist-duarte-four-hours', draft);
  }
  // Still a gap without "for", or when the gap word ends the phrase; and nothing to say when it agrees.
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte six hours before flying home.', 'Lindqvist met Duarte for about four hours. Later she flew home.'], lisbon);
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte had talked for six hours before, at an earlier round.'], lisbon);
});

test('a response "with" something is an act: its number is the act’s, not a saying’s', () => {
  assert.equal(only('number-mismatch', 'Duarte responded with six hours of talks with Lindqvist.', lisbon).refId, 'lindqvist-duarte-four-hours');
  // A reply in words still dates the saying, not the meeting it tells of.
  assertNoFinding('date-mismatch', ['Duarte replied on Friday that the meeting with Lindqvist had gone well.'], lisbon);
});

test('a number compared with ("half the eight-hour session") or summed over two facts is not claimed for either', () => {
  assertNoFinding('number-mismatch', [
    'Lindqvist and Duarte talked for about four hours, half the eight-hour session they had planned.',
    'Lindqvist and Duarte talked for about four hours, half the length of the eight-hour session they had planned.',
  ], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte held an eight-hour session of talks.', lisbon).refId, 'lindqvist-duarte-four-hours');
  // The built-in set: nearly six hours with Qin Gang and about three with Wang Yi.
  assertNoFinding('number-mismatch', ['Blinken logged nine hours with Qin and Wang.'], builtIn);
  assert.equal(only('number-mismatch', 'Blinken spent nine hours with Qin.', builtIn).refId, 'blinken-qin-gang-six-hours');
});

test('a total over two facts counted alike, both sides of each named, is their sum, not either', () => {
  assertNoFinding('number-mismatch', [
    'All told, Blinken spent a combined nine hours or so with Qin Gang and Wang Yi, nearly six hours on Sunday and about three on Monday.',
    'Qin Gang and Wang Yi between them spent about nine hours with Blinken.',
  ], builtIn);
  // A value given with one side is that fact's, total or not.
  assert.equal(only('number-mismatch', 'All told, Blinken spent nearly six hours with Qin Gang and about four hours with Wang Yi.', builtIn).refId, 'blinken-wang-yi-three-hours');
  // A total of one fact is judged.
  for (const draft of ['Blinken and Qin Gang talked for a total of seven hours.', 'Blinken spent a combined nine hours with Qin Gang.']) {
    assert.equal(only('number-mismatch', draft, builtIn).refId, 'blinken-qin-gang-six-hours', draft);
  }
});

test('a subject of two ("he and Qin Gang") after a value put first names both sides of the fact', () => {
  const before = 'Blinken had been with Wang Yi for about three hours.\n\n';
  const after = ', he and Qin Gang talked, and afterwards both countries said they had agreed to continue high-level discussions.';
  assertNoFinding('number-mismatch', [`${before}For nearly six hours on Sunday${after}`], builtIn);
  assert.equal(only('number-mismatch', `${before}For nearly four hours on Sunday${after}`, builtIn).refId, 'blinken-qin-gang-six-hours');
});

test('a total of events the sentence counts, and people the value is only compared with, are not the fact’s', () => {
  assertNoFinding('number-mismatch', [
    'Blinken met Wang Yi. Together, the two sessions took close to nine hours.',
    'Between them, Macron and Baerbock spent six days in China that spring, three times as long as Blinken’s stay.',
  ], builtIn);
  assert.equal(only('number-mismatch', 'Blinken spent six days in China, three times as long as Macron’s stay.', builtIn).refId, 'blinken-trip-two-days');
});

test('a number on the way to a unit word counts the unit itself ("The two spent seven hours")', () => {
  const unitOf = (text: string, at: string) => {
    const draftWords = words(text);
    const expression = findNumberExpressions(text, draftWords, []).find((e) => text.slice(e.start, e.end) === at)!;
    return unitAfter(text, draftWords, expression, new Set(['hour', 'day']))?.word.norm;
  };
  assert.equal(unitOf('The two spent seven hours together.', 'two'), undefined);
  assert.equal(unitOf('The two spent seven hours together.', 'seven'), 'hours');
  assert.equal(unitOf('It took three full days.', 'three'), 'days');
  assert.equal(only('number-mismatch', 'Together, the two spent seven hours, Blinken and Qin Gang.', builtIn).flagged, 'seven hours');
});

test('a clause referring back to its own sentence ("Blinken met Wang Yi; the talks ran …") is about the people named there, not the sentence before’s', () => {
  assertNoFinding('number-mismatch', ['Qin Gang was first. Blinken met Wang Yi; the talks ran for about three hours.', 'Blinken met Qin Gang. Blinken began Monday with Wang Yi, China’s top diplomat; their talks ran for about three hours.', 'Blinken met Qin Gang. Blinken met Wang Yi, and the meeting lasted about three hours.'], builtIn);
  assert.equal(only('number-mismatch', 'Blinken met Qin Gang. Blinken met Wang Yi; the talks ran for nearly six hours.', builtIn).refId, 'blinken-wang-yi-three-hours');
  // Naming no one else, the clause still takes the other side from the sentence before.
  assert.equal(only('number-mismatch', 'Blinken saw Qin Gang first. On Sunday he arrived; the talks ran for nearly nine hours.', builtIn).refId, 'blinken-qin-gang-six-hours');
});

test('a pronoun stands first for someone named in its own part of the sentence, after a semicolon', () => {
  // "her" is Lindqvist's, not Ferreira's, so the hours are the Lindqvist–Duarte talks'.
  assert.equal(only('number-mismatch', 'On Wednesday it was Ferreira who saw Duarte; and on Thursday it was Lindqvist who sat down with her guest for ten hours.', lisbon).refId, 'lindqvist-duarte-four-hours');
  assertNoFinding('number-mismatch', ['On Wednesday it was Ferreira who saw Duarte; and on Thursday it was Lindqvist who sat down with her guest for about four hours.'], lisbon);
});

test('a value standing alone answers the question right before it ("### How long did they talk? ¶ About nine hours.")', () => {
  const question = '### How long did Lindqvist and Duarte talk?\n\n';
  assert.equal(only('number-mismatch', `${question}About nine hours, on Thursday.`, lisbon).refId, 'lindqvist-duarte-four-hours');
  assert.equal(only('number-mismatch', 'How long did Lindqvist and Duarte talk? For nine hours.', lisbon).flagged, 'nine hours');
  // Whose account it is may follow: "…, according to an aide."
  assert.equal(only('number-mismatch', `**Q6. How long did Lindqvist and Duarte talk?**\n\nAbout nine hours, according to an aide.`, lisbon).flagged, 'About nine hours');
  assertNoFinding(
    'number-mismatch',
    [
      `${question}About four hours.`,
      `${question}About four hours, according to an aide.`,
      // Not right after the question, not a value alone, an answer to a question that denies.
      `${question}Nobody knows.\n\nNine hours.`,
      `${question}Nine hours later, nothing had been signed.`,
      '### Didn’t Lindqvist and Duarte talk for long?\n\nNine hours.',
      // The answer, not a label of the sentence after it, which tells of another event.
      `${question}About four hours. Duarte’s flight from Brasília the day before took longer.`,
    ],
    lisbon,
  );
  assert.equal(only('number-mismatch', `${question}About nine hours. Duarte’s flight from Brasília the day before took longer.`, lisbon).refId, 'lindqvist-duarte-four-hours');
});

test('a time "behind" another place’s clock is a difference of clocks, not an event’s length', () => {
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte. For colleagues in Brasília, nine hours behind, the talks began before dawn.', 'Lindqvist and Duarte talked in Lisbon; for staff nine hours behind Lisbon, it began at night.'], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for nine hours.', lisbon).flagged, 'nine hours');
});

test('a time since the fact’s own people or a place ("A year since the Lindqvist talks") is not the wait before the event', () => {
  assertNoFinding(
    'number-mismatch',
    ['A year since Lindqvist met Duarte, their first meeting still shapes the talks.', 'One year since the first meeting of Lindqvist and Duarte.', 'Two years since Lisbon: the first meeting between Lindqvist and Duarte, revisited.'],
    lisbon,
  );
  // Counted from someone else's occasion, it is still the wait before the event.
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte held their first meeting in ten years, since Ferreira’s summit.', lisbon).refId, 'first-meeting-eight-years');
});

test('a pronoun with a verb contracted onto it ("He’d sat down with …") stands for the person as the pronoun does', () => {
  assert.equal(only('number-mismatch', 'Blinken flew in. He’d sat down with the foreign minister, Qin Gang, for four hours.', builtIn).refId, 'blinken-qin-gang-six-hours');
  assertNoFinding('number-mismatch', ['Blinken flew in. He’d sat down with the foreign minister, Qin Gang, for nearly six hours.'], builtIn);
});

test('"of this year" puts its sentence in the present year, whatever year the paragraph gave before', () => {
  assert.equal(only('number-mismatch', 'Beijing staged drills in August 2022. And in April of this year China held five days of war games.', builtIn).refId, 'war-games-three-days');
  // Without it, the year the paragraph gave holds: another occasion.
  assertNoFinding('number-mismatch', ['Beijing staged drills in August 2022. And in April China held five days of war games.'], builtIn);
});

test('a statement before a question joined to it claims what it says ("…, but would they agree?")', () => {
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for nine hours, but would they agree?', lisbon).refId, 'lindqvist-duarte-four-hours');
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for nine hours, and the question was: did it help?', lisbon).refId, 'lindqvist-duarte-four-hours');
  // A question throughout claims nothing.
  assertNoFinding('number-mismatch', ['Did Lindqvist and Duarte talk for nine hours?', 'Is it true that Lindqvist and Duarte talked for nine hours, and would it matter?'], lisbon);
});

test('a part opening with "with whom" is about the person named right before it ("Duarte, with whom she talked …")', () => {
  assert.equal(only('number-mismatch', 'Blinken met Qin Gang, with whom he spent nearly eight hours.', builtIn).refId, 'blinken-qin-gang-six-hours');
  assert.equal(only('number-mismatch', 'Blinken’s first day went to Qin Gang, then the foreign minister, with whom he spent nearly eight hours.', builtIn).refId, 'blinken-qin-gang-six-hours');
  assertNoFinding('number-mismatch', ['Blinken met Qin Gang, with whom he spent nearly six hours.'], builtIn);
  assertNoFinding('number-mismatch', ['Lindqvist met Carlos Duarte, with whom she talked for about four hours.', 'Lindqvist met Carlos Duarte; Ana Ferreira, with whom she talked for nine hours, came later.'], lisbon);
});

test('a part joined by "and" or "but" with someone else named as its subject tells of that person\'s event', () => {
  assertNoFinding('number-mismatch', ['Lindqvist and Duarte met in Lisbon, and Ferreira had talked with them for nine hours.'], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist arrived in Lisbon, and Duarte talked with her for nine hours.', lisbon).flagged, 'nine hours');
  // A clause of time put first names the other event's people, not the subject's.
  assert.equal(only('number-mismatch', 'Lindqvist arrived in Lisbon, and after Ferreira met Duarte, Lindqvist talked with Duarte for nine hours.', lisbon).flagged, 'nine hours');
  // A possessive after "and" is not the subject: "and Ferreira's colleague Duarte …".
  assert.equal(only('number-mismatch', "Ferreira arrived in Lisbon, and Ferreira's colleague Duarte talked with Lindqvist for nine hours.", lisbon).flagged, 'nine hours');
  // Built in: Pompeo's visit five years before is not the postponed trip's four months.
  assertNoFinding('number-mismatch', ["Blinken's trip was postponed, and Pompeo had visited five years earlier.", "Blinken's trip was postponed, and the last secretary of state to visit had been Mike Pompeo, five years earlier."], builtIn);
});

test('a part naming nobody after the verb is about the subject and whom its phrase met "with"', () => {
  // The built-in set: Blinken's talks with Qin Gang lasted nearly six hours, with Wang Yi about three.
  assertNoFinding('number-mismatch', ['Blinken met Qin Gang. His session with Wang Yi the following day was shorter, roughly three hours according to a US official.'], builtIn);
  assert.equal(only('number-mismatch', 'Blinken met Qin Gang. His session with Wang Yi on Monday was shorter, roughly two hours, a US official said.', builtIn).refId, 'blinken-wang-yi-three-hours');
  // Another occasion's partner, after a verb of its own, is not the subject's phrase.
  assertNoFinding('number-mismatch', ['Blinken met Qin Gang. He later dined with Wang Yi, roughly five hours according to a US official.'], builtIn);
});

test('"the pair", "the two men", "both officials" stand for the two people named just before, like "they"', () => {
  for (const pair of ['They', 'The pair', 'The two officials', 'Both officials']) {
    assert.equal(only('number-mismatch', `Lindqvist met Duarte in Lisbon. ${pair} talked for nine hours.`, lisbon).refId, 'lindqvist-duarte-four-hours', pair);
  }
  // A noun for people, which alone would describe someone else, is the two named before.
  for (const pair of ['The two men', 'Both men']) {
    assert.equal(only('number-mismatch', `Blinken met Wang Yi. ${pair} spoke for about two hours.`, builtIn).refId, 'blinken-wang-yi-three-hours', pair);
  }
  // Nor a phrase that counts things: "the two reports" are no one.
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte in Lisbon. The two reports ran for nine hours.'], lisbon);
});

test('"the two men" after a sentence naming one person are that one and the document\'s subject', () => {
  // Lindqvist, named first, is the subject; the sentence before names Duarte alone.
  for (const pair of ['The two men', 'Both men', 'The pair']) {
    assert.equal(only('number-mismatch', `Lindqvist flew to Lisbon. Duarte hosted the first round. ${pair} talked for nine hours.`, lisbon).refId, 'lindqvist-duarte-four-hours', pair);
  }
  // Built in: "The two men spent … together" names neither of the Blinken–Qin talks' people; the sentences before say who they are.
  const built = "Blinken's trip was long. Qin, China's foreign minister, hosted the opening round on Sunday. The two men spent nearly nine hours together.";
  assert.equal(only('number-mismatch', built, builtIn).refId, 'blinken-qin-gang-six-hours');
  assertNoFinding('number-mismatch', [
    built.replace('nine', 'six'),
    // Someone the reference does not know, named or described before, may be the other man.
    built.replace('hosted the opening round', 'phoned Sergei Lavrov'),
    built.replace('hosted the opening round', 'arrived with his deputy'),
    built.replace('hosted the opening round', 'briefed an official'),
    // "They" may be others: Qin's staff, China.
    built.replace('The two men', 'They'),
    // The one named is the subject: who the other is, the text does not say.
    "Qin's day was long. Qin, China's foreign minister, hosted the opening round on Sunday. The two men spent nearly nine hours together.",
  ], builtIn);
});

test('a short aside between two dashes that names no one is about the people of the clause around it', () => {
  assert.equal(only('number-mismatch', 'The flight — a 15-hour trip across the Atlantic — gave Duarte time to read.', lisbon).fixed, 'The flight — a 12-hour trip across the Atlantic — gave Duarte time to read.');
  assert.equal(only('number-mismatch', 'Duarte flew in — a 15-hour trip — and Lindqvist met him.', lisbon).flagged, '15-hour');
  // Right, or naming someone else: left alone.
  assertNoFinding('number-mismatch', ['The flight — a 12-hour trip across the Atlantic — gave Duarte time to read.', 'The flight — Lindqvist’s aide took 15 hours — gave Duarte time to read.'], lisbon);
});

test('a time after "spent" is a length even with "earlier" or "before" after it; after "met" it is the time between', () => {
  assert.equal(only('number-mismatch', 'Lindqvist spent about nine hours earlier in the day with Duarte.', lisbon).flagged, 'about nine hours');
  assertNoFinding('number-mismatch', ['Lindqvist spent about four hours earlier in the day with Duarte.', 'Lindqvist met Duarte nine hours earlier in the day.', 'Lindqvist had met Duarte nine hours before Ferreira arrived.'], lisbon);
});

test('a total of the time with two or more counterparts is no one meeting’s length', () => {
  assertNoFinding('number-mismatch', ['All told, Lindqvist logged close to nine hours with Duarte and his two counterparts.'], lisbon);
  // Without a word of totalling, the time with one named person is that meeting's.
  assert.equal(only('number-mismatch', 'Lindqvist logged close to nine hours with Duarte.', lisbon).flagged, 'close to nine hours');
});

test('"followed by" or "preceded by" opens another event: a value on its far side is not the first event’s', () => {
  assert.equal(only('number-mismatch', 'Lindqvist flew to Lisbon. A session of about seven hours with Duarte was followed by a dinner with Ferreira.', lisbon).fixed, 'Lindqvist flew to Lisbon. A session of about four hours with Duarte was followed by a dinner with Ferreira.');
  // Set off by commas, the phrase ends there: the value after it is the talks'.
  assert.equal(only('number-mismatch', 'Lindqvist flew to Lisbon. Her talks with Duarte, followed by a dinner, lasted seven hours.', lisbon).flagged, 'seven hours');
  assertNoFinding('number-mismatch', ['Lindqvist flew to Lisbon. Her talks with Duarte were followed by a dinner that lasted seven hours.', 'Lindqvist flew to Lisbon. Her talks with Duarte were preceded by a lunch that lasted seven hours.'], lisbon);
});

test('a list of figures: a figure opening its item, then "of" and an event word, tells of that event ("- 14 hours of travel")', () => {
  const list = (item: string) => `Lindqvist flew to Lisbon.\n\n## By the numbers\n\n- ${item}\n`;
  assert.equal(only('number-mismatch', list('About seven hours of talks with Duarte'), lisbon).flagged, 'About seven hours');
  assert.equal(only('number-mismatch', list('14 hours of trans-Pacific travel').replace('Lindqvist flew to Lisbon', 'Blinken flew to Beijing'), builtIn).flagged, '14 hours');
  assertNoFinding('number-mismatch', [list('About four hours of talks with Duarte'), list('Seven hours of sleep'), list('40 hours of flying for the trade team')], lisbon);
  // The figure set apart by a dash, as by a colon: "- **9** — hours of talks with Duarte".
  const dashed = list('**9** — hours of talks with Duarte');
  assert.equal(only('number-mismatch', dashed, lisbon).fixed, dashed.replace('**9**', '**about 4**'));
  assertNoFinding('number-mismatch', [list('**9** — hours we waited at the airport'), `Lindqvist flew to Lisbon. She waited 9 — no, ten — hours for talks with Duarte.`], lisbon);
});

test('a length after "for" or "spent" is not compared with a fact the article gives as a time between events', () => {
  const draft = 'Blinken went to Beijing. On Monday he saw Wang Yi, an adviser who had met Jake Sullivan in Vienna in May, for about three hours, and then Xi Jinping, whose meeting with him was confirmed only an hour ahead.';
  assertNoFinding('number-mismatch', [draft], builtIn);
  assert.equal(only('number-mismatch', 'Blinken went to Beijing. The Xi meeting was confirmed just two hours in advance.', builtIn).refId, 'xi-meeting-confirmed-hour-before');
});

test('a count of years since an event of someone the reference does not know ("since Richard Nixon’s visit") is not the reference’s count', () => {
  assertNoFinding('number-mismatch', [
    'Blinken arrived in Beijing. It was more than 50 years since Richard Nixon’s week-long visit.',
    'Blinken arrived in Beijing. It had been 12 years since Henry Kissinger’s secret trip.',
  ], builtIn);
  // The visit told of, with no one else's event: the count is the reference's.
  assert.equal(only('number-mismatch', 'Blinken arrived in Beijing. It was the highest-level visit by a US official in ten years.', builtIn).flagged, 'ten years');
});

test('a time "with" one of the fact’s people, no one else before it, is how long they met ("Day one: nine hours with Duarte")', () => {
  for (const text of ['Lindqvist arrived early. Day one was the marathon: nine hours with Duarte.', 'Lindqvist arrived early. Her first day: nine hours with Duarte.', 'Lindqvist landed on Wednesday. Thursday brought nine hours with Duarte.']) {
    assert.equal(only('number-mismatch', text, lisbon).flagged, 'nine hours', text);
  }
  assertNoFinding('number-mismatch', [
    'Lindqvist arrived early. Day one was the marathon: four hours with Duarte.',
    // Someone else's time with Duarte, time with people of no fact, or at a distance.
    'Lindqvist arrived early. Ferreira spent nine hours with Duarte.',
    'Lindqvist arrived early. Day one was the marathon: nine hours with reporters.',
    'Lindqvist arrived early. Day one was the marathon: nine hours with Duarte by video link.',
  ], lisbon);
});

test('of two facts a value agrees with, it is the one its own part tells of, and sets no other value of the sentence right', () => {
  const opening = 'Blinken arrived in Beijing on Sunday. ';
  assert.equal(only('number-mismatch', `${opening}It was the highest-level visit by a US official in nearly ten years, and Blinken was the first secretary of state to make the trip in five years.`, builtIn).flagged, 'nearly ten years');
  assertNoFinding('number-mismatch', [`${opening}It was the highest-level visit by a US official in nearly five years, and Blinken was the first secretary of state to make the trip in five years.`], builtIn);
});

test('an image’s alt text is checked like the prose around it', () => {
  assert.equal(only('number-mismatch', '![Lindqvist and Duarte during their nine-hour talks](images/talks.jpg)', lisbon).flagged, 'nine-hour');
  assertNoFinding('number-mismatch', ['![Lindqvist and Duarte during their four-hour talks](images/talks.jpg)'], lisbon);
});

test('a row naming whom the document’s subject met, under a header of what is measured only ("| Day | Counterpart | Length |"), is their meeting', () => {
  const table = (...rows: string[]) => ['Maria Lindqvist spent the week in Lisbon.', '', '| Day | Counterpart | Length |', '|---|---|---|', ...rows].join('\n');
  assert.equal(only('number-mismatch', table('| Thursday | Carlos Duarte | Nine hours |'), lisbon).fixed, table('| Thursday | Carlos Duarte | About four hours |'));
  assert.equal(only('date-mismatch', table('| Friday | Carlos Duarte | About four hours |'), lisbon).flagged, 'Friday');
  for (const code of ['number-mismatch', 'date-mismatch'] as const) {
    assertNoFinding(
      code,
      [
        table('| Thursday | Carlos Duarte | About four hours |'),
        // No meeting of the two in the reference; what someone did alone (Duarte's twelve-hour flight).
        table('| Friday | Ana Ferreira | Nine hours |'),
        ['Carlos Duarte flew in.', '', '| Who | Length |', '|---|---|', '| Carlos Duarte | Nine hours |'].join('\n'),
        // A header saying more than what is measured.
        ['Maria Lindqvist spent the week in Lisbon.', '', '| Counterpart | Hours of sun |', '|---|---|', '| Carlos Duarte | Nine hours |'].join('\n'),
      ],
      lisbon,
    );
  }
});

test('a holder of the one person’s title, told of as anyone holding it, is that person for a fact only a holder can be', () => {
  const set = lisbonSet();
  const firstCommissioner: (typeof set.facts)[number] = {
    id: 'first-commissioner-in-eight-years',
    kind: 'quantity',
    description: 'Lindqvist is the first trade commissioner to visit Brazil’s foreign minister in eight years',
    participants: ['maria-lindqvist'],
    triggers: ['visit', 'visited', 'first', 'trade commissioner', 'years'],
    quantity: { value: 8, unit: 'year' },
    evidence: { offset: at('trade commissioner'), text: 'trade commissioner' },
  };
  const reference = lisbonWithFacts([...set.facts, firstCommissioner]);
  for (const draft of ['Maria Lindqvist flew to Lisbon. No trade commissioner had visited for five years.', 'Maria Lindqvist flew to Lisbon.\n\n- **Five:** years since a trade commissioner last visited']) {
    assert.equal(only('number-mismatch', draft, reference).refId, 'first-commissioner-in-eight-years', draft);
  }
  assertNoFinding('number-mismatch', [
    'Maria Lindqvist flew to Lisbon. No trade commissioner had visited for eight years.',
    // A title that is not the person's; nobody in the text the title could be.
    'Maria Lindqvist flew to Lisbon. No foreign minister had visited for five years.',
    'No trade commissioner had visited for five years.',
  ], reference);
});

test('a card’s field labelled by what it measures ("**How long:**") is told of the meeting of the people its other fields name', () => {
  const card = (...fields: string[]) => fields.map((field) => `- ${field}`).join('\n');
  assert.equal(only('number-mismatch', card('**Who:** Lindqvist and Carlos Duarte', '**When:** Thursday', '**How long:** nine hours'), lisbon).flagged, 'nine hours');
  assert.equal(only('date-mismatch', card('**Who:** Lindqvist and Carlos Duarte', '**When:** Friday', '**How long:** about four hours'), lisbon).flagged, 'Friday');
  for (const code of ['number-mismatch', 'date-mismatch'] as const) {
    assertNoFinding(
      code,
      [
        card('**Who:** Lindqvist and Carlos Duarte', '**When:** Thursday', '**How long:** about four hours'),
        // One person alone (Duarte's twelve-hour flight is no meeting); a field telling of something else; fields apart.
        card('**Who:** Carlos Duarte', '**How long:** nine hours', '**When:** Friday'),
        card('**Who:** Lindqvist and Carlos Duarte', '**Weather:** nine hours of sun on Friday'),
        '- **Who:** Lindqvist and Carlos Duarte\n\nSome notes.\n\n- **How long:** nine hours\n- **When:** Friday',
      ],
      lisbon,
    );
  }
});

test('a figure in a list counts the noun after "the number of" following its colon ("**Nine**: the number of new agreements")', () => {
  assert.equal(only('number-mismatch', '- **Nine**: the number of new agreements Lindqvist said both sides would sign', lisbon).refId, 'seven-agreements');
  assert.equal(only('number-mismatch', '- **Nine**: the minimum number of new agreements Lindqvist said both sides would sign', lisbon).refId, 'seven-agreements');
  assertNoFinding(
    'number-mismatch',
    ['- **Seven**: the minimum number of new agreements Lindqvist said both sides would sign', '- **Nine**: the number of times Lindqvist said the sides would meet', 'Nine is the number of new agreements Lindqvist said some hoped for.'],
    lisbon,
  );
});

test('time spent with someone, in a phrase put before the subject ("after nine hours with Lindqvist, Duarte …"), is the subject’s with them', () => {
  for (const lead of ['', 'On Thursday, ']) {
    const text = `Ana Ferreira pressed her case.\n\n${lead}${lead ? 'after' : 'After'} nine hours with Lindqvist, Carlos Duarte was tired.`;
    assert.equal(only('number-mismatch', text, lisbon).refId, 'lindqvist-duarte-four-hours', text);
    assertNoFinding('number-mismatch', [text.replace('nine hours', 'about four hours')], lisbon);
  }
});

test('a figure filling a table cell counts nothing in the next row ("| … | nine |" over "| Hours of talks … |")', () => {
  const table = ['Carlos Duarte flew in from Brasília.', '', '| Item | Figure |', '|---|---|', '| Years since the last EU–Brazil meeting | eight |', '| Hours of Duarte’s flight from Brasília | 12 |'].join('\n');
  assertNoFinding('number-mismatch', [table], lisbon);
});

test('a gap right after the noun of an event of its own ("the Bali summit seven months earlier") is that event’s time, not the fact’s', () => {
  // The built-in article: Blinken had been due to visit four months earlier, the fruit of the Bali summit in November.
  assert.equal(only('number-mismatch', 'Blinken had been due to visit seven months earlier.', builtIn).refId, 'due-four-months-ago');
  assert.equal(only('number-mismatch', 'Blinken’s visit seven months earlier had been called off.', builtIn).refId, 'due-four-months-ago');
  assertNoFinding('number-mismatch', ['Blinken’s trip was meant to be the fruit of the Bali summit seven months earlier.', 'Blinken’s trip was meant to be the fruit of the cordial Bali summit between Joe Biden and Xi Jinping seven months earlier.'], builtIn);
});

test('a count of a body\'s: told by the article\'s own words ("plans"), not of another country acting', () => {
  // The built-in set: China has opened or plans to open at least five new embassies.
  for (const draft of [
    'Beijing plans at least nine new embassies in the Pacific.',
    "Set that against Beijing's push to widen its footprint, with plans for at least nine new embassies in the Indian Ocean.",
  ]) {
    assert.equal(only('number-mismatch', draft, builtIn).refId, 'new-embassies-five', draft);
  }
  assertNoFinding('number-mismatch', [
    'Beijing plans at least five new embassies in the Pacific.',
    // Another country's embassies, whatever their number.
    'The US opened two new embassies in the Pacific islands.',
    'Australia has opened two new embassies in the Pacific islands.',
    "India's plans include two new embassies.",
  ], builtIn);
});

test('a fix adds the reference\'s qualifier only where the draft does not hedge in other words', () => {
  const fixed = (text: string) => only('number-mismatch', text, lisbon).fixed;
  assert.equal(fixed('**9** – the approximate number of hours Lindqvist and Duarte talked on Thursday.'), '**4** – the approximate number of hours Lindqvist and Duarte talked on Thursday.');
  assert.equal(fixed('**9** — hours, roughly, that Lindqvist and Duarte talked on Thursday.'), '**4** — hours, roughly, that Lindqvist and Duarte talked on Thursday.');
  assert.equal(fixed('Lindqvist and Duarte talked for 9 hours on Thursday.'), 'Lindqvist and Duarte talked for about 4 hours on Thursday.');
});

test('an event word that is the value\'s own words ("two days" of a "two-day visit") is no sign of that event', () => {
  const set = lisbonSet();
  const evidence = { offset: at('prime minister'), text: 'prime minister' };
  const twoDayVisit: (typeof set.facts)[number] = { id: 'ferreira-two-day-visit', kind: 'quantity', description: 'Ferreira’s visit lasted two days', participants: ['ana-ferreira'], triggers: ['two-day', 'visit'], quantity: { value: 2, unit: 'day' }, evidence };
  const strike: (typeof set.facts)[number] = { id: 'dockers-strike-three-days', kind: 'quantity', description: 'The dockers’ strike lasted three days', participants: [], triggers: ['strike'], quantity: { value: 3, unit: 'day' }, evidence };
  const reference = lisbonWithFacts([...set.facts, twoDayVisit, strike]);
  assert.equal(only('number-mismatch', 'Ana Ferreira toured the port. The dockers went on strike. That strike lasted two days.', reference).refId, 'dockers-strike-three-days');
  assertNoFinding('number-mismatch', ['Ana Ferreira toured the port. Her two-day visit went well.', 'Ana Ferreira toured the port. The dockers went on strike. That strike lasted three days.'], reference);
});

test('an event of one person\'s told in words only that fact has, of several words, needs no "the" to be about the person named before', () => {
  const set = lisbonSet();
  const train: (typeof set.facts)[number] = { id: 'lindqvist-train-ten-hours', kind: 'quantity', description: 'Lindqvist’s train journey took ten hours', participants: ['maria-lindqvist'], triggers: ['train journey'], quantity: { value: 10, unit: 'hour' }, evidence: { offset: at('trade commissioner'), text: 'trade commissioner' } };
  const reference = lisbonWithFacts([...set.facts, train]);
  assert.equal(only('number-mismatch', 'Lindqvist reached Lisbon on Wednesday. Getting there had meant a 14-hour train journey.', reference).refId, 'lindqvist-train-ten-hours');
  assertNoFinding('number-mismatch', [
    'Lindqvist reached Lisbon on Wednesday. Getting there had meant a ten-hour train journey.',
    // Someone else named before: whose journey it was is not known.
    'Ferreira reached Lisbon on Wednesday. Getting there had meant a 14-hour train journey.',
  ], reference);
});

test('time "with" one of a fact\'s people after a semicolon is theirs, whoever the part before it named ("an hour with Ferreira; nine hours with Duarte")', () => {
  assert.equal(only('number-mismatch', 'Lindqvist flew in.\n\n- **How long:** an hour with Ferreira; nine hours with Duarte', lisbon).flagged, 'nine hours');
  assertNoFinding('number-mismatch', ['Lindqvist flew in.\n\n- **How long:** an hour with Ferreira; about four hours with Duarte'], lisbon);
});

test('a quiz’s lettered options offer answers and claim none; the answer given after them claims', () => {
  const question = 'How old was the AUKUS partnership?\na) Six months  b) 18 months  c) Three years  d) Five years';
  assertNoFinding('number-mismatch', [question, question.replace('\n', '\n\n'), '(a) Three years (b) Five years (c) 18 months'], builtIn);
  assert.equal(only('number-mismatch', `${question}\n\nAnswer: d) AUKUS was a five-year-old partnership.`, builtIn).flagged, 'five-year');
  // Reasons lettered in a line, each a sentence or more, are no options offered: each one claims.
  const reasons = 'Three things stood out. (a) The war games China staged in April, after Tsai met McCarthy in California, ran for two days and rattled the whole region. (b) The balloon affair had soured the mood.';
  assert.equal(only('number-mismatch', reasons, builtIn).flagged, 'two days');
  // A letter labelling the next item opens a sentence: a year in it is not the time of the item before.
  const nextItem = `${reasons} (c) The 2024 election was close enough to make softening hard.`;
  assert.equal(only('number-mismatch', nextItem, builtIn).flagged, 'two days');
  // Options ending in full stops are still a quiz's, each sentence of their paragraph an option.
  assertNoFinding('number-mismatch', ['How old was the AUKUS partnership? (a) Six months. (b) 18 months. (c) Three years. (d) Five years.'], builtIn);
});

test('built-in set: the journey is a crossing of the Pacific too', () => {
  for (const text of ['Blinken worked the phones to Tokyo and Seoul during the twelve-hour crossing of the Pacific.', 'Blinken spent some 30 hours crossing the Pacific, phoning Tokyo on the way.']) {
    assert.equal(only('number-mismatch', text, builtIn).refId, 'journey-twenty-hours', text);
    assertNoFinding('number-mismatch', [text.replace('twelve', 'twenty').replace('30', '20')], builtIn);
  }
});

test('"barely" before a number is a qualifier and may open the time after "until" ("would confirm until barely half an hour before")', () => {
  const text = 'Blinken finally sat down with Xi Jinping, a meeting neither side would confirm until barely half an hour before it began.';
  const finding = only('number-mismatch', text, builtIn);
  assert.equal(finding.flagged, 'barely half an hour');
  assert.equal(finding.fixed, text.replace('barely half an hour', 'barely an hour'));
  assertNoFinding('number-mismatch', [text.replace('half an hour', 'an hour'), text.replace('barely half an hour', 'scarcely an hour')], builtIn);
});

test('"the commissioner" stands for the one person named before who holds that title, when the one named most does not', () => {
  const text = 'Ana Ferreira opened the day. Ferreira spoke first. Ferreira left early. Maria Lindqvist stayed on.\n\nLater the commissioner’s flight home was delayed. Earlier, in the morning, the commissioner had talked for about six hours.';
  assert.equal(only('number-mismatch', text, lisbon).flagged, 'about six hours');
  assertNoFinding('number-mismatch', [text.replace('six', 'four'), text.replace('Maria Lindqvist stayed on.', 'Duarte stayed on.')], lisbon);
});

test('a country or its people’s word before the title after "with" leaves the name the company ("with Brazil’s foreign minister Carlos Duarte")', () => {
  for (const company of ['Brazil’s foreign minister Carlos Duarte', 'the Brazilian foreign minister Carlos Duarte']) {
    const text = `# Lindqvist in Lisbon\n\n- Thursday: about six hours with ${company}`;
    assert.equal(only('number-mismatch', text, lisbon).flagged, 'about six hours', company);
    assertNoFinding('number-mismatch', [text.replace('six', 'four')], lisbon);
  }
});

test('a duration in a clause dated to another year than the article’s, naming none of the fact’s people, is another occasion', () => {
  assertNoFinding('number-mismatch', ['Blinken phoned Tokyo on his journey. My nephew flew to Hong Kong in 2019 and that took him 12 hours.'], builtIn);
  // The article's year, or one of the fact's people named in the clause: the fact's.
  for (const text of ['Duarte landed. In 2024 the flight took him nine hours.', 'Ferreira visited in 2023, and Duarte’s flight took nine hours.']) {
    assert.equal(only('number-mismatch', text, lisbon).refId, 'duarte-flight-twelve-hours', text);
  }
});

test('a day opening its sentence as the subject ("Thursday began with Duarte") stands for the one person the sentence before was about', () => {
  for (const draft of ['Lindqvist toured the port first.\n\nThursday began with Duarte for about six hours.', 'Lindqvist toured the port first. Thursday, 14 March, began with Carlos Duarte, Brazil’s foreign minister, for about six hours, officials said.']) {
    assert.equal(only('number-mismatch', draft, lisbon).refId, 'lindqvist-duarte-four-hours', draft);
  }
  assertNoFinding('number-mismatch', [
    // Two people before it: whose day it was is not told; nor by someone not the fact's; nor spent with no one of it.
    'Lindqvist and Ferreira toured the port first.\n\nThursday began with Duarte for about six hours.',
    'Jorge Santos toured the port first.\n\nThursday began with Duarte for about six hours.',
    'Lindqvist toured the port first.\n\nThursday began with a storm that lasted six hours.',
  ], lisbon);
});

test('a value in an occasion put first ("Then, in a session that lasted …, Blinken met Wang Yi") is the meeting of the subject after it and whom it meets', () => {
  const draft = (hours: string) => `Blinken met Foreign Minister Qin Gang for nearly six hours on Sunday. Then, in a session that a US official put at ${hours} and which took place the day before he saw Xi, Blinken met China’s top diplomat, Wang Yi.`;
  // Not the talks with Qin Gang the sentence before told of: the "he" of the clause inside the phrase is Blinken.
  assertNoFinding('number-mismatch', [draft('about three hours')], builtIn);
  assert.equal(only('number-mismatch', draft('about five hours'), builtIn).refId, 'blinken-wang-yi-three-hours');
});

test('a table under a heading of meetings naming no one lists the meetings of the person the document is about', () => {
  const doc = (length: string) =>
    `# Blinken in Beijing\n\nAntony Blinken met Wang Yi.\n\n## Sequence of meetings\n\n| Day | Counterpart | Length |\n|---|---|---|\n| Sunday | Foreign Minister Qin Gang | nearly six hours |\n| Monday | Wang Yi, China’s top diplomat | ${length} |\n\n[^1]: A US official.\n`;
  // A note marker after the value ends its cell as punctuation does.
  for (const length of ['about five hours', 'about five hours[^1]']) assert.equal(only('number-mismatch', doc(length), builtIn).refId, 'blinken-wang-yi-three-hours', length);
  assertNoFinding('number-mismatch', [doc('about three hours[^1]')], builtIn);
});

test('a length’s compound after a comma ends the noun phrase before it ("a marathon, nine-hour session")', () => {
  // Built in, where Blinken has three lengths: the one with Qin Gang, named before the comma.
  assert.equal(only('number-mismatch', 'Blinken sat down with Foreign Minister Qin Gang for what became a marathon, nearly four-hour session.', builtIn).refId, 'blinken-qin-gang-six-hours');
  assertNoFinding('number-mismatch', ['Blinken sat down with Foreign Minister Qin Gang for what became a marathon, nearly six-hour session.'], builtIn);
});

test('a fact of no one’s is not another people’s event for being told in a part naming them ("…, and in April, after Tsai met McCarthy, China launched five days of war games")', () => {
  const draft = (days: string) => `Beijing held big drills in August, and in April, after Tsai Ing-wen went to the United States and met Kevin McCarthy, China launched ${days} of war games.`;
  assert.equal(only('number-mismatch', draft('five days'), builtIn).refId, 'war-games-three-days');
  assertNoFinding('number-mismatch', [draft('three days')], builtIn);
});

test('an aside saying whose account it is ("…, according to a US official, …") leaves the part around it one part', () => {
  const lead = 'On Sunday the secretary of state sat through a marathon session with Foreign Minister Qin Gang. ';
  const draft = (hours: string) => `${lead}The following day Blinken spent ${hours}, according to a US official, with Wang Yi, China's top diplomat, before being received by Xi.`;
  assertNoFinding('number-mismatch', [draft('about three hours'), draft('about three hours').replace(lead, '')], builtIn);
  assert.equal(only('number-mismatch', draft('about five hours'), builtIn).refId, 'blinken-wang-yi-three-hours');
});

test('an aside saying whose account it is ("not, as one aggregator had it, …") leaves the denial before it whole', () => {
  assertNoFinding('number-mismatch', ['Blinken saw Xi on Monday, the last day, and not, as one aggregator had it, at the end of a three-day visit.', 'Blinken saw Xi on Monday, and not, as the BBC reported, at the end of a three-day visit.'], builtIn);
  assert.equal(only('number-mismatch', 'Blinken saw Xi on Monday, at the end of what, as one aggregator had it, was a three-day visit.', builtIn).refId, 'blinken-trip-two-days');
});

/** Paragraphs naming no one and telling of nothing the reference has: enough of them put a name in another window. */
const QUIET_PARAGRAPHS = ['It rained in the morning.', 'The hotel lobby was quiet.', 'Reporters waited outside.', 'Traffic moved slowly.', 'A cold front passed.', 'The markets were calm.', 'Few flags were flying.', 'The river ran high.', 'Lunch was served late.', 'The motorcade was short.', 'Nobody spoke to the press.', 'The lights stayed on.'];

test('"the Secretary" far from any name stands for the one person the whole document names who holds the title', () => {
  // Xi is named most, so the document's subject holds no such title; Blinken is named only at the top.
  const doc = (hours: string) => `# Xi and Blinken\n\nXi Jinping met Secretary Antony Blinken. Xi Jinping smiled. Xi Jinping left.\n\n${QUIET_PARAGRAPHS.join('\n\n')}\n\nThe Secretary spoke by telephone with his Japanese counterpart during his ${hours} trans-Pacific journey.\n`;
  assert.equal(only('number-mismatch', doc('sixteen-hour'), builtIn).refId, 'journey-twenty-hours');
  assertNoFinding('number-mismatch', [doc('20-hour'), doc('sixteen-hour').replace('Secretary Antony Blinken', 'Antony Blinken and Defense Secretary Lloyd Austin')], builtIn);
});

test('initials the document defines for a person ("Antony Blinken (AB)") name that person wherever they are used', () => {
  const notes = (definition: string, hours: string) => `${definition} and Wang Yi (WY) are the principals.\n\n${QUIET_PARAGRAPHS.join('\n\n')}\n\nAB and WY talked for ${hours}.\n`;
  assert.equal(only('number-mismatch', notes('Antony Blinken (AB)', 'about five hours'), builtIn).refId, 'blinken-wang-yi-three-hours');
  // Not initials defined for no one the reference knows, nor ones that are not the name's.
  assertNoFinding('number-mismatch', [notes('Antony Blinken (AB)', 'about three hours'), notes('Anna Berg (AB)', 'about five hours'), notes('Antony Blinken (TB)', 'about five hours')], builtIn);
});

test('a day the clause states tells which of a person’s events a quantity is, by the day the reference dates their event with the same people', () => {
  const draft = (when: string, hours: string) => `Secretary of State Antony Blinken opened his China visit${when} with ${hours} of talks in Beijing.`;
  // Sunday is the day of the Qin Gang talks (nearly six hours); Monday of the Wang Yi session (about three).
  assert.equal(only('number-mismatch', draft(' on Sunday', 'nearly four hours'), builtIn).refId, 'blinken-qin-gang-six-hours');
  assert.equal(only('number-mismatch', draft(' on Sunday, June 18,', 'nearly four hours'), builtIn).refId, 'blinken-qin-gang-six-hours');
  assertNoFinding('number-mismatch', [draft(' on Sunday', 'nearly six hours'), draft(' on Monday', 'about three hours')], builtIn);
  // No day, or a day of no event of his with anyone: which talks is not told.
  assertNoFinding('number-mismatch', [draft('', 'nearly four hours'), draft(' on Friday', 'nearly four hours')], builtIn);
});

test('"while" before a subject the value’s part does not name sets a contrast: that part’s event words are not the value’s', () => {
  const draft = (months: string) => `Blinken flew to Beijing for talks. The AUKUS partnership with Australia and the United Kingdom is ${months} old, while China has opened or plans to open at least five new embassies.`;
  assertNoFinding('number-mismatch', [draft('18 months')], builtIn);
  // A part of the same subject still reads on: "while planning", "while Blinken" after a part naming him.
  assert.equal(only('number-mismatch', 'Blinken had been due to visit 14 months earlier, while Blinken himself stayed silent on the postponement.', builtIn).refId, 'due-four-months-ago');
});

test('an event word in another form of an irregular verb is the same event word ("a sit-down" for "sat down")', () => {
  const draft = (hours: string) => `Blinken met Qin Gang on Sunday. Then, earlier on Monday, came the main course: a roughly ${hours} sit-down with Wang Yi, China’s top diplomat.`;
  assert.equal(only('number-mismatch', draft('four-hour'), builtIn).refId, 'blinken-wang-yi-three-hours');
  assertNoFinding('number-mismatch', [draft('three-hour')], builtIn);
});

test('a time "in advance" is a time between events, never a length ("a meeting confirmed only an hour in advance")', () => {
  assertNoFinding('number-mismatch', ['- **Sunday, June 18:** Blinken and Qin talk for nearly six hours.\n- **Monday, June 19:** Wang Yi earlier in the day, then Xi, a meeting confirmed only an hour in advance.'], builtIn);
  // Still judged as the time between the confirmation and the meeting.
  assert.equal(only('number-mismatch', 'Blinken had a long day. First he saw Wang Yi for about three hours; then he was received by Xi, in a session confirmed only two hours in advance.', builtIn).flagged, 'only two hours');
});

test('"one day" after a verb of what may be ("would one day depend") is some day, not a count', () => {
  const read = (text: string) => findNumberExpressions(text, words(text), []).map((n) => text.slice(n.start, n.end));
  assert.deepEqual(read('Nobody imagined how much would one day depend on it; it may one day matter.'), []);
  assert.deepEqual(read('The visit lasted one day.'), ['one']);
  assertNoFinding('number-mismatch', ['Blinken went to China. Nobody imagined how much of the relationship would one day depend on that trip.'], builtIn);
  assert.equal(only('number-mismatch', 'Blinken went to China. The trip lasted one day.', builtIn).flagged, 'one day');
});

test('"his" in a phrase after "En route," put before the subject stands for that subject ("En route, during his … journey, the secretary called …")', () => {
  const draft = (hours: string) => `The visit was first set for February, an outcome of the Biden–Xi summit in Bali, but Blinken put it off. En route, during his ${hours} trans-Pacific journey, the secretary called his counterparts in Tokyo and Seoul.`;
  assert.equal(only('number-mismatch', draft('fourteen-hour'), builtIn).flagged, 'fourteen-hour');
  assertNoFinding('number-mismatch', [draft('20-hour')], builtIn);
});

test('a table of counterparts, one a row, is about whoever met them all when the document’s subject met none of them', () => {
  const draft = (hours: string) =>
    ['Ana Ferreira hosted the week. Ferreira spoke first, and Ferreira spoke last.', '', '| Day | Counterpart | Length |', '|---|---|---|', `| Thursday | Maria Lindqvist | ${hours} |`, '| Wednesday | Ana Ferreira | Breakfast |'].join('\n');
  assert.equal(only('number-mismatch', draft('Nine hours'), lisbon).flagged, 'Nine hours');
  assertNoFinding('number-mismatch', [draft('About four hours')], lisbon);
  // One counterpart alone, or two people in a row, leave it the subject's table.
  assertNoFinding('number-mismatch', [['Ana Ferreira hosted the week. Ferreira spoke first.', '', '| Day | Counterpart | Length |', '|---|---|---|', '| Thursday | Maria Lindqvist | Nine hours |'].join('\n')], lisbon);
});

test('an event named only after ", not" after the value is the one the value is denied to ("belongs to another day, not to the Duarte talks")', () => {
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte on Thursday. The nine-hour figure belongs to another day, not to the Duarte talks.'], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte on Thursday. The nine-hour figure belongs to the Duarte talks, not to another day.', lisbon).flagged, 'nine-hour');
  // A correction after "not" with no event of its own still leaves the value claimed.
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte on Thursday. Their talks lasted nine hours, not four.', lisbon).flagged, 'nine hours');
});

test('a title after a country\'s possessive ("China\'s top diplomat") refers to its one holder, whom a pronoun after it stands for', () => {
  const draft = (when: string, length: string) => `Qin Gang hosted Blinken for nearly six hours on Sunday. Then came China's top diplomat. Blinken saw him on ${when} for ${length}.`;
  assertNoFinding('number-mismatch', [draft('Monday', 'about three hours')], builtIn);
  assertNoFinding('date-mismatch', [draft('Monday', 'about three hours')], builtIn);
  const found = only('number-mismatch', draft('Monday', 'about five hours'), builtIn);
  assert.equal(found.flagged, 'about five hours');
  assert.equal(found.fixed, draft('Monday', 'about three hours'));
});

test('a count of days right after a label naming their first and last weekdays ("Friday to Monday: four days …") is that stretch\'s length', () => {
  assertNoFinding('number-mismatch', ['# Friday to Monday: four days that framed the Blinken visit', 'Friday through Monday — four days that framed the Blinken visit.'], builtIn);
  // A stretch of other length is still compared with the trip.
  assert.equal(only('number-mismatch', '# Friday to Sunday: four days that framed the Blinken visit', builtIn).flagged, 'four days');
});

test('a phrase of time opening a part joined by ", and" is that part\'s, not about the subject of the part before it', () => {
  const draft = (length: string) => `In the days before Blinken arrived, Wang Yi said that it was over, and after the Sunday session with Foreign Minister Qin Gang, which lasted ${length}, Beijing made clear that it was over.`;
  assertNoFinding('number-mismatch', [draft('nearly six hours')], builtIn);
  assert.equal(only('number-mismatch', draft('about four hours'), builtIn).fixed, draft('nearly six hours'));
});

test('a clause of time after the main one that names people of its own tells of their event ("The Xi session came after a meeting with Wang Yi, which lasted …")', () => {
  const draft = (length: string) => `Antony Blinken got his meeting with Xi Jinping on Monday.\n\nThe Xi session came after a meeting earlier Monday with Wang Yi, China’s top diplomat, which lasted ${length}, according to a US official.`;
  assert.equal(only('number-mismatch', draft('about six hours'), builtIn).fixed, draft('about three hours'));
  assertNoFinding('number-mismatch', [draft('about three hours')], builtIn);
});

test('a year a phrase of "since" counts from sets no time for the paragraph ("the first visit since a brief stop in 2018. … In April …")', () => {
  const draft = (length: string) => `Blinken is the first top US diplomat to visit Beijing since a brief stop in 2018 by Mike Pompeo. Taiwan is the sharpest issue. In April China launched ${length} of war games after Tsai Ing-wen visited the United States.`;
  assert.equal(only('number-mismatch', draft('2 days'), builtIn).fixed, draft('3 days'));
  assertNoFinding('number-mismatch', [draft('3 days')], builtIn);
  // A year the paragraph tells as its own time still makes April another year's.
  assertNoFinding('number-mismatch', ['In 2016 Taiwan was calm. In April China launched 2 days of war games after Tsai Ing-wen visited the United States.'], builtIn);
  // Unless a date told from the present ("last August", "this March") brings the story back to the article's time.
  for (const since of ['Last August', 'This March']) {
    const text = `In 2016 Taiwan was calm. ${since} the island saw drills, and in April China launched 2 days of war games after Tsai Ing-wen visited the United States.`;
    assert.equal(only('number-mismatch', text, builtIn).flagged, '2 days', since);
  }
  assertNoFinding('number-mismatch', ['In 2016 Taiwan was calm. In August the island saw drills, and in April China launched 2 days of war games after Tsai Ing-wen visited the United States.'], builtIn);
});

test('the people of a "since" phrase after a length of time ("in seven years, since X’s stop") are of the event counted from, not of the one measured', () => {
  const text = 'Blinken landed in Beijing on Sunday. It was the first visit in seven years, since Mike Pompeo’s brief stop in 2018.';
  assert.equal(only('number-mismatch', text, builtIn).flagged, 'seven years');
  assertNoFinding('number-mismatch', [text.replace('seven', 'five')], builtIn);
  // The year in the phrase still dates the event it names.
  assert.equal(only('date-mismatch', text.replace('seven', 'five').replace('2018', '2016'), builtIn).flagged, '2016');
});

test('"since" before a length ("the first to make the trip since three years") is the time since the event last happened, as "in" is', () => {
  const text = 'Blinken is the first secretary of state who is making this trip since three years.';
  assert.equal(only('number-mismatch', text, builtIn).flagged, 'three years');
  assertNoFinding('number-mismatch', [text.replace('three', 'five'), 'Relations have been frosty since three years ago, when the tariffs began.'], builtIn);
});

test('a title set after a known name describes that person, rightly or not: it names no one else for the next sentence ("Wang Yi, China’s foreign minister," is no mention of Qin Gang)', () => {
  const text = 'Neither Blinken nor Wang Yi, China’s foreign minister, spoke to the press. Their Monday session ran about five hours.';
  assert.equal(only('number-mismatch', text, builtIn).flagged, 'about five hours');
  assert.deepEqual(check(text, builtIn).map((f) => f.code).sort(), ['number-mismatch', 'title-mismatch']);
  // A title standing alone still names its holder: with Qin Gang in, the session is no longer only theirs.
  assertNoFinding('number-mismatch', [text.replace('Wang Yi, China’s foreign minister,', 'Wang Yi and China’s foreign minister')], builtIn);
});

test('a part joined after the value with a subject after a verb of coming ("…, and after that came Xi") is about that subject, not the value\'s event', () => {
  const text = 'Lindqvist and Duarte sat down on Thursday. That session ran roughly nine hours, according to an aide, and after that came Ferreira.';
  assert.equal(only('number-mismatch', text, lisbon).flagged, 'roughly nine hours');
  assertNoFinding('number-mismatch', [text.replace('nine', 'four'), text.replace('after that came', 'then')], lisbon);
});

test('a length beside a clause of "since … last" ("Six years — the gap since X and Y last met") is the time since the event last happened', () => {
  const text = '- **Six years** — the gap since Lindqvist and Duarte last met, until Thursday.';
  assert.equal(only('number-mismatch', text, lisbon).flagged, 'Six years');
  assertNoFinding('number-mismatch', [text.replace('Six', 'Eight'), '- **Six years** — how long Lindqvist and Duarte talked, on and off, before the treaty.', 'Lindqvist met Duarte for four hours. Since they last met, six years of tariffs have passed.'], lisbon);
});

test('a length since something was formed or signed ("signed 25 years ago", "25 years since the treaty was signed") is its age', () => {
  for (const text of ['The cooperation treaty was signed 25 years ago.', 'It has been 25 years since the cooperation treaty was signed.']) {
    assert.equal(only('number-mismatch', text, lisbon).flagged, '25 years', text);
    assertNoFinding('number-mismatch', [text.replace('25', '30')], lisbon);
  }
  // Not the time since another event of the thing: talks about it announced, a debate.
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte for four hours. The treaty talks were announced 25 years ago.', 'The treaty was debated 25 years ago.'], lisbon);
});

test('someone named only as the event a time is told from ("On Thursday, before Ferreira, came Duarte; that session …") is no subject of the part after', () => {
  const text = 'Lindqvist flew in on Wednesday. On Thursday, before Ferreira, came Duarte; that session lasted about nine hours.';
  assert.equal(only('number-mismatch', text, lisbon).flagged, 'about nine hours');
  assertNoFinding('number-mismatch', [text.replace('nine', 'four')], lisbon);
});

test('a length followed by "around" or "surrounding" is a stretch of time about the event, not its length', () => {
  assertNoFinding('number-mismatch', ['# A reporter’s notebook: nine hours around the Lindqvist–Duarte talks', 'We spent nine hours surrounding the Lindqvist–Duarte talks in the lobby.'], lisbon);
  assert.equal(only('number-mismatch', 'The Lindqvist–Duarte talks lasted nine hours.', lisbon).flagged, 'nine hours');
});

test('built-in set: whom an aside opened by ", not" denies ("that session, not the one with Wang Yi a day later, …") takes no part in the event', () => {
  const draft = (hours: string) => `Blinken sat down with Qin Gang on Sunday. It was that session, not the one with Wang Yi a day later, that went on for ${hours} hours.`;
  assertNoFinding('number-mismatch', [draft('nearly six')], builtIn);
  assert.equal(only('number-mismatch', draft('nearly nine'), builtIn).refId, 'blinken-qin-gang-six-hours');
});

test('built-in set: an aside opened by ", not" runs to its sentence\'s end, whatever text comes after it', () => {
  const draft = (hours: string, after: string) => `Blinken sat down with Qin Gang on Sunday. That session lasted ${hours} hours, not the one with Wang Yi.${after}`;
  for (const after of ['', ' Later, he flew on.', ' He flew on']) {
    assertNoFinding('number-mismatch', [draft('nearly six', after)], builtIn);
    assert.equal(only('number-mismatch', draft('nearly nine', after), builtIn).refId, 'blinken-qin-gang-six-hours');
  }
});

test('built-in set: whom "not … but" sets aside takes no part in the event the value tells of', () => {
  assertNoFinding('number-mismatch', [
    'Blinken’s six-hour session was not with Wang Yi but with Qin Gang.',
    'The nearly six-hour round was not, as first reported, with Wang Yi but with Qin Gang.',
    // (A title before the name put in the other's place.)
    'Blinken arrived. The session that day, which lasted nearly six hours, was not with Wang Yi but with Foreign Minister Qin Gang, who accepted an invitation.',
  ], builtIn);
  // (Set aside after the value's part, the other is still whom it tells of.)
  assert.equal(only('number-mismatch', 'Blinken’s nine-hour session was with Wang Yi, not with Qin Gang.', builtIn).flagged, 'nine-hour');
});

test('built-in set: "closer to", "nearer to" and "more like" qualify a figure; the fix writes the reference\'s own qualifier for them', () => {
  const draft = (figure: string) => `Blinken met Wang Yi on Monday. The Wang Yi session was ${figure} by the end.`;
  for (const qualifier of ['closer to', 'nearer to', 'more like']) {
    assert.equal(only('number-mismatch', draft(`${qualifier} five hours`), builtIn).fixed, draft('about three hours'), qualifier);
    assertNoFinding('number-mismatch', [draft(`${qualifier} three hours`)], builtIn);
  }
  // A qualifier of the reference's kind stays the draft's.
  assert.equal(only('number-mismatch', draft('roughly five hours'), builtIn).fixed, draft('roughly three hours'));
});

test('built-in set: a day counted before the person and the value after them dates the value too ("…; the next day he saw Wang Yi, …, for about four hours")', () => {
  const draft = (hours: string) => `Blinken landed on Saturday. On Sunday he spent nearly six hours with Foreign Minister Qin Gang; the next day he saw Wang Yi, China’s top diplomat, for about ${hours} hours before being received by Xi.`;
  assert.equal(only('number-mismatch', draft('four'), builtIn).fixed, draft('three'));
  assertNoFinding('number-mismatch', [draft('three')], builtIn);
});
