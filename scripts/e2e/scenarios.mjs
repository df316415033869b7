// The end-to-end scenarios: what a writer does in VS Code and what they must see. Each scenario starts from
// a workbench with no editor open and reads only what the workbench shows (and, for saving, the file on disk).
// What each draft must show is in test/e2e/expectations.json, shared with the VS Code API suite (test/vscode).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { until } from './wait.mjs';

const RECHECK_MS = 20_000;
const STARTUP_MS = 60_000; // the run's first answer also waits for the extension to activate and the server to start
let started = false;
/** How long to wait for a draft's first answer: long once per run, then as for any re-check. */
function firstAnswerMs() {
  if (started) return RECHECK_MS;
  started = true;
  return STARTUP_MS;
}

const describe = (problems) => problems.map((p) => `${p.code}@${p.line}`).join(', ') || 'none';
const has = (problems, code) => problems.some((p) => p.code === code);

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Waits until the Problems panel rows of `file` satisfy `accept`, and returns them. */
async function problemsUntil(wb, file, accept, description, timeoutMs = RECHECK_MS) {
  let last = [];
  try {
    return await until(async () => {
      last = await wb.problemsOf(file);
      return accept(last) && last;
    }, description, timeoutMs);
  } catch (error) {
    throw new Error(`${error.message}; Problems rows of ${file}: ${describe(last)}`);
  }
}

/** What the reference says about a person: their roles and their quotes (the hover card must show them). */
function personCard(reference, name) {
  const person = reference.people.find((p) => p.name === name);
  if (!person) throw new Error(`${name} is not in the reference set`);
  return {
    roles: person.roles.map((role) => role.title.toLowerCase()),
    quotes: reference.quotes.filter((q) => q.speaker === person.id).map((q) => q.text),
  };
}

/** Straight quotes, single spaces, lower case: the card's typography does not decide the comparison. */
const plain = (text) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').toLowerCase();

/** @param {typeof import('../../test/e2e/expectations.json')} expect */
export function scenarios(expect) {
  const { flagged, severity, clean } = expect;
  return [
    {
      id: 'a',
      title: 'a flagged draft shows squiggles and the right Problems rows',
      async run({ wb, shot }) {
        await wb.openFile(flagged.file);
        const rows = await problemsUntil(wb, flagged.file, (seen) => flagged.problems.every((e) => has(seen, e.code)),
          `rows for ${flagged.problems.map((e) => e.code).join(', ')}`, firstAnswerMs());
        for (const expected of flagged.problems) {
          const row = rows.find((r) => r.code === expected.code);
          assert(row.line === expected.line, `${expected.code} is on line ${row.line}, expected line ${expected.line}`);
          assert(row.severity === expected.severity, `${expected.code} is shown as ${row.severity}, expected ${expected.severity}`);
          assert(row.message.includes(expected.mentions), `${expected.code} message "${row.message}" does not mention "${expected.mentions}"`);
        }
        // Accuracy: nothing else in this draft is wrong, so nothing else may be flagged.
        assert(rows.length === flagged.problems.length, `unexpected extra problems: ${describe(rows)}`);
        await until(async () => (await wb.squiggleCount()) >= flagged.problems.length, 'a squiggle under each problem');
        await shot('flagged-draft');
      },
    },
    {
      id: 'b',
      title: "hovering a person's name shows their role and quotes",
      async run({ wb, shot, reference }) {
        await wb.openFile(flagged.file);
        const { name } = flagged.hover;
        const { roles, quotes } = personCard(reference, name);
        // A quote counts as shown when its opening words are on the card (a card may shorten long quotes).
        const opening = (quote) => plain(quote).split(' ').slice(0, 5).join(' ');
        const card = plain(await wb.hoverText(name, (text) => {
          const seen = plain(text);
          return roles.some((role) => seen.includes(role)) && quotes.some((quote) => seen.includes(opening(quote)));
        }, firstAnswerMs()));
        assert(card.includes(plain(name)), `the hover card does not name ${name}: ${card}`);
        await shot('hover-card');
        await wb.moveMouseAway();
      },
    },
    {
      id: 'c',
      title: `Ctrl+. offers "${flagged.fix.title}"; applying and saving fixes the file and clears the problem`,
      async run({ wb, shot, workspace }) {
        const { fix } = flagged;
        const file = path.join(workspace, flagged.file);
        const before = fs.readFileSync(file, 'utf8');
        assert(before.includes(fix.before), `${flagged.file} on disk does not contain: ${fix.before}`);
        const expectedAfter = before.replace(fix.before, fix.after);

        await wb.openFile(flagged.file);
        await problemsUntil(wb, flagged.file, (seen) => has(seen, fix.code), `the ${fix.code} row`, firstAnswerMs());
        const labels = await wb.quickFixesAtSquiggleNear(fix.near, (label) => label.startsWith('Attribute to'));
        assert(labels.includes(fix.title), `the quick fixes offered were: ${labels.join(' | ')}`);
        await shot('quick-fix-menu');
        await wb.chooseQuickFix(fix.title);
        await wb.save();
        await until(() => fs.readFileSync(file, 'utf8') === expectedAfter, `${flagged.file} on disk to read exactly as fixed`, 10_000)
          .catch((error) => {
            throw new Error(`${error.message}\n--- on disk ---\n${fs.readFileSync(file, 'utf8')}--- expected ---\n${expectedAfter}`);
          });
        // The other problems stay: the server re-checked the saved text rather than going quiet.
        const others = flagged.problems.map((p) => p.code).filter((code) => code !== fix.code);
        await problemsUntil(wb, flagged.file, (seen) => !has(seen, fix.code) && others.every((code) => has(seen, code)),
          `${fix.code} gone, ${others.join(' and ')} still shown`);
        await shot('quick-fix-applied');
      },
    },
    {
      id: 'd',
      title: `setting "factcheck.severity": {"${severity.silenced}": "off"} removes its diagnostics`,
      async run({ wb, shot, workspace }) {
        const settingsFile = path.join(workspace, '.vscode', 'settings.json');
        const writeSettings = (settings) => {
          fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
          fs.writeFileSync(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
        };
        const both = (seen) => has(seen, severity.silenced) && has(seen, severity.kept);
        await wb.openFile(severity.file);
        await problemsUntil(wb, severity.file, both, `${severity.silenced} and ${severity.kept} rows`, firstAnswerMs());
        await shot('severity-default');

        writeSettings({ 'factcheck.severity': { [severity.silenced]: 'off' } });
        try {
          await problemsUntil(wb, severity.file, (seen) => !has(seen, severity.silenced) && has(seen, severity.kept),
            `${severity.silenced} gone and ${severity.kept} kept after the setting`);
          await shot('severity-off');
        } finally {
          writeSettings({});
        }
        await problemsUntil(wb, severity.file, both, `${severity.silenced} back once the setting is removed`);
      },
    },
    {
      id: 'e',
      title: 'a clean draft shows no problems',
      async run({ wb, shot }) {
        await wb.openFile(clean.file);
        // Proof that the server checks this very editor: a probe typed at the end is flagged...
        await wb.appendText(clean.probe.text);
        await problemsUntil(wb, clean.file, (seen) => has(seen, clean.probe.code), 'the typed probe flagged', firstAnswerMs());
        // ...and once the edit is reverted (the editor holds the saved text again), nothing is.
        await wb.revert();
        await problemsUntil(wb, clean.file, (seen) => seen.length === 0, 'no problems in the clean draft');
        await until(async () => (await wb.squiggleCount()) === 0, 'no squiggles in the clean draft', 10_000);
        await shot('clean-draft');
      },
    },
  ];
}
