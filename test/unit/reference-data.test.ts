// The built-in reference set against its article: every offset, id and quotation checked from the article's own
// text, plus spot checks of what an independent reader of the article would expect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import schema from '../../reference-data/factcheck-reference.schema.json';
import type { Fact, Organization, Person, Quote, ReferenceSet } from '../../server/src/reference/types';

const dataDir = path.join(__dirname, '..', '..', 'reference-data');
const set = JSON.parse(fs.readFileSync(path.join(dataDir, 'blinken-xi-2023-06-19.json'), 'utf8')) as ReferenceSet;
const article = fs.readFileSync(path.join(dataDir, set.article.file), 'utf8');

const people = new Map(set.people.map((p) => [p.id, p]));
const organizations = new Map(set.organizations.map((o) => [o.id, o]));
const quote = (start: string): Quote => {
  const found = set.quotes.filter((q) => q.text.startsWith(start));
  assert.equal(found.length, 1, `one quote starts with "${start}"`);
  return found[0];
};
const fact = (id: string): Fact => {
  const found = set.facts.find((f) => f.id === id);
  assert.ok(found, `fact ${id}`);
  return found;
};
const forms = (entity: Person | Organization) => [entity.name, ...entity.aliases];
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Offsets of the texts of the article's top-level quotations, found from the quotation marks alone. */
function topLevelQuotations(): number[] {
  const offsets: number[] = [];
  const doubles: [number, number][] = [];
  for (let open = article.indexOf('“'); open >= 0; open = article.indexOf('“', open + 1)) {
    const close = article.indexOf('”', open);
    assert.ok(close > open, `closing mark for the quotation at ${open}`);
    assert.ok(!article.slice(open + 1, close).includes('“'), `no nested double quotation at ${open}`);
    doubles.push([open, close]);
    offsets.push(open + 1);
  }
  // Single marks open a quotation only after a space or line start; a closing ’ is not followed by a letter
  // (that is an apostrophe). Quotations inside double quotes are part of their parent; lines that are headings
  // (no closing punctuation) are headlines, not quotations.
  const single = /(?<=^|[\s(])‘([^‘’]+?)’(?![\p{L}])/gmu;
  for (let m = single.exec(article); m; m = single.exec(article)) {
    const at = m.index;
    if (doubles.some(([open, close]) => open < at && at < close)) continue;
    const lineStart = article.lastIndexOf('\n', at) + 1;
    const lineEnd = article.indexOf('\n', at) < 0 ? article.length : article.indexOf('\n', at);
    const line = article.slice(lineStart, lineEnd).trim();
    if (!/[.?!”:]$/.test(line)) continue;
    offsets.push(at + 1);
  }
  return offsets.sort((a, b) => a - b);
}

test('the set validates against the schema', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);
  assert.ok(validate(set), JSON.stringify(validate.errors, null, 2));
  assert.equal(set.article.date, '2023-06-19');
  assert.ok(article.startsWith(' date 2023-06-19'));
});

test('every quote text is verbatim at its offset, between quotation marks', () => {
  for (const q of set.quotes) {
    assert.equal(article.slice(q.offset, q.offset + q.text.length), q.text, `quote ${q.id}`);
    const before = article[q.offset - 1];
    const after = article[q.offset + q.text.length];
    assert.ok(before === '“' || before === '‘', `quote ${q.id} opens with a quotation mark`);
    assert.equal(after, before === '“' ? '”' : '’', `quote ${q.id} closes with the matching mark`);
  }
});

test('the quotes are exactly the top-level quotations of the article', () => {
  const expected = topLevelQuotations();
  assert.equal(expected.length, 27);
  assert.deepEqual(set.quotes.map((q) => q.offset).sort((a, b) => a - b), expected);
});

test('ids are unique and kebab-case', () => {
  const entityIds = [...set.people, ...set.organizations].map((e) => e.id);
  assert.equal(new Set(entityIds).size, entityIds.length, 'people and organisations');
  const itemIds = [...set.quotes, ...set.facts].map((e) => e.id);
  assert.equal(new Set(itemIds).size, itemIds.length, 'quotes and facts');
  for (const id of [...entityIds, ...itemIds]) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  for (const p of set.people) {
    const kebab = p.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    assert.equal(p.id, kebab, `person id from name ${p.name}`);
  }
});

