// Hover cards over LSP, against a reference set of our own invention.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { fileUri, positionOf, withServer, type TestServer } from '../support/lspClient';
import { articleLine, at, onlyReference, QUOTES, writeReference } from './inventedReference';

const reference = writeReference();
const settings = onlyReference(reference.file);

async function hoverText(server: TestServer, uri: string, text: string, needle: string, occurrence = 1): Promise<string | undefined> {
  const hover = await server.hover(uri, positionOf(text, needle, occurrence, 1));
  if (!hover) return undefined;
  assert.equal(typeof hover.contents === 'object' && 'kind' in hover.contents && hover.contents.kind, 'markdown');
  return (hover.contents as { value: string }).value;
}

test('hovering any form of a person’s name shows the same card: name, role, aliases, quotes with outlet, article link', async () => {
  await withServer({ settings }, async (server) => {
    const text = [
      'Ingrid Halvorsen cut the ribbon.',
      '',
      'Halvorsen’s speech was short. Tom Wierzbicki thanked her.',
      '',
      '“We owe this to Halvorsen,” a reader said.',
      '',
    ].join('\n');
    const uri = fileUri('hover-people.md');
    await server.openQuietly(uri, text);
    await server.pull(uri);

    const card = await hoverText(server, uri, text, 'Ingrid Halvorsen');
    assert.ok(card, 'a card for the full name');
    assert.match(card, /\*\*Ingrid Halvorsen\*\*/);
    assert.match(card, /Mayor, Eastbrook/);
    assert.match(card, /Also: Halvorsen/);
    assert.ok(card.includes(`“${QUOTES.books.replace(/,$/, '')}” (to Valley Gazette)`), card);
    assert.ok(!card.includes(QUOTES.donations), 'only her own quotes');
    const firstMention = at('Ingrid Halvorsen');
    assert.ok(card.includes(`(${pathToFileURL(reference.articlePath).href}#L${articleLine(firstMention)},`), `link to line ${articleLine(firstMention)}: ${card}`);

    assert.equal(await hoverText(server, uri, text, 'Halvorsen’s'), card, 'the possessive surname shows the same card');
    assert.equal(await hoverText(server, uri, text, 'Halvorsen,”'), card, 'so does a mention inside a quotation');

    const alias = await hoverText(server, uri, text, 'Tom Wierzbicki');
    assert.ok(alias);
    assert.match(alias, /\*\*Tomasz Wierzbicki\*\*/);
    assert.match(alias, /Chief librarian, Eastbrook public library/);
    assert.ok(alias.includes(`“${QUOTES.donations.replace(/,$/, '')}”`));

    assert.equal(await hoverText(server, uri, text, 'ribbon'), undefined, 'no card on ordinary words');
  });
});

test('hovering an altered quote shows the reference wording, its speaker and the changed word', async () => {
  await withServer({ settings }, async (server) => {
    const text = 'Halvorsen told the Valley Gazette: “Books are the last thing a city should lose.”\n';
    const uri = fileUri('hover-quote.md');
    await server.openQuietly(uri, text);
    const diagnostics = await server.pull(uri);
    assert.deepEqual(diagnostics.map((d) => d.code), ['quote-altered']);

    const card = await hoverText(server, uri, text, 'last thing');
    assert.ok(card);
    assert.ok(card.includes(`> “${QUOTES.books}”`), card);
    assert.match(card, /— \*\*Ingrid Halvorsen\*\*, to Valley Gazette/);
    assert.match(card, /~~town~~ \*\*city\*\*/);
    assert.ok(card.includes(`#L${articleLine(at(QUOTES.books))},`), 'links to the quote in the article');
  });
});

test('hovering a misattributed quote names the real speaker; the named person gets a card too', async () => {
  await withServer({ settings }, async (server) => {
    const text = '“We received more than four thousand books from neighbours we have never met,” Halvorsen said.\n';
    const uri = fileUri('hover-misattributed.md');
    await server.openQuietly(uri, text);
    assert.deepEqual((await server.pull(uri)).map((d) => d.code), ['quote-misattributed']);
    const card = await hoverText(server, uri, text, 'four thousand');
    assert.ok(card);
    assert.match(card, /— \*\*Tomasz Wierzbicki\*\*/);
    assert.doesNotMatch(card, /Difference/, 'the words are exact: no difference to show');
    const named = await hoverText(server, uri, text, 'Halvorsen said');
    assert.match(named ?? '', /\*\*Ingrid Halvorsen\*\*/);
  });
});
