// name-misspelled: near-misses of reference people's names are flagged with the right spelling as a preferred
// fix; correct names, other real people, ordinary capitalised words, places and code are left alone. Run on an
// invented reference set (a copper pact in Santiago) and on the built-in Blinken–Xi set.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from '../../server/src/analysis/editDistance';
import { nameMatcherFor } from '../../server/src/analysis/nameMatcher';
import type { Finding } from '../../server/src/checks/finding';
import { ReferenceIndex } from '../../server/src/reference/index';
import { loadBuiltInReference } from '../../server/src/reference/loader';
import type { ReferenceSet } from '../../server/src/reference/types';
import { applyFix, assertFixtures, assertQuiet as assertNoneOf, findingsOf, onlyFinding } from '../fixtures/names/check';
import { ARTICLE_PATH, copperReference } from '../fixtures/names/copperPact';

const copper = copperReference();
const builtIn = new ReferenceIndex(loadBuiltInReference());

function nameFindings(text: string, reference: ReferenceIndex): Finding[] {
  return findingsOf('name-misspelled', text, reference);
}

const flaggedAndFix = (draft: string, f: Finding) => [draft.slice(f.start, f.end), f.fixes[0].edits[0].newText];

/** Each case: the draft, the words flagged, the draft after the preferred fix. */
function assertFlags(reference: ReferenceIndex, cases: [draft: string, flagged: string, fixed: string][]) {
  for (const [draft, flagged, fixed] of cases) {
    const finding = onlyFinding('name-misspelled', reference, draft, flagged);
    assert.equal(finding.fixes.length, 1);
    assert.equal(finding.fixes[0].preferred, true);
    assert.equal(applyFix(draft, finding), fixed);
  }
}

function assertQuiet(reference: ReferenceIndex, drafts: string[]) {
  assertNoneOf('name-misspelled', reference, drafts);
}

describe('editDistance', () => {
  test('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    assert.equal(editDistance('blinken', 'blinken'), 0);
    assert.equal(editDistance('anthony', 'antony'), 1);
    assert.equal(editDistance('jinpeng', 'jinping'), 1);
    assert.equal(editDistance('singelton', 'singleton'), 1);
    assert.equal(editDistance('jill', 'joe'), 3);
    assert.equal(editDistance('', 'xi'), 2);
  });
});