test('every id reference resolves', () => {
  const entity = (id: string) => people.has(id) || organizations.has(id);
  for (const q of set.quotes) {
    assert.ok(entity(q.speaker), `speaker of ${q.id}: ${q.speaker}`);
    if (q.outlet !== undefined) assert.ok(organizations.has(q.outlet), `outlet of ${q.id}: ${q.outlet}`);
    for (const id of q.alsoAttributableTo ?? []) assert.ok(entity(id), `alsoAttributableTo of ${q.id}: ${id}`);
  }
  for (const f of set.facts) for (const id of f.participants) assert.ok(entity(id), `participant of ${f.id}: ${id}`);
});

test('every evidence text is verbatim at its offset', () => {
  for (const f of set.facts) {
    assert.equal(article.slice(f.evidence.offset, f.evidence.offset + f.evidence.text.length), f.evidence.text, `fact ${f.id}`);
  }
});

test('every mention points at a form of the name, and every full name in the article is a mention', () => {
  for (const entity of [...set.people, ...set.organizations]) {
    for (const offset of entity.mentions) {
      const form = forms(entity).find((f) => article.startsWith(f, offset));
      assert.ok(form, `${entity.id} mention at ${offset}: "${article.slice(offset, offset + 20)}"`);
      assert.ok(!isWordChar(article[offset - 1]) && !isWordChar(article[offset + form.length]), `${entity.id} at ${offset} is a whole word`);
    }
    assert.deepEqual([...entity.mentions].sort((a, b) => a - b), entity.mentions, `${entity.id} mentions in order`);
  }
  for (const p of set.people) {
    for (let i = article.indexOf(p.name); i >= 0; i = article.indexOf(p.name, i + 1)) {
      assert.ok(p.mentions.includes(i), `${p.name} at ${i} is listed`);
    }
  }
  // The bare surnames are all there: 29 Blinkens (with "Tony Blinken"), 14 Bidens, 9 Xis.
  assert.equal(people.get('antony-blinken')?.mentions.length, 29);
  assert.equal(people.get('joe-biden')?.mentions.length, 14);
  assert.equal(people.get('xi-jinping')?.mentions.length, 9);
});

test('"Wang" alone is Wang Yi; Wang Wenbin is a different person', () => {
  const wangYi = people.get('wang-yi')!;
  const wangWenbin = people.get('wang-wenbin')!;
  assert.ok(!wangWenbin.aliases.includes('Wang'));
  const bare = article.indexOf('Neither Blinken nor Wang') + 'Neither Blinken nor '.length;
  assert.ok(wangYi.mentions.includes(bare));
  assert.deepEqual(wangWenbin.mentions, [article.indexOf('Wang Wenbin')]);
  for (const offset of wangYi.mentions) assert.ok(!article.startsWith('Wang Wenbin', offset));
});

test('every role offset points at the person or at the title', () => {
  for (const p of set.people) {
    assert.ok(p.roles.length > 0, `${p.id} has a role`);
    for (const role of p.roles) {
      const here = article.slice(role.offset, role.offset + 120).toLowerCase();
      const atName = forms(p).some((f) => here.startsWith(f.toLowerCase()));
      const atTitle = here.startsWith(role.title.toLowerCase());
      assert.ok(atName || atTitle, `${p.id} role "${role.title}" at ${role.offset}: "${here.slice(0, 40)}"`);
    }
  }
});

test('every named person in the article is in the set', () => {
  const expected = [
    'Antony Blinken', 'Xi Jinping', 'Scott Mulhauser', 'Joe Biden', 'Kurt Campbell', 'Daniel J Kritenbrink', 'Craig Singleton',
    'Wang Yi', 'Bonnie Glaser', 'Qin Gang', 'Bill Gates', 'William Burns', 'Jake Sullivan', 'Lloyd Austin', 'Vivian Balakrishnan',
    'Nancy Pelosi', 'Tsai Ing-wen', 'Kevin McCarthy', 'Wang Wenbin', 'Mike Pompeo', 'Donald Trump', 'Danny Russel', 'Barack Obama',
  ];
  assert.deepEqual(set.people.map((p) => p.name).sort(), [...expected].sort());
  for (const name of expected) assert.ok(article.includes(name), name);
  assert.ok(people.get('kurt-campbell')!.aliases.includes('Campell'), 'the article’s misspelling');
  assert.equal(people.get('bonnie-glaser')!.pronoun, 'she');
  assert.equal(people.get('scott-mulhauser')!.pronoun, 'he');
});

