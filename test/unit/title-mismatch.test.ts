// title-mismatch: a title that contradicts the reference (another kind of office, or someone else's office)
// is flagged with two non-preferred fixes (the person's own title; the office holder's name). Correct titles
// in other wording, generic titles that fit, past titles and titles inside quotations are left alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine';
import type { Finding } from '../../server/src/checks/finding';
import { ReferenceIndex } from '../../server/src/reference/index';
import { loadBuiltInReference } from '../../server/src/reference/loader';
import { applyFix, assertFixtures, assertQuiet as assertNoneOf, findingsOf, onlyFinding } from '../fixtures/names/check';
import { ARTICLE, ARTICLE_PATH, COPPER_SET, at, copperReference } from '../fixtures/names/copperPact';
import { ARTICLE as LISBON_ARTICLE, lisbonReference, lisbonSet } from '../fixtures/facts/lisbonReference';
import { parseReference } from '../../server/src/reference/loader';

const copper = copperReference();
const builtIn = new ReferenceIndex(loadBuiltInReference());

function titleFindings(text: string, reference: ReferenceIndex): Finding[] {
  return findingsOf('title-mismatch', text, reference);
}

const flagged = (draft: string, f: Finding) => draft.slice(f.start, f.end);

/** Each case: the draft, the words flagged, the draft after each fix in order. */
function assertFlags(reference: ReferenceIndex, cases: [draft: string, flagged: string, fixed: string[]][]) {
  for (const [draft, flagged, fixed] of cases) {
    const finding = onlyFinding('title-mismatch', reference, draft, flagged);
    assert.deepEqual(finding.fixes.map((_, k) => applyFix(draft, finding, k)), fixed);
    assert.ok(finding.fixes.every((fix) => !fix.preferred), 'two readings: no fix is preferred');
  }
}

/** The invented set with one person's roles replaced. */
function copperWithRoles(id: string, roles: (typeof COPPER_SET)['people'][number]['roles']): ReferenceIndex {
  const people = COPPER_SET.people.map((p) => (p.id === id ? { ...p, roles } : p));
  return new ReferenceIndex({ set: { ...COPPER_SET, people }, file: '/virtual/copper-pact.json', articlePath: ARTICLE_PATH, articleText: ARTICLE });
}

function assertQuiet(reference: ReferenceIndex, drafts: string[]) {
  assertNoneOf('title-mismatch', reference, drafts);
}

