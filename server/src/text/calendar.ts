// The names of the days and months, in English, as the date reading and the sentence reading both need them.

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Abbreviations of the names that are no other word or name ("Oct", "Thu"; not "Sun", "Sat", "Wed", "Mar", "Jan" or
 * "Jun", a given name).
 */
const ABBREVIATED_NAMES = ['feb', 'apr', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri'];

const CALENDAR_WORDS = new Set([...[...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()), ...ABBREVIATED_NAMES]);

/** A weekday or month name, or an abbreviation of one that is no other word (a word's normalised form). */
export function isCalendarName(norm: string): boolean {
  return CALENDAR_WORDS.has(norm);
}

const MONTHS_BY_NAME = new Map(MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1]));

/** The month a full month name (a word's normalised form) names, 1–12; 0 for any other word. */
export function monthNumber(norm: string): number {
  return MONTHS_BY_NAME.get(norm) ?? 0;
}