describe('name-misspelled on an invented reference set', () => {
  test('flags whole names a letter or two off and offers the reference spelling', () => {
    assertFlags(copper, [
      ['Valeria Castellano spoke first.', 'Valeria Castellano', 'Valeria Castellanos spoke first.'],
      // A no-break space between the words of a name.
      ['Valeria\u00a0Castellano spoke first.', 'Valeria\u00a0Castellano', 'Valeria Castellanos spoke first.'],
      ['Then Kenji Moro replied.', 'Kenji Moro', 'Then Kenji Mori replied.'],
      ['Henrik Lindquist was there.', 'Henrik Lindquist', 'Henrik Lindqvist was there.'],
      ['We asked Oluwaseun Adebeyo about it.', 'Oluwaseun Adebeyo', 'We asked Oluwaseun Adebayo about it.'],
      ['Xu Lang left early.', 'Xu Lang', 'Xu Lan left early.'],
      ['Juan Pablo Roja declined to comment.', 'Juan Pablo Roja', 'Juan Pablo Rojas declined to comment.'],
      ['Juan Rojass declined to comment.', 'Juan Rojass', 'Juan Rojas declined to comment.'],
      ['Former President Diego Parede spoke.', 'Diego Parede', 'Former President Diego Paredes spoke.'],
    ]);
  });

  test('flags a long surname standing alone, keeping a possessive', () => {
    assertFlags(copper, [
      ['Castelanos said so.', 'Castelanos', 'Castellanos said so.'],
      ['Minister Castelanos said so.', 'Castelanos', 'Minister Castellanos said so.'],
      ["Lindkvist's staff wrote it.", 'Lindkvist', "Lindqvist's staff wrote it."],
      ['Lindkvist’s staff wrote it.', 'Lindkvist', 'Lindqvist’s staff wrote it.'],
      ['The economist Ransone disagreed.', 'Ransone', 'The economist Ransome disagreed.'],
    ]);
  });

  test('flags a short surname a letter off only right after a title of that person\'s present office', () => {
    assertFlags(copper, [
      ['Minister Mari said so.', 'Mari', 'Minister Mori said so.'],
      ['Foreign Minister Moro said so.', 'Moro', 'Foreign Minister Mori said so.'],
    ]);
    // Alone, after a courtesy title or another office's title, or two letters off, it may be someone else's name.
    assertQuiet(copper, ['Mari said so.', 'Mr. Mari said so.', 'Premier Mari said so.', 'Minister Mauri said so.', 'Minister Mori said so.']);
  });

  test('links the finding to the person’s first mention in the reference article', () => {
    const [finding] = nameFindings('Valeria Castellano spoke.', copper);
    assert.equal(finding.refId, 'valeria-castellanos');
    assert.equal(finding.evidence?.articlePath, ARTICLE_PATH);
    assert.equal(copper.loaded.articleText.slice(finding.evidence!.start, finding.evidence!.end), 'Valeria Castellanos');
    assert.match(finding.message, /Valeria Castellanos/);
  });

  test('leaves correct names, other people, ordinary words, places and code alone', () => {
    assertQuiet(copper, [
      'Valeria Castellanos, Castellanos and Castellanos’s aides. Kenji Mori and Mori. Xu Lan and Xu.',
      'Juan Pablo Rojas, Juan Rojas and Rojas. Greta Ransome and Ransome. Abernathy’s view.',
      // Other real people: a different first name, a different short given name, a two-letter lookalike.
      'Kenji Sato, Valeria Luiselli, Ruth Bader Ginsburg, Ralph Abernathy and Xu Bing. Xi Lan is someone else.',
      'Pablo Neruda wrote about miners. Juan Pablo came too. Astrid Lindgren did not.',
      // A surname too short to compare alone, and an everyday word at a sentence start.
      'Moro said nothing. Ransom demands rose.',
      'Santiago, Atacama, Chile, Sweden and Japan. Andes Copper and the Pacific Minerals Institute.',
      '# Castellanos Signs, Mori Smiles\n\nMonday was busy.',
      // A place named after someone, in a heading where every word is capitalised.
      '## A Letter From Castellano Square\n\nMonday was busy.',
      'The database spells it `Valeria Castellano` and\n\n```\nCastelanos\n```\n',
      // A surname's plural names the family or namesakes: "the two Lindqvists", "the Ransomes'".
      'There were two Lindqvists at the dinner, and the Ransomes’ house was full.',
      // A family's name: "the Abernethy family" is no misspelt Abernathy.
      'Ruth Abernathy is no relation to the Abernethy family that owns the mine.',
    ]);
    // A full name with an s added is a misspelling.
    assertFlags(copper, [['Henrik Lindqvists came.', 'Henrik Lindqvists', 'Henrik Lindqvist came.']]);
  });

  test('another given name before a surname, with a title of that person beside it, is their name misspelt', () => {
    assertFlags(copper, [
      ['Japan’s foreign minister, Hiroshi Mori, arrived.', 'Hiroshi Mori', 'Japan’s foreign minister, Kenji Mori, arrived.'],
      ['Mining Minister Maria Castellanos spoke.', 'Maria Castellanos', 'Mining Minister Valeria Castellanos spoke.'],
      ['Hiroshi Mori, Japan’s foreign minister, arrived.', 'Hiroshi Mori', 'Kenji Mori, Japan’s foreign minister, arrived.'],
    ]);
    assertQuiet(copper, [
      // No title: may be someone else. A title that is not theirs, or a country that is not theirs.
      'Hiroshi Mori arrived.',
      'Japan’s trade minister, Hiroshi Mori, arrived.',
      'Chile’s foreign minister, Hiroshi Mori, arrived.',
      // A short form of the given name, one that is no prefix of it; a word opening the sentence; a past title.
      'Ken Mori, Japan’s foreign minister, arrived.',
      'Ruth Abernathy met Juan Pablo Rojas. As Rojas, the foreign ministry spokesman, put it, the talks went well.',
      'Former foreign minister Hiroshi Mori arrived.',
    ]);
    // The person's own name in the other order (a Chinese name written family name last) is no other given name.
    assertQuiet(builtIn, ['Blinken met Gang Qin, the foreign minister.', 'He also saw Yi Wang, China’s top diplomat.']);
  });

  test('a misspelling set right after the right spelling ("X, not Y") is not flagged; after someone else’s name it is', () => {
    assertQuiet(copper, ['The minister is Valeria Castellanos, not Valeria Castelanos.', 'We meant Castellanos, not Castelanos.']);
    assertFlags(copper, [['Kenji Mori met her, not Valeria Castelanos.', 'Valeria Castelanos', 'Kenji Mori met her, not Valeria Castellanos.']]);
  });

  test('offers every equally close person, none preferred', () => {
    const article = 'Karin Lund and Karen Lund met.';
    const set: ReferenceSet = {
      name: 'Two Lunds (test set)',
      article: { file: 'lunds.txt', date: '2025-01-01' },
      people: [
        { id: 'karin-lund', name: 'Karin Lund', aliases: [], roles: [], mentions: [0] },
        { id: 'karen-lund', name: 'Karen Lund', aliases: [], roles: [], mentions: [article.indexOf('Karen')] },
      ],
      organizations: [],
      quotes: [],
      facts: [],
    };
    const reference = new ReferenceIndex({ set, file: '/virtual/lunds.json', articlePath: '/virtual/lunds.txt', articleText: article });
    const [finding, ...rest] = nameFindings('Karon Lund spoke.', reference);
    assert.equal(rest.length, 0);
    assert.deepEqual(finding.fixes.map((f) => [f.edits[0].newText, f.preferred]), [['Karin Lund', false], ['Karen Lund', false]]);
  });

  test('builds its name index once per reference set', () => {
    assert.equal(nameMatcherFor(copper), nameMatcherFor(copper));
  });

  test('fixture drafts: every planted misspelling, and nothing in the clean draft', () => {
    assertFixtures('name-misspelled', copper, 'copper', [
      ['Valeria Castellano', 'Valeria Castellanos'],
      ['Kenji Moro', 'Kenji Mori'],
      ['Xu Lang', 'Xu Lan'],
      ['Henrik Lindquist', 'Henrik Lindqvist'],
      ['Castelanos', 'Castellanos'],
      ['Lindkvist', 'Lindqvist'],
      ['Ruth Abernathey', 'Ruth Abernathy'],
      ['Ransone', 'Ransome'],
    ], flaggedAndFix);
  });
});

