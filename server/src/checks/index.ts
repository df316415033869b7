// The registry of rules, in the order their findings are reported, each with the one code it reports.
import { inRetraction, inTest, setRightJustAfter } from '../analysis/retractions';
import type { Check, CheckContext } from './check';
import { dateMismatch } from './dateMismatch';
import { withDraftApostrophes } from './apostrophes';
import { mainFix, type DiagnosticCode, type Finding } from './finding';
import { nameMisspelled } from './nameMisspelled';
import { numberMismatch } from './numberMismatch';
import { outletMismatch } from './outletMismatch';
import { quoteAltered } from './quoteAltered';
import { quoteMisattributed } from './quoteMisattributed';
import { quoteUnverified } from './quoteUnverified';
import { titleMismatch } from './titleMismatch';
import { affiliationMismatch } from './affiliationMismatch';
import { serviceMismatch } from './serviceMismatch';

export interface Rule {
  code: DiagnosticCode;
  check: Check;
}

/**
 * A rule whose findings in a sentence telling of a mistake ("An earlier version said …") are dropped, and, but for
 * quotations no one is known to have said, in a sentence put to the test ("Claim: …", a quiz's statements) or set
 * right by the next speaker's turn ("… ¶ **HOST:** It was USA Today.").
 */
function rule(code: DiagnosticCode, check: Check): Rule {
  const judged = (context: CheckContext, finding: Finding) =>
    !inRetraction(context.analysis, finding) && (code === 'quote-unverified' || (!inTest(context.analysis, finding) && !setRightJustAfter(context.analysis, finding, rightValue(finding))));
  return { code, check: (context) => withDraftApostrophes(context.analysis.doc.prose, check(context).filter((finding) => judged(context, finding))) };
}

/** What the finding's preferred fix writes. */
function rightValue(finding: Finding): string {
  return mainFix(finding)?.edits.map((edit) => edit.newText).join(' ') ?? '';
}

export const RULES: readonly Rule[] = [
  rule('quote-misattributed', quoteMisattributed),
  rule('quote-altered', quoteAltered),
  rule('outlet-mismatch', outletMismatch),
  rule('quote-unverified', quoteUnverified),
  rule('date-mismatch', dateMismatch),
  rule('number-mismatch', numberMismatch),
  rule('name-misspelled', nameMisspelled),
  rule('title-mismatch', (context) => {
    // "a vice president at the Council on Foreign Relations": a title judged with its organisation is reported once.
    const titles = titleMismatch(context);
    const places = affiliationMismatch(context).filter((place) => !titles.some((title) => title.start < place.end && place.start < title.end));
    return [...titles, ...places, ...serviceMismatch(context)];
  }),
];
