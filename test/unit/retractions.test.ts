// A sentence that tells of a mistake (a correction note, a claim the writer calls wrong) states the error being set
// right: no rule reports it. The same claims made plainly are reported, and so is the rest of the draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine';
import { loadBuiltInReference } from '../../server/src/reference/loader';
import { ReferenceIndex } from '../../server/src/reference/index';
import { lisbonReference } from '../fixtures/facts/lisbonReference';

const lisbon = lisbonReference();
const builtIn = new ReferenceIndex(loadBuiltInReference());
const codes = (text: string, reference: ReferenceIndex) => checkText(text, 'markdown', [reference]).filter((f) => f.severity !== 'information').map((f) => f.code);

test('claims told as mistakes are not reported; the same claims made plainly are', () => {
  const cases: [string, string, ReferenceIndex][] = [
    ['Correction: An earlier version of this story said Lindqvist and Duarte talked for seven hours.', 'Lindqvist and Duarte talked for seven hours.', lisbon],
    ['The original draft of this report gave the date of the Lindqvist–Duarte meeting as Friday.', 'Lindqvist met Duarte on Friday.', lisbon],
    ['A wire report wrongly said that Lindqvist met Duarte on Friday.', 'A wire report said that Lindqvist met Duarte on Friday.', lisbon],
    ['This article previously misspelled the minister’s name as Carlos Duartte.', 'The minister, Carlos Duartte, arrived on Wednesday.', lisbon],
    ['A previous version of this story misidentified Qin Gang as China’s vice premier.', 'Blinken met China’s vice premier Qin Gang.', builtIn],
    ['An earlier version incorrectly said Blinken met Xi on Tuesday.', 'Blinken met Xi on Tuesday.', builtIn],
    ['We said Lindqvist and Duarte talked for seven hours. They talked for about four.', 'Lindqvist and Duarte talked for seven hours.', lisbon],
    ['This newsletter previously reported that Lindqvist met Duarte on Friday.', 'This newsletter reported that Lindqvist met Duarte on Friday.', lisbon],
    // A live blog's earlier entries, whatever the verb.
    ['Correction: an earlier entry put the Lindqvist–Duarte talks at seven hours.', 'Lindqvist and Duarte talked for seven hours.', lisbon],
    ['Our previous post said Lindqvist met Duarte on Friday.', 'Lindqvist met Duarte on Friday.', lisbon],
    // Set right by the sentence after it in its paragraph.
    ['A caption gave the minister’s name as Carlos Duartte. It should have read Carlos Duarte.', 'A caption gave the minister’s name as Carlos Duartte. It was a long caption.', lisbon],
    ['A chart put the Lindqvist–Duarte meeting on Friday. The correct day is Thursday.', 'A chart put the Lindqvist–Duarte meeting on Friday. The chart was large.', lisbon],
    // A verdict standing alone after a reported claim disputes it.
    ['Several accounts claimed Lindqvist and Duarte talked for seven hours. **Mixed up.** They talked for about four.', 'Several accounts claimed Lindqvist and Duarte talked for seven hours. **Mixed feelings.** They talked for about four.', lisbon],
    // One of a list of claims, judged as the one before was.
    ['**Claim two:** Lindqvist and Duarte talked for seven hours. Also wrong. They talked for about four.', '**Claim two:** Lindqvist and Duarte talked for seven hours. Also long. They talked for about four.', lisbon],
  ];
  for (const [retraction, claim, reference] of cases) {
    assert.deepEqual(codes(retraction, reference), [], retraction);
    assert.notDeepEqual(codes(claim, reference), [], claim);
  }
});