describe('title-mismatch on an invented reference set', () => {
  test('flags another kind of office, before the name and in apposition', () => {
    assertFlags(copper, [
      ['She met Ambassador Kenji Mori.', 'Ambassador', ['She met Foreign Minister Kenji Mori.', 'She met Ambassador Henrik Lindqvist.']],
      ['Xu Lan, China’s foreign minister, arrived.', 'China’s foreign minister', ['Xu Lan, China’s vice premier, arrived.']],
      ['**Xu Lan**, China’s foreign minister, arrived.', 'China’s foreign minister', ['**Xu Lan**, China’s vice premier, arrived.']],
      ['Henrik Lindqvist, the Swedish trade minister, spoke.', 'Swedish trade minister', ['Henrik Lindqvist, Sweden’s ambassador, spoke.']],
      [
        'It was drafted by the Mining Minister Juan Pablo Rojas.',
        'Mining Minister',
        ['It was drafted by the spokesman Juan Pablo Rojas.', 'It was drafted by the Mining Minister Valeria Castellanos.'],
      ],
      // The same kind of office in another department, whoever holds it.
      ['Defense Minister Kenji Mori spoke.', 'Defense Minister', ['Foreign Minister Kenji Mori spoke.']],
    ]);
    assertQuiet(copper, ['Japanese Minister Kenji Mori spoke.']);
  });

  test('a title set off after a second name joined by ", and" is that name\'s, not the first\'s ("Mori, and Lindqvist, now Sweden\'s ambassador, …")', () => {
    assertQuiet(copper, ["The pact followed talks with Kenji Mori, and Henrik Lindqvist, now Sweden's ambassador, praised it."]);
    assert.deepEqual(
      titleFindings("The pact followed talks with Kenji Mori, and Henrik Lindqvist, now Japan's ambassador, praised it.", copper).map((f) => f.message.includes('Henrik Lindqvist as ambassador')),
      [true],
    );
    // A person named within the first description is part of it: the title after "now" is still the first name's.
    for (const draft of ["Henrik Lindqvist, an aide during Diego Paredes's term, now Japan's ambassador, spoke.", "Henrik Lindqvist, an aide to Diego Paredes and now Japan's ambassador, spoke."]) {
      assert.deepEqual(titleFindings(draft, copper).map((f) => flagged(draft, f)), ["Japan's ambassador"], draft);
    }
  });

  test('a title opening the sentence, set off by a comma right before the name, is the name\'s ("Now Chile\'s foreign minister, Name …")', () => {
    for (const [draft, title] of [
      ["Now Chile's foreign minister, Castellanos spoke first.", "Chile's foreign minister"],
      ['As trade minister, Kenji Mori signed the pact.', 'trade minister'],
      ['Now the Swedish trade minister, Lindqvist spoke.', 'Swedish trade minister'],
    ]) {
      assert.deepEqual(titleFindings(draft, copper).map((f) => flagged(draft, f)), [title], draft);
    }
    assertQuiet(copper, [
      "As Chile's mining minister, Castellanos spoke first.",
      'Now foreign minister, Mori spoke first.',
      'As foreign minister, Kenji Mori signed the pact.',
      // Not set off right before the name, or not opening the sentence: no title of the name's.
      'As trade minister, the visitor met Kenji Mori.',
      'In Chile the trade minister, Kenji Mori said, is weak.',
      'His trade minister, Kenji Mori said, was away.',
    ]);
  });

  test('an office holder’s possessive qualifies a title set off after the name as a name’s would ("the president’s foreign minister")', () => {
    const [finding] = titleFindings('Xu Lan, the president’s foreign minister, arrived.', copper);
    assert.equal(flagged('Xu Lan, the president’s foreign minister, arrived.', finding), 'president’s foreign minister');
    assertQuiet(copper, ['Xu Lan, the president’s vice premier, arrived.', 'Xu Lan, the president’s guest, arrived.']);
  });

  test('a title set off after "our", "my" or "your" is given as "the" gives it (a speech: "Henrik Lindqvist, our trade minister")', () => {
    assertFlags(copper, [
      ['Henrik Lindqvist, our trade minister, spoke.', 'trade minister', ['Henrik Lindqvist, our ambassador, spoke.']],
      ['My trade minister, Henrik Lindqvist, spoke.', 'trade minister', ['My ambassador, Henrik Lindqvist, spoke.']],
    ]);
    assertQuiet(copper, ['Henrik Lindqvist, our ambassador, spoke.', 'Henrik Lindqvist, our friend, spoke.', 'Henrik Lindqvist, our guest, spoke.']);
  });

  test('an answer’s label opening a line leaves its pronoun the subject ("Q: Who is X? A: He is …")', () => {
    const lisbon = lisbonReference();
    assertFlags(lisbon, [
      ['Q: Who is Carlos Duarte?\nA: He is Brazil’s trade minister.', 'Brazil’s trade minister', ['Q: Who is Carlos Duarte?\nA: He is Brazil’s foreign minister.']],
      ['**Q:** Who is Maria Lindqvist?\n**A:** She is the EU’s foreign policy chief.', 'EU’s foreign policy chief', ['**Q:** Who is Maria Lindqvist?\n**A:** She is the EU’s trade commissioner.']],
    ]);
    assertQuiet(lisbon, ['Q: Who is Carlos Duarte?\nA: He is Brazil’s foreign minister.']);
  });

  test('an everyday word opening the sentence is no first name of another person ("But Mori, …")', () => {
    assertFlags(copper, [
      ['But Mori, Japan’s ambassador, arrived.', 'Japan’s ambassador', ['But Mori, Japan’s foreign minister, arrived.']],
      ['And Xu, China’s foreign minister, arrived.', 'China’s foreign minister', ['And Xu, China’s vice premier, arrived.']],
    ]);
    // A first name the set does not have is another person of that surname.
    assertQuiet(copper, ['Emi Mori, Japan’s ambassador, arrived.']);
  });

  test('a title in apposition ends with its table cell', () => {
    assert.equal(onlyFinding('title-mismatch', copper, '| Who | Said |\n| --- | --- |\n| Xu Lan, China’s foreign minister | Nothing |', 'China’s foreign minister').code, 'title-mismatch');
    assertQuiet(copper, ['| Who | Said |\n| --- | --- |\n| Xu Lan, China’s Vice Premier | Nothing |']);
  });

  test('reads a title abbreviated before the name, its full stop replaced with it', () => {
    assertFlags(copper, [
      ['She met Sec. Kenji Mori.', 'Sec.', ['She met Foreign Minister Kenji Mori.']],
      ['Pres. Xu Lan spoke.', 'Pres.', ['Vice Premier Xu Lan spoke.', 'Pres. Diego Paredes spoke.']],
      ['FM Valeria Castellanos spoke.', 'FM', ['Mining Minister Valeria Castellanos spoke.', 'FM Kenji Mori spoke.']],
    ]);
    // Abbreviations of the right office; a lower-case "sec" is a second; honorifics ("Amb.", "Gen.") stay with
    // their holders after the post.
    assertQuiet(copper, ['FM Kenji Mori spoke.', 'It took 30 sec Kenji Mori said.', 'Gen. Kenji Mori spoke.', 'Amb. Kenji Mori spoke.', 'Sen. Xu Lan spoke.']);
    // A department spelt the British way is the same department.
    assertQuiet(builtIn, ['US defence secretary Lloyd Austin spoke.']);
  });

  test('"X is <title>" says what the person is now, as an apposition does', () => {
    assert.equal(onlyFinding('title-mismatch', copper, 'Xu Lan is China’s foreign minister.', 'China’s foreign minister').code, 'title-mismatch');
    assert.equal(onlyFinding('title-mismatch', copper, 'Henrik Lindqvist is the Swedish trade minister.', 'Swedish trade minister').code, 'title-mismatch');
    assertQuiet(copper, ['Xu Lan is China’s Vice Premier.', 'Xu Lan is in Lima this week.', 'Xu Lan is a tough negotiator.', 'Xu Lan was China’s foreign minister once.']);
    // "now", "currently", "still" after "is" say the same.
    assert.equal(onlyFinding('title-mismatch', copper, 'Xu Lan is now China’s foreign minister.', 'China’s foreign minister').code, 'title-mismatch');
    assert.equal(onlyFinding('title-mismatch', copper, 'Henrik Lindqvist is currently the Swedish trade minister.', 'Swedish trade minister').code, 'title-mismatch');
    assertQuiet(copper, ['Xu Lan is now Vice Premier of China.', 'Xu Lan is still in Lima.', 'Xu Lan is now the first to sign.']);
  });

  test('a title joined by "and" to another description is still the one given ("the trade minister and a former envoy")', () => {
    assert.equal(onlyFinding('title-mismatch', copper, 'Xu Lan, China’s foreign minister and a former envoy, arrived.', 'China’s foreign minister').code, 'title-mismatch');
    assert.equal(onlyFinding('title-mismatch', copper, 'Xu Lan, China’s foreign minister and formerly an envoy, arrived.', 'China’s foreign minister').code, 'title-mismatch');
    assertQuiet(copper, ['Xu Lan, China’s Vice Premier and a former envoy, arrived.', 'Xu Lan, China’s foreign minister and trade chief Li, arrived.']);
  });

  test('a name opening its line, then a colon, is given the title after it (a glossary, a fact box)', () => {
    assert.match(onlyFinding('title-mismatch', copper, "- **Kenji Mori**: Japan's trade minister.", "Japan's trade minister").message, /Foreign Minister/);
    // A description of the same person after it, opening with someone else's possessive, leaves the title his.
    assert.match(onlyFinding('title-mismatch', copper, "- Kenji Mori: Japan's trade minister, Castellanos’s counterpart in the talks", "Japan's trade minister").message, /Foreign Minister/);
    assertQuiet(copper, ["- **Kenji Mori**: Japan's foreign minister.", 'Kenji Mori: a quiet man who likes copper.', "The visitor was Kenji Mori: Japan's trade minister had stayed home."]);
    // So with a full stop, in a line of bios: "**Kenji Mori.** Japan's trade minister."
    assert.match(onlyFinding('title-mismatch', copper, "**Kenji Mori.** Japan's trade minister.", "Japan's trade minister").message, /Foreign Minister/);
    assertQuiet(copper, ["**Kenji Mori.** Japan's foreign minister.", "Kenji Mori. Japan's trade minister arrives next.", "She met Kenji Mori. Japan's trade minister stayed home."]);
    // A bold label's description opening the sentence after it is the label's, whatever verb follows.
    assert.match(onlyFinding('title-mismatch', copper, "6. **Kenji Mori.** Japan's trade minister told reporters he was pleased.", "Japan's trade minister").message, /Foreign Minister/);
    assertQuiet(copper, ["6. **Kenji Mori.** Japan's foreign minister told reporters he was pleased."]);
    // So with a bar, as a list of on-screen captions has it.
    assert.match(onlyFinding('title-mismatch', copper, "- Kenji Mori | Japan's trade minister", "Japan's trade minister").message, /Foreign Minister/);
    assertQuiet(copper, ["- Kenji Mori | Japan's foreign minister", 'Kenji Mori | Tokyo | Monday']);
  });

  test('after a label and its colon a sentence starts again: "Q: The foreign minister, Castellanos, …"', () => {
    for (const text of ['Q: The foreign minister, Castellanos, signed.', 'Note: The foreign minister, Castellanos, signed.']) {
      assert.equal(onlyFinding('title-mismatch', copper, text, 'foreign minister').code, 'title-mismatch', text);
    }
    assertQuiet(copper, ['Q: The mining minister, Castellanos, signed.']);
  });

  test('a line break in text wrapped by hand joins a title to the name on the next line; a short line stands alone', () => {
    const wrapped = 'After two days of talks in Santiago the deal was done, and Foreign Minister\nCastellanos signed it.';
    assert.equal(onlyFinding('title-mismatch', copper, wrapped, 'Foreign Minister').code, 'title-mismatch');
    assertQuiet(copper, ['Kenji Mori\nForeign Minister\nValeria Castellanos\nMining Minister']);
  });

  test('a title followed by "and the …", another description, is judged on its own', () => {
    assertFlags(copper, [
      ['Xu Lan is China’s foreign minister and the country’s chief negotiator.', 'China’s foreign minister', ['Xu Lan is China’s vice premier and the country’s chief negotiator.']],
    ]);
    assertQuiet(copper, ['Kenji Mori, Japan’s foreign minister and the country’s chief negotiator, signed.', 'Xu Lan, the Vice Premier and the architect of the pact, signed.']);
  });

  test('a list item ending in a title does not join it to a name opening the next item', () => {
    assertQuiet(copper, ['- “We signed it after two long days of talks in Santiago.” — **Kenji Mori**, Japanese foreign minister\n- Castellanos’s ministry published the text.']);
  });

  test('a title set off by dashes or a bracket is an apposition too', () => {
    assertFlags(copper, [
      ['Xu Lan — China’s foreign minister — arrived.', 'China’s foreign minister', ['Xu Lan — China’s vice premier — arrived.']],
      ['Xu Lan (China’s foreign minister) arrived.', 'China’s foreign minister', ['Xu Lan (China’s vice premier) arrived.']],
    ]);
    assertQuiet(copper, ['Xu Lan (China’s Vice Premier) arrived.', 'Xu Lan — who met Mori — arrived.']);
  });

  test('a title set off between two names is the second one’s', () => {
    assertQuiet(copper, ['Speaking alongside Castellanos, the Japanese foreign minister, Kenji Mori, praised the pact.']);
    assert.equal(titleFindings('Valeria Castellanos, the Japanese foreign minister, spoke.', copper).length, 1);
  });

  test('a relative clause saying what someone is now gives a title; one saying what they were does not', () => {
    assertFlags(copper, [
      ['Xu Lan, who is now China’s foreign minister, arrived.', 'China’s foreign minister', ['Xu Lan, who is now China’s vice premier, arrived.']],
      ['Henrik Lindqvist, who serves as the Swedish trade minister, spoke.', 'Swedish trade minister', ['Henrik Lindqvist, who serves as Sweden’s ambassador, spoke.']],
      // A word or two of the present before the verb.
      ['Xu Lan, who these days is China’s foreign minister, arrived.', 'China’s foreign minister', ['Xu Lan, who these days is China’s vice premier, arrived.']],
      ['Xu Lan, who today serves as China’s foreign minister, arrived.', 'China’s foreign minister', ['Xu Lan, who today serves as China’s vice premier, arrived.']],
    ]);
    assertQuiet(copper, [
      'Xu Lan, who is China’s Vice Premier, arrived.',
      'Xu Lan, who was China’s foreign minister, arrived.',
      'Xu Lan, who is now in Santiago, arrived.',
      'Xu Lan, who these days is China’s Vice Premier, arrived.',
      'Xu Lan, who was China’s foreign minister and is now its Vice Premier, arrived.',
    ]);
    assert.equal(onlyFinding('title-mismatch', copper, 'Xu Lan, who was a trade official and is now China’s foreign minister, arrived.', 'China’s foreign minister').refId, 'xu-lan');
    // An apposition's part after "and now", past what it says of before.
    assert.equal(onlyFinding('title-mismatch', copper, 'Xu Lan, a former trade official and now China’s foreign minister, arrived.', 'China’s foreign minister').refId, 'xu-lan');
    assertQuiet(copper, ['Xu Lan, a former trade official and now China’s Vice Premier, arrived.', 'Xu Lan, a former trade official, met Mori and now China’s foreign minister is worried.']);
    // A relative clause inside the apposition, telling the present.
    assert.equal(onlyFinding('title-mismatch', copper, 'Xu Lan, a former trade official who is now China’s foreign minister, arrived.', 'China’s foreign minister').refId, 'xu-lan');
    // The sentence's own "was …, and is now …", after the name or a pronoun standing for it.
    assert.equal(onlyFinding('title-mismatch', copper, 'Xu Lan was a trade official in Mori’s second term and is now China’s foreign minister.', 'China’s foreign minister').refId, 'xu-lan');
    assertQuiet(copper, ['Xu Lan was a trade official in Mori’s second term and is now China’s Vice Premier.', 'Xu Lan was China’s foreign minister.']);
    const russel = 'Danny Russel spoke. He was the top diplomat on East Asia and is now president of the Asia Society Policy Institute.';
    assert.equal(onlyFinding('title-mismatch', builtIn, russel, 'president of the Asia Society Policy Institute').refId, 'danny-russel');
    assertQuiet(builtIn, [russel.replace('now president', 'now a vice president'), 'Danny Russel spoke. He was the top diplomat on East Asia.']);
    // An abbreviation's full stops end nothing.
    assert.equal(onlyFinding('title-mismatch', copper, 'Xu Lan, a former U.N. trade official who is now China’s foreign minister, arrived.', 'China’s foreign minister').refId, 'xu-lan');
    assertQuiet(copper, ['Xu Lan, a former trade official who is now China’s Vice Premier, arrived.']);
    // "who as <title>" and a verb in the present after it; not "had": a post held before.
    assert.equal(onlyFinding('title-mismatch', copper, 'Xu Lan, who as China’s foreign minister has led the talks, arrived.', 'China’s foreign minister').refId, 'xu-lan');
    assertQuiet(copper, ['Xu Lan, who as China’s Vice Premier has led the talks, arrived.', 'Xu Lan, who as China’s foreign minister had led the talks, arrived.']);
    // A second apposition after a comma, opened by "now" and a title.
    assert.equal(onlyFinding('title-mismatch', copper, 'Xu Lan, a trade official in Mori’s second term, now China’s foreign minister, arrived.', 'China’s foreign minister').refId, 'xu-lan');
    assertQuiet(copper, ['Xu Lan, a trade official in Mori’s second term, now China’s Vice Premier, arrived.', 'Xu Lan, a trade official in Mori’s second term, now says the pact will hold.']);
    // Not across a list's line into the next item's "now …".
    assertQuiet(builtIn, ['- Bonnie Glaser — managing director, Indo-Pacific Program, German Marshall Fund\n- Danny Russel — a diplomat in Obama’s second term, now vice president at the Asia Society Policy Institute']);
  });

  test('a past post is judged for someone the reference knows by past posts alone: an office of state at a place of theirs', () => {
    assert.equal(onlyFinding('title-mismatch', copper, 'Diego Paredes, a former Chilean ambassador to Japan, spoke.', 'former Chilean ambassador to Japan').refId, 'diego-paredes');
    assert.equal(onlyFinding('title-mismatch', copper, 'Former Chilean ambassador Diego Paredes spoke.', 'Former Chilean ambassador').refId, 'diego-paredes');
    assertQuiet(copper, [
      'Diego Paredes, a former Chilean president, spoke.',
      // No place or body of theirs, not an office of state, or someone holding an office now.
      'Diego Paredes, a former senator, spoke.',
      'Diego Paredes, a former ambassador, spoke.',
      'Diego Paredes, a former Andes Copper director, spoke.',
      'Kenji Mori, a former Japanese trade minister, spoke.',
    ]);
  });

  test('an organisation the reference knows, given to someone it places at another one it knows', () => {
    assertFlags(copper, [
      ['Ruth Abernathy of Banco Austral said so.', 'Banco Austral', ['Ruth Abernathy of the Pacific Minerals Institute said so.', 'Greta Ransome of Banco Austral said so.']],
      [
        'Greta Ransome, an economist at the Pacific Minerals Institute, said so.',
        'Pacific Minerals Institute',
        ['Greta Ransome, an economist at Banco Austral, said so.', 'Ruth Abernathy, an economist at the Pacific Minerals Institute, said so.'],
      ],
      ['Banco Austral’s Ruth Abernathy said so.', 'Banco Austral', ['Pacific Minerals Institute’s Ruth Abernathy said so.', 'Banco Austral’s Greta Ransome said so.']],
    ]);
    assertQuiet(copper, [
      'Ruth Abernathy of the Pacific Minerals Institute said so.',
      'Greta Ransome, an economist at Banco Austral, said so.',
      // Not a job: where someone spoke; a job of the past.
      'Valeria Castellanos, speaking at Banco Austral, said so.',
      'Greta Ransome, a former fellow at the Pacific Minerals Institute, said so.',
      'Greta Ransome, formerly an analyst at the Pacific Minerals Institute, said so.',
      // A former office, or one held "in Japan", leaves where someone works now open.
      'Diego Paredes of Andes Copper Corp said so.',
      'Kenji Mori of Banco Austral said so.',
      'In 2015, Ruth Abernathy of Banco Austral said so.',
    ]);
  });

  test('a job set off with its article at another body is replaced whole by the role as the article writes it', () => {
    assertFlags(copper, [
      [
        'Ruth Abernathy, the chief executive of Andes Copper Corp, said so.',
        'Andes Copper Corp',
        ['Ruth Abernathy, a senior fellow at the Pacific Minerals Institute, said so.', 'Oluwaseun Adebayo, the chief executive of Andes Copper Corp, said so.'],
      ],
    ]);
    const ownFix = (draft: string, flagged: string) => applyFix(draft, onlyFinding('title-mismatch', builtIn, draft, flagged), 0);
    assert.equal(
      ownFix('Danny Russel, the managing director of the German Marshall Fund, said the talks were tough.', 'managing director of the German Marshall Fund'),
      'Danny Russel, a vice president at the Asia Society Policy Institute, said the talks were tough.',
    );
    // A past post: the draft's "US" and "to" go with the rest.
    assert.equal(
      ownFix('Scott Mulhauser, a former US ambassador to China, told reporters the relationship takes work.', 'former US ambassador to China'),
      'Scott Mulhauser, a former chief of staff at the US Embassy in Beijing, told reporters the relationship takes work.',
    );
    // With no article before "former", the article's role takes its own.
    assert.equal(
      ownFix('**Scott Mulhauser**, former US ambassador to China, told reporters the relationship takes work.', 'former US ambassador to China'),
      '**Scott Mulhauser**, a former chief of staff at the US Embassy in Beijing, told reporters the relationship takes work.',
    );
    // "now" is kept, the article's role after it.
    assert.equal(
      ownFix('Danny Russel, now managing director of the German Marshall Fund, said the talks were tough.', 'now managing director of the German Marshall Fund'),
      'Danny Russel, now a vice president at the Asia Society Policy Institute, said the talks were tough.',
    );
    // A body naming only part of the role's organisation goes with the wrong office: she runs the Fund's program, not the Fund.
    assert.equal(
      ownFix('Bonnie Glaser, president of the German Marshall Fund, told Al Jazeera the visit went well.', 'president of the German Marshall Fund'),
      'Bonnie Glaser, managing director of the German Marshall Fund’s Indo-Pacific Program, told Al Jazeera the visit went well.',
    );
    // One naming all of it stays.
    assert.equal(
      ownFix('Bonnie Glaser, president of the Indo-Pacific Program at the German Marshall Fund, was upbeat.', 'president of the Indo-Pacific Program at the German Marshall Fund'),
      'Bonnie Glaser, managing director of the Indo-Pacific Program at the German Marshall Fund, was upbeat.',
    );
    // The article's form with the body's possessive, where it writes that one.
    const kritenbrink = 'Daniel J Kritenbrink, a China expert at the Foundation for Defense of Democracies, told the BBC not to expect change.';
    assert.equal(applyFix(kritenbrink, onlyFinding('title-mismatch', builtIn, kritenbrink, 'Foundation for Defense of Democracies'), 0), 'Daniel J Kritenbrink, the State Department’s senior East Asia diplomat, told the BBC not to expect change.');
  });

  test('a table cell under a header of titles is the title of the person whose name fills a cell of its row', () => {
    const table = (header: string, row: string) => `| Name | ${header} |\n|---|---|\n${row}\n`;
    assertFlags(copper, [
      [
        table('Title', '| Valeria Castellanos | Foreign minister |'),
        'Foreign minister',
        [table('Title', '| Valeria Castellanos | Mining Minister |'), table('Title', '| Kenji Mori | Foreign minister |')],
      ],
    ]);
    assertQuiet(copper, [
      table('Title', '| Valeria Castellanos | Mining minister |\n| Henrik Lindqvist | Sweden’s ambassador to Chile |'),
      // A column of something else; a name cell saying more than the name.
      table('Notes', '| Valeria Castellanos | Foreign minister |'),
      table('Role', '| Valeria Castellanos, Chile | Foreign minister |'),
    ]);
  });

  test('a body written as a word of a wrong title after a name goes with it; the person’s own body stays', () => {
    assertFlags(copper, [['Oluwaseun Adebayo, the Senate spokesman, said so.', 'Senate spokesman', ['Oluwaseun Adebayo, the chief executive, said so.']]]);
    assertFlags(copper, [['Kenji Mori, the Japanese trade minister, said so.', 'Japanese trade minister', ['Kenji Mori, the Japanese foreign minister, said so.']]]);
  });

  test('a title after a name loses the body before its office when that body is another role’s', () => {
    assertFlags(copper, [
      [
        'Kenji Mori, the Andes Copper Corp chief executive, said so.',
        'Andes Copper Corp chief executive',
        ['Kenji Mori, Foreign Minister, said so.', 'Oluwaseun Adebayo, the Andes Copper Corp chief executive, said so.'],
      ],
    ]);
    // A body no role of the reference is held at may be the person's own under another name: it stays.
    const [commissioner] = titleFindings('**Q:** Who is Maria Lindqvist?\n**A:** She is the EU’s foreign policy chief.', lisbonReference());
    assert.match(applyFix('**Q:** Who is Maria Lindqvist?\n**A:** She is the EU’s foreign policy chief.', commissioner, 0), /the EU’s trade commissioner/);
  });

  test('a body the reference knows, written half capitalised ("the Foreign ministry spokesman"), is read as part of the title', () => {
    for (const draft of ['Wang Yi, the Foreign ministry spokesman, met Blinken.', '| Day | Who | Title |\n|---|---|---|\n| Monday | Wang Yi | Foreign ministry spokesman |\n']) {
      onlyFinding('title-mismatch', builtIn, draft, 'Foreign ministry spokesman');
    }
    assertQuiet(builtIn, ['Wang Wenbin, the Foreign ministry spokesman, spoke.', 'Wang Wenbin, the foreign Ministry spokesman, spoke.']);
  });

  test('a title said to be held in the term of someone who holds no office now was held then', () => {
    assertQuiet(builtIn, ['- **Danny Russel**: the top diplomat on East Asia during Barack Obama’s second term, now a vice president at the Asia Society Policy Institute.']);
    // Without the term, given as held now; in the term of someone in office now, still judged.
    onlyFinding('title-mismatch', builtIn, '- **Danny Russel**: the top diplomat on East Asia, now a vice president at the Asia Society Policy Institute.', 'top diplomat on East Asia');
    onlyFinding('title-mismatch', builtIn, '- **Qin Gang**: the defense minister during Xi’s third term.', 'defense minister');
  });

  test('a relative pronoun after a title set off after a name ends it ("Xu Lan, China’s foreign minister whose …")', () => {
    onlyFinding('title-mismatch', copper, 'Xu Lan, China’s foreign minister whose visit pleased Mori, arrived.', 'China’s foreign minister');
    assertQuiet(copper, ['Xu Lan, China’s Vice Premier whose visit pleased Mori, arrived.', 'Xu Lan, the official who signed, arrived.']);
  });

  test('initials in brackets between the name and its title ("Xu Lan (XL), China’s foreign minister") leave the title the name’s', () => {
    onlyFinding('title-mismatch', copper, 'Xu Lan (XL), China’s foreign minister, arrived.', 'China’s foreign minister');
    assertQuiet(copper, ['Xu Lan (XL), China’s Vice Premier, arrived.', 'Xu Lan (XL) arrived.']);
  });

  test('whom an office serves, in lower case ("national security adviser to the president"), is part of the title', () => {
    onlyFinding('title-mismatch', builtIn, 'Kurt Campbell, national security adviser to the president, spoke.', 'national security adviser to the president');
    onlyFinding('title-mismatch', builtIn, '| Voice | Role |\n| --- | --- |\n| Kurt Campbell | National security adviser to the president |\n', 'National security adviser to the president');
    assertQuiet(builtIn, ['Jake Sullivan, national security adviser to the president, spoke.']);
  });

  test('a title in a table cell ends with its cell: "| Prime Minister of Singapore | CNN |"', () => {
    const table = (role: string) => `| Voice | Role | Outlet |\n| --- | --- | --- |\n| Vivian Balakrishnan | ${role} | CNN |\n`;
    onlyFinding('title-mismatch', builtIn, table('Prime Minister of Singapore'), 'Prime Minister of Singapore');
    assertQuiet(builtIn, [table('Foreign Minister of Singapore')]);
  });

  test('a header saying whose words the titles are ("Role as described in the coverage", "Title at the time") heads a column of titles', () => {
    const table = (header: string) => `| Person | ${header} |\n| --- | --- |\n| Xu Lan | China’s foreign minister |\n`;
    for (const header of ['Role as described in the coverage', 'Title at the time', 'Role (April 2025)']) onlyFinding('title-mismatch', copper, table(header), 'China’s foreign minister');
    // A column of something else is no title.
    assertQuiet(copper, [table('Stance on the deal'), table('Role in the talks'), table('Remark')]);
  });

  test('a table after a blank line has its own header, not the one of the table above it', () => {
    const roles = '| Person | Role |\n| --- | --- |\n| Kenji Mori | Japan’s foreign minister |\n\n';
    const remarks = '| Person | Remark |\n| --- | --- |\n| Xu Lan | China’s foreign minister |\n';
    assertQuiet(copper, [roles + remarks]);
    const events = '| Day | Event |\n| --- | --- |\n| Tuesday | The pact is signed |\n\n';
    onlyFinding('title-mismatch', copper, `${events}| Person | Role |\n| --- | --- |\n| Xu Lan | China’s foreign minister |\n`, 'China’s foreign minister');
  });

  test('an organisation the reference does not name, given to someone it places at one it knows', () => {
    // Each case: the draft, the words flagged, the draft after the preferred fix.
    const cases: [string, string, string][] = [
      ['Ruth Abernathy of the Heritage Foundation said so.', 'Heritage Foundation', 'Ruth Abernathy of the Pacific Minerals Institute said so.'],
      // Its possessive right before the name.
      ['The Heritage Foundation’s Ruth Abernathy said so.', 'Heritage Foundation', 'The Pacific Minerals Institute’s Ruth Abernathy said so.'],
      ['Greta Ransome, an economist at the Brookings Institution, said so.', 'Brookings Institution', 'Greta Ransome, an economist at Banco Austral, said so.'],
      ['Greta Ransome, a specialist at the Brookings Institution, said so.', 'Brookings Institution', 'Greta Ransome, an economist at Banco Austral, said so.'],
      ['Ruth Abernathy is a senior fellow at the Council on Foreign Relations.', 'Council on Foreign Relations', 'Ruth Abernathy is a senior fellow at the Pacific Minerals Institute.'],
      // A job that is not the person's goes with the place.
      ['Ruth Abernathy, an economist at the Brookings Institution’s Copper Program, said so.', 'Brookings Institution', 'Ruth Abernathy, an economist at the Pacific Minerals Institute’s Copper Program, said so.'],
      ['Greta Ransome, a senior fellow at the Brookings Institution, said so.', 'Brookings Institution', 'Greta Ransome, an economist at Banco Austral, said so.'],
      // The part of a relative clause telling what the person is now.
      [
        'Ruth Abernathy, who was an adviser to the mining minister and is now a senior fellow at the Heritage Foundation, said so.',
        'Heritage Foundation',
        'Ruth Abernathy, who was an adviser to the mining minister and is now a senior fellow at the Pacific Minerals Institute, said so.',
      ],
      // An apposition's part after "and now".
      [
        'Ruth Abernathy, an adviser to the mining minister and now a senior fellow at the Heritage Foundation, said so.',
        'Heritage Foundation',
        'Ruth Abernathy, an adviser to the mining minister and now a senior fellow at the Pacific Minerals Institute, said so.',
      ],
      // A relative clause saying what the person is or does now.
      ['Ruth Abernathy, who is now a senior fellow at the Heritage Foundation, said so.', 'Heritage Foundation', 'Ruth Abernathy, who is now a senior fellow at the Pacific Minerals Institute, said so.'],
      ['Ruth Abernathy, who works at the Heritage Foundation, said so.', 'Heritage Foundation', 'Ruth Abernathy, who works at the Pacific Minerals Institute, said so.'],
      ['Ruth Abernathy, who heads the copper desk at the Heritage Foundation, said so.', 'Heritage Foundation', 'Ruth Abernathy, who heads the copper desk at the Pacific Minerals Institute, said so.'],
      // The preposition set off by commas.
      ['Ruth Abernathy, of the Heritage Foundation, said so.', 'Heritage Foundation', 'Ruth Abernathy, of the Pacific Minerals Institute, said so.'],
      // A name in bold: markdown's marks stand between it and the comma.
      ['**Ruth Abernathy**, a senior fellow at the Heritage Foundation, said so.', 'Heritage Foundation', '**Ruth Abernathy**, a senior fellow at the Pacific Minerals Institute, said so.'],
      // A possessive keeps its ending as the new name takes it.
      ['Ruth Abernathy, a senior fellow at the Council on Foreign Relations’ copper desk, said so.', 'Council on Foreign Relations', 'Ruth Abernathy, a senior fellow at the Pacific Minerals Institute’s copper desk, said so.'],
    ];
    for (const [draft, flagged, fixed] of cases) {
      const finding = onlyFinding('title-mismatch', copper, draft, flagged);
      assert.equal(applyFix(draft, finding, finding.fixes.findIndex((fix) => fix.preferred)), fixed);
    }
    assertQuiet(copper, [
      // An acronym is a name of its own: the words after "and" are someone else's.
      'Ruth Abernathy of PMI and Marcus Threlfall of the Lowy Institute commented.',
      // Its own organisation in other words; no organisation's name (one capitalised word, no word for a body).
      'Ruth Abernathy, a senior fellow at the Minerals Institute, said so.',
      'Ruth Abernathy of the Pacific Minerals Fund said so.',
      'Greta Ransome, an economist at Austral, said so.',
      'Greta Ransome, an economist at the Santiago Copper Desk, said so.',
      // A job of the past, where someone spoke, someone with only a former office.
      'Greta Ransome, a former economist at the Brookings Institution, said so.',
      'Ruth Abernathy, speaking at the Brookings Institution, said so.',
      'Diego Paredes of the Heritage Foundation said so.',
      // Of the past, or working with a body rather than at it.
      'Ruth Abernathy, who worked at the Heritage Foundation, said so.',
      'Ruth Abernathy, who works with the Heritage Foundation on a study, said so.',
      // A possessive of one word that names no body; the person's own body's possessive in other words.
      'Heritage’s Ruth Abernathy said so.',
      'The Pacific Minerals Institute’s Ruth Abernathy said so.',
    ]);
  });

  test('an office of the person’s own, at another body named by its acronym', () => {
    // Oluwaseun Adebayo is chief executive of Andes Copper Corp.
    assertFlags(copper, [
      ['BHP chief executive Oluwaseun Adebayo said so.', 'BHP chief executive', ['Chief executive Oluwaseun Adebayo said so.']],
      ['Oluwaseun Adebayo, the BHP chief executive, said so.', 'BHP chief executive', ['Oluwaseun Adebayo, the chief executive, said so.']],
    ]);
    // The body's own initials; a country's.
    assertQuiet(copper, ['ACC chief executive Oluwaseun Adebayo said so.', 'US chief executive Oluwaseun Adebayo said so.']);
  });

  test('a rank word too many is taken out only when what is left is the role’s title', () => {
    assertFlags(copper, [
      ['Oluwaseun Adebayo, deputy chief executive of Andes Copper Corp, said so.', 'deputy chief executive of Andes Copper Corp', ['Oluwaseun Adebayo, chief executive of Andes Copper Corp, said so.']],
      ['Oluwaseun Adebayo, the deputy executive of Andes Copper Corp, said so.', 'deputy executive of Andes Copper Corp', ['Oluwaseun Adebayo, the chief executive of Andes Copper Corp, said so.']],
    ]);
  });

  test('the fix keeps a complement naming where the person’s own office is held', () => {
    assertFlags(copper, [
      ['Xu Lan, foreign minister of China, arrived.', 'foreign minister of China', ['Xu Lan, vice premier of China, arrived.', 'Kenji Mori, foreign minister of China, arrived.']],
      ['Henrik Lindqvist, trade minister of Sweden, spoke.', 'trade minister of Sweden', ['Henrik Lindqvist, ambassador of Sweden, spoke.']],
    ]);
  });

  test('the answer under a question asking who someone is gives that person the title it opens with', () => {
    for (const text of ['### Who is Kenji Mori?\n\nJapan’s ambassador.', '### Who is Kenji Mori?\n\nJapan’s ambassador.\n\nMore on the talks.\n\nAnd more.', 'Q: Who is Kenji Mori?\n\nJapan’s ambassador. He arrived on Monday.']) {
      assert.equal(titleFindings(text, copper).length, 1, text);
      assert.equal(flagged(text, titleFindings(text, copper)[0]), 'Japan’s ambassador', text);
    }
    assertQuiet(copper, ['### Who is Kenji Mori?\n\nJapan’s foreign minister.', '### Who is Kenji Mori?\n\nThe man Castellanos met.', '### Kenji Mori?\n\nJapan’s ambassador.']);
  });

  test('a sentence about another time may give the title held then', () => {
    assertQuiet(copper, ['In 2015, she met Ambassador Kenji Mori.', 'She met Kenji Mori in May 2026. Ambassador Mori was back in Tokyo by then.', 'In September, she met Ambassador Kenji Mori.']);
    // So may a paragraph under a headline or heading stating another time, itself stating none.
    assertQuiet(copper, ['# The talks of May 2027\n\n## Tokyo\n\nShe met Ambassador Kenji Mori.']);
    assertFlags(copper, [['# The talks of April 2025\n\nShe met Ambassador Kenji Mori.', 'Ambassador', ['# The talks of April 2025\n\nShe met Foreign Minister Kenji Mori.', '# The talks of April 2025\n\nShe met Ambassador Henrik Lindqvist.']]]);
    assertFlags(copper, [['In 2025, she met Ambassador Kenji Mori.', 'Ambassador', ['In 2025, she met Foreign Minister Kenji Mori.', 'In 2025, she met Ambassador Henrik Lindqvist.']]]);
    // Not a title said to be held now: "the current ambassador" is today's.
    assertFlags(copper, [['In 2015, she met Kenji Mori, the current ambassador.', 'current ambassador', ['In 2015, she met Kenji Mori, the foreign minister.', 'In 2015, she met Henrik Lindqvist, the current ambassador.']]]);
    // A month alone in the sentence before may be the year before: the title is judged.
    assertFlags(copper, [['The drills came in September. She met Ambassador Kenji Mori.', 'Ambassador', ['The drills came in September. She met Foreign Minister Kenji Mori.', 'The drills came in September. She met Ambassador Henrik Lindqvist.']]]);
  });

  test('a month told of in one part of a sentence is not the time of a title in a part joined after it with a date of its own', () => {
    const joined = 'Talks stalled in September after the vote, and in March Ambassador Kenji Mori arrived.';
    assertFlags(copper, [[joined, 'Ambassador', [joined.replace('Ambassador', 'Foreign Minister'), joined.replace('Kenji Mori', 'Henrik Lindqvist')]]]);
    // A month or weekday right before the title tells when, and is no part of it.
    for (const text of ['In March Ambassador Kenji Mori arrived.', 'On Monday Ambassador Kenji Mori arrived.']) {
      assertFlags(copper, [[text, 'Ambassador', [text.replace('Ambassador', 'Foreign Minister'), text.replace('Kenji Mori', 'Henrik Lindqvist')]]]);
    }
    assertQuiet(copper, [
      // The later part's own month is another time.
      'Talks stalled in March after the vote, and in September Ambassador Kenji Mori arrived.',
      // A date inside a phrase of the same part does not take over, nor over a stated year.
      'In September, after a summit in March, Ambassador Kenji Mori arrived.',
      'In 2019, after a visit in March, Ambassador Kenji Mori arrived.',
      'Talks stalled in 2019, and in March Ambassador Kenji Mori arrived.',
    ]);
  });

  test('flags the person’s own office a rank up: “Premier” for a vice premier', () => {
    const [finding] = titleFindings('Premier Xu Lan was there too.', copper);
    assert.equal(finding?.message, 'The reference gives Xu Lan as Vice Premier (China), not “Premier”.');
    assert.deepEqual(finding.fixes.length, 1);
    assert.equal(applyFix('Premier Xu Lan was there too.', finding), 'Vice Premier Xu Lan was there too.');
    // The rank word goes before the head word, the rest of the draft's title kept.
    const possessive = 'China’s premier, Xu Lan, was there too.';
    assert.equal(applyFix(possessive, titleFindings(possessive, copper)[0]), 'China’s vice premier, Xu Lan, was there too.');
    // With the body after it, the role as the article writes it: one vice president of several, "at" the institute.
    for (const [draft, fixed] of [
      ['Danny Russel, now president of the Asia Society Policy Institute, spoke.', 'Danny Russel, now a vice president at the Asia Society Policy Institute, spoke.'],
      ['Danny Russel, the president of the Asia Society Policy Institute, spoke.', 'Danny Russel, a vice president at the Asia Society Policy Institute, spoke.'],
      ['Asia Society Policy Institute president Danny Russel spoke.', 'Asia Society Policy Institute vice president Danny Russel spoke.'],
    ]) {
      assert.equal(applyFix(draft, titleFindings(draft, builtIn)[0]), fixed, draft);
    }
  });

  test('flags the person’s own office a rank down, and a spokesperson’s job for someone in another office', () => {
    assertFlags(copper, [
      ['Deputy Foreign Minister Kenji Mori spoke.', 'Deputy Foreign Minister', ['Foreign Minister Kenji Mori spoke.']],
      ['Kenji Mori, Japan’s deputy foreign minister, spoke.', 'Japan’s deputy foreign minister', ['Kenji Mori, Japan’s foreign minister, spoke.']],
    ]);
    assert.equal(titleFindings('Valeria Castellanos, the ministry spokeswoman, spoke.', copper).length, 1);
    assertQuiet(copper, ['In 2015, Deputy Foreign Minister Kenji Mori spoke.', 'Vice Premier Xu Lan spoke.', 'Juan Pablo Rojas, the spokesman, spoke.']);
    // Roles without a department to tell them apart: the rank word alone, or a spokesperson's job.
    assertFlags(builtIn, [
      ['Taiwanese Vice President Tsai Ing-wen met McCarthy.', 'Taiwanese Vice President', ['Taiwanese President Tsai Ing-wen met McCarthy.']],
      ['CIA deputy director William Burns went to China.', 'CIA deputy director', ['CIA director William Burns went to China.']],
    ]);
    assert.equal(titleFindings('Kurt Campbell, the State Department spokesman, said so.', builtIn).length, 1);
    // The person's own kind of post with another function: a research director is not the managing director.
    for (const draft of ['Bonnie Glaser, the research director, said so.', 'Bonnie Glaser, the communications director of the German Marshall Fund, said so.']) {
      assert.equal(titleFindings(draft, builtIn).length, 1, draft);
    }
    assertQuiet(builtIn, ['Bonnie Glaser, the managing director, said so.', 'Bonnie Glaser, the Indo-Pacific program director, said so.', 'Bonnie Glaser, a director at the German Marshall Fund, said so.']);
    // A department of state named for someone whose office is at a body that is none, though no one the reference
    // names holds the office.
    for (const draft of ['Deputy Secretary of State William Burns went to China.', 'William Burns, the deputy secretary of state, went to China.']) {
      assert.equal(titleFindings(draft, builtIn).length, 1, draft);
    }
    assertQuiet(builtIn, ['CIA Director William Burns went to China.', 'William Burns, a former deputy secretary of state, went to China.', 'Intelligence chief William Burns went to China.']);
    assertQuiet(builtIn, ['In 2011, Vice President Joe Biden visited China.', 'Wang Wenbin, a spokesman, said so.']);
    // A one-word name two people carry: judged when the title is wrong for both.
    assert.equal(titleFindings('Wang Wenbin spoke for Beijing. Wang, China’s foreign minister, said so.', builtIn).length, 1);
    assertQuiet(builtIn, ['Wang, the foreign ministry spokesman, said so.', 'Wang, China’s top diplomat, said so.']);
    // Not someone else’s when their role shares fewer of its organisation words.
    assertQuiet(builtIn, ['The State Department’s East Asia chief, Daniel Kritenbrink, said so.', 'Daniel Kritenbrink, the State Department’s East Asia chief, said so.']);
    // The end of a longer title is not a title of its own.
    assertQuiet(builtIn, ['Deputy Assistant to the President Kurt Campbell told the BBC it was a good time to talk.']);
    assert.equal(titleFindings('President Kurt Campbell spoke.', builtIn).length, 1);
  });

  test('flags an office of the same kind that the reference gives to someone else', () => {
    assertFlags(copper, [
      [
        'Foreign Minister Valeria Castellanos signed.',
        'Foreign Minister',
        ['Mining Minister Valeria Castellanos signed.', 'Foreign Minister Kenji Mori signed.'],
      ],
      [
        'The Japanese minister Castellanos signed.',
        'Japanese minister',
        ['The Mining Minister Castellanos signed.', 'The Japanese minister Mori signed.'],
      ],
    ]);
  });

  test('a role the reference gives with no organisation is not another holder’s for the country written with it', () => {
    const people = COPPER_SET.people.map((p) => (p.id === 'valeria-castellanos' ? { ...p, roles: p.roles.map(({ organization: _, ...role }) => role) } : p));
    const unplaced = new ReferenceIndex({ set: { ...COPPER_SET, people }, file: '/virtual/copper-unplaced.json', articlePath: ARTICLE_PATH, articleText: ARTICLE });
    assertQuiet(unplaced, ['The Japanese minister Castellanos signed.', 'Castellanos, a Japanese minister, signed.']);
    // Another kind of office is still flagged.
    assert.equal(titleFindings('Ambassador Castellanos signed.', unplaced).length, 1);
  });

  test('someone’s office ("Mori’s spokesman") is not the post of that name the reference gives another', () => {
    assertFlags(copper, [["Mori's spokesman, Oluwaseun Adebayo, said nothing.", "Mori's spokesman", ["Mori's chief executive, Oluwaseun Adebayo, said nothing."]]]);
    assert.doesNotMatch(onlyFinding('title-mismatch', copper, "Mori's spokesman, Oluwaseun Adebayo, said nothing.", "Mori's spokesman").message, /Rojas/);
    // Without an owner, the post is the one the reference gives.
    assert.match(onlyFinding('title-mismatch', copper, 'Spokesman Oluwaseun Adebayo said nothing.', 'Spokesman').message, /“Spokesman” is Juan Pablo Rojas/);
  });

  test('the department a complement names is the office’s: "a spokesman for Chile’s Defense Ministry"', () => {
    // The fix changes the department only.
    assertFlags(copper, [["Juan Pablo Rojas, a spokesman for Chile's Defense Ministry, declined.", "spokesman for Chile's Defense Ministry", ["Juan Pablo Rojas, a spokesman for Chile's Foreign Ministry, declined."]]]);
    assertQuiet(copper, ["Juan Pablo Rojas, a spokesman for Chile's Foreign Ministry, declined.", 'Juan Pablo Rojas, a spokesman for the Chilean Foreign Ministry, declined.']);
    // In lower case after the country's name too.
    assertFlags(copper, [["Juan Pablo Rojas, a spokesman for Chile's defence ministry, declined.", "spokesman for Chile's defence ministry", ["Juan Pablo Rojas, a spokesman for Chile's foreign ministry, declined."]]]);
    assertQuiet(copper, ["Juan Pablo Rojas, a spokesman for Chile's foreign ministry, declined.", "Juan Pablo Rojas, a spokesman for Chile's government, declined."]);
  });

  test('the fix puts the role’s own organisation for the one the draft names, and keeps "now"', () => {
    assertFlags(copper, [
      [
        'Oluwaseun Adebayo, now spokesman for the Chilean Foreign Ministry, declined to comment.',
        'now spokesman for the Chilean Foreign Ministry',
        ['Oluwaseun Adebayo, now the chief executive of Andes Copper Corp, declined to comment.', 'Juan Pablo Rojas, now spokesman for the Chilean Foreign Ministry, declined to comment.'],
      ],
    ]);
  });

  test('a title opening a sentence keeps its capital in the fix; one inside it keeps the reference’s case, or the draft’s title case', () => {
    assertFlags(copper, [
      ['Foreign Minister Valeria Castellanos signed.', 'Foreign Minister', ['Mining Minister Valeria Castellanos signed.', 'Foreign Minister Kenji Mori signed.']],
      ['Spokesman Oluwaseun Adebayo said nothing.', 'Spokesman', ['Chief executive Oluwaseun Adebayo said nothing.', 'Spokesman Juan Pablo Rojas said nothing.']],
      ['It was signed. Spokesman Oluwaseun Adebayo said nothing.', 'Spokesman', ['It was signed. Chief executive Oluwaseun Adebayo said nothing.', 'It was signed. Spokesman Juan Pablo Rojas said nothing.']],
      ['He said spokesman Oluwaseun Adebayo declined.', 'spokesman', ['He said chief executive Oluwaseun Adebayo declined.', 'He said spokesman Juan Pablo Rojas declined.']],
      // A list item's first word, and one after a label in bold, open a sentence too.
      ['- Spokesman Oluwaseun Adebayo said nothing.', 'Spokesman', ['- Chief executive Oluwaseun Adebayo said nothing.', '- Spokesman Juan Pablo Rojas said nothing.']],
      ['**Signing:** Spokesman Oluwaseun Adebayo said nothing.', 'Spokesman', ['**Signing:** Chief executive Oluwaseun Adebayo said nothing.', '**Signing:** Spokesman Juan Pablo Rojas said nothing.']],
      // A formal title the draft wrote in title case is written in title case.
      ['He said Foreign Minister Oluwaseun Adebayo declined.', 'Foreign Minister', ['He said Chief Executive Oluwaseun Adebayo declined.', 'He said Foreign Minister Kenji Mori declined.']],
    ]);
  });

  test('a title in a clause telling the past ("who was an aide to …") is not judged', () => {
    assertQuiet(copper, ['Kenji Mori, who was an aide to Vice Premier Valeria Castellanos, spoke.']);
    assert.equal(titleFindings('Kenji Mori met Vice Premier Valeria Castellanos.', copper).length, 1);
  });

  test('points at the reference passage that gives the person’s role', () => {
    const [finding] = titleFindings('She met Ambassador Kenji Mori.', copper);
    assert.equal(finding.refId, 'kenji-mori');
    assert.equal(finding.evidence?.articlePath, ARTICLE_PATH);
    assert.equal(copper.loaded.articleText.slice(finding.evidence!.start, finding.evidence!.end), 'Foreign Minister Kenji Mori');
    assert.equal(finding.message, 'The reference gives Kenji Mori as Foreign Minister (Japan), not “Ambassador”; in the reference, “Ambassador” is Henrik Lindqvist.');
  });

  test('leaves correct, generic, past and unrelated titles alone', () => {
    assertQuiet(copper, [
      'Chilean Mining Minister Valeria Castellanos met Japan’s foreign minister, Kenji Mori, and Foreign Minister Mori.',
      'Vice Premier Xu Lan, Chinese Vice Premier Xu Lan and Xu Lan, China’s vice premier, were there.',
      // A name inside a description of someone's past: the description after it is that someone's.
      'Henrik Lindqvist, once an aide to Valeria Castellanos, now ambassador, was there.',
      // Generic titles that fit the office.
      'Swedish envoy Henrik Lindqvist and veteran diplomat Kenji Mori talked.',
      'Andes Copper chief executive Oluwaseun Adebayo, Andes Copper CEO Oluwaseun Adebayo and Andes Copper chairman Oluwaseun Adebayo.',
      'Oluwaseun Adebayo, the company’s chief executive, smiled.',
      // Past titles, and a person the reference gives no office.
      'Former President Diego Paredes and President Diego Paredes. Kenji Mori, a former ambassador to Chile, agreed.',
      'Keynote speaker Ruth Abernathy, a senior fellow, opened. Ruth Abernathy, the institute’s research director, spoke.',
      'Juan Pablo Rojas, the foreign ministry spokesman, and foreign ministry spokesperson Juan Pablo Rojas.',
      // A second post the reference does not mention, not an office of state: possible, so not a contradiction.
      'Kenji Mori, Director of the Japan Chile Council, agreed. Senior adviser Kenji Mori agreed.',
      // Someone else with the same surname.
      'Maria Castellanos, Spain’s ambassador, and Ambassador Maria Castellanos spoke.',
      // Inside a quotation the words are someone else's.
      '“Foreign Minister Xu Lan was here,” an aide joked.',
    ]);
  });

  test('a majority or minority leader is an office of its own, not any leading one', () => {
    for (const [draft, title] of [
      ['Senate Majority Leader Kenji Mori arrived.', 'Majority Leader'],
      ['Kenji Mori, the minority leader, arrived.', 'minority leader'],
    ]) onlyFinding('title-mismatch', copper, draft, title);
    // Someone the reference makes a floor leader: the other side's post is flagged, a leader of any kind is not.
    const mori = COPPER_SET.people.find((p) => p.id === 'kenji-mori')!;
    const leader = copperWithRoles('kenji-mori', [{ ...mori.roles[0], title: 'Senate Majority Leader' }]);
    onlyFinding('title-mismatch', leader, 'Senate Minority Leader Kenji Mori arrived.', 'Minority Leader');
    assertQuiet(leader, ['Senate Majority Leader Kenji Mori arrived.', 'Majority Leader Kenji Mori and Senate leader Kenji Mori arrived.', 'Kenji Mori, the majority leader, arrived.']);
    // Nor does "majority" make a title of everyday words.
    assertQuiet(copper, ['A majority of leaders, Kenji Mori among them, agreed.', 'Kenji Mori, who leads the majority in the Senate, agreed.']);
  });

  test('a generic role ("Chilean leader") stands for the office of state the person holds, not for another one', () => {
    const roles = [
      { title: 'Chilean leader', organization: 'Chile', offset: at('Valeria Castellanos') },
      { title: 'President', organization: 'Chile', offset: at('Valeria Castellanos') },
    ];
    const president = copperWithRoles('valeria-castellanos', roles);
    assertFlags(president, [
      ['Chilean Premier Valeria Castellanos arrived.', 'Chilean Premier', ['Chilean President Valeria Castellanos arrived.']],
      ['Valeria Castellanos, the prime minister, arrived.', 'prime minister', ['Valeria Castellanos, the president, arrived.']],
    ]);
    // Her own office, a generic one, or a party's office held beside it.
    assertQuiet(president, [
      'Chilean President Valeria Castellanos arrived.',
      'Chilean leader Valeria Castellanos arrived.',
      'Valeria Castellanos, the head of state, arrived.',
      'Socialist Party General Secretary Valeria Castellanos arrived.',
      'Party chief Valeria Castellanos arrived.',
    ]);
  });

  test('a job said to be held now at the person’s own organisation, of another kind than their role there, is a wrong title', () => {
    for (const [draft, fixed] of [
      ['Ruth Abernathy, now a director at the Pacific Minerals Institute, said the deal was overdue.', 'Ruth Abernathy, now a senior fellow at the Pacific Minerals Institute, said the deal was overdue.'],
      ['Ruth Abernathy, who is now a director at the Pacific Minerals Institute, said the deal was overdue.', 'Ruth Abernathy, who is now a senior fellow at the Pacific Minerals Institute, said the deal was overdue.'],
    ]) {
      const [finding, ...others] = titleFindings(draft, copper);
      assert.equal(others.length, 0, draft);
      assert.equal(applyFix(draft, finding, 0), fixed);
    }
    // Her own post, a generic one, or a job not said to be held now (she may hold a second post there).
    assertQuiet(copper, [
      'Ruth Abernathy, now a senior fellow at the Pacific Minerals Institute, said the deal was overdue.',
      'Ruth Abernathy, now a senior official at the Pacific Minerals Institute, said the deal was overdue.',
      'Ruth Abernathy, a director at the Pacific Minerals Institute, said the deal was overdue.',
    ]);
  });

  test('"official" is any post: judged only by the country or body given with it', () => {
    const draft = 'Kenji Mori, a Chilean official, signed.';
    assert.equal(applyFix(draft, onlyFinding('title-mismatch', copper, draft, 'Chilean official'), 0), 'Kenji Mori, a Japanese official, signed.');
    assertQuiet(copper, [
      'Kenji Mori, a Japanese official, signed.',
      'Kenji Mori, a senior official, signed.',
      'Juan Pablo Rojas, a Foreign Ministry official, said Mori would return.',
      'Oluwaseun Adebayo, an Andes Copper Corp official, said output would rise.',
      // No one's post in particular, and no function: the foreign minister is a foreign ministry official too.
      'Kenji Mori, a senior Foreign Ministry official, signed.',
      'Xu Lan, a Communist Party official, visited Santiago.',
      // The everyday word: no title.
      'An official, Kenji Mori, signed.',
      'Castellanos made it official: Kenji Mori signed.',
      'Kenji Mori, the official signatory, arrived.',
    ]);
  });

  test('a past post said to be held in another leader’s time than the article’s ("during George W. Bush’s second term")', () => {
    const article = 'Pact talks resume\n\nLena Ortiz, who was trade minister during Carlos Mendes’s second term, called the pact overdue. Mendes, the former president, agreed.\n';
    const at = (needle: string) => article.indexOf(needle);
    const set = {
      name: 'Ortiz (test set)',
      article: { file: 'ortiz.txt', date: '2024-05-02', title: 'Pact talks resume' },
      people: [
        { id: 'lena-ortiz', name: 'Lena Ortiz', aliases: ['Ortiz'], pronoun: 'she', roles: [{ title: 'trade minister', former: true, offset: at('trade minister') }], mentions: [at('Lena Ortiz')] },
        { id: 'carlos-mendes', name: 'Carlos Mendes', aliases: ['Mendes'], pronoun: 'he', roles: [{ title: 'president', former: true, offset: at('former president') }], mentions: [at('Carlos Mendes'), at('Mendes, the')] },
      ],
      organizations: [],
      quotes: [],
      facts: [],
    };
    const ortiz = new ReferenceIndex(parseReference(JSON.stringify(set), '/virtual/ortiz.json', () => article));
    for (const [draft, leader] of [
      ['Lena Ortiz, who was trade minister during Jorge Vidal’s second term, called the pact overdue.', 'Jorge Vidal'],
      ['Ortiz, trade minister under Jorge Vidal, called the pact overdue.', 'Jorge Vidal'],
      ['Ortiz, who had been trade minister in the Vidal government, called the pact overdue.', 'Vidal'],
    ]) {
      const finding = onlyFinding('title-mismatch', ortiz, draft, leader);
      assert.equal(applyFix(draft, finding, 0), draft.replace(leader, 'Carlos Mendes'));
    }
    // The article's leader, another term of his.
    const term = 'Lena Ortiz, who was trade minister during Carlos Mendes’s first term, called the pact overdue.';
    assert.equal(applyFix(term, onlyFinding('title-mismatch', ortiz, term, 'first'), 0), term.replace('first', 'second'));
    assertQuiet(ortiz, [
      'Lena Ortiz, who was trade minister during Carlos Mendes’s second term, called the pact overdue.',
      'Lena Ortiz, who was trade minister during Mendes’s term, called the pact overdue.',
      'Ortiz, trade minister under President Mendes, called the pact overdue.',
      'Ortiz, trade minister in the Mendes government, called the pact overdue.',
      // Another time in the sentence; another post.
      'Ortiz, once trade minister, has criticised the pact during Jorge Vidal’s term.',
      'Ortiz, an adviser during Jorge Vidal’s term, called the pact overdue.',
    ]);
  });

  test('a title held "then", in a sentence telling of an event of the person the reference records, is the post held at that event', () => {
    // Ferreira known only as a former prime minister, and her visit to São Paulo in January.
    const set = lisbonSet();
    const people = set.people.map((p) => (p.id === 'ana-ferreira' ? { ...p, roles: p.roles.map((role) => ({ ...role, former: true })) } : p));
    const former = new ReferenceIndex(parseReference(JSON.stringify({ ...set, people }), '/virtual/lisbon-former.json', () => LISBON_ARTICLE));
    assertFlags(former, [
      ['Ana Ferreira, then foreign minister, visited São Paulo in January.', 'then foreign minister', ['Ana Ferreira, then prime minister, visited São Paulo in January.', 'Carlos Duarte, then foreign minister, visited São Paulo in January.']],
      ['Ana Ferreira, then EU trade commissioner, visited São Paulo in January.', 'then EU trade commissioner', ['Ana Ferreira, then prime minister, visited São Paulo in January.']],
      // The event told in the next sentence of the paragraph.
      ['Ana Ferreira, then foreign minister, toured Lisbon. Ferreira visited São Paulo in January.', 'then foreign minister', ['Ana Ferreira, then prime minister, toured Lisbon. Ferreira visited São Paulo in January.', 'Carlos Duarte, then foreign minister, toured Lisbon. Ferreira visited São Paulo in January.']],
      // The past word before the article.
      ['Ana Ferreira, then the foreign minister, visited São Paulo in January.', 'then the foreign minister', ['Ana Ferreira, then the prime minister, visited São Paulo in January.', 'Carlos Duarte, then the foreign minister, visited São Paulo in January.']],
      // The event told in the sentence before, which the title's sentence refers back to.
      ['Ferreira visited São Paulo in January. That came after Ana Ferreira, then foreign minister, toured Lisbon.', 'then foreign minister', ['Ferreira visited São Paulo in January. That came after Ana Ferreira, then prime minister, toured Lisbon.', 'Ferreira visited São Paulo in January. That came after Carlos Duarte, then foreign minister, toured Lisbon.']],
    ]);
    assertQuiet(former, [
      'Ana Ferreira, then prime minister, visited São Paulo in January.',
      'Ana Ferreira, then the prime minister, visited São Paulo in January.',
      // No event of hers told, or told in another paragraph: the post may have been held at another time.
      'Ana Ferreira, then foreign minister, spoke at a conference in Madrid.',
      'Ana Ferreira, then foreign minister, toured Lisbon.\n\nFerreira visited São Paulo in January.',
      // A sentence before that its own does not refer back to.
      'Ferreira visited São Paulo in January. Later, Ana Ferreira, then foreign minister, toured Lisbon.',
      // A former post the reference is silent about may well be true.
      'Ana Ferreira, a former foreign minister, visited São Paulo in January.',
    ]);
  });

  test('fixture drafts: every planted title, and nothing in the clean draft', () => {
    assertFixtures('title-mismatch', copper, 'copper', ['Ambassador', "China's foreign minister", 'Mining Minister'], flagged);
  });
});