describe('name-misspelled on the built-in reference set', () => {
  test('a given name’s short form is the same person: "Bill Burns, the CIA chief"', () => {
    assertQuiet(builtIn, ['Bill Burns, the CIA chief, went to China.', 'Tony Blinken, the secretary of state, flew in.']);
    assertFlags(builtIn, [['Nicholas Burns, the CIA chief, went to China.', 'Nicholas Burns', 'William Burns, the CIA chief, went to China.']]);
  });

  test('flags the misspellings a writer is likely to make', () => {
    assertFlags(builtIn, [
      ['US Secretary of State Anthony Blinken arrived.', 'Anthony Blinken', 'US Secretary of State Antony Blinken arrived.'],
      ['He met Xi Jingping.', 'Xi Jingping', 'He met Xi Jinping.'],
      ['He met President Xi Jinpeng.', 'Xi Jinpeng', 'He met President Xi Jinping.'],
      ['Kurt Cambell briefed reporters.', 'Kurt Cambell', 'Kurt Campbell briefed reporters.'],
      // As close to the article's own misspelling, kept as an alias ("Campell"): the fix spells the name.
      ['Disagreements, Cambell said, cannot block progress.', 'Cambell', 'Disagreements, Campbell said, cannot block progress.'],
      ['Qin Gan hosted a dinner.', 'Qin Gan', 'Qin Gang hosted a dinner.'],
      ['Scot Mulhauser agreed.', 'Scot Mulhauser', 'Scott Mulhauser agreed.'],
      ['Blinkin said so.', 'Blinkin', 'Blinken said so.'],
      ["Blinkin's trip ended.", 'Blinkin', "Blinken's trip ended."],
      ['Tony Blinkin can do it.', 'Tony Blinkin', 'Tony Blinken can do it.'],
      ['Bonnie Glasser was upbeat.', 'Bonnie Glasser', 'Bonnie Glaser was upbeat.'],
      // A given name's ending spelt another common way, two letters off.
      ['The analyst Bonny Glaser was upbeat.', 'Bonny Glaser', 'The analyst Bonnie Glaser was upbeat.'],
      // At a sentence start too, though "bonny" is an ordinary word, beside the surname spelt right.
      ['Bonny Glaser was upbeat.', 'Bonny Glaser', 'Bonnie Glaser was upbeat.'],
      // So is a first "c" for a "k" that sounds the same ("curt" is a word too).
      ['Curt Campbell told the BBC that talks help.', 'Curt Campbell', 'Kurt Campbell told the BBC that talks help.'],
      ['Craig Singelton was not.', 'Craig Singelton', 'Craig Singleton was not.'],
      ['Tsai Ying-wen visited.', 'Tsai Ying-wen', 'Tsai Ing-wen visited.'],
      ['Russell added a caveat.', 'Russell', 'Russel added a caveat.'],
      ['# Blinkin Heads Home', 'Blinkin', '# Blinken Heads Home'],
    ]);
  });

  test('leaves correct names and the people a draft may name beside them alone', () => {
    const draft = [
      'US Secretary of State Antony Blinken met Xi Jinping. Tony Blinken’s hosts, Blinken’s aides, Xi’s remarks.',
      'Campell said so. Daniel J. Kritenbrink and Daniel Kritenbrink. Tsai Ing-wen. Wang Wenbin. Vivian Balakrishnan.',
      'Anthony Albanese, Richard Nixon, Deng Xiaoping, Zhou Enlai, Jimmy Carter and Margaret Okonkwo.',
      'Kurt Russell, Naomi Campbell, Bertrand Russell, Jill Biden, Hunter Biden, Robert Gates and Nicholas Burns.',
      'Russell Crowe and Jane Austen. Osama and Yates are too short a step from Obama and Gates to mean them.',
      'Wang Huning, Wang Yang, Li Qiang, Dan Sullivan, Scott Morrison and Kurt Tong. Daniel Singleton too.',
      'Monday in Beijing and Washington: China, the Sino-US relationship, Taiwan, the Indo-Pacific.',
      'Only Blinken could do it. Laser focus. Singletons.',
      // A word that opens a sentence, a letter from a given name but not by sound, is no given name.
      'Curtly, Campbell declined. Hurt Campbell? Not at all.',
      // An acronym in capitals is not a surname: AUSMIN, the US–Australia talks, beside Lloyd Austin.
      'AUSMIN met in Brisbane with Lloyd Austin.',
    ].join('\n\n');
    assertQuiet(builtIn, [draft]);
    // The surname of someone named in full before, who is nobody in the reference, is that person's.
    assertQuiet(builtIn, ['Councilmember Tom Russell voted against the library plan. Russell said he worried about costs.']);
    // A given name that is also a word opens the sentence: a full name, not a lone surname ("tom" is a word).
    assertQuiet(builtIn, ['The board met. Tom Russell spoke.']);
    assert.equal(findingsOf('name-misspelled', 'The board met. Yesterday Russell spoke.', builtIn).length, 1);
    assert.equal(findingsOf('name-misspelled', 'Danny Russell spoke first. Russell said he worried about costs.', builtIn).length, 2);
  });

  test('fixture drafts: every planted misspelling, and nothing in the clean draft', () => {
    assertFixtures('name-misspelled', builtIn, 'blinken', [
      ['Anthony Blinken', 'Antony Blinken'],
      ['Blinkin', 'Blinken'],
      ['Xi Jingping', 'Xi Jinping'],
      ['Qin Gan', 'Qin Gang'],
      ['Kurt Cambell', 'Kurt Campbell'],
      ['Scot Mulhauser', 'Scott Mulhauser'],
      ['Bonnie Glasser', 'Bonnie Glaser'],
      ['Craig Singelton', 'Craig Singleton'],
    ], flaggedAndFix);
  });
});

