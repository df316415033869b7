// The registry of rules, in the order their findings are reported.
import type { Check } from './check';
import { dateMismatch } from './dateMismatch';
import { nameMisspelled } from './nameMisspelled';
import { numberMismatch } from './numberMismatch';
import { outletMismatch } from './outletMismatch';
import { quoteAltered } from './quoteAltered';
import { quoteMisattributed } from './quoteMisattributed';
import { quoteUnverified } from './quoteUnverified';
import { titleMismatch } from './titleMismatch';

export const CHECKS: readonly Check[] = [quoteMisattributed, quoteAltered, outletMismatch, quoteUnverified, dateMismatch, numberMismatch, nameMisspelled, titleMismatch];