describe('title-mismatch on the built-in reference set', () => {
  test('a post for another part of the same region of the world ("South Asia" for East Asia) is a wrong title; a post for a region is no one’s whose role names none', () => {
    // The built-in set: Daniel J Kritenbrink, the State Department's senior East Asia diplomat; Blinken, the top US diplomat.
    const draft = "Daniel Kritenbrink, the State Department's senior South Asia diplomat, spoke.";
    const finding = onlyFinding('title-mismatch', builtIn, draft, "State Department's senior South Asia diplomat");
    assert.equal(applyFix(draft, finding, 0), "Daniel Kritenbrink, the State Department's senior East Asia diplomat, spoke.");
    assertQuiet(builtIn, ["Daniel Kritenbrink, the State Department's senior East Asia diplomat, spoke.", 'Kritenbrink, the top US diplomat for Asia, spoke.', 'Kritenbrink, a senior diplomat for Asia, spoke.']);
  });

  test('a seat of government stands for its country ("White House national security adviser" is the US’s), not an embassy', () => {
    for (const draft of ['Kurt Campbell, the White House national security adviser, spoke.', 'White House national security adviser Kurt Campbell spoke.']) {
      assert.match(onlyFinding('title-mismatch', builtIn, draft, 'White House national security adviser').message, /is Jake Sullivan/, draft);
    }
    assertQuiet(builtIn, ['Jake Sullivan, the White House national security adviser, spoke.', 'Kurt Campbell, the White House coordinator for Indo-Pacific affairs, spoke.']);
    // Written as the seat's possessive, the office is still the country's, not someone's whom the reference cannot name.
    assert.match(onlyFinding('title-mismatch', builtIn, 'Kurt Campbell, the White House’s national security adviser, spoke.', 'White House’s national security adviser').message, /is Jake Sullivan/);
    assertQuiet(builtIn, ['Jake Sullivan, the White House’s national security adviser, spoke.', 'Kurt Campbell, the White House’s Indo-Pacific coordinator, spoke.']);
    // The embassy's chief of staff is no White House chief of staff.
    const chief = checkText('White House chief of staff Jake Sullivan travelled to Tokyo.', 'markdown', [builtIn]);
    assert.ok(!chief.some((finding) => /Mulhauser/.test(finding.message)), chief.map((finding) => finding.message).join('\n'));
  });

  test('an ambassador serves abroad: no post of someone the reference calls its home department’s diplomat', () => {
    assert.equal(onlyFinding('title-mismatch', builtIn, 'Daniel J Kritenbrink, the US ambassador to China, spoke.', 'US ambassador to China').refId, 'daniel-j-kritenbrink');
    assertQuiet(builtIn, [
      // Other words for a diplomat of the department, a post of the department, a past post.
      'Kritenbrink, the US envoy for East Asia, spoke.',
      'Kritenbrink, a veteran diplomat, spoke.',
      'Kritenbrink, assistant secretary of state for East Asian and Pacific affairs, spoke.',
      'Kritenbrink, a former ambassador to Vietnam, spoke.',
    ]);
  });

  test('a current job in every title word says where someone works, whatever their former roles; an acronym names its body', () => {
    // Danny Russel: a former US diplomat, now a vice president of the Asia Society Policy Institute.
    const draft = 'Danny Russel, now a vice president at the Council on Foreign Relations, was cautious.';
    const finding = onlyFinding('title-mismatch', builtIn, draft, 'Council on Foreign Relations');
    assert.equal(applyFix(draft, finding), 'Danny Russel, now a vice president at the Asia Society Policy Institute, was cautious.');
    assertQuiet(builtIn, [
      // Not his current job's words; the institute in other words.
      'Danny Russel, a senior fellow at the Council on Foreign Relations, was cautious.',
      'Danny Russel, now a vice president at the Asia Society, was cautious.',
      // The CIA spelt out; the program of the German Marshall Fund that the role names.
      'William Burns, director of the Central Intelligence Agency, went to China.',
      'Bonnie Glaser, managing director of the Indo-Pacific Program at the German Marshall Fund, was upbeat.',
    ]);
  });

  test('flags the confusions of the brief', () => {
    assertFlags(builtIn, [
      // A title that only describes ("top diplomat") says where with the article's possessive.
      ['He met Foreign Minister Wang Yi.', 'Foreign Minister', ['He met China’s top diplomat Wang Yi.', 'He met Foreign Minister Qin Gang.']],
      [
        'He met Qin Gang, China’s ambassador to the United States, twice.',
        'China’s ambassador to the United States',
        ['He met Qin Gang, China’s Foreign Minister, twice.'],
      ],
      ['CIA chief Jake Sullivan went too.', 'CIA chief', ['National security adviser Jake Sullivan went too.', 'CIA chief William Burns went too.']],
      // A title set off by a comma before the name.
      ['The CIA chief, Jake Sullivan, said so.', 'CIA chief', ['The national security adviser, Jake Sullivan, said so.', 'The CIA chief, William Burns, said so.']],
      // A misspelt or hyphenated name, and a possessive, are still the person's.
      ['Speaker Qin Gan’s visit.', 'Speaker', ['Foreign Minister Qin Gan’s visit.', 'Speaker Kevin McCarthy’s visit.']],
      ['Vice Premier Tsai Ing-wen visited.', 'Vice Premier', ['President Tsai Ing-wen visited.']],
      ['He met Chinese Vice Premier Wang Yi.', 'Chinese Vice Premier', ['He met China’s top diplomat Wang Yi.']],
      // A title told with a nationality or body is fixed as the article writes the role, with its possessive.
      ['Blinken met Wang Yi, the Chinese foreign minister, on Monday.', 'Chinese foreign minister', ['Blinken met Wang Yi, China’s top diplomat, on Monday.', 'Blinken met Qin Gang, the Chinese foreign minister, on Monday.']],
      ['Daniel Kritenbrink, the US ambassador to China, spoke.', 'US ambassador to China', ['Daniel Kritenbrink, the State Department’s senior East Asia diplomat, spoke.']],
      [
        'Secretary of State Lloyd Austin spoke.',
        'Secretary of State',
        ['Defense Secretary Lloyd Austin spoke.', 'Secretary of State Antony Blinken spoke.'],
      ],
    ]);
  });

  test('another person’s role word for word, its organisation included, though of the person’s own kind', () => {
    assertFlags(builtIn, [
      [
        "Kurt Campbell, the State Department's senior East Asia diplomat, made the same argument.",
        "State Department's senior East Asia diplomat",
        [
          // A formal title, capitalised, set off after the name takes no article.
          "Kurt Campbell, Deputy Assistant to the President and Coordinator for Indo-Pacific Affairs, made the same argument.",
          "Daniel J Kritenbrink, the State Department's senior East Asia diplomat, made the same argument.",
        ],
      ],
      // Nor a country before it: the formal title says whose post it is.
      ['Kurt Campbell, the US ambassador to China, made the same argument.', 'US ambassador to China', ['Kurt Campbell, Deputy Assistant to the President and Coordinator for Indo-Pacific Affairs, made the same argument.']],
    ]);
    // The role's own holder; a role without its organisation; a generic description of the same kind.
    assertQuiet(builtIn, [
      "Daniel Kritenbrink, the State Department's senior East Asia diplomat, spoke.",
      'Jake Sullivan, the White House national security adviser, spoke.',
      'Kurt Campbell, a senior White House diplomat, spoke.',
      // A country's head of state is no head of the State Department.
      'Xi Jinping, the head of state, received Blinken.',
      "Xi Jinping, China's head of state, received Blinken.",
    ]);
  });

  test('the fix takes out an organisation or nationality that is another’s or that the role’s title says again', () => {
    assertFlags(builtIn, [
      ['Austin’s request came from CIA Director Lloyd Austin.', 'CIA Director', ['Austin’s request came from Defense Secretary Lloyd Austin.', 'Austin’s request came from CIA Director William Burns.']],
      // Taking out "Vice" would leave another office of state, "Chinese Premier": the office of state he holds.
      ['Blinken met Chinese Vice Premier Xi Jinping on Monday.', 'Chinese Vice Premier', ['Blinken met Chinese President Xi Jinping on Monday.']],
    ]);
  });

  test('a diplomat is no head of another department; a generic leader holds no office of state', () => {
    const defence = titleFindings('Wang Yi, China’s defence minister, met Blinken.', builtIn);
    assert.equal(defence.length, 1);
    // "Chinese leader" fits a premier, but Xi is not the reference's premier: no one to suggest.
    const [premier] = titleFindings('Wang Yi, the Chinese premier, met Blinken.', builtIn);
    assert.doesNotMatch(premier.message, /Xi Jinping/);
    assert.equal(premier.fixes.length, 1);
    assertQuiet(builtIn, ['Wang Yi, China’s top diplomat, met Blinken.', 'Wang Yi, a senior Chinese diplomat, met Blinken.']);
  });

  test('leaves titles in other wording alone', () => {
    assertQuiet(builtIn, [
      'US Secretary of State Antony Blinken met China’s foreign minister Qin Gang and Chinese President Xi Jinping.',
      'America’s top diplomat, Antony Blinken, met Wang Yi, China’s top diplomat. Blinken, the secretary of state, smiled.',
      'Scott Mulhauser, a former chief of staff at the US embassy in Beijing, spoke.',
      'Bonnie Glaser, who runs the German Marshall Fund’s Indo-Pacific Program, and Bonnie Glaser, the managing director of the program, spoke.',
      'CIA Director William Burns and Biden’s national security adviser Jake Sullivan met senior Chinese foreign policy adviser Wang Yi.',
      'Pentagon chief Lloyd Austin, Taiwanese leader Tsai Ing-wen and Communist Party chief Xi Jinping.',
      'Foreign ministry spokesman Wang Wenbin spoke. Wang, the foreign ministry spokesman, spoke.',
      'Qin Gang, a veteran diplomat, and Qin Gang, a former ambassador to the United States, spoke.',
      'Kurt Campbell, a White House adviser on Asia, spoke.',
      'Former House Speaker Nancy Pelosi, Speaker Kevin McCarthy, former President Donald Trump and President Barack Obama.',
      'Microsoft co-founder Bill Gates and Kurt Campbell, Deputy Assistant to the President and Coordinator for Indo-Pacific Affairs, met.',
      'Wang Yi, Director of the Office of the Central Foreign Affairs Commission, and Kurt Campbell, Biden’s Asia adviser, spoke.',
      'Nicholas Burns, the US ambassador in Beijing, attended.',
      'Biden’s national security adviser, Jake Sullivan, travelled. China’s foreign minister, Qin Gang, agreed.',
      // Lists are not appositions.
      'He met the minister, Wang Yi and others. The diplomats, Blinken, Wang Yi and Qin Gang, talked.',
      // The reference calls Kritenbrink only "the State Department's senior East Asia diplomat": a diplomatic
      // office nobody else in it holds may be his.
      'Assistant Secretary of State Daniel Kritenbrink and Kritenbrink, an assistant secretary of state, spoke.',
    ]);
    // A diplomatic office someone else holds is still flagged, as is an office that is no diplomat's.
    assertFlags(builtIn, [
      ['Secretary of State Daniel Kritenbrink spoke.', 'Secretary of State', ['The State Department’s senior East Asia diplomat Daniel Kritenbrink spoke.', 'Secretary of State Antony Blinken spoke.']],
      ['Vice Premier Daniel Kritenbrink spoke.', 'Vice Premier', ['The State Department’s senior East Asia diplomat Daniel Kritenbrink spoke.']],
    ]);
  });

  test('fixture drafts: every planted title, and nothing in the clean draft', () => {
    assertFixtures('title-mismatch', builtIn, 'blinken', ['Foreign Minister', "China's ambassador to the United States", 'CIA chief'], flagged);
  });
});

