// Several reference sets at once (server/src/sources.ts through checkText): each finding names its set, sets
// that agree give one finding, sets that disagree say so. Two invented reports of one footbridge opening that
// differ on who said a line and on the day; offsets are computed from each article, and parseReference checks them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding } from '../../server/src/checks/finding';
import { checkText } from '../../server/src/engine';
import { mergeSources } from '../../server/src/sources';
import { ReferenceIndex } from '../../server/src/reference/index';
import { parseReference } from '../../server/src/reference/loader';
import type { ReferenceSet } from '../../server/src/reference/types';
import { runProperty } from '../support/arbitraries';
import { applyFix } from '../support/engine';

const JOINS = 'This bridge joins two halves of one town,';
const CHANCE = 'We had one chance to get it right,';

interface Story {
  name: string;
  date: string;
  article: string;
  /** Who said JOINS: the person id. */
  joinsSpeaker: string;
}

const COURIER: Story = {
  name: 'Harrowgate Courier',
  date: '2024-05-14',
  joinsSpeaker: 'marta-eklund',
  article: [
    'Harrowgate footbridge opens',
    '',
    'Mayor Marta Eklund opened the new Harrowgate footbridge on May 14, 2024, after two years of building work. Councillor Ravi Patel, who opposed the cost, stayed away.',
    '',
    `“${JOINS}” Eklund said at the ceremony.`,
    '',
    `Site engineer Jonas Berg said the deck was lifted into place in one night. “${CHANCE}” Berg said.`,
    '',
  ].join('\n'),
};

const TRIBUNE: Story = {
  name: 'Harrowgate Tribune',
  date: '2024-05-15',
  joinsSpeaker: 'jonas-berg',
  article: [
    'Harrowgate footbridge finally open',
    '',
    'Mayor Marta Eklund opened the Harrowgate footbridge on May 15, 2024. Councillor Ravi Patel, who opposed the cost, stayed away.',
    '',
    `“${JOINS}” said site engineer Jonas Berg.`,
    '',
    `Berg said the deck went up in one night. “${CHANCE}” Berg said.`,
    '',
  ].join('\n'),
};

/** The same story told by each paper: who is in it is common, who said what and when differs. */
function referenceOf(story: Story): ReferenceIndex {
  const at = (needle: string) => {
    const offset = story.article.indexOf(needle);
    if (offset < 0) throw new Error(`"${needle}" is not in the ${story.name} article`);
    return offset;
  };
  const opened = story.article.slice(at('Mayor Marta Eklund opened'), at(', 2024') + ', 2024'.length);
  const set: ReferenceSet = {
    name: story.name,
    article: { file: 'article.txt', date: story.date },
    people: [
      { id: 'marta-eklund', name: 'Marta Eklund', aliases: ['Eklund'], pronoun: 'she', roles: [{ title: 'Mayor', offset: at('Mayor') }], mentions: [at('Marta Eklund')] },
      { id: 'jonas-berg', name: 'Jonas Berg', aliases: ['Berg'], pronoun: 'he', roles: [{ title: 'Site engineer', offset: at('ite engineer') - 1 }], mentions: [at('Jonas Berg')] },
      { id: 'ravi-patel', name: 'Ravi Patel', aliases: ['Patel'], pronoun: 'he', roles: [{ title: 'Councillor', offset: at('Councillor') }], mentions: [at('Ravi Patel')] },
    ],
    organizations: [],
    quotes: [
      { id: 'joins', text: JOINS, speaker: story.joinsSpeaker, offset: at(JOINS) },
      { id: 'chance', text: CHANCE, speaker: 'jonas-berg', offset: at(CHANCE) },
    ],
    facts: [
      {
        id: 'bridge-opened',
        kind: 'event',
        description: 'Eklund opened the footbridge',
        participants: ['marta-eklund'],
        triggers: ['opened', 'open', 'opening'],
        date: { value: story.date, precision: 'day' },
        evidence: { offset: at(opened), text: opened },
      },
    ],
  };
  return new ReferenceIndex(parseReference(JSON.stringify(set), `/virtual/${story.date}.json`, () => story.article));
}

const courier = referenceOf(COURIER);
const tribune = referenceOf(TRIBUNE);
const both = [courier, tribune];

function only(text: string, code: Finding['code'], references = both): Finding {
  const found = checkText(text, 'markdown', references).filter((f) => f.code === code);
  assert.equal(found.length, 1, `one ${code} in: ${text}\n${found.map((f) => f.message).join('\n')}`);
  return found[0];
}

test('one set: findings are exactly what that set reports, message and preferred fix included', () => {
  const text = `“${CHANCE}” Eklund said.`;
  const finding = only(text, 'quote-misattributed', [courier]);
  assert.equal(finding.message, 'Misattributed quote: the reference has Jonas Berg saying these words, not Marta Eklund.');
  assert.equal(finding.source, COURIER.name);
  assert.deepEqual(finding.fixes.map((f) => [f.title, f.preferred]), [['Attribute to Jonas Berg', true]]);
});

