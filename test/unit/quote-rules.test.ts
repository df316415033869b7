// The quote rules on an invented reference set (a harbour-dredging story): the same code must work for any
// article, so nothing here mentions the built-in one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine';
import { ReferenceIndex } from '../../server/src/reference/index';
import { parseReference } from '../../server/src/reference/loader';
import type { ReferenceSet } from '../../server/src/reference/types';
import { applyFix, builtInReference, check, fixtureReference, preferredFix, reported } from '../support/engine';
import { isNewsOutletName } from '../../server/src/analysis/newsOutlets';

const harbor = () => fixtureReference('harbor/harbor.factcheck.json');
const run = (text: string) => check(text, harbor());

function only(text: string, code: string) {
  const findings = run(text).filter((f) => f.code === code);
  assert.equal(findings.length, 1, `expected one ${code} in ${JSON.stringify(text)}, got ${JSON.stringify(run(text).map((f) => f.code))}`);
  return findings[0];
}

test('a quote put in the wrong mouth is misattributed; the fix keeps the surname form', () => {
  const text = '“Every boat that runs aground costs us a season,” Raman said.';
  const finding = only(text, 'quote-misattributed');
  assert.match(finding.message, /Tom Okafor/);
  assert.match(finding.message, /Priya Raman/);
  assert.equal(applyFix(text, preferredFix(finding)), '“Every boat that runs aground costs us a season,” Okafor said.');
  assert.equal(preferredFix(finding).title, 'Attribute to Tom Okafor');
});

test('a sentence ending in a note marker does not lend its speaker to a quotation in the next ("argued it.[^2] X’s words were “…”")', () => {
  const text = 'Okafor argued that the vote came late.[^2] Bell’s own words were that it is “a very expensive way to move a problem down the coast.”\n\n[^2]: Council minutes.\n';
  assert.deepEqual(reported(text, run(text)), []);
  // The marker is what set the two sentences apart: credited to Okafor's sentence, the words are misattributed.
  const joined = text.replace('.[^2] Bell’s own words were that', ', saying');
  assert.deepEqual(reported(joined, run(joined)).map((finding) => finding.slice(0, 'quote-misattributed: Okafor'.length)), ['quote-misattributed: Okafor']);
});