test('roles say what the article says', () => {
  const role = (id: string, title: string) => people.get(id)!.roles.find((r) => r.title === title);
  assert.equal(role('antony-blinken', 'secretary of state')?.organization, 'US');
  assert.ok(role('antony-blinken', 'top diplomat'));
  assert.equal(role('qin-gang', 'Foreign Minister')?.organization, 'China');
  assert.equal(role('wang-yi', 'top diplomat')?.organization, 'China');
  assert.ok(role('wang-yi', 'senior foreign policy adviser'));
  assert.deepEqual(
    { organization: role('scott-mulhauser', 'chief of staff')?.organization, former: role('scott-mulhauser', 'chief of staff')?.former },
    { organization: 'US Embassy in Beijing', former: true },
  );
  assert.equal(role('daniel-j-kritenbrink', 'senior East Asia diplomat')?.organization, 'State Department');
  assert.equal(role('craig-singleton', 'China expert')?.organization, 'Foundation for Defense of Democracies');
  assert.equal(role('vivian-balakrishnan', 'Foreign Minister')?.organization, 'Singapore');
  assert.equal(role('lloyd-austin', 'Defense Secretary')?.organization, 'US');
  assert.ok(role('kurt-campbell', 'Deputy Assistant to the President and Coordinator for Indo-Pacific Affairs'));
  assert.equal(role('nancy-pelosi', 'speaker')?.former, true);
  assert.equal(role('mike-pompeo', 'secretary of state')?.former, true);
});

test('organisations that speak or are spoken to are there', () => {
  const kinds = Object.fromEntries(set.organizations.map((o) => [o.id, o.kind]));
  assert.equal(kinds['usa-today'], 'outlet');
  assert.equal(kinds['bbc'], 'outlet');
  assert.equal(kinds['al-jazeera'], 'outlet');
  assert.equal(kinds['state-department'], 'government');
  assert.equal(kinds['chinese-ministry-of-foreign-affairs'], 'government');
  for (const id of ['foundation-for-defense-of-democracies', 'german-marshall-fund', 'asia-society-policy-institute', 'cia', 'microsoft-corp', 'us-embassy-in-beijing']) {
    assert.ok(organizations.has(id), id);
  }
  assert.ok(organizations.get('chinese-ministry-of-foreign-affairs')!.aliases.includes('foreign ministry'));
});

test('speakers and outlets of the quotes', () => {
  const expect = (start: string, speaker: string, outlet?: string) => {
    const q = quote(start);
    assert.equal(q.speaker, speaker, `speaker of “${start}…”`);
    assert.equal(q.outlet, outlet, `outlet of “${start}…”`);
  };
  expect('It’s pretty clear', 'scott-mulhauser', 'usa-today');
  expect('That work involves', 'scott-mulhauser', 'usa-today');
  expect('That is no easy feat', 'scott-mulhauser', 'usa-today');
  expect('We can’t let', 'kurt-campbell', 'bbc');
  expect('build on something', 'daniel-j-kritenbrink', 'bbc');
  expect('in many respects', 'craig-singleton', 'usa-today');
  expect('Its outcome will bear', 'craig-singleton', 'usa-today');
  expect('A satisfactory outcome', 'bbc', 'bbc');
  expect('Given the deep mistrust', 'bonnie-glaser', 'al-jazeera');
  expect('coincides with a critical juncture', 'chinese-ministry-of-foreign-affairs');
  expect('low point', 'chinese-ministry-of-foreign-affairs');
  expect('underscored the importance', 'state-department');
  expect('precisely so that', 'antony-blinken');
  expect('benefit our two countries', 'xi-jinping');
  expect('responsibly manage our relationship', 'antony-blinken');
  expect('miscalculations', 'antony-blinken');
  expect('Intense competition requires', 'antony-blinken');
  expect('trip is essential', 'vivian-balakrishnan');
  expect('There are fundamental differences', 'vivian-balakrishnan');
  expect('respect China’s core concerns', 'wang-wenbin');
  expect('The US needs to give up', 'wang-wenbin');
  expect('Blinken’s brief visit', 'danny-russel');
  expect('But his visit may well', 'danny-russel');
  // Statements that report a person: the words are the statement's, the person may fairly be credited too.
  assert.ok(quote('demanded that the US').alsoAttributableTo?.includes('wang-yi'));
  assert.ok(quote('underscored the importance').alsoAttributableTo?.includes('antony-blinken'));
  // Inner quotations stay inside their parent.
  assert.ok(quote('The US needs to give up').text.includes('‘from a position of strength’'));
  assert.ok(quote('demanded that the US').text.includes('‘China threat theory’'));
  assert.ok(!set.quotes.some((q) => q.text === 'No mean feat' || q.text === 'core concerns'), 'headlines are not quotes');
});

