// The registry of rules, in the order their findings are reported, each with the one code it reports.
import type { Check } from './check';
import { dateMismatch } from './dateMismatch';
import type { DiagnosticCode } from './finding';
import { nameMisspelled } from './nameMisspelled';
import { numberMismatch } from './numberMismatch';
import { outletMismatch } from './outletMismatch';
import { quoteAltered } from './quoteAltered';
import { quoteMisattributed } from './quoteMisattributed';
import { quoteUnverified } from './quoteUnverified';
import { titleMismatch } from './titleMismatch';

export interface Rule {
  code: DiagnosticCode;
  check: Check;
}

export const RULES: readonly Rule[] = [
  { code: 'quote-misattributed', check: quoteMisattributed },
  { code: 'quote-altered', check: quoteAltered },
  { code: 'outlet-mismatch', check: outletMismatch },
  { code: 'quote-unverified', check: quoteUnverified },
  { code: 'date-mismatch', check: dateMismatch },
  { code: 'number-mismatch', check: numberMismatch },
  { code: 'name-misspelled', check: nameMisspelled },
  { code: 'title-mismatch', check: titleMismatch },
];