test('sets that agree give one finding naming both, and keep the preferred fix', () => {
  const text = `“${CHANCE}” Eklund said.`;
  const finding = only(text, 'quote-misattributed');
  assert.equal(finding.message, 'Misattributed quote: the reference has Jonas Berg saying these words, not Marta Eklund. — per Harrowgate Courier and Harrowgate Tribune');
  assert.equal(applyFix(text, finding.fixes[0]), `“${CHANCE}” Berg said.`);
  assert.equal(finding.fixes[0].preferred, true);
});

test('sets that credit a quote to different people: the message gives both, each fix is offered, none preferred', () => {
  const text = `“${JOINS}” Patel said.`;
  const finding = only(text, 'quote-misattributed');
  assert.match(finding.message, /has Marta Eklund saying these words, not Ravi Patel\. — per Harrowgate Courier; Harrowgate Tribune has it as “Berg”$/);
  assert.deepEqual(finding.fixes.map((f) => [f.title, f.preferred]), [
    ['Attribute to Marta Eklund (per Harrowgate Courier)', false],
    ['Attribute to Jonas Berg (per Harrowgate Tribune)', false],
  ]);
});

test('a set that has the draft’s speaker is named as agreeing with the draft', () => {
  const text = `“${JOINS}” Berg said.`;
  const finding = only(text, 'quote-misattributed');
  assert.match(finding.message, /— per Harrowgate Courier; Harrowgate Tribune has it as the draft does$/);
  assert.deepEqual(finding.fixes.map((f) => [f.title, f.preferred]), [['Attribute to Marta Eklund (per Harrowgate Courier)', false]]);
});

test('dates: different days in each set, or the draft has one set’s day', () => {
  const neither = only('Eklund opened the footbridge on May 16, 2024.', 'date-mismatch');
  assert.match(neither.message, /— per Harrowgate Courier; Harrowgate Tribune has it as “May 15, 2024”$/);
  assert.deepEqual(neither.fixes.map((f) => [f.edits[0].newText, f.preferred]), [['May 14, 2024', false], ['May 15, 2024', false]]);

  const tribuneDay = only('Eklund opened the footbridge on May 15, 2024.', 'date-mismatch');
  assert.match(tribuneDay.message, /— per Harrowgate Courier; Harrowgate Tribune has it as the draft does$/);
});

test('a set that knows nothing of the story neither agrees nor disagrees', () => {
  const article = 'Ferry captain Ida Moen kept the boats in harbour all week.\n';
  const set: ReferenceSet = {
    name: 'Lake ferries',
    article: { file: 'ferries.txt', date: '2024-01-09' },
    people: [{ id: 'ida-moen', name: 'Ida Moen', aliases: ['Moen'], roles: [], mentions: [article.indexOf('Ida Moen')] }],
    organizations: [],
    quotes: [],
    facts: [],
  };
  const unrelated = new ReferenceIndex(parseReference(JSON.stringify(set), '/virtual/ferries.json', () => article));
  const finding = only(`“${CHANCE}” Eklund said.`, 'quote-misattributed', [courier, unrelated]);
  assert.match(finding.message, /Marta Eklund\. — per Harrowgate Courier$/);
  assert.equal(finding.fixes[0].preferred, true);
});

test('a quotation is unverified only when no set has it, and then said once', () => {
  const text = `Berg said: “${CHANCE}” Patel said: “Nobody ever printed these words at all.”`;
  const unverified = checkText(text, 'markdown', both).filter((f) => f.code === 'quote-unverified');
  assert.deepEqual(unverified.map((f) => [text.slice(f.start, f.end), f.message]), [
    ['Nobody ever printed these words at all.', 'Unverified quote: nobody in any of the 2 reference sets is quoted saying these words.'],
  ]);
});

test('a draft both sets accept has no findings', () => {
  const text = `Mayor Marta Eklund opened the footbridge in May. “${CHANCE}” Berg said.`;
  assert.deepEqual(checkText(text, 'markdown', both).filter((f) => f.severity !== 'information'), []);
});

/** Two reports of a dam's completion that differ on a spelling, a title, a number and a word of a quote. */
function valleyReference(name: string, variant: { mayor: string; title: string; years: string; word: string; mayorFirst?: string }): ReferenceIndex {
  const mayor = `${variant.mayorFirst ?? 'Tom'} ${variant.mayor}`;
  const quote = `The river will ${variant.word} flood this town again,`;
  const article = [
    'Valley dam finished',
    '',
    `${variant.title} Lena Sorvik finished the Valley dam after ${variant.years} years of work. Mayor ${mayor} thanked the crews.`,
    '',
    `“${quote}” Sorvik said.`,
    '',
  ].join('\n');
  const at = (needle: string) => article.indexOf(needle);
  const worked = `after ${variant.years} years of work`;
  const set: ReferenceSet = {
    name,
    article: { file: 'dam.txt', date: '2024-09-02' },
    people: [
      { id: 'lena-sorvik', name: 'Lena Sorvik', aliases: ['Sorvik'], pronoun: 'she', roles: [{ title: variant.title, offset: at(variant.title) }], mentions: [at('Lena Sorvik')] },
      { id: 'mayor', name: mayor, aliases: [variant.mayor], pronoun: 'he', roles: [{ title: 'Mayor', offset: at('Mayor') }], mentions: [at(mayor)] },
    ],
    organizations: [],
    quotes: [{ id: 'flood', text: quote, speaker: 'lena-sorvik', offset: at(quote) }],
    facts: [
      {
        id: 'dam-years',
        kind: 'quantity',
        description: 'Sorvik worked on the dam',
        participants: ['lena-sorvik'],
        triggers: ['work', 'worked', 'working'],
        quantity: { value: variant.years === 'six' ? 6 : 7, unit: 'year' },
        evidence: { offset: at(worked), text: worked },
      },
    ],
  };
  return new ReferenceIndex(parseReference(JSON.stringify(set), `/virtual/${name}.json`, () => article));
}