describe('a country written with the person’s own office', () => {
  test('another country is flagged, and the fix writes theirs in the draft’s form (a demonym, a name, a possessive)', () => {
    const cases: [string, string, string][] = [
      ['Peruvian Mining Minister Valeria Castellanos signed the pact.', 'Peruvian Mining Minister', 'Chilean Mining Minister Valeria Castellanos signed the pact.'],
      ['Kenji Mori, South Korea’s foreign minister, spoke.', 'South Korea’s foreign minister', 'Kenji Mori, Japan’s foreign minister, spoke.'],
      ['Kenji Mori, the foreign minister of Peru, spoke.', 'foreign minister of Peru', 'Kenji Mori, the foreign minister of Japan, spoke.'],
      ['Chinese Foreign Minister Kenji Mori arrived.', 'Chinese Foreign Minister', 'Japanese Foreign Minister Kenji Mori arrived.'],
      // A capital's possessive stands for its country.
      ['Kenji Mori, Seoul’s foreign minister, spoke.', 'Seoul’s foreign minister', 'Kenji Mori, Japan’s foreign minister, spoke.'],
    ];
    for (const [draft, words, fixed] of cases) {
      const finding = onlyFinding('title-mismatch', copper, draft, words);
      assert.equal(finding.fixes.length, 1, draft);
      assert.ok(finding.fixes[0].preferred, draft);
      assert.equal(applyFix(draft, finding, 0), fixed);
    }
    // A country code reads as an adjective: the reference writes the United States as "US".
    const draft = 'British Secretary of State Antony Blinken landed.';
    assert.equal(applyFix(draft, onlyFinding('title-mismatch', builtIn, draft, 'British Secretary of State'), 0), 'US Secretary of State Antony Blinken landed.');
  });

  test('the fix writes the title in lower case where the draft did, but for the names in it', () => {
    const draft = 'Kurt Campbell, the national security adviser, told the BBC that talking helps.';
    const finding = onlyFinding('title-mismatch', builtIn, draft, 'national security adviser');
    assert.equal(applyFix(draft, finding, 0), 'Kurt Campbell, the deputy assistant to the president and coordinator for Indo-Pacific affairs, told the BBC that talking helps.');
    const capitals = 'National Security Adviser Kurt Campbell told the BBC that talking helps.';
    assert.equal(applyFix(capitals, onlyFinding('title-mismatch', builtIn, capitals, 'National Security Adviser'), 0), 'Deputy Assistant to the President and Coordinator for Indo-Pacific Affairs Kurt Campbell told the BBC that talking helps.');
  });

  test('"spox", newsroom shorthand, is a spokesperson: another department’s is flagged, the person’s own is not', () => {
    const draft = 'China’s defense ministry spox Wang Wenbin said the US must “respect China’s core concerns.”';
    assert.match(onlyFinding('title-mismatch', builtIn, draft, 'China’s defense ministry spox').message, /foreign ministry spokesman/);
    assertQuiet(builtIn, [draft.replace('defense', 'foreign')]);
  });

  test('a capital’s possessive is its country’s: another holder’s office there is flagged, the person’s own is not', () => {
    const draft = 'Blinken sat down with Beijing’s foreign minister, Wang Yi.';
    assert.match(onlyFinding('title-mismatch', builtIn, draft, 'Beijing’s foreign minister').message, /is Qin Gang/);
    assertQuiet(builtIn, ['Blinken sat down with Beijing’s foreign minister, Qin Gang.', 'Beijing’s top diplomat, Wang Yi, met Blinken in Beijing.', 'Washington’s top diplomat, Antony Blinken, arrived.']);
    assertQuiet(copper, ['Kenji Mori, Tokyo’s foreign minister, spoke.', 'Santiago’s mining minister, Valeria Castellanos, signed.']);
  });

  test('the person’s own country in any form, a post’s host country, a past title and a country nobody can name are not flagged', () => {
    assertQuiet(copper, [
      'Chilean Mining Minister Valeria Castellanos signed the pact.',
      'Chile’s mining minister, Valeria Castellanos, signed.',
      'Valeria Castellanos, the mining minister of Chile, signed.',
      'The Swedish ambassador to Chile, Henrik Lindqvist, attended.',
      'Former Peruvian Mining Minister Valeria Castellanos signed.',
      'Peruvian Mining Minister Rosa Quispe signed the pact.',
      'Andean Mining Minister Valeria Castellanos signed the pact.',
    ]);
    assertQuiet(builtIn, ['American Secretary of State Antony Blinken landed.', 'US Secretary of State Antony Blinken landed.', 'America’s top diplomat, Antony Blinken, landed.', 'Taiwanese President Tsai Ing-wen left.']);
  });
});

