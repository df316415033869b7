// The names of the days and months, in English, as the date reading and the sentence reading both need them.

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()));

/** A weekday or month name (a word's normalised form). */
export function isCalendarName(norm: string): boolean {
  return CALENDAR_WORDS.has(norm);
}

const MONTHS_BY_NAME = new Map(MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1]));

/** The month a full month name (a word's normalised form) names, 1–12; 0 for any other word. */
export function monthNumber(norm: string): number {
  return MONTHS_BY_NAME.get(norm) ?? 0;
}
