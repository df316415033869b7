// Huge and adversarial inputs: the engine finishes in bounded time on any document (a 5 MB document, a 1 MB
// single line, 100,000 repeats of what makes regexes and the markdown parser backtrack). The bounds are hang
// guards, far above what a linear pass needs (speed itself is the benchmark's business): a quadratic scan of
// 100,000 characters takes minutes, not seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentLanguage } from '../../server/src/analysis/document';
import { suppressionEdit } from '../../server/src/analysis/suppressions';
import type { Finding } from '../../server/src/checks/finding';
import { checkText } from '../../server/src/engine';
import { testReferences } from '../support/arbitraries';

const { builtIn, references } = testReferences();
const LANGUAGES: DocumentLanguage[] = ['markdown', 'plaintext'];

/** CPU time, not wall-clock time: other processes on a shared machine must not fail a hang guard. */
function timed<T>(run: () => T): { value: T; ms: number } {
  const started = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(started);
  return { value, ms: (used.user + used.system) / 1000 };
}

const N = 100_000;
/** Markdown constructs at a size the parser still reads as markdown (longer chunks are read as plain prose). */
const M = 40_000;
/** A two-word person name of the reference, split so a test can put something between its words. */
const [first, last] = builtIn.set.people.find((p) => p.name.split(' ').length === 2)!.name.split(' ');

/** Inputs aimed at the regex shapes that backtrack: runs of one class, optional runs side by side, lazy scans. */
const ADVERSARIAL: Record<string, string> = {
  'terminal punctuation run': '!'.repeat(N),
  'full stop run': '.'.repeat(N),
  'ellipsis run': '…'.repeat(N),
  'unclosed markdown directive then spaces': `<!-- factcheck-disable${' '.repeat(N)}`,
  'many unclosed markdown directives': '<!-- factcheck-disable '.repeat(N / 23),
  'plaintext directive with trailing spaces': `factcheck-disable${' '.repeat(N)}x`,
  'name words far apart': `${first}${' '.repeat(N)}!${last}`,
  'digit run': '1'.repeat(N),
  'thousands separators': '1,'.repeat(N / 2),
  'spaces then a letter': `${' '.repeat(N)}x`,
  'spaces, a word and an unattributed quotation': `x\n${' '.repeat(N)}and “Nobody said these words at all.”`,
  'footnote marks after a full stop': `It ended.${'¹'.repeat(N)}x`,
  'a long blank line': `x\n${' '.repeat(N)}\nx`,
  'one name over and over': `${last} `.repeat(N / (last.length + 1)),
  'a number far from its unit': `${first} met them for 5${' '.repeat(N)}!hours.`,
  'line breaks': '\n'.repeat(N),
  'carriage returns': '\r'.repeat(N),
  'blank line run with spaces': ' \n'.repeat(N / 2),
  'straight double quotes': '"'.repeat(N),
  'curly quote pairs': '“”'.repeat(N / 2),
  'apostrophes between letters': "a'".repeat(N / 2),
  'open single quotes': " 'a".repeat(N / 3),
  'dashes': '- '.repeat(N / 2),
  'table pipes': '| '.repeat(N / 2),
  'table delimiter cells': '|-'.repeat(N / 2),
  'brackets': '['.repeat(N),
  'link soup': '[a]('.repeat(N / 4),
  'emphasis soup': '*_'.repeat(N / 2),
  'markdown: emphasis soup': '*_'.repeat(M / 2),
  'markdown: emphasis pairs': '*a* '.repeat(M / 4),
  'markdown: strikethrough soup': '~~a'.repeat(M / 3),
  'markdown: nested list markers': `${'- '.repeat(M / 2)}a`,
  'markdown: nested numbered lists': `${'1. '.repeat(M / 3)}a`,
  'markdown: nested block quotes': `${'>'.repeat(M)} a`,
  'markdown: nested lists by indentation': Array.from({ length: 190 }, (_, i) => `${' '.repeat(2 * i)}- a\n`).join(''),
  'markdown: link soup': '[a]('.repeat(M / 4),
  'markdown: brackets': '['.repeat(M),
  'markdown: an unclosed bracket before many words': `[${'and word '.repeat(M / 9)}`,
  'markdown: unclosed inline comments': `x ${'<!--'.repeat(M / 4)}`,
  'markdown: unclosed processing instructions': `x ${'<?'.repeat(M / 2)}`,
  'backticks': '`'.repeat(N),
  'html comment openers': '<!--'.repeat(N / 4),
  'capitalised words': 'Foo '.repeat(N / 4),
  'reporting verbs': 'said '.repeat(N / 5),
  'colons': ': '.repeat(N / 2),
  'surrogate halves': '\uD83D'.repeat(N),
};

for (const [name, text] of Object.entries(ADVERSARIAL)) {
  test(`adversarial input finishes in bounded time: ${name}`, () => {
    for (const language of LANGUAGES) {
      const { ms } = timed(() => checkText(text, language, references));
      assert.ok(ms < 10_000, `${language}: ${Math.round(ms)} ms`);
    }
  });
}

test('the Ignore quick fix on a table cell after a line of 100,000 spaces finishes in bounded time', () => {
  // suppressionEdit reads the line above a table cell to know whether a comment may go there.
  const text = `${' '.repeat(N)}x\n| a | b |\n|${' '.repeat(N)}x\n| c | d |\n`;
  for (const word of ['a', 'c']) {
    const start = text.indexOf(`| ${word}`) + 2;
    const finding: Finding = { code: 'quote-unverified', severity: 'information', start, end: start + 1, message: 'm', fixes: [] };
    const { ms } = timed(() => suppressionEdit(text, 'markdown', finding));
    assert.ok(ms < 10_000, `${word}: ${Math.round(ms)} ms`);
  }
});

/** The reference article, repeated: real prose with real quotes, so every rule has work to do. */
function articleRepeatedTo(length: number, lineBreaks: boolean): string {
  const unit = lineBreaks ? builtIn.articleText : builtIn.articleText.replace(/[\r\n]+/g, ' ');
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

for (const language of LANGUAGES) {
  test(`a 5 MB document is checked in bounded time (${language})`, () => {
    const text = articleRepeatedTo(5_000_000, true);
    const { value, ms } = timed(() => checkText(text, language, references));
    assert.ok(ms < 20_000, `${Math.round(ms)} ms`);
    assert.ok(value.every((f) => f.start >= 0 && f.end <= text.length));
  });

  test(`a 1 MB single line is checked in bounded time (${language})`, () => {
    const text = articleRepeatedTo(1_000_000, false);
    const { value, ms } = timed(() => checkText(text, language, references));
    assert.ok(ms < 20_000, `${Math.round(ms)} ms`);
    assert.ok(value.every((f) => f.start >= 0 && f.end <= text.length));
  });
}