describe('a past title given as held now', () => {
  test('said to be held now ("now", "currently", "still"), or beside a role held now: flagged, fixed by saying it is past', () => {
    const cases: [ReferenceIndex, string, string, string][] = [
      [copper, 'Diego Paredes, now the president of Chile, spoke.', 'now the president of Chile', 'Diego Paredes, formerly the president of Chile, spoke.'],
      [copper, 'Diego Paredes, currently Chile’s president, spoke.', 'currently Chile’s president', 'Diego Paredes, formerly Chile’s president, spoke.'],
      // The built-in set's Danny Russel was the top diplomat on East Asia and is now a think tank's vice president.
      [builtIn, 'Danny Russel, the State Department’s top diplomat on East Asia, said little.', 'State Department’s top diplomat on East Asia', 'Danny Russel, the former State Department’s top diplomat on East Asia, said little.'],
    ];
    for (const [reference, draft, words, fixed] of cases) {
      const finding = onlyFinding('title-mismatch', reference, draft, words);
      assert.match(finding.message, /is a past title/, draft);
      assert.equal(applyFix(draft, finding, 0), fixed);
    }
    const russel = onlyFinding('title-mismatch', builtIn, 'Danny Russel, currently the top diplomat on East Asia, spoke.', 'currently the top diplomat on East Asia');
    assert.equal(applyFix('Danny Russel, currently the top diplomat on East Asia, spoke.', russel, 1), 'Danny Russel, currently the vice president at the Asia Society Policy Institute, spoke.');
  });

  test('an office of state given as held now is judged against the posts held now, not one held before', () => {
    // Danny Russel was a diplomat; he is now a think tank's vice president, and no ambassador.
    for (const text of ['Danny Russel, the US ambassador to China, spoke.', 'Danny Russel, the US ambassador, spoke.']) {
      assert.match(onlyFinding('title-mismatch', builtIn, text, text.slice(text.indexOf('US'), text.indexOf(', spoke'))).message, /vice president/, text);
    }
    assertQuiet(builtIn, ['Danny Russel, a former US ambassador to China, spoke.', 'Danny Russel, a veteran diplomat, spoke.']);
  });

  test('a past title with no role held now, marked past, or in the person’s general kind of job is not flagged', () => {
    assertQuiet(copper, ['Diego Paredes, the president of Chile, spoke.', 'Former President Diego Paredes spoke.', 'Diego Paredes, who was president of Chile, spoke.']);
    assertQuiet(builtIn, [
      'Danny Russel, a former top diplomat on East Asia, spoke.',
      'Danny Russel, a senior diplomat, spoke.',
      'Danny Russel, who was the top diplomat on East Asia under Barack Obama and is now a vice president at the Asia Society Policy Institute, spoke.',
      'In 2014, Danny Russel, the State Department’s top diplomat on East Asia, visited Beijing.',
      // A change of post the draft tells of: the title held now, and the reference's as an earlier one.
      'Kurt Campbell, now the deputy secretary of state, previously served as Coordinator for Indo-Pacific Affairs.',
      'Danny Russel, now a vice president at the Asia Society Policy Institute and once the top diplomat on East Asia, spoke.',
    ]);
    // Not the change of post the reference tells of: the earlier post is the person's former role there.
    const russel = 'Danny Russel, now president of the Asia Society Policy Institute and once the top diplomat on East Asia, spoke.';
    assert.equal(onlyFinding('title-mismatch', builtIn, russel, 'now president of the Asia Society Policy Institute').refId, 'danny-russel');
  });
});