test('only the sentence telling of the mistake is left alone', () => {
  const note = 'An earlier version of this story said the talks lasted seven hours. Lindqvist met Duarte on Friday.';
  assert.deepEqual(codes(note, lisbon), ['date-mismatch']);
  // "Mistakenly" about something other than a saying is no retraction.
  assert.deepEqual(codes('Lindqvist mistakenly arrived early and met Duarte on Friday.', lisbon), ['date-mismatch']);
  // "We" doing something other than saying is no correction.
  assert.deepEqual(codes('We met Duarte’s aides, and Lindqvist met Duarte on Friday.', lisbon), ['date-mismatch']);
  // Nor is a version that is not an earlier one, or "original" alone.
  assert.deepEqual(codes('The final version of the deal was agreed when Lindqvist met Duarte on Friday.', lisbon), ['date-mismatch']);
  assert.deepEqual(codes('The original plan fell through; Lindqvist met Duarte on Friday.', lisbon), ['date-mismatch']);
  // Someone's previous post is a job they held.
  assert.deepEqual(codes('In his previous post, Lindqvist met Duarte on Friday.', lisbon), ['date-mismatch']);
});

test('claims put to the test ("Claim: …", "It is false that …", a quiz) are not the draft’s; its answers are', () => {
  const tested = [
    'Claim: Lindqvist and Duarte talked for seven hours.\n\nVerdict: False.',
    '## Claim: Lindqvist met Duarte on Friday\n\nThey met on Thursday.',
    'It is false that Lindqvist met Duarte on Friday.',
    'True or false? Lindqvist and Duarte talked for seven hours.',
    '## Lindqvist and Duarte talked for seven hours\n\n**Claim:** a post said they talked for seven hours.\n\n**Verdict:** false.',
    '## Lindqvist and Duarte talked for seven hours\n\nFalse. They talked for about four.',
    '## Quiz: true or false?\n\n1. Lindqvist and Duarte talked for seven hours.\n2. Lindqvist met Duarte on Friday.\n\n## Answers\n\n1. False: they talked for about four hours.',
  ];
  for (const text of tested) assert.deepEqual(codes(text, lisbon), [], text);
  // The answers, and the section after the quiz's, are the draft's own claims.
  assert.deepEqual(codes('## Quiz: true or false?\n\n1. Lindqvist met Duarte on Friday.\n\n## Answers\n\n1. True. Lindqvist and Duarte met on Friday.', lisbon), ['date-mismatch']);
  assert.deepEqual(codes('## True or false?\n\n1. Lindqvist met Duarte on Thursday.\n\n# Background\n\nLindqvist and Duarte talked for seven hours.', lisbon), ['number-mismatch']);
  // A quiz named only in an aside of the heading heads what the quiz will ask about: the draft's own claims.
  assert.deepEqual(codes('## Timeline (this part is on the quiz)\n\n- Thursday: Lindqvist meets Duarte\n- Lindqvist and Duarte talk for seven hours', lisbon), ['number-mismatch']);
  // A heading over a section that neither states a claim nor gives a verdict is the draft's own.
  assert.deepEqual(codes('## Lindqvist and Duarte talked for seven hours\n\nThey spoke about tariffs.', lisbon), ['number-mismatch']);
  // A claim whose verdict finds it true, whole, is the draft's own; a verdict short of that, or a later claim's, is not.
  assert.deepEqual(codes('**Claim:** Lindqvist met Duarte on Friday.\n**Verdict:** True. Both sides confirmed it.', lisbon), ['date-mismatch']);
  assert.deepEqual(codes('Claim: Lindqvist and Duarte talked for seven hours.\n\nVerdict: Accurate.', lisbon), ['number-mismatch']);
  for (const text of [
    '**Claim:** Lindqvist met Duarte on Friday.\n**Verdict:** Mostly true. They met that week.',
    '**Claim:** Lindqvist met Duarte on Friday.\n**Verdict:** False.\n\n**Claim:** Lindqvist visited Lisbon.\n**Verdict:** True.',
    '**Claim:** Lindqvist met Duarte on Friday.\n\n## Next\n\n**Verdict:** True.',
  ]) assert.deepEqual(codes(text, lisbon), [], text);
  // A quotation put to the test is still no one's known words.
  assert.deepEqual(checkText('Claim: Lindqvist called the talks “a historic reset”.', 'markdown', [lisbon]).map((f) => f.code), ['quote-unverified']);
});