test('someone named in a time clause between the verb and the quotation leaves the speaker certain', () => {
  for (const text of ['Raman said before Okafor arrived: “Every boat that runs aground costs us a season.”', 'Raman said after Bell spoke that “every boat that runs aground costs us a season.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Priya Raman/, text);
  }
  // Someone the verb's clause names otherwise still leaves it in doubt.
  assert.deepEqual(reported('Raman agreed with Okafor that “every boat that runs aground costs us a season.”', run('Raman agreed with Okafor that “every boat that runs aground costs us a season.”')), []);
});

test('a name opening its sentence after a note marker is the speaker of a quotation after its colon', () => {
  for (const text of ['The vote was close.[1] Raman was blunt: “Every boat that runs aground costs us a season.”', 'The vote was close.¹ Raman was blunt: “Every boat that runs aground costs us a season.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Priya Raman/, text);
  }
  // After a verb in its own sentence, a name is still its object.
  const object = 'The vote was close.[1] The council thanked Raman: “Every boat that runs aground costs us a season.”';
  assert.deepEqual(run(object).filter((f) => f.code === 'quote-misattributed'), []);
});

test('a verb joined by "and" shares the subject of the clause it is joined to, not of a clause before it', () => {
  for (const text of [
    'Vasquez left early; Okafor met the council and said: “Every boat that runs aground costs us a season.”',
    'On the day before Vasquez arrived, Okafor met the council and said: “Every boat that runs aground costs us a season.”',
    'Vasquez arrives, Okafor meets the council and says: “Every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // The clause's own subject still speaks, not someone named after it.
  const object = 'Okafor, who met Vasquez on Friday, welcomed Bell and said: “Nothing leaves the bay.”';
  assert.match(only(object, 'quote-misattributed').message, /not Tom Okafor/);
});

test('a clause joined after a comma with a subject of its own holds the quotation, not the verb of saying before it', () => {
  for (const text of [
    'Raman urged the council to act, while Okafor pressed the port to admit that “every boat that runs aground costs us a season.”',
    'Raman warned the council, but the harbour master wanted it known that “every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // The verb's own subject going on ("and she"), or a clause inside what was said ("said that, while …"), still speaks.
  for (const text of [
    'Raman urged the council to act, and she pressed the port to admit that “every boat that runs aground costs us a season.”',
    'Raman said that, while the council disagreed, “every boat that runs aground costs us a season.”',
  ]) assert.match(only(text, 'quote-misattributed').message, /not Priya Raman/, text);
});

test('a lower-case title may open the clause naming the speaker after a quotation ("…,” foreign ministry spokesman X said)', () => {
  const words = '"There are fundamental differences in outlook, in values,"';
  for (const title of ['foreign ministry spokesman', 'spokesman']) {
    const text = `${words} ${title} Wang Wenbin said.`;
    const finding = check(text, builtInReference()).find((f) => f.code === 'quote-misattributed');
    assert.match(finding?.message ?? '', /Vivian Balakrishnan saying these words, not Wang Wenbin/, text);
  }
  assert.deepEqual(check(`${words} Singapore’s foreign minister Vivian Balakrishnan said.`, builtInReference()).filter((f) => f.code === 'quote-misattributed'), []);
});

test('a past verb of saying right after a clause’s comma, as in notes, has that clause’s subject ("Okafor met Bell, said “…”")', () => {
  for (const text of [
    'Okafor met Bell, said “Every boat that runs aground costs us a season.”',
    'Okafor, who met Bell, said “Every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  assert.match(only('Bell met Okafor, said “Every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Marcus Bell/);
  // A present one too, as headlines write it.
  assert.deepEqual(reported('Okafor meets Bell, warns “Every boat that runs aground costs us a season.”', run('Okafor meets Bell, warns “Every boat that runs aground costs us a season.”')), []);
  assert.match(only('Bell meets Okafor, warns “Every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Marcus Bell/);
});

test('what a pronoun\'s person recalls others promised may be their own words ("He recalled that X had promised “…”")', () => {
  const words = '“every boat that runs aground costs us a season.”';
  for (const text of [`Okafor spoke. He recalled that Bell had warned ${words}`, `Raman spoke. She recalled that Bell had warned ${words}`, `Okafor spoke. He also recalled that Bell had warned ${words}`]) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  // Nobody telling: Bell's words.
  assert.match(only(`Okafor spoke. Bell had warned ${words}`, 'quote-misattributed').message, /not Marcus Bell/);
});

test('a word placing a noun in a series makes it no verb of saying ("Raman, Vasquez 2nd term: “…”" is Raman’s), nor a time under someone its speaker', () => {
  assert.deepEqual(run('Raman, Vasquez 2nd term: “Every boat that runs aground costs us a season.”').filter((f) => f.code === 'quote-misattributed').map((f) => f.message.replace(/.*not /, '')), ['Priya Raman.']);
  // Nor is a possessive telling when or under whom the speaker served the speaker ("in Vasquez's second term:").
  const card = '**Speaker:** Tom Okafor\n**Role:** harbour master; engineer in Vasquez’s second term\n**Said:** “Every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(card, run(card)), []);
  assert.match(only('In Raman’s view: “Every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
  // A possessive before a noun for words names whose they are, over a name opening another clause before it.
  for (const text of [
    'Bell, who later fought the plan, would not have known the tone; Okafor’s own line was simple: “Every boat that runs aground costs us a season.”',
    'Bell would not have known the tone, but Okafor’s line was simple: “Every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  assert.match(only('Okafor would not have known the tone, but Bell’s line was simple: “Every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Marcus Bell/);
  // Nor a possessive telling whose someone is: "Vasquez’s former adviser", "Raman’s top Delta Marine analyst".
  for (const text of [
    'Vasquez’s former adviser saw one upside: “Every boat that runs aground costs us a season.”',
    'Raman’s top Delta Marine analyst put it plainly: “Every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('"while" and a name set off by commas is no clause put first: the name is the speaker, not the body after it', () => {
  const right = 'Bell said “no,” while Raman, of Delta Marine Consulting, called it “nothing leaves the bay.”';
  assert.deepEqual(reported(right, run(right)), []);
  assert.match(only('Bell said “no,” while Okafor, of Delta Marine Consulting, called it “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor\.$/);
});

test('the surname of someone the reference does not know, named in full before, speaks for them', () => {
  assert.match(only('Hannah Lowe spoke to me. “Every boat that runs aground costs us a season,” Lowe said.', 'quote-misattributed').message, /Tom Okafor saying these words, not Lowe\.$/);
  for (const text of [
    // Not introduced in full; or the right speaker.
    '“Every boat that runs aground costs us a season,” Lowe said.',
    'Tom Okafor spoke to me. “Every boat that runs aground costs us a season,” Okafor said.',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
});

test('after a quotation, "the" and a place or body\'s possessive before a name leave the name the speaker', () => {
  assert.match(only('“Nothing leaves the bay,” the Port Almera’s Okafor said.', 'quote-misattributed').message, /not Tom Okafor\.$/);
  assert.match(only('“Nothing leaves the bay,” said the Port Almera’s Okafor.', 'quote-misattributed').message, /not Tom Okafor\.$/);
  const right = '“Nothing leaves the bay,” the Delta Marine Consulting’s Raman said.';
  assert.deepEqual(reported(right, run(right)), []);
});

test('"the" before a body the set knows, after a quotation, is no description: "“…,” the Chinese foreign ministry said"', () => {
  const builtIn = builtInReference();
  const wrong = '“We are communicating as clearly as possible to avoid possible misunderstandings,” the Chinese foreign ministry said.';
  assert.match(check(wrong, builtIn).find((f) => f.code === 'quote-misattributed')?.message ?? '', /Antony Blinken saying these words, not Chinese Ministry of Foreign Affairs/);
  const right = 'The visit “coincides with a critical juncture in China-US relations,” the Chinese foreign ministry said.';
  assert.deepEqual(reported(right, check(right, builtIn)).filter((line) => line.startsWith('quote-misattributed')), []);
});

test('a name ending in "ing" opening the sentence is no participle ("Beijing, after Blinken met Qin, said …")', () => {
  const builtIn = builtInReference();
  const right = 'Beijing, after Blinken met Qin, said ties were “at the lowest point since its establishment.”';
  assert.deepEqual(reported(right, check(right, builtIn)).filter((line) => line.startsWith('quote-misattributed')), []);
  const wrong = 'Beijing, after Blinken met Qin, said that “intense competition requires sustained diplomacy.”';
  assert.match(check(wrong, builtIn).find((f) => f.code === 'quote-misattributed')?.message ?? '', /Antony Blinken saying these words, not/);
});

test('a preposition opening the sentence is no part of a speaker\'s name ("In Washington, the minister, X, said")', () => {
  const text = 'In Washington, the minister, Vivian Balakrishnan, said the “trip is essential, but not sufficient”.';
  assert.deepEqual(reported(text, check(text, builtInReference())).filter((line) => line.startsWith('quote-misattributed')), []);
});

test('a possessive opening the noun phrase a quotation goes on after a colon is no speaker ("The verdict: Blinken\'s “trip is …”")', () => {
  const builtIn = builtInReference();
  const misattributed = (text: string) => reported(text, check(text, builtIn)).filter((line) => line.startsWith('quote-misattributed'));
  for (const text of ['The Singaporean’s own verdict: Blinken’s “trip is essential, but not sufficient”.', 'Balakrishnan’s verdict: Blinken’s “trip is essential, but not sufficient”.']) {
    assert.deepEqual(misattributed(text), [], text);
  }
  // Whom the words before the colon name still speaks.
  assert.equal(misattributed('Kritenbrink’s verdict: Blinken’s “trip is essential, but not sufficient”.').length, 1);
});

test('a phrase of time set off by commas after "and" leaves the verb the joined clause\'s subject, not a name inside the phrase', () => {
  const right = 'The council spoke of “a new era” and, after the session between Okafor and Bell on Monday, declared that “nothing leaves the bay.”';
  assert.deepEqual(reported(right, run(right)).filter((line) => line.startsWith('quote-misattributed')), []);
  assert.match(only('Okafor met Raman and, after the vote on Monday, declared that “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor\.$/);
});

test('a gerund after "by" is its clause subject\'s doing, not its object\'s ("Raman answered Okafor by telling him “…”")', () => {
  for (const text of ['Raman answered Okafor by telling him that “nothing leaves the bay.”', 'Raman, the engineer, calmed the council before Okafor spoke by saying “nothing leaves the bay.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  assert.match(only('Okafor answered Raman by telling her that “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('"…,” as X put it." after a quotation names its speaker', () => {
  const text = 'The dredging was “a very expensive way to move a problem down the coast,” as Okafor reportedly put it.';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), 'The dredging was “a very expensive way to move a problem down the coast,” as Bell reportedly put it.');
  for (const right of ['The dredging was “a very expensive way to move a problem down the coast,” as Bell said.', 'It was “a very expensive way to move a problem down the coast,” as Okafor’s critics put it.']) {
    assert.deepEqual(reported(right, run(right)).filter((line) => line.startsWith('quote-misattributed')), [], right);
  }
});

test('a hedging adverb before the verb leaves the subject before an aside the speaker ("X, who met Y before he left, allegedly said")', () => {
  const text = 'Okafor, who met Vasquez before she left, allegedly said “the channel has lost almost a metre of depth since 2019.”';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-altered'))), text.replace('almost', 'nearly'));
  const right = 'Okafor, who met Vasquez before she left, reportedly said “the channel has lost nearly a metre of depth since 2019.”';
  assert.deepEqual(reported(right, run(right)), []);
});

test('a full name is replaced by a full name, and a name before the quote is found too', () => {
  const text = 'Marcus Bell told reporters: “This harbour built the town, and it will not be allowed to silt up on my watch.”';
  const finding = only(text, 'quote-misattributed');
  assert.equal(applyFix(text, preferredFix(finding)), 'Elena Vasquez told reporters: “This harbour built the town, and it will not be allowed to silt up on my watch.”');
});

test('a confident pronoun pointing at the wrong person is misattributed, and the fix names the speaker', () => {
  const text = 'Councillor Marcus Bell was unmoved. “Nothing leaves the bay. The sand goes back where the storms took it from,” he said.';
  const finding = only(text, 'quote-misattributed');
  assert.equal(
    applyFix(text, preferredFix(finding)),
    'Councillor Marcus Bell was unmoved. “Nothing leaves the bay. The sand goes back where the storms took it from,” Priya Raman said.',
  );
});

test('a pronoun after a relative clause stands for the name the clause describes, not a name inside it', () => {
  // Raman's words, given by "she" to Vasquez (the subject), not to Raman inside "who …".
  const wrong = 'Vasquez, who had sat beside Raman all morning, said she believed “nothing leaves the bay.”';
  assert.equal(applyFix(wrong, preferredFix(only(wrong, 'quote-misattributed'))), 'Vasquez, who had sat beside Raman all morning, said Raman believed “nothing leaves the bay.”');
  assert.deepEqual(reported('x', run('Raman, who had sat beside Vasquez all morning, said she believed “nothing leaves the bay.”')), []);
  // Someone named in the paragraph before is no rival to the subject of the pronoun's own sentence.
  const after = `Raman spoke first.\n\n${wrong}`;
  assert.equal(applyFix(after, preferredFix(only(after, 'quote-misattributed'))), `Raman spoke first.\n\n${wrong.replace('said she', 'said Raman')}`);
  // Not when the clause is not closed before the pronoun, nor without a comma opening it.
  assert.deepEqual(run('Vasquez said the engineer who had sat beside Raman said she believed “nothing leaves the bay.”').filter((f) => f.code === 'quote-misattributed'), []);
});

test('a pronoun is fixed to the surname of someone named before it; an organisation to the article’s word for it', () => {
  const text = 'Raman spoke first. Councillor Marcus Bell was unmoved. “Nothing leaves the bay,” he said.';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), 'Raman spoke first. Councillor Marcus Bell was unmoved. “Nothing leaves the bay,” Raman said.');
  // The built-in set has these words as the Chinese government's, which its article calls "Beijing".
  const org = 'Even so, Xi made clear that “the China-US relationship is at the lowest point since its establishment.”';
  const finding = check(org, builtInReference()).find((f) => f.code === 'quote-misattributed');
  assert.ok(finding, org);
  assert.equal(applyFix(org, preferredFix(finding)), 'Even so, Beijing made clear that “the China-US relationship is at the lowest point since its establishment.”');
});

test('a pronoun standing for the name opening a short sentence that introduces the quote: the fix renames the name', () => {
  const text = 'The council met on Monday.\n\nBell was unmoved. “Nothing leaves the bay,” he said.';
  const finding = only(text, 'quote-misattributed');
  assert.equal(applyFix(text, preferredFix(finding)), 'The council met on Monday.\n\nRaman was unmoved. “Nothing leaves the bay,” he said.');
  assert.equal(text.slice(finding.start, finding.end), 'Bell was unmoved. “Nothing leaves the bay,” he');
  // Renaming the pronoun alone is still offered.
  assert.ok(finding.fixes.some((fix) => !fix.preferred && applyFix(text, fix).endsWith('“Nothing leaves the bay,” Priya Raman said.')));
  // A split quotation is one finding.
  const split = 'Marcus Bell was unmoved. “Nothing leaves the bay,” he said, “and nothing comes back.”';
  assert.equal(applyFix(split, preferredFix(only(split, 'quote-misattributed'))), split.replace('Marcus Bell', 'Priya Raman'));
  // The name in another paragraph, not opening its sentence, or in a sentence telling more: the pronoun is renamed.
  for (const other of [
    'Bell was unmoved.\n\n“Nothing leaves the bay,” he said.',
    'On Monday Bell was unmoved. “Nothing leaves the bay,” he said.',
    'Bell, who has sat on the council since the harbour was last dredged and who voted against the plan twice, was unmoved. “Nothing leaves the bay,” he said.',
  ]) assert.ok(applyFix(other, preferredFix(only(other, 'quote-misattributed'))).endsWith('“Nothing leaves the bay,” Priya Raman said.'), other);
  // The sentence before must say the person said something, or how: one telling something else of them stays theirs.
  const other = 'Bell has watched the dredging with interest. “Nothing leaves the bay,” he said.';
  assert.equal(applyFix(other, preferredFix(only(other, 'quote-misattributed'))), 'Bell has watched the dredging with interest. “Nothing leaves the bay,” Priya Raman said.');
  const saying = 'Bell made the point that sand moves. “Nothing leaves the bay,” he said.';
  assert.equal(applyFix(saying, preferredFix(only(saying, 'quote-misattributed'))), saying.replace('Bell', 'Raman'));
  // The name opening the part of the quotation's own sentence before a colon introduces it too.
  const colon = 'Okafor summed it up best: the plan, he said, came down to “nothing leaves the bay.”';
  assert.equal(applyFix(colon, preferredFix(only(colon, 'quote-misattributed'))), colon.replace('Okafor', 'Raman'));
  // A phrase set off by a comma may come before that name.
  const fronted = 'Earlier, Okafor summed it up: “Nothing leaves the bay,” he said.';
  assert.equal(applyFix(fronted, preferredFix(only(fronted, 'quote-misattributed'))), fronted.replace('Okafor', 'Raman'));
  // A quotation's sentence with a clause of its own before the quotation is no tag of the sentence before.
  const ownClause = 'Bell was unmoved. After the vote, he had said that the plan came down to “nothing leaves the bay.”';
  assert.equal(applyFix(ownClause, preferredFix(only(ownClause, 'quote-misattributed'))), 'Bell was unmoved. After the vote, Priya Raman had said that the plan came down to “nothing leaves the bay.”');
  // Not a name in a part before the colon that tells more: the pronoun is renamed.
  const long = 'Okafor, who has chaired the board since the harbour was last dredged and voted against every plan, gave his view: the plan, he said, came down to “nothing leaves the bay.”';
  assert.ok(applyFix(long, preferredFix(only(long, 'quote-misattributed'))).includes('Priya Raman said'), long);
});

test('"X gave the verdict: the (or a possessive) “…”": the name before the colon is the speaker', () => {
  for (const opener of ['the', 'Bell’s']) {
    const text = `Priya Raman gave the bluntest verdict: ${opener} “boat that runs aground costs us a season.”`;
    assert.match(only(text, 'quote-misattributed').message, /not Priya Raman/, text);
    const right = text.replace('Priya Raman', 'Tom Okafor');
    assert.deepEqual(reported(right, run(right)), [], right);
  }
});

test('"X of a body, who said …": the person before the "of" phrase is who, not the body', () => {
  const text = 'The sharpest line came from Marcus Bell of Delta Marine Consulting, who said “every boat that runs aground costs us a season.”';
  const finding = only(text, 'quote-misattributed');
  assert.match(finding.message, /not Marcus Bell/);
  // The right speaker of the body; and the body's people unnamed ("engineers of …, who") are no one sure.
  assert.deepEqual(reported(text.replace('Marcus Bell', 'Tom Okafor'), run(text.replace('Marcus Bell', 'Tom Okafor'))), []);
  const unnamed = 'Bell met engineers of Delta Marine Consulting, who said “every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(unnamed, run(unnamed)), []);
});

test('"That was X." before "“…,” he said" in its paragraph: the finding runs from the name; the fix renames the pronoun', () => {
  const text = 'Who saw it coming?\n\nThat was the harbour master, Marcus Bell. “Nothing leaves the bay,” he said.';
  const finding = only(text, 'quote-misattributed');
  assert.equal(text.slice(finding.start, finding.end), 'Marcus Bell. “Nothing leaves the bay,” he');
  assert.ok(applyFix(text, preferredFix(finding)).endsWith('“Nothing leaves the bay,” Priya Raman said.'));
  // A sentence telling more of the name, or the name in another paragraph: the finding is the quotation's own.
  for (const other of ['Marcus Bell had spent the morning on the quay. “Nothing leaves the bay,” he said.', 'That was Marcus Bell.\n\n“Nothing leaves the bay,” he said.']) {
    const found = only(other, 'quote-misattributed');
    assert.equal(other.slice(found.start, found.end), '“Nothing leaves the bay,” he', other);
  }
});

test('"…” — that was Bell." and "credited “…” to Bell" name the speaker', () => {
  const words = '“Nothing leaves the bay.”';
  for (const text of [`${words} — that was Marcus Bell.`, `${words} - that's Bell.`, `She credited ${words} to Marcus Bell.`, `She read out ${words.replace('.”', ',”')} which she credited to Bell.`, `The paper attributed ${words} to Bell.`]) {
    const finding = only(text, 'quote-misattributed');
    assert.match(finding.message, /not Marcus Bell/, text);
    assert.equal(applyFix(text, preferredFix(finding)), text.replace('Marcus Bell', 'Priya Raman').replace('Bell', 'Raman'), text);
  }
  for (const text of [`${words} — that was Priya Raman.`, `She credited ${words} to Raman.`, `${words} — that was before Bell spoke.`, `She compared ${words} to Bell's plan.`]) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('"went on" and "summed it up as" report words ("“…,” Bell went on.", "Bell summed it up as “…”")', () => {
  for (const text of [
    '“Nothing leaves the bay,” Bell went on.',
    'Bell summed it up as “nothing leaves the bay.”',
    'Marcus Bell summed up the plan as “nothing leaves the bay.”',
    'Marcus Bell summed the plan up as “nothing leaves the bay.”',
    'Bell went on to say “nothing leaves the bay.”',
  ]) assert.match(only(text, 'quote-misattributed').message, /not Marcus Bell/, text);
  for (const text of ['“Nothing leaves the bay,” Raman went on.', 'Bell went on to Westport. “Nothing leaves the bay,” Raman said.', 'Bell went on to meet Raman, who said “nothing leaves the bay.”', 'Bell pointed the way to “nothing leaves the bay” rules.']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('"…, where the harbour master said" and "…, when …": a clause of its own after the comma, whose subject is the description', () => {
  const words = '“every boat that runs aground costs us a season.”';
  for (const text of [`Okafor met Marcus Bell, where the harbour master said ${words}`, `Okafor met Marcus Bell on Friday, when the harbour master said ${words}`]) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  // The description, or the name, of someone else in that clause.
  for (const text of [`Okafor met Marcus Bell, where the councillor said ${words}`, `Okafor met Marcus Bell, where Bell said ${words}`]) {
    const finding = only(text, 'quote-misattributed');
    assert.match(finding.message, /not Marcus Bell/, text);
    assert.ok(finding.start > text.indexOf('where'), text);
  }
});

test('a clause put first is not the quotation’s: "when the paper asked him, Raman said", "and before he arrived, Raman said"', () => {
  for (const text of [
    'When the Coastal Herald asked him about the dredging, Raman began with the basics: “Nothing leaves the bay.”',
    'Okafor is in Westport, and before he arrived the chief engineer, Priya Raman, said “nothing leaves the bay.”',
    'Okafor is in Westport, and before he arrived Raman said “nothing leaves the bay.”',
    'Raman knows the bay, and when the Coastal Herald asked her about it, she began with the basics: “Nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // A verb set off after the clause put first is the quotation's.
  assert.match(only('If the dredging goes ahead, Bell said, “nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
  // The speaker after it is still judged.
  assert.match(only('Okafor is in Westport, and before he arrived Bell said “nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
});

test('a quotation opening its sentence is the person a sentence before it says said something ("X had the best line. “…”")', () => {
  const quote = '“Every boat that runs aground costs us a season.”';
  for (const before of ['Raman had the best line on the dredging.', 'Raman’s verdict was blunter.', '[00:03:14] GUEST: Raman had the best line on the dredging.', 'Raman went further.', 'Raman was more guarded.']) {
    assert.match(only(`${before} ${quote}`, 'quote-misattributed').message, /not Priya Raman/, before);
  }
  for (const text of [`Raman spoke first. ${quote}`, `Raman had the best line, after Okafor. ${quote}`, `Okafor had the best line on the dredging. ${quote}`, `Raman had the best line.\n\n${quote}`, `Raman was in Westport. ${quote}`, `“Nothing leaves the bay.” Raman said. ${quote}`]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
});

test('"That came from X." after a quotation naming no one says whose it was', () => {
  const quote = '“Every boat that runs aground costs us a season.”';
  for (const next of ['That came from Priya Raman.', 'That was Raman, speaking to reporters.', 'Those were the words of Priya Raman.']) {
    assert.match(only(`${quote} ${next}`, 'quote-misattributed').message, /not Priya Raman/, next);
  }
  for (const next of ['So said Priya Raman.', 'That was the view of Priya Raman.', 'That was Priya Raman’s verdict.', 'That’s Raman’s verdict.', "That's the view of Priya Raman.", 'The assessment came from Priya Raman.', 'That line, widely shared, came from Raman.', 'The words were Priya Raman’s.']) {
    assert.match(only(`${quote} ${next}`, 'quote-misattributed').message, /not Priya Raman/, next);
  }
  assert.deepEqual(reported(`${quote} That was Raman’s idea of a joke.`, run(`${quote} That was Raman’s idea of a joke.`)), []);
  // The mark runs from the quotation to the name below it, both halves of the claim.
  const draft = `The sharpest line was ${quote} That came from Priya Raman.`;
  const found = only(draft, 'quote-misattributed');
  assert.equal(draft.slice(found.start, found.end), `${quote} That came from Priya Raman`);
  for (const next of ['That was Tom Okafor, speaking to reporters.', 'That was before Raman spoke.', 'That came from Raman’s report.', 'The boats were Raman’s.', 'The words were Okafor’s.']) {
    assert.deepEqual(reported(`${quote} ${next}`, run(`${quote} ${next}`)), [], next);
  }
});

test('in a transcript, a labelled paragraph that is only a quotation is credited by "That was X" opening the next labelled turn', () => {
  const quote = '“Every boat that runs aground costs us a season.”';
  assert.match(only(`HOST: Here is the clip.\n\nCLIP: ${quote}\n\nHOST: That was Priya Raman.`, 'quote-misattributed').message, /not Priya Raman/);
  assert.match(only(`**CLIP:** ${quote}\n\n**HOST:** That was Priya Raman, speaking on Monday.`, 'quote-misattributed').message, /not Priya Raman/);
  for (const right of [`CLIP: ${quote}\n\nHOST: That was Tom Okafor.`, `CLIP: ${quote}\n\nHOST: That was before Raman spoke.`, `CLIP: ${quote}\n\nHOST: Raman was not there.`]) {
    assert.deepEqual(reported(right, run(right)), [], right);
  }
});

test('a short quotation going on with the quote the quotation before it gave exactly, but for a word, is that quote altered', () => {
  const split = (rest: string, who = 'Vasquez', first = 'This harbour built the town, and it will not be allowed to silt up') => `“${first},” ${who} said, “${rest}.”`;
  const altered = split('on my shift');
  assert.equal(altered.slice(only(altered, 'quote-altered').start, only(altered, 'quote-altered').end), 'on my shift.');
  assert.deepEqual(reported(split('on my watch'), run(split('on my watch'))), []);
  // Not words of the writer's own going on, nor as someone else's words, nor after a quote given with a change.
  for (const text of [split('and the council agreed'), split('on my shift', 'Okafor'), split('on my shift', 'Vasquez', 'This harbour made the town, and it will not be allowed to silt up')]) {
    assert.deepEqual(reported(text, run(text)).filter((line) => line.includes('on my shift') || line.includes('council')), [], text);
  }
});

test('a sentence that only names someone and who heard them credits the quotation before it ("“…” X told Y.")', () => {
  const quote = '“Nothing leaves the bay.”';
  assert.deepEqual(reported(`${quote} Raman told Radio Norte.`, run(`${quote} Raman told Radio Norte.`)), []);
  const wrongOutlet = `${quote} Raman told the Coastal Herald.`;
  assert.equal(applyFix(wrongOutlet, preferredFix(only(wrongOutlet, 'outlet-mismatch'))), `${quote} Raman told Radio Norte.`);
  assert.match(only(`${quote} That was Raman, speaking to the Coastal Herald.`, 'outlet-mismatch').message, /Radio Norte, not Coastal Herald/);
  assert.match(only(`${quote} Okafor told Radio Norte.`, 'quote-misattributed').message, /not Tom Okafor/);
  // A sentence telling more is no credit.
  for (const next of ['Okafor told Radio Norte that the vote was close.', 'Okafor told reporters.']) {
    assert.deepEqual(reported(`${quote} ${next}`, run(`${quote} ${next}`)), [], next);
  }
});

test('a block quote is credited by the first sentence of the paragraph after it ("> “…” ¶ That’s X, speaking to Y.")', () => {
  const quote = '> “Nothing leaves the bay.”\n\n';
  assert.match(only(`${quote}That’s Priya Raman, speaking to the Coastal Herald. She was firm.`, 'outlet-mismatch').message, /Radio Norte, not Coastal Herald/);
  assert.match(only(`${quote}That was Okafor.`, 'quote-misattributed').message, /not Tom Okafor/);
  // Not a quotation that is only part of its paragraph.
  const part = 'The plan was, in short, “nothing leaves the bay.”\n\nThat was Okafor’s view.';
  assert.deepEqual(reported(part, run(part)), [], part);
});

test('a quotation of several sentences is credited by the sentence after its last ("“… . …” That was X.")', () => {
  const text = '“Nothing leaves the bay. The sand goes back where the storms took it from.” That was Okafor.';
  assert.match(only(text, 'quote-misattributed').message, /not Tom Okafor/);
});

test('a person in a phrase put before the subject, after an adverb or a time set off by a comma, is not the speaker', () => {
  // The built-in set has these words as the Chinese government's (Beijing's).
  const quote = 'declared that “the China-US relationship is at the lowest point since its establishment.”';
  for (const text of [`Later, during a visit by Antony Blinken, Beijing ${quote}`, `During a visit by Antony Blinken, Beijing ${quote}`, `More than four decades later, during a visit by Antony Blinken, Beijing ${quote}`]) {
    assert.deepEqual(check(text, builtInReference()).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
  assert.ok(check(`Later, during a visit to Beijing, Antony Blinken ${quote}`, builtInReference()).some((f) => f.code === 'quote-misattributed'));
  // A time counted to another event: "Two days before Blinken arrived, …".
  for (const time of ['Two days before Antony Blinken arrived,', 'Days before Blinken arrived, on 16 June,', 'Shortly after Blinken landed,']) {
    const text = `${time} Beijing spoke up and ${quote}`;
    assert.deepEqual(check(text, builtInReference()).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
  assert.ok(check(`Two days before the talks, Antony Blinken spoke up and ${quote}`, builtInReference()).some((f) => f.code === 'quote-misattributed'));
});

test('a spokesperson’s words may be credited to the body they speak for', () => {
  // The built-in set's Wang Wenbin is the Chinese foreign ministry spokesman; the ministry's words are Beijing's too.
  const words = 'the United States needed to “respect China’s core concerns”.';
  for (const speaker of ['Beijing', 'China’s foreign ministry']) {
    const text = `Before the visit, ${speaker} said ${words}`;
    assert.deepEqual(check(text, builtInReference()).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
  for (const speaker of ['Blinken', 'the State Department']) {
    const text = `Before the visit, ${speaker} said ${words}`;
    assert.ok(check(text, builtInReference()).some((f) => f.code === 'quote-misattributed'), text);
  }
  // A short quotation with a word changed, credited to the body, is the spokesperson's altered.
  for (const speaker of ['Beijing', 'China’s foreign ministry']) {
    const text = `Before the visit, ${speaker} said the United States needed to “respect China’s key concerns”.`;
    assert.match(check(text, builtInReference()).find((f) => f.code === 'quote-altered')?.message ?? '', /“key” → “core”/, text);
  }
});

test('a fix for a name after "a" or "an" writes the article the new name takes', () => {
  // The built-in set has these words as the BBC's own.
  const text = 'An Al Jazeera analysis concluded that “a satisfactory outcome from this trip for both sides might be simply the opening of communication channels that prevent an incident leading to military conflict.”';
  const finding = check(text, builtInReference()).find((f) => f.code === 'outlet-mismatch');
  assert.ok(finding, text);
  assert.ok(applyFix(text, preferredFix(finding)).startsWith('A BBC analysis concluded'), applyFix(text, preferredFix(finding)));
  // And of an outlet's own statement worded again with no quotation.
  const statement = 'An Al Jazeera analysis noted that cooperation with China could be tough for Biden, as anti-Beijing fervour in Washington will only increase ahead of the 2024 presidential election.';
  const credited = check(statement, builtInReference()).find((f) => f.code === 'outlet-mismatch');
  assert.ok(credited, statement);
  assert.equal(applyFix(statement, preferredFix(credited)), statement.replace('An Al Jazeera', 'A BBC'));
});

test('a description naming one office of a title joining two describes its holder ("the Coordinator for Indo-Pacific Affairs")', () => {
  // The built-in set: Kurt Campbell, Deputy Assistant to the President and Coordinator for Indo-Pacific Affairs, told the BBC.
  for (const description of ['The Coordinator for Indo-Pacific Affairs', 'The coordinator for Indo-Pacific affairs', 'The deputy assistant to the president']) {
    const text = `Kurt Campbell spoke. ${description} told USA Today that this was a good time to talk.`;
    assert.match(check(text, builtInReference()).find((f) => f.code === 'outlet-mismatch')?.message ?? '', /Kurt Campbell saying this to BBC, not USA Today/, text);
  }
  // Not a description with words of neither office, nor one office's words with another's.
  for (const description of ['The coordinator for trade affairs', 'The deputy coordinator to the president']) {
    const text = `Kurt Campbell spoke. ${description} told USA Today that this was a good time to talk.`;
    assert.deepEqual(check(text, builtInReference()).filter((f) => f.code === 'outlet-mismatch'), [], text);
  }
});

test('a body named by its country’s adjective is named by the country’s possessive too ("China’s foreign ministry")', () => {
  // The built-in set: the Chinese foreign ministry's words, and the State Department's.
  const own = 'China’s foreign ministry said the visit “coincides with a critical juncture in China-US relations.”';
  assert.deepEqual(check(own, builtInReference()).filter((f) => f.code.startsWith('quote-')), []);
  const others = 'China’s foreign ministry stressed “the importance of responsibly managing the competition between the United States and the PRC through open channels of communication.”';
  const finding = check(others, builtInReference()).find((f) => f.code === 'quote-misattributed');
  assert.match(finding?.message ?? '', /not Chinese Ministry of Foreign Affairs/);
});

test('a fix drops the "the" before the wrong speaker when the right one takes none, is a possessive, or brings its own', () => {
  const words = '“coincides with a critical juncture in China-US relations,”';
  const text = `The State Department said the visit ${words} and the White House agreed.`;
  const finding = check(text, builtInReference()).find((f) => f.code === 'quote-misattributed');
  assert.ok(finding, text);
  assert.equal(applyFix(text, preferredFix(finding)), `China’s Ministry of Foreign Affairs said the visit ${words} and the White House agreed.`);
  // A name written without "the" takes none; one the fix writes with "the" takes no second one.
  const beijing = 'Qin accepted an invitation, though the State Department made clear that “the China-US relationship is at the lowest point since its establishment.”';
  assert.equal(applyFix(beijing, preferredFix(check(beijing, builtInReference()).find((f) => f.code === 'quote-misattributed')!)), beijing.replace('the State Department', 'Beijing'));
  const channels = 'On Monday the Chinese government stressed “the importance of responsibly managing the competition between the United States and the PRC through open channels of communication.”';
  assert.equal(applyFix(channels, preferredFix(check(channels, builtInReference()).find((f) => f.code === 'quote-misattributed')!)), channels.replace('the Chinese government', 'the State Department'));
  // Before a piece a name describes, a possessive the fix writes still takes no "the".
  const report = `The State Department report said the visit ${words}`;
  assert.equal(applyFix(report, preferredFix(check(report, builtInReference()).find((f) => f.code === 'quote-misattributed')!)), `China’s Ministry of Foreign Affairs report said the visit ${words}`);
  const inside = `On Sunday the State Department said the visit ${words}`;
  assert.match(applyFix(inside, preferredFix(check(inside, builtInReference()).find((f) => f.code === 'quote-misattributed')!)), /^On Sunday China’s Ministry of Foreign Affairs said/);
});

test('a verb of saying after the quotation with a clause of its own ("…” – says the plan will fail") leaves the speaker named before', () => {
  assert.match(only('Raman called it “a very expensive way to move a problem down the coast” – says the plan will fail.', 'quote-misattributed').message, /not Priya Raman/);
  // A description ending the clause is the speaker, as before.
  assert.deepEqual(reported('“Every boat that runs aground costs us a season,” says the harbour master.', run('“Every boat that runs aground costs us a season,” says the harbour master.')), []);
  assert.match(only('“Nothing leaves the bay,” says the harbour master, who was at the hearing.', 'quote-misattributed').message, /Priya Raman/);
});

test('each part of a sentence between semicolons tells its own reported speech to its own outlet', () => {
  const second = 'Raman told the Coastal Herald that the dredged sand would be used to rebuild the north beach.';
  const joined = `Vasquez told the Coastal Herald that the town would not let the harbour silt up; ${second.replace('Raman', 'Priya Raman')}`;
  const found = run(joined).filter((f) => f.code === 'outlet-mismatch');
  assert.deepEqual(found.map((f) => joined.slice(f.start, f.end)), ['the Coastal Herald'], joined);
  assert.ok(found[0].start > joined.indexOf(';'), joined);
  const right = joined.replace('the Coastal Herald that the dredged', 'Radio Norte that the dredged');
  assert.deepEqual(reported(right, run(right)).filter((line) => line.startsWith('outlet-mismatch')), [], right);
});

test('a government or a country told something is no outlet ("told Beijing that …", "told Portugal: “…”")', () => {
  for (const text of ['Kurt Campbell told China that this was a good time to talk, because talking reduces the chance of conflict.', 'Kurt Campbell told Beijing that this was a good time to talk, because talking reduces the chance of conflict.']) {
    assert.deepEqual(check(text, builtInReference()).filter((f) => f.code === 'outlet-mismatch'), [], text);
  }
  assert.ok(check('Kurt Campbell told Al Jazeera that this was a good time to talk.', builtInReference()).some((f) => f.code === 'outlet-mismatch'));
  assert.deepEqual(reported('Raman told Portugal: “Nothing leaves the bay.”', run('Raman told Portugal: “Nothing leaves the bay.”')), []);
  assert.match(only('Raman told the Coastal Herald: “Nothing leaves the bay.”', 'outlet-mismatch').message, /Radio Norte, not Coastal Herald/);
});

test('"made her case to" an outlet tells it what follows, as "told" does', () => {
  const text = 'Raman made her case to the Coastal Herald that nothing leaves the bay and the sand goes back where the storms put it.';
  assert.match(only(text, 'outlet-mismatch').message, /Radio Norte/);
  assert.deepEqual(reported(text.replace('the Coastal Herald', 'Radio Norte'), run(text.replace('the Coastal Herald', 'Radio Norte'))), []);
  assert.deepEqual(reported('In case to Lisbon the boats go, the sand goes back where the storms put it.', run('In case to Lisbon the boats go, the sand goes back where the storms put it.')), []);
});

test('a piece an outlet published, named after the quotation, speaks for the outlet: another outlet’s words are credited to the wrong outlet ("…,” a USA Today analysis concluded)', () => {
  // The built-in set has these words as the BBC's own.
  const words = '“A satisfactory outcome from this trip for both sides might be simply the opening of communication channels that prevent an incident leading to military conflict,”';
  const text = `${words} an Al Jazeera analysis concluded.`;
  const finding = check(text, builtInReference()).find((f) => f.code === 'outlet-mismatch');
  assert.ok(finding, text);
  assert.equal(applyFix(text, preferredFix(finding)), `${words} a BBC analysis concluded.`);
  // Another outlet the reference knows, with its possessive before the piece.
  const possessed = `${words} Al Jazeera’s analysis concluded.`;
  assert.equal(applyFix(possessed, preferredFix(check(possessed, builtInReference()).find((f) => f.code === 'outlet-mismatch')!)), `${words} the BBC’s analysis concluded.`);
  // "the" before a name that describes the noun after it is the noun's, and stays.
  const piece = `${words} the Al Jazeera piece concluded.`;
  assert.equal(applyFix(piece, preferredFix(check(piece, builtInReference()).find((f) => f.code === 'outlet-mismatch')!)), `${words} the BBC piece concluded.`);
  // The outlet's possessive before a piece of its own, before the quotation.
  const lowered = words.replace('“A', '“a');
  for (const lead of ['Al Jazeera’s own analysis was hardly more hopeful, concluding that', 'Al Jazeera’s analysis concluded that']) {
    const draft = `${lead} ${lowered}`;
    const finding = check(draft, builtInReference()).find((f) => f.code === 'outlet-mismatch');
    assert.ok(finding, draft);
    assert.ok(applyFix(draft, preferredFix(finding)).startsWith('BBC’s'), applyFix(draft, preferredFix(finding)));
  }
  const wrongSource = (f: { code: string }) => f.code === 'outlet-mismatch' || f.code === 'quote-misattributed';
  assert.deepEqual(check(`The BBC’s analysis concluded that ${lowered}`, builtInReference()).filter(wrongSource), []);
  // An adverb between the outlet and its verb.
  for (const [draft, fixed] of [
    [`The Guardian, meanwhile, concluded that ${lowered}`, `The BBC, meanwhile, concluded that ${lowered}`],
    [`Reuters also concluded that ${lowered}`, `The BBC also concluded that ${lowered}`],
    [`${words} the Guardian, however, concluded.`, `${words} the BBC, however, concluded.`],
  ]) {
    const finding = check(draft, builtInReference()).find((f) => f.code === 'outlet-mismatch');
    assert.ok(finding, draft);
    assert.equal(applyFix(draft, preferredFix(finding)), fixed);
  }
  assert.deepEqual(check(`The BBC, meanwhile, concluded that ${lowered}`, builtInReference()).filter(wrongSource), []);
  // The right outlet; and someone working for an outlet is a person the reference does not name.
  for (const tail of ['the BBC piece concluded.', 'a BBC analysis concluded.', 'an Al Jazeera reporter concluded.', 'a USA Today reporter wrote.', 'a Guardian reporter, meanwhile, concluded.']) {
    assert.deepEqual(check(`${words} ${tail}`, builtInReference()).filter(wrongSource), [], tail);
  }
});

test('an outlet after an opening "as" ("As Al Jazeera observed, “…”") is where the words were read: another outlet’s are credited to the wrong one, once', () => {
  // The built-in set has these words as the BBC's own, and Bonnie Glaser's as told to Al Jazeera.
  const words = '“A satisfactory outcome from this trip for both sides might be simply the opening of communication channels that prevent an incident leading to military conflict.”';
  const outletFindings = (text: string) => check(text, builtInReference()).filter((f) => f.code === 'outlet-mismatch' || f.code === 'quote-misattributed');
  for (const lead of ['As Al Jazeera observed,', 'As Al Jazeera put it,', 'According to Al Jazeera,', 'As an analysis on Al Jazeera concluded,', 'As a report in Al Jazeera put it,']) {
    const text = `${lead} ${words}`;
    const found = outletFindings(text);
    assert.deepEqual(found.map((f) => [f.code, text.slice(f.start, f.end)]), [['outlet-mismatch', 'Al Jazeera']], text);
    assert.equal(applyFix(text, preferredFix(found[0])), `${lead.replace('Al Jazeera', 'the BBC')} ${words}`);
  }
  // The outlet the reference gives: the BBC's own words, and Glaser's words to Al Jazeera.
  for (const text of [`As the BBC observed, ${words}`, `As an analysis on the BBC concluded, ${words}`, 'As Al Jazeera noted, “Given the deep mistrust in the relationship, so far the visit has gone better than I expected.”', 'As an analysis in Al Jazeera noted, “Given the deep mistrust in the relationship, so far the visit has gone better than I expected.”']) {
    assert.deepEqual(outletFindings(text), [], text);
  }
});

test('someone with no one-word name is named in full by a fix for a surname', () => {
  // The built-in set's Wang Wenbin has no one-word form (Wang is also Wang Yi's).
  const text = '“The US needs to give up the illusion of dealing with China ‘from a position of strength’,” Qin said.';
  const finding = check(text, builtInReference()).find((f) => f.code === 'quote-misattributed');
  assert.ok(finding, text);
  assert.equal(applyFix(text, preferredFix(finding)), '“The US needs to give up the illusion of dealing with China ‘from a position of strength’,” Wang Wenbin said.');
});

test('a fix for a name after "Mr" or "Ms" writes the right speaker\'s form of address, as the set\'s pronoun gives it', () => {
  const fixed = (text: string) => applyFix(text, preferredFix(only(text, 'quote-misattributed')));
  assert.equal(fixed('“Every boat that runs aground costs us a season,” Ms Raman said.'), '“Every boat that runs aground costs us a season,” Mr Okafor said.');
  assert.equal(fixed('“Nothing leaves the bay,” Mr. Okafor said.'), '“Nothing leaves the bay,” Ms. Raman said.');
  assert.equal(fixed('“Every boat that runs aground costs us a season,” Mr Bell said.'), '“Every boat that runs aground costs us a season,” Mr Okafor said.');
  // Another title before the name is not a form of address the fix changes.
  assert.equal(fixed('“Every boat that runs aground costs us a season,” Dr Raman said.'), '“Every boat that runs aground costs us a season,” Dr Okafor said.');
});

test('someone named in a phrase opening the clause after a colon is not the pronoun after its comma; the fix renames the name before the colon', () => {
  for (const [joiner, mark] of [['Yet ', ':'], ['', ';']]) {
    const text = `${joiner}Raman had struck a firmer note${mark} meeting Vasquez on Friday, she said “Every boat that runs aground costs us a season.”`;
    const finding = only(text, 'quote-misattributed');
    assert.match(finding.message, /not Priya Raman/);
    if (mark === ':') assert.equal(applyFix(text, preferredFix(finding)), text.replace('Raman', 'Okafor'));
  }
});

test('a sentence saying someone offered a version introduces the quotation after it, read out as "Quote, “…”" too', () => {
  for (const text of ['Bell offered the gloomy version. “Every boat that runs aground costs us a season.”', 'Bell offered the gloomy version. Quote, “Every boat that runs aground costs us a season.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Marcus Bell/, text);
    assert.deepEqual(run(text.replace('Bell', 'Okafor')).map((f) => f.code), [], text);
  }
  // A sentence telling only the order of speakers credits no one.
  assert.deepEqual(run('Bell spoke first. Quote, “Every boat that runs aground costs us a season.”').filter((f) => f.code === 'quote-misattributed'), []);
});

test('an outlet in a phrase opening the saying verb\'s clause is heard in a clause joined after it ("Speaking to X, she said …, but her hope was “…”")', () => {
  const text = (outlet: string) => `Priya Raman spoke next. Speaking to the ${outlet}, she said the plan was sound, but her line was blunt: “Nothing leaves the bay.”`;
  assert.match(only(text('Coastal Herald'), 'outlet-mismatch').message, /Radio Norte, not Coastal Herald/);
  assert.deepEqual(run(text('Radio Norte')).map((f) => f.code), []);
});

test('an outlet cue goes on after what "not … but" sets aside ("speaking not to X but to Y")', () => {
  const text = (setAside: string, outlet: string) => `Priya Raman was blunter. Speaking not to ${setAside} but to ${outlet}, she said: “Nothing leaves the bay.”`;
  assert.match(only(text('Radio Norte', 'the Coastal Herald'), 'outlet-mismatch').message, /Radio Norte, not Coastal Herald/);
  assert.deepEqual(run(text('the Coastal Herald', 'Radio Norte')).map((f) => f.code), []);
});

test('a question asking which kind of speaker said a quotation is answered by the name after it, "That was X" too', () => {
  const question = '**Q5. Which expert called the plan “a very expensive way to move a problem down the coast”?**';
  for (const answer of ['That was Priya Raman, who also spoke of tides.', 'Priya Raman, speaking at the harbour.']) {
    assert.match(only(`${question}\n\n${answer}`, 'quote-misattributed').message, /not Priya Raman/, answer);
    assert.deepEqual(run(`${question}\n\n${answer.replace('Priya Raman', 'Marcus Bell')}`).map((f) => f.code), [], answer);
  }
  // A question about something else than who said it leaves the quotation unattributed.
  assert.deepEqual(run(`**Which plan was called “a very expensive way to move a problem down the coast”?**\n\nThat was Priya Raman's.`).filter((f) => f.code === 'quote-misattributed'), []);
});

test('someone named in the last of several phrases put first, opened by a preposition, is not the pronoun after its comma', () => {
  // The built-in set: Xi said these words in his meeting with Bill Gates.
  const text = 'Xi Jinping received Antony Blinken in Beijing. For the visitor, it was the moment.\n\nHe had already dropped a hint. On Friday, in a meeting with Microsoft co-founder Bill Gates, he said the two could cooperate to “benefit our two countries.”';
  assert.deepEqual(check(text, builtInReference()).filter((f) => f.code === 'quote-misattributed'), []);
  // Named as the subject after the phrase, the person is the speaker.
  assert.match(only('On Friday, in a meeting with Okafor, Bell said “Every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Marcus Bell/);
});

test('an outlet fix writes "the" before the right outlet where English or the draft does, though the article does not; not in a table cell', () => {
  // The built-in set's article writes "told BBC".
  const fixed = (text: string) => applyFix(text, preferredFix(check(text, builtInReference()).find((f) => f.code === 'outlet-mismatch')!));
  const told = 'Kurt Campbell told CNN that this was a good moment to talk.';
  assert.equal(fixed(told), told.replace('CNN', 'the BBC'));
  assert.equal(fixed(`Daniel Kritenbrink spoke to the BBC. ${told}`), `Daniel Kritenbrink spoke to the BBC. ${told.replace('CNN', 'the BBC')}`);
  // An outlet English names bare stays bare ("told USA Today"), and so does a name alone in a table cell.
  const singleton = 'Craig Singleton told CNN the trip was “in many respects, purely performative.”';
  assert.equal(fixed(singleton), singleton.replace('CNN', 'USA Today'));
  const row = '| Quote | Speaker | Outlet |\n| --- | --- | --- |\n| “We can’t let the disagreements that might divide us stand in the way of moving forward” | Kurt Campbell | USA Today |';
  assert.equal(fixed(row), row.replace('| USA Today |', '| BBC |'));
  // The draft's "the" goes when the right outlet takes none, and stays before a noun the name describes.
  const mulhauser = '“It’s pretty clear that, no matter the administration or the moment, the China relationship takes work.”';
  const theRow = `| Speaker | Outlet | Quote |\n| --- | --- | --- |\n| Scott Mulhauser | the BBC | ${mulhauser} |`;
  assert.equal(fixed(theRow), theRow.replace('| the BBC |', '| USA Today |'));
  const interview = `In the BBC interview, Scott Mulhauser said: ${mulhauser}`;
  assert.equal(fixed(interview), interview.replace('the BBC', 'the USA Today'));
});

test('a name joined by "and" to one after a preposition, before a colon, is no label for the quotation after it', () => {
  for (const text of ['After talks between Raman and Bell, the council made its view plain: “Nothing leaves the bay.”', 'After talks between Raman and Councillor Marcus Bell, the council made its view plain: “Nothing leaves the bay.”']) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
  // A name opening the clause before the colon still is.
  assert.match(only('After talks with Raman, Bell made his view plain: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
});

test('an outlet told something is no subject of a verb joined after it ("X warned the Herald …, but said “…”")', () => {
  // The speaker's name misspelt (so no one the set knows opens the sentence): the words are not the outlet's.
  const text = 'Marcus Belle, a councillor, warned the Coastal Herald not to expect change, but called the plan “a very expensive way to move a problem down the coast.”';
  assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
});

test('a short sentence ending "… came from X." introduces the quotation after it: the fix renames X', () => {
  const text = 'The bleakest assessment came from Bell. “Every boat that runs aground costs us a season,” he said.';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('from Bell', 'from Okafor'));
  assert.deepEqual(run(text.replace('from Bell', 'from Okafor')).filter((f) => f.code === 'quote-misattributed'), []);
});

test('a possessive attribution keeps its ending when fixed', () => {
  const text = 'Bell’s verdict was blunt: “Every boat that runs aground costs us a season.”';
  const finding = only(text, 'quote-misattributed');
  assert.equal(applyFix(text, preferredFix(finding)), 'Okafor’s verdict was blunt: “Every boat that runs aground costs us a season.”');
});

test('"he" after a colon is the person opening its sentence before the colon, whoever was named in the sentence before', () => {
  const text = 'Bell was hopeful. Okafor was more guarded: the plan, he said, was “a very expensive way to move a problem down the coast.”';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('Okafor', 'Bell'));
  // Someone else named in that part leaves "he" in doubt.
  const doubtful = 'Raman was hopeful. Okafor, unlike Bell, was guarded: the plan, he said, was “a very expensive way to move a problem down the coast.”';
  assert.deepEqual(run(doubtful).filter((f) => f.code === 'quote-misattributed'), [], doubtful);
});

test('someone named in a phrase with no subject opening the sentence is not the pronoun after its comma ("Standing next to X, he said")', () => {
  const text = 'Okafor took the floor. Standing next to Bell, he called the plan “a very expensive way to move a problem down the coast.”';
  assert.match(only(text, 'quote-misattributed').message, /Marcus Bell saying these words, not Tom Okafor/);
  const right = 'Bell took the floor. Standing next to Okafor, he called the plan “a very expensive way to move a problem down the coast.”';
  assert.deepEqual(reported(right, run(right)), [], right);
});

test('a name before a colon is not in a phrase put first before a pronoun after the colon ("Beside him stood X, and he had a verdict: the plan, he said, …", "Standing at the pier, X had a verdict: …")', () => {
  const quote = '“a very expensive way to move a problem down the coast.”';
  const nextToOkafor = `Okafor took the floor. Beside him stood Bell, and he had a verdict of his own: the plan, he said, was ${quote}`;
  assert.deepEqual(run(nextToOkafor).filter((f) => f.code === 'quote-misattributed'), [], nextToOkafor);
  assert.match(only(`Standing at the pier, Okafor had a verdict of his own: the plan, he said, was ${quote}`, 'quote-misattributed').message, /Marcus Bell saying these words, not Tom Okafor/);
});

test('words "what" someone called, described or termed are that someone\'s, and no one\'s named before it', () => {
  const quote = '“every boat that runs aground costs us a season.”';
  assert.match(only(`Okafor spoke first, at what Bell called ${quote}`, 'quote-misattributed').message, /not Marcus Bell/);
  for (const text of [`Bell spoke first, at what officials called ${quote}`, `Bell spoke first, at what the council described as ${quote}`, `Bell spoke first, at what Okafor called ${quote}`]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
});

test('a body in brackets after a name the reference misspells or does not know is where that person works, not a speaker', () => {
  const misspelt = '- Priya Ramen (Delta Marine Consulting): hope that “nothing leaves the bay.”';
  assert.deepEqual(run(misspelt).filter((f) => f.code === 'quote-misattributed'), [], misspelt);
  assert.match(only('- Ines Moreau (Delta Marine Consulting): hope for “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Ines Moreau/);
  // A name the reference knows before the brackets is still the speaker.
  assert.match(only('Raman (Delta Marine Consulting) said she hoped for “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
});

test('"…,” has said X" names X as "said X" does; "for X as …" is no "quoted X as saying"', () => {
  assert.match(only('“Every boat that runs aground costs us a season,” has said Raman.', 'quote-misattributed').message, /not Priya Raman/);
  assert.deepEqual(run('“Every boat that runs aground costs us a season,” has said Okafor.').filter((f) => f.code === 'quote-misattributed'), []);
  const timeClause = 'Raman noted that the work would be hard for Okafor as the season approached, concluding that “nothing leaves the bay.”';
  assert.deepEqual(run(timeClause).filter((f) => f.code === 'quote-misattributed'), [], timeClause);
  assert.match(only('Raman quoted Okafor as saying “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('a heading naming one person is whom its section\'s "he" stands for, past a phrase naming someone beside him', () => {
  const quote = 'He called the plan “a very expensive way to move a problem down the coast.”';
  const text = `## Who is Tom Okafor?\n\nThe harbour master. Standing beside Bell at the quay, he said the dredging could wait until spring. ${quote}`;
  assert.match(only(text, 'quote-misattributed').message, /Marcus Bell saying these words, not Tom Okafor/);
  const right = text.replace('Tom Okafor', 'Marcus Bell').replace('beside Bell', 'beside Okafor');
  assert.deepEqual(reported(right, run(right)), [], right);
  // Someone else who fits named in the section is "he".
  const other = `## Who is Tom Okafor?\n\nThe harbour master. Bell took the floor at the quay. ${quote}`;
  assert.deepEqual(reported(other, run(other)), [], other);
});

test('a possessive is not "he" when the person opening its sentence fits ("X praised Y’s honesty. …, he added, …")', () => {
  const text = 'Okafor praised Bell’s honesty. The plan, he added, was “a very expensive way to move a problem down the coast.”';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('he added', 'Bell added'));
  const right = 'Bell praised Okafor’s honesty. The plan, he added, was “a very expensive way to move a problem down the coast.”';
  assert.deepEqual(reported(right, run(right)), [], right);
});

test('a short altered quotation is its speaker’s when a pronoun may stand for them or for someone else named near', () => {
  const text = 'Okafor met Bell on Monday. A grounding, he said, “costs us a year.”';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-altered'))), text.replace('a year', 'a season'));
  // Nobody near whom the words may be: a common phrase, unverified.
  const others = 'Raman met Vasquez on Monday. A grounding, she said, “costs us a year.”';
  assert.deepEqual(run(others).map((f) => f.code), ['quote-unverified']);
});

test('the message names whose words they are in good English, for a name ending in "s" too', () => {
  const text = 'China’s foreign ministry said the visit came at “a crucial juncture in China-US relations”.';
  const finding = check(text, builtInReference()).find((f) => f.code === 'quote-altered');
  assert.match(finding?.message ?? '', /^Altered quote: Chinese Ministry of Foreign Affairs' words differ/);
});

test('a changed word is an altered quote; the message shows the words and the fix restores them', () => {
  const text = 'Okafor said: “The channel has lost almost a metre of depth since 2019.”';
  const finding = only(text, 'quote-altered');
  assert.match(finding.message, /“almost” → “nearly”/);
  assert.equal(text.slice(finding.start, finding.end), 'The channel has lost almost a metre of depth since 2019.');
  assert.equal(applyFix(text, preferredFix(finding)), 'Okafor said: “The channel has lost nearly a metre of depth since 2019.”');
});

test('a fix does not take into the quotation the reference’s word the draft has right outside it', () => {
  const text = 'Vasquez said the harbour will not be “permitted to silt up on my watch.”';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-altered'))), 'Vasquez said the harbour will not be “allowed to silt up on my watch.”');
  // Taken in when the draft has another word there.
  const other = 'Vasquez said the harbour will never “permitted to silt up on my watch.”';
  assert.equal(applyFix(other, preferredFix(only(other, 'quote-altered'))), 'Vasquez said the harbour will never “be allowed to silt up on my watch.”');
});

test('a partial quotation’s changed first word is changed back when it ends a clause as the reference’s word does', () => {
  const changed = 'Vasquez said the harbour built the “village, and it will not be allowed to silt up on my watch.”';
  const finding = only(changed, 'quote-altered');
  assert.match(finding.message, /“village,” → “town,”/);
  assert.equal(applyFix(changed, preferredFix(finding)), 'Vasquez said the harbour built the “town, and it will not be allowed to silt up on my watch.”');
  // A partial quotation opening after the reference's clause is exact.
  assert.deepEqual(reported('Vasquez said “it will not be allowed to silt up on my watch.”', run('Vasquez said “it will not be allowed to silt up on my watch.”')), []);
});

test('words someone is said not to have said are not an altered quote of theirs', () => {
  for (const text of ['Okafor did not say “every boat that runs aground costs us a year.”', 'Okafor never said that “every boat that runs aground costs us a year.”']) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-altered'), [], text);
  }
  only('Okafor said “every boat that runs aground costs us a year.”', 'quote-altered');
  only('Okafor could say “every boat that runs aground costs us a year.”', 'quote-altered');
  // Nor words the next sentence of the paragraph disputes or questions: they are a claim reported.
  for (const text of [
    'A blog quoted Okafor as saying “every boat that runs aground costs us a year.” That was not what he said.',
    'Raman said “every boat that runs aground costs us a season.” That is wrong.',
    'Raman said “every boat that runs aground costs us a season.” Is that right?',
  ]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-altered' || f.code === 'quote-misattributed'), [], text);
  }
  only('A blog quoted Okafor as saying “every boat that runs aground costs us a year.”\n\nThat was not what he said.', 'quote-altered');
  // A tag asking the reader to agree with a judgment doubts nothing; "Right?" alone still asks.
  assert.match(only('Raman said “every boat that runs aground costs us a season.” Harsh, right?', 'quote-misattributed').message, /not Priya Raman/);
  assert.deepEqual(run('Raman said “every boat that runs aground costs us a season.” Right?').filter((f) => f.code === 'quote-misattributed'), []);
});

test('dropped and added words are alterations too, and the fix keeps the draft’s own quote marks', () => {
  const dropped = 'Vasquez said "We listened to the fishermen before we listened to engineers."';
  const droppedFinding = only(dropped, 'quote-altered');
  assert.match(droppedFinding.message, /“the” missing/);
  assert.equal(applyFix(dropped, preferredFix(droppedFinding)), 'Vasquez said "We listened to the fishermen before we listened to the engineers."');
  const added = 'Vasquez said: “We listened to the local fishermen before we listened to the engineers.”';
  const addedFinding = only(added, 'quote-altered');
  assert.match(addedFinding.message, /“local” added/);
  assert.equal(applyFix(added, preferredFix(addedFinding)), 'Vasquez said: “We listened to the fishermen before we listened to the engineers.”');
});

test('quotes in guillemets and low-high marks are checked like any other, and fixed inside their marks', () => {
  const french = 'Okafor a déclaré : « The channel has lost almost a metre of depth since 2019. »';
  const finding = only(french, 'quote-altered');
  assert.equal(french.slice(finding.start, finding.end), 'The channel has lost almost a metre of depth since 2019.');
  assert.equal(applyFix(french, preferredFix(finding)), 'Okafor a déclaré : « The channel has lost nearly a metre of depth since 2019. »');
  const lowHigh = '„Every boat that runs aground costs us a season“, Raman said.';
  assert.equal(applyFix(lowHigh, preferredFix(only(lowHigh, 'quote-misattributed'))), '„Every boat that runs aground costs us a season“, Okafor said.');
});

test('the wrong outlet is flagged on the outlet and fixed to the reference one', () => {
  const text = 'Raman told the Coastal Herald that “nothing leaves the bay.”';
  const finding = only(text, 'outlet-mismatch');
  assert.equal(text.slice(finding.start, finding.end), 'the Coastal Herald');
  assert.equal(applyFix(text, preferredFix(finding)), 'Raman told Radio Norte that “nothing leaves the bay.”');
});

test('an interview or a quote given to an outlet, words observed to it, something described to a news outlet: the outlet heard the words', () => {
  for (const text of [
    'Raman gave an interview to the Coastal Herald, saying “nothing leaves the bay.”',
    'In an interview she gave to the Coastal Herald, Raman said “nothing leaves the bay.”',
    'Raman observed to the Coastal Herald that “nothing leaves the bay.”',
    'Raman described the plan to the Coastal Herald as proof that “nothing leaves the bay.”',
  ]) assert.equal(text.slice(only(text, 'outlet-mismatch').start, only(text, 'outlet-mismatch').end), 'the Coastal Herald', text);
  for (const text of [
    'Raman gave an interview to Radio Norte, saying “nothing leaves the bay.”',
    // Something described to a place, or given to someone, is no outlet's hearing.
    'Raman described the plan to Port Almera as proof that “nothing leaves the bay.”',
    'Raman gave a tour to Marcus Bell and said “nothing leaves the bay.”',
  ]) assert.deepEqual(run(text).filter((f) => f.code === 'outlet-mismatch'), [], text);
});

test('a name qualifying the next one’s title is not who speaks ("Vasquez aide Okafor"); ", after which" opens a clause of its own', () => {
  assert.match(only('Vasquez aide Okafor smiled and said “Nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  const described = 'Former Vasquez administration official Tom Okafor smiled and said “Nothing leaves the bay.”';
  assert.ok(run(described).every((f) => !/Elena Vasquez/.test(f.message)), described);
  assert.match(only('Raman left, after which Delta Marine Consulting said “Every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Delta Marine Consulting/);
  // A clause joined after that one has a subject of its own too.
  const joined = 'Okafor met Bell, after which Bell left, but Delta Marine Consulting said “Every boat that runs aground costs us a season.”';
  assert.match(only(joined, 'quote-misattributed').message, /not Delta Marine Consulting/, joined);
  const right = 'Vasquez aide Raman smiled and said “Nothing leaves the bay.”';
  assert.deepEqual(reported(right, run(right)), []);
});

test('a caption under a quotation standing alone names its speaker and outlet, as a signature does', () => {
  const heading = '## “Nothing leaves the bay.”\n\n*Priya Raman, Delta Marine Consulting, to the Coastal Herald*';
  assert.equal(heading.slice(only(heading, 'outlet-mismatch').start, only(heading, 'outlet-mismatch').end), 'the Coastal Herald');
  const bold = '**“Every boat that runs aground costs us a season.”**\nPriya Raman, speaking to the Coastal Herald';
  assert.equal(applyFix(bold, preferredFix(only(bold, 'quote-misattributed'))), '**“Every boat that runs aground costs us a season.”**\nTom Okafor, speaking to the Coastal Herald');
  // The body the person is "of", before the outlet.
  const ofBody = '> “Nothing leaves the bay.”\n\nPriya Raman of Delta Marine Consulting, speaking to the Coastal Herald';
  assert.equal(applyFix(ofBody, preferredFix(only(ofBody, 'outlet-mismatch'))), ofBody.replace('the Coastal Herald', 'Radio Norte'));
  for (const text of [
    '> “Nothing leaves the bay.”\n\nRaman of Delta Marine Consulting disagreed.',
    '## “Nothing leaves the bay.”\n\n*Priya Raman, Delta Marine Consulting, to Radio Norte*',
    // A sentence under the quotation, or a line with a verb of saying, is no caption; nor a quotation inside a sentence.
    '## “Every boat that runs aground costs us a season.”\n\nRaman disagreed with that verdict.',
    '## “Every boat that runs aground costs us a season.”\n\nRaman, for one, thought otherwise.',
    '**“Every boat that runs aground costs us a season.”**\nRaman said the opposite',
    'The harbour master put it bluntly, “Every boat that runs aground costs us a season.”\n\n*Priya Raman, Delta Marine Consulting*',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('a caption closed as a sentence, or followed by more sentences on its line, signs the quotation above it when it only describes the person', () => {
  const closed = '> “Every boat that runs aground costs us a season.”\n\nPriya Raman, looking for the bright side of a bad year.';
  assert.equal(applyFix(closed, preferredFix(only(closed, 'quote-misattributed'))), closed.replace('Priya Raman', 'Tom Okafor'));
  const goesOn = '**“Nothing leaves the bay.”**\nPriya Raman, a consultant at Delta Marine Consulting, in an interview with the Coastal Herald. She added that the plan was sound.';
  assert.equal(applyFix(goesOn, preferredFix(only(goesOn, 'outlet-mismatch'))), goesOn.replace('the Coastal Herald', 'Radio Norte'));
  // A name a letter away from the speaker's signs as the speaker's (name-misspelled reports the spelling).
  const misspelt = '**“Nothing leaves the bay.”**\nPriya Rahman, speaking to the Coastal Herald. She did not stay long.';
  assert.deepEqual(run(misspelt).map((finding) => finding.code).sort(), ['name-misspelled', 'outlet-mismatch']);
  for (const text of [
    '> “Nothing leaves the bay.”\n\nPriya Raman, a consultant, in an interview with Radio Norte. She added that the plan was sound.',
    // A sentence with a verb of its own after the description is no caption.
    '> “Every boat that runs aground costs us a season.”\n\nPriya Raman, the consultant, disagreed with him.',
    '> “Every boat that runs aground costs us a season.”\n\nPriya Raman, in Port Almera on Monday, met the harbour master.',
    '**“Every boat that runs aground costs us a season.”**\nPriya Raman, for one, thought otherwise. She left early.',
    // Nor a list item saying something of its own after a colon.
    '- “Nothing leaves the bay.”\n- Okafor, same meeting: wants the channel dredged by “next spring”\n',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('a participle after a clause ending in a subordinate one ("…, before X arrived, insisting …") is the main clause’s subject’s, not X’s', () => {
  for (const text of [
    'The harbour master spoke before Raman arrived, insisting that “every boat that runs aground costs us a season.”',
    'Okafor spoke before Raman arrived, insisting that “every boat that runs aground costs us a season.”',
    'Okafor met the council after Raman had left, adding that “every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  const wrong = 'Raman spoke before Okafor arrived, insisting that “every boat that runs aground costs us a season.”';
  assert.match(only(wrong, 'quote-misattributed').message, /not Priya Raman/);
});

test('the writer’s aside after a comma ("X put it neatly, I thought: …") leaves the quotation X’s', () => {
  const wrong = 'Raman put it neatly, I thought: “every boat that runs aground costs us a season.”';
  assert.equal(applyFix(wrong, preferredFix(only(wrong, 'quote-misattributed'))), wrong.replace('Raman', 'Okafor'));
  for (const text of ['Okafor put it neatly, I thought: “every boat that runs aground costs us a season.”', 'Okafor summed it up, we think, as “every boat that runs aground costs us a season.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('after the quotation, a name with its body before the verb ("…,” X of the Delta Marine Consulting Group told …") is the speaker', () => {
  const outlet = '“Nothing leaves the bay,” Priya Raman of the Delta Marine Consulting Group told the Coastal Herald.';
  assert.equal(applyFix(outlet, preferredFix(only(outlet, 'outlet-mismatch'))), outlet.replace('the Coastal Herald', 'Radio Norte'));
  const speaker = '“Every boat that runs aground costs us a season,” Priya Raman of the Delta Marine Consulting Group told reporters.';
  assert.match(only(speaker, 'quote-misattributed').message, /not Priya Raman/);
  const right = '“Nothing leaves the bay,” Priya Raman of the Delta Marine Consulting Group told Radio Norte.';
  assert.deepEqual(reported(right, run(right)), []);
});

test('a subject naming several people ("Okafor and Raman said") may be any of them: no misattribution when the speaker is one', () => {
  for (const text of ['“Nothing leaves the bay,” Okafor and Raman said.', '“Nothing leaves the bay,” Okafor, Bell and Raman said.', 'Okafor and Raman said: “Nothing leaves the bay.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  assert.match(only('“Nothing leaves the bay,” Okafor and Bell said.', 'quote-misattributed').message, /not Tom Okafor/);
});

test('", and" after a speaker named alone opens a clause of its own: whom it names did not say the words too', () => {
  assert.match(only('“Nothing leaves the bay,” added Okafor, and Raman could only nod.', 'quote-misattributed').message, /not Tom Okafor/);
  // A list, its last name after ", and", still names several speakers.
  const list = '“Nothing leaves the bay,” said Okafor, Bell, and Raman.';
  assert.deepEqual(reported(list, run(list)), [], list);
});

test('a list in a block quote is a box of the writer’s points, not a quotation; a block quote of prose, or one in a list item, still is', () => {
  const box = '> **What the fishermen want**\n>\n> - We listened to the fishermen before we listened to the bankers\n> - No dumping down the coast\n';
  assert.deepEqual(reported(box, run(box)), []);
  for (const text of ['> We listened to the fishermen before we listened to the bankers.\n', '- > We listened to the fishermen before we listened to the bankers.\n']) {
    assert.deepEqual(run(text).map((finding) => finding.code), ['quote-altered'], text);
  }
});

test('the outlet of the verb’s clause holds across an aside ("and I quote") and for a verb joined to it with no listener of its own', () => {
  for (const text of ['Raman told the Coastal Herald, and I quote, “nothing leaves the bay.”', 'Raman told the Coastal Herald the plan was sound, and added that “nothing leaves the bay.”']) {
    assert.equal(applyFix(text, preferredFix(only(text, 'outlet-mismatch'))), text.replace('the Coastal Herald', 'Radio Norte'), text);
  }
  // A joined verb with a listener of its own was heard there, not on the outlet before.
  for (const text of ['Raman told the Coastal Herald the plan was sound, and told residents that “nothing leaves the bay.”', 'Raman spoke to the Coastal Herald on Monday, and said to residents that “nothing leaves the bay.”', 'Raman told Radio Norte, and I quote, “nothing leaves the bay.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('"told X" after a quotation names who heard it, not who spoke ("“…” (told the Coastal Herald)")', () => {
  const right = 'Raman said “nothing leaves the bay” (told Radio Norte).';
  assert.deepEqual(reported(right, run(right)), [], right);
  const wrong = 'Raman said “nothing leaves the bay” (told the Coastal Herald).';
  assert.equal(applyFix(wrong, preferredFix(only(wrong, 'outlet-mismatch'))), right);
});

test('"…,” adding that “…”: the participle after a quote has that quote’s speaker and outlet, for both quotes', () => {
  const wrongOutlet = 'Vasquez told Radio Norte that the harbour “built the town,” adding that “we listened to the fishermen before we listened to the engineers.”';
  assert.equal(wrongOutlet.slice(only(wrongOutlet, 'outlet-mismatch').start, only(wrongOutlet, 'outlet-mismatch').end), 'Radio Norte');
  const wrongSpeaker = 'Vasquez told the Coastal Herald that the harbour “built the town,” adding that “every boat that runs aground costs us a season.”';
  assert.match(only(wrongSpeaker, 'quote-misattributed').message, /Tom Okafor saying these words, not Elena Vasquez/);
  const right = 'Vasquez told the Coastal Herald that the harbour “built the town,” adding that “we listened to the fishermen before we listened to the engineers.”';
  assert.deepEqual(reported(right, run(right)), [], right);
});

test('a participle’s speaker is its main clause’s subject, not "it" in what was said before it', () => {
  const quote = '“Every boat that runs aground costs us a season.”';
  // The harbour master, described: no one the draft names; "it" is the Coastal Herald only by its sentence.
  for (const lead of ['The harbour master told the Coastal Herald that it was a hard year, adding: ', 'The harbour master told the Coastal Herald it was a hard year, adding ']) {
    assert.deepEqual(reported(lead + quote, run(lead + quote)), [], lead);
  }
  // A named subject is still the speaker.
  const wrong = 'Raman told the Coastal Herald that it was a hard year, adding: ' + quote;
  assert.match(only(wrong, 'quote-misattributed').message, /Tom Okafor saying these words, not Priya Raman/);
});

test('the outlet of a clause put first with a subject of its own is that subject’s', () => {
  for (const text of [
    'When Okafor spoke to the Coastal Herald, Raman told Radio Norte that “nothing leaves the bay.”',
    'Where Okafor, the harbour master, told the Coastal Herald not to expect change, Raman told Radio Norte that “nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // Without a subject of its own, the clause's outlet is the speaker's.
  assert.match(only('After speaking to the Coastal Herald, Raman said that “nothing leaves the bay.”', 'outlet-mismatch').message, /to Radio Norte/);
});

test('an outlet cue opening the words after the quotation names who heard it ("… in an interview with X")', () => {
  for (const tail of ['in an interview with the Coastal Herald.', ', speaking to the Coastal Herald.', 'in her interview with the Coastal Herald.']) {
    const text = `Raman called the plan “nothing leaves the bay” ${tail}`.replace(' ,', ',');
    assert.equal(text.slice(only(text, 'outlet-mismatch').start, only(text, 'outlet-mismatch').end), 'the Coastal Herald', text);
  }
  for (const text of [
    'Raman called the plan “nothing leaves the bay” in an interview with Radio Norte.',
    'Raman called the plan “nothing leaves the bay” in a week when Okafor spoke to the Coastal Herald.',
    'Raman called the plan “nothing leaves the bay” in a column for the Coastal Herald.',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('outlet-mismatch')), [], text);
});

test('who was given something said is its outlet ("gave X a blunt verdict", "X’s verdict to Y:"); who was given anything else is not', () => {
  for (const text of [
    'Raman gave the Coastal Herald a blunt verdict: “Nothing leaves the bay.”',
    'Raman offered the Coastal Herald an interview and said “nothing leaves the bay.”',
    'Raman’s verdict to the Coastal Herald: “Nothing leaves the bay.”',
    'Raman gave the Coastal Herald a cautiously upbeat read. “Nothing leaves the bay,” she said.',
    'Raman gave the Coastal Herald her take: “Nothing leaves the bay.”',
  ]) assert.equal(text.slice(only(text, 'outlet-mismatch').start, only(text, 'outlet-mismatch').end), 'the Coastal Herald', text);
  for (const text of [
    'Raman gave Radio Norte a blunt verdict: “Nothing leaves the bay.”',
    'Raman gave the Coastal Herald reporters a tour of the dunes. “Nothing leaves the bay,” she said.',
    'Vasquez gave Port Almera a new harbour. Raman said: “Nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('outlet-mismatch')), [], text);
});

test('a signature’s outlet after a comma and "to" ("— Priya Raman, to the Coastal Herald")', () => {
  for (const text of [
    '“Nothing leaves the bay.” — Priya Raman, to the Coastal Herald',
    '> “Nothing leaves the bay.”\n>\n> — **Priya Raman**, Delta Marine Consulting, to the Coastal Herald\n',
    '> “Nothing leaves the bay.”\n>\n> — Priya Raman, speaking to the Coastal Herald\n',
    // An affiliation after "of", or in brackets, may come first.
    '“Nothing leaves the bay.” — Priya Raman of Delta Marine, to the Coastal Herald',
    '“Nothing leaves the bay.” — Priya Raman (engineer), to the Coastal Herald',
  ]) {
    const finding = only(text, 'outlet-mismatch');
    assert.equal(applyFix(text, preferredFix(finding)), text.replace('the Coastal Herald', 'Radio Norte'), text);
  }
  for (const text of ['“Nothing leaves the bay.” — Priya Raman, to Radio Norte', '“Nothing leaves the bay.” — Priya Raman, talking to reporters', '“Nothing leaves the bay.” — Priya Raman of Delta Marine, to Radio Norte']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('a label naming the speaker names the outlet after "to" before its colon ("Raman (to the Coastal Herald): …")', () => {
  for (const text of ['Raman (to the Coastal Herald): “Nothing leaves the bay.”', 'Priya Raman (engineer), to the Coastal Herald: “Nothing leaves the bay.”', '**Priya Raman, to the Coastal Herald:** the sand, in short, “goes back where the storms took it from.”', 'Raman to the Coastal Herald: “Nothing leaves the bay.”', 'Raman to the Coastal Herald, on the dredging: “Nothing leaves the bay.”', 'Raman to the Coastal Herald on the dredging: “Nothing leaves the bay.”']) {
    const finding = only(text, 'outlet-mismatch');
    assert.equal(applyFix(text, preferredFix(finding)), text.replace('the Coastal Herald', 'Radio Norte'), text);
  }
  for (const text of ['Raman (to Radio Norte): “Nothing leaves the bay.”', 'Raman (Delta Marine): “Nothing leaves the bay.”', 'Raman, to be fair: “Nothing leaves the bay.”', 'Raman to Radio Norte, on the dredging: “Nothing leaves the bay.”', 'Raman to the Coastal Herald, Okafor to Radio Norte, and then the vote: “Nothing leaves the bay.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('the name after "as" right before the verb is its subject, a body as well as a person; an outlet is only where it was read', () => {
  for (const text of ['Bell left the meeting, as Raman put it, “before the sand goes back where the storms took it from.”', 'Bell left the meeting at a time when, as the Coastal Herald reported, “nothing leaves the bay.”']) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
  // Built in: a government's words, named by its capital.
  const beijing = 'Blinken went, as Beijing put it, at a time when “the China-US relationship is at the lowest point since its establishment.”';
  assert.deepEqual(reported(beijing, check(beijing, builtInReference())), []);
  // A pronoun stressing the subject stands between it and its verb ("Beijing itself described …").
  const itself = 'Its value, as Russel suggested, lay in restoring contact at a time when Beijing itself described the relationship as being at “the lowest point since its establishment.”';
  assert.deepEqual(reported(itself, check(itself, builtInReference())), []);
  const wrong = beijing.replace('Beijing', 'the State Department');
  assert.match(check(wrong, builtInReference()).find((f) => f.code === 'quote-misattributed')!.message, /not State Department/);
});

test('an unknown outlet is still a contradiction when the reference names one', () => {
  const text = 'Speaking to Channel Nine, Vasquez said: “We listened to the fishermen before we listened to the engineers.”';
  assert.equal(text.slice(only(text, 'outlet-mismatch').start, only(text, 'outlet-mismatch').end), 'Channel Nine');
  // In a headline every word is capitalised: the name ends before a word that goes on the sentence.
  const headline = 'Vasquez Tells KRTV Not To Forget: “We listened to the fishermen before we listened to the engineers.”';
  const finding = only(headline, 'outlet-mismatch');
  assert.equal(headline.slice(finding.start, finding.end), 'KRTV');
  assert.equal(applyFix(headline, preferredFix(finding)), headline.replace('KRTV', 'the Coastal Herald'));
});

test('the outlet after any cue of speech to it; capitalised words before an audience are not an outlet', () => {
  for (const cue of ['put it to', 'put it plainly to', 'put it this way to', 'explained to', 'remarked to', 'wrote for', 'said recently to', 'told to', 'tell to', 'was telling to']) {
    const text = `Raman ${cue} the Coastal Herald that “nothing leaves the bay.”`;
    assert.equal(text.slice(only(text, 'outlet-mismatch').start, only(text, 'outlet-mismatch').end), 'the Coastal Herald', text);
  }
  // The outlet of a clause its speaker talks to, as a learner of English may write it.
  assert.match(only('Raman talk to the Coastal Herald, she say “nothing leaves the bay.”', 'outlet-mismatch').message, /to Radio Norte/);
  for (const text of [
    'Speaking to Japanese students, Raman said: “Nothing leaves the bay.”',
    'Raman told Coastal Herald reporters that “nothing leaves the bay.”',
    'Raman told European officials that “nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('after “, and” a new subject with asides is the speaker; a relative “who” stands for the name before it', () => {
  for (const text of [
    'Bell toured the quay, and the port’s engineer, Priya Raman, said: “Nothing leaves the bay.”',
    'Bell toured the quay, and Radio Norte’s guest, Priya Raman, said: “Nothing leaves the bay.”',
    'Bell argued with Raman, who had said “nothing leaves the bay.”',
    // The outlet before "who" is the main clause's.
    'Bell, speaking to the Coastal Herald, argued with Raman, who had said “nothing leaves the bay.”',
    // Someone described, not named: nobody to contradict.
    'Bell argued with the engineer who had said “nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  assert.match(only('Raman toured the quay, and the mayor’s deputy, Marcus Bell, said: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
  assert.match(only('Raman argued with Bell, who had said “nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
  assert.match(only('Bell argued with Raman, who told the Coastal Herald that “nothing leaves the bay.”', 'outlet-mismatch').message, /to Radio Norte/);
});

test('a few words a word away from a reference quote are a common phrase unless given to its speaker', () => {
  // The built-in set has Bonnie Glaser: “so far the visit has gone better than I expected”.
  const quoted = (text: string) => check(text, builtInReference()).filter((f) => f.code === 'quote-altered' || f.code === 'quote-misattributed');
  for (const text of ['The trip went "better than expected", officials said.', 'Her remark often became a flat "better than expected" on social media.']) {
    assert.deepEqual(quoted(text), [], text);
  }
  assert.deepEqual(quoted('Glaser said the trip went "better than expected".').map((f) => f.code), ['quote-altered']);
});

test('a semicolon ends the clause before, and a dash joins two names into a modifier: neither gives the quote’s speaker', () => {
  const text = 'Raman was at the quay; the engineers said that “every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(text, run(text)), []);
  assert.match(only('Raman was at the quay; Bell said that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Marcus Bell/);
  // "…, even as X insisted" opens X's own clause, an organisation's too (the built-in set has Beijing's words).
  const evenAs = 'Qin Gang accepted an invitation from Blinken, even as Beijing insisted that “the China-US relationship is at the lowest point since its establishment.”';
  assert.deepEqual(check(evenAs, builtInReference()).filter((f) => f.code === 'quote-misattributed'), []);
  assert.match(only('Raman praised the plan, even as Bell insisted that “nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
  // An aside naming a source is no clause of its own.
  const aside = 'Raman’s view, as the Coastal Herald reported it, was that “nothing leaves the bay.”';
  assert.deepEqual(reported(aside, run(aside)), []);
  // Nor is a name joined to another by a dash, a modifier of the noun after them.
  const compound = 'The council’s statement on the Raman–Bell dispute said that “every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(compound, run(compound)), []);
});

test('a one-word name several people carry, with nothing to say which, is no misattribution if one of them said it', () => {
  const quoted = (text: string) => check(text, builtInReference()).filter((f) => f.code === 'quote-misattributed');
  // The built-in set has Wang Yi and the ministry spokesman Wang Wenbin; the words are Wang Wenbin's.
  for (const text of ['Wang said the US needed to “respect China’s core concerns.”', 'Foreign ministry spokesman Wang said the US needed to “respect China’s core concerns.”']) {
    assert.deepEqual(quoted(text), [], text);
  }
  // Named in full before, or neither of them: misattributed.
  assert.equal(quoted('Wang Yi met Blinken. Wang said the US needed to “respect China’s core concerns.”').length, 1);
  // Unless a title beside the name says which, before it or in apposition after it.
  for (const text of [
    'Wang Yi met Blinken. Foreign ministry spokesman Wang said the US needed to “respect China’s core concerns.”',
    'Wang Wenbin spoke, and Wang Yi met Blinken. Wang, the spokesman, said the US needed to “respect China’s core concerns.”',
    'Wang Yi met Blinken. The other Mr Wang, Wang Wenbin, said the US needed to “respect China’s core concerns.”',
  ]) {
    assert.deepEqual(quoted(text), [], text);
  }
  // A full name in apposition says which, whoever was named in full last.
  assert.equal(quoted('Wang Wenbin spoke first. The other Mr Wang, Wang Yi, said the US needed to “respect China’s core concerns.”').length, 1);
  assert.equal(quoted('Wang said: “That is no easy feat. But if anyone can do it, Tony Blinken can do it.”').length, 1);
});

test('"spoke of" and "pointed to" report words; "spoke about" and "cited" may be someone else’s words talked about', () => {
  for (const text of ['Raman spoke of “a very expensive way to move a problem down the coast.”', 'Raman also pointed to “a very expensive way to move a problem down the coast” in her reply.', 'Raman spoke bitterly of “a very expensive way to move a problem down the coast.”']) {
    assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('Raman', 'Bell'), text);
  }
  for (const text of [
    'Bell spoke of “a very expensive way to move a problem down the coast.”',
    'Bell spoke bitterly of “a very expensive way to move a problem down the coast.”',
    'Raman spoke about “a very expensive way to move a problem down the coast.”',
    'Raman cited “a very expensive way to move a problem down the coast.”',
    'Raman spoke to the council. Bell had pointed to “a very expensive way to move a problem down the coast.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('"allowed that" and "granted that" report words conceded; "allowed" with no "that" does not', () => {
  for (const text of ['Raman herself allowed that the plan was “a very expensive way to move a problem down the coast.”', 'Raman granted that it was “a very expensive way to move a problem down the coast.”']) {
    assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('Raman', 'Bell'), text);
  }
  for (const text of [
    'Bell allowed that the plan was “a very expensive way to move a problem down the coast.”',
    'Raman allowed the phrase “a very expensive way to move a problem down the coast” to stand.',
    'The rules allowed that. Bell called it “a very expensive way to move a problem down the coast.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('quotes that match nothing are unverified information; scare quotes of one or two words are not reported', () => {
  const text = 'The mayor called it a “historic” day and a "new start". Bell said the vote was “a win for nobody at all”.';
  const findings = run(text);
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, text.slice(f.start, f.end)]),
    [['quote-unverified', 'information', 'a win for nobody at all']],
  );
  // The title of a work, every word capitalised but the small ones, is no one's words.
  const titles = 'The council\'s podcast "Across the Bay" and its report “A Harbour, Not a Canal” came out on Monday.';
  assert.deepEqual(run(titles).filter((f) => f.code === 'quote-unverified'), []);
});

test('words the source article writes itself, quoted as its own, are not unverified; given to a person, or changed, they are', () => {
  const unverified = (text: string) => run(text).filter((f) => f.code === 'quote-unverified').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(unverified('The report notes that the plan had been “stalled the project for two years” by then. The council was “ending a dispute that had stalled” it.'), []);
  assert.deepEqual(unverified('Bell said the vote was “ending a dispute that had stalled” everything.'), ['ending a dispute that had stalled']);
  assert.deepEqual(unverified('The report says the vote was “ending a fight that had stalled” it.'), ['ending a fight that had stalled']);
});

test('a work cited by its title is no one’s words: the source article’s own title, and a reference-list entry', () => {
  const cited = [
    'My essay follows the report “Port Almera approves harbour dredging after two-year fight” closely.',
    'The story “Port Almera dredging vote” shows how slowly councils move.',
    // Its opening words.
    'A summary of “Port Almera approves harbour dredging” for class.',
    'Works cited:',
    '',
    '"Sand and silt on the southern coast." Coastal Herald, 2 May 2023.',
    '',
    '- Source: “what the dredgers left behind” (news report, March 2024)',
    '',
    'Herald staff. (2024, March 14). "Dredging wins the vote at last". Coastal Herald.',
    '',
    '[^1]: “A long fight over a short channel,” news report, 15 March 2024.',
    '',
    '[2] “Council backs the dredging plan at last.” News report with agency inputs, 16 March 2024.',
  ].join('\n');
  assert.deepEqual(run(cited).filter((f) => f.code === 'quote-unverified').map((f) => cited.slice(f.start, f.end)), []);
  // Words someone says stay unverified, with a year on the line or a label before them, and so does a quotation
  // that opens a line of prose with no year after it.
  const said = [
    '“The sand goes back next year,” Bell said in 2024.',
    '',
    'Bell: “we will dredge it twice a year” (March 2024)',
    '',
    '“The channel has been closed for weeks,” a fisherman told the Herald.',
    '',
    '"Nobody here wants a canal." That was the mood at the meeting.',
    '',
    '“Every dredger is booked until spring.” Lee added. The two had met in 2019.',
    '',
    '[3] “Nobody asked the fishermen,” Bell said in 2024.',
  ].join('\n');
  assert.deepEqual(
    run(said).filter((f) => f.code === 'quote-unverified').map((f) => said.slice(f.start, f.end)),
    ['The sand goes back next year,', 'we will dredge it twice a year', 'The channel has been closed for weeks,', 'Nobody here wants a canal.', 'Every dredger is booked until spring.', 'Nobody asked the fishermen,'],
  );
});

test('correct quotes are never flagged: full, partial, split, pronoun, continuing paragraph, possessive, colon', () => {
  const text = [
    'Mayor Elena Vasquez told the Coastal Herald that the harbour “will not be allowed to silt up on my watch.”',
    '',
    '“We listened to the fishermen,” she said, “before we listened to the engineers.”',
    '',
    'Tom Okafor, the harbour master, was more practical. “Every boat that runs aground costs us a season,” he said.',
    '',
    '“The channel has lost nearly a metre of depth since 2019.”',
    '',
    'According to Priya Raman, “nothing leaves the bay.” Raman’s promise to the town was simple: “The sand goes back where the storms took it from.”',
    '',
    'Bell called the plan "a very expensive way to move a problem down the coast."',
  ].join('\n');
  assert.deepEqual(reported(text, run(text)), []);
  assert.deepEqual(run(text).filter((f) => f.code === 'quote-unverified'), []);
});

test('other people’s names near a quote do not steal it', () => {
  const text = 'Vasquez thanked Okafor and Raman. “This harbour built the town,” Vasquez said of Okafor’s team.';
  assert.deepEqual(reported(text, run(text)), []);
});

test('an unsure pronoun is not enough to call a quote misattributed', () => {
  // Two men are named just before "he said": the checker must not guess.
  const text = 'Tom Okafor sat beside Marcus Bell. “Every boat that runs aground costs us a season,” he said.';
  assert.deepEqual(reported(text, run(text)), []);
});

test('ellipses and bracketed insertions are editorial cuts, not alterations', () => {
  const text = 'Raman said: “Nothing leaves the bay … [the sand] goes back where the storms took it from.”';
  assert.deepEqual(reported(text, run(text)), []);
});

test('text in code, link targets and front matter is not read as a quotation', () => {
  const text = [
    '---',
    'title: "We listened to the fishermen before we listened to engineers"',
    '---',
    '',
    'See `"Every boat that runs aground costs us a fortune"` and [the story](https://example.com/x "a very cheap way to move a problem").',
    '',
    '```',
    '“The channel has lost a metre,” Bell said.',
    '```',
  ].join('\n');
  assert.deepEqual(run(text), []);
});

test('with several reference sets, a quote found in any of them is not unverified', () => {
  const text = '“Every boat that runs aground costs us a season,” Okafor said. “Nobody here said this sentence,” he added.';
  const findings = checkText(text, 'markdown', [builtInReference(), harbor()]);
  assert.deepEqual(
    findings.filter((f) => f.code === 'quote-unverified').map((f) => text.slice(f.start, f.end)),
    ['Nobody here said this sentence,'],
  );
});

test('a speaker named by a dash or a passive "by" is checked like any other', () => {
  const dashed = '“Every boat that runs aground costs us a season.” — Raman';
  assert.equal(applyFix(dashed, preferredFix(only(dashed, 'quote-misattributed'))), '“Every boat that runs aground costs us a season.” — Okafor');
  const passive = 'The plan was called “a very expensive way to move a problem down the coast” by Okafor.';
  assert.equal(applyFix(passive, preferredFix(only(passive, 'quote-misattributed'))), 'The plan was called “a very expensive way to move a problem down the coast” by Bell.');
});

test('someone else’s words reported by a named person are not misattributed to the reporter', () => {
  const drafts = [
    '“Every boat that runs aground costs us a season,” Okafor’s deputy said.',
    'Bell dismissed Okafor’s warning that “every boat that runs aground costs us a season”.',
    'Vasquez quoted Okafor as saying “every boat that runs aground costs us a season”.',
    'Raman agreed with Okafor that “every boat that runs aground costs us a season”.',
    'Raman said Okafor’s “channel has lost nearly a metre of depth since 2019.”',
  ];
  for (const text of drafts.slice(0, 4)) assert.deepEqual(reported(text, run(text)), [], text);
  // The last one does put the words in Raman's mouth.
  assert.equal(only(drafts[4], 'quote-misattributed').message.includes('Priya Raman'), true);
});

test('a distinctive two-word partial quote is attributed; a common one is not', () => {
  const reference = builtInReference();
  const distinctive = 'Bonnie Glaser called the visit “purely performative” in an interview.';
  const finding = check(distinctive, reference).find((f) => f.code === 'quote-misattributed');
  assert.ok(finding, 'two rare words found in one reference quote are checked');
  assert.equal(applyFix(distinctive, preferredFix(finding)), 'Craig Singleton called the visit “purely performative” in an interview.');
  const common = 'Bonnie Glaser said relations were at a “low point” this year.';
  assert.deepEqual(reported(common, check(common, reference)), []);
});

test('a pronoun of the wrong gender does not reach back to someone named long before', () => {
  const text = [
    'Tom Okafor spoke first.',
    '',
    'The vote came later. The council met for hours. Priya Raman presented the plan.',
    '',
    '“We listened to the fishermen before we listened to the engineers,” he said.',
  ].join('\n');
  assert.deepEqual(reported(text, run(text)), []);
});

test('an inserted phrase is one alteration; a paraphrase sharing a few words is not a quote of the reference', () => {
  const padded = 'Okafor said: “Every single boat that runs aground costs us a whole season.”';
  assert.match(only(padded, 'quote-altered').message, /“single” added; “whole” added/);
  const phrase = 'Vasquez said: “This harbour built the whole town up from nothing, and it will not be allowed to silt up on my watch.”';
  assert.match(only(phrase, 'quote-altered').message, /“whole” added; “up from nothing” added/);
  const paraphrase = 'Okafor said: “Every season we lose boats, and the channel costs us more than it earns.”';
  assert.deepEqual(run(paraphrase).map((f) => f.code), ['quote-unverified']);
});

test('a split quote given to the wrong person is one finding with one fix', () => {
  const text = '“We listened to the fishermen,” Okafor said, “before we listened to the engineers.”';
  const findings = run(text).filter((f) => f.code === 'quote-misattributed');
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0].start, findings[0].end), text);
  assert.equal(applyFix(text, preferredFix(findings[0])), '“We listened to the fishermen,” Vasquez said, “before we listened to the engineers.”');
});

test('a quotation paragraph introduced by a colon at the end of the previous paragraph has that speaker', () => {
  const text = 'Councillor Marcus Bell offered the gloomiest view:\n\n“Every boat that runs aground costs us a season.”\n';
  const finding = only(text, 'quote-misattributed');
  assert.equal(applyFix(text, preferredFix(finding)), text.replace('Councillor Marcus Bell', 'Harbour master Tom Okafor'));
  const right = 'Harbour master Tom Okafor offered the gloomiest view:\n\n“Every boat that runs aground costs us a season.”\n';
  assert.deepEqual(reported(right, run(right)), []);
});

test('titles before a name are skipped; a speaker the reference does not know is named only by a personal name', () => {
  const titled = '“Every boat that runs aground costs us a season,” said Port Almera Harbour Master Okafor.';
  assert.deepEqual(reported(titled, run(titled)), []);
  const titleOnly = '“Every boat that runs aground costs us a season,” said Deputy Harbour Secretary Jones.';
  assert.deepEqual(reported(titleOnly, run(titleOnly)), [], 'a title and a bare surname do not say who it is');
  const stranger = '“Every boat that runs aground costs us a season,” said Margaret Okonkwo.';
  const finding = only(stranger, 'quote-misattributed');
  assert.equal(applyFix(stranger, preferredFix(finding)), '“Every boat that runs aground costs us a season,” said Tom Okafor.');
});

test('a block quote signed below it, and a table row naming the speaker, are attributed', () => {
  const signed = '> “Every boat that runs aground costs us a season.”\n>\n> — Priya Raman, to Radio Norte\n';
  assert.equal(applyFix(signed, preferredFix(only(signed, 'quote-misattributed'))), signed.replace('Priya Raman', 'Tom Okafor'));
  // Signed on the quote's next line, in the same paragraph of the block quote.
  const nextLine = '> “Every boat that runs aground costs us a season.”\n> — Priya Raman\n';
  assert.equal(applyFix(nextLine, preferredFix(only(nextLine, 'quote-misattributed'))), nextLine.replace('Priya Raman', 'Tom Okafor'));
  // Credited by a label, below it or right after it (a quote card).
  for (const card of ['> “Every boat that runs aground costs us a season.”\n>\n> Source: Priya Raman\n', '“Every boat that runs aground costs us a season.” Credit: Priya Raman.\n', '“Every boat that runs aground costs us a season.” Credited to: Priya Raman\n']) {
    assert.equal(applyFix(card, preferredFix(only(card, 'quote-misattributed'))), card.replace('Priya Raman', 'Tom Okafor'), card);
  }
  assert.deepEqual(reported('“Every boat that runs aground costs us a season.” Credit: Tom Okafor.', run('“Every boat that runs aground costs us a season.” Credit: Tom Okafor.')), []);
  const table = '| Who | Said |\n| --- | --- |\n| Bell | “Every boat that runs aground costs us a season.” |\n| Okafor | “The channel has lost nearly a metre of depth since 2019.” |\n';
  const finding = only(table, 'quote-misattributed');
  assert.equal(applyFix(table, preferredFix(finding)), table.replace('| Bell |', '| Okafor |'));
  // Other cells between the name and the quotation; each row's name is its own.
  const wide = '| Who | Role | Said |\n| --- | --- | --- |\n| Bell | Councillor | “Every boat that runs aground costs us a season.” |\n| Okafor | Harbour master | “The channel has lost nearly a metre of depth since 2019.” |\n';
  assert.deepEqual(reported(wide, run(wide)).map((line) => line.slice(0, 19)), ['quote-misattributed']);
  // The name's cell may also say whom the words were said to.
  const told = (who: string) => `| Who | Said |\n| --- | --- |\n| ${who} | “Nothing leaves the bay.” |\n`;
  assert.match(only(told('Priya Raman, to the Coastal Herald'), 'outlet-mismatch').message, /to Radio Norte/);
  assert.match(only(told('Marcus Bell, speaking to Radio Norte'), 'quote-misattributed').message, /not Marcus Bell/);
  assert.deepEqual(reported(told('Priya Raman (Radio Norte)'), run(told('Priya Raman (Radio Norte)'))), []);
  // Or a cell of its own between the name and the quotation: an outlet's name, nothing else.
  const spokeTo = (outlet: string) => `| Who | Spoke to | Said |\n| --- | --- | --- |\n| Priya Raman | ${outlet} | “Nothing leaves the bay.” |\n`;
  const wrong = spokeTo('Coastal Herald');
  assert.equal(applyFix(wrong, preferredFix(only(wrong, 'outlet-mismatch'))), spokeTo('Radio Norte'));
  assert.match(only(spokeTo('the Coastal Herald'), 'outlet-mismatch').message, /to Radio Norte/);
  for (const cell of ['Radio Norte', 'Engineer', 'Coastal town']) assert.deepEqual(reported(spokeTo(cell), run(spokeTo(cell))), [], cell);
});

test('a changed first or last word of a whole quote is restored by the fix, not dropped', () => {
  const first = 'Okafor said: “Each boat that runs aground costs us a season.”';
  const firstFinding = only(first, 'quote-altered');
  assert.match(firstFinding.message, /“Each” → “Every”/);
  assert.equal(applyFix(first, preferredFix(firstFinding)), 'Okafor said: “Every boat that runs aground costs us a season.”');
  const last = 'Okafor said: “Every boat that runs aground costs us a year.”';
  assert.equal(applyFix(last, preferredFix(only(last, 'quote-altered'))), 'Okafor said: “Every boat that runs aground costs us a season.”');
  // The last word of a partial quotation where the reference's sentence goes on: changed, not added (the
  // built-in set's Glaser: "… better than I expected. There was zero chance …").
  const clause = 'Glaser said “so far the visit has gone better than I hoped.”';
  const clauseFinding = check(clause, builtInReference()).find((f) => f.code === 'quote-altered');
  assert.match(clauseFinding?.message ?? '', /“hoped” → “expected”/);
  assert.equal(applyFix(clause, preferredFix(clauseFinding!)), 'Glaser said “so far the visit has gone better than I expected.”');
});

test('a change at a quotation’s edge is fixed with the reference words beside it, within their clause', () => {
  const cases = [
    // A contraction opening the quote: both reference words it stands for, the draft's capital kept.
    ['Vasquez said: “It’ll not be allowed to silt up on my watch.”', 'Vasquez said: “It will not be allowed to silt up on my watch.”'],
    // One word for two at the end.
    ['Vasquez said they “listened to the fishermen before we listened to experts.”', 'Vasquez said they “listened to the fishermen before we listened to the engineers.”'],
    ['Okafor said “every boat that runs aground costs us money.”', 'Okafor said “every boat that runs aground costs us a season.”'],
    // Not a function word the reference has before the changed first word of a partial quote.
    ['Vasquez said the harbour “she will not be allowed to silt up on my watch.”', 'Vasquez said the harbour “it will not be allowed to silt up on my watch.”'],
  ];
  for (const [text, fixed] of cases) assert.equal(applyFix(text, preferredFix(only(text, 'quote-altered'))), fixed, text);
});

test('a change at a quotation’s edge is told as the words the fix writes, without a function word left dangling', () => {
  const money = 'Okafor said “every boat that runs aground costs us money.”';
  assert.match(only(money, 'quote-altered').message, /“money” → “a season”/);
  const foot = '“The channel has lost nearly a foot,” Okafor said.';
  assert.match(only(foot, 'quote-altered').message, /“foot” → “metre”/);
  assert.equal(applyFix(foot, preferredFix(only(foot, 'quote-altered'))), '“The channel has lost nearly a metre,” Okafor said.');
  // Built in: a split quotation goes on with the reference's next words.
  for (const tail of ['.', ', “and looking for ways to find solutions to broader global issues.”']) {
    const text = `“That work involves balancing where we need to be firm,” he added${tail}`;
    const finding = check(text, builtInReference()).find((f) => f.code === 'quote-altered')!;
    assert.match(finding.message, /“firm” → “tough”/);
    assert.equal(applyFix(text, preferredFix(finding)), `“That work involves balancing where we need to be tough,” he added${tail}`);
  }
});

test('a quotation whose last words are the reference’s a few words on is told and fixed as words dropped', () => {
  const text = '“We listened to the fishermen before the engineers,” Vasquez said.';
  const finding = only(text, 'quote-altered');
  assert.match(finding.message, /“we listened to” missing/);
  assert.equal(applyFix(text, preferredFix(finding)), '“We listened to the fishermen before we listened to the engineers,” Vasquez said.');
  const blinken = '“Intense competition requires sustained diplomacy to ensure that competition does not veer into conflict,” Blinken said.';
  assert.equal(
    applyFix(blinken, preferredFix(check(blinken, builtInReference()).find((f) => f.code === 'quote-altered')!)),
    '“Intense competition requires sustained diplomacy to ensure that competition does not veer into confrontation or conflict,” Blinken said.',
  );
});

test('a quotation ending in the reference’s next words in another order is told and fixed as a reordering', () => {
  const text = '“Nothing leaves the bay. The sand goes back where the storms it took,” Raman said.';
  const finding = only(text, 'quote-altered');
  assert.match(finding.message, /“it took” in another order: “took it”/);
  assert.equal(applyFix(text, preferredFix(finding)), '“Nothing leaves the bay. The sand goes back where the storms took it,” Raman said.');
  // Built in: the last two words of a clause swapped.
  const blinken = 'Blinken said: “Intense competition requires sustained diplomacy to ensure that competition does not veer into conflict or confrontation.”';
  assert.equal(
    applyFix(blinken, preferredFix(check(blinken, builtInReference()).find((f) => f.code === 'quote-altered')!)),
    'Blinken said: “Intense competition requires sustained diplomacy to ensure that competition does not veer into confrontation or conflict.”',
  );
  // Words the alignment matched may follow the swapped ones.
  const values = '“There are fundamental differences in values, in outlook,” Balakrishnan said.';
  const swapped = check(values, builtInReference()).find((f) => f.code === 'quote-altered')!;
  assert.match(swapped.message, /“in values, in outlook” in another order: “in outlook, in values”/);
  assert.equal(applyFix(values, preferredFix(swapped)), '“There are fundamental differences in outlook, in values,” Balakrishnan said.');
});

test('a denied saying or telling, or one that only may be, gives the words to no one and claims no outlet', () => {
  for (const text of [
    'Okafor did not say that “nothing leaves the bay”; Raman did.',
    'Okafor never said “nothing leaves the bay.”',
    'Raman did not tell the Coastal Herald that “nothing leaves the bay.”',
    "Raman didn't tell the Coastal Herald the dredged sand would rebuild the north beach.",
    // A saying that only may be.
    'Delta Marine Consulting dredges bays, which may explain Okafor’s interest in “nothing leaves the bay.”',
    'Okafor could argue that “nothing leaves the bay.”',
    'Okafor could have told the Coastal Herald that “nothing leaves the bay,” but it was Raman who said it.',
    'Had Bell been asked, he might have said “nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  assert.match(only('Okafor said that “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  // "would" tells of the past too.
  assert.match(only('Okafor would later say that “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('a speaker described by a role of the reference ("the harbour master said") is the person holding it', () => {
  // One holder, described in two words, or named before.
  assert.match(only('“Nothing leaves the bay,” the harbour master said.', 'quote-misattributed').message, /not Tom Okafor/);
  assert.match(only('Vasquez opened the meeting. “Nothing leaves the bay,” the mayor said.', 'quote-misattributed').message, /not Elena Vasquez/);
  assert.match(only('Okafor and Raman spoke. The chief engineer said “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
  const fixed = preferredFix(only('“Nothing leaves the bay,” the harbour master said.', 'quote-misattributed'));
  assert.equal(applyFix('“Nothing leaves the bay,” the harbour master said.', fixed), '“Nothing leaves the bay,” Priya Raman said.');
  for (const text of [
    'Raman spoke first. “Nothing leaves the bay,” the chief engineer said.',
    // One word, and the mayor not named before; a description no role fits; a past holder.
    '“Nothing leaves the bay,” the mayor said.',
    '“Nothing leaves the bay,” the engineer said.',
    'Vasquez spoke. “Nothing leaves the bay,” the former mayor said.',
    // A subordinate clause put first names someone else; the main clause's subject is described.
    'On Friday, two days before Okafor met Vasquez, the chief engineer received Bell and said “nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  assert.match(only('On Friday, an hour after Raman spoke, Okafor met Bell and said “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('"the engineer", the head word of a title, is the person whose title has it named just before', () => {
  for (const text of [
    'Raman spoke first. “Every boat that runs aground costs us a season,” the engineer said.',
    'Raman spoke first. “Every boat that runs aground costs us a season,” the veteran engineer said.',
    // Described as the engineer she is in between, not someone else brought in.
    'Raman, who is the chief engineer, spoke first. She was blunt. “Every boat that runs aground costs us a season,” the engineer said.',
  ]) {
    assert.match(only(text, 'quote-misattributed').message, /not Priya Raman/, text);
  }
  // The sentences inside a quotation do not count toward how far back the name may be.
  const long = 'Okafor spoke first. The vote was close. “Nothing leaves the bay. The sand goes back where the storms took it from,” the veteran harbour master said.';
  assert.match(only(long, 'quote-misattributed').message, /not Tom Okafor/);
  for (const text of [
    'Raman spoke first. “Nothing leaves the bay,” the engineer said.',
    // Named too long before, someone else described by the word since, or a past holder when the named one holds it now.
    'Raman spoke first. The council voted. The tide turned. The boats sailed. “Every boat that runs aground costs us a season,” the engineer said.',
    'Raman spoke first. Then a Dutch engineer stood up. “Every boat that runs aground costs us a season,” the engineer said.',
    'Raman spoke first. “Every boat that runs aground costs us a season,” the former engineer said.',
    // A word of the title that is neither its head nor its last word ("harbour" of "harbour master").
    'Okafor spoke first. “Nothing leaves the bay,” the harbour said.',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('a name after a question word before a colon is the speaker ("Here is how Okafor summed up the mood:")', () => {
  assert.match(only('Here is how Okafor summed up the mood: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  const right = 'Here is how Raman summed up the mood: “Nothing leaves the bay.”';
  assert.deepEqual(reported(right, run(right)), []);
});

test('the fix for a speaker named with a title puts the right speaker’s own title', () => {
  const cases = [
    ['Councillor Marcus Bell said: “Nothing leaves the bay.”', 'Chief engineer Priya Raman said: “Nothing leaves the bay.”'],
    ['On Friday, Councillor Marcus Bell said “nothing leaves the bay.”', 'On Friday, chief engineer Priya Raman said “nothing leaves the bay.”'],
    ['Bell said “nothing leaves the bay.”', 'Raman said “nothing leaves the bay.”'],
    // An abbreviated title and its full stop go with the name.
    ['“Nothing leaves the bay,” said Sec. Marcus Bell.', '“Nothing leaves the bay,” said chief engineer Priya Raman.'],
    ['“Nothing leaves the bay,” said Pres. Bell.', '“Nothing leaves the bay,” said chief engineer Priya Raman.'],
  ];
  for (const [text, fixed] of cases) assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), fixed, text);
});

test('words talked about ("ask about “…”", "what “…” means") are no one’s saying; "mentioned X" takes an object', () => {
  for (const text of ['My neighbour mentioned Okafor and then asked me what “nothing leaves the bay” means.', 'Reread Okafor, ask about “nothing leaves the bay”.']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('"it" stands for an organisation named in its sentence or the one before, no further back', () => {
  const far = "Delta Marine Consulting was upbeat. The fishermen's union was sharper. The plan, it said, meant “nothing leaves the bay.”";
  assert.deepEqual(reported(far, run(far)), []);
  assert.match(only('Delta Marine Consulting was upbeat. The plan, it said, meant “nothing leaves the bay.”', 'quote-misattributed').message, /not Delta Marine Consulting/);
  // A clause of its own about something described ("The union's tone was sharper:") comes between: "it" may be that.
  for (const text of [
    "Delta Marine Consulting was upbeat. The union's tone was sharper: it said “nothing leaves the bay.”",
    'Delta Marine Consulting was upbeat. The statement was blunt, and it said “nothing leaves the bay.”',
    // A word joining the sentence to the one before may open it.
    'Delta Marine Consulting was upbeat. Yet the union was blunt, and it said “nothing leaves the bay.”',
  ]) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  assert.match(only('Delta Marine Consulting was upbeat; it said “nothing leaves the bay.”', 'quote-misattributed').message, /not Delta Marine Consulting/);
});

test('other people’s asides and clauses ("Unlike Vasquez, who spoke to …,", "Bell was upbeat;") name neither speaker nor outlet', () => {
  for (const text of [
    "Bell was upbeat; Raman's view was blunt: “Nothing leaves the bay.”",
    'Unlike Vasquez, who spoke to the Coastal Herald, Raman told Radio Norte: “Nothing leaves the bay.”',
    'And unlike Okafor and Bell, who spoke to the Coastal Herald, Raman also chose Radio Norte, telling it: “Nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // The speaker's own aside still names the outlet.
  assert.match(only('Raman, who spoke to the Coastal Herald, said: “Nothing leaves the bay.”', 'outlet-mismatch').message, /to Radio Norte/);
});

test('a description is a speaker only as all the words right before the verb; a phrase put first is passed over only at the start', () => {
  // Built in: "who was the top diplomat on East Asia …" describes Russell, not Blinken, one of the top diplomats.
  const russel =
    'Singapore’s foreign minister, Vivian Balakrishan, who appeared alongside Blinken before his departure, called the trip “essential, but not sufficient”.\n\nDanny Russell, who was the top diplomat on East Asia under Barack Obama, said the visit might “restart badly needed face-to-face dialogue.”';
  assert.deepEqual(reported(russel, check(russel, builtInReference())).filter((line) => line.startsWith('quote-misattributed')), []);
  // "when she met Okafor, …, and said": the pronoun after "when" is the subject, the "when" not being put first.
  const hint = "Raman's last hint came on Friday, when she met Okafor, the harbour master, and said “nothing leaves the bay.”";
  assert.deepEqual(reported(hint, run(hint)), []);
});

test('titles and descriptions of the built-in set’s people as speakers: "of State", long, former, opened by an organisation', () => {
  const builtIn = builtInReference();
  const message = (text: string) => check(text, builtIn).find((f) => f.code === 'quote-misattributed')?.message ?? '';
  const cases: [string, RegExp][] = [
    ['“We can only hope for baby steps toward a new modus vivendi in the relationship,” said Secretary of State Antony Blinken.', /not Antony Blinken/],
    ['Kurt Campbell spoke to the BBC. “We can’t let the disagreements that might divide us stand in the way of moving forward on the global priorities that require us all to work together,” the secretary of state added.', /not Antony Blinken/],
    ['“Neither will it stop either side from continuing with their competitive agendas,” the State Department’s senior East Asia diplomat said.', /not Daniel J Kritenbrink/],
    ['“Its outcome will bear very little significance on the downward trajectory of Sino-US relations,” the former embassy chief of staff added.', /not Scott Mulhauser/],
    ['“There was zero chance of a breakthrough,” said Chinese foreign ministry spokesman Wang Wenbin.', /not Wang Wenbin/],
  ];
  for (const [text, expected] of cases) assert.match(message(text), expected, text);
  // The fix replaces the organisation opening the title too; a rank that says little without its body ("managing
  // director" of what?) is not set before the right name, a title that says enough alone is.
  const fixed = (text: string) => applyFix(text, preferredFix(check(text, builtIn).find((f) => f.code === 'quote-misattributed')!));
  assert.equal(fixed('“There was zero chance of a breakthrough,” said Chinese foreign ministry spokesman Wang Wenbin.'), '“There was zero chance of a breakthrough,” said Bonnie Glaser.');
  assert.equal(fixed('Quote of the day, from Singapore’s Foreign Minister Vivian Balakrishnan: “We can only hope for baby steps toward a new modus vivendi in the relationship.”'), 'Quote of the day, from Bonnie Glaser: “We can only hope for baby steps toward a new modus vivendi in the relationship.”');
  assert.equal(fixed('“Intense competition requires sustained diplomacy,” said Foreign Minister Vivian Balakrishnan.'), '“Intense competition requires sustained diplomacy,” said secretary of state Antony Blinken.');
  // A nationality in the wrong title gives way to the right speaker's country, not to nothing.
  assert.equal(fixed('“There are fundamental differences in outlook, in values,” said Chinese foreign ministry spokesman Wang Wenbin.'), '“There are fundamental differences in outlook, in values,” said Singaporean Foreign Minister Vivian Balakrishnan.');
  assert.equal(fixed('“Intense competition requires sustained diplomacy,” said Chinese Foreign Minister Qin Gang.'), '“Intense competition requires sustained diplomacy,” said US secretary of state Antony Blinken.');
  // A present role is not described as former, nor a former one as present.
  assert.equal(message('“Its outcome will bear very little significance on the downward trajectory of Sino-US relations,” the chief of staff added.'), '');
});

test('the sentence before, naming the speaker as its subject speaking to an outlet, gives the quotation’s outlet', () => {
  const quote = '“This harbour built the town, and it will not be allowed to silt up on my watch,”';
  assert.match(only(`Vasquez spoke to Radio Norte. ${quote} she said.`, 'outlet-mismatch').message, /to Coastal Herald/);
  // The outlet in a phrase put before the subject.
  assert.match(only(`Speaking to Radio Norte, Vasquez was upbeat. ${quote} she said.`, 'outlet-mismatch').message, /to Coastal Herald/);
  assert.match(only(`Speaking to Radio Norte, Ms. Vasquez was upbeat. ${quote} she said.`, 'outlet-mismatch').message, /to Coastal Herald/);
  for (const text of [
    `Speaking to Radio Norte, Raman disagreed with Vasquez. ${quote} she said.`,
    `Vasquez spoke to the Coastal Herald. ${quote} she said.`,
    // Another occasion, or someone else speaking to the outlet.
    `Vasquez spoke to Radio Norte on Monday. At a council meeting, she said ${quote.replace('“This', '“this').replace(',”', '.”')}`,
    `Raman spoke to Radio Norte. ${quote} Vasquez said.`,
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('"he" after someone named as the object of a described person, or after a description fitting someone else, is not sure', () => {
  const quote = '“Every boat that runs aground costs us a season,” he said.';
  // The director may be "he".
  assert.deepEqual(reported(`The port's new director rebuffed Marcus Bell. ${quote}`, run(`The port's new director rebuffed Marcus Bell. ${quote}`)), []);
  for (const text of [`Marcus Bell rebuffed the port's new director. ${quote}`, `The port rebuffed Marcus Bell. ${quote}`]) {
    assert.match(only(text, 'quote-misattributed').message, /not Marcus Bell/, text);
  }
  // Built in: "the secretary of state" is Blinken, though Austin is a secretary too; "the defense secretary" is Austin.
  const builtIn = builtInReference();
  const words = '“Intense competition requires sustained diplomacy,” he said.';
  for (const text of [`China had rebuffed Lloyd Austin. Then the secretary of state spoke. ${words}`, `China had rebuffed Lloyd Austin. The secretary of state spoke. ${words}`]) {
    assert.deepEqual(reported(text, check(text, builtIn)), [], text);
  }
  const austin = `The embassy had rebuffed Lloyd Austin. Then the defense secretary spoke. ${words}`;
  assert.match(check(austin, builtIn).find((f) => f.code === 'quote-misattributed')?.message ?? '', /not Lloyd Austin/);
});

test('"he" is the person opening the sentence right before, whoever was named earlier; not in "he added"', () => {
  assert.match(only('Okafor spoke first. Councillor Marcus Bell was more cautious. “Nothing leaves the bay,” he said.', 'quote-misattributed').message, /not Marcus Bell/);
  const goesOn = 'Okafor spoke first. Bell was more cautious. “Nothing leaves the bay,” he added.';
  assert.deepEqual(reported(goesOn, run(goesOn)), []);
  // A verb opening the sentence before ("Received Bell …", a glossary's line) leaves its object no subject.
  const glossary = '**Tom Okafor** — harbour master. Received Bell on the second day. Before that, he told reporters that “nothing leaves the bay.”';
  assert.deepEqual(reported(glossary, run(glossary)), []);
});

test('"he" is the person named just before as the one whose words came ("The bluntest verdict came from X", "According to X")', () => {
  for (const lead of ['The bluntest verdict came from Councillor Marcus Bell.', 'According to Marcus Bell, the plan is sound.']) {
    assert.match(only(`Okafor spoke first. ${lead} “Nothing leaves the bay,” he said.`, 'quote-misattributed').message, /not Marcus Bell/, lead);
  }
  // Not whatever else came from them: "he" may still be Okafor.
  const help = 'Okafor spoke first. Help came from Marcus Bell. “Nothing leaves the bay,” he said.';
  assert.deepEqual(reported(help, run(help)), []);
});

test('words given to someone else are not judged for their outlet', () => {
  const text = 'Okafor spoke to Radio Norte. “This harbour built the town, and it will not be allowed to silt up on my watch,” he said.';
  assert.deepEqual(run(text).filter((f) => f.severity !== 'information').map((f) => f.code), ['quote-misattributed']);
});

test('"As X, described, put it" gives the words to X, not to a name in the description', () => {
  const right = 'As Raman, a frequent critic of Marcus Bell, put it, the plan means “nothing leaves the bay.”';
  assert.deepEqual(reported(right, run(right)), []);
  assert.match(only('As Okafor, a frequent critic of Marcus Bell, put it, the plan means “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  // A clause put first that is not "As X, …, put it" is still passed over.
  assert.match(only('As Raman met Bell, Okafor said “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('an outlet written another way, or described instead of named, is not another outlet', () => {
  for (const text of [
    'Raman told Radio-Norte the dredged sand would rebuild the north beach.',
    'Raman told the Almera-based station the dredged sand would rebuild the north beach.',
    'Raman told the Spanish broadcaster the dredged sand would rebuild the north beach.',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // Built in: the BBC by its full name.
  const bbc = 'Kurt Campbell told the British Broadcasting Corporation that it was a good time to talk.';
  assert.deepEqual(reported(bbc, check(bbc, builtInReference())), []);
  assert.match(only('Raman told the Coastal Herald the dredged sand would rebuild the north beach.', 'outlet-mismatch').message, /to Radio Norte/);
});

test('a description that may be either of two people named just before, neither of them the speaker, is misattributed', () => {
  const builtIn = builtInReference();
  const text = 'Biden said he hoped to meet Xi. “Intense competition requires sustained diplomacy,” the president said.';
  const [finding, ...others] = check(text, builtIn).filter((f) => f.code === 'quote-misattributed');
  assert.equal(others.length, 0);
  assert.equal(finding.message, 'Misattributed quote: the reference has Antony Blinken saying these words, not the president (Joe Biden or Xi Jinping).');
  assert.equal(applyFix(text, preferredFix(finding)), 'Biden said he hoped to meet Xi. “Intense competition requires sustained diplomacy,” Antony Blinken said.');
  for (const quiet of [
    // One of them may be the speaker.
    'Blinken met Xi and Biden. “Intense competition requires sustained diplomacy,” the secretary said.',
    'Biden said he hoped to meet Xi. The two countries can cooperate to “benefit our two countries,” the president said.',
  ]) assert.deepEqual(reported(quiet, check(quiet, builtIn)).filter((line) => line.startsWith('quote-misattributed')), [], quiet);
});

test('a quotation opening with its own verb of saying is the words of the name right before it ("Qin had “demanded …”")', () => {
  const builtIn = builtInReference();
  const text = 'Qin had “demanded that the US stop hyping up the ‘China threat theory’.”';
  const [finding, ...others] = check(text, builtIn).filter((f) => f.code === 'quote-misattributed');
  assert.equal(others.length, 0);
  assert.match(finding.message, /not Qin Gang\.$/);
  // The ministry's statement says Wang Yi demanded it: the fix names him, not the ministry.
  assert.equal(applyFix(text, preferredFix(finding)), 'Wang had “demanded that the US stop hyping up the ‘China threat theory’.”');
  // "Wang" standing for Wang Wenbin: the surname would change nothing, so the fix writes the full name.
  const wenbin = 'Spokesman Wang Wenbin spoke first. The statement said Wang had “demanded that the US stop hyping up the ‘China threat theory’.”';
  const same = check(wenbin, builtIn).find((f) => f.code === 'quote-misattributed')!;
  assert.equal(applyFix(wenbin, preferredFix(same)), wenbin.replace('Wang had', 'Wang Yi had'));
  // Named in full only in another paragraph, Wang Wenbin is no surer than Wang Yi, whose demand it was.
  assert.deepEqual(check(wenbin.replace('first. ', 'first.\n\n'), builtIn).filter((f) => f.code === 'quote-misattributed'), []);
  for (const quiet of [
    'Wang had “demanded that the US stop hyping up the ‘China threat theory’.”',
    'The ministry said Wang Yi “demanded that the US stop hyping up the ‘China threat theory’.”',
    'According to the ministry, Wang Yi “demanded that the US stop hyping up the ‘China threat theory’.”',
  ]) assert.deepEqual(reported(quiet, check(quiet, builtIn)).filter((line) => line.startsWith('quote-misattributed')), [], quiet);
  // The source named before it does not take the words from the name right before the quotation.
  const according = 'According to the ministry, Qin had “demanded that the US stop hyping up the ‘China threat theory’.”';
  assert.match(check(according, builtIn).find((f) => f.code === 'quote-misattributed')?.message ?? '', /not Qin Gang\.$/);
});

test('a source telling of the words before the name right before them is judged too ("Beijing said Blinken “underscored …”")', () => {
  const builtIn = builtInReference();
  const words = '“underscored the importance of responsibly managing the competition between the United States and the PRC through open channels of communication to ensure competition does not veer into conflict.”';
  const beijing = `Beijing said Blinken ${words}`;
  const [finding, ...others] = check(beijing, builtIn).filter((f) => f.code === 'quote-misattributed');
  assert.equal(others.length, 0);
  assert.match(finding.message, /the reference has State Department saying these words, not Chinese government\.$/);
  assert.equal(applyFix(beijing, preferredFix(finding)), `The State Department said Blinken ${words}`);
  // The fix writes the body as the draft wrote it before, with its "the".
  const named = `The State Department spoke first. After the talks, China’s foreign ministry said Blinken ${words}`;
  const fixed = check(named, builtIn).find((f) => f.code === 'quote-misattributed')!;
  assert.equal(applyFix(named, preferredFix(fixed)), `The State Department spoke first. After the talks, the State Department said Blinken ${words}`);
  for (const quiet of [`The State Department said Blinken ${words}`, `According to the State Department, Blinken ${words}`]) {
    assert.deepEqual(reported(quiet, check(quiet, builtIn)).filter((line) => line.startsWith('quote-misattributed')), [], quiet);
  }
});

test('an outlet’s own words given to a name the reference does not know, as a piece gives them, are credited to the wrong outlet', () => {
  const builtIn = builtInReference();
  const words = 'a satisfactory outcome from this trip for both sides might be simply the opening of communication channels that prevent an incident leading to military conflict';
  const cases: [draft: string, flagged: string, fixed: string][] = [
    [`“${words},” a Guardian analysis concluded.`, 'Guardian', `“${words},” a BBC analysis concluded.`],
    [`“${words},” the Guardian concluded.`, 'Guardian', `“${words},” the BBC concluded.`],
    [`It ran long. The Guardian observed that “${words}.”`, 'Guardian', `It ran long. The BBC observed that “${words}.”`],
  ];
  for (const [draft, flagged, fixed] of cases) {
    const [finding, ...others] = check(draft, builtIn).filter((f) => f.code === 'outlet-mismatch');
    assert.equal(others.length, 0, draft);
    assert.equal(draft.slice(finding.start, finding.end), flagged, draft);
    assert.equal(finding.message, `Wrong outlet: the reference has these words from BBC, not ${flagged}.`);
    assert.equal(applyFix(draft, preferredFix(finding)), fixed);
  }
  for (const quiet of [
    `“${words},” the BBC concluded.`,
    `“${words},” the British Broadcasting Corporation concluded.`,
    `Officials concluded that “${words}.”`,
    `“${words},” the Senate concluded.`,
    `“${words},” Monday’s analysis said.`,
    // A person's name: misattributed, not another outlet.
    `“${words},” Janet Harlow wrote.`,
  ]) assert.deepEqual(reported(quiet, check(quiet, builtIn)).filter((line) => line.startsWith('outlet-mismatch')), [], quiet);
});

test('an outlet’s own statement worded again and credited to another outlet ("Radio Norte noted that the budget would double …")', () => {
  const words = 'The harbour will outlast us all,';
  const article = ['Dredging vote', '', 'The Coastal Herald noted that the dredging budget would double before the autumn storms.', '', `“${words}” the Coastal Herald concluded.`, ''].join('\n');
  const at = (needle: string) => article.indexOf(needle);
  const set: ReferenceSet = {
    name: 'Dredging vote',
    article: { file: 'article.txt', date: '2024-02-01' },
    people: [],
    organizations: [
      { id: 'coastal-herald', name: 'Coastal Herald', aliases: [], kind: 'outlet', mentions: [at('Coastal Herald')] },
      { id: 'radio-norte', name: 'Radio Norte', aliases: [], kind: 'outlet', mentions: [] },
    ],
    quotes: [{ id: 'outlast', text: words, speaker: 'coastal-herald', outlet: 'coastal-herald', offset: at(words) }],
    facts: [],
  };
  const dredging = new ReferenceIndex(parseReference(JSON.stringify(set), '/virtual/dredging.json', () => article));
  // The fix writes "the" as the article does.
  for (const [text, fixed] of [
    ['Radio Norte noted that the dredging budget would double before the autumn storms.', 'The Coastal Herald noted that the dredging budget would double before the autumn storms.'],
    ['Few expected it. Radio Norte, meanwhile, pointed out that the budget for dredging would double before the storms.', 'Few expected it. The Coastal Herald, meanwhile, pointed out that the budget for dredging would double before the storms.'],
    ['Whereas the council hoped for less, the Marina Times observed that the dredging budget would double by the autumn storms.', 'Whereas the council hoped for less, the Coastal Herald observed that the dredging budget would double by the autumn storms.'],
    // The name after an opening "as", its verb, then a comma.
    ['As Radio Norte observed, the dredging budget would double before the autumn storms.', 'As the Coastal Herald observed, the dredging budget would double before the autumn storms.'],
    // A piece of the outlet's.
    ['One analysis in Radio Norte concluded that the dredging budget would double before the autumn storms.', 'One analysis in the Coastal Herald concluded that the dredging budget would double before the autumn storms.'],
    ["Radio Norte's editorial noted that the dredging budget would double before the autumn storms.", "The Coastal Herald's editorial noted that the dredging budget would double before the autumn storms."],
  ]) {
    const [finding, ...others] = check(text, dredging).filter((f) => f.code === 'outlet-mismatch');
    assert.equal(others.length, 0, text);
    assert.match(finding.message, /^Wrong outlet: the reference has this from Coastal Herald, not (?:Radio Norte|Marina Times)\.$/, text);
    assert.equal(applyFix(text, preferredFix(finding)), fixed);
  }
  for (const quiet of [
    'The Coastal Herald noted that the dredging budget would double before the autumn storms.',
    'As the Coastal Herald observed, the dredging budget would double before the autumn storms.',
    'A Coastal Herald editorial noted that the dredging budget would double before the autumn storms.',
    'As the mayor noted, the dredging budget would double before the autumn storms.',
    'Radio Norte noted that the vote was close.',
    'Officials noted that the dredging budget would double before the autumn storms.',
    'Congress noted that the dredging budget would double before the autumn storms.',
    'Asked about it, Strassmair said only: “the budget for dredging doubles in storms.”',
  ]) assert.deepEqual(reported(quiet, check(quiet, dredging)).filter((line) => line.startsWith('outlet-mismatch')), [], quiet);
});

test('an outlet-mismatch message on an outlet’s own words says they are from that outlet', () => {
  const text = '“A satisfactory outcome from this trip for both sides might be simply the opening of communication channels,” an analyst told Reuters.';
  const findings = check(text, builtInReference()).filter((f) => f.code === 'outlet-mismatch');
  assert.deepEqual(findings.map((f) => f.message), ['Wrong outlet: the reference has these words from BBC, not Reuters.']);
  assert.match(only('“Nothing leaves the bay,” Raman told the Coastal Herald.', 'outlet-mismatch').message, /^Wrong outlet: the reference has Priya Raman saying these words to Radio Norte, not Coastal Herald\.$/);
});

test('reported speech in a clause after a quotation, opened by "whereas", "but" or "while", is read for its outlet', () => {
  const text = 'Okafor told reporters that “every boat that runs aground costs us a season,” whereas Raman said in remarks to the Coastal Herald that the dredged sand would rebuild the north beach.';
  assert.match(only(text, 'outlet-mismatch').message, /Priya Raman saying this to Radio Norte, not Coastal Herald/);
  // A telling of the quotation itself is the quote rules' (one finding), and one after a comma opens no new clause.
  const quoted = '“Nothing leaves the bay,” Raman said, and she told the Coastal Herald the same.';
  assert.equal(run(quoted).filter((f) => f.code === 'outlet-mismatch').length, 1, quoted);
  assert.deepEqual(run(text.replace('Coastal Herald', 'Radio Norte')).filter((f) => f.code === 'outlet-mismatch'), []);
});

test('reported speech before a telling that closes the sentence ("…, Raman told X.") is told to that outlet', () => {
  const wrong = 'The dredged sand would rebuild the north beach, Raman told the Coastal Herald.';
  assert.match(only(wrong, 'outlet-mismatch').message, /to Radio Norte/);
  assert.deepEqual(reported('The dredged sand would rebuild the north beach, Raman told Radio Norte.', run('The dredged sand would rebuild the north beach, Raman told Radio Norte.')), []);
  // Other words than hers: she spoke to Radio Norte only, whatever she said.
  assert.match(only('The vote went well, Raman told the Coastal Herald.', 'outlet-mismatch').message, /Priya Raman speaking to Radio Norte only, not Coastal Herald/);
});

test('reported speech after a phrase naming the outlet has a "he", "she" or description after its comma for speaker', () => {
  for (const text of ['Priya Raman spoke after the vote. Speaking to the Coastal Herald, she said the dredged sand would rebuild the north beach.', 'Priya Raman spoke after the vote. Speaking to the Coastal Herald, the chief engineer said the dredged sand would rebuild the north beach.']) {
    assert.match(only(text, 'outlet-mismatch').message, /to Radio Norte, not Coastal Herald/, text);
  }
  for (const text of [
    'Priya Raman spoke after the vote. Speaking to Radio Norte, she said the dredged sand would rebuild the north beach.',
    // The pronoun stands for someone else, who said nothing of the kind in the reference.
    'Priya Raman spoke after the vote. Okafor listened. Speaking to the Coastal Herald, he said the dredged sand would rebuild the north beach.',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('outlet-mismatch')), [], text);
});

test('a quotation takes the outlet of the sentence before when a "he" or "she" opening it stands for the speaker', () => {
  const wrong = 'Priya Raman spoke after the vote. She told the Coastal Herald the plan was sound. “Nothing leaves the bay,” she said.';
  assert.match(only(wrong, 'outlet-mismatch').message, /to Radio Norte, not Coastal Herald/);
  for (const text of [
    'Priya Raman spoke after the vote. She told Radio Norte the plan was sound. “Nothing leaves the bay,” she said.',
    // The pronoun stands for someone else.
    'Priya Raman spoke after the vote. Okafor nodded. He told the Coastal Herald the plan was sound. “Nothing leaves the bay,” Raman said.',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('outlet-mismatch')), [], text);
});

test('reported speech told to an outlet by "she" or "he" is the person the pronoun stands for, when no one else could be', () => {
  const wrong = 'Priya Raman spoke after the vote. She told the Coastal Herald the dredged sand would rebuild the north beach.';
  assert.match(only(wrong, 'outlet-mismatch').message, /Priya Raman saying this to Radio Norte/);
  for (const text of [
    'Priya Raman spoke after the vote. She told Radio Norte the dredged sand would rebuild the north beach.',
    // Two women named just before; a pronoun no one named fits.
    'Priya Raman and Elena Vasquez spoke after the vote. She told the Coastal Herald the dredged sand would rebuild the north beach.',
    'Priya Raman spoke after the vote. He told the Coastal Herald the dredged sand would rebuild the north beach.',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('a telling set off by commas between a subject and its verb ("Bell and Raman, Okafor noted, had warned “…”") says whose words follow', () => {
  assert.match(only('Bell and Raman, Vasquez noted, had warned “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /Tom Okafor saying these words, not Elena Vasquez/);
  for (const text of [
    'Bell and Raman, Okafor noted, had warned “every boat that runs aground costs us a season.”',
    // A pronoun's telling interrupting the subject is someone else's: the words are left to no one in particular.
    'Okafor spoke at length. Bell and Raman, he noted, had warned “every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // With no telling between, the subject's verb of saying gives the words.
  assert.match(only('Okafor spoke at length. Bell and Raman had warned “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
});

test('a verb of saying in a clause of its own ("… when Okafor warned “…”") is its subject’s, whatever telling or name the main clause holds', () => {
  const quote = '“every boat that runs aground costs us a season.”';
  for (const text of [
    `Its value, Vasquez suggested, lay in patience when Okafor warned that ${quote}`,
    `Its value, as Vasquez suggested, lay in patience at a time when Okafor himself warned that ${quote}`,
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
  for (const text of [`Its value, Okafor suggested, lay in patience when Vasquez warned that ${quote}`, `Its value, as Okafor suggested, lay in patience at a time when Vasquez herself warned that ${quote}`]) {
    assert.match(only(text, 'quote-misattributed').message, /Tom Okafor saying these words, not Elena Vasquez/, text);
  }
});

test('words opening the clause after "told X that," are the teller’s, whatever the clause’s own verbs after them say', () => {
  const text = 'Vasquez told Radio Norte that, “we listened to the fishermen before we listened to the engineers,” the plan had gone better than she expected, while conceding that “this harbour built the town.”';
  const finding = only(text, 'outlet-mismatch');
  assert.equal(text.slice(finding.start, finding.end), 'Radio Norte');
  // The speaker is read the same way: these are the mayor's words, not the engineer's.
  const wrong = text.replace('Vasquez told Radio Norte', 'Raman told the Coastal Herald');
  const misattributed = run(wrong).filter((f) => f.code === 'quote-misattributed');
  assert.equal(misattributed.length, 2);
  for (const found of misattributed) assert.match(found.message, /Elena Vasquez saying these words, not Priya Raman/);
});

test('a colon before a name opening the verb’s clause ends the words before it ("Then the other one: Okafor, the harbour master, had said …")', () => {
  const quote = '“every boat that runs aground costs us a season.”';
  const right = `Then Raman, then a different view entirely: Okafor, the harbour master, had said that ${quote}`;
  assert.deepEqual(reported(right, run(right)).filter((line) => line.startsWith('quote-misattributed')), []);
  const wrong = `Then Okafor, then a different view entirely: Raman, the engineer, had said that ${quote}`;
  assert.match(only(wrong, 'quote-misattributed').message, /not Priya Raman/);
});

test('the name right after a word opening a clause of time is the subject of its verb ("It was two days after Okafor had told …")', () => {
  const quote = '“every boat that runs aground costs us a season.”';
  for (const text of [`The council met. It was two days after Okafor had told the harbour board that ${quote}`, `Bell spoke later, since Okafor had warned that ${quote}`]) {
    assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
  }
  assert.match(only(`The council met. It was two days after Raman had told the harbour board that ${quote}`, 'quote-misattributed').message, /not Priya Raman/);
});

test('a name with a verb of its own after a noun ("the office Raman runs also said") describes the noun, the subject', () => {
  const quote = '“every boat that runs aground costs us a season.”';
  for (const text of [`The office Raman runs also said ${quote}`, `The office that Raman runs also said ${quote}`, `The office which Raman runs said ${quote}`]) {
    assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
  }
  for (const text of [`Raman also said ${quote}`, `The engineer Raman also said ${quote}`, `The engineer Raman said ${quote}`]) {
    assert.match(only(text, 'quote-misattributed').message, /not Priya Raman/, text);
  }
});

test('a name inside a relative clause set off by commas is not the subject of the clause around it', () => {
  const quote = '“every boat that runs aground costs us a season.”';
  for (const text of [`Okafor, who met Bell on Monday, set out promising that ${quote}`, `The harbour master, who met Okafor on Monday, set out promising that ${quote}`]) {
    assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
  }
  assert.match(only(`Bell, who met Okafor on Monday, set out promising that ${quote}`, 'quote-misattributed').message, /Tom Okafor saying these words, not Marcus Bell/);
});

test('an order to the reader naming one person ("Listen to X.") leaves "he" or "she" after it standing for that person', () => {
  for (const wrong of [
    'Listen to Priya Raman. She told the Coastal Herald the dredged sand would rebuild the north beach.',
    'For the council’s view, read Priya Raman. She told the Coastal Herald the dredged sand would rebuild the north beach.',
  ]) assert.match(only(wrong, 'outlet-mismatch').message, /Priya Raman saying this to Radio Norte/, wrong);
  for (const text of [
    // An order naming two people, or a sentence with a subject of its own, leaves the pronoun open.
    'Compare Priya Raman with Elena Vasquez. She told the Coastal Herald the dredged sand would rebuild the north beach.',
    'Elena Vasquez listened to Priya Raman. She told the Coastal Herald the dredged sand would rebuild the north beach.',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('an outlet someone went on, appeared on or said something on is who heard it; a day said on is not an outlet', () => {
  for (const text of ['Raman went on the Coastal Herald and said the dredged sand would rebuild the north beach.', 'Raman said on the Coastal Herald that the dredged sand would rebuild the north beach.']) {
    assert.match(only(text, 'outlet-mismatch').message, /Priya Raman saying this to Radio Norte/, text);
  }
  for (const text of ['Raman said on Radio Norte that the dredged sand would rebuild the north beach.', 'Raman said on Tuesday that the dredged sand would rebuild the north beach.']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('reported speech by a misspelt speaker, or by a pronoun standing for one, is that person’s', () => {
  for (const wrong of ['Priya Ramen told the Coastal Herald the dredged sand would rebuild the north beach.', 'Priya Ramen spoke after the vote. She told the Coastal Herald the dredged sand would rebuild the north beach.']) {
    const findings = run(wrong).filter((f) => f.severity !== 'information');
    assert.deepEqual(findings.map((f) => f.code).sort(), ['name-misspelled', 'outlet-mismatch'], wrong);
    assert.match(findings.find((f) => f.code === 'outlet-mismatch')!.message, /Priya Raman saying this to Radio Norte/);
  }
  // The right outlet; a misspelling as near to two people says nobody; another's words.
  for (const text of ['Priya Ramen told Radio Norte the dredged sand would rebuild the north beach.', 'Tom Okafr told the Coastal Herald the channel must be dredged every spring.']) {
    assert.deepEqual(run(text).filter((f) => f.code === 'outlet-mismatch'), [], text);
  }
});

test('the name after "from" right before the colon is where the words came from, not a pronoun before it', () => {
  const text = 'Vasquez met me at noon. Then she read me a passage she had underlined, from Marcus Bell: “Every boat that runs aground costs us a season.”';
  const finding = only(text, 'quote-misattributed');
  assert.match(finding.message, /not Marcus Bell/);
  assert.equal(applyFix(text, preferredFix(finding)), text.replace('Marcus Bell', 'Tom Okafor'));
  const right = text.replace('Marcus Bell', 'Tom Okafor');
  assert.deepEqual(reported(right, run(right)), []);
});

test('a label opening the sentence ("Bell:", "3/ Bell’s line on Thursday:") names who says what follows its colon', () => {
  for (const text of ['Bell: the plan means “this harbour built the town.”', '3/ Bell’s line on Thursday: the harbour “built the town.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Marcus Bell/, text);
  }
  for (const text of [
    'Bell: Vasquez told the council that “this harbour built the town.”',
    'Bell’s boat: the harbour “built the town.”',
    'Vasquez: the plan means “this harbour built the town.”',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
  // A relative clause describing the label's name may name others: the label still speaks.
  assert.match(only('- **Bell**, who met Vasquez at the hearing: “this harbour built the town.”', 'quote-misattributed').message, /not Marcus Bell/);
  for (const text of [
    '- **Vasquez**, who met Bell at the hearing: “this harbour built the town.”',
    // An appositive naming someone else, or a clause with a verb of saying after the colon, is no such label.
    '- **Bell**, quoting Vasquez: “this harbour built the town.”',
    '- **Bell**, who sat beside Okafor: Vasquez said “this harbour built the town.”',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
});

test('a verb of saying in the passive is its agent\'s ("It was stressed by her that “…”")', () => {
  for (const text of ['Raman spoke to the council. It was nonetheless stressed by her that “every boat that runs aground costs us a season.”', 'It was stressed by Priya Raman that “every boat that runs aground costs us a season.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Priya Raman/, text);
  }
  for (const text of [
    'Okafor spoke to the council. It was nonetheless stressed by him that “every boat that runs aground costs us a season.”',
    'It was stressed by Tom Okafor that “every boat that runs aground costs us a season.”',
    // An agent of another verb, or a possessive after "by", is no speaker.
    'Okafor, stung by Raman, said that “every boat that runs aground costs us a season.”',
    '“Every boat that runs aground costs us a season,” it was stated by Tom Okafor.',
    '“Every boat that runs aground costs us a season,” it was noted by reporters.',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // After the quotation, "it was stated by X" as "was stated by X".
  assert.match(only('“Every boat that runs aground costs us a season,” it was stated by Marcus Bell.', 'quote-misattributed').message, /not Marcus Bell/);
});

test('a noun for what was said "from" a name names the speaker of the quotation after it ("the line from Bell about …")', () => {
  for (const text of ['Mine was the line from Bell about the harbour “built the town.”', 'She liked a warning from Bell: “Every boat that runs aground costs us a season.”', 'In the words of Marcus Bell, “Every boat that runs aground costs us a season.”', 'Then there is the line from Bell that “every boat that runs aground costs us a season.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Marcus Bell/, text);
  }
  for (const text of [
    'Mine was the line from Vasquez about the harbour “built the town.”',
    // Someone the words were about, or a place they came from, is no speaker.
    'The boats from Bell were ready; the harbour “built the town.”',
    'The line from Bell’s office was that the harbour “built the town.”',
    'Then there is the line from Okafor that “every boat that runs aground costs us a season.”',
    'A report from Bell that the harbour “built the town” was wrong.',
    'In the words of Tom Okafor, “Every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
});

test('an ellipsis cutting out a "not" turns the words round: altered, and the fix puts it back', () => {
  const cut = 'Vasquez told the Coastal Herald that “it will … be allowed to silt up on my watch.”';
  const finding = only(cut, 'quote-altered');
  assert.match(finding.message, /“…” → “not”/);
  assert.equal(applyFix(cut, preferredFix(finding)), 'Vasquez told the Coastal Herald that “it will not be allowed to silt up on my watch.”');
  // A cut of other words, or of a whole clause with its "not", is an editor's mark.
  for (const text of [
    'Vasquez told the Coastal Herald, “This harbour built the town, and … will not be allowed to silt up on my watch.”',
    'Vasquez told the Coastal Herald, “This harbour built the town … on my watch.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('a quotation in the other spelling of a word (British or American) is not altered; a changed word still is', () => {
  const american = 'Vasquez told the Coastal Herald, “This harbor built the town, and it will not be allowed to silt up on my watch.”';
  assert.deepEqual(reported(american, run(american)), []);
  assert.match(only(american.replace('town', 'city'), 'quote-altered').message, /“city” → “town”/);
});

test('a short quotation agreeing in one meaningful word is altered only when given to its own speaker', () => {
  assert.match(only('Okafor said every grounding “costs us a year.”', 'quote-altered').message, /“year” → “season”/);
  const other = 'Bell said every grounding “costs us a year.”';
  assert.deepEqual(reported(other, run(other)), []);
});

test('a pronoun whose latest name is the speaker just named carries that speaker past earlier names', () => {
  const text = 'Marcus Bell, an old rival of Okafor, spoke next. Bell called dredging “a very expensive way to move a problem down the coast.”\n\n“Nothing leaves the bay,” he added.';
  assert.match(only(text, 'quote-misattributed').message, /Priya Raman saying these words, not Marcus Bell/);
  // Someone else who fits named after the speaker leaves "he" in doubt.
  const doubt = 'Bell called dredging “a very expensive way to move a problem down the coast.” Okafor disagreed.\n\n“Nothing leaves the bay,” he added.';
  assert.deepEqual(reported(doubt, run(doubt)), [], doubt);
});

test('whoever asked ("Asked by Radio Norte, …", "Asked by Councillor Bell, …") is not who answered', () => {
  for (const text of [
    'Asked by Radio Norte, Okafer said that “the channel has lost nearly a metre of depth since 2019.”',
    'Asked by Councillor Bell, Okafer said that “the channel has lost nearly a metre of depth since 2019.”',
  ]) {
    assert.deepEqual(run(text).filter((f) => f.severity !== 'information').map((f) => f.code), ['name-misspelled'], text);
  }
});

test('"It was X, not Y, who said": the name ruled out is not the speaker', () => {
  for (const text of ['It was Raman, not Okafor, who said “nothing leaves the bay.”', 'It was Raman rather than Bell who said “nothing leaves the bay.”', 'It was Raman, not Councillor Bell, who said “nothing leaves the bay.”', 'It was Raman, not the mayor, Vasquez, who said “nothing leaves the bay.”', 'It was Raman, not Mayor Vasquez, who said “nothing leaves the bay.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  assert.match(only('It was Okafor, not Raman, who said “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  assert.match(only('It was Okafor, not Councillor Bell, who said “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  // "Not Raman, who said …" opening a sentence rules nobody in.
  const opening = 'Bell stayed silent. Not Raman, who said “nothing leaves the bay.”';
  assert.deepEqual(reported(opening, run(opening)), [], opening);
});

test('"It was X who supplied the line: “…”": the name the sentence puts first speaks the words after its colon', () => {
  for (const text of ['It was Okafor who supplied the motto: “Nothing leaves the bay.”', 'It is Tom Okafor who gets the last word: “Nothing leaves the bay.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Tom Okafor/, text);
  }
  for (const text of ['It was Raman who supplied the motto: “Nothing leaves the bay.”', 'It was a motto Okafor liked: “Nothing leaves the bay.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('"It was X, too, who said": an adverb set off by commas stands between "who" and the name it stands for', () => {
  for (const text of ['It was Okafor, too, who said “nothing leaves the bay.”', 'It was Okafor, in fact, who warned that “nothing leaves the bay.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Tom Okafor/, text);
  }
  for (const text of ['It was Raman, too, who said “nothing leaves the bay.”', 'It was Raman, of course, who said “nothing leaves the bay.”', 'Okafor thanked Raman, too, who said “nothing leaves the bay.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  // Not an adverb: the aside names who spoke.
  const named = 'It was Okafor, and Raman too, who said “nothing leaves the bay.”';
  assert.equal(run(named).filter((f) => f.code === 'quote-misattributed').length, 0, named);
});

test('the fix for a misattributed quote credited by a description names the speaker as a pronoun’s fix would', () => {
  for (const [text, fixed] of [
    // Named in full before: the surname.
    ['Tom Okafor spoke first. “Every boat that runs aground costs us a season,” the chief engineer said.', 'Tom Okafor spoke first. “Every boat that runs aground costs us a season,” Okafor said.'],
    ['Priya Raman and Tom Okafor spoke. “Nothing leaves the bay,” the harbour master said.', 'Priya Raman and Tom Okafor spoke. “Nothing leaves the bay,” Raman said.'],
    // Not named before: the full name.
    ['“Nothing leaves the bay,” the harbour master said.', '“Nothing leaves the bay,” Priya Raman said.'],
  ]) assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), fixed, text);
});

test('the fix for a misattributed quote takes the wrong speaker’s workplace after the name with it, unless the right speaker works there', () => {
  // Raman works at Delta Marine Consulting, Okafor (whose words these are) does not.
  for (const [text, fixed] of [
    ['“Every boat that runs aground costs us a season,” said Priya Raman of Delta Marine Consulting.', '“Every boat that runs aground costs us a season,” said Tom Okafor.'],
    ['“Every boat that runs aground costs us a season,” said Raman of Delta Marine, adding more.', '“Every boat that runs aground costs us a season,” said Okafor, adding more.'],
    // Set off by commas, it goes with its closing comma.
    ['Priya Raman, of Delta Marine Consulting, warned: “Every boat that runs aground costs us a season.”', 'Tom Okafor warned: “Every boat that runs aground costs us a season.”'],
  ]) assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), fixed, text);
  // The right speaker's own workplace stays: only the name was wrong.
  const own = '“Nothing leaves the bay,” said Okafor of Delta Marine Consulting.';
  assert.equal(applyFix(own, preferredFix(only(own, 'quote-misattributed'))), '“Nothing leaves the bay,” said Raman of Delta Marine Consulting.');
  // A right speaker working at a body the reference knows gets that body in its place, after the draft's own words.
  for (const [text, fixed] of [
    ['“Nothing leaves the bay,” said Tom Okafor of the Coastal Herald.', '“Nothing leaves the bay,” said Priya Raman of Delta Marine Consulting.'],
    ['Tom Okafor, at the Coastal Herald, put it plainly: “Nothing leaves the bay.”', 'Priya Raman, at Delta Marine Consulting, put it plainly: “Nothing leaves the bay.”'],
  ]) assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), fixed, text);
});

test('the same description read as one person within three sentences stands for them again, with no one else it fits named since', () => {
  const opening = 'Priya Raman spoke first. “Nothing leaves the bay,” the engineer said. She sat beside Tom Okafor.';
  const wrong = `${opening} “Every boat that runs aground costs us a season,” the engineer added.`;
  assert.match(only(wrong, 'quote-misattributed').message, /not Priya Raman/, wrong);
  const right = `${opening} “The sand goes back where the storms took it from,” the engineer added.`;
  assert.deepEqual(run(right).filter((f) => f.code === 'quote-misattributed'), [], right);
  // Someone else it may describe brought in since: nobody sure.
  const another = 'Priya Raman spoke first. “Nothing leaves the bay,” the engineer said. A Dutch engineer stood up. “Every boat that runs aground costs us a season,” the engineer added.';
  assert.deepEqual(run(another).filter((f) => f.code === 'quote-misattributed'), [], another);
});

test('"X, <a description>, who said": the name before the description is who spoke, whatever the description says', () => {
  // The description fits someone else (Okafor is the harbour master): the quotation is still Raman's, so credited wrongly.
  for (const text of ['Raman, the harbour master, who said “every boat that runs aground costs us a season,” was there.', 'Bell met Raman, a council adviser, who warned that “every boat that runs aground costs us a season.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Priya Raman/, text);
  }
  // Right, whatever the description: the words are Okafor's.
  // (Nor is a name closing a bracket the one "who" stands for.)
  for (const text of ['Okafor, the chief engineer, who said “every boat that runs aground costs us a season,” was there.', 'Bell met Okafor, a council adviser, who warned that “every boat that runs aground costs us a season.”', '- **Okafor** — the harbour master (not to be confused with Priya Raman), who said that “every boat that runs aground costs us a season.”']) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
  // A list, not a description: the name right before "who" speaks, as before.
  const list = 'Bell thanked Okafor, Raman, who said “every boat that runs aground costs us a season.”';
  assert.match(only(list, 'quote-misattributed').message, /not Priya Raman/, list);
  // A phrase put before the sentence's subject ends at the comma after the name: the description is the subject.
  const fronted = 'After talks with Raman, the harbour master, who said “every boat that runs aground costs us a season,” left.';
  assert.deepEqual(run(fronted).filter((f) => f.code === 'quote-misattributed'), [], fronted);
});

test('a possessive and a noun for what was said, then "was" or "that" and a few words, name the quotation’s speaker', () => {
  for (const text of [
    'Okafor’s line was “nothing leaves the bay”.',
    'Okafor’s verdict that the plan was “nothing leaves the bay” stuck.',
    // Words describing the noun may stand before it.
    'Okafor’s blunt verdict that the plan was “nothing leaves the bay” stuck.',
    'Okafor’s more hopeful view was that “nothing leaves the bay”.',
  ]) {
    assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('Okafor', 'Raman'), text);
  }
  for (const text of [
    'Raman’s line was “nothing leaves the bay”.',
    'Raman’s blunt verdict was “nothing leaves the bay”.',
    'Okafor’s line was that Raman had said “nothing leaves the bay”.',
    'Okafor’s house was “nothing leaves the bay” in spirit.',
    'Okafor’s team said the plan was “nothing leaves the bay” in spirit.',
  ]) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('a name after a thread’s post number opens its sentence ("6/ X went further: “…”")', () => {
  const text = '5/ The vote was close.\n6/ Okafor went further: “Nothing leaves the bay.”';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('Okafor', 'Raman'));
});

test('"it" after a verb before a colon is what is read, not who speaks ("Let me read it: “…”")', () => {
  const read = 'Raman, Delta Marine Consulting, summed it up. Let me read it: “Nothing leaves the bay.”';
  assert.deepEqual(reported(read, run(read)), [], read);
  // "It" opening a clause is its subject.
  const subject = 'Delta Marine Consulting was blunt, and it warned the council: “Every boat that runs aground costs us a season.”';
  assert.match(only(subject, 'quote-misattributed').message, /Tom Okafor saying these words, not Delta Marine Consulting/);
});

test('a clause after a semicolon has its own speaker; a name modifying a noun in an aside is no speaker', () => {
  const semicolon = 'Raman told Radio Norte that “nothing leaves the bay”; Okafor told the Coastal Herald that dredging was overdue.';
  assert.deepEqual(reported(semicolon, run(semicolon)), [], semicolon);
  const modifier = 'The harbour board, in a statement on the Okafor meeting, said that “nothing leaves the bay.”';
  assert.deepEqual(reported(modifier, run(modifier)), [], modifier);
  assert.match(only('Vasquez, in a statement on the Okafor meeting, said that “nothing leaves the bay.”', 'quote-misattributed').message, /not Elena Vasquez/);
  // A word describing it may stand between the article and the name: "the former Okafor aide".
  for (const text of ['The former Okafor aide thought the plan was “nothing leaves the bay.”', 'A senior Okafor adviser said “nothing leaves the bay.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  assert.match(only('The engineer Okafor said “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('a short quote sharing only common words with a reference quote is not an altered version of it', () => {
  // "we need to" also opens a clause of someone's reference quote; one shared content word is not a quotation of it.
  const text = 'Kurt Campbell spoke to the BBC. “We need to work together,” he added.';
  assert.deepEqual(check(text, builtInReference()).map((f) => f.code), ['quote-unverified']);
});

test('a short quote with a word changed, confidently given to another speaker, is another quote, not an alteration', () => {
  const text = 'Councillor Marcus Bell spoke next. “Every boat that runs aground costs us a fortune,” Bell said.';
  assert.deepEqual(run(text).map((f) => f.code), ['quote-unverified']);
  const own = 'Tom Okafor spoke next. “Every boat that runs aground costs us a fortune,” Okafor said.';
  assert.deepEqual(run(own).map((f) => f.code), ['quote-altered']);
});

test('an alteration in every word group is still found while the quotation is short enough to allow that many changes', () => {
  // "The channel has lost nearly a metre of depth since 2019": no three words in a row agree below, so no shared
  // n-gram finds the quote; ten words may change in two places, and here they do.
  const tenWords = 'Okafor said: “The channel is losing nearly a yard in depth since.”';
  assert.match(only(tenWords, 'quote-altered').message, /“is losing” → “has lost”; “yard in” → “metre of”/);
  // Eleven words may not change in three places; a twelfth word that agrees makes no difference.
  const elevenWords = 'Okafor said: “The channel is losing nearly a yard in depth since then, 2019.”';
  assert.deepEqual(run(elevenWords).map((f) => f.code), ['quote-unverified']);
});

test('“in X’s words” names the speaker, before or after the quote', () => {
  const before = 'In Raman’s words, “Every boat that runs aground costs us a season.”';
  assert.equal(applyFix(before, preferredFix(only(before, 'quote-misattributed'))), 'In Okafor’s words, “Every boat that runs aground costs us a season.”');
  // Opening the sentence, for the quote later in it.
  const opening = 'In Raman’s words, the best anyone could hope for was that “every boat that runs aground costs us a season.”';
  assert.match(only(opening, 'quote-misattributed').message, /Tom Okafor/);
  const after = '“Every boat that runs aground costs us a season,” in Bell’s view.';
  assert.match(only(after, 'quote-misattributed').message, /Tom Okafor/);
  for (const text of [
    'In Okafor’s words, “every boat that runs aground costs us a season.”',
    '“Every boat that runs aground costs us a season,” in Okafor’s words.',
    // The possessive is not next to the quote, or another person is: the quote is not put in that mouth.
    'Raman’s words came later. “Every boat that runs aground costs us a season,” Okafor said.',
    'After Raman’s remarks, Okafor said: “Every boat that runs aground costs us a season.”',
    'Raman’s remarks drew a reply from Okafor: “Every boat that runs aground costs us a season.”',
    // Someone else named after the opening phrase speaks.
    'In Raman’s view, Okafor put it best: “Every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('"made clear" and "made it clear" report words like any verb of saying', () => {
  assert.match(only('Bell made clear that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Marcus Bell/);
  assert.match(only('Raman made it clear that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
  for (const text of ['Okafor made it clear that “every boat that runs aground costs us a season.”', '“Every boat that runs aground costs us a season,” Okafor made clear.']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('a pronoun carries the speaker named by "In X’s words" or "According to X", not a mere object', () => {
  const inWords = 'In Okafor’s words, “the channel has lost nearly a metre of depth since 2019.” Others disagreed. “Nothing leaves the bay,” he added.';
  assert.match(only(inWords, 'quote-misattributed').message, /Priya Raman saying these words, not Tom Okafor/);
  const according = 'According to Bell, “the channel has lost nearly a metre of depth since 2019.” “Nothing leaves the bay,” he added.';
  assert.ok(run(according).some((f) => f.code === 'quote-misattributed' && /not Marcus Bell/.test(f.message)), according);
  const object = 'Raman spoke about Bell. “Every boat that runs aground costs us a season,” he added.';
  assert.deepEqual(reported(object, run(object)), [], object);
});

test('an aside between the speaker and the verb does not take the quote: “Okafor, standing next to Raman, said …”', () => {
  for (const text of [
    'Okafor, standing next to Raman, said: “Every boat that runs aground costs us a season.”',
    'Okafor, who had met Bell that morning, said “every boat that runs aground costs us a season”.',
    'Okafor (asked about Vasquez) said: “Every boat that runs aground costs us a season.”',
    'Okafor — speaking after Raman — told reporters: “Every boat that runs aground costs us a season.”',
    // An aside naming the speaker after a description, even after someone's possessive.
    'The harbour master, Okafor, said: “Every boat that runs aground costs us a season.”',
    'Vasquez’s harbour master, Okafor, said: “Every boat that runs aground costs us a season.”',
    // Someone described before the aside is the speaker, not the person the aside names.
    'The port’s spokesman, who spoke after Raman left, said: “Every boat that runs aground costs us a season.”',
    'A council official, asked about Raman, said: “Every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  const aside = 'Raman, standing next to Okafor, said: “Every boat that runs aground costs us a season.”';
  assert.equal(applyFix(aside, preferredFix(only(aside, 'quote-misattributed'))), 'Okafor, standing next to Okafor, said: “Every boat that runs aground costs us a season.”');
  const appositive = 'Vasquez’s deputy, Raman, said: “Every boat that runs aground costs us a season.”';
  assert.match(only(appositive, 'quote-misattributed').message, /Priya Raman/);
});

test('an outlet named in an earlier clause of the sentence is someone else’s', () => {
  for (const text of [
    'Vasquez told the Coastal Herald the works were overdue; Raman told Radio Norte that “nothing leaves the bay.”',
    'Vasquez spoke to the Coastal Herald, and Raman told Radio Norte that “nothing leaves the bay.”',
    'Vasquez told the Coastal Herald it was overdue, but Raman told Radio Norte that “nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // The speaker's own clause still counts.
  const own = 'Vasquez was in town; Raman told the Coastal Herald that “nothing leaves the bay.”';
  assert.equal(applyFix(own, preferredFix(only(own, 'outlet-mismatch'))), 'Vasquez was in town; Raman told Radio Norte that “nothing leaves the bay.”');
});

test('a chain of "she … she" carries the person named before it, until someone else who fits is named', () => {
  const chain = 'Priya Raman had seen worse. She said so at the meeting. She was not blind to the risks, though. “Every boat that runs aground costs us a season,” she added.';
  assert.match(only(chain, 'quote-misattributed').message, /Tom Okafor.*Priya Raman|Priya Raman.*Tom Okafor/);
  for (const text of [
    // A sentence without the pronoun breaks the chain: too far back to be sure.
    'Priya Raman had seen worse. She said so at the meeting. The tide was low. Nobody moved. “Every boat that runs aground costs us a season,” she added.',
    // Another woman named where the chain starts: either may be meant.
    'Priya Raman met Elena Vasquez. She said so at the meeting. She was not blind to the risks, though. “Every boat that runs aground costs us a season,” she added.',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('a misspelt speaker is the speaker: name-misspelled says so, not quote-misattributed', () => {
  for (const text of [
    '“Every boat that runs aground costs us a season,” said Tom Okafer.',
    'Tom Okafer said: “Every boat that runs aground costs us a season.”',
    'Tom Okafer, who sat beside Marcus Bell, said: “Every boat that runs aground costs us a season.”',
    'Tom Okafer of Radio Norte said: “Every boat that runs aground costs us a season.”',
    'Speaking to Radio Norte, Tom Okafer said: “Every boat that runs aground costs us a season.”',
    // After a title and someone's possessive, with an aside naming another before the verb.
    'Delta Marine Consulting’s Chief Engineer Priya Ramen, who sat beside Marcus Bell, had said: “Nothing leaves the bay.”',
    // Described by an organisation, after the outlet spoken to: nobody named, so nobody to contradict.
    'Speaking to Radio Norte, the director of Delta Marine Consulting said: “Every boat that runs aground costs us a season.”',
    'Speaking to Radio Norte, the director of Delta Marine Consulting’s Dredging Program said: “Every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
  // "He" standing for a misspelt name whose surname another person shares (the built-in set's Wang Yi and Wang
  // Wenbin): the pronoun's name is misspelt, not the quote misattributed.
  const sharedSurname = 'Spokesman Wang Wenbing spoke first. He said the US needs “to give up the illusion of dealing with China from a position of strength”.';
  assert.deepEqual(check(sharedSurname, builtInReference()).map((f) => f.code), ['name-misspelled']);
  // Words changed in that quote are still an alteration of it, not someone else's quote.
  const altered = 'Spokesman Wang Wenbing spoke first. He went on: “The US needs to give up the illusion of dealing with China from a position of power.”';
  assert.deepEqual(check(altered, builtInReference()).map((f) => f.code), ['name-misspelled', 'quote-altered']);
  // Someone the reference does not know, described by an organisation, is still not the speaker.
  assert.match(only('Jane Doe of Radio Norte said: “Every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Jane Doe/);
  assert.match(only('Radio Norte said: “Every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Radio Norte/);
});

test('a no-break space is a space, and an insertion may open a quote', () => {
  assert.deepEqual(reported('Raman told Radio\u00a0Norte that “nothing leaves the bay.”', run('Raman told Radio\u00a0Norte that “nothing leaves the bay.”')), []);
  const bracket = '“[The] channel has lost nearly a metre of depth since 2019,” Raman said.';
  assert.match(only(bracket, 'quote-misattributed').message, /Tom Okafor/);
});

test('letters in brackets glued to a word change its case or ending; they are no insertion', () => {
  for (const text of [
    '“[E]very boat that runs aground costs us a season,” Okafor said.',
    'Okafor said “[e]very boat that runs aground costs us a season.”',
    'Okafor said the channel “ha[s] lost nearly a metre of depth since 2019.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  assert.match(only('“[E]very boat that runs aground costs us a season,” Raman said.', 'quote-misattributed').message, /Tom Okafor/);
});

test('", while adding that “…”" is a participle of the clause before: its subject speaks, to its listener', () => {
  assert.deepEqual(reported('Raman told Radio Norte the plan was sound, while adding that “nothing leaves the bay.”', run('Raman told Radio Norte the plan was sound, while adding that “nothing leaves the bay.”')), []);
  assert.match(only('Raman told the Coastal Herald the plan was sound, while adding that “nothing leaves the bay.”', 'outlet-mismatch').message, /to Radio Norte/);
  assert.match(only('Okafor told Radio Norte the plan was sound, before adding that “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  // A clause of its own after ", while" still has its own speaker.
  assert.match(only('Raman spoke to the Coastal Herald, while Okafor said “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('a body named before a word for a person ("the Delta Marine guy") describes that person, who is not the body', () => {
  for (const text of ['The Delta Marine guy called it “a very expensive way to move a problem down the coast.”', 'The Radio Norte people called it “a very expensive way to move a problem down the coast.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  assert.match(only('Delta Marine called it “a very expensive way to move a problem down the coast.”', 'quote-misattributed').message, /not Delta Marine/);
});

test('after the quote, "according to" a body that is no outlet, "a point pressed by X" and "was issued by X" name the speaker', () => {
  for (const text of [
    '“Every boat that runs aground costs us a season,” according to Delta Marine.',
    '“Every boat that runs aground costs us a season,” a point pressed by Priya Raman.',
    // The passive of a verb of saying, and words credited to someone.
    '“Every boat that runs aground costs us a season,” a line attributed to Priya Raman.',
    '“Every boat that runs aground costs us a season” was issued by Priya Raman.',
    '“Every boat that runs aground costs us a season” was attributed to Priya Raman.',
  ]) {
    assert.equal(only(text, 'quote-misattributed').code, 'quote-misattributed', text);
  }
  for (const text of [
    // An outlet may only have reported the words.
    '“Every boat that runs aground costs us a season,” according to the Coastal Herald.',
    '“Every boat that runs aground costs us a season,” a point pressed by Tom Okafor.',
    '“Every boat that runs aground costs us a season,” a boat owned by Priya Raman.',
    // Whoever dismissed or mocked the words did not say them.
    '“Every boat that runs aground costs us a season” was dismissed by Priya Raman.',
    '“Every boat that runs aground costs us a season,” a view mocked by Priya Raman.',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('a sentence ending ", X said." gives the quotation inside it to X', () => {
  assert.match(only('The plan means “nothing leaves the bay” and the sand stays put, Okafor said.', 'quote-misattributed').message, /not Tom Okafor/);
  for (const text of ['The plan means “nothing leaves the bay” and the sand stays put, Raman said.', 'The plan means “nothing leaves the bay” and the sand stays put, which Okafor said he doubted.']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('"…,” a view X thought too harsh": a noun for the words with a clause of its own is no attribution', () => {
  assert.match(only('Okafor called it “nothing leaves the bay,” a view Bell thought too harsh.', 'quote-misattributed').message, /not Tom Okafor/);
  const right = 'Raman called it “nothing leaves the bay,” a view Bell thought too harsh.';
  assert.deepEqual(reported(right, run(right)), []);
});

test('"…,” said X was …": a name after the verb that is the subject of a clause of its own is not the speaker', () => {
  const text = 'Priya Raman, who told Radio Norte that “nothing leaves the bay,” said Okafor was wrong.';
  assert.deepEqual(reported(text, run(text)), []);
  const outlet = 'Priya Raman, who told the Coastal Herald that “nothing leaves the bay,” said Okafor was wrong.';
  assert.match(only(outlet, 'outlet-mismatch').message, /to Radio Norte/);
  assert.match(only('“Nothing leaves the bay,” said Okafor, smiling.', 'quote-misattributed').message, /not Tom Okafor/);
});

test('whom a writer quotes or cites is the speaker ("Farrow quotes Okafor, rightly, calling it “…”")', () => {
  for (const text of [
    'Farrow quotes Okafor, accurately enough, saying that “nothing leaves the bay.”',
    'The column cites Okafor: “Nothing leaves the bay.”',
    'Farrow quoted Tom Okafor calling the plan “nothing leaves the bay.”',
  ]) assert.match(only(text, 'quote-misattributed').message, /not Tom Okafor/, text);
  for (const text of ['Farrow quotes Raman, accurately enough, saying that “nothing leaves the bay.”', 'Farrow quotes Okafor, but Raman said “nothing leaves the bay.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('a long quote with a word changed, given to someone else, is misattributed as well as altered', () => {
  const text = 'Okafor said: “This harbour built the town, and it will not be allowed to silt up on my shift.”';
  assert.deepEqual(run(text).map((f) => f.code).sort(), ['quote-altered', 'quote-misattributed']);
  assert.match(only(text, 'quote-misattributed').message, /Elena Vasquez/);
  // More changed than that, the words may be another's own: nothing is said about whose they are.
  const reworded = 'Okafor said: “This harbour built the town, and it will never be allowed to fill up on my shift.”';
  assert.deepEqual(run(reworded).filter((f) => f.code === 'quote-misattributed' || f.code === 'quote-altered'), []);
});

test('a place or body after "in" says where the speaker is, not who speaks ("an aide in Port Almera")', () => {
  for (const text of [
    'An aide in Port Almera called it “a very expensive way to move a problem down the coast.”',
    'An engineer in Delta Marine called it “a very expensive way to move a problem down the coast.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // Named as the speaker, each is still judged.
  assert.match(only('Delta Marine called it “a very expensive way to move a problem down the coast.”', 'quote-misattributed').message, /not Delta Marine/);
  assert.match(only('Margaret Okonkwo called it “a very expensive way to move a problem down the coast.”', 'quote-misattributed').message, /Marcus Bell/);
});

test('a word broken by a hyphen at a line end (text wrapped by hand, pasted from a PDF) is read whole', () => {
  for (const text of [
    'Okafor said: “Every boat that runs a-\nground costs us a sea-\nson.”',
    '> Okafor said the channel “has lost nearly a me-\n> tre of depth since 2019.”',
    // A compound broken at its own hyphen stays two words: "silt-up" is "silt up".
    'Vasquez said the harbour “will not be allowed to silt-\nup on my watch.”',
  ]) {
    assert.deepEqual(reported(text, run(text)), [], text);
    // The words are matched: in another's mouth they are misattributed.
    const other = text.replace(/Okafor|Vasquez/, 'Bell');
    assert.equal(only(other, 'quote-misattributed').code, 'quote-misattributed', other);
  }
  const changed = only('Okafor said: “Every ship that runs a-\nground costs us a season.”', 'quote-altered');
  assert.match(changed.message, /“ship” → “boat”/);
  assert.doesNotMatch(changed.message, /ground/);
});

test('"according to" an outlet, with a speaker and a verb after it, is the outlet', () => {
  for (const text of [
    'According to Radio Norte, Raman said “nothing leaves the bay.”',
    'Raman, according to Radio Norte, said “nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  assert.match(only('According to Okafor, the engineers were told “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  // After the quote, "according to" a person names the speaker.
  assert.match(only('“Nothing leaves the bay,” according to Okafor.', 'quote-misattributed').message, /not Tom Okafor/);
  for (const text of ['“Nothing leaves the bay,” according to Raman.', '“Nothing leaves the bay,” according to Okafor’s deputy.']) assert.deepEqual(reported(text, run(text)), [], text);
});

test('a name the reference does not know is not the speaker when the attribution is in doubt', () => {
  const text = 'Lionel Achterberg agreed with Okafor that “every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(text, run(text)), []);
  // An organisation before an aside speaks; "The" does not make it an unknown person.
  const organisation = 'Radio Norte, summing up the week, concluded that “nothing leaves the bay.”';
  assert.match(only(organisation, 'quote-misattributed').message, /not Radio Norte/);
});

test('a second verb joined by "and" has the first one’s subject: “Raman met Okafor and said …”', () => {
  for (const text of [
    'Raman met Okafor on Friday and said “nothing leaves the bay.”',
    'On Friday Raman met Okafor, the harbour master, and said that “nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  assert.match(only('Okafor met Raman on Friday and said “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  // After "whom", the joined verbs are the relative clause's subject's.
  const whom = 'Marcus Bell, whom Raman met on Friday and told that “nothing leaves the bay,” left early.';
  assert.deepEqual(reported(whom, run(whom)), [], whom);
  assert.match(only('Priya Raman, whom Okafor met on Friday and told that “nothing leaves the bay,” left early.', 'quote-misattributed').message, /not Tom Okafor/);
  // Reported by someone else, the joined verbs are still the reported act's subject's, not its object's.
  for (const text of ['The minutes said Raman met Okafor and said “nothing leaves the bay.”', 'Reports said that Raman met Okafor and said “nothing leaves the bay.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  assert.match(only('The minutes said that Okafor met Raman and said “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('asides with words before the verb, asides within asides, and asides after the quote', () => {
  for (const text of [
    'Okafor, standing next to Raman, had already said: “Every boat that runs aground costs us a season.”',
    'Okafor, who, like Raman, had doubted the plan, said: “Every boat that runs aground costs us a season.”',
    '“Every boat that runs aground costs us a season,” Okafor, who later shared a stage with Raman, told reporters.',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  const after = '“Every boat that runs aground costs us a season,” Raman, who later shared a stage with Okafor, told reporters.';
  assert.match(only(after, 'quote-misattributed').message, /not Priya Raman/);
});

test('"and" before a new subject starts the speaker’s own clause for the outlet', () => {
  const other = 'Vasquez spoke to the Coastal Herald and Raman told Radio Norte that “nothing leaves the bay.”';
  assert.deepEqual(reported(other, run(other)), []);
  const wrong = 'Vasquez spoke to Radio Norte and Raman told the Coastal Herald that “nothing leaves the bay.”';
  assert.equal(wrong.slice(only(wrong, 'outlet-mismatch').start, only(wrong, 'outlet-mismatch').end), 'the Coastal Herald');
});

test('a quote inside the speaker’s own words is not an alteration of it', () => {
  const framed = '“Okafor was right: ‘Every boat that runs aground costs us a season’,” a fisherman said.';
  assert.deepEqual(reported(framed, run(framed)), []);
  // A word changed inside the inner quote is still an alteration.
  const changed = '“Okafor was right: ‘Every boat that runs aground costs us a year’,” a fisherman said.';
  assert.equal(only(changed, 'quote-altered').message.includes('season'), true);
});

test('the subject of the reporting verb: its own clause after "but", after a clause put in front, not after a preposition; "his stated aim" is no verb', () => {
  for (const text of [
    'Where Okafor saw a hard job, Raman saw a chance, calling the plan proof that “nothing leaves the bay.”',
    'When asked about Okafor, Raman said: “Nothing leaves the bay.”',
    'Bell appeared with Okafor at the quay and called the plan “a very expensive way to move a problem down the coast.”',
    'Marcus Bell — councillor. Appeared with Okafor at the quay and called the plan “a very expensive way to move a problem down the coast.”',
    // A participle describing a noun is no reporting verb.
    'Okafor came back, and his stated aim was that “nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // An organisation as the subject of its own clause, and a label naming it before what it was about.
  assert.match(only('Okafor agreed, but Delta Marine Consulting said: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Delta Marine Consulting/);
  assert.match(only('**Delta Marine Consulting, after the vote with Okafor:** “Nothing leaves the bay.”', 'quote-misattributed').message, /not Delta Marine Consulting/);
  // The built-in set: Beijing's words given to Beijing, after someone else's clause.
  const beijing = 'Qin agreed to visit, but Beijing said that “the China-US relationship is at the lowest point since its establishment.”';
  assert.deepEqual(reported(beijing, check(beijing, builtInReference())), []);
});

test('a reporting verb in a clause of its own whose subject the reference does not know leaves the speaker unknown', () => {
  // Not the subject of the clause before: these are someone else's words, whoever said them.
  for (const text of [
    'Okafor said he was hopeful, but Westport insisted that “nothing leaves the bay.”',
    'Okafor said he was hopeful, but the ministry insisted that “nothing leaves the bay.”',
    'Okafor said he was hopeful, but local fishermen insisted that “nothing leaves the bay.”',
    'Both sides said Raman had agreed to stay on, but Westport insisted that “every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // A speaker the reference knows in that clause is still judged.
  assert.match(only('Raman said he was hopeful, but Okafor insisted that “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('a phrase put before the subject ("Following …,", "Speaking after …,") names no speaker, nor does a verb’s object', () => {
  for (const text of ['Following the meeting with Harbour master Tom Okafor, Delta Marine Consulting said “nothing leaves the bay.”', 'Speaking after Okafor, Delta Marine Consulting said “nothing leaves the bay.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Delta Marine Consulting/, text);
  }
  // The subject of "received" is described, not named: Okafor is its object.
  const described = 'On Friday, the chief engineer received Okafor and said that “nothing leaves the bay.”';
  assert.deepEqual(reported(described, run(described)), []);
  // After a verb of saying the name is its subject, and a participle after it shares it: both quotes are given to Okafor.
  const inverted = '“Nothing leaves the bay,” said Okafor, insisting that “the sand goes back where the storms took it from.”';
  assert.equal(only(inverted, 'quote-misattributed').end, inverted.length);
  assert.match(only('Following the meeting with Raman, Okafor said “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  assert.match(only('On Friday, Okafor received Raman and said that “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('a second verb joined by "but" or "and then" shares the first one’s subject, not its object', () => {
  for (const text of ['Okafor praised Raman but said “nothing leaves the bay.”', 'Okafor praised Raman and then said “nothing leaves the bay.”', 'Okafor praised Raman, but later said “nothing leaves the bay.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Tom Okafor/, text);
  }
  assert.deepEqual(reported('Raman praised Okafor but said “nothing leaves the bay.”', run('Raman praised Okafor but said “nothing leaves the bay.”')), []);
});

test('a misspelt name of someone who fits the pronoun leaves "he" in doubt; a name nobody is close to does not', () => {
  const misspelt = 'Tom Okafer sat with Priya Raman. Marcus Bell spoke next. He said: “Every boat that runs aground costs us a season.”';
  assert.deepEqual(run(misspelt).map((f) => f.code), ['name-misspelled']);
  const stranger = 'Tom Jenkins sat with Priya Raman. Marcus Bell spoke next. He said: “Every boat that runs aground costs us a season.”';
  assert.match(only(stranger, 'quote-misattributed').message, /not Marcus Bell/);
});

test('a misspelt name after a quoted speaker keeps "he" in doubt: the pronoun does not carry that speaker', () => {
  const misspelt = 'Marcus Bell called it “a very expensive way to move a problem down the coast.” Tom Okafer disagreed: “Every boat that runs aground costs us a season,” he said.';
  assert.deepEqual(run(misspelt).map((f) => f.code), ['name-misspelled']);
  // Nobody misspelt between: the speaker is carried, and the quote is judged.
  const carried = 'Marcus Bell called it “a very expensive way to move a problem down the coast.” “Every boat that runs aground costs us a season,” he said.';
  assert.match(only(carried, 'quote-misattributed').message, /not Marcus Bell/);
});

test('a name after a preposition and a title is no speaker: "delivered alongside Councillor Marcus Bell, was this:"', () => {
  const text = 'Okafor chose his words with care. His warning, delivered alongside Councillor Marcus Bell, was this: “Every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(text, run(text)), [], text);
  // "from" names where the words came from, a title between or not.
  const labelled = 'Okafor chose his words with care. The warning came from Councillor Marcus Bell: “Every boat that runs aground costs us a season.”';
  assert.match(only(labelled, 'quote-misattributed').message, /not Marcus Bell/);
});

test('reported speech told to the wrong outlet: the statement it words again says which outlet heard it', () => {
  const wrong = 'Raman told the Coastal Herald the dredged sand would rebuild the north beach.';
  const finding = only(wrong, 'outlet-mismatch');
  assert.match(finding.message, /Priya Raman saying this to Radio Norte, not Coastal Herald/);
  assert.equal(applyFix(wrong, preferredFix(finding)), 'Raman told Radio Norte the dredged sand would rebuild the north beach.');
  // The quotation after it takes the same outlet: one finding, not one for each.
  const both = wrong + ' “Nothing leaves the bay,” Raman added.';
  assert.equal(only(both, 'outlet-mismatch').start, both.indexOf('the Coastal Herald'));
  // A quotation's words reported without quotation marks.
  assert.match(only('Vasquez told Radio Norte the harbour built the town and would not be allowed to silt up.', 'outlet-mismatch').message, /to Coastal Herald/);
  // A quotation in a clause of saying joined after it: what was told ends where that clause begins.
  const builtIn = builtInReference();
  const joined = (outlet: string) => `Kurt Campbell was busy. He told ${outlet} that this was a good time to talk, and he said the two countries could not “let the disagreements that might divide us stand in the way of moving forward on the global priorities that require us all to work together.”`;
  assert.deepEqual(check(joined('USA Today'), builtIn).filter((f) => f.code === 'outlet-mismatch').map((f) => joined('USA Today').slice(f.start, f.end)), ['USA Today']);
  assert.deepEqual(check(joined('BBC'), builtIn).filter((f) => f.code === 'outlet-mismatch'), []);
  // The outlet named first, the speaker right after the comma.
  assert.match(only('Speaking to the Coastal Herald, Raman said the dredged sand would rebuild the north beach.', 'outlet-mismatch').message, /to Radio Norte/);
  // A described speaker, as certain as a quotation's.
  for (const text of ['The chief engineer told the Coastal Herald the dredged sand would rebuild the north beach.', 'Raman spoke. The engineer told the Coastal Herald the dredged sand would rebuild the north beach.']) {
    assert.match(only(text, 'outlet-mismatch').message, /to Radio Norte/, text);
  }
  for (const text of ['The engineer told the Coastal Herald the dredged sand would rebuild the north beach.', 'Raman spoke. Then a Dutch engineer stood up. The engineer told the Coastal Herald the dredged sand would rebuild the north beach.']) {
    assert.deepEqual(run(text), [], text);
  }
  // Someone else's claim, set right by the next sentence naming the right outlet: not the draft's.
  assert.deepEqual(run('A reader’s letter says Raman told the Coastal Herald the dredged sand would rebuild the north beach. She told Radio Norte.'), []);
  for (const text of ['The memo said Raman told the Coastal Herald the dredged sand would rebuild the north beach.', 'Raman told the Coastal Herald the dredged sand would rebuild the north beach. She told Radio Norte too.']) {
    assert.match(only(text, 'outlet-mismatch').message, /to Radio Norte/, text);
  }
  // Two content words of a statement are enough when they are half of what the draft says.
  assert.match(only('Raman told the Coastal Herald the north beach would be rebuilt.', 'outlet-mismatch').message, /to Radio Norte/);
  for (const text of [
    'Raman told Radio Norte that the sand would be used to rebuild the north beach.',
    // Someone whose words the reference gives no outlet.
    'Okafor told the Coastal Herald that every boat that runs aground costs a season.',
    // Another person's clause before it: Vasquez spoke to the Coastal Herald.
    'Raman met Bell, and Vasquez told the Coastal Herald the dredged sand would rebuild the north beach.',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('someone the reference has speaking to one outlet only, named as telling another, is told to the wrong outlet whatever the words', () => {
  for (const text of [
    'Raman told the Coastal Herald that the budget was far too small.',
    'Speaking to the Coastal Herald, Raman said the budget was far too small.',
    'Raman spoke to the Coastal Herald after the vote.',
    // The article's own day is this story's.
    'Raman told the Coastal Herald on Thursday that the budget was far too small.',
    'Raman spoke after the vote. She told the Coastal Herald that the budget was far too small.',
  ]) {
    const finding = only(text, 'outlet-mismatch');
    assert.equal(finding.message, 'Wrong outlet: the reference has Priya Raman speaking to Radio Norte only, not Coastal Herald.', text);
    assert.equal(applyFix(text, preferredFix(finding)), text.replace('the Coastal Herald', 'Radio Norte'), text);
  }
  for (const text of [
    // Another day or year: perhaps another interview.
    'Raman told the Coastal Herald on Monday that the budget was far too small.',
    'In 2021, Raman told the Coastal Herald that the budget was far too small.',
    // "She" may be either of two women.
    'Raman spoke after Vasquez. She told the Coastal Herald that the budget was far too small.',
    // Someone the reference gives no outlet.
    'Bell told the Coastal Herald that the budget was far too small.',
    // Another time, or a habit.
    'Raman told the Coastal Herald last year that the budget was far too small.',
    'Raman has often told the Coastal Herald that the budget was far too small.',
    // Told to no news outlet: a legislature, a place.
    'Raman told Congress that the budget was far too small.',
    'Raman told the Senate Budget Committee that the budget was far too small.',
    'Raman told Westport that the budget was far too small.',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('outlet-mismatch')), [], text);
  // Someone the reference has speaking to two outlets: only the words say which heard them.
  const set = JSON.parse(JSON.stringify(harbor().loaded.set)) as ReferenceSet;
  set.quotes.find((quote) => quote.id === 'vasquez-fishermen')!.outlet = 'radio-norte';
  const twoOutlets = new ReferenceIndex(parseReference(JSON.stringify(set), '/virtual/harbor.json', () => harbor().loaded.articleText));
  const other = 'Vasquez told the Marina Times that the budget was far too small.';
  assert.deepEqual(reported(other, check(other, twoOutlets)), []);
  assert.deepEqual(reported(other, run(other)), ['outlet-mismatch: the Marina Times']);
});

test('"and" joining two titles in apposition opens no clause: the outlet named before the speaker still holds', () => {
  const words = '“Nothing leaves the bay.”';
  const text = `Speaking to the Coastal Herald, Priya Raman, Deputy Mayor and Director of Works, added: ${words}`;
  assert.match(only(text, 'outlet-mismatch').message, /to Radio Norte, not Coastal Herald/);
  // "and" before someone else's title and name is another clause.
  const other = `Raman spoke to the Coastal Herald and Councillor Bell said ${words}`;
  assert.deepEqual(reported(other, run(other)).filter((line) => line.startsWith('outlet-mismatch')), []);
});

test('a relative "who" right before an outlet’s cue stands for the name before its comma, after a preposition or not', () => {
  for (const text of ['Bell talked to Raman, who told the Coastal Herald that the budget was far too small.', 'Bell met Raman, who told the Coastal Herald that the budget was far too small.']) {
    assert.match(only(text, 'outlet-mismatch').message, /Priya Raman speaking to Radio Norte only, not Coastal Herald/, text);
  }
  // Whom "who" stands for is the teller, not the sentence's subject.
  for (const text of ['Raman talked to Okafor, who told the Coastal Herald that the budget was far too small.', 'Bell talked to Raman, who told Radio Norte that the budget was far too small.']) {
    assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('outlet-mismatch')), [], text);
  }
});

test('the person whose words or interview went to an outlet speaks to it ("Raman’s comments to the Coastal Herald"); a person heard is no outlet', () => {
  for (const text of ['Raman’s comments to the Coastal Herald were upbeat.', 'Raman’s interview with the Coastal Herald ran long.']) {
    assert.match(only(text, 'outlet-mismatch').message, /Priya Raman speaking to Radio Norte only, not Coastal Herald/, text);
  }
  for (const text of [
    'Raman’s comments to Radio Norte were upbeat.',
    'Raman’s comments to reporters were upbeat.',
    'Bell’s aide’s comments to the Coastal Herald were brief.',
    // Someone the verdict was put to, who is a person.
    'I put Raman’s verdict to Lena Hartmann, who spent nine years at sea.',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('outlet-mismatch')), [], text);
});

test('a label before a colon: not a name after a preposition or modifying a noun, not a possessive beside a name', () => {
  for (const text of [
    'Council staff, after the Okafor vote: “Nothing leaves the bay.”',
    'After Okafor: “Nothing leaves the bay.”',
    // A name inside a compound is no subject.
    'The Coastal Herald was blunt. Its editorial noted anti-Okafor anger at the quay, and concluded: “Nothing leaves the bay.”',
    // A place's possessive between the preposition and the name.
    'Her version came beside Port Almera’s Marcus Bell: “Nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  assert.match(only('Port Almera’s Marcus Bell was blunt: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
  assert.match(only('Vasquez’s deputy, Bell, framed it plainly: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
  assert.match(only('The best line came from Bell: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
  // A name right after a verb is its object: "praised Bell:" does not say who speaks.
  const object = '**Priya Raman** — chief engineer. Spoke to Radio Norte and praised Bell: “Nothing leaves the bay.”';
  assert.deepEqual(reported(object, run(object)), []);
  // A list item's name after the item before it is its own label.
  assert.match(only('- Okafor spoke first and praised the plan\n- Bell: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
});

test('a possessive before a title and name does not reach back past the sentence before for a preposition', () => {
  // "… on Sunday. China's foreign minister, Qin Gang, said": "on Sunday" ends another sentence.
  for (const lead of ['Port Almera’s councillor, Marcus Bell,', 'Port Almera’s councillor Marcus Bell']) {
    const text = `Raman and Bell toured the quay on Monday. ${lead} said: “Nothing leaves the bay.”`;
    assert.match(only(text, 'quote-misattributed').message, /not Marcus Bell/, text);
  }
  // Within one sentence the preposition still governs the name.
  const beside = 'Her version came on Monday beside Port Almera’s councillor, Marcus Bell: “Nothing leaves the bay.”';
  assert.deepEqual(reported(beside, run(beside)), []);
});

test('a description before the verb is the speaker with an adverb between, or opened by a place’s possessive', () => {
  for (const lead of ['The harbour master later said:', 'Port Almera’s harbour master said:', 'Later, Port Almera’s harbour master told the Coastal Herald:', 'The harbour master also said:']) {
    const text = `Raman and Okafor toured the quay on Monday. ${lead} “Nothing leaves the bay.”`;
    assert.match(only(text, 'quote-misattributed').message, /Priya Raman saying these words, not Tom Okafor/, text);
  }
  // After the quotation too.
  const after = 'Raman and Okafor toured the quay on Monday. “Nothing leaves the bay,” Port Almera’s harbour master said.';
  assert.match(only(after, 'quote-misattributed').message, /Priya Raman saying these words, not Tom Okafor/);
  for (const text of [
    // The description fits the speaker.
    'Raman and Vasquez toured the quay on Monday. Port Almera’s mayor later said: “This harbour built the town, and it will not be allowed to silt up on my watch.”',
    'Raman and Vasquez toured the quay on Monday. “This harbour built the town, and it will not be allowed to silt up on my watch,” Port Almera’s mayor said.',
    // A person’s possessive describes someone else, whom the set does not know.
    'Raman and Okafor toured the quay on Monday. Okafor’s harbour deputy said: “Nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
});

test('a description naming where someone serves ("the Singaporean minister", "the FDD analyst") is the one person named near who serves there', () => {
  const builtIn = builtInReference();
  const wrong = [
    ['Craig Singleton, a China expert at the Foundation for Defense of Democracies, spoke to USA Today. “That is no easy feat,” the FDD analyst conceded.', /Scott Mulhauser saying these words, not Craig Singleton/],
    ['Vivian Balakrishnan spoke in Washington. “China and the US must develop relations on the basis of mutual respect and equality,” the Singaporean minister added.', /Wang Wenbin saying these words, not Vivian Balakrishnan/],
    // A body's name of several words counts as one word of the description.
    ['Bonnie Glaser and Craig Singleton watched. “That is no easy feat,” the Foundation for Defense of Democracies analyst added.', /Scott Mulhauser saying these words, not Craig Singleton/],
  ] as const;
  for (const [text, message] of wrong) assert.match(check(text, builtIn).find((f) => f.code === 'quote-misattributed')?.message ?? '', message, text);
  for (const text of [
    'Craig Singleton spoke to USA Today. “Its outcome will bear very little significance on the downward trajectory of Sino-US relations,” the FDD analyst said.',
    'Bonnie Glaser and Craig Singleton watched. “Its outcome will bear very little significance on the downward trajectory of Sino-US relations,” the Foundation for Defense of Democracies analyst added.',
    // Nobody named near serves there.
    'Bonnie Glaser spoke. “That is no easy feat,” the FDD analyst said.',
    'Bonnie Glaser spoke. “That is no easy feat,” the Foundation for Defense of Democracies analyst said.',
  ]) assert.deepEqual(reported(text, check(text, builtIn)).filter((line) => line.startsWith('quote-misattributed')), [], text);
});

test('a capitalised word of a description that names no place is a word of the title of the person it describes ("the Indo-Pacific coordinator")', () => {
  const builtIn = builtInReference();
  const wrong = 'Kurt Campbell spoke first. “That is no easy feat. But if anyone can do it, Tony Blinken can do it,” the Indo-Pacific coordinator said.';
  assert.match(check(wrong, builtIn).find((f) => f.code === 'quote-misattributed')?.message ?? '', /Scott Mulhauser saying these words, not Kurt Campbell/);
  for (const text of [
    'Kurt Campbell spoke first. “We can’t let the disagreements that might divide us stand in the way of moving forward on the global priorities that require us all to work together,” the Indo-Pacific coordinator said.',
    // A capitalised word no title of the person has: someone else.
    'Kurt Campbell spoke first. “That is no easy feat. But if anyone can do it, Tony Blinken can do it,” the Atlantic coordinator said.',
  ]) assert.deepEqual(reported(text, check(text, builtIn)).filter((line) => line.startsWith('quote-misattributed')), [], text);
});

test('"the White House’s" before a description says the person serves the president: an aide "to the President" by title', () => {
  const builtIn = builtInReference();
  const said = (words: string, description: string) => `Kurt Campbell spoke first. “${words},” the ${description} said.`;
  const feat = 'That is no easy feat. But if anyone can do it, Tony Blinken can do it';
  assert.match(check(said(feat, 'White House’s Indo-Pacific coordinator'), builtIn).find((f) => f.code === 'quote-misattributed')?.message ?? '', /Scott Mulhauser saying these words, not Kurt Campbell/);
  for (const text of [
    said('We can’t let the disagreements that might divide us stand in the way of moving forward on the global priorities that require us all to work together', 'White House’s Indo-Pacific coordinator'),
    // Serving elsewhere: someone else.
    said(feat, 'Pentagon’s Indo-Pacific coordinator'),
  ]) assert.deepEqual(reported(text, check(text, builtIn)).filter((line) => line.startsWith('quote-misattributed')), [], text);
});

test('"his own line before leaving:" gives the words after the colon to whom "his" stands for, not to an "it" opening the sentence', () => {
  const builtIn = builtInReference();
  const draft = (words: string) => `The State Department issued a statement. Antony Blinken flew home on Monday. It was an echo of his own line before leaving: “${words}”`;
  const misattributed = (text: string) => check(text, builtIn).filter((f) => f.code === 'quote-misattributed').map((f) => f.message);
  assert.deepEqual(misattributed(draft('Intense competition requires sustained diplomacy to ensure that competition does not veer into confrontation or conflict.')), []);
  assert.match(misattributed(draft('We can’t let the disagreements that might divide us stand in the way of moving forward on the global priorities that require us all to work together.'))[0] ?? '', /Kurt Campbell saying these words, not Antony Blinken/);
});

test('a pronoun whose only antecedent in reach is a misspelt name may stand for that person: a short altered quote is judged', () => {
  const builtIn = builtInReference();
  for (const text of ['Scott Mulhouser spoke. “That is no small feat,” he said.', 'Blinken arrived. Scott Mulhouser spoke. “That is no small feat,” he said.']) {
    assert.match(check(text, builtIn).find((f) => f.code === 'quote-altered')?.message ?? '', /“small” → “easy”/, text);
  }
  const right = 'Scott Mulhouser spoke. “That is no easy feat,” he said.';
  assert.deepEqual(reported(right, check(right, builtIn)).filter((line) => line.startsWith('quote-')), []);
});

test('a pronoun does not confidently reach a name past a sentence opening with a description of someone else', () => {
  for (const text of [
    'Okafor was hopeful. The engineer was briefer: “Nothing leaves the bay,” she said.',
    'Okafor was hopeful. Delta Marine Consulting’s chief engineer put it more briefly: “Nothing leaves the bay,” he said.',
    // Or holding one's possessive anywhere before the pronoun.
    'Okafor was hopeful. The council’s summary of the minister’s view was briefer: he had said “Nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
  // A description the named person's title has is that person.
  assert.match(only('Okafor was hopeful. The harbour master was blunt: “Nothing leaves the bay,” he said.', 'quote-misattributed').message, /not Tom Okafor/);
  assert.match(only('Okafor was hopeful. The council’s summary of the harbour master’s view was blunt: he had said “Nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('a line opening with two hyphens is an item of its own: the name opening the next one does not sign the quotation before it', () => {
  const text = 'Notes from the hearing:\n-- Tom Okafor, the harbour master, spoke to the Herald. “That is no small job,” he said. “Every boat that runs aground costs us a season.”\n-- Marcus Bell (council) told the same paper the plan was “a very expensive way to move a problem down the coast.”';
  assert.deepEqual(reported(text, run(text)), [], text);
  // An item's own quotation is still its speaker's.
  const wrong = text.replace('-- Marcus Bell (council) told', '-- Priya Raman told');
  assert.match(only(wrong, 'quote-misattributed').message, /not Priya Raman/);
});

test('"the" and a country’s demonym as a noun ("The Singaporean was more guarded.") describe someone of that country: a "he" after it is not someone else', () => {
  const draft = (who: string) => `He spoke beside Singapore’s foreign minister, Vivian Balakrishnan. “Intense competition requires sustained diplomacy,” Blinken said. ${who} was more guarded. The trip, he said, was “essential, but not sufficient”.`;
  assert.deepEqual(check(draft('The Singaporean'), builtInReference()).filter((f) => f.code === 'quote-misattributed'), []);
  // Of the named person's own country, the demonym is that person.
  assert.equal(check(draft('The American'), builtInReference()).filter((f) => f.code === 'quote-misattributed').length, 1);
});

test('a pronoun does not confidently reach a name that is only an object', () => {
  for (const text of [
    // After a preposition, the subject being a description.
    'The harbour master spoke about Bell. He said: “Nothing leaves the bay.”',
    // Named as the object in a clause whose subject is already "he".
    'Tom Okafor arrived early. His day was long. He met Marcus Bell. Later he said: “Nothing leaves the bay.”',
    // Named only as a possessive.
    'The port official spoke first. Bell’s plan was bold, he said. He added: “Nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // Named as the subject, the person is still the one "he" means.
  assert.match(only('Marcus Bell spoke about the dredging. He said: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
});

test('an object of what the writer or the reader did ("the space you gave to Bell", "I spoke with Bell") is whom a pronoun after it stands for', () => {
  for (const text of ['I was glad of the space you gave to Marcus Bell. He said: “Nothing leaves the bay.”', 'I spoke with Marcus Bell. He said: “Nothing leaves the bay.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Marcus Bell/, text);
  }
  // Not when someone described stands between the writer and the person: "the harbour master" may be "he".
  const asked = 'We asked the harbour master about Marcus Bell. He said: “Nothing leaves the bay.”';
  assert.deepEqual(reported(asked, run(asked)), [], asked);
});

test('a description after the last comma before the verb is the subject; a pronoun before a colon is the speaker', () => {
  for (const text of [
    'Meeting Okafor, the port official said: “Nothing leaves the bay.”',
    'On Friday, after meeting Okafor at the quay, the council’s chief engineer said: “Nothing leaves the bay.”',
    // The pronoun stands for the person named before it, not the one it praised.
    'Priya Raman is an engineer. She praised Vasquez: “Nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  assert.match(only('Marcus Bell is a councillor. He praised Raman: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
  // A name after the last comma is still the speaker.
  assert.match(only('Meeting Raman, Bell said: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Marcus Bell/);
  // A participle after a comma has the clause's subject, not the object before it.
  const participle = 'Okafor praised Raman, saying: “Every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(participle, run(participle)), []);
  assert.match(only('Bell praised Okafor, saying: “Every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Marcus Bell/);
  // "and" between two names is one phrase, not a new clause.
  const pair = 'Okafor recalled the pledge Bell and Raman had made, saying: “Every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(pair, run(pair)), []);
  // The participle's own clause: after "and" and a new subject.
  const joined = 'Bell spoke first, and Okafor praised Raman on Friday, telling the Coastal Herald that “every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(joined, run(joined)).filter((f) => f.startsWith('quote-misattributed')), []);
});

test('an organisation in a description is not the speaker; "agreed to" reports no words', () => {
  for (const text of [
    'The managing director of the Dredging Program said: “Every boat that runs aground costs us a season.”',
    'The Delta Marine Consulting managing director said: “Every boat that runs aground costs us a season.”',
    'Okafor said Bell and Raman had agreed to dredge because “every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // The organisation as the subject still speaks.
  assert.match(only('Delta Marine Consulting said: “Every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Delta Marine Consulting/);
});

test('a quotation ending a clause put first, or a relative clause, is not the next clause’s subject’s', () => {
  // The harbour set has these words as Tom Okafor's.
  const quote = '“Every boat that runs aground costs us a season,”';
  for (const text of [
    `Where Tom Okafor saw ${quote} Priya Raman concluded that the dredging must go ahead.`,
    `Unlike Okafor, who called it ${quote} Raman said the dredging must go ahead.`,
    `Unlike Okafor, who called it ${quote} Raman said “nothing leaves the bay.”`,
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // The name after it says the words: the clause put first ends before the quotation, or the verb is set off.
  for (const text of [`Where the harbour is busiest, ${quote} Raman said.`, `Although dredging was ${quote} Raman said, it must go ahead.`]) {
    assert.match(only(text, 'quote-misattributed').message, /not Priya Raman/, text);
  }
});

test('a possessive and a noun for what was said, then "that", name the speaker ("Raman’s line that “…”")', () => {
  // The harbour set has these words as Tom Okafor's.
  const quote = '“Every boat that runs aground costs us a season.”';
  for (const lead of ['We revisit Priya Raman’s line that', 'Priya Raman’s view was that']) {
    assert.match(only(`${lead} ${quote}`, 'quote-misattributed').message, /not Priya Raman/, lead);
  }
  assert.deepEqual(reported(`Okafor’s line that ${quote}`, run(`Okafor’s line that ${quote}`)), []);
});

test('an abbreviated honorific with its full stop ("Ms. Raman said", "said Dr. Bell") is part of the speaker named after a quotation', () => {
  const quote = '“Every boat that runs aground costs us a season,”';
  for (const tail of ['Ms. Raman said.', 'said Dr. Bell.', 'Amb. Raman added.']) {
    const text = `${quote} ${tail}`;
    const finding = only(text, 'quote-misattributed');
    assert.match(finding.message, /Tom Okafor/, tail);
    assert.match(applyFix(text, preferredFix(finding)), /Okafor/, tail);
  }
  for (const tail of ['Mr. Okafor said.', 'said Mr. Okafor.']) assert.deepEqual(reported(`${quote} ${tail}`, run(`${quote} ${tail}`)), [], tail);
});

test('a word of saying after "any", "no" or "every" is a noun, not a verb with a speaker ("made no comment")', () => {
  const quote = '“every boat that runs aground costs us a season.”';
  for (const lead of ['Okafor arrived. Neither he nor Raman made any comment, and his line was that', 'Okafor arrived. Raman made no comment; his line was that']) {
    assert.deepEqual(reported(`${lead} ${quote}`, run(`${lead} ${quote}`)).filter((f) => f.startsWith('quote-misattributed')), [], lead);
  }
  // A verb still has its speaker.
  assert.match(only('Okafor arrived. Raman commented that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
});

test('the object of a participle’s phrase right before the verb is not its subject ("Okafor: meeting Raman, said …")', () => {
  const quote = '“Every boat that runs aground costs us a season.”';
  for (const lead of ['Okafor: meeting Priya Raman, said', 'Okafor, late on Thursday: after meeting Priya Raman, said']) {
    assert.deepEqual(reported(`${lead} ${quote}`, run(`${lead} ${quote}`)).filter((f) => f.startsWith('quote-misattributed')), [], lead);
  }
  assert.match(only(`Raman, meeting Okafor, said ${quote}`, 'quote-misattributed').message, /not Priya Raman/);
});

test('"made the remark to X", "said this to X" name the outlet that heard the words', () => {
  const quote = '“This harbour built the town, and it will not be allowed to silt up on my watch.”';
  for (const lead of ['Vasquez made the remark to Radio Norte, adding that', 'Vasquez made the comment to Radio Norte:', 'Vasquez said this to Radio Norte:']) {
    assert.match(only(`${lead} ${quote}`, 'outlet-mismatch').message, /to Coastal Herald/, lead);
  }
  assert.deepEqual(reported(`Vasquez made the remark to the Coastal Herald: ${quote}`, run(`Vasquez made the remark to the Coastal Herald: ${quote}`)), []);
});

test('"“…” is how X described it", "“…” was X’s verdict" name the speaker after the quotation', () => {
  const quote = '“Every boat that runs aground costs us a season,”';
  // (In the passive too: "was how the problem was summed up by X".)
  // (With words describing the noun, hyphenated too, and what the words were about: "was X's one-line verdict on the plan".)
  for (const tail of ['is how Priya Raman described it.', 'is what Raman called the problem.', 'was Raman’s verdict.', 'was how the problem was summed up by Priya Raman.', 'is what the shoals are called by Raman.', 'was Raman’s one-line verdict on the plan.', 'was Priya Raman’s blunt assessment of the new dredging schedule.', 'was Raman’s verdict on the plan, and it’s the one we keep.']) {
    const text = `${quote} ${tail}`;
    const finding = only(text, 'quote-misattributed');
    assert.match(finding.message, /not Priya Raman/, tail);
    assert.match(applyFix(text, preferredFix(finding)), /Okafor/, tail);
  }
  // (Nor a noun whose phrase names whose words they were: "Raman's summary of Okafor's words".)
  for (const text of [`${quote} is how Okafor described it.`, `${quote} is how Raman disagreed with it.`, `${quote} was how the problem was summed up by Okafor.`, `${quote} was how the problem was seen by Raman.`, `${quote} was Okafor’s one-line verdict on the plan.`, `${quote} was Raman’s summary of Okafor’s words.`, `${quote} was Raman’s summary of what Tom Okafor said.`, `${quote} was not Raman’s verdict on the plan.`]) assert.deepEqual(reported(text, run(text)).filter((f) => f.startsWith('quote-misattributed')), [], text);
});

test('a body of three capitalised words or more is named by its initials ("DMC said …")', () => {
  // The harbour set has these words as Priya Raman's, not her firm's.
  assert.match(only('DMC said the plan meant “nothing leaves the bay.”', 'quote-misattributed').message, /not Delta Marine Consulting/);
  assert.match(only('The DMC, in a statement, said “nothing leaves the bay.”', 'quote-misattributed').message, /not Delta Marine Consulting/);
  // Two initials are too short to stand for it.
  assert.deepEqual(reported('DM said the plan meant “nothing leaves the bay.”', run('DM said the plan meant “nothing leaves the bay.”')).filter((f) => f.includes('Delta Marine')), []);
});

test('after a full name ruled out ("is not Wang Yi", "not to be confused with"), a one-word name several people carry is unclear', () => {
  const said = 'Wang said the US needed to “respect China’s core concerns.”';
  for (const before of ['Wang Wenbin is not Wang Yi.', 'Wang Wenbin, the spokesman, is not to be confused with Wang Yi.', 'Neither should be confused with Wang Yi.']) {
    const text = `${before} ${said}`;
    assert.deepEqual(check(text, builtInReference()).filter((f) => f.code === 'quote-misattributed').map((f) => f.message), [], before);
  }
  assert.match(check(`Wang Wenbin spoke. Then Wang Yi met Blinken. ${said}`, builtInReference()).find((f) => f.code === 'quote-misattributed')?.message ?? '', /not Wang Yi/);
});

test('an author-date citation right after a quotation ("“…” (Okafor 2023)") names whose words they are', () => {
  const quote = '“Every boat that runs aground costs us a season.”';
  assert.match(only(`Raman and Okafor disagreed.\n\n${quote} (Raman 2023)`, 'quote-misattributed').message, /Tom Okafor saying these words, not Priya Raman/);
  for (const cited of ['(Okafor 2023)', '(Okafor, 2023, p. 4)', '(Okafor 2023a)']) {
    const text = `Raman and Okafor disagreed.\n\n${quote} ${cited}`;
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  // A name in brackets with no year is no citation.
  const noted = `Raman and Okafor disagreed. Raman said ${quote} (Okafor was not there.)`;
  assert.match(only(noted, 'quote-misattributed').message, /not Priya Raman/);
});

test('a block quote with no quotation marks is a quotation when it is a reference quote’s words', () => {
  const block = '> Every boat that runs aground costs us a season.\n\n';
  assert.match(only(`${block}— Priya Raman, engineer`, 'quote-misattributed').message, /Tom Okafor/);
  assert.match(only(`Raman put it this way:\n\n${block}`, 'quote-misattributed').message, /not Priya Raman/);
  assert.match(only('> Every boat that runs aground costs us a whole season.\n\n— Tom Okafor', 'quote-altered').message, /whole/);
  // A later paragraph of the block goes on with the first; the signature is no quotation.
  assert.match(only(`> The harbour is our living.\n>\n${block.replace('> ', '> ')}— Priya Raman`, 'quote-misattributed').message, /Tom Okafor/);
  for (const text of [`${block}— Tom Okafor`, '> Note: the council voted on the dredging plan.\n', '> The harbour is our living, and the dredging plan will change it.\n\n— Priya Raman']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  // Single quotation marks inside it are a quote within the quotation, not the quotation.
  assert.match(only('> Every boat that runs ‘aground’ costs us a whole season.\n\n— Tom Okafor', 'quote-altered').message, /whole/);
  const nested = '> Every boat that runs ‘aground’ costs us a season.\n\n— Tom Okafor';
  assert.deepEqual(reported(nested, run(nested)), []);
  // An author-date citation closing the block is no word of it.
  for (const cited of ['(Okafor 2023)', '(Okafor and Raman, 2023, p. 4)', '(Okafor et al. 2023)']) {
    const text = `Okafor put it this way:\n\n> Every boat that runs aground costs us a season. ${cited}\n`;
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  assert.match(only('Okafor put it this way:\n\n> Every boat that runs aground costs us a whole season. (Okafor 2023)\n', 'quote-altered').message, /whole/);
});

test('a signature under a quotation names its speaker over a description or a pronoun introducing it, and its outlet', () => {
  const block = '\n\n> Every boat that runs aground costs us a season.\n\n';
  assert.match(only(`The harbour’s chief engineer added:${block}— Priya Raman`, 'quote-misattributed').message, /Tom Okafor/);
  const vasquez = '\n\n> This harbour built the town, and it will not be allowed to silt up on my watch.\n\n';
  assert.match(only(`Vasquez arrived. She did not soften it:${vasquez}— Elena Vasquez, to Radio Norte`, 'outlet-mismatch').message, /to Coastal Herald/);
  // A name introducing the words stands.
  assert.deepEqual(reported(`Okafor put it bluntly:${block}— Tom Okafor, harbour master`, run(`Okafor put it bluntly:${block}— Tom Okafor, harbour master`)), []);
});

test('a name opening a sentence is no object of a preposition ending the sentence before ("We had to. Raman said …")', () => {
  const text = 'We had to. Okafor (Delta Marine Consulting) said “every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(text, run(text)), []);
  assert.match(only('We had to. Raman (Delta Marine Consulting) said “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
});

test('reported speech whose pronoun subject comes after a spoken opener or a chat line’s time ("Yeah, she told …") has that speaker', () => {
  const said = 'told Radio Norte that the harbour built the town and will not be allowed to silt up on her watch.';
  for (const opener of ['Yeah, she', '[10:18] she', 'She']) {
    const text = `Vasquez spoke last. ${opener} ${said}`;
    assert.deepEqual(reported(text, run(text)), ['outlet-mismatch: Radio Norte'], opener);
  }
  const right = `Vasquez spoke last. Yeah, she ${said.replace('Radio Norte', 'the Coastal Herald')}`;
  assert.deepEqual(reported(right, run(right)), []);
});

test('"His line was that “…”", "Her verdict: “…”" name the speaker as "he" and "she" would', () => {
  const quote = '“every boat that runs aground costs us a season.”';
  assert.match(only(`Raman spoke first. Her line was that ${quote}`, 'quote-misattributed').message, /not Priya Raman/);
  assert.match(only(`Raman spoke first. Her verdict: ${quote.replace('“every', '“Every')}`, 'quote-misattributed').message, /not Priya Raman/);
  // A colon and a short clause ending in "was" between.
  assert.match(only(`Raman spoke first. Her verdict: the harbour is ${quote}`, 'quote-misattributed').message, /not Priya Raman/);
  assert.match(only(`Raman spoke first. Her verdict: it was ${quote}`, 'quote-misattributed').message, /not Priya Raman/);
  // "In her view", its comma left out or not, opening the sentence; the fix writes the name's possessive.
  for (const text of [`Raman spoke first. In her view, the harbour is ${quote}`, `Raman spoke first. In her view the harbour is ${quote}`, `Raman spoke first. Her line was that ${quote}`]) {
    const finding = only(text, 'quote-misattributed');
    assert.match(finding.message, /not Priya Raman/, text);
    assert.match(applyFix(text, preferredFix(finding)), /Okafor's (?:view|line)/, text);
  }
  // Two people "she" may mean, the speaker's own, or another person named after the phrase: nothing wrong.
  for (const text of [`Raman met Vasquez. Her line was that ${quote}`, `Okafor spoke first. His line was that ${quote}`, `Okafor spoke first. In his view, ${quote}`, `Raman spoke first. In her view of the bay, Okafor was right that ${quote}`]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
});

test('where the wrong speaker works now, set off after the name ("X, now at the Harbour Trust, said"), goes with the name in the fix', () => {
  const quote = '“Every boat that runs aground costs us a season.”';
  const fixed = (text: string) => applyFix(text, preferredFix(only(text, 'quote-misattributed')));
  for (const text of [`Raman, now at the Harbour Trust, said ${quote}`, `According to Raman, now with the Harbour Trust, the cost is clear: ${quote}`]) {
    const result = fixed(text);
    assert.ok(result.startsWith(text.startsWith('According') ? 'According to Okafor, ' : 'Okafor, ') && !result.includes('Harbour Trust'), result);
  }
  // Not an aside that says nothing of a post: it stays.
  assert.equal(fixed(`Raman, now at home, said ${quote}`), `Okafor, now at home, said ${quote}`);
});

test('"according to" a news outlet names who reported the words, not who said them ("According to Radio Norte, Vasquez judged it “…”")', () => {
  const quote = '“This harbour built the town, and it will not be allowed to silt up on my watch.”';
  for (const text of [`According to Radio Norte, Vasquez judged the harbour ${quote}`, `Vasquez, according to Radio Norte, found the harbour ${quote}`, `According to Radio Norte, Vasquez called the harbour ${quote}`]) {
    assert.deepEqual(run(text).filter((f) => f.code !== 'quote-unverified').map((f) => f.code), ['outlet-mismatch'], text);
    assert.match(only(text, 'outlet-mismatch').message, /to Coastal Herald/, text);
  }
  // (With an aside between the name and its verb: the source before the subject is no speaker.)
  for (const text of [`According to the Coastal Herald, Vasquez judged the harbour ${quote}`, `According to the Coastal Herald, the harbour was ${quote}`, `According to the Coastal Herald, Elena Vasquez, who chairs the council, argued that ${quote}`]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed' || f.code === 'outlet-mismatch').map((f) => f.message), [], text);
  }
  // A person after "according to" is who said them.
  assert.match(only(`According to Raman, the harbour was ${quote}`, 'quote-misattributed').message, /not Priya Raman/);
});

test('the "it" of a cleft ("it was she who …, saying “…”") stands for the pronoun it puts first', () => {
  const quote = '“every boat that runs aground costs us a season.”';
  assert.match(only(`Raman spoke first. It was she who put it most plainly, saying that ${quote}`, 'quote-misattributed').message, /not Priya Raman/);
  assert.match(only(`Okafor was upbeat, while Raman was blunt, and it was she who put it most plainly, saying that ${quote}`, 'quote-misattributed').message, /not Priya Raman/);
  for (const text of [`Okafor spoke first. It was he who put it most plainly, saying that ${quote}`, `Raman spoke first. It was the mood that made it plain: ${quote.replace('“every', '“Every')}`]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed').map((f) => f.message), [], text);
  }
});

test('words that "belong to" someone after the quotation are theirs, an aside between or not ("“…” belongs, in the corrected text, to X")', () => {
  const quote = '“This harbour built the town, and it will not be allowed to silt up on my watch.”';
  for (const text of [`The line that the harbour was ${quote} belongs to Raman.`, `The line that the harbour was ${quote} belongs, in the corrected text, to Raman.`]) {
    assert.match(only(text, 'quote-misattributed').message, /not Priya Raman/, text);
  }
  for (const text of [`The line that the harbour was ${quote} belongs to Vasquez.`, `${quote} The harbour belongs to Raman.`, `The line ${quote} belongs, with the harbour itself and its boats, to the town.`]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed').map((f) => f.message), [], text);
  }
});

test('a news outlet before "interview" after a determiner heard the words ("Vasquez, in her Radio Norte interview: “…”"), and its fix keeps the determiner alone', () => {
  const quote = '“This harbour built the town, and it will not be allowed to silt up on my watch.”';
  const text = `Vasquez, in her Radio Norte interview: ${quote}`;
  const finding = only(text, 'outlet-mismatch');
  assert.match(finding.message, /to Coastal Herald/);
  assert.equal(applyFix(text, preferredFix(finding)), text.replace('her Radio Norte interview', 'her Coastal Herald interview'));
  assert.deepEqual(run(`Vasquez, in her Coastal Herald interview: ${quote}`).filter((f) => f.code === 'outlet-mismatch'), []);
});

test('someone’s words "were made to" an outlet, in the passive, were told to it ("Vasquez’s remarks were made to Radio Norte.")', () => {
  const quote = '“This harbour built the town, and it will not be allowed to silt up on my watch.”';
  assert.match(only(`Vasquez called the harbour the town’s maker: ${quote} Vasquez’s remarks were made to Radio Norte.`, 'outlet-mismatch').message, /to Coastal Herald/);
  for (const text of [`Vasquez called the harbour the town’s maker: ${quote} Vasquez’s remarks were made to the Coastal Herald.`, `Vasquez spoke: ${quote} The visit was made to Radio Norte’s studio later.`]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'outlet-mismatch').map((f) => f.message), [], text);
  }
});

test('a short sentence right after the quotation’s, opening with its speaker, tells whom the words were said to ("He was speaking to the BBC.")', () => {
  const quote = '“This harbour built the town, and it will not be allowed to silt up on my watch,”';
  for (const after of ['She was speaking to Radio Norte.', 'Vasquez was speaking to Radio Norte at the time.']) {
    assert.match(only(`${quote} Vasquez said. ${after}`, 'outlet-mismatch').message, /to Coastal Herald/, after);
  }
  for (const text of [`${quote} Vasquez said. She was speaking to the Coastal Herald.`, `${quote} Vasquez said. Raman later spoke to Radio Norte.`, `${quote} Vasquez said.\n\nShe was speaking to Radio Norte.`]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'outlet-mismatch').map((f) => f.message), [], text);
  }
});

test('a name before a colon and a short clause ending in "was" speaks the quotation after it, to the outlet named there ("X was blunt to Radio Norte: the harbour was “…”")', () => {
  const quote = '“This harbour built the town, and it will not be allowed to silt up on my watch.”';
  assert.match(only(`Vasquez was blunter in an interview with Radio Norte: the harbour was ${quote}`, 'outlet-mismatch').message, /to Coastal Herald/);
  assert.match(only(`Raman was blunter in an interview with the Coastal Herald: the harbour was, ${quote}`, 'quote-misattributed').message, /not Priya Raman/);
  // Right, or the name after a preposition, or a clause longer than a few words: nothing to report.
  for (const text of [
    `Vasquez was blunter in an interview with the Coastal Herald: the harbour was ${quote}`,
    `Everyone waited for Raman: the harbour was ${quote}`,
    `Raman was blunter in an interview with the Coastal Herald: the harbour the town built long ago was ${quote}`,
  ]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed' || f.code === 'outlet-mismatch').map((f) => f.code), [], text);
  }
});

test('a verb after a conjunction and a pronoun for the person who told an outlet before is heard by that outlet ("…, but she also said “…”")', () => {
  const quote = '“This harbour built the town, and it will not be allowed to silt up on my watch.”';
  assert.match(only(`Vasquez told Radio Norte it went well, but she also said ${quote}`, 'outlet-mismatch').message, /to Coastal Herald/);
  // Someone else telling the outlet, or the right outlet: nothing to report.
  for (const text of [`Raman told Radio Norte it went well, but she also said ${quote}`, `Vasquez told the Coastal Herald it went well, but she said ${quote}`]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'outlet-mismatch'), [], text);
  }
});

test('"he" in a clause joined to its sentence\'s subject, or after a phrase put before the subject before it, is that subject', () => {
  const bellsWords = '“a very expensive way to move a problem down the coast.”';
  for (const text of [
    `Bell was gloomy. Okafor agreed when he called the plan ${bellsWords}`,
    `Ahead of Bell's speech, Okafor set the terms. He called the plan ${bellsWords}`,
  ]) assert.match(only(text, 'quote-misattributed').message, /not Tom Okafor/, text);
  // The fix renames the subject the pronoun's clause is joined to.
  const joined = `Bell was gloomy. Okafor agreed when he called the plan ${bellsWords}`;
  assert.equal(applyFix(joined, preferredFix(only(joined, 'quote-misattributed'))), `Bell was gloomy. Bell agreed when he called the plan ${bellsWords}`);
  for (const text of [
    `Okafor was gloomy. Bell agreed when he called the plan ${bellsWords}`,
    // Someone listening as "he" speaks, and the object of the sentence before, may be the other man.
    `Bell spoke at length. Okafor listened as he called the plan ${bellsWords}`,
    `Ahead of the vote, Bell met Okafor. He called the plan ${bellsWords}`,
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('a reporting clause set between commas inside the sentence, its subject after the verb, names the speaker', () => {
  const okafors = '“every boat that runs aground costs us a season.”';
  assert.match(only(`The channel, says Bell, is a place where ${okafors}`, 'quote-misattributed').message, /not Marcus Bell/);
  assert.match(only(`The channel, said Councillor Marcus Bell, is a place where ${okafors}`, 'quote-misattributed').message, /not Marcus Bell/);
  // The wrong speaker's title in apposition is replaced with the right one's.
  const titled = `The channel, says Bell, the councillor, is a place where ${okafors}`;
  assert.equal(applyFix(titled, preferredFix(only(titled, 'quote-misattributed'))), `The channel, says Okafor, the Harbour master, is a place where ${okafors}`);
  // A rank that says little without its body ("the managing director" of what?) takes the body with it.
  const ranked = '“There was zero chance of a breakthrough,” said Daniel Kritenbrink, the State Department’s senior East Asia diplomat.';
  const fixed = applyFix(ranked, preferredFix(check(ranked, builtInReference()).find((f) => f.code === 'quote-misattributed')!));
  assert.equal(fixed, '“There was zero chance of a breakthrough,” said Bonnie Glaser, the managing director of the German Marshall Fund’s Indo-Pacific Program.');
  // As the article writes it, with its own article and preposition: "now a vice president at …".
  const campbell = 'Kurt Campbell, the White House’s Indo-Pacific coordinator, was more hopeful, saying the visit might “restart badly needed face-to-face dialogue.”';
  const russel = applyFix(campbell, preferredFix(check(campbell, builtInReference()).find((f) => f.code === 'quote-misattributed')!));
  assert.equal(russel, campbell.replace('Kurt Campbell, the White House’s Indo-Pacific coordinator', 'Danny Russel, now a vice president at the Asia Society Policy Institute'));
  // A country's office, with the country's possessive; someone the draft has introduced already, with no description.
  const wang = '“There are fundamental differences in outlook, in values,” said Wang Wenbin, the foreign ministry spokesman, on Monday.';
  const fixWang = (text: string) => applyFix(text, preferredFix(check(text, builtInReference()).find((f) => f.code === 'quote-misattributed')!));
  assert.equal(fixWang(wang), wang.replace('Wang Wenbin, the foreign ministry spokesman', 'Vivian Balakrishnan, Singapore’s foreign minister'));
  const introduced = `Vivian Balakrishnan spoke in Washington. ${wang}`;
  // (The comma that closed the description goes with it.)
  assert.equal(fixWang(introduced), introduced.replace('Wang Wenbin, the foreign ministry spokesman,', 'Vivian Balakrishnan'));
  const introducedBefore = 'Vivian Balakrishnan spoke in Washington. Wang Wenbin, the foreign ministry spokesman, said: “There are fundamental differences in outlook, in values.”';
  assert.equal(fixWang(introducedBefore), introducedBefore.replace('Wang Wenbin, the foreign ministry spokesman,', 'Vivian Balakrishnan'));
  for (const text of [`The channel, says Okafor, is a place where ${okafors}`, `The channel, Okafor told Bell, is a place where ${okafors}`]) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('a description of the wrong speaker set off after the name goes with it in the fix; an adverb or a time set off there stays', () => {
  const okafors = '“Every boat that runs aground costs us a season.”';
  for (const description of ['the council’s longest-serving member', 'a councillor who voted against', 'Port Almera’s loudest councillor']) {
    const text = `Marcus Bell, ${description}, said: ${okafors}`;
    assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), `Tom Okafor, the Harbour master, said: ${okafors}`, text);
  }
  // One ending the sentence goes too.
  const last = `${okafors.replace('.”', ',”')} said Marcus Bell, who is the council’s longest-serving member.`;
  assert.equal(applyFix(last, preferredFix(only(last, 'quote-misattributed'))), `${okafors.replace('.”', ',”')} said Tom Okafor, the Harbour master.`);
  for (const aside of ['however', 'the day before', 'in the end']) {
    const text = `Marcus Bell, ${aside}, said: ${okafors}`;
    assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), `Tom Okafor, ${aside}, said: ${okafors}`, text);
  }
  // A role held before is "a former" one: the built-in set's Scott Mulhauser.
  const russel = 'Danny Russel, Obama’s top East Asia diplomat in his second term, said, “That is no easy feat. But if anyone can do it, Tony Blinken can do it.”';
  const fixed = applyFix(russel, preferredFix(check(russel, builtInReference()).find((f) => f.code === 'quote-misattributed')!));
  assert.equal(fixed, russel.replace('Danny Russel, Obama’s top East Asia diplomat in his second term', 'Scott Mulhauser, a former chief of staff at the US Embassy in Beijing'));
});

test('words credited to a name before a colon ("belongs to X:", "goes to X:", "per X:") are that person\'s', () => {
  for (const text of ['The line of the week belongs to Bell: “Nothing leaves the bay.”', 'Best line, per Bell: “Nothing leaves the bay.”', 'The last word goes to Bell: “Nothing leaves the bay.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Marcus Bell/, text);
  }
  for (const text of ['The line of the week belongs to Raman: “Nothing leaves the bay.”', 'Best line, per Raman: “Nothing leaves the bay.”']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('a few words given to their speaker with a misspelt surname are judged altered; to a name near no one\'s, unverified', () => {
  const misspelt = 'Okafur said it “costs us a year”.';
  assert.deepEqual(run(misspelt).map((f) => f.code), ['name-misspelled', 'quote-altered']);
  for (const text of ['Blue said it “costs us a year”.', 'Bell said it “costs us a year”.']) {
    assert.deepEqual(run(text).map((f) => f.code), ['quote-unverified'], text);
  }
});

test('a pronoun of the other sex opening a clause joined after the names ("Raman said …, and he was blunter still: “…”") is whose the words are', () => {
  const words = '“Every boat that runs aground costs us a season.”';
  for (const text of [`Okafor spoke first. Raman said the plan was bold, and he was blunter still: ${words}`, `Okafor spoke first. Raman set a low bar, and he was blunter still: ${words}`]) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  for (const text of [`Raman spoke first. Okafor said the plan was bold, and she was blunter still: ${words}`, `Raman spoke first. Okafor set a low bar, and she was blunter still: ${words}`]) {
    assert.match(only(text, 'quote-misattributed').message, /not Priya Raman/, text);
  }
  // (After a bracket closing another's saying too: "(“…,” she said) and he was blunter still: “…”".)
  const bracketed = `Okafor spoke first. Raman set a low bar (“Nothing leaves the bay,” she said) and he was blunter still: ${words}`;
  assert.deepEqual(reported(bracketed, run(bracketed)), [], bracketed);
  // Of the same sex, the pronoun goes on with the one named: "Okafor set a low bar, and he was blunter still" is Okafor's.
  const same = `Raman spoke first. Okafor set a low bar, and he was blunter still: ${words}`;
  assert.deepEqual(reported(same, run(same)), [], same);
});

test('"and" after a dash opens a clause of its own, as after a comma: its subject says the words ("… — and Beijing said bluntly that “…”")', () => {
  const text = 'Set beside the summit between Biden and Xi in Bali, these were plain working sessions — and Beijing said bluntly that “the China-US relationship is at the lowest point since its establishment.”';
  assert.deepEqual(check(text, builtInReference()).filter((f) => f.code === 'quote-misattributed'), []);
  assert.equal(check(text.replace('Beijing said', 'Xi said'), builtInReference()).filter((f) => f.code === 'quote-misattributed').length, 1);
});

test('the outlet of a clause naming the speaker carries over ", and she <verb> …:" to the quotation after the colon', () => {
  const wrong = 'Raman was speaking to the Coastal Herald, and she sounded calm: “Nothing leaves the bay.”';
  assert.equal(applyFix(wrong, preferredFix(only(wrong, 'outlet-mismatch'))), 'Raman was speaking to Radio Norte, and she sounded calm: “Nothing leaves the bay.”');
  assert.match(only('Raman, the chief engineer, was speaking to the Coastal Herald, and she sounded calm: “Nothing leaves the bay.”', 'outlet-mismatch').message, /to Radio Norte/);
  // Someone else's outlet, or the clause of another subject, is not hers.
  for (const text of [
    'Raman was speaking to Radio Norte, and she sounded calm: “Nothing leaves the bay.”',
    'Raman met Bell, who was speaking to the Coastal Herald, and she sounded calm: “Nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('outlet-mismatch')), [], text);
});

test('"framed it as" gives the words to its subject, as "described it as" does', () => {
  for (const text of ['Bell framed it as “nothing leaves the bay.”', 'The choice, as Bell framed it, was “nothing leaves the bay.”']) {
    assert.match(only(text, 'quote-misattributed').message, /not Marcus Bell/, text);
  }
  assert.deepEqual(reported('Raman framed it as “nothing leaves the bay.”', run('Raman framed it as “nothing leaves the bay.”')), []);
});

test('a question asking who said the words is answered by the name opening the next sentence', () => {
  const heading = '## Who said “nothing leaves the bay”?\n\nMarcus Bell, at the council meeting.';
  assert.equal(applyFix(heading, preferredFix(only(heading, 'quote-misattributed'))), '## Who said “nothing leaves the bay”?\n\nPriya Raman, at the council meeting.');
  assert.match(only('Who said “nothing leaves the bay”? Bell did.', 'quote-misattributed').message, /not Marcus Bell/);
  for (const text of ['## Who said “nothing leaves the bay”?\n\nPriya Raman did.', 'Who said “nothing leaves the bay”? Not Bell, who was more upbeat.', 'Who said “nothing leaves the bay”? A) Bell B) Raman']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('a participle after "with" has its own subject: "…, with X saying “…”" is X’s, and a body or people described are nobody sure', () => {
  assert.match(only('The council met, with Raman saying that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
  assert.match(only('Okafor opened the meeting, with Delta Marine Consulting insisting that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Delta Marine Consulting/);
  for (const text of [
    'Vasquez opened the meeting, with Okafor saying that “every boat that runs aground costs us a season.”',
    'Vasquez opened the meeting, with the fishermen saying that “every boat that runs aground costs us a season.”',
    'Vasquez opened the meeting as the harbour board said that “every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
  // "as" before a comma is no clause of its own: "Okafor, as chair, said" is Okafor's.
  assert.match(only('Raman, as chair, said that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
});

test('a plural noun after a past verb, a preposition or a count, and a noun after a possessive, are no verb of saying ("faced demands to “…”", "in Beijing’s telling")', () => {
  for (const text of [
    'Vasquez faced demands to act, since “every boat that runs aground costs us a season.”',
    'Vasquez rejected claims that “every boat that runs aground costs us a season.”',
    'Vasquez spoke amid claims that “every boat that runs aground costs us a season.”',
    'The hour Vasquez spent with Bell yielded, in the council’s telling, four demands: remember that “every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
  // A verb after its subject still gives the words to it; so does the phrase before a plural noun after a preposition.
  assert.match(only('Vasquez claims that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Elena Vasquez/);
  assert.match(only('Vasquez put it in plain terms: “Every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Elena Vasquez/);
});

test('of two quotes a quotation fits equally well, the one of the speaker it is credited to is the quotation', () => {
  const money = 'The harbour needs patience and money,';
  const courage = 'The harbour needs patience and courage,';
  const article = ['Dredging vote', '', `“${money}” said Mayor Ines Roca.`, '', `“${courage}” said engineer Pavel Dunn.`, ''].join('\n');
  const at = (needle: string) => article.indexOf(needle);
  const set: ReferenceSet = {
    name: 'Dredging vote',
    article: { file: 'article.txt', date: '2024-02-01' },
    people: [
      { id: 'ines-roca', name: 'Ines Roca', aliases: ['Roca'], pronoun: 'she', roles: [{ title: 'Mayor', offset: at('Mayor') }], mentions: [at('Ines Roca')] },
      { id: 'pavel-dunn', name: 'Pavel Dunn', aliases: ['Dunn'], pronoun: 'he', roles: [{ title: 'engineer', offset: at('engineer') }], mentions: [at('Pavel Dunn')] },
    ],
    organizations: [],
    quotes: [
      { id: 'money', text: money, speaker: 'ines-roca', offset: at(money) },
      { id: 'courage', text: courage, speaker: 'pavel-dunn', offset: at(courage) },
    ],
    facts: [],
  };
  const dredging = new ReferenceIndex(parseReference(JSON.stringify(set), '/virtual/dredging.json', () => article));
  for (const [speaker, word] of [['Roca', 'money'], ['Dunn', 'courage']]) {
    const text = `${speaker} said the town “needs patience and luck.”`;
    const altered = check(text, dredging).filter((f) => f.code === 'quote-altered');
    assert.equal(altered.length, 1, text);
    assert.equal(applyFix(text, preferredFix(altered[0])), `${speaker} said the town “needs patience and ${word}.”`);
  }
});

test('an outlet’s name follows its cue: "went on: “That …”" names no outlet, "went on Radio Norte" does', () => {
  const text = 'Raman spoke to Radio Norte. She went on: “Nothing leaves the bay.” She finished: “The sand goes back where the storms took it from.”';
  assert.deepEqual(reported(text, run(text)), []);
  assert.match(only('Raman went on the Coastal Herald to say that “nothing leaves the bay.”', 'outlet-mismatch').message, /Radio Norte, not Coastal Herald/);
});

test('a verb joined to a clause opened by "while" may share its subject or the main one’s: with two people, nobody is sure', () => {
  for (const text of [
    'Vasquez waited while Okafor met the council and said that “every boat that runs aground costs us a season.”',
    'Okafor met the council while Vasquez waited and said that “every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // A clause inside a phrase put before the subject is not what the verb joins; the phrase may run six words.
  assert.match(only('On the Friday before Okafor arrived, Raman met the council, the full board, and said that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
  // One person both ways: still that person.
  assert.match(only('Raman waited while Raman’s aide met the council and said that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
});

test('"the former" and "the latter" stand for the first and the second of the two people named just before', () => {
  const former = 'Okafor and Raman toured the quay. The former said: “Nothing leaves the bay.”';
  const finding = only(former, 'quote-misattributed');
  assert.match(finding.message, /Priya Raman saying these words, not Tom Okafor/);
  assert.equal(applyFix(former, preferredFix(finding)), 'Okafor and Raman toured the quay. Raman said: “Nothing leaves the bay.”');
  assert.match(only('Raman and Okafor disagreed. “Nothing leaves the bay,” the latter said.', 'quote-misattributed').message, /not Tom Okafor/);
  for (const text of [
    'Okafor and Raman toured the quay. The latter said: “Nothing leaves the bay.”',
    'Raman and Okafor disagreed, and the former called it “nothing leaves the bay.”',
    // Three people named: nobody sure; an adjective describing a noun stands for no one.
    'Okafor, Bell and Raman toured the quay. The former said: “Nothing leaves the bay.”',
    'Okafor toured the quay with the former engineer, who said: “Nothing leaves the bay.”',
  ]) assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
});

test('a name is a news outlet’s by a word for a medium or as a known outlet’s, not as a legislature’s or a place’s', () => {
  for (const name of ['Reuters', 'CNN', 'The Washington Post', 'Sky News', 'Radio Norte', 'the Marina Times', 'The Economist']) assert.ok(isNewsOutletName(name), name);
  for (const name of ['Congress', 'the Senate', 'Westport', 'the House Foreign Affairs Committee', 'Reuters Street Council']) assert.ok(!isNewsOutletName(name), name);
});

test('a sentence naming the outlet its quotation was given to takes no outlet from the sentence before', () => {
  const corrected = 'One roundup had Priya Raman speaking to the Coastal Herald. Her verdict that “nothing leaves the bay” was actually given to Radio Norte.';
  assert.deepEqual(run(corrected).filter((f) => f.code === 'outlet-mismatch'), []);
  // With no outlet of its own, the quotation was told to the outlet the sentence before had its speaker speak to.
  const borrowed = 'Priya Raman spoke to the Coastal Herald. “Nothing leaves the bay,” she said.';
  assert.equal(borrowed.slice(only(borrowed, 'outlet-mismatch').start, only(borrowed, 'outlet-mismatch').end), 'the Coastal Herald');
});

test('a person a copula names right before the colon opening a quotation says it ("The one who put it best was Raman: “…”")', () => {
  assert.deepEqual(reported('The engineer who put it best was Priya Raman: “Nothing leaves the bay.”', run('The engineer who put it best was Priya Raman: “Nothing leaves the bay.”')), []);
  assert.match(only('The official who put it best was Tom Okafor: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  // Not named by the copula after "not".
  const denied = 'The one who put it best was not Tom Okafor: “Nothing leaves the bay.”';
  assert.deepEqual(run(denied).filter((f) => f.code === 'quote-misattributed' && /not Tom Okafor/.test(f.message)), []);
  // A participle's phrase between the name and the colon, naming no one else, leaves the name the speaker.
  // (In a paragraph of its own, ending in the colon, before a block quote: the finding runs from the name.)
  const introduced = 'That was Tom Okafor, talking to Radio Norte:\n\n> “Nothing leaves the bay.”';
  const finding = only(introduced, 'quote-misattributed');
  assert.match(finding.message, /not Tom Okafor/);
  assert.equal(introduced.slice(finding.start, finding.end), introduced.slice(introduced.indexOf('Tom Okafor')));
  assert.deepEqual(reported('That was Priya Raman, talking to Radio Norte: “Nothing leaves the bay.”', run('That was Priya Raman, talking to Radio Norte: “Nothing leaves the bay.”')), []);
  assert.deepEqual(run('That was Priya Raman, talking about Tom Okafor: “Nothing leaves the bay.”').filter((f) => f.code === 'quote-misattributed'), []);
});

test('"“…” came from X": the words came from the person named after "came from"', () => {
  assert.match(only('The line that stuck — “Nothing leaves the bay” — came from Tom Okafor.', 'quote-misattributed').message, /not Tom Okafor/);
  for (const text of ['“Nothing leaves the bay” came from Priya Raman.', '“Nothing leaves the bay” came from a memo Tom Okafor had read.']) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
});

test('a signature naming the wrong speaker is fixed with its description, for the right speaker’s own: “— Tom Okafor, the mayor’s aide” becomes “— Priya Raman, the chief engineer …”', () => {
  const signed = (who: string) => `> “Nothing leaves the bay.”\n>\n> — ${who}\n`;
  const described = signed('Tom Okafor, the mayor’s aide');
  assert.equal(applyFix(described, preferredFix(only(described, 'quote-misattributed'))), signed('Priya Raman, the chief engineer at Delta Marine Consulting'));
  const bare = signed('Tom Okafor');
  assert.equal(applyFix(bare, preferredFix(only(bare, 'quote-misattributed'))), signed('Priya Raman'));
  // Someone introduced before needs no description again.
  const introduced = `Priya Raman spoke first.\n\n${described}`;
  assert.equal(applyFix(introduced, preferredFix(only(introduced, 'quote-misattributed'))), `Priya Raman spoke first.\n\n${signed('Priya Raman')}`);
});

test('a few words too weak to be judged altered alone are, when the next quotation goes on with the same quote exactly', () => {
  // "she shrugged" (no verb of saying) after her quotation: a continuation, too unsure to judge a weak alteration alone.
  const opening = 'Priya Raman told Radio Norte that “the work starts in May.” ';
  const split = `${opening}“Everything leaves the bay,” she shrugged. “The sand goes back where the storms took it from.”`;
  assert.equal(split.slice(only(split, 'quote-altered').start, only(split, 'quote-altered').end), 'Everything leaves the bay,');
  for (const text of [
    // Alone, or after the words that follow them in the quote, they may be anyone's.
    `${opening}“Everything leaves the bay,” she shrugged.`,
    `${opening}“The sand goes back where the storms took it from,” she shrugged. “Everything leaves the bay.”`,
  ]) assert.deepEqual(run(text).filter((f) => f.code === 'quote-altered'), [], text);
});

test('words quoted in what someone is said to have said may be the teller’s own ("Okafor said Bell had promised “…”")', () => {
  assert.match(only('Bell had promised that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Marcus Bell/);
  for (const text of ['Okafor said Raman and Bell had promised that “every boat that runs aground costs us a season.”', 'Okafor said that Bell had promised “every boat that runs aground costs us a season.”']) {
    assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), [], text);
  }
});

test('a name after "with", a nationality and a title between ("with Singaporean Foreign Minister Vivian Balakrishnan"), is no speaker', () => {
  const builtIn = builtInReference();
  const words = '“Intense competition requires sustained diplomacy to ensure that competition does not veer into confrontation or conflict.”';
  const misattributed = (text: string) => check(text, builtIn).filter((f) => f.code === 'quote-misattributed');
  assert.deepEqual(misattributed(`Blinken’s own formula came before his departure, with Singaporean Foreign Minister Vivian Balakrishnan at his side: ${words}`), []);
  assert.equal(misattributed(`Blinken left Washington. Singaporean Foreign Minister Vivian Balakrishnan said: ${words}`).length, 1);
});

test('a name right before a verb of saying in a clause with no "that" after a noun is its subject ("a relationship Beijing says is “…”")', () => {
  const builtIn = builtInReference();
  const misattributed = (teller: string) => check(`Blinken met Xi Jinping in Beijing on Monday, in a relationship ${teller} says is “at the lowest point since its establishment.”`, builtIn).filter((f) => f.code === 'quote-misattributed');
  assert.deepEqual(misattributed('Beijing'), []);
  assert.match(misattributed('Kritenbrink')[0]?.message ?? '', /not Daniel J Kritenbrink/);
});

test('a quotation ending on the reference’s word just past a cheaper cut runs on to it, with the words between changed back', () => {
  const text = 'Okafor said: “Every boat that runs aground costs the season.”';
  const finding = only(text, 'quote-altered');
  assert.match(finding.message, /“the” → “us a”/);
  assert.equal(applyFix(text, preferredFix(finding)), 'Okafor said: “Every boat that runs aground costs us a season.”');
  // Words added after the quotation's true end are still added, not read as the reference's.
  const added = 'Okafor said: “Every boat that runs aground costs us a season, and a fortune.”';
  assert.equal(applyFix(added, preferredFix(only(added, 'quote-altered'))), 'Okafor said: “Every boat that runs aground costs us a season.”');
});

test('a verb that may take a listener opens an inverted tag with the speaker after it ("…,” warned X"), but "told" does not', () => {
  for (const verb of ['warned', 'asked', 'urged', 'cautioned']) {
    const text = `“Every boat that runs aground costs us a season,” ${verb} Raman.`;
    assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('Raman', 'Okafor'), verb);
    const right = text.replace('Raman', 'Okafor');
    assert.deepEqual(reported(right, run(right)), [], right);
  }
  // "…” (told Raman)": whoever heard the words did not say them.
  const heard = '“Every boat that runs aground costs us a season,” told Raman.';
  assert.deepEqual(run(heard).filter((f) => f.code === 'quote-misattributed'), []);
});

test('a table cell holding only an outlet, under a header of whom people spoke to, is the outlet of the row’s one person', () => {
  const table = (header: string, row: string) => `| Who | Role | ${header} |\n| --- | --- | --- |\n${row}\n`;
  for (const header of ['Spoke to', 'Outlet', 'Interviewed by']) {
    const wrong = table(header, '| Priya Raman | engineer | Coastal Herald |');
    const finding = only(wrong, 'outlet-mismatch');
    assert.match(finding.message, /Radio Norte only/);
    assert.equal(applyFix(wrong, preferredFix(finding)), wrong.replace('Coastal Herald', 'Radio Norte'));
  }
  const withThe = table('Spoke to', '| Priya Raman | engineer | the Coastal Herald |');
  const flagged = only(withThe, 'outlet-mismatch');
  assert.equal(withThe.slice(flagged.start, flagged.end), 'Coastal Herald');
  for (const text of [
    table('Spoke to', '| Priya Raman | engineer | Radio Norte |'),
    // A header telling of something else; a row of two people; someone the reference has speaking to no outlet;
    // a cell saying more than the outlet's name.
    table('Reads', '| Priya Raman | engineer | Coastal Herald |'),
    table('Spoke to', '| Priya Raman and Tom Okafor | engineers | Coastal Herald |'),
    table('Spoke to', '| Tom Okafor | engineer | Coastal Herald |'),
    table('Spoke to', '| Priya Raman | engineer | Coastal Herald, in 2019 |'),
  ]) assert.deepEqual(reported(text, run(text)), [], text);
});

test('a block quote with no quotation marks, signed on a line of its own, is flagged with the name that signs it', () => {
  for (const text of ['Few agreed.\n\n> Every boat that runs aground costs us a season.\n>\n> — Priya Raman, engineer\n', 'Few agreed.\n\n> Every boat that runs aground costs us a season.\n> — Priya Raman\n']) {
    const finding = only(text, 'quote-misattributed');
    assert.match(text.slice(finding.start, finding.end), /Every boat[\s\S]*Priya Raman$/, text);
    // Signed by its speaker, it is quoted exactly: the signature is no word of it.
    const right = text.replace('Priya Raman', 'Tom Okafor');
    assert.deepEqual(reported(right, run(right)), [], right);
  }
});

test('a name after a verb and a description run into it ("received Microsoft co-founder Bill Gates and told him “…”") is the verb’s object, not the speaker', () => {
  const text = 'Three days before that, the Chinese leader received Microsoft co-founder Bill Gates and told him the two countries can cooperate to “benefit our two countries.”';
  assert.deepEqual(check(text, builtInReference()).filter((f) => f.code === 'quote-misattributed'), []);
  // The name as the subject is the speaker still.
  const subject = 'Priya Raman met Councillor Marcus Bell and told him “every boat that runs aground costs us a season.”';
  assert.match(only(subject, 'quote-misattributed').message, /not Priya Raman/);
});

test('a body after a preposition in the lead of a quotation ("described it to the Coastal Herald:") is not its speaker', () => {
  const text =
    'Few people know the grind better than Scott Mulhouser, who served as chief of staff at the US Embassy in Beijing and who described the balancing act to USA Today in terms that could double as a job description:\n\n> “That work involves balancing where we need to be tough and looking for ways to find solutions to broader global issues.”';
  assert.deepEqual(check(text, builtInReference()).filter((f) => f.code === 'quote-misattributed'), []);
  // "According to" names the source.
  const source = 'According to the Coastal Herald: “Every boat that runs aground costs us a season.”';
  assert.match(only(source, 'quote-misattributed').message, /not Coastal Herald/);
});

test('a short label opening a block quote ("> Raman: …", "> Part 2: …") names its speaker or its part and is no word of the quotation', () => {
  const spoken = '> Raman: every boat that runs aground costs us a season';
  assert.equal(applyFix(spoken, preferredFix(only(spoken, 'quote-misattributed'))), '> Okafor: every boat that runs aground costs us a season');
  for (const text of ['> Okafor: every boat that runs aground costs us a season', '> Part 2: *every boat that runs aground*\n\nMore below.']) {
    assert.deepEqual(reported(text, run(text)), [], text);
  }
});

test('the fix of a misattributed quote takes out the wrong speaker’s body’s possessive before the name ("Delta Marine Consulting’s Raman")', () => {
  for (const [text, fixed] of [
    ['“Every boat that runs aground costs us a season,” Delta Marine Consulting’s Raman said.', '“Every boat that runs aground costs us a season,” Okafor said.'],
    ['The Coastal Herald’s Priya Raman wrote that “every boat that runs aground costs us a season.”', 'Tom Okafor wrote that “every boat that runs aground costs us a season.”'],
  ]) {
    assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), fixed, text);
  }
});

test('three words, two of them agreeing words that carry meaning, are an altered quote of their own speaker ("costs, and season")', () => {
  const text = 'Okafor said every stranding “costs, and season”.';
  assert.match(only(text, 'quote-altered').message, /“and” → “us a”/);
  // Given to someone else, or agreeing in one word, they are no quote of the reference.
  for (const other of ['Raman said every stranding “costs, and season”.', 'Okafor said every stranding “costs, and money”.']) {
    assert.deepEqual(run(other).filter((f) => f.code === 'quote-altered' || f.code === 'quote-misattributed'), [], other);
  }
});

test('a table column headed "What they said" holds the row’s person’s words, not claims told as wrong', () => {
  const text = '| Who | What they said |\n|---|---|\n| Tom Okafor | “Every boat that runs aground costs us a year.” |\n';
  assert.match(only(text, 'quote-altered').message, /“year” → “season”/);
});

test('a line under a quotation ending in a colon introduces the next quotation and is no caption of the one above', () => {
  const text = 'Okafor explained the stakes. The channel matters, he said,\n\n> “Every boat that runs aground costs us a season.”\n\nPriya Raman, speaking to Radio Norte, gave her verdict:\n\n> “Nothing leaves the bay.”\n';
  assert.deepEqual(reported(text, run(text)), []);
});

test('"admitted" introduces words as "said" does', () => {
  assert.match(only('“Every boat that runs aground costs us a season,” Raman admitted.', 'quote-misattributed').message, /Tom Okafor/);
  assert.deepEqual(reported('“Every boat that runs aground costs us a season,” Okafor admitted.', run('“Every boat that runs aground costs us a season,” Okafor admitted.')), []);
});

test('a remark told only as given to an outlet that closes the sentence names the outlet ("made the remark to X.")', () => {
  const finding = only('Priya Raman made the remark to the Coastal Herald.', 'outlet-mismatch');
  assert.match(finding.message, /Radio Norte/);
  for (const clean of ['Priya Raman made the remark to Radio Norte.', 'Priya Raman made her comments to the Coastal Herald last year.', 'Priya Raman made the remark to the council.']) {
    assert.deepEqual(run(clean).filter((f) => f.code === 'outlet-mismatch'), [], clean);
  }
});

test('"…,” according to her comments to X" names whom the words were told to; "according to X’s remarks" whose they are', () => {
  const wrong = 'Raman called the plan sound: “Nothing leaves the bay,” according to her comments to the Coastal Herald.';
  assert.equal(applyFix(wrong, preferredFix(only(wrong, 'outlet-mismatch'))), wrong.replace('the Coastal Herald', 'Radio Norte'));
  assert.deepEqual(run(wrong.replace('the Coastal Herald', 'Radio Norte')).filter((f) => f.code === 'outlet-mismatch'), []);
  assert.match(only('The cost is plain: “Every boat that runs aground costs us a season,” according to Raman’s remarks.', 'quote-misattributed').message, /Tom Okafor/);
});

test('a table cell holding a name and a body after a comma or in brackets names the speaker; the fix replaces both', () => {
  const table = (who: string) => `| Speaker | Quote |\n|---|---|\n| ${who} | “Every boat that runs aground costs us a season.” |\n`;
  for (const [who, right] of [['Priya Raman, Delta Marine', 'Tom Okafor, Port Almera'], ['Priya Raman (Delta Marine Consulting)', 'Tom Okafor, Port Almera']]) {
    const text = table(who);
    assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), table(right), who);
  }
  // Someone else named in the cell, or a cell telling what the person did: not a plain label.
  for (const who of ['Priya Raman, quoting Tom Okafor', 'Priya Raman, responding to Okafor', 'Tom Okafor, Port Almera']) {
    assert.deepEqual(run(table(who)).filter((f) => f.code === 'quote-misattributed'), [], who);
  }
});

test('built-in set: "he" after "what the Secretary said" does not carry the previous quotation’s speaker, who holds no such title', () => {
  const draft = (who: string) => `Craig Singleton called the trip “purely performative.” He is free to think so. Remember what ${who} said before he flew out. The two leaders, he noted, had agreed to talk more “precisely so that we can make sure we are communicating,” he said.`;
  assert.deepEqual(check(draft('the Secretary'), builtInReference()).filter((f) => f.code === 'quote-misattributed'), []);
  // A description the previous speaker holds ("China expert") is still that speaker.
  assert.equal(check(draft('the expert'), builtInReference()).filter((f) => f.code === 'quote-misattributed').length, 1);
});

test('a name in a cell after the quotation’s, under a header for who said it ("| Quote | Speaker |"), is the speaker', () => {
  const table = (header: string, who: string) => `| Quote | ${header} |\n|---|---|\n| “Every boat that runs aground costs us a season.” | ${who} |\n`;
  const wrong = table('Speaker', 'Priya Raman');
  assert.equal(applyFix(wrong, preferredFix(only(wrong, 'quote-misattributed'))), table('Speaker', 'Tom Okafor'));
  for (const text of [table('Who said it', 'Tom Okafor'), table('Disputed by', 'Priya Raman'), table('Speaker', 'Priya Raman and others')]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
});

test('"an interview she gave X" names the outlet as "gave X an interview" does', () => {
  const wrong = 'Priya Raman, according to an interview she gave the Coastal Herald, called it final: “Nothing leaves the bay.”';
  assert.equal(applyFix(wrong, preferredFix(only(wrong, 'outlet-mismatch'))), wrong.replace('the Coastal Herald', 'Radio Norte'));
  for (const clean of [wrong.replace('the Coastal Herald', 'Radio Norte'), 'Priya Raman, in the spirit she gave the Coastal Herald, called it final: “Nothing leaves the bay.”']) {
    assert.deepEqual(run(clean).filter((f) => f.code === 'outlet-mismatch'), [], clean);
  }
});

test('a speaker’s label before a colon and a first-person "I’d" are no unknown name: "PANELIST 2 (Jane Morrow): I’d add Okafor’s point, that “…”"', () => {
  for (const text of [
    'PANELIST 2 (Jane Morrow): I’d add Okafor’s point, that “every boat that runs aground costs us a season.”',
    'Jane Morrow: I’d add the harbour master’s point, that “every boat that runs aground costs us a season.”',
  ]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
  // A name the reference does not know still speaks: "Jane Morrow said “…”" gives Okafor's words to her.
  assert.match(only('Jane Morrow said “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Jane Morrow/);
});

test('built-in set: notes’ "w/" is "with": the name after it is company, not the speaker ("Xi w/ Gates, said “…”")', () => {
  const misattributed = (text: string) => check(text, builtInReference()).filter((f) => f.code === 'quote-misattributed');
  assert.deepEqual(misattributed('- Day before Biden’s Saturday remarks -> Xi w/ Gates, said both sides can work together to “benefit our two countries.”'), []);
  assert.equal(misattributed('- Day before Biden’s Saturday remarks -> Gates w/ Xi, said both sides can work together to “benefit our two countries.”').length, 1);
});

test('a transcript’s speaker label before a clause put first leaves that clause put first ("HOST: Before Okafor spoke, Priya Raman, the engineer, said “…”")', () => {
  for (const label of ['HOST:', '**[00:02:10] HOST:**', 'PANELIST 2 (Ann Lee):']) {
    const text = `${label} Before Okafor spoke, Priya Raman, the engineer, said “Nothing leaves the bay.”`;
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), [], text);
  }
  // The clause's own speaker is still read: Okafor's words given to Raman.
  assert.match(only('HOST: Before the vote, Priya Raman said that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /Tom Okafor/);
});

test('a possessive description opening a sentence ("The mayor’s own line … was blunt: “…,” she said") is someone else the pronoun may stand for', () => {
  const text = 'Priya Raman said the plan “may work”, yet she called the silt a worry. The mayor’s own line, given at the vote, was blunt: “This harbour built the town, and it will not be allowed to silt up on my watch,” she said.';
  assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), []);
  // A description the person named before holds leaves her the speaker: Vasquez's words given to Raman.
  assert.equal(run(text.replace('The mayor’s', 'The engineer’s')).filter((f) => f.code === 'quote-misattributed').length, 1);
});

test('words whose owner opens the clause are the owner’s, whoever a time clause or a preposition names before the verb', () => {
  // Someone named in an aside between commas, or after "to", does not say the words.
  const owners = ['Okafor’s blunt words to Raman, a day before she met Bell, amounted to saying that “every boat that runs aground costs us a season.”', 'Even Okafor’s remarks, made after Raman left, said “every boat that runs aground costs us a season.”'];
  for (const text of owners) assert.deepEqual(reported(text, run(text)), [], text);
  // The owner is the speaker, right or wrong.
  assert.match(only('Raman’s blunt words to Okafor, a day before Bell spoke, amounted to saying “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
  // Not someone else acting on the words: "X's comments led Y to say" gives them to Y.
  assert.match(only('Okafor’s comments led Raman to say “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
});

test('a name after "with" and a body’s title ("with Harbour Trust co-founder Priya Raman") is the preposition’s object, not the speaker', () => {
  for (const text of [
    'The vote came two days after Okafor, in a meeting with Harbour Trust co-founder Priya Raman, had warned of delays, saying “every boat that runs aground costs us a season.”',
    'The vote came two days after Okafor, in a meeting with Almera Dredging Corp. co-founder Priya Raman, had warned of delays, saying “every boat that runs aground costs us a season.”',
  ]) assert.deepEqual(reported(text, run(text)), [], text);
  // Named as the subject with the same description, she is the speaker.
  assert.match(only('Harbour Trust co-founder Priya Raman said “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Priya Raman/);
});

test('"the former Vasquez-era official" is the one person named just before who held a post in the past, not Vasquez', () => {
  const set = JSON.parse(JSON.stringify(harbor().loaded.set)) as ReferenceSet;
  for (const role of set.people.find((person) => person.id === 'marcus-bell')!.roles) role.former = true;
  const formerBell = new ReferenceIndex(parseReference(JSON.stringify(set), '/virtual/harbor.json', () => harbor().loaded.articleText));
  const opening = 'Marcus Bell, who sat on the council under Mayor Vasquez, spoke first. Okafor followed.';
  const wrong = `${opening} “Nothing leaves the bay,” the former Vasquez-era official said.`;
  assert.deepEqual(reported(wrong, check(wrong, formerBell)).map((line) => line.slice(0, 'quote-misattributed'.length)), ['quote-misattributed']);
  assert.match(check(wrong, formerBell).find((f) => f.code === 'quote-misattributed')!.message, /not Marcus Bell/);
  // A name right before the description's head is whom the person served too: "the former Vasquez official".
  const official = `${opening} “Nothing leaves the bay,” said the former Vasquez official.`;
  assert.match(check(official, formerBell).find((f) => f.code === 'quote-misattributed')?.message ?? '', /not Marcus Bell/);
  for (const text of [
    `${opening} “A very expensive way to move a problem down the coast,” the former Vasquez administration official said.`,
    // Vasquez is whom the official served, not the official; nor is anyone without a past post.
    'Vasquez spoke first. “Nothing leaves the bay,” the former Vasquez administration official said.',
    'Okafor spoke first. “Nothing leaves the bay,” the former Vasquez-era official said.',
    'Vasquez spoke first. “Nothing leaves the bay,” said the former Vasquez official.',
  ]) assert.deepEqual(reported(text, check(text, formerBell)), [], text);
});

test('"X, who two days before meeting Y had told …": the "who" is the speaker across a phrase of time naming someone else', () => {
  const clean = 'Okafor, who two days before meeting Raman had told the council that “every boat that runs aground costs us a season,” left early.';
  assert.deepEqual(reported(clean, run(clean)), []);
  assert.match(only('Bell, who two days before meeting Okafor had told the council that “every boat that runs aground costs us a season,” left early.', 'quote-misattributed').message, /not Marcus Bell/);
});

test('initials or a name before ", who …," are the subject of the verb after the relative clause, never an "it" inside it', () => {
  const text = 'TO, who told the Coastal Herald that the plan was late because it had no money, added: “Every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(text, run(text)), []);
  // Named, the one before "who" speaks, right or wrong.
  assert.match(only(text.replace('TO,', 'Raman,'), 'quote-misattributed').message, /not Priya Raman/);
});

test('a possessive in a participle’s phrase put before the subject ("Speaking … while Okafor’s crews were at work, the chief engineer …:") is not the speaker', () => {
  const text = 'Raman reads every plan against the last. Speaking to the Coastal Herald while Okafor’s crews were still at work, the chief engineer of Delta Marine Consulting kept her verdict mild: “Nothing leaves the bay.”';
  assert.deepEqual(reported(text, run(text)), []);
});

test('a speaker cell after the quotation may give where the person works: "| “…” | Priya Raman, Delta Marine Consulting |"', () => {
  const table = (speaker: string) => `| Quote | Speaker |\n| --- | --- |\n| “Every boat that runs aground costs us a season.” | ${speaker} |\n`;
  assert.match(only(table('Priya Raman, Delta Marine Consulting'), 'quote-misattributed').message, /not Priya Raman/);
  assert.deepEqual(reported(table('Tom Okafor, Port Almera'), run(table('Tom Okafor, Port Almera'))), []);
  // Not a cell telling what someone did: that is no speaker's label.
  assert.deepEqual(reported(table('Priya Raman, quoting Okafor'), run(table('Priya Raman, quoting Okafor'))), []);
});

test('a title’s abbreviation heading a description ("the Singaporean FM said") stands for the title, as "the Singaporean minister" does', () => {
  const builtIn = builtInReference();
  const said = (words: string) => `Vivian Balakrishnan spoke in Washington. Blinken listened. “${words},” the Singaporean FM said.`;
  const wrong = said('Intense competition requires sustained diplomacy to ensure that competition does not veer into confrontation or conflict');
  assert.match(check(wrong, builtIn).find((f) => f.code === 'quote-misattributed')!.message, /not Vivian Balakrishnan/);
  const right = said('There are fundamental differences in outlook, in values');
  assert.deepEqual(reported(right, check(right, builtIn)), []);
});

test('a claim the next speaker’s turn sets right, opening by correcting it and giving the right value, is not the draft’s', () => {
  const claim = '**CALLER:** Vasquez told Radio Norte: “We listened to the fishermen before we listened to the engineers.”';
  for (const turn of ['**HOST:** It was the Coastal Herald, actually.', '**HOST:** Let me stop you — that was the Coastal Herald.', 'HOST: No, she told the Coastal Herald.']) {
    const text = `${claim}\n\n${turn}`;
    assert.deepEqual(reported(text, run(text)), [], text);
  }
  // Not corrected: a turn that neither opens by correcting it nor gives the right outlet.
  for (const turn of ['**HOST:** It was a good point.', '**HOST:** The Coastal Herald ran a piece too.', '**HOST:** No, I disagree with her.']) {
    const text = `${claim}\n\n${turn}`;
    assert.equal(only(text, 'outlet-mismatch').code, 'outlet-mismatch', text);
  }
});

test('a description before a name with a word for a person and a word telling the post is past ("the former Vasquez official Marcus Bell went further:") is the name’s', () => {
  const text = 'And the former Vasquez official Marcus Bell went further: “Every boat that runs aground costs us a season.”';
  assert.match(only(text, 'quote-misattributed').message, /Tom Okafor saying these words, not Marcus Bell/);
  const right = 'And the former Vasquez official Tom Okafor went further: “Every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(right, run(right)), []);
});

test('a participle of saying right after a quotation, with a short phrase naming an outlet ("…,” adding in an interview with X: “…”"), is the same speaker’s, told to that outlet', () => {
  const draft = (outlet: string) => `Priya Raman called the plan “nothing leaves the bay,” adding in an interview with ${outlet}: “The sand goes back where the storms took it from.”`;
  const finding = only(draft('the Coastal Herald'), 'outlet-mismatch');
  assert.equal(draft('the Coastal Herald').slice(finding.start, finding.end), 'the Coastal Herald');
  assert.deepEqual(reported(draft('Radio Norte'), run(draft('Radio Norte'))), []);
  // A phrase naming someone else leaves the second quotation's speaker to the other rules.
  const other = 'Priya Raman called the plan “nothing leaves the bay,” adding after Okafor spoke: “The sand goes back where the storms took it from.”';
  assert.deepEqual(reported(other, run(other)).filter((line) => line.startsWith('outlet-mismatch')), []);
});

test('a claim the next sentence calls wrong, itself or the sentence after giving the right value, is not the draft’s', () => {
  for (const text of ['A pupil wrote: “Tom Okafer runs the harbour.” The job is right; the spelling is not. It is Tom Okafor.', 'Tom Okafer runs the harbour. That spelling is wrong: it is Tom Okafor.']) {
    assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('name-misspelled')), [], text);
  }
  // Not called wrong, or called wrong without the right value: still flagged.
  for (const text of ['Tom Okafer runs the harbour. The job is right. Tom Okafor agreed.', 'Tom Okafer runs the harbour. The job is right; the spelling is not.']) {
    assert.equal(only(text, 'name-misspelled').code, 'name-misspelled', text);
  }
});

test('a description set off after an object, right before ", and said", is not the subject of the verb "and" joins', () => {
  const text = 'Before leaving the port he appeared alongside Priya Raman, the chief engineer, and said that “every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(text, run(text)).filter((line) => line.startsWith('quote-misattributed')), []);
  // The subject named: the words are the subject's.
  assert.match(only('Marcus Bell appeared alongside Tom Okafor, the harbour master, and said that “every boat that runs aground costs us a season.”', 'quote-misattributed').message, /not Marcus Bell/);
});

test('an "it" before a passive ("It is concluded that …") stands for nobody, so names no source of the words', () => {
  const builtIn = builtInReference();
  const words = 'Blinken “underscored the importance of responsibly managing the competition between the United States and the PRC through open channels of communication to ensure competition does not veer into conflict.”';
  const lead = 'The AUKUS partnership was meanwhile being taken forward.\n\n';
  for (const text of [`${lead}It is concluded, tentatively, that the framings converge on one claim, captured in the State Department’s summary that ${words}`, `${lead}It was widely reported that ${words}`]) {
    assert.deepEqual(reported(text, check(text, builtIn)).filter((line) => line.startsWith('quote-misattributed')), [], text);
  }
  // An "it" acting still stands for what it refers to.
  assert.match(check(`${lead}It said that ${words}`, builtIn).find((f) => f.code === 'quote-misattributed')?.message ?? '', /not AUKUS/);
});

test('"X was quoted by Y as saying “…”": the words are X’s, told to Y', () => {
  const asSaying = 'Priya Raman was quoted by the Coastal Herald as saying “nothing leaves the bay.”';
  assert.deepEqual(reported(asSaying, run(asSaying)).map((line) => line.slice(0, line.indexOf(':'))), ['outlet-mismatch']);
  assert.match(only('Tom Okafor was quoted by the Coastal Herald: “Nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
  // A name opening a paragraph is no object of a preposition in the paragraph before.
  const after = 'Then, earlier on Monday, came the main course: a roughly three-hour sit-down with Wang Yi, China’s top diplomat.\n\nCraig Singleton, a China expert at the Foundation for Defense of Democracies, was quoted by Al Jazeera as describing the visit as “in many respects, purely performative.”';
  assert.deepEqual(reported(after, check(after, builtInReference())).map((line) => line.slice(0, line.indexOf(':'))), ['outlet-mismatch']);
});

test('a description after a quotation may hold a body’s name of several words and a part of it ("the managing director of the German Marshall Fund’s Indo-Pacific Program told …")', () => {
  const builtIn = builtInReference();
  const draft = (outlet: string) => `Bonnie Glaser spoke. “Given the deep mistrust in the relationship, so far the visit has gone better than I expected,” the managing director of the German Marshall Fund’s Indo-Pacific Program told ${outlet}.`;
  const finding = check(draft('Reuters'), builtIn).find((f) => f.code === 'outlet-mismatch');
  assert.equal(finding && draft('Reuters').slice(finding.start, finding.end), 'Reuters');
  assert.deepEqual(reported(draft('Al Jazeera'), check(draft('Al Jazeera'), builtIn)), []);
});

test('"the analyst" may describe someone whose title ends in another word for one who studies a field ("coastal erosion expert")', () => {
  const set = JSON.parse(JSON.stringify(harbor().loaded.set)) as ReferenceSet;
  set.people.find((person) => person.id === 'priya-raman')!.roles[0].title = 'coastal erosion expert';
  const expert = new ReferenceIndex(parseReference(JSON.stringify(set), '/virtual/harbor.json', () => harbor().loaded.articleText));
  const opening = 'Priya Raman, a coastal erosion expert, spoke to the council.';
  const wrong = `${opening} “Every boat that runs aground costs us a season,” the analyst added.`;
  assert.match(check(wrong, expert).find((f) => f.code === 'quote-misattributed')?.message ?? '', /not Priya Raman/);
  const right = `${opening} “Nothing leaves the bay,” the analyst added.`;
  assert.deepEqual(check(right, expert).filter((f) => f.code === 'quote-misattributed'), []);
  // A word for an office is not one for an expert: "the official" stays unknown.
  const official = `${opening} “Every boat that runs aground costs us a season,” the official added.`;
  assert.deepEqual(check(official, expert).filter((f) => f.code === 'quote-misattributed'), []);
});

test('"“…,” the paper quoted X as saying": whom a verb of quoting quotes is the speaker, not the paper', () => {
  assert.match(only('“Every boat that runs aground costs us a season,” the paper quoted Raman as saying.', 'quote-misattributed').message, /not Priya Raman/);
  const right = '“Every boat that runs aground costs us a season,” the paper quoted Okafor as saying.';
  assert.deepEqual(run(right).filter((f) => f.code === 'quote-misattributed'), []);
  // Without "as", the name may be anything the paper quoted beside the words.
  const beside = '“Every boat that runs aground costs us a season,” the paper wrote, and quoted Raman too.';
  assert.deepEqual(run(beside).filter((f) => f.code === 'quote-misattributed'), []);
});

test('a description fitting the person the piece is about, no one else it fits named in the paragraph or three sentences before, is that person ("“…,” the engineer said")', () => {
  const set = JSON.parse(JSON.stringify(harbor().loaded.set)) as ReferenceSet;
  set.people.find((person) => person.id === 'marcus-bell')!.roles[0].title = 'site engineer';
  const engineers = new ReferenceIndex(parseReference(JSON.stringify(set), '/virtual/harbor.json', () => harbor().loaded.articleText));
  const about = 'Priya Raman has spent a decade on the bay. Raman says the sand moves every winter. Raman wants the work done.\n\n';
  const later = 'The council met on Thursday. Members argued for hours. The vote was close. Nobody left early.';
  const draft = (words: string, before = later) => `${about}${before} “${words},” the engineer said.\n`;
  const misattributed = (text: string) => check(text, engineers).filter((f) => f.code === 'quote-misattributed');
  assert.match(misattributed(draft('Every boat that runs aground costs us a season'))[0]?.message ?? '', /not Priya Raman/);
  assert.deepEqual(misattributed(draft('Nothing leaves the bay')), []);
  // Someone else it fits, named in the paragraph, leaves it unsure; so does a description of the past.
  assert.deepEqual(misattributed(draft('Every boat that runs aground costs us a season', `Marcus Bell walked the site. ${later}`)), []);
  assert.deepEqual(misattributed(`${about}${later} “Every boat that runs aground costs us a season,” the former engineer said.\n`), []);
});

test('a description fitting someone named in another paragraph and the person the piece is about too may be either; "the secretary says" after a name in its sentence is no one the name’s pronoun goes on with', () => {
  const set = JSON.parse(JSON.stringify(harbor().loaded.set)) as ReferenceSet;
  set.people.find((person) => person.id === 'marcus-bell')!.roles[0].title = 'Secretary of the Port Council';
  set.people.find((person) => person.id === 'priya-raman')!.roles[0].title = 'Secretary of Works';
  const secretaries = new ReferenceIndex(parseReference(JSON.stringify(set), '/virtual/harbor.json', () => harbor().loaded.articleText));
  const misattributed = (text: string) => check(text, secretaries).filter((f) => f.code === 'quote-misattributed').map((f) => f.message);
  const about = '# Raman and the bay\n\nPriya Raman has spent a decade on the bay. Raman says the sand moves every winter. The town listens. The council waits.\n\n';
  // Raman's words: Bell, named in the bullet before, is not sure to be "the secretary".
  assert.deepEqual(misattributed(`${about}- March: Marcus Bell inspects the channel.\n- April: “Nothing leaves the bay,” the secretary says.\n`), []);
  // Named in the same paragraph, he is.
  assert.match(misattributed(`${about}- April: Marcus Bell inspects the channel. “Nothing leaves the bay,” the secretary says.\n`)[0] ?? '', /not Marcus Bell/);
  // Words neither of them said are misattributed either way.
  assert.match(misattributed(`${about}- March: Marcus Bell inspects the channel.\n- April: “Every boat that runs aground costs us a season,” the secretary says.\n`)[0] ?? '', /Tom Okafor saying these words, not the secretary/);
  // Nor when the piece is about someone else, and the text before names the other secretary more than once.
  const aboutOkafor = '# The yard\n\nTom Okafor runs the yard. Okafor hires divers. Okafor pays well. Priya Raman has spent a decade on the bay. Raman says the sand moves every winter. The town listens. The council waits.\n\n';
  assert.deepEqual(misattributed(`${aboutOkafor}- March: Marcus Bell inspects the channel.\n- April: “Nothing leaves the bay,” the secretary says.\n`), []);
  // "she" after "…, Elena Vasquez, the secretary says she …" need not be Vasquez.
  assert.deepEqual(misattributed(`${about}- Before the vote — Speaking at the harbour beside the mayor, Elena Vasquez, the secretary says she will press on.\n\n> “Nothing leaves the bay,” she said.\n`), []);
});

test('someone set apart by "not" before "who said" is not whose the words are ("It was she, not the harbour master, who said …")', () => {
  assert.deepEqual(reported('Priya Raman spoke after Okafor. It was she, not the harbour master, who said that “nothing leaves the bay.”', run('Priya Raman spoke after Okafor. It was she, not the harbour master, who said that “nothing leaves the bay.”')), []);
  // Without "not", the one before "who said" is the speaker.
  assert.match(only('Priya Raman spoke after Okafor. It was the harbour master who said that “nothing leaves the bay.”', 'quote-misattributed').message, /not Tom Okafor/);
});

test('a headline may leave words out of a quote, adding or changing none and dropping no "not" or "nearly"', () => {
  const heading = (words: string) => `# Harbour\n\n## '${words}'\n\nOkafor spoke to the council.\n`;
  for (const trimmed of ['Every boat costs us a season', 'The channel has lost nearly a metre']) assert.deepEqual(reported(heading(trimmed), run(heading(trimmed))), [], trimmed);
  assert.match(only(heading('The channel has lost a metre of depth'), 'quote-altered').message, /“nearly” missing/);
  assert.match(only(heading('Every boat that runs aground costs us a summer'), 'quote-altered').message, /summer/);
  // In the body, words left out without an ellipsis still alter the quote.
  assert.match(only('Okafor said: “Every boat costs us a season.”', 'quote-altered').message, /^Altered quote: Tom Okafor/);
});

test('a name after a preposition and a comma opens an aside of saying, not the preposition\'s object ("The best anyone could hope for, Raman said, was “…”")', () => {
  const text = 'The worst anyone could ask for, Raman said, was that “every boat that runs aground costs us a season.”';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('Raman', 'Okafor'));
  assert.deepEqual(run(text.replace('Raman', 'Okafor')).map((f) => f.code), []);
  // Without the comma the name is the preposition's object, and says nothing.
  assert.equal(run('The worst anyone could ask for Raman was that “every boat that runs aground costs us a season.”').filter((f) => f.code === 'quote-misattributed').length, 0);
});

test('a name after a description with a company\'s abbreviation ("hosted Almera Dredging Corp. co-founder Priya Raman and said") is the verb\'s object, not the speaker', () => {
  const text = 'Three days earlier, the harbour master hosted Almera Dredging Corp. co-founder Priya Raman and said that “every boat that runs aground costs us a season.”';
  assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed'), []);
  // Named as the subject, the speaker is still judged.
  assert.equal(only(text.replace('the harbour master hosted', 'Raman, the engineer, hosted').replace('Priya Raman', 'Marcus Bell'), 'quote-misattributed').code, 'quote-misattributed');
});

test('an outlet\'s own words credited before the quotation by a verdict ("An Al Jazeera analysis was blunt: “…”") or after an opening "as" ("As the Guardian put it, “…”") name the wrong outlet', () => {
  // The built-in set has these words as the BBC's own.
  const words = '“A satisfactory outcome from this trip for both sides might be simply the opening of communication channels that prevent an incident leading to military conflict.”';
  const fixedAs = (lead: string) => {
    const text = `${lead} ${words}`;
    const found = check(text, builtInReference()).filter((f) => f.code === 'outlet-mismatch' || f.code === 'quote-misattributed');
    assert.deepEqual(found.map((f) => f.code), ['outlet-mismatch'], text);
    return applyFix(text, preferredFix(found[0])).slice(0, -words.length - 1);
  };
  assert.equal(fixedAs('An Al Jazeera analysis was blunt:'), 'A BBC analysis was blunt:');
  assert.equal(fixedAs('As the Guardian put it,'), 'As the BBC put it,');
  assert.equal(fixedAs('As Reuters put it,'), 'As the BBC put it,');
  // The name, then what it did in its own piece: "… in its analysis, which concluded:".
  assert.equal(fixedAs('The Guardian struck a note of realism in its analysis, which concluded:'), 'The BBC struck a note of realism in its analysis, which concluded:');
  assert.equal(fixedAs('The Guardian, in its analysis, concluded:'), 'The BBC, in its analysis, concluded:');
  // After the words, the piece first: "…,” an analysis by the Financial Times concluded."
  const pieceFirst = (outlet: string) => `${words.replace(/\.”$/, ',”')} an analysis by ${outlet} concluded.`;
  const byFt = check(pieceFirst('the Financial Times'), builtInReference()).filter((f) => f.code === 'outlet-mismatch');
  assert.equal(byFt.length, 1);
  assert.equal(applyFix(pieceFirst('the Financial Times'), preferredFix(byFt[0])), pieceFirst('the BBC'));
  assert.deepEqual(check(pieceFirst('the BBC'), builtInReference()).filter((f) => f.severity !== 'information'), []);
  for (const lead of ['As the BBC put it,', 'A BBC analysis was blunt:', 'The BBC piece was blunt:', 'The BBC struck a note of realism in its analysis, which concluded:']) {
    assert.deepEqual(check(`${lead} ${words}`, builtInReference()).filter((f) => f.severity !== 'information'), [], lead);
  }
});

test('someone named in a clause of "as" and a pronoun after the verb ("said as she stood beside X") leaves the speaker certain', () => {
  const text = 'The plan, Raman said as she stood beside Okafor on the quay, was that “every boat that runs aground costs us a season.”';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('Raman said as she stood beside Okafor', 'Okafor said as she stood beside Okafor'));
  assert.deepEqual(run('The plan, Okafor said as he stood beside Raman on the quay, was that “every boat that runs aground costs us a season.”').filter((f) => f.code === 'quote-misattributed'), []);
});

test('a participle of saying after the object of a verb of showing or quoting ("The Coastal Herald’s report had Priya Raman, the engineer, saying: “…”") has that object as its subject', () => {
  const text = 'The Coastal Herald’s report had Priya Raman, the engineer, saying: “Every boat that runs aground costs us a season.”';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('Priya Raman', 'Tom Okafor'));
  for (const clean of ['The Coastal Herald’s report had Tom Okafor, the harbour master, saying: “Every boat that runs aground costs us a season.”', 'The Coastal Herald’s piece quoted Tom Okafor, saying: “Every boat that runs aground costs us a season.”']) {
    assert.deepEqual(run(clean).filter((f) => f.code === 'quote-misattributed' || f.code === 'outlet-mismatch'), [], clean);
  }
});

test('"in X\'s phrase" after a quotation names its speaker as "in X\'s words" does', () => {
  const text = 'The dredging plan was “a very expensive way to move a problem down the coast”, in Raman’s phrase.';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('Raman’s', 'Bell’s'));
  assert.deepEqual(run(text.replace('Raman’s', 'Bell’s')).filter((f) => f.code === 'quote-misattributed'), []);
});

test('an outlet\'s own words credited after the quotation with the verb first ("…,” concluded a piece from Al Jazeera.") name the wrong outlet', () => {
  const words = '“A satisfactory outcome from this trip for both sides might be simply the opening of communication channels that prevent an incident leading to military conflict,”';
  for (const [tail, fixed] of [['concluded a piece from Al Jazeera.', 'concluded a piece from the BBC.'], ['concluded a piece from Reuters.', 'concluded a piece from the BBC.']]) {
    const text = `${words} ${tail}`;
    const found = check(text, builtInReference()).filter((f) => f.code === 'outlet-mismatch');
    assert.equal(found.length, 1, text);
    assert.equal(applyFix(text, preferredFix(found[0])), `${words} ${fixed}`);
  }
  assert.deepEqual(check(`${words} concluded a piece from the BBC.`, builtInReference()).filter((f) => f.severity !== 'information'), []);
});

test('"quoted her as saying" gives the words to whom the pronoun stands for, not to the piece that quoted them', () => {
  const text = 'The Coastal Herald’s report quoted him as saying that “every boat that runs aground costs us a season.”';
  assert.deepEqual(run(text).filter((f) => f.code === 'quote-misattributed' || f.code === 'outlet-mismatch'), []);
  // Named, the one quoted is judged.
  assert.equal(only(text.replace('him', 'Priya Raman'), 'quote-misattributed').code, 'quote-misattributed');
});

test('two quotes joined in one pair of marks are matched sentence by sentence: a changed word is altered, another speaker’s sentence misattributed, once per wrong speaker', () => {
  const joined = 'Okafor said: “Every boat that runs aground costs us a season. The channel has lost nearly a metre of depth since 2019.”';
  assert.deepEqual(reported(joined, run(joined)), []);
  assert.deepEqual(run(joined).filter((f) => f.code === 'quote-unverified'), []);

  const altered = joined.replace('nearly a metre', 'almost a metre');
  assert.equal(applyFix(altered, preferredFix(only(altered, 'quote-altered'))), joined);

  const wrongSpeaker = joined.replace('Okafor said', 'Raman said');
  const finding = only(wrongSpeaker, 'quote-misattributed');
  assert.match(finding.message, /Tom Okafor saying these words, not Priya Raman/);
  assert.equal(applyFix(wrongSpeaker, preferredFix(finding)), joined);

  // Joined by an ellipsis before a capital, as a cut between them.
  const cut = 'Okafor said: “Every boat that runs aground costs us a season … The channel has lost almost a metre of depth since 2019.”';
  assert.equal(applyFix(cut, preferredFix(only(cut, 'quote-altered'))), cut.replace('almost', 'nearly'));

  const othersWords = 'Okafor said: “Every boat that runs aground costs us a season. Nothing leaves the bay.”';
  assert.match(only(othersWords, 'quote-misattributed').message, /Priya Raman saying these words, not Tom Okafor/);
});

test('a quotation joining a quote to words of no quote is not split: no sentence of it is judged alone', () => {
  const text = 'Raman said: “Every boat that runs aground costs us a season. We will fight for every one of them.”';
  assert.deepEqual(reported(text, run(text)), []);
  // Nor is one quote's sentence given twice: the same words again are no second quote.
  const twice = 'Okafor said: “The channel has lost nearly a metre of depth since 2019. The channel has lost nearly a metre of depth since 2019.”';
  assert.deepEqual(run(twice).map((f) => f.code), ['quote-unverified']);
  // Nor is a sentence too short to tell whose it is ("Nothing" opens Raman's words): the whole is one quote with a word added.
  const short = 'Okafor said: “Every boat that runs aground costs us a season. Nothing.”';
  assert.deepEqual(run(short).map((f) => f.code), ['quote-altered']);
});

test('a possessive and a noun for what was said before a colon ("X’s caution was sensible: “…”") name the speaker, whether or not the noun is also a verb of saying', () => {
  for (const noun of ['caution', 'reaction', 'reply']) {
    const text = `Okafor’s ${noun} was the most sensible of all: “Nothing leaves the bay. The sand goes back where the storms took it from.”`;
    assert.match(only(text, 'quote-misattributed').message, /Priya Raman saying these words, not Tom Okafor/, text);
    const right = text.replace('Okafor', 'Raman');
    assert.deepEqual(reported(right, run(right)), [], right);
  }
  // The noun's owner is not the speaker a later clause names.
  const later = 'After Okafor’s reply, Raman said: “Nothing leaves the bay. The sand goes back where the storms took it from.”';
  assert.deepEqual(reported(later, run(later)), []);
});

test('a passive after the quotation names its speaker, after an honorific or as a pronoun ("…,” it was added by Mr. X", "…,” so it was said by her")', () => {
  const words = '“Every boat that runs aground costs us a season,”';
  for (const tail of ['it was added by Mr. Tom Okafor.', 'it was declared by Dr. Okafor.', 'so it was said by Okafor.']) {
    assert.deepEqual(reported(`${words} ${tail}`, run(`${words} ${tail}`)), [], tail);
    const wrong = `${words} ${tail.replace('Tom Okafor', 'Priya Raman').replace('Okafor', 'Raman')}`;
    assert.match(only(wrong, 'quote-misattributed').message, /Tom Okafor saying these words, not Priya Raman/, wrong);
  }
  const pronoun = `Raman spoke next. ${words} so it was said by her.`;
  assert.equal(applyFix(pronoun, preferredFix(only(pronoun, 'quote-misattributed'))), `Raman spoke next. ${words} so it was said by Tom Okafor.`);
  // Not a passive of something else done by someone: "it was followed by Raman's remarks".
  const other = `Okafor spoke first. ${words} he said, and it was followed by Raman.`;
  assert.deepEqual(reported(other, run(other)), []);
});

test('an outlet in a phrase put before "she" in the sentence before ("Speaking to X during the vote, she …"), or after "said as much to", is the one the words were told to', () => {
  const words = '“We listened to the fishermen before we listened to the engineers,” she said.';
  const before = (outlet: string) => `Vasquez chairs the council. Speaking to ${outlet} during the vote, she struck a hopeful note. ${words}`;
  assert.match(only(before('Radio Norte'), 'outlet-mismatch').message, /Coastal Herald, not Radio Norte/);
  assert.deepEqual(reported(before('the Coastal Herald'), run(before('the Coastal Herald'))), []);
  // Someone else after the phrase is no speaker of the words.
  const other = `Vasquez chairs the council. Speaking to Radio Norte during the vote, Okafor struck a hopeful note. ${words.replace('she said', 'Vasquez said')}`;
  assert.deepEqual(run(other).filter((f) => f.code === 'outlet-mismatch'), []);
  const asMuch = 'Vasquez said as much to Radio Norte: “We listened to the fishermen before we listened to the engineers.”';
  assert.match(only(asMuch, 'outlet-mismatch').message, /Coastal Herald, not Radio Norte/);
});

test('"Credit to X for that one." opening the paragraph after a quotation signs it, as "Credit: X" does', () => {
  const quote = '> “Nothing leaves the bay. The sand goes back where the storms took it from.”\n\n';
  const wrong = `${quote}Credit to Tom Okafor for that one. Best line of the night.`;
  assert.match(only(wrong, 'quote-misattributed').message, /Priya Raman saying these words, not Tom Okafor/);
  const right = `${quote}Credit goes to Priya Raman for that one.`;
  assert.deepEqual(reported(right, run(right)), []);
});

test('a phrase moved inside a quotation alters it, and the fix puts it back where the speaker said it', () => {
  // The clauses swapped: each is a long run of changes, but the words one drops are the words another adds.
  const swapped = 'Vasquez said: “It will not be allowed to silt up on my watch, and this harbour built the town.”';
  const finding = only(swapped, 'quote-altered');
  assert.equal(applyFix(swapped, preferredFix(finding)), 'Vasquez said: “This harbour built the town, and it will not be allowed to silt up on my watch.”');
  // A phrase from the quote's end moved before another: the quote's words after where the draft stops are put back.
  const reversed = 'Danny Russel said the trip could “send a signal that both countries are moving from sober discussions behind closed doors to angry rhetoric at the press podium.”';
  const reversedFinding = check(reversed, builtInReference()).filter((f) => f.code === 'quote-altered');
  assert.equal(reversedFinding.length, 1, reversed);
  assert.equal(applyFix(reversed, preferredFix(reversedFinding[0])), reversed.replace('sober discussions behind closed doors to angry rhetoric at the press podium', 'angry rhetoric at the press podium to sober discussions behind closed doors'));
});

test('a quotation that only shares a phrase with a quote, the rest the writer\'s, is not a moved phrase', () => {
  for (const text of [
    'Vasquez said the new rules mean “it will not be allowed to silt up on my watch,” and that the town was built by its harbour.',
    'Vasquez, asked about the sea wall, said “the fishermen have been asking for years, and it will not be allowed to silt up on my watch.”',
    'Vasquez said: “This harbour built the town, and it will not be allowed to silt up on my watch.”',
  ]) {
    assert.deepEqual(run(text).filter((f) => f.code === 'quote-altered'), [], text);
  }
});

test('"X\'s description of Y as “…”" gives the words to X; "the description of Y as “…”" to no one', () => {
  const text = 'Okafor’s description of the dredging plan as “a very expensive way to move a problem down the coast” drew laughs.';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-misattributed'))), text.replace('Okafor’s', 'Bell’s'));
  for (const clean of [
    'Bell’s description of the dredging plan as “a very expensive way to move a problem down the coast” drew laughs.',
    'Okafor mocked the description of the dredging plan as “a very expensive way to move a problem down the coast”.',
  ]) {
    assert.deepEqual(reported(clean, run(clean)), [], clean);
  }
});

test('"who" after a participle\'s aside stands for the name before the aside, not the name ending it', () => {
  const clean = 'Okafor, speaking alongside Raman, who said “every boat that runs aground costs us a season,” was blunt.';
  assert.deepEqual(reported(clean, run(clean)), []);
  const wrong = 'Raman, speaking alongside Okafor, who said “every boat that runs aground costs us a season,” was blunt.';
  assert.equal(applyFix(wrong, preferredFix(only(wrong, 'quote-misattributed'))), wrong.replace('Raman', 'Okafor'));
  // With no aside, "who" stands for the name right before it.
  const relative = 'Raman spoke alongside Okafor, who said “every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(relative, run(relative)), []);
});

test('words someone was quoted as saying, then set against their actual words, are no one\'s', () => {
  const text = 'A blog quoted Okafor as saying “every boat that runs aground costs us a year.” His actual words were about a season.';
  assert.deepEqual(run(text).filter((f) => f.code === 'quote-altered'), []);
  // The writer's own quotation, followed by more of the speaker's words, is judged.
  only('Okafor said “every boat that runs aground costs us a year.” His next words were about the channel.', 'quote-altered');
});

test('", when X, an aside, said “…”" is X\'s words, not those of a name in the clause before', () => {
  const clean = 'The vote was set before Raman arrived, when Okafor, the harbour master, said “every boat that runs aground costs us a season.”';
  assert.deepEqual(reported(clean, run(clean)), []);
  const wrong = 'The vote was set before Okafor arrived, when Raman, the engineer, said “every boat that runs aground costs us a season.”';
  assert.equal(applyFix(wrong, preferredFix(only(wrong, 'quote-misattributed'))), wrong.replace('when Raman', 'when Okafor'));
});

test('an outlet\'s name may hold a word that describes titles ("The New York Times"); a title so described is no outlet', () => {
  const lowered = '“a satisfactory outcome from this trip for both sides might be simply the opening of communication channels that prevent an incident leading to military conflict.”';
  const text = `A New York Times analysis concluded that ${lowered}`;
  const finding = check(text, builtInReference()).find((f) => f.code === 'outlet-mismatch');
  assert.ok(finding, text);
  assert.equal(applyFix(text, preferredFix(finding)), `A BBC analysis concluded that ${lowered}`);
  // After a transcript's speaker label too.
  const labelled = `REPORTER: ${text}`;
  assert.equal(applyFix(labelled, preferredFix(check(labelled, builtInReference()).find((f) => f.code === 'outlet-mismatch')!)), `REPORTER: A BBC analysis concluded that ${lowered}`);
  const titled = `The New Press Secretary concluded that ${lowered}`;
  assert.deepEqual(check(titled, builtInReference()).filter((f) => f.code === 'outlet-mismatch'), [], titled);
});

test('"“…” — that was how X summed it up" names the speaker, as "“…” is how X summed it up" does', () => {
  const wrong = '“Every boat that runs aground costs us a season” — that was how Raman summed up the vote.';
  assert.equal(applyFix(wrong, preferredFix(only(wrong, 'quote-misattributed'))), wrong.replace('Raman', 'Okafor'));
  for (const clean of ['“Every boat that runs aground costs us a season” — that was how Okafor summed up the vote.', '“Every boat that runs aground costs us a season” — that was how it felt to Raman.']) {
    assert.deepEqual(reported(clean, run(clean)), [], clean);
  }
});

test('a short quotation after the words the article leads into a quote with, given to its speaker, is that quote altered', () => {
  // The article: Bell "called the plan “a very expensive way to move a problem down the coast.”"
  const text = 'Bell called the plan “an expensive gamble.”';
  assert.equal(applyFix(text, preferredFix(only(text, 'quote-altered'))), 'Bell called the plan “a very expensive way to move a problem down the coast.”');
  for (const clean of [
    // Another speaker, no word of the quote kept but a short one, or other words before it: not that quote.
    'Raman called the plan “an expensive gamble.”',
    'Bell called the plan “a very bad idea.”',
    'Bell called the budget “an expensive gamble.”',
  ]) {
    assert.deepEqual(run(clean).filter((f) => f.code === 'quote-altered' || f.code === 'quote-misattributed'), [], clean);
  }
});

test('"answered" and "retorted" report words as "said" does', () => {
  assert.match(only('Okafor answered that it was “a very expensive way to move a problem down the coast.”', 'quote-misattributed').message, /not Tom Okafor/);
  assert.match(only('Okafor retorted: “a very expensive way to move a problem down the coast.”', 'quote-misattributed').message, /not Tom Okafor/);
  const right = 'Bell answered that it was “a very expensive way to move a problem down the coast.”';
  assert.deepEqual(reported(right, run(right)), []);
});

test('"he" after a sentence naming someone else only as a bystander or in a clause of time is the person opening it', () => {
  const quote = '“Every boat that runs aground costs us a season,”';
  const misattributed = (text: string) => run(text).filter((f) => f.code === 'quote-misattributed');
  for (const lead of ['Bell set out the terms before Okafor arrived.', 'Bell works for Okafor at the council.']) {
    assert.match(only(`${lead} ${quote} he said.`, 'quote-misattributed').message, /not Marcus Bell/, lead);
  }
  for (const lead of ['Okafor set out the terms before Bell arrived.', 'Okafor works for Bell at the council.']) {
    assert.deepEqual(misattributed(`${lead} ${quote} he said.`), [], lead);
  }
  // Someone met or talked to takes part, and may be "he".
  assert.deepEqual(misattributed(`Bell sat down with Okafor. ${quote} he said.`), []);
});

test('two quotations given to the same wrong speaker, the second by "adding", are one misattribution', () => {
  const text = 'Bell set out the terms before Vasquez arrived. “Every boat that runs aground costs us a season,” he said, adding that “the channel has lost nearly a metre of depth since 2019.”';
  const found = only(text, 'quote-misattributed');
  assert.ok(text.slice(found.start, found.end).endsWith('2019.”'), text.slice(found.start, found.end));
  assert.equal(applyFix(text, preferredFix(found)), text.replace('Bell set', 'Okafor set'));
});

test('a saying denied before its subject ("It was not X who said", "Nor was it X who said", "Nor did X say") gives the words to no one', () => {
  const quote = '“a very expensive way to move a problem down the coast.”';
  for (const lead of ['It was not Okafor who said:', 'Nor was it Okafor who said:', 'Nor did Okafor say:', 'Neither did Okafor say:']) {
    assert.deepEqual(run(`${lead} ${quote}`).filter((f) => f.code === 'quote-misattributed'), [], lead);
  }
  assert.match(only(`It was Okafor who said: ${quote}`, 'quote-misattributed').message, /not Tom Okafor/);
});