test('a post in the service of someone who holds no office now, or whom the reference does not know, is not judged', () => {
  assertQuiet(builtIn, [
    'Antony Blinken, Barack Obama’s deputy secretary of state, now holds the top job at the State Department.',
    'Joe Biden, Obama’s vice president, is now president.',
    'Danny Russel, Obama’s top diplomat for East Asia, is now a vice president at the Asia Society Policy Institute.',
    'William Burns, George W. Bush’s ambassador to Russia, now runs the CIA.',
  ]);
  // In the service of someone holding office now, the title is judged.
  assert.match(onlyFinding('title-mismatch', builtIn, 'Jake Sullivan, Biden’s chief of staff, spoke.', 'Biden’s chief of staff').message, /national security adviser/);
});

test('after "was the", a title before a name followed by a verb describes the subject, not the name ("the minister Blinken met")', () => {
  assertQuiet(builtIn, ['Qin Gang was the foreign minister Blinken met.', 'Wang Yi was also the senior foreign policy adviser Jake Sullivan sat down with in Vienna.', 'He is the same senior foreign policy adviser Jake Sullivan met.', 'Qin Gang is the very foreign minister Blinken met.']);
  assert.match(onlyFinding('title-mismatch', builtIn, 'The guest was the same foreign minister Blinken, who met Qin.', 'foreign minister').message, /secretary of state/);
  // Before a relative clause or as the complement itself, the title is the name's.
  assert.match(onlyFinding('title-mismatch', builtIn, 'The guest was the foreign minister Blinken, who met Qin.', 'foreign minister').message, /secretary of state/);
  assert.match(onlyFinding('title-mismatch', builtIn, 'It was the foreign minister Blinken who met Qin.', 'foreign minister').message, /secretary of state/);
});