test('a misspelt speaker whose first word is someone else’s name is not made that person’s misattribution', () => {
  // "Wang" alone is Wang Yi; "Wang Wenbing" is Wang Wenbin misspelt, the quote's real speaker.
  const text = 'Foreign ministry spokesman Wang Wenbing said the US needed to “respect China’s core concerns.”';
  assert.deepEqual(findingsOf('name-misspelled', text, builtIn).map((f) => text.slice(f.start, f.end)), ['Wang Wenbing']);
  assert.deepEqual(findingsOf('quote-misattributed', text, builtIn), []);
  // Someone else's full name still takes the quote.
  assert.equal(findingsOf('quote-misattributed', 'Wang Yi said the US needed to “respect China’s core concerns.”', builtIn).length, 1);
});

test('a surname several people carry is the one the draft last named in full', () => {
  // "Wang" alone is Wang Yi's alias in the built-in set, and Wang Wenbin's surname.
  const text = 'Wang Wenbin spoke before the trip. Wang said the US needed to “respect China’s core concerns”.';
  assert.deepEqual(findingsOf('quote-misattributed', text, builtIn), []);
  const other = 'Wang Yi spoke before the trip. Wang said the US needed to “respect China’s core concerns”.';
  assert.equal(findingsOf('quote-misattributed', other, builtIn).length, 1);
});

test('a misspelling talked about is no use of the name: the whole of a quotation, or after a word for how it was written', () => {
  assertQuiet(copper, [
    'Valeria Castellanos, whose surname appeared as “Castelanos” in one transcript, spoke first.',
    'One caption wrote "Castelanos" for the minister.',
    'Her name was misspelled as Castelanos in an early report.',
    'A graphic spelled Valeria Castellanos’s name as *Castelanos*.',
  ]);
  // Used as a name, in a quotation or not, it is still misspelt; so is a name "as" someone, no spelling told.
  assertFlags(copper, [
    ['Valeria Castelanos spoke first.', 'Valeria Castelanos', 'Valeria Castellanos spoke first.'],
    ['Chile sent its mining minister as Castelanos was busy.', 'Castelanos', 'Chile sent its mining minister as Castellanos was busy.'],
    ['“Castelanos will sign,” an aide said.', 'Castelanos', '“Castellanos will sign,” an aide said.'],
  ]);
});