test('a statement the next sentence, or a dash ending it, calls false is not the draft’s; one called true is', () => {
  const judgedFalse = [
    'Lindqvist and Duarte talked for seven hours. False.',
    '*Lindqvist met Duarte on Friday.* — **False.** They met on Thursday.',
    '**3. Lindqvist and Duarte talked for seven hours.**\n*False.* They talked for about four.',
    '**8. True or false: Lindqvist met Duarte on Friday.**\n**Key: False.** They met on Thursday.',
    'Lindqvist and Duarte talked for seven hours — false.',
    'Lindqvist met Duarte on Friday. That is not true.',
    'Lindqvist met Duarte on Friday.\n\nAnswer: wrong.',
    // A fact-check's other verdicts against a claim.
    '> Lindqvist and Duarte talked for seven hours and agreed on nothing.\n> — a viral post\n\n**Verdict: Misleading.** They talked for about four.',
    'Lindqvist met Duarte on Friday.\n\n**Verdict: Mostly false.** They met on Thursday.',
  ];
  for (const text of judgedFalse) assert.deepEqual(codes(text, lisbon), [], text);
  // A verdict of true, after a fact-check's verdict words, leaves it the draft's too.
  assert.deepEqual(codes('Lindqvist met Duarte on Friday.\n\n**Verdict: True.** Both sides said so.', lisbon), ['date-mismatch']);
  // A verdict of true, or a sentence merely opening with the word, leaves the claim the draft's.
  assert.deepEqual(codes('*Lindqvist met Duarte on Friday.* — **True.** Both sides said so.', lisbon), ['date-mismatch']);
  assert.deepEqual(codes('Lindqvist met Duarte on Friday. False rumours spread fast afterwards.', lisbon), ['date-mismatch']);
  assert.deepEqual(codes('Lindqvist met Duarte on Friday. Wrong-footed critics kept quiet.', lisbon), ['date-mismatch']);
  // A verdict in a paragraph of its own, after a claim and then the record, judges the claim: the record is the draft's.
  const column = (record: string) => `**Claim: Lindqvist and Duarte never met.**\n\nWhat the record shows: ${record}\n\nVerdict: False.`;
  assert.deepEqual(codes(column('Lindqvist met Duarte on Thursday.'), lisbon), []);
  assert.deepEqual(codes(column('Lindqvist met Duarte on Friday.'), lisbon), ['date-mismatch']);
  // Each claim of a column is judged by its own verdict.
  assert.deepEqual(codes(`${column('They met on Thursday.')}\n\nClaim: Lindqvist and Duarte talked for seven hours.\n\nVerdict: False.`, lisbon), []);
});

test('a heading over a section whose first paragraph gives a verdict as a sentence of its own states the claim put to the test', () => {
  assert.deepEqual(codes('## The seven-hour talks were with Duarte\n\nSeveral posts said so. **Mixed up.** Lindqvist and Duarte talked for about four hours.', lisbon), []);
  // A heading over a section with no verdict is the draft's own.
  assert.deepEqual(codes('## The seven-hour talks were with Duarte\n\nSeveral posts said so, and they were right to.', lisbon), ['number-mismatch']);
});

test('a claim in a table row whose later cell gives a verdict against it is not the draft’s; one judged true is', () => {
  const table = (verdict: string) => `| Claim | Verdict |\n|---|---|\n| Lindqvist met Duarte on Friday | ${verdict} |\n`;
  for (const verdict of ['False', '**Misleading**', 'Missing context']) assert.deepEqual(codes(table(verdict), lisbon), [], verdict);
  for (const verdict of ['True', 'Confirmed by our reporter']) assert.deepEqual(codes(table(verdict), lisbon), ['date-mismatch'], verdict);
  // A verdict before the claim, in another row, or in a cell of prose judges nothing.
  assert.deepEqual(codes('| Verdict | Claim |\n|---|---|\n| False | A memo |\n| Note | Lindqvist met Duarte on Friday |\n', lisbon), ['date-mismatch']);
});