test('a title before a name whose verb (a preposition after it at most) runs into "was" describes the subject after it ("The minister Blinken sat with was Qin")', () => {
  assertQuiet(builtIn, ['The foreign minister Blinken sat with was Qin Gang.', 'The foreign minister Blinken met was Qin Gang.', 'The foreign minister Blinken sat down with is Qin Gang.']);
  // A verb with an object of its own, or a clause going on, is the name's own: the title is its.
  for (const text of ['The foreign minister Blinken said he was ready.', 'The foreign minister Blinken met Qin on Sunday.']) {
    assert.match(onlyFinding('title-mismatch', builtIn, text, 'foreign minister').message, /secretary of state/, text);
  }
});

test('set beside another person’s name, a title before a name followed by a verb describes that person ("Qin Gang, the minister Blinken met")', () => {
  assertQuiet(builtIn, [
    'Qin Gang, the foreign minister Blinken met for hours on Sunday, will visit Washington.',
    'They spoke with Qin Gang, the foreign minister Antony Blinken had flown to see.',
    'Wang Yi, the senior foreign policy adviser Jake Sullivan met in Vienna, said little.',
    // Or a dash.
    'The next day he met Wang Yi — the senior foreign policy adviser Sullivan had seen in Vienna in May — for about three hours.',
    'He met Wang Yi – the senior foreign policy adviser Sullivan had seen in Vienna.',
    // Or after an apposition to the name.
    'It was Wang Yi — China’s top diplomat, the same senior foreign policy adviser Sullivan sat down with in Vienna in May.',
    'He met Wang Yi, China’s top diplomat, the senior foreign policy adviser Sullivan had seen in Vienna.',
    // Or the complement of the name's copula.
    'Wang was China’s top diplomat, the same senior foreign policy adviser Jake Sullivan had sat across from in Vienna.',
  ]);
  assert.match(onlyFinding('title-mismatch', builtIn, 'In Vienna, in May, the senior foreign policy adviser Sullivan sat down with Wang Yi.', 'senior foreign policy adviser').message, /national security adviser/);
  assert.match(onlyFinding('title-mismatch', builtIn, 'The talks went on — the senior foreign policy adviser Sullivan had seen Wang Yi in Vienna.', 'senior foreign policy adviser').message, /national security adviser/);
  // After anything but a person's name the title is the name's: a phrase put first, a place.
  assert.match(onlyFinding('title-mismatch', builtIn, 'On Sunday, the foreign minister Blinken met Qin.', 'foreign minister').message, /secretary of state/);
  assert.match(onlyFinding('title-mismatch', builtIn, 'In Beijing, the foreign minister Blinken met Qin.', 'foreign minister').message, /secretary of state/);
  // Closed by a comma, the name is the appositive's own.
  assert.match(onlyFinding('title-mismatch', builtIn, 'Qin Gang, the foreign minister Blinken, met him.', 'foreign minister').message, /secretary of state/);
});

