// date-mismatch on a reference set of our own invention (EU–Brazil talks in Lisbon, article dated Friday
// 15 March 2024) and on the built-in set: wrong weekdays, days, months and years for the events the reference
// covers, fixed in the draft's own format; and what must not be flagged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadBuiltInReference } from '../../server/src/reference/loader';
import { ReferenceIndex } from '../../server/src/reference/index';
import type { Fact } from '../../server/src/reference/types';
import { findDateExpressions } from '../../server/src/analysis/dates';
import { datelineOf } from '../../server/src/analysis/dateline';
import { documentChunks } from '../../server/src/analysis/windows';
import { analyzeAround, checkText } from '../../server/src/engine';
import { SentenceFrames, stem } from '../../server/src/analysis/sentenceFrames';
import { assertNoFinding, findingsOf, onlyFinding as only } from '../fixtures/facts/fixing';
import { at, lisbonReference, lisbonSet, lisbonWithFacts } from '../fixtures/facts/lisbonReference';

const lisbon = lisbonReference();

/** An event of Lindqvist and Duarte's for the invented set, its evidence a passage of the set's article. */
function eventOfLindqvistAndDuarte(id: string, description: string, triggers: string[], date: NonNullable<Fact['date']>, evidence: string): Fact {
  return { id, kind: 'event', description, participants: ['maria-lindqvist', 'carlos-duarte'], triggers, date, evidence: { offset: at(evidence), text: evidence } };
}

/** The invented set with one more fact, loaded as a user's file would be. */
function lisbonWith(fact: Fact): ReferenceIndex {
  return lisbonWithFacts([...lisbonSet().facts, fact]);
}

test('date expressions: only what the draft states, weekdays and months by name, figures, ranges, lone years', () => {
  const read = (text: string) =>
    findDateExpressions(text, [{ start: 0, end: text.length }]).map((d) => ({ text: text.slice(d.start, d.end), stated: d.stated, until: d.until }));
  assert.deepEqual(read('On Tuesday he left.'), [{ text: 'Tuesday', stated: { weekday: 2 }, until: undefined }]);
  assert.deepEqual(read('Monday, June 19 was hot.'), [{ text: 'Monday, June 19', stated: { weekday: 1, month: 6, day: 19 }, until: undefined }]);
  assert.deepEqual(read('It ran on 2023-06-19.'), [{ text: '2023-06-19', stated: { year: 2023, month: 6, day: 19 }, until: undefined }]);
  assert.deepEqual(read('The visit on June 18–19 ended.'), [{ text: 'June 18–19', stated: { month: 6, day: 18 }, until: { month: 6, day: 19 } }]);
  assert.deepEqual(read('Since 2018, and before the 2024 vote.'), [
    { text: '2018', stated: { year: 2018 }, until: undefined },
    { text: '2024', stated: { year: 2024 }, until: undefined },
  ]);
  // Relative phrases, lower-case month words, abbreviations with no day: not calendar dates.
  assert.deepEqual(read('Yesterday, four months ago, next year, this month, it may march on; The Sun reported.'), []);
  // A time of day, or a span of time counted from the date, is not part of what the date states.
  assert.deepEqual(read('They spoke on June 5 at 3 p.m. this afternoon.'), [{ text: 'June 5', stated: { month: 6, day: 5 }, until: undefined }]);
  assert.deepEqual(read('They spoke two days after June 5.'), [{ text: 'June 5', stated: { month: 6, day: 5 }, until: undefined }]);
  // Figures that read as a day and a month either way round state only their year; either way round otherwise.
  assert.deepEqual(read('Shot down on 4/2/2023.'), [{ text: '4/2/2023', stated: { year: 2023 }, until: undefined }]);
  assert.deepEqual(read('Met on 6/20/2023 and 20/6/2023.'), [
    { text: '6/20/2023', stated: { year: 2023, month: 6, day: 20 }, until: undefined },
    { text: '20/6/2023', stated: { year: 2023, month: 6, day: 20 }, until: undefined },
  ]);
});
const builtIn = new ReferenceIndex(loadBuiltInReference());

test('a run-on "sentence" too long to be prose is not read, so a huge paste costs little', () => {
  const pasted = 'Lindqvist met Duarte on Wednesday '.repeat(3000);
  const started = performance.now();
  assertNoFinding('date-mismatch', [pasted], lisbon);
  assert.ok(performance.now() - started < 5000, 'a hang guard, far above a linear pass');
  assert.equal(only('date-mismatch', `${pasted.slice(0, 34).trim()}.`, lisbon).flagged, 'Wednesday');
});

test('a wrong weekday for a meeting: range, severity, fact, evidence, message and fix', () => {
  const text = 'Lindqvist met Duarte on Wednesday to restart the talks.';
  const { finding, flagged, refId, fixed } = only('date-mismatch', text, lisbon);
  assert.equal(flagged, 'Wednesday');
  assert.equal(finding.start, text.indexOf('Wednesday'));
  assert.equal(finding.severity, 'error');
  assert.equal(refId, 'lindqvist-met-duarte');
  assert.equal(fixed, 'Lindqvist met Duarte on Thursday to restart the talks.');
  const evidenceText = 'European trade commissioner Maria Lindqvist on Thursday met Brazil’s foreign minister Carlos Duarte';
  assert.deepEqual(
    { start: finding.evidence?.start, end: finding.evidence?.end, articlePath: finding.evidence?.articlePath },
    { start: at(evidenceText), end: at(evidenceText) + evidenceText.length, articlePath: lisbon.loaded.articlePath },
  );
  assert.match(finding.message, /Thursday 14 March 2024/);
  assert.match(finding.message, /“Wednesday”/);
  assert.match(finding.message, /Lindqvist met Duarte/);
});

test('a day counted from a date stated just before is judged as the day it comes to; the fix counts right', () => {
  // Duarte arrived on Wednesday 13 March and met Lindqvist on Thursday 14 March.
  const cases: [string, string, string][] = [
    ['Duarte arrived on Wednesday and met Lindqvist two days later.', 'two days later', 'Duarte arrived on Wednesday and met Lindqvist the next day.'],
    ['Duarte arrived on Wednesday. Two days later he met Lindqvist.', 'Two days later', 'Duarte arrived on Wednesday. The next day he met Lindqvist.'],
    ['Duarte arrived on 13 March 2024 and met Lindqvist three days later.', 'three days later', 'Duarte arrived on 13 March 2024 and met Lindqvist the next day.'],
    ['Duarte met Lindqvist on Thursday. Two days earlier he had arrived.', 'Two days earlier', 'Duarte met Lindqvist on Thursday. The day before he had arrived.'],
    // The next day counted from a date in the sentence before, and a fix counting the other way.
    ['Duarte arrived on Wednesday. The next day he met Ferreira.', 'The next day', 'Duarte arrived on Wednesday. The same day he met Ferreira.'],
    ['Lindqvist met Duarte on Thursday. The next day he met Ferreira.', 'The next day', 'Lindqvist met Duarte on Thursday. The day before he met Ferreira.'],
    // A sentence between that states no date and tells of no time of its own is passed over.
    ['Duarte arrived on Wednesday. He was tired. Two days later he met Lindqvist.', 'Two days later', 'Duarte arrived on Wednesday. He was tired. The next day he met Lindqvist.'],
    // Later in its sentence, with no other time told before it.
    ['Duarte arrived on Wednesday. The Swedish envoy Lindqvist met him two days later.', 'two days later', 'Duarte arrived on Wednesday. The Swedish envoy Lindqvist met him the next day.'],
    // "That" with a subject after it is the event told before: the fix keeps it, or the clause would become the event.
    ['Duarte met Lindqvist on Thursday. Two days before that he met Ferreira.', 'Two days before that', 'Duarte met Lindqvist on Thursday. The day before that he met Ferreira.'],
    ['Duarte met Lindqvist on Thursday. The day after that he met Ferreira.', 'The day after that', 'Duarte met Lindqvist on Thursday. The day before that he met Ferreira.'],
    // A time told inside a quotation is the speaker's, not a time of the story.
    ['Duarte arrived on Wednesday. He called it “the longest day since spring.” Two days later he met Lindqvist.', 'Two days later', 'Duarte arrived on Wednesday. He called it “the longest day since spring.” The next day he met Lindqvist.'],
  ];
  for (const [draft, flagged, fixed] of cases) {
    const found = only('date-mismatch', draft, lisbon);
    assert.equal(found.flagged, flagged, draft);
    assert.equal(found.fixed, fixed, draft);
  }
  assert.match(only('date-mismatch', cases[0][0], lisbon).finding.message, /not “two days later” \(Friday\)/);
  // A date set beside the relative day says which day it is, and is the one judged.
  assert.equal(only('date-mismatch', 'Duarte arrived on Wednesday. He was tired. On the next day, 15 March, he met Lindqvist.', lisbon).flagged, '15 March');
  // A wrong date counted from is the one error: the day counted from it is not flagged too.
  assert.equal(only('date-mismatch', 'Duarte arrived on Tuesday. Two days later he met Lindqvist.', lisbon).flagged, 'Tuesday');
  assertNoFinding('date-mismatch', [
    'Duarte arrived on Wednesday and met Lindqvist the next day.',
    'Duarte arrived on Wednesday. A day later he met Lindqvist.',
    'Duarte met Lindqvist on Thursday. The day before, he had arrived.',
    'Duarte met Lindqvist on Thursday. The day before that he met Ferreira.',
    // Counted from an event, not a date (see the test of days counted from events); from a date in another paragraph;
    // from a month alone.
    'On Friday, the day after she met Duarte, Lindqvist flew home. Duarte met Lindqvist a day after he arrived.',
    'The summit opened on Monday.\n\nTwo days later Duarte met Lindqvist.',
    // A date labelling the paragraph is no date counted from.
    'Duarte arrived on Wednesday.\n\n**Thursday, 14 March.** The following day he met Lindqvist.',
    'Duarte arrived on Wednesday.\n\n00:08:45 — Thursday. The next day he met Lindqvist.',
    // Nor one labelling the relative day before a dash: it names that day.
    'Duarte arrived on Wednesday.\n\n**Thursday, March 14** — The next day, Duarte met Lindqvist.',
    'Duarte visited in March. Two days later he met Lindqvist.',
    // A sentence between telling of a time of its own, or two sentences between: counted from what they tell.
    'Duarte arrived on Wednesday. Ferreira flew in later. Two days later he met Lindqvist.',
    'Duarte arrived on Wednesday. He was tired. He slept. Two days later he met Lindqvist.',
    // Later in a sentence that tells of another time before it.
    'Duarte arrived on Wednesday. After a week of rest, Lindqvist met him two days later.',
  ], lisbon);
});

test('a counted day and a date set beside it as the same day are judged together', () => {
  // Duarte arrived on Wednesday 13 March and met Lindqvist on Thursday 14 March.
  // Both wrong: one error, fixed together, or each fix would leave the other contradicting it.
  const both = 'Duarte met Lindqvist on Thursday. Two days earlier, on Tuesday, he had arrived.';
  const finding = only('date-mismatch', both, lisbon);
  assert.equal(finding.flagged, 'Two days earlier, on Tuesday');
  assert.equal(finding.fixed, 'Duarte met Lindqvist on Thursday. The day before, on Wednesday, he had arrived.');
  // One right: the other contradicts it, whichever it is.
  assert.equal(only('date-mismatch', 'Duarte met Lindqvist on Thursday. A day earlier, on Tuesday, he had arrived.', lisbon).flagged, 'Tuesday');
  assertNoFinding('date-mismatch', [
    'Duarte met Lindqvist on Thursday. A day earlier, on Wednesday, he had arrived.',
    // A day set beside the date it would count from is counted from another: the day before Thursday.
    'Duarte met Lindqvist on Thursday. On Wednesday, the day before, he had arrived.',
  ], lisbon);
});

test('the fix keeps the draft’s own date format', () => {
  const cases: [string, string][] = [
    ['On 13 March, Lindqvist sat down with Duarte.', 'On 14 March, Lindqvist sat down with Duarte.'],
    ['Lindqvist met Duarte on 2024-03-13.', 'Lindqvist met Duarte on 2024-03-14.'],
    ['On Wednesday 13 March, Lindqvist met Duarte.', 'On Thursday 14 March, Lindqvist met Duarte.'],
    ['Lindqvist met Duarte on March 13th.', 'Lindqvist met Duarte on March 14th.'],
    ['Lindqvist met Duarte on Wednesday, March 13, 2024.', 'Lindqvist met Duarte on Thursday, March 14, 2024.'],
    ['Lindqvist met Duarte on Wed 13 Mar.', 'Lindqvist met Duarte on Thu 14 Mar.'],
    ['Lindqvist met Duarte in February.', 'Lindqvist met Duarte in March.'],
    ['Lindqvist met Duarte in 2023.', 'Lindqvist met Duarte in 2024.'],
    // A time of day next to the date is not part of it: its figures are not days of the month.
    ['Lindqvist met Duarte on March 13 at 3 p.m.', 'Lindqvist met Duarte on March 14 at 3 p.m.'],
    ['Lindqvist met Duarte at 10:30 on Wednesday, March 13.', 'Lindqvist met Duarte at 10:30 on Thursday, March 14.'],
    // A day in words is the day written, and is written back in words.
    ['Lindqvist met Duarte on March thirteenth.', 'Lindqvist met Duarte on March fourteenth.'],
    ['Lindqvist met Duarte on the thirteenth of March.', 'Lindqvist met Duarte on the fourteenth of March.'],
    ['Lindqvist met Duarte on March Twenty First.', 'Lindqvist met Duarte on March Fourteenth.'],
    // So is a year said as a script writes it.
    ['Lindqvist met Duarte in twenty twenty-three.', 'Lindqvist met Duarte in twenty twenty-four.'],
    ['Lindqvist met Duarte in Twenty-Twenty-Three.', 'Lindqvist met Duarte in Twenty-twenty-four.'],
    ['Lindqvist met Duarte in two thousand and twenty-three.', 'Lindqvist met Duarte in two thousand and twenty-four.'],
  ];
  for (const [draft, expected] of cases) assert.equal(only('date-mismatch', draft, lisbon).fixed, expected, draft);
});

test('a day in words is read whole and fixed in words; the right one, or "the first day" of a trip, is not flagged', () => {
  const { flagged } = only('date-mismatch', 'Lindqvist met Duarte on March twenty-first.', lisbon);
  assert.equal(flagged, 'March twenty-first');
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte on March fourteenth.', 'On the first day of the talks, Lindqvist met Duarte on Thursday.'], lisbon);
});

test('a day and a month in figures with no year are read when only one order can be a date ("on 16/03", "on 3/16")', () => {
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on 16/03.', lisbon).fixed, 'Lindqvist met Duarte on 14/03.');
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte in Lisbon on 3/16, then left.', lisbon).fixed, 'Lindqvist met Duarte in Lisbon on 3/14, then left.');
  // Opening the sentence, before a pronoun for its subject.
  assert.equal(only('date-mismatch', 'Lindqvist flew in. On 3/16 she met Duarte.', lisbon).fixed, 'Lindqvist flew in. On 3/14 she met Duarte.');
  assertNoFinding('date-mismatch', ['Lindqvist flew in. On 3/14 she met Duarte.'], lisbon);
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte on 14/03.', 'Lindqvist met Duarte on 4/3.', 'Lindqvist met Duarte while aides worked on 24/7 shifts.', 'Lindqvist met Duarte, whose rating stood on 16.03 in polls.'], lisbon);
});

test('a year in words is a year only as a whole: "twenty twenty-four", not "twenty fifteen-minute breaks"', () => {
  const text = 'In twenty twenty-four they took twenty fifteen-minute breaks, two thousand and five of them.';
  assert.deepEqual(findDateExpressions(text, [{ start: 0, end: text.length }]).map((date) => date.stated), [{ year: 2024 }]);
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte in twenty twenty-four.', 'The summit was postponed in November twenty twenty-three.'], lisbon);
});

test('a fix keeps the markup between a date’s parts; the message and the fix’s title show the words alone', () => {
  const finding = only('date-mismatch', 'Lindqvist met Duarte on **Wednesday** 13 March.', lisbon);
  assert.equal(finding.fixed, 'Lindqvist met Duarte on **Thursday** 14 March.');
  assert.match(finding.finding.message, /not “Wednesday 13 March”/);
  assert.equal(finding.finding.fixes[0].title, 'Change to “Thursday 14 March”');
});

test('a month-precision event: a wrong month is fixed to the month', () => {
  const { flagged, refId, fixed } = only('date-mismatch', 'Lindqvist’s summit with Brazil was postponed in October.', lisbon);
  assert.deepEqual([flagged, refId, fixed], ['October', 'summit-postponed-november', 'Lindqvist’s summit with Brazil was postponed in November.']);
});

test('participants carried by a pronoun from the previous sentence, and by the previous sentence for "it"', () => {
  const { flagged, refId } = only('date-mismatch', 'Duarte landed in Lisbon on Wednesday. He met Lindqvist on Friday.', lisbon);
  assert.deepEqual([flagged, refId], ['Friday', 'lindqvist-met-duarte']);
  const carried = only('date-mismatch', 'Lindqvist had hoped to hold the summit last year. It was postponed in December.', lisbon);
  assert.deepEqual([carried.flagged, carried.refId], ['December', 'summit-postponed-november']);
  assert.equal(only('date-mismatch', 'Lindqvist had hoped to hold the summit last year.\n\nIt was postponed in December.', lisbon).flagged, 'December');
  // "It" after a paragraph about someone else: the draft's main subject (named, titled or "she" most often).
  const mainSubject = 'Lindqvist wanted a summit. She had planned it for last year.\n\nThe last guest was Ana Ferreira.\n\nIt was postponed in December.';
  assert.equal(only('date-mismatch', mainSubject, lisbon).refId, 'summit-postponed-november');
  // A sentence that does not refer back ("A summit …", not "It") is not about the previous sentence's people.
  assertNoFinding('date-mismatch', ['Lindqvist had hoped to hold the summit last year. A trade fair was postponed in December.'], lisbon);
});

test('a handshake of two people is their meeting ("Lindqvist and Duarte shake hands on Friday")', () => {
  assert.equal(only('date-mismatch', 'Lindqvist and Duarte shake hands on Friday.', lisbon).refId, 'lindqvist-met-duarte');
  assert.equal(only('date-mismatch', 'The handshake between Lindqvist and Duarte came on Friday.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Lindqvist shook hands with Duarte on Thursday.', 'Lindqvist shook hands with the mayor of Porto on Friday.'], lisbon);
});

