// The registry of rules, in the order their findings are reported.
import type { Check } from './check';

export const CHECKS: readonly Check[] = [];