test('the person’s own office at another department of state is a wrong title ("the Pentagon’s senior East Asia diplomat")', () => {
  for (const [draft, flagged] of [
    ['Daniel Kritenbrink, the Pentagon’s senior East Asia diplomat, said little.', 'Pentagon’s senior East Asia diplomat'],
    ['Daniel Kritenbrink, the Treasury’s senior East Asia diplomat, said little.', 'Treasury’s senior East Asia diplomat'],
  ]) assert.match(onlyFinding('title-mismatch', builtIn, draft, flagged).message, /State Department/, draft);
  // Its own department, in any of its names.
  assertQuiet(builtIn, ['Daniel Kritenbrink, the State Department’s senior East Asia diplomat, said little.', 'Daniel Kritenbrink, the US foreign ministry’s senior East Asia diplomat, said little.']);
});

test('a founder holds a post of their own: an office of state is not theirs, a company post may be', () => {
  assert.match(onlyFinding('title-mismatch', builtIn, 'Commerce Secretary Bill Gates met Xi.', 'Commerce Secretary').message, /co-founder/);
  assert.match(onlyFinding('title-mismatch', builtIn, 'Bill Gates, the US ambassador, met Xi.', 'US ambassador').message, /co-founder/);
  // His company's other posts may be his too; the founder's own words are his.
  assertQuiet(builtIn, ['Microsoft CEO Bill Gates met Xi.', 'Bill Gates, the Microsoft founder, met Xi.', 'Microsoft co-founder Bill Gates met Xi.']);
});

test('a chief of staff runs one office: another office holder given that title is flagged, a qualifier before it or not', () => {
  for (const text of ['Jake Sullivan, the White House chief of staff, met Wang Yi.', 'Kurt Campbell, the White House chief of staff, spoke.']) {
    assert.equal(onlyFinding('title-mismatch', builtIn, text, 'White House chief of staff').code, 'title-mismatch', text);
  }
  assertNoneOf('title-mismatch', builtIn, ['Scott Mulhauser, a former chief of staff at the US Embassy in Beijing, spoke.', 'Jake Sullivan, the White House national security adviser, met Wang Yi.', 'CIA chief William Burns went to China.']);
});

test('"He is the …", "She is the …" give the title to the one person the sentence before names that the pronoun fits', () => {
  assert.match(onlyFinding('title-mismatch', builtIn, 'Qin Gang spoke first. He is the Chinese vice premier.', 'Chinese vice premier').message, /Foreign Minister/);
  assert.match(onlyFinding('title-mismatch', builtIn, 'Bonnie Glaser spoke to Al Jazeera. She is the research director of the German Marshall Fund.', 'research director of the German Marshall Fund').message, /managing director/);
  // A word or two of the present may open the sentence.
  for (const text of ['Qin Gang spoke first. Today he is the Chinese vice premier.', 'Qin Gang spoke first. These days, he is the Chinese vice premier.', 'Qin Gang spoke first. He is in fact the Chinese vice premier.', 'Qin Gang spoke first. He is actually the Chinese vice premier.']) {
    assert.match(onlyFinding('title-mismatch', builtIn, text, 'Chinese vice premier').message, /Foreign Minister/, text);
  }
  assertQuiet(builtIn, [
    'Qin Gang spoke first. He is the foreign minister.',
    // Two men named before, or a woman the reference does not know: the pronoun may be either.
    'Qin Gang met Blinken. He is the Chinese vice premier.',
    'Bonnie Glaser met Janet Yellen. She is the Treasury Secretary.',
  ]);
});

test('an agency’s initials after "of" say whose office a title after the name is ("the director of the FBI"), as before it', () => {
  assert.match(onlyFinding('title-mismatch', builtIn, 'William Burns, the director of the FBI, travelled to China in May.', 'director of the FBI').message, /CIA chief/);
  assertQuiet(builtIn, [
    'William Burns, the director of the CIA, travelled to China in May.',
    'Qin Gang, foreign minister of the PRC, met Blinken.',
    'Wang Wenbin, spokesman of the MFA, said the talks were candid.',
  ]);
});

test('a title after a name may end at a bracket, an arrow or a spaced dash opening a note ("Xu Lan, China’s foreign minister → Radio …")', () => {
  for (const draft of ['- Xu Lan, China’s foreign minister → the press: talks went well', 'Xu Lan, China’s foreign minister (state media) said so.', 'Xu Lan, China’s foreign minister - state media']) {
    assert.equal(flagged(draft, onlyFinding('title-mismatch', copper, draft, 'China’s foreign minister')), 'China’s foreign minister', draft);
  }
  assertQuiet(copper, ['- Xu Lan, China’s vice premier → the press: talks went well', 'Xu Lan, China’s vice premier (state media) said so.', 'Xu Lan, a China-watcher favourite, spoke.']);
});

test('a table column headed "Affiliation" holds the titles of the names beside it, as "Title" does', () => {
  const table = (title: string) => `| Minister | Affiliation | Told |\n|---|---|---|\n| Xu Lan | ${title} | state media |\n`;
  const draft = table('China’s foreign minister');
  assert.equal(flagged(draft, onlyFinding('title-mismatch', copper, draft, 'China’s foreign minister')), 'China’s foreign minister');
  assertQuiet(copper, [table('China’s vice premier'), '| Minister | Note |\n|---|---|\n| Xu Lan | China’s foreign minister met her |\n']);
});

test('a formal title replaces a possessive before the wrong office too ("President Biden’s national security adviser")', () => {
  const draft = 'Kurt Campbell, President Biden’s national security adviser, said the visit mattered.';
  assert.equal(applyFix(draft, onlyFinding('title-mismatch', builtIn, draft, 'President Biden’s national security adviser'), 0), 'Kurt Campbell, Deputy Assistant to the President and Coordinator for Indo-Pacific Affairs, said the visit mattered.');
  // A short title keeps the possessive: it says whose office it is.
  const short = 'Bonnie Glaser, the Fund’s research director, was upbeat.';
  assert.equal(applyFix(short, onlyFinding('title-mismatch', builtIn, short, 'Fund’s research director'), 0), 'Bonnie Glaser, the Fund’s managing director, was upbeat.');
});

test('emphasis marks between a title and the name ("Ambassador **Kenji Mori**", "**Ambassador** Kenji Mori") leave them one phrase', () => {
  for (const draft of ['She met Ambassador **Kenji Mori**.', 'She met **Ambassador** Kenji Mori.', 'She met _Ambassador_ Kenji Mori.']) {
    const finding = onlyFinding('title-mismatch', copper, draft, 'Ambassador');
    assert.match(finding.message, /not “Ambassador”/, draft);
    assert.equal(applyFix(draft, finding, 0), draft.replace('Ambassador', 'Foreign Minister'));
  }
  assertQuiet(copper, ['She met Foreign Minister **Kenji Mori**.', 'She met the **ambassador**. Kenji Mori was there too.']);
});