test('"sat … with" one of the people is their meeting, whatever stands between; a wrong day there is the error, not the day counted from it', () => {
  assert.equal(only('date-mismatch', 'On Friday, Lindqvist sat for about four hours with Duarte.', lisbon).fixed, 'On Thursday, Lindqvist sat for about four hours with Duarte.');
  assert.equal(only('date-mismatch', 'On Friday, Lindqvist sat for four hours with Duarte. The day before, Duarte met Ferreira.', lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', ['On Thursday, Lindqvist sits for four hours with Duarte.', 'On Friday, Lindqvist sat on a panel in Porto. Duarte was not there.'], lisbon);
});

test('"the Friday before X’s visit" dates the main clause’s event, counted from the visit, whose people are not its own', () => {
  const { refId, fixed } = only('date-mismatch', 'On the Friday before Lindqvist’s visit, Duarte met Ferreira.', lisbon);
  assert.deepEqual([refId, fixed], ['duarte-met-ferreira', 'On the Wednesday before Lindqvist’s visit, Duarte met Ferreira.']);
  assertNoFinding('date-mismatch', ['On the Wednesday before Lindqvist’s visit, Duarte met Ferreira.', 'On the Thursday after her arrival, Lindqvist met Duarte.'], lisbon);
});

test('someone named only in a time clause after the main one is not whom a pronoun after it stands for first', () => {
  const text = 'Lindqvist returned to Lisbon. It was the first visit since Ferreira took office. Her summit had been postponed in December.';
  assert.equal(only('date-mismatch', text, lisbon).refId, 'summit-postponed-november');
  assertNoFinding('date-mismatch', [text.replace('December', 'November'), 'Lindqvist returned to Lisbon. Ferreira had just taken office. Her summit had been postponed in December.'], lisbon);
});

test('the pair of "a summit between X and Y" is not whom a pronoun after it stands for first', () => {
  const text = 'Ferreira opened the day. It followed a summit between Lindqvist and Duarte in Madrid. She visited São Paulo in March.';
  assert.equal(only('date-mismatch', text, lisbon).refId, 'ferreira-visited-sao-paulo');
  assertNoFinding('date-mismatch', [text.replace('March', 'January'), 'Ferreira opened the day. Lindqvist and Duarte had met in Madrid. She visited São Paulo in March.'], lisbon);
});

test('a subject pronoun in a clause put first ("Before he saw Xi, he …") is its subject, no preposition’s object', () => {
  const text = 'Blinken flew in. Before he saw Xi, he spent about three hours with Wang Yi. On Saturday he had sat with Qin Gang for nearly six hours.';
  assert.equal(only('date-mismatch', text, builtIn).fixed, text.replace('Saturday', 'Sunday'));
  assertNoFinding('date-mismatch', [text.replace('Saturday', 'Sunday')], builtIn);
});

test('a pronoun after the main clause’s subject is that subject, not a pronoun in a clause put first ("Days before she left, Ferreira …: on Friday she met Duarte")', () => {
  assert.equal(only('date-mismatch', 'Lindqvist met the press. Days before she left, Ferreira made an offer: on Friday she met Carlos Duarte.', lisbon).refId, 'duarte-met-ferreira');
  assert.equal(only('date-mismatch', 'Lindqvist met the press. Before she left, Ferreira made an offer, and on Friday she met Carlos Duarte.', lisbon).refId, 'duarte-met-ferreira');
  // A subject the pronoun cannot stand for leaves it to whom the clause put first meant.
  assert.equal(only('date-mismatch', 'Lindqvist met the press. Days before she left, Ferreira’s husband made an offer: on Friday she met Carlos Duarte.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Lindqvist met the press. Days before she left, Ferreira made an offer: on Wednesday she met Carlos Duarte.'], lisbon);
});

test('the agent of a passive participle in a phrase put first ("before being received by Ferreira, she …") is not whom the pronoun after it stands for', () => {
  const text = 'Lindqvist flew in. On Thursday, before being received by Ferreira, she met Carlos Duarte for nine hours.';
  assertNoFinding('date-mismatch', [text], lisbon);
  assert.equal(only('number-mismatch', text, lisbon).refId, 'lindqvist-duarte-four-hours');
});

test('a country opening the sentence acts for its government when the sentence names another of the event’s people', () => {
  assert.equal(only('date-mismatch', 'China staged major drills around Taiwan in October, after Nancy Pelosi visited.', builtIn).refId, 'taiwan-drills-august');
  assertNoFinding('date-mismatch', [
    'China staged major drills around Taiwan in August, after Nancy Pelosi visited.',
    // Drills with none of the event's people named are any drills.
    'Blinken arrived in Beijing. China held drills in October.',
    'China held military drills near Japan in October.',
  ], builtIn);
  assertNoFinding('number-mismatch', ['Blinken flew home. China, meanwhile, had opened or planned to open at least five new embassies within a year.'], builtIn);
});

test('a pronoun opening its sentence is its subject, not the name after the first comma ("She met Duarte, Ferreira’s guest, …")', () => {
  assert.equal(only('date-mismatch', 'Lindqvist was busy. She met Carlos Duarte, Ferreira’s guest, on Friday.', lisbon).refId, 'lindqvist-met-duarte');
  // In a phrase opening the sentence, it is the name after the comma.
  assert.equal(only('date-mismatch', 'Ferreira was busy. On her first day in Lisbon, Lindqvist met Duarte on Friday.', lisbon).refId, 'lindqvist-met-duarte');
});

test('"face time with" someone is a meeting with them, and so is sitting with a title only they hold', () => {
  for (const draft of ['Lindqvist got face time with Duarte on Friday.', 'Lindqvist sat with the foreign minister on Friday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  assertNoFinding('date-mismatch', ['Lindqvist got face time with Duarte on Thursday.', 'Lindqvist got face time with the press on Friday.'], lisbon);
  // A long title may stand between "with" and the name, every word a title word or capitalised.
  assert.equal(only('date-mismatch', "Lindqvist sat with Brazil's senior foreign policy minister Carlos Duarte on Friday.", lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Lindqvist sat with the man who later welcomed Carlos Duarte on Friday.'], lisbon);
});

test('a negation of a name set right, or in a relative clause after the value, denies nothing of the event', () => {
  for (const draft of ['On Friday, Lindqvist met Duarte, not Ferreira.', 'On Friday, Lindqvist met Duarte, who had not slept.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte, but not on Friday.', 'Lindqvist met Duarte, who did not arrive on Friday.', 'On Friday, Lindqvist did not meet Duarte.'], lisbon);
});

test('a verb of saying in a clause telling of a later time ("…, after which both sides agreed …") does not date the value', () => {
  assert.equal(only('date-mismatch', 'The first round of talks, on Saturday, was with Qin Gang, after which both sides agreed to continue.', builtIn).refId, 'blinken-met-qin-gang');
  assertNoFinding('date-mismatch', ['The first round of talks, on Sunday, was with Qin Gang, after which both sides agreed to continue.'], builtIn);
});

test('a title held for a country, with the country’s adjective or code before it, stands for its holder ("the American president")', () => {
  assert.equal(only('date-mismatch', 'The Chinese president met Blinken on Tuesday.', builtIn).refId, 'blinken-met-xi');
  assert.equal(only('date-mismatch', 'The US president said on Friday that he hoped to meet Xi.', builtIn).refId, 'biden-hopes-to-meet-xi');
  assertNoFinding('date-mismatch', ['The Chinese president met Blinken on Monday.', 'The Russian president met Blinken on Tuesday.'], builtIn);
});

test('"…, but it was called off in March": a joined part whose own subject names nobody is about the clause before’s subject, not a name after a preposition', () => {
  const paired = 'Antony Blinken is in Beijing. The visit was supposed to happen sooner. It grew out of the summit between Biden and Xi Jinping in Bali, but it was called off in March after the balloon was shot down.';
  assert.equal(only('date-mismatch', paired, builtIn).refId, 'trip-postponed-february');
  assert.equal(only('date-mismatch', 'Blinken was due to go earlier in the year, and the trip was called off in March after the balloon was shot down.', builtIn).refId, 'trip-postponed-february');
  assertNoFinding('date-mismatch', [paired.replace('March', 'February')], builtIn);
});

test('a round with someone is a meeting with them; a round of anything but talks is not', () => {
  assert.equal(only('date-mismatch', 'Lindqvist had a marathon round on Friday with Duarte.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Lindqvist had a marathon round on Thursday with Duarte.', 'Lindqvist played a round of golf on Friday with Duarte.', 'Lindqvist won the first round on Friday, with Duarte watching.'], lisbon);
  // As a noun with no subject of its own ("The round with Duarte"), its other side may come from the sentence before.
  assert.equal(only('date-mismatch', 'Lindqvist arrived in Lisbon.\n\nThe round with Duarte, on Friday, ran late.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Lindqvist arrived in Lisbon.\n\nThe round with Duarte, on Thursday, ran late.', 'Lindqvist arrived in Lisbon.\n\nA round of golf with Duarte, on Friday, ran late.'], lisbon);
  // A word describing the noun may stand after the determiner, or a day's possessive instead ("Friday's round").
  for (const round of ['The long round with Duarte, on Friday, ran late.', 'Their marathon round with Duarte, on Friday, ran late.', "Friday's round with Duarte ran late.", "Friday's long round with Duarte ran late."]) {
    assert.equal(only('date-mismatch', `Lindqvist arrived in Lisbon.\n\n${round}`, lisbon).refId, 'lindqvist-met-duarte', round);
  }
  // Not a person's title: someone else sat with them.
  assertNoFinding('date-mismatch', ['Lindqvist arrived in Lisbon.\n\nThe mayor sat with Duarte on Friday.', 'Lindqvist arrived in Lisbon.\n\nThe long round with Duarte, on Thursday, ran late.', "Lindqvist arrived in Lisbon.\n\nFriday's long round of golf with Duarte ran late."], lisbon);
  assert.equal(only('number-mismatch', "Lindqvist arrived in Lisbon.\n\nThursday's long round with Duarte lasted seven hours.", lisbon).refId, 'lindqvist-duarte-four-hours');
});

test('the subject after a day put first is who "he" in the next sentence is, not an object of that phrase', () => {
  // Both men have "he": the one the next sentence's "he" stands for decides which meeting its day dates.
  for (const opening of ['On Sunday, Blinken met Qin Gang.', 'On Sunday Blinken met Qin Gang.', 'On Sunday, the secretary of state Blinken met Qin Gang.']) {
    const text = `${opening} Two days later, he met Xi.`;
    assert.equal(only('date-mismatch', text, builtIn).flagged, 'Two days later', text);
    assertNoFinding('date-mismatch', [`${opening} The next day, he met Xi.`], builtIn);
  }
});

test('a relative day counts from the day a relative day before it comes to, not from the date that one counts from', () => {
  const told = 'Ferreira spoke to reporters on Thursday; the previous day she had met Duarte.';
  assertNoFinding('date-mismatch', [`${told} The next day, Duarte met Lindqvist.`, `${told} A day later, Duarte met Lindqvist.`], lisbon);
  const { flagged, fixed } = only('date-mismatch', `${told} Two days later, Duarte met Lindqvist.`, lisbon);
  assert.equal(flagged, 'Two days later');
  assert.equal(fixed, `${told} The next day, Duarte met Lindqvist.`);
});

test('a weekday’s abbreviation labelling its line before a colon, or after "on" closing its phrase, is a date, "Sun" too; "The Sun:" is not', () => {
  for (const [text, flagged] of [['- Fri: Lindqvist met Duarte.', 'Fri'], ['4/ **Sun:** Lindqvist met Duarte.', 'Sun'], ['Sat: Lindqvist met Duarte.', 'Sat'], ['Lindqvist met Duarte on Sun (four hours).', 'Sun']]) {
    assert.equal(only('date-mismatch', text, lisbon).flagged, flagged, text);
  }
  assertNoFinding('date-mismatch', ['Thu: Lindqvist met Duarte.', '- **Thu:** Lindqvist met Duarte.', 'The Sun: Lindqvist met Duarte on Thursday.', 'Duarte read the Sun: Lindqvist had met him.', 'Lindqvist met Duarte on Sun Yat-sen Avenue on Thursday.'], lisbon);
});

test('whose a title is, by a possessive pronoun before it, is no one at the event a day is counted from ("two days before her trade commissioner met him")', () => {
  assert.equal(only('date-mismatch', 'Duarte met Ferreira two days before her trade commissioner met him.', lisbon).fixed, 'Duarte met Ferreira the day before her trade commissioner met him.');
  assertNoFinding('date-mismatch', ['Duarte met Ferreira a day before her trade commissioner met him.'], lisbon);
});

test('a person’s possessive before an event word ("Duarte’s session") refers back as "the session" does: the sentence before supplies the other side', () => {
  assert.equal(only('date-mismatch', 'Lindqvist flew in. Duarte’s session came on Friday.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Lindqvist flew in. Duarte’s session came on Thursday.'], lisbon);
});

test('an event word after a verb of wanting ("hopes to meet") claims no event, in prose or in a table row', () => {
  const header = '| Date | Event | Who |\n|---|---|---|\n';
  assertNoFinding('date-mismatch', [`${header}| Friday | Duarte says he hopes to meet Lindqvist soon | Duarte |`, 'Duarte hoped to meet Lindqvist on Friday.'], lisbon);
  assert.equal(only('date-mismatch', `${header}| Friday | Duarte meets Lindqvist | Duarte |`, lisbon).flagged, 'Friday');
});

test('built-in set: the people a fact tells of in a clause of time are its people only in the value’s own clause', () => {
  assertNoFinding('date-mismatch', ['The major drills around Taiwan followed her trip in August 2022, when Nancy Pelosi was speaker; it was this April, after Tsai Ing-wen met Kevin McCarthy in the United States, that China staged three days of war games.'], builtIn);
  assert.equal(only('date-mismatch', 'China launched war games around Taiwan in March 2023 after Tsai Ing-wen met Kevin McCarthy.', builtIn).flagged, 'March 2023');
});

test('a marathon or an exchange with someone is a meeting with them; one with no one, or a race, is not', () => {
  for (const text of ["Lindqvist arrived in Lisbon. That came before Friday's marathon with Duarte.", "Lindqvist arrived in Lisbon. Friday's exchange with Duarte ran late."]) {
    assert.equal(only('date-mismatch', text, lisbon).refId, 'lindqvist-met-duarte', text);
  }
  assertNoFinding('date-mismatch', ["Lindqvist arrived in Lisbon. That came before Thursday's marathon with Duarte.", 'Lindqvist ran a marathon on Friday.', 'Lindqvist watched the Friday marathon with her aides.', "Lindqvist arrived in Lisbon. Friday's exchange rate worried Duarte."], lisbon);
});

test('a sentence opening with the possessive of a name the source article never uses is about someone else', () => {
  assertNoFinding('date-mismatch', ["Lindqvist landed in Lisbon. Bellini's trip was the strangest. She met Duarte on Friday."], lisbon);
  // Not a place of the article's, nor a day.
  for (const text of ["Lindqvist landed in Lisbon. Lisbon's weather was mild. She met Duarte on Friday.", "Lindqvist landed in Lisbon. Friday's talks were long. She met Duarte on Friday.", 'Lindqvist landed in Lisbon. The trip was the strangest. She met Duarte on Friday.']) {
    assert.equal(only('date-mismatch', text, lisbon).refId, 'lindqvist-met-duarte', text);
  }
});

test('a pronoun after a heading, with no one named since, stands for the document’s subject when it fits them', () => {
  const text = 'Lindqvist landed in Lisbon.\n\n## The talks\n\nOn Friday she met Duarte.';
  assert.equal(only('date-mismatch', text, lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', [text.replace('Friday', 'Thursday'), 'Lindqvist landed in Lisbon.\n\n## Ferreira\n\nOn Friday he visited São Paulo.'], lisbon);
  // Someone described by a title opening a sentence since the heading, whom it does not name, is whom the pronoun stands for.
  assertNoFinding('date-mismatch', ['Lindqvist landed in Lisbon.\n\n## The talks\n\nThe ambassador spoke first. On Friday she met Duarte.'], lisbon);
});

test('"in what X described on Friday as …" dates the describing, not the event described', () => {
  assertNoFinding('date-mismatch', ['In what Duarte described on Friday as a breakthrough, he met Lindqvist.'], lisbon);
});

test('a name set off after a word for someone ("her counterpart, Carlos Duarte,") is part of that phrase, not a part of its own', () => {
  assert.equal(only('date-mismatch', 'On Wednesday her counterpart, Carlos Duarte, met Lindqvist in Lisbon.', lisbon).refId, 'lindqvist-met-duarte');
  assert.equal(only('date-mismatch', 'In 2023 the trade commissioner, Maria Lindqvist, met Duarte in Lisbon.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['On Thursday her counterpart, Carlos Duarte, met Lindqvist in Lisbon.', 'On Wednesday Duarte met the mayor, Ana Ferreira, and then Lindqvist.'], lisbon);
});

test('a weekday in a phrase of its own belongs to the clause around it', () => {
  assert.equal(only('date-mismatch', 'On Friday, Lindqvist and Duarte met at the Belém palace.', lisbon).fixed, 'On Thursday, Lindqvist and Duarte met at the Belém palace.');
  assert.equal(only('date-mismatch', 'Lindqvist spent her last day of talks, Friday 15 March, with Duarte.', lisbon).flagged, 'Friday 15 March');
  assert.equal(only('date-mismatch', '15 March: Lindqvist meets Duarte in Lisbon.', lisbon).fixed, '14 March: Lindqvist meets Duarte in Lisbon.');
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte in Lisbon (on 15 March).', lisbon).fixed, 'Lindqvist met Duarte in Lisbon (on 14 March).');
});

test('correct dates in any format are not flagged', () => {
  assertNoFinding('date-mismatch', [
    'Maria Lindqvist met Carlos Duarte on Thursday, March 14.',
    'Lindqvist sat down with Duarte on 14 March 2024.',
    'Lindqvist met Duarte on 2024-03-14, a day after he arrived on Wednesday.',
    'Duarte had breakfast with Ana Ferreira on Wednesday morning.',
    'The summit had been postponed in November 2023, Lindqvist recalled.',
    'Ferreira visited São Paulo in January.',
  ], lisbon);
});

test('a sentence naming nobody, with an event word only one fact has, is about that fact, whoever the sentence before names', () => {
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte. The breakfast meeting, on Tuesday, was short.', lisbon).refId, 'duarte-met-ferreira');
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte. The breakfast meeting, on Wednesday, was short.'], lisbon);
  // With no such word, the sentence before says which.
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte. The meeting, on Tuesday, was short.', lisbon).refId, 'lindqvist-met-duarte');
});

test('the date of a correction or an update is not its event’s, whose own date is still judged', () => {
  const { flagged } = only('date-mismatch', '*Correction (March 20): Lindqvist met Duarte on Friday.*', lisbon);
  assert.equal(flagged, 'Friday');
});

test('dates the reference does not cover, or that belong to another event, are not flagged', () => {
  assertNoFinding('date-mismatch', [
    // Another pair of people, another place, another event.
    'Lindqvist met Ana Ferreira on Wednesday.',
    'Ferreira visited Lisbon in February.',
    'Lindqvist visited Madrid on Monday.',
    // The date of the journey home, not of the meeting; the date of the saying, not of the meeting.
    'Duarte, who flew home on Friday, met Lindqvist on Thursday.',
    'Lindqvist said on Friday that her meeting with Duarte had gone well.',
    // A point of reference, not the event's date.
    'It was their first meeting since 2016.',
    // When a note was published or changed, not the event's date.
    '*Correction (March 20): Lindqvist met Duarte on Thursday.*',
    'Updated March 20: Lindqvist met Duarte on Thursday.',
    // Inside a quotation: the speaker's words.
    '“We met on Friday,” Lindqvist said of Duarte.',
    // A relative date depends on when the draft was written, which a draft with no dateline does not say.
    'Lindqvist met Duarte yesterday.',
  ], lisbon);
});

test('a word of publishing or of a point of reference ends a heading, not the date opening the next paragraph', () => {
  for (const heading of ['## The schedule as published', '## Updated', '## What happened since']) {
    const draft = `${heading}\n\n- Tuesday, 12 March: Lindqvist meets Duarte in Lisbon.`;
    assert.equal(only('date-mismatch', draft, lisbon).flagged, 'Tuesday, 12 March', heading);
  }
  assertNoFinding('date-mismatch', ['## The schedule\n\n- Updated 12 March: Lindqvist meets Duarte in Lisbon on Thursday.'], lisbon);
});

test('a relative clause dates its own event', () => {
  const { flagged, refId } = only('date-mismatch', 'Duarte, who arrived on Tuesday, met Lindqvist on Thursday.', lisbon);
  assert.deepEqual([flagged, refId], ['Tuesday', 'duarte-arrived-wednesday']);
});

test('with two candidate meetings in one sentence, each date goes to the nearer one', () => {
  const text = 'Duarte met Ferreira on Wednesday and Lindqvist on Friday.';
  const { flagged, refId } = only('date-mismatch', text, lisbon);
  assert.deepEqual([flagged, refId], ['Friday', 'lindqvist-met-duarte']);
});

test('built-in set: the weekday of the Xi meeting, carried by a pronoun, and the final-day phrasing', () => {
  const pronoun = only('date-mismatch', 'Antony Blinken flew in for two days of talks. On Tuesday he was received by Xi Jinping.', builtIn);
  assert.deepEqual([pronoun.flagged, pronoun.refId], ['Tuesday', 'blinken-met-xi']);
  const finalDay = only('date-mismatch', 'Blinken spent the final day of his trip, Tuesday 20 June, in back-to-back meetings.', builtIn);
  assert.equal(finalDay.fixed, 'Blinken spent the final day of his trip, Monday 19 June, in back-to-back meetings.');
  // "final day" is this fact's own event word; "meetings" is every meeting's, even the Qin Gang one (Sunday 18
  // June) that the previous sentence brings to mind.
  const afterQin = only('date-mismatch', 'He had talked to Qin Gang for hours. Blinken spent the final day of his trip, Sunday 18 June, in meetings.', builtIn);
  assert.deepEqual([afterQin.flagged, afterQin.refId], ['Sunday 18 June', 'blinken-xi-second-day']);
});

test('built-in set: a meeting with someone else on another day is not the Xi meeting', () => {
  assert.equal(only('date-mismatch', 'Blinken met Wang Yi on Sunday, hours before he was taken to see Xi.', builtIn).refId, 'blinken-met-wang-yi');
  assertNoFinding('date-mismatch', ['Blinken met Qin Gang on Sunday and was received by Xi on Monday.', 'Blinken held meetings with Japanese officials on Tuesday.'], builtIn);
});

test('a date beside the one the sentence, or the sentence before, gives the event rightly is another event’s', () => {
  assertNoFinding('date-mismatch', [
    'Lindqvist met Duarte on Thursday; their next meeting, on Friday, was set for Porto.',
    'Lindqvist met Duarte on Thursday. The two had also met in private on Monday, officials said.',
  ], lisbon);
  assertNoFinding('date-mismatch', ['After Tsai Ing-wen met Kevin McCarthy, China launched war games in April, as it had held drills last August.'], builtIn);
  // A part set off to recall an earlier event ("…, echoing …") is about that event, not the main clause's.
  assertNoFinding('date-mismatch', [
    'After Tsai Ing-wen sat down with Kevin McCarthy in April, Beijing ran war games near Taiwan, echoing the large drills of the previous August.',
    'After Tsai Ing-wen sat down with Kevin McCarthy in April, Beijing ran war games near Taiwan, recalling the large drills of the August before that followed Nancy Pelosi’s trip.',
  ], builtIn);
  // (The main clause's date stays judged.)
  assert.equal(only('date-mismatch', 'After Tsai Ing-wen sat down with Kevin McCarthy, Beijing ran war games near Taiwan in March, echoing the large drills of the previous August.', builtIn).refId, 'war-games-april');
  // The date beside it must be this event's: Thursday is the meeting's, not the arrival's.
  assert.deepEqual(pick(only('date-mismatch', 'Duarte arrived on Thursday, and Lindqvist met him on Thursday.', lisbon)), ['Thursday', 'duarte-arrived-wednesday']);
  // A sentence naming the event's people makes its own claim about the date, whatever the sentence before said.
  assert.deepEqual(pick(only('date-mismatch', 'Lindqvist met Duarte on Thursday. Lindqvist met Duarte on Friday.', lisbon)), ['Friday', 'lindqvist-met-duarte']);
  // Only within a paragraph: the next one starts its own account.
  assert.deepEqual(pick(only('date-mismatch', 'Lindqvist met Duarte on Thursday.\n\nThe two met on Friday.', lisbon)), ['Friday', 'lindqvist-met-duarte']);
  // A date set right after the event word opening its sentence dates that event told of again.
  assert.deepEqual(pick(only('date-mismatch', 'Lindqvist ended the week with a meeting with Duarte on Thursday. The meeting, on Friday, ran long.', lisbon)), ['Friday', 'lindqvist-met-duarte']);
  assertNoFinding('date-mismatch', ['Lindqvist ended the week with a meeting with Duarte on Thursday. The next meeting, on Friday, ran long.'], lisbon);
});

const pick = ({ flagged, refId }: { flagged: string; refId?: string }) => [flagged, refId];

test('an "and" between two people joins one phrase: the talks between them are dated by the date after it', () => {
  assert.deepEqual(pick(only('date-mismatch', 'The talks between Lindqvist and Duarte on Friday went well.', lisbon)), ['Friday', 'lindqvist-met-duarte']);
  assert.deepEqual(pick(only('date-mismatch', 'It was a long meeting of Lindqvist and minister Carlos Duarte in Lisbon on Friday.', lisbon)), ['Friday', 'lindqvist-met-duarte']);
  assert.equal(only('date-mismatch', 'The trip came after a summit between Joe Biden and Xi Jinping in Bali in October.', builtIn).fixed, 'The trip came after a summit between Joe Biden and Xi Jinping in Bali in November.');
  // An "and" after something else still opens a new part, with its own date.
  assert.deepEqual(pick(only('date-mismatch', 'Duarte met Ferreira on Wednesday and Lindqvist on Friday.', lisbon)), ['Friday', 'lindqvist-met-duarte']);
});

test('a part that repeats the verb for someone else ("… and Ferreira on Friday") is about that person', () => {
  // Lindqvist met Ferreira, and Ferreira met Lindqvist, on Friday: no event the reference knows.
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte on Thursday and Ferreira on Friday.', 'Ferreira met Duarte on Wednesday and Lindqvist on Friday.'], lisbon);
  assert.deepEqual(pick(only('date-mismatch', 'Duarte met Ferreira on Wednesday, and Lindqvist on Friday.', lisbon)), ['Friday', 'lindqvist-met-duarte']);
});

test('days joined by "and" are one set of dates: one of them right for the event is enough', () => {
  assertNoFinding('date-mismatch', ['Over Wednesday and Thursday Duarte met Ferreira, then Lindqvist.', 'On March 13 and 14 Duarte met Lindqvist and Ferreira.'], lisbon);
  // Neither day right: each is.
  const both = findingsOf('date-mismatch', 'Over Friday and Saturday Duarte met Lindqvist.', lisbon);
  assert.deepEqual(both.map((f) => f.refId), ['lindqvist-met-duarte', 'lindqvist-met-duarte']);
});

test('a sentence naming nobody is about the fact whose people the sentence before supplies', () => {
  // Not Biden's saying on Saturday: the meeting, whose date the sentence before gives rightly.
  assertNoFinding('date-mismatch', ['Blinken met Xi Jinping on Monday. An earlier version of this story said the meeting was on Tuesday.'], builtIn);
  // But a fact of the sentence that agrees is enough: Wednesday's breakfast is Duarte's with Ferreira.
  assertNoFinding('date-mismatch', ['Duarte saw Lindqvist later. The Wednesday breakfast meeting had been shorter.'], lisbon);
  assert.equal(only('date-mismatch', 'Blinken met Xi Jinping. A report said the meeting was on Tuesday.', builtIn).refId, 'blinken-met-xi');
});

test('a year two or more years away, with no day, is another time the people met, not a wrong date', () => {
  assertNoFinding('date-mismatch', ['Lindqvist first met Duarte in 2019.', 'In March 2021 Lindqvist met Duarte in Madrid.', 'Ferreira visited São Paulo in January 2021.'], lisbon);
  // A year off by one, or a date with its day, is still judged.
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte in 2023.', lisbon).refId, 'lindqvist-met-duarte');
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on 14 March 2021.', lisbon).refId, 'lindqvist-met-duarte');
});

test('a year in brackets after a name is when a cited work came out ("Ferreira (2023) wrote"), not when the event was', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte again in July. Ferreira (2023) wrote about the Lindqvist–Duarte meeting.', '- Tagesblatt (2023), *Lindqvist meets Duarte*. 12 May.', 'Nunes et al. (2023) say Lindqvist met Duarte in Lisbon.'], lisbon);
  // The year of a meeting in a place is the meeting's.
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte in Lisbon (2023).', lisbon).refId, 'lindqvist-met-duarte');
});

test('a struck-out date is taken back: the one after it is the claim', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte on ~~Friday~~ Thursday.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on ~~Thursday~~ Friday.', lisbon).refId, 'lindqvist-met-duarte');
});

test('tracked changes (CriticMarkup): a deletion, the old side of a substitution and a comment claim nothing; what is inserted does', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte on {--Friday--}{++Thursday++}.', 'Lindqvist met Duarte on {~~Friday~>Thursday~~}.', 'Lindqvist met Duarte on Thursday. {>>Friday, per the wire?<<}'], lisbon);
  const substituted = only('date-mismatch', 'Lindqvist met Duarte on {~~Thursday~>Friday~~}.', lisbon);
  assert.equal(substituted.flagged, 'Friday');
  assert.equal(substituted.fixed, 'Lindqvist met Duarte on {~~Thursday~>Thursday~~}.');
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on {--Thursday--}{++Friday++}.', lisbon).flagged, 'Friday');
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on {==Friday==}.', lisbon).flagged, 'Friday');
});

test('"March 13 and 14" is two days of one event, read as the range they make', () => {
  assertNoFinding('date-mismatch', ['Duarte arrived on Wednesday; the talks Lindqvist held with Duarte on March 13 and 14 went well.', 'Lindqvist met Duarte over Wednesday and Thursday, March 13 and 14.'], lisbon);
  assert.deepEqual(findingsOf('date-mismatch', 'Lindqvist met Duarte on March 15 and 16.', lisbon).map((f) => f.refId), ['lindqvist-met-duarte']);
  // The second day is no number of anything.
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte on March 13 and 14 hours after the flight.'], lisbon);
});

test('"again", "a second time", "the next meeting" tell of another time the event happened', () => {
  assertNoFinding('date-mismatch', [
    'Lindqvist met Duarte again on Friday.',
    'Lindqvist and Duarte met for a second time on Friday.',
    'The next meeting of Lindqvist and Duarte came on Friday.',
  ], lisbon);
  // The second day of the same talks is no repeat, nor an "again" about something else in the clause.
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on Friday, the second day of talks.', lisbon).refId, 'lindqvist-met-duarte');
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on Friday, and for a while it looked as if nobody would call again.', lisbon).refId, 'lindqvist-met-duarte');
  // Nor the talking a meeting leads to: "met … on Friday to talk again" dates the meeting.
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on Friday to talk again.', lisbon).refId, 'lindqvist-met-duarte');
});

test('"they" after a sentence naming two people is those two', () => {
  // Duarte had breakfast with Ferreira on Wednesday, and met Lindqvist on Thursday.
  assertNoFinding('date-mismatch', ['Duarte and Ferreira are old friends. They met for breakfast on Wednesday, and that meeting led to the Lindqvist talks.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist and Duarte are old rivals. They met on Friday.', lisbon).refId, 'lindqvist-met-duarte');
});

test('a date with its year well after the article is a later occasion of a past event', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte again in Brasília on Friday, 26 April 2024.', 'Lindqvist met Duarte on 2 May 2024 in Geneva.'], lisbon);
  // A day or two off is still a wrong date.
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on 2024-03-16.', lisbon).refId, 'lindqvist-met-duarte');
});

test('"said again" dates the saying: no repeat of an event', () => {
  assert.equal(only('date-mismatch', 'Biden said again on Friday that he hoped to meet Xi in the coming months.', builtIn).refId, 'biden-hopes-to-meet-xi');
});

test('a part that only adds who took part (", with Duarte,", ", meeting Duarte") belongs to the parts around it', () => {
  assert.equal(only('date-mismatch', 'Lindqvist’s first round of talks, with Duarte, came on Friday.', lisbon).refId, 'lindqvist-met-duarte');
  assert.equal(only('date-mismatch', 'Lindqvist spent Friday in Lisbon, meeting Duarte.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Lindqvist’s first round of talks, with Duarte, came on Thursday.', 'Lindqvist met Duarte on Thursday, with Ferreira looking on.'], lisbon);
});

test('a part that only says who someone is (", Brazil’s foreign minister,") belongs to the parts around it', () => {
  for (const draft of ['Lindqvist met Duarte, Brazil’s foreign minister, for four hours on Friday.', 'Lindqvist met Duarte, the Brazilian minister, for four hours on Friday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  assertNoFinding('date-mismatch', [
    'Lindqvist met Duarte, Brazil’s foreign minister, for four hours on Thursday.',
    // Not a description: a verb of saying dates the saying, and a part naming someone else is about them.
    'Lindqvist met Duarte, the minister said on Friday.',
    'Lindqvist met Duarte, a long-time rival of Ferreira, and they flew home on Friday.',
  ], lisbon);
});

test('a dated saying is its speaker’s: another of its people saying something that day is not it', () => {
  const withSaying = lisbonWith(
    eventOfLindqvistAndDuarte('lindqvist-said-agreements', 'Lindqvist said on Thursday 14 March 2024 that both sides would sign new agreements', ['said', 'sign'], { value: '2024-03-14', precision: 'day' }, 'Lindqvist said both sides would sign at least seven new agreements'),
  );
  assert.equal(only('date-mismatch', 'Lindqvist said on Friday that both sides would sign.', withSaying).refId, 'lindqvist-said-agreements');
  assert.equal(only('date-mismatch', 'On Friday Lindqvist, speaking to reporters, said both sides would sign.', withSaying).refId, 'lindqvist-said-agreements');
  assertNoFinding('date-mismatch', ['Duarte said on Friday that both sides would sign.', 'On Friday Duarte said he hoped Lindqvist would come to Brasília.'], withSaying);
  // Its other event words without a verb of saying by its speaker tell of something else.
  assertNoFinding('date-mismatch', ['Lindqvist and Duarte expect Friday to see both sides sign.'], withSaying);
  // A part opened by a participle of speech tells when the saying after it was.
  for (const draft of ['Speaking on Friday, Lindqvist said both sides would sign.', 'Lindqvist, speaking on Friday, said both sides would sign.']) {
    assert.equal(only('date-mismatch', draft, withSaying).refId, 'lindqvist-said-agreements', draft);
  }
  assertNoFinding('date-mismatch', ['Speaking on Thursday, Lindqvist said both sides would sign.', 'Speaking on Friday, Duarte said both sides would sign.', 'Speaking to reporters, Lindqvist said on Thursday that both sides would sign.'], withSaying);
});

test('an event of no one is dated by an event word of several words right by the value, and only where the article is', () => {
  const expiry = {
    id: 'treaty-expires-2026',
    kind: 'event' as const,
    description: 'The EU–Brazil cooperation treaty expires in 2026',
    participants: [],
    triggers: ['treaty expires', 'cooperation treaty', 'treaty'],
    date: { value: '2026', precision: 'year' as const },
    evidence: { offset: at('The 30-year-old cooperation treaty'), text: 'The 30-year-old cooperation treaty between the blocs expires in 2026' },
  };
  const withExpiry = lisbonWith(expiry);
  for (const draft of ['Much now hangs on the 2027 cooperation treaty.', 'The cooperation treaty of 2025 is the one at stake.']) {
    const { refId, fixed } = only('date-mismatch', draft, withExpiry);
    assert.equal(refId, 'treaty-expires-2026', draft);
    assert.match(fixed, /2026/, draft);
  }
  assertNoFinding('date-mismatch', [
    // A one-word event word: treaties come and go.
    'The 2025 treaty on fisheries was signed quickly.',
    // Years apart: another treaty of the kind.
    'The 2019 cooperation treaty with Chile set the pattern.',
    // Someone else’s: a place the article never names.
    'Chile’s 2025 cooperation treaty with Peru was signed quickly.',
    'The 2025 cooperation treaty of Mercosur is another matter.',
    'The 2026 cooperation treaty runs out soon.',
  ], withExpiry);
});

test('a question expecting "yes" claims what it asks: "Wasn’t it on Friday that …?", "…, didn’t she?"', () => {
  for (const draft of ['Wasn’t it on Friday that Lindqvist met Duarte?', 'Lindqvist met Duarte on Friday, didn’t she?', 'And then, didn’t Lindqvist meet Duarte on Friday?']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  assertNoFinding('date-mismatch', ['Wasn’t it on Thursday that Lindqvist met Duarte?', 'Did Lindqvist meet Duarte on Friday?', 'Why didn’t Lindqvist meet Duarte on Friday?'], lisbon);
});

test('a question or a denial claims no date; the part of the sentence that does claim one is still checked', () => {
  assertNoFinding('date-mismatch', [
    'Lindqvist did not meet Duarte on Friday.',
    'Lindqvist didn’t meet Duarte on Friday; she met him on Thursday.',
    'On Friday, Lindqvist did not meet Duarte.',
    'Lindqvist never met Duarte on a Friday.',
    'Did Lindqvist meet Duarte on Friday?',
    'Lindqvist met Duarte not on Friday but on Thursday.',
    'Lindqvist did not meet Duarte, but Ferreira met her on Friday.',
    'Who met Duarte on Friday, Lindqvist or Ferreira?',
    '**Quiz:** did Lindqvist meet Duarte on Friday?**',
  ], lisbon);
  // A date describing the subject's noun is given; the negation after it denies the predicate.
  assertNoFinding('date-mismatch', ['Lindqvist’s talks with Duarte were not Friday’s.'], lisbon);
  for (const draft of ['Lindqvist met Duarte on Friday, not on Thursday.', 'Friday’s talks between Lindqvist and Duarte did not settle the tariffs.', 'Duarte, who had not slept, met Lindqvist on Friday.', 'Lindqvist met Duarte on Friday to tell him “never again”.', 'Lindqvist met Duarte not on Thursday but on Friday.', 'Lindqvist did not meet Duarte on Thursday, but on Friday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
});

test('a start dated by a clause naming who met tells of their meeting ("The first round began on Saturday, when X sat down with Y")', () => {
  for (const verb of ['began', 'opened']) {
    const draft = `Blinken arrived.\n\nThe first round ${verb} on Saturday, Beijing time, when Blinken sat down with Foreign Minister Qin Gang.`;
    assert.equal(only('date-mismatch', draft, builtIn).refId, 'blinken-met-qin-gang', draft);
  }
});

test('the start of a run of events told of only by referring back is not the date of the one last told of', () => {
  // Duarte met Ferreira on Wednesday: the talks did begin then.
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte.\n\nThe talks began on Wednesday.', 'Lindqvist met Duarte.\n\nThe talks opened on Wednesday.', 'Lindqvist met Duarte. The visit kicked off on Wednesday.'], lisbon);
  for (const draft of ['The meeting between Lindqvist and Duarte began on Friday.', 'Lindqvist met Duarte. The talks ended on Friday, a day late.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
});

test('an event word opening the clause is the event told of: the other side comes from the text before', () => {
  for (const draft of ['Lindqvist arrived. Talks with Duarte on Friday lasted about four hours.', 'Lindqvist flew in on Thursday.\n\n- Met Duarte on Friday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  // Someone else's talks, named.
  assertNoFinding('date-mismatch', ['Lindqvist arrived. Talks with Marco Bellini on Friday lasted four hours.', 'Lindqvist arrived. Talks with Ferreira on Friday went well.'], lisbon);
  // A verb addressing the reader: a newsletter's sign-off, not the story.
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte.\n\nMeet us again on Friday.', 'Lindqvist met Duarte.\n\nMeet you on Friday.'], lisbon);
});

test('an event dated only by its year, retold in a word of its evidence, is one occasion: a year far off is wrong', () => {
  // The built-in set dates "a brief stop in 2018 by his predecessor Mike Pompeo" by its year only.
  assert.equal(only('date-mismatch', 'Mike Pompeo made a brief stop in Beijing in 2016.', builtIn).refId, 'pompeo-stop-2018');
  // Another visit, or another meeting of people who meet often, two years or more away.
  assertNoFinding('date-mismatch', ['Mike Pompeo visited Beijing in 2016.', 'Biden met Xi in 2011.', 'Biden and Xi met in Bali in November 2019.'], builtIn);
});

test('a date inside a time counted from an event dates that event only', () => {
  // Duarte arrived on Wednesday; he met Lindqvist on Thursday.
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte a day after he arrived on Wednesday.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte a day after he arrived on Tuesday.', lisbon).refId, 'duarte-arrived-wednesday');
});

test('a date before "the day after" an event is not the event’s; a meeting at a distance is another occasion', () => {
  assertNoFinding('date-mismatch', [
    'On Friday, the day after she met Duarte, Lindqvist flew home.',
    'A day after Lindqvist met Duarte, on Friday, she flew home.',
    // Nor are the people of such a phrase the event's, nor a name modifying a noun ("the Lindqvist talks") a "his".
    'A week after the Lindqvist talks, on Friday, Duarte made his last appearance, meeting officials in Lisbon.',
    'Lindqvist and Duarte held video talks on Friday.',
    'Lindqvist and Duarte met by phone on Friday.',
  ], lisbon);
  // Inside the phrase, the date is the event's; and talks in person are the reference's meeting.
  for (const draft of ['Lindqvist flew home hours after meeting Duarte on Friday.', 'Lindqvist and Duarte held talks on Friday.', 'Two days before, Lindqvist met Duarte on Friday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
});

test('one participant talking to the other in person, or a session or discussions, tell of their meeting', () => {
  for (const draft of ['On Friday Lindqvist told Duarte that the talks would go on.', 'On Friday Lindqvist spoke with Brazil’s foreign minister Carlos Duarte.', 'Lindqvist’s session with Duarte took place on Friday.', 'Lindqvist held discussions with Duarte on Friday.', 'Lindqvist was upbeat on Friday, telling Duarte that the talks would go on.', 'On Friday Lindqvist sat across from Duarte for two hours.', 'Lindqvist huddled with Duarte on Friday.', 'On Friday Lindqvist negotiated with Duarte.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  assertNoFinding('date-mismatch', [
    // Told someone else, by someone else, at a distance, or a saying about the meeting.
    'Lindqvist told reporters on Friday that her meeting with Duarte went well.',
    'On Friday Lindqvist sat across from reporters on the plane.',
    'On Friday Lindqvist huddled with her aides before Duarte arrived.',
    'On Friday Lindqvist told Ferreira that Duarte would sign.',
    'On Friday Lindqvist spoke with Duarte by phone.',
    'Lindqvist was upbeat on Friday, telling reporters that Duarte would sign.',
  ], lisbon);
  // A verb of saying dating the value, then telling the other participant right after its comma: said at the meeting.
  for (const draft of ['Lindqvist offered one on Friday, telling Duarte that the talks would go on.', 'Lindqvist offered assurances on Friday, telling Carlos Duarte that the talks would go on.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  assertNoFinding('date-mismatch', ['Lindqvist offered assurances on Friday, telling reporters that Duarte would sign.', 'Lindqvist said on Friday that she had been telling Duarte for months that the talks would go on.'], lisbon);
  // Someone named in a relative clause closed before the verb does not say it: the subject does.
  for (const draft of ['Lindqvist, who had praised Ferreira at length, was upbeat on Friday, telling Duarte that the talks would go on.', 'Lindqvist, who had praised Ferreira, told Duarte on Friday that the talks would go on.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  assertNoFinding('date-mismatch', ['Lindqvist, who had praised Ferreira at length, was upbeat on Thursday, telling Duarte that the talks would go on.'], lisbon);
  // A verb inside the relative clause is its own: Ferreira telling Duarte is their meeting.
  assert.equal(only('date-mismatch', 'Lindqvist praised Ferreira, who was on Friday telling Duarte that trade would grow.', lisbon).refId, 'duarte-met-ferreira');
});

test('what a sentence supposes did not happen claims no date; a past perfect or a plan still does', () => {
  assertNoFinding('date-mismatch', [
    'If Lindqvist had met Duarte on Friday, the deal would have slipped.',
    'Had Lindqvist met Duarte on Friday, the deal would have slipped.',
    'The deal held. And had Lindqvist met Duarte on Friday, it would have slipped.',
    'But had the talks with Duarte slipped to Friday, Lindqvist would have missed them.',
    'Lindqvist might have met Duarte on Friday had the flight been on time.',
    'Lindqvist could have met Duarte on Friday.',
  ], lisbon);
  for (const draft of ['Duarte, tired after the flight, had met Lindqvist on Friday.', 'And Lindqvist had met Duarte on Friday.', 'If all goes well, Lindqvist meets Duarte on Friday.', 'Lindqvist met Duarte on Friday, and it would have been unthinkable a year ago.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  // Numbers too.
  assertNoFinding('number-mismatch', ['If Lindqvist and Duarte had talked for six hours, the deal would have been signed.'], lisbon);
});

test('a saying dated at a meeting ("said on Friday, in a meeting with Duarte, …") dates the meeting', () => {
  assert.equal(only('date-mismatch', 'Lindqvist said on Friday, in a meeting with Duarte, that both sides would sign.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Lindqvist said on Friday, in an interview, that her meeting with Duarte went well.', 'Lindqvist said on Friday that her meeting with Duarte went well.'], lisbon);
  // An occasion may take several words before its "with".
  assert.equal(only('date-mismatch', 'Lindqvist raised tariffs on Friday, during her long four-hour session with Duarte.', lisbon).refId, 'lindqvist-met-duarte');
});

test('an unknown name set off after a description is the subject; a footnote or a heading does not continue the text above it', () => {
  assertNoFinding('date-mismatch', ['Lindqvist flew in on Thursday. Its trade envoy, Marco Bellini, met Duarte on Friday.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist flew in on Thursday. Its trade commissioner, Lindqvist, met Duarte on Friday.', lisbon).refId, 'lindqvist-met-duarte');
  const above = 'Lindqvist met Duarte on Thursday. Duarte met Ferreira on Wednesday.';
  assert.equal(only('date-mismatch', `${above}\n\nThe meeting took place on a Friday.`, lisbon).refId, 'duarte-met-ferreira');
  assertNoFinding('date-mismatch', [`${above}[^1]\n\n[^1]: The meeting took place on a Friday.`], lisbon);
  // A heading is about the section it opens, not about what was told just before it.
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte.\n\n## Friday — the long session\n\nFerreira spoke first.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte.\n\n## Friday: Lindqvist and Duarte talk\n\nFerreira spoke first.', lisbon).refId, 'lindqvist-met-duarte');
});

test('a month three or more months from the event’s is another occasion; a month or two off is a wrong date', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte in July.', 'In October 2023 Lindqvist met Duarte in Brussels.', 'Lindqvist met Duarte again on 20 June.'], lisbon);
  for (const draft of ['Lindqvist met Duarte in May.', 'Lindqvist met Duarte on 14 January 2024.', 'Lindqvist met Duarte on 14 March 2023.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
});

test('a meeting in a town the source article never names is another occasion', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte in Madrid on 20 March.'], lisbon);
  // A town the article names, or a venue (not written as a town is), leaves the date to be checked.
  for (const draft of ['Lindqvist met Duarte in Lisbon on 20 March.', 'Lindqvist met Duarte in the Ajuda Palace on Friday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
});

test('a title given to someone is who they are, not an event word of a fact that lists it', () => {
  // The built-in set lists "national security advisers" among the event words of the advisers' joint talks (June).
  assertNoFinding('date-mismatch', [
    'In May 2023 he held talks in Vienna with Jake Sullivan, Biden’s national security adviser.',
    'In May 2023 he held talks in Vienna with national security adviser Jake Sullivan.',
    'Jake Sullivan, the White House national security adviser, met him in Vienna in May.',
  ], builtIn);
  assert.equal(only('date-mismatch', 'Sullivan joined the first joint talks of national security advisers in May.', builtIn).refId, 'security-advisers-joint-talks');
});

test('"Friday\'s meeting" refers back like "the meeting"; a stranger in the other side\'s place is another meeting', () => {
  assert.equal(only('date-mismatch', 'Lindqvist spoke to reporters. Friday’s meeting with Duarte ran late.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', [
    'Lindqvist spoke to reporters. Thursday’s meeting with Duarte ran late.',
    'Lindqvist spoke to reporters. Jonas Berg flew in weeks later. Friday’s meeting with Duarte ran late.',
  ], lisbon);
  // One side of the first round of talks, with someone the reference does not know in the other's place.
  assertNoFinding('date-mismatch', ['Qin Gang held a first round of talks with Janet Yellen on Monday.', 'Janet Yellen’s first round of talks with Qin Gang was on Monday.'], builtIn);
  assert.equal(only('date-mismatch', 'The first round of talks with Qin Gang was on Monday.', builtIn).refId, 'blinken-met-qin-gang');
  // The sentence before supplies one side, but the stranger after "with" stands where it would be.
  assertNoFinding('date-mismatch', ['Blinken spoke to reporters. The Qin session with Janet Yellen had taken place on Monday.'], builtIn);
  assert.equal(only('date-mismatch', 'Blinken spoke to reporters. The Qin session had taken place on Monday.', builtIn).refId, 'blinken-met-qin-gang');
});

test('someone of the event nearer a day told relative to the date ("the next day") is at another event', () => {
  assertNoFinding('date-mismatch', ['Our photographers followed Duarte from his first meeting on Wednesday to his talks with Lindqvist the next day.'], lisbon);
  assert.equal(only('date-mismatch', 'On Friday Duarte met Lindqvist, and Ferreira the next day.', lisbon).refId, 'lindqvist-met-duarte');
  // A day put before everyone the sentence names dates them all.
  const fronted = (hours: string) => `The next day, Blinken sat with Wang Yi, China’s top diplomat, for a roughly ${hours} meeting.`;
  assert.equal(only('number-mismatch', fronted('four-hour'), builtIn).refId, 'blinken-wang-yi-three-hours');
  assertNoFinding('number-mismatch', [fronted('three-hour')], builtIn);
});

test('a pronoun inside a verb and its particle ("called it off"), and "put off" for a postponement', () => {
  assert.equal(only('date-mismatch', 'Blinken called it off in March.', builtIn).refId, 'trip-postponed-february');
  assertNoFinding('date-mismatch', ['Blinken called it off in February.'], builtIn);
  for (const draft of ['Lindqvist put off the summit in October.', 'Lindqvist put it off in October.', 'Lindqvist put the summit off in October.', 'Lindqvist put her summit off in October.', 'Lindqvist put the whole thing off in October.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'summit-postponed-november', draft);
  }
  assertNoFinding('date-mismatch', ['Lindqvist put it off in November.', 'Lindqvist put the summit off in November.', 'Lindqvist was put off by the tariffs in October.', 'Lindqvist put the whole thing off in November.'], lisbon);
  // No more than one word before the noun.
  assertNoFinding('date-mismatch', ['Lindqvist put the long and costly summit off in October.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist shelved the summit in October.', lisbon).refId, 'summit-postponed-november');
  // "pushed back" and "deferred" too; "pushed back against" or "on" something is resisting it.
  for (const draft of ['Lindqvist pushed the summit back in October.', 'Lindqvist deferred the summit in October.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'summit-postponed-november', draft);
  }
  assertNoFinding('date-mismatch', ['Lindqvist pushed back against the tariffs in October.', 'Lindqvist pushed back on the summit in October.', 'Lindqvist pushed the summit back in November.'], lisbon);
});

test('a clause opening with a verb is the subject’s named before it: "**Lindqvist** — …; met Duarte on Thursday"', () => {
  const glossary = (entry: string) => `**Carlos Duarte** — Brazil’s foreign minister; met Ana Ferreira on Wednesday morning.\n\n**Maria Lindqvist** — the EU trade commissioner; ${entry}`;
  assertNoFinding('date-mismatch', [glossary('met Duarte on Thursday for about four hours.')], lisbon);
  assert.equal(only('date-mismatch', glossary('met Duarte on Friday.'), lisbon).refId, 'lindqvist-met-duarte');
});

test('a date in a phrase of its own before a verb of saying dates the saying, unless an event word comes first', () => {
  assertNoFinding('date-mismatch', [
    'On Friday, a spokesman said Lindqvist had met Duarte.',
    'On Friday, the day before the talks, the spokesman said Lindqvist would meet Duarte.',
  ], lisbon);
  // The built-in set's saying fact is Biden's, on Saturday; the speaker is only "the president" here.
  assertNoFinding('date-mismatch', ['On Saturday, the day before Blinken arrived, the president said he hoped to meet Xi.'], builtIn);
  // "That" followed by a subject is the event told before, not the start of a clause naming the event counted from.
  assertNoFinding('date-mismatch', ['Earlier on Monday, Blinken spent three hours with Wang Yi. A day before that he held talks with Qin Gang, after which both sides agreed to keep talking.'], builtIn);
  assert.equal(only('date-mismatch', 'On Friday, Lindqvist met Duarte and said the talks went well.', lisbon).refId, 'lindqvist-met-duarte');
});

test('"the" before a title or a word for a person does not refer back to the event before', () => {
  // The built-in set has "secretary of state" as an event word (the first secretary of state in five years).
  assertNoFinding('date-mismatch', ['Blinken met Xi. The secretary spent Sunday in talks.'], builtIn);
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte. The meeting was on Friday.', lisbon).refId, 'lindqvist-met-duarte');
});

test('a title stands for its holder, not when it is past or given to someone the reference does not know', () => {
  for (const draft of ['The trade commissioner met Duarte on Friday.', 'Brazil’s foreign minister met Lindqvist on Friday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  assertNoFinding('date-mismatch', [
    'The former trade commissioner met Duarte on Friday.',
    'Brazil’s former foreign minister met Lindqvist on Friday.',
    'Trade commissioner Anna Berg met Duarte on Friday.',
    'Anna Berg, the trade commissioner until 2019, met Duarte on Friday.',
  ], lisbon);
});

test('a title after a name and a comma is a description of it, but the subject when a verb of saying follows it', () => {
  // "In a meeting with Duarte, the trade commissioner said …": the commissioner, after a phrase put first, is there.
  const draft = 'On Friday, in a meeting with Carlos Duarte, the trade commissioner said the talks went well.';
  assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  // "Carlos Duarte, the trade commissioner, …" describes Duarte (wrongly): it names no one else at the meeting.
  assertNoFinding('date-mismatch', [
    'On Friday, Carlos Duarte, the trade commissioner, said the talks went well.',
    'On Friday, reporters met Carlos Duarte, the trade commissioner.',
    'On Friday, in a meeting with Carlos Duarte, the trade commissioner, reporters said the talks went well.',
  ], lisbon);
});

test('a sentence opening with a given name that is also a word, an opener and a surname, or a stranger’s surname, names someone', () => {
  assertNoFinding('date-mismatch', [
    'Duarte arrived on Wednesday. Mark Bellini landed later. He met Lindqvist on Friday.',
    'Duarte arrived on Wednesday. When Bellini landed, he met Lindqvist on Friday.',
    // The surname alone, of a name written in full before: that person, not the story's subject.
    'Duarte arrived on Wednesday. Marco Bellini landed on Thursday. Bellini met Lindqvist on Friday, the day of the talks.',
  ], lisbon);
  // Not a preposition before a place, nor a day.
  for (const draft of ['Duarte arrived on Wednesday. In Lisbon he met Lindqvist on Friday.', 'Duarte arrived on Wednesday. On Friday he met Lindqvist.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
});

test('an event word whose subject is someone the reference does not know is another person’s event', () => {
  // Only the first Tuesday is Lindqvist's meeting with Duarte.
  const text = 'Lindqvist met Duarte on Tuesday, and Jorge Santos met Duarte on Tuesday too.';
  assert.deepEqual(findingsOf('date-mismatch', text, lisbon).map((f) => f.start), [text.indexOf('Tuesday')]);
  assertNoFinding('date-mismatch', ['Mike Pompeo stopped briefly in Beijing in 2018; before him, Rex Tillerson visited in 2017.'], builtIn);
  // The reference's person right before the event word is still judged.
  assert.equal(only('date-mismatch', 'Jorge Santos and Duarte flew home, and Duarte arrived on Monday.', lisbon).flagged, 'Monday');
});

test('a part opening with "while" or "when" right after the date tells of the same time, and is the occasion of a saying', () => {
  for (const draft of [
    'Duarte struck a friendly note on Tuesday while meeting Ana Ferreira.',
    // A note struck is a tone, not a saying the date belongs to.
    'Duarte struck a friendly note on Tuesday, telling Ana Ferreira that trade would grow.',
    'Duarte sounded upbeat on Tuesday, when he met Ferreira.',
    // A date's own commas set off nothing: "Tuesday, 12 March," is one date.
    'The visit ended on Tuesday, March 12, when Duarte met Ferreira.',
    'The visit ended on March 12, 2024, when Duarte met Ferreira.',
  ]) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'duarte-met-ferreira', draft);
  }
  assertNoFinding('date-mismatch', [
    'Duarte sent a note on Tuesday to thank Ferreira for the meeting.',
    'Duarte struck a friendly note on Wednesday while meeting Ana Ferreira.',
    'The visit ended on Wednesday, March 13, when Duarte met Ferreira.',
    // Not a part of its own: the meeting is told of, not dated.
    'Duarte made a call on Tuesday to thank Ferreira for the meeting.',
    'Duarte said on Tuesday, when Lindqvist was in Brussels, that he had met Ferreira.',
  ], lisbon);
  // Someone else as the next part's subject makes it another event, whose date does not set this one right.
  for (const draft of ['Duarte arrived on Tuesday, while Ferreira met Lindqvist on Wednesday.', 'Duarte arrived on Tuesday, while prime minister Ferreira met Lindqvist on Wednesday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'duarte-arrived-wednesday', draft);
  }
});

test('"the" and a noun before a verb is someone else acting, not a definite mention of the event told of before', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte in Lisbon. The council met on Tuesday.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte in Lisbon. The meeting ran late on Tuesday.', lisbon).refId, 'lindqvist-met-duarte');
  // A word joined by a hyphen may describe the event first.
  assert.equal(only('date-mismatch', 'Lindqvist flew in. The long-awaited meeting with Duarte took place on Friday.', lisbon).refId, 'lindqvist-met-duarte');
});

test('one side named and the other described by a title the person named before holds ("the commissioner")', () => {
  assert.equal(only('date-mismatch', 'Lindqvist flew in. On Tuesday, the commissioner held talks with Duarte.', lisbon).refId, 'lindqvist-met-duarte');
  // The title is Lindqvist's: Duarte, named before, is not who held talks with Ferreira.
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte. On Thursday, the commissioner held talks with Ana Ferreira for six hours.'], lisbon);
  // After the event word, as whom the named one met, when every word of the description fits the person's role.
  assert.equal(only('date-mismatch', 'Lindqvist flew in. Duarte held talks with the European trade commissioner on Tuesday.', lisbon).refId, 'lindqvist-met-duarte');
  assert.equal(only('date-mismatch', 'For Blinken’s colleagues, Wang is no stranger. Jake Sullivan met the senior Chinese foreign policy adviser in Vienna in April.', builtIn).refId, 'sullivan-met-wang-yi-vienna');
  // Whose title a possessive tells ("Biden’s national security adviser") is no one acting.
  assert.equal(only('date-mismatch', 'For Blinken’s colleagues, Wang is no stranger. Jake Sullivan, Biden’s national security adviser, met the senior Chinese foreign policy adviser in Vienna in April.', builtIn).refId, 'sullivan-met-wang-yi-vienna');
  assertNoFinding('date-mismatch', ['Duarte flew in on Monday. Lindqvist met the trade minister on Friday.', 'Lindqvist flew in. Duarte held talks with the agriculture commissioner on Tuesday.'], lisbon);
  // A title only one person holds stands for them, with their country before it but not another's.
  assert.equal(only('date-mismatch', 'Lindqvist met the Brazilian foreign minister on Friday.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Duarte flew in on Monday. Lindqvist met the Japanese foreign minister on Friday.', 'Lindqvist met the Japanese foreign minister on Friday.'], lisbon);
});

test('a misspelt full name stands for the person it misspells; a name near no one’s stays a stranger', () => {
  assert.equal(only('date-mismatch', 'Ana Fereira met Duarte on Thursday.', lisbon).refId, 'duarte-met-ferreira');
  assert.equal(only('date-mismatch', 'Trade commissioner Maria Lindkvist met Duarte on Tuesday.', lisbon).refId, 'lindqvist-met-duarte');
  // A long surname alone.
  assert.equal(only('date-mismatch', 'Lindkvist met Duarte on Tuesday.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Jorge Santos met Duarte on Thursday.'], lisbon);
});

test('a claim the sentence reports and the next sentence opens by disputing is not the draft’s', () => {
  assertNoFinding('date-mismatch', ['A post claimed that Lindqvist met Duarte on Tuesday. That is wrong: they met on Thursday.'], lisbon);
  // "Neither was right." disputes every claim just told.
  assertNoFinding('date-mismatch', ['One explainer put the meeting of Lindqvist and Duarte on a Tuesday; a chyron called it a surprise. Neither was right.'], lisbon);
  assertNoFinding('number-mismatch', ['Reports said Lindqvist and Duarte talked for six hours. In fact, they talked for about four.'], lisbon);
  // What a piece of text said is a claim reported too ("A timeline gave …").
  assertNoFinding('number-mismatch', ['A timeline gave the length of the talks between Lindqvist and Duarte as six hours. In fact, they talked for about four.'], lisbon);
  // A denial standing alone disputes it too; not one going on with a verb of its own, nor a claim that is the draft's own.
  assertNoFinding('date-mismatch', ['A post claimed that Lindqvist met Duarte on Tuesday. They did not.', 'A post claimed that Lindqvist met Duarte on Tuesday. It didn’t.'], lisbon);
  assert.equal(only('date-mismatch', 'A post claimed that Lindqvist met Duarte on Tuesday. It did not rain.', lisbon).flagged, 'Tuesday');
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on Tuesday. They did not.', lisbon).flagged, 'Tuesday');
  // Not disputed: the claim is judged.
  assert.equal(only('number-mismatch', 'Reports said Lindqvist and Duarte talked for six hours. They did.', lisbon).flagged, 'six hours');
  assert.equal(only('number-mismatch', 'A timeline gave the length of the talks between Lindqvist and Duarte as six hours. They were long.', lisbon).flagged, 'six hours');
});

test('"spent … with", "sat with" and "hosted" a participant are meeting words; "the next morning" is a time, not another meeting', () => {
  for (const draft of ['Lindqvist spent time with Duarte on Tuesday.', 'Duarte hosted Lindqvist on Tuesday.', 'Lindqvist sat with Duarte on Tuesday.', 'The next morning Lindqvist sat with Duarte on Tuesday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  assertNoFinding('date-mismatch', ['Lindqvist spent Tuesday with her staff.', 'Lindqvist spent Tuesday writing and met Duarte on Thursday.', 'At the next meeting Lindqvist sat with Duarte on Tuesday.'], lisbon);
});

test('time spent together by two of the fact\'s people named as its subject, or as "the two" after a sentence naming only them, is their meeting; by one of them and someone else, or by "they", it is not', () => {
  for (const draft of ['Lindqvist and Duarte spent about four hours together on Tuesday.', 'Lindqvist and Duarte had sat together for hours on Tuesday.', 'Lindqvist met Duarte in Lisbon. The two women spent the whole of Tuesday together.', 'Duarte welcomed Lindqvist. The pair then sat together on Tuesday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  // The two the sentence before names are whose meeting it is.
  assert.equal(only('date-mismatch', 'Duarte met Ferreira. The two women spent Tuesday together.', lisbon).refId, 'duarte-met-ferreira');
  assertNoFinding(
    'date-mismatch',
    [
      'Lindqvist and Duarte spent about four hours together on Thursday.',
      'Lindqvist and Ferreira spent Tuesday together in Porto.',
      'Lindqvist spent Tuesday together with her staff.',
      'Lindqvist and Duarte spent Tuesday, before they met, apart and together with their teams.',
      'Lindqvist and Duarte spent years together on committees before 2010.',
      // "They" may be others: Duarte and Ferreira here.
      'Lindqvist flew in. Duarte phoned Ferreira. They spent Tuesday together.',
      'Lindqvist met Duarte. They spent Tuesday together.',
      // The sentence before names someone else too, or one of them only.
      'Lindqvist met Duarte and Ferreira. The two women spent Tuesday together.',
      'Lindqvist met Duarte and Pedro Gomes. The two spent Tuesday together.',
      'Lindqvist arrived in Lisbon. The two women spent Tuesday together.',
    ],
    lisbon,
  );
});

test('a title after a possessive is that person\'s, no event word: "Biden\'s national security adviser met … in May" is not the advisers\' joint talks', () => {
  assertNoFinding('date-mismatch', ["Biden's national security adviser met the senior Chinese foreign policy adviser in May.", "Biden's national security adviser did meet the senior Chinese foreign policy adviser in May, but in Vienna."], builtIn);
  // The title as a group's event word still tells of the talks.
  assert.equal(only('date-mismatch', 'The national security advisers of Japan and the Philippines held joint talks with Jake Sullivan in April.', builtIn).refId, 'security-advisers-joint-talks');
});

test('an event word with "first" or "final" is written with "opening" or "closing" too', () => {
  const reference = lisbonWith(eventOfLindqvistAndDuarte('lindqvist-duarte-first-round', 'The first round of talks between Lindqvist and Duarte was on Thursday 14 March 2024', ['first round', 'final day'], { value: '2024-03-14', precision: 'day' }, 'European trade commissioner Maria Lindqvist'));
  for (const draft of ['Lindqvist arrived in Lisbon. The opening round came on Tuesday.', 'Lindqvist and Duarte spoke of trade. The closing day was Tuesday.']) {
    assert.equal(only('date-mismatch', draft, reference).refId, 'lindqvist-duarte-first-round', draft);
  }
  assertNoFinding('date-mismatch', ['Lindqvist arrived in Lisbon. The opening round came on Thursday.', 'Lindqvist arrived in Lisbon. The opening of the fair came on Tuesday.'], reference);
});

test('a name after "to" or "in" is where, not who; "the last secretary of state" is not the holder', () => {
  for (const draft of ['The previous visitor to Beijing was Mike Pompeo, who made a brief stop in 2017.', 'The last secretary of state to visit was Mike Pompeo, during a brief stop in 2017.', 'The last secretary of state to go, Mike Pompeo, stopped in Beijing in 2017.', 'The last American secretary of state to make the journey was Mike Pompeo, during a brief stop in 2017.', 'The last top US diplomat to visit Beijing was Mike Pompeo, on a brief stop in 2017.']) {
    assert.equal(only('date-mismatch', draft, builtIn).refId, 'pompeo-stop-2018', draft);
  }
  assertNoFinding('date-mismatch', ['The previous visitor to Beijing was Mike Pompeo, who made a brief stop in 2018.', 'The last secretary of state to visit was Mike Pompeo, during a brief stop in 2018.', 'The last top US diplomat to visit Beijing was Mike Pompeo, on a brief stop in 2018.'], builtIn);
  // A value after ", who" is told of the person named right before it, after "to" or not.
  assertNoFinding('date-mismatch', ['The post went to Qin, who followed Wang and met Blinken on Sunday.', 'The post went to Qin Gang, who had succeeded Wang in it and who met Blinken on the Sunday.'], builtIn);
  assert.equal(only('date-mismatch', 'The post went to Duarte, who met Lindqvist on Tuesday.', lisbon).flagged, 'Tuesday');
});

test('a verb joined after the value does not date it when the event’s word comes first; an opening object keeps its title', () => {
  assert.equal(only('date-mismatch', 'Duarte met Ana Ferreira, a friend, on Tuesday and said little.', lisbon).flagged, 'Tuesday');
  assertNoFinding('date-mismatch', ['Duarte met Ana Ferreira, a friend, on Wednesday and said little.', 'On Tuesday Duarte said little about his talks.'], lisbon);
  // "he" after "meeting Microsoft co-founder Bill Gates" is not Gates.
  assert.equal(only('date-mismatch', 'Xi was upbeat. On Thursday, meeting Microsoft co-founder Bill Gates, he praised China.', builtIn).refId, 'xi-met-gates');
  assertNoFinding('date-mismatch', ['Xi was upbeat. On Friday, meeting Microsoft co-founder Bill Gates, he praised China.'], builtIn);
});

test('a wire dateline dates the story, not an event: the sentence after it is judged on its own dates', () => {
  for (const draft of ['BEIJING, June 19 (Reuters) - Blinken met Xi on Sunday.', 'WASHINGTON, D.C., June 19 (AP) — Blinken met Xi on Sunday.']) {
    assert.equal(only('date-mismatch', draft, builtIn).flagged, 'Sunday', draft);
  }
  assertNoFinding('date-mismatch', ['BEIJING, June 21 (Reuters) - Blinken, who met Xi on Monday, flew home.'], builtIn);
  assertNoFinding('date-mismatch', ['LISBON, March 16 (Reuters) - Lindqvist met Duarte on Thursday, officials said.'], lisbon);
});

test('"more than three hours" qualifies a number: the people after it are still in the clause', () => {
  assert.equal(only('date-mismatch', 'Lindqvist met Ferreira. On Wednesday, she talked for more than three hours with Duarte, and they agreed.', lisbon).flagged, 'Wednesday');
  assertNoFinding('date-mismatch', ['Lindqvist met Ferreira. On Thursday, she talked for more than three hours with Duarte, and they agreed.'], lisbon);
  assertNoFinding('date-mismatch', ['Blinken met Xi. On Sunday, he talked for more than five hours with Qin Gang, and they agreed.'], builtIn);
});

test('a claim the sentence reports, set right by the next sentence of its paragraph, is not the draft’s', () => {
  assertNoFinding('date-mismatch', ['Some reports said Lindqvist met Duarte on Tuesday. She met him on Thursday.'], lisbon);
  // A letter, or a verb by which one text tells of what another said.
  assertNoFinding('date-mismatch', ['A letter had Lindqvist meeting Duarte on Tuesday. She met him on Thursday.', 'A reader referred to Lindqvist’s Tuesday meeting with Duarte. She met him on Thursday.', 'One reader placed the Lindqvist–Duarte meeting on Tuesday. In fact she met him on Thursday.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on Tuesday. She met him on Thursday.', lisbon).flagged, 'Tuesday');
  // Later in its sentence, after a semicolon, a dash or "but", by the fact's own date; not by another event's.
  assertNoFinding('date-mismatch', ['The memo says Lindqvist met Duarte on Tuesday; she met him on Thursday.', 'The memo says Lindqvist met Duarte on Tuesday, but it was Thursday.'], lisbon);
  assert.equal(only('date-mismatch', 'The memo says Lindqvist met Duarte on Tuesday and Ferreira on Wednesday.', lisbon).flagged, 'Tuesday');
  // "secretary of state" reports no claim: the next sentence's 2018 is another event's.
  assert.equal(only('date-mismatch', 'Blinken became the first secretary of state to visit since Mike Pompeo’s brief stop in 2017. Tariffs on Chinese goods landed in July 2018.', builtIn).flagged, '2017');
  // Set right by the fact's own date, though the sentence goes on to another event of that date.
  assertNoFinding('date-mismatch', ['A reader’s email said Blinken’s trip was first postponed in March. It was postponed in February, after a Chinese surveillance balloon was shot down over the United States.'], builtIn);
});

test('a claim the sentence reports as wrong ("wrongly says", "misstated", "the claim that … is false") is not the draft’s', () => {
  assertNoFinding('date-mismatch', ['The memo wrongly says Lindqvist met Duarte on Tuesday.', 'An earlier version misstated that Lindqvist met Duarte on Tuesday.', 'Critics falsely claimed Lindqvist met Duarte on Tuesday.', 'The claim that Lindqvist met Duarte on Tuesday is false.', 'The memo’s line that Lindqvist met Duarte on Tuesday is also wrong; it was Thursday.'], lisbon);
  // Named as reports of it, or by a noun for the value itself.
  assertNoFinding('date-mismatch', ['Reports of a Tuesday meeting between Lindqvist and Duarte are wrong.'], lisbon);
  assertNoFinding('number-mismatch', ['Lindqvist met Duarte on Thursday. The nine-hour figure for their talks is wrong.'], lisbon);
  assert.equal(only('number-mismatch', 'Lindqvist met Duarte on Thursday. Their talks lasted nine hours, and the mood was wrong.', lisbon).flagged, 'nine hours');
  // "wrong" said of something else, or of no claim named.
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on Tuesday, which was wrong of her.', lisbon).flagged, 'Tuesday');
  for (const draft of ['The memo says Lindqvist met Duarte on Tuesday.', 'Lindqvist wrongly met Duarte on Tuesday, without her advisers.']) {
    assert.equal(only('date-mismatch', draft, lisbon).flagged, 'Tuesday', draft);
  }
});

test('a sentence opening with the surname of someone the reference does not know, named before with a possessive, is about them', () => {
  assertNoFinding('date-mismatch', ["Duarte flew in for the talks. The talks recalled Richard Nixon's visit. Nixon himself arrived on Tuesday."], lisbon);
  assert.equal(only('date-mismatch', "Duarte flew in for the talks. The talks recalled Richard Nixon's visit. Duarte arrived on Tuesday.", lisbon).refId, 'duarte-arrived-wednesday');
});

test('a possessive before a noun for someone tied to that person ("Duarte’s counterpart") is not who acts', () => {
  for (const draft of ['Duarte’s counterpart, Ana Ferreira, visited São Paulo in March.', "Duarte's counterpart Ana Ferreira visited São Paulo in March."]) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'ferreira-visited-sao-paulo', draft);
  }
  assertNoFinding('date-mismatch', ["Lindqvist's aide, Tom Berg, met Duarte on Tuesday.", "Lindqvist's former deputy met Duarte on Tuesday.", "Lindqvist met Duarte's deputy on Tuesday."], lisbon);
  // Not a noun for a person: the possessive is still the event's.
  for (const draft of ["Lindqvist's talks with Duarte came on Tuesday.", 'Lindqvist, Duarte’s counterpart, met him on Tuesday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
});

test('a day right before the event word, opening a paragraph that leaves some of the event’s people to the text before, may pick out another event of that day', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte for four hours. But it was the Wednesday meeting that set the tone.', 'Lindqvist met Duarte for four hours.\n\nThe Wednesday meeting was tense.', "Lindqvist met Duarte for four hours.\n\nWhen Wednesday's meeting ended, they left.", 'Lindqvist met Duarte for four hours.\n\nVerdict: false. The Wednesday meeting was tense.'], lisbon);
  // Naming one side leaves the other to the text before: that side's own meeting of that day may be meant.
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte for four hours.\n\nIn the Wednesday sessions, quotas were pressed for by Duarte.'], lisbon);
  // No event of that day, the date not before the event word, the event's people named, or the same paragraph: still judged.
  for (const draft of [
    'Lindqvist met Duarte for four hours.\n\nThe Tuesday meeting was tense.',
    'Lindqvist met Duarte for four hours.\n\nThe meeting was on Wednesday.',
    "Lindqvist met Duarte for four hours.\n\nLindqvist's Wednesday meeting with him was tense.",
    'Lindqvist met Duarte for four hours. The Wednesday meeting was tense.',
    'Lindqvist met Duarte for four hours.\n\nIn the Tuesday sessions, quotas were pressed for by Duarte.',
    'Lindqvist met Duarte for four hours.\n\nIn the Wednesday sessions, quotas were pressed for by Lindqvist.',
  ]) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
});

test('a phrase put first dates a part joined after a saying with a subject of its own ("In October, Brussels said …, and Lindqvist postponed …")', () => {
  assert.equal(only('date-mismatch', 'In October, Brussels said the talks were stalled, and Lindqvist postponed the summit.', lisbon).refId, 'summit-postponed-november');
  // The right month; and the saying's own date, what was said not joined with a subject of its own.
  assertNoFinding('date-mismatch', ['In November, Brussels said the talks were stalled, and Lindqvist postponed the summit.', 'In October, Brussels said the summit had been postponed.'], lisbon);
});

test('dates do not add up: of two events whose people a sentence names, a wrong date is the nearer one’s', () => {
  const draft = 'Four hours of talks between Duarte and Lindqvist on 12 March preceded a meeting of Ferreira and Duarte on 13 March.';
  const finding = only('date-mismatch', draft, lisbon);
  assert.equal(finding.flagged, '12 March');
  assert.equal(finding.refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Four hours of talks between Duarte and Lindqvist on 14 March followed a meeting of Ferreira and Duarte on 13 March.'], lisbon);
});

test('a date standing alone as a sentence is the date of what the next sentence of its paragraph tells (a timeline)', () => {
  const finding = only('date-mismatch', '**Tuesday, 12 March.** Lindqvist meets Duarte in Lisbon.', lisbon);
  assert.equal(finding.refId, 'lindqvist-met-duarte');
  assert.equal(finding.fixed, '**Thursday, 14 March.** Lindqvist meets Duarte in Lisbon.');
  assertNoFinding('date-mismatch', ['**Thursday, 14 March.** Lindqvist meets Duarte in Lisbon.', '**Tuesday, 12 March.** The weather in Lisbon was fine.', 'Tuesday, 12 March.\n\nLindqvist meets Duarte in Lisbon.'], lisbon);
  // "On", or a time told relative to the entry before ("A day earlier, on …", "Then, on …"), may lead the date.
  for (const lead of ['On ', 'A day earlier, on ', 'Then, on ']) {
    assert.equal(only('date-mismatch', `**${lead}Tuesday, 12 March.** Lindqvist meets Duarte in Lisbon.`, lisbon).flagged, 'Tuesday, 12 March', lead);
  }
  assertNoFinding('date-mismatch', ['**A day earlier, on Thursday, 14 March.** Lindqvist meets Duarte in Lisbon.', '**The talks began on Tuesday, 12 March.** Lindqvist meets Duarte in Lisbon.'], lisbon);
  // The first sentence after it telling of an event, a sentence of no event between; not past one with a date of its own.
  assert.equal(only('date-mismatch', '**Tuesday, 12 March.** The day starts early. Lindqvist meets Duarte in Lisbon.', lisbon).flagged, 'Tuesday, 12 March');
  assertNoFinding('date-mismatch', ['**Thursday, 14 March.** The day starts early. Lindqvist meets Duarte in Lisbon.', '**Tuesday, 12 March.** The day starts early. On Thursday Lindqvist meets Duarte in Lisbon.', '**Tuesday, 12 March.** Rain. Wind. Lindqvist meets Duarte in Lisbon.'], lisbon);
});

test('a day of the month written alone ("on the 12th") is judged by its day, and fixed in its form', () => {
  const finding = only('date-mismatch', 'Lindqvist met Duarte on the 12th, after a long flight.', lisbon);
  assert.equal(finding.flagged, '12th');
  assert.equal(finding.fixed, 'Lindqvist met Duarte on the 14th, after a long flight.');
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte on the 14th.', 'Lindqvist met Duarte on the 12th floor of the ministry.', 'In the 12th century hall Lindqvist met Duarte on the 14th.'], lisbon);
});

test('a reported claim disputed in a later clause ("…; in fact …") or questioned by the next sentence is not the draft’s', () => {
  assertNoFinding('date-mismatch', ['Some reports said Lindqvist met Duarte on Tuesday; in fact they met on Thursday.', 'Some reports say Lindqvist met Duarte on Tuesday. Is that right?', 'Some reports say Lindqvist met Duarte on Tuesday. Can anyone set the record straight?'], lisbon);
  for (const draft of ['Some reports say Lindqvist met Duarte on Tuesday. What did they discuss?', 'Some reports say Lindqvist met Duarte on Tuesday. But will they do so again?', 'Lindqvist met Duarte on Tuesday; in fact the talks ran long.', 'Some reports said Lindqvist met Duarte on Tuesday; the talks ran long.']) {
    assert.equal(only('date-mismatch', draft, lisbon).flagged, 'Tuesday', draft);
  }
});

test('a sentence that only gives a date ("It was on Thursday.") dates what the sentence before it told of', () => {
  assertNoFinding('date-mismatch', ['A timeline put the meeting of Lindqvist and Duarte on Tuesday. It was on Thursday.', 'Lindqvist met Duarte on Thursday. It was on Thursday.'], lisbon);
  // A wire summary, a digest, a recap say things as a timeline does.
  assertNoFinding('date-mismatch', ['At least one wire summary dated Lindqvist’s meeting with Duarte to Friday, 15 March. It took place on Thursday, 14 March.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on Thursday. In fact, it was Tuesday.', lisbon).flagged, 'Tuesday');
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on Thursday. But it took place on Tuesday.', lisbon).flagged, 'Tuesday');
  // (With another date denied after it: "It took place on Tuesday, not on Friday.")
  assert.equal(only('date-mismatch', 'Lindqvist had a long meeting with Duarte. It took place on Tuesday, not on Friday.', lisbon).flagged, 'Tuesday');
  assertNoFinding('date-mismatch', ['Lindqvist had a long meeting with Duarte. It took place on Thursday, not on Friday.'], lisbon);
  // (After a correction's label: "Correction: An earlier version … misstated the day of …".)
  const corrected = (day: string) => `Correction: An earlier version of this story misstated the day of Lindqvist’s meeting with Duarte. It took place on ${day}, not on Friday.`;
  assert.equal(only('date-mismatch', corrected('Tuesday'), lisbon).flagged, 'Tuesday');
  assertNoFinding('date-mismatch', [corrected('Thursday')], lisbon);
  // Which day it was may follow: "…, the last day (of the visit)".
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte. It took place on Friday, the last day of the visit.', lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte. It took place on Thursday, the second day.', 'Lindqvist met Duarte on Thursday. It was on Tuesday, the day Ferreira left.'], lisbon);
  // A point of reference in the sentence before dates nothing told there.
  assert.equal(only('date-mismatch', 'Correction (March 20): An earlier version said Lindqvist met Duarte on Wednesday. It took place on Friday.', lisbon).flagged, 'Friday');
  // Not when the sentence says more, the sentence before dates two things, or the two are in different paragraphs.
  assertNoFinding(
    'date-mismatch',
    ['Lindqvist met Duarte on Thursday. It was raining on Tuesday.', 'Lindqvist met Duarte on Thursday. It was Tuesday, her birthday.', 'Lindqvist met Duarte on Thursday, and Duarte met Ferreira on Wednesday. It was on Tuesday.', 'Lindqvist met Duarte on Thursday.\n\nIt was on Tuesday.'],
    lisbon,
  );
});

test('a sentence that only gives a date dates the one event an undated sentence before it told of; "That …" opening a clause refers back', () => {
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte at the Belém palace. It was on Tuesday.', lisbon).flagged, 'Tuesday');
  assert.equal(only('date-mismatch', 'Ferreira visited São Paulo. That was in March.', lisbon).flagged, 'March');
  assert.equal(only('date-mismatch', 'Lindqvist flew in for the trade summit. That summit had been postponed in October.', lisbon).flagged, 'October');
  assertNoFinding(
    'date-mismatch',
    [
      'Lindqvist met Duarte at the Belém palace. It was on Thursday.',
      // Two events of different dates told before; another paragraph; more than a date; nothing told.
      'Duarte met Ferreira and then Lindqvist. It was on Thursday.',
      'Duarte met Ferreira and then Lindqvist. It was on Wednesday.',
      'Lindqvist met Duarte at the Belém palace.\n\nIt was on Tuesday.',
      'Lindqvist met Duarte at the Belém palace. It was on Tuesday that the rain came.',
      'The palace was quiet. It was on Tuesday.',
      // "that" as a conjunction is no reference back.
      'Officials said that the talks would resume on Tuesday.',
    ],
    lisbon,
  );
});

test('"and" between two words of order ("second and final day") does not cut the value from its event word', () => {
  const finalDay = {
    id: 'lindqvist-final-day',
    kind: 'event' as const,
    description: 'Thursday 14 March 2024 was the final day of Lindqvist’s talks',
    participants: ['maria-lindqvist'],
    triggers: ['final day', 'last day'],
    date: { value: '2024-03-14', precision: 'day' as const },
    evidence: { offset: at('European trade commissioner'), text: 'European trade commissioner Maria Lindqvist on Thursday met' },
  };
  const withFinalDay = lisbonWith(finalDay);
  assert.equal(only('date-mismatch', 'Friday is Lindqvist’s second and final day of talks.', withFinalDay).flagged, 'Friday');
  assertNoFinding('date-mismatch', ['Thursday is Lindqvist’s second and final day of talks.', 'Friday is Lindqvist’s second visit, and the final day of talks was Thursday.'], withFinalDay);
});

test('a date in a phrase put first with where it happened ("In Lisbon on Friday,") dates the clause after it', () => {
  assert.equal(only('date-mismatch', 'In Lisbon on Friday, Lindqvist met Duarte.', lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', ['In Lisbon on Thursday, Lindqvist met Duarte.', 'In Porto on Friday, Lindqvist met Duarte.', 'In a hurry on Friday, Lindqvist flew home.'], lisbon);
});

test('a title is its holder, not a body acting nor a verb of saying ("The CIA chief, William Burns,", "the secretary of state")', () => {
  assert.equal(only('date-mismatch', 'Blinken is in Beijing. The CIA chief, William Burns, travelled to China in March.', builtIn).flagged, 'March');
  assert.equal(only('date-mismatch', 'Blinken is in Beijing. Xi met the secretary of state on Tuesday.', builtIn).flagged, 'Tuesday');
  assertNoFinding('date-mismatch', ['Blinken is in Beijing. The CIA chief, William Burns, travelled to China in May.', 'Blinken is in Beijing. Xi met the secretary of state on Monday.'], builtIn);
});

test('sitting down with one of a meeting’s people is meeting them, in the present as headlines tell it', () => {
  for (const draft of ['Lindqvist sits down with Duarte on Friday.', 'Lindqvist sits with Duarte on Friday.', 'Lindqvist had a sit-down with Duarte on Friday.', 'Lindqvist’s Friday audience with Duarte was brief.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  assertNoFinding('date-mismatch', ['Lindqvist sits down with Duarte on Thursday.', 'Lindqvist sits with reporters on Friday.', 'Lindqvist spoke to an audience of students on Friday.'], lisbon);
});

test('a claim reported, then given another date in the next sentence, is set right there, rightly or not', () => {
  for (const draft of ['Our front page said Lindqvist met Duarte on Friday. They met on Wednesday.', 'A column gave the date of Lindqvist’s meeting with Duarte as Friday. She met him on Wednesday.']) {
    assert.equal(only('date-mismatch', draft, lisbon).flagged, 'Wednesday', draft);
  }
  assert.equal(only('date-mismatch', 'Our front page said Lindqvist met Duarte on Friday.', lisbon).flagged, 'Friday');
  // Not a claim reported: the draft's own two dates.
  assert.equal(findingsOf('date-mismatch', 'Lindqvist met Duarte on Friday. They met on Wednesday.', lisbon).length, 2);
});

test('a phrase put first telling the occasion ("In a meeting with Duarte on Friday,") is about the subject after it too', () => {
  for (const draft of ['In a meeting with Duarte on Friday, Lindqvist pressed for a deal.', 'Meeting Duarte on Friday, Lindqvist pressed for a deal.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
  assertNoFinding('date-mismatch', ['In a meeting with Duarte on Thursday, Lindqvist pressed for a deal.', 'After a meeting with Ferreira on Friday, Lindqvist pressed for a deal.'], lisbon);
});

test('a pronoun looks first to the main clause of the sentence before, not to a clause put first in it', () => {
  assert.equal(only('date-mismatch', 'Before Ferreira arrived, Lindqvist gave a speech. She met Duarte on Friday.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['Before Ferreira arrived, Lindqvist gave a speech. She met Duarte on Thursday.', 'Lindqvist gave a speech before Ferreira arrived. She met Duarte on Thursday.'], lisbon);
});

test('a part opening with a verb after ", and" and one person set off by commas has that person for its subject', () => {
  const text = (month: string) => `Blinken visited. CIA chief Burns left, and the national security adviser, Jake Sullivan, met Wang Yi in ${month}.`;
  assertNoFinding('date-mismatch', [text('May')], builtIn);
  assert.equal(only('date-mismatch', text('June'), builtIn).refId, 'sullivan-met-wang-yi-vienna');
  // Not someone else's part: "…, and met Xi" is still the first subject's.
  assert.equal(only('date-mismatch', 'Blinken met Qin Gang on Sunday, and met Xi on Tuesday.', builtIn).refId, 'blinken-met-xi');
});

test('an event word is read in every form, a consonant doubled before "-ed" or "-ing" as one ("stopped" for "stop")', () => {
  const stopover = {
    id: 'ferreira-stop-lisbon',
    kind: 'event' as const,
    description: 'Ferreira made a brief stop in Porto in January 2024',
    participants: ['ana-ferreira'],
    triggers: ['stop'],
    date: { value: '2024-01', precision: 'month' as const },
    evidence: { offset: at('In January, Ferreira visited'), text: 'In January, Ferreira visited São Paulo' },
  };
  const withStop = lisbonWith(stopover);
  assert.equal(only('date-mismatch', 'Ferreira stopped there in February.', withStop).refId, 'ferreira-stop-lisbon');
  assertNoFinding('date-mismatch', ['Ferreira stopped there in January.', 'Ferreira’s staff added in February that the palace was full.'], withStop);
  assert.deepEqual(['stopped', 'planned', 'shopping', 'added', 'called', 'passed'].map(stem), ['stop', 'plan', 'shop', 'add', 'call', 'pass']);
  // "Even before X arrived, Y …": a clause put first after a word or two is still not the main one.
  assert.equal(only('date-mismatch', 'Even before Ferreira arrived, Lindqvist gave a speech. She met Duarte on Friday.', lisbon).refId, 'lindqvist-met-duarte');
});

test('a weekday or month in capitals for emphasis is read', () => {
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on FRIDAY.', lisbon).flagged, 'FRIDAY');
  assert.equal(only('date-mismatch', 'Ferreira visited São Paulo in MARCH.', lisbon).flagged, 'MARCH');
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte on THURSDAY.', 'Lindqvist met Duarte. MAYBE they will meet again.'], lisbon);
});

test('a date filling a table cell dates what the other cells of its row tell of', () => {
  const table = (rows: string[]) => ['| When | What |', '|---|---|', ...rows].join('\n');
  const { flagged, fixed } = only('date-mismatch', table(['| Wednesday 13 March | Duarte arrives from Brasília |', '| Friday 15 March | Lindqvist meets Duarte |']), lisbon);
  assert.equal(flagged, 'Friday 15 March');
  assert.match(fixed, /\| Thursday 14 March \| Lindqvist meets Duarte \|/);
  assertNoFinding(
    'date-mismatch',
    [
      table(['| Thursday | Lindqvist meets Duarte |', '| Tuesday | Lindqvist flies home |']),
      // A row with two dates may set one right; a cell saying more than a date is not a label.
      '| Event | Claimed | Actual |\n|---|---|---|\n| Lindqvist meets Duarte | Friday | Thursday |',
      table(['| Friday, as first reported | Lindqvist meets Duarte |']),
      // Rows are apart: the date of one row is not the next row's.
      table(['| Friday |  |', '| Lindqvist meets Duarte |  |']),
    ],
    lisbon,
  );
  // The people may be named in a cell of their own, before or after the event's.
  const three = (row: string) => ['| When | What | Who |', '|---|---|---|', row].join('\n');
  assert.equal(only('date-mismatch', three('| Friday | Talks in Lisbon | Lindqvist, Duarte |'), lisbon).flagged, 'Friday');
  assert.equal(only('date-mismatch', three('| Talks in Lisbon, on Friday | Lindqvist, Duarte |  |'), lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', [three('| Thursday | Talks in Lisbon | Lindqvist, Duarte |'), three('| Friday | Talks in Lisbon | Lindqvist, Ferreira |')], lisbon);
  // A date inside another cell's phrase is no second value for the row's event.
  const noted = ['| When | What | Note |', '|---|---|---|', '| Friday | Lindqvist meets Duarte | The first talks since the January storm |'].join('\n');
  assert.equal(only('date-mismatch', noted, lisbon).flagged, 'Friday');
  // A cell that is only someone's title tells of no event ("national security adviser" is no joint talks of them).
  const roles = (row: string) => ['| When | Official | Role | Where |', '|---|---|---|---|', row].join('\n');
  assertNoFinding('date-mismatch', [roles('| May | Jake Sullivan | national security adviser | Vienna, meeting Wang Yi |')], builtIn);
  assert.equal(only('date-mismatch', roles('| April | Jake Sullivan | national security adviser | Sullivan meets Wang Yi in Vienna |'), builtIn).refId, 'sullivan-met-wang-yi-vienna');
});

test('a phrase put before the subject ("After the … meeting with X,") does not hold the subject of the date after it', () => {
  assertNoFinding('date-mismatch', ['After the Wednesday meeting with Ana Ferreira, Lindqvist met Carlos Duarte on Thursday.', 'Following his talks with Ferreira, Lindqvist met Duarte on Thursday.'], lisbon);
  assert.equal(only('date-mismatch', 'After the Wednesday meeting with Ana Ferreira, Lindqvist met Carlos Duarte on Friday.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['After the Friday meeting with Bill Gates, Blinken met Qin Gang on Sunday and Xi Jinping on Monday.'], builtIn);
});

test('a participle of saying ("saying on Sunday that …") dates a saying like "said" does', () => {
  assert.equal(only('date-mismatch', 'Biden got in on the act, saying on Sunday that he hoped to meet Xi in the coming months.', builtIn).refId, 'biden-hopes-to-meet-xi');
  assertNoFinding('date-mismatch', ['Biden got in on the act, saying on Saturday that he hoped to meet Xi in the coming months.'], builtIn);
});

test('a verb of saying after the date and a comma is said at the time told before it ("met Duarte on Friday, telling her …")', () => {
  for (const text of ['Lindqvist met Duarte on Friday, telling her little.', 'Lindqvist met Duarte on Friday, telling him that trade came first.']) {
    assert.equal(only('date-mismatch', text, lisbon).refId, 'lindqvist-met-duarte', text);
  }
  // Right after the date, the verb is the one it dates.
  assertNoFinding('date-mismatch', ['After meeting Duarte, Lindqvist on Friday told reporters little.'], lisbon);
});

test('a fact whose people are named only in a clause of time other than the date’s is the event it counts from', () => {
  assertNoFinding('date-mismatch', ['Duarte met Ana Ferreira. The Thursday session came before he saw Ferreira.'], lisbon);
  // Referred back to with no such clause, the session is the one told of before.
  assert.equal(only('date-mismatch', 'Duarte met Ana Ferreira. The Thursday session came before lunch.', lisbon).refId, 'duarte-met-ferreira');
});

test('a dateline: a short line at the top giving the day the draft was written, and no other such line', () => {
  const dateline = (text: string) => datelineOf(text, 'markdown', documentChunks(text, 'markdown'));
  const story = 'Lindqvist and Duarte spent the day on trade, tariffs and the long road to an agreement that both sides want.';
  assert.deepEqual(dateline(`# Talks\n\n*LISBON, Friday 15 March 2024*\n\n${story}`), { weekday: 5, day: 15, month: 3, year: 2024 });
  assert.deepEqual(dateline(`# Talks\n\nBy Ana Costa, staff writer | Published March 15, 2024 | 4 min read\n\n${story}`), { day: 15, month: 3, year: 2024 });
  assert.deepEqual(dateline(`**15 March 2024**\n\n${story}`), { day: 15, month: 3, year: 2024 });
  // Opening the first paragraph, before a dash.
  assert.deepEqual(dateline(`LISBON, March 15 (Reuters) — ${story}`), { day: 15, month: 3 });
  // A short first paragraph opening with a date and its year before a dash (a press release), but not one with no year.
  assert.deepEqual(dateline('March 15, 2024 — We welcome the Lindqvist–Duarte talks.'), { day: 15, month: 3, year: 2024 });
  assert.equal(dateline('# Timeline\n\nMarch 15 — Lindqvist met Duarte.'), undefined);
  assert.deepEqual(dateline(`# Talks\n\nPublished 15 March 2024\n\nUpdated 16 March 2024\n\n${story}`), { day: 15, month: 3, year: 2024 });
  for (const text of [
    // No date, only an update's date, a sentence, a headline, a date lower down, a bare weekday.
    `# Talks\n\n${story}`,
    `# Talks\n\nUpdated 16 March 2024\n\n${story}`,
    `Lindqvist met Duarte on 14 March 2024.\n\n${story}`,
    `# Lindqvist and Duarte, 14 March 2024\n\n${story}`,
    `${story}\n\nLISBON, 15 March 2024`,
    `*LISBON, Friday*\n\n${story}`,
    // Sections dated apart (a live blog): not written on one day.
    `*15 March 2024*\n\n${story}\n\n## Saturday 16 March\n\n${story}`,
  ]) {
    assert.equal(dateline(text), undefined, text);
  }
});

test('the draft’s own dateline opening its paragraph before a dash dates the draft, not the event told after it', () => {
  assertNoFinding('date-mismatch', ['March 15, 2024 — We welcome the meeting Lindqvist held with Duarte.', 'March 15, 2024 (Lisbon) — We welcome the meeting Lindqvist held with Duarte, and its length.'], lisbon);
  // Another date opening a later paragraph still tells of the event, and so does the dateline's date told in a sentence.
  assert.equal(only('date-mismatch', 'March 15, 2024 — We welcome the talks.\n\nMarch 13, 2024 — Lindqvist met Duarte.', lisbon).flagged, 'March 13, 2024');
  assert.equal(only('date-mismatch', 'March 15, 2024 — We welcome the talks. Lindqvist met Duarte on March 15, 2024.', lisbon).flagged, 'March 15, 2024');
});

test('"yesterday", "today", "last month", "this year" count from the dateline and are judged like dates', () => {
  const dated = (line: string, text: string) => `# Talks\n\n*${line}*\n\n${text}`;
  assertNoFinding(
    'date-mismatch',
    [
      dated('LISBON, Friday 15 March 2024', 'Lindqvist met Duarte yesterday.'),
      dated('LISBON, Thursday 14 March 2024', 'Lindqvist met Duarte today, a day after Duarte arrived.'),
      dated('Published 15 February 2024', 'Ferreira visited São Paulo last month.'),
      dated('Published 15 March 2024', 'Ferreira visited São Paulo earlier this year, and the summit was postponed last year.'),
      // Inside a quotation, the speaker's day; "USA Today" is a name; with no dateline, nothing to count from.
      dated('Published 16 March 2024', '“We met yesterday,” Lindqvist said of Duarte.'),
      dated('Published 16 March 2024', 'Lindqvist told USA Today she met Duarte.'),
      'Lindqvist met Duarte yesterday.',
      // Sections dated apart: each "yesterday" counts from its own section.
      '*Friday 15 March 2024*\n\nLindqvist met Duarte yesterday.\n\n## Saturday 16 March\n\nDuarte flew home.',
    ],
    lisbon,
  );
  const yesterday = only('date-mismatch', dated('LISBON, Saturday 16 March 2024', 'Lindqvist met Duarte yesterday.'), lisbon);
  assert.equal(yesterday.flagged, 'yesterday');
  assert.match(yesterday.finding.message, /Thursday 14 March 2024, not “yesterday” \(Friday 15 March 2024\)/);
  assert.match(yesterday.fixed, /Lindqvist met Duarte on Thursday\.$/);
  assert.match(only('date-mismatch', dated('Friday 15 March 2024', 'Today Lindqvist met Duarte.'), lisbon).fixed, /Yesterday Lindqvist met Duarte\.$/);
  assert.match(only('date-mismatch', dated('Friday 15 March 2024', 'Yesterday morning Duarte arrived.'), lisbon).fixed, /On Wednesday morning Duarte arrived\.$/);
  assert.match(only('date-mismatch', dated('Wednesday 13 March 2024', 'Lindqvist met Duarte yesterday.'), lisbon).fixed, /Lindqvist met Duarte tomorrow\.$/);
  assert.match(only('date-mismatch', dated('Published 15 March 2024', 'Ferreira visited São Paulo last month.'), lisbon).fixed, /Ferreira visited São Paulo in January\.$/);
  // A dateline without its year is in the event's year: "this month", not "in March 2024".
  assert.match(only('date-mismatch', dated('LISBON, 15 February', 'Ferreira visited São Paulo this month.'), lisbon).fixed, /Ferreira visited São Paulo last month\.$/);
  assert.match(only('date-mismatch', dated('LISBON, 15 March', 'Ferreira visited São Paulo last month.'), lisbon).fixed, /Ferreira visited São Paulo in January\.$/);
  assert.match(only('date-mismatch', dated('Published 15 March 2024', 'The summit Lindqvist planned was postponed earlier this year.'), lisbon).fixed, /The summit Lindqvist planned was postponed last year\.$/);
  // Days and weeks counted back ("four months ago" is a quantity, judged by number-mismatch).
  assertNoFinding('date-mismatch', [dated('Saturday 16 March 2024', 'Two days ago, Lindqvist met Duarte.'), dated('Thursday 21 March 2024', 'A week ago today Lindqvist met Duarte.')], lisbon);
  const ago = only('date-mismatch', dated('Saturday 16 March 2024', 'Three days ago, Lindqvist met Duarte.'), lisbon);
  assert.match(ago.finding.message, /not “Three days ago” \(Wednesday 13 March 2024\)/);
  assert.match(ago.fixed, /Two days ago, Lindqvist met Duarte\.$/);
  assert.match(only('date-mismatch', dated('Thursday 21 March 2024', 'Lindqvist met Duarte 8 days ago.'), lisbon).fixed, /Lindqvist met Duarte a week ago\.$/);
  assert.match(only('date-mismatch', dated('Sunday 24 March 2024', 'Two weeks ago today, Lindqvist met Duarte.'), lisbon).fixed, /Ten days ago today, Lindqvist met Duarte\.$/);
  // A claim reported, then a sentence giving only the month: the wrong weekday is not set right.
  assert.equal(only('date-mismatch', 'Lindqvist said she met Duarte on Friday. It was March.', lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', ['Some reports said Lindqvist met Duarte on Friday. It was on Thursday.'], lisbon);
  // A month with a year counted from the dateline: the right year beside a wrong month sets nothing right.
  const monthOfLastYear = only('date-mismatch', dated('Published 15 March 2024', 'The summit Lindqvist planned was postponed in October of last year.'), lisbon);
  assert.equal(monthOfLastYear.flagged, 'October');
  assertNoFinding('date-mismatch', [dated('Published 15 March 2024', 'The summit Lindqvist planned was postponed in November of last year.')], lisbon);
});

test('the dateline reaches every window of a long draft, and a changed dateline re-checks them', () => {
  const filler = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} is about tariffs, quotas and the many steps to an agreement.`).join('\n\n');
  const draft = (day: string) => `# Talks\n\n*LISBON, ${day} March 2024*\n\n${filler}\n\nLindqvist met Duarte yesterday.\n`;
  const dateFindings = (text: string) => checkText(text, 'markdown', [lisbon]).filter((f) => f.code === 'date-mismatch').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(dateFindings(draft('15')), []);
  assert.deepEqual(dateFindings(draft('16')), ['yesterday']);
  assert.deepEqual(dateFindings(draft('15')), []);
});

test('a day’s possessive dates what it is said of: a fact is meant only when that is one of its event words', () => {
  assertNoFinding('date-mismatch', ['Lindqvist’s meeting with Duarte dominated Saturday’s front pages.', 'Lindqvist met Duarte, and Friday’s editorials praised the talks.'], lisbon);
  assert.equal(only('date-mismatch', 'Duarte’s trip peaked with Friday’s meeting with Lindqvist.', lisbon).refId, 'lindqvist-met-duarte');
  assert.equal(only('date-mismatch', 'Duarte’s trip peaked with Friday’s long-awaited meeting with Lindqvist.', lisbon).refId, 'lindqvist-met-duarte');
});

test('a day counted from when a run of events "began" counts from the first of them; from when it "ended", from the last', () => {
  // Duarte met Ferreira on Wednesday and Lindqvist on Thursday; he arrived on Wednesday.
  assertNoFinding('date-mismatch', ['Duarte arrived the day before his meetings ended.', 'Duarte arrived the day before his meetings.'], lisbon);
  assert.equal(only('date-mismatch', 'Duarte arrived the day before his meetings began.', lisbon).flagged, 'the day before');
});

test('a date right after someone’s event ("Duarte’s arrival on …") dates no fact they have no part in', () => {
  assertNoFinding('date-mismatch', ['Counting from Ferreira’s trip to Lindqvist’s arrival in March, the gap was short.', 'Ferreira’s visit came long before Lindqvist’s arrival in March.'], lisbon);
  // Their own event still: possessed by one of the fact's people.
  assert.equal(only('date-mismatch', 'Duarte’s arrival on Thursday was delayed.', lisbon).refId, 'duarte-arrived-wednesday');
  assert.equal(only('date-mismatch', 'Ferreira’s trip in March to São Paulo was short.', lisbon).refId, 'ferreira-visited-sao-paulo');
});

test('a name after the comma closing an opening phrase is the subject a pronoun after it stands for', () => {
  // Not Gates, named before: "his" is Wang Yi's, and Monday is not the day of Xi's meeting with Gates.
  assertNoFinding('date-mismatch', ['Gates came first. On Monday, before the Xi meeting, Wang Yi met his guest.'], builtIn);
  // An object inside the opening phrase still is not: "Before seeing Xi he …".
  assertNoFinding('date-mismatch', ['Before seeing Xi on Monday he met Wang Yi.'], builtIn);
});

test('a date standing alone answers the question right before it ("### When did they meet? ¶ On Friday.")', () => {
  assert.equal(only('date-mismatch', '### When did Lindqvist meet Duarte?\n\nOn Friday.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['### When did Lindqvist meet Duarte?\n\nOn Thursday.', '### What comes next?\n\nOn Friday.'], lisbon);
});

test('the person named right before an aside set off by commas is the subject of the verb after it', () => {
  assert.equal(only('date-mismatch', 'Lindqvist was waiting because Carlos Duarte, her counterpart, arrived on Thursday.', lisbon).refId, 'duarte-arrived-wednesday');
  assertNoFinding(
    'date-mismatch',
    [
      'Lindqvist was waiting because Carlos Duarte, her counterpart, arrived on Wednesday.',
      // An aside naming someone else leaves the subject in doubt.
      'Lindqvist was waiting because Ferreira, unlike Carlos Duarte, arrived on Thursday.',
    ],
    lisbon,
  );
});

test('the end or start of a day in a named place may be the day before or after where the event took place', () => {
  assertNoFinding('date-mismatch', ['Late Wednesday in Brasília, Lindqvist was meeting Duarte in Lisbon.', 'Early Friday in Tokyo, Lindqvist met Duarte.'], lisbon);
  // Two days off, or no hour near midnight: still judged.
  for (const draft of ['Late Tuesday in Brasília, Lindqvist was meeting Duarte.', 'On Wednesday in Lisbon, Lindqvist met Duarte.', 'Lindqvist met Duarte on Friday, Lisbon time.']) {
    assert.equal(only('date-mismatch', draft, lisbon).refId, 'lindqvist-met-duarte', draft);
  }
});

test('a phrase opening a sentence with "So" or "Well" before its date holds only the date ("So on Friday, …")', () => {
  assert.equal(only('date-mismatch', 'So on Friday, Lindqvist met Duarte.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['So on Thursday, Lindqvist met Duarte.', 'Well, on Thursday Lindqvist met Duarte.'], lisbon);
});

test('a relative clause telling when its noun\'s run began dates only a fact that noun names', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte at the end of a visit that began on Monday.', 'Lindqvist met Duarte on the last day of a trip that had begun in Lisbon on Monday.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist and Duarte held talks that began on Friday.', lisbon).flagged, 'Friday');
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on Friday, at the end of a visit that began on Monday.', lisbon).flagged, 'Friday');
  // Or the event the run began with, after "with".
  assert.equal(only('date-mismatch', 'The summit capped a week that began on Tuesday with four hours of talks between Lindqvist and Duarte.', lisbon).flagged, 'Tuesday');
  assertNoFinding('date-mismatch', ['The summit capped a week that began on Thursday with four hours of talks between Lindqvist and Duarte.', 'Lindqvist met Duarte at the end of a week that began on Monday with a walk through Lisbon.'], lisbon);
});

test('a date whose only event words are in a clause of "when" after it telling of a start is when the run began', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte in Lisbon. This one anchors it to the Wednesday, when the talking actually started.', 'Most accounts date the trip to Thursday, the day Lindqvist met Duarte. This one anchors it to the Wednesday, when the talks began.'], lisbon);
  // An event word before the date is what it dates.
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte in Lisbon. The meeting was on Wednesday, when the visit began.', lisbon).flagged, 'Wednesday');
});

test('a participle of saying with its occasion after a comma shares the part before\'s time ("…, saying in a meeting with …")', () => {
  assert.equal(only('date-mismatch', 'Lindqvist struck a warm note on Friday, saying in a meeting with Duarte that trade would grow.', lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', ['Lindqvist struck a warm note on Thursday, saying in a meeting with Duarte that trade would grow.'], lisbon);
  // An event told in the past perfect behind the saying came before it: the date is the saying's.
  assertNoFinding('date-mismatch', ['Lindqvist spoke on Friday, telling reporters she had met Duarte earlier.'], lisbon);
  assert.equal(only('date-mismatch', 'On Friday, Lindqvist had met Duarte, she told reporters.', lisbon).flagged, 'Friday');
  // Built in: the article's own sentence, one day changed.
  assert.equal(only('date-mismatch', 'Xi offered a hint of a possible willingness to reduce tensions on Wednesday, saying in a meeting with Microsoft co-founder Bill Gates that the two countries could cooperate.', builtIn).refId, 'xi-met-gates');
  // The hint itself, told without the meeting it was given at.
  assert.equal(only('date-mismatch', 'Xi, for his part, had dropped a hint on Thursday. Meeting Bill Gates, he said the two countries could cooperate.', builtIn).refId, 'xi-hint-reduce-tensions');
  assertNoFinding('date-mismatch', ['Xi, for his part, had dropped a hint on Friday.', 'Blinken hinted on Thursday that the talks would go on.'], builtIn);
  // The event word as what a verb of saying gives ("offered a hint"): the saying is the event, not another time.
  assert.equal(only('date-mismatch', 'On Thursday, Xi offered a hint that he might be willing to reduce tensions.', builtIn).refId, 'xi-hint-reduce-tensions');
});

test('a place is the one the evidence names when both name one country ("the United States", "the US"); "States" is no verb', () => {
  for (const text of ['Blinken postponed after a balloon over the United States in March.', 'A balloon over the United States in March forced Blinken to postpone.']) {
    assert.equal(only('date-mismatch', text, builtIn).refId, 'trip-postponed-february', text);
  }
  // Another country is another occasion; the right month is right in either spelling.
  assertNoFinding('date-mismatch', ['Blinken postponed after a balloon over Canada in March.', 'Blinken postponed after a balloon over the United States in February.'], builtIn);
});

test('a country\'s name in capitals ("the People\'s Republic of China") is no one the reference does not know', () => {
  assert.equal(only('date-mismatch', "On June 17, 2023, Blinken held the first round of talks in the People's Republic of China with his counterpart.", builtIn).refId, 'blinken-met-qin-gang');
  // Someone the reference does not know, beside it, may still be the other side.
  assertNoFinding('date-mismatch', ["On June 17, 2023, Blinken held the first round of talks in the People's Republic of China with Penny Wong."], builtIn);
});

test('an adverb opening a sentence is no given name: "Partly Brexit, …" names no one the reference does not know', () => {
  assert.equal(only('date-mismatch', 'Duarte landed late. Partly Brexit, partly the rain. He met Lindqvist on Friday.', lisbon).refId, 'lindqvist-met-duarte');
  // A given name ending the same way still opens an unknown person's name: "he" is not Duarte.
  assertNoFinding('date-mismatch', ['Duarte landed late. Kelly Craft, too, had waited. He met Lindqvist on Friday.'], lisbon);
});

test('"she" after a woman named only as a word describing a noun is not sure to be the woman named before the sentence', () => {
  assert.equal(only('date-mismatch', 'Ferreira flew home. Aides checked the file: she met Duarte on Friday.', lisbon).refId, 'duarte-met-ferreira');
  // "she" may be Lindqvist, whose file it is.
  assertNoFinding('date-mismatch', ['Ferreira flew home. Aides checked the Lindqvist file: she met Duarte on Friday.'], lisbon);
});

test('"him" after a subject with a description set off by commas is not the subject', () => {
  assert.equal(only('date-mismatch', 'Wang Yi spoke first. Jake Sullivan, a veteran adviser, met him in Vienna in April.', builtIn).refId, 'sullivan-met-wang-yi-vienna');
  assertNoFinding('date-mismatch', ['Wang Yi spoke first. Jake Sullivan, a veteran adviser, met him in Vienna in May.'], builtIn);
});

test('a weekday or month abbreviated with a dot, or as a notes’ label before a colon, is a date; one that is a word or name is not', () => {
  const fixed = (text: string) => only('date-mismatch', text, lisbon).fixed;
  assert.equal(fixed('Ferreira visited São Paulo in Feb.'), 'Ferreira visited São Paulo in Jan.');
  assert.equal(fixed('Lindqvist met Duarte on Fri. The talks went well.'), 'Lindqvist met Duarte on Thu. The talks went well.');
  assert.equal(fixed('Fri: Lindqvist met Duarte.'), 'Thu: Lindqvist met Duarte.');
  assertNoFinding('date-mismatch', ['Thu: Lindqvist met Duarte.', 'Ferreira visited São Paulo in Jan.', 'Lindqvist met Duarte on Sun.', 'Lindqvist met Duarte for Fri Jazz Night tickets.'], lisbon);
});

test('a verb judging an event after the date ("today welcomed the meeting") is what the date tells of, not the event', () => {
  assertNoFinding('date-mismatch', ['On Friday, the chamber of commerce welcomed the meeting Lindqvist held with Duarte.', 'The chamber of commerce on Friday praised Lindqvist’s talks with Duarte.'], lisbon);
  // The event's own date, with the judging after it, is still the event's.
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on Friday, and the chamber welcomed it.', lisbon).flagged, 'Friday');
});

test('an abbreviation’s full stop in the description of whom a verb addresses does not cut it ("telling Microsoft Corp. co-founder Bill Gates")', () => {
  assert.equal(only('date-mismatch', 'Xi signalled a softer tone on Thursday, telling Microsoft Corp. co-founder Bill Gates that they can cooperate.', builtIn).flagged, 'Thursday');
  // A sentence's own full stop still ends whom it addresses.
  assertNoFinding('date-mismatch', ['Xi struck a softer tone on Thursday, telling Microsoft. Bill Gates agreed.'], builtIn);
});

test('a participle’s phrase set off before the subject has that subject: "On Friday, sitting with Duarte, Lindqvist …"', () => {
  assert.equal(only('date-mismatch', 'On Friday, sitting with Carlos Duarte, Lindqvist spoke of trade.', lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', ['On Thursday, sitting with Carlos Duarte, Lindqvist spoke of trade.', 'On Friday, sitting with Carlos Duarte, an aide spoke of trade.'], lisbon);
});

test('a participle telling that the event took place, set off by commas after it, dates it ("talks, staged on Friday, ran long")', () => {
  assert.equal(only('date-mismatch', 'Lindqvist’s talks with Duarte, staged on Friday, ran long.', lisbon).refId, 'lindqvist-met-duarte');
  // Right; another happening ("delayed"); someone else named in the phrase.
  assertNoFinding('date-mismatch', ['Lindqvist’s talks with Duarte, staged on Thursday, ran long.', 'Lindqvist’s talks with Duarte, delayed on Friday, ran long.', 'Lindqvist’s talks with Duarte, staged by Ferreira on Friday, ran long.'], lisbon);
});

test('a date after "after" or "before" said of an event noun whose people the phrase names is that event’s date', () => {
  for (const text of ["After Tuesday's meeting with Maria Lindqvist, Carlos Duarte flew home.", 'After the Tuesday meeting with Maria Lindqvist, Carlos Duarte flew home.', "After Tuesday's marathon meeting with Maria Lindqvist, Carlos Duarte flew home.", 'After the Tuesday working-level meeting with Maria Lindqvist, Carlos Duarte flew home.']) {
    const { flagged, fixed } = only('date-mismatch', text, lisbon);
    assert.equal(flagged, 'Tuesday', text);
    assert.equal(fixed, text.replace('Tuesday', 'Thursday'));
  }
  assertNoFinding('date-mismatch', [
    'After the Thursday meeting with Maria Lindqvist, Carlos Duarte flew home.',
    // Naming no one, the phrase may count from any event of that day: a point of reference, as "after Tuesday" is.
    'Carlos Duarte flew home the day after the Tuesday meeting.',
    'Before the Tuesday talks, Maria Lindqvist met Carlos Duarte.',
    // Not an event noun: "after Tuesday" with words after it.
    'Maria Lindqvist met Carlos Duarte after Tuesday morning’s rain with Ana Ferreira.',
    "After Tuesday's quiet morning, Maria Lindqvist met Carlos Duarte.",
  ], lisbon);
});

test('a date after "since" or "until" followed by ", when …" is the date of what the clause tells', () => {
  const text = 'The summit had been on hold since October, when Maria Lindqvist postponed it.';
  const { flagged, fixed } = only('date-mismatch', text, lisbon);
  assert.equal(flagged, 'October');
  assert.equal(fixed, text.replace('October', 'November'));
  assertNoFinding('date-mismatch', [
    'The summit had been on hold since November, when Maria Lindqvist postponed it.',
    // Without the clause, a point of reference.
    'The summit had been on hold since October, and Maria Lindqvist postponed it.',
    'Trade had been frozen since 2019, when a row broke out.',
  ], lisbon);
});

test('a wrong day written as "that same Sunday" is fixed without "same": the right day is another one', () => {
  const head = 'Blinken sat down with Qin Gang on Sunday. ';
  for (const [draft, fixed] of [
    ['Xi received him that same Sunday.', 'Xi received him on Monday.'],
    ['That same Sunday, Xi received him.', 'On Monday, Xi received him.'],
    ['Xi received him on that same Sunday.', 'Xi received him on Monday.'],
    // Without "same", the draft's own words stay.
    ['Xi received him that Sunday.', 'Xi received him that Monday.'],
  ]) {
    const found = only('date-mismatch', head + draft, builtIn);
    assert.equal(found.flagged, 'Sunday', draft);
    assert.equal(found.fixed, head + fixed);
  }
});

test('a pronoun after a sentence opening with a time clause stands for that clause’s subject before someone met "with"', () => {
  const text = 'Antony Blinken had waited months for this trip. When he landed, the talks began with Foreign Minister Qin Gang. Xi received him on Sunday.';
  const { flagged, fixed } = only('date-mismatch', text, builtIn);
  assert.equal(flagged, 'Sunday');
  assert.equal(fixed, text.replace('on Sunday', 'on Monday'));
  // No subject in the opening clause: the one met "with" is whom the pronoun stands for, and Xi never received Qin
  // Gang in the reference.
  assertNoFinding('date-mismatch', ['Antony Blinken had waited months for this trip. When the day came, the talks began with Foreign Minister Qin Gang. Xi received him on Sunday.'], builtIn);
});

test('a day counted from an event the reference dates ("the day after his talks with Lindqvist") is judged as the day it comes to', () => {
  const wrong = [
    // The breakfast was on the Wednesday, the talks on the Thursday.
    ['Carlos Duarte had breakfast with Ana Ferreira the day after his talks with Maria Lindqvist.', 'the day after', 'the day before'],
    ['Two days before his talks with Maria Lindqvist, Carlos Duarte met Ana Ferreira.', 'Two days before', 'The day before'],
    // The same day: "on the day of".
    ['The day after his breakfast with Ana Ferreira, Carlos Duarte arrived in Lisbon.', 'The day after', 'On the day of'],
    // Told by a clause: he arrived on the Wednesday.
    ['Duarte met Lindqvist two days after he arrived.', 'two days after', 'the day after'],
    // Hours that are whole days.
    ['Carlos Duarte had breakfast with Ana Ferreira 48 hours before his talks with Maria Lindqvist.', '48 hours before', 'the day before'],
  ];
  for (const [text, flagged, fix] of wrong) {
    const found = only('date-mismatch', text, lisbon);
    assert.equal(found.flagged, flagged, text);
    assert.equal(found.fixed, text.replace(flagged, fix));
  }
  assertNoFinding('date-mismatch', [
    'Carlos Duarte had breakfast with Ana Ferreira the day before his talks with Maria Lindqvist.',
    'The day before his talks with Maria Lindqvist, Carlos Duarte met Ana Ferreira.',
    'Carlos Duarte had breakfast with Ana Ferreira 24 hours before his talks with Maria Lindqvist.',
    'Maria Lindqvist met Carlos Duarte a day after his breakfast with Ana Ferreira.',
    // An event naming no one says no day.
    'Carlos Duarte met Ana Ferreira the day after the talks.',
    // A date set beside it is judged itself.
    'On Wednesday, the day before his talks with Maria Lindqvist, Carlos Duarte met Ana Ferreira.',
  ], lisbon);
  // Duarte met Lindqvist on the Thursday and Ferreira on the Wednesday: "meeting Carlos Duarte" is Ferreira's meeting,
  // as she is the one the sentence names; she visited São Paulo in January, not the day after.
  assert.deepEqual(findingsOf('date-mismatch', 'Ana Ferreira visited São Paulo the day after meeting Carlos Duarte.', lisbon).map((f) => f.refId), ['ferreira-visited-sao-paulo']);
  // The event counted from is not the one the day dates.
  assertNoFinding('date-mismatch', ['Joe Biden said he hoped to meet Xi in the coming months. So two days before Blinken met Xi, his boss was already talking about the next summit.'], builtIn);
  // An event phrase that may be several people's events ("the Xi meeting": Blinken's, or Gates's on Friday) is the
  // text's subject's when the rest of the sentence names no one else of them.
  assert.equal(only('date-mismatch', 'Blinken landed in Beijing. The Qin session came two days before the Xi meeting.', builtIn).flagged, 'two days before');
  assertNoFinding('date-mismatch', ['Blinken landed in Beijing. The Qin session came a day before the Xi meeting.', 'Bill Gates landed in Beijing. Gates had lunch with friends two days before the Xi meeting.'], builtIn);
});

test('a possessive pronoun in the event a day is counted from gives way to the people the phrase names when its guess fits no event', () => {
  // "his" reads as Xi, the man named last; Xi held no session with Qin Gang, Blinken did, on the Sunday.
  const lead = 'Blinken arrived in Beijing on Sunday. The meeting with Xi came ';
  assert.equal(only('date-mismatch', `${lead}two days after his marathon session with Qin Gang.`, builtIn).fixed, `${lead}the day after his marathon session with Qin Gang.`);
  assertNoFinding('date-mismatch', [`${lead}a day after his marathon session with Qin Gang.`, `${lead}a day after his talks with Qin Gang.`], builtIn);
  // A phrase whose named people share no event the reference dates counts from nothing.
  assertNoFinding('date-mismatch', ['The meeting with Xi came two days after his dinner with Bill Gates and Qin Gang.'], builtIn);
});

test('a pronoun left open between two people who fit does not make the sentence about someone the reference does not know', () => {
  const draft = (day: string) => `Blinken met Wang Yi. Blinken found him stern.\n\nThe Qin session had taken place on ${day}, and the question was whether Xi would see him.`;
  assert.equal(only('date-mismatch', draft('Saturday'), builtIn).flagged, 'Saturday');
  assertNoFinding('date-mismatch', [draft('Sunday')], builtIn);
});

test('a claim in posts or roundups, set right by the next sentence, is reported, not the draft’s; so is one after a clause calling it mangled', () => {
  assertNoFinding('date-mismatch', [
    'Some posts placed the meeting between Maria Lindqvist and Carlos Duarte on Wednesday. It happened on Thursday.',
    'That detail got mangled: one roundup put the meeting between Maria Lindqvist and Carlos Duarte on Tuesday.',
    'Two outlets got the day wrong: they had Maria Lindqvist meeting Carlos Duarte on Tuesday.',
  ], lisbon);
  // Not set right, or after a colon that calls nothing wrong, the date is the draft's.
  for (const text of [
    'Some posts placed the meeting between Maria Lindqvist and Carlos Duarte on Wednesday.',
    'Make no mistake: Maria Lindqvist met Carlos Duarte on Tuesday.',
  ]) assert.equal(only('date-mismatch', text, lisbon).refId, 'lindqvist-met-duarte', text);
});

test('"their" after a sentence naming two people stands for both ("Their meeting on Monday followed …")', () => {
  const head = 'Xi Jinping received Antony Blinken in Beijing. ';
  assertNoFinding('date-mismatch', [head + 'Their meeting on Monday followed talks with Qin Gang the day before and with Wang Yi earlier that day.'], builtIn);
  // Their meeting is still judged.
  assert.equal(only('date-mismatch', head + 'Their meeting on Tuesday was cordial.', builtIn).refId, 'blinken-met-xi');
});

test('a weekday abbreviated with no dot is read after "on" (or a verb of saying, for one that is no word): "on Thurs", "said Fri", "on Sat"', () => {
  for (const [text, flagged] of [
    ['Maria Lindqvist met Carlos Duarte on Fri in Lisbon.', 'Fri'],
    ['Carlos Duarte arrived on Sat after a long flight.', 'Sat'],
  ]) assert.equal(only('date-mismatch', text, lisbon).flagged, flagged, text);
  // The day of a saying: Biden spoke on the Saturday.
  assert.equal(only('date-mismatch', 'Joe Biden said Fri that he hoped to meet Xi Jinping in the coming months.', builtIn).flagged, 'Fri');
  assertNoFinding('date-mismatch', [
    'Carlos Duarte arrived on Wed after a long flight.',
    'Maria Lindqvist met Carlos Duarte on Thurs in Lisbon.',
    // A word or a name, not a day: no cue before it, a capitalised word after it, or an abbreviation that is a word.
    'Maria Lindqvist met Carlos Duarte, and Nguyen Thi Thu joined them.',
    'Maria Lindqvist wrote on Sun Yat-sen before she met Carlos Duarte.',
    'Maria Lindqvist met Carlos Duarte on Sun.',
    'Carlos Duarte said Sat was a good day to arrive.',
  ], lisbon);
});

test('a question asking why or how something was so takes it as said ("Why was the Tuesday meeting … so long?")', () => {
  for (const text of [
    'Why was the Tuesday meeting between Maria Lindqvist and Carlos Duarte so long?',
    '## How did Maria Lindqvist’s talks with Carlos Duarte on Friday go?',
  ]) assert.equal(only('date-mismatch', text, lisbon).refId, 'lindqvist-met-duarte', text);
  assertNoFinding('date-mismatch', [
    'Did Maria Lindqvist meet Carlos Duarte on Tuesday?',
    'Why would Maria Lindqvist meet Carlos Duarte on Tuesday?',
    'Was the meeting between Maria Lindqvist and Carlos Duarte on Tuesday?',
  ], lisbon);
});

test('a day counted from "those talks", "the talks" is counted from the event the sentence before tells of with that word', () => {
  for (const text of ['Duarte held talks with Ferreira. Lindqvist met Duarte two days after those talks.', 'Duarte held talks with Ferreira. Two days after the talks, Lindqvist met Duarte.']) {
    assert.equal(only('date-mismatch', text, lisbon).refId, 'lindqvist-met-duarte', text);
  }
  assertNoFinding('date-mismatch', [
    'Duarte held talks with Ferreira. Lindqvist met Duarte a day after those talks.',
    // Another event word, another paragraph, or an event some of whose people the sentence before does not name.
    'Duarte held talks with Ferreira. Lindqvist met Duarte two days after those meetings.',
    'Duarte held talks with Ferreira.\n\nLindqvist met Duarte two days after those talks.',
    'Duarte held talks in Lisbon. Lindqvist met Duarte two days after those talks.',
  ], lisbon);
});

test('a day labelled before a colon names the relative day after it ("**Thursday:** The next day, …"); of events on different days, the one of someone the sentence names', () => {
  assertNoFinding('date-mismatch', ['- **Wednesday:** Carlos Duarte arrived in Lisbon.\n- **Thursday:** The next day, Maria Lindqvist met Carlos Duarte.\n'], lisbon);
  // Xi met Gates on the Friday and Blinken on the Monday: "meeting Xi" is Blinken's, whom the sentence names.
  assert.equal(only('date-mismatch', 'Two days before meeting Xi, Blinken pressed China on detained Americans and fentanyl.', builtIn).flagged, 'Two days before');
  assertNoFinding('date-mismatch', ['The day before meeting Xi, Blinken pressed China on detained Americans and fentanyl.'], builtIn);
});

test('people named in a time counted from an event opening the sentence ("A day before the Wang Yi meeting, …") come after its main clause’s for what follows', () => {
  assertNoFinding('date-mismatch', ['A day before the Wang Yi meeting, Blinken had already spent nearly six hours with Foreign Minister Qin Gang. In those Sunday talks he pressed Beijing to release detained Americans.'], builtIn);
});

test('a value standing apart after a clause is that clause’s, not a part joined after it with a subject of its own', () => {
  assertNoFinding('date-mismatch', ['Ferreira toured the port, on Friday, and Lindqvist met Duarte.', 'Ferreira toured the port, on Friday, and then she left.'], lisbon);
  for (const text of [
    'Lindqvist met Duarte, on Friday, and Ferreira toured the port.',
    // A phrase put first dates both parts; a joined verb with no subject of its own goes on with the first.
    'On Friday, Ferreira toured the port, and Lindqvist met Duarte.',
    'Ferreira toured the port, on Friday, and met Duarte.',
  ]) assert.equal(only('date-mismatch', text, lisbon).flagged, 'Friday', text);
  // Not a part with a date of its own, before or after its subject: the phrase put first dates the first part only.
  for (const text of [
    'On Saturday, Blinken held nearly six hours of talks with Qin Gang, and on Monday he met Xi.',
    'On Saturday, Blinken held talks with Qin Gang, and he met Wang Yi on Monday.',
  ]) assert.equal(only('date-mismatch', text, builtIn).fixed, text.replace('Saturday', 'Sunday'), text);
  assertNoFinding('date-mismatch', ['On Sunday, Blinken held nearly six hours of talks with Qin Gang, and on Monday he met Xi.', 'On Sunday, Blinken held talks with Qin Gang, and he met Wang Yi on Monday.'], builtIn);
});

test('an order to the reader ("Bring …", "Please read …") is about the reader, not about whom the sentence before named', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte. Bring a one-page response to Friday’s talks.', 'Lindqvist met Duarte. Please bring a one-page response to Friday’s talks.'], lisbon);
  // Naming the people itself, or no order at all, it still tells of their talks.
  for (const text of ['Lindqvist met Duarte. Friday’s talks ran long.', 'Note: Lindqvist met Duarte on Friday.', 'Lindqvist met Duarte. Note that they met on Friday.']) {
    assert.equal(only('date-mismatch', text, lisbon).flagged, 'Friday', text);
  }
});

test('built-in set: seeing a clause ("will see what Xi says", "saw that Xi was cautious") is no meeting', () => {
  assertNoFinding('date-mismatch', ['On Tuesday, Blinken will see what Xi says.', 'On Tuesday, Blinken saw that Xi was cautious.'], builtIn);
  for (const text of ['On Tuesday, Blinken went to see Xi.', 'On Tuesday, Blinken saw Xi.']) assert.equal(only('date-mismatch', text, builtIn).flagged, 'Tuesday', text);
});

test('built-in set: "state" of "secretary of state" is no verb of saying that the date belongs to', () => {
  for (const text of ['On Tuesday, the US secretary of state went to see Xi Jinping.', 'On Tuesday, the secretary of state was finally shown in to see Xi Jinping.']) {
    assert.equal(only('date-mismatch', text, builtIn).flagged, 'Tuesday', text);
  }
  // A verb of saying after the date still takes it.
  assertNoFinding('date-mismatch', ['On Tuesday, the secretary of state said his talks with Xi had gone well.'], builtIn);
});

test('a day counted from someone’s "first" or "last" of several events the reference dates counts from the earliest or latest', () => {
  // Duarte met Ferreira on the Wednesday he arrived, and Lindqvist on the Thursday.
  const wrong = [
    ['Maria Lindqvist met Carlos Duarte two days after his first meeting.', 'two days after', 'the day after'],
    ['Carlos Duarte arrived in Lisbon two days before his last meeting.', 'two days before', 'the day before'],
    ['Carlos Duarte arrived in Lisbon the day before his first meeting.', 'the day before', 'on the day of'],
  ];
  for (const [text, flagged, fix] of wrong) {
    const found = only('date-mismatch', text, lisbon);
    assert.equal(found.flagged, flagged, text);
    assert.equal(found.fixed, text.replace(flagged, fix));
  }
  assertNoFinding('date-mismatch', [
    'Maria Lindqvist met Carlos Duarte a day after his first meeting.',
    'Carlos Duarte arrived in Lisbon a day before his final meeting.',
    'Maria Lindqvist met Carlos Duarte on the day of his last meeting.',
    // Without "first" or "last", events on two days say no day.
    'Carlos Duarte arrived in Lisbon two days before his meeting.',
  ], lisbon);
});

test('a weekday before a day and month in figures has its figures fixed in their own places', () => {
  for (const [text, fixed] of [
    ['Wednesday 13/03: Lindqvist meets Duarte in Lisbon.', 'Thursday 14/03: Lindqvist meets Duarte in Lisbon.'],
    ['Wednesday 3/13: Lindqvist meets Duarte in Lisbon.', 'Thursday 3/14: Lindqvist meets Duarte in Lisbon.'],
    ['Thursday 14/04: Lindqvist meets Duarte in Lisbon.', 'Thursday 14/03: Lindqvist meets Duarte in Lisbon.'],
  ]) assert.equal(only('date-mismatch', text, lisbon).fixed, fixed, text);
  // Figures that could each be the day or the month are no part a fix may write.
  const { fixes } = findingsOf('date-mismatch', 'Sunday 3/3: Lindqvist meets Duarte in Lisbon.', lisbon)[0];
  assert.deepEqual(fixes, []);
});

test('a day counted from "the X meeting" counts from another event than the one its sentence dates, all of whose people the sentence names', () => {
  // Duarte met Ferreira on the Wednesday and Lindqvist, the text's subject, on the Thursday.
  const lead = 'Maria Lindqvist flew to Lisbon. Maria Lindqvist toured the port. ';
  for (const text of [`${lead}Two days before the Duarte meeting, Duarte met Ana Ferreira.`, `${lead}Duarte met Ana Ferreira two days before the Duarte meeting.`]) {
    const found = only('date-mismatch', text, lisbon);
    assert.equal(found.flagged.toLowerCase(), 'two days before', text);
  }
  assertNoFinding('date-mismatch', [`${lead}The day before the Duarte meeting, Duarte met Ana Ferreira.`, `${lead}Duarte met Ana Ferreira a day before the Duarte meeting.`], lisbon);
});

test('a day counted from an event, set before a dash as a label ("Two days after the Ferreira talks — Lindqvist meets Duarte"), dates what follows the dash', () => {
  // Duarte met Ferreira on the Wednesday and Lindqvist on the Thursday.
  for (const text of ['- Two days after the Ferreira talks — Lindqvist meets Duarte.', 'Two days after the Ferreira talks — Lindqvist met Duarte in Lisbon.']) {
    assert.equal(only('date-mismatch', text, lisbon).flagged, 'Two days after', text);
  }
  assertNoFinding('date-mismatch', ['- The day after the Ferreira talks — Lindqvist meets Duarte.', '- A day after the Ferreira talks — Lindqvist meets Duarte.'], lisbon);
});

test('a day counted from an event the phrase dates ("two days after his talks with Ferreira on Wednesday") counts from it when that date is the event\'s', () => {
  // Duarte met Ferreira on Wednesday 13 March and Lindqvist on the Thursday.
  const found = only('date-mismatch', 'Lindqvist met Duarte two days after his talks with Ferreira on Wednesday, in Lisbon.', lisbon);
  assert.equal(found.fixed, 'Lindqvist met Duarte the day after his talks with Ferreira on Wednesday, in Lisbon.');
  // A wrong date of the event is flagged alone; a day counted from a date, not an event, is not read as one from an event.
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte two days after his talks with Ferreira on Tuesday.', lisbon).flagged, 'Tuesday');
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte a day after his talks with Ferreira on Wednesday.', 'Lindqvist met Duarte the day after Wednesday.', 'Lindqvist met Duarte two days after his talks with Ferreira on Wednesday ended in Lisbon.'], lisbon);
});

test('built-in set: a claim whose own sentence has a source give the right value after a semicolon ("; the source says May") is set right by the draft', () => {
  const claim = 'A briefing note said CIA director William Burns went to China in June';
  assertNoFinding('date-mismatch', [`${claim}; the source says May.`, `${claim}; but the article has May.`], builtIn);
  // Not when the source is said to give something else.
  assert.equal(only('date-mismatch', `${claim}; the source says he met officials.`, builtIn).flagged, 'June');
});

test('a relative day opening a paragraph counts from the last date of the paragraph before', () => {
  const text = 'Lindqvist met Duarte on Thursday.\n\nTwo days earlier, Duarte met Ferreira.';
  assert.equal(only('date-mismatch', text, lisbon).fixed, 'Lindqvist met Duarte on Thursday.\n\nThe day before, Duarte met Ferreira.');
  assertNoFinding('date-mismatch', [
    'Lindqvist met Duarte on Thursday.\n\nThe day before, Duarte met Ferreira.',
    // Not from a heading, nor from a sentence of its own paragraph that is not right before it, nor from a date the
    // reference does not confirm (a summit's opening may be the writer's context).
    '## Thursday\n\nTwo days earlier, Duarte met Ferreira.',
    'The summit opened on Friday.\n\nTwo days earlier, Duarte met Ferreira.',
    'Lindqvist met Duarte on Thursday.\n\nLindqvist flew home. Two days earlier, Duarte met Ferreira.',
  ], lisbon);
});

test('a relative day opening its sentence, with no date before it, counts from the one event the sentence before tells of', () => {
  // Duarte met Ferreira on the Wednesday and Lindqvist on the Thursday.
  const text = 'Duarte met Ana Ferreira. Two days later, Lindqvist met Duarte.';
  const found = only('date-mismatch', text, lisbon);
  assert.equal(found.fixed, 'Duarte met Ana Ferreira. The next day, Lindqvist met Duarte.');
  assert.match(found.finding.message, /not “Two days later” \(Friday 15 March 2024\)/);
  assertNoFinding('date-mismatch', [
    'Duarte met Ana Ferreira. The next day, Lindqvist met Duarte.',
    // Events of two days; nobody named; another paragraph; words before the relative day that tell of another time.
    'Duarte met Ana Ferreira and then Lindqvist. Two days later, Lindqvist met Duarte.',
    'The talks were long. Two days later, Lindqvist met Duarte.',
    'Duarte met Ana Ferreira.\n\nTwo days later, Lindqvist met Duarte.',
    'Duarte met Ana Ferreira. After a long trip and a week of rest, two days later, Lindqvist met Duarte.',
    // After a day counted from an event, "two days before" may count from that event too.
    'A day before the summit opened, Duarte met Ana Ferreira. Two days before, Lindqvist met Duarte.',
  ], lisbon);
});

test('a short label before a colon names the event of a record after it opening with a value ("First round of talks: Friday, with X, …")', () => {
  assert.equal(only('date-mismatch', 'Lindqvist flew in. Talks with the minister: Friday, with Carlos Duarte, lasting about four hours.', lisbon).flagged, 'Friday');
  assert.equal(only('number-mismatch', 'Lindqvist flew in. Talks with the minister: Thursday, with Carlos Duarte, lasting nine hours.', lisbon).flagged, 'nine hours');
  assertNoFinding('date-mismatch', ['Lindqvist flew in. Talks with the minister: Thursday, with Carlos Duarte, lasting about four hours.'], lisbon);
  // What follows the colon is a clause of its own: the label names nothing it tells.
  assertNoFinding('date-mismatch', ['Lindqvist flew in. Talks with the minister: she went shopping on Friday with Carlos Duarte.'], lisbon);
});

test('people a fact tells of in a clause of time ("… after Lindqvist met Duarte") are named by such a clause of the draft', () => {
  const withStrike = lisbonWith(
    eventOfLindqvistAndDuarte('dockers-strike-may', 'Dockers went on strike in May 2024 after Lindqvist met Duarte', ['strike', 'walkout'], { value: '2024-05', precision: 'month' }, 'European trade commissioner Maria Lindqvist'),
  );
  const draft = 'The dockers went on strike in June after Lindqvist met Duarte in Lisbon.';
  assert.equal(only('date-mismatch', draft, withStrike).fixed, draft.replace('June', 'May'));
  assertNoFinding('date-mismatch', [
    draft.replace('June', 'May'),
    // Named in a clause of time, the people of an event the fact does not tell so are the point of reference only.
    'The dockers went on strike in June after Ferreira toured the port.',
  ], withStrike);
  // The built-in set: China launched war games in April 2023 after Tsai Ing-wen met Kevin McCarthy.
  assert.equal(only('date-mismatch', 'China launched three days of war games in March after Tsai Ing-wen met Kevin McCarthy in the US.', builtIn).refId, 'war-games-april');
});

test('time spent "with" someone set after a description ("with the foreign minister, Carlos Duarte") dates their meeting', () => {
  assert.equal(only('date-mismatch', 'Lindqvist spent Friday with the foreign minister, Carlos Duarte.', lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', [
    'Lindqvist spent Thursday with the foreign minister, Carlos Duarte.',
    // The name after the comma is a clause's subject, not whom the time was spent with.
    'Lindqvist spent Friday with her delegation, and Duarte flew home.',
  ], lisbon);
});

test('a passive "was spent with" someone, naming no one before it, is the doing of the one person the draft goes on about', () => {
  assert.equal(only('date-mismatch', 'Lindqvist landed in Lisbon. Friday was spent with Carlos Duarte.', lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', [
    'Lindqvist landed in Lisbon. Thursday was spent with Carlos Duarte.',
    // Two people the sentence before named: whose day it was is not known.
    'Lindqvist landed in Lisbon with Ferreira. Friday was spent with Carlos Duarte.',
  ], lisbon);
});

/** Whom the last "her" or "she" of the text stands for, as the sentence frames read it. */
function herIn(text: string): string | undefined {
  const [{ analysis }] = analyzeAround(text, 'markdown', [lisbon], 0);
  const frames = new SentenceFrames(analysis, lisbon);
  const her = Math.max(text.lastIndexOf('her '), text.lastIndexOf('she '));
  return frames.at(frames.spans.length - 1).refs.find((ref) => ref.start === her)?.id;
}

test('a pronoun in phrases put first after an adverb of sequence stands for the subject named after them', () => {
  assert.equal(herIn('Ferreira toured the port. Then, on Thursday, before her talks with Duarte, Lindqvist signed the deal.'), 'maria-lindqvist');
  assert.equal(herIn('Ferreira toured the port. Later, in her speech, Lindqvist praised Duarte.'), 'maria-lindqvist');
  // A subject pronoun after the adverb is the main clause's subject: the person named before.
  assert.equal(herIn('Ferreira toured the port. Then her aides met Lindqvist.'), 'ana-ferreira');
});

test('a pronoun in a phrase put first stands for the subject after further phrases of time set off by commas', () => {
  assert.equal(herIn('Ferreira toured the port. In her talks on Thursday, a day before the vote, Lindqvist pressed Duarte.'), 'maria-lindqvist');
  assert.equal(herIn('Ferreira toured the port. In her talks on Thursday, during the lunch, after the vote, Lindqvist pressed Duarte.'), 'maria-lindqvist');
  // Not past a part that is no phrase of time, nor to a name that is not the subject.
  assert.equal(herIn('Ferreira toured the port. In her talks on Thursday, the aides said, Lindqvist pressed Duarte.'), 'ana-ferreira');
  assert.equal(herIn('Ferreira toured the port. In her talks on Thursday, before the vote, she thanked Lindqvist.'), 'ana-ferreira');
});

test('a part after a colon names whom the value\'s part, naming no one, refers to; not the sentence before', () => {
  assertNoFinding('date-mismatch', ['Ferreira met Duarte on Wednesday. Thursday’s session began in silence: neither Lindqvist nor Duarte spoke.'], lisbon);
  assert.equal(only('date-mismatch', 'Ferreira met Duarte on Wednesday. Friday’s session began in silence: neither Lindqvist nor Duarte spoke.', lisbon).fixed, 'Ferreira met Duarte on Wednesday. Thursday’s session began in silence: neither Lindqvist nor Duarte spoke.');
  // Someone named before the colon is the value's part's own.
  assert.equal(only('date-mismatch', 'Lindqvist flew in. Duarte’s Thursday session with Ferreira was short: both she and Lindqvist left early.', lisbon).flagged, 'Thursday');
});

test('someone set after a description a preposition opens, in the main clause after a clause put first, is not whom the next pronoun stands for', () => {
  assert.equal(herIn('Before flying home, speaking beside Portugal’s prime minister, Ana Ferreira, Lindqvist praised the deal. Later she met Duarte.'), 'maria-lindqvist');
  // Named as the subject, the person in apposition is whom the text goes on about.
  assert.equal(herIn('Before flying home, Portugal’s prime minister, Ana Ferreira, praised the deal. Later she met Duarte.'), 'ana-ferreira');
});

test('a month far off still dates the one occasion a fact tells of when the sentence names what caused it ("… after Lindqvist met Duarte")', () => {
  const withStrike = lisbonWith(
    eventOfLindqvistAndDuarte('dockers-strike-may', 'Dockers went on strike in May 2024 after Lindqvist met Duarte', ['strike', 'walkout'], { value: '2024-05', precision: 'month' }, 'European trade commissioner Maria Lindqvist'),
  );
  for (const draft of ['The dockers went on strike in September after Lindqvist met Duarte in Lisbon.', 'After Lindqvist met Duarte, the dockers went on strike in September.']) {
    assert.equal(only('date-mismatch', draft, withStrike).fixed, draft.replace('September', 'May'), draft);
  }
  // With no cause named in its own part, a month that far off may be another strike.
  assertNoFinding('date-mismatch', [
    'The dockers went on strike in September after Ferreira toured the port.',
    'The dockers went on strike again in September.',
    'The dockers went on strike in September after a pay dispute, and again in May after Lindqvist met Duarte.',
  ], withStrike);
});

test('a pair named by "between" is no antecedent for a pronoun later in the sentence ("a summit between X and Y, but she …")', () => {
  assert.equal(herIn('Ferreira drafted the plan. It grew out of talks between Lindqvist and Duarte, but she later dropped it.'), 'ana-ferreira');
  // Named as the subject, the person is the pronoun's antecedent.
  assert.equal(herIn('Ferreira drafted the plan. Lindqvist praised it in talks with Duarte, but she later dropped it.'), 'maria-lindqvist');
});

test('a value labelling its paragraph dates the main clause after a time counted from another event opening the sentence', () => {
  assertNoFinding('date-mismatch', ['**Wednesday, March 13.** A day before Lindqvist’s talks with Duarte, Ferreira met Duarte in Lisbon.'], lisbon);
  assert.equal(only('date-mismatch', '**Tuesday, March 12.** A day before Lindqvist’s talks with Duarte, Ferreira met Duarte in Lisbon.', lisbon).refId, 'duarte-met-ferreira');
});

test('someone a phrase put first names beside or addressed ("Standing beside X, she", "with X at her side, Y") is not the pronoun', () => {
  assert.equal(herIn('Lindqvist arrived. Standing beside Portugal’s prime minister, Ana Ferreira, she spoke of trade.'), 'maria-lindqvist');
  assert.equal(herIn('Lindqvist arrived. Speaking to Ferreira, she was blunt.'), 'maria-lindqvist');
  assert.equal(herIn('Ferreira spoke first. In Lisbon, with Duarte at her side, Lindqvist praised the deal.'), 'maria-lindqvist');
  // The subject after such a phrase is whom the next sentence's pronoun stands for.
  assert.equal(herIn('Lindqvist arrived. Standing beside Duarte, Ferreira spoke of trade. Later she left.'), 'ana-ferreira');
});

test('a weekday and then the day as an ordinal ("Friday the 15th") is one date, read and fixed whole', () => {
  assert.equal(only('date-mismatch', 'Lindqvist met Duarte on Friday the 15th.', lisbon).fixed, 'Lindqvist met Duarte on Thursday the 14th.');
  assert.equal(only('date-mismatch', 'On Thursday, the 15th, Lindqvist met Duarte.', lisbon).flagged, 'Thursday, the 15th');
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte on Thursday the 14th.', 'On Thursday the 14th, Lindqvist met Duarte.'], lisbon);
});

test('a day numbered before the label ("**Day one, Friday.**", "Day 2: Friday.") still labels the paragraph it opens', () => {
  assert.equal(only('date-mismatch', '**Day one, Friday.** The delegation lands. Lindqvist sits down with Duarte.', lisbon).fixed, '**Day one, Thursday.** The delegation lands. Lindqvist sits down with Duarte.');
  assert.equal(only('date-mismatch', 'Day 2: Friday. Lindqvist sits down with Duarte.', lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', ['**Day one, Thursday.** The delegation lands. Lindqvist sits down with Duarte.', '**Day two, Friday.** The delegation lands. Ferreira tours the port.'], lisbon);
});

test('built-in set: the event a count of days opens with ("Two days before Blinken’s first round of talks, Xi …") is not the event it dates', () => {
  assertNoFinding('date-mismatch', ['Two days before Blinken’s first round of talks, Xi Jinping had offered a softer note.', 'Two days before Blinken’s first round of talks, Xi Jinping met Bill Gates.'], builtIn);
  assert.equal(only('date-mismatch', 'Three days before Blinken’s first round of talks, Xi Jinping met Bill Gates.', builtIn).refId, 'xi-met-gates');
});

test('a weekday abbreviated with no dot after a verb a day follows ("came Fri", "was Sat, …") is a date; "Sat" as a word is not', () => {
  assert.equal(only('date-mismatch', 'Lindqvist’s talks with Duarte came Fri, in Lisbon.', lisbon).flagged, 'Fri');
  assert.equal(only('date-mismatch', 'Lindqvist’s meeting with Duarte was Sat, in Lisbon.', lisbon).fixed, 'Lindqvist’s meeting with Duarte was Thu, in Lisbon.');
  assertNoFinding('date-mismatch', ['Lindqvist’s talks with Duarte came Thurs, in Lisbon.', 'Lindqvist’s meeting with Duarte was Sat down in Lisbon.', 'Lindqvist’s meeting with Duarte was Sat with the delegates.'], lisbon);
});

test('opening or closing a visit with one of a meeting’s people ("opened on Friday with Duarte", "ended with X") tells of their meeting', () => {
  assert.equal(only('date-mismatch', 'Lindqvist opened on Friday with Duarte.', lisbon).fixed, 'Lindqvist opened on Thursday with Duarte.');
  assert.equal(only('date-mismatch', 'Lindqvist ended her visit on Friday with Carlos Duarte.', lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', ['Lindqvist opened on Thursday with Duarte.', 'Lindqvist opened on Friday with a speech.', 'Lindqvist began on Friday with a walk by the river.'], lisbon);
});

test('a "who" of a clause before the value’s is not the subject of the value’s clause ("…, who accepted …; two days later Duarte …")', () => {
  const wrong = "Duarte's talks opened on Wednesday with Ana Ferreira, who accepted an invitation to Brasília; two days later Duarte sat down with Lindqvist.";
  const finding = only('date-mismatch', wrong, lisbon);
  assert.equal(finding.flagged, 'two days later');
  assert.equal(finding.fixed, wrong.replace('two days later', 'the next day'));
  assertNoFinding('date-mismatch', [wrong.replace('two days later', 'the next day')], lisbon);
});

test('a length set between commas inside a phrase ("a session, nearly three hours, with X") leaves X in the phrase', () => {
  const before = "Duarte's visit ended on Thursday with a sit-down with Maria Lindqvist.\n\n";
  assertNoFinding('date-mismatch', [`${before}The foreign minister's visit opened on Wednesday with a session, nearly three hours, with Prime Minister Ana Ferreira.`], lisbon);
  assert.equal(only('date-mismatch', `${before}The foreign minister's visit opened on Tuesday with a session, nearly three hours, with Prime Minister Ana Ferreira.`, lisbon).flagged, 'Tuesday');
});

test('a relative day late in a sentence telling of no other time counts from the event the sentence before told ("Duarte had met Ferreira two days earlier")', () => {
  const wrong = 'Lindqvist met Duarte. Duarte had met Ana Ferreira two days earlier.';
  assert.equal(only('date-mismatch', wrong, lisbon).fixed, wrong.replace('two days earlier', 'the day before'));
  assertNoFinding('date-mismatch', [wrong.replace('two days earlier', 'a day earlier'), 'Lindqvist met Duarte. Duarte had met Ana Ferreira on Wednesday, two days earlier than planned.'], lisbon);
});

test('built-in set: the person a markdown headline names is whom a section naming no one is about, though others are named more', () => {
  const slides = (headline: string) => `${headline}\n\n- Antony Blinken flew in for two days\n\n## Who met whom\n- Saturday: nearly six hours of talks with Foreign Minister Qin Gang\n- Xi Jinping saw him last, and Xi kept it short\n\n## What next\n- Xi may yet travel; a Biden–Xi summit is possible`;
  assert.equal(only('date-mismatch', slides('# Blinken goes to Beijing'), builtIn).fixed, slides('# Blinken goes to Beijing').replace('Saturday', 'Sunday'));
  // A headline naming no one leaves the subject to the count (Xi, named most).
  assertNoFinding('date-mismatch', [slides('# A trip to Beijing')], builtIn);
});

test('built-in set: the person the reference\'s facts are told about is the subject of a draft naming them nearly as often as anyone', () => {
  assert.equal(builtIn.protagonist, 'antony-blinken');
  assert.equal(lisbon.protagonist, 'maria-lindqvist');
  const draft = (moreOfXi: string) =>
    `# Beijing, June 2023\n\nXi Jinping received Antony Blinken at the Great Hall. Xi said the two sides had made progress. Blinken called the talks candid. Xi Jinping spoke of stability.${moreOfXi} Blinken flew home afterwards.\n\n## The first round\n\nOn Saturday he sat down with Qin Gang for nearly six hours.\n`;
  // Xi named four times, Blinken three: "he" after the heading is Blinken, whose talks with Qin were on the Sunday.
  assert.equal(only('date-mismatch', draft(''), builtIn).refId, 'blinken-met-qin-gang');
  // Named twice as often, Xi is the subject, and Xi held no talks with Qin.
  assertNoFinding('date-mismatch', [draft(' Xi smiled. Xi waved.')], builtIn);
});

test('a day counted from an event whose name is set apart from its verb by an aside ("two days after Duarte, in a meeting with Ferreira, had praised …")', () => {
  const draft = (count: string) => `Lindqvist met Duarte in Lisbon.\n\nThe talks came ${count} after Duarte, in a meeting with Portuguese prime minister Ana Ferreira, had praised the deal.`;
  const { flagged, refId } = only('date-mismatch', draft('two days'), lisbon);
  assert.deepEqual([flagged, refId], ['two days after', 'lindqvist-met-duarte']);
  assertNoFinding('date-mismatch', [draft('a day')], lisbon);
  // So is a description of a person: "the Chinese leader".
  const described = (count: string) => `Blinken met Wang Yi. Then came Xi. The audience took place ${count} after the Chinese leader, in a gesture some read as a signal, told Microsoft co-founder Bill Gates that the two countries could cooperate.`;
  assert.equal(only('date-mismatch', described('two days'), builtIn).fixed, described('three days'));
  assertNoFinding('date-mismatch', [described('three days')], builtIn);
  // Not a phrase naming no person: "the talks, in which …," end where the comma stands.
  assertNoFinding('date-mismatch', ['Then came Xi. The audience took place two days after the talks, in which Blinken pressed Qin Gang, ended.'], builtIn);
});

test('a heading naming no one, in words only one fact of the person the document is about has, dates that fact', () => {
  const doc = (who: string, heading: string) => `# ${who} in Lisbon\n\n${who} gave a press conference.\n\n## ${heading}\n\nThe weather was mild.\n`;
  assert.equal(only('date-mismatch', doc('Carlos Duarte', 'Thursday — the arrival'), lisbon).refId, 'duarte-arrived-wednesday');
  assert.equal(only('date-mismatch', doc('Maria Lindqvist', 'December 2023 — a postponement'), lisbon).refId, 'summit-postponed-november');
  // Not the event of someone the document is not about, nor one the heading names no word of its own for.
  assertNoFinding('date-mismatch', [doc('Maria Lindqvist', 'Thursday — the arrival'), doc('Carlos Duarte', 'Thursday — a long day')], lisbon);
});

test('a participle of saying right after the value’s part ("Biden spoke two days before …, saying he hoped to meet Xi") tells what was said then', () => {
  const draft = (when: string) => `Biden spoke ${when} Blinken sat down with Qin Gang, saying he hoped to meet Xi.`;
  assert.equal(only('date-mismatch', draft('two days before'), builtIn).refId, 'biden-hopes-to-meet-xi');
  // Someone else's saying is not Biden's hope, nor is one in a part further on.
  assertNoFinding('date-mismatch', [draft('the day before'), 'Blinken met Qin Gang on Sunday, saying he hoped to meet Xi.', 'Biden spoke two days before Blinken sat down with Qin Gang, as the talks began, saying he hoped to meet Xi.'], builtIn);
});

test('a clause opening with its verb after an aside between dashes has the name opening the aside for its subject', () => {
  const draft = (month: string) => `Antony Blinken flew to Beijing and met Wang Yi.\n\nWang Yi wears two hats: he is also the senior adviser JS — Jake Sullivan, the national security adviser — met in Vienna in ${month}.`;
  assertNoFinding('date-mismatch', [draft('May')], builtIn);
  assert.equal(only('date-mismatch', draft('April'), builtIn).refId, 'sullivan-met-wang-yi-vienna');
});

test('a date followed by ", when" and a clause telling of an event dates that event, not the main clause’s', () => {
  assertNoFinding('date-mismatch', ['Blinken met Xi.\n\nThe Xi meeting followed a marathon session on Sunday, when Blinken met for nearly six hours with Qin Gang.'], builtIn);
  // A clause telling of no event leaves the date the main clause's.
  assert.equal(only('date-mismatch', 'Blinken met Xi on Sunday, when the weather was fine.', builtIn).refId, 'blinken-met-xi');
});

test('notes: "Day one, Saturday:" labels the clause after it, and "w/" is "with"', () => {
  for (const draft of ['Day one, Saturday: Blinken sat with Qin Gang for nearly six hours.', 'Day one, Saturday: Blinken sat w/ Chinese FM Qin Gang for nearly six hrs.']) {
    assert.equal(only('date-mismatch', draft, builtIn).refId, 'blinken-met-qin-gang', draft);
  }
  assertNoFinding('date-mismatch', ['Day one, Sunday: Blinken sat w/ Qin Gang for nearly six hrs.', 'Day one, Saturday: Blinken sat w/o aides, reading.'], builtIn);
});

test('the day a run of one person’s events began or ended on is that of the first or last of them the reference dates', () => {
  assert.equal(only('date-mismatch', 'Blinken’s talks started on Saturday.', builtIn).fixed, 'Blinken’s talks started on Sunday.');
  assert.equal(only('date-mismatch', 'Blinken’s talks ended on Tuesday.', builtIn).fixed, 'Blinken’s talks ended on Monday.');
  assertNoFinding('date-mismatch', ['Blinken’s talks started on Sunday.', 'Blinken’s talks ended on Monday.', 'Blinken’s talks began on Sunday, June 18.'], builtIn);
  // Without a verb telling the start or the end, talks on two days say no day.
  assertNoFinding('date-mismatch', ['Blinken’s talks were on Saturday.', 'Blinken’s talks continued on Saturday.'], builtIn);
});

test('a country named by a code diplomatic writing uses ("the PRC", "the ROK") is that country for where an event took place', () => {
  assert.equal(only('date-mismatch', 'In April 2023, CIA chief William Burns travelled to the PRC.', builtIn).refId, 'burns-china-may');
  assertNoFinding('date-mismatch', ['In May 2023, CIA chief William Burns travelled to the PRC.', 'In April 2023, CIA chief William Burns travelled to the ROK.'], builtIn);
});

test('a verb of saying in the event a day beside a date counts from is no saying that date dates ("on Monday, June 19, five days after he had told Bill Gates …")', () => {
  const draft = (count: string) => `The Chinese leader received Blinken on Monday, June 19, ${count} after he had told Microsoft co-founder Bill Gates that the two countries could cooperate.`;
  assert.equal(only('date-mismatch', draft('five days'), builtIn).fixed, draft('three days'));
  assertNoFinding('date-mismatch', [draft('three days')], builtIn);
  // Nor do people named only in another clause make it their event: "the Xi meeting" here is Blinken's, not Biden's hope.
  assertNoFinding('date-mismatch', ['# Signals\n\nBlinken was received by Xi on Monday. Two days before that, President Biden said he hoped to see Xi soon; three days before the Xi meeting, Xi had hosted Bill Gates.\n'], builtIn);
  // Nor is the verb of an event a phrase set after the date counts from ("today, Monday the 20th, two days after X said").
  const today = (day: string) => `Xi sees Blinken today, Monday the ${day}, two days after President Biden said he hoped to meet Xi soon.`;
  assert.equal(only('date-mismatch', today('20th'), builtIn).fixed, today('19th'));
  assertNoFinding('date-mismatch', [today('19th')], builtIn);
});

test('a time still to come ("later this year", "next month") dates no event the reference tells as past', () => {
  const digest = (when: string) => `# Weekly digest\nWeek of June 19, 2023\n\nBiden said Saturday that he hoped to meet Xi in the coming months.\n\n**Why it matters:** A leaders' meeting ${when} is now a realistic planning assumption.`;
  assertNoFinding('date-mismatch', [digest('later this year'), digest('next year')], builtIn);
  // A past time still dates it: the Bali summit was in November 2022.
  assert.equal(only('date-mismatch', 'Biden and Xi met in Bali in October 2022.', builtIn).refId, 'bali-summit');
});

test('event words only in a phrase opened by "with" after a date put first tell what was so then, not what the date dates', () => {
  assertNoFinding('date-mismatch', ['On Friday evening, with the talks between Lindqvist and Duarte just a day old, the press club gathered to ask what they had achieved.'], lisbon);
  // An event word outside the phrase: the date is that event's.
  assert.equal(only('date-mismatch', 'On Friday, with the press watching, Lindqvist met Duarte.', lisbon).refId, 'lindqvist-met-duarte');
});

test('a relative clause set off between a subject and its verb leaves the subject’s event word the verb’s ("The meeting with X, which …, took place two days after …")', () => {
  const opening = 'Lindqvist flew to Lisbon for the talks. ';
  const draft = (when: string) => `${opening}The meeting with Duarte, which neither side confirmed until the last minute, took place ${when} Duarte arrived.`;
  const { flagged, refId, fixed } = only('date-mismatch', draft('two days after'), lisbon);
  assert.equal(flagged, 'two days after');
  assert.equal(refId, 'lindqvist-met-duarte');
  assert.equal(fixed, draft('the day after'));
  // The denial inside the relative clause denies nothing of the verb's, and a right day is quiet.
  assertNoFinding('date-mismatch', [draft('the day after'), `${opening}The meeting with Duarte, which came as a surprise, took place two days after the trade fair opened.`], lisbon);
});

test('a part joined after the value’s with a subject of its own lends it no subject ("…, the one postponed in October, and that the invitation came from the Ferreira government")', () => {
  const draft = (month: string) => `Lindqvist flew to Lisbon. This was the rescheduled summit, the one that was postponed in ${month} after the floods, and that the invitation came from the Ferreira government.`;
  assert.equal(only('date-mismatch', draft('October'), lisbon).fixed, draft('November'));
  assertNoFinding('date-mismatch', [draft('November'), 'Lindqvist flew to Lisbon. Ferreira visited São Paulo in January, and that is why the summit was postponed.'], lisbon);
});

test('a length between "the" and the event word leaves it a definite mention of the event ("the nearly six-hour session with Qin Gang, held two days before …")', () => {
  const draft = (when: string) =>
    `# After Beijing: a panel on Blinken's trip\n\n**HOST:** Welcome. We meet two days after Antony Blinken sat down with Xi Jinping.\n\n**PARK:** It was a short trip. Nobody confirmed the audience until about an hour before it started, which shows how much control the Chinese leader wanted. The heavy lifting came first: the nearly six-hour session with Qin Gang, held ${when} Blinken was received by Xi, and then three hours with Wang Yi.\n`;
  const { flagged, refId } = only('date-mismatch', draft('two days before'), builtIn);
  assert.deepEqual([flagged, refId], ['two days before', 'blinken-met-qin-gang']);
  assertNoFinding('date-mismatch', [draft('the day before')], builtIn);
});

test('a participle set off after a noun phrase describes it: the phrase’s event word dates the event ("the meeting with Duarte, held two days after …")', () => {
  const draft = (when: string) => `Lindqvist flew in on Tuesday. The substantive work came first: the meeting with Duarte, held ${when} Duarte arrived, and then a press conference.`;
  assert.equal(only('date-mismatch', draft('two days after'), lisbon).refId, 'lindqvist-met-duarte');
  // Not a verb joined to a clause with a subject: "Duarte arrived, …, and Lindqvist, tired, flew home two days after".
  assertNoFinding('date-mismatch', [draft('the day after'), 'Lindqvist flew in on Tuesday. The press liked the meeting with Duarte, crowned two days after Duarte arrived by a toast.'], lisbon);
});

test('an event word of several words that only one fact of its kind has names that event, whoever the phrase leaves unnamed ("a day before the opening round of talks")', () => {
  const evidence = 'The two sat down for about four hours';
  const openingRound = eventOfLindqvistAndDuarte('opening-round', 'The opening round of talks was held on Thursday 14 March 2024', ['opening round', 'round of talks'], { value: '2024-03-14', precision: 'day' }, evidence);
  const withRound = lisbonWith(openingRound);
  const draft = (when: string) => `Ferreira struck a hopeful note when she met Duarte, just ${when} the opening round of talks, telling him the fleet would wait.`;
  const { flagged, fixed } = only('date-mismatch', draft('two days before'), withRound);
  assert.equal(flagged, 'two days before');
  assert.equal(fixed, draft('the day before'));
  assertNoFinding('date-mismatch', [draft('the day before'), 'Ferreira met Duarte a day before the opening round of talks.'], withRound);
  // A word every meeting has names none of them.
  assertNoFinding('date-mismatch', ['Ferreira met Duarte two days before the talks.'], withRound);
});

test('people named in another clause of the sentence do not make the counted-from event someone else’s ("The signal came before Blinken touched down: …, two days before he received the secretary, the Chinese leader …")', () => {
  const draft = (when: string) => `# Signals\n\nThe first signal came before Blinken touched down: at a meeting with Bill Gates, just ${when} before he received the secretary of state, the Chinese leader spoke warmly of cooperation.\n`;
  const { flagged, refId } = only('date-mismatch', draft('two days'), builtIn);
  assert.deepEqual([flagged, refId], ['two days before', 'xi-met-gates']);
  assertNoFinding('date-mismatch', [draft('three days')], builtIn);
  // Nor do people named only in another clause make it their event: "the Xi meeting" here is Blinken's, not Biden's hope.
  assertNoFinding('date-mismatch', ['# Signals\n\nBlinken was received by Xi on Monday. Two days before that, President Biden said he hoped to see Xi soon; three days before the Xi meeting, Xi had hosted Bill Gates.\n'], builtIn);
  // Nor is the verb of an event a phrase set after the date counts from ("today, Monday the 20th, two days after X said").
  const today = (day: string) => `Xi sees Blinken today, Monday the ${day}, two days after President Biden said he hoped to meet Xi soon.`;
  assert.equal(only('date-mismatch', today('20th'), builtIn).fixed, today('19th'));
  assertNoFinding('date-mismatch', [today('19th')], builtIn);
});


test('"a day before" right after a sentence counting from an event may count from that event, not from the date told with it', () => {
  const opening = 'Read the week backwards. A day before Lindqvist sat down with Duarte, on Wednesday, Duarte arrived in Lisbon.';
  assertNoFinding('date-mismatch', [`${opening} A day before, on Wednesday, Duarte met Ferreira.`], lisbon);
  // After a date told alone, the day counts from it.
  assert.equal(only('date-mismatch', 'Duarte arrived in Lisbon on Thursday. A day before, on Wednesday, Duarte met Ferreira.', lisbon).flagged, 'Thursday');
});

test('a word for a meeting that needs its other side ("marathon") names the event after an article, whoever the clause’s subject, or with a name between ("the Lindqvist marathon")', () => {
  for (const event of ['that marathon with Lindqvist', 'the Lindqvist marathon']) {
    const draft = (when: string) => `Duarte flew in. The breakfast with Ferreira came ${when} ${event}.`;
    assert.equal(only('date-mismatch', draft('two days before'), lisbon).refId, 'duarte-met-ferreira', event);
    assertNoFinding('date-mismatch', [draft('the day before')], lisbon);
  }
  // A name the reference does not know names none of its events.
  assertNoFinding('date-mismatch', ['Duarte flew in. Lindqvist met him two days after the Santos marathon.'], lisbon);
});

test('a length of time spent with one of an event’s people tells of their meeting ("Friday: four hours with Duarte"), a possessive after it naming no subject', () => {
  const draft = (day: string, rest = '') => `Lindqvist flew to Lisbon.\n\n- **${day}:** nearly four hours with Duarte${rest}.\n`;
  assert.equal(only('date-mismatch', draft('Friday'), lisbon).refId, 'lindqvist-met-duarte');
  assert.equal(only('date-mismatch', draft('Friday', ', ending in Duarte’s promise to return'), lisbon).flagged, 'Friday');
  assertNoFinding('date-mismatch', [draft('Thursday', ', ending in Duarte’s promise to return'), 'Lindqvist flew to Lisbon.\n\n- **Friday:** nearly four hours with the press.\n'], lisbon);
});

test('the colon closing a date as a label names no one the value’s part refers to: the other side comes from before ("**Friday:** four hours of talks with Duarte, after which …")', () => {
  const draft = (day: string) => `Lindqvist flew to Lisbon.\n\n- **${day}:** nearly four hours of talks with Duarte, after which both sides said they would meet again.\n`;
  assert.equal(only('date-mismatch', draft('Friday'), lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', [draft('Thursday')], lisbon);
});

test('a row naming both people of a meeting under "| Date | Meeting |" is their meeting, not one of the document’s subject with one of them', () => {
  const table = (day: string) => `Lindqvist spent the week in Lisbon. Lindqvist met everyone.\n\n| Date | Meeting |\n|---|---|\n| ${day} | Duarte and Ana Ferreira |\n| Thursday | Lindqvist and Duarte |\n`;
  assertNoFinding('date-mismatch', [table('Wednesday')], lisbon);
  assert.equal(only('date-mismatch', table('Tuesday'), lisbon).refId, 'duarte-met-ferreira');
});

test('a description after "with" opened by a country\'s possessive ("with China\'s head of state") is whom the subject met, not the side named before', () => {
  const before = 'Blinken did not meet Xi on Sunday. His talks that day were with Foreign Minister Qin Gang. ';
  assertNoFinding('date-mismatch', [`${before}The meeting with China's head of state came the day after, on Monday.`, `${before}The meeting with the Chinese leader came the day after, on Monday.`], builtIn);
  // The side named before still holds the title the description gives.
  assert.equal(only('date-mismatch', `${before}The meeting with China's foreign minister ran for hours on Saturday.`, builtIn).flagged, 'Saturday');
});

test('a name a verb follows after "before" or "after" opening the sentence is a clause\'s subject, whom a pronoun after it stands for', () => {
  assert.equal(herIn('Before Lindqvist was driven to see Ferreira on Thursday, she met Duarte.'), 'maria-lindqvist');
  assert.equal(herIn('After Lindqvist praised Ferreira, she met Duarte.'), 'maria-lindqvist');
  // Still not the object of a participle or of the preposition itself.
  assert.equal(herIn('Before seeing Lindqvist, Ferreira toured the port. Then she met Duarte.'), 'ana-ferreira');
  assert.equal(herIn('After Lindqvist, Ferreira spoke. Then she met Duarte.'), 'ana-ferreira');
});

test('a clause naming only whom someone was with is about whom its own sentence names before it, over the sentence before', () => {
  // The headline makes Wang Yi the document's subject, so the sentence before supplies Wang Yi and Xi, not Blinken.
  const draft = (length: string) => `# Profile: Wang Yi, the last stop before Xi\n\nBefore Antony Blinken was shown in to see Xi Jinping on Monday, he had one more appointment to keep: a session of ${length} with Wang Yi, China's top diplomat.`;
  assert.equal(only('number-mismatch', draft('about four hours'), builtIn).fixed, draft('about three hours'));
  assertNoFinding('number-mismatch', [draft('about three hours')], builtIn);
});

test('a transcript\'s label for a speaker in capitals ("CO-HOST:") names nobody the text turns to', () => {
  const draft = (length: string) => `# Ferreira's week\n\nHOST: On Thursday, Lindqvist got her meeting. How long was it?\n\nCO-HOST: A long one. It was with Duarte, and it was a marathon, ${length}.`;
  assert.equal(only('number-mismatch', draft('about nine hours'), lisbon).fixed, draft('about four hours'));
  assertNoFinding('number-mismatch', [draft('about four hours')], lisbon);
});

test('a negation before an aside set off by commas denies the verb after it ("did not, for the record, meet … on Friday")', () => {
  assertNoFinding('date-mismatch', ['Lindqvist did not, for the record, meet Duarte on Friday.', 'Lindqvist never, as far as anyone knows, met Duarte on Friday.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist did, for the record, meet Duarte on Friday.', lisbon).flagged, 'Friday');
});

test('"had" and a subject after a comma, in a sentence telling what would have been, supposes; "had" and a participle is a past perfect', () => {
  assertNoFinding('date-mismatch', ['Lindqvist met Duarte on Thursday, and had the talks been pushed to Friday, the deal would have slipped.', 'Lindqvist flew in on Wednesday, and had the meeting with Duarte been held on Friday, it would have clashed.'], lisbon);
  assert.equal(only('date-mismatch', 'Lindqvist flew in, and had met Duarte on Friday.', lisbon).flagged, 'Friday');
  assert.equal(only('date-mismatch', 'Lindqvist flew in, and had the talks with Duarte on Friday.', lisbon).flagged, 'Friday');
});

test('what someone heard or read, then doubted ("I heard … on Friday. True?") or denied in the next sentence or paragraph ("…, not nine hours"), is not the draft\'s claim', () => {
  assertNoFinding('date-mismatch', ['**Q: I heard Lindqvist met Duarte on Friday. True?**\n\nA: No, on Thursday.'], lisbon);
  assertNoFinding('number-mismatch', ['**Q: I read that Lindqvist and Duarte talked for nine hours.**\n\nA: About four hours, not nine hours.'], lisbon);
  assert.equal(only('date-mismatch', 'I heard Lindqvist met Duarte on Friday.', lisbon).flagged, 'Friday');
  assert.equal(only('number-mismatch', '**Q: I read that Lindqvist and Duarte talked for nine hours.**\n\nA: The talks were long.', lisbon).flagged, 'nine hours');
  // Two paragraphs on, the denial is of something else.
  assert.equal(only('number-mismatch', 'Lindqvist and Duarte talked for nine hours.\n\nThe port was quiet.\n\nIt was about four hours, not nine hours.', lisbon).flagged, 'nine hours');
});

test('"no" right before a date denies the event it dates ("No Friday meeting with Duarte")', () => {
  assertNoFinding('date-mismatch', ['**No Friday meeting with Duarte.** Lindqvist flew home.', 'There was no Friday meeting between Lindqvist and Duarte.'], lisbon);
  assert.equal(only('date-mismatch', 'There was a Friday meeting between Lindqvist and Duarte.', lisbon).flagged, 'Friday');
});

test('someone named only as the event a phrase counts from ("the sessions that preceded Duarte") is not of the dated event', () => {
  const draft = (day: string) => `${day}, the day of the long session that preceded Duarte, was when Lindqvist flew in.`;
  // Lindqvist flying in is no fact of the set; the meeting with Duarte is only the point counted from.
  assertNoFinding('date-mismatch', [draft('Wednesday'), draft('Tuesday')], lisbon);
  assert.equal(only('date-mismatch', 'On Friday Lindqvist met Duarte.', lisbon).flagged, 'Friday');
  // Built-in set: the day is the pressing's, told of after the phrase, not the Xi meeting's.
  const pressed = (day: string) => `${day}, the day of the longer of the two sessions that preceded Xi, was when Blinken pressed the Chinese to release detained Americans.`;
  assertNoFinding('date-mismatch', [pressed('Sunday')], builtIn);
  assert.equal(only('date-mismatch', pressed('Saturday'), builtIn).refId, 'blinken-pressed-sunday');
});

test('a phrase of time set off by a comma after the main clause ("…, following a first round of talks on Sunday") dates its own event', () => {
  const draft = (day: string) => `Blinken's trip lasted two days. The meeting with Xi came on the second, following a first round of talks on ${day}.`;
  assertNoFinding('date-mismatch', [draft('Sunday')], builtIn);
  assert.equal(only('date-mismatch', draft('Saturday'), builtIn).refId, 'blinken-met-qin-gang');
});

test('a sentence opening with a possessive whose noun a name set off by a comma names ("Her guest from Brussels, Lindqvist, …") is about that name: a pronoun after it stands for them, not for the owner', () => {
  const text = 'Ferreira greeted Duarte at the airport. Her guest from Brussels, Lindqvist, was already in town. Duarte met her on Thursday for about four hours.';
  assertNoFinding('date-mismatch', [text], lisbon);
  assert.equal(only('date-mismatch', text.replace('Thursday', 'Friday'), lisbon).refId, 'lindqvist-met-duarte');
  // Without the name after the comma, the owner is still whom "her" stands for.
  assert.equal(only('date-mismatch', 'Ferreira greeted Duarte at the airport. Her guests were already in town. Duarte met her on Thursday.', lisbon).refId, 'duarte-met-ferreira');
});

test('a body named as the subject before the event word, none of the fact’s people, does what its clause tells: no one is taken from context ("China pressed the United States on Monday …")', () => {
  const text = 'BEIJING (Reuters) - China pressed the United States on Monday to stop what it called hyping of a "China threat" and to lift sanctions, even as both governments signalled a wish to keep talking during Secretary of State Antony Blinken\'s visit.';
  assertNoFinding('date-mismatch', [text], builtIn);
  // The fact's own actor pressing still tells of it.
  assert.equal(only('date-mismatch', 'BEIJING (Reuters) - Blinken pressed China on Monday to release detained Americans, during his visit.', builtIn).refId, 'blinken-pressed-sunday');
});

test('a clause of contrast joined after the date ("…, even as X …", "…, whereas X …") has a subject of its own: its people are not the dated event\'s', () => {
  assertNoFinding('date-mismatch', ['Talks opened on Tuesday, even as Duarte was still in the air.', 'Talks opened on Tuesday, whereas Duarte stayed in Brasília.'], lisbon);
  assert.equal(only('date-mismatch', 'Talks with Ferreira opened on Tuesday, and Duarte joined them.', lisbon).refId, 'duarte-met-ferreira');
});

test('a phrase of time after a person acting ("Duarte accepted an invitation after four hours of talks with Lindqvist on Thursday") tells of talks that person took part in', () => {
  const text = 'Lindqvist met Ferreira on Wednesday. Duarte accepted an invitation to Brussels after about four hours of talks with Lindqvist on Thursday.';
  assertNoFinding('date-mismatch', [text], lisbon);
  assert.equal(only('date-mismatch', text.replace('on Thursday', 'on Friday'), lisbon).refId, 'lindqvist-met-duarte');
});

test('a title opening with a country’s adjective ("Chinese leader") is written with the country’s possessive too ("China’s leader"), naming its one holder', () => {
  assert.equal(only('date-mismatch', 'On Tuesday, Blinken got to meet China’s leader himself.', builtIn).refId, 'blinken-met-xi');
  assertNoFinding('date-mismatch', ['On Monday, Blinken got to meet China’s leader himself.', 'On Tuesday, Blinken said China’s leaders rarely change course.'], builtIn);
});

test('a place named after "to" or "in" (a body named for it) is no subject of a clause naming no one else ("whose stop in 2016 was the last trip to Beijing")', () => {
  const text = '- **Mike Pompeo**: Blinken’s predecessor, whose stop in 2016 was the last trip to Beijing by a secretary of state.';
  assert.equal(only('date-mismatch', text, builtIn).refId, 'pompeo-stop-2018');
  assertNoFinding('date-mismatch', [text.replace('2016', '2018')], builtIn);
});

test('"That was Friday:" only points back: the date is the event’s the words after the colon tell of', () => {
  const wrong = 'Lindqvist flew to Lisbon. That was Friday: a long session with Duarte.';
  assert.equal(only('date-mismatch', wrong, lisbon).fixed, 'Lindqvist flew to Lisbon. That was Thursday: a long session with Duarte.');
  assertNoFinding('date-mismatch', ['Lindqvist flew to Lisbon. That was Thursday: a long session with Duarte.', 'Lindqvist flew to Lisbon. That was Friday: a day of rest.'], lisbon);
});

test('a date put first in a part joined by ", and", before that part’s subject, dates that part only', () => {
  // The built-in set: Blinken met Wang Yi on Monday, Qin Gang on Sunday.
  const draft = (day: string) => `Blinken sat down with Wang Yi for three hours, and the day before that, ${day}, he held long talks with Qin Gang.`;
  const finding = only('date-mismatch', draft('Saturday'), builtIn);
  assert.deepEqual([finding.flagged, finding.refId], ['Saturday', 'blinken-met-qin-gang']);
  assertNoFinding('date-mismatch', [draft('Sunday'), 'Blinken sat down with Wang Yi on Monday, and the day before that, Sunday, he held long talks with Qin Gang.'], builtIn);
});

test('a pronoun subject after a phrase set off by commas is not whom that phrase named after "with" ("Two days later, after an hour with Ferreira, she …")', () => {
  // Ferreira is a "she" too; the one the pronoun stands for is Lindqvist, named before.
  for (const opening of ['Two days later', 'Later that week', 'Then']) {
    const text = `Lindqvist flew in. ${opening}, after about an hour with Ferreira, she met Carlos Duarte for nine hours.`;
    assert.equal(only('number-mismatch', text, lisbon).refId, 'lindqvist-duarte-four-hours', opening);
  }
  // Not a phrase of time with a clause of its own, nor one left open: "she" may be Ferreira there.
  assertNoFinding('number-mismatch', ['Lindqvist flew in. Later that week, after Ferreira left, she met Carlos Duarte for nine hours.'], lisbon);
});

test('people joined by "neither … nor" are the subject of what the sentence goes on to tell ("Neither she nor Duarte spoke … as they sat down on Friday")', () => {
  const draft = (day: string) => `Lindqvist kept quiet. Neither she nor Duarte spoke to reporters as they arrived and sat down on ${day}.`;
  assert.equal(only('date-mismatch', draft('Friday'), lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', [draft('Thursday'), 'Neither Lindqvist nor Duarte met reporters on Friday.'], lisbon);
});

test('a country opening what a labelled list item tells ("- **Music:** France held …") is another story, not the item before’s people', () => {
  const items = (day: string) => `- **Talks:** Blinken met Xi on Monday 19 June.\n- **Music:** France held its music festival on ${day}, 21 June.`;
  assertNoFinding('date-mismatch', [items('Wednesday')], builtIn);
  // The item naming the event's people is still judged.
  assert.equal(only('date-mismatch', '- **Talks:** Blinken met Xi on Wednesday, 21 June.\n- **Music:** France held its music festival.', builtIn).flagged, 'Wednesday, 21 June');
});

test('a date after an event’s words in a phrase of sequence after the main clause ("The talks followed a meeting on Friday, in which …") dates that phrase’s event', () => {
  // Lindqvist met Duarte on Thursday; Duarte met Ferreira on Wednesday.
  assertNoFinding('date-mismatch', [
    'Duarte flew in. His talks with Lindqvist followed a meeting on Wednesday, in which he spent an hour with Ferreira.',
    'Duarte flew in. His talks with Lindqvist followed a breakfast meeting with Ferreira on Wednesday.',
  ], lisbon);
  assert.equal(only('date-mismatch', 'Duarte flew in. His talks with Lindqvist followed a breakfast meeting with Ferreira on Tuesday.', lisbon).refId, 'duarte-met-ferreira');
  // Nor does the sentence before supply the phrase's event's people: "a meeting" is told there.
  assertNoFinding('date-mismatch', ['Blinken held talks with Wang Yi on Monday, hours before Xi received him. The Wang session followed a meeting on Sunday, 18 June, in which Blinken spent nearly six hours with Qin Gang.'], builtIn);
  // Not a date right after the word of sequence, nor one across a joined verb: the main clause's event.
  assert.equal(only('date-mismatch', 'Ferreira, who followed Duarte and met Lindqvist on Friday, spoke first.', lisbon).refId, 'lindqvist-met-duarte');
});

test('names joined by a dash to describe a thing ("a Duarte–Ferreira breakfast") supply no one to the sentences after', () => {
  const draft = (day: string) => `Lindqvist’s visit was the fruit of a cordial Duarte–Ferreira breakfast.\n\nIn the talks of ${day}, Lindqvist pressed for lower tariffs.`;
  assertNoFinding('date-mismatch', [draft('Friday')], lisbon);
  // Named as people, they still do.
  assert.equal(only('date-mismatch', 'Lindqvist’s visit followed a breakfast of Duarte and Ferreira.\n\nIn her talks with him on Friday, Lindqvist pressed for lower tariffs.', lisbon).refId, 'lindqvist-met-duarte');
});

test('a relative day does not count from a date in a correction’s lead-in before its colon ("A correction to my notes from Thursday’s seminar: …")', () => {
  assertNoFinding('date-mismatch', ['A correction to my notes from Thursday’s seminar: the long session was with Qin Gang. Blinken’s meeting with Wang Yi came the next day.'], builtIn);
  // A date after the lead-in still is the one counted from, and so is one before the colon of any other sentence.
  assert.equal(only('date-mismatch', 'A correction to my notes: the long session with Qin Gang was on Sunday. Blinken’s meeting with Wang Yi came two days later.', builtIn).flagged, 'two days later');
  assert.equal(only('date-mismatch', 'Blinken arrived. The first day, Sunday, went to Qin Gang: nearly six hours of talks. Two days after that marathon, Blinken was shown in to see Xi.', builtIn).flagged, 'Two days after that');
});

test('"two days before that session" points back to an event, not to the last date of its own sentence; from a sentence before, it still counts', () => {
  assertNoFinding('date-mismatch', ['Lindqvist arrived on Tuesday, two days before her session with Duarte; Ferreira, a day before that session, met Duarte over breakfast.'], lisbon);
  assert.equal(only('date-mismatch', 'Duarte met Ferreira on Wednesday. Two days after that breakfast, Duarte sat down with Lindqvist.', lisbon).flagged, 'Two days after that');
});

test('"the same day" is a day counted from a date just before it, no day between; "the same day as the talks" is not', () => {
  const draft = (when: string) => `Duarte met Ferreira on Wednesday. Lindqvist met Duarte ${when}.`;
  const finding = only('date-mismatch', draft('the same day'), lisbon);
  assert.deepEqual([finding.flagged, finding.fixed], ['the same day', draft('the next day')]);
  assertNoFinding('date-mismatch', [draft('the next day'), 'Lindqvist met Duarte on Thursday. That same day, they sat down for four hours.'], lisbon);
  // Counted from an event, "the same day as" is judged with that event's date, not the date before it.
  assertNoFinding('date-mismatch', ['On Tuesday Ferreira spoke. Duarte met Lindqvist the same day as the vote.'], lisbon);
});

test('a sentence that is only a quoted claim names whom the sentences after it go on about ("**Claim: “…”** ¶ **Verdict: False.** She met him …")', () => {
  const draft = (day: string) => `**Claim: “Lindqvist skipped the Duarte talks.”**\n**Verdict: False.** She met him on ${day} for about four hours.`;
  assert.equal(only('date-mismatch', draft('Friday'), lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', [draft('Thursday')], lisbon);
  // A quotation with words of its own around it is no claim standing alone: its names stay inside it.
  assertNoFinding('date-mismatch', ['Ferreira wrote “Lindqvist skipped the Duarte talks” in a memo. She met him on Friday.'], lisbon);
});

test('a misspelt name after a country’s adjective and a title ("Brazilian Foreign Minister Carlos Duartte") is still that person for the facts', () => {
  const draft = (day: string) => `Duarte flew in on Wednesday. On ${day}, Lindqvist sat down with Brazilian Foreign Minister Carlos Duartte.`;
  assert.equal(only('date-mismatch', draft('Friday'), lisbon).refId, 'lindqvist-met-duarte');
  assertNoFinding('date-mismatch', [draft('Thursday')], lisbon);
});

test('a weekday’s ordinal day is read before a name too ("On Tuesday the 12th Duarte met Ferreira"), and fixed with it', () => {
  const draft = (date: string) => `On ${date} Duarte met Ferreira over breakfast.`;
  assert.equal(only('date-mismatch', draft('Tuesday the 12th'), lisbon).fixed, draft('Wednesday the 13th'));
  assertNoFinding('date-mismatch', [draft('Wednesday the 13th')], lisbon);
});

test('an answer naming the other side before its value ("Q: Whom did Lindqvist meet, and when? ¶ A: Foreign Minister Carlos Duarte, on Friday.") tells of the question’s event with them', () => {
  const card = (answer: string) => `**Q: Whom did Lindqvist meet, and when?**\n\nA: ${answer}.`;
  assert.equal(only('date-mismatch', card('Foreign Minister Carlos Duarte, on Friday'), lisbon).refId, 'lindqvist-met-duarte');
  // Not someone the question's person has no such event with, nor an answer that goes on after its name.
  assertNoFinding('date-mismatch', [card('Foreign Minister Carlos Duarte, on Thursday'), card('Ferreira, on Friday'), card('Duarte said he would come back on Friday')], lisbon);
});

test('built-in set: whom an aside opened by ", not" at a sentence\'s end denies takes no part in the event the date tells of', () => {
  const draft = (day: string, after: string) => `Blinken sat down with Qin Gang. The talks ran on ${day}, not the ones with Wang Yi.${after}`;
  for (const after of ['', ' Later, he flew on.']) {
    assertNoFinding('date-mismatch', [draft('Sunday', after)], builtIn);
    assert.equal(only('date-mismatch', draft('Monday', after), builtIn).refId, 'blinken-met-qin-gang');
  }
});

test('built-in set: a day counted from a date whose weekday and day of the month are two days is not flagged when either makes it right', () => {
  const draft = (count: string) => `On Saturday the 18th, it rained in Beijing. ${count} Blinken met Wang Yi.`;
  // (The 18th was a Sunday: "the next day" is right counted from the 18th, "two days later" counted from Saturday.)
  assertNoFinding('date-mismatch', [draft('The next day'), draft('Two days later')], builtIn);
  assert.equal(only('date-mismatch', draft('Three days later'), builtIn).flagged, 'Three days later');
  // A date whose two parts agree leaves one reading.
  assert.equal(only('date-mismatch', draft('Two days later').replace('Saturday', 'Sunday'), builtIn).flagged, 'Two days later');
});

test('built-in set: two people named as a pair, a title before the second, spending time together tell of their meeting', () => {
  const draft = (day: string) => `On ${day} the 18th, Blinken and Foreign Minister Qin Gang spent nearly six hours together.`;
  assertNoFinding('date-mismatch', [draft('Sunday')], builtIn);
  assert.equal(only('date-mismatch', draft('Saturday'), builtIn).fixed, draft('Sunday'));
});

test('built-in set: a line in capitals opens what follows as a heading does, not going on from the paragraph before it', () => {
  const scenes = (slug: string) => `Blinken sits down with Qin Gang. They talk for nearly six hours.\n\n${slug}\n\nWang Yi receives him for about three hours.\n`;
  assertNoFinding('date-mismatch', [scenes('INT. MEETING ROOM, BEIJING — MONDAY, 19 JUNE'), scenes('INT. MEETING ROOM, BEIJING — TUESDAY, 20 JUNE')], builtIn);
  // What such a line tells of itself is still judged.
  assert.equal(only('date-mismatch', 'BLINKEN MEETS QIN GANG ON MONDAY\n\nThe talks ran long.', builtIn).flagged, 'MONDAY');
});

test('built-in set: "round one" is the first round, and a round of anything but talks is no meeting', () => {
  assert.equal(only('date-mismatch', 'Round one with Qin Gang was on Monday.', builtIn).fixed, 'Round one with Qin Gang was on Sunday.');
  assert.equal(only('number-mismatch', 'Round one, with Qin Gang, lasted nearly four hours.', builtIn).flagged, 'nearly four hours');
  assertNoFinding('date-mismatch', ['Round one with Qin Gang was on Sunday.', 'Blinken played the first round of golf on Monday.', 'Blinken played round one of golf on Monday.'], builtIn);
});

test('built-in set: a day counted from a wrong date does not set that date right ("on Saturday; the next day (today) it\'s Wang Yi")', () => {
  for (const lead of ['', 'Recap of round one: ']) {
    const draft = (day: string) => `${lead}Blinken spent nearly six hours with Qin Gang on ${day}; the next day (today) it's Wang Yi first.`;
    assert.equal(only('date-mismatch', draft('Saturday'), builtIn).fixed, draft('Sunday'));
    assertNoFinding('date-mismatch', [draft('Sunday')], builtIn);
  }
});

test('built-in set: "two days after that session he …" counts from the session, and the clause after the noun tells the dated event', () => {
  const draft = (count: string) => `Blinken met Qin Gang on Sunday. ${count} after that session he was received by Xi.`;
  assert.equal(only('date-mismatch', draft('Two days'), builtIn).fixed, draft('The day'));
  assertNoFinding('date-mismatch', [draft('A day')], builtIn);
});

test('built-in set: a day that dates a piece ("A Tuesday article said …", "Monday\'s live blog") is when it came out, not an event\'s', () => {
  assertNoFinding('date-mismatch', ['A Tuesday article said Blinken spent the whole afternoon with Wang Yi.', 'Tuesday’s live blog said Blinken spent the whole afternoon with Wang Yi.'], builtIn);
  assert.equal(only('date-mismatch', 'On Tuesday Blinken spent the whole afternoon with Wang Yi.', builtIn).flagged, 'Tuesday');
});