test('dated events', () => {
  const date = (id: string) => fact(id).date;
  assert.deepEqual(date('blinken-met-xi'), { value: '2023-06-19', precision: 'day' });
  assert.deepEqual(date('blinken-met-wang-yi'), { value: '2023-06-19', precision: 'day' });
  assert.deepEqual(date('blinken-met-qin-gang'), { value: '2023-06-18', precision: 'day' });
  assert.deepEqual(date('biden-hopes-to-meet-xi'), { value: '2023-06-17', precision: 'day' });
  assert.deepEqual(date('xi-met-gates'), { value: '2023-06-16', precision: 'day' });
  assert.deepEqual(date('trip-postponed-february'), { value: '2023-02', precision: 'month' });
  assert.deepEqual(date('burns-china-may'), { value: '2023-05', precision: 'month' });
  assert.deepEqual(date('sullivan-met-wang-yi-vienna'), { value: '2023-05', precision: 'month' });
  assert.deepEqual(date('taiwan-drills-august'), { value: '2022-08', precision: 'month' });
  assert.deepEqual(date('war-games-april'), { value: '2023-04', precision: 'month' });
  assert.deepEqual(date('bali-summit'), { value: '2022-11', precision: 'month' });
  assert.deepEqual(date('pompeo-stop-2018'), { value: '2018', precision: 'year' });
  assert.deepEqual(date('election-2024'), { value: '2024', precision: 'year' });
  assert.deepEqual(fact('blinken-met-xi').participants, ['antony-blinken', 'xi-jinping']);
  assert.ok(fact('blinken-met-xi').triggers.includes('met'));
});

test('a weekday in the evidence matches the fact’s date', () => {
  const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  let checked = 0;
  for (const f of set.facts) {
    if (f.kind !== 'event' || f.date?.precision !== 'day') continue;
    const named = weekdays.filter((d) => f.evidence.text.includes(d));
    if (named.length !== 1) continue;
    assert.equal(weekdays[new Date(f.date.value + 'T00:00:00Z').getUTCDay()], named[0], f.id);
    checked++;
  }
  assert.ok(checked >= 5, `${checked} weekday facts checked`);
});

test('quantities', () => {
  const quantity = (id: string) => fact(id).quantity;
  assert.deepEqual(quantity('blinken-wang-yi-three-hours'), { value: 3, unit: 'hour', qualifier: 'about' });
  assert.deepEqual(quantity('blinken-qin-gang-six-hours'), { value: 6, unit: 'hour', qualifier: 'nearly' });
  assert.deepEqual(quantity('blinken-trip-two-days'), { value: 2, unit: 'day' });
  assert.deepEqual(quantity('highest-level-visit-five-years'), { value: 5, unit: 'year', qualifier: 'nearly' });
  assert.deepEqual(quantity('first-secretary-of-state-five-years'), { value: 5, unit: 'year' });
  assert.deepEqual(quantity('due-four-months-ago'), { value: 4, unit: 'month' });
  assert.deepEqual(quantity('war-games-three-days'), { value: 3, unit: 'day' });
  assert.deepEqual(quantity('journey-twenty-hours'), { value: 20, unit: 'hour' });
  assert.deepEqual(quantity('new-embassies-five'), { value: 5, unit: 'embassy', qualifier: 'at least' });
  assert.deepEqual(quantity('aukus-eighteen-months'), { value: 18, unit: 'month' });
  assert.deepEqual(quantity('xi-meeting-confirmed-hour-before'), { value: 1, unit: 'hour' });
  for (const f of set.facts) {
    assert.equal(f.kind === 'event', f.date !== undefined, `${f.id}: events have dates`);
    assert.equal(f.kind === 'quantity', f.quantity !== undefined, `${f.id}: quantities have quantities`);
    for (const trigger of f.triggers) assert.equal(trigger, trigger.toLowerCase(), `${f.id} trigger "${trigger}"`);
  }
});