test('a table column headed as what was reported (or a myth, an error) holds claims, not the draft’s; a column beside it is the draft’s', () => {
  const table = (header: string) => `| ${header} | What the record shows |\n|---|---|\n| Lindqvist met Duarte on Friday | They talked for nine hours |\n`;
  for (const header of ['What was reported', 'As published', 'Myth', 'The error', '**What outlets said**']) {
    assert.deepEqual(codes(table(header), lisbon), ['number-mismatch'], header);
  }
  for (const header of ['Event', 'Reported length', 'Claim']) assert.deepEqual(codes(table(header), lisbon), ['date-mismatch', 'number-mismatch'], header);
  // The header of another table, after a blank line, heads nothing here.
  assert.deepEqual(codes(`| What was reported | Fact |\n|---|---|\n| A memo | None |\n\n| Event | Note |\n|---|---|\n| Lindqvist met Duarte on Friday | Talks |\n`, lisbon), ['date-mismatch']);
});

test('a statement ", which was incorrect" calls itself wrong; "That figure belonged to …" disputes the one before', () => {
  assert.deepEqual(codes('A caption said Lindqvist met Duarte on Friday, which was incorrect.', lisbon), []);
  assert.deepEqual(codes('A caption said Lindqvist met Duarte on Friday, which was a mistake.', lisbon), []);
  assert.deepEqual(codes('A caption said Lindqvist met Duarte on Friday, which was remarkable.', lisbon), ['date-mismatch']);
  assert.deepEqual(codes('A story said Lindqvist and Duarte talked for nine hours. That figure belonged to another meeting.', lisbon), []);
  assert.deepEqual(codes('A caller claimed Lindqvist and Duarte talked for nine hours. The nine-hour figure belongs to another meeting.', lisbon), []);
  assert.deepEqual(codes('A story said Lindqvist and Duarte talked for nine hours. That figure surprised no one.', lisbon), ['number-mismatch']);
  // A sidebar is a text whose claim the next sentence sets right.
  assert.deepEqual(codes('A sidebar gave the length of the Lindqvist–Duarte talks as nine hours. They talked for about four hours.', lisbon), []);
});

test('a claim quoted whole that the next sentence denies ("He didn’t.", "No.", "It is not.") is not the draft’s; a belief set right is not either', () => {
  for (const text of ['**1. "Lindqvist met Duarte on Friday."** She didn’t. They met on Thursday.', '"Lindqvist met Duarte on Friday." No. They met on Thursday.', '**2. "It’s Carlos Duartte."** It is not, and it never was.']) {
    assert.deepEqual(codes(text, lisbon), [], text);
  }
  // Not quoted whole, or not denied: the draft's claim.
  assert.deepEqual(codes('Lindqvist met Duarte on Friday. She didn’t stay long.', lisbon), ['date-mismatch']);
  assert.deepEqual(codes('**2. "It’s Carlos Duartte."** It is, whatever the captions say.', lisbon), ['name-misspelled']);
  assert.deepEqual(codes('Many were sure Lindqvist met Duarte on Friday. They met on Thursday.', lisbon), []);
  assert.deepEqual(codes('Many said little. Lindqvist met Duarte on Friday. They met again later.', lisbon), ['date-mismatch']);
});

test('"Our live blog said …", a piece of the publication\'s own saying something in the past, tells of the mistake a correction sets right', () => {
  const correction = 'Our 19 June live blog said that Blinken’s roughly three-hour meeting earlier on Monday was with Foreign Minister Qin Gang. It was with Wang Yi.';
  assert.deepEqual(codes(correction, builtIn), []);
  assert.deepEqual(codes('Our graphic gave Blinken’s talks with Qin Gang as three hours long. They lasted nearly six.', builtIn), []);
  // Not a person of the publication, nor the piece in the present.
  assert.deepEqual(codes('Our reporter said Blinken’s talks with Qin Gang lasted three hours.', builtIn), ['number-mismatch']);
  assert.deepEqual(codes('Our live blog says Blinken’s talks with Qin Gang lasted three hours.', builtIn), ['number-mismatch']);
});
