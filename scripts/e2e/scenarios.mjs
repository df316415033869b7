// The end-to-end scenarios: what a writer does in VS Code and what they must see. Each scenario starts from
// a workbench with no editor open and reads only what the workbench shows (and, for saving, the file on disk).
// What each draft must show is in test/e2e/expectations.json, shared with the VS Code API suite (test/vscode).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { until } from './wait.mjs';

const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'e2e');

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

/** Waits until `file` on disk reads exactly `expected`; a failure shows both texts. */
async function fileReadsExactly(file, expected) {
  await until(() => fs.readFileSync(file, 'utf8') === expected, `${path.basename(file)} on disk to read exactly as expected`, 10_000)
    .catch((error) => {
      throw new Error(`${error.message}\n--- on disk ---\n${fs.readFileSync(file, 'utf8')}--- expected ---\n${expected}`);
    });
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

function writeSettings(workspace, settings) {
  const file = path.join(workspace, '.vscode', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
}

/**
 * A workspace with a source of its own (test/e2e/own-source): the article in sources/, the draft at the top,
 * the built-in set turned off in the workspace settings; `addSet` saves the hand-made set in .factcheck/.
 * @param {typeof import('../../test/e2e/expectations.json')['ownSource']} own
 */
function ownSourceWorkspace(workspace, own) {
  const from = (name) => path.join(E2E_DIR, own.dir, name);
  const paths = {
    article: path.join(workspace, 'sources', own.article),
    draft: path.join(workspace, own.file),
    set: path.join(workspace, '.factcheck', own.set),
    built: path.join(workspace, own.build.saveAs),
  };
  return {
    paths,
    setUp() {
      fs.mkdirSync(path.dirname(paths.article), { recursive: true });
      fs.copyFileSync(from(own.article), paths.article);
      fs.copyFileSync(from(own.file), paths.draft);
      writeSettings(workspace, { 'factcheck.useBuiltInReference': false });
    },
    addSet() {
      fs.mkdirSync(path.dirname(paths.set), { recursive: true });
      fs.copyFileSync(from(own.set), paths.set);
    },
    tearDown() {
      writeSettings(workspace, {});
      for (const gone of [path.dirname(paths.set), path.dirname(paths.article), paths.draft]) fs.rmSync(gone, { recursive: true, force: true });
    },
  };
}

/** @param {typeof import('../../test/e2e/expectations.json')} expect */
export function scenarios(expect) {
  const { flagged, severity, clean, ownSource, fixAll, ignore } = expect;
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
        const both = (seen) => has(seen, severity.silenced) && has(seen, severity.kept);
        await wb.openFile(severity.file);
        await problemsUntil(wb, severity.file, both, `${severity.silenced} and ${severity.kept} rows`, firstAnswerMs());
        await shot('severity-default');

        writeSettings(workspace, { 'factcheck.severity': { [severity.silenced]: 'off' } });
        try {
          await problemsUntil(wb, severity.file, (seen) => !has(seen, severity.silenced) && has(seen, severity.kept),
            `${severity.silenced} gone and ${severity.kept} kept after the setting`);
          await shot('severity-off');
        } finally {
          writeSettings(workspace, {});
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
    {
      id: 'f',
      title: 'a workspace with its own reference set in .factcheck/ (built-in set off): its misattributed quote is flagged',
      async run({ wb, shot, workspace }) {
        const own = ownSourceWorkspace(workspace, ownSource);
        const { problem } = ownSource;
        own.setUp();
        await wb.openFile(ownSource.file);
        // Nothing to check against yet: the built-in set is off and .factcheck/ is empty.
        await wb.statusBarShows('no reference set', firstAnswerMs());
        // Saved while the draft is open: the server's watching of .factcheck/ must pick it up.
        own.addSet();
        const rows = await problemsUntil(wb, ownSource.file, (seen) => has(seen, problem.code), `the ${problem.code} row from ${ownSource.setName}`);
        const row = rows.find((r) => r.code === problem.code);
        assert(row.line === problem.line, `${problem.code} is on line ${row.line}, expected line ${problem.line}`);
        assert(row.severity === problem.severity, `${problem.code} is shown as ${row.severity}, expected ${problem.severity}`);
        assert(row.message.includes(problem.mentions), `${problem.code} message "${row.message}" does not mention "${problem.mentions}"`);
        assert(rows.length === 1, `unexpected extra problems: ${describe(rows)}`);
        await until(async () => (await wb.squiggleCount()) >= 1, 'a squiggle under the misattributed quote');
        await shot('own-source-flagged');
      },
    },
    {
      id: 'g',
      title: '"Build Reference Set from Article…" saves a set in .factcheck/ and opens it; the draft is then checked against both sets',
      async run({ wb, shot, workspace }) {
        const own = ownSourceWorkspace(workspace, ownSource);
        const { build, problem } = ownSource;
        try {
          // The workspace as scenario f leaves it, whether or not f passed.
          own.setUp();
          own.addSet();
          await wb.openFile(ownSource.article);
          await wb.runCommand('Fact Check: Build Reference Set from Article…');
          await wb.answerQuickInput('published?', build.date);
          // The dialog fills in the folder first, then the suggested name.
          const saveAs = await wb.quickInput('save the reference set');
          let suggested = '';
          await until(async () => (suggested = await saveAs.inputValue()).endsWith(build.saveAs), `the save dialog to suggest …/${build.saveAs}`, 10_000)
            .catch((error) => {
              throw new Error(`${error.message}; it shows ${suggested}`);
            });
          await shot('save-dialog');
          await wb.answerQuickInput('save the reference set');
          await until(() => fs.existsSync(own.paths.built), `${build.saveAs} written`, 10_000);
          await wb.waitForActiveTab(path.basename(build.saveAs));
          const set = JSON.parse(fs.readFileSync(own.paths.built, 'utf8'));
          const quote = set.quotes.find((q) => q.text === build.quote);
          const speaker = set.people.find((p) => p.id === quote?.speaker)?.name;
          assert(set.name === build.setName, `the set is named "${set.name}", expected "${build.setName}"`);
          assert(speaker === build.speaker, `the set has "${build.quote}" said by ${speaker ?? 'nobody'}, expected ${build.speaker}`);
          await shot('built-set-opened');

          await wb.openFile(ownSource.file);
          const perBoth = `— per ${ownSource.setName} and ${build.setName}`;
          const rows = await problemsUntil(wb, ownSource.file, (seen) => seen.some((r) => r.code === problem.code && r.message.includes(perBoth)),
            `the ${problem.code} row naming both sets ("${perBoth}")`);
          assert(rows.length === 1, `the two sets agree, so one row: ${describe(rows)}`);
          await shot('both-sets');
        } finally {
          own.tearDown();
        }
      },
    },
    {
      id: 'h',
      title: '"Fact Check: Fix All in Document" fixes every finding at once; saved, the file reads as fixed and nothing is flagged',
      async run({ wb, shot, workspace }) {
        const file = path.join(workspace, fixAll.file);
        const expectedAfter = fixAll.fixes.reduce((text, fix) => {
          assert(text.includes(fix.before), `${fixAll.file} on disk does not contain: ${fix.before}`);
          return text.replace(fix.before, fix.after);
        }, fs.readFileSync(file, 'utf8'));

        await wb.openFile(fixAll.file);
        const rows = await problemsUntil(wb, fixAll.file, (seen) => fixAll.problems.every((code) => has(seen, code)),
          `rows for ${fixAll.problems.join(' and ')}`, firstAnswerMs());
        assert(rows.length === fixAll.problems.length, `unexpected extra problems: ${describe(rows)}`);
        await shot('before-fix-all');
        await wb.runCommand('Fact Check: Fix All in Document');
        for (const fix of fixAll.fixes) await wb.waitForText(fix.after);
        await wb.save();
        await fileReadsExactly(file, expectedAfter);
        await problemsUntil(wb, fixAll.file, (seen) => seen.length === 0, `no problems in the fixed ${fixAll.file}`);
        await until(async () => (await wb.squiggleCount()) === 0, 'no squiggles in the fixed draft', 10_000);
        await shot('all-fixed');
      },
    },
    {
      id: 'i',
      title: `Ctrl+. "${ignore.title}" writes a disable-next-line comment above the flagged line and the problem goes`,
      async run({ wb, shot, workspace }) {
        const file = path.join(workspace, ignore.file);
        const before = fs.readFileSync(file, 'utf8');
        assert(before.split('\n').includes(ignore.line), `${ignore.file} on disk has no line: ${ignore.line}`);
        const expectedAfter = before.replace(ignore.line, `${ignore.comment}\n${ignore.line}`);

        await wb.openFile(ignore.file);
        const rows = await problemsUntil(wb, ignore.file, (seen) => has(seen, ignore.code), `the ${ignore.code} row`, firstAnswerMs());
        assert(rows.length === 1, `unexpected extra problems: ${describe(rows)}`);
        const labels = await wb.quickFixesAtSquiggleNear(ignore.near, (label) => label === ignore.title);
        assert(labels.filter((label) => label === ignore.title).length === 1, `the quick fixes offered were: ${labels.join(' | ')}`);
        await shot('quick-fix-menu');
        await wb.chooseQuickFix(ignore.title);
        await wb.waitForText(ignore.comment);
        await problemsUntil(wb, ignore.file, (seen) => seen.length === 0, `no problems once the ${ignore.code} finding is ignored`);
        await until(async () => (await wb.squiggleCount()) === 0, 'no squiggles once the finding is ignored', 10_000);
        await wb.save();
        await fileReadsExactly(file, expectedAfter);
        await shot('finding-ignored');
      },
    },
  ];
}