test('a set that reads a spelling, a title, a number or a quote’s words as the draft does is named as agreeing', () => {
  const post = valleyReference('Valley Post', { mayor: 'Hale', title: 'Chief engineer', years: 'six', word: 'never' });
  const herald = valleyReference('Valley Herald', { mayor: 'Haile', title: 'Ambassador', years: 'seven', word: 'not' });
  const draft = [
    'Mayor Tom Haile thanked the crews.',
    '',
    'Ambassador Lena Sorvik finished the dam. Sorvik worked on the dam for seven years.',
    '',
    '“The river will not flood this town again,” Sorvik said.',
  ].join('\n');
  const findings = checkText(draft, 'markdown', [post, herald]);
  const said = (code: Finding['code']) => findings.filter((f) => f.code === code).map((f) => `${draft.slice(f.start, f.end)}: ${f.message.split(' — ')[1]}`);
  assert.deepEqual(said('name-misspelled'), ['Tom Haile: per Valley Post; Valley Herald has it as the draft does']);
  assert.deepEqual(said('title-mismatch'), ['Ambassador: per Valley Post; Valley Herald has it as the draft does']);
  assert.deepEqual(said('number-mismatch'), ['seven years: per Valley Post; Valley Herald has it as the draft does']);
  assert.deepEqual(said('quote-altered'), ['The river will not flood this town again,: per Valley Post; Valley Herald has it as the draft does']);
  // Each set alone: the Herald reports none of these, the Post all four.
  assert.deepEqual(checkText(draft, 'markdown', [herald]).filter((f) => f.severity !== 'information'), []);
});

test('agreeing means having all of it: a set that knows another man of the same surname does not agree on a full name', () => {
  const post = valleyReference('Valley Post', { mayor: 'Hale', title: 'Chief engineer', years: 'six', word: 'never' });
  const digest = valleyReference('Valley Digest', { mayor: 'Haile', mayorFirst: 'Sam', title: 'Chief engineer', years: 'six', word: 'never' });
  const draft = 'Mayor Tom Haile thanked the crews.';
  const misspelled = checkText(draft, 'markdown', [post, digest]).filter((f) => f.code === 'name-misspelled');
  // The Digest's mayor is Sam Haile: with his title beside it, "Tom" is his given name written wrong.
  assert.deepEqual(misspelled.map((f) => `${draft.slice(f.start, f.end)}: ${f.message.split(' — ')[1]}`), ['Tom Haile: per Valley Post; Valley Digest has it as “Sam”']);
});

test('a split quote given to the speaker one set has: that set agrees about both halves', () => {
  const text = `“This bridge joins two halves,” Berg said, “of one town.”`;
  const finding = only(text, 'quote-misattributed');
  assert.match(finding.message, /— per Harrowgate Courier; Harrowgate Tribune has it as the draft does$/);
});

test('property: a silent set is named as agreeing exactly when one of its confirmations of that code covers the finding', () => {
  const codes = ['date-mismatch', 'name-misspelled'] as const;
  const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => ({ start, end: start + length }));
  const finding = fc.tuple(fc.constantFrom(...codes), span).map(([code, { start, end }]): Finding => ({
    code, severity: 'error', start, end, message: `${code} at ${start}`, fixes: [{ title: 'fix', edits: [{ start, end, newText: 'x' }], preferred: true }],
  }));
  const confirmation = fc.tuple(fc.constantFrom(...codes), span).map(([code, s]) => ({ code, ...s }));
  const asked = fc.tuple(fc.array(finding, { maxLength: 6 }), fc.array(confirmation, { maxLength: 40 }));
  let agreements = 0;
  let others = 0;
  const cases = runProperty(asked, ([findings, confirmed]) => {
    const merged = mergeSources([
      { name: 'A', findings, confirmed: [] },
      { name: 'B', findings: [], confirmed },
    ]);
    for (const out of merged) {
      const covered = confirmed.some((c) => c.code === out.code && c.start <= out.start && out.end <= c.end);
      if (covered) agreements++;
      else others++;
      assert.equal(out.message.endsWith('B has it as the draft does'), covered, `${out.code} ${out.start}-${out.end} against ${JSON.stringify(confirmed)}`);
    }
  }, 300);
  // Both answers are tested often (about a quarter of the findings are covered).
  assert.ok(agreements > cases / 10 && others > cases / 10, `${agreements} agreements and ${others} others in ${cases} cases`);
});
